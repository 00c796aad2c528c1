import json, random, collections, sys, re
sys.path.insert(0, "/work/blind28/src")
import p_rem_agg as A, p_unl as B, p_other as C, l_all as Dd, long_p as LP, long_l as LL

rng = random.Random(28)
PROTECT = ("hard neg", "emergency", "visit", "reader's own words", "Traditional", "spaces", "typo", "voice",
           "friend casual", "call transcript", "12368")
short = lambda t: len(t[0]) < 40
mid = lambda t: 40 <= len(t[0]) <= 120

def drop(items, pred, n, extra=lambda t: True):
    cand = [i for i, t in enumerate(items) if pred(t) and extra(t) and not any(p in t[4] for p in PROTECT)]
    assert len(cand) >= n, (len(cand), n, items[0][4])
    rm = set(rng.sample(cand, n))
    return [t for i, t in enumerate(items) if i not in rm]

def make(base, long, ns, nm):
    items = base + long
    if ns: items = drop(items, short, ns)
    if nm: items = drop(items, mid, nm)
    return items

# unlawful: drop 9 short implication-only items, 18 short explicit items
unl = B.P_UNLAWFUL + LP.P_UNLAWFUL_LONG
def drop_unl(items):
    imp = [i for i, t in enumerate(items) if short(t) and "implication" in t[4] and "no debt word" in t[4]]
    exp = [i for i, t in enumerate(items) if short(t) and "implication" not in t[4]
           and not any(p in t[4] for p in ("spaces", "Traditional", "voice"))]
    rm = set(rng.sample(imp, 9)) | set(rng.sample(exp, 18))
    return [t for i, t in enumerate(items) if i not in rm]

PARA = {
    "reminder": make(A.P_REMINDER, LP.P_REMINDER_LONG, 3, 5),
    "aggressive": make(A.P_AGGRESSIVE, LP.P_AGGRESSIVE_LONG, 7, 7),
    "unlawful_threat": drop_unl(unl),
    "legal_notice": make(C.P_LEGAL, LP.P_LEGAL_LONG, 0, 8),
    "scam": make(C.P_SCAM, LP.P_SCAM_LONG, 6, 6),
    "not_collection": make(C.P_NOTCOL, LP.P_NOTCOL_LONG, 9, 0),
}
LAW = {
    "not_collection": make(Dd.L_NOTCOL, LL.L_NOTCOL_LONG, 16, 0),
    "reminder": make(Dd.L_REMINDER, LL.L_REMINDER_LONG, 4, 3),
    "aggressive": make(Dd.L_AGGRESSIVE, LL.L_AGGRESSIVE_LONG, 0, 10),
    "legal_notice": make(Dd.L_LEGAL, LL.L_LEGAL_LONG, 0, 4),
}
WANT_P = {"reminder": 40, "aggressive": 60, "unlawful_threat": 90, "legal_notice": 20, "scam": 50, "not_collection": 40}
WANT_L = {"not_collection": 70, "reminder": 30, "aggressive": 40, "legal_notice": 10}
CATS = {"reminder", "aggressive", "unlawful_threat", "legal_notice", "scam", "not_collection"}
KINDS = {"urgency_pressure", "doorstep_visit_threat", "suspicious_link"}

def form_of(text, note):
    f = []
    if re.search(r"[們們還銀請賬號國對應過時書與這為將會後從愛發點]", text): f.append("traditional")
    if re.search(r"(\S )(\S ){3,}", text): f.append("spaced")
    if "reader's own words" in note: f.append("reader_words")
    if "typo" in note: f.append("typo")
    if re.search(r"语音|录音|通话|来电|电话转写|电话录音", text[:12]): f.append("voice_transcript")
    if text.startswith("(微信"): f.append("wechat_marked")
    if text.startswith("【"): f.append("sms_signature_front")
    elif re.search(r"【[^】]+】$", text): f.append("sms_signature_end")
    if not f: f.append("plain_text")
    return f

out_lines = []
def emit(sets, want, prefix, fname):
    rows = []
    for cat, items in sets.items():
        assert len(items) == want[cat], (prefix, cat, len(items), want[cat])
        for (text, lender, sender, flags, note) in items:
            assert cat in CATS and set(flags) <= KINDS
            rows.append(dict(text=text, source_url=None, lender=lender, sender_number=sender, category=cat,
                             flags=list(flags), tier="probe", notes=note))
    rng.shuffle(rows)
    with open(fname, "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            r = {"id": f"{prefix}{i:03d}", **r}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validate by re-reading
    recs = [json.loads(l) for l in open(fname, encoding="utf-8")]
    ids = [r["id"] for r in recs]
    texts = [r["text"] for r in recs]
    keys = ["id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"]
    assert all(list(r.keys()) == keys for r in recs)
    assert len(set(ids)) == len(ids) == sum(want.values())
    assert all(r["category"] in CATS for r in recs)
    lens = [len(t) for t in texts]
    cc = collections.Counter(r["category"] for r in recs)
    forms = collections.Counter(f for r in recs for f in form_of(r["text"], r["notes"]))
    out_lines.append(f"== {fname}")
    out_lines.append(f"lines={len(recs)} unique_ids={len(set(ids))} ids {ids[0]}..{max(ids)} valid_json=yes unique_texts={len(set(texts))}")
    out_lines.append("categories: " + ", ".join(f"{k}={cc[k]}" for k in sorted(cc)) + f"  (wanted {want})")
    out_lines.append(f"length: <40={sum(l<40 for l in lens)} ({sum(l<40 for l in lens)/len(lens):.0%}), 40-120={sum(40<=l<=120 for l in lens)}, >120={sum(l>120 for l in lens)} ({sum(l>120 for l in lens)/len(lens):.0%}); min={min(lens)} median={sorted(lens)[len(lens)//2]} max={max(lens)}")
    out_lines.append("forms: " + ", ".join(f"{k}={v}" for k, v in forms.most_common()))
    fl = collections.Counter(f for r in recs for f in r["flags"])
    out_lines.append("flags: " + ", ".join(f"{k}={v}" for k, v in fl.most_common()) + f"; empty={sum(not r['flags'] for r in recs)}")
    out_lines.append(f"lender non-null={sum(r['lender'] is not None for r in recs)}, sender_number non-null={sum(r['sender_number'] is not None for r in recs)}")
    if prefix == "P28S":
        u = [r for r in recs if r["category"] == "unlawful_threat"]
        out_lines.append(f"unlawful_threat: implication-only={sum('implication' in r['notes'] for r in u)}, no-debt-word={sum('no debt word' in r['notes'] for r in u)}, explicit={sum('implication' not in r['notes'] for r in u)}")
        s = [r for r in recs if r["category"] == "scam"]
        out_lines.append(f"scam: naming no loan (note says 'no loan')={sum('no loan' in r['notes'] for r in s)}")
    # max run of same category (shuffle check)
    run = best = 1
    for a, b in zip(recs, recs[1:]):
        run = run + 1 if a["category"] == b["category"] else 1; best = max(best, run)
    out_lines.append(f"longest same-category run={best}")
    return texts

t1 = emit(PARA, WANT_P, "P28S", "/work/blind28/para28_sealed.jsonl")
t2 = emit(LAW, WANT_L, "L28S", "/work/blind28/lawful28_sealed.jsonl")
out_lines.append(f"texts shared between the two files: {len(set(t1) & set(t2))}")
out_lines.append("flag kinds used: only those visible in the allowed reading (urgency_pressure, doorstep_visit_threat, suspicious_link); other finding kinds were not named in what I was allowed to read, so flags are [] where none of these applies.")
open("/work/blind28/build_output.txt", "w", encoding="utf-8").write("\n".join(out_lines) + "\n")
print("\n".join(out_lines))
