"""speed32: the key gates of the debt gate's searches (analyzer/debt_context.names_debt) answered in one pass over a
message's keys.

A check names the patterns it cannot answer True without, all of them (several for a frame of several parts:
owed_reminded needs a reminding act, an unpaid state and an owed item). Each pattern's gate is derived from the
pattern itself by prefilter.any_branch_keys (keys one of which every match holds), so a changed pattern changes
its gate with it and no new pattern is skipped unread; a pattern with no gate (None: a branch that may match
anywhere) never rules its check out. Every gate has a bit; every key stands for the bits of the gates that hold
it; one intersection of the message's keys with all the gates' keys and an OR of the small integers found give
every gate met at once. Each check asked with set.isdisjoint walked the message's keys again, about sixteen times
a message, and the searches gated here for the first time (owed_reminded, the lever's role-chase and ultimatum
frames, handled_case, stalled_money) ran on every message. A check passes when all its gates are met: a check
that fails cannot match, and the search it guards is left out with the same answer."""
from __future__ import annotations

from functools import reduce
from operator import or_

class KeyChecks:
    """Named checks, each a tuple of gates (prefilter.any_branch_keys) that must all share a key with a text."""

    __slots__ = ("_masks", "_vocab", "_need", "_always")

    def __init__(self, checks: dict[str, tuple[frozenset[str] | None, ...]]) -> None:
        masks: dict[str, int] = {}
        need: dict[str, int] = {}
        always = 0
        bit = 1
        for name, gates in checks.items():
            want = 0
            for gate in gates:
                want |= bit
                if gate is None:
                    always |= bit  # (no gate: met by every text)
                else:
                    for key in gate:
                        masks[key] = masks.get(key, 0) | bit
                bit <<= 1
            need[name] = want
        self._masks = masks
        self._vocab = frozenset(masks)
        self._need = need
        self._always = always

    def met(self, keys: set[str] | frozenset[str]) -> int:
        """The gates a text with these keys (prefilter.text_keys) meets, as bits."""
        return reduce(or_, map(self._masks.__getitem__, self._vocab.intersection(keys)), self._always)

    def may(self, met: int, name: str) -> bool:
        """False only when the text whose gates `met` are misses one of check `name`'s gates: it cannot match."""
        want = self._need[name]
        return met & want == want

    def names(self) -> tuple[str, ...]:
        return tuple(self._need)
