#!/usr/bin/env python3
"""Held-out evaluation set 6 for the WeCom compliance risk scanner.

Usage: python3 scripts/evasion_heldout6.py OUT_DIR
Writes OUT_DIR/heldout6/<category>/{corpus.jsonl,truth.json}. Standard library only,
deterministic (SEED). Writes nothing if any self-check fails.
"""
import json
import os
import random
import re
import sys
from datetime import date

SEED = 60613
CATS = ["numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation"]

RULES = {
    "R1": ["保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"],
    "R2": ["内幕消息", "内部消息", "庄家", "拉升"],
    "R3": ["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    "R4": ["账户密码", "帮你操作", "代客理财", "全权委托"],
    "R5": ["私人微信", "加我个人号", "私人号"],
}
T2S = {
    "穩": "稳", "賺": "赚", "賠": "赔", "證": "证", "風": "风", "險": "险", "內": "内",
    "莊": "庄", "轉": "转", "賬": "账", "帳": "账", "個": "个", "飛": "飞", "單": "单",
    "傭": "佣", "點": "点", "戶": "户", "碼": "码", "幫": "帮", "財": "财", "權": "权",
    "託": "托", "號": "号", "這": "这", "們": "们", "說": "说", "話": "话", "產": "产",
    "品": "品", "買": "买", "賣": "卖", "錢": "钱", "會": "会", "給": "给", "來": "来",
    "對": "对", "時": "时", "後": "后", "還": "还", "沒": "没", "為": "为", "裡": "里",
    "樣": "样", "麼": "么", "嗎": "吗", "們": "们", "與": "与", "經": "经", "理": "理",
    "問": "问", "題": "题", "規": "规", "禁": "禁", "違": "违", "騙": "骗", "謝": "谢",
    "請": "请", "讓": "让", "開": "开", "門": "门", "課": "课", "學": "学", "長": "长",
    "總": "总", "應": "应", "聽": "听", "見": "见", "認": "认", "識": "识", "員": "员",
    "資": "资", "訊": "讯", "報": "报", "處": "处", "罰": "罚", "無": "无", "別": "别",
    "戶": "户", "動": "动", "實": "实", "爺": "爷", "當": "当", "協": "协", "議": "议",
    "發": "发", "現": "现", "聯": "联", "繫": "系", "係": "系", "紅": "红", "將": "将",
    "號": "号", "壓": "压", "險": "险", "專": "专", "業": "业", "務": "务", "費": "费",
    "顧": "顾", "絕": "绝", "確": "确", "優": "优", "惠": "惠", "夠": "够", "頭": "头",
}
S2T = {}
for _t, _s in T2S.items():
    if _t != _s and _s not in S2T:
        S2T[_s] = _t
S2T["账"] = "賬"

SEP_IN_KW = "[\\s\\-_·.*\u200b\u200c\u200d\ufeff\u3000]*"
KW_RE = {r: [re.compile(SEP_IN_KW.join(re.escape(c) for c in kw)) for kw in kws]
         for r, kws in RULES.items()}
MARKET_LASHENG = ["大盘拉升", "指数拉升", "板块拉升", "尾盘拉升", "早盘拉升"]


def normalize(text):
    return "".join(T2S.get(ch, ch) for ch in text)


def rules_in(text):
    t = normalize(text)
    return sorted(r for r, res in KW_RE.items() if any(x.search(t) for x in res))


# ---------------------------------------------------------------- digit reading
CN = {"〇": "0", "零": "0", "○": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3",
      "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2",
      "貳": "2", "叁": "3", "肆": "4", "伍": "5", "陆": "6", "陸": "6", "柒": "7", "捌": "8", "玖": "9"}
JOIN = set(" \t-‐‑–—_.,，、·/:：;；~～*()（）[]【】|'\"\u200b\u200c\u200d\ufeff\u3000+")


def dclass(ch, prev_cls):
    if "0" <= ch <= "9":
        return "a", ch
    if "０" <= ch <= "９":
        return "a", chr(ord(ch) - 0xFF10 + 48)
    if ch in CN:
        return "c", CN[ch]
    if ch in "Xx" and prev_cls == "a":
        return "a", "X"
    return None, None


def digit_runs(text):
    """Return list of runs; each run is a list of groups (strings). Groups split at
    separators (up to 3 join chars) and at Arabic/Chinese script changes."""
    runs, run, grp, cls, gap = [], [], "", None, 0
    for ch in text:
        c, v = dclass(ch, cls if gap == 0 else None)
        if c:
            if grp and (c != cls or gap):
                run.append(grp)
                grp = ""
            grp += v
            cls, gap = c, 0
        elif ch in JOIN and (grp or run):
            if grp:
                run.append(grp)
                grp = ""
            gap += 1
            if gap > 3:
                if run:
                    runs.append(run)
                run, cls, gap = [], None, 0
        else:
            if grp:
                run.append(grp)
                grp = ""
            if run:
                runs.append(run)
            run, cls, gap = [], None, 0
    if grp:
        run.append(grp)
    if run:
        runs.append(run)
    return runs


def luhn(s):
    if not s.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def valid_id(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
        if not (1900 <= y <= 2025):
            return False
        date(y, m, d)
    except ValueError:
        return False
    return id_check(s[:17]) == s[17].upper()


def valid_any(s):
    if len(s) == 11 and re.fullmatch(r"1[3-9]\d{9}", s):
        return True
    if len(s) == 18 and valid_id(s):
        return True
    if 16 <= len(s) <= 19 and luhn(s):
        return True
    return False


def valid_groupings(text):
    found = []
    for run in digit_runs(text):
        for i in range(len(run)):
            acc = ""
            for j in range(i, len(run)):
                acc += run[j]
                if len(acc) > 19:
                    break
                if valid_any(acc):
                    found.append(acc)
    return found


def whole_runs(text):
    return ["".join(r) for r in digit_runs(text)]


# ---------------------------------------------------------------- people
SURN = ["zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu",
        "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo"]
GIVEN = ["wei", "fang", "min", "jing", "lei", "qiang", "yan", "jie", "tao", "hui", "juan",
         "chao", "xiu", "bo", "ning", "peng", "ting", "hao", "yu", "lan"]
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class People:
    def __init__(self, rng):
        self.rng = rng
        self.staff = sorted({rng.choice(SURN) + rng.choice(GIVEN) + "%03d" % rng.randint(1, 999)
                             for _ in range(40)})
        self.cust = ["w" + rng.choice("mo") + "".join(rng.choice(ALNUM) for _ in range(rng.randint(12, 20)))
                     for _ in range(40)]
        self.cust = ["wm" + c[2:] for c in self.cust]
        self.rooms = ["wr" + "".join(rng.choice(ALNUM) for _ in range(18)) for _ in range(6)]


# ---------------------------------------------------------------- cosmetics
PREFIX = ["", "", "", "", "张姐，", "李哥 ", "王总,", "亲~", "阿姨您好，", "Hi ", "刘老师：",
          "陈先生，", "各位，", "嗯，", "哈喽 ", "周姐 "]
SUFFIX = ["", "", "", "～", "。", "!!", "…", " 🙂", "哈", "呀", "~~"]
PRODUCTS = ["这款年金险", "这只理财", "鑫享系列", "安盈宝", "这套学区房", "那门投资课", "稳盈计划",
            "这个信托", "这份增额终身寿", "这款结构性存款"]


def to_trad(text):
    return "".join(S2T.get(ch, ch) for ch in text)


def split_keyword(text, rng):
    t = normalize(text)
    spans = []
    for r, kws in RULES.items():
        for kw in kws:
            i = t.find(kw)
            if i >= 0:
                spans.append((i, len(kw)))
    if not spans:
        return text
    i, ln = rng.choice(spans)
    cut = i + rng.randint(1, ln - 1)
    sep = rng.choice([" ", "\u200b", "-", "·", "*", "  "])
    return text[:cut] + sep + text[cut:]


PREFIX_C = ["", "", "", "你好，", "在吗 ", "经理，", "小王，", "hello ", "请问一下，"]
PREFIX_G = ["", "", "各位，", "大家注意 ", "@所有人 ", "同事们，"]


def dress(body, rng, kind="s"):
    body = body.replace("{p}", rng.choice(PRODUCTS))
    pre = rng.choice({"c": PREFIX_C, "g": PREFIX_G}.get(kind, PREFIX))
    suf = rng.choice(SUFFIX)
    if body and body[-1] in "。！？!?～~…" and suf in ("。", "!!", "…"):
        suf = ""
    text = pre + body + suf
    if rng.random() < 0.2:
        text = text.replace("，", ",").replace("：", ":").replace("？", "?")
    return text


# ---------------------------------------------------------------- templates (cats 2-6)
# prefix: s| staff->customer, c| customer->staff, g| staff in group (staff->staff)
T = {}
T["rhetorical"] = {
 "hit": [
  "s|{p}不是保本的还能是什么？放心买就是了",
  "s|我什么时候骗过您？这单稳赚不赔，还犹豫啥",
  "s|难道我会拿自己的名声开玩笑？保证收益写得明明白白",
  "s|您说这年头哪有比它更稳的？零风险啊",
  "s|谁跟钱过不去呢？包赚的事儿早点上车",
  "s|连我妈都买了，您说它能不保本吗？",
  "s|既然是稳赚的买卖，干嘛不多投点？",
  "s|你怕什么？庄家下周就动手，我消息很准",
  "s|我跟您说的内幕消息哪次没兑现过？这次也一样，赶紧进",
  "s|这内部消息我只告诉你，你不信我还能信谁？",
  "s|转到我个人账户不是更快吗？何必走公司流程",
  "s|私下交易省手续费，何乐而不为呢？",
  "s|飞单怎么了？收益高还不用排队，您说图啥非要排队",
  "s|返佣都给你了，还有什么好犹豫的？",
  "s|返点我给得最多，哪家比得过我？",
  "s|账户密码发我不就得了？省得你天天盯盘",
  "s|您上班那么忙，全权委托给我不是最省心吗？",
  "s|代客理财我做了好多年了，谁说不行？我这不好好的",
  "s|加我个人号多方便啊，何必在这儿聊？",
  "s|私人微信上说话不是更自在吗？加一下呗",
  "s|有事发我私人号，这还用问吗？",
  "s|哪有保本保收益这么好的事？有，就在我这儿！",
  "s|别人家给不了，我凭什么能给？因为我们这个product就是保本的呀",
  "s|您还在担心亏？稳赚的东西担心啥!!",
  "s|与其放银行吃那点利息，不如跟我买包赚的这款，不是吗？",
  "s|只要您签了，不就零风险拿收益了嘛？",
  "s|这么好的保证收益产品，您不买岂不可惜？",
  "s|我倒要问问，除了我们还有谁敢说保本？我们敢",
  "s|连庄家的底牌我都摸清了，还怕它不拉升？",
  "s|您把钱交给我，我帮你操作，还能亏了不成？",
  "s|被我带过的客户，哪个不是稳赚不赔？",
  "s|房子嘛，这地段可不就是稳赚吗？",
  "s|这门课学完保证收益翻倍，您说值不值？",
  "s|谁说保险不能保本？我们这款年金就是保本的",
  "s|返佣你要不要？要的话我私下转账给你，多简单",
  "g|领导都点头了，飞单又怎样？大家都在做，你也跟上",
  "s|你问我是不是内幕消息？当然是，不然我敢这么说？",
  "s|这还用想？全权委托给我，年底等着收钱",
  "s|为啥不加我私人微信？那边有更多好东西给你看",
  "s|难不成你还想要比零风险更好的？这已经是顶配了",
  "s|干嘛走柜台？私下转账给我，当天就给你办",
  "s|你说我图啥？不就是想让你稳赚嘛",
  "s|这么多年了，您见过哪个庄家进场后不拉升的？跟着就完事",
  "s|Why not? 这个plan包赚的，sign就完了",
 ],
 "nm": [
  "c|{p}是保本的吗？我年纪大了怕亏",
  "c|你们有没有保证收益的产品啊？",
  "s|哪有什么稳赚不赔的投资？您可千万别信",
  "s|世上哪有零风险的理财？我们这款也会有波动的",
  "s|谁能保证包赚？反正我不能，也不该这么说",
  "c|听说有内幕消息，是真的吗？",
  "s|内部消息？我们哪来的内部消息，都是公开信息",
  "s|庄家拉升这种说法您也信？那都是荐股骗子的话术",
  "c|能不能私下转账给你啊？会不会方便点",
  "s|私下交易？这怎么可能，所有交易都得走公司系统",
  "s|飞单这种事我们怎么可能做？一旦发现直接开除",
  "c|你们这边有返佣吗？朋友说别家有",
  "s|返点？我们哪敢给返点，这是违规的",
  "s|账户密码怎么能给别人？您自己保管好",
  "s|代客理财是被明令禁止的，我怎么会做呢？",
  "c|全权委托给你们可以吗？我实在没时间看",
  "s|加我个人号？不用的，有事就在企业微信里说",
  "c|你有私人微信吗？方便的话加一下",
  "s|私人号？我没有对外的私人号，都在这个工作号上",
  "s|保本？这款是净值型的，怎么可能保本呢",
  "s|您问是不是稳赚？没有这回事，任何投资都有风险",
  "c|这个房子买了真能稳赚吗？我有点担心",
  "c|这课程学完真的能保证收益翻倍吗？感觉不太靠谱",
  "s|谁告诉您我们零风险的？宣传册上写得很清楚有风险",
  "s|难道有人跟您说包赚？那一定不是我们公司的人",
  "c|为什么别人都说这个是保本的，你却说不是？",
  "s|我们怎么会让您转到我个人账户呢？只有公司对公账户",
  "s|庄家？哪来那么多庄家，别被群里的人忽悠了",
  "c|请问这款年金险到底保本不保本啊？",
  "s|既然您问是不是保本，我得老实说：不保本",
  "c|我把账户密码告诉你，你能帮我看看吗？",
  "s|连我们行长都不敢说保证收益，我哪敢？",
  "s|内幕消息能随便说吗？说了是违法的，何况我们根本没有",
  "c|有返点的话我就多买点，有吗？",
  "s|您觉得正规机构会搞私下交易吗？不会的",
  "c|你们会飞单吗？新闻上说有人飞单",
  "s|与其问我是不是稳赚，不如先看看风险揭示书，答案在那里：不是",
  "g|客户问有没有返佣，大家怎么回的？我回的是没有",
  "s|代客理财？您说笑了，操作只能您本人来",
  "c|这个基金保本吗？上面写的中低风险",
  "s|哪家正规券商会要客户账户密码？我们绝对不会",
  "c|全权委托是什么意思？合同里看到的",
 ],
}
T["prohibition"] = {
 "hit": [
  "s|公司不让在群里说，我私下跟你讲：这个保本",
  "s|规定不准发朋友圈，但这款确实保证收益，您放心",
  "s|别告诉别人哈，庄家下周就要拉升",
  "s|禁止外传！内部消息：明天有利好",
  "s|不许截图，我只说一次：稳赚不赔",
  "s|合规不让在这儿讲，所以加我私人微信细聊",
  "s|别在工作号说这些，加我个人号",
  "s|不要走公司账户，手续慢，直接私下转账给我",
  "s|不用填那么多单子了，转到我个人卡上就行",
  "s|不能在系统里下单的话，我们私下交易吧",
  "s|千万别跟柜台说，这单我给你飞单处理，利率高",
  "s|领导不让张扬，但你是老客户，返点照给",
  "s|不用您费心，账户密码给我，我帮你操作",
  "s|您不必天天看盘，全权委托给我就行",
  "s|别担心亏损，这款零风险",
  "s|不要怕，包赚",
  "s|别犹豫了，稳赚的",
  "g|公司禁止在群里推产品，大家私聊客户时就说保本",
  "s|不要在录音电话里说，见面我再告诉你内幕消息",
  "s|别外传啊，这是庄家那边的消息",
  "s|不准拍照的会上定了调子：这产品就是保本的，您放心买",
  "s|不让写进合同里，但我口头保证收益",
  "s|别看规定写着这不行那不行，代客理财我做了十年，客户都满意",
  "s|不要告诉你老公哈，我给你返点",
  "s|有事别打客服热线，打我私人号",
  "s|别在群里问，私下交易的细节我私聊你",
  "s|合同上不准写，但我跟你保证零风险",
  "s|不要声张，庄家已经在吸筹，下周开始拉升",
  "s|你别急着赎回，这个包赚的",
  "s|不能说的我不说，能说的就一句：稳赚不赔",
  "s|禁止销售误导那是对别人，对您我就实话实说：保本保收益",
  "s|别用公司的APP转，转到我个人账户到账更快",
  "s|无需签字，全权委托给我就行",
  "s|别在企微里聊了，会被审计，加我私人微信",
  "s|不用看风险揭示了，这是保本的",
  "s|别管那些条条框框，飞单收益高，我给你办",
  "s|不准讨论个股的规定你知道的，所以我只说：内幕消息，周一买",
  "s|Don't worry，这个product零风险，不用看说明书",
  "s|严禁泄露哦，我们拿到的是内部消息",
  "s|别买别家的，我们这个保证收益",
  "s|不要理会合规那一套，返佣我照样给你",
  "g|别让客户知道是飞单，就说是新产品",
 ],
 "nm": [
  "s|严禁向客户承诺保本保收益",
  "s|根据监管规定，不得宣传稳赚不赔",
  "g|禁止员工私下转账收取客户资金",
  "g|严禁对客户说“转到我个人账户”之类的话",
  "g|公司明令禁止飞单，一经发现立即解除劳动合同",
  "g|严禁返佣、返点等不正当利益输送",
  "s|请勿向任何人透露账户密码，包括本行员工",
  "g|员工不得代客理财，不得接受全权委托",
  "g|禁止员工使用私人微信与客户沟通业务",
  "s|不要加任何自称是客户经理的私人号",
  "g|不许在群里传播所谓内幕消息",
  "g|禁止传播“庄家拉升”之类的荐股信息",
  "g|不得私下交易，所有业务须在系统内留痕",
  "g|保险代理人不得承诺零风险或保证收益",
  "g|课程宣传中不允许出现“包赚”“稳赚”等字眼",
  "g|房产经纪人不得对客户说这套房稳赚不赔",
  "s|按制度我们不可以帮你操作账户，这个必须您本人完成",
  "s|我行规定不能收取返佣，好意心领了",
  "g|合规提醒：各位不准在朋友圈发“保本”字样",
  "g|大家注意，严禁用“加我个人号”的方式导流客户",
  "g|监管明确不允许销售人员提供内部消息",
  "g|禁止代客理财，违者移送合规部",
  "s|我们不能让您把钱转到我个人账户，请走公司对公账户",
  "s|千万不要把账户密码发给别人",
  "g|规定要求：不得以任何形式许诺稳赚",
  "g|按照保险销售行为管理办法，严禁宣称产品保本",
  "g|严禁与客户私下交易，包括代收代付",
  "g|本行禁止员工以私人号对客户营销",
  "g|不准飞单，不准代签，不准私收现金",
  "g|员工手册写明：禁止接受全权委托式的账户管理",
  "g|禁止在直播间说零风险，违者下架",
  "g|请各位不要在客户群里讨论庄家、内幕消息之类的话题",
  "s|您好，我们不允许工作人员索要您的账户密码",
  "g|法规禁止证券从业人员接受全权委托",
  "s|不要相信任何保证收益的承诺，本公司禁止员工这样说",
  "g|严禁以返点吸引客户购买",
  "g|不得承诺包赚，哪怕客户再三追问也不行",
  "g|禁止把客户引到私人微信",
  "g|团队规定：不许私下转账，红包也不行",
  "g|学员守则写得清楚：禁止向学员承诺学完保证收益",
  "c|你们规定不能飞单对吧？那我就放心了",
  "c|我们家规矩，谁也不许把账户密码告诉外人",
 ],
}
T["warning_report"] = {
 "hit": [
  "s|温馨提示：名额有限，这款保本产品周五截止",
  "s|提醒您一下，保证收益的那款明天就停售了",
  "s|友情提醒：内部消息，周三前建仓",
  "s|风险提示：不买才是风险，这款稳赚不赔",
  "s|注意啦！庄家明天动手拉升，错过别后悔",
  "s|提醒各位客户：零风险高收益，先到先得",
  "s|警告：再不上车就晚了，包赚的机会不多",
  "s|小提醒：转账请直接转到我个人账户，公司账户这几天在升级",
  "s|重要通知：以后业务联系请加我个人号",
  "s|温馨提醒：私人微信上有优惠，这里不方便说",
  "s|注意：这几天系统维护，私下转账给我就行",
  "s|提醒一下，返点下周就没了，抓紧",
  "s|重要提醒：月底前签约返佣加倍",
  "s|小心错过！我帮你操作，账户密码发我",
  "s|友情提示：忙的话可以全权委托给我，省心",
  "s|注意哦，代客理财名额就剩三个了",
  "s|提醒：今天下单走飞单通道，利息更高",
  "s|敬告客户：本产品保本，请放心购买",
  "s|安全提示：为了安全，以后有事打我私人号",
  "s|郑重提醒：这是庄家的内幕消息，只限本群",
  "g|各位同事注意：客户问起就说保本，统一口径",
  "g|提醒大家，本月飞单也算业绩，抓紧冲",
  "s|风险提示书您签一下就行，反正这款零风险，走个形式",
  "s|友情提醒，别买别家的，我们这个才是真保本",
  "s|注意别被骗了，我这才是真内部消息，别人都是假的",
  "s|小心那些骗子！找我就对了，稳赚",
  "s|防骗提醒：别信陌生人，有问题直接加我私人微信找我",
  "s|提示：为避免手续费，我们可以私下交易",
  "s|特别提醒：学完这门课保证收益翻番，报名从速",
  "s|提醒：这套学区房稳赚不赔，下周涨价",
  "s|提醒您：合同到期后全权委托续上，我帮你操作",
  "s|注意查收：返佣当天就到您卡上",
  "s|预警：大涨在即，庄家已经进场准备拉升",
  "s|特别注意：此为内部消息，阅后即删，明早开盘买入",
  "s|温馨提示～这个product零风险哦，放心冲",
  "g|各位组员：客户不方便来网点的，就说我帮你操作，让他把账户密码发过来",
  "s|提醒您，年金险保本又保收益，最后三天",
  "s|友情提示：加我个人号可以领返点",
  "s|Reminder：稳赚的机会，明天截止",
  "s|注意查收：这是您的保证收益确认函",
  "s|风险提示:别担心,这个包赚",
  "s|提醒一下您，钱直接转到我个人账户就行，比走流程快",
 ],
 "nm": [
  "s|风险提示：本产品不保本，过往业绩不代表未来表现",
  "s|反诈提醒：凡是承诺稳赚不赔的都是骗局",
  "s|提醒您：任何自称有内幕消息的人都是骗子",
  "s|警惕“庄家拉升”类荐股诈骗",
  "s|近期有不法分子冒充我行员工，要求客户私下转账，请提高警惕",
  "g|案例分享：某网点员工飞单被判刑",
  "g|据报道，某保险代理人承诺保证收益被处罚",
  "s|提醒：请勿向任何人提供账户密码",
  "g|通报：某分行员工代客理财造成客户损失，已被开除",
  "s|近期发现有人冒充客服，让客户加私人微信，请勿上当",
  "s|温馨提示：我们不会用私人号联系您",
  "s|反诈宣传：说“转到我个人账户”的陌生人，一律是诈骗",
  "g|案例：客户经理私下交易，被监管处罚",
  "g|警示教育：返佣、返点均属违规，已有多人被处理",
  "s|风险提示：零风险的宣传都是虚假的",
  "c|提醒一下你们，有人冒充你们行让我加私人号",
  "c|我邻居被骗了，对方说包赚，结果血本无归",
  "c|举报一下，你们有个员工说有内部消息",
  "g|合规通报：某员工微信向客户承诺保本，被罚款",
  "g|处罚公告：某证券营业部员工接受客户全权委托",
  "s|提醒：教育培训机构承诺学完保证收益的，多为虚假宣传",
  "s|购房提醒：经纪人说稳赚的话别全信",
  "c|我看新闻说有人飞单跑路了，吓死我了",
  "g|培训案例：客户被“帮你操作”的话术骗走积蓄",
  "s|警惕！骗子常说“加我个人号，带你赚钱”",
  "g|请大家注意，近期有客户反映收到所谓的内幕消息短信，均与本公司无关",
  "s|风险揭示：基金有风险，投资需谨慎，不存在保本",
  "g|同事们注意，某同业因返佣被重罚，我们引以为戒",
  "c|有人在群里说庄家要拉升，是不是骗子啊",
  "g|通报：某员工私下转账挪用客户资金，已移送司法机关",
  "s|提醒：代客理财属于违规行为，客户也可能因此受损",
  "g|投诉处理：客户反映员工索要账户密码，经核实已处理",
  "g|案例学习：某代理人承诺零风险，客户退保后投诉",
  "s|提醒：我行从未授权任何人以私人微信办理业务",
  "c|你们公司那个李经理说稳赚不赔，后来亏了一半，你们管不管",
  "s|警示：私下交易不受法律保护，切勿参与",
  "g|合规部提示：客户要求全权委托时，应婉拒并说明风险",
  "g|有客户反映接到电话称有“内部消息”，请大家帮忙提醒客户",
  "g|监管通报：某机构员工飞单，涉案金额巨大",
  "s|注意：那些声称包赚的课程都是割韭菜",
  "s|风险提示：历史收益不代表保证收益",
  "c|提醒家里老人：谁说保本都别急着信，先问问子女",
 ],
}
T["refusal"] = {
 "hit": [
  "s|好的没问题，账户密码发我，我帮你操作",
  "s|行，就按您说的，转到我个人账户吧",
  "s|可以的，返点照老规矩给您",
  "s|没问题，保本的，您放心",
  "s|答应你，这单稳赚不赔",
  "s|OK，全权委托给我吧",
  "s|可以，加我私人微信，我发你资料",
  "s|好的，那就私下交易，不走系统",
  "s|行吧，看在老客户份上，给你返佣",
  "s|成，这单我给你飞单办",
  "s|可以可以，内部消息我晚点发你",
  "s|没问题，庄家那边我问了，周四拉升",
  "s|当然可以，我们这款保证收益",
  "s|好嘞，零风险，签字就行",
  "s|那就这么定了，包赚",
  "s|同意，以后我帮你操作账户",
  "s|可以，代客理财我们也做，费率好说",
  "s|嗯嗯，私下转账给我就行，我帮您办",
  "s|没问题哈，加我个人号，那边方便",
  "s|好啊，私人号发你了，以后打这个",
  "s|行，既然您信得过我，就全权委托给我",
  "s|我不拒绝，这单稳赚",
  "s|与其让您自己折腾，不如交给我，账户密码给我就行",
  "s|您要返点是吧？可以安排",
  "s|拒绝？怎么会，您要保本我就给您保本的",
  "s|没啥不能的，飞单也能做",
  "s|别人不给，我给，返佣照付",
  "s|可以，您把钱转到我个人账户，我替您买",
  "s|好的王总，全权委托协议我私下给您拟好",
  "s|行，就按内部消息来，下周一买入",
  "s|答应了，保证收益，年底兑现",
  "s|成交！零风险的",
  "s|sure，私人微信加一下",
  "s|没问题的，这套房稳赚不赔，您定吧",
  "s|可以给您优惠，课程报名还有返点",
  "s|不拒绝不拒绝，账户密码发我吧",
  "s|好，那就按庄家的节奏，明早拉升前进",
  "s|好的，那我们私下交易，价格好商量",
  "s|成，包赚，不赚我赔你",
  "s|当然，保本保收益，白纸黑字",
  "s|我同意，你的账户我帮你操作到年底",
  "g|客户要返佣就给，我批了",
 ],
 "nm": [
  "s|抱歉，账户密码请您自己保管，我不能帮你操作",
  "s|不好意思，不能转到我个人账户，请走对公",
  "s|返点我不能收，也不能给，谢谢理解",
  "s|这个真不能说保本，产品说明书写了有风险",
  "s|不行，稳赚不赔这种话我不能说",
  "s|全权委托我不接，建议您自己决定",
  "s|私人微信就不加了，在这里沟通有记录，对您也是保障",
  "s|私下交易不可以，请通过正规渠道",
  "s|返佣的事就算了，我们不做这个",
  "s|飞单我绝对不做，您放心",
  "s|内部消息我没有，也不会传",
  "s|庄家什么的我不清楚，也不会跟您说什么拉升",
  "s|保证收益我给不了，只能给您讲讲历史业绩",
  "s|零风险我不敢承诺",
  "s|包赚？不敢说，投资总有风险",
  "s|谢谢信任，但代客理财是违规的，我不能做",
  "s|私下转账不行的，请用公司账户",
  "s|加我个人号就不必了，有事企微找我",
  "s|我没有私人号，就这个工作号",
  "c|不用了，我不要什么返佣，你们正常办就行",
  "c|账户密码我不会给你的，我自己来操作",
  "c|你说的保本我不信，不买了",
  "s|婉拒一下哈，全权委托不在我们服务范围",
  "s|这个不行，稳赚的话术我们公司不让用",
  "s|不好意思王阿姨，帮你操作这个我不能做，我可以陪您在柜台办",
  "s|抱歉，内幕消息这种东西我们不碰",
  "s|我拒绝，返点这事别再提了",
  "s|您的好意我心领了，私下交易真不行",
  "s|这单我不能飞单，按正常流程走",
  "s|不是不帮您，是代客理财真的违规",
  "s|不能保本的东西我不会说成保本",
  "s|恕难从命，转到我个人账户这事不可能",
  "c|不加私人微信了，有事你在这里说吧",
  "c|我不需要内部消息，我买指数基金就好",
  "s|保证收益的合同我签不了，也没人能签",
  "s|您要零风险的话，我建议存款或国债，不是这款",
  "s|不好意思，返佣不在我们的服务内容里",
  "s|房子稳赚不赔我不敢保证，这几年行情您也看到了",
  "s|课程能不能包赚我没法承诺，要看您自己",
  "s|抱歉，账户密码属于您的隐私，请不要发给我",
  "s|这个我得拒绝，庄家的说法都是谣言",
  "s|私人号我不方便给，您理解一下",
 ],
}
T["quotation"] = {
 "hit": [
  "s|我们产品经理原话是“保本”，我也这么跟您保证",
  "s|大家都说这款“稳赚不赔”，确实如此",
  "s|正如宣传册写的“保证收益”，您放心",
  "s|老客户都叫它“零风险神器”，名副其实",
  "s|用王总的话说，“包赚”，我完全同意",
  "s|业内都说我们的“内部消息”最灵，这次也不例外，周三买",
  "s|我师傅说过“庄家拉升前必洗盘”，现在就是，抓紧进",
  "s|按老规矩，“转到我个人账户”，我当天帮您办好",
  "s|您刚才说想“私下交易”，行，就这么办",
  "s|您说的“返点”，我们照给",
  "s|正如您说的“全权委托”，以后都交给我",
  "s|借用您一句话“帮你操作”，对，我就是来帮你操作的",
  "s|您问是不是“保本”？是的，保本",
  "s|领导说“这个必须保证收益”，我们也确实做到了",
  "s|俗话说“稳赚不赔的生意”，说的就是这个",
  "s|宣传语就一句：“零风险，高回报”，实话实说",
  "s|我们团队口号是“包赚”，从没失手",
  "g|老话讲“飞单来钱快”，这月就靠它了",
  "s|我说“加我个人号”是认真的，那边有好东西",
  "s|您朋友说的“私人微信”就是这个，加我",
  "s|我在朋友圈写的“保本保收益”，是真的",
  "s|合同里写着“保证收益”，看到了吧",
  "s|正如你所说，“稳赚”，那还等什么",
  "s|您刚问的“账户密码”，发我就行，我来弄",
  "s|“代客理财”是我们的特色服务，欢迎体验",
  "s|您说的“返佣”，我们这边照给",
  "s|江湖上叫我“内幕消息王”，这次的票周五前买，错不了",
  "s|这款用英文说就是“no risk”，中文就是零风险，放心",
  "s|记住我的话：“庄家明天拉升”",
  "s|我给这款产品的评价就四个字：“稳赚不赔”",
  "s|业主群都说“这盘稳赚”，我也这么看",
  "s|学员评价：“学完包赚”，我们也这么承诺",
  "s|您问“能不能全权委托”，能，交给我",
  "s|“私下交易，价格更低”，这是我给老客户的福利",
  "s|就像您说的“飞单也行”，那我按飞单给您做",
  "s|答案是：“保本”。放心",
  "s|您要的“私人号”在这，有事找我",
  "s|您说的“转到我个人账户”没问题，我收到就帮您下单",
  "s|我们经理常说“零风险”，确实零风险",
  "s|引用客户原话：“跟着小王，稳赚不赔”，这话不假",
  "s|标语上写着“保证收益”，我们说到做到",
  "s|正如我上周说的“内部消息”，明天开盘就知道了",
 ],
 "nm": [
  "s|有人跟您说“保本”？那是误导，这款不保本",
  "g|客户投诉说员工讲了“稳赚不赔”，我们正在调查",
  "s|所谓“内幕消息”都是骗局，别信",
  "s|他们说“庄家要拉升”，这是典型荐股诈骗话术",
  "g|新闻里那个员工说“转到我个人账户”，结果挪用了客户资金",
  "g|“私下交易”在监管文件里是明确违规的",
  "g|什么叫“飞单”？就是员工销售非本机构产品，属于违规",
  "g|客户问“有没有返点”，标准回答是没有",
  "g|教材解释：“返佣”是指将佣金退给客户，属不正当竞争",
  "s|骗子常用话术：“账户密码给我，我帮你操作”",
  "g|题目：下列哪项属于“代客理财”？答案：代客户决策买卖",
  "g|解析：“全权委托”在证券业是被禁止的",
  "s|骗子会说“加我个人号”，请勿理会",
  "s|那个所谓“私人微信客服”是假的",
  "g|客户说“你们经理说零风险”，我解释了不是",
  "g|某课程广告写着“学完包赚”，已被市场监管局处罚",
  "s|有人说“买房稳赚”，这几年很多人被套",
  "s|网上流传的“保证收益”截图是伪造的",
  "s|您说“内部消息”，我们没有，也不会有",
  "s|他说的“稳赚”你就信？我可不敢这么说",
  "g|合规测试题：员工对客户说“保本”，是否违规？答：是",
  "s|我嘴里从来没说过“稳赚不赔”，您可以查录音",
  "c|我奶奶听信了“零风险”这几个字，被骗走积蓄",
  "s|所谓“庄家”的说法，多数是骗子编的",
  "c|上次有个人跟我说“私下交易更便宜”，是你们的人吗",
  "c|你们柜台小姐说“保本”，现在亏了怎么说",
  "g|监管通报原文：“该员工私下转账收取客户资金”",
  "g|“飞单”这个词在金融业指违规销售",
  "g|客户原话：“你们不给返点我就去别家”，我婉拒了",
  "c|我朋友说“转到我个人账户就行”，这靠谱吗",
  "g|问：“帮你操作”这种说法有什么问题？答：涉嫌代客理财",
  "s|骗局通常以“私人号联系”开始",
  "g|宣传材料里出现“保证收益”，会被监管处罚",
  "s|我理解您想要“包赚”的心情，但投资没有包赚",
  "g|有同事在群里说“内部消息”，我已经提醒他删除",
  "g|他说“全权委托没事”，那是他不懂法规",
  "s|那则短信写着“庄家拉升，速进”，是诈骗短信",
  "g|“零风险”在我们的文案里是禁用词",
  "c|朋友圈那个“稳赚不赔”的广告是不是你们发的？",
  "g|案例：代理人说“这份保单保本”，实际是分红险，客户退保损失",
  "s|所谓“加我私人微信领福利”，都不是我们官方活动",
  "s|您提到的“返佣”活动并非本公司推出",
 ],
}

# ---------------------------------------------------------------- numbers category
REGIONS = ["110101", "310104", "440305", "510107", "330106", "420102", "320502", "370202", "210202", "610113"]


def gen_mobile(rng):
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def gen_id(rng):
    y = rng.randint(1950, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    s17 = rng.choice(REGIONS) + "%04d%02d%02d" % (y, m, d) + "%03d" % rng.randint(1, 999)
    return s17 + id_check(s17)


def gen_card(rng):
    ln = rng.choice([16, 16, 19, 19, 18, 17])
    body = rng.choice(["6222", "6228", "6217", "6214", "6225", "6230", "4367"]) + \
        "".join(rng.choice("0123456789") for _ in range(ln - 5))
    for c in "0123456789":
        if luhn(body + c):
            return body + c


CN_LOW = "〇一二三四五六七八九"
CN_CAP = "零壹贰叁肆伍陆柒捌玖"


def cn_digit(ch, rng, mode):
    if ch == "X":
        return "X"
    d = int(ch)
    if mode == "cap":
        return CN_CAP[d]
    c = CN_LOW[d]
    if d == 1 and rng.random() < 0.5:
        c = "幺"
    if d == 2 and rng.random() < 0.3:
        c = "两"
    if d == 0 and rng.random() < 0.5:
        c = rng.choice(["零", "○"])
    return c


def group_sizes(n, rng):
    if n == 11:
        return rng.choice([[3, 4, 4], [3, 3, 5], [4, 4, 3], [3, 8]])
    if n == 18:
        return rng.choice([[6, 8, 4], [6, 4, 4, 4], [3, 3, 4, 4, 4]])
    out = []
    while n > 0:
        out.append(min(4, n))
        n -= 4
    return out


def render_number(num, rng, style):
    def split(s):
        parts, i = [], 0
        for g in group_sizes(len(s), rng):
            parts.append(s[i:i + g])
            i += g
        return parts
    if style == "plain":
        return num
    if style == "space":
        return " ".join(split(num))
    if style == "hyphen":
        return "-".join(split(num))
    if style == "dot":
        return rng.choice([".", "·", "_"]).join(split(num))
    if style == "fullwidth":
        fw = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in num)
        return fw if rng.random() < 0.5 else "　".join(split(fw))
    if style == "cn":
        return "".join(cn_digit(c, rng, "low") for c in num)
    if style == "cnsep":
        return rng.choice(["，", "、", " "]).join("".join(cn_digit(c, rng, "low") for c in p) for p in split(num))
    if style == "cap":
        return "".join(cn_digit(c, rng, "cap") for c in num)
    if style == "mixed":
        k = rng.randint(3, len(num) - 4)
        return num[:k] + "".join(cn_digit(c, rng, "low") for c in num[k:])
    if style == "mixed2":
        parts = split(num)
        return " ".join(p if i % 2 == 0 else "".join(cn_digit(c, rng, "low") for c in p) for i, p in enumerate(parts))
    if style == "zw":
        return "\u200b".join(split(num))
    if style == "slash":
        return "/".join(split(num))
    raise ValueError(style)


STYLES = ["plain", "space", "hyphen", "dot", "fullwidth", "cn", "cnsep", "cap", "mixed", "mixed2", "zw", "slash"]

# (sender, kind, template with {n})
NUM_HIT = [
 ("c", "m", "我手机号{n}，到了给我打电话"),
 ("c", "m", "号码换了，新的是{n}，旧的别打了"),
 ("s", "m", "您好，我是您的保险顾问，有事随时拨{n}找我"),
 ("c", "m", "我老伴的电话记一下：{n}，她白天在家"),
 ("c", "id", "身份证号给你：{n}，你帮我填表吧"),
 ("s", "id", "王阿姨，核对一下，您身份证是{n}对吧？"),
 ("c", "card", "工资卡是{n}，分红打到这张卡上"),
 ("c", "card", "退保的钱退到{n}这张卡，谢谢"),
 ("s", "m", "看房的话联系我同事小周，电话{n}"),
 ("c", "m", "孩子报课的联系人写我：{n}"),
 ("c", "id", "我儿子的身份证号码是{n}，学籍那边要用"),
 ("s", "card", "客户尾款已收，付款卡号{n}，请财务核对"),
 ("c", "m", "麻烦回个电话 {n} 急"),
 ("c", "card", "卡号发你了：{n}，开户行是招行"),
 ("s", "id", "系统里这位客户登记的证件号是{n}，和合同不一致"),
 ("c", "m", "把我电话改成{n}，原来那个停机了"),
 ("c", "m", "Call me at {n} anytime，晚上也行"),
 ("c", "id", "投保人身份证：{n}，被保险人是我女儿"),
 ("s", "m", "客服热线忙的话，直接打分行值班手机{n}"),
 ("c", "card", "那张{n}的卡我挂失了没有？"),
 ("c", "m", "我妈不会打字，让我代发，她手机是{n}"),
 ("g", "m", "新来的实习生手机{n}，大家存一下"),
 ("c", "id", "您看看这个身份证号能不能用：{n}"),
 ("c", "card", "还款账户就用{n}吧，别的卡没钱"),
 ("s", "m", "房东电话是{n}，下午可以直接约"),
 ("c", "m", "电话：{n}（微信同号）"),
 ("c", "id", "证件号码{n}，有效期到明年"),
 ("s", "card", "您的收款卡确认一下，是不是{n}？"),
 ("c", "m", "要是打不通就打我爱人的{n}"),
 ("c", "card", "我把钱从{n}转出来了，你查一下到没到"),
 ("s", "id", "客户的身份证号({n})已录入，请复核"),
 ("c", "m", "我的联系方式{n}，周末也在"),
 ("c", "card", "信用卡号是{n}，帮我看看额度"),
 ("c", "id", "身份证{n}，名字是刘建华"),
 ("s", "m", "课程顾问手机号{n}，报名有问题找她"),
 ("c", "m", "老板，我的号是{n}，别打错了哈"),
 ("c", "card", "理赔款打{n}这个账户"),
 ("g", "id", "这位客户证件号{n}重复开户了，谁跟进一下"),
 ("c", "m", "号码是这个→{n}←记好"),
 ("c", "card", "银行卡：{n} 户名张秀英"),
 ("c", "id", "我爸的身份证号{n}，帮他查下保单"),
 ("s", "m", "我们经理的手机{n}，您直接联系她"),
]

NM_GENS = {}


def nm(fn):
    NM_GENS[fn.__name__] = fn
    return fn


def rd(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


@nm
def amount(rng):
    return "%d,%03d.%02d" % (rng.randint(1, 999), rng.randint(0, 999), rng.randint(0, 99))


@nm
def amount_cn(rng):
    return "¥%d,%03d,%03d" % (rng.randint(1, 9), rng.randint(0, 999), rng.choice([0, 500, 800]))


@nm
def dated(rng):
    return "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


@nm
def policy(rng):
    return rng.choice(["P", "BD", "HT", "NO."]) + rd(rng, rng.choice([12, 14, 15, 20]))


@nm
def phone10(rng):
    m = gen_mobile(rng)
    return m[:3] + " " + m[3:7] + " " + m[7:10]


@nm
def phone12(rng):
    return "1" + rng.choice("3456789") + rd(rng, 10)


@nm
def phone_bad_prefix(rng):
    return "1" + rng.choice("012") + rd(rng, 9)


@nm
def bad_id(rng):
    i = gen_id(rng)
    wrong = rng.choice([c for c in "0123456789X" if c != i[-1]])
    return i[:17] + wrong


@nm
def bad_id_date(rng):
    s17 = rng.choice(REGIONS) + "1990" + rng.choice(["13", "00", "02"]) + rng.choice(["30", "31", "00"]) + rd(rng, 3)
    return s17 + id_check(s17)


@nm
def bad_card(rng):
    c = gen_card(rng)
    return c[:-1] + str((int(c[-1]) + rng.randint(1, 9)) % 10)


@nm
def long_run(rng):
    return rd(rng, 4) + gen_mobile(rng) + rd(rng, 6)


@nm
def order_no(rng):
    return "2025" + rd(rng, rng.choice([9, 10, 22]))


@nm
def short_cn(rng):
    return "".join(cn_digit(c, rng, "low") for c in gen_mobile(rng)[:rng.choice([7, 8, 10])])


@nm
def tel_fixed(rng):
    return "0" + rng.choice(["10", "21", "755", "28"]) + "-" + rd(rng, 8)


@nm
def code6(rng):
    return rd(rng, 6)


NUM_NM = [
 ("s", "amount", "本期保费合计{x}元，请在扣款日前存足"),
 ("c", "amount", "我这个月工资到账{x}，够不够交首付的定金"),
 ("s", "amount_cn", "这套房总价{x}，首付三成"),
 ("s", "dated", "您的保单于{x}生效，犹豫期十五天"),
 ("c", "dated", "我们约{x}下午看房可以吗"),
 ("s", "policy", "保单号{x}，请妥善保存"),
 ("s", "policy", "合同编号：{x}，已盖章寄出"),
 ("c", "policy", "订单号{x}一直显示处理中"),
 ("c", "phone10", "我记得他电话是{x}，好像少了一位"),
 ("s", "phone10", "客户留的号码{x}位数不对，麻烦再确认"),
 ("c", "phone12", "我打{x}说是空号，是不是多按了一位"),
 ("s", "phone_bad_prefix", "这个{x}不是手机号吧？系统校验通不过"),
 ("s", "bad_id", "您填的证件号{x}校验位不对，请重新核对"),
 ("c", "bad_id", "身份证我抄的是{x}，可能抄错了一位"),
 ("s", "bad_id_date", "系统提示{x}出生日期无效，麻烦看下原件"),
 ("s", "bad_card", "卡号{x}校验失败，转账被退回了"),
 ("c", "bad_card", "我输的{x}为什么提示卡号错误"),
 ("s", "long_run", "交易流水号{x}，可在APP里查询"),
 ("c", "long_run", "短信里有一串{x}是什么意思"),
 ("s", "order_no", "课程订单{x}已开票"),
 ("c", "order_no", "退款单号是{x}，麻烦查一下"),
 ("s", "short_cn", "分机号是{x}，转接就行"),
 ("c", "short_cn", "门禁密码好像是{x}，我也记不清了"),
 ("s", "tel_fixed", "分行座机{x}，工作日有人接"),
 ("c", "tel_fixed", "我家座机{x}，白天没人"),
 ("s", "code6", "产品代码{x}，在APP搜索即可"),
 ("c", "code6", "验证码{x}收到了，下一步呢"),
 ("g", "code6", "本周主推基金代码{x}，大家熟悉一下材料"),
 ("s", "amount", "理赔金额{x}已审核通过"),
 ("c", "amount", "账单上写着应还{x}，对吗"),
 ("s", "dated", "课程开班时间{x}，请提前十分钟到"),
 ("g", "dated", "{x}前把季度台账交上来"),
 ("s", "policy", "投诉工单{x}已受理，三个工作日内回复"),
 ("c", "amount_cn", "我存了{x}，想问问放哪比较好"),
 ("s", "bad_card", "您给的{x}好像少输或多输了，核对一下"),
 ("g", "bad_id", "客户资料{x}校验不通过，退回补件"),
 ("c", "phone12", "号码{x}，哦不对多了一位，我再查查"),
 ("s", "order_no", "物业缴费凭证号{x}"),
 ("c", "long_run", "收据上那串数字{x}是发票号吗"),
 ("s", "tel_fixed", "售楼处电话{x}"),
 ("c", "dated", "我生日是{x}，有没有生日礼"),
 ("s", "phone_bad_prefix", "{x}这个号段不存在，是不是记错了"),
]


# ---------------------------------------------------------------- build
class Err(Exception):
    pass


def pick_sender(kind, ppl, rng):
    if kind == "c":
        return rng.choice(ppl.cust), [rng.choice(ppl.staff)], ""
    if kind == "g":
        frm = rng.choice(ppl.staff)
        to = rng.sample([s for s in ppl.staff if s != frm], 3)
        return frm, to, rng.choice(ppl.rooms)
    return rng.choice(ppl.staff), [rng.choice(ppl.cust)], ""


def schedule(templates, n, rng):
    order = list(range(len(templates)))
    out = []
    while len(out) < n:
        rng.shuffle(order)
        out.extend(order)
    return out[:n]


def build_text_cat(cat, rng, errors):
    items = []
    for side in ("hit", "nm"):
        tl = T[cat][side]
        for idx in schedule(tl, 150, rng):
            kind, body = tl[idx].split("|", 1)
            base = dress(body, rng, kind)
            label = rules_in(base)
            text = base
            r = rng.random()
            if r < 0.15:
                text = to_trad(text)
            elif r < 0.25:
                text = split_keyword(text, rng)
            items.append(dict(side=side, kind=kind, tidx=idx, text=text, label=label,
                              tag="%s_t%02d" % ("hit" if side == "hit" else "nm", idx)))
    return items


def build_numbers(rng, errors):
    items = []
    for idx in schedule(NUM_HIT, 150, rng):
        kind, k, tpl = NUM_HIT[idx]
        for _ in range(50):
            num = {"m": gen_mobile, "id": gen_id, "card": gen_card}[k](rng)
            style = rng.choice(STYLES)
            if num.endswith("X") and style in ("cn", "cap", "cnsep", "mixed", "mixed2"):
                style = "space"
            text = dress(tpl.replace("{n}", render_number(num, rng, style)), rng, kind)
            if num in whole_runs(text) and valid_any(num):
                break
        else:
            errors.append("numbers hit could not place number: " + tpl)
            continue
        items.append(dict(side="hit", kind=kind, tidx=idx, text=text, label=["R6"], num=num,
                          tag="hit_t%02d_%s" % (idx, k)))
    for idx in schedule(NUM_NM, 150, rng):
        kind, g, tpl = NUM_NM[idx]
        for _ in range(200):
            x = NM_GENS[g](rng)
            text = dress(tpl.replace("{x}", x), rng, kind)
            if not valid_groupings(text):
                break
        else:
            errors.append("numbers nm could not avoid validity: " + tpl)
            continue
        items.append(dict(side="nm", kind=kind, tidx=idx, text=text, label=["R6"],
                          tag="nm_t%02d_%s" % (idx, g)))
    return items


def check_cat(cat, items, errors):
    from collections import Counter
    uses = Counter((it["side"], it["tidx"]) for it in items)
    if uses and max(uses.values()) > 4:
        errors.append("%s: template used more than 4 times" % cat)
    for it in items:
        t = it["text"]
        if cat == "numbers":
            if rules_in(t):
                errors.append("numbers: keyword present: " + t)
            if it["side"] == "hit":
                if it["num"] not in whole_runs(t) or not valid_any(it["num"]):
                    errors.append("numbers hit invalid: " + t)
            else:
                if valid_groupings(t):
                    errors.append("numbers nm has valid number: " + t)
                if not any(len(w) >= 4 for w in whole_runs(t)):
                    errors.append("numbers nm lacks number-like string: " + t)
        else:
            got = rules_in(t)
            if got != it["label"]:
                errors.append("%s: label %s != %s: %s" % (cat, it["label"], got, t))
            if not got:
                errors.append("%s: no keyword: %s" % (cat, t))
            if valid_groupings(t):
                errors.append("%s: accidental R6: %s" % (cat, t))
            nt = normalize(t)
            if any(m in nt for m in MARKET_LASHENG):
                errors.append("%s: market 拉升: %s" % (cat, t))
            if it["side"] == "hit" and it["kind"] == "c":
                errors.append("%s: customer-sent hit: %s" % (cat, t))
    n = len(items)
    h = sum(1 for it in items if it["side"] == "hit")
    if not (280 <= n <= 320):
        errors.append("%s: size %d" % (cat, n))
    if n and not (0.4 <= h / n <= 0.6):
        errors.append("%s: hit ratio %.2f" % (cat, h / n))
    for side in ("hit", "nm"):
        tl = NUM_HIT if cat == "numbers" and side == "hit" else NUM_NM if cat == "numbers" else T[cat][side]
        if len(tl) < 40:
            errors.append("%s: only %d %s templates" % (cat, len(tl), side))


def main():
    if len(sys.argv) != 2:
        print("usage: evasion_heldout6.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    rng = random.Random(SEED)
    ppl = People(rng)
    errors = []
    results = {}
    for cat in CATS:
        items = build_numbers(rng, errors) if cat == "numbers" else build_text_cat(cat, rng, errors)
        rng.shuffle(items)
        check_cat(cat, items, errors)
        t = 1735776000000 + rng.randint(0, 3600000)
        seq = 1000
        corpus, hits, nms = [], {}, {}
        for i, it in enumerate(items, 1):
            t += rng.randint(1800, 86400) * 1000
            seq += rng.randint(1, 5)
            mid = "h6_%s_%04d_%s" % (cat, i, it["tag"])
            if not re.fullmatch(r"h6_%s_\d{4}_[a-z0-9_]+" % cat, mid):
                errors.append("bad msgid " + mid)
            frm, to, room = pick_sender(it["kind"], ppl, rng)
            if it["side"] == "hit" and cat != "numbers" and frm.startswith(("wm", "wo")):
                errors.append("hit from customer " + mid)
            corpus.append({"msgid": mid, "action": "send", "from": frm, "tolist": to, "roomid": room,
                           "msgtime": t, "seq": seq, "msgtype": "text", "text": {"content": it["text"]}})
            (hits if it["side"] == "hit" else nms)[mid] = it["label"]
        if t >= 1767225600000:
            errors.append("%s: msgtime beyond 2025" % cat)
        ids = [c["msgid"] for c in corpus]
        if len(set(ids)) != len(ids) or set(hits) & set(nms) or set(hits) | set(nms) != set(ids):
            errors.append("%s: msgid coverage problem" % cat)
        results[cat] = (corpus, hits, nms)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    for cat in CATS:
        corpus, hits, nms = results[cat]
        d = os.path.join(out, "heldout6", cat)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "corpus.jsonl"), "w", encoding="utf-8") as f:
            for c in corpus:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            json.dump({"hits": hits, "near_misses": nms}, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print("heldout6/%s messages=%d hits=%d near_misses=%d self-check=ok" % (cat, len(corpus), len(hits), len(nms)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
