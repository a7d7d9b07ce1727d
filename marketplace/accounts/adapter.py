from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """New accounts speak the language they signed up in (e-mails follow it)."""
        user = super().save_user(request, user, form, commit=False)
        user.language = (get_language() or "ar")[:2]
        if commit:
            user.save()
        return user

    def get_login_redirect_url(self, request):
        """Home page in the language the visitor logged in with (not always the Arabic root)."""
        return reverse("wagtail_serve", args=[""])

    def get_logout_redirect_url(self, request):
        return reverse("wagtail_serve", args=[""])
