"""The public pages: sign-up, assistance request, confirmation with documents, contact points.

Every page is in the language of its URL (``/fi/``); ``/`` picks the browser's
language. A valid form is committed to the database before anything else
happens, then the confirmation is written to the outbox; the visitor is sent to
the confirmation page (post/redirect/get), so reloading it submits nothing twice.
"""

from __future__ import annotations

import io
import logging
import smtplib
from collections.abc import Sequence
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from werkzeug.wrappers import Response as BaseResponse

from leadocs.errors import LeadocsError
from leadocs.i18n import catalogue
from leadocs.i18n.languages import choose_language, shipped_languages
from leadocs.web import store
from leadocs.web.documents import DOCX_TYPE, PDF_TYPE, document_of, pdf_available, pdf_of
from leadocs.web.fields import ASSISTANCE_FIELDS, SIGNUP_FIELDS, FormField, read_form, sections
from leadocs.web.limits import limiter, rate_limit
from leadocs.web.mail import deliver, write_confirmation
from leadocs.web.pages import (
    Texts,
    best_language,
    country_choices,
    language_choices,
    settings,
    task_choices,
    type_choices,
)
from leadocs.web.schema import Submission

__all__ = ["blueprint", "form_context"]

log = logging.getLogger("leadocs.web")

blueprint = Blueprint("public", __name__)

_FORMS = {
    "member": (SIGNUP_FIELDS, "signup_title", "signup_intro", "submit_signup"),
    "assistance": (ASSISTANCE_FIELDS, "assistance_title", "assistance_intro", "submit_assistance"),
}


def _language(lang: str) -> str:
    if lang not in shipped_languages():
        abort(404)
    return lang


@blueprint.get("/")
def home() -> BaseResponse:
    """Send the visitor to the sign-up form in their browser's language."""
    return redirect(url_for("public.signup", lang=best_language()))


@blueprint.route("/<lang>/", methods=["GET", "POST"])
@limiter.limit(rate_limit, methods=["POST"])
def signup(lang: str) -> BaseResponse | tuple[str, int]:
    """The sign-up form of an organisation joining the network."""
    return _form_page(_language(lang), "member")


@blueprint.route("/<lang>/assistance", methods=["GET", "POST"])
@limiter.limit(rate_limit, methods=["POST"])
def assistance(lang: str) -> BaseResponse | tuple[str, int]:
    """The assistance & support request form (D2.3 appendix 7.3)."""
    return _form_page(_language(lang), "assistance")


def form_context(
    lang: str, fields: Sequence[FormField], values: dict[str, Any], errors: dict[str, str]
) -> dict[str, Any]:
    """What the form macros need: fields by section, values, errors and the choices."""
    return {
        "sections": sections(fields),
        "values": values,
        "errors": errors,
        "choices": {
            "country": country_choices(lang),
            "language": language_choices(),
            "types": type_choices(lang),
            "tasks": task_choices(lang),
        },
    }


def _form_page(lang: str, kind: str) -> BaseResponse | tuple[str, int]:
    fields, title, intro, submit = _FORMS[kind]
    texts = Texts(lang)
    if request.method == "GET":
        values: dict[str, Any] = {"language": lang}
        page = form_context(lang, fields, values, {})
        return _render_form(texts, lang, kind, title, intro, submit, page), 200
    result = read_form(request.form, fields, settings().network, texts)
    if result.organisation is None:
        page = form_context(lang, fields, result.values, result.errors)
        return _render_form(texts, lang, kind, title, intro, submit, page), 422
    # The documents and the e-mail are in the language the organisation chose, else the page's.
    documents_lang = choose_language(None, result.organisation.language, lang)
    submission = store.add_submission(
        settings().database, kind, result.organisation, documents_lang
    )
    _confirm(submission)
    return redirect(url_for("public.done", lang=lang, token=submission.token), code=303)


def _render_form(
    texts: Texts, lang: str, kind: str, title: str, intro: str, submit: str, page: dict[str, Any]
) -> str:
    return render_template(
        "form.html",
        t=texts,
        lang=lang,
        kind=kind,
        title=texts(title),
        intro=texts(intro),
        submit=texts(submit),
        **page,
    )


def _confirm(submission: Submission) -> None:
    """Write the confirmation to the outbox (and send it); the submission is already safe."""
    site = settings()
    network = site.network
    from_address = network.sender.email if network.sender else network.contact.email
    if from_address is None:  # the built-in LEA network gives no address to write from
        log.warning(
            "submission %s: no confirmation written: network %s gives no e-mail address "
            "(set network.sender.email or network.contact.email)",
            submission.id,
            network.acronym,
        )
        return
    try:
        document = document_of(submission, site.network)
        confirmation = write_confirmation(site.outbox, submission, site.network, document)
    except (LeadocsError, OSError):
        log.exception("submission %s: no confirmation written", submission.id)
        return
    sent = False
    if site.smtp is not None:
        try:
            deliver(site.smtp, str(from_address), confirmation)
            sent = True
        except (smtplib.SMTPException, OSError):
            log.exception("submission %s: confirmation left in the outbox", submission.id)
    store.record_email(site.database, submission.id, confirmation.path.name, sent)


@blueprint.get("/<lang>/done/<token>")
def done(lang: str, token: str) -> str:
    """The confirmation page, with the submitter's documents to download."""
    lang = _language(lang)
    submission = store.submission_by_token(settings().database, token)
    if submission is None:
        abort(404)
    site = settings()
    contact = site.network.contact
    return render_template(
        "done.html",
        t=Texts(lang),
        lang=lang,
        submission=submission,
        return_contact=contact.name or contact.organisation,
        return_email=str(contact.email or catalogue(lang).text("common", "to_complete")),
        email=submission.data["contact"]["email"],
        pdf=site.pdf if site.pdf is not None else pdf_available(),
    )


@blueprint.get("/documents/<token>.<ext>")
def document(token: str, ext: str) -> Response:
    """The filled LOI (or request form) of a submission, as DOCX or PDF."""
    if ext not in ("docx", "pdf"):
        abort(404)
    site = settings()
    submission = store.submission_by_token(site.database, token)
    if submission is None:
        abort(404)
    rendered = document_of(submission, site.network)
    data, mimetype = (rendered.data, DOCX_TYPE) if ext == "docx" else (pdf_of(rendered), PDF_TYPE)
    response = send_file(
        io.BytesIO(data), mimetype, as_attachment=True, download_name=f"{rendered.stem}.{ext}"
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@blueprint.get("/<lang>/contacts")
def contacts(lang: str) -> str:
    """The national contact points, by country."""
    lang = _language(lang)
    return render_template(
        "contacts.html",
        t=Texts(lang),
        lang=lang,
        contacts=store.contact_points(settings().database),
    )
