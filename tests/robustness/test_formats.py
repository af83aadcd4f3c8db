"""Any YAML file, however broken, gives a result or a LeadocsError: never another exception.

The files start from the examples and are edited at random (text edits, and
values replaced anywhere in the data); every command that reads them is run:
``validate``, loading an organisation with its network, and making its letter.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

from leadocs.errors import LeadocsError
from leadocs.validate import check_file
from tests.helpers import EXAMPLES
from tests.robustness import ROBUST, survives
from tests.robustness.strategies import changed_data, edited_text

ORGANISATION = (EXAMPLES / "orgs" / "konnevesi.yaml").read_text("utf-8")
NETWORK = (EXAMPLES / "networks" / "nordic.yaml").read_text("utf-8")
PROCUREMENT = (EXAMPLES / "procurements" / "ppi-learning-platform.yaml").read_text("utf-8")


def checked(text: str | bytes, name: str = "data.yaml") -> None:
    """Run ``validate``'s check on ``text``: it reports problems, it never raises."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "replace"))
        result = check_file(path)
        assert all(str(problem) for problem in result.problems)


def letter_of(text: str) -> None:
    """Load ``text`` as an organisation and make its letter, or fail with a LeadocsError."""
    from leadocs.documents.build import make_document
    from leadocs.documents.kinds import DocumentSubject
    from leadocs.formats.files import load_organisation

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "org.yaml"
        path.write_text(text, "utf-8", errors="replace")
        loaded = survives(lambda: load_organisation(path))
        if loaded is not None:
            subject = DocumentSubject(loaded.network, organisation=loaded.organisation)
            survives(lambda: make_document("loi", subject))


def dumped(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@ROBUST
@given(edited_text(ORGANISATION))
def test_edited_organisation_files(text: str) -> None:
    checked(text)
    letter_of(text)


@ROBUST
@given(changed_data(yaml.safe_load(ORGANISATION)))
def test_organisation_files_with_any_value_anywhere(data: Any) -> None:
    checked(dumped(data))
    letter_of(dumped(data))


@ROBUST
@given(st.sampled_from([NETWORK, PROCUREMENT]).flatmap(edited_text))
def test_edited_network_and_procurement_files(text: str) -> None:
    checked(text)


@ROBUST
@given(st.sampled_from([NETWORK, PROCUREMENT]).flatmap(lambda t: changed_data(yaml.safe_load(t))))
def test_network_and_procurement_files_with_any_value_anywhere(data: Any) -> None:
    checked(dumped(data))


@ROBUST
@given(st.binary(max_size=200))
def test_any_bytes(data: bytes) -> None:
    checked(data)
    checked(data, "list.csv")
    checked(data, "list.xlsx")


def test_survives_lets_only_leadocs_errors_through() -> None:
    # the suite's own check must be able to fail
    def broken() -> None:
        raise KeyError("a bug")

    try:
        survives(broken)
    except KeyError:
        pass
    else:
        raise AssertionError("survives() swallowed a KeyError")
    assert survives(lambda: (_ for _ in ()).throw(LeadocsError("fine"))) is None
