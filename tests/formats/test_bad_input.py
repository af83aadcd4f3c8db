"""Every kind of bad input: a clear located message, exit 1, no traceback, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

GOOD = """\
organisation:
  name: Konnevesi Municipality
  short_name: Konnevesi
  country: FI
  contact:
    name: Päivi Häkkinen
    email: paivi@konnevesi.fi
  signatory:
    name: Jyrki Mäkelä
    title: Municipal Manager
  tasks: [capacity-building]
"""

# (case id, file text or bytes, expected "line:column: field" or message fragment)
CASES = [
    ("yaml-syntax", GOOD.replace("country: FI", "country: [FI"), ":5:"),
    ("not-utf8", GOOD.replace("Päivi", "P\xe4ivi").encode("latin-1"), ":6: is not UTF-8"),
    (
        "wrong-type",
        GOOD.replace("tasks: [capacity-building]", "tasks: {a: 1}"),
        ":11:3: organisation.tasks: must be a list",
    ),
    (
        "misspelt-key",
        GOOD.replace("short_name", "shortname"),
        ":3:3: organisation.shortname: unknown key 'shortname'; did you mean 'short_name'?",
    ),
    (
        "unknown-key",
        GOOD.replace("  country: FI", "  country: FI\n  colour: blue"),
        ":5:3: organisation.colour: unknown key 'colour'",
    ),
    (
        "bad-email",
        GOOD.replace("paivi@konnevesi.fi", "paivi.konnevesi.fi"),
        ":7:12: organisation.contact.email: value is not a valid email address",
    ),
    (
        "bad-country",
        GOOD.replace("country: FI", "country: Finland"),
        ":4:12: organisation.country: 'Finland' is not an ISO 3166-1 alpha-2 country code",
    ),
    (
        "norway-unquoted",
        GOOD.replace("country: FI", "country: NO"),
        ':4:12: organisation.country: YAML read NO as "false"',
    ),
    (
        "empty-name",
        GOOD.replace("name: Konnevesi Municipality", 'name: ""'),
        ":2:9: organisation.name: must not be empty",
    ),
    (
        "missing-field",
        GOOD.replace("  country: FI\n", ""),
        ":1:1: organisation: 'country' is required but missing",
    ),
    (
        "unknown-task",
        GOOD.replace("[capacity-building]", "[capacity-bulding]"),
        ":11:11: organisation.tasks[0]: the network LEA-N does not offer task "
        "'capacity-bulding'; did you mean 'capacity-building'?",
    ),
    (
        "control-char",
        GOOD.replace("Konnevesi Municipality", '"Konnevesi\\x07 Municipality"'),
        ":2:9: organisation.name: contains the control character U+0007",
    ),
    (
        "alias-bomb",
        "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
        + "".join(
            f"b{i}: &b{i} [" + ",".join(["*" + ("a" if i == 0 else f"b{i - 1}")] * 10) + "]\n"
            for i in range(8)
        )
        + "organisation: *b7\n",
        "values through its aliases",
    ),
    (
        "duplicate-key",
        GOOD.replace("  country: FI", "  country: FI\n  country: SE"),
        ":5:3: organisation.country: key 'country' appears twice",
    ),
    (
        "wrong-top-key",
        GOOD.replace("organisation:", "organization:"),
        "expected a top-level 'organisation:' mapping, found 'organization'; "
        "did you mean 'organisation'?",
    ),
]


@pytest.mark.parametrize(("case", "content", "expected"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("command", ["loi", "assistance"])
def test_bad_organisation_file(
    run, tmp_path: Path, command: str, case: str, content: str | bytes, expected: str
) -> None:
    org = tmp_path / "org.yaml"
    if isinstance(content, bytes):
        org.write_bytes(content)
    else:
        org.write_text(content, encoding="utf-8")
    existing = tmp_path / "keep.docx"
    existing.write_bytes(b"the user's own file")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run(command, org)
    assert result.exit_code == 1, result.output
    assert f"{org}" in result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert existing.read_bytes() == b"the user's own file"
    result = run(command, org, "-o", existing, "--force")
    assert result.exit_code == 1
    assert existing.read_bytes() == b"the user's own file"


def test_missing_file(run, tmp_path: Path) -> None:
    result = run("loi", tmp_path / "absent.yaml")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'absent.yaml'}: file not found")
    assert list(tmp_path.iterdir()) == []


def test_validate_reports_every_problem_at_once(run, tmp_path: Path) -> None:
    org = tmp_path / "org.yaml"
    org.write_text(
        GOOD.replace("short_name", "shortname")
        .replace("country: FI", "country: XX")
        .replace("[capacity-building]", "[capacity-bulding]"),
        encoding="utf-8",
    )
    result = run("validate", org)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith(str(org))]
    assert [line.split(": ")[1] for line in lines] == [
        "organisation.shortname",
        "organisation.country",
        "organisation.tasks[0]",
    ]


def test_validate_examples_pass(run) -> None:
    from tests.helpers import EXAMPLES, ORG_FILES

    result = run("validate", *ORG_FILES, EXAMPLES / "networks" / "lea.yaml")
    assert result.exit_code == 0, result.stderr
    assert "0 problem(s)" in result.stderr


def test_network_file_problems_are_located(run, tmp_path: Path) -> None:
    from leadocs.formats.files import builtin_network_text

    network = tmp_path / "net.yaml"
    network.write_text(
        builtin_network_text().replace("acronym: LEA-N", "acronim: LEA-N"), encoding="utf-8"
    )
    result = run("benefits", "--network", network)
    assert result.exit_code == 1
    assert "net.yaml:" in result.stderr
    assert "network.acronim: unknown key 'acronim'; did you mean 'acronym'?" in result.stderr
    assert not list(tmp_path.glob("*.docx"))


def test_bad_option_combination_is_usage_error(run) -> None:
    result = run("report")
    assert result.exit_code == 2
    assert "give either --partner NAME, --all or --consolidate RETURNED/" in result.stderr
