"""Make docs/tender-pack.png, the README's page strip of the Finnish example's tender pack.

Run from the repository root (needs LibreOffice and pdftoppm):
``python docs/tender_pack_strip.py``. It writes the pack with PDFs into a scratch
folder, renders the chosen pages and puts them side by side, each 256 pixels high.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

EXAMPLE = Path("examples/procurements/pcp-matematiikka-fi.yaml")
PAGES = [  # (file number, page): index, request for tenders (cover, phase gates), forms, report,
    # framework agreement, specific contract of phase 1
    ("00", 1), ("01", 1), ("01", 4), ("02", 1), ("03", 1), ("04", 2), ("05", 1), ("07", 1),
    ("08", 1),
]  # fmt: skip
HEIGHT = 256
GAP = 6


def main() -> None:
    """Write the strip next to this script."""
    with tempfile.TemporaryDirectory() as scratch:
        pack = Path(scratch) / "pack"
        subprocess.run(
            [sys.executable, "-m", "leadocs", "tender", str(EXAMPLE), "--pack", str(pack), "--pdf"],
            check=True,
        )
        images = [_page(pack, number, page, Path(scratch)) for number, page in PAGES]
        width = sum(image.width for image in images) + GAP * (len(images) - 1)
        strip = Image.new("RGB", (width, HEIGHT), "white")
        left = 0
        for image in images:
            strip.paste(image, (left, 0))
            left += image.width + GAP
        strip.save(Path(__file__).with_name("tender-pack.png"), optimize=True)


def _page(pack: Path, number: str, page: int, scratch: Path) -> Image.Image:
    pdf = next(pack.glob(f"{number}-*.pdf"))
    stem = scratch / f"{number}-{page}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    image = Image.open(f"{stem}.png").convert("RGB")
    image.thumbnail((HEIGHT * 2, HEIGHT), Image.Resampling.LANCZOS)
    framed = Image.new("RGB", image.size, "#c8c8c8")
    framed.paste(image.crop((1, 1, image.width - 1, image.height - 1)), (1, 1))
    return framed


if __name__ == "__main__":
    main()
