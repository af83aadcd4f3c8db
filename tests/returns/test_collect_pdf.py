"""Fillable PDFs: every fillable document in every language, filled with pypdf and collected.

Also: the identity in the PDF's information, a PDF without fields (needs manual
entry), and a digital signature made in the test with a throw-away certificate.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader, PdfWriter

from leadocs.documents.build import RenderedDocument, make_document
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import load_network, load_organisation
from leadocs.formats.model.partner_report import PartnerReportFile
from leadocs.i18n.languages import shipped_languages
from leadocs.pdf.single import write_pdf
from leadocs.returns.tags import TASK_PREFIX, additional_tag, assistance_tag, member_tag
from tests.helpers import EXAMPLES
from tests.helpers.forms import fill_pdf
from tests.helpers.soffice_required import require_soffice

pytestmark = pytest.mark.soffice
LANGUAGES = shipped_languages()


@pytest.fixture(scope="module")
def convert() -> Iterator[object]:
    """One warm LibreOffice for the module's conversions."""
    require_soffice()
    from leadocs.pdf import ConverterPool

    with ConverterPool(1, retries=1) as pool:
        yield pool.convert


@pytest.fixture
def orgs(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES / "orgs", tmp_path / "orgs")
    shutil.copytree(EXAMPLES / "networks", tmp_path / "networks")
    (tmp_path / "back").mkdir()
    return tmp_path / "orgs"


def pdf_of(document: RenderedDocument, convert: object) -> Path:
    target = Path(f"made-{document.stem}.pdf")
    return write_pdf(document, target, convert=convert)  # type: ignore[arg-type]


def organisation_pdf(orgs: Path, kind: str, lang: str, convert: object) -> Path:
    loaded = load_organisation(orgs / "konnevesi.yaml")
    subject = DocumentSubject(loaded.network, loaded.organisation, recipient_id="konnevesi")
    return pdf_of(make_document(kind, subject, lang=lang), convert)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_letters_and_forms_come_back(run, orgs: Path, convert: object, lang: str) -> None:  # type: ignore[no-untyped-def]
    letter = organisation_pdf(orgs, "loi", lang, convert)
    info = PdfReader(letter).metadata or {}
    assert info["/leadocs.recipient"] == "konnevesi" and info["/leadocs.kind"] == "loi"
    ticks = {TASK_PREFIX + "capacity-building": False, TASK_PREFIX + "demand-policy": True}
    fill_pdf(letter, Path("back/1.pdf"), ticks)
    form = organisation_pdf(orgs, "assistance", lang, convert)
    answers = {"experience": "Two PCPs.\nOne PPI.", "timeline": "2028", "assistance": "Advice."}
    fill_pdf(form, Path("back/2.pdf"), {assistance_tag(k): v for k, v in answers.items()})

    result = run("collect", "back", "--orgs", orgs, "-o", "data")

    assert result.exit_code == 0, result.output
    organisation = load_organisation(Path("data/konnevesi.yaml")).organisation
    assert organisation.tasks == ["ppi-pcp", "demand-policy"]
    assert {key: getattr(organisation, key) for key in answers} == answers


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_partner_reports_come_back(run, orgs: Path, convert: object, lang: str) -> None:  # type: ignore[no-untyped-def]
    network = load_network(None)
    partner = network.partners[0]
    subject = DocumentSubject(network, partner=partner)
    report = pdf_of(make_document("report", subject, lang=lang), convert)
    code = partner.member_states[0]
    values: dict[str, bool | str] = {
        member_tag(code): "Ville de Lyon",
        additional_tag("1", "organisation"): "Kaunas",
        additional_tag("1", "country"): "LT",
        "report.description": "A workshop.",
    }
    fill_pdf(report, Path("back/r.pdf"), values)

    result = run("collect", "back", "--orgs", orgs, "-o", "data", "--period", "M20")

    assert result.exit_code == 0, result.output
    text = Path(f"data/report-{partner.name}-M20.yaml").read_text(encoding="utf-8")
    record = PartnerReportFile.model_validate(yaml.safe_load(text)).report
    assert record.member_states[0].member == "Ville de Lyon"
    assert [(m.organisation, m.country) for m in record.additional_members] == [("Kaunas", "LT")]
    assert record.description == "A workshop." and record.challenges is None


def test_a_pdf_without_fields_needs_manual_entry(run, orgs: Path, convert: object) -> None:  # type: ignore[no-untyped-def]
    letter = organisation_pdf(orgs, "loi", "en", convert)
    flat = PdfWriter()
    flat.add_blank_page(595, 842)  # what a scanner returns: a picture of the page, no fields
    flat.add_metadata(dict(PdfReader(letter).metadata or {}))
    flat.write("back/scan.pdf")
    result = run("collect", "back", "--orgs", orgs, "-o", "data")
    assert result.exit_code == 1
    assert "back/scan.pdf: needs manual entry" in result.output
    assert "  manual back/scan.pdf" in result.output
    assert not Path("data/konnevesi.yaml").exists()


def _throwaway_signer(folder: Path) -> tuple[Path, object]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Jyrki Mäkelä")])
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(True, True, False, False, False, True, True, False, False)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    cert = folder / "cert.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file = folder / "key.pem"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert, signers.SimpleSigner.load(str(key_file), str(cert))


def _sign(source: Path, target: Path, signer: object) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    with source.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        meta = signers.PdfSignatureMetadata(field_name="Signature1")
        signed = signers.sign_pdf(writer, meta, signer=signer)  # type: ignore[arg-type]
        target.write_bytes(signed.getvalue())


def test_a_signature_is_recorded_as_checked(run, orgs: Path, convert: object) -> None:  # type: ignore[no-untyped-def]
    cert, signer = _throwaway_signer(Path.cwd())
    letter = organisation_pdf(orgs, "loi", "en", convert)
    fill_pdf(letter, Path("filled.pdf"), {TASK_PREFIX + "demand-policy": True})
    _sign(Path("filled.pdf"), Path("back/signed.pdf"), signer)

    untrusted = run("collect", "back", "--orgs", orgs, "-o", "data")
    assert untrusted.exit_code == 0, untrusted.output
    assert "signed Common Name: Jyrki Mäkelä (intact;" in untrusted.output
    index = yaml.safe_load(Path("data/collected.yaml").read_text(encoding="utf-8"))
    (entry,) = index["returned"]
    assert entry["signatures"][0] | {"signer": ""} == {
        "field": "Signature1", "signer": "", "intact": True, "valid": False, "whole_file": True,
    }  # fmt: skip

    trusted = run("collect", "back", "--orgs", orgs, "-o", "data", "--trust", cert)
    assert "(valid;" in trusted.output
    assert yaml.safe_load(Path("data/collected.yaml").read_text())["returned"][0]["signatures"][0][
        "valid"
    ]

    tampered = bytearray(Path("back/signed.pdf").read_bytes())
    spot = tampered.find(b"/leadocs.recipient")
    tampered[spot + 1 : spot + 8] = b"LEADOCS"  # a byte inside the signed range changed
    Path("back/signed.pdf").write_bytes(bytes(tampered))
    broken = run("collect", "back", "--orgs", orgs, "-o", "data", "--trust", cert, "--force")
    assert broken.exit_code == 1
    assert "back/signed.pdf: Signature1: changed after it was signed by" in broken.output
