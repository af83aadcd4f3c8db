"""Every command gives a template the same names: lang, today, network, organisation/recipient."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.helpers import EXAMPLES
from tests.helpers.docx_text import docx_to_text

COMMON = "{{ lang }} | {{ today|date }} | {{ network.acronym }} | {{ 'SE'|country }}"
ABOUT = "{{ organisation.short_name }} = {{ recipient.short_name }}"
KONNEVESI = EXAMPLES / "orgs" / "konnevesi.yaml"


def template(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def body(path: Path) -> list[str]:
    text = docx_to_text(path).partition("== core ==")[0]
    return [line.removeprefix("[Normal] ") for line in text.splitlines() if line.strip()]


EXPECTED = ["en | 1 March 2026 | LEA-N | Sweden", "Konnevesi = Konnevesi"]


@pytest.mark.parametrize("kind", ["loi", "assistance"])
def test_the_document_kinds_about_an_organisation(run, tmp_path: Path, kind: str) -> None:
    template(tmp_path / "t.docx", COMMON, ABOUT)
    result = run(kind, KONNEVESI, "--template", "t.docx", "--lang", "en", "--date", "2026-03-01")
    assert result.exit_code == 0, result.stderr
    # --lang en is not the organisation's own language (fi): the default name says so
    assert body(tmp_path / f"{kind}-Konnevesi-en.docx") == EXPECTED


def test_render_with_an_organisation_file(run, tmp_path: Path) -> None:
    template(tmp_path / "t.docx", COMMON, ABOUT)
    result = run("render", "t.docx", KONNEVESI, "-o", "r.docx", "--date", "2026-03-01")
    assert result.exit_code == 0, result.stderr
    assert body(tmp_path / "r.docx") == EXPECTED


def test_render_with_plain_data_and_a_batch(run, tmp_path: Path) -> None:
    template(tmp_path / "t.docx", COMMON, "{{ title }}")
    (tmp_path / "d.yaml").write_text("title: Plain data\n", encoding="utf-8")
    result = run("render", "t.docx", "d.yaml", "-o", "r.docx", "--date", "2026-03-01")
    assert result.exit_code == 0, result.stderr
    assert body(tmp_path / "r.docx") == [EXPECTED[0], "Plain data"]
    template(tmp_path / "b.docx", COMMON, ABOUT)
    result = run(
        "batch", "loi", EXAMPLES / "recipients" / "procurers.csv", "-o", "out",
        "--template", "b.docx", "--only", "konnevesi", "--lang", "en", "--date", "2026-03-01",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert body(tmp_path / "out" / "loi-Konnevesi.docx") == EXPECTED


@pytest.mark.parametrize("kind", ["benefits", "report"])
def test_the_network_documents(run, tmp_path: Path, kind: str) -> None:
    template(tmp_path / "t.docx", "{{ lang }} | {{ today is defined }} | {{ network.acronym }}")
    args = ["--partner", "ENTER"] if kind == "report" else []
    result = run(kind, *args, "--template", "t.docx", "--lang", "en", "-o", "x.docx")
    assert result.exit_code == 0, result.stderr
    assert body(tmp_path / "x.docx") == ["en | True | LEA-N"]
