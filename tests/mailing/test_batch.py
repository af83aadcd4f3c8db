"""``leadocs batch``: validate first, select, name safely, same text as the single commands."""

from __future__ import annotations

import email
import html
import os
import shutil
from email import policy
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
import yaml

from leadocs.errors import DataError, TemplateError
from leadocs.mailing import BatchProgress, BatchRequest, Selection, Status, run_batch
from tests.helpers import EXAMPLES, LIST, ORG_FILES, SENDER, SENDER_TEXT, rows_of, write_csv
from tests.helpers.docx_text import docx_to_text

DATE = "2026-03-01"


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def split_core(text: str) -> tuple[str, str]:
    body, _, core = text.partition("== core ==")
    return body, core


def make_template(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


# -- same text as the single-document commands ------------------------------------------


@pytest.mark.parametrize("kind", ["loi", "assistance"])
def test_batch_text_equals_the_single_command(run, tmp_path: Path, kind: str) -> None:
    items = [yaml.safe_load(path.read_text("utf-8")) for path in ORG_FILES]
    (tmp_path / "list.yaml").write_text(
        yaml.safe_dump(
            {"recipients": [{"organisation": i["organisation"]} for i in items]}, allow_unicode=True
        ),
        "utf-8",
    )
    result = run("batch", kind, "list.yaml", "-o", "out", "--date", DATE, "-j", "2")
    assert result.exit_code == 0, result.stderr
    for org_file in ORG_FILES:
        single = run(kind, org_file, "--date", DATE, "-o", f"single-{org_file.stem}.docx")
        assert single.exit_code == 0, single.stderr
        stem = yaml.safe_load(org_file.read_text("utf-8"))["organisation"]["short_name"]
        batch_body, batch_core = split_core(docx_to_text(tmp_path / "out" / f"{kind}-{stem}.docx"))
        body, core = split_core(docx_to_text(tmp_path / f"single-{org_file.stem}.docx"))
        assert batch_body == body, org_file.stem
        # Plain docxtpl escapes core properties twice ('&amp;' in Thessaloniki's title);
        # the compiled engine does not. Everything else is the same text.
        assert batch_core == html.unescape(core), org_file.stem


def test_languages_follow_lang_then_the_recipient(run, tmp_path: Path) -> None:
    assert (
        run("batch", "loi", LIST, "-o", "own", "--date", DATE, "--only", "konnevesi").exit_code == 0
    )
    assert "Aiekirje" in docx_to_text(tmp_path / "own" / "loi-Konnevesi.docx")
    assert (
        run(
            "batch", "loi", LIST, "-o", "en", "--date", DATE, "--only", "konnevesi", "--lang", "en"
        ).exit_code
        == 0
    )
    assert "Letter of intent" in docx_to_text(tmp_path / "en" / "loi-Konnevesi.docx")


# -- validate everything first -----------------------------------------------------------


def test_bad_rows_stop_everything_and_are_all_listed(run, tmp_path: Path) -> None:
    rows = rows_of()
    rows[2]["contact.email"] = "joao-at-braga"
    rows[5]["country"] = "XX"
    rows[5]["tasks"] = "ppi-pcp;capacity-bilding"
    path = write_csv(tmp_path / "list.csv", rows)
    result = run("batch", "loi", path, "-o", "out")
    assert result.exit_code == 1
    assert f"{path}:4: contact.email (column M): value is not a valid email" in result.stderr
    assert f"{path}:7: country (column E): 'XX' is not an ISO 3166-1 alpha-2" in result.stderr
    assert (
        f"{path}:7: tasks (column R): the network LEA-N does not offer task "
        "'capacity-bilding'; did you mean 'capacity-building'?" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def _workbook(path: Path, rows: list[dict[str, str]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(rows[0]))
    for row in rows:
        sheet.append(list(row.values()))
    book.save(path)
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_workbook_rows_are_located_when_workers_decode_them(run, tmp_path: Path, jobs: str) -> None:
    rows = rows_of() * 30  # several chunks of rows
    for number, row in enumerate(rows):
        row["short_name"] = f"{row['short_name']}-{number}"
    rows[150] = {**rows[150], "contact.email": "joao-at-braga"}
    path = _workbook(tmp_path / "list.xlsx", rows)
    result = run("batch", "loi", path, "-o", "out", "--jobs", jobs)
    assert result.exit_code == 1
    assert f"{path}:152: contact.email (column M): value is not a valid email" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_broken_workbook_is_reported_from_the_workers(run, tmp_path: Path, jobs: str) -> None:
    import zipfile

    good = _workbook(tmp_path / "good.xlsx", rows_of() * 20)
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.endswith("sheet1.xml"):
                data = data.replace(b'<row r="90">', b'<row r="90"><oops>', 1)
            target.writestr(name, data)
    result = run("batch", "loi", broken, "-o", "out", "--jobs", jobs)
    assert result.exit_code == 1, result.stderr
    assert f"Error: {broken}: the worksheet cannot be read: mismatched tag" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


def test_keep_going_skips_and_lists_bad_rows(run, tmp_path: Path) -> None:
    rows = rows_of()
    rows[2]["contact.email"] = "joao-at-braga"
    path = write_csv(tmp_path / "list.csv", rows)
    result = run("batch", "loi", path, "-o", "out", "--keep-going")
    assert result.exit_code == 3, result.stderr
    assert f"Written {len(rows) - 1}, skipped 0, failed 1" in result.stderr
    assert f"{path}:4: contact.email (column M)" in result.stderr
    assert not (tmp_path / "out" / "loi-Braga.docx").exists()
    assert len(list((tmp_path / "out").glob("*.docx"))) == len(rows) - 1


def test_dry_run_writes_nothing(run, tmp_path: Path) -> None:
    result = run("batch", "loi", LIST, "-o", "out", "--dry-run", "--eml", "--from", SENDER_TEXT)
    assert result.exit_code == 0, result.stderr
    assert "would write out/loi-Konnevesi.docx" in result.stderr
    assert "would write out/loi-Konnevesi.eml" in result.stderr
    assert not (tmp_path / "out").exists()
    assert run("batch", "loi", LIST, "-o", "out", "--date", DATE).exit_code == 0
    before = snapshot(tmp_path / "out")
    rows = rows_of()
    rows[0]["contact.name"] = "Someone Else"
    changed = write_csv(tmp_path / "changed.csv", rows)
    result = run("batch", "loi", changed, "-o", "out", "--date", DATE, "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert "would write out/loi-Konnevesi.docx" in result.stderr
    assert "would skip out/loi-GR.docx" in result.stderr
    assert snapshot(tmp_path / "out") == before


def test_template_errors_stop_before_anything_is_written(run, tmp_path: Path) -> None:
    broken = make_template(tmp_path / "broken.docx", "Dear {{ organisation.name }", "x")
    result = run("batch", "loi", LIST, "-o", "out", "--template", broken)
    assert result.exit_code == 1
    assert "template syntax error" in result.stderr
    missing = make_template(tmp_path / "missing.docx", "Dear {{ organisation.nickname }}")
    result = run("batch", "loi", LIST, "-o", "out", "--template", missing)
    assert result.exit_code == 1
    assert "nickname" in result.stderr
    assert not (tmp_path / "out").exists()


def test_user_templates_are_sandboxed(run, tmp_path: Path) -> None:
    evil = make_template(
        tmp_path / "evil.docx", "{{ organisation.__class__.__mro__[1].__subclasses__() }}"
    )
    result = run("batch", "loi", LIST, "-o", "out", "--template", evil)
    assert result.exit_code == 1
    assert "unsafe" in result.stderr
    assert not (tmp_path / "out").exists()
    own = make_template(
        tmp_path / "own.docx", "To {{ organisation.name }} ({{ organisation.country_name }})"
    )
    assert run("batch", "loi", LIST, "-o", "out", "--template", own, "--lang", "en").exit_code == 0
    assert "To Município de Braga (Portugal)" in docx_to_text(tmp_path / "out" / "loi-Braga.docx")


# -- names and values --------------------------------------------------------------------


def test_names_are_safe_unique_and_values_literal(run, tmp_path: Path) -> None:
    base = rows_of()[0]
    names = ["../x", "CON", "a/b", "Same", "same", '{{ 7*7 }} &<>"']
    rows = [
        {**base, "id": f"r{i}", "short_name": name, "name": f"{name} municipality"}
        for i, name in enumerate(names)
    ]
    path = write_csv(tmp_path / "list.csv", rows)
    result = run(
        "batch",
        "loi",
        path,
        "-o",
        "out",
        "--lang",
        "en",
        "--eml",
        "--from",
        SENDER_TEXT,
        "--name",
        "{{ recipient.short_name }}",
    )
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    assert written == sorted(
        ["x.docx", "CON-file.docx", "a-b.docx", "Same.docx", "same-2.docx", "{{-7-7-}}-&.docx"]
    )
    assert sorted(p.name for p in (tmp_path / "out").glob("*.eml")) == [
        n.replace(".docx", ".eml") for n in written
    ]
    assert not list(tmp_path.glob("*.docx"))  # nothing escaped the folder
    # the default pattern keeps the kind in front: nothing is a reserved name or hidden
    result = run("batch", "loi", path, "-o", "default", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    for name in (p.name for p in (tmp_path / "default").glob("*.docx")):
        assert name.startswith("loi-") and "/" not in name and ".." not in name
    text = docx_to_text(tmp_path / "out" / "{{-7-7-}}-&.docx")
    assert '{{ 7*7 }} &<>" municipality' in text
    assert "49 municipality" not in text
    message = email.message_from_bytes(
        (tmp_path / "out" / "{{-7-7-}}-&.eml").read_bytes(), policy=policy.default
    )
    assert message["Subject"].startswith('{{ 7*7 }} &<>" municipality:')


def test_files_the_batch_did_not_write_need_force(run, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "loi-Gent.docx").write_bytes(b"the user's own file")
    result = run("batch", "loi", LIST, "-o", "out")
    assert result.exit_code == 1
    assert "already has files this batch did not write: loi-Gent.docx" in result.stderr
    assert "--force" in result.stderr
    assert (tmp_path / "out" / "loi-Gent.docx").read_bytes() == b"the user's own file"
    assert not (tmp_path / "out" / "loi-Braga.docx").exists()
    assert run("batch", "loi", LIST, "-o", "out", "--force").exit_code == 0
    assert "Gent" in docx_to_text(tmp_path / "out" / "loi-Gent.docx")


def test_windows_reserved_name_is_changed() -> None:
    from leadocs.outputs import safe_name

    assert safe_name("CON") == "CON-file"
    assert safe_name("../x") == "x"


def test_name_pattern_where_only_limit(run, tmp_path: Path) -> None:
    result = run(
        "batch",
        "loi",
        LIST,
        "-o",
        "fi",
        "--where",
        'recipient.country == "FI"',
        "--name",
        "{{ recipient.country }}_{{ id }}_{{ row }}",
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "fi").glob("*.docx")) == [
        "FI-konnevesi-2.docx",
        "FI-tampere-8.docx",
    ]
    result = run(
        "batch", "assistance", LIST, "-o", "two", "--only", "braga,GENT,tartu", "--limit", "2"
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "two").glob("*.docx")) == [
        "assistance-Braga.docx",
        "assistance-Tartu.docx",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--where", "recipient.contry == 'FI'"],
            "no field 'contry'\n  hint: did you mean 'recipient.country'?",
        ),
        (["--where", "recipient.country =="], "--where:"),
        (["--where", "os.system('x')"], "unknown name 'os'"),
        (
            ["--only", "konevesi"],
            "no valid recipient has the id 'konevesi' (did you mean 'konnevesi'?)",
        ),
        (["--name", "{{ recipient.name"], "--name: template syntax error"),
        (["--name", "{{ recipient.nickname }}"], "nickname"),
        (["--lang", "xx"], "no built-in text for language 'xx'"),
        (["--subject-template", "s.txt"], "need --eml"),
    ],
)
def test_bad_options(run, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "s.txt").write_text("x", "utf-8")
    result = run("batch", "loi", LIST, "-o", "out", *args)
    assert result.exit_code in (1, 2)
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_place_is_only_for_letters(run) -> None:
    result = run("batch", "assistance", LIST, "-o", "out", "--place", "Brussels")
    assert result.exit_code == 2
    assert "--place is only for loi documents" in result.stderr


# -- the outbox --------------------------------------------------------------------------


def test_eml_next_to_each_document(run, tmp_path: Path) -> None:
    result = run("batch", "loi", LIST, "-o", "out", "--eml", "--from", SENDER_TEXT, "--date", DATE)
    assert result.exit_code == 0, result.stderr
    n = len(rows_of())
    assert f"Outbox: {n} message(s) in out; open one to check it, then: leadocs send out" in (
        result.stderr
    )
    for row in rows_of():
        stem = f"loi-{row['short_name']}"
        message = email.message_from_bytes(
            (tmp_path / "out" / f"{stem}.eml").read_bytes(), policy=policy.default
        )
        assert isinstance(message, EmailMessage)
        assert message["To"].addresses[0].addr_spec == row["contact.email"]
        assert row["name"] in message["Subject"]
        [attachment] = list(message.iter_attachments())
        assert attachment.get_filename() == f"{stem}.docx"
        assert attachment.get_content() == (tmp_path / "out" / f"{stem}.docx").read_bytes()


def test_custom_subject_and_body(run, tmp_path: Path) -> None:
    (tmp_path / "subject.txt").write_text("LOI for {{ organisation.short_name }}", "utf-8")
    (tmp_path / "body.txt").write_text("Hello {{ organisation.contact.name }}!\n", "utf-8")
    result = run(
        "batch",
        "loi",
        LIST,
        "-o",
        "out",
        "--eml",
        "--from",
        SENDER_TEXT,
        "--only",
        "gent",
        "--subject-template",
        "subject.txt",
        "--body-template",
        "body.txt",
    )
    assert result.exit_code == 0, result.stderr
    message = email.message_from_bytes(
        (tmp_path / "out" / "loi-Gent.eml").read_bytes(), policy=policy.default
    )
    assert message["Subject"] == "LOI for Gent"
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().strip() == "Hello Lotte De Smet!"


# -- the library -------------------------------------------------------------------------


def test_library_reports_progress_and_never_prints(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    events: list[BatchProgress] = []
    request = BatchRequest(
        kind="loi",
        recipients=LIST,
        outdir=tmp_path / "out",
        jobs=2,
        selection=Selection(where="recipient.country != 'IT'"),
    )
    result = run_batch(request, events.append)
    assert capfd.readouterr() == ("", "")
    assert result.written == len(rows_of()) - 1
    assert events[0].stage == "validated"
    assert events[-1].stage == "rendering" and events[-1].completed == result.written
    assert [o.status for o in result.outcomes()] == [Status.WRITTEN] * result.written
    # the PDF stage's hook: the documents in recipient order
    assert [p.name for p in result.documents] == [
        f"loi-{r['short_name']}.docx" for r in rows_of() if r["country"] != "IT"
    ]


def test_library_raises_data_errors(tmp_path: Path) -> None:
    rows = rows_of()
    rows[1]["country"] = "XX"
    path = write_csv(tmp_path / "l.csv", rows)
    with pytest.raises(DataError) as exc:
        run_batch(BatchRequest(kind="loi", recipients=path, outdir=tmp_path / "out"))
    assert [p.line for p in exc.value.problems] == [3]
    broken = make_template(tmp_path / "b.docx", "{% if %}")
    with pytest.raises(TemplateError):
        run_batch(BatchRequest(kind="loi", recipients=LIST, outdir=tmp_path / "o", template=broken))


def test_examples_in_every_format(run, tmp_path: Path) -> None:
    for ext in ("csv", "xlsx", "yaml"):
        result = run(
            "batch",
            "loi",
            EXAMPLES / "recipients" / f"procurers.{ext}",
            "-o",
            ext,
            "--date",
            DATE,
            "--eml",
            "--from",
            SENDER_TEXT,
        )
        assert result.exit_code == 0, result.stderr
    texts = {
        ext: {p.name: docx_to_text(p) for p in sorted((tmp_path / ext).glob("*.docx"))}
        for ext in ("csv", "xlsx", "yaml")
    }
    assert texts["csv"] == texts["xlsx"] == texts["yaml"]
    assert len(texts["csv"]) == len(rows_of())


def test_outputs_are_readable_by_others(run, tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    assert run("batch", "loi", LIST, "-o", "out", "--only", "gent").exit_code == 0
    mode = (tmp_path / "out" / "loi-Gent.docx").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
    shutil.rmtree(tmp_path / "out")


def test_spawned_workers_compile_their_own_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS and Windows start workers with spawn: nothing is inherited, all is pickled."""
    import multiprocessing

    from leadocs.mailing import pool

    monkeypatch.setattr(pool, "mp_context", lambda: multiprocessing.get_context("spawn"))
    request = BatchRequest(
        kind="loi",
        recipients=EXAMPLES / "recipients" / "procurers.yaml",
        outdir=tmp_path / "out",
        jobs=2,
        eml=True,
        sender=SENDER,
        selection=Selection(where="recipient.country in ['FI', 'SE']"),
    )
    result = run_batch(request)
    assert result.written == 3
    assert "Tampere" in docx_to_text(tmp_path / "out" / "loi-Tampere.docx")
