"""Custom fields: ``extra:`` in organisation files, any column of a recipient list."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml

from leadocs.errors import DataError, UsageError
from leadocs.formats.files import builtin_network
from leadocs.mailing.select import compile_where
from leadocs.mailing.sources.recipients import load_recipients
from tests.helpers import EXAMPLES, SENDER_TEXT
from tests.helpers.docx_text import docx_to_text

HEADER = [
    "id",
    "name",
    "country",
    "contact.name",
    "contact.email",
    "signatory.name",
    "signatory.title",
    "tasks",
    "extra.salutation",
    "member since",
    "fee",
]
ROWS = [
    ["k", "Konnevesi", "FI", "Päivi", "p@k.fi", "Jyrki", "Manager", "ppi-pcp", "Dear Päivi"],
    ["g", "Göteborg", "SE", "Åsa", "a@g.se", "Björn", "Director", "ppi-pcp", "Hej Åsa"],
]


def custom_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append([*ROWS[0], dt.datetime(2024, 5, 17), 1250])
    sheet.append([*ROWS[1], dt.datetime(2025, 1, 2), 99.5])
    book.save(path)
    return path


def custom_template(path: Path) -> Path:
    document = docx.Document()
    for text in (
        "{{ organisation.extra.salutation }},",
        "member since {{ organisation.extra.member_since|date }}",
        "fee {{ organisation.extra.fee|money }}",
        "{{ organisation.name }} ({{ organisation.country|country }}), {{ today|date }}",
    ):
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_workbook_columns_keep_the_type_the_sheet_stores(tmp_path: Path) -> None:
    path = custom_workbook(tmp_path / "list.xlsx")
    first, second = load_recipients(path, builtin_network())
    assert first.organisation.extra == {
        "salutation": "Dear Päivi",
        "member_since": dt.date(2024, 5, 17),
        "fee": 1250,
    }
    assert second.organisation.extra["fee"] == 99.5


def test_a_workbook_with_custom_columns_drives_a_custom_template(run, tmp_path: Path) -> None:
    custom_workbook(tmp_path / "list.xlsx")
    custom_template(tmp_path / "custom.docx")
    (tmp_path / "subject.txt").write_text("{{ recipient.extra.salutation }}: join us", "utf-8")
    result = run(
        "batch", "loi", "list.xlsx", "-o", "out", "--template", "custom.docx",
        "--date", "2026-03-01", "--lang", "en", "--eml", "--from", SENDER_TEXT,
        "--subject-template", "subject.txt",
        "--name", "{{ recipient.extra.salutation }}",
        "--where", "recipient.extra.fee > 100",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "column J 'member since': not an organisation field; kept as the custom field " in (
        result.stderr
    )
    assert sorted(p.name for p in (tmp_path / "out").glob("*.docx")) == ["Dear-Päivi.docx"]
    text = docx_to_text(tmp_path / "out" / "Dear-Päivi.docx").partition("== core ==")[0]
    assert text.split("\n")[:4] == [
        "[Normal] Dear Päivi,",
        "[Normal] member since 17 May 2024",
        "[Normal] fee €1,250",
        "[Normal] Konnevesi (Finland), 1 March 2026",
    ]
    eml = (tmp_path / "out" / "Dear-Päivi.eml").read_bytes()
    message = email.message_from_bytes(eml, policy=policy.default)
    assert message["Subject"] == "Dear Päivi: join us"


def test_an_organisation_file_with_extra_fields(run, tmp_path: Path) -> None:
    data = yaml.safe_load((EXAMPLES / "orgs" / "konnevesi.yaml").read_text("utf-8"))
    data.pop("network", None)
    data["organisation"]["extra"] = {
        "salutation": "Dear Päivi",
        "member_since": dt.date(2024, 5, 17),
        "fee": 1250,
    }
    (tmp_path / "org.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    custom_template(tmp_path / "custom.docx")
    result = run("loi", "org.yaml", "--template", "custom.docx", "--lang", "en", "-o", "a.docx")
    assert result.exit_code == 0, result.stderr
    lines = docx_to_text(tmp_path / "a.docx").split("\n")
    assert lines[:3] == [
        "[Normal] Dear Päivi,",
        "[Normal] member since 17 May 2024",
        "[Normal] fee €1,250",
    ]


def test_a_bad_custom_field_name_is_located(run, tmp_path: Path) -> None:
    data = yaml.safe_load((EXAMPLES / "orgs" / "konnevesi.yaml").read_text("utf-8"))
    data.pop("network", None)
    data["organisation"]["extra"] = {"opening hours": "9-17", "rooms": ["a", "b"]}
    (tmp_path / "org.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    result = run("validate", "org.yaml")
    assert result.exit_code == 1
    assert "'opening hours' cannot be a custom field name" in result.stderr
    assert "organisation.extra.rooms: a custom field holds one value" in result.stderr


def test_where_accepts_custom_fields_and_still_checks_the_others() -> None:
    where = compile_where("recipient.extra.region == 'north'")
    assert where is not None
    assert where({"extra": {"region": "north"}, "id": "a"}, 2, "x")
    assert not where({"extra": {}, "id": "b"}, 3, "x")  # a row without it is not selected
    with pytest.raises(UsageError, match="did you mean 'recipient.country'"):
        compile_where("recipient.contry == 'FI'")


def test_a_yaml_list_item_keeps_unknown_keys_an_error(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    item = {"name": "A", "country": "FI", "colour": "red"}
    item |= {"contact": {"name": "P", "email": "p@a.fi"}, "signatory": {"name": "J", "title": "M"}}
    path.write_text(yaml.safe_dump({"recipients": [item]}), "utf-8")
    with pytest.raises(DataError, match="colour"):
        load_recipients(path, builtin_network())


def test_custom_is_another_name_for_extra() -> None:
    from leadocs.formats.model import Organisation

    base = {
        "name": "Konneveden kunta",
        "country": "FI",
        "contact": {"name": "P. H.", "email": "p@example.fi"},
        "signatory": {"name": "J. M.", "title": "Manager"},
    }
    assert Organisation.model_validate({**base, "custom": {"salutation": "Hyvä"}}).extra == {
        "salutation": "Hyvä"
    }
    assert Organisation.model_validate({**base, "extra": {"salutation": "Hyvä"}}).extra == {
        "salutation": "Hyvä"
    }
