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

from analyzer.document import Document
from analyzer.firstchar import literal_first
from analyzer.report import Finding

_SENTENCE_END = re.compile(r"[。!?\n]")
# The act just named is judged: 属于违法行为, 均属违法, 是违法的, 涉嫌违法犯罪, 遇到…请报警.
_JUDGED = re.compile(r"^[^。!?\n]{0,12}?(?:(?:属于|均属于?|都属于?|都是|均是|是|系|属|涉嫌)(?:违法|犯罪|非法|违规|暴力催收)"
                     r"|遇到[^。!?\n]{0,8}(?:报警|举报|投诉|拨打110))")
# Reported as done by someone else: 被判处, 获刑, 被刑拘, 被抓获 … with no second person in the sentence.
# (lawful17: also said in speech, 新闻说有个催收员…被抓了)
_NEWS = re.compile(r"被判处?|判处|获刑|被刑拘|刑事拘留|被抓获|被逮捕|落网|据报道|记者|警方通报|一审|二审|宣判"
                   r"|被(抓|拘留?)(走)?了|新闻(说|里|上|报道)")
_YOU = re.compile(r"你|您")
# What a news item quotes (催收员称“知道你孩子在哪上学”) is the collector's words to someone else: its 你 is not the reader.
_QUOTED = re.compile(r'[“"「『][^“”"「」『』。!?\n]{0,60}[”"」』]')
# An advisory about the act: 如遇到催收人员…联系您家人，请拨打110 / 可向…投诉.
# Through literal_first (same matches; only whether it matches is read): as written, its optional opening
# made re try it at every position of the text before each threat finding.
# An advisory naming the act as what to report (催收人员以通知亲友、单位相威胁的，可拨打12378或110反映): 的 closes the case
# described, and what follows in the sentence is where to report it.
_CASE_TO_REPORT = re.compile(r"^[^。!?\n]{0,12}?的[,，]?[^。!?\n]{0,8}(报警|110|举报|投诉|12378|12321|反映)")
_IF_MET = re.compile(literal_first(r"(?:如|若|如果|一旦|若是)?(?:遇到|遇见|碰到|发现)[^。!?\n]{0,16}$"))
_REPORT_IT = re.compile(r"报警|110|举报|投诉|12378|12321")


# A borrower's own complaint (投诉内容：本人…催收人员每天打电话给我单位同事…还威胁要上门，请求监管部门处理; lawful14
# cause N, UNSEAL_para14.md): the acts are the collector's, told by the one they were done to. The message names itself
# a complaint, the writer speaks as 本人/我, and the sentence has the collector as subject before the act and no 你/您.
_COMPLAINT = re.compile(r"投诉(内容|事项|对象|人)|举报(内容|事项)|请求[^。!?\n]{0,8}(监管|有关|相关)?部门[^。!?\n]{0,4}(处理|查处|调查)|本人[^。!?\n]{0,12}(投诉|举报|反映)")
_COLLECTOR_SUBJECT = re.compile(r"(催收(人员|员|公司|方|的人)|他们|对方|该平台|平台方)[^。!?\n]{0,40}$")


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
    if not _NEWS.search(sentence) or not _YOU.search(_QUOTED.sub("", sentence)):
        return bool(_NEWS.search(sentence))
    # threat18: folding drops quote marks set between Chinese characters (该团伙通过"呼死你"软件…), so the quoted 你 is
    # looked for again in the sentence as written
    if hi <= lo or hi > len(origin):
        return False
    written = doc.text[origin[lo]:origin[hi - 1] + 1]
    return not _YOU.search(_QUOTED.sub("", written))


def drop_reported(doc: Document, findings: list[Finding]) -> list[Finding]:
    kept = [x for x in findings if x.category != "unlawful_threat" and x.kind != "doorstep_visit_threat"
            or not reported(doc, x)]
    return [x for x in kept if x.category not in ("unlawful_threat", "pressure") and x.kind != "doorstep_visit_threat"
            or not complained(doc, x)]
