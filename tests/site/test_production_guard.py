import pytest
from django.core.exceptions import ImproperlyConfigured

from config.production_guard import require_real_secret_key


def test_development_key_is_refused_without_debug(settings):
    settings.DEBUG = False
    settings.SECRET_KEY = settings.DEVELOPMENT_SECRET_KEY
    with pytest.raises(ImproperlyConfigured):
        require_real_secret_key()


def test_real_key_or_debug_is_accepted(settings):
    settings.DEBUG = True
    settings.SECRET_KEY = settings.DEVELOPMENT_SECRET_KEY
    require_real_secret_key()
    settings.DEBUG = False
    settings.SECRET_KEY = "x" * 60
    require_real_secret_key()
