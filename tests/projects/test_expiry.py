"""The hourly beat task ends the open projects nobody was hired on in time."""

from datetime import timedelta

import pytest
from django.utils import timezone

from config.celery import app as celery_app
from marketplace.notifications.models import Notification
from marketplace.projects import services, tasks
from marketplace.projects.models import Project, ProjectState, Proposal, ProposalState
from tests.factories import UserFactory
from tests.projects.conftest import approved_project, draft, notified, propose

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]


def fresh(obj):
    return type(obj).objects.get(pk=obj.pk)


def past_due(project, hours=1):
    Project.objects.filter(pk=project.pk).update(expires_at=timezone.now() - timedelta(hours=hours))


def test_the_task_is_on_the_beat_schedule():
    schedule = {entry["task"] for entry in celery_app.conf.beat_schedule.values()}
    assert "marketplace.projects.tasks.expire_projects" in schedule
    assert tasks.expire_projects.name == "marketplace.projects.tasks.expire_projects"


@pytest.fixture
def board(open_project, buyer, category, moderator, seller, other_seller):
    """An open project past its time with four proposals (live, shortlisted, declined,
    withdrawn), one still in time, one in progress past its time, one in review."""
    due = open_project
    live = propose(due, seller)
    shortlisted = services.shortlist(propose(due, other_seller), buyer)
    declined_by = UserFactory(username="declined")
    declined = services.decline_proposal(propose(due, declined_by), buyer)
    withdrawn_by = UserFactory(username="withdrawn")
    withdrawn = services.withdraw_proposal(propose(due, withdrawn_by), withdrawn_by)
    past_due(due)

    in_time = approved_project(buyer, category, moderator, title="مشروع ما زال مفتوحاً للعروض")
    in_time_proposal = propose(in_time, seller)

    hired = approved_project(buyer, category, moderator, title="مشروع تم التعاقد عليه سابقاً")
    services.accept_proposal(propose(hired, seller), buyer, "wallet")
    past_due(hired)

    pending = services.post_project(buyer, draft(category, title="مشروع ينتظر المراجعة بعد"))
    return {
        "due": due,
        "live": live,
        "shortlisted": shortlisted,
        "declined": declined,
        "withdrawn": withdrawn,
        "in_time": in_time,
        "in_time_proposal": in_time_proposal,
        "hired": hired,
        "pending": pending,
    }


def test_open_projects_past_their_time_expire(board, buyer, seller, other_seller):
    before = timezone.now()
    assert tasks.expire_projects.delay().get() == 1

    due = fresh(board["due"])
    assert due.state == ProjectState.EXPIRED
    assert before <= due.closed_at <= timezone.now()
    assert due.live  # the page stays readable, no longer open
    assert due not in Project.objects.open()
    assert [
        fresh(board[name]).state for name in ("live", "shortlisted", "declined", "withdrawn")
    ] == [
        ProposalState.NOT_SELECTED,
        ProposalState.NOT_SELECTED,
        ProposalState.DECLINED,
        ProposalState.WITHDRAWN,
    ]
    assert fresh(board["in_time"]).state == ProjectState.OPEN
    assert fresh(board["in_time_proposal"]).state == ProposalState.SUBMITTED
    assert fresh(board["hired"]).state == ProjectState.IN_PROGRESS
    assert fresh(board["pending"]).state == ProjectState.PENDING

    [expired] = notified(buyer, "project.expired")
    assert expired.context["title"] == due.title
    ended = Notification.objects.filter(event="proposal.project_ended")
    assert sorted(n.user.username for n in ended) == sorted(
        [seller.username, other_seller.username]
    )
    assert {n.context["title"] for n in ended} == {due.title}
    # Neither the declined nor the withdrawn seller hears about it.
    assert notified(board["declined"].seller).count() == 1  # the decline itself
    assert not notified(board["withdrawn"].seller).exists()


def test_running_it_again_changes_nothing(board):
    assert tasks.expire_projects() == 1
    projects = list(Project.objects.order_by("pk").values())
    proposals = list(Proposal.objects.order_by("pk").values())
    notifications = Notification.objects.count()
    assert tasks.expire_projects() == 0
    assert tasks.expire_projects.delay().get() == 0
    assert list(Project.objects.order_by("pk").values()) == projects
    assert list(Proposal.objects.order_by("pk").values()) == proposals
    assert Notification.objects.count() == notifications


def test_a_project_expires_exactly_at_its_time(open_project):
    moment = timezone.now() + timedelta(days=3)
    Project.objects.filter(pk=open_project.pk).update(expires_at=moment)
    assert services.expire_projects(now=moment - timedelta(seconds=1)) == 0
    assert fresh(open_project).state == ProjectState.OPEN
    assert services.expire_projects(now=moment) == 1
    assert fresh(open_project).state == ProjectState.EXPIRED


def test_the_open_days_setting_decides_when(buyer, category, moderator):
    from tests.projects.conftest import set_rules

    set_rules(project_open_days=3)
    project = approved_project(buyer, category, moderator)
    assert services.expire_projects(now=timezone.now() + timedelta(days=2, hours=23)) == 0
    assert services.expire_projects(now=timezone.now() + timedelta(days=3, minutes=1)) == 1
    assert fresh(project).state == ProjectState.EXPIRED


@pytest.mark.parametrize(
    "state",
    [
        ProjectState.CLOSED,
        ProjectState.COMPLETED,
        ProjectState.CANCELLED,
        ProjectState.REJECTED,
        ProjectState.PENDING,
    ],
)
def test_only_open_projects_expire(open_project, state):
    Project.objects.filter(pk=open_project.pk).update(state=state)
    past_due(open_project)
    assert tasks.expire_projects() == 0
    assert fresh(open_project).state == state


def test_an_expired_project_takes_no_more_proposals_or_decisions(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    past_due(open_project)
    tasks.expire_projects()
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        propose(open_project, UserFactory())
    with pytest.raises(ValidationError):
        services.accept_proposal(proposal, buyer, "wallet")
    with pytest.raises(ValidationError):
        services.withdraw_proposal(proposal, seller)
    with pytest.raises(ValidationError):
        services.close_project(open_project, buyer)
    assert services.hire_rate(buyer) == (1, 0)


def test_a_reopened_project_past_its_time_expires(open_project, buyer, seller):
    """An acceptance whose payment never came opens the project again until its own expiry:
    if that already passed meanwhile, the project expires at once."""
    from marketplace.payments.services import cancel_pending
    from tests.orders.conftest import enable_bank_transfer

    enable_bank_transfer()
    proposal = propose(open_project, seller)
    payment, _result, _order = services.accept_proposal(proposal, buyer, "bank_transfer")
    past_due(open_project)
    assert tasks.expire_projects() == 0  # in progress: the order decides
    cancel_pending(payment)
    project = fresh(open_project)
    assert project.state == ProjectState.EXPIRED and project.closed_at is not None
    proposal = fresh(proposal)
    assert (proposal.state, proposal.order) == (ProposalState.NOT_SELECTED, None)
    assert notified(seller, "proposal.project_ended").count() == 1
    assert notified(buyer, "project.expired").count() == 1
    assert tasks.expire_projects() == 0
    assert notified(seller, "proposal.project_ended").count() == 1


def test_one_failing_project_does_not_stop_the_others(buyer, category, moderator, monkeypatch):
    """Each project expires in its own transaction; one that fails is logged, rolled back and
    tried again on the next run, and never blocks the later ones."""
    first = approved_project(buyer, category, moderator, title="المشروع الأول لتصميم شعار")
    second = approved_project(buyer, category, moderator, title="المشروع الثاني لتصميم شعار")
    past_due(first, hours=2)
    past_due(second, hours=1)
    real_notify = services.notify

    def notify(user, event, **context):
        if context.get("title") == first.title:
            raise RuntimeError("the first project breaks")
        return real_notify(user, event, **context)

    monkeypatch.setattr(services, "notify", notify)
    assert services.expire_projects() == 1
    assert fresh(first).state == ProjectState.OPEN  # its step rolled back
    assert fresh(second).state == ProjectState.EXPIRED
    monkeypatch.setattr(services, "notify", real_notify)
    assert services.expire_projects() == 1
    assert fresh(first).state == ProjectState.EXPIRED
