"""Pausing the cyclic garbage collector while a large input is turned into objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block and restore its state afterwards.

    Reading a file makes many objects and no reference cycles, but every collection walks
    all the objects made so far, so the time of a large read grows faster than its size
    (a series file of 10x the values took about 12.7x the time; benchmarks (f)).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
