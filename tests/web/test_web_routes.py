"""Every route of the web desk through Flask's test client, on SQLite and PostgreSQL."""

from __future__ import annotations

import email
import io
import re
import zipfile
from pathlib import Path

import pytest
import yaml
from flask.testing import FlaskClient
from markupsafe import escape
from openpyxl import load_workbook

from leadocs.i18n import catalogue
from leadocs.i18n.languages import shipped_languages
from leadocs.web import store
from leadocs.web.database import Database
from leadocs.web.settings import WebSettings
from tests.helpers.docx_text import docx_to_text
from tests.web.helpers import KONNEVESI, csrf_token, errors_of, log_in, post_form


def sign_up(client: FlaskClient, data: dict[str, object], lang: str = "fi") -> str:
    """Post a sign-up; return the confirmation page's path."""
    response = post_form(client, f"/{lang}/", data)
    assert response.status_code == 303, errors_of(response.get_data(as_text=True))
    return str(response.location)


def test_the_home_page_follows_the_browser_language(sqlite_client: FlaskClient) -> None:
    client = sqlite_client
    assert client.get("/", headers={"Accept-Language": "sv-SE,sv;q=0.9"}).location == "/sv/"
    assert client.get("/", headers={"Accept-Language": "ja"}).location == "/en/"
    assert client.get("/xx/").status_code == 404


def _web_patterns(lang: str) -> dict[str, str]:
    patterns = catalogue(lang).patterns().items()
    return {key.removeprefix("web."): text for key, text in patterns if key.startswith("web.")}


@pytest.mark.parametrize("lang", shipped_languages())
def test_the_forms_are_in_every_language_with_a_switch_to_the_others(
    sqlite_client: FlaskClient, lang: str
) -> None:
    client = sqlite_client
    texts = {key: str(escape(text)) for key, text in _web_patterns(lang).items()}
    signup = client.get(f"/{lang}/").get_data(as_text=True)
    assert f'<html lang="{lang}">' in signup
    assert texts["submit_signup"] in signup and texts["field_name"] in signup
    assert "attend capacity building" not in signup or lang == "en"  # tasks translated too
    for other in shipped_languages():
        if other != lang:
            assert f'href="/{other}/"' in signup
    request = client.get(f"/{lang}/assistance").get_data(as_text=True)
    assert texts["field_assistance"] in request and f'href="/{other}/assistance"' in request


def test_a_mistake_is_shown_next_to_its_field_and_what_was_typed_is_kept(
    client: FlaskClient, database: Database
) -> None:
    data = {**KONNEVESI, "contact.email": "paivi.konnevesi.fi", "signatory.title": ""}
    response = post_form(client, "/de/", data)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert errors_of(html) == {
        "contact.email": "Das ist keine gültige E-Mail-Adresse.",
        "signatory.title": "Dieses Feld ist erforderlich.",
    }
    assert 'value="paivi.konnevesi.fi"' in html and 'value="Keskustie 33"' in html
    assert re.search(r'value="ppi-pcp" checked', html)
    assert '<option value="FI" selected>' in html
    assert store.list_submissions(database) == []


def test_the_models_own_checks_apply(client: FlaskClient) -> None:
    data = {**KONNEVESI, "website": "not a site", "tasks": ["no-such-task"], "address.city": ""}
    html = post_form(client, "/en/", data).get_data(as_text=True)
    assert errors_of(html) == {
        "website": "This is not a web address (for example https://www.example.eu).",
        "address.city": "This field is required.",
    }
    html = post_form(client, "/en/", {**KONNEVESI, "tasks": ["no-such-task"]}).get_data(
        as_text=True
    )
    assert errors_of(html) == {"tasks": "Choose among the options shown."}


def test_a_sign_up_is_stored_and_answered_with_its_letter_and_a_confirmation(
    client: FlaskClient, database: Database, site: WebSettings
) -> None:
    done = sign_up(client, KONNEVESI)
    rows = store.list_submissions(database)
    assert [(r.name, r.kind, r.status, r.lang) for r in rows] == [
        ("Konneveden kunta", "member", "pending", "fi")
    ]
    page = client.get(done).get_data(as_text=True)
    assert "Olemme vastaanottaneet organisaation Konneveden kunta ilmoittautumisen" in page
    link = re.search(r'href="(/documents/[^"]+\.docx)"', page)
    assert link is not None
    letter = client.get(link.group(1))
    assert letter.headers["Content-Disposition"].startswith("attachment")
    text = docx_to_text(letter.data)
    assert "Konneveden kunta" in text and "Aiekirje" in text
    assert "☒ osallistuminen LEA:n järjestämiin osaamisen kehittämisen seminaareihin" in text
    (message_file,) = sorted(site.outbox.glob("*.eml"))
    message = email.message_from_bytes(message_file.read_bytes())
    assert message["To"] == "=?utf-8?b?UMOkaXZpIEjDpGtraW5lbg==?= <paivi.hakkinen@konnevesi.fi>"
    (attachment,) = [part for part in message.walk() if part.get_filename()]
    assert attachment.get_filename() == "loi-Konnevesi.docx"
    assert rows[0].id == store.list_submissions(database)[0].id
    assert store.list_submissions(database)[0].email_file == message_file.name


def test_reloading_the_confirmation_stores_nothing_twice(
    client: FlaskClient, database: Database
) -> None:
    done = sign_up(client, KONNEVESI)
    for _ in range(3):
        assert client.get(done).status_code == 200
    assert len(store.list_submissions(database)) == 1
    assert client.get("/fi/done/unknown-token").status_code == 404
    assert client.get("/documents/unknown-token.docx").status_code == 404


def test_the_assistance_request_gives_the_filled_form(
    client: FlaskClient, database: Database
) -> None:
    data = {key: value for key, value in KONNEVESI.items() if key not in ("tasks", "experience")}
    missing = post_form(client, "/en/assistance", data)
    assert errors_of(missing.get_data(as_text=True)) == {"assistance": "This field is required."}
    data.update(assistance="Help with a PPI tender.", timeline="Spring 2027", language="en")
    response = post_form(client, "/en/assistance", data)
    assert response.status_code == 303
    (row,) = store.list_submissions(database, kind="assistance")
    page = client.get(response.location).get_data(as_text=True)
    link = re.search(r'href="(/documents/[^"]+\.docx)"', page)
    assert link is not None
    text = docx_to_text(client.get(link.group(1)).data)
    assert "Help with a PPI tender." in text and "Spring 2027" in text
    assert row.data["assistance"] == "Help with a PPI tender."


def test_the_coordinator_reviews_and_accepts_and_the_kpi_follows(
    client: FlaskClient, database: Database
) -> None:
    sign_up(client, KONNEVESI)
    sign_up(client, {**KONNEVESI, "name": "Braga", "country": "PT", "type": ["school"]}, "pt")
    log_in(client, database)
    listing = client.get("/coordinator/").get_data(as_text=True)
    assert "Konneveden kunta" in listing and "Braga" in listing
    before = client.get("/coordinator/members").get_data(as_text=True)
    assert re.search(r'id="kpi-states"><span class="value">0 / 15<', before)
    for row in store.list_submissions(database):
        form = client.get(f"/coordinator/submissions/{row.id}").get_data(as_text=True)
        version = re.search(r'name="version" value="(\d+)"', form)
        assert version is not None
        data = {**KONNEVESI, "name": row.name, "country": row.country, "type": row.data["type"]}
        response = post_form(
            client,
            f"/coordinator/submissions/{row.id}",
            {**data, "version": version.group(1), "action": "accept"},
        )
        assert response.status_code == 303
    after = client.get("/coordinator/members").get_data(as_text=True)
    assert re.search(r'id="kpi-states"><span class="value">2 / 15<', after)
    assert re.search(r'id="kpi-procurers"><span class="value">1<', after)
    assert re.search(r'id="kpi-others"><span class="value">1<', after)
    assert 'data-country="FI" data-members="1"' in after
    assert 'data-country="SE" data-members="0"' in after
    assert re.search(r"<td>Konnevesi Municipality</td><td>FI</td><td>1 / 1</td>", after)


def test_a_coordinator_edit_is_validated_and_saved(client: FlaskClient, database: Database) -> None:
    sign_up(client, KONNEVESI)
    log_in(client, database)
    (row,) = store.list_submissions(database)
    url = f"/coordinator/submissions/{row.id}"
    bad = post_form(client, url, {**KONNEVESI, "country": "XX", "version": str(row.version)})
    assert bad.status_code == 422
    assert errors_of(bad.get_data(as_text=True)) == {"country": "Choose a country from the list."}
    good = post_form(client, url, {**KONNEVESI, "name": "Konnevesi", "version": str(row.version)})
    assert good.status_code == 303
    saved = store.get_submission(database, row.id)
    assert saved is not None and (saved.name, saved.status, saved.reviewed_by) == (
        "Konnevesi",
        "pending",
        "coordinator",
    )


def test_an_edit_of_a_changed_submission_is_refused_with_409(
    client: FlaskClient, database: Database
) -> None:
    sign_up(client, KONNEVESI)
    log_in(client, database)
    (row,) = store.list_submissions(database)
    store.review_submission(database, row.id, row.version, reviewer="other", status="rejected")
    response = post_form(
        client,
        f"/coordinator/submissions/{row.id}",
        {**KONNEVESI, "version": str(row.version), "action": "accept"},
    )
    assert response.status_code == 409
    assert "changed by someone else" in response.get_data(as_text=True)
    current = store.get_submission(database, row.id)
    assert current is not None and current.status == "rejected"


def test_exports_are_read_by_leadocs_itself(
    client: FlaskClient, database: Database, tmp_path: Path
) -> None:
    from leadocs.formats.files import builtin_network, load_organisation
    from leadocs.mailing.sources.recipients import load_recipients

    sign_up(client, KONNEVESI)
    (row,) = store.list_submissions(database)
    store.review_submission(database, row.id, row.version, reviewer="x", status="accepted")
    log_in(client, database)
    for name in ("recipients.csv", "recipients.xlsx"):
        response = client.get(f"/coordinator/export/{name}")
        assert response.status_code == 200
        path = tmp_path / name
        path.write_bytes(response.data)
        (recipient,) = load_recipients(path, builtin_network())
        assert recipient.organisation.name == "Konneveden kunta"
        assert recipient.organisation.tasks == ["capacity-building", "ppi-pcp"]
    archive = zipfile.ZipFile(io.BytesIO(client.get("/coordinator/export/members.zip").data))
    assert archive.namelist() == ["Konnevesi.yaml"]
    member = tmp_path / "Konnevesi.yaml"
    member.write_bytes(archive.read("Konnevesi.yaml"))
    assert load_organisation(member).organisation.signatory.name == "Jyrki Mäkelä"
    assert yaml.safe_load(member.read_text())["organisation"]["country"] == "FI"
    book = load_workbook(io.BytesIO(client.get("/coordinator/export/kpi.xlsx").data))
    assert book.sheetnames == ["KPI", "Countries", "Partners"]
    summary = {row[0]: row[1] for row in book["KPI"].iter_rows(min_row=2, values_only=True)}
    assert summary["EU member states covered"] == 1 and summary["Procurers"] == 1
    assert client.get("/coordinator/export/nothing.txt").status_code == 404


def test_contact_points_are_managed_by_coordinators_and_shown_publicly(
    client: FlaskClient, database: Database
) -> None:
    assert "contacts_none" not in client.get("/en/contacts").get_data(as_text=True)
    log_in(client, database)
    bad = post_form(client, "/coordinator/contacts", {"country": "FI", "email": "x"})
    assert bad.status_code == 422
    good = post_form(
        client,
        "/coordinator/contacts",
        {"country": "FI", "organisation": "Hansel", "name": "Liisa", "email": "l@hansel.fi"},
    )
    assert good.status_code == 303
    public = client.get("/fi/contacts").get_data(as_text=True)
    assert "Hansel" in public and "Suomi" in public
    (contact,) = store.contact_points(database)
    token = csrf_token(client, "/coordinator/contacts")
    removed = client.post(
        f"/coordinator/contacts/{contact.id}/delete",
        data={"csrf_token": token, "version": str(contact.version)},
    )
    assert removed.status_code == 303
    assert store.contact_points(database) == []
    assert catalogue("en").text("web", "contacts_none") in client.get("/en/contacts").get_data(
        as_text=True
    )


def test_logging_out_ends_the_session(client: FlaskClient, database: Database) -> None:
    log_in(client, database)
    assert client.get("/coordinator/").status_code == 200
    token = csrf_token(client, "/coordinator/")
    assert client.post("/coordinator/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/coordinator/").status_code == 302


@pytest.mark.soffice
def test_the_letter_is_offered_as_pdf_where_libreoffice_is_installed(
    sqlite_database: Database, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from leadocs.web.app import create_app
    from tests.helpers.soffice_required import require_soffice
    from tests.web.helpers import make_site

    require_soffice()
    client = create_app(make_site(sqlite_database, tmp_path, pdf=None)).test_client()
    response = post_form(client, "/en/", {**KONNEVESI, "language": "en"})
    page = client.get(response.location).get_data(as_text=True)
    link = re.search(r'id="download-pdf" href="([^"]+)"', page)
    assert link is not None
    pdf = client.get(link.group(1))
    assert pdf.mimetype == "application/pdf"
    reader = PdfReader(io.BytesIO(pdf.data))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Konneveden kunta" in text and "Letter of intent" in text
    assert reader.metadata is not None and reader.metadata.subject == "Konneveden kunta"


@pytest.mark.parametrize("kind", ["member", "assistance"])
def test_the_web_desk_renders_the_same_document_as_the_command_line(
    sqlite_database: Database, kind: str
) -> None:
    from leadocs.documents.build import make_document
    from leadocs.documents.subject import DocumentSubject
    from leadocs.formats.files import builtin_network
    from leadocs.formats.model import Organisation
    from leadocs.web.documents import document_of

    # The letter is in the organisation's own language, so its name carries none.
    data = {**KONNEVESI_DATA, "assistance": "Help with a PPI tender.", "language": "fi"}
    organisation = Organisation.model_validate(data)
    row = store.add_submission(sqlite_database, kind, organisation, "fi")
    web = document_of(row, builtin_network())
    command = make_document(
        "loi" if kind == "member" else "assistance",
        DocumentSubject(builtin_network(), organisation=organisation),
        lang="fi",
        today=row.created_at.date(),
        fallback_lang="en",
    )
    assert docx_to_text(web.data) == docx_to_text(command.data)
    assert (web.stem, web.title, web.author, web.subject, web.keywords) == (
        command.stem,
        command.title,
        command.author,
        command.subject,
        command.keywords,
    )


KONNEVESI_DATA = {
    "name": "Konneveden kunta",
    "short_name": "Konnevesi",
    "type": ["procurer"],
    "country": "FI",
    "address": {"street": "Keskustie 33", "city": "Konnevesi"},
    "contact": {"name": "Päivi Häkkinen", "email": "paivi.hakkinen@konnevesi.fi"},
    "signatory": {"name": "Jyrki Mäkelä", "title": "Kunnanjohtaja"},
    "tasks": ["capacity-building", "ppi-pcp"],
}


def test_the_letter_is_in_the_language_the_organisation_chose(
    sqlite_client: FlaskClient, sqlite_database: Database
) -> None:
    response = post_form(sqlite_client, "/en/", {**KONNEVESI, "language": "sv"})
    page = sqlite_client.get(response.location).get_data(as_text=True)
    assert "We have received the sign-up of Konneveden kunta" in page  # the page stays English
    link = re.search(r'href="(/documents/[^"]+\.docx)"', page)
    assert link is not None
    text = docx_to_text(sqlite_client.get(link.group(1)).data)
    assert "Avsiktsförklaring" in text
    (row,) = store.list_submissions(sqlite_database)
    assert row.lang == "sv"


def test_the_coordinators_pages_follow_the_browsers_language(
    sqlite_client: FlaskClient, sqlite_database: Database
) -> None:
    post_form(sqlite_client, "/fi/", KONNEVESI)
    log_in(sqlite_client, sqlite_database)
    finnish = {"Accept-Language": "fi"}
    listing = sqlite_client.get("/coordinator/", headers=finnish).get_data(as_text=True)
    assert "Kirjaudu ulos (coordinator)" in listing and "ilmoittautuminen" in listing
    members = sqlite_client.get("/coordinator/members", headers=finnish).get_data(as_text=True)
    assert "Katetut EU-jäsenvaltiot (kriittinen massa: 15)" in members
    assert 'aria-label="Jäsenet maittain"' in members and "<title>Ruotsi: 0</title>" in members
    english = sqlite_client.get("/coordinator/members").get_data(as_text=True)
    assert "EU member states covered (critical mass: 15)" in english
