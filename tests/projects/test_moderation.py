"""A project's review through Wagtail's workflow, in the moderators' queue with services: what
approval and a request for changes do, who is told, and the admin screens."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import GroupApprovalTask, ModelLogEntry, WorkflowState

from marketplace.accounts.staff import MODERATORS_GROUP
from marketplace.catalog.moderation import service_workflow
from marketplace.notifications.links import neutral_path
from marketplace.projects import services
from marketplace.projects.models import Project, ProjectState, Proposal, ProposalState
from marketplace.projects.moderation import WORKFLOW_NAME, project_workflow
from tests.factories import UserFactory
from tests.projects.conftest import draft, notified, propose, review, set_rules

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]

REASON = "أضف تفاصيل عن الألوان والمقاسات المطلوبة"
LISTING = "/admin/snippets/projects/project/"


def fresh(project) -> Project:
    return Project.objects.get(pk=project.pk)


def emails_of(notification):
    """The e-mails sent for ``notification`` (Wagtail's own workflow e-mails are others)."""
    user = notification.user
    with translation.override(user.language):
        subject = " ".join(notification.title.split())
    return [m for m in mail.outbox if m.to == [user.email] and m.subject == subject]


def actions(project) -> list[str]:
    return list(
        ModelLogEntry.objects.for_instance(project)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


@pytest.fixture
def posted(buyer, category, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.post_project(buyer, draft(category))


@pytest.fixture
def decide(django_capture_on_commit_callbacks):
    """Act on the review like the admin's buttons, with the on-commit callbacks (e-mails)."""

    def act(project, user, action, **kwargs) -> Project:
        with django_capture_on_commit_callbacks(execute=True):
            return review(project, user, action, **kwargs)

    return act


def test_a_posted_project_waits_in_the_moderators_queue(posted, moderator, client):
    project = fresh(posted)
    assert (project.state, project.live, project.expires_at) == (ProjectState.PENDING, False, None)
    state = project.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == project_workflow() and state.workflow.name == WORKFLOW_NAME
    assert state.requested_by == posted.buyer
    task = state.current_task_state.task.specific
    assert isinstance(task, GroupApprovalTask)
    assert [group.name for group in task.groups.all()] == [MODERATORS_GROUP]
    # The same group reviews services: one queue.
    service_task = service_workflow().tasks.get().specific
    assert set(service_task.groups.all()) == set(task.groups.all())
    assert "approve" in [name for name, *_rest in task.get_actions(project, moderator)]
    assert list(Project.objects.open()) == []
    # The moderators' dashboard lists it under "Awaiting your review".
    client.force_login(moderator)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert project.title in dashboard.text


def test_the_project_is_not_public_before_approval(posted, client, seller):
    assert not fresh(posted).is_visible_to(seller)
    assert fresh(posted).is_visible_to(posted.buyer)


def test_approval_opens_the_project_and_tells_the_buyer(posted, buyer, moderator, decide):
    set_rules(project_open_days=12)
    before = timezone.now()
    project = decide(posted, moderator, "approve")

    assert (project.state, project.live, project.rejection_reason) == (ProjectState.OPEN, True, "")
    assert project.is_public
    assert project.current_workflow_state is None
    assert before + timedelta(days=12) <= project.expires_at
    assert project.expires_at <= timezone.now() + timedelta(days=12)
    assert list(Project.objects.open()) == [project]
    assert project.first_published_at is not None

    [notification] = notified(buyer, "project.approved")
    assert notification.context["title"] == project.title
    assert notification.url == neutral_path(project.get_absolute_url())
    [email] = emails_of(notification)
    assert project.title in email.subject
    assert project.title in email.body
    notification.refresh_from_db()
    assert notification.email_status == "sent"
    log = ModelLogEntry.objects.for_instance(project).get(action="wagtail.workflow.approve")
    assert log.user == moderator


def test_requesting_changes_sends_the_reason(posted, buyer, moderator, decide):
    project = decide(posted, moderator, "reject", comment=REASON)

    assert (project.state, project.rejection_reason, project.live) == (
        ProjectState.REJECTED,
        REASON,
        False,
    )
    assert project.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert list(Project.objects.open()) == []
    [notification] = notified(buyer, "project.rejected")
    assert notification.context["reason"] == REASON
    [email] = emails_of(notification)
    assert REASON in email.body and REASON in email.alternatives[0][0]
    assert not notified(buyer, "project.approved").exists()
    log = ModelLogEntry.objects.for_instance(project).get(action="wagtail.workflow.reject")
    assert (log.user, log.data["comment"]) == (moderator, REASON)


def test_the_buyer_edits_and_the_project_goes_back_to_review(
    posted, buyer, category, moderator, decide, django_capture_on_commit_callbacks
):
    rejected = decide(posted, moderator, "reject", comment=REASON)
    state = rejected.current_workflow_state
    with django_capture_on_commit_callbacks(execute=True):
        services.edit_project(
            rejected, buyer, draft(category, title="شعار لمتجر حلويات بألوان دافئة")
        )
    project = fresh(posted)
    assert (project.state, project.rejection_reason, project.live) == (
        ProjectState.PENDING,
        "",
        False,
    )
    resumed = project.current_workflow_state
    assert resumed.pk == state.pk and resumed.status == WorkflowState.STATUS_IN_PROGRESS
    assert "wagtail.workflow.resume" in actions(project)

    project = decide(project, moderator, "approve")
    assert (project.state, project.live) == (ProjectState.OPEN, True)
    assert project.title == "شعار لمتجر حلويات بألوان دافئة"
    assert notified(buyer, "project.approved").count() == 1
    assert notified(buyer, "project.rejected").count() == 1


def test_an_edit_while_in_review_is_what_gets_approved(posted, buyer, category, moderator, decide):
    services.edit_project(posted, buyer, draft(category, title="عنوان معدل أثناء المراجعة"))
    project = decide(posted, moderator, "approve")
    assert project.title == "عنوان معدل أثناء المراجعة"
    assert project.state == ProjectState.OPEN


def test_approval_keeps_the_operational_fields(posted, moderator, decide):
    """Publishing a revision restores what the buyer wrote, never the project's state or its
    counters."""
    Project.objects.filter(pk=posted.pk).update(proposal_count=7)
    project = decide(posted, moderator, "approve")
    assert project.proposal_count == 7 and project.buyer == posted.buyer
    assert project.state == ProjectState.OPEN


def test_the_search_terms_follow_what_was_approved(posted, moderator, decide):
    project = decide(posted, moderator, "approve")
    assert project.search_terms


def test_a_review_cancelled_by_staff_waits_for_the_buyer(
    posted, buyer, category, moderator, django_capture_on_commit_callbacks, decide
):
    with django_capture_on_commit_callbacks(execute=True):
        fresh(posted).current_workflow_state.cancel(user=moderator)
    project = fresh(posted)
    assert project.state == ProjectState.REJECTED and project.current_workflow_state is None
    services.edit_project(project, buyer, draft(category))
    project = fresh(posted)
    assert project.state == ProjectState.PENDING
    assert project.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert decide(project, moderator, "approve").state == ProjectState.OPEN


def test_closing_a_project_sent_back_ends_its_review(posted, buyer, moderator, decide):
    rejected = decide(posted, moderator, "reject", comment=REASON)
    project = services.close_project(rejected, buyer)
    project = fresh(project)
    assert project.state == ProjectState.CLOSED
    assert project.current_workflow_state is None
    assert not project.live


def test_a_regular_user_cannot_approve(posted, seller):
    state = fresh(posted).current_workflow_state
    task = state.current_task_state.task.specific
    assert task.get_actions(fresh(posted), seller) == []
    assert not task.user_can_access_editor(fresh(posted), seller)


def test_approving_an_open_project_again_changes_nothing(open_project, buyer):
    """``record_approval`` only opens a pending project (a second publish is ignored)."""
    expires_at = open_project.expires_at
    propose(open_project, UserFactory())
    services.record_approval(fresh(open_project))
    project = fresh(open_project)
    assert (project.state, project.expires_at, project.proposal_count) == (
        ProjectState.OPEN,
        expires_at,
        1,
    )
    assert notified(buyer, "project.approved").count() == 1


# --- The admin screens -------------------------------------------------------------------------


def test_moderators_reach_the_project_listing_and_editor(open_project, posted, moderator, client):
    client.force_login(moderator)
    listing = client.get(LISTING)
    assert listing.status_code == 200
    assert open_project.title in listing.text
    assert client.get(LISTING, {"state": "pending"}).status_code == 200
    assert client.get(LISTING, {"q": "حلويات"}).status_code == 200
    edit = client.get(reverse("wagtailsnippets_projects_project:edit", args=[posted.pk]))
    assert edit.status_code == 200
    assert posted.title in edit.text
    # An open project is read, no longer edited (permissions.py).
    inspect = client.get(
        reverse("wagtailsnippets_projects_project:inspect", args=[open_project.pk])
    )
    assert inspect.status_code == 200 and open_project.title in inspect.text
    edit = client.get(reverse("wagtailsnippets_projects_project:edit", args=[open_project.pk]))
    assert edit.status_code == 302


def test_a_superuser_reaches_the_project_screens(open_project, admin_user, client):
    client.force_login(admin_user)
    assert client.get(LISTING).status_code == 200
    inspect = client.get(
        reverse("wagtailsnippets_projects_project:inspect", args=[open_project.pk])
    )
    assert inspect.status_code == 200
    edit = client.get(reverse("wagtailsnippets_projects_project:edit", args=[open_project.pk]))
    assert edit.status_code == 302  # not even a superuser edits an open project here


def test_the_moderator_approves_from_the_admin(
    posted, moderator, client, django_capture_on_commit_callbacks
):
    """The "Approve" action of the admin's workflow menu (the task's action URL)."""
    client.force_login(moderator)
    state = fresh(posted).current_workflow_state
    url = reverse(
        "wagtailsnippets_projects_project:workflow_action",
        args=[posted.pk, "approve", state.current_task_state.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    project = fresh(posted)
    assert (project.state, project.live) == (ProjectState.OPEN, True)
    assert notified(posted.buyer, "project.approved").count() == 1


@pytest.mark.parametrize("who", ["buyer", "stranger", "staff_without_permission"])
def test_others_are_refused_the_project_screens(open_project, buyer, client, who):
    user = {
        "buyer": buyer,
        "stranger": UserFactory(),
        "staff_without_permission": UserFactory(is_staff=True),
    }[who]
    client.force_login(user)
    for url in (
        LISTING,
        reverse("wagtailsnippets_projects_project:edit", args=[open_project.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/admin/login/")


def test_an_admin_user_without_the_project_permissions_is_refused(open_project, client):
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(editor)
    response = client.get(LISTING)
    assert response.status_code in (302, 403)
    response = client.get(reverse("wagtailsnippets_projects_project:edit", args=[open_project.pk]))
    assert response.status_code in (302, 403)


def test_anonymous_visitors_are_sent_to_the_login(open_project, client):
    response = client.get(LISTING)
    assert response.status_code == 302 and "/login/" in response.url


def test_unpublishing_in_the_admin_closes_an_open_project(
    open_project, buyer, seller, moderator, django_capture_on_commit_callbacks
):
    from wagtail.actions.unpublish import UnpublishAction

    proposal = propose(open_project, seller)
    with django_capture_on_commit_callbacks(execute=True):
        UnpublishAction(fresh(open_project), user=moderator).execute(skip_permission_checks=True)
    project = fresh(open_project)
    assert (project.live, project.state) == (False, ProjectState.CLOSED)
    assert project.closed_at is not None
    assert project not in Project.objects.open()
    assert not project.is_visible_to(seller)
    assert Proposal.objects.get(pk=proposal.pk).state == ProposalState.NOT_SELECTED
    assert notified(seller, "proposal.project_ended").count() == 1
    with pytest.raises(ValidationError):
        propose(project, UserFactory())


def test_unpublishing_a_project_in_progress_leaves_its_order(
    open_project, buyer, seller, moderator
):
    from wagtail.actions.unpublish import UnpublishAction

    proposal = propose(open_project, seller)
    _payment, _result, order = services.accept_proposal(proposal, buyer, "wallet")
    UnpublishAction(fresh(open_project), user=moderator).execute(skip_permission_checks=True)
    project = fresh(open_project)
    assert (project.live, project.state) == (False, ProjectState.IN_PROGRESS)
    assert Proposal.objects.get(pk=proposal.pk).order == order


def test_nobody_adds_or_deletes_projects_by_hand(open_project, seller, admin_user, client):
    proposal = propose(open_project, seller)
    services.accept_proposal(proposal, open_project.buyer, "wallet")
    client.force_login(admin_user)
    listing = client.get(LISTING)
    assert listing.status_code == 200
    assert reverse("wagtailsnippets_projects_project:add") not in listing.text
    for url in (
        reverse("wagtailsnippets_projects_project:add"),
        reverse("wagtailsnippets_projects_project:delete", args=[open_project.pk]),
    ):
        assert client.get(url).status_code in (302, 403)
        assert client.post(url, {}).status_code in (302, 403)
    assert Project.objects.filter(pk=open_project.pk).exists()
    assert Proposal.objects.get(pk=proposal.pk).order is not None


PROPOSALS = "/admin/snippets/projects/proposal/"


def test_moderators_read_proposals_in_the_admin(open_project, seller, moderator, client):
    client.force_login(moderator)
    menu = client.get("/admin/")
    assert PROPOSALS in menu.text and LISTING in menu.text
    proposal = propose(open_project, seller, letter="رسالة تقديم واضحة تشرح خطة العمل بالتفصيل")
    client.force_login(moderator)
    listing = client.get(PROPOSALS)
    assert listing.status_code == 200
    assert open_project.title in listing.text and seller.public_name in listing.text
    assert client.get(PROPOSALS, {"state": "submitted"}).status_code == 200
    assert client.get(PROPOSALS, {"q": "حلويات"}).status_code == 200
    inspect = client.get(reverse("wagtailsnippets_projects_proposal:inspect", args=[proposal.pk]))
    assert inspect.status_code == 200
    assert "رسالة تقديم واضحة" in inspect.text
    # Read only: no editing, adding or deleting a proposal by hand.
    for url in (
        reverse("wagtailsnippets_projects_proposal:edit", args=[proposal.pk]),
        reverse("wagtailsnippets_projects_proposal:add"),
        reverse("wagtailsnippets_projects_proposal:delete", args=[proposal.pk]),
    ):
        assert client.get(url).status_code in (302, 403)
        assert client.post(url, {"price": "1", "state": "accepted"}).status_code in (302, 403)
    proposal = Proposal.objects.get(pk=proposal.pk)
    assert (str(proposal.price), proposal.state) == ("120.000", ProposalState.SUBMITTED)


@pytest.mark.parametrize("who", ["seller", "stranger", "staff_without_permission"])
def test_others_cannot_read_proposals_in_the_admin(open_project, seller, client, who):
    proposal = propose(open_project, seller)
    user = {
        "seller": seller,
        "stranger": UserFactory(),
        "staff_without_permission": UserFactory(is_staff=True),
    }[who]
    client.force_login(user)
    for url in (
        PROPOSALS,
        reverse("wagtailsnippets_projects_proposal:inspect", args=[proposal.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/admin/login/")


def test_an_admin_user_without_the_moderators_permission_cannot_read_proposals(
    open_project, seller, client
):
    proposal = propose(open_project, seller)
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(editor)
    for url in (
        PROPOSALS,
        reverse("wagtailsnippets_projects_proposal:inspect", args=[proposal.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "رسالة" not in response.content.decode()


def test_changes_requested_on_an_open_project_leave_it_open(
    open_project, seller, moderator, decide
):
    """A moderator may send an open project to review again (the admin's edit page offers
    "Submit"): a request for changes then must not hand it back to its buyer for editing."""
    proposal = propose(open_project, seller)
    project_workflow().start(fresh(open_project), moderator)  # the admin's "Submit" button
    project = decide(open_project, moderator, "reject", comment=REASON)
    assert (project.state, project.rejection_reason) == (ProjectState.OPEN, "")
    assert Proposal.objects.get(pk=proposal.pk).is_live
    assert not notified(open_project.buyer, "project.rejected").exists()


def test_an_open_project_is_no_longer_edited_in_the_admin(open_project, seller, moderator, client):
    """Its row belongs to the marketplace's steps now: an admin edit published over it could
    write back an older state (permissions.py)."""
    propose(open_project, seller)
    before = fresh(open_project)
    client.force_login(moderator)
    url = reverse("wagtailsnippets_projects_project:edit", args=[open_project.pk])
    assert client.get(url).status_code in (302, 403)
    response = client.post(url, {"title": "عنوان صححه المشرف للمشروع المفتوح"})
    assert response.status_code in (302, 403)
    project = fresh(open_project)
    assert (project.title, project.state, project.proposal_count) == (
        before.title,
        ProjectState.OPEN,
        1,
    )


def test_a_pending_project_is_still_edited_in_the_admin(buyer, category, moderator, client):
    project = services.post_project(buyer, draft(category))
    client.force_login(moderator)
    url = reverse("wagtailsnippets_projects_project:edit", args=[project.pk])
    assert client.get(url).status_code == 200
