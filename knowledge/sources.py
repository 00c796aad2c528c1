"""Source rules for legal statements: where a fact comes from decides how much the product may lean on it.

A frightened borrower may quote what we print in a complaint letter, so every law entry must name
its official publication (issuing body and document number), may give an official address only on
an official domain, and never cites a content farm. An entry whose text we checked only against a
secondary copy says so (status ``secondary`` or ``unverified``): the product then shows it as
"未核对原文" and keeps it out of complaint letters (``letter_safe``).
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from knowledge.errors import DataError

DATA_DIR = Path(__file__).resolve().parent / "data"

# Content farms and SEO sites found cited in earlier versions of the data (issue 13): never a source.
BLOCKED_DOMAINS = (
    "wwpfw.com", "wodefinance.com", "233.com", "siduzixun.com", "hxdzsz.com", "glo.com.cn",
    "qqx8.cn", "szcga.com", "fengdujob.net", "zhetiaohe.com", "glnlw.com", "dataiw.cn",
)
# Government domains: every official site named in the brief (flk.npc.gov.cn, court.gov.cn,
# nfra.gov.cn, pbc.gov.cn, spp.gov.cn, mps.gov.cn, gov.cn …) and local courts (hebeicourt.gov.cn …).
OFFICIAL_SUFFIXES = ("gov.cn",)
# Faithful copies of the national law database (国家法律法规数据库) that an entry may be checked
# against and still count as checked against the original text.
FAITHFUL_COPIES = (
    "https://github.com/LawRefBook/Laws/blob/",
    "https://github.com/DiamonWoo/Laosheng.top/blob/8969f76c03af13ef6ef92f7af44573f9efc07bdd/falv/flk.npc/",
)
# A document number in the forms the issuing bodies use, or an explicit "文号未核实" admission.
_DOC_NUMBER = re.compile(r"(令|〔\d{4}〕|\[\d{4}\]|（\d{4}）|第[〇零一二三四五六七八九十百\d]+号|文号未核实|GB/T)")
_URL = re.compile(r"https?://[^\s\"'）)，。、]+")
CAVEAT = "未核对原文"


def domain(url: str) -> str:
    """The host of a URL, lower-case, without a leading www."""
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def _under(host: str, suffixes: Iterable[str]) -> bool:
    return any(host == s or host.endswith("." + s) for s in suffixes)


def is_blocked(url: str) -> bool:
    return _under(domain(url), BLOCKED_DOMAINS)


def is_official(url: str) -> bool:
    return _under(domain(url), OFFICIAL_SUFFIXES)


def is_faithful_copy(url: str) -> bool:
    return is_official(url) or url.startswith(FAITHFUL_COPIES)


def needs_caveat(entry: object) -> bool:
    """True when the product must show "未核对原文" next to this law or channel."""
    return getattr(entry, "status", "verified") != "verified"


def letter_safe(entry: object) -> bool:
    """Only entries checked against the official text may be cited in complaint letters."""
    return not needs_caveat(entry)


def _urls(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield from _URL.findall(value)
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _urls(v)


def _check_urls(file: str, where: str, fields: dict[str, object], status: str,
                checked_copy: str = "") -> list[DataError]:
    problems: list[DataError] = []
    for name, value in fields.items():
        for url in _urls(value):
            if is_blocked(url):
                problems.append(DataError(file, f"{where}.{name}", f"{domain(url)} is a content farm/SEO site; "
                                          "cite the official text or a reputable copy instead"))
    if checked_copy and status == "verified" and not is_faithful_copy(checked_copy):
        problems.append(DataError(file, f"{where}.source", f"{domain(checked_copy)} is neither an official site "
                                  "nor a copy of the national law database: mark the entry status = \"secondary\""))
    return problems


def check_law(law: object) -> list[DataError]:
    file, lid = getattr(law, "file", ""), getattr(law, "id", "?")
    problems: list[DataError] = []
    publication = getattr(law, "publication", "")
    if not publication.strip():
        problems.append(DataError(file, f"{lid}.publication", "name the official publication: issuing body and "
                                  "document number (主席令第X号, 法释〔2021〕12号 …), or write 文号未核实"))
    elif not _DOC_NUMBER.search(publication):
        problems.append(DataError(file, f"{lid}.publication", "no document number found; add it "
                                  "(主席令第X号, 法释〔…〕…号, …令…) or write 文号未核实"))
    official = getattr(law, "official_url", "")
    if official and not is_official(official):
        problems.append(DataError(file, f"{lid}.official_url", f"{domain(official)} is not an official domain; "
                                  "put other copies in source and mark the entry secondary"))
    if not getattr(law, "reviewed_on", ""):
        problems.append(DataError(file, f"{lid}.reviewed_on", "missing"))
    fields = {n: getattr(law, n, "") for n in ("source", "official_url", "summary", "note")}
    problems += _check_urls(file, lid, fields, getattr(law, "status", ""), getattr(law, "source", ""))
    return problems


def check_channel(channel: object) -> list[DataError]:
    file, cid = getattr(channel, "file", ""), getattr(channel, "id", "?")
    fields = {n: getattr(channel, n, "") for n in ("source", "address", "handles", "when", "not_handled")}
    problems = _check_urls(file, cid, fields, getattr(channel, "status", ""), getattr(channel, "source", ""))
    if not getattr(channel, "reviewed_on", ""):
        problems.append(DataError(file, f"{cid}.reviewed_on", "missing"))
    return problems


def check_interest_lines(path: Path = DATA_DIR / "interest_lines.toml") -> list[DataError]:
    """The calculator's legal lines follow the same source rules as law entries."""
    if not path.exists():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    tables: list[tuple[str, dict]] = [(k, v) for k, v in data.items() if isinstance(v, dict)]
    tables += [(f"line.{v.get('id', i)}", v) for i, v in enumerate(data.get("line", []))]
    problems: list[DataError] = []
    for where, table in tables:
        for key in ("law", "article", "source", "reviewed_on", "status"):
            if not table.get(key):
                problems.append(DataError(path.name, f"{where}.{key}", "missing"))
        problems += _check_urls(path.name, where, {"source": table.get("source", "")},
                                table.get("status", ""), table.get("source", ""))
    return problems


def check_sources(catalog: object) -> list[DataError]:
    """Every source rule over a loaded catalog (laws, channels, all texts) and the interest lines."""
    problems: list[DataError] = []
    for law in getattr(catalog, "laws", {}).values():
        problems += check_law(law)
    for channel in getattr(catalog, "channels", {}).values():
        problems += check_channel(channel)
    for table in ("guides", "faqs", "replies"):
        for entry in getattr(catalog, table, {}).values():
            texts = {n: v for n, v in vars(entry).items() if n != "file"}
            problems += _check_urls(entry.file, entry.id, texts, "secondary")
    problems += check_interest_lines()
    return problems
