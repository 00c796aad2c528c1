"""Quoted words that the frame around them cites as someone else's (analyzer/detectors/warned.py blanks them)."""
from __future__ import annotations

from knowledge import derived_cache


# How far a span reaches from its frame word: bounded, so a long text without punctuation stays linear.
REACH = 80

# Quoted words ("…", 「…」), one quote or a run of them ("律师函"、"法院传票"), cited by the frame around them:
# a reporting or citing word before it in its clause, or a verdict / manner word after it.
_QUOTE = derived_cache.compile(r"[“\"「『]([^”\"」』\n]{1,80})[”\"」』]")
_QUOTE_RUN = derived_cache.compile(r"[、,，和与及或]{0,2}[“\"「『][^”\"」』\n]{1,80}[”\"」』]")
_CITED_BEFORE = derived_cache.compile(r"(?:说|称|讲|道|声称|谎称|扬言|自称|伪造|冒充|假冒|冒用|所谓|网传|流传|诸如|类似|比如|例如|"
                           r"收到|接到|写着|内容为|话术|说辞|假借|打着|"
                           # fa20: a line of fiction or play (剧本：反派打电话给主角：“你女儿在我手上”; 台词：“…”; NPC喊：“…”):
                           # a character's words, not the sender's
                           r"台词|旁白|剧本|剧情|小说|反派|主角|配角|角色|npc|戏里|片中|剧中|书中)[^,，。!?\n]{0,6}$")
_CITED_AFTER = derived_cache.compile(r"[^,，。!?\n]{0,12}?(?:回忆|说道|表示|相威胁|相要挟|相恐吓|为由|为名|为幌子|之类|一类|骚扰|恐吓|吓唬|"
                          r"系伪造|系谣言|系虚假|是假的|是骗|都是|均为|均系|陷阱|骗局|套路|圈套|是真的吗|"
                          # fa18: a rumour denied (网上流传的“逾期不还将被拘留”是谣言)
                          r"(?<![不没])(?:是|为|属于)谣言|纯属谣言|"
                          # lawful10 (cause C): a quoted service named and disowned ("征信修复"机构不能替代…)
                          r"不能替代|不能代替|无法替代|无权|没有资质|不具备"
                          # fa20: an anaphor right after the quote (“您的贷款已逾期，请立即还款到指定账户”——收到这类短信请勿点击)
                          r"|(?:此类|这类|这种|这样的|类似的?|以上|上述)(?:短信|简讯|电话|来电|信息|消息|说法|话术|内容|言论))|等|的(?:说法|话术|谎言|套路)")
# A quote introduced by a colon (骗子常说：“…”): the citing word sits before the colon, so the clause that holds it
# ends only at a comma or a sentence end.
_QUOTE_LEAD_END = derived_cache.compile(r"[,，;；。!?！？\n]")


def _quote_end(f: str, start: int, end: int) -> int:
    """lawful10 (cause C): a quotation is one unit. A span that opens a quote and stops at a comma inside it
    ("骗子常说：“…会影响征信，需要…转到安全账户”") runs on to the closing mark."""
    opened = max(f.rfind("“", start, end), f.rfind("「", start, end), f.rfind("『", start, end))
    if opened < 0 or max(f.rfind("”", opened, end), f.rfind("」", opened, end), f.rfind("』", opened, end)) > opened:
        return end
    close = _QUOTE_CLOSE.search(f, end, min(len(f), end + REACH))
    return close.end() if close else end


_QUOTE_CLOSE = derived_cache.compile(r"[”」』]")


def _cited_quotes(f: str) -> list[tuple[int, int]]:
    """Quoted words that the frame around them cites as someone else's (称"…", 伪造"律师函", "…"相威胁, 网传"…"系谣言)."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _QUOTE.search(f, pos)
        if m is None:
            return out
        end = m.end()
        while (run := _QUOTE_RUN.match(f, end)) is not None:
            end = run.end()
        lead = max((x.end() for x in _QUOTE_LEAD_END.finditer(f, max(0, m.start() - REACH), m.start())),
                   default=max(0, m.start() - REACH))
        before = f[lead:m.start()].rstrip(":：")
        if _CITED_BEFORE.search(before) or _CITED_AFTER.match(f, end):
            out.append((m.start(), end))
        pos = end
