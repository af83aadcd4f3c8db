"""The example procurements in other languages and the single-buyer PCP: whole packs, no English.

One example per procedure in a language other than English (a Finnish PCP, a
Portuguese PPI, a Greek innovation partnership) and a single-buyer PCP.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from leadocs.tender.input import load_procurement
from leadocs.tender.model import Procedure
from leadocs.tender.pack import build_pack
from tests.helpers.docx_text import docx_to_text
from tests.tender.test_procurement_model import PROCUREMENTS
from tests.tender.test_tender_languages import english_left

DAY = dt.date(2027, 1, 4)
EXAMPLES = {
    "pcp-matematiikka-fi.yaml": (Procedure.PCP, "fi"),
    "ppi-plataforma-aprendizagem-pt.yaml": (Procedure.PPI, "pt"),
    "sympraxi-kainotomias-el.yaml": (Procedure.INNOVATION_PARTNERSHIP, "el"),
    "pcp-single-buyer.yaml": (Procedure.PCP, "en"),
}


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_passes_every_rule_in_its_language(name: str) -> None:
    loaded = load_procurement(PROCUREMENTS / name)
    procedure, lang = EXAMPLES[name]
    assert (loaded.procurement.procedure, loaded.procurement.language) == (procedure, lang)
    report = loaded.check()
    assert report.errors == [] and report.warnings == []


@pytest.mark.parametrize("name", [n for n, (_, lang) in EXAMPLES.items() if lang != "en"])
def test_example_pack_has_no_english_static_text(name: str) -> None:
    loaded = load_procurement(PROCUREMENTS / name)
    lang = EXAMPLES[name][1]
    pack = build_pack(loaded, loaded.check(), lang=lang, today=DAY)
    for file in pack.files:
        if file.name.endswith(".docx") and not file.name.startswith("05-"):
            text = docx_to_text(file.data)
            assert "{{" not in text and "{%" not in text
            assert english_left(text, lang) == [], file.name
        elif file.name.endswith(".xlsx"):
            book = load_workbook(io.BytesIO(file.data))
            assert book.sheetnames[0] not in ("Price schedule", "Summary")


def test_single_buyer_pcp_has_no_joint_procurement() -> None:
    loaded = load_procurement(PROCUREMENTS / "pcp-single-buyer.yaml")
    pack = build_pack(loaded, loaded.check(), lang="en", today=DAY)
    draft = docx_to_text(pack.files[1].data)
    assert "joint procurement" not in draft.casefold()
    assert "Art. 39" not in draft
    assert "is the contracting authority and runs this procurement" in draft
