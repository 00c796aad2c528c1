"""The learned second opinion on threats (analyzer/learned.py) as findings: asked only when the rules found no
threat and no scam and called the message a reminder or not about a debt; one finding per word-sized span that
weighed most, so the reader sees which words made the model say so."""
from __future__ import annotations

from analyzer.document import Document
from analyzer.learned import NgramModel
from analyzer.report import Finding
from analyzer.verdict import LEARNED_RULE

RULE_ID = LEARNED_RULE  # (analyzer/verdict.py words the verdict that rests on it alone)
# Verdicts the model may speak over: the rules abstained. Never over aggressive (the project draws 后果自负 and a
# lawful visit as pressure, which probe-trained models learned as threats), a legal notice or a scam.
ABSTAINED = ("reminder", "not_collection")
_EXPLANATION = ("这几处说法和已知的威胁短信很像：{words}。这是统计模型根据大量已标注短信给出的判断（模型认为是威胁的"
                "可能性约 {pct}%），规则没有认出具体哪一种威胁，请结合上下文自己判断；如果对方确实在威胁你或你的家人，"
                "请保存短信并投诉或报警。")


def findings(doc: Document, model: NgramModel) -> list[Finding]:
    opinion = model.opinion(doc.f)
    if opinion is None:
        return []
    pieces = [doc.piece(a, b) for a, b in opinion.spans]
    words = "、".join(f"“{doc.text[p.start:p.end]}”" for p in pieces)
    pct = min(99, int(opinion.probability * 100))
    explanation = _EXPLANATION.format(words=words, pct=pct)
    out = [Finding(kind=opinion.kind, rule_id=RULE_ID, category="unlawful_threat", severity="medium",
                   start=p.start, end=p.end, excerpt=doc.text[p.start:p.end], explanation=explanation,
                   kb_refs=(f"guide.{opinion.kind}",))
           for p in pieces if p.end > p.start]
    return sorted(out, key=lambda f: (f.start, f.end, f.rule_id))
