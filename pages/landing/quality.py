"""How much of each programmatic landing page is its own text.

Pages generated from a few templates can become near-copies of each other, and search engines
treat such pages as thin, duplicate content. This module measures, over a set of pages, the
largest text overlap between any two of them (Jaccard similarity of their word 5-gram shingle
sets) and the share of each page's shingles that no other page has, and lists the worst pairs
and pages. The figures are exact, not MinHash estimates: a page that fails the target is really
failing it, and a page that passes really passes.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

import numpy as np
from scipy import sparse

# Their content is never shown to a reader.
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
# Elements without an end tag: they never contain text, so they are never put on the stack.
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr"}
)
# A reader sees a break between these and the text around them, even without whitespace in
# the markup: "<li>one</li><li>two</li>" is two words.
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog"}
    | {"div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2"}
    | {"h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav"}
    | {"ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th"}
    | {"thead", "tr", "ul"}
)
# Tashkeel (U+064B-U+065F), the superscript alef (U+0670) and tatweel (U+0640) change how a
# word looks, not which word it is.
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])
# Runs of letters and digits: everything else, Arabic punctuation included, separates words.
_WORD = re.compile(r"[^\W_]+")
# Upper bound on the pair counts computed at once, so memory stays flat however many pages
# (and, measured on 20,000 pages, a million is faster than several: the blocks stay in cache).
_BLOCK_ENTRIES = 1_000_000


class _MainText(HTMLParser):
    """Collects the text of <main> that is not inside a skipped or hidden element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        # Open elements as (tag, is <main>, hides its content): an end tag closes the nearest
        # open element of its name and any left unclosed inside it (a <p> or <li> whose end
        # tag was left out).
        self._open: list[tuple[str, bool, bool]] = []
        self._mains = 0
        self._hiding = 0

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")
        if tag in _VOID_TAGS:
            return
        attributes = dict(attrs)
        hides = (
            tag in _SKIPPED_TAGS
            or "hidden" in attributes
            or (attributes.get("aria-hidden") or "").strip().lower() == "true"
        )
        main = tag == "main"
        self._open.append((tag, main, hides))
        self._mains += main
        self._hiding += hides

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")
        if all(open_tag != tag for open_tag, _, _ in self._open):
            return  # a stray end tag closes nothing
        while True:
            open_tag, main, hides = self._open.pop()
            self._mains -= main
            self._hiding -= hides
            if open_tag == tag:
                return

    def handle_data(self, data):
        if self._mains and not self._hiding:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The text a reader sees in the page's <main> element, whitespace collapsed.

    Only <main> counts: the site's header and footer are the same on every page and are not
    the page's own text. A page without <main> has no text of its own here ("").
    """
    parser = _MainText()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())


def words(text: str) -> list[str]:
    """The text's words, normalised so that spelling variants of one word compare equal.

    NFKC folds Arabic presentation forms and composed/decomposed letters together; then
    casefolding, and dropping Arabic diacritics and tatweel ("مُصَمِّم" and "مصـمم" are "مصمم").
    Punctuation separates words and is dropped; numbers are words.
    """
    normalised = unicodedata.normalize("NFKC", text).casefold().translate(_ARABIC_MARKS)
    return _WORD.findall(normalised)


def shingles(text: str, size: int = 5) -> set[str]:
    """The text's consecutive `size`-word sequences, each as its words joined by a space.

    A text shorter than `size` words is one shingle of all its words, so that short texts
    still compare equal to copies of themselves; an empty text has none.
    """
    _check_size(size)
    tokens = words(text)
    if not tokens:
        return set()
    if len(tokens) < size:
        return {" ".join(tokens)}
    return {" ".join(tokens[start : start + size]) for start in range(len(tokens) - size + 1)}


@dataclass(frozen=True)
class Overlap:
    first: Hashable
    second: Hashable
    jaccard: float


@dataclass(frozen=True)
class Uniqueness:
    key: Hashable
    unique_share: float  # share of the page's shingles found on no other page


@dataclass
class QualityReport:
    pages: int
    max_overlap: float  # 0.0 when fewer than 2 pages
    min_unique_share: float  # 1.0 when no pages
    worst_pairs: list[Overlap]  # highest jaccard first, at most `worst` items
    worst_pages: list[Uniqueness]  # lowest unique share first, at most `worst` items

    def meets(self, max_overlap: float = 0.5, min_unique_share: float = 0.4) -> bool:
        """The product target: no pair above `max_overlap`, no page below `min_unique_share`."""
        return self.max_overlap <= max_overlap and self.min_unique_share >= min_unique_share


def measure(documents: Mapping[Hashable, str], *, size: int = 5, worst: int = 10) -> QualityReport:
    """Exact overlap and uniqueness figures of the documents, compared only with each other.

    Each document is a row of a binary sparse matrix over the shingles, so the intersection
    sizes of all pairs are the entries of X·Xᵀ; computed in row blocks, only ever about a
    million of them are held at once. Jaccard is |A∩B| / (|A|+|B|-|A∩B|). A page's unique
    share is the share of its shingles with document frequency 1; an empty page has unique
    share 0 and overlaps nothing.

    `worst_pairs` lists only pairs sharing at least one shingle; ties are listed in the
    documents' order.
    """
    _check_size(size)
    if worst < 0:
        raise ValueError("worst must not be negative")
    keys = list(documents)
    matrix = _shingle_matrix((documents[key] for key in keys), len(keys), size)
    sizes = np.diff(matrix.indptr)
    frequency = np.bincount(matrix.indices, minlength=matrix.shape[1])

    lone = np.concatenate([[0], np.cumsum(frequency[matrix.indices] == 1)])
    unique = lone[matrix.indptr[1:]] - lone[matrix.indptr[:-1]]
    shares = np.divide(unique, sizes, out=np.zeros(len(keys)), where=sizes > 0)
    pages = _best(-shares, np.arange(len(keys)), worst)

    max_overlap, pairs = _overlaps(matrix[:, frequency > 1], sizes, worst)
    return QualityReport(
        pages=len(keys),
        max_overlap=max_overlap,
        min_unique_share=float(shares.min()) if keys else 1.0,
        worst_pairs=[
            Overlap(keys[first], keys[second], float(jaccard)) for jaccard, first, second in pairs
        ],
        worst_pages=[Uniqueness(keys[index], float(shares[index])) for index in pages],
    )


def _check_size(size: int):
    if size < 1:
        raise ValueError("shingle size must be at least 1")


def _shingle_matrix(texts: Iterable[str], count: int, size: int) -> sparse.csr_array:
    """The texts' binary document × shingle matrix, with exactly `shingles()`'s sets.

    Shingles are numbered without ever building their strings (10 million of them would take
    gigabytes): words get integer ids, and a shingle's id is built one word at a time by
    renumbering the pairs (id of its first words, id of the next word), which is exact where a
    hash could collide. Texts are read one at a time, and their word ids kept as packed
    integers, for the same reason.
    """
    vocabulary: dict[str, int] = {}
    padding = [0] * (size - 1)  # word id 0: after each text, so that no shingle spans two
    stream = array("i")
    lengths = np.zeros(count, dtype=np.int64)
    for index, text in enumerate(texts):
        tokens = words(text)
        lengths[index] = len(tokens)
        stream.extend(vocabulary.setdefault(token, len(vocabulary) + 1) for token in tokens)
        stream.extend(padding)
    stream = np.frombuffer(stream, dtype=np.intc)

    # A text shorter than `size` words has one shingle: its words followed by padding.
    counts = np.where(lengths > 0, np.maximum(lengths - size + 1, 1), 0)
    spans = lengths + size - 1
    offsets, first_shingles = np.cumsum(spans) - spans, np.cumsum(counts) - counts
    positions = np.repeat(offsets - first_shingles, counts) + np.arange(counts.sum())

    # Ids stay below the number of shingles, so id × (vocabulary size + 1) fits in 64 bits.
    ids = np.zeros(len(positions), dtype=np.int64)
    for _ in range(size):
        ids *= len(vocabulary) + 1
        ids += stream[positions]
        _renumber(ids)
        positions += 1
    # Shingles come in document order; a repeated one is summed, then set back to 1.
    matrix = sparse.csr_array(
        (np.ones(len(ids), dtype=np.int32), ids, np.concatenate([[0], np.cumsum(counts)])),
        shape=(count, int(ids.max(initial=-1)) + 1),
    )
    matrix.sum_duplicates()
    matrix.data[:] = 1
    return matrix


def _renumber(values: np.ndarray):
    """Replaces each value, in place, by its rank among the distinct values (0, 1, ...).

    What np.unique(return_inverse=True) gives, in less memory: this runs on every shingle.
    """
    order = np.argsort(values)
    ranks = values[order]
    changes = ranks[1:] != ranks[:-1]
    ranks[:1] = 0
    np.cumsum(changes, out=ranks[1:])
    values[order] = ranks


def _overlaps(shared: sparse.csr_array, sizes: np.ndarray, worst: int):
    """The largest Jaccard of any two documents and the `worst` highest (jaccard, i, j), i < j.

    `shared` holds only shingles on two documents or more (the others add to no intersection).
    Shingles on exactly the same documents, like a template's fixed sentences, are merged into
    one weighted column first: X·Xᵀ costs the sum of the columns' frequencies squared, and 200
    fixed shingles on 20,000 pages would otherwise cost 200 × 20,000² multiplications.
    """
    columns, weights = _identical_columns(shared)
    merged = shared[:, columns]
    weighted = merged.copy()
    weighted.data = weights[weighted.indices].astype(np.int32)

    count = shared.shape[0]
    rows_per_block = max(1, _BLOCK_ENTRIES // max(count, 1))
    largest = 0.0
    best = (np.zeros(0), np.zeros(0, dtype=np.int64))
    for start in range(0, count, rows_per_block):
        stop = min(start + rows_per_block, count)
        # Only documents from `start` on: each pair is computed once, from its first document.
        block = (weighted[start:stop] @ merged[start:].T).tocoo()
        first, second = block.row + start, block.col + start
        later = second > first
        first, second, inter = first[later], second[later], block.data[later]
        if not len(inter):
            continue
        jaccard = inter / (sizes[first] + sizes[second] - inter)
        largest = max(largest, float(jaccard.max()))
        jaccard = np.concatenate([best[0], jaccard])
        pairs = np.concatenate([best[1], first.astype(np.int64) * count + second])
        kept = _best(jaccard, pairs, worst)
        best = (jaccard[kept], pairs[kept])
    return largest, [
        (jaccard, pair // count, pair % count) for jaccard, pair in zip(*best, strict=True)
    ]


def _identical_columns(matrix: sparse.csr_array) -> tuple[np.ndarray, np.ndarray]:
    """One column of each group of columns with the same nonzero rows, and the groups' sizes.

    Exact partition refinement: starting from one group, each row splits every group into its
    columns present in the row and the others.
    """
    groups = np.zeros(matrix.shape[1], dtype=np.int64)
    fresh = 1
    for row in range(matrix.shape[0]):
        columns = matrix.indices[matrix.indptr[row] : matrix.indptr[row + 1]]
        present, renumbered = np.unique(groups[columns], return_inverse=True)
        groups[columns] = fresh + renumbered
        fresh += len(present)
    _, representatives, sizes = np.unique(groups, return_index=True, return_counts=True)
    return representatives, sizes


def _best(values: np.ndarray, order: np.ndarray, count: int) -> np.ndarray:
    """Indices of the `count` highest values, highest first, ties by ascending `order`.

    In linear time plus the sort of the `count` chosen: a block holds up to a million pairs.
    """
    if not count:
        return np.zeros(0, dtype=np.int64)
    if len(values) > count:
        threshold = np.partition(values, len(values) - count)[len(values) - count]
        above = np.flatnonzero(values > threshold)
        tied = np.flatnonzero(values == threshold)
        wanted = count - len(above)
        if len(tied) > wanted:
            tied = tied[np.argpartition(order[tied], wanted - 1)[:wanted]]
        chosen = np.concatenate([above, tied])
    else:
        chosen = np.arange(len(values))
    return chosen[np.lexsort((order[chosen], -values[chosen]))]
