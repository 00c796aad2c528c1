#!/usr/bin/env python3
"""Build + validate the para22 / lawful22 blind probe sets (invented messages)."""
import json, re, difflib, sys, collections, random

ALLOWED_FLAGS = {"suspicious_link", "urgency_pressure", "doorstep_visit_threat"}
CODES = {"u": "urgency_pressure", "d": "doorstep_visit_threat", "s": "suspicious_link"}
KEYS = ["id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"]

BRANDS = [("鑫盛资产管理", "鑫盛资产管理"), ("鑫盛资产", "鑫盛资产"), ("鑫盛", "鑫盛消费金融"),
  ("小橙分期", "小橙分期"), ("安心借", "安心借"), ("速融钱包", "速融钱包"), ("众易贷", "众易贷"),
  ("招联", "招联金融"), ("京东金融", "京东金融"), ("金条", "京东金融"), ("度小满", "度小满"), ("分期乐", "分期乐"),
  ("美团", "美团"), ("安逸花", "安逸花"), ("马上消费", "马上消费"), ("宜享花", "宜享花"), ("360借条", "360借条"),
  ("花呗", "花呗"), ("拍拍贷", "拍拍贷"), ("中银消费金融", "中银消费金融"), ("兴业消费金融", "兴业消费金融"),
  ("建设银行", "建设银行"), ("招商银行", "招商银行"), ("小赢卡贷", "小赢卡贷"), ("微粒贷", "微粒贷"),
  ("支付宝", "支付宝"), ("借呗", "借呗"), ("中国银联", "中国银联"), ("平安普惠", "平安普惠"), ("捷信", "捷信"),
  ("百度有钱花", "百度有钱花"), ("苏宁金融", "苏宁金融"), ("交通银行", "交通银行"), ("浦发银行", "浦发银行"),
  ("众安贷", "众安贷"), ("还呗", "还呗"), ("還唄", "还呗"), ("光大银行", "光大银行"), ("华为分期", "华为分期"),
  ("抖音月付", "抖音月付"), ("中信银行", "中信银行"), ("小米金融", "小米金融"), ("宁波银行", "宁波银行"),
  ("网商银行", "网商银行"), ("网商贷", "网商银行"), ("携程金融", "携程金融"), ("平安银行", "平安银行"),
  ("中原消费金融", "中原消费金融"), ("广发银行", "广发银行"), ("民生银行", "民生银行"),
  ("海尔消费金融", "海尔消费金融"), ("浙商银行", "浙商银行"), ("工商银行", "工商银行"), ("微众银行", "微众银行")]

def detect_lender(text, cat):
    hits = []
    for k, v in BRANDS:
        i = text.find(k)
        if i >= 0:
            hits.append((i, -len(k), v))
    if not hits:
        return None
    return sorted(hits)[0][2]

KEEP_RE = re.compile(r"[們這還請聯繫臺認為]|係|唔|嘅|咗|哋|佢|喺|搵|覆|语音|語音")
LINK_RE = re.compile(r"http|链接|鏈接|點擊|点击|下载|t\.cn|\.(top|cc|vip|xyz|cn|com|apk)\b|登录 ?[a-z]|访问 ?[a-z]")
DOOR_RE = re.compile(r"上门|去你家|到你家(?!族)|到您家中|去你公司|去她公司|去你单位|到您单位|你家门口|公司楼下|老家村里|娘家|搵你公司|村里宣传|贴到你们小|小区门口")
URG_RE = re.compile(r"今天|今日|今晚|\d+小时|一小时|明天|明日|最后期限|立即|马上|之内|内还|前还|今天之内|点前")

PASTED_RE = re.compile(r"收到|截图|語音|语音|发件人|朋友|“|「|问|求助|轉|转给|这条|这是|這是|吓|原文|發|发到|发我")

PREFIX_FRAMES = [
 "昨晚十一点多收到的:“{m}” 这种是不是违法的?", "求助!!{m} 我该怎么办", "[短信] {m} —— 我妈手机上的,她吓坏了",
 "各位帮我看看:{m}", "OCR识别:{o}", "有没有懂法的,{m} 这样说合法吗", "刚收到 {m} 吓得我手抖", "转发自老公手机:{m}",
 "网友投稿:{m}", "Q:这条短信是真是假? 原文:{m}", "贴吧提问|{m}", "这个要不要理?{m}", "(手机截图识别,可能有错字){o}",
 "又来了:{m}", "小红书求助帖:{m} 姐妹们这是什么情况", "我弟转给我的:{m}", "@律师 {m} 请问这个合规吗", "短信原文如下——{m}",
 "看到这条整个人都不好了:{m}", "黑猫投诉附件文字:{m}", "我截了图,文字是:{m}", "问一下,{m} 我应该联系谁核实?",
 "这是啥意思?{m}", "请大家帮忙判断:{m}", "原话照抄:{m}", "老婆手机收到的,{m}", "周末收到的短信:{m}",
 "发信时间 2026/12/02 07:45|{m}", "今天第五条了,{m}", "信息内容:{m} 请问怎么处理", "我同事收到的,{m} 他问要不要报警",
 "凌晨两点的短信!{m}", "婆婆拿手机问我:{m}", "知乎提问:收到这样的短信——{m}", "微信上被加好友后对方发来:{m}",
 "复制粘贴给大家看:{m}", "[图片转文字] {o}", "帮我妈问的:{m}", "家人们谁懂啊,{m}", "记录一下,{m}",
 "@全体 有人收到过类似的吗:{m}", "說真的這條我看不懂:{m}", "唔該幫我睇下:{m} 係咪真嘅?",
 "发件:1069****{n} {m}", "第{n}条 {m}", "截图{n}:{m}", "12/0{n} 21:3{n} {m}", "短信{n}/{n}:{m}", "號碼+86 1{n}*****:{m}",
]
SUFFIX_FRAMES = ["{m} ←这条算催收吗,要不要报警", "{m}【以上为短信原文,我没回复】", "{m} 收到时间:周三下午3点",
 "{m} 同一个号码今天已经发了三条", "{m} 下面还附了一个400开头的电话", "{m}(截图转文字,发件号码1069开头)",
 "{m} ——请问这个可信吗?", "{m}(原样复制,未改动)"]

def ocr(m, rnd):
    out = []
    for i, ch in enumerate(m):
        out.append(ch)
        if i % 11 == 10 and ch not in " ":
            out.append(rnd.choice([" ", " ", "|", " \u3000"]))
    s = "".join(out).replace("0", "O", 1)
    return s

def load(fname, cat):
    rows = []
    for ln in open(fname, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip():
            continue
        fl, lender, sender, text = ln.split("|", 3)
        rows.append(dict(codes=fl, lender=lender, sender=sender, text=text, cat=cat))
    return rows

NOTE = {
 "reminder": "Invented reminder from the early stage of the escalation story; polite/neutral due or overdue notice.",
 "aggressive": "Invented hard but lawful pressure (deadline, lawsuit/credit report/委外/appointment visit/contact asked only for reachability).",
 "unlawful_threat": "Invented message at the point pressure crosses the line (third-party disclosure, insult, harm implied, fake completed legal/police step, threats to job/family/reputation).",
 "scam": "Invented scam imitating a collector's escalation (fees to stop collection, personal accounts, fake court/agency steps).",
 "legal_notice": "Invented court/arbitration/lawyer notice with verifiable-looking details and no scam marker; names and case officers masked.",
 "not_collection": "Invented ordinary message using hard words (deadlines, 停供, 起诉, 上门, 后果) outside debt collection.",
}
THIRD_RE = re.compile(r"同事|家属|父|母|妈|爸|老婆|老公|配偶|姐|弟|哥|担保人|紧急联系人|领导|人事|单位的|邻居|房东|通讯录|朋友|亲戚|亲属|王总|班主任|前台|屋企人|阿媽|細佬|婆婆|知情人")
def note_for(r):
    n = [NOTE[r["cat"]]]
    t = r["text"]
    if r.get("wrapped"): n.append("Pasted form (reader's frame around the message).")
    elif is_pasted(t): n.append("Pasted form (as the reader pasted it).")
    if r.get("obf"): n.append("Obfuscated spelling.")
    if re.search(r"[們這還請聯繫臺認為]", t): n.append("Traditional script.")
    if re.search(r"係|唔|嘅|咗|哋|佢|喺|搵|覆", t): n.append("Cantonese.")
    if r["cat"] == "scam" and not r["flags"]: n.append("No finding kind in the allowed flag list fits (advance fee / fake agency).")
    return " ".join(n)

def build(prefix, spec, seed, wrap_every):
    rnd = random.Random(seed)
    rows = []
    for fname, cat, want in spec:
        rs = load(fname, cat)
        surplus = len(rs) - want
        if surplus < 0:
            raise SystemExit(f"{fname}: only {len(rs)} rows, want {want}")
        if surplus:
            drop = set()
            for k in range(len(rs) - 1, -1, -1):
                r = rs[k]; t = r["text"]
                if len(drop) == surplus: break
                if 40 <= len(t) <= 110 and not OBF_RE.search(t) and not PASTED_RE.search(t) and not THIRD_RE.search(t) and not KEEP_RE.search(t):
                    drop.add(k)
            for k in range(len(rs) - 1, -1, -1):
                t = rs[k]["text"]
                if len(drop) == surplus: break
                if k not in drop and 40 <= len(t) <= 110 and not OBF_RE.search(t) and not KEEP_RE.search(t):
                    drop.add(k)
            rs = [r for k, r in enumerate(rs) if k not in drop]
            print(f"NOTE {fname}: dropped {surplus} mid-length rows to reach {want}")
        rows.extend(rs)
    return rows

SOURCE = {"P22S": "para22 probe (invented)", "L22S": "lawful22 probe (invented)"}
def finalize(rows, prefix, id_prefix):
    out = []
    for i, r in enumerate(rows, 1):
        t = r["text"]
        flags = set(CODES[c] for c in r["codes"] if c in CODES)
        cat = r["cat"]
        if cat == "scam" and LINK_RE.search(t): flags.add("suspicious_link")
        if cat == "unlawful_threat":
            if DOOR_RE.search(t): flags.add("doorstep_visit_threat")
            if URG_RE.search(t): flags.add("urgency_pressure")
        if cat == "scam" and URG_RE.search(t): flags.add("urgency_pressure")
        r["flags"] = sorted(flags)
        if r["lender"] == "":
            lender = detect_lender(t, cat)
            if cat == "not_collection" and not (lender and "银行" in lender and t.startswith("【")):
                lender = None
        elif r["lender"] == "-":
            lender = None if cat == "not_collection" else detect_lender(t, cat)
        else:
            lender = r["lender"]
        out.append({"id": f"{id_prefix}{i:03d}", "text": t, "source_url": SOURCE[id_prefix], "lender": lender,
                    "sender_number": None if r["sender"] in ("-", "") else r["sender"], "category": cat,
                    "flags": r["flags"], "tier": "probe", "notes": note_for(r)})
    return out

LONG_FRAMES = [l.rstrip("\n") for l in open("long_frames.txt", encoding="utf-8") if l.strip()]
LONG_SUFFIX = [l.rstrip("\n") for l in open("long_suffix.txt", encoding="utf-8") if l.strip()]
NEUTRAL_LSUFFIX = [l.rstrip("\n") for l in open("neutral_suffix.txt", encoding="utf-8") if l.strip()]
LONG_NEUTRAL = [l.rstrip("\n") for l in open("long_neutral.txt", encoding="utf-8") if l.strip()]
NEUTRAL_OK = ("各位帮我看看", "这是啥意思", "原话照抄", "请大家帮忙判断", "复制粘贴给大家看", "记录一下", "[图片转文字]",
              "截图{n}", "短信{n}", "第{n}条", "12/0{n}", "OCR识别", "(手机截图识别", "我截了图", "周末收到的短信", "发信时间",
              "唔該幫我睇下", "說真的這條", "帮我妈问的", "婆婆拿手机问我")
NEUTRAL_SUFFIX = ["{m}【以上为短信原文,我没回复】", "{m} 收到时间:周三下午3点", "{m} ——请问这个可信吗?", "{m}(原样复制,未改动)"]
FRAME_EXCLUDE = [
 ("语音转文字,电话大概", {"reminder", "legal_notice", "scam"}),
 ("平台是正规持牌机构", {"scam", "unlawful_threat"}),
 ("已经打过平台官方客服了", {"scam", "legal_notice", "reminder"}),
 ("发到我儿子手机上", {"legal_notice", "reminder"}),
 ("公司前台把这条转给我", {"legal_notice", "reminder"}),
 ("第十几条了", {"legal_notice", "reminder"}),
 ("我是做HR的", {"legal_notice", "reminder", "scam"}),
 ("催收的找到我这里来了", {"legal_notice", "reminder", "scam"}),
 ("姐妹们,我真的要崩溃了", {"legal_notice", "reminder"}),
 ("所谓的“合规催收”", {"legal_notice", "reminder", "scam"}),
 ("短信轰炸", {"legal_notice", "reminder"}),
 ("这次明显升级了", {"reminder"}),
 ("这条已经开始说后果了", {"reminder", "legal_notice", "scam"}),
 ("我已经下载了官方APP核对过", {"scam", "unlawful_threat", "legal_notice"}),
 ("想确认是不是平台官方发的", {"unlawful_threat"}),
 ("被转给外包了", {"legal_notice", "reminder"}),
 ("对方还说这是最后一次通知", {"reminder", "legal_notice"}),
 ("对方语气很冲", {"reminder", "legal_notice"}),
 ("这是今天收到的第三条", {"reminder"}),
 ("没写会联系家人和单位", {"reminder", "legal_notice", "scam"}),
 ("要不要报警", {"reminder", "legal_notice"}),
 ("我妈给我打电话问是不是出事了", {"reminder"}),
 ("我爸用老年机收到的", {"legal_notice"}),
 ("我老婆先看到的", set()),
 ("合法催收是可以这样说的", {"legal_notice", "scam"}),
 ("这就是所谓", {"legal_notice", "reminder", "scam"}),
 ("朋友在催收公司上过班", {"legal_notice", "scam"}),
 ("提到的程序是不是真的会走", {"reminder"}),
 ("平台的APP里显示我确实逾期了", set()),
]
FRAME_REQUIRE = [
 ("语音转文字,电话大概", lambda c, t: c in ("aggressive", "unlawful_threat") and "【" not in t and "通知" not in t),
 ("发到我儿子手机上", lambda c, t: c == "unlawful_threat"),
 ("我爸用老年机", lambda c, t: not re.search(r"哥哥|姐姐|同事|单位|人事|配偶|担保", t)),
 ("我是做HR的", lambda c, t: bool(re.search(r"单位|公司|同事|人事", t))),
 ("催收的找到我这里来了", lambda c, t: bool(re.search(r"家属|姐|哥|弟|联系人", t))),
 ("我是担保人", lambda c, t: c == "legal_notice" or bool(re.search(r"担保|保证", t))),
 ("公司前台把这条转给我", lambda c, t: c in ("aggressive", "unlawful_threat")),
 ("语气比我想象的严厉很多", lambda c, t: c == "aggressive"),
 ("我老公在旁边看到了", lambda c, t: c != "legal_notice"),
]
def frame_ok(f, cat, text=""):
    for k, ex in FRAME_EXCLUDE:
        if k in f and cat in ex: return False
    for k, fn in FRAME_REQUIRE:
        if k in f and not fn(cat, text): return False
    return True

STATE = {"used": set(), "n": 0, "suffix_use": collections.Counter()}

def apply(r, f, rnd):
    n = ""
    if "{n}" in f:
        STATE["n"] += 1; n = str(STATE["n"])
    r["text"] = f.replace("{m}", r["text"]).replace("{o}", ocr(r["text"], rnd)).replace("{n}", n)
    r["wrapped"] = True

NATIVE_PASTED_RE = re.compile(r"^(朋友|这是|這是|爸收到|发件人|截图|语音|語音|收到|小姐姐|催收打|这些是|发给我|朋友圈|这条|我老公|“|「|吓死我|同事收到|速融钱包给我|这个人自称|小橙分期这两天|鑫盛消费金融“官方”|宜享花客服小林|“速融钱包官方)|^.{0,20}(收到|截图|转给我|发到我)")
def is_pasted(t):
    return bool(NATIVE_PASTED_RE.search(t))

def wrap(rows, target_pasted, target_long, rnd):
    cand = [r for r in rows if not is_pasted(r["text"]) and not OBF_RE.search(r["text"]) and len(r["text"]) >= 40]
    rnd.shuffle(cand)
    cand.sort(key=lambda r: -len(r["text"]))
    longs = sum(len(r["text"]) > 120 for r in rows)
    pasted = sum(is_pasted(r["text"]) for r in rows)
    rest = []
    for r in cand:
        if longs >= target_long or len(r["text"]) > 120: rest.append(r); continue
        nc = r["cat"] == "not_collection"
        L0 = len(r["text"])
        pool = [f for f in (LONG_NEUTRAL if nc else LONG_FRAMES) if f not in STATE["used"] and len(f) - 3 + L0 > 120 and frame_ok(f, r["cat"], r["text"])]
        spool = [f for f in (NEUTRAL_LSUFFIX if nc else LONG_SUFFIX) if STATE["suffix_use"][f] < 4 and (f, r["cat"]) not in STATE["used"] and len(f) - 3 + L0 > 120 and frame_ok(f, r["cat"], r["text"])]
        if pool and (not spool or rnd.random() < 0.75):
            f = rnd.choice(pool); STATE["used"].add(f)
        elif spool:
            f = rnd.choice(spool); STATE["suffix_use"][f] += 1; STATE["used"].add((f, r["cat"]))
        else:
            rest.append(r); continue
        apply(r, f, rnd)
        if len(r["text"]) > 120: longs += 1
        pasted += 1
    for r in rest:
        if pasted >= target_pasted: break
        nc = r["cat"] == "not_collection"
        free = [f for f in PREFIX_FRAMES if (f not in STATE["used"] or "{n}" in f) and (not nc or f.startswith(NEUTRAL_OK)) and frame_ok(f, r["cat"], r["text"])]
        if free and rnd.random() < 0.7:
            f = rnd.choice(free); STATE["used"].add(f)
        else:
            f = rnd.choice([x for x in (NEUTRAL_SUFFIX if nc else SUFFIX_FRAMES) if frame_ok(x, r["cat"], r["text"])])
        apply(r, f, rnd)
        pasted += 1

SIG_RE = re.compile(r"^【([^】]{1,12})】")
ALT_SIG = ["{b}提醒您:", "{b}:", "[{b}]", "{b}通知:", "{b}温馨提示:", "〔{b}〕", "{b}贷后:", "来自{b}:", "{b}消息:"]

def fix_prefixes(rows):
    seen = set()
    for r in rows:
        t = r["text"]
        if t[:6] not in seen:
            seen.add(t[:6]); continue
        m = SIG_RE.match(t)
        tries = []
        if m:
            body = t[m.end():]
            tries.append(body + m.group(0))
            tries += [a.replace("{b}", m.group(1)) + body for a in ALT_SIG]
        else:
            tries += [p + t for p in ("转:", "原文:", "如下:", "短信:", "「", "——", "刚才:", "【转】", "看这条:", "这条:")]
        for c in tries:
            if c[:6] not in seen:
                r["text"] = c; seen.add(c[:6]); break
        else:
            seen.add(t[:6])

OBF_RE = re.compile(r"yq|hk|cs组|崔收|谕期|fw|dh|xyk|zx|网d|兄d|城s|全jia|s老赖|老\*赖|停-催|不 还 就|你 再 不|再 次 提")

def main():
    rnd = random.Random(22)
    P = build("p", [("p_rem.txt", "reminder", 40), ("p_agg.txt", "aggressive", 70), ("p_unl.txt", "unlawful_threat", 80),
                    ("p_scam.txt", "scam", 50), ("p_legal.txt", "legal_notice", 20), ("p_nc.txt", "not_collection", 40)], 1, 3)
    L = build("l", [("l_nc.txt", "not_collection", 70), ("l_rem.txt", "reminder", 30), ("l_agg.txt", "aggressive", 40),
                    ("l_legal.txt", "legal_notice", 10)], 2, 3)
    for r in P + L:
        if OBF_RE.search(r["text"]): r["obf"] = True
    wrap(P, 106, 76, rnd)
    wrap(L, 50, 38, rnd)
    fix_prefixes(P + L)
    P = finalize(P, "p", "P22S"); L = finalize(L, "l", "L22S")
    ok = validate(P, L, {"reminder": 40, "aggressive": 70, "unlawful_threat": 80, "scam": 50, "legal_notice": 20, "not_collection": 40},
                  {"not_collection": 70, "reminder": 30, "aggressive": 40, "legal_notice": 10})
    for fn, rows in (("para22_sealed.jsonl", P), ("lawful22_sealed.jsonl", L)):
        with open(fn, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    stats(P, L)
    sys.exit(0 if ok else 1)

def validate(P, L, wantP, wantL):
    ok = True
    allr = P + L
    for r in allr:
        if list(r.keys()) != KEYS: print("BAD KEYS", r["id"]); ok = False
        if not set(r["flags"]) <= ALLOWED_FLAGS: print("BAD FLAG", r["id"]); ok = False
        if "\n" in r["text"]: print("NEWLINE", r["id"]); ok = False
    ids = [r["id"] for r in allr]
    if len(ids) != len(set(ids)): print("DUP IDS"); ok = False
    for rows, want, name in ((P, wantP, "para22"), (L, wantL, "lawful22")):
        c = collections.Counter(r["category"] for r in rows)
        if dict(c) != want: print("COUNT MISMATCH", name, dict(c)); ok = False
        else: print(f"{name}: counts OK {dict(c)} total {len(rows)}")
    pre = collections.defaultdict(list)
    for r in allr: pre[r["text"][:6]].append(r["id"])
    clash = {k: v for k, v in pre.items() if len(v) > 1}
    if clash: print("PREFIX CLASH", clash); ok = False
    else: print("6-char prefixes: all unique")
    texts = [(r["id"], r["text"]) for r in allr]
    worst = 0; bad = []
    for i in range(len(texts)):
        sm = difflib.SequenceMatcher(None, autojunk=False)
        sm.set_seq2(texts[i][1])
        for j in range(i):
            sm.set_seq1(texts[j][1])
            if sm.real_quick_ratio() <= 0.7 or sm.quick_ratio() <= 0.7: continue
            rt = sm.ratio()
            worst = max(worst, rt)
            if rt > 0.7: bad.append((texts[j][0], texts[i][0], round(rt, 3)))
    if bad: print("NEAR DUPLICATES", bad); ok = False
    else: print(f"near-duplicates: none across both files ({len(texts)} texts; every pair difflib ratio <= 0.7" + (f", highest checked {worst:.3f})" if worst else "; no pair even reached quick_ratio upper bound 0.7)"))
    print("VALIDATION", "PASSED" if ok else "FAILED")
    return ok

def stats(P, L):
    for name, rows in (("para22", P), ("lawful22", L)):
        n = len(rows)
        short = sum(len(r["text"]) < 40 for r in rows); long_ = sum(len(r["text"]) > 120 for r in rows)
        fl = collections.Counter(f for r in rows for f in r["flags"])
        nl = sum(r["lender"] is not None for r in rows)
        pasted = sum("Pasted" in r["notes"] or is_pasted(r["text"]) for r in rows)
        obf = sum("Obfuscated" in r["notes"] for r in rows)
        trad = sum("Traditional" in r["notes"] for r in rows); cant = sum("Cantonese" in r["notes"] for r in rows)
        coll = [r for r in rows if r["category"] in ("reminder", "aggressive", "unlawful_threat", "legal_notice")]
        third = sum(bool(THIRD_RE.search(r["text"])) for r in coll)
        print(f"{name}: n={n} <40 chars={short} 40-120={n-short-long_} >120={long_} lender set={nl} flags={dict(fl)} "
              f"pasted≈{pasted} obfuscated={obf} traditional={trad} cantonese={cant} third-party≈{third}/{len(coll)} collection lines")

if __name__ == "__main__":
    main()
