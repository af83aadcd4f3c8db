"""The text of a ``.eml``, written directly (the stdlib's generator costs more than a document).

One fixed shape: a ``multipart/mixed`` message with a quoted-printable UTF-8
``text/plain`` part and base64 attachments, CRLF line ends. Non-ASCII
header text becomes RFC 2047 encoded-words (UTF-8, base64, each under 75
characters, on lines of their own); a non-ASCII file name an RFC 2231
``filename*`` parameter; an internationalised domain its IDNA form.
``tests/test_email_mime.py`` checks that the parsed result
matches a message the stdlib builds.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import formataddr, quote

import idna

__all__ = [
    "Attachment",
    "Base64Lines",
    "address",
    "ascii_domain",
    "header_lines",
    "message",
    "unstructured",
]

_LINE_BYTES = 57
"""Bytes per base64 line: 76 characters, MIME's limit."""
_FOLD = 78
"""RFC 5322's recommended line length."""
_WORD_BYTES = 39
"""UTF-8 bytes per encoded-word: 52 base64 characters, 64 with the ``=?utf-8?b??=`` frame."""
# Text an encoded-word must carry: non-ASCII, control characters, or what a
# reader would take for an encoded-word.
_UNSAFE = re.compile(r"[^\x20-\x7e]|=\?")


def encoded_words(text: str) -> list[str]:
    """``text`` as RFC 2047 encoded-words, each of whole characters."""
    data = text.encode()
    words = []
    start = 0
    while start < len(data):
        end = min(start + _WORD_BYTES, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # never split a character
            end -= 1
        chunk = base64.b64encode(data[start:end]).decode("ascii")
        words.append(f"=?utf-8?b?{chunk}?=")
        start = end
    return words


def unstructured(name: str, text: str) -> str:
    """A header line (no CRLF) of unstructured text such as ``Subject``, folded."""
    if _UNSAFE.search(text):
        return f"{name}: " + "\r\n ".join(encoded_words(text) or [""])
    lines = [f"{name}:"]
    for word in text.split(" "):
        if len(lines[-1]) + 1 + len(word) > _FOLD and lines[-1] != f"{name}:":
            lines.append("")
        lines[-1] += f" {word}"
    return "\r\n".join(lines)


def ascii_domain(email: str) -> str:
    """``email`` with an internationalised domain in its ASCII form (IDNA, ``xn--``)."""
    local, at, domain = email.rpartition("@")
    if not at or domain.isascii():
        return email
    try:
        return f"{local}@{idna.encode(domain, uts46=True).decode('ascii')}"
    except idna.IDNAError:
        return email  # validation let it through; the server will say what it thinks


def address(name: str, email: str) -> str:
    """``Name <address>`` for an address header; encoded-words for a name that needs them.

    An internationalised domain is written in its ASCII form (IDNA), which every
    server and client reads. A non-ASCII local part has no ASCII form: it is
    written as UTF-8 (RFC 6532), for servers that offer SMTPUTF8.
    """
    email = ascii_domain(email)
    if not name:
        return email
    if _UNSAFE.search(name):
        return "\r\n ".join(encoded_words(name)) + f" <{email}>"
    if not email.isascii():  # formataddr accepts ASCII addresses only
        return f"{_quoted_name(name)} <{email}>"
    return formataddr((name, email))  # quotes names with specials (",", "\"", ...)


def _quoted_name(name: str) -> str:
    """A display name as formataddr writes it: quoted when it has specials."""
    return formataddr((name, "x@x")).rpartition(" <")[0] or name


def _filename(name: str) -> str:
    if _UNSAFE.search(name):
        return "filename*=utf-8''" + urllib.parse.quote(name, safe="")
    return f'filename="{quote(name)}"'


def _base64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\r\n".join([encoded[i : i + 76] for i in range(0, len(encoded), 76)])


class Base64Lines:
    """Base64 lines (CRLF between) of attachments that mostly start with the same bytes.

    Every document of a batch starts with its template's static entries; their
    lines are encoded once here and only the rest of each document per message.
    Any other data is encoded whole, so the result never depends on the prefix.
    """

    def __init__(self, prefix: bytes = b"") -> None:
        self._prefix = prefix[: len(prefix) - len(prefix) % _LINE_BYTES]
        self._lines = _base64_lines(self._prefix)

    def encode(self, data: bytes) -> bytes:
        """``data`` in base64, 76 characters a line, lines separated by CRLF."""
        if not self._prefix or not data.startswith(self._prefix):
            return _base64_lines(data)
        rest = _base64_lines(data[len(self._prefix) :])
        return self._lines + b"\r\n" + rest if rest else self._lines


_WHOLE = Base64Lines()


@dataclass(frozen=True)
class Attachment:
    """A file attached to a message."""

    data: bytes
    content_type: str
    filename: str


def message(
    headers: list[str],
    boundary: str,
    body: str,
    attachments: Sequence[Attachment],
    encoder: Base64Lines = _WHOLE,
) -> bytes:
    """The whole message: ``headers`` (folded lines), the body text and the attachments.

    ``encoder`` encodes the first attachment (the document, which starts with its
    template's bytes); the others are encoded whole.
    """
    # The generator made every line break of the body CRLF; do the same.
    text = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    qp = binascii.b2a_qp(text.encode(), istext=True)
    head = "\r\n".join(
        [
            *headers,
            "MIME-Version: 1.0",
            f'Content-Type: multipart/mixed; boundary="{boundary}"',
            "",
            f"--{boundary}",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "",
        ]
    )
    parts = [head.encode(), qp]
    for number, attachment in enumerate(attachments):
        part_head = "\r\n".join(
            [
                "",
                f"--{boundary}",
                f"Content-Type: {attachment.content_type}",
                "Content-Transfer-Encoding: base64",
                f"Content-Disposition: attachment; {_filename(attachment.filename)}",
                "",
                "",
            ]
        )
        lines = (encoder if number == 0 else _WHOLE).encode(attachment.data)
        parts += [part_head.encode(), lines]
    parts.append(f"\r\n--{boundary}--\r\n".encode())
    return b"".join(parts)


def header_lines(data: bytes) -> list[str]:
    """The header lines of a message this module wrote, folded as written, less its MIME ones.

    Used to write a message again (with other attachments) keeping its headers,
    and so its Message-ID, exactly.
    """
    block = data.split(b"\r\n\r\n", 1)[0].decode()  # UTF-8: RFC 6532 addresses
    fields: list[list[str]] = []
    for line in block.split("\r\n"):
        if line[:1] in (" ", "\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    mime_fields = ("mime-version:", "content-type:")
    return ["\r\n".join(field) for field in fields if not field[0].lower().startswith(mime_fields)]
