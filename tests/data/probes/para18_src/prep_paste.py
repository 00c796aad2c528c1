# one-time: turn some plain single-SMS lines into pasted forms (sender/time header line), so ~1/3 of lines are pasted
import glob, re, random, os
D='/work/para18/data'
rnd=random.Random(1804)
PASTED=re.compile(r'^\[|^\+86|^1\d\d|^12368|^短信 \||发件人|\[短信|短信1|^微信|\[微信|WhatsApp|\[LINE|群聊|\[语音|\[語音|\\n|截图|\[来自|^来电短信|^\[在线客服|\[APP')
def hdr(cat, text):
    d=rnd.randint(1,28); h=rnd.randint(8,21); m=rnd.randint(0,59)
    mon=rnd.choice(['11','12'])
    if cat=='legal_notice':
        return '12368', rnd.choice([f'12368  2025-{mon}-{d:02d} {h:02d}:{m:02d}\\n', f'发件人:12368 {mon}月{d}日 {h:02d}:{m:02d}\\n'])
    if text.startswith('【'):
        num=f'106{rnd.randint(50,99)}****{rnd.randint(1000,9999)}'
        return num, rnd.choice([f'{num}  2025/{mon}/{d:02d} {h:02d}:{m:02d}\\n', f'短信 | {num} | {mon}月{d}日 {h}:{m:02d}\\n', f'发件人:{num}\\n'])
    num=f'1{rnd.choice(["37","52","71","65","88","70"])}****{rnd.randint(1000,9999)}'
    return num, rnd.choice([f'+86 {num}  {mon}-{d:02d} {h:02d}:{m:02d}\\n', f'来电短信 {num} 2025-{mon}-{d:02d}\\n', f'[{h:02d}:{m:02d}] {num}:\\n'])
def run(prefix, n_total, share):
    files=sorted(glob.glob(os.path.join(D,prefix+'_*.txt')))
    files=[f for f in files if 'dropped' not in f]
    lines=[(f,i,l) for f in files for i,l in enumerate(open(f,encoding='utf-8').read().rstrip('\n').split('\n'))]
    pasted=sum(1 for f,i,l in lines if PASTED.search(l.split('|',5)[5]))
    need=max(0,int(n_total*share)-pasted)
    cands=[(f,i,l) for f,i,l in lines if not PASTED.search(l.split('|',5)[5]) and 40<=len(l.split('|',5)[5])<=115
           and l.split('|',5)[0]!='not_collection' or (l.split('|',5)[0]=='not_collection' and l.split('|',5)[5].startswith('【') and not PASTED.search(l.split('|',5)[5]) and 40<=len(l.split('|',5)[5])<=115)]
    rnd.shuffle(cands)
    edits={}
    for f,i,l in cands[:need]:
        p=l.split('|',5)
        num,h=hdr(p[0],p[5])
        p[2]=p[2] or num
        p[4]=(p[4]+'; ' if p[4] else '')+'pasted with sender/time line'
        p[5]=h+p[5]
        edits[(f,i)]='|'.join(p)
    for f in files:
        ls=open(f,encoding='utf-8').read().rstrip('\n').split('\n')
        for (ff,i),v in edits.items():
            if ff==f: ls[i]=v
        open(f,'w',encoding='utf-8').write('\n'.join(ls)+'\n')
    print(prefix,'pasted before',pasted,'added',len(edits))
run('p',300,0.34); run('l',150,0.34)
