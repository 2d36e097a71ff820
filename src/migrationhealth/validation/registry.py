"""Rules: a check with a stable code, a name, a default severity and a docstring.

A :class:`Rule` wraps a check function that receives a
:class:`~migrationhealth.validation.context.Context` and yields
:class:`~migrationhealth.validation.findings.Finding` objects. The :func:`rule`
decorator makes one from a function, taking its docstring as the rule's documentation.
A :class:`Registry` holds rules by code, and :func:`select_rules` chooses among them by
code or code prefix, as ruff does.

Codes are upper-case letters followed by digits (``MH101``). The built-in rules use
``MH``: ``MH1xx`` figures, ``MH2xx`` dates and periods, ``MH3xx`` references and
identity, ``MH4xx`` citations. Rules of your own take a prefix of your own (``ORG101``).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import MigrationHealthError
from .findings import Finding, Severity, _converted_severity

if TYPE_CHECKING:
    from .context import Context

__all__ = [
    "CheckFunction",
    "Registry",
    "Rule",
    "RuleError",
    "UnknownRuleError",
    "parse_selectors",
    "rule",
    "select_rules",
]

CheckFunction = Callable[["Context"], Iterable[Finding]]
"""What a rule runs: a function of a :class:`Context` that yields findings."""

CODE_PATTERN = re.compile(r"[A-Z]{1,8}[0-9]{1,6}")
SELECTOR_PATTERN = re.compile(r"ALL|[A-Z]{1,8}[0-9]{0,6}")
NAME_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class RuleError(MigrationHealthError, ValueError):
    """A rule could not be made or registered: a bad code, name or severity, or a clash."""


class UnknownRuleError(MigrationHealthError, ValueError):
    """A selector (``--select``, ``--ignore``) matches no rule; ``selector`` is what was given."""

    def __init__(self, selector: str, message: str) -> None:
        super().__init__(message)
        self.selector = selector


def _check_code(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or CODE_PATTERN.fullmatch(value) is None:
        raise RuleError(
            f"{attribute.name}: expected upper-case letters followed by digits, such as "
            f"'MH101' or 'ORG1', got {value!r}"
        )


def _check_name(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or NAME_PATTERN.fullmatch(value) is None:
        raise RuleError(
            f"{attribute.name}: expected lower-case words joined by hyphens, such as "
            f"'conflicting-figures', got {value!r}"
        )


def _check_severity(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Severity):
        allowed = ", ".join(repr(s.value) for s in Severity)
        raise RuleError(f"{attribute.name}: expected a severity ({allowed}), got {value!r}")


def _check_callable(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not callable(value):
        raise RuleError(f"{attribute.name}: expected a function of a Context, got {value!r}")


def _check_doc(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or not value.strip():
        raise RuleError(
            f"{attribute.name}: a rule needs documentation (what it checks, why it matters, "
            "an example); give the check function a docstring or pass doc="
        )


def _default_doc(rule: Rule) -> str:
    return inspect.cleandoc(getattr(rule.check, "__doc__", None) or "")


@attrs.frozen(kw_only=True)
class Rule:
    """A check with a stable code, a name, a default severity and its documentation.

    - ``code``: upper-case letters then digits (``MH101``); selection works on prefixes.
    - ``name``: lower-case words joined by hyphens (``conflicting-figures``).
    - ``severity``: the :class:`~migrationhealth.validation.findings.Severity` of the
      rule's findings (a check may give a finding a different one).
    - ``check``: a function of a :class:`~migrationhealth.validation.context.Context`
      that yields findings.
    - ``doc``: what the rule checks, why it matters and an example; by default the
      check function's docstring. Its first line is the :attr:`summary`.
    """

    code: str = attrs.field(validator=_check_code)
    name: str = attrs.field(validator=_check_name)
    severity: Severity = attrs.field(converter=_converted_severity, validator=_check_severity)
    check: CheckFunction = attrs.field(validator=_check_callable, eq=False)
    # The documentation runs to paragraphs; the repr names the rule and leaves it out.
    doc: str = attrs.field(
        default=attrs.Factory(_default_doc, takes_self=True), validator=_check_doc, repr=False
    )

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.strip().splitlines()[0].strip()

    @property
    def details(self) -> str:
        """The documentation after its first paragraph (the summary)."""
        _, _, rest = self.doc.strip().partition("\n\n")
        return rest.strip()


def rule(
    code: str, *, severity: Severity | str, name: str | None = None
) -> Callable[[CheckFunction], Rule]:
    """Make a :class:`Rule` of the decorated check function.

    The rule's name defaults to the function's, with ``_`` turned into ``-``; its
    documentation is the function's docstring. The rule is not registered: pass it to
    :func:`~migrationhealth.validation.register_rule` for :func:`validate` to run it
    by default, or to ``validate(rules=...)``.

    >>> from migrationhealth.validation import rule
    >>> @rule("ORG101", severity="warning")
    ... def programme_without_period(context):
    ...     '''A programme has no period.'''
    ...     return ()
    >>> programme_without_period.code, programme_without_period.name
    ('ORG101', 'programme-without-period')
    """

    def decorate(check: CheckFunction) -> Rule:
        return Rule(
            code=code,
            name=name if name is not None else check.__name__.strip("_").replace("_", "-"),
            severity=severity,  # converted by the class
            check=check,
        )

    return decorate


class Registry:
    """Rules by code, iterated in code order.

    >>> from migrationhealth.validation import Registry, builtin_rules
    >>> registry = Registry(builtin_rules())
    >>> registry["MH101"].name
    'conflicting-figures'
    """

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: dict[str, Rule] = {}
        for item in rules:
            self.add(item)

    def add(self, rule: Rule, *, replace: bool = False) -> Rule:
        """Add ``rule`` and return it; a rule with the same code is replaced only if asked."""
        if not isinstance(rule, Rule):
            raise RuleError(f"expected a Rule, got {type(rule).__name__} {rule!r}")
        existing = self._rules.get(rule.code)
        if existing is not None and not replace and existing != rule:
            raise RuleError(
                f"a rule with code {rule.code} ({existing.name}) is already registered; "
                "choose another code, or pass replace=True"
            )
        self._rules[rule.code] = rule
        return rule

    def remove(self, code: str) -> Rule:
        """Remove the rule with this code and return it."""
        try:
            return self._rules.pop(code)
        except KeyError:
            raise UnknownRuleError(code, f"no rule with code {code!r} is registered") from None

    def __getitem__(self, code: str) -> Rule:
        try:
            return self._rules[code]
        except KeyError:
            raise UnknownRuleError(code, f"no rule with code {code!r} is registered") from None

    def __contains__(self, code: object) -> bool:
        return code in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._rules.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._rules)

    def __repr__(self) -> str:
        return f"<Registry of {len(self)} rules>"


def parse_selectors(selectors: str | Iterable[str] | None) -> tuple[str, ...] | None:
    """Codes and prefixes from ``"MH1,MH301"`` or ``["MH1", "MH301"]``; ``None`` stays ``None``.

    Each is upper-cased and checked: letters then optional digits (``MH``, ``MH1``,
    ``MH101``), or ``ALL``.
    """
    if selectors is None:
        return None
    items = selectors.split(",") if isinstance(selectors, str) else list(selectors)
    parsed = []
    for item in items:
        if not isinstance(item, str):
            raise UnknownRuleError(repr(item), f"expected a rule code or prefix, got {item!r}")
        text = item.strip().upper()
        if not text:
            continue
        if SELECTOR_PATTERN.fullmatch(text) is None:
            raise UnknownRuleError(
                item,
                f"expected a rule code or prefix such as 'MH101', 'MH1' or 'ALL', got {item!r}",
            )
        parsed.append(text)
    return tuple(parsed)


def _specificity(selectors: tuple[str, ...], code: str) -> int:
    """The length of the longest selector matching ``code``; ``ALL`` counts 0, none -1."""
    best = -1
    for selector in selectors:
        if selector == "ALL":
            best = max(best, 0)
        elif code.startswith(selector):
            best = max(best, len(selector))
    return best


def select_rules(
    rules: Iterable[Rule],
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
) -> tuple[Rule, ...]:
    """The rules that ``select`` and ``ignore`` leave enabled, in code order.

    Both are codes or code prefixes (``MH1`` is every ``MH1xx`` rule; ``ALL`` is every
    rule). With no ``select``, every rule is selected. When a code matches both, the
    more specific selector wins, as in ruff: ``select=["MH101"], ignore=["MH1"]`` runs
    MH101; ``select=["MH1"], ignore=["MH101"]`` runs the other MH1xx rules; the same
    selector in both ignores. A selector that matches no rule raises
    :class:`UnknownRuleError`, so a typo does not silently run nothing; so does a
    ``select`` that names nothing at all (``""``, ``",,"``, ``[]``).
    """
    pool = sorted(rules, key=lambda r: r.code)
    chosen = parse_selectors(select)
    if chosen == ():
        # An empty selection would run no rule and find nothing: fail closed.
        raise UnknownRuleError(
            "" if isinstance(select, str) else repr(select),
            f"the selection {select!r} names no rule code; give codes or prefixes such as "
            "'MH1,MH301', or 'ALL'",
        )
    chosen = ("ALL",) if chosen is None else chosen
    dropped = parse_selectors(ignore) or ()
    for selector in (*chosen, *dropped):
        if selector != "ALL" and not any(r.code.startswith(selector) for r in pool):
            raise UnknownRuleError(selector, f"no rule has a code starting with {selector!r}")
    return tuple(
        r for r in pool if _specificity(chosen, r.code) > max(_specificity(dropped, r.code), -1)
    )
