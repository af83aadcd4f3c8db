"""Where the tests find the eForms SDK and OCDS schemas: ../shared beside the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SDK = Path(os.environ.get("LEADOCS_EFORMS_SDK", ROOT.parent / "shared" / "eforms-sdk-1.15.1"))
OCDS = ROOT.parent / "shared" / "ocds-1.1.5"
PROCUREMENTS = sorted((ROOT / "examples" / "procurements").glob("*.yaml"))


def require(path: Path) -> Path:
    """``path``, or skip the test (fail it on CI, where ../shared must be there)."""
    if not path.is_dir():
        message = f"reference data not found at {path}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path
