"""A user's template is bounded: operators, time, memory, no other files, a sound package."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from leadocs.render import limits, package
from tests.helpers import LIST
from tests.helpers.hostile_files import HOSTILE_TEMPLATES

DATA = "name: Konnevesi\n"

# (case, template text, fragment of the message)
EXPRESSIONS = [
    ("include", "{% include 'other.docx' %}", "cannot include, import or extend another file"),
    ("import", "{% import 'macros' as m %}", "cannot include, import or extend another file"),
    ("extends", "{% extends 'base' %}", "cannot include, import or extend another file"),
    (
        "recursive-macro",
        "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
        "a macro calls itself without end",
    ),
    ("huge-range", "{{ range(10**9) | list | length }}", "Range too big"),
    ("list-repeat", "{{ ([1] * 10**9) | length }}", "would make a list of 1,000,000,000 items"),
    ("text-repeat", "{{ 'a' * 10**9 }}", "would make a text of 1,000,000,000 characters"),
    ("power", "{{ 9 ** (9 ** 9) }}", "would make a number of more than 100,000 bits"),
    ("format-width", "{{ '%0999999999d' % 1 }}", "would make a text of 999,999,999 characters"),
]


def docx_template(path: Path, text: str) -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.parametrize("suffix", [".md", ".docx"])
@pytest.mark.parametrize(("case", "text", "message"), EXPRESSIONS, ids=[c[0] for c in EXPRESSIONS])
def test_render_refuses_with_a_message(
    run, tmp_path: Path, suffix: str, case: str, text: str, message: str
) -> None:
    (tmp_path / "data.yaml").write_text(DATA, "utf-8")
    template = tmp_path / f"t{suffix}"
    if suffix == ".docx":
        docx_template(template, text)
    else:
        template.write_text(text, "utf-8")
    result = run("render", template, "data.yaml")
    assert result.exit_code == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / f"data{suffix}").exists()


@pytest.mark.parametrize(("case", "text", "message"), EXPRESSIONS, ids=[c[0] for c in EXPRESSIONS])
def test_batch_refuses_with_a_message(
    run, tmp_path: Path, case: str, text: str, message: str
) -> None:
    template = docx_template(tmp_path / "t.docx", "{{ organisation.name }} " + text)
    result = run("batch", "loi", LIST, "-o", "out", "--template", template, "-j", "1")
    assert result.exit_code in (1, 3), result.stderr
    assert message in result.stderr


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("--where=9 ** (9 ** 9) > 0", "would make a number of more than 100,000 bits"),
        ("--where=('a' * 10**9) | length > 0", "would make a text of 1,000,000,000"),
        ("--name={{ range(10**9) | list }}", "Range too big"),
        ("--name={{ 'a' * 10**9 }}", "would make a text of 1,000,000,000"),
    ],
)
def test_batch_expressions_are_bounded(run, option: str, message: str) -> None:
    result = run("batch", "loi", LIST, "-o", "out", option, "--dry-run")
    assert result.exit_code in (1, 2), result.stderr
    assert message in result.stderr


NESTED_LOOPS = "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}"


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_a_document_that_takes_too_long_is_stopped(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setattr(limits, "RENDER_SECONDS", 0.5)
    (tmp_path / "data.yaml").write_text(DATA, "utf-8")
    template = tmp_path / f"t{suffix}"
    if suffix == ".docx":
        docx_template(template, NESTED_LOOPS)
    else:
        template.write_text(NESTED_LOOPS, "utf-8")
    result = run("render", template, "data.yaml")
    assert result.exit_code == 1, result.stderr
    assert "took more than 0.5 seconds, so it was stopped" in result.stderr


def test_a_batch_document_that_takes_too_long_is_stopped(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "RENDER_SECONDS", 0.5)
    template = docx_template(tmp_path / "t.docx", "{{ organisation.name }}" + NESTED_LOOPS)
    result = run("batch", "loi", LIST, "-o", "out", "--template", template, "-j", "2")
    assert result.exit_code in (1, 3), result.stderr
    assert "took more than 0.5 seconds, so it was stopped" in result.stderr


@pytest.mark.parametrize(
    "text",
    ["{{ 'a' | center(300000000) }}", "{{ 'a' | center(300000000) ~ name }}"],
    ids=["constant", "rendered"],
)
def test_a_document_that_needs_too_much_memory_is_stopped(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(limits, "RENDER_MEMORY", 128 << 20)
    (tmp_path / "data.yaml").write_text(DATA, "utf-8")
    (tmp_path / "t.md").write_text(text, "utf-8")
    result = run("render", "t.md", "data.yaml")
    assert result.exit_code == 1, result.stderr
    assert "needed more than 128 MiB of memory" in result.stderr


def test_real_templates_are_within_the_limits(run, tmp_path: Path) -> None:
    (tmp_path / "data.yaml").write_text(DATA, "utf-8")
    text = "{% for i in range(1000) %}{{ '-' * 3 }}{{ 2 ** 10 }}{{ '%05d' % i }}{% endfor %}"
    (tmp_path / "t.md").write_text(text, "utf-8")
    result = run("render", "t.md", "data.yaml")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "data.md").read_text("utf-8").startswith("---102400000")


# -- hostile packages ---------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(HOSTILE_TEMPLATES))
@pytest.mark.parametrize("command", ["render", "batch", "loi"])
def test_hostile_templates_are_refused_by_every_command(
    run, tmp_path: Path, case: str, command: str
) -> None:
    make, message = HOSTILE_TEMPLATES[case]
    template = make(tmp_path)
    org = Path(LIST).parents[1] / "orgs" / "konnevesi.yaml"
    args = {
        "render": ("render", template, org),
        "batch": ("batch", "loi", LIST, "-o", "out", "--template", template),
        "loi": ("loi", org, "--template", template),
    }[command]
    result = run(*args)
    assert result.exit_code == 1, result.stderr
    assert message in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [template.name]
    assert not Path("/tmp/leadocs-escaped.txt").exists()


def test_a_template_too_large_in_total_is_refused(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "MAX_UNCOMPRESSED", 20_000)
    org = Path(LIST).parents[1] / "orgs" / "konnevesi.yaml"
    result = run("loi", org, "--template", Path(LIST).parents[2] / "templates" / "loi.docx")
    assert result.exit_code == 1, result.stderr
    assert "more than the 20,000 a template may hold" in result.stderr
