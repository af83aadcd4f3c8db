"""The web desk as a Flask application: security settings, error pages, the two blueprints.

Safe by default: CSRF tokens on every form (Flask-WTF), rate limits on the
public forms and the login (Flask-Limiter), session cookies that scripts cannot
read, request and field size limits (413), and for any unexpected error a page
that says sorry, never a stack trace (the trace goes to the log).
"""

from __future__ import annotations

import datetime as dt
import logging

from flask import Flask, Response, abort, current_app, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException, InternalServerError

from leadocs.render.environment import country_name
from leadocs.web.limits import limiter
from leadocs.web.pages import Texts, best_language, language_choices, settings
from leadocs.web.settings import WebSettings

__all__ = ["create_app"]

log = logging.getLogger("leadocs.web")

_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


def create_app(site: WebSettings) -> Flask:
    """The application of one site."""
    from leadocs.web import coordinator, public

    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=site.database.secret_key(),
        MAX_CONTENT_LENGTH=site.max_request_bytes,
        MAX_FORM_MEMORY_SIZE=site.max_field_bytes,
        SESSION_COOKIE_NAME="leadocs_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=site.secure_cookies,
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=8),
        WTF_CSRF_TIME_LIMIT=8 * 3600,
        RATELIMIT_HEADERS_ENABLED=True,
        LEADOCS_RATE_LIMIT=site.rate_limit,
    )
    app.extensions["leadocs.web"] = site
    app.before_request(_refuse_oversize_fields)
    CSRFProtect(app)
    limiter.init_app(app)
    app.register_blueprint(public.blueprint)
    app.register_blueprint(coordinator.blueprint)
    app.after_request(_security_headers)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    app.jinja_env.globals.update(
        site=settings, site_languages=language_choices, country_label=country_name
    )
    return app


def _refuse_oversize_fields() -> None:
    """413 for a form field over the site's limit, whatever Werkzeug's own limits cover.

    Werkzeug's MAX_FORM_MEMORY_SIZE does not bound URL-encoded fields in every
    release, so the limit is checked here as well, before any view sees the form.
    """
    limit = current_app.extensions["leadocs.web"].max_field_bytes
    if request.method == "POST" and any(
        len(value.encode()) > limit for value in request.form.values()
    ):
        abort(413)


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", _CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def _error_page(status: int) -> tuple[str, int]:
    lang = best_language()
    texts = Texts(lang)
    key = f"error_{status}" if f"error_{status}" in texts else "error_500"
    return render_template("error.html", t=texts, lang=lang, message=texts(key)), status


def _csrf_error(_error: CSRFError) -> tuple[str, int]:
    return _error_page(400)


def _http_error(error: HTTPException) -> tuple[str, int] | HTTPException:
    if error.code is None or error.code < 400:
        return error
    return _error_page(error.code)


def _unexpected_error(error: Exception) -> tuple[str, int]:
    if isinstance(error, HTTPException):  # pragma: no cover - handled above
        return _error_page(error.code or 500)
    log.exception("unexpected error", exc_info=error)
    return _error_page(InternalServerError.code)
