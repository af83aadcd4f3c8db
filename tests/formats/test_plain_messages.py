"""Messages a non-programmer can act on: indentation, tabs, keys at the wrong level, tasks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, rows_of, write_csv

KONNEVESI = (EXAMPLES / "orgs" / "konnevesi.yaml").read_text("utf-8")
PROCUREMENT = EXAMPLES / "procurements" / "pcp-personalised-stem.yaml"

# (case, change to the example, expected lines of the message)
CASES = [
    (
        "indented-more",
        ("  short_name: Konnevesi", "    short_name: Konnevesi"),
        [
            ":4:5: line 4 is indented more than line 3; keys of one mapping line up",
            "    4 |     short_name: Konnevesi",
            "      |     ^",
        ],
    ),
    (
        "indented-more-in-a-block",
        ("    city: Konnevesi", "      city: Konnevesi"),
        [":10:7: line 10 is indented more than line 9", "    10 |       city: Konnevesi"],
    ),
    (
        "indented-less",
        ("  type: procurer", " type: procurer"),
        [":5:2: line 5 is indented less than line 4 but does not line up with any key"],
    ),
    (
        "tab",
        ("  type: procurer", "\ttype: procurer"),
        [":5:1: a tab is used to indent this line; use spaces, not tabs", "      | ^"],
    ),
    (
        "colon-in-a-value",
        ("timeline: Market consultation", "timeline: Plan: market consultation"),
        [":31:17: a ': ' inside a value: YAML reads it as a new key; put the value in quotes"],
    ),
    (
        "missing-colon",
        ("  type: procurer", "  type procurer"),
        [":5:3: a key must be followed by ':' and a space", "    5 |   type procurer"],
    ),
    (
        "key-at-the-wrong-level",
        ("    city: Konnevesi\n", ""),
        [
            ":11:3: organisation.city: unknown key 'city' at this level; it belongs under "
            "'organisation.address'"
        ],
    ),
    (
        "us-spelling",
        ("organisation:", "organization:"),
        [":2:1: organization: unknown top-level key 'organization'; did you mean 'organisation:'?"],
    ),
]


@pytest.mark.parametrize(("case", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_validate_says_it_plainly(
    run, tmp_path: Path, case: str, change: tuple[str, str], expected: list[str]
) -> None:
    text = KONNEVESI.replace(*change)
    if case == "key-at-the-wrong-level":
        text = text.replace("  website:", "  city: Konnevesi\n  website:")
    assert text != KONNEVESI
    (tmp_path / "org.yaml").write_text(text, "utf-8")
    result = run("validate", "org.yaml")
    assert result.exit_code == 1
    for line in expected:
        assert line in result.stderr
    assert "mapping values are not allowed" not in result.stderr
    assert "cannot start any token" not in result.stderr


def test_several_tasks_in_one_cell_are_explained(run, tmp_path: Path) -> None:
    rows = rows_of()[:2]
    rows[0]["tasks"] = "capacity-building, ppi-pcp"
    write_csv(tmp_path / "list.csv", rows)
    result = run("batch", "loi", "list.csv", "-o", "out", "--dry-run")
    assert result.exit_code == 1
    assert (
        "list.csv:2: tasks (column R): the network LEA-N does not offer task "
        "'capacity-building, ppi-pcp'; these are several tasks in one; separate tasks with "
        "';' in a spreadsheet cell (capacity-building;ppi-pcp)"
    ) in result.stderr


@pytest.mark.parametrize("value", ["municipality", "Region"])
def test_a_municipality_is_explained_as_sub_central(run, tmp_path: Path, value: str) -> None:
    text = PROCUREMENT.read_text("utf-8").replace(
        "authority_type: sub-central", f"authority_type: {value}"
    )
    (tmp_path / "procurement.yaml").write_text(text, "utf-8")
    result = run("validate", "procurement.yaml")
    assert result.exit_code == 1
    assert (
        f"procurement.authority_type: '{value}': municipalities, regions and other local or "
        "regional buyers are sub-central authorities"
    ) in result.stderr
    assert "write authority_type: sub-central" in result.stderr


# -- recipient lists in validate ----------------------------------------------------------


@pytest.mark.parametrize("name", ["procurers.csv", "procurers.xlsx", "procurers.yaml"])
def test_validate_checks_recipient_lists_as_lists(run, name: str) -> None:
    result = run("validate", EXAMPLES / "recipients" / name)
    assert result.exit_code == 0, result.stderr
    assert "not UTF-8" not in result.stderr
    assert "1 file(s) checked: 0 problem(s)" in result.stderr


def test_validate_lists_every_bad_row(run, tmp_path: Path) -> None:
    rows = rows_of()[:4]
    rows[1]["contact.email"] = "not-an-address"
    rows[3]["country"] = "Finland"
    write_csv(tmp_path / "list.csv", rows)
    result = run("validate", "list.csv")
    assert result.exit_code == 1
    assert "list.csv:3: contact.email (column M): value is not a valid email address" in (
        result.stderr
    )
    assert "list.csv:5: country (column E): 'Finland' is not an ISO 3166-1" in result.stderr


# -- output folders and names -------------------------------------------------------------


def test_report_all_creates_its_folder(run, tmp_path: Path) -> None:
    result = run("report", "--all", "-o", "reports/")
    assert result.exit_code == 0, result.stderr
    assert len(list((tmp_path / "reports").glob("report-*.docx"))) > 3
    assert [p for p in (tmp_path / "reports").iterdir() if p.is_dir()] == []


def test_an_output_ending_in_a_slash_is_a_folder_made_for_it(run, tmp_path: Path) -> None:
    result = run("loi", EXAMPLES / "orgs" / "konnevesi.yaml", "-o", "letters/fi/")
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in (tmp_path / "letters" / "fi").iterdir()] == ["loi-Konnevesi.docx"]


def test_no_folder_is_made_when_a_file_is_in_the_way(run, tmp_path: Path) -> None:
    (tmp_path / "letters").write_text("a file", "utf-8")
    result = run("loi", EXAMPLES / "orgs" / "konnevesi.yaml", "-o", "letters/fi/")
    assert result.exit_code == 1
    assert "cannot make the folder letters/fi: letters is a file" in result.stderr


def test_the_default_name_carries_a_language_other_than_the_own(run, tmp_path: Path) -> None:
    org = EXAMPLES / "orgs" / "konnevesi.yaml"  # a Finnish organisation
    for args in ((), ("--lang", "sv"), ("--lang", "en")):
        result = run("loi", org, *args)
        assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == [
        "loi-Konnevesi-en.docx",
        "loi-Konnevesi-sv.docx",
        "loi-Konnevesi.docx",
    ]
    assert run("loi", org, "--lang", "fi").exit_code == 1  # the own language: the same file
