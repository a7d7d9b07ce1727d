from allauth.account.signals import email_confirmed, user_signed_up
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from marketplace.accounts import services


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def create_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        services.ensure_profile(instance)


@receiver(user_signed_up)
def on_user_signed_up(sender, request, user, **kwargs):
    services.record_sign_up(user)


@receiver(email_confirmed)
def on_email_confirmed(sender, request, email_address, **kwargs):
    services.record_email_confirmed(email_address.user, email_address.email)
