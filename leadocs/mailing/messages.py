r"""The e-mail outbox: one ``.eml`` per recipient, with its document attached.

Messages are written by :mod:`leadocs.mailing.mime` (the stdlib's generator
cost more than rendering the document; tests compare the two): ``To``
is the recipient's ``contact.email``, ``From`` the batch's ``--from``, else the
network's ``sender``, else its contact, and
the subject and body come from Jinja text templates (sandboxed, values
inserted as they are, never evaluated). The built-in templates use the
catalogue texts ``email.<kind>_subject`` and ``email.<kind>_body``; a user's
templates see the same context (``organisation``, ``network``, ``t``,
``lang``, ``document``, ``today``).

The ``Message-ID`` is derived from the mailing (one per output folder) and
the recipient's key: a message built again, even from edited data, keeps its
id, so that a server can drop a second copy of a message sent again after its
delivery was left unconfirmed. The ``Date`` is set when the message is sent
(:mod:`leadocs.mailing.send`); the one written here says when it was built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import formatdate
from typing import Any

import jinja2
import jinja2.meta

from leadocs.documents.context import network_data
from leadocs.documents.wording import contact_values, network_catalogue, organisation_values
from leadocs.errors import TemplateError, UsageError
from leadocs.formats.model import Network, Organisation
from leadocs.formats.model.network import Sender
from leadocs.i18n import Catalogue, catalogue
from leadocs.mailing import mime as _mime
from leadocs.render.environment import build_environment

__all__ = ["DOCX_TYPE", "BuiltEmail", "EmailBuilder", "EmailTemplates"]

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
_DOCX_TYPE = "/".join(DOCX_TYPE)
_SPACES = re.compile(r"\s+")


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
        network: the network that sends the mailing.
        templates: the user's subject and body templates, if any.
        fallback_lang: the language of network texts missing in a recipient's language.
        attachment_prefix: bytes most attachments start with (the template's
            static entries), base64-encoded once instead of in every message.
        sender: who the messages come from (default: the network's sender, else
            its contact).
        mailing: the id of the mailing, which Message-IDs derive from.

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
        attachment_prefix: bytes = b"",
        sender: Sender | None = None,
        mailing: str = "",
    ) -> None:
        templates = templates or EmailTemplates()
        self.kind = kind
        self.network = network
        self.fallback_lang = fallback_lang
        env = build_environment(sandboxed=True, autoescape=False)
        if not catalogue("en").has("email", f"{kind}_subject") and None in (
            templates.subject,
            templates.body,
        ):
            raise UsageError(
                f"there is no built-in e-mail text for '{kind}' documents",
                hint="give --subject-template and --body-template",
            )
        self._subject, subject_names = _compile(
            env, templates.subject, f"{{{{ t.email.{kind}_subject }}}}", templates.subject_name
        )
        self._body, body_names = _compile(
            env, templates.body, f"{{{{ t.email.{kind}_body }}}}\n", templates.body_name
        )
        # The organisation's data as JSON costs more than the rest of the context;
        # only templates that use it get it.
        self._uses_data = bool({"organisation", "recipient"} & (subject_names | body_names))
        self._base64 = _mime.Base64Lines(attachment_prefix)
        self._networks: dict[str, dict[str, Any]] = {}
        sender = sender or network.sender
        if sender is None:
            contact = network.contact
            if contact.email is None:
                raise UsageError(
                    f"network {network.acronym} gives no e-mail address to send from: set "
                    "network.sender.email or network.contact.email, or use --from"
                )
            sender = Sender(name=contact.name or contact.organisation, email=contact.email)
        self.sender = "From: " + _mime.address(_one_line(sender.name), str(sender.email))
        self.domain = _mime.ascii_domain(str(sender.email)).rpartition("@")[2] or "localhost"
        self.mailing = mailing

    def context(
        self, organisation: Organisation, *, lang: str, document: str, today: dt.date
    ) -> dict[str, Any]:
        """The context of the subject and body templates of one recipient."""
        if lang not in self._networks:
            self._networks[lang] = network_data(self.network, lang, self.fallback_lang)
        net = self._networks[lang]
        contact = net["contact"]
        values = {
            **organisation_values(organisation),
            **contact_values(organisation),
            "signatory": organisation.signatory.name,
            "network_acronym": net["acronym"],
            "return_contact": contact["name"] or contact["organisation"],
            "return_email": str(contact["email"] or catalogue(lang).text("common", "to_complete")),
            "sender": contact["name"] or contact["organisation"],
        }
        data = organisation.model_dump(mode="json") if self._uses_data else {}
        return {
            "organisation": data,
            "recipient": data,
            "network": net,
            "t": {"email": _texts(lang, net, values)},
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
        stable = hashlib.sha256(f"{self.mailing}\0{key}".encode()).hexdigest()
        message_id = f"<{stable[:32]}.leadocs@{self.domain}>"
        headers = [
            self.sender,
            "To: " + _mime.address(_one_line(organisation.contact.name), to),
            _mime.unstructured("Subject", subject),
            f"Date: {formatdate(localtime=True)}",
            f"Message-ID: {message_id}",
            f"Content-Language: {lang}",  # RFC 3282; a reminder is written in the same language
        ]
        data = _mime.message(
            headers,
            f"leadocs-{digest[32:56]}",
            body,
            [_mime.Attachment(attachment, _DOCX_TYPE, filename)],
            self._base64,
        )
        return BuiltEmail(data, to, message_id, subject)


def _compile(
    env: jinja2.Environment, source: str | None, default: str, name: str
) -> tuple[jinja2.Template, set[str]]:
    """The compiled template and the names of the context it uses."""
    try:
        ast = env.parse(source if source is not None else default)
        return env.from_string(ast), jinja2.meta.find_undeclared_variables(ast)
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


def _email_catalogue(lang: str, net: Mapping[str, Any]) -> Catalogue:
    try:
        return network_catalogue(net, lang)
    except UsageError:  # a language without a catalogue: English
        return network_catalogue(net, "en")


def _texts(lang: str, net: Mapping[str, Any], values: Mapping[str, str]) -> dict[str, str]:
    return _email_catalogue(lang, net).section("email", values)


def _one_line(text: str) -> str:
    # A header never takes a line break from the data (no header injection).
    return _SPACES.sub(" ", text).strip()


def _paragraphs(text: str) -> str:
    """Body text with plain newlines and one at the end."""
    return text.replace("\r\n", "\n").strip("\n") + "\n"
