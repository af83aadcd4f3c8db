"""The coordinator's pages, behind a login: review, members and KPIs, contact points, exports.

A login clears the old session and starts a new one (no session fixation);
every page here redirects to the login without one. Edits carry the version
of the record that was shown; a record changed meanwhile is not overwritten
(409, with the other change to look at).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from typing import Any, TypeVar, cast

from flask import (
    Blueprint,
    Response,
    abort,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from werkzeug.wrappers import Response as BaseResponse

from leadocs.formats.model import Organisation
from leadocs.render.environment import country_name
from leadocs.web import exports, store
from leadocs.web.fields import ASSISTANCE_FIELDS, SIGNUP_FIELDS, read_form, values_of
from leadocs.web.kpi import Kpi, network_kpi
from leadocs.web.limits import limiter, rate_limit
from leadocs.web.mapsvg import members_map
from leadocs.web.pages import Texts, best_language, settings
from leadocs.web.public import form_context
from leadocs.web.schema import Status, Submission

__all__ = ["blueprint", "login_required"]

blueprint = Blueprint("coordinator", __name__, url_prefix="/coordinator")


def _lang() -> str:
    """The coordinator's language: the browser's best match among the shipped ones."""
    return best_language()


F = TypeVar("F", bound=Callable[..., Any])


def login_required(view: F) -> F:
    """Redirect to the login page unless a coordinator is logged in."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not session.get("user"):
            return redirect(url_for("coordinator.login", next=request.path))
        return view(*args, **kwargs)

    return cast(F, wrapper)


def _page(template: str, **values: Any) -> str:
    lang = _lang()
    return render_template(
        template,
        t=Texts(lang),
        d=Texts(lang, "desk"),
        lang=lang,
        user=session.get("user"),
        **values,
    )


@blueprint.route("/login", methods=["GET", "POST"])
@limiter.limit(rate_limit, methods=["POST"])
def login() -> BaseResponse | tuple[str, int]:
    """The login form; a wrong name or password starts no session."""
    target = request.values.get("next", "")
    if not target.startswith("/coordinator/") or target.startswith("//"):
        target = url_for("coordinator.submissions")
    if request.method == "GET":
        return _page("coordinator/login.html", next=target, failed=False), 200
    username = request.form.get("username", "")[:100]
    if not store.check_password(settings().database, username, request.form.get("password", "")):
        session.clear()
        return _page("coordinator/login.html", next=target, failed=True), 401
    session.clear()  # a new session for the new user
    session["user"] = username.strip()
    session.permanent = True
    return redirect(target, code=303)


@blueprint.post("/logout")
def logout() -> BaseResponse:
    """End the session."""
    session.clear()
    return redirect(url_for("coordinator.login"), code=303)


@blueprint.get("/")
@login_required
def submissions() -> str:
    """Submissions to review, newest first, filtered by status."""
    status = request.args.get("status", Status.PENDING)
    shown = store.list_submissions(settings().database, status if status in Status.ALL else None)
    return _page("coordinator/submissions.html", rows=shown, status=status, statuses=Status.ALL)


def _fields(row: Submission) -> tuple[Any, ...]:
    return SIGNUP_FIELDS if row.kind == "member" else ASSISTANCE_FIELDS


@blueprint.route("/submissions/<int:submission_id>", methods=["GET", "POST"])
@login_required
def review(submission_id: int) -> BaseResponse | tuple[str, int]:
    """One submission: edit it, accept it or reject it."""
    db = settings().database
    row = store.get_submission(db, submission_id)
    if row is None:
        abort(404)
    fields = _fields(row)
    if request.method == "GET":
        page = form_context(_lang(), fields, values_of(row.data, fields), {})
        return _page("coordinator/review.html", row=row, version=row.version, **page), 200
    result = read_form(request.form, fields, settings().network, Texts(_lang()))
    version = request.form.get("version", type=int) or 0
    if result.organisation is None:
        page = form_context(_lang(), fields, result.values, result.errors)
        return _page("coordinator/review.html", row=row, version=version, **page), 422
    return _save_review(row, version, result.organisation, request.form.get("action", "save"))


def _save_review(
    row: Submission, version: int, organisation: Organisation, action: str
) -> BaseResponse | tuple[str, int]:
    status = {"accept": Status.ACCEPTED, "reject": Status.REJECTED}.get(action)
    try:
        store.review_submission(
            settings().database,
            row.id,
            version,
            reviewer=str(session["user"]),
            status=status,
            organisation=organisation,
        )
    except store.EditConflict as conflict:
        current = store.get_submission(settings().database, row.id) or row
        fields = _fields(current)
        page = form_context(_lang(), fields, values_of(current.data, fields), {})
        return _page(
            "coordinator/review.html",
            row=current,
            version=current.version,
            conflict=conflict.message,
            **page,
        ), 409
    return redirect(url_for("coordinator.submissions"), code=303)


def _kpi() -> tuple[Kpi, list[Submission]]:
    members = store.accepted_members(settings().database)
    organisations = store.members_as_organisations(members)
    return network_kpi(settings().network, organisations), members


def _country(code: str) -> str:
    return country_name(code, _lang())


@blueprint.get("/members")
@login_required
def members() -> str:
    """Members by country, the KPIs against the critical mass, and the map."""
    kpi, rows = _kpi()
    svg = members_map(kpi, _country, Texts(_lang(), "desk")("map"))
    return _page("coordinator/members.html", kpi=kpi, rows=rows, map=svg, country=_country)


@blueprint.route("/contacts", methods=["GET", "POST"])
@login_required
def contacts() -> BaseResponse | tuple[str, int]:
    """National contact points: the list, and a form to add one."""
    from leadocs.web.contacts import read_contact

    db = settings().database
    errors: dict[str, str] = {}
    values: dict[str, str] = {}
    if request.method == "POST":
        contact, values, errors = read_contact(request.form, Texts(_lang()))
        if contact is not None:
            store.add_contact_point(db, contact)
            return redirect(url_for("coordinator.contacts"), code=303)
    page = _page(
        "coordinator/contacts.html",
        contacts=store.contact_points(db),
        values=values,
        errors=errors,
        countries=form_context(_lang(), (), {}, {})["choices"]["country"],
        country=_country,
    )
    return page, 422 if errors else 200


@blueprint.post("/contacts/<int:contact_id>/delete")
@login_required
def delete_contact(contact_id: int) -> BaseResponse:
    """Remove a national contact point."""
    version = request.form.get("version", type=int) or 0
    try:
        store.delete_contact_point(settings().database, contact_id, version)
    except store.EditConflict:
        abort(409)
    return redirect(url_for("coordinator.contacts"), code=303)


_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_MEMBER_EXPORTS: dict[str, tuple[str, Callable[[list[Submission]], bytes]]] = {
    "members.zip": ("application/zip", exports.member_files),
    "recipients.csv": ("text/csv", exports.recipient_csv),
    "recipients.xlsx": (_XLSX, exports.recipient_workbook),
}
"""Exports of the accepted members: file name → (media type, writer)."""


@blueprint.get("/export/<name>")
@login_required
def export(name: str) -> Response:
    """Accepted members as organisation files or a recipient list; the KPI workbook."""
    kpi, rows = _kpi()
    if name == "kpi.xlsx":
        data, mimetype = exports.kpi_workbook(kpi, _country), _XLSX
    elif name in _MEMBER_EXPORTS:
        mimetype, writer = _MEMBER_EXPORTS[name]
        data = writer(rows)
    else:
        abort(404)
    response = send_file(io.BytesIO(data), mimetype, as_attachment=True, download_name=name)
    response.headers["Cache-Control"] = "no-store"
    return response
