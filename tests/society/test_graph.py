"""The capital graph: spread operator by hand, its algebraic properties, and divergence."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidskompas.i18n import Text
from beleidskompas.model.proposal import CAPITALS
from beleidskompas.model.society import CapitalGraphSpec, CapitalNode, Edge
from beleidskompas.rules.ruleset import RuleSet
from beleidskompas.society.graph import (
    CapitalGraph,
    GraphError,
    accumulate,
    build_graph,
    deficits,
    stapeling_count,
    strongest_cycle,
    top_edges,
    total_capital,
)
from beleidskompas.testing.strategies import capital_graphs

E: str = "economisch"
S: str = "sociaal"
C: str = "cultureel"
P: str = "persoons"


def make_spec(edges: dict[tuple[str, str], float]) -> CapitalGraphSpec:
    """A graph spec with the given edges (source, target) -> weight."""
    return CapitalGraphSpec(
        id="hand-graph",
        title=Text(nl="Handgraaf", en="Hand graph"),
        capitals=[
            CapitalNode(id=c, label=Text(nl=c, en=c), description=Text(nl=c, en=c))
            for c in CAPITALS
        ],
        edges=[
            Edge.model_validate(
                {
                    "from": a,
                    "to": b,
                    "weight": {"value": w, "provenance": "inferred", "sources": ["hand"]},
                }
            )
            for (a, b), w in edges.items()
        ],
    )


def _matrix(graph: CapitalGraph) -> list[list[float]]:
    return [list(row) for row in graph.spread]


_vector = st.fixed_dictionaries(
    {c: st.floats(min_value=-1.0, max_value=1.0, allow_nan=False) for c in CAPITALS}
)
_deficit = st.fixed_dictionaries({c: st.floats(min_value=0.0, max_value=1.0) for c in CAPITALS})


# ----------------------------------------------------------------------- hand examples


def test_empty_graph_spreads_nothing() -> None:
    graph = build_graph(make_spec({}))
    assert _matrix(graph) == [[1.0 if i == j else 0.0 for j in range(4)] for i in range(4)]
    assert graph.spread_vector({E: 0.3}) == {E: 0.3, S: 0.0, C: 0.0, P: 0.0}
    assert graph.spectral_radius == pytest.approx(0.0, abs=1e-9)


def test_one_edge_by_hand() -> None:
    # One edge a -> b with weight w: W has W[a][b] = w, so W^T has (b, a) = w and
    # (W^T)^2 = 0. S = I + W^T: on the (a, b) block S = [[1, 0], [w, 1]] (row b, column a
    # holds w). A unit change in a passes w on to b; a change in b stays in b.
    w = 0.3
    graph = build_graph(make_spec({(E, S): w}))
    spread = _matrix(graph)
    ie, isoc = graph.index(E), graph.index(S)
    assert spread[ie][ie] == pytest.approx(1.0)
    assert spread[isoc][ie] == pytest.approx(w)
    assert spread[ie][isoc] == pytest.approx(0.0)
    assert spread[isoc][isoc] == pytest.approx(1.0)
    got = graph.spread_vector({E: 1.0})
    assert got == pytest.approx({E: 1.0, S: w, C: 0.0, P: 0.0})
    got = graph.spread_vector({S: 1.0})
    assert got == pytest.approx({E: 0.0, S: 1.0, C: 0.0, P: 0.0})
    # A change of 0.1 in a and 0.2 in b: b gets 0.2 + 0.3 * 0.1 = 0.23.
    assert graph.spread_vector({E: 0.1, S: 0.2}) == pytest.approx({E: 0.1, S: 0.23, C: 0, P: 0})


def test_two_cycle_by_hand() -> None:
    # a -> b weight u, b -> a weight v. W^T on (a, b) = [[0, v], [u, 0]];
    # I - W^T = [[1, -v], [-u, 1]], det = 1 - uv, inverse = [[1, v], [u, 1]] / (1 - uv).
    u, v = 0.5, 0.4  # 1 - uv = 0.8
    graph = build_graph(make_spec({(E, S): u, (S, E): v}))
    got = graph.spread_vector({E: 1.0})
    # a: 1 / 0.8 = 1.25; b: u / 0.8 = 0.625
    assert got == pytest.approx({E: 1.25, S: 0.625, C: 0.0, P: 0.0})
    got = graph.spread_vector({S: 1.0})
    # a: v / 0.8 = 0.5; b: 1 / 0.8 = 1.25
    assert got == pytest.approx({E: 0.5, S: 1.25, C: 0.0, P: 0.0})
    # rho of a 2-cycle = sqrt(uv) = sqrt(0.2)
    assert graph.spectral_radius == pytest.approx(math.sqrt(0.2), abs=1e-9)


def test_chain_by_hand() -> None:
    # e -> s (0.5), s -> c (0.4): a unit change in e gives s 0.5 and c 0.5 * 0.4 = 0.2.
    graph = build_graph(make_spec({(E, S): 0.5, (S, C): 0.4}))
    assert graph.spread_vector({E: 1.0}) == pytest.approx({E: 1.0, S: 0.5, C: 0.2, P: 0.0})


def test_acyclic_graph_has_spectral_radius_zero() -> None:
    # chain e -> s -> c -> p: no cycle, W is nilpotent, rho = 0
    graph = build_graph(make_spec({(E, S): 0.2, (S, C): 0.2, (C, P): 0.2}))
    assert graph.spectral_radius == pytest.approx(0.0, abs=1e-6)


def test_spectral_radius_of_a_cycle_feeding_a_sink() -> None:
    # The only cycle is s -> c -> s with gain 0.5 * 0.25 = 0.125; e only receives (c -> e),
    # so it adds eigenvalue 0. rho = sqrt(0.125) = 0.35355339.
    graph = build_graph(make_spec({(S, C): 0.5, (C, S): 0.25, (C, E): 0.9}))
    assert graph.spectral_radius == pytest.approx(0.125**0.5, abs=1e-9)


def test_edge_flows_by_hand() -> None:
    # Two-cycle of test_two_cycle_by_hand, d = (1, 0, 0, 0): a = (1.25, 0.625, 0, 0).
    # Flow over e -> s = 0.5 * 1.25 = 0.625; over s -> e = 0.4 * 0.625 = 0.25.
    graph = build_graph(make_spec({(E, S): 0.5, (S, E): 0.4}))
    acc = accumulate(graph, {E: 1.0, S: 0.0, C: 0.0, P: 0.0})
    flows = graph.edge_flows(acc)
    assert flows == pytest.approx({(E, S): 0.625, (S, E): 0.25})
    # sum(a) - sum(d) = 1.875 - 1 = 0.875 = 0.625 + 0.25
    assert sum(flows.values()) == pytest.approx(0.875)
    ranked = top_edges(graph, acc)
    assert [(s, t) for s, t, _ in ranked] == [(E, S), (S, E)]
    assert [f for _, _, f in ranked] == pytest.approx([0.625, 0.25])
    assert [(s, t) for s, t, _ in top_edges(graph, acc, n=1)] == [(E, S)]


def test_deficits_stapeling_and_total_capital_by_hand() -> None:
    positions = {E: 0.3, S: 0.6, C: 0.45, P: 0.5}
    reference = {E: 0.5, S: 0.5, C: 0.5, P: 0.5}
    # below the reference by 0.2 on e and 0.05 on c; at or above on s and p -> 0
    got = deficits(positions, reference)
    assert got == pytest.approx({E: 0.2, S: 0.0, C: 0.05, P: 0.0})
    # lags by more than 0.05 only on e (0.05 itself is not more than 0.05)
    assert stapeling_count({E: 0.2, S: 0.0, C: 0.05, P: 0.0}, 0.05) == 1
    assert stapeling_count(got, 0.01) == 2
    # mean of 0.3, 0.6, 0.45, 0.5 = 1.85 / 4 = 0.4625
    assert total_capital(positions) == pytest.approx(0.4625)


def test_default_graph_satisfies_the_defining_equation(rules: RuleSet) -> None:
    # S (I - W^T) = I, with W read from the rule set's edges.
    graph = rules.graph
    n = len(CAPITALS)
    w = [[0.0] * n for _ in range(n)]
    for edge in rules.graph.spec.edges:
        w[graph.index(edge.source)][graph.index(edge.target)] = edge.weight.value
    m = [[(1.0 if i == j else 0.0) - w[j][i] for j in range(n)] for i in range(n)]
    spread = _matrix(graph)
    product = [[sum(spread[i][k] * m[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    for i in range(n):
        for j in range(n):
            assert product[i][j] == pytest.approx(1.0 if i == j else 0.0, abs=1e-12)
    assert 0.0 < graph.spectral_radius < 1.0


# ------------------------------------------------------------------------ properties


@settings(max_examples=100)
@given(capital_graphs())
def test_spreading_zero_gives_zero(spec: CapitalGraphSpec) -> None:
    graph = build_graph(spec)
    assert graph.spread_vector({}) == dict.fromkeys(CAPITALS, 0.0)
    assert graph.spread_vector(dict.fromkeys(CAPITALS, 0.0)) == dict.fromkeys(CAPITALS, 0.0)


@settings(max_examples=100)
@given(
    capital_graphs(),
    _vector,
    _vector,
    st.floats(min_value=-3.0, max_value=3.0, allow_nan=False),
)
def test_spread_is_linear(
    spec: CapitalGraphSpec, x: dict[str, float], y: dict[str, float], a: float
) -> None:
    graph = build_graph(spec)
    sx, sy = graph.spread_vector(x), graph.spread_vector(y)
    combined = graph.spread_vector({c: a * x[c] + y[c] for c in CAPITALS})
    for c in CAPITALS:
        assert combined[c] == pytest.approx(a * sx[c] + sy[c], abs=1e-9)


@settings(max_examples=100)
@given(capital_graphs(), _deficit)
def test_spread_never_shrinks_a_non_negative_vector(
    spec: CapitalGraphSpec, d: dict[str, float]
) -> None:
    # S = I + W^T + ... with W >= 0, so S d >= d componentwise.
    acc = accumulate(build_graph(spec), d)
    for c in CAPITALS:
        assert acc[c] >= d[c] - 1e-12


@settings(max_examples=100)
@given(
    capital_graphs(),
    st.sampled_from([(a, b) for a in CAPITALS for b in CAPITALS if a != b]),
    st.floats(min_value=0.0, max_value=0.33, exclude_max=True),
    _deficit,
)
def test_raising_an_edge_weight_never_lowers_an_accumulated_deficit(
    spec: CapitalGraphSpec,
    edge: tuple[str, str],
    new_weight: float,
    d: dict[str, float],
) -> None:
    weights: dict[tuple[str, str], float] = {
        (e.source, e.target): e.weight.value for e in spec.edges
    }
    old = weights.get(edge, 0.0)
    weights[edge] = max(old, new_weight)
    before = accumulate(build_graph(spec), d)
    after = accumulate(build_graph(make_spec(weights)), d)
    for c in CAPITALS:
        assert after[c] >= before[c] - 1e-12


@settings(max_examples=60)
@given(capital_graphs(max_weight=0.25))
def test_neumann_series_matches_the_spread_operator(spec: CapitalGraphSpec) -> None:
    # Every weight < 0.25, so every row and column sum of W is < 0.75 and the terms of
    # I + W^T + (W^T)^2 + ... shrink at least by 0.75 per step: 150 terms leave < 4 * 0.75^150.
    graph = build_graph(spec)
    n = len(CAPITALS)
    wt = [[graph.weights[j][i] for j in range(n)] for i in range(n)]
    total = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    term = [row[:] for row in total]
    for _ in range(150):
        term = [[sum(term[i][k] * wt[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
        total = [[total[i][j] + term[i][j] for j in range(n)] for i in range(n)]
    spread = _matrix(graph)
    for i in range(n):
        for j in range(n):
            assert spread[i][j] == pytest.approx(total[i][j], abs=1e-12)


@settings(max_examples=100)
@given(capital_graphs(), _deficit)
def test_edge_flows_sum_to_what_accumulation_added(
    spec: CapitalGraphSpec, d: dict[str, float]
) -> None:
    graph = build_graph(spec)
    acc = accumulate(graph, d)
    flows = graph.edge_flows(acc)
    assert sum(flows.values()) == pytest.approx(sum(acc.values()) - sum(d.values()), abs=1e-12)
    assert set(flows) == {(e.source, e.target) for e in spec.edges if e.weight.value}
    assert all(f >= 0 for f in flows.values())


@settings(max_examples=100)
@given(capital_graphs())
def test_generated_graphs_converge(spec: CapitalGraphSpec) -> None:
    graph = build_graph(spec)
    assert 0.0 <= graph.spectral_radius < 1.0
    assert all(v >= 0.0 for row in graph.spread for v in row)
    assert all(graph.spread[i][i] >= 1.0 for i in range(len(CAPITALS)))


# ------------------------------------------------------------------------- divergence


def _diverging() -> CapitalGraphSpec:
    # Complete graph with weight 0.5 everywhere, except e -> s = 0.9 and s -> e = 0.8.
    # Every row sum is at least 1.5, so rho >= 1.5 (Perron-Frobenius lower bound).
    # Cycle gains: e<->s 0.9 * 0.8 = 0.72; every other 2-cycle 0.5 * 0.5 = 0.25; 3-cycles
    # at most 0.9 * 0.5 * 0.5 = 0.225; 4-cycles at most 0.9 * 0.5^3 = 0.1125.
    weights: dict[tuple[str, str], float] = {
        (a, b): 0.5 for a in CAPITALS for b in CAPITALS if a != b
    }
    weights[(E, S)] = 0.9
    weights[(S, E)] = 0.8
    return make_spec(weights)


def test_strongest_cycle_of_a_diverging_graph() -> None:
    cycle, gain = strongest_cycle(_diverging())
    assert sorted(cycle) == sorted([E, S])
    assert gain == pytest.approx(0.72)


def test_diverging_graph_raises_naming_the_strongest_cycle() -> None:
    with pytest.raises(GraphError, match="does not converge") as info:
        build_graph(_diverging())
    err = info.value
    assert sorted(err.cycle) == sorted([E, S])
    assert err.gain == pytest.approx(0.72)
    assert err.radius >= 1.0
    message = str(err)
    assert f"{E} → {S}" in message or f"{S} → {E}" in message
    assert "0.720" in message


def test_spectral_radius_exactly_one_raises() -> None:
    # Complete graph on three capitals with weight 0.5: each row sums to exactly 1, so
    # rho = 1 and I - W^T is singular. Strongest cycle: any 2-cycle, gain 0.25
    # (3-cycles have 0.125).
    spec = make_spec({(a, b): 0.5 for a in (E, S, C) for b in (E, S, C) if a != b})
    with pytest.raises(GraphError) as info:
        build_graph(spec)
    assert len(info.value.cycle) == 2
    assert info.value.gain == pytest.approx(0.25)
    assert info.value.radius == pytest.approx(1.0, abs=1e-9)


def test_strongest_cycle_by_hand() -> None:
    # 2-cycles: e<->s 0.5 * 0.4 = 0.20; s<->c 0.9 * 0.3 = 0.27; e<->c 0.6 * 0.2 = 0.12.
    # 3-cycles: e->s->c->e 0.5 * 0.9 * 0.2 = 0.09; e->c->s->e 0.6 * 0.3 * 0.4 = 0.072.
    # The strongest is s <-> c with gain 0.27.
    spec = make_spec({(E, S): 0.5, (S, E): 0.4, (S, C): 0.9, (C, S): 0.3, (E, C): 0.6, (C, E): 0.2})
    cycle, gain = strongest_cycle(spec)
    assert sorted(cycle) == sorted([S, C])
    assert gain == pytest.approx(0.27)


def test_strongest_cycle_of_an_acyclic_graph_is_empty() -> None:
    assert strongest_cycle(make_spec({(E, S): 0.5, (S, C): 0.5})) == ([], 0.0)


def test_to_networkx_keeps_edges_and_weights(rules: RuleSet) -> None:
    g = rules.graph.to_networkx()
    assert set(g.nodes) == set(CAPITALS)
    assert {(a, b): d["weight"] for a, b, d in g.edges(data=True)} == {
        (e.source, e.target): e.weight.value for e in rules.graph.spec.edges
    }
