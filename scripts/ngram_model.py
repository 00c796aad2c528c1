"""A linear model over character n-grams: the statistical second opinion beside the rules.

The message is folded (analyzer/normalize.py: NFKC, Traditional→Simplified, separators
dropped), masks and variable parts are collapsed to placeholders (digits → D, XXX/***/某某 → X,
links → U, Latin words → A) and every 1–3 character n-gram present counts once. Each head
(scam, threat) is a weight per n-gram plus a bias: the score is their sum, so the n-grams that
pushed the score up are the reasons, and `reasons()` maps them back to spans of the original
text. The weights are built by scripts/train_model.py; this module only reads and applies them.

It lives under scripts/ because it was measured and NOT integrated (tests/data/fresh/RUNS_model.md);
the pipeline never imports it. Moving it to analyzer/ is the first step if that decision changes.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analyzer.normalize import FoldedText

# Not shipped (tests/data/fresh/RUNS_model.md: the model did not meet the bar to be integrated); rebuildable.
WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "build" / "ngram_weights.tsv"
ORDERS = (1, 2, 3)

# One alternation, tried left to right: links first (they hold digits and letters), then masks,
# then digit runs, then Latin words. Placeholders are upper case: folded text is lower case.
_PIECES = re.compile(
    r"(?P<U>(?:https?://)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|top|xyz|vip|cc|info|me|io|co|site|"
    r"online|shop|club|ltd|link|app|ink|fun|icu|wang|work|tech|store|live|pro|biz|mobi|asia|tv|hk|tw|la|ly|gl|gd|"
    r"im|so|win|bid|loan|gov|edu)\b[0-9a-z_\-./?%&=#~+:,;@!*]*)"
    r"|(?P<X>x{2,}|\*{2,}|×{2,}|某某|○{2,}|□{2,})"
    r"|(?P<D>\d+(?:[.,:]\d+)*)"
    r"|(?P<A>[a-z]+)"
    r"|(?P<S>\s+)"
)
_SPACE = " "
_WORDLIKE = re.compile(r"[\u4e00-\u9fff]")
# TSV escapes (scripts/train_model.py writes them): a backslash, a tab or a newline inside an n-gram.
_ESCAPES = {"\\": "\\", "t": "\t", "n": "\n"}
_UNESCAPE = re.compile(r"\\(.)")


def mask(text: str) -> str:
    """The folded text with variable parts collapsed to placeholders (fast path, no offsets)."""
    return _PIECES.sub(_placeholder, text)


def _placeholder(m: re.Match[str]) -> str:
    return _SPACE if m.lastgroup == "S" else m.lastgroup  # type: ignore[return-value]


def mask_with_origin(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Masked text plus, for each of its characters, the [start, end) it covers in `text`."""
    out: list[str] = []
    where: list[tuple[int, int]] = []
    pos = 0
    for m in _PIECES.finditer(text):
        for i in range(pos, m.start()):
            out.append(text[i])
            where.append((i, i + 1))
        out.append(_placeholder(m))
        where.append(m.span())
        pos = m.end()
    for i in range(pos, len(text)):
        out.append(text[i])
        where.append((i, i + 1))
    return "".join(out), where


def ngrams(masked: str) -> set[str]:
    """Every 1-3 character n-gram of the masked text, once."""
    n = len(masked)
    grams = set(masked)
    grams.update(masked[i:i + 2] for i in range(n - 1))
    grams.update(masked[i:i + 3] for i in range(n - 2))
    grams.discard(_SPACE)
    return grams


@dataclass(frozen=True)
class Head:
    """One class against the rest: bias + sum of the weights of the n-grams present."""

    name: str
    bias: float
    weights: dict[str, float]

    def score(self, grams: set[str]) -> float:
        w = self.weights
        return self.bias + sum(w[g] for g in grams if g in w)

    def probability(self, grams: set[str]) -> float:
        s = self.score(grams)
        return 1.0 / (1.0 + math.exp(-s)) if s > -30 else 0.0


@dataclass(frozen=True)
class Model:
    heads: dict[str, Head]
    meta: dict[str, str]

    def scores(self, grams: set[str]) -> dict[str, float]:
        return {name: head.probability(grams) for name, head in self.heads.items()}


def reasons(folded: FoldedText, head: Head, top: int = 4) -> list[tuple[int, int]]:
    """Spans of the ORIGINAL text whose n-grams added most to the head's score, overlapping
    n-grams merged, at most `top` spans, in text order."""
    masked, where = mask_with_origin(folded.text)
    best: dict[tuple[int, int], float] = {}
    for k in ORDERS:
        for i in range(len(masked) - k + 1):
            g = masked[i:i + k]
            w = head.weights.get(g, 0.0)
            if w > 0 and _WORDLIKE.search(g):  # punctuation or a placeholder alone is no word to point at
                best[(i, i + k)] = w
    # The strongest n-grams first; keep those that add to a span, up to `top` spans.
    spans: list[list[float]] = []
    for (a, b), w in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
        for s in spans:
            if a <= s[1] and b >= s[0]:
                s[0], s[1], s[2] = min(s[0], a), max(s[1], b), s[2] + w
                break
        else:
            if len(spans) >= top:
                continue
            spans.append([a, b, w])
    merged: list[list[int]] = []
    for a, b, _ in sorted(spans):  # a span that grew may now touch another one
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], int(b))
        else:
            merged.append([int(a), int(b)])
    return [folded.span(where[a][0], where[b - 1][1]) for a, b in merged]


def read(path: Path = WEIGHTS_FILE) -> Model:
    """The TSV written by scripts/train_model.py: `#key<TAB>value` lines, `@head<TAB>name<TAB>bias`,
    then `ngram<TAB>weight<TAB>weight…` in head order."""
    meta: dict[str, str] = {}
    names: list[str] = []
    biases: list[float] = []
    tables: list[dict[str, float]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                key, _, value = line[1:].partition("\t")
                meta[key] = value
            elif line.startswith("@head\t"):
                _, name, bias = line.split("\t")
                names.append(name)
                biases.append(float(bias))
                tables.append({})
            elif line:
                gram, *ws = line.split("\t")
                gram = _UNESCAPE.sub(lambda m: _ESCAPES[m.group(1)], gram)
                for table, w in zip(tables, ws):
                    if w:
                        table[gram] = float(w)
    return Model({n: Head(n, b, t) for n, b, t in zip(names, biases, tables)}, meta)


@lru_cache(maxsize=1)
def load() -> Model:
    return read()
