"""What the reader of a legal notice does to check it, by the notice's stage (a court or arbitration notice, an
enforcement notice, a lawyer's letter, a notary's notice), and whether a notice is at the enforcement stage. The steps
are what the verdict and the report's how_to_verify say. Used by analyzer/detectors/legal.py (LegalCheck.stage, whose
"lawyer" and "notary" stages legal.py decides, and LegalCheck.verify_steps) and analyzer/verdict.py."""
from __future__ import annotations

from knowledge import derived_cache



VERIFY_STEPS = (
    "自己拨打 12368（法院诉讼服务热线，可加当地区号）或登录“人民法院在线服务”核实案号和文书",
    "用自己查到的法院电话核实，不要拨打短信里的号码，不要点短信里不是 gov.cn 的链接",
    "法院不会让你转账到个人账户，也不会收钱“撤案”",
    "如果核实是真的，不要置之不理：按期应诉或联系法院，否则可能被缺席判决",
)
# A notice of the enforcement stage (执行通知书, 报告财产令, 失信, 限高) comes after a judgment or other enforceable
# title: there is no hearing left to attend, and what the reader does next is deal with the enforcement judge.
ENFORCEMENT_VERIFY_STEPS = (
    VERIFY_STEPS[0],
    VERIFY_STEPS[1],
    "付款方式向执行法官核实，不要按短信里的账户付款；法院不会收钱“撤销失信”",
    "如果核实是真的，不要置之不理：尽快联系执行法官，履行或商量执行和解，如实报告财产，"
    "否则可能被罚款拘留、限高或列入失信名单",
)
# A lawyer's letter (a named law firm, no court, arbitration body, case number or 12368): a letter, not a court's paper.
LAWYER_VERIFY_STEPS = (
    "律师函不是法院的文书，本身不能冻结、扣款，也不等于已经起诉",
    "自己查律所的电话核实，不拨函里的个人号码、不点链接",
    "钱只还到贷款机构的官方渠道，不转给个人",
    "核实是真的就别不理：律师函常是起诉前的一步",
)
# legal19: a notary's notice before it issues an enforcement certificate on a notarised loan (赋强公证, 执行证书): with
# the certificate the creditor can apply to a court for enforcement without a lawsuit, so the notice is the reader's
# chance to say what was paid; the notary checks, it does not collect.
NOTARY_VERIFY_STEPS = (
    "自己查这家公证处的电话（司法行政机关或公证协会公布的）核实，不要拨打短信里的号码，不要点短信里的链接",
    "公证处只核实欠款和还款情况，不会让你把钱转到个人账户；要还款，只还到债权人的官方渠道",
    "已经还过或金额不对的，在期限内向公证处书面说明，附上还款凭证",
    "如果核实是真的，不要置之不理：公证处出具执行证书后，债权人可以不经起诉直接申请法院强制执行；拿不准可拨打 12348 咨询",
)
# fixes20: an arbitration body's notice (仲裁委员会, 仲裁院, 仲裁员, 仲裁庭) that names no court. 12368 is the courts' line
# and knows nothing of an arbitration case: the reader finds the commission's own number independently (its official
# website, 114). An arbitrator may not meet a party privately (仲裁法 第三十四条), so a personal mobile offered to
# "settle" is a scam sign.
ARBITRATION_VERIFY_STEPS = (
    "自己查这家仲裁委员会的电话核实有没有这个案件（在它的官方网站上找，或拨打 114 查询），不要拨打短信里的号码，"
    "不要点短信里的链接",
    "仲裁员不得私自会见当事人，不会用个人手机号、微信找你私下“和解”，仲裁委员会也不会让你转账到个人账户",
    "要和解、还款，只通过债权人的官方渠道，钱只还到债权人的官方账户",
    "如果核实是真的，不要置之不理：按期答辩、到庭，否则仲裁庭可以缺席裁决，裁决可以申请法院强制执行",
)
ARBITRATION_TALK = derived_cache.compile(r"仲裁委|仲裁院|仲裁员|仲裁庭|仲裁机构|仲裁中心|仲裁秘书")
COURT_TALK = derived_cache.compile(r"法院|法庭|法官|中院|高院|本院|12368|审裁处")
# What only the enforcement stage speaks of. A case number whose type starts with 执 ((2025)浙0106执1234号, 执恢) is an
# enforcement case; 执保 is preservation before judgment. A summons that warns of later enforcement (判决生效后不履行的，
# 将依法强制执行) talks of hearings too (TRIAL_TALK) and stays a trial-stage notice.
ENFORCEMENT_TALK = derived_cache.compile(r"执行通知书?|报告财产令|财产报告|限制消费令|限制高消费|限制消费|限高|失信被执行人|被执行人"
                              r"|执行局|执行法官|执行干警|执行案件|执行立案|强制执行|纳入失信|列入失信|公布为失信")
ENFORCEMENT_CASE = derived_cache.compile(r"[)〕\]]\s?[\u4e00-\u9fff]{1,2}\d{0,6}执(?!保)")
TRIAL_TALK = derived_cache.compile(r"开庭|应诉|答辩|传票|起诉状|举证|庭审|民初|民终|诉前调")


def how_to_verify(stage: str) -> tuple[str, ...]:
    """The steps for a notice at this stage ("enforcement", "lawyer", "notary", "arbitration", or "" for a court
    notice)."""
    return {"enforcement": ENFORCEMENT_VERIFY_STEPS, "lawyer": LAWYER_VERIFY_STEPS,
            "notary": NOTARY_VERIFY_STEPS, "arbitration": ARBITRATION_VERIFY_STEPS}.get(stage, VERIFY_STEPS)


def stage(text: str) -> str:
    """"enforcement" for a notice of the enforcement stage: an enforcement case number, or enforcement words in a
    message that says nothing of a trial (a summons may warn of enforcement after judgment); "arbitration" for an
    arbitration body's notice that names no court."""
    if ENFORCEMENT_CASE.search(text):
        return "enforcement"
    if ENFORCEMENT_TALK.search(text) and not TRIAL_TALK.search(text):
        return "enforcement"
    if ARBITRATION_TALK.search(text) and not COURT_TALK.search(text):
        return "arbitration"
    return ""
