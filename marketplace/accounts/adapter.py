from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """New accounts speak the language they signed up in (e-mails follow it)."""
        user = super().save_user(request, user, form, commit=False)
        user.language = (get_language() or "ar")[:2]
        if commit:
            user.save()
        return user
