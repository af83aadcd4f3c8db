"""Every letter of intent and assistance form is one A4 page, in every shipped language.

The documents are converted through leadocs' own PDF pool, all in one batch,
and the pages of each PDF counted. Two organisations: the Konnevesi example
(every field filled, as a municipality would) and one with the longest values
a real organisation plausibly has (a long official name, titles and address,
four-line answers).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from leadocs.documents.build import make_document
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import load_organisation
from leadocs.i18n.languages import shipped_languages
from leadocs.pdf.jobs import ConversionJob
from leadocs.pdf.pool import ConverterPool
from tests.helpers import EXAMPLES
from tests.helpers.soffice_required import require_soffice

pytestmark = pytest.mark.soffice

KINDS = ("loi", "assistance")
ANSWER = (
    "Our education department runs 42 schools; we would like support in preparing a joint "
    "pre-commercial procurement with two neighbouring municipalities, on the legal basis for "
    "joint cross-border procurement and on national co-funding for the market consultation."
)


def _longest_realistic(tmp_path: Path) -> Path:
    data = yaml.safe_load((EXAMPLES / "orgs" / "konnevesi.yaml").read_text("utf-8"))
    org = data["organisation"]
    org["name"] = (
        "Regional Council of Central Finland – Joint Municipal Authority for Education, "
        "Culture and Lifelong Learning (Keski-Suomen liitto)"
    )
    org["short_name"] = "Keski-Suomen liitto"
    org["address"]["street"] = "Sepänkatu 4, Ground floor, Education Services Unit"
    org["contact"]["role"] = "Head of Development, Digital Learning and Innovation Procurement"
    org["contact"]["email"] = "firstname.lastname-development@keskisuomi-education.fi"
    org["signatory"]["name"] = "Anna-Maria Virtanen-Kärkkäinen"
    org["signatory"]["title"] = "Director of Education and Lifelong Learning Services"
    org["tasks"] = ["capacity-building", "ppi-pcp", "demand-policy"]
    for key in ("experience", "assistance", "additional_needs"):
        org[key] = ANSWER
    org["timeline"] = "Market consultation in spring 2027, call for tenders in autumn 2027."
    path = tmp_path / "long.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


def test_letter_and_assistance_form_fit_one_page_in_every_language(tmp_path: Path) -> None:
    require_soffice()
    jobs = []
    for org_file in (EXAMPLES / "orgs" / "konnevesi.yaml", _longest_realistic(tmp_path)):
        loaded = load_organisation(org_file)
        subject = DocumentSubject(loaded.network, organisation=loaded.organisation)
        for lang in shipped_languages():
            for kind in KINDS:
                document = make_document(kind, subject, lang=lang, today=dt.date(2025, 3, 7))
                source = tmp_path / f"{kind}-{org_file.stem}-{lang}.docx"
                source.write_bytes(document.data)
                jobs.append(ConversionJob(source, source.with_suffix(".pdf"), source.stem))
    # One batch, letters joined per LibreOffice load (each part still counted on its own).
    with ConverterPool(2, combine=16) as pool:
        results = list(pool.convert_many(sorted(jobs, key=lambda job: job.key)))
    assert all(result.ok for result in results), [r.error for r in results if not r.ok]
    pages = {job.key: len(PdfReader(job.target).pages) for job in jobs}
    assert {key: count for key, count in pages.items() if count != 1} == {}
    assert len(pages) == 2 * len(KINDS) * len(shipped_languages())
