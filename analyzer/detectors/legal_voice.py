"""A notice in its sender's own voice (scam17): a court or arbitration body introducing itself, a lawyer's letter
written as the letter, and what such a letter must and must not ask. Used by analyzer/detectors/legal.py."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.lexicon import load as load_lexicon

# scam17: a court or arbitration body introducing itself (这里是XX人民法院诉前调解中心, XX法院公告：, XX仲裁委员会通知：) stands
# for its signature; counted like a masked signature, only in a message to the reader (你/您, or the reader named as
# 被申请人/被告: not a public announcement of others' case) with no threat, pressure or scam finding.
COURT_SELF = re.compile(r"(?:这里是|我是|我们是)[^,。!?;\n]{0,12}(?:人民法院|法院|仲裁委员会|仲裁委|仲裁院)"
                        r"|(?:\A|\n)[^,。!?;\n:：]{0,14}(?:人民法院|法院|仲裁委员会|仲裁委)(?:通知|公告)[:：]")
CLAIMANT = re.compile(r"(你|您)(?!们)[^,。!?;\n]{0,2}(作为|是|系)(本案)?的?(原告|申请人|申请执行人|上诉人)")
# scam17: a court granting a plaintiff's withdrawal (裁定准许原告撤诉, 准予撤诉) closes the reader's case; it is no offer.
GRANTED_WITHDRAWAL = re.compile(r"(?:准许|准予|裁定)[^,。!?;\n]{0,4}撤诉")
# scam17: a lawyer's letter in its own voice (律师函 致：…; 本所受…委托，就…致函/函告; …律师事务所律师函：受…委托): the text
# is the letter, not a collector saying one will be sent (我司已委托律所发送律师函 stays pressure).
LETTER_ACT = re.compile(r"(?:本所|我所|律师事务所|本律师)[^。!?\n]{0,30}受[^。!?\n]{1,30}委托[^。!?\n]{0,40}(?:致函|函告|律师函)"
                        r"|律师函\s{0,2}[:：]?\s{0,2}致[^。!?\n]{1,12}(?:先生|女士|公司|[:：])|律师事务所律师函[:：]|发出如下律师函")
# ... and it sends the reader to the creditor who instructed the firm (与委托人联系, 联系委托方, 联系招商银行(95555)) or to the
# bar association to check the firm: a real letter asks nothing to be paid to the firm. A letter that only demands
# 请于七日内还款 names nothing to check (tests/test_lawyer_letter.py: pressure, not a legal notice).
LETTER_CHECK = re.compile(r"(?:与|和|向|联系|致电)[^,。!?;\n]{0,4}(?:委托人|委托方)|(?:委托人|委托方)[^,。!?;\n]{0,6}联系"
                          r"|联系[^,。!?;\n]{0,12}(?:官方客服|95\d{3})|律师协会|律协|律师执业诚信"
                          r"|委托人[^,。!?;\n]{0,6}(?:app|官方|客服)|(?:致电|联系|拨打)[^,。!?;\n]{0,6}(?:本所|律所)[^,。!?;\n]{0,6}核实"
                          r"|本所地址|所址")
# ... and asks for no payment of its own (扫码缴纳律师费, 转入账户): a real letter sends the reader to repay through the
# creditor's own channels.
LETTER_PAY = re.compile(r"扫码|二维码|收款码|缴纳|缴费|支付|转账|汇款|转入|打款|付款|账户[:：]|账号[:：]")


@lru_cache(maxsize=1)
def counsel_in_case() -> re.Pattern[str]:
    """scam18: a law firm writing as one party's counsel in a case whose number is written in the court's format
    (受某银行委托，就（2025）京0105民初123号纠纷一案…; 本所为原告代理人，案号…): the lexicon class
    scam_eighteen_counsel_in_case (zz_scam18.toml), which the fake-court rules also take as their exception."""
    return re.compile(load_lexicon().classes["scam_eighteen_counsel_in_case"])
