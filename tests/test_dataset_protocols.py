"""A dataset has a length and iterates over its records, by kind, in document order."""

from __future__ import annotations

from hypothesis import given

import migrationhealth as mh

from . import strategies as st


@given(st.datasets())
def test_len_counts_the_records_iteration_gives(dataset: mh.Dataset) -> None:
    records = list(dataset)
    assert len(dataset) == len(records)
    assert records == [
        *dataset.sources,
        *dataset.organisations,
        *dataset.programmes,
        *dataset.people,
    ]


def test_records_come_by_kind_whatever_order_they_were_added_in() -> None:
    source = mh.Source(id="s", title="A report")
    organisation = mh.Organisation(id="o", name="O", kind=mh.OrganisationKind.NGO)
    programme = mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER)
    dataset = mh.Dataset().add(programme, organisation, source)
    assert list(dataset) == [source, organisation, programme]
    assert len(dataset) == 3


def test_an_empty_dataset_has_no_records() -> None:
    assert len(mh.Dataset()) == 0
    assert list(mh.Dataset()) == []
    assert len(mh.seed_corpus()) == len(list(mh.seed_corpus()))
