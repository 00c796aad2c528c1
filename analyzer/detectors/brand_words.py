"""Whether a word read where a brand would stand is a name (analyzer/detectors/brand_names.py finds the words):
not a piece of a sentence (本月, 名下, 再不还钱就), a placeholder (XX银行, 〇〇消费金融), a time, a count, a kind of loan
or firm (个人贷款, 网贷平台), a public body (法院, 社保) or a generic noun (账户, 客服); and the brand a signature names
(【淘宝通知】 → 淘宝). Used by brand_names.py (claims and institutions) and, through it, analyzer/detectors/lender.py."""
from __future__ import annotations

import re

from knowledge import derived_cache


# A generic word just before the suffix: 相信非法网络小贷, 选择正规持牌银行, 核对您的提现银行卡号 (a role, not a name).
GENERIC_TAIL = derived_cache.compile(r"(?:网络|互联网|非法|合法|正规|持牌|网贷|商业|民营|外资|国有|大型|多家|各大|各家|其他|其它|任何|指定|相关|"
                          r"合作|收款|开户|发卡|放款|贷款|提现|还款|扣款|代扣|到账|当地|附近|"
                          # 通过本行手机银行, 商业银行手机银行, 工资代发银行: a channel or service of a bank, no name (round 18).
                          r"手机|网上|电子|代发|工资)$")
# A generic word in front of a suffix is no name: 各大银行, 商业银行, 人民银行 (the central bank lends to no one).
GENERIC_PREFIX = derived_cache.compile(
    r"^(?:中国人民|人民|中央|全部|所有|全体|名下|您的|你的|各大|各家|商业|合作|指定|开户|收款|付款|任何|其他|其它|网上|手机|电子|所在|发卡|放款|贷款|"
    r"相关|国有|民营|外资|全国|储蓄|个人|对公|多家|一家|境外|境内|当地|附近|直销|网络|互联网|大型|正规|持牌|网贷|非法|"
    r"银行|农村|地方|城市|城商|股份制|政策性|传统|实体|线下|线上|合法|非法|某某|xx|"
    # 员工银行卡, 单位银行账户 (round 19): whose card, not which bank.
    r"员工|职工|单位|公司|企业|家人|本人|他人|对方|"
    # 公司同银行有合作 (round 19): 同 is "with" here, kept out of brand_names._STOP for 大同农商银行.
    r"公司同|我们同|我司同|本司同)$")
# Words that, as a whole "name", are no brand.
_GENERIC = derived_cache.compile(
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
_TIME = derived_cache.compile(r"^\d+[年月日号时点分万元个次期]|[今昨明后前]天|[本上下当次]月|这个?月|[上下]个月|最后一次|第[一二三四五六七八九十\d]+次|[本上下当]期|近期|日前|目前|未来|将来|以后|今后|日后|现在|[本此该这每上下首]次|[该这每此首]笔")
# Not a lender, whatever the words: courts, police and other authorities, a card tail, a notice topic.
_NOT_LENDER = derived_cache.compile(r"法院|仲裁|公安|检察|派出所|政府|律师|函$|税务|反诈|网警|人民银行|央行|金融监管|监督管理|银保监|证监会|"
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
                         # A bill's state after a product word is no firm (lender22): 备用金到期提醒 read by X提醒.
                         r"(?:到期|逾期|待还|还款日|已出账)$|"
                         # Personal data in a list is no firm: 你的照片、身份证号; 向您的通讯录联系人透露.
                         r"身份证|照片|通讯录|联系人|透露|^本通知|^此通知|"
                         r"提供|发放|申请|使用|开通|获得|持有|签订|签署|授权|产生|拖欠|欠下|所欠|未还|应还|绑定|关联|选择|确认")
# A flight, train or order code in brackets is no signature: 【HU7183】.
_CODE = derived_cache.compile(r"[a-z]{1,3}\d{2,}[a-z]?")
# Words that make a guessed name a piece of a sentence (shared with the case module's judgement).
# 已 too (round 19): 你的行为已构成信用卡诈骗 read by 您的X卡 names no brand.
_NOT_A_NAME = derived_cache.compile(r"[就不再请将要会你您我他她它们了吗呢啊把被让是没的在于已×*＊]")
# A masked or placeholder name is no name (the writer hid it; a guess would send the reader to the wrong firm): XX银行,
# 某某金融, and (round 19) circles and boxes (〇〇银行, □□消费金融) and one letter standing for a firm (A银行, B公司).
_MASKED = derived_cache.compile(r"x{2,}|某某|^x|^某|[〇○◯□■●◆△▲]|^[a-z](?=银行|信用社|农商|消费金融|金融|小贷|平台|公司|集团|网贷|机构)")
# Words that make "X贷款" a kind of loan, not a brand.
LOAN_KIND = derived_cache.compile(r"(?:个人|小额|信用|消费|网络|网上|抵押|经营|住房|汽车|车辆|助学|创业|无抵押|短期|长期|逾期|银行|平台|"
                       r"高息|低息|正规|非法|民间|线上|线下|互联网|现金|应急|快速|大额|租金|房租)$")
# Words that name a kind of firm or business, no brand (round 19): 【分期金融】, 【网贷平台】, 【金融服务中心】,
# 您在网贷平台的借款. A name made of these alone is no sender to tell the reader about; a brand has a word of its own
# (分期乐, 招联金融, 小赢科技).
_KIND_WORDS_ONLY = derived_cache.compile(
    r"(?:分期|金融|消费|网贷|网络|借贷|信贷|贷款|借款|放款|平台|科技|数科|金服|普惠|服务|小贷|信用|财富|理财|资产|管理|催收|贷后|"
    r"清收|法务|风控|中心|部门|部|组|小组|团队|公司|集团|互联网|在线|数字|智能|信息|咨询|商务|官方|客服|借钱|现金|极速|快速|小额)+")
# A count is no name: 在多个平台, 在好几家平台, 在十几个app (round 18).
_COUNT = derived_cache.compile(r"[好数多各几两一二三四五六七八九十百]{1,4}[个家笔款]")
# A name that is only a kind of loan (助学, 个人住房, 生源地助学): 您的助学贷款 names no lender.
_KIND_ONLY = derived_cache.compile(r"(?:国家|生源地|校园地?|大学生|学生|个人|家庭)?(?:助学|住房|汽车|车辆|装修|教育|创业|经营|抵押|信用|消费|公积金|商业)+")
# fix62: goods bought on instalment are no lender either: 你的货车分期, 您的挖掘机分期, 您的设备贷款 name the thing, not a firm.
_GOODS_ONLY = derived_cache.compile(r"(?:货车|卡车|挂车|轿车|汽车|车辆|车子|摩托车?|电动车|三轮车|农机|挖掘机|挖机|叉车|设备|机器|机械|"
                                    r"手机|电脑|笔记本|家电|家具|房子|房屋|店铺|门店|商铺|铺面|档口|摊位)(?:分期|贷款|借款)?")
# fix62: a sentence piece with a money verb in it is no name: 从您的结算款中扣除欠款 read by 您的X欠款.
_MONEY_VERB = derived_cache.compile(r"扣除|扣款|扣划|划扣|抵扣|偿还|归还|缴纳|结算款|货款|营业款")
# Notice words a signature may carry after the brand: 【淘宝通知】 names 淘宝.
_NOTICE_TAIL = derived_cache.compile(r"(?:中心)?(?:友情|温馨|重要|特别)?(?:通知|提醒|提示|公告|推荐|推送|验证码|验证密码|动态码|校验码|动态密码)$")
# A signature that reads as a sentence is no brand: 【此短信通过手机飞信发送】.
# 你 inside a brand (随你花, 你我贷) is no sentence; 你的, 你好, 给你 are (round 14, UNSEAL_r14.md cause J).
_SENTENCE = derived_cache.compile(r"此短信|本短信|通过|发送|您|你(?:的|好|们|已|要|在|有|需|将|于)|(?:给|向|请|对|提醒|通知|祝)你|请|[，,。！!？?]")


def _no_firm(name: str) -> bool:
    """A placeholder, a generic noun, a body that lends nothing or a kind of firm alone: no brand, whether read in the
    text (is_name) or in a signature (signature_name)."""
    return bool(_MASKED.search(name) or _GENERIC.match(name) or _NOT_LENDER.search(name)
                or _KIND_WORDS_ONLY.fullmatch(name))


def generic_prefix(prefix: str) -> bool:
    """The words before 银行/信用社 (or another institution suffix) are a generic word, no name: 各大银行, 商业银行,
    收款银行, 正规持牌银行 (GENERIC_PREFIX, GENERIC_TAIL)."""
    return bool(GENERIC_PREFIX.match(prefix) or GENERIC_TAIL.search(prefix))


def is_name(name: str) -> bool:
    """A plausible brand name, not a sentence piece, placeholder, time or generic noun."""
    if not name or len(name) < 2 or re.fullmatch(r"[\d\W_]+", name):
        return False
    if name.isascii() and (len(name) < 3 or not re.search(r"[a-z]", name)):
        return False
    if (_no_firm(name) or _NOT_A_NAME.search(name) or _TIME.search(name)
            or re.search(r"(信用卡|账户|账号|额度|用户|客户|银行卡)$", name)):
        return False
    # 您的收款银行卡 read by 您的X卡: a generic word before 银行 (收款银行, 开户银行) names no bank, as in institutions().
    bank = re.fullmatch(r"(.+?)(?:银行|信用社)", name)
    if bank and generic_prefix(bank.group(1)):
        return False
    # 您的助学贷款, 您的个人住房贷款 read by 您的X贷款: X is a kind of loan, no name (round 18).
    if _KIND_ONLY.fullmatch(name) or _COUNT.fullmatch(name) or _GOODS_ONLY.fullmatch(name) or _MONEY_VERB.search(name):
        return False
    loan = re.fullmatch(r"(.+)(?:贷款|借款)", name)
    if loan:
        # 榕树贷款 is a brand; 个人贷款, 小额借款, 网络贷款 are kinds of loan.
        return len(loan.group(1)) >= 2 and not LOAN_KIND.search(loan.group(1)) and is_name(loan.group(1))
    return True


# A brand that lends, by how it ends (好借钱, 乐享分期, 安心借, 某某消金).
_LENDING_HEAD = derived_cache.compile(r"(?:贷|借|花|钱|分期|金融|钱包|借条|白条|白卡|银行|消金|消费金融|小贷|租|租机|呗)$")
# A chat record's or 企业微信 header puts the person or desk after the brand (lender22): 【乐享分期-李专员】,
# 【好借钱·贷后部】, 【XX分期｜王经理】 (folded text has dropped the separator). The brand is what stands before them.
# (Tried only where no separator precedes, so a run of separators is scanned once, not from each of its characters.)
_HEADER_ROLE = derived_cache.compile(r"(?<![-—–·•|｜/_~\s])[-—–·•|｜/_~\s]*(?:[\u4e00-\u9fff](?:专员|经理|主管|组长|总监|助理|顾问|老师)|"
                          r"(?:贷后|催收|法务|风控|客服)(?:部|中心|组)?|服务中心)\d{0,4}$")


def signature_name(text: str) -> str | None:
    """The brand in a signature that names no registry lender: 【淘宝通知】 → 淘宝; 【流量提醒】 → None.

    A signature is a name by construction, so particles are allowed (饿了么, 阿里旅行·去啊)."""
    text = text.strip().rstrip("。.,，!！")
    header = _HEADER_ROLE.search(text)
    if header and _LENDING_HEAD.search(text, 0, header.start()):
        text = text[:header.start()]  # only a lending brand's desk: 【铁路客服】, 【东莞刘经理】 keep their words
    name = _NOTICE_TAIL.sub("", text)
    if not name and text:
        return None  # 【通知】, 【温馨提示】, 【重要提醒】: a notice word with no brand (round 18)
    if len(name) < 2 or re.fullmatch(r"[\d\W_]+", name) or _CODE.fullmatch(name) or _SENTENCE.search(name):
        return None
    if _no_firm(name):
        return None
    # [租金借款], 【个人贷款】: a kind of loan in the brackets names no brand (round 12 H, cause F)
    loan = re.fullmatch(r"(.+)(?:贷款|借款)", name)
    if loan and LOAN_KIND.search(loan.group(1)):
        return None
    # 【信用卡消费通知】, 【银行卡动账提醒】: a card word and a notice topic, no brand.
    card = re.match(r"(?:信用卡|银行卡|储蓄卡|借记卡)", name)
    if card and (card.end() == len(name) or _GENERIC.match(name[card.end():])
                 or re.fullmatch(r"(?:动账|交易|还款|账单|消费|支出|收入|入账|出账|提醒)+", name[card.end():])):
        return None
    return name
