"""Two people who talk (a buyer and a seller with a public service), a stranger who must
learn nothing, and a moderator who may read reported threads."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from marketplace.accounts.staff import MODERATORS_GROUP
from marketplace.messaging import services
from tests.factories import ServiceFactory, UserFactory

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def pdf_upload(name="brief.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def buyer(db):
    return UserFactory(username="buyer")


@pytest.fixture
def seller(db):
    return UserFactory(username="seller")


@pytest.fixture
def stranger(db):
    return UserFactory(username="stranger")


@pytest.fixture
def moderator(db):
    user = UserFactory(username="moderator", is_staff=True)
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    from django.apps import apps

    from marketplace.messaging.apps import grant_moderators_message_permissions

    grant_moderators_message_permissions(apps.get_app_config("messaging"))
    user.groups.add(group)
    return user


@pytest.fixture
def service(seller):
    return ServiceFactory(seller=seller)


@pytest.fixture
def question(buyer, seller, service):
    """The buyer's first message to the seller about the service, with a PDF attached."""
    return services.start_conversation(
        buyer, seller, "هل يمكنك تصميم شعار لمتجري؟", subject=service, files=[pdf_upload()]
    )


@pytest.fixture
def conversation(question):
    return question.conversation
