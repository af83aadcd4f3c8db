"""The consolidated report as a Word document: context, render, charts in their places.

The layout (``templates/consolidated.docx``, :mod:`leadocs.layouts.consolidated`)
is rendered like every network document; each ``{{ charts.NAME }}`` paragraph is
then given its chart, a PNG drawn by :mod:`leadocs.consolidate.charts`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm

from leadocs.consolidate import charts
from leadocs.consolidate.figures import Consolidated, PartnerRow, StateRow, consolidate
from leadocs.consolidate.records import ReportRecord
from leadocs.documents.build import RenderedDocument, render_template
from leadocs.documents.context import network_data, network_texts
from leadocs.formats.member_states import EU_MEMBER_STATES
from leadocs.formats.model import Network
from leadocs.i18n import catalogue, message_key
from leadocs.outputs import safe_name
from leadocs.render.environment import country_name, locale_of

__all__ = ["consolidated_context", "consolidated_report"]

_MARK = "[leadocs-chart:{}]"
_WIDTHS = {"coverage": Cm(13.0), "members": Cm(15.5)}


def consolidated_report(
    network: Network,
    records: Sequence[ReportRecord],
    *,
    lang: str,
    today: dt.date,
    template: Path | None = None,
) -> RenderedDocument:
    """The consolidated report of ``network`` from its partners' report ``records``.

    Args:
        network: the network the reports belong to.
        records: the checked report records (:func:`~leadocs.consolidate.records.load_records`).
        lang: the document's language.
        today: the date of the report.
        template: an edited copy of the built-in layout.
    """
    figures = consolidate(network, [record.report for record in records])
    context = _context(network, figures, len(records), lang, today)
    texts = context["t"]["consolidated"]
    data = render_template("consolidated", context, template)
    pictures = {
        "coverage": _coverage_png(figures, texts),
        "members": _members_png(figures, context["t"], lang),
    }
    return RenderedDocument(
        data=_with_charts(data, pictures),
        stem=safe_name(f"consolidated-{network.acronym}"),
        title=texts["title"],
        author=network.acronym,
        subject=context["network"]["name"],
        keywords=("consolidated report", network.acronym),
    )


def consolidated_context(
    network: Network, records: Sequence[ReportRecord], *, lang: str, today: dt.date
) -> dict[str, Any]:
    """The template context of the consolidated report (what its layout can use)."""
    figures = consolidate(network, [record.report for record in records])
    return _context(network, figures, len(records), lang, today)


def _context(
    network: Network, figures: Consolidated, received: int, lang: str, today: dt.date
) -> dict[str, Any]:
    data = network_data(network, lang)
    report_to = data["report_to"] or data["contact"]["organisation"]
    periods = [p.period for p in figures.coverage]
    values = {
        "network_acronym": data["acronym"],
        "report_to": report_to,
        "date": _long_date(today, lang),
        "received": received,
        "reporting": sum(1 for p in figures.partners if p.latest),
        "partners": len(figures.partners),
        "periods": ", ".join(periods) or "–",
        "target": figures.target,
        "covered": len(figures.covered),
        "missing": max(figures.target - len(figures.covered), 0),
        "committed": figures.committed,
        "contacted": figures.contacted,
        "progress": " → ".join(f"{p.period}: {p.covered}" for p in figures.coverage) or "–",
    }
    texts = catalogue(lang).section("consolidated", values)
    return {
        "lang": lang,
        "today": today,
        "network": data,
        "report_to": report_to,
        "t": {**network_texts(data, lang, ("report",), today), "consolidated": texts},
        "kpi": _kpi_lines(figures, texts),
        "states": [_state(row, lang) for row in figures.states],
        "totals": {"committed": figures.committed, "contacted": figures.contacted},
        "partners": [_partner(row, texts) for row in figures.partners],
        "additional": [
            {
                "partner": row.partner,
                "organisation": row.organisation,
                "country": country_name(row.country, lang),
                "status": texts["status_" + message_key(row.status.value)],
            }
            for row in figures.additional
        ],
        "missing": [row.partner for row in figures.partners if row.latest is None],
        "charts": {name: _MARK.format(name) for name in _WIDTHS},
    }


def _kpi_lines(figures: Consolidated, texts: Mapping[str, str]) -> list[str]:
    lines = [texts["kpi_covered"], texts["kpi_reached" if figures.reached else "kpi_missing"]]
    lines.append(texts["kpi_members"])
    if len(figures.coverage) > 1:
        lines.append(texts["kpi_progress"])
    return lines


def _state(row: StateRow, lang: str) -> dict[str, Any]:
    return {
        "number": row.number,
        "member_state": country_name(row.code, lang),
        "eea": row.eea,
        "partners": "; ".join(row.partners),
        "members": "\n".join(row.committed),
        "contacted": row.contacted or "",
    }


def _partner(row: PartnerRow, texts: Mapping[str, str]) -> dict[str, Any]:
    def progress(latest: int, previous: int | None) -> str:
        return str(latest) if previous is None else f"{previous} → {latest}"

    states = len(row.member_states)
    return {
        "partner": row.partner,
        "member_states": ", ".join(row.member_states) or "–",
        "latest": row.latest or texts["no_report"],
        "covered": f"{progress(len(row.covered), row.previous_covered)} / {states}"
        if row.latest
        else "",
        "committed": progress(row.committed, row.previous_committed) if row.latest else "",
        "contacted": row.contacted if row.latest else "",
    }


def _long_date(day: dt.date, lang: str) -> str:
    from babel.dates import format_date

    return str(format_date(day, format="long", locale=locale_of(lang)))


def _coverage_png(figures: Consolidated, texts: Mapping[str, str]) -> bytes:
    return charts.coverage_chart(
        [(p.period, p.covered) for p in figures.coverage],
        figures.target,
        x_label=texts["axis_deadline"],
        y_label=texts["axis_states"],
        target_label=texts["target"],
        total=len(EU_MEMBER_STATES),
    )


def _members_png(figures: Consolidated, t: Mapping[str, Mapping[str, str]], lang: str) -> bytes:
    texts = t["consolidated"]
    bars = [
        charts.Bar(
            f"{row.number} {country_name(row.code, lang)}", len(row.committed), row.contacted
        )
        for row in figures.states
    ]
    return charts.members_chart(
        bars,
        x_label=texts["axis_members"],
        y_label=t["report"]["member_state"],
        committed=texts["committed_short"],
        contacted=texts["contacted"],
    )


def _with_charts(data: bytes, pictures: Mapping[str, bytes]) -> bytes:
    """``data`` with each chart marker paragraph holding its picture instead."""
    document = Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        for name, picture in pictures.items():
            if paragraph.text.strip() == _MARK.format(name):
                for run in paragraph.runs:  # the marker's runs; the paragraph's style stays
                    paragraph._p.remove(run._r)
                paragraph.add_run().add_picture(io.BytesIO(picture), width=_WIDTHS[name])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
