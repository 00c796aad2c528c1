"""Coverage grammar for the `press` area (COV14P): lawful-but-heavy pressure (urgency_pressure), fee demands
(excessive_fees) and the scam kinds (impersonation, personal_account_payment, app_download,
verification_code_request, suspicious_link, and phishing / 解冻金 / 征信修复 / 注销校园贷 / 屏幕共享 messages with no
debt words), plus negatives built from the same slots.

    .venv/bin/python tests/coverage/gen_press.py            # writes tests/data/probes/cov14_press.jsonl
    .venv/bin/python tests/coverage/gen_press.py --measure  # also prints per-family / per-kind coverage

The slots were written from linguistic knowledge of how collectors and scammers word these acts and from the
opened, non-sealed texts the project holds (/work/shared/eval/dev.jsonl, tests/data/probes/td9_*_draft.jsonl,
press6_probes.jsonl), not from any rule's pattern. Deterministic: seeded, no network.

Each row: {"id", "text", "category", "flags", "notes": "generated: <family>|<slot=value>..."}.
Positive rows carry the kind they must get in `flags` (flags[0] is the kind the test checks); negatives have
category reminder / not_collection and no flags: they must get no scam and no unlawful-threat finding.
"""
from __future__ import annotations

import itertools
import json
import random
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "probes" / "cov14_press.jsonl"
SEED = 14

# ----------------------------------------------------------------------------------------------------------------
# shared slots
# ----------------------------------------------------------------------------------------------------------------
OPENER = [
    "您的借款已逾期", "你在我司的贷款已经逾期30天", "尊敬的客户，您在XX平台的借款已严重逾期", "张先生，您的信用卡欠款已逾期45天",
    "XXX你好，你的网贷欠款拖了三个月了", "您名下的分期账单已逾期", "李某某，你欠的8000块钱到现在还没还", "您的账户欠款4,862.50元已逾期62天",
    "你好，关于你在某某金融的逾期欠款", "***女士，您的消费贷已逾期", "您借的钱一直拖着不还", "您好，您的贷款逾期未还",
]
ACTOR = ["我司", "我们", "本公司", "公司", "平台", "我方", "法务部", "我行", "贷后部门", "我们这边", "催收部", "咱们"]
DEADLINE = [
    "请于今天18点前还清", "请在24小时内处理", "限你3日内结清", "请于本周五前还款", "今天下班前必须处理", "最迟今晚12点前还上",
    "请务必于明天中午12点前还款", "给你两个小时时间", "48小时内必须还清", "限今日内全额还款", "请在X日内处理完毕", "明天是最后期限",
]
CONNECT = ["否则", "不然", "逾期未还", "如仍未处理", "再不还", "过了时间", "若继续拖欠", "如果还不处理", "到期仍不还款", "要是再拖",
           "若拒不还款", "届时未还清"]
MODAL = ["将", "会", "就", "马上", "立即", "将会", "准备", "直接"]
# lawful future steps said as pressure: legal action, handover, credit reporting
STEP = [
    "依法向法院提起诉讼", "起诉你", "走法律程序", "移交法务部处理", "委外催收", "移交第三方催收机构", "转交外包公司处理",
    "上报征信", "报送人民银行征信系统", "上传征信", "启动司法程序", "发律师函", "申请支付令", "提交仲裁", "移交律师事务所",
    "安排外访人员核实情况", "追究你的法律责任", "采取进一步措施", "列入重点催收名单", "转入诉讼流程",
]
PARTICLE = ["", "", "", "！", "了", "啊", "哈", "吧", "了啊", "，别怪我们没提醒"]

FINAL = ["最后通知", "最后一次通知", "最后通牒", "最终通知", "最后警告", "最后一次提醒", "最后期限", "最后机会", "最终催告",
         "【最后通知】", "最后一遍", "最终警告"]
HANDED = ["移交外访部门", "委托第三方机构催收", "转至外包催收公司", "转交法务部", "移交律师事务所处理", "分配给外访组",
          "列入诉讼名单", "提交诉讼部门", "委外处理", "转到贷后法务组", "交由律师团队处理", "移交专项清收小组"]
DONE = ["已", "现已", "已经", "目前已", "今天已经", "刚刚已"]

FEE_NAME = ["催收费", "上门费", "外访费", "律师费", "调查费", "加急费", "处理费", "差旅费", "手续费", "服务费",
            "解冻费", "保证金", "代理费", "通道费"]
FEE_VERB = ["需另付", "需额外支付", "另收", "加收", "还要另交", "需承担", "需要多付", "必须补交", "额外收取", "再加"]
AMOUNT = ["500元", "800元", "1200元", "2000块", "3000元", "本金的30%", "欠款的20%", "每天100元", "X元", "一千五"]

# ----------------------------------------------------------------------------------------------------------------
# scam slots
# ----------------------------------------------------------------------------------------------------------------
IMPERSONATED = [
    "银保监会", "国家金融监督管理总局", "中国人民银行征信中心", "人民银行", "公安局经侦大队", "市中级人民法院", "银联中心",
    "支付宝客服", "京东金融客服", "微粒贷官方客服", "金融监管局", "网贷清理办公室", "互联网金融协会", "征信中心", "XX银行总行风控部",
    "抖音客服", "美团月付客服", "花呗官方", "国家反诈中心", "最高人民法院执行局",
]
ME = ["我是", "这里是", "我们是", "本人是", "您好，我是", "你好，这边是"]
IMP_ACT = [
    "您的账户存在异常，需要配合核查资金", "你名下的网贷账户需要注销，否则影响征信", "您的征信存在不良记录，需要配合处理",
    "您涉嫌一起洗钱案件，需要配合调查", "您的借款资金需要做清查", "您的额度被冻结，需要验证流水才能解冻",
    "您的逾期记录可以帮您消除", "您的保险即将自动扣费，需要取消", "您开通的百万保障将每月扣费", "您的学生账户没有注销",
]
PERSONAL_ACC = [
    "请把欠款转到我个人微信", "还款请直接转到财务个人账户：6222 0212 3456 7890 户名张某", "把钱打到这个支付宝账号 138****5678",
    "欠款转入我们经理的私人卡：6217*******1234", "直接微信转给我就行，走公司账太慢", "请扫我个人收款码还款",
    "转到以下账户：622848XXXXXXXX，收款人王某某", "钱打到我老婆卡上，卡号发你了", "通过微信红包发给我，我帮你销账",
    "请汇入对公账户以外的指定账户：6230****8888 李某", "加我微信 abc123 转账还款", "还款不要走App，直接打到我支付宝",
]
APP = [
    "下载腾讯会议，屏幕共享给我看一下", "请安装“XX金融”最新版App处理", "下载我们发给你的App进行注销", "安装一个会议软件配合操作",
    "下载ZOOM开视频会议，共享你的屏幕", "请下载安全防护App进行资金保护", "在应用商店以外下载我们发的安装包", "下载“云会议”，输入会议号",
    "打开屏幕共享，我指导你操作", "安装远程协助软件，我帮你处理", "下载网址里的App完成认证", "下载“京东金融”官方指定版本进行核实",
]
VCODE = [
    "把刚才收到的验证码告诉我", "请把手机收到的6位数字报给我", "把短信验证码发给我", "念一下收到的动态码", "把收到的校验码提供给客服",
    "请回复收到的验证码完成注销", "验证码发我一下，我帮你操作", "把银行发给你的短信码告诉我", "收到的验证码截图发过来",
    "请提供验证码以便解除冻结", "把登录验证码说一下", "你收到的那串数字发我",
]
LINK_MASKED = [
    "请点击链接处理", "请登录网址处理", "点击以下链接还款", "请登录 www.xx-repay.cn 处理", "点此链接查看：http://t.cn/***",
    "请点击 xxx.com 还款", "登录官网链接 jd-jr***.com 核实", "打开链接 https://repay-****.top 立即处理", "请点击下方链接完成认证",
    "点开网址 ****.cc 进行还款", "复制链接到浏览器打开处理", "请通过短信链接登录还款页面",
]
SCAM_DEBT_OPEN = ["", "您的借款已逾期，", "你的网贷逾期了，", "您的信用卡已逾期，", "您在我行的贷款逾期未还，", "关于您的逾期欠款，"]

PHISH_SERVICE = ["您的医保卡", "您的社保卡", "您的ETC", "您的电子社保卡", "您的手机号", "您的支付宝账户", "您的微信支付", "您的网银U盾",
                 "您的公积金账户", "您的驾驶证", "您的快递包裹", "您的养老金账户", "您的银行卡", "您的数字证书"]
PHISH_PROBLEM = ["信息未更新", "已过期", "存在异常", "未完成年度认证", "被冻结", "即将失效", "认证失败", "资料缺失", "存在违规", "显示异常"]
PHISH_ACT = ["请点击链接重新认证", "请登录网址 ****.cn 更新", "请尽快点击 http://xx.cn 办理", "请访问以下链接激活", "请登录官网链接核验",
             "请回复1办理", "请致电0755-XXXXXXX处理", "请点击链接填写信息"]
PHISH_LOSS = ["否则将停用", "逾期将冻结", "过期作废", "否则无法报销", "否则将注销", "以免影响使用", "否则将被暂停", "逾期将无法通行"]

LURE = [
    ("unfreeze", "您的贷款已审批通过，但因银行卡号填写错误资金被冻结，需缴纳解冻金{amt}才能放款"),
    ("unfreeze", "您申请的借款已到账但账户冻结，请先交{amt}保证金解冻"),
    ("unfreeze", "放款失败，需要先转{amt}验证还款能力，验证后全额退还"),
    ("unfreeze", "您的提现被风控，需缴纳{amt}解冻费，完成后秒到账"),
    ("credit_repair", "专业征信修复，逾期记录可消除，费用{amt}"),
    ("credit_repair", "可帮您洗白征信，删除逾期记录，先交{amt}"),
    ("credit_repair", "内部渠道处理征信不良，包消除，收费{amt}"),
    ("credit_repair", "停息挂账、消除逾期我们都能办，前期费用{amt}"),
    ("campus", "您在校期间开通的校园贷账户未注销，将影响征信，请配合注销"),
    ("campus", "根据监管要求需注销您的学生账户，否则影响个人征信"),
    ("campus", "您大学时注册的网贷账户仍有额度，需注销清零，不然上报征信"),
    ("campus", "您的京东金条学生身份未解除，需配合操作注销，否则每年扣费"),
    ("screen", "请打开屏幕共享，我一步步指导您操作"),
    ("screen", "开一下屏幕共享，我帮你看看账户情况"),
    ("screen", "进入会议后点击共享屏幕，客服远程帮您处理"),
    ("screen", "共享屏幕给我，我教您把资金转到安全账户"),
]
LURE_TAIL = ["", "，加客服微信xyz888办理", "，联系QQ 12345678", "，详询400-XXX-XXXX", "，名额有限尽快办理"]

# ----------------------------------------------------------------------------------------------------------------
# negatives
# ----------------------------------------------------------------------------------------------------------------
LENDER = ["【招联金融】", "【京东金融】", "【XX银行】", "【中国银行】", "【马上消费】", "【度小满】", "", "【平安普惠】"]
LAWFUL_REMIND = [
    "您的借款已逾期{d}天，请尽快还款，以免影响您的信用记录。如已还款请忽略。",
    "您本期账单{a}元将于12月10日到期，请确保还款账户余额充足。",
    "您的借款已逾期，逾期将按合同约定产生罚息，请登录App还款。",
    "您尾号6621的信用卡本期账单已逾期，最低还款额{a}元，请尽快还款。详询客服热线。",
    "您好，您的贷款已逾期{d}天，如有困难可通过官方App申请协商还款。",
    "温馨提示：您的分期本月应还{a}元，请按时还款，以免产生逾期费用。",
    "您的借款已逾期，请通过官方App或对公账户还款，请勿向任何个人账户转账。",
    "您的账单已逾期，如不及时还款，将影响您的信用记录。",
]
AUTODEBIT = [
    "您的白条账单将于1月14日自动扣款{a}元，请保证绑定卡余额充足。",
    "您尾号3683的储蓄卡将于今日扣划本期贷款{a}元。",
    "本月应还{a}元已自动扣款成功，感谢您的按时还款。",
    "您今天应还{a}元扣款失败，请17点前补足尾号3683卡余额。",
    "您的车贷将于15日从尾号8821账户自动扣款，请留足余额。",
    "您设置的自动还款将于还款日扣款{a}元。",
]
BANK_NOTE = [
    "您尾号1234的储蓄卡12月03日15:20入账工资{a}元。",
    "您尾号8866信用卡消费{a}元，交易地点XX超市。",
    "您的信用卡11月账单{a}元，还款日12月15日。",
    "您尾号5678的账户于12月3日支出{a}元，余额3,210.55元。",
    "您的信用卡额度已调整为30000元，详情请登录手机银行查看。",
    "您尾号4321的信用卡年费{a}元已入账，满足条件可减免。",
]
ANTIFRAUD = [
    "谨防诈骗：凡是要求转账到个人账户的都是诈骗。",
    "警惕冒充银保监会、征信中心工作人员以注销校园贷为由要求转账。",
    "反诈提醒：凡是让您下载会议软件、开启屏幕共享的都是诈骗。",
    "提醒广大客户：不法分子冒充客服以征信修复为名收取费用，请勿相信。",
    "国家反诈中心提醒：任何索要验证码的都是骗子。",
    "凡是以“解冻金”“保证金”为由要求先交钱的贷款都是诈骗。",
    "请勿点击陌生短信中的链接，谨防钓鱼网站。",
    "我司从未授权任何人以个人账户收取还款，如遇此类情况请报警。",
    "警惕冒充公检法的电话，公安机关不会通过电话办案，也没有安全账户。",
    "防骗提示：医保卡不会“过期停用”，收到要求点链接认证的短信请直接删除。",
    "我行不会以任何理由索要您的验证码、密码，请勿泄露。",
    "近期有不法分子冒充我司催收人员要求私下转账，请认准官方还款渠道。",
]
OTP = [
    "您的验证码为{c}，5分钟内有效，请勿泄露给他人。",
    "验证码{c}，您正在登录XX银行手机银行，切勿告知他人，客服不会索要。",
    "【XX金融】验证码：{c}。工作人员不会向您索要，请勿转发。",
    "您正在进行支付操作，验证码{c}，如非本人操作请忽略。",
    "动态密码{c}，用于修改绑定手机号，泄露有风险。",
    "【支付宝】校验码{c}，打死也不要告诉别人哦！",
]
NEGATED = [
    "我司不会要求您转账到任何个人账户，请通过官方App还款。",
    "我们绝不会让您下载除官方以外的App。",
    "工作人员从不会索要您的验证码。",
    "本公司不会委托第三方私下收款。",
    "我们不会通过短信发送还款链接，请认准官方App。",
    "我行不会以注销账户为由要求您转账。",
]
ASKING = [
    "你们是不是要把我的案子移交外访了？", "请问需要下载什么App才能还款吗？", "你们会不会上报我的征信？", "最后期限是哪天？我想先还一部分",
    "收到一条让我注销校园贷的电话，是真的吗？", "有人让我把验证码发给他，这正常吗？", "我能直接转到你个人账户吗？还是必须走App？",
    "你们说的律师费是合同里约定的吗？",
]
NEWS = [
    "某催收公司因冒充公安机关恐吓借款人被查处。", "警方通报：不法分子冒充银行客服以征信修复为名诈骗，已抓获3人。",
    "记者调查：所谓“注销校园贷”实为诈骗，已有多名学生受骗。", "某地法院审结一起以“解冻金”为名实施贷款诈骗的案件。",
    "据报道，犯罪分子诱导受害人下载会议软件开启屏幕共享后转走存款。", "市反诈中心发布：近期冒充ETC客服的短信诈骗高发。",
]
ORDINARY = [
    "最后一次提醒：明天截止报名，请抓紧。", "本周五前请交作业，否则本次成绩记零分。", "物业费请于月底前缴纳，逾期将产生滞纳金。",
    "请下载腾讯会议参加明天上午10点的项目会，会议号发群里了。", "您的快递已到驿站，取件码1234，请于今日18点前取件。",
    "明天是报销最后期限，发票请交到财务。", "请点击链接填写活动报名表（公司内网）。", "会议开始后请共享屏幕演示PPT。",
    "您的话费余额不足10元，请及时充值以免停机。", "您的燃气费已扣费成功，感谢使用。", "医保卡年度缴费已开始，请到社区窗口办理。",
    "限时优惠最后一天，错过再等一年！",
]


def _row(rows, fam, text, cat, flags, slots):
    rows.append({"id": f"cov14p_{fam}_{len([r for r in rows if r['id'].startswith('cov14p_' + fam + '_')]) + 1:03d}",
                 "text": text, "category": cat, "flags": flags,
                 "notes": "generated: " + fam + "|" + "|".join(f"{k}={v}" for k, v in slots)})


def _sample(rng, space, n):
    space = list(space)
    return space if len(space) <= n else rng.sample(space, n)


def build() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    # P1 deadline + connector + actor + modality + lawful step (several word orders)
    for o, dl, c, a, m, s, p in _sample(rng, itertools.product(OPENER, DEADLINE, CONNECT, ACTOR, MODAL, STEP, PARTICLE), 260):
        order = rng.randrange(4)
        if order == 0:
            t = f"{o}，{dl}，{c}{a}{m}{s}{p}"
        elif order == 1:  # consequence first, deadline after
            t = f"{o}，{c}{a}{m}{s}{p}，{dl}。"
        elif order == 2:  # verb-first, no actor
            t = f"{o}。{dl}！{c}{m}{s}{p}"
        else:  # 如果…就
            t = f"{o}，如果{dl[1:] if dl.startswith('请') else dl}做不到，{a}就{s}{p}"
        # an announced field visit is its own pressure kind (doorstep_visit_threat, medium → aggressive)
        flags = ["urgency_pressure", "doorstep_visit_threat"] if "外访" in s else ["urgency_pressure"]
        _row(rows, "P1", t, "aggressive", flags, [("order", order), ("conn", c), ("modal", m), ("step", s)])
    # P2 final notice / ultimatum words
    for f, o, dl, s in _sample(rng, itertools.product(FINAL, OPENER, DEADLINE, STEP), 110):
        order = rng.randrange(3)
        if order == 0:
            t = f"{f}：{o}，{dl}，逾期将{s}。"
        elif order == 1:
            t = f"{o}，这是{f.strip('【】')}，{dl}。"
        else:
            t = f"{f}！{o}，{dl}，不然后果自负。"
        _row(rows, "P2", t, "aggressive", ["urgency_pressure"], [("order", order), ("final", f)])
    # P3 case already handed over (done), with a demand
    for o, d, h, a in _sample(rng, itertools.product(OPENER, DONE, HANDED, ACTOR), 110):
        order = rng.randrange(3)
        if order == 0:
            t = f"{o}，{a}{d}将您的案件{h}，请尽快联系处理。"
        elif order == 1:
            t = f"{o}，您的欠款{d}被{h.replace('移交', '移交到')}，请配合还款。"
        else:
            t = f"通知：{o}，你的账户{d}{h}，请立即还款。"
        _row(rows, "P3", t, "aggressive", ["urgency_pressure"], [("order", order), ("done", d), ("handed", h)])
    # P4 spoken / rhetorical / topicalised pressure with lawful steps
    SPOKEN = [
        "你是想等我们起诉你吗？", "征信我们是一定会报的，你自己看着办", "信不信明天就把你移交法务部", "你再拖试试，直接走法律程序",
        "法院见吧，我们已经准备材料了", "别等到被起诉了才后悔", "你不还，我们只能按流程上报征信了", "这是给你的最后机会了，过了今晚就移交",
        "还不还你给句痛快话，不还就委外", "你要是不想上征信就今天把钱还上", "今天不处理，明天律师函就寄出去", "等着收律师函吧",
        "再不处理后果自负", "今天必须给我个答复，不然直接进诉讼", "你自己选：今天还清，还是等法院传票", "账单再不处理就转交外访了",
    ]
    for o, sp, p in _sample(rng, itertools.product(OPENER, SPOKEN, PARTICLE[:6]), 90):
        _row(rows, "P4", f"{o}，{sp}{p}", "aggressive", ["urgency_pressure"], [("spoken", sp)])
    # P5 consequence said without the classic legal words (vague, loss of a concession, record, life impact)
    CONSEQ = [
        "一切后果由你自己承担", "后果自负", "将失去减免资格", "减免政策今天过后作废", "逾期记录将保留五年", "以后房贷车贷都办不了",
        "会影响你子女上学和考公", "我们将依法追偿", "案件将进入司法催收阶段", "将按合同约定采取相应措施", "后续产生的一切费用由你承担",
        "你的账户将被标记为恶意拖欠", "别心存侥幸", "我们不会再给你协商的机会", "将按照最高标准追偿全部欠款", "公司将保留追诉的权利",
    ]
    for o, dl, c, q in _sample(rng, itertools.product(OPENER, DEADLINE + ["请尽快处理", "请立即还款", "请重视"], CONNECT + ["", ""], CONSEQ), 160):
        t = f"{o}，{dl}，{c}{q}。" if c else f"{o}，{dl}。{q}！"
        # harm to the children's schooling is the project's false_consequence kind (pressure, → aggressive)
        flags = ["urgency_pressure", "false_consequence"] if "子女" in q else ["urgency_pressure"]
        _row(rows, "P5", t, "aggressive", flags, [("conn", c), ("conseq", q)])
    # P6 credit reporting stated as pressure (future / conditional), with what it costs the reader
    CREDIT = ["上报征信", "报送央行征信", "把逾期记录上传人行征信系统", "同步到征信中心", "录入个人信用报告", "上征信"]
    COST = ["", "，以后贷款、信用卡都办不了", "，影响你买房买车", "，到时候别后悔", "，征信花了可别怪我们", "，全国银行都能查到"]
    for o, c, m, cr, co in _sample(rng, itertools.product(OPENER, CONNECT, ["将", "会", "就", "马上", "今天就", "明天就", "立即"], CREDIT, COST), 100):
        _row(rows, "P6", f"{o}，{c}{m}{cr}{co}。", "aggressive", ["urgency_pressure"], [("modal", m), ("credit", cr), ("cost", co[:4])])
    # F1 fee demands
    for o, v, fn, am in _sample(rng, itertools.product(OPENER, FEE_VERB, FEE_NAME, AMOUNT), 140):
        order = rng.randrange(3)
        if order == 0:
            t = f"{o}，现在还款{v}{fn}{am}。"
        elif order == 1:
            t = f"{o}，{fn}{am}{('由你承担' if rng.random() < .5 else '必须一起付')}，否则不予结清。"
        else:
            t = f"{o}，除本金外{v}{fn}{am}，今天必须付清。"
        _row(rows, "F1", t, "aggressive", ["excessive_fees"], [("order", order), ("fee", fn), ("verb", v)])
    # F2 penalties that grow / multiply
    GROW = ["罚息翻倍", "违约金按本金3倍计算", "每逾期一天加收100元", "滞纳金已经涨到5000元", "违约金是欠款的两倍", "利息按日5%计算",
            "每天罚款200元", "罚金已经超过本金了", "逾期费用翻了三倍", "每天按欠款的1%加收违约金"]
    for o, g, tail in _sample(rng, itertools.product(OPENER, GROW, ["", "，请尽快还清", "，越拖越多", "，今天不还明天更多"]), 60):
        _row(rows, "F2", f"{o}，{g}{tail}。", "aggressive", ["excessive_fees"], [("grow", g)])
    # S1 impersonation
    for me, who, act, tail in _sample(rng, itertools.product(ME, IMPERSONATED, IMP_ACT, ["", "，请配合操作", "，请加微信xyz123", "，请按我说的做"]), 120):
        _row(rows, "S1", f"{me}{who}的工作人员，{act}{tail}。", "scam", ["impersonation"], [("who", who)])
    # S2 personal account payment
    for op, pa in _sample(rng, itertools.product(SCAM_DEBT_OPEN, PERSONAL_ACC), 72):
        _row(rows, "S2", f"{op}{pa}。", "scam", ["personal_account_payment"], [("open", op != ""), ("pa", pa[:8])])
    # S3 app download / screen share
    for op, ap in _sample(rng, itertools.product(SCAM_DEBT_OPEN, APP), 72):
        _row(rows, "S3", f"{op}{ap}。", "scam", ["app_download"], [("open", op != ""), ("app", ap[:8])])
    # S4 verification code
    for op, vc in _sample(rng, itertools.product(SCAM_DEBT_OPEN, VCODE), 72):
        _row(rows, "S4", f"{op}{vc}。", "scam", ["verification_code_request"], [("open", op != ""), ("vc", vc[:8])])
    # S5 link wording (masked links, no URL)
    for op, lk, tail in _sample(rng, itertools.product(SCAM_DEBT_OPEN, LINK_MASKED, ["", "，否则将上报征信", "，逾期将冻结账户"]), 100):
        _row(rows, "S5", f"{op}{lk}{tail}。", "scam", ["suspicious_link"], [("open", op != ""), ("link", lk[:8])])
    # S6 no-debt public-service / bank phishing: service + problem + action + loss
    for sv, pr, ac, ls in _sample(rng, itertools.product(PHISH_SERVICE, PHISH_PROBLEM, PHISH_ACT, PHISH_LOSS), 160):
        order = rng.randrange(2)
        t = f"{sv}{pr}，{ac}，{ls}。" if order == 0 else f"【温馨提示】{sv}{pr}，{ls}，{ac}。"
        _row(rows, "S6", t, "scam", ["suspicious_link" if ("链接" in ac or "网址" in ac or "http" in ac) else "impersonation"],
             [("service", sv), ("problem", pr), ("act", ac[:6])])
    # S7 解冻金 / 征信修复 / 注销校园贷 / 屏幕共享, no debt words needed
    for (kind, lure), amt, tail in _sample(rng, itertools.product(LURE, ["500元", "2000元", "10%", "3888元"], LURE_TAIL), 160):
        _row(rows, "S7", lure.format(amt=amt) + tail + "。", "scam", ["fraud_lure"], [("lure", kind)])
    # negatives
    for tmpl, lender, d, a in _sample(rng, itertools.product(LAWFUL_REMIND, LENDER, ["3", "15", "45"], ["1286.40", "560.00"]), 60):
        _row(rows, "N1", lender + tmpl.format(d=d, a=a), "reminder", [], [("lawful", tmpl[:8])])
    for tmpl, lender, a in _sample(rng, itertools.product(AUTODEBIT + BANK_NOTE, LENDER, ["233.33", "4,718.94"]), 60):
        _row(rows, "N2", lender + tmpl.format(a=a), "not_collection", [], [("bank", tmpl[:8])])
    for t, lender in _sample(rng, itertools.product(ANTIFRAUD + NEGATED, LENDER), 72):
        _row(rows, "N3", lender + t, "not_collection", [], [("warn", t[:8])])
    for t, c in _sample(rng, itertools.product(OTP, ["382914", "6620", "051733"]), 18):
        _row(rows, "N4", t.format(c=c), "not_collection", [], [("otp", t[:6])])
    for t in ASKING + NEWS + ORDINARY:
        _row(rows, "N5", t, "not_collection", [], [("other", t[:6])])
    _second_pass(rows)
    return rows


def _second_pass(rows: list[dict]) -> None:
    """Q/G/T families: written after batch 3 with new lexical variants (other openers, connectors, steps, fee names,
    impersonated bodies, code and app wording) and scored once before any further rule change (COV14_press.md)."""
    rng = random.Random(SEED + 1)
    open2 = ["【XX消费金融】尊敬的用户，您的分期已逾期12天", "亲，你借呗的钱逾期一个多月了", "王女士，您在我行的信用卡透支款已逾期",
             "你在XX贷的那笔钱到现在一分没还", "客户您好，您的账单逾期金额3,200元", "老李，你的网贷账我们这边一直跟着呢"]
    conn2 = ["再拖下去", "若今日仍无还款", "如果明天还看不到钱", "超过这个时间", "逾期不处理的话", "假如周五前还不结清", "一旦超过期限",
             "要是今天再不回复"]
    step2 = ["我们就转交资产管理公司", "将启动诉前调解程序", "公司会把材料递交法院", "会报送百行征信", "会提交芝麻信用",
             "直接进入司法追偿程序", "案件将升级至法务处理", "就取消你的分期资格", "我们将收回全部借款并要求一次性结清",
             "征信上会留下不良记录", "将交由合作律所处理", "会由外包团队接手"]
    for o, c, st in _sample(rng, itertools.product(open2, conn2, step2), 120):
        _row(rows, "Q1", f"{o}，{c}，{st}。", "aggressive", ["urgency_pressure"], [("conn", c), ("step", st)])
    fee2 = ["违约处理费", "账户管理费", "催收成本", "外包服务费", "法务处理费", "上门服务费", "资料费", "风控费", "结案费", "出警费"]
    dem2 = ["还得再交", "要额外承担", "另需缴纳", "必须补上", "需自行承担", "还要加上"]
    for o, d, f, am in _sample(rng, itertools.product(open2, dem2, fee2, ["600元", "1500元", "两千", "本金的15%"]), 80):
        _row(rows, "G1", f"{o}，{d}{f}{am}。", "aggressive", ["excessive_fees"], [("fee", f), ("demand", d)])
    who2 = ["国家金融监督管理总局", "人行征信管理处", "银联风控中心", "网络金融监管办", "中国互联网金融协会", "金融消费权益保护局"]
    me2 = ["我是", "这里是", "我们是", "您好，这边是"]
    ask2 = ["您的网贷记录需要清空，请按提示操作", "需要核对您名下资金流水", "您的校园贷账户需要注销", "需要您配合把资金转入监管账户"]
    for m, w, a in _sample(rng, itertools.product(me2, who2, ask2), 60):
        _row(rows, "T1", f"{m}{w}，{a}。", "scam", ["impersonation", "account_cancellation_scam", "personal_account_payment"],
             [("who", w), ("ask", a[:6])])
    code2 = ["麻烦把刚收到的短信验证码念给我听", "收到一条带数字的短信吧？把数字告诉我", "刚给你发了个码，报一下给我", "把动态口令发我核对",
             "你把支付宝发来的校验码截个图给我"]
    app2 = ["先装一下向日葵远程软件", "下载一个叫“安心借”的App按提示操作", "打开会议里的共享屏幕功能", "用我们发的链接装一下客户端",
            "装个“金融安全助手”我帮你保护资金"]
    for o, x in _sample(rng, itertools.product(["", "您的借款账户异常，", "你的信用卡有风险，", "为了帮您注销账户，"], code2 + app2), 40):
        kind = "verification_code_request" if x in code2 else "app_download"
        _row(rows, "T2", f"{o}{x}。", "scam", [kind], [("what", x[:6])])
    neg2 = ["【XX消费金融】您的分期已逾期12天，请通过官方App还款，如有困难可申请延期。",
            "【XX银行】您尾号0912信用卡已于今日自动还款3,200元。", "验证码508813，用于登录XX金融App，工作人员不会向您索要。",
            "温馨提示：我司不会要求您下载任何会议软件或开启屏幕共享。", "反诈中心提醒：自称人民银行工作人员要求注销校园贷的都是骗子。",
            "今天下午三点开会，请提前下载腾讯会议。", "你的网贷逾期了吗？要不要我帮你问问怎么协商？",
            "据报道，某公司员工冒充金融监管总局工作人员诈骗，已被刑拘。"]
    for t in neg2:
        _row(rows, "M1", t, "not_collection", [], [("neg", t[:6])])
    _third_pass(rows)


# Third pass: 25 sentences in other registers (escalation stages, tone ultimatums, acceleration), written after
# batch 4 and scored once (6/25 aggressive) before batch 5.
THIRD = [
    "您的借款已逾期，您的账户已进入法务审核阶段，请于今日内联系处理。", "您的贷款逾期未还，我司已启动对您的全面催收程序。",
    "您的借款已逾期，已将您列为重点催收客户，后续将加大催收力度。", "您在我司的借款已逾期，最迟今晚八点给我回复，过时不候。",
    "你的网贷逾期了，限你两天，逾期后果你懂的。", "您的借款已逾期，这是我们最后一次电话沟通，之后将按流程处理。",
    "您的欠款已逾期多日，我司保留向您追诉的权利。", "您的借款已逾期，我司将对您的账户进行风险标记并报送相关机构。",
    "您的借款已逾期，逾期信息将共享至各大金融机构，届时您将无法正常办理任何金融业务。",
    "再次提醒，您的借款已逾期，请务必于今天18点前还款，后续工作人员将不再与您协商。",
    "您的借款已逾期，请于24小时内主动联系，超时将转交贷后管理部门。", "您的借款已逾期，如果今天还没有处理，明天开始我们将按照正常流程走。",
    "您的借款已逾期，不要再找任何借口，今天必须还。", "您的借款逾期超过90天将被认定为不良贷款，核销后依然会持续追偿。",
    "您的欠款已逾期，今天不还款，明天就安排专人跟进处理。", "您的账单逾期了，我们的耐心是有限的。",
    "你欠的钱再不还，我们只能采取非常手段了。", "您的借款已逾期，请在今天内处理，否则将由风控部门直接处理。",
    "您的借款已逾期，今天是协商的最后一天，明天起不再受理任何协商申请。", "尊敬的客户，您的欠款已逾期60天，我司决定对您的账户启动司法诉讼评估。",
    "你的网贷逾期三个月了，钱今天必须到账，没得商量。", "【XX金融】您的借款已逾期，平台已对您的借款进行提前到期处理，需一次性结清全部欠款。",
    "你已经逾期很久了，我们已经失去耐心，准备走法律渠道。", "你的贷款逾期了，必须在下午五点前给我处理掉，别逼我们。",
    "您的逾期账单已进入催收高风险名单，请务必在今日内处理。",
]


def _third_pass(rows: list[dict]) -> None:
    for t in THIRD:
        _row(rows, "R1", t, "aggressive", ["urgency_pressure"], [("third", t[:8])])


def measure(rows: list[dict]) -> str:
    """First-run / after figures: per family, the fraction of positives with their kind and the verdict spread;
    negatives called scam or threat."""
    from collections import Counter, defaultdict

    from analyzer import analyze

    fam_hit: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # kind hits, verdict in family, n
    verdicts: dict[str, Counter] = defaultdict(Counter)
    neg_bad: list[str] = []
    kind_hit: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for r in rows:
        fam = r["notes"].split(": ", 1)[1].split("|")[0]
        res = analyze(r["text"])
        kinds = {f.kind for f in res.findings if f.severity in ("high", "medium")}
        verdicts[fam][res.verdict.label] += 1
        h = fam_hit[fam]
        h[2] += 1
        if r["flags"]:
            want = r["flags"][0]
            got = any(f in kinds for f in r["flags"]) or (want == "fraud_lure" and res.verdict.label == "scam")
            h[0] += got
            h[1] += res.verdict.label == r["category"]
            kind_hit[want][0] += got
            kind_hit[want][1] += 1
            if not got or res.verdict.label != r["category"]:
                misses.append(f"{r['id']}\t{res.verdict.label}\t{sorted(kinds)}\t{r['text']}")
        else:
            bad = res.verdict.label in ("scam", "unlawful_threat")
            h[1] += not bad
            if bad:
                neg_bad.append(r["id"])
                misses.append(f"{r['id']}\t{res.verdict.label}\t{sorted(kinds)}\t{r['text']}")
    lines = ["| family | n | kind hit | verdict right | verdicts |", "|---|---|---|---|---|"]
    for fam in sorted(fam_hit):
        k, v, n = fam_hit[fam]
        spread = ", ".join(f"{lab} {c}" for lab, c in verdicts[fam].most_common())
        lines.append(f"| {fam} | {n} | {k / n:.2f} | {v / n:.2f} | {spread} |")
    lines.append("\n| kind (positives flagged with it) | n | hit |\n|---|---|---|")
    for k in sorted(kind_hit):
        lines.append(f"| {k} | {kind_hit[k][1]} | {kind_hit[k][0] / kind_hit[k][1]:.2f} |")
    Path("/tmp/cov14p_misses.tsv").write_text("\n".join(misses) + "\n", encoding="utf-8")
    lines.append(f"\nnegatives called scam/threat: {len(neg_bad)} {neg_bad[:20]}")
    return "\n".join(lines)


if __name__ == "__main__":
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")
    if "--measure" in sys.argv:
        print(measure(rows))
