"""Images placed in rich text (help articles, blog posts) are served as WebP: the same three
formats Wagtail offers editors, converted (every current browser reads WebP; AVIF needs the
<picture> element rich text does not write). Wagtail imports this module from every app."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.formats import Format, register_image_format, unregister_image_format

for name, label, classes, size in [
    ("fullwidth", _("Full width"), "richtext-image full-width", "width-800"),
    ("left", _("Left-aligned"), "richtext-image left", "width-500"),
    ("right", _("Right-aligned"), "richtext-image right", "width-500"),
]:
    unregister_image_format(name)
    register_image_format(Format(name, label, classes, f"{size}|format-webp"))
