from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from marketplace.catalog.models import Category

SEARCHED_FIELDS = ("name_ar", "name_en", "parent_id")


@receiver(pre_save, sender=Category)
def remember_searched_names(sender, instance, **kwargs):
    previous = Category.objects.filter(pk=instance.pk).values(*SEARCHED_FIELDS).first()
    instance._searched_before = previous


@receiver(post_save, sender=Category)
def reindex_after_rename(sender, instance, created, **kwargs):
    before = getattr(instance, "_searched_before", None)
    if created or before is None:
        return
    if any(before[field] != getattr(instance, field) for field in SEARCHED_FIELDS):
        from marketplace.catalog.tasks import reindex_category

        transaction.on_commit(lambda: reindex_category.delay(instance.pk))
