"""Named courts, arbitration bodies, law firms and notaries in a legal notice: a full name (北京市朝阳区人民法院, 某地
仲裁委员会, 某某律师事务所, 某某公证处) cut from the verbs and particles glued to it, and a court's usual short name as
the one acting (被汕头法院公布为失信被执行人). A masked name (XX法院, 某区法院) or a generic place (当地法院, 户籍地法院)
names no one a reader can check. Used by analyzer/detectors/legal.py (the court_name, law_firm and notary_name details)."""
from __future__ import annotations

from knowledge import derived_cache



# A court's usual short name (汕头法院, 灌云县法院, 深圳中院) as the one acting: a place before 法院/中院, not a generic
# word (当地法院, 户籍地法院, 相关法院) and not masked (XX法院, 某区法院).
SHORT_COURT = derived_cache.compile(r"(?:被|由|经)([\u4e00-\u9fff]{2,8}?)(?:法院|中院)(?:已|已经|依法|正式)?(?:公布|发布|认定|纳入|列入|列为)")
# legal24: ... or as the subject of its own step, opening a clause (…纠纷一案，天门法院已受理; 。朝阳法院已依法立案).
SHORT_COURT_STEP = derived_cache.compile(r"(?:\A|[,。!?;:\s】])([\u4e00-\u9fff]{2,8}?)(?:法院|中院)(?:已|已经)(?:依法)?"
                              r"(?:受理|立案|送达|判决|裁定|作出|决定)")
# legal19: 贵 as "your" (贵司所在地, 贵单位), not the first character of 贵阳, 贵州, 贵港.
GENERIC_PLACE = derived_cache.compile(r"^(?:当地|本地|属地|户籍|户籍地|所在地?|管辖|相关|有关|上级|基层|中级|高级|各级|地方|该|你|您|其"
                           r"|贵(?:司|方|公司|单位|行|处|所|平台))")
# legal19: also Taiwan's district courts, Hong Kong's tribunals and notaries.
# legal47: and Hong Kong's District Court (香港区域法院, folded from 區域法院).
COURT_SUFFIX = (r"人民法院|区域法院|互联网法院|金融法院|海事法院|知识产权法院|铁路运输法院|仲裁委员会|仲裁院|律师事务所"
                r"|地方法院|审裁处|公证处")
COURT_NAME = derived_cache.compile(rf"[\u4e00-\u9fff]{{2,14}}?(?:{COURT_SUFFIX})")
SUFFIX_END = derived_cache.compile(rf"(?:{COURT_SUFFIX})$")
# A name is cut after the last verb or particle: "即将移交北京市朝阳区人民法院" names 北京市朝阳区人民法院.
NAME_CUT = frozenset("交至到向在被将由给的了和及请已从经对于是为与把让找")
MASK = derived_cache.compile(r"某|x|\*|×|…")
# A verb glued to the front of a name without a place ("请联系仲裁委员会", "致电律师事务所") is no part of it.
LEAD_VERB = derived_cache.compile(r"(?:联系|致电|前往|通知|提交|移交|委托|申请|提请|报送|递交|咨询|回复)+")


def court_names(text: str) -> list[tuple[int, int, str]]:
    """Named courts, arbitration bodies and law firms (cut after verbs; masked names left out)."""
    out = []
    for m in COURT_NAME.finditer(text):
        start = m.start()
        for i in range(m.end() - 1, m.start() - 1, -1):
            if text[i] in NAME_CUT:
                start = i + 1
                break
        lead = LEAD_VERB.match(text, start, m.end())
        if lead:
            start = lead.end()
        name = text[start:m.end()]
        prefix = SUFFIX_END.sub("", name)
        if len(prefix) >= 2 and not MASK.search(prefix) and not GENERIC_PLACE.match(prefix):
            out.append((start, m.end(), name))
    return out


def court_named(text: str, names: list[tuple[int, int, str]]) -> bool:
    """A court, arbitration body or tribunal named in full among `names` (court_names), or a court's short name as the one
    acting (SHORT_COURT, SHORT_COURT_STEP), neither masked nor a generic place."""
    return any("法院" in n or "仲裁" in n or "审裁处" in n for _, _, n in names) or any(
        not MASK.search(m.group(1)) and not GENERIC_PLACE.match(m.group(1))
        for pattern in (SHORT_COURT, SHORT_COURT_STEP) for m in pattern.finditer(text))
