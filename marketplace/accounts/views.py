from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from marketplace.accounts import services
from marketplace.accounts.forms import ProfileForm
from marketplace.accounts.models import User


def public_profile(request, username):
    user = get_object_or_404(
        User.objects.select_related("profile"), username=username, is_active=True
    )
    profile = services.ensure_profile(user)
    return TemplateResponse(
        request,
        "accounts/public_profile.html",
        {"profile_user": user, "profile": profile, "skills": profile.skills.all()},
    )


@login_required
def profile_settings(request):
    profile = services.ensure_profile(request.user)
    form = ProfileForm(
        request.POST or None, request.FILES or None, instance=profile, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.update_profile(
            profile,
            avatar_file=data["avatar"],
            display_name=data["display_name"],
            bio=data["bio"],
            city=data["city"],
            languages=data["languages"],
            skills=data["skills"],
            language=data["language"],
        )
        messages.success(request, _("Your profile was saved."))
        return redirect("accounts:profile_settings")
    return TemplateResponse(request, "accounts/profile_settings.html", {"form": form})
