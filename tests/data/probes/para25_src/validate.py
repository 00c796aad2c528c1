import json, collections, re
VIOL = ["打你", "打断", "打死", "打残", "砍", "杀", "弄死", "废了", "去死", "好死", "血", "刀", "揍", "陪葬", "抓捕", "绑", "捅"]
DEBT = ["欠", "逾期", "愈期", "借", "贷", "还款", "还钱", "还不还", "不还", "债", "款", "钱", "账", "還", "錢", "貸"]
CATS = {"reminder", "aggressive", "unlawful_threat", "legal_notice", "scam", "not_collection"}
FLAGS = {"urgency_pressure", "doorstep_visit_threat", "suspicious_link"}
out = []
allids = set()
for path, exp, pre in [("/work/blind25/para25_sealed.jsonl", {"reminder": 40, "aggressive": 60, "unlawful_threat": 90, "legal_notice": 20, "scam": 50, "not_collection": 40}, "P25S"),
                       ("/work/blind25/lawful25_sealed.jsonl", {"not_collection": 70, "reminder": 30, "aggressive": 40, "legal_notice": 10}, "L25S")]:
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)); allids |= set(ids)
    assert sorted(ids) == [f"{pre}{i:03d}" for i in range(1, len(rows) + 1)]
    for r in rows:
        assert set(r) == {"id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"}
        assert r["category"] in CATS and set(r["flags"]) <= FLAGS and r["tier"] == "probe"
    c = collections.Counter(r["category"] for r in rows)
    assert dict(c) == exp, (c, exp)
    L = [len(r["text"]) for r in rows]
    forms = collections.Counter()
    for r in rows:
        for f in r["notes"].split(";")[0].replace("form: ", "").split(", "):
            pass
        pass
    for r in rows:
        fm = r["notes"][len("form: "):]
        # forms are listed before first "; " that is followed by the label note
        forms.update([f for f in ["clean", "two-part message", "traditional", "long (multi-sentence)", "reader's own words around the message", "typo", "spaces inside key words", "punctuation replaced by spaces", "symbols inserted inside key words"] if fm.startswith(f) or ("; " + f) in fm.split("; ", 3)[0:3] and f != "clean"])
    out.append(f"== {path}: {len(rows)} lines, valid JSON, ids unique {ids[0]}..{max(ids)}")
    out.append("categories: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    out.append(f"length: <40: {sum(x<40 for x in L)} ({sum(x<40 for x in L)/len(L):.0%}), 40-120: {sum(40<=x<=120 for x in L)}, >120: {sum(x>120 for x in L)} ({sum(x>120 for x in L)/len(L):.0%}); min {min(L)}, median {sorted(L)[len(L)//2]}, max {max(L)}")
    out.append("forms: " + ", ".join(f"{k}={v}" for k, v in forms.most_common()))
    out.append("lender non-null: %d; sender_number non-null: %d; flags: %s" % (sum(r["lender"] is not None for r in rows), sum(r["sender_number"] is not None for r in rows), dict(collections.Counter(f for r in rows for f in r["flags"]))))
    u = [r for r in rows if r["category"] == "unlawful_threat"]
    if u:
        impl = [r for r in u if "IMPL" in r["notes"]]
        implv = [r for r in impl if any(v in r["text"] for v in VIOL)]
        nodebt = [r for r in u if not any(d in r["text"].replace("纸钱", "") for d in DEBT)]
        nodebt_tag = [r for r in u if "NODEBT" in r["notes"]]
        out.append(f"unlawful_threat: implication-only (tagged IMPL) {len(impl)}, of which containing a violence word {len(implv)} {[r['id'] for r in implv]}; no debt word (checked by word list) {len(nodebt)}, tagged NODEBT {len(nodebt_tag)}")
        out.append(f"  tagged NODEBT but debt word found: {[r['id'] for r in nodebt_tag if r not in nodebt]}")
assert len(allids) == 450
out.append("all 450 ids unique across files; all categories in the allowed list; flags limited to ids seen in the eval format sample")
print("\n".join(out))
