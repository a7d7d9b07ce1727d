"""Libyan IBANs: ``LY``, 2 check digits, then 21 digits (bank 3, branch 3, account 15).

The mod-97 check (ISO 13616) is python-stdnum's; the country, length and digit checks come
first so the seller reads what exactly is wrong.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumError

LIBYAN_IBAN_LENGTH = 25
# Spaces, dashes and dots people type or copy between the groups, and invisible marks that
# come with text pasted from right-to-left pages.
SEPARATORS = re.compile(r"[\s\-.\u200e\u200f\u202a-\u202e\u2066-\u2069]+")
LATIN_DIGITS = re.compile(r"[0-9]+")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def normalise_iban(value: str) -> str:
    return SEPARATORS.sub("", str(value or "")).translate(ARABIC_DIGITS).upper()


def validate_libyan_iban(value: str) -> str:
    """The IBAN in its compact form (``LY83002048000020100120361``), or a ValidationError
    saying what is wrong in the reader's language."""
    iban = normalise_iban(value)
    if not iban:
        raise ValidationError(_("Enter the account's IBAN."), code="required")
    if not iban.startswith("LY"):
        raise ValidationError(
            _("A Libyan IBAN starts with LY; this one starts with %(start)s."),
            code="country",
            params={"start": iban[:2]},
        )
    if len(iban) != LIBYAN_IBAN_LENGTH:
        raise ValidationError(
            _("A Libyan IBAN has 25 characters (LY and 23 digits); this one has %(length)d."),
            code="length",
            params={"length": len(iban)},
        )
    if not LATIN_DIGITS.fullmatch(iban[2:]):
        raise ValidationError(_("After LY, a Libyan IBAN has digits only."), code="format")
    try:
        return stdnum_iban.validate(iban)
    except StdnumError as error:
        raise ValidationError(
            _("This IBAN is not valid: check its digits (the check digits do not match)."),
            code="checksum",
        ) from error


def format_iban(iban: str) -> str:
    """Groups of four, as printed on bank statements."""
    return stdnum_iban.format(iban)
