"""The rate limits of the public forms and the login, per visitor address (Flask-Limiter)."""

from __future__ import annotations

from flask import current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

__all__ = ["limiter", "rate_limit"]

limiter = Limiter(get_remote_address, storage_uri="memory://", default_limits=[])
"""Counts posts per address in this process's memory."""


def rate_limit() -> str:
    """The configured limit (read per request, so each site and test has its own)."""
    return str(current_app.config["LEADOCS_RATE_LIMIT"])
