"""collector_paused: the garbage collector is off inside and back in its state after."""

from __future__ import annotations

import gc

import pytest

from beleidskompas.io.collector import collector_paused


def _fail_while_paused() -> None:
    with collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")


def test_paused_inside_and_restored_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError, match="boom"):
        _fail_while_paused()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
