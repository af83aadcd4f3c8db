"""The contracts of the tender pack: what each procedure's call for tenders publishes as draft.

A PCP publishes its framework agreement and one specific-contract template per
phase; a PPI its contract; an innovation partnership its partnership agreement.
:func:`contract_entries` says which files a procurement gets (used by the pack
index), :func:`contract_documents` renders them. The context is the pack's
(:func:`leadocs.tender.pack.pack_context`) plus ``c``: the parties with their
signatories, the phases with the maximum price per contract and the amount of
each instalment at that price, the contract's duration and, for an innovation
partnership, the purchase and the termination after each phase. Nothing the
file does not give is made up: the layouts print "[to complete]".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from leadocs.documents.build import RenderedDocument, render_template
from leadocs.i18n import fill
from leadocs.tender.input import ProcurementInput
from leadocs.tender.model import Procedure, Procurement
from leadocs.tender.rules.budget import per_contract

__all__ = [
    "ContractEntry",
    "contract_context",
    "contract_documents",
    "contract_entries",
    "entry_context",
]

Context = dict[str, Any]

_FIRST_NUMBER = 7  # after the pack's own files 00-05 and the merged 06 PDF


@dataclass(frozen=True)
class ContractEntry:
    """One contract file of the pack."""

    name: str
    """File name inside the pack folder, e.g. ``08-specific-contract-phase-1.docx``."""
    title: str
    """What the contract is, in the pack's language."""
    template: str
    """The built-in layout it is rendered from."""
    phase: int | None = None
    """The phase (index) of a PCP specific contract."""


def contract_entries(procurement: Procurement, t: Context) -> list[ContractEntry]:
    """The contract files of ``procurement``'s pack, titled and named from the filled catalogue.

    The file names are the language's slugs (``files`` in the tender catalogue), like the
    pack's other files, numbered after them.
    """
    words, slugs = t["contract"], t["files"]
    number = _FIRST_NUMBER
    if procurement.procedure is Procedure.PPI:
        return [ContractEntry(f"{number:02d}-{slugs['contract_ppi']}.docx", words["ppi_title"],
                              "tender-contract-ppi")]  # fmt: skip
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
        return [ContractEntry(f"{number:02d}-{slugs['agreement_ip']}.docx", words["ip_title"],
                              "tender-contract-innovation-partnership")]  # fmt: skip
    entries = [
        ContractEntry(f"{number:02d}-{slugs['framework']}.docx", words["framework_title"],
                      "tender-contract-pcp-framework")
    ]  # fmt: skip
    for index, phase in enumerate(procurement.phases):
        entries.append(
            ContractEntry(
                f"{number + 1 + index:02d}-{slugs['specific']}-{index + 1}.docx",
                fill(words["specific_title"], {"number": index + 1, "name": phase.name}),
                "tender-contract-pcp-phase",
                index,
            )
        )
    return entries


def _phases(procurement: Procurement, ctx: Context) -> list[Context]:
    """The draft's phases with the maximum price per contract and the instalments' amounts."""
    found = []
    last = len(procurement.phases) - 1
    for index, (phase, shown) in enumerate(zip(procurement.phases, ctx["phases"], strict=True)):
        maximum = per_contract(phase)
        instalments = [
            {
                "milestone": item.milestone,
                "share": item.share / 100,
                "amount": None if maximum is None else maximum * item.share / 100,
            }
            for item in phase.instalments
        ]
        found.append(
            {**shown, "max_price": maximum, "instalments": instalments, "last": index == last}
        )
    return found


def _months(procurement: Procurement, ctx: Context) -> int | None:
    """The contract's duration: a PCP's computed from its phases, else the file's or the sum."""
    if procurement.procedure is Procedure.PCP:
        months: int | None = ctx["value"]["framework_months"]
        return months
    if procurement.contract.duration_months is not None:
        return procurement.contract.duration_months
    parts = [phase.duration_months for phase in procurement.phases]
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
        parts.append(procurement.purchase.duration_months if procurement.purchase else None)
    return sum(d for d in parts if d) if parts and all(parts) else None


def contract_context(loaded: ProcurementInput, ctx: Context) -> Context:
    """The pack's context ``ctx`` with the contracts' own values under ``c``."""
    procurement = loaded.procurement
    parties = [
        {**shown, "signatory": b.signatory.model_dump() if b.signatory else None}
        for shown, b in zip(ctx["buyers"], loaded.buyers, strict=True)
    ]
    partnership = ctx["p"]["partnership"] or {}
    purchase = ctx["p"]["purchase"] or {
        "description": "", "quantities": "", "max_cost": None, "duration_months": None,
        "performance_levels": [],
    }  # fmt: skip
    contract = {
        "parties": parties,
        "phases": _phases(procurement, ctx),
        "months": _months(procurement, ctx),
        "purchase": purchase,
        "terminate_after_phase": bool(partnership.get("terminate_after_phase")),
        "termination_conditions": partnership.get("termination_conditions", ""),
        "title": "",
    }
    return {**ctx, "c": contract}


def entry_context(base: Context, entry: ContractEntry) -> Context:
    """The context of one contract: the contracts' context ``base``, its title and its phase."""
    found = {**base, "c": {**base["c"], "title": entry.title}}
    if entry.phase is not None:
        found["phase"] = base["c"]["phases"][entry.phase]
    return found


def contract_documents(
    loaded: ProcurementInput, ctx: Context
) -> list[tuple[ContractEntry, RenderedDocument]]:
    """Render every contract of ``loaded``'s pack from the pack's context ``ctx``."""
    base = contract_context(loaded, ctx)
    rendered = []
    for entry in contract_entries(loaded.procurement, ctx["t"]):
        document = RenderedDocument(
            data=render_template(entry.template, entry_context(base, entry), None),
            stem=entry.name.rsplit(".", 1)[0],
            title=f"{entry.title}: {ctx['p']['title']}",
            author=ctx["lead"]["name"],
            subject=ctx["kind"]["label"],
            keywords=(ctx["kind"]["short"], ctx["p"]["reference"]),
        )
        rendered.append((entry, document))
    return rendered
