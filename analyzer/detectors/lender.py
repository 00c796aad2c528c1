"""Who the message is from or about: the 【signature】, lender names, products,
and official numbers or domains, each kept as evidence with its span. The index of registry names is
analyzer/detectors/lender_index.py; what the lender card says, analyzer/detectors/lender_card.py."""
from __future__ import annotations

import re

from analyzer.detectors import brand_names, name_roles
from analyzer.detectors.lender_candidate import (_CLAIM_GATES, _INSTITUTION_GATES, _KIND_ORDER, _LATIN_HEADER, _WEIGHTS,
                                                 DRESSING, _Candidate, _is_brand, _latin_lenders, _loan_brands,
                                                 _may_name_loan_brand, _same_brand)
from analyzer.detectors.lender_card import KIND_NOTE, PAYEE_NOTE, UNKNOWN_NOTE, contacts
from analyzer.detectors.lender_index import LenderIndex
from analyzer.document import Document, Span
from analyzer.prefilter import passes
from analyzer.report import Evidence, LenderCandidate, LenderMatch
from knowledge.registry import traditional_map


def detect(doc: Document, index: LenderIndex, official_phone: dict[str, str],
           official_domain: dict[str, str], link_domains: list[tuple[str, int, int]],
           about_debt: bool = True, sender: str | None = None) -> tuple[LenderMatch | None, Span | None]:
    """Return the lender match and, if the signature dresses up a real name, that signature. `sender` is a sender
    number typed beside the message (a pasted sender line is in the text and read with its numbers)."""
    cands: dict[str, _Candidate] = {}
    dressed: Span | None = None
    signed: dict[str, str] = {}  # candidate key → the signature that named it

    def registry(lid: str) -> _Candidate:
        r = index.by_id[lid]
        return cands.setdefault(lid, _Candidate(lid, r.name, lid, r.kind))

    def unknown(folded: str, s: int, e: int, shown: str | None = None) -> _Candidate:
        # Name in Simplified characters, as written otherwise (not lower-cased).
        written = shown or "".join(traditional_map().get(c, c) for c in doc.text[s:e]).strip()
        canonical = brand_names.carrier(folded)
        key = "?" + (canonical or folded)
        if key not in cands:
            cands[key] = _Candidate(key, canonical or written, None, brand_names.kind_of(folded))
        if written != cands[key].name and written not in cands[key].written:
            cands[key].written.append(written)
        return cands[key]

    def ev(source: str, s: int, e: int) -> Evidence:
        return Evidence(source, s, e, doc.text[s:e])

    sig_spans = [(s.start, s.end) for s in doc.signatures]
    # Signatures are pieces of doc.f: without a surface's first bigram in doc.f, none is in them either.
    may_name = not index.firsts.isdisjoint(doc.keys)
    for sig in doc.signatures:
        hits = [m.group(0) for m in index.pattern.finditer(sig.text)
                if not name_roles.inside_other_word(sig.text, m.group(0), m.end())] if may_name else []
        if hits:
            for surface in hits:
                for lid, _source in index.surfaces[surface]:
                    registry(lid).credit("signature", _WEIGHTS["signature"], ev("signature", sig.start, sig.end))
                    signed.setdefault(lid, doc.text[sig.start:sig.end])
            rest = sig.text
            for surface in hits:
                rest = rest.replace(surface, "")
            if DRESSING.search(rest):
                dressed = sig
        elif (latin := _latin_lenders(sig.text)) and all(lid in index.by_id for lid in latin):
            # 【ZHAOLIAN】, 【Fenqile】: a registry lender's name in pinyin (knowledge/data/brand_latin.json; lender22)
            for lid in latin:
                registry(lid).credit("signature", _WEIGHTS["signature"], ev("signature", sig.start, sig.end))
                signed.setdefault(lid, doc.text[sig.start:sig.end])
        elif _is_brand(sig.text):
            name = brand_names.signature_name(sig.text)
            # 【华夏信用卡】, 【民生信用卡中心】: the card centre of a registry bank.
            bank = re.sub(r"(?:银行)?(?:信用卡中心|信用卡|卡中心)$", "", name or "") + "银行"
            if name and bank != name + "银行" and bank in index.surfaces:
                for lid, _source in index.surfaces[bank]:
                    registry(lid).credit("signature", _WEIGHTS["signature"], ev("signature", sig.start, sig.end))
                    signed.setdefault(lid, doc.text[sig.start:sig.end])
            elif name:
                # 【淘宝通知】: the evidence is the signature, the name its brand part.
                # Shown as written: a name is not translated character by character (乾江 is not 干江).
                c = unknown(name, sig.start, sig.end, doc.text[sig.start:sig.end].strip() if name == sig.text else name)
                c.credit("signature", _WEIGHTS["signature"], ev("signature", sig.start, sig.end))
                signed.setdefault(c.key, doc.text[sig.start:sig.end])

    # A name inside a link ("abc" in http://…/r/abc) is part of an address, not a name; the link's
    # domain is weighed on its own below.
    link_spans = [(link.start, link.end) for link in doc.links]

    def outside_signatures(fs: int, fe: int) -> bool:
        s, _e = doc.span(fs, fe)
        return not any(a <= s < b for a, b in sig_spans) and not any(a <= s < b for a, b in link_spans)

    hits = []
    for m in index.pattern.finditer(doc.f) if may_name else ():
        if name_roles.inside_other_word(doc.f, m.group(0), m.end()):
            # 微信支付宝已被冻结: not 微信支付 but 微信 and 支付宝, which the scan stepped over (lender22)
            m = index.pattern.match(doc.f, m.end() - 2) if doc.f.startswith("宝", m.end()) else None
            if m is None or name_roles.inside_other_word(doc.f, m.group(0), m.end()):
                continue
        if outside_signatures(m.start(), m.end()):
            hits.append(m)
    claims = [c for c in brand_names.claims(doc.f, about_debt) if outside_signatures(c.start, c.end)] \
        if passes(_CLAIM_GATES, doc.keys) else []
    # A registry product word at the tail of a longer claimed name (金条 in 您在水莲金条借款) is that other brand's
    # name, not the registry lender's product: the claimed name is read instead.
    hits = [m for m in hits if not (
        all(source == "product" for _lid, source in index.surfaces[m.group(0)])
        and any(c.start < m.start() and m.end() <= c.end and brand_names.is_name(c.name) and _is_brand(c.name)
                for c in claims))]
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in hits]

    def overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
        return any(s < b and a < e for a, b in spans)

    claim_spans = [(c.start, c.end) for c in claims]
    for m in hits:
        start, end = doc.span(m.start(), m.end())
        if name_roles.listed(doc.text, start, end) or name_roles.impersonated(doc.f, m.start()) \
                or name_roles.disowned(doc.f, m.start(), m.end()):
            # one of a list (招联、安逸花、借呗等), said to be impersonated (冒充京东金融; round 19) or disowned by the speaker
            # (我们不是支付宝官方, 与京东金融无任何关系; lender22): not the sender
            continue
        role = name_roles.role(doc.f, m.start(), m.end(), overlaps(m.start(), m.end(), claim_spans))
        # A surface that is both a lender's alias and its product (美团月付) counts once, as a name.
        sources: dict[str, str] = {}
        for lid, source in index.surfaces[m.group(0)]:
            sources[lid] = "name" if "name" in (source, sources.get(lid)) else source
        for lid, source in sources.items():
            if role == "payee" and index.by_id[lid].kind == "bank":
                registry(lid).credit("payee_account", _WEIGHTS["payee_account"], ev("payee_account", start, end))
            elif role == "payee":
                # A payment app named as the way to pay or the account frozen (通过支付宝转账, 冻结支付宝账户,
                # 微信支付宝已被冻结) is not the creditor either; its evidence says so, so the card keeps PAYEE_NOTE
                # and a scam verdict does not call it an impersonated brand (round 18).
                registry(lid).credit("payee_account", _WEIGHTS["payee_account"], ev("payee_account", start, end))
            else:
                weight = _WEIGHTS[role] if role in ("claim", "sender") else _WEIGHTS[source]
                registry(lid).credit(source, weight, ev(source, start, end))
                registry(lid).claimed |= role == "claim" and name_roles.is_creditor(doc.f, m.start(), m.end())
    # 【光大】 over a message that names 光大银行, or 【京东】 over a link on jd.com (the official domain of
    # the registry's 京东商城 record): the signature is that record's short name.
    linked = [lid for domain, _s, _e in link_domains if (lid := official_domain.get(domain))]
    for key in [k for k in signed if k.startswith("?")]:
        short = key[1:]
        owner = next((lid for m in hits if short in m.group(0) for lid, _ in index.surfaces[m.group(0)]), None)
        owner = owner or next((lid for lid in linked if any(short in n.lower() for n in index.by_id[lid].names())), None)
        if owner and key in cands:
            for e in cands.pop(key).evidence:
                registry(owner).credit("signature", _WEIGHTS["signature"], e)
            signed.setdefault(owner, signed[key])
    named = list(taken)
    for c in claims:
        if overlaps(c.start, c.end, taken) or not brand_names.is_name(c.name) or not _is_brand(c.name):
            continue
        s, e = doc.span(c.start, c.end)
        cand = unknown(c.name, s, e)
        cand.credit("name", _WEIGHTS[c.shape], ev("name", s, e))
        cand.claimed |= c.shape == "claim"
        named.append((c.start, c.end))
    header = _LATIN_HEADER.match(doc.f) if not hits else None
    # Five letters at least in a header (anyihua, not abc: a nickname as often as 农业银行's initials).
    if header and len(re.sub(r"[^a-z]", "", header.group(1))) >= 5 and (latin := _latin_lenders(header.group(1))) \
            and all(lid in index.by_id for lid in latin):
        s, e = doc.span(header.start(1), header.end(1))
        for lid in latin:
            registry(lid).credit("name", _WEIGHTS["sender"], ev("name", s, e))
        named.append((header.start(1), header.end(1)))
    # A lending brand the lexicon knows but the registry does not (信用飞逾期了, 玖富万卡的钱还不还了): named without
    # any claim frame around it; a registry name or a claim over the same words is read instead (众安贷 → 众安).
    read: set[str] = set()  # one brand named again is the same witness: each word is weighed once (and the scan stays linear)
    for lb in _loan_brands().finditer(doc.f) if _may_name_loan_brand(doc.keys) else ():
        if lb.group(0) in read or overlaps(lb.start(), lb.end(), named) or not outside_signatures(lb.start(), lb.end()):
            continue
        read.add(lb.group(0))
        s, e = doc.span(lb.start(), lb.end())
        if name_roles.listed(doc.text, s, e) or name_roles.impersonated(doc.f, lb.start()) \
                or name_roles.disowned(doc.f, lb.start(), lb.end()):
            continue
        role = name_roles.role(doc.f, lb.start(), lb.end(), False)
        cand = unknown(lb.group(0), s, e)
        if role == "payee":
            cand.credit("payee_account", _WEIGHTS["payee_account"], ev("payee_account", s, e))
        else:
            cand.credit("name", _WEIGHTS[role] if role in ("claim", "sender") else _WEIGHTS["name"], ev("name", s, e))
            cand.claimed |= role == "claim"
        named.append((lb.start(), lb.end()))
    for inst in brand_names.institutions(doc.f) if passes(_INSTITUTION_GATES, doc.keys) else ():
        if overlaps(inst.start, inst.end, named) or not outside_signatures(inst.start, inst.end):
            continue
        s, e = doc.span(inst.start, inst.end)
        if name_roles.listed(doc.text, s, e):
            continue
        role = name_roles.role(doc.f, inst.start, inst.end, False)
        if role == "payee":
            unknown(inst.name, s, e).credit("payee_account", _WEIGHTS["payee_account"], ev("payee_account", s, e))
        else:
            weight = _WEIGHTS[role] if role in ("claim", "sender") else _WEIGHTS["institution"]
            unknown(inst.name, s, e).credit("name", weight, ev("name", s, e))
    # 【蜻蜓卡】…您在“蜻蜓白卡”的借款: one unregistered brand written two ways is one candidate,
    # shown by its signature, the other form kept among its names.
    for key in [k for k in signed if k.startswith("?") and k in cands]:
        for other in [c for c in cands.values() if c.lid is None and c.key not in signed
                      and _same_brand(key[1:], c.key[1:])]:
            # One brand named twice is not two independent witnesses: the score stays the stronger one's.
            score = max(cands[key].score, other.score)
            for e in other.evidence:
                cands[key].credit(e.source, other.weight_of[(e.source, e.text)], e)
            cands[key].score = score
            cands[key].claimed |= other.claimed
            for form in (other.name, *other.written):
                if form != cands[key].name and form not in cands[key].written:
                    cands[key].written.append(form)
            del cands[other.key]
    for number in doc.numbers:
        lid = official_phone.get(re.sub(r"\D", "", number.text))
        if lid:
            registry(lid).credit("number", _WEIGHTS["number"], ev("number", number.start, number.end))
    # The typed sender number, when it is a registry lender's official number (95588 beside 尊敬的客户，您的信用卡已逾期):
    # the same evidence as that number written in the text, which a pasted 发件人：95588 line already is (round 19). It
    # has no place in the text, so its evidence is an empty span.
    typed = re.sub(r"\D", "", sender) if sender else ""
    lid = official_phone.get(typed) if typed else None
    if lid and all(re.sub(r"\D", "", n.text) != typed for n in doc.numbers):  # once, if also written in the text
        registry(lid).credit("number", _WEIGHTS["number"], Evidence("number", 0, 0, ""))
    for domain, start, end in link_domains:
        lid = official_domain.get(domain)
        if lid:
            registry(lid).credit("domain", _WEIGHTS["domain"], ev("domain", start, end))
    if not cands:
        return None, dressed

    def rank(c: _Candidate) -> tuple[float, bool, int, int, int]:
        # Equal scores: the name the debt is claimed for (您在X的借款, not 登录支付宝还款), then a
        # registry lender or a full institution name (和平农商银行) before a brand or a provincial
        # union (广东农信), then by kind, then the earliest.
        vague = 0 if c.lid or brand_names.specific(c.name) else 1
        return (-round(c.score, 3), not c.claimed, vague, _KIND_ORDER.get(c.kind, 9), min(e.start for e in c.evidence))

    ordered = sorted(cands.values(), key=rank)
    top = ordered[0]
    if about_debt and not top.claimed and (
            top.kind == "collection_agency" or (top.lid is None and not brand_names.specific(top.name))):
        # 【信达资产】我司受安逸花委托…: a collector or a sender that is no bank or finance company,
        # writing about a creditor the words name: the creditor is who the debt is owed to.
        creditor = next((c for c in ordered if c is not top and c.claimed and c.kind != "collection_agency"), None)
        if creditor is None and (top.kind == "collection_agency"
                                 or (top.key in signed and brand_names.AGENT_FIRM.search(top.name))):
            # 【奇灵科技】…通过有米APP还款, 【华夏调解中心】招联金融已将您的案件移交我中心: a firm that sends or collects
            # for the brand the text names (round 19).
            creditor = next((c for c in ordered if c is not top and c.kind != "collection_agency"
                             and any(e.source in ("name", "product") for e in c.evidence)), None)
        if creditor:
            ordered.remove(creditor)
            ordered.insert(0, creditor)
    best = ordered[0]
    only_payee = all(e.source == "payee_account" for e in best.evidence)
    evidence = tuple(sorted(best.evidence, key=lambda e: (e.start, e.source)))
    candidates = tuple(LenderCandidate(c.lid, c.name, round(c.score, 2)) for c in ordered)
    if best.lid is None:
        return LenderMatch(
            id=None, name=best.name, kind=best.kind, licensed=None, aliases=tuple(best.written), products=(),
            confidence=round(min(best.score, 0.99) * 0.55, 2), evidence=evidence, candidates=candidates,
            in_registry=False, signature=signed.get(best.key),
            note=PAYEE_NOTE if only_payee else UNKNOWN_NOTE.get(best.kind, UNKNOWN_NOTE["unknown"]),
        ), dressed
    record = index.by_id[best.lid]
    signature = signed.get(best.key) or next((doc.text[s.start:s.end] for s in doc.signatures), None)
    return LenderMatch(
        id=record.id, name=record.name, kind=record.kind, licensed=record.licensed,
        aliases=record.aliases, products=record.products, confidence=round(min(best.score, 0.99), 2),
        evidence=evidence, candidates=candidates, in_registry=True, signature=signature,
        note=PAYEE_NOTE if only_payee else KIND_NOTE.get(record.kind, ""),
        official_contacts=contacts(record, "official"),
        secondary_contacts=contacts(record, "secondary"),
    ), dressed
