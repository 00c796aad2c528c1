"""Many items' gates (analyzer/prefilter.py) answered at once: the items a text's keys can trigger, by integer bit masks."""
from __future__ import annotations

from functools import reduce
from operator import or_
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analyzer.prefilter import Gates


class GateIndex:
    """For many items, each with its gates: the items a text can possibly trigger, in item order.
    Items without gates are always candidates. `extra` gates per item are checked the same way
    (a rule's context patterns: the rule cannot fire without them either).

    Answered with integer bit masks, without a loop over items: an item's gates are numbered
    (slot 0, 1, …), and a key stands for one integer with a bit for every (slot, item) whose gate
    contains it; OR-ing the integers of the text's keys gives the gates met. The items are laid out
    by how many gates they have, most first, so that slot s is a run of bits for just the items with
    more than s gates, all starting at the same item: an item is met when its bit is set in every slot
    it has, found by AND-ing each slot's run over the first's (an item without a gate there passes).
    (Checking gates item by item with set.isdisjoint cost more than the pattern scans of a short
    message; one run per slot for every item, met or not, made the integers 60% longer.)"""

    __slots__ = ("by_key", "keyset", "always", "rest", "items", "_masks", "_order", "_first", "_later", "_gateless")

    def __init__(self, item_gates: list[Gates], extra: list[Gates] | None = None) -> None:
        by_key: dict[str, list[int]] = {}
        always = []
        rest = []
        for i, g in enumerate(item_gates):
            more = tuple(extra[i]) if extra else ()
            if not g:
                always.append(i)
                rest.append(more)
                continue
            for key in g[0]:  # the most selective gate (the others are the rest)
                by_key.setdefault(key, []).append(i)
            rest.append(tuple(g[1:]) + more)
        self.by_key = {k: tuple(v) for k, v in by_key.items()}
        self.always = tuple(always)
        self.rest = tuple(rest)
        every = [tuple(g) + tuple(extra[i] if extra else ()) for i, g in enumerate(item_gates)]
        self.items = tuple(every)  # per item, every gate it must pass (its own and its extra ones): JointIndex
        # Position p holds item order[p]: most gates first (ties in item order), so the items with a gate in slot s
        # are positions 0 .. sizes[s] - 1, and slot s takes bits offsets[s] .. offsets[s] + sizes[s] - 1.
        order = sorted(range(len(every)), key=lambda i: -len(every[i]))
        counts = [len(every[i]) for i in order]
        sizes = [sum(1 for c in counts if c > s) for s in range(max(counts, default=0))]
        offsets = [sum(sizes[:s]) for s in range(len(sizes))]
        masks: dict[str, int] = {}
        for p, i in enumerate(order):
            for s, gate in enumerate(every[i]):
                bit = 1 << (offsets[s] + p)
                for key in gate:
                    masks[key] = masks.get(key, 0) | bit
        self._masks = masks
        self._order = tuple(order)
        self._first = (1 << sizes[0]) - 1 if sizes else 0  # the positions of items with a gate at all
        # Per later slot: where its run starts, the positions it covers, and those it does not (met there).
        self._later = tuple((offsets[s], (1 << sizes[s]) - 1, self._first & ~((1 << sizes[s]) - 1))
                            for s in range(1, len(sizes)))
        self._gateless = ((1 << len(every)) - 1) & ~self._first
        self.keyset = frozenset(masks)

    def mask(self, keys: set[str]) -> int:
        """The positions (bits) of the items a text with these keys can trigger (item order[p] at bit p)."""
        met = reduce(or_, map(self._masks.__getitem__, self.keyset.intersection(keys)), 0)
        found = met & self._first
        for offset, covered, uncovered in self._later:
            if not found:
                break
            found &= (met >> offset) & covered | uncovered
        return found | self._gateless

    def candidates(self, keys: set[str]) -> list[int]:
        found = self.mask(keys)
        order = self._order
        out = []
        # (speed25: highest bit first, so that each step works on a shorter integer, and with two integer operations
        # instead of three; the list is sorted anyway)
        while found:
            top = found.bit_length() - 1
            out.append(order[top])
            found ^= 1 << top
        out.sort()
        return out


class JointIndex:
    """Several GateIndexes asked about the same keys (the rule patterns, the warning frames, the reader frames and
    the fact patterns, all about Document.keys): their items put one after another in one GateIndex, so that a
    message's keys are intersected, OR-ed and checked slot by slot once instead of once per index. An item passes
    on its own gates alone, so each index's share of the joint candidates is exactly what its own candidates() gives
    (speed22: four look-ups cost about 23 µs a bench message, the joint one about 16)."""

    __slots__ = ("index", "bases")

    def __init__(self, indexes: tuple[GateIndex, ...]) -> None:
        bases = [0]
        for index in indexes:
            bases.append(bases[-1] + len(index.items))
        self.bases = tuple(bases)
        self.index = GateIndex([gates for index in indexes for gates in index.items])

    def candidates(self, keys: set[str]) -> tuple[list[int], ...]:
        """Per index, in the order given, its candidates(keys) (item numbers in that index, ascending)."""
        found = self.index.candidates(keys)
        bases = self.bases
        out: list[list[int]] = [[] for _ in range(len(bases) - 1)]
        part, base, top = 0, 0, bases[1]
        for item in found:  # ascending: each index's items follow the previous index's
            while item >= top:
                part += 1
                base, top = top, bases[part + 1]
            out[part].append(item - base)
        return tuple(out)
