"""``python -m leadocs.layouts [FOLDER]``: write the built-in layouts (default: templates/)."""

from __future__ import annotations

import sys
from pathlib import Path

from leadocs.layouts import TEMPLATES_FOLDER, build_layouts

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATES_FOLDER
    for path in build_layouts(target):
        print(f"built {path}")
