"""Messages for the borrower-page tests (issue 15), written for these tests; numbers and names are made up.
"""
from __future__ import annotations

THREAT = ("你在借款平台的欠款已逾期47天，共计6380元。今天18点前不处理，我们将联系你的家人和单位同事，"
          "把你的欠款信息发到通讯录群里曝光，并派人上门到你户籍地村委。你已涉嫌诈骗罪，等着坐牢吧！")
VIOLENCE = "欠钱不还是吧？今晚不把8000块打过来，我们的人就去你家，打断你的腿，你家人出门也小心点。"
SCAM = ("【京东金融法务部】您的账户存在异常逾期，将于今日上报征信。请立即添加专员微信处理，"
        "将欠款转入指定个人账户6217000012345678（户名：李某），并提供手机收到的验证码完成核销。")
REMINDER = ("【招联金融】尊敬的客户，您的借款本期应还826.50元，还款日为12月5日。请在招联金融App内还款，"
            "请勿向个人账户转账。如已还款请忽略。")
BANK = "【工商银行】您尾号1234的信用卡已逾期，请尽快还款。如有疑问请致电95588。工商银行催收员联系电话156********。"
COURT = ("【某某区人民法院】李某某：原告某某消费金融有限公司诉你借款合同纠纷一案，本院已立案受理，"
         "案号（2026）京0105民初12345号。请登录人民法院在线服务平台查看起诉状和开庭传票，按时到庭应诉。")
# A court's notice of the enforcement stage: a judgment was not performed, the court sends 执行通知书 and 报告财产令.
ENFORCEMENT = ("【某某区人民法院】李某某：申请执行人某某消费金融有限公司与你借款合同纠纷一案，本院已立案执行，"
               "案号（2026）京0105执6789号。请登录人民法院在线服务查收执行通知书和报告财产令，按期履行并如实申报财产。")
# A law firm's letter with the firm's full name and a lawyer's licence number (tests/test_lawyer_letter.py).
LAWYER = ("【浙江金道律师事务所】律师函：张**先生，本所受招联消费金融股份有限公司委托，就您拖欠借款一事致函。"
          "截至今日您尚欠本息12345.67元，请于收函后七日内通过招联金融App还款或与本所联系协商，"
          "逾期我方将建议委托人依法提起诉讼。承办律师：李**，执业证号：13301201810123456，联系电话0571-88888888。")
THIRD_PARTY = ("你好，你是张某的紧急联系人。他在我司的借款已逾期90天，请你转告他今天之内还款，"
               "否则我们会继续联系你和他的其他亲友。")

LOAN_FORM = {"received": "8000", "principal": "10000", "payment": "1100", "count": "12", "period": "month",
             "lender_kind": "online_platform", "contract_date": "2025-06-01"}
