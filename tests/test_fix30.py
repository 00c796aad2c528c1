"""fix30 (integrator, from legal31's commit 044f60b): a court writes 当地区号+12368 (the area code, then 12368); the
"+" after 区号 is an addition, not an international prefix, so a genuine court notice does not get a foreign personal
number marker. Any other +1… stays foreign."""
from analyzer import analyze

COURT = "【XX市XX区人民法院】您有一份诉讼文书待查收，请登录人民法院在线服务查看，如有疑问请拨打当地区号+12368咨询。"


def test_area_code_plus_12368_is_not_a_foreign_number():
    report = analyze(COURT)
    assert not any(n.type == "foreign" for n in report.numbers), [n.type for n in report.numbers]
    assert report.verdict.label not in ("scam", "unlawful_threat")


def test_a_real_plus_one_number_is_still_foreign():
    report = analyze("【XX人民法院】您的案件有进展，请速回电 +12025550123 联系承办法官。")
    assert any(n.type == "foreign" for n in report.numbers), [n.type for n in report.numbers]
