"""The .eml outbox: headers, personal subject and body, the document attached, values literal."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from leadocs.errors import TemplateError
from leadocs.formats.files import load_organisation
from leadocs.formats.model import Organisation
from leadocs.formats.model.network import Sender
from leadocs.mailing.messages import EmailBuilder, EmailTemplates
from tests.helpers import EXAMPLES, SENDER

TODAY = dt.date(2026, 3, 1)
DOCUMENT = b"PK\x03\x04 not really a docx, but bytes that must come back unchanged \x00\xff" * 500


def konnevesi() -> tuple[Organisation, object]:
    """Konnevesi and the built-in network, with the tests' sender (it has no e-mail address)."""
    loaded = load_organisation(EXAMPLES / "orgs" / "konnevesi.yaml")
    contact = loaded.network.contact.model_copy(update={"email": SENDER.email})
    return loaded.organisation, loaded.network.model_copy(update={"contact": contact})


def build(
    organisation: Organisation,
    network: object,
    templates: EmailTemplates | None = None,
    lang: str = "en",
    kind: str = "loi",
) -> EmailMessage:
    # As in a batch: the attachment starts with bytes whose encoding is reused.
    builder = EmailBuilder(kind, network, templates, attachment_prefix=DOCUMENT[:20_000])  # type: ignore[arg-type]
    built = builder.build(
        organisation,
        lang=lang,
        key="konnevesi",
        input_hash="abc",
        attachment=DOCUMENT,
        filename="loi-Konnevesi.docx",
        today=TODAY,
    )
    message = email.message_from_bytes(built.data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert built.to == str(organisation.contact.email)
    assert b"\r\n" in built.data and b"\n" not in built.data.replace(b"\r\n", b"")
    return message


def test_headers_subject_body_and_attachment() -> None:
    organisation, network = konnevesi()
    message = build(organisation, network)
    assert message["To"] == "Päivi Häkkinen <paivi.hakkinen@konnevesi.fi>"
    assert message["From"] == "Ellinor Wallin <lea-network@learntechaccelerator.eu>"
    assert message["Subject"] == (
        "Konneveden kunta (Konnevesi Municipality): letter of intent to join the LEA-N"
    )
    assert message["Message-ID"].endswith(".leadocs@learntechaccelerator.eu>")
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")
    assert text.startswith("Dear Päivi Häkkinen,\n\nPlease find attached the letter of intent")
    assert "signed by Jyrki Mäkelä" in text
    assert text.rstrip().endswith("Kind regards,\n\nEllinor Wallin")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "loi-Konnevesi.docx"
    assert attachment.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert attachment.get_content() == DOCUMENT


def test_message_id_is_stable_per_recipient_of_a_mailing() -> None:
    organisation, network = konnevesi()

    def message_id(mailing: str, key: str, digest: str) -> str:
        builder = EmailBuilder("loi", network, mailing=mailing)  # type: ignore[arg-type]
        return builder.build(
            organisation,
            lang="en",
            key=key,
            input_hash=digest,
            attachment=b"x",
            filename="a.docx",
            today=TODAY,
        ).message_id

    # The same recipient of one mailing keeps its id, also when its data changed
    # (a resend can be de-duplicated); another recipient or mailing gets another.
    first = message_id("m1", "a", "1")
    assert message_id("m1", "a", "1") == message_id("m1", "a", "2") == first
    assert len({first, message_id("m1", "b", "1"), message_id("m2", "a", "1")}) == 3
    assert first.endswith(".leadocs@learntechaccelerator.eu>")


def test_sender_from_option_network_or_contact() -> None:
    organisation, network = konnevesi()
    assert build(organisation, network)["From"] == (
        "Ellinor Wallin <lea-network@learntechaccelerator.eu>"
    )
    own = network.model_copy(  # type: ignore[attr-defined]
        update={"sender": Sender(name="LEA mailings", email="mail@lea.example.eu")}
    )
    assert build(organisation, own)["From"] == "LEA mailings <mail@lea.example.eu>"
    given = Sender(name="Åsa Öberg", email="asa@malmö.example.org")
    builder = EmailBuilder("loi", own, sender=given)
    built = builder.build(
        organisation,
        lang="en",
        key="k",
        input_hash="h",
        attachment=b"x",
        filename="a.docx",
        today=TODAY,
    )
    message = email.message_from_bytes(built.data, policy=policy.default)
    assert message["From"] == "Åsa Öberg <asa@xn--malm-8qa.example.org>"
    assert built.message_id.endswith("@xn--malm-8qa.example.org>")


def test_subject_in_the_recipients_language() -> None:
    organisation, network = konnevesi()
    message = build(organisation, network, lang="fi")
    assert "aiekirje LEA-N-verkostoon" in message["Subject"]


def test_assistance_default_texts() -> None:
    organisation, network = konnevesi()
    message = build(organisation, network, kind="assistance")
    assert "assistance and support request" in message["Subject"]


def test_user_templates_see_the_recipient_and_the_document() -> None:
    organisation, network = konnevesi()
    templates = EmailTemplates(
        subject="{{ organisation.short_name }} – {{ network.acronym }} ({{ lang }})",
        body="Hei {{ recipient.contact.name }},\n\nliitteenä {{ document }}.\n\n"
        "{{ t.email.loi_subject }}\n",
    )
    message = build(organisation, network, templates)
    assert message["Subject"] == "Konnevesi – LEA-N (en)"
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == (
        "Hei Päivi Häkkinen,\n\nliitteenä loi-Konnevesi.docx.\n\n"
        "Konneveden kunta (Konnevesi Municipality): letter of intent to join the LEA-N\n"
    )


def test_values_are_literal_and_never_break_headers() -> None:
    organisation, network = konnevesi()
    hostile = organisation.model_copy(
        update={
            "name": 'Evil {{ 7*7 }} & <b>"quoted"</b>\nBcc: victim@example.org',
        }
    )
    message = build(hostile, network)
    assert message["Subject"] == (
        'Evil {{ 7*7 }} & <b>"quoted"</b> Bcc: victim@example.org: letter of intent to join '
        "the LEA-N"
    )
    assert message["Bcc"] is None
    body = message.get_body(("plain",))
    assert body is not None
    assert 'Evil {{ 7*7 }} & <b>"quoted"</b>' in body.get_content()
    assert "49" not in message["Subject"]


def test_bad_user_templates() -> None:
    _organisation, network = konnevesi()
    with pytest.raises(TemplateError, match="subject.txt:1: template syntax error"):
        EmailBuilder("loi", network, EmailTemplates(subject="{{ oops", subject_name="subject.txt"))  # type: ignore[arg-type]
    organisation, _ = konnevesi()
    with pytest.raises(TemplateError, match="the template uses a value the data does not have"):
        build(organisation, network, EmailTemplates(subject="{{ organisation.nickname }}"))


def test_sandboxed_user_templates() -> None:
    organisation, network = konnevesi()
    with pytest.raises(TemplateError, match="unsafe|template error"):
        build(
            organisation,
            network,
            EmailTemplates(body="{{ organisation.__class__.__mro__[1].__subclasses__() }}"),
        )


def test_written_outbox_parses_back(tmp_path: Path) -> None:
    organisation, network = konnevesi()
    builder = EmailBuilder("loi", network)  # type: ignore[arg-type]
    built = builder.build(
        organisation,
        lang="en",
        key="k",
        input_hash="h",
        attachment=DOCUMENT,
        filename="loi-Łódź ä.docx",
        today=TODAY,
    )
    path = tmp_path / "m.eml"
    path.write_bytes(built.data)
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "loi-Łódź ä.docx"
