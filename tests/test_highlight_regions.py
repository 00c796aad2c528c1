"""webapp.highlight.regions and groups: overlapping findings become one highlight with one mark."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from webapp import highlight

KINDS = ["third_party_contact", "doorstep_visit_threat", "urgency_pressure"]


def finding(start: int, end: int, kind: str, category: str = "pressure", excerpt: str = "") -> dict:
    return {"start": start, "end": end, "kind": kind, "category": category, "excerpt": excerpt,
            "explanation": f"{kind} explained", "kb_refs": [f"guide.{kind}"], "severity": "medium"}


def test_nested_and_chained_spans_merge_into_one_region():
    text = "派人上门到你户籍地村委。"
    findings = [finding(2, 4, "doorstep_visit_threat"), finding(2, 11, "third_party_contact", "unlawful_threat")]
    regions = highlight.regions(text, findings, {"third_party_contact": "联系第三方"})
    assert [(r.text, r.numbers, r.category) for r in regions] == [
        ("派人", (), None), ("上门到你户籍地村委", (1, 2), "unlawful_threat"), ("。", (), None)]
    assert regions[1].anchor == "f-1"
    # spans that only touch stay apart
    touching = highlight.regions("abcd", [finding(0, 2, "a"), finding(2, 4, "b")])
    assert [r.numbers for r in touching] == [(1,), (2,)]


def test_groups_list_each_kind_once_with_its_words_and_explanations():
    text = "联系你的家人和单位"
    findings = [finding(0, 6, "third_party_contact", "unlawful_threat", "联系你的家人"),
                finding(0, 9, "third_party_contact", "unlawful_threat", "联系你的家人和单位"),
                finding(0, 0, "night_or_frequency", "pressure")]
    findings[1]["severity"] = "high"
    groups = highlight.groups(findings)
    assert [g.kind for g in groups] == ["third_party_contact", "night_or_frequency"]
    first = groups[0]
    assert first.excerpts == ("联系你的家人和单位",)  # the shorter words lie inside the longer
    assert first.severity == "high" and first.members == (0, 1) and first.located
    assert first.explanations == ("third_party_contact explained",)
    assert groups[1].located is False and groups[1].excerpts == ()
    assert highlight.present_categories(highlight.regions(text, findings)) == ["unlawful_threat"]



def test_an_explanation_whose_words_lie_inside_longer_words_of_its_kind_is_not_repeated():
    # Two rules on 打断 and 打断你的腿 (one kind): the page shows the longer words and their explanation once;
    # a finding elsewhere in the message keeps its own explanation.
    findings = [finding(0, 2, "violence_threat", "unlawful_threat", "打断"),
                finding(0, 5, "violence_threat", "unlawful_threat", "打断你的腿"),
                finding(8, 12, "violence_threat", "unlawful_threat", "出门小心")]
    findings[0]["explanation"], findings[1]["explanation"], findings[2]["explanation"] = "短", "长", "家人"
    (group,) = highlight.groups(findings)
    assert group.excerpts == ("打断你的腿", "出门小心")
    assert group.explanations == ("长", "家人")
    assert group.members == (0, 1, 2)

@given(st.text(max_size=40), st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45), st.sampled_from(KINDS),
                                              st.sampled_from(highlight.CATEGORY_ORDER)), max_size=6))
def test_regions_cover_the_text_once_and_never_overlap(text, spans):
    findings = [finding(min(a, b), max(a, b), kind, cat) for a, b, kind, cat in spans]
    regions = highlight.regions(text, findings)
    assert "".join(r.text for r in regions) == text
    numbers = {g.number for g in highlight.groups(findings)}
    for left, right in zip(regions, regions[1:]):
        assert left.end == right.start
    for r in regions:
        assert r.text == text[r.start:r.end]
        assert set(r.numbers) <= numbers
        covered = [f for f in findings if f["start"] < r.end and min(f["end"], len(text)) > r.start
                   and f["start"] < min(f["end"], len(text))]
        assert bool(r.numbers) == bool(covered)
