"""The shorter forms people write a registered lender's name in, derived from the name itself.

A registry name is a legal name (河北幸福消费金融股份有限公司, 上海浦东发展银行); messages write
幸福消费金融, 幸福消金, 浦东发展银行, or sign 【幸福消金】. Deriving these forms by rule keeps
the registry to facts a curator can source, instead of one hand-written alias per message seen.
The bare brand (幸福, 马上, 中原, 民生, 工商) is not derived: it is an ordinary word as often as a
name, and in a 【signature】 it may be another firm of that name (阳光保险, 工商局); a bare brand
that is a real alias (招联) is written in the registry.
"""
from __future__ import annotations


from analyzer.detectors.brand_names import INSTITUTION_SUFFIX
from knowledge import derived_cache

_COMPANY = derived_cache.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司)$")
# A province or large city opening a legal name: 河北幸福消费金融, 深圳前海微众银行, 四川省唯品富邦.
_PLACE = derived_cache.compile(
    r"^(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|"
    r"四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|深圳|广州|杭州|南京|成都|武汉|西安|长沙|沈阳|哈尔滨|青岛|宁波|苏州|厦门)"
    r"(?:省|市|自治区)?")
# A kind of firm, no name: 湖北消金 without its province.
_KIND_WORD = derived_cache.compile(r"消金|消费|金融|科技|数科|金服|集团|控股|公司|小贷|农信")
# The kind a legal name ends in, and the short suffixes written for it.
_KIND_SUFFIXES = (("消费金融", ("消费金融", "消金")), ("小额贷款", ("小额贷款", "小贷")), ("银行", ("银行",)))


def _head(name: str) -> tuple[str, str, tuple[str, ...]]:
    """(place-less brand, kind suffix, short suffixes) of a name without its company suffix."""
    for suffix, shorts in _KIND_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)], suffix, shorts
    return name, "", ()


def _brand(head: str) -> str:
    """The brand in a head: 河北幸福 → 幸福, 中国工商 → 工商; a head that is only a place stays."""
    for strip in (_PLACE, derived_cache.compile(r"^中国")):
        rest = strip.sub("", head)
        if len(rest) >= 2:
            head = rest
    return head


def short_forms(name: str) -> set[str]:
    """Forms of a legal name a message may write in running text (the name itself included)."""
    base = _COMPANY.sub("", name)
    head, suffix, shorts = _head(base)
    forms = {name, base}
    if not suffix:
        placeless = _PLACE.sub("", base)
        # 云南农村信用社 without its province is any credit union: the place is the name.
        if len(placeless) >= 2 and not INSTITUTION_SUFFIX.fullmatch(placeless) and not _KIND_WORD.fullmatch(placeless):
            forms.add(placeless)
        return forms
    brand = _brand(head)
    if len(brand) >= 2 and not _PLACE.fullmatch(brand):
        forms.update(brand + s for s in shorts)
        if suffix == "银行" and brand != "中国":
            # A card centre writes its bank's brand before 信用卡 (lender22): 民生信用卡：您尾号…, 兴业信用卡提醒您.
            forms.add(brand + "信用卡")
    return forms

