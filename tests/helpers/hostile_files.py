"""Hostile input files, made small and on the fly (nothing large is committed).

Each maker writes one file into a folder and returns its path. The robustness
tests run every command that reads such a file and expect a message, never a
traceback; the files are the ones an adversarial run used (issue 17).
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.helpers import ROOT

TEMPLATE = ROOT / "templates" / "loi.docx"
LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    + "]>"
)


def docx_entries(source: Path = TEMPLATE) -> dict[str, bytes]:
    """The entries of a .docx by name."""
    with zipfile.ZipFile(source) as package:
        return {info.filename: package.read(info) for info in package.infolist()}


def write_docx(path: Path, entries: dict[str, bytes]) -> Path:
    """A .docx (zip) with these entries, deflated."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries.items():
            package.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return path


def _changed(change: Callable[[dict[str, bytes]], None]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        entries = docx_entries()
        change(entries)
        return write_docx(folder / f"{make.__name__}.docx", entries)

    return make


def _document(entries: dict[str, bytes]) -> bytes:
    return entries["word/document.xml"]


def _laughs(entries: dict[str, bytes]) -> None:
    xml = _document(entries)
    body = xml[xml.index(b"<w:document") :]
    body = body.replace(b"<w:body>", b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", 1)
    entries["word/document.xml"] = LAUGHS.encode() + body


def _no_document(entries: dict[str, bytes]) -> None:
    del entries["word/document.xml"]


def _cut_off(entries: dict[str, bytes]) -> None:
    entries["word/document.xml"] = _document(entries)[: len(_document(entries)) // 2]


def _long_text_node(entries: dict[str, bytes]) -> None:
    # Past libxml2's 10 MB text-node limit, in text that does not compress much.
    text = os.urandom(6 << 20).hex().encode()
    entries["word/document.xml"] = _document(entries).replace(
        b"<w:body>", b"<w:body><w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>", 1
    )


def _zip_bomb(entries: dict[str, bytes]) -> None:
    entries["word/media/image1.png"] = bytes(64 << 20)  # 64 MiB of zeros: 64 kB stored


def _climbing_name(entries: dict[str, bytes]) -> None:
    entries["../../leadocs-escaped.txt"] = b"outside"


def _absolute_name(entries: dict[str, bytes]) -> None:
    entries["/tmp/leadocs-escaped.txt"] = b"outside"


HOSTILE_TEMPLATES: dict[str, tuple[Callable[[Path], Path], str]] = {
    name: (_changed(change), message)
    for name, change, message in [
        ("billion-laughs", _laughs, "word/document.xml is not valid XML"),
        ("no-document", _no_document, "no main document part"),
        ("cut-off-xml", _cut_off, "word/document.xml is not valid XML"),
        ("long-text-node", _long_text_node, "word/document.xml is not valid XML"),
        ("zip-bomb", _zip_bomb, "would inflate from"),
        ("climbing-name", _climbing_name, "which points outside it"),
        ("absolute-name", _absolute_name, "which points outside it"),
    ]
}
"""Hostile .docx templates: a maker and a fragment of the message each must give."""

for _name, (_make, _) in HOSTILE_TEMPLATES.items():
    _make.__name__ = _name


# -- data files ---------------------------------------------------------------------------

_ORG = (ROOT / "examples" / "orgs" / "konnevesi.yaml").read_text("utf-8")
_CSV = (ROOT / "examples" / "recipients" / "procurers.csv").read_text("utf-8")
_XLSX = ROOT / "examples" / "recipients" / "procurers.xlsx"
_BOMB = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"b{i}: &b{i} [{','.join(['*' + ('a' if i == 0 else f'b{i - 1}')] * 10)}]\n" for i in range(6)
)


def _workbook(change: Callable[[dict[str, bytes]], None]) -> bytes:
    entries = docx_entries(_XLSX)
    change(entries)
    with io.BytesIO() as buffer:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in entries.items():
                package.writestr(name, data)
        return buffer.getvalue()


def _sheet(entries: dict[str, bytes], change: Callable[[bytes], bytes]) -> None:
    name = "xl/worksheets/sheet1.xml"
    entries[name] = change(entries[name])


def _crc_damaged() -> bytes:
    data = bytearray(_XLSX.read_bytes())
    data[data.index(b"xl/worksheets/sheet1.xml") + 200] ^= 0xFF
    return bytes(data)


HOSTILE_DATA: dict[str, Callable[[], tuple[str, bytes]]] = {
    "yaml-deep": lambda: ("org.yaml", b"organisation: " + b"[" * 50_000 + b"]" * 50_000),
    "yaml-alias-bomb": lambda: ("org.yaml", (_BOMB + "organisation: *b5\n").encode()),
    "yaml-long-value": lambda: ("org.yaml", _ORG.replace("Konnevesi", "K" * 300_000).encode()),
    "yaml-tabs": lambda: ("org.yaml", _ORG.replace("  ", "\t").encode()),
    "yaml-nul": lambda: ("org.yaml", _ORG.replace("FI", "F\x00I").encode()),
    "yaml-utf16": lambda: ("org.yaml", _ORG.encode("utf-16")),
    "yaml-latin1": lambda: ("org.yaml", _ORG.encode("latin-1", "replace")),
    "yaml-empty": lambda: ("org.yaml", b""),
    "yaml-comments-only": lambda: ("org.yaml", b"# nothing\n# here\n"),
    "yaml-a-list": lambda: ("org.yaml", b"- organisation\n- network\n"),
    "yaml-python-tag": lambda: ("org.yaml", b"organisation: !!python/object/apply:os.system [id]"),
    "csv-unclosed-quote": lambda: (
        "list.csv",
        _CSV.replace(",Göteborgsregionen", ',"Göt', 1).encode(),
    ),
    "csv-utf16": lambda: ("list.csv", _CSV.encode("utf-16")),
    "csv-nul": lambda: ("list.csv", _CSV.replace("Braga", "Bra\x00ga").encode()),
    "csv-huge-field": lambda: ("list.csv", _CSV.replace("Braga", "B" * 200_000, 1).encode()),
    "csv-header-only": lambda: ("list.csv", _CSV.splitlines()[0].encode()),
    "csv-empty": lambda: ("list.csv", b""),
    "csv-binary": lambda: ("list.csv", bytes(range(256)) * 4),
    "xlsx-not-a-zip": lambda: ("list.xlsx", b"PK\x03\x04 not really"),
    "xlsx-no-workbook": lambda: ("list.xlsx", _workbook(lambda e: e.pop("xl/workbook.xml"))),
    "xlsx-doctype": lambda: (
        "list.xlsx",
        _workbook(
            lambda e: _sheet(
                e,
                lambda x: (
                    LAUGHS.replace("w:document", "worksheet").encode() + x[x.index(b"<worksheet") :]
                ),
            )
        ),
    ),
    "xlsx-padding": lambda: (
        "list.xlsx",
        _workbook(
            lambda e: _sheet(
                e, lambda x: x.replace(b"</sheetData>", b" " * (8 << 20) + b"</sheetData>")
            )
        ),
    ),
    "xlsx-bad-string-index": lambda: (
        "list.xlsx",
        _workbook(
            lambda e: _sheet(
                e,
                lambda x: x.replace(
                    b'<c r="B2" t="inlineStr"><is>', b'<c r="B2" t="s"><v>99999</v><is>', 1
                ),
            )
        ),
    ),
    "xlsx-crc-damaged": lambda: ("list.xlsx", _crc_damaged()),
}
"""Hostile data files: each maker returns a file name (its kind) and the bytes."""
