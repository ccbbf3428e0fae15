"""Near-duplicate articles: MinHash over word 5-shingles of the normalised body, found with MinHashLSH.

Exact duplicates already share ``Article.id`` (:func:`readouts.model.article_id`); this finds copies that
differ a little (a changed sentence, a removed paragraph, different debris). A signature is plain bytes so a
store can persist it and rebuild the index with :meth:`NearDuplicateIndex.from_signatures`. The format (seed
``SEED``, ``NUM_PERM`` permutations, shingles hashed with CRC-32, little-endian LeanMinHash bytes) is fixed:
changing any of these makes stored signatures incomparable.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

from readouts.model import normalise_body

NUM_PERM = 128
SHINGLE_WORDS = 5
THRESHOLD = 0.8
SEED = 1
_WORD = re.compile(r"\w+")


def shingles(body: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The word ``size``-shingles of a body (its words, lower-cased, from :func:`normalise_body`)."""
    words = _WORD.findall(normalise_body(body).casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def _minhash(body: str) -> object:
    from datasketch import LeanMinHash, MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32)
    mh.update_batch(list(shingles(body)))
    return LeanMinHash(mh)


def signature(body: str) -> bytes:
    """A serialisable MinHash signature of a body (``NUM_PERM`` permutations, little-endian)."""
    lean = _minhash(body)
    buf = bytearray(lean.bytesize(byteorder="<"))  # type: ignore[attr-defined]
    lean.serialize(buf, byteorder="<")  # type: ignore[attr-defined]
    return bytes(buf)


def _load(sig: bytes) -> object:
    from datasketch import LeanMinHash

    return LeanMinHash.deserialize(bytearray(sig), byteorder="<")


def similarity(a: bytes, b: bytes) -> float:
    """The estimated Jaccard similarity of two signatures' shingle sets."""
    return float(_load(a).jaccard(_load(b)))  # type: ignore[attr-defined]


class NearDuplicateIndex:
    """Signatures of articles seen so far; :meth:`match` names the first one a new signature is close to."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._order: dict[str, int] = {}
        self._sigs: dict[str, object] = {}

    @classmethod
    def from_signatures(
        cls, pairs: Iterable[tuple[str, bytes]], threshold: float = THRESHOLD
    ) -> NearDuplicateIndex:
        """An index holding these ``(article_id, signature)`` pairs, in order."""
        index = cls(threshold)
        for article_id, sig in pairs:
            index.add(article_id, sig)
        return index

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._order

    def add(self, article_id: str, sig: bytes) -> None:
        """Remember an article's signature (adding an id again changes nothing)."""
        if article_id in self._order:
            return
        minhash = _load(sig)
        self._lsh.insert(article_id, minhash)
        self._order[article_id] = len(self._order)
        self._sigs[article_id] = minhash

    def match(self, sig: bytes) -> str | None:
        """The id of the earliest added article whose estimated similarity reaches the threshold."""
        minhash = _load(sig)
        candidates = [
            key
            for key in self._lsh.query(minhash)
            if self._sigs[key].jaccard(minhash) >= self.threshold  # type: ignore[attr-defined]
        ]
        return min(candidates, key=self._order.__getitem__) if candidates else None
