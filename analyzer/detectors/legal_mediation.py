"""court27: a people's mediation committee (人民调解委员会) writing in its own voice to a party of a dispute about a step
in the mediation: the committee has received the creditor's application, names the mediator who will call, or says the
mediation agreement was signed. 《人民调解法》 makes such a committee a mass organisation that mediates free of charge
(第四条) and by consent (第三条); an agreement it brokers binds the parties (第三十一条) and a court can confirm it
(第三十三条). Issue 12 point 4 counts it beside courts, arbitration bodies and lawyers as a legal notice's issuer.

The frame is the one legal_step.own_step reads for courts: the issuer named in full (not masked, not 当地) and speaking
as itself, the reader named a party, one procedural step, and nothing a creditor, a collector or a fake would say
(legal_step.NOT_ISSUER: 我司, 催收, 立即, a private channel, a payment). Its words are lexicon classes
(knowledge/data/rules/zz_court27.toml). A "debt mediation centre" (债务调解中心, 法务调解中心, a commercial 调解中心) is
not a people's mediation committee and is left to the relief26 rules. Used by analyzer/detectors/legal.py."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.detectors.legal_names import GENERIC_PLACE, LEAD_VERB, MASK
from analyzer.detectors.legal_step import NOT_ISSUER, OWN_NUMBERS, TOLERATED, without_assurances
from analyzer.detectors.legal_voice import SELF_INTRO
from analyzer.lexicon import load as load_lexicon
from analyzer.report import NumberInfo

# A verb or particle glued to the front of the name (向本地区人民调解委员会, 已提交深圳市…) is cut, as legal_names does.
NAME_CUT = re.compile(r"^.*[交至到向在被将由给的了和及请已从经对于是为与把让找]")
SUFFIX = re.compile(r"(?:人民调解委员会|人民调委会)$")
# The committee's trade (金融纠纷, 医疗纠纷) is no place: 金融纠纷人民调解委员会 alone names no committee.
TRADE = re.compile(r"(?:(?:金融消费|金融|医疗|劳动|物业|交通事故|道路交通|婚姻家庭|消费)?纠纷|金融|行业|专业)$")


@lru_cache(maxsize=1)
def _classes() -> dict[str, re.Pattern[str]]:
    classes = load_lexicon().classes
    return {name: re.compile(classes[f"court_med_{name}"])
            for name in ("people_mediator", "mediator_voice", "mediation_party", "mediation_step")}


def mediator_names(text: str, *, masked: bool = False) -> list[str]:
    """People's mediation committees named in full: a place before the suffix, not generic, and not masked unless
    `masked` (a signature redacted when pasted: 【某某市某区人民调解委员会】)."""
    out = []
    for m in _classes()["people_mediator"].finditer(text):
        name = NAME_CUT.sub("", m.group(0))
        lead = LEAD_VERB.match(name)
        name = name[lead.end():] if lead else name
        place = TRADE.sub("", SUFFIX.sub("", name))
        if len(place) >= 2 and (masked or not MASK.search(place)) and not GENERIC_PLACE.match(place):
            out.append(name)
    return out


def speaks_as_mediator(text: str, sig_text: str, *, masked: bool = False) -> bool:
    """A named people's mediation committee signing the message (with `masked`, also a redacted name in the signature),
    introducing itself (这里是…人民调解委员会), or named in the text and speaking as itself (本委员会, 本会); 调解员将联系您
    alone is anyone's relay."""
    if "人民调" not in text and "人民调" not in sig_text:  # (most messages: no committee, nothing below is needed)
        return False
    c = _classes()
    if mediator_names(sig_text, masked=masked):
        return True
    named = mediator_names(text)
    if not named:
        return False
    if re.search(SELF_INTRO + r"[^,。!?;\n]{0,20}(?:人民调解委员会|人民调委会)", text):
        return True
    return bool(c["mediator_voice"].search(text))


def mediation_step(text: str, sig_text: str, *, finding_kinds: set[str], numbers: tuple[NumberInfo, ...]) -> bool:
    """The committee (speaks_as_mediator) tells the reader, a party (court_med_mediation_party), of a step in the mediation
    (court_med_mediation_step), in an issuer's register (no legal_step.NOT_ISSUER word outside a denial), with no finding
    but those a legal body's own words set off and no number but a hotline or a desk's fixed line. A signature masked
    when pasted counts only where nothing at all was found (as legal.py's scam17 reading of a masked court signature)."""
    c = _classes()
    return ((speaks_as_mediator(text, sig_text) or (not finding_kinds and speaks_as_mediator(text, sig_text, masked=True)))
            and bool(c["mediation_party"].search(text)) and bool(c["mediation_step"].search(text))
            and not NOT_ISSUER.search(without_assurances(text))
            and finding_kinds <= TOLERATED and all(n.type in OWN_NUMBERS for n in numbers))
