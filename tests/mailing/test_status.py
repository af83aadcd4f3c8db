"""``leadocs status`` after a partial ``send`` against a real SMTP server on 127.0.0.1.

Eight letters are sent with two addresses refused by the server; three
recipients answer (one signed); then status, its workbook, reminders for the
others, and sending the reminders through the same outbox.
"""

from __future__ import annotations

import datetime as dt
import email
import textwrap
from email import policy
from pathlib import Path

import pytest
from openpyxl import load_workbook

from leadocs.formats.model.network import Sender
from leadocs.mailing import BatchRequest, run_batch
from leadocs.mailing.manifest import snapshot
from leadocs.mailing.returned import read_returned
from leadocs.mailing.status import mailing_status
from tests.helpers import LIST, rows_of
from tests.mailing.test_send import Recorder, smtp_server

REFUSED = ("m.wojcik@larr.pl", "kadri.tamm@raad.tartu.ee")  # lodz, tartu
"""Three answers: konnevesi's signed PDF, braga's PDF without a signature, goteborg's .docx."""


def index_entry(key: str, file: str, mailing: str, signatures: str = "[]") -> str:
    """One entry of collect's DATA/collected.yaml."""
    return textwrap.dedent(
        f"""\
          - file: returned/{file}
            kind: loi
            recipient: {key}
            mailing: {mailing}
            data: {key}.yaml
            signatures: {signatures}
        """
    )


SENDER = Sender(name="LEA procurers network", email="lea-n@eupk.example.eu")


@pytest.fixture
def mailing(tmp_path: Path, run) -> tuple[Path, Path]:
    """A mailing sent in part, and the folder collect wrote three answers to."""
    outdir = tmp_path / "out"
    result = run_batch(
        BatchRequest(
            kind="loi",
            recipients=LIST,
            outdir=outdir,
            eml=True,
            today=dt.date(2026, 3, 1),
            jobs=1,
            sender=SENDER,
        )
    )
    assert result.written == 8
    handler = Recorder(refuse=REFUSED)
    with smtp_server(handler) as server:
        sent = run("send", outdir, "--smtp", f"127.0.0.1:{server.port}", "--yes")
    assert "Sent 6, refused 2" in sent.stderr
    with snapshot(outdir) as manifest:
        assert manifest is not None
        mailing_id = manifest.value("mailing") or ""
    data = tmp_path / "data"
    data.mkdir()
    signature = "[{field: Sig1, signer: CN=x, intact: true, valid: true, whole_file: true}]"
    (data / "collected.yaml").write_text(
        "returned:\n"
        + index_entry("konnevesi", "Scan 0042.pdf", mailing_id, signature)
        + index_entry("braga", "loi-Braga.pdf", mailing_id)
        + index_entry("goteborg", "loi-GR.docx", mailing_id)
        + index_entry("gent", "loi-Gent.docx", "another-mailing"),
        encoding="utf-8",
    )
    for key in ("konnevesi", "braga", "goteborg", "gent"):
        (data / f"{key}.yaml").write_text("organisation:\n  name: x\n", encoding="utf-8")
    return outdir, data


def test_status_counts_each_stage(mailing: tuple[Path, Path]) -> None:
    outdir, data = mailing
    found = mailing_status(outdir, data)
    assert [r.key for r in found.recipients] == [row["id"] for row in rows_of()]
    by_key = {r.key: r for r in found.recipients}
    assert by_key["lodz"].sent == "refused" and by_key["tartu"].sent == "refused"
    assert by_key["konnevesi"].sent == "sent" and by_key["konnevesi"].sent_at
    assert by_key["konnevesi"].generated == ("document", "eml")
    assert by_key["konnevesi"].name == "Päivi Häkkinen"
    assert (by_key["konnevesi"].signed, by_key["braga"].signed) == ("valid", "no")
    assert by_key["goteborg"].answered and by_key["goteborg"].signed is None  # a .docx
    assert not by_key["gent"].answered  # the answer was collected for another mailing
    assert found.totals == {
        "recipients": 8,
        "generated": 8,
        "sent": 6,
        "reminded": 0,
        "returned": 3,
        "signed": 1,
        "not_answered": 5,
    }
    assert [r.key for r in found.not_answered] == ["lodz", "tartu", "gent", "tampere", "bologna"]


def test_status_on_the_command_line_and_as_a_workbook(run, mailing: tuple[Path, Path]) -> None:
    outdir, data = mailing
    result = run("status", outdir, "--returned", data, "--xlsx", "status.xlsx")
    assert result.exit_code == 0, result.output
    assert (
        "8 recipients: 8 generated, 6 sent, 0 reminded, 3 returned, 1 signed, 5 not answered."
        in " ".join(result.stdout.split())
    )
    assert "tampere  Mikko Virtanen <mikko.virtanen@tampere.fi>" in result.stdout
    book = load_workbook("status.xlsx")
    rows = list(book["Recipients"].iter_rows(values_only=True))
    assert rows[0][:6] == ("Row", "Id", "Name", "E-mail", "Generated", "Sent")
    konnevesi = next(row for row in rows if row[1] == "konnevesi")
    assert konnevesi[4:6] == ("document, eml", "sent")
    assert konnevesi[9:11] == ("valid", "returned/Scan 0042.pdf")
    lodz = next(row for row in rows if row[1] == "lodz")
    assert (lodz[5], lodz[8], lodz[9]) == ("refused", None, None)
    totals = dict(book["Totals"].iter_rows(values_only=True))
    assert (totals["Sent"], totals["Returned"], totals["Not answered"]) == (6, 3, 5)
    missing = [row[1] for row in book["Not answered"].iter_rows(min_row=2, values_only=True)]
    assert missing == ["lodz", "tartu", "gent", "tampere", "bologna"]
    again = run("status", outdir, "--xlsx", "status.xlsx")
    assert again.exit_code == 1 and "already exists" in again.output


def test_reminders_go_only_to_those_who_have_not_answered(run, mailing: tuple[Path, Path]) -> None:
    outdir, data = mailing
    result = run("status", outdir, "--returned", data, "--remind")
    assert result.exit_code == 0, result.output
    # lodz and tartu were never sent their letter: no reminder before the letter itself
    assert "Wrote 3 reminder(s) for 5 recipient(s)" in result.stderr
    reminders = sorted((outdir / "reminders").glob("*.eml"))
    assert len(reminders) == 3
    again = run("status", outdir, "--returned", data, "--remind")
    assert "Wrote 0 reminder(s)" in again.stderr  # one at a time: the first are not sent yet
    handler = Recorder()
    with smtp_server(handler) as server:
        sent = run("send", outdir, "--smtp", f"127.0.0.1:{server.port}", "--yes")
    assert sent.exit_code == 0, sent.stderr
    assert len(handler.messages) == 5  # the two letters refused before, and three reminders
    assert "sent konnevesi" not in " ".join(sent.stderr.split())
    assert "gent (reminder 1)" in sent.stderr
    reminded = {
        str(message["To"].addresses[0].addr_spec): message
        for message in handler.parsed()
        if message["In-Reply-To"]
    }
    assert set(reminded) == {
        "lotte.desmet@stad.gent",
        "mikko.virtanen@tampere.fi",
        "giulia.ferri@comune.bologna.it",
    }
    tampere = reminded["mikko.virtanen@tampere.fi"]
    first = email.message_from_bytes(
        (outdir / "loi-Tampere.eml").read_bytes(), policy=policy.default
    )
    assert tampere["In-Reply-To"] == first["Message-ID"] != tampere["Message-ID"]
    assert tampere["Content-Language"] == first["Content-Language"] == "fi"
    assert first["Subject"] in tampere["Subject"]
    [attachment] = list(tampere.iter_attachments())
    assert attachment.get_content() == (outdir / "loi-Tampere.docx").read_bytes()
    body = tampere.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    assert body.startswith("Hyvä Mikko Virtanen,\n\nLähetimme teille ")  # in Finnish
    assert tampere["Subject"].startswith("Muistutus: ")
    assert "Ellinor Wallin" in body
    gent = reminded["lotte.desmet@stad.gent"]
    assert gent["Content-Language"] == "nl"
    assert gent["Subject"].startswith("Herinnering: ")
    assert mailing_status(outdir, data).totals["reminded"] == 3


def test_a_folder_that_is_not_a_mailing_is_an_error(run, tmp_path: Path) -> None:
    (tmp_path / "plain").mkdir()
    result = run("status", tmp_path / "plain")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"Error: {tmp_path / 'plain'}: not a mailing folder (it has no manifest.sqlite)"
    )
    assert "Traceback" not in result.output
    assert list((tmp_path / "plain").iterdir()) == []  # looking wrote nothing
    missing = run("status", tmp_path / "nowhere")
    assert missing.exit_code == 1 and f"{tmp_path / 'nowhere'}: not a folder" in missing.output


def test_remind_needs_to_know_who_answered(run, mailing: tuple[Path, Path]) -> None:
    outdir, _data = mailing
    result = run("status", outdir, "--remind")
    assert result.exit_code == 2
    assert "--remind needs --returned DATA/" in result.output
    assert not (outdir / "reminders").exists()


def test_status_writes_nothing_in_the_mailing_folder(mailing: tuple[Path, Path]) -> None:
    outdir, data = mailing
    before = {p: p.stat().st_mtime_ns for p in outdir.rglob("*")}
    mailing_status(outdir, data)
    assert {p: p.stat().st_mtime_ns for p in outdir.rglob("*")} == before


def test_answers_without_collects_index_are_files_named_by_recipient(tmp_path: Path) -> None:
    (tmp_path / "tampere.yaml").write_text("organisation: {name: x}\n", encoding="utf-8")
    (tmp_path / "unknown.yaml").write_text("organisation: {name: y}\n", encoding="utf-8")
    found, problems = read_returned(tmp_path, {"tampere", "gent"})
    assert list(found) == ["tampere"] and problems == []
    assert found["tampere"].signed is None


@pytest.mark.parametrize(
    ("signatures", "state"),
    [
        ("[{intact: true, valid: false}]", "present"),
        ("[{intact: false, valid: false}]", "broken"),
        ("[]", "no"),
    ],
)
def test_a_signature_is_reported_as_far_as_it_was_checked(
    tmp_path: Path, signatures: str, state: str
) -> None:
    (tmp_path / "collected.yaml").write_text(
        "returned:\n" + index_entry("gent", "x.pdf", "m1", signatures), encoding="utf-8"
    )
    found, _problems = read_returned(tmp_path, {"gent"}, "m1")
    assert found["gent"].signed == state


def test_an_unreadable_index_is_reported_not_fatal(run, mailing: tuple[Path, Path]) -> None:
    outdir, data = mailing
    (data / "collected.yaml").write_text("returned: [\n", encoding="utf-8")
    result = run("status", outdir, "--returned", data)
    assert result.exit_code == 0
    assert f"{data / 'collected.yaml'}:" in result.stderr and "(left out)" in result.stderr
    assert "0 returned" in result.stdout


def test_no_reminders_for_a_mailing_without_emails(run, tmp_path: Path) -> None:
    outdir = tmp_path / "out"
    run_batch(BatchRequest(kind="loi", recipients=LIST, outdir=outdir, jobs=1))
    (tmp_path / "data").mkdir()
    result = run("status", outdir, "--returned", tmp_path / "data", "--remind")
    assert result.exit_code == 2
    assert "the mailing has no e-mails to remind from" in result.output
    assert not (outdir / "reminders").exists()
    shown = run("status", outdir)
    assert shown.exit_code == 0 and "8 generated, 0 sent" in " ".join(shown.stdout.split())
