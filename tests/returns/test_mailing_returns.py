"""A mailing's letters carry their identity, and come back matched against its recipient list."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

from leadocs.mailing.manifest import snapshot
from leadocs.render.custom_properties import read_custom_properties
from tests.helpers import LIST, rows_of
from tests.helpers.forms import fill_docx


def identity_of(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as package:
        return read_custom_properties(package)


def mailing_id(outdir: Path) -> str:
    with snapshot(outdir) as manifest:
        assert manifest is not None
        return manifest.value("mailing") or ""


def test_every_letter_of_a_mailing_names_its_row_and_the_mailing(run) -> None:  # type: ignore[no-untyped-def]
    assert run("batch", "loi", LIST, "-o", "out").exit_code == 0
    mailing = mailing_id(Path("out"))
    keys = [row["id"] for row in rows_of()]
    found = {}
    for path in Path("out").glob("*.docx"):
        properties = identity_of(path)
        assert properties["leadocs.kind"] == "loi"
        assert properties["leadocs.mailing"] == mailing
        assert len(properties["leadocs.data"]) == 16
        found[properties["leadocs.recipient"]] = path
    assert sorted(found) == sorted(keys)


def test_returned_letters_are_matched_to_rows_and_other_mailings_refused(run) -> None:  # type: ignore[no-untyped-def]
    assert run("batch", "loi", LIST, "-o", "out", "--only", "goteborg").exit_code == 0
    assert run("batch", "loi", LIST, "-o", "other", "--only", "goteborg").exit_code == 0
    Path("back").mkdir()
    (ours,) = Path("out").glob("*.docx")
    Path("back/svar.docx").write_bytes(fill_docx(ours.read_bytes(), {"task:ppi-pcp": False}))
    (theirs,) = Path("other").glob("*.docx")
    shutil.copy(theirs, "back/copy.docx")

    result = run("collect", "back", "--list", LIST, "--mailing", "out", "-o", "data")

    assert result.exit_code == 1
    assert "back/copy.docx: leadocs.mailing: from another mailing" in result.output
    assert "back/svar.docx → loi of goteborg" in result.output
    written = Path("data/goteborg.yaml").read_text(encoding="utf-8")
    assert "tasks:" in written and "ppi-pcp" not in written and "demand-policy" in written


def test_a_mailings_pdfs_are_fillable_and_carry_the_identity(run) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from tests.helpers.forms import fill_pdf
    from tests.helpers.soffice_required import require_soffice

    require_soffice()
    only = "braga,lodz,tartu"  # more than one: converted in a joined load
    result = run("batch", "loi", LIST, "-o", "out", "--only", only, "--pdf")
    assert result.exit_code == 0, result.output
    pdfs = {}
    for pdf in sorted(Path("out").glob("*.pdf")):
        reader = PdfReader(pdf)
        info = reader.metadata or {}
        assert info["/leadocs.mailing"] == mailing_id(Path("out"))
        fields = reader.get_fields() or {}
        assert sorted(fields) == ["task:capacity-building", "task:demand-policy", "task:ppi-pcp"]
        assert not reader.named_destinations  # the ones that placed the fields are gone
        pdfs[info["/leadocs.recipient"]] = pdf
    assert sorted(pdfs) == ["braga", "lodz", "tartu"]
    Path("back").mkdir()
    fill_pdf(pdfs["tartu"], Path("back/tartu.pdf"), {"task:ppi-pcp": True})
    collected = run("collect", "back", "--list", LIST, "--mailing", "out", "-o", "data")
    assert collected.exit_code == 0, collected.output
    assert "ppi-pcp" in Path("data/tartu.yaml").read_text(encoding="utf-8")
