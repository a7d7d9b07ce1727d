"""Fixtures of the catalog tests: a category tree, sellers, a moderator, and helpers that act
like the seller's form and the moderators' admin (Wagtail's workflow)."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.utils.datastructures import MultiValueDict
from wagtail.images import get_image_model

from marketplace.accounts.staff import MODERATORS_GROUP
from marketplace.catalog import services
from marketplace.catalog.forms import ServiceForm
from marketplace.catalog.models import Service
from marketplace.catalog.moderation import ensure_review_setup
from tests.factories import CategoryFactory, ServiceFactory, UserFactory
from tests.images import image_upload

DESCRIPTION = (
    "<p>أصمم لك شعارًا احترافيًا يعبّر عن نشاطك التجاري، مع ثلاثة نماذج مختلفة "
    "وجولات تعديل حتى تصل إلى النتيجة التي ترضيك.</p>"
)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """These tests log users in with force_login: a slow password hash only costs time."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def tree(db):
    """Two top categories with subcategories and price caps:

    design (cap 2000) › logo (no cap: the parent's 2000 applies), social (cap 150)
    writing (no cap)  › translation (no cap at all), articles (cap 300)
    """
    design = CategoryFactory(
        slug="design", name_ar="تصميم", name_en="Design", price_cap=Decimal("2000")
    )
    writing = CategoryFactory(slug="writing", name_ar="كتابة وترجمة", name_en="Writing")
    return SimpleNamespace(
        design=design,
        logo=CategoryFactory(parent=design, slug="logo", name_ar="تصميم شعارات", name_en="Logos"),
        social=CategoryFactory(
            parent=design,
            slug="social",
            name_ar="تصاميم التواصل الاجتماعي",
            name_en="Social media",
            price_cap=Decimal("150"),
        ),
        writing=writing,
        translation=CategoryFactory(
            parent=writing, slug="translation", name_ar="ترجمة", name_en="Translation"
        ),
        articles=CategoryFactory(
            parent=writing,
            slug="articles",
            name_ar="كتابة مقالات",
            name_en="Articles",
            price_cap=Decimal("300"),
        ),
    )


@pytest.fixture
def seller(db):
    return UserFactory(username="seller")


@pytest.fixture
def moderator(db):
    """A staff member of the moderators' group (the review task's group)."""
    ensure_review_setup()
    user = UserFactory(username="moderator", is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def png():
    """A valid PNG upload (``png()`` or ``png("name.png")``)."""

    def make(name="work.png"):
        return image_upload(name, size=(60, 40))

    return make


def image_count() -> int:
    return get_image_model().objects.count()


def service_data(category, *, extras=(), **overrides) -> dict:
    """The POST data of a valid seller form; ``extras`` are ``(title, price, days)`` rows."""
    data = {
        "title": "تصميم شعار احترافي لشركتك",
        "category": str(category.pk),
        "description": DESCRIPTION,
        "requirements": "اسم النشاط والألوان التي تفضلها.",
        "price": "120",
        "delivery_days": "4",
        "tags_text": "شعار، هوية",
        "extras-TOTAL_FORMS": str(len(extras)),
        "extras-INITIAL_FORMS": "0",
        "extras-MIN_NUM_FORMS": "0",
        "extras-MAX_NUM_FORMS": "5",
    }
    for number, (title, price, days) in enumerate(extras):
        data.update(
            {
                f"extras-{number}-title": title,
                f"extras-{number}-price": str(price),
                f"extras-{number}-extra_days": str(days),
            }
        )
    data.update({key: str(value) for key, value in overrides.items()})
    return data


def service_form(seller, category, *, images=None, instance=None, **overrides) -> ServiceForm:
    """The seller's form, bound; ``images`` is a list of uploads (one valid PNG by default)."""
    if images is None:
        images = [image_upload("work.png", size=(60, 40))]
    return ServiceForm(
        service_data(category, **overrides),
        MultiValueDict({"new_images": list(images)}),
        instance=instance or Service(seller=seller),
        seller=seller,
    )


@pytest.fixture
def submit_service(db, django_capture_on_commit_callbacks):
    """Create a service through the seller's form and send it to review, as the "add a
    service" page does (on-commit callbacks run, as after a committed request)."""

    def submit(seller, category, *, images=None, **overrides) -> Service:
        form = service_form(seller, category, images=images, **overrides)
        assert form.is_valid(), form.errors
        with django_capture_on_commit_callbacks(execute=True):
            service = services.save_and_submit(form.build_service(), seller)
        return Service.objects.get(pk=service.pk)

    return submit


@pytest.fixture
def edit_service(db, django_capture_on_commit_callbacks):
    """Edit a service through the seller's form like the edit page: the form starts from the
    latest revision, the images are kept, the changed fields are ``overrides``."""

    def edit(service, **overrides) -> Service:
        latest = Service.objects.get(pk=service.pk).get_latest_revision_as_object()
        values = {
            "title": latest.title,
            "description": latest.description,
            "requirements": latest.requirements,
            "price": latest.price,
            "delivery_days": latest.delivery_days,
            "tags_text": ", ".join(tag.name for tag in latest.tags.all()),
        }
        values.update(overrides)
        category = values.pop("category", latest.category)
        form = service_form(latest.seller, category, images=[], instance=latest, **values)
        assert form.is_valid(), form.errors
        with django_capture_on_commit_callbacks(execute=True):
            services.save_and_submit(form.build_service(), latest.seller)
        return Service.objects.get(pk=service.pk)

    return edit


def _act(service, user, action, **kwargs):
    state = Service.objects.get(pk=service.pk).current_workflow_state
    assert state is not None, "the service is not in review"
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(task_state, user, action, **kwargs)


@pytest.fixture
def approve(django_capture_on_commit_callbacks):
    """Approve the service's review like the admin's "Approve" button."""

    def act(service, user) -> Service:
        with django_capture_on_commit_callbacks(execute=True):
            _act(service, user, "approve")
        return Service.objects.get(pk=service.pk)

    return act


@pytest.fixture
def request_changes(django_capture_on_commit_callbacks):
    """Reject the service's review with a comment, like the admin's "Request changes"."""

    def act(service, user, comment) -> Service:
        with django_capture_on_commit_callbacks(execute=True):
            _act(service, user, "reject", comment=comment)
        return Service.objects.get(pk=service.pk)

    return act


@pytest.fixture
def live_service(tree, seller, moderator, submit_service, approve):
    """A service that went through the form and an approval: public and searchable."""
    return approve(submit_service(seller, tree.logo), moderator)


@pytest.fixture
def published(tree, seller):
    """Make a published, indexed service quickly (the factory, like an import)."""

    def make(**kwargs) -> Service:
        kwargs.setdefault("seller", seller)
        kwargs.setdefault("category", tree.logo)
        return ServiceFactory(**kwargs)

    return make
