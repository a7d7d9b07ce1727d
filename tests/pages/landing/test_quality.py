import random
from itertools import combinations

import pytest

from pages.landing import quality
from pages.landing.quality import (
    Overlap,
    QualityReport,
    Uniqueness,
    measure,
    shingles,
    visible_text,
    words,
)

TEN_WORDS = "one two three four five six seven eight nine ten"


def reference(documents, size):
    """measure()'s figures the slow, obvious way: every pair of shingle sets compared."""
    keys = list(documents)
    sets = [shingles(documents[key], size) for key in keys]
    pairs = []
    for first, second in combinations(range(len(keys)), 2):
        union = sets[first] | sets[second]
        jaccard = len(sets[first] & sets[second]) / len(union) if union else 0.0
        if jaccard:
            pairs.append((-jaccard, first, second))
    shares = []
    for index, own in enumerate(sets):
        others = set().union(*(sets[other] for other in range(len(sets)) if other != index))
        shares.append((len(own - others) / len(own) if own else 0.0, index))
    return (
        [Overlap(keys[first], keys[second], -jaccard) for jaccard, first, second in sorted(pairs)],
        [Uniqueness(keys[index], share) for share, index in sorted(shares)],
    )


def random_documents(seed):
    """30 short documents over a tiny vocabulary, so that they share many shingles, with
    copies, empty ones and ones shorter than a shingle; the words include spelling variants
    that normalise to the same word."""
    rng = random.Random(seed)
    vocabulary = ["alpha", "Beta", "beta,", "gamma", "مُصَمِّم", "مصمم؟"]
    documents = {}
    for index in range(30):
        if index and rng.random() < 0.2:
            documents[index] = documents[rng.randrange(index)]
        else:
            documents[index] = " ".join(rng.choices(vocabulary, k=rng.randint(0, 25)))
    return documents


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("size", [1, 3, 5])
@pytest.mark.parametrize("block_entries", [1, quality._BLOCK_ENTRIES])
def test_measure_equals_brute_force(monkeypatch, seed, size, block_entries):
    monkeypatch.setattr(quality, "_BLOCK_ENTRIES", block_entries)  # 1: one row per block
    documents = random_documents(seed)
    pairs, pages = reference(documents, size)

    report = measure(documents, size=size, worst=len(documents) ** 2)

    assert report.pages == 30
    assert report.worst_pairs == pairs
    assert report.worst_pages == pages
    assert report.max_overlap == max(pair.jaccard for pair in pairs)
    assert report.min_unique_share == pages[0].unique_share


def test_identical_documents_overlap_completely_and_have_nothing_unique():
    report = measure({"a": TEN_WORDS, "b": TEN_WORDS})

    assert report.max_overlap == 1.0
    assert report.worst_pairs == [Overlap("a", "b", 1.0)]
    assert report.worst_pages == [Uniqueness("a", 0.0), Uniqueness("b", 0.0)]
    assert report.min_unique_share == 0.0


def test_disjoint_documents_do_not_overlap_and_are_all_unique():
    report = measure({"a": TEN_WORDS, "b": "eleven twelve thirteen fourteen fifteen sixteen"})

    assert report.max_overlap == 0.0
    assert report.worst_pairs == []
    assert report.min_unique_share == 1.0


def test_partial_overlap_counted_by_hand():
    # a has 6 shingles (words 1-5 ... 6-10), b has 6 (words 5-9 ... 10-14); both have the two
    # shingles of words 5-10: Jaccard 2 / (6 + 6 - 2), and 4 of each page's 6 are its own.
    report = measure(
        {
            "a": TEN_WORDS,
            "b": "five six seven eight nine ten eleven twelve thirteen fourteen",
        }
    )

    assert report.worst_pairs == [Overlap("a", "b", 0.2)]
    assert report.worst_pages == [Uniqueness("a", 4 / 6), Uniqueness("b", 4 / 6)]


def test_worst_lists_are_ordered_and_limited():
    documents = {
        "original": TEN_WORDS,
        "copy": TEN_WORDS,
        "half": "one two three four five six x1 x2 x3 x4",
        "tail": "z1 z2 z3 six seven eight nine ten",
        "own": "y1 y2 y3 y4 y5 y6",
    }

    report = measure(documents, worst=2)

    # ("copy", "half") has the same 0.2 as ("original", "half"): ties go in the documents' order.
    assert report.worst_pairs == [
        Overlap("original", "copy", 1.0),
        Overlap("original", "half", 0.2),
    ]
    assert [page.key for page in report.worst_pages] == ["original", "copy"]
    assert report.max_overlap == 1.0

    everything = measure(documents, worst=100)
    jaccards = [pair.jaccard for pair in everything.worst_pairs]
    shares = [page.unique_share for page in everything.worst_pages]
    assert jaccards == [1.0, 0.2, 0.2, 1 / 9, 1 / 9]
    assert shares == sorted(shares)
    assert len(everything.worst_pages) == 5

    nothing = measure(documents, worst=0)
    assert (nothing.worst_pairs, nothing.worst_pages) == ([], [])
    assert (nothing.max_overlap, nothing.min_unique_share) == (1.0, 0.0)


def test_empty_documents_overlap_nothing_and_have_nothing_unique():
    report = measure({"empty": "", "also empty": " ، ", "page": TEN_WORDS})

    assert report.worst_pairs == []
    assert report.max_overlap == 0.0
    assert report.worst_pages == [
        Uniqueness("empty", 0.0),
        Uniqueness("also empty", 0.0),
        Uniqueness("page", 1.0),
    ]


def test_no_pages_and_one_page():
    assert measure({}) == QualityReport(
        pages=0, max_overlap=0.0, min_unique_share=1.0, worst_pairs=[], worst_pages=[]
    )
    single = measure({("ar", 1): TEN_WORDS})
    assert (single.pages, single.max_overlap, single.min_unique_share) == (1, 0.0, 1.0)


def test_arabic_diacritics_tatweel_and_punctuation_are_normalised():
    assert words("مُصَمِّم") == words("مصمم") == ["مصمم"]
    assert words("مصـــمم") == ["مصمم"]
    assert words("مصمم، مبرمج؛ من؟") == ["مصمم", "مبرمج", "من"]
    assert words("Logo DESIGNER, for 500 LYD!") == ["logo", "designer", "for", "500", "lyd"]

    report = measure(
        {
            "plain": "مصمم شعارات محترف في طرابلس بسعر ٥٠٠ دينار",
            "marked": "مُصَمِّم شِعارات مُحـتـرف في طرابلس، بسعر ٥٠٠ دينار.",
        }
    )
    assert report.max_overlap == 1.0


def test_shingles():
    assert shingles("one two three four five six") == {
        "one two three four five",
        "two three four five six",
    }
    assert shingles("One, two!") == {"one two"}
    assert shingles("") == shingles("؟ !") == set()
    assert shingles("one two three", size=2) == {"one two", "two three"}
    with pytest.raises(ValueError):
        shingles("one", size=0)
    with pytest.raises(ValueError):
        measure({"a": "one"}, size=0)


def test_visible_text_is_the_shown_text_of_main():
    html = """<!doctype html>
    <html><head><title>Site title</title><style>main { color: red }</style></head>
    <body>
      <header><nav><a href="/">Home</a> <a href="/jobs/">Jobs</a></nav></header>
      <main>
        <h1>Logo designers</h1><p>Hire a <b>logo</b> designer&nbsp;in Tripoli &amp; Benghazi.</p>
        <script>var text = "script text";</script>
        <style>.card { display: block }</style>
        <template><p>template text</p></template>
        <noscript>noscript text</noscript>
        <div hidden><p>hidden text</div>
        <span aria-hidden="true">★★★</span><span aria-hidden="false">Rated</span>
        <ul><li>One</li><li>Two</li></ul>
      </main>
      <footer>Footer text</footer>
    </body></html>"""

    assert visible_text(html) == (
        "Logo designers Hire a logo designer in Tripoli & Benghazi. Rated One Two"
    )


def test_visible_text_separates_blocks_but_not_inline_elements():
    assert visible_text("<main><p>one</p><p>two</p>three<br>four</main>") == "one two three four"
    assert visible_text("<main><p>un<b>break</b><i>able</i></p></main>") == "unbreakable"


def test_visible_text_of_a_page_without_main_is_empty():
    assert visible_text("<body><header>Site</header><p>Text</p></body>") == ""


@pytest.mark.parametrize(
    ("max_overlap", "min_unique_share", "meets"),
    [(0.5, 0.4, True), (0.0, 1.0, True), (0.51, 0.9, False), (0.1, 0.39, False)],
)
def test_meets_the_targets(max_overlap, min_unique_share, meets):
    report = QualityReport(
        pages=2,
        max_overlap=max_overlap,
        min_unique_share=min_unique_share,
        worst_pairs=[],
        worst_pages=[],
    )

    assert report.meets() is meets
    assert report.meets(max_overlap=1.0, min_unique_share=0.0) is True
    assert report.meets(max_overlap=0.05, min_unique_share=0.0) is (max_overlap <= 0.05)
