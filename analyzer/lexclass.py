"""cls50: one lexicon class (or a few, as one pattern) of the merged lexicon, compiled once.

The debt modules and the speaker reader each used to keep a copy of this helper (`_class(name)`, and debt_lawful's
`_either(names)` for several classes read as one). It imports nothing of the analyzer but the lexicon and the
first-character rewrite, so every debt module may use it without an import cycle (debt_border imports debt_billdue).

`literal=True` (the default) rewrites the pattern with `firstchar.literal_first` so that `re` can skip ahead to the
first characters: matches, their order and spans are those of the plain pattern; capturing groups are not kept.
speaker.py and debt_disclosed.py compile the plain pattern (`literal=False`), as they always did. `where` names the
rule file an unknown class is reported against (`Lexicon.expand`)."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from knowledge import derived_cache


@lru_cache(maxsize=None)
def lex_class(*names: str, literal: bool = True, where: str = "") -> re.Pattern[str]:
    """Lexicon classes `names` as one pattern (a match of any), from the merged lexicon (`lexicon.load`)."""
    source = load_lexicon().expand("|".join("{%s}" % n for n in names), where)
    return derived_cache.compile(literal_first(source) if literal else source)
