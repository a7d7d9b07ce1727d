"""Arabic-aware text processing shared by indexing and querying.

Every search backend sees the same tokens: a query in one derived form ("مصمم شعارات") finds a
service written in another ("تصميم شعار") because both reduce to the same normalised word, light
stem (Snowball) or root (ISRI). Latin words are lower-cased and stemmed with Snowball English.
"""

import re
from functools import lru_cache

import snowballstemmer
from nltk.stem.isri import ISRIStemmer

TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
TATWEEL = "\u0640"
_STRIP = {
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Eastern Arabic-Indic digits
    **dict.fromkeys(TASHKEEL + TATWEEL),
}
_CLEAN = str.maketrans(_STRIP)
_FOLD = str.maketrans(
    {
        **_STRIP,
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ة": "ه",
        "ى": "ي",
    }
)
_RAW_WORD = re.compile(r"[0-9a-z\u0621-\u064a\u0671]+")
_ARABIC = re.compile(r"[\u0621-\u064a]")
# Function words that would match almost everything.
STOP_WORDS = frozenset(
    {"في", "من", "الي", "علي", "عن", "مع", "او", "ثم", "ان", "هذا", "هذه", "ذلك", "التي"}
    | {"الذي", "كل", "و", "ب", "ل", "ك", "the", "a", "an", "and", "or", "of", "for", "to"}
    | {"in", "on", "with", "by"}
)
# Roots are stored as "r" + root ("rصمم"): one token for every engine's tokenizer (an underscore
# would split it), and never equal to a word, which has no Latin letter next to Arabic ones.
ROOT_MARK = "r"
_isri = ISRIStemmer()
_arabic_snowball = snowballstemmer.stemmer("arabic")
_english_snowball = snowballstemmer.stemmer("english")


def normalize(text: str) -> str:
    """Fold letter variants, strip tashkeel and tatweel, Western digits, lower case."""
    return text.lower().translate(_FOLD)


def words(text: str) -> list[str]:
    """The words of ``text`` (tashkeel, tatweel and digits cleaned, letters not yet folded),
    stop words dropped, in order."""
    cleaned = _RAW_WORD.findall(text.lower().translate(_CLEAN))
    return [w for w in cleaned if normalize(w) not in STOP_WORDS]


_ARTICLE = re.compile(r"^(?:وال|بال|كال|فال|لل|ال)(?=..)")
_SUFFIX = re.compile(r"(?:ات|ون|ين|ه)$")


def _strip_affixes(folded: str) -> str:
    """The word without its article and plural/feminine ending, and participles without their
    mu-, so that ISRI finds the same root in "الترجمة" and "مترجم", "إعلانات" and "اعلان"."""
    stripped = _SUFFIX.sub("", _ARTICLE.sub("", folded))
    if len(stripped) >= 5 and stripped.startswith("م"):
        stripped = stripped[1:]  # the participle's mu- ("مبرمج", "مترجم") that ISRI keeps
    return stripped if len(stripped) >= 3 else folded


@lru_cache(maxsize=50_000)
def word_forms(word: str) -> tuple[str, ...]:
    """The index terms of one word: its folded form, light stems and roots (``ROOT_MARK``).

    The stemmers see the word both as written and with its letters folded, so that "مدرسة"
    and the common spelling "مدرسه" share their terms.
    """
    folded = normalize(word)
    if not _ARABIC.search(folded):
        return tuple(dict.fromkeys((folded, _english_snowball.stemWord(folded))))
    forms = [folded]
    for variant in dict.fromkeys((word, folded, _strip_affixes(folded))):
        forms.append(normalize(_arabic_snowball.stemWord(variant)))
        if len(variant) > 2:
            forms.append(ROOT_MARK + normalize(_isri.stem(variant)))
    return tuple(dict.fromkeys(f for f in forms if f and f != ROOT_MARK))


def index_terms(text: str) -> str:
    """The space-separated terms a backend stores for ``text``."""
    return " ".join(term for word in words(text) for term in word_forms(word))


def query_groups(query: str) -> list[tuple[str, ...]]:
    """One group of alternative terms per query word; a match needs one term of every group."""
    groups = [word_forms(word) for word in dict.fromkeys(words(query))]
    return groups[:12]


def matches(word: str, groups: list[tuple[str, ...]]) -> bool:
    """Whether a displayed word matches the query (for highlighting)."""
    found = words(word)
    if not found:
        return False
    forms = set(word_forms(found[0]))
    return any(forms.intersection(group) for group in groups)
