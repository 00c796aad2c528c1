"""What analyzer/detectors/lender.py weighs candidates with: evidence weights, a candidate, brand tests, unregistered loan brands, Latin headers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzer.detectors import brand_names, lookalikes
from analyzer.lexclass import lex_class
from analyzer.prefilter import any_branch_keys, gates
from analyzer.report import Evidence
from knowledge import derived_cache


# Words that turn a real name into a made-up department: 【京东金融法务部】.
DRESSING = derived_cache.compile(r"(法务部|法务中心|法务|服务中心|客服中心|催收部|催收中心|资产管理部|资产保全部|风控中心|风控部|贷后管理部|贷后部|清收中心|清收部|调解中心|调解委员会|律师|法院|仲裁|执行部|执行中心|稽查)")
PLACEHOLDER = derived_cache.compile(r"[x×*＊某〇○◯□■●◆△▲]|^(xx|我司|我行|本行|本司|贵司|本平台|该平台|平台|公司|银行|网贷|贷款|借款|信用卡|系统|官方|客服|短信|账单|还款|重要|紧急|最新|特别|温馨|友情|系统检测|官方客服|签名|短信签名|公司名称|平台名称)$", re.IGNORECASE)
_WEIGHTS = {"signature": 0.9, "sender": 0.88, "claim": 0.85, "name": 0.75, "header": 0.7, "product": 0.65, "institution": 0.6,
            "number": 0.6, "domain": 0.6, "payee_account": 0.25}
_KIND_ORDER = {k: i for i, k in enumerate((
    "consumer_finance_company", "bank", "microloan_company", "finance_leasing",
    "online_platform", "collection_agency", "unknown"))}

def _loan_brands() -> re.Pattern[str]:
    """The lexicon's `loan_brand` names (信用飞, 羊小咩, 玖富万卡): lending brands the registry has no record of, read as
    names wherever they stand (lender22); compiled once (lex_class, the plain pattern)."""
    return lex_class("loan_brand", literal=False)


def _may_name_loan_brand(keys: set[str]) -> bool:
    """speed28: False only when no key of every `loan_brand` match (prefilter.any_branch_keys; 19 bigrams, 信用, 分期…)
    is among the text's keys: the scan would find nothing (~1 µs a message that names none)."""
    if not _LOAN_BRAND_KEYS:
        _LOAN_BRAND_KEYS.append(any_branch_keys(_loan_brands()))
    gate = _LOAN_BRAND_KEYS[0]
    return gate is None or not gate.isdisjoint(keys)


_LOAN_BRAND_KEYS: list[frozenset[str] | None] = []


# The words a claim frame cannot match without (analyzer/prefilter.py): most messages have none.
_CLAIM_GATES = gates(brand_names.CLAIM_FRAMES.pattern)
# Likewise the institution suffixes (银行, 农商, 消费金融…) brand_names.institutions looks for.
_INSTITUTION_GATES = gates(brand_names._SUFFIX.pattern)  # noqa: SLF001 - its words, read once


def _same_brand(a: str, b: str) -> bool:
    """Two writings of one brand: the same first two characters, the shorter read in order
    within the longer (蜻蜓卡 in 蜻蜓白卡), not two brands of one group (中国移动, 中国联通)."""
    short, long_ = sorted((a, b), key=len)
    if short == long_ or len(short) < 2 or short[:2] != long_[:2]:
        return False
    rest = iter(long_)
    return all(ch in rest for ch in short)


def _is_brand(name: str) -> bool:
    return bool(name) and not PLACEHOLDER.search(name) and not re.fullmatch(r"[\d\W_]+", name)


# A message opening with a lender's name in pinyin as its header (ANYIHUA：…, zhao lian jin rong提醒您…; lender22).
_LATIN_HEADER = derived_cache.compile(r"^\W{0,2}([a-z][a-z .·-]{2,40}?)\s*(?::|提醒您|通知您|温馨提示)")


def _latin_lenders(text: str) -> tuple[str, ...]:
    """The registry lenders a signature written wholly in Latin letters spells (zhaolian, zhao lian jin rong, fenqile)."""
    word = re.sub(r"[\s._·-]+", "", text.lower())
    return lookalikes.spelled_whole(word) if re.fullmatch(r"[a-z]{3,40}", word) else ()


@dataclass
class _Candidate:
    """One lender in the running: a registry id, or a name the registry does not know."""

    key: str
    name: str
    lid: str | None
    kind: str
    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    claimed: bool = False  # named as the creditor or the reader's account (您在X的借款, 受X委托)
    weight_of: dict[tuple[str, str], float] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)  # an unknown brand's forms as written (北京移动 for 中国移动)

    def credit(self, source: str, weight: float, ev: Evidence) -> None:
        # One piece of evidence per source and wording: 工商银行 named three times is one name,
        # and a payment app repeated (通过支付宝…支付宝账号) does not outweigh a claimed creditor.
        if all((e.source, e.text) != (ev.source, ev.text) for e in self.evidence):
            self.score = 1 - (1 - self.score) * (1 - weight)
            self.evidence.append(ev)
        elif weight > self.weight_of.get((ev.source, ev.text), 0.0):
            # The same words met again in a stronger role (a claim after a mention): keep the stronger.
            self.score = 1 - (1 - self.score) / (1 - self.weight_of[(ev.source, ev.text)]) * (1 - weight)
        self.weight_of[(ev.source, ev.text)] = max(weight, self.weight_of.get((ev.source, ev.text), 0.0))

