"""Review through Wagtail's workflow, the seller's pause, the staff's suspension: what is
public, what the search finds, who is told, and what the log keeps."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry, WorkflowState

from marketplace.catalog import services
from marketplace.catalog.models import Service, ServiceSearchEntry
from marketplace.catalog.moderation import service_workflow
from marketplace.catalog.search.query import search_services
from marketplace.notifications.models import Notification
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REASON = "الصور غير واضحة، أضف أمثلة من أعمالك السابقة"


def found(query) -> list[int]:
    return list(search_services(q=query).services.values_list("pk", flat=True))


def emails_of(notification):
    """The e-mails sent for ``notification`` (Wagtail's own workflow e-mails are others)."""
    user = notification.user
    with translation.override(user.language):
        subject = " ".join(notification.title.split())
    return [m for m in mail.outbox if m.to == [user.email] and m.subject == subject]


def actions(service) -> list[str]:
    return list(
        ModelLogEntry.objects.for_instance(service)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_a_new_service_waits_for_review_unseen(tree, seller, submit_service, client):
    service = submit_service(seller, tree.logo)
    assert not service.live
    assert service.moderation_status == "pending"
    state = service.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == service_workflow()
    assert state.current_task_state.status == "in_progress"
    assert not Service.objects.public().exists()
    assert not ServiceSearchEntry.objects.exists()
    assert found("شعار") == []
    assert client.get(service.get_absolute_url()).status_code == 404


def test_approval_publishes_and_tells_the_seller(tree, seller, moderator, submit_service, approve):
    service = submit_service(seller, tree.logo)
    service = approve(service, moderator)

    assert service.live and service.is_public
    assert service.moderation_status == "approved" and service.rejection_reason == ""
    assert service.current_workflow_state is None
    assert list(Service.objects.public()) == [service]
    assert found("تصميم شعار") == [service.pk]

    notification = Notification.objects.get(user=seller, event="service.approved")
    assert notification.context["title"] == service.title
    assert notification.url == service.get_absolute_url()
    [email] = emails_of(notification)
    assert service.title in email.subject
    assert service.get_absolute_url() in email.body
    notification.refresh_from_db()
    assert notification.email_status == "sent"

    log = ModelLogEntry.objects.for_instance(service).get(action="wagtail.workflow.approve")
    assert log.user == moderator


def test_requesting_changes_sends_the_reason(
    tree, seller, moderator, submit_service, request_changes
):
    service = request_changes(submit_service(seller, tree.logo), moderator, REASON)

    assert not service.live
    assert service.moderation_status == "rejected"
    assert service.rejection_reason == REASON
    assert service.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not Service.objects.public().exists()

    notification = Notification.objects.get(user=seller, event="service.rejected")
    assert notification.context["reason"] == REASON
    assert notification.url == reverse("catalog:my_services")
    [email] = emails_of(notification)
    assert REASON in email.body
    assert REASON in email.alternatives[0][0]

    log = ModelLogEntry.objects.for_instance(service).get(action="wagtail.workflow.reject")
    assert log.user == moderator
    assert log.data["comment"] == REASON


def test_the_seller_edits_and_resubmits_after_changes_were_requested(
    tree, seller, moderator, submit_service, request_changes, edit_service, approve
):
    service = request_changes(submit_service(seller, tree.logo), moderator, REASON)
    state = service.current_workflow_state

    service = edit_service(service, title="تصميم شعار احترافي مع أمثلة واضحة")
    assert service.moderation_status == "pending"
    assert service.rejection_reason == ""
    assert not service.live
    resumed = service.current_workflow_state
    assert resumed.pk == state.pk  # the same workflow, resumed
    assert resumed.status == WorkflowState.STATUS_IN_PROGRESS
    assert "wagtail.workflow.resume" in actions(service)

    service = approve(service, moderator)
    assert service.is_public and service.title == "تصميم شعار احترافي مع أمثلة واضحة"
    assert Notification.objects.filter(user=seller, event="service.approved").count() == 1


def test_an_edit_of_a_live_service_stays_private_until_approved(
    live_service, seller, moderator, edit_service, approve, client
):
    old_title, old_price = live_service.title, live_service.price
    url = live_service.get_absolute_url()
    mail.outbox.clear()

    service = edit_service(live_service, title="خدمة ترجمة فورية للوثائق الرسمية", price="300")
    assert service.has_pending_edit
    assert service.moderation_status == "pending"
    # The live row is still the approved version.
    assert (service.title, service.price, service.live) == (old_title, old_price, True)
    page = client.get(url)
    assert page.status_code == 200
    assert old_title in page.text and "ترجمة فورية" not in page.text
    assert found("لشركتك") == [service.pk]
    assert found("فورية") == []
    api = client.get(reverse("api:service_detail", args=[service.pk])).json()
    assert api["title"] == old_title and api["price"] == "120.000"

    service = approve(service, moderator)
    assert service.title == "خدمة ترجمة فورية للوثائق الرسمية"
    assert str(service.price) == "300.000"
    assert service.moderation_status == "approved"
    page = client.get(service.get_absolute_url())
    assert page.status_code == 200 and "ترجمة فورية" in page.text
    assert found("فورية") == [service.pk]
    assert found("لشركتك") == []
    assert service.get_absolute_url() == url  # the address stays stable


def test_a_rejected_edit_leaves_the_live_version_public(
    live_service, moderator, edit_service, request_changes, client
):
    service = edit_service(live_service, title="عنوان جديد لم تتم الموافقة عليه")
    service = request_changes(service, moderator, REASON)
    assert service.moderation_status == "rejected" and service.rejection_reason == REASON
    assert service.is_public and service.title == live_service.title
    assert client.get(service.get_absolute_url()).status_code == 200
    assert found("تصميم شعار") == [service.pk]


def test_seller_pause_and_resume(live_service, seller, client, django_capture_on_commit_callbacks):
    url = live_service.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        service = services.pause(live_service, seller)
    assert service.is_paused and not service.is_public
    assert not Service.objects.public().exists()
    assert not ServiceSearchEntry.objects.exists()
    assert found("شعار") == []
    assert client.get(url).status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        service = services.resume(service, seller)
    assert service.is_public
    assert found("شعار") == [service.pk]
    assert client.get(url).status_code == 200
    assert actions(service)[-2:] == ["catalog.pause", "catalog.resume"]
    pause_log = ModelLogEntry.objects.for_instance(service).get(action="catalog.pause")
    assert pause_log.user == seller


def test_staff_suspend_and_restore(
    live_service, seller, moderator, client, django_capture_on_commit_callbacks
):
    url = live_service.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        service = services.suspend(live_service, moderator, "محتوى منسوخ من بائع آخر")
    assert service.is_suspended and service.suspension_reason == "محتوى منسوخ من بائع آخر"
    assert not Service.objects.public().exists()
    assert found("شعار") == []
    assert client.get(url).status_code == 404
    notification = Notification.objects.get(user=seller, event="service.suspended")
    [email] = emails_of(notification)
    assert "محتوى منسوخ من بائع آخر" in email.body

    log = ModelLogEntry.objects.for_instance(service).get(action="catalog.suspend")
    assert log.user == moderator
    assert log.data == {"reason": "محتوى منسوخ من بائع آخر"}

    with django_capture_on_commit_callbacks(execute=True):
        service = services.restore(service, moderator)
    assert service.is_public and service.suspension_reason == ""
    assert found("شعار") == [service.pk]
    assert client.get(url).status_code == 200
    assert Notification.objects.filter(user=seller, event="service.restored").exists()
    assert ModelLogEntry.objects.for_instance(service).get(action="catalog.restore").user == (
        moderator
    )


def test_a_paused_service_suspended_and_restored_stays_paused(
    live_service, seller, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.pause(live_service, seller)
        services.suspend(live_service, moderator, "سبب")
        service = services.restore(live_service, moderator)
    assert service.is_paused and not service.is_public
    assert found("شعار") == []


def test_every_decision_is_in_the_log(
    live_service,
    moderator,
    request_changes,
    edit_service,
    approve,
    django_capture_on_commit_callbacks,
):
    # First review: approved (live_service). An edit: changes requested, edited, approved.
    service = edit_service(live_service, price="140")
    service = request_changes(service, moderator, REASON)
    service = approve(edit_service(service, price="150"), moderator)
    with django_capture_on_commit_callbacks(execute=True):
        services.suspend(service, moderator, "شكوى من مشتر")
    decided = [
        action
        for action in actions(service)
        if action in ("wagtail.workflow.approve", "wagtail.workflow.reject", "catalog.suspend")
    ]
    assert decided == [
        "wagtail.workflow.approve",
        "wagtail.workflow.reject",
        "wagtail.workflow.approve",
        "catalog.suspend",
    ]
    entries = ModelLogEntry.objects.for_instance(service)
    decisions = entries.filter(
        action__in=["wagtail.workflow.reject", "wagtail.workflow.approve", "catalog.suspend"]
    )
    assert {entry.user for entry in decisions} == {moderator}
    assert entries.get(action="wagtail.workflow.reject").data["comment"] == REASON
    assert entries.get(action="catalog.suspend").data["reason"] == "شكوى من مشتر"


# --- the staff's admin screens ---------------------------------------------------------------


def test_admin_suspend_view_suspends_with_the_reason(
    live_service, admin_user, client, django_capture_on_commit_callbacks
):
    client.force_login(admin_user)
    url = reverse("catalog_suspend", args=[live_service.pk])
    assert url == f"/admin/catalog/services/{live_service.pk}/suspend/"
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reason": "صور مسروقة"})
    assert response.status_code == 302
    assert response.url == reverse("wagtailsnippets_catalog_service:list")
    service = Service.objects.get(pk=live_service.pk)
    assert service.is_suspended and service.suspension_reason == "صور مسروقة"
    assert found("شعار") == []
    log = ModelLogEntry.objects.for_instance(service).get(action="catalog.suspend")
    assert log.user == admin_user and log.data["reason"] == "صور مسروقة"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("catalog_restore", args=[service.pk]))
    assert response.status_code == 302
    assert Service.objects.get(pk=service.pk).is_public
    assert found("شعار") == [service.pk]


def test_admin_suspend_needs_a_reason(live_service, admin_user, client):
    client.force_login(admin_user)
    response = client.post(reverse("catalog_suspend", args=[live_service.pk]), {"reason": ""})
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert not Service.objects.get(pk=live_service.pk).is_suspended


def test_a_moderator_may_suspend(live_service, moderator, client):
    client.force_login(moderator)
    response = client.post(reverse("catalog_suspend", args=[live_service.pk]), {"reason": "سبب"})
    assert response.status_code == 302
    assert Service.objects.get(pk=live_service.pk).is_suspended


@pytest.mark.parametrize("who", ["seller", "stranger", "staff_without_permission"])
def test_admin_suspend_is_refused_to_others(live_service, seller, client, who):
    user = {
        "seller": seller,
        "stranger": UserFactory(),
        "staff_without_permission": UserFactory(is_staff=True),
    }[who]
    client.force_login(user)
    # Without access to the admin: sent to the admin's login page.
    response = client.post(reverse("catalog_suspend", args=[live_service.pk]), {"reason": "x"})
    assert response.status_code == 302 and response.url.startswith("/admin/login/")
    response = client.post(reverse("catalog_restore", args=[live_service.pk]))
    assert response.status_code == 302 and response.url.startswith("/admin/login/")
    service = Service.objects.get(pk=live_service.pk)
    assert not service.is_suspended and service.is_public
    assert not ModelLogEntry.objects.for_instance(service).filter(action="catalog.suspend")


def test_admin_suspend_is_refused_to_an_admin_user_without_the_publish_permission(
    live_service, client
):
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(editor)
    # Wagtail's admin turns the permission error into a redirect to its dashboard.
    for url in (
        reverse("catalog_suspend", args=[live_service.pk]),
        reverse("catalog_restore", args=[live_service.pk]),
    ):
        response = client.post(url, {"reason": "x"})
        assert (response.status_code, response.url) == (302, "/admin/")
    assert not Service.objects.get(pk=live_service.pk).is_suspended


def test_admin_suspend_is_refused_to_anonymous(live_service, client):
    response = client.post(reverse("catalog_suspend", args=[live_service.pk]), {"reason": "x"})
    assert response.status_code == 302 and "/login/" in response.url
    assert not Service.objects.get(pk=live_service.pk).is_suspended


def test_moderators_reach_the_service_listing_and_editor(live_service, moderator, client):
    client.force_login(moderator)
    response = client.get("/admin/snippets/catalog/service/")
    assert response.status_code == 200
    assert live_service.title in response.text
    edit = client.get(reverse("wagtailsnippets_catalog_service:edit", args=[live_service.pk]))
    assert edit.status_code == 200


def test_snippet_listing_loads_for_a_superuser(live_service, tree, seller, admin_user, client):
    client.force_login(admin_user)
    response = client.get("/admin/snippets/catalog/service/")
    assert response.status_code == 200
    assert live_service.title in response.text
    assert reverse("catalog_suspend", args=[live_service.pk]) in response.text
    assert client.get("/admin/snippets/catalog/category/").status_code == 200
    edit = client.get(reverse("wagtailsnippets_catalog_service:edit", args=[live_service.pk]))
    assert edit.status_code == 200


def test_a_cancelled_review_leaves_no_service_awaiting_review(
    tree,
    seller,
    moderator,
    submit_service,
    live_service,
    edit_service,
    django_capture_on_commit_callbacks,
):
    new = submit_service(seller, tree.logo, title="خدمة جديدة لم تراجع بعد أبدا")
    edited = edit_service(live_service, title="عنوان معدل ينتظر المراجعة الآن")
    for service in (new, edited):
        with django_capture_on_commit_callbacks(execute=True):
            service.current_workflow_state.cancel(user=moderator)
    assert Service.objects.get(pk=new.pk).moderation_status == "draft"
    assert Service.objects.get(pk=edited.pk).moderation_status == "approved"


def test_unpublishing_in_the_admin_takes_the_service_off_the_site_and_the_index(
    live_service, moderator, django_capture_on_commit_callbacks
):
    from wagtail.actions.unpublish import UnpublishAction

    assert ServiceSearchEntry.objects.filter(service=live_service).exists()
    with django_capture_on_commit_callbacks(execute=True):
        UnpublishAction(live_service, user=moderator).execute(skip_permission_checks=True)
    service = Service.objects.get(pk=live_service.pk)
    assert (service.live, service.moderation_status) == (False, "draft")
    assert not ServiceSearchEntry.objects.filter(service=service).exists()
