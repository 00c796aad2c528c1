"""Words a warning quotes are not asked of the reader.

A police or bank warning names the scam it warns against: "若对方自称公检法，要求转入'安全账户'，一定是诈骗",
"近期有不法分子冒充网贷催收，以'逾期将被起诉坐牢'等说法恐吓，要求转账至个人账户", "收到'ETC认证失效'等短信，均为
诈骗", "对方如果联系您的亲友、恐吓辱骂，可以投诉、报警". The quoted words are the scammer's or the collector's, not
the sender's. `quoted(f)` finds those spans in a message's folded text by the frame around them, and `masked`
blanks them (same length, so offsets hold) before the frame rules run: one mechanism for every rule, its patterns,
its `requires` and its `unless` alike. The frames need a quantified verdict, a third party as subject, or a
condition about someone else followed by reporting it; an ask outside those spans (the sender's own "请点击…",
"请转入…") is seen as before, so a scam that adds "谨防诈骗" keeps its finding.
"""
from __future__ import annotations

from dataclasses import replace

from analyzer.detectors.own_words import (_ADVICE_ASKS, _CLAIMANT_ASKS, _CLAIMANT_ASKS_AS_READ, _FIRST_PERSON, _GREETING,
                                          _OWN_QUESTION, _POSSIBLE_QUESTION, _YOU_WORD, own_replies)  # noqa: F401 - (own_replies: warned.own_replies)
from analyzer.detectors.quotes import _QUOTE, REACH, _cited_quotes, _quote_end
from analyzer.document import Document
from analyzer.firstchar import literal_first
from analyzer.prefilter import GateIndex, gates, text_keys
from knowledge import derived_cache

_SENTENCE_END = derived_cache.compile(r"[。!?！？\n]")
_CLAUSE_END = derived_cache.compile(r"[,，;；:：。!?！？\n]")
# Blanks a quoted span: a sentence end, so no pattern, clause or modality bridges it.
_FILLER = "。"

# "…都是诈骗", "…均为诈骗", "…一定是骗子", "…都是假的": the words before it are named a scam.
# (short22: 多为 and 多系 carry their own copula: "…就上门的，多为诈骗")
_VERDICT = derived_cache.compile(r"(?:(?:都|均|一律|一定|肯定|全部|全|统统|必然|必定|百分百|(?:极|很|非常)?(?:有)?可能|多半|大多|多为|往往)(?:是|为|系|属于?)|多为|多系)[^,，。!?\n]{0,4}"
                      r"(?:诈骗|骗子|骗局|假冒|虚假|假的|钓鱼)")
# Where the quoted case starts, before such a verdict: a condition or a third party.
_CASE_START = derived_cache.compile(r"凡是?|若是?|如果|如有|如遇|如|假如|一旦|任何|所有|只要|收到|接到|遇到|碰到|自称|冒充|假冒|对方|陌生人|有人|不法分子|歹徒")
# Or a kind of message named just before it ("让你点链接的短信都是假的"): then only its own clause is quoted, so
# "请点击链接解冻，其他渠道的都是假的" keeps the ask.
_KIND_BEFORE = derived_cache.compile(r"的(?:短信|简讯|电话|来电|信息|消息|链接|网址|网站|人|客服)?$")
# para15 (UNSEAL_para15.md, cause F1): an anaphor for what the sentence just listed ("切勿点击…“激活医保卡”“医保卡
# 冻结解冻”，此类信息均为诈骗", "以上说法都是骗局"): the sentence before it is the case named.
_KIND_ANAPHOR = derived_cache.compile(r"(?:此类|这类|这些|该类|以上|上述|类似)(?:的)?(?:短信|简讯|电话|来电|信息|消息|链接|网址|网站|说法|话术|要求)?[,，]?$")
# lawful8 (tests/data/probes/UNSEAL_lawful8.md, cause A): the same kind as a topic clause of its own, set off by a
# comma ("贷款前要交保证金的，都是诈骗"): the clause before the comma is the case named.
_KIND_TOPIC = derived_cache.compile(r"的(?:短信|简讯|电话|来电|信息|消息|链接|网址|网站|人|客服)?[,，]$")
# A third party as the subject of a clause: the rest of its description is theirs ("有同学接到冒充…的电话，称…").
_PARTY = derived_cache.compile(r"(?:^|(?<=[,，;；:：。!?！？\n】]))(?:近期|近日|最近|目前|当前|现|发现|常有|经常)?(?:有|出现|一些|部分)?"
                    r"(?:不法分子|犯罪分子|诈骗分子|歹徒|诈骗团伙|诈骗集团|犯罪集团|犯罪团伙|(?:非法)?催收团伙|不法人员|骗子|(?:有人|对方|有[^,，。!?\n]{0,4}(?:人员|人士|团伙))(?:冒充|假冒|自称)|(?:(?<=出现)|有人)以[^,，。!?\n]{1,16}名义|"
                    r"(?:[^,，。!?\n]{0,6}?(?:接到|收到|遇到))?(?:假冒|冒充)[^,，。!?\n]{1,12}的(?:诈骗)?(?:人|人员|短信|电话|信息))")
# A clause that goes on describing what the third party does.
# para15 (UNSEAL_para15.md, cause F1): the next step of the same scheme, joined by a sequence or an alternative
# ("…，随后诱导下载…，或要求将钱转入…"), still describes the third party.
_GOES_ON = derived_cache.compile(r"(?:随后|然后|接着|之后|继而|或者?|并且?|还会?)?"
                      r"(?:[\"“'‘「]|以|要求|谎称|声称|诱导|诱骗|称|说|让|叫|骗取|并(?:要求|以|称)|进而|再|恐吓|威胁|利用|通过|假借|借口"
                      # fa24: "…客户说不退款就来店里闹，还要发到网上": 还要/又说 goes on with the same account
                      r"|还要|又要|又说|还扬言"
                      # fa33: the consequence the third party attached ("称您的学生账户需注销，否则影响征信，诱导您贷款…"; "说我的金条
                      # 要注销，不注销影响征信，让我下载…"): still what they said, so the account goes on past it
                      r"|否则|不然|要不然|不(?:注销|处理|关闭|认证|升级|配合|操作|缴费|转账)(?:的话)?(?:就|会|将|要)?(?:影响|上报|冻结|停用|起诉))")
# "谨防…", "警惕…", "不要相信…": the object of the warning ("小心你家的玻璃" is a threat, not a warning).
_WARN = derived_cache.compile(r"谨防|警惕|提防|(?:切勿|不要|请勿|别|勿)(?:轻易)?(?:相信|轻信|信)")
# "…的电话千万别信": the words before the rejection, in its clause, are what the reader should not believe.
# Only after a named thing (电话, 短信…), so an appended "请勿相信陌生来电" does not blank the clause before it.
# fa23: also "…的短信请直接删除 / 来电直接挂断": the thing named is to be discarded, so what it asks is not the sender's ask.
_REJECT = derived_cache.compile(r"(?<=电话|短信|消息|链接|客服|的话)(?:(?:千万|一定|可|都)?(?:别|不要|切勿|勿)(?:信|相信|理会?|上当)"
                     r"|(?:请|可|可以)?(?:直接|立即)?(?:删除|挂断|拉黑))")
# "闲鱼不会要求卖家缴纳保证金", "征信中心不提供任何'征信修复'服务": an institution disowning an ask; what follows is
# what an impostor would ask, not what the sender asks.
# lawful10 (cause C): also a quoted act the sender disowns ("我们不会“爆通讯录”"): the quote breaks the negation.
_DISOWN = derived_cache.compile(r"(?:不会|绝不会|决不会|从不|从来不会?|不提供)(?:以|要求|让|通过|向|任何|(?=[“\"「『]))")
# fa18: the sender declining a service the scam sells (我们不代办"停催"业务; 本所…不承接任何"征信修复"业务; 本平台不办理
# "债务优化"代理): what follows is what an impostor would offer. Only with the sender's own first person earlier in the
# sentence, and the rest of a clause only, so "我们不收任何前期费用，可代办停催" keeps its offer.
_DECLINE = derived_cache.compile(r"(?:不|从不|绝不|并不|不会|从未|从来不)(?:代办|代理|办理|承接|承办|经营|开展|从事|提供|做|收取|涉及)(?:任何)?")
_OWN_SUBJECT = derived_cache.compile(r"我们|我司|我所|本所|本律所|本平台|本公司|本机构|本中心|本行|我行|本团队|本站")
# fa18: an exposé of a kind of business (记者调查：一些“债务优化”机构声称能“停息挂账”，实则收取高额服务费后失联): what such
# businesses claim is quoted, up to the verdict on it. Only what is named up to the verdict is blanked, so a scammer's own
# offer after it (…实则收费后失联，我们专业停息挂账) is still read.
_EXPOSE = derived_cache.compile(r"(?:一些|部分|某些|有些|有的|不少|很多|许多|所谓)[^,，。!?\n]{0,16}(?:机构|公司|中介|平台|团伙|人员|工作室)"
                     r"[^。!?\n]{0,30}?(?:实则|实际上|其实|实为)(?:是|为|却|只是)?[^,，。!?\n]{0,8}?(?:骗|收取|套取|卷款|失联|跑路|收费)")
# "买家发送了疑似'保证金''资金冻结'类信息": what the platform flags as suspect.
_SUSPECT = derived_cache.compile(r"疑似([^,，。!?\n]{1,30}?)(?:类|等)?(?:信息|短信|消息|电话|链接|诈骗)")
# "如遇/对方如果 X，请挂断/报警/拨打96110/可投诉": X is someone else's act, to be reported.
# fa20: also the spoken conditionals 要是/万一/只要 (催收要是敢去你老家闹，直接报警就行)
_IF_THEN_REPORT = derived_cache.compile(r"(?:如|若|如果|一旦|假如|倘若|凡|要是|万一|只要)(?:是|有|遇|遇到|碰到|收到|接到|发现)?([^。!?\n]{1,60}?)[,，]"
                             r"(?:请|可|可以|应|应当|要|需|务必)?(?:您|你)?(?:立即|马上|及时|直接|务必|第一时间)?(?:拨打|致电)?"
                             r"(?:96110|110|12378|12321|报警|举报|投诉|挂断|不要理会|不予理睬|保存证据|保留证据|向[^,，。!?\n]{1,14}(?:投诉|举报|报警|报案))")
# fa20: a bare 催收 (催收要是敢…) and 他们/那些人 name someone else too
_SOMEONE_ELSE = derived_cache.compile(r"有人|对方|陌生|自称|冒充|假冒|不法|骗子|诈骗|催收|他们|那些人|那帮人|收到|接到|遇到|遇|碰到|(?:你|您)被")

# td9 lawful frames (tests/data/probes/td9_lawful_lexicon.md, written before reading these rules):
# "如遇/遇到/收到 X，(可以收集截图录音，)向公安机关报案 / 请拒绝": X is someone else's act; one advice clause may come first.
_MET_THEN_ACT = derived_cache.compile(r"(?:(?:如|若|如果|一旦|假如|倘若|凡)(?:是|有|遇|遇到|碰到|收到|接到|发现)?|遇到|碰到|接到|收到)"
                           r"([^。!?\n]{1,60}?)[,，](?:[^,，。!?\n]{0,14}[,，])?"
                           r"(?:请|可|可以|应|应当|要|需|务必|千万|一定)?(?:您|你)?(?:立即|马上|及时|直接|务必|第一时间)?"
                           r"(?:报案|收集证据|保存证据|保留证据|拒绝|别(?:转|信|理)|不要(?:转|信|理)|勿(?:转|信|理)|挂断|核实|删除|"
                           r"向[^,，。!?\n]{1,14}(?:投诉|举报|报警|报案|核实))")
# A warning's heading that names a kind of scam, then a colon: "警惕“冒充客服退款”诈骗：客服称…，要求你…". The rest of the
# sentence describes that scam. The kind must be named (at least two characters between the warning word and 诈骗),
# so a bare "谨防诈骗：请点击…" prepended to a scammer's own ask does not hide the ask.
_HEADING = derived_cache.compile(r"(?:谨防|警惕|提防|防范|当心|小心)[^。!?！？\n:：]{2,24}(?:诈骗|骗局|套路|陷阱)[」”\"』]?[:：]"
                      # fa20: a lesson that lists the marks of a wrong (识别违法催收的五个特征：一是…；二是…; 教你辨别假客服的
                      # 三种话术：…; 暴力催收常见手段：…): what the list names is the wrongdoer's, not the sender's ask. The wrong
                      # must be named (违法, 暴力, 诈骗, 假…), so "识别本行客服的特征：请点击…" hides nothing.
                      r"|(?:识别|辨别|辨认|分辨|认清|看清|揭秘|盘点|常见的?)[^。!?！？\n:：]{0,12}(?:违法|非法|暴力|软暴力|诈骗|骗子?|假|冒充|套路)"
                      r"[^。!?！？\n:：]{0,12}(?:特征|特点|手段|手法|套路|话术|表现|迹象|伎俩|招数|信号|类型)[」”\"』]?[:：]")
# lawful10 (tests/data/probes/UNSEAL_lawful10.md, cause H): a law-education heading, then a general question that
# names no one ("普法小课堂：借钱不还会坐牢吗？"): the question is the topic, not a claim about the reader. Only a
# question without 你/您, so a heading pasted before "你借钱不还要坐牢，马上转账" hides nothing.
_EDU_QUESTION = derived_cache.compile(r"(?:普法|法治|法律|法官|律师)(?:小课堂|课堂|讲堂|小知识|问答|说法|提醒)[:：]([^。!?！？\n你您]{2,40}[?？])")
# "系伪造", "系谣言", "是典型诈骗话术": a verdict without a quantifier, on the case it closes.
_VERDICT_PLAIN_AS_READ = (r"系(?:伪造|假冒|诈骗|谣言|虚假)|(?:是|为)伪造的?|是(?:典型的?)?诈骗(?:话术|手段|套路)|(?:那|这)(?:就|肯定|都)?是(?:骗子|诈骗)")
# speed21: _VERDICT_PLAIN and _CLAIMANT_ASKS through literal_first (same matches and spans; neither has a group): as
# written their branches open with groups ((?:是|为), (?:那|这), (?:怎么|如何…)), so re tried them at every position.
# The frame index keeps the gates of the sources as they read (_AS_READ).
_VERDICT_PLAIN = derived_cache.compile(literal_first(_VERDICT_PLAIN_AS_READ))
# Reported speech: a third party (有人, 对方, 催收员, 受害人, 张某, 网友…) says or claims; what follows is theirs.
# fa23: 威胁要/会/将 as well as 威胁说 (催收威胁要曝光你？别怕…): the threat reported, not made.
_SAYS = derived_cache.compile(r"(?:有人|对方|陌生人|骗子|人家|催收(?:员|人员|的人|方|公司)?|他们|受害人|被害人|借款人|网友|嫌疑人|被告人|该男子|该女子|"
                   r"[\u4e00-\u9fff]某|记者|民警|警方)[^,，。!?！？;；\n“”\"]{0,12}?"
                   r"(?:说(?!明|清|服|好)|称|扬言|声称|谎称|自称|冒充|假冒|表示|威胁(?:说|要|会|将))"
                   # fa24: a customer, a friend, a colleague or a neighbour of the writer said it (那个客户说不退款就来店里闹；
                   # 我朋友说你们会爆通讯录): the verb right after the subject (not 朋友的爸爸会跟你说怎么汇钱, an instruction
                   # to come), and not after 你/您/的, where the collector cites the reader's people to them
                   r"|(?<![你您的])(?:客户|顾客|朋友|同事|邻居)(?:也|还|又|都|就)?(?:说(?!明|清|服|好)|称|扬言|声称|威胁说)"
                   r"|(?:收到|接到)[^,，。!?\n]{0,14}(?:短信|电话|来电|消息|信息)[,，]?[^,，。!?\n]{0,4}?(?:说|称|写着|内容为?)"
                   # fa24: the message or call described before it is named (我收到一条说我包裹地址不完整要点链接的短信；
                   # 接到一个自称客服的电话): what it says is its sender's, not the writer's
                   r"|(?:收到|接到)了?(?:一条|一个|一通|条|个|通)?(?:说|称|自称|声称)"
                   # lawful10 (UNSEAL_lawful10.md, cause C): "被人说要上门", someone unnamed said it
                   r"|被人(?:说|称|扬言|威胁说)")


def _sentence_start(f: str, pos: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(f, max(0, pos - REACH), pos)), default=max(0, pos - REACH))


def _clause_start(f: str, pos: int) -> int:
    return max((m.end() for m in _CLAUSE_END.finditer(f, max(0, pos - REACH), pos)), default=max(0, pos - REACH))


def _described(f: str, start: int) -> int:
    """The end of a third party's description from `start`: its clause, and the clauses after it that go on
    describing (以…, 要求…, "…"), up to the sentence end."""
    pos, limit = start, min(len(f), start + REACH)
    while True:
        m = _CLAUSE_END.search(f, pos, limit)
        if m is None:
            return limit
        inside_quote = f.count("“", start, m.start()) > f.count("”", start, m.start())
        if not inside_quote and (_SENTENCE_END.match(m.group()) or not _GOES_ON.match(f, m.end())):
            return m.start()
        pos = m.end()


# The frames quoted() scans the whole text with, indexed by the literal words each cannot match without
# (analyzer/prefilter.py): most messages quote nothing, and one index look-up costs less than a scan per frame
# (or a key test per frame).
_FRAMES = (_VERDICT, _PARTY, _WARN, _REJECT, _DISOWN, _SUSPECT, _IF_THEN_REPORT, _MET_THEN_ACT, _HEADING,
           _VERDICT_PLAIN, _SAYS, _QUOTE, _CLAIMANT_ASKS, _EDU_QUESTION, _ADVICE_ASKS, _DECLINE, _EXPOSE, _OWN_QUESTION,
           _POSSIBLE_QUESTION)
_AS_READ = {id(_VERDICT_PLAIN): _VERDICT_PLAIN_AS_READ, id(_CLAIMANT_ASKS): _CLAIMANT_ASKS_AS_READ}
_FRAME_INDEX = GateIndex([gates(_AS_READ.get(id(pattern), pattern.pattern)) for pattern in _FRAMES])
_FRAME_NUMBER = {id(pattern): i for i, pattern in enumerate(_FRAMES)}
FRAME_INDEX = _FRAME_INDEX  # for the pipeline's prefilter.JointIndex
_N_VERDICT = _FRAME_NUMBER[id(_VERDICT)]
_N_PARTY = _FRAME_NUMBER[id(_PARTY)]
_N_WARN = _FRAME_NUMBER[id(_WARN)]
_N_REJECT = _FRAME_NUMBER[id(_REJECT)]
_N_DISOWN = _FRAME_NUMBER[id(_DISOWN)]
_N_SUSPECT = _FRAME_NUMBER[id(_SUSPECT)]
_N_IF_THEN_REPORT = _FRAME_NUMBER[id(_IF_THEN_REPORT)]
_N_MET_THEN_ACT = _FRAME_NUMBER[id(_MET_THEN_ACT)]
_N_HEADING = _FRAME_NUMBER[id(_HEADING)]
_N_VERDICT_PLAIN = _FRAME_NUMBER[id(_VERDICT_PLAIN)]
_N_SAYS = _FRAME_NUMBER[id(_SAYS)]
_N_QUOTE = _FRAME_NUMBER[id(_QUOTE)]
_N_CLAIMANT_ASKS = _FRAME_NUMBER[id(_CLAIMANT_ASKS)]
_N_EDU_QUESTION = _FRAME_NUMBER[id(_EDU_QUESTION)]
_N_ADVICE_ASKS = _FRAME_NUMBER[id(_ADVICE_ASKS)]
_N_DECLINE = _FRAME_NUMBER[id(_DECLINE)]
_N_EXPOSE = _FRAME_NUMBER[id(_EXPOSE)]
_N_OWN_QUESTION = _FRAME_NUMBER[id(_OWN_QUESTION)]
_N_POSSIBLE_QUESTION = _FRAME_NUMBER[id(_POSSIBLE_QUESTION)]


def quoted(f: str, keys: set[str] | None = None, items: list[int] | None = None) -> list[tuple[int, int]]:
    """Spans of folded text `f` that a warning quotes (what someone else says or does). `keys`: f's characters
    and bigrams (Document.keys) when the caller has them; a frame whose literal words are not all there is not
    scanned. `items`: FRAME_INDEX.candidates(keys) when the caller has them (pipeline: a prefilter.JointIndex)."""
    live = frozenset(_FRAME_INDEX.candidates(text_keys(f) if keys is None else keys) if items is None else items)
    if not live:
        return []  # every span below starts at a frame's match

    # speed28: each frame's number tested here (the frame scanned only when live, as before), where a nested scan()
    # looked its number up by id() once per frame: ~0.2 µs a frame, 18 frames, in every message with a live frame
    spans: list[tuple[int, int]] = []
    if _N_VERDICT in live:
        for m in _VERDICT.finditer(f):
            lo = _sentence_start(f, m.start())
            case = _CASE_START.search(f, lo, m.start())
            if case:
                spans.append((case.start(), m.start()))
            elif _KIND_BEFORE.search(f, lo, m.start()):
                spans.append((_clause_start(f, m.start()), m.start()))
            elif (topic := _KIND_TOPIC.search(f, lo, m.start())) is not None:
                spans.append((_clause_start(f, topic.start()), m.start()))
            elif _KIND_ANAPHOR.search(f, lo, m.start()):
                spans.append((lo, m.start()))
    if _N_PARTY in live:
        for m in _PARTY.finditer(f):
            spans.append((m.start(), _described(f, m.end())))
    if _N_WARN in live:
        for m in _WARN.finditer(f):
            spans.append((m.end(), _described(f, m.end())))
    if _N_REJECT in live:
        for m in _REJECT.finditer(f):
            spans.append((_clause_start(f, m.start()), m.start()))
    if _N_DISOWN in live:
        for m in _DISOWN.finditer(f):
            spans.append((m.end(), _described(f, m.end())))
    if _N_SUSPECT in live:
        for m in _SUSPECT.finditer(f):
            spans.append((m.start(1), m.end(1)))
    if _N_IF_THEN_REPORT in live:
        for m in _IF_THEN_REPORT.finditer(f):
            if _SOMEONE_ELSE.search(f, _clause_start(f, m.start()), m.end(1)):
                spans.append((_clause_start(f, m.start()), m.end(1)))
    if _N_MET_THEN_ACT in live:
        for m in _MET_THEN_ACT.finditer(f):
            if _SOMEONE_ELSE.search(f, _clause_start(f, m.start()), m.end(1)):
                spans.append((_clause_start(f, m.start()), m.end(1)))
    if _N_HEADING in live:
        for m in _HEADING.finditer(f):
            end = _SENTENCE_END.search(f, m.end(), min(len(f), m.end() + REACH))
            spans.append((m.end(), end.start() if end else min(len(f), m.end() + REACH)))
    if _N_EDU_QUESTION in live:
        for m in _EDU_QUESTION.finditer(f):
            spans.append((m.start(1), m.end(1)))
    if _N_VERDICT_PLAIN in live:
        for m in _VERDICT_PLAIN.finditer(f):
            lo = _sentence_start(f, m.start())
            case = _CASE_START.search(f, lo, m.start())
            spans.append((case.start() if case else _clause_start(f, m.start()), m.start()))
    if _N_SAYS in live:
        for m in _SAYS.finditer(f):
            # The account stops at a warning about it ("…声称如下情况请勿轻信"): that marker is the sender's own.
            end = _described(f, m.end())
            warn = _WARN.search(f, m.end(), end) or _REJECT.search(f, m.end(), end)
            spans.append((m.end(), warn.start() if warn else end))
    if _N_QUOTE in live:
        spans.extend(_cited_quotes(f))
    if _N_CLAIMANT_ASKS in live:
        for m in _CLAIMANT_ASKS.finditer(f):
            lo = _sentence_start(f, m.start())
            if _FIRST_PERSON.search(f, lo, m.start()):
                spans.append((lo, m.start()))
    if _N_EXPOSE in live:
        for m in _EXPOSE.finditer(f):
            spans.append((m.start(), m.end()))
    if _N_DECLINE in live:
        for m in _DECLINE.finditer(f):
            if _OWN_SUBJECT.search(f, _sentence_start(f, m.start()), m.start()):
                clause = _CLAUSE_END.search(f, m.end(), min(len(f), m.end() + REACH))
                spans.append((m.end(), clause.start() if clause else min(len(f), m.end() + REACH)))
    if _N_OWN_QUESTION in live:
        for m in _OWN_QUESTION.finditer(f):
            spans.append((m.start(), m.end()))
    if _N_POSSIBLE_QUESTION in live:
        for m in _POSSIBLE_QUESTION.finditer(f):
            lo = _clause_start(f, m.start())
            if not _YOU_WORD.search(f, lo, m.start()):
                spans.append((lo, m.end() - (f[m.end() - 1] in "?？")))  # (a question mark stays: it ends the clause)
    if _N_ADVICE_ASKS in live:
        for m in _ADVICE_ASKS.finditer(f):
            lo = _sentence_start(f, m.start())
            if _FIRST_PERSON.search(f, lo, m.start()) and not _YOU_WORD.search(_GREETING.sub("", f[lo:m.end()])):
                spans.append((lo, m.start()))
    return [(a, _quote_end(f, a, b)) for a, b in spans if b > a]


_OPEN_QUOTES = "“\"「『‘'"
_CLOSE_QUOTES = "”\"」』’'"


def unquoted(f: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that are not a quotation in marks (“减免欠款”, 「…」). fa30: a rule's message-wide exception is also
    read on the text with the quotations put back, so an exception that spans one (近期冒充网贷平台“减免欠款”诈骗高发)
    is not cut by the mask's stops; what else the mask blanks (the object of 谨防 in a scammer's own 谨防诈骗！) stays
    blanked, so a warning added to a scam does not become its exception."""
    out = []
    for s, e in spans:
        inside = f[s:s + 1] in _OPEN_QUOTES and f[e - 1:e] in _CLOSE_QUOTES and e - s > 1
        around = s > 0 and f[s - 1] in _OPEN_QUOTES and f[e:e + 1] in _CLOSE_QUOTES and f[e:e + 1] != ""
        if not (inside or around):
            out.append((s, e))
    return out


def masked(doc: Document, spans: list[tuple[int, int]]) -> Document:
    """`doc` with the spans of its folded text blanked; offsets and the original text are unchanged."""
    return doc.blanked(spans, _FILLER)
