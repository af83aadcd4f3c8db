"""Cutting a worksheet into chunks of whole rows, to be decoded in other processes.

Decoding a worksheet's XML costs as much as validating its rows, and in a
batch the batch process would do it alone while the workers wait. So the batch
process only inflates the worksheet and cuts it after every so many
``</row>`` tags (byte searches); each chunk is a small XML document of its own
(the worksheet's root and ``sheetData`` start tags, the rows, their end tags)
that a worker parses with :meth:`Worksheet.decode`, exactly as
:meth:`Worksheet.rows` would.

Cutting bytes is only safe when no ``</row>`` can hide in a comment or a CDATA
section and no entity needs a DTD. Spreadsheet programs never write those;
for a worksheet that has any, the rows are decoded here, in order, and the
chunks carry them decoded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import IO
from xml.etree import ElementTree

from leadocs.mailing.sources.xlsx import READ_ERRORS, Row, Worksheet

__all__ = ["RowChunk", "cut_rows", "decode_chunk"]

_BLOCK = 1 << 20
_UNSAFE = (b"<!--", b"<![CDATA[", b"<!DOCTYPE", b"<!ENTITY", b"<?")
_ROOT = re.compile(rb"<((?:[A-Za-z_][\w.\-]*:)?)worksheet[\s/>]")
_DECLARATION = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*\?>")
_ENCODING = re.compile(rb"encoding\s*=\s*[\"']([^\"']+)[\"']")
_UTF8 = (b"utf-8", b"utf8")
_POSITION = re.compile(r": line \d+, column \d+$")
_SPACES = re.compile(rb"\s+")
_R_ATTRIBUTE = re.compile(rb"\sr\s*=\s*[\"']\s*(\d+)\s*[\"']")


@dataclass(frozen=True, slots=True)
class RowChunk:
    """Whole rows of a worksheet: as XML to decode, or already decoded."""

    xml: bytes = b""
    """A document holding the rows (empty when ``rows`` holds them decoded)."""
    counter: int = 0
    """The number of the row before the chunk (a row without ``r`` follows it)."""
    rows: tuple[Row, ...] = ()


def cut_rows(sheet: Worksheet, size: int) -> Iterator[RowChunk]:
    """The worksheet's rows in chunks of about ``size`` rows, in order.

    Raises:
        DataError: the worksheet is broken (here, or when a chunk is decoded).
    """
    if not _cuttable(sheet):
        rows = sheet.rows()
        while chunk := tuple(islice(rows, size)):
            yield RowChunk(rows=chunk)
        return
    with sheet.open() as source:
        yield from _cut(source, size)


def decode_chunk(sheet: Worksheet, chunk: RowChunk) -> list[Row]:
    """The rows of a chunk, as :meth:`Worksheet.rows` gives them.

    Raises:
        DataError: the chunk's XML is broken.
    """
    if not chunk.xml:
        return list(chunk.rows)
    try:
        return sheet.decode_rows(ElementTree.fromstring(chunk.xml), chunk.counter)
    except READ_ERRORS as exc:
        # A position inside the chunk means nothing to the user; its first row does.
        reason = _POSITION.sub("", str(exc))
        raise sheet.unreadable(f"{reason} (at or after row {chunk.counter + 1})") from None


def _cuttable(sheet: Worksheet) -> bool:
    """Whether the worksheet is UTF-8 XML without comments, CDATA, DTD or instructions."""
    with sheet.open() as source:
        tail = b""
        first = True
        while block := source.read(_BLOCK):
            data = tail + block
            if first:
                if data.startswith((b"\xff\xfe", b"\xfe\xff")):
                    return False  # UTF-16: Excel never writes it, and bytes would not match
                declaration = _DECLARATION.match(data)
                if declaration is not None:
                    encoding = _ENCODING.search(declaration.group(0))
                    if encoding is not None and encoding.group(1).lower() not in _UTF8:
                        return False  # the chunks are parsed as UTF-8
                    data = data[declaration.end() :]
                first = False
            if any(token in data for token in _UNSAFE):
                return False
            tail = data[-16:]
    return True


def _cut(source: IO[bytes], size: int) -> Iterator[RowChunk]:
    start_tags = _start_tags(source)
    if start_tags is None:
        return
    head, prefix, buffer = start_tags
    foot = b"</" + prefix + b"sheetData></" + prefix + b"worksheet>"
    row_end = b"</" + prefix + b"row>"
    data_end = b"</" + prefix + b"sheetData>"
    row_start = re.compile(rb"<" + re.escape(prefix) + rb"row(?=[\s/>])[^>]*>")
    # buffer[:done] holds whole rows not yet sent; nothing before ``search`` is searched again.
    counter, count, done, search = 0, 0, 0, 0
    while True:
        found = buffer.find(row_end, search)
        if found == -1:
            stop = buffer.find(data_end, search)
            if stop != -1 or not (more := source.read(_BLOCK)):
                body = buffer[: stop if stop != -1 else len(buffer)]
                if not _SPACES.fullmatch(body) and body:
                    yield RowChunk(head + body + foot, counter)
                return
            if _SPACES.fullmatch(buffer, done):  # padding between rows: nothing worth keeping
                del buffer[done:]
            # An end tag may be cut between blocks; only its first bytes need searching again.
            search = max(done, len(buffer) - len(data_end))
            buffer += more
            continue
        count += 1
        search = done = found + len(row_end)
        if count == size:
            body = buffer[:done]
            yield RowChunk(head + body + foot, counter)
            counter = _last_number(row_start, body, counter)
            del buffer[:done]
            count, search, done = 0, 0, 0


def _start_tags(source: IO[bytes]) -> tuple[bytes, bytes, bytearray] | None:
    """The root and ``sheetData`` start tags, the namespace prefix, and the bytes after them.

    Reads on until both tags are found, keeping only what may still hold them,
    so that padding before the rows costs neither memory nor searching twice.
    None when the worksheet has no ``sheetData`` or an empty one.
    """
    found = _find_tag(source, bytearray(), _ROOT)
    if found is None:
        return None  # no worksheet element: the sheet has no rows
    root_tag, buffer = found
    if root_tag.endswith(b"/>"):
        return None
    prefix = _ROOT.match(root_tag)
    assert prefix is not None, "the tag was found with this pattern"
    sheet_data = re.compile(rb"<" + re.escape(prefix.group(1)) + rb"sheetData(?=[\s/>])")
    found = _find_tag(source, buffer, sheet_data)
    if found is None or found[0].endswith(b"/>"):
        return None
    return root_tag + found[0], prefix.group(1), found[1]


_OVERLAP = 256
"""Bytes kept from one block to the next while looking for a start tag cut between them."""


def _find_tag(
    source: IO[bytes], buffer: bytearray, start: re.Pattern[bytes]
) -> tuple[bytes, bytearray] | None:
    """The first whole start tag whose beginning ``start`` matches, and the bytes after it."""
    while (found := start.search(buffer)) is None:
        del buffer[: max(0, len(buffer) - _OVERLAP)]
        more = source.read(_BLOCK)
        if not more:
            return None
        buffer += more
    del buffer[: found.start()]
    scanned = 0
    while (end := buffer.find(b">", scanned)) == -1:
        scanned = len(buffer)
        more = source.read(_BLOCK)
        if not more:
            return None
        buffer += more
    tag = bytes(buffer[: end + 1])
    del buffer[: end + 1]
    return tag, buffer


def _last_number(row_start: re.Pattern[bytes], body: bytes | bytearray, counter: int) -> int:
    """The number of the last row in ``body``, counting as the decoder does."""
    for tag in row_start.finditer(body):
        number = _R_ATTRIBUTE.search(tag.group(0))
        counter = int(number.group(1)) if number else counter + 1
    return counter
