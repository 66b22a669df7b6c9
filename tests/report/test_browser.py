"""The HTML report in a real browser: headless Chromium renders it to a PNG.

Skipped only when no browser can be had: ``.ci/run`` installs Chromium when it is missing
and, if that is impossible, says why in ``BELEIDSKOMPAS_BROWSER_UNAVAILABLE``. In CI
without that reason a missing browser is a failure, not a skip.
"""

from __future__ import annotations

import io
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from beleidskompas import assess, load_proposal
from beleidskompas.report import render
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.testing.browser import find_browser, png_size, render_page

REPO = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1200, 2600
LINTBLAUW = (0x15, 0x42, 0x73)


def _browser() -> str:
    browser = find_browser()
    if browser is not None:
        return browser
    reason = os.environ.get("BELEIDSKOMPAS_BROWSER_UNAVAILABLE")
    if reason:
        pytest.skip(f"no headless Chromium: {reason}")
    if os.environ.get("CI"):
        pytest.fail("CI needs headless Chromium (.ci/run installs the Debian package chromium)")
    pytest.skip("no headless Chromium on this machine (apt-get install chromium)")


class _Text(HTMLParser):
    """The visible text of a page, and its headings."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self._in: str | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        if tag in ("style", "script"):
            self._skip += 1
        if tag in ("h1", "h2", "h3"):
            self._in = tag
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in and not self._skip:
            self.headings[-1] += data


def test_the_html_report_renders_in_chromium(rules: RuleSet, tmp_path: Path) -> None:
    browser = _browser()
    plt = pytest.importorskip("matplotlib.image")
    result = assess(load_proposal(REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"), rules)
    page = tmp_path / "rapport.html"
    page.write_text(str(render(result, "html", "nl")), encoding="utf-8")

    rendered = render_page(page, WIDTH, HEIGHT, browser)

    # the expected size: the window we asked for
    assert png_size(rendered.png) == (WIDTH, HEIGHT)
    pixels = plt.imread(io.BytesIO(rendered.png), format="png")[..., :3]
    # not blank: a real share of the page is not background white
    ink = (pixels < 0.9).any(axis=-1).mean()
    assert ink > 0.02, f"only {ink:.1%} of the page is drawn"
    # the house colour is drawn: headings and the chart's bars are lintblauw
    target = [c / 255 for c in LINTBLAUW]
    blue = (abs(pixels - target) < 0.06).all(axis=-1).sum()
    assert blue > 2000, f"{blue} lintblauw pixels"
    # the browser's DOM holds the report's headings (a page that failed to parse would not)
    parser = _Text()
    parser.feed(rendered.dom)
    headings = [h.strip() for h in parser.headings]
    assert headings[0] == "Beleidskompas-toets: Extra huurtoeslag op aanvraag"
    for heading in (
        "Samenvatting",
        "Doenvermogen",
        "Uitvoerbaarheid",
        "Effect op de SCP-klassen",
        "Regeldruk",
        "Herkomst",
        "Bronnen",
    ):
        assert heading in headings, heading
    assert "<svg" in rendered.dom
