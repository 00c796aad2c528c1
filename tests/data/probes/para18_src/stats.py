# summary statistics for README_para18.md (reads the two sealed files)
import json,re,collections
P2=re.compile(r'^\[|^\+86|^1\d\d|^12368|^短信 \||发件人|\[短信|短信1|^微信|\[微信|WhatsApp|\[LINE|群聊|\[语音|\[語音|\n|截图|\[来自|^来电短信|^\[在线客服|\[APP|^"|^朋友A|^律师回复|\[企业微信')
TP=re.compile(r'third party|担保人|保证人|同事|紧急联系人|联系人|您儿子|你儿子|您女儿|阿姨|大爷|贵单位|贵公司|贵司|人事|班主任|房东您好|住户|你老公|你前夫|你表哥|你兄弟|表弟|同学|丈夫|共同借款人|共同还款人|配偶|证人|全体员工|群成员|本群|各位|你的朋友|您的朋友|您的家人')
for fn in ['para18_sealed.jsonl','lawful18_sealed.jsonl']:
    rows=[json.loads(l) for l in open(fn)]
    C=collections.Counter(r['category'] for r in rows)
    B=collections.Counter(r['category'] for r in rows if 'border' in r['notes'])
    print(f'### {fn}\n')
    print('| label | lines | <40 chars | 40–120 | >120 | border noted | flags |')
    print('|---|---|---|---|---|---|---|')
    for c in C:
        rs=[r for r in rows if r['category']==c]
        b=collections.Counter('<40' if len(r['text'])<40 else '>120' if len(r['text'])>120 else 'm' for r in rs)
        F=collections.Counter(f for r in rs for f in r['flags'])
        print(f"| {c} | {C[c]} | {b['<40']} | {b['m']} | {b['>120']} | {B[c]} | {', '.join(f'{k} {v}' for k,v in sorted(F.items())) or '—'} |")
    b=collections.Counter('<40' if len(r['text'])<40 else '>120' if len(r['text'])>120 else 'm' for r in rows)
    print(f"| **all** | {len(rows)} | {b['<40']} | {b['m']} | {b['>120']} | {sum(B.values())} | |\n")
    coll=[r for r in rows if r['category']!='not_collection']
    tp=[r for r in coll if TP.search(r['notes']+r['text'])]
    print(f"- addressed to / about a third party (regex estimate, collection labels only): {len(tp)} of {len(coll)}")
    print(f"- pasted forms (sender/time lines, several SMS, OCR breaks, WeChat/WhatsApp/LINE names, voice-to-text): {sum(1 for r in rows if P2.search(r['text']))} of {len(rows)}")
    print(f"- obfuscation (spaces/symbols, pinyin initials, homophones), by note: {sum(1 for r in rows if 'obfusc' in r['notes'])}")
    print(f"- Traditional script (rough count): {sum(1 for r in rows if re.search(r'[們這還貸閣銀個]',r['text']))}; Cantonese: {sum(1 for r in rows if re.search(r'[嘅咗唔佢哋嚟俾喺]',r['text']))}")
    L=collections.Counter(r['lender'] for r in rows if r['lender'])
    print(f"- lender set on {sum(L.values())} lines: {dict(L)}; sender_number set on {sum(1 for r in rows if r['sender_number'])} lines\n")
