"""Today's date, reproducibly: ``SOURCE_DATE_EPOCH`` when set (the reproducible-builds
convention, so that a rebuilt report and its warnings are the same), else the system date."""

from __future__ import annotations

import datetime as dt
import os


def today() -> dt.date:
    """The date of ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) when set, else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()
