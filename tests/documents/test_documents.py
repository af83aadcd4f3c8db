"""Every network document on every example: written, valid, with the expected text."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from leadocs.documents.build import make_document
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import builtin_network, load_organisation
from leadocs.i18n.languages import choose_language
from leadocs.i18n.localise import localised_data
from tests.helpers import EXAMPLES, ORG_FILES, check_golden
from tests.helpers.docx_text import docx_to_text

TODAY = dt.date(2026, 11, 21)


def assert_valid_docx(path: Path) -> str:
    """Open with python-docx, parse every XML part, no template tags left; return the text."""
    docx.Document(str(path))
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(package.read(name))
    text = docx_to_text(path)
    for tag in ("{{", "}}", "{%", "%}", "{#"):
        assert tag not in text, f"{tag} left in {path.name}"
    return text


@pytest.mark.parametrize("org_file", ORG_FILES, ids=[p.stem for p in ORG_FILES])
@pytest.mark.parametrize("command", ["loi", "assistance"])
def test_organisation_documents_on_every_example(
    run, tmp_path: Path, org_file: Path, command: str
) -> None:
    result = run(command, org_file)
    assert result.exit_code == 0, result.stderr
    written = list(tmp_path.glob(f"{command}-*.docx"))
    assert len(written) == 1
    text = assert_valid_docx(written[0])
    loaded = load_organisation(org_file)
    assert loaded.organisation.name in text
    assert loaded.organisation.signatory.name in text
    lang = choose_language(None, loaded.organisation.language, loaded.network.language)
    network = localised_data(loaded.network, lang)
    assert f"LEA · {network['name']} ({network['acronym']})" in text


@pytest.mark.parametrize("org_file", ORG_FILES, ids=[p.stem for p in ORG_FILES])
def test_loi_ticks_the_chosen_tasks(org_file: Path, tmp_path: Path) -> None:
    loaded = load_organisation(org_file)
    document = make_document(
        "loi",
        DocumentSubject(loaded.network, organisation=loaded.organisation),
        lang="en",
        today=TODAY,
    )
    path = tmp_path / "loi.docx"
    path.write_bytes(document.data)
    lines = docx_to_text(path).splitlines()
    for task in localised_data(loaded.network, "en")["tasks"]:
        mark = "☒" if task["id"] in loaded.organisation.tasks else "☐"
        assert f"[Checklist] {mark} {task['text']}" in lines


def test_benefits_and_reports(run, tmp_path: Path) -> None:
    assert run("benefits").exit_code == 0
    text = assert_valid_docx(tmp_path / "benefits-LEA-N.docx")
    for benefit in localised_data(builtin_network(), "en")["benefits"]:
        assert benefit["title"] in text
    out = tmp_path / "reports"
    out.mkdir()
    assert run("report", "--all", "-o", out).exit_code == 0
    reports = sorted(out.glob("*.docx"))
    assert len(reports) == len(builtin_network().partners) == 16
    for path in reports:
        assert_valid_docx(path)


def test_report_prefills_the_partners_member_states(tmp_path: Path) -> None:
    network = builtin_network()
    partner = network.find_partner("enter")
    assert partner is not None
    path = tmp_path / "r.docx"
    path.write_bytes(
        make_document("report", DocumentSubject(network, partner=partner), today=TODAY).data
    )
    rows = [line for line in docx_to_text(path).splitlines() if line.endswith("| ENTER | |")]
    assert rows == [
        "| 1 | Austria | ENTER | |",
        "| 12 | Greece | ENTER | |",
        "| 19 | Malta | ENTER | |",
        "| 24 | Slovakia | ENTER | |",
    ]


def test_report_numbers_member_states_as_appendix_7_1_in_every_language(tmp_path: Path) -> None:
    network = builtin_network()
    partner = network.find_partner("EUPK")
    assert partner is not None
    path = tmp_path / "r.docx"
    subject = DocumentSubject(network, partner=partner)
    path.write_bytes(make_document("report", subject, lang="fi", today=TODAY).data)
    rows = [line for line in docx_to_text(path).splitlines() if line.endswith("| EUPK | |")]
    assert rows == ["| 28 | Norja (ETA-maa) | EUPK | |"]


def test_builtin_network_has_the_seed_table() -> None:
    network = builtin_network()
    states = [code for partner in network.partners for code in partner.member_states]
    assert len(states) == len(set(states)) == 28
    assert network.find_partner("Konnevesi Municipality").member_states == ["FI"]  # type: ignore[union-attr]
    assert localised_data(network, "en")["benefits"][0]["title"] == "Peer interaction"
    assert network.funding.grant_agreement == "779803"


def test_example_network_file_is_the_builtin_one() -> None:
    from leadocs.formats.files import load_network

    assert load_network(EXAMPLES / "networks" / "lea.yaml") == builtin_network()


@pytest.mark.parametrize("kind", ["loi", "assistance", "benefits", "report"])
def test_golden_text(kind: str, tmp_path: Path, update_golden: bool) -> None:
    loaded = load_organisation(EXAMPLES / "orgs" / "konnevesi.yaml")
    org, network = loaded.organisation, loaded.network
    if kind == "loi":
        document = make_document(
            "loi", DocumentSubject(network, organisation=org), lang="en", today=TODAY
        )
    elif kind == "assistance":
        document = make_document(
            "assistance", DocumentSubject(network, organisation=org), lang="en", today=TODAY
        )
    elif kind == "benefits":
        document = make_document("benefits", DocumentSubject(network), lang="en", today=TODAY)
    else:
        document = make_document(
            "report", DocumentSubject(network, partner=network.partners[0]), lang="en", today=TODAY
        )
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(document.data)
    check_golden(f"{kind}-konnevesi-en.txt", docx_to_text(path), update_golden)


def test_output_naming_and_overwrite(run, tmp_path: Path) -> None:
    org = EXAMPLES / "orgs" / "lodz.yaml"
    assert run("loi", org).exit_code == 0
    target = tmp_path / "loi-ŁARR.docx"
    assert target.exists()
    target.write_bytes(b"edited by the user")
    result = run("loi", org)
    assert result.exit_code == 1
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_bytes() == b"edited by the user"
    assert run("loi", org, "--force").exit_code == 0
    assert target.read_bytes() != b"edited by the user"
    assert run("loi", org, "-o", tmp_path / "mine.docx").exit_code == 0
    assert (tmp_path / "mine.docx").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_values_are_data(run, tmp_path: Path) -> None:
    nasty = 'Acme & Sons <b>"{{ 7*7 }}"</b> {% for x in y %}'
    org = tmp_path / "nasty.yaml"
    org.write_text(
        (EXAMPLES / "orgs" / "konnevesi.yaml")
        .read_text(encoding="utf-8")
        .replace("name: Konneveden kunta (Konnevesi Municipality)", f"name: '{nasty}'")
        .replace("short_name: Konnevesi", "short_name: '../{{x}}/CON'"),
        encoding="utf-8",
    )
    for command in ("loi", "assistance"):
        result = run(command, org)
        assert result.exit_code == 0, result.stderr
        written = list(tmp_path.glob(f"{command}-*.docx"))
        assert len(written) == 1 and written[0].parent == tmp_path
        text = docx_to_text(written[0])
        assert nasty in text
        assert "49" not in text.replace("2026", "")


def test_template_override_is_used_and_sandboxed(run, tmp_path: Path) -> None:
    from leadocs.documents.templates import builtin_templates_dir

    assert run("templates", "export", "loi", tmp_path / "mine").exit_code == 0
    copy = tmp_path / "mine" / "loi.docx"
    assert copy.read_bytes() == (builtin_templates_dir() / "loi.docx").read_bytes()
    result = run("loi", EXAMPLES / "orgs" / "konnevesi.yaml", "--template", copy)
    assert result.exit_code == 0, result.stderr
    result = run(
        "loi",
        EXAMPLES / "orgs" / "konnevesi.yaml",
        "--template",
        tmp_path / "no.docx",
        "-o",
        "x.docx",
    )
    assert result.exit_code == 1 and "template file not found" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_report_all_writes_nothing_when_one_exists(run, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    out.mkdir()
    (out / "report-SERN.docx").write_bytes(b"mine")
    result = run("report", "--all", "-o", out)
    assert result.exit_code == 1 and "report-SERN.docx already exists" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["report-SERN.docx"]
    assert (out / "report-SERN.docx").read_bytes() == b"mine"


def test_outputs_get_ordinary_permissions(run, tmp_path: Path) -> None:
    import os
    import stat

    assert run("benefits").exit_code == 0
    mode = stat.S_IMODE((tmp_path / "benefits-LEA-N.docx").stat().st_mode)
    mask = os.umask(0)
    os.umask(mask)
    assert mode == 0o666 & ~mask


def test_core_properties_are_escaped_once(tmp_path: Path) -> None:
    loaded = load_organisation(EXAMPLES / "orgs" / "thessaloniki.yaml")
    document = make_document(
        "loi",
        DocumentSubject(loaded.network, organisation=loaded.organisation),
        lang="en",
        today=TODAY,
    )
    path = tmp_path / "t.docx"
    path.write_bytes(document.data)
    properties = docx.Document(str(path)).core_properties
    assert properties.subject == "Δήμος Θεσσαλονίκης – Education & Lifelong Learning Directorate"
