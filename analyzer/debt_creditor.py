"""pcg54: who the reader owes, when it is not a lender — the kind of debt debt_context.debt_kind reports besides "card",
so that a reminder's summary (analyzer/verdict.py) and its guides and replies (knowledge/advice.py, `debts`) fit the
creditor. It changes no verdict, finding, span, lender or risk: debt_kind is read only for the text chosen. pcg55: so do
an aggressive and an unlawful_threat verdict's summary (AGGRESSIVE_SUMMARY, THREAT_SUMMARY), guides and replies, and
the creditor named on the page and in the CLI (CREDITOR_GUIDES).

- "private": a person asks back their own money — lent, advanced, paid for the reader, an AA share (rnc53's frame,
  analyzer/debt_askback.py: 上次借你的500有空还我哈; 水电费你那份73块还没转我; a bill's share, 电费一人87), or a private creditor's own words
  (欠我的, 还给我, 借给你的; analyzer/debt_private.py: ASKED_BACK, PRIVATE_DEBT 借条在我手上…) in a message that does
  not speak as a lender or collector would (no 【signature】, 您的借款, 逾期, 平台, 我司…: the sender detector's
  INSTITUTION_VOICE, the same contrast it draws for a friend texting from their own phone). Either is unsigned, is
  not the writer paying back (SENDER_REPAYS) or a gift (GIFT), and is not written of a third person's debt to their
  employer or family (lexicon `pcgfiftyfour_others`: 贵公司的小陈…欠, 您侄子欠我们钱).
- "fee": a payee's bill due (rnc52's frame, analyzer/debt_feebill.py: 物业费, 水电燃气, 话费, 学费, 房租 from a
  landlord), or a fee named in a creditor's own words (房租已经拖欠35天了).

None of them when a loan, a card or a lending platform is named (lexicon `pcgfiftyfour_lender`,
knowledge/data/rules/zz_pcg54.toml, or a lending brand): a relative reminding the reader of their own 网贷 is the
lender's debt. A money ask-back comes first (a roommate's share of the electricity bill is a person's ask-back); a
bill next; then the other private creditor's words."""
from __future__ import annotations

from analyzer.addressed import addressed
# (CREDITOR_GUIDES: render.py, display.py and tests import it from here)
from analyzer.creditor_explain import CREDITOR_GUIDES, FEE, PRIVATE  # noqa: F401
from analyzer.debt_askback import asked_back
from analyzer.debt_feebill import fee_due
from analyzer.debt_frame import loan_brand
from analyzer.debt_lawful import signers
from analyzer.debt_private import ASKED_BACK, GIFT, PRIVATE_DEBT, SENDER_REPAYS
from analyzer.detectors.sender import INSTITUTION_VOICE
from analyzer.document import Document
from analyzer.lexclass import lex_class
from knowledge import derived_cache

# pcg55: a private creditor's words in which the writer does not name the money as their own, or speaks as a group or a
# company (那笔钱什么时候还; 欠钱不还，我们的人就去你家): a reminder's text is still the person's (pcg54), an aggressive
# or a threat verdict's stays the lender's — a collector speaks so too (lexicon `pcgfiftyfive_own_money`,
# `pcgfiftyfive_group_voice`, knowledge/data/rules/zz_pcg55.toml)
PRIVATE_UNSURE = "private_unsure"
# A reminder from such a creditor is not told to check "在官方 App 或合同上的电话" (analyzer/verdict.decide reads these;
# the guides guide.verdict.reminder_private / _fee carry the steps). Text only: the label and the risk are the reminder's.
REMINDER_SUMMARY = {
    PRIVATE: ("这看起来是个人（朋友、亲戚、室友等）在要回借给你或替你垫付的钱，没有发现威胁或施压。先对照你们的聊天记录、"
              "转账记录核对金额；确实欠的，直接和对方本人商量还款时间，用转账这类能留下记录的方式还。"),
    PRIVATE_UNSURE: ("这看起来是个人（朋友、亲戚、室友等）在要回借给你或替你垫付的钱，没有发现威胁或施压。先对照你们的聊天记录、"
                     "转账记录核对金额；确实欠的，直接和对方本人商量还款时间，用转账这类能留下记录的方式还。"),
    FEE: ("这看起来是一条缴费提醒（物业费、水电燃气费、话费、学费或房租等），没有发现施压或违法内容。在收费方自己的渠道"
          "（物业服务中心、该单位的 App 或营业厅、学校通知、租房合同）核对账单和缴费，不要点短信里的链接，也不要转到短信里"
          "新给的个人账户。"),
}
# pcg55: the summary of an aggressive or an unlawful_threat verdict on such a creditor's message (verdict.decide): the
# debt may be real and may be sued for, checked against the reader's own records and paid traceably; a threat, an
# insult or telling others is not allowed even so (guides guide.verdict.aggressive_private / unlawful_threat_private
# and the _fee pair carry the steps). Not for a threat with no debt told.
AGGRESSIVE_SUMMARY = {
    PRIVATE: ("这看起来是个人（朋友、亲戚等）在催你还钱，话说得重，但没有发现违法内容：欠款可能是真的，对方也可以起诉你。"
              "先对照聊天记录、转账记录核对金额，和对方商量一个写下来的还款安排，用能留下记录的方式还。"),
    FEE: ("这看起来是收费方（房东、物业、水电燃气或电信公司等）在催你交钱，话说得重，但没有发现违法内容：欠的费用可能是真的，对方也可以起诉你。"
          "先对照合同、账单和缴费记录核对金额，和对方商量一个写下来的交费安排，通过合同约定或收费方自己的渠道付款。"),
}
THREAT_SUMMARY = {
    PRIVATE: ("这看起来是个人（朋友、亲戚等）在催你还钱，但话里有违法的威胁：就算欠款是真的，也不能威胁、辱骂你或把你欠钱的事"
              "告诉别人。保存截图；有人要伤害你，拨打 110。欠款本身是民事纠纷，可以商量着还，也可以由法院来判。"),
    FEE: ("这看起来是收费方（房东、物业等）在催你交钱，但话里有违法的威胁：就算真的欠费，也不能威胁、辱骂你、把你欠费的事"
          "告诉别人，或未经你同意闯进你住的地方。保存截图；有人要伤害你或强行进门，拨打 110。欠费本身是民事纠纷，可以商量着交，"
          "也可以由法院来判。"),
}
# The guides chosen for such a creditor (knowledge/data/guides/verdicts.toml, `debts`): the page (webapp/display.py)
# and the CLI (analyzer/render.py) read from them who the creditor is, as they have no debt kind of their own.
# (one table, analyzer/creditor_explain.CREDITOR_GUIDES, imported above: report.py reads it without the detectors)
# (a bill's reminder from a personal or foreign number: the sender warning's last sentence, verdict._SENDER_CHECK)
SENDER_CHECK_FEE = "不要回复、不要拨打短信里的号码、不要点链接，到收费方自己的渠道（物业服务中心、营业厅、该单位的 App）核实这笔费用。"
# the reader owes the writer (debt_private.PRIVATE_CREDITOR without 转我: 欠我的, 还给我, 借给你的)
_OWED_ME = derived_cache.compile(r"欠(我|俺|老子)(?!们)|还(给)?我(?![们司])|借(给)?(你|您)的")
# (integrator, round 44: the fee named right after the reader's not paying it — 再不交房租，我就…; 不缴物业费就… — is a
# fee owed, as fee_due reads 房租没交 after the item; the landlord's threat of fix57 is a payee's, not a lender's)
_UNPAID_BEFORE = derived_cache.compile(r"不(交|缴|付)(清|齐)?$")


def creditor(doc: Document) -> str | None:
    """"private", "private_unsure", "fee" or None (a lender, a card, or no debt told): see the module."""
    kind = _creditor(doc)
    if kind == PRIVATE and not _own_money(doc.f):
        return PRIVATE_UNSURE
    return kind


def _own_money(f: str) -> bool:
    """pcg55: the writer names the money as their own (借你的, 欠我的, 还给我, 我的钱, an ask-back of a loan or an advance)
    and does not speak as a group, a company, a lender or a collector."""
    # (pcg57: also 你借我的, read as the reader's borrowing only where debt_private.SENDER_REPAYS let it through)
    return ((asked_back(f) or bool(lex_class("pcgfiftyfive_own_money", "pcgfiftyseven_own_money").search(f)))
            and not lex_class("pcgfiftyfive_group_voice").search(f))


def _creditor(doc: Document) -> str | None:
    """pcg54's kind: "private", "fee" or None."""
    f = doc.f
    # (the frames first, the exclusions only for a message that has one: most messages have none, ~3 µs)
    ask = asked_back(f)
    fee = lex_class("rncfiftytwo_fee_item").search(f)
    # (pcg57: 你借我的…还不还, the reader's borrowing where SENDER_REPAYS does not read it as the writer's: `own` below)
    other = (_OWED_ME.search(f) or ASKED_BACK.search(f) or PRIVATE_DEBT.search(f)
             or lex_class("pcgfiftyseven_own_money").search(f))
    if not (ask or fee or other) or lex_class("pcgfiftyfour_lender").search(f) or loan_brand().search(f):
        return None
    signed = bool(signers([s.text for s in doc.signatures]))
    own = (not signed and not SENDER_REPAYS.search(f) and not GIFT.search(f)
           and not lex_class("pcgfiftyfour_others").search(f))
    if own and ask:
        return PRIVATE
    if fee and own and _UNPAID_BEFORE.search(f, max(0, fee.start() - 4), fee.start()):
        return FEE
    if fee and fee_due(f, signed or addressed(f) or "你" in f or "您" in f):
        # (a roommate's share of the bill, unsigned: 这个月电费一人87，你转我一下哈; lexicon `pcgfiftyfour_share`)
        return PRIVATE if own and lex_class("pcgfiftyfour_share").search(f) else FEE
    # (the other private creditor's words only in a person's voice: 账单, 逾期, 您的 may be a lender's, and a bare 转我
    # may be the writer asking to borrow — 能不能先转我2000 — not asking back)
    if own and other and not INSTITUTION_VOICE.search(f):
        # (a rent or a bill left unpaid in a creditor's own words, 房租已经拖欠35天了, is the payee's bill: lexicon
        # `pcgfiftyfour_fee_owed`; not 我月底要交房租, the writer's own reason to ask a loan back)
        return FEE if lex_class("pcgfiftyfour_fee_owed").search(f) else PRIVATE
    return None
