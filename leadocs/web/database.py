"""Opening the web desk's database: SQLite by default, PostgreSQL by URL, always migrated.

A bad URL, a server that cannot be reached or a file that cannot be opened is a
:class:`~leadocs.errors.UsageError` naming the URL (without its password) and what
to fix, raised before the site starts.
"""

from __future__ import annotations

import secrets
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from leadocs.errors import UsageError
from leadocs.web.schema import Setting

__all__ = ["Database", "default_url", "open_database"]


def default_url(network_path: Path | None, folder: Path | None = None) -> str:
    """The SQLite file next to the network file (``lea.yaml`` → ``lea.sqlite``).

    With the built-in network, ``leadocs-web.sqlite`` in ``folder`` (the current one).
    """
    if network_path is not None:
        target = network_path.resolve().with_suffix(".sqlite")
    else:
        target = (folder or Path.cwd()).resolve() / "leadocs-web.sqlite"
    return f"sqlite:///{target}"


class Database:
    """An engine with its session factory; what every request and command works on."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        """The URL, with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A new session (use as a context manager)."""
        return self.sessions()

    def secret_key(self) -> str:
        """The key that signs session cookies, made on first start and kept in the database."""
        with self.session() as session, session.begin():
            found = session.get(Setting, "secret_key")
            if found is None:
                found = Setting(key="secret_key", value=secrets.token_urlsafe(48))
                session.add(found)
            return found.value

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Connect to ``url`` and bring its tables to the current version (Alembic).

    Raises:
        UsageError: the URL is malformed, names a driver we do not have, or the
            database cannot be reached or migrated.
    """
    engine = _engine(url)
    shown = engine.url.render_as_string(hide_password=True)
    try:
        with engine.begin() as connection:
            _migrate(connection)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise UsageError(
            f"--db {shown}: cannot open the database: {reason}",
            hint="check the host, port, user, password and database name "
            "(e.g. postgresql://user:password@localhost/leadocs or sqlite:///desk.sqlite)",
        ) from None
    return Database(engine)


def _engine(url: str) -> Engine:
    try:
        parsed = sa.make_url(url)
    except ArgumentError:
        raise UsageError(
            f"--db {url!r} is not a database URL",
            hint="e.g. sqlite:///desk.sqlite or postgresql://user:password@host/dbname",
        ) from None
    if parsed.drivername == "postgresql" or parsed.drivername == "postgres":
        parsed = parsed.set(drivername="postgresql+psycopg")
    options: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_folder(parsed.database)
        options["connect_args"] = {"timeout": 30, "check_same_thread": False}
    elif parsed.get_backend_name() != "postgresql":
        raise UsageError(
            f"--db {parsed.render_as_string(hide_password=True)}: "
            f"'{parsed.get_backend_name()}' databases are not supported",
            hint="use sqlite:///FILE or postgresql://…",
        )
    else:
        options["pool_pre_ping"] = True
        options["connect_args"] = {"connect_timeout": 10}
    try:
        engine = sa.create_engine(parsed, **options)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise UsageError(f"--db {parsed.render_as_string(hide_password=True)}: {exc}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _check_sqlite_folder(database: str | None) -> None:
    if not database or database == ":memory:":
        return
    folder = Path(database).expanduser().resolve().parent
    if not folder.is_dir():
        raise UsageError(
            f"--db sqlite:///{database}: the folder {folder} does not exist",
            hint="create it first, or give another path",
        )


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # WAL lets readers go on while one request writes; foreign keys as in PostgreSQL.
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _migrate(connection: sa.Connection) -> None:
    config = Config()
    config.set_main_option("script_location", str(resources.files("leadocs.web") / "migrations"))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
