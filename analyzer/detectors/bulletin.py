"""fa35: an anti-fraud bulletin names the scam's words; it does not play the scam on the reader.

A police or anti-fraud centre's notice, or anyone passing one on, lists what scammers say (下载会议软件、共享屏幕、转入
“安全账户”、缴纳保证金) in order to warn: "近期冒充网贷平台…的诈骗高发", "凡是…的都是诈骗" ({fathirtyfive_bulletin}),
with a protective instruction (挂断、卸载、报警、请勿…, {fathirtyfive_bulletin_guard}). Clause-level anti-scam words
(anti_scam) already spare the sentence that names the scam; this frame spares the whole bulletin, whose quoted steps sit
in other sentences, unless the message itself hands the reader a link, a chat account, a mobile or masked number, a
"专员", a key to press, accuses the reader, or asks them (not 请勿) to pay, click, download or log in
({fathirtyfive_bulletin_block}): a fake anti-fraud centre is written that way. Scam findings are dropped, and a
claim of crime (诈骗案件) the bulletin names is not an accusation of the reader.
The classes are data in knowledge/data/rules/zz_fa35.toml.
"""
from __future__ import annotations

import re

from analyzer.lexicon import Lexicon, class_patterns
from analyzer.report import Finding

_NAMES = ("fathirtyfive_bulletin", "fathirtyfive_bulletin_guard", "fathirtyfive_bulletin_block")
def _patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    return class_patterns(lexicon, _NAMES)


def is_bulletin(folded: str, lexicon: Lexicon) -> bool:
    """The message is an anti-fraud warning that asks the reader for nothing a scam would."""
    bulletin, guard, block = _patterns(lexicon)
    return bool(bulletin.search(folded)) and bool(guard.search(folded)) and not block.search(folded)


def drop_bulletin(folded: str, findings: list[Finding], lexicon: Lexicon) -> list[Finding]:
    """The findings less the scam ones and claims of crime, when the message is an anti-fraud bulletin."""
    if not any(_quoted(x) for x in findings) or not is_bulletin(folded, lexicon):
        return findings
    return [x for x in findings if not _quoted(x)]


def _quoted(x: Finding) -> bool:
    return x.category == "scam" or x.kind == "false_criminal_threat"
