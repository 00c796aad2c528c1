"""aggr22: a collection lever aimed at the reader, said without any debt word — the message is about the reader's debt.

Short messages from collectors often carry only the lever: 不还就起诉; 还是不还？那就法院见; 今天不还明天就走法律流程;
公司已经把你的资料交给法务，准备起诉; 我们将委托律所向您发送律师函; 您的账户已进入不良资产处置流程. Three frames:
- non-payment as a condition (不还, 再不处理, 还是不还, 继续拖欠) followed within the sentence by a legal or collection
  step (起诉, 法院, 走法律程序, 律师函, 法务, 委外, 担保人, 征信);
- the creditor (我司, 公司, 平台, 我们, 本行) deciding, preparing or announcing that step, with the reader in the sentence
  (你这个账公司已经决定走法律程序; 我们将委托律所向您发送律师函);
- the reader's account or debt put into disposal (您的账户已进入不良资产处置流程, 将对您的欠款进行司法处置).
The writer's own debt (我再不还就要被起诉了), a traffic fine, a wage or a deposit claim against a company, and
reports about other people (据悉, 记者) are not read (analyzer/debt_context.names_debt also checks warnings and
ordinary frames)."""
from __future__ import annotations


from analyzer.debt_owner import writers_own
from functools import lru_cache

from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache

_STEP = (r"(起诉|诉讼|法院|法律(程序|途径|流程|手段)|走法律|司法(程序|途径|处置)|立案|律师函|法务|委外|外访|担保人|保证人"
         r"|征信|按合同(办事|处理|执行)"
         # aggr27: the matter handed up (不还我现在就提交; 再不处理就往上报、移交、升级)
         r"|(就|直接|马上|现在就|立刻)(提交|上报|上交|交上去|往上报|移交|升级))")
# Said to the reader (你再不还, 还是不还, 不给钱是吧); 我再不还 is the writer's own (debt_owner.writers_own, below)
_UNPAID = (r"(再不还|不还钱|还不还|还是不还|仍不还|仍未还|拒不还款|继续拖欠|再拖欠|再拖下去|再不处理|不处理的话|不给钱|再不结清"
           r"|不还的话|不还就|不还款就|不还款的话|逾期不还|(今天|今日|本周|这周|月底|明天|周五)(再|还)?不还)")
# a deadline passed with the matter unhandled or the money not in (今晚12点前不处理, 明天中午之前钱不到账就); the
# deadline says 前 (这个合同今天不处理，法务那边会按流程走 is work talk: test_aggr17)
_UNHANDLED = (r"((今天|今晚|今日|明天|明早|本周|这周|月底|周[一二三四五六日末]|[0-9]点|[0-9][0-9]点)(之前|前|之内|以内|内)不处理"
              r"|(钱|款)(不到账|没到账|不到位)就)")
_GAP = r"[^。\n]{0,14}"
# Each frame compiled on its own through literal_first (one alternation of all of them grew past what it rewrites,
# and re then entered it at every position: 34 µs a message).
LEVER_STEPS = tuple(derived_cache.compile(literal_first(p)) for p in (
    _UNPAID + _GAP + _STEP,
    _UNHANDLED + _GAP + _STEP,
    r"(对|将|把)(您|你)的?[^,。!?;\n]{0,8}(进行|启动|纳入|转入|进入)?[^,。!?;\n]{0,2}(司法处置|不良资产处置)",
    r"(您|你)的?(账户|欠款|借款|贷款|债务|案件)[^,。!?;\n]{0,6}(进入|转入|纳入|列入)[^,。!?;\n]{0,2}(司法处置|不良资产处置)"))
# The suit aimed at the reader in so many words (足够起诉你, 我就去法院告你; not 警告你, 转告你, 原告您好): the writer is the
# creditor here, so debt_owner.writers_own is not asked.
# A payment order (支付令, 支付命令 in Taiwan) is a court's order to pay a debt: applying for one is always about a debt.
DIRECT_SUIT = derived_cache.compile(literal_first(r"起诉(你|您)(?!们)|告(你|您)(?![们一])|(申请|声请)[^,。!?;\n]{0,4}(支付令|支付命令)"
                                      # aggr23: 提交支付令申请 (debt_demand.NOT_DEBT cuts an advert's 申请 out first)
                                      r"|(支付令|支付命令)(的)?(申请|声请)|(提交|递交)[^,。!?;\n]{0,4}(支付令|支付命令)"))
_NOT_SUING = frozenset("警转报忠广通宣劝原被公预敬控上状")  # 警告你, 转告你, 原告您好: the character before 告
# The creditor deciding or announcing the step; read only with the reader in the message (below).
CREDITOR_STEP = derived_cache.compile(literal_first(
    r"(我司|我行|本行|公司|本公司|平台|本平台|我们)[^,。!?;\n]{0,8}(已经|已|将|会|要|准备|决定|拟)[^,。!?;\n]{0,8}"
    r"(走法律程序|走诉讼|起诉(你|您)|递交法院|提交法院|向法院起诉|委托律所|委托律师|律师函|司法处置|交给法务|转法务|交法务"
    # modal28: the creditor's own lawful step announced done (我司已向XX仲裁委员会提交仲裁申请; 我司已就您的合同纠纷向法院递交
    # 起诉材料; 我行已将相关信息报送征信系统): the reader's debt, with no debt word
    r"|仲裁委|仲裁申请|申请仲裁|法院(递交|提交)|起诉材料|诉讼材料|报送征信|上报征信|移交法务|(对|向)(你|您)(提起|发起)(诉讼|仲裁)"
    # aggr28: the creditor's own court steps (我们已经向法院申请强制执行; 我们将于下周向法院提交立案材料; 你的案子我们已经准备起诉了)
    r"|申请(了)?(强制执行|财产保全|诉前保全|诉讼保全)|(提交|递交)(了)?[^,。!?;\n]{0,2}(立案|起诉)(材料|申请)|准备起诉(?![他她那该]))"))
# Not the reader's debt (aggr23: also work talk — 这个项目今天不处理的话，明天就交到法务那边审合同了): a traffic fine, a wage, a deposit or damages (赔) owed by a company, a report about others, a lawyer
# suing for the reader (已代您向法院起诉该平台).
LEVER_NOT = derived_cache.compile(r"违章|罚款|罚单|交警|工资|押金|退款|赔|据悉|据报道|记者|网友|涉事|项目|审合同|合同审|审批|报销|工单|(代|帮)(您|你)(向|起诉|提起|申请)|受(您|你)的?委托"
                       r"|(起诉|告)(他|她|那|该|对方|老板|房东|公司|平台|商家|物业)")


# Speed: every frame above and below names one of these characters (诉 法 案 律 委 访 保 征 合 告 处 令; aggr27: 直 交 报 移 升); most messages hold none,
# and one class search costs a fraction of the frames' (the frames cost about 40 µs a message without it).
_KEYS = derived_cache.compile(r"[诉法案律委访保征合告处令协减程流直交报移升官]")


# (with a creditor's offer beside it, 想协商的话今天还来得及, and asking nothing: 这周五统一提交法院立案，你那边的证据准备好了吗
# is a litigant's colleague)
_SETTLE = derived_cache.compile(r"协商|还款|还钱|结清|处理|解决|撤诉|和解|分期|拖|欠|钱")
_ASKED = derived_cache.compile(r"\?|吗|嘛|证据")
_SENTENCE = derived_cache.compile(r"[^。!?\n]*[。!?\n]?")
# aggr23: a filing with a date, told to the reader (这周五统一提交法院立案, 明天就递交法院): read only with the reader in
# the message (below), and never for the writer's own case (debt_owner.writers_own; LEVER_NOT names 起诉老板, 房东).
DATED_FILING = derived_cache.compile(literal_first(
    r"(今天|明天|后天|本周|这周|下周|周[一二三四五六日末]|月底|[0-9]{1,2}(号|日))[^,。!?;\n]{0,6}(统一)?(提交|递交|移交|报送)(到|至|给)?"
    r"[^,。!?;\n]{0,4}(法院|仲裁)"
    r"|(今天|明天|后天|本周|这周|下周|下个?月|月底)[^,。!?;\n]{0,3}(就|直接|统一|开始)(起诉|立案|走诉讼)"))


def _opening(f: str, at: int) -> int:
    """Where the sentence holding `at` opens (after the last 。!? or newline before it)."""
    return max(f.rfind(c, 0, at) for c in "。!?\n") + 1


# aggr26: the settlement window closing on the reader, said without a debt word (这是给您的最后一次协商机会，今天不处理，
# 明天案件将升级; 过了今天就没有减免政策了，后续按正常流程走; 再不处理我们就不再和您协商了; 电话一直不接…只能按程序处理):
# a last chance, an unhandled deadline or an unanswered phone, then the case escalated, the negotiation or the relief
# withdrawn, or "the procedure" taken. Read only with the reader in the message (below). The deadline says 前 and 的话 is
# not enough (你这个合同今天不处理，法务那边会按流程走 is work talk: test_deadline22, test_aggr17).
WINDOW_CLOSING = derived_cache.compile(literal_first(
    r"(最后[^,。!?;\n]{0,8}(机会|时间|期限)|再不处理|(今天|今日|今晚|明天)(之前|前|内)不处理|过了(今天|今晚|明天|这个时间)"
    r"|(电话|短信|消息|信息)[^,。!?;\n]{0,3}不(接|回))"
    r"[^。\n]{0,24}"
    r"(案件[^,。!?;\n]{0,4}(升级|上交|上报)|(不再|不会再|没法再|无法再)(和|跟|与|给)(你|您)(协商|沟通|谈|减免)"
    r"|(没有|取消|不再有|不再享受)[^,。!?;\n]{0,4}(减免|协商)|按(正常)?的?(流程|程序)(走|处理|办)"
    # aggr27: the channel itself closed (过了今晚12点，协商渠道关闭)
    r"|(协商|减免|分期)(的)?(渠道|通道|窗口)?(关闭|作废|失效|取消))"))
# the same said the other way round: the case about to go up, then the deadline (你这个案件明天就上交了，今天再不处理…)
WINDOW_CLOSING_AHEAD = derived_cache.compile(literal_first(
    r"案件[^,。!?;\n]{0,6}(升级|上交|上报)[^。\n]{0,16}(再不处理|不处理的话|(今天|今日|今晚|明天)(之前|前|内)?(再)?不处理)"))
# aggr26: a guarantor or co-borrower asked to pay for the borrower (作为本笔贷款的保证人，请您于3日内履行保证责任，代为偿还):
# the reader's own liability under the guarantee, with no 逾期 (advice to guarantors, 可能要承担…吗, is not a demand).
GUARANTEE_CALLED = derived_cache.compile(literal_first(
    r"(担保人|保证人|共同借款人|共同还款人)[^。!?\n]{0,30}(请|务必|须|需|要求)(你|您)?[^,。!?;\n]{0,10}"
    r"(代偿|代为(偿还|还款|归还|清偿)|履行[^,。!?;\n]{0,4}(担保|保证|连带|还款)(责任|义务))"))
_ADVICE = derived_cache.compile(r"可能|是否|吗|\?|律师提醒|普法|咨询|不(要求|需|必|用)|无需|仅作告知")


# aggr27: the reader's case or account handed up to a supervisor, the legal department or an outside agency (你的案子我这边
# 已经提交给主管了): a complaint, an after-sales or an insurance case handed up is the reader's own request (not read).
HANDED_UP = derived_cache.compile(literal_first(
    # aggr28: also 你这个案子, 报给, 到了…手里 (你这个案子我这边明天就报给法务了; 你的案子已经到了法务手里)
    r"(你|您)(的|这个|这笔|那个)?(案子|案件|账户|欠款|账单)[^,。!?;\n]{0,8}(已经|已|会|将|要|就)?(提交|上报|移交|转交|交|报|到了)(给|到|至)?[^,。!?;\n]{0,4}"
    r"(主管|上级|法务|委外|第三方|律所|催收|诉讼)"
    # modal28: the reader's case or contract put in a lawyer's hands or into the legal department's process (您的案件已委托XX
    # 律师事务所; 您的合同已进入法务流程)
    r"|(你|您)的(案子|案件|账户|欠款|账单|合同|借款|贷款|信用卡|债务)[^,。!?;\n]{0,6}(已经|已)(被)?(委托|进入|转入)[^,。!?;\n]{0,4}"
    r"(律师|律所|法务|诉讼|仲裁)"))
_OWN_CASE = derived_cache.compile(r"投诉|售后|理赔|维修|退货|退款|报修|申诉|工单|审核")

# aggr27: an ultimatum by question, naming the legal step the reader is said to wait for (是不是要等到法院传票寄到你家你才
# 处理？): the reader's own debt, with no debt word. Only 才 + paying or handling (是不是要等到法院判决才离婚 is not).
ULTIMATUM_WAIT = derived_cache.compile(literal_first(
    r"是不是(要|非要|非得|想)?等(到|着)[^,。!?;\n]{0,16}(法院|法庭|传票|起诉|判决|强制执行|律师函|仲裁|上门|外访)"
    r"[^,。!?;\n]{0,12}才(处理|还|解决|出面|接电话|肯还)"))
# aggr29: the law as the road the reader's delay leads to, said to the reader without a debt word (那就法院见; 真打起官司来
# 你一分都少不了; 法律程序该走会走; 不想把事情闹到法院; 等进了诉讼程序就只能按判决来了; 起诉后会依法申请财产保全, 别让事情
# 走到那一步): a creditor's lever, so the message is about the reader's debt. Read only with the reader in the message and
# never for the writer's own case (debt_owner.writers_own); LEVER_NOT rules out a landlord, a deposit, a wage, a report.
ROAD_TO_COURT = derived_cache.compile(literal_first(
    r"法院见|(打|吃)起?官司(来)?|诉诸(法律|法院|司法)|(按|依)法律(来|走|办)|法律程序该(走|怎么走)|闹到法院"
    r"|(走|闹|拖|等)到[^,。!?;\n]{0,4}(起诉|诉讼|法院|打官司|法律程序|强制执行|立案)(的|那|这)?(一步|地步|份上)"
    r"|(进了|进入)诉讼(程序)?[^,。!?;\n]{0,6}(只能|就)[^,。!?;\n]{0,4}判决"
    r"|(起诉|立案|判决)(后|之后|下来后?)[^,。!?;\n]{0,8}申请[^,。!?;\n]{0,4}(财产保全|诉前保全|诉讼保全|强制执行|查封|冻结)"))
# ...with money the reader is chased for (拖, 欠, 钱, 一分, 躲, 判多少), and no other matter a court decides between two people
# (那就法院见 over a divorce, custody, a renovation, a car crash, a slander, a fake product: not a debt of the reader's)
_ROAD_MONEY = derived_cache.compile(r"协商|还款|还钱|结清|分期|拖|欠|钱|一分|躲|判多少|怎么判|名下")
_ROAD_NOT = derived_cache.compile(r"离婚|婚姻|抚养|探视|分手|彩礼|装修|返工|质量|假货|维权|撞|事故|造谣|诋毁|名誉|侵权|工伤|货款|普法|课")


# aggr27: repeated contact announced until the reader pays or deals with it (我们会每天给你打电话，直到你处理为止):
# 直到 the reader pays, settles or handles it, right after (直到您的问题处理完毕 is a service desk, not read).
CONTACT_UNTIL = derived_cache.compile(literal_first(
    r"(每天|天天|每日|一天[0-9一两二三四五六七八九十几]+(次|遍|个)|不停(地)?|反复|轮流|上午下午各)[^,。!?;\n]{0,8}"
    r"(打电话|打给|致电|联系|催|发短信|发信息|提醒)[^。\n]{0,10}直到(你|您)(把(钱|账|欠款)?)?(处理|还清|还款|还钱|结清|还上)"))


# aggr30: the collector's role clear, the reader chased and the next step told, with no debt word (【XX消费金融】贷后管理部:
# 多次致电您均无人接听…否则将转交外访组; 这里是XX银行信用卡中心…一直联系不到您，我们将向您的户籍地址寄送书面通知函; 如您今日
# 仍未回电，我司将联系您预留的紧急联系人). The three classes are data (knowledge/data/rules/zz_aggr30.toml): the role (a
# collector's department, a lender's signature or self-introduction, 我司/本行, contact data the reader 预留), the chase
# (电话不接, 拉黑, 联系不上, 失联) and the step (外访, 上门, 户籍地, 预留的联系人, 移交, 升级, 催告函). A deadline, a visit or a
# call-back request alone never counts: a courier, a school, a landlord, a repair visit, a boss chase the reader too, and
# they name no collector's role (aggrthirty_ordinary rules out those that do sign: 【XX快递】, 【XX小学】).
@lru_cache(maxsize=1)
def _role_chased() -> tuple:
    lexicon = load_lexicon()
    role = derived_cache.compile(literal_first(lexicon.expand("{aggrthirty_role}")))
    chased = derived_cache.compile(literal_first(lexicon.expand(
        r"({aggrthirty_chased})[^。\n]{0,30}({aggrthirty_next})|({aggrthirty_next})[^。\n]{0,20}(因|由于|鉴于)[^,。!?;\n]{0,6}({aggrthirty_chased})")))
    ordinary = derived_cache.compile(lexicon.expand("{aggrthirty_ordinary}"))
    return role, chased, ordinary


_STEP_DENIED = derived_cache.compile(r"不会|不再|无需|不用|取消|改约|改期|如需|如遇|冒充|自称|诈骗|骗子|谨防|警惕")


def role_chased(f: str) -> bool:
    """aggr30: the collector's role + the reader chased + the next step (above), said to the reader."""
    if "你" not in f and "您" not in f:
        return False
    role, chased, ordinary = _role_chased()
    if not role.search(f):
        return False
    return (any(not _STEP_DENIED.search(m.group()) and not writers_own(f, [m.start()]) for m in chased.finditer(f))
            and not ordinary.search(f))


# aggr32: an ultimatum to the reader (最后一次通知, 错过今天, 今晚十点前不处理, 如您今日仍未联系) and, once it passes, a
# collection or legal step (起诉, 诉讼组, 递交法院, 第三方机构接手, 移交外访, 下一处理阶段, 上门), with no debt word; or the
# reader dodging (换号, 拉黑, 关机, 不接不回) told the legal step reaches them anyway (法院的文书照样能送到, 传票到了你就知道了).
# A court's own notice (本院, 【XX人民法院】) is legal_notice's and not read here. The
# classes are data (knowledge/data/rules/zz_aggr32.toml). A deadline alone never counts (a shop's offer, a parcel, an
# exam, a renewal lapse into 恢复原价, 退回, 暂停), nor a court alone (a witness, the reader's own filing, a lawyer's client):
# aggrthirtytwo_ordinary rules those out, and _STEP_DENIED a warning or a denial (我们不会上门).
@lru_cache(maxsize=1)
def _ultimatum() -> tuple:
    lexicon = load_lexicon()
    frame = derived_cache.compile(literal_first(lexicon.expand(
        r"({aggrthirtytwo_ultimatum})[^。\n]{0,30}({aggrthirtytwo_step})"
        r"|({aggrthirtytwo_dodged})[^。\n]{0,30}({aggrthirtytwo_court})")))
    ordinary = derived_cache.compile(lexicon.expand("{aggrthirtytwo_ordinary}|{aggrthirtytwo_court_sender}"))
    return frame, ordinary


def lever_gates() -> dict[str, tuple[frozenset[str] | None, ...]]:
    """speed32: the keys role_chased's and ultimatum_step's frames cannot match without (prefilter.any_branch_keys):
    role_chased needs its role and its chase-then-step frame, ultimatum_step its frame."""
    role, chased, _ordinary = _role_chased()
    return {"role_chased": (any_branch_keys(role), any_branch_keys(chased)),
            "ultimatum": (any_branch_keys(_ultimatum()[0]),)}


def ultimatum_step(f: str) -> bool:
    """aggr32: an ultimatum to the reader, then a collection or legal step (above)."""
    frame, ordinary = _ultimatum()
    return (any(not _STEP_DENIED.search(m.group()) and not writers_own(f, [m.start()]) for m in frame.finditer(f))
            and not ordinary.search(f) and not _WARNED.search(f))


# (a warning about collectors quoting the ultimatum, 如遇自称…说错过今天就起诉，请报警: the rule's `unless` says the same)
_WARNED = derived_cache.compile(r"如遇|冒充|自称|诈骗|骗子|谨防|警惕")


def _framed(f: str) -> bool:
    # speed28: whether the reader is named (你|您; was a pattern, _READER) tested once, with `in`, where five searches each asked it
    reader = "你" in f or "您" in f
    # (debt_owner.writers_own: 我再不还就要被起诉了 is the writer's own debt)
    if any(not writers_own(f, [m.start()]) for step in LEVER_STEPS for m in step.finditer(f)):
        return True
    if any(not (m.group().startswith("告") and m.start() and f[m.start() - 1] in _NOT_SUING)
           for m in DIRECT_SUIT.finditer(f)):
        return True
    # (the question is asked in the filing's own sentence: 你觉得公司会一直等你吗？下周就起诉 asks elsewhere)
    if (reader and _SETTLE.search(f)
            and any(not writers_own(f, [m.start()]) and not _ASKED.search(_SENTENCE.match(f, _opening(f, m.start())).group())
                    for m in DATED_FILING.finditer(f))):
        return True
    if reader and any(not writers_own(f, [m.start()]) for m in WINDOW_CLOSING.finditer(f)):
        return True
    if reader and WINDOW_CLOSING_AHEAD.search(f):
        return True
    if reader and GUARANTEE_CALLED.search(f) and not _ADVICE.search(f):
        return True
    if reader and any(not writers_own(f, [m.start()]) for m in ULTIMATUM_WAIT.finditer(f)):
        return True
    if (reader and _ROAD_MONEY.search(f) and not _ROAD_NOT.search(f)
            and any(not writers_own(f, [m.start()]) for m in ROAD_TO_COURT.finditer(f))):
        return True
    if CONTACT_UNTIL.search(f):  # (the pattern names the reader)
        return True
    if HANDED_UP.search(f) and not _OWN_CASE.search(f):  # (the pattern names the reader)
        return True
    # the creditor frame needs the reader: 我们已经决定起诉那家装修公司 is the writer's own case
    return bool(CREDITOR_STEP.search(f)) and reader


def lever_step(f: str, chased: bool = True, ultimatum: bool = True) -> bool:
    """A collection lever aimed at the reader (see the module docstring), with none of LEVER_NOT. `chased`,
    `ultimatum`: False when f's keys miss those frames' gates (lever_gates; speed32), which are then not searched."""
    return (((bool(_KEYS.search(f)) and _framed(f)) or (chased and role_chased(f)) or (ultimatum and ultimatum_step(f)))
            and not LEVER_NOT.search(f))
