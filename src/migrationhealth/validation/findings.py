"""What validation finds: a :class:`Finding`, its :class:`Severity` and its :class:`Evidence`.

A finding is one problem a rule saw in a dataset. It names the rule (its ``code``), how
serious the problem is, says what is wrong in plain words with the figures and their
values, lists the ids of the records it concerns, and carries the evidence: every
figure involved, with its citation (the source and the exact quote), so that a reader
can check the problem against the reports without opening the dataset.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from .. import _validators as v
from ..dataset import LocatedFigure
from ..dates import Period
from ..enums import Measure, Plan, Rank
from ..errors import InvalidValueError
from ..interval import Interval, Number
from ..model import Citation, DateFact, Figure
from ..quantity import Qualifier, Quantity

__all__ = ["Evidence", "Finding", "Severity"]


class Severity(enum.Enum):
    """How serious a finding is, from ``error`` (the figures cannot all be true) to ``info``.

    - ``error``: the dataset says something that cannot be true as recorded: two figures
      about one thing that do not overlap, parts that do not add up to their total, a
      period that ends before it starts, a reference to nothing.
    - ``warning``: something that is probably wrong, or that weakens what the dataset can
      show: a figure without a citation, a quote that does not contain its number, an
      average beside a total that it makes implausible.
    - ``info``: something worth knowing that is not a problem in itself: an organisation
      that nothing refers to.

    Severities are ordered: ``Severity.ERROR > Severity.WARNING > Severity.INFO``.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for ``error``, 1 for ``warning``, 0 for ``info``."""
        return _RANKS[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_RANKS = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}


def severity(value: Severity | str) -> Severity:
    """``value`` as a :class:`Severity`: a member, or its name (``"error"``, ``"warning"``...)."""
    if isinstance(value, Severity):
        return value
    if isinstance(value, str):
        try:
            return Severity(value.strip().lower())
        except ValueError:
            pass
    allowed = ", ".join(repr(s.value) for s in Severity)
    raise ValueError(f"expected a severity ({allowed}), got {value!r}")


def _converted_severity(value: Any) -> Any:
    # attrs converters run before validators: a name that is no severity is left as it
    # is, for the validator to refuse with the field's name in its message.
    try:
        return severity(value)
    except ValueError:
        return value


def _words(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # Findings are output, made in bulk: a type check and no pattern matching keeps a
    # million of them cheap, while a rule that passes the wrong thing still hears of it.
    if type(value) is not str or not value:
        raise InvalidValueError(
            attribute.name, f"expected a non-empty string, got {value!r}", value
        )


@attrs.frozen(kw_only=True)
class Evidence:
    """One record a finding rests on: usually a figure, with its citation.

    ``id`` and ``path`` locate the record (``path`` is its JSON path in the saved
    dataset, as :attr:`~migrationhealth.dataset.LocatedFigure.path` gives it);
    ``statement`` says in words what the record states ("selected: 564 people").
    For a figure, ``measure``, ``quantity`` and ``period`` are the figure's, and
    ``citation`` is its source and quote; for another record (a programme, a partner)
    they are what it has, or ``None``.
    """

    id: str = attrs.field(validator=_words)
    path: str = attrs.field(validator=_words)
    statement: str = attrs.field(validator=_words)
    citation: Citation | None = attrs.field(
        default=None, validator=v.optional(v.instance(Citation))
    )
    measure: Measure | None = attrs.field(default=None, validator=v.optional(v.member(Measure)))
    quantity: Quantity | None = attrs.field(
        default=None, validator=v.optional(v.instance(Quantity))
    )
    period: Period | None = attrs.field(default=None, validator=v.optional(v.instance(Period)))

    @classmethod
    def of(cls, located: LocatedFigure) -> Evidence:
        """The evidence of one figure, as :meth:`~migrationhealth.Dataset.figures` gives it."""
        figure = located.figure
        return cls(
            id=figure.id,
            path=located.path,
            statement=describe_figure(figure.measure, figure.quantity, planned=figure.planned)
            + marks(figure),
            citation=figure.citation,
            measure=figure.measure,
            quantity=figure.quantity,
            period=figure.period,
        )

    def to_dict(self) -> dict[str, Any]:
        """The evidence as JSON-ready data (see the report format in ``docs/validation.md``)."""
        citation = self.citation
        return {
            "id": self.id,
            "path": self.path,
            "statement": self.statement,
            "measure": None if self.measure is None else self.measure.value,
            "quantity": None if self.quantity is None else _quantity_dict(self.quantity),
            "period": None if self.period is None else self.period.isoformat(),
            "citation": None
            if citation is None
            else {
                "source": citation.source,
                "quote": citation.quote,
                "speaker": None if citation.speaker is None else citation.speaker.label,
            },
        }


_POINTS = frozenset({Qualifier.EXACT, Qualifier.AVERAGE})


def marks(fact: Figure | DateFact) -> str:
    """What a reader must know besides the value: `` [deprecated: misprint] [inferred: ...]``.

    Empty for a fact of normal rank that was stated, not worked out.
    """
    text = ""
    if fact.rank is not Rank.NORMAL:
        text += f" [{fact.rank.value}: {fact.reason}]" if fact.reason else f" [{fact.rank.value}]"
    if fact.inferred is not None:
        text += f" [inferred: {fact.inferred}]"
    return text


def describe_figure(
    measure: Measure, quantity: Quantity, *, planned: Plan | bool | None = False
) -> str:
    """``selected: 564 people``, with the interval when the figure is hedged."""
    text = f"{measure.value}: {quantity}"
    if quantity.qualifier not in _POINTS:
        text += f" {quantity.interval}"
    if isinstance(planned, Plan):
        return f"{text} (planned: {planned.value})"
    return f"{text} (planned)" if planned else text


def json_number(value: Number | None) -> int | float | None:
    """An int as itself, a Decimal as a float (for JSON); ``None`` stays ``None``."""
    if value is None or isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def _interval_dict(interval: Interval) -> dict[str, Any]:
    return {"low": json_number(interval.low), "high": json_number(interval.high)}


def _quantity_dict(quantity: Quantity) -> dict[str, Any]:
    per = quantity.per
    return {
        "value": json_number(quantity.value),
        "unit": quantity.unit,
        "qualifier": quantity.qualifier.value,
        "per": None if per is None else {"amount": json_number(per.amount), "unit": per.unit},
        **_interval_dict(quantity.interval),
    }


@attrs.frozen(kw_only=True)
class Finding:
    """One problem a rule found: what, how serious, about which records, and on what evidence.

    - ``code``: the rule's code, for example ``MH101``.
    - ``severity``: a :class:`Severity` (or its name, converted).
    - ``message``: a sentence in plain language that names the figures and their values.
    - ``ids``: the ids of the records the finding concerns, figures first.
    - ``evidence``: each record involved, with its citation (source and quote).
    - ``hint``: what to look at or do next, where one helps.
    """

    code: str = attrs.field(validator=_words)
    severity: Severity = attrs.field(converter=_converted_severity, validator=v.member(Severity))
    message: str = attrs.field(validator=_words)
    ids: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(_words))
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Evidence))
    )
    hint: str | None = attrs.field(default=None, validator=v.optional(_words))

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready data (see the report format in ``docs/validation.md``)."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "ids": list(self.ids),
            "evidence": [item.to_dict() for item in self.evidence],
            "hint": self.hint,
        }
