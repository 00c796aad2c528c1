"""The respelling tables of knowledge/data/rules/lexicon.toml: pinyin, initials, homophones, look-alikes, initial letters, inserted words, kept symbols."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge import derived_cache
from knowledge.errors import DataError
from knowledge.registry import DATA_DIR

FILE = "rules/lexicon.toml"  # (analyzer/lexicon.py reads its classes from the same file: lexicon.FILE is this)


def pinyin_variants(table: dict[str, str], file: str = FILE) -> dict[str, tuple[str, tuple[int, ...]]]:
    """Every spelling of a word with some (not all) of its characters written in pinyin ("tong讯录",
    "曝guang"), mapped to the word and the length of each piece (a character or a syllable)."""
    out: dict[str, tuple[str, tuple[int, ...]]] = {}
    for word, spelled in table.items():
        syllables = spelled.split() if isinstance(spelled, str) else []
        if len(word) < 2 or len(syllables) != len(word) or not all(re.fullmatch(r"[a-z]{1,6}", s) for s in syllables):
            raise DataError(file, f"pinyin.{word}", "one lower-case pinyin syllable per character, words of 2+ characters")
        n = len(word)
        for mask in range(1, 2 ** n - 1):  # at least one syllable, at least one character kept
            pieces = [syllables[i] if mask >> i & 1 else word[i] for i in range(n)]
            out["".join(pieces)] = (word, tuple(len(x) for x in pieces))
    return out


@lru_cache(maxsize=1)
def full_pinyin_table() -> dict[str, tuple[str, tuple[int, ...]]]:
    """Every word of the [pinyin] table spelled wholly in pinyin, with and without spaces ("yu qi", "yuqi"): only
    for a message written all in pinyin (analyzer/normalize.py), where no Chinese character is left to anchor it."""
    data = derived_cache.loads_toml((DATA_DIR / FILE).read_text(encoding="utf-8"))
    out: dict[str, tuple[str, tuple[int, ...]]] = {}
    for word, spelled in (data.get("pinyin") or {}).items():
        syllables = spelled.split()
        out["".join(syllables)] = (word, tuple(len(x) for x in syllables))
        out[" ".join(syllables)] = (word, tuple(len(x) + 1 for x in syllables[:-1]) + (len(syllables[-1]),))
    return out


@lru_cache(maxsize=1)
def pinyin_table() -> dict[str, tuple[str, tuple[int, ...]]]:
    """The [pinyin] table of lexicon.toml, expanded (see pinyin_variants)."""
    try:
        data = derived_cache.loads_toml((DATA_DIR / FILE).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(FILE, "", f"not valid TOML: {exc}") from None
    return pinyin_variants(data.get("pinyin") or {})


@dataclass(frozen=True)
class LetterWords:
    """Latin tokens that stand for a whole word ([initials] of lexicon.toml): initials ("yq" -> 逾期) and the
    joined pinyin of every [pinyin] word ("shangmen" -> 上门), each with the length of the letters behind each
    character; restored only in a message that `context` finds debt or collection wording in."""

    words: dict[str, tuple[str, tuple[int, ...]]]
    context: re.Pattern[str]
    # evade29: for a restored word, the nouns it forms a compound with ([initials.compounds]: 还款 + 金额, 催收 + 员):
    # a token followed by one is read without other debt wording ("确认hk金额", "cs员已经到你老家")
    compounds: dict[str, tuple[str, ...]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _lexicon_data() -> dict:
    """lexicon.toml read once (callers only read it)."""
    try:
        return derived_cache.loads_toml((DATA_DIR / FILE).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(FILE, "", f"not valid TOML: {exc}") from None


@lru_cache(maxsize=1)
def letter_words() -> LetterWords:
    data = _lexicon_data()
    section = data.get("initials") or {}
    try:
        context = derived_cache.compile(section.get("context") or "(?!)")
    except re.error as exc:
        raise DataError(FILE, "initials.context", f"bad regular expression: {exc}") from None
    skip = section.get("skip") or []
    pinyin = data.get("pinyin") or {}
    if not isinstance(skip, list) or not all(isinstance(s, str) and s in pinyin.values() for s in skip):
        raise DataError(FILE, "initials.skip", "every item must be the spelling of a word in [pinyin]")
    words: dict[str, tuple[str, tuple[int, ...]]] = {}
    for word, spelled in pinyin.items():
        if spelled not in skip:
            syllables = spelled.split()
            words["".join(syllables)] = (word, tuple(len(x) for x in syllables))
    for key, word in (section.get("words") or {}).items():
        if not re.fullmatch(r"[a-z]{2,4}", key) or not isinstance(word, str) or not word:
            raise DataError(FILE, f"initials.words.{key}", "2-4 lower-case letters mapped to a word")
        # One letter per character where the counts agree (txl -> 通讯录); else every character on the first letter.
        words[key] = (word, (1,) * len(word) if len(word) == len(key) else (0,) * (len(word) - 1) + (len(key),))
    compounds = {}
    for word, heads in (section.get("compounds") or {}).items():
        if word not in {w for w, _ in words.values()} or not isinstance(heads, list) or not all(isinstance(h, str) and h for h in heads):
            raise DataError(FILE, f"initials.compounds.{word}", "a word [initials] restores, mapped to a list of nouns")
        compounds[word] = tuple(heads)
    return LetterWords(words, context, compounds)


@lru_cache(maxsize=1)
def homophones() -> dict[str, tuple[str, str, str]]:
    """[homophones] of lexicon.toml: written form -> (word, characters it must not follow, nor precede)."""
    out: dict[str, tuple[str, str, str]] = {}
    for key, entry in (_lexicon_data().get("homophones") or {}).items():
        if isinstance(entry, str):
            entry = {"word": entry}
        word = entry.get("word") if isinstance(entry, dict) else None
        prev, nxt = (entry.get("unless_prev", ""), entry.get("unless_next", "")) if isinstance(entry, dict) else ("", "")
        if not isinstance(word, str) or len(word) != len(key) or word == key or not isinstance(prev, str) or not isinstance(nxt, str):
            raise DataError(FILE, f"homophones.{key}", "a word of the same length, optional unless_prev / unless_next characters")
        out[key] = (word, prev, nxt)
    return out


@lru_cache(maxsize=1)
def lookalikes() -> dict[str, tuple[str, str, str]]:
    """evade29: [lookalikes] of lexicon.toml: written form (folded) -> (word, characters it must not follow, nor precede).
    Unlike [homophones] the form may be longer or shorter than the word ("亻尔" -> 你) and may hold a symbol (上🚪)."""
    out: dict[str, tuple[str, str, str]] = {}
    for key, entry in ((_lexicon_data().get("lookalikes") or {}).get("forms") or {}).items():
        word = entry.get("word") if isinstance(entry, dict) else None
        prev, nxt = (entry.get("unless_prev", ""), entry.get("unless_next", "")) if isinstance(entry, dict) else ("", "")
        must, must_not = (entry.get("must_match"), entry.get("must_not_match")) if isinstance(entry, dict) else (None, None)
        if not isinstance(word, str) or not word or word == key or not isinstance(prev, str) or not isinstance(nxt, str) \
                or not must or not must_not:
            raise DataError(FILE, f"lookalikes.forms.{key}", "a word, optional unless_prev / unless_next characters, "
                            "must_match and must_not_match examples")
        out[key] = (word, prev, nxt)
    return out


def lookalike_examples() -> dict[str, tuple[list[str], list[str]]]:
    """evade29: each [lookalikes] form's must_match and must_not_match messages (tests/test_evade29.py runs them)."""
    forms = (_lexicon_data().get("lookalikes") or {}).get("forms") or {}
    return {key: (list(e["must_match"]), list(e["must_not_match"])) for key, e in forms.items()}


@lru_cache(maxsize=1)
def initial_letter_words() -> dict[str, str]:
    """gate19: [initial_letter] of lexicon.toml: each word with one character written as the first letter of its pinyin
    ("y期", "h款", "催s") -> the word; the syllables come from [pinyin]."""
    data = _lexicon_data()
    words = (data.get("initial_letter") or {}).get("words") or []
    pinyin = data.get("pinyin") or {}
    out: dict[str, str] = {}
    for word in words:
        if not isinstance(word, str) or len(word) < 2 or word not in pinyin:
            raise DataError(FILE, "initial_letter.words", f"{word!r}: a word of two or more characters listed in [pinyin]")
        syllables = pinyin[word].split()
        for i, syllable in enumerate(syllables):
            out[word[:i] + syllable[0] + word[i + 1:]] = word
    return out


@lru_cache(maxsize=1)
def inserted_words() -> tuple[str, ...]:
    """[inserted] words of lexicon.toml: a single letter or digit put inside one of them is dropped ("逾1期")."""
    words = (_lexicon_data().get("inserted") or {}).get("words") or []
    if not isinstance(words, list) or not all(isinstance(w, str) and len(w) >= 2 for w in words):
        raise DataError(FILE, "inserted.words", "words of two or more characters")
    return tuple(words)


@lru_cache(maxsize=1)
def kept_symbols() -> frozenset[str]:
    """fixes20: the words of [lexicon.violence_emoji] (🔪 🔫 💣): symbols that carry a threat, so folding keeps them where
    it drops other emoji put between two characters (去你家门口🔪🔪等你)."""
    words = ((_lexicon_data().get("lexicon") or {}).get("violence_emoji") or {}).get("words") or []
    if not all(isinstance(w, str) and len(w) == 1 for w in words):
        raise DataError(FILE, "lexicon.violence_emoji.words", "single symbols")
    return frozenset(words)
