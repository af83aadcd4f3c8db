"""Clauses every contract of the tender pack shares: parties, documents, payment, signatures.

Blocks of :mod:`leadocs.layouts.tender_contracts` over the context of
:func:`leadocs.tender.pack.contracts.contract_context`. Every word comes from the
``contract`` section of the tender catalogue (``t.contract.…``) or from the
procurement file; what the file does not say is a highlighted "[to complete]".
Articles are numbered by :class:`Articles`, so that each layout numbers its own
sequence and the optional EU-funding article can come last.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.table import _Cell

from leadocs.layouts.docx_builder import (
    cell_text,
    document_of,
    grid_table,
    keep_together,
    min_height,
    new_document,
    no_split,
    para,
    shade,
)
from leadocs.layouts.tender_cover import header
from leadocs.layouts.tender_parts import (
    FULL,
    Row,
    T,
    header_row,
    kv_table,
    loop_table,
    marker,
    text,
    value,
)

__all__ = [
    "Articles",
    "acceptance",
    "confidentiality",
    "contract_start",
    "definitions",
    "documents",
    "eu_funding",
    "ipr_table",
    "law",
    "liability",
    "parties",
    "payment",
    "personal_data",
    "sentence",
    "signatures",
    "subcontracting",
    "termination",
    "todo_cell",
]

C = "t.contract."


class Articles:
    """Numbered article headings of one contract layout (``3. Subject``)."""

    def __init__(self, doc: DocumentObject) -> None:
        self.doc = doc
        self.number = 0

    def __call__(self, key: str) -> None:
        """The next article, titled by catalogue text ``contract.<key>``."""
        self.number += 1
        para(self.doc, f"{self.number}. {T('contract.' + key)}", "Heading 1")


def contract_start(title: str) -> DocumentObject:
    """A contract's first page: its title, the procurement, the procedure, the draft note."""
    doc = new_document(title=f"{title}: {{{{ p.title }}}}", subject="{{ kind.label }}")
    header(doc)
    para(doc, title, "Title")
    para(doc, "{{ p.title }} ({{ p.reference }})", "Heading 2")
    para(doc, "{{ kind.label }}", "Note")
    text(doc, "contract.draft_note", "Note")
    return doc


def sentence(doc: DocumentObject, key: str, expr: str, fmt: str = "") -> None:
    """Catalogue text ``contract.<key>`` ending in a value of the file, or "[to complete]"."""
    p = para(doc, f"{T('contract.' + key)} ")
    p.add_run(f"{{% if {expr} %}}{{{{ {expr}{fmt} }}}}{{% else %}}")
    marker(p)
    p.add_run("{% endif %}")


def todo_cell(cell: _Cell) -> None:
    """A value cell the contracting authority fills in at award: "[to complete]"."""
    p = cell.paragraphs[0]
    p.style = document_of(cell).styles["Table Text"]
    marker(p)


def parties(doc: DocumentObject, number: Articles) -> None:
    """The buyers (the lead procurer acting for the group) and the contractor's particulars."""
    number("h_parties")
    para(doc, "{% if members %}{{ t.contract.buyers_joint }}{% else %}"
              "{{ t.contract.buyers_single }}{% endif %}", "Form Label")  # fmt: skip
    loop_table(
        doc,
        [T("contract.name"), T("tables.country"), T("tables.role")],
        [9.0, 3.7, 3.7],
        "b in c.parties",
        ["{{ b.name }}", "{{ b.country_name }}", "{{ b.role }}"],
    )
    para(doc, "{%p if members %}")
    text(doc, "contract.lead_acts")
    para(doc, "{%p endif %}")
    text(doc, "contract.and_contractor", "Form Label")
    keys = ("name", "registration", "address", "represented_by")
    kv_table(doc, [(T(f"contract.{key}"), todo_cell) for key in keys])


def definitions(doc: DocumentObject, number: Articles, extra: tuple[str, ...]) -> None:
    """Definitions: the shared terms and the procedure's own (``extra`` catalogue keys)."""
    number("h_definitions")
    shared = ("def_authority", "def_contractor", "def_documents", "def_deliverable")
    for key in (*shared, *extra, "def_results", "def_background"):
        text(doc, f"contract.{key}", "List Bullet")


def documents(doc: DocumentObject, number: Articles, *, framework: bool = False) -> None:
    """The contract documents and their order of precedence."""
    number("h_documents")
    text(doc, "contract.documents_intro")
    keys = ("doc_this", *(("doc_specific",) if framework else ()), "doc_procurement", "doc_tender")
    for key in keys:
        text(doc, f"contract.{key}", "List Bullet")


def payment(doc: DocumentObject, number: Articles, intro: tuple[str, ...]) -> None:
    """Price, invoicing and payment: the procedure's price clauses (``intro``), then the terms."""
    number("h_price")
    for key in ("price_fixed", *intro):
        text(doc, f"contract.{key}")
    para(doc, "{{ t.contract.invoices }}{% if members %} {{ t.contract.invoice_to_lead }}"
              "{% endif %} {{ t.contract.late_interest }}")  # fmt: skip
    kv_table(
        doc,
        [
            (T("contract.payment_days"), "p.contract.payment_days", ""),
            (T("contract.payment_terms"), "p.contract.payment_terms", ""),
        ],
    )


def acceptance(doc: DocumentObject, number: Articles, key: str = "h_acceptance") -> None:
    """Delivery and acceptance of deliverables, with the acceptance period."""
    number(key)
    text(doc, "contract.acceptance")
    kv_table(doc, [(T("contract.acceptance_days"), "p.contract.acceptance_days", "")])


def ipr_table(doc: DocumentObject, *, pcp: bool) -> None:
    """The IPR arrangements of the procurement file (the call-back only in a PCP)."""
    keys = ["procurer_rights", "licensing", *(["call_back"] if pcp else []), "publication"]
    rows: list[Row] = [(T("parts.ownership"), "={{ ipr_ownership }}")]
    rows += [(T(f"parts.{key}"), f"p.ipr.{key}", "") for key in keys]
    kv_table(doc, rows)


def confidentiality(doc: DocumentObject, number: Articles, extra: str = "") -> None:
    """Confidentiality, with the procurement file's own terms (and the partnership's rule)."""
    number("h_confidentiality")
    text(doc, "contract.confidentiality")
    if extra:
        text(doc, f"contract.{extra}")
    value(doc, "p.ipr.confidentiality", label=T("contract.particular"))


def personal_data(doc: DocumentObject, number: Articles) -> None:
    """The GDPR processor clause and the file's data protection terms."""
    number("h_data")
    text(doc, "contract.data")
    value(doc, "p.contract.data_protection", label=T("contract.particular"))


def liability(doc: DocumentObject, number: Articles) -> None:
    """Liability, the insurance and its minimum cover."""
    number("h_liability")
    text(doc, "contract.liability")
    sentence(doc, "insurance", "p.contract.insurance", "|money(currency)")
    para(doc, "{%p if p.contract.liability %}")
    value(doc, "p.contract.liability", label=T("contract.particular"))
    para(doc, "{%p endif %}")


def subcontracting(doc: DocumentObject, number: Articles) -> None:
    """Subcontracting, and where the work is done."""
    number("h_subcontracting")
    text(doc, "contract.subcontracting")
    value(doc, "p.contract.place_of_performance", label=T("contract.place"))
    para(doc, "{%p if p.tendering.consortia %}")
    value(doc, "p.tendering.consortia", label=T("contract.particular"))
    para(doc, "{%p endif %}")


def termination(doc: DocumentObject, number: Articles) -> None:
    """Termination for breach, insolvency, exclusion grounds; the file's own grounds."""
    number("h_termination")
    text(doc, "contract.termination")
    para(doc, "{%p if p.contract.termination %}")
    value(doc, "p.contract.termination", label=T("contract.particular"))
    para(doc, "{%p endif %}")


def law(doc: DocumentObject, number: Articles) -> None:
    """Applicable law and courts: the file's, else the lead procurer's country's."""
    number("h_law")
    p = para(doc, "{{ t.contract.law }} ")
    p.add_run("{% if p.contract.applicable_law %}{{ p.contract.applicable_law }}{% else %}"
              "{{ t.contract.law_default }}{% endif %}.")  # fmt: skip
    p = para(doc, "{{ t.contract.courts }} ")
    p.add_run("{% if p.contract.jurisdiction %}{{ p.contract.jurisdiction }}.{% else %}"
              "{{ t.contract.courts_default }}: ")  # fmt: skip
    marker(p)
    p.add_run("{% endif %}")


def eu_funding(doc: DocumentObject, number: Articles) -> None:
    """What the EU funding passes on to the contractor; the last article, if funded."""
    para(doc, "{%p if p.funding %}")
    number("h_eu")
    text(doc, "contract.eu")
    para(doc, "{%p if p.funding.grant_agreement %}")
    p = para(doc, "")
    p.add_run("{{ t.contract.eu_grant }} ", style="Strong Label")
    p.add_run("{{ p.funding.grant_agreement }} ({{ p.funding.programme }}, "
              "{{ p.funding.funder }})")  # fmt: skip
    para(doc, "{%p endif %}")
    para(doc, "{%p endif %}")


def signatures(doc: DocumentObject) -> None:
    """One signature row per buyer and one for the contractor, never split across pages."""
    para(doc, T("contract.h_signatures"), "Heading 1")
    keep_together(text(doc, "contract.signatures_intro"))
    labels = ["contract.name", "contract.signatory", "contract.place_date", "contract.signature"]
    table = grid_table(doc, 5, 4, [4.6, 4.6, 3.2, FULL - 12.4])
    header_row(table, [T(key) for key in labels])
    cell_text(table.rows[1].cells[0], "{%tr for b in c.parties %}")
    row = table.rows[2].cells
    cell_text(row[0], "{{ b.name }}\n{{ b.role }}")
    signatory = row[1].paragraphs[0]
    signatory.style = document_of(row[1]).styles["Table Text"]
    signatory.add_run("{% if b.signatory %}{{ b.signatory.name }}, {{ b.signatory.title }}"
                      "{% else %}")  # fmt: skip
    marker(signatory)
    signatory.add_run("{% endif %}")
    cell_text(table.rows[3].cells[0], "{%tr endfor %}")
    last = table.rows[4].cells
    cell_text(last[0], T("contract.contractor"), "Form Label")
    todo_cell(last[1])
    for cells in (row, last):
        min_height(cells, 2.0)
        no_split(cells)
    shade(last[0], "EEF3F8")
    # Keep the signatures on one page: every row keeps with the next, down to the contractor's.
    for cells in (table.rows[0].cells, row):
        for cell in cells:
            for paragraph in cell.paragraphs:
                keep_together(paragraph)
