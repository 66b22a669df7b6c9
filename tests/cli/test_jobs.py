"""--jobs from the console script: worker processes are shut down and nothing leaks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_jobs_leave_no_workers_semaphores_or_folders_behind() -> None:
    # the console script ends with os._exit; loky's resource tracker would warn about
    # leaked semaphores and temporary folders if the workers were not shut down first
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "beleidskompas",
            "sweep",
            "examples/options/koopkrachttoeslag-aanvraag.yaml",
            "--vary",
            "delivery.granting=automatic,proactive,application",
            "--jobs",
            "2",
            "--format",
            "json",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert '"sweep"' in proc.stdout
    assert "leaked" not in proc.stderr
    assert "resource_tracker" not in proc.stderr
