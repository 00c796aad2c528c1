"""A debt said to be settled: paid out, paid off, rolled over, put on a plan or taken by itself (analyzer/debt_context.py reads it)."""
from __future__ import annotations

from analyzer import debt_lawful
from analyzer.debt_asknothing import nothing_due_yet
from analyzer.debt_owner import clause_opening
from analyzer.debt_plan import plan_aside, plan_owed
from analyzer.debt_receipt import repaid_record
from analyzer.document import Document
from analyzer.firstchar import literal_first
from analyzer.lexclass import lex_class
from knowledge import derived_cache


# A loan just paid out (发放借款通知, 支付成功, 审批金额) that only adds "请按时还款": not a demand, unless
# something is overdue or owed.
DISBURSED = derived_cache.compile(r"发放借款|借款发放|放款成功|已放款|借款已?到账|审批金额|已发放至|已支付至|放款金额[^,。!?;\n]{0,12}已到账")
# para15 (UNSEAL_para15.md, cause N1): a disbursement names its first due date (首期还款日…): not money owed yet.
# (gate24: not 还款日历, the App's calendar of due dates: 已放款…请您关注还款日历，按时还款)
# (gate39: nor a schedule's words, 每期应还金额, 首期账单将在APP内生成)
OWED = derived_cache.compile(r"逾期|欠款|催收|未还|拖欠|(?<!每期)应还|待还|到期|(?<!首期)(?<!首次)(?<!首个)还款日(?!历)|(?<!首期)账单")


# A repayment receipt (还款金额…本期账单已还清 / 到账后账单即还清) with nothing still owed or overdue.
# aggr17: the pasted tail 如已结清请忽略 is a condition, not a receipt (a debt-transfer notice ends with it).
# gate19: 全部结清 after a demand or a deadline is asked for (必须全部结清, 今天下午三点前全部结清), not done.
# notrem26: also with its manner between (您已成功提前结清全部借款, 已全额还清)
# aggr28: 即 as "at once" is not 已 (请立即还清全部欠款 asks for the payment; 即已还清, 到账即还清 say it is done)
# gate23: also a debit already taken for the instalment (本月应还3210元已从尾号0917账户扣收, 已于今日扣款成功, 已足额扣收)
# gate37: also 成功 before the debit (已于12月5日从您的还款账户成功扣款)
PAID_OFF = derived_cache.compile(literal_first(r"(?<!如)(?<!若)(?<!如果)(?<!如您)(?<!若您)(?<!如你)(?:已|已经|(?<!立)(?<!随)即|均已|(?<![须需要请前内能得])全部)(?:自动|成功|提前|全部|全额|按时|一次性|足额){0,2}(还清|结清)"
                                    r"|还款成功|已成功还款"
                                    r"|(?<!如)(?<!若)(?:已|已经)(?:于[^,。!?;\n]{0,8})?(?:按时|按期|自动|足额){0,2}(?:从[^,。!?;\n]{0,16})?(?:成功)?(?:扣款|扣收|扣划|划扣|扣缴|代扣)(?:成功)?(?!失败|未|不)"
                                    r"|(?<![未没不有能])(?:扣款|扣收|划扣|代扣)成功"))  # (gate35: nor 没有扣款成功, 没能扣款成功)
# (gate18: 剩余本金, 剩余期数 after a payment is the loan's balance, not a sum due now)
# gate25: nor the arrears named as paid (您已结清全部欠款)
# gate24: nor an overdue sum named as paid (您已还清逾期款项), a caution for next time (下次争取不要逾期), collection
# called off (已撤回委外催收, 已停止催收)
# gate23: not the overdue sum said to be paid off (您的逾期款项已全部还清), the overdue record that stays on file, nor
# the sum due said to be taken already (本月应还233.33元已自动扣款成功)
# gate36: nor the sum due said to be paid from the housing fund already (本月应还1980元已从公积金账户冲还)
# gate37: also after a comma and a longer date and account (应还款额3462.18元，已于12月5日从您的还款账户成功扣款)
# gate29: nor an owed state negated (当前无待还金额, 无逾期, 没有未还款项): the account is clear
STILL_OWED = derived_cache.compile(r"(?<!还清)(?<!结清)(?<!不要)(?<!避免)(?<!以免)(?<!防止)(?<!无)(?<!没有)逾期(?!记录|[^,。!?;\n]{0,6}(已|已经)(全部|全额|均)?(还清|结清|归还|偿还))|(?<!无)(?<!没有)(?<!结清全部)(?<!还清全部)(?<!结清)(?<!还清)欠款|(?<!停止)(?<!撤回)(?<!撤销)(?<!终止)(?<!结束)(?<!委外)催收|(?<!无)(?<!没有)(?<!剩余)未还|拖欠|(?<!每期)应还(?![^,。!?;\n]{0,14},?(已|已经)[^,。!?;\n]{0,20}(成功)?(扣款|扣收|扣划|划扣|扣缴|代扣|冲还|还清|结清|还款成功)|[^,。!?;\n]{0,10}将(计入|记入|并入))|还差|(?<!无)(?<!没有)待还(?!本金)|仍需|尚需|还需|剩余(?!(未还|贷款|待还|应还)?本金|期数|\d{1,3}期|额度|可用)|最低还款(?!额?(为|是)?0(\.0+)?元)|扣款失败|罚息|违约金")
# A rollover confirmed (您已成功申请续期7天，到期请及时还款, 展期成功): the servicing act is the message and its
# 到期请还款 names the new due date; like PAID_OFF, not a demand unless something is still owed (STILL_OWED).
RENEWED = derived_cache.compile(literal_first(r"(已|已经)?成功(申请|办理)?(续期|展期|延期还款|续借)|(续期|展期|延期还款|续借)(已)?成功"
                                               # fa38: a delay or a new plan granted (账单延期已审核通过; 还款计划已按您的申请调整)
                                               r"|(延期|展期|续期)(申请)?(已|已经)(审核)?通过|还款计划(已|已经)[^,。!?;\n]{0,10}调整"))
# gate24: a repayment service switched on (自动还款设置成功, 白条还款提醒设置成功, 已成功开通自动还款), and a creditor
# saying the money lent has come back (借你的500块收到啦). (gate36: also 已成功办理自动还款): like RENEWED, nothing asked for unless STILL_OWED.
SERVICE_SET = derived_cache.compile(literal_first(r"(自动还款|还款提醒|到期提醒|自动扣款|代扣)(功能|服务)?((已|已经)(设置|开通|签约|绑定)|(设置|开通|签约|绑定)成功)"
                                       r"|(已|已经)?成功(设置|设定|开通|签约|绑定|办理)[^,。!?;\n]{0,6}(自动还款|自动转账还款|还款提醒|自动扣款|代扣)"))
# (an instalment booked to a later bill, 首期应还89.90元将计入1月账单: a purchase on credit, nothing due yet)
BOOKED = derived_cache.compile(r"将(计入|记入|并入)[^,。!?;\n]{0,6}账单")
# (a sum taken by itself from the reader's own fund or account that needs nothing of them, 公积金贷款本月应还2100元将于15日
# 从您的公积金账户自动冲还，无需操作: nothing asked, unless something is overdue, failed or short)
NOTHING_TO_DO = derived_cache.compile(r"(无需|无须|不需要|不用)(您|你)?(进行)?(任何)?(额外)?(操作|处理|办理)")
_NOT_SMOOTH = derived_cache.compile(r"逾期|欠款|欠费|未还|拖欠|失败|不足|未成功|不成功|催")


MONEY_BACK = derived_cache.compile(r"(钱|块|元|万)[^,。!?;\n]{0,4}(已经|已)?收到(了|啦|咯|喽|哈)?(?=[,。!;~]|$|谢)")


def _settled(doc: Document, stripped: str) -> bool:
    """A loan just paid out (DISBURSED) with nothing overdue or owed, or a debt paid off, rolled over, or put on a plan
    (PAID_OFF, RENEWED, paid_state, plan_set) with nothing still owed: no demand, whatever else names_debt finds."""
    # gate39: also a loan paid out, its sum before 已到账 (您的金条借款3000元已到账; lexicon `gatethirtynine_disbursed`)
    if (DISBURSED.search(doc.f) or lex_class("gatethirtynine_disbursed").search(doc.f)) and not OWED.search(stripped):
        return True
    # neg75: also a plan advertised, paid off or applied for, with nothing to pay now (analyzer/debt_plan.py)
    if nothing_due_yet(doc.f) or plan_aside(doc.f):
        return True  # rnc56: the reader's own application answered, credit offered, this instalment paid (debt_asknothing)
    # lawful17: also a plan just set up (分期还款计划已生效) and a paid state said with a date (贷款已于今日结清)
    if (not _NOT_SMOOTH.search(doc.f) and any(not _CONDITION.search(doc.f, max(0, m.start() - 10), m.start())
                                              for m in NOTHING_TO_DO.finditer(doc.f))):
        return True  # (not 如已还款，无需处理: a condition)
    # gate29: also a bank's account-movement record with its balance (支出…用途：贷款还款，余额2308.11元)
    # gate36: also a bank's or a fund's record of a repayment done (analyzer/debt_receipt.py)
    # neg75: a plan set up counts unless it leaves a dated sum to pay (首期…请于1月2日前支付: analyzer/debt_plan.py)
    # gate35: also a repayment receipt (提前还款已办理成功, 向XX小贷还款…交易成功, 成功自动扣款用于偿还房贷第56期)
    return bool((_paid_off(doc.f) or RENEWED.search(doc.f) or debt_lawful.paid_state(doc.f) or debt_lawful.account_moved(doc.f)
                 or (debt_lawful.plan_set(doc.f) and not plan_owed(doc.f, True)) or SERVICE_SET.search(doc.f) or MONEY_BACK.search(doc.f) or BOOKED.search(doc.f)
                 or _repaid_done(doc.f) or repaid_record(doc.f) or _nil_said(doc.f))
                and not STILL_OWED.search(_cleared_out(doc.f)))


# gate37: an owed word said to be nil or cleared (当前欠款0元; 无剩余待还金额; 本期逾期状态已解除; 欠款已结清):
# lexicon `gatethirtyseven_cleared`, knowledge/data/rules/zz_gate37.toml.
_CLEARED = "gatethirtyseven_cleared"


def _nil_said(f: str) -> bool:
    """gate39: the debt said nil or cleared by itself (本月无待还账单; 本期账单无应还金额), not as a condition
    (如无欠款请忽略); STILL_OWED then reads what is left."""
    return any(not _CONDITION.search(f, clause_opening(f, m.start()), m.start())
               for m in lex_class(_CLEARED).finditer(f))


def _cleared_out(f: str) -> str:
    """`f` less what says the debt is nil or cleared: what is left of it is what STILL_OWED reads."""
    return lex_class(_CLEARED).sub(lambda m: " " * len(m.group()), f)


def _repaid_done(f: str) -> bool:
    """gate35: a repayment receipt (lexicon `gatethirtyfive_repaid`, knowledge/data/rules/zz_gate35.toml), not in a
    clause that opens with a condition (如今日成功扣款，将视同按时还款)."""
    return any(not _CONDITION.search(f, clause_opening(f, m.start()), m.start())
               for m in lex_class("gatethirtyfive_repaid").finditer(f))


# gate23: a payment said as a condition (如今日扣款成功，将视同按时还款; 若您本期已结清) has not been made
_CONDITION = derived_cache.compile(r"如|若|假如|一旦|倘若")


def _paid_off(f: str) -> bool:
    """A payment said as done (PAID_OFF), not in a clause that opens with a condition."""
    return any(not _CONDITION.search(f, clause_opening(f, m.start()), m.start()) for m in PAID_OFF.finditer(f))
