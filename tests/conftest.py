"""Hypothesis profiles: ``ci`` is thorough, ``dev`` (the default) is quick.

Choose one with the ``HYPOTHESIS_PROFILE`` environment variable; ``.ci/run`` sets ``ci``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile(
    "dev",
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(autouse=True, scope="session")
def _no_inherited_terminal_size() -> Iterator[None]:
    """Tests start with no ``COLUMNS`` or ``LINES``, as a command run outside a terminal.

    Test workers may inherit them (pytest-xdist's workers see ``COLUMNS=80``), and text
    output fits ``COLUMNS``: a test that needs a width sets it itself.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("COLUMNS", raising=False)
        patch.delenv("LINES", raising=False)
        yield


@pytest.fixture
def forget_declared_terms() -> Iterator[None]:
    """Declarations hold for the process: forget the ones a test makes, for the others."""
    from migrationhealth._vocabulary_file import SECTIONS  # noqa: PLC0415

    before = {kind: {term.value for term in kind} for kind in SECTIONS.values()}
    yield
    for kind, values in before.items():
        for term in list(kind):
            if term.value not in values:
                kind._forget(term.value)
