"""threat36: a collector posing as a court, the police, a procuratorate, an arbitration body or a law firm to make
the reader repay their own debt is an unlawful threat (a fake legal process), not a scam.

The labels split the claimed-authority collection message by where the money goes and what is asked: the pose
that asks the reader to repay the real debt — to the lender, in its app, or with no channel named — is a threat; the
same pose asking for money to a private, "safe", "supervision" or "designated" account, a link, a code, a QR code,
an app, a shared screen, a fee, a deposit or a private settlement is a scam. A scam rule whose only evidence is the
claimed identity declares `pose_only = true` (knowledge/data/rules/scams*.toml); analyzer/verdict.decide lets a
threat finding decide the verdict when every serious scam finding is such a rule and `yields()` holds here.

Both word classes are data (knowledge/data/rules/zz_threat36.toml): {thirtysix_own_debt} (欠款, 逾期, 拖欠, 还款,
借款纠纷…) and {thirtysix_stranger_route} (links, codes, downloads, account numbers, private or "safe" accounts,
fees, 转账, 私了…). A message that names no debt of the reader's (你因涉嫌网贷诈骗已被立案, 详询XXX) keeps the scam
verdict: an impostor's opener that leads to a call-back or a side deal."""
from __future__ import annotations

from functools import lru_cache
import re

from analyzer.lexicon import load as load_lexicon
from knowledge import derived_cache


@lru_cache(maxsize=1)
def _classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lexicon = load_lexicon()
    return (derived_cache.compile(lexicon.expand("{thirtysix_own_debt}")),
            derived_cache.compile(lexicon.expand("{thirtysix_stranger_route}")))


def yields(f: str) -> bool:
    """Whether a claimed authority in the folded text `f` only presses the reader to repay their own debt: the
    reader's debt is named and no route to a stranger (link, code, app, account, fee, transfer, 私了) is given."""
    own, stranger = _classes()
    return own.search(f) is not None and stranger.search(f) is None
