"""Steps the browser journeys share."""

from tests.factories import PASSWORD


def log_in(page, base_url, user):
    """Log ``user`` in through the login form (their e-mail and the factories' password)."""
    page.goto(base_url + "/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")
