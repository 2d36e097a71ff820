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

from .._wrap import output_width, wrap
from ..validation import Rule, Severity, registered_rules, rules_markdown, validate
from ..validation.registry import select_rules
from ._common import (
    CommandError,
    add_dataset_argument,
    add_output_arguments,
    load_dataset,
    open_output,
)
from ._config import FAIL_LEVELS, load_config
from ._progress import Progress

__all__ = ["register", "run", "run_rules"]


def register(subparsers: Any) -> None:
    """Add the ``validate`` and ``rules`` commands to the command line's sub-parsers."""
    parser = subparsers.add_parser(
        "validate",
        help="find the figures of a dataset that cannot all be true, and why",
        description="Check a dataset with the validation rules and print each finding with "
        "its code, severity, message, evidence (figures with their source and quote) and "
        "hint. With no PATH, check the built-in dataset (13 reports). Exit status: "
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
        choices=FAIL_LEVELS,
        help="the lowest severity that makes the exit status 1 (default: error)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="read select, ignore and fail-on from FILE (default: the closest "
        "migrationhealth.toml, or pyproject.toml with [tool.migrationhealth])",
    )
    parser.add_argument(
        "--isolated",
        action="store_true",
        help="read no settings file",
    )
    add_output_arguments(parser)
    parser.set_defaults(func=run)

    rules = subparsers.add_parser(
        "rules",
        help="list every validation rule, or explain one",
        description="List every validation rule with its code, name, severity and summary; "
        "--format markdown writes the reference page docs/rules.md. With a CODE, explain "
        "that rule: what it checks, why it matters, and an example.",
    )
    rules.add_argument(
        "code",
        nargs="?",
        metavar="CODE",
        help="the code of one rule to explain, e.g. MH101",
    )
    rules.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="text (default), json (the rules as data), or markdown (the page docs/rules.md)",
    )
    add_output_arguments(rules)
    rules.set_defaults(func=run_rules)


def run(args: argparse.Namespace) -> int:
    """Validate the dataset named by ``args.path`` (or the built-in one); 1 if it fails.

    ``--select``, ``--ignore`` and ``--fail-on`` given on the command line win over those
    of the settings file.
    """
    config = load_config(args.config, isolated=args.isolated)
    select = args.select if args.select is not None else config.select
    ignore = args.ignore if args.ignore is not None else config.ignore
    fail_on = args.fail_on or config.fail_on or "error"
    progress = Progress(quiet=args.quiet)
    with progress.step(f"loading {args.path or 'the built-in dataset'}"):
        dataset = load_dataset(args.path, max_size=args.max_input_size)
    chosen = select_rules(registered_rules(), select, ignore)
    try:
        report = validate(dataset, rules=progress.rules(chosen))
    finally:
        progress.clear()
    if args.format == "json":
        text = report.to_json()
    else:
        width = output_width(to_stdout=args.output is None)
        text = report.to_text(width=width)
        if args.quiet:  # the findings, without the summary line
            summary = "\n".join(wrap(report.summary(), width)) + "\n"
            text = text[: -len(summary)]
    with open_output(args.output) as output:
        output.write(text)
    return 1 if report.fails(Severity(fail_on)) else 0


def _rule_data(rule: Rule) -> dict[str, Any]:
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity.value,
        "summary": rule.summary,
        "details": rule.details,
    }


def _explain(rule: Rule) -> str:
    lines = [f"# {rule.code} {rule.name}", "", f"*Severity: {rule.severity.value}.* {rule.summary}"]
    if rule.details:
        lines += ["", rule.details]
    return "\n".join(lines) + "\n"


def _one_rule(rules: tuple[Rule, ...], code: str) -> Rule:
    wanted = code.strip().upper()
    for rule in rules:
        if rule.code == wanted:
            return rule
    near = [rule.code for rule in rules if rule.code.startswith(wanted[:3])] or [
        rule.code for rule in rules
    ]
    raise CommandError(f"no rule {code!r}; the rules are {', '.join(near)}")


def run_rules(args: argparse.Namespace) -> int:
    """Print every registered rule, or explain the one named by ``args.code``."""
    rules = registered_rules()
    if args.code is not None:
        rule = _one_rule(rules, args.code)
        if args.format == "json":
            text = json.dumps(_rule_data(rule), ensure_ascii=False, indent=2) + "\n"
        else:
            text = _explain(rule)
    elif args.format == "markdown":
        text = rules_markdown(rules)
    elif args.format == "json":
        data = [_rule_data(r) for r in rules]
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        width = max((len(r.name) for r in rules), default=0)
        text = "".join(
            f"{r.code:<6} {r.severity.value:<7} {r.name:<{width}}  {r.summary}\n" for r in rules
        )
    with open_output(args.output) as output:
        output.write(text)
    return 0
