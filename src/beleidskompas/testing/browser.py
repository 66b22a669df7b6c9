"""Render an HTML report in a real browser: headless Chromium, a PNG and the page's DOM.

Used by the test suite (tests/report/test_browser.py) and by ``scripts/screenshot.py``
(the example screenshot in docs/). Chromium comes from the operating system (the Debian
package ``chromium``; ``.ci/run`` installs it when it is missing), never downloaded here.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

BROWSERS = (
    "chromium",
    "chromium-headless-shell",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)
"""Executable names tried, in order (the Debian package installs ``chromium``)."""
TIMEOUT_S = 120
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def find_browser() -> str | None:
    """The path of a Chromium-family browser, or None (``BELEIDSKOMPAS_BROWSER`` first)."""
    chosen = os.environ.get("BELEIDSKOMPAS_BROWSER")
    if chosen:
        return shutil.which(chosen) or (chosen if Path(chosen).is_file() else None)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass(frozen=True)
class Rendered:
    """What the browser made of a page."""

    png: bytes
    dom: str


def _run(browser: str, args: list[str], profile: Path) -> subprocess.CompletedProcess[bytes]:
    command = [
        browser,
        "--headless",
        "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(
        command, capture_output=True, timeout=TIMEOUT_S, check=True, stdin=subprocess.DEVNULL
    )


def render_page(html: Path, width: int, height: int, browser: str | None = None) -> Rendered:
    """A screenshot (``width`` × ``height``) and the DOM of an HTML file, from headless
    Chromium. Raises FileNotFoundError without a browser, CalledProcessError or
    TimeoutExpired when it fails."""
    chosen = browser or find_browser()
    if chosen is None:
        raise FileNotFoundError("no Chromium-family browser found")
    url = html.resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="beleidskompas-browser-") as folder:
        work = Path(folder)
        shot = work / "page.png"
        _run(
            chosen,
            [f"--window-size={width},{height}", f"--screenshot={shot}", url],
            work / "profile-shot",
        )
        dom = _run(chosen, ["--dump-dom", url], work / "profile-dom").stdout
        return Rendered(png=shot.read_bytes(), dom=dom.decode("utf-8", "replace"))


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    if not png.startswith(PNG_MAGIC):
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    return width, height
