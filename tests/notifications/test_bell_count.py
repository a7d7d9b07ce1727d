import pytest

from marketplace.notifications.services import notify

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("count", [0, 1, 2, 3, 11, 100])
def test_the_bell_shows_any_unread_count_in_arabic(client, user, count, settings):
    """Arabic has six plural forms; the formula needs an int for every one of them."""
    for number in range(count):
        notify(user, "account.welcome", dedupe_key=f"bell-{user.pk}-{number}")
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    if count:
        assert f"data-unread-count>{count}<" in response.content.decode()
