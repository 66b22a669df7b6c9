"""assess_many on a Dask cluster through joblib's Dask backend gives the serial result.

A local cluster of two worker processes stands in for a real one: the batch reaches the
workers the way it would on a cluster (the rule set and proposals pickled to them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidskompas.analysis.batch import assess_many, headline
from beleidskompas.analysis.variation import grid, parse_variation, variant
from beleidskompas.api import load_proposal
from beleidskompas.rules.ruleset import RuleSet

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "aanvraag-huurtoeslag-online.yaml"


# distributed probes free ports with sockets it leaves to the garbage collector; that is
# its business, not ours (the test would otherwise fail on an unrelated ResourceWarning)
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_dask_cluster_gives_the_serial_result(rules: RuleSet) -> None:
    distributed = pytest.importorskip("distributed")
    import joblib

    proposal = load_proposal(EXAMPLE)
    variation = parse_variation("delivery.granting=automatic,proactive,application")
    variants = [variant(proposal, row, [variation]) for row in grid([variation])] * 4
    serial = assess_many(variants, rules, intervals=False, reduce=headline)
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            scheduler_port=0,  # any free port: parallel test runs must not collide
            dashboard_address=":0",
            worker_dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as client,
        joblib.parallel_config(backend="dask"),
        distributed.get_task_stream(client) as stream,
    ):
        on_cluster = assess_many(variants, rules, intervals=False, reduce=headline, jobs=-1)
        workers = len(client.scheduler_info()["workers"])
    assert workers == 2
    assert stream.data, "no task ran on the cluster's workers"
    assert on_cluster == serial
