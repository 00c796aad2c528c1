"""A notice in its sender's own voice (scam17): a court or arbitration body introducing itself, a lawyer's letter
written as the letter, and what such a letter must and must not ask; a law firm writing as a party's counsel in a
numbered case (fa18 firm_case, scam18 counsel_case) and a court's bare service notice (fa18 service_only), and the
collector's voice that rules such a notice out. Used by analyzer/detectors/legal.py (own_voice_details)."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.detectors import legal_letter
from analyzer.lexicon import load as load_lexicon
from analyzer.report import LinkInfo, NumberInfo
from knowledge import derived_cache

# scam17: a court or arbitration body introducing itself (这里是XX人民法院诉前调解中心, XX法院公告：, XX仲裁委员会通知：) stands
# for its signature; counted like a masked signature, only in a message to the reader (你/您, or the reader named as
# 被申请人/被告: not a public announcement of others' case) with no threat, pressure or scam finding.
# legal19: a notary (这里是XX公证处) and a court opening with 提醒您：/告知： introduce themselves the same way.
# legal21: also as people say it on a call or in voice-to-text (我这边是, 我们这里是, 这边是, 我系, 我哋係).
SELF_INTRO = r"(?:这里是|这边是|我这边是|我这里是|我们这边是|我们这里是|我是|我们是|本人是|我系|我哋系|我哋係)"
COURT_SELF = derived_cache.compile(SELF_INTRO + r"[^,。!?;\n]{0,12}(?:人民法院|法院|仲裁委员会|仲裁委|仲裁院|公证处)"
                        r"|(?:\A|\n)[^,。!?;\n:：]{0,14}(?:人民法院|法院|仲裁委员会|仲裁委|公证处)"
                        r"(?:通知|公告|提醒(?:您|你)?|告知(?:您|你)?)[:：]")
CLAIMANT = derived_cache.compile(r"(你|您)(?!们)[^,。!?;\n]{0,2}(作为|是|系)(本案)?的?(原告|申请人|申请执行人|上诉人)")
# scam17: a court granting a plaintiff's withdrawal (裁定准许原告撤诉, 准予撤诉) closes the reader's case; it is no offer.
GRANTED_WITHDRAWAL = derived_cache.compile(r"(?:准许|准予|裁定)[^,。!?;\n]{0,4}撤诉")
# scam17: a lawyer's letter in its own voice (律师函 致：…; 本所受…委托，就…致函/函告; …律师事务所律师函：受…委托): the text
# is the letter, not a collector saying one will be sent (我司已委托律所发送律师函 stays pressure).
LETTER_ACT = derived_cache.compile(r"(?:本所|我所|律师事务所|本律师)[^。!?\n]{0,30}受[^。!?\n]{1,30}委托[^。!?\n]{0,40}(?:致函|函告|律师函)"
                        r"|律师函\s{0,2}[:：]?\s{0,2}致[^。!?\n]{1,12}(?:先生|女士|公司|[:：])|律师事务所律师函[:：]|发出如下律师函"
                        # legal21: the letter headed by its kind and its addressee (律师函 林某：, 催告函 赵某：)
                        r"|(?:律师函|催告函|律师催告函|律师告知函)\s{0,2}[:：]?\s{0,2}[\u4e00-\u9fff][\u4e00-\u9fff某*x]{0,3}(?:先生|女士)?[:：,]")
# legal20: the letter speaking of itself (本函, 此函, 收函后, 特此函告) beside a law firm acting on a mandate (本所受…委托,
# 受…委托，本所律师…) is the letter too, in whatever order the two come. A lawyer's call or SMS with no letter in it
# (我是受某某委托的律师事务所律师，委托方已决定起诉) stays pressure, as the opened sets label it.
# legal21: the mandate said either way (受…委托, 根据/依据…的委托); the letter naming its kind (催告函, 律师函).
MANDATE = derived_cache.compile(r"(?:受|根据|依据|按照)[^。!?\n]{1,30}委托")
# legal24: or as a formal notice on the mandate (郑重函告, 现就…通知如下, 告知如下): the letter's own heading of its terms.
LETTER_SELF = derived_cache.compile(r"本函|此函|收函|函到|函告|律师函|催告函|(?:通知|告知)如下")
FIRM_ANY = derived_cache.compile(r"本所|我所|本律师|律师事务所|律所")


def letter_act(text: str) -> bool:
    """The text is a lawyer's letter in its own voice (LETTER_ACT, or a firm's mandate and the letter naming itself)."""
    return bool(LETTER_ACT.search(text) or (MANDATE.search(text) and LETTER_SELF.search(text)
                                            and FIRM_ANY.search(text))) and not LENDER_VOICE.search(text)


# legal21: a letter speaks of the creditor as 委托人; the lender's own voice (我司已委托律所发送律师函) is its notice, not the
# letter.
LENDER_VOICE = derived_cache.compile(r"我司|本公司|我公司|本平台|我平台|我行(?!政)")


# ... and it sends the reader to the creditor who instructed the firm (与委托人联系, 联系委托方, 联系招商银行(95555)) or to the
# bar association to check the firm: a real letter asks nothing to be paid to the firm. A letter that only demands
# 请于七日内还款 names nothing to check (tests/test_lawyer_letter.py: pressure, not a legal notice).
LETTER_CHECK = derived_cache.compile(r"(?:与|和|向|联系|致电)[^,。!?;\n]{0,4}(?:委托人|委托方)|(?:委托人|委托方)[^,。!?;\n]{0,6}联系"
                          r"|联系[^,。!?;\n]{0,12}(?:官方客服|95\d{3})|律师协会|律协|律师执业诚信"
                          r"|委托人[^,。!?;\n]{0,6}(?:app|官方|客服)|(?:致电|联系|拨打)[^,。!?;\n]{0,6}(?:本所|律所)[^,。!?;\n]{0,6}核实"
                          r"|本所地址|所址"
                          # court27: or to the creditor's official channel to check the debt or to negotiate (如有异议请通过银行
                          # 官方客服核实, 通过该行官方渠道还款或与银行协商分期): the letter sends the reader away from itself, as
                          # 联系官方客服 does. Only 还款 through an official app (请今日内通过官方APP还清) names nothing to check.
                          r"|(?:通过|经由?|在|到)[^,。!?;\n]{0,8}官方(?:客服|渠道|app|热线|电话|网站)[^,。!?;\n]{0,12}"
                          r"(?:核实|核对|查询|确认|协商)"
                          # legal24: or to the Ministry of Justice's public register of firms and lawyers (中国法律服务网, 12348)
                          r"|中国法律服务网|12348"
                          # legal21: or to the firm itself, by its fixed line (本所电话025-…, 律师：王某 电话：010-…) or in
                          # writing (如有异议请书面回复本所): a firm answers at its own desk; a mobile is a personal_number marker
                          r"|(?:电话|联系电话|座机|联系方式)[:：]?\s?0\d{2,3}-?\d{7,8}(?!\d)"
                          # legal24: the firm's fixed line right after the firm (如有异议，请致电本所010-…)
                          r"|(?:致电|拨打|联系)(?:本所|我所|律所)[:：]?\s?0\d{2,3}-?\d{7,8}(?!\d)"
                          r"|(?:回复|告知|反馈|提出|说明)[^,。!?;\n]{0,2}本所|向本所[^,。!?;\n]{0,6}(?:提出|反馈|说明|回复)")
# ... and asks for no payment of its own (扫码缴纳律师费, 转入账户): a real letter sends the reader to repay through the
# creditor's own channels.
LETTER_PAY = derived_cache.compile(r"扫码|二维码|收款码|缴纳|缴费|支付|转账|汇款|转入|打款|付款|账户[:：]|账号[:：]")


@lru_cache(maxsize=1)
def counsel_in_case() -> re.Pattern[str]:
    """scam18: a law firm writing as one party's counsel in a case whose number is written in the court's format
    (受某银行委托，就（2025）京0105民初123号纠纷一案…; 本所为原告代理人，案号…): the lexicon class
    scam_eighteen_counsel_in_case (zz_scam18.toml), which the fake-court rules also take as their exception."""
    return derived_cache.compile(load_lexicon().classes["scam_eighteen_counsel_in_case"])


# A court's act told by a lender or collector (我司, 平台, 您的借款已逾期…被XX法院列为失信) is that party's claim, not the
# court speaking: courts name the obligation as a judgment's (履行生效法律文书确定的义务), not a loan account.
COLLECTOR_VOICE = derived_cache.compile(r"我司|本公司|我公司|本平台|平台|催收|法务|借款|贷款|网贷|欠款|逾期|还款|账单|额度|分期")
# fa18: a law firm telling a party of a case by its number (【XX律师事务所】就XX银行诉您…纠纷一案，案号(2025)粤0104民初
# 33210号，本所为原告代理人，如您有调解意向，可在开庭前联系本所律师): the firm in its own voice (its signature, 本所,
# 我所), the reader a party (CASE_PARTY), a case number in the official format, and nothing a collector says or asks
# (FIRM_CASE_BLOCK); no number to call and no link (asks_nothing). The case number is the checkable detail.
FIRM_VOICE = derived_cache.compile(r"本所|我所|本律所|本律师")
FIRM_CASE_BLOCK = derived_cache.compile(r"我司|本公司|我公司|催收|法务部|逾期|还款|欠款|账单|额度|立即|马上|尽快|转账|汇款|缴纳|加微信|点击|下载"
                             r"|撤诉|撤案|(?<!\d)\d{1,3}\s?(?:小时|天|日)内|征信|上门|单位|家人|亲友|通讯录|公安|拘留|坐牢")
# fa18: a court's bare service notice under its signature (【法院】開庭通知已送達，請準時出庭; 【XX法院】传票已送达，请按时
# 出庭应诉): it tells the reader to attend or to read papers and gives no number, no link and no collector's word, so it
# asks nothing a scammer could gain from; the verdict tells the reader to check it through 12368.
ATTEND = derived_cache.compile(r"出庭|到庭|应诉|参加庭审|出席|查收|查阅|签收|领取(?:文书|传票)")


def numbers_to_call(numbers: tuple[NumberInfo, ...]) -> bool:
    """A number to call in the text other than 12368 (digits of a case number are no number to call)."""
    return any(n.type != "invalid" and n.normalized != "12368" for n in numbers)


def asks_nothing(text: str, numbers: tuple[NumberInfo, ...], links: tuple[LinkInfo, ...]) -> bool:
    """No number to call but 12368, no link, the reader not the claimant and no word a collector says or asks
    (FIRM_CASE_BLOCK): a notice a scammer gains nothing from, whether a law firm or a court signs it."""
    return (not numbers_to_call(numbers) and not links and not CLAIMANT.search(text)
            and not FIRM_CASE_BLOCK.search(text))


def own_voice_details(text: str, *, firm_signed: bool, court_signature: bool, case_numbers: bool,
                      party_named: bool, plain_but_legal: bool, numbers: tuple[NumberInfo, ...],
                      links: tuple[LinkInfo, ...]) -> list[str]:
    """The checkable details of a notice its writer sends in its own voice, in the order reports list them:
    firm_case (a law firm, by its signature or 本所/我所, telling a party of a numbered case and asking nothing),
    service_only (a court's bare service notice under its signature: attend, read the papers, nothing else),
    letter_act (a lawyer's letter as the letter, sending the reader to the creditor, asking no payment of its own) and
    counsel_case (a law firm as one party's counsel in a numbered case, the lexicon class). firm_case and counsel_case
    both need a case number in the official format; firm_case and service_only both a notice that asks nothing.
    firm_signed: 律师事务所/律所 in the signature; party_named: the reader named a party (legal_step.CASE_PARTY);
    plain_but_legal: no threat, pressure or scam finding but fake_legal_process."""
    out = []
    firm = case_numbers and (firm_signed or bool(FIRM_VOICE.search(text)))
    asks = (firm or court_signature) and asks_nothing(text, numbers, links)
    if firm and asks and party_named:
        out.append("firm_case")
    if court_signature and asks and ATTEND.search(text) and not COLLECTOR_VOICE.search(text) and plain_but_legal:
        out.append("service_only")
    # legal37: or, in a letter naming the client whose mandate it acts on (MANDATE), any other way to check it without
    # trusting the message (legal_letter.checkable), with the firm's denials of taking money (本所不接受任何个人账户付款)
    # read as denials, not as a payment asked
    if (letter_act(text) and (LETTER_CHECK.search(text) or (MANDATE.search(text) and legal_letter.checkable(text)))
            and not LETTER_PAY.search(legal_letter.without_denials(text))):
        out.append("letter_act")
    if case_numbers and counsel_in_case().search(text):
        out.append("counsel_case")
    return out
