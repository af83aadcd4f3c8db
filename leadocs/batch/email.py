r"""The e-mail outbox: one ``.eml`` per recipient, with its document attached.

Messages are built with the standard library's :mod:`email` package: ``To``
is the recipient's ``contact.email``, ``From`` the network's contact, and
the subject and body come from Jinja text templates (sandboxed, values
inserted as they are, never evaluated). The built-in templates use the
catalogue texts ``email.<kind>_subject`` and ``email.<kind>_body``; a user's
templates see the same context (``organisation``, ``network``, ``t``,
``lang``, ``document``, ``today``).

The ``Message-ID`` is derived from the recipient's key and input hash, so a
message re-rendered from the same data keeps its id.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from email import policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate
from typing import Any

import jinja2

from leadocs.context import network_data
from leadocs.errors import TemplateError, UsageError
from leadocs.i18n import catalogue, fill
from leadocs.model import Network, Organisation
from leadocs.render.environment import build_environment

__all__ = ["DOCX_TYPE", "BuiltEmail", "EmailBuilder", "EmailTemplates"]

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
_POLICY = policy.compat32.clone(linesep="\r\n")
_SPACES = re.compile(r"\s+")
# The attachment's base64 text is put in after the message is generated:
# email's generator writes a payload line by line, which costs more than all
# the rest of a message. The marker cannot occur in a header or in base64 text.
_MARKER = "LEADOCS-ATTACHMENT-PAYLOAD"
_BODY_CHARSET = Charset("utf-8")
_BODY_CHARSET.body_encoding = QP
# Base64 words in headers: the stdlib works out the shorter of Q and B otherwise,
# which costs more than building the rest of the message.
_HEADER_CHARSET = Charset("utf-8")
_HEADER_CHARSET.header_encoding = BASE64


@dataclass(frozen=True)
class EmailTemplates:
    """User subject and body templates (Jinja text); None means the built-in one."""

    subject: str | None = None
    body: str | None = None
    subject_name: str = "--subject-template"
    body_name: str = "--body-template"


@dataclass(frozen=True)
class BuiltEmail:
    """A message ready to be written as ``.eml``."""

    data: bytes
    to: str
    message_id: str
    subject: str


class EmailBuilder:
    """Builds the message of each recipient of one mailing.

    Args:
        kind: the document kind (``loi``, ``assistance``), which picks the default texts.
        network: the network that sends the mailing (its contact is the sender).
        templates: the user's subject and body templates, if any.
        fallback_lang: the language of network texts missing in a recipient's language.

    Raises:
        TemplateError: a user template does not compile.
        UsageError: the kind has no built-in e-mail text and no template was given.
    """

    def __init__(
        self,
        kind: str,
        network: Network,
        templates: EmailTemplates | None = None,
        fallback_lang: str | None = None,
    ) -> None:
        templates = templates or EmailTemplates()
        self.kind = kind
        self.network = network
        self.fallback_lang = fallback_lang
        env = build_environment(sandboxed=True, autoescape=False)
        if f"{kind}_subject" not in catalogue("en")["email"] and None in (
            templates.subject,
            templates.body,
        ):
            raise UsageError(
                f"there is no built-in e-mail text for '{kind}' documents",
                hint="give --subject-template and --body-template",
            )
        self._subject = _compile(
            env, templates.subject, f"{{{{ t.email.{kind}_subject }}}}", templates.subject_name
        )
        self._body = _compile(
            env, templates.body, f"{{{{ t.email.{kind}_body }}}}\n", templates.body_name
        )
        self._networks: dict[str, dict[str, Any]] = {}
        contact = network.contact
        self.sender = formataddr(
            (_one_line(contact.name or contact.organisation), str(contact.email)),
            charset=_HEADER_CHARSET,
        )
        self.domain = str(contact.email).rpartition("@")[2] or "localhost"

    def context(
        self, organisation: Organisation, *, lang: str, document: str, today: dt.date
    ) -> dict[str, Any]:
        """The context of the subject and body templates of one recipient."""
        if lang not in self._networks:
            self._networks[lang] = network_data(self.network, lang, self.fallback_lang)
        net = self._networks[lang]
        contact = net["contact"]
        values = {
            "organisation": organisation.name,
            "contact": organisation.contact.name,
            "signatory": organisation.signatory.name,
            "network_name": net["name"],
            "network_acronym": net["acronym"],
            "return_contact": contact["name"] or contact["organisation"],
            "return_email": str(contact["email"]),
            "sender": contact["name"] or contact["organisation"],
        }
        data = organisation.model_dump(mode="json")
        return {
            "organisation": data,
            "recipient": data,
            "network": net,
            "t": {"email": _texts(lang, values)},
            "lang": lang,
            "kind": self.kind,
            "document": document,
            "today": today,
        }

    def build(
        self,
        organisation: Organisation,
        *,
        lang: str,
        key: str,
        input_hash: str,
        attachment: bytes,
        filename: str,
        today: dt.date,
    ) -> BuiltEmail:
        """The message of one recipient with ``attachment`` (the document) attached."""
        ctx = self.context(organisation, lang=lang, document=filename, today=today)
        subject = _one_line(_render(self._subject, ctx))
        body = _paragraphs(_render(self._body, ctx))
        to = str(organisation.contact.email)
        digest = hashlib.sha256(f"{key}\0{input_hash}".encode()).hexdigest()
        message_id = f"<{digest[:32]}.leadocs@{self.domain}>"
        message = MIMEMultipart(boundary=f"leadocs-{digest[32:56]}")
        message["From"] = self.sender
        message["To"] = formataddr(
            (_one_line(organisation.contact.name), to), charset=_HEADER_CHARSET
        )
        message["Subject"] = _header(subject)
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = message_id
        # A Charset (not "utf-8") selects quoted-printable: the body stays readable in the .eml.
        text = MIMEText(body, "plain", _BODY_CHARSET)  # type: ignore[arg-type]
        part = MIMEBase(*DOCX_TYPE)
        for sub in (text, part):
            del sub["MIME-Version"]  # the message has one; every header costs a fold
        part.set_payload(_MARKER)
        part["Content-Transfer-Encoding"] = "base64"
        part.add_header("Content-Disposition", "attachment", filename=_filename(filename))
        message.attach(text)
        message.attach(part)
        head, marker, tail = message.as_bytes(policy=_POLICY).partition(_MARKER.encode())
        assert marker, "the attachment marker must be in the generated message"
        encoded = base64.b64encode(attachment)
        encoded = b"\r\n".join([encoded[i : i + 76] for i in range(0, len(encoded), 76)])
        return BuiltEmail(head + encoded + tail, to, message_id, subject)


def _compile(
    env: jinja2.Environment, source: str | None, default: str, name: str
) -> jinja2.Template:
    try:
        return env.from_string(source if source is not None else default)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"{name}:{exc.lineno}", f"template syntax error: {exc.message}"
        ) from None


def _render(template: jinja2.Template, context: Mapping[str, Any]) -> str:
    try:
        return template.render(context)
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            "e-mail template", f"the template uses a value the data does not have: {exc.message}"
        ) from None
    except jinja2.TemplateError as exc:
        raise TemplateError("e-mail template", f"template error: {exc}") from None


def _texts(lang: str, values: Mapping[str, str]) -> dict[str, str]:
    texts = dict(catalogue("en")["email"])
    with contextlib.suppress(UsageError):  # a language without a catalogue: English
        texts.update(catalogue(lang).get("email", {}))
    filled = {key: fill(text, values) for key, text in texts.items()}
    for key, text in filled.items():
        # Catalogue bodies are folded YAML (>-): one newline where a paragraph ends.
        if key.endswith("_body") and "\n\n" not in text:
            filled[key] = text.replace("\n", "\n\n")
    return filled


def _one_line(text: str) -> str:
    # A header never takes a line break from the data (no header injection).
    return _SPACES.sub(" ", text).strip()


def _paragraphs(text: str) -> str:
    """Body text with plain newlines and one at the end."""
    return text.replace("\r\n", "\n").strip("\n") + "\n"


def _header(text: str) -> str:
    # compat32 messages take Header objects for non-ASCII text; typeshed wants str.
    return text if text.isascii() else Header(text, _HEADER_CHARSET)  # type: ignore[return-value]


def _filename(name: str) -> str | tuple[str, str, str]:
    return name if name.isascii() else ("utf-8", "", name)
