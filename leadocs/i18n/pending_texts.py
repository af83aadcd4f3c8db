"""Texts of the consolidated report and the reminder e-mails, until the catalogues take them.

The network catalogues are moving to Project Fluent; these texts join them
there (same sections and keys, ``{name}`` placeholders). Until then they live
here, and a language without its own text gets the English one.
"""

from __future__ import annotations

__all__ = ["pending_texts"]

_EN: dict[str, dict[str, str]] = {
    "consolidated": {
        "title": "Consolidated report on {network_acronym} participation",
        "intro": (
            "The partners' reports on their work to enlarge {network_acronym} (appendix 7.1), "
            "consolidated by {report_to} on {date}. Reports received: {received} from "
            "{reporting} of {partners} partners, for {periods}. Each partner's latest report "
            "counts; the one before it shows the progress."
        ),
        "kpi_heading": "Key performance indicators",
        "kpi_covered": "EU member states covered: {covered} of the critical mass of {target}",
        "kpi_reached": "The critical mass of {target} member states is reached.",
        "kpi_missing": "{missing} more member states are needed to reach the critical mass.",
        "kpi_members": (
            "{network_acronym} members committed (letter of intent signed): {committed}; "
            "contacted, not yet committed: {contacted}"
        ),
        "kpi_progress": "Progress, EU member states covered at each deadline: {progress}",
        "chart_coverage": (
            "EU member states with a committed member at each reporting deadline, against the "
            "critical mass of {target} (dashed line)"
        ),
        "chart_members": "{network_acronym} members per member state: committed and contacted",
        "axis_deadline": "Reporting deadline",
        "axis_states": "EU member states covered",
        "axis_members": "Members",
        "axis_member_state": "Member state",
        "target": "Critical mass: {target}",
        "states_heading": "Member states and responsible partners",
        "number": "#",
        "member_state": "Member state",
        "responsible": "Responsible partner",
        "committed": "{network_acronym} members identified and committed",
        "committed_short": "Committed",
        "contacted": "Contacted",
        "total": "Total",
        "eea": "EEA country",
        "eea_note": (
            "Only EU member states count towards the critical mass; an EEA country is shown "
            "with its members but not counted."
        ),
        "partners_heading": "Members per partner and progress",
        "partners_intro": (
            "Committed members and member states covered at each partner's latest report; "
            "where it reported before, the earlier figure comes first (earlier \u2192 latest)."
        ),
        "partner": "Partner",
        "member_states": "Member states",
        "latest": "Latest report",
        "covered": "Member states covered",
        "no_report": "no report",
        "additional_heading": "Additional {network_acronym} members identified and committed",
        "organisation": "Organisation",
        "country": "Country",
        "status": "Status",
        "status_contacted": "contacted",
        "status_loi_signed": "LOI signed",
        "no_additional": "No partner reported additional members.",
        "missing_heading": "Partners without a report",
    },
    "email": {
        "reminder_subject": "Reminder: {subject}",
        "reminder_body": (
            "Dear {contact},\n"
            "on {sent} we sent you the message \u201c{subject}\u201d with {document} attached. "
            "We have not received it back yet; it is attached again.\n"
            "Please sign it and return it to {return_contact} ({return_email}). If you have "
            "already sent it, thank you, and please disregard this reminder.\n"
            "Kind regards,\n"
            "{sender}"
        ),
    },
}

_TEXTS: dict[str, dict[str, dict[str, str]]] = {"en": _EN}


def pending_texts(lang: str, section: str) -> dict[str, str]:
    """The texts of ``section`` in ``lang``, English where ``lang`` has none."""
    texts = dict(_EN[section])
    texts.update(_TEXTS.get(lang, {}).get(section, {}))
    return texts
