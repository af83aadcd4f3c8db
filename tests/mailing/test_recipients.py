"""Recipient lists: CSV, XLSX and YAML into validated organisations, every problem located."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from leadocs.errors import DataError
from leadocs.formats.files import builtin_network
from leadocs.mailing.sources.recipients import load_recipients, open_recipients
from leadocs.mailing.sources.sheets import column_letter, xlsx_rows
from tests.helpers import EXAMPLES, rows_of, write_csv

NETWORK = builtin_network()
HEADER = "name,short_name,country,contact.name,contact.email,signatory.name,signatory.title,tasks"
GOOD = (
    "Konnevesi Municipality,Konnevesi,FI,Päivi,p@konnevesi.fi,Jyrki,Manager,"
    "capacity-building;ppi-pcp"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(exc: pytest.ExceptionInfo[DataError]) -> list[str]:
    return [str(p) for p in exc.value.problems]


def test_csv_dotted_columns_lists_and_ids(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "list.csv",
        f"id,{HEADER},address.city,organisation.type\n"
        f"k1,{GOOD},Konnevesi,procurer;school\n,,,,,,,,,,,\n",
    )
    [recipient] = load_recipients(path, NETWORK)
    org = recipient.organisation
    assert recipient.key == "k1"
    assert recipient.row.number == 2
    assert org.tasks == ["capacity-building", "ppi-pcp"]
    assert [str(t) for t in org.type] == ["procurer", "school"]
    assert org.address is not None and org.address.city == "Konnevesi"
    assert org.contact.email == "p@konnevesi.fi"


def test_semicolon_csv_from_a_european_excel(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "list.csv",
        HEADER.replace(",", ";")
        + "\n"
        + GOOD.replace(",", ";").replace("capacity-building;ppi-pcp", '"ppi-pcp"')
        + "\n",
    )
    [recipient] = load_recipients(path, NETWORK)
    assert recipient.organisation.tasks == ["ppi-pcp"]
    assert recipient.key == "Konnevesi"  # no id column: the short name


def test_unknown_columns_become_custom_fields_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "name,contact.emial,adress.city,colour,extra.salutation\n")
    source = open_recipients(path)
    assert [str(w) for w in source.warnings] == [
        f"{path}:1: column B 'contact.emial': not an organisation field; kept as the custom "
        "field extra.contact_emial (did you mean 'contact.email'?, or name the column "
        "'extra.contact_emial')",
        f"{path}:1: column C 'adress.city': not an organisation field; kept as the custom "
        "field extra.adress_city (did you mean 'address.city'?, or name the column "
        "'extra.adress_city')",
        f"{path}:1: column D 'colour': not an organisation field; kept as the custom field "
        "extra.colour (did you mean 'country'?, or name the column 'extra.colour')",
    ]
    assert [c.path for c in source.columns][1:] == [
        ("extra", "contact_emial"),
        ("extra", "adress_city"),
        ("extra", "colour"),
        ("extra", "salutation"),
    ]
    path.write_text("name,zzz\n", encoding="utf-8")
    [warning] = open_recipients(path).warnings
    assert "column B 'zzz': not an organisation field; kept as the custom field extra.zzz (no " in (
        str(warning)
    )


def test_a_typo_in_a_required_column_is_still_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", HEADER.replace("contact.email", "contact.emial") + "\n")
    path.write_text(path.read_text("utf-8") + GOOD + "\n", encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_recipients(path, NETWORK)
    assert problems(exc) == [f"{path}:2: contact.email: is required; add a column 'contact.email'"]


def test_duplicate_column(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "name,Name\n")
    with pytest.raises(DataError, match="column B 'Name': is also column A; keep one"):
        open_recipients(path)


def test_every_bad_row_is_reported_with_row_and_column(tmp_path: Path) -> None:
    bad_email = GOOD.replace("p@konnevesi.fi", "not-an-email")
    bad_task = GOOD.replace("capacity-building;ppi-pcp", "capacity-bilding")
    no_signatory = GOOD.replace("Jyrki,Manager", ",Manager")
    path = write(
        tmp_path, "list.csv", f"{HEADER},\n{GOOD}\n{bad_email}\n{bad_task}\n{no_signatory},stray\n"
    )
    with pytest.raises(DataError) as exc:
        load_recipients(path, NETWORK)
    found = problems(exc)
    assert any(
        p.startswith(f"{path}:3: contact.email (column E): value is not a valid email")
        for p in found
    ), found
    assert (
        f"{path}:4: tasks (column H): the network LEA-N does not offer task 'capacity-bilding'; "
        "did you mean 'capacity-building'?" in found
    )
    assert (
        f"{path}:5: column I: has a value but no header; add a header or delete the value" in found
    )
    assert f"{path}:5: signatory.name (column F): is required but the cell is empty" in found
    assert not any(f"{path}:2:" in p for p in found)


def test_not_utf8_csv(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(f"{HEADER}\n".encode() + "Gävle,G,SE,Å,a@b.se,B,C,ppi-pcp\n".encode("cp1252"))
    source = open_recipients(path)
    with pytest.raises(DataError) as exc:
        list(source.rows())
    assert problems(exc) == [
        f"{path}:2: is not UTF-8 text; save it as 'CSV UTF-8' (Excel) or UTF-8 (other programs)"
    ]


def test_xlsx_numbers_sheet_and_header_checks(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    sheet = book.create_sheet("Procurers")
    sheet.append([*HEADER.split(","), "address.postcode", "address.city"])
    sheet.append([*GOOD.split(","), 44300, "Konnevesi"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    [recipient] = load_recipients(path, NETWORK, sheet="Procurers")
    assert recipient.organisation.address is not None
    assert recipient.organisation.address.postcode == "44300"
    with pytest.raises(DataError, match="no sheet named 'Procurer'; did you mean 'Procurers'"):
        open_recipients(path, sheet="Procurer")
    with pytest.raises(DataError, match="the first row must hold the column headers"):
        load_recipients(path, NETWORK)  # the first sheet is empty


def test_not_a_workbook(tmp_path: Path) -> None:
    path = write(tmp_path, "list.xlsx", "name\n")
    with pytest.raises(DataError, match="cannot be read as an .xlsx workbook"):
        open_recipients(path)


def _shared_strings_workbook(path: Path) -> None:
    """A workbook as Excel writes it: shared strings, a date style, a gap row, rich text."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings'
        '+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook {ns} xmlns:r="{rel}"><sheets><sheet name="Liste" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
        f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/sharedStrings" '
        f'Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{rel}/styles" '
        'Target="styles.xml"/></Relationships>',
        "xl/styles.xml": f'<styleSheet {ns}><cellXfs count="2"><xf numFmtId="0"/>'
        '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<sst {ns} count="4" uniqueCount="4"><si><t>name</t></si>'
        '<si><t>date</t></si><si><r><t>Bold</t></r><r><t xml:space="preserve"> &amp; plain'
        '</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si><si><t>tab_x0009_here</t></si></sst>',
        "xl/worksheets/sheet1.xml": f"<worksheet {ns}><sheetData>"
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>46023</v></c>'
        '<c r="C2" t="b"><v>1</v></c><c r="D2"><v>3.5</v></c></row>'
        '<row r="4"><c r="B4" t="s"><v>3</v></c><c r="C4" t="inlineStr"><is><t>inline</t></is>'
        '</c><c r="E4" t="str"><v>formula</v></c></row></sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w") as package:
        for name, text in parts.items():
            package.writestr(name, text)


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_fast_xlsx_reader_reads_what_openpyxl_reads(tmp_path: Path) -> None:
    path = tmp_path / "excel.xlsx"
    _shared_strings_workbook(path)
    mine = {number: values for number, values in xlsx_rows(path)}
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    theirs = list(book.active.iter_rows(values_only=True))
    book.close()
    assert mine[2] == ["Bold & plain", dt.datetime(2026, 1, 1), True, 3.5]
    # openpyxl leaves Excel's _xHHHH_ escapes in shared strings; we decode them (a tab here)
    assert theirs[3][1] == "tab_x0009_here"
    for number, row in enumerate(theirs, start=1):
        expected = ["tab\there" if v == "tab_x0009_here" else v for v in row]
        while expected and expected[-1] is None:
            expected.pop()
        assert mine.get(number, []) == expected, number
    assert mine[4][1] == "tab\there"


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 51, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "ZZ",
        "AAA",
    ]


def test_yaml_list_with_wrapped_items_ids_and_network(tmp_path: Path) -> None:
    (tmp_path / "net.yaml").write_text(
        (EXAMPLES / "networks" / "lea.yaml").read_text("utf-8"), "utf-8"
    )
    path = write(
        tmp_path,
        "list.yaml",
        """\
network: net.yaml
recipients:
  - id: one
    name: Konnevesi Municipality
    country: FI
    contact: {name: Päivi, email: p@konnevesi.fi}
    signatory: {name: Jyrki, title: Manager}
  - organisation:
      name: Tampere
      country: FI
      contact: {name: Mikko, email: m@tampere.fi}
      signatory: {name: Anna, title: Mayor}
      tasks: [ppi-pcp]
""",
    )
    source = open_recipients(path)
    assert source.network_path == (tmp_path / "net.yaml").resolve()
    recipients = load_recipients(path, NETWORK)
    assert [r.key for r in recipients] == ["one", "Tampere"]
    assert recipients[1].organisation.tasks == ["ppi-pcp"]


def test_yaml_problems_have_lines_and_item_paths(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "list.yaml",
        """\
recipients:
  - name: Konnevesi
    country: FI
    contact: {name: Päivi, emial: p@konnevesi.fi}
    signatory: {name: Jyrki, title: Manager}
    tasks: [ppi-pcp, capacity-bilding]
  - just a string
""",
    )
    with pytest.raises(DataError) as exc:
        load_recipients(path, NETWORK)
    assert problems(exc) == [
        f"{path}:7:5: recipients[1]: must be a mapping of keys to values (an organisation)"
    ]
    path.write_text(path.read_text("utf-8").replace("  - just a string\n", ""), "utf-8")
    with pytest.raises(DataError) as exc:
        load_recipients(path, NETWORK)
    found = problems(exc)
    assert (
        f"{path}:4:35: recipients[0].contact.emial: unknown key 'emial'; did you mean 'email'?"
        in found
    )
    assert f"{path}:4:5: recipients[0].contact: 'email' is required but missing" in found
    assert any(
        p.startswith(
            f"{path}:6:22: recipients[0].tasks[1]: the network LEA-N does not "
            "offer task 'capacity-bilding'"
        )
        for p in found
    ), found


def test_the_three_example_lists_hold_the_same_recipients() -> None:
    lists = [
        load_recipients(EXAMPLES / "recipients" / f"procurers.{ext}", NETWORK)
        for ext in ("csv", "xlsx", "yaml")
    ]
    keys = [[r.key for r in found] for found in lists]
    assert keys[0] == keys[1] == keys[2]
    assert len(keys[0]) >= 8
    organisations = [[r.organisation for r in found] for found in lists]
    assert organisations[0] == organisations[1] == organisations[2]


def test_a_yaml_list_too_long_for_the_loader_says_what_to_do(tmp_path: Path) -> None:
    item = (
        "  - {name: N, country: FI, contact: {name: C, email: c@x.fi},"
        " signatory: {name: S, title: T}}\n"
    )
    path = write(tmp_path, "big.yaml", "recipients:\n" + item * 12_000)
    with pytest.raises(DataError, match="save longer lists as .csv or .xlsx"):
        open_recipients(path)


def test_a_required_field_without_a_column(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "list.csv",
        "name,country,contact.name,contact.email,signatory.title\nX,FI,A,a@b.fi,T\n",
    )
    with pytest.raises(DataError) as exc:
        load_recipients(path, NETWORK)
    assert problems(exc) == [
        f"{path}:2: signatory.name: is required; add a column 'signatory.name'"
    ]


def test_date_formats_are_found_as_openpyxl_finds_them(tmp_path: Path) -> None:
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    from leadocs.mailing.sources.xlsx import _BUILTIN_DATE_FORMATS

    assert {k for k, v in BUILTIN_FORMATS.items() if is_date_format(v)} == _BUILTIN_DATE_FORMATS
    book = openpyxl.Workbook()
    sheet = book.active
    when = dt.datetime(2026, 3, 1, 9, 30)
    cells = [("dd.mm.yyyy", when), ("mm-dd-yy", when), ("h:mm", when), ("0.00", 7)]
    cells += [('"day" 0', 7), ("[$-40B]d. mmmm yyyy", when)]
    for column, (number_format, value) in enumerate(cells, start=1):
        sheet.cell(row=1, column=column, value=value).number_format = number_format
    path = tmp_path / "formats.xlsx"
    book.save(path)
    [(_, mine)] = list(xlsx_rows(path))
    theirs = next(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    assert mine == list(theirs) == [when, when, when, 7, 7, when]


# -- quotes left open (issue 17) --------------------------------------------------------


def _swallowing_list(tmp_path: Path, broken: str) -> Path:
    rows = rows_of()[:6]
    path = write_csv(tmp_path / "list.csv", rows)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace(",Göteborgsregionen (GR),", broken, 1)
    path.write_text("".join(lines), "utf-8")
    return path


@pytest.mark.parametrize("at_end", [False, True], ids=["closed-later", "never-closed"])
def test_an_unclosed_quote_is_an_error_naming_the_row(tmp_path: Path, at_end: bool) -> None:
    path = _swallowing_list(tmp_path, ',"Göteborgsregionen (GR),')
    if not at_end:  # a second stray quote further down closes the cell
        text = path.read_text("utf-8").splitlines(keepends=True)
        text[5] = text[5].replace(",", ',"', 1)
        path.write_text("".join(text), "utf-8")
    with pytest.raises(DataError) as caught:
        load_recipients(path, builtin_network())
    assert str(caught.value).startswith(f'{path}:3: a quote (") opened in this row is not closed')


def test_a_quote_inside_a_cell_is_kept(tmp_path: Path) -> None:
    path = _swallowing_list(tmp_path, ',Göteborgsregionen "GR,')
    recipients = load_recipients(path, builtin_network())
    assert len(recipients) == 6
    assert recipients[1].organisation.name == 'Göteborgsregionen "GR'


def test_a_batch_with_an_unclosed_quote_writes_nothing(run, tmp_path: Path) -> None:
    _swallowing_list(tmp_path, ',"Göteborgsregionen (GR),')
    for extra in ((), ("--keep-going",)):
        result = run("batch", "loi", "list.csv", "-o", "out", *extra)
        assert result.exit_code == 1, result.stderr
        assert "list.csv:3: a quote" in result.stderr
        assert not list(tmp_path.glob("out/*.docx"))


def test_a_cell_with_line_breaks_is_still_a_cell(tmp_path: Path) -> None:
    rows = rows_of()[:2]
    rows[1]["address.street"] = "Anders Personsgatan 8\nBox 5073"
    rows[1]["experience"] = "Joint procurement, 13 municipalities.\nPlatforms, tools."
    recipients = load_recipients(write_csv(tmp_path / "list.csv", rows), builtin_network())
    assert [r.key for r in recipients] == [rows[0]["id"], rows[1]["id"]]
    assert recipients[1].organisation.address.street.endswith("Box 5073")  # type: ignore[union-attr]
