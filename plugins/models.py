from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site


class PluginState(models.Model):
    """Whether a plugin is switched on for a site, its settings and its last error."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="plugin_states")
    slug = models.SlugField(_("plugin"), max_length=100)
    is_active = models.BooleanField(_("active"), default=False)
    settings = models.JSONField(_("settings"), default=dict, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("plugin state")
        verbose_name_plural = _("plugin states")
        constraints = [
            models.UniqueConstraint(fields=["site", "slug"], name="unique_plugin_state_per_site")
        ]

    def __str__(self):
        return f"{self.slug} @ {self.site_id}"
