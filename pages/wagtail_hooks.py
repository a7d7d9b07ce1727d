from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.landing.models import LandingFolderPage, LandingIndexPage, LandingPage, LandingTemplate


class LandingTemplateViewSet(SnippetViewSet):
    model = LandingTemplate
    icon = "doc-full"
    menu_label = _("Landing templates")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "dimensions", "is_active", "updated_at"]
    list_filter = ["dimensions", "is_active"]


register_snippet(LandingTemplateViewSet)


GENERATED_PAGES = (LandingIndexPage, LandingFolderPage, LandingPage)


def _refuse(request, page):
    messages.error(
        request,
        _("Landing pages are placed by the generator: they cannot be moved or copied."),
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_move_page")
def keep_landing_pages_in_place(request, page, destination):
    """A landing page's address is its combination: moved, it would show one combination at
    another's address."""
    if issubclass(page.specific_class, GENERATED_PAGES):
        return _refuse(request, page)


@hooks.register("before_copy_page")
def refuse_copying_landing_pages(request, page):
    if issubclass(page.specific_class, GENERATED_PAGES):
        return _refuse(request, page)
