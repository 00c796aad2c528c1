"""Write knowledge/data/brand_latin.json: the Latin spellings of every registry lender's Chinese names.

Phishing domains spell a brand in pinyin or its initials (zhaolian-jr.cc for 招联金融, msxf-vip.com for
马上消费金融); analyzer/detectors/lookalikes.py reads this file to recognise them. The spellings are a
transliteration of the registry's own names (aliases, products and the short forms lender_forms derives),
not facts about the lender, so they need no source; rerun this script after adding a lender
(tests/test_links15.py fails until every lender has its entry). Needs pypinyin (not a runtime
dependency): `.venv/bin/pip install pypinyin && .venv/bin/python scripts/brand_latin.py`.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypinyin import Style, lazy_pinyin, load_phrases_dict  # noqa: E402

from analyzer.detectors import lender_forms  # noqa: E402
from knowledge import registry  # noqa: E402

OUT = ROOT / "knowledge" / "data" / "brand_latin.json"
# Words that name a kind of firm, not a brand: spelled out they are in every lender's domain (jinrong, xiaojin).
_KIND = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|消费金融|消金|金融|小额贷款|小贷|银行|科技|数科|金服|集团|控股|公司)$")


# Readings pypinyin gets wrong in firm names (长银 is chang yin, as in 长城, 长安).
load_phrases_dict({"长银": [["cháng"], ["yín"]], "长城": [["cháng"], ["chéng"]], "长安": [["cháng"], ["ān"]],
                   "开行": [["kāi"], ["háng"]]})  # 国开行 (lender22)


def _strip_kind(word: str) -> str:
    while (shorter := _KIND.sub("", word)) != word:
        word = shorter
    return word


def spellings(word: str) -> set[str]:
    out: set[str] = set()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", word):
        return out
    for w in {word, _strip_kind(word)}:
        # A place alone (北京 of 北京银行, 中国 of 中国银行) is in countless domains: no brand spelling.
        if len(w) < 2 or re.fullmatch(lender_forms._PLACE.pattern + "|中国", w):  # noqa: SLF001
            continue
        full = "".join(lazy_pinyin(w))
        initials = "".join(lazy_pinyin(w, style=Style.FIRST_LETTER))
        if len(full) >= 5:
            out.add(full)
        if len(initials) >= 3:
            out.add(initials)
    return out


def main() -> None:
    table: dict[str, list[str]] = {}
    for r in registry.lenders():
        words = set(r.aliases) | set(r.products) | set(r.former_names)
        for name in r.names():
            words |= set(lender_forms.short_forms(name))
        keys: set[str] = set()
        for w in words:
            keys |= spellings(w)
        table[r.id] = sorted(keys)
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {sum(map(len, table.values()))} spellings of {len(table)} lenders")


if __name__ == "__main__":
    main()
