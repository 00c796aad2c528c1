"""Screenshot input: check an uploaded image and read the SMS in it, offline.

Text is recognised with rapidocr-onnxruntime, whose Chinese detection and
recognition models ship inside the wheel (nothing is downloaded at run time).
It is an optional extra (`pip install -e '.[ocr]'`): without it `available()` is
False and `recognize()` raises OcrUnavailableError. The engine is loaded once per
process, on first use, and runs one image at a time (it already uses every core).
Images are decoded in memory and never written to disk or logged.
"""
from __future__ import annotations

import importlib.util
import io
import os
import threading
import warnings
from dataclasses import dataclass
from datetime import datetime
from typing import Any

# onnxruntime (1.32) otherwise looks up mobile.events.data.microsoft.com after the first
# recognition and writes a device id under ~/.cache/Microsoft; it reads this variable when
# the engine loads, so it is set here, before anything can import rapidocr/onnxruntime.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from analyzer.ocr.layout import Box, Reading, read_layout  # noqa: E402

MAX_IMAGE_BYTES = 5 * 1024 * 1024
# 40 megapixels is far above any phone screenshot (1290 × 2796 is 3.6 MP) or long scrolling capture;
# a 20,000 × 20,000 "decompression bomb" (400 MP, 1.2 GB decoded) is refused before it is decoded.
MAX_IMAGE_PIXELS = 40_000_000
MIN_SIDE = 16
# Phone screenshots are 720–1320 px wide with 40–60 px glyphs; at 864 px wide the glyphs are still
# 30+ px, which the recogniser reads as well (measured: same accuracy as 1170 px), in half the time.
# Very long captures are capped too, which keeps one image under a second on two cores.
WORK_WIDTH = 864
WORK_PIXELS = 6_000_000

FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
_OTHER_IMAGES = ((b"GIF8", "GIF"), (b"BM", "BMP"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))


class ImageError(ValueError):
    """The upload is not an image we can read (wrong type, too big, too small, damaged)."""

    def __init__(self, status: int, code: str, message: str, api_message: str) -> None:
        super().__init__(api_message)
        self.status = status
        self.code = code
        self.message = message  # plain Chinese, for the page
        self.api_message = api_message  # English, for API clients, like the rest of the API


class OcrUnavailableError(RuntimeError):
    """The optional OCR extra is not installed (or its engine cannot load) on this server."""


@dataclass(frozen=True)
class Recognition:
    """The message read from one screenshot, ready for the user to correct."""

    reading: Reading
    width: int
    height: int

    def to_dict(self) -> dict[str, Any]:
        r = self.reading
        return {"text": r.text, "sender": r.sender, "received_at": r.received_at, "time_text": r.time_text,
                "confidence": r.confidence, "unsure": r.unsure, "notes": list(r.notes)}


def available() -> bool:
    """Whether the optional extra is installed (without importing the heavy engine)."""
    for name in ("rapidocr_onnxruntime", "PIL"):
        try:
            if importlib.util.find_spec(name) is None:
                return False
        except (ImportError, ValueError):  # ValueError: sys.modules[name] is None (import blocked)
            return False
    return True


def sniff(data: bytes) -> str:
    """'png', 'jpeg' or 'webp' from the magic bytes, or an ImageError (415)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    other = next((name for magic, name in _OTHER_IMAGES if data.startswith(magic)), None)
    if other is None and data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        other = "HEIC/AVIF"
    if other:
        raise ImageError(415, "unsupported_image_type",
                         f"不支持 {other} 格式的图片。请上传 PNG、JPEG 或 WebP 格式的截图（手机截屏一般就是 PNG 或 JPEG）。",
                         f"{other} images are not supported; send a PNG, JPEG or WebP screenshot.")
    raise ImageError(415, "unsupported_image_type", "这不是图片文件。请上传 PNG、JPEG 或 WebP 格式的截图。",
                     "The file is not an image; send a PNG, JPEG or WebP screenshot (checked by its content, "
                     "not its name).")


def _pil() -> Any:
    try:
        from PIL import Image
    except ImportError as exc:
        raise OcrUnavailableError("Pillow is not installed") from exc
    # Pillow's own bomb check as a second line behind ours (process-wide; nothing else here decodes images)
    if Image.MAX_IMAGE_PIXELS is None or Image.MAX_IMAGE_PIXELS > MAX_IMAGE_PIXELS:
        Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    return Image


def _too_many_pixels(width: int | None = None, height: int | None = None) -> ImageError:
    size_zh = f"{width} × {height} 像素" if width else f"超过 {MAX_IMAGE_PIXELS // 10_000} 万像素"
    size_en = f"{width} × {height} pixels" if width else "too many pixels"
    return ImageError(413, "image_too_large", f"图片尺寸太大（{size_zh}）。请上传手机截屏原图，不要拼接或放大。",
                      f"The image is {size_en}; at most {MAX_IMAGE_PIXELS:,} pixels are accepted.")


def decode(data: bytes) -> Any:
    """The upload as an RGB PIL image, scaled for recognition; ImageError when it cannot be used."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(413, "image_too_large", "图片太大了（上限 5 MB）。请上传手机截屏原图，或先压缩一下。",
                         f"The image is {len(data):,} bytes; at most {MAX_IMAGE_BYTES:,} (5 MB) are accepted.")
    kind = sniff(data)
    Image = _pil()
    unreadable = ImageError(400, "image_unreadable", "图片文件已损坏或不完整，没法读取。请重新截图再上传。",
                            f"The {FORMATS[kind]} file is damaged or incomplete and cannot be decoded.")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=[FORMATS[kind]])
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise _too_many_pixels(width, height)
            if min(width, height) < MIN_SIDE:
                raise ImageError(400, "image_too_small",
                                 f"图片太小（{width} × {height} 像素），上面不可能有看得清的文字。请上传完整的截图。",
                                 f"The image is {width} × {height} pixels; both sides must be at least {MIN_SIDE}.")
            if kind == "jpeg":  # decode big JPEGs at a reduced scale directly
                image.draft("RGB", _work_size(width, height))
            image.load()
            image = _upright_rgb(image, Image)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels() from None
        except ImageError:
            raise
        except (OSError, SyntaxError, ValueError, EOFError, Image.UnidentifiedImageError):
            raise unreadable from None
    size = _work_size(*image.size)
    if size != image.size:
        image = image.resize(size, Image.Resampling.LANCZOS)
    return image


def _work_size(width: int, height: int) -> tuple[int, int]:
    scale = min(1.0, WORK_WIDTH / width, (WORK_PIXELS / (width * height)) ** 0.5)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _upright_rgb(image: Any, Image: Any) -> Any:
    from PIL import ImageOps

    image = ImageOps.exif_transpose(image)  # photos of a phone screen may carry a rotation
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, image.convert("RGBA")).convert("RGB")
    return image.convert("RGB")


class Recognizer:
    """The OCR engine, loaded on first use; one recognition at a time (thread-safe)."""

    def __init__(self) -> None:
        self._engine: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:  # not installed, or OpenCV's system libraries (libGL) are missing
            raise OcrUnavailableError(f"the OCR engine cannot be imported: {exc}") from exc
        # text_score 0: keep weak pieces so the reader can say what it could not read;
        # no angle classifier: screenshots are upright, and it would cost time for nothing.
        return RapidOCR(text_score=0.0, use_cls=False, max_side_len=4096, print_verbose=False)

    def warm_up(self) -> None:
        with self._lock:
            if self._engine is None:
                self._engine = self._load()

    def recognize(self, data: bytes, now: datetime | None = None) -> Recognition:
        image = decode(data)
        with self._lock:
            if self._engine is None:
                self._engine = self._load()
            result, _ = self._engine(image)
        boxes = [_box(points, text, score) for points, text, score in (result or [])]
        return Recognition(read_layout(boxes, image.size[0], image.size[1], now), image.size[0], image.size[1])


def _box(points: list[list[float]], text: str, score: float) -> Box:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return Box(min(xs), min(ys), max(xs), max(ys), str(text), float(score))


_recognizer = Recognizer()


def get_recognizer() -> Recognizer:
    """The process-wide recogniser (the model is loaded once per process, not per request)."""
    return _recognizer
