"""What a lender's name does in its sentence: the sender speaking, the creditor claimed
(您在X的借款, 受X委托), an account to pay into or a payment channel (转入X账户, 冻结你的支付宝,
通过支付宝还款), or a plain mention. The lender detector weighs names by these roles."""
from __future__ import annotations

import re

from knowledge import derived_cache


# The words around a name that give it its role, shared with analyzer/case/lenders.py (which reads
# the raw text of a saved case and adds a few words of its own): one list, two readers.
# Money sent to the name: 转入X, 还到X.
TRANSFER_TO = "转入|转账至|转账到|转账给|转至|转到|存入|汇入|汇到|汇至|打入|打到|还款至|还款到|还到|缴存|补足"
# An account of the name: X账户, X账号.
ACCOUNT = "账户|账号|帐户"
# The name claimed by the reader's own debt: 您在X的借款, 受X委托, 您的X账单.
CLAIM_LEAD = "您在|你在|您于|你于|受|代表|尊敬的|您的|你的|您持有的|你持有的"
# A debt of the name: X的借款, X账单, X已逾期.
DEBT_AFTER = "借款|贷款|欠款|账单|分期|额度|合同|债务|逾期|待还|应还|还款日"
# The name as the platform or the party that collects: X平台, X用户, X委托, X催收.
CLAIM_TAIL = "平台|app|用户|客户|会员|委托|催收|贷后|法务|已逾期|逾期"

# A bank named as the account to pay into (转入招商银行卡, 开户行：工商银行, 补足招商银行3683卡余额) is not
# thereby the creditor, nor is a payment app named as the way to pay or the account to be frozen
# (通过支付宝转账, 冻结支付宝以及银行账户): such a mention is weak evidence, kept apart as "payee_account".
PAYEE_BEFORE = derived_cache.compile(rf"({TRANSFER_TO}|"
                          r"收款|开户行|开户银行|户名|账户|卡号|(?:冻结|查封|扣划|划扣|绑定|关联)(?:你|您|其|借款人)?(?:的|名下的?)?)[:：]?\s?$")
PAYEE_AFTER = derived_cache.compile(rf"^\s?(\d{{3,4}}|{ACCOUNT})")
# fix57: the writer's own card as the place to send money (转我那个建行卡, 打到我工行卡上, 还到我的农行卡): the bank
# holds the writer's account; the writer asking for the money is the creditor, not the bank. Only with 我 right before the
# name and 卡 right after it (建行信用卡本期账单, 您尾号…的建行卡 keep the bank).
WRITER_CARD_BEFORE = derived_cache.compile(
    r"(?:转|打|汇|存|付|还)(?:钱|款|账)?(?:给|到|进|入|至)?(?:我|本人)(?:的)?(?:那个|这个|那张|这张|常用的?)?$")
WRITER_CARD_AFTER = derived_cache.compile(r"(?:的)?(?:储蓄|借记)?卡(?!号[:：]?\s?$)")
# …or the account written out after the name: 支付宝<jiumiaodai@163.com 刘*>, 支付宝：abc@163.com (round 12 H)
ACCOUNT_WRITTEN = derived_cache.compile(r"[<《(:]?\s?[a-z0-9._-]{2,40}@")
CHANNEL = derived_cache.compile(r"(?:以及|及|和|或|、)?(?:银行)?(?:账户|账号|转账|付款|支付|扫码|收款码|红包)")
# 中行/工行/交行 inside 集中行动, 施工行为, 外交行动: the 行 starts another word.
NOT_BANK_AFTER = derived_cache.compile(r"动|业|驶|程|走|径|使|李|为(?!您|你|广大|客户|用户)")


# A bank's brand prefix heads the names of its group's other firms, each with its own licence and domain: 工银瑞信 (funds),
# 工银亚洲, 中银香港 (banks of their own), 中银国际 (securities), 交银施罗德. Such a name is not the bank.
GROUP_FIRM_AFTER = derived_cache.compile(r"香港|澳门|亚洲|国际|证券|基金|保险|人寿|安盛|理财|租赁|瑞信|施罗德|康联|金融资产|资产|投资|航空|"
                              r"富登|集团|信托|期货|标准|控股|金融科技|科技|汇理|村镇|富滇|欧洲|阿根廷|俄罗斯|泰国|印尼")


def inside_other_word(f: str, surface: str, end: int) -> bool:
    """A two-character bank short form that is part of other words: 中行 in 集中行动; (round 19, the brand prefixes
    工银/中银/交银) 工银 in 员工银行卡, 中银 in 其中银行卡, 交银 in 提交银行卡 (X银 before 行 is never the prefix,
    whose brand goes on as 工银信用卡, 中銀信用卡, 交银e办), and the prefix of a group firm (工银瑞信, 中银香港)."""
    if surface.endswith("支付") and f.startswith("宝", end):
        return True  # lender22: 微信支付宝已被冻结 names 微信 and 支付宝, not 微信支付
    if len(surface) != 2:
        return False
    if surface == "分付":
        # lender22: 分付 (微信分付) inside 部分付款, 充分付出, 分付款 is no product name.
        return f[end - 3:end - 2] in ("部", "充", "十", "成") or f[end:end + 1] in ("款", "费", "出")
    if surface[1] == "行":
        return NOT_BANK_AFTER.match(f, end) is not None
    if surface[1] != "银":
        return False
    if f.startswith("行", end) or GROUP_FIRM_AFTER.match(f, end) is not None:
        return True
    # A message that names the group firm once (通过工银瑞信官网购买工银货币基金) speaks of that firm's products
    # with the bare prefix too: no 工银 in it is the bank.
    return any(GROUP_FIRM_AFTER.match(f, m.end()) for m in re.finditer(surface, f))


# A name opening the message with a notice word speaks as its sender.
# lender22: a product desk between them (国开行助学贷款提醒您), a greeting before it (您好，国开行提醒您).
SENDER_HEADER = derived_cache.compile(r"(?:(?:国家|生源地)?助学贷款|信用卡中心|中心)?(?:提醒您|通知您|温馨提示|友情提示|提醒|通知|提示)")
_GREETING_ONLY = derived_cache.compile(r"\W*(?:(?:您好|你好|喂|哈喽|hello|hi)\W*)?")
# A payment app or account said to be (or to be about to be) frozen, in the passive: 微信支付宝已于今日被冻结,
# 银行卡、微信、支付宝已被风控冻结, 支付宝将被限制使用. The name is the reader's account under threat, not the creditor
# (round 18; the active 冻结你的支付宝 is PAYEE_BEFORE).
FROZEN_AFTER = derived_cache.compile(r"(?:[、,和及与]?(?:微信|银行卡|云闪付|财付通|账户|账号)){0,3}[^,。!?;\n]{0,10}?"
                          r"(?:被|遭)[^,。!?;\n]{0,4}?(?:冻结|查封|封停|封禁|停用|限制|锁定)")
# The way to pay: 通过支付宝或微信还款, 用云闪付转账.
CHANNEL_BEFORE = derived_cache.compile(r"(?:通过|使用|用|经)\s?$")
CHANNEL_USE = derived_cache.compile(r"(?:(?:或|和|及|、)[\u4e00-\u9fff]{1,4}?)?(?:app)?(?:主动|直接)?(?:还款|转账|付款|支付|扫码|缴费|充值)")
# A name claimed as creditor or as the reader's account: 您在X的借款, 受X委托, X用户, 登录X App.
# 欠/拖欠/欠下X的钱 (round 19): the debt is owed to X (registry names only here; a person's name is read nowhere).
OWED_TO = "欠了|欠下|拖欠|所欠|欠"
CLAIM_BEFORE = derived_cache.compile(rf"(?:{CLAIM_LEAD}|{OWED_TO}|登录|登陆|打开|下载)\s?$")
CLAIM_AFTER = derived_cache.compile(rf"\s?(?:的?(?:{DEBT_AFTER})|{CLAIM_TAIL}|客户端|小程序|提醒您|通知您|温馨提示)")
# The stronger claim: the debt is owed to this name (not merely an app to open).
CREDITOR_BEFORE = derived_cache.compile(rf"(?:您在|你在|您于|你于|受|代表|您的|你的|您持有的|你持有的|{OWED_TO})\s?$")
CREDITOR_AFTER = derived_cache.compile(r"\s?(?:的?(?:借款|贷款|欠款|账单|分期|合同|债务|待还|应还)|委托|已?逾期)")


# Round 19 (lender19): three more roles, each a way a name is used in a sentence, from no one message.
# The speaker naming who they speak for: 这边是度小满的, 这里是美团借钱贷后部门, 我是安逸花的客服, 我们是京东金条的催收.
SELF_INTRO_BEFORE = derived_cache.compile(r"(?:这边是|这里是|我这边是|我这里是|我们这边是|我们这里是|我们是|我是|我司是|本司是|本人是)\s?$")
# The app a person is told to open and scan with is how to pay, not the creditor: 打开支付宝扫我发你的二维码,
# 用微信扫一扫, 支付宝扫码还款 (the claim 打开X would otherwise make it the creditor).
# The platform the reader applied through (您通过分期乐申请的借款, 你通过X app借的钱) is the one their debt is with, even
# when the text also names the funder (该笔借款由湖北消费金融发放): not the way to pay (通过支付宝还款 stays a channel).
THROUGH_BEFORE = derived_cache.compile(r"(?:您|你)(?:是|之前|此前|曾)?通过\s?$")
THROUGH_AFTER = derived_cache.compile(r"\s?(?:平台|app|客户端)?(?:申请|借的|借款|贷款|办理|借了)")
SCAN_AFTER = derived_cache.compile(r"\s?(?:app)?(?:扫一扫|扫码|扫描|扫我|扫这个|扫下面|扫以下|扫二维码|扫)")
# A name in a list of names (招联、安逸花、借呗等网贷; 花呗/借呗/白条等) is one of many mentioned, say by a debt-relief
# agency or an anti-fraud notice, not the sender or the creditor: three or more names, or two closed by 等. Read on the
# text as received: folding drops the 、 between two Chinese characters.
LIST_MARK = "、/／"
CLAUSE_END = ",，。!！?？;；:：\n"
LIST_END = derived_cache.compile(rf"[^{CLAUSE_END}]{{0,24}}?等")


# A name said to be impersonated (不法分子冒充京东金融客服, 假冒招联金融的短信) is someone else's lure being warned of, not the
# sender: a firm warning of its own impersonators signs its own name as well (【招联金融】谨防冒充招联金融…).
IMPERSONATED_BEFORE = derived_cache.compile(r"(?:冒充|假冒|仿冒|假扮|冒用|伪装成|伪装为|冒名)(?:成|为|是)?(?:所谓的?)?\s?$")


def impersonated(f: str, start: int) -> bool:
    """The name at folded f[start:] is what someone is said to impersonate (round 19)."""
    return IMPERSONATED_BEFORE.search(f, max(0, start - 6), start) is not None


# A name the speaker disowns (lender22): 我们不是支付宝官方, 本机构与京东金融无任何关系 tell who the sender is not; a
# debt-relief agent or a collector says so of the brand the reader knows. The creditor, where the text has one, is
# another word (你的借呗已经逾期了).
DISOWNED_BEFORE = derived_cache.compile(r"(?:我们|我司|本公司|本机构|本平台|我方|我们公司|我们这边|我们这里)(?:并|也|都)?"
                             r"(?:不是|并非|非|不属于|不代表)\s?$")
DISOWN_WITH_BEFORE = derived_cache.compile(r"(?:与|和|跟|同)\s?$")
DISOWN_WITH_AFTER = derived_cache.compile(r"(?:官方|平台|公司)?(?:并|均|都)?(?:无关|无任何关系|没有任何关系|没有关系|毫无关系|无任何关联|没有任何关联|"
                               r"无关联|并无关联|不存在任何关系|无隶属关系|无任何合作|没有合作关系)")


def disowned(f: str, start: int, end: int) -> bool:
    """The name at folded f[start:end] is one the speaker says it is not, or has nothing to do with."""
    return DISOWNED_BEFORE.search(f, max(0, start - 10), start) is not None or (
        DISOWN_WITH_BEFORE.search(f, max(0, start - 2), start) is not None and DISOWN_WITH_AFTER.match(f, end) is not None)


def listed(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] (original offsets) is one of a list."""
    before, after = text[start - 1:start], text[end:end + 1]
    if not (before and before in LIST_MARK) and not (after and after in LIST_MARK):
        return False
    clause_start = max(text.rfind(p, 0, start) for p in CLAUSE_END) + 1
    clause_end = min((i for i in (text.find(p, end) for p in CLAUSE_END) if i >= 0), default=len(text))
    marks = sum(text.count(m, clause_start, clause_end) for m in LIST_MARK)
    return marks >= 2 or LIST_END.match(text, end) is not None


def is_creditor(f: str, start: int, end: int) -> bool:
    """The debt is said to be owed to the name at f[start:end] (您在X的借款, 受X委托, X已逾期)."""
    return bool(CREDITOR_BEFORE.search(f, max(0, start - 8), start) or CREDITOR_AFTER.match(f, end))


def role(f: str, start: int, end: int, claimed: bool) -> str:
    """What a name does in the sentence: sender, claimed creditor, payee or channel, or plain mention."""
    if SENDER_HEADER.match(f, end) and _GREETING_ONLY.fullmatch(f, 0, start):
        return "sender"  # 宁波银行提醒您：… opens the message the way a signature does
    if PAYEE_BEFORE.search(f, max(0, start - 8), start) or SCAN_AFTER.match(f, end):
        return "payee"
    if WRITER_CARD_AFTER.match(f, end) and WRITER_CARD_BEFORE.search(f, max(0, start - 10), start):
        return "payee"  # fix57
    if SELF_INTRO_BEFORE.search(f, max(0, start - 6), start):
        return "sender"
    if THROUGH_BEFORE.search(f, max(0, start - 6), start) and THROUGH_AFTER.match(f, end):
        return "claim"
    if claimed or CLAIM_BEFORE.search(f, max(0, start - 8), start) or CLAIM_AFTER.match(f, end):
        return "claim"
    if PAYEE_AFTER.match(f[end:end + 6]) or CHANNEL.match(f, end) or ACCOUNT_WRITTEN.match(f, end) \
            or FROZEN_AFTER.match(f, end):
        return "payee"
    if CHANNEL_BEFORE.search(f, max(0, start - 3), start) and CHANNEL_USE.match(f, end):
        return "payee"
    return "mention"
