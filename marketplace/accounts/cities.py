"""Libyan cities a profile can name (the choice list of the profile's city)."""

from django.utils.translation import gettext_lazy as _

LIBYAN_CITIES = [
    ("tripoli", _("Tripoli")),
    ("benghazi", _("Benghazi")),
    ("misrata", _("Misrata")),
    ("zawiya", _("Zawiya")),
    ("bayda", _("Bayda")),
    ("zliten", _("Zliten")),
    ("khoms", _("Khoms")),
    ("ajdabiya", _("Ajdabiya")),
    ("tobruk", _("Tobruk")),
    ("sabha", _("Sabha")),
    ("sirte", _("Sirte")),
    ("derna", _("Derna")),
    ("gharyan", _("Gharyan")),
    ("sabratha", _("Sabratha")),
    ("zuwara", _("Zuwara")),
    ("marj", _("Marj")),
    ("bani_walid", _("Bani Walid")),
    ("tarhuna", _("Tarhuna")),
    ("surman", _("Surman")),
    ("nalut", _("Nalut")),
    ("yafran", _("Yafran")),
    ("ghat", _("Ghat")),
    ("ubari", _("Ubari")),
    ("murzuq", _("Murzuq")),
    ("kufra", _("Kufra")),
    ("ghadames", _("Ghadames")),
    ("shahat", _("Shahat")),
    ("brega", _("Brega")),
    ("jalu", _("Jalu")),
    ("hun", _("Hun")),
]

SPOKEN_LANGUAGES = [
    ("ar", _("Arabic")),
    ("en", _("English")),
    ("fr", _("French")),
    ("it", _("Italian")),
    ("tr", _("Turkish")),
    ("de", _("German")),
    ("es", _("Spanish")),
    ("zgh", _("Amazigh (Tamazight)")),
]
