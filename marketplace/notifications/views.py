from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from marketplace.notifications import preferences, services
from marketplace.notifications.events import EVENTS, get_event
from marketplace.notifications.links import path_in_language
from marketplace.notifications.models import Notification

User = get_user_model()


@login_required
def notification_list(request):
    page = Paginator(services.shown_to(request.user), 20).get_page(request.GET.get("page"))
    return TemplateResponse(request, "notifications/list.html", {"page": page})


@login_required
@require_POST
def notification_open(request, pk):
    """Mark one notification read and follow its link (only the owner may)."""
    notification = get_object_or_404(Notification, pk=pk, user=request.user)
    services.mark_read(notification)
    target = path_in_language(notification.url, request.LANGUAGE_CODE)
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("notifications:list")


@login_required
@require_POST
def notification_mark_all_read(request):
    count = services.mark_all_read(request.user)
    if count:
        messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:list")


@login_required
def notification_settings(request):
    """Per kind of notification: in the site, by e-mail, or both (mandatory kinds are shown
    but cannot be switched off)."""
    kinds = sorted(EVENTS.values(), key=lambda kind: (not kind.optional, str(kind.label)))
    current = preferences.all_channels(request.user)
    if request.method == "POST":
        for kind in kinds:
            if kind.optional:
                preferences.set_channels(
                    request.user,
                    kind.slug,
                    in_site=f"{kind.slug}:in_site" in request.POST,
                    email=f"{kind.slug}:email" in request.POST,
                )
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:settings")
    rows = [{"kind": kind, "channels": current[kind.slug]} for kind in kinds]
    return TemplateResponse(request, "notifications/settings.html", {"rows": rows})


@csrf_exempt  # the signed token is the credential; mail clients post here (RFC 8058)
def unsubscribe(request, token):
    found = preferences.read_unsubscribe_token(token)
    user = found and User.objects.filter(pk=found[0], is_active=True).first()
    if not user:
        return TemplateResponse(
            request, "notifications/unsubscribe.html", {"invalid": True}, status=404
        )
    kind = get_event(found[1])
    done = request.method == "POST"
    if done:
        in_site = preferences.channels_for(user, kind.slug).in_site
        preferences.set_channels(user, kind.slug, in_site=in_site, email=False)
    return TemplateResponse(
        request, "notifications/unsubscribe.html", {"kind": kind, "done": done, "token": token}
    )
