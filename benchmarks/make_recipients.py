"""Generate recipient lists for examples and benchmarks.

    python benchmarks/make_recipients.py                     # examples/recipients/procurers.xlsx
    python benchmarks/make_recipients.py --n 10000 -o big.xlsx   # a large list (xlsx, csv or yaml)

The rows are the procurers of ``examples/recipients/procurers.csv``; a large
list repeats them with numbered names, ids and addresses, the way a real
mailing list of municipalities looks to the program.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "examples" / "recipients" / "procurers.csv"


def base_rows() -> tuple[list[str], list[dict[str, str]]]:
    with SOURCE.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def rows(n: int | None) -> Iterator[dict[str, str]]:
    _header, base = base_rows()
    if n is None:
        yield from base
        return
    for i in range(n):
        row = dict(base[i % len(base)])
        number = i // len(base) + 1
        if number > 1 or n > len(base):
            row["id"] = f"{row['id']}-{number:05d}"
            row["name"] = f"{row['name']} – school district {number}"
            row["short_name"] = f"{row['short_name']}-{number:05d}"
            user, _, domain = row["contact.email"].partition("@")
            row["contact.email"] = f"{user}+{number}@{domain}"
        yield row


def write_xlsx(path: Path, header: list[str], data: Iterator[dict[str, str]], sheet: str) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in data:
        ws.append([_number(row.get(col, "")) for col in header])
    ws.freeze_panes = "A2"
    for column in ws.columns:
        ws.column_dimensions[column[0].column_letter].width = 18
    book.save(path)


def _number(value: str) -> Any:
    # Excel users type postcodes such as 44300 as numbers; the reader must cope.
    return int(value) if value.isdigit() and not value.startswith("0") else (value or None)


def write_csv(path: Path, header: list[str], data: Iterator[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerows(data)


def write_yaml(path: Path, data: Iterator[dict[str, str]]) -> None:
    import yaml

    items = []
    for row in data:
        item: dict[str, Any] = {}
        for key, value in row.items():
            if not value:
                continue
            target = item
            parts = key.split(".")
            for part in parts[:-1]:
                target = target.setdefault(part, {})
            target[parts[-1]] = value.split(";") if key in ("type", "tasks") else value
        items.append(item)
    text = yaml.safe_dump({"recipients": items}, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n", type=int, default=None, help="number of rows (default: the examples)"
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=ROOT / "examples/recipients/procurers.xlsx"
    )
    parser.add_argument("--sheet", default="Procurers")
    args = parser.parse_args(argv)
    header, _ = base_rows()
    data = rows(args.n)
    suffix = args.output.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(args.output, header, data, args.sheet)
    elif suffix == ".csv":
        write_csv(args.output, header, data)
    elif suffix in (".yaml", ".yml"):
        write_yaml(args.output, data)
    else:
        parser.error("the output must be .xlsx, .csv or .yaml")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
