"""The banks operating in Libya that sellers can be paid into."""

from django.utils.translation import gettext_lazy as _

LIBYAN_BANKS = [
    ("jumhouria", _("Jumhouria Bank")),
    ("wahda", _("Wahda Bank")),
    ("sahara", _("Sahara Bank")),
    ("ncb", _("National Commercial Bank")),
    ("bcd", _("Bank of Commerce and Development")),
    ("aman", _("Aman Bank")),
    ("north_africa", _("North Africa Bank")),
    ("alwaha", _("Alwaha Bank")),
    ("yaqeen", _("Yaqeen Bank")),
    ("atib", _("Assaray Trade and Investment Bank")),
    ("ubci", _("United Bank for Commerce and Investment")),
    ("ejmaa", _("Alejmaa Alarabi Bank")),
    ("nuran", _("Nuran Bank")),
    ("andalus", _("Andalus Bank")),
    ("first_gulf", _("First Gulf Libyan Bank")),
    ("libyan_islamic", _("Libyan Islamic Bank")),
    ("mediterranean", _("Mediterranean Bank")),
    ("wafa", _("Wafa Bank")),
    ("tadamon", _("Tadamon Bank")),
    ("agricultural", _("Agricultural Bank")),
    ("savings", _("Savings and Real Estate Investment Bank")),
]
