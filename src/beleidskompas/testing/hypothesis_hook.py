"""Hypothesis entry point: ``st.from_type(Proposal)`` draws from ``proposals()``.

Kept apart from ``strategies`` and free of hypothesis imports at module level, because
hypothesis runs its entry points while it is itself being imported.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


def _proposals(_: type) -> Any:
    return import_module("beleidskompas.testing.strategies").proposals()


def setup() -> None:
    """Register the Proposal strategy with hypothesis."""
    from hypothesis import strategies as st

    from beleidskompas.model.proposal import Proposal

    st.register_type_strategy(Proposal, _proposals)
