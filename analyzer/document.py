"""One parsed message shared by all detectors: folded text with its offset map,
signatures, phone numbers and links, found once."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from analyzer.normalize import FoldedText, fold
from analyzer.pasted import without_asker
from analyzer.prefilter import text_keys
from knowledge import derived_cache


@dataclass(frozen=True)
class Span:
    """A piece of the message: folded text plus its span in the ORIGINAL text."""

    text: str  # folded form
    start: int  # original offsets
    end: int


_SIGNATURE = derived_cache.compile(r"[【〖]([^【】〖〗\n]{1,24})[】〗]|^\s*\[([^\[\]\n]{2,16})\]|\[([^\[\]\n]{2,16})\]\s*$")
_TLDS = (
    "com|cn|net|org|top|xyz|vip|cc|info|me|io|co|site|online|shop|club|ltd|link|app|ink|fun|"
    "icu|wang|work|tech|store|live|pro|biz|mobi|asia|tv|hk|tw|la|ly|gl|gd|im|so|win|bid|loan|gov|edu"
)
_URL = derived_cache.compile(
    r"(?<![0-9A-Za-z_@.-])((?:https?://)?(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:" + _TLDS + r")"
    r"|\d{1,3}(?:\.\d{1,3}){3})(?::\d{2,5})?(?:/[0-9A-Za-z_\-./?%&=#~+:,;@!*]*)?)(?![0-9A-Za-z_-])",
    re.IGNORECASE,
)
# speed21: what every _URL match holds, found by a scan that skips ahead to a dot: a host's last label and its top-level
# domain ([a-z0-9] then a dot then a letter: every TLD opens with one) or an IP address's first dots. _URL opens with a
# look-behind and ignores case, so re tries it at every position (about 100K instructions a text with a dot, 17% of the
# bench messages: decimal amounts, 等等...). Same case rules (re.IGNORECASE) as _URL.
_URL_NEEDS = derived_cache.compile(r"\.(?:(?<=[a-z0-9]\.)[a-z]|(?<=\d\.)\d{1,3}\.\d)", re.IGNORECASE)
# Phone-like digit runs, possibly masked (X, *) and split by - or spaces; +86 / 0086 prefixes.
_NUMBER = derived_cache.compile(r"(?<![0-9A-Za-z_.])(\+?\d[\d\-\s—–xX*×]{2,22}[\dxX*×])(?![0-9A-Za-z_])")
_DIGIT = derived_cache.compile(r"\d")
# A label before a digit run that says what it is: card tails, codes, case, contract and licence numbers are not phones.
_NOT_A_PHONE_LABEL = derived_cache.compile(r"(尾号|尾数|后四位|末四位|卡号|账号|验证码|动态密码|密码|取件码|序号|案号|合同号|编号|证号|执业证|证件号|"
                                r"身份证号?|订单号|运单号|单号|[¥￥])[:：]?\s*$")
# Not inside a WeChat/QQ id or code such as abc12345 or 95588cmb.
_SHORT_AND_PORTS = derived_cache.compile(r"(?<![0-9A-Za-z_])(1[0-2]\d{3}|9[56]\d{3,6}|106\d{5,17})(?![0-9A-Za-z_])")


class _kept:
    """A value derived from a frozen Document, computed on first read and kept in the instance's __dict__,
    where later reads find it as a plain attribute (this descriptor defines no __set__, so the instance
    dict wins). doc.f is read ~27 times a message: a property call each time cost ~2% of the analysis;
    functools.cached_property takes a lock on every first read."""

    def __init__(self, func) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass(frozen=True)
class Document:
    text: str
    folded: FoldedText
    sender: str | None
    received_at: datetime | None
    signatures: tuple[Span, ...]
    links: tuple[Span, ...]
    numbers: tuple[Span, ...]

    @_kept
    def f(self) -> str:
        """The folded text detectors match against."""
        return self.folded.text

    @_kept
    def keys(self) -> set[str]:
        """The folded text's characters and bigrams, for the prefilters (analyzer/prefilter.py)."""
        keys = self.folded.keys  # (built by fold on the way, when it could)
        return keys if keys is not None else text_keys(self.folded.text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.folded.span(start, end)

    def piece(self, start: int, end: int) -> Span:
        s, e = self.folded.span(start, end)
        return Span(self.folded.text[start:end], s, e)

    def blanked(self, spans: list[tuple[int, int]], filler: str = "。") -> Document:
        """This document with the spans of its folded text replaced by `filler` (a sentence end: nothing matches
        across it); offsets and the original text are unchanged."""
        chars = list(self.folded.text)
        for a, b in spans:
            chars[a:b] = filler * (b - a)
        return replace(self, folded=replace(self.folded, text="".join(chars)))


# A lender's SMS template fills its signature in later (【{APP_NAMES}】, 【%s】): a placeholder names no one.
_PLACEHOLDER = derived_cache.compile(r"[#$]?\{[^{}]{0,40}\}|%s")
# A pasted message's own label in square brackets names the channel or the form it came in, not a sender:
# [微信], [语音转文字], [語音轉文字 0:42], [WhatsApp], [短信2], [群聊 "大学室友"], [微信转发], [企业微信]. Only the
# half-width [..] shape (a real SMS signs in 【】); a bracket holding such a word is no signature.
_PASTE_LABEL = derived_cache.compile(r"微信|企业微信|wechat|whatsapp|line|telegram|qq|钉钉|飞书|imessage|短信\s?\d|彩信|群聊|私聊|"
                          r"语音|語音|转文字|轉文字|转发|轉發|截图|截圖|图片|圖片|来电|來電|通话|通話|录音|錄音|留言|聊天记录|"
                          r"链接|鏈接|附件|视频|視頻|表情|"
                          # lender22: an App push, a 小程序 or 公众号 card, a robocall's bot: the channel, not who sent it
                          # ([小程序] 好分期还款提醒 named 小程序).
                          r"小程序|公众号|服务号|服务通知|推送|通知栏|弹窗|机器人|智能语音|ai外呼|外呼", re.IGNORECASE)


def _signatures(ft: FoldedText) -> tuple[Span, ...]:
    text = ft.text
    if "【" not in text and "〖" not in text and "[" not in text:
        return ()  # every branch of _SIGNATURE opens with one of these
    out = []
    for m in _SIGNATURE.finditer(ft.text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        if _PLACEHOLDER.fullmatch(m.group(group).strip()):
            continue
        if group != 1 and _PASTE_LABEL.search(m.group(group)):
            continue  # [微信], [语音转文字]: the paste's channel label, not a signature
        s, e = ft.span(m.start(group), m.end(group))
        out.append(Span(m.group(group).strip(), s, e))
    return tuple(out)


def _typable_in_url(ft: FoldedText, start: int, end: int) -> bool:
    """ASCII, or full-width ASCII (ｗｗｗ．ｘｘ．ｃｎ), which browsers map to ASCII when the link is opened
    and which scammers use to slip past filters; not circled digits or other look-alikes."""
    return all(ord(ch) < 128 or 0xFF01 <= ord(ch) <= 0xFF5E for ch in ft.original[start:end])


def _links(ft: FoldedText) -> tuple[Span, ...]:
    if "." not in ft.text or _URL_NEEDS.search(ft.text) is None:
        return ()  # both a host name and an IP address need a dot (with a TLD or three more dots after it)
    out = []
    for m in _URL.finditer(ft.text):
        url = m.group(1).rstrip(".,;:!?")
        if re.fullmatch(r"[\d.]+", url) and url.count(".") != 3:
            continue  # a decimal amount, not a host
        s, e = ft.span(m.start(1), m.start(1) + len(url))
        if not _typable_in_url(ft, s, e):
            continue  # ⒈⒊⒌ (circled digits) fold into "1.3.5": not a link the user can open
        out.append(Span(url, s, e))
    return tuple(out)


def _numbers(ft: FoldedText, links: tuple[Span, ...]) -> tuple[Span, ...]:
    if not _DIGIT.search(ft.text):
        return ()  # both patterns need a digit
    taken = [(link.start, link.end) for link in links]
    out: list[Span] = []
    for m in _NUMBER.finditer(ft.text):
        raw = m.group(1).rstrip(" -—–")
        digits = re.sub(r"[^\dxX*×+]", "", raw)
        core = digits.lstrip("+")
        if len(core) < 5:
            continue
        start = m.start(1)
        before = ft.text[max(0, start - 6):start]
        # legal31: 当地区号+12368 (the area code, then 12368) is an addition a court writes, not an international prefix
        if raw.startswith("+") and before.endswith("区号"):
            raw, start = raw[1:], start + 1
            before = ft.text[max(0, start - 6):start]
        s, e = ft.span(start, start + len(raw))
        if any(a <= s < b for a, b in taken):
            continue
        after = ft.text[start + len(raw):start + len(raw) + 2]
        # Amounts, dates, card tails, codes and case numbers are not phone numbers.
        if _NOT_A_PHONE_LABEL.search(before):
            continue
        if re.match(r"\s*(元|万|块|年|月|日|号|期|天|笔|次|%|个|人民币|:\d|\.\d)", after):
            continue
        if "x" not in core.lower() and "*" not in core and "×" not in core:
            if not (core.startswith(("0", "1", "4", "8", "9")) or digits.startswith("+")):
                continue
        out.append(Span(raw, s, e))
    for m in _SHORT_AND_PORTS.finditer(ft.text):
        s, e = ft.span(m.start(1), m.end(1))
        if any(a <= s < b for a, b in taken) or any(n.start <= s < n.end for n in out):
            continue
        after = ft.text[m.end(1):m.end(1) + 2]
        if re.match(r"\s*(元|万|块|年|月|日|号|期|天|笔|次|%|个|:\d|\.\d)", after):
            continue  # 12345.67元 is an amount, not a service number
        if _NOT_A_PHONE_LABEL.search(ft.text[max(0, m.start(1) - 6):m.start(1)]):
            continue
        out.append(Span(m.group(1), s, e))
    return tuple(sorted(out, key=lambda sp: sp.start))


def parse(text: str, sender: str | None = None, received_at: datetime | None = None) -> Document:
    ft = without_asker(fold(text))  # noise22: 刚收到这个，是真的吗：…, …\n我该怎么办 are the reader's words
    links = _links(ft)
    return Document(
        text=text, folded=ft, sender=sender, received_at=received_at,
        signatures=_signatures(ft), links=links, numbers=_numbers(ft, links),
    )
