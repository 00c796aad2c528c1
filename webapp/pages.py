"""HTML pages for borrowers (blueprint `pages`).

Every page works as plain HTML forms; static/app.js only adds copy and clear
buttons. The user's text is never logged and never stored.
"""
from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for

from analyzer import InputError, letters
from knowledge import registry
from webapp import display, highlight, library

bp = Blueprint("pages", __name__)

MAX_SENDER_CHARS = 40
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TIME_CHARS = 40

EXAMPLES: list[dict[str, str]] = [
    {
        "title": "普通还款提醒",
        "text": "【招联金融】尊敬的客户，您的借款本期应还826.50元，还款日为12月5日。请在招联金融App内还款，"
                "请勿向个人账户转账。如已还款请忽略。",
        "sender": "10691234567",
    },
    {
        "title": "违法威胁",
        "text": "你在借款平台的欠款已逾期47天，共计6380元。今天18点前不处理，我们将联系你的家人和单位同事，"
                "把你的欠款信息发到通讯录群里曝光，并派人上门到你户籍地村委。你已涉嫌诈骗罪，等着坐牢吧！",
        "sender": "17012345678",
    },
    {
        "title": "诈骗",
        "text": "【京东金融法务部】您的账户存在异常逾期，将于今日上报征信。请立即添加专员微信处理，"
                "将欠款转入指定个人账户6217000012345678（户名：李某），并提供手机收到的验证码完成核销。",
        "sender": "16598765432",
    },
]


@bp.app_context_processor
def navigation() -> dict[str, Any]:
    """Lets the shared layout link to pages other blueprints add (e.g. the loan-cost check), and
    gives every borrower page (the loan page too) the plain-Chinese display helpers."""
    return {"has_endpoint": lambda endpoint: endpoint in current_app.view_functions, "display": display}


def _kind_titles() -> dict[str, str]:
    return {k: v["title"] for k, v in registry.kinds().items()}


def _form_value(name: str, limit: int) -> str:
    return (request.form.get(name) or "").strip()[:limit]


@bp.get("/")
def home() -> str:
    return render_template("home.html", examples=EXAMPLES, form={})


@bp.get("/check")
def check_get() -> Any:
    # A bookmarked or reloaded result page: results are never stored, so start again.
    return redirect(url_for("pages.home"))


@bp.post("/check")
def check() -> Any:
    # NUL and other control characters (not tab or line breaks) carry nothing and must not be echoed into the page
    text = _CONTROL.sub("", request.form.get("text") or "")
    sender = _form_value("sender", MAX_SENDER_CHARS)
    received = _form_value("received_at", MAX_TIME_CHARS)
    form = {"text": text, "sender": sender, "received_at": received}
    if not text.strip() and not sender:
        return render_template("home.html", examples=EXAMPLES, form=form,
                               error="请先粘贴短信内容，或填写要查询的号码或链接。"), 400
    analyzer = current_app.extensions["analyzer"]
    try:
        report = analyzer.analyze(text, sender=sender or None, received_at=received or None)
    except InputError as exc:
        return render_template("home.html", examples=EXAMPLES, form=form, error=str(exc)), 400
    data = report.to_dict()
    kinds = registry.kinds()
    findings = data["findings"]
    titles = {k: v["title"] for k, v in kinds.items()}
    label = data["verdict"]["label"]
    findings = highlight.as_shown(findings, label)
    verdict_info = dict(registry.verdicts().get(label, {}))
    verdict_info.setdefault("title", display.verdict_titles().get(label, label))
    own_question = any(f["kind"] == "own_question" for f in data["facts"])
    if own_question:  # asked40: the reader's own question, not a message — say so in the heading, not only below it
        verdict_info["title"] = display.FACT_NAMES["own_question"]
    first_steps, more_steps = display.steps(data)
    regions = highlight.regions(data["text"], findings, titles)
    featured, other_channels = display.channels(data)
    return render_template(
        "result.html",
        r=data,
        form=form,
        regions=regions,
        groups=highlight.groups(findings),
        legend=highlight.present_categories(regions),
        categories=highlight.CATEGORY_LABELS,
        kinds=kinds,
        verdict_info=verdict_info,
        verdict_icon="？" if own_question else display.VERDICT_ICONS.get(label, "ℹ"),
        only=display.only_checked(data),
        safety_first=display.safety_first(data),
        third_party=display.is_third_party(data),
        guarantor=display.is_guarantor(data),
        first_steps=first_steps,
        more_steps=more_steps,
        verdict_guide_id=(display.verdict_guide(data) or {}).get("id"),
        featured_channels=featured,
        other_channels=other_channels,
        lender_kinds=library.LENDER_KINDS,
        letters=display.letters_for(data, letters.drafts(data, _kind_titles())),
        replies=display.replies(data),
        guidance=display.guides(data),
        number_types=NUMBER_TYPES,
    )


NUMBER_TYPES = {
    "enterprise_sms_port": "106 开头的企业短信端口",
    "service_short_code": "客服短号码",
    "enterprise_hotline": "400/800 企业热线",
    "mobile": "手机号",
    "virtual_operator_mobile": "虚拟运营商手机号",
    "fixed_line": "固定电话",
    "foreign": "境外号码",
    "invalid": "无效号码",
}


@bp.get("/knowledge")
def knowledge() -> str:
    query = (request.args.get("q") or "").strip()[:100]
    cat = library.catalog()
    guides = sorted(cat.guides.values(), key=lambda g: (g.priority, g.order, g.id))
    hits = library.search(query) if query else []
    # polish23: a query that matched nothing gets questions to try: the first keyword of each common question
    # (knowledge/data/faq/borrower_questions.toml, in its order: 是真的吗, 合法吗, 会上门吗…)
    suggestions = (list(dict.fromkeys(f.keywords[0] for f in cat.faqs.values() if f.keywords))[:10]
                   if query and not hits else [])
    return render_template("knowledge.html", q=query, hits=hits, suggestions=suggestions,
                           guides=guides, channels=list(cat.channels.values()))


@bp.get("/knowledge/<path:entry_id>")
def entry(entry_id: str) -> str:
    item = library.get(entry_id)
    if item is None:
        abort(404)
    return render_template("entry.html", e=item, kind=library.ENTRY_TYPES.get(item["type"], "条目"),
                           title=library.entry_title(item), cat=library.catalog())


@bp.get("/lenders")
def lenders() -> str:
    query = (request.args.get("q") or "").strip()[:50]
    return render_template("lenders.html", q=query, lenders=library.lenders(query))


@bp.get("/faq")
def faq() -> str:
    return render_template("faq.html", faqs=library.faqs())


@bp.get("/about")
def about() -> str:
    return render_template("about.html")


@bp.get("/privacy")
def privacy() -> str:
    return render_template("privacy.html")
