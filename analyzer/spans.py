"""Where a finding's excerpt starts and ends: on whole words and outside a 【signature】.

The detectors match patterns, and a pattern's edge can fall anywhere: "人民法院】您因拖欠网贷已被立案"
starts inside the signature, "经理您好…在我平台欠" drops the 王 of 王经理 and the 款 of 欠款. `whole`
moves such an edge outwards, so the match stays inside the excerpt (only a lone bracket is left out):

- an edge inside a 【…】 (or 〖…〗, […]) signature moves out of it: the excerpt takes the whole signature,
  brackets included, when it goes on past it, or the signature's name alone when it lies inside it;
  an excerpt that only touches a bracket ("】您因…") leaves the bracket out;
- an edge inside one of WORDS (欠|款, 逾|期, 验证|码) moves to the word's edge;
- a start on a title (经理, 法官) right after a surname (王经理) takes the surname;
- an edge inside a run of digits or Latin letters (a phone number, a link) moves to the run's edge.

A curated word list, not a segmenter: no per-message cost beyond a few dictionary look-ups per finding.
Offsets are those of the original text, so `excerpt == text[start:end]` holds.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from analyzer.document import Document
from analyzer.report import Finding
from knowledge import derived_cache

# Words of collection messages that an excerpt should never cut (two to five characters).
WORDS = frozenset("""
欠款 欠费 欠债 欠钱 拖欠 逾期 催收 催款 催缴 还款 还钱 借款 贷款 放款 网贷 借贷 本金 利息 罚息 滞纳金 违约金 手续费 服务费
保证金 工本费 解冻费 验证码 动态码 校验码 短信码 密码 银行卡 账户 账号 身份证 征信 黑名单 失信 老赖 立案 起诉 诉讼 撤诉 传票
判决 执行 强制执行 拘留 坐牢 刑事 法院 人民法院 法官 律师 律师函 仲裁 公安 警察 派出所 检察院 客服 专员 家人 亲友 父母
家属 通讯录 紧急联系人 联系人 单位 公司 同事 领导 上门 冻结 解冻 注销 协商 处理 平台 微信 支付宝 短信 电话 朋友圈 工作
""".split())
_LENGTHS = sorted({len(w) for w in WORDS})

# Titles that follow a surname (王经理, 李法官): a start on the title takes the surname.
TITLES = ("经理", "先生", "女士", "小姐", "老师", "律师", "法官", "警官", "主任", "总监", "老板", "专员", "主管", "科长", "所长")
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
    "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)

_OPEN = "【〖[［"
_CLOSE = "】〗]］"
_BRACKETED = derived_cache.compile(r"[【〖\[［][^【】〖〗\[\]［］\n]{1,24}[】〗\]］]")
_RUN = derived_cache.compile(r"[0-9A-Za-z]")
_RUN_CAP = 24  # a longer run (a long link) keeps the detector's edge


def _signatures(text: str) -> list[tuple[int, int]]:
    """(index of the opening bracket, index after the closing one) of every bracketed signature."""
    if not any(c in text for c in _OPEN):
        return []
    return [m.span() for m in _BRACKETED.finditer(text)]


def _out_of_signatures(start: int, end: int, brackets: list[tuple[int, int]]) -> tuple[int, int]:
    for o, c in brackets:  # o: the opening bracket, c - 1: the closing one; the name is o + 1 .. c - 1
        if c <= start or end <= o:
            continue
        if start == c - 1 and end > c:  # starts on the closing bracket: leave it out
            start = c
        elif o < start < c - 1:  # starts inside the name
            start = o if end >= c else o + 1
        if end == o + 1 and start < o:  # ends on the opening bracket: leave it out
            end = o
        elif o + 1 < end < c:  # ends inside the name (or before its closing bracket)
            end = c if start <= o else c - 1
    return start, end


def _word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    n = len(text)
    # An edge already on a word's edge stays ("恶意拖欠" is not cut by 欠款, nor "款项" by 还款).
    starts_word = any(text[start:start + length] in WORDS for length in _LENGTHS)
    ends_word = any(text[max(0, end - length):end] in WORDS for length in _LENGTHS if end >= length)
    # Start: inside a word that begins before it.
    for length in _LENGTHS if not starts_word else ():
        for k in range(1, length):
            i = start - k
            if i >= 0 and i + length <= n and text[i:i + length] in WORDS and i + length > start:
                start = min(start, i)
    # End: inside a word that goes on after it.
    for length in _LENGTHS if not ends_word else ():
        for k in range(1, length):
            i = end - k
            if i >= 0 and i + length <= n and i + length > end and text[i:i + length] in WORDS:
                end = max(end, i + length)
    # A title right after a surname: 王|经理 → 王经理; and an end on the surname before its title.
    if start > 0 and text[start - 1] in SURNAMES and text.startswith(TITLES, start):
        start -= 1
    if end < n and text[end - 1] in SURNAMES and text.startswith(TITLES, end):
        end += next(len(t) for t in TITLES if text.startswith(t, end))
    return start, end


def _run_edges(text: str, start: int, end: int) -> tuple[int, int]:
    n = len(text)
    if 0 < start < n and _RUN.match(text[start]) and _RUN.match(text[start - 1]):
        s = start
        while s > 0 and _RUN.match(text[s - 1]) and start - s < _RUN_CAP:
            s -= 1
        if s == 0 or not _RUN.match(text[s - 1]):
            start = s
    if 0 < end < n and _RUN.match(text[end]) and _RUN.match(text[end - 1]):
        e = end
        while e < n and _RUN.match(text[e]) and e - end < _RUN_CAP:
            e += 1
        if e == n or not _RUN.match(text[e]):
            end = e
    return start, end


def whole(text: str, start: int, end: int, brackets: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The span widened to whole words and out of signatures (see the module doc); empty spans unchanged."""
    if start >= end:
        return start, end
    if brackets is None:
        brackets = _signatures(text)
    s, e = _run_edges(text, *_word_edges(text, start, end))
    return _out_of_signatures(s, e, brackets)


def tidy(doc: Document, findings: Iterable[Finding]) -> list[Finding]:
    """Every finding with its span (and excerpt) on whole words, outside signatures."""
    text = doc.text
    brackets = _signatures(text)
    out = []
    for f in findings:
        s, e = whole(text, f.start, f.end, brackets)
        out.append(f if (s, e) == (f.start, f.end) else replace(f, start=s, end=e, excerpt=text[s:e]))
    return out
