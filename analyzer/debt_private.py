"""A private creditor's debt and what is not the reader's debt, read by analyzer/debt_context.names_debt:
PRIVATE_DEBT (a lender, landlord, 合会 member or relative names the debt without 欠款/逾期: 那笔钱…什么时候给,
借条在我手上, 利息该交了), SENDER_REPAYS (the writer pays back or owes), ASKED_BACK (the money asked back to the
writer), PRIVATE_CREDITOR, HELPER_LENDS (a friend offers to lend), and the report and gift words that set the
private frame aside. Moved out of analyzer/debt_context.py unchanged (round 21); DEBT_REPORT is now written as
FRAME_REPORT's words and 案件 (the same words, so the same answer)."""
from __future__ import annotations


import re

from analyzer.firstchar import literal_first
from analyzer.lexclass import lex_class
from analyzer.lexicon import load as load_lexicon
from analyzer.split_search import AnySearch
from knowledge import derived_cache

# A private creditor, a loan shark, a landlord, a 合会 member or a relative names the debt without 欠款/逾期/还款
# (那笔钱, 钱的事, 借条在我手上, 利息该交了, 账还没平, 你拿了我的钱, 答应月底给的, 会钱轮到你交, 还数, 支票跳票,
# 借用…已到期, 迄今分文未付), often without 你: a debt object tied to an act the reader owes (give, settle, hand
# back), a broken time promise, or the debtor hiding. Each object alone is ordinary (那本书, 利息怎么算, 房租已收到,
# 你怎么不接电话); the pair is the frame. Folded text: 還數→还数, 嘅→的, 唔→不. Every branch starts with a literal.
_NUM = r"[\d一二两三四五六七八九十百千万几]"
# what the reader owes on a sum: give it (not 给你), hand it back (not 不用还), settle, stop dragging, say when
_OWE = r"(给(?![你您])|转|(?<!不用)(?<!不必)还(?![是有在好])|结|清|拖|凑|躲|赖|不到账|什么时候|何时|啥时候|几时|到底|打算|能不能|等不了|急用|的事)"
_PRIVATE_DEBT_BRANCHES = (
    # the deictic sum: 那笔钱 / 那个钱 / 那点钱 / 那笔账 / 那笔款子 / 那八万块 / 那几万块钱, and what is owed on it
    r"那(笔|个|些|点)(钱|账|款子?)(?!包|箱|庄)[^。!?\n]{0,12}" + _OWE,
    f"那{_NUM}{{1,6}}(块钱?|万块?|元)[^。!?\\n]{{0,12}}" + _OWE,
    # 钱的事 with pressure or an arrangement asked for; the money not coming back; the sum the reader took
    r"钱的事[^。!?\n]{0,8}(拖|躲|解决|怎么安排|安排一下|给个|怎么办|说清楚)",
    r"钱[^。!?\n]{0,6}(什么时候|何时|啥时候|几时)[^。!?\n]{0,6}(给|凑|回来|还|转给我|打给我|拿来)",
    r"拿了(我|我们|老板)的?(钱|货款|\d)|拿了钱(就|跑|不认|玩失踪|装死)",
    f"(拿|借)的{_NUM}{{1,6}}(块|万|元)[^。!?\\n]{{0,6}}(打回|还回|还给|转回|给回)",
    f"(从|在)我这(儿|里|边)?(拿|借)的?{_NUM}{{1,6}}|在我这(儿|里|边)?的账",
    # the written debt: 借条 / 欠条 / 借据 held, due, photographed, handed to a lawyer, or the reader's own
    r"(借条|欠条|借据)[^,。!?\n]{0,6}(在我|留着|到期|金额|拍照|照片|复印|挂到|贴到|交给律师)",
    r"(你|您)(那份|那张|的|打的|写的|签的)(那张|那份)?(借条|欠条|借据)",
    # interest and principal falling due
    r"利息(该|要|得)(交|给|付|结)|把[^,。!?\n]{0,6}(利息|本金|本息|房租|会钱)(给|交|结|付|转|还|打)|利息先?(结|交|给)一下",
    r"本金[^,。!?\n]{0,4}(没见|没给|没还|一分)",
    r"利息[^,。!?\n]{0,8}(还没到|没到|还没给|没交|不交|照算|翻|晚了|迟了)",
    # (gate19: also with the principal's sum, 本金5000加利息一共5800)
    f"本金({_NUM}{{1,7}}(块|元|万)?)?(加|和)?利息[^。!?\\n]{{0,10}}((一共|合计|共计)是?{_NUM}|不到账|到账|一分不能少|拿不出)",
    r"(这个月|这月|本月)的?本息|本息[^,。!?\n]{0,6}(转|到账|合计)|本金翻倍|拿不出(本金|钱|利息)",
    # the account not settled
    r"账(还|都|一直)?(没|未|不)(平|清|结)|该结的账|账上还差|账拖着|不结账|(那笔|这笔|那个|这个)账[^。!?\n]{0,8}(拖|结|给|清|平)",
    # rent, goods, works and the balance of a deal not paid
    r"(房租|租金|货款|货的钱|货钱|工程款|尾款)[^。!?\n]{0,14}(拖|还没(给|结|转|交)|没结|没给|未付|不给|不交|再不交|还差|能(结|结清|给|转)(吗|么|不))",
    # a broken time promise: 答应月底给的 / 说好一个月，现在… / 说好的又没兑现 / 你讲咗出粮就俾 (not 给我送过来)
    # (gate18: not 跟你说, 和你说: the writer telling the reader something)
    r"(说好|答应|(?<![跟和对同给])你说|你讲|讲咗|讲好)[^。!?\n]{0,12}(给|还|俾|结)(?=我(?![送带拿买寄打看发做讲说])|[的返，,。]|$)",
    r"(说好|答应)的(时间|日子)[^。!?\n]{0,8}(过去|过了)|又没兑现|约定给钱|答应(我|给我)的钱|钱总(是|得)?要?(给|还)的?",
    f"(说好|讲好|约好)[^。!?\\n]{{0,4}}{_NUM}{{1,3}}个?(天|月|周|礼拜|星期)[^。!?\\n]{{0,10}}(现在|都|已经)",
    f"(能不能|可不可以|能否)先(给|还|转|打)我?(一半|一部分|一点|点|个?{_NUM})",
    # a lent or advanced sum: 借你的那五千块 / 周转给你的两万 / 借俾你 / 你同我借 / 我垫的钱…补上 / …俾返我
    r"(?<![他她])借(给)?(你|您)的[^,。!?\n]{0,6}(钱|元|块|万|蚊)|(?<![这本下上每])(周转|拆借)(给|俾)?(你|您)的?|借(俾|畀)(你|您)|(你|您)同我借",
    r"借的钱[^。!?\n]{0,8}(你也有份|不给|还不)|垫的?(钱|付的)[^。!?\n]{0,16}(补|给|还(?![是有在好])|什么时候)",
    r"(钱|块|万|蚊)[^。!?\n]{0,12}(给回|还回|转回)(给)?我",
    # gate18: a sum lent or owed to the writer, said with a numeral, and asked back to "me" (上个月借你那三千蚊…记得还回给我呀,
    # 你还欠我五百蚊…转回给我啦, 你说先欠着的那600，有空记得转我哈; folded Cantonese, regional.toml); a partial
    # repayment asked for (月底前先还一半给我)
    # (not the writer's or a third person's loan: 我借了他300块，他说明天转我)
    r"(?<![我他她])(欠|借)(?!(了|给)?(他|她))[^。!?\n]{0,10}[\d一二两三四五六七八九十百千万][^。!?\n]{0,24}(还|转|打)(回)?(给)?我(?=[,。!?;吧啊呢吗嘛呀啦哈哦喔咯]|$)",
    r"还(一半|一部分|部分|一点|点)(回)?给?我(?![们司])",
    # gate18: borrowed from a third person, to be repaid to them (你找二舅借的三千块他问了好几次了，记得还他)
    r"(找|跟|向)[^,。!?\n]{1,4}借的[^。!?\n]{0,6}(钱|块|元|万|千|百|\d)[^。!?\n]{0,24}还(给)?(他|她|人家)(?![们])",
    # a rotating credit association (合会 / 標會): the reader's share due
    r"会钱[^。!?\n]{0,12}(交|缴|轮到|拖)|得标[^。!?\n]{0,20}(交|缴)|标走的|(每月|每期|每个月)[^,。!?\n]{0,4}照(交|缴)",
    # Cantonese 数: the sum owed (还数, 条数…拖, 你的数)
    r"还数|条数[^。!?\n]{0,8}(还|拖|搞掂|清|俾)|(你|欠)[^,。!?\n]{0,6}的数[^。!?\n]{0,10}(还|见到|俾|清)|再不(俾|给)(钱|我钱)",
    # a lender's or a creditor's formal wording: 借用的款项已到期, 约定归还日, 迄今分文未付, 限期清偿, 应缴金额尚未缴清
    r"借用的?[^,。!?\n]{0,10}(到期|归还|未付|未还|超过)|约定(的)?(归还|还款)日|约定[^,。!?\n]{0,8}归还|(分文|一分)(未|没有?)(付|还|给|见)",
    r"迄今(未|分文)|(请|限期|限你|于)[^,。!?\n]{0,12}清偿|(应缴|应付|应还)(金额|款项|账款)?[^。!?\n]{0,6}(尚未|未)(缴|付|清|入账|到账)",
    r"账单[^,。!?\n]{0,6}超期|支票(跳票|被退|退回)",
    # the debtor hiding: 别以为换号就没事, 多少窟窿
    r"(以为|别以为)[^。!?\n]{0,6}(换号|换了号|拉黑|不接电话|躲起来|跑路|搬家)[^。!?\n]{0,4}(就没事|就行|就完了|就能躲)",
    r"多少窟窿|一屁股(债|窟窿)",
    # the sender's side of the same debt: 你拖了我快一年了, 跟我借钱的时候怎么说的
    f"(你|您)拖了?我[^,。!?\\n]{{0,3}}({_NUM}|快|半|好)[^,。!?\\n]{{0,2}}(天|月|年|礼拜|星期|周)|(跟|找|向)我借钱的时候",
    # debtless19: the money owed said as a person says it, with no debt word (钱不还是吧, 欠我的什么时候给, 欠着不给,
    # 借了钱就想跑, 拿钱来, 钱的事…给个说法), each asked of or thrown at the reader (a question, a challenge, a demand),
    # never a story about others (借了钱就想跑的人…, 钱的事你别操心)
    r"钱(也|都|还)?不(还|给)(了)?(是吧|是不是|吗|啊|呢|[?]|就想|还敢)|(你|您)[^,。!?;\n]{0,6}钱(也|都)?不(还|给)(?![你您])",
    r"欠(我|我们|老子|咱们?)的(钱)?[^,。!?;\n]{0,8}(什么时候|啥时候|几时|到底|打算|准备|别想|想赖|还不还|给不给|还想|拖)",
    r"欠着不(给|还)|欠(了)?钱(就|还)(敢|想|跑|躲|装|玩|拉黑)",
    r"(借|拿|骗|卷)(了)?(我|我们|老子)?的?钱[^,。!?;\n]{0,3}就(想)?(跑|溜|躲|走人|消失|玩消失|玩失踪|失联|不认|装死|拉黑)(?=[?吧了,。!;]|$)",
    r"拿钱来(?=[,。!?;]|$)|把钱(给我)?(拿|吐)(出)?来|(赶紧|马上|今天|立刻|必须|快点?)给钱(?=[,。!?;]|$)",
    r"钱的事[^。!?\n]{0,10}(说法|交代|准话|怎么说|怎么办|解决|拖|给我)",
)
# gate35: rent or interest due, asked to be sent to the writer (房租该交了哈…老规矩转我微信; 这个月的利息今天该给了，
# 转我就行; 房租还没收到哦，方便的时候转一下): lexicon classes in knowledge/data/rules/zz_gate35.toml
# (speed35: only ever asked whether it matches, and gate35's branch, which opens at a clause boundary, cannot be
# rewritten to begin with a literal: searched in parts, analyzer/split_search.py; the same answer, ~70 µs → ~2 µs)
PRIVATE_DEBT = AnySearch("|".join(_PRIVATE_DEBT_BRANCHES) + "|" + load_lexicon().expand(
    r"({gatethirtyfive_periodic_due})[^。!?\n]{0,30}({gatethirtyfive_pay_me})"))
# Not the reader's debt: the sender pays back or owes (我欠你的…转给你了, 钱已经转给你了, 我一定还清), or a report.
# lawful17: also a third person who borrowed from the reader (你姑姑说她借你的那笔钱下个月就还), and the writer's
# dated promise to pay the reader back (你借我的500块我明天转给你).
# The sender's promise may leave out 我 (放心，那笔钱会尽快还; round 13, UNSEAL_r13.md group H): 会/保证 + 尽快 + 还 at
# the end of a clause, never 一定要还 or a question (会尽快还吗).
_SENDER_REPAYS = derived_cache.compile(literal_first(r"我欠(你|您)|(你|您)借给我|(他|她)(说)?借(你|您)的|我(明天|今天|今晚|晚上|下午|回头|月底|周末|下周|发工资)[^,。!?\n]{0,4}(转|还|打)给(你|您)(?!的)|我(一定|会|马上|尽快|保证)[^,。!?\n]{0,6}还(你|您|给你|清|上)"
                           r"|(钱|款|块|元|万)[^,。!?\n]{0,6}(会|保证)(尽快|马上|按时|早点|很快)还(你|您|给你|上|清)?(?=[,，。!！?？;；]|$)"
                           r"|(转给|还给|转到|打到)(你|您)([^,。!?\n]{0,4}(了|卡|账户|微信|支付宝)|(?=[,，。!！?？;；]|$))"
                           r"|(已|已经|刚)(转|还)(你|您)|我(已经?|刚刚?|今天)?(转|还)(给)?(你|您)了"
                           r"|借(你|您)的[^,。!?\n]{0,8}我[^,。!?\n]{0,10}(还|转|给你|打给你)|把借(你|您)的[^,。!?\n]{0,6}还"
                           # fix59: what the writer borrowed from the reader, paid back to them, 我 left out (我借你的两千块下周还你)
                           r"|我借(了)?(你|您)(的|那)[^。!?\n你您]{0,14}?(还|转)(给|回)?(你|您)(?![们的])"
                           # fa18: what the writer owes, brought back (欠你的钱我明天去你单位找你还上)
                           r"|(^|[,，。!?])欠(你|您)的[^,。!?\n]{0,8}我[^,。!?\n]{0,16}(还上|还给|还(你|您)|当面还|还(?=[,，。!！?？;；]|$))"
                           # short22: what is owed to the reader, paid back to them (上次欠你的饭钱今天转你)
                           r"|欠(你|您)的[^,。!?\n]{0,10}(转|还|打)(给)?(你|您)(?![的们])"))
# pcg57: 你借我的 (no 给) is read both ways in Chinese — the money you lent me (the writer owes: 你借我的500块我明天转给你) or
# the money you borrowed from me (the reader owes). It is the writer owing only when the rest of the message does not
# press the reader to pay it back (到现在都没还, 再不还, 还不还, 什么时候还, 还我), or the writer says they will pay or
# have not paid (我下周还你, 我还没还你): lexicon classes in knowledge/data/rules/zz_pcg57.toml.
_YOU_LENT_ME = derived_cache.compile(r"(你|您)借我")


class _SenderRepays:
    """`search(text)`: a match where the writer pays back or owes the reader (see above), else None. Read only for
    whether there is one (debt_context.names_debt, debt_creditor): the match may be another branch's."""

    pattern = _SENDER_REPAYS.pattern

    @staticmethod
    def search(f: str) -> re.Match[str] | None:
        m = _SENDER_REPAYS.search(f)
        if m is not None:
            return m
        m = _YOU_LENT_ME.search(f)
        if m is None or (lex_class("pcgfiftyseven_pressed_back").search(f, m.end())
                         and not lex_class("pcgfiftyseven_writer_repays").search(f)):
            return None
        return m


SENDER_REPAYS = _SenderRepays()
# gate18: the money asked back to the writer at the end of a clause (记得还我哈, 还回给我啦), asked when (到底什么时候还?),
# or a broken promise to repay (说好这个月还的呢)
ASKED_BACK = derived_cache.compile(r"(?<!归)还(回)?(给)?我(?![们司])(?=[,。!?;吧啊呢吗嘛呀啦哈哦喔咯]|$)"
                         r"|(什么时候|何时|啥时候|几时|哪天)(能|才|再|打算)?还(钱|上|清)?(?=[?吗呢啊呀,。!]|$)"
                         r"|说好[^。!?\n]{0,10}还的(呢|吧|啊|呀)")
# lawful17: a private creditor's own words keep a demand that also names a bill (你欠我的钱不还，我连电费都交不起)
# (gate41: also money sent to the writer, 转我, 给我转: 水电费你那份73块还没转我; 那1500能不能先转我？我房租要交了)
PRIVATE_CREDITOR = derived_cache.compile(r"欠(我|俺|老子)|还(给)?我|借(给)?(你|您)|转(给)?我(?![们司])|给我(微信)?转")
# The writer offers to lend the reader the money or pay part of it (实在不行我先借你周转, 我帮你还一部分): a friend
# speaks, not the lender (gate16; only for the loan frame of analyzer/debt_frame.py).
# aggr17: 钱我借你一年了, 我借你的钱, 我都替你还了两期了 are the creditor's past loan or payment, not an offer
# (了, 的 soon after).
HELPER_LENDS = derived_cache.compile(r"我[^,。!?;\n]{0,3}(借(给)?(你|您)|(帮|替)(你|您)(垫|还|出))(?![^,。!?;\n]{0,5}[了的])")
# (Only ever searched for whether they occur, so the order of the words does not matter.)
_REPORT_WORDS = r"据悉|据报道|报道|记者|新闻|网友|嫌疑人|典型案例|判决其|教你|范本|怎么写"
DEBT_REPORT = derived_cache.compile(_REPORT_WORDS + r"|案件")
# The same without 案件, which collectors say of the reader's own debt (你的案件将升级至法务处理): for the loan frame.
FRAME_REPORT = derived_cache.compile(_REPORT_WORDS)
# Money given, not lent (那点钱不算什么，你拿去用; 不用还): the private frame does not apply.
GIFT = derived_cache.compile(r"不用还|不必还|不用给我|不算什么|算不了什么|拿去(用|花|给|买)|送(给)?(你|您)|红包")
