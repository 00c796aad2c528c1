"""Ordinary messages that carry debt words (lawful17): the collector talked about rather than speaking, a borrower's
own complaint, a lender's friend saying there is no rush, a repayment plan just set up, a paid state. The classes
are data (knowledge/data/rules/lawful_r17.toml); debt_context.about_debt reads them to keep such messages out of
the debt frame. Each test is narrow on purpose: a signed message, or one that names the reader's own debt, keeps
its debt words."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.lexclass import lex_class
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache

# The writer names the collector as themselves (我是XX催收的, 我们催收部门, 本公司催收人员): the collector speaks.
# Any 我 but one naming a friend or a relative (我朋友做催收的, 我表哥干催收的): a collector says 我 in many ways
# (narrowing it to 我是/我们 cost r3_sealed 0.884 → 0.856 balanced). The lender handing the case on (将委托专业催收公司
# 上门, 已移交催收部门) names its own step, not someone else's.
_SELF = derived_cache.compile(r"我(?!朋友|同学|同事|表|堂|亲戚|家|老公|老婆|爸|妈|哥|姐|弟|妹|舅|姑|叔|姨|邻居|室友|舍友)|本公司|本司|本平台|本行"
                   r"|委托|交给|交由|移交|转交|转给|外包给|安排|派")
_CLAUSE_START = derived_cache.compile(r"[,。!?;\n]")
_VOICE_WINDOW = 200
_SOMEONE = derived_cache.compile(r"(有个|有一个|一个|几个|有些|有人|自称是?|那个|那些)$")


def role(name: str) -> re.Pattern[str]:
    """notrem26: a role class of knowledge/data/rules/lawful_role.toml (role_reader_party, role_reader_target…)."""
    return lex_class(name)


def collector_told(f: str) -> list[tuple[int, int]]:
    """Spans of folded text `f` where a collector is talked about in the third person (催收电话又打来了, 催收说要上门,
    某催收公司被判刑): the 催收 there is not the writer's demand. A clause that names the writer before it
    (我是…催收, 我们催收人员), and a transcript's speaker turn (催收员：…), are the collector speaking and are kept."""
    spans = []
    clause = scanned = 0  # the clause start found so far, and how far the text has been scanned for one (matches
    for m in lex_class("collector_told").finditer(f):  # come in order, so each stretch is scanned once: linear)
        if f.startswith(":", m.end()):
            continue
        for e in _CLAUSE_START.finditer(f, scanned, m.start()):
            clause = e.end()
        scanned = max(scanned, m.start())
        # Who speaks is read in the last _VOICE_WINDOW characters of the clause: an unpunctuated 10,000-character
        # paste would otherwise make this quadratic (test_pattern_time).
        start = max(clause, m.start() - _VOICE_WINDOW)
        # gate18: 有个催收, 一个催收, 自称催收 is someone else whoever speaks (我跟你说今天有个催收打到我这来了)
        if _SOMEONE.search(f, max(start, m.start() - 3), m.start()) or not _SELF.search(f, start, m.start()):
            spans.append(m.span())
    return spans


# A public body speaking to the public (a regulator's notice, a police or community broadcast): it talks about
# collectors too (合法催收不得骚扰借款人亲友, 识别非法催收讲座), and never collects.
_PUBLIC_SIGNER = derived_cache.compile(r"社区|街道|居委会|村委会|公安|派出所|反诈|警方|网警|监管|金融监督|人民银行|银保监|检察院|政府"
                            r"|消协|消费者协会|12378|12321|网信|司法局|法律援助|普法"
                            # gate36: the news media (【央视新闻】“反催收联盟”实为诈骗团伙)
                            r"|新闻|日报|晚报|报社|电视台|央视|新华社|人民网|广播")


def talks_of_collectors(signatures: list[str]) -> bool:
    """Whether a message so signed may talk of collectors without being one: unsigned, or signed by a public body
    (gate18: or by a bystander, an employer's office, a school, a property office: lexicon `bystander_signer`)."""
    return not signatures or any(_PUBLIC_SIGNER.search(s) or lex_class("bystander_signer").search(s)
                                 for s in signatures)


def signers(signatures: list[str]) -> list[str]:
    """gate18: the signatures that name a sender, without a pasted chat's or screenshot's header ([微信], [语音转文字],
    [群聊 "大学室友"], [14:36]: lexicon `channel_header`): where a message was copied from is not who wrote it."""
    return [s for s in signatures if not lex_class("channel_header").match(s)]


def blank(f: str, spans: list[tuple[int, int]]) -> str:
    """`f` with `spans` replaced by spaces (offsets kept)."""
    for start, end in spans:
        f = f[:start] + " " * (end - start) + f[end:]
    return f


def borrower_complaint(f: str) -> bool:
    """The borrower's own complaint or plea (投诉书：本人在XX平台借款…; 请求监管部门处理; 明天我陪你去投诉), or
    (gate18) the borrower writing to the lender's service (客服你好，我已经还清了…麻烦帮我查一下: `borrower_to_lender`)."""
    return bool(lex_class("borrower_complaint").search(f) or lex_class("borrower_to_lender").search(f))


def kin_advice(f: str) -> bool:
    """gate18: a relative or partner, calling the reader first (闺女，… / 老公，…), advising them to repay their own loan or
    card (记得还, 别逾期了, 影响征信) and naming no one the money is owed to (kin_creditor: 还她, 欠我). The caller
    also checks that a loan or card is named."""
    return bool(lex_class("kin_vocative").search(f) and lex_class("kin_advice").search(f)
                and not lex_class("kin_creditor").search(f))


def pasted_form(f: str) -> bool:
    """A contract sample, a form or its instructions pasted in (借款合同（样本）第五条…, 填表说明：…), or (fa20) a law
    lesson, a Q&A, a regulation or a news item pasted in (法官说法：…, 答网友问：…, 《…指导意见》明确…)."""
    return bool(lex_class("pasted_form").search(f))


def borrowed_item(f: str) -> bool:
    """Something other than money borrowed (借阅的图书已逾期, 租借的设备请按时归还)."""
    return bool(lex_class("borrowed_item").search(f))


def no_rush(f: str) -> bool:
    """The lender among friends says there is no hurry (借你的钱不用急着还, 先不用还)."""
    return bool(lex_class("no_rush").search(f))


# border30: the reader asked to pay now, or told what follows if they do not (先把这期的500还上; 今天不还就起诉; 门都没有):
# a creditor who says "别着急" and asks for money in the same message has not set the debt aside
_ASKED_NOW = derived_cache.compile(r"(必须|务必|赶紧|马上|立即|立刻|尽快|今天|今晚|明天|这周|本周|月底前|先把)[^,。!?;\n]{0,10}(还|转|结清|付)"
                                   r"|不还|还不上|起诉|法院|律师|门都没有|别想(?![了太多])|没完")


def set_aside(f: str) -> bool:
    """border30: the creditor sets the debt aside as a topic (欠款的事你别着急, 欠我的那两千块不急，先顾孩子, 你欠我的钱我已经
    不急了), and asks for no payment now in the same message (_ASKED_NOW)."""
    return bool(lex_class("debt_set_aside").search(f)) and not _ASKED_NOW.search(f)


def plan_set(f: str) -> bool:
    """An instalment or repayment plan just set up or approved (分期还款计划已生效, 个性化分期已审批通过…请按期还款):
    the lawful sets label it not_collection even with 请按期还款 (lawful9 LN056, lawful_probes P161/P349); press16's
    design item PX16-220 labels the same wording reminder."""
    return bool(lex_class("plan_set").search(f))


def paid_state(f: str) -> bool:
    """A repayment made (贷款已于今日结清, 已按时还款, 经协商已缴清)."""
    return bool(lex_class("paid_state").search(f))


def joking(f: str) -> bool:
    """A friend's joke (哈哈哈, 开玩笑的, 😂; lexicon `jest`) not taken back (`jest_void`), naming no harm a joke does
    not excuse (`jest_harm`) and none of a lender's words (`jest_block`: 逾期, 平台, 催收…)."""
    return bool(lex_class("jest").search(f)) and not any(lex_class(n).search(f)
                                                         for n in ("jest_void", "jest_harm", "jest_block"))


_LEGAL_SIGNER = derived_cache.compile(r"法院|中院|高院|法庭|仲裁|律师|律所|12368")


def court_relayed(f: str, signatures: list[str]) -> bool:
    """A bank or a courier relaying a court's act (账户因司法冻结…冻结机关：某法院; 法院寄出的诉讼文书明日派送): the
    signer is not a court, an arbitration body or a law firm, so the message is neither the court's notice nor
    collection (lexicon `court_relayed`)."""
    return (bool(signatures) and not any(_LEGAL_SIGNER.search(s) for s in signatures)
            and bool(lex_class("court_relayed").search(f)))


# gate29: whose debt, asked by whom. Each is read only in a message without 你/您 (nobody addressed) and unsigned
# (debt_context._ordinary): a reader asking others about a debt, a writer telling of a relative's or a friend's debt.
_YOU = derived_cache.compile(r"你|您|妳")


def asks_advice(f: str) -> bool:
    """The writer asks others about a debt (请问信用卡逾期了一个月会影响征信吗, 网贷逾期会不会上门…有没有懂的朋友说一下;
    lexicon `gtwnj_advice_asked`), addressing no one as the debtor: not a lender's demand."""
    return not _YOU.search(f) and bool(lex_class("gtwnj_advice_asked").search(f))


@lru_cache(maxsize=1)
def _others_debt() -> re.Pattern[str]:
    """The writer's relative or friend, then within the clause a debt or a case (我表哥因为信用卡透支被银行起诉了)."""
    return derived_cache.compile(load_lexicon().expand(r"我(?:的|家)?(?:{relative}|{contact})[^,。!?;\n]{0,12}(?:{gtwnj_others_debt})"))


def others_debt(f: str) -> bool:
    """gate29: the debt told of is a relative's or a friend's of the writer (我表哥…被银行起诉了, 我同事网贷逾期了), and
    no one is addressed (no 你/您)."""
    return not _YOU.search(f) and bool(_others_debt().search(f))


def account_moved(f: str) -> bool:
    """gate29: a bank's account-movement notice (支出人民币4125.67元，用途：贷款还款，余额2308.11元): money already taken,
    a record with a balance after it, not a sum asked for (lexicon `gtwnj_account_moved`)."""
    return bool(lex_class("gtwnj_account_moved").search(f))


def debit_due(f: str) -> bool:
    """gate29: a lender's notice of the instalment it will debit (个人贷款将于12月20日扣收本息4125.67元) that asks the reader
    to fund the account (请存足款项; lexicon `gtwnj_debit_due`, `gtwnj_fund_asked`): the caller also checks that a loan
    is named and the message is signed or addressed."""
    # gate36: also spoken forms (这期下周一扣款, 第5期15日扣款, 利息将于12月21日结息; 记得存到卡里, 确认扣款卡余额:
    # lexicon `gatethirtysix_debit_due`, `gatethirtysix_fund_asked`, knowledge/data/rules/zz_gate36.toml)
    return (bool(lex_class("gtwnj_debit_due").search(f) or lex_class("gatethirtysix_debit_due").search(f))
            and bool(lex_class("gtwnj_fund_asked").search(f) or lex_class("gatethirtysix_fund_asked").search(f)))


def loan_product(f: str) -> bool:
    """gate36: a loan product named by its 贷 (装修贷, 新易贷; lexicon `gatethirtysix_loan_product`)."""
    return bool(lex_class("gatethirtysix_loan_product").search(f))


# border29: debt and collection as a topic (法条, 新闻, 培训, 开会, 监管和公安的提示: 合法催收不得骚扰借款人亲友; 讨论应收账款
# 催收流程) with no debtor in it: nobody addressed as owing (a 你/您 only as the one protected or advised: 您的亲友, 如您遇到),
# nobody pressed (请…还, 不还, a time), and a signature that a collector's could not be (talks_of_collectors).
def debt_talked_of(f: str, signatures: list[str]) -> bool:
    """border29: the message talks about debts or collection in general (a rule, a meeting, news, a scam warning:
    lexicon `border_talk`), owed by no one it speaks to (`border_you_unowed`, `border_pressed`,
    knowledge/data/rules/zz_border29.toml); the caller also checks that its only debt words are topic nouns
    (`border_debt_topic`)."""
    if (not talks_of_collectors(signatures) or not lex_class("border_talk").search(f)
            or lex_class("border_pressed").search(f)):
        return False
    return not _YOU_OR_SIR.search(blank(f, [m.span() for m in lex_class("border_you_unowed").finditer(f)]))


_YOU_OR_SIR = derived_cache.compile(r"你|您|妳|阁下|台端")


def debt_topic_only(words: list[str]) -> bool:
    """border29: every debt word found is a topic noun (催收, 逾期, 欠款, 债务…: lexicon `border_debt_topic`), none a demand."""
    return bool(words) and all(lex_class("border_debt_topic").fullmatch(w) for w in words)


def owed_reminded(f: str, signatures: list[str]) -> bool:
    """border29: a person reminds the reader of a sum the reader still owes them or their office (最后一期了，记得这周把
    钱转我; 你上个月预支的备用金还没报销冲账，月底前记得处理; 利息这个月的还没到，提醒一下), with none of the gate's debt
    words: an owed item, an unpaid or due state and a reminding act or a time to pay (lexicon `border_owed_item`,
    `border_unpaid`, `border_reminding`), unsigned, and not the reader lending (`border_reader_lent`). The caller rules
    out a utility's or a public body's bill."""
    return (not signatures and bool(lex_class(*_REMINDING).search(f)) and bool(lex_class(*_UNPAID).search(f))
            and bool(lex_class(*_OWED_ITEM).search(f)) and not lex_class(*_NOT_OWED).search(f))


# gate41: each of owed_reminded's three parts also reads the wordings of knowledge/data/rules/zz_gate41.toml: a sum
# pointed back to (那400, 你那份两百, 帮你垫的聚餐钱386, 还差1500), asked for when convenient (方便的时候转我一下,
# 啥时候能转我一下) and sent back to the writer (发我下)
# gate42: and those of knowledge/data/rules/zz_gate42.toml: a sum pointed back to in time or borrowed, lost, bought on
# credit (上次的五百块, 借我的1500, 输我的三百, 赊的化肥钱860块), a repayment promised (说好15号还), asked for without 我
# (什么时候方便还一下, 能先还一半不)
_REMINDING = ("border_reminding", "gatefortyone_asking", "gatefortytwo_asking")
_UNPAID = ("border_unpaid", "gatefortyone_pay_me", "gatefortytwo_unpaid")
_OWED_ITEM = ("border_owed_item", "gatefortyone_owed_sum", "gatefortytwo_owed_sum")
_NOT_OWED = ("border_reader_lent", "gatefortyone_not_owed", "gatefortytwo_reader_lent")  # (and a notice to a group: 大家, 各位, 接龙, @)


def bill_of_its_own(f: str, bill: re.Pattern[str]) -> bool:
    """A utility's or a public body's bill (`bill`: debt_frame.utility_bill) read in a message owed_reminded matched,
    unless the money goes back to the writer (lexicon `gatefortyone_to_writer`: 转我, 还我, 给我转): a roommate's
    share of the electricity bill, or a friend who needs the money for their own rent (那1500周末能不能先转我？我房租
    要交了), is a private debt; a utility never asks to be paid to 我 (gate41)."""
    # (gate42: also 借我那五千, 方便的时候转一下: lexicon gatefortytwo_to_writer)
    return bool(bill.search(f)) and not lex_class("gatefortyone_to_writer", "gatefortytwo_to_writer").search(f)


def owed_reminded_gates() -> tuple[frozenset[str] | None, ...]:
    """speed32: the keys of owed_reminded's three classes (prefilter.any_branch_keys): a text missing one's has no frame."""
    return tuple(any_branch_keys(lex_class(*n)) for n in (_REMINDING, _UNPAID, _OWED_ITEM))


def unpaid_starts(f: str) -> list[int]:
    """border29: where the unpaid or due states of owed_reminded begin (for debt_owner.writers_own: 我这期还没还)."""
    return [m.start() for m in lex_class(*_UNPAID).finditer(f)]
