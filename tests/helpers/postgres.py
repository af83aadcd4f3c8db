"""A throwaway PostgreSQL server for the web desk's tests, on 127.0.0.1, in a temporary folder.

``initdb`` and ``pg_ctl`` from Debian's ``postgresql`` package (or any on PATH).
PostgreSQL refuses to run as root, so as root the cluster belongs to the
``postgres`` user (or ``nobody``). Without the programs the tests are skipped
on a laptop and FAIL in CI (``CI=true``).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["PostgresServer", "find_postgres_bin", "running_postgres"]


def find_postgres_bin(debian: Path = Path("/usr/lib/postgresql")) -> Path:
    """The folder of ``initdb`` and ``pg_ctl`` (on PATH or Debian's), or skip (fail in CI)."""
    candidates = [Path(p).parent for p in filter(None, [shutil.which("pg_ctl")])]
    candidates += sorted(debian.glob("*/bin"), reverse=True)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    message = "PostgreSQL (initdb, pg_ctl) is not installed: apt-get install -y postgresql"
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required in CI: {message}")
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class PostgresServer:
    """A running server; :meth:`new_database` gives each test an empty database."""

    port: int
    user: str = "leadocs"

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of ``database``."""
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Create an empty database; return its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        conninfo = f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres"
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _as_owner(owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--"] if owner else []


@contextlib.contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """Start a cluster in a temporary folder; stop it and delete the folder afterwards."""
    binaries = find_postgres_bin()
    owner = None
    if os.geteuid() == 0:
        owner = "postgres" if _user_exists("postgres") else "nobody"
    folder = Path(tempfile.mkdtemp(prefix="leadocs-pg-"))
    data = folder / "data"
    if owner:
        shutil.chown(folder, owner)
    port = _free_port()
    run = [*_as_owner(owner)]
    subprocess.run(
        [*run, str(binaries / "initdb"), "-D", str(data), "-U", "leadocs", "--auth=trust",
         "-E", "UTF8", "--no-sync"],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -k {folder} -c fsync=off"
    subprocess.run(
        [*run, str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-t", "60",
         "-l", str(folder / "log"), "start"],
        check=True, capture_output=True, timeout=90,
    )  # fmt: skip
    try:
        yield PostgresServer(port)
    finally:
        subprocess.run(
            [*run, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
