"""The reader's own words in what they paste: questions they ask about it, their replies in a chat (analyzer/detectors/warned.py)."""
from __future__ import annotations

from bisect import bisect_left

from analyzer.document import Document
from analyzer.firstchar import literal_first
from analyzer.pasted import chat_lines
from knowledge import derived_cache


# The reader asks about what happened to them ("我朋友收到短信说…，应该怎么投诉？", "催收说要联系我爸妈，这样合法吗？"):
# the sentence before the question is their account, not an act announced to them.
_CLAIMANT_ASKS_AS_READ = (r"(?:怎么|如何|去哪|在哪)(?:投诉|举报|报警|维权)|(?:合法|违法|犯法)(?:吗|么|不)|(?:能|可以|该不该)报警(?:吗|么)?|"
                            r"是(?:不是)?真的(?:吗|么)|是(?:不是)?(?:诈骗|骗子|骗局)(?:吗|吧|么)|是不是在?(?:吓唬|恐吓|骗)我")
_CLAIMANT_ASKS = derived_cache.compile(literal_first(_CLAIMANT_ASKS_AS_READ))  # (speed21, as _VERDICT_PLAIN)
_FIRST_PERSON = derived_cache.compile(r"我(?!们|司|行|方)")
# fa18: the writer asks a lawyer, a regulator or a friend what will happen to them or what to do (律师您好，我网贷逾期了
# 被通知要起诉，请问会不会坐牢？; 对方说下周就起诉，我会不会坐牢啊; 银行说要起诉我，会不会被抓？): the sentence before the
# question is their own account. Read only when that account, less a greeting (律师您好), has no 你/您: a collector's
# "下周就起诉你，你自己想想会不会坐牢" asks the reader, it is no account.
_ADVICE_ASKS = derived_cache.compile(r"(?:会不会|会|要不要|是不是要)(?:坐牢|被抓|判刑|被判刑|被拘留?|上征信|被起诉|留案底)(?:吗|么|呀|啊|吧)?"
                          r"|(?:我|我们)?(?:该|应该|要)?怎么(?:办|应诉|应对|处理|回复)(?:才好)?[?？]|需要准备(?:什么|哪些)")
# fa24: the writer asking how they may pay or act (请问需要下载什么App才能还款吗？我能直接转到你个人账户吗？): a question
# the reader asks, in the first person or after 请问, with a modal and a question mark, is no instruction to them.
# Only a question about the writer's own paying (还, 转, 付, 下载…): "我可以去你单位找你吗？" stays the collector's.
_OWN_QUESTION = derived_cache.compile(r"(?:请问|(?<![你您])我)(?:能|可以|可不可以|能不能|需要|需不需要|该|应该|是否)"
                           r"(?=[^。!?！？\n]{0,30}?(?:还|转|付|交|汇|打款|下载|申请|协商|分期|延期|办理|结清))[^。!?！？\n]{0,30}[?？]")
# fa33: the writer asks whether or how a record can be removed (逾期记录能删除吗？征信上的查询记录怎么才能消除？): a question
# about what is possible offers nothing; its clause is the asker's own words. Only without 你/您 in the clause (an ad's
# "你的逾期记录能删除吗？" speaks to the reader) and with a modal of possibility, never of wish (想删除逾期记录吗？ is a
# hook). The clause from its start up to the question mark (or a closing 吗 with none) is masked (warned.quoted).
_POSSIBLE_QUESTION = derived_cache.compile(r"(?:能不能|可不可以|能否|是否(?:能|可以)?|有没有办法|有办法|怎么(?:样)?(?:才能)?|怎样(?:才能)?|如何(?:才能)?|能|可以)"
                                           r"[^,，。!?！？;；\n你您]{0,8}?(?:删除|删掉|消除|清除|撤销|撤掉|修复|洗白|抹掉|消掉|去掉|铲掉|处理掉)"
                                           r"[^,，。!?！？;；\n你您]{0,8}?(?:[?？]|[吗么嘛](?=[,，。!！~～\s]|$))")
_GREETING = derived_cache.compile(r"(?:律师|老师|警官|医生|客服|法官|主任|大哥|大姐|专家)?(?:您好|你好)")
_YOU_WORD = derived_cache.compile(r"你|您")


# threat17: a chat the reader copies often ends with their own reply (我：你们这样是违法的，我要投诉). Those lines are the
# reader's words, not the sender's: the rules must not read them as a news report, an anti-fraud notice or a complaint
# that cancels the threat above them, nor as something asked of the reader. Found in the text as written: folding
# drops a line break between two Chinese characters (a screenshot's wrapped line), so the folded text has no line start.
_OWN_REPLY = derived_cache.compile(r"(?m)^[ \t]*(?:我|本人|[Mm]e)[ \t]*[:：][^\n]*")
_SENDER_TEXT = derived_cache.compile(r"[\u4e00-\u9fff]")
_CHAT_HEADING = derived_cache.compile(r"[ \t]{0,8}(【[^【】\n]{1,16}[-－—·•|｜ ][^【】\n]{0,4}(?:专员|客服|经理|主管|法务|律师|组长|老师|小姐|先生|女士|助理|顾问|调解员|催收员|主任)】)"
                           r"[ \t]{0,8}(?:\d{1,2}[:：]\d{2})?[ \t]{0,8}\r?\n")


def own_replies(doc: Document) -> list[tuple[int, int]]:
    """Spans of `doc`'s folded text holding the reader's own lines of a pasted chat (我：…), when other lines hold
    the sender's words."""
    text = doc.text
    lines = chat_lines(text)  # (a speaker's label may open a single line: 催收：…)
    if "\n" not in text and not lines:
        return []
    lines += [m.span() for m in _OWN_REPLY.finditer(text)]
    # noise22: a forwarded chat's heading, the contact's display name (【某某分期-李专员】): a name the contact or the reader
    # chose, not words of the message (the lender detector still reads it)
    heading = _CHAT_HEADING.match(text)
    if heading:
        lines.insert(0, heading.span(1))
    if not lines:
        return []
    lines = _merged(lines)
    rest = "".join(text[a:b] for a, b in zip([0] + [e for _, e in lines], [s for s, _ in lines] + [len(text)]))
    if not _SENDER_TEXT.search(rest):
        return []
    origin = doc.folded.origin
    spans = [(bisect_left(origin, a), bisect_left(origin, b)) for a, b in lines]
    return [(a, b) for a, b in spans if b > a]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
