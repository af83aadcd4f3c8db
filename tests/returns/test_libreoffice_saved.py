"""Documents filled, then opened and saved again by LibreOffice (7.4 drops text controls' tags)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from leadocs.documents.build import make_document
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import load_network, load_organisation
from leadocs.formats.model.partner_report import PartnerReportFile
from leadocs.returns.tags import additional_tag, assistance_tag, member_tag
from tests.helpers import EXAMPLES
from tests.helpers.forms import fill_docx
from tests.helpers.soffice_required import require_soffice

pytestmark = pytest.mark.soffice


def save_with_libreoffice(sources: list[Path], outdir: Path) -> None:
    """Open each document in LibreOffice and save it as .docx again (what a user's Save does)."""
    program = require_soffice()
    outdir = outdir.resolve()
    subprocess.run(
        [
            str(program),
            f"-env:UserInstallation=file://{outdir.parent / 'profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(outdir),
            *(str(source.resolve()) for source in sources),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def test_answers_survive_a_save_in_libreoffice(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(EXAMPLES / "orgs", tmp_path / "orgs")
    shutil.copytree(EXAMPLES / "networks", tmp_path / "networks")
    loaded = load_organisation(tmp_path / "orgs" / "lodz.yaml")
    subject = DocumentSubject(loaded.network, loaded.organisation, recipient_id="lodz")
    filled = Path("filled")
    filled.mkdir()
    answers = {"experience": "One PCP.\n\nTwo PPIs.", "timeline": "2028", "assistance": "Advice."}
    form = make_document("assistance", subject, lang="pl").data
    values = {assistance_tag(key): value for key, value in answers.items()}
    (filled / "form.docx").write_bytes(fill_docx(form, values))
    letter = make_document("loi", subject, lang="pl").data
    ticks = {"task:capacity-building": False, "task:demand-policy": True}
    (filled / "letter.docx").write_bytes(fill_docx(letter, ticks))
    network = load_network(None)
    partner = network.partners[0]
    report = make_document("report", DocumentSubject(network, partner=partner), lang="de").data
    report_values: dict[str, bool | str] = {
        member_tag(partner.member_states[0]): "Stadt Graz",
        additional_tag("2", "organisation"): "Comune di Bari",
        additional_tag("2", "country"): "IT",
        "report.challenges": "Zu wenig Zeit.\n\nUnd Ferien.",
    }
    (filled / "report.docx").write_bytes(fill_docx(report, report_values))

    save_with_libreoffice(sorted(filled.iterdir()), Path("back"))
    result = run("collect", "back", "--orgs", tmp_path / "orgs", "-o", "data", "--period", "M15")

    assert result.exit_code == 0, result.output
    organisation = load_organisation(Path("data/lodz.yaml")).organisation
    assert {key: getattr(organisation, key) for key in answers} == answers
    before = set(loaded.organisation.tasks) - {"capacity-building"} | {"demand-policy"}
    assert organisation.tasks == [t.id for t in loaded.network.tasks if t.id in before]
    text = Path(f"data/report-{partner.name}-M15.yaml").read_text(encoding="utf-8")
    record = PartnerReportFile.model_validate(yaml.safe_load(text)).report
    assert record.member_states[0].member == "Stadt Graz"
    assert [(m.organisation, m.country) for m in record.additional_members] == [
        ("Comune di Bari", "IT")
    ]
    assert record.challenges == "Zu wenig Zeit.\n\nUnd Ferien."
