"""The directly written ``.eml`` parses like a message the stdlib builds, field by field."""

from __future__ import annotations

import base64
import email
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr

import idna
import pytest

from leadocs.mailing import mime as _mime
from leadocs.mailing.messages import DOCX_TYPE

DOCUMENT = bytes(range(256)) * 300
CASES = [
    ("Päivi Häkkinen", "Konneveden kunta: kirje", "Hei,\n\nLiitteenä kirje.\n", "loi-x.docx"),
    ('Smith, "J" Jr.', "Ελληνικό θέμα: επιστολή πρόθεσης " * 6, "Γεια σας\n", "loi-ŁARR.docx"),
    ('Ωμέγα, Λ. "Άλφα"', "A long ASCII subject " * 12, "a=b \n.\nFrom x\r\nend\r", "l.docx"),
    ("=?utf-8?q?x?=", "=?utf-8?q?fake?= subject", "x" * 300 + "\n", "loi-Łódź ä.docx"),
    ("", "", "\n", 'a "b".docx'),
]


def _reference(name: str, subject: str, body: str, filename: str) -> EmailMessage:
    message = EmailMessage(policy=policy.default)
    message["From"] = formataddr(("Ellinor Wallin", "lea@example.eu"))
    message["To"] = formataddr((name, "to@example.fi"))
    message["Subject"] = subject
    message["Date"] = "Sun, 01 Mar 2026 10:00:00 +0200"
    message["Message-ID"] = "<abc.leadocs@example.eu>"
    message.set_content(body)
    message.add_attachment(DOCUMENT, *DOCX_TYPE, filename=filename)
    return message


@pytest.mark.parametrize(("name", "subject", "body", "filename"), CASES)
def test_parses_like_the_stdlib(name: str, subject: str, body: str, filename: str) -> None:
    headers = [
        "From: " + _mime.address("Ellinor Wallin", "lea@example.eu"),
        "To: " + _mime.address(name, "to@example.fi"),
        _mime.unstructured("Subject", subject),
        "Date: Sun, 01 Mar 2026 10:00:00 +0200",
        "Message-ID: <abc.leadocs@example.eu>",
    ]
    data = _mime.message(
        headers, "leadocs-b", body, [_mime.Attachment(DOCUMENT, "/".join(DOCX_TYPE), filename)]
    )
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
    assert b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b"")
    ours = email.message_from_bytes(data, policy=policy.default)
    theirs = email.message_from_bytes(
        _reference(name, subject, body, filename).as_bytes(), policy=policy.default
    )
    assert isinstance(ours, EmailMessage) and isinstance(theirs, EmailMessage)
    assert not ours.defects
    # Text that looks like an encoded-word stays literal here; the stdlib decodes it.
    literal = "=?" in name + subject
    for field in ("From", "To", "Subject", "Date", "Message-ID"):
        assert literal or str(ours[field]) == str(theirs[field]), field
    [to] = ours["To"].addresses
    assert (to.display_name, to.addr_spec, ours["Subject"]) == (name, "to@example.fi", subject)
    assert ours["Date"].datetime == theirs["Date"].datetime
    mine, reference = ours.get_body(("plain",)), theirs.get_body(("plain",))
    assert mine is not None and reference is not None
    normal = body.replace("\r\n", "\n").replace("\r", "\n")
    assert mine.get_content().replace("\r\n", "\n") == normal
    assert reference.get_content().replace("\r\n", "\n") == normal
    [a] = list(ours.iter_attachments())
    [b] = list(theirs.iter_attachments())
    assert (a.get_filename(), a.get_content_type(), a.get_content()) == (
        b.get_filename(),
        b.get_content_type(),
        b.get_content(),
    )
    assert a.get_content() == DOCUMENT and a.get_filename() == filename


def test_headers_are_folded_and_words_short() -> None:
    line = _mime.unstructured("Subject", "Ελληνικό θέμα " * 20)
    assert all(len(part) <= 78 for part in line.split("\r\n"))
    assert all(len(word) <= 75 for word in _mime.encoded_words("Łódź " * 40))
    ascii_line = _mime.unstructured("Subject", "word " * 50)
    assert all(len(part) <= 78 for part in ascii_line.split("\r\n"))


@pytest.mark.parametrize(
    ("prefix", "data"),
    [
        (DOCUMENT[:20_000], DOCUMENT),  # the batch's case: a document after its skeleton
        (DOCUMENT[: 57 * 300], DOCUMENT),  # a prefix of whole lines
        (DOCUMENT[:30], DOCUMENT),  # shorter than a line: nothing to reuse
        (DOCUMENT[:20_000], DOCUMENT[:20_000]),  # the data is the prefix
        (DOCUMENT[:19_950], DOCUMENT[:19_980]),  # the data ends inside the prefix's last line
        (b"X" + DOCUMENT[1:20_000], DOCUMENT),  # another beginning: encoded whole
        (DOCUMENT[:20_000], b""),
    ],
)
def test_base64_lines_match_whole_encoding(prefix: bytes, data: bytes) -> None:
    lines = _mime.Base64Lines(prefix).encode(data)
    expected = base64.encodebytes(data).replace(b"\n", b"\r\n").removesuffix(b"\r\n")
    assert lines == expected
    assert base64.b64decode(lines.replace(b"\r\n", b"")) == data


def test_message_with_a_prefix_encoder_carries_the_same_attachment() -> None:
    headers = ["From: a@example.eu", "To: b@example.fi", "Subject: x"]
    attachments = [_mime.Attachment(DOCUMENT, "/".join(DOCX_TYPE), "a.docx")]
    args = (headers, "leadocs-b", "Hello\n", attachments)
    plain = _mime.message(*args)
    assert _mime.message(*args, _mime.Base64Lines(DOCUMENT[:40_000])) == plain


def test_a_message_written_again_keeps_its_headers_and_gains_an_attachment() -> None:
    headers = ["From: a@example.eu", "To: b@example.fi", _mime.unstructured("Subject", "Å" * 60)]
    first = _mime.message(
        headers, "leadocs-b", "Hello\n", [_mime.Attachment(DOCUMENT, "/".join(DOCX_TYPE), "a.docx")]
    )
    again = _mime.message(
        _mime.header_lines(first),
        "leadocs-b",
        "Hello\n",
        [
            _mime.Attachment(DOCUMENT, "/".join(DOCX_TYPE), "a.docx"),
            _mime.Attachment(b"%PDF-1.7 x", "application/pdf", "a.pdf"),
        ],
    )
    assert again.split(b"\r\nMIME-Version")[0] == first.split(b"\r\nMIME-Version")[0]
    parsed = email.message_from_bytes(again, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    names = [part.get_filename() for part in parsed.iter_attachments()]
    assert names == ["a.docx", "a.pdf"]
    assert [part.get_content() for part in parsed.iter_attachments()][1] == b"%PDF-1.7 x"


@pytest.mark.parametrize(
    ("name", "to"),
    [
        ("Malmö stad", "kontakt@malmö.example.org"),  # an internationalised domain
        ("Smith, J", "kontakt@bücher.example"),  # specials in the name, too
        ("", "info@ελληνικά.example.gr"),
        ("Åsa Öberg", "åsa.öberg@malmö.example.org"),  # a non-ASCII local part
        ("Plain Name", "jürgen@example.de"),
    ],
)
def test_internationalised_addresses_parse_like_the_stdlib(name: str, to: str) -> None:
    headers = ["From: " + _mime.address("Ellinor Wallin", "lea@example.eu")]
    headers += ["To: " + _mime.address(name, to), "Subject: x"]
    attachment = _mime.Attachment(DOCUMENT, "/".join(DOCX_TYPE), "a.docx")
    data = _mime.message(headers, "leadocs-b", "Hej\n", [attachment])
    local, domain = to.rsplit("@", 1)
    if local.isascii():  # every server reads it: the domain in its ASCII form
        assert data.isascii() or b"xn--" in data
        assert f"@{idna.encode(domain).decode()}>".encode() in data or not name
    # Parsed from text: the parser reads bytes as ASCII, and a UTF-8 header would be garbled.
    ours = email.message_from_string(data.decode(), policy=policy.default)
    reference = EmailMessage(policy=policy.SMTPUTF8)  # addresses written as UTF-8
    reference["To"] = Address(name, local, domain)
    theirs = email.message_from_string(reference.as_string(), policy=policy.default)
    assert isinstance(ours, EmailMessage) and not ours.defects
    [mine] = ours["To"].addresses
    [expected] = theirs["To"].addresses
    assert mine.display_name == expected.display_name == name
    assert mine.username == expected.username
    assert idna.decode(mine.domain) == expected.domain == domain
