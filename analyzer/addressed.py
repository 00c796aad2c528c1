"""Does a message speak to someone? ADDRESSED (second person, a request, a named or masked person: 您, 请, 某某,
XXX, 张某; news about courts and police does not) and addressed(text), the same answer found faster. Read by
analyzer/debt_context.py, the pipeline's @addressed context and analyzer/debt_frame.py's callers. Moved out of
analyzer/debt_context.py unchanged (round 21)."""
from __future__ import annotations

from knowledge import derived_cache



# The message speaks to someone (news about courts and police does not): second person,
# a request, or a named or masked person (某某, XXX, 张某).
ADDRESSED = derived_cache.compile(r"你|您|妳|贵|台端|客户|用户|借款人|阁下|〇〇|○○|^\W{0,3}(已|将|即将)被|(?<![申邀聘提恳])请(?![求示愿假柬教])|某某|x{2,}|\*{2,}|[\u4e00-\u9fff]某|[#$]?\{[a-z_]{1,20}\}")


# Whether ADDRESSED occurs, written so that every branch starts with a literal and re skips ahead
# to those characters (ADDRESSED's ^, class and optional-prefix branches make it try every
# position): the look-behinds sit after 请 and 某, x{2,} occurs where xx does, [#$]?{…} where {…}
# does, and the anchored branch is a match at 0. Only used while ADDRESSED is the pattern it was
# derived from; tests/test_pipeline.py checks that it is still in use and agrees.
_ADDRESSED_DERIVED_FROM = r"你|您|妳|贵|台端|客户|用户|借款人|阁下|〇〇|○○|^\W{0,3}(已|将|即将)被|(?<![申邀聘提恳])请(?![求示愿假柬教])|某某|x{2,}|\*{2,}|[\u4e00-\u9fff]某|[#$]?\{[a-z_]{1,20}\}"
_ADDRESSED_ANYWHERE = derived_cache.compile(r"你|您|妳|贵|台端|客户|用户|借款人|阁下|〇〇|○○|请(?<![申邀聘提恳]请)(?![求示愿假柬教])|某(?<=[\u4e00-\u9fff]某)|某某|xx|\*\*|\{[a-z_]{1,20}\}")
_ADDRESSED_AT_START = derived_cache.compile(r"\W{0,3}(?:已|将|即将)被")


def addressed(text: str) -> bool:
    """bool(ADDRESSED.search(text)), answered faster."""
    if ADDRESSED.pattern != _ADDRESSED_DERIVED_FROM:
        return bool(ADDRESSED.search(text))
    return bool(_ADDRESSED_ANYWHERE.search(text) or _ADDRESSED_AT_START.match(text))
