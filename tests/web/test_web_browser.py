"""End to end in a real browser: headless Chromium (Debian's) driven by Selenium.

Sign up in two languages with a mistake each, correct it, download the letter
and read it; log in as coordinator, accept, see the KPI and the map change,
export the recipient list and run ``leadocs batch loi`` on it. Against the real
server (``leadocs serve`` in a subprocess) on SQLite and on PostgreSQL. The
screenshots of the README (docs/web/) are taken here, in the SQLite run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

from leadocs.cli import cli
from leadocs.web import store
from leadocs.web.database import open_database
from tests.helpers.docx_text import docx_to_text
from tests.web.helpers import ROOT, free_port, wait_for_server

SCREENSHOTS = ROOT / "docs" / "web"
PASSWORD = "coordinator password"

pytestmark = pytest.mark.slow


def _browser_programs() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
    driver = driver or shutil.which("chromedriver")
    if chromium and driver:
        return chromium, driver
    message = (
        "needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"Chromium is required in CI: {message}")
    pytest.skip(message)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    chromium, chromedriver = _browser_programs()
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1200,1400", "--lang=en-GB"):  # fmt: skip
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "intl.accept_languages": "en-GB,en",
        },
    )
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    driver.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[str]:
    """``leadocs serve`` on ``db_url`` with one coordinator account."""
    database = open_database(db_url)
    store.add_user(database, "coordinator", PASSWORD)
    database.dispose()
    port = free_port()
    command = [sys.executable, "-m", "leadocs", "serve", "--db", db_url, "--port", str(port),
               "--outbox", str(tmp_path / "outbox")]  # fmt: skip
    log = (tmp_path / "server.log").open("wb")
    process = subprocess.Popen(
        command, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(base, process, tmp_path / "server.log")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def _download(folder: Path, suffix: str, before: set[Path]) -> Path:
    for _ in range(100):
        found = [p for p in folder.glob(f"*{suffix}") if p not in before]
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} was downloaded")


def _type(driver: WebDriver, values: dict[str, str]) -> None:
    for name, value in values.items():
        element = driver.find_element(By.NAME, name)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        else:
            element.clear()
            element.send_keys(value)


def _tick(driver: WebDriver, name: str, *values: str) -> None:
    for value in values:
        driver.find_element(By.CSS_SELECTOR, f'input[name="{name}"][value="{value}"]').click()


def _click_and_load(driver: WebDriver, element_id: str) -> None:
    """Click a button that loads a new page, and wait until the new page is there."""
    driver.execute_script("window.leadocsOldPage = true;")
    driver.find_element(By.ID, element_id).click()
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script(
            "return window.leadocsOldPage === undefined && document.readyState === 'complete';"
        )
    )


def _error(driver: WebDriver, name: str) -> str:
    return str(driver.find_element(By.ID, f"e-{name.replace('.', '-')}").text)


def _sign_up_with_a_mistake(
    driver: WebDriver, values: dict[str, str], wrong: tuple[str, str], expected_error: str
) -> None:
    field, bad_value = wrong
    _type(driver, {**values, field: bad_value})
    _click_and_load(driver, "submit")
    assert _error(driver, field) == expected_error
    # What was typed is still there; only the mistake needs fixing.
    assert driver.find_element(By.NAME, "name").get_attribute("value") == values["name"]
    _type(driver, {field: values[field]})
    _click_and_load(driver, "submit")


def _letter_text(driver: WebDriver, downloads: Path) -> str:
    before = set(downloads.iterdir())
    driver.find_element(By.ID, "download-docx").click()
    return docx_to_text(_download(downloads, ".docx", before))


ENGLISH = {
    "name": "Halmstads kommun",
    "country": "SE",
    "address.city": "Halmstad",
    "contact.name": "Ingrid Svensson",
    "contact.email": "ingrid.svensson@halmstad.se",
    "signatory.name": "Lars Berg",
    "signatory.title": "Director of Education",
    "language": "en",
}
FINNISH = {
    "name": "Konneveden kunta",
    "country": "FI",
    "address.city": "Konnevesi",
    "contact.name": "Päivi Häkkinen",
    "contact.email": "paivi.hakkinen@konnevesi.fi",
    "signatory.name": "Jyrki Mäkelä",
    "signatory.title": "Kunnanjohtaja",
    "language": "fi",
}


def _members_kpi(driver: WebDriver, base: str) -> tuple[str, str, str]:
    driver.get(f"{base}/coordinator/members")
    states = driver.find_element(By.CSS_SELECTOR, "#kpi-states .value").text
    finland = driver.find_element(By.CSS_SELECTOR, 'path[data-country="FI"]')
    sweden = driver.find_element(By.CSS_SELECTOR, 'path[data-country="SE"]')
    return states, str(finland.get_attribute("class")), str(sweden.get_attribute("class"))


def test_sign_up_review_and_mailing_in_a_real_browser(
    browser: WebDriver, server: str, db_url: str, tmp_path: Path
) -> None:
    downloads = tmp_path / "downloads"
    screenshots = db_url.startswith("sqlite")
    browser.get(server)
    assert browser.current_url == f"{server}/en/"  # the browser's language
    _tick(browser, "type", "procurer")
    _tick(browser, "tasks", "capacity-building", "ppi-pcp")
    _type(browser, {**ENGLISH, "contact.email": "ingrid.svensson.halmstad.se"})
    _click_and_load(browser, "submit")
    assert _error(browser, "contact.email") == "This is not a valid e-mail address."
    if screenshots:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        browser.set_window_size(1200, 2750)  # the whole form, with the message at the e-mail
        browser.save_screenshot(str(SCREENSHOTS / "signup-form.png"))
        browser.set_window_size(1200, 1400)
    _type(browser, {"contact.email": ENGLISH["contact.email"]})
    _click_and_load(browser, "submit")
    assert "We have received the sign-up of Halmstads kommun" in browser.page_source
    english = _letter_text(browser, downloads)
    assert "Letter of intent for the LEA procurers network (LEA-N)" in english
    assert "Halmstads kommun" in english and "☒ attend capacity building seminars" in english

    browser.get(f"{server}/en/")
    browser.find_element(By.LINK_TEXT, "suomi").click()  # the language switch
    assert browser.current_url == f"{server}/fi/"
    _tick(browser, "type", "procurer")
    _tick(browser, "tasks", "ppi-pcp")
    _sign_up_with_a_mistake(browser, FINNISH, ("signatory.title", ""), "Tämä kenttä on pakollinen.")
    assert "Olemme vastaanottaneet organisaation Konneveden kunta" in browser.page_source
    finnish = _letter_text(browser, downloads)
    assert "Aiekirje – LEA:n hankintayksiköiden verkosto (LEA-N)" in finnish
    assert "Konneveden kunta" in finnish and "Kunnanjohtaja" in finnish

    browser.get(f"{server}/coordinator/members")
    assert "/coordinator/login" in browser.current_url
    _type(browser, {"username": "coordinator", "password": PASSWORD})
    _click_and_load(browser, "login")
    assert _members_kpi(browser, server) == ("0 / 15", "country none area", "country none area")
    browser.get(f"{server}/coordinator/")
    links = browser.find_elements(By.CSS_SELECTOR, "#submissions tbody a")
    for href in [link.get_attribute("href") for link in links]:
        browser.get(str(href))
        _click_and_load(browser, "accept")
    assert _members_kpi(browser, server) == ("2 / 15", "country one area", "country one area")
    if screenshots:
        browser.set_window_size(1200, 1900)
        browser.save_screenshot(str(SCREENSHOTS / "coordinator-kpi.png"))

    before = set(downloads.iterdir())
    browser.find_element(By.ID, "export-xlsx").click()
    recipients = _download(downloads, ".xlsx", before)
    out = tmp_path / "mailing"
    result = CliRunner().invoke(cli, ["batch", "loi", str(recipients), "-o", str(out)])
    assert result.exit_code == 0, result.output
    letters = sorted(out.glob("*.docx"))
    assert len(letters) == 2
    texts = "\n".join(docx_to_text(letter) for letter in letters)
    assert "Halmstads kommun" in texts and "Konneveden kunta" in texts
