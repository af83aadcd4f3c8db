"""``leadocs collect``: returned documents matched to their recipients and turned into data.

:func:`plan_collect` reads every returned file, matches it by the identity in its
properties (never by its name), checks it (the mailing, the data it was made
from, every value against the formats) and works out the files to write:
an updated copy of each organisation file in the output folder, or a partner
report record. :func:`write_collected` writes them. Problems are collected, not
raised, so that one bad file does not hide the others.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from leadocs.documents.identity import DocumentIdentity, organisation_hash, partner_hash
from leadocs.documents.subject import DocumentSubject
from leadocs.errors import DataProblem
from leadocs.formats.model import Network
from leadocs.outputs import safe_name, write_atomic
from leadocs.returns.answers import (
    assistance_answers,
    check_organisation,
    loi_answers,
    report_period,
    report_record,
)
from leadocs.returns.index import INDEX_NAME, index_entry, merged_index
from leadocs.returns.recipients import KnownOrganisation
from leadocs.returns.returned import ReturnedFile, Signature
from leadocs.returns.untagged import restore_tags
from leadocs.returns.yaml_edit import dump_yaml, update_organisation_text

__all__ = ["CollectPlan", "CollectRequest", "Collected", "plan_collect", "returned_files"]

_SUFFIXES = (".docx", ".pdf")


@dataclass(frozen=True)
class CollectRequest:
    """What to collect and against which data.

    Attributes:
        outdir: the folder the data is written to.
        network: the network the documents were made for.
        known: the organisations they may come from, by recipient id.
        mailing: the id of the mailing they must belong to (None: any).
        period: the report period to record (default: from the document's date).
        trust_roots: certificates whose signatures count as valid.
    """

    outdir: Path
    network: Network
    known: dict[str, KnownOrganisation]
    mailing: str | None = None
    period: str | None = None
    trust_roots: tuple[Path, ...] = ()


@dataclass
class Collected:
    """One returned file that was read and matched."""

    path: Path
    identity: DocumentIdentity
    target: Path
    signatures: list[Signature] = field(default_factory=list)


@dataclass
class CollectPlan:
    """The files to write and every problem found.

    Attributes:
        collected: the returned files whose answers are applied.
        outputs: the text of each file to write, by target path.
        problems: one per problem, ``file: field: message``.
        manual: files that have nothing to read (scans, flattened PDFs).
        merged: outputs that keep what was there (the index): written without --force.
        bases: for a new output made from a file, that file's name and text: a
            dry run's diff shows the change against it.
    """

    collected: list[Collected] = field(default_factory=list)
    outputs: dict[Path, str] = field(default_factory=dict)
    problems: list[DataProblem] = field(default_factory=list)
    manual: list[Path] = field(default_factory=list)
    merged: set[Path] = field(default_factory=set)
    bases: dict[Path, tuple[str, str]] = field(default_factory=dict)

    def problem(self, path: Path, field_name: str, message: str) -> None:
        """Record a problem of ``path``."""
        self.problems.append(DataProblem(str(path), None, None, field_name, message))

    def changed(self) -> dict[Path, tuple[str | None, str]]:
        """The outputs that differ from what is on disk: (old text or None, new text)."""
        found = {}
        for target, text in self.outputs.items():
            old = target.read_text(encoding="utf-8") if target.is_file() else None
            if old != text:
                found[target] = (old, text)
        return found

    def diff(self) -> str:
        """The changes as a unified diff (what ``--dry-run`` shows)."""
        lines: list[str] = []
        for target, (old, new) in self.changed().items():
            name = str(target)
            source = (name, old) if old is not None else self.bases.get(target, ("/dev/null", ""))
            lines += difflib.unified_diff(
                source[1].splitlines(keepends=True), new.splitlines(keepends=True), source[0], name
            )
        return "".join(lines)


def returned_files(sources: Sequence[Path]) -> list[Path]:
    """The .docx and .pdf files given and in the folders given, without Word's lock files."""
    found: list[Path] = []
    for source in sources:
        if source.is_dir():
            found += sorted(
                p for p in source.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file()
            )
        else:
            found.append(source)
    return [path for path in found if not path.name.startswith("~$")]


def read_returned(path: Path, request: CollectRequest) -> ReturnedFile:
    """Read one returned file by its type."""
    from leadocs.returns.docx_fields import read_docx
    from leadocs.returns.pdf_fields import read_pdf

    if path.suffix.lower() == ".pdf":
        return read_pdf(path, request.trust_roots)
    return read_docx(path, [task.id for task in request.network.tasks])


def plan_collect(paths: Sequence[Path], request: CollectRequest) -> CollectPlan:
    """Read, match and check every returned file; nothing is written."""
    plan = CollectPlan()
    seen: dict[tuple[str, str], Path] = {}
    texts: dict[Path, str] = {}
    for path in paths:
        returned = read_returned(path, request)
        identity = _checked_identity(returned, request, plan)
        if identity is None:
            continue
        earlier = seen.setdefault((identity.kind, identity.recipient), path)
        if earlier != path:
            also = f"the {identity.kind} of {identity.recipient} was also returned as {earlier}"
            plan.problem(path, "", f"{also}; this copy is not applied")
            continue
        if identity.kind == "report":
            _plan_report(returned, identity, request, plan)
        else:
            _plan_organisation(returned, identity, request, plan, texts)
    if plan.collected:
        _plan_index(request.outdir / INDEX_NAME, plan)
    return plan


def _plan_index(target: Path, plan: CollectPlan) -> None:
    entries = [
        index_entry(item.path, _short(item.identity), item.target, item.signatures)
        for item in plan.collected
    ]
    existing = target.read_text(encoding="utf-8") if target.is_file() else None
    plan.outputs[target] = dump_yaml(merged_index(existing, entries))
    plan.merged.add(target)


def _short(identity: DocumentIdentity) -> dict[str, str]:
    return {key.removeprefix("leadocs."): value for key, value in identity.properties().items()}


def _checked_identity(
    returned: ReturnedFile, request: CollectRequest, plan: CollectPlan
) -> DocumentIdentity | None:
    path = returned.path
    for field_name, message in returned.problems:
        plan.problem(path, field_name, message)
    if returned.needs_manual_entry:
        plan.manual.append(path)
        plan.problem(
            path, "", "needs manual entry: it has no form fields to read (scanned or flattened)"
        )
        return None
    identity = returned.identity
    if identity is None:
        plan.problem(path, "leadocs.recipient", "no leadocs identity: not a document leadocs made")
        return None
    if identity.kind not in ("loi", "assistance", "report"):
        plan.problem(path, "leadocs.kind", f"'{identity.kind}' documents have nothing to collect")
        return None
    if request.mailing is not None and identity.mailing != request.mailing:
        made = identity.mailing or "none: made on its own"
        plan.problem(
            path, "leadocs.mailing", f"from another mailing ({made}), not {request.mailing}"
        )
        return None
    for signature in returned.signatures:
        if not signature.intact:
            message = f"changed after it was signed by {signature.signer} ({signature.summary})"
            plan.problem(path, signature.field, message)
            return None
    if returned.problems:
        plan.problem(path, "", "not applied: fix the fields above or enter them by hand")
        return None
    return identity


def _plan_organisation(
    returned: ReturnedFile,
    identity: DocumentIdentity,
    request: CollectRequest,
    plan: CollectPlan,
    texts: dict[Path, str],
) -> None:
    path = returned.path
    known = request.known.get(identity.recipient)
    if known is None:
        plan.problem(path, "leadocs.recipient", f"unknown recipient '{identity.recipient}'")
        return
    if organisation_hash(known.organisation) != identity.data_hash:
        where = known.source or known.key
        plan.problem(
            path,
            "leadocs.data",
            f"made on {identity.made or '?'} from other data than {where} holds now: "
            "the document or the data changed since",
        )
        return
    subject = DocumentSubject(request.network, known.organisation, recipient_id=known.key)
    if _lost_tags(returned, identity, subject, plan):
        return
    if identity.kind == "loi":
        updates, problems = loi_answers(returned.values, request.network)
    else:
        updates, problems = assistance_answers(returned.values)
    problems += check_organisation(known.organisation, updates)
    if problems:
        for field_name, message in problems:
            plan.problem(path, field_name, message)
        return
    target = request.outdir / f"{safe_name(known.key)}.yaml"
    if target not in texts:
        texts[target] = _base_text(known)
        plan.bases[target] = (
            str(known.source or "/dev/null"),
            texts[target] if known.source else "",
        )
    texts[target] = update_organisation_text(texts[target], updates)
    plan.outputs[target] = texts[target]
    plan.collected.append(Collected(path, identity, target, returned.signatures))


def _lost_tags(
    returned: ReturnedFile, identity: DocumentIdentity, subject: DocumentSubject, plan: CollectPlan
) -> bool:
    """Restore the tags LibreOffice dropped; True (and the problem recorded) where it cannot."""
    problems = restore_tags(returned, identity, subject)
    for field_name, message in problems:
        plan.problem(returned.path, field_name, message)
    return bool(problems)


def _base_text(known: KnownOrganisation) -> str:
    if known.source is not None:
        return known.source.read_text(encoding="utf-8")
    data = known.organisation.model_dump(mode="json", exclude_defaults=True)
    return dump_yaml({"organisation": data})


def _plan_report(
    returned: ReturnedFile, identity: DocumentIdentity, request: CollectRequest, plan: CollectPlan
) -> None:
    path = returned.path
    partner = request.network.find_partner(identity.recipient)
    if partner is None:
        plan.problem(
            path,
            "leadocs.recipient",
            f"unknown partner '{identity.recipient}' in the network {request.network.acronym}",
        )
        return
    if partner_hash(partner) != identity.data_hash:
        plan.problem(
            path, "leadocs.data", "made from other partner data than the network file holds now"
        )
        return
    if _lost_tags(returned, identity, DocumentSubject(request.network, partner=partner), plan):
        return
    period = request.period or report_period(request.network, identity.made)
    if period is None:
        plan.problem(
            path, "report.period", "no reporting deadline after it was made; give --period"
        )
        return
    returned_on = dt.date.fromtimestamp(path.stat().st_mtime)
    record, problems = report_record(returned.values, partner, period, returned_on)
    for field_name, message in problems:
        plan.problem(path, field_name, message)
    if record is not None:
        target = request.outdir / f"report-{safe_name(partner.name)}-{safe_name(period)}.yaml"
        plan.outputs[target] = dump_yaml(record)
        plan.collected.append(Collected(path, identity, target, returned.signatures))


def write_collected(plan: CollectPlan, *, force: bool) -> list[Path]:
    """Write the plan's changed outputs; an existing file only with ``force``.

    Returns:
        The files written. A file that exists and would change without
        ``force`` is recorded as a problem and left as it is.
    """
    written = []
    for target, (old, text) in plan.changed().items():
        if old is not None and not force and target not in plan.merged:
            plan.problem(target, "", "exists with other content; --force to replace it")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written.append(write_atomic(target, text.encode("utf-8"), force=True))
    return written
