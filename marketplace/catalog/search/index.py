"""Keeps the search index equal to what is public: called whenever a service's public state or
live content changes (approval, pause, resume, suspension, restore, import)."""

from django.utils.html import strip_tags

from marketplace.catalog import text
from marketplace.catalog.models import Service, ServiceSearchEntry
from marketplace.catalog.search.backends import get_backend


def update_service(service: Service) -> None:
    """Index ``service`` if it is public, drop it from the index otherwise."""
    service = (
        Service.objects.select_related("category__parent", "seller")
        .prefetch_related("tagged_items__tag")
        .get(pk=service.pk)
    )
    if not service.is_public:
        remove_service(service.pk)
        return
    tags = [item.tag.name for item in service.tagged_items.all()]
    category = service.category
    parent = category.parent
    keywords = " ".join([*tags, category.name_ar, category.name_en, parent.name_ar, parent.name_en])
    entry, _created = ServiceSearchEntry.objects.update_or_create(
        service=service,
        defaults={
            "title_terms": text.index_terms(service.title),
            "keyword_terms": text.index_terms(keywords),
            "body_terms": text.index_terms(strip_tags(service.description)),
            "phrase": text.normalize(" ".join(text.words(" ".join([service.title, *tags])))),
        },
    )
    get_backend().store(entry)


def remove_service(service_id: int) -> None:
    ServiceSearchEntry.objects.filter(pk=service_id).delete()
    get_backend().remove(service_id)
