from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from marketplace.accounts import services
from marketplace.accounts.forms import ProfileForm


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
