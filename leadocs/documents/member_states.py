"""The network's member states as its reports number them, the same in every language.

Appendix 7.1 of the LEA deliverable numbers 28 countries once (1 Austria …
28 Norway, an EEA country); a partner report in Greek must call Greece no. 12
as the English one does. The order is the network file's ``member_states``;
a network without that list is numbered in the order of the countries'
English names, which is again the same whatever the document's language.
The partner report and the consolidated report both number through
:func:`numbered_member_states`.
"""

from __future__ import annotations

from dataclasses import dataclass

from leadocs.formats.model import Network
from leadocs.i18n.localise import pick
from leadocs.render.environment import country_name

__all__ = ["NumberedMemberState", "numbered_member_states"]


@dataclass(frozen=True)
class NumberedMemberState:
    """One member state of the network, as its reports list it.

    Attributes:
        number: the row number in the network's numbering (1 for the first).
        code: ISO 3166-1 alpha-2 code.
        name: the country's name in the document's language.
        note: the network's note in that language (e.g. EEA country), or "".
        label: the name with the note in brackets, as the report prints it.
        partners: the partners responsible for the country, in the network's order.
    """

    number: int
    code: str
    name: str
    note: str
    label: str
    partners: tuple[str, ...]


def _order(network: Network) -> list[str]:
    if network.member_states:
        return [state.country for state in network.member_states]
    codes = {code for partner in network.partners for code in partner.member_states}
    return sorted(codes, key=lambda code: (country_name(code, "en"), code))


def numbered_member_states(
    network: Network, lang: str, fallback_lang: str | None = None
) -> list[NumberedMemberState]:
    """Every member state of ``network`` with its number, named in ``lang``.

    Args:
        network: the network; its ``member_states`` give the numbering.
        lang: the language of the names and notes.
        fallback_lang: the language of a note that has no ``lang`` text (else
            the note is left out).

    Returns:
        The member states in number order.
    """
    notes = {state.country: state.note for state in network.member_states}
    rows = []
    for number, code in enumerate(_order(network), start=1):
        name = country_name(code, lang)
        note = pick(notes.get(code, ""), lang, fallback_lang) or ""
        rows.append(
            NumberedMemberState(
                number=number,
                code=code,
                name=name,
                note=note,
                label=f"{name} ({note})" if note else name,
                partners=tuple(p.name for p in network.partners if code in p.member_states),
            )
        )
    return rows
