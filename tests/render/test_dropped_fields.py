"""templates check points out data the built-in layout shows and an edited copy dropped."""

from __future__ import annotations

import zipfile
from pathlib import Path

from leadocs.documents.templates import read_template
from leadocs.render.environment import build_environment
from leadocs.render.usage import fields_shown, missing_fields


def _without(source: Path, target: Path, tag: bytes) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as edited:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "word/document.xml":
                assert tag in data
                data = data.replace(tag, b"")
            edited.writestr(item, data)
    return target


def test_the_builtin_layouts_show_what_they_show() -> None:
    source, name = read_template("loi")
    shown = fields_shown(source, name, build_environment())
    assert {"organisation.signatory.title", "organisation.name", "tasks"} <= shown
    assert "organisation.signatory" in shown  # and every prefix


def test_only_data_leaves_are_reported() -> None:
    context = {"organisation": {}, "t": {}, "tasks": []}
    builtin = {
        "organisation.name",
        "organisation.contact.email",
        "t.loi.title",
        "task.text",
        "tasks",
    }
    assert missing_fields({"organisation.contact.email", "tasks"}, builtin, context) == [
        "organisation.name"
    ]
    assert missing_fields(builtin, builtin, context) == []


def test_check_notes_a_dropped_field_without_failing(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("templates", "export", "loi", tmp_path).exit_code == 0
    (tmp_path / "edited").mkdir()
    edited = _without(
        tmp_path / "loi.docx",
        tmp_path / "edited" / "loi.docx",
        b"{{ organisation.signatory.title }}",
    )
    result = run("templates", "check", edited)
    assert result.exit_code == 0
    assert "note: the built-in loi layout shows organisation.signatory.title" in result.stderr
    assert "note:" not in result.stdout
    clean = run("templates", "check", tmp_path / "loi.docx")
    assert clean.exit_code == 0 and "note:" not in clean.output
    own = run("templates", "check", tmp_path / "edited" / "loi.docx", "--kind", "loi")
    assert "note:" in own.stderr
