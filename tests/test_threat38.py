"""threat38: threats with no debt word that a reader hears as "your people will know, we are coming, we hold your data"
(knowledge/data/rules/zz_threat38.toml): the reader's contact list held and to be blasted; a deadline or condition,
then the reader's circle receives their photos or "your matter"; "we" already in the reader's groups plus a lever;
a mock offer to tell a partner, landlord or parent whose number was just found; a crew on its way plus a menace;
the reader's and kin's addresses and numbers "all in our hands" plus a close. Real analyzer calls; the twins (care,
a teacher's or a shop's notice, a wedding, news, an anti-fraud notice, a jest, a lawful step) must stay quiet.
All sentences here were written for this test, not copied from a data file."""
import pytest

from analyzer import analyze

T38 = ("threat.t38.contact_list_held", "threat.t38.circle_after_deadline", "threat.t38.in_your_groups_leverage",
       "threat.t38.mock_offer_to_tell", "threat.t38.crew_on_the_way", "threat.t38.dossier_in_hand")

# Called not_collection on main (2fa1be7's analyzer); unlawful_threat here.
MISSED_ON_MAIN = [
    "你手机通讯录里三百多号人我这边都有，今晚开始一个一个发。",
    "已经导出你的tx录了，明天全员通知。",
    "晚上十点前回电话，否则你们公司同事明天都会收到你的资料。",
    "你那些自拍和身份证照片我们可就要发出去了，明早八点前回话。",
    "你们村群我们已经有人了，要面子的话今晚就处理。",
    "你媳妇的电话我刚拿到，要不要我跟她聊聊你在外面借钱的事？",
    "你房东的微信我刚加上，要不要我帮你告诉他你是什么人？",
    "带了五个兄弟在去你老家的路上，好自为之。",
    "我们在你那个城市也有人，别怪我没提醒你，后果自己想。",
    "你的手持身份证照片现在都在我这里，看着办吧。",
]

# Already a threat on main through an older frame; the new frame hears them too.
ALSO_HEARD = [
    "你的联系人我们标好了，挨个打过去，你等着。",
    "我们的人明天上午去你单位门口坐着，你自己掂量。",
    "你家门牌号、你爸妈的电话我们都有，你能跑到哪去？",
]

QUIET = [
    "【XX银行】如您的手机通讯录被不明App调取，请立即修改权限并报警。",
    "我把你通讯录里的人都拉进群了，周六同学聚会，晚上七点前回个话。",
    "晚上十点前交作业，否则你们班主任和家长都会收到通知。",
    "明天九点前确认出席，不然婚礼的座位表就发到亲戚群里了。",
    "警方通报：催收员王某以“今晚不还钱就把你照片发到同事群里”相威胁，已被刑拘。",
    "防骗提示：有人冒充催收称“再不联系你全家都会知道你的事”，请勿转账，及时报警。",
    "你的照片拍得太好看了，我今晚发到家族群里，大家都会夸你的。",
    "我们已经进你们小区业主群了，今晚八点团购接龙别忘了。",
    "你妈的电话我有，要不要我帮你跟她说一声你今晚加班？",
    "你同学的微信我加上了，要不要我帮你介绍一下这份工作？",
    "兄弟们明天去你家喝酒，你掂量一下准备几个菜。",
    "我们的师傅明天上午上门安装空调，请家中留人。",
    "我们在你那边也有人，有事找他们帮忙就行。",
    "你的收货地址我们有，今晚前给答复要不要改成到付。",
    "哈哈哈你再不回我，我就把你的丑照发到同学群里，开玩笑的。",
    "如您逾期未还，我司将依法提起诉讼，请于今日18点前处理。",
    "你家地址我有，明天带孩子去看你，放心。",
    "你的地址我有，明天去看你，你想好吃什么。",
]

# Main already calls this phone-backup notice a threat (an older rule); the new frames must add nothing to it.
NO_NEW_FINDING = ["您的通讯录已备份至云端，共三百一十二位联系人，换机后可一键恢复。"]


def _t38(text: str) -> list[str]:
    return [f.rule_id for f in analyze(text).findings if f.rule_id in T38]


@pytest.mark.parametrize("text", MISSED_ON_MAIN)
def test_leverage_without_debt_word_is_a_threat(text: str) -> None:
    rep = analyze(text)
    assert rep.verdict.label == "unlawful_threat"
    hits = [f for f in rep.findings if f.rule_id in T38]
    assert hits and all(text[f.start:f.end] == f.excerpt for f in hits)


@pytest.mark.parametrize("text", ALSO_HEARD)
def test_t38_frames_hear_older_threats_too(text: str) -> None:
    assert analyze(text).verdict.label == "unlawful_threat"
    assert _t38(text)


@pytest.mark.parametrize("text", QUIET)
def test_care_notice_news_jest_and_lawful_steps_stay_quiet(text: str) -> None:
    assert not _t38(text)
    assert analyze(text).verdict.label not in ("unlawful_threat", "scam")


@pytest.mark.parametrize("text", NO_NEW_FINDING)
def test_phone_backup_gets_no_t38_finding(text: str) -> None:
    assert not _t38(text)
