"""Round trip of every fillable document in every shipped language: render, fill in Word, collect.

The documents are filled as a recipient would in Word (content controls, see
tests/helpers/forms.py), saved under another name, and collected; the data
written must equal what was filled.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from leadocs.documents.build import make_document
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import load_network, load_organisation
from leadocs.formats.model.partner_report import PartnerReportFile
from leadocs.i18n.languages import shipped_languages
from leadocs.returns.collect import CollectRequest, plan_collect, write_collected
from leadocs.returns.recipients import load_known
from leadocs.returns.tags import TASK_PREFIX, additional_tag, assistance_tag, member_tag
from tests.helpers import EXAMPLES
from tests.helpers.forms import controls, fill_docx

LANGUAGES = shipped_languages()
ANSWERS = {
    "experience": "Buyer in two PCPs (2019–2023) & a PPI <2025>.\nLed the market consultation.",
    "assistance": "Help with a joint call for tenders.\n\nAnd with national co-funding: “ESF+”.",
    "timeline": "",
    "additional_needs": "Ääkköset, ł, Ελληνικά — all kept.",
}


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(organisation files, returned files, data) folders; the example organisations copied."""
    shutil.copytree(EXAMPLES / "orgs", tmp_path / "orgs")
    shutil.copytree(EXAMPLES / "networks", tmp_path / "networks")
    (tmp_path / "returned").mkdir()
    return tmp_path / "orgs", tmp_path / "returned", tmp_path / "data"


def collect(orgs: Path, returned: Path, data: Path, **options: object):  # type: ignore[no-untyped-def]
    network = load_network(None)
    known, problems = load_known(network, None, orgs=orgs)
    assert problems == []
    request = CollectRequest(data, network, known, **options)  # type: ignore[arg-type]
    plan = plan_collect(sorted(returned.iterdir()), request)
    write_collected(plan, force=False)
    return plan


def organisation_document(orgs: Path, kind: str, lang: str) -> bytes:
    loaded = load_organisation(orgs / "konnevesi.yaml")
    subject = DocumentSubject(loaded.network, loaded.organisation, recipient_id="konnevesi")
    return make_document(kind, subject, lang=lang).data


@pytest.mark.parametrize("lang", LANGUAGES)
def test_letter_ticks_come_back_as_the_organisations_tasks(folders, lang: str) -> None:  # type: ignore[no-untyped-def]
    orgs, returned, data = folders
    letter = organisation_document(orgs, "loi", lang)
    tasks = [tag for tag in controls(letter) if tag.startswith(TASK_PREFIX)]
    assert len(tasks) == len(load_network(None).tasks)
    before = load_organisation(orgs / "konnevesi.yaml").organisation.tasks
    ticks = {tag: tag[len(TASK_PREFIX) :] not in before for tag in tasks}  # every box toggled
    (returned / "scan 0042 (signed).docx").write_bytes(fill_docx(letter, ticks))

    plan = collect(orgs, returned, data)

    assert plan.problems == []
    after = load_organisation(data / "konnevesi.yaml").organisation.tasks
    assert after == [tag[len(TASK_PREFIX) :] for tag, ticked in ticks.items() if ticked]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_assistance_answers_come_back_into_the_organisation(folders, lang: str) -> None:  # type: ignore[no-untyped-def]
    orgs, returned, data = folders
    form = organisation_document(orgs, "assistance", lang)
    filled = fill_docx(form, {assistance_tag(k): v for k, v in ANSWERS.items()})
    (returned / "antwort.docx").write_bytes(filled)

    plan = collect(orgs, returned, data)

    assert plan.problems == []
    organisation = load_organisation(data / "konnevesi.yaml").organisation
    for field, value in ANSWERS.items():
        assert getattr(organisation, field) == value
    original = (orgs / "konnevesi.yaml").read_text(encoding="utf-8")
    written = (data / "konnevesi.yaml").read_text(encoding="utf-8")
    assert written.splitlines()[0] == original.splitlines()[0]  # the user's comment is kept
    assert "registration: 0174584-2          # organisation identifier" in written


@pytest.mark.parametrize("lang", LANGUAGES)
def test_partner_report_becomes_a_report_record(folders, lang: str) -> None:  # type: ignore[no-untyped-def]
    orgs, returned, data = folders
    network = load_network(None)
    partner = next(p for p in network.partners if len(p.member_states) > 1)
    report = make_document("report", DocumentSubject(network, partner=partner), lang=lang).data
    members = {code: f"Member in {code} – Ærø & Co." for code in partner.member_states[:-1]}
    values: dict[str, bool | str] = {member_tag(code): name for code, name in members.items()}
    values |= {
        additional_tag("1", "organisation"): "Città di Torino",
        additional_tag("1", "country"): "it",
        additional_tag("1", "status"): "LOI signed",
        additional_tag("3", "organisation"): "Gemeente Utrecht",
        additional_tag("3", "country"): "NL",
        "report.description": "Two workshops.\n\nOne webinar.",
        "report.challenges": "Summer holidays.",
    }
    (returned / "report.docx").write_bytes(fill_docx(report, values))

    plan = collect(orgs, returned, data, period="M15")

    assert plan.problems == []
    record = PartnerReportFile.model_validate(
        yaml.safe_load((data / f"report-{partner.name}-M15.yaml").read_text(encoding="utf-8"))
    ).report
    assert record.partner == partner.name and record.period == "M15"
    assert {row.code: row.member for row in record.member_states} == {
        code: members.get(code) for code in partner.member_states
    }
    assert [(m.organisation, m.country, str(m.status)) for m in record.additional_members] == [
        ("Città di Torino", "IT", "loi-signed"),
        ("Gemeente Utrecht", "NL", "contacted"),
    ]
    assert record.description == "Two workshops.\n\nOne webinar."
    assert record.challenges == "Summer holidays."
