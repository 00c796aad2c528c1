"""`cuishou kb build|check|search QUERY|show ID`: the knowledge base from the command line."""
from __future__ import annotations

import argparse
import json
from typing import Any

_STATUS_NOTE = {"secondary": "（只经二手资料核对）", "unverified": "（未核实）"}


def _open(args: argparse.Namespace) -> Any:
    from knowledge.store import KnowledgeBase

    return KnowledgeBase.open(args.db)


def _cmd_build(args: argparse.Namespace) -> int:
    from knowledge.store import build, default_path
    from pathlib import Path

    path = Path(args.db) if args.db else default_path()
    version = build(path)
    print(f"知识库已生成：{path}")
    print(f"版本 {version['hash']}，生成于 {version['built_at']}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from knowledge import registry
    from knowledge.entries import check_catalog

    from pathlib import Path

    problems = [str(p) for p in registry.validate_all()]
    catalog, errors = check_catalog(Path(args.data_dir)) if args.data_dir else check_catalog()
    problems += [str(e) for e in errors]
    for p in problems:
        print(p)
    if problems:
        print(f"\n{len(problems)} 个问题。每行依次是：文件: 字段: 问题。")
        return 1
    print(f"全部通过：{len(catalog.laws)} 条法律、{len(catalog.guides)} 条指引、{len(catalog.channels)} 个渠道、"
          f"{len(catalog.faqs)} 个常见问题、{len(catalog.replies)} 条回复模板。")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    kb = _open(args)
    results = kb.search(args.query, limit=args.limit)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    if not results:
        print("没有找到相关内容。")
        return 1
    for n, r in enumerate(results, 1):
        print(f"{n}. [{r['type']}] {r['id']}  {r['title']}")
        print(f"   {r['summary'][:80]}")
    return 0


def _citation_line(c: dict[str, Any]) -> str:
    old = f"（原{c['old_article']}）" if c.get("old_article") else ""
    return (f"《{c['law']}》{c['article']}{old}{_STATUS_NOTE.get(c.get('status', ''), '')}"
            f"\n     来源：{c['source']}（核对于 {c['reviewed_on']}）")


def render_entry(entry: dict[str, Any]) -> str:
    """Plain-text view of one entry as returned by KnowledgeBase.get()."""
    etype = entry["type"]
    lines: list[str] = []
    if etype == "guide":
        lines += [f"{entry['title']}  [{entry['id']}]", "", entry["summary"], "", "你现在可以做的："]
        lines += [f"  {n}. {s}" for n, s in enumerate(entry["steps"], 1)]
        if entry["citations"]:
            lines += ["", "法律依据："] + [f"  - {_citation_line(c)}" for c in entry["citations"]]
        if entry["channel_details"]:
            lines += ["", "求助和投诉渠道："]
            lines += [f"  - {c['name']}：{c['when']}" for c in entry["channel_details"]]
        lines += ["", f"核对于 {entry['reviewed_on']}"]
    elif etype == "law":
        old = f"（原{entry['old_article']}，至 {entry['old_until']}）" if entry.get("old_article") else ""
        lines += [f"《{entry['name']}》{entry['article']}{old}  [{entry['id']}]",
                  f"施行：{entry['effective']}　类型：{entry['instrument']}", "", entry["summary"]]
        if entry.get("note"):
            lines += ["", f"说明：{entry['note']}"]
        lines += ["", f"来源：{entry['source']}", f"核对于 {entry['reviewed_on']}，状态：{entry['status']}"]
    elif etype == "faq":
        lines += [f"{entry['question']}  [{entry['id']}]", "", entry["answer"], "", "详见："]
        lines += [f"  - {g['title']}（{g['id']}）" for g in entry["guides"]]
    elif etype == "channel":
        lines += [f"{entry['name']}  [{entry['id']}]", f"号码：{entry['number'] or entry['address']}",
                  f"由谁负责：{entry['runs']}", f"处理：{entry['handles']}", f"不处理：{entry['not_handled']}",
                  f"什么时候用：{entry['when']}", f"来源：{entry['source']}（{entry['status']}，核对于 {entry['reviewed_on']}）"]
    else:
        lines += [f"{entry.get('title', entry['id'])}  [{entry['id']}]", "", entry.get("text", "")]
    return "\n".join(lines)


def _cmd_show(args: argparse.Namespace) -> int:
    entry = _open(args).get(args.id)
    if entry is None:
        print(f"没有这个条目：{args.id}")
        return 1
    print(json.dumps(entry, ensure_ascii=False, indent=2) if args.json else render_entry(entry))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    kb = subparsers.add_parser("kb", help="知识库：生成、检查、搜索、查看")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)

    def add(name: str, help_: str, func: Any) -> argparse.ArgumentParser:
        p = kb_sub.add_parser(name, help=help_)
        p.add_argument("--db", help="数据库路径（默认 $CUISHOU_KB_PATH 或用户数据目录）")
        p.set_defaults(func=func)
        return p

    add("build", "重新生成知识库数据库", _cmd_build)
    p = add("check", "检查所有数据文件，逐条列出问题（文件和字段）", _cmd_check)
    p.add_argument("--data-dir", help="检查另一份数据目录（默认 knowledge/data）")
    p = add("search", "搜索知识库", _cmd_search)
    p.add_argument("query", help="问题或关键词，例如：上门催收")
    p.add_argument("--limit", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p = add("show", "查看一个条目（含法律依据）", _cmd_show)
    p.add_argument("id", help="条目 id，例如 guide.doorstep_visit_threat")
    p.add_argument("--json", action="store_true")
