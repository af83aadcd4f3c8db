"""The committed layouts are exactly what their source (``leadocs.layouts``) writes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from leadocs.layouts import TEMPLATES_FOLDER, build_layouts


def canonical_parts(path: Path) -> dict[str, bytes]:
    """Every part of a .docx: XML parts in canonical form, others as they are."""
    parts = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith((".xml", ".rels")):
                data = etree.tostring(etree.fromstring(data), method="c14n")
            parts[name] = data
    return parts


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    # docxtpl (through docxcompose) rebinds python-docx's "cp" prefix when imported;
    # the layouts must come out the same with it loaded, as they do in a test run.
    import docxtpl  # noqa: F401

    folder = tmp_path_factory.mktemp("layouts")
    return {path.name: path for path in build_layouts(folder)}


def test_every_committed_layout_has_a_source(built: dict[str, Path]) -> None:
    committed = sorted(p.name for p in TEMPLATES_FOLDER.glob("*.docx"))
    assert committed == sorted(built)


@pytest.mark.parametrize("name", sorted(p.name for p in TEMPLATES_FOLDER.glob("*.docx")))
def test_committed_layout_is_what_its_source_writes(name: str, built: dict[str, Path]) -> None:
    committed, fresh = canonical_parts(TEMPLATES_FOLDER / name), canonical_parts(built[name])
    assert sorted(committed) == sorted(fresh)
    changed = [part for part in committed if committed[part] != fresh[part]]
    assert changed == [], f"{name}: run python -m leadocs.layouts ({changed} differ)"


def test_a_changed_layout_is_noticed(built: dict[str, Path], tmp_path: Path) -> None:
    edited = tmp_path / "loi.docx"
    with zipfile.ZipFile(built["loi.docx"]) as source, zipfile.ZipFile(edited, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", b"<w:p/></w:body>")
            target.writestr(item, data)
    assert canonical_parts(edited) != canonical_parts(built["loi.docx"])
