"""The command line: parse arguments, call the library, render, set the exit code.

Exit codes: 0 done; 1 a gate the user asked for failed (``--fail-on``, ``--fail-under``,
a failing ``test``); 2 invalid input or usage, or a problem of the environment (disk
full, no permission, a closed pipe); 3 internal error (a short message; the traceback only
with ``--debug``, which may stand anywhere on the command line).
"""

import os

# The command line uses no pydantic plugins; skipping their discovery (a scan of every
# installed package's entry points) saves ~10 ms per command. Set before pydantic loads.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import contextlib
import sys
import traceback
from typing import Annotated, NoReturn

import typer

from beleidskompas import _version
from beleidskompas.cli import (
    advise,
    assess,
    compare,
    files,
    monitor,
    portfolio,
    rules,
    sensitivity,
    society,
    sweep,
    tests,
    validate,
)
from beleidskompas.cli.app import app as app
from beleidskompas.cli.common import ReaderGoneError
from beleidskompas.errors import GateFailedError, InputError
from beleidskompas.i18n import Lang
from beleidskompas.i18n.catalogue import cli as C
from beleidskompas.i18n.catalogue import errors as E

EXIT_GATE = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

COMMANDS = (
    advise,
    assess,
    compare,
    files,
    monitor,
    portfolio,
    rules,
    sensitivity,
    society,
    tests,
    validate,
    sweep,
)
"""The command modules (importing them adds their commands to ``app``)."""


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True)
    ] = False,
) -> None:
    if version:
        typer.echo(f"beleidskompas {_version.__version__}")
        raise typer.Exit(0)


def _lang_from_argv(argv: list[str]) -> Lang:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] == "en":
            return "en"
        if arg == "--lang=en":
            return "en"
    return "en" if os.environ.get("BELEIDSKOMPAS_LANG") == "en" else "nl"


def _fail(message: str, code: int) -> NoReturn:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stdout.flush()
    text = message.rstrip("\n") + "\n"
    if sys.stderr is None:
        raise SystemExit(code)
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except UnicodeEncodeError:  # a terminal that cannot show it: escape what it cannot
        encoding = getattr(sys.stderr, "encoding", None) or "ascii"
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.buffer.write(text.encode(encoding, "backslashreplace"))
            sys.stderr.flush()
    except (OSError, ValueError):
        pass
    raise SystemExit(code)


def _environment_error(exc: OSError, lang: Lang) -> str:
    name = exc.filename if exc.filename is not None else "<stdout>"
    reason = exc.strerror or str(exc)
    return InputError.single(str(name), E.CANNOT_WRITE.text(reason=reason)).render(lang)


def main(argv: list[str] | None = None) -> None:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); exits via SystemExit."""
    usage_error = _click_class("UsageError")
    exits = (typer.Exit, _click_class("Exit"))
    aborts = (typer.Abort, _click_class("Abort"), KeyboardInterrupt)
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    args = [a for a in args if a != "--debug"]
    lang = _lang_from_argv(args)
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="beleidskompas", standalone_mode=False)
    except InputError as exc:
        _fail(exc.render(lang), EXIT_INPUT)
    except GateFailedError as exc:
        _fail(exc.render(lang), EXIT_GATE)
    except usage_error as exc:
        from beleidskompas.cli.usage import render_usage_error

        _fail(render_usage_error(exc, lang), EXIT_INPUT)
    except exits as exc:
        raise SystemExit(getattr(exc, "exit_code", 0)) from None
    except aborts:
        _fail(C.ABORTED.get(lang), EXIT_INTERRUPTED)
    except (BrokenPipeError, ReaderGoneError):
        _quiet_exit(EXIT_INPUT)
    except OSError as exc:
        _fail(_environment_error(exc, lang), EXIT_INPUT)
    except Exception as exc:
        if debug:
            traceback.print_exc()
        _fail(C.INTERNAL_ERROR.get(lang, error=f"{type(exc).__name__}: {exc}"), EXIT_INTERNAL)
    if isinstance(result, int) and result:
        raise SystemExit(result)


def _click_class(name: str) -> type[BaseException]:
    """A Click exception class as Typer uses it (Typer may bundle its own Click)."""
    module = sys.modules[typer.BadParameter.__module__]
    found: type[BaseException] = getattr(module, name, getattr(typer, name, Exception))
    return found


def _quiet_exit(code: int) -> NoReturn:
    """A reader closed the pipe: stop quietly, as command-line tools do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise SystemExit(code)


def entry() -> None:
    """The ``beleidskompas`` console script: :func:`main`, tuned for a short-lived process.

    The garbage collector is switched off (a command creates little cyclic garbage and
    lives for a fraction of a second), and the process ends with ``os._exit`` after
    flushing its output, skipping interpreter finalisation (docs/performance.md). Files are
    already closed by then: output files are written atomically and fsync'ed before
    :func:`main` returns.
    """
    import gc

    gc.disable()
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        stop_workers()
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None:
                    stream.flush()
            except BrokenPipeError:
                code = code or EXIT_INPUT
            except (OSError, ValueError):  # a closed stream: nothing more can be shown
                pass
    os._exit(code)


def stop_workers() -> None:
    """Shut down joblib's worker processes if a command started them (``--jobs``): the
    console script leaves with ``os._exit``, which would skip loky's clean-up and leave it
    warning about leaked semaphores and folders."""
    loky = sys.modules.get("joblib.externals.loky")
    if loky is not None:
        import atexit

        loky.get_reusable_executor().shutdown(wait=True)
        atexit._run_exitfuncs()  # joblib removes its temporary folders at exit
