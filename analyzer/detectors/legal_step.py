"""A court, arbitration body or notary telling the reader, a party, of a step in their case and asking nothing, read
twice: in legal19's register (own_step, below) and as lawful10's named body with a step and no channel (case_step, at
the end, with the reader named a party, CASE_PARTY, and an arbitration body's step, ARBITRATION_CASE); whether the reader
is a party at all, not a witness, a juror or the public (reader_is_party); and a notary's notice before it issues an
enforcement certificate (notary). Used by analyzer/detectors/legal.py.

Genuine notices of 2024-2026 are written in one register whoever signs them: the issuer in its own voice (its
signature, masked or not when pasted: 【XX市XX区人民法院】, 【某某仲裁委员会】, 【XX公证处】; a self-introduction,
这里是…诉前调解中心; a closing signature; or 本院/本会/本处), the reader named as a party (你与…纠纷一案, 您作为被申请人,
被执行人王某：), the dispute named as a case (借款合同纠纷, 一案, 案号, 仲裁案, 执行证书) and one procedural step
(立案, 送达, 开庭, 排期, 诉前调解, 组庭, 裁决, 冻结, 查封, 支付令, 报告财产, 执行证书…). Courts speak of the debt too
(履行还款义务, 还清欠款, 欠款本金可协商分期); what they never do is speak as the creditor (我司, 平台, 催收, 账单),
hurry the reader (立即, 马上, 尽快), give a channel other than their own (a mobile number, a WeChat id, an account
number, a link that is not the court's) or threaten anything beyond the law's own steps. A notice in that register
that asks nothing gives a scammer nothing; the verdict still tells the reader how to check it (12368, the court's
own number found independently)."""
from __future__ import annotations


from analyzer.detectors.legal_voice import SELF_INTRO
from analyzer.detectors.public_item import QUOTED as _QUOTED, is_public_item
from analyzer.report import LinkInfo, NumberInfo
from knowledge import derived_cache

# The issuer speaking as itself inside the text (本院, 本会 for an arbitration commission, 本处/我处 for a notary,
# 本庭, 本委) or signing at the end (…人民法院 / …仲裁委员会 / …公证处, possibly masked, then at most a date).
ISSUER_VOICE = derived_cache.compile(r"本院|我院|本庭|本会|本委|本处|我处|承办法官|书记员|法官助理|调解员|审判员|仲裁员|公证员|执行法官")
CLOSING = derived_cache.compile(r"(?:人民法院|法院|中院|仲裁委员会|仲裁委|仲裁院|公证处|审裁处)[\s,。.!]{0,3}"
                     r"(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日)?[\s,。.!]{0,3}\Z")
# The reader as a party of the case (not the claimant, legal_voice.CLAIMANT): by role, or the case as the reader's
# (a notary or arbitration body writes to a party as 贵方: 贵方与某公司的借款合同).
PARTY_ROLE = derived_cache.compile(r"(?:你|您|台端|阁下)(?!们)[^,。!?;\n]{0,4}(?:作为|系|为|是)?[^,。!?;\n]{0,3}"
                        r"(?:被告|被申请人|被执行人|被上诉人|第三人|当事人|债务人|案外人|被保全人"
                        # legal21: a party other than the borrower (the guarantor, a co-owner of a seized flat, an heir, a
                        # co-defendant, a person with an interest), whom courts, arbitration bodies and notaries also serve
                        r"|保证人|担保人|连带责任人|抵押人|出质人|共同借款人|共有人|继承人|利害关系人|共同被告|共同被执行人)"
                        r"|(?:被告|被申请人|被执行人|债务人)[:：]?(?:你|您|[\u4e00-\u9fff][\u4e00-\u9fffx*某]{1,3}[:：,])"
                        r"|(?:你|您|台端|阁下|贵方)(?!们)(?:的|所涉|涉及的|参与的|参与诉讼的|名下的?)[^,。!?;\n]{0,24}"
                        r"(?:案件|一案|案|纠纷|事件|公证书|借款合同)"
                        r"|(?:你|您|贵方)(?!们)(?:与|和)[^。!?\n]{1,30}(?:纠纷|一案|案件|仲裁案|案|合同)"
                        r"|(?:与|和)(?:你|您)(?!们)[^。!?\n]{0,20}(?:纠纷|一案|案件|仲裁案)"
                        r"|(?:诉|向|对)(?:你|您)(?!们)[^,。!?;\n]{0,2}(?:提起|申请|发出|送达)?"
                        # legal20: asked by the case (您是(2025)京0108执1234号案件的被执行人吗)
                        r"|(?:你|您)(?!们)(?:是|系)[^,。!?;\n]{0,30}(?:案件?|一案)的?(?:被告|被申请人|被执行人|第三人|当事人)"
                        # the reader greeted by name right after the signature or at the start (陈某：, 王**，, 王某某您好，)
                        r"|(?:\A|】)(?!通知|公告|提醒|提示|告知|法院|本院|仲裁|尊敬|各位|您好|你好|执行|诉前|调解|庭前|温馨|重要|紧急)"
                        r"[\u4e00-\u9fff](?:某某?|x{1,3}|\*{1,3}|[\u4e00-\u9fff]{1,2})(?:先生|女士)?(?:您好|你好)?[:,]")
# legal20: the reader named after the step a mediator takes with them (就…纠纷与您进行诉前调解, 与你开展调解).
PARTY_ROLE_MEDIATION = derived_cache.compile(r"(?:与|和|同)(?:你|您)(?!们)(?:方|双方)?[^,。!?;\n]{0,6}(?:进行|开展|组织)?(?:诉前|委派|委托)?调解")
# legal20: a mediation body working on a court's referral (诉前调解 by a 人民调解委员会, a 调解中心 or a court's 特邀调解员):
# it signs or introduces itself as a mediator and says the court sent the case (受某某法院委派, 经法院委托, 法院委派本会).
# Such a referral is the court's own step, checkable through 12368, so the mediator counts as the issuer.
MEDIATOR = derived_cache.compile(r"调解委员会|调解中心|调解组织|调解工作室|调解室|特邀调解员|调解员")
ENTRUSTED = derived_cache.compile(r"(?:受|经|由)[^,。!?;\n]{0,16}(?:法院|中院|本院)[^,。!?;\n]{0,4}(?:委派|委托|指派|移送|邀请)"
                       r"|(?:法院|中院|本院)[^,。!?;\n]{0,6}(?:委派|委托|指派)[^,。!?;\n]{0,12}调解")
MEDIATOR_SELF = derived_cache.compile(r"(?:" + SELF_INTRO + r"|本会|本中心|本委员会)[^,。!?;\n]{0,14}调解")


def court_entrusted(sig_text: str, text: str) -> bool:
    """A mediator (MEDIATOR in the signature, or introducing itself) on a court's referral (ENTRUSTED)."""
    return bool((MEDIATOR.search(sig_text) or MEDIATOR_SELF.search(text)) and ENTRUSTED.search(text))


# The reader's own suit or application (您提交的起诉材料, 您申请的财产保全, 您诉某公司): a notice to the claimant, about no
# claim against the reader (legal_voice.CLAIMANT says the same of 您作为原告).
READER_CLAIMS = derived_cache.compile(r"(?<![对向诉与和被])(?:你|您)(?!们)方?(?:提交|提起|申请|委托|起诉|诉)")
# The dispute named as a case, the way courts, arbitration bodies and notaries write it.
CASE_REGISTER = derived_cache.compile(r"纠纷|一案|案号|案件|仲裁案|[(〔\[](?:19|20)\d{2}[)〕\]][^,。!?;\n]{1,14}号"
                           r"|执行证书|债权文书|公证书|字第|事件"
                           # legal20: or by the enforcement paper served in it (执行通知书, 报告财产令); not a summons or
                           # a judgment, which every fake claims (传票：您因借款逾期被起诉…)
                           r"|执行通知书|报告财产令|限制消费令"
                           # legal21: or as people say it aloud (voice-to-text, a clerk's call): 您和某银行那个案子, 你那个官司
                           r"|案子|官司")
# One procedural step in the issuer's hands (or the parties' steps it sets: 答辩, 举证, 应诉, 报告财产).
STEP = derived_cache.compile(r"立案|受理|送达|签收|查收|查阅|开庭|庭审|排期|改期|传票|应诉|答辩|举证|证据|诉前调|诉调|调解|组庭|仲裁庭|"
                  r"书面审理|审理|裁决|判决|裁定|执行通知|报告财产|申报财产|限制消费|失信|冻结|查封|扣押|扣划|支付令|支付命令|"
                  r"司法确认|听证|执行证书|核实|辩论|聆讯|提讯|终结|结案|撤诉|上诉|分配|承办"
                  r"|约谈|谈话")  # legal20: an enforcement judge's interview
# What a court, arbitration body or notary never writes: the creditor's voice, hurry, a private channel, a payment
# outside the court's own accounts, or the collector's levers.
NOT_ISSUER = derived_cache.compile(r"我司|本公司|我公司|本平台|贵平台|催收|法务|账单|额度|已逾期|逾期\d|严重逾期|长期逾期|逾期记录|"
                        r"立即|立刻|马上|尽快|赶紧|速速|今天之内|今日内|"
                        r"加微信|微信号|加v|vx|qq|私信|点击|下载|app|回复\s?[\da-z]|回电|回拨|转账|汇款|打款|个人账户|收款|户名|卡号|"
                        # legal24: 转入 of money, not of a case into the court's next procedure (调解不成将转入诉讼程序)
                        r"转入(?![^,。!?;\n]{0,2}(?:诉讼|审判|审理|执行|立案|程序|普通程序|简易程序|速裁|正式))|"
                        r"撤案|私了|销案|解冻费|保证金|征信|上门|家人|亲友|通讯录|公安|拘留|坐牢|判刑"
                        # the reader asked to settle (请于三日内联系处理): a creditor's ask; a court itself 依法处理
                        r"|(?:请|务必)[^,。!?;\n]{0,12}(?<!依法)(?<!将)处理"
                        # legal20: a code to scan and pay (扫码缴纳…费): courts take fees through their own platform
                        r"|扫码|收款码"
                        # legal29: a collector's ultimatum on the reader's home (今天再不还，明天执行局就来查封你家): a court
                        # names the judgment's obligation, never 再不还, and seizes property by its order, not at the door
                        r"|再不还|不还钱|(?:查封|封了|搬空|抄)(?:你|您)(?:的)?家"
                        r"|(?<![\d(〔\[])\d{12,19}(?!\d)")
# legal20: a court's own assurance (本院不会要求向个人账户转账, 切勿向个人转账, 调解不收取任何费用, 请勿点击陌生链接) names
# the scammer's asks only to deny them; its clause is left out before NOT_ISSUER and CASE_STEP_BLOCK are read, so a
# notice that adds the courts' usual anti-fraud line is read like one that does not. An ask outside such a clause (请转账至…)
# is still seen.
ASSURANCE = derived_cache.compile(r"[^,。!?;\n\d]{0,16}(?:不会|不得|切勿|请勿|勿向|不要|谨防|不通过|不接受|不收取|不收|从不|绝不|一律不)"
                       r"[^,。!?;\n\d]{0,12}(?:转账|汇款|打款|个人|私人|收取|收费|费用|验证码|密码|链接|账户)[^,。!?;\n\d]{0,12}")
# ... but a clause that also hurries the reader (不要拖延，立即转账) is an ask, not an assurance.
HURRY = derived_cache.compile(r"立即|立刻|马上|尽快|赶紧|今天|今日|请将|请于|转入|转至|汇入")


# legal20: the law's own sanction for refusing a court's order, in the court's conditional (拒不申报财产的，本院可依法予以
# 罚款、拘留; 拒绝报告或虚假报告的…拘留: 民事诉讼法 on 报告财产令 and on obstructing enforcement) is the court's step, not a
# collector's lever; a bare 拘留 or one tied to repaying (不还款就拘留你) is still read by NOT_ISSUER.
STATUTORY = derived_cache.compile(r"(?:拒不|拒绝|虚假|逾期不)(?:申报|报告)[^,。!?;\n]{0,8}[,]?[^,。!?;\n]{0,10}(?:罚款|拘留)"
                       r"[^,。!?;\n]{0,6}")


def without_assurances(text: str) -> str:
    """The text with each clause that only denies an ask (ASSURANCE, no HURRY), and the statutory sanction for refusing
    to report property (STATUTORY), blanked out."""
    text = ASSURANCE.sub(lambda m: m.group(0) if HURRY.search(m.group(0)) else "。", text)
    return STATUTORY.sub("。", text)


# An arbitration body can neither freeze nor enforce: only a court does, on a party's application (裁决生效后申请人可向
#人民法院申请强制执行). An arbitration notice that freezes or enforces by itself (仲裁中心…将直接冻结财产) is a collector's.
ARBITRATION = derived_cache.compile(r"仲裁")
COERCION = derived_cache.compile(r"冻结|查封|扣划|扣押|拘留|失信|限制消费|限高|强制执行")
# Findings a court's own notice sets off by its words alone (a court signature, 已立案, 强制执行, 冻结): the same
# findings that checkable court details switch off (pipeline: fake_legal_process and impersonation), and the pressure
# of the law's own steps.
TOLERATED = frozenset({"fake_legal_process", "impersonation", "urgency_pressure"})
# Numbers a court's notice may carry: its hotline and short codes, and a fixed line (a clerk's desk); never a mobile.
OWN_NUMBERS = frozenset({"service_short_code", "fixed_line", "invalid"})
# A notary's notice before it issues an enforcement certificate on a notarised loan (赋强公证): it asks the debtor
# whether the debt was paid (核实履约情况) before the creditor can go to court for enforcement without a lawsuit.
NOTARY = derived_cache.compile(r"公证处|公证员|公证机构|(?:本处|我处)[^。!?\n]{0,30}执行证书|执行证书[^。!?\n]{0,30}(?:本处|我处)")


def own_step(text: str, *, issuer_signed: bool, issuer_named: bool, finding_kinds: set[str],
             numbers: tuple[NumberInfo, ...], claimant: bool) -> bool:
    """The issuer (signed, introduced, signing at the end, or named and speaking as 本院/本会/本处) tells the reader, a
    party, of a step in a case named as a case, in the register above, asking nothing: no private channel, no payment,
    no collector's word, and no finding but those a court's own words set off."""
    # a court named in the text speaks only with its own voice (本院, 承办法官): 已提交XX人民法院 is anyone's claim
    issuer = issuer_signed or bool(CLOSING.search(text)) or (issuer_named and bool(ISSUER_VOICE.search(text)))
    return (issuer and not claimant and not READER_CLAIMS.search(text)
            and bool(PARTY_ROLE.search(text) or PARTY_ROLE_MEDIATION.search(text))
            and bool(CASE_REGISTER.search(text))
            and bool(STEP.search(text)) and not NOT_ISSUER.search(without_assurances(text))
            and not (ARBITRATION.search(text) and "法院" not in text and COERCION.search(text))
            and finding_kinds <= TOLERATED and all(n.type in OWN_NUMBERS for n in numbers))


def notary(text: str, names: list[str]) -> bool:
    """A notary's notice (NOTARY) with no court, arbitration body or 12368 in it: checked with the notary."""
    return (bool(NOTARY.search(text)) and "12368" not in text
            and not any("法院" in n or "仲裁" in n for n in names))


# ---- lawful10's reading of the same notice (case_step) and whether the reader is a party at all (reader_is_party).
# An arbitration body's own step on the reader's case: the reader as 被申请人 (the respondent) and the case accepted,
# served or set for a hearing (您作为被申请人的借款合同纠纷案件已受理, 仲裁通知已送达). Counted only beside a named
# arbitration body (legal_names.court_names: not XX仲裁委, not 当地仲裁机构).
# scam17: also the reader named after the role (申请人某公司与被申请人您的借款合同纠纷，本会已受理).
# legal37: also the case named by its two parties, the reader second (关于申请人度小满与被申请人吴**借款合同纠纷一案，定于…开庭;
# 申请人与被申请人借款合同纠纷一案，仲裁庭已组成; 申请人某公司与您的借款合同纠纷案，仲裁庭定于…书面审理), then the body's step.
ARBITRATION_CASE = derived_cache.compile(r"(?:(你|您)[^,。!?;\n]{0,4}(作为|系|为|是)?[^,。!?;\n]{0,2}被申请人|被申请人(你|您)(?!们))[^。!?\n]{0,30}"
                              r"(受理|立案|送达|组庭|开庭|答辩|仲裁通知|应裁)"
                              r"|申请人[^,。!?;\n]{0,30}与(?:被申请人|你|您)[^,。!?;\n]{0,16}纠纷[^,。!?;\n]{0,3}案[^。!?\n]{0,24}"
                              r"(受理|立案|送达|组庭|仲裁庭已组成|开庭|审理|答辩|裁决)")
# lawful10 (tests/data/probes/UNSEAL_lawful10.md, cause A): a named court or arbitration body telling a party of a
# step in its own case (你与XX公司借款纠纷一案已于…开庭, 原告XX诉你…定于…开庭, 您参与的…上诉案件合议庭决定不开庭审理,
# 本院已依法冻结你名下…存款，如有异议…): the reader is a party, the step is the body's own. Counted only with the
# body's full name, no number or link to contact and nothing a creditor or collector would say (CASE_STEP_BLOCK).
# lawful8 (UNSEAL_lawful8.md, cause I): also the reader named second (申请人XX公司与您之间的借款合同纠纷).
CASE_PARTY = derived_cache.compile(r"(你|您)(?!们)(与|和|诉)[^。!?\n]{1,40}(纠纷|一案|案)|(诉|与|和)(你|您)(?!们)[^。!?\n]{0,20}(纠纷|一案|案)"
                        r"|(你|您)(?!们)(的|参与的|所涉)[^。!?\n]{0,30}(案件|一案|上诉案)"
                        r"|[(〔\[](?:19|20)\d{2}[)〕\]][^。!?\n]{1,20}号"
                        r"|(\A|】)(被执行人|被告|被申请人|原告|申请人|当事人)[^,。!?;\n:]{0,6}[:,]"
                        # scam18: the court's paper issued to the reader (已向你发出支付令, 向您送达了起诉状副本)
                        r"|(向|对)(你|您)(?!们)[^,。!?;\n]{0,2}(发出|送达|签发|作出)了?[^,。!?;\n]{0,8}(支付令|传票|通知书|裁定书?|判决书?|文书|副本)")
# scam17: a case closed or a measure lifted (执行完毕, 终结本次执行, 准许撤诉, 已组庭…) is a step too;
# lawful17: also the time for evidence (仲裁案已组庭…提交证据材料).
CASE_STEP = derived_cache.compile(r"开庭|判决|裁决|仲裁庭|合议庭|审理|送达|执行异议|组庭|仲裁员|执行完毕|执行终结|终结本次执行|撤诉|结案|举证|提交证据"
                       r"|本院[^,。!?;\n]{0,8}(冻结|查封|扣划|纳入|列入|作出|受理|立案)")
# scam17: a court's own 送达平台 / 诉讼服务平台 is no lender's platform.
CASE_STEP_BLOCK = derived_cache.compile(r"我司|本公司|我公司|(?<!送达)(?<!服务)(?<!仲裁)平台|催收|法务|逾期(?!不)|还款|欠款|账单|额度|立即|马上|尽快|转账|汇款"
                             r"|缴纳|加微信|联系|点击|下载|撤诉|撤案")
# lawful8 (UNSEAL_lawful8.md, cause I): the reader called to a case as a witness or a lay juror, not as a party
# (需您作为证人出庭作证; 您已被选任为人民陪审员): a genuine court notice, but not a legal notice about the reader's case.
# legal21: 证人 not as the tail of 保证人 (你作为保证人签署的…借款合同: the guarantor is a party, not a witness).
NON_PARTY = derived_cache.compile(r"(你|您)(?!们)[^,。!?;\n]{0,4}(作为|担任|是|被选任为|被选为)[^,。!?;\n]{0,4}((?<!保)证人|人民陪审员|陪审员)"
                       r"|出庭作证")
# scam18: a court's notice to the public (为方便群众…，当事人可通过…办理) that names no case and addresses no one: court
# service news, not a notice about the reader's case.
# legal19: also a court's service news (温馨提示：…假期暂停对外服务, 法治宣传, 开放日) to no one about no case.
PUBLIC_NOTICE = derived_cache.compile(r"群众|公众|市民|广大|社会各界|当事人(?:均?可|如需|如有)|温馨提示|对外服务|节假日|假期|放假|宣传|开放日|欢迎")
ADDRESSED = derived_cache.compile(r"你|您|阁下|台端")
# legal47: a court's or 12368's anti-fraud line sent on its own (【XX区人民法院】防骗提醒：本院不会通过短信发送“传票”链接…；
# 【12368】法院不会通过短信要求当事人向个人账户转账): the court denies what fakes ask, to no one, about no case. Read as
# PUBLIC_NOTICE: with no one addressed, no case number and no party named (CASE_PARTY, PARTY_ROLE) it is no notice
# about the reader's case.
OWN_REQUEST = derived_cache.compile(r"(?:你|您)(?!们)(?:报名|评价|反馈)的"
                                   r"|(?:你|您)(?!们)提交的[^,。!?;\n]{0,8}(?:评价|反馈|建议|立案申请|起诉材料)"
                                   r"|(?:原告|申请人|申请执行人)(?:为|是)(?:你|您)(?!们)")
COURT_DENIES = derived_cache.compile(r"(?:法院|本院|我院|12368)[^,。!?;\n]{0,4}(?:不会|从不|从未|绝不|不存在|一律不)")


def case_step(text: str, *, court_named: bool, issuer_signed: bool, plain: bool, claimant: bool, party_named: bool,
              numbers: tuple[NumberInfo, ...], links: tuple[LinkInfo, ...]) -> bool:
    """lawful10: a court or arbitration body named in full (`court_named`), or signing or introducing itself
    (`issuer_signed`) in a message with no threat, pressure or scam finding (`plain`) to a reader who is not the claimant,
    telling a party (`party_named`: CASE_PARTY) of a step in the case (CASE_STEP), with no number or link to contact and
    nothing a creditor or collector would say (CASE_STEP_BLOCK). own_step reads the same notice in legal19's register."""
    return bool((court_named or (issuer_signed and plain and not claimant))
                and not numbers and not links and party_named
                and CASE_STEP.search(text)
                and not CASE_STEP_BLOCK.search(without_assurances(text)))


# legal37: the blind writers of para/lawful 18…36 and blind51…55 label a court's summons of a witness in a numbered case
# (本院审理的（2026）…民初…号案件需您作为证人出庭作证) a legal notice (ten lines to one): it is the court's own notice to
# the reader about a real case, to be checked through 12368 like any other. A juror's selection stays a non-party.
JUROR = derived_cache.compile(r"陪审员")


def reader_is_party(text: str, case_numbers: bool) -> bool:
    """Not a juror, nor a witness outside a numbered case (NON_PARTY), and not a court's service news to the public that
    names no case and addresses no one (PUBLIC_NOTICE). case_numbers: a case number in the courts' format, masked or not."""
    non_party = bool(NON_PARTY.search(text)) and (JUROR.search(text) is not None or not case_numbers)
    # fa38: nor a news or legal-education item, or an anti-fraud bulletin (detectors/public_item.py: 【XX日报】, 普法,
    # 【反诈提醒】…法院不会要求转账，核实请拨12368) that names no case and addresses no one outside its quotes
    # (骗子常以“您已被起诉”为由: the scammer's words, not the reader)
    public_item = is_public_item(text) and not ADDRESSED.search(_QUOTED.sub("", text))
    # legal47: nor the court's or 12368's answer to the reader's own feedback or sign-up (您提交的诉讼服务评价已收到,
    # 您报名的“法院开放日”活动), or to a suit the reader filed (原告为您本人)
    if OWN_REQUEST.search(text) and not PARTY_ROLE.search(text):
        return False
    bulletin = (COURT_DENIES.search(text) is not None and not ADDRESSED.search(text)
                and not CASE_PARTY.search(text) and not PARTY_ROLE.search(text))
    return not non_party and not ((PUBLIC_NOTICE.search(text) and not ADDRESSED.search(text) or public_item or bulletin)
                                  and not case_numbers)
