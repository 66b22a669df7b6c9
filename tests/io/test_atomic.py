"""Atomic output (io/atomic.py): no overwrite without force, never over an input, no debris."""

from __future__ import annotations

import os
import shutil
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from beleidskompas.errors import InputError
from beleidskompas.io.atomic import write_atomic

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "automatisch-kindbudget.yaml"


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_text_and_bytes(tmp_path: Path) -> None:
    target = write_atomic(tmp_path / "rapport.txt", "één\n")
    assert target == tmp_path / "rapport.txt"
    assert target.read_bytes() == "één\n".encode()
    write_atomic(tmp_path / "plaatje.png", b"\x89PNG\x00\xff")
    assert (tmp_path / "plaatje.png").read_bytes() == b"\x89PNG\x00\xff"
    assert listing(tmp_path) == ["plaatje.png", "rapport.txt"]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "rapport.txt"
    target.write_text("oud")
    with pytest.raises(InputError) as info:
        write_atomic(target, "nieuw")
    assert info.value.file == str(target)
    assert "--force" in info.value.render()
    assert target.read_text() == "oud"
    assert listing(tmp_path) == ["rapport.txt"]


def test_force_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "rapport.txt"
    target.write_text("oud")
    write_atomic(target, "nieuw", force=True)
    assert target.read_text() == "nieuw"
    assert listing(tmp_path) == ["rapport.txt"]


def test_never_writes_to_an_input_even_with_force(tmp_path: Path) -> None:
    source = tmp_path / "voorstel.yaml"
    source.write_text("id: a\n")
    with pytest.raises(InputError) as info:
        write_atomic(source, "rapport", force=True, inputs=[source])
    assert "invoerbestand" in info.value.render()
    assert source.read_text() == "id: a\n"


def test_input_named_by_another_relative_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    source = tmp_path / "sub" / "voorstel.yaml"
    source.write_text("id: a\n")
    monkeypatch.chdir(tmp_path / "sub")
    for target in [
        "../sub/voorstel.yaml",
        "./voorstel.yaml",
        str(source),
        "../sub/./voorstel.yaml",
    ]:
        with pytest.raises(InputError):
            write_atomic(target, "rapport", force=True, inputs=["voorstel.yaml"])
    assert source.read_text() == "id: a\n"
    assert listing(tmp_path / "sub") == ["voorstel.yaml"]


def test_input_reached_through_a_symlink(tmp_path: Path) -> None:
    source = tmp_path / "voorstel.yaml"
    source.write_text("id: a\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(source)
    with pytest.raises(InputError):
        write_atomic(link, "rapport", force=True, inputs=[source])
    with pytest.raises(InputError):
        write_atomic(source, "rapport", force=True, inputs=[link])
    assert source.read_text() == "id: a\n"


def test_input_reached_through_a_hard_link(tmp_path: Path) -> None:
    source = tmp_path / "voorstel.yaml"
    source.write_text("id: a\n")
    hard = tmp_path / "hard.yaml"
    os.link(source, hard)
    with pytest.raises(InputError):
        write_atomic(hard, "rapport", force=True, inputs=[source])
    assert source.read_text() == "id: a\n"


def test_original_intact_and_no_temp_file_when_replace_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rapport.txt"
    target.write_text("oud")

    def broken_replace(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    # the user's environment, not a bug: an input error (exit 2) naming file and reason
    with pytest.raises(InputError, match="No space left"):
        write_atomic(target, "nieuw" * 1000, force=True)
    assert target.read_text() == "oud"
    assert listing(tmp_path) == ["rapport.txt"]


def test_no_temp_file_when_the_write_itself_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(InputError, match="Input/output error"):
        write_atomic(tmp_path / "nieuw.txt", "inhoud")
    assert listing(tmp_path) == []


def test_no_temp_file_left_after_success(tmp_path: Path) -> None:
    for i in range(5):
        write_atomic(tmp_path / "rapport.txt", f"versie {i}", force=True)
    assert listing(tmp_path) == ["rapport.txt"]
    assert (tmp_path / "rapport.txt").read_text() == "versie 4"


def test_missing_folder_and_folder_target(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        write_atomic(tmp_path / "nope" / "rapport.txt", "x")
    assert "map bestaat niet" in info.value.render()
    (tmp_path / "map").mkdir()
    with pytest.raises(InputError) as info:
        write_atomic(tmp_path / "map", "x", force=True)
    assert "is een map" in info.value.render()


def test_relative_target_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_atomic("rapport.txt", "x")
    assert (tmp_path / "rapport.txt").read_text() == "x"
    assert listing(tmp_path) == ["rapport.txt"]


# --------------------------------------------------------------------------- through the CLI


@pytest.fixture
def proposal(tmp_path: Path) -> Path:
    path = tmp_path / "voorstel.yaml"
    shutil.copyfile(EXAMPLE, path)
    return path


def test_cli_output_refuses_to_overwrite_without_force(
    tmp_path: Path, proposal: Path, cli: Callable[..., Any]
) -> None:
    out = tmp_path / "rapport.json"
    first = cli("assess", proposal, "--format", "json", "-o", out)
    assert first.code == 0, first.stderr
    assert first.stdout == ""
    written = out.read_bytes()
    second = cli("assess", proposal, "--format", "json", "-o", out)
    assert second.code == 2
    assert str(out) in second.stderr
    assert "--force" in second.stderr
    assert out.read_bytes() == written
    third = cli("assess", proposal, "--format", "json", "-o", out, "--force")
    assert third.code == 0
    assert out.read_bytes() == written  # deterministic output
    assert listing(tmp_path) == ["rapport.json", "voorstel.yaml"]


@pytest.mark.parametrize("how", ["same", "dotted", "relative"])
def test_cli_never_overwrites_the_input(
    tmp_path: Path,
    proposal: Path,
    cli: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    before = proposal.read_bytes()
    monkeypatch.chdir(tmp_path)
    target = {
        "same": str(proposal),
        "dotted": f"./{proposal.name}",
        "relative": f"../{tmp_path.name}/{proposal.name}",
    }[how]
    result = cli("assess", proposal.name, "--format", "json", "-o", target, "--force")
    assert result.code == 2
    assert "Traceback" not in result.stderr
    assert proposal.read_bytes() == before
    assert listing(tmp_path) == ["voorstel.yaml"]


def test_cli_init_refuses_to_overwrite(tmp_path: Path, cli: Callable[..., Any]) -> None:
    target = tmp_path / "nieuw.yaml"
    target.write_text("mijn werk\n")
    result = cli("init", target)
    assert result.code == 2
    assert target.read_text() == "mijn werk\n"
    assert listing(tmp_path) == ["nieuw.yaml"]


# ----------------------------------------------------------------- only regular files


def test_a_symlink_is_never_replaced_not_even_a_dangling_one(tmp_path: Path) -> None:
    dangling = tmp_path / "weg.txt"
    dangling.symlink_to(tmp_path / "nergens")
    for force in (False, True):
        with pytest.raises(InputError, match=r"symbolische koppeling|symbolic link") as info:
            write_atomic(dangling, "x", force=force)
        assert "--force" not in info.value.render()
    assert dangling.is_symlink() and not (tmp_path / "nergens").exists()
    real = tmp_path / "echt.txt"
    real.write_text("echt")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(InputError):
        write_atomic(link, "nieuw", force=True)
    assert real.read_text() == "echt"


def test_a_fifo_or_device_is_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        write_atomic(fifo, "x", force=True)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    with pytest.raises(InputError, match=r"apparaat|device"):
        write_atomic("/dev/null", "x", force=True)


def test_concurrent_writers_without_force_cannot_both_succeed(tmp_path: Path) -> None:
    target = tmp_path / "rapport.txt"
    results: list[str] = []
    barrier = threading.Barrier(8)

    def writer(n: int) -> None:
        barrier.wait()
        try:
            write_atomic(target, f"schrijver {n}")
            results.append("ok")
        except InputError:
            results.append("refused")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count("ok") == 1
    assert results.count("refused") == 7
    assert target.read_text().startswith("schrijver ")
    assert listing(tmp_path) == ["rapport.txt"]


def test_cli_output_never_replaces_a_rule_file_or_the_class_file(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    rules = tmp_path / "regels"
    shutil.copytree(REPO / "rules", rules)
    scoring = rules / "scoring.yaml"
    before = scoring.read_bytes()
    result = cli("assess", EXAMPLE, "--rules", rules, "-o", scoring, "--force")
    assert result.code == 2 and "invoerbestand" in result.stderr
    assert scoring.read_bytes() == before
    classes = tmp_path / "klassen.yaml"
    shutil.copy(REPO / "rules" / "society" / "classes-scp-2014.yaml", classes)
    before = classes.read_bytes()
    result = cli("assess", EXAMPLE, "--classes", classes, "-o", classes, "--force")
    assert result.code == 2
    assert classes.read_bytes() == before
    # the plot and the report cannot be the same file either
    out = tmp_path / "uit.svg"
    result = cli("assess", EXAMPLE, "--plot", out, "-o", out)
    assert result.code == 2
