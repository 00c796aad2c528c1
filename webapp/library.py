"""What the knowledge pages need from the knowledge base: search, one entry, lenders.

Search and entries come from the SQLite knowledge base (knowledge.store) that
create_app opens once; the lender directory reads the in-memory registry.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from flask import current_app

from knowledge import registry
from knowledge.advice import citation
from knowledge.entries import Catalog, load_catalog
from knowledge.store import KnowledgeBase

ENTRY_TYPES = {"guide": "指引", "law": "法律条文", "channel": "投诉和求助渠道", "faq": "常见问题", "reply": "回复模板"}

LENDER_KINDS = {
    "consumer_finance_company": "消费金融公司",
    "bank": "银行",
    "online_platform": "网络借贷平台",
    "microloan_company": "小额贷款公司",
    "finance_leasing": "融资租赁公司",
    "collection_agency": "催收公司",
    "unknown": "类型不明",
}


def fold_query(query: str) -> str:
    """A search typed in Traditional characters or full-width forms, folded as the analyzer folds a message
    (招聯 → 招联, 借唄 → 借呗, ＡＢＣ → ABC): the names and entries are written in Simplified."""
    table = registry.traditional_map()
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFKC", query))


def knowledge_base() -> KnowledgeBase:
    return current_app.extensions["knowledge"]


def catalog() -> Catalog:
    return load_catalog()


def faqs() -> list[dict[str, Any]]:
    """The FAQ as the page shows it: each answer with the laws it rests on (article, review date, caveat)."""
    cat = catalog()
    return [{"id": f.id, "question": f.question, "answer": f.answer, "guides": list(f.guides),
             "reviewed_on": f.reviewed_on, "citations": [citation(cat.laws[x]) for x in f.laws]}
            for f in cat.faqs.values()]


def search(query: str, limit: int = 30) -> list[dict[str, Any]]:
    """Entries that answer the query, best first; an empty query finds nothing."""
    query = query.strip()[:100]
    if not query:
        return []
    return [{**hit, "type_name": ENTRY_TYPES.get(hit["type"], "条目")}
            for hit in knowledge_base().search(fold_query(query), limit=limit)]


def get(entry_id: str) -> dict[str, Any] | None:
    if len(entry_id) > 100:
        return None
    return knowledge_base().get(entry_id)


def entry_title(entry: dict[str, Any]) -> str:
    if entry["type"] == "law":
        return f"{entry.get('short') or entry['name']}{entry['article']}"
    return entry.get("title") or entry.get("question") or entry.get("name") or entry["id"]


def lenders(query: str = "") -> list[dict[str, Any]]:
    """The lender directory, optionally filtered by any name, alias or product."""
    query = fold_query(query.strip()).lower()[:50]
    out: list[dict[str, Any]] = []
    for r in registry.lenders():
        names = (*r.names(), *r.products)
        if query and not any(query in name.lower() for name in names):
            continue
        out.append({
            "id": r.id, "name": r.name, "kind": LENDER_KINDS.get(r.kind, r.kind),
            "licensed": r.licensed, "aliases": [*r.aliases, *r.former_names], "products": list(r.products),
            "city": r.city,
            "official": [c for c in r.contacts if c.status == "official"],
            "secondary": [c for c in r.contacts if c.status == "secondary"],
        })
    return sorted(out, key=lambda d: (d["licensed"] is not True, d["kind"], d["name"]))
