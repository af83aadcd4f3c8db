"""Helpers of the web desk's tests: a complete sign-up, forms with their CSRF token, logins."""

from __future__ import annotations

import re
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import requests
from flask.testing import FlaskClient

from leadocs.formats.files import builtin_network
from leadocs.web import store
from leadocs.web.database import Database
from leadocs.web.settings import WebSettings
from tests.helpers import EXAMPLES, ROOT

__all__ = [
    "EXAMPLES",
    "KONNEVESI",
    "PASSWORD",
    "ROOT",
    "csrf_token",
    "errors_of",
    "free_port",
    "log_in",
    "make_site",
    "post_form",
]

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


def network_with_address() -> Any:
    """The LEA network with a return address (the built-in one has none to send from)."""
    network = builtin_network()
    contact = network.contact.model_copy(update={"email": "lea-network@learntechaccelerator.eu"})
    return network.model_copy(update={"contact": contact})


def make_site(db: Database, tmp_path: Path, **changes: Any) -> WebSettings:
    """Settings of a test site: the LEA network, no PDFs, a generous rate limit."""
    values: dict[str, Any] = {
        "network": network_with_address(),
        "database": db,
        "outbox": tmp_path / "outbox",
        "secure_cookies": False,
        "pdf": False,
        "rate_limit": "1000 per minute",
    }
    values.update(changes)
    return WebSettings(**values)


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
    """Create the account ``user`` and log the client in."""
    store.add_user(db, user, PASSWORD)
    response = post_form(client, "/coordinator/login", {"username": user, "password": PASSWORD})
    assert response.status_code == 303, response.status_code


def errors_of(html: str) -> dict[str, str]:
    """Error messages by field name, from the ids of the error paragraphs."""
    found = re.findall(r'<p class="error" id="e-([^"]+)">([^<]*)</p>', html)
    return {name.replace("-", "."): message for name, message in found}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for_server(base: str, process: subprocess.Popen[bytes], log: Path | None = None) -> None:
    """Wait until ``leadocs serve`` answers at ``base`` (a busy machine may take a while)."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            shown = log.read_text(errors="replace") if log is not None else ""
            raise AssertionError(f"leadocs serve exited with {process.returncode}\n{shown}")
        try:
            requests.get(base, timeout=2, allow_redirects=False)
            return
        except requests.ConnectionError:
            time.sleep(0.2)
    raise AssertionError(f"{base} did not answer within 90 s")
