"""Links in the text: domain, registered domain, official or not, short link,
raw IP host, look-alike of a lender's domain (which lender a domain imitates: lookalikes.py)."""
from __future__ import annotations

import re
from dataclasses import replace

from analyzer.detectors import lookalikes
from analyzer.detectors.catalog import load as catalog
from analyzer.document import Document
from analyzer.report import Finding, LenderMatch, LinkInfo
from knowledge import derived_cache

_SECOND_LEVEL = {"com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn", "ac.cn", "com.hk", "co.uk"}
SHORTENERS = {
    "t.cn", "dwz.cn", "url.cn", "suo.im", "bit.ly", "tinyurl.com", "t.co", "is.gd", "goo.gl",
    "tb.cn", "3.cn", "1.cn", "sohu.gg", "mrw.so", "s.tt", "u.nu", "ow.ly", "rebrand.ly", "6du.in",
}
_IP = derived_cache.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# Words that make a message a risk or debt notice, where an unverified link is a danger.
_PRESSURE = derived_cache.compile(r"逾期|欠款|冻结|解冻|征信|违章|罚款|法律|起诉|风险|异常|违规|注销|失效|停用|过期|升级|认证|关停")
# fixes20: an unsigned debt message that sends the reader to pay through its link (点击…还款, 还款链接, 通过以下网址还款): a payment
# page on a domain in no lender's registry entry is a risk whether or not the message adds pressure words.
_PAY_THROUGH = derived_cache.compile(r"还款|还钱|缴费|缴款|支付|付款|结清|扣款|充值|代扣|应还")


# The message also points to the lender's own channel (an in-app path "登录借吧-车友贷-去还款", "在XX App内",
# the official website): the link is one option beside the lender's own, not the only way to pay.
# (Folding drops the "-" between Chinese characters: "登录借吧车友贷去还款".)
_OWN_CHANNEL_PATH = derived_cache.compile(r"(登录|打开|进入|通过)(?![^,。]{0,12}(链接|网址|网站|网页|页面))[\u4e00-\u9fff]{2,12}(app|去还款|>)"
                          r"|app内|(详见|登录|访问)[\u4e00-\u9fff]{0,8}官网")


# A problem the message says the reader has (a fine, an unpaid bill, a blocked account, a parcel held back,
# a deadline): with a short link and no debt words, the link is how a phishing text asks to "fix" it
# (Traditional texts are folded: 違反→违反, 罰單→罚单, 繳→缴).
_PROBLEM_CLAIM = derived_cache.compile(r"违反|违章|违规|违法|罚单|罚款|未缴|欠费|逾期|处理期限|停用|冻结|失效|注销|停水|停电|断电|停止供"
                            r"|暂停(派送|配送|服务|使用|营业)|异常|封号|封停")
_TO_READER = derived_cache.compile(r"你|您|贵户|贵用户|用户|客户|车主|机主|会员")
# A marketing text (required by law to offer 退订) or one that sends the reader to an App is no phishing notice.
_MARKETING_OR_APP = derived_cache.compile(r"验证码|校验码|动态码|回t退订|退订回t|回td退订|拒收请回|退订请?回|app内|官方app|(登录|打开|通过)[^,。!?;\n]{0,10}app")
# A court's e-service notice: a case number such as （2099）桂0000民初000号 and a served document. Some court
# SMS platforms link to a raw IP address, so the address alone does not make it phishing.
_COURT_SERVICE = derived_cache.compile(r"[(（]\d{4}[)）][\u4e00-\u9fff]{1,3}\d{0,6}[\u4e00-\u9fff]{1,4}\d{1,6}号")
_COURT_WORDS = derived_cache.compile(r"法院|仲裁委|仲裁院")


def court_service(doc: Document) -> bool:
    """A court or arbitration notice with a case number in the official format (an e-service notice)."""
    return bool(_COURT_SERVICE.search(doc.f) and _COURT_WORDS.search(doc.f))


def senders_own(link: LinkInfo, lender_id: str | None, court: bool) -> bool:
    """The link is no lure: on the claimed lender's official domain (the registry's official contacts),
    on gov.cn (registered only to government bodies), or the raw IP a court's SMS platform links from an
    e-service notice with its case number."""
    if lender_id is not None and link.official_for == lender_id:
        return True
    # fa24: the official domain of the claimed lender's own group (【京东金融】 linking u.jd.com, the group's domain
    # jd.com, registered to 京东 in the registry): the same company's site, not a lure. (link.other_lender_domain
    # already spared the group; the unverified-link rules did not.)
    if lender_id is not None and link.official_for is not None and lookalikes.same_group(link.official_for, lender_id):
        return True
    return government(link.registered_domain or "") or (court and link.ip_host)


_PRIVATE_IP = derived_cache.compile(r"^(10|127)\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.|^169\.254\.")


def government(reg: str) -> bool:
    """gov.cn is registered only to government bodies (courts use court.gov.cn)."""
    return reg == "gov.cn" or reg.endswith(".gov.cn")


def registered_domain(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def link_host(link_text: str) -> str:
    """The host a link names, as written: without its scheme, cut at its path, port, query or fragment. Read by
    analyse and link_domains (the pipeline had its own copy of these two lines)."""
    return re.split(r"[/:?#]", re.sub(r"^https?://", "", link_text), maxsplit=1)[0]


def link_domains(doc: Document) -> list[tuple[str, int, int]]:
    """Every link's registered domain, read from its host as written (no trailing dot dropped, an IP host read as
    a name), with the link's span: what the lender detector weighs against the registry's official domains."""
    return [(registered_domain(link_host(link.text)), link.start, link.end) for link in doc.links]


# A government body speaking (a signature, or the opening words): its websites are on gov.cn (国办发〔2017〕47号
# 《政府网站发展指引》 asks every government site to use a .gov.cn name). Bodies that are not government
# organs (征信中心 is pbccrc.org.cn, 12333 and hospitals have other names) are left out.
_AUTHORITY = derived_cache.compile(r"中国人民银行|人民银行|央行|公安|派出所|检察院|人民法院|法院|税务局|市场监督管理局|市场监管局|"
                        r"金融监督管理|金融监管总局|银保监|证监会|交警|车管所|人民政府")


# scam17: a domain that spells the courts' hotline 12368 (fy12368.top, 12368-ssfw.com) but is not on gov.cn imitates the
# courts' service, whoever the message claims to be: the courts' sites are all on gov.cn.
COURT_LINE = "12368（法院诉讼服务）"
_COURT_LINE_DOMAIN = derived_cache.compile(r"12368")
# scam18: a host that spells gov, court or fayuan as a word of its own (court-gov.cn.top, zcw-gov.cn.top) but is not on
# gov.cn, in a message about a court or arbitration case, imitates the courts' sites the same way. Not in a notice shaped
# like a court's e-service (case number in the official format): that one is an unsure notice to check through 12368.
COURT_SITE = "法院、仲裁机构的官方网站"
_COURT_WORD_HOST = derived_cache.compile(r"(?<![a-z])(?:gov|court|fayuan)(?![a-z])")
_CASE_TALK = derived_cache.compile(r"法院|法庭|仲裁|案件|案号|传票|诉讼|立案|执行")


def claimed_authority(doc: Document) -> str | None:
    """The government body a message speaks as, in its 【signature】."""
    for sig in doc.signatures:
        # 【中国人民银行征信中心】 names the central bank, but the credit reference centre is a public institution
        # whose site is not on gov.cn (see above): no government-domain claim.
        if _AUTHORITY.search(sig.text) and "征信中心" not in sig.text:
            return doc.text[sig.start:sig.end].strip()
    return None


def analyse(doc: Document, official_domains: dict[str, str], known_domains: dict[str, str],
            lender_id: str | None) -> tuple[LinkInfo, ...]:
    out = []
    authority = claimed_authority(doc)
    court = court_service(doc)
    for link in doc.links:
        url = doc.text[link.start:link.end]
        host = link_host(link.text).rstrip(".")
        ip = bool(_IP.match(host))
        reg = host if ip else registered_domain(host)
        official_for = None if ip else official_domains.get(reg)
        short = not ip and (reg in SHORTENERS or host in SHORTENERS)
        look = None if (ip or official_for or reg in known_domains) else lookalikes.lookalike(reg, known_domains)
        spelled = None
        if look is None and not (ip or official_for or short or government(reg) or reg in known_domains):
            found = () if _COURT_LINE_DOMAIN.search(reg) else lookalikes.spelled_brands(reg)
            # The lender the message speaks as first: 【招联金融】 over zhaolian-jr.cc.
            found = sorted(found, key=lambda bk: bk[0].id != lender_id)
            if found:
                spelled = found[0]
                look = spelled[0].domain or spelled[0].name
            elif _COURT_LINE_DOMAIN.search(reg):
                look = COURT_LINE
            elif _COURT_WORD_HOST.search(host) and _CASE_TALK.search(doc.f) and not court:
                look = COURT_SITE
            elif authority and not court:
                look = authority
        if ip:
            expl = "链接直接用 IP 地址而不是域名：正规机构不会这样发链接，很可能是钓鱼网站，请不要打开。"
        elif look and look == authority and not spelled:
            expl = (f"短信自称{look}，但政府机关的网站都用 gov.cn 结尾的域名，这个不是：冒充政府机关的钓鱼网站常这样做，"
                    "请不要打开、不要输入任何信息。")
        elif look == COURT_LINE:
            expl = ("这个域名拼了法院诉讼服务热线 12368，但法院的网站都用 gov.cn 结尾，这个不是：冒充法院的钓鱼网站常这样起名，"
                    "请不要打开；核实案件请自己拨打“当地区号+12368”或登录“人民法院在线服务”。")
        elif look == COURT_SITE:
            expl = ("这个网址里拼了 gov、court 这样的字样，像是法院或政府的网站，但不是以 gov.cn 结尾：冒充法院、仲裁机构的钓鱼网站"
                    "常这样起名，请不要打开；核实案件请自己拨打“当地区号+12368”或登录“人民法院在线服务”。")
        elif spelled and spelled[0].domain:
            expl = (f"这个域名里拼的是{spelled[0].name}的名字（{spelled[1]}），但不是它核实过的官方域名 {spelled[0].domain}："
                    "典型的仿冒网站，请不要打开、不要输入任何信息。")
        elif spelled:
            expl = (f"这个域名里拼的是{spelled[0].name}的名字（{spelled[1]}），但本工具没有它核实过的官方网址，无法证明这是它的网站；"
                    "仿冒网站常这样起名。请不要打开、不要输入任何信息，要办事请打开你自己安装的官方 App。")
        elif look:
            expl = f"这个域名模仿了 {look}，但不是它：典型的仿冒网站，请不要打开、不要输入任何信息。"
        elif government(reg) and "court" in reg:
            # court.gov.cn, hebeicourt.gov.cn: the courts' own names under gov.cn.
            expl = ("这是法院系统的政府域名（gov.cn 只注册给政府机关）。核实案件最稳妥的仍是不点短信里的链接："
                    "自己打开微信小程序“人民法院在线服务”登录查看，或拨打“当地区号+12368”向法院核实。")
        elif government(reg):
            expl = "这是政府机关的域名（gov.cn 只注册给政府机关）。仍建议自己在浏览器里输入官网地址，而不是点短信链接。"
        elif official_for and (lender_id is None or official_for == lender_id or lookalikes.same_group(official_for, lender_id)):
            expl = "这是本工具核实过的该机构官方域名。即便如此，还款请在官方 App 内操作。"
        elif official_for:
            expl = "这是另一家机构的官方域名，和短信自称的机构不一致，请提高警惕。"
        elif short:
            expl = "这是短链接，看不出真正指向哪里；请不要点，直接打开官方 App 查看。"
        elif reg in known_domains:
            expl = "这个域名在第三方资料中被列为该机构的域名，但未经官方核实；建议直接打开官方 App。"
        else:
            expl = "这个域名不在本工具核实过的官方域名里；请不要通过短信链接还款或输入信息。"
        out.append(LinkInfo(url=url, start=link.start, end=link.end, domain=host, registered_domain=reg,
                            official_for=official_for, short_link=short, ip_host=ip, lookalike_of=look,
                            explanation=expl))
    return tuple(out)


_OWN_CHANNEL = ("app", "官网", "客服", "公众号", "小程序", "平台", "热线")


def _names_own_channel(doc: Document, signature: str) -> bool:
    """The signed name appears again in the body as the sender's own channel (登录借吧, 借吧官网,
    借吧客服热线): a lender pointing to itself, not a stranger pointing to a link only."""
    name = signature.strip().lower()
    if len(name) < 2:
        return False
    text = doc.f
    signed = [(s.start, s.end) for s in doc.signatures]
    i = text.find(name)
    while i != -1:
        start, _ = doc.span(i, i + len(name))
        if not any(s <= start < e for s, e in signed):
            window = text[max(0, i - 4):i + len(name) + 6]
            if "登录" in window or any(w in window for w in _OWN_CHANNEL):
                return True
        i = text.find(name, i + 1)
    return False


def _pays_through(doc: Document, link: LinkInfo) -> bool:
    """An unsigned message that asks to pay through this link (点击 <link> 还款, 还款链接：<link>). Only unsigned: a signed
    bill with the payment company's or bank's own link (【拉卡拉】…点击 m.lakala.com 还款) keeps needing pressure words;
    and only beside the link (a bill whose link is for something else, 办其他期数点击 <link>, is not a payment link)."""
    return not doc.signatures and bool(_PAY_THROUGH.search(doc.text[max(0, link.start - 12):link.end + 6]))


# fa24: an address named as the reader's own (您的IP：123.59.77.142, 服务器IP地址 10.x): a host reported as data in a
# hosting or security notice, written bare (no scheme, no path), not a page the reader is asked to open.
_IP_LABEL = derived_cache.compile(r"ip(?:地址)?\s?[:：]?\s?$", re.IGNORECASE)


_VISIT = derived_cache.compile(r"访问|登录|登陆|打开|点击|点开|进入|输入|前往")


def _ip_as_data(text: str, link: LinkInfo) -> bool:
    before = text[max(0, link.start - 12):link.start]
    return (bool(_IP_LABEL.search(before)) and not _VISIT.search(before)
            and "/" not in link.url and not link.url.lower().startswith(("http", "www")))


def findings(doc: Document, links: tuple[LinkInfo, ...], lender: LenderMatch | None, debt: bool,
             phishing: bool = False) -> list[Finding]:
    """IP hosts, look-alikes, another lender's domain, and unverified links in a debt or risk notice."""
    known = catalog()
    out = []
    if not links:
        return out
    pressure = phishing or bool(_PRESSURE.search(doc.f))
    authority = claimed_authority(doc)
    risky = debt or pressure
    court = court_service(doc)
    claim = (not debt and bool(_PROBLEM_CLAIM.search(doc.f)) and bool(_TO_READER.search(doc.f))
             and not _MARKETING_OR_APP.search(doc.f))
    for link in links:
        if link.ip_host:
            # A local-network address (Wi-Fi login pages, intranet shares) and a plain notice are not phishing;
            # neither is a court's e-service notice with its case number (court SMS platforms use raw IPs).
            if risky and not court and not _PRIVATE_IP.match(link.domain or "") and not _ip_as_data(doc.text, link):
                out.append(known["link.ip_host"].make(doc.text, link.start, link.end))
        elif link.lookalike_of:
            # The message speaks as the body or lender the domain imitates (【招联金融】 over zhaolian-jr.cc,
            # 【中国人民银行】 over pbc-zx.com): a lure in any message, advert or not. A look-alike of a brand
            # the message does not claim counts in a debt or risk notice, and less surely when only its
            # spelling (not an official domain) is imitated.
            owner = lookalikes.owner(link.lookalike_of)
            claimed = (link.lookalike_of in (authority, COURT_LINE, COURT_SITE)
                       or bool(lender and lender.id and owner == lender.id))
            if claimed or risky:
                f = known["link.lookalike"].make(doc.text, link.start, link.end, lookalike=link.lookalike_of)
                if not claimed and lookalikes.lookalike(link.registered_domain or "", lookalikes.known_domains()) is None:
                    f = replace(f, severity="medium")
                out.append(f)
        elif (link.official_for and lender and lender.id and link.official_for != lender.id
              and not lookalikes.same_group(link.official_for, lender.id)):
            out.append(known["link.other_lender_domain"].make(doc.text, link.start, link.end))
        elif link.short_link and claim and not link.official_for:
            # No debt words, but the message tells the reader they have a problem (a fine, a blocked account,
            # a held parcel) and hides where the fix is behind a short link.
            out.append(known["link.short_in_problem_notice"].make(doc.text, link.start, link.end))
        elif not link.official_for and not government(link.registered_domain or "") and debt and (
                pressure or _pays_through(doc, link)):
            f = known["link.unverified_in_debt_notice"].make(doc.text, link.start, link.end)
            if (lender and lender.signature and (lender.id or _names_own_channel(doc, lender.signature))) or (
                    doc.signatures and _OWN_CHANNEL_PATH.search(doc.f)):
                # A genuine signature, or one the message names again as its own App, 官网 or 客服:
                # the link is more likely the lender's own.
                f = replace(f, severity="low")
            out.append(f)
    return out
