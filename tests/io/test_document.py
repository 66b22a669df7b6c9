"""Safe YAML/JSON loading (io/document.py): positions, hostile input, limits, encodings.

Every expected line and column below is counted by hand in the inline text.
"""

from __future__ import annotations

import inspect
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from beleidskompas.errors import InputError, Problem
from beleidskompas.i18n import Lang
from beleidskompas.io import document
from beleidskompas.io.document import (
    DEFAULT_MAX_BYTES,
    MAX_DEPTH,
    load_document,
    max_bytes,
    read_text,
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8) to ``tmp_path / name``."""
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def fail(path: Path) -> InputError:
    """Load ``path``; it must fail with exactly one InputError problem."""
    with pytest.raises(InputError) as info:
        load_document(path)
    assert info.value.file == str(path)
    assert len(info.value.problems) == 1, info.value.render()
    return info.value


def only(exc: InputError) -> Problem:
    return exc.problems[0]


def msg(exc: InputError, lang: Lang = "nl") -> str:
    """The messages without the file name (tmp_path names contain test names)."""
    return "\n".join(p.message.get(lang) for p in exc.problems)


# --------------------------------------------------------------------------- positions

NESTED_YAML = """\
id: a
delivery:
  granting: application
  help: {personal: true, non_digital: false}
  citizen_actions:
    - description: Aanvragen
      documents: 2
    - repeats: yearly
"""


def test_yaml_positions_of_values_and_keys(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "p.yaml", NESTED_YAML))
    assert doc.data["delivery"]["citizen_actions"][1] == {"repeats": "yearly"}
    # values: 'a' at 1:5; 'application' at 3:13; 'false' at 4:39
    assert doc.positions[("id",)] == (1, 5)
    assert doc.positions[("delivery", "granting")] == (3, 13)
    assert doc.positions[("delivery", "help", "non_digital")] == (4, 39)
    # list items: the first item's mapping starts at 6:7, its 'documents' value at 7:18
    assert doc.positions[("delivery", "citizen_actions", 0)] == (6, 7)
    assert doc.positions[("delivery", "citizen_actions", 0, "documents")] == (7, 18)
    assert doc.positions[("delivery", "citizen_actions", 1, "repeats")] == (8, 16)
    # keys
    assert doc.key_positions[("delivery", "granting")] == (3, 3)
    assert doc.key_positions[("delivery", "help", "non_digital")] == (4, 26)
    # a path that does not exist falls back to its nearest ancestor
    assert doc.position(("delivery", "help", "nope")) == (4, 9)
    assert doc.position(("nope",)) == (1, 1)


def test_json_positions_of_values_and_keys(tmp_path: Path) -> None:
    text = '{\n  "id": "a",\n  "effects": [\n    {"capital": "sociaal", "size": 1e-2}\n  ]\n}\n'
    doc = load_document(write(tmp_path, "p.json", text))
    assert doc.data["effects"][0]["size"] == 0.01
    assert doc.positions[("id",)] == (2, 9)
    assert doc.key_positions[("id",)] == (2, 3)
    assert doc.positions[("effects", 0)] == (4, 5)
    assert doc.positions[("effects", 0, "capital")] == (4, 17)
    assert doc.positions[("effects", 0, "size")] == (4, 36)
    assert doc.key_positions[("effects", 0, "size")] == (4, 28)


def test_json_positions_survive_escapes_and_brackets_in_strings(tmp_path: Path) -> None:
    text = '{"a": "x\\"[{", "b\\u00e9": [1, {"c": "]}"}], "d": 2}'
    doc = load_document(write(tmp_path, "p.json", text))
    assert doc.data == {"a": 'x"[{', "bé": [1, {"c": "]}"}], "d": 2}
    # '"d": 2' - the value 2 is at column 50
    assert doc.positions[("d",)] == (1, 50)
    assert doc.positions[("bé", 1, "c")] == (1, 37)


# --------------------------------------------------------------------------- duplicates


def test_yaml_duplicate_key_names_path_line_and_column(tmp_path: Path) -> None:
    text = "id: a\ndelivery:\n  help:\n    personal: true\n    personal: false\n"
    exc = fail(write(tmp_path, "dup.yaml", text))
    problem = only(exc)
    assert (problem.line, problem.column) == (5, 5)
    assert problem.loc == ("delivery", "help", "personal")
    rendered = exc.render()
    assert rendered.startswith(f"{tmp_path / 'dup.yaml'}:5:5: delivery.help.personal: ")
    assert "dubbele sleutel 'personal'" in rendered
    assert "duplicate key 'personal'" in msg(exc, "en")


def test_yaml_duplicate_key_in_flow_mapping(tmp_path: Path) -> None:
    exc = fail(write(tmp_path, "dup.yaml", "help: {personal: true, personal: false}\n"))
    assert (only(exc).line, only(exc).column) == (1, 24)


def test_yaml_duplicate_key_after_normalisation(tmp_path: Path) -> None:
    # a and 'a' are the same key once resolved
    exc = fail(write(tmp_path, "dup.yaml", "a: 1\n'a': 2\n"))
    assert only(exc).line == 2


def test_json_duplicate_key_rejected_with_line(tmp_path: Path) -> None:
    text = '{\n  "id": "a",\n  "title": "t",\n  "id": "b"\n}\n'
    exc = fail(write(tmp_path, "dup.json", text))
    assert (only(exc).line, only(exc).column) == (4, 3)
    assert "'id'" in msg(exc)


def test_json_duplicate_key_line_when_key_name_is_used_elsewhere(tmp_path: Path) -> None:
    text = (
        "{\n"  # 1
        '  "budget": {"incidental_eur": 0},\n'  # 2
        '  "implementation": {\n'  # 3
        '    "costs": {\n'  # 4
        '      "incidental_eur": 1,\n'  # 5
        '      "incidental_eur": 2\n'  # 6  <- the duplicate
        "    }\n"
        "  }\n"
        "}\n"
    )
    exc = fail(write(tmp_path, "dup.json", text))
    assert (only(exc).line, only(exc).column) == (6, 7)


def test_json_duplicate_key_in_nested_object(tmp_path: Path) -> None:
    text = '{"delivery": {\n  "granting": "automatic",\n  "granting": "application"}}'
    exc = fail(write(tmp_path, "dup.json", text))
    assert only(exc).line == 3


# --------------------------------------------------------------------------- tags


@pytest.mark.parametrize(
    "value",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/apply:subprocess.call [['touch', '{marker}']]",
        "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
        "!!python/object/apply:builtins.open ['{marker}', 'w']",
        "!!python/object/apply:pathlib.Path.touch "
        "[!!python/object/apply:pathlib.Path ['{marker}']]",
        "!!python/name:os.system",
        "!!python/module:os",
        "!!python/object:argparse.Namespace {{a: 1}}",
    ],
)
def test_python_tags_are_rejected_and_never_executed(tmp_path: Path, value: str) -> None:
    marker = tmp_path / "pwned"
    path = write(tmp_path, "evil.yaml", f"id: a\ntitle: {value.format(marker=marker)}\n")
    exc = fail(path)
    problem = only(exc)
    assert (problem.line, problem.column) == (2, 8)
    assert problem.loc == ("title",)
    assert "!!python/" in msg(exc)
    assert "niet toegestaan" in msg(exc)
    assert not marker.exists(), "a python tag was executed"


def test_python_tag_in_json_is_just_a_string(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f'{{"title": "!!python/object/apply:os.system [\'touch {marker}\']"}}'
    doc = load_document(write(tmp_path, "p.json", text))
    assert doc.data["title"].startswith("!!python/")
    assert not marker.exists()


@pytest.mark.parametrize(
    ("text", "shown", "line", "column"),
    [
        ("id: a\ngranting: !automatic application\n", "!automatic", 2, 11),
        ("id: a\nhelp: !hulp {personal: true}\n", "!hulp", 2, 7),
        ("id: a\nchannels: !kanalen [digital]\n", "!kanalen", 2, 11),
        ("id: a\ntitle: !<tag:example.com,2024:x> t\n", "tag:example.com,2024:x", 2, 8),
        ("id: a\ntitle: !!binary aGVsbG8=\n", "!!binary", 2, 8),
        ("id: a\nchannels: !!set {digital: null}\n", "!!set", 2, 11),
        ("id: a\nchannels: !!omap [a: 1]\n", "!!omap", 2, 11),
        ("!!python/object:argparse.Namespace {a: 1}\n", "!!python/object", 1, 1),
    ],
)
def test_non_standard_tags_are_rejected(
    tmp_path: Path, text: str, shown: str, line: int, column: int
) -> None:
    exc = fail(write(tmp_path, "tag.yaml", text))
    assert (only(exc).line, only(exc).column) == (line, column)
    assert shown in msg(exc)
    assert "not allowed" in msg(exc, "en")


def test_standard_tags_are_allowed(tmp_path: Path) -> None:
    text = "a: !!str 1\nb: !!int '5'\nc: !!float '2'\nd: !!seq [1]\ne: !!map {x: 1}\nf: !!null ''\n"
    doc = load_document(write(tmp_path, "ok.yaml", text))
    assert doc.data == {"a": "1", "b": 5, "c": 2.0, "d": [1], "e": {"x": 1}, "f": None}


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("id: a\nn: !!int abc\n", 2, 4),
        ("id: a\nn: !!float abc\n", 2, 4),
        ("id: a\nn: !!bool misschien\n", 2, 4),
        ("id: a\nn: !!timestamp gisteren\n", 2, 4),
        ("id: a\nn: !!int 1.5\n", 2, 4),
    ],
)
def test_explicit_standard_tag_with_bad_value_is_an_input_error(
    tmp_path: Path, text: str, line: int, column: int
) -> None:
    exc = fail(write(tmp_path, "tag.yaml", text))
    assert (only(exc).line, only(exc).column) == (line, column)
    assert only(exc).loc == ("n",)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("id: a\ndecision_date: 2024-02-30\n", 2),
        ("id: a\ndecision_date: 2023-02-29\n", 2),
        ("id: a\ndecision_date: 2024-13-01\n", 2),
        ("id: a\ndecision_date: 0000-01-01\n", 2),
    ],
)
def test_impossible_dates_are_rejected_with_position(tmp_path: Path, text: str, line: int) -> None:
    exc = fail(write(tmp_path, "d.yaml", text))
    assert (only(exc).line, only(exc).column) == (line, 16)
    assert only(exc).loc == ("decision_date",)


def test_leap_day_in_a_leap_year_is_a_date(tmp_path: Path) -> None:
    import datetime as dt

    doc = load_document(write(tmp_path, "d.yaml", "d: 2024-02-29\n"))
    assert doc.data["d"] == dt.date(2024, 2, 29)


# --------------------------------------------------------------------------- aliases


def _bomb(levels: int) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
    for prev, name in itertools.pairwise("abcdefghijklmnop"[:levels]):
        lines.append(f"{name}: &{name} [{','.join(f'*{prev}' for _ in range(9))}]\n")
    return "".join(lines)


@pytest.fixture
def parser_events(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the parser events the loader pulls (a measure of work, not of time)."""
    counter = [0]
    real = yaml.parse

    def counting(stream: Any, **kwargs: Any) -> Iterator[Any]:
        for event in real(stream, **kwargs):
            counter[0] += 1
            yield event

    monkeypatch.setattr(yaml, "parse", counting)
    return counter


def test_alias_bomb_is_rejected_early(tmp_path: Path, parser_events: list[int]) -> None:
    # 9 levels of 9 aliases: 9**9 (387 million) "lol"s when expanded.
    exc = fail(write(tmp_path, "bomb.yaml", _bomb(9)))
    # Hand count of nodes (root 1, each key 1, each list 1 + its expanded items):
    # after a..e 74 738 nodes; the key f and its list 2 more; the first alias of e adds
    # 66 430, passing 100 000: line 6, column 8 ('f: &f [' is 7 characters).
    assert (only(exc).line, only(exc).column) == (6, 8)
    assert "100000" in msg(exc)
    # a handful of lines parsed, not millions of nodes built
    assert parser_events[0] < 100


def test_node_limit_is_what_stops_aliases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 'x' list: 1 + 10 scalars; 50 aliases of it: 50 * 11 nodes; plus root, keys, list 'y'
    items = ", ".join(str(i) for i in range(10))
    text = f"x: &x [{items}]\ny: [{', '.join(['*x'] * 50)}]\n"
    path = write(tmp_path, "aliases.yaml", text)
    doc = load_document(path)  # 1 + 1 + 11 + 1 + 1 + 550 = 565 nodes: fine by default
    assert len(doc.data["y"]) == 50
    assert all(item is doc.data["x"] for item in doc.data["y"]), "aliases must be shared"
    monkeypatch.setattr(document, "MAX_NODES", 500)
    exc = fail(path)
    assert "500" in msg(exc)
    assert only(exc).line == 2


def test_recursive_alias_is_rejected(tmp_path: Path) -> None:
    exc = fail(write(tmp_path, "rec.yaml", "a: &a {b: *a}\n"))
    assert only(exc).line == 1


def test_undefined_alias_is_rejected(tmp_path: Path) -> None:
    exc = fail(write(tmp_path, "alias.yaml", "id: a\ntitle: *nope\n"))
    assert only(exc).line == 2


def test_merge_key_is_rejected_cleanly(tmp_path: Path) -> None:
    exc = fail(write(tmp_path, "merge.yaml", "base: &b {id: a}\n<<: *b\n"))
    assert only(exc).line == 2


# --------------------------------------------------------------------------- nesting


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("flow-seq.yaml", "id: " + "[" * 10_000 + "]" * 10_000 + "\n"),
        ("flow-map.yaml", "{a: " * 10_000 + "1" + "}" * 10_000 + "\n"),
        ("block-seq.yaml", "- " * 10_000 + "x\n"),
        ("deep.json", "[" * 10_000 + "]" * 10_000),
        ("deeper.json", '{"a": ' * 100_000 + "1" + "}" * 100_000),
    ],
)
def test_deep_nesting_is_rejected_without_recursion(tmp_path: Path, name: str, text: str) -> None:
    old = sys.getrecursionlimit()
    here = len(inspect.stack(0))
    # a recursive loader would need ~10 000 frames; allow the test 150 beyond the current depth
    sys.setrecursionlimit(here + 150)
    try:
        exc = fail(write(tmp_path, name, text))
    finally:
        sys.setrecursionlimit(old)
    assert "64" in msg(exc)
    assert "te diep genest" in msg(exc)


@pytest.mark.parametrize("ext", ["yaml", "json"])
def test_nesting_limit_boundary(tmp_path: Path, ext: str) -> None:
    assert MAX_DEPTH == 64
    ok = "[" * 64 + "]" * 64
    doc = load_document(write(tmp_path, f"ok.{ext}", ok))
    depth, node = 0, doc.data
    while isinstance(node, list):
        depth += 1
        node = node[0] if node else None
    assert depth == 64
    exc = fail(write(tmp_path, f"bad.{ext}", "[" * 65 + "]" * 65))
    assert "64" in msg(exc)


def test_yaml_block_nesting_reports_the_line(tmp_path: Path) -> None:
    # level 1 is 'a:' on line 1; the mapping at depth k starts on line k. The 65th mapping
    # (the value of the 64th 'a:') starts on line 65, column 65.
    text = "".join(" " * i + "a:\n" for i in range(70)) + " " * 70 + "x\n"
    exc = fail(write(tmp_path, "deep.yaml", text))
    assert (only(exc).line, only(exc).column) == (65, 65)


def test_brackets_in_json_strings_do_not_count_as_depth(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "s.json", '{"a": "' + "[" * 1000 + '"}'))
    assert doc.data["a"] == "[" * 1000


# --------------------------------------------------------------------------- encodings


def test_latin1_byte_is_reported_at_its_position(tmp_path: Path) -> None:
    raw = "id: a\ntitle: Caf\u00e9 de Paris\n".encode("latin-1")
    exc = fail(write(tmp_path, "l1.yaml", raw))
    # 'title: Caf' is 10 bytes: the 0xe9 byte is line 2, column 11
    assert (only(exc).line, only(exc).column) == (2, 11)
    assert "0xe9" in msg(exc)
    assert "UTF-8" in msg(exc)


def test_invalid_utf8_in_json_is_reported_at_its_position(tmp_path: Path) -> None:
    raw = b'{\n  "id": "a",\n  "title": "\xff"\n}\n'
    exc = fail(write(tmp_path, "bad.json", raw))
    assert (only(exc).line, only(exc).column) == (3, 13)


def test_utf8_position_counts_bytes_after_multibyte_characters(tmp_path: Path) -> None:
    # 'é' is two bytes in UTF-8; the bad byte 0xff follows 't: é' (t : space é = 5 bytes)
    raw = "id: a\nt: \u00e9".encode() + b"\xff\n"
    exc = fail(write(tmp_path, "mb.yaml", raw))
    assert only(exc).line == 2
    assert only(exc).column is not None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_rejected(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    raw = bom + "id: a\ntitle: t\n".encode(encoding)
    exc = fail(write(tmp_path, "u16.yaml", raw))
    assert "UTF-16" in msg(exc)
    assert only(exc).line == 1


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "bom.yaml", b"\xef\xbb\xbfid: a\n"))
    assert doc.data == {"id": "a"}
    doc = load_document(write(tmp_path, "bom.json", b'\xef\xbb\xbf{"id": "a"}'))
    assert doc.data == {"id": "a"}


@pytest.mark.parametrize("name", ["nul.yaml", "nul.json"])
def test_nul_byte_is_rejected(tmp_path: Path, name: str) -> None:
    exc = fail(write(tmp_path, name, b'{"id": "a\x00b"}'))
    assert "NUL" in msg(exc)


def test_nul_byte_is_reported_at_its_position(tmp_path: Path) -> None:
    exc = fail(write(tmp_path, "nul.yaml", b"id: a\ntitle: x\x00y\n"))
    assert (only(exc).line, only(exc).column) == (2, 9)


# --------------------------------------------------------------------------- empty files


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.yaml", b""),
        ("spaces.yaml", b"   \n\n  \n"),
        ("comments.yaml", b"# alleen commentaar\n\n# nog meer\n"),
        ("bom-only.yaml", b"\xef\xbb\xbf"),
        ("empty.json", b""),
        ("spaces.json", b" \n\t\n"),
    ],
)
def test_empty_files_report_line_one(tmp_path: Path, name: str, content: bytes) -> None:
    exc = fail(write(tmp_path, name, content))
    assert (only(exc).line, only(exc).column) == (1, 1)
    assert "leeg" in msg(exc)
    assert "empty" in msg(exc, "en")


def test_two_yaml_documents_are_rejected(tmp_path: Path) -> None:
    exc = fail(write(tmp_path, "two.yaml", "id: a\ntitle: t\n---\nid: b\n"))
    assert only(exc).line == 3
    assert "more than one YAML document" in msg(exc, "en")


def test_one_document_with_explicit_markers_is_fine(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "one.yaml", "---\nid: a\n...\n"))
    assert doc.data == {"id": "a"}


# --------------------------------------------------------------------------- syntax


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        # 'granting: application: x' - the second ':' is at column 24 of line 3
        ("id: a\ndelivery:\n  granting: application: x\n", 3, 24),
        # an unclosed flow sequence: the parser notices at the end of the stream (line 3)
        ("id: a\nchannels: [digital, paper\n", 3, 1),
        # the indented line continues the scalar 'a'; its ':' (column 8) is not allowed
        ("id: a\n  title: t\n", 2, 8),
    ],
)
def test_malformed_yaml_reports_line_and_column(
    tmp_path: Path, text: str, line: int, column: int
) -> None:
    exc = fail(write(tmp_path, "bad.yaml", text))
    assert (only(exc).line, only(exc).column) == (line, column)
    assert "ongeldige YAML" in msg(exc)


TAB_CASES = [
    pytest.param("id: a\n\tb: 1\n", 2, id="tab-before-key-after-scalar"),
    pytest.param("id: a\ntarget_group:\n\tcriteria: []\n", 3, id="tab-indented-mapping"),
    pytest.param("effects:\n\t- capital: economisch\n", 2, id="tab-indented-list"),
]


@pytest.mark.parametrize(("text", "line"), TAB_CASES)
def test_tab_indentation_names_the_tab(tmp_path: Path, text: str, line: int) -> None:
    exc = fail(write(tmp_path, "tab.yaml", text))
    assert only(exc).line == line
    assert "tab" in msg(exc).lower()


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("id: a\n\tb: 1\n", 2),
        ("id: a\ntarget_group:\n\tcriteria: []\n", 3),
        ("effects:\n\t- capital: economisch\n", 2),
    ],
)
def test_tab_indentation_is_rejected_with_line(tmp_path: Path, text: str, line: int) -> None:
    exc = fail(write(tmp_path, "tab.yaml", text))
    assert (only(exc).line, only(exc).column) == (line, 1)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        # trailing comma in an object: the parser stops at the '}' on line 4, column 1
        ('{\n  "id": "a",\n  "title": "t",\n}\n', 4, 1),
        # trailing comma in an array: stops at ']' on line 1, column 17
        ('{"channels": [1,]}', 1, 17),
        # missing closing brace: the end of the text (after the newline) is line 3, column 1
        ('{\n  "id": "a"\n', 3, 1),
        # single quotes
        ("{'id': 'a'}", 1, 2),
        # YAML in a .json file
        ("id: a\n", 1, 1),
    ],
)
def test_malformed_json_reports_line_and_column(
    tmp_path: Path, text: str, line: int, column: int
) -> None:
    exc = fail(write(tmp_path, "bad.json", text))
    assert (only(exc).line, only(exc).column) == (line, column)
    assert "ongeldige JSON" in msg(exc)
    assert "invalid JSON" in msg(exc, "en")


# --------------------------------------------------------------------------- JSON semantics


def test_json_numbers_follow_json(tmp_path: Path) -> None:
    text = '{"a": 1e5, "b": 1E+2, "c": -0.5e-1, "d": 12345678901234567890, "e": 2, "f": 2.0}'
    doc = load_document(write(tmp_path, "n.json", text))
    assert doc.data["a"] == 100000.0
    assert isinstance(doc.data["a"], float)
    assert doc.data["b"] == 100.0
    assert doc.data["c"] == -0.05
    assert doc.data["d"] == 12345678901234567890
    assert isinstance(doc.data["e"], int)
    assert isinstance(doc.data["f"], float)


def test_yaml_extension_decides_the_parser(tmp_path: Path) -> None:
    # the same text: JSON reads 1e5 as a number; YAML 1.1 reads it as a string
    as_json = load_document(write(tmp_path, "n.json", '{"a": 1e5}'))
    as_yaml = load_document(write(tmp_path, "n.yaml", '{"a": 1e5}'))
    as_upper = load_document(write(tmp_path, "n.JSON", '{"a": 1e5}'))
    assert as_json.data["a"] == 100000.0
    assert as_upper.data["a"] == 100000.0
    assert as_yaml.data["a"] == "1e5"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_nan_and_infinity_are_rejected(tmp_path: Path, constant: str) -> None:
    exc = fail(write(tmp_path, "nan.json", f'{{"effects": [{{"size": {constant}}}]}}'))
    assert constant.lstrip("-") in msg(exc)
    assert "JSON" in msg(exc)


def test_yaml_nan_and_inf_load_as_floats(tmp_path: Path) -> None:
    # the loader keeps them; the models reject them (see test_validate.py)
    doc = load_document(write(tmp_path, "nan.yaml", "a: .nan\nb: -.inf\nc: .Inf\n"))
    assert doc.data["a"] != doc.data["a"]
    assert doc.data["b"] == float("-inf")
    assert doc.data["c"] == float("inf")


# --------------------------------------------------------------------------- size limit


def test_default_limit_is_four_mebibytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BELEIDSKOMPAS_MAX_BYTES", raising=False)
    assert DEFAULT_MAX_BYTES == 4_194_304
    assert max_bytes() == 4_194_304


def test_file_over_four_mebibytes_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BELEIDSKOMPAS_MAX_BYTES", raising=False)
    path = tmp_path / "big.yaml"
    with path.open("wb") as handle:
        handle.write(b"# x\n" * (1024 * 1024) + b"a: 1\n")  # 4 MiB + 5 bytes
    exc = fail(path)
    assert "4194304" in msg(exc)


@pytest.mark.parametrize("ext", ["yaml", "json"])
def test_env_override_of_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ext: str
) -> None:
    monkeypatch.setenv("BELEIDSKOMPAS_MAX_BYTES", "100")
    value = "x" * 86  # '{"a": "' (7) + 86 + '"}' (2) + newline (1) = 96 bytes
    fits = write(tmp_path, f"fits.{ext}", '{"a": "' + value + '"}\n')
    assert fits.stat().st_size == 96
    assert load_document(fits).data == {"a": value}
    exact = write(tmp_path, f"exact.{ext}", '{"a": "' + value + 'yyyy"}\n')
    assert exact.stat().st_size == 100
    assert load_document(exact).data == {"a": value + "yyyy"}
    over = write(tmp_path, f"over.{ext}", '{"a": "' + value + 'yyyyy"}\n')
    assert over.stat().st_size == 101
    exc = fail(over)
    assert "100 bytes" in msg(exc, "en")


def test_invalid_env_value_falls_back_to_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for raw in ("", "abc", "-5", "1.5"):
        monkeypatch.setenv("BELEIDSKOMPAS_MAX_BYTES", raw)
        assert max_bytes() == DEFAULT_MAX_BYTES


def test_explicit_limit_argument(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", "a: 12345\n")  # 9 bytes
    assert read_text(path, limit=9) == "a: 12345\n"
    with pytest.raises(InputError):
        read_text(path, limit=8)


# --------------------------------------------------------------------------- files


def test_missing_file(tmp_path: Path) -> None:
    exc = fail(tmp_path / "nope.yaml")
    assert "niet gevonden" in msg(exc)
    assert "not found" in msg(exc, "en")


def test_directory_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "map.yaml"
    folder.mkdir()
    exc = fail(folder)
    assert "map" in msg(exc)


def test_non_string_keys_are_rejected_with_their_position(tmp_path: Path) -> None:
    # every key in the file formats is text; 1 or null as a key is a mistake
    exc = fail(write(tmp_path, "k.yaml", "id: a\nnull: b\n"))
    assert (only(exc).line, only(exc).column) == (2, 1)
    assert "sleutel" in msg(exc) and "key" in msg(exc, "en")


def test_complex_key_is_rejected(tmp_path: Path) -> None:
    exc = fail(write(tmp_path, "k.yaml", "id: a\n? [x, y]\n: 1\n"))
    assert only(exc).line == 2
    assert "key" in msg(exc, "en")
