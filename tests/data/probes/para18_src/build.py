#!/usr/bin/env python3
"""Build and validate the para18 / lawful18 blind probe sets (invented messages).
Data: data/p_*.txt and data/l_*.txt, one message per line:
  category|lender|sender_number|flags(comma-sep)|notes|text      ("\\n" in text = line break)
Empty lender/sender/flags are filled by the rules below (only what the text itself shows)."""
import json, re, random, difflib, sys, itertools, os
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, 'data')
KEYS = ["id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"]
CATS = ["reminder", "aggressive", "unlawful_threat", "scam", "legal_notice", "not_collection"]
# Only flag ids seen in the material this brief allowed: `suspicious_link` (named in the Format section)
# and `urgency_pressure`, `doorstep_visit_threat` (used in the first 5 dev lines). Others left out on purpose.
ALLOWED_FLAGS = {"suspicious_link", "urgency_pressure", "doorstep_visit_threat"}
WANT = {
  'para18': {"reminder": 45, "aggressive": 55, "unlawful_threat": 80, "scam": 70, "legal_notice": 25, "not_collection": 25},
  'lawful18': {"not_collection": 80, "reminder": 30, "aggressive": 20, "legal_notice": 20},
}
FILES = {'para18': ['p_ut', 'p_scam', 'p_agg', 'p_rem', 'p_legal', 'p_nc', 'p_long'],
         'lawful18': ['l_nc', 'l_rem', 'l_agg', 'l_legal', 'l_long', 'l_tp']}
PREFIX = {'para18': 'P18S', 'lawful18': 'L18S'}
# financial brands the text may name (placeholders like XX银行 -> null)
BRANDS = [(r'工商银行|工行|icbc', '工商银行'), (r'中國銀行|中国银行|中銀|中银', '中国银行'), (r'招商银行', '招商银行'),
          (r'建设银行', '建设银行'), (r'花呗|花贝', '花呗'), (r'借呗', '借呗'), (r'京东金融', '京东金融'), (r'白条', '京东白条'),
          (r'微粒贷', '微粒贷'), (r'美团月付|美团】您开通的美团月付|美团】您的美团月付', '美团'), (r'【支付宝】', '支付宝')]
URG = re.compile(r'今日内|今日\d|今天|今晚|立即|马上|小时内|最后|限期|前必须|日内|截止|仅限今日|今日18|今日20|即將|請即|最後')
VISIT = re.compile(r'上门|外访|外訪|家门口|屋企|拜访|走访|到你家|到访|到你小区|到你单位|去你单位|去你家|去你公司|你公司門口|你家门口|村口|菜市场摊位')

DEBTWORD = re.compile(r'欠|借|还|還|逾期|谕期|债|債|钱|錢|款|hk|yq|老赖|老賴|老来')
def border_of(cat, text):
    """Which verdict border a line sits on, when the hand-written note did not say (rule-based, documented in README)."""
    if cat == 'unlawful_threat':
        t = re.sub(r'[\s*.]', '', text)
        if re.search(r'已(经)?(被)?(立案|冻结|凍結|上报|移交|移送|登记|列入|纳入|提交|報案|报案|起诉|强制执行|判决|同步)|已將|已将.{0,12}(公安|派出所|法院)|交给律师递交公安|網上追逃|网上追逃|通缉', t):
            return 'border ut/agg: legal/police step announced as done, nothing verifiable'
        if not DEBTWORD.search(t):
            return 'border ut/agg: names no debt at all'
        if re.search(r'担保人|同事|联系人|您儿子|您女儿|阿姨|大爷|房东|班主任|贵司|贵单位|邻居|住户|人事|你老公|你前夫|你表哥|你兄弟|同学|朋友', t):
            return 'border ut/agg: third party addressed, or told about the debt'
        if re.search(r'尊敬|温馨|感谢|謝謝|祝|亲爱', t):
            return 'border ut/agg: threat inside a polite template'
        return None
    if cat == 'aggressive':
        if re.search(r'起诉|诉讼|訴訟|入稟|法律|律师|律師|仲裁|支付令|保全|失信', text):
            return 'border agg/ut: legal step as a future condition, nothing claimed as done'
        if re.search(r'外访|上门|拜访|走访|走访|到访', text):
            return 'border agg/ut: lawful visit notice, no exposure'
        if re.search(r'转告|联系人|家人|担保人|保证人', text):
            return 'border agg/ut: third party asked to relay, no disclosure'
        return None
    if cat == 'scam':
        if re.search(r'法院|仲裁|调解|律师|律所|执行|12368|立案', text):
            return 'border scam/legal_notice: fake court/arbitration/mediation'
        if re.search(r'银行|銀行|花呗|借呗|白条|金融|月付|支付宝|微粒贷|贷|貸|征信|停息|催收|债务|網貸|额度', text):
            return 'border scam/genuine lender or debt service'
        return 'border scam/genuine public service, platform or courier'
    if cat == 'legal_notice':
        return 'border legal/scam: genuine form (verifiable case number, 12368/official platform, no personal account)'
    if cat == 'reminder':
        if re.search(r'逾期|已过|已過|尚未|未扣款|失败', text):
            return 'border reminder/aggressive: past due but no pressure'
        if re.search(r'物业|水费|电费|学费|住宿费|停车|话费|税|房租|屋租', text):
            return 'border reminder/not_collection: service or private dues'
        if re.search(r'APP|App|app', text):
            return 'border reminder/scam: genuine, points to the official app'
        return None
    if cat == 'not_collection':
        if re.search(r'诈骗|詐騙|反诈|反詐|催收|老赖|停息|冒充|冒用', text):
            return 'border nc/scam-ut: quotes fraud or collection words'
        if re.search(r'法院|律师|律所|仲裁|12368', text):
            return 'border nc/legal_notice'
        if re.search(r'银行|銀行|贷|貸|还款|還|结清|結清|额度|利率|账单|賬單|分期|花呗|借|欠', text):
            return 'border nc/reminder: lender or loan text that is not a demand'
        return None
    return None

def lender_of(text, cat):
    if cat == 'not_collection' and not re.search(r'【支付宝】|银行|銀行|花呗|借呗|白条|月付', text):
        return None
    for pat, name in BRANDS:
        if re.search(pat, text, re.I):
            return name
    return None

def sender_of(text):
    s = re.findall(r'发件人[::]\s*(\+?[\d*]+(?: [\d*]+)?)', text)
    if s and len(set(s)) == 1:
        return s[0]
    return None

def load(setname):
    rows = []
    for fn in FILES[setname]:
        for n, line in enumerate(open(os.path.join(D, fn + '.txt'), encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            parts = line.split('|', 5)
            if len(parts) != 6:
                sys.exit(f'BAD FIELD COUNT {fn}:{n}: {line[:60]}')
            cat, lender, sender, flags, notes, text = parts
            text = text.replace('\\n', '\n').strip()
            assert cat in CATS, (fn, n, cat)
            fl = [f for f in flags.split(',') if f]
            if cat == 'scam' and re.search(r'http|链接|點擊|点击', text):
                fl.append('suspicious_link')
            if cat in ('aggressive', 'unlawful_threat') and URG.search(text):
                fl.append('urgency_pressure')
            if cat in ('aggressive', 'unlawful_threat') and VISIT.search(text):
                fl.append('doorstep_visit_threat')
            fl = sorted(set(fl))
            if 'border' not in notes:
                b = border_of(cat, text)
                if b:
                    notes = (notes + '; ' if notes else '') + b + ' (rule-tagged)'

            rows.append({"text": text, "source_url": "para18 probe (invented)",
                         "lender": lender or lender_of(text, cat),
                         "sender_number": sender or sender_of(text),
                         "category": cat, "flags": fl, "tier": "probe",
                         "notes": ("invented probe (para18, 2026-12-04). " + notes).strip()})
    random.Random(18 if setname == 'para18' else 1818).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f'{PREFIX[setname]}{i:03d}'
    return [{k: r[k] for k in KEYS} for r in rows]

def main():
    ok = True
    out = {}
    for s in ('para18', 'lawful18'):
        rows = load(s)
        out[s] = rows
        cnt = {c: sum(r['category'] == c for r in rows) for c in CATS if any(r['category'] == c for r in rows)}
        exp = WANT[s]
        print(f'{s}: {len(rows)} lines; counts {cnt}; expected {exp}; {"OK" if cnt == exp else "MISMATCH"}')
        ok &= cnt == exp
    allrows = out['para18'] + out['lawful18']
    ids = [r['id'] for r in allrows]
    print('ids unique:', len(ids) == len(set(ids))); ok &= len(ids) == len(set(ids))
    badk = [r['id'] for r in allrows if list(r.keys()) != KEYS]
    print('keys exact:', not badk); ok &= not badk
    badf = [(r['id'], f) for r in allrows for f in r['flags'] if f not in ALLOWED_FLAGS]
    print('flags in allowed set:', not badf, badf[:5]); ok &= not badf
    # near-duplicates across both files
    texts = [(r['id'], r['text']) for r in allrows]
    dev = []
    devp = '/work/shared/eval/dev.jsonl'
    if os.path.exists(devp):
        with open(devp, encoding='utf-8') as f:
            for _ in range(5):  # brief: read at most the first 5 lines
                l = f.readline()
                if l:
                    dev.append(('dev', json.loads(l)['text']))
    worst = 0; dups = []
    for (i, a), (j, b) in itertools.combinations(texts + dev, 2):
        if i == 'dev' and j == 'dev':
            continue
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        if sm.real_quick_ratio() <= 0.7 or sm.quick_ratio() <= 0.7:
            continue
        r = sm.ratio()
        worst = max(worst, r)
        if r > 0.7:
            dups.append((i, j, round(r, 3)))
    print(f'near-duplicates (difflib ratio > 0.7, incl. first 5 dev lines): {len(dups)} {dups[:10]}')
    ok &= not dups
    # length bands, forms
    def band(t):
        n = len(t)
        return '<40' if n < 40 else ('>120' if n > 120 else '40-120')
    for s in out:
        b = {}
        for r in out[s]:
            b[band(r['text'])] = b.get(band(r['text']), 0) + 1
        print(f'{s} length bands: {b}')
    if not ok:
        print('BUILD CHECK FAILED'); sys.exit(1)
    for s, fn in (('para18', 'para18_sealed.jsonl'), ('lawful18', 'lawful18_sealed.jsonl')):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            for r in out[s]:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('wrote', os.path.join(HERE, fn), len(out[s]))
    print('BUILD CHECK OK')

if __name__ == '__main__':
    main()
