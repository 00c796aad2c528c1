"""The knowledge base as an SQLite database, built from knowledge/data and searched in Chinese.

API (what the web app and the API use)::

    kb = KnowledgeBase.open()          # builds or rebuilds the database when needed
    kb.version                         # {"hash": "…", "built_at": "2026-11-29T08:00:00+00:00"}
    kb.search("上门催收合法吗", limit=10)  # [{"id", "type", "title", "summary", "score"}, …] best first
    kb.get("guide.doorstep_visit_threat")  # full entry dict (guides carry resolved citations) or None
    kb.lenders("招联")                   # [lender dict, …] whose name, alias or product contains the text
    kb.lender("zhaolian_cfc")          # one lender dict or None

Where: `path` argument, else $CUISHOU_KB_PATH, else data_home()/knowledge.sqlite3
(~/.local/share/cuishou-checker/ by default, shared with the saved cases). The database is
never edited by hand: it is rebuilt automatically whenever the content hash of knowledge/data
changes, written to a
temporary file and moved into place so readers never see half a database.
Each query opens its own read-only connection, so one KnowledgeBase can be shared by threads.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import tempfile
from dataclasses import asdict
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlite_utils

from knowledge import registry
from knowledge.advice import channel_dict, citation, guide_dict
from knowledge.entries import DATA_DIR, Catalog, load_catalog
from knowledge.sources import CAVEAT, needs_caveat

STORE_SCHEMA = "3"  # raise when the table layout changes, so old databases are rebuilt
ENV_PATH = "CUISHOU_KB_PATH"
# Weights for bm25 over (title, keywords, body), and per entry type (bm25 scores are negative: bigger = better).
_COLUMN_WEIGHTS = (6.0, 4.0, 1.0)
_TYPE_WEIGHT = {"guide": 1.0, "faq": 0.9, "channel": 0.8, "law": 0.7}
_STOP = set("的 了 吗 呢 吧 啊 么 是 我 你 他 她 们 会 要 能 可以 怎么 怎么办 什么 怎样 如何 这 那 个 有 没有 和 与 就 都 也 还 被 把 给 在 不 请 收到".split())
_PUNCT = re.compile(r"^[\W_]+$")


def data_home() -> Path:
    """The one directory for everything the app keeps: the knowledge base and saved cases.
    $XDG_DATA_HOME/cuishou-checker (~/.local/share/cuishou-checker by default)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "cuishou-checker"


def default_path() -> Path:
    if os.environ.get(ENV_PATH):
        return Path(os.environ[ENV_PATH])
    return data_home() / "knowledge.sqlite3"


def content_hash(data_dir: Path = DATA_DIR) -> str:
    h = hashlib.sha256(STORE_SCHEMA.encode())
    for p in sorted(q for q in data_dir.rglob("*") if q.is_file() and "__pycache__" not in q.parts):
        h.update(p.relative_to(data_dir).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """One jieba Tokenizer for the process, with lender names and KB keywords added (never the global one)."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    words = {n for r in registry.lenders() for n in (*r.names(), *r.products)}
    for e in load_catalog().all():
        words.update(getattr(e, "keywords", ()))
    for w in sorted(words):
        if len(w) > 1 and " " not in w:
            tk.add_word(w, freq=20000)
    return tk


def segment(text: str) -> list[str]:
    """Words for the full-text index and for queries: jieba's search mode, minus punctuation and stopwords."""
    out = []
    for w in tokenizer().cut_for_search(text):
        w = w.strip().lower()
        if w and not _PUNCT.match(w) and w not in _STOP:
            out.append(w)
    return out


def _entry_rows(catalog: Catalog) -> list[dict[str, Any]]:
    rows = []
    for e in catalog.all():
        etype = type(e).__name__.lower()
        if etype == "guide":
            data: dict[str, Any] = guide_dict(e, catalog)
            data.update(kinds=list(e.kinds), verdicts=list(e.verdicts), evidence=list(e.evidence),
                        reviewed_on=e.reviewed_on, channel_details=[channel_dict(catalog.channels[c]) for c in e.channels])
            body = " ".join([e.summary, *e.steps])
        elif etype == "faq":
            data = {"id": e.id, "question": e.question, "answer": e.answer, "reviewed_on": e.reviewed_on,
                    "guides": [{"id": g, "title": catalog.guides[g].title} for g in e.guides],
                    "citations": [citation(catalog.laws[x]) for x in e.laws]}
            body = e.answer
        else:
            data = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(e).items() if k != "file"}
            if etype in ("law", "channel"):
                data["caveat"] = CAVEAT if needs_caveat(e) else None
            body = " ".join(str(getattr(e, k, "")) for k in ("summary", "handles", "when", "note", "name"))
        if etype == "reply":
            body = e.text
        rows.append({"id": e.id, "type": etype, "title": e.title, "file": e.file,
                     "summary": getattr(e, "summary", "") or getattr(e, "answer", "") or getattr(e, "handles", "")
                     or getattr(e, "text", ""),
                     "body": body, "keywords": " ".join(getattr(e, "keywords", ())),
                     "data": json.dumps(data, ensure_ascii=False)})
    return rows


def _links(catalog: Catalog) -> list[dict[str, str]]:
    out = []
    for g in catalog.guides.values():
        out += [{"from_id": g.id, "to_id": t, "relation": "cites_law"} for t in g.laws]
        out += [{"from_id": g.id, "to_id": t, "relation": "names_channel"} for t in g.channels]
        out += [{"from_id": g.id, "to_id": t, "relation": "applies_to_kind"} for t in g.kinds]
        out += [{"from_id": g.id, "to_id": t, "relation": "applies_to_verdict"} for t in g.verdicts]
    for f in catalog.faqs.values():
        out += [{"from_id": f.id, "to_id": t, "relation": "answered_by"} for t in f.guides]
        out += [{"from_id": f.id, "to_id": t, "relation": "cites_law"} for t in f.laws]
    for c in catalog.channels.values():
        out += [{"from_id": c.id, "to_id": t, "relation": "for_lender_kind"} for t in c.for_lender_kinds]
    return out


def build(path: Path, data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Build the database at `path` (atomically replacing any old one); return its version."""
    catalog = load_catalog(data_dir)
    version = {"hash": content_hash(data_dir), "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".kb-", suffix=".sqlite3", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite_utils.Database(tmp)
        db["meta"].insert_all([{"key": k, "value": v} for k, v in
                               {**version, "schema": STORE_SCHEMA}.items()], pk="key")
        rows = _entry_rows(catalog)
        db["entries"].insert_all([{k: r[k] for k in ("id", "type", "title", "summary", "file", "data")}
                                  for r in rows], pk="id")
        db["search_text"].insert_all([{"id": r["id"], "type": r["type"], "title_seg": " ".join(segment(r["title"])),
                                       "keywords_seg": " ".join(segment(r["keywords"])),
                                       "body_seg": " ".join(segment(r["body"]))} for r in rows], pk="id")
        db["search_text"].enable_fts(["title_seg", "keywords_seg", "body_seg"], create_triggers=False)
        db["laws"].insert_all([{k: v for k, v in asdict(x).items() if k not in ("file", "keywords")}
                               for x in catalog.laws.values()], pk="id")
        db["channels"].insert_all([channel_dict(c) for c in catalog.channels.values()], pk="id")
        db["lenders"].insert_all([{**r.to_dict(), "names": " ".join((*r.names(), *r.products))}
                                  for r in registry.lenders()], pk="id")
        db["links"].insert_all(_links(catalog))
        db.conn.commit()
        db.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return version


def _occurrences(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _fts_query(words: list[str]) -> str:
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in dict.fromkeys(words))


class KnowledgeBase:
    """Read access to a built knowledge-base database."""

    def __init__(self, path: Path, version: dict[str, str]) -> None:
        self.path = path
        self.version = version

    @classmethod
    def open(cls, path: str | Path | None = None, data_dir: Path = DATA_DIR) -> "KnowledgeBase":
        """Open the database, building it first if it is missing, stale or unreadable."""
        path = Path(path) if path else default_path()
        current = content_hash(data_dir)
        version = cls._read_version(path)
        if version.get("hash") != current or version.get("schema") != STORE_SCHEMA:
            build(path, data_dir)
            version = cls._read_version(path)
        return cls(path, {"hash": version["hash"], "built_at": version["built_at"]})

    @staticmethod
    def _read_version(path: Path) -> dict[str, str]:
        if not path.exists():
            return {}
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
                return dict(conn.execute("select key, value from meta").fetchall())
        except sqlite3.DatabaseError:
            return {}

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        return conn

    def search(self, query: str, limit: int = 10) -> list[dict[str, Any]]:
        words = segment(query)
        if not words:
            return []
        sql = ("select e.id, e.type, e.title, e.summary, bm25(search_text_fts, ?, ?, ?) as rank "
               "from search_text_fts join search_text s on s.rowid = search_text_fts.rowid "
               "join entries e on e.id = s.id where search_text_fts match ?")
        conn = self._connect()
        try:
            rows = conn.execute(sql, (*_COLUMN_WEIGHTS, _fts_query(words))).fetchall()
            if rows and not self._about_the_query(conn, query, words):
                return []
        finally:
            conn.close()
        scored = [(-r["rank"] * _TYPE_WEIGHT.get(r["type"], 0.5), r) for r in rows]
        scored.sort(key=lambda x: (-x[0], x[1]["id"]))
        return [{"id": r["id"], "type": r["type"], "title": r["title"], "summary": r["summary"],
                 "score": round(s, 4)} for s, r in scored[:limit]]

    @staticmethod
    def _about_the_query(conn: sqlite3.Connection, query: str, words: list[str]) -> bool:
        """polish23: the words are OR-ed, so a query about something the knowledge base does not cover found entries
        through its one everyday word (今天天气很好 → 今天: the scam guides; 苹果手机 → 手机). Some entry must match words
        covering more than half of the query's own words' characters (those jieba found, less stopwords); when none
        does, the query is not about anything here and nothing is returned."""
        content: set[int] = set()
        spans: dict[str, set[int]] = {}
        for w in dict.fromkeys(words):
            at = {i + k for i in _occurrences(query.lower(), w) for k in range(len(w))}
            spans[w] = at
            content |= at
        if not content:
            return True
        covered: dict[str, set[int]] = {}
        for w, at in spans.items():
            for (entry_id,) in conn.execute("select s.id from search_text_fts join search_text s on s.rowid = "
                                            "search_text_fts.rowid where search_text_fts match ?", (_fts_query([w]),)):
                covered.setdefault(entry_id, set()).update(at)
        return any(2 * len(c) > len(content) for c in covered.values())

    def get(self, entry_id: str) -> dict[str, Any] | None:
        conn = self._connect()
        try:
            row = conn.execute("select type, data from entries where id = ?", (entry_id,)).fetchone()
        finally:
            conn.close()
        if row is None:
            return None
        return {"type": row["type"], **json.loads(row["data"])}

    def lenders(self, query: str = "", limit: int = 50) -> list[dict[str, Any]]:
        conn = self._connect()
        try:
            rows = conn.execute("select * from lenders where names like ? order by name limit ?",
                                (f"%{query.strip()}%", limit)).fetchall()
        finally:
            conn.close()
        return [_lender_row(r) for r in rows]

    def lender(self, lender_id: str) -> dict[str, Any] | None:
        conn = self._connect()
        try:
            row = conn.execute("select * from lenders where id = ?", (lender_id,)).fetchone()
        finally:
            conn.close()
        return _lender_row(row) if row else None


def _lender_row(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    out.pop("names", None)
    for key in ("aliases", "products", "former_names", "contacts", "sources"):
        if isinstance(out.get(key), str):
            out[key] = json.loads(out[key])
    out["licensed"] = None if out.get("licensed") is None else bool(out["licensed"])
    out["verified"] = bool(out.get("verified"))
    return out
