"""The database side, on SQLite and on a real PostgreSQL: records, locking, accounts, backups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from leadocs.errors import DataError, UsageError
from leadocs.formats.model import Organisation
from leadocs.web import backup, store
from leadocs.web.database import Database, open_database
from leadocs.web.schema import Status, Submission
from leadocs.web.store import ContactInput, EditConflict


def organisation(name: str = "Konneveden kunta", country: str = "FI") -> Organisation:
    return Organisation.model_validate(
        {
            "name": name,
            "country": country,
            "type": ["procurer"],
            "contact": {"name": "Päivi Häkkinen", "email": "paivi@konnevesi.fi"},
            "signatory": {"name": "Jyrki Mäkelä", "title": "Municipal Manager"},
            "tasks": ["capacity-building"],
        }
    )


def test_a_submission_is_stored_with_its_organisation_data(database: Database) -> None:
    saved = store.add_submission(database, "member", organisation(), "fi")
    found = store.get_submission(database, saved.id)
    assert found is not None
    assert (found.name, found.country, found.status, found.lang) == (
        "Konneveden kunta",
        "FI",
        Status.PENDING,
        "fi",
    )
    assert Organisation.model_validate(found.data) == organisation()
    assert store.submission_by_token(database, saved.token) is not None
    assert store.submission_by_token(database, "not-a-token") is None


def test_migrations_run_once_and_reopening_keeps_the_records(db_url: str) -> None:
    first = open_database(db_url)
    store.add_submission(first, "member", organisation(), "en")
    first.dispose()
    again = open_database(db_url)
    with again.engine.connect() as connection:
        version = connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == "0001"
    assert len(store.list_submissions(again)) == 1
    again.dispose()


def test_two_coordinators_editing_the_same_submission_do_not_overwrite_each_other(
    database: Database,
) -> None:
    saved = store.add_submission(database, "member", organisation(), "en")
    seen = saved.version  # both coordinators opened the page at this version
    store.review_submission(
        database, saved.id, seen, reviewer="anna", organisation=organisation("Konnevesi (A)")
    )
    with pytest.raises(EditConflict) as conflict:
        store.review_submission(
            database,
            saved.id,
            seen,
            reviewer="bert",
            status=Status.ACCEPTED,
            organisation=organisation("Konnevesi (B)"),
        )
    assert "changed by someone else" in conflict.value.message
    current = store.get_submission(database, saved.id)
    assert current is not None
    assert (current.name, current.status, current.reviewed_by) == (
        "Konnevesi (A)",
        Status.PENDING,
        "anna",
    )
    store.review_submission(
        database, saved.id, current.version, reviewer="bert", status=Status.ACCEPTED
    )
    assert [row.name for row in store.accepted_members(database)] == ["Konnevesi (A)"]


def test_the_database_itself_refuses_a_stale_version(database: Database) -> None:
    # Two sessions read the row; the second writer's UPDATE carries the old version.
    saved = store.add_submission(database, "member", organisation(), "en")
    with database.session() as one, database.session() as two:
        first = one.get(Submission, saved.id)
        second = two.get(Submission, saved.id)
        assert first is not None and second is not None
        first.status = Status.ACCEPTED
        one.commit()
        second.status = Status.REJECTED
        with pytest.raises(sa.orm.exc.StaleDataError):
            two.commit()
    found = store.get_submission(database, saved.id)
    assert found is not None and found.status == Status.ACCEPTED


def test_accounts_check_the_password_and_store_only_a_hash(database: Database) -> None:
    store.add_user(database, "anna", "a long password")
    assert store.check_password(database, "anna", "a long password")
    assert not store.check_password(database, "anna", "a long passwore")
    assert not store.check_password(database, "nobody", "a long password")
    with database.engine.connect() as connection:
        stored = connection.execute(sa.text("SELECT password_hash FROM users")).scalar()
    assert isinstance(stored, str) and stored.startswith("$argon2id$")
    assert "a long password" not in stored
    with pytest.raises(UsageError, match="at least 10"):
        store.add_user(database, "bert", "short")


def fill(db: Database) -> None:
    db.secret_key()
    store.add_user(db, "anna", "a long password")
    accepted = store.add_submission(db, "member", organisation(), "fi")
    store.review_submission(db, accepted.id, accepted.version, reviewer="anna", status="accepted")
    store.add_submission(db, "assistance", organisation("Łódź <agency>", "PL"), "pl")
    store.add_contact_point(db, ContactInput("FI", "Hansel", "Liisa", "liisa@hansel.fi", "+358 1"))


def test_a_backup_round_trips_every_record(database: Database, db_url: str, tmp_path: Path) -> None:
    fill(database)
    target = tmp_path / "backup.json"
    counts = backup.dump(database, target)
    assert counts == {"contact_points": 1, "settings": 1, "submissions": 2, "users": 1}
    if db_url.startswith("sqlite"):
        restored_url = f"sqlite:///{tmp_path / 'restored.sqlite'}"
    else:
        restored_url = db_url.rsplit("/", 1)[0] + "/postgres"
        restored_url = _fresh_postgres_database(restored_url)
    restored = open_database(restored_url)
    backup.load(restored, target)
    assert backup.snapshot(restored) == backup.snapshot(database)
    # New rows continue after the restored ids.
    added = store.add_submission(restored, "member", organisation("Next"), "en")
    assert added.id == 3
    assert store.check_password(restored, "anna", "a long password")
    restored.dispose()


def _fresh_postgres_database(admin_url: str) -> str:
    import uuid

    name = f"r_{uuid.uuid4().hex[:10]}"
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def test_a_backup_is_loaded_into_an_empty_database_only(database: Database, tmp_path: Path) -> None:
    fill(database)
    target = tmp_path / "backup.json"
    backup.dump(database, target)
    with pytest.raises(UsageError, match="already has records"):
        backup.load(database, target)
    assert len(store.list_submissions(database)) == 2


def test_a_file_that_is_no_backup_is_refused(sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"format": "something else"}))
    with pytest.raises(DataError, match="not a leadocs web backup"):
        backup.load(db, other)
    assert store.list_submissions(db) == []


def test_contact_points_are_listed_by_country_and_removed_by_version(database: Database) -> None:
    store.add_contact_point(database, ContactInput("SE", "Adda", "Olle", "olle@adda.se"))
    fi = store.add_contact_point(database, ContactInput("FI", "Hansel", "Liisa", "l@hansel.fi"))
    assert [c.country for c in store.contact_points(database)] == ["FI", "SE"]
    with pytest.raises(EditConflict):
        store.delete_contact_point(database, fi.id, fi.version + 1)
    store.delete_contact_point(database, fi.id, fi.version)
    assert [c.country for c in store.contact_points(database)] == ["SE"]
