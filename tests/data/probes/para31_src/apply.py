import sys, re, ast
sys.path.insert(0,'.')
for pm in ['patch1','patch2','patch3']:
    P = __import__(pm).P
    for mod, pre, new in P:
        f = mod + '.py'
        lines = open(f, encoding='utf-8').read().split('\n')
        hits = [i for i, l in enumerate(lines) if l.startswith('("' + pre)]
        assert len(hits) == 1, (mod, pre, len(hits))
        i = hits[0]
        tup = ast.literal_eval(lines[i].rstrip(','))
        assert '"' not in new and '\\' not in new
        rest = lines[i][len('("') + len(tup[0]) + 1:]   # from closing quote of text
        assert rest.startswith(','), rest[:20]
        lines[i] = '("' + new + '"' + rest
        ast.literal_eval(lines[i].rstrip(','))
        open(f, 'w', encoding='utf-8').write('\n'.join(lines))
print('ok')
