"""Reading an API request: the JSON body, message objects and query parameters, each
rejected with an ApiError that says what to fix."""
from __future__ import annotations

import json
from typing import Any

from flask import current_app, request

from analyzer import InputError
from analyzer.limits import MAX_TEXT_CHARS
from webapp.errors import ApiError

MESSAGE_FIELDS = ("text", "sender", "received_at")
MAX_SHORT_FIELD = 64


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "array", dict: "object"}.get(
        type(value), type(value).__name__)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def json_body() -> Any:
    """The parsed JSON body, or an ApiError (415, 413, 400) that says what to fix."""
    if not request.is_json:
        got = request.headers.get("Content-Type") or "no Content-Type header"
        raise ApiError(415, "unsupported_media_type",
                       f"Send the body as JSON with the header 'Content-Type: application/json' (got {got}).")
    raw = request.get_data(cache=False)  # over MAX_CONTENT_LENGTH: RequestEntityTooLarge → 413
    if not raw.strip():
        raise ApiError(400, "invalid_json", 'The request body is empty; send a JSON object such as {"text": "..."}.')
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ApiError(400, "invalid_json",
                       f"The body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
    except UnicodeDecodeError:
        raise ApiError(400, "invalid_json", "The body is not valid UTF-8 text; encode the JSON as UTF-8.") from None
    except RecursionError:
        raise ApiError(400, "invalid_json", "The JSON is nested too deeply.") from None
    except ValueError as exc:
        raise ApiError(400, "invalid_json", f"The body is not valid JSON: {exc}.") from None


def check_fields(item: Any, allowed: tuple[str, ...], where: str, example: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ApiError(400, "invalid_body", f"{where or 'The body'} must be a JSON object such as {example}, "
                                            f"got {json_type(item)}.")
    for key in item:
        if key not in allowed:
            field = f"{where}.{key}" if where else key  # messages[2].txt, not messages[2]txt
            raise ApiError(400, "unknown_field", f"Unknown field '{field}'. Accepted fields: {', '.join(allowed)}.")
    return item


def optional_string(item: dict[str, Any], name: str, where: str, code: str = "invalid_value") -> str | None:
    value = item.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(400, "wrong_type", f"'{where}{name}' must be a string or null, got {json_type(value)}.")
    if len(value) > MAX_SHORT_FIELD:
        raise ApiError(400, code, f"'{where}{name}' is too long ({len(value)} characters, at most {MAX_SHORT_FIELD}).")
    return value


def message_fields(item: Any, where: str = "") -> tuple[str, str | None, str | None]:
    """Validated (text, sender, received_at) of one message object; `where` prefixes field names in errors."""
    item = check_fields(item, MESSAGE_FIELDS, where[:-1] if where else "", '{"text": "..."}')
    if "text" not in item:
        raise ApiError(400, "missing_field", f"Missing field '{where}text': the SMS to analyse, as a string.")
    text = item["text"]
    if not isinstance(text, str):
        raise ApiError(400, "wrong_type", f"'{where}text' must be a string, got {json_type(text)}.")
    if len(text) > MAX_TEXT_CHARS:
        raise ApiError(400, "text_too_long", f"'{where}text' has {len(text):,} characters; at most {MAX_TEXT_CHARS:,} "
                                             "are accepted. Send one SMS per message.")
    sender = optional_string(item, "sender", where)
    received_at = optional_string(item, "received_at", where, code="invalid_time")
    if not text.strip() and not (sender or "").strip():
        # the web form's 请先粘贴短信内容: nothing to analyse is an error, not a not_collection report
        raise ApiError(400, "invalid_value", f"'{where}text' is empty and there is no sender: paste the SMS, or give "
                                             "a sender number to check it alone (请先粘贴短信内容，或填写要查询的号码或链接).")
    return text, sender, received_at


def analyze_message(item: Any, where: str = "") -> dict[str, Any]:
    text, sender, received_at = message_fields(item, where)
    try:
        report = current_app.extensions["analyzer"].analyze(text, sender=sender, received_at=received_at)
    except InputError as exc:
        if received_at:
            raise ApiError(400, "invalid_time",
                           f"'{where}received_at' is not an ISO-8601 time such as 2026-11-29T23:15 or "
                           f"2026-11-29T23:15:00+08:00 (got {received_at!r}). {exc}") from None
        raise ApiError(400, "invalid_value", f"The message cannot be analysed: {exc}") from None
    return report.to_dict()


def query_string(name: str, max_len: int, required: bool = False, example: str = "") -> str:
    value = request.args.get(name, "").strip()
    if required and not value:
        raise ApiError(400, "missing_parameter", f"Add the query parameter '{name}', e.g. ?{name}={example}.")
    if len(value) > max_len:
        raise ApiError(400, "invalid_parameter", f"Query parameter '{name}' is too long (at most {max_len} characters).")
    return value


def query_choice(name: str, choices: tuple[str, ...]) -> str:
    """A query parameter that is one of `choices`; absent means the first (the default)."""
    raw = request.args.get(name)
    if raw is None:
        return choices[0]
    if raw not in choices:
        raise ApiError(400, "invalid_parameter", f"Query parameter '{name}' must be one of {', '.join(choices)}, "
                                                 f"got {raw[:20]!r}.")
    return raw


def query_int(name: str, default: int, lo: int, hi: int) -> int:
    raw = request.args.get(name)
    if raw is None:  # an empty value (limit=) is not a number: refused like any other
        return default
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9 or not lo <= int(raw) <= hi:  # int() refuses 4,300+ digits
        raise ApiError(400, "invalid_parameter", f"Query parameter '{name}' must be a whole number from {lo} to {hi}, "
                                                 f"got {raw[:20]!r}.")
    return int(raw)


