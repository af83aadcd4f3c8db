"""Fixtures of the web desk's tests: a site on SQLite or on a real PostgreSQL, a client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from leadocs.web.app import create_app
from leadocs.web.database import Database, open_database
from leadocs.web.settings import WebSettings
from tests.helpers.postgres import PostgresServer, running_postgres
from tests.web.helpers import make_site


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


@pytest.fixture
def site(database: Database, tmp_path: Path) -> WebSettings:
    return make_site(database, tmp_path)


@pytest.fixture
def app(site: WebSettings) -> Flask:
    return create_app(site)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def sqlite_database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_client(sqlite_database: Database, tmp_path: Path) -> FlaskClient:
    """A client of a site on SQLite, for what does not depend on the database."""
    return create_app(make_site(sqlite_database, tmp_path)).test_client()
