from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from blog.models import BlogCategory


class BlogCategoryViewSet(SnippetViewSet):
    """Under Snippets; wagtail-localize adds the Translate action (TranslatableMixin)."""

    model = BlogCategory
    icon = "folder-open-inverse"
    menu_label = _("Blog categories")
    list_display = ["name", "slug"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]


register_snippet(BlogCategoryViewSet)
