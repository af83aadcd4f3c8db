"""Build the coordinator's consolidated report layout (appendix 7.1 for the whole network).

Its text comes from ``t.consolidated`` and the figures from the context of
:mod:`leadocs.consolidate.document`; the charts go where ``{{ charts.NAME }}``
stands, a paragraph of its own that the document writer replaces by the picture.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject

from leadocs.layouts.docx_builder import header_footer, keep_together, new_document, para, save
from leadocs.layouts.network import DISCLAIMER, HEADER_LEFT
from leadocs.layouts.tender_parts import loop_table

__all__ = ["build_consolidated"]


def _t(key: str) -> str:
    return f"{{{{ t.consolidated.{key} }}}}"


def _chart(doc: DocumentObject, name: str) -> None:
    """The chart ``name``'s paragraph and its caption below."""
    keep_together(para(doc, f"{{{{ charts.{name} }}}}", "Normal"))
    para(doc, _t(f"chart_{name}"), "Note")


def build_consolidated(folder: Path) -> None:
    """The consolidated report on the network's participation."""
    doc = new_document(title=_t("title"), subject="{{ network.name }}")
    header_footer(doc, left=HEADER_LEFT, right="{{ report_to }}", disclaimer=DISCLAIMER)
    para(doc, _t("title"), "Title")
    para(doc, "{{ network.name }}", "Heading 2")
    para(doc, _t("intro"))
    para(doc, _t("kpi_heading"), "Heading 1")
    para(doc, "{%p for line in kpi %}")
    para(doc, "{{ line }}", "List Bullet")
    para(doc, "{%p endfor %}")
    _chart(doc, "coverage")
    _member_states(doc)
    _partners(doc)
    _additional_members(doc)
    para(doc, "{%p if missing %}")
    para(doc, _t("missing_heading"), "Heading 1")
    para(doc, "{%p for partner in missing %}")
    para(doc, "{{ partner }}", "List Bullet")
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")
    save(doc, folder / "consolidated.docx")


def _member_states(doc: DocumentObject) -> None:
    """Appendix 7.1's table for the whole network, and the members chart."""
    para(doc, _t("states_heading"), "Heading 1")
    loop_table(
        doc,
        [
            "{{ t.report.number }}",
            "{{ t.report.member_state }}",
            "{{ t.report.responsible }}",
            "{{ t.report.committed }}",
            _t("contacted"),
        ],
        [1.0, 3.2, 3.6, 5.8, 2.8],
        "row in states",
        [
            "{{ row.number }}",
            "{{ row.member_state }}{% if row.eea %} ({{ t.consolidated.eea }}){% endif %}",
            "{{ row.partners }}",
            "{{ row.members }}",
            "{{ row.contacted }}",
        ],
        ["", _t("total"), "", "{{ totals.committed }}", "{{ totals.contacted }}"],
    )
    para(doc, _t("eea_note"), "Note")
    _chart(doc, "members")


def _partners(doc: DocumentObject) -> None:
    """Members per partner, with the progress since its report before."""
    para(doc, _t("partners_heading"), "Heading 1")
    para(doc, _t("partners_intro"))
    loop_table(
        doc,
        [
            "{{ t.report.partner }}",
            _t("member_states"),
            _t("latest"),
            _t("covered"),
            _t("committed_short"),
            _t("contacted"),
        ],
        [3.8, 2.6, 2.0, 2.6, 2.6, 2.8],
        "row in partners",
        [
            "{{ row.partner }}",
            "{{ row.member_states }}",
            "{{ row.latest }}",
            "{{ row.covered }}",
            "{{ row.committed }}",
            "{{ row.contacted }}",
        ],
    )


def _additional_members(doc: DocumentObject) -> None:
    """The additional members of every partner's latest report."""
    para(doc, "{{ t.report.additional_heading }}", "Heading 1")
    para(doc, "{%p if additional %}")
    loop_table(
        doc,
        [
            "{{ t.report.partner }}",
            "{{ t.report.additional_member }}",
            "{{ t.report.additional_country }}",
            "{{ t.report.additional_status }}",
        ],
        [4.0, 6.4, 3.0, 3.0],
        "row in additional",
        ["{{ row.partner }}", "{{ row.organisation }}", "{{ row.country }}", "{{ row.status }}"],
    )
    para(doc, "{%p else %}")
    para(doc, _t("no_additional"), "Note")
    para(doc, "{%p endif %}")
