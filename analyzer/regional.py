"""Hong Kong / Macau / Taiwan and Cantonese words read as the mainland words rules are written in (analyzer/normalize.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache
from knowledge.errors import DataError
from knowledge.registry import regional_words


@lru_cache(maxsize=1)
def _regional() -> tuple[re.Pattern[str], dict[str, str]]:
    from analyzer.firstchar import literal_first  # noqa: PLC0415 - loaded once, on first use
    from analyzer.lexicon import trie_pattern  # noqa: PLC0415
    from analyzer.normalize import _fold_char  # noqa: PLC0415 - (normalize imports this module)

    table = regional_words()
    for key in table:
        if any(_fold_char(ch) != ch for ch in key):
            raise DataError("regional.toml", f"words.{key}", "write the word as folded text (Simplified, lower case)")
    return (derived_cache.compile(literal_first(trie_pattern(sorted(table)))) if table else derived_cache.compile(r"(?!)")), table


@lru_cache(maxsize=1)
def _regional_keys() -> frozenset[str] | None:
    """speed20b: keys one of which every regional word holds (prefilter.any_branch_keys; met in about half of messages)."""
    return any_branch_keys(_regional()[0])


def _regionalize(text: str, origin: tuple[int, ...], keys: set[str] | None = None) -> tuple[str, tuple[int, ...]]:
    """Hong Kong / Macau / Taiwan and Cantonese words -> the mainland words the rules are written in
    ("点选连结" -> "点击链接", "屋企人" -> "家里人"); each replacement character keeps the offset of a
    character of the word it replaces, so findings still point at the words received. `keys`: text's text_keys,
    when known (a text holding none of the words' keys is not scanned)."""
    gate = _regional_keys()
    if keys is not None and gate is not None and gate.isdisjoint(keys):
        return text, origin
    pattern, table = _regional()
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        key = m.group(0)
        if key.isascii() and ((a and text[a - 1].isascii() and text[a - 1].isalnum()) or (b < len(text) and text[b].isascii() and text[b].isalnum())):
            continue  # a Latin key ("etag") only as a word of its own
        out.append(text[last:a])
        where.extend(origin[last:a])
        word = table[key]
        out.append(word)
        where.extend(origin[a + min(i, len(key) - 1)] for i in range(len(word)))
        last = b
    if not last:
        return text, origin
    out.append(text[last:])
    where.extend(origin[last:])
    return "".join(out), tuple(where)
