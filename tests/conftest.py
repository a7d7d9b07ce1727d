import os

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection
from django.utils import translation

from config.celery import app as celery_app
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _test_environment(settings, tmp_path):
    """Production-like settings, minus HTTPS (the test client and live server speak HTTP)."""
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    celery_app.conf.task_always_eager = True
    _clear_cache()
    yield
    _clear_cache()
    # LocaleMiddleware activates each request's language in the worker thread; a test that
    # ended on an English page must not make the next one build /en/ URLs.
    translation.activate(django_settings.LANGUAGE_CODE)


def _clear_cache():
    """Forget this site's cached keys only (never FLUSHDB a Redis shared with the broker)."""
    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")
    else:
        cache.clear()


@pytest.fixture
def fast_passwords(settings):
    """For modules that make many users and never log in: a cheap hasher keeps them quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def in_english():
    """Messages compared in English, whatever language a previous request left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def require_postgresql():
    """For tests of what only PostgreSQL has (row locks, trigram search): skipped on SQLite,
    failed in CI."""
    if connection.vendor != "postgresql":
        missing_server("needs PostgreSQL (set DATABASE_URL)")


def missing_server(message: str):
    """A test that needs a server it has not got: skipped on a laptop, failed in CI."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def require_services():
    """For tests that need the real servers (PostgreSQL and Redis)."""
    missing = [name for name in ("DATABASE_URL", "REDIS_URL") if not os.environ.get(name)]
    if missing:
        missing_server(f"needs {', '.join(missing)} (PostgreSQL and Redis)")


@pytest.fixture
def home(db):
    """The Arabic home page (the site root) with a plain English translation."""
    from pages.localization import english
    from pages.models import HomePage

    page = HomePage.objects.get(locale__language_code="ar")
    page.copy_for_translation(english()).save_revision().publish()
    return page


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def other_user(db):
    return UserFactory()


@pytest.fixture
def admin_user(db):
    return UserFactory(is_staff=True, is_superuser=True)
