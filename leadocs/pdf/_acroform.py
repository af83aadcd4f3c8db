"""Building AcroForm fields with pypdf's object model (internal to leadocs.pdf.forms)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from leadocs.returns.tags import pdf_field_name

if TYPE_CHECKING:
    from pypdf import PdfWriter
    from pypdf._page import PageObject

__all__ = ["AcroForm", "FormField"]

_PRINT = 4  # annotation flag: print the field with the page
_MULTILINE = 1 << 12
_ON = "/Yes"


@dataclass(frozen=True)
class FormField:
    """A content control, located by the bookmark put at its start.

    Attributes:
        anchor: the bookmark's (and so the PDF destination's) name.
        tag: the control's tag, the data field it fills.
        checkbox: a box to tick, else a text.
        checked: the box is ticked in the document.
        value: the text it holds (for a text).
        width: the field's width in points (its table cell's, or the box's).
        height: the field's height in points.
    """

    anchor: str
    tag: str
    checkbox: bool
    checked: bool
    value: str
    width: float
    height: float


def _name(value: str) -> NameObject:
    return NameObject(value)


class AcroForm:
    """The interactive form of one PDF being written."""

    def __init__(self, writer: PdfWriter) -> None:
        self._writer = writer
        root = writer.root_object
        font = DictionaryObject(
            {
                _name("/Type"): _name("/Font"),
                _name("/Subtype"): _name("/Type1"),
                _name("/BaseFont"): _name("/Helvetica"),
                _name("/Encoding"): _name("/WinAnsiEncoding"),
            }
        )
        resources = DictionaryObject(
            {_name("/Font"): DictionaryObject({_name("/Helv"): writer._add_object(font)})}  # noqa: SLF001
        )
        self._fields = ArrayObject()
        form = DictionaryObject(
            {
                _name("/Fields"): self._fields,
                _name("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
                _name("/DR"): resources,
            }
        )
        root[_name("/AcroForm")] = writer._add_object(form)  # noqa: SLF001
        self._resources = resources

    def _stream(self, width: float, height: float, content: bytes) -> Any:
        stream = StreamObject()
        stream[_name("/Type")] = _name("/XObject")
        stream[_name("/Subtype")] = _name("/Form")
        stream[_name("/BBox")] = ArrayObject(
            [FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(height)]
        )
        stream[_name("/Resources")] = self._resources
        stream.set_data(content)
        return self._writer._add_object(stream)  # noqa: SLF001

    def add(self, page: PageObject, field: FormField, left: float, top: float) -> None:
        """Add ``field`` to ``page`` with its top-left corner at (``left``, ``top``)."""
        width, height = field.width, field.height
        rect = [left, top - height, left + width, top]
        if field.checkbox:
            rect = [left, top - height - 1.5, left + width, top - 1.5]  # the glyph's box
        widget = DictionaryObject(
            {
                _name("/Type"): _name("/Annot"),
                _name("/Subtype"): _name("/Widget"),
                _name("/F"): NumberObject(_PRINT),
                _name("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                _name("/T"): TextStringObject(pdf_field_name(field.tag)),
                _name("/P"): page.indirect_reference,
                _name("/MK"): DictionaryObject({_name("/BG"): ArrayObject([FloatObject(1)] * 3)}),
            }
        )
        if field.checkbox:
            self._checkbox(widget, field, width, height)
        else:
            self._text(widget, field, width, height)
        reference = self._writer._add_object(widget)  # noqa: SLF001
        if "/Annots" not in page:
            page[_name("/Annots")] = ArrayObject()
        annotations: Any = page["/Annots"]
        annotations.get_object().append(reference)
        self._fields.append(reference)

    def _checkbox(self, widget: DictionaryObject, field: FormField, size: float, _: float) -> None:
        state = _name(_ON if field.checked else "/Off")
        empty = self._stream(size, size, b"")
        # The state the page prints shows the page; the other one draws itself.
        drawn_on = self._stream(size, size, _box(size, ticked=True))
        drawn_off = self._stream(size, size, _box(size, ticked=False))
        widget.update(
            {
                _name("/FT"): _name("/Btn"),
                _name("/V"): state,
                _name("/AS"): state,
                _name("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
                _name("/AP"): DictionaryObject(
                    {
                        _name("/N"): DictionaryObject(
                            {
                                _name(_ON): empty if field.checked else drawn_on,
                                _name("/Off"): drawn_off if field.checked else empty,
                            }
                        )
                    }
                ),
            }
        )

    def _text(
        self, widget: DictionaryObject, field: FormField, width: float, height: float
    ) -> None:
        widget.update(
            {
                _name("/FT"): _name("/Tx"),
                _name("/Ff"): NumberObject(_MULTILINE),
                _name("/V"): TextStringObject(field.value),
                _name("/DV"): TextStringObject(field.value),
                _name("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                _name("/AP"): DictionaryObject({_name("/N"): self._stream(width, height, b"")}),
            }
        )

    def drop_destinations(self, prefix: str) -> None:
        """Remove the named destinations (starting with ``prefix``) that placed the fields."""
        root: Any = self._writer.root_object
        dests_dictionary = root.get("/Dests")  # LibreOffice writes the PDF 1.1 form
        if dests_dictionary is not None:
            table = dests_dictionary.get_object()
            for key in [k for k in table if k.lstrip("/").startswith(prefix)]:
                del table[key]
            if not table:
                del root["/Dests"]
        names_tree = root.get("/Names")
        dests = names_tree.get_object().get("/Dests") if names_tree is not None else None
        if dests is not None:
            _prune(dests.get_object(), prefix)


def _prune(node: Any, prefix: str) -> None:
    if "/Names" in node:
        pairs = list(node["/Names"])
        kept = ArrayObject()
        for key, value in zip(pairs[::2], pairs[1::2], strict=True):
            if not str(key).startswith(prefix):
                kept += [key, value]
        node[_name("/Names")] = kept
    for kid in node.get("/Kids", []):
        _prune(kid.get_object(), prefix)


def _box(size: float, *, ticked: bool) -> bytes:
    """A white square with a thin frame, and a cross when ticked (like ☒ and ☐)."""
    inset, line = 1.2, 0.6
    side = size - 2 * inset
    parts = [
        "1 g 0 0 {s} {s} re f".format(s=f"{size:.2f}"),
        f"0 G {line} w {inset:.2f} {inset:.2f} {side:.2f} {side:.2f} re S",
    ]
    if ticked:
        low, high = inset + 1.6, size - inset - 1.6
        parts.append(f"{low:.2f} {low:.2f} m {high:.2f} {high:.2f} l S")
        parts.append(f"{low:.2f} {high:.2f} m {high:.2f} {low:.2f} l S")
    return "\n".join(parts).encode()
