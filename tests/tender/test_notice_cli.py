"""The ``notice`` command: files written, missing values listed, notices checked."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.docx_text import docx_to_text
from tests.helpers.notice_sdk import PROCUREMENTS, ROOT, SDK, require

NOTICES = SDK / "examples" / "notices"


@pytest.fixture
def sdk() -> Path:
    return require(SDK)


@pytest.mark.parametrize(
    "name", ["cn_24_minimal.xml", "pin-only_24.xml", "E3_minimal.xml", "E1_minimal.xml"]
)
def test_the_sdks_own_examples_pass_the_check(run: Any, sdk: Path, name: str) -> None:
    result = run("notice", "--check", NOTICES / name, "--sdk", sdk)
    assert result.exit_code == 0, result.output
    assert "Valid" in result.output


def test_a_broken_copy_of_an_example_fails_with_rule_term_and_key(
    run: Any, sdk: Path, tmp_path: Path
) -> None:
    text = (NOTICES / "cn_24_minimal.xml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.xml"
    broken.write_text(
        text.replace(">open</cbc:ProcedureCode>", ">bogus</cbc:ProcedureCode>"), encoding="utf-8"
    )
    result = run("notice", "--check", broken, "--sdk", sdk)
    assert result.exit_code == 1
    assert (
        "BR-BT-00105-0052 (ERROR); BT-105 Procedure Type; YAML key procurement.procedure_type"
        in result.output
    )


def test_a_notice_is_written_and_passes_the_check(run: Any, sdk: Path, tmp_path: Path) -> None:
    result = run("notice", PROCUREMENTS[0], "--type", "cn", "--sdk", sdk, "-o", "cn.xml")
    assert result.exit_code == 0, result.output
    checked = run("notice", "--check", tmp_path / "cn.xml", "--sdk", sdk)
    assert checked.exit_code == 0, checked.output


def _without_review(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    path = tmp_path / "examples" / "procurements" / "ppi-learning-platform.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("\n  review:")] + "\n", encoding="utf-8")
    return path


def test_missing_values_are_listed_with_their_yaml_key(run: Any, sdk: Path, tmp_path: Path) -> None:
    path = _without_review(tmp_path)
    result = run("notice", path, "--sdk", sdk, "-o", "cn.xml")
    assert result.exit_code == 0
    assert (
        "procurement.review.body.name: BT-500 organisation name of the review body: "
        "missing (required for a contract notice) (missing)"
    ) in result.output
    assert (tmp_path / "cn.xml").is_file()


def test_strict_fails_on_missing_values_and_writes_nothing(
    run: Any, sdk: Path, tmp_path: Path
) -> None:
    path = _without_review(tmp_path)
    result = run("notice", path, "--sdk", sdk, "-o", "cn.xml", "--strict")
    assert result.exit_code == 4
    assert "BT-500 organisation name of the review body" in result.output
    assert not (tmp_path / "cn.xml").exists()


def test_without_an_sdk_the_command_says_how_to_give_one(
    run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LEADOCS_EFORMS_SDK", raising=False)
    result = run("notice", PROCUREMENTS[0])
    assert result.exit_code == 2
    assert "--sdk PATH" in result.output and "LEADOCS_EFORMS_SDK" in result.output


def test_the_data_sheet_lists_the_terms_with_readable_values(
    run: Any, sdk: Path, tmp_path: Path
) -> None:
    pcp = next(p for p in PROCUREMENTS if p.stem == "pcp-personalised-stem")
    result = run("notice", pcp, "--sdk", sdk, "--format", "docx", "-o", "sheet.docx")
    assert result.exit_code == 0, result.output
    text = docx_to_text(tmp_path / "sheet.docx")
    assert "Personalised learning environments for STEM in small and mixed-age schools" in text
    assert "| BT-131 | Deadline Receipt Tenders | December 4, 2026 |" in text
    assert "| BT-27 | Estimated Value | €3,800,000.00 |" in text
    assert "Missing values" not in text


def test_a_file_that_is_not_xml_is_reported_not_traced(run: Any, sdk: Path, tmp_path: Path) -> None:
    broken = tmp_path / "notice.xml"
    broken.write_text("<ContractNotice><unclosed></ContractNotice>", encoding="utf-8")
    result = run("notice", "--check", broken, "--sdk", sdk)
    assert result.exit_code == 1
    assert f"{broken}:1: not well-formed XML" in result.output
