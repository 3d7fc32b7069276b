#!/usr/bin/env python3
"""Independent held-out evasion set #3 for the WeCom compliance risk scanner.

This set was written WITHOUT looking at the scanner source, its docs, or any
other evaluation / evasion corpus (sets #1 and #2 included).  All templates
below were composed from the rule description only.

Usage:
    python3 scripts/evasion_heldout3.py OUT_DIR

Writes, for each of the six categories
    numbers, rhetorical, prohibition, warning_report, refusal, quotation
the files
    OUT_DIR/heldout3/<category>/corpus.jsonl   (one WeCom archive message per line)
    OUT_DIR/heldout3/<category>/truth.json     ({"hits": {...}, "near_misses": {...}})
and prints one summary line per category.

`hits` are messages that must raise exactly the listed rules; `near_misses`
contain a rule keyword (or, for numbers, a number-like string) but must raise
nothing at all.

Self-checks performed before anything is written (the script aborts on any
failure):
  * every msgid is unique and is in exactly one of hits / near_misses;
  * categories 2-6: the set of rules whose literal keywords occur in the text
    (after a traditional->simplified character mapping) equals the labelled
    rule set, for hits and near misses alike; every message has >= 1 keyword;
    no market-commentary "大盘/指数/板块/尾盘/早盘拉升" phrase is used;
  * categories 2-6: no digit sequence (Arabic, full-width or Chinese numerals,
    merged across any combination of adjacent separator-delimited groups)
    is a valid mobile / resident ID / bank card number;
  * numbers: no R1-R5 keyword anywhere; each must-raise message contains its
    intended valid number (mobile 1[3-9]+9 digits, 18-char ID with a valid
    GB 11643 check digit and real birth date, or 16-19 digit Luhn-valid card)
    as a whole separator-joined digit run; each must-not-raise message contains
    a number-like string but no valid mobile / ID / card under any grouping;
  * per-category size 280-320 with roughly half hits.

Python 3 standard library only; deterministic (fixed SEED).
"""

import datetime
import json
import os
import random
import re
import sys

SEED = 20261204

CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report",
              "refusal", "quotation"]

# --------------------------------------------------------------------------
# rules / keywords
# --------------------------------------------------------------------------
KEYWORDS = {
    "R1": ["保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"],
    "R2": ["内幕消息", "内部消息", "庄家", "拉升"],
    "R3": ["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    "R4": ["账户密码", "帮你操作", "代客理财", "全权委托"],
    "R5": ["私人微信", "加我个人号", "私人号"],
}
MARKET_LASHENG = ["大盘拉升", "指数拉升", "板块拉升", "尾盘拉升", "早盘拉升"]

# simplified -> traditional pairs (used to make traditional variants; the
# reverse map is used by the self-check).
_S2T_PAIRS = (
    "稳穩 赚賺 赔賠 证證 险險 内內 庄莊 转轉 账賬 个個 飞飛 单單 佣傭 点點 户戶 码碼 "
    "帮幫 为為 号號 们們 这這 说說 会會 对對 给給 吗嗎 权權 托託 买買 卖賣 钱錢 产產 "
    "风風 亏虧 损損 没沒 让讓 还還 问問 题題 绝絕 与與 么麼 来來 别別 时時 长長 开開 "
    "经經 请請 动動 过過 发發 话話 规規 违違 报報 应應 该該 谁誰 难難 岂豈 机機 "
    "银銀 务務 实實 认認 团團 队隊 员員 监監 严嚴 罚罰 闻聞 条條 约約 关關 业業 处處 "
    "导導 进進 场場 涨漲 乐樂 几幾 万萬 预預 计計 资資 领領 边邊 后後 财財 户戶 "
    "见見 现現 币幣 险險 单單 项項 样樣 气氣 语語 里裡 贷貸 额額 试試 间間 啊啊 "
    "两兩 贰貳 陆陸 头頭 听聽 网網 传傳 骗騙 亲親 记記 录錄 护護 户戶 红紅 钟鐘 "
    "爱愛 们們 欢歡 觉覺 靠靠 准準 凭憑 级級 众眾 单單 满滿 张張 赶趕 紧緊 优優 惠惠"
)
S2T = {}
for _p in _S2T_PAIRS.split():
    if len(_p) == 2 and _p[0] != _p[1]:
        S2T[_p[0]] = _p[1]
T2S = {}
for _s, _t in S2T.items():
    T2S[_t] = _s


def to_trad(text):
    return "".join(S2T.get(ch, ch) for ch in text)


def to_simp(text):
    return "".join(T2S.get(ch, ch) for ch in text)


def literal_rules(text):
    s = to_simp(text)
    found = set()
    for rule, kws in KEYWORDS.items():
        for kw in kws:
            if kw in s:
                found.add(rule)
    return found


# --------------------------------------------------------------------------
# number reading (used for R6 truth and for the "no accidental PII" check)
# --------------------------------------------------------------------------
DIGIT_MAP = {}
for _i, _c in enumerate("0123456789"):
    DIGIT_MAP[_c] = _c
for _i, _c in enumerate("０１２３４５６７８９"):
    DIGIT_MAP[_c] = str(_i)
for _chars, _d in (("零〇○", "0"), ("一幺壹", "1"), ("二两兩贰貳", "2"),
                   ("三叁", "3"), ("四肆", "4"), ("五伍", "5"),
                   ("六陆陸", "6"), ("七柒", "7"), ("八捌", "8"),
                   ("九玖", "9")):
    for _c in _chars:
        DIGIT_MAP[_c] = _d
SEP_CHARS = set(" \u3000\t-－—–_,，.．。/／、·:：~～")


def digit_runs(text):
    """Return list of runs; each run is a list of digit groups (strings).

    A group is a maximal sequence of digit-like characters (an X/x directly
    after a digit also counts, for ID check digits).  Groups separated only by
    separator characters belong to the same run."""
    runs = []
    cur_run = []
    cur_group = ""
    pending_sep = False
    for ch in text:
        d = DIGIT_MAP.get(ch)
        if d is None and ch in "Xx" and cur_group:
            d = "X"
        if d is not None:
            if pending_sep and cur_group == "" and cur_run:
                pass  # continue same run with new group
            cur_group += d
            pending_sep = False
            continue
        if ch in SEP_CHARS:
            if cur_group:
                cur_run.append(cur_group)
                cur_group = ""
            if cur_run:
                pending_sep = True
            continue
        # breaking character
        if cur_group:
            cur_run.append(cur_group)
            cur_group = ""
        if cur_run:
            runs.append(cur_run)
        cur_run = []
        pending_sep = False
    if cur_group:
        cur_run.append(cur_group)
    if cur_run:
        runs.append(cur_run)
    return runs


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check_char(first17):
    return ID_C[sum(int(a) * w for a, w in zip(first17, ID_W)) % 11]


def luhn_ok(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


def valid_mobile(s):
    return re.fullmatch(r"1[3-9]\d{9}", s) is not None


def valid_id_checkdigit(s):
    return (re.fullmatch(r"\d{17}[\dX]", s) is not None
            and id_check_char(s[:17]) == s[17])


def valid_id_strict(s):
    if not valid_id_checkdigit(s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= int(s[6:10]) <= 2025


def valid_card(s):
    return re.fullmatch(r"\d{16,19}", s) is not None and luhn_ok(s)


def any_valid(s):
    return valid_mobile(s) or valid_id_checkdigit(s) or valid_card(s)


def pii_candidates(text):
    """All concatenations of contiguous groups inside each run."""
    out = set()
    for run in digit_runs(text):
        for i in range(len(run)):
            acc = ""
            for j in range(i, len(run)):
                acc += run[j]
                out.add(acc)
    return out


def has_valid_pii(text):
    return any(any_valid(c) for c in pii_candidates(text))


def whole_runs(text):
    return ["".join(r) for r in digit_runs(text)]


# --------------------------------------------------------------------------
# ids, time
# --------------------------------------------------------------------------
STAFF_NAMES = ["liuyang", "wangfang", "zhangwei", "chenjing", "lixiaoming",
               "zhaolei", "sunli", "zhouhui", "wuting", "huangqiang",
               "xuyan", "maojun", "heyun", "guoxin", "linna"]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def make_people(rng):
    staff = ["%s%03d" % (n, rng.randint(1, 999)) for n in STAFF_NAMES]
    cust = []
    for _ in range(40):
        while True:
            cid = "wm" + "".join(rng.choice(ALNUM) for _ in range(28))
            # customer ids must not accidentally look like numbers
            if not has_valid_pii(cid):
                break
        cust.append(cid)
    return staff, cust


# --------------------------------------------------------------------------
# wrappers / slots
# --------------------------------------------------------------------------
NAMES = ["王哥", "李姐", "张总", "陈老师", "刘阿姨", "赵先生", "孙女士", "周哥",
         "吴姐", "老黄", "郑总", "何叔"]
PRODUCTS = ["这款产品", "这只债基", "这个年金险", "这款固收+", "这个资管计划",
            "这只新发基金", "这个理财", "这款分红险", "这个定投组合", "这款稳健增利"]
ENDS = ["", "", "哈", "哦", "啊", "嘛", "呀"]
QMARKS = ["？", "？", "?", "？？", "?!"]

PRE_STAFF = ["", "", "", "", "{N}您好，", "{N}，", "早上好！", "在的，", "收到～",
             "嗯嗯，", "刚开完晨会，", "不好意思回复晚了，", "您说的我明白，", "哈喽，",
             "下午好。", "{N}，跟您说个事。", "晚上好呀，", "刚看到消息，"]
SUF_STAFF = ["", "", "", "", "有问题随时找我。", "有空再聊。", "[微笑]", "[抱拳]",
             "祝您周末愉快！", "晚点再跟您细聊。", "😊", "今天降温了，注意保暖哈。",
             "您先忙。", "👍"]
PRE_CUST = ["", "", "", "你好，", "小刘，", "经理，", "在吗？", "问一下，", "那个，",
            "打扰一下，", "嗨，", "我想问问，"]
SUF_CUST = ["", "", "", "谢谢", "谢谢啊！", "麻烦了", "🙏", "[捂脸]", "等你回复",
            "我再想想。"]
PRE_INT = ["", "", "跟你同步一下：", "汇报一下，", "组长，", "@合规 ", "备注：",
           "今天的情况：", "说一下，"]
SUF_INT = ["", "", "已留痕。", "请知悉。", "后续我再跟进。", "👌"]


def fill(rng, text):
    while "{" in text:
        text = text.replace("{P}", rng.choice(PRODUCTS), 1) \
                   .replace("{N}", rng.choice(NAMES), 1) \
                   .replace("{E}", rng.choice(ENDS), 1) \
                   .replace("{Q}", rng.choice(QMARKS), 1)
    return text


def punct_variant(rng, text):
    r = rng.random()
    if r < 0.18:
        text = (text.replace("，", ",").replace("？", "?").replace("！", "!")
                .replace("：", ":"))
    elif r < 0.26:
        text = text.replace("。", "……", 1) if "。" in text else text + "…"
    elif r < 0.32:
        text = text.replace("，", " ", 1)
    elif r < 0.38 and text.endswith("。"):
        text = text[:-1]
    return text


def wrap(rng, direction, core):
    if direction == "s":
        pre, suf = PRE_STAFF, SUF_STAFF
    elif direction == "c":
        pre, suf = PRE_CUST, SUF_CUST
    else:
        pre, suf = PRE_INT, SUF_INT
    p = rng.choice(pre)
    s = rng.choice(suf)
    body = fill(rng, core)
    if s and body and body[-1] not in "。！？!?…~～」”\"）":
        body += rng.choice(["。", "！", "，", " "])
    text = p + body + s
    return punct_variant(rng, fill(rng, text))


# --------------------------------------------------------------------------
# category 2-6 templates: (tag, rules, direction, core)
#   direction: s = staff->customer, c = customer->staff, t = staff->staff
# --------------------------------------------------------------------------
R = lambda *x: tuple(x)  # noqa: E731

RHET_HIT = [
    ("bujiu", R("R1"), "s", "{P}您上次不是也问过吗？我那会儿不就说了，稳赚不赔的嘛，今天最后一天了。"),
    ("nandao", R("R1"), "s", "行情这么好，难道您还担心亏？跟您交个底，保本是肯定的。"),
    ("haixu", R("R1"), "s", "保收益的东西还需要考虑那么久吗{Q}"),
    ("nayou", R("R3"), "s", "哪有人嫌返佣多的？您这单我多返一个点{E}"),
    ("nandao", R("R5"), "s", "难道在私人微信上聊我就不是我了？加一下嘛，方便。"),
    ("zenme", R("R3"), "s", "您怎么就不愿意私下交易呢？价格比柜台低不少"),
    ("qibu", R("R2"), "s", "庄家明天就拉升，今天不进岂不是错过了{Q}"),
    ("shuishuo", R("R4"), "s", "谁说代客理财不行？我帮好多客户都这么做的，您放心。"),
    ("bujiu", R("R5"), "s", "不就是加个私人微信嘛，又不麻烦，您加一下{E}"),
    ("bujiu", R("R1"), "s", "{P}不就是保本的吗？您还犹豫什么{E}"),
    ("nandao", R("R1"), "s", "难道我还会骗您吗？{P}稳赚不赔，板上钉钉的事。"),
    ("shuishuo", R("R1"), "s", "谁说{P}不保本？它明明就是保本的嘛"),
    ("nayizhi", R("R1"), "s", "我推荐的哪一只不是稳赚的{Q}跟着买就对了"),
    ("zenme", R("R1"), "s", "买{P}怎么会亏呢？人家本来就保证收益的{E}"),
    ("weisha", R("R1"), "s", "零风险的东西，为什么不多买一点呢{Q}"),
    ("qibu", R("R1"), "s", "放着保本保收益的{P}不买，岂不是太可惜了{Q}"),
    ("youshui", R("R1"), "s", "买了{P}的客户，有谁没赚到钱？包赚的好吧"),
    ("bushi", R("R1"), "s", "我不是早跟您说了吗，这个包赚{E}，怕什么？"),
    ("jici", R("R1"), "s", "稳赚不赔的机会一年能有几次？还不赶紧上车{Q}"),
    ("fanwen", R("R1"), "s", "您觉得公司会让{P}亏本吗？不可能的，肯定保本{E}"),
    ("nayou", R("R1"), "s", "哪有保证收益的产品卖不动的？{P}就是保证收益，今天就截止了"),
    ("bumai", R("R1"), "s", "零风险还有4%的收益，不买白不买，不是吗{Q}"),
    ("zenme2", R("R1"), "s", "您跟着我买，怎么会不稳赚呢？"),
    ("bujiu", R("R2"), "s", "这不就是内部消息吗？明天肯定涨停，还等什么"),
    ("zhunguo", R("R2"), "s", "我给您的内幕消息，哪次不准过{Q}这次也一样"),
    ("haibu", R("R2"), "s", "庄家都已经开始拉升了，您还不上车{Q}"),
    ("nandao", R("R2"), "s", "难道我会拿假的内幕消息糊弄您吗？放心买{E}"),
    ("qibu", R("R2"), "s", "有内部消息不用，岂不是白白浪费{Q}"),
    ("shuishuo", R("R2"), "s", "谁说没有庄家？这只票就是庄家在控盘，下周准备拉升"),
    ("zenme", R("R2"), "s", "庄家吸了这么多筹码，怎么会不拉升呢？"),
    ("weisha", R("R2"), "s", "我都把内幕消息告诉您了，为什么还不满仓呢{Q}"),
    ("weisha", R("R3"), "s", "为什么不私下转账给我呢？手续费都省了{E}"),
    ("bushi", R("R3"), "s", "走飞单不是更划算吗？利息还高一点"),
    ("bujiu", R("R3"), "s", "直接转到我个人卡上不就完了吗{Q}省得走流程"),
    ("nandao", R("R3"), "s", "返佣给您难道不好吗？又没人知道"),
    ("xinbuguo", R("R3"), "s", "咱们私下交易，难道您还信不过我{Q}"),
    ("nage", R("R3"), "s", "哪个老客户我没给返点？您当然也有{E}"),
    ("haiyong", R("R3"), "s", "都是老朋友了，私下转账还用得着签什么单子吗？"),
    ("qibu", R("R3"), "s", "您买够五十万我给您返佣，岂不是比银行利息还高{Q}"),
    ("bujiu", R("R4"), "s", "账户密码给我不就行了吗？省得您天天盯盘"),
    ("weisha", R("R4"), "s", "为什么不全权委托给我呢？我比您专业多了{E}"),
    ("nandao", R("R4"), "s", "我帮你操作，难道不比你自己乱买强{Q}"),
    ("youshenme", R("R4"), "s", "代客理财有什么不好的？您就把钱交给我打理嘛"),
    ("qibu", R("R4"), "s", "你把账户密码发我，我来下单，岂不是省事多了{Q}"),
    ("zenme", R("R4"), "s", "您这么忙，怎么能不让我帮你操作呢？"),
    ("bushi", R("R5"), "s", "加我私人微信不是更方便吗{Q}"),
    ("weisha", R("R5"), "s", "为什么不加我个人号呢？那边消息回得快{E}"),
    ("nandao", R("R5"), "s", "这边说话不方便，私人号上聊难道不好吗{Q}"),
    ("zenme", R("R5"), "s", "您怎么还没加我私人微信呀？好多资料只在那边发"),
    ("shuishuo", R("R5"), "s", "谁说不能加私人号的？您加我私人号，我拉您进VIP群"),
    ("qibu", R("R5"), "s", "加了我私人微信，以后找我岂不是方便多了{Q}"),
    ("combo", R("R4", "R5"), "s", "加我私人微信，账户密码发我，这样不是省心多了吗？"),
    ("combo", R("R1", "R2"), "s", "有内幕消息在手，还怕不稳赚吗{Q}"),
    ("combo", R("R3", "R5"), "s", "返点的事这里不好说，为什么不加我个人号聊呢？"),
]

RHET_NEAR = [
    ("nandao", R("R2"), "s", "难道听了所谓的内幕消息就能赚钱？那亏钱的人从哪来呢？"),
    ("qibu", R("R3"), "s", "要是把钱私下转账给个人，出了问题岂不是维权都难？所以一定走对公账户。"),
    ("zenme", R("R4"), "s", "我们怎么会要客户的账户密码呢？这是红线。"),
    ("nayou", R("R1"), "s", "哪有零风险的投资？银行存款还有利率变化呢。"),
    ("shuishuo", R("R1"), "s", "谁说分红险保本的？要看现金价值，前几年退保是会亏的。"),
    ("wen", R("R5"), "c", "你们员工能不能用私人号联系客户？我想了解下规定。"),
    ("bujiu", R("R3"), "s", "您说的返佣，不就是变相的违规吗？我们不能做的。"),
    ("weisha", R("R2"), "c", "为什么总有人说庄家要拉升？你们怎么看？"),
    ("nayou", R("R1"), "s", "哪有什么保本的产品？投资都是有风险的{E}"),
    ("shishang", R("R1"), "s", "这世上哪有稳赚不赔的买卖{Q}"),
    ("wen", R("R1"), "c", "请问{P}是保本的吗{Q}"),
    ("wen", R("R1"), "c", "这个能保证收益吗？我心里有点没底"),
    ("zenme", R("R1"), "s", "基金怎么可能零风险呢？净值每天都会波动的"),
    ("shuigan", R("R1"), "s", "谁敢跟您说包赚？那肯定是忽悠人的"),
    ("nandao", R("R1"), "s", "难道您真信有稳赚的理财？反正我们这里没有"),
    ("fou", R("R1"), "s", "{P}不保本，也不保收益，这点您一定要清楚"),
    ("fanwen", R("R1"), "s", "您问是不是保本？不是的，它是非保本浮动收益型"),
    ("zhende", R("R1"), "c", "真的有零风险的产品吗？还是都是宣传？"),
    ("bushi", R("R1"), "s", "保本？这个真没有，我不能骗您{E}"),
    ("qibu", R("R1"), "s", "要是真能包赚，那大家岂不是都不用上班了？别信这种话"),
    ("weisha", R("R1"), "c", "为什么你们的产品说明书都不写保本呢？"),
    ("nayou", R("R2"), "s", "哪有什么内幕消息，都是网上瞎传的"),
    ("congna", R("R2"), "s", "您说的内部消息是从哪听来的{Q}我们这边没有这种说法"),
    ("shuigan", R("R2"), "s", "庄家？现在监管这么严，谁还敢坐庄呢"),
    ("zhenyou", R("R2"), "s", "真有内幕消息的人会随便告诉您吗？别信这些"),
    ("meiyou", R("R2"), "s", "我们没有任何内部消息，观点都来自公开研报"),
    ("youmeiyou", R("R2"), "c", "你们是不是有内幕消息啊？还是其实跟散户一样？"),
    ("lasheng", R("R2"), "c", "群里天天喊拉升，到底是真的假的？"),
    ("zenme", R("R2"), "s", "我怎么可能知道庄家什么时候拉升呢？我又不是神仙"),
    ("shibushi", R("R3"), "c", "私下转账是不是违规的{Q}"),
    ("shenme", R("R3"), "c", "飞单是什么意思啊？最近老听人说"),
    ("nayou", R("R3"), "s", "哪有正规机构让客户私下转账的？我们肯定不会"),
    ("zenme", R("R3"), "s", "我们怎么可能做飞单呢？所有产品都走公司系统"),
    ("fanyong", R("R3"), "s", "返佣？公司从来没有这种东西，您别听外面乱说"),
    ("nandao", R("R3"), "s", "难道我会让您转到我个人账户吗？绝对不会，请认准公司对公账户"),
    ("shuifuze", R("R3"), "s", "私下交易出了事谁负责？所以我们从来不做"),
    ("fandian", R("R3"), "c", "返点这种事合规吗？我朋友说他那边有"),
    ("zenneng", R("R4"), "s", "账户密码怎么能给别人呢？您自己一定要保管好"),
    ("zenme", R("R4"), "s", "我怎么可能帮你操作？交易只能您本人来下单"),
    ("zhidao", R("R4"), "c", "代客理财是违规的吧{Q}"),
    ("quanwei", R("R4"), "s", "全权委托？我们没有这项业务，也不允许做"),
    ("shuihui", R("R4"), "s", "谁会把账户密码交给客户经理啊，千万别这样"),
    ("tingshuo", R("R4"), "c", "听说全权委托是不允许的，对吗？"),
    ("weisha", R("R5"), "s", "为什么要加私人微信呢？企业微信上都能办"),
    ("nayou", R("R5"), "s", "我哪有什么私人号，就这一个工作号"),
    ("budeyong", R("R5"), "s", "加我个人号？不用的，有事在这里说就行{E}"),
    ("shibushi", R("R5"), "c", "是不是不能加你们的私人微信啊？"),
    ("zenme", R("R5"), "s", "怎么会有员工要加您私人号呢？那多半是冒充的"),
    ("combo", R("R1", "R2"), "s", "哪有什么内幕消息能让人稳赚？都是骗局"),
]

PROH_HIT = [
    ("danshi", R("R5"), "s", "制度上是严禁私下联系客户，可是这边消息会被审查，您还是加我个人号吧。"),
    ("danshi", R("R2"), "s", "合规培训天天讲不许谈庄家，不过我实话告诉您，庄家已经在拉升了。"),
    ("guiding", R("R3"), "s", "公司规定严禁飞单，我知道，但这个产品收益高，飞单做一笔没事。"),
    ("kehu", R("R4"), "c", "我知道你们不许代客理财，但我太忙了，账户密码发你，你全权委托帮我操作吧。"),
    ("danshi", R("R1"), "s", "公司规定是不能承诺保本，但我私下跟您说，{P}就是保本的。"),
    ("bushuo", R("R1"), "s", "培训不让说稳赚，那我不说，反正您闭眼买就是稳赚{E}。"),
    ("liwai", R("R1"), "s", "监管是不许讲保证收益，不过这次是内部额度，我个人保证收益6%。"),
    ("buguan", R("R1"), "s", "什么不得承诺收益，那是写给外人看的，{P}零风险，您放心。"),
    ("hetong", R("R1"), "s", "合同上虽然写着不保本，但我们私下都知道，这个包赚的。"),
    ("buzhun", R("R1"), "s", "严禁宣传稳赚不赔是没错，可{P}确实稳赚不赔，我不骗您。"),
    ("shiyong", R("R1"), "s", "那条禁止保本承诺的规定管不到专户，{P}就是保收益的。"),
    ("zhidui", R("R2"), "s", "公司严禁传内幕消息，所以我只跟您一个人说：这只票下周要拉升。"),
    ("guiding", R("R2"), "s", "规定是不准透露内部消息，但咱俩什么关系，庄家已经进场了。"),
    ("anli", R("R2"), "s", "按理说不能讲，这是内部消息，您悄悄买点就行。"),
    ("buzhun", R("R2"), "s", "虽然合规不许我们谈庄家，可这回庄家要拉升是真的，赶紧买。"),
    ("danshi", R("R3"), "s", "虽然监管禁止返佣，但老客户我照样给您返点，别声张。"),
    ("liwai", R("R3"), "s", "制度上禁止飞单，这次算例外，走飞单收益能高两个点。"),
    ("shuogei", R("R3"), "s", "严禁私下转账那是说给外人听的，咱们熟了，直接转到我个人卡上就行。"),
    ("buguan", R("R3"), "s", "不得私下交易那条只管大额，您这点钱私下交易没问题的。"),
    ("tongrong", R("R3"), "s", "规定不许私下转账，但这次系统维护，您先私下转账给我，我晚点补单。"),
    ("guiding", R("R4"), "s", "规定归规定，账户密码您还是发我，我帮你操作。"),
    ("laoke", R("R4"), "s", "合规说不得代客理财，那是针对新客户的，您这种老客户全权委托给我没问题。"),
    ("buguan", R("R4"), "s", "公司不让碰客户账户，不过您信得过我的话，我帮你操作，没人会查。"),
    ("liwai", R("R4"), "s", "禁止代客理财是没错，可您出差这段时间，我就帮你操作一下，应该的。"),
    ("buguan", R("R5"), "s", "按规定不能加私人微信，不过您加我私人微信吧，方便点。"),
    ("qiaoqiao", R("R5"), "s", "公司不让用私人号，您悄悄加我私人号，别在这里说。"),
    ("liwai", R("R5"), "s", "虽说禁止引导客户离开企业微信，这次特殊，您加我个人号，我发资料。"),
    ("combo", R("R3", "R5"), "s", "公司是禁止返佣的，所以返佣的事咱们去私人微信说。"),
    ("combo", R("R1", "R4"), "s", "规定不许代客理财，可您全权委托给我，我保证收益不低于8%。"),
]

PROH_NEAR = [
    ("kehu", R("R4"), "c", "你们合同里写着不能全权委托，那我每次自己下单就行是吧？"),
    ("tongzhi", R("R2"), "s", "合规部通知：严禁在客户群转发任何所谓内部消息，违者追责。"),
    ("shouce", R("R3"), "s", "员工手册第十二条：严禁飞单、私下交易，一经查实立即解除劳动合同。"),
    ("jianguan", R("R5"), "s", "根据监管留痕要求，我们不可以用私人微信谈业务，请见谅。"),
    ("jianguan", R("R1"), "s", "根据监管要求，我们不得向客户承诺保本或保收益。"),
    ("shouce", R("R1"), "s", "员工手册写得很清楚：不准以任何形式宣传零风险。"),
    ("peixun", R("R1"), "s", "上周合规培训刚讲过，销售时严禁说“稳赚”“包赚”之类的话。"),
    ("hetong", R("R1"), "s", "合同条款规定，管理人不得保证收益，过往业绩也不代表未来。"),
    ("tongzhi", R("R1"), "s", "公司最新通知：宣传材料中禁止出现“保本”字样。"),
    ("kehu", R("R1"), "c", "我知道你们规定不能说稳赚不赔，我就是问问历史业绩。"),
    ("buxu", R("R1"), "s", "我们这行是不许讲保本的，产品说明书上都有风险揭示。"),
    ("jianguan", R("R2"), "s", "按证券法规定，严禁利用内幕消息交易，更不能传播。"),
    ("peixun", R("R2"), "s", "合规培训要求：不得向客户透露任何内部消息。"),
    ("qingwu", R("R2"), "s", "请勿相信所谓“庄家”带单，公司也禁止员工参与这类群。"),
    ("buzhun", R("R2"), "s", "公司不准我们在聊天里预测个股会不会被拉升，这个我没法说。"),
    ("guiding", R("R3"), "s", "公司规定严禁私下转账，所有款项都请打到对公账户。"),
    ("peixun", R("R3"), "s", "入职培训反复强调：禁止飞单，禁止返佣。"),
    ("hetong", R("R3"), "s", "合同约定资金只能走托管账户，不得转到我个人名下，更不得私下交易。"),
    ("zhidu", R("R3"), "s", "按照制度，员工不可以接受客户任何形式的返点。"),
    ("kehu", R("R3"), "c", "明白，你们不允许私下交易，那我就走正规流程。"),
    ("tiaoli", R("R3"), "s", "公司《廉洁从业规定》第三条：不得以任何名义向客户支付返佣。"),
    ("hetong", R("R4"), "s", "合同第七条写明：不得代客理财，不得索要客户账户密码。"),
    ("guiding", R("R4"), "s", "按规定我们不可以接受全权委托，交易指令必须由您本人下达。"),
    ("peixun", R("R4"), "s", "培训时讲过，员工严禁“帮你操作”账户，哪怕客户主动要求也不行。"),
    ("tixing", R("R4"), "s", "公司提醒：账户密码请勿告知任何人，包括您的客户经理。"),
    ("jianguan", R("R4"), "s", "监管明确禁止代客理财，这条红线谁也不能碰。"),
    ("guiding", R("R5"), "s", "按公司规定，不许加客户私人微信，我们只用企业微信沟通。"),
    ("jianguan", R("R5"), "s", "监管要求业务沟通必须留痕，所以禁止使用私人号联系客户。"),
    ("peixun", R("R5"), "s", "培训有要求，不能跟客户说“加我个人号”，只能在这里聊。"),
    ("kehu", R("R5"), "c", "懂了懂了，你们规定不准用私人微信。"),
    ("combo", R("R3", "R5"), "s", "公司禁止通过私人微信收款，也禁止私下转账，请您理解。"),
    ("combo", R("R1", "R4"), "s", "监管规定：不得代客理财，不得承诺零风险，两条都是红线。"),
]

WARN_HIT = [
    ("tixing", R("R4"), "s", "友情提醒：最近行情复杂，您自己别乱操作了，账户密码发我，我来。"),
    ("jinggao", R("R3"), "s", "提醒一下，公司账户最近审查严，打款的话转到我个人卡更快到账。"),
    ("zhuyi", R("R2"), "s", "风险提示一下哈，明天有内部消息要出，仓位记得提前加上。"),
    ("tixing", R("R1"), "s", "提醒您一下，{P}保本额度快没了，抓紧时间{E}！"),
    ("fengxian", R("R1"), "s", "风险提示：外面说保本的都是假的，只有{P}才是真正保本的。"),
    ("bieshuo", R("R1"), "s", "别说我没提醒您，这次稳赚的机会错过就没了。"),
    ("jinggao", R("R1"), "s", "警告一下啊，再不买{P}就亏大了，这个零风险的。"),
    ("xiaoxin", R("R1"), "s", "小心别被那些野路子骗了，要买就买我们这款，保证收益。"),
    ("zhuyi", R("R1"), "s", "特别提醒：{P}包赚，名额有限，先到先得。"),
    ("youqing", R("R2"), "s", "友情提示：别信外面那些骗子，只有我这里的内幕消息是真的。"),
    ("jinji", R("R2"), "s", "紧急通知：庄家明天拉升，今天务必满仓！"),
    ("zhuyi", R("R2"), "s", "注意！内部消息，下午有利好公告，先别告诉别人。"),
    ("jinggao", R("R2"), "s", "警惕踏空！这只票庄家已经吸完筹，随时拉升。"),
    ("zhuyi", R("R3"), "s", "注意啦！私下转账给我可以省手续费，别走公司账户了。"),
    ("xiaoxin", R("R3"), "s", "小心被人骗！要转就转到我个人账户，我这最安全。"),
    ("tixing", R("R3"), "s", "温馨提醒：本月起老客户认购都有返点，直接找我领。"),
    ("fengxian", R("R3"), "s", "提示一下：公司那边手续费贵，走飞单能多拿一个点。"),
    ("tixing", R("R4"), "s", "提醒：以后交易直接把账户密码发我，我帮你操作，别自己乱点。"),
    ("fengxian", R("R4"), "s", "风险提示：自己炒股容易亏，建议全权委托给我来打理。"),
    ("zhuyi", R("R4"), "s", "注意哦，行情波动大，您这种上班族最好让我代客理财。"),
    ("jinggao", R("R5"), "s", "警告：这个群马上要解散，赶紧加我私人微信，别掉队。"),
    ("zhuyi", R("R5"), "s", "注意：以后重要消息只在我私人号发，企业微信这边不发了。"),
    ("tixing", R("R5"), "s", "温馨提示：福利名额在我个人号上领，记得加我个人号。"),
    ("combo", R("R3", "R5"), "s", "警告一下：别去别的平台买了，加我私人微信，我给您返点。"),
    ("combo", R("R1", "R2"), "s", "提醒您：这是内幕消息，跟着买稳赚，别外传。"),
]

WARN_NEAR = [
    ("kehu", R("R3"), "c", "我刚收到个短信，说是你们公司的，让我私下转账到一个个人账户，是不是诈骗？"),
    ("baogao", R("R1"), "t", "今天有客户说别家经理承诺保本，我已经提示他那是违规话术。"),
    ("xinwen", R("R4"), "s", "您看到那条新闻了吗？有人把账户密码交给所谓的“老师”全权委托，结果血本无归。"),
    ("jingti", R("R5"), "s", "温馨提示：近期有不法分子冒充客服，诱导客户添加私人微信，请谨慎。"),
    ("jingti", R("R1"), "s", "提醒您：凡是跟您说保本保收益的，基本都是骗子，请提高警惕。"),
    ("xinwen", R("R1"), "s", "新闻里说有理财经理承诺“零风险”，结果被监管处罚了。"),
    ("baogao", R("R1"), "t", "刚才客户问这个是不是稳赚，我已经跟他说清楚有亏损风险了。"),
    ("fengxian", R("R1"), "s", "风险提示：{P}不保本，历史收益不代表未来表现。"),
    ("pianju", R("R1"), "s", "最近有“包赚”的投资群在拉人，您千万别进。"),
    ("kehu", R("R1"), "c", "我朋友被一个说稳赚不赔的平台骗了十几万，你们这不会这样吧？"),
    ("jingti", R("R2"), "s", "警惕！有人冒充我司分析师在群里发所谓“内幕消息”，都是诈骗。"),
    ("xinwen", R("R2"), "s", "看到通报了吗？某公司员工利用内部消息交易，被罚了好几百万。"),
    ("zhuangjia", R("R2"), "s", "那些说跟着庄家拉升能翻倍的，都是杀猪盘的话术，别上当。"),
    ("baogao", R("R2"), "t", "客户问我有没有内幕消息，我说没有，已经记录在案。"),
    ("maochong", R("R3"), "s", "最近有人冒充我们员工，让客户私下转账，请务必注意核实。"),
    ("xinwen", R("R3"), "s", "新闻说某券商员工因为飞单被开除了，涉及好几个客户。"),
    ("baogao", R("R3"), "t", "有个客户问能不能给他返佣，我已经拒绝并按流程报合规了。"),
    ("tixing", R("R3"), "s", "温馨提示：任何人要求您把钱转到我个人账户的，都不是公司行为，请拒绝。"),
    ("tongbao", R("R3"), "s", "行业通报：有销售私下交易、收取返点，已经被吊销从业资格。"),
    ("tongbao", R("R4"), "s", "监管通报：某销售人员代客理财、索要客户账户密码，已被罚款。"),
    ("tixing", R("R4"), "s", "提醒一下，不管谁说要帮你操作账户，都不要把密码给他。"),
    ("baogao", R("R4"), "t", "郑总刚才说想全权委托给我，我拒绝了，让他自己下单。"),
    ("kehu", R("R4"), "c", "我邻居把账户密码给了个“理财顾问”，结果钱全亏了，太吓人了。"),
    ("baogao", R("R5"), "t", "客户刚才要加我私人微信，我拒绝了，说只在企业微信沟通。"),
    ("jingti", R("R5"), "s", "请注意：我们的员工不会让您加私人号，遇到请直接举报。"),
    ("maochong", R("R5"), "s", "有骗子冒充我，说“加我个人号领福利”，那不是我，千万别加。"),
    ("combo", R("R2", "R5"), "s", "提醒：有人用私人微信拉群发“内部消息”荐股，都是诈骗。"),
    ("combo", R("R1", "R3"), "s", "通报：某员工承诺保本并私下收取返佣，已被移送处理。"),
]

REF_HIT = [
    ("kehu", R("R3"), "c", "你们柜台那套流程我弄不来，我直接私下转账给你吧，你帮我买。"),
    ("kehu", R("R4"), "c", "APP我不会用，账户密码发你，以后都全权委托给你了。"),
    ("dan", R("R1"), "s", "合同上加保本条款我做不到，但我可以私下给您保证收益，差多少我补。"),
    ("buneng", R("R5"), "s", "电话我不方便接，您加我私人微信，语音聊。"),
    ("zuobuliao", R("R2"), "s", "荐股我做不了，不过内部消息可以透露一点：这只下周有庄家拉升。"),
    ("bukeyi", R("R4"), "s", "开通两融我帮不了您，但日常买卖我可以帮你操作，您把账户密码给我。"),
    ("koutou", R("R1"), "s", "保本合同我给不了，但口头上我跟您保证收益，放心。"),
    ("shumian", R("R1"), "s", "书面的我写不了，不过说实话，{P}就是稳赚不赔的。"),
    ("xuanchuan", R("R1"), "s", "宣传单上不能写保本，但实际就是保本的，您放心买。"),
    ("mianfei", R("R1"), "s", "费率优惠我申请不了，不过{P}零风险，您多买点不吃亏。"),
    ("butuijian", R("R2"), "s", "我不能推荐具体股票，只能透露一个内部消息：这只下周要拉升。"),
    ("bufa", R("R2"), "s", "研报我不方便发，不过庄家的动向我清楚，跟着我买就行。"),
    ("buneng", R("R2"), "s", "没法给您写书面建议，但内幕消息我可以先告诉您。"),
    ("dan", R("R3"), "s", "公司层面没法给您返点，不过我个人可以私下返点给您。"),
    ("duigong", R("R3"), "s", "对公账户今天转不了，您先转到我个人卡上，我来处理。"),
    ("lipin", R("R3"), "s", "开户礼品没有了，不过可以给您返佣，您看行吗？"),
    ("shouxu", R("R3"), "s", "手续费是免不了的，但我可以给您做飞单，利息更高。"),
    ("xianshang", R("R3"), "s", "线上渠道我办不了，咱们私下转账吧，更快。"),
    ("zhege", R("R4"), "s", "这个我做不了，但您把账户密码给我，我帮你操作。"),
    ("xitong", R("R4"), "s", "系统里没法给您改，您直接全权委托给我，我替您盯着。"),
    ("bukeyi", R("R4"), "s", "线上不能帮您开通，不过代客理财我可以接，收益分我两成。"),
    ("zheli", R("R5"), "s", "这里不能说，加我私人微信详聊。"),
    ("bufangbian", R("R5"), "s", "企业微信上不方便发资料，您加我个人号吧。"),
    ("huibuliao", R("R5"), "s", "工作时间我回不了，晚上私人号上找我。"),
    ("combo", R("R3", "R5"), "s", "在这里没法谈返点，您加我私人微信，我发您方案。"),
    ("combo", R("R1", "R4"), "s", "我没法给您开通自动申赎，不过您账户密码给我，我保证收益。"),
]

REF_NEAR = [
    ("buyao", R("R3"), "c", "返佣我不要，你们按正常流程走就行。"),
    ("bujia", R("R5"), "c", "私人微信就不加了，就在这里聊吧。"),
    ("buqiang", R("R1"), "c", "保本的我也不强求，你别给我乱承诺就行。"),
    ("buneng", R("R2"), "s", "您问下周会不会拉升，我没办法预测，也不能瞎说。"),
    ("meifa", R("R1"), "s", "您想要零风险的，我这里真的推荐不了，只有低风险的货币基金。"),
    ("jujue", R("R4"), "c", "不用了，账户密码我自己留着，不需要你帮我下单。"),
    ("bushou", R("R3"), "s", "您的心意我领了，返点我是绝对不能收的，也不会给。"),
    ("butigong", R("R1"), "s", "抱歉，我们不提供保本承诺，产品是有风险的。"),
    ("zuobudao", R("R1"), "s", "保证收益这个我真做不到，谁也不能保证。"),
    ("buneng", R("R1"), "s", "不好意思，不能跟您说稳赚不赔，那是违规的。"),
    ("buhui", R("R1"), "s", "零风险的话我不会说的，{P}有波动，请您量力而行。"),
    ("meiyou", R("R2"), "s", "内幕消息我这里没有，也不会提供，您见谅。"),
    ("meifa", R("R2"), "s", "庄家什么时候拉升我没法告诉您，我们只做公开信息解读。"),
    ("buchuan", R("R2"), "s", "您说的内部消息我不能帮忙打听，更不能转发。"),
    ("zuobuliao", R("R3"), "s", "这个做不了，私下转账是违规的，请走对公账户。"),
    ("buneng", R("R3"), "s", "不能给您返佣，公司没有这个政策，也不允许。"),
    ("buzuo", R("R3"), "s", "不好意思，飞单这种事我不做，您也千万别找别人做。"),
    ("jujue", R("R3"), "s", "您说转到我个人账户？这个不行，我不能收。"),
    ("bujie", R("R3"), "s", "私下交易我是不会接的，一切按公司流程来。"),
    ("meifa", R("R4"), "s", "没法帮你操作，交易必须你本人来。"),
    ("bushou", R("R4"), "s", "账户密码请不要发给我，我不会收，也不会登录您的账户。"),
    ("bujie", R("R4"), "s", "全权委托我们接不了，代客理财是明令禁止的。"),
    ("bujia", R("R5"), "s", "我不能加您私人微信，有事企业微信找我就行。"),
    ("meiyou", R("R5"), "s", "抱歉，我没有私人号，只用这个工作号。"),
    ("jujue", R("R5"), "s", "加我个人号就不必了，按规定业务都在这里沟通。"),
    ("combo", R("R3", "R5"), "s", "返点和私人微信这两样我都给不了，您理解一下。"),
    ("combo", R("R1", "R4"), "s", "您要的保收益和全权委托，我们都没法提供。"),
]

QUOTE_HIT = [
    ("jingli", R("R1"), "s", "我们经理常说“这款就是包赚的”，我也是这么跟老客户讲的，放心。"),
    ("zhuanfa", R("R2"), "s", "转发一下内部群的话：“庄家周一开始拉升”，您提前准备。"),
    ("jizhu", R("R3"), "s", "“返佣当天到账”，这是我给您的承诺。"),
    ("shuoguo", R("R5"), "s", "我上次跟您说“私人微信找我更快”，现在依然有效哈。"),
    ("jizhu", R("R1"), "s", "记住我说的“稳赚不赔”，这话我负责。"),
    ("shuoguo", R("R1"), "s", "我跟您说过“保本”，那就一定保本{E}。"),
    ("kouhao", R("R1"), "s", "我们团队的口号就是“零风险、包赚”，放心买。"),
    ("laoke", R("R1"), "s", "老客户都说“跟着小刘稳赚”，您也试试。"),
    ("chengnuo", R("R1"), "s", "我再说一遍：「保证收益」，出了问题找我。"),
    ("yuanhua", R("R1"), "s", "领导原话是\"{P}保本保收益\"，这个我敢打包票。"),
    ("najuhua", R("R2"), "s", "还是那句话：「有内幕消息第一时间通知你」。"),
    ("laoshi", R("R2"), "s", "老师说了“庄家下周拉升”，我也觉得没错，赶紧布局。"),
    ("yuanhua", R("R2"), "s", "我朋友在上面，他原话是“内部消息，明天公告”，靠谱的。"),
    ("shangci", R("R3"), "s", "就像我上次说的，“私下转账更方便”，您直接转我就行。"),
    ("chengnuo", R("R3"), "s", "我之前承诺的“返点百分之一”照样有效。"),
    ("laoke", R("R3"), "s", "好多客户都说“找小王走飞单收益高”，您也来吧。"),
    ("jizhu", R("R3"), "s", "您记着「钱转到我个人卡」这句就行，其他不用管。"),
    ("lingdao", R("R4"), "s", "领导都说了“可以全权委托给我们”，您放心交给我。"),
    ("jizhu", R("R4"), "s", "记住一句话：“账户密码给我，剩下的我来”。"),
    ("shuoguo", R("R4"), "s", "我说过'我帮你操作'，就一定帮您盯好。"),
    ("jizhu", R("R5"), "s", "记住：“有事加我私人微信”，这边我不常看。"),
    ("shangci", R("R5"), "s", "我上次说的“加我个人号”，您加了吗？资料都在那边。"),
    ("combo", R("R1", "R5"), "s", "记住我那句“保本”，细节加私人微信聊。"),
    ("combo", R("R2", "R3"), "s", "老规矩「内幕消息+返佣」，这次也少不了您的。"),
]

QUOTE_NEAR = [
    ("baogao", R("R2"), "t", "客户转来一张截图，上面写着“内幕消息，必涨”，我已提醒他是诈骗。"),
    ("kehu", R("R1"), "c", "我妈说有人上门推销“零风险年化15%”的东西，我让她别买了。"),
    ("yuanhua", R("R4"), "c", "那个“老师”说“你把账户密码给我，我带你赚”，我直接拉黑了。"),
    ("xinwen", R("R3"), "s", "报道里那位经理被问到“飞单”的事，他承认了，后来被处罚。"),
    ("kehu", R("R1"), "c", "有个自称理财师的跟我说“稳赚不赔”，这靠谱吗？"),
    ("xinwen", R("R1"), "s", "新闻里那个销售说「保证收益」，结果被罚了，您可别信这种话。"),
    ("yuanhua", R("R1"), "c", "我同事说他买的那个“保本”，是真的吗？"),
    ("guanggao", R("R1"), "s", "那条广告写着“零风险、高收益”，明显违规，您别点。"),
    ("jietu", R("R1"), "s", "您转给我的截图里说“包赚”，这是典型的诈骗话术。"),
    ("qunli", R("R2"), "s", "群里有人发“内幕消息”说明天涨停，您千万别信。"),
    ("tamen", R("R2"), "c", "他们说'庄家要拉升了'，让我赶紧买，我有点犹豫。"),
    ("baodao", R("R2"), "s", "据报道，所谓“内部消息”荐股团伙已被警方打掉。"),
    ("yuanhua", R("R3"), "c", "那个人原话是：“把钱私下转账给我”，我没理他。"),
    ("tingshuo", R("R3"), "c", "听说有人说可以“返佣”，我觉得是骗人的吧？"),
    ("gaozhi", R("R3"), "s", "对方说要「转到我个人账户」的，一律不要转，这是诈骗。"),
    ("jubao", R("R3"), "s", "您说的那个“飞单”理财经理，我们已经反映给合规部了。"),
    ("kehu", R("R4"), "c", "上次有个人跟我说“我帮你操作，保你翻倍”……我没答应。"),
    ("baogao", R("R4"), "t", "客户问我\"能不能全权委托给你\"，我说不行。"),
    ("jinggao", R("R4"), "s", "如果有人问您要“账户密码”，不管他说什么，都别给。"),
    ("pianzi", R("R5"), "c", "对方让我加他私人微信，说是“老师一对一辅导”，我觉得像骗子。"),
    ("jinggao", R("R5"), "s", "凡是说“加我个人号领红包”的都是假冒的，请认准官方渠道。"),
    ("kehu", R("R5"), "c", "有个号说是你的“私人号”，加我好友，是你吗？"),
    ("combo", R("R1", "R3"), "c", "那个人说“保本还有返点”，我总觉得哪里不对。"),
    ("combo", R("R4", "R5"), "s", "有客户反映，有人以“私人微信代客理财”为名行骗，大家注意。"),
]

TEMPLATES = {
    "rhetorical": (RHET_HIT, RHET_NEAR),
    "prohibition": (PROH_HIT, PROH_NEAR),
    "warning_report": (WARN_HIT, WARN_NEAR),
    "refusal": (REF_HIT, REF_NEAR),
    "quotation": (QUOTE_HIT, QUOTE_NEAR),
}

# --------------------------------------------------------------------------
# numbers category
# --------------------------------------------------------------------------
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138",
                 "139", "147", "150", "151", "152", "153", "155", "156", "157",
                 "158", "159", "166", "173", "176", "177", "180", "181", "182",
                 "183", "185", "186", "187", "188", "189", "191", "198", "199"]
REGIONS = ["110105", "110108", "310104", "310115", "440305", "440106",
           "510107", "330106", "420102", "320102", "370202", "350203",
           "610113", "500103", "120101", "430104"]
BINS = [("622202", 19), ("621700", 19), ("622848", 19), ("621661", 19),
        ("622588", 16), ("625955", 16), ("436742", 16), ("622262", 19),
        ("621483", 16), ("622609", 16)]


def gen_mobile(rng):
    return rng.choice(MOBILE_PREFIX) + "".join(rng.choice("0123456789")
                                               for _ in range(8))


def gen_id(rng):
    y = rng.randint(1958, 2003)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (rng.choice(REGIONS), y, m, d,
                                   rng.randint(1, 999))
    return body + id_check_char(body)


def gen_card(rng):
    b, n = rng.choice(BINS)
    body = b + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(b)))
    return body + luhn_digit(body)


CN_SETS = {
    "0": ["〇", "零"], "1": ["一", "幺"], "2": ["二", "两"], "3": ["三"],
    "4": ["四"], "5": ["五"], "6": ["六"], "7": ["七"], "8": ["八"], "9": ["九"],
}
FIN = {"0": "零", "1": "壹", "2": "贰", "3": "叁", "4": "肆", "5": "伍",
       "6": "陆", "7": "柒", "8": "捌", "9": "玖"}
FULL = dict(zip("0123456789", "０１２３４５６７８９"))


def digit_char(rng, d, style, prefs):
    if d == "X":
        return "X"
    if style == "arabic":
        return d
    if style == "full":
        return FULL[d]
    if style == "fin":
        c = FIN[d]
        if prefs.get("trad_fin") and c in "贰陆":
            c = {"贰": "貳", "陆": "陸"}[c]
        return c
    if style == "cn":
        opts = CN_SETS[d]
        if d in prefs:
            return prefs[d]
        return opts[0]
    if style == "mixed":
        return digit_char(rng, d, rng.choice(["arabic", "cn"]), prefs)
    raise ValueError(style)


GROUPINGS = {
    11: [[3, 4, 4], [3, 4, 4], [3, 3, 5], [4, 4, 3], [11], [1] * 11],
    18: [[6, 8, 4], [6, 4, 4, 4], [3, 3, 4, 4, 4], [18], [6, 8, 4]],
    16: [[4, 4, 4, 4], [4, 4, 4, 4], [16], [6, 10]],
    19: [[4, 4, 4, 4, 3], [4, 4, 4, 4, 3], [19], [6, 13]],
}
SEPS = [" ", " ", "-", "-", ",", "，", ".", "/", "、", "\u3000", "·", " - ",
        "—", "_"]


def render_number(rng, ds, groups=None, style=None):
    """Render digit string ds with a random grouping / separator / script."""
    n = len(ds)
    if groups is None:
        opts = GROUPINGS.get(n)
        if opts is None:
            groups = [n]
        else:
            groups = rng.choice(opts)
    assert sum(groups) == n
    if style is None:
        style = rng.choice(["arabic", "arabic", "cn", "cn", "fin", "mixed",
                            "full", "groupmix"])
    prefs = {"0": rng.choice(CN_SETS["0"]), "1": rng.choice(CN_SETS["1"]),
             "2": rng.choice(CN_SETS["2"]),
             "trad_fin": rng.random() < 0.3}
    if rng.random() < 0.2:  # per-digit free choice among the cn variants
        for k in ("0", "1", "2"):
            prefs.pop(k)
    sep = rng.choice(SEPS)
    if len(groups) == 1:
        sep = ""
    if groups == [1] * n:
        sep = rng.choice([" ", "、", "-", ",", "."])
    parts = []
    pos = 0
    for gi, g in enumerate(groups):
        chunk = ds[pos:pos + g]
        pos += g
        st = style
        if style == "groupmix":
            st = "arabic" if gi % 2 == 0 else "cn"
        out = ""
        for d in chunk:
            if st == "cn" and d in "012" and d not in prefs:
                out += rng.choice(CN_SETS[d])
            else:
                out += digit_char(rng, d, st, prefs)
        parts.append(out)
    return sep.join(parts), style


# must-raise contexts: (tag, kind, direction, template)  {X} = the number
NUM_HIT_CTX = [
    ("mob", "mobile", "c", "我手机号是{X}，有事直接打给我。"),
    ("mob", "mobile", "c", "电话：{X}，下午三点以后都在。"),
    ("mob", "mobile", "c", "我换号了，新号码{X}，麻烦更新一下资料"),
    ("mob", "mobile", "s", "{N}，跟您核对一下，预留手机号是{X}对吗？"),
    ("mob", "mobile", "s", "您爱人的联系电话我记一下：{X}，没问题吧"),
    ("mob", "mobile", "c", "回访就打我老婆电话吧 {X} 她白天方便"),
    ("mob", "mobile", "c", "今天天气真好。对了，我的手机{X}，存一下哈。"),
    ("mob", "mobile", "s", "紧急联系人那栏填的是{X}，您看对不对。"),
    ("mob", "mobile", "c", "打{X}找我，微信不常看。"),
    ("mob", "mobile", "c", "号码是 {X} ，记得别打错了"),
    ("mob", "mobile", "s", "您儿子的号码{X}已经加到紧急联系人了。"),
    ("idn", "id", "c", "我身份证号码：{X}，帮忙查一下开户进度"),
    ("idn", "id", "s", "您的身份证号{X}，我已经录入系统了，您核对下。"),
    ("idn", "id", "c", "证件号{X}，名字是王建国"),
    ("idn", "id", "c", "受益人信息：张敏，身份证{X}，关系母女。"),
    ("idn", "id", "s", "投保人证件号码是{X}吗？麻烦确认一下。"),
    ("idn", "id", "c", "我把我爸的身份证号发你 {X} 他年纪大了不会弄"),
    ("crd", "card", "c", "银行卡号{X}，工行的，赎回款打这张"),
    ("crd", "card", "s", "回款卡号{X}，跟您确认一下没错吧？"),
    ("crd", "card", "c", "换卡了，新的卡号是：{X}（建设银行）"),
    ("crd", "card", "c", "扣款就用这张：{X}，开户行招行深圳分行"),
    ("crd", "card", "s", "您绑定的卡{X}余额不足，扣款失败了，麻烦看一下。"),
    ("crd", "card", "c", "分红打到{X}这张卡上就行，谢谢啦"),
]

# must-not-raise generators: each returns (tag, direction, text)


def _nm_digits(rng, n, first=None):
    s = first or ""
    while len(s) < n:
        s += rng.choice("0123456789")
    return s


def nm_bad_mobile(rng):
    ds = rng.choice(["10", "11", "12"]) + _nm_digits(rng, 9)
    x, _ = render_number(rng, ds, rng.choice([[3, 4, 4], [11], [3, 4, 4]]))
    t = rng.choice([
        "您发的号码{X}开头不对，系统识别不了，麻烦重新发一下。",
        "流水号{X}，您留着备查。",
        "工单编号：{X}，处理完会短信通知您。",
        "这个{X}是我们内部的受理号，不用管它。",
    ])
    return "badmob", rng.choice("sc") if "您" not in t else "s", t.replace("{X}", x)


def nm_short_mobile(rng):
    m = gen_mobile(rng)
    k = rng.randint(3, 10)
    ds = m[:k] + m[k + 1:]  # 10 digits
    x, _ = render_number(rng, ds, rng.choice([[3, 4, 3], [3, 3, 4], [10]]))
    t = rng.choice([
        "您刚才发的手机号{X}少了一位吧？麻烦再核对下。",
        "我电话是{X}……好像少打了一个数字，我回头再发你。",
        "系统提示号码{X}位数不对，您再看看。",
    ])
    return "shortmob", "s" if t.startswith("您") or "系统" in t else "c", \
        t.replace("{X}", x)


def nm_long_mobile(rng):
    m = gen_mobile(rng)
    k = rng.randint(3, 10)
    ds = m[:k] + rng.choice("0123456789") + m[k:]  # 12 digits
    x, _ = render_number(rng, ds, rng.choice([[3, 4, 5], [4, 4, 4], [12]]))
    t = rng.choice([
        "您这个号码{X}多了一位，是不是打错了？",
        "号码{X}有12位，系统不认，麻烦重发。",
    ])
    return "longmob", "s", t.replace("{X}", x)


def nm_bad_id(rng):
    v = gen_id(rng)
    wrong = [c for c in "0123456789X" if c != v[17]]
    ds = v[:17] + rng.choice(wrong)
    x, _ = render_number(rng, ds)
    t = rng.choice([
        "身份证号{X}校验不通过，您再看一下最后一位？",
        "您填的证件号{X}系统提示有误，麻烦拍个照片给我。",
        "我输的是{X}，系统说身份证格式不对，怎么回事",
    ])
    return "badid", "c" if t.startswith("我") else "s", t.replace("{X}", x)


def nm_short_id(rng):
    v = gen_id(rng)
    ds = v[:16] + v[17:]  # 17 chars
    if ds.endswith("X"):
        ds = ds[:-1] + "0"
    x, _ = render_number(rng, ds, rng.choice([[6, 8, 3], [17], [6, 4, 4, 3]]))
    t = rng.choice([
        "您发来的证件号{X}只有17位，中间是不是漏了一位？",
        "身份证那栏填成{X}了，少一位，要重新填。",
    ])
    return "shortid", "s", t.replace("{X}", x)


def nm_bad_card(rng):
    v = gen_card(rng)
    wrong = [c for c in "0123456789" if c != v[-1]]
    ds = v[:-1] + rng.choice(wrong)
    x, _ = render_number(rng, ds)
    t = rng.choice([
        "卡号{X}系统提示有误，麻烦核对一下。",
        "您给的卡号{X}校验没通过，是不是抄错了一位？",
        "我输了{X}，银行说卡号无效，咋回事啊",
    ])
    return "badcard", "c" if t.startswith("我") else "s", t.replace("{X}", x)


def nm_short_card(rng):
    b, _ = rng.choice(BINS)
    ds = b + _nm_digits(rng, 9)  # 15 digits
    x, _ = render_number(rng, ds, rng.choice([[4, 4, 4, 3], [15], [6, 9]]))
    t = rng.choice([
        "卡号{X}只有15位，应该是少抄了一段吧？",
        "您发的{X}不像完整卡号，麻烦把卡拍照发一下正面。",
    ])
    return "shortcard", "s", t.replace("{X}", x)


def nm_masked(rng):
    kind = rng.randrange(3)
    if kind == 0:
        m = gen_mobile(rng)
        x = m[:3] + rng.choice(["****", "＊＊＊＊", "xxxx"]) + m[7:]
        t = rng.choice(["您预留的号码是{X}，对吗？", "验证码已发送至{X}，请查收。"])
    elif kind == 1:
        v = gen_id(rng)
        x = v[:6] + "********" + v[14:]
        t = rng.choice(["系统里显示证件号{X}，信息已脱敏。", "您的证件{X}已完成实名认证。"])
    else:
        v = gen_card(rng)
        x = v[:4] + " **** **** " + v[-4:]
        t = rng.choice(["扣款卡{X}已绑定成功。", "尾号卡片{X}本月扣款正常。"])
    return "masked", "s", t.replace("{X}", x)


def nm_amount(rng):
    choices = [
        lambda: "申购金额 %s 元已到账。" % "{:,}".format(rng.randint(1, 999) * 1000),
        lambda: "本金%s.00元，持有%d天。" % ("{:,}".format(rng.randint(10, 5000) * 100),
                                         rng.randint(30, 720)),
        lambda: "这只基金昨天净值%d.%04d，涨了%d.%02d%%。" % (
            rng.randint(0, 3), rng.randint(0, 9999), rng.randint(0, 3),
            rng.randint(0, 99)),
        lambda: "您一共买了%s份，市值大概%s万。" % (
            "{:,}".format(rng.randint(1000, 99999)), rng.choice(
                ["三", "五", "十二", "二十", "八十八", "一百二十"])),
        lambda: "保费每年%s元，交%s年。" % (
            "{:,}".format(rng.randint(3, 90) * 1000), rng.choice(["十", "二十", "5", "10"])),
        lambda: "手续费千分之%s，最低%d元。" % (rng.choice(["一点五", "二", "三"]),
                                         rng.choice([5, 1, 10])),
        lambda: "价格¥%d.%02d，买%d手。" % (rng.randint(3, 300), rng.randint(0, 99),
                                       rng.randint(1, 50)),
        lambda: "年化预期%d.%d%%~%d.%d%%，仅供参考。" % (rng.randint(1, 3),
                                                  rng.randint(0, 9),
                                                  rng.randint(3, 5),
                                                  rng.randint(0, 9)),
    ]
    return "amount", rng.choice("sc"), rng.choice(choices)()


def nm_date(rng):
    y = 2025
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    choices = [
        "%d-%02d-%02d 到期，记得续期。" % (y, m, d),
        "%d/%d/%d %02d:%02d 之前提交就行。" % (y, m, d, rng.randint(9, 16),
                                           rng.choice([0, 15, 30, 45])),
        "二〇二五年%s月的对账单已经寄出了。" % "一二三四五六七八九"[rng.randint(0, 8)],
        "%d年%d月%d日下午两点开会，别忘了。" % (y, m, d),
        "%d.%d.%d 起息，%d.%d.%d 到期。" % (y, m, d, y + 1, m, d),
    ]
    return "date", "s", rng.choice(choices)


def nm_code(rng):
    choices = [
        lambda: "验证码%s，五分钟内有效。" % _nm_digits(rng, 6),
        lambda: "验证码是%s，别告诉别人。" % render_number(rng, _nm_digits(rng, 6), [6], "cn")[0],
        lambda: "基金代码%s，您搜一下就能看到。" % rng.choice(
            ["000001", "110011", "005827", "161725", "519674", "001938"]),
        lambda: "股票%s今天涨了不少。" % rng.choice(["600519", "000858", "300750",
                                                  "601318", "002594"]),
        lambda: "预约码%s，到网点出示即可。" % _nm_digits(rng, 4),
        lambda: "客服热线%s，工作日都有人。" % rng.choice(["95588", "95533", "95555",
                                                      "400-820-8888", "021-6888-1234"]),
        lambda: "合同编号HT%s-%s，您收好。" % (_nm_digits(rng, 8, "2025"), _nm_digits(rng, 4)),
        lambda: "订单号：%s" % _nm_digits(rng, rng.choice([12, 13, 14, 20]), "2025"),
        lambda: "保单号P%s已生效。" % _nm_digits(rng, rng.choice([12, 14]), "25"),
        lambda: "快递单号SF%s，明天应该能到。" % _nm_digits(rng, 12),
        lambda: "房间号%s，会议在%d楼。" % (_nm_digits(rng, 4), rng.randint(2, 30)),
    ]
    return "code", rng.choice("sc"), rng.choice(choices)()


def nm_prose(rng):
    choices = [
        "我们一心一意为您服务，有什么需要随时说。",
        "周末公园里人三三两两的，挺舒服。",
        "这两天行情七上八下的，您别太焦虑。",
        "我把情况一五一十地跟您说清楚。",
        "九九归一，还是要看长期持有。",
        "四平八稳的配置更适合您这样的客户。",
        "咱们客户来自五湖四海，需求都不一样。",
        "千千万万别着急，慢慢来。",
        "您说的一二三点我都记下了。",
        "第一季度和第二季度的表现差不多。",
        "三番五次打扰您，真不好意思。",
        "一来二去就熟了，以后常联系。",
        "您家两个孩子一个上初三一个上高二吧？",
        "十全十美的产品是没有的，得看您的需求。",
        "一年四季都可以定投，不用挑时间。",
        "六六大顺！新年快乐，八方来财！",
    ]
    return "prose", rng.choice("sc"), rng.choice(choices)


def nm_quantity(rng):
    choices = [
        "仓库里还有三百二十份礼品，先到先得。",
        "活动名额只剩%d个了。" % rng.randint(2, 99),
        "您持有%s股，按%d.%02d算市值不到五万。" % (
            "{:,}".format(rng.randint(1, 40) * 100), rng.randint(3, 40), rng.randint(0, 99)),
        "排队号%d，前面还有%d位。" % (rng.randint(100, 999), rng.randint(1, 30)),
        "第%d期第%d批，预计两周内完成。" % (rng.randint(1, 40), rng.randint(1, 9)),
        "一共两千五百块，分三期付。",
        "跑了一万两千步，累死了哈哈。",
    ]
    return "qty", rng.choice("sc"), rng.choice(choices)


NM_GENERATORS = [
    (nm_bad_mobile, 3), (nm_short_mobile, 2), (nm_long_mobile, 1),
    (nm_bad_id, 3), (nm_short_id, 1), (nm_bad_card, 3), (nm_short_card, 1),
    (nm_masked, 2), (nm_amount, 3), (nm_date, 2), (nm_code, 3),
    (nm_prose, 2), (nm_quantity, 2),
]


def gen_numbers(rng, n_hit, n_near):
    items = []  # (tag, direction, text, label, is_hit, intended)
    seen = set()
    gens = {"mobile": gen_mobile, "id": gen_id, "card": gen_card}
    tries = 0
    while sum(1 for i in items if i[4]) < n_hit:
        tries += 1
        assert tries < 20000
        tag, kind, direction, tpl = rng.choice(NUM_HIT_CTX)
        ds = gens[kind](rng)
        x, style = render_number(rng, ds)
        text = wrap(rng, direction, tpl.replace("{X}", x))
        if text in seen or ds not in whole_runs(text):
            continue
        seen.add(text)
        items.append(("%s_%s" % (tag, style[:3]), direction, text, ["R6"], True, ds))
    pool = [g for g, w in NM_GENERATORS for _ in range(w)]
    while sum(1 for i in items if not i[4]) < n_near:
        tries += 1
        assert tries < 40000
        tag, direction, core = rng.choice(pool)(rng)
        text = wrap(rng, direction, core)
        if text in seen or has_valid_pii(text) or not digit_runs(text):
            continue
        seen.add(text)
        items.append((tag, direction, text, ["R6"], False, None))
    return items


def gen_keyword_category(rng, hits_t, near_t, n_hit, n_near):
    items = []
    seen = set()
    for pol, tpls, n in ((True, hits_t, n_hit), (False, near_t, n_near)):
        order = []
        made = 0
        tries = 0
        while made < n:
            tries += 1
            assert tries < 50000, "could not generate enough unique messages"
            if not order:
                order = list(range(len(tpls)))
                rng.shuffle(order)
            tag, rules, direction, core = tpls[order.pop()]
            text = wrap(rng, direction, core)
            if rng.random() < 0.15:
                text = to_trad(text)
            if text in seen:
                continue
            seen.add(text)
            items.append((tag, direction, text, sorted(rules), pol, None))
            made += 1
    rng.shuffle(items)
    return items


# --------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------
def self_check(category, records, truth):
    errors = []
    hits, near = truth["hits"], truth["near_misses"]
    ids = [r["msgid"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate msgid")
    if set(hits) & set(near):
        errors.append("msgid in both maps")
    if set(hits) | set(near) != set(ids):
        errors.append("truth maps do not cover corpus exactly")
    if not 280 <= len(records) <= 320:
        errors.append("size %d out of range" % len(records))
    if not 0.4 <= len(hits) / len(records) <= 0.6:
        errors.append("hit ratio off")
    for r in records:
        text = r["text"]["content"]
        mid = r["msgid"]
        label = set(hits.get(mid) or near.get(mid))
        lit = literal_rules(text)
        simp = to_simp(text)
        for bad in MARKET_LASHENG:
            if bad in simp:
                errors.append("%s uses market-commentary %s" % (mid, bad))
        if category == "numbers":
            if lit:
                errors.append("%s has keyword of %s" % (mid, lit))
            if label != {"R6"}:
                errors.append("%s label %s" % (mid, label))
            if mid in hits:
                if not any(valid_mobile(w) or valid_id_strict(w) or valid_card(w)
                           for w in whole_runs(text)):
                    errors.append("%s: no valid number as a whole run" % mid)
            else:
                if has_valid_pii(text):
                    errors.append("%s: near miss contains valid PII" % mid)
                if not digit_runs(text):
                    errors.append("%s: near miss has no number-like string" % mid)
        else:
            if not lit:
                errors.append("%s: no keyword" % mid)
            if lit != label:
                errors.append("%s: literal %s != label %s" % (mid, sorted(lit),
                                                              sorted(label)))
            if has_valid_pii(text):
                errors.append("%s: accidental valid PII digits" % mid)
        if not re.fullmatch(r"h3_%s_\d{4}_[a-z0-9_]+" % category, mid):
            errors.append("%s: bad msgid" % mid)
    return errors


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
YEAR_START_MS = int(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
                    .timestamp() * 1000)
YEAR_END_MS = int(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
                  .timestamp() * 1000)


def build(category, cidx):
    rng = random.Random(SEED * 10 + cidx)
    staff, cust = make_people(rng)
    n_total = rng.randint(292, 308)
    n_hit = n_total // 2 + rng.randint(-4, 4)
    n_near = n_total - n_hit
    if category == "numbers":
        items = gen_numbers(rng, n_hit, n_near)
        rng.shuffle(items)
    else:
        h, n = TEMPLATES[category]
        items = gen_keyword_category(rng, h, n, n_hit, n_near)
    t = YEAR_START_MS + rng.randint(0, 300) * 86400000 + rng.randint(0, 86399) * 1000
    seq = 1000 * (cidx + 1) + rng.randint(0, 99)
    records = []
    truth = {"hits": {}, "near_misses": {}}
    for i, (tag, direction, text, label, is_hit, _ds) in enumerate(items, 1):
        s = rng.choice(staff)
        c = rng.choice(cust)
        if direction == "s":
            frm, to = s, c
        elif direction == "c":
            frm, to = c, s
        else:
            frm = s
            to = rng.choice([x for x in staff if x != s])
        t += rng.randint(5, 5400) * 1000
        assert t < YEAR_END_MS
        seq += rng.randint(1, 3)
        mid = "h3_%s_%04d_%s" % (category, i, tag)
        records.append({
            "msgid": mid, "action": "send", "from": frm, "tolist": [to],
            "roomid": "", "msgtime": t, "seq": seq, "msgtype": "text",
            "text": {"content": text},
        })
        (truth["hits"] if is_hit else truth["near_misses"])[mid] = list(label)
    return records, truth


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 scripts/evasion_heldout3.py OUT_DIR\n")
        return 2
    out_root = os.path.join(argv[1], "heldout3")
    built = {}
    all_errors = []
    for cidx, cat in enumerate(CATEGORIES):
        records, truth = build(cat, cidx)
        errs = self_check(cat, records, truth)
        all_errors.extend("[%s] %s" % (cat, e) for e in errs)
        built[cat] = (records, truth)
    if all_errors:
        for e in all_errors[:50]:
            sys.stderr.write(e + "\n")
        sys.stderr.write("self-check FAILED (%d errors); nothing written\n"
                         % len(all_errors))
        return 1
    for cat in CATEGORIES:
        records, truth = built[cat]
        d = os.path.join(out_root, cat)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "corpus.jsonl"), "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print("heldout3/%-15s messages=%d hits=%d near_misses=%d self-check=ok"
              % (cat, len(records), len(truth["hits"]), len(truth["near_misses"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
