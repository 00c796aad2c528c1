"""Institution names the registry does not know, read from the words themselves.

Three shapes name a brand: a 【signature】, a claimed creditor or account holder
(您在X平台的借款, 您X的订单, 尊敬的X用户, 受X委托, 登录X App) and a name built like an
institution (潍坊银行, 和平农商银行, 某某消费金融). Each yields a name and its span in the
folded text; the lender detector weighs them against registry names. A name
that reads like a piece of a sentence (本月, 名下, 再不还钱就) is no name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.firstchar import literal_first
from analyzer.lazy_pattern import LazyPattern

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
)
# Compiled on first use (analyzer/lazy_pattern.py; Analyzer.warm() compiles it): claims() runs it only
# once _CLAIM_ANYWHERE or _CLAIM_AT_START has matched, and compiling both at import cost a cold start 40 ms.
CLAIM_FRAMES = LazyPattern("|".join(_CLAIM_BRANCHES))
# Whether CLAIM_FRAMES matches anywhere, answered faster (most messages claim nothing): a branch anchored
# with ^ can only match at 0, the others are rewritten by literal_first so that re skips ahead to their
# first characters. CLAIM_FRAMES as written tries every position (its ^ branches open with \W{0,2}),
# 4-9 µs a message; its groups, which claims() reads, are only needed once it matches.
_CLAIM_AT_START = re.compile("|".join(b[1:] for b in _CLAIM_BRANCHES if b.startswith("^")))
# A branch opening with a look-behind at a class (branches 21, 25, 26: (?<=[。!?;])X) is written here as that
# class consumed ([。!?;]X): a match of either exists at the same place, one character apart, and only whether
# one exists is asked. literal_first cannot move a look-behind in front of a name (a class of ranges), so
# with them written as look-behinds it left the whole alternation as it was (5 µs a message).
_LEADING_LOOKBEHIND = re.compile(r"\(\?<=(\[[^\[\]]+\])\)")


def _consumed_lookbehind(branch: str) -> str:
    m = _LEADING_LOOKBEHIND.match(branch)
    return m.group(1) + branch[m.end():] if m else branch


_CLAIM_ANYWHERE = re.compile(literal_first("|".join(_consumed_lookbehind(b) for b in _CLAIM_BRANCHES
                                                    if not b.startswith("^"))))
# A role after the brand: 快易借客服, 快易借官方, 快易借运营团队.
_ROLE_TAIL = re.compile(r"(?:客服|官方|运营|团队|服务|平台|温馨|友情|特别|重要)+$")  # 银行温馨提醒您 (round 19)
# 您在榕树贷款的借款: the lazy name stops before 贷款; a product word followed by 的/平台 belongs to it.
_NAME_TAIL = re.compile(r"(贷款|借款|分期|钱包|借条)(?=的|平台|app|客户端|上|里|账户)")
_STRONG_GROUPS = frozenset((1, 2, 3, 4, 18, 19, 26, 31))
# 您的X卡 (group 5) followed by the card's last digits names the issuer in any message: 您的Richart卡(末三码123).
_CARD_GROUP = 5
_CARD_TAIL = re.compile(r"(?<=卡)[(（]?(?:末|尾)")
_STATE_GROUP = 16
_LENDING_BRAND = re.compile(r"(?:贷|花|借|钱包|金融|分期|借条|白条|金条|银行|信用卡)$")
# A name opening the message with a notice word (X提醒您, X通知) speaks as its sender; an app to
# open or an account to follow (登录X, 公众号X) names a brand less surely than a claimed debt.
_SENDER_GROUPS = frozenset((4, 7, 18, 19, 25, 26, 31))
# A person's name opens a message as often as a brand (王某某您好): group 19 counts only a name
# built like a lending brand: not by 花 or 宝, which end given names too (李桂花, 王小宝), nor by
# 借, which is as often the verb (去年借你的钱).
_OPENING_GROUP = 19
# 23, a call bot's bare 这里是X, : as with 19, only a name built like a lending brand (这里是派出所, names none).
_CALL_BOT_GROUP = 23
_LEND_TO_GROUP = 20
# 26, a sign-off before a hotline at the end (…。蘑菇公寓400-800-4949): only a name built like a firm or a lending
# brand; 详询400…, 到访有理400… sign nothing.
_SIGN_OFF_GROUP = 26
_BARE_SIGN_OFF_GROUP = 31
_FIRM = re.compile(r"(?:公司|集团|公寓|租赁|科技|金融|贷|贷款|钱包|分期|借条|白条|白卡|银行|商城|平台)$")
_OPENING_BRAND = re.compile(r"(?:贷|钱包|金融|分期|借条|白条|白卡)$")
_HEADER_GROUPS = frozenset((3, 8, 15, 29, 30))
# A signature of a firm that sends or collects for another: a technology or information firm (【奇灵科技】, 【银汉科技】)
# is often the operator that sends an app's texts, a collector, mediator or law firm (【华夏调解中心】, 【某某资产管理】,
# 【XX律师事务所】) acts for a creditor. The brand the reader's debt is with is the one the text names (尊贵的易美达分期
# 客户, 通过有米APP还款, 招联金融已将您的案件移交我中心).
AGENT_FIRM = re.compile(r"(?:科技|信息|网络|数据|技术|软件|数科|资产|资产管理|调解中心|调解委员会|调解|律师事务所|律所|法务|"
                        r"咨询|商务|外包|服务|催收|清收|管理)(?:中心|有限公司|公司|部)?$")
# Institution suffixes: the name before one of them is a bank, credit union or finance company.
_SUFFIX = re.compile(
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
_LEAD = re.compile(r"^(?:联系|致电|拨打|咨询|前往|登录|登陆|通过|使用|绑定|关联|转入|存入|汇入|打入|办理|申请|开通|持有|安装|下载|上报|报送|提交|"
                   r"收到|来自|告知|通知|提醒|尊敬|亲爱|感谢|欢迎|选择|成为|加入|致|已|请|经|系|为|由|被|据|向|往|去|到|"
                   r"详询|垂询)+")  # 详询国家开发银行助学贷款客服 (round 19)
# A generic word just before the suffix: 相信非法网络小贷, 选择正规持牌银行, 核对您的提现银行卡号 (a role, not a name).
_GENERIC_TAIL = re.compile(r"(?:网络|互联网|非法|合法|正规|持牌|网贷|商业|民营|外资|国有|大型|多家|各大|各家|其他|其它|任何|指定|相关|"
                           r"合作|收款|开户|发卡|放款|贷款|提现|还款|扣款|代扣|到账|当地|附近|"
                           # 通过本行手机银行, 商业银行手机银行, 工资代发银行: a channel or service of a bank, no name (round 18).
                           r"手机|网上|电子|代发|工资)$")
# A verb inside the words before a suffix: 保证绑定银行卡 is no bank.
_VERB = re.compile(r"泄露|泄漏|透露|绑定|保证|确保|提供|填写|更换|输入|预留|核对|查询|查看|检查|设置|修改|解绑|变更|添加|选择|指定|确认|保持|存放|"
                   r"留存|充足|足额|成功|开立|注销|冻结|激活|认证|升级|"
                   # 不法分子冒充银行, 请配合银行专员, 请留意银行卡到账, 要求登记银行卡 (round 19)
                   r"冒充|假冒|仿冒|配合|留意|注意|登记")
# A generic word in front of a suffix is no name: 各大银行, 商业银行, 人民银行 (the central bank lends to no one).
_GENERIC_PREFIX = re.compile(
    r"^(?:中国人民|人民|中央|全部|所有|全体|名下|您的|你的|各大|各家|商业|合作|指定|开户|收款|付款|任何|其他|其它|网上|手机|电子|所在|发卡|放款|贷款|"
    r"相关|国有|民营|外资|全国|储蓄|个人|对公|多家|一家|境外|境内|当地|附近|直销|网络|互联网|大型|正规|持牌|网贷|非法|"
    r"银行|农村|地方|城市|城商|股份制|政策性|传统|实体|线下|线上|合法|非法|某某|xx|"
    # 员工银行卡, 单位银行账户 (round 19): whose card, not which bank.
    r"员工|职工|单位|公司|企业|家人|本人|他人|对方|"
    # 公司同银行有合作 (round 19): 同 is "with" here, kept out of _STOP for 大同农商银行.
    r"公司同|我们同|我司同|本司同)$")
# Words that, as a whole "name", are no brand.
_GENERIC = re.compile(
    r"^(?:本期|本月|当期|当前|名下|个人|账户|账号|信用|征信|逾期|贷款|借款|还款|网贷|信用卡|银行卡|储蓄卡|储蓄|借记|贷记|电子|实体|"
    r"手机|支付|余额|额度|"
    r"订单|账单|会员|客户|用户|平台|系统|app|官网|网站|手机银行|网上银行|短信|电话|号码|今日|今天|明天|近期|最近|目前|租金|房租|"
    r"欠款|金额|本金|利息|合同|债务|资产|法务|律师|法院|公安|政府|国家|社会|家人|亲友|同事|朋友|通讯录|紧急联系人|担保人|"
    r"官方|客服|重要|紧急|最新|特别|温馨|友情|友好|严正|郑重|再次|最后|最终|善意|系统|安全|交易|动账|资金|到账|验证|登录|服务|流量|话费|积分|快递|包裹|"
    r"所有|全部|相关|以下|如下|上述|个人名下|本人名下|手机号|身份证|借款人|本人|家庭|单位|公司|我司|我行|本行|本司|贵司|本平台|该平台|"
    # A desk by its kind (联系人工客服, 咨询在线客服; round 19, 联系X客服).
    r"人工|在线|专属|热线|24小时|7x24小时|售后|售前|专员|工作人员|相关部门|"
    # A kind of credit product, whoever sells it (您的月付欠款 after 美团已将…; 抖音月付 and 美团月付 are the names).
    r"月付|先用后付|备用金|借钱|生活费|信用付|随借随还|"
    # A quality or a channel, no name (我们是正规公司, 请登录线上平台, 下载数字钱包APP, 【债权转让通知】; round 19).
    r"正规|合法|专业|持牌|线上|线下|网上|数字钱包|数字人民币|钱包|债权|债权转让|债务转让|"
    # What a pasted message shows in brackets where a picture or file was: [二维码], [图片], [语音].
    r"二维码|图片|链接|附件|语音|视频|表情|截图|文件|动画表情|"
    # Words that stand where a name would in a sentence but name no firm (round 19, read from wrong names on opened sets):
    # 挂在各大平台, 您在本公司的分期, 在委托人处的借款, 您所担保的借款, 尊敬的共同借款人, 维护您良好的借款信用, 下载这个/新版/
    # 陌生/安全防护App, 登录网址处理, 正式通知, 【社区通知】, 登录法律服务平台, 您的工资卡, 您的学生贷账户.
    r"各大|各个|各家|多家|全网|本公司|我公司|贵公司|该公司|委托人|委托人处|委托方|债权人|出借人|所担保|担保|共同|良好|优质|宝贵|"
    r"这个|那个|新版|最新版|陌生|安全防护|防护|网址|网页|页面|正式|社区|小区|法律|工资|学生贷|"
    # 您在本店购买的商品 (round 19, the shop frame of 您在X购买): a shop by its role is no brand.
    r"本店|该店|我店|店铺|网店|小店|商家|卖家|商城|官方旗舰店|旗舰店|直播间|"
    r"分期|消费|金融|网络|贷后|催收|清收|风控|催款|警告|通告|公告|通报|新闻|资讯|快讯|人事|行政|财务|通知|提示|提醒|"
    r"刷卡消费|当事人|购物|校园贷|信用贷|消费贷|经营贷|房贷|车贷|小额贷|助学贷|逾期款|应还款|待还款|最低还款|ios|android|vip|apk|www|http|https)$")
_TIME = re.compile(r"^\d+[年月日号时点分万元个次期]|[今昨明后前]天|[本上下当次]月|这个?月|[上下]个月|最后一次|第[一二三四五六七八九十\d]+次|[本上下当]期|近期|日前|目前|未来|将来|以后|今后|日后|现在|[本此该这每上下首]次|[该这每此首]笔")
# Not a lender, whatever the words: courts, police and other authorities, a card tail, a notice topic.
_NOT_LENDER = re.compile(r"法院|仲裁|公安|检察|派出所|政府|律师|函$|税务|反诈|网警|人民银行|央行|金融监管|监督管理|银保监|证监会|"
                         r"局$|厅$|"
                         # Courts, traffic police, customs and public insurance send notices; none of them lends.
                         r"中院|高院|法庭|交警|交管|车管|海关|监理|防控|社保|医保|etc|社会保障|医疗保险|所得税|工商管理|工商总局|"
                         # A person by title (【俞经理】) or a setting (您的自动还款设置账户) is no firm.
                         r"(?:经理|主管|专员|总监|先生|女士|小姐)$|设置|自动还款|"
                         r"^(?:尾号|尾数|卡号|账号|话费|流量|余额|积分|账单|验证|过期|逾期|还款|充值|贵宾|尊贵|亲爱)|^(?:app|wap)(?![a-z])|进行|查看|处理|办理|操作|点击|"
                         # What is still owed or a bill's state is no firm (round 19): 您本月还有一笔待还账单 read by
                         # 您本月X账单, 【未分期】 over a card-spending notice.
                         r"^(?:还有|还剩|还差|还需|尚有|仍有|尚欠|仍欠)|[一两几多]笔|^(?:未|已|不|可)分期$|"
                         # Bodies that lend nothing (round 19): credit bureaus and credit repair (征信中心, 征信服务), mediators and
                         # 清退 desks (全国网贷调解中心, 网贷清退中心), debt-relief groups (上岸群, 债务规划, 反催收), courts' service
                         # desks (诉讼服务中心), tax (个税APP), consumer-protection notices (金融消费者权益保护).
                         r"征信|信用信息|调解|清退|上岸|债务优化|债务规划|债务重组|债务协商|反催收|停息挂账|诉讼|个税|消费者|权益保护|"
                         # An act is no firm: 注销校园贷提醒.
                         r"注销|解冻|"
                         # Personal data in a list is no firm: 你的照片、身份证号; 向您的通讯录联系人透露.
                         r"身份证|照片|通讯录|联系人|透露|^本通知|^此通知|"
                         r"提供|发放|申请|使用|开通|获得|持有|签订|签署|授权|产生|拖欠|欠下|所欠|未还|应还|绑定|关联|选择|确认")
# A flight, train or order code in brackets is no signature: 【HU7183】.
_CODE = re.compile(r"[a-z]{1,3}\d{2,}[a-z]?")
# Words that make a guessed name a piece of a sentence (shared with the case module's judgement).
# 已 too (round 19): 你的行为已构成信用卡诈骗 read by 您的X卡 names no brand.
_NOT_A_NAME = re.compile(r"[就不再请将要会你您我他她它们了吗呢啊把被让是没的在于已×*＊]")
# A masked or placeholder name is no name (the writer hid it; a guess would send the reader to the wrong firm): XX银行,
# 某某金融, and (round 19) circles and boxes (〇〇银行, □□消费金融) and one letter standing for a firm (A银行, B公司).
_MASKED = re.compile(r"x{2,}|某某|^x|^某|[〇○◯□■●◆△▲]|^[a-z](?=银行|信用社|农商|消费金融|金融|小贷|平台|公司|集团|网贷|机构)")
# Words that make "X贷款" a kind of loan, not a brand.
_LOAN_KIND = re.compile(r"(?:个人|小额|信用|消费|网络|网上|抵押|经营|住房|汽车|车辆|助学|创业|无抵押|短期|长期|逾期|银行|平台|"
                        r"高息|低息|正规|非法|民间|线上|线下|互联网|现金|应急|快速|大额|租金|房租)$")
# Words that name a kind of firm or business, no brand (round 19): 【分期金融】, 【网贷平台】, 【金融服务中心】,
# 您在网贷平台的借款. A name made of these alone is no sender to tell the reader about; a brand has a word of its own
# (分期乐, 招联金融, 小赢科技).
_KIND_WORDS_ONLY = re.compile(
    r"(?:分期|金融|消费|网贷|网络|借贷|信贷|贷款|借款|放款|平台|科技|数科|金服|普惠|服务|小贷|信用|财富|理财|资产|管理|催收|贷后|"
    r"清收|法务|风控|中心|部门|部|组|小组|团队|公司|集团|互联网|在线|数字|智能|信息|咨询|商务|官方|客服|借钱|现金|极速|快速|小额)+")
# A count is no name: 在多个平台, 在好几家平台, 在十几个app (round 18).
_COUNT = re.compile(r"[好数多各几两一二三四五六七八九十百]{1,4}[个家笔款]")
# A name that is only a kind of loan (助学, 个人住房, 生源地助学): 您的助学贷款 names no lender.
_KIND_ONLY = re.compile(r"(?:国家|生源地|校园地?|大学生|学生|个人|家庭)?(?:助学|住房|汽车|车辆|装修|教育|创业|经营|抵押|信用|消费|公积金|商业)+")
# Notice words a signature may carry after the brand: 【淘宝通知】 names 淘宝.
_NOTICE_TAIL = re.compile(r"(?:中心)?(?:友情|温馨|重要|特别)?(?:通知|提醒|提示|公告|推荐|推送|验证码|验证密码|动态码|校验码|动态密码)$")
# A signature that reads as a sentence is no brand: 【此短信通过手机飞信发送】.
# 你 inside a brand (随你花, 你我贷) is no sentence; 你的, 你好, 给你 are (round 14, UNSEAL_r14.md cause J).
_SENTENCE = re.compile(r"此短信|本短信|通过|发送|您|你(?:的|好|们|已|要|在|有|需|将|于)|(?:给|向|请|对|提醒|通知|祝)你|请|[，,。！!？?]")


@dataclass(frozen=True)
class NameHit:
    name: str  # folded
    start: int  # folded offsets
    end: int
    shape: str  # "sender", "claim", "header" or "institution"


def is_name(name: str) -> bool:
    """A plausible brand name, not a sentence piece, placeholder, time or generic noun."""
    if not name or len(name) < 2 or re.fullmatch(r"[\d\W_]+", name):
        return False
    if name.isascii() and (len(name) < 3 or not re.search(r"[a-z]", name)):
        return False
    if _MASKED.search(name) or _NOT_A_NAME.search(name) or _TIME.search(name):
        return False
    if _NOT_LENDER.search(name):
        return False
    if _GENERIC.match(name) or re.search(r"(信用卡|账户|账号|额度|用户|客户|银行卡)$", name):
        return False
    # 您的收款银行卡 read by 您的X卡: a generic word before 银行 (收款银行, 开户银行) names no bank, as in institutions().
    bank = re.fullmatch(r"(.+?)(?:银行|信用社)", name)
    if bank and (_GENERIC_PREFIX.match(bank.group(1)) or _GENERIC_TAIL.search(bank.group(1))):
        return False
    # 您的助学贷款, 您的个人住房贷款 read by 您的X贷款: X is a kind of loan, no name (round 18).
    if _KIND_ONLY.fullmatch(name) or _COUNT.fullmatch(name) or _KIND_WORDS_ONLY.fullmatch(name):
        return False
    loan = re.fullmatch(r"(.+)(?:贷款|借款)", name)
    if loan:
        # 榕树贷款 is a brand; 个人贷款, 小额借款, 网络贷款 are kinds of loan.
        return len(loan.group(1)) >= 2 and not _LOAN_KIND.search(loan.group(1)) and is_name(loan.group(1))
    return True


def signature_name(text: str) -> str | None:
    """The brand in a signature that names no registry lender: 【淘宝通知】 → 淘宝; 【流量提醒】 → None.

    A signature is a name by construction, so particles are allowed (饿了么, 阿里旅行·去啊)."""
    text = text.strip().rstrip("。.,，!！")
    name = _NOTICE_TAIL.sub("", text)
    if not name and text:
        return None  # 【通知】, 【温馨提示】, 【重要提醒】: a notice word with no brand (round 18)
    if len(name) < 2 or re.fullmatch(r"[\d\W_]+", name) or _CODE.fullmatch(name) or _SENTENCE.search(name):
        return None
    if _MASKED.search(name) or _GENERIC.match(name) or _NOT_LENDER.search(name) \
            or _KIND_WORDS_ONLY.fullmatch(name):
        return None
    # [租金借款], 【个人贷款】: a kind of loan in the brackets names no brand (round 12 H, cause F)
    loan = re.fullmatch(r"(.+)(?:贷款|借款)", name)
    if loan and _LOAN_KIND.search(loan.group(1)):
        return None
    # 【信用卡消费通知】, 【银行卡动账提醒】: a card word and a notice topic, no brand.
    card = re.match(r"(?:信用卡|银行卡|储蓄卡|借记卡)", name)
    if card and (card.end() == len(name) or _GENERIC.match(name[card.end():])
                 or re.fullmatch(r"(?:动账|交易|还款|账单|消费|支出|收入|入账|出账|提醒)+", name[card.end():])):
        return None
    return name


# A carrier's short name opening a brand: 【移动积分】, 尊敬的移动用户 are sent in 中国移动's name.
_CARRIER = re.compile(r"^(?:(?:北京|上海|广东|[\u4e00-\u9fff]{2}省?)?)(移动|联通)(?!支付|硬盘|电源|互联|通信|端)")


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


def claims(f: str, about_debt: bool) -> list[NameHit]:
    """Names the words claim as creditor or account holder."""
    if _CLAIM_AT_START.match(f) is None and _CLAIM_ANYWHERE.search(f) is None:
        return []  # CLAIM_FRAMES cannot match (see _CLAIM_ANYWHERE)
    out = []
    for m in CLAIM_FRAMES.finditer(f):
        group = next(g for g in range(1, CLAIM_FRAMES.groups + 1) if m.group(g))
        # Outside a debt message a weak shape still names a lending brand (您的快易贷账户已冻结),
        # not a public service (您的医保账户) or a product (您的流量账户).
        strong = group in _STRONG_GROUPS or (group == _CARD_GROUP and _CARD_TAIL.match(f, m.end()))
        if not strong and not about_debt and not _LENDING_BRAND.search(m.group(group)):
            continue
        # 您的X，逾期 names X only when X reads like a lending brand (您的ETC异常，逾期 names nothing).
        if group == _STATE_GROUP and not _LENDING_BRAND.search(m.group(group)):
            continue
        if group in (_OPENING_GROUP, _CALL_BOT_GROUP) and not _OPENING_BRAND.search(m.group(group)):
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
        if len(prefix) < 2 or _GENERIC_PREFIX.match(prefix) or _GENERIC_TAIL.search(prefix) or _VERB.search(prefix) \
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
            and not _LOAN_KIND.search(prefix) and is_name(prefix)
        if legal_micro or is_name(name):
            out.append(NameHit(name, start, m.end(), "institution"))
    return out
