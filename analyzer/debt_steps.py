"""A collection step named without a debt word, read by analyzer/debt_context.names_debt: the lender's own step
(COLLECTION_STEP: 已移交法务, 转委外, the reader named as a surety or an emergency contact), an enforcement claimed
against the reader (ENFORCED_ON_READER: 冻结你名下, 纳入限高) and a failed automatic repayment (DEBIT_FAILED), each
with the words that rule it out (a news report, a police-impersonation script, a utility or shop debit). Moved out
of analyzer/debt_context.py unchanged (round 21)."""
from __future__ import annotations


from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from knowledge import derived_cache

# The lender's own collection step, named without any debt word (已移交法务处理, 法务部门已介入, 已转交委外催收,
# 已进入委外前审核): the
# message is about the reader's debt. A report about a company's legal department (据悉, 涉事, 调查) is not.
COLLECTION_STEP = derived_cache.compile(literal_first(r"(已|已经|现已)(被)?(移交|转交|转入|转至|交由|交给)(至|到|给)?(我司|公司|平台|本司)?的?(法务|法律部|委外|催收部)"
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
ENFORCED_ON_READER = derived_cache.compile(literal_first(
    r"冻结(你|您)名下|(你|您)名下[^。!?\n]{0,16}(将|已|会)(被)?(全部|全都|统统)?(冻结|查封)"
    # the masked name folds away (张**已被纳入… reads 张已被纳入…), so the subject is not required
    r"|(已被|已经被)(纳入|列入|录入)[^。!?\n]{0,6}(限制高消费|限高|失信被执行人|失信名单|失信黑名单|网上追逃|追逃系统)"
    r"|(你|您)的?(身份信息|身份|名字|信息)?[^。!?\n]{0,6}(上了|列入|纳入|录入)[^。!?\n]{0,6}(网上追逃|追逃系统|通缉)"))
ENFORCED_NOT = derived_cache.compile(r"涉嫌|洗钱|诈骗|贩毒|走私|案件|据悉|据报道|记者|新闻|本院|法院|冒充|公司|企业|法人|商家")
COLLECTION_STEP_NOT = derived_cache.compile(r"据悉|据报道|记者|涉事|回应|声明|网友|调查|纠纷|投诉|维权")
# An automatic debit of a repayment that failed, with money to be put in (今日扣款未成功…请存入足额资金, 代扣贷款本息失败，
# 余额不足): the instalment is due and unpaid. The request to put money in may open the next sentence (代扣失败。若卡内
# 余额不足，请于今天19点前存入, round 11), so the 40 characters after the failure may cross a 。. A failed card purchase, top-up or bill debit (消费, 充值, 电费, 社保) is
# no loan, and such debits name what they are for, so those objects rule it out (消费贷款 and 消费金融 are loans).
DEBIT_FAILED = derived_cache.compile(literal_first(r"(扣款|代扣|划扣|扣收|自动还款|还款)[^。!?\n]{0,12}(失败|未成功|不成功|未能成功|没有成功|未扣成功)"
                          r"[^!?\n]{0,40}(存入|存足|存够|备足|补足|充足|余额不足|足额|再次扣款|重新扣款)"
                          r"|(余额不足|资金不足)[^。!?\n]{0,12}(扣款|代扣|划扣|自动还款)[^。!?\n]{0,6}(失败|未成功|不成功)"
                          # aggr23: the other order, 本期未扣款成功，请于明日前将足额款项存入还款卡
                          r"|未(扣款|代扣|划扣|扣收)成功[^!?\n]{0,40}(存入|存足|存够|备足|补足|充足|余额不足|足额|再次扣款|重新扣款)"
                          # gate35: spoken forms (扣款没成功, 还没扣款成功, 没扣上) and remedies (存一下钱, 存进卡里, 会再扣一次,
                          # 请今日登录APP完成支付, 请协助安排): lexicon classes in knowledge/data/rules/zz_gate35.toml
                          + "|" + load_lexicon().expand(r"({gatethirtyfive_debit_missed})[^!?\n]{0,40}({gatethirtyfive_debit_remedy})")))
DEBIT_NOT_LOAN = derived_cache.compile(r"消费(?!贷|金融|信贷|分期)|购买|订单|商户|充值|话费|流量|电费|水费|燃气|煤气|物业|暖气|供暖|社保|医保|养老|公积金|税"
                            r"|保费|保险费|学费|通行费|etc|会员|订阅|续费|停车")
