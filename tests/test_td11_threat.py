"""td11 threat frames (tests/data/probes/README_td11_threat.md, knowledge/data/rules/zz_threat_td11.toml), both
directions through the real analyzer.

1. The 38 lines of the two blind drafts (td11_role_draft.jsonl, td11_debt_draft.jsonl) labelled unlawful_threat or
   scam that the analyzer got wrong at 8a987a5 reach their label, or sit in KNOWN with the reason.
2. Paraphrases of each frame written for this test (not the drafts' sentences; written after the rules, so they check
   the frames, they are not a fresh score) are alarms, and their lawful twins with the same words are not.
The drafts' lawful lines are checked by tests/test_td11_role.py and tests/test_td11_debt.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import known_param, read_jsonl

PROBES = Path(__file__).parent / "data" / "probes"
ROWS = {r["id"]: r for name in ("td11_role_draft.jsonl", "td11_debt_draft.jsonl")
        for r in read_jsonl(PROBES / name)}
UNLAWFUL = ("scam", "unlawful_threat")

# The lines labelled unlawful_threat or scam that came out otherwise before the td11 threat frames.
MISSED = ("TD11-X002 TD11-X003 TD11-X006 TD11-X007 TD11-X008 TD11-X010 TD11-X011 TD11-X016 TD11-X024 TD11-X027 "
          "TD11-X042 TD11-X056 TD11-X057 TD11-X063 TD11-X064 TD11-X068 TD11-D092 TD11-D100 TD11-D101 TD11-D108 "
          "TD11-D113 TD11-D114 TD11-D118 TD11-D124 TD11-D125 TD11-D127 TD11-D128 TD11-D130 TD11-D133 TD11-D134 "
          "TD11-D136 TD11-D137 TD11-D142 TD11-D143 TD11-D144 TD11-D146 TD11-D147 TD11-D149").split()

_SCAM_OVER_THREAT = ("verdict scam, label unlawful_threat: both alarms; scam > unlawful_threat by precedence (verdict.py) "
                     "and the message has a scam element the project counts on: ")
KNOWN = {
    # X002, X006, X007, X056 (【法务部】/【调解中心】/【法务中心】 claiming a court's powers, no payment asked) reach their
    # label unlawful_threat since relief27 (round 27): relief26's frames read them as fake legal process, not scam.
    # X011 (【XX仲裁中心】 award and freeze) and X024 (【XX公安】 signature) reach unlawful_threat since threat36 (round 30):
    # a claimed authority that only presses for the reader's own debt no longer outranks the threat finding.
    "TD11-X027": _SCAM_OVER_THREAT + "a deposit (保证金) demanded to lift a freeze",
    # (TD11-D118, 後果自負 with a deadline, reaches its label unlawful_threat at learn35: the retrained head, trained on
    # this draft, hears it over aggressive at 0.997 — in-sample, no measure of unseen messages)
    "TD11-D127": "a doorstep visit (今天不结清就上门) is lawful pressure by the verdict rule; labelled threat by the drafter",
    "TD11-D143": "利息翻倍 + 下周上门收: excessive fees and a doorstep visit, both pressure by the project's rules; the "
                 "line stays reminder because neither rule fires on these words",
}

THREAT = [
    ('A', '你已经被人报警了，公安那边已经立案，识相的今天把钱还了'),
    ('A', '跟你讲，你被我们公司报案了，派出所都已经受理，别再拖'),
    ('A', '你这样拖着不还已经涉嫌拒不执行裁定罪，警方已经介入，随时会拘留你'),
    ('A', '我们已经报案了，你就是个诈骗犯，警察今晚就到你家'),
    ('A', '法院已经判你败诉了，明天之前不履行就按拒不执行判决罪抓人'),
    ('B', '你早就上了法院黑名单，征信已经黑了，还钱我们才帮你撤掉'),
    ('B', '你已经被列进最高法的老赖黑名单了'),
    ('B', '我们已经走了财产保全，你名下的银行卡和微信余额马上就会被冻结划扣'),
    ('D1', '你写的借条我已经发到你们老乡群了，让大家看清你的真面目'),
    ('D1', '欠款截图都挂在你朋友圈底下了，大家都知道你是个老赖'),
    ('D2', '躲着不见是吧，你爸妈的住址我们早就查到了'),
    ('D2', '那笔钱不还，你老母那边我哋都识去'),
    ('D2', '又换号了？你老婆还在那家超市上班吧'),
    ('D2', '尾款再不给，我们就去找你一家老小'),
    ('D3', '欠的钱一直拖，你这只手还想不想要'),
    ('D4', '利息今天不交，你店里的货砸了可别怪我'),
    ('D4', '那两万再不还，我就把你的摩托车拉走抵账'),
    ('D4', '货款拖着不结，我让你的饭店开不下去'),
    ('D4', '欠我的钱今晚不还，否则就砸了你家的玻璃'),
    ('D5', '会钱一直拖，我们几个今晚就去你家楼下堵你'),
    ('D5', '那笔账拖到现在，我们已经到你老家村里了'),
    ('D5', '数不还清，我们的兄弟明天去你公司找你'),
    ('D6', '钱的事你装死是吧，我已经跟你们村主任讲了'),
    ('D6', '你老公知道你欠了多少网贷吗？要不要我给他打个电话'),
    ('D7', '利息翻倍是道上的规矩，你自己掂量'),
    ('D7', '那笔钱你要是敢赖，这辈子都别想安生'),
    ('D7', '今天见不到那笔钱，不然你自己小心点'),
]

SCAM = [
    ('C', '这里是市检察院，你的银行卡涉嫌洗钱，请加办案人员的QQ配合视频做笔录'),
    ('C', '【XX人民法院】你有一份判决书未签收，回复1查看详情'),
    ('C', '我是公安局民警，你涉嫌一起诈骗案，现在加我微信做远程笔录'),
]

LAWFUL = [
    '您好，您的报案已受理，请留意公安机关的电话回访',
    '你家被盗了？我已经帮你报警了，派出所已经出警，别担心',
    '该男子拒不执行判决，其行为已构成拒不执行判决、裁定罪，法院依法移送公安机关（据报道）',
    '如果判决生效后您仍不履行，法院可依法将您列入失信被执行人名单',
    '你上了法院黑名单吗？要不要我帮你查一下',
    '您申请的财产保全已获准许，被申请人名下银行存款已冻结',
    '律师已经帮你申请了诉前保全，对方名下的账户已冻结',
    '警方提醒：公检法不会通过QQ、微信做视频笔录，遇到请挂断',
    '【12368】您的案件已立案，案号（2026）京0105民初123号，详询12368',
    '聚会的照片已经发到家族群了，大家都看看',
    '借条照片我已经发到你微信了，你收一下',
    '你爸妈的电话我有，周末我们一起去吃饭',
    '你妈还住在老房子吧？过年我去看看她',
    '你这件羽绒服还想不想要了，不要我捐了',
    '搬家师傅说柜子很重，东西砸了别怪他们',
    '逾期后我司将依法处置抵押车辆，请尽快还款',
    '疫情让你的店开不下去了吧，有空聊聊',
    '我们已经在你家楼下了，快下来一起吃饭',
    '我给你们村支书打过电话了，修路的事下周开会',
    '你女朋友生日快到了，要不要我去跟她说说你的心意',
    '这部电影讲道上的规矩，周末一起去看',
    '天冷了，不然你自己小心点别感冒',
]


def test_missed_ids_exist_and_known_are_among_them():
    assert len(MISSED) == 38 and set(MISSED) <= set(ROWS)
    assert all(ROWS[i]["category"] in UNLAWFUL for i in MISSED)
    assert set(KNOWN) <= set(MISSED)


@pytest.mark.parametrize("rid", [known_param(i, i, KNOWN) for i in MISSED])
def test_draft_missed_line_reaches_its_label(analyzer, rid):
    assert analyzer.analyze(ROWS[rid]["text"]).verdict.label == ROWS[rid]["category"]


@pytest.mark.parametrize(("frame", "text"), THREAT, ids=[f"{g}-{i}" for i, (g, _) in enumerate(THREAT)])
def test_paraphrase_threat_is_unlawful_threat(analyzer, frame, text):
    assert analyzer.analyze(text).verdict.label == "unlawful_threat"


@pytest.mark.parametrize(("frame", "text"), SCAM, ids=[f"{g}-{i}" for i, (g, _) in enumerate(SCAM)])
def test_paraphrase_off_channel_authority_is_scam(analyzer, frame, text):
    assert analyzer.analyze(text).verdict.label == "scam"


@pytest.mark.parametrize("text", LAWFUL, ids=[f"twin-{i}" for i in range(len(LAWFUL))])
def test_lawful_twin_is_not_an_alarm(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label not in UNLAWFUL
    assert not any(".td11." in f.rule_id for f in report.findings)
