"""The learned second opinion on threats (analyzer/learned.py) as findings: asked only when the rules found no
threat and no scam and called the message a reminder or not about a debt; one finding per word-sized span that
weighed most, so the reader sees which words made the model say so.

speed24: before the model scores a text, an upper bound on its score (one look-up per bigram instead of one per
bigram and one per trigram) sets aside the texts that cannot reach the threshold, most of them; the model and its
features (analyzer/learned.py, whose source the model's header hashes) are unchanged. speed34: the bound is first
asked of the positive ceilings alone (a table a third the size, which most of a message's bigrams miss), and over
`aggressive` of the floor the head must reach there (OVER_PRESSED), not the threshold."""
from __future__ import annotations

import math
from functools import lru_cache
from itertools import repeat

from analyzer.document import Document
from analyzer.learned import _DENIED, NgramModel, shape
from analyzer.lexicon import Lexicon
from analyzer.report import Finding
from analyzer.verdict import LEARNED_RULE
from knowledge import derived_cache

RULE_ID = LEARNED_RULE  # (analyzer/verdict.py words the verdict that rests on it alone)
# Verdicts the model may speak over: the rules abstained. Never over aggressive (the project draws 后果自负 and a
# lawful visit as pressure, which probe-trained models learned as threats), a legal notice or a scam.
ABSTAINED = ("reminder", "not_collection")
# learn32: over the rules' `aggressive` the head is heard too, but only when it is this sure (out-of-file, writer
# folds: 5/5 lifted right at 0.999, 12/13 at 0.997, 0.757 at the shipped 0.98; knowledge/data/model/README.md).
# learn34, after the retrain with the blind training sets: the same rule gives 0.995 (22/23, the wrong one a helper's
# twin; 0.926 at 0.993), but the retrained weights score a plain visit home the project draws as lawful
# (tests/test_polish23.py, 你的借款逾期了，再不还款，我们就上门到你家) 0.9951: the next grid step, 0.997 (21/21).
# learn35 (retrained with para/lawful31…36 and blind54/55): the rule's letter gives 0.99 (37/38), but below 0.997 the
# weights lift the README's known false alarm, a plain visit home (再拖着不还，明天我们就去你家, 0.9968): 0.997 kept.
PRESSED = ("aggressive",)
OVER_PRESSED = 0.997
_EXPLANATION = ("这几处说法和已知的威胁短信很像：{words}。这是统计模型根据大量已标注短信给出的判断（模型认为是威胁的"
                "可能性约 {pct}%），规则没有认出具体哪一种威胁，请结合上下文自己判断；如果对方确实在威胁你或你的家人，"
                "请保存短信并投诉或报警。")


# Slices of every bigram position of a shaped text, made once (analyzer/learned.shape keeps at most 600 characters).
_BIGRAMS = [slice(i, i + 2) for i in range(600)]


@lru_cache(maxsize=4)
def _ceiling(model: NgramModel) -> tuple[dict[str, float], dict[str, float], float] | None:
    """Per bigram, the most its position can add to the model's total: its own weight (learn31: also a negative one —
    the bigram at a position is always counted, only the trigram there is unknown), plus the largest positive weight of
    a trigram it opens (a denial-marked bigram, ~ab, too: a text may hold a ~); the same table less its ceilings of 0
    or below (speed34); and the score (before the logistic) the threshold needs. None for a threshold the bound cannot
    use."""
    if not 0 < model.threshold < 1:
        return None
    ceiling: dict[str, float] = {}
    opens: dict[str, float] = {}
    for gram, w in model.weights.items():
        if len(gram) == 2:  # learn31: a bigram's own weight exactly, also when negative (its position always counts)
            ceiling[gram] = ceiling.get(gram, 0.0) + w
        elif w > 0 and len(gram) == 3:
            opens[gram[:2]] = max(opens.get(gram[:2], 0.0), w)
    for gram, w in opens.items():
        ceiling[gram] = ceiling.get(gram, 0.0) + w
    # speed34: new objects made one after another (a small table whose keys and values lie together in memory: most
    # of a message's bigrams are not in it, and a miss costs one look at its index)
    positive = {gram[:1] + gram[1:]: w + 0.0 for gram, w in ceiling.items() if w > 0}
    return ceiling, positive, _logit(model.threshold)


@lru_cache(maxsize=8)
def _logit(p: float) -> float:
    """The score (before the logistic) a probability `p` needs (1 or more: never reached)."""
    return math.log(p / (1 - p)) if p < 1 else math.inf


def may_reach(model: NgramModel, folded: str, floor: float = 0.0) -> bool:
    """False only when the model's probability for `folded` is surely below its threshold (speed34: or below `floor`,
    the higher of the two; findings() drops a probability under the floor anyway). Without a denial, the
    model's total is the weights of every bigram and every trigram position (analyzer/learned.probability); each is
    exactly its weight, and a trigram's at most the largest positive weight among the trigrams its bigram opens (0 if
    none), so the total is at most the sum of the bigrams' ceilings, and that at most the sum of their positive
    ceilings (speed34: asked first, from a table a third the size; it sets aside about four texts in five, the full
    ceilings most of the rest). (A text with a denial is always scored.)"""
    found = _ceiling(model)
    text = shape(folded)
    n = len(text)
    if found is None or n <= 2 or _DENIED.search(text):
        return True
    ceiling, positive, needed = found
    if floor > model.threshold:  # speed34: over `aggressive` the head must reach OVER_PRESSED, not the threshold
        needed = _logit(floor)
    needed = (needed - 1e-6 - model.bias) * math.sqrt(2 * n - 3)  # (a margin far above rounding)
    grams = list(map(text.__getitem__, _BIGRAMS[:n - 1]))
    return (sum(map(positive.get, grams, repeat(0.0))) >= needed
            and sum(map(ceiling.get, grams, repeat(0.0))) >= needed)


def findings(doc: Document, model: NgramModel, floor: float = 0.0) -> list[Finding]:
    """The head's findings when its probability reaches the model's threshold and `floor` (learn32: OVER_PRESSED
    where the rules said aggressive)."""
    opinion = model.opinion(doc.f) if may_reach(model, doc.f, floor) else None
    if opinion is None or opinion.probability < floor:
        return []
    pieces = [doc.piece(a, b) for a, b in opinion.spans]
    words = "、".join(f"“{doc.text[p.start:p.end]}”" for p in pieces)
    pct = min(99, int(opinion.probability * 100))
    explanation = _EXPLANATION.format(words=words, pct=pct)
    out = [Finding(kind=opinion.kind, rule_id=RULE_ID, category="unlawful_threat", severity="medium",
                   start=p.start, end=p.end, excerpt=doc.text[p.start:p.end], explanation=explanation,
                   kb_refs=(f"guide.{opinion.kind}",))
           for p in pieces if p.end > p.start]
    return sorted(out, key=lambda f: (f.start, f.end, f.rule_id))


_QUIET: dict[int, tuple] = {}


def quiet(folded: str, lexicon: Lexicon) -> bool:
    """learn31: the head's resemblance is no threat here — the reader's own data synced to their own device, a harm
    caused by no one (疫情让你…) — in a message with no money, debt or menace (knowledge/data/rules/zz_learn31.toml).
    learn33: nor where the reader is asked to share a thing themselves (你把合照发到群里吧), when nothing in the message
    makes it a condition (不然、否则…: zz_learn33.toml). learn34: nor good news told or an invitation sent (zz_learn34).
    fix34: nor a visit bringing New-Year goods with no money, debt, menace or condition (zz_learn34).
    learn35: nor an outsider's danger reported with advice to take care, with nothing else (zz_learn35).
    fa51: nor a shame or ruin the speaker or a third person is in, or a retold past consequence (我在班里都抬不起头了;
    他欠钱不还，弄得全家在村里抬不起头), with no causative on the reader, condition or menace (zz_fa51.toml)."""
    hit = _QUIET.get(id(lexicon))
    if hit is None or hit[0] is not lexicon:
        hit = _QUIET[id(lexicon)] = (lexicon, *(derived_cache.compile(lexicon.expand("{" + name + "}")) for name in
                                                ("learn_quiet", "fa_kind_block", "learn_quiet_own_act",
                                                 "learn_quiet_condition", "learn_quiet_good_news",
                                                 "learn_quiet_gift_visit", "learn_quiet_gift_block",
                                                 "learn_quiet_warned_danger", "learn_quiet_danger_block",
                                                 "fasone_told_state", "fasone_told_block")))
    # fix34: a visit bringing New-Year goods, with no money, debt, menace or condition (zz_learn34.toml)
    if hit[6].search(folded) and not hit[7].search(folded) and not hit[4].search(folded):
        return True
    # learn35: a named outsider's danger reported with advice to take care (小区进了小偷…小心点), nothing else (zz_learn35)
    if hit[8].search(folded) and not hit[9].search(folded) and not hit[4].search(folded):
        return True
    # fa51: a shame or ruin told as someone's present state or a past consequence, with no menace (zz_fa51.toml)
    if hit[10].search(folded) and not hit[11].search(folded):
        return True
    if hit[2].search(folded):
        return False
    # learn34: good news about the reader, or an invitation sent (zz_learn34.toml), with no condition either
    return bool(hit[1].search(folded)) or (bool(hit[3].search(folded) or hit[5].search(folded))
                                           and not hit[4].search(folded))


def not_placed(heard: list[Finding], findings: list[Finding]) -> list[Finding]:
    """The model's findings over an `aggressive` verdict less those on a menace the rules already heard and placed as
    lawful pressure: a rule's finding of the same kind over the same words (fix31: 再不还钱我们就派人上门到你家 is an
    announced visit, medium, as the knowledge base draws it; the model does not re-judge it)."""
    return [h for h in heard
            if not any(f.kind == h.kind and f.start < h.end and h.start < f.end for f in findings)]
