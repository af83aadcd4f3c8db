"""The network document commands: loi, assistance, benefits, report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from leadocs.cli._common import document_options, emit, fallback_lang, network_option
from leadocs.errors import UsageError

_ORG = click.argument(
    "organisation_file", metavar="ORG.yaml", type=click.Path(path_type=Path, dir_okay=False)
)
_DATE = click.option(
    "--date",
    "date_",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Date printed on the document (default: today), YYYY-MM-DD.",
)


@click.command()
@_ORG
@network_option
@document_options
@_DATE
@click.option("--place", help="Place of signature (default: the organisation's city).")
def loi(
    organisation_file: Path,
    network_path: Path | None,
    output: Path | None,
    force: bool,
    template: Path | None,
    lang: str | None,
    pdf: bool,
    pdf_only: bool,
    date_: dt.datetime | None,
    place: str | None,
) -> None:
    """Letter of intent to join the network (appendix 7.4), tasks ticked from ORG.yaml."""
    from leadocs.documents.build import loi_document
    from leadocs.formats.files import load_organisation

    loaded = load_organisation(organisation_file, network_path)
    document = loi_document(
        loaded.organisation,
        loaded.network,
        lang=lang,
        today=date_.date() if date_ else None,
        place=place,
        template=template,
        fallback_lang=fallback_lang(),
    )
    emit(document, output, force=force, pdf=pdf, pdf_only=pdf_only)


@click.command()
@_ORG
@network_option
@document_options
@_DATE
def assistance(
    organisation_file: Path,
    network_path: Path | None,
    output: Path | None,
    force: bool,
    template: Path | None,
    lang: str | None,
    pdf: bool,
    pdf_only: bool,
    date_: dt.datetime | None,
) -> None:
    """Assistance & support request form (appendix 7.3), prefilled from ORG.yaml."""
    from leadocs.documents.build import assistance_document
    from leadocs.formats.files import load_organisation

    loaded = load_organisation(organisation_file, network_path)
    document = assistance_document(
        loaded.organisation,
        loaded.network,
        lang=lang,
        today=date_.date() if date_ else None,
        template=template,
        fallback_lang=fallback_lang(),
    )
    emit(document, output, force=force, pdf=pdf, pdf_only=pdf_only)


@click.command()
@network_option
@document_options
def benefits(
    network_path: Path | None,
    output: Path | None,
    force: bool,
    template: Path | None,
    lang: str | None,
    pdf: bool,
    pdf_only: bool,
) -> None:
    """Benefits of membership and expected contribution (appendix 7.2)."""
    from leadocs.documents.build import benefits_document
    from leadocs.formats.files import load_network

    document = benefits_document(
        load_network(network_path), lang=lang, template=template, fallback_lang=fallback_lang()
    )
    emit(document, output, force=force, pdf=pdf, pdf_only=pdf_only)


@click.command()
@click.option("--partner", help="The partner the report is for, e.g. ENTER.")
@click.option(
    "--all", "all_partners", is_flag=True, help="One report per partner, into the -o folder."
)
@network_option
@document_options
def report(
    partner: str | None,
    all_partners: bool,
    network_path: Path | None,
    output: Path | None,
    force: bool,
    template: Path | None,
    lang: str | None,
    pdf: bool,
    pdf_only: bool,
) -> None:
    """Partner participation report (appendix 7.1) for one partner, or --all partners."""
    from leadocs.documents.build import find_partner, report_document
    from leadocs.formats.files import load_network

    if bool(partner) == all_partners:
        raise UsageError("give either --partner NAME or --all")
    network = load_network(network_path)
    partners = network.partners if all_partners else [find_partner(network, partner or "")]
    if all_partners:
        folder = output or Path.cwd()
        if not folder.is_dir():
            raise UsageError(f"with --all, -o must be an existing folder; {folder} is not")
        documents = [
            report_document(network, p, lang=lang, template=template, fallback_lang=fallback_lang())
            for p in partners
        ]
        # Every target is checked before the first is written: all reports or none.
        for document in documents:
            emit(
                document,
                folder / f"{document.stem}.docx",
                force=force,
                pdf=pdf,
                pdf_only=pdf_only,
                dry_run=True,
            )
        for document in documents:
            emit(
                document, folder / f"{document.stem}.docx", force=force, pdf=pdf, pdf_only=pdf_only
            )
        return
    document = report_document(
        network, partners[0], lang=lang, template=template, fallback_lang=fallback_lang()
    )
    emit(document, output, force=force, pdf=pdf, pdf_only=pdf_only)


COMMANDS = [loi, assistance, benefits, report]
