"""Our rule-condition language versus CEL (cel-python) on one doenvermogen rule.

The rule: "granting is application and some citizen action has a deadline under 14 days".
Both engines evaluate it on the same proposal data; the script reports

1. the time per evaluation (after a one-off compile) on a proposal where the rule fires and
   one where it stays silent;
2. what each engine says about a typo'd field name and an invalid enum value;
3. whether an absent field can be told apart from ``false``.

Run from the repository root::

    python benchmarks/conditions_vs_cel.py            # 10,000 evaluations per case
    python benchmarks/conditions_vs_cel.py -n 50000

Without cel-python (``pip install cel-python``) only our half runs. Results are recorded in
docs/rules.md.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import importlib
import logging
import platform
import re
import tempfile
import textwrap
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from beleidskompas import load_proposal, load_rules
from beleidskompas.errors import InputError
from beleidskompas.model.conditions import Condition
from beleidskompas.rules.compiler import compile_condition
from beleidskompas.rules.loader import CONDITION_SCHEMA
from beleidskompas.rules.logic import Outcome

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "aanvraag-huurtoeslag-online.yaml"

OURS: dict[str, Any] = {
    "all": [
        {"field": "delivery.granting", "eq": "application"},
        {
            "exists": "delivery.citizen_actions",
            "where": {
                "all": [
                    {"field": "deadline_days", "known": True},
                    {"field": "deadline_days", "lt": 14},
                ]
            },
        },
    ]
}
CEL = (
    'delivery.granting == "application" && '
    "delivery.citizen_actions.exists(a, has(a.deadline_days) && a.deadline_days < 14)"
)
CEL_TYPO = (
    'delivery.granting == "application" && '
    "delivery.citizen_actions.exists(a, has(a.deadline_dayz) && a.deadline_dayz < 14)"
)
CEL_TYPO_UNGUARDED = (
    'delivery.granting == "application" && delivery.citizen_actions.exists(a, a.deadline_dayz < 14)'
)
EXPECTED = {"fires": "true", "silent": "false"}
CEL_ENUM = 'delivery.granting == "aplication"'

RULE_FILE = """\
schema_version: 1
section: doenvermogen
rules:
  - id: XDV-01
    question: {{nl: Korte termijn?, en: Short deadline?}}
    finding: {{nl: Korte termijn., en: Short deadline.}}
    advice: {{nl: Geef meer tijd., en: Give more time.}}
    severity: minor
    when:
      all:
        - {{field: delivery.granting, eq: {granting}}}
        - exists: delivery.citizen_actions
          where:
            all:
              - {{field: {deadline}, known: true}}
              - {{field: {deadline}, lt: 14}}
    burden: {{act: 1}}
    take_up: 0.5
    sources: [wrr-2017]
    provenance: inferred
    weights: {{provenance: inferred}}
"""
MANIFEST = """\
schema_version: 1
id: benchmark
version: 0.0.1
title: {nl: Benchmark, en: Benchmark}
extends: default
files:
  rules: [rule.yaml]
"""


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _strip_none(value: Any) -> Any:
    """Drop absent (None) fields, so that 'absent' means 'not in the mapping' for CEL."""
    if isinstance(value, dict):
        return {k: _strip_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_strip_none(v) for v in value]
    return value


def _time(fn: Callable[[], Any], n: int, repeat: int = 3) -> float:
    """Microseconds per call: the best of ``repeat`` runs of n calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, time.perf_counter() - start)
    return best / n * 1e6


TIMED = ("fires", "silent")


def _datasets() -> dict[str, dict[str, Any]]:
    """Proposal data on which the rule fires, stays silent, and lacks fields."""
    silent = load_proposal(EXAMPLE).model_dump()  # deadlines 30 and 28 days, one without
    fires = copy.deepcopy(silent)
    fires["delivery"]["citizen_actions"][2]["deadline_days"] = 10
    no_granting = copy.deepcopy(fires)
    no_granting["delivery"]["granting"] = None
    neither = copy.deepcopy(no_granting)
    neither["delivery"]["citizen_actions"] = None
    return {
        "fires": fires,
        "silent": silent,
        "granting absent": no_granting,
        "both absent": neither,
    }


def _ours_error(granting: str, deadline: str) -> str:
    """The message our loader gives for a broken rule file."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "ruleset.yaml").write_text(MANIFEST, encoding="utf-8")
        rule = RULE_FILE.format(granting=granting, deadline=deadline)
        (root / "rule.yaml").write_text(rule, encoding="utf-8")
        try:
            load_rules(root)
        except InputError as exc:
            return exc.render("en").replace(tmp, "<tmp>")
    return "(loaded without error)"


def _show(outcome: Outcome) -> str:
    if outcome.value is None:
        return f"unknown (missing: {', '.join(sorted(outcome.missing))})"
    return str(outcome.value).lower()


def run_ours(data: dict[str, dict[str, Any]], n: int) -> dict[str, float]:
    """Time our compiled condition and print what it says."""
    adapter: TypeAdapter[Any] = TypeAdapter(Condition)
    start = time.perf_counter()
    evaluate = compile_condition(adapter.validate_python(OURS), CONDITION_SCHEMA)
    compile_us = (time.perf_counter() - start) * 1e6
    print(f"\n== beleidskompas conditions (compile once: {compile_us:.0f} µs)")
    timings: dict[str, float] = {}
    for name, proposal in data.items():
        outcome = evaluate(proposal)
        timings[name] = _time(partial(evaluate, proposal), n)
        print(f"  {name:<16} {_show(outcome):<62} {timings[name]:7.2f} µs/eval")
    print("  typo'd field  →", _ours_error("application", "deadline_dayz"))
    print("  invalid enum  →", _ours_error("aplication", "deadline_days"))
    return timings


def _to_cel(celpy: Any, proposal: dict[str, Any]) -> dict[str, Any]:
    """The CEL activation for a proposal: ``delivery`` as CEL values, absent fields left out."""
    return {"delivery": celpy.json_to_cel(_strip_none(_jsonable(proposal)))["delivery"]}


def run_cel(data: dict[str, dict[str, Any]], n: int) -> dict[str, float] | None:
    """Time cel-python on the same rule and print what it says; None if not installed."""
    try:
        celpy: Any = importlib.import_module("celpy")
    except ImportError:
        print("\n== CEL: cel-python is not installed (pip install cel-python); skipped")
        return None
    logging.getLogger("celpy").setLevel(logging.CRITICAL)  # it logs every failed evaluation
    version = _version("cel-python")
    timings: dict[str, float] = {}
    # CompiledRunner first: cel-python caches one parser per process, built with the tree
    # class of the first Environment, and the transpiler needs its own tree class.
    for runner_name in ("CompiledRunner", "InterpretedRunner"):
        runner = getattr(celpy, runner_name, None)
        if runner is None:
            continue
        env = celpy.Environment(runner_class=runner)
        start = time.perf_counter()
        program = env.program(env.compile(CEL))
        compile_us = (time.perf_counter() - start) * 1e6
        print(f"\n== CEL, cel-python {version}, {runner_name} (compile once: {compile_us:.0f} µs)")
        for name, proposal in data.items():
            activation = _to_cel(celpy, proposal)
            result = _cel_eval(program, activation)
            if name not in TIMED:
                print(f"  {name:<16} {result}")
            elif result != EXPECTED[name]:
                print(f"  {name:<16} {result:<62} wrong answer, not timed")
            else:
                key = f"{runner_name}:{name}"
                timings[key] = _time(partial(_cel_eval, program, activation), n, repeat=1)
                print(f"  {name:<16} {result:<62} {timings[key]:7.2f} µs/eval")
    convert = _time(partial(_to_cel, celpy, data["silent"]), max(1, n // 10))
    print(f"  (converting the proposal to CEL values, once per proposal: {convert:.0f} µs)")
    env = celpy.Environment()
    empty = {"delivery": celpy.json_to_cel({"granting": "application", "citizen_actions": []})}
    for label, text in (("with has()", CEL_TYPO), ("without has()", CEL_TYPO_UNGUARDED)):
        typo = env.program(env.compile(text))
        print(f"  typo'd field {label} → compiles without complaint; evaluates to:")
        for name in TIMED:
            print(f"      on '{name}': {_cel_eval(typo, _to_cel(celpy, data[name]))}")
        print(f"      with no citizen actions: {_cel_eval(typo, empty)}")
    enum = _cel_eval(env.program(env.compile(CEL_ENUM)), _to_cel(celpy, data["fires"]))
    print(f"  invalid enum  → compiles without complaint; evaluates to {enum}")
    return timings


def _cel_eval(program: Any, activation: dict[str, Any]) -> str:
    try:
        value = program.evaluate(activation)
    except Exception as exc:  # CELEvalError: absent member, no such overload, ...
        members = re.findall(r"no such member in mapping: \\*'(\w+)", repr(exc))
        if members:  # the nested error names (only) the first member it missed
            return f"error: no such member '{members[0]}'"
        text = str(exc.args[0]) if exc.args else str(exc)
        return f"error: {textwrap.shorten(text, 60)}"
    return str(bool(value)).lower() if isinstance(value, int) else repr(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def main() -> None:
    """Run the comparison and print a report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="evaluations per case")
    args = parser.parse_args()
    print("Rule: granting is application and some citizen action has a deadline under 14 days")
    print(
        f"Machine: {_cpu()}, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}; {dt.date.today().isoformat()}; "
        f"n = {args.n:,} evaluations per case (ours: best of 3 runs; CEL: one run)"
    )
    data = _datasets()
    ours = run_ours(data, args.n)
    cel = run_cel(data, args.n)
    if cel:
        print("\n== Ratio CEL / ours (time per evaluation)")
        for runner in ("CompiledRunner", "InterpretedRunner"):
            ratios = [
                f"{name} {cel[f'{runner}:{name}'] / ours[name]:.0f}×"
                for name in TIMED
                if f"{runner}:{name}" in cel
            ]
            if ratios:
                print(f"  {runner}: {', '.join(ratios)}")


if __name__ == "__main__":
    main()
