"""Screenshot upload: bad images get a clear error, the API answers as its OpenAPI document says,
and a server without the [ocr] extra hides the upload and answers 501.

Images are made here with Pillow or by hand (a PNG header claiming 20,000 × 20,000 pixels costs 60 bytes).
"""
from __future__ import annotations

import io
import struct
import sys
import zlib

import pytest

from analyzer.ocr import reader as ocr

PIL_Image = pytest.importorskip("PIL.Image")
ocr_installed = pytest.mark.skipif(not ocr.available(), reason="the [ocr] extra is not installed")


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_only(width: int, height: int) -> bytes:
    """A valid PNG signature and header that claims a huge size, with one empty data chunk."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(b""))
            + png_chunk(b"IEND", b""))


def compressible_bomb(side: int = 20_000) -> bytes:
    """A real 1-bit PNG of side × side white pixels: 400 M pixels in well under 5 MB."""
    row = b"\x00" + b"\xff" * (side // 8)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", body) + png_chunk(b"IEND", b"")


def image_bytes(size: tuple[int, int], fmt: str = "PNG", mode: str = "RGB", color: object = "white") -> bytes:
    buf = io.BytesIO()
    PIL_Image.new(mode, size, color).save(buf, fmt)
    return buf.getvalue()


# -- image checks ---------------------------------------------------------------------------------
BAD_IMAGES = [
    ("not-an-image", b"%PDF-1.7 this is a document, not a picture", 415, "unsupported_image_type"),
    ("text-named-png", "【某某金融】你已逾期".encode(), 415, "unsupported_image_type"),
    ("gif", b"GIF89a" + b"\x00" * 40, 415, "unsupported_image_type"),
    ("over-5mb", b"\x89PNG\r\n\x1a\n" + b"\x00" * (5 * 1024 * 1024), 413, "image_too_large"),
    ("header-20000x20000", png_header_only(20_000, 20_000), 413, "image_too_large"),
    ("truncated-png", image_bytes((400, 300))[:60], 400, "image_unreadable"),
]


@pytest.mark.parametrize(("data", "status", "code"), [b[1:] for b in BAD_IMAGES], ids=[b[0] for b in BAD_IMAGES])
def test_bad_image_is_refused_with_a_clear_reason(data, status, code):
    with pytest.raises(ocr.ImageError) as caught:
        ocr.decode(data)
    assert (caught.value.status, caught.value.code) == (status, code)
    assert caught.value.message and caught.value.api_message


def test_one_pixel_image_is_too_small():
    with pytest.raises(ocr.ImageError) as caught:
        ocr.decode(image_bytes((1, 1)))
    assert caught.value.code == "image_too_small" and "1 × 1" in caught.value.message


def test_compressible_bomb_is_refused_before_decoding():
    data = compressible_bomb()
    assert len(data) < ocr.MAX_IMAGE_BYTES
    with pytest.raises(ocr.ImageError) as caught:
        ocr.decode(data)
    assert caught.value.code == "image_too_large" and "图片尺寸太大" in caught.value.message


def test_pillow_guard_backs_ours(monkeypatch):
    """Even if our own size check were wrong, Pillow's bomb check (its limit lowered to ours) refuses it."""
    monkeypatch.setattr(ocr, "MAX_IMAGE_PIXELS", 10**12)
    with pytest.raises(ocr.ImageError) as caught:
        ocr.decode(png_header_only(20_000, 20_000))
    assert caught.value.code == "image_too_large"


@pytest.mark.parametrize(("fmt", "mode"), [("PNG", "RGBA"), ("JPEG", "RGB"), ("WEBP", "RGB"), ("PNG", "P")])
def test_good_formats_decode_to_rgb(fmt, mode):
    image = ocr.decode(image_bytes((300, 600), fmt, mode, color=0 if mode == "P" else "white"))
    assert image.mode == "RGB" and image.size == (300, 600)


def test_big_images_are_scaled_down_for_recognition():
    image = ocr.decode(image_bytes((2400, 5200), "JPEG"))
    assert image.size[0] <= ocr.WORK_WIDTH and image.size[0] * image.size[1] <= ocr.WORK_PIXELS
    assert abs(image.size[1] / image.size[0] - 5200 / 2400) < 0.01


# -- the API and the page -----------------------------------------------------------------------
def multipart(files: dict[str, bytes], fields: dict[str, str]) -> tuple[bytes, str]:
    """The body built here: werkzeug's test client spools big bodies to a file it never closes."""
    boundary = "ocr-test-boundary-7MA4YWxkTrZu0gW"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
             for k, v in fields.items()]
    parts += [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"; filename="shot.png"\r\n'
              f"Content-Type: application/octet-stream\r\n\r\n".encode() + v + b"\r\n" for k, v in files.items()]
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def post_image(client, url: str, data: bytes, field: str = "image", **fields: str):
    body, content_type = multipart({field: data}, fields)
    return client.post(url, data=body, content_type=content_type)


@pytest.mark.parametrize(("data", "status", "code"), [b[1:] for b in BAD_IMAGES], ids=[b[0] for b in BAD_IMAGES])
def test_api_bad_image(app, data, status, code):
    response = post_image(app.test_client(), "/api/v1/analyze/image", data)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == code


def test_api_request_errors(app):
    client = app.test_client()
    response = client.post("/api/v1/analyze/image", json={"image": "aGVsbG8="})
    assert response.status_code == 415 and response.get_json()["error"]["code"] == "unsupported_media_type"
    response = post_image(client, "/api/v1/analyze/image", b"x", field="picture")
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "missing_field"
    response = post_image(client, "/api/v1/analyze/image", b"\x89PNG" + b"\x00" * (6 * 1024 * 1024))
    assert response.status_code == 413 and response.get_json()["error"]["code"] == "image_too_large"
    # issue 14's spec drift: an empty file, too many parts and an over-long field are 400s, each said plainly
    response = post_image(client, "/api/v1/analyze/image", b"")
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "empty_image"
    body, content_type = multipart({"image": b"\x89PNG"}, {f"extra{i}": "x" for i in range(24)})
    response = client.post("/api/v1/analyze/image", data=body, content_type=content_type)
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "invalid_form"
    response = post_image(client, "/api/v1/analyze/image", image_bytes((390, 844)), sender="1" * 65)
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "invalid_value"


def test_page_bad_image_says_why_in_chinese(app):
    response = post_image(app.test_client(), "/screenshot", b"not a picture at all")
    assert response.status_code == 415
    assert "这不是图片文件" in response.get_data(as_text=True)
    response = post_image(app.test_client(), "/screenshot", png_header_only(20_000, 20_000))
    assert response.status_code == 413 and "图片尺寸太大" in response.get_data(as_text=True)


@ocr_installed
def test_blank_image_is_read_as_nothing_and_flagged(app):
    response = post_image(app.test_client(), "/api/v1/analyze/image", image_bytes((390, 844)))
    body = response.get_json()
    assert response.status_code == 200
    assert body["text"] == "" and body["unsure"] is True and body["report"] is None
    assert_matches_openapi(app, body)
    assert "没有认出短信文字" in body["notes"][0]


@ocr_installed
def test_client_may_supply_sender_and_time(app):
    response = post_image(app.test_client(), "/api/v1/analyze/image", image_bytes((390, 844)),
                          sender="10690000123", received_at="2026-11-29T23:15")
    body = response.get_json()
    report = body["report"]
    assert report["sender"]["normalized"] == "10690000123"
    assert_matches_openapi(app, body)
    assert report["received_at"].startswith("2026-11-29T23:15")
    response = post_image(app.test_client(), "/api/v1/analyze/image", image_bytes((390, 844)),
                          sender="10690000123", received_at="yesterday")
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "invalid_time"


def assert_matches_openapi(app, body: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    doc = app.test_client().get("/api/v1/openapi.json").get_json()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "components": doc["components"],
              "$ref": "#/components/schemas/ImageAnalysis"}
    jsonschema.Draft202012Validator(schema).validate(body)


def test_openapi_documents_the_endpoint(app):
    doc = app.test_client().get("/api/v1/openapi.json").get_json()
    op = doc["paths"]["/api/v1/analyze/image"]["post"]
    assert {"200", "400", "413", "415", "501"} <= set(op["responses"])
    assert "multipart/form-data" in op["requestBody"]["content"]
    assert "ImageAnalysis" in doc["components"]["schemas"]


# -- without the [ocr] extra ----------------------------------------------------------------------
@pytest.fixture
def no_ocr(monkeypatch):
    """Simulates a server installed without the extra: importing the engine fails."""
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)
    monkeypatch.setattr(ocr, "_recognizer", ocr.Recognizer())


def test_without_extra_home_hides_upload_and_api_says_501(no_ocr, app):
    client = app.test_client()
    home = client.get("/").get_data(as_text=True)
    assert 'name="image"' not in home and "识别截图" not in home
    response = post_image(client, "/api/v1/analyze/image", image_bytes((390, 844)))
    assert response.status_code == 501
    error = response.get_json()["error"]
    assert error["code"] == "ocr_unavailable" and "[ocr]" in error["message"]
    page = post_image(client, "/screenshot", image_bytes((390, 844)))
    assert page.status_code == 501 and "没有安装截图识别功能" in page.get_data(as_text=True)


def test_engine_that_fails_to_load_answers_501(monkeypatch, app):
    """The extra looks installed but the engine cannot be imported (e.g. libGL missing): 501, not 500."""
    monkeypatch.setattr(ocr, "_recognizer", ocr.Recognizer())
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)
    app.extensions["ocr_available"] = True
    response = post_image(app.test_client(), "/api/v1/analyze/image", image_bytes((390, 844)))
    assert response.status_code == 501 and response.get_json()["error"]["code"] == "ocr_unavailable"


def test_home_offers_upload_when_installed(app):
    home = app.test_client().get("/").get_data(as_text=True)
    assert ('enctype="multipart/form-data"' in home) == ocr.available()


@ocr_installed
def test_page_says_plainly_when_nothing_was_read(app):
    page = post_image(app.test_client(), "/screenshot", image_bytes((390, 844)))
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "识别可能有误" in html and "没有认出短信文字" in html
    assert 'action="/check"' in html  # the usual form, for the user to type or paste instead
