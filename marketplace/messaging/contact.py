"""Spot contact details in chat messages (phones, e-mails, outside-messaging links).

Dealing outside the platform loses the buyer guarantee, so the chat warns the
sender before a message that shares contact details goes out, and staff see such
messages flagged. This module only *finds* the details; what to do with them is
up to the caller.

Approach
--------
1. **Normalise without moving offsets.** Every decimal digit (Arabic-Indic
   ``٠-٩``, Eastern Arabic/Persian ``۰-۹``, full-width, ...) becomes its ASCII
   digit and the full-width ``＠`` becomes ``@``. Each replacement is one code
   point for one code point, so an offset into the normalised text is the same
   offset into the original; matches are always cut from the original text.
2. **Phones.** Find runs of digit groups joined by short separators (spaces,
   dashes, dots, parentheses, bidi marks), optionally led by ``+`` or ``(``.
   Inside a run, try consecutive groups and keep the longest concatenation whose
   digits have a Libyan shape; groups are never split, so a longer number never
   yields a phone from its middle. Accepted shapes:

   * mobiles ``09[1-5]`` + 7 digits, or with the country code ``218`` / ``+218`` /
     ``00218`` and no trunk 0 (a stray ``0`` after 218 is tolerated);
   * landlines (area code ``2x``-``8x``, 6-7 digit subscriber) only when
     unambiguous: with ``+218`` / ``00218``, or as ``0AA`` written as its own
     group (``021-4445566``, ``(021) 444 5566``). An unseparated ``0214445566``
     is *not* flagged: ten digits starting with 0 are just as often account or
     reference numbers. ``0123456789`` has no valid area code either way.

   A digit group glued to Latin letters (``LY83``, ``INV-0912345678``,
   ``1Z999AA10123456784``) belongs to an identifier (IBAN, invoice, tracking
   number), so no phone may start or end with it. Slashes, colons, commas and
   ``x`` are not separators, so dates, times, prices and dimensions never join
   into a phone; newlines are not either.
3. **E-mails.** Ordinary addresses, plus obfuscations. The more ambiguous the
   obfuscation, the more evidence it needs: a bracketed ``(at)`` / ``[at]`` is
   enough on its own; a spaced ``@`` needs a well-known TLD; a bare word
   ``at`` / ``آت`` needs a spelled-out dot (``dot`` / ``دوت`` / ``نقطة``) before
   a well-known TLD, so "my work at behance.net" stays clean. ``name@gmail``
   (provider, no TLD) is caught too.
4. **Links.** Only messaging / social-DM hosts (WhatsApp, Telegram, Messenger,
   Facebook, Instagram, Viber, Signal, Snapchat, Discord, LinkedIn profiles),
   with or without scheme or ``www.``, plus app URL schemes (``viber://``,
   ``tg://``, ``skype:`` ...). Other sites (portfolios, github.com, ...) are fine.
   An ASCII ``@handle`` next to an app name ("تليجرام @ahmed_ly",
   "@ahmed on insta") also counts as a link; ``@الجميع`` does not.
5. **Overlaps.** All candidates are sorted by start (longest first) and kept
   greedily, so ``wa.me/218912345678`` is one link, not a link and a phone.

Not detected on purpose: foreign (non-Libyan) phone numbers, bare 9-digit
``912345678`` without 0 or country code, and app names without a handle or link
("كلمني واتساب").
"""

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LINK = "link"


@dataclass(frozen=True)
class ContactMatch:
    kind: ContactKind
    text: str  # the matched substring as the user wrote it
    start: int  # offsets into the original text
    end: int


# --- Normalisation ----------------------------------------------------------

_CHAR_REPLACEMENTS = {"\uff20": "@", "\ufe6b": "@", "\uff0e": "."}


def _normalise(text: str) -> str:
    """Map every decimal digit to ASCII and a few look-alikes, one char for one char."""
    return "".join(_normalise_char(ch) for ch in text)


def _normalise_char(ch: str) -> str:
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    return _CHAR_REPLACEMENTS.get(ch, ch)


# --- Phones -----------------------------------------------------------------

# Horizontal whitespace, dashes (incl. Unicode dashes and minus), dots,
# parentheses and the invisible bidi/zero-width marks RTL keyboards insert.
_PHONE_SEPARATOR = r"(?:[^\S\r\n]|[-\u2010-\u2015\u2212.()\u200b-\u200f\u2066-\u2069\u061c])"
_DIGIT_RUN_RE = re.compile(
    r"(?:\(?\+[^\S\r\n]?\(?|\()?"  # optional "+", "(", "(+", "+ (" lead
    rf"[0-9]+(?:{_PHONE_SEPARATOR}{{1,4}}[0-9]+)*"
)
_DIGIT_GROUP_RE = re.compile(r"[0-9]+")
# A Latin letter right before/after the run, possibly across "-", "." or "_".
_LATIN_BEFORE_RE = re.compile(r"[A-Za-z][-._]{0,2}\Z")
_LATIN_AFTER_RE = re.compile(r"[-._]{0,2}[A-Za-z]")

_MOBILE_RE = re.compile(r"(?:(?:\+|00)?2180?|0)9[1-5][0-9]{7}")
_INTERNATIONAL_LANDLINE_RE = re.compile(r"(?:\+|00)2180?[2-8][0-9]{7,8}")
_LOCAL_LANDLINE_RE = re.compile(r"0[2-8][0-9]{7,8}")
_AREA_CODE_GROUP_RE = re.compile(r"0[2-8][0-9]")
_MAX_PHONE_DIGITS = 15


def _find_phones(norm: str) -> list[tuple[int, int]]:
    spans = []
    for run in _DIGIT_RUN_RE.finditer(norm):
        groups = [g.span() for g in _DIGIT_GROUP_RE.finditer(norm, run.start(), run.end())]
        run_start = run.start()
        if _LATIN_BEFORE_RE.search(norm, max(0, run_start - 3), run_start):
            groups = groups[1:]  # "LY83 ...", "INV-0912345678": no phone starts there
            run_start = groups[0][0] if groups else run.end()
        if _LATIN_AFTER_RE.match(norm, run.end()):
            groups = groups[:-1]  # "0912345678px": no phone ends there
        spans.extend(_phones_in_run(norm, run_start, groups))
    return spans


def _phones_in_run(
    norm: str, run_start: int, groups: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Greedy left-to-right: from each group, take the longest phone-shaped prefix."""
    has_plus = bool(groups) and "+" in norm[run_start : groups[0][0]]
    spans = []
    i = 0
    while i < len(groups):
        last = _longest_phone_from(norm, groups, i, has_plus and i == 0)
        if last is None:
            i += 1
            continue
        start = run_start if i == 0 else groups[i][0]
        end = groups[last][1]
        spans.append(_balance_parenthesis(norm, start, end))
        i = last + 1
    return spans


def _longest_phone_from(
    norm: str, groups: list[tuple[int, int]], first: int, has_plus: bool
) -> int | None:
    first_group = norm[slice(*groups[first])]
    number = "+" if has_plus else ""
    best = None
    for last in range(first, len(groups)):
        number += norm[slice(*groups[last])]
        if len(number) > _MAX_PHONE_DIGITS + 1:
            break
        if _is_libyan_phone(number, first_group, several_groups=last > first):
            best = last
    return best


def _is_libyan_phone(number: str, first_group: str, several_groups: bool) -> bool:
    if _MOBILE_RE.fullmatch(number) or _INTERNATIONAL_LANDLINE_RE.fullmatch(number):
        return True
    # A bare 0AA landline only counts when the area code is written apart.
    return bool(
        several_groups
        and _AREA_CODE_GROUP_RE.fullmatch(first_group)
        and _LOCAL_LANDLINE_RE.fullmatch(number)
    )


def _balance_parenthesis(norm: str, start: int, end: int) -> tuple[int, int]:
    """Include a leading "(" only when its ")" is inside the phone: "(091) 2345678"."""
    if norm[start] == "(" and ")" not in norm[start:end]:
        return start + 1, end
    if start > 0 and norm[start - 1] == "(" and ")" in norm[start:end]:
        return start - 1, end
    return start, end


# --- E-mails ----------------------------------------------------------------

_LOCAL_PART = r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
_END = r"(?![A-Za-z0-9\-])"
_ANY_TLD = r"(?:[A-Za-z]{2,24}|كوم)"
_KNOWN_TLD = (
    r"(?:com|net|org|ly|info|io|co|me|edu|gov|biz|us|uk|de|fr|it|tr|ru|ae|sa|qa|eg|tn|dz|ma"
    r"|jo|app|dev|online|site|xyz|كوم)"
)
_PROVIDER = r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|ymail|aol|msn)"

_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_BRACKETED_AT = rf"\s*{_OPEN}\s*(?:at|@|آت)\s*{_CLOSE}\s*"
_SPACED_AT = r"(?:\s+@\s*|\s*@\s+)"
_WORD_AT = r"\s+(?:at|آت)\s+"
_DOT_WORD = r"(?:dot|دوت|نقطة|نقطه)"
_OBFUSCATED_DOT = rf"(?:\s*{_OPEN}\s*(?:{_DOT_WORD}|\.)\s*{_CLOSE}\s*|\s+{_DOT_WORD}\s+)"
_ANY_DOT = rf"(?:{_OBFUSCATED_DOT}|\.)"
_DOMAIN_BODY = rf"{_LABEL}(?:{_ANY_DOT}{_LABEL})*"

_EMAIL_RES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # name.surname+x@gmail.com
        rf"{_LOCAL_PART}@{_LABEL}(?:\.{_LABEL})*\.[A-Za-z]{{2,24}}{_END}",
        # name (at) gmail.com, name [at] gmail [dot] com
        rf"{_LOCAL_PART}{_BRACKETED_AT}{_DOMAIN_BODY}{_ANY_DOT}{_ANY_TLD}{_END}",
        # name @ gmail.com
        rf"{_LOCAL_PART}{_SPACED_AT}{_DOMAIN_BODY}{_ANY_DOT}{_KNOWN_TLD}{_END}",
        # name at gmail dot com, name آت gmail دوت com
        rf"{_LOCAL_PART}{_WORD_AT}{_DOMAIN_BODY}{_OBFUSCATED_DOT}{_KNOWN_TLD}{_END}",
        # name@gmail, name [at] hotmail
        rf"{_LOCAL_PART}(?:@|{_BRACKETED_AT}|{_SPACED_AT}){_PROVIDER}(?![A-Za-z0-9\-]|\.[A-Za-z])",
    )
)


def _find_emails(norm: str) -> list[tuple[int, int]]:
    return [m.span() for regex in _EMAIL_RES for m in regex.finditer(norm)]


# --- Outside-messaging links and handles ------------------------------------

_SUBDOMAINS = r"(?:[a-z0-9-]+\.)*"
_MESSAGING_HOST = (
    r"(?:wa\.me|t\.me|telegram\.(?:me|dog)|m\.me|fb\.(?:com|me)|ig\.me|instagr\.am"
    r"|signal\.(?:me|group)|discord\.gg|invite\.viber\.com"
    rf"|{_SUBDOMAINS}(?:whatsapp|messenger|facebook|instagram|snapchat|discord(?:app)?)\.com)"
)
_URL_CHARS = r"[A-Za-z0-9\-._~%!$&'()*+,;=:@/?#]"
# Not inside another host or e-mail, nor in the path of another site's URL.
_LINK_START = r"(?<![A-Za-z0-9.\-_@])(?<![A-Za-z0-9.\-_%]/)"
_MESSAGING_LINK_RE = re.compile(
    rf"{_LINK_START}(?:https?://)?(?:www\.)?"
    rf"(?:{_MESSAGING_HOST}(?![A-Za-z0-9\-_])(?:[/?#]{_URL_CHARS}*)?"
    rf"|{_SUBDOMAINS}linkedin\.com/in/{_URL_CHARS}+)",
    re.IGNORECASE,
)
_APP_SCHEME_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:viber|whatsapp|tg|fb-messenger|sgnl)://|skype:){_URL_CHARS}+",
    re.IGNORECASE,
)
_TRAILING_PUNCTUATION = ".,;:!?'\")"

# App names, Latin (as whole words) and Arabic (anywhere, so "بالواتس" counts).
_APP_NAME = (
    r"(?:(?<![A-Za-z])(?:whats\s?app|watsapp|telegram|insta(?:gram)?|snap(?:chat)?|facebook"
    r"|messenger|viber|discord|skype|tiktok|twitter|ig|fb|tg)(?![A-Za-z])"
    r"|واتس|وتساب|ت[يى]?ل[يى]?[جغقك]رام|تلي|[اإ]نست|سناب|فيس|م[ا]?سنجر|فايبر"
    r"|سيجنال|ديسكورد|سكايب|تيك\s?توك|تويتر)"
)
_HANDLE = (
    r"(?<![A-Za-z0-9._%+\-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![A-Za-z0-9_@])"
)
_HANDLE_NEAR_APP_RES = (
    re.compile(rf"{_APP_NAME}[^\n@]{{0,25}}?(?P<handle>{_HANDLE})", re.IGNORECASE),
    re.compile(rf"(?P<handle>{_HANDLE})[^\n@]{{0,25}}?{_APP_NAME}", re.IGNORECASE),
)


def _find_links(norm: str) -> list[tuple[int, int]]:
    spans = [
        _strip_trailing_punctuation(norm, *m.span())
        for regex in (_MESSAGING_LINK_RE, _APP_SCHEME_RE)
        for m in regex.finditer(norm)
    ]
    spans += [m.span("handle") for regex in _HANDLE_NEAR_APP_RES for m in regex.finditer(norm)]
    return spans


def _strip_trailing_punctuation(norm: str, start: int, end: int) -> tuple[int, int]:
    """A link at the end of a sentence should not swallow its full stop or bracket."""
    while end > start and norm[end - 1] in _TRAILING_PUNCTUATION:
        end -= 1
    return start, end


# --- Public API -------------------------------------------------------------


def find_contact_details(text: str) -> list[ContactMatch]:
    """Contact details in ``text``, in order of appearance, without overlaps."""
    if not text:
        return []
    norm = _normalise(text)
    candidates = [
        (start, end, kind)
        for kind, spans in (
            (ContactKind.LINK, _find_links(norm)),
            (ContactKind.EMAIL, _find_emails(norm)),
            (ContactKind.PHONE, _find_phones(norm)),
        )
        for start, end in spans
    ]
    # Earliest first, then longest: a link or e-mail swallows the phone inside it.
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
    matches: list[ContactMatch] = []
    for start, end, kind in candidates:
        if matches and start < matches[-1].end:
            continue
        matches.append(ContactMatch(kind, text[start:end], start, end))
    return matches


def contact_kinds(text: str) -> list[str]:
    """The distinct kinds of contact details in ``text``, sorted, e.g. ``["email", "phone"]``."""
    return sorted({str(match.kind) for match in find_contact_details(text)})
