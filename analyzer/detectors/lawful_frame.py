"""A threat word said inside a lawful frame is not a threat to the reader.

Three frames, each read from lexicon classes declared in knowledge/data/rules/lawful_td9.toml (the words are data):
- a future lawful step under a condition: "如您继续逾期，我司将依法向人民法院提起诉讼", "一旦进入诉讼阶段，判决生效后
  …将依法申请强制执行", or a future application to a court in the finding's own clause ("我司将向法院提起诉讼并申请
  冻结被执行财产", {lawful_apply_future}). A fake-legal finding whose sentence opens with a condition before it and names a lawful step
  ({lawful_step_frame}) is the lender stating the law, unless the sentence also brings police, crime, the door or the
  family ({lawful_blocker}), or the clause announces the step as done (已);
- a court or arbitration body speaking for itself ("本院定于…开庭", "公告送达"), when nothing in the message is a scam
  and nothing brings the police, the door, a deadline in hours or a transfer ({lawful_blocker});
- the reader as a party to the contract ("您作为借款人的担保人", "共同还款人"), for third-party-contact findings;
- a joke between friends ({jest}: 哈哈哈, 开玩笑的, 😂) for threat findings, unless the joke is taken back
  ({jest_void}) or names harm no joke excuses ({jest_harm});
- the reader's role in the legal frame (classes in knowledge/data/rules/lawful_role.toml): a case, a police report or
  an exposure is a threat only when the reader is its target. When the reader is the plaintiff, applicant,
  complainant, victim, witness or a lawyer's client ({role_reader_party}: 原告陈XX，…开庭; 您的报案已受理; 您申请的
  财产保全…被申请人名下存款已冻结), or the writer is the one suing, reporting or exposing ({role_speaker_complainant}:
  我告那个老板的案子已经立案了; 催收爆我通讯录，我要去哪里举报), the legal, criminal and exposure findings and an
  authority signature are not threats, unless anything in the message makes the reader the target, asks them for
  money, a link or a code, or presses a debt on them ({role_reader_target}). The writer's own complaint also covers
  what it recounts (骚扰我家人, 这个骗子).
- fa25 (classes in knowledge/data/rules/zz_fa25.toml): a contact reached only to find the reader on lost contact, or
  one who only agreed to pass a callback on; a relative who is a party to the loan; the borrower's own authorisation
  or a private lender's polite ask through a relative (no pay-for-him, work, door or menace); a court's own measure
  under 本院 with its own case number, asking for no money and giving no mobile, link or App.
The frames read in a finding's own sentence or clause are in analyzer/detectors/lawful_sentence.py.
"""
from __future__ import annotations

import re

from analyzer.document import Document
from analyzer.firstchar import literal_first
from analyzer.lexicon import Lexicon
from analyzer.report import Finding
from analyzer.detectors import pass_on
from analyzer.detectors.bulletin import drop_bulletin
from analyzer.detectors.lawful_sentence import (_DONE, _clause_end, _clause_start, _conditional_lawful, _contact_locate,
                                               _contact_purpose, _contact_relay, _contact_verify, _court_sanction,
                                               _kin_party, _presuit, _sentence, _span)
from analyzer.detectors.undisclosed import drop_undisclosed
from knowledge import derived_cache

_YOU = derived_cache.compile(r"你|您")
_AT_READER = derived_cache.compile(r"(你|您)(?!们)")


_NAMES = ("lawful_condition", "lawful_apply_future", "lawful_step_frame", "lawful_blocker", "court_self", "court_public",
          "contract_party", "party_reach", "jest_void", "jest_block", "jest_harm", "jest",
          "role_reader_party", "role_reader_complainant", "role_speaker_complainant", "role_reader_target", "role_authority",
          "contact_verify", "contact_verify_block", "presuit_stage", "presuit_future_filing",
          "presuit_blocker", "surety_named", "surety_block", "court_sanction_frame", "court_sanction_blocker",
          "fa_contact_relay_only", "fa_contact_relay_block", "fa_kind_purpose", "fa_kind_block",
          "fatwentyfive_contact_locate", "fatwentyfive_contact_locate_block", "fatwentyfive_court_own_case",
          "fatwentyfive_court_own_block", "fatwentyfive_kin_party", "fatwentyfive_kin_party_block",
          "fatwentyfive_contact_relayed", "fatwentyfive_contact_relayed_block", "fatwentyfive_contact_consent",
          "fatwentyfive_private_relay", "fatwentyfive_third_block",
          "hardtwentynine_case_number", "hardtwentynine_case_block", "hardtwentynine_contact_purpose",
          "hardtwentynine_contact_block", "hardtwentynine_visit_consent", "hardtwentynine_visit_block",
          "hardtwentynine_civil_label", "hardtwentynine_civil_consequence", "hardtwentynine_civil_block",
          "hardtwentynine_batch_stage", "hardtwentynine_future_filing",
          "hardthirty_own_step", "hardthirty_own_court", "hardthirty_own_block", "hardthirty_contact_welfare", "hardthirty_contact_block",
          "fathirty_court_served", "fathirty_court_served_block", "fathirty_topic", "fathirty_topic_block",
          "fnine_listed_only")
# What a role frame answers for: claims about a case, a crime or an exposure, and an authority's signature.
_ROLE_KINDS = frozenset({"fake_legal_process", "false_criminal_threat", "exposure_threat"})
# A writer recounting their own harassment also names what was done to them (骚扰我家人) or the collector (骗子).
_COMPLAINANT_KINDS = _ROLE_KINDS | {"third_party_contact", "insult"}
_CACHE: dict[int, tuple[Lexicon, dict[str, re.Pattern[str]]]] = {}


def _compiled(lexicon: Lexicon) -> dict[str, re.Pattern[str]]:
    """The frame classes compiled once per lexicon (a Lexicon holds dicts, so it is not hashable), through
    literal_first: the same matches (only whether and where they match is read, never a group), but re skips
    ahead to their first characters; role_reader_target as written tried every position (7 µs a message)."""
    hit = _CACHE.get(id(lexicon))
    if hit is None or hit[0] is not lexicon:
        hit = _CACHE[id(lexicon)] = (lexicon, {n: derived_cache.compile(literal_first(lexicon.classes[n])) for n in _NAMES})
    return hit[1]


# fa25: what a court's own notice with its own case number answers for: the court's signature read as impersonation,
# and its own measure (冻结, 限制消费, 失信) read as a false claim of legal process.
_COURT_CASE_RULES = frozenset({"scam.impersonation.authority_signature"})


def _role_kinds(p: dict[str, re.Pattern[str]], f: str) -> frozenset[str]:
    """The finding kinds the reader's role takes out of the threat frame: none while the reader is the target."""
    if p["role_reader_target"].search(f):
        return frozenset()
    # the writer's own complaint, or the reader's complaint answered (您反映的…骚扰您亲友一事已转交): what it recounts
    if p["role_speaker_complainant"].search(f) or p["role_reader_complainant"].search(f):
        return _COMPLAINANT_KINDS
    return _ROLE_KINDS if p["role_reader_party"].search(f) else frozenset()


def _role_frame(p: dict[str, re.Pattern[str]], f: str, findings: list[Finding]) -> list[Finding]:
    kinds = _role_kinds(p, f)
    if not kinds:
        return findings
    # threat28: when only the writer's own step makes the frame (我们可以依法向法院起诉), it covers what the writer
    # recounts, not a finding aimed at the reader (但在那之前，会先让你在村里出名): the collector's lawful sentence
    # does not clear a menace in another clause. The reader's own complaint or party role still covers all.
    speaker_only = (kinds is _COMPLAINANT_KINDS and not p["role_reader_complainant"].search(f)
                    and not p["role_reader_party"].search(f))
    scam_ask = any(x.category == "scam" and x.kind != "impersonation" for x in findings)
    out = []
    for x in findings:
        if x.kind in kinds and x.kind != "impersonation":
            if speaker_only and x.kind in _ROLE_KINDS and _AT_READER.search(x.excerpt):
                out.append(x)
            continue
        if x.kind == "impersonation" and not scam_ask and p["role_authority"].search(x.excerpt):
            continue  # 【XX公安】您的报案已受理: the authority writes to the one who reported, asking for nothing
        out.append(x)
    return out


def drop_lawful(doc: Document, findings: list[Finding], lexicon: Lexicon) -> list[Finding]:
    if not any(x.category in ("unlawful_threat", "scam", "pressure") for x in findings):
        return findings  # most messages: nothing to judge, no search run
    p = _compiled(lexicon)
    f = doc.f
    findings = _role_frame(p, f, findings)
    scam = any(x.category == "scam" for x in findings)
    # the court to the public (执行开放日直播…欢迎关注), naming no reader: what it exposes is a batch of others
    public = bool(p["court_public"].search(f)) and not _YOU.search(f)
    court_self = not scam and bool(p["court_self"].search(f)) and (public or not p["lawful_blocker"].search(f))
    # fix59: a reader the borrower only listed as a contact (您被何某填写为担保联系人) is no party to the contract
    party = bool(p["contract_party"].search(f)) and not p["fnine_listed_only"].search(f)
    jest = (bool(p["jest"].search(f)) and not p["jest_void"].search(f) and not p["jest_harm"].search(f)
            and not p["jest_block"].search(f))
    # fa24: knowing where the reader or their family is, or being at their door, said with a kindly purpose (周末搬家我
    # 过来帮忙; 我明天去看看她，需要带点什么; 下来吃火锅) in a message with no money, debt or menace in it
    # ({fa_kind_block}): an acquaintance's words, not watching as a threat. Likewise a photo or a name shown to others
    # with a congratulation (把你的获奖照片挂到公告栏了，恭喜！): praise, not exposure.
    kindly = bool(p["fa_kind_purpose"].search(f)) and not p["fa_kind_block"].search(f)
    # fa25: the borrower authorised the contact (她已授权我行与您联系), or a private lender politely asks a relative or
    # friend to ask after a personal loan (你哥哥借我的钱…你能帮我问问他): asked with no pay-for-him, no work, door or
    # menace ({fatwentyfive_third_block}), the contact is not a threat to tell third parties.
    asked_kindly = ((bool(p["fatwentyfive_contact_consent"].search(f)) or bool(p["fatwentyfive_private_relay"].search(f)))
                    and not p["fatwentyfive_third_block"].search(f))
    # fa25: a court speaking as 本院 with its own formal case number about its own measure, asking for no money, giving
    # no mobile, link or App and naming no crime ({fatwentyfive_court_own_block}): the court's notice, not a fake one.
    court_case = (bool(p["fatwentyfive_court_own_case"].search(f)) and not p["fatwentyfive_court_own_block"].search(f)
                  and not any(x.category == "scam" and x.rule_id not in _COURT_CASE_RULES for x in findings))
    # hard29: a case the reader can check by its formal court or arbitration number, whoever writes (the lender, its
    # lawyer, a mediation committee), asking for no money, giving no mobile or link, naming no crime, door or family and
    # no menace ({hardtwentynine_case_block}): a verifiable case, not a fake legal process.
    # fa35: the court's signature alone (scam.impersonation.authority_signature) is no scam marker here: a checkable
    # case number asking for nothing is the court's own notice, so that finding goes too.
    case_checkable = (bool(p["hardtwentynine_case_number"].search(f)) and not p["hardtwentynine_case_block"].search(f)
                      and not any(x.category == "scam" and x.rule_id not in _COURT_CASE_RULES for x in findings))
    # hard29: a visit or meeting with the reader's consent: a pledge to tell no colleague or family, or an appointment
    # first, a way to reschedule or the right to refuse ({hardtwentynine_visit_consent}), in a message with no camping,
    # banners, neighbours, crowd or menace ({hardtwentynine_visit_block}).
    visit_consent = (bool(p["hardtwentynine_visit_consent"].search(f)) and not p["hardtwentynine_visit_block"].search(f)
                     and not scam)
    # hard29: 恶意逃废债 as the lender's own civil label, with only civil consequences (征信, 起诉, 借贷申请, 第三方机构)
    # and no police, crime, family, work, address book or exposure in the message ({hardtwentynine_civil_block})
    civil_label = (bool(p["hardtwentynine_civil_consequence"].search(f)) and not p["hardtwentynine_civil_block"].search(f)
                   and not scam)
    # hard30: the writer's own lawful step (我司已向法院申请强制执行; 本行已申请支付令; 我已经委托律师起诉了) or a judgment
    # stated as in force (判决已生效), naming the court it goes to ({hardthirty_own_court}), in a message with no money to an account, link, masked case number, hours,
    # freeze said as done, crime, police, door, family, work, contacts or exposure ({hardthirty_own_block}): the
    # claimant's own step, pressure, not a fake legal process (zz_hard30.toml).
    own_step = (bool(p["hardthirty_own_step"].search(f)) and bool(p["hardthirty_own_court"].search(f)) and not p["hardthirty_own_block"].search(f) and not scam)
    # hard30: a contact asked only whether the reader is all right (问问你是不是出事了; 确认您是否安全), or a hospital
    # reaching a patient's emergency contact, with no debt told, pay-for-him, work, parents or menace
    # ({hardthirty_contact_block}).
    welfare = (bool(p["hardthirty_contact_welfare"].search(f)) and not p["hardthirty_contact_block"].search(f)
               and not scam)
    # fa30: the court's own staff serving papers in person (送达组工作人员…到您住所依法送达起诉状副本和传票，请配合签收),
    # with no money, link, App, chat account, arrest, crime, police, family or work in the message
    # ({fathirty_court_served_block}, zz_fa30.toml): a court's service, not a fake legal process.
    served = (bool(p["fathirty_court_served"].search(f)) and not p["fathirty_court_served_block"].search(f) and not scam)
    # fa30: the legal word as a topic taught or asked about (培训内容包括强制执行申请流程; 冲刺班：财产保全真题精讲; 有人问…
    # 律师解答：…), with nothing of the reader's own debt, case or property, no step on the reader and no money or link
    # ({fathirty_topic_block}): a lesson, not a threat.
    topic = (bool(p["fathirty_topic"].search(f)) and not p["fathirty_topic_block"].search(f) and not scam)
    out = []
    for x in findings:
        if topic and x.category == "unlawful_threat" and x.kind in ("fake_legal_process", "false_criminal_threat"):
            continue
        if served and x.kind == "fake_legal_process" and x.category == "unlawful_threat":
            continue
        if own_step and x.kind == "fake_legal_process" and x.category == "unlawful_threat":
            continue
        if welfare and x.kind == "third_party_contact" and x.category == "unlawful_threat":
            continue
        if civil_label and x.kind == "false_criminal_threat" and p["hardtwentynine_civil_label"].search(x.excerpt):
            continue
        if case_checkable and ((x.kind == "fake_legal_process" and x.category == "unlawful_threat")
                               or x.rule_id in _COURT_CASE_RULES):
            continue
        if visit_consent and x.category == "unlawful_threat" and x.kind in (
                "doorstep_visit_threat", "third_party_contact", "violence_threat") and not _DONE.search(x.excerpt):
            continue
        if kindly and x.category in ("unlawful_threat", "pressure") and x.kind in (
                "violence_threat", "third_party_contact", "doorstep_visit_threat", "exposure_threat"):
            continue
        if court_case and (x.rule_id in _COURT_CASE_RULES or x.kind == "fake_legal_process"):
            continue
        if x.kind == "fake_legal_process" and x.category == "unlawful_threat":
            if court_self:
                continue
            start, end = _span(doc, x)
            if _conditional_lawful(p, f, start, end) or _presuit(p, f, x.excerpt, f[_clause_start(f, start):_clause_end(f, end)]):
                continue
        # aggr22: a court's sanction for not performing a judgment (判决后仍拒不履行的，可能被依法司法拘留) stated as law
        if x.kind == "false_criminal_threat" and _court_sanction(p, f, *_span(doc, x)):
            continue
        # fa18: the party's own naming is no reach (您孩子的助学贷款: the child borrows with the reader, not beside them)
        if x.kind == "third_party_contact" and party and not p["party_reach"].search(p["contract_party"].sub("", x.excerpt)):
            continue
        if asked_kindly and x.kind == "third_party_contact" and x.category == "unlawful_threat":
            continue
        if x.kind == "third_party_contact" and (_contact_verify(p, f, *_span(doc, x)) or _contact_relay(p, f, *_span(doc, x))
                                                or _contact_locate(p, f, *_span(doc, x)) or _kin_party(p, f, *_span(doc, x))
                                                or _contact_purpose(p, f, *_span(doc, x))):
            continue
        # aggr22: the loan's guarantor is a party to it, not a third party (我们将通知您的担保人代偿); fix60: not a reader
        # the borrower only listed as one (您被其填写为担保人)
        if x.kind == "third_party_contact" and p["surety_named"].search(x.excerpt) and not p["surety_block"].search(
                f, *_sentence(f, *_span(doc, x))) and not p["fnine_listed_only"].search(f):
            continue
        # fa18: the joke covers pressure too (再拖我就要上门催收了😂; 再不还我就去法院告你哈哈哈)
        if jest and x.category in ("unlawful_threat", "pressure"):
            continue
        out.append(x)
    # fa35: the contact reached, the debt kept from them; an anti-fraud bulletin quoting the scam's words; tpd59: a
    # contact asked only to pass a message on or to help find the borrower, told nothing (analyzer/detectors/pass_on.py)
    return pass_on.settle(doc, drop_bulletin(f, drop_undisclosed(f, out, lexicon), lexicon))
