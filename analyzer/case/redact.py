"""Redaction before a case is saved or exported.

Removed: the borrower's name (entered by the volunteer), names in greetings such as
尊敬的张先生 and bare 王先生/李女士, third parties' names (the address-book names of the
case's numbers, wherever they appear, and a name after 紧急联系人/你妈妈/你同事…);
ID-card numbers; bank-card numbers; third parties' phone numbers. Masks
keep the last four digits and the length of what they replace, so every finding and
fact span still points at the same place and `excerpt == text[start:end]` still holds.

Whose phone number is a third party's: any personal number (mobile or fixed line)
quoted in a message that is not the sender of a message in the case; the senders are
the collectors and their numbers are the evidence. Service numbers (95xxx, 400/800,
106 ports, short codes) are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Iterable

from analyzer.case.model import Case, CaseMessage
from analyzer.case.roles import default_role

_ID = re.compile(r"(?<![0-9A-Za-z])(?:\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{3}[\dXx]"
                 r"|\d{8}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{3})(?![0-9A-Za-z])")
_CARD = re.compile(r"(?<![\d])(?:\d[ -]?){14,}\d(?![\d])")  # 15+ digits: cards, IDs, account numbers
_PHONE = re.compile(r"(?<![\d])(?:(?:\+|00)?86[ -]?)?(?:1[3-9]\d[ -]?\d{4}[ -]?\d{4}|0\d{2,3}[ -]?\d{7,8})(?![\d])")
_TITLE = r"(?:先生|女士|小姐|同学|阿姨|大哥|大姐|老师)"
_GREETING = re.compile(r"(?:尊敬的|亲爱的|致|您好[，,]?|你好[，,]?)\s*(?P<name>(?![致尊亲])[\u4e00-\u9fff]{1,3}?)" + _TITLE
                       + r"|(?P<name2>[\u4e00-\u9fff]{1,3}?)" + _TITLE + r"(?=[，,：:！!\s]?(?:您好|你好))"
                       + r"|尊敬的(?P<name3>[\u4e00-\u9fff]{2,3})(?=[：:，,])")
_NOT_NAMES = {"客户", "用户", "会员", "借款人", "持卡人", "用", "客", "各位", "您", "你", "某", "某某"}
# Common Chinese surnames (the ~120 that cover most people; compound ones first). A bare
# surname before 先生/女士/小姐 is a name; any other character there (某, 老, 本) is not.
SURNAMES = ("欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|"
            "王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|"
            "袁|潘|于|蒋|蔡|余|杜|叶|程|苏|魏|吕|丁|任|沈|姚|卢|姜|崔|钟|谭|陆|汪|范|金|石|廖|贾|夏|韦|付|傅|方|白|邹|孟|"
            "熊|秦|邱|江|尹|薛|闫|阎|段|雷|侯|龙|史|陶|黎|贺|顾|毛|郝|龚|邵|万|钱|严|覃|武|戴|莫|孔|向|汤|常|温|康|施|文|"
            "牛|樊|葛|邢|安|齐|易|乔|伍|庞|颜|倪|庄|聂|章|鲁|岳|翟|殷|詹|申|欧|耿|关|兰|焦|俞|左|柳|甘|祝|包|宁|尚|符|舒|"
            "阮|柯|纪|梅|童|凌|毕|单|季|裴|霍|涂|成|苗|谷|盛|曲|翁|冉|骆|蓝|路|游|辛|靳|管|柴|蒙|鲍|华|喻|祁|蒲|房|滕|屈|饶|"
            "解|牟|艾|尤|阳|时|穆|农|司|卓|古|吉|缪|简|车|项|连|芦|麦|褚|娄|窦|戚|岑|景|党|宫|费|卜|冷|晏|席|卫|米|柏|宗|瞿|"
            "桂|全|佟|应|臧|闵|苟|邬|边|卞|姬|师|和|仇|栾|隋|商|刁|沙|荣|巫|寇|桑|郎|甄|丛|仲|虞|敖|巩|明|佘|池|查|麻|苑|迟|邝")
# "尊敬的XX，" without a title is a name only when it starts with a surname and is not a role word
# (尊敬的车主、尊敬的家长、尊敬的会员).
_SURELY_NAME = re.compile(r"(?:" + SURNAMES + r")(?![\u4e00-\u9fff]{0,2}(?:用户|客户|会员|车主|家长|业主|主|户|员|人|长|宾))"
                          r"[\u4e00-\u9fff]{1,2}")
_BARE_TITLE = re.compile(r"(?P<name>(?:" + SURNAMES + r"))(?=先生|女士|小姐)")
# Someone the collector names as the borrower's contact, relative or colleague.
# The given name's length is unknown: two characters are masked, which may take one more
# than the name (陈明我们 -> ＊＊＊们); a masked character too many is the safe mistake.
_RELATION = (r"(?:紧急联系人|联系人|担保人|(?:你|您)的?(?:父亲|母亲|爸爸|妈妈|老爸|老妈|老婆|老公|妻子|丈夫|爱人|哥哥|姐姐|"
             r"弟弟|妹妹|儿子|女儿|同事|朋友|领导|老板|同学|表哥|表姐|表弟|表妹|亲戚))")
_RELATED_NAME = re.compile(_RELATION + r"[\s:：]?(?P<name>(?P<surname>" + SURNAMES + r")[\u4e00-\u9fff]{1,2})")
# Characters no given name after a relation word starts with or holds: pronouns, particles and the
# commonest verbs ("你老婆和你们公司" is 和 + 你们, not a person called 和你们). A candidate is cut at
# the first of them, and nothing is masked when no given name is left: an unmasked name is a
# smaller harm than evidence whose words were changed.
_NOT_IN_NAME = set("你您我他她它们的了和与跟及或在是说就都也还要会让把被给打去来到过吗吧呢啊呀叫欠借不没这那个有已将再又"
                   "很才却并等着找问催讲告知道家里")
# Everyday words that begin with a surname character (马上, 明天, 全家…): not names either.
_WORDS = {"马上", "明天", "明白", "时间", "时候", "方便", "关系", "全部", "全家", "常常", "安排", "安全", "高兴",
          "成为", "成功", "连续", "路上", "单位", "商量", "应该", "师傅", "于是", "金额", "文明", "江湖", "公司",
          "和好", "向来", "万一", "司法", "管理", "通知", "钱包", "华为"}
# Address-book names that say a relation, not who: kept (姐姐, 老公, 妈).
_KIN = re.compile(r"(?:我的?)?(?:[大二三四小老亲]?(?:姐姐?|哥哥?|弟弟?|妹妹?)|爸爸?|妈妈?|老爸|老妈|父亲|母亲|老公|老婆|爱人|"
                  r"儿子|女儿|爷爷|奶奶|外公|外婆|姥姥|姥爷|舅舅|姑姑|阿姨|叔叔|伯伯|婶婶|舅妈|姑父|姨妈|表[哥姐弟妹]|堂[哥姐弟妹])")


@dataclass(frozen=True)
class Redactor:
    """Masks what is personal in one case. `names`: the borrower's name(s) the volunteer entered."""

    names: tuple[str, ...] = ()
    keep_numbers: frozenset[str] = frozenset()

    @classmethod
    def for_case(cls, case: Case, names: Iterable[str] = ()) -> "Redactor":
        keep = frozenset(_digits(m.sender) for m in case.messages if m.sender)
        contacts = {m.contact.strip() for m in case.messages if m.contact and len(m.contact.strip()) >= 2
                    and not is_kin(m.contact) and not is_institution(m.contact)}
        clean = tuple(sorted({n.strip() for n in names if n and n.strip()} | contacts, key=len, reverse=True))
        return cls(names=clean, keep_numbers=keep)

    def text(self, text: str) -> str:
        chars = list(text)
        for m in _ID.finditer(text):
            _mask_digits(chars, m.start(), m.end())
        for m in _CARD.finditer(text):
            _mask_digits(chars, m.start(), m.end())
        for m in _PHONE.finditer(text):
            digits = _digits(m.group())
            if digits[-11:] not in {k[-11:] for k in self.keep_numbers if k}:
                _mask_digits(chars, m.start(), m.end())
        for name in self.names:
            for m in re.finditer(re.escape(name), text):
                chars[m.start():m.end()] = "＊" * (m.end() - m.start())
        for m in _GREETING.finditer(text):
            group = next(g for g in ("name", "name2", "name3") if m.group(g) is not None)
            if group == "name3" and not _SURELY_NAME.fullmatch(m.group(group)):
                continue  # 尊敬的车主、尊敬的家长：a role, not a person's name
            if m.group(group) not in _NOT_NAMES:
                chars[m.start(group):m.end(group)] = "＊" * (m.end(group) - m.start(group))
        for m in _BARE_TITLE.finditer(text):
            chars[m.start("name"):m.end("name")] = "＊" * (m.end("name") - m.start("name"))
        for m in _RELATED_NAME.finditer(text):
            end = related_name_end(m)
            if end is not None:
                chars[m.start("name"):end] = "＊" * (end - m.start("name"))
        return "".join(chars)

    def message(self, m: CaseMessage) -> CaseMessage:
        text = self.text(m.text)
        keep = m.contact is None or is_kin(m.contact) or is_institution(m.contact)
        contact = m.contact if keep else "＊" * len(m.contact.strip())
        if m.analysis is None:
            return replace(m, text=text, contact=contact)
        a = dict(m.analysis)
        a["findings"] = [_respan(f, text, "excerpt") for f in a["findings"]]
        a["facts"] = [_redact_fact(f, text, self) for f in a["facts"]]
        if a.get("lender") and a["lender"].get("evidence"):
            a["lender"] = {**a["lender"], "evidence": [_respan(e, text, "text") for e in a["lender"]["evidence"]]}
        return replace(m, text=text, contact=contact, analysis=a)

    def case(self, case: Case) -> Case:
        return case.with_(messages=tuple(self.message(m) for m in case.messages),
                          notes=self.text(case.notes), title=self.text(case.title), redacted=True)


def related_name_end(m: re.Match[str]) -> int | None:
    """Where the name after a relation word (你同事张伟) ends, or None when what follows the
    relation is not surely a name ("你老婆和你们公司", "你老板马上")."""
    name, surname = m.group("name"), m.group("surname")
    if name[:2] in _WORDS:
        return None
    given = ""
    for ch in name[len(surname):]:
        if ch in _NOT_IN_NAME:
            break
        given += ch
    return m.start("name") + len(surname) + len(given) if given else None


def is_kin(contact: str) -> bool:
    """An address-book name that says only the relation (姐姐, 老公), not who the person is."""
    return bool(_KIN.fullmatch(contact.strip()))


def is_institution(contact: str) -> bool:
    """A saved name that says collector or lender (招联催收, XX贷客服): not a person's name, and
    what makes the number's default role, so it is kept."""
    return default_role(contact) in ("collector", "lender")


def redact_case(case: Case, names: Iterable[str] = ()) -> Case:
    return Redactor.for_case(case, names).case(case)


def _digits(s: str | None) -> str:
    return re.sub(r"\D", "", s or "")


def _mask_digits(chars: list[str], start: int, end: int) -> None:
    """Replace every digit but the last four with *, keeping separators and length."""
    positions = [i for i in range(start, end) if chars[i].isdigit() or chars[i] in "Xx"]
    for i in positions[:-4]:
        chars[i] = "*"


def _respan(item: dict[str, Any], text: str, key: str) -> dict[str, Any]:
    out = dict(item)
    if isinstance(out.get("start"), int) and isinstance(out.get("end"), int) and out["end"] <= len(text):
        out[key] = text[out["start"]:out["end"]]
    return out


def _redact_fact(fact: dict[str, Any], text: str, r: Redactor) -> dict[str, Any]:
    out = _respan(fact, text, "text")
    out["value"] = r.text(str(out.get("value", "")))
    return out
