"""The words and formats analyzer/detectors/legal.py reads a legal notice by: case numbers, issuers, service talk, offers to drop a case and their denials, scam markers."""
from __future__ import annotations

import re

from knowledge import derived_cache


# （2026）京0105民初12345号, (2025)沪74民终88号, 〔2026〕京仲案字第123号: year, court code, case type, serial.
# lawful8 (tests/data/probes/UNSEAL_lawful8.md, cause I): the Hong Kong Judiciary's form, a court's prefix, a serial and
# the year (HCA 1234/2024 High Court action, DCCJ District Court, SCTC Small Claims Tribunal, LBTC Labour Tribunal),
# folded to lower case.
# legal24: the same number as people paste or type it: spaces between its parts (（2025） 京 0105 民初 12345 号), 【】 for
# brackets, no 号 after a serial (when the court's code digits are there: （2025）京0105民初12345), no brackets at all
# (2025京0105民初12345号; not 2025年12月3号), and an arbitration commission's own form, its short name before the year
# (锡仲案字（2025）第789号, 京仲案字[2025]第12号).
CASE_NUMBER = derived_cache.compile(
    r"[(〔\[【]\s?(?:19|20)\d{2}\s?[)〕\]】]\s?[\u4e00-\u9fff]{1,2}\s?\d{0,6}\s?[\u4e00-\u9fff]{1,5}\s?第?\s?\d{1,7}\s?号"
    r"|[(〔\[【]\s?(?:19|20)\d{2}\s?[)〕\]】]\s?[\u4e00-\u9fff]{1,2}\s?\d{2,6}\s?[\u4e00-\u9fff]{1,5}\s?第?\s?\d{1,7}(?!\d)"
    r"|(?<![\da-z])(?:19|20)\d{2}(?!年)[\u4e00-\u9fff]{1,2}\d{2,6}[民刑行执赔破][\u4e00-\u9fff]{0,4}第?\d{1,7}号"
    r"|[\u4e00-\u9fff]{1,2}仲[\u4e00-\u9fff]{0,3}\s?[(〔\[【]\s?(?:19|20)\d{2}\s?[)〕\]】]\s?第?\s?\d{1,7}\s?号"
    r"|(?<![a-z])(?:hca|hcmp|hcb|dccj|dcmp|sctc|lbtc|cacv|facv)\s?\d{1,6}/(?:19|20)\d{2}(?!\d)"
    # scam17: a Taiwan court's form, the Minguo year (115年度北简字第1234号), folded to simplified characters.
    r"|(?<!\d)1[01]\d年度[\u4e00-\u9fff]{1,4}字第\d{1,7}号")
# legal21: a case number whose serial alone is masked (pasted or redacted), its year, court code and type intact.
MASKED_SERIAL = derived_cache.compile(r"[(〔\[]\s?(?:19|20)\d{2}\s?[)〕\]]\s?[\u4e00-\u9fff]{1,2}\d{2,6}[\u4e00-\u9fff]{1,5}第?\d{0,6}[*×x]{1,8}\d{0,4}号")
# legal47: ... or one whose court is masked (（2026）X0105民初5678号, (2025)XX02民初112号, （2026）X仲字第1021号, (2024)X民初889号,
# （2026）X01执恢211号, HK's DCCJ ****/2026): the year, the case type (民初, 执恢, 执保, 诉前调, 仲字, 劳仲字) and the serial
# are still the courts' own format, the way a reader or a writer redacts a real notice before pasting it. Read as a
# case number the reader checks with their own copy through 12368, like MASKED_SERIAL; a scam marker still wins.
MASKED_COURT = derived_cache.compile(
    r"[(〔\[【]\s?(?:19|20)\d{2}\s?[)〕\]】]\s?[x*×]{1,3}\s?[\dx*×]{0,6}\s?"
    r"(?:民|执|刑|行|赔|破|诉前|诉调|[\u4e00-\u9fff]{0,2}仲)[\u4e00-\u9fff]{0,4}\s?第?\s?[\dx*×]{1,7}\s?号"
    r"|(?<![a-z])(?:hca|hcmp|hcb|dccj|dcmp|sctc|lbtc|cacv|facv)\s?[\d*x×]{0,6}[*x×][\d*x×]{0,6}/(?:19|20)\d{2}(?!\d)")
# legal19: a notary's enforcement certificate (its one step in a debt case) and Hong Kong's tribunals (审裁处).
SOURCE = derived_cache.compile(r"法院|法庭|仲裁委|仲裁院|律师事务所|律所|律师|本院|承办法官|书记员|人民法院在线服务|court\.gov\.cn"
                    r"|执行证书|审裁处")
# scam18: 一案 and 出庭 name a case too (就…纠纷一案，本所律师将代理出庭).
LEGAL_TALK = derived_cache.compile(r"案号|案件|一案|受理|起诉|诉讼|传票|开庭|出庭|应诉|送达|文书|判决|裁定|仲裁|执行|律师函|立案|失信|冻结|支付令|函告"
                        r"|致函|庭审|举证|调解|court\.gov\.cn"
                        # legal19: seizure, hearings (听证; Taiwan's 言詞辯論, Hong Kong's 聆訊/提訊), 执行证书
                        r"|查封|扣划|听证|辩论|聆讯|提讯|到庭|执行证书"
                        # legal20: measures only a debtor gets, named alone (已被本院采取限制消费措施, 司法拘留, 限制出境)
                        r"|限制消费|限制高消费|限高令|司法拘留|限制出境"
                        # legal20: a lawyer's letter naming itself (发出此函, 收函后); counted only beside SOURCE
                        r"|本函|此函|收函"
                        # legal21: a lawyer's demand letter by its kind (催告函, 律师告知函); counted only beside SOURCE
                        r"|催告函|告知函"
                        # legal47: an enforcement case closed for now (终本), a consumption ban by its short name (限消令),
                        # a judicial auction of the reader's property (司法拍卖)
                        r"|终本|限消|司法拍卖")
# A court signing the SMS as 【XX人民法院】 or by its usual short name 【深圳中院】, 【XX法院】.
COURT_SIGNATURE = derived_cache.compile(r"法院|中院|高院|法庭|仲裁|审裁处")
# What a genuine court SMS is about: serving papers, hearings, evidence, enforcement, mediation.
# scam17: an arbitration body's steps (组庭, 答辩, 裁决, 仲裁通知) are its service talk too.
SERVICE_TALK = derived_cache.compile(r"送达|文书|传票|开庭|庭审|应诉|举证|判决书|裁定书|调解书|执行|立案|受理|调解|查收|查阅|组庭|答辩|裁决|仲裁通知|支付令"
                          r"|查封|冻结|扣划|听证|辩论|聆讯|提讯|执行证书"  # legal19
                          # legal47: a case closed by the issuer (撤案决定, 撤回仲裁申请, 准许撤诉, 终结本次执行, 结案)
                          r"|撤案决定|撤回(?:仲裁|起诉)?申请|准许撤诉|终结本次执行|终本|结案|限消|司法拍卖")
# A named people's court as the actor of its own act (…人民法院公布为失信被执行人, …人民法院依法决定):
# the court speaks in its own voice.
# Also the short name courts sign with (汕头法院, 灌云县法院: see legal_names.SHORT_COURT).
# A court that opens the message in its own voice (…人民法院提醒您：您拨打的用户已被我院纳入/已被列入失信被执行人) is the
# actor too: the ringback a listed debtor's callers hear names the court first and the act after (我院, or no agent).
# ... or a document the court issues under its own name (永福县人民法院强制执行风险提示书, 诉讼风险告知书).
# scam17: ... or a dated act of its own (本院已于12月1日发出支付令, 本院已于…签发).
COURT_ACT = derived_cache.compile(r"(?:法院|中院|我院|本院)(?:已|已经|依法|正式)?(?:公布|决定|作出|发布|认定|纳入|列入|列为|悬赏|通知)"
                       r"|(?:我院|本院)(?:已|已经)?(?:依法)?于[^,。!?;\n]{1,10}(?:发出|签发|作出|送达)"
                       r"|(?:法院|中院)(?:提醒|告知|通知)(?:您|你)[^。!?\n]{0,24}已(?:经)?被(?:我院|本院)?(?:依法)?(?:纳入|列入|列为|公布为)失信"
                       r"|(?:法院|中院)[\u4e00-\u9fff]{0,8}(?:风险提示书|风险告知书|告知书|须知)")
# A court's act told by a lender or collector (COLLECTOR_VOICE, legal_voice.py) is that party's claim, not the court
# speaking.
# Court staff named as the contact (承办法官, 书记员): part of the 12368 notice format.
COURT_STAFF = derived_cache.compile(r"承办法官|书记员|审判员|法官助理|承办人")
# A hearing set for a given day in a named courtroom: 定于6月3日9时在第十法庭.
HEARING = derived_cache.compile(r"(定于|于)[^,。!?;\n]{0,10}(\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[^。!?;\n]{0,14}(在|到)[^,。!?;\n]{0,8}"
                     r"(第[\d一二三四五六七八九十]+(法庭|审判庭)|审判庭|法庭)")
# The Supreme People's Court's own service platform, named in the text.
# scam18: and the courts' other named platforms (浙江移动微法院, 全国法院统一送达平台, 人民法院调解平台, 北京法院电子诉讼平台,
# 中国执行信息公开网, 中国裁判文书网, 人民法院诉讼服务网): a reader can find each without the message's link.
OFFICIAL_PLATFORM = derived_cache.compile(r"人民法院在线服务|人民法院送达平台|诉讼服务平台|移动微法院|法院统一送达平台|人民法院调解平台"
                               r"|法院电子诉讼平台|中国执行信息公开网|中国裁判文书网|诉讼服务网")
# 撤诉 as court procedure (按撤诉处理 for an unpaid filing fee, 原告申请撤诉, 准许撤诉) is no offer to drop a case.
OFFER_TO_DROP = derived_cache.compile(r"撤案|(?<!按)(?<!视为)(?<!申请)(?<!准许)(?<!自动)(?<!原告)撤诉|销案|私了|庭外和解|解除(冻结|执行|限高|失信|强制)|撤销(案件|立案|执行|起诉)|保证金|解冻金|解冻费")
# legal47: the issuer's own act already done (本院已解除对你名下账户的冻结, 本会已作出撤案决定, 申请人已撤回仲裁申请,
# 撤诉申请本院已裁定准许) or the law's own condition for it (解除冻结需履行生效法律文书确定的全部义务; 被执行人履行义务后，本院将
# 依法解除冻结措施) offers nothing for money: it is left out before OFFER_TO_DROP is read. An offer for a fee (缴纳解冻费即可
# 解除冻结, 交保证金撤案) is still read: 解冻费 and 保证金 are not in these clauses.
COURT_LIFTED = derived_cache.compile(
    r"(?:已经?|依法)(?:裁定|决定|作出)?(?:解除|撤销)(?:对)?(?:你|您)?[^,。!?;\n]{0,10}(?:冻结|查封|限制消费|限高|失信|强制措施)(?:措施)?"
    r"|(?:已经?|依法)作出撤案决定|撤案决定书?|已经?撤回[^,。!?;\n]{0,4}(?:仲裁|起诉)?申请"
    r"|撤诉申请[^,。!?;\n]{0,6}(?:准许|准予)"
    r"|解除[^,。!?;\n]{0,6}(?:需|须|应)(?:当)?(?:全部)?履行[^,。!?;\n]{0,6}(?:生效|法律文书|判决|裁定|义务)"
    r"|履行[^,。!?;\n]{0,10}(?:义务|完毕)[^,。!?;\n]{0,4}后,?[^,。!?;\n]{0,10}解除[^,。!?;\n]{0,4}(?:冻结|查封|限制消费|限高|措施)"
    # ... and the paperwork of a lift already ordered (解除冻结手续已通知相关银行办理)
    r"|解除(?:冻结|查封|限制消费|限高)的?(?:手续|通知书?|裁定书?)已")
# legal24: a court's own anti-fraud line names the scammer's offers only to deny them (本院不会要求缴纳保证金或解冻费,
# 法院不会通过短信要求撤案、私了, 请勿相信任何声称可花钱解除冻结的信息): the clause from the denial to the offer, with the
# rest of that clause (撤案、私了或…), is left out before OFFER_TO_DROP is read. A clause that hurries the reader on
# (不要拖延缴纳保证金) is an ask, not a denial; an offer in the next clause (法院不会主动联系，如需撤案请缴纳保证金) still counts.
# (如接到自称法官要求转账撤诉的电话 names a fake's offer as a case to watch for, the same way.)
DENIAL_LEAD = (r"(?:不会|不得|不可能|切勿|请勿|勿信|不要|谨防|警惕|提防|从不|绝不|一律不|不存在|无需|无须"
               r"|(?:如|若|如果|一旦|如有|倘若)(?:收到|接到|遇到|遇)[^,。!?;\n]{0,6}(?:自称|冒充|假冒|谎称))")
HURRY_ON = derived_cache.compile(r"拖延|犹豫|错过|耽误|延误|立即|马上|尽快|今天|今日|请将|请于|转入|转至|汇入")


def _denied(ask: str) -> re.Pattern[str]:
    """A clause from a denial (DENIAL_LEAD) to `ask` and on to the clause's end."""
    return derived_cache.compile(DENIAL_LEAD + r"[^,。!?;\n]{0,24}?(?:" + ask + r")[^,。!?;\n]{0,20}")


def _denials_out(text: str, denied: re.Pattern[str]) -> str:
    return denied.sub(lambda m: m.group(0) if HURRY_ON.search(m.group(0)) else " ", text)


DENIED_OFFER = _denied(OFFER_TO_DROP.pattern)


# legal21: a menu of replies (回复1确认签收，回复2申请延期): courts serve papers through their platforms and 12368, and
# no court SMS asks the reader to answer with a digit; the reply is how a fake learns the number is live.
REPLY_MENU = derived_cache.compile(r"回复\s?\d(?!\d)")
# legal21: an app to download or install (下载“法院通”APP, 安装客户端): courts serve through 人民法院在线服务 and their named
# platforms (OFFICIAL_PLATFORM), which the reader finds without the message; an app named by the message is a scammer's.
APP_DOWNLOAD = derived_cache.compile(r"(?:下载|安装)[^,。!?;\n]{0,12}(?:app|客户端|软件|apk)")
# legal24: ... and not one a court names to deny it (本院不会要求您下载任何APP).
DENIED_APP = _denied(APP_DOWNLOAD.pattern)
# Findings that make a message more than a plain service notice (a threat, pressure or a scam sign).
NOT_PLAIN = frozenset({"scam", "unlawful_threat", "pressure"})
SCAM_KINDS = frozenset({"personal_account_payment", "verification_code_request", "app_download",
                        "credit_repair_scam", "debt_relief_service", "account_cancellation_scam",
                        "fraud_lure"})
PERSONAL = frozenset({"mobile", "virtual_operator_mobile", "foreign"})
# A lawyer's licence number (律师执业证号): 17 digits. With the firm's full name it is what a real lawyer's letter carries
# and what a reader can check; a masked or missing number proves nothing.
LAWYER_LICENCE = derived_cache.compile(r"执业证(?:号|书号|编号|号码)?[:：]?\s?\d{17}(?!\d)")
