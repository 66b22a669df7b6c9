"""The source registries: one entry per publication, copies and reports marked."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlparse

from beleidskompas.rules.ruleset import RuleSet

COPIES_AND_REPORTS = (
    "5dok.net",
    "docplayer.nl",
    "opleid.info",
    "fdocuments",
    "vdocuments",
    "pdfslide",
    "researcher.life",
    "ruetir.com",
    "kennisbundel.nl",
    "mejudice.nl",
    "creditexpo.nl",
    "berenschot.nl",
    "parlement.com",
    "gerritvanbergeijk.nl",
    "duoberg",
    "accountancyvanmorgen.nl",
)
"""Document dumps, aggregators, blogs and commercial pages found by the source audit."""


def test_no_publication_is_registered_twice(rules: RuleSet) -> None:
    urls = Counter(s.url for s in rules.sources.values() if s.url)
    assert [u for u, n in urls.items() if n > 1] == []
    titles = Counter(s.title.casefold() for s in rules.sources.values())
    assert [t for t, n in titles.items() if n > 1] == []


def test_copies_blogs_and_commercial_pages_are_never_cited_as_primary(rules: RuleSet) -> None:
    wrong = []
    for sid, source in rules.sources.items():
        host = urlparse(source.url or "").netloc
        if any(bad in host for bad in COPIES_AND_REPORTS) and not source.secondary:
            wrong.append(sid)
    assert wrong == []


def test_merged_ids_are_gone_and_their_primaries_resolve(rules: RuleSet) -> None:
    gone = {
        "scp-2023-stapeling",
        "5dok-3-4",
        "dv-pzc-scp-zonder-internet",
        "dv-cpb-2019-correcties",
        "uv-cpb-2019-correcties",
        "dv-kcbr-mvt-uitvoering",
        "uv-kcbr-mvt-uitvoering",
        "ruetir-2023",
        "uv-ict-fiscus-2019",
        "uv-nrc-2023",
    }
    assert not gone & set(rules.sources)
    for sid in ("cpb-2019-toeslagen", "kcbr-mvt-uitvoering", "kst-31066-486", "kst-31066-1174"):
        assert sid in rules.sources
    cited = {ref for c in rules.rules() for ref in c.rule.sources if isinstance(ref, str)}
    assert "cpb-2019-toeslagen" in cited and "kst-31066-1174" in cited


def test_a_secondary_source_names_its_primary_where_known(rules: RuleSet) -> None:
    trouw = rules.sources["uv-trouw-2023"]
    assert trouw.secondary and trouw.primary and "31 066" in trouw.primary
    # a rule citing the news report also cites the letter it reports
    for compiled in rules.rules():
        refs = [r for r in compiled.rule.sources if isinstance(r, str)]
        if "uv-trouw-2023" in refs:
            assert "kst-31066-1174" in refs, compiled.id
