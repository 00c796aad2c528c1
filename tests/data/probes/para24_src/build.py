import json, random, re, sys, collections
sys.path.insert(0, '/work/blind24')
from data_para import PARA, REM as PR, AGG as PA, UNL as PU, LEG as PL, SCAM as PS, NC as PN
from data_lawful import LAWFUL, NC as LN, REM as LR, AGG as LA, LEG as LL

CATS = {"reminder","aggressive","unlawful_threat","legal_notice","scam","not_collection"}
FLAGS = {"urgency_pressure","doorstep_visit_threat","suspicious_link"}
FORMNAMES = {"plain":"plain sender text","wrapper":"person's own words around it","multi":"several messages pasted together",
 "typo":"typo/homophone","pinyin":"pinyin/abbreviation/slang","dialect":"dialect/spoken form","voice":"voice-to-text, no punctuation",
 "spaces":"spaces/symbols between characters","letters":"letters for characters","emoji":"emoji","fullwidth":"full-width digits/letters",
 "trad":"Traditional characters","ocr":"screenshot OCR","chat":"forwarded WeChat/QQ chat record"}
DEBT = re.compile(r"还|欠|借|贷|逾期|款|钱|账|帳|債|债|錢|還|催|hk|yq|dai|口子|老赖|宽限|执行|失信|案件|法务|征信")
VIOL = re.compile(r"打断|打死|弄死|砍|杀|死|揍|废了|血|刀")

def channel(forms, text):
    if "chat" in forms: return "WeChat/QQ forward"
    if "voice" in forms: return "voice-to-text"
    if "ocr" in forms: return "screenshot OCR of SMS"
    return "SMS"

from wrap import *
def wrap(entries, plan, seed):
    rng = random.Random(seed)
    pools = {}
    def pick(name, lst):
        if not pools.get(name): pools[name] = rng.sample(lst, len(lst))
        return pools[name].pop()
    out = list(entries)
    for cat, n in plan.items():
        cand = [i for i, e in enumerate(out) if e[0] == cat and "wrapper" not in e[5] and 15 <= len(e[1]) < (115 if cat == "legal_notice" else 70)
                and not (cat == "unlawful_threat" and not DEBT.search(e[1]))
                and not (cat == "not_collection" and ("【" not in e[1] or "chat" in e[5]))]
        for i in rng.sample(cand, n):
            c, text, lender, sender, flags, forms, reason = out[i]
            if cat == "not_collection": pre, post = pick("pnc", PRE_NC), pick("qnc", POST_NC)
            else:
                pre = pick("pd", PRE_DEBT) if (cat != "scam" and rng.random() < .75) else pick("pn", PRE_NEUTRAL)
                post = {"scam": lambda: pick("qs", POST_SCAM), "legal_notice": lambda: pick("ql", POST_LEGAL), "reminder": lambda: pick("qr", POST_REM)}.get(cat, lambda: pick("qd", POST_DEBT))()
            t = pre + ("\n" if text.startswith(("中国", "短信", "信息", "iMessage")) else "") + text + post
            k = 0
            while len(t) <= 120 and k < 2 and cat != "not_collection":
                lst = {"reminder": LONG_REM, "not_collection": LONG_NC, "scam": LONG_SCAM, "legal_notice": LONG_LEGAL}.get(cat, LONG_DEBT)
                t += pick("L" + cat, lst); k += 1
            f2 = ",".join(x for x in forms.split(",") if x != "plain")
            out[i] = (c, t, lender, sender, flags, (f2 + ",wrapper").lstrip(","), reason)
    return out

TYPOS = [("已经","以经"),("再不","在不"),("逾期","愈期"),("催收","摧收"),("账单","帐单"),("征信","证信"),("律师函","律师涵"),("处理","处里")]
def typo(entries, n, seed):
    rng = random.Random(seed); out = list(entries)
    cand = [i for i, e in enumerate(out) if e[0] != "legal_notice" and (e[0] == "scam" or "【" not in e[1])
            and "typo" not in e[5] and any(a in e[1] for a, b in TYPOS)]
    for i in rng.sample(cand, n):
        c, text, lender, sender, flags, forms, reason = out[i]
        subs = [(a, b) for a, b in TYPOS if a in text]
        a, b = rng.choice(subs)
        text = text.replace(a, b, 1)
        f2 = ",".join(x for x in forms.split(",") if x != "plain")
        out[i] = (c, text, lender, sender, flags, (f2 + ",typo").lstrip(","), reason)
    return out

BARS = ["中国移动 4G 10:32", "中国联通 5G 21:07 ⚡86%", "中国电信 4G 08:03", "中国移动 5G 23:16 ▮▮▯ 31%", "中国广电 4G 12:40",
        "中国移动 HD 4G 07:58 🔋62%"]
HEADS = ["短信/彩信 今天 09:15", "短信/彩信 昨天 22:41", "信息 今天 14:06", "短信 12月4日 星期五 18:22", "iMessage/短信 今天 11:03"]
def ocr(entries, plan, seed):
    rng = random.Random(seed); out = list(entries)
    for cat, n in plan.items():
        cand = [i for i, e in enumerate(out) if e[0] == cat and e[5] == "plain" and 15 <= len(e[1]) < 40]
        for i in rng.sample(cand, min(n, len(cand))):
            c, text, lender, sender, flags, forms, reason = out[i]
            r = rng.random()
            head = rng.choice(BARS) + "\n" + rng.choice(HEADS) if r < .5 else (rng.choice(BARS) if r < .75 else rng.choice(HEADS))
            # break one line mid-text like a narrow screenshot
            k = rng.randint(8, min(16, len(text) - 4))
            text = head + "\n" + text[:k] + "\n" + text[k:]
            out[i] = (c, text, lender, sender, flags, "ocr", reason)
    return out

def rows(entries, prefix, expect, seed):
    c = collections.Counter(e[0] for e in entries)
    assert dict(c) == expect, (prefix, dict(c), expect)
    texts = [e[1] for e in entries]
    assert len(set(texts)) == len(texts), [t for t in texts if texts.count(t) > 1]
    ent = list(entries); random.Random(seed).shuffle(ent)
    out = []
    for i, (cat, text, lender, sender, flags, forms, reason) in enumerate(ent, 1):
        assert cat in CATS and set(flags) <= FLAGS
        fl = forms.split(",")
        for f in fl: assert f in FORMNAMES, f
        note = f"{'; '.join(FORMNAMES[f] for f in fl)}; {channel(fl, text)}; {reason} → {cat}"
        out.append({"id": f"{prefix}{i:03d}", "text": text, "source_url": None, "lender": lender,
                    "sender_number": sender, "category": cat, "flags": flags, "tier": "probe", "notes": note, "_forms": fl})
    return out

PARA = typo(PARA, 16, 5); LAWFUL = typo(LAWFUL, 6, 6)
PARA = ocr(PARA, {"reminder":3,"aggressive":5,"unlawful_threat":8,"scam":5,"not_collection":4}, 9)
LAWFUL = ocr(LAWFUL, {"not_collection":4,"reminder":2,"aggressive":3}, 10)
PARA = wrap(PARA, {"reminder":12,"aggressive":18,"unlawful_threat":22,"legal_notice":7,"scam":15,"not_collection":14}, 7)
LAWFUL = wrap(LAWFUL, {"not_collection":22,"reminder":11,"aggressive":14,"legal_notice":3}, 8)
para = rows(PARA, "P24S", {"reminder":40,"aggressive":60,"unlawful_threat":90,"legal_notice":20,"scam":50,"not_collection":40}, 24001)
law = rows(LAWFUL, "L24S", {"not_collection":70,"reminder":30,"aggressive":40,"legal_notice":10}, 24002)
# no overlap between the two files
assert not ({r["text"] for r in para} & {r["text"] for r in law})

rep = []
def report(name, rs):
    rep.append(f"== {name}: {len(rs)} lines, ids {rs[0]['id']}..{rs[-1]['id']}, unique ids: {len({r['id'] for r in rs})==len(rs)}")
    rep.append("categories: " + ", ".join(f"{k}={v}" for k, v in sorted(collections.Counter(r['category'] for r in rs).items())))
    L = [len(r["text"]) for r in rs]
    rep.append(f"length: <40: {sum(l<40 for l in L)} ({sum(l<40 for l in L)/len(L):.0%}), 40-120: {sum(40<=l<=120 for l in L)}, >120: {sum(l>120 for l in L)} ({sum(l>120 for l in L)/len(L):.0%}); min {min(L)}, median {sorted(L)[len(L)//2]}, max {max(L)}")
    fc = collections.Counter(f for r in rs for f in r["_forms"])
    rep.append("forms: " + ", ".join(f"{k}={v}" for k, v in fc.most_common()))
    rep.append("flags: " + ", ".join(f"{k}={v}" for k, v in collections.Counter(f for r in rs for f in r['flags']).most_common()) + f", none={sum(not r['flags'] for r in rs)}")
    rep.append(f"lender filled: {sum(r['lender'] is not None for r in rs)}; sender_number filled: {sum(r['sender_number'] is not None for r in rs)}")
    un = [r for r in rs if r["category"] == "unlawful_threat"]
    if un:
        nodebt = [r for r in un if not DEBT.search(r["text"])]
        noviol = [r for r in un if not VIOL.search(r["text"])]
        rep.append(f"unlawful_threat: {len(un)}; no explicit violence word: {len(noviol)}; no debt word at all: {len(nodebt)}")
        assert len(noviol) >= 30 and len(nodebt) >= 15
    # category run check (shuffled)
    run = max_run = 1
    for a, b in zip(rs, rs[1:]):
        run = run + 1 if a["category"] == b["category"] else 1; max_run = max(max_run, run)
    rep.append(f"longest same-category run after shuffle: {max_run}")

report("para24_sealed.jsonl", para); report("lawful24_sealed.jsonl", law)
for fn, rs in (("para24_sealed.jsonl", para), ("lawful24_sealed.jsonl", law)):
    with open(f"/work/blind24/{fn}", "w", encoding="utf-8") as f:
        for r in rs:
            r = {k: v for k, v in r.items() if k != "_forms"}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-read and validate as JSON
for fn, n in (("para24_sealed.jsonl", 300), ("lawful24_sealed.jsonl", 150)):
    lines = open(f"/work/blind24/{fn}", encoding="utf-8").read().splitlines()
    objs = [json.loads(l) for l in lines]
    assert len(objs) == n and all(set(o) == {"id","text","source_url","lender","sender_number","category","flags","tier","notes"} for o in objs)
    assert all(o["category"] in CATS for o in objs)
    rep.append(f"re-read {fn}: {len(objs)} valid JSON lines, all keys present, all categories valid")
rep.append("flags: only the finding kinds visible in the allowed files (urgency_pressure, doorstep_visit_threat, suspicious_link); third-party/exposure/insult/false-crime findings are described in notes, not flagged, because their ids were not in the allowed reading.")
rep.append("tier: probe for every line; source_url: null for every line; personal names/numbers masked.")
print("\n".join(rep))
