"""Moamalat's SecureHash and amounts in dirhams. No Django here: easy to test by itself.

The SecureHash is an HMAC-SHA256 keyed with the merchant's secure key *hex-decoded*, over
the fields sorted by name and joined as ``Name=value&Name=value`` (no URL-encoding), written
as upper-case hex. Which fields are signed depends on the message:

- launching the Lightbox: Amount (dirhams), DateTimeLocalTrxn (our TrxDateTime), MerchantId,
  MerchantReference, TerminalId;
- a notification from Moamalat: Amount, Currency, DateTimeLocalTrxn, MerchantId, TerminalId.
"""

import hashlib
import hmac
from collections.abc import Mapping
from decimal import Decimal

LIGHTBOX_FIELDS = ("Amount", "DateTimeLocalTrxn", "MerchantId", "MerchantReference", "TerminalId")
NOTIFICATION_FIELDS = ("Amount", "Currency", "DateTimeLocalTrxn", "MerchantId", "TerminalId")

DIRHAMS_PER_DINAR = 1000
# Date and time of a Lightbox request (Moamalat: "yyyyMMddHHmm").
TRX_DATETIME_FORMAT = "%Y%m%d%H%M"


def decode_key(key_hex: str) -> bytes:
    """The secure key as bytes; ``ValueError`` when it is empty or not hexadecimal."""
    key = bytes.fromhex("".join((key_hex or "").split()))
    if not key:
        raise ValueError("The secure key is empty.")
    return key


def is_valid_key(key_hex: str) -> bool:
    try:
        decode_key(key_hex)
    except ValueError:
        return False
    return True


def _text(value) -> str:
    return "" if value is None else str(value)


def signed_string(fields: Mapping[str, object]) -> str:
    return "&".join(f"{name}={_text(fields[name])}" for name in sorted(fields))


def secure_hash(fields: Mapping[str, object], key_hex: str) -> str:
    """The SecureHash of ``fields`` (name → value) with the hex ``key_hex``."""
    digest = hmac.new(decode_key(key_hex), signed_string(fields).encode(), hashlib.sha256)
    return digest.hexdigest().upper()


def hash_matches(fields: Mapping[str, object], key_hex: str, received) -> bool:
    """Whether ``received`` is the SecureHash of ``fields``, compared in constant time."""
    if not isinstance(received, str) or not received:
        return False
    expected = secure_hash(fields, key_hex).encode()
    return hmac.compare_digest(expected, received.strip().upper().encode())


def to_dirhams(amount: Decimal) -> int:
    """Dinars (a Decimal with at most 3 places) as whole dirhams."""
    dirhams = Decimal(amount) * DIRHAMS_PER_DINAR
    if dirhams != dirhams.to_integral_value():
        raise ValueError(f"{amount} LYD is not a whole number of dirhams.")
    return int(dirhams)


def from_dirhams(value) -> Decimal:
    """Moamalat's amount (whole dirhams, as a string or an int) in dinars."""
    text = _text(value).strip()
    if not text.isascii() or not text.isdigit():
        raise ValueError(f"Not an amount in dirhams: {value!r}")
    return Decimal(int(text)) / DIRHAMS_PER_DINAR
