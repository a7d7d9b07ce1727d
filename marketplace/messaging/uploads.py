"""Checks on a file a user attaches: its size, and its type read from its own bytes.

The name's extension must be one we accept and must agree with what the bytes are, so a
renamed executable or an HTML page posing as a PDF is refused.
"""

import os
import unicodedata
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# Extension → the content type its bytes must show. Text has no signature: it must be UTF-8.
ACCEPTED_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "zip": "application/zip",
    "mp3": "audio/mpeg",
    "mp4": "video/mp4",
    "txt": "text/plain",
}
OFFICE_PREFIX = "application/vnd.openxmlformats-officedocument."
ZIP = "application/zip"
ACCEPT_ATTRIBUTE = ",".join(f".{extension}" for extension in ACCEPTED_TYPES)
SNIFF_BYTES = 8192


@dataclass(frozen=True)
class CheckedUpload:
    name: str
    content_type: str
    size: int


def accepted_extensions_text() -> str:
    return ", ".join(sorted({extension for extension in ACCEPTED_TYPES if extension != "jpeg"}))


def check_attachment(upload) -> CheckedUpload:
    """Return the upload's clean name, type and size, or raise a ValidationError that says
    what is wrong in the user's language."""
    name = _clean_name(upload.name) or "file"
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ACCEPTED_TYPES:
        raise ValidationError(
            _("“%(name)s” is not a file type we accept. Accepted types: %(types)s."),
            code="file_type",
            params={"name": name, "types": accepted_extensions_text()},
        )
    limit = settings.MESSAGE_ATTACHMENT_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s; a file may be at most %(limit)s."),
            code="file_size",
            params={
                "name": name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(limit),
            },
        )
    if upload.size == 0:
        raise ValidationError(_("“%(name)s” is empty."), code="file_empty", params={"name": name})
    expected = ACCEPTED_TYPES[extension]
    if not _bytes_match(upload, expected):
        raise ValidationError(
            _("“%(name)s” is not really a %(extension)s file."),
            code="file_content",
            params={"name": name, "extension": extension.upper()},
        )
    return CheckedUpload(name=name, content_type=expected, size=upload.size)


def _clean_name(name: str | None) -> str:
    """The file's own name, without folders, control characters or direction overrides (a
    right-to-left override can make ``photo‮gpj.zip`` look like an image)."""
    name = os.path.basename(name or "")
    name = "".join(char for char in name if unicodedata.category(char) not in ("Cc", "Cf"))
    return name.strip()[:200]


def _bytes_match(upload, expected: str) -> bool:
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    if expected == "text/plain":
        return _is_text(head)
    found = filetype.guess_mime(head)
    # Office files are zip archives; their own signature sits in a member name that may lie
    # past the first bytes, so a zip is accepted for them.
    return found == expected or (expected.startswith(OFFICE_PREFIX) and found == ZIP)


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # The sniffed slice may cut a multi-byte character in two at its end.
        return error.start >= len(head) - 3
    return True
