"""The commented proposal template written by ``beleidskompas init``.

The template is data: ``templates/proposal.nl.yaml`` and ``proposal.en.yaml`` beside this
module, with ``{name}`` (the new file's name) and ``{schema}`` (the JSON Schema URL) filled
in here.
"""

from __future__ import annotations

from importlib import resources

from beleidskompas.i18n import Lang

SCHEMA_URL = (
    "https://raw.githubusercontent.com/beleidskompas/beleidskompas/main/schemas/"
    "proposal.schema.json"
)


def proposal_template(name: str, lang: Lang = "nl") -> str:
    """The commented template for a new proposal file called ``name``."""
    folder = resources.files("beleidskompas.io") / "templates"
    text = (folder / f"proposal.{lang}.yaml").read_text(encoding="utf-8")
    return text.replace("{name}", name).replace("{schema}", SCHEMA_URL)
