"""Which figures can be added or compared: by what they measure and what they count.

Figures are added only when they share a :class:`~migrationhealth.Measure`. A unit
keeps the report's words, and within a measure they all name the thing the measure
counts (:attr:`Measure.counts <migrationhealth.Measure>`): "consultas", "consultas
médicas" and "consultas individuales" are all consultations, "activities" and
"actividades" all activities, "officials", "students" and "doctors" all people. Only
the catch-all measure ``other``, which says nothing of what it counts, adds figures of
units that name one thing, as :func:`migrationhealth.units.units_agree` reads them
(case, accents, plurals and the head noun in English, Spanish, Portuguese and French:
"79 municipios" and "9 entidades" do not add). Anything else raises
:class:`~migrationhealth.aggregation.UnitError`, naming both figures.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..enums import FUNNEL, Measure
from ..units import normalise_unit
from .errors import UnitError
from .provenance import FigureRef

__all__ = ["NOT_SUMMABLE", "PEOPLE_MEASURES", "check_addable", "check_comparable", "unit_kind"]

PEOPLE_MEASURES = frozenset(
    {
        *FUNNEL,
        Measure.TRAINED,
        Measure.PEOPLE_SERVED,
        Measure.TARGET_POPULATION,
        Measure.HEALTH_WORKERS,
    }
)
"""Measures that count people, whatever word the report uses for them."""

NOT_SUMMABLE = frozenset({Measure.EDITION, Measure.YEAR, Measure.HEALTH_WORKER_DENSITY})
"""Measures whose values are not amounts: an edition's number, a year, a density."""


def unit_kind(measure: Measure, unit: str) -> str:
    """What a figure counts, for checking: what its measure counts, whatever the words.

    Figures of the catch-all measure ``other`` count what their unit says.

    >>> unit_kind(Measure.TRAINED, "health sector officials")
    'people'
    >>> unit_kind(Measure.CONSULTATIONS, "consultas médicas")
    'services'
    >>> unit_kind(Measure.OTHER, "Municipios")
    'other:municipality'
    """
    if measure is Measure.OTHER:
        return f"other:{normalise_unit(unit)}"
    return measure.counts


def _show(ref: FigureRef) -> str:
    return f"{ref.id!r} ({ref.measure.value}: {ref.quantity})"


def check_addable(refs: Iterable[FigureRef]) -> None:
    """Raise :class:`~migrationhealth.aggregation.UnitError` unless ``refs`` can be added.

    The message names the first figure and one that cannot be added to it.
    """
    first: FigureRef | None = None
    kind = ""
    # Most figures repeat a measure and unit already seen; each pair is checked once.
    seen: set[tuple[int, str]] = set()
    for ref in refs:
        pair = (id(ref.measure), ref.quantity.unit)
        if pair in seen:
            continue
        seen.add(pair)
        if first is None:
            first, kind = ref, unit_kind(ref.measure, ref.quantity.unit)
            continue
        if ref.measure is not first.measure:
            raise UnitError(
                f"cannot add {_show(ref)} to {_show(first)}: they measure different things "
                f"({ref.measure.value} and {first.measure.value}); choose one measure",
                measures=(first.measure.value, ref.measure.value),
                units=(first.quantity.unit, ref.quantity.unit),
            )
        other = unit_kind(ref.measure, ref.quantity.unit)
        if other != kind:
            raise UnitError(
                f"cannot add {_show(ref)} to {_show(first)}: the units "
                f"{ref.quantity.unit!r} and {first.quantity.unit!r} differ",
                measures=(first.measure.value, ref.measure.value),
                units=(first.quantity.unit, ref.quantity.unit),
            )


def check_comparable(part: tuple[str, Measure, str], whole: tuple[str, Measure, str]) -> None:
    """Raise :class:`~migrationhealth.aggregation.UnitError` unless a share makes sense.

    Each argument is ``(label, measure, unit)``. People may be a share of people of
    another measure (564 selected of 800 applicants); anything else needs one unit.
    """
    part_kind = unit_kind(part[1], part[2])
    whole_kind = unit_kind(whole[1], whole[2])
    if part_kind != whole_kind:
        raise UnitError(
            f"cannot take {part[0]} ({part[1].value}: {part[2]}) as a share of {whole[0]} "
            f"({whole[1].value}: {whole[2]}): they count different things",
            measures=(part[1].value, whole[1].value),
            units=(part[2], whole[2]),
        )
