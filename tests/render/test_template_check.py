"""``leadocs templates fields`` and ``templates check``; a failed render says the same."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from leadocs.documents.fields import example_context, kinds, list_fields
from leadocs.render.check import check_template
from leadocs.render.environment import build_environment
from tests.helpers import EXAMPLES, ROOT

LAYOUTS = sorted((ROOT / "templates").glob("*.docx"))


def test_every_kind_lists_its_fields_with_types_examples_and_lists(run) -> None:
    assert kinds() == sorted(path.stem for path in LAYOUTS)
    result = run("templates", "fields", "loi", "--json")
    assert result.exit_code == 0, result.stderr
    found = {entry["path"]: entry for entry in json.loads(result.stdout)}
    assert found["organisation.website"] == {
        "path": "organisation.website",
        "type": "text",
        "example": "https://www.konnevesi.fi",
        "list": False,
    }
    assert found["tasks"]["list"] and found["tasks"]["type"] == "list of mapping"
    assert found["tasks[].checked"]["type"] == "yes/no"
    assert found["today"]["type"] == "date"
    assert found["organisation.extra"]["type"] == "custom fields"
    assert found["recipient"]["type"] == "the same as organisation"
    text = run("templates", "fields", "tender-pcp").output
    assert "p.budget.total" in text and "buyers[].name" in text
    for kind in kinds():
        assert list_fields(example_context(kind)), kind


def test_fields_of_a_template_file_use_its_kind(run, tmp_path: Path) -> None:
    assert run("templates", "export", "report", ".").exit_code == 0
    result = run("templates", "fields", "report.docx")
    assert result.exit_code == 0 and "rows[].member_state" in result.stdout
    result = run("templates", "fields", "mine.docx")
    assert result.exit_code == 2 and "give --kind KIND" in result.stderr


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda path: path.stem)
def test_every_built_in_layout_is_clean(run, layout: Path) -> None:
    result = run("templates", "check", layout)
    assert result.exit_code == 0, result.stdout
    assert f"the fields of {layout.stem} documents" in result.stderr


def _replace_paragraph(paragraph, xml: str) -> None:  # type: ignore[no-untyped-def]
    paragraph._p.addnext(parse_xml(f"<w:p {nsdecls('w')}>{xml}</w:p>"))
    paragraph._p.getparent().remove(paragraph._p)


def planted_copy(path: Path) -> Path:
    """The LOI layout with one mistake of each kind a user makes in Word."""
    document = docx.Document(str(ROOT / "templates" / "loi.docx"))
    cell = document.tables[0].cell(0, 0).paragraphs
    signatory = next(p for p in cell if "organisation.signatory.name" in p.text)
    signatory.runs[-1].text = signatory.runs[-1].text.replace("signatory.name", "signatory.nmae")
    document.add_paragraph("Website: {{ organisation.webpage }}")
    document.add_paragraph("{%p for task in tasks %}")
    document.add_paragraph("{{ task.txt }} {{ tsks|length }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("Dear {{ organisation.contact.name")
    document.add_paragraph("}}, welcome")
    _replace_paragraph(
        document.add_paragraph(),
        '<w:r><w:t xml:space="preserve">Name: {</w:t></w:r>'
        '<w:del w:id="9" w:author="A"><w:r><w:delText>x</w:delText></w:r></w:del>'
        '<w:r><w:t xml:space="preserve">{ organisation.name }}</w:t></w:r>',
    )
    section = document.sections[0]
    section.header.add_paragraph("Ref {{ network.acronym }")
    section.footer.add_paragraph("{%tr for x in tasks %}")
    document.save(str(path))
    return path


def test_planted_mistakes_are_each_found_with_a_suggestion(run, tmp_path: Path) -> None:
    planted_copy(tmp_path / "loi.docx")
    result = run("templates", "check", "loi.docx")
    assert result.exit_code == 1
    split = "a tag starts or ends here but not both; keep each {{ }} / {% %} in one paragraph"
    signatory = "{{ t.common.name|label }} {{ organisation.signatory.nmae }}"
    assert result.stdout.splitlines() == [
        f'loi.docx: paragraph 24 "{signatory}": organisation.signatory.nmae: no such field; '
        "did you mean organisation.signatory.name?",
        'loi.docx: paragraph 30 "Website: {{ organisation.webpage }}": organisation.webpage: '
        "no such field; did you mean organisation.website?",
        'loi.docx: paragraph 32 "{{ task.txt }} {{ tsks|length }}": task.txt: no such field; '
        "did you mean task.text?",
        'loi.docx: paragraph 32 "{{ task.txt }} {{ tsks|length }}": tsks: no such field; '
        "did you mean tasks?",
        f'loi.docx: paragraph 34 "Dear {{{{ organisation.contact.name": {split}',
        f'loi.docx: paragraph 35 "}}}}, welcome": {split}',
        'loi.docx: paragraph 36 "Name: {{ organisation.name }}": Word broke up the tag '
        "{{ organisation.name }} (tracked changes, a field or a hyperlink inside it), so it "
        "cannot be read as written; delete it and type it again in one go",
        f'loi.docx: header1.xml paragraph 2 "Ref {{{{ network.acronym }}": {split}',
        'loi.docx: header1.xml paragraph 2 "Ref {{ network.acronym }": syntax error: '
        "unexpected '}'",
        'loi.docx: footer1.xml paragraph 3 "{%tr for x in tasks %}": {%tr %} is outside a '
        "table; it repeats a table row, so put it in one",
        'loi.docx: footer1.xml paragraph 3 "{%tr for x in tasks %}": syntax error: '
        "Encountered unknown tag 'tr'.",
    ]
    assert "Error: loi.docx: 11 problem(s) found (the fields of loi documents)" in result.stderr


def test_the_check_reads_fields_from_a_data_file(run, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("{{ organisation.extra.salutation }} {{ organisation.extra.fee }}")
    document.add_paragraph("{{ title }} {{ today|date }}")
    document.save(str(tmp_path / "mine.docx"))
    (tmp_path / "d.yaml").write_text("title: x\n", encoding="utf-8")
    result = run("templates", "check", "mine.docx", "--data", "d.yaml")
    assert result.exit_code == 1
    assert 'paragraph 1 "{{ organisation.extra.salutation }}' in result.stdout
    assert "organisation: no such field" in result.stdout
    result = run("templates", "check", "mine.docx", "--kind", "loi")
    assert result.exit_code == 1  # custom fields are free, but loi has no 'title'
    assert result.stdout.splitlines() == [
        'mine.docx: paragraph 2 "{{ title }} {{ today|date }}": title: no such field'
    ]
    result = run("templates", "check", "mine.docx")
    assert result.exit_code == 0 and "syntax and structure only" in result.stderr
    result = run("templates", "check", "mine.docx", "--kind", "loi", "--data", "d.yaml")
    assert result.exit_code == 2 and "d.yaml must be an organisation file" in result.stderr


def test_the_check_reads_an_organisation_file_for_its_kind(run, tmp_path: Path) -> None:
    data = yaml.safe_load((EXAMPLES / "orgs" / "konnevesi.yaml").read_text("utf-8"))
    data.pop("network", None)
    data["organisation"]["extra"] = {"salutation": "Dear Päivi"}
    (tmp_path / "org.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    document = docx.Document()
    document.add_paragraph("{{ organisation.extra.salutaton }}, {{ tasks|length }} tasks")
    document.save(str(tmp_path / "mine.docx"))
    result = run("templates", "check", "mine.docx", "--kind", "loi", "--data", "org.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'mine.docx: paragraph 1 "{{ organisation.extra.salutaton }}, {{ tasks|length }} tasks": '
        "organisation.extra.salutaton: no such field; did you mean organisation.extra.salutation?"
    ]
    assert "(the fields of loi documents for org.yaml)" in result.stderr


def test_a_failed_render_says_what_the_check_says(run, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Intro")
    document.add_paragraph("Website: {{ organisation.webpage }}")
    document.save(str(tmp_path / "template.docx"))
    org = EXAMPLES / "orgs" / "konnevesi.yaml"
    result = run("render", "template.docx", org, "-o", "out.docx")
    assert result.exit_code == 1
    assert result.stderr == (
        'Error: template.docx: paragraph 2 "Website: {{ organisation.webpage }}": '
        "organisation.webpage: no such field; did you mean organisation.website?\n"
    )
    assert not (tmp_path / "out.docx").exists()
    env = build_environment(sandboxed=True)
    [problem] = check_template(
        (tmp_path / "template.docx").read_bytes(), "template.docx", env, example_context("loi")
    )
    assert f"template.docx: {problem}\n" in result.stderr
