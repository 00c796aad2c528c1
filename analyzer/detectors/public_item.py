"""fa38: a public item (news, a court's or the police's public education, a regulator's notice, a drama) reports
collection misconduct or scams to everyone; it threatens and defrauds no one.

reported.py reads one sentence at a time: a sentence is spared when it carries its own news marker (被判处, 据报道).
A news item's later sentences often carry none ("【XX日报】…检察院起诉一批非法催收人员。他们曾在借款人家门口蹲守、
在单位拉横幅"), and an anti-fraud or legal-education text lists the collector's and the scammer's words as examples
("普法：催收人员可以联系紧急联系人吗？…"). When the message as a whole is such an item ({fathirtyeight_public_item}:
a media or education header, an opening "新闻：", "据报道", "典型案例", an official 通报, a drama's plot) and asks the
reader for nothing a scam or collector would ({fathirtyfive_bulletin_block}: a link, a chat account, a phone number,
"请您转账", "您涉嫌"), a threat, pressure or scam finding in a sentence with no 你/您 (quotes set aside) is dropped.
A sentence that addresses the reader keeps its findings, so "看看这个新闻，下一个就是你" still reads as a threat; so does
one where the sender speaks as the actor (我们/我司/本公司/本平台 outside quotes): "【新闻】老赖王某欠款不还，我们已把他的照片
发到他单位群" is a collector's exposure dressed as news (integrator's fix, round 38).
The classes are data in knowledge/data/rules/zz_fa38.toml.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from analyzer.document import Document
from analyzer.lexicon import load as load_lexicon
from analyzer.normalize import fold
from analyzer.report import Finding
from knowledge import derived_cache

_SENTENCE_END = derived_cache.compile(r"[。!?\n]")
# The reader addressed (你/您), or the sender speaking as the actor (我们已把他的照片发到他单位群): a news item reports
# what others did; a collector dressing its exposure as 【新闻】 speaks in its own voice.
_YOU = derived_cache.compile(r"你|您|我们|我司|本公司|本平台|咱们")
QUOTED = derived_cache.compile(r'[“"「『][^“”"「」『』。!?\n]{0,60}[”"」』]')


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    classes = load_lexicon().classes
    return (derived_cache.compile(classes["fathirtyeight_public_item"]),
            derived_cache.compile(classes["fathirtyfive_bulletin_block"]))


def is_public_item(f: str, written: str | None = None) -> bool:
    """The folded message is a news, education or warning item that asks the reader for nothing. `written` is the
    message as written, folded: the pipeline's rule_doc blanks what is told as said (有人来电称您账户涉嫌洗钱), and a
    request to the reader there still counts."""
    item, block = _patterns()
    return bool(item.search(f)) and not block.search(f) and not (written is not None and block.search(written))


def _touched(x: Finding) -> bool:
    return x.category in ("unlawful_threat", "pressure", "scam") or x.kind == "doorstep_visit_threat"


def _addressed(doc: Document, x: Finding) -> bool:
    """The finding's sentence, as written and with its quotes set aside, speaks to the reader (你/您)."""
    f = doc.f
    origin = doc.folded.origin
    start = min(bisect_left(origin, x.start), len(f))
    end = max(start, min(bisect_left(origin, x.end), len(f)))
    lo = max((m.end() for m in _SENTENCE_END.finditer(f, 0, start)), default=0)
    m = _SENTENCE_END.search(f, end)
    hi = m.start() if m else len(f)
    if origin and lo < len(origin):
        stop = origin[hi] if hi < len(origin) else len(doc.text)
        sentence = doc.text[origin[lo]:stop]
    else:
        sentence = f[lo:hi]
    return bool(_YOU.search(QUOTED.sub("", sentence)))


def drop_public_item(doc: Document, findings: list[Finding]) -> list[Finding]:
    """The findings less those a public item reports about others (see the module's docstring)."""
    if not any(_touched(x) for x in findings) or not is_public_item(doc.f, fold(doc.text).text):
        return findings
    return [x for x in findings if not _touched(x) or _addressed(doc, x)]
