"""Sentences that warn the public about scams or report someone else's case (warning_sentences): debt words there
name no debt of the reader's, so analyzer/debt_context.about_debt looks for debt outside them. NEWS_POINTER (你看这个
新闻) is shared with analyzer/detectors/reported.py. Moved out of analyzer/debt_context.py unchanged (round 21)."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from knowledge import derived_cache


@lru_cache(maxsize=1)
def scam_warning() -> re.Pattern[str]:
    """A warning to the public about other people's scams (警惕冒充催收的诈骗短信, 提醒广大客户：不法分子以逾期
    为由……): a warning verb and the party that cheats, from the lexicon's scam_warning and scam_party."""
    return derived_cache.compile(literal_first(load_lexicon().expand(r"{scam_warning}[^。!?\n]{0,24}{scam_party}")))


# A sentence that warns the public about scams or reports someone else's case (不法分子冒充网贷催收，以"逾期将被起诉"
# 恐吓; 所谓"征信修复""逾期铲单"均为骗局; 据报道，某催收公司员工……被判处有期徒刑) names no debt of the reader's, even
# when it is full of debt words; about_debt looks for debt outside them, so an anti-fraud notice or a news item is
# not_collection while a reminder that ends in 谨防诈骗 keeps its own debt clause. A warning is set aside from the
# clause that holds its marker to the end of the sentence (您的本期账单已出，…，谨防诈骗 keeps the bill), a report
# from the start of its sentence, and a message whose header is a warning (反诈小课堂：, 【XX反诈中心】) as a whole.
# A collector's accusation (你这是恶意逃债，涉嫌诈骗; 死皮赖脸的骗子) is neither: the bare words 诈骗 and 骗子 are
# not markers (scam_warning needs a warning verb before 骗子).
_WARNING = derived_cache.compile(literal_first(
    r"不法分子|犯罪分子|诈骗分子|骗局|冒充|假冒|仿冒|非法中介|(均|都|全)(是|为|属于?)诈骗|一律(是|为)?诈骗|谨防|警惕|防骗|反诈"))
# Report markers are the reporter's words, never a collector's (通报给你家人, 让记者曝光你, 你已被列为犯罪嫌疑人 are
# threats, not reports).
# fa18: the reader pointed at a news item or a clip (你看这个新闻, 你刷到那个视频没, 妈你看这条报道): what follows in the
# sentence is reported, and its 你 is the one shown the item (analyzer/detectors/reported.py sets that 你 aside).
NEWS_POINTER = (r"(?:你|您)?(?:看|看看|瞧|瞧瞧|刷到|看到|听说|听说了)(?:了|过)?(?:这|那)(?:个|条|篇|则|段)"
                r"(?:新闻|报道|视频|帖子|文章|案例)")
_REPORT = derived_cache.compile(literal_first(NEWS_POINTER + "|"
                                   r"据报道|据悉|记者(调查|获悉|了解到|采访|从)|新闻(快讯|报道)|媒体报道|典型案例|被判处|判处有期徒刑|破获|热搜"
                                  # lawful17: a news header (新闻：), a sentence passed (判处主犯有期徒刑三年)
                                  r"|新闻:|判处[^,。!?;\n]{1,6}有期徒刑"
                                  # fa18: a newspaper's or station's name as the header (【XX晚报】, 【XX日报】)
                                  r"|(晚报|日报|时报|商报|都市报|新闻网|电视台|融媒体)】"
                                  # fa18: a case reported by the police or a regulator (警方破获…, 银保监会通报：某机构…被罚款)
                                  r"|破获|通报:|嫌疑人曾|被罚款|据了解"))
_SENTENCE_END = derived_cache.compile(r"[。!?;\n]")
_CLAUSE_END = derived_cache.compile(r"[,:。!?;\n]")
_HEADER = derived_cache.compile(r"^\W{0,2}(【[^】]{0,16}】|[^,:。!?;\n]{0,10}[:])")


def warning_sentences(f: str) -> list[tuple[int, int]]:
    """Spans of folded text `f` set aside as warnings or reports (see above), in order, not overlapping."""
    header = _HEADER.match(f)
    if header and (_WARNING.search(header.group()) or _REPORT.search(header.group())):
        return [(0, len(f))]
    hits = sorted([(m.start(), m.end(), False) for p in (_WARNING, scam_warning()) for m in p.finditer(f)]
                  + [(m.start(), m.end(), True) for m in _REPORT.finditer(f)])
    spans: list[tuple[int, int]] = []
    last = 0
    for start, end, whole_sentence in hits:
        if start < last:
            continue
        first = 0
        for e in (_SENTENCE_END if whole_sentence else _CLAUSE_END).finditer(f, 0, start):
            first = e.end()
        end_m = _SENTENCE_END.search(f, end)
        last = end_m.end() if end_m else len(f)
        spans.append((max(first, spans[-1][1] if spans else 0), last))
    return spans
