"""Safe by default: CSRF, escaping, logins, redirects, size and rate limits, no stack traces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from leadocs.web import store
from leadocs.web.app import create_app
from leadocs.web.database import Database
from leadocs.web.fields import ASSISTANCE_FIELDS, SIGNUP_FIELDS
from tests.web.helpers import KONNEVESI, PASSWORD, csrf_token, log_in, make_site, post_form

SCRIPT = '<script>alert("x")</script>'
ESCAPED = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"

COORDINATOR_PAGES = [
    ("GET", "/coordinator/"),
    ("GET", "/coordinator/submissions/1"),
    ("POST", "/coordinator/submissions/1"),
    ("GET", "/coordinator/members"),
    ("GET", "/coordinator/contacts"),
    ("POST", "/coordinator/contacts"),
    ("POST", "/coordinator/contacts/1/delete"),
    ("GET", "/coordinator/export/recipients.csv"),
    ("GET", "/coordinator/export/recipients.xlsx"),
    ("GET", "/coordinator/export/members.zip"),
    ("GET", "/coordinator/export/kpi.xlsx"),
]


@pytest.mark.parametrize("url", ["/en/", "/en/assistance", "/coordinator/login"])
def test_a_form_without_its_csrf_token_is_rejected_and_nothing_is_stored(
    sqlite_client: FlaskClient, sqlite_database: Database, url: str
) -> None:
    store.add_user(sqlite_database, "coordinator", PASSWORD)
    data = {**KONNEVESI, "assistance": "help", "username": "coordinator", "password": PASSWORD}
    response = sqlite_client.post(url, data=data)
    assert response.status_code == 400
    assert "The form had expired" in response.get_data(as_text=True)
    forged = sqlite_client.post(url, data={**data, "csrf_token": "forged"})
    assert forged.status_code == 400
    assert store.list_submissions(sqlite_database) == []
    assert sqlite_client.get("/coordinator/").status_code == 302  # no session either


def test_a_coordinator_form_without_csrf_token_changes_nothing(
    sqlite_client: FlaskClient, sqlite_database: Database
) -> None:
    post_form(sqlite_client, "/en/", KONNEVESI)
    log_in(sqlite_client, sqlite_database)
    (row,) = store.list_submissions(sqlite_database)
    response = sqlite_client.post(
        f"/coordinator/submissions/{row.id}",
        data={**KONNEVESI, "version": str(row.version), "action": "accept"},
    )
    assert response.status_code == 400
    assert store.list_submissions(sqlite_database)[0].status == "pending"
    logout = sqlite_client.post("/coordinator/logout")
    assert logout.status_code == 400
    assert sqlite_client.get("/coordinator/").status_code == 200


def _every_field(fields: tuple[object, ...]) -> dict[str, object]:
    data: dict[str, object] = {}
    for field in fields:
        name = field.name  # type: ignore[attr-defined]
        data[name] = [SCRIPT] if field.is_list else SCRIPT  # type: ignore[attr-defined]
    return data


@pytest.mark.parametrize(
    ("url", "fields"), [("/en/", SIGNUP_FIELDS), ("/en/assistance", ASSISTANCE_FIELDS)]
)
def test_script_in_every_field_is_shown_escaped_when_the_form_comes_back(
    sqlite_client: FlaskClient, url: str, fields: tuple[object, ...]
) -> None:
    html = post_form(sqlite_client, url, _every_field(fields)).get_data(as_text=True)
    assert SCRIPT not in html
    for field in fields:
        if not field.is_list and field.widget not in ("country", "language"):  # type: ignore[attr-defined]
            assert f'name="{field.name}"' in html  # type: ignore[attr-defined]
    # Every text input and text area shows the value back, escaped.
    shown = html.count(ESCAPED)
    texts = [f for f in fields if f.widget in ("text", "email", "url", "area")]  # type: ignore[attr-defined]
    assert shown >= len(texts)


def test_script_in_every_stored_field_is_shown_escaped_to_the_coordinator(
    sqlite_client: FlaskClient, sqlite_database: Database
) -> None:
    short = "<i>x</i>"  # for the fields too short to hold the script
    data: dict[str, object] = {"country": "FI", "language": "en", "website": "https://a.eu"}
    data.update(type=["procurer"], tasks=["ppi-pcp"], **{"contact.email": "p@konnevesi.fi"})
    for field in SIGNUP_FIELDS:
        if field.widget in ("text", "area"):
            data[field.name] = SCRIPT if field.max_length >= len(SCRIPT) else short
    response = post_form(sqlite_client, "/en/", data)
    assert response.status_code == 303
    done = sqlite_client.get(response.location).get_data(as_text=True)
    assert SCRIPT not in done and ESCAPED in done
    (row,) = store.list_submissions(sqlite_database)
    assert row.data["address"]["postcode"] == short  # stored as typed: data, not markup
    store.review_submission(sqlite_database, row.id, row.version, reviewer="x", status="accepted")
    log_in(sqlite_client, sqlite_database)
    review = sqlite_client.get(f"/coordinator/submissions/{row.id}").get_data(as_text=True)
    assert SCRIPT not in review and short not in review
    texts = [f for f in SIGNUP_FIELDS if f.widget in ("text", "area")]
    assert review.count(ESCAPED) + review.count("&lt;i&gt;x&lt;/i&gt;") >= len(texts)
    for page in ("/coordinator/?status=all", "/coordinator/members"):
        html = sqlite_client.get(page).get_data(as_text=True)
        assert SCRIPT not in html and ESCAPED in html, page


def test_a_wrong_password_starts_no_session(
    sqlite_client: FlaskClient, sqlite_database: Database
) -> None:
    store.add_user(sqlite_database, "coordinator", PASSWORD)
    for user, password in [("coordinator", "wrong password"), ("nobody", PASSWORD)]:
        response = post_form(
            sqlite_client, "/coordinator/login", {"username": user, "password": password}
        )
        assert response.status_code == 401
        assert "Wrong user name or password." in response.get_data(as_text=True)
        assert sqlite_client.get("/coordinator/").status_code == 302


@pytest.mark.parametrize(("method", "url"), COORDINATOR_PAGES)
def test_a_coordinator_page_without_login_redirects_to_the_login(
    sqlite_client: FlaskClient, method: str, url: str
) -> None:
    token = csrf_token(sqlite_client, "/coordinator/login")
    response = sqlite_client.open(url, method=method, data={"csrf_token": token})
    assert response.status_code == 302
    assert response.location.startswith("/coordinator/login?next=")


def test_the_login_sends_back_only_to_coordinator_pages(
    sqlite_client: FlaskClient, sqlite_database: Database
) -> None:
    store.add_user(sqlite_database, "coordinator", PASSWORD)
    for target, expected in [
        ("/coordinator/members", "/coordinator/members"),
        ("https://evil.example/", "/coordinator/"),
        ("//evil.example/coordinator/", "/coordinator/"),
    ]:
        response = post_form(
            sqlite_client,
            "/coordinator/login",
            {"username": "coordinator", "password": PASSWORD, "next": target},
        )
        assert response.location == expected


def test_an_oversize_request_or_field_gets_413(
    sqlite_client: FlaskClient, sqlite_database: Database
) -> None:
    token = csrf_token(sqlite_client, "/en/")
    huge = sqlite_client.post(
        "/en/", data={**KONNEVESI, "csrf_token": token, "experience": "x" * 200_000}
    )
    assert huge.status_code == 413
    assert "too large" in huge.get_data(as_text=True)
    field = sqlite_client.post(
        "/en/", data={**KONNEVESI, "csrf_token": token, "experience": "x" * 20_000}
    )
    assert field.status_code == 413
    assert store.list_submissions(sqlite_database) == []


def test_a_field_longer_than_its_limit_is_a_message_not_a_record(
    sqlite_client: FlaskClient, sqlite_database: Database
) -> None:
    response = post_form(sqlite_client, "/en/", {**KONNEVESI, "name": "N" * 301})
    assert response.status_code == 422
    assert "Please use at most 300 characters." in response.get_data(as_text=True)
    assert store.list_submissions(sqlite_database) == []


def test_the_public_forms_are_rate_limited(sqlite_database: Database, tmp_path: Path) -> None:
    client = create_app(
        make_site(sqlite_database, tmp_path, rate_limit="3 per minute")
    ).test_client()
    token = csrf_token(client, "/en/")
    codes = [client.post("/en/", data={"csrf_token": token}).status_code for _ in range(5)]
    assert codes == [422, 422, 422, 429, 429]
    assert client.get("/en/").status_code == 200  # reading is not limited
    assert "Too many requests" in client.post("/en/", data={"csrf_token": token}).get_data(
        as_text=True
    )


def test_an_unexpected_error_shows_no_stack_trace(
    sqlite_client: FlaskClient, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    post_form(sqlite_client, "/en/", KONNEVESI)
    (row,) = store.list_submissions(sqlite_database)

    def broken(*_args: object) -> None:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr("leadocs.web.public.document_of", broken)
    response = sqlite_client.get(f"/documents/{row.token}.docx")
    html = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side" in html
    assert "Traceback" not in html and "secret internals" not in html


def test_pages_carry_security_headers_and_a_safe_session_cookie(
    sqlite_database: Database, tmp_path: Path
) -> None:
    client = create_app(make_site(sqlite_database, tmp_path, secure_cookies=True)).test_client()
    response = client.get("/en/")
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=Lax" in cookie
    assert not re.search(r"<script", response.get_data(as_text=True))
