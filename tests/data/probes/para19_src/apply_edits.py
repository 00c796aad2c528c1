import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["p_rem_agg.txt", "p_unl.txt", "p_scam.txt", "p_ln.txt", "l_all.txt"]
data = {f: open(os.path.join(HERE, f), encoding="utf-8").read().split("\n") for f in FILES}
for ef in sys.argv[1:]:
    for ln in open(ef, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("# "): continue
        old, new = ln.split("§", 1)
        app = old.startswith("+"); pre = old.startswith("=")
        if app or pre: old = old[1:]
        hits = [(f, i) for f in FILES for i, l in enumerate(data[f]) if "§" in l and l.split("§")[3].startswith(old)]
        if len(hits) != 1:
            print("NO/MULTI MATCH", len(hits), old); continue
        f, i = hits[0]
        p = data[f][i].split("§"); p[3] = (p[3] + new) if app else ((new + p[3][len(old):]) if pre else new); data[f][i] = "§".join(p)
for f in FILES:
    open(os.path.join(HERE, f), "w", encoding="utf-8").write("\n".join(data[f]))
