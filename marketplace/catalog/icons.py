"""Category icons: symbols of site/static/icons/categories.svg."""

from django.utils.translation import gettext_lazy as _

CATEGORY_ICONS = [
    ("category", _("General")),
    ("design", _("Design")),
    ("writing", _("Writing")),
    ("programming", _("Programming")),
    ("marketing", _("Marketing")),
    ("video", _("Video")),
    ("audio", _("Audio")),
    ("business", _("Business")),
    ("training", _("Training")),
    ("engineering", _("Engineering")),
]
