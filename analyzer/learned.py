"""A character n-gram model: a second opinion on threats, heard only where the rules abstain.

The model reads the folded text the rules read (analyzer/normalize.py: NFKC, Traditional→Simplified, inserted
symbols dropped, pinyin and homophones restored), with every digit shaped to 0 and every Latin letter to a (same
length, so offsets stay), and sums one weight per 2–3 character n-gram position, scaled by 1/sqrt(how many
there are). The weights are data (knowledge/data/model/ngram.json), built by scripts/train_ngram.py from the labelled
files the project may read; scores are calibrated on files left out of training (group k-fold by file), and the
model's README says which figures chose the thresholds.

Explainable by construction: the score is a sum, so the n-grams that pushed it are the reasons, and `reasons()`
maps them back to word-sized spans of the folded text.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import knowledge

MODEL_FILE = Path(knowledge.__file__).resolve().parent / "data" / "model" / "ngram.json"
ORDERS = (1, 2, 3)
# Digits to 0, Latin letters to a: an amount, a date or a masked name (xxx) is one shape, not thousands of n-grams.
_DIGIT = re.compile(r"[0-9]")
_LATIN = re.compile(r"[a-z]")
_MAX_CHARS = 600  # a long paste is judged on its opening: a stranger's threat is short, and the cost stays bounded


def shape(folded: str) -> str:
    """The folded text as the model sees it (same length as `folded`, up to _MAX_CHARS)."""
    text = folded[:_MAX_CHARS]
    if text.isascii() or not text.isalpha():  # (cheap test first: most texts hold a digit or a mark)
        text = _LATIN.sub("a", _DIGIT.sub("0", text))
    return text


def ngrams(text: str) -> list[str]:
    """The 2- and 3-character n-grams of shaped text, one per position. An n-gram after a denial in its clause
    (我们不会联系你家人, 绝不上门) is a different feature, marked with a leading ~: a bag of n-grams cannot otherwise
    tell a promise not to do a thing from a threat to do it."""
    denied = _DENIED.search(text)
    if not denied:
        n = len(text)
        return [text[i:i + 2] for i in range(n - 1)] + [text[i:i + 3] for i in range(n - 2)]
    out: list[str] = []
    pos = 0
    for a, b in _denied_stretches(text, denied.start()):
        if a < pos:
            continue
        for piece, mark in ((text[pos:a], ""), (text[a:b], "~")):
            out += [mark + piece[i:i + k] for k in (2, 3) for i in range(len(piece) - k + 1)]
        pos = b
    piece = text[pos:]
    out += [piece[i:i + k] for k in (2, 3) for i in range(len(piece) - k + 1)]
    return out


# Denials of a future act (不会, 绝不, 不得…); a bare 不 is the condition of most threats (不还就上门), not a denial.
_DENIED = re.compile(r"不会|绝不|绝对不|决不|不得|禁止|严禁|从不|并不|不可能|不存在|没有权利|无权")
_CLAUSE_END = re.compile(r"[,.!?;:，。！？；：\n]")


def _denied_stretches(text: str, first: int) -> list[tuple[int, int]]:
    """From each denial to the end of its clause."""
    out = []
    for m in _DENIED.finditer(text, first):
        end = _CLAUSE_END.search(text, m.end())
        out.append((m.start(), end.start() if end else len(text)))
    return out


@dataclass(frozen=True)
class Opinion:
    probability: float
    kind: str
    spans: tuple[tuple[int, int], ...]  # into the folded text, strongest first


class NgramModel:
    """Weights and bias of one logistic head; `kind_of` names the threat kind each positive n-gram was seen with."""

    def __init__(self, data: dict) -> None:
        self.header = data["header"]
        self.bias: float = data["bias"]
        self.weights: dict[str, float] = data["weights"]
        self.kinds: list[str] = data["kinds"]
        self.kind_of: dict[str, int] = data["kind_of"]
        self.threshold: float = data["header"]["threshold"]

    def probability(self, text: str) -> float:
        """P(unlawful threat) of shaped text."""
        get = self.weights.get
        n = len(text)
        if n > 2 and not _DENIED.search(text):  # (the common case, without building the list: ~2x faster)
            total = (sum(get(text[i:i + 2], 0.0) for i in range(n - 1))
                     + sum(get(text[i:i + 3], 0.0) for i in range(n - 2)))
            count = 2 * n - 3
        else:
            found = ngrams(text)
            total, count = sum(get(g, 0.0) for g in found), len(found)
        z = self.bias + (total / math.sqrt(count) if count else 0.0)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def opinion(self, folded: str) -> Opinion | None:
        """An opinion when the probability reaches the threshold, else None."""
        text = shape(folded)
        p = self.probability(text)
        if p < self.threshold:
            return None
        spans, kind = self.reasons(text)
        return Opinion(p, kind, spans) if spans else None

    def reasons(self, text: str, top: int = 3) -> tuple[tuple[tuple[int, int], ...], str]:
        """Word-sized spans where the positive n-grams weigh most, strongest first, and the kind they vote for."""
        heat = [0.0] * len(text)
        hits: list[tuple[int, int, float]] = []
        for n in (3, 2):
            for i in range(len(text) - n + 1):
                w = self.weights.get(text[i:i + n], 0.0)
                if w <= 0 or "\n" in text[i:i + n]:
                    continue
                hits.append((i, n, w))
                for j in range(i, i + n):
                    heat[j] += w / n
        spans = _hot_runs(text, heat)[:top]
        # the kind: what the threats holding the n-grams inside the chosen spans were flagged as
        votes: dict[int, float] = {}
        for i, n, w in hits:
            k = self.kind_of.get(text[i:i + n])
            if k is not None and any(a <= i and i + n <= b for a, b in spans):
                votes[k] = votes.get(k, 0.0) + w
        kind = self.kinds[max(votes, key=lambda k: (votes[k], -k))] if votes else self.kinds[0]
        return tuple(spans), kind


def _hot_runs(text: str, heat: list[float]) -> list[tuple[int, int]]:
    """Runs of characters whose heat is well above the message's own, 2–8 characters, never over punctuation;
    strongest first."""
    if not heat:
        return []
    positive = sorted(h for h in heat if h > 0)
    if not positive:
        return []
    cut = max(positive[int(len(positive) * 0.75)] if len(positive) >= 4 else positive[-1], 0.05)
    runs, start = [], None
    for i, h in enumerate(heat + [0.0]):
        hot = i < len(text) and h >= cut * 0.6 and (text[i].isalnum() or "\u4e00" <= text[i] <= "\u9fff")
        if hot and start is None:
            start = i
        elif not hot and start is not None:
            if i - start >= 2:
                runs.append((start, min(i, start + 8)))
            start = None
    return sorted(runs, key=lambda s: -sum(heat[s[0]:s[1]]))


@lru_cache(maxsize=1)
def load(path: Path = MODEL_FILE) -> NgramModel:
    with open(path, encoding="utf-8") as fh:
        return NgramModel(json.load(fh))
