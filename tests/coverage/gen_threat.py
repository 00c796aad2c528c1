"""Generate coverage probes for the threat kinds (COV14, area `threat`).

    .venv/bin/python tests/coverage/gen_threat.py   # writes tests/data/probes/cov14_threat.jsonl

Deterministic (seeded), no network. Positives are built from slots — debt context, actor, modality, verb,
object/target, place/channel — in several word orders (plain SVO, 把-construction, 被-passive, topicalised object,
verb-first imperative, rhetorical 信不信/你试试), with spoken particles and masks. The lexical variants come from
linguistic knowledge and from the opened real texts (/work/shared/eval, tests/data/fresh except r5/r6), never from
the rules' patterns. Negatives use the same slots under negation, anti-scam warnings, lawful future steps, third-person
news wording, the borrower asking, and ordinary notices.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "probes" / "cov14_threat.jsonl"
SEED = 14
PER_TEMPLATE = 40  # at most this many probes drawn from one template's slot product

# ---------------------------------------------------------------- shared slots
MASK = ["张某某", "XXX", "***", "李某", "王**", "{name}", "刘XX", "陈某"]
CTX = [  # debt context the message opens with
    "你欠的钱再拖，", "{mask}，你在XX平台的借款已逾期{n}天，", "欠款{n}元今天不处理，", "{mask}你好，你的贷款已严重逾期，",
    "你借的钱到现在还不还，", "{mask}，欠债还钱天经地义，", "逾期{n}天了还装死，", "你在我们这借的{n}块钱，",
    "{mask}，你的欠款今天必须结清，", "电话不接信息不回，欠款也不还，", "你这笔网贷拖了{n}天了，", "",
]
ACTOR = ["我们", "我司", "催收员", "本公司", "我", "咱们", "公司", "法务部", "外访组", "我方", "我们的人", "催收部"]
PART = ["", "", "", "啊", "哈", "呢", "了", "吧", "!", "。"]
COND = ["再不还就", "如果今天不还，{actor}就", "不还的话{actor}就", "再拖一天，{actor}就", "今晚12点前不到账，{actor}就",
        "否则{actor}", "要是还不处理，{actor}就"]
MOD_FUT = ["将", "会", "马上", "立即", "今天就", "明天就", "准备", "打算", "要", "下午就", "随时"]
MOD_DONE = ["已经", "已", "正在", "现在就", "刚刚已经"]
NUM = ["3", "15", "47", "120", "2000", "8600"]


def fill(rng: random.Random, s: str) -> str:
    while "{mask}" in s:
        s = s.replace("{mask}", rng.choice(MASK), 1)
    while "{n}" in s:
        s = s.replace("{n}", rng.choice(NUM), 1)
    while "{actor}" in s:
        s = s.replace("{actor}", rng.choice(ACTOR), 1)
    return s


def lead(rng: random.Random, kind_done: bool = False, allow_done: bool = True) -> tuple[str, str, str]:
    """A debt context, and an actor+modality head: '我们将' / '再不还就' / '否则我司' …"""
    ctx = fill(rng, rng.choice(CTX))
    r = rng.random()
    if r < 0.45:
        head = rng.choice(ACTOR) + rng.choice(MOD_DONE if kind_done else MOD_FUT)
        slot = "actor+mod"
    elif r < 0.8:
        head = fill(rng, rng.choice(COND))
        slot = "cond"
    elif allow_done:
        head = rng.choice(ACTOR) + rng.choice(MOD_DONE)
        slot = "actor+done"
    else:
        head = rng.choice(ACTOR) + rng.choice(MOD_FUT)
        slot = "actor+mod"
    return ctx, head, slot


def end(rng: random.Random) -> str:
    p = rng.choice(PART)
    if p in ("!", "。"):
        return p
    return p + rng.choice(["", "!", "。", "!!"])


# ---------------------------------------------------------------- kinds
INFO = ["你的照片", "你的身份证", "你的欠款信息", "你的个人信息", "你的欠款记录", "你借钱不还的事", "你的借条", "你的资料",
        "你的头像", "你的身份证照片", "你的手持照", "你的丑事", "你欠钱的事", "你的聊天记录", "你的家庭住址"]
PUB = ["朋友圈", "抖音", "快手", "网上", "微博", "你们村的微信群", "你们小区业主群", "你们单位门口", "你老家村口",
       "户籍地", "贴吧", "你们小区门口", "你公司楼下", "各大平台", "老赖曝光台", "你们公司群", "村委会公告栏", "电线杆上"]
PUB_VERB = ["发到", "挂到", "贴到", "传到", "晒到", "放到", "公布在", "张贴在", "散布到", "扩散到", "贴满", "发在", "挂在", "po到", "转发到"]
EXPOSE_YOU = ["曝光", "公开", "公示", "全网曝光", "人肉", "曝光一下", "挂", "晒"]  # {v}你
EXPOSE_BA = ["曝光", "公开", "公示", "挂网", "人肉", "公之于众", "挂出来", "晒出来", "全网曝光"]  # 把你{v}
EXPOSE_INFO = ["曝光", "公开", "公示", "曝光一下", "挂出", "晒出", "公布", "放出", "全网公开"]  # {v}你的照片
AUD = ["全村人", "所有人", "你身边的人", "你们小区的人", "你的同事", "你的亲戚朋友", "街坊邻居", "大家", "你全家",
       "你老家的人", "全公司", "你通讯录里的人"]
AUD_VERB = ["都知道你欠钱不还", "看看你是什么人", "都知道你是老赖", "认清你的真面目", "都看看你的嘴脸", "知道你是个骗子",
            "都知道你借钱不还"]

TP_TARGET = ["你家人", "你父母", "你老婆", "你老公", "你孩子", "你爸妈", "你的紧急联系人", "你通讯录里的人", "你的亲朋好友",
             "你单位领导", "你同事", "你们老板", "你们公司HR", "你的朋友", "你们村委会", "你们村支书", "你的邻居", "你同学",
             "你女朋友", "你家里人", "你的联系人", "你媳妇", "你老妈", "你们领导", "你兄弟姐妹"]
TP_VERB = ["联系", "通知", "告诉", "告知", "打电话给", "打给", "找", "挨个打电话给", "发短信给", "一个个打给", "问问",
           "通报", "轰炸", "电话通知", "联系一下"]
TP_DEBT = ["你欠钱的事", "你欠款的事", "你的欠款情况", "你借钱不还的事", "你逾期的事"]
TP_ASK = ["要钱", "还钱", "要账", "替你还", "帮你还"]

DOOR_PLACE = ["你家", "你家里", "你老家", "你单位", "你公司", "你户籍地", "你父母家", "你住的小区", "你店里", "你学校",
              "你家门口", "你家楼下", "你们村里", "你上班的地方", "你租的房子"]
DOOR_VERB = ["上门", "登门", "找上门", "上门催收", "上门拜访", "上门找你", "上门堵你", "上门要债", "上门走访"]
DOOR_GO = ["去", "到", "派人去", "带人去", "安排人去", "找几个人去", "亲自去", "天天去"]
DOOR_DO = ["找你", "堵你", "蹲你", "坐坐", "等你", "要钱", "要账", "讨债", "守着", "找你谈谈", "堵门"]

HARM = ["打断你的腿", "弄死你", "收拾你", "废了你", "砍你", "让你躺着出去", "让你见血", "卸你一条胳膊", "让你住院", "揍你一顿",
        "找人弄你", "让你好看", "让你吃不了兜着走", "打残你", "把你家砸了", "砸了你的店", "烧了你的房子", "往你家泼油漆",
        "找几个兄弟招呼你", "让你残废", "让你横着出去", "把你腿打折", "给你放放血", "让你后半辈子坐轮椅", "让你脑袋开花"]
HARM_PASSIVE = ["打断腿", "收拾", "废了", "砍", "揍一顿", "打残", "卸一条胳膊", "砸了家", "抬着出去"]
HARM_REL_ACT = ["对你家人不客气", "对你孩子下手", "对你老婆动手", "找你爸妈麻烦", "让你家里人出点事", "动你家人"]
HARM_REL = ["你老婆孩子出门小心点", "你孩子放学路上注意点", "你家里人别想安生", "你爸妈出门最好小心点",
            "你全家都别想好过", "你孩子在哪上学我们都知道", "你老婆上下班路上小心"]

CRIME = ["诈骗", "贷款诈骗", "合同诈骗", "信用卡诈骗", "恶意透支", "骗贷", "非法占有", "金融诈骗"]
POLICE = ["公安机关", "派出所", "经侦", "警方", "公安局", "警察", "当地派出所", "经侦大队"]
POL_ACT = ["抓你", "上门抓人", "拘留你", "把你带走", "传唤你", "抓捕你", "刑拘你", "对你采取强制措施"]
JAIL = ["等着坐牢吧", "准备吃牢饭吧", "等着进局子", "你就等着蹲大牢", "准备去号子里过年", "等着被抓吧", "等着戴手铐吧"]

LEGAL_DONE = ["起诉你了", "对你提起诉讼了", "在法院给你立案了", "申请冻结你的银行卡了", "把你报上失信名单了",
              "申请强制执行了", "申请财产保全了", "查封你名下财产了", "冻结你的微信和支付宝了", "把你列为被执行人了",
              "申请限制你高消费了", "把传票寄到你户籍地了"]
LEGAL_PASSIVE = ["起诉", "立案", "冻结银行账户", "列入失信被执行人名单", "强制执行", "限制高消费", "查封名下财产",
                 "冻结名下资产", "正式立案起诉", "申请财产保全", "列为被执行人", "限制出行"]
LEGAL_OBJ = ["你的案子", "你的案件", "你这笔欠款", "你欠款一案", "本案"]
LEGAL_STATE = ["法院已经立案", "已正式立案", "已进入强制执行程序", "已移交法院执行", "已下达判决", "法院传票已发出",
               "已进入执行阶段", "已被法院受理并立案"]
ACCT = ["你名下的银行卡", "你的微信", "你的支付宝", "你的工资卡", "你名下所有账户", "你的房子", "你的车", "你的社保卡"]
FREEZE = ["冻结", "查封", "扣押", "划扣", "封停"]

INSULT_N = ["老赖", "废物", "垃圾", "骗子", "无赖", "赖皮", "人渣", "畜生", "败类", "狗东西", "白眼狼", "怂包", "窝囊废",
            "贱货", "死赖皮", "寄生虫"]
INSULT_FRAME = ["你这个{n}", "你个{n}", "你就是个{n}", "你真是个{n}", "你这种{n}", "{n}，还钱", "你这{n}", "欠钱不还的{n}"]
INSULT_PHRASE = ["不要脸", "你还要不要脸", "脸都不要了", "你还是人吗", "你算什么东西", "你活着有什么用", "丢人现眼",
                 "猪狗不如", "你妈没教你欠债还钱吗", "你全家都是老赖", "臭不要脸的", "你是不是人", "没脸没皮"]


def positives(rng: random.Random) -> list[dict]:
    rows: list[dict] = []

    def add(kind: str, template: str, gen, n: int = PER_TEMPLATE):
        seen = set()
        for _ in range(n * 6):
            if len(seen) >= n:
                break
            text, slots = gen()
            if text in seen:
                continue
            seen.add(text)
            rows.append({"kind": kind, "text": text, "notes": f"generated: {kind} / {template} / {slots}"})

    # ---- exposure
    def ex_ba():
        c, h, s = lead(rng)
        i, v, p = rng.choice(INFO), rng.choice(PUB_VERB), rng.choice(PUB)
        return f"{c}{h}把{i}{v}{p}{end(rng)}", f"{s}+把+{v}"
    def ex_passive():
        c = fill(rng, rng.choice(CTX))
        i, v, p = rng.choice(INFO), rng.choice(PUB_VERB), rng.choice(PUB)
        m = rng.choice(["会被", "马上就会被", "已经被", "明天就被", "将被"])
        return f"{c}{i}{m}{v}{p}{end(rng)}", f"passive+{m}+{v}"
    def ex_topic():
        c = fill(rng, rng.choice(CTX))
        h, s = rng.choice(ACTOR) + rng.choice(MOD_FUT + MOD_DONE), "actor+mod"
        i, v, p = rng.choice(INFO), rng.choice(PUB_VERB), rng.choice(PUB)
        return f"{c}{i}，{h}{v}{p}{end(rng)}", f"topic+{s}+{v}"
    def ex_verb_you():
        c, h, s = lead(rng)
        p = rng.choice(PUB)
        form = rng.choice(["在{p}{v}你", "{v}你", "把你{v}", "给你在{p}{v}", "把你{v2}到{p}上"])
        v = rng.choice(EXPOSE_YOU if form.endswith("你") else EXPOSE_BA)
        form = form.replace("{v2}", rng.choice(["挂", "贴", "发", "晒", "曝光"]))
        return c + h + form.format(p=p, v=v) + end(rng), f"{s}+{form}+{v}"
    def ex_info_verb():
        c, h, s = lead(rng)
        v, i = rng.choice(EXPOSE_INFO), rng.choice(INFO)
        return f"{c}{h}{v}{i}{end(rng)}", f"{s}+verb+info+{v}"
    def ex_audience():
        c, h, s = lead(rng)
        a, v = rng.choice(AUD), rng.choice(AUD_VERB)
        form = rng.choice(["让{a}{v}", "叫{a}{v}", "让{a}都来{v2}"])
        return c + h + form.format(a=a, v=v, v2="看看你是什么人") + end(rng), f"{s}+让+audience"
    def ex_rhet():
        c = fill(rng, rng.choice(CTX))
        i, v, p = rng.choice(INFO), rng.choice(PUB_VERB), rng.choice(PUB)
        q = rng.choice(["信不信我把{i}{v}{p}", "你试试，看我不把{i}{v}{p}", "你再躲试试，{i}马上{v}{p}", "不想{i}被{v}{p}就赶紧还"])
        return c + q.format(i=i, v=v, p=p) + rng.choice(["?", "!", "。"]), "rhetorical"
    def ex_poster():
        c, h, s = lead(rng)
        p = rng.choice(["你家门口", "你们村口", "你单位楼下", "你们小区", "你老家", "你公司大门"])
        d = rng.choice(["贴大字报", "拉横幅", "贴满你的照片", "发传单", "贴寻人启事", "挂横幅", "贴告示", "张贴你的欠款信息"])
        form = rng.choice(["去{p}{d}", "在{p}{d}", "到{p}{d}"])
        return c + h + form.format(p=p, d=d) + end(rng), f"{s}+place+{d}"
    def ex_mass():
        c, h, s = lead(rng)
        d = rng.choice(["群发通讯录", "爆你通讯录", "把你的欠款信息群发给所有联系人", "群发你的照片给你所有好友", "给你通讯录每个人发你的照片",
                        "在朋友圈公开你欠钱的事", "把你的事发到所有群里"])
        return c + h + d + end(rng), f"{s}+mass"
    for t, g in [("ba", ex_ba), ("passive", ex_passive), ("topic", ex_topic), ("verb_you", ex_verb_you),
                 ("info_verb", ex_info_verb), ("audience", ex_audience), ("rhet", ex_rhet), ("poster", ex_poster),
                 ("mass", ex_mass)]:
        add("exposure_threat", t, g)

    # ---- third party contact
    def tp_verb():
        c, h, s = lead(rng)
        v, t = rng.choice(TP_VERB), rng.choice(TP_TARGET)
        return f"{c}{h}{v}{t}{end(rng)}", f"{s}+{v}+target"
    def tp_tell():
        c, h, s = lead(rng)
        d, t = rng.choice(TP_DEBT), rng.choice(TP_TARGET)
        form = rng.choice(["把{d}告诉{t}", "把{d}通知{t}", "跟{t}说{d}", "让{t}知道{d}", "把{d}发给{t}", "给{t}讲讲{d}"])
        return c + h + form.format(d=d, t=t) + end(rng), f"{s}+{form[:4]}"
    def tp_call():
        c, h, s = lead(rng)
        t = rng.choice(TP_TARGET)
        form = rng.choice(["给{t}打电话", "给{t}发短信", "给{t}挨个打电话", "去找{t}", "给{t}打个电话聊聊", "打爆{t}的电话"])
        return c + h + form.format(t=t) + end(rng), f"{s}+给+target+call"
    def tp_ask():
        c, h, s = lead(rng)
        t = rng.choice(TP_TARGET)
        form = rng.choice(["找{t}{a}", "让{t}{b}", "去找{t}{a}", "直接找{t}{a}", "叫{t}{b}"])
        a, b = rng.choice(TP_ASK[:3]), rng.choice(TP_ASK[3:])
        return c + h + form.format(t=t, a=a, b=b) + end(rng), f"{s}+找/让+target+ask"
    def tp_topic():
        c = fill(rng, rng.choice(CTX))
        t = rng.choice(TP_TARGET)
        m = rng.choice(["我们会去通知", "我们马上联系", "我已经打过电话了", "我们明天就去找", "我司将逐一告知"])
        return f"{c}{t}那边，{m}{end(rng)}", "topic+target"
    def tp_passive():
        c = fill(rng, rng.choice(CTX))
        d, t = rng.choice(TP_DEBT), rng.choice(TP_TARGET)
        m = rng.choice(["马上会被通知到", "将会通报给", "已经被告知给", "会传到"])
        return f"{c}{d}{m}{t}{end(rng)}", f"passive+{m}"
    def tp_rhet():
        c = fill(rng, rng.choice(CTX))
        t = rng.choice(TP_TARGET)
        q = rng.choice(["信不信我打电话给{t}", "你试试，看我找不找{t}", "想让{t}知道你欠钱吗", "要不要我帮你告诉{t}"])
        return c + q.format(t=t) + rng.choice(["?", "!", "。"]), "rhetorical"
    for t, g in [("verb", tp_verb), ("tell", tp_tell), ("call", tp_call), ("ask", tp_ask), ("topic", tp_topic),
                 ("passive", tp_passive), ("rhet", tp_rhet)]:
        add("third_party_contact", t, g)

    # ---- doorstep visit (intimidation at the door)
    def dv_go():
        c, h, s = lead(rng)
        g, p, d = rng.choice(DOOR_GO), rng.choice(DOOR_PLACE), rng.choice(DOOR_DO)
        return f"{c}{h}{g}{p}{d}{end(rng)}", f"{s}+{g}+place+{d}"
    def dv_up():
        c, h, s = lead(rng)
        v = rng.choice(DOOR_VERB)
        p = rng.choice(["", "到" + rng.choice(DOOR_PLACE), "去" + rng.choice(DOOR_PLACE)])
        form = rng.choice(["{p}{v}", "派人{p}{v}", "安排外访人员{p}{v}", "带几个兄弟{p}{v}", "直接{v}"])
        return c + h + form.format(p=p, v=v) + end(rng), f"{s}+{v}"
    def dv_wait():
        c = fill(rng, rng.choice(CTX))
        p = rng.choice(DOOR_PLACE)
        form = rng.choice(["我们的人已经在{p}等你了", "我就在{p}，你出来", "外访组已经到{p}了", "我们现在就在{p}蹲着",
                           "人已经到{p}了，你看着办", "兄弟们已经在{p}守着了"])
        return c + form.format(p=p) + end(rng), "done+at_place"
    def dv_rhet():
        c = fill(rng, rng.choice(CTX))
        p = rng.choice(DOOR_PLACE)
        q = rng.choice(["信不信我明天就去{p}找你", "你试试，看我们上不上门", "是不是要我们去{p}坐坐你才还",
                        "要不要我们明天去{p}坐坐"])
        return c + q.format(p=p) + rng.choice(["?", "!", "。"]), "rhetorical"
    for t, g in [("go", dv_go), ("up", dv_up), ("wait", dv_wait), ("rhet", dv_rhet)]:
        add("doorstep_visit_threat", t, g, 60)

    # ---- violence
    def vi_harm():
        c, h, s = lead(rng, allow_done=False)
        return f"{c}{h}{rng.choice(HARM)}{end(rng)}", f"{s}+harm"
    def vi_rhet():
        c = fill(rng, rng.choice(CTX))
        hm = rng.choice(HARM)
        q = rng.choice(["信不信我{h}", "你试试，看我不{h}", "你再不还试试，看我{h}", "不想被人{h2}就赶紧还", "老子{h}"])
        return c + q.format(h=hm, h2=rng.choice(HARM_PASSIVE)) + rng.choice(["?", "!", "。"]), "rhetorical"
    def vi_rel():
        c = fill(rng, rng.choice(CTX))
        if rng.random() < 0.5:
            return c + fill(rng, rng.choice(COND)) + rng.choice(HARM_REL_ACT) + end(rng), "cond+relative"
        return c + rng.choice(HARM_REL) + end(rng), "relative"
    def vi_find():
        c = fill(rng, rng.choice(CTX))
        a = rng.choice(["找人", "叫几个兄弟", "带人", "派人"])
        hm = rng.choice([h for h in HARM if not h.startswith("找")])
        return f"{c}{rng.choice(ACTOR)}{rng.choice(MOD_FUT)}{a}{hm}{end(rng)}", "actor+mod+找人+harm"
    def vi_where():  # veiled: we know where you live (threat.violence.veiled's taxonomy)
        c = fill(rng, rng.choice(CTX))
        p = rng.choice(DOOR_PLACE)
        q = rng.choice(["你躲得了初一躲不了十五，{p}我们知道在哪", "{p}在哪我们一清二楚", "别以为我们不知道{p}在哪",
                        "{p}的地址我们已经查到了，你看着办"])
        return c + q.format(p=p) + rng.choice(["?", "!", "。"]), "where"
    for t, g in [("harm", vi_harm), ("rhet", vi_rhet), ("rel", vi_rel), ("find", vi_find), ("where", vi_where)]:
        add("violence_threat", t, g, 60)

    # ---- false criminal threat
    def fc_suspect():
        c = fill(rng, rng.choice(CTX))
        cr = rng.choice(CRIME)
        form = rng.choice(["你已涉嫌{c}", "你已经涉嫌{c}罪", "你这是{c}，已经构成犯罪", "你的行为已构成{c}", "你已经触犯刑法，涉嫌{c}",
                           "你这属于{c}，是刑事犯罪", "你已被认定为{c}"])
        return c + form.format(c=cr) + end(rng), f"suspect+{form[:5]}"
    def fc_report():
        c, h, s = lead(rng)
        form = rng.choice(["向{p}报案", "报警抓你", "把你移交{p}", "把案子移交{p}处理", "向{p}举报你{c}", "去{p}告你{c}", "到{p}立案"])
        return c + h + form.format(p=rng.choice(POLICE), c=rng.choice(CRIME)) + end(rng), f"{s}+{form[:4]}"
    def fc_police():
        c = fill(rng, rng.choice(CTX))
        p = rng.choice(POLICE)
        m = rng.choice(MOD_FUT + MOD_DONE)
        return f"{c}{p}{m}{rng.choice(POL_ACT)}{end(rng)}", f"police+{m}+act"
    def fc_jail():
        c = fill(rng, rng.choice(CTX))
        return c + rng.choice(JAIL) + end(rng), "jail"
    def fc_done():
        c = fill(rng, rng.choice(CTX))
        form = rng.choice(["案件已移交{p}", "你的信息已上报{p}", "{p}已经立案侦查", "你已被{p}列为犯罪嫌疑人", "{p}已对你立案",
                           "你的资料已推送至{p}", "你已被{p}网上追逃"])
        return c + form.format(p=rng.choice(POLICE)) + end(rng), f"done+{form[:4]}"
    def fc_resp():
        c, h, s = lead(rng)
        form = rng.choice(["追究你的刑事责任", "让你承担刑事责任", "以{c}罪追究你", "按{c}处理"])
        return c + h + form.format(c=rng.choice(CRIME)) + end(rng), f"{s}+刑事责任"
    for t, g in [("suspect", fc_suspect), ("report", fc_report), ("police", fc_police), ("jail", fc_jail),
                 ("done", fc_done), ("resp", fc_resp)]:
        add("false_criminal_threat", t, g, 50)

    # ---- fake legal process (announced as done, nothing verifiable)
    def fl_actor():
        c = fill(rng, rng.choice(CTX))
        a = rng.choice(["我们", "我司", "公司", "法务部", "我方", "律所"])
        m = rng.choice(["已经", "已", "今天已经", "刚刚", "现已"])
        return f"{c}{a}{m}{rng.choice(LEGAL_DONE)}{end(rng)}", f"actor+{m}+legal"
    def fl_passive():
        c = fill(rng, rng.choice(CTX))
        m = rng.choice(["你已被", "你已经被", "您已被", "你现已被", "你今天已被"])
        return f"{c}{m}{rng.choice(LEGAL_PASSIVE)}{end(rng)}", f"passive+{m}"
    def fl_case():
        c = fill(rng, rng.choice(CTX))
        return f"{c}{rng.choice(LEGAL_OBJ)}{rng.choice(LEGAL_STATE)}{end(rng)}", "case+state"
    def fl_freeze():
        c = fill(rng, rng.choice(CTX))
        a, f = rng.choice(ACCT), rng.choice(FREEZE)
        form = rng.choice(["{a}已被{f}", "{a}已经被法院{f}", "{a}已{f}", "法院已{f}{a}", "{a}现已被依法{f}"])
        return c + form.format(a=a, f=f) + end(rng), f"freeze+{form[:4]}"
    def fl_summons():
        c = fill(rng, rng.choice(CTX))
        form = rng.choice(["法院传票已寄到你户籍地", "你的传票已经下来了", "开庭通知已下发", "你已被判决败诉", "判决书已下达",
                           "执行局已经受理", "你已上了失信名单", "你已被限高"])
        return c + form + end(rng), "summons"
    for t, g in [("actor", fl_actor), ("passive", fl_passive), ("case", fl_case), ("freeze", fl_freeze),
                 ("summons", fl_summons)]:
        add("fake_legal_process", t, g, 50)

    # ---- insult
    def in_noun():
        c = fill(rng, rng.choice(CTX))
        fr = rng.choice(INSULT_FRAME)
        return c + fr.format(n=rng.choice(INSULT_N)) + end(rng), f"frame:{fr}"
    def in_phrase():
        c = fill(rng, rng.choice(CTX))
        return c + rng.choice(INSULT_PHRASE) + "，" + rng.choice(["欠钱不还", "还钱", "借钱不还", "赶紧还钱"]) + end(rng), "phrase"
    def in_combo():
        c = fill(rng, rng.choice(CTX))
        return c + rng.choice(INSULT_PHRASE) + "，" + rng.choice(INSULT_FRAME).format(n=rng.choice(INSULT_N)) + end(rng), "combo"
    for t, g in [("noun", in_noun), ("phrase", in_phrase), ("combo", in_combo)]:
        add("insult", t, g, 60)

    # verb-first / imperative orders (等着…吧, 准备好…, 开门) for every kind: added after batch 4 and measured once before
    # any change made for them (COV14_threat.md, batch 5)
    irng = random.Random(SEED + 100)  # its own stream, so the earlier probes (and their ids) stay as they were

    def imp(kind, forms):
        def g():
            c = fill(irng, irng.choice(CTX[:-1]))
            k = irng.randrange(len(forms))
            f = forms[k].replace("{i}", irng.choice(INFO)).replace("{p}", irng.choice(PUB)).replace("{v}", irng.choice(PUB_VERB))
            f = f.replace("{t}", irng.choice(TP_TARGET)).replace("{d}", irng.choice(DOOR_PLACE))
            return c + f + irng.choice(["", "!", "。", "吧!"]), f"imperative:{k}"
        add(kind, "imperative", g, 30)
    imp("exposure_threat", ["等着{i}被{v}{p}吧", "准备好在{p}出名吧", "等着全网出名吧", "等着{p}都是你的照片吧", "就等着被曝光吧"])
    imp("doorstep_visit_threat", ["等着我们上门吧", "在家等着，我们明天就上门", "开门，我们就在{d}", "准备好茶水，我们明天去{d}堵你",
                                  "把门开着，外访组下午到{d}"])
    imp("third_party_contact", ["等着{t}接我们电话吧", "让{t}准备好接电话", "等着{t}知道你欠钱吧", "回头问问{t}我们打过电话没有"])
    imp("violence_threat", ["等着挨揍吧", "晚上走路小心点", "出门记得看看身后", "准备好医药费吧", "洗干净脖子等着"])
    imp("false_criminal_threat", ["等着警察上门吧", "去派出所自首吧", "准备好蹲号子吧", "等着被刑拘吧", "等着经侦找你吧"])
    imp("fake_legal_process", ["自己去查吧，你已经被起诉了", "别装了，法院已经立案了", "去看看你的微信，已经被冻结了", "认命吧，你已经上失信名单了",
                               "别挣扎了，你的工资卡已被冻结"])
    imp("insult", ["滚出来还钱，废物", "给老子还钱，不要脸的东西", "还钱啊，你这个无赖", "赶紧还，丢人现眼的玩意", "装死是吧，狗东西"])
    return rows


# ---------------------------------------------------------------- negatives
def negatives(rng: random.Random) -> list[dict]:
    rows: list[dict] = []

    def add(cat: str, template: str, texts: list[str], n: int = PER_TEMPLATE):
        texts = list(dict.fromkeys(texts))
        rng.shuffle(texts)
        for t in texts[:n]:
            rows.append({"category": cat, "text": t, "notes": f"generated: negative / {template}"})

    neg_sub = ["我们", "我司", "本公司", "催收员", "我们的工作人员"]
    neg_mod = ["不会", "绝不会", "从不", "绝对不会", "不得"]
    acts = [f"{v}{t}" for v in ["联系", "通知", "打扰"] for t in ["您的家人", "您的同事", "您的紧急联系人", "您单位领导", "您的亲友"]] + \
           [f"把您的{i}{v}{p}" for i in ["照片", "个人信息", "欠款信息"] for v in ["发到", "公开在"] for p in ["网上", "朋友圈"]] + \
           ["上门催收", "上门打扰", "去您单位找您", "曝光您的信息", "向第三方透露您的欠款"]
    add("reminder", "negation", [f"您的账单已逾期，请尽快还款。{s}{m}{a}，请放心。" for s in neg_sub for m in neg_mod for a in acts], 80)

    warn = ["谨防有人冒充催收说要{x}，凡是这么说的都是诈骗。", "凡是声称要{x}的都是骗子，请勿相信。",
            "警惕不法分子以“{x}”相威胁索要钱财，如遇此类情况请报警。", "请勿相信陌生人说要{x}的电话，谨防诈骗。",
            "反诈提醒：冒充网贷平台、声称“已立案”“要{x}”的都是骗局。"]
    xs = ["曝光你的照片", "联系你的家人", "上门抓人", "冻结你的银行卡", "起诉你", "移交公安", "通知你单位领导", "群发通讯录"]
    add("not_collection", "anti_scam", [w.format(x=x) for w in warn for x in xs], 40)

    lawful = ["如您仍未还款，我司将依法提起诉讼，由此产生的费用由您承担。", "逾期不还，我司可能将您的逾期信息上报征信系统。",
              "若{n}日内仍未处理，我司将委托律师事务所依法向法院起诉。", "如继续逾期，我们将通过法律途径解决，请您慎重考虑。",
              "您的借款已逾期{n}天，逾期记录可能影响您的个人征信，请尽快还款。", "若仍不还款，我司保留依法追诉的权利。",
              "如拒不还款，平台有权依据合同约定申请仲裁或提起诉讼。", "请于本月{n}日前还款，否则我们将按合同约定采取法律措施。",
              "逾期不处理，案件可能会转交委外机构协商处理，请您及时还款。", "如果您今天不还，我们将依法通过诉讼方式追偿。",
              "您的账户已逾期，如需协商还款方案请拨打官方客服电话。", "我司将依法维护自身权益，必要时提起民事诉讼。"]
    add("reminder", "lawful_future", [fill(rng, fill(rng, c) + l) for c in CTX[1:6] for l in lawful for _ in range(2)], 80)

    news = ["某催收公司因{x}被查处，多名员工被刑拘。", "警方破获一起暴力催收案，嫌疑人曾{x}。", "记者调查：部分网贷平台催收人员{x}，已被监管约谈。",
            "法院审结一起案件：催收员因{x}被判寻衅滋事罪。", "银保监会通报：某机构外包催收{x}，被罚款50万元。"]
    nx = ["威胁曝光借款人照片", "群发借款人通讯录", "上门骚扰借款人家属", "辱骂借款人", "冒充公安恐吓借款人", "伪造法院传票",
          "扬言要打断借款人的腿", "联系借款人单位领导"]
    add("not_collection", "news", [n.format(x=x) for n in news for x in nx], 60)

    ask = ["你们会不会上门？", "你们会联系我家人吗？", "我听说你们会曝光借款人照片，是真的吗？", "请问你们会不会起诉我？",
           "逾期了你们会打电话给我单位吗？", "我朋友说你们会爆通讯录，我有点担心。", "如果我晚几天还，你们会不会找我父母？",
           "你们是不是要去我老家？我可以先还一部分。", "我想问下，逾期会被冻结银行卡吗？", "会不会被列入失信名单啊？"]
    add("not_collection", "borrower_asks", ask, 20)

    ordinary = ["物业通知：明天上午工作人员将上门维修水管，请家中留人。", "快递员将于今天下午上门取件，请保持电话畅通。",
                "社区网格员将于本周上门走访，登记独居老人信息。", "【燃气公司】我司工作人员将上门进行安全检查，请核对工牌。",
                "家长您好，班主任将于周六家访，请提前安排时间。", "宽带师傅明天上午上门安装，请家里留人。",
                "周末来我家坐坐吧，我妈包了饺子。", "我明天去你单位找你吃午饭哈。", "我已经把照片发到朋友圈了，大家都说好看！",
                "你把我们的合照发到群里吧，让大家都看看。", "孩子发烧了，我已经通知你老公了，你别担心。",
                "今晚的聚会我已经告诉你同事了，七点老地方见。", "快递已放在你家门口，请及时取件。",
                "小区将在公告栏公示本月物业费收支情况。", "居委会将上门统计人口普查信息，请配合。",
                "你这个小坏蛋，又把我的零食吃光了哈哈。", "打死我也不吃香菜了哈哈哈。", "老板说明天要收拾一下仓库，大家早点到。",
                "法院公告：本院已受理张某诉李某买卖合同纠纷一案，案号（2026）京0105民初1234号。",
                "我们准备起诉开发商延期交房，业主们可以在群里报名。"]
    add("not_collection", "ordinary", ordinary, 40)

    # the same place/target slots in friendly or debtor-side talk (added after batch 2, to test the new frames' edges)
    places = ["你家", "你店里", "你单位", "你公司楼下", "你家楼下", "你老家", "你学校", "你住的小区"]
    friendly = []
    for p in places:
        friendly += [f"周末我去{p}找你玩吧。", f"我已经到{p}了，下来一起吃饭。", f"要不要我们明天去{p}坐坐？给你带点水果。",
                     f"欠你的钱我明天去{p}找你还上。", f"我明天去{p}找你，把借你的钱还了。", f"我们就在{p}等你，生日快乐！"]
    for t in ["你妈", "你老婆", "你们领导", "你同事", "你女朋友"]:
        friendly += [f"请假的事我跟{t}说了，你放心。", f"要不要我帮你告诉{t}你今晚加班？", f"{t}那边我已经打过电话了，聚餐改到周六。"]
    friendly += ["你的照片我发到朋友圈了，大家都说好看！", "让大家看看你是什么人才，下周的演讲加油！",
                 "把你的获奖照片挂到学校公告栏了，恭喜！", "借你的钱我下周还，别让你爸妈知道我借过钱哈。"]
    add("not_collection", "friendly_same_slots", friendly, 80)
    return rows


def main() -> None:
    import sys
    # optional: another seed and output path, to see whether the frames hold on combinations not drawn with seed 14
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else SEED
    out_path = Path(sys.argv[2]) if len(sys.argv) > 2 else OUT
    rng = random.Random(seed)
    out = []
    abbr = {"exposure_threat": "ex", "third_party_contact": "tp", "doorstep_visit_threat": "dv", "violence_threat": "vi",
            "false_criminal_threat": "fc", "fake_legal_process": "fl", "insult": "in"}
    counters: dict[str, int] = {}
    for r in positives(rng):
        k = abbr[r["kind"]]
        counters[k] = counters.get(k, 0) + 1
        out.append({"id": f"c14t_{k}{counters[k]:03d}", "text": r["text"], "category": "unlawful_threat",
                    "flags": [r["kind"]], "notes": r["notes"]})
    for i, r in enumerate(negatives(rng), 1):
        out.append({"id": f"c14t_neg{i:03d}", "text": r["text"], "category": r["category"], "flags": [], "notes": r["notes"]})
    seen = set()
    with open(out_path, "w", encoding="utf-8") as f:
        for r in out:
            if r["text"] in seen:
                continue
            seen.add(r["text"])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(seen)} probes to {out_path}")


if __name__ == "__main__":
    main()
