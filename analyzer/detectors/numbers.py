"""Phone numbers: the sender the user gave and every number in the text.

phonenumbers alone misreads Chinese sender codes (it parses 1069… ports as
fixed lines, rejects 95xxx as full numbers and misses the 008-6 prefix), so
ports, short codes and prefixes are classified first, then it is asked.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers
from phonenumbers import shortnumberinfo

from analyzer.report import NumberInfo

VIRTUAL_SEGMENTS = ("162", "165", "167", "170", "171")
_MASK = re.compile(r"[xX*×]")

EXPLANATIONS = {
    "enterprise_sms_port": "106 开头是运营商分配的企业短信端口：只说明这是登记过的群发短信通道，不能证明就是贷款机构本身发的；签名【】里的名字才是登记的发送方。",
    "service_short_code": "95xxx/96xxx/12xxx/10xxx 是经批准的服务短号码；但短信里写的号码可能被冒用，核实时请自己拨打官方公布的号码。",
    "enterprise_hotline": "400/800 是企业服务热线（400 由来电方付费、800 免费）；任何企业都能申请，号码本身不证明是哪家机构。",
    "mobile": "这是普通手机号：银行、法院、持牌机构的正式通知一般不用个人手机号发送，需要格外核实。",
    "virtual_operator_mobile": "这是虚拟运营商号段（162/165/167/170/171）的手机号：实名管理较松，常被诈骗和违规催收使用。",
    "fixed_line": "这是固定电话：只能看出登记地区，看不出是哪家机构；请不要拨打短信里给的号码来“核实”。",
    "foreign": "这是境外号码或带国际前缀的号码：国内金融机构和法院不会用境外号码联系你，诈骗风险很高。",
    "invalid": "这不是一个有效的电话号码格式。",
    "masked": "号码被部分隐藏，无法核实。",
}


@lru_cache(maxsize=1)
def _service_lines() -> dict[str, tuple[str, str, str]]:
    """The public service numbers the knowledge base lists with a source (110, 12368, 96110…):
    number → (its name, who runs it, its channel id)."""
    from knowledge.entries import load_catalog

    out = {}
    for ch in load_catalog().channels.values():
        m = re.match(r"\d{3,6}", ch.number or "")
        if m:
            out[m.group(0)] = (re.sub(r"^\d+\s*", "", ch.name), ch.runs, ch.id)
    return out


def service_line(digits: str) -> tuple[str, str, str] | None:
    """(name, who runs it, channel id) when a number is one of the sourced public service numbers."""
    return _service_lines().get(digits)


def load_geodata() -> None:
    """Import phonenumbers' region and carrier data (about 0.3-0.8 s): done on the first number
    that needs them, so a message without one does not pay for it; servers call it at start-up."""
    from phonenumbers import carrier, geocoder  # noqa: F401


@lru_cache(maxsize=4096)
def _geo(national: str, kind: str) -> tuple[str | None, str | None]:
    from phonenumbers import carrier as pn_carrier
    from phonenumbers import geocoder as pn_geocoder

    try:
        num = phonenumbers.parse(national, "CN")
    except phonenumbers.NumberParseException:
        return None, None
    region = pn_geocoder.description_for_number(num, "zh") or None
    carrier = pn_carrier.name_for_number(num, "zh") or None if kind in ("mobile", "virtual_operator_mobile") else None
    return region, carrier


def classify(raw: str, official_numbers: dict[str, str] | None = None,
             lender_official: tuple[str, ...] | None = None,
             start: int | None = None, end: int | None = None) -> NumberInfo:
    """Analyse one number. official_numbers maps a verified number to its lender id;
    lender_official lists the claimed lender's verified numbers (None when no lender)."""
    # Full-width digits and signs (１０６９…, ＋８６) are the same number: folded as the message text is.
    cleaned = re.sub(r"[\s\-—–()（）]", "", unicodedata.normalize("NFKC", raw))
    masked = bool(_MASK.search(cleaned))
    digits = _MASK.sub("0", cleaned)
    country: str | None = "中国"
    plus = digits.startswith("+")
    digits = digits.lstrip("+")
    kind = "invalid"
    region = carrier = None
    normalized = cleaned
    # legal24: the international prefix as written (00…), not zeros standing in for masked digits (0XXX-XXXXXXX, a
    # court's or lender's landline pasted with its digits hidden, was read as a foreign number)
    if plus or cleaned.startswith("00"):
        body = digits[2:] if digits.startswith("00") and not plus else digits
        if body.startswith("86") and not body.startswith("86" + "0") and len(body) >= 12 and not masked:
            digits = body[2:]
            plus = False
        else:
            kind = "foreign"
            country = None
            if body.startswith("86"):
                pass  # "008-6…"/"0086…" dressed up as a Chinese number but not a valid one
            else:
              from phonenumbers import geocoder as pn_geocoder

              try:
                num = phonenumbers.parse("+" + body, None)
                rc = phonenumbers.region_code_for_number(num)
                country = pn_geocoder.country_name_for_number(num, "zh") or rc
              except phonenumbers.NumberParseException:
                country = None
            normalized = "+" + _MASK.sub("X", body) if not masked else cleaned
    if kind != "foreign":
        if digits.startswith("106") and 8 <= len(digits) <= 21:
            kind = "enterprise_sms_port"
        elif re.fullmatch(r"9[56]\d{3,6}", digits) or re.fullmatch(r"1[0-2]\d{3}", digits) or digits in ("110", "119", "120", "122"):
            kind = "service_short_code"
            if not masked:
                try:
                    ok = shortnumberinfo.is_valid_short_number_for_region(phonenumbers.parse(digits, "CN"), "CN")
                except phonenumbers.NumberParseException:
                    ok = False
                if not ok and not digits.startswith(("95", "96")):
                    kind = "invalid"
        elif re.fullmatch(r"[48]00\d{7}", digits):
            kind = "enterprise_hotline"
        elif re.fullmatch(r"1[3-9]\d{9}", digits):
            kind = "virtual_operator_mobile" if digits[:3] in VIRTUAL_SEGMENTS else "mobile"
        elif re.fullmatch(r"0[1-9]\d{8,10}", digits):
            kind = "fixed_line"
        elif re.fullmatch(r"[2-8]\d{6,7}", digits):
            kind = "fixed_line"  # local number without area code
        normalized = cleaned if masked else digits
        if kind in ("mobile", "virtual_operator_mobile", "fixed_line") and not masked:
            region, carrier = _geo(digits, kind)
        if kind == "invalid":
            country = None
    official_for = None
    if not masked and official_numbers:
        official_for = official_numbers.get(normalized)
        if official_for is None and kind == "enterprise_sms_port":
            # Banks' ports often end with their verified short number (1069…95599).
            for number, lid in official_numbers.items():
                if len(number) == 5 and normalized.endswith(number):
                    official_for = lid
                    break
    matches: bool | None = None
    if lender_official:
        # A masked number (156********) cannot be compared with anything: unknown, not "no".
        matches = None if masked else (normalized in lender_official or (
            kind == "enterprise_sms_port" and any(len(n) == 5 and normalized.endswith(n) for n in lender_official)))
    explanation = EXPLANATIONS["masked"] if masked and kind == "invalid" else EXPLANATIONS[kind]
    line = service_line(normalized) if kind == "service_short_code" and not masked else None
    if line:
        # 110, 12368, 96110: not a firm's 95xxx line, a public service whose owner the knowledge base sources.
        name, runs, _cid = line
        explanation = (f"{normalized} 是{runs}的{name}（来源见本工具的求助渠道）。显示的发信号码可以被伪造：有疑问就自己拨打"
                       f"{normalized}核实，不要拨打短信里给的其他号码。")
    if masked and kind != "invalid":
        explanation += "（号码被部分隐藏，无法和官方号码比对。）"
    if carrier:
        explanation += "（运营商为号段的原始运营商，号码可能已携号转网。）"
    return NumberInfo(raw=raw, normalized=normalized, type=kind, region=region, carrier=carrier,
                      country=country, matches_lender_official=matches, official_for=official_for,
                      explanation=explanation, start=start, end=end)
