"""Source rules (knowledge/sources.py): official publication, no content farms, official addresses,
secondary entries marked, and `cuishou kb check` failing on each broken rule."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge import sources
from knowledge.entries import DATA_DIR, check_catalog


def _problems(data_dir: Path) -> list[str]:
    return [str(p) for p in check_catalog(data_dir)[1]]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_packaged_data_passes_the_source_rules(catalog):
    assert [str(p) for p in sources.check_sources(catalog)] == []


def test_every_law_names_its_official_publication(catalog):
    for law in catalog.laws.values():
        assert law.publication.strip(), law.id
        assert re.search(r"令|〔\d{4}〕|文号未核实|GB/T", law.publication), (law.id, law.publication)


@pytest.mark.parametrize("domain", sources.BLOCKED_DOMAINS)
def test_no_entry_or_interest_line_cites_a_blocked_domain(catalog, domain):
    texts = [str(vars(e)) for e in catalog.all()]
    texts.append((DATA_DIR / "interest_lines.toml").read_text(encoding="utf-8"))
    assert not any(domain in t for t in texts)


def test_official_addresses_are_on_official_domains(catalog):
    with_address = [law for law in catalog.laws.values() if law.official_url]
    assert with_address, "at least the online-litigation rules carry the court's published copy"
    assert all(sources.is_official(law.official_url) for law in with_address)


def test_verified_entries_were_checked_against_an_official_text_or_database_copy(catalog):
    for entry in [*catalog.laws.values(), *catalog.channels.values()]:
        if entry.status == "verified":
            assert sources.is_faithful_copy(entry.source), (entry.id, entry.source)


@pytest.mark.parametrize("url, blocked, official", [
    ("http://wwpfw.com/x.html", True, False),
    ("https://m.hxdzsz.com/a", True, False),
    ("https://www.233.com/ccbp/1.html", True, False),
    ("http://gaj.cq.gov.cn/zslm_245/x.html", False, True),
    ("https://flk.npc.gov.cn/detail", False, True),
    ("https://notgov.cn.example.com/", False, False),
    ("https://fakegov.cn/", False, False),
])
def test_domain_classification(url, blocked, official):
    assert sources.is_blocked(url) is blocked
    assert sources.is_official(url) is official


def test_secondary_entries_need_the_caveat_and_stay_out_of_letters(catalog):
    secondary = catalog.laws["law.cba_collection_guideline.2026"]
    verified = catalog.laws["law.online_litigation.29"]
    assert sources.needs_caveat(secondary) and not sources.letter_safe(secondary)
    assert not sources.needs_caveat(verified) and sources.letter_safe(verified)
    assert sources.CAVEAT == "未核对原文"


def test_kb_check_fails_on_a_missing_publication(data_copy):
    path = data_copy / "laws" / "civil_code.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'publication = "[^"]*"\n', "", text, count=1), encoding="utf-8")
    assert any("law.civil_code.675.publication" in p for p in _problems(data_copy))


def test_kb_check_fails_on_a_publication_without_a_document_number(data_copy):
    path = data_copy / "laws" / "civil_procedure.toml"
    _edit(path, 'publication = "最高人民法院 法释〔2021〕12号（2021年6月16日公布，2021年8月1日施行）"',
          'publication = "最高人民法院"')
    assert any("law.online_litigation.29.publication" in p for p in _problems(data_copy))


def test_kb_check_fails_on_a_content_farm_source(data_copy):
    path = data_copy / "laws" / "collection_rules.toml"
    _edit(path, 'source = "http://m.yktchina.com/xyk/xyk/2022/0913/46444.html"',
          'source = "http://wwpfw.com/xinyongqiataoxian/96746.html"')
    assert any("law.credit_card_measures.68.source" in p and "wwpfw.com" in p for p in _problems(data_copy))


def test_kb_check_fails_on_an_unofficial_official_url(data_copy):
    path = data_copy / "laws" / "civil_procedure.toml"
    _edit(path, 'official_url = "http://dlshk.lncourt.gov.cn/article/detail/2021/09/id/6291612.shtml"',
          'official_url = "https://chinajusticeobserver.com/law/x/online-litigation-rules"')
    assert any("law.online_litigation.29.official_url" in p for p in _problems(data_copy))


def test_kb_check_fails_when_a_secondary_copy_is_marked_verified(data_copy):
    path = data_copy / "laws" / "lending_and_interest.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('id = "law.microloan_cost_guideline.2025"')
    head, tail = text[:start], text[start:]
    path.write_text(head + tail.replace('status = "secondary"', 'status = "verified"', 1), encoding="utf-8")
    assert any("law.microloan_cost_guideline.2025.source" in p for p in _problems(data_copy))


def test_kb_check_fails_on_a_blocked_channel_source(data_copy):
    path = data_copy / "channels" / "channels.toml"
    _edit(path, 'source = "https://twwiki.net/wiki/29ox9x5llrzeyj2.html"', 'source = "https://www.qqx8.cn/515997866.html"')
    assert any("channel.12321.source" in p for p in _problems(data_copy))


def test_kb_check_fails_on_a_blocked_domain_inside_guide_text(data_copy):
    path = data_copy / "guides" / "topics.toml"
    _edit(path, 'summary = "谁签合同谁还钱。', 'summary = "见 https://glo.com.cn/x 。谁签合同谁还钱。')
    assert any("guide.who_owes" in p and "glo.com.cn" in p for p in _problems(data_copy))


def test_interest_lines_follow_the_source_rules(tmp_path):
    good = (DATA_DIR / "interest_lines.toml").read_text(encoding="utf-8")
    assert sources.check_interest_lines(DATA_DIR / "interest_lines.toml") == []
    bad = tmp_path / "interest_lines.toml"
    bad.write_text(good.replace('source = "http://fzxbls.com/?p=4936"',
                                'source = "http://glo.com.cn/Content/2019/12-23/1846110263.html"'), encoding="utf-8")
    problems = [str(p) for p in sources.check_interest_lines(bad)]
    assert any("unlicensed_lending_36" in p and "glo.com.cn" in p for p in problems)
