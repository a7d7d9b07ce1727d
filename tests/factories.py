from decimal import Decimal

import factory
from allauth.account.models import EmailAddress

from marketplace.accounts.models import User

PASSWORD = "A-good-pass-2026"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.ly")
    language = "ar"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(obj, create, extracted, **kwargs):
        if create:
            obj.save()
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)


class CategoryFactory(factory.django.DjangoModelFactory):
    """A top category; pass ``parent=`` (or use SubcategoryFactory) for a subcategory."""

    class Meta:
        model = "catalog.Category"
        django_get_or_create = ("slug",)

    name_ar = factory.Sequence(lambda n: f"تصنيف {n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    parent = None


class SubcategoryFactory(CategoryFactory):
    parent = factory.SubFactory(CategoryFactory)
    name_ar = factory.Sequence(lambda n: f"تصنيف فرعي {n}")
    slug = factory.Sequence(lambda n: f"subcategory-{n}")


def wagtail_image(seller=None, name="work.png", size=(60, 40)):
    """A stored Wagtail image in the sellers' collection (like an uploaded one)."""
    from marketplace.catalog.forms import service_images_collection, store_service_image
    from tests.images import image_upload

    upload = image_upload(name, size=size)
    return store_service_image(upload, seller, service_images_collection())


class ServiceFactory(factory.django.DjangoModelFactory):
    """A service published at once (like a trusted import) and put in the search index.

    ``tags`` (names), ``extras`` (``(title, price, extra_days)`` tuples) and ``images`` (how many
    stored images) are attached before publishing. ``publish=False`` only saves the row, as a
    draft that was never submitted.
    """

    class Meta:
        model = "catalog.Service"

    seller = factory.SubFactory(UserFactory)
    category = factory.SubFactory(SubcategoryFactory)
    title = factory.Sequence(lambda n: f"خدمة تجريبية رقم {n} للعملاء")
    description = (
        "<p>وصف كامل للخدمة يشرح للمشتري ما سيحصل عليه بالتفصيل وكيف يتم العمل خطوة بخطوة.</p>"
    )
    requirements = "التفاصيل التي أحتاجها منك قبل البدء."
    price = Decimal("50.000")
    delivery_days = 3
    tags = ()
    extras = ()
    images = 0
    publish = True

    @classmethod
    def _create(cls, model_class, *args, tags=(), extras=(), images=0, publish=True, **kwargs):
        from marketplace.catalog.models import ServiceExtra, ServiceImage
        from marketplace.catalog.search import index
        from marketplace.catalog.services import publish_imported

        service = model_class(*args, **kwargs)
        service.tags.set(list(tags))
        service.extras = [
            ServiceExtra(title=title, price=Decimal(price), extra_days=days, sort_order=position)
            for position, (title, price, days) in enumerate(extras)
        ]
        service.images = [
            ServiceImage(image=wagtail_image(service.seller), sort_order=position)
            for position in range(images)
        ]
        if not publish:
            service.live = False
            service.save()
            return service
        publish_imported(service)
        # The index is normally updated on commit, which never comes inside a test transaction.
        index.update_service(service)
        service.refresh_from_db()
        return service
