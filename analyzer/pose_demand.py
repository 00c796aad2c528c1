"""threat36: a collector posing as a court, the police, a procuratorate, an arbitration body or a law firm to make
the reader repay their own debt is an unlawful threat (a fake legal process), not a scam.

Since round 38 (move46) this is the entry "pose" of one data-driven frame, analyzer/scam_yields.py and
knowledge/data/rules/zz_scam_yields.toml; this module keeps the old name for its callers. The entry: every serious
scam finding comes from a rule whose only evidence is the claimed identity (`pose_only = true`), the reader's debt is
named ({thirtysix_own_debt}) and no route to a stranger is given ({thirtysix_stranger_route}, both in
knowledge/data/rules/zz_threat36.toml). A message that names no debt of the reader's (你因涉嫌网贷诈骗已被立案,
详询XXX) keeps the scam verdict: an impostor's opener that leads to a call-back or a side deal."""
from __future__ import annotations

from analyzer import scam_yields


def yields(f: str) -> bool:
    """Whether a claimed authority in the folded text `f` only presses the reader to repay their own debt: the
    reader's debt is named and no route to a stranger (link, code, app, account, fee, transfer, 私了) is given."""
    pose = scam_yields.entry("pose")
    return pose.own.search(f) is not None and pose.stranger.search(f) is None
