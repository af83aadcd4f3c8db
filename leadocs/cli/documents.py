"""The network document commands, one per document kind: loi, assistance, benefits, report.

Commands are made from :data:`leadocs.documents.kinds.KINDS`: a kind about an
organisation takes ``ORG.yaml``, a kind about the network takes nothing, a kind
about a partner takes ``--partner NAME`` or ``--all``. All share one path:
:func:`_write_documents`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from leadocs.cli._common import DocumentRequest, document_options, emit, network_option
from leadocs.documents.kinds import KINDS, DocumentKind
from leadocs.documents.subject import Subject
from leadocs.errors import UsageError

if TYPE_CHECKING:
    from leadocs.documents.build import RenderedDocument
    from leadocs.documents.subject import DocumentSubject
    from leadocs.formats.model import Network

__all__ = ["COMMANDS"]

_HELP = {
    "loi": "Letter of intent to join the network (appendix 7.4), tasks ticked from ORG.yaml.",
    "assistance": "Assistance & support request form (appendix 7.3), prefilled from ORG.yaml.",
    "benefits": "Benefits of membership and expected contribution (appendix 7.2).",
    "report": "Partner participation report (appendix 7.1) for one partner, or --all partners; "
    "--consolidate RETURNED/: the coordinator's consolidated report of the returned ones.",
}


def _make(
    kind: DocumentKind, subject: DocumentSubject, request: DocumentRequest
) -> RenderedDocument:
    from leadocs.documents.build import make_document

    return make_document(
        kind,
        subject,
        lang=request.lang,
        today=request.date,
        place=request.place,
        template=request.template,
        fallback_lang=request.fallback_lang,
    )


def _write_documents(
    kind: DocumentKind, subjects: list[DocumentSubject], request: DocumentRequest, *, folder: bool
) -> None:
    """Render every document first, check every target, then write: all documents or none."""
    documents = [_make(kind, subject, request) for subject in subjects]
    if not folder:
        emit(
            documents[0],
            request.output,
            force=request.force,
            pdf=request.pdf,
            pdf_only=request.pdf_only,
        )
        return
    target_folder = request.output or Path.cwd()
    target_folder.mkdir(parents=True, exist_ok=True)
    for dry_run in (True, False):
        for document in documents:
            emit(
                document,
                target_folder / f"{document.stem}.docx",
                force=request.force,
                pdf=request.pdf,
                pdf_only=request.pdf_only,
                dry_run=dry_run,
            )


def _organisation_command(kind: DocumentKind) -> click.Command:
    @click.command(kind.name, help=_HELP.get(kind.name, kind.description))
    @click.argument(
        "organisation_file", metavar="ORG.yaml", type=click.Path(path_type=Path, dir_okay=False)
    )
    @network_option
    @document_options
    def command(
        organisation_file: Path, network_path: Path | None, request: DocumentRequest
    ) -> None:
        from leadocs.documents.subject import DocumentSubject
        from leadocs.formats.files import load_organisation

        loaded = load_organisation(organisation_file, network_path)
        subject = DocumentSubject(
            loaded.network, organisation=loaded.organisation, recipient_id=organisation_file.stem
        )
        _write_documents(kind, [subject], request, folder=False)

    return command


def _network_command(kind: DocumentKind) -> click.Command:
    @click.command(kind.name, help=_HELP.get(kind.name, kind.description))
    @network_option
    @document_options
    def command(network_path: Path | None, request: DocumentRequest) -> None:
        from leadocs.documents.subject import DocumentSubject
        from leadocs.formats.files import load_network

        subject = DocumentSubject(load_network(network_path))
        _write_documents(kind, [subject], request, folder=False)

    return command


def _partner_command(kind: DocumentKind) -> click.Command:
    @click.command(kind.name, help=_HELP.get(kind.name, kind.description))
    @click.option("--partner", help="The partner the document is for, e.g. ENTER.")
    @click.option(
        "--all", "all_partners", is_flag=True, help="One document per partner, into the -o folder."
    )
    @click.option(
        "--consolidate",
        "returned",
        type=click.Path(path_type=Path, file_okay=False),
        metavar="RETURNED/",
        help="The coordinator's consolidated report of the returned report records in this folder.",
    )
    @network_option
    @document_options
    def command(
        partner: str | None,
        all_partners: bool,
        returned: Path | None,
        network_path: Path | None,
        request: DocumentRequest,
    ) -> None:
        from leadocs.documents.build import find_partner
        from leadocs.documents.subject import DocumentSubject
        from leadocs.formats.files import load_network

        if returned is not None:
            if partner or all_partners:
                raise UsageError(
                    "--consolidate makes one report of every partner; drop --partner/--all"
                )
            _write_consolidated(returned, load_network(network_path), request)
            return
        if bool(partner) == all_partners:
            raise UsageError("give either --partner NAME, --all or --consolidate RETURNED/")
        network = load_network(network_path)
        chosen = network.partners if all_partners else [find_partner(network, partner or "")]
        subjects = [DocumentSubject(network, partner=p) for p in chosen]
        if all_partners and request.output is not None and request.output.suffix == ".docx":
            raise UsageError(f"with --all, -o must be a folder; {request.output} is a file name")
        _write_documents(kind, subjects, request, folder=all_partners)

    return command


def _write_consolidated(returned: Path, network: Network, request: DocumentRequest) -> None:
    from leadocs.consolidate.document import consolidated_report
    from leadocs.consolidate.records import load_records
    from leadocs.i18n.languages import choose_language

    records = load_records(returned, network)
    document = consolidated_report(
        network,
        records,
        lang=choose_language(request.lang, None, network.language),
        today=request.date or dt.date.today(),
        template=request.template,
    )
    emit(document, request.output, force=request.force, pdf=request.pdf, pdf_only=request.pdf_only)


_FACTORIES = {
    Subject.ORGANISATION: _organisation_command,
    Subject.NETWORK: _network_command,
    Subject.PARTNER: _partner_command,
}

COMMANDS = {
    name: _FACTORIES[kind.subject](kind)
    for name, kind in KINDS.items()
    if kind.subject in _FACTORIES
}
"""A command per network document kind, by name."""
