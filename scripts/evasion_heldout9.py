#!/usr/bin/env python3
"""Held-out evaluation set 9 for the chat compliance scanner (blind set).

Usage:
    python3 scripts/evasion_heldout9.py OUT_DIR

Writes OUT_DIR/heldout9/<category>/corpus.jsonl and truth.json for the six
categories below.  Standard library only, fully deterministic (fixed SEED).
All self-checks run before anything is written; on any failure the errors go
to stderr, nothing is written and the exit status is 1.

Templates in this file were written for this set only, without reference to
the scanner implementation or to earlier held-out sets.
"""

import calendar
import json
import os
import random
import re
import sys
import unicodedata

SEED = 9_20250109
CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation"]
PER_KIND = 150          # messages per kind (hit / near miss) per category
MAX_LEN = 120
MIN_LEN = 5
MAX_TRIES = 600

# ---------------------------------------------------------------------------
# Rule pack (keywords as documented for the default pack)
# ---------------------------------------------------------------------------
RULES = {
    "R1": ["保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"],
    "R2": ["内幕消息", "内部消息", "庄家", "拉升"],
    "R3": ["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    "R4": ["账户密码", "帮你操作", "代客理财", "全权委托"],
    "R5": ["私人微信", "加我个人号", "私人号"],
}
R2_EXEMPT = ["大盘拉升", "指数拉升", "板块拉升", "尾盘拉升", "早盘拉升"]

# simplified -> traditional, used to sprinkle traditional characters; the
# inverse is used when normalising for the self-checks.
S2T = {
    '稳': '穩', '赚': '賺', '赔': '賠', '证': '證', '险': '險', '风': '風', '内': '內',
    '庄': '莊', '转': '轉', '账': '賬', '户': '戶', '个': '個', '飞': '飛', '单': '單',
    '点': '點', '码': '碼', '帮': '幫', '财': '財', '权': '權', '托': '託', '号': '號',
    '这': '這', '说': '說', '们': '們', '会': '會', '让': '讓', '还': '還', '没': '沒',
    '吗': '嗎', '给': '給', '对': '對', '问': '問', '题': '題', '时': '時', '间': '間',
    '现': '現', '买': '買', '卖': '賣', '钱': '錢', '银': '銀', '经': '經', '资': '資',
    '产': '產', '过': '過', '实': '實', '为': '為', '发': '發', '动': '動', '开': '開',
    '关': '關', '应': '應', '该': '該', '绝': '絕', '诉': '訴', '请': '請', '谢': '謝',
    '话': '話', '认': '認', '识': '識', '讲': '講', '谁': '誰', '难': '難', '门': '門',
    '东': '東', '车': '車', '长': '長', '边': '邊', '场': '場', '机': '機', '网': '網',
    '报': '報', '举': '舉', '严': '嚴', '规': '規', '监': '監', '许': '許', '违': '違',
    '骗': '騙', '诈': '詐', '谨': '謹', '费': '費', '务': '務', '么': '麼', '亏': '虧',
    '涨': '漲', '万': '萬', '营': '營', '业': '業', '级': '級', '块': '塊', '续': '續',
    '专': '專', '属': '屬', '确': '確', '样': '樣', '听': '聽', '线': '線', '岁': '歲',
    '几': '幾', '准': '準', '赢': '贏', '领': '領', '导': '導', '从': '從', '来': '來',
}
T2S = {t: s for s, t in S2T.items()}

# ---------------------------------------------------------------------------
# Normalisation / keyword detection (used by the self-checks)
# ---------------------------------------------------------------------------


def _fold(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return "".join(T2S.get(c, c) for c in t)


def normalize(text, heavy=False):
    out = []
    for c in _fold(text):
        cat = unicodedata.category(c)
        if cat[0] in "PZ" or cat in ("Cc", "Cf"):
            continue
        if heavy and cat[0] == "S":
            continue
        out.append(c)
    return "".join(out)


def detect(norm_text):
    return sorted(r for r, kws in RULES.items() if any(k in norm_text for k in kws))


# ---------------------------------------------------------------------------
# Number readings / validators (R6)
# ---------------------------------------------------------------------------
DIGIT_MAP = {}
for _i in range(10):
    DIGIT_MAP[str(_i)] = str(_i)
    DIGIT_MAP[chr(0xFF10 + _i)] = str(_i)
for _chars, _d in (("〇零", "0"), ("一幺壹", "1"), ("二两兩贰貳", "2"), ("三叁參", "3"),
                   ("四肆", "4"), ("五伍", "5"), ("六陆陸", "6"), ("七柒", "7"),
                   ("八捌", "8"), ("九玖", "9")):
    for _c in _chars:
        DIGIT_MAP[_c] = _d
X_CHARS = set("XxＸｘ")
SEP_CHARS = set(" \t\r\n\u3000\u00a0-‐‑‒–—―－_.．·•・/／\\,，、:：;；'’‘\"“”()（）+＋[]【】~～|")
SEP_CHARS |= {"\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"}
MAX_SEP_RUN = 3


def digit_runs(text):
    """Maximal runs of digits in any script, separators (<=3 in a row) allowed
    between digits; an X directly after digits ends a run as an ID check char."""
    runs, cur, pend = [], [], 0
    for ch in text:
        d = DIGIT_MAP.get(ch)
        if d is not None:
            if cur and pend > MAX_SEP_RUN:
                runs.append(cur)
                cur = []
            cur.append(d)
            pend = 0
            continue
        if ch in X_CHARS and cur and pend <= MAX_SEP_RUN:
            cur.append("X")
            runs.append(cur)
            cur, pend = [], 0
            continue
        if ch in SEP_CHARS:
            if cur:
                pend += 1
            continue
        if cur:
            runs.append(cur)
        cur, pend = [], 0
    if cur:
        runs.append(cur)
    return ["".join(r) for r in runs]


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


def luhn_digit(payload):
    for d in "0123456789":
        if luhn_ok(payload + d):
            return d
    raise AssertionError


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_MAP = "10X98765432"


def id_check(first17):
    return ID_MAP[sum(int(a) * w for a, w in zip(first17, ID_W)) % 11]


def valid_mobile(s):
    return len(s) == 11 and s.isdigit() and s[0] == "1" and s[1] in "3456789"


def valid_card(s):
    return 16 <= len(s) <= 19 and s.isdigit() and s[0] != "0" and luhn_ok(s)


def valid_id(s):
    if len(s) != 18 or not s[:17].isdigit() or not (s[17].isdigit() or s[17] == "X"):
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2099 and 1 <= m <= 12):
        return False
    if not (1 <= d <= calendar.monthrange(y, m)[1]):
        return False
    return id_check(s[:17]) == s[17]


def valid_any(s):
    return valid_mobile(s) or valid_card(s) or valid_id(s)


def valid_windows(text):
    found = []
    for run in digit_runs(text):
        n = len(run)
        for L in (11, 16, 17, 18, 19):
            for i in range(0, n - L + 1):
                w = run[i:i + L]
                if valid_any(w):
                    found.append(w)
    return found


def exact_valid_runs(text):
    out = []
    for run in digit_runs(text):
        if valid_any(run) or (len(run) == 13 and run.startswith("86") and valid_mobile(run[2:])):
            out.append(run)
    return out


# ---------------------------------------------------------------------------
# Number generation / rendering
# ---------------------------------------------------------------------------
MOB_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151",
                "152", "153", "155", "156", "157", "158", "159", "166", "170", "173", "175", "176",
                "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191",
                "198", "199"]
REGIONS = ["110105", "310104", "440305", "510107", "320102", "330106", "420106", "210102",
           "370202", "500103", "610113", "230103", "350203", "450103", "410105", "130102",
           "220104", "360102", "430104", "520102"]
BINS = ["622202", "621700", "622848", "621483", "622588", "621661", "623058", "622700",
        "625965", "436742", "622609", "621226", "628288", "622155", "621799", "622262"]
CN_SIMPLE = {'0': '零', '1': '一', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六',
             '7': '七', '8': '八', '9': '九'}
CN_FORMAL = {'0': '零', '1': '壹', '2': '贰', '3': '叁', '4': '肆', '5': '伍', '6': '陆',
             '7': '柒', '8': '捌', '9': '玖'}


def rdigits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def cn_map(rng, formal=False):
    if formal:
        return dict(CN_FORMAL)
    m = dict(CN_SIMPLE)
    m['0'] = rng.choice(['零', '〇'])
    m['1'] = rng.choice(['一', '幺', '幺'])
    m['2'] = rng.choice(['二', '二', '两'])
    return m


def render(ds, rng, script="ar", groups=None, sep="", xcase="X"):
    m = cn_map(rng, formal=(script == "cnf"))
    chars = []
    for d in ds:
        if d == "X":
            chars.append(xcase)
            continue
        s = script
        if s == "mix":
            s = rng.choice(["ar", "fw", "cn"])
        if s == "ar":
            chars.append(d)
        elif s == "fw":
            chars.append(chr(0xFF10 + int(d)))
        else:
            chars.append(m[d])
    if not groups:
        return "".join(chars)
    parts, i = [], 0
    for g in groups:
        parts.append("".join(chars[i:i + g]))
        i += g
    if i < len(chars):
        parts.append("".join(chars[i:]))
    return sep.join(p for p in parts if p)


def groups_of4(n):
    g = [4] * (n // 4)
    if n % 4:
        g.append(n % 4)
    return g


def gen_mobile(rng):
    return rng.choice(MOB_PREFIXES) + rdigits(rng, 8)


def gen_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return y, m, d


def gen_id(rng, want_x=False, y0=1945, y1=2006):
    while True:
        y, m, d = gen_date(rng, y0, y1)
        first = rng.choice(REGIONS) + "%04d%02d%02d" % (y, m, d) + rdigits(rng, 3)
        s = first + id_check(first)
        if want_x and s[-1] != "X":
            continue
        return s


def gen_card(rng, length=None):
    length = length or rng.choice([16, 19, 19, 16, 18, 17, 19])
    b = rng.choice(BINS)
    payload = b + rdigits(rng, length - len(b) - 1)
    return payload + luhn_digit(payload)


def fmt_mobile(rng, ds=None, kind=None):
    ds = ds or gen_mobile(rng)
    kind = kind or rng.choice(["plain", "plain", "344", "344", "434", "fw", "cn", "cnsp", "mix",
                               "86", "dot"])
    if kind == "plain":
        return ds
    if kind == "344":
        return render(ds, rng, "ar", [3, 4, 4], rng.choice([" ", "-", " - ", "  "]))
    if kind == "434":
        return render(ds, rng, "ar", [4, 3, 4], rng.choice([" ", "-"]))
    if kind == "dot":
        return render(ds, rng, "ar", [3, 4, 4], rng.choice([".", "·", "/"]))
    if kind == "fw":
        return render(ds, rng, "fw", rng.choice([None, [3, 4, 4]]), rng.choice([" ", "－", "　"]))
    if kind == "cn":
        return render(ds, rng, "cn")
    if kind == "cnsp":
        return render(ds, rng, "cn", [3, 4, 4], rng.choice([" ", "，", "、", "-"]))
    if kind == "mix":
        return render(ds, rng, "mix", rng.choice([None, [3, 4, 4]]), " ")
    if kind == "86":
        pre = rng.choice(["+86 ", "+86-", "86 ", "(+86)", "+86", "0086 "])
        if pre.startswith("00"):
            pre = "+86 "
        body = render(ds, rng, "ar", rng.choice([None, [3, 4, 4]]), rng.choice([" ", "-"]))
        return pre + body
    raise ValueError(kind)


def fmt_id(rng, ds=None, kind=None):
    ds = ds or gen_id(rng)
    kind = kind or rng.choice(["plain", "plain", "684", "6444", "fw", "cn", "mix", "lx"])
    if kind == "plain":
        return ds
    if kind == "684":
        return render(ds, rng, "ar", [6, 8, 4], rng.choice([" ", "-", " "]))
    if kind == "6444":
        return render(ds, rng, "ar", [6, 4, 4, 4], rng.choice([" ", "-"]))
    if kind == "fw":
        return render(ds, rng, "fw")
    if kind == "cn":
        return render(ds, rng, "cn", rng.choice([None, [6, 8, 4]]), " ")
    if kind == "mix":
        return render(ds, rng, "mix")
    if kind == "lx":
        return render(ds, rng, "ar", rng.choice([None, [6, 8, 4]]), " ", xcase="x")
    raise ValueError(kind)


def fmt_card(rng, ds=None, kind=None):
    ds = ds or gen_card(rng)
    kind = kind or rng.choice(["plain", "4sp", "4sp", "4dash", "fw4", "cnf", "cn", "mix", "slash"])
    g = groups_of4(len(ds))
    if kind == "plain":
        return ds
    if kind == "4sp":
        return render(ds, rng, "ar", g, rng.choice([" ", "  ", "\u3000"]))
    if kind == "4dash":
        return render(ds, rng, "ar", g, rng.choice(["-", "－"]))
    if kind == "slash":
        return render(ds, rng, "ar", g, "/")
    if kind == "fw4":
        return render(ds, rng, "fw", g, " ")
    if kind == "cnf":
        return render(ds, rng, "cnf", rng.choice([None, g]), " ")
    if kind == "cn":
        return render(ds, rng, "cn")
    if kind == "mix":
        return render(ds, rng, "mix", g, " ")
    raise ValueError(kind)


# --- near-miss number shapes ------------------------------------------------

def nm_order(rng, ctx):
    y, m, d = gen_date(rng, 2024, 2025)
    core = "%04d%02d%02d" % (y, m, d) + rdigits(rng, rng.choice([6, 8, 10]))
    return rng.choice(["DD", "NO.", "", "JY", "SG-"]) + core


def nm_amount(rng, ctx):
    v = rng.randint(10_000, 8_000_000)
    s = "{:,}".format(v)
    if rng.random() < 0.6:
        s += ".%02d" % rng.randint(0, 99)
    return rng.choice(["", "", "¥", "￥"]) + s


def nm_hotline(rng, ctx):
    r = rng.random()
    if r < 0.4:
        return rng.choice(["95588", "95533", "95566", "95599", "95555", "95558", "95595", "95528"])
    if r < 0.8:
        return "400-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    return "400" + rdigits(rng, 7)


def nm_mob10(rng, ctx):
    ds = rng.choice(MOB_PREFIXES) + rdigits(rng, 7)
    return rng.choice([ds, render(ds, rng, "ar", [3, 3, 4], " "), render(ds, rng, "ar", [3, 4, 3], "-")])


def nm_mob10_cn(rng, ctx):
    ds = rng.choice(MOB_PREFIXES) + rdigits(rng, 7)
    return render(ds, rng, "cn", rng.choice([None, [3, 3, 4]]), " ")


def nm_mob_bad2(rng, ctx):
    ds = "1" + rng.choice("012") + rdigits(rng, 9)
    return rng.choice([ds, render(ds, rng, "ar", [3, 4, 4], rng.choice([" ", "-"]))])


def nm_policy(rng, ctx):
    n = rng.choice([17, 18, 20, 20, 21])
    ds = rng.choice(["88", "66", "P", "BD", "20"]) + rdigits(rng, n - 2)
    if ds[0].isdigit() and rng.random() < 0.5:
        digits = ds
        return render(digits, rng, "ar", groups_of4(len(digits)), " ")
    return ds


def nm_date_dash(rng, ctx):
    y, m, d = gen_date(rng, 2023, 2025)
    return rng.choice(["%04d-%02d-%02d", "%04d/%d/%d", "%04d.%02d.%02d", "%04d年%d月%d日"]) % (y, m, d)


def nm_datetime(rng, ctx):
    y, m, d = gen_date(rng, 2024, 2025)
    hh, mm, ss = rng.randint(9, 15), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice(["%02d:%02d:%02d" % (hh, mm, ss),
                       "%04d-%02d-%02d %02d:%02d" % (y, m, d, hh, mm),
                       "%02d:%02d" % (hh, mm)])


def nm_fundcode(rng, ctx):
    return rng.choice(["0", "16", "51", "00", "11"]) + rdigits(rng, 4) if rng.random() < 0.5 else \
        rng.choice(["0", "1", "5"]) + rdigits(rng, 5)


def nm_fundcode_fix(rng, ctx):
    s = nm_fundcode(rng, ctx)
    return s[:6].ljust(6, "0")


def nm_id_badcheck(rng, ctx):
    good = gen_id(rng, y0=2000, y1=2006)
    bad = rng.choice([c for c in "0123456789X" if c != good[-1]])
    ds = good[:17] + bad
    return rng.choice([ds, render(ds, rng, "ar", [6, 8, 4], " ")])


BAD_DATES = [("02", "30", "2月30号"), ("02", "31", "2月31号"), ("04", "31", "4月31号"),
             ("13", "05", "13月"), ("06", "31", "6月31号"), ("11", "31", "11月31号"),
             ("09", "31", "9月31号"), ("00", "12", "0月")]


def nm_id_baddate(rng, ctx):
    mm, dd, label = rng.choice(BAD_DATES)
    y = rng.randint(2000, 2008)
    first = rng.choice(REGIONS) + "%04d%s%s" % (y, mm, dd) + rdigits(rng, 3)
    ds = first + id_check(first)
    ctx["BADDAY"] = label
    return rng.choice([ds, render(ds, rng, "ar", [6, 8, 4], " ")])


def nm_id17(rng, ctx):
    good = gen_id(rng, y0=2000, y1=2006)
    k = rng.randint(6, 16)
    ds = good[:k] + good[k + 1:]
    return ds


def nm_track(rng, ctx):
    return rng.choice(["SF", "YT", "JD", "ZTO", "YD"]) + rdigits(rng, rng.choice([12, 13, 14]))


def nm_code6(rng, ctx):
    return rdigits(rng, 6)


def nm_a5(rng, ctx):
    return "1" + rng.choice("3456789") + rdigits(rng, 3)


def nm_b6(rng, ctx):
    return rdigits(rng, 6)


def nm_card_badluhn(rng, ctx):
    good = gen_card(rng, rng.choice([16, 19]))
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return rng.choice([bad, render(bad, rng, "ar", groups_of4(len(bad)), " ")])


def nm_card15(rng, ctx):
    ds = rng.choice("123456789") + rdigits(rng, 14)
    return rng.choice([ds, render(ds, rng, "ar", [4, 4, 4, 3], " ")])


def nm_birth(rng, ctx):
    y, m, d = gen_date(rng, 1952, 1978)
    ctx["AGE"] = str(2025 - y)
    return rng.choice(["%04d年%d月%d日" % (y, m, d), "%04d-%02d-%02d" % (y, m, d),
                       "%04d%02d%02d" % (y, m, d)])


def nm_landline(rng, ctx):
    area = rng.choice(["010", "021", "020", "0755", "0571", "028", "027", "024", "0532", "023"])
    local = rng.choice("2345678") + rdigits(rng, 7)
    f = rng.choice(["{a}-{l}", "({a}){l}", "{a} {l1} {l2}", "{a}-{l1}-{l2}"])
    return f.format(a=area, l=local, l1=local[:4], l2=local[4:])


def nm_contract(rng, ctx):
    y, m, d = gen_date(rng, 2023, 2025)
    return rng.choice(["HT", "XY", "QY", "BJ"]) + "-%04d-%02d%02d-%s" % (y, m, d, rdigits(rng, 4))


def nm_ticket(rng, ctx):
    y, m, d = gen_date(rng, 2024, 2025)
    return "%04d%02d%02d-%s" % (y, m, d, rdigits(rng, 6))


def nm_l4(rng, ctx):
    return rdigits(rng, 4)


def hit_card_with_last4(rng, ctx):
    ds = gen_card(rng)
    ctx["LAST4"] = ds[-4:]
    return fmt_card(rng, ds, rng.choice(["plain", "4sp", "4dash"]))


# ---------------------------------------------------------------------------
# Slot pools
# ---------------------------------------------------------------------------
POOLS = {
    "C": ["王姐", "李阿姨", "张叔", "刘总", "陈哥", "赵老师", "孙先生", "周女士", "吴大爷", "郑姐", "林哥",
          "黄总", "何老板", "马叔", "亲", "杨姐", "徐老师", "胡总", "老朱", "冯阿姨", "蒋哥", "罗姐", "宋总",
          "梁叔"],
    "C3": ["王姐", "李阿姨", "张叔", "刘总", "陈哥", "赵老师", "孙先生", "周女士", "吴大爷", "郑姐", "林哥",
           "黄总", "何老板", "马叔", "杨姐", "徐老师", "胡总", "老朱", "冯阿姨", "蒋哥", "罗姐", "宋总",
           "梁叔", "客户刘先生", "一位老客户"],
    "SN": ["小陈", "小李", "小王", "小刘", "小张", "小周", "小林", "小何", "小罗", "小宋"],
    "P": ["稳盈3号", "鑫享年年", "安泰增利", "聚财宝", "恒睿一期", "瑞丰定开债", "金穗181天", "御享金越",
          "红利优选", "尊享年金", "恒远12号", "长盈私募1号", "睿远成长", "汇利双月盈", "禧福年年", "双季鑫",
          "中证500增强", "安心益"],
    "S": ["这只票", "华锐精工", "东旭新材", "鼎盛科技", "中天智联", "那只军工股", "这个票子", "宏川能源",
          "蓝海芯片", "金石环保", "那只次新股", "启明电子"],
    "A": ["5万", "10万", "20万", "30万", "50万", "100万", "8万", "15万", "二十万", "三十万", "50w", "80万"],
    "R": ["4.5%", "6%", "年化7%", "8个点", "10%", "12%", "5.2%", "年化9%", "6个点", "7.5%"],
    "Y": ["4.5%", "5%", "6%", "7%", "5.8%", "8%", "6.5%", "9%"],
    "RB": ["1个点", "2个点", "1.5%", "0.8%", "3个点", "千分之五", "两个点", "一个点"],
    "DD": ["2%", "3.5%", "1.8%", "4%", "2.6%", "3%"],
    "E": ["[微笑]", "[呲牙]", "[抱拳]", "[玫瑰]", "[OK]", "[强]", "😊", "👍", "🙏", "😂", "[捂脸]",
          "[奸笑]", "🤝", "[握手]", "😁", "🌹", "[愉快]", "💪"],
    "PT": ["啊", "呢", "哈", "嘛", "哦", "哈哈", "～", "呀", "啦"],
    "T": ["下周", "月底前", "这两天", "周五前", "节后", "下个月", "明天", "下周一", "这周", "月中"],
    "BANK": ["工行", "建行", "招行", "农行", "中行", "交行", "浦发", "兴业"],
    "LD": ["各位", "兄弟们", "大家", "家人们", "伙伴们", "各位同事", "team", "宝子们"],
    "NAME": ["张丽华", "王建国", "李秀英", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴芳", "孙红梅",
             "马志强"],
    "FEE": ["0.15%", "1.2%", "1.5%", "0.12%", "0.6%", "0.8%"],
}

NUM_SLOTS = {
    "MOB": lambda rng, ctx: fmt_mobile(rng),
    "MOB_CN": lambda rng, ctx: fmt_mobile(rng, kind=rng.choice(["cn", "cnsp"])),
    "MOB_FW": lambda rng, ctx: fmt_mobile(rng, kind="fw"),
    "MOB_86": lambda rng, ctx: fmt_mobile(rng, kind="86"),
    "MOB_MIX": lambda rng, ctx: fmt_mobile(rng, kind="mix"),
    "MOB_SP": lambda rng, ctx: fmt_mobile(rng, kind=rng.choice(["344", "434", "cnsp"])),
    "MOB_DOT": lambda rng, ctx: fmt_mobile(rng, kind="dot"),
    "ID": lambda rng, ctx: fmt_id(rng),
    "ID_AR": lambda rng, ctx: fmt_id(rng, kind=rng.choice(["plain", "684", "6444"])),
    "MOB_AR": lambda rng, ctx: fmt_mobile(rng, kind=rng.choice(["plain", "344", "434", "dot"])),
    "CARD_AR": lambda rng, ctx: fmt_card(rng, kind=rng.choice(["plain", "4sp", "4dash"])),
    "ID_CN": lambda rng, ctx: fmt_id(rng, kind="cn"),
    "ID_LX": lambda rng, ctx: fmt_id(rng, gen_id(rng, want_x=True), kind="lx"),
    "CARD": lambda rng, ctx: fmt_card(rng),
    "CARD_L4": hit_card_with_last4,
    "CARD_CN": lambda rng, ctx: fmt_card(rng, kind=rng.choice(["cnf", "cn"])),
    "CARD_DASH": lambda rng, ctx: fmt_card(rng, kind="4dash"),
    "CARD_SLASH": lambda rng, ctx: fmt_card(rng, kind=rng.choice(["slash", "fw4", "mix"])),
    "ORDER": nm_order,
    "AMT_COMMA": nm_amount,
    "HOTLINE": nm_hotline,
    "MOB10": nm_mob10,
    "MOB10_CN": nm_mob10_cn,
    "MOB_BAD2": nm_mob_bad2,
    "POLICY": nm_policy,
    "DATE_DASH": nm_date_dash,
    "DATETIME": nm_datetime,
    "FUNDCODE": nm_fundcode_fix,
    "ID_BADCHECK": nm_id_badcheck,
    "ID_BADDATE": nm_id_baddate,
    "ID17": nm_id17,
    "TRACK": nm_track,
    "CODE6": nm_code6,
    "A5": nm_a5,
    "B6": nm_b6,
    "CARD_BADLUHN": nm_card_badluhn,
    "CARD15": nm_card15,
    "BIRTH": nm_birth,
    "LANDLINE": nm_landline,
    "CONTRACT": nm_contract,
    "TICKET": nm_ticket,
    "L4": nm_l4,
    "N": lambda rng, ctx: str(rng.randint(3, 60)),
    "SHARES": lambda rng, ctx: "{:,}".format(rng.randint(10_000, 3_000_000)) + rng.choice(["", ".00", ".%02d" % rng.randint(1, 99)]),
    "H1": lambda rng, ctx: rng.choice(["8:30", "9:00", "早上8点", "上午9点"]),
    "H2": lambda rng, ctx: rng.choice(["17:30", "18:00", "晚上8点", "下午5点半", "21:00"]),
}

# ---------------------------------------------------------------------------
# Templates.  (kind, directions, rules, pattern)
#   directions: sc staff->customer, cs customer->staff, ss staff->staff,
#               grp staff in group chat
#   pattern: <<a|b|c>> picks one alternative (nesting allowed), {SLOT} fills.
# ---------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["numbers"] = [
    ("hit", "cs", "R6", "我手机号是{MOB}，<<有事|到了|方便的时候>>打我电话"),
    ("hit", "sc", "R6", "{C}您好，我是您的客户经理{SN}，我的<<电话|手机>>{MOB_AR}，<<有事随时打|随时联系>>{E}"),
    ("hit", "cs", "R6", "身份证号{ID}，<<你帮我|麻烦帮我|帮忙>>登记一下"),
    ("hit", "cs", "R6", "卡号{CARD}\n<<户名|开户名>>{NAME}\n开户行<<：|>>{BANK}"),
    ("hit", "cs", "R6", "我的电话是{MOB_CN}你记一下<<啊|哈|嘛>>"),
    ("hit", "ss", "R6", "<<帮忙|麻烦>>查下这个客户，身份证{ID_AR}，<<手机|电话>>{MOB}"),
    ("hit", "cs", "R6", "{SN}啊，我<<把|>>卡号发给你：{CARD}，是{BANK}的"),
    ("hit", "grp", "R6", "{C3}的<<回访|联系>>电话：{MOB}，<<谁|哪位>><<有空|方便>>跟进一下"),
    ("hit", "cs", "R6", "<<嗯嗯|好的>>，<<我老伴的|我儿子的>>电话{MOB}，身份证{ID}"),
    ("hit", "sc", "R6", "{C}，<<核对一下|确认下>>您的<<预留|绑定>>卡号<<是不是|是否>>{CARD}？"),
    ("hit", "cs", "R6", "电话：{MOB_FW}"),
    ("hit", "cs", "R6", "<<我在国外|人在香港|最近在新加坡>>，<<打|联系>>这个<<号|号码>>：{MOB_86}"),
    ("hit", "cs", "R6", "卡号{CARD_CN}"),
    ("hit", "cs", "R6", "我的手机号{MOB_MIX}<<哈|呢|。|，记下>>"),
    ("hit", "cs", "R6", "身份证{ID_LX}，最后一位是<<字母|小写的>>x"),
    ("hit", "sc", "R6", "卡号{CARD_L4}，尾号{LAST4}的这张<<对吧|没错吧>>？<<理赔款|退款>>会打到这张卡上"),
    ("hit", "cs", "R6", "你记一下我电话{MOB_SP}打不通就发短信"),
    ("hit", "cs", "R6", "<<微信|微信号>>就是手机号{MOB_DOT}<<，|>>搜得到"),
    ("hit", "grp", "R6", "转账失败的那个客户，<<卡号|银行卡>>{CARD_DASH}，<<户名|姓名>>{NAME}，<<谁|大家>>帮<<看看|查查>>"),
    ("hit", "cs", "R6", "我個電話係{MOB}，<<得閒|有空>>打俾我"),
    ("hit", "cs", "R6", "<<我|俺>>身份证<<号码|号>>是{ID_CN}"),
    ("hit", "cs", "R6", "<<卡|卡号>>：{CARD_SLASH} <<谢谢|麻烦了>>"),
    ("hit", "sc", "R6", "<<您好|你好>>，这是我们<<对接|对口>>同事{NAME}的手机{MOB}，<<直接|可以直接>>联系就行"),
    ("hit", "cs", "R6", "<<老婆|媳妇>>的身份证{ID}，手机{MOB_CN}，<<一起|都>>登记上"),

    ("hit", "cs", "R6", "{MOB}"),
    ("hit", "cs", "R6", "电话{MOB}<<～|。|>>"),
    ("hit", "sc", "R6", "{C}您好，开户资料我这边核对一下：姓名{NAME}，身份证{ID_AR}，预留手机{MOB_AR}，银行卡{CARD_AR}，<<如有错误|哪里不对>>请告诉我，<<核对无误后|确认后>>我提交审核{E}"),

    ("hit", "cs", "R6", "{SN}啊我跟你说我刚才去银行<<柜台|网点>>问了<<人家|他们>>说要我把卡号发给你<<你记一下|你记好>>{CARD_CN}<<还有|另外>>我<<儿子|闺女>>的手机{MOB_CN}有事你<<找|打给>><<孩子|家里人>>也行"),
    ("nm", "sc", "R6", "{C}，<<您的|这笔>>订单号{ORDER}，<<查询|对账>>用"),
    ("nm", "sc", "R6", "<<到账|打款>>金额：{AMT_COMMA}元，<<请核对|您核对一下>>"),
    ("nm", "cs", "R6", "我手机尾号{L4}，<<你们|您>>查<<下|一下>>"),
    ("nm", "sc", "R6", "<<服务|客服>>热线{HOTLINE}，工作日{H1}到{H2}"),
    ("nm", "cs", "R6", "<<我|我的>>手机号{MOB10}<<……|，>>不对少了一位，<<等会|等下>>再发"),
    ("nm", "sc", "R6", "<<保单号|合同编号>>{POLICY}，<<生效日期|起保日>>{DATE_DASH}"),
    ("nm", "sc", "R6", "<<产品|基金>>代码{FUNDCODE}，<<申购费率|费率>>{FEE}"),
    ("nm", "cs", "R6", "身份证<<号|>>{ID_BADCHECK}<<对吗|这个对不>>？我<<记不太清|也记不清>>了"),
    ("nm", "sc", "R6", "<<开户|签约>>日期{DATE_DASH}，<<成交|交易>>时间{DATETIME}"),
    ("nm", "grp", "R6", "<<今日|今天>>新开户{N}户，<<入金|净入金>>{AMT_COMMA}元，<<大家|各位>>加油"),
    ("nm", "cs", "R6", "<<快递单号|物流单号>>{TRACK}，<<资料|合同>><<寄过去了|已寄出>>"),
    ("nm", "cs", "R6", "收到验证码{CODE6}了，<<然后呢|下一步呢>>？"),
    ("nm", "sc", "R6", "{C}，您的<<会员编号|客户编号>>是{A5}，<<当前积分|积分余额>>{B6}"),
    ("nm", "sc", "R6", "身份证号码要18位，您发的{ID17}只有17位，<<麻烦|请>>再<<核对|检查>>一下"),
    ("nm", "cs", "R6", "<<银行卡|卡号>>是{CARD_BADLUHN}吗？我<<从存折上抄的|抄的>>，<<可能|也许>>抄错了"),
    ("nm", "sc", "R6", "<<出生日期|生日>>{BIRTH}，今年{AGE}岁，<<符合|满足>>投保条件"),
    ("nm", "sc", "R6", "<<赎回款|分红>>{AMT_COMMA}元已<<到账|划转>>，卡尾号{L4}"),
    ("nm", "cs", "R6", "<<我|俺>>家座机{LANDLINE}，<<白天|上午>><<有人|在家>>"),
    ("nm", "sc", "R6", "<<合同|协议>>编号：{CONTRACT}<<，请留存|>>"),
    ("nm", "sc", "R6", "您<<报|念>>的号码{MOB10_CN}<<好像|似乎>>少<<一位|了一位>>，能再说<<一遍|一次>>吗？"),
    ("nm", "grp", "R6", "工单{TICKET}<<已处理|已关闭>>，{C3}<<已回访|已确认>>"),
    ("nm", "cs", "R6", "我的<<会员卡|积分卡>>号{CARD15}，<<积分|里面的积分>>能<<换|兑换>>什么？"),
    ("nm", "sc", "R6", "身份证{ID_BADDATE}<<这个|的>>出生日期<<不对|有问题>>，<<没有|哪有>>{BADDAY}，<<麻烦|请您>>再看看"),
    ("nm", "cs", "R6", "<<电话|手机>>号是{MOB_BAD2}吗？<<短信上|名片上>>印的，<<感觉|好像>>不对"),
    ("nm", "cs", "R6", "验证码{CODE6}"),
    ("nm", "sc", "R6", "尾号{L4}<<的卡|那张>>"),
    ("nm", "sc", "R6", "{C}您好，您{DATE_DASH}申购的{P}已确认，确认份额{SHARES}份，<<合同编号|协议编号>>{CONTRACT}，如有疑问请拨打客服热线{HOTLINE}，<<感谢您的信任|祝您生活愉快>>"),
    ("nm", "cs", "R6", "我跟你说一下情况啊，我是{BIRTH}出生的，今年{AGE}岁，家里座机{LANDLINE}，手机尾号{L4}，<<上次|之前>>买的那个{P}<<是不是到期了？|应该到期了吧？>>"),
    ("nm", "sc", "R6", "{C}您好，<<提醒|温馨提醒>>您：您持有的{P}将于{DATE_DASH}到期，<<到期金额|预计到账>>约{AMT_COMMA}元，<<资金|款项>>将<<原路|自动>>返回尾号{L4}的<<银行卡|卡>>，如需<<续投|转投>>请在到期前<<联系我|告诉我>>，<<客服热线|服务热线>>{HOTLINE}"),
]

TEMPLATES["rhetorical"] = [
    ("hit", "sc", "R1", "{C}，您看{P}这<<收益曲线|净值走势>>，<<这跟保本有啥区别|这不跟保本一样吗>>？<<还犹豫啥|还有啥好担心的|您还等什么>>{E}"),
    ("hit", "sc", "R1", "稳赚不赔还能有假？我<<带的|服务的|手上的>>客户<<三年|五年|这么多年>>没一个亏的{PT}"),
    ("hit", "sc", "R1", "本金<<有|由>>{BANK}托管，收益<<合同里|白纸黑字>>写着{R}，您说这还能不是零风险？"),
    ("hit", "sc", "R3", "干嘛非走公司账户？私下转账<<多省事|又快又省>>，<<大家|好多客户>>都这么<<转|弄>>的{PT}"),
    ("hit", "sc", "R2", "我要不是<<拿到了|手里有>>内部消息，能<<这么肯定|这么有底气>>让您{T}<<满仓|重仓>>{S}吗？"),
    ("hit", "sc", "R2", "庄家都<<进场了|在里面了|已经建完仓了>>，您说{S}能不涨吗？<<赶紧|抓紧>>上车{E}"),
    ("hit", "sc", "R2", "您见过哪次{S}拉升前我没<<提前|事先>>通知您的？这次<<周三|下周一|明天>>开始拉升，<<赶紧|抓紧>>上车"),
    ("hit", "sc", "R3", "怎么就不能转到我个人卡上呢？<<都是自己人|我又跑不了|咱俩谁跟谁>>，<<省得|免得>>走公司流程<<慢|麻烦>>{PT}"),
    ("hit", "sc", "R3", "飞单怎么了？<<哪家|谁家>>不这么干？您签我这边<<这个|的>>{P}，收益比公司挂的<<高|多>>{R}"),
    ("hit", "sc", "R3", "返点这种事<<谁家|哪家>>不给<<啊|呀>>？您买{A}，我<<私下|悄悄>>返您{RB}，<<够意思吧|还不满意吗>>？"),
    ("hit", "sc", "R4", "您把账户密码给我，不就省得<<天天|每天>>盯盘了吗？我帮你操作，<<您就|您只管>>等着<<收钱|看收益>>{E}"),
    ("hit", "sc", "R4", "全权委托给我有啥不放心的？<<我干这行|我入行>><<八年|十几年>>了，您<<就|只管>>躺着<<收钱|数钱>>吧"),
    ("hit", "sc", "R4", "代客理财<<哪家|哪个>>券商没<<做过|干过>>？您<<交给我|放我这|全交给我>>，<<省心多了|比您自己炒强多了>>{PT}"),
    ("hit", "sc", "R5", "加我私人微信不是更方便吗？<<工作号|这个号>>消息多<<容易漏|老被淹>>，<<有好票|有好消息>>我第一时间发您"),
    ("hit", "sc", "R5", "在工作号上说这些您觉得合适吗？这边<<有记录|都留痕>>，加我私人号，<<咱们|我们>><<细聊|慢慢聊>>{E}"),
    ("hit", "sc", "R1", "{P}都保本了，您还挑啥收益<<啊|呀>>？<<稳稳的|妥妥的>>，您还想要<<啥|什么>>？"),
    ("hit", "sc", "R1", "您说这年头哪还有比{P}更稳的？保证收益{R}，到期<<本息|连本带利>>一分不少，<<这还不买|还等啥>>？"),
    ("hit", "sc", "R1", "包赚的事我能不<<叫|喊>>您吗？{S}这<<波|次>>您跟着我，<<肯定|必须>>翻红{E}"),
    ("hit", "sc", "R1", "稳赚的买卖您还<<要考虑|考虑啥>>？<<隔壁王总|别的客户>><<抢着要|都抢疯了>>{PT}"),
    ("hit", "sc", "R1", "不就是保本保收益<<嘛|吗>>，还有什么<<好问的|可担心的>>？签了吧{C}"),
    ("hit", "grp", "R2", "{LD}，这么好的内幕消息<<客户不知道|不告诉客户>>，不是<<浪费|可惜>>了吗？<<今天之内|下班前>>挨个通知{S}的事"),
    ("hit", "sc", "R1", "整那么多顾虑<<干啥|嘎哈>>？这玩意儿就是稳赚不赔，你<<瞅|看>>我啥时候坑过你{PT}"),
    ("hit", "sc", "R1", "{C}，你话呢<<啲|个>>唔系保本咩？梗系保本啦，<<放心买啦|放心啦>>"),
    ("hit", "sc", "R1", "啷个会亏嘛？{P}就是零风险的噻，<<你怕啥子嘛|莫担心嘛>>{C}"),

    ("hit", "sc", "R1", "<<这还不叫保本|这还不算保本|这跟保本有啥两样|不保本我能推给您>><<？|？？|？！>>"),
    ("hit", "sc", "R1", "{C}，我知道您<<之前|以前>>被<<P2P|那些平台>>坑过，<<心里有阴影|谨慎是对的>>，我也不跟您<<吹|说虚的>>，<<产品说明书|材料>>您自己看。<<但|可>>您想想，{P}<<托管在|背后是>>{BANK}，<<这么多年|成立以来>>一次没亏过，这不就是保本吗？<<您还担心什么|还犹豫什么>>"),

    ("hit", "sc", "R1", "<<稳赚啊|稳赚的>>，<<怕啥|犹豫啥>>？"),
    ("hit", "sc", "R1", "{C}，<<您刚才说的|您说的>>我都理解，<<年纪大了|钱来得不容易>>求稳是对的，<<我妈也这样|换我也这样>>。<<可是|但>>您<<仔细|好好>>想想，我<<在这行|干了>>这么多年，<<什么时候|哪一次>>让您亏过？{P}<<就是|说白了就是>>稳赚不赔的<<东西|产品>>，您还有<<什么|啥>>好犹豫的呢？<<|再说了，白纸黑字的东西，跑不了。|我家里人都买了。>>"),
    ("nm", "cs", "R1", "这个{P}保本吗？<<我年纪大了|我就这点养老钱|退休金就这么多>>，亏不起{PT}"),
    ("nm", "sc", "R1", "哪有稳赚不赔的好事？<<投资都有风险|市场有涨有跌>>，{P}也一样，您<<得|要>>想清楚{PT}"),
    ("nm", "sc", "R1", "谁跟您说{P}是保本的？它是<<净值型|浮动收益>>产品，<<合同里写得很清楚|不承诺本金安全>>"),
    ("nm", "cs", "R1", "有没有零风险的理财<<啊|呀>>，<<余额宝|货基>>那种<<都嫌|又嫌>>收益<<少|低>>🤔"),
    ("nm", "sc", "R1", "零风险？<<这世上|投资里>>哪来的零风险{PT}，连存款<<都只有|也只有>>存款保险<<兜底|的额度>>"),
    ("nm", "sc", "R3", "您问能不能私下转账？<<当然|肯定>>不行，<<所有款项|认购款>>只能打到{P}的<<募集专户|托管账户>>"),
    ("nm", "cs", "R3", "为<<啥|什么>>不能私下转账给你？公司<<账户|那边>><<到账|确认>>太慢了{PT}"),
    ("nm", "sc", "R3", "飞单？<<我怎么可能|谁敢>>干这种事，<<被查到|查出来>>是要开除的，您的钱都<<走|在>>公司系统"),
    ("nm", "sc", "R2", "庄家？现在<<监管|盯得>>这么严，哪还有<<什么|啥>>庄家能<<随便|随意>>操纵，<<别信|不要信>>那些<<荐股群|群>>"),
    ("nm", "sc", "R2", "您问今天为啥大盘拉升？<<主要是|应该是>><<央行降准|政策利好>>，<<新闻|公开信息>>里都有{PT}"),
    ("nm", "cs", "R2", "指数拉升了<<怎么|咋>>我的{S}还在跌？是不是<<该换了|要换一只>>"),
    ("nm", "sc", "R2", "内幕消息？我要真有内幕消息还用<<天天上班|天天给您打电话>>吗😂 都是<<看公开研报|看公告>>的"),
    ("nm", "sc", "R4", "账户密码能随便给人吗？<<包括我在内|谁都不行>>，<<交易|下单>>只能您本人来{PT}"),
    ("nm", "sc", "R4", "全权委托？<<说实话|跟您讲实话>>，<<我们哪有这个资质|这个我们做不了>>，{P}的申赎都得您<<本人|自己>>确认"),
    ("nm", "cs", "R4", "你们能代客理财吗？我<<平时|上班>>太忙<<没空|没时间>>看{PT}"),
    ("nm", "sc", "R5", "为什么要加私人微信呢？<<这个工作号|企业微信>><<就能|完全可以>>办<<所有|全部>>业务，<<还有记录|全程留痕>>，对您更有保障"),
    ("nm", "cs", "R5", "你有私人号吗？这个号<<晚上|周末>>你<<回消息吗|也回吗>>"),
    ("nm", "sc", "R1", "保本？<<现在|资管新规以后>>哪还有保本理财<<啊|呀>>，{C}<<别被|不要被>>忽悠了"),
    ("nm", "grp", "R1", "<<考考大家|抽查一下>>：客户问“<<这个|这产品>>保本吗”，<<应该怎么答|正确回答是什么>>？<<参考|答案>>：净值型产品不保本，<<要讲清楚风险|风险要讲透>>"),
    ("nm", "sc", "R1", "难道有人跟您说过保证收益？<<如果有|要是有>>的话请<<告诉我|跟我说>>，这是违规的"),
    ("nm", "sc", "R1", "包赚的话我自己<<早|都>>买了，还用<<卖给您|推荐给您>>吗😂 开玩笑<<哈|的>>，{P}<<有波动|是有风险的>>"),
    ("nm", "cs", "R1", "这个是不是稳赚的嘛？<<你莫哄我哦|莫要骗我哈>>"),
    ("nm", "sc", "R1", "您是想要保本的<<产品|东西>>吗？那<<大额存单|国债>>更合适，{P}<<不保本|是不保本的>>{PT}"),
    ("nm", "cs", "R3", "<<上次|之前>>有个<<人|客户经理>><<说|讲>>可以给我返点，<<这个|这种>>合规吗？"),
    ("nm", "cs", "R1", "<<能保本不|这个保本不|保本的吧>>？"),
    ("nm", "cs", "R1", "<<真的|真能|确定>>稳赚<<吗|？|啊？>>"),
    ("nm", "sc", "R1", "{C}，您问的问题<<特别好|很关键>>：{P}到底保不保本？<<说实话|老实讲>>，<<不保本|它不保本>>。净值型产品<<会有|有>>波动，<<过去|历史>>表现<<好|不错>>不代表以后<<一定|也>>好，您要是<<接受不了|受不了>>亏损，<<我建议|建议>>考虑大额存单"),
    ("nm", "sc", "R1", "{C}，<<您问|您说>>为什么别家的经理敢说“保本”，我不敢？<<因为|原因很简单>>，<<资管新规|新规>>之后<<理财|净值型产品>><<就|已经>>不能承诺保本了，谁<<这样|这么>>说谁违规。<<我宁可|我情愿>>少卖一单，也不想让您<<带着误解|稀里糊涂>>买，<<您说是吧|您理解吧>>？<<|想稳一点的话，我可以给您看看国债和大额存单。|>>"),
]

TEMPLATES["prohibition"] = [
    ("hit", "sc", "R3", "公司规定不能返佣，但{C}您是老客户，我私下给您返点{RB}，<<别声张|别跟别人说>>{PT}"),
    ("hit", "sc", "R1", "监管是不让说保本，但<<咱私下说|跟您交个底>>，{P}就是保本的，<<亏了|真亏了>>算我的"),
    ("hit", "sc", "R4", "<<虽然|虽说>><<制度|规定>>不允许代客理财，不过您<<实在没空|太忙>>的话，我帮你操作，<<出了事|有问题>>我担着"),
    ("hit", "sc", "R1", "按规定不得承诺收益，我只跟您一个人说：{P}保证收益{R}，<<稳稳的|没跑>>"),
    ("hit", "sc", "R3", "公司明令禁止私下交易，<<但是|不过>>这<<笔额度|期额度>>紧张，您直接转到我个人卡上，<<我给您|我帮您>>占住份额"),
    ("hit", "sc", "R3", "合规不许飞单，<<所以|那>>这单<<咱|就>>别走公司系统，我帮您<<认购|买>>外面那个{P}，收益<<高|多>>{R}"),
    ("hit", "sc", "R5", "按理说不该加私人微信，但<<有些话|有些消息>>这里不方便说，您加我私人微信{E}"),
    ("hit", "sc", "R1", "培训时<<领导|合规>>天天讲禁止承诺零风险，可{P}真的是零风险，<<我自己|我家里>>都买了{A}"),
    ("hit", "sc", "R2", "不允许透露内幕消息，所以我只能<<暗示|提示>>您：{S}{T}<<有大动作|要拉升>>，懂的都懂"),
    ("hit", "sc", "R4", "公司不让<<收|要>>客户的账户密码，您<<偷偷|悄悄>>发我就行，<<我看完就删|不会有人知道>>"),
    ("hit", "grp", "R3", "{LD}，明面上禁止返佣，但这个月冲业绩，<<大单|50万以上的>>客户可以返点{RB}，<<嘴上别说|别留文字>>"),
    ("hit", "sc", "R5", "我知道<<规定|制度>>不准加客户私人号，没事，<<咱俩|我们>>关系好，加我个人号，<<以后|有事>>都在那边说"),
    ("hit", "sc", "R1", "虽然合同里写了不保本，那都是<<走形式|格式条款>>，<<实际上|其实>>保本，<<从来没|从没>>亏过"),
    ("hit", "sc", "R4", "<<条例|制度>>写着不准代客理财、不准全权委托，但<<大家|同行>>都这么干，您<<签个|写个>>授权<<给我|就行>>，我<<全权|全部>>帮您打理"),
    ("hit", "sc", "R1", "<<公司不让说|规定不许讲>>稳赚，别的经理也不敢说，我敢：{S}这波稳赚{E}"),
    ("hit", "sc", "R3", "禁止飞单那是管<<我们|员工>>的，跟您没关系，这笔就走我朋友那边的渠道<<飞单|，不走公司系统>>，<<收益|利息>>多{R}"),
    ("hit", "sc", "R1", "不得以任何形式承诺保本——这条我知道，但{C}，<<咱俩之间|私下里>>我给您兜底，<<保本|绝对保本>>{E}"),
    ("hit", "sc", "R1", "公司不准说零风险<<嘛|哈>>，我跟你讲老实话，{P}就是零风险的，<<放一百个心|莫担心>>"),
    ("hit", "sc", "R3", "明文禁止私下转账的<<哈|哦>>，所以您转的时候备注写“借款”就行，直接转到我个人卡"),
    ("hit", "sc", "R2", "规定不让发内部消息，<<这条|这个>>您看完就删：{S}庄家<<已经|都>>吸筹完毕，{T}拉升"),
    ("hit", "sc", "R1", "监管不许我们说包赚，那我换个说法：跟着我买{S}，<<包赚不赔|只赚不赔>>"),
    ("hit", "sc", "R5", "禁止加私人微信是<<对新员工的|公司的规定>>，老客户没事，我私人微信就是<<这个|我的>>手机号，您<<搜一下|加一下>>"),
    ("hit", "ss", "R1", "<<按规定|照规定>>不能跟客户说保本，<<你就说|你就跟客户说>>“<<我们这个|这个产品>>没亏过”，<<意思到了|他懂的>>，<<反正|其实>>就是保本"),

    ("hit", "sc", "R1", "<<不让说，但就是保本|规定归规定，这个保本|明面不能说，实际保本>><<|哈|的>>"),
    ("hit", "grp", "R3", "{LD}，<<周例会|早会>>三件事：<<一是双录必须做全；二是风险测评不能代填；三是|第一，双录必须做全；第二，风险测评不能代填；第三，>>明面上不许返点，<<但是|不过>>{A}以上的客户<<可以|私下>>返{RB}，<<找我|跟我>>报备<<就行|就好>>"),

    ("hit", "sc", "R4", "{C}，<<是这样|跟您交个底>>：<<监管|公司>>规定我们不能代客理财，<<合同|协议>>上<<也|都>>写了<<风险自担|投资者自行决策>>，这些<<都是|全是>><<程序|流程>>。<<实际上|实际操作中>>，您把账户交给我，我帮你操作，<<每周|每个月>>给您<<汇报|报个数>>，<<您啥也不用管|您只管看收益>><<|，等收益出来了您再请我吃饭就行|。这事咱俩知道就行>>"),
    ("nm", "sc", "R1", "按监管口径，我们<<不可以|不能>>承诺保本，{P}<<是|属于>>净值型产品，收益会有波动{PT}"),
    ("nm", "sc", "R3", "飞单在我们这是<<明令禁止|严格禁止>>的，<<所有|您的每一笔>>认购都会在公司系统里留痕，您可以随时<<查|查询>>"),
    ("nm", "sc", "R3", "<<上周|这个月>>合规培训又<<讲了|强调了>>一遍：不许返佣。{C}<<这个真的不能给|您理解一下>>{E}"),
    ("nm", "grp", "R5", "【合规提示】即日起，严禁员工<<使用|通过>>私人微信与客户沟通业务，<<一经发现|违者>>严肃处理"),
    ("nm", "grp", "R2", "根据《证券法》，<<严禁|禁止>>利用内幕消息<<交易|从事证券交易>>，<<请各位|大家>>注意"),
    ("nm", "grp", "R4", "新规<<出来了|下发了>>：不准代客理财，不准<<收|保管>>客户账户密码，<<大家|各位>>自查一下"),
    ("nm", "sc", "R4", "按照规定，我们<<不能|不可以>>帮你操作账户，<<买卖|交易>>都需要您本人确认{PT}"),
    ("nm", "sc", "R4", "<<法规|规定>>明确禁止全权委托，所以每<<一|>>笔交易您都得自己下单，我只能<<提供参考|给建议>>"),
    ("nm", "grp", "R1,R3", "<<小测验|抽查>>：以下哪些是禁止的？A.私下转账 B.返点 C.承诺零风险 D.以上都是。<<答案|正确答案>>D"),
    ("nm", "sc", "R3", "公司不允许员工私下交易，<<您的款|认购款>>请<<务必|一定>>打到{BANK}募集专户"),
    ("nm", "cs", "R1", "听说你们行里<<禁止|不让>>说保本了？那<<以前|之前>>买的<<那些|>>理财<<咋办|怎么算>>"),
    ("nm", "grp", "R1", "禁止任何形式的“稳赚不赔”宣传，<<朋友圈|海报>>文案<<请先|需要先>>报合规审核"),
    ("nm", "grp", "R3", "飞单是红线，<<谁碰|碰了>>谁走人，<<这话|这句话>>我不想说第二遍"),
    ("nm", "sc", "R1", "按<<新规|资管新规>>，银行理财<<打破刚兑|不再保本>>了，不能保证收益，{C}<<要了解一下|心里有个数>>"),
    ("nm", "sc", "R1", "<<咱们|我们>>这行不许说包赚，<<市场|行情>>谁也说不准，<<我能做的|我能做到的>>是把风险给您讲清楚"),
    ("nm", "sc", "R5", "公司规定不能加客户私人号，<<有事|有问题>>您在这个号上<<找我|留言>>就行，我看到<<就回|马上回>>"),
    ("nm", "grp", "R2", "按规定不得<<打听|散布>>庄家动向之类的传言，<<研报|我们的观点>>都<<要|必须>>基于公开资料"),
    ("nm", "sc", "R3", "公司不准我们返点的<<嘛|噻>>，<<莫|不要>>为难我了{C}"),
    ("nm", "grp", "R3,R4", "《员工行为守则》第<<五|七>>条：不得<<要求|诱导>>客户私下转账，<<不得|禁止>>代客理财"),
    ("nm", "grp", "R3", "咱公司可不让飞单<<啊|哈>>，逮着就开除，<<老铁们|兄弟们>>都<<消停|老实>>点"),
    ("nm", "grp", "R3", "禁止<<收受或给予|给予客户>>返佣，<<包括|含>>礼品卡、<<购物卡|现金>>等<<形式|任何形式>>"),
    ("nm", "cs", "R1", "我闺女说现在银行<<不让|禁止>>卖保本的了，是真的吗{SN}？"),
    ("nm", "sc", "R1", "禁止<<承诺|宣传>>零风险是底线，{P}<<极端情况|最差情况>>下也可能亏损，请您<<知悉|了解>>"),
    ("nm", "ss", "R2", "<<领导|主管>>交代了，拉升<<前|之前>>打电话<<通知|提醒>>客户<<属于|算>>违规，<<咱|我们>>不能干"),
    ("nm", "grp", "R3", "<<严禁飞单|飞单严禁|禁止飞单>><<！|！！|。>>"),
    ("nm", "grp", "R1", "【合规提示】近期检查发现个别员工在朋友圈暗示“稳赚”“保本”，现重申：<<任何|所有>>营销材料<<不得|禁止>>出现收益承诺，<<违者|一经查实>>按《员工违规处理办法》<<处理|严肃处理>>，<<请各位|请大家>>自查"),
    ("nm", "sc", "R3", "<<不准|不许>>返佣<<哈|的哦|，见谅>>"),
    ("nm", "grp", "R1,R3,R5", "{LD}，<<合规部|风控部>><<下发|转发>>的<<《营销行为规范》|《销售行为负面清单》>><<重点|划重点>>：不得承诺保本保收益；不得<<诱导|引导>>客户私下转账；不得<<代客|替客户>>操作；不得<<引导客户|让客户>>加私人微信。<<请|各位>><<认真学习|仔细阅读>>，<<周五|下周>>考试"),
]

TEMPLATES["warning_report"] = [
    ("hit", "sc", "R2", "外面那些内幕消息<<十个有九个|基本>>是假的，<<但|可>>我这个<<不一样|是真的>>：{S}{T}拉升，<<赶紧|快>>上"),
    ("hit", "sc", "R5", "谨防诈骗，陌生人的私人微信<<别加|不要加>>，要加就加我个人号，<<咱俩|我们>>认识这么久了{E}"),
    ("hit", "sc", "R1", "风险提示我<<得|还是要>>说一下<<哈|啊>>：投资有风险。<<但是|不过>>说实话，{P}就是保本的，<<您放心|放心买>>"),
    ("hit", "sc", "R3", "我跟领导汇报过了，{C}这单我私下给您返点{RB}，领导<<默许|同意>>的"),
    ("hit", "sc", "R1", "<<温馨提示|友情提醒>>：市场有风险。<<不过|但>>{P}我敢打包票，保证收益{R}"),
    ("hit", "sc", "R4", "<<提醒一句|注意哈>>，千万别把账户密码告诉陌生人。告诉我<<没事|就行>>，我帮你操作，<<比您自己|肯定比您>>做得好"),
    ("hit", "sc", "R3", "<<最近|现在>>骗子多，<<很多人|不少人>>冒充我们让客户私下转账。您<<认准我|只认我>>，转到我个人<<卡上|账户>>就安全了"),
    ("hit", "sc", "R3", "<<有客户|隔壁营业部>>被投诉飞单，<<那是|是>>他们<<不会做|嘴不严>>，咱们这单照样飞单，只要您不说<<就没人知道|就没事>>"),
    ("hit", "sc", "R2", "<<我得|必须>>提醒您：庄家已经<<建仓|吸筹>>完了，{T}就拉升，<<别错过|错过就没了>>"),
    ("hit", "sc", "R1", "警惕高收益陷阱！<<像|比如>>那种<<年化|承诺>>30%的都是骗人的。{P}不一样，<<稳赚不赔|零风险>>，年化{Y}"),
    ("hit", "grp", "R1", "{LD}，风险提示照读，读完<<再|记得>>跟客户<<强调|补一句>>：{P}保本，<<放心买|亏不了>>"),
    ("hit", "sc", "R4", "谨防<<假冒|冒充>>客服！官方客服不会问您密码。<<我是您专属经理|我不一样>>，您账户密码发我，我<<帮您|给您>>盯着调仓"),
    ("hit", "sc", "R2", "别信那些<<荐股群|杀猪盘>>的内幕消息，<<真正的|靠谱的>>内幕消息<<只有|都在>>我这，{S}<<明早|下午>>有<<利好|大利好>>"),
    ("hit", "sc", "R3", "合规<<老是|天天>>提醒不能私下交易，<<其实|说白了>>就是怕我们抢公司<<生意|的钱>>，<<咱们|我们俩>>私下交易，<<手续费|费用>>全免"),
    ("hit", "sc", "R1", "风险<<揭示书|提示书>>您签一下就行，<<走个形式|都是走过场>>，{P}稳赚，<<您就|您>>放心"),
    ("hit", "sc", "R3", "之前有客户举报别人返佣，<<那是|是因为>>他们<<做得不干净|嘴不严>>。我给您返佣都<<是|给>>现金，<<查不到|没记录>>{E}"),
    ("hit", "sc", "R5", "<<提醒|注意>>：最近有人冒充我们推荐私人号。<<我等下|我一会儿>>发您我<<真正的|本人的>>私人号，<<以后|有事>>都<<在那边|那边>>联系"),
    ("hit", "sc", "R1", "<<俺|我>>跟你说<<啊|哈>>，外头那些说稳赚的都是忽悠，<<咱家|我们家>>{P}才是真稳赚，<<错不了|没毛病>>"),
    ("hit", "sc", "R1", "小心啲啊{C}，出面啲人讲<<包赚|保本>>都系呃人嘅，我哋{P}先系真正包赚"),
    ("hit", "sc", "R1", "<<以下|下面>>是风险提示：1.<<市场有风险|投资需谨慎>>；2.本产品零风险。<<请知悉|有问题随时问>>"),
    ("hit", "sc", "R4", "<<我|本人>>郑重提醒：<<不要|别>>把钱交给陌生人代客理财。交给我就不一样了，全权委托给我，<<年底|年终>>保您{Y}"),
    ("hit", "sc", "R2", "<<说句|讲句>>实话，<<别听|不要信>>外面瞎传的，我<<这边|手里>>有内部消息，{S}<<明天|周一>>开盘<<就|会>>涨停"),
    ("hit", "grp", "R3", "<<汇报|报告>>：{C3}<<嫌|觉得>>收益低，我已经<<答应|跟客户说好>>私下返点{RB}，<<这单|这笔>>稳了，<<大家|兄弟们>>可以学学"),
    ("hit", "sc", "R2", "<<风险提示|友情提示>>：股市有风险。<<但|不过>>{S}有庄家<<护盘|托底>>，<<跌不下去|跌不了>>，<<放心|大胆>>加仓"),

    ("hit", "sc", "R3", "<<小心骗子|谨防诈骗|当心被骗>>，返点<<找我|直接找我>>就行"),
    ("hit", "sc", "R3", "{C}，<<跟您说个事|提醒您一下>>：最近<<冒充|假冒>>我们公司的<<诈骗|骗子>>特别多，<<他们|骗子>>会<<发链接|让您下载APP>>、<<索要验证码|要验证码>>，<<千万别理|一律别信>>。<<还有|另外>>，您上次<<说|提>>的那笔钱<<直接|就>>转到我个人卡上<<就行|好了>>，<<比走公司快|省得排队>><<|，到账了我截图给您|。>>"),

    ("hit", "sc", "R2", "别信别人的内幕消息，<<信我的|我的才准>>"),
    ("hit", "sc", "R1", "<<重要提醒|特别提醒>>：{P}<<不是|并非>>存款，<<投资|购买>>需谨慎，<<过往业绩|历史业绩>>不代表未来表现，<<请您|请>><<仔细阅读|认真看一下>>产品说明书。<<以上是|上面是>>公司<<要求|规定>>我发的，<<您别担心|您别怕>>，<<这产品|这个>>保本，<<亏不了|放心买>>{E}"),
    ("nm", "sc", "R2", "<<朋友圈|短视频>>里<<那些|各种>>所谓内幕消息<<基本都是|十有八九是>>骗局，<<请勿|千万别>>相信，<<更不要|也不要>>转钱给对方{PT}"),
    ("nm", "sc", "R5", "陌生人<<发来|推送>>的私人微信<<一律|千万>>别加，<<当心|小心>>被骗，<<我们的|官方>>服务<<只在|仅通过>>企业微信{E}"),
    ("nm", "grp", "R1", "{C3}今天问{P}能不能保本，我<<直接|当场>>说了不能，客户后来<<还是|最终>>买了一点"),
    ("nm", "grp", "R3", "<<汇报|报告>>：{C3}反映有<<人|个自称我们员工的人>>要求其私下转账，我已经提醒客户不要转，<<已报|已上报>>合规"),
    ("nm", "sc", "R1", "<<防骗提醒|反诈提示>>：凡是<<承诺|宣称>>稳赚不赔、保证收益的，<<基本|八成>>都是诈骗"),
    ("nm", "sc", "R4", "提醒您：<<任何人|不管是谁>>问您要账户密码都不要给，<<包括|连>>我们员工<<也一样|在内>>"),
    ("nm", "grp", "R4", "<<最近|近期>>有不法分子冒充券商<<以代客理财为名|打着代客理财的旗号>>行骗，<<请|请各位>>提高警惕"),
    ("nm", "sc", "R2", "{C}，您说的那个<<股票群|荐股群>>里讲的“庄家<<要拉升|马上拉升>>”，<<多半|基本>>是<<割韭菜|骗局>>，<<别信|千万别跟>>"),
    ("nm", "sc", "R2", "<<昨天|今天>>尾盘拉升<<主要|应该>>是<<北向资金|外资>>流入，<<不用|别>>过度解读{PT}"),
    ("nm", "grp", "R3", "<<通报|情况通报>>：<<某|外地某>>分行员工因飞单被<<开除|辞退>>并追责，<<大家|请大家>>引以为戒"),
    ("nm", "cs", "R5", "我收到个短信<<说|讲>>加私人号<<领|送>>理财<<红包|体验金>>，是你们发的吗？"),
    ("nm", "sc", "R5", "不是我们发的！<<我们|公司>>从不让客户加私人号，<<那个|这种>>是诈骗短信，<<直接删|别理>>"),
    ("nm", "sc", "R1", "<<风险提示|温馨提示>>：{P}不保本，<<过往|历史>>业绩不代表未来，请<<根据自身情况|谨慎>>决定"),
    ("nm", "grp", "R3", "<<反馈|同步>>一下，{C3}问能不能返点，我<<说了|回复了>>公司规定不行，客户<<也理解|表示理解>>"),
    ("nm", "sc", "R3", "<<提醒|注意>>：有人<<冒用|盗用>>我的名字让客户转到我个人账户，<<那不是我|不是我本人>>！资金只能进公司专户"),
    ("nm", "cs", "R2", "{SN}啊，<<我侄子|我孙子>>说有个什么内部消息能赚大钱，你帮我看看<<靠不靠谱|靠谱不>>"),
    ("nm", "sc", "R1", "<<警惕|小心>>所谓“零风险”“包赚”的产品，<<天上不会掉馅饼|高收益必然伴随高风险>>"),
    ("nm", "grp", "R4", "我已经<<向合规|给合规部>>报备：{C3}要求全权委托，<<我已拒绝|被我拒绝了>>"),
    ("nm", "sc", "R5", "那些喊你加私人微信的<<莫|不要>>理他们<<哈|噻>>，都是<<骗子|搞诈骗的>>，有<<啥子|啥>>就在这儿问我"),
    ("nm", "ss", "R1", "又有人在<<群里|朋友圈>>吹<<稳赚|包赚>>了，<<真是|也是>>服了，<<钱|韭菜钱>>哪有那么好赚"),
    ("nm", "grp", "R3", "<<周报|本周风险事件>>：<<两起|2起>>客户<<反映|投诉>>外部人员<<以返佣为诱饵|用返佣引诱>>推销产品，<<已提醒|均已提示>>客户"),
    ("nm", "sc", "R2", "<<提示|提醒>>一下：拉升<<出货|诱多>>是常见的操纵手法，<<追高的|看到拉升就追的>>容易<<被套|站岗>>"),
    ("nm", "sc", "R1", "<<您放心|跟您说清楚>>，我不会跟您说保本<<这种话|之类的话>>，<<有风险的|风险>>我都<<提前讲|会讲清楚>>"),
    ("nm", "grp", "R4", "<<报告|汇报>>：{C3}<<想|打算>>把账户密码<<给我|交给我>>让我帮忙<<买卖|交易>>，<<我已拒绝|已婉拒>>并提醒客户修改密码"),
    ("nm", "sc", "R2", "<<谨防|当心|小心>>内幕消息<<诈骗|骗局>><<！|。|哈>>"),
    ("nm", "sc", "R1,R2,R5", "{C}，<<最近|近期>>有不少客户<<反映|跟我说>>接到<<自称|冒充>>我们员工的电话，<<对方|他们>>说有内幕消息、能<<保证收益|保本>>，还让<<加私人微信|加私人号>>。<<请您注意|请注意>>，<<我们|公司>>不会<<这样做|这么干>>，<<遇到|碰到>>请<<直接挂断|马上挂掉>>并<<告诉我|联系我>><<|，有任何疑问都可以在这里问我|。谢谢您的配合>>"),
    ("nm", "sc", "R5", "小心冒充的私人号<<！|哦|哈>>"),
    ("nm", "grp", "R1,R2,R3", "<<【风险事件通报】|【案例通报】>><<近日|上周>>，某<<营业部|支行>>客户经理<<以|用>>“内部消息”“稳赚不赔”为诱饵，<<诱导|引导>>客户<<私下转账|私下交易>>购买<<非本公司|外部>>产品，<<造成|导致>>客户损失<<数十万元|较大>>，<<该员工|当事人>>已被<<解除劳动合同|开除>>。<<请各位|大家>>引以为戒"),
]

TEMPLATES["refusal"] = [
    ("hit", "sc", "R4", "<<按说|按理说>>我们不提供代客理财，不过您实在没空的话，我<<可以|也可以>>帮你操作，<<就这一次|偶尔一次>>没事"),
    ("hit", "sc", "R1", "<<不能明说|不好明说>>保本，<<但|不过>>{C}您<<放心|就放心吧>>，<<真亏了|要是亏了>>我<<补给您|给您补上>>"),
    ("hit", "sc", "R3", "返点<<嘛|呢>>本来是不给的，<<看您是|您是>>老客户，<<这次|就这一次>>给您返点{RB}，<<下不为例|别外传>>"),
    ("hit", "sc", "R5", "私人微信<<一般|平时>>不加客户的，<<您例外|您不一样>>，<<加吧|我加您>>，<<回头|以后>>有好消息<<那边|私下>>说"),
    ("hit", "sc", "R2", "内幕消息我<<不能|没法>>给您，只能说{S}{T}<<会有|有>>大资金进来拉升，<<您懂的|自己体会>>"),
    ("hit", "sc", "R4", "<<不是|倒不是>>我不想帮你操作，<<是|主要是>>怕您不放心，<<这样|要不>>，账户密码发我，我<<先|就>>帮你操作<<一周|几天>>试试"),
    ("hit", "sc", "R3", "私下转账<<一般|原则上>>不行<<啊|哈>>，<<不过|但>>{A}以内<<问题不大|可以>>，转我<<支付宝|微信>>就行"),
    ("hit", "sc", "R4", "全权委托我不接，<<但|不过>>您把<<账户|账户密码>>给我，我<<看着|帮您看着>>调<<就行|一调>>"),
    ("hit", "sc", "R1", "<<书面上|合同上>>不能给您写保证收益，<<口头|私下>>跟您保证：{Y}，<<妥妥的|一分不少>>"),
    ("hit", "sc", "R3", "飞单我们<<不做|不干>>的……除非是您这种<<大客户|熟客>>，<<收益|利息>>能多{R}，要不要<<考虑|试试>>？"),
    ("hit", "sc", "R5", "加我个人号<<本来|其实>>不合规，<<但|可是>>这边<<说话|聊天>>不方便，您<<就加一下|加一下吧>>{E}"),
    ("hit", "sc", "R1", "不好意思，稳赚不赔这话我<<不该说|不能乱说>>，<<可|可是>>{S}这次<<真是|确实是>>稳赚不赔"),
    ("hit", "sc", "R5", "私人号不给客户的<<哈|哦>>，{C}除外，<<我这就|这就>>发您"),
    ("hit", "sc", "R2", "这<<个|事>>我不能<<多说|细说>>，<<您就记住|记住一句>>：{S}背后有庄家，<<下周|月底>>之前<<一定|肯定>>拉升"),
    ("hit", "sc", "R4", "<<不用|别>>担心<<手续|流程>>，代客理财<<我们|公司>>不办，<<我个人|我私下>>给您办，<<利润|收益>>分我<<两成|三成>>就行"),
    ("hit", "sc", "R3", "<<公司的|官方>>返佣<<没有|不给>>，<<我自己|我个人>>的提成<<分您|返您>>一半，<<算是|就当>>返佣了{E}"),
    ("hit", "sc", "R1", "零风险这种话我<<不说|一般不说>>，<<但|不过>>{P}<<真的|确实>>是零风险，<<我妈|我爸妈>>都买了"),
    ("hit", "sc", "R4", "<<哎呀|哎妈呀>>，账户密码<<这玩意儿|这事儿>>本来不该要，<<你|您>>发我吧，我给你整明白的，<<放心|错不了>>"),
    ("hit", "sc", "R3", "不给您走公司账户是因为<<额度|流程>>问题，<<直接|先>>转到我个人<<卡上|名下>>，我<<来|帮您>><<认购|占额度>>"),
    ("hit", "sc", "R3", "我<<不建议|一般不建议>>私下交易<<哈|啊>>，<<但|不过>>您坚持的话，咱们<<就|可以>>私下交易，<<价格|费率>>好商量"),
    ("hit", "sc", "R2,R5", "内部消息是<<不能|不方便>>在这里说的，加我私人微信<<我|再>>细说"),
    ("hit", "sc", "R1", "唔好意思{C}，保本<<呢啲|咁嘅>>字眼<<唔可以|唔准>>写，<<但系|不过>>讲真，<<呢个|佢>>就系保本嘅"),
    ("hit", "sc", "R1", "<<包赚不敢说|不敢说包赚>>，<<但是|可是>>保收益是<<肯定的|一定的>>，{Y}<<起步|打底>>{E}"),

    ("hit", "sc", "R3", "<<不合规|按说不行>>，<<但|不过>>给您返点<<吧|哈|>>"),
    ("hit", "sc", "R1", "{C}，您说的几件事我<<一个个|挨个>>回复：<<开户|销户>>流程我不能替您签字；风险测评得您自己做；<<产品|合同>>里的条款我没法改。<<不过|至于>>您担心亏钱这点，<<您放心|放心好了>>，{P}<<保本|是保本的>>，<<这个|这点>>我打包票"),

    ("hit", "sc", "R3", "{C}，<<真的|实在>>不好意思<<哈|啊>>，<<上次|之前>>您说要的那个<<额度|份额>>没<<抢到|批下来>>，<<公司系统|系统>>也<<下架|关了>>，<<我也没办法|我也很无奈>>。<<要不这样|这样吧>>，我给您找个外面的渠道，<<收益|利率>>还高一点，<<就是|只是>>得飞单，您<<看行不行|考虑一下>>？<<|这事您知我知就好。|>>"),
    ("nm", "sc", "R4", "代客理财这块<<我们|公司>>是<<没有|不做>>的，{C}<<还是您|您>>自己<<下单|操作>>，我可以<<帮您|给您>>分析{PT}"),
    ("nm", "sc", "R1", "<<抱歉|不好意思>>，{P}不保本，我<<没法|不能>>跟您保证<<收益|回报>>{PT}"),
    ("nm", "sc", "R3", "不好意思，返点<<真的|确实>>给不了，<<这是|是>>公司红线，<<理解一下|见谅>>{E}"),
    ("nm", "sc", "R5", "私人微信就不加了<<哈|哦>>，<<有事|有什么问题>>随时在这找我，<<工作时间|白天>>都在"),
    ("nm", "sc", "R4", "{C}，账户密码您自己<<保管好|收好>>，我<<这边|们>><<不收|不需要>>，也<<不会|绝不会>>帮你操作"),
    ("nm", "sc", "R3", "<<不行哦|这个不行>>，私下转账<<不合规|违规>>，<<资金|款项>>只能走{BANK}的<<托管户|募集户>>"),
    ("nm", "sc", "R4", "您说的全权委托我们<<不接受|做不了>>，<<可以|能>>给您<<推荐|配置>>几只基金<<您自己选|由您决定>>"),
    ("nm", "sc", "R2", "内幕消息<<我没有|真没有>>，<<也不会|更不会>>传，<<能|能给您>>分享的只有公开的研报{PT}"),
    ("nm", "sc", "R3", "飞单<<咱|我们>>不干，<<您要的那款|外面那款>>不是公司<<代销|上架>>的，我<<没法|不能>>帮您买"),
    ("nm", "sc", "R5", "加我个人号<<不行|是不可以的>>，<<按规定|规定>>只能<<用|通过>>这个企业微信<<联系|沟通>>，<<见谅|理解一下>>{E}"),
    ("nm", "sc", "R1", "稳赚不赔的<<东西|产品>>我这<<没有|真没有>>，<<想要稳健点的|要稳一点的话>>可以看看{P}，<<但|不过>>也<<有|会有>>波动"),
    ("nm", "sc", "R4", "<<不能|没法>>帮你操作哦，<<您的|你的>>账户只能您本人登录，我<<可以|能>><<视频|电话>>教您<<怎么买|怎么下单>>"),
    ("nm", "cs", "R5", "我不加什么私人号，有<<事|啥>>就在这说，<<我儿子|我闺女>>说<<这样|在这里>>才安全"),
    ("nm", "cs", "R3", "不用给我返点，<<我就|我只>>要正规<<产品|的东西>>，<<别|不要>>搞那些<<虚的|弯弯绕>>"),
    ("nm", "sc", "R1", "零风险<<我不敢说|说不了>>，只能<<说|告诉您>>{P}<<波动|回撤>>相对小，<<历史最大回撤|最大回撤>>{DD}左右"),
    ("nm", "sc", "R4", "{C}，这<<个|种>>忙我帮不了：代客理财、保管账户密码，<<都是|全是>>违规的"),
    ("nm", "sc", "R3", "<<谢谢信任|感谢信任>>，<<但|不过>>我不能<<跟您|和您>>私下交易，每一笔都得<<走|通过>>公司系统"),
    ("nm", "sc", "R1", "保本<<承诺|的话>>我给不了，我能做到的是<<每周|定期>>给您<<同步|汇报>>净值{PT}"),
    ("nm", "grp", "R5", "<<有客户|客户>>一直<<要我|缠着我>>加私人微信，我<<都|一律>><<婉拒了|拒绝了>>，<<大家|各位>>遇到<<也这样处理|同样处理>>就行"),
    ("nm", "sc", "R2", "<<老铁|大哥>>，庄家那些事儿我<<可|真>>不知道，<<咱|我>>也不<<瞎|乱>>说，<<你|您>>别<<为难|难为>>我"),
    ("nm", "sc", "R2", "{T}<<那个|的>>所谓拉升<<消息|预测>>我<<就不|不>>转发了，<<没根据|来源不明>>的东西<<不能|不好>>乱传"),
    ("nm", "sc", "R1", "<<姐妹|宝>>，包赚这种话<<我说不出口|我可不敢说>>，<<基金|理财>>有风险，<<冲之前|入手前>>想清楚<<哈|哦>>"),
    ("nm", "cs", "R4", "<<算了|不用了>>，账户密码我<<还是|就>>不给你了，<<我自己|自己>>慢慢学<<着买|吧>>"),
    ("nm", "sc", "R3", "您说直接转到我个人卡上？<<这个不行|不可以>>，<<所有|每笔>>款项必须进{BANK}的<<监管户|专户>>"),
    ("nm", "sc", "R5", "<<不加私人微信哈|私人微信不加哦|私人微信就不加了>>"),
    ("nm", "sc", "R3", "<<返点没有哦|没有返点的|返点给不了>>"),
    ("nm", "sc", "R2,R3,R4", "{C}，<<谢谢您这么信任我|感谢您的信任>>，<<但是|不过>>您说的<<这几件|这些>>我都不能答应：账户密码请<<您|您自己>>保管好，<<交易|买卖>>必须您本人操作，<<所谓的|>>内部消息我<<没有|也没有>>，<<也不会|更不能>>私下交易。<<有什么|有其他>>问题<<随时|可以随时>>问我"),
    ("nm", "sc", "R3", "{C}，<<您的心意|您这份心意>>我领了，<<但是|可是>><<红包|礼物>>我<<真的|实在>>不能收，<<返点|返佣>><<也|同样>>不能给您，<<这两样|这些>><<都是|全是>>公司红线。我能做的是把每一条风险都<<跟您|给您>>讲清楚，<<剩下的|最后>>由您自己<<决定|拿主意>>"),
]

TEMPLATES["quotation"] = [
    ("hit", "sc", "R1", "<<我们领导|我们老总>>说了“{P}就是保本的”，我也敢<<跟您|这么>>打包票{E}"),
    ("hit", "sc", "R5", "就像我<<上次|之前>>跟您说的“加我私人微信，<<有好票|有好消息>>第一时间发您”，<<现在|一直>>有效<<哈|哦>>"),
    ("hit", "sc", "R1", "<<老客户|好多客户>>都说“跟着{SN}稳赚”，<<您|这次您>>也<<试试|跟一把>>{PT}"),
    ("hit", "sc", "R1", "<<用|借>><<老股民|行家>>的话说“<<这叫|这就是>>稳赚不赔”，{S}<<现在这个位置|这个价>>就是稳赚不赔"),
    ("hit", "sc", "R2", "<<群里|圈里>>都在传“{S}有内幕消息”，<<确实|没错>>，我这边也<<确认了|核实了>>，{T}<<开始|就>>拉升"),
    ("hit", "sc", "R3", "您问“能不能私下转账”？当然能，直接转我<<微信|支付宝>>，<<手续费|费用>>还能省不少"),
    ("hit", "sc", "R1", "<<正如|就像>>合同附件写的“<<甲方|本公司>>保证收益不低于{Y}”，<<白纸黑字|写得清清楚楚>>，{C}放心"),
    ("hit", "sc", "R3", "“返点<<百分之二|两个点>>，<<当天|当场>>到账”——这是我<<给您的|对您的>>承诺，<<说到做到|绝不食言>>"),
    ("hit", "sc", "R4", "<<我师傅|我们老总>>常说“客户的钱就是<<自己的钱|我的钱>>”，<<所以|因此>>您把账户密码<<给我|交给我>>，我帮你操作<<绝对|一定>>比您自己强"),
    ("hit", "sc", "R4", "“全权委托，<<收益|盈利>>五五分”，<<这是|就是>>我们<<的规矩|团队的玩法>>，{C}考虑<<下|一下>>"),
    ("hit", "sc", "R4", "<<您朋友|老李>>说“代客理财<<靠谱|挺好>>”，<<他说得对|没说错>>，我<<现在就在做|一直在做>>代客理财，<<您也|您要不要>>来"),
    ("hit", "sc", "R2", "<<套用|借>>{C}的话“有庄家<<托底|护盘>>怕什么”——<<没错|对>>，{S}的庄家<<就是|正是>>我们的<<客户|朋友>>，<<稳得很|放心>>"),
    ("hit", "sc", "R1", "您看截图，客户<<反馈|原话>>：“跟着{SN}买{P}，<<一年|半年>>稳赚{Y}”。<<您也可以|下一个就是您>>"),
    ("hit", "sc", "R1", "<<我们|咱们>>的口号就是“零风险，高回报”，{P}<<做到了|说到做到>>{E}"),
    ("hit", "sc", "R2", "您要是问我“有没有内部消息”，<<我的回答是|我就一句话>>：有，<<而且|还>>准，{S}<<等着看|您等着瞧>>"),
    ("hit", "grp", "R1", "{LD}，今天话术<<统一|统一一下>>：“本产品保本保收益，<<先到先得|额度有限>>”，<<照这个|就这么>>跟客户说"),
    ("hit", "sc", "R5", "<<王总|刘总>>跟我说过“私人号聊<<方便|更方便>>”，<<我觉得|确实>>是，{C}也<<存|加>>一下我的私人号<<吧|哈>>"),
    ("hit", "sc", "R3", "<<上次|之前>>有客户问“飞单<<安全|靠谱>>吗”，我<<跟他说|回他>>“<<安全|放心>>，我<<做了|都做了>>十年了”，{C}也<<放心|大胆>>来"),
    ("hit", "sc", "R1", "<<套用|引用>>一句<<老话|广告词>>：“稳赚不赔，包赚不亏”——<<说的|讲的>>就是{P}"),
    ("hit", "sc", "R3", "<<你朋友|佢哋>>话“<<搵我|揾我>>返点最多”，<<冇错|係真嘅>>，我返{RB}，<<全城|全市>>最高"),
    ("hit", "sc", "R5", "“加我个人号，<<教你|带你>>抄底”——<<这话|这句>>我<<只对|只跟>>老客户说，{C}<<赶紧的|快加>>"),
    ("hit", "sc", "R4", "我朋友圈<<写着|签名写着>>“<<专业|专注>>代客理财<<十年|多年>>”，<<有需要|需要的话>>随时找我{E}"),
    ("hit", "sc", "R1", "<<您刚才问|您问>>“真的保本吗”——<<真的|是真的>>，保本，<<我拿工作担保|我用饭碗担保>>{E}"),

    ("hit", "sc", "R1", "{P}？<<就像广告说的|用您的话说|一句话>>：“稳赚”<<！|。|>>"),
    ("hit", "sc", "R1", "{C}，<<您朋友|您闺女>>转给您的那篇文章我看了，里面说“<<现在|这年头>>理财<<都有风险|没有保本的>>”，<<一般来说|大体上>>是对的，<<但是|可是>>文章最后那句“{P}<<稳赚不赔|是稳赚的>>”<<说得|讲得>>一点没错，我<<自己|家里>>都买了，您<<放心|大胆>>跟"),

    ("hit", "grp", "R1", "{LD}，<<转发|分享>>一下<<今天|昨天>>{SN}的<<成交|签单>>话术，<<大家|各位>><<学习|参考>>：“{C3}，<<您看|您想想>>，<<存银行|存定期>>才<<两个点|百分之二>>，{P}<<年化|一年>>{Y}<<还|而且>>保本，<<错过|过了这村>>就没了”——<<就这么说|照着说>>，<<成交率|转化率>>很高<<|，今天目标每人三单|。>>"),
    ("nm", "sc", "R5", "<<要是|万一>>有人<<私信|发消息>>让您“加我个人号”，<<别加|不要理>>，<<直接|可以直接>>向<<公司|我们>>投诉"),
    ("nm", "grp", "R1", "有客户跟我说，<<之前|以前>>有人<<跟他|对他>>讲“这个保本”，<<结果|后来>>亏了{A}，<<大家|各位>>引以为戒"),
    ("nm", "sc", "R2", "您转来的那条消息里说“{S}庄家<<马上|下周>>拉升”，<<这是|典型的>><<荐股诈骗|非法荐股>>话术，<<别信|千万别信>>"),
    ("nm", "sc", "R1", "<<凡是|只要>>听到“稳赚不赔”“零风险”<<这种话|这类说法>>，<<您|大家>><<就要|就得>>警惕了"),
    ("nm", "grp", "R4", "<<错误示范|反面案例>>：“您把账户密码给我，我帮你操作。”<<这句话|这种话>><<绝对不能说|是红线>>，<<记住了吗|都记住>>？"),
    ("nm", "cs", "R3", "<<那个人|有个人>>说“转到我个人账户<<利息|收益>>更高”，<<这个|这种>>能信吗？"),
    ("nm", "sc", "R3", "<<不能信|千万别信>>！不管谁说“转到我个人账户”都<<不要转|别转>>，<<我们|公司>>只<<收|接受>>对公账户打款"),
    ("nm", "grp", "R1", "<<合规部|风控>>通知原文：“<<严禁|禁止>>员工向客户承诺保证收益”，请<<转发|各位>>知悉"),
    ("nm", "sc", "R3", "<<新闻|报道>>里说“某<<券商|银行>>员工<<因|因为>>飞单被<<判刑|开除>>”，<<所以|您看>>我们<<这边|公司>>管得特别严"),
    ("nm", "sc", "R4", "您说的“代客理财”<<我们|公司>><<没有|没这项>>业务，<<可能是|应该是>><<误会|别的机构>>{PT}"),
    ("nm", "ss", "R2", "<<我妈|我爸>>说“<<那谁|隔壁老王>>有内幕消息”，我劝老人家别<<听|信>>，<<都是|基本都是>>骗人的"),
    ("nm", "cs", "R1", "<<呵呵|哈哈>>，你们<<广告|宣传>>上写“<<稳健|安心>>理财”，<<可没写|又没说>>“保本”<<吧|对吧>>？<<所以|那>>亏了也<<只能|得>>认"),
    ("nm", "grp", "R4", "客户原话：“你能不能全权委托帮我管？”我回复：“<<抱歉|不好意思>>，<<公司不允许|这个做不了>>。”<<已留痕|已记录>>"),
    ("nm", "sc", "R1", "“<<保本保息|保本保收益>>”<<这个|这种>>说法<<早就|已经>><<不合规了|被禁了>>，您看到的<<那个广告|那些广告>>可能是<<假的|骗人的>>"),
    ("nm", "sc", "R3", "<<有人|如果有人>>打着我们的旗号说“返点{RB}”，<<那|那一定>>是<<假冒的|冒充的>>，请<<及时|马上>>联系<<我|我们>>核实"),
    ("nm", "grp", "R2", "<<昨天|前天>>{C3}问我“<<大盘拉升|指数拉升>>能不能追”，我<<说|的意见是>><<分批|别一次性>>买，<<控制仓位|别满仓>>"),
    ("nm", "sc", "R5", "“<<私人微信|私人号>>聊，<<这边|企业微信>>有监控”——这是<<典型的|常见的>>诈骗话术，<<遇到|看到>>请截图举报"),
    ("nm", "cs", "R1", "<<博主|up主>>说“<<这只|这个>>基金稳赚”，<<真的假的|是真的吗>>😂"),
    ("nm", "grp", "R1", "<<课上|培训时>>老师<<举的例子|讲的反例>>：“<<您放心|放心>>，零风险，<<亏了|赔了>>算我的。”这属于违规承诺"),
    ("nm", "sc", "R2", "您<<截图|发来>>的聊天记录里，<<对方|那人>>说“我<<有|这有>>内部消息”，<<这个人|那个人>>不是我们的员工，<<已|我已>>报给合规"),
    ("nm", "ss", "R1", "<<俺家|我家>><<老爷子|老太太>>总念叨“<<人家|别人>>说这个保本”，我<<都|>>说了<<八百遍|多少遍>>了不保本"),
    ("nm", "grp", "R4", "<<监管|证监会>><<通报|公告>>里写了：“<<部分|个别>>机构以‘帮你操作’为名<<违规|非法>>代客理财”"),
    ("nm", "sc", "R3", "您<<转述|说>>的那句“私下交易能省手续费”<<不是|并不是>>我说的，<<我们|公司>><<不做|严禁>>私下交易"),
    ("nm", "cs", "R1", "<<他说|群里说|那人说>>“稳赚”，<<真的|靠谱>>？"),
    ("nm", "sc", "R1,R5", "{C}，您发来的<<截图|聊天记录>>我看了，对方说“{P}<<保本保收益|保证收益>>，加<<我私人微信|我个人号>>详聊”，<<这|这个>>不是我们<<公司的人|的员工>>，我们<<所有|全部>>产品都<<不承诺|不保证>>收益，<<更不会|也不会>>让您<<加私人账号|加外部联系方式>>，<<请|麻烦>>不要<<回复|理会>>"),
    ("nm", "sc", "R1", "“保本”？<<谁说的|哪来的>>，<<没这回事|不保本>>"),
    ("nm", "sc", "R1,R2", "{C}，<<您说的|您提的>>那个“<<老师|大师>>”我<<查|核实>>过了，他在群里说“{S}庄家<<已经|都>>控盘，<<下周|马上>>拉升，<<跟着买|跟我买>>稳赚”，<<这些|这种>>都是<<非法荐股|杀猪盘>>的<<套路|典型话术>>，<<先|会先>>让您小赚<<再|然后>><<让您|诱导您>>加大投入，<<千万|一定>>别<<上当|信>><<|，有疑问随时问我|。>>"),
]

# ---------------------------------------------------------------------------
# Template expansion
# ---------------------------------------------------------------------------


def expand(pattern, rng):
    out, i, n = [], 0, len(pattern)
    while i < n:
        if pattern.startswith("<<", i):
            depth, j, start, parts = 1, i + 2, i + 2, []
            while j < n:
                if pattern.startswith("<<", j):
                    depth += 1
                    j += 2
                    continue
                if pattern.startswith(">>", j):
                    depth -= 1
                    if depth == 0:
                        parts.append(pattern[start:j])
                        break
                    j += 2
                    continue
                if pattern[j] == "|" and depth == 1:
                    parts.append(pattern[start:j])
                    start = j + 1
                j += 1
            if depth != 0:
                raise ValueError("unbalanced alternatives in %r" % pattern)
            out.append(expand(rng.choice(parts), rng))
            i = j + 2
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def fill(text, rng, ctx):
    def sub(m):
        name = m.group(1)
        if name in ctx:
            return ctx[name]
        if name in POOLS:
            v = rng.choice(POOLS[name])
        elif name in NUM_SLOTS:
            v = NUM_SLOTS[name](rng, ctx)
        else:
            raise KeyError("unknown slot %s" % name)
        ctx[name] = v
        return v
    return SLOT_RE.sub(sub, text)


# ---------------------------------------------------------------------------
# Surface variation
# ---------------------------------------------------------------------------
OBF_SEPS = [" ", "-", ".", "·", "*", "\u200b", "_", "  "]
PREFIXES = ["嗯，", "哎，", "对了，", "那个，", "诶，", "好的，", "嗯嗯，", "话说，"]
LEADS = {
    "staff": ["早上好！", "刚开完会，回您消息晚了。", "您上午的消息我看到了。", "跟您同步一下。",
              "不好意思刚在路上。", "周一好！", "上次说的资料我已经寄出了。", "刚从总部培训回来。"],
    "cust": ["在吗？", "早上好，", "我刚看到消息。", "打扰一下，", "刚接完孙子回来，", "你好，"],
    "grp": ["各位早上好，", "补充一下，", "@所有人 ", "午休前说一句，", "晚上好，"],
}
TAILS = {
    "staff": ["有问题随时找我。", "您先考虑考虑，不着急。", "明天上午我都在营业部。", "材料我晚点发您。",
              "有空来网点喝茶。", "周末愉快～"],
    "cust": ["谢谢啊", "麻烦你了", "回头聊", "我先去买菜了", "等你回复"],
    "grp": ["收到请回复。", "辛苦大家。", "有问题私聊我。"],
}
SUFFIXES = ["[微笑]", "😊", "[抱拳]", "🙏", "👍", "[呲牙]", "～", "[OK]", "😂", "[握手]"]


def obfuscate(text, rng):
    spots = []
    for kws in RULES.values():
        for k in kws:
            start = 0
            while True:
                p = text.find(k, start)
                if p < 0:
                    break
                spots.append((p, len(k)))
                start = p + 1
    if not spots:
        return text
    p, L = rng.choice(sorted(spots))
    cut = p + rng.randint(1, L - 1)
    return text[:cut] + rng.choice(OBF_SEPS) + text[cut:]


def postprocess(text, rng, cat, kind, role):
    t = text
    if cat != "numbers" and rng.random() < (0.07 if kind == "hit" else 0.04):
        t = obfuscate(t, rng)
    if rng.random() < 0.05:
        if "的" in t:
            t = t.replace("的", "得", 1)
        elif "在" in t:
            t = t.replace("在", "再", 1)
    r = rng.random()
    if r < 0.07:                                    # voice-to-text run-on
        joiner = rng.choice(["", " "])
        t = re.sub(r"[，。！]", joiner, t).strip()
    elif r < 0.13:                                  # line break
        idx = [i for i, c in enumerate(t) if c in "，。" and 0 < i < len(t) - 1]
        if idx:
            i = rng.choice(idx)
            t = t[:i] + "\n" + t[i + 1:]
    r = rng.random()
    if r < 0.09:
        t = rng.choice(PREFIXES) + t
    elif r < 0.19:
        t = rng.choice(LEADS[role]) + t
    r = rng.random()
    if r < 0.12:
        t = t + rng.choice(SUFFIXES)
    elif r < 0.22:
        sep = "" if t[-1] in "。！？～?!" or unicodedata.category(t[-1])[0] == "S" or t[-1] == "]" else "，"
        t = t + sep + rng.choice(TAILS[role])
    if rng.random() < 0.06:
        t = "".join(S2T.get(c, c) for c in t)
    return t


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
STAFF_NAMES = ["chenjing", "wangwei", "liuyang", "zhangmin", "lihua", "zhaolei", "sunli", "zhoutao",
               "wuxia", "zhengyu", "huangjie", "xuming", "hugang", "linfang", "heping", "gaofei",
               "maqiang", "luoyan", "liangchen", "songjia", "tangxin", "hanbing", "fengrui",
               "dongxue", "caoyu", "yuanhui", "dengkai", "pengli", "jiangtao", "xiehong"]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def build_people(rng):
    staff, seen = [], set()
    for n in STAFF_NAMES:
        while True:
            sid = "%s%03d" % (n, rng.randint(100, 999))
            if sid not in seen:
                seen.add(sid)
                staff.append(sid)
                break
    customers = []
    while len(customers) < 60:
        cid = "wm" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(12, 20)))
        if cid not in customers:
            customers.append(cid)
    rooms = ["wr" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(16, 22))) for _ in range(7)]
    return staff, customers, rooms


def route(direction, rng, people):
    staff, customers, rooms = people
    if direction == "sc":
        return rng.choice(staff), [rng.choice(customers)], ""
    if direction == "cs":
        return rng.choice(customers), [rng.choice(staff)], ""
    if direction == "ss":
        a, b = rng.sample(staff, 2)
        return a, [b], ""
    if direction == "grp":
        members = rng.sample(staff, 4)
        return members[0], members[1:], rng.choice(rooms)
    raise ValueError(direction)


def is_customer(uid):
    return uid.startswith("wm") or uid.startswith("wo")


# ---------------------------------------------------------------------------
# Per-message checks
# ---------------------------------------------------------------------------


def message_problems(cat, rec):
    """Return a list of problems (empty if the message is fine)."""
    probs = []
    text, base, kind, rules = rec["text"], rec["base"], rec["kind"], rec["rules"]
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        probs.append("length %d out of range" % len(text))
    if cat == "numbers":
        if detect(normalize(text, heavy=True)) or detect(normalize(text)):
            probs.append("numbers message contains an R1-R5 keyword")
        if rules != ["R6"]:
            probs.append("numbers message not labelled R6")
        if kind == "hit":
            if not exact_valid_runs(text):
                probs.append("hit has no cleanly delimited valid mobile/ID/card")
        else:
            if valid_windows(text):
                probs.append("near miss contains a valid number reading: %s" % valid_windows(text))
            if not any(len(r) >= 4 for r in digit_runs(text)):
                probs.append("near miss has no number-like digit run")
    else:
        light = detect(normalize(text))
        heavy = detect(normalize(text, heavy=True))
        if light != rules or heavy != rules:
            probs.append("label %s but keywords found %s/%s" % (rules, light, heavy))
        raw_base = detect(_fold(base))
        if raw_base != detect(normalize(base)):
            probs.append("keyword formed across punctuation in template text")
        if not rules:
            probs.append("no keyword in sentence message")
        if valid_windows(text):
            probs.append("sentence message contains a valid R6 number")
        if kind == "hit" and "R2" in rules:
            nt = normalize(text)
            if any(p in nt for p in R2_EXEMPT):
                probs.append("R2 hit uses an exempt market-commentary phrase")
    if kind == "hit" and cat != "numbers" and is_customer(rec["from"]):
        probs.append("R1-R5 hit sent by a customer")
    return probs


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------


def quota(n_templates, total):
    base, extra = divmod(total, n_templates)
    return [base + (1 if i < extra else 0) for i in range(n_templates)]


def generate_category(cat, rng, people, errors):
    templates = TEMPLATES[cat]
    recs = []
    texts = set()
    hits = [t for t in templates if t[0] == "hit"]
    nms = [t for t in templates if t[0] == "nm"]
    counts = {}
    for group in (hits, nms):
        for t, q in zip(group, quota(len(group), PER_KIND)):
            counts[id(t)] = q
    for idx, tpl in enumerate(templates, 1):
        kind, dirs, rules_s, pattern = tpl
        tid = "t%02d" % idx
        rules = sorted(rules_s.split(","))
        want = counts[id(tpl)]
        got, tries, rejected = 0, 0, {}
        while got < want and tries < MAX_TRIES:
            tries += 1
            ctx = {}
            base = fill(expand(pattern, rng), rng, ctx)
            direction = rng.choice(dirs.split(","))
            frm, tolist, roomid = route(direction, rng, people)
            role = "grp" if direction == "grp" else ("cust" if direction == "cs" else "staff")
            text = postprocess(base, rng, cat, kind, role)
            rec = {"cat": cat, "tid": tid, "kind": kind, "rules": rules, "base": base,
                   "text": text, "from": frm, "tolist": tolist, "roomid": roomid,
                   "direction": direction}
            if text in texts:
                rejected["duplicate"] = rejected.get("duplicate", 0) + 1
                continue
            probs = message_problems(cat, rec)
            if probs:
                fatal = [p for p in probs if cat != "numbers" and not p.startswith("length")]
                if fatal:
                    errors.append("%s/%s: template error: %s | %r" % (cat, tid, "; ".join(fatal), text))
                    break
                for p in probs:
                    key = p.split(":")[0]
                    rejected[key] = rejected.get(key, 0) + 1
                continue
            texts.add(text)
            recs.append(rec)
            got += 1
        if got < want:
            errors.append("%s/%s: produced %d of %d messages (rejections: %s)" % (cat, tid, got, want, rejected))
        if os.environ.get("H9_DEBUG") and rejected:
            print("debug %s/%s tries=%d rejected=%s" % (cat, tid, tries, rejected), file=sys.stderr)
    return recs


def self_check(data):
    errs = []
    all_ids = set()
    last_time, last_seq = -1, -1
    staff_re = re.compile(r"^[a-z]+\d{3}$")
    cust_re = re.compile(r"^wm[A-Za-z0-9]{12,20}$")
    room_re = re.compile(r"^wr[A-Za-z0-9]+$")
    # consistency of the trad/simplified table
    if len(set(S2T.values())) != len(S2T):
        errs.append("S2T table maps two characters to the same traditional form")
    for cat in CATEGORIES:
        recs = data[cat]
        tpls = TEMPLATES[cat]
        n_hit_t = sum(1 for t in tpls if t[0] == "hit")
        n_nm_t = sum(1 for t in tpls if t[0] == "nm")
        if len(tpls) < 40 or n_hit_t < 20 or n_nm_t < 20:
            errs.append("%s: too few templates (%d hit, %d nm)" % (cat, n_hit_t, n_nm_t))
        patterns = [t[3] for t in tpls]
        if len(set(patterns)) != len(patterns):
            errs.append("%s: duplicate template patterns" % cat)
        hits = [r for r in recs if r["kind"] == "hit"]
        nms = [r for r in recs if r["kind"] == "nm"]
        if not (250 <= len(recs) <= 350):
            errs.append("%s: %d messages, expected about 300" % (cat, len(recs)))
        if recs and not (0.4 <= len(hits) / len(recs) <= 0.6):
            errs.append("%s: hit share %.2f not about half" % (cat, len(hits) / len(recs)))
        seen_text = set()
        used_tids = set()
        for r in recs:
            used_tids.add(r["tid"])
            for p in message_problems(cat, r):
                errs.append("%s %s: %s | %r" % (cat, r.get("msgid"), p, r["text"]))
            if r["text"] in seen_text:
                errs.append("%s: duplicate text %r" % (cat, r["text"]))
            seen_text.add(r["text"])
            mid = r.get("msgid", "")
            if mid in all_ids:
                errs.append("duplicate msgid %s" % mid)
            all_ids.add(mid)
            exp = re.compile(r"^h9_%s_\d{4}_(hit|nm)_t\d{2}$" % re.escape(cat))
            if not exp.match(mid) or ("_%s_" % r["kind"]) not in mid or not mid.endswith(r["tid"]):
                errs.append("bad msgid %s" % mid)
            frm = r["from"]
            if is_customer(frm):
                if not cust_re.match(frm):
                    errs.append("%s: bad customer id %s" % (mid, frm))
                if len(r["tolist"]) != 1 or not staff_re.match(r["tolist"][0]) or r["roomid"]:
                    errs.append("%s: bad customer->staff routing" % mid)
            else:
                if not staff_re.match(frm):
                    errs.append("%s: bad staff id %s" % (mid, frm))
                if r["roomid"]:
                    if not room_re.match(r["roomid"]) or len(r["tolist"]) != 3 or frm in r["tolist"]:
                        errs.append("%s: bad group routing" % mid)
                    if any(is_customer(x) or not staff_re.match(x) for x in r["tolist"]):
                        errs.append("%s: group tolist must be staff" % mid)
                elif len(r["tolist"]) != 1:
                    errs.append("%s: bad direct routing" % mid)
            if r["kind"] == "hit" and cat != "numbers" and is_customer(frm):
                errs.append("%s: hit from customer" % mid)
            if r["msgtime"] <= last_time or r["seq"] <= last_seq:
                errs.append("%s: msgtime/seq not increasing" % mid)
            last_time, last_seq = r["msgtime"], r["seq"]
        if len(used_tids) != len(tpls):
            errs.append("%s: %d of %d templates used" % (cat, len(used_tids), len(tpls)))
        if len(hits) + len(nms) != len(recs):
            errs.append("%s: kind bookkeeping" % cat)
    return errs


def main(argv):
    if len(argv) != 2:
        print("usage: python3 scripts/evasion_heldout9.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    rng = random.Random(SEED)
    people = build_people(rng)
    errors = []
    data = {}
    msgtime = 1735776000000 + rng.randint(0, 3_600_000)
    seq = 1000
    for cat in CATEGORIES:
        recs = generate_category(cat, rng, people, errors)
        rng.shuffle(recs)
        for i, r in enumerate(recs, 1):
            r["msgid"] = "h9_%s_%04d_%s_%s" % (cat, i, r["kind"], r["tid"])
            msgtime += rng.randint(8_000, 900_000)
            seq += rng.randint(1, 3)
            r["msgtime"] = msgtime
            r["seq"] = seq
        data[cat] = recs
    errors += self_check(data)
    if errors:
        for e in errors:
            print("ERROR: " + e, file=sys.stderr)
        print("self-check failed with %d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    for cat in CATEGORIES:
        d = os.path.join(out_dir, "heldout9", cat)
        os.makedirs(d, exist_ok=True)
        recs = data[cat]
        with open(os.path.join(d, "corpus.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                obj = {"msgid": r["msgid"], "action": "send", "from": r["from"],
                       "tolist": r["tolist"], "roomid": r["roomid"], "msgtime": r["msgtime"],
                       "seq": r["seq"], "msgtype": "text", "text": {"content": r["text"]}}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        truth = {"hits": {}, "near_misses": {}}
        for r in recs:
            truth["hits" if r["kind"] == "hit" else "near_misses"][r["msgid"]] = list(r["rules"])
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        n_h = len(truth["hits"])
        n_n = len(truth["near_misses"])
        tpls = TEMPLATES[cat]
        print("%s: %d messages (%d hits, %d near misses), %d templates (%d hit / %d near-miss)"
              % (cat, len(recs), n_h, n_n, len(tpls), sum(1 for t in tpls if t[0] == "hit"),
                 sum(1 for t in tpls if t[0] == "nm")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
