"""A deleted category or tag takes its landing pages with it, deleted through Wagtail (which
keeps the page tree's counts right and logs each deletion) before the row itself goes."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from taggit.models import Tag

from marketplace.catalog.models import Category
from pages.landing.models import LandingFolderPage, LandingPage


@receiver(pre_delete, sender=Category, dispatch_uid="landing.category_deleted")
def delete_category_pages(sender, instance, **kwargs):
    for folder in LandingFolderPage.objects.filter(category=instance):
        folder.delete()  # with its pages


@receiver(pre_delete, sender=Tag, dispatch_uid="landing.tag_deleted")
def delete_tag_pages(sender, instance, **kwargs):
    for page in LandingPage.objects.filter(tag=instance):
        page.delete()
