"""The readings of a pasted legal notice (legal21): a court's, arbitration body's, notary's or lawyer's notice is often
pasted as part of a thread (a lender's reminder, then 【下一条】 or a sender/time line, then the court's SMS; the court's
SMS and its follow-up 请勿轻信…) or from a screenshot whose lines break mid-sentence (（2025）苏0\\n106民初9***号).
Read whole, the lender's words (逾期, 请尽快还款, 我司) and the broken lines hide the notice's own voice; read as its own
message, the notice is checked like any other. Used by analyzer/detectors/legal.py (assess), which takes a part's
reading only when the part alone is a notice to verify and nothing in the whole message is a scam marker.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from analyzer.document import Document, parse
from analyzer.firstchar import literal_first
from knowledge import derived_cache

# Where one pasted message ends and the next begins: a separator written between them (【下一条】, ｜第2条｜,
# ——次日又收到——, 又收到一条：) ...
# (through literal_first: its last branch opens with a group, (?:次日|第二天|…)又收到, so re tried the whole alternation at
# every position of every message, about 1.7 µs a bench message; same matches and spans, it has no capturing group)
SEPARATOR = derived_cache.compile(literal_first(r"【下一[条條]】|【第[一二三四五六七八九十\d]{1,2}[条條]】"
                       r"|[｜|][ \t]{0,2}第?[一二三四五六七八九十\d]{1,2}[条條][ \t]{0,2}[｜|]"
                       r"|[—\-]{2,4}[^—\-\n]{0,12}(?:收到|发来|發來)[^—\-\n]{0,6}[—\-]{0,4}"
                       r"|(?:次日|第二天|隔天|当天|當天|后来|後來|然后|然後)又收到(?:一条|一條|一封)?[:：]?"))
# ... or a line holding only what a phone shows above a message: a sender number, a date, a time (9月10日 09:29,
# 12368  2025-12-09 08:46, 发件人:10691****328, < 10691****328, 今天 上午8:40), the screen's status bar (10:08 4G 12%) or
# the thread's label (短信/彩信): what is left after HEADER_TOKENS is nothing.
HEADER_TOKENS = derived_cache.compile(r"发件人|發件人|发信人|來自|来自|号码|號碼|时间|時間|日期|短信|彩信|信息|訊息|iMessage|今天|昨天|前天|上午|下午"
                           r"|晚上|凌晨|中午|(?:星期|周)[一二三四五六日天]|[45]G|LTE|WiFi|HD|[\d\s:：年月日/.*xX×+()（）<>%|｜,，\-]", re.IGNORECASE)
RULE_LINE = derived_cache.compile(r"[—\-=_]{2,40}")
# A line that breaks mid-sentence (a screenshot's wrap): the break is joined when the line does not end a sentence,
# a clause or a signature and the next line does not open a signature.
SOFT_BREAK = derived_cache.compile(r"(?<=[^。！？!?；;:：」”』】)）\s])[ \t]*\n[ \t]*(?=[^\s【])")


def _parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each pasted message in `text`, separators and header lines left out."""
    cuts = [(m.start(), m.end()) for m in SEPARATOR.finditer(text)]
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and len(line) <= 40 and not HEADER_TOKENS.sub("", line):
            cuts.append((pos, end))
        elif RULE_LINE.fullmatch(line.strip()):
            cuts.append((pos, end))
        pos = end + 1
    parts, start = [], 0
    for a, b in sorted(cuts):
        if a > start:
            parts.append((start, a))
        start = max(start, b)
    if start < len(text):
        parts.append((start, len(text)))
    return [(a, b) for a, b in parts if text[a:b].strip()]


def readings(doc: Document) -> Iterator[tuple[Document, int, int]]:
    """Each pasted message of a thread, or the whole text with its soft line breaks joined, as its own document,
    with its (start, end) in the original text; nothing when the text reads the same as one message."""
    text = doc.text
    if "\n" not in text and not SEPARATOR.search(text):
        return
    parts = _parts(text)
    for a, b in parts:
        piece = text[a:b].strip()
        joined = SOFT_BREAK.sub("", piece)
        if len(parts) == 1 and joined == text.strip():
            return
        yield parse(joined, doc.sender, doc.received_at), a, b
