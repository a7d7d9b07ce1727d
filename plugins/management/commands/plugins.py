"""``manage.py plugins list|activate|deactivate``: the command-line side of the Plugins screen."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from plugins.manager import installed_plugins
from plugins.services import UnknownPlugin, active_slugs, set_active


class Command(BaseCommand):
    help = "List installed plugins, or switch one on or off for a site."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["list", "activate", "deactivate"])
        parser.add_argument("slug", nargs="?")
        parser.add_argument("--site", type=int, help="Site id (default: the default site)")

    def handle(self, action, slug=None, site=None, **options):
        site_obj = (
            Site.objects.filter(pk=site).first()
            if site
            else Site.objects.filter(is_default_site=True).first()
        )
        if site_obj is None:
            raise CommandError("No such site.")
        if action == "list":
            active = active_slugs(site_obj)
            for plugin_slug, plugin in sorted(installed_plugins().items()):
                status = "active" if plugin_slug in active else "inactive"
                if plugin.load_error:
                    status = f"broken ({plugin.load_error})"
                self.stdout.write(f"{plugin_slug}\t{plugin.version}\t{status}\t{plugin.name}")
            return
        if not slug:
            raise CommandError(f"Name the plugin to {action}.")
        try:
            set_active(slug, site_obj, action == "activate")
        except UnknownPlugin as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{slug}: {action}d on {site_obj}"))
