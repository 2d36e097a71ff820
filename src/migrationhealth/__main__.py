"""``python -m migrationhealth``: the command line."""

from migrationhealth.cli import main

raise SystemExit(main())
