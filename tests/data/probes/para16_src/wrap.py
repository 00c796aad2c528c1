"""'As pasted' framing: screenshot OCR, forwarded SMS with sender/time, several SMS from one sender,
WeChat chat with a user reply. Deterministic (seeded). Adds the displayed sender to sender_number when empty."""
import random, re
FU = {
 'reminder': ["如已还款请忽略本短信。", "还款后约2小时内更新状态，请勿重复还款。", "您也可以在App内申请延期还款，详询客服。",
              "本短信由系统发送，回复T退订。", "今日23:00前还款不计逾期费用。", "请您留意扣款结果，谢谢。",
              "如有疑问请回电，工作时间9:00-21:00。", "温馨提示：按时还款有助于积累良好信用。", "您本月还有一笔待还账单，请合并查看。",
              "已为您开启自动扣款，余额不足将于次日重试。", "客服热线见App首页。", "感谢您的配合，祝生活愉快。"],
 'aggressive': ["再次提醒：请于今日内联系处理。", "本通知发出后将不再另行电话告知。", "如已结清请忽略，如有异议请在5日内书面提出。",
                "协商请拨打官方客服，勿向任何个人账户转账。", "您的账户状态将于3个工作日后更新。", "以上为系统通知，请勿回复。",
                "已于今日留存通知记录。", "请勿心存侥幸。", "如您确有困难，可提交收入证明申请分期。", "我司保留一切法律权利。",
                "逾期费用按合同标准每日计收。", "请珍惜最后的协商机会。"],
 'unlawful_threat': ["别逼我们。", "今天是最后期限，自己看着办。", "不回消息就当你默认了。", "你可以继续装死试试。",
                     "我们说到做到。", "别以为换号码就没事。", "你家人会知道的。", "后果你承担不起。", "最后说一次。",
                     "今晚十二点前不见钱就开始。", "电话不接是吧？", "你好自为之。"],
 'scam': ["回复TD退订", "请勿将此信息告知他人，以免影响处理进度。", "名额有限，先到先得。", "本通知2小时内有效。",
          "专员工号：08***，请认准官方客服。", "如未及时处理，后果自负。", "请保持手机畅通，稍后专员将与您联系。",
          "已为您保留处理通道至今日18:00。", "退订回T", "非本人操作请立即联系处理。", "详情请咨询在线客服。", "办理时请关闭其他应用。"],
 'legal_notice': ["（本短信由系统自动发送，请勿回复）", "如需核实，请拨打12368或到法院诉讼服务中心查询。",
                  "本平台不会要求当事人向任何个人账户转账。", "请勿轻信任何要求缴费的来电。", "详情以送达文书为准。",
                  "【诉讼服务中心】", "如已知悉请忽略。", "文书查阅有效期为30日。"],
 'not_collection': ["回T退订", "谢谢配合。", "如有疑问请咨询客服。", "本短信无需回复。", "祝您生活愉快！", "详情见App。",
                    "（系统消息）"],
}
REPLY = {
 'reminder': ["我：好的，今天晚点还", "我：收到", "我：这周五发工资就还", "我：能晚两天吗", "我：已经还了你们查一下"],
 'aggressive': ["我：我现在真的没钱，能分期吗", "我：我在想办法", "我：能不能减免一点", "我：我下周先还一部分", "我：收到了"],
 'unlawful_threat': ["我：你们这样是违法的", "我：我会投诉你们", "我：请不要骚扰我家人", "我：我已经录音了", "我：你们是哪个公司的"],
 'scam': ["我：你是哪里", "我：我没有开通过这个", "我：真的吗", "我：怎么操作", "我：我要去银行核实一下"],
 'legal_notice': ["我：这个是真的吗", "我：怎么查", "我：我没收到纸质的"],
 'not_collection': ["我：好的", "我：收到谢谢", "我：哈哈好", "我：明白"],
}
PERSONAL = {'not_collection': ["在吗", "看到回我一下", "哈哈哈", "[表情]", "晚点再聊", "👌", "你觉得呢？", "先这样", "[语音 0:07]", "对了明天几点？"],
            'reminder': ["看到回个话哈", "不好意思又提一次", "谢谢啦", "[微笑]", "你忙完回我", "[语音 0:12]"],
            'aggressive': ["看到回话", "别不回消息", "[语音 0:21]", "我等你电话"]}
def _mob(r): return f"1{r.choice('35789')}{r.randint(0,9)}****{r.randint(1000,9999)}"
def _svc(r): return f"1069{r.randint(0,9)}****{r.randint(100,999)}"
def _sender(row, r):
    if row['sender_number']: return row['sender_number']
    c = row['category']
    if c == 'unlawful_threat': return _mob(r)
    if c == 'scam': return r.choice([_mob(r), f"+86 {_mob(r)}", f"00{r.choice(['852','63','855'])} {r.randint(1000,9999)}****", _svc(r)])
    if c == 'not_collection' and r.random() < .4: return _mob(r)
    return _svc(r)
import datetime as _dt
class _Clock:
    def __init__(self, r):
        self.r = r
        self.t = _dt.datetime(2025, r.randint(9, 12), r.randint(1, 28), r.randint(8, 20), r.randint(0, 59))
    def step(self, lo=3, hi=1500):
        self.t += _dt.timedelta(minutes=self.r.randint(lo, hi))
        if self.t.hour < 8: self.t = self.t.replace(hour=self.r.randint(8, 10))
        return self
    def fmt(self, k):
        t = self.t; h = t.hour
        ap = '上午' if h < 12 else ('中午' if h == 12 else '下午')
        return [f"{t:%Y-%m-%d %H:%M}", f"{t.year}/{t.month}/{t.day} {h}:{t.minute:02d}", f"{t.month}月{t.day}日 {h:02d}:{t.minute:02d}",
                f"今天 {ap}{h if h <= 12 else h-12}:{t.minute:02d}", f"{h:02d}:{t.minute:02d}"][k]
def _ocr(text, r):
    out, i = [], 0
    while i < len(text):
        n = r.randint(13, 19); out.append(text[i:i+n]); i += n
    s = "\n".join(out)
    if r.random() < .4:
        k = r.randint(5, len(s) - 2); s = s[:k] + r.choice(["丨", "|", "·", "口"]) + s[k:]
    return s
def frame(row, r, style, long_):
    t, c = row['text'], row['category']
    snd = _sender(row, r)
    pool = PERSONAL[c] if (c in PERSONAL and not t.lstrip().startswith('【') and re.search('你|咱|哥|妈|姐', t[:12])) else FU[c]
    if style == 3:
        pool = [x for x in pool if not re.search('短信|退订|回T|TD|系统|App', x)]
    fu = r.sample(pool, 2)
    ck = _Clock(r)
    if style == 0:   # screenshot OCR
        bat = r.randint(12, 98)
        head = f"@@NOW@@ {r.choice(['5G','4G','HD 5G','■■■ 4G'])} {bat}%\n< {snd}\n短信/彩信\n{ck.fmt(3)}\n"
        body = _ocr(t, r)
        tail = ("\n" + ck.step(1, 25).fmt(4) + "\n" + fu[0]) if long_ else ""
        s, note = head + body + tail, "as pasted: screenshot OCR"
    elif style == 1: # forwarded with sender/time
        lab = r.choice(["发件人：", "来自：", "号码：", "短信来自 "])
        s = f"{lab}{snd}\n时间：{ck.fmt(r.choice([0,1]))}\n{t}"
        if long_: s += f"\n——\n{ck.step().fmt(0)}\n{fu[0]}{fu[1]}"
        note = "as pasted: sender/time lines"
    elif style == 2: # several SMS from one sender
        m = re.match(r'(【[^】]{1,14}】)', t)
        sig = m.group(1) if m else ''
        s = f"{ck.fmt(2)}\n{t}\n{ck.step().fmt(2)}\n{sig}{fu[0]}"
        if long_: s += fu[1]
        note = "as pasted: several SMS from one sender"
    else:            # chat with user reply
        who = r.choice(["对方", snd, "客服", "他"])
        s = f"{who}：{t}\n{r.choice(REPLY[c])}\n{who}：{fu[0]}"
        if long_: s = f"[聊天记录 {ck.fmt(0)}]\n" + s
        note = "as pasted: chat copy with user reply"
    extra = [x for x in pool if x not in fu]
    r.shuffle(extra)
    while long_ and len(s) <= 125 and extra:
        s += (f"\n{who}：" if style == 3 else "") + extra.pop()
    if style == 0:
        now = ck.t + _dt.timedelta(minutes=r.randint(2, 90))
        s = s.replace("@@NOW@@", f"{now.hour}:{now.minute:02d}")
    return s, snd, note
def apply(rows, n_wrap, n_long, seed, pasted):
    r = random.Random(seed)
    cand = [x for x in rows if not pasted(x['text']) and len(x['text']) >= 40
            and not (x['category'] == 'not_collection' and not x['text'].startswith('【') and not re.search('你|咱|哥|妈|姐', x['text'][:12]))]
    cand.sort(key=lambda x: -len(x['text']))
    r2 = random.Random(seed + 1)
    size = {}
    for x in rows: size[x['category']] = size.get(x['category'], 0) + 1
    pick, per = [], {}
    for x in cand:
        c = x['category']
        if per.get(c, 0) >= 0.4 * size[c]: continue
        per[c] = per.get(c, 0) + 1; pick.append(x)
        if len(pick) == n_wrap: break
    for k, row in enumerate(pick):
        long_ = k < n_long
        style = r2.choice([0, 1, 2, 2, 3]) if row['category'] not in ('legal_notice', 'not_collection') and not row['text'].startswith('【') else r2.choice([0, 1, 2])
        base = row['text']
        s, snd, note = frame(row, r, style, long_)
        row['text'] = s
        if not row['sender_number'] and style in (0, 1): row['sender_number'] = snd
        row['notes'] += f"; {note}"
        added = s.replace(base, "")
        if row['category'] in ('aggressive', 'unlawful_threat', 'scam') and 'urgency_pressure' not in row['flags'] \
                and re.search('今日内|最后期限|最后的|最后说|小时内|18:00|十二点|后果自负', added):
            row['flags'].append('urgency_pressure'); row['notes'] += " (deadline in added follow-up → urgency_pressure)"
    return len(pick)
