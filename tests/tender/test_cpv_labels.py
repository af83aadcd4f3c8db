"""CPV labels: every code the examples and the Art. 14 table use is named in every language.

The names are those of Regulation (EC) No 213/2008 (CPV 2008), shipped in
``leadocs/data/cpv.yaml``; a code leadocs does not ship prints the language's
``[label]`` mark for the officer to complete.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from leadocs.tender.draft import tender_document
from leadocs.tender.input import load_procurement
from leadocs.tender.rules.cpv import cpv_label, shipped_labels
from leadocs.tender.rules.tables import ART14_RD_CPV
from leadocs.tender.texts import tender_catalogue, tender_languages
from tests.helpers.docx_text import docx_to_text
from tests.tender.test_procurement_model import PROCUREMENTS
from tests.tender.test_rules import data
from tests.tender.test_tender_law import write

DAY = dt.date(2026, 9, 1)


def example_codes() -> set[str]:
    codes = set()
    for path in PROCUREMENTS.glob("*.yaml"):
        procurement = yaml.safe_load(path.read_text(encoding="utf-8"))["procurement"]
        codes |= {procurement["cpv_main"], *procurement.get("cpv_additional", [])}
    return codes


def test_every_code_in_use_is_shipped() -> None:
    assert example_codes() | set(ART14_RD_CPV) <= set(shipped_labels())


@pytest.mark.parametrize("code", sorted(shipped_labels()))
def test_every_shipped_code_is_named_in_every_language(code: str) -> None:
    names = shipped_labels()[code]
    assert sorted(names) == sorted(tender_languages())
    assert all(name.strip() and "[" not in name for name in names.values())
    assert len(set(names.values())) > 6, "most languages name a code their own way"


def test_a_shipped_label_prints_in_the_draft_language(tmp_path: Path) -> None:
    loaded = load_procurement(write(tmp_path, data("pcp")))
    text = docx_to_text(tender_document(loaded, loaded.check(), today=DAY, lang="el").data)
    assert f"73000000-2 – {cpv_label('73000000-2', 'el')}" in text
    assert "Υπηρεσίες έρευνας και ανάπτυξης και συναφείς υπηρεσίες παροχής συμβουλών" in text


@pytest.mark.parametrize("lang", ["en", "fi", "pt", "el"])
def test_a_code_without_a_label_prints_the_language_mark(tmp_path: Path, lang: str) -> None:
    values = data("pcp")
    values["cpv_additional"] = ["73210000-7"]  # consultancy of research: not shipped
    loaded = load_procurement(write(tmp_path, values))
    assert cpv_label("73210000-7", lang) is None
    text = docx_to_text(tender_document(loaded, loaded.check(), today=DAY, lang=lang).data)
    mark = tender_catalogue(lang)["marks"]["label"]
    assert f"73210000-7 – {mark}" in text
    if lang != "en":
        assert "[label]" not in text
