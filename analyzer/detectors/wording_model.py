"""The learned threat backstop: does a collection message that no threat rule matched read like known unlawful
threats? One logistic head over the presence of 1–3-character n-grams of the folded, masked text the rules read
(anti-fraud warnings and the reader's own chat lines blanked; digits → D, XXX/***/某某 → X, links → U, Latin
words → A). Weights: analyzer/data/wording_model.tsv, built by scripts/train_model20.py with the recipe
pre-registered and measured blind in tests/data/fresh/RUNS_model20.md (threshold 0.80, fixed there).

The pipeline asks for it only where it can change the verdict and where cross-validation found it precise
(`asked`): no checkable court notice, the rules' verdict is reminder or not_collection (never over an aggressive
verdict: the project draws 后果自负 / 上门 as pressure; never over a legal notice or a scam), a collection frame
(debt words, or a reminder verdict), and no threat rule fired at any severity. Ordinary messages never reach it.
The finding (`threat_like_wording`, unlawful_threat, medium) points at the 1–4 spans of the 2–3-character
Chinese n-grams that pushed the score most, and says it is a judgement from wording, not a rule.
"""
from __future__ import annotations

import math
import re
import sys
from functools import lru_cache
from pathlib import Path

from analyzer.detectors import catalog
from analyzer.document import Document
from analyzer.normalize import FoldedText, fold
from analyzer.report import Finding

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "wording_model.tsv"
THRESHOLD = 0.80  # pre-registered (RUNS_model20.md); the weights file records the same value
FINDING_ID = "wording_model.threat"
LIFTS = ("reminder", "not_collection")
TOP_SPANS = 4
TOP_GRAMS = 8

# One alternation, tried left to right: links first (they hold digits and letters), then masks, then digit runs,
# then Latin words (the same placeholders as scripts/ngram_model.mask, which the weights were trained with).
_PIECES = re.compile(
    r"(?P<U>(?:https?://)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|top|xyz|vip|cc|info|me|io|co|site|"
    r"online|shop|club|ltd|link|app|ink|fun|icu|wang|work|tech|store|live|pro|biz|mobi|asia|tv|hk|tw|la|ly|gl|gd|"
    r"im|so|win|bid|loan|gov|edu)\b[0-9a-z_\-./?%&=#~+:,;@!*]*)"
    r"|(?P<X>x{2,}|\*{2,}|×{2,}|某某|○{2,}|□{2,})"
    r"|(?P<D>\d+(?:[.,:]\d+)*)"
    r"|(?P<A>[a-z]+)"
    r"|(?P<S>\s+)"
)
# A doorstep visit (上门, 登门, 家访, 外访) is lawful pressure by the project's line (tests/test_td11_threat.py D127, D143;
# tests/test_threats_r4.py), while the drafters the head learned from labelled it a threat: the head is not asked.
VISIT = re.compile(r"上门|登门|家访|外访|拜访|到府")
# An anti-fraud warning said beside the message (谨防诈骗！ 请勿相信陌生来电。 其他渠道都是骗子。 如遇可疑情况请拨打96110。)
# is not scored: scammers and collectors add one, and its words pull the score down
# (tests/test_warning_appended.py), nor the 。 stops analyzer/detectors/warned.py leaves where it blanked what the
# warning quotes. Folded text: fullwidth ，！？； are already , ! ? ;.
WARNING = re.compile(
    r"(?:谨防|警惕|提防|防范|请勿(?:轻易)?(?:相信|轻信|理会)|不要(?:轻易)?相信|切勿|千万(?:别|不要)(?:轻易)?(?:相信|信|理会|上当)|"
    r"请认准|如遇)[^。!?;\n]{0,20}[。!?;\n]{0,40}"
    r"|[^。!?;,\n]{0,10}(?:都|均|一律)(?:是|为|属于?)(?:诈骗|骗子|骗局)[。!?;\n]{0,40}|96110")
_SPACE = " "
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")


def _placeholder(m: re.Match[str]) -> str:
    return _SPACE if m.lastgroup == "S" else m.lastgroup  # type: ignore[return-value]


def mask(text: str) -> str:
    return _PIECES.sub(_placeholder, text)


def _mask_with_origin(text: str) -> tuple[str, list[tuple[int, int]]]:
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
    """Every 1–3-character n-gram of the masked text, once, none of white space only (mask() turns each run of
    white space into one " ")."""
    n = len(masked)
    out = set(masked)
    out.update(masked[i:i + 2] for i in range(n - 1))
    out.update(masked[i:i + 3] for i in range(n - 2))
    out.discard(_SPACE)
    return {g for g in out if not g.isspace()}


class Model:
    def __init__(self, bias: float, weights: dict[str, float], meta: dict[str, str]):
        self.bias = bias
        self.weights = weights
        self.meta = meta

    def probability(self, rule_text: str) -> float:
        """`rule_text`: the folded text the rules read (Document.f of the pipeline's rule document); folded once
        more as in training."""
        get = self.weights.get
        z = self.bias
        for g in grams(mask(fold(WARNING.sub("", rule_text)).text)):  # per-n-gram lookups: set & dict would walk the whole table
            w = get(g)
            if w is not None:
                z += w
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def read(path: Path = WEIGHTS_FILE) -> Model:
    """`#key<TAB>value` lines, one `@head<TAB>threat<TAB>bias` line, then `ngram<TAB>weight` (backslash escaped)."""
    meta: dict[str, str] = {}
    bias = None
    weights: dict[str, float] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                key, _, value = line[1:].partition("\t")
                meta[key] = value
            elif line.startswith("@head\t"):
                _, name, b = line.split("\t")
                if name != "threat":
                    raise ValueError(f"{path}: unexpected head {name!r}")
                bias = float(b)
            elif line:
                gram, w = line.rsplit("\t", 1)
                weights[sys.intern(gram.replace("\\\\", "\\"))] = float(w)
    if bias is None:
        raise ValueError(f"{path}: no head")
    return Model(bias, weights, meta)


@lru_cache(maxsize=1)
def load() -> Model:
    return read()


def spans(folded: FoldedText, model: Model, top: int = TOP_SPANS) -> list[tuple[int, int]]:
    """(start, end) spans of the ORIGINAL text holding the 2–3-character Chinese n-grams that added most to the
    score (the TOP_GRAMS strongest), overlapping or touching ones merged, the `top` heaviest, in text order."""
    masked, where = _mask_with_origin(folded.text)
    best: dict[tuple[int, int], float] = {}
    get = model.weights.get
    for k in (2, 3):
        for i in range(len(masked) - k + 1):
            g = masked[i:i + k]
            w = get(g)
            if w is not None and w > 0 and _CHINESE.fullmatch(g):
                best[(i, i + k)] = w
    strongest = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_GRAMS]
    merged: list[list[float]] = []
    for (a, b), w in sorted(strongest):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2] += w
        else:
            merged.append([a, b, w])
    merged = sorted(sorted(merged, key=lambda s: -s[2])[:top])
    return [folded.span(where[int(a)][0], where[int(b) - 1][1]) for a, b, _ in merged]


def asked(found: list[Finding], verdict: str, verifiable: bool, is_debt: bool, rule_text: str) -> bool:
    """Whether the head runs at all (the pre-registered gate of RUNS_model20.md)."""
    return (not verifiable and verdict in LIFTS and (is_debt or verdict == "reminder")
            and not any(f.category == "unlawful_threat" for f in found) and not VISIT.search(rule_text))


def findings(rule_doc: Document, text: str) -> list[Finding]:
    """The threat-like findings for a message whose gate is open (`asked`): none under the threshold."""
    model = load()
    p = model.probability(rule_doc.f)
    if p < THRESHOLD:
        return []
    entry = catalog.load()[FINDING_ID]
    score = f"{p:.2f}"
    out = [entry.make(text, a, b, words=text[a:b], score=score) for a, b in spans(rule_doc.folded, model)]
    return out or [entry.make(text, 0, len(text), words=text[:12], score=score)]
