"""The built-in layouts as packages: every style they use is defined, nothing they do not need."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "templates").glob("*.docx"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REFERENCE = re.compile(rb'w:(?:pStyle|rStyle|tblStyle|basedOn|next|link) w:val="([^"]+)"')


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda path: path.stem)
def test_layout_defines_every_style_it_uses(path: Path) -> None:
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        styles = etree.fromstring(package.read("word/styles.xml"))
        referenced = {
            match.decode()
            for name in names
            if name.endswith(".xml")
            for match in _REFERENCE.findall(package.read(name))
        }
    defined = {style.get(f"{W}styleId") for style in styles.iter(f"{W}style")}
    assert referenced <= defined, f"undefined styles: {sorted(referenced - defined)}"
    # Our own styles stay for users who edit an exported layout in Word.
    assert {"Heading1", "Heading2", "Note", "TableText", "StrongLabel"} <= defined
    # python-docx's sample thumbnail, Word 2010's style copy and unused table styles are gone.
    assert not any("thumbnail" in name or "stylesWithEffects" in name for name in names)
    assert len(defined) < 40 and path.stat().st_size < 25_000
    # python-docx's sample dates (2013) would make every document claim to be that old.
    with zipfile.ZipFile(path) as package:
        core = package.read("docProps/core.xml")
    assert b"dcterms:created" not in core and b"2013" not in core
