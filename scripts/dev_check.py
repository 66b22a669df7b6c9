"""Developer check: load the default rule set and validate proposal files.

Usage: python scripts/dev_check.py [PROPOSAL.yaml ...]
Prints the rule set summary, then OK or the errors (file:line:col) per proposal.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from beleidskompas.errors import InputError  # noqa: E402
from beleidskompas.io.document import load_document  # noqa: E402
from beleidskompas.io.validate import validate  # noqa: E402
from beleidskompas.model.proposal import Proposal  # noqa: E402
from beleidskompas.rules.loader import load_rules  # noqa: E402


def main(argv: list[str]) -> int:
    try:
        rules = load_rules()
    except InputError as exc:
        print("RULE SET INVALID:\n" + exc.render("en"))
        return 2
    print(
        f"rule set {rules.id} {rules.version}: {len(rules.doenvermogen_rules)} DV rules, "
        f"{len(rules.uitvoerbaarheid_rules)} UV rules, classes {rules.classes.id}"
    )
    status = 0
    for arg in argv:
        try:
            proposal = validate(Proposal, load_document(Path(arg)))
            attrs = set(rules.classes.attributes)
            unknown = [c for c in proposal.target_group.criteria if c not in attrs]
            if unknown:
                print(f"{arg}: unknown attribute ids {unknown}")
                status = 2
            else:
                print(f"{arg}: OK")
        except InputError as exc:
            print(exc.render("en"))
            status = 2
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
