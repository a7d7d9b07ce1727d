"""Staff grant or withdraw the verified-identity badge, after checking an identity document
outside the site."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.snippets.views.snippets import IndexView

from marketplace.accounts.models import Profile
from marketplace.accounts.services import set_identity_verified
from marketplace.accounts.staff import next_url_or

VERIFY = "accounts.verify_identity"


class IdentityIndexView(IndexView):
    page_title = gettext_lazy("Identity verification")


@require_POST
@permission_required(VERIFY, raise_exception=True)
def set_identity(request, pk, verified: bool):
    """The button posts the state it shows, so a double click cannot undo itself."""
    profile = get_object_or_404(Profile, pk=pk)
    if profile.identity_verified != verified:
        set_identity_verified(profile, verified, request.user)
    name = str(profile)
    if verified:
        messages.success(
            request, _("%(name)s now shows the verified identity badge.") % {"name": name}
        )
    else:
        messages.success(
            request, _("%(name)s no longer shows the verified identity badge.") % {"name": name}
        )
    return redirect(next_url_or(request, reverse("wagtailsnippets_accounts_profile:list")))
