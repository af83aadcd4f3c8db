"""``leadocs collect`` from the command line: matching, hand-edited files, every problem."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from leadocs.documents.build import make_document
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import load_organisation
from leadocs.render.custom_properties import add_custom_properties, read_custom_properties
from leadocs.returns.tags import additional_tag, assistance_tag
from tests.helpers import EXAMPLES
from tests.helpers.forms import fill_docx, type_over_checkbox


@pytest.fixture
def orgs(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES / "orgs", tmp_path / "orgs")
    shutil.copytree(EXAMPLES / "networks", tmp_path / "networks")
    (tmp_path / "back").mkdir()
    return tmp_path / "orgs"


def letter(orgs: Path, kind: str = "loi", name: str = "konnevesi") -> bytes:
    loaded = load_organisation(orgs / f"{name}.yaml")
    subject = DocumentSubject(loaded.network, loaded.organisation, recipient_id=name)
    return make_document(kind, subject, lang="en").data


def tasks_in(path: Path) -> list[str]:
    return load_organisation(path).organisation.tasks


def test_an_x_typed_over_a_box_counts_as_a_tick(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    data = type_over_checkbox(letter(orgs), "task:demand-policy", "X")
    Path("back/typed.docx").write_bytes(data)
    result = run("collect", "back", "--orgs", orgs, "-o", "data")
    assert result.exit_code == 0, result.output
    assert tasks_in(Path("data/konnevesi.yaml")) == [
        "capacity-building",
        "ppi-pcp",
        "demand-policy",
    ]


def test_a_box_deleted_and_a_mark_typed_instead_is_read_from_the_checklist(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    data = type_over_checkbox(letter(orgs), "task:demand-policy", "X", remove_control=True)
    data = type_over_checkbox(data, "task:ppi-pcp", "", remove_control=True)
    Path("back/typed.docx").write_bytes(data)
    result = run("collect", "back", "--orgs", orgs, "-o", "data")
    assert result.exit_code == 0, result.output
    assert tasks_in(Path("data/konnevesi.yaml")) == ["capacity-building", "demand-policy"]


def test_a_box_with_other_text_is_reported_not_guessed(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    Path("back/odd.docx").write_bytes(type_over_checkbox(letter(orgs), "task:ppi-pcp", "maybe"))
    result = run("collect", "back", "--orgs", orgs, "-o", "data")
    assert result.exit_code == 1
    message = "back/odd.docx: task:ppi-pcp: cannot tell whether the box is ticked: 'maybe'"
    assert message in result.output
    assert "Traceback" not in result.output
    assert not Path("data/konnevesi.yaml").exists()


def test_matching_survives_renaming_and_the_diff_shows_the_change(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    form = fill_docx(letter(orgs, "assistance"), {assistance_tag("timeline"): "Tender in 2028."})
    Path("back/Scan_2027-03-01 final FINAL.docx").write_bytes(form)
    result = run("collect", "back", "--orgs", orgs, "-o", "data", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "assistance of konnevesi" in result.output
    assert "-  timeline: Market consultation in spring 2027" in result.output
    assert "+  timeline: Tender in 2028." in result.output
    assert not Path("data").exists()  # a dry run writes nothing


def test_nothing_is_overwritten_without_force(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    Path("data").mkdir()
    Path("data/konnevesi.yaml").write_text("# mine\n", encoding="utf-8")
    Path("back/l.docx").write_bytes(fill_docx(letter(orgs), {"task:ppi-pcp": False}))
    result = run("collect", "back", "--orgs", orgs, "-o", "data")
    assert result.exit_code == 1
    assert "data/konnevesi.yaml: exists with other content; --force to replace it" in result.output
    assert Path("data/konnevesi.yaml").read_text(encoding="utf-8") == "# mine\n"
    assert run("collect", "back", "--orgs", orgs, "-o", "data", "--force").exit_code == 0
    assert tasks_in(Path("data/konnevesi.yaml")) == ["capacity-building"]


def test_a_document_made_from_other_data_is_reported(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    Path("back/l.docx").write_bytes(letter(orgs))
    path = orgs / "konnevesi.yaml"
    path.write_text(path.read_text().replace("Keskustie 33", "Keskustie 35"), encoding="utf-8")
    result = run("collect", "back", "--orgs", orgs, "-o", "data")
    assert result.exit_code == 1
    assert "back/l.docx: leadocs.data: made on" in result.output
    assert "the document or the data changed since" in result.output


def test_an_unknown_recipient_and_a_foreign_file_are_reported(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    data = letter(orgs)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        properties = read_custom_properties(package)
    properties["leadocs.recipient"] = "atlantis"
    Path("back/a.docx").write_bytes(add_custom_properties(data, properties))
    plain = EXAMPLES.parent / "templates" / "benefits.docx"
    shutil.copy(plain, "back/b.docx")
    result = run("collect", "back", "--orgs", orgs, "-o", "data")
    assert result.exit_code == 1
    assert "back/a.docx: leadocs.recipient: unknown recipient 'atlantis'" in result.output
    assert "back/b.docx: leadocs.recipient: no leadocs identity" in result.output


def test_a_report_value_that_does_not_validate_is_named(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    from leadocs.formats.files import load_network

    network = load_network(None)
    subject = DocumentSubject(network, partner=network.partners[0])
    report = make_document("report", subject, lang="en").data
    values: dict[str, bool | str] = {
        additional_tag("2", "organisation"): "Somewhere",
        additional_tag("2", "country"): "Narnia",
    }
    Path("back/r.docx").write_bytes(fill_docx(report, values))
    result = run("collect", "back", "--orgs", orgs, "-o", "data", "--period", "M15")
    assert result.exit_code == 1
    assert "back/r.docx: report.additional_members.2.country:" in result.output


def test_collect_needs_data_to_match_against(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("collect", "back", "-o", "data")
    assert result.exit_code == 2
    assert "give --orgs DIR or --list RECIPIENTS" in result.output


def test_an_answer_typed_over_its_deleted_control_is_reported(run, orgs: Path) -> None:  # type: ignore[no-untyped-def]
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(letter(orgs, "assistance")))
    for control in list(document.element.body.iter(qn("w:sdt"))):
        tag = control.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        if tag is not None and tag.get(qn("w:val")) == assistance_tag("timeline"):
            paragraph = control.find(f"{qn('w:sdtContent')}/{qn('w:p')}")
            control.addprevious(paragraph)  # the text stays, the control is gone
            control.getparent().remove(control)
    document.save("back/form.docx")
    result = run("collect", "back", "--orgs", orgs, "-o", "data")
    assert result.exit_code == 1
    assert "back/form.docx: assistance.timeline: the answer is not in the document" in result.output
    assert not Path("data/konnevesi.yaml").exists()
