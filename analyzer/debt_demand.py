"""The words of a demand for the reader's debt, read by analyzer/debt_context.names_debt: DEMAND (debt words that
ask for money owed: 逾期, 还款, 欠款, a private creditor's 欠我钱, 还给我), STRONG_DEBT (those that say a debt even
when the message addresses nobody), and NOT_DEBT (phrases with debt words that ask for nothing: a payment done, a
loan advert, a deadline for a non-money act), cut out of the text before DEMAND is looked for. Moved out of
analyzer/debt_context.py unchanged (round 21)."""
from __future__ import annotations


from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from knowledge import derived_cache

# DEMAND, STRONG_DEBT and the other patterns here (and in debt_steps.py, debt_private.py) that open with a group or
# an optional part go through literal_first (same matches; re can skip ahead to their first characters instead of
# trying every position: COLLECTION_STEP, NOT_DEBT and SENDER_REPAYS cost 1-4 µs a message before); no group of
# theirs is read.
# lawful8 (tests/data/probes/UNSEAL_lawful8.md, cause J): a deadline for a non-money act (逾期未检, 逾期未办理实名登记,
# 逾期将由物业清运) is no debt (gate18: also a health or filing act, 逾期未复查, 逾期未接种, 逾期未申报; gate29: a
# membership renewed, 年卡已到期，逾期未续费将无法入场 — not 续期, a loan rollover).
# Phrases that mention money owed without asking for it, and a demand the writer denies (我是提醒你，不是叫你还钱;
# not 不是叫你还钱吗, which repeats it).
# (aggr23: 扣款成功 is a paid state, 未扣款成功 a failed debit: debt_steps.DEBIT_FAILED reads it in the stripped text;
# gate35: so are 没扣款成功, 没有扣款成功, 没能扣款成功)
NOT_DEBT = derived_cache.compile(literal_first(r"(不是|并不是|并非|没有|没)(叫|让|要|催|逼)(你|您)还(钱|款)(?![吗嘛么呢]|了(吗|嘛|么))|逾期(将|会|则|即)?(被)?(退回|退件|作废|失效|不候|取消|清零|视为放弃|自动放弃)|逾期(未|不)(检验?|年检|年审|审验|换证|补登记|登记|清理|报名|领取|预约|办理(?!还|结|分期|协商|延期)|复查|复诊|复检|就诊|体检|接种|补种|检查|随访|筛查|报到|注册|认证|签到|提交|上传|填报|申报|参加|参检|更新|续费|续卡|续约|续订|续会)|逾期将由|已(于[^,。!?;\n]{0,12})?完成(自动)?还款|还款[^。!?;\n]{0,16}(扣款|扣收|划扣)成功|(?<![未没有能])(自动)?(扣款|代扣|划扣)(已)?成功|提前还款|成功还款|如有外币欠款|每期应还|已还清|已结清|还款成功|已还本息|已到账|已到[^,。]{0,12}银行卡|额度|放款|申请(?!了?[^,。!?;\n]{0,4}(支付令|支付命令|强制执行|财产保全|诉前保全|诉讼保全|诉前调解))|提额|办理|贷款产品|无抵押|利率|分期已受理|总账分期|还款(券|红包|优惠|立减|礼包|方便|便捷|更方便|更便捷|轻松|省心)|(办理|申请|开通)[^,。!?;\n]{0,4}分期还款|分期还款[^,。!?;\n]{0,6}(可享|立享|享受|优惠|折扣|\d(\.\d)?折)"
                               # gate16: a statement with nothing due (本期应还0元, 最低还款额0.00元)
                               r"|(应还|应付|需还|待还|最低还款)(金额|款额|额)?(为|是|:)?(人民币|rmb)?0(\.0{1,2})?(元|(?![\d.]))"
                               # gate24: no debt on the account (本期无欠款, 没有待还款项)
                               r"|(无|没有)(任何)?(欠款|待还款项|应还款项|未还款项|逾期)(?!记录)"
                               # lawful17: nothing to pay (无需还款), a legal-aid booking for a debt dispute (债务纠纷法律咨询)
                               # short22: a verification code for a repayment the reader is making (您正在进行还款操作)
                               r"|正在(进行|办理|操作)?[^,。!?;\n]{0,4}还款"
                               r"|(无需|无须|不需要|不用)(还款|还钱|缴费|付款)|(债务|借贷|欠款)纠纷[^,。!?;\n]{0,6}(咨询|讲座|援助|法律服务)"
                               # gate25: a law firm's advert listing debt disputes among its services (律师免费咨询：债务纠纷、离婚),
                               # and a collection firm hiring (诚聘催收专员): the debt words are the job or the service, not the reader's
                               r"|咨询[^,。!?;\n]{0,3}(债务|借贷|欠款)纠纷"
                               # gate25: a financing term on offer (长达18个月的还款期限), a seller's own debts as the reason for a
                               # sale (业主欠款急抛), a due date moved as a service (下期最后还款日顺延至9/26)
                               r"|(长达|最长|最高)[^,。!?;\n]{0,3}[\d一二两三四五六七八九十]{1,3}(个月|期|年)的?还款(期限|周期|期)"
                               r"|(业主|房东|卖家|车主|原主|房主)[^,。!?;\n]{0,2}(欠款|欠债|负债)"
                               r"|(最后|到期)?还款日(将|可)?(顺延|延后|调整|变更|修改)(至|到|为)"
                               r"|(诚聘|招聘|急聘|高薪聘请?|招募|聘请)[^,。!?;\n]{0,8}(催收|清收|贷后|法务)(专员|员|人员|主管|经理|坐席|岗)?"
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
                               r"|(?<![不未没])成功(为|向|给)[^,。!?;\n]{0,12}还款|预约还款|入账后还清([^,。!?;\n]{0,12}欠款)?|(?<![如若果])(已|已经)于[^,。!?;\n前]{0,12}还款"
                               # gate18: a purchase receipt on a pay-later account with the standing instruction to repay (成功支付126.00元
                               # 还款日每月8号，记得按时还款; 你有一笔43.73元的支出…使用花呗支付，请及时还款)
                               r"|(成功支付|支付成功|成功下单|下单成功|的支出)[^。!?\n]{0,30}(按时|及时|记得)还款"
                               # gate23: also with the pay-later account named in the next sentence (你有一笔43.73元的支出，点击领取
                               # 积分。使用花呗支付，请及时还款); a settlement certificate issued (结清证明已开具)
                               r"|的支出[^!?\n]{0,30}(使用|用)[^,。!?;\n]{0,6}支付[,]?[^,。!?;\n]{0,8}(按时|及时|记得)还款"
                               r"|(结清|还款|还清)(证明|凭证|回单)"
                               # gate18: a servicing notice that changes nothing for the reader's loan (还款计划不变，照常还款即可)
                               r"|(照常|正常|按原计划|按原有计划|按原约定|继续按原)[^,。!?;\n]{0,2}还款(即可|就可以|就行)"
                               r"|还款(计划|方式|安排|日期|日)[^,。!?;\n]{0,6}(不变|不受影响|照常)"
                               # gate18: a lender's own collection policy, as an anti-fraud notice (我行催收人员不会要求您转账到个人账户,
                               # 我司从未委托任何个人收取还款)
                               r"|催收(人员|员|专员|工作人员)?[^,。!?;\n]{0,4}(不会|从不|从未|绝不|一律不|不得)"
                               r"|(不会|从未|从不|绝不)[^,。!?;\n]{0,8}(委托|授权)[^,。!?;\n]{0,12}(收取|代收|催收)(还款|欠款|款项)?"
                               # gate23: thanks for a repayment made (感谢您按时还款), a transfer's memo (收到转账…附言:还款), the
                               # card's standing schedule (账单日为每月5日，到期还款日为每月23日), a service switched on (设置自动还款),
                               # a debit record with the balance after it (于12月15日自动扣款4860.22元…余额3211.07元)
                               r"|(感谢|谢谢)[^,。!?;\n]{0,4}(按时|按期|准时|及时|提前)?还款|(附言|用途|备注|摘要)[^,。!?;\n]{0,2}还款"
                               # (a debit card's record: 支出2980.00元(车贷还款); a repayment credited: 还款3000.00元已入账)
                               r"|(支出|转出|扣款|消费)(人民币|rmb)?\d[\d.]*元?\([^()]{0,6}还款\)|还款(人民币|rmb)?(\d[\d.]*元?)?,?(已|已经)(入账|到账)"
                               # (a loan offer's terms: 最长可分12期还款; a change that leaves the due date as it was: 还款日不变)
                               r"|(可|能)分[\d一二三四五六七八九十两]{1,3}期(还款|偿还)?"
                               r"|(账单日|还款日|扣款日)(为|是|:)?每月\d{1,2}(日|号)"
                               # (gate24: with the advice that goes with it, 可设置自动还款避免逾期)
                               r"|(设置|开通|绑定|签约|办理)[^,。!?;\n]{0,4}自动还款(功能|服务)?[,]?(避免|以免|防止)逾期"
                               r"|(设置|开通|绑定|签约|办理|关闭|取消)[^,。!?;\n]{0,4}自动还款(功能|服务)?(?!的?[^,。!?;\n]{0,6}(失败|未成功|不成功))"
                               r"|(?<![将请需应须会])于[^,。!?;\n前请需]{0,12}(自动)?(扣款|扣收|划扣|扣划|代扣)(人民币|rmb)?\d[\d.]*元[^,。!?;\n]{0,8}[,]?余额"
                               # gate24: an account's record of a repayment taken or credited, the balance after it (代扣贷款还款
                               # 1832.16元,余额2103.55元; 还款支出2300.00元,余额; 还款到账3000.00元,当前可用额度; 被扣款人民币1280.00元
                               # (自动还款-信用卡),余额), or moved from another account (还款2100.00元已从公积金账户冲还); not 余额不足
                               r"|(?<![将请需应须会])(自动还款|自动|还款)?(还款|扣款|代扣|划扣|扣收)(支出|转出|到账|入账)?(人民币|rmb)?\d[\d.]*元?(\([^()]{0,8}\))?,?(当前|账户|卡内)?(余额|可用额度)(?!不足|不够)"
                               r"|还款(人民币|rmb)?\d[\d.]*元?(已|已经)(从|由)[^,。!?;\n]{0,12}(冲还|扣除|扣款|扣收|划扣|代扣|划转)"
                               # gate24: repaying as a service a bank or an app offers (快速还款, 一键还款, 查账、还款、搜商户), a
                               # purchase offered in instalments by reply (分12期还款回复…), an instalment booked to a later bill
                               # (首期应还89.90元将计入1月账单)
                               r"|(一键|快速|轻松|便捷|在线|随时|便利)还款|(查账|办卡)[,]?还款|分[\d一二三四五六七八九十两]{1,3}期还款请?回复"
                               r"|(应还|还款)[^,。!?;\n]{0,10}将(计入|记入|并入)[^,。!?;\n]{0,6}账单"
                               # gate24: a query the bank offers (回复…可查询已入账欠款金额), a paid service to repay cards for the
                               # reader (信用卡代还, 帮还款手续费最低, 缓解还款压力), money coming to the reader (理财产品今日到期, 本息已转入)
                               r"|(?<![请须需应])(按月|按季|等额本息|等额本金|等额|先息后本|灵活|随借随)还款(?!计划)|还款(无压力|没压力|压力小|无忧)|每月\d{1,2}(日|号)(自动)?(扣款|还款|扣收|划扣)"
                               # (gate24: a loan offer's repayment terms, 按月还款, 等额还款无压力; an instalment order's standing
                               # schedule, 分期6期，每月15日自动扣款)
                               r"|查询[^,。!?;\n]{0,8}(欠款|应还|账单|还款)(金额|额)?|(信用卡)?(代还|帮还|垫还)款?[^,。!?;\n]{0,6}(手续费|费率|业务|服务|低至|最低)|(缓解|减轻)[^,。!?;\n]{0,2}还款压力"
                               r"|(理财|定期|存单|基金|国债|结构性存款)[^,。!?;\n]{0,8}到期|本息(已|已经)?(转入|到账|划入|返还|存入|发放)"
                               ))
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
DEMAND = derived_cache.compile(literal_first(r"(?<!已)还款(?!日|成功|卡|方式|账户|渠道|通道|入口|途径|功能)|还钱|不还(钱|款|清|上|的话|就|将)|罚息|违约金|滞纳金|逾期|欠款|拖欠|催收|催缴|清收|应还|待还(款|金额|本金|账单|\d)|未还|还款到期|最低还款|待偿(金额|款项|本金|本息|余额)|(完成|尽快|及时|立即|限期)偿还|账单[^。]{0,16}(还款日|到期)|账单[^!?\n]{0,24}(到期还款日|最后还款日)(为|是|:)?\d|还款日[^。]{0,12}(请[^,。]{0,4}(存入|还款|备足|及时)|存入|备足)|还款日[^。]{0,16}账单|尽快还|立即还|请还款|还清(?!楚)|结清|债务|欠钱|欠债|追偿|透支|自动扣款|老赖|已过期[^,。!?;\n]{0,16}天"
                    # gate24: the due date said to be now (借款还款日为今天), money put into the repayment account by then
                    # (请于当天17:00前将足额资金存入还款账户), a sum payable falling due (本期应付金额3260元今日到期)
                    r"|还款日(为|是|:)?(今天|今日|明天|明日|后天)|(存入|存足|备足|留足)[^,。!?;\n]{0,8}(还款账户|还款卡|扣款账户|还款银行卡)|足额(资金|款项)?存入"
                    r"|(本期|当期|本月|您的?|你的?)应付(金额|款额|款项)?[^,。!?;\n]{0,16}到期"
                    # (a loan's instalment debited today or tomorrow: 您的贷款今日扣款，请确保卡内余额充足)
                    r"|(贷款|借款|月供|房贷|车贷)[^,。!?;\n]{0,6}(今日|今天|明日|明天)(将)?(扣款|扣收|划扣|代扣)(?![^,。!?;\n]{0,14}(成功|失败|已))"
                    r"|(款|钱|账)[^,。!?;\n]{0,6}(已经|已)?(过了|超过|超出)[^,。!?;\n]{0,2}(约定|还款|到期|付款)的?(日期|时间|期限|日)"
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
                    r"|(钱|元|块|万|千)[^。!?\n]{0,20}(?<!归)还(给)?我(?=[,。!?;吧啊呢吗嘛]|$)|还(给)?我(钱|的钱)|把(钱|欠款|账|欠的钱)还(了|上|清|给|一下)"
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
                    # (register30: a polite, wordy reminder puts the sum between the due date and 记得: 您这个月的贷款还款日是15号，
                    # 金额1280元，请您记得存钱到卡里)
                    r"|还款日[^。!?\n]{0,24}(记得|别忘了?|不要忘了?)[^,。!?;\n]{0,4}(存|还|转|充)"
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
                    # short22: a pay-later order, a rented phone's rent, a shop instalment fallen due or unpaid (先用后付订单已到期
                    # 未付款, 租机…第3期租金应于今日支付, 本期分期款今日需支付): credit by its nature, though no 借款 is named
                    r"|(先用后付|月付|租机|分期款)[^。!?\n]{0,20}(到期|超期|逾期|未支付|未付|未缴|需支付|待支付|应于[^,。!?;\n]{0,8}(支付|付款|缴纳))"
                    # short22: this instalment's money to be paid back (记得今天把这期的钱还上)
                    r"|把(这|本|上|当)一?期的?(钱|款|账单)还(了|上|清)"
                    # short22: the payment deadline passed (已超过缴款期限，请尽速缴款; 已逾缴款期限)
                    r"|(已|已经)(超过|逾)(缴款|还款)期限(?![^。!?\n]{0,12}(取消|作废|关闭|失效|释放))"
                    + _CREDITOR_SAYS + _OWED_TO_US
                    # gate35: the due date said the other way round (今天是还款日; 亲，今天就是这期的还款日), a due date passed
                    # (已过到期还款日): lexicon class in knowledge/data/rules/zz_gate35.toml
                    + "|" + load_lexicon().expand("{gatethirtyfive_due_now}")
                    # gate36: the instalment past the agreed day, asked to be dealt with (款项已过约定日期1天，请今天抽空处理;
                    # 本期付款日已过…请于今日内登录APP处理): lexicon class in knowledge/data/rules/zz_gate36.toml
                    + "|" + load_lexicon().expand("{gatethirtysix_past_due}")))
# A private creditor speaks without "you" as often as with it: 欠我的钱什么时候还.
STRONG_DEBT = derived_cache.compile(literal_first(r"逾期|催收|催款|欠款|应还|待还|还钱|欠钱|欠债|老赖|坏账|(?<!已)还款(?!日|成功|卡|方式|账户|渠道|通道|入口|途径|功能)"
                                       # lawful17: 她借你的 (what a relative borrowed from the reader) is not the reader's debt
                                       r"|欠(我|我们)的?\d{0,9}[^,。!?;\n]{0,6}(钱|元|块|万)|借给(你|您)的|(?<![他她])借(你|您)的"
                                       r"|(再|就是|一直|迟迟|拒绝|坚持|要是|如果|假如|若是)不还(?=[,，。!！?？]|$)"
                                       # gate18: a deadline on paying the money back, said without 你 (今天必须把钱还上)
                                       r"|(必须|务必|马上|赶紧|今天|今晚)[^,。!?;\n]{0,3}把(钱|欠款|欠的钱)还(上|清|了)"
                                       # gate25: asked to pay the money back (麻烦把钱还一下, 快点把钱还回来)
                                       r"|(麻烦|请|快|快点|赶快|抓紧)[^,。!?;\n]{0,3}把(钱|欠款|欠的钱)还(一下|给我|回来)"
                                       + _CREDITOR_SAYS + _OWED_TO_US))
