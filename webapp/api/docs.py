"""What the /api/docs page shows, taken from the OpenAPI document (rendered once per app)."""
from __future__ import annotations

import json
import re
from typing import Any

METHOD_ORDER = ("get", "post", "put", "patch", "delete")


def _schema_name(content: dict[str, Any] | None) -> str:
    for media in (content or {}).values():
        schema = media.get("schema", {})
        target = schema.get("$ref", "")
        return target.rsplit("/", 1)[-1] if target else schema.get("type", "")
    return ""


def _resolve(doc: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    target = item.get("$ref")
    if not target:
        return item
    node: Any = doc
    for part in target.lstrip("#/").split("/"):
        node = node[part]
    return node


def _curl(path: str, method: str, op: dict[str, Any], doc: dict[str, Any]) -> str:
    """A curl command that works as shown: GET with the example of each parameter that has one (GET /knowledge
    without its required q answered 400), a screenshot as a multipart file (it was sent as JSON '{...}')."""
    url = "http://127.0.0.1:8000" + path.replace("{lender_id}", "zhaolian_cfc").replace(
        "{entry_id}", "guide.third_party_contact")
    if method == "get":
        query = [f" --data-urlencode '{p['name']}={p['example']}'"
                 for p in (_resolve(doc, p) for p in op.get("parameters", [])) if p.get("in") == "query" and "example" in p]
        return f"curl -s -G '{url}'" + "".join(query) if query else f"curl -s '{url}'"
    content = op.get("requestBody", {}).get("content", {})
    if "multipart/form-data" in content:
        schema = _resolve(doc, content["multipart/form-data"].get("schema", {}))
        fields = [f" -F '{name}=@screenshot.png'" if prop.get("contentMediaType") else f" -F '{name}=...'"
                  for name, prop in schema.get("properties", {}).items() if name in schema.get("required", [])]
        return f"curl -s -X {method.upper()} '{url}'" + "".join(fields)
    body = content.get("application/json", {}).get("example")
    if body is None:
        return f"curl -s -X {method.upper()} '{url}' -H 'Content-Type: application/json' -d '{{...}}'"
    return (f"curl -s -X {method.upper()} '{url}' \\\n  -H 'Content-Type: application/json' \\\n"
            f"  -d '{json.dumps(body, ensure_ascii=False)}'")


def inline_parts(text: str) -> list[tuple[str, str]]:
    """Markdown `code` spans as ("code", text) pieces, the rest as ("text", text): the page showed the backticks.
    The template escapes every piece."""
    parts: list[tuple[str, str]] = []
    # a line break inside Chinese joins with nothing; next to code, a number or a Latin word it is a space
    text = re.sub(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\n(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])",
                  "", text).replace("\n", " ")
    for i, piece in enumerate(text.split("`")):
        if piece:
            parts.append(("code" if i % 2 else "text", piece))
    return parts


def _paragraph(text: str) -> dict[str, Any]:
    """A description paragraph: its **lead** (shown bold) and the rest as inline parts."""
    lead = ""
    if text.startswith("**") and "**" in text[2:]:
        lead, text = text[2:].split("**", 1)
    return {"lead": lead, "parts": inline_parts(text.strip())}


def docs_context(doc: dict[str, Any]) -> dict[str, Any]:
    operations = []
    for path, item in doc["paths"].items():
        for method in METHOD_ORDER:
            op = item.get(method)
            if op is None:
                continue
            responses = []
            for status, resp in sorted(op.get("responses", {}).items()):
                resp = _resolve(doc, resp)
                responses.append({"status": status, "description": resp.get("description", ""),
                                  "schema": _schema_name(resp.get("content"))})
            body = op.get("requestBody")
            example = None
            if body:
                example = body.get("content", {}).get("application/json", {}).get("example")
            operations.append({
                "id": op.get("operationId", f"{method}-{path}"), "method": method.upper(), "path": path,
                "summary": op.get("summary", ""), "description": op.get("description", ""),
                "parameters": [dict(_resolve(doc, p)) for p in op.get("parameters", [])],
                "request_schema": _schema_name(body.get("content")) if body else "",
                "example": json.dumps(example, ensure_ascii=False, indent=2) if example is not None else "",
                "responses": responses, "curl": _curl(path, method, op, doc), "tag": (op.get("tags") or [""])[0],
            })
    tag_order = {tag["name"]: i for i, tag in enumerate(doc.get("tags", []))}
    # analyze first: a developer opens this page for it, and it sorted after /api/docs by path (review22)
    operations.sort(key=lambda op: tag_order.get(op.pop("tag"), len(tag_order)))
    for op in operations:
        op["description_parts"] = inline_parts(op["description"])
        for r in op["responses"]:
            r["parts"] = inline_parts(r["description"])
        for p in op["parameters"]:
            p["parts"] = inline_parts(p.get("description", ""))
    paragraphs = [_paragraph(p) for p in doc["info"].get("description", "").split("\n\n")]
    schemas = {name: json.dumps(schema, ensure_ascii=False, indent=2)
               for name, schema in doc["components"]["schemas"].items()}
    return {"info": doc["info"], "paragraphs": paragraphs, "operations": operations, "schemas": schemas}
