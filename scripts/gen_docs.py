"""Regenerate the reference docs from the code: docs/cli.md and docs/proposal.md.

Usage: python scripts/gen_docs.py   (tests/test_docs.py fails when these files are stale)
"""

from __future__ import annotations

from pathlib import Path

from docgen import cli_reference, proposal_reference  # scripts/docgen.py, beside this file

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> None:
    """Write both reference pages."""
    (DOCS / "cli.md").write_text(cli_reference(), encoding="utf-8")
    (DOCS / "proposal.md").write_text(proposal_reference(), encoding="utf-8")
    print(f"wrote {DOCS / 'cli.md'} and {DOCS / 'proposal.md'}")


if __name__ == "__main__":
    main()
