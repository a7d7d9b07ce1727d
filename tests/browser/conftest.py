import shutil
from pathlib import Path

import pytest
from django.db import connections

from tests.conftest import missing_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def _plain_http():
    """The live server speaks plain HTTP: switch HTTPS-only settings off before it starts
    (its middleware reads them once, when the server thread starts)."""
    from django.test import override_settings

    plain_http = override_settings(
        SECURE_SSL_REDIRECT=False,
        SECURE_HSTS_SECONDS=0,
        SESSION_COOKIE_SECURE=False,
        CSRF_COOKIE_SECURE=False,
    )
    plain_http.enable()
    yield
    plain_http.disable()


@pytest.fixture(scope="session")
def live_server(_plain_http, live_server):
    return live_server


@pytest.fixture
def chromium(monkeypatch):
    """A fresh browser per test. Playwright's sync API switches greenlets, which gives Django
    other database connection objects; starting it after the test database is set up and
    stopping it before the teardown keeps the transactional tests' restore on one connection."""
    if not shutil.which(CHROMIUM):
        missing_server("Debian's chromium package is not installed (apt-get install chromium)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are still ordinary synchronous calls.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
        # While Playwright's loop runs, Django keys connections to the async context: close
        # the ones the test opened there, or they outlive the test database.
        connections.close_all()


@pytest.fixture
def page_at(chromium):
    contexts = []

    def open_page(width, height=900, **options):
        context = chromium.new_context(viewport={"width": width, "height": height}, **options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
