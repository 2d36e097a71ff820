"""``migrationhealth validate [PATH]`` and ``migrationhealth rules``.

``validate`` checks a dataset (the built-in one when no PATH is given) with the
validation rules and prints the findings, as text or as JSON (the report format of
``docs/validation.md``). Its exit status is 0 when no finding is at or above the
``--fail-on`` level (``error`` by default), 1 when one is, and 2 when the file cannot
be loaded or a ``--select``/``--ignore`` code matches no rule.

``rules`` lists every rule with its code, severity and summary, as text, JSON or the
Markdown of ``docs/rules.md``.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..validation import Severity, registered_rules, rules_markdown, validate
from ._common import add_dataset_argument, load_dataset, write

__all__ = ["register", "run", "run_rules"]

_FAIL_LEVELS = ("error", "warning")


def register(subparsers: Any) -> None:
    """Add the ``validate`` and ``rules`` commands to the command line's sub-parsers."""
    parser = subparsers.add_parser(
        "validate",
        help="find the figures of a dataset that cannot all be true, and why",
        description="Check a dataset with the validation rules and print each finding with "
        "its code, severity, message, evidence (figures with their source and quote) and "
        "hint. With no PATH, check the built-in dataset of the seed reports. Exit status: "
        "0 when nothing is at or above the --fail-on level, 1 when something is, 2 when the "
        "file cannot be loaded.",
    )
    add_dataset_argument(parser)
    parser.add_argument(
        "--select",
        metavar="CODES",
        help="comma-separated rule codes or prefixes to run (default: all), e.g. MH1,MH301",
    )
    parser.add_argument(
        "--ignore",
        metavar="CODES",
        help="comma-separated rule codes or prefixes not to run, e.g. MH303",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or json (the report format of docs/validation.md)",
    )
    parser.add_argument(
        "--fail-on",
        choices=_FAIL_LEVELS,
        default="error",
        help="the lowest severity that makes the exit status 1 (default: error)",
    )
    parser.set_defaults(func=run)

    rules = subparsers.add_parser(
        "rules",
        help="list every validation rule with its code, severity and summary",
        description="List every validation rule with its code, name, severity and summary; "
        "--format markdown writes the reference page docs/rules.md.",
    )
    rules.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="text (default), json, or markdown (the page docs/rules.md)",
    )
    rules.set_defaults(func=run_rules)


def run(args: argparse.Namespace) -> int:
    """Validate the dataset named by ``args.path`` (or the built-in one); 1 if it fails."""
    dataset = load_dataset(args.path, max_size=args.max_input_size)
    report = validate(dataset, select=args.select, ignore=args.ignore)
    write(report.to_json() if args.format == "json" else report.to_text())
    return 1 if report.fails(Severity(args.fail_on)) else 0


def run_rules(args: argparse.Namespace) -> int:
    """Print every registered rule."""
    rules = registered_rules()
    if args.format == "markdown":
        write(rules_markdown(rules))
    elif args.format == "json":
        data = [
            {"code": r.code, "name": r.name, "severity": r.severity.value, "summary": r.summary}
            for r in rules
        ]
        write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        width = max((len(r.name) for r in rules), default=0)
        write(
            "".join(
                f"{r.code:<6} {r.severity.value:<7} {r.name:<{width}}  {r.summary}\n" for r in rules
            )
        )
    return 0
