"""render, templates, schema, --version, python -m leadocs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx

from leadocs import __version__
from tests.helpers import EXAMPLES
from tests.helpers.docx_text import docx_to_text


def user_template(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_render_user_docx(run, tmp_path: Path) -> None:
    template = user_template(
        tmp_path / "letter.docx",
        "Dear {{ person.name }},",
        "Total: {{ amount|money('SEK') }}",
        "{%p for item in items %}",
        "- {{ item }}",
        "{%p endfor %}",
    )
    data = tmp_path / "data.yaml"
    data.write_text(
        "person:\n  name: 'Åsa & <Co> {{ 7*7 }}'\namount: 1243440\nitems: [a, b]\n",
        encoding="utf-8",
    )
    result = run("render", template, data, "-o", "out.docx", "--lang", "sv")
    assert result.exit_code == 0, result.stderr
    text = docx_to_text(tmp_path / "out.docx")
    assert "Dear Åsa & <Co> {{ 7*7 }}," in text
    assert "Total: 1\u00a0243\u00a0440\u00a0kr" in text
    assert "[Normal] - a\n[Normal] - b" in text


def test_render_text_template_and_undefined_variable(run, tmp_path: Path) -> None:
    template = tmp_path / "note.md"
    template.write_text("# {{ title }}\n\n{{ body }}\n", encoding="utf-8")
    data = tmp_path / "d.yaml"
    data.write_text("title: A & B\nbody: x < y\n", encoding="utf-8")
    assert run("render", template, data).exit_code == 0
    assert (tmp_path / "d.md").read_text(encoding="utf-8") == "# A & B\n\nx < y\n"
    data.write_text("title: only\n", encoding="utf-8")
    result = run("render", template, data, "-o", "e.md")
    assert result.exit_code == 1
    assert "note.md" in result.stderr and "'body' is undefined" in result.stderr
    assert not (tmp_path / "e.md").exists()


def test_user_templates_are_sandboxed(run, tmp_path: Path) -> None:
    template = tmp_path / "evil.txt"
    template.write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    data = tmp_path / "d.yaml"
    data.write_text("a: 1\n", encoding="utf-8")
    result = run("render", template, data, "-o", "x.txt")
    assert result.exit_code == 1
    assert "unsafe" in result.stderr
    docx_evil = user_template(tmp_path / "evil.docx", "{{ cycler.__init__.__globals__ }}")
    result = run("render", docx_evil, data, "-o", "x.docx")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_render_broken_template(run, tmp_path: Path) -> None:
    template = user_template(tmp_path / "broken.docx", "Hello {{ name ", "second line")
    data = tmp_path / "d.yaml"
    data.write_text("name: x\n", encoding="utf-8")
    result = run("render", template, data, "-o", "x.docx")
    assert result.exit_code == 1
    assert "broken.docx" in result.stderr and "syntax error" in result.stderr
    notdocx = tmp_path / "fake.docx"
    notdocx.write_text("not a zip", encoding="utf-8")
    result = run("render", notdocx, data, "-o", "y.docx")
    assert result.exit_code == 1 and "is not a Word .docx file" in result.stderr


def test_templates_list_and_export(run, tmp_path: Path) -> None:
    result = run("templates", "list", "--json")
    names = {entry["name"] for entry in json.loads(result.output)}
    assert {"loi", "assistance", "benefits", "report"} <= names
    assert run("templates", "export", "benefits", "out").exit_code == 0
    result = run("templates", "export", "benefits", "out")
    assert result.exit_code == 1 and "already exists" in result.stderr
    result = run("templates", "export", "nope", "out")
    assert result.exit_code == 2 and "no built-in template named 'nope'" in result.stderr


def test_schema(run) -> None:
    schema = json.loads(run("schema", "organisation").output)
    organisation = schema["$defs"]["Organisation"]
    assert organisation["additionalProperties"] is False
    assert organisation["properties"]["country"]["description"].startswith("ISO 3166-1")
    assert "network" in json.loads(run("schema").output)
    assert run("schema", "nonsense").exit_code == 2


def test_version_and_module_entry(run) -> None:
    assert __version__ in run("--version").output
    result = subprocess.run(
        [sys.executable, "-m", "leadocs", "--help"], capture_output=True, text=True, check=True
    )
    assert "loi" in result.stdout and "validate" in result.stdout


def test_report_for_unknown_partner(run) -> None:
    result = run("report", "--partner", "Nobody")
    assert result.exit_code == 2
    assert "no partner 'Nobody'" in result.stderr and "ENTER" in result.stderr


def test_braga_uses_its_own_network_file(run, tmp_path: Path) -> None:
    assert run("loi", EXAMPLES / "orgs" / "braga.yaml").exit_code == 0
    org = tmp_path / "o.yaml"
    org.write_text(
        (EXAMPLES / "orgs" / "braga.yaml")
        .read_text(encoding="utf-8")
        .replace("../networks/lea.yaml", "missing.yaml"),
        encoding="utf-8",
    )
    result = run("loi", org)
    assert result.exit_code == 1
    assert (
        f"{org}:2:" in result.stderr
        and "network: network file 'missing.yaml' not found" in result.stderr
    )
