"""What a running web desk is configured with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from leadocs.formats.model import Network
from leadocs.mailing.send import SmtpSettings
from leadocs.web.database import Database

__all__ = ["DEFAULT_RATE_LIMIT", "WebSettings"]

DEFAULT_RATE_LIMIT = "20 per minute;200 per hour"
"""Posts of the public forms and the login per visitor address."""


@dataclass(frozen=True)
class WebSettings:
    """The network, the database, the outbox and the limits of one site."""

    network: Network
    database: Database
    outbox: Path
    """Folder of the confirmation ``.eml`` files."""
    smtp: SmtpSettings | None = None
    """Hand confirmations to this server as well (None: the outbox only)."""
    rate_limit: str = DEFAULT_RATE_LIMIT
    secure_cookies: bool = True
    """Send the session cookie over HTTPS only (off for a site on 127.0.0.1 without TLS)."""
    max_request_bytes: int = 64 * 1024
    """Largest request body; larger ones get 413."""
    max_field_bytes: int = 16 * 1024
    """Largest single form field; larger ones get 413."""
    pdf: bool | None = None
    """Offer PDFs (None: when LibreOffice is found)."""
