"""The sender line a borrower pastes with the message.

People copy an SMS with the line their phone or a forwarding app shows above it: `发件人：95588`, `短信 |
10690123456 | 12月19日 17:11`, `+86 188 1234 5678  11-08 13:39`, or just the number on a line of its own. When no
sender was given separately, that first line is the sender: the report analyses it (106 port, 95xxx, court 12368,
a personal mobile) and points at it in the text. Only a first line that holds nothing but a label, one number and a
date or time counts; a number inside a sentence (请回电 95588) is a number in the message, not its sender.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from analyzer.normalize import FoldedText
from knowledge import derived_cache

if TYPE_CHECKING:  # (analyzer.document reads this module)
    from analyzer.document import Document

# The first line is read only when it is short: a header is a label, a number and a time.
_MAX_HEADER = 60
_LABEL = derived_cache.compile(r"(?:发件人|发信人|发送方|发送号码|发信号码|来电短信|短信|信息|来自|号码|from|sender)[ \t]*[:：]?", re.I)
_SPLIT = derived_cache.compile(r"[ \t|｜,，]+")
_NUMBER_TOKEN = derived_cache.compile(r"\+?\d[\d*xX×\-]*")
_GROUP_TOKEN = derived_cache.compile(r"[\d*xX×]+")
_DATE_TOKEN = derived_cache.compile(r"\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.月]\d{1,2}日?|今天|昨天|前天|星期.|周.|(?:时间|日期)[:：]?"
                         r"|(?:(?:上午|下午|晚上|凌晨)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)")


_BACK_ARROW = derived_cache.compile(r"[ \t]*(?:[<‹〈＜][ \t]*)?")


def _digits(token: str) -> int:
    return sum(ch.isdigit() or ch in "*xX×" for ch in token)


def sender_line(text: str) -> tuple[str, int, int] | None:
    """(number, start, end) of a pasted sender line opening the text (after a screenshot's status bar, if any), when a
    message follows it."""
    skip = _status_end(text)
    found = _first_line_sender(text[skip:])
    return (found[0], found[1] + skip, found[2] + skip) if found else None


def _first_line_sender(text: str) -> tuple[str, int, int] | None:
    end = text.find("\n")
    if end <= 0 or end > _MAX_HEADER or not text[end:].strip():
        return None
    line = text[:end].rstrip("\r")  # a browser form sends its line breaks as CRLF
    pos = _BACK_ARROW.match(line).end()  # (a screenshot's header: "< 10691234567", the back arrow read as "<")
    label = _LABEL.match(line, pos)
    if label:
        pos = label.end()
    tokens = [(m.group(0), m.start()) for m in re.finditer(r"[^ \t|｜,，]+", line[pos:])]
    tokens = [(t.rstrip(":："), s + pos) for t, s in tokens if t.rstrip(":：")]
    if not tokens or not _NUMBER_TOKEN.fullmatch(tokens[0][0]) or _DATE_TOKEN.fullmatch(tokens[0][0]):
        return None
    first, start = tokens[0]
    last = start + len(first)
    count = _digits(first) - (2 if first in ("+86", "0086") else 0)
    i = 1
    # 188 1234 5678, +86 188****6110: groups of one number, up to a mainland mobile's 11 digits.
    while i < len(tokens) and count < 11 and _GROUP_TOKEN.fullmatch(tokens[i][0]) \
            and not _DATE_TOKEN.fullmatch(tokens[i][0]):
        count += _digits(tokens[i][0])
        last = tokens[i][1] + len(tokens[i][0])
        i += 1
    if count < 5 or sum(ch.isdigit() for ch in line[start:last]) < 3:
        return None
    rest = [re.sub(r"^(?:时间|日期|接收时间|收到时间)[:：]", "", t) for t, _s in tokens[i:]]
    if not all(_DATE_TOKEN.fullmatch(t) for t in rest if t):
        return None  # anything but a date or time after the number: a sentence, not a header
    return line[start:last], start, last


# fa32: a sender typed in the sender field that the pasted text itself shows somewhere other than its opening sender
# line (a stamp after the message, ——138****3674 12/17 11:37; the reader's note, 号码159****9733 发来的; a number
# beside another named sender, [发件人 1065****5310]) was read off the paste: a forwarding phone's, a copy's stamp or
# the reader's gloss, not surely the number the institution sent from. The number card still describes it; only the
# claim that an institution's message came from a personal number (scam.impersonation.sender_personal) needs a surer
# sender.
_NOT_DIGIT = derived_cache.compile(r"[^0-9*xX×]")
_LAYOUT = derived_cache.compile(r"[ \t\-]")


def sender_quoted(text: str, sender: str, header: tuple[str, int, int] | None) -> bool:
    """The typed `sender` is written inside the pasted `text`, not (only) as its opening sender line."""
    key = _NOT_DIGIT.sub("", sender)
    if key.startswith("86") and len(key) > 11:
        key = key[2:]
    if len(key) < 5 or (header is not None and _NOT_DIGIT.sub("", header[0]).endswith(key)):
        return False
    return key in _LAYOUT.sub("", text)


# noise22: the user's own words around what they paste. People ask about a message in the same box: "刚收到这个，是真的吗：
# ……", "他们发给我妈的：\n……", "……\n这是真的吗？我该怎么办". Those words are the reader's, not the sender's: read with the
# message, "我该怎么办" made the reader the complainant (lawful_role.toml role_speaker_complainant) and a threat read as a
# borrower's complaint. A lead-in is a short first clause ending in a colon (or a line of its own) that says the reader
# received it or asks about it; a tail is a last line (or last sentence) that asks about it. Neither speaks to 你/您,
# as the sender does; what is left must still hold the sender's words.
_ASK = (r"是真的吗|是不是真的|真的假的|是真是假|(是|算)(骗子|诈骗|骗局|真的|假的)吗|是不是(骗子|诈骗|骗局|假的)|靠谱吗|合法吗|违法吗|犯法吗"
        r"|(我|我们|我家|我妈|我爸)?(该|要|应该|得)?怎么办|该怎么(处理|回|应对)|要不要(理|管|回|还)|帮(我|忙)?(看看|看一下|鉴定|分析)"
        r"|大家(看看|帮)|求助|求问|请问|问一下")
_RECEIVED = (r"(我|刚|刚刚|今天|昨天|早上|晚上|半夜|突然|又|一直|老是|总是)(收到|接到)|(收到|接到)(了|一条|这条|这个|个|一个|的)"
             r"|(发|寄|打)(给|到)(我|俺)|给(我|俺)[^，。：:\n]{0,4}(发|打)|发来|"
             r"(他们|对方|催收|网贷|平台|这个号码?|陌生号码?|有人)[^，。：:\n]{0,8}(发|说)")
_LEAD = derived_cache.compile(r"[ \t]{0,8}(?P<words>[^\s【】\[\]：:][^\n【】\[\]：:]{1,29}?)[ \t]{0,4}(?:(?P<colon>[:：])[ \t]{0,4}\n?|[?？!！。]?[ \t]{0,4}\n)")
# A tail asks only as a reader does: a collector's last line can be a question without 你 too (请问什么时候还款？
# 家人知道了怎么办？), so not 请问, 要不要, nor 怎么办 without the asker.
_ASKER = derived_cache.compile(r"是真的吗|是不是真的|真的假的|是真是假|(是|算)(骗子|诈骗|骗局|真的|假的)吗|是不是(骗子|诈骗|骗局|假的)|靠谱吗|合法吗|违法吗"
                    r"|犯法吗|(我|我们|俺)(该|要|应该|得|现在)?怎么办|该怎么办|怎么办才好|求助"
                    # paste24: the reader's fear and plight (我好害怕, 吓死我了, 我真的没钱) and a question about the senders
                    # in the third person (他们会不会来我家啊？他们要杀我吗): a collector says 我们, not 他们
                    r"|我(好|很|真的|真|都|快)?(害怕|好怕|慌了|崩溃了?)|吓死(我|人)了|好可怕|我(真的|现在|实在|确实|是)?(没钱|没有钱|还不上|还不起)"
                    # paste25: the senders as the subject opening the clause, and a question (？, 吗, or 会不会…啊): not
                    # 移交第三方催收机构了啊, a collector's own exclamation, whose 催收 is no subject and 啊 asks nothing
                    r"|(?:^|[，,][ \t]*)(?:那些?|这些|这帮)?(?:他们|对方|催收的人?|催收员)(?:[^。！!？?\n]{0,12}(?:吗|么|嘛)[？?]*"
                    r"|[^。！!？?\n]{0,12}[？?]+|[^。！!？?\n]{0,6}(?:会不会|是不是|能不能|要不要|敢不敢|怎么|什么|哪)[^。！!？?\n]{0,8}(?:啊|呀|呢))$")
_LEAD_ASKS = derived_cache.compile(r"[ \t]{0,8}(?P<words>[^\s【】\[\]：:][^\n【】\[\]：:？?]{1,20}?[?？]+)[ \t]{0,4}(?P<colon>)\n?")
_LEAD_WORDS = derived_cache.compile(f"(?:{_ASK}|{_RECEIVED})")
_TO_READER = derived_cache.compile(r"[你您妳]")
# paste24: a friend's forward speaks to the one asked, not to the debtor: 你看看这个，是不是骗子 / 你帮我看看，是真的吗 /
# 你说这是真的吗. Its 你 asks someone to look or judge; the sender's 你 is told to pay or warned.
_TO_FRIEND = derived_cache.compile(r"[你您妳]们?(?:帮我|帮忙|给我|替我|快|赶紧)?(?:看看|看一下|看下|瞧瞧|瞅瞅|看这|看个|看|说说?|觉得)")
# The last sentence, after a line break or a sentence end: at most 30 characters, ending the text.
_TAIL = derived_cache.compile(r"(?:\n|(?<=[。！？!?]))[ \t]*(?P<words>[^\n。！？!?]{2,30}[。！？!?～~…]*)[ \t\n]*\Z")
_LEAD_LINE = derived_cache.compile(f"(?:{_ASKER.pattern}|{_RECEIVED})")
# A phone's status bar or its messages app's heading, copied from a screenshot: 中国移动 4G 10:32, 短信/彩信 今天 09:15.
_STATUS_LINE = derived_cache.compile(r"[ \t]{0,8}(?:(?:中国移动|中国联通|中国电信|中国广电|移动|联通|电信|china ?mobile|china ?unicom|china ?telecom"
                          r"|[2345]g\+?|lte|volte|hd|wi-?fi|\d{1,3}%|短信/彩信|短信|彩信|信息|imessage|今天|昨天|前天|星期.|周."
                          r"|(?:上午|下午|晚上|凌晨)?\d{1,2}[:：]\d{2}|\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})"
                          r"[ \t]{0,8}){1,8}\r?\n", re.IGNORECASE)
_STATUS_WORDS = derived_cache.compile(r"中国|移动|联通|电信|mobile|unicom|telecom|[2345]g|lte|wi-?fi|短信|彩信|信息|imessage", re.IGNORECASE)
_DEBRIS = derived_cache.compile(r"(?:\n[ \t]*(?:\[(?:图片|圖片|语音|語音|视频|視頻|表情|动画表情|文件|链接|位置|红包|转账)\]|短信/彩信|短信|彩信|已读|已讀|"
                     r"已送达|已送達|送达|[<‹〈＜])[ \t]*)+[ \t\n]*\Z")
_TIME = r"(?:(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|昨天|今天|前天|星期.|周.)[ \t]*)?(?:上午|下午|中午|晚上|凌晨)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
_OWN_TAIL = derived_cache.compile(r"\n[ \t]*(?:我|本人|[Mm]e)(?:[ \t]*[:：]|[ \t]+" + _TIME + r"[ \t]*\r?\n)[^\n]{0,40}[ \t\n]*\Z")
_TAIL_REACH = 40
_DEBRIS_REACH = 60
_TAIL_LINES = 3
_SENDER_WORDS = derived_cache.compile(r"[\u4e00-\u9fff]{4}")


def _status_end(text: str) -> int:
    """Where the text starts after the status-bar lines opening it (0 without them)."""
    if "\n" not in text:
        return 0  # speed28: every _STATUS_LINE match ends with a line break (~1 µs a call, two calls a message)
    pos = 0
    while (status := _STATUS_LINE.match(text, pos)) and _STATUS_WORDS.search(status.group()):
        pos = status.end()
    return pos


def asker_words(text: str) -> list[tuple[int, int]]:
    """Spans of `text` (as written) holding the reader's own words around a pasted message: a lead-in and trailing
    questions; empty when nothing of the sender's would be left."""
    spans: list[tuple[int, int]] = []
    pos = _status_end(text)
    if pos:
        spans.append((0, pos))
    # speed28: every _LEAD match ends with a colon or a line break (about 2 µs a single-line message without a colon)
    lead = _LEAD.match(text, pos) if "\n" in text or ":" in text or "：" in text else None
    # paste24: 这是真的吗？您的账户… (the question on the message's own line; the shorter lead-in when both match, so
    # that a colon in the message, 点击网址:, does not make its first clause the reader's)
    asked = _LEAD_ASKS.match(text, pos) if "?" in text[pos:pos + 30] or "？" in text[pos:pos + 30] else None
    if asked and (lead is None or asked.end() < lead.end()) and _ASKER.search(asked.group("words")) \
            and not _TO_READER.search(_TO_FRIEND.sub("", asked.group("words"))):
        lead = asked
    # A line of its own asks as a tail does; one ending in a colon introduces what follows (请问：…, 帮我看看：…)
    if lead and (_LEAD_WORDS if lead.group("colon") else _LEAD_LINE).search(lead.group("words")) \
            and not _TO_READER.search(_TO_FRIEND.sub("", lead.group("words"))):
        spans.append((lead.start("words"), lead.end()))
    end = len(text)
    start = spans[-1][1] if spans else 0
    # paste24: a screenshot's debris after the message ([图片], 短信/彩信, 已读) is no word of the sender's, and it hides the
    # question above it and the 【signature】 or [签名] that ends the message.
    reach = max(start, end - _DEBRIS_REACH)  # (debris is a few short lines, each after a line break: most SMS have none)
    debris = _DEBRIS.search(text, reach) if text.find("\n", reach) >= 0 else None
    if debris and debris.start() > start:
        spans.append((debris.start(), debris.end()))
        end = debris.start()
    multiline = "\n" in text
    for _ in range(_TAIL_LINES):
        # paste24: the reader's own reply closing a chat or a call (我：我没钱 / 我 14:33⏎知道了) is the reader's too; it
        # hides the [签名] that ends the message above it
        # (every _OWN_TAIL match opens with a line break: speed28)
        own = _OWN_TAIL.search(text, max(start, end - _TAIL_REACH - 20), end) if multiline else None
        if own:
            spans.append((own.start() + 1, own.end()))
            end = own.start()
            continue
        tail = _TAIL.search(text, max(start, end - _TAIL_REACH), end)  # (a tail is short: not a scan of the text)
        if not tail or not _ASKER.search(tail.group("words")) or _TO_READER.search(_TO_FRIEND.sub("", tail.group("words"))):
            break
        spans.append((tail.start("words"), tail.end("words")))
        end = tail.start("words")
        while end > start and text[end - 1] in " \t\n":
            end -= 1
    if not spans:
        return []  # (speed24: the check below keeps nothing either; building its two empty readings cost ~3 µs)
    # Nothing of the sender's left: the lead-in was the message itself (家人朋友即将收到通知函!\n我该怎么办)
    for kept in (sorted(spans), sorted(s for s in spans if not lead or s[0] != lead.start("words"))):
        rest = "".join(text[a:b] for a, b in zip([0] + [e for _, e in kept], [s for s, _ in kept] + [len(text)]))
        if kept and _SENDER_WORDS.search(rest):
            return kept
    return []



def without_asker(ft: FoldedText) -> FoldedText:
    """`ft` without the reader's own words around the pasted message: every detector reads the message alone (a
    signature at its end is still at the end); offsets still point into the text as written."""
    asked = asker_words(ft.original)
    if not asked:
        return ft
    origin = ft.origin
    drop = [(bisect_left(origin, a), bisect_left(origin, b)) for a, b in asked]
    keep = [(b, a) for b, a in zip([0] + [b for _, b in drop], [a for a, _ in drop] + [len(origin)]) if a > b]
    return FoldedText("".join(ft.text[a:b] for a, b in keep), tuple(o for a, b in keep for o in origin[a:b]), ft.original,
                      joined=ft.joined)


# paste24: a chat log copied from WeChat or QQ, or a call written down. Each turn opens with a heading of its own, the
# speaker's display name and the time (催收员小刘 14:32, 我 14:33, 张经理 12-03 16:40), or with a label before the words
# (对方：…, 客服：…, 催收：…). The names are the reader's or the contact's choice, not the sender's words (催收员小刘 is
# no collector's claim, 我 no complaint); the turns under the reader's own heading are the reader's words (我 14:33 /
# 我现在真的没钱 must not hide the threat above it, nor make a reminder a threat). A heading counts when the log has
# two of them, or one opens the paste: a lone "最后期限 18:00" inside a message is the sender's.
_HEADING = derived_cache.compile(r"(?m)^[ \t]*(?P<name>[^\s\d:：，。！？,.!?；;【】\[\]][^\n:：，。！？,.!?；;【】]{0,23}?)[ \t]+" + _TIME + r"[ \t]*\r?$")
_READER_NAME = derived_cache.compile(r"(?:我|我自己|本人|自己|[Mm]e)(?:[(（][^()（）]{1,20}[)）])?")  # (QQ: 我(12345678) 14:33:10)
# A speaker's label before the words: who speaks, as a transcript or a chat names them (not a salutation: 王先生：).
# Only the debt side's roles: a label the rules read as context is kept (班主任：你家孩子… is a teacher speaking,
# which threat.harm7.family_watched's unless reads; paste25 took 主任 out for that).
_SPEAKER = derived_cache.compile(r"(?m)^[ \t]*(?:对方|对面|那边|电话那头|来电|催收员?|催收人员|客服|机器人|[Aa][Ii]|他|她|他们"
                      r"|[\u4e00-\u9fff]{1,3}(?:专员|经理|主管|组长|客服|催收员?|助理|顾问|调解员))[ \t]*[:：]")


def chat_lines(text: str) -> list[tuple[int, int]]:
    """Spans of `text` (as written) that a pasted chat log or call transcript adds to the sender's words: speakers'
    headings and labels, and the lines under the reader's own heading."""
    speakers = [m.span() for m in _SPEAKER.finditer(text)] if "：" in text or ":" in text else []  # (a label ends in one)
    if "\n" not in text:
        return speakers
    heads = list(_HEADING.finditer(text))
    if len(heads) == 1 and text[:heads[0].start()].strip() and heads[0].start() > _status_end(text):
        heads = []
    spans: list[tuple[int, int]] = []
    for i, head in enumerate(heads):
        spans.append((head.start("name"), head.end()))
        if _READER_NAME.fullmatch(head.group("name").strip()):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            spans.append((head.end(), end))
    return sorted(spans + speakers)


# paste24: two or three messages of one sender pasted together, each under its time (12-03 10:05 / 昨天 21:40), under the
# sender's chat heading, or each opening with its 【signature】. The label is the worst message's: a message-wide
# exception read in one (我司不会上门催收, 谨防诈骗) must not cancel what another says (明天就在你小区门口贴出来).
_TIME_LINE = derived_cache.compile(r"(?m)^[ \t]*" + _TIME + r"[ \t]*\r?$")
_SIGNED_LINE = derived_cache.compile(r"(?m)^[ \t]*【[^【】\n]{1,24}】")


def message_starts(text: str) -> list[int]:
    """Where each message after the first begins (as written), when the paste holds several; else empty."""
    if "\n" not in text:
        return []
    starts = [m.start() for m in _TIME_LINE.finditer(text)]
    heads = list(_HEADING.finditer(text))
    if len(heads) > 1:
        starts += [h.start() for h in heads if not _READER_NAME.fullmatch(h.group("name").strip())]
    signed = [m.start() for m in _SIGNED_LINE.finditer(text)]
    if len(signed) > 1:
        starts += signed
    lead = _status_end(text)
    starts = sorted({s for s in starts if text[lead:s].strip()})  # (a time above the first message opens it)
    return starts


def each_message(text: str, doc: Document, findings: list, run) -> list:
    """`findings` with those each message of a paste of several gets when read alone (the others blanked)."""
    starts = message_starts(text)
    if not starts:
        return findings
    origin = doc.folded.origin
    cuts = [0] + [bisect_left(origin, s) for s in starts] + [len(doc.f)]
    seen = {(f.rule_id, f.start, f.end) for f in findings}
    added = []
    for a, b in zip(cuts, cuts[1:]):
        if b <= a:
            continue
        for f in run(doc.blanked([(0, a), (b, len(doc.f))])):
            if (f.rule_id, f.start, f.end) not in seen:
                seen.add((f.rule_id, f.start, f.end))
                added.append(f)
    return findings + added if added else findings
