"""aggr33: lawful pressure heard as a reminder or as nothing — the creditor's road to court reserved or begun, a
contract remedy invoked (collateral taken back, a set-off from the reader's accounts), and a third party asked only
to relay (the labelled border of tests/data/fresh/README.md). Each frame has twins that must stay as they were."""
import pytest

from analyzer import analyze

PRESSED = [
    ("reserved", "您的信用卡欠款已逾期三个月，本行保留通过诉讼方式向您追索欠款的权利，请于本月15日前联系本行。"),
    ("listed", "【某某消费金融】您的借款逾期已达80天，我司将依法采取包括但不限于诉讼在内的措施追索欠款。"),
    ("begun", "你这笔欠款的情况，法务已经在整理材料了，今天先还一期。"),
    ("standard", "您的账户逾期已超过100天，已达起诉标准，请尽快处理。"),
    ("materials", "第四次提醒：你的欠款起诉材料已经在准备中，本息合计6,540元。"),
    ("repossess", "您的车贷已逾期三期，根据抵押合同约定，我司有权依法申请实现抵押权，请于5日内联系。"),
    ("take_car", "老板，你车贷三期没还了，按合同我们要启动收车流程了，今天下午之前把两期补上。"),
    ("set_off", "您的信用卡欠款已逾期，本行将依约从您在本行开立的其他账户中扣划相应款项。"),
    ("relay", "您好，请问是孙**的同事吗？我们是某某分期的，有重要事情需要联系他本人，麻烦您转告他尽快回电，谢谢。"),
    ("relay_bare", "您好，请转告钱**回电某某消费金融，谢谢。"),
]

QUIET = [
    # a possible consequence in a contract's words, not a step taken against the reader
    ("risk", "您的融资租赁业务已逾期2天，逾期将产生征信污点并面临诉讼风险，请您及时还款。", "reminder"),
    ("no_suit", "您的借款已逾期5天，我司暂不启动诉讼程序，请尽快在App内还款。", None),
    ("warning", "如遇自称我司法务说您的欠款已进入诉讼程序并要求转账到个人账户的，请勿相信，还款请在App内办理。", None),
    ("own_case", "您委托我所代理的借款纠纷案件，诉讼材料已准备齐全，下周提交法院。", None),
    ("scheduled", "【某某银行】尊敬的客户，您的经营贷款本月利息1,860.00元将于21日扣收，请于扣款前存入足额资金。", "reminder"),
    ("court_set_off", "【某某银行】您尾号2231账户于12月05日被司法扣划8,000.00元，执行法院某某区人民法院，如有疑问请联系执行法院。", None),
    ("taxi", "师傅，今晚几点收车？我在老地方等你。", "not_collection"),
    ("courier", "您好，请问是孙**的同事吗？他的快递到了驿站，麻烦您转告他回个电话。", "not_collection"),
    ("guarantor", "保证人您好，借款人本期已逾期3天，请您提醒借款人尽快与我行联系。【某某银行】", "reminder"),
]


@pytest.mark.parametrize("name,text", PRESSED, ids=[p[0] for p in PRESSED])
def test_lawful_pressure_is_aggressive(name, text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", (name, report.verdict.label, [f.rule_id for f in report.findings])
    assert any(rid.startswith("aggr33.") for f in report.findings for rid in (f.rule_id, *f.merged_rule_ids))


@pytest.mark.parametrize("name,text,label", QUIET, ids=[q[0] for q in QUIET])
def test_twins_stay_quiet(name, text, label):
    report = analyze(text)
    fired = [rid for f in report.findings for rid in (f.rule_id, *f.merged_rule_ids)]
    assert not any(rid.startswith("aggr33.") for rid in fired), (name, fired)
    if label is not None:
        assert report.verdict.label == label, (name, report.verdict.label)


def test_relay_only_is_not_a_threat_and_says_so():
    report = analyze(PRESSED[8][1])
    assert report.reader.role == "third_party"
    assert not any(f.category == "unlawful_threat" for f in report.findings)
    assert "没有透露欠款" in report.verdict.summary


def test_relay_telling_the_debt_stays_a_threat():
    report = analyze("您好，您的朋友孙**在我司借款逾期不还，麻烦您转告他尽快回电还款。")
    assert report.verdict.label == "unlawful_threat"
    assert not any(f.rule_id.startswith("aggr33.") for f in report.findings)
