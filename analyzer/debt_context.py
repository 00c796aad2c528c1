"""Is a message about the reader's debt? The debt-context patterns the pipeline uses to choose between reminder and
not_collection, to set the severity of fragments, and to tell a card debt from a loan (moved out of
analyzer/pipeline.py unchanged)."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer import debt_lawful
from analyzer.debt_frame import loan_named, loan_owed, relayed_callback, utility_bill, writers_own
from analyzer.document import Document
from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys

# DEMAND, STRONG_DEBT and the other patterns here that open with a group or an optional part go
# through literal_first (same matches; re can skip ahead to their first characters instead of
# trying every position: COLLECTION_STEP, NOT_DEBT and SENDER_REPAYS cost 1-4 µs a message before);
# no group of theirs is read.
# lawful8 (tests/data/probes/UNSEAL_lawful8.md, cause J): a deadline for a non-money act (逾期未检, 逾期未办理实名登记,
# 逾期将由物业清运) is no debt (gate18: also a health or filing act, 逾期未复查, 逾期未接种, 逾期未申报).
# Phrases that mention money owed without asking for it, and a demand the writer denies (我是提醒你，不是叫你还钱;
# not 不是叫你还钱吗, which repeats it).
NOT_DEBT = re.compile(literal_first(r"(不是|并不是|并非|没有|没)(叫|让|要|催|逼)(你|您)还(钱|款)(?![吗嘛么呢]|了(吗|嘛|么))|逾期(将|会|则|即)?(被)?(退回|退件|作废|失效|不候|取消|清零|视为放弃|自动放弃)|逾期(未|不)(检验?|年检|年审|审验|换证|补登记|登记|清理|报名|领取|预约|办理(?!还|结|分期|协商|延期)|复查|复诊|复检|就诊|体检|接种|补种|检查|随访|筛查|报到|注册|认证|签到|提交|上传|填报|申报|参加|参检|更新)|逾期将由|已(于[^,。!?;\n]{0,12})?完成(自动)?还款|还款[^。!?;\n]{0,16}(扣款|扣收|划扣)成功|(自动)?(扣款|代扣|划扣)(已)?成功|提前还款|成功还款|如有外币欠款|每期应还|已还清|已结清|还款成功|已还本息|已到账|已到[^,。]{0,12}银行卡|额度|放款|申请|提额|办理|贷款产品|无抵押|利率|分期已受理|总账分期|还款(券|红包|优惠|立减|礼包|方便|便捷|更方便|更便捷|轻松|省心)|(办理|申请|开通)[^,。!?;\n]{0,4}分期还款|分期还款[^,。!?;\n]{0,6}(可享|立享|享受|优惠|折扣|\d(\.\d)?折)"
                               # gate16: a statement with nothing due (本期应还0元, 最低还款额0.00元)
                               r"|(应还|应付|需还|待还|最低还款)(金额|款额|额)?(为|是|:)?(人民币|rmb)?0(\.0{1,2})?元"
                               # lawful17: nothing to pay (无需还款), a legal-aid booking for a debt dispute (债务纠纷法律咨询)
                               r"|(无需|无须|不需要|不用)(还款|还钱|缴费|付款)|(债务|借贷|欠款)纠纷[^,。!?;\n]{0,6}(咨询|讲座|援助|法律服务)"
                               # a card feature switched on (已开通最低还款功能)
                               r"|(开通|关闭|取消)[^,。!?;\n]{0,4}最低还款(功能|服务)?"
                               # lender marketing: repaying on time as a general benefit (按时还款可提额), no late fee
                               # promised (提前还款无违约金)
                               r"|(按时|按期|准时)还款[^,。!?;\n]{0,2}(可|能|积累|有助|享|提额|即可提)|(无|免|不收取?|没有)(违约金|罚息|滞纳金)"
                               # gate18: a repayment made, as a transaction record (信用卡1707于11月7日16:20还款人民币2870.00元, 成功为尾号
                               # 2511信用卡还款3198.00元, 预约还款, 存入…入账后还清账单欠款)
                               # (a record, not a due date: not 请于…前还款1200元, 您需于20日还款3500元, 扣款不成功请尽快还款)
                               r"|(?<![请需应将须])于[^,。!?;\n前请需]{0,16}(向[^,。!?;\n]{0,12})?还款(人民币|rmb)\d"
                               r"|(?<![请需应将须])于[^,。!?;\n前请需]{0,12}\d:\d\d(向[^,。!?;\n]{0,12})?还款"
                               r"|(?<![不未没])成功(为|向|给)[^,。!?;\n]{0,12}还款|预约还款|入账后还清|(?<![如若果])(已|已经)于[^,。!?;\n前]{0,12}还款"
                               # gate18: a purchase receipt on a pay-later account with the standing instruction to repay (成功支付126.00元
                               # 还款日每月8号，记得按时还款; 你有一笔43.73元的支出…使用花呗支付，请及时还款)
                               r"|(成功支付|支付成功|成功下单|下单成功|的支出)[^。!?\n]{0,30}(按时|及时|记得)还款"
                               # gate18: a servicing notice that changes nothing for the reader's loan (还款计划不变，照常还款即可)
                               r"|(照常|正常|按原计划|按原有计划|按原约定|继续按原)[^,。!?;\n]{0,2}还款(即可|就可以|就行)"
                               r"|还款(计划|方式|安排|日期)[^,。!?;\n]{0,6}(不变|不受影响|照常)"
                               # gate18: a lender's own collection policy, as an anti-fraud notice (我行催收人员不会要求您转账到个人账户,
                               # 我司从未委托任何个人收取还款)
                               r"|催收(人员|员|专员|工作人员)?[^,。!?;\n]{0,4}(不会|从不|从未|绝不|一律不|不得)"
                               r"|(不会|从未|从不|绝不)[^,。!?;\n]{0,8}(委托|授权)[^,。!?;\n]{0,12}(收取|代收|催收)(还款|欠款|款项)?"))
# A private creditor's own words for the debt, in DEMAND and in STRONG_DEBT (he speaks without "you" as often as
# with it): owing the speaker said plainly (欠我钱, 欠老子的, 欠我的还一还), money that cannot be repaid (利息还不上),
# a formal demand to return a loan (务请…返还借款, 清偿债务), 赖账, "the money must come back" (欠的钱早晚要还), the
# money dragged out (钱再拖), and a deadline on a sum said as a condition (下个月两万没有，我就…; 5000还不上你就…).
_SUM_CONDITION = r"(没有|没到|没还|不还|还不上|拿不出)[,，]?[^,。!?;\n]{0,3}(我|我们|你)?(就|可就)(?!算|行|好|可以|没事)"
_CREDITOR_SAYS = (r"|欠(我|我们|老子|俺)的?(钱|还|债)|欠(我|我们|老子|俺)(?=[,，。!！?？]|$)"
                  r"|(钱|款|利息|债|本金|本息)[^,。!?;\n]{0,3}还不(上|起|了)"
                  r"|(请|务请|务必|尽快|立即|限期|应当)[^,。!?;\n]{0,16}(返还|归还|偿还|清偿)(借款|欠款|本金|本息|债务|借的钱)"
                  r"|赖账|(钱|欠款|借款|债)[^,。!?;\n]{0,4}(早晚|迟早|总|终究|必须|一定)(要|得)?还(?!没|了吗)"
                  r"|(钱|款|账|欠款|债)(再|还|一直|老是)拖(?!延|拉|鞋|地|把|车|动)"
                  r"|(?<=\d\d\d)" + _SUM_CONDITION + r"|(?<=[万千块元])" + _SUM_CONDITION)
# Someone's borrowing from the sender's firm, said to a third party (他在我们这里借了钱, 你弟弟在我们平台贷了一笔款,
# 你老公欠了我们公司三万): collection talk about another person's debt, so the reader frames
# (analyzer/detectors/reader.py) can tell that third party the debt is not theirs. "Us" is the firm (我们, 我司,
# 平台), not a private 我; 借了一本书 names no money.
_OWED_TO_US = (r"|(在|从|向|找|跟)(我们|我司|我们公司|本公司|我们平台|本平台)(这里|这边|那里|处|这)?[^,。!?;\n]{0,6}(借了|借过|借的|贷了|贷过)"
               r"[^,。!?;\n]{0,8}(钱|款|元|万|块|笔)"
               r"|(借了|欠了|欠下|拖欠)(我司|我们公司|本公司|我们平台|本平台)的?[^,。!?;\n]{0,6}(一笔|钱|款|元|万|块)")
# 还清楚 is "more clearly" (我比你还清楚), not 还清 (round 14, UNSEAL_r14.md cause G).
DEMAND = re.compile(literal_first(r"(?<!已)还款(?!日|成功|卡|方式|账户|渠道|通道|入口|途径|功能)|还钱|不还(钱|款|清|上|的话|就|将)|罚息|违约金|滞纳金|逾期|欠款|拖欠|催收|催缴|清收|应还|待还(款|金额|本金|账单|\d)|未还|还款到期|最低还款|待偿(金额|款项|本金|本息|余额)|(完成|尽快|及时|立即|限期)偿还|账单[^。]{0,16}(还款日|到期)|还款日[^。]{0,12}(请[^,。]{0,4}(存入|还款|备足|及时)|存入|备足)|还款日[^。]{0,16}账单|尽快还|立即还|请还款|还清(?!楚)|结清|债务|欠钱|欠债|追偿|透支|自动扣款|老赖|已过期[^,。!?;\n]{0,16}天"
                    # a demand for money owed, without the word 欠款: 你欠的5000元 / 今天必须还，不然…
                    r"|欠(的|了|我们的?|我的|你的)\d{0,9}[^,。!?;\n]{0,6}(钱|元|块|万)|(必须|今天|今晚|马上|赶紧|立刻)还(钱|上|清|款)?(?=[,，。!！?？]|不然|否则|$)"
                    # a loan or bill falling due, an amount still to pay (also in templates: 款项今日到期, 本期仅需还2159元; a call bot's
                    # 有一笔贷款，即将到期 across one comma)
                    r"|(借款|贷款|款项|本息|欠款|分期|账单)[^,。!?;\n]{0,6}(,[^,。!?;\n]{0,4})?到期|(仅需|只需|还需|需)还(人民币|rmb)?\d|欠(了|下)[^,。!?;\n]{0,6}(债|钱|款)|(借款|欠款|贷款|借的钱|款项)[^,。!?;\n]{0,6}(尚未|未|没有?)(归还|偿还|还上)|(无法|没钱|没有能力|拒不)(偿还|归还)|还款日[^。]{0,16}(保证|确保|留足|余额充足)|(再|还|就是|都|坚持|拒绝|一直|迟迟|总是|老是|要是|如果|假如|若是)不还(?=[,，。!！?？]|$)"
                    # aggr18: the sum named after the refusal (再不还这笔钱, 要是不还这期), a refusal dragged out (你再拖着不还，…)
                    r"|(再|一直|迟迟|总是|老是|要是|如果|假如|若是|若)不还(这|那)一?(笔|期|个月)|拖着不还(?=[,，。!！?？]|$|的话|就)"
                    # aggr18: a sum still outstanding, masked or not (您仍有**元未结, 尚有3200元未还)
                    r"|(仍有|还有|尚有|尚欠|仍欠)[^,。!?;\n]{0,8}(元|块|万)[^,。!?;\n]{0,2}(未结|未还|没还|未付|待还|没结|未清|没清)"
                    # "when will you pay" as a reproach: 非要我天天催你才还吗
                    r"|(你|您)才(肯)?还(?=[吗嘛呢啊]|[,，。!！?？]|$)"
                    # a private creditor's demand: 你借我的3万块钱 / 借给你的钱 / 什么时候还我
                    # (gate18: a bare 借我 at a clause's start or after 能不能/先/再 asks to borrow: 兄弟，借我500块周五就还你)
                    r"|(?<!申)(借了(我|我们)的?|借(我|我们)的|(?<=[^,。!?;\n能否以先再忙])借(我|我们))[^,。!?;\n]{0,6}(钱|元|块|万)|借给(你|您)的?[^,。!?;\n]{0,4}(钱|元|块|万)"
                    # (lawful17: also a sum in thousands or a bare sum lent, 借我的两千…方便还我吗 / 借的3000…这周还我？;
                    # the bare-sum branch opens with 借 so that literal_first can still rewrite DEMAND)
                    r"|(钱|元|块|万|千)[^。!?\n]{0,20}(?<!归)还(给)?我(?=[,。!?;吧啊呢吗嘛]|$)|还(给)?我(钱|的钱)|把(钱|欠款|账|欠的钱)还(了|上|清|给)"
                    r"|借(的|了|我的)?[^,。!?\n]{0,4}[0-9][^。!?\n]{0,24}(?<!归)还(给)?我(?=[,。!?;吧啊呢吗嘛]|$)"
                    # the lender asks when the money lent is coming back (去年借你的15万什么时候还), or writes the debt off
                    r"|借(给)?(你|您)的?[^,。!?;\n]{0,6}(钱|元|块|万)[^。!?\n]{0,8}(什么时候|何时|啥时候|几时|哪天|到底|打算|还不)[^。!?\n]{0,4}还"
                    r"|(借款|贷款|欠款|账户|账单)[^,。!?;\n]{0,4}(已|已经|已被)(转为|列为|记为|成为)?坏账"
                    # a private creditor asks for an old account to be settled with them (这个账得给我结一下)
                    r"|账[^,。!?;\n]{0,10}给(我|我们)(结|还|清)"
                    # a bill or a fare still to be paid (您的2月账单805.57元需要付款, 您有车费尚未支付)
                    r"|账单[^。!?\n]{0,16}(需要|需|请|待)(付款|支付|还款)|(你|您)在[^,。!?;\n]{1,16}有(一笔|一张|一份)?(未结清的?)?账单(需要|需|待)处理|(车费|货款|房租|租金|账款|尾款)[^,。!?;\n]{0,4}(尚未|未|没有?)(支付|付清|结清|付款)"
                    # an instalment not yet paid, a loan's debit that failed, a due date with money to put in (看到您这期还没还;
                    # 贷款账户本期扣款未成功; 今天是还款日，记得存钱进去): para7 cause R1, UNSEAL_para7.md
                    r"|(这|本|上|那|当)一?期[^,。!?;\n]{0,4}(还没|没有?|未)(还|缴|交|扣|进账|入账|到账)"
                    # para14 (UNSEAL_para14.md, cause A): an instalment still short (这期还差412块), the due date said
                    # as the last day (今天是最后还款日), a collection notice by name (催款通知, 催款函)
                    r"|(这|本|那|当)一?期(还|仍|就)差[^,。!?;\n]{0,2}\d|(今天|今日|明天|明日)[^,。!?;\n]{0,8}最后还款日|催款"
                    r"|(贷款|借款)(账户|账号)?[^。!?\n]{0,10}(扣款|代扣|划扣)[^,。!?;\n]{0,2}(未成功|失败|不成功|没有成功)"
                    r"|还款日[^。!?\n]{0,12}(记得|别忘了?|不要忘了?)[^,。!?;\n]{0,4}(存|还|转|充)"
                    # para15 (UNSEAL_para15.md, cause D1): the state of an instalment or a sum, said without 逾期/欠款 — the
                    # last N instalments still unpaid (最后两期一直没还), half paid (这期只还了一半), the rest not in (剩下的…
                    # 还没到账), a debit that did not go through (那笔没扣成功), days past the instalment (这期已经过了5天),
                    # the lender's system showing a shortfall (系统显示你还差最后一点)
                    r"|(最后|前|后|头|剩下的?)[一两二三四五六七八九十几\d]{1,2}期[^,。!?;\n]{0,4}(还没|没有?|未)(还|缴|交|扣|进账|入账|到账)"
                    r"|(这|本|那|当|上)一?[期笔][^,。!?;\n]{0,4}只还了?(一半|一部分|部分|\d)"
                    r"|剩(下|余)的?[^,。!?;\n]{0,8}(还没|没有?|未)(到账|入账|还上?|交)"
                    # lawful17: when the rest will come (剩下的下周能还上吗, 余下的什么时候还)
                    r"|(剩下|剩余|余下)的?[^,。!?;\n]{0,6}(什么时候|何时|啥时候|几时|哪天|下周|下个月|明天|月底|周末)(能|可以|才|再)?还(上|清)?"
                    r"|(这|本|那|当|上)一?[期笔][^,。!?;\n]{0,6}(没|未)扣(款)?(成功|上|到|成)"
                    r"|(这|本|那|当|上)一?期[^,。!?;\n]{0,4}(已经|已)?过了?[\d一二两三四五六七八九十几]{1,3}天"
                    r"|显示[^,。!?;\n]{0,6}(还差|未还|没还)"
                    # para15 (cause D2): the reader's overdue record named on the credit report (征信上有两条90天以上的记录)
                    r"|征信[^,。!?;\n]{0,8}[\d一二两三四五六七八九十]{1,3}(天|个月)以上的?(逾期)?记录"
                    + _CREDITOR_SAYS + _OWED_TO_US))
# The lender's own collection step, named without any debt word (已移交法务处理, 法务部门已介入, 已转交委外催收,
# 已进入委外前审核): the
# message is about the reader's debt. A report about a company's legal department (据悉, 涉事, 调查) is not.
COLLECTION_STEP = re.compile(literal_first(r"(已|已经|现已)(被)?(移交|转交|转入|转至|交由|交给)(至|到|给)?(我司|公司|平台|本司)?的?(法务|法律部|委外|催收部)"
                             # para15 (UNSEAL_para15.md, cause D2): the reader's case handed on (你这个案子今天转到委外了), a suit
                             # prepared against them (起诉书都打印出来了), pre-suit mediation filed by the collector (我就提交诉前调解)
                             r"|(你|您)(的|这个|这笔|那个)?(案子|案件|账户?)[^,。!?;\n]{0,10}(转到|转入|转给|转交|移交|交给|转)[^,。!?;\n]{0,4}(委外|外包|外访|法务|诉讼组?|律师)"
                             # aggr17: the reader's account or file (单子) sold or handed to a debt buyer or collection firm
                             # (你的账已经转给资产管理公司了; not 你的单子转给外包团队: work talk)
                             r"|(你|您)(的|这个|这笔|那个)?(账(?![户号单])|欠款|债务)[^,。!?;\n]{0,10}(转到|转给|转让给|卖给|交给|转交|移交)[^,。!?;\n]{0,4}(委外|资产管理|催收公司|催收机构)"
                             # aggr17: the reader's loan assigned to a debt buyer (您原在某消费金融的借款已由我司受让; 您在XX小贷的
                             # 借款债权已依法转让给XX资产管理有限公司)
                             r"|(你|您)[^,。!?;\n]{0,16}(借款|欠款|债权|债务|贷款|信用卡)[^,。!?;\n]{0,6}(已|已经|将)?(依法)?(由|被)?[^,。!?;\n]{0,12}(受让|收购|转让给|转让予|卖给)"
                             # aggr17: the reader named as a loan's surety (你作为担保人，借款人跑了你得负责)
                             r"|(你|您)(是|作为)[^,。!?;\n]{0,12}(担保人|保证人|共同借款人|共同还款人)(?![^,。!?;\n]{0,3}(吗|嘛|么|\?))"
                             r"[^。!?\n]{0,30}(借款人|逾期|欠款|还款|代偿|还钱|跑了|失联|不还|没还)"
                             r"|起诉(书|状)[^,。!?;\n]{0,4}(都|已经|已)?(打印|准备|写)(好|出来)"
                             r"|(提交|申请|走|转入?|移交)(至|到|给)?[^,。!?;\n]{0,8}诉前调解"
                             # aggr18: the firm hands the reader's case on to a court, mediation, a law firm or an outside
                             # collector (我司已将您的案件提交至XX法院诉前调解; 平台会把你的欠款交给律师事务所; 我司已将您的案件委托
                             # 第三方机构处理); the firm as actor, so a lawyer filing a client's case (我所已为您提交立案材料) is not read
                             r"|(我司|我行|本司|本公司|公司|平台|本平台|我们)[^,。!?;\n]{0,6}(将|把)(你|您)的?(案件|案子|账户|欠款|借款|债务|账(?![户号单]))"
                             r"[^,。!?;\n]{0,4}(提交|递交|移送|移交|转交|报送|委托|交)(至|到|给)?[^,。!?;\n]{0,10}(法院|仲裁|诉前调解|调解中心|律师事务所|律所|律师"
                             r"|第三方|委外|外访|催收|资产管理)"
                             # aggr18: a debt-relief offer that lapses into the full sum (减免申请只保留到今晚，明天开始按全额收取)
                             r"|(减免|停息挂账|协商还款|还款方案|分期方案)[^。!?\n]{0,12}(只保留|保留到|截止|失效|作废|过期|取消|过时不候)[^。!?\n]{0,20}(全额|原利率|原方案|一次性)"
                             # the court sent after the reader, or a judgment's reach into their accounts, told to them
                             # (只能让法院来找你; 判决书出来，你的银行卡…冻结划扣)
                             r"|(让|叫)法院(来)?找(你|您)|判决书?(出来|下来)[^。!?\n]{0,6}(你|您)的?(银行卡|工资|存款|名下|账户|微信|支付宝)"
                             r"|(法务|法务部|法务部门|法务团队|法务中心)[^,。!?;\n]{0,2}(已|已经|现已|正式)(正式)?介入"
                             r"|(将|即将|已|已经)[^,。!?;\n]{0,3}(委外催收|安排外访)"
                             # the reader's account or case moved towards outside collection (本账户已进入委外前审核, 您的案件将
                             # 统一委外); 委外 alone is any outsourcing (IT运维委外处理), so the account or case is the subject
                             r"|(账户|账号|案件|借款|欠款|你|您)[^,。!?;\n]{0,8}(进入|转入|纳入|列入|统一|安排|启动|提交)[^,。!?;\n]{0,2}委外"
                             # the reader told they are someone's emergency contact (您作为XXX的紧急联系人，请转告他…): a
                             # collector's message to a third party even when it promises not to ask them to pay
                             # (gate18: not asked, 你是他紧急联系人吗: a friend looking for him)
                             r"|(你|您)(是|作为|被[^,。!?;\n]{0,6}(填写?|留)为?)[^,。!?;\n]{0,10}紧急联系人(?![^,。!?;\n]{0,3}(吗|嘛|么|\?))"
                             # a lending firm asks someone else to have the holder contact it (请您转告机主尽快联系XX借贷服务平台,
                             # round 12 H, UNSEAL_r12a.md cause E): the call bot's third-party step, with no debt word in it
                             r"|(转告|转达|通知|告诉)(一下)?(机主|本人|他|她|当事人|借款人)[^。!?\n]{0,12}(联系|回电|致电|回复)[^。!?\n]{0,16}"
                             r"(借贷|贷款|网贷|小贷|消费金融|信贷)(服务)?(平台|公司|机构)"
                             # the reader out of reach, so the emergency contact will be asked where they are (如仍无法接通，
                             # 将联系您的紧急联系人核实; 失联修复; 为免打扰您的家人，请本人回复): the lender's step for a debt
                             # (para7 cause A1, UNSEAL_para7.md)
                             r"|(失联|无法接通|打不通|接不通|联系不上|联系不到|无法联系|联系无果|无回复|未回复|未接听)[^。!?\n]{0,40}"
                             r"(紧急联系人|紧急联络人|预留的?联系人|填写的?联系人|(您|你)的联系人)(?![^,。!?;\n]{0,3}(吗|嘛|么|\?))"
                             r"|(紧急联系人|紧急联络人|联系人)[^。!?\n]{0,6}(核实流程|失联修复)|失联修复"
                             # gate18: the other order — the reader named as the contact, then the borrower out of reach (您的朋友留了
                             # 您的电话作为联系人，我们一直联系不上他); and a lender that cannot reach its card holder or borrower asks
                             # the reader to relay a call-back (联系不上持卡人，如方便请转告其回电)
                             r"|(作为|当作?|留为?|填为?|填写为?)[^,。!?;\n]{0,4}(紧急)?(联系人|联络人)[^。!?\n]{0,24}"
                             r"(失联|无法接通|打不通|接不通|联系不上|联系不到|无法联系|找不到)"
                             r"|(联系不上|联系不到|无法联系|无法联系上)(持卡人|借款人|贷款人|欠款人|机主|当事人)[^。!?\n]{0,16}"
                             r"(转告|转达|让(他|她|其)|请(他|她|其))"
                             r"|(避免|免)(打扰|惊动)(到)?(您|你)的?(家人|父母|紧急联系人|联系人)"
                             # the collector's own next step said aloud (到不了我就直接提交诉讼申请, 不处理我就把你的案子提交到
                             # 法务部, 该上征信上征信，该起诉起诉; para14 cause C, UNSEAL_para14.md); not a lawyer's step for the
                             # reader (我们就为您提交诉讼申请)
                             r"|(我|我们)(就|便|只能|只好|直接)(?:(?!为(你|您)|帮(你|您)|替(你|您)|代(你|您))[^,。!?;\n]){0,8}(提交|移交|递交|转交|交到|走)[^,。!?;\n]{0,6}(诉讼|起诉|法务|法诉)"
                             r"|该(上|报)征信[^,。!?;\n]{0,3}(上|报)征信|该起诉[^,。!?;\n]{0,3}起诉"
                             # the reader's broken promise at the time of borrowing (借的时候说得好好的)
                             # (gate16: also 下款/拿钱的时候, 可不是这么说的)
                             r"|(借(钱|款)?|下款|拿钱|放款)的时候[^。!?\n]{0,10}(说得好好的|说好的|答应|痛快|爽快|好好的|不是这么说|怎么说的)"))
# An enforcement claimed against the reader with no debt word (今日起冻结你名下所有账户, 张**已被纳入限制高消费名单,
# 你的身份信息上了网上追逃系统): freezes, 限高, 失信 and a wanted notice follow only an unpaid debt, so the message is
# about one (para7 cause T4, UNSEAL_para7.md). The police-impersonation script (涉嫌洗钱…冻结) and news are not.
ENFORCED_ON_READER = re.compile(literal_first(
    r"冻结(你|您)名下|(你|您)名下[^。!?\n]{0,16}(将|已|会)(被)?(全部|全都|统统)?(冻结|查封)"
    # the masked name folds away (张**已被纳入… reads 张已被纳入…), so the subject is not required
    r"|(已被|已经被)(纳入|列入|录入)[^。!?\n]{0,6}(限制高消费|限高|失信被执行人|失信名单|失信黑名单|网上追逃|追逃系统)"
    r"|(你|您)的?(身份信息|身份|名字|信息)?[^。!?\n]{0,6}(上了|列入|纳入|录入)[^。!?\n]{0,6}(网上追逃|追逃系统|通缉)"))
ENFORCED_NOT = re.compile(r"涉嫌|洗钱|诈骗|贩毒|走私|案件|据悉|据报道|记者|新闻|本院|法院|冒充|公司|企业|法人|商家")
COLLECTION_STEP_NOT = re.compile(r"据悉|据报道|记者|涉事|回应|声明|网友|调查|纠纷|投诉|维权")
# An automatic debit of a repayment that failed, with money to be put in (今日扣款未成功…请存入足额资金, 代扣贷款本息失败，
# 余额不足): the instalment is due and unpaid. The request to put money in may open the next sentence (代扣失败。若卡内
# 余额不足，请于今天19点前存入, round 11), so the 40 characters after the failure may cross a 。. A failed card purchase, top-up or bill debit (消费, 充值, 电费, 社保) is
# no loan, and such debits name what they are for, so those objects rule it out (消费贷款 and 消费金融 are loans).
DEBIT_FAILED = re.compile(literal_first(r"(扣款|代扣|划扣|扣收|自动还款|还款)[^。!?\n]{0,12}(失败|未成功|不成功|未能成功|没有成功|未扣成功)"
                          r"[^!?\n]{0,40}(存入|存足|存够|备足|补足|充足|余额不足|足额|再次扣款|重新扣款)"
                          r"|(余额不足|资金不足)[^。!?\n]{0,12}(扣款|代扣|划扣|自动还款)[^。!?\n]{0,6}(失败|未成功|不成功)"))
DEBIT_NOT_LOAN = re.compile(r"消费(?!贷|金融|信贷|分期)|购买|订单|商户|充值|话费|流量|电费|水费|燃气|煤气|物业|暖气|供暖|社保|医保|养老|公积金|税"
                            r"|保费|保险费|学费|通行费|etc|会员|订阅|续费|停车")
# The message speaks to someone (news about courts and police does not): second person,
# a request, or a named or masked person (某某, XXX, 张某).
ADDRESSED = re.compile(r"你|您|妳|贵|台端|客户|用户|借款人|阁下|〇〇|○○|^\W{0,3}(已|将|即将)被|(?<![申邀聘提恳])请(?![求示愿假柬教])|某某|x{2,}|\*{2,}|[\u4e00-\u9fff]某|[#$]?\{[a-z_]{1,20}\}")
# A private creditor speaks without "you" as often as with it: 欠我的钱什么时候还.
STRONG_DEBT = re.compile(literal_first(r"逾期|催收|催款|欠款|应还|待还|还钱|欠钱|欠债|老赖|坏账|(?<!已)还款(?!日|成功|卡|方式|账户|渠道|通道|入口|途径|功能)"
                                       # lawful17: 她借你的 (what a relative borrowed from the reader) is not the reader's debt
                                       r"|欠(我|我们)的?\d{0,9}[^,。!?;\n]{0,6}(钱|元|块|万)|借给(你|您)的|(?<![他她])借(你|您)的"
                                       r"|(再|就是|一直|迟迟|拒绝|坚持|要是|如果|假如|若是)不还(?=[,，。!！?？]|$)"
                                       # gate18: a deadline on paying the money back, said without 你 (今天必须把钱还上)
                                       r"|(必须|务必|马上|赶紧|今天|今晚)[^,。!?;\n]{0,3}把(钱|欠款|欠的钱)还(上|清|了)"
                                       + _CREDITOR_SAYS + _OWED_TO_US))

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
PRIVATE_DEBT = re.compile(literal_first("|".join(_PRIVATE_DEBT_BRANCHES)))
# Not the reader's debt: the sender pays back or owes (我欠你的…转给你了, 钱已经转给你了, 我一定还清), or a report.
# lawful17: also a third person who borrowed from the reader (你姑姑说她借你的那笔钱下个月就还), and the writer's
# dated promise to pay the reader back (你借我的500块我明天转给你).
# The sender's promise may leave out 我 (放心，那笔钱会尽快还; round 13, UNSEAL_r13.md group H): 会/保证 + 尽快 + 还 at
# the end of a clause, never 一定要还 or a question (会尽快还吗).
SENDER_REPAYS = re.compile(literal_first(r"我欠(你|您)|(你|您)借给?我的?|(他|她)(说)?借(你|您)的|我(明天|今天|今晚|晚上|下午|回头|月底|周末|下周|发工资)[^,。!?\n]{0,4}(转|还|打)给(你|您)(?!的)|我(一定|会|马上|尽快|保证)[^,。!?\n]{0,6}还(你|您|给你|清|上)"
                           r"|(钱|款|块|元|万)[^,。!?\n]{0,6}(会|保证)(尽快|马上|按时|早点|很快)还(你|您|给你|上|清)?(?=[,，。!！?？;；]|$)"
                           r"|(转给|还给|转到|打到)(你|您)([^,。!?\n]{0,4}(了|卡|账户|微信|支付宝)|(?=[,，。!！?？;；]|$))"
                           r"|(已|已经|刚)(转|还)(你|您)|我(已经?|刚刚?|今天)?(转|还)(给)?(你|您)了"
                           r"|借(你|您)的[^,。!?\n]{0,8}我[^,。!?\n]{0,10}(还|转|给你|打给你)|把借(你|您)的[^,。!?\n]{0,6}还"
                           # fa18: what the writer owes, brought back (欠你的钱我明天去你单位找你还上)
                           r"|(^|[,，。!?])欠(你|您)的[^,。!?\n]{0,8}我[^,。!?\n]{0,16}(还上|还给|还(你|您)|当面还)"))
# gate18: the money asked back to the writer at the end of a clause (记得还我哈, 还回给我啦), asked when (到底什么时候还?),
# or a broken promise to repay (说好这个月还的呢)
_ASKED_BACK = re.compile(r"(?<!归)还(回)?(给)?我(?![们司])(?=[,。!?;吧啊呢吗嘛呀啦哈哦喔咯]|$)"
                         r"|(什么时候|何时|啥时候|几时|哪天)(能|才|再|打算)?还(钱|上|清)?(?=[?吗呢啊呀,。!]|$)"
                         r"|说好[^。!?\n]{0,10}还的(呢|吧|啊|呀)")
# lawful17: a private creditor's own words keep a demand that also names a bill (你欠我的钱不还，我连电费都交不起)
_PRIVATE_CREDITOR = re.compile(r"欠(我|俺|老子)|还(给)?我|借(给)?(你|您)")
# lawful17: a bill's own terms — its late fee, its arrears, the consequence of paying late (逾期将停止供电)
# (逾期 not followed by how long it has been: 逾期将停止供电, 逾期道闸将无法识别; 物业费已逾期三个月 is not a term)
_BILL_TERMS = re.compile(r"违约金|滞纳金|拖欠|催缴|透支|逾期(?![\d一二两三四五六七八九十几半多]|了|已)")
# The writer offers to lend the reader the money or pay part of it (实在不行我先借你周转, 我帮你还一部分): a friend
# speaks, not the lender (gate16; only for the loan frame of analyzer/debt_frame.py).
# aggr17: 钱我借你一年了, 我借你的钱, 我都替你还了两期了 are the creditor's past loan or payment, not an offer
# (了, 的 soon after).
HELPER_LENDS = re.compile(r"我[^,。!?;\n]{0,3}(借(给)?(你|您)|(帮|替)(你|您)(垫|还|出))(?![^,。!?;\n]{0,5}[了的])")
DEBT_REPORT = re.compile(r"据悉|据报道|报道|记者|新闻|网友|嫌疑人|典型案例|案件|判决其|教你|范本|怎么写")
# The same without 案件, which collectors say of the reader's own debt (你的案件将升级至法务处理): for the loan frame.
FRAME_REPORT = re.compile(r"据悉|据报道|报道|记者|新闻|网友|嫌疑人|典型案例|判决其|教你|范本|怎么写")
# Money given, not lent (那点钱不算什么，你拿去用; 不用还): the private frame does not apply.
GIFT = re.compile(r"不用还|不必还|不用给我|不算什么|算不了什么|拿去(用|花|给|买)|送(给)?(你|您)|红包")


# Whether ADDRESSED occurs, written so that every branch starts with a literal and re skips ahead
# to those characters (ADDRESSED's ^, class and optional-prefix branches make it try every
# position): the look-behinds sit after 请 and 某, x{2,} occurs where xx does, [#$]?{…} where {…}
# does, and the anchored branch is a match at 0. Only used while ADDRESSED is the pattern it was
# derived from; tests/test_pipeline_speed.py checks that it is still in use and agrees.
_ADDRESSED_DERIVED_FROM = r"你|您|妳|贵|台端|客户|用户|借款人|阁下|〇〇|○○|^\W{0,3}(已|将|即将)被|(?<![申邀聘提恳])请(?![求示愿假柬教])|某某|x{2,}|\*{2,}|[\u4e00-\u9fff]某|[#$]?\{[a-z_]{1,20}\}"
_ADDRESSED_ANYWHERE = re.compile(r"你|您|妳|贵|台端|客户|用户|借款人|阁下|〇〇|○○|请(?<![申邀聘提恳]请)(?![求示愿假柬教])|某(?<=[\u4e00-\u9fff]某)|某某|xx|\*\*|\{[a-z_]{1,20}\}")
_ADDRESSED_AT_START = re.compile(r"\W{0,3}(?:已|将|即将)被")


def addressed(text: str) -> bool:
    """bool(ADDRESSED.search(text)), answered faster."""
    if ADDRESSED.pattern != _ADDRESSED_DERIVED_FROM:
        return bool(ADDRESSED.search(text))
    return bool(_ADDRESSED_ANYWHERE.search(text) or _ADDRESSED_AT_START.match(text))


# A loan just paid out (发放借款通知, 支付成功, 审批金额) that only adds "请按时还款": not a demand, unless
# something is overdue or owed.
DISBURSED = re.compile(r"发放借款|借款发放|放款成功|已放款|借款已?到账|审批金额|已发放至|已支付至")
# para15 (UNSEAL_para15.md, cause N1): a disbursement names its first due date (首期还款日…): not money owed yet.
OWED = re.compile(r"逾期|欠款|催收|未还|拖欠|应还|待还|到期|(?<!首期)(?<!首次)(?<!首个)还款日|账单")


# A repayment receipt (还款金额…本期账单已还清 / 到账后账单即还清) with nothing still owed or overdue.
# aggr17: the pasted tail 如已结清请忽略 is a condition, not a receipt (a debt-transfer notice ends with it).
# gate19: 全部结清 after a demand or a deadline is asked for (必须全部结清, 今天下午三点前全部结清), not done.
PAID_OFF = re.compile(literal_first(r"(?<!如)(?<!若)(?<!如果)(?<!如您)(?<!若您)(?<!如你)(?:已|已经|即|均已|(?<![须需要请前内能得])全部)(自动)?(还清|结清)"
                                    r"|还款成功|已成功还款"))
# (gate18: 剩余本金, 剩余期数 after a payment is the loan's balance, not a sum due now)
STILL_OWED = re.compile(r"逾期|欠款|催收|未还|拖欠|应还|待还(?!本金)|仍需|尚需|还需|剩余(?!(未还|贷款|待还)?本金|期数|\d{1,3}期|额度|可用)|最低还款|扣款失败|罚息|违约金")
# A rollover confirmed (您已成功申请续期7天，到期请及时还款, 展期成功): the servicing act is the message and its
# 到期请还款 names the new due date; like PAID_OFF, not a demand unless something is still owed (STILL_OWED).
RENEWED = re.compile(literal_first(r"(已|已经)?成功(申请|办理)?(续期|展期|延期还款|续借)|(续期|展期|延期还款|续借)(已)?成功"))


# An advert offering to collect other people's debts for the reader (专业清收各类欠款, 全国追收疑难债务, 代收帐
# …成功计费): the debt words are the service on sale, not the reader's own debt, unless the text names that.
COLLECTION_AD = re.compile(literal_first(r"(专业|合法|全国|律师|代为?|承接|快速|高效)[^,。!?;\n]{0,6}(清收|追收|收债|收帐|收账|讨债|要债|追债)"
                           r"[^。!?\n]{0,40}(各类|各种|疑难|三角|工程款|成功[^,。!?;\n]{0,2}(收费|计费|付费)|不成功不收费|付费|详询|咨询|电话|联系|保留)"))
READER_DEBT = re.compile(literal_first(r"(你|您)(在[^,。!?;\n]{1,12})?的(借款|欠款|贷款|账单|信用卡|分期)|(你|您)(已|已经)?逾期|(你|您)尾号\d{3,4}"))


@lru_cache(maxsize=1)
def scam_warning() -> re.Pattern[str]:
    """A warning to the public about other people's scams (警惕冒充催收的诈骗短信, 提醒广大客户：不法分子以逾期
    为由……): a warning verb and the party that cheats, from the lexicon's scam_warning and scam_party."""
    return re.compile(literal_first(load_lexicon().expand(r"{scam_warning}[^。!?\n]{0,24}{scam_party}")))


# A credit-card debt: checked and negotiated with the card-issuing bank (发卡银行), not a lender's App.
# 停息挂账, 透支 and 最低还款 mean a card unless the text names a loan.
CARD_NAMED = re.compile(r"信用卡|贷记卡|卡中心")
CARD_WORDS = re.compile(r"停息挂账|个性化分期|透支|最低还款|账单分期")
LOAN_NAMED = re.compile(r"网贷|借款|贷款|借呗|花呗|白条|微粒贷|消费金融|小贷")


def debt_kind(doc: Document) -> str | None:
    """"card" for a message about a credit-card debt, else None (a loan, or not told)."""
    if CARD_NAMED.search(doc.f) or (CARD_WORDS.search(doc.f) and not LOAN_NAMED.search(doc.f)):
        return "card"
    return None


def about_debt(doc: Document) -> bool:
    """A collection message: one that names a debt (names_debt) or a lender's request to a third party for the
    borrower's callback (relayed_debt)."""
    return names_debt(doc) or relayed_debt(doc)


def relayed_debt(doc: Document) -> bool:
    """aggr18: a lender asks someone other than the borrower to have the borrower call back, naming no debt
    (您的朋友留了您的电话作为联系人…麻烦您让他尽快回电; 我们是XX银行信用卡中心，联系不上持卡人，请转告其回电): a
    collection step, though the third party is told of no debt (analyzer/debt_frame.relayed_callback)."""
    return (relayed_callback(doc.f) and not COLLECTION_STEP_NOT.search(doc.f)
            and not _ordinary(doc) and _outside_warnings(doc))


# A debt word said to whoever reads (the borrower's or a third party's): without one, a relay request tells of no debt.
_DEBT_WORD = re.compile(r"欠|逾期|还款|还钱|借款|贷款|债|账单|未还|不还|没还|拖欠|催收|催款|分期|本金|利息|罚息")


def tells_debt(doc: Document) -> bool:
    """aggr18: the message states a debt, not only a lender's request for the borrower's callback (names_debt also
    reads gate18's contact-unreachable-relay steps, which name none): what makes a message to a third party a
    disclosure (analyzer/detectors/reader.findings)."""
    return not (relayed_callback(doc.f) and not _DEBT_WORD.search(doc.f))


def names_debt(doc: Document) -> bool:
    """Debt words in a message to the reader; news about 拖欠工资 or 不良贷款, adverts for
    collecting other people's debts, and warnings to the public about collection scams are not. A private creditor's
    frame (PRIVATE_DEBT: 那笔钱…什么时候给, 利息该交了) counts without 你; the sender paying back does not."""
    keys = doc.keys  # (speed: the three patterns with _KEYS below are searched only where their keys occur)
    if not _AD_KEYS.isdisjoint(keys) and COLLECTION_AD.search(doc.f) and not READER_DEBT.search(doc.f):
        return False
    stripped = NOT_DEBT.sub("", doc.f)
    # gate18: a pasted chat's header ([微信], [语音转文字]) is not a sender's signature
    signed = debt_lawful.signers([s.text for s in doc.signatures])
    # lawful17: the collector talked about (催收电话又打来了, 催收说要上门, a regulator's 如遇暴力催收…投诉) makes no demand
    if debt_lawful.talks_of_collectors(signed):
        stripped = debt_lawful.blank(stripped, debt_lawful.collector_told(stripped))
    if DISBURSED.search(doc.f) and not OWED.search(stripped):
        return False
    # lawful17: also a plan just set up (分期还款计划已生效) and a paid state said with a date (贷款已于今日结清)
    if (PAID_OFF.search(doc.f) or RENEWED.search(doc.f) or debt_lawful.paid_state(doc.f)
            or debt_lawful.plan_set(doc.f)) and not STILL_OWED.search(doc.f):
        return False
    if COLLECTION_STEP.search(stripped) and not COLLECTION_STEP_NOT.search(doc.f):
        return not _ordinary(doc) and _outside_warnings(doc)
    # (doc.keys are doc.f's: once a phrase is cut out of `stripped`, its neighbours meet, and the keys say nothing)
    unchanged = stripped == doc.f
    if ((not unchanged or not _ENFORCED_KEYS.isdisjoint(keys)) and ENFORCED_ON_READER.search(stripped)
            and not ENFORCED_NOT.search(doc.f)):
        return not _ordinary(doc) and _outside_warnings(doc)
    if (not unchanged or not _DEBIT_KEYS.isdisjoint(keys)) and DEBIT_FAILED.search(stripped) and not DEBIT_NOT_LOAN.search(doc.f) and (signed or addressed(doc.f)):
        return not _ordinary(doc) and _outside_warnings(doc)
    # (gate18: 你借我的那五千块…记得还我 asks the money back: 你借我的 is the reader's borrowing there)
    if SENDER_REPAYS.search(doc.f) and not READER_DEBT.search(doc.f) and not _ASKED_BACK.search(doc.f):
        return False
    private = PRIVATE_DEBT.search(stripped) and not DEBT_REPORT.search(doc.f) and not GIFT.search(doc.f)
    demand = DEMAND.search(stripped) and (signed or ADDRESSED.search(doc.f) or STRONG_DEBT.search(stripped))
    if demand and not signed and writers_own(stripped, [m.start() for m in DEMAND.finditer(stripped)]):
        demand = None  # gate16: 我花呗逾期了, 我再不还…: the writer's own debt (analyzer/debt_frame.writers_own)
    if (demand and utility_bill().search(doc.f) and not loan_named().search(doc.f) and not _PRIVATE_CREDITOR.search(doc.f)
            and all(_BILL_TERMS.match(stripped, m.start()) for m in DEMAND.finditer(stripped))):
        # lawful17: 电费…扣款未成功，避免产生违约金; 停车费长期拖欠; 逾期将停止供电: a utility's or a public body's bill
        # terms are no loan (a bill said to be months overdue, 物业费已逾期三个月, stays a reminder: test_lawful8_opened)
        demand = None
    # gate16: a loan (word, brand or product) with an unpaid state or a repayment act, or a deadline, a sum and
    # a repayment act (analyzer/debt_frame.py)
    # (a utility or shop bill, 电费账单…将于15日自动扣款, is no loan unless one is named: DEBIT_NOT_LOAN, LOAN_NAMED)
    owed = not demand and not private and not FRAME_REPORT.search(doc.f) and not HELPER_LENDS.search(doc.f) and not (
        DEBIT_NOT_LOAN.search(doc.f) and not LOAN_NAMED.search(doc.f)) and loan_owed(
        doc.f, bool(signed) or addressed(doc.f), keys)
    if not (private or demand or owed) or _ordinary(doc):
        return False
    # Its debt words describe the scam; a reminder that ends in such a warning names the reader's own debt.
    return bool(READER_DEBT.search(doc.f)) or _outside_warnings(doc)


def _ordinary(doc: Document) -> bool:
    """lawful17 (analyzer/debt_lawful.py): debt words in an ordinary frame, read only once debt words are found —
    an unsigned message in which the writer complains of collection, a friend jokes or says there is no rush, or a
    pasted contract sample or form; or a library book or a rented device overdue; unless the reader's own debt is
    named (READER_DEBT)."""
    signed = debt_lawful.signers([s.text for s in doc.signatures])
    if not signed and debt_lawful.kin_advice(doc.f) and loan_named().search(doc.f):
        return True  # gate18: a relative's advice about the reader's own loan (闺女，你信用卡账单记得还，别逾期了)
    if READER_DEBT.search(doc.f):
        return False
    if debt_lawful.borrowed_item(doc.f) and not loan_named().search(doc.f):
        return True
    return not signed and (debt_lawful.borrower_complaint(doc.f) or debt_lawful.no_rush(doc.f)
                           or debt_lawful.pasted_form(doc.f) or debt_lawful.joking(doc.f))


def _outside_warnings(doc: Document) -> bool:
    """Debt words outside the sentences that warn about scams or report others' cases (warning_sentences): a
    reminder that ends in 谨防冒充客服诈骗 keeps its own debt sentence, an anti-fraud notice has none left."""
    spans = warning_sentences(doc.f)
    return not spans or about_debt(doc.blanked(spans))


# A sentence that warns the public about scams or reports someone else's case (不法分子冒充网贷催收，以"逾期将被起诉"
# 恐吓; 所谓"征信修复""逾期铲单"均为骗局; 据报道，某催收公司员工……被判处有期徒刑) names no debt of the reader's, even
# when it is full of debt words; about_debt looks for debt outside them, so an anti-fraud notice or a news item is
# not_collection while a reminder that ends in 谨防诈骗 keeps its own debt clause. A warning is set aside from the
# clause that holds its marker to the end of the sentence (您的本期账单已出，…，谨防诈骗 keeps the bill), a report
# from the start of its sentence, and a message whose header is a warning (反诈小课堂：, 【XX反诈中心】) as a whole.
# A collector's accusation (你这是恶意逃债，涉嫌诈骗; 死皮赖脸的骗子) is neither: the bare words 诈骗 and 骗子 are
# not markers (scam_warning needs a warning verb before 骗子).
_WARNING = re.compile(literal_first(
    r"不法分子|犯罪分子|诈骗分子|骗局|冒充|假冒|仿冒|非法中介|(均|都|全)(是|为|属于?)诈骗|一律(是|为)?诈骗|谨防|警惕|防骗|反诈"))
# Report markers are the reporter's words, never a collector's (通报给你家人, 让记者曝光你, 你已被列为犯罪嫌疑人 are
# threats, not reports).
# fa18: the reader pointed at a news item or a clip (你看这个新闻, 你刷到那个视频没, 妈你看这条报道): what follows in the
# sentence is reported, and its 你 is the one shown the item (analyzer/detectors/reported.py sets that 你 aside).
NEWS_POINTER = (r"(?:你|您)?(?:看|看看|瞧|瞧瞧|刷到|看到|听说|听说了)(?:了|过)?(?:这|那)(?:个|条|篇|则|段)"
                r"(?:新闻|报道|视频|帖子|文章|案例)")
_REPORT = re.compile(literal_first(NEWS_POINTER + "|"
                                   r"据报道|据悉|记者(调查|获悉|了解到|采访|从)|新闻(快讯|报道)|媒体报道|典型案例|被判处|判处有期徒刑|破获|热搜"
                                  # lawful17: a news header (新闻：), a sentence passed (判处主犯有期徒刑三年)
                                  r"|新闻:|判处[^,。!?;\n]{1,6}有期徒刑"
                                  # fa18: a newspaper's or station's name as the header (【XX晚报】, 【XX日报】)
                                  r"|(晚报|日报|时报|商报|都市报|新闻网|电视台|融媒体)】"
                                  # fa18: a case reported by the police or a regulator (警方破获…, 银保监会通报：某机构…被罚款)
                                  r"|破获|通报:|嫌疑人曾|被罚款|据了解"))
_SENTENCE_END = re.compile(r"[。!?;\n]")
_CLAUSE_END = re.compile(r"[,:。!?;\n]")
_HEADER = re.compile(r"^\W{0,2}(【[^】]{0,16}】|[^,:。!?;\n]{0,10}[:])")


def warning_sentences(f: str) -> list[tuple[int, int]]:
    """Spans of folded text `f` set aside as warnings or reports (see above), in order, not overlapping."""
    header = _HEADER.match(f)
    if header and (_WARNING.search(header.group()) or _REPORT.search(header.group())):
        return [(0, len(f))]
    hits = sorted([(m.start(), m.end(), False) for p in (_WARNING, scam_warning()) for m in p.finditer(f)]
                  + [(m.start(), m.end(), True) for m in _REPORT.finditer(f)])
    spans: list[tuple[int, int]] = []
    last = 0
    for start, end, whole_sentence in hits:
        if start < last:
            continue
        first = 0
        for e in (_SENTENCE_END if whole_sentence else _CLAUSE_END).finditer(f, 0, start):
            first = e.end()
        end_m = _SENTENCE_END.search(f, end)
        last = end_m.end() if end_m else len(f)
        spans.append((max(first, spans[-1][1] if spans else 0), last))
    return spans


# Speed: keys one of which every match of these patterns holds (analyzer/prefilter.any_branch_keys); a message without
# any of them is not searched (a search cost 4-6 µs; the test, over 7 or 8 keys, a fraction of that). Only patterns
# whose keys are few and seldom met (COLLECTION_AD's in 1 of the 202 bench messages, ENFORCED_ON_READER's in 9,
# DEBIT_FAILED's in 48): for the others the test costs about what it saves.
_AD_KEYS = any_branch_keys(COLLECTION_AD)
_ENFORCED_KEYS = any_branch_keys(ENFORCED_ON_READER)
_DEBIT_KEYS = any_branch_keys(DEBIT_FAILED)
