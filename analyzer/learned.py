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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import knowledge

from knowledge import derived_cache


MODEL_FILE = Path(knowledge.__file__).resolve().parent / "data" / "model" / "ngram.json"
ORDERS = (1, 2, 3)
# Digits to 0, Latin letters to a: an amount, a date or a masked name (xxx) is one shape, not thousands of n-grams.
_DIGIT = derived_cache.compile(r"[0-9]")
_LATIN = derived_cache.compile(r"[a-z]")
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
_DENIED = derived_cache.compile(r"不会|绝不|绝对不|决不|不得|禁止|严禁|从不|并不|不可能|不存在|没有权利|无权")
_CLAUSE_END = derived_cache.compile(r"[,.!?;:，。！？；：\n]")


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
        """Word-sized spans around the n-grams that pushed the score up most, strongest first, and the threat kind
        the threats holding those n-grams were flagged as. An n-gram of pronouns and particles only (我们, 你的)
        weighs, but tells the reader nothing: it may widen a span, never open one."""
        hits = sorted(((w, i, n) for n in (3, 2) for i in range(len(text) - n + 1)
                       if (w := self.weights.get(text[i:i + n], 0.0)) > 0 and _WORDY.fullmatch(text[i:i + n])),
                      key=lambda h: (-h[0], h[1], -h[2]))
        spans: list[list[float]] = []  # [start, end, weight]
        for w, i, n in hits:
            for span in spans:
                if i <= span[1] and i + n >= span[0] and max(span[1], i + n) - min(span[0], i) <= _SPAN_MAX:
                    span[0], span[1], span[2] = min(span[0], i), max(span[1], i + n), span[2] + w
                    break
            else:
                if len(spans) < top and not set(text[i:i + n]) <= _FUNCTION_CHARS:
                    spans.append([i, i + n, w])
            if len(spans) >= top and w < spans[-1][2] / 4:
                break
        spans.sort(key=lambda s: s[0])
        merged: list[list[float]] = []
        for span in spans:  # two spans that grew into each other are one
            if merged and span[0] <= merged[-1][1]:
                merged[-1][1], merged[-1][2] = max(merged[-1][1], span[1]), merged[-1][2] + span[2]
            else:
                merged.append(span)
        chosen = [(int(a), int(b)) for a, b, _ in sorted(merged, key=lambda s: (-s[2], s[0]))]
        votes: dict[int, float] = {}
        for w, i, n in hits:
            k = self.kind_of.get(text[i:i + n])
            if k is not None and any(a <= i and i + n <= b for a, b in chosen):
                votes[k] = votes.get(k, 0.0) + w
        kind = self.kinds[max(votes, key=lambda k: (votes[k], -k))] if votes else self.kinds[0]
        return tuple(chosen), kind


_SPAN_MAX = 8
# An n-gram that crosses punctuation or a space weighs in the score, but a span of words never holds one.
_WORDY = derived_cache.compile(r"[\u3400-\u9fff0a]+")
_FUNCTION_CHARS = frozenset("你我他她它们的了就都也是在吧呢啊吗么这那个有和与及把被让给对从到会要还不就天今明后0a,，。.!！?？、 ")


@lru_cache(maxsize=1)
def load(path: Path = MODEL_FILE) -> NgramModel:
    with open(path, encoding="utf-8") as fh:
        return NgramModel(json.load(fh))
