"""Validation: coded rules that find which figures of a dataset cannot all be true, and why.

:func:`validate` runs rules over a dataset and returns a :class:`Report` of
:class:`Finding` objects, each with its code, :class:`Severity`, a message naming the
figures and their values, the ids it concerns, its :class:`Evidence` (each figure with
its source and quote) and a hint. Rules have stable codes: ``MH1xx`` figures, ``MH2xx``
dates and periods, ``MH3xx`` references and identity, ``MH4xx`` citations (see
docs/rules.md). Select or ignore them by code or prefix, as ruff does; write rules of
your own with :func:`rule` and :func:`register_rule`.
"""

from __future__ import annotations

from .context import Context, describe_subject, effective_period, subject_key
from .docs import rules_markdown
from .engine import builtin_rules, register_rule, registered_rules, unregister_rule, validate
from .findings import Evidence, Finding, Severity
from .registry import Registry, Rule, RuleError, UnknownRuleError, rule, select_rules
from .report import REPORT_VERSION, Report

__all__ = [
    "REPORT_VERSION",
    "Context",
    "Evidence",
    "Finding",
    "Registry",
    "Report",
    "Rule",
    "RuleError",
    "Severity",
    "UnknownRuleError",
    "builtin_rules",
    "describe_subject",
    "effective_period",
    "register_rule",
    "registered_rules",
    "rule",
    "rules_markdown",
    "select_rules",
    "subject_key",
    "unregister_rule",
    "validate",
]
