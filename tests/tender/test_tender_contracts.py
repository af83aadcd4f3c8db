"""The contracts of the tender pack: which files each procedure gets, and what they say.

The English contracts of the three example procedures are compared with golden
text projections (``--update-golden`` rewrites them); the tests below check the
clauses that depend on the procurement file: parties and signatures, duration,
maximum prices and instalments, IPR per procedure, the innovation partnership's
termination after each phase and purchase, EU funding, law and courts, and the
"[to complete]" marks where the file says nothing.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from leadocs.tender.input import load_procurement
from leadocs.tender.pack import PackFile, TenderPack, build_pack
from tests.helpers import check_golden
from tests.helpers.docx_text import docx_to_text
from tests.helpers.soffice_required import require_soffice
from tests.tender.test_procurement_model import PROCUREMENTS
from tests.tender.test_rules import data
from tests.tender.test_tender_law import write

DAY = dt.date(2026, 9, 1)
PCP = PROCUREMENTS / "pcp-personalised-stem.yaml"
PPI = PROCUREMENTS / "ppi-learning-platform.yaml"
IP = PROCUREMENTS / "innovation-partnership-reading-assistant.yaml"
EXAMPLES = sorted(PROCUREMENTS.glob("*.yaml"))


@cache  # the example packs are read, never changed, by the tests
def pack_of(path: Path, lang: str | None = None) -> TenderPack:
    loaded = load_procurement(path)
    return build_pack(loaded, loaded.check(), lang=lang or loaded.procurement.language, today=DAY)


def contracts(pack: TenderPack) -> list[PackFile]:
    return [f for f in pack.files if f.name[:2].isdigit() and int(f.name[:2]) >= 7]


def text_of(pack: TenderPack, name: str) -> str:
    return docx_to_text(next(f for f in pack.files if f.name == name).data)


def pack_from(tmp_path: Path, values: dict[str, Any]) -> TenderPack:
    loaded = load_procurement(write(tmp_path, values))
    return build_pack(loaded, loaded.check(), lang="en", today=DAY)


def flat(text: str) -> str:
    return " ".join(text.split())


# -- which contracts, in the pack and its index -------------------------------------------


@pytest.mark.parametrize(
    ("path", "names"),
    [
        (PCP, ["07-framework-agreement.docx", "08-specific-contract-phase-1.docx",
               "09-specific-contract-phase-2.docx", "10-specific-contract-phase-3.docx"]),
        (PPI, ["07-supply-contract.docx"]),
        (IP, ["07-partnership-agreement.docx"]),
    ],
)  # fmt: skip
def test_each_procedure_gets_its_contracts(path: Path, names: list[str]) -> None:
    pack = pack_of(path)
    found = contracts(pack)
    assert [f.name for f in found] == names
    assert all(f.published for f in found)
    index = docx_to_text(pack.files[0].data)
    for file in found:
        assert f"| {file.title} | {file.name} | published |" in index


def test_a_pcp_gets_one_specific_contract_per_phase(tmp_path: Path) -> None:
    values = data("pcp")
    values["phases"] = values["phases"][:2]
    values["budget"]["total"] = 1_900_000
    titles = [f.title for f in contracts(pack_from(tmp_path, values))]
    assert titles == [
        "Framework agreement",
        "Specific contract for phase 1: Solution design",
        "Specific contract for phase 2: Prototype development",
    ]


@pytest.mark.parametrize(
    ("path", "name", "golden"),
    [
        (PCP, "07-framework-agreement.docx", "contract-pcp-framework.txt"),
        (PCP, "09-specific-contract-phase-2.docx", "contract-pcp-specific.txt"),
        (PPI, "07-supply-contract.docx", "contract-ppi.txt"),
        (IP, "07-partnership-agreement.docx", "contract-innovation-partnership.txt"),
    ],
)
def test_golden_text(path: Path, name: str, golden: str, update_golden: bool) -> None:
    check_golden(golden, text_of(pack_of(path), name), update_golden)


# -- parties and signatures ---------------------------------------------------------------


def test_joint_procurement_names_every_buyer_and_the_lead_acts_for_them() -> None:
    text = text_of(pack_of(PCP), "07-framework-agreement.docx")
    assert "[Form Label] The buyers of the joint procurement:" in text
    assert "| Göteborgsregionen (GR) | Sweden | Buyer |" in text
    assert "Konneveden kunta (Konnevesi Municipality) is the lead procurer." in text
    signatures = text.split("[Heading 1] Signatures")[1]
    rows = [line for line in signatures.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + 4 + 1  # header, four buyers, the contractor
    assert "| Konneveden kunta (Konnevesi Municipality) ↵ Lead procurer | Jyrki Mäkelä, " in text
    assert "| Ajuntament de Viladecans ↵ Buyer | [to complete] | | |" in text
    assert rows[-1] == "| Contractor | [to complete] | | |"


def test_a_single_buyer_is_the_contracting_authority(tmp_path: Path) -> None:
    text = text_of(pack_of(PROCUREMENTS / "pcp-single-buyer.yaml"), "07-framework-agreement.docx")
    assert "[Form Label] The contracting authority:" in text
    assert "is the lead procurer" not in text
    assert "addressed to the lead procurer" not in text


def test_the_contractor_is_left_to_complete_at_award() -> None:
    text = text_of(pack_of(PPI), "07-supply-contract.docx")
    for label in ("Name", "Registration number", "Address", "Represented by"):
        assert f"| {label} | [to complete] |" in text


# -- duration, prices, instalments, acceptance --------------------------------------------


def test_framework_duration_is_computed_from_the_phases() -> None:
    text = flat(text_of(pack_of(PCP), "07-framework-agreement.docx"))
    assert "Duration, computed from the phases, in months: 21" in text  # March 2027–Nov 2028
    assert "| 2 | Prototype development | 1 July 2027 – 31 December 2027 | 6 | €380,000 | 4 |" in (
        text
    )


def test_specific_contract_has_the_phase_maximum_price_and_instalments(tmp_path: Path) -> None:
    values = data("pcp")
    values["phases"][1]["instalments"] = [
        {"milestone": "Specific contract signed", "share": 30},
        {"milestone": "End-of-phase report accepted", "share": 70},
    ]
    text = text_of(pack_from(tmp_path, values), "09-specific-contract-phase-2.docx")
    assert "| Maximum price per contract (excl. VAT) | €380,000 |" in text
    assert "| Price offered by the contractor (excl. VAT) | [to complete] |" in text
    assert "| Specific contract signed | 30\u00a0% | €114,000 |" in text
    assert "| End-of-phase report accepted | 70\u00a0% | €266,000 |" in text
    first = text_of(pack_from(tmp_path, values), "08-specific-contract-phase-1.docx")
    assert "Particular conditions: Each phase is paid at a fixed price: 50 % at the start" in first
    del values["contract"]["payment_terms"]
    first = text_of(pack_from(tmp_path, values), "08-specific-contract-phase-1.docx")
    assert "The price is paid in full once the deliverables of the phase are accepted." in first


def test_finnish_specific_contract_writes_amounts_as_finnish_does() -> None:
    text = text_of(
        pack_of(PROCUREMENTS / "pcp-matematiikka-fi.yaml"), "08-erillissopimus-vaihe-1.docx"
    )
    assert (
        "| Erillissopimus allekirjoitettu (ennakkomaksu) | 50\u00a0% | 20\u00a0000\u00a0€ |" in text
    )
    assert "[Title] Vaiheen 1 erillissopimus: Ratkaisun suunnittelu" in text


def test_only_the_last_specific_contract_ends_the_framework() -> None:
    pack = pack_of(PCP)
    second = text_of(pack, "09-specific-contract-phase-2.docx")
    assert "[List Bullet] Teachers' assessment of usability" in second
    assert "A contractor that is not admitted to the next phase has no claim" in second
    last = text_of(pack, "10-specific-contract-phase-3.docx")
    assert "This is the last phase." in last
    assert "not admitted to the next phase" not in last


def test_payment_and_acceptance_periods_or_to_complete() -> None:
    given = text_of(pack_of(PCP), "07-framework-agreement.docx")
    assert "| Period of payment of an accepted invoice, in days | 30 |" in given
    assert "| Period of acceptance or rejection, in days | 30 |" in given
    assert "Minimum cover per claim: €1,000,000" in flat(given)
    single = text_of(pack_of(PROCUREMENTS / "pcp-single-buyer.yaml"), "07-framework-agreement.docx")
    assert "| Period of payment of an accepted invoice, in days | [to complete] |" in single
    assert "Minimum cover per claim: [to complete]" in flat(single)


# -- IPR per procedure --------------------------------------------------------------------


def test_pcp_contractor_owns_the_results_and_buyers_get_licence_and_call_back() -> None:
    text = flat(text_of(pack_of(PCP), "07-framework-agreement.docx"))
    assert "Each contractor owns the intellectual property rights in the results" in text
    assert "royalty-free, non-exclusive, irrevocable right to use the results" in text
    assert "(call-back)" in text
    assert "| Call-back | If a contractor does not start to exploit" in text


@pytest.mark.parametrize(("path", "name"), [(PPI, "07-supply-contract.docx"),
                                            (IP, "07-partnership-agreement.docx")])  # fmt: skip
def test_ppi_and_partnership_take_their_ipr_from_the_file(path: Path, name: str) -> None:
    text = flat(text_of(pack_of(path), name))
    assert "Call-back" not in text and "call-back" not in text
    assert "Each contractor owns" not in text
    assert "| Rights of the procurers | The buyers get" in text


# -- the innovation partnership -----------------------------------------------------------


def test_partnership_phases_targets_instalments_termination_and_purchase() -> None:
    text = text_of(pack_of(IP), "07-partnership-agreement.docx")
    assert "[Heading 2] 6.1 Phase 1: Research and concept" in text
    assert (
        "[List Bullet] Concept understood by at least 8 of 10 teachers in usability tests" in text
    )
    assert "| Research report accepted | 40\u00a0% | €60,000 |" in text
    assert "may terminate the innovation partnership or, where it has several partners" in flat(
        text
    )
    assert "[Note] After each phase the authority assesses every partner" in text
    assert "| Maximum cost of the purchase (excl. VAT) | €2,400,000 |" in text
    assert "[List Bullet] Available 99.5 % of school hours" in text
    assert "Duration of the development phases and of the purchase, in months: 72" in flat(text)


def test_partnership_without_termination_after_phases(tmp_path: Path) -> None:
    values = data("ip")
    values["partnership"]["terminate_after_phase"] = False
    del values["partnership"]["termination_conditions"]
    del values["contract"]["duration_months"]
    text = flat(text_of(pack_from(tmp_path, values), "07-partnership-agreement.docx"))
    assert "did not provide for terminating the partnership after a phase" in text
    assert "may terminate the innovation partnership" not in text
    assert "of the purchase, in months: 69" in text  # 6 + 9 + 6 + 48 from the file


# -- EU funding, law and courts -----------------------------------------------------------


def test_eu_funding_obligations_only_when_funded(tmp_path: Path) -> None:
    text = flat(text_of(pack_of(PCP), "07-framework-agreement.docx"))
    assert "16. Obligations arising from the EU funding" in text
    assert "European Anti-Fraud Office (OLAF) and the European Court of Auditors" in text
    assert "Grant agreement: 101999999 (Horizon Europe, European Commission)" in text
    values = data("pcp")
    del values["funding"]
    values["buyers"]["members"][0]["contribution"] = 3_615_000
    unfunded = text_of(pack_from(tmp_path, values), "07-framework-agreement.docx")
    assert "OLAF" not in unfunded and "EU funding" not in unfunded


def test_law_and_courts_default_to_the_lead_buyers_country(tmp_path: Path) -> None:
    text = flat(text_of(pack_of(PCP), "07-framework-agreement.docx"))
    assert "governed by the following law: Finnish law." in text
    assert "following courts: Central Finland District Court (Jyväskylä)." in text
    values = data("pcp")
    del values["contract"]["applicable_law"], values["contract"]["jurisdiction"]
    text = flat(text_of(pack_from(tmp_path, values), "07-framework-agreement.docx"))
    assert "the law of the country of the lead procurer (Finland)." in text
    assert "competent courts of the country of the lead procurer (Finland): [to complete]" in text


# -- every example: the contracts open and say what the file says -------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_writes_its_contracts(path: Path) -> None:
    pack = pack_of(path)
    found = contracts(pack)
    assert found
    for file in found:
        text = docx_to_text(file.data)
        assert "{{" not in text and "{%" not in text, file.name
        assert f"[Title] {file.title}" in text
        assert "[Heading 1] 1. " in text


@pytest.mark.soffice
def test_every_example_contract_converts_in_libreoffice(tmp_path: Path) -> None:
    require_soffice()
    from pypdf import PdfReader

    from leadocs.pdf.pool import ConverterPool

    sources = []
    for path in EXAMPLES:
        for file in contracts(pack_of(path)):
            source = tmp_path / f"{path.stem}-{file.name}"
            source.write_bytes(file.data)
            sources.append(source)
    with ConverterPool(1) as pool:
        for source in sources:
            pool.convert(source, source.with_suffix(".pdf"))
    for source in sources:
        pages = PdfReader(source.with_suffix(".pdf")).pages
        assert len(pages) >= 2, source.name
        assert "{{" not in "".join(page.extract_text() for page in pages)
