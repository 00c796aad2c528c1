"""An act that a sentence names as unlawful or reports as news is not threatened by it.

A police warning ("催收人员上门泼油漆、砸门属于违法行为，遇到请立即报警") and a news item
("某催收公司员工因爆通讯录被判处有期徒刑") name the same acts a collector threatens with; said
about someone else, as a wrong or as a past conviction, they are no threat to the reader.
Only the threat findings whose act comes *before* the judgement in the same sentence are
dropped, so a collector's "逾期不还属于违法行为，我们将上门" keeps its threat.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from analyzer.public_warnings import NEWS_POINTER
from analyzer.detectors.public_item import drop_public_item
from analyzer.document import Document
from analyzer.firstchar import literal_first
from analyzer.report import Finding
from knowledge import derived_cache

_SENTENCE_END = derived_cache.compile(r"[。!?\n]")
# The act just named is judged: 属于违法行为, 均属违法, 是违法的, 涉嫌违法犯罪, 遇到…请报警.
_JUDGED = derived_cache.compile(r"^[^。!?\n]{0,12}?(?:(?:属于|均属于?|都属于?|都是|均是|是|系|属|涉嫌)(?:违法|犯罪|非法|违规|暴力催收)"
                     r"|遇到[^。!?\n]{0,8}(?:报警|举报|投诉|拨打110))")
# Reported as done by someone else: 被判处, 获刑, 被刑拘, 被抓获 … with no second person in the sentence.
# (lawful17: also said in speech, 新闻说有个催收员…被抓了)
_NEWS_SOURCE = (r"被判处?|判处|获刑|被刑拘|刑事拘留|被抓获|被逮捕|落网|据报道|记者|警方通报|一审|二审|宣判"
                   r"|被(抓|拘留?)(走)?了|新闻[,，]?(说|里|上|报道)"
                   # fa18: an unnamed someone as the one it was done to (说有人被催收的爆了通讯录)
                   r"|有(人|个人|个朋友|个同事|个网友)被"
                   # fa18: a community's or school's notice of what residents reported (有业主反映有人在楼道张贴催债信息)
                   r"|(业主|居民|群众|市民|网友|家长|学生|同学|员工|职工)(反映|举报|投诉|报警)"
                   # fa18: a regulator's or the police's report on a case (警方破获一起…案，嫌疑人曾…; 银保监会通报：某机构外包
                   # 催收…，被罚款50万元)
                   # (not 据了解/据悉, which collectors say too (据了解你在XX公司上班), nor 张某因…: masked names are how a
                   # collector's public shaming notice reads once pasted (张某因欠款不还，特此公告) — merge fix, round 18)
                   r"|破获|通报[:：]|嫌疑人曾|被罚款|被处以|罚款\d"
                   # fa20: a media item or its follow-up (微博热搜：…; 媒体报道：…; 央视曝光：…; 涉事公司回应称…; 司法局…给予警告处分)
                   r"|热搜|(媒体|新闻|央视|记者|网友)(报道|曝光|爆料)|曝光[:：]|新闻[:：]|涉事(公司|平台|机构|人员|员工)|回应称|(警告|记过|行政)?处分"
                   # fa20: the case's outcome for the one who did it (…拉横幅，被警方行政拘留; 被处以治安拘留)
                   r"|被[^,，。!?\n]{0,4}(行政|刑事|治安|司法)拘留"
                   # fa20: the collector's or creditor's own charge in a report (债主带人上门泼油漆…，债主涉嫌寻衅滋事): a
                   # borrower is never accused of these, and a sentence with 你/您 is still read
                   r"|涉嫌(寻衅滋事|非法拘禁|敲诈勒索|故意毁坏财物|非法侵入住宅|催收非法债务|侵犯公民个人信息)"
                   # fa20: the act as done to a third party by a collector (女子网贷逾期被催收人员P图发到家族群; 一男子被催收
                   # 公司爆了通讯录): a passive whose agent is the collector reports what happened; with no 你/您 in the
                   # sentence (checked below), it is no act announced to the reader
                   r"|被(催收|催债|讨债|追债)(人员|员|公司|方|团伙|的人)?"
                   # fa20: the law that punishes collectors (《刑法》第二百九十三条之一 催收非法债务罪: 使用暴力、胁迫方法…催收…
                   # 的，处三年以下有期徒刑) cited to teach: its penalties are the collector's, not the reader's
                   r"|催收非法债务|(二百九十三|293)条之一"
                   # fa20: the answer of a legal Q&A (答网友问：…？答：欠款属于民事纠纷…但恶意透支可能构成犯罪): general law, not a claim
                   # about the reader (a sentence with 你/您 is still read)
                   r"|^(答|回答|律师答|律师回复|法官答|专家答)[:：]")
# speed21: _NEWS, _POINTER and _COMPLAINT through literal_first (same matches and spans; their groups are never read):
# as written they open with groups (业主|居民…, (?:你|您)?…, 投诉(内容…)…), so re entered them at every position of the
# sentence. Over the 202 bench messages _NEWS 84.6K -> 8.8K, _COMPLAINT 21.9K -> 6.6K, _POINTER 17.8K -> 6.6K
# instructions a message (callgrind, each pattern's recorded calls replayed).
_NEWS = derived_cache.compile(literal_first(_NEWS_SOURCE))
_YOU = derived_cache.compile(r"你|您")
# threat24: a passive awaited rather than reported (等着被刑拘吧, 迟早被抓): the reader told what is coming, not a case.
_AWAITED = derived_cache.compile(r"(等着|就等|准备好?|迟早|早晚)$")
# fa18: the reader pointed at a news item (你看这个新闻): the 你 is the one shown the item, not the target of what it
# reports, and the pointer itself says what follows is reported.
_POINTER = derived_cache.compile(literal_first(NEWS_POINTER))
# What a news item quotes (催收员称“知道你孩子在哪上学”) is the collector's words to someone else: its 你 is not the reader.
_QUOTED = derived_cache.compile(r'[“"「『][^“”"「」『』。!?\n]{0,60}[”"」』]')
# An advisory about the act: 如遇到催收人员…联系您家人，请拨打110 / 可向…投诉.
# Through literal_first (same matches; only whether it matches is read): as written, its optional opening
# made re try it at every position of the text before each threat finding.
# An advisory naming the act as what to report (催收人员以通知亲友、单位相威胁的，可拨打12378或110反映): 的 closes the case
# described, and what follows in the sentence is where to report it.
_CASE_TO_REPORT = derived_cache.compile(r"^[^。!?\n]{0,12}?的[,，]?[^。!?\n]{0,8}(报警|110|举报|投诉|12378|12321|反映)")
_IF_MET = derived_cache.compile(literal_first(r"(?:如|若|如果|一旦|若是)?(?:遇到|遇见|碰到|发现)[^。!?\n]{0,16}$"))
_REPORT_IT = derived_cache.compile(r"报警|110|举报|投诉|12378|12321")


# A borrower's own complaint (投诉内容：本人…催收人员每天打电话给我单位同事…还威胁要上门，请求监管部门处理; lawful14
# cause N, UNSEAL_para14.md): the acts are the collector's, told by the one they were done to. The message names itself
# a complaint, the writer speaks as 本人/我, and the sentence has the collector as subject before the act and no 你/您.
_COMPLAINT = derived_cache.compile(literal_first(r"投诉(内容|事项|对象|人)|举报(内容|事项)|请求[^。!?\n]{0,8}(监管|有关|相关)?部门[^。!?\n]{0,4}(处理|查处|调查)|本人[^。!?\n]{0,12}(投诉|举报|反映)"
                        # fa20: a complaint named by where it goes or what it is (向金融监管局投诉：…; 12378投诉：…; 黑猫投诉写了：…;
                        # 投诉信：…; 12345工单)
                        r"|向[^,，。!?\n]{1,12}(投诉|举报|反映)[:：]|(12378|12345|12321|黑猫|消协|消费者协会|监管局?)[^,，。!?\n]{0,6}(投诉|举报|工单)|投诉信|举报信"))
# fa20: a lender named as the one who did it (XX消费金融公司在我逾期后，把我的欠款信息发给了…) is the collector too
_COLLECTOR_SUBJECT = derived_cache.compile(r"(催收(人员|员|公司|方|的人)|他们|对方|该平台|平台方|公司|平台|银行|金融|机构|外包)[^。!?\n]{0,40}$")


def complained(doc: Document, finding: Finding) -> bool:
    """The finding's act is told in a complaint by the person it was done to."""
    f = doc.f
    if not _COMPLAINT.search(f) or not re.search(r"本人|我", f):
        return False
    origin = doc.folded.origin
    start = min(bisect_left(origin, finding.start), len(f))
    lo, hi = _sentence(f, start, start)
    return bool(_COLLECTOR_SUBJECT.search(f[lo:start])) and not _YOU.search(f[lo:hi])


def _sentence(f: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(f, 0, start)), default=0)
    m = _SENTENCE_END.search(f, end)
    return lo, m.start() if m else len(f)


def reported(doc: Document, finding: Finding) -> bool:
    """The finding's act is named as unlawful, or reported as a case against someone else."""
    origin = doc.folded.origin
    f = doc.f
    start = min(bisect_left(origin, finding.start), len(f))
    end = max(start, min(bisect_left(origin, finding.end), len(f)))
    lo, hi = _sentence(f, start, end)
    if finding.kind != "false_criminal_threat" and _JUDGED.match(f[end:hi]) and not _YOU.search(f[lo:start]):
        return True  # a third party's act judged ("催收人员上门…属于违法行为"); "你…已涉嫌犯罪" is the threat itself
    if _IF_MET.search(f[lo:start]) and _REPORT_IT.search(f[end:hi]):
        return True
    if _CASE_TO_REPORT.match(f[end:hi]) and not _YOU.search(f[lo:start]):
        return True
    sentence = f[lo:hi]
    if not (_reported_as_news(sentence) or _POINTER.search(sentence)):
        return False
    return not _YOU.search(_QUOTED.sub("", _POINTER.sub("", _as_written(doc, lo, hi))))


def _reported_as_news(sentence: str) -> bool:
    """A news marker that reports (被刑拘, 据报道), not one the reader is told to await (等着被刑拘吧)."""
    return any(not _AWAITED.search(sentence[max(0, m.start() - 4):m.start()]) for m in _NEWS.finditer(sentence))


def _as_written(doc: Document, lo: int, hi: int) -> str:
    """The sentence as written: folding drops quotation marks, so a quoted 你 (软件“呼死你”, 以“轰炸你全家”的方式) would
    read as the reader in the folded text (fa18)."""
    origin = doc.folded.origin
    if not origin or lo >= len(origin):
        return doc.f[lo:hi]
    stop = origin[hi] if hi < len(origin) else len(doc.text)
    return doc.text[origin[lo]:stop]


def drop_reported(doc: Document, findings: list[Finding]) -> list[Finding]:
    findings = drop_public_item(doc, findings)  # fa38: a news or education item as a whole
    # fa18: a news item's pressure (该团伙通过"呼死你"软件轰炸借款人) is reported too, not put on the reader
    kept = [x for x in findings if x.category not in ("unlawful_threat", "pressure") and x.kind != "doorstep_visit_threat"
            or not reported(doc, x)]
    return [x for x in kept if x.category not in ("unlawful_threat", "pressure") and x.kind != "doorstep_visit_threat"
            or not complained(doc, x)]
