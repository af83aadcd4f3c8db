"""``DATA/collected.yaml``: which returned file went where, and its signatures.

One entry per returned file collected (by its path), kept across runs: a file
collected again replaces its entry. ``leadocs status`` can read who answered
and who signed from it without opening the returned files again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from leadocs.returns.returned import Signature

__all__ = ["INDEX_NAME", "index_entry", "merged_index"]

INDEX_NAME = "collected.yaml"


def index_entry(
    path: Path, identity: dict[str, str], target: Path, signatures: list[Signature]
) -> dict[str, Any]:
    """The index entry of one collected file."""
    entry: dict[str, Any] = {"file": str(path), **identity, "data": target.name}
    entry["signatures"] = [
        {
            "field": s.field,
            "signer": s.signer,
            "intact": s.intact,
            "valid": s.valid,
            "whole_file": s.covers_whole_file,
        }
        for s in signatures
    ]
    return entry


def merged_index(existing: str | None, entries: list[dict[str, Any]]) -> dict[str, Any]:
    """The index with ``entries`` replacing those of the same files."""
    import yaml

    old = yaml.safe_load(existing) if existing else None
    kept = old.get("returned", []) if isinstance(old, dict) else []
    files = {entry["file"] for entry in entries}
    merged = [e for e in kept if isinstance(e, dict) and e.get("file") not in files] + entries
    return {"returned": sorted(merged, key=lambda entry: str(entry.get("file")))}
