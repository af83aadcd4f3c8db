"""YAML loading: positions, and every way a file can be broken."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from leadocs.errors import DataError
from leadocs.formats import loading
from leadocs.formats.loading import load_yaml
from tests.helpers import EXAMPLES


def write(tmp_path: Path, text: str | bytes, name: str = "org.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def message(path: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_yaml(path)
    return str(caught.value)


def test_positions_of_nested_values(tmp_path: Path) -> None:
    path = write(tmp_path, "organisation:\n  name: X\n  tasks:\n    - a\n    - b\n")
    loaded = load_yaml(path)
    assert loaded.source.locate(("organisation", "tasks", 1)) == (5, 7)
    assert loaded.source.locate(("organisation", "name")) == (2, 9)
    assert loaded.source.locate(("organisation", "missing", 3)) == (1, 1)


def test_missing_file(tmp_path: Path) -> None:
    assert (
        message(tmp_path / "nope.yaml")
        == f"{tmp_path / 'nope.yaml'}: file not found; check the path"
    )


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "organisation:\n  name: M\xfcnchen\n".encode("latin-1"))
    assert (
        message(path)
        == f"{path}:2: is not UTF-8 text; save it as UTF-8 (in Excel or Notepad: 'Save as… UTF-8')"
    )


def test_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "organisation:\n  name: [unclosed\n  country: FI\n")
    text = message(path)
    assert text.startswith(f"{path}:3:")
    assert "YAML syntax error" in text


def test_duplicate_key(tmp_path: Path) -> None:
    path = write(tmp_path, "organisation:\n  name: A\n  name: B\n")
    assert message(path) == (
        f"{path}:3:3: organisation.name: key 'name' appears twice (first on line 2); keep one"
    )


def test_alias_bomb_is_rejected_fast(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    path = write(tmp_path, "\n".join(lines) + "\norganisation: *a9\n")
    started = time.perf_counter()
    text = message(path)
    assert time.perf_counter() - started < 2
    assert "through its aliases" in text


def test_recursive_alias_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "organisation: &a\n  child: *a\n")
    assert "nested more than" in message(path)


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "# nothing\n")
    assert message(path) == f"{path}:1: the file is empty"


def test_top_level_must_be_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "- a\n- b\n")
    assert "the top level must be a mapping" in message(path)


def test_raw_control_character_is_rejected_by_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, "organisation:\n  name: A\x07B\n")
    assert f"{path}:2:" in message(path)


def test_errors_survive_pickling_between_processes() -> None:
    import pickle

    from leadocs.errors import (
        BatchError,
        DataError,
        DataProblem,
        OutputError,
        StrictWarningsError,
        TemplateError,
        UsageError,
    )

    problem = DataProblem("list.xlsx", 4, None, "contact.email (column M)", "not valid")
    errors = [
        DataError([problem, problem]),
        DataError.single("list.xlsx", "the worksheet cannot be read", line=3),
        StrictWarningsError([problem]),
        TemplateError("loi.docx", "bad tag", ["near", "here"]),
        OutputError("out exists", hint="use --force"),
        UsageError("no such kind"),
        BatchError("2 failed"),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert copy.exit_code == error.exit_code
    assert pickle.loads(pickle.dumps(errors[0])).problems == [problem, problem]


# -- explicit limits (issue 17) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", ":1: is nested more than 50 levels deep"),
        (
            "a:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(60)) + "  " * 61 + "x\n",
            ":51: is nested more than 50 levels deep",
        ),
        ("a: " + "x" * 200_000 + "\n", ":1:4: this value is 200,000 characters long"),
        ("a:\n" + "  - x\n" * 100_001, ": holds more than 100,000 values, more than a data file"),
        (
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d]\n",
            "expands to more than 100,000 values through its aliases",
        ),
    ],
    ids=["deep-flow", "deep-block", "long-value", "many-values", "aliases"],
)
def test_limits_have_their_own_messages(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "data.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(DataError) as caught:
        load_yaml(path)
    assert message in str(caught.value)
    assert "alias" not in str(caught.value) or "aliases" in message


def test_a_file_past_the_size_limit_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 1 << 20)
    path = tmp_path / "data.yaml"
    path.write_text("a: [" + "x, " * (1 << 19) + "]\n", "utf-8")
    with pytest.raises(DataError, match="is larger than 1 MB"):
        load_yaml(path)


def test_validate_reports_a_long_value_instead_of_passing_it(run, tmp_path: Path) -> None:
    text = (EXAMPLES / "orgs" / "konnevesi.yaml").read_text("utf-8")
    (tmp_path / "org.yaml").write_text(
        text.replace("Market consultation", "x" * (2 << 20)), "utf-8"
    )
    for args in (("validate", "org.yaml"), ("loi", "org.yaml")):
        result = run(*args)
        assert result.exit_code == 1
        assert "characters long; one value may hold at most 100,000" in result.stderr
