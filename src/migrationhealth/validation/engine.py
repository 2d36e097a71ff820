"""Running rules over a dataset: :func:`validate`, and the registry of rules it runs.

The registry starts with the built-in rules; :func:`register_rule` adds rules of your
own, which :func:`validate` then runs with them, selected and ignored in the same way.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable

from ..dataset import Dataset
from .context import Context, _Shared
from .findings import Finding
from .registry import Registry, Rule, RuleError, select_rules
from .report import Report
from .rules import BUILTIN_RULES

__all__ = [
    "builtin_rules",
    "register_rule",
    "registered_rules",
    "unregister_rule",
    "validate",
]

_REGISTRY = Registry(BUILTIN_RULES)


def builtin_rules() -> tuple[Rule, ...]:
    """The rules that come with migrationhealth, in code order (documented in docs/rules.md)."""
    return BUILTIN_RULES


def registered_rules() -> tuple[Rule, ...]:
    """The rules :func:`validate` runs by default: the built-in ones and those registered."""
    return tuple(_REGISTRY)


def register_rule(rule: Rule, *, replace: bool = False) -> Rule:
    """Register ``rule`` so that :func:`validate` runs it by default; return it.

    Usable as a decorator above :func:`~migrationhealth.validation.rule`. A code that is
    already registered raises :class:`~migrationhealth.validation.RuleError` unless
    ``replace=True``; built-in rules can be replaced, but not removed, this way.
    """
    return _REGISTRY.add(rule, replace=replace)


def unregister_rule(code: str) -> Rule:
    """Remove the rule registered under ``code`` and return it."""
    return _REGISTRY.remove(code)


def validate(
    dataset: Dataset,
    *,
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    rules: Iterable[Rule] | None = None,
) -> Report:
    """Check ``dataset`` with every enabled rule and return a :class:`Report` of findings.

    ``rules`` are the rules to choose from (default: the registered rules, built-in
    and your own). ``select`` and ``ignore`` are rule codes or code prefixes, as a list or
    a comma-separated string (``"MH1,MH301"``): with no ``select``, every rule runs; the
    more specific of a matching select and ignore wins (see
    :func:`~migrationhealth.validation.registry.select_rules`).

    The dataset's figures are walked once and shared by the rules; each rule groups
    figures by key in one pass, so validation takes time in proportion to the number of
    figures. Findings come rule by rule in code order.

    >>> import migrationhealth as mh
    >>> report = mh.validate(mh.seed_corpus(), select=["MH101"])
    >>> [finding.ids for finding in report]
    [('diploma-selected', 'diploma-participants')]
    """
    if not isinstance(dataset, Dataset):
        raise TypeError(f"expected a Dataset, got {type(dataset).__name__}")
    pool = Registry(rules) if rules is not None else _REGISTRY
    chosen = select_rules(pool, select, ignore)
    # The rules allocate many small containers (group keys, lists, findings) and no
    # reference cycles. With a large dataset in memory, each of the collector's full
    # passes would walk every record of it, and those passes, not the rules, would take
    # most of the time; so the collector waits until the rules are done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        findings = _run(dataset, chosen)
    finally:
        if collecting:
            gc.enable()
    return Report(findings=tuple(findings), rules=chosen)


def _run(dataset: Dataset, chosen: tuple[Rule, ...]) -> list[Finding]:
    shared = _Shared(dataset)
    findings: list[Finding] = []
    for rule in chosen:
        context = Context(dataset, rule, _shared=shared)
        for finding in rule.check(context):
            if not isinstance(finding, Finding):
                raise RuleError(
                    f"rule {rule.code} ({rule.name}) yielded {type(finding).__name__} "
                    f"{finding!r}; a check yields Finding objects (make them with "
                    "context.finding)"
                )
            if finding.code != rule.code:
                raise RuleError(
                    f"rule {rule.code} ({rule.name}) yielded a finding with code "
                    f"{finding.code}; make findings with context.finding, which sets the code"
                )
            findings.append(finding)
    return findings
