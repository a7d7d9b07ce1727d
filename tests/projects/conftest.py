"""A buyer, sellers, a moderator and a subcategory; helpers that post a project through the
service and approve it like the admin's "Approve" button."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group

from marketplace.accounts.staff import MODERATORS_GROUP
from marketplace.projects import services
from marketplace.projects.models import Project
from marketplace.projects.moderation import ensure_review_setup
from tests.factories import CategoryFactory, SubcategoryFactory, UserFactory
from tests.orders.conftest import credit_wallet

DESCRIPTION = "<p>نحتاج شعاراً لمتجر حلويات في طرابلس، بألوان دافئة وخط عربي واضح.</p>"


@pytest.fixture
def category(db):
    design = CategoryFactory(slug="design", name_ar="تصميم", name_en="Design")
    return SubcategoryFactory(parent=design, slug="logo", name_ar="تصميم شعارات", name_en="Logos")


@pytest.fixture
def buyer(db):
    user = UserFactory(username="buyer")
    credit_wallet(user, "1000")
    return user


@pytest.fixture
def seller(db):
    return UserFactory(username="seller")


@pytest.fixture
def other_seller(db):
    return UserFactory(username="rival")


@pytest.fixture
def moderator(db):
    ensure_review_setup()
    user = UserFactory(username="moderator", is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def draft(category, **changes) -> services.ProjectDraft:
    values = {
        "title": "شعار لمتجر حلويات في طرابلس",
        "description": DESCRIPTION,
        "category": category,
        "skills": ["تصميم شعارات", "Illustrator"],
        "budget_min": Decimal("50"),
        "budget_max": Decimal("150"),
        "duration_days": 5,
    }
    values.update(changes)
    return services.ProjectDraft(**values)


def review(project, user, action, **kwargs) -> Project:
    """Act on the project's review like the admin's buttons ("approve" or "reject")."""
    state = Project.objects.get(pk=project.pk).current_workflow_state
    assert state is not None, "the project is not in review"
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(task_state, user, action, **kwargs)
    return Project.objects.get(pk=project.pk)


@pytest.fixture
def open_project(buyer, category, moderator, django_capture_on_commit_callbacks):
    """A project posted by ``buyer`` and approved: open for proposals."""
    with django_capture_on_commit_callbacks(execute=True):
        project = services.post_project(buyer, draft(category))
        return review(project, moderator, "approve")


def propose(project, seller, price="120", days=4, letter=None, files=()):
    return services.send_proposal(
        project,
        seller,
        price=Decimal(price),
        days=days,
        cover_letter=letter or "أصمم لك شعاراً احترافياً بثلاث مقترحات وتعديلات غير محدودة.",
        files=files,
    )


def listed_project(buyer, category, *, title="تصميم شعار لمتجر حلويات", skills=(), **changes):
    """An open, published project written straight to the database (no review): quick to make
    many of for the list pages. ``days_ago`` sets when it was published."""
    from datetime import timedelta

    from django.utils import timezone

    from marketplace.projects import search
    from marketplace.projects.models import ProjectState

    now = timezone.now()
    published = now - timedelta(days=changes.pop("days_ago", 0))
    values = {
        "buyer": buyer,
        "title": title,
        "description": "<p>عمل واضح بمواصفات مكتوبة وموعد تسليم محدد.</p>",
        "category": category,
        "budget_min": Decimal("50"),
        "budget_max": Decimal("150"),
        "duration_days": 5,
        "state": ProjectState.OPEN,
        "live": True,
        "first_published_at": published,
        "last_published_at": published,
        "expires_at": now + timedelta(days=30),
    }
    values.update(changes)
    project = Project(**values)
    project.search_terms = search.terms_of(project, list(skills))
    project.save()
    if skills:
        project.skills.set(list(skills))
        project.save()
    return project


# --- Appended for the services, lifecycle, moderation, expiry and concurrency tests ---------


def notified(user, event=None):
    """The notifications ``user`` received (of ``event``)."""
    from marketplace.notifications.models import Notification

    found = Notification.objects.filter(user=user)
    return found.filter(event=event) if event else found


def set_rules(**values):
    """Change the marketplace settings of the default site and forget the cached copy."""
    from django.core.cache import cache
    from wagtail.models import Site

    from marketplace.rules.models import MarketplaceSettings

    site = Site.objects.get(is_default_site=True)
    rules = MarketplaceSettings.for_site(site)
    for name, value in values.items():
        setattr(rules, name, value)
    rules.save()
    cache.delete(MarketplaceSettings.cache_key(site.pk))
    return rules


def approved_project(buyer, category, moderator, **changes) -> Project:
    """Another project of ``buyer``, posted and approved (open for proposals)."""
    project = services.post_project(buyer, draft(category, **changes))
    return review(project, moderator, "approve")


@pytest.fixture
def proposal_plan():
    """A tiny installed and active plugin whose ``proposals_per_month`` hook answers
    ``module.limit`` (None: no opinion), recording what it was asked."""
    import types

    from wagtail.models import Site

    from plugins import PluginMeta, hookimpl
    from plugins.manager import InstalledPlugin, get_manager
    from plugins.services import set_active

    manager, installed = get_manager()
    module = types.ModuleType("proposal_plan")
    module.meta = PluginMeta(name="Proposal plan")
    module.limit = None
    module.calls = []

    @hookimpl
    def proposals_per_month(limit, seller):
        module.calls.append((limit, seller))
        return module.limit

    module.proposals_per_month = proposals_per_month
    manager.register(module, name="proposal_plan")
    installed["proposal_plan"] = InstalledPlugin(
        "proposal_plan", "tests.proposal_plan", "1.0", module.meta
    )
    set_active("proposal_plan", Site.objects.get(is_default_site=True), True)
    yield module
    manager.unregister(name="proposal_plan")
    del installed["proposal_plan"]
