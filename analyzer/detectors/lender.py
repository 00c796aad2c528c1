"""Who the message is from or about: the 【signature】, lender names, products,
and official numbers or domains, each kept as evidence with its span."""
from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.document import Document, Span
from analyzer.lexicon import trie_branches
from analyzer.report import Evidence, LenderCandidate, LenderMatch
from knowledge.models import LenderRecord
from knowledge.registry import traditional_map

_COMPANY_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|股份公司)$")
# Words that turn a real name into a made-up department: 【京东金融法务部】.
DRESSING = re.compile(r"(法务部|法务中心|法务|服务中心|客服中心|催收部|催收中心|资产管理部|资产保全部|风控中心|风控部|贷后管理部|贷后部|清收中心|清收部|调解中心|调解委员会|律师|法院|仲裁|执行部|执行中心|稽查)")
PLACEHOLDER = re.compile(r"[x×*＊某]|^(xx|我司|我行|本行|本司|贵司|本平台|该平台|平台|公司|银行|网贷|贷款|借款|信用卡|系统|官方|客服|短信|账单|还款|重要|紧急|最新|特别|温馨|友情|系统检测|官方客服)$", re.IGNORECASE)
_WEIGHTS = {"signature": 0.9, "name": 0.75, "product": 0.65, "number": 0.6, "domain": 0.6, "payee_account": 0.25}
# A bank named as the account to pay into (转入招商银行卡, 开户行：工商银行, 补足招商银行3683卡余额) is not
# thereby the creditor: its mention is weak evidence, kept apart as "payee_account".
_PAYEE_BEFORE = re.compile(r"(转入|转账至|转账到|转至|转到|存入|汇入|汇到|汇至|打入|打到|还款至|还到|缴存|补足|收款|开户行|开户银行|户名|账户|卡号)[:：]?\s?$")
_PAYEE_AFTER = re.compile(r"^\s?(\d{3,4}|账户|账号|帐户)")
PAYEE_NOTE = "短信只把这家银行当作收款或扣款的账户提到，它不一定是你的债权人；真正的放贷机构以借款合同为准。"
_KIND_ORDER = {k: i for i, k in enumerate((
    "consumer_finance_company", "bank", "microloan_company", "finance_leasing",
    "online_platform", "collection_agency", "unknown"))}
# Brand named in the body without a registry match: 您在无忧宝平台…, 尊敬的闪电贷用户…
_BODY_BRAND = re.compile(
    r"(?:您在|你在|您于|在)([\u4e00-\u9fffa-z0-9]{2,10}?)(?:平台|app|的(?:贷款|借款|欠款|账户))"
    r"|尊敬的([\u4e00-\u9fffa-z0-9]{2,8}?)(?:用户|客户|会员|使用者|借款人)"
    r"|(?:您|你)的([\u4e00-\u9fffa-z0-9]{2,8}?)(?:账户|账号|额度|借款)"
    r"|^\W{0,2}([\u4e00-\u9fffa-z0-9]{2,12}?)(?:中心)?(?:通知|提醒您|温馨提示)"
    r"|(?:公众号|公共号)[:：]?\s?([\u4e00-\u9fffa-z0-9]{2,10})"
    r"|(?:通过|登录|打开|下载)([\u4e00-\u9fffa-z0-9]{2,8}?)(?:app|客户端)"
)


# What each kind of lender means for the borrower, in plain words (the registry's own
# notes are research notes for volunteers, in English).
KIND_NOTE = {
    "consumer_finance_company": "持牌消费金融公司，受国家金融监督管理总局监管；投诉可打 12378。",
    "bank": "银行，受国家金融监督管理总局监管；投诉可打 12378。",
    "online_platform": "网络借贷平台或助贷平台：真正放款的机构写在你的借款合同里，以合同为准。",
    "microloan_company": "小额贷款公司，由地方金融管理部门监管。",
    "finance_leasing": "融资租赁公司品牌，由地方金融管理部门监管；持牌情况未核实。",
    "collection_agency": "催收公司：受贷款机构委托催收，它不是你的债权人，无权要求你把钱转给它。",
    "unknown": "本工具没有核实到这家机构的身份和持牌情况。",
}


@dataclass(frozen=True)
class LenderIndex:
    """Surface forms (folded) of every lender name, alias and product."""

    pattern: re.Pattern[str]
    surfaces: dict[str, tuple[tuple[str, str], ...]]  # surface → ((lender_id, source), ...)
    by_id: dict[str, LenderRecord]

    @classmethod
    def build(cls, records: tuple[LenderRecord, ...], fold_text) -> "LenderIndex":
        surfaces: dict[str, list[tuple[str, str]]] = {}

        def add(surface: str, lid: str, source: str) -> None:
            key = fold_text(surface).strip()
            if len(key) < 2 or (key.isascii() and len(key) < 3):
                return
            entry = surfaces.setdefault(key, [])
            if (lid, source) not in entry:
                entry.append((lid, source))

        for r in records:
            for name in r.names():
                add(name, r.id, "name")
                short = _COMPANY_SUFFIX.sub("", name)
                add(short, r.id, "name")
                if r.kind == "bank" and short.startswith("中国") and len(short) > 4:
                    add(short[2:], r.id, "name")
            for product in r.products:
                add(product, r.id, "product")
        latin = [k for k in surfaces if k.isascii()]
        chinese = [k for k in surfaces if not k.isascii()]
        # Latin aliases (ICBC, ABC) only count as whole words: "abc123" is not a bank. The check on the
        # character before sits after each first character, so that every alternative starts with a
        # literal and re scans for first characters (same matches as (?<![a-z0-9])(?:trie)(?![a-z0-9])).
        branches = trie_branches(sorted(chinese))
        for branch in trie_branches(sorted(latin)):
            first = branch[:2] if branch[0] == "\\" else branch[0]
            branches.append(rf"{first}(?<![a-z0-9].){branch[len(first):]}(?![a-z0-9])")
        pattern = re.compile("|".join(branches))
        return cls(pattern, {k: tuple(v) for k, v in surfaces.items()}, {r.id: r for r in records})


def _is_brand(name: str) -> bool:
    return bool(name) and not PLACEHOLDER.search(name) and not re.fullmatch(r"[\d\W_]+", name)


def detect(doc: Document, index: LenderIndex, official_phone: dict[str, str],
           official_domain: dict[str, str], link_domains: list[tuple[str, int, int]],
           about_debt: bool = True) -> tuple[LenderMatch | None, Span | None]:
    """Return the lender match and, if the signature dresses up a real name, that signature."""
    scores: dict[str, float] = {}
    evidence: dict[str, list[Evidence]] = {}
    dressed: Span | None = None
    unknown_brand: tuple[str, Evidence] | None = None

    def credit(lid: str, source: str, start: int, end: int) -> None:
        w = _WEIGHTS[source]
        scores[lid] = 1 - (1 - scores.get(lid, 0.0)) * (1 - w)
        ev = Evidence(source, start, end, doc.text[start:end])
        # One piece of evidence per source and wording: 工商银行 named three times is one name.
        if all((e.source, e.text) != (ev.source, ev.text) for e in evidence.setdefault(lid, [])):
            evidence[lid].append(ev)

    sig_spans = [(s.start, s.end) for s in doc.signatures]
    for sig in doc.signatures:
        hits = [(m.group(0), m.start(), m.end()) for m in index.pattern.finditer(sig.text)]
        if hits:
            for surface, _, _ in hits:
                for lid, _source in index.surfaces[surface]:
                    credit(lid, "signature", sig.start, sig.end)
            rest = sig.text
            for surface, _, _ in hits:
                rest = rest.replace(surface, "")
            if DRESSING.search(rest):
                dressed = sig
        elif _is_brand(sig.text) and unknown_brand is None:
            unknown_brand = (doc.text[sig.start:sig.end], Evidence("signature", sig.start, sig.end, doc.text[sig.start:sig.end]))
    for m in index.pattern.finditer(doc.f):
        start, end = doc.span(m.start(), m.end())
        if any(a <= start < b for a, b in sig_spans):
            continue
        payee = bool(_PAYEE_BEFORE.search(doc.f, max(0, m.start() - 8), m.start())
                     or _PAYEE_AFTER.match(doc.f[m.end():m.end() + 6]))
        for lid, source in index.surfaces[m.group(0)]:
            payee_bank = payee and index.by_id[lid].kind == "bank"
            credit(lid, "payee_account" if payee_bank else source, start, end)
    for number in doc.numbers:
        lid = official_phone.get(re.sub(r"\D", "", number.text))
        if lid:
            credit(lid, "number", number.start, number.end)
    for domain, start, end in link_domains:
        lid = official_domain.get(domain)
        if lid:
            credit(lid, "domain", start, end)

    if not scores:
        # A brand guessed from the wording (您在X平台, X通知) only for messages about a debt:
        # in other text the same shapes pick up noise.
        if unknown_brand is None and about_debt:
            for m in _BODY_BRAND.finditer(doc.f):
                group = next(g for g in range(1, 7) if m.group(g))
                name = m.group(group)
                if _is_brand(name) and not re.search(r"(信用卡|贷款|借款|账户|账号|卡|额度|用户|客户)$", name):
                    s, e = doc.span(m.start(group), m.end(group))
                    # Name in Simplified characters, as written otherwise (not lower-cased).
                    shown = "".join(traditional_map().get(c, c) for c in doc.text[s:e])
                    unknown_brand = (shown, Evidence("name", s, e, doc.text[s:e]))
                    break
        if unknown_brand is None:
            return None, dressed
        name, ev = unknown_brand
        return LenderMatch(
            id=None, name=name, kind="unknown", licensed=None, aliases=(), products=(),
            confidence=0.5 if ev.source == "signature" else 0.35, evidence=(ev,), in_registry=False,
            signature=name if ev.source == "signature" else None,
            note="这个名称不在本工具的机构名录里，无法确认它是否持牌；请以借款合同和 App 上的放贷机构为准。",
        ), dressed

    def rank(lid: str) -> tuple[float, int, int]:
        first = min(ev.start for ev in evidence[lid])
        return (-round(scores[lid], 3), _KIND_ORDER.get(index.by_id[lid].kind, 9), first)

    ordered = sorted(scores, key=rank)
    best = index.by_id[ordered[0]]
    only_payee = all(ev.source == "payee_account" for ev in evidence[best.id])
    signature = next((doc.text[s.start:s.end] for s in doc.signatures), None)
    return LenderMatch(
        id=best.id, name=best.name, kind=best.kind, licensed=best.licensed,
        aliases=best.aliases, products=best.products, confidence=round(min(scores[best.id], 0.99), 2),
        evidence=tuple(sorted(evidence[best.id], key=lambda e: (e.start, e.source))),
        candidates=tuple(LenderCandidate(lid, index.by_id[lid].name, round(scores[lid], 2)) for lid in ordered),
        in_registry=True, signature=signature,
        note=PAYEE_NOTE if only_payee else KIND_NOTE.get(best.kind, ""),
        official_contacts=tuple({"type": c.type, "value": c.value, "what": c.what, "source": c.source}
                                for c in best.contacts if c.status == "official"),
        secondary_contacts=tuple({"type": c.type, "value": c.value, "what": c.what, "source": c.source}
                                 for c in best.contacts if c.status == "secondary"),
    ), dressed
