"""A statistical second opinion: does the message read like known threatening or pressuring collection messages?

Two logistic heads over the presence of 1–3-character n-grams of the folded, masked text (digits → D,
XXX/***/某某 → X, links → U, Latin words → A): `threat` (unlawful_threat against the rest) and `aggr`
(aggressive against the rest). The weights (analyzer/data/resemblance.tsv) are built by
scripts/train_model.py with the recipe measured as "run 3" in tests/data/fresh/RUNS_model15.md and tested,
pre-registered, on the blind para15 set (same file). The score is a sum of weights, so the n-grams that pushed
it up are the reasons: `spans()` maps the strongest 2–3-character ones back to the original text.

The pipeline (analyzer/pipeline.py) asks for it only where it can change the verdict: a debt or collection
frame, no checkable court notice, no rule finding of that category, and a verdict the finding would lift.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from analyzer.normalize import FoldedText

WEIGHTS_FILE = Path(__file__).resolve().parent / "data" / "resemblance.tsv"
HEADS = ("threat", "aggr")
# Fixed before the para15 test (RUNS_model15.md, "Pre-registered test on para15"); not re-tuned.
THRESHOLD = {"threat": 0.80, "aggr": 0.91}
ORDERS = (1, 2, 3)
TOP_SPANS = 3
TOP_GRAMS = 6

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
_WORDLIKE = re.compile(r"[\u4e00-\u9fff]+")
_ESCAPES = {"\\": "\\", "t": "\t", "n": "\n"}
_UNESCAPE = re.compile(r"\\(.)")


def _placeholder(m: re.Match[str]) -> str:
    return _SPACE if m.lastgroup == "S" else m.lastgroup  # type: ignore[return-value]


def mask(text: str) -> str:
    """The folded text with variable parts collapsed to placeholders (no offsets)."""
    return _PIECES.sub(_placeholder, text)


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


def grams(masked: str) -> set[str]:
    """Every 1–3-character n-gram of the masked text, once; none made of white space only (mask() turns every
    run of white space into one " ", so " " is the only such n-gram)."""
    n = len(masked)
    out = set(masked)
    out.update(masked[i:i + 2] for i in range(n - 1))
    out.update(masked[i:i + 3] for i in range(n - 2))
    out.discard(_SPACE)
    return out


class Model:
    """bias per head and one weight tuple (threat, aggr) per n-gram."""

    def __init__(self, biases: tuple[float, ...], table: dict[str, tuple[float, ...]], meta: dict[str, str]):
        self.biases = biases
        self.table = table
        self.meta = meta

    def logits(self, gs: set[str]) -> list[float]:
        z = list(self.biases)
        table = self.table
        get = table.get
        for g in gs:  # (set.intersection(dict) would walk the whole table)
            w = get(g)
            if w is not None:
                z[0] += w[0]
                z[1] += w[1]
        return z

    def probabilities(self, folded_text: str) -> dict[str, float]:
        z = self.logits(grams(mask(folded_text)))
        return {h: 1.0 / (1.0 + math.exp(-s)) if s > -30 else 0.0 for h, s in zip(HEADS, z)}


def read(path: Path = WEIGHTS_FILE) -> Model:
    """`#key<TAB>value` lines, `@head<TAB>name<TAB>bias` lines in HEADS order, then `ngram<TAB>w_threat<TAB>w_aggr`."""
    meta: dict[str, str] = {}
    biases: list[float] = []
    table: dict[str, tuple[float, ...]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                key, _, value = line[1:].partition("\t")
                meta[key] = value
            elif line.startswith("@head\t"):
                _, name, bias = line.split("\t")
                if name != HEADS[len(biases)]:
                    raise ValueError(f"{path}: head {name!r} out of order")
                biases.append(float(bias))
            elif line:
                gram, a, b = line.split("\t")
                if "\\" in gram:
                    gram = _UNESCAPE.sub(lambda m: _ESCAPES[m.group(1)], gram)
                table[gram] = (float(a), float(b))
    if len(biases) != len(HEADS):
        raise ValueError(f"{path}: expected heads {HEADS}")
    return Model(tuple(biases), table, meta)


@lru_cache(maxsize=1)
def load() -> Model:
    return read()


def spans(folded: FoldedText, head: str, top: int = TOP_SPANS) -> list[tuple[int, int, float]]:
    """(start, end, weight) spans of the ORIGINAL text where the 2–3-character n-grams (Chinese characters only)
    that added most to the head's score lie; overlapping or touching ones merged, at most `top`, in text order."""
    model = load()
    j = HEADS.index(head)
    masked, where = mask_with_origin(folded.text)
    best: dict[tuple[int, int], float] = {}
    for k in (2, 3):
        for i in range(len(masked) - k + 1):
            g = masked[i:i + k]
            w = model.table.get(g)
            if w is not None and w[j] > 0 and _WORDLIKE.fullmatch(g):
                best[(i, i + k)] = w[j]
    # The strongest n-grams only (TOP_GRAMS), overlapping or touching ones merged; the `top` heaviest spans.
    strongest = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_GRAMS]
    merged: list[list[float]] = []
    for (a, b), w in sorted(strongest):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2] += w
        else:
            merged.append([a, b, w])
    merged = sorted(sorted(merged, key=lambda s: -s[2])[:top])
    out = []
    for a, b, w in merged:
        s, e = folded.span(where[int(a)][0], where[int(b) - 1][1])
        out.append((s, e, w))
    return out
