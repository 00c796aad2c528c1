import collections,csv,sys
P=collections.defaultdict(list)
for pf in sys.argv[1:]:
    for line in open(pf,encoding="utf-8"):
        line=line.rstrip("\n")
        if not line.strip(): continue
        f,n,op,txt=line.split("\t",3)
        P[(f,int(n))].append((op,txt))
files=sorted(set(k[0] for k in P))
for f in files:
    lines=open(f,encoding="utf-8").read().split("\n")
    if lines[-1]=="": lines=lines[:-1]
    out=[]
    for i,l in enumerate(lines,1):
        ops=P.get((f,i),[])
        if any(o=="x" for o,_ in ops): continue
        head,_,text=l.rpartition("|")
        for o,t in sorted(ops,key=lambda x: x[0]!="="):
            if o=="=": text=t
            elif o=="+": text=text+t
        out.append(head+"|"+text)
    open(f,"w",encoding="utf-8").write("\n".join(out)+"\n")
    print(f,len(lines),"->",len(out))
