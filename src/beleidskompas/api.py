"""Loading proposals: the library entry points that read files."""

from __future__ import annotations

from pathlib import Path

from beleidskompas.io.document import Document, load_document
from beleidskompas.io.validate import validate
from beleidskompas.model.proposal import Proposal


def read_proposal(path: Path | str) -> tuple[Proposal, Document]:
    """Load a proposal file and keep its parsed document (for error positions)."""
    doc = load_document(Path(path))
    return validate(Proposal, doc), doc


def load_proposal(path: Path | str) -> Proposal:
    """Load and validate a proposal file (YAML or JSON).

    Raises InputError naming the file, the field path and the line:column of each problem.
    """
    return read_proposal(path)[0]
