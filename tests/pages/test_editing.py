"""Editors write, moderators publish: Wagtail's default workflow on the page tree, with the
groups the first migrations create."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text

from pages.models import StandardPage
from pages.tasks import publish_scheduled
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _member(group_name):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def draft(home):
    page = StandardPage(title="صفحة جديدة", slug="new-page", live=False)
    home.add_child(instance=page)
    page.save_revision()
    return page


def _edit(client, page, action):
    data = {
        "title": "صفحة جديدة",
        "slug": "new-page",
        "intro": "مقدمة",
        "body": rich_text("<p>نص الصفحة.</p>"),
        action: "1",
    }
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_an_editor_submits_a_page_and_a_moderator_publishes_it(client, draft):
    client.force_login(_member("Editors"))
    assert _edit(client, draft, "action-publish").status_code in (302, 403)
    draft.refresh_from_db()
    assert not draft.live  # editors cannot publish

    assert _edit(client, draft, "action-submit").status_code == 302
    draft.refresh_from_db()
    state = draft.current_workflow_state
    assert state is not None and state.status == "in_progress" and not draft.live

    client.force_login(_member("Moderators"))
    task_state = state.current_task_state
    url = f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/"
    assert client.post(url, {"comment": ""}).status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live and draft.specific.intro == "مقدمة"
    assert "نص الصفحة" in client.get("/new-page/").content.decode()


def test_a_scheduled_page_goes_live_when_its_time_comes(client, draft):
    draft.go_live_at = timezone.now() + timedelta(hours=1)
    draft.save_revision().publish()
    draft.refresh_from_db()
    assert not draft.live and client.get("/new-page/").status_code == 404

    # The hour passes: the scheduled revision's time is now behind us.
    an_hour_later = timezone.now() - timedelta(minutes=1)
    revision = draft.latest_revision
    revision.approved_go_live_at = an_hour_later
    revision.content["go_live_at"] = an_hour_later.isoformat()
    revision.save()
    publish_scheduled.delay()
    assert Page.objects.get(pk=draft.pk).live
    assert client.get("/new-page/").status_code == 200


def test_the_admin_speaks_arabic_by_default(client, home):
    client.force_login(_member("Editors"))
    html = client.get("/admin/").content.decode()
    assert 'dir="rtl"' in html and 'lang="ar"' in html


def test_images_in_rich_text_are_served_as_webp(home):
    from wagtail.rich_text import expand_db_html

    from tests.factories import wagtail_image

    image = wagtail_image(name="photo.png", size=(900, 500))
    html = expand_db_html(
        f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="صورة"/>'
    )
    assert ".format-webp.webp" in html and 'alt="صورة"' in html
