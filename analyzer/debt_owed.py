"""aggr23: the reader's money owed put through a lender's collection step, said without 逾期 or a demand — the
message is about the reader's debt.

Collectors' short notices often name the money only as 您的借款, 账单, 应还金额, 未结清的款项, 借款合同 and tell the
step taken with it: 您的借款已纳入法务处理名单; 您在XX分期的借款已由我司XX资产管理负责清收; 公司将委托律所处理
您的欠款; 您已严重违反借款合同约定，本公司将启动司法程序. Two frames, each inside one sentence:
- the reader's money (你/您 … owed object: lexicon `agxxiii_owed_object`) and a collection step (法务, 律所, 委外, 外访,
  清收, 诉讼, 仲裁, 司法, 上门核实: `agxxiii_owed_step`) in either order;
- the reader said to have broken the loan contract (您已严重违约, 您的违约行为已记录; not 如您违约);
- the reader's file handed to 法务, a law firm or collectors (你的资料已经提交到我们法务部了), or the reader's guarantor
  called on (我们就联系你的担保人了).
Not read: a question (你的借款是不是转给催收了？), the writer's own money (我的借款…, debt_owner.writers_own), a lawyer or
advert acting for the reader (帮您处理网贷借款, 受您委托), news (据悉, 记者), payments, refunds and escrow (第三方支付机构).
The words are data (knowledge/data/rules/zz_aggr23.toml); debt_context.names_debt still checks settled, ordinary
frames and warnings."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.debt_owner import writers_own
from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache

_SENTENCE_END = derived_cache.compile(r"[。!?\n]")
_QUESTION = derived_cache.compile(r"\?|吗|嘛|么")
# How far from the step the reader's money may be named in its sentence (before, after)
_BEFORE, _AFTER = 40, 24
OWED_NOT = derived_cache.compile(r"据悉|据报道|记者|网友|涉事|新闻|案例|(代|帮|替)(您|你)|受(您|你)的?委托|专业律师|免费咨询|法律咨询|(我所|本所)[^,。!?;\n]{0,2}律师|承办律师|代理律师"
                      r"|投诉|举报|维权|如遇|遇到|遭遇|支付机构|托管|清算|结算|货款|订单|退款|理赔|赔付|工资|押金|到账|(借款|贷款|分期)申请")
# The reader's breach of the loan contract, said as a fact (您已严重违约, 您的违约行为已记录), not a condition (如您违约)
# (speed: the breach word is found first, then the reader before it; one pattern opening with the reader cost 5 µs)
_BREACH_WORD = derived_cache.compile(r"违约|违反[^,。!?;\n]{0,6}(合同|协议|约定)")
_BREACH_READER = derived_cache.compile(r"(你|您)(?!们)[^,。!?;\n你您]{0,6}$")
_CONDITION_BEFORE = ("如", "若", "如果", "一旦", "假如")


def _breaches(f: str) -> list[int]:
    """Where the reader is named before a breach word, not under a condition (如您违约)."""
    out = []
    for m in _BREACH_WORD.finditer(f):
        reader = _BREACH_READER.search(f, max(0, m.start() - 7), m.start())
        if reader and not f[max(0, reader.start() - 2):reader.start()].endswith(_CONDITION_BEFORE):
            out.append(reader.start())
    return out
# The reader's file or case handed to the lender's legal or collection side (你的资料已经提交到我们法务部了), and the
# reader's guarantor called on (联系你的担保人): a guarantor, and a file sent to 法务, exist only for a debt.
_PARTY = r"(法务|律所|律师|委外|外访|催收|第三方(?!支付)|诉讼|法律部|资产管理)"
_HANDED = derived_cache.compile(literal_first(
    r"(你|您)(?!们)的?(资料|材料|档案|案件|案子|账目|账务|信息|单子)[^,。!?;\n]{0,6}"
    r"(提交|移交|转交|交给|交到|转到|转给|报给|送到|转入)[^,。!?;\n]{0,6}" + _PARTY +
    # the case taken over (您的案件今日起由我方律师团队接手; 明日起案件将自动移交第三方)
    r"|(你|您)(?!们)的?(案件|案子|单子|账目|账务|事情)[^,。!?;\n]{0,10}由[^,。!?;\n]{0,6}" + _PARTY + r"[^,。!?;\n]{0,6}(接手|接管|负责|处理|跟进)"
    r"|(明日|明天|今日|即日|下周|本周)起?[^,。!?;\n]{0,4}(案件|案子|单子)[^,。!?;\n]{0,6}(移交|转交|转到|转给|提交)[^,。!?;\n]{0,4}" + _PARTY +
    # a collector's word for a borrower out of reach (就只能按失联客户处理)
    r"|按失联(客户|用户|人员)?处理"
    r"|(通知|联系|找|告知|致电)(了|过)?(你|您)(?!们)的?(担保人|保证人|共同借款人|共同还款人)"))


_ADVICE = derived_cache.compile(r"吧|吗|嘛|\?|赢|胜诉|建议")


def _sentence(f: str, at: int) -> str:
    """The sentence of folded text `f` holding position `at`."""
    opening = max(f.rfind(c, 0, at) for c in "。!?\n") + 1
    end = _SENTENCE_END.search(f, at)
    return f[opening:end.end() if end else len(f)]


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The collection step, and the reader's money owed (你/您, then the owed object within the clause)."""
    lexicon = load_lexicon()
    step = derived_cache.compile(literal_first(lexicon.expand("{agxxiii_owed_step}")))
    owned = derived_cache.compile(literal_first(lexicon.expand("(?:你|您)(?!们)[^,。!?;\\n]{0,14}?{agxxiii_owed_object}")))
    return step, owned


@lru_cache(maxsize=1)
def owed_step_keys() -> frozenset[str] | None:
    """speed25: keys one of which a text must hold for owed_step to find anything (the keys of its step, breach-word
    and handed-over patterns: prefilter.any_branch_keys), None if one of them has no gate."""
    gates = [any_branch_keys(p) for p in (_patterns()[0], _BREACH_WORD, _HANDED)]
    return None if None in gates else frozenset().union(*gates)


def owed_step(f: str) -> bool:
    """Whether folded text `f` names the reader's money owed with a collection step in one sentence, or the reader's
    breach of the loan contract (see the module docstring), with none of OWED_NOT."""
    step, owned = _patterns()
    hits = []
    for m in step.finditer(f):
        opening = max((e.end() for e in _SENTENCE_END.finditer(f, max(0, m.start() - _BEFORE), m.start())),
                      default=max(0, m.start() - _BEFORE))
        end = _SENTENCE_END.search(f, m.end(), m.end() + _AFTER)
        closing = end.start() if end else min(len(f), m.end() + _AFTER)
        own = owned.search(f, opening, closing)
        if not own:  # (first: the rest of the sentence is read only for a step near the reader's money — searching it
            continue  # for every step made a text of 5,000 repeated 律师 quadratic, 10k chars ~11x the time of 2.5k)
        sentence_end = _SENTENCE_END.search(f, m.end())
        tail = f[m.end():sentence_end.start() + 1 if sentence_end else len(f)]
        if not _QUESTION.search(tail) and not _QUESTION.search(f, own.end(), m.start()):
            hits.append(own.start())
    hits += _breaches(f)
    # (advice to the reader, 你的案子交给律师吧，能赢, and a question are no collector's step)
    hits += [m.start() for m in _HANDED.finditer(f) if not _ADVICE.search(_sentence(f, m.start()))]
    return bool(hits) and not writers_own(f, hits) and not OWED_NOT.search(f)
