"""Developer check: load the default rule set and validate proposal files.

Usage: python scripts/dev_check.py [--fire] [PROPOSAL.yaml ...]
Prints the rule set summary, then OK or the errors (file:line:col) per proposal.
With --fire, also lists per proposal which rules fire and which cannot be judged
(facts.* are not computed by this script and count as unknown).
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
    fire = "--fire" in argv
    argv = [a for a in argv if a != "--fire"]
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
            if unknown and attrs:
                print(f"{arg}: unknown attribute ids {unknown}")
                status = 2
            else:
                print(f"{arg}: OK")
            if fire:
                data = proposal.model_dump()
                data["facts"] = {}
                for compiled in rules.rules():
                    out = compiled.evaluate(data)
                    if out.value is True:
                        print(f"  fires  {compiled.id} ({compiled.rule.severity})")
                    elif out.value is None:
                        print(f"  ?      {compiled.id} missing {sorted(out.missing)}")
        except InputError as exc:
            print(exc.render("en"))
            status = 2
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
