"""gate25: the reader's account, case or arrears being handled by the creditor's side, with a demand to deal with it —
the message is about the reader's debt though it says no 逾期, 到期 or 还款.

Collectors' legal departments, outsourced agents, debt buyers and mediation centres write 你的案件已分配到我处，请于今日
18:00前联系处理; 您的案件已委托本中心调解，请于12月8日前致电处理; 你在XX的账户已经严重超期，今天是最后处理时间. Four frames,
most with the reader's case or account (lexicon `gxxv_case`, within 14 characters after 你/您/台端) and a demand to deal with it
(`gxxv_demand`: 请…处理, 今天回电, 最后处理时间):
- the side handling it for the creditor named (`gxxv_handler`: 法务部, 委外, 资产管理, 调解中心, 催办, 律所);
- or the case taken over by the writer (`gxxv_taken`: 已分配到我处, 由我司承接), which needs no demand;
- or the reader's case itself what the demand asks to deal with (请于今日处理你的案件, _HANDLE_IT);
- or the case or account said to be in arrears or in collection (`gxxv_state`: 严重超期, 欠费账户, 重点催办名单, 最后处理
  阶段, 多次联系未果).
Not read: the reader's own application, complaint or claim (您提交的案件已分配到我处, 您申请的物业纠纷调解, 理赔, 工单), a
lawyer acting for the reader, hiring and adverts, a utility's or a public body's bill (话费, 电费, 物业, 社保), news
(analyzer/debt_owed.OWED_NOT). The words are data (knowledge/data/rules/zz_gate25.toml); debt_context.names_debt still
checks settled, ordinary frames and warnings."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.debt_owed import OWED_NOT
from analyzer.firstchar import literal_first
from analyzer.lexclass import lex_class
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache

# The reader's own application or complaint (您提交的案件, 您申请的调解, 您反映的问题), and cases and accounts that are no
# debt: a claim, a repair or work order, a visa, a labour, family, traffic or property dispute, a public body's account.
HANDLED_NOT = derived_cache.compile(r"(你|您)(所|本人)?(提交|申请|反映|投诉|举报|报修|预约|咨询|委托|发起|提出|登记)的?"
                         r"|理赔|报修|工单|快递|包裹|签证|护照|户籍|劳动|离婚|婚姻|抚养|交通事故|医疗纠纷|工伤|物业|租赁|邻里"
                         r"|话费|流量|宽带|停机|电费|水费|燃气|暖气|供暖|社保|医保|公积金|税务|学费|12345|政务|信访|热线"
                         r"|诚聘|招聘|招募|底薪|提成|求职|面试")
_LOAN = derived_cache.compile(r"借款|贷款|网贷|分期|信用卡|白条|花呗|借呗|消费金融|小贷")
# The reader's own application for a loan or card (您的贷款申请由我负责跟进: a loan officer, not a collector taking a case over)
_APPLICATION = derived_cache.compile(r"(贷款|借款|额度|分期|信用卡|办卡|开户|提额|授信)的?申请|申请(资料|材料|进度)|进件")
# A mediator or lawyer acting for the lender invites the reader (受XX银行委托，现邀请您参加线上调解; 受XX银行委托，就台端
# 账款事宜函请台端…联系): the lender's side, the reader as the other party, the debt or the mediation as the topic
_ENTRUSTED = derived_cache.compile(literal_first(
    r"受[^,。!?;\n]{0,14}(银行|平台|金融|小贷|贷款|借款|分期|信用卡|债权人|资产管理)[^,。!?;\n]{0,4}(的)?委托"
    r"[^。!?\n]{0,30}(你|您|台端)(?!们)[^。!?\n]{0,20}(调解|协商|和解|账款|欠款|债务|账务)"))
# The reader's case itself as what to deal with, on a deadline (请于今日处理你的案件; 今天必须处理一下你的账务; 请尽快处理您的
# 账户。): a collector's words, with no one else named. (Not 处理您的账户异常, 处理您的订单: an account's fault or a purchase.)
_HANDLE_IT = derived_cache.compile(literal_first(
    r"(请|务必|必须|尽快|立即|马上|今天|今日|今晚|明天)[^,。!?;\n]{0,8}(处理|解决)(一下|好|掉)?(你|您|台端)(的|名下的?)"
    r"(案件|案子|账务|账目|这笔账|那笔账|户口|账户(?=[,。!?;\n]|$))"))
# (the reader: 你, 您, or 台端, the formal "you" of Taiwanese notices; tested with `in` in handled_case)


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The reader's case, the side handling it, the case taken over by the writer, its arrears state, the demand."""
    lexicon = load_lexicon()
    # aggr28: or a case named only by its number (编号XD2026113的案件), the reader addressed elsewhere (_READER)
    case = derived_cache.compile(literal_first(lexicon.expand("(?:你|您|台端)(?!们)[^,。!?;\\n]{0,14}?{gxxv_case}|{gxxv_case_ref}")))
    return (case,) + tuple(lex_class(name)
                           for name in ("gxxv_handler", "gxxv_taken", "gxxv_state", "gxxv_demand"))


def handled_keys() -> frozenset[str] | None:
    """speed32: keys one of which a text must hold for handled_case to answer True: those of _HANDLE_IT, of the case
    taken over, the handling side, the arrears state and the entrusting (prefilter.any_branch_keys; one of these
    must match), None if one of them has no gate."""
    _case, handler, taken, state, _demand = _patterns()
    gates = [any_branch_keys(p) for p in (_HANDLE_IT, taken, handler, state, _ENTRUSTED)]
    return None if None in gates else frozenset().union(*gates)


def handled_case(f: str, original: str = "") -> bool:
    """Whether folded text `f` (`original`: the folded text before NOT_DEBT cut phrases out of it) names the
    reader's case or account in the creditor's hands (or in arrears) with a demand to deal with it (see the module
    docstring), with none of HANDLED_NOT or OWED_NOT and no loan or card application (_APPLICATION)."""
    if not ("你" in f or "您" in f or "台端" in f):
        return False
    case, handler, taken, state, demand = _patterns()
    # (speed: the handling side, the take-over, the arrears state or the entrusting are searched first; most messages
    # name none of them, and the reader's case and the demand cost more to search)
    if _HANDLE_IT.search(f):
        return not OWED_NOT.search(f) and not HANDLED_NOT.search(f) and not _APPLICATION.search(original or f)
    took = taken.search(f)
    side = took or handler.search(f) or state.search(f)
    entrusted = "委" in f and _ENTRUSTED.search(f)
    if not (side or entrusted) or _APPLICATION.search(original or f):
        return False
    own = case.search(f)
    if not (own and took) and not (demand.search(f) and (own or entrusted)):
        return False
    if OWED_NOT.search(f):
        return False
    return not HANDLED_NOT.search(f) or bool(_LOAN.search(f) and not re.search(r"(你|您)(提交|申请|反映|投诉|举报)的", f))
