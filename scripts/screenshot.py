"""Write docs/images/report-example.png: an example HTML report as headless Chromium draws it.

    python scripts/screenshot.py [PROPOSAL] [--width 1200] [--height 2700]

Needs a Chromium-family browser (Debian: apt-get install chromium).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "docs" / "images" / "report-example.png"
EXAMPLE = REPO / "examples" / "automatisch-kindbudget.yaml"


def main() -> int:
    """Render the example report and write the screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("proposal", nargs="?", type=Path, default=EXAMPLE)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=2700)
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1796083200")  # a fixed date on the page

    from beleidskompas import assess_file, render
    from beleidskompas.testing.browser import render_page

    html = str(render(assess_file(args.proposal), "html", "nl"))
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "rapport.html"
        page.write_text(html, encoding="utf-8")
        rendered = render_page(page, args.width, args.height)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(rendered.png)
    print(f"wrote {args.output} ({len(rendered.png):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
