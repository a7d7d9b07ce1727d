import os
import subprocess
import sys

from django.conf import settings


def test_checks_and_migrate_work_on_an_empty_database(tmp_path):
    """Nothing at import or check time may need a table: a new site starts from nothing."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}
    env.pop("REDIS_URL", None)
    for command in (["check"], ["migrate", "--no-input", "-v", "0"]):
        result = subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr[-2000:]
