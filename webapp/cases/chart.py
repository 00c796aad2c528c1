"""The timeline chart as inline SVG, drawn by the app: one bar per day, stacked by
severe (scam or unlawful threat), other collection, the borrower's own and others;
night messages marked. Every label is escaped; nothing from a message enters the SVG."""
from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import Any

COLORS = {"severe": "#c0392b", "collection": "#e67e22", "outgoing": "#2e86c1", "other": "#aab7b8", "night": "#222"}
LEGEND = (("severe", "违法威胁/诈骗"), ("collection", "其他催收"), ("outgoing", "借款人发出"),
          ("other", "其他短信"), ("night", "▲ 夜间（22:00–08:00）"))


# Drawn 1000 units wide and shown at the width of the page (about 1250 px on a 1366 px
# laptop), so 14-unit text reads at about 17 px; below 700 px the chart scrolls sideways
# instead of shrinking its text (cases.css).
FONT = 14


def timeline_svg(timeline: list[dict[str, Any]], width: int = 1000, height: int = 320, max_days: int = 400) -> str:
    if not timeline:
        return '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40" role="img" aria-label="无带时间的短信">' \
               '<text x="10" y="25" font-size="14">没有带时间的短信，无法绘制时间线。</text></svg>'
    by_day = {d["day"]: d for d in timeline}
    first, last = date.fromisoformat(timeline[0]["day"]), date.fromisoformat(timeline[-1]["day"])
    if (last - first).days + 1 > max_days:
        first = last - timedelta(days=max_days - 1)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    top, bottom, left, right = 48, 52, 48, 12
    plot_h, plot_w = height - top - bottom, width - left - right
    peak = max((by_day.get(d.isoformat(), {}).get("total", 0) for d in days), default=1) or 1
    bar_w = plot_w / len(days)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="case-timeline" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="每日短信数量时间线，{len(days)} 天">',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="#555"/>',
             f'<line x1="{left}" y1="{top}" x2="{width - right}" y2="{top}" stroke="#ddd"/>',
             f'<text x="{left - 6}" y="{top + 5}" font-size="{FONT}" text-anchor="end">{peak}</text>',
             f'<text x="{left - 6}" y="{top + plot_h}" font-size="{FONT}" text-anchor="end">0</text>']
    for i, d in enumerate(days):
        row = by_day.get(d.isoformat())
        if not row:
            continue
        scam = row.get("scam", 0)  # scams are in "severe" but not in "collection"
        other = row["total"] - row["collection"] - scam - row["outgoing"]
        stack = (("severe", row["severe"]), ("collection", row["collection"] - (row["severe"] - scam)),
                 ("outgoing", row["outgoing"]), ("other", other))
        x, y = left + i * bar_w, top + plot_h
        for key, n in stack:
            if n <= 0:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(bar_w - 1, 1):.1f}" height="{h:.1f}" '
                         f'fill="{COLORS[key]}"><title>{escape(d.isoformat())}：{n} 条</title></rect>')
        if row["night"]:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" font-size="{FONT - 2}" text-anchor="middle">▲'
                         f'<title>{escape(d.isoformat())} 夜间 {row["night"]} 条</title></text>')
    step = max(1, -(-len(days) // 8))
    for i in range(0, len(days), step):
        parts.append(f'<line x1="{left + (i + .5) * bar_w:.1f}" y1="{top + plot_h}" x2="{left + (i + .5) * bar_w:.1f}" '
                     f'y2="{top + plot_h + 5}" stroke="#555"/>'
                     f'<text x="{left + (i + .5) * bar_w:.1f}" y="{height - bottom + 22}" font-size="{FONT}" '
                     f'text-anchor="middle">{escape(days[i].strftime("%m-%d"))}</text>')
    for j, (key, label) in enumerate(LEGEND):
        x = left + j * 185
        mark = "" if key == "night" else f'<rect x="{x}" y="8" width="14" height="14" fill="{COLORS[key]}"/>'
        parts.append(f'{mark}<text x="{x + 19}" y="21" font-size="{FONT}">{escape(label)}</text>')
    parts.append(f'<text x="{left}" y="{height - 8}" font-size="{FONT}">{escape(days[0].isoformat())} 至 '
                 f'{escape(days[-1].isoformat())}</text></svg>')
    return "".join(parts)
