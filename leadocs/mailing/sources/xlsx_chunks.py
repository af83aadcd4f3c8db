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
    buffer = b""
    while (root := _ROOT.search(buffer)) is None or b">" not in buffer[root.end() - 1 :]:
        more = source.read(_BLOCK)
        if not more:
            return  # no worksheet element: the sheet has no rows
        buffer += more
    prefix = root.group(1)
    start_tags = _start_tags(source, buffer, root, prefix)
    if start_tags is None:
        return
    head, buffer, position = start_tags
    foot = b"</" + prefix + b"sheetData></" + prefix + b"worksheet>"
    row_end = b"</" + prefix + b"row>"
    data_end = b"</" + prefix + b"sheetData>"
    row_start = re.compile(rb"<" + re.escape(prefix) + rb"row(?=[\s/>])[^>]*>")
    counter, count, search = 0, 0, position
    while True:
        found = buffer.find(row_end, search)
        if found == -1:
            stop = buffer.find(data_end, search)
            if stop != -1 or not (more := source.read(_BLOCK)):
                body = buffer[position : stop if stop != -1 else len(buffer)]
                if body.strip():
                    yield RowChunk(head + body + foot, counter)
                return
            buffer, search = buffer[position:] + more, search - position
            position = 0
            continue
        count += 1
        search = found + len(row_end)
        if count == size:
            body = buffer[position:search]
            yield RowChunk(head + body + foot, counter)
            counter = _last_number(row_start, body, counter)
            position, count = search, 0


def _start_tags(
    source: IO[bytes], buffer: bytes, root: re.Match[bytes], prefix: bytes
) -> tuple[bytes, bytes, int] | None:
    """The root and ``sheetData`` start tags, the buffer, and where the rows begin.

    None when the worksheet has no ``sheetData`` or an empty one.
    """
    sheet_data = re.compile(rb"<" + re.escape(prefix) + rb"sheetData(?=[\s/>])[^>]*>")
    while (found := sheet_data.search(buffer, root.start())) is None:
        more = source.read(_BLOCK)
        if not more:
            return None
        buffer += more
    if found.group(0).endswith(b"/>"):
        return None
    root_tag = buffer[root.start() : buffer.index(b">", root.start()) + 1]
    if root_tag.endswith(b"/>"):
        return None
    return root_tag + found.group(0), buffer, found.end()


def _last_number(row_start: re.Pattern[bytes], body: bytes, counter: int) -> int:
    """The number of the last row in ``body``, counting as the decoder does."""
    for tag in row_start.finditer(body):
        number = _R_ATTRIBUTE.search(tag.group(0))
        counter = int(number.group(1)) if number else counter + 1
    return counter
