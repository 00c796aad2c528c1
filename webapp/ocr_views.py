"""Screenshot input (blueprint `ocr`): the home page's upload and POST /api/v1/analyze/image.

The page shows what was read in the usual form, for the user to correct, and the form then
goes through the normal result flow (pages.check). The upload is parsed in memory (never
spooled to a temporary file), is not logged, and is dropped when the request ends.
OPENAPI_PATHS and OPENAPI_SCHEMAS are collected by webapp/api/openapi.py.
"""
from __future__ import annotations

import io
from typing import Any, BinaryIO

from flask import Blueprint, Response, current_app, redirect, render_template, request, url_for
from flask.blueprints import BlueprintSetupState
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import FormDataParser

from analyzer.ocr import reader as ocr
from webapp.api import analyze_message
from webapp.errors import ApiError, json_response

bp = Blueprint("ocr", __name__)

# the image plus the multipart envelope and the two optional short fields
MAX_BODY = ocr.MAX_IMAGE_BYTES + 64 * 1024
# Werkzeug's multipart decoder checks max_form_memory_size against its raw buffer: one 64 KB
# read plus what is left of the previous one. A limit of 64 KB therefore refused every image
# over about 64 KB ("larger than 5 MB" on a 460 KB phone screenshot). Text fields stay small
# (sender, time), so a few reads' worth is plenty and still bounds what a field may hold.
FORM_MEMORY = 4 * 64 * 1024
UNAVAILABLE_PAGE = "这台服务器没有安装截图识别功能。请直接把短信文字复制粘贴进来。"
UNAVAILABLE_API = ("Screenshot recognition is not installed on this server. The operator can add it with "
                   "pip install 'cuishou-checker[ocr]' (from a checkout: pip install -e '.[ocr]') and restart; "
                   "meanwhile send the text to POST /api/v1/analyze.")


@bp.record_once
def _setup(state: BlueprintSetupState) -> None:
    # decided once per app; tests simulate a server without the extra by blocking the import first
    state.app.extensions["ocr_available"] = ocr.available()


@bp.app_context_processor
def _context() -> dict[str, Any]:
    """Tells the home page whether to offer the upload."""
    return {"ocr_available": current_app.extensions.get("ocr_available", False)}


def _memory_stream(total_content_length: int | None, content_type: str | None, filename: str | None,
                   content_length: int | None = None) -> BinaryIO:
    return io.BytesIO()  # werkzeug's default spools uploads over 500 KB to a temporary file


def _read_upload() -> tuple[bytes | None, MultiDict[str, str]]:
    """(image bytes or None, other fields); RequestEntityTooLarge over MAX_BODY."""
    request.max_content_length = max(MAX_BODY, current_app.config.get("MAX_CONTENT_LENGTH") or 0)
    parser = FormDataParser(stream_factory=_memory_stream, max_content_length=request.max_content_length,
                            max_form_memory_size=FORM_MEMORY, max_form_parts=20)
    _, form, files = parser.parse(request.stream, request.mimetype, request.content_length, request.mimetype_params)
    upload: FileStorage | None = files.get("image")
    if upload is None:
        return None, form
    return upload.stream.read(ocr.MAX_IMAGE_BYTES + 1), form  # b"" for an empty file


def _field(form: MultiDict[str, str], name: str, limit: int = 64) -> str | None:
    value = (form.get(name) or "").strip()
    if len(value) > limit:
        raise ApiError(400, "invalid_value", f"'{name}' is too long ({len(value)} characters, at most {limit}).")
    return value or None


def _too_large_or_malformed() -> bool:
    """After werkzeug's RequestEntityTooLarge: True when the body itself is over the limit; False
    when the form broke a parsing limit (over 20 parts, a field over 64 KB), which is a 400."""
    return request.content_length is None or request.content_length > request.max_content_length


# -- page -----------------------------------------------------------------------------------------
def _page(status: int, **context: Any) -> tuple[str, int]:
    return render_template("ocr/review.html", **context), status


@bp.get("/screenshot")
def upload_get() -> Any:
    return redirect(url_for("pages.home"))  # nothing is kept between requests: start again


@bp.post("/screenshot")
def upload() -> Any:
    if not current_app.extensions.get("ocr_available"):
        return _page(501, error=UNAVAILABLE_PAGE)
    if request.mimetype != "multipart/form-data":
        return _page(415, error="请用首页的“上传截图”按钮选择图片后提交。")
    try:
        data, _ = _read_upload()
    except RequestEntityTooLarge:
        if not _too_large_or_malformed():
            return _page(400, error="表单不对。请用首页的“上传截图”按钮选择一张图片后提交。")
        return _page(413, error="图片太大了（上限 5 MB）。请上传手机截屏原图，或先压缩一下。")
    if not data:
        return _page(400, error="请先选择一张短信截图。")
    try:
        recognition = ocr.get_recognizer().recognize(data)
    except ocr.ImageError as exc:
        return _page(exc.status, error=exc.message)
    except ocr.OcrUnavailableError:
        return _page(501, error=UNAVAILABLE_PAGE)
    r = recognition.reading
    form = {"text": r.text, "sender": r.sender or "", "received_at": r.received_at or ""}
    return _page(200, reading=r, form=form)


# -- API ------------------------------------------------------------------------------------------
@bp.post("/api/v1/analyze/image")
def api_analyze_image() -> Response:
    if not current_app.extensions.get("ocr_available"):
        raise ApiError(501, "ocr_unavailable", UNAVAILABLE_API)
    if request.mimetype != "multipart/form-data":
        got = request.headers.get("Content-Type") or "no Content-Type header"
        raise ApiError(415, "unsupported_media_type",
                       f"Send the screenshot as multipart/form-data with the file in the field 'image' (got {got}).")
    try:
        data, form = _read_upload()
    except RequestEntityTooLarge:
        if not _too_large_or_malformed():
            raise ApiError(400, "invalid_form", "The form has more than 20 parts or a text field over 64 KB; send "
                                                "only 'image' and optionally 'sender' and 'received_at'.") from None
        raise ApiError(413, "image_too_large",
                       f"The upload is larger than {ocr.MAX_IMAGE_BYTES:,} bytes (5 MB); send a smaller image.") from None
    if data is None:
        raise ApiError(400, "missing_field", "Missing file field 'image': the screenshot (PNG, JPEG or WebP), "
                                             "sent as multipart/form-data.")
    if not data:
        raise ApiError(400, "empty_image", "The file field 'image' is empty (0 bytes); attach the screenshot itself.")
    try:
        recognition = ocr.get_recognizer().recognize(data)
    except ocr.ImageError as exc:
        raise ApiError(exc.status, exc.code, exc.api_message) from None
    except ocr.OcrUnavailableError:
        raise ApiError(501, "ocr_unavailable", UNAVAILABLE_API) from None
    body = recognition.to_dict()
    # a client that knows better (the phone's own record) may send the sender and time itself
    message = {"text": body["text"], "sender": _field(form, "sender") or body["sender"],
               "received_at": _field(form, "received_at") or body["received_at"]}
    body["report"] = analyze_message(message) if message["text"].strip() or message["sender"] else None
    return json_response(body)


# -- OpenAPI fragment -------------------------------------------------------------------------------
def _err(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


OPENAPI_SCHEMAS: dict[str, Any] = {
    "ImageAnalysis": {
        "type": "object", "additionalProperties": False,
        "required": ["text", "sender", "received_at", "time_text", "confidence", "unsure", "notes", "report"],
        "properties": {
            "text": {"type": "string", "description": "The message as read, lines joined; bubbles separated by "
                                                      "a newline. Show it to the user to correct."},
            "sender": {"type": ["string", "null"], "description": "The number in the screenshot's header, if any."},
            "received_at": {"type": ["string", "null"], "description": "The time line as ISO-8601 minutes in Beijing "
                                                                      "time (2026-11-29T23:15), when it gives a day."},
            "time_text": {"type": ["string", "null"], "description": "The time line as shown, e.g. 11月29日 23:15."},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1,
                           "description": "Length-weighted mean recognition score of the message's lines."},
            "unsure": {"type": "boolean", "description": "True when some text was read with low confidence or not "
                                                         "at all: ask the user to check it against the picture."},
            "notes": {"type": "array", "items": {"type": "string"},
                      "description": "Why recognition may be wrong, in plain Chinese for the user."},
            "report": {"oneOf": [{"$ref": "#/components/schemas/Report"}, {"type": "null"}],
                       "description": "The analysis of the text as read (null when nothing was read)."},
        },
    },
    "ImageUpload": {
        "type": "object", "required": ["image"],
        "properties": {
            "image": {"type": "string", "contentMediaType": "application/octet-stream",
                      "description": "The screenshot: PNG, JPEG or WebP (checked by content), at most 5 MB."},
            "sender": {"type": "string", "maxLength": 64, "description": "Optional: overrides the number read."},
            "received_at": {"type": "string", "maxLength": 64,
                            "description": "Optional ISO-8601 time; overrides the time read."},
        },
    },
}

OPENAPI_PATHS: dict[str, Any] = {
    "/api/v1/analyze/image": {"post": {
        "operationId": "analyzeImage", "tags": ["analysis"], "summary": "Read a screenshot, then analyse it",
        "description": "Recognises the SMS in a phone screenshot offline (Chinese OCR on this server), picks out "
                       "the sender number and the time line where the screenshot shows them, and analyses the "
                       "text as POST /api/v1/analyze does. Check `unsure`: recognition can be wrong, so show the "
                       "text to the user to correct and analyse the corrected text with POST /api/v1/analyze. "
                       "The image is processed in memory and not stored. Answers 501 when the server was "
                       "installed without the optional `ocr` extra.",
        "requestBody": {"required": True, "content": {"multipart/form-data": {
            "schema": {"$ref": "#/components/schemas/ImageUpload"}}}},
        "responses": {
            "200": {"description": "What was read, and its report.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImageAnalysis"}}}},
            "400": _err("No `image` field (missing_field), an empty file (empty_image), a damaged image "
                        "(image_unreadable), an image under 16 pixels on a side (image_too_small), a form over "
                        "20 parts or with a field over 64 KB (invalid_form), a `sender` or `received_at` over 64 "
                        "characters (invalid_value), a bad `received_at` (invalid_time), or the text read is over "
                        "10,000 characters (text_too_long)."),
            "413": _err("The image is over 5 MB or over 40 million pixels, e.g. a decompression bomb "
                        "(image_too_large)."),
            "415": _err("Not multipart/form-data (unsupported_media_type), or the file is not a PNG, JPEG or "
                        "WebP image (unsupported_image_type)."),
            "501": _err("Screenshot recognition is not installed on this server (ocr_unavailable)."),
        },
    }},
}
