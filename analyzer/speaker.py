"""asked40: who is speaking in what the reader pasted (lexicon classes in knowledge/data/rules/zz_asked40.toml).

Readers often type their own question or retell a call instead of pasting the message they received:
- their own question (请问网贷不还真的会被起诉吗？法院会强制执行吗？): nobody announced those steps. When the whole text
  is the reader's (a question about the debt, no 你/您 said to them, nothing retold, no message pasted), the rules do
  not read it and the report says so: it reads as their own question, and they should paste the message itself;
- a retelling (催收说再不还就要去我单位闹，我该怎么办): what the collector said is what the reader received. The told
  part is read as if the collector had written it to the reader (我 read as 你, 他们 as 我们; a quotation “…” as it
  stands), and the findings in it say they were retold. The reader's own reaction after it (我该怎么办, 这合法吗) is
  not part of what was told.
Both readings keep offsets: every character swapped is swapped for one, so findings point into the text as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from analyzer.lexclass import lex_class
from analyzer.lexicon import load as load_lexicon
from analyzer.report import Fact
from knowledge import derived_cache

if TYPE_CHECKING:  # (analyzer.document reads nothing of this module; the pipeline passes its documents)
    from analyzer.document import Document
    from analyzer.report import Finding, Verdict

_SENTENCE = derived_cache.compile(r"[^。!?\n]+[。!?\n]*")
_CLAUSE_END = derived_cache.compile(r"[,;:。!?\n]")
_GREETING = derived_cache.compile(r"^[^,。!?\n]{0,8}(?:你好|您好)[,。!:\s]*")
_QUOTES = {"“": "”", "「": "」", '"': '"'}
# a teller and the verb after it, at most this far apart (催收今天下午打电话来说)
_GAP = 10
# the teller's own verb to the reader inside what they told (对方说是书记员，告诉我…): that 我 is the reader hearing it,
# read as a pause before what was told (告诉我某金融公司起诉了: no one told 某金融公司 anything)
_TOLD_TO = ("告诉", "通知", "问")
# a clause that goes on with the teller's words (问我家是不是在…, 让我…): not the reader's reaction
_TELLER_GOES_ON = derived_cache.compile(r"(?:还|又|并|就|再)?(?:问|说|让|叫|要|称)")
# the collector as the one spoken to (我跟那个催收说了，他们要是敢…): the reader's words, not the collector's
_ADDRESSEE = derived_cache.compile(r"(?:跟|对|和|向|给|告诉)(?:那个|这个|那些|这些|那位)?$")
_YOU = derived_cache.compile(r"[你您]")
_QUOTED = derived_cache.compile(r"“[^”]{0,200}”|「[^」]{0,200}」|\"[^\"]{0,200}\"")
RETOLD_NOTE = "（这是你转述的对方的话，按对方原话来判断。）"
OWN_QUESTION_NOTE = "你输入的像是你自己的问题，而不是收到的短信；请把收到的短信原文粘贴进来，才能判断它是否合法。"
# the whole summary when nothing else was found: not "这条短信看起来和欠款、催收无关" about a question on a loan
OWN_QUESTION_ONLY = "想了解自己的权利和风险，可以先看本站的“常见问题”和“知识库”。"


@dataclass(frozen=True)
class Speaker:
    """`own_question`: the whole text is the reader's own question; `retold`: spans of what the reader says a
    collector told them (folded-text offsets); `reaction`: the reader's own words after a told span in its sentence
    (我该报警吗: not a warning that names the act as a case to report)."""
    own_question: bool = False
    retold: tuple[tuple[int, int], ...] = ()
    reaction: tuple[tuple[int, int], ...] = ()


NOBODY = Speaker()


@lru_cache(maxsize=None)
def _teller() -> re.Pattern[str]:
    lex = load_lexicon()
    return derived_cache.compile(lex.expand("(?:{askedforty_teller})[^,。!?;\n“”\"]{0,%d}?(?:{askedforty_tells})" % _GAP)
                                 + "|" + lex.expand("(?:^|(?<=[,。!?;\n]))(?:{askedforty_told_on})"))


def _told_end(f: str, start: int, end: int) -> int:
    """Where the told part from `start` stops: its sentence's end, or the first clause after the first that is the
    reader's own reaction (a clause holding a quotation is the teller's)."""
    closing = ""
    clause_lo, quoted = start, False
    for i in range(start, end + 1):
        c = f[i] if i < end else "\n"
        if closing:
            closing = "" if c == closing else closing
            continue
        if c in _QUOTES:
            closing, quoted = _QUOTES[c], True
            continue
        if c in ",;:。!?\n":
            # fix60: a later clause the reader ends with a question mark, saying no 你/您 (催收说要起诉我，真的会坐牢？)
            if (clause_lo > start and not quoted and not _TELLER_GOES_ON.match(f, clause_lo)
                    and (lex_class("askedforty_reaction", literal=False).search(f, clause_lo, i)
                         or (c == "?" and not _YOU.search(f, clause_lo, i)))):
                return clause_lo
            clause_lo, quoted = i + 1, False
    return end


def _retold(f: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    reactions: list[tuple[int, int]] = []
    told_before = False
    for s in _SENTENCE.finditer(f):
        lo, hi = s.start(), s.end()
        for m in _teller().finditer(f, lo, hi):
            if spans and m.start() < spans[-1][1]:
                continue
            actorless = not lex_class("askedforty_teller", literal=False).match(f, m.start())
            if actorless and not told_before:
                continue
            clause_start = max([lo, *(c.end() for c in _CLAUSE_END.finditer(f, lo, m.start()))])
            if lex_class("askedforty_not_told", literal=False).search(f, clause_start, m.end()) \
                    or _ADDRESSEE.search(f, clause_start, m.start()):
                continue
            end = _told_end(f, m.end(), hi)
            told = f[m.end():end]
            # the reader is the one told to (我, a quotation to 你) or the teller is a collector
            # the reader is the one told to: 我 in what was told, or a quotation (to 你); 你 outside a quotation is the
            # writer speaking to someone (网贷那边说我们的账可以平掉，你把账号发我), not a retelling
            plain = _QUOTED.sub("", told)
            if len(told.strip(",:。 ")) < 3 or not ("我" in plain or plain != told) or "你" in plain or "您" in plain:
                continue
            spans.append((m.end(), end))
            if end < hi:
                reactions.append((end, hi))
            told_before = True
    # a reaction stops where the teller is quoted again (…，我该怎么办。还说…)
    reactions = [(a, min([b, *(lo for lo, _ in spans if a <= lo < b)])) for a, b in reactions]
    return spans, [r for r in reactions if r[1] > r[0]]


def _own_question(f: str) -> bool:
    if (not lex_class("askedforty_topic", literal=False).search(f)
            or lex_class("askedforty_pasted", literal=False).search(f)
            or lex_class("askedforty_told_to_me", literal=False).search(f)):
        return False
    body = _GREETING.sub("", f, count=1)
    if lex_class("askedforty_addressed", literal=False).search(body):
        return False
    asked = False
    for s in _SENTENCE.finditer(body):
        sentence = s.group().strip()
        if not sentence:
            continue
        question = "?" in sentence or bool(lex_class("askedforty_question", literal=False).search(sentence))
        if not question and "我" not in sentence:
            return False  # a sentence neither asked nor the reader's own account
        # asked whether a step may happen to them (会不会上门, 真的会起诉吗), not a taunt (征信花了？) or a request
        asked = asked or (question and bool(lex_class("askedforty_may", literal=False).search(sentence))
                          and bool(lex_class("askedforty_step", literal=False).search(sentence)))
    return asked


def read(f: str) -> Speaker:
    """Who speaks in folded text `f`: the reader asking, or retelling a collector (see the module's docstring)."""
    if "我" not in f and not lex_class("askedforty_question", literal=False).search(f):
        return NOBODY
    retold, reaction = ([], []) if lex_class("askedforty_news", literal=False).search(f) else _retold(f)
    if retold:
        return Speaker(retold=tuple(retold), reaction=tuple(reaction))
    if _own_question(f):
        return Speaker(own_question=True)
    return NOBODY


def recast(f: str, spans: tuple[tuple[int, int], ...]) -> str:
    """`f` with each told span read from the collector's side (我→你, 他们→我们), quotations left as written; same
    length as `f`."""
    chars = list(f)
    for lo, hi in spans:
        closing = ""
        i = lo
        while i < hi:
            c = f[i]
            if closing:
                if c == closing:
                    closing = ""
            elif c in _QUOTES:
                closing = _QUOTES[c]
            elif c in "他她" and f.startswith("们", i + 1):
                chars[i] = "我"
                i += 1
            elif c == "我" and f.endswith(_TOLD_TO, lo, i):
                chars[i] = ","  # 告诉我…: the teller's verb to the reader; what follows is what was told
            elif c == "我" and not f.startswith(("我司", "我行", "我方"), i):
                chars[i] = "你"
            i += 1
    return "".join(chars)


def outside(spans: list[tuple[int, int]], told: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The masking spans that do not overlap any told span: what a retelling reports is not a quotation to blank."""
    return [s for s in spans if not any(s[0] < hi and lo < s[1] for lo, hi in told)]


def recast_doc(doc: Document, who: Speaker) -> Document:
    """`doc` with its told spans recast (recast()); its prefilter keys are built anew for the new characters."""
    if not who.retold:
        return doc
    folded = replace(doc.folded, text=recast(doc.f, who.retold), keys=None)
    return replace(doc, folded=folded)


def masking(spans: list[tuple[int, int]], doc: Document, who: Speaker) -> list[tuple[int, int]]:
    """The spans the rules do not read: the whole text when it is the reader's own question; less what a retelling
    reports (not a quotation to blank)."""
    if who.own_question:
        return [(0, len(doc.f))]
    return sorted(outside(spans, who.retold) + list(who.reaction)) if who.retold else spans


def noted(findings: list[Finding], doc: Document, who: Speaker) -> list[Finding]:
    """Findings in a told span say they were retold."""
    if not who.retold or not findings:
        return findings
    told = [doc.span(lo, hi) for lo, hi in who.retold]
    return [replace(f, explanation=f.explanation + RETOLD_NOTE)
            if any(f.start < hi and lo < f.end for lo, hi in told) and RETOLD_NOTE not in f.explanation else f
            for f in findings]


def own_question_fact(text: str) -> Fact:
    """The fact shown when the whole text reads as the reader's own question."""
    return Fact(kind="own_question", value="reader", start=0, end=len(text), text=text)


def own_question_told(verdict: Verdict, findings: list[Finding], facts: tuple[Fact, ...], text: str,
                      who: Speaker) -> tuple[Verdict, tuple[Fact, ...]]:
    """The verdict and facts of a report whose whole text is the reader's own question: the summary opens with
    OWN_QUESTION_NOTE (and is only OWN_QUESTION_ONLY after it when nothing was found), the text is a fact.
    (Moved out of analyzer/pipeline.py in round 38, move46.)"""
    if not who.own_question:
        return verdict, facts
    rest = OWN_QUESTION_ONLY if verdict.label == "not_collection" and not findings else verdict.summary
    return replace(verdict, summary=OWN_QUESTION_NOTE + rest), (own_question_fact(text), *facts)
