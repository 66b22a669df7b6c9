"""The worked example of docs/methodology.md, recomputed independently of the library.

The expected values are computed here from the raw YAML numbers with a truncated Neumann
series (not the library's matrix inverse) and compared with ``assess``; the key figures are
also checked against the numbers printed in the document.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from beleidskompas import assess, load_proposal

REPO = Path(__file__).resolve().parents[1]
CAPS = ["economisch", "sociaal", "cultureel", "persoons"]


def _yaml(path: str) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((REPO / path).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _spread(weights: dict[tuple[str, str], float], x: list[float]) -> list[float]:
    """S x = x + Wᵀx + (Wᵀ)²x + … (200 terms; ρ ≈ 0.35 so the tail is negligible)."""
    total = list(x)
    term = list(x)
    for _ in range(200):
        term = [
            sum(weights.get((CAPS[i], CAPS[j]), 0.0) * term[i] for i in range(4)) for j in range(4)
        ]
        total = [a + b for a, b in zip(total, term, strict=True)]
    return total


def test_worked_example_by_hand() -> None:
    classes = _yaml("rules/society/classes-scp-2023.yaml")["classes"]
    graph = _yaml("rules/society/capital-graph.yaml")["edges"]
    base_auto = _yaml("rules/takeup/parameters.yaml")["base_non_take_up"]["automatic"]["value"]
    weights = {(e["from"], e["to"]): e["weight"]["value"] for e in graph}
    share = {c["id"]: c["share"]["value"] for c in classes}
    adults = _yaml("rules/scoring.yaml")["society"]["adults_nl"]["value"]
    persons = {c["id"]: adults * c["share"]["value"] for c in classes}  # the default scope
    pos = {c["id"]: [c["positions"][k]["value"] for k in CAPS] for c in classes}
    means = [sum(share[k] * pos[k][i] for k in share) / sum(share.values()) for i in range(4)]

    take_up = 1 - base_auto  # load 0: nothing asked, no rule fires
    direct = [take_up * 0.02, 0.0, 0.0, 0.0]
    total = _spread(weights, direct)
    after = [p + t for p, t in zip(pos["precariaat"], total, strict=True)]
    deficit_before = sum(
        _spread(weights, [max(0.0, m - p) for m, p in zip(means, pos["precariaat"], strict=True)])
    )
    deficit_after = sum(
        _spread(weights, [max(0.0, m - p) for m, p in zip(means, after, strict=True)])
    )
    totals = {k: sum(v) / 4 for k, v in pos.items()}
    gap_before = totals["werkende_bovenlaag"] - totals["precariaat"]
    gap_after = totals["werkende_bovenlaag"] - sum(after) / 4
    removed = share["precariaat"] * (deficit_before - deficit_after)
    cost = 100_000_000 / (persons["precariaat"] * (deficit_before - deficit_after) * 100)

    def atkinson(values: dict[str, float]) -> float:
        w = {k: share[k] / sum(share.values()) for k in values}
        mu = sum(w[k] * values[k] for k in values)
        geo = math.exp(sum(w[k] * math.log(values[k]) for k in values))
        return 1 - geo / mu

    totals_after = dict(totals, precariaat=sum(after) / 4)

    result = assess(load_proposal(REPO / "examples" / "worked-example.yaml"))
    impact = result.class_impact
    assert impact is not None
    p = next(c for c in impact.classes if c.id == "precariaat")
    assert p.take_up == pytest.approx(take_up, abs=1e-6)
    assert p.direct["economisch"] == pytest.approx(direct[0], abs=1e-6)
    for i, cap in enumerate(CAPS):
        assert p.total[cap] == pytest.approx(total[i], abs=1e-6)
    assert p.deficit_before == pytest.approx(deficit_before, abs=1e-6)
    assert p.deficit_after == pytest.approx(deficit_after, abs=1e-6)
    s = impact.summary
    assert s.gap_before == pytest.approx(gap_before, abs=1e-6)
    assert s.gap_after == pytest.approx(gap_after, abs=1e-6)
    assert s.deficit_removed == pytest.approx(removed, abs=1e-6)
    assert s.cost_per_deficit_point == pytest.approx(cost, abs=0.01)
    assert s.atkinson_before == pytest.approx(atkinson(totals), abs=1e-6)
    assert s.atkinson_after == pytest.approx(atkinson(totals_after), abs=1e-6)
    assert s.benefit_share_bottom == pytest.approx(1.0)


def test_the_document_prints_the_same_numbers() -> None:
    text = (REPO / "docs" / "methodology.md").read_text(encoding="utf-8")
    result = assess(load_proposal(REPO / "examples" / "worked-example.yaml"))
    impact = result.class_impact
    assert impact is not None
    p = next(c for c in impact.classes if c.id == "precariaat")
    s = impact.summary
    for value in (
        f"{p.total['economisch']:.6f}",
        f"{p.deficit_before:.6f}",
        f"{p.deficit_after:.6f}",
        f"{s.gap_after:.6f}",
        f"{s.deficit_removed:.6f}",
        f"{s.atkinson_before:.6f}",
        f"{s.atkinson_after:.6f}",
        f"{s.cost_per_deficit_point:.2f}",
    ):
        assert value in text, f"docs/methodology.md does not show {value}"
