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
            "text": {"type": "string", "description": "认出的短信文字，同一气泡的行连在一起，气泡之间换行。"
                                                      "请显示给用户改正。"},
            "sender": {"type": ["string", "null"], "description": "截图顶部的号码（有的话）。"},
            "received_at": {"type": ["string", "null"], "description": "截图里的时间行，ISO-8601、精确到分钟的北京时间"
                                                                      "（2026-11-29T23:15），它写了日期时才有。"},
            "time_text": {"type": ["string", "null"], "description": "截图里时间行的原样，如 11月29日 23:15。"},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1,
                           "description": "各行识别置信度按长度加权的平均值。"},
            "unsure": {"type": "boolean", "description": "有文字识别把握不大或没认出来时为 true："
                                                         "请让用户对照图片检查。"},
            "notes": {"type": "array", "items": {"type": "string"},
                      "description": "识别可能出错的原因，通俗中文，可直接给用户看。"},
            "report": {"oneOf": [{"$ref": "#/components/schemas/Report"}, {"type": "null"}],
                       "description": "对认出的文字的分析报告（什么都没认出时为 null）。"},
        },
    },
    "ImageUpload": {
        "type": "object", "required": ["image"],
        "properties": {
            "image": {"type": "string", "contentMediaType": "application/octet-stream",
                      "description": "截图：PNG、JPEG 或 WebP（按文件内容判断），最大 5 MB。"},
            "sender": {"type": "string", "maxLength": 64, "description": "选填：代替从截图里认出的号码。"},
            "received_at": {"type": "string", "maxLength": 64,
                            "description": "选填，ISO-8601 时间：代替从截图里认出的时间。"},
        },
    },
}

OPENAPI_PATHS: dict[str, Any] = {
    "/api/v1/analyze/image": {"post": {
        "operationId": "analyzeImage", "tags": ["analysis"], "summary": "识别短信截图，再分析",
        "description": "在本服务器上离线识别手机截图里的短信（中文 OCR），截图里有发信号码和时间行时一并取出，"
                       "再像 POST /api/v1/analyze 一样分析文字。请看 `unsure`：识别可能出错，应把文字显示给用户"
                       "改正，再用 POST /api/v1/analyze 分析改正后的文字。图片只在内存里处理，不保存。"
                       "服务器没有安装可选的 `ocr` 组件时返回 501。",
        "requestBody": {"required": True, "content": {"multipart/form-data": {
            "schema": {"$ref": "#/components/schemas/ImageUpload"}}}},
        "responses": {
            "200": {"description": "认出的内容和它的分析报告。",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImageAnalysis"}}}},
            "400": _err("没有 `image` 字段（missing_field）、空文件（empty_image）、图片损坏（image_unreadable）、"
                        "图片有一边不到 16 像素（image_too_small）、表单超过 20 个部分或有字段超过 64 KB"
                        "（invalid_form）、`sender` 或 `received_at` 超过 64 个字符（invalid_value）、"
                        "`received_at` 格式不对（invalid_time），或认出的文字超过 10,000 字（text_too_long）。"),
            "413": _err("图片超过 5 MB 或超过 4,000 万像素，例如“解压炸弹”（image_too_large）。"),
            "415": _err("请求不是 multipart/form-data（unsupported_media_type），或文件不是 PNG、JPEG、WebP "
                        "图片（unsupported_image_type）。"),
            "501": _err("本服务器没有安装截图识别（ocr_unavailable）。"),
        },
    }},
}
