"""Avatar uploads: check the type by content (not by name), check the size, crop and resize."""

from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_PIXELS = 40_000_000


def process_avatar(upload) -> ContentFile:
    """Return a square WebP of AVATAR_SIZE_PX, or raise ValidationError in the user's language."""
    if upload.size > settings.AVATAR_MAX_BYTES:
        raise ValidationError(
            _("The photo is too large (%(size)s). The largest allowed is %(max)s.")
            % {
                "size": filesizeformat(upload.size),
                "max": filesizeformat(settings.AVATAR_MAX_BYTES),
            },
            code="too_large",
        )
    not_an_image = ValidationError(
        _("This file is not a photo. Upload a JPEG, PNG, WebP or GIF image."), code="not_image"
    )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            if probe.width * probe.height > MAX_PIXELS:
                raise ValidationError(_("The photo's dimensions are too large."), code="too_big")
            probe.verify()
        if image_format not in ALLOWED_FORMATS:
            raise not_an_image
        upload.seek(0)
        with Image.open(upload) as image:
            image = ImageOps.exif_transpose(image).convert("RGB")
            size = settings.AVATAR_SIZE_PX
            image = ImageOps.fit(image, (size, size), Image.Resampling.LANCZOS)
            out = BytesIO()
            image.save(out, format="WEBP", quality=85)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise not_an_image from None
    return ContentFile(out.getvalue(), name="avatar.webp")
