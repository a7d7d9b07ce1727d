from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from landing.models import LandingTemplate


class LandingTemplateViewSet(SnippetViewSet):
    model = LandingTemplate
    icon = "doc-full"
    menu_label = _("Landing templates")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "dimensions", "is_active", "updated_at"]
    list_filter = ["dimensions", "is_active"]


register_snippet(LandingTemplateViewSet)
