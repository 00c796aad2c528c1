import json, re
from collections import Counter
CATS = {"reminder","aggressive","unlawful_threat","legal_notice","scam","not_collection"}
KEYS = ["id","text","source_url","lender","sender_number","category","flags","tier","notes"]
WANT = {"para26_sealed.jsonl": ("P26S",300,{"reminder":40,"aggressive":60,"unlawful_threat":90,"legal_notice":20,"scam":50,"not_collection":40}),
        "lawful26_sealed.jsonl": ("L26S",150,{"not_collection":70,"reminder":30,"aggressive":40,"legal_notice":10})}
alltexts = Counter(); ok = True
for fn,(pre,n,want) in WANT.items():
    rows = [json.loads(l) for l in open("/work/blind26/"+fn, encoding="utf-8")]
    print(f"== {fn}: {len(rows)} lines, valid JSON")
    ids = [r["id"] for r in rows]
    c1 = len(rows)==n; c2 = len(set(ids))==n and sorted(ids)==[f"{pre}{i:03d}" for i in range(1,n+1)]
    c3 = all(r["category"] in CATS for r in rows); c4 = all(list(r.keys())==KEYS for r in rows)
    cnt = Counter(r["category"] for r in rows); c5 = dict(cnt)==want
    c6 = all(r["tier"]=="probe" and r["source_url"] is None for r in rows)
    c7 = all(set(r["flags"])<= {"urgency_pressure","doorstep_visit_threat","suspicious_link"} for r in rows)
    phones = [r["id"] for r in rows if re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", r["text"])]
    print(f"count={c1} ids_unique_and_sequential={c2} categories_valid={c3} fields={c4} counts_match={c5} tier/source={c6} flags_known={c7} unmasked_mobile={phones}")
    ok &= all([c1,c2,c3,c4,c5,c6,c7]) and not phones
    print("categories:", dict(sorted(cnt.items())))
    L = [len(r["text"]) for r in rows]
    print(f"length: <40: {sum(x<40 for x in L)} ({sum(x<40 for x in L)/n:.0%}), 40-120: {sum(40<=x<=120 for x in L)}, >120: {sum(x>120 for x in L)} ({sum(x>120 for x in L)/n:.0%}); min {min(L)} median {sorted(L)[n//2]} max {max(L)}")
    for c in sorted(cnt):
        LL=[len(r["text"]) for r in rows if r["category"]==c]
        print(f"   {c}: <40 {sum(x<40 for x in LL)}, >120 {sum(x>120 for x in LL)}")
    forms = Counter(r["notes"].split(";")[0] for r in rows); print("forms/channels:", dict(forms.most_common()))
    if "unlawful_threat" in cnt:
        u=[r for r in rows if r["category"]=="unlawful_threat"]
        print(f"unlawful_threat: implication-only {sum('implication only' in r['notes'] for r in u)}, no debt word {sum('no debt word' in r['notes'] for r in u)}")
        nd=[r['id'] for r in u if 'no debt word' in r['notes'] and re.search('欠|还款|还钱|借|逾期|贷|债|钱|款', r['text'])]
        print("  no-debt-word lines containing a debt word:", nd)
    print("flags:", dict(Counter(f for r in rows for f in r["flags"])), "| lines with no flag:", sum(not r["flags"] for r in rows))
    print("lender filled:", sum(r["lender"] is not None for r in rows), "| sender_number filled:", sum(r["sender_number"] is not None for r in rows))
    print("lenders:", dict(Counter(r["lender"] for r in rows if r["lender"]).most_common(12)))
    run = max(len(list(g)) for g in [[0]] ) 
    # longest run of same category in file order (shuffle check)
    best=cur=1
    for a,b in zip(rows,rows[1:]):
        cur = cur+1 if a["category"]==b["category"] else 1; best=max(best,cur)
    print("longest same-category run in file order:", best)
    alltexts.update(r["text"] for r in rows)
d=[t for t,k in alltexts.items() if k>1]; print("== duplicate texts across both files:", len(d)); ok &= not d
print("ALL CHECKS PASSED" if ok else "SOME CHECK FAILED")
