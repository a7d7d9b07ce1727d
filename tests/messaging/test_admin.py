"""Staff see reported and flagged messages in the admin, read the conversation, and resolve
the report with a note."""

from django.urls import reverse

from marketplace.messaging import services
from marketplace.messaging.models import MessageReport


def test_moderators_see_reports_and_resolve_them(client, buyer, seller, moderator, question):
    services.report_message(question, seller, "spam", "يعلن عن موقع آخر")
    flagged = services.send_message(
        question.conversation, buyer, "رقمي 0912345678", confirm_contact=True
    )
    client.force_login(moderator)
    listing = client.get(reverse("wagtailsnippets_messaging_messagereport:list"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "هل يمكنك تصميم شعار لمتجري؟" in html and "رقمي 0912345678" in html
    assert question.conversation.get_absolute_url() in html  # "read the conversation"

    report = MessageReport.objects.get(message=flagged)
    url = reverse("messaging_resolve_report", args=[report.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"note": "تم تنبيه المشتري"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.resolved_by, report.resolution_note) == (
        "resolved",
        moderator,
        "تم تنبيه المشتري",
    )
    assert report.resolved_at is not None


def test_users_without_the_permission_cannot_resolve(client, seller, question):
    report = services.report_message(question, seller, "abuse")
    client.force_login(seller)
    response = client.post(reverse("messaging_resolve_report", args=[report.pk]), {"note": "x"})
    assert response.status_code in (302, 403)
    report.refresh_from_db()
    assert report.status == "open"
