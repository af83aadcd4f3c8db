"""Fixtures of the web desk's tests: a site on SQLite or on a real PostgreSQL, a client."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from postgres_server import PostgresServer, running_postgres

from leadocs.project import builtin_network
from leadocs.web import store
from leadocs.web.app import create_app
from leadocs.web.database import Database, open_database
from leadocs.web.settings import WebSettings

ROOT_EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PASSWORD = "correct horse battery"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')

KONNEVESI = {
    "name": "Konneveden kunta",
    "short_name": "Konnevesi",
    "type": ["procurer"],
    "country": "FI",
    "address.street": "Keskustie 33",
    "address.postcode": "44300",
    "address.city": "Konnevesi",
    "website": "https://www.konnevesi.fi",
    "contact.name": "Päivi Häkkinen",
    "contact.role": "Head of Education Services",
    "contact.email": "paivi.hakkinen@konnevesi.fi",
    "contact.phone": "+358 40 123 4567",
    "signatory.name": "Jyrki Mäkelä",
    "signatory.title": "Municipal Manager",
    "language": "fi",
    "tasks": ["capacity-building", "ppi-pcp"],
    "experience": "Buyer in the IMAILE pre-commercial procurement.",
}
"""A complete sign-up, as the form posts it."""


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole session."""
    with running_postgres() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """An empty SQLite database (for tests of what does not depend on the database)."""
    return f"sqlite:///{tmp_path / 'desk.sqlite'}"


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


def make_site(db: Database, tmp_path: Path, **changes: Any) -> WebSettings:
    values: dict[str, Any] = {
        "network": builtin_network(),
        "database": db,
        "outbox": tmp_path / "outbox",
        "secure_cookies": False,
        "pdf": False,
        "rate_limit": "1000 per minute",
    }
    values.update(changes)
    return WebSettings(**values)


@pytest.fixture
def site(database: Database, tmp_path: Path) -> WebSettings:
    return make_site(database, tmp_path)


@pytest.fixture
def app(site: WebSettings) -> Flask:
    return create_app(site)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def csrf_token(client: FlaskClient, url: str) -> str:
    """The CSRF token of the form at ``url`` (and the session cookie that goes with it)."""
    page = client.get(url)
    assert page.status_code == 200, page.status_code
    found = CSRF.search(page.get_data(as_text=True))
    assert found is not None, f"no CSRF token on {url}"
    return found.group(1)


def post_form(client: FlaskClient, url: str, data: dict[str, Any]) -> Any:
    """Post ``data`` to the form at ``url`` with a valid CSRF token."""
    return client.post(url, data={**data, "csrf_token": csrf_token(client, url)})


def log_in(client: FlaskClient, db: Database, user: str = "coordinator") -> None:
    store.add_user(db, user, PASSWORD)
    response = post_form(client, "/coordinator/login", {"username": user, "password": PASSWORD})
    assert response.status_code == 303, response.status_code


def errors_of(html: str) -> dict[str, str]:
    """Error messages by field name, from the ids of the error paragraphs."""
    found = re.findall(r'<p class="error" id="e-([^"]+)">([^<]*)</p>', html)
    return {name.replace("-", "."): message for name, message in found}


@pytest.fixture
def sqlite_database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_client(sqlite_database: Database, tmp_path: Path) -> FlaskClient:
    """A client of a site on SQLite, for what does not depend on the database."""
    return create_app(make_site(sqlite_database, tmp_path)).test_client()
