import json, random, sys, re
sys.path.insert(0, '/work/blind25')
from d_unlawful import UNL; from d_aggr import AGG; from d_rem import REM; from d_legal import LEG; from d_scam import SCAM; from d_nc import NC
from d_tails import LT, WRAP, WRAP_CALM
from d_nclong import NCLONG
R = random.Random(2512)
CATS = {"unlawful_threat": UNL, "aggressive": AGG, "reminder": REM, "legal_notice": LEG, "scam": SCAM, "not_collection": NC}
TRAD = {
"出门小心点,最近路上不太平。": "出門小心點,最近路上不太平。",
"你的照片我们已经做成海报了,明天贴满你们小区电梯。": "你的照片我們已經做成海報了,明天貼滿你們小區電梯。",
"各位亲朋好友:本人刘**,借钱不还,是个骗子,大家以后看到我绕着走。——此短信由债权方代发": "各位親朋好友:本人劉**,借錢不還,是個騙子,大家以後看到我繞著走。——此短信由債權方代發",
"我们不着急,你老婆孩子总要出门的。": "我們不著急,你老婆孩子總要出門的。",
"最后通知:您在拍拍贷的借款已逾期90天,今日18点前未还款将转入法律诉讼流程。": "最後通知:您在拍拍貸的借款已逾期90天,今日18點前未還款將轉入法律訴訟流程。",
"再不回复,我们只能按程序走诉讼了,到时候费用比现在高得多。": "再不回覆,我們只能按程序走訴訟了,到時候費用比現在高得多。",
"亲,您的分期乐账单明天到期哦,别忘了还款~": "親,您的分期樂賬單明天到期哦,別忘了還款~",
"【还呗】您的账单今日到期,请及时还款。": "【還唄】您的賬單今日到期,請及時還款。",
"【人民法院在线服务】您好,您的案件(2026)X0106民初1357号已生成庭审笔录,请登录平台签字确认。": "【人民法院在線服務】您好,您的案件(2026)X0106民初1357號已生成庭審筆錄,請登錄平台簽字確認。",
"征信铲单、逾期洗白、黑户下款,内部操作,添加QQ:****": "徵信鏟單、逾期洗白、黑戶下款,內部操作,添加QQ:****",
"降温了,出门小心路滑,多穿点。": "降溫了,出門小心路滑,多穿點。",
"孩子几点放学?我四点半到校门口接他,你不用跑了。": "孩子幾點放學?我四點半到校門口接他,你不用跑了。",
"你家住哪来着?我给你寄点老家的腊肉。": "你家住哪來著?我給你寄點老家的臘肉。",
"你这种人活着浪费空气,不还钱就去死吧。": "你這種人活著浪費空氣,不還錢就去死吧。",
}
TYPO = [("已经", "以经"), ("再不", "在不"), ("逾期", "愈期"), ("征信", "证信"), ("还款", "换款"), ("立即", "立既")]
def typo(t):
    for a, b in TYPO:
        if a in t: return t.replace(a, b, 1), True
    return t, False
def spaced(t, r):
    mode = r.randrange(3)
    if mode == 0:  # evasion spacing inside sensitive words
        for w in ["逾期", "催收", "欠款", "起诉", "征信", "通讯录", "上门", "还款", "法院"]:
            t = t.replace(w, w[0] + " " + w[1:])
        return t, "spaces inside key words"
    if mode == 1:
        return re.sub(r"(?<![0-9]),(?![0-9])|。", " ", t).strip(), "punctuation replaced by spaces"
    for w in ["逾期", "催收", "欠款", "征信", "还钱", "法院", "账户"]:
        t = t.replace(w, w[0] + "*" + w[1:])
    return t, "symbols inserted inside key words"

items = []
for cat, lst in CATS.items():
    for i, (text, lender, sender, flags, notes) in enumerate(lst):
        items.append(dict(cat=cat, text=text, lender=lender, sender=sender, flags=list(flags), notes=notes, forms=[]))
for it in items:
    if it["text"] in NCLONG:
        it["text"] = NCLONG[it["text"]]; it["forms"].append("long (multi-sentence)")
assert sum(it["text"] in NCLONG.values() for it in items) == len(NCLONG)
# Traditional
for it in items:
    if it["text"] in TRAD:
        it["text"] = TRAD[it["text"]]; it["forms"].append("traditional")
assert sum("traditional" in it["forms"] for it in items) == len(TRAD)
# length adjustment: long tails
import collections
USED = collections.Counter()
LONG_TARGET = {"unlawful_threat": 24, "aggressive": 26, "reminder": 18, "legal_notice": 20, "scam": 18, "not_collection": 0}
for cat, k in LONG_TARGET.items():
    pool = [it for it in items if it["cat"] == cat and not it["forms"] and not re.search(r"\bto |private|friend|family|landlord|guarantor|student|parents|colleagues|group|mass text|Traditional|business|物业|impersonat|relative|prize|demanding contact|carrier|ETC|快递|医保", it["notes"]) and not (cat == "legal_notice" and re.search("律师|仲裁", it["text"]))]
    pool.sort(key=lambda it: -len(it["text"]))
    tails = LT[cat][:]
    done = sum(len(it["text"]) > 120 for it in items if it["cat"] == cat)
    for it in pool:
        if done >= k: break
        if len(it["text"]) > 120: continue
        if cat in ("aggressive", "reminder") and "你" in it["text"] and "您" not in it["text"]: continue
        order = sorted(tails, key=lambda t: (USED[t], R.random()))
        added = []; orig = it["text"]
        for t in order:
            if len(it["text"]) > 120: break
            if USED[t] >= 3: continue
            if re.search(r"[A-Za-z0-9*]$", it["text"]): it["text"] += " "
            if "我行" in it["text"] or "银行】" in it["text"]: t = t.replace("我司", "我行")
            it["text"] += t; added.append(t); USED[t] += 1
        if len(it["text"]) <= 120:
            for t in added: USED[t] -= 1
            it["text"] = orig
            continue
        it["forms"].append("long (multi-sentence)"); done += 1
MED = {"unlawful_threat": 7, "reminder": 8, "aggressive": 6}
for cat, k in MED.items():
    pool = [it for it in items if it["cat"] == cat and not it["forms"] and len(it["text"]) < 40 and not (cat != "unlawful_threat" and "你" in it["text"] and "您" not in it["text"]) and not re.search(r"\bto |private|friend|family|landlord|guarantor|student|parents|colleagues|group|mass text|business|物业", it["notes"])]
    R.shuffle(pool)
    for it in pool[:k]:
        order = sorted(LT[cat], key=lambda t: (USED[t], R.random()))
        t = next(t for t in order if 40 <= len(it["text"]) + len(t) <= 120)
        if "我行" in it["text"] or "银行】" in it["text"]: t = t.replace("我司", "我行")
        it["text"] += t; USED[t] += 1; it["forms"].append("two-part message")
# reader wrappers on ~24 collection-ish items (not already transformed)
cand = [it for it in items if not it["forms"] and it["cat"] in ("unlawful_threat", "scam", "aggressive", "legal_notice", "reminder")]
R.shuffle(cand)
for j, it in enumerate(cand[:24]):
    a, b = (WRAP if it["cat"] in ("unlawful_threat", "scam", "aggressive") else WRAP_CALM)[j % 6]
    it["text"] = a + it["text"] + b; it["forms"].append("reader's own words around the message")
# typos on ~14
cand = [it for it in items if not it["forms"] and it["cat"] != "legal_notice"]
R.shuffle(cand); n = 0
for it in cand:
    if n >= 14: break
    t, ok = typo(it["text"])
    if ok: it["text"] = t; it["forms"].append("typo"); n += 1
# spaces/symbols on ~20
cand = [it for it in items if not it["forms"] and it["cat"] in ("unlawful_threat", "scam", "aggressive", "reminder", "not_collection")]
R.shuffle(cand); n = 0
for it in cand:
    if n >= 20: break
    t, how = spaced(it["text"], R)
    if t != it["text"]:
        it["text"] = t; it["forms"].append(how); n += 1
# split
PARA = {"reminder": 40, "aggressive": 60, "unlawful_threat": 90, "legal_notice": 20, "scam": 50, "not_collection": 40}
para, law = [], []
for cat in CATS:
    lst = [it for it in items if it["cat"] == cat]; R.shuffle(lst)
    para += lst[:PARA[cat]]; law += lst[PARA[cat]:]
def emit(lst, prefix, path):
    R.shuffle(lst)
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(lst, 1):
            form = "; ".join(it["forms"]) if it["forms"] else "clean"
            o = {"id": f"{prefix}{i:03d}", "text": it["text"], "source_url": None, "lender": it["lender"],
                 "sender_number": it["sender"], "category": it["cat"], "flags": it["flags"], "tier": "probe",
                 "notes": f"form: {form}; {it['notes']}"}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
emit(para, "P25S", "/work/blind25/para25_sealed.jsonl")
emit(law, "L25S", "/work/blind25/lawful25_sealed.jsonl")
