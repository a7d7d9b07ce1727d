from django.apps import AppConfig


class SaharaConfig(AppConfig):
    name = "microlibya_sahara"
    verbose_name = "Sahara"
