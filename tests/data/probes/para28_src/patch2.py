import long_p as lp, long_l as ll
ADD = {
"【中国银行】验证码:5286": "本短信由系统自动发送,请勿直接回复。",
"你不是喜欢玩失踪吗?没关系,": "到时候你邻居怎么看你,可就不好说了。",
"(微信语音)我他妈给你脸了是": "我说到做到,你给我等着。",
"【XX小学】各位家长好:本周": "祝孩子们平安健康。",
"(语音转文字)喂,王姐啊,我": "不急不急,你忙完再说。",
"【美团】您好,您的美团月付账": "如有疑问可联系美团客服。",
"(微信)老公,我刚接到一个电": "你说现在骗子怎么什么都知道。",
"老张,上周借你的那辆电动车我": "我带鱼竿,你带凳子。",
"【XX社区居委会】关爱通知:": "如需帮助请联系网格员。",
"【還唄】親愛的用戶,您的本期": "祝您生活愉快!",
}
for fn, mods in [("long_p.py", lp), ("long_l.py", ll)]:
    s = open(fn).read()
    for name in dir(mods):
        if not name.endswith("_LONG"): continue
        for t in getattr(mods, name):
            for k, v in ADD.items():
                if t[0].startswith(k) and len(t[0]) <= 120:
                    assert s.count('("' + t[0] + '"') == 1, k
                    s = s.replace('("' + t[0] + '"', '("' + t[0] + v + '"')
    open(fn, "w").write(s)
