"""Long values (a 300-character organisation name) in properties, file names and headers."""

from __future__ import annotations

import email
import os
import shutil
import tempfile
from email import policy
from pathlib import Path

import docx
import pytest
import yaml

from leadocs.errors import OutputError
from leadocs.outputs import MAX_NAME_BYTES, safe_name, write_atomic
from leadocs.render.properties import MAX_PROPERTY, fit_property
from tests.helpers import EXAMPLES, SENDER_TEXT, rows_of, write_csv
from tests.helpers.docx_text import docx_to_text

LONG_NAME = "Yhteinen " + "Konnevesi Association for Joint Procurement " * 7 + "(KAJP)"
NAME_MAX = 255  # bytes per file name on every common file system


def long_organisation(tmp_path: Path, short_name: str = "") -> Path:
    """An organisation whose every text field is about 300 characters long."""
    data = yaml.safe_load((EXAMPLES / "orgs" / "konnevesi.yaml").read_text("utf-8"))
    org = data["organisation"]
    org["name"] = LONG_NAME
    org["short_name"] = short_name
    for person in ("contact", "signatory"):
        for key in ("name", "title", "role"):
            if key in org[person]:
                org[person][key] = f"{person} {key} " + "Väinämöinen " * 25
    org["address"]["city"] = "Konnevesi " * 30
    org["address"]["street"] = "Keskustie " * 30
    path = tmp_path / "long.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


def core_properties(path: Path) -> dict[str, str]:
    props = docx.Document(str(path)).core_properties
    return {name: getattr(props, name) for name in ("title", "subject", "author", "comments")}


@pytest.mark.parametrize("kind", ["loi", "assistance"])
def test_long_name_is_shortened_in_properties_and_whole_in_the_text(
    run, tmp_path: Path, kind: str
) -> None:
    result = run(kind, long_organisation(tmp_path), "-o", "out.docx")
    assert result.exit_code == 0, result.stderr
    properties = core_properties(tmp_path / "out.docx")
    assert all(len(value) <= MAX_PROPERTY for value in properties.values())
    assert properties["subject"].startswith("Yhteinen Konnevesi Association")
    assert properties["subject"].endswith("…")
    assert LONG_NAME in docx_to_text((tmp_path / "out.docx").read_bytes())


def test_long_default_file_name_fits_the_file_system(run, tmp_path: Path) -> None:
    # short name unset: the 300-character name makes the file name
    result = run("loi", long_organisation(tmp_path))
    assert result.exit_code == 0, result.stderr
    (written,) = tmp_path.glob("loi-*.docx")
    assert len(written.name.encode("utf-8")) <= NAME_MAX
    assert written.stem.endswith("(KAJP)")  # the end of the name is kept


def test_multibyte_short_name_fits_in_bytes(run, tmp_path: Path) -> None:
    result = run("loi", long_organisation(tmp_path, short_name="Ääöå" * 60))
    assert result.exit_code == 0, result.stderr
    (written,) = tmp_path.glob("loi-*.docx")
    assert len(written.name.encode("utf-8")) <= NAME_MAX


def test_batch_with_long_values_names_files_apart(run, tmp_path: Path) -> None:
    rows = rows_of()[:3]
    for row in rows:
        row["name"] = LONG_NAME
        row["short_name"] = ""
        row["contact.name"] = "Ελένη " * 60
    write_csv(tmp_path / "list.csv", rows)
    result = run(
        "batch", "loi", "list.csv", "-o", "out", "--eml", "--from", SENDER_TEXT,
        "--name", "{{ recipient.name }}-{{ id }}",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    documents = sorted((tmp_path / "out").glob("*.docx"))
    assert sorted(d.stem.rsplit("-", 1)[1] for d in documents) == sorted(r["id"] for r in rows)
    for document in documents:
        assert len(document.name.encode("utf-8")) <= NAME_MAX
        assert all(len(v) <= MAX_PROPERTY for v in core_properties(document).values())
    message = email.message_from_bytes(
        next((tmp_path / "out").glob("*.eml")).read_bytes(), policy=policy.default
    )
    assert "Ελένη" in str(message["To"])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("a" * 300, "a" * 50),
        ("ä" * 300, "ä" * 25),
        ("ελληνικά " * 40 + "-id-42", "-id-42"),
        ("x" * 400 + "-FI-7", "-FI-7"),
    ],
    ids=["ascii", "two-byte", "greek-and-id", "country-and-row"],
)
def test_safe_name_cuts_by_bytes_and_keeps_the_end(text: str, kept: str) -> None:
    name = safe_name(text)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.endswith(kept)
    assert "…" in name


def test_short_names_are_left_alone() -> None:
    assert safe_name("loi-Konnevesi") == "loi-Konnevesi"
    assert fit_property("Konnevesi") == "Konnevesi"


def test_fit_property_cuts_at_a_word() -> None:
    fitted = fit_property("word " * 100)
    assert len(fitted) <= MAX_PROPERTY
    assert fitted.endswith("word…")


def test_a_name_too_long_for_the_file_system_is_an_error(tmp_path: Path) -> None:
    # the target itself fits; its temporary ".NAME.XXXXXXXX.part" does not
    target = tmp_path / ("n" * 245 + ".docx")
    with pytest.raises(OutputError, match="cannot write .*too long"):
        write_atomic(target, b"data")
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # root may write into a read-only folder, so the refusal is made up
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, os.strerror(13))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match="cannot write .*Permission denied"):
        write_atomic(tmp_path / "out.docx", b"data")


def test_an_output_name_too_long_is_a_message(run, tmp_path: Path) -> None:
    result = run("loi", EXAMPLES / "orgs" / "konnevesi.yaml", "-o", "n" * 300 + ".docx")
    assert result.exit_code == 1
    assert "too long" in result.stderr


def test_long_network_and_procurement_values(run, tmp_path: Path) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    network_file = tmp_path / "examples" / "networks" / "nordic.yaml"
    data = yaml.safe_load(network_file.read_text("utf-8"))
    network = data["network"]
    network["name"] = {lang: text + LONG_NAME for lang, text in network["name"].items()}
    network["acronym"] = "NORDIC-" + "X" * 290
    for partner in network["partners"]:
        partner["name"] += " " + LONG_NAME
    network_file.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    procurement_file = tmp_path / "examples" / "procurements" / "ppi-learning-platform.yaml"
    data = yaml.safe_load(procurement_file.read_text("utf-8"))
    data["procurement"]["reference"] = "REF-" + "R" * 300
    data["procurement"]["title"] += " " + LONG_NAME
    procurement_file.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    for args in (
        ("benefits", "--network", network_file),
        ("report", "--all", "-o", "reports/", "--network", network_file),
        ("tender", procurement_file),
    ):
        result = run(*args)
        assert result.exit_code == 0, result.stderr
    written = list(tmp_path.glob("*.docx")) + list(tmp_path.glob("reports/*.docx"))
    assert len(written) == 2 + len(network["partners"])
    for document in written:
        assert len(document.name.encode("utf-8")) <= NAME_MAX
        assert all(len(v) <= MAX_PROPERTY for v in core_properties(document).values())
