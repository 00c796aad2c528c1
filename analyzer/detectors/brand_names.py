"""Institution names the registry does not know, read from the words themselves.

Three shapes name a brand: a 【signature】, a claimed creditor or account holder
(您在X平台的借款, 您X的订单, 尊敬的X用户, 受X委托, 登录X App) and a name built like an
institution (潍坊银行, 和平农商银行, 某某消费金融). Each yields a name and its span in the
folded text; the lender detector weighs them against registry names. A name
that reads like a piece of a sentence (本月, 名下, 再不还钱就) is no name
(analyzer/detectors/brand_words.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from analyzer.detectors.brand_words import LOAN_KIND, generic_prefix, is_name
from analyzer.detectors.brand_words import signature_name  # noqa: F401 - lender.py reads it as brand_names.signature_name
from analyzer.firstchar import literal_first
from analyzer.lazy_pattern import LazyPattern
from knowledge import derived_cache

_OPEN, _CLOSE = r"[{「『“\"《(\[【]?", r"[}」』”\"》)\]】]?"


def _cjk_class_without(chars: str) -> str:
    """A character class of CJK ideographs, Latin letters and digits, minus some characters
    (one class scans faster than a lookahead per character)."""
    ranges, start = [], 0x4E00
    for cp in sorted({ord(c) for c in chars}):
        if start <= cp - 1:
            ranges.append(f"\\u{start:04x}-\\u{cp - 1:04x}")
        start = cp + 1
    ranges.append(f"\\u{start:04x}-\\u9fff")
    return "[" + "".join(ranges) + "a-z0-9]"


# A name never holds a conjunction or particle: 登录网站或打开仁仁分期App names 仁仁分期, not 网站或打开仁仁分期.
_NAME = "(" + _cjk_class_without("或和及与的在您你请并") + "{2,10}?)"
# A claimed creditor or account holder. Groups 1-4 and 18 are strong shapes (they name a brand in
# any message); 5-17 only count in a message about a debt.
_CLAIM_BRANCHES = (
    rf"(?:您在|你在|您于|你于|用户在){_OPEN}{_NAME}{_CLOSE}(?:平台|app|客户端|小程序|的(?:贷款|借款|欠款|账户|分期|订单|账单)|"
    rf"(?:申请|办理)的?(?:贷款|借款|分期)|(?:本期|当期|本月)?(?:借款|贷款|分期)|"
    # 您在X购买的商品 (round 19): the shop a refund scam speaks for (拼多多, 淘宝, 抖音商城).
    rf"购买|下单|购物|网购|买的)",
    rf"(?:尊敬的|尊贵的|亲爱的){_OPEN}{_NAME}{_CLOSE}(?:用户|客户|会员|使用者|借款人|持卡人)",
    rf"(?:登录|登陆|登入|打开|下载|进入|前往){_OPEN}{_NAME}{_CLOSE}(?:app|客户端|小程序|平台|官网|查看|还款|处理|使用)",
    rf"^\W{{0,2}}{_NAME}(?:中心)?(?:通知您|提醒您|温馨提示|友情提示)",
    rf"(?:您|你)的{_OPEN}{_NAME}{_CLOSE}(?:本期|当期|本月)?(?:账户|账号|额度|借款|贷款|欠款|订单|账单|积分|卡(?![号片])|分期(?=第|\(|本期|应还|已|因|未|账单)|(?=(?:%[sd]|\d{{1,2}})月账单))",
    rf"(?:您|你){_OPEN}{_NAME}{_CLOSE}的(?:账户|账号|额度|借款|贷款|欠款|订单|账单)",
    rf"^\W{{0,2}}{_NAME}(?:中心)?(?:通知|提醒)",
    rf"(?:公众号|公共号)[:：]?(?!菜单|首页|消息){_OPEN}{_NAME}{_CLOSE}(?=[^\u4e00-\u9fffa-z0-9]|$|(?:查看|还款|进行|办理|搜索|了解|咨询|获取|下载|处理))",
    rf"受{_OPEN}{_NAME}{_CLOSE}的?委托",
    rf"(?:这里是|我们是|我们这边是|我们这里是|我方是|我司是){_OPEN}{_NAME}{_CLOSE}(?:贷后|催收|法务|客服|风控|官方|平台|公司|总部|的工作人员)",
    rf"在(?!线){_OPEN}{_NAME}{_CLOSE}(?:平台|app|的(?:借款|贷款|欠款))",  # not 人民法院在线服务平台 (round 19)
    # 12-17, only in a message about a debt (unless the name reads like a lending brand):
    # 在X上借了 / 在X里借的; 您在X办理的个人消费贷款; 我这里X的 (the collector speaks for X);
    # 关注“X”公众号; 您的X，存在欠款; 收到X打款.
    rf"在{_OPEN}{_NAME}{_CLOSE}(?:上|里)(?:借|贷|欠|分期)",
    rf"(?:您|你)在{_OPEN}{_NAME}{_CLOSE}(?:申请|办理)的?[\u4e00-\u9fff]{{1,4}}?(?:贷款|借款|分期)",
    rf"我这里是?{_OPEN}{_NAME}{_CLOSE}的",
    rf"关注(?!微信(?:公众号|公共号|服务号)){_OPEN}{_NAME}{_CLOSE}(?:微信)?(?:公众号|公共号|服务号)",
    rf"(?:您|你)的{_OPEN}{_NAME}{_CLOSE},(?:存在|产生|已经?逾期|逾期)",
    rf"收到{_OPEN}{_NAME}{_CLOSE}的?(?:打款|放款|借款)",
    # 18, a card notice opening with the issuer: 永丰贵宾您好, 永丰信用卡末四码.
    rf"^\W{{0,2}}{_NAME}(?:贵宾|信用卡(?:末|尾))",
    # 19, a lending brand opening the message and addressing the reader: 借贷宝您的审核已通过.
    rf"^\W{{0,2}}{_NAME}(?=您的|你的|您好|你好)",
    # 20-23 (round 11: lenders' own templates and call bots), counted only when the name reads like a
    # lending brand or the message is about a debt: 您向X借款; X提醒您 after the first sentence;
    # 通过“X”官方微信; a call bot's 这里是X, (翼龙贷's bot says 您好这里是翼龙贷，XXX先生).
    rf"(?:您|你)向{_OPEN}{_NAME}{_CLOSE}(?:借款|借的|申请的?借款)",
    rf"(?<=[。!?;]){_OPEN}{_NAME}{_CLOSE}(?:提醒您|提醒你|温馨提示)",
    rf"通过[“\"「『]{_NAME}[”\"」』]官方(?:微信|公众号|app)",
    rf"(?:这里是|我这里是|我们这边是|我们这里是){_OPEN}{_NAME}{_CLOSE}(?=,)",
    # 24-26 (round 12 H, UNSEAL_r12a.md cause F: lenders' templates and a call bot): 还清X的欠款 (the debt is owed to X);
    # X未授权任何个人或机构 (a lender disclaiming agents, after a sentence or a 温馨提示：); a company signing off at the
    # end with its hotline (…。蘑菇公寓400-800-4949). 24 and 25 count as the weak shapes do; 26 is a signature.
    rf"(?:还清|偿还|结清|归还|还上){_OPEN}{_NAME}{_CLOSE}的(?:欠款|借款|贷款|账单|欠账)",
    rf"(?<=[:。!?;]){_OPEN}{_NAME}{_CLOSE}(?:从)?(?:未|不会|从不|从未)(?:授权|委托)(?:任何|第三方)",
    rf"(?<=[。!?]){_NAME}(?=(?:400|800)-?\d{{3}}-?\d{{4}}\W{{0,2}}$)",
    # 27 (round 12 J/K/L, UNSEAL_r12b.md cause E): a lender's push naming its bill for the month: 您本月X账单,
    # 您本期在X的借款; counts as the weak shapes do.
    rf"(?:您|你)(?:本月|本期|当期|本次)在?{_OPEN}{_NAME}{_CLOSE}的?(?:账单|借款|贷款|应还)",
    # 28 (round 14, UNSEAL_r14.md cause J): a lender's notice with a date between the name and the amount: 您在X的{year}年
    # {month}月的月还款额; counts as the weak shapes do (only in a debt message or for a lending-brand name).
    rf"(?:您|你)在{_OPEN}{_NAME}{_CLOSE}的[^,。!?;\n]{{0,30}}?(?:月还款额|还款额|月供|应还金额|应还款额)",
    # 29 (round 19): the app the reader is told to repay or log in through: 请及时通过有米APP进行还款. Counts as the
    # header shapes do (an app to open), only in a debt message or for a lending-brand name.
    rf"通过{_OPEN}{_NAME}{_CLOSE}(?:app|客户端|小程序)",
    # 30 (round 19): the firm whose service desk the reader is sent to: 请咨询先花一亿元微信客服, 联系好运花官方客服.
    # Counts as the header shapes do (only in a debt message or for a lending-brand name).
    rf"(?:咨询|联系|致电|拨打|询问)(?!微信|qq){_OPEN}{_NAME}{_CLOSE}(?:官方|微信|在线|人工|电话)?(?:客服|服务热线|客服热线)",
    # 31 (round 19): a firm signing off at the very end without brackets or a hotline (…请尽快还款。榕树贷款, …——好运分期):
    # as 26, only a name built like a firm or a lending brand.
    rf"(?<=[。!?\n—-]){_NAME}\W{{0,2}}$",
    # 32 (lender22): an App push, 企业微信 or chat record opening with the brand, perhaps its desk or person, and a colon
    # (乐享分期：您的账单已逾期, 乐享分期-李专员：…, 乐享分期客服：…; the fold drops the dash). As 19, only a name built like
    # a lending brand (张三：, 妈妈： name none).
    rf"^\W{{0,2}}{_NAME}(?:贷后|客服|官方|催收)?(?:[\u4e00-\u9fff](?:专员|经理|主管|组长))?:",
)
# Compiled on first use (analyzer/lazy_pattern.py; Analyzer.warm() compiles it): claims() runs it only
# once _CLAIM_ANYWHERE or _CLAIM_AT_START has matched, and compiling both at import cost a cold start 40 ms.
CLAIM_FRAMES = LazyPattern("|".join(_CLAIM_BRANCHES))
# Whether CLAIM_FRAMES matches anywhere, answered faster (most messages claim nothing): a branch anchored
# with ^ can only match at 0, the others are rewritten by literal_first so that re skips ahead to their
# first characters. CLAIM_FRAMES as written tries every position (its ^ branches open with \W{0,2}),
# 4-9 µs a message; its groups, which claims() reads, are only needed once it matches.
# speed20b: the ^ branches all open with the same \W{0,2} and name, written once with their tails as one alternation
# (the same answer to whether one matches at 0; the name's lazy repeat is tried once instead of once a branch).
_START_HEAD = r"^\W{0,2}" + _NAME
_CLAIM_AT_START = derived_cache.compile(_START_HEAD[1:] + "(?:" + "|".join(
    b[len(_START_HEAD):] for b in _CLAIM_BRANCHES if b.startswith("^")) + ")")
if any(b.startswith("^") and not b.startswith(_START_HEAD) for b in _CLAIM_BRANCHES):
    raise AssertionError("a ^ branch of _CLAIM_BRANCHES opens otherwise: write _CLAIM_AT_START as their alternation")
# speed28: every match of _CLAIM_AT_START holds one of _AT_START_CHARS within the text's first _AT_START_REACH characters:
# its tails open with 通知, 提醒, 温馨, 友情 (after an optional 中心), 贵宾 or 信用卡, look ahead at 您/你, or end with the colon;
# \W{0,2}, a name of at most 10 characters and a tail of at most 6 (中心通知您, 贷后X专员:) reach no further. A text
# without any of them there is not tried (about half the messages near the bench median; ~2 µs each).
_AT_START_TAILS = ("(?:中心)?(?:通知您|提醒您|温馨提示|友情提示)", "(?:中心)?(?:通知|提醒)", "(?:贵宾|信用卡(?:末|尾))",
                   "(?=您的|你的|您好|你好)", "(?:贷后|客服|官方|催收)?(?:[\\u4e00-\\u9fff](?:专员|经理|主管|组长))?:")
_AT_START_CHARS = frozenset("通提温友贵信您你:")
_AT_START_REACH = 18
if (tuple(b[len(_START_HEAD):] for b in _CLAIM_BRANCHES if b.startswith("^")) != _AT_START_TAILS
        or not _NAME.endswith("{2,10}?)")):
    raise AssertionError("the ^ branches of _CLAIM_BRANCHES changed: recompute _AT_START_CHARS and _AT_START_REACH")
# A branch opening with a look-behind at a class (branches 21, 25, 26: (?<=[。!?;])X) is written here as that
# class consumed ([。!?;]X): a match of either exists at the same place, one character apart, and only whether
# one exists is asked. literal_first cannot move a look-behind in front of a name (a class of ranges), so
# with them written as look-behinds it left the whole alternation as it was (5 µs a message).
_LEADING_LOOKBEHIND = derived_cache.compile(r"\(\?<=(\[[^\[\]]+\])\)")


def _consumed_lookbehind(branch: str) -> str:
    m = _LEADING_LOOKBEHIND.match(branch)
    return m.group(1) + branch[m.end():] if m else branch


_CLAIM_ANYWHERE = derived_cache.compile(literal_first("|".join(_consumed_lookbehind(b) for b in _CLAIM_BRANCHES
                                                    if not b.startswith("^"))))
# A role after the brand: 快易借客服, 快易借官方, 快易借运营团队.
_ROLE_TAIL = derived_cache.compile(r"(?:客服|官方|运营|团队|服务|平台|温馨|友情|特别|重要)+$")  # 银行温馨提醒您 (round 19)
# 您在榕树贷款的借款: the lazy name stops before 贷款; a product word followed by 的/平台 belongs to it.
_NAME_TAIL = derived_cache.compile(r"(贷款|借款|分期|钱包|借条)(?=的|平台|app|客户端|上|里|账户)")
_STRONG_GROUPS = frozenset((1, 2, 3, 4, 18, 19, 26, 31))
# 您的X卡 (group 5) followed by the card's last digits names the issuer in any message: 您的Richart卡(末三码123).
_CARD_GROUP = 5
_CARD_TAIL = derived_cache.compile(r"(?<=卡)[(（]?(?:末|尾)")
_STATE_GROUP = 16
_LENDING_BRAND = derived_cache.compile(r"(?:贷|花|借|钱包|金融|分期|借条|白条|金条|银行|信用卡)$")
# A name opening the message with a notice word (X提醒您, X通知) speaks as its sender; an app to
# open or an account to follow (登录X, 公众号X) names a brand less surely than a claimed debt.
_SENDER_GROUPS = frozenset((4, 7, 18, 19, 25, 26, 31, 32))
# A person's name opens a message as often as a brand (王某某您好): group 19 counts only a name
# built like a lending brand: not by 花 or 宝, which end given names too (李桂花, 王小宝), nor by
# 借, which is as often the verb (去年借你的钱).
_OPENING_GROUP = 19
_HEADER_COLON_GROUP = 32
# 23, a call bot's bare 这里是X, : as with 19, only a name built like a lending brand (这里是派出所, names none).
_CALL_BOT_GROUP = 23
_LEND_TO_GROUP = 20
# 26, a sign-off before a hotline at the end (…。蘑菇公寓400-800-4949): only a name built like a firm or a lending
# brand; 详询400…, 到访有理400… sign nothing.
_SIGN_OFF_GROUP = 26
_BARE_SIGN_OFF_GROUP = 31
_FIRM = derived_cache.compile(r"(?:公司|集团|公寓|租赁|科技|金融|贷|贷款|钱包|分期|借条|白条|白卡|银行|商城|平台)$")
_OPENING_BRAND = derived_cache.compile(r"(?:贷|钱包|金融|分期|借条|白条|白卡)$")
_HEADER_GROUPS = frozenset((3, 8, 15, 29, 30))
# A signature of a firm that sends or collects for another: a technology or information firm (【奇灵科技】, 【银汉科技】)
# is often the operator that sends an app's texts, a collector, mediator or law firm (【华夏调解中心】, 【某某资产管理】,
# 【XX律师事务所】) acts for a creditor. The brand the reader's debt is with is the one the text names (尊贵的易美达分期
# 客户, 通过有米APP还款, 招联金融已将您的案件移交我中心).
AGENT_FIRM = derived_cache.compile(r"(?:科技|信息|网络|数据|技术|软件|数科|资产|资产管理|调解中心|调解委员会|调解|律师事务所|律所|法务|"
                        r"咨询|商务|外包|服务|催收|清收|管理)(?:中心|有限公司|公司|部)?$")
# Institution suffixes: the name before one of them is a bank, credit union or finance company.
_SUFFIX = derived_cache.compile(
    r"农村商业银行|农商银行|农商行|村镇银行|银行|农村信用合作联社|农村信用社|信用合作联社|信用联社|农信社|农信|信用社|"
    r"消费金融|小额贷款|小贷公司|小贷")
INSTITUTION_SUFFIX = _SUFFIX  # for the lender registry's derived short forms (analyzer/detectors/lender_forms.py)
_SUFFIX_KIND = (("消费金融", "consumer_finance_company"), ("小额贷款", "microloan_company"),
                ("小贷", "microloan_company"))
# Characters that never sit inside an institution's name: they end the walk back from a suffix.
_STOP = frozenset("的在于您你是向从到将被把和与及或请已为给对由等个了我他她它们该本此其各每某这那往至入进去来还欠借款贷"
                  "张号卡元年月日时分秒起止前后内外上下中间及并且但而且若如需要可能会让使用就不再也都只吗吧呢啊没过"
                  "告跟")  # 原告/被告X银行: a court naming the plaintiff; 公司跟银行有合作 (round 19; not 同: 大同农商银行)
# Words that start a phrase before a name: 联系潍坊银行, 前往当地农商银行, 下载安装X.
_LEAD = derived_cache.compile(r"^(?:联系|致电|拨打|咨询|前往|登录|登陆|通过|使用|绑定|关联|转入|存入|汇入|打入|办理|申请|开通|持有|安装|下载|上报|报送|提交|"
                   r"收到|来自|告知|通知|提醒|尊敬|亲爱|感谢|欢迎|选择|成为|加入|致|已|请|经|系|为|由|被|据|向|往|去|到|"
                   r"详询|垂询)+")  # 详询国家开发银行助学贷款客服 (round 19)
# A verb inside the words before a suffix: 保证绑定银行卡 is no bank.
_VERB = derived_cache.compile(r"泄露|泄漏|透露|绑定|保证|确保|提供|填写|更换|输入|预留|核对|查询|查看|检查|设置|修改|解绑|变更|添加|选择|指定|确认|保持|存放|"
                   r"留存|充足|足额|成功|开立|注销|冻结|激活|认证|升级|"
                   # 不法分子冒充银行, 请配合银行专员, 请留意银行卡到账, 要求登记银行卡 (round 19)
                   r"冒充|假冒|仿冒|配合|留意|注意|登记")


@dataclass(frozen=True)
class NameHit:
    name: str  # folded
    start: int  # folded offsets
    end: int
    shape: str  # "sender", "claim", "header" or "institution"


# A carrier's short name opening a brand: 【移动积分】, 尊敬的移动用户 are sent in 中国移动's name.
_CARRIER = derived_cache.compile(r"^(?:(?:北京|上海|广东|[\u4e00-\u9fff]{2}省?)?)(移动|联通)(?!支付|硬盘|电源|互联|通信|端)")


def carrier(name: str) -> str | None:
    """The carrier a name speaks for (移动积分 → 中国移动), or None."""
    m = _CARRIER.match(name)
    return {"移动": "中国移动", "联通": "中国联通"}[m.group(1)] if m else None


def kind_of(name: str) -> str:
    """The kind a name's suffix declares (潍坊银行 → bank); unknown when it declares none."""
    for suffix, kind in _SUFFIX_KIND:
        if suffix in name:
            return kind
    return "bank" if re.search(r"(银行|农商行|信用社|农信|联社)$", name) else "unknown"


def specific(name: str) -> bool:
    """A full institution name (和平农商银行), more specific than a brand or a union (广东农信)."""
    return bool(re.search(r"(银行|农商行|消费金融|小额贷款|小贷公司|小贷)$", name))


def _frame_matches(f: str) -> Iterator[re.Match[str]]:
    """CLAIM_FRAMES.finditer(f), the same matches, tried only where _CLAIM_AT_START or _CLAIM_ANYWHERE says one may
    start (speed21). CLAIM_FRAMES opens with groups and names, so finditer entered its 32 branches at every position
    of a text in which either had matched. A match of a branch not anchored with ^ at s is one of _CLAIM_ANYWHERE at
    s, or at s - 1 for a branch whose look-behind it consumes; a ^ branch matches only at 0. So the positions are
    tried in order with CLAIM_FRAMES.match (the same match, groups and all, as a search would find there), each
    leftmost _CLAIM_ANYWHERE match q giving q and q + 1, and after a match the next is looked for from its end."""
    checked = 0  # every position before this is done: no match starts there, or it is inside a match found
    if not _AT_START_CHARS.isdisjoint(f[:_AT_START_REACH]) and _CLAIM_AT_START.match(f) is not None:
        m = CLAIM_FRAMES.match(f, 0)
        if m is not None:
            yield m
            checked = m.end()
        else:
            checked = 1
    size = len(f)
    while checked <= size:
        hint = _CLAIM_ANYWHERE.search(f, max(checked - 1, 0))
        if hint is None:
            return
        q = hint.start()
        for p in (q, q + 1):
            if p >= checked and (m := CLAIM_FRAMES.match(f, p)) is not None:
                yield m
                checked = m.end() if m.end() > p else p + 1
                break
        else:
            checked = q + 2


def claims(f: str, about_debt: bool) -> list[NameHit]:
    """Names the words claim as creditor or account holder."""
    out = []
    for m in _frame_matches(f):
        group = next(g for g in range(1, CLAIM_FRAMES.groups + 1) if m.group(g))
        # Outside a debt message a weak shape still names a lending brand (您的快易贷账户已冻结),
        # not a public service (您的医保账户) or a product (您的流量账户).
        strong = group in _STRONG_GROUPS or (group == _CARD_GROUP and _CARD_TAIL.match(f, m.end()))
        if not strong and not about_debt and not _LENDING_BRAND.search(m.group(group)):
            continue
        # 您的X，逾期 names X only when X reads like a lending brand (您的ETC异常，逾期 names nothing).
        if group == _STATE_GROUP and not _LENDING_BRAND.search(m.group(group)):
            continue
        if group in (_OPENING_GROUP, _CALL_BOT_GROUP, _HEADER_COLON_GROUP) and not _OPENING_BRAND.search(m.group(group)):
            continue
        if group in (_SIGN_OFF_GROUP, _BARE_SIGN_OFF_GROUP) and not _FIRM.search(m.group(group)):
            continue
        # {platform}, {bank_name}: a template placeholder, not a name ({现代吧} is one).
        if f[m.start(group) - 1:m.start(group)] == "{" and f[m.end(group):m.end(group) + 1] == "}" \
                and re.fullmatch(r"[a-z_][a-z0-9_]*", m.group(group)):
            continue
        shape = "sender" if group in _SENDER_GROUPS else "header" if group in _HEADER_GROUPS else "claim"
        lead = _LEAD.match(m.group(group))
        start = m.start(group) + (lead.end() if lead else 0)
        end_of_name = m.end(group)
        lent_by = lead is not None and lead.group().endswith(("向", "从"))
        if lent_by:
            # 您向X借款的账户 (read by 您X的账户): 借款 is what was done with X, not part of its name.
            end_of_name -= len(re.search(r"(?:借款|贷款|借的)?$", m.group(group)).group())
        # 您向X借款账户: the frame's own 借款 is not part of the name.
        tail = None if group == _LEND_TO_GROUP or lent_by else _NAME_TAIL.match(f, end_of_name)
        end = tail.end() if tail else end_of_name
        if group == _CARD_GROUP and f.startswith("信用卡", end - 2) and end - start > 3:
            end -= 2  # 您的浙商信用卡 names 浙商, not 浙商信用 (the frame's 卡 took only the last character; round 19)
        role = _ROLE_TAIL.search(f, start, end)
        if role and role.start() - start >= 2:
            end = role.start()  # 快易借客服提醒您 names 快易借
        out.append(NameHit(f[start:end], start, end, shape))
    return out


def institutions(f: str) -> list[NameHit]:
    """Names built like an institution: a place or brand word before 银行, 农商银行, 消费金融…"""
    out = []
    for m in _SUFFIX.finditer(f):
        i = m.start()
        while i > 0 and m.start() - i < 6 and "\u4e00" <= f[i - 1] <= "\u9fff" and f[i - 1] not in _STOP:
            i -= 1
        prefix = _LEAD.sub("", f[i:m.start()])
        # A person's bank is no bank's name: 套取被害人银行账户, 收款人银行, 持卡人银行 (no bank is named X人银行;
        # 人民银行 is the central bank).
        if len(prefix) < 2 or generic_prefix(prefix) or _VERB.search(prefix) \
                or "人民" in prefix or prefix.endswith("人"):
            continue
        start = m.start() - len(prefix)
        # 信用社 in 农村信用社 and 银行 in 农商银行 are found once, by the longest suffix.
        if out and out[-1].end == m.end():
            continue
        name = f[start:m.end()]
        # 广州市玖富小额贷款有限公司 (round 19): a legal name, whose brand is what stands before 小额贷款 (is_name reads
        # X小额贷款 alone as a kind of loan: 个人小额贷款, 公司新推出小额贷款产品).
        legal_micro = m.group() == "小额贷款" and f.startswith(("有限", "股份", "公司"), m.end()) \
            and not LOAN_KIND.search(prefix) and is_name(prefix)
        if legal_micro or is_name(name):
            out.append(NameHit(name, start, m.end(), "institution"))
    return out
