from celery import shared_task
from django.db.models import Q

from marketplace.catalog.models import Service
from marketplace.catalog.search import index


@shared_task
def reindex_category(category_id: int) -> int:
    """Re-index the public services of a category (and of its subcategories) after a rename:
    category names are search keywords."""
    services = Service.objects.public().filter(
        Q(category_id=category_id) | Q(category__parent_id=category_id)
    )
    count = 0
    for service in services.only("pk").iterator():
        index.update_service(service)
        count += 1
    return count
