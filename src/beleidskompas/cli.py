"""The command line: parse arguments, call the library, render, set the exit code.

Exit codes: 0 done; 1 a gate the user asked for failed (``--fail-on``, ``--fail-under``);
2 invalid input or usage (one message naming file, field path and line:column; no
traceback); 3 internal error (a short message; the traceback only with ``--debug``).
"""

import os

# The command line uses no pydantic plugins; skipping their discovery (a scan of every
# installed package's entry points) saves ~10 ms per command. Set before pydantic loads.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import sys
import traceback
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from beleidskompas._version import __version__
from beleidskompas.errors import InputError
from beleidskompas.model.base import Lang

EXIT_GATE = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3


class LangChoice(StrEnum):
    """Report language."""

    nl = "nl"
    en = "en"


class ReportFormat(StrEnum):
    """Output format of a report."""

    table = "table"
    markdown = "markdown"
    html = "html"
    json = "json"
    csv = "csv"


class ClassFormat(StrEnum):
    """Output format of the class table."""

    table = "table"
    markdown = "markdown"
    json = "json"
    csv = "csv"


class GraphFormatChoice(StrEnum):
    """Output format of the capital graph."""

    dot = "dot"
    mermaid = "mermaid"
    json = "json"
    graphml = "graphml"
    png = "png"
    svg = "svg"


class Severity(StrEnum):
    """Finding severity for ``--fail-on``."""

    minor = "minor"
    major = "major"
    blocker = "blocker"


def _examples(*commands: str) -> str:
    """An epilog listing example commands (kept unwrapped)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {c}" for c in commands)


class GateFailedError(Exception):
    """A gate the user asked for failed (exit code 1); the message in Dutch and English."""

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(en)
        self.nl = nl
        self.en = en

    def render(self, lang: Lang) -> str:
        """The message in ``lang``."""
        return self.nl if lang == "nl" else self.en


app = typer.Typer(
    name="beleidskompas",
    help=(
        "Judge a proposed Dutch policy measure the Beleidskompas way: doenvermogen, "
        "uitvoerbaarheid and the impact on the SCP social classes. Reports are Dutch by "
        "default; use --lang en for English."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
rules_app = typer.Typer(
    help="Inspect the rule set: list the rules or show one.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(rules_app, name="rules")

LangOpt = Annotated[LangChoice, typer.Option("--lang", help="Report language: nl or en.")]
RulesOpt = Annotated[
    Path | None,
    typer.Option(
        "--rules", help="Rule-set folder (default: the bundled rule set).", show_default=False
    ),
]
ClassesOpt = Annotated[
    Path | None,
    typer.Option(
        "--classes",
        help="Class-model file replacing the rule set's classes, e.g. "
        "rules/society/classes-scp-2014.yaml.",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (atomically) instead of standard output.",
        show_default=False,
    ),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite an existing --output file.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]


def _lang(value: LangChoice) -> Lang:
    return "en" if value == LangChoice.en else "nl"


def _ruleset(rules: Path | None, classes: Path | None) -> Any:
    from beleidskompas.rules.cache import default_ruleset
    from beleidskompas.rules.loader import load_rules

    if rules is None and classes is None:
        return default_ruleset()
    return load_rules(rules, classes=classes)


def _emit(text: str | bytes, output: Path | None, force: bool, inputs: list[Path]) -> None:
    if output is None:
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
        else:
            sys.stdout.write(text)
        sys.stdout.flush()
        return
    from beleidskompas.io.atomic import write_atomic

    write_atomic(output, text, force=force, inputs=inputs)


@app.command(
    epilog=_examples(
        "beleidskompas assess examples/automatisch-kindbudget.yaml",
        "beleidskompas assess voorstel.yaml --format html -o rapport.html",
        "beleidskompas assess voorstel.yaml --lang en --explain",
        "beleidskompas assess voorstel.yaml --format json --fail-on major --fail-under 60",
    )
)
def assess(
    file: Annotated[Path, typer.Argument(help="Proposal file (YAML or JSON).", show_default=False)],
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ReportFormat.table,
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Add the trace: how every figure was computed.")
    ] = False,
    epsilon: Annotated[
        float,
        typer.Option(
            "--epsilon", min=0.0, max=10.0, help="Inequality aversion ε of the Atkinson index."
        ),
    ] = 1.0,
    fail_on: Annotated[
        Severity | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a finding of this severity or worse exists.",
            show_default=False,
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            min=0.0,
            max=100.0,
            help="Exit 1 when the doenbaarheid or uitvoerbaarheid score is below this.",
            show_default=False,
        ),
    ] = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot",
            help="Also write a chart of the class impact (.png or .svg; needs the plot extra).",
            show_default=False,
        ),
    ] = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Assess one proposal: doenvermogen, uitvoerbaarheid and class impact."""
    from beleidskompas.api import read_proposal
    from beleidskompas.pipeline import assess as run
    from beleidskompas.report import render
    from beleidskompas.rules.crossref import check_proposal

    language = _lang(lang)
    ruleset = _ruleset(rules, classes)
    proposal, doc = read_proposal(file)
    check_proposal(proposal, ruleset, doc)
    result = run(proposal, ruleset, lang=language, epsilon=epsilon, trace=explain)
    if plot is not None:
        kind = plot.suffix.lower().lstrip(".")
        if kind not in ("png", "svg"):
            raise InputError.single(plot, "gebruik .png of .svg", "use .png or .svg")
        from beleidskompas.report.plots import class_impact_picture

        _emit(class_impact_picture(result, kind), plot, force, [file])  # type: ignore[arg-type]
    _emit(render(result, fmt.value, explain=explain), output, force, [file])
    _gates(result, fail_on, fail_under)


def _gates(result: Any, fail_on: Severity | None, fail_under: float | None) -> None:
    order = ["minor", "major", "blocker"]
    if fail_on is not None:
        worst = [f.severity for f in result.findings() if f.severity in order]
        if any(order.index(s) >= order.index(fail_on.value) for s in worst):
            raise GateFailedError(
                f"--fail-on {fail_on.value}: er zijn bevindingen van deze ernst of erger",
                f"--fail-on {fail_on.value}: findings of that severity or worse",
            )
    if fail_under is not None:
        for name in ("doenvermogen", "uitvoerbaarheid"):
            section = getattr(result, name)
            if section is not None and section.score < fail_under:
                raise GateFailedError(
                    f"--fail-under {fail_under:g}: score {name} is {section.score:.1f}",
                    f"--fail-under {fail_under:g}: {name} score {section.score:.1f}",
                )


@app.command(
    epilog=_examples(
        "beleidskompas validate examples/*.yaml",
        "beleidskompas validate voorstel.json --classes rules/society/classes-scp-2014.yaml",
    )
)
def validate(
    files: Annotated[list[Path], typer.Argument(help="Proposal files.", show_default=False)],
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Check proposal files against the schema and the rule set (exit 2 if any is invalid)."""
    from beleidskompas.api import read_proposal
    from beleidskompas.rules.crossref import check_proposal

    ruleset = _ruleset(rules, classes)
    problems: list[InputError] = []
    for file in files:
        try:
            proposal, doc = read_proposal(file)
            check_proposal(proposal, ruleset, doc)
        except InputError as exc:
            problems.append(exc)
            continue
        typer.echo(f"{file}: OK")
    if problems:
        raise _MultiError(problems)


class _MultiError(InputError):
    """Errors in several files, printed file by file."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__(errors[0].file, [p for e in errors for p in e.problems])

    def render(self, lang: Lang = "nl", limit: int = 10) -> str:
        """Every file's problems."""
        return "\n".join(e.render(lang, limit) for e in self.errors)


@app.command(
    epilog=_examples(
        "beleidskompas schema > proposal.schema.json",
        "beleidskompas schema --rules > rules.schema.json",
    )
)
def schema(
    rules: Annotated[
        bool, typer.Option("--rules", help="Print the JSON Schema of the rule files instead.")
    ] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Print the JSON Schema of the proposal file (or of the rule files)."""
    from beleidskompas.report.jsonout import dumps
    from beleidskompas.schemas import proposal_schema, rules_schema

    _emit(dumps(rules_schema() if rules else proposal_schema()), output, force, [])


@app.command(
    epilog=_examples(
        "beleidskompas init voorstel.yaml",
        "beleidskompas init proposal.yaml --lang en",
    )
)
def init(
    file: Annotated[Path, typer.Argument(help="The file to create.", show_default=False)],
    lang: LangOpt = LangChoice.nl,
    force: ForceOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Write a commented template proposal that teaches the file format."""
    from beleidskompas.io.atomic import write_atomic
    from beleidskompas.templates import proposal_template

    write_atomic(file, proposal_template(file.name, _lang(lang)), force=force)
    typer.echo(
        f"{file}: aangemaakt; pas het aan en draai `beleidskompas validate {file}`"
        if lang == LangChoice.nl
        else f"{file}: created; edit it, then run `beleidskompas validate {file}`"
    )


@app.command(
    epilog=_examples(
        "beleidskompas classes",
        "beleidskompas classes --format json",
        "beleidskompas classes --classes rules/society/classes-scp-2014.yaml",
    )
)
def classes(
    fmt: Annotated[
        ClassFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ClassFormat.table,
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show the class model: shares, positions, deficits, accumulated deficit, stapeling."""
    from beleidskompas.report.classes import render_class_table
    from beleidskompas.society import class_table

    language = _lang(lang)
    table = class_table(_ruleset(rules, classes), language)
    _emit(render_class_table(table, fmt.value, language), output, force, [])


@app.command(
    epilog=_examples(
        "beleidskompas graph --format mermaid",
        "beleidskompas graph --format png -o graaf.png   (needs the plot extra)",
    )
)
def graph(
    fmt: Annotated[
        GraphFormatChoice, typer.Option("--format", "-f", help="Output format.")
    ] = GraphFormatChoice.mermaid,
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show the capital graph: its dependencies, weights and sources."""
    from beleidskompas.report.graphfmt import graph_picture, render_graph

    ruleset = _ruleset(rules, None)
    language = _lang(lang)
    if fmt in (GraphFormatChoice.png, GraphFormatChoice.svg):
        if output is None and sys.stdout.isatty():
            raise InputError.single(
                "--output",
                "geef een bestand met --output voor een afbeelding",
                "give a file with --output for a picture",
            )
        _emit(graph_picture(ruleset.graph, fmt.value, language), output, force, [])  # type: ignore[arg-type]
        return
    _emit(render_graph(ruleset.graph, fmt.value, language), output, force, [])  # type: ignore[arg-type]


@rules_app.command(
    "list",
    epilog=_examples(
        "beleidskompas rules list --format markdown",
    ),
)
def rules_list(
    fmt: Annotated[
        ClassFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ClassFormat.table,
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List every rule: id, severity, question."""
    from beleidskompas.report.ruleinfo import render_rule_list

    _emit(render_rule_list(_ruleset(rules, None), fmt.value, _lang(lang)), None, False, [])


@rules_app.command(
    "show",
    epilog=_examples(
        "beleidskompas rules show DV-12 --lang en",
    ),
)
def rules_show(
    rule_id: Annotated[str, typer.Argument(help="Rule id, e.g. DV-12.", show_default=False)],
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show one rule: question, finding, advice, condition, weights and sources."""
    from beleidskompas.report.ruleinfo import render_rule

    ruleset = _ruleset(rules, None)
    try:
        compiled = ruleset.rule(rule_id.upper())
    except KeyError:
        raise InputError.single(
            rule_id,
            "onbekende regel; zie `beleidskompas rules list`",
            "unknown rule; see `beleidskompas rules list`",
        ) from None
    _emit(render_rule(ruleset, compiled, _lang(lang)), None, False, [])


class Method(StrEnum):
    """Aggregation method of ``compare``."""

    weighted_sum = "weighted_sum"
    topsis = "topsis"


def _load_all(paths: list[Path], ruleset: Any) -> list[Any]:
    from beleidskompas.api import read_proposal
    from beleidskompas.rules.crossref import check_proposal

    proposals = []
    for path in paths:
        proposal, doc = read_proposal(path)
        check_proposal(proposal, ruleset, doc)
        proposals.append(proposal)
    return proposals


@app.command(
    epilog=_examples(
        "beleidskompas compare examples/options/*.yaml",
        "beleidskompas compare a.yaml b.yaml --weights doenvermogen=2,uitvoerbaarheid=1,impact=1",
        "beleidskompas compare a.yaml b.yaml --method topsis --format html -o vergelijking.html",
    )
)
def compare(
    files: Annotated[
        list[Path], typer.Argument(help="Proposal files, one per option.", show_default=False)
    ],
    weights: Annotated[
        str | None,
        typer.Option(
            "--weights",
            help="Weights per group (doenvermogen, uitvoerbaarheid, impact) or criterion, "
            "e.g. doenvermogen=2,impact=1; groups not named weigh 1.",
            show_default=False,
        ),
    ] = None,
    method: Annotated[Method, typer.Option("--method", help="Aggregation.")] = Method.weighted_sum,
    draws: Annotated[
        int,
        typer.Option("--draws", min=0, max=100000, help="Weight draws for the robustness figure."),
    ] = 1000,
    seed: Annotated[
        int, typer.Option("--seed", min=0, help="Seed of the weight draws.")
    ] = 20230307,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ReportFormat.table,
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Compare policy options side by side, with the nuloptie and a robustness check."""
    from beleidskompas.compare import compare_assessments, parse_weights
    from beleidskompas.pipeline import assess as run
    from beleidskompas.report.comparison import render_comparison

    try:
        parsed = parse_weights(weights)
    except ValueError as exc:
        raise InputError.single("--weights", f"ongeldig: {exc}", f"invalid: {exc}") from None
    language = _lang(lang)
    ruleset = _ruleset(rules, classes)
    proposals = _load_all(files, ruleset)
    ids = [p.id for p in proposals]
    if len(set(ids)) != len(ids):
        raise InputError.single(
            files[0], "opties moeten verschillende ids hebben", "options must have different ids"
        )
    results = [run(p, ruleset, lang=language, intervals=False, trace=False) for p in proposals]
    comparison = compare_assessments(
        results, weights=parsed, method=method.value, draws=draws, seed=seed, lang=language
    )
    _emit(render_comparison(comparison, fmt.value), output, force, list(files))


@app.command(
    epilog=_examples(
        "beleidskompas portfolio examples/catalogue",
        "beleidskompas portfolio examples/catalogue --format html -o pakket.html",
        "beleidskompas portfolio a.yaml b.yaml c.yaml --format json",
    )
)
def portfolio(
    paths: Annotated[
        list[Path], typer.Argument(help="Proposal files or folders of them.", show_default=False)
    ],
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ReportFormat.table,
    lang: LangOpt = LangChoice.nl,
    rules: RulesOpt = None,
    classes: ClassesOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Assess measures together: coverage of capitals x classes, stapeling of burdens."""
    from beleidskompas.portfolio import assess_portfolio
    from beleidskompas.report.portfolio import render_portfolio

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.suffix.lower() in (".yaml", ".yml", ".json")
            )
            if not found:
                raise InputError.single(
                    path, "map bevat geen voorstellen", "folder holds no proposals"
                )
            files += found
        else:
            files.append(path)
    language = _lang(lang)
    ruleset = _ruleset(rules, classes)
    proposals = _load_all(files, ruleset)
    ids = [p.id for p in proposals]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InputError.single(
            files[0],
            f"dubbele ids: {', '.join(duplicates)}",
            f"duplicate ids: {', '.join(duplicates)}",
        )
    show = len(proposals) >= 20 and sys.stderr.isatty()
    label = "beoordelen" if language == "nl" else "assessing"
    with typer.progressbar(
        length=len(proposals), label=label, file=sys.stderr, hidden=not show
    ) as bar:
        result = assess_portfolio(proposals, ruleset, lang=language, progress=bar.update)
    _emit(render_portfolio(result, fmt.value), output, force, files)


@app.command(
    "test",
    epilog=_examples(
        "beleidskompas test rules",
        "beleidskompas test mijn-regels/tests --update",
    ),
)
def run_tests(
    directory: Annotated[
        Path,
        typer.Argument(help="A rule set (its tests/ folder is used) or a folder of test files."),
    ] = Path("rules"),
    update: Annotated[
        bool, typer.Option("--update", help="Rewrite expected figures with the actual values.")
    ] = False,
    rules: RulesOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every case.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Run the YAML rule test cases of a rule set (like `openfisca test`)."""
    from beleidskompas.testing.ruletests import run_rule_tests, update_figures

    ruleset = _ruleset(rules, None) if rules is not None else None
    report = run_rule_tests(directory, ruleset)
    for result in report.results:
        if verbose or not result.passed:
            status = "PASSED" if result.passed else "FAILED"
            typer.echo(f"{result.nodeid} {status}")
            for failure in result.failures:
                typer.echo(f"    {failure}")
    if update:
        for path, diff in update_figures(report).items():
            typer.echo(diff or f"{path}: nothing to update")
        report = run_rule_tests(directory, ruleset)
    typer.echo(f"{'=' * 20} {report.summary()} {'=' * 20}")
    if report.failed:
        raise GateFailedError(
            f"{report.failed} regeltest(en) mislukt", f"{report.failed} rule test case(s) failed"
        )


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True)
    ] = False,
    debug: DebugOpt = False,
) -> None:
    if version:
        typer.echo(f"beleidskompas {__version__}")
        raise typer.Exit(0)


def _lang_from_argv(argv: list[str]) -> Lang:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] == "en":
            return "en"
        if arg == "--lang=en":
            return "en"
    return "en" if os.environ.get("BELEIDSKOMPAS_LANG") == "en" else "nl"


def _fail(message: str, code: int) -> NoReturn:
    sys.stdout.flush()
    sys.stderr.write(message.rstrip("\n") + "\n")
    sys.stderr.flush()
    raise SystemExit(code)


def main(argv: list[str] | None = None) -> None:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); exits via SystemExit."""
    click_exception: type[Exception] = next(
        c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
    )
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    lang = _lang_from_argv(args)
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="beleidskompas", standalone_mode=False)
    except InputError as exc:
        _fail(exc.render(lang), EXIT_INPUT)
    except GateFailedError as exc:
        _fail(exc.render(lang), EXIT_GATE)
    except click_exception as exc:
        exc.show()  # type: ignore[attr-defined]
        raise SystemExit(EXIT_INPUT) from None
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except (typer.Abort, KeyboardInterrupt):
        _fail("afgebroken" if lang == "nl" else "aborted", 130)
    except BrokenPipeError:
        sys.stderr.close()
        raise SystemExit(0) from None
    except Exception as exc:
        if debug:
            traceback.print_exc()
        _fail(
            (
                f"interne fout: {type(exc).__name__}: {exc}\n"
                "Dit is een fout in beleidskompas; meld hem graag met het commando en het "
                "invoerbestand (draai opnieuw met --debug voor de details)."
                if lang == "nl"
                else f"internal error: {type(exc).__name__}: {exc}\n"
                "This is a bug in beleidskompas; please report it with the command and the "
                "input file (run again with --debug for details)."
            ),
            EXIT_INTERNAL,
        )
    if isinstance(result, int) and result:
        raise SystemExit(result)


def entry() -> None:
    """The ``beleidskompas`` console script: :func:`main`, tuned for a short-lived process.

    The garbage collector is switched off (a command creates little cyclic garbage and
    lives for a fraction of a second), and the process ends with ``os._exit`` after
    flushing its output, skipping interpreter finalisation. Together that saves ~70 ms of
    a ~270 ms run (docs/performance.md). Files are already closed by then: output files are
    written atomically and fsync'ed before :func:`main` returns.
    """
    import gc

    gc.disable()
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be shown
            pass
    os._exit(code)
