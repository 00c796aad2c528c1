"""OCR on screenshots this suite renders itself in Chromium (phone size, WenQuanYi Micro Hei),
then the upload flow in the real pages. Pictures go to the session's temporary screenshot directory.

Messages are quoted from the evaluation set (../shared/eval/dev.jsonl; ids kept).
"""
from __future__ import annotations

import html
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

pytest.importorskip("rapidocr_onnxruntime")
playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

from analyzer.ocr.layout import BEIJING  # noqa: E402
from analyzer.ocr.reader import get_recognizer  # noqa: E402

NOW = datetime(2026, 11, 29, 23, 40, tzinfo=BEIJING)


MESSAGES = {
    "S123": "再不还钱就上门催收",
    "S019": "我们最后一次通知你,你有一张法院的传票,请尽快领取。",
    "S064": "尊敬的张X先生,您在某某平台申请的3万元消费贷已逾期17天,请尽快还款,否则将上报征信并影响子女就学就业。",
    "R001": "【分期金融】刘某某，还贷呗欠款网贷由于多次与您协商无果，清收人员将于今日12点拟定债务委托书，"
            "授权专员到预留证件地上访，还款终止拒收请回复R。",
    "R008": "【广发银行】您尾号3304广发信用卡06月人民币账单金额1,570.44元，最低还款116.00元，还款到期07月15日。"
            "点 n.95508.com/x 即可极速办理账单分期，以批核为准。",
    "S006": "因您信货诈骗,缺席出庭,已通过‘天网’定位具体位置现已通知当地执法部门和司法人员(魏X,王X,郭XX)携带枪支带队,"
            "执行上门强制击毙,详情抖音搜索《执行风暴》或关注‘中国法院网’了解详情,14点前自行app结清全部欠款可撤销执行。",
    "S053": "【XX银行】尊敬的客户张X,您在我行办理的“个人消费贷”(合同号:CB20240315XXXX)截至今日已逾期7日,"
            "当前欠款本金+利息合计¥8,642.30,请于3日内通过手机银行或网点完成还款,以免影响信用记录,"
            "详询95XXX或登录官方APP查询,退订回T",
}
THEMES = {
    # name: (viewport, page background, text, bubble, muted)
    "light": ({"width": 390, "height": 844}, "#ffffff", "#000000", "#e9e9eb", "#8e8e93"),
    "dark": ({"width": 360, "height": 800}, "#000000", "#ffffff", "#262628", "#8e8e93"),
}
SMS_APP = """<!doctype html><html><head><meta charset="utf-8"><style>
body{{margin:0;font-family:'WenQuanYi Micro Hei',sans-serif;background:{bg};color:{fg}}}
.status{{display:flex;justify-content:space-between;padding:6px 20px;font-size:14px;font-weight:bold}}
.top{{padding:6px 16px 12px;text-align:center;font-size:17px;border-bottom:1px solid #8884}}
.top .back{{float:left;color:#0a84ff}}
.time{{text-align:center;font-size:12px;color:{muted};margin:16px 0 8px}}
.bubble{{margin:0 60px 6px 12px;padding:9px 14px;border-radius:18px;background:{bubble};font-size:{size}px;
line-height:1.4;word-break:break-all}}
.input{{position:fixed;bottom:0;left:0;right:0;padding:10px 16px 30px}}
.input div{{border:1px solid #8886;border-radius:18px;padding:7px 14px;color:{muted};font-size:15px}}
</style></head><body><div class="status"><span>23:41</span><span>5G 87%</span></div>
<div class="top"><span class="back">&lt;</span>{sender}</div>{items}
<div class="input"><div>短信</div></div></body></html>"""


QUOTES = str.maketrans({c: '"' for c in "‘’“”'「」"})


def char_accuracy(expected: str, got: str) -> float:
    """1 − edit distance / length, after folding width (，→,), spaces and the style of quotation marks.
    A screenshot cannot show whether a comma was typed full- or half-width, and in a CJK font at phone size
    ‘ and “ differ by a hairline; none of these change what the analyzer finds. A lost or extra quote
    still counts as an error."""
    a = "".join(unicodedata.normalize("NFKC", expected).translate(QUOTES).split())
    b = "".join(unicodedata.normalize("NFKC", got).translate(QUOTES).split())
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 1 - prev[-1] / max(1, len(a))


def sms_page(theme: str, items: list[tuple[str, str]], sender: str = "10690000123", size: int = 17) -> str:
    _, bg, fg, bubble, muted = THEMES[theme]
    body = "".join(f'<div class="time">{html.escape(t)}</div>' if kind == "time" else
                   f'<div class="bubble">{html.escape(t)}</div>' for kind, t in items)
    return SMS_APP.format(bg=bg, fg=fg, bubble=bubble, muted=muted, size=size, sender=html.escape(sender), items=body)


WECHAT = """<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;font-family:'WenQuanYi Micro Hei',sans-serif;background:#ededed;color:#111}
.top{padding:14px;text-align:center;font-size:17px;font-weight:bold;border-bottom:1px solid #d8d8d8}
.time{text-align:center;font-size:13px;color:#999;margin:14px 0}
.row{display:flex;margin:0 10px 14px;align-items:flex-start}.row.me{flex-direction:row-reverse}
.avatar{width:40px;height:40px;border-radius:4px;background:#7aa2d6;flex:none}.me .avatar{background:#e0a96d}
.msg{margin:0 10px;padding:9px 12px;border-radius:4px;background:#fff;font-size:16px;line-height:1.45;
max-width:240px;word-break:break-all}.me .msg{background:#95ec69}
</style></head><body><div class="top">王经理（催收）</div>%s</body></html>"""


def wechat_page(items: list[tuple[str, str]]) -> str:
    parts = []
    for who, text in items:
        if who == "time":
            parts.append(f'<div class="time">{html.escape(text)}</div>')
        else:
            parts.append(f'<div class="row {who}"><div class="avatar"></div><div class="msg">{html.escape(text)}</div></div>')
    return WECHAT % "".join(parts)


TWO_MESSAGES = [("time", "昨天 20:03"), ("bubble", MESSAGES["S019"]), ("time", "今天 09:12"), ("bubble", MESSAGES["R001"])]
CHAT = [("time", "下午3:05"), ("them", MESSAGES["S064"]), ("me", "我下周发工资就还，请不要联系我家人。"),
        ("them", "今天18点前不还，我们就联系你通讯录里的所有人。")]


@pytest.fixture(scope="session")
def shots(browser, output_dir) -> dict[str, bytes]:
    """Every picture, rendered once per session, also written to the session's screenshot directory."""
    pictures: dict[str, bytes] = {}
    for theme, (viewport, *_rest) in THEMES.items():
        page = browser.new_page(viewport=viewport, device_scale_factor=3)
        for mid, text in MESSAGES.items():
            page.set_content(sms_page(theme, [("time", "11月29日 星期六 23:15"), ("bubble", text)]))
            pictures[f"{mid}-{theme}"] = page.screenshot()
        page.close()
    page = browser.new_page(viewport=THEMES["light"][0], device_scale_factor=3)
    page.set_content(sms_page("light", TWO_MESSAGES, sender="+86 170 1234 5678"))
    pictures["two-messages"] = page.screenshot()
    page.set_content(wechat_page(CHAT))
    pictures["chat-app"] = page.screenshot()
    page.set_content(sms_page("light", [("time", "11月29日 星期六 23:15"), ("bubble", MESSAGES["S064"])], size=19))
    # the right edge cuts through the bubble, as when a screenshot is cropped carelessly
    pictures["cropped"] = page.screenshot(clip={"x": 0, "y": 0, "width": 285, "height": 400})
    page.close()
    (output_dir / "ocr").mkdir(exist_ok=True)
    for name, data in pictures.items():
        (output_dir / "ocr" / f"{name}.png").write_bytes(data)
    return pictures


@pytest.fixture(scope="session")
def read(shots):
    cache: dict[str, object] = {}

    def _read(name: str):
        if name not in cache:
            cache[name] = get_recognizer().recognize(shots[name], now=NOW).reading
        return cache[name]
    return _read


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("mid", list(MESSAGES))
def test_sms_bubble_is_read_accurately(read, mid, theme):
    reading = read(f"{mid}-{theme}")
    accuracy = char_accuracy(MESSAGES[mid], reading.text)
    assert accuracy >= 0.98, (accuracy, reading.text)
    assert reading.sender == "10690000123"
    assert reading.received_at == "2026-11-29T23:15"
    assert "\n" not in reading.text  # one bubble, one paragraph; status bar and input box left out
    assert not reading.unsure and reading.confidence >= 0.93


def test_two_messages_in_one_picture_keep_their_order(read):
    reading = read("two-messages")
    first, second = reading.text.split("\n")
    # each bubble on its own line, in order; the newest dated time line is the one to analyse
    assert char_accuracy(MESSAGES["S019"], first) >= 0.98
    assert char_accuracy(MESSAGES["R001"], second) >= 0.98
    assert reading.received_at == "2026-11-29T09:12"
    assert reading.sender == "+8617012345678"


def test_chat_app_layout(read):
    """Left and right bubbles, avatars and a contact name instead of a number. The borrower's own reply
    (right) is kept in reading order: the user edits it out, and the analyzer sees who said what."""
    reading = read("chat-app")
    blocks = reading.text.split("\n")
    expected = [text for who, text in CHAT if who != "time"]
    assert len(blocks) == len(expected), reading.text
    for want, got in zip(expected, blocks):
        assert char_accuracy(want, got) >= 0.95, (want, got)
    assert reading.sender is None  # a contact name is not a number
    assert reading.time_text is not None and reading.received_at is None  # "下午3:05" has no day


def test_cropped_edge_reads_what_is_visible(read):
    """The right edge cuts a glyph off some lines, so those characters are lost or guessed: no exact
    match is possible, but most of the message must come through and the time and number still parse."""
    reading = read("cropped")
    assert char_accuracy(MESSAGES["S064"], reading.text) >= 0.80, reading.text
    assert reading.received_at == "2026-11-29T23:15"


# -- the upload flow in the real pages ------------------------------------------------------------
def test_upload_then_correct_then_analyse_in_chromium(shots, base_url, browser, output_dir):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base_url) else None)
    page.goto(base_url + "/")
    page.set_input_files("#image", files=[{"name": "shot.png", "mimeType": "image/png",
                                           "buffer": shots["R001-light"]}])
    page.get_by_role("button", name="识别截图").click()
    expect(page.locator("[data-ocr-sure], [data-ocr-unsure]").first).to_be_visible(timeout=30_000)
    page.screenshot(path=str(output_dir / "ocr-review-page.png"), full_page=True)
    assert char_accuracy(MESSAGES["R001"], page.input_value("#text")) >= 0.98
    assert page.input_value("#sender") == "10690000123"
    page.fill("#text", MESSAGES["R001"])  # the user corrects what was misread
    page.get_by_role("button", name="开始分析").click()
    page.wait_for_url(base_url + "/check")
    expect(page.locator("main")).to_contain_text("清收人员")
    page.close()
    assert outside == []


def test_readme_curl_example(shots, base_url, tmp_path):
    """The README's "截图识别" curl example, run against the live server with a screenshot rendered here."""
    import json
    import re
    import subprocess

    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## 截图识别\n(.*?)(?=^## )", readme, re.S | re.M).group(1)
    (example,) = [b for b in re.findall(r"^```sh\n(.*?)^```", section, re.S | re.M) if b.startswith("curl")]
    command = "\n".join(line for line in example.splitlines() if not line.startswith("#"))
    (tmp_path / "screenshot.png").write_bytes(shots["R001-light"])
    done = subprocess.run(["sh", "-c", command.replace("http://127.0.0.1:8000", base_url)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, check=True)
    body = json.loads(done.stdout)
    shown = example[example.index("# {"):]
    for key in re.findall(r'"(\w+)":', shown):
        assert key in body
    assert body["sender"] == "10690000123" and body["unsure"] is False
    assert char_accuracy(MESSAGES["R001"], body["text"]) >= 0.98
    assert body["report"]["verdict"]["label"] == "unlawful_threat"
