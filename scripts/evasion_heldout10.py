#!/usr/bin/env python3
"""Held-out evaluation set 10 for the WeCom chat compliance scanner.

Provenance: every template in this file was written for this set only, from
general knowledge of how Chinese-speaking bank / broker sales staff and their
customers actually chat on WeCom (voice-to-text run-ons, dialect particles,
typos, emoji, traditional characters, odd spacing and punctuation). The
templates were written without reference to the scanner implementation and
without reference to earlier held-out sets or corpus generators.

Usage:
    python3 scripts/evasion_heldout10.py OUT_DIR

Writes OUT_DIR/heldout10/<category>/corpus.jsonl and truth.json for the six
categories numbers, rhetorical, prohibition, warning_report, refusal and
quotation: 150 hit messages and 150 near-miss messages per category, shuffled
together. Standard library only and fully deterministic (SEED). All
self-checks run before anything is written; on any failure the errors go to
stderr, nothing is written and the exit status is 1.

Rule pack (tenant default):
  R1 guaranteed return   R2 insider info   R3 private dealing
  R4 discretionary trading   R5 off-channel   (R1-R5: staff messages only)
  R6 personal data (valid mobile / 18-char resident ID / Luhn bank card),
     staff and customers.
"""

import datetime
import json
import os
import random
import re
import sys
from collections import Counter, namedtuple

SEED = 20240610
PER_KIND = 150
MIN_LEN, MAX_LEN = 5, 120
MIN_TEMPLATES = 30
TRAD_SHARE = 0.25
SEP_SHARE = 0.15
CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report",
              "refusal", "quotation"]
SENTENCE_CATS = CATEGORIES[1:]

KEYWORDS = {
    "R1": ["保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"],
    "R2": ["内幕消息", "内部消息", "庄家", "拉升"],
    "R3": ["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    "R4": ["账户密码", "帮你操作", "代客理财", "全权委托"],
    "R5": ["私人微信", "加我个人号", "私人号"],
}
R2_EXCEPTIONS = ["大盘拉升", "指数拉升", "板块拉升", "尾盘拉升", "早盘拉升"]
RULES5 = ["R1", "R2", "R3", "R4", "R5"]

# --------------------------------------------------------------------------
# simplified -> traditional (one char each way; numerals deliberately absent)
# --------------------------------------------------------------------------
S2T_PAIRS = (
    "稳穩赚賺赔賠证證风風险險内內庄莊转轉账賬飞飛单單点點户戶码碼帮幫财財权權托託号號个個"
    "这這们們来來说說话話会會时時对對还還没沒过過为為后後发發吗嗎么麼问問题題钱錢给給让讓"
    "买買卖賣线線网網银銀资資产產当當现現实實经經专專业業总總听聽讲講关關门門开開间間样樣"
    "边邊别別请請谢謝认認识識该該应應觉覺从從动動计計报報员員级級万萬亿億块塊几幾机機电電"
    "简簡亏虧损損涨漲盘盤数數据據备備决決规規则則违違严嚴许許绝絕无無论論处處罚罰显顯图圖"
    "贴貼链鏈标標写寫谁誰难難凭憑岂豈呗唄类類签簽约約协協议議务務顾顧负負责責监監举舉诉訴"
    "骗騙伪偽闲閒营營气氣东東车車长長见見红紅场場续續额額领領导導众眾传傳乐樂爱愛欢歡儿兒"
    "头頭币幣价價试試锁鎖仓倉进進确確钟鐘记記录錄紧緊张張刘劉陈陳赵趙孙孫吴吳郑鄭杨楊罗羅"
    "马馬黄黃阳陽师師团團队隊节節拨撥热熱统統货貨递遞编編绑綁邮郵询詢验驗换換贷貸脱脫护護"
    "终終审審办辦亲親妈媽爷爺园園"
)


def _parse_pairs(s):
    pairs = [(s[i], s[i + 1]) for i in range(0, len(s) - 1, 2)]
    return pairs


S2T_LIST = [(a, b) for a, b in _parse_pairs(S2T_PAIRS) if a != b]
S2T = {}
for _a, _b in S2T_LIST:
    S2T.setdefault(_a, _b)
T2S = {b: a for a, b in S2T.items()}


def fold(text):
    """Traditional -> simplified, char for char (length preserving)."""
    return "".join(T2S.get(c, c) for c in text)


def _keep_char(c):
    o = ord(c)
    return (0x3400 <= o <= 0x9FFF) or (0xF900 <= o <= 0xFAFF) or \
        (c.isascii() and c.isalnum())


def strip_seps(text):
    return "".join(c for c in text if _keep_char(c))


def folded_plain(text):
    return strip_seps(fold(text))


def naive_rules(text):
    f = folded_plain(text)
    return sorted(r for r in RULES5 if any(k in f for k in KEYWORDS[r]))


def _r2_strict(f):
    for k in ("内幕消息", "内部消息", "庄家"):
        if k in f:
            return True
    start = 0
    while True:
        i = f.find("拉升", start)
        if i < 0:
            return False
        if f[max(0, i - 2):i + 2] not in R2_EXCEPTIONS:
            return True
        start = i + 1


def strict_rules(text):
    f = folded_plain(text)
    out = []
    for r in RULES5:
        if r == "R2":
            if _r2_strict(f):
                out.append(r)
        elif any(k in f for k in KEYWORDS[r]):
            out.append(r)
    return out


def kw_count(f):
    return sum(f.count(k) for r in RULES5 for k in KEYWORDS[r])


def kw_spans(text):
    f = fold(text)
    spans = []
    for r in RULES5:
        for k in KEYWORDS[r]:
            s = 0
            while True:
                i = f.find(k, s)
                if i < 0:
                    break
                spans.append((i, i + len(k)))
                s = i + 1
    spans.sort()
    return spans


# --------------------------------------------------------------------------
# number reader (independent of the generator's formatting code)
# --------------------------------------------------------------------------
DIG = "0123456789"
CN_NUM_FOLD = {
    "零": "0", "〇": "0", "一": "1", "壹": "1", "幺": "1", "二": "2", "贰": "2",
    "貳": "2", "两": "2", "兩": "2", "三": "3", "叁": "3", "參": "3", "四": "4",
    "肆": "4", "五": "5", "伍": "5", "六": "6", "陆": "6", "陸": "6", "七": "7",
    "柒": "7", "八": "8", "捌": "8", "九": "9", "玖": "9",
}
NUM_SEPS = set(" -.,·_\u200b\u200c\u200d\u2060\ufeff\u00a0")
MOB_RE = re.compile(r"1[3-9]\d{9}")
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def norm_digits(text):
    out = []
    for c in text:
        o = ord(c)
        if 0xFF01 <= o <= 0xFF5E:
            c = chr(o - 0xFEE0)
        elif c == "\u3000":
            c = " "
        out.append(CN_NUM_FOLD.get(c, c))
    return "".join(out)


def digit_runs(text):
    """Maximal digit runs; groups split by 1-3 separator chars."""
    s = norm_digits(text)
    n = len(s)
    runs = []
    i = 0
    while i < n:
        if s[i] not in DIG:
            i += 1
            continue
        groups, cur, j = [], "", i
        while True:
            while j < n and s[j] in DIG:
                cur += s[j]
                j += 1
            k = j
            while k < n and s[k] in NUM_SEPS and k - j < 3:
                k += 1
            if k > j and k < n and s[k] in DIG:
                groups.append(cur)
                cur = ""
                j = k
                continue
            break
        groups.append(cur)
        total = sum(len(g) for g in groups)
        k = j
        if k < n and s[k] in NUM_SEPS:
            k += 1
        if total == 17 and k < n and s[k] in "Xx":
            groups[-1] += "X"
            j = k + 1
        runs.append(groups)
        i = j
    return runs


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2025


def id_ok(d):
    if len(d) != 18 or not d[:17].isdigit() or d[17] not in "0123456789Xx":
        return False
    if not date_ok(int(d[6:10]), int(d[10:12]), int(d[12:14])):
        return False
    s = sum(int(a) * w for a, w in zip(d[:17], ID_W))
    return ID_C[s % 11] == d[17].upper()


def valid_number(d):
    if d.isdigit():
        if len(d) == 11 and MOB_RE.fullmatch(d):
            return True
        if len(d) == 13 and d.startswith("86") and MOB_RE.fullmatch(d[2:]):
            return True
        if 16 <= len(d) <= 19 and luhn_ok(d):
            return True
    return len(d) == 18 and id_ok(d)


def has_valid_full(text):
    return any(valid_number("".join(g)) for g in digit_runs(text))


def has_valid_any(text):
    """Conservative: any consecutive span of groups inside a run."""
    for g in digit_runs(text):
        for a in range(len(g)):
            for b in range(a + 1, len(g) + 1):
                if valid_number("".join(g[a:b])):
                    return True
    return False


def max_run_len(text):
    return max([len("".join(g)) for g in digit_runs(text)] or [0])


# --------------------------------------------------------------------------
# number generators / formatters
# --------------------------------------------------------------------------
MOB_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139",
                "147", "150", "151", "152", "153", "155", "156", "157", "158",
                "159", "166", "173", "175", "176", "177", "178", "180", "181",
                "182", "183", "185", "186", "187", "188", "189", "191", "198",
                "199"]
REGIONS = ["110101", "110105", "310104", "310115", "440305", "440106", "330106",
           "510107", "420111", "320102", "370202", "210203", "500103", "610113",
           "350203", "430104", "120101", "410105", "340104", "530102"]
CARD_BINS = [("622202", 19), ("621700", 19), ("622848", 19), ("621226", 19),
             ("623668", 19), ("622588", 16), ("436742", 16), ("625911", 16),
             ("622700", 19), ("621661", 19), ("622262", 19), ("621799", 19),
             ("603367", 19), ("622609", 16), ("621485", 16), ("622908", 19)]
CN_DIGITS = "零一二三四五六七八九"
FIN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def rdig(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def id_check(body):
    return ID_C[sum(int(a) * w for a, w in zip(body, ID_W)) % 11]


def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c
    raise AssertionError("luhn")


def gen_mobile(rng):
    return rng.choice(MOB_PREFIXES) + rdig(rng, 8)


def gen_id(rng):
    want_x = rng.random() < 0.15
    for _ in range(400):
        y = rng.randint(1950, 2004)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28 if m == 2 else 30)
        body = rng.choice(REGIONS) + "%04d%02d%02d" % (y, m, d) + rdig(rng, 3)
        c = id_check(body)
        if want_x and c != "X":
            continue
        return body + c
    return body + c


def gen_card(rng):
    b, ln = rng.choice(CARD_BINS)
    body = b + rdig(rng, ln - 1 - len(b))
    return body + luhn_digit(body)


def _groups(d, kind, rng):
    n = len(d)
    if kind == "mob" and n == 11:
        sizes = [3, 4, 4]
    elif kind == "id" and n == 18:
        sizes = rng.choice([[6, 8, 4], [6, 4, 4, 4], [3, 3, 4, 4, 4]])
    elif n == 10:
        sizes = rng.choice([[3, 3, 4], [3, 4, 3]])
    elif n == 12:
        sizes = rng.choice([[4, 4, 4], [3, 4, 5]])
    elif n == 17:
        sizes = [6, 8, 3]
    else:
        sizes = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, p = [], 0
    for s in sizes:
        out.append(d[p:p + s])
        p += s
    return out


STYLES = ["plain", "space", "dash", "dot", "comma", "fw", "fw_space", "cn",
          "cn_space", "fin", "mixed", "every", "dash_space", "cn_dash",
          "mixed_space"]


def fmt_num(d, kind, rng, styles=None):
    if kind == "id" and d.endswith("X") and rng.random() < 0.3:
        d = d[:-1] + "x"
    pool = list(styles or STYLES)
    if kind == "mob" and styles is None:
        pool += ["p86", "p86", "p86"]
    style = rng.choice(pool)
    g = _groups(d, kind, rng)
    cm = {str(i): CN_DIGITS[i] for i in range(10)}
    cm["0"] = rng.choice(["零", "〇"])
    cm["1"] = rng.choice(["一", "幺", "幺"])
    cm["2"] = rng.choice(["二", "两"])

    def cn(s):
        return "".join(cm.get(c, c) for c in s)

    def fin(s):
        return "".join(FIN_DIGITS[int(c)] if c in DIG else c for c in s)

    def fw(s):
        return "".join(chr(ord(c) + 0xFEE0) if c in DIG + "Xx" else c for c in s)

    def mixed(s):
        while True:
            out = "".join(cm.get(c, c) if rng.random() < 0.5 else c for c in s)
            if any(ch in DIG for ch in out) and any(ch in CN_NUM_FOLD for ch in out):
                return out
            if len(s) < 2:
                return out

    if style == "plain":
        return d
    if style == "space":
        return rng.choice([" ", " ", "  "]).join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return rng.choice([".", "·"]).join(g)
    if style == "comma":
        return rng.choice([",", "，"]).join(g)
    if style == "fw":
        return fw(d)
    if style == "fw_space":
        return rng.choice(["\u3000", " ", "－"]).join(fw(x) for x in g)
    if style == "cn":
        return cn(d)
    if style == "cn_space":
        return " ".join(cn(x) for x in g)
    if style == "fin":
        return rng.choice(["", " "]).join(fin(x) for x in g)
    if style == "mixed":
        return mixed(d)
    if style == "mixed_space":
        return " ".join(mixed(x) for x in g)
    if style == "every":
        return " ".join(d)
    if style == "dash_space":
        return " - ".join(g)
    if style == "cn_dash":
        return "-".join(cn(x) for x in g)
    if style == "p86":
        pre = rng.choice(["+86 ", "+86", "86-", "(+86)", "+86-", "86 ", "＋86 "])
        inner = rng.choice(["plain", "space", "dash"])
        body = {"plain": d, "space": " ".join(g), "dash": "-".join(g)}[inner]
        return pre + body
    raise AssertionError(style)


def _invalid(rng, maker, tries=200):
    for _ in range(tries):
        s = maker(rng)
        if not has_valid_any(s):
            return s
    raise AssertionError("could not build an invalid number")


def g_mob(rng):
    return fmt_num(gen_mobile(rng), "mob", rng)


def g_id(rng):
    return fmt_num(gen_id(rng), "id", rng)


def g_card(rng):
    return fmt_num(gen_card(rng), "card", rng)


def g_order(rng):
    def mk(r):
        c = r.randint(0, 4)
        if c == 0:
            return "DD" + "2024" + rdig(r, 10)
        if c == 1:
            return "2024" + rdig(r, r.choice([15, 16, 18]))
        if c == 2:
            return "E" + rdig(r, 20)
        if c == 3:
            return "JD" + rdig(r, 12)
        return "20240" + rdig(r, 17)
    return _invalid(rng, mk)


def g_land(rng):
    def mk(r):
        area = r.choice(["010", "021", "020", "0755", "0571", "028", "027",
                         "025", "0512", "0592", "023", "022", "0731"])
        local = str(r.randint(2, 8)) + rdig(r, 7 if len(area) == 3 else r.choice([6, 7]))
        c = r.randint(0, 4)
        if c == 0:
            return "%s-%s" % (area, local)
        if c == 1:
            return "%s-%s %s" % (area, local[:4], local[4:])
        if c == 2:
            return "(%s)%s" % (area, local)
        if c == 3:
            return "%s %s %s" % (area, local[:4], local[4:])
        return "%s－%s" % (area, local)
    return _invalid(rng, mk)


def g_intl_land(rng):
    def mk(r):
        area = r.choice(["21", "10", "20", "755", "571", "28"])
        local = str(r.randint(2, 8)) + rdig(r, 7)
        return r.choice(["+86 %s %s", "+86-%s-%s", "86 %s %s"]) % (area, local)
    return _invalid(rng, mk)


def g_hot(rng):
    return rng.choice(["95588", "95555", "95533", "95599", "95566", "400-820-8820",
                       "4008-888-888", "400 666 1234", "95521", "九五五八八",
                       "95511转3", "4006 95558"])


def g_tail4(rng):
    d = rdig(rng, 4)
    if rng.random() < 0.3:
        return "".join(CN_DIGITS[int(c)] for c in d)
    return d


def g_maskmob(rng):
    m = gen_mobile(rng)
    return rng.choice(["%s****%s", "%s **** %s", "%s＊＊＊＊%s", "%s****%s"]) % (m[:3], m[7:])


def g_maskcard(rng):
    c = gen_card(rng)
    return rng.choice(["%s **** **** %s" % (c[:4], c[-4:]),
                       "%s******%s" % (c[:6], c[-4:]),
                       "**** **** **** %s" % c[-4:]])


def g_badid(rng):
    def mk(r):
        d = gen_id(r)
        wrong = r.choice([c for c in "0123456789X" if c != d[17]])
        return fmt_num(d[:17] + wrong, "id", r)
    return _invalid(rng, mk)


def g_baddateid(rng):
    def mk(r):
        y = r.randint(1955, 2003)
        md = r.choice(["0230", "0231", "1301", "0431", "0631", "1232", "0015",
                       "0000", "1131", "0931"])
        if r.random() < 0.2:
            y = r.choice([1989, 1991, 1993, 1997, 2001])
            md = "0229"
        body = r.choice(REGIONS) + "%04d" % y + md + rdig(r, 3)
        return fmt_num(body + id_check(body), "id", r,
                       ["plain", "space", "dash", "fw", "cn_space", "mixed"])
    return _invalid(rng, mk)


def g_id17(rng):
    return _invalid(rng, lambda r: fmt_num(gen_id(r)[:17], "gen", r,
                                           ["plain", "space", "cn", "fw"]))


def g_badcard(rng):
    def mk(r):
        c = gen_card(r)
        last = r.choice([x for x in DIG if x != c[-1]])
        return fmt_num(c[:-1] + last, "card", r)
    return _invalid(rng, mk)


def g_badcard2(rng):
    def mk(r):
        c = gen_card(r)
        if r.random() < 0.5:
            c = c + r.choice(DIG)
            if len(c) < 20:
                c += r.choice(DIG)
        else:
            c = c[:15]
        return fmt_num(c, "card", r, ["plain", "space", "dash", "fw"])
    return _invalid(rng, mk)


def g_badmob10(rng):
    def mk(r):
        m = gen_mobile(r)
        i = r.randint(3, 10)
        return fmt_num(m[:i] + m[i + 1:], "gen", r)
    return _invalid(rng, mk)


def g_badmob12(rng):
    def mk(r):
        m = gen_mobile(r)
        i = r.randint(3, 11)
        return fmt_num(m[:i] + r.choice(DIG) + m[i:], "gen", r)
    return _invalid(rng, mk)


def g_badprefix(rng):
    def mk(r):
        d = "1" + r.choice("012") + rdig(r, 9)
        return fmt_num(d, "mob", r, ["plain", "space", "dash", "cn", "fw", "cn_space"])
    return _invalid(rng, mk)


def g_bigamt(rng):
    v = rng.randint(1000, 9_800_000)
    s = "{:,}".format(v)
    if rng.random() < 0.4:
        s += ".%02d" % rng.randint(0, 99)
    return s


def g_longnum(rng):
    def mk(r):
        return "2024" + "%02d%02d" % (r.randint(1, 12), r.randint(1, 28)) + \
            gen_mobile(r) + rdig(r, r.randint(2, 5))
    return _invalid(rng, mk)


def g_express(rng):
    def mk(r):
        c = r.randint(0, 3)
        if c == 0:
            return "SF1" + rdig(r, 11)
        if c == 1:
            return "YT" + "75" + rdig(r, 11)
        if c == 2:
            return "JT" + "00" + rdig(r, 11)
        return "75" + rdig(r, 12)
    return _invalid(rng, mk)


def g_qq10(rng):
    return _invalid(rng, lambda r: str(r.randint(1_000_000_000, 3_999_999_999)))


def g_contract(rng):
    return _invalid(rng, lambda r: r.choice(["HT", "", "ZG-"]) + "2024" + rdig(r, 8))


def g_txn(rng):
    return _invalid(rng, lambda r: r.choice(["TX", "", "N"]) + rdig(r, r.choice([20, 22, 24, 26])))


def g_uscc(rng):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    tail = "".join(rng.choice(al) for _ in range(6)) + rng.choice("ABCDEFGHJKLMN") + rng.choice(al)
    return "91" + rng.choice(REGIONS) + "MA" + tail


def g_emp(rng):
    return rng.choice(["2018", "2020", "2016", "A00", "B01"]) + rdig(rng, 4)


def g_code6(rng):
    return rdig(rng, 6)


def g_stockcode(rng):
    return rng.choice(["600519", "000858", "300750", "002594", "601318", "688981",
                       "159915", "510300", "sh600036", "sz000001"])


def g_price(rng):
    return "%d.%02d" % (rng.randint(3, 1800), rng.randint(0, 99))


def g_date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["2024-%02d-%02d" % (m, d), "2024.%d.%d" % (m, d),
                       "%d月%d日" % (m, d), "2024年%d月%d号" % (m, d), "%d/%d" % (m, d)])


def g_time(rng):
    return rng.choice(["%d:%02d" % (rng.randint(8, 20), rng.choice([0, 15, 30, 45])),
                       "下午三点", "上午十点半", "晚上七点"])


SLOTS = {
    "n": ["王姐", "李总", "张哥", "陈老师", "刘阿姨", "赵先生", "孙女士", "周总", "吴姐",
          "郑叔", "何总", "林姐", "黄老板", "小杨", "马哥", "徐姐", "高总", "罗阿姨",
          "梁生", "阿强"],
    "sn": ["刘经理", "小王", "张经理", "小李", "陈姐", "杨经理", "小周", "黄经理", "林姐",
           "小赵"],
    "prod": ["固收+", "稳健1号", "鑫享年年", "季季盈", "添利宝", "安心180天", "净值型新品",
             "结构性存款", "中短债", "年金险", "资管计划", "金葵花7天", "睿远稳利",
             "红利低波ETF", "私募新品", "周周乐", "天天利", "鑫悦3号"],
    "stock": ["那只军工股", "宁德", "那个光伏票", "XX科技", "600XXX那只", "中字头那几只",
              "那只券商股", "那只医药股", "小盘的那个", "那个半导体", "低价那只", "华工"],
    "day": ["明天", "下周", "周五", "月底前", "这两天", "下周一", "节后", "年报出来前",
            "下个月"],
    "amt": ["5万", "10万", "20w", "三十万", "50万", "一百万", "8万", "两百万", "15个w",
            "30万"],
    "rate": ["4.5%", "5个点", "6%", "年化7%", "百分之八", "3.8%", "八个点", "年化5.2",
             "两个点", "10%"],
    "p": ["", "", "", "哈", "啦", "嘛", "哦", "噻", "嘞", "咯", "哟", "呀", "喔", "捏",
          "哒", "哈~", "嗷", "撒"],
    "e": ["", "", "", "😄", "👍", "🙏", "😂", "💰", "📈", "[呲牙]", "[抱拳]", "[OK]",
          "[微笑]", "🤝", "😊", "🌹", "[强]", "😏", "🔥", "!!", "～", "。。。",
          "[偷笑]"],
    "cname": ["张伟", "王秀英", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄建国", "周婷",
              "吴海燕", "徐明", "孙丽华", "马俊", "朱红梅", "胡斌", "郭晓燕"],
    "DAYS": ["180", "365", "91", "三十五", "63", "七", "14"],
    "CNQTY": ["一千三百八十", "两千", "五百", "三万八千", "一万二千", "八百八十八", "六千六百"],
    "CNPRICE": ["一万三千八百", "三千九百九十九", "两万五", "一千二百八", "八千八百八十八"],
    "CNYEAR": ["一九九八", "二〇〇五", "一九九三", "二零零八", "一九九六"],
    "CNBIG": ["一百三十八万", "两百四十万", "八十五万", "三百万出头"],
    "CNNAV": ["一点零三八二", "一点一二五", "零点九八七六", "一点三零八"],
    "EXT": ["8032", "六零一二", "2105", "零"],
}
GENS = {
    "MOB": g_mob, "ID": g_id, "CARD": g_card, "ORDER": g_order, "LAND": g_land,
    "INTLLAND": g_intl_land, "HOT": g_hot, "TAIL4": g_tail4, "MASKMOB": g_maskmob,
    "MASKCARD": g_maskcard, "BADID": g_badid, "BADDATEID": g_baddateid,
    "ID17": g_id17, "BADCARD": g_badcard, "BADCARD2": g_badcard2,
    "BADMOB10": g_badmob10, "BADMOB12": g_badmob12, "BADPREFIX": g_badprefix,
    "BIGAMT": g_bigamt, "LONGNUM": g_longnum, "EXPRESS": g_express, "QQ10": g_qq10,
    "CONTRACT": g_contract, "TXN": g_txn, "USCC": g_uscc, "EMP": g_emp,
    "CODE6": g_code6, "STOCKCODE": g_stockcode, "PRICE": g_price, "DATE": g_date,
    "TIME": g_time,
}
SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)\}")


def fill(text, rng):
    def rep(m):
        k = m.group(1)
        if k in SLOTS:
            return rng.choice(SLOTS[k])
        return GENS[k](rng)
    return SLOT_RE.sub(rep, text)


# --------------------------------------------------------------------------
# templates: (sender S/C, "violated[|mentioned-only]", text, audience)
# audience: "" direct chat, "I" internal staff group, "G" customer group
# --------------------------------------------------------------------------
Tpl = namedtuple("Tpl", "sender rules mention text aud")


def T(sender, spec, text, aud=""):
    if "|" in spec:
        a, b = spec.split("|")
    else:
        a, b = spec, ""
    rules = tuple(sorted(x for x in a.split(",") if x))
    mention = tuple(sorted(x for x in b.split(",") if x))
    return Tpl(sender, rules, mention, text, aud)


NUM_HIT = [
    T("C", "R6", "我手机号{MOB}，有事打我电话{e}"),
    T("C", "R6", "{MOB} 这是我新号码，旧的那个不用了"),
    T("C", "R6", "我老婆的号{MOB}你也存一下，她也想开户"),
    T("C", "R6", "开户要身份证号是吧：{ID}"),
    T("C", "R6", "身份证{ID}，你帮我查下是不是开过户了"),
    T("C", "R6", "卡号{CARD} 工行的，到时候钱打这张"),
    T("C", "R6", "工资卡是{CARD}，能绑这个吗{p}"),
    T("C", "R6", "喂 我电话是{MOB}嗯对 晚上打过来就行"),
    T("C", "R6", "我念一下哈 {MOB} 记下了吧"),
    T("C", "R6", "银行卡 {CARD} 户名{cname}"),
    T("S", "R6", "{n}，跟您确认下预留手机{MOB}是否正确"),
    T("S", "R6", "您身份证号{ID}，核对一下有没有错"),
    T("S", "R6", "帮您查到了，绑定的卡是{CARD}，没问题我就提交了"),
    T("S", "R6", "有问题直接打我手机{MOB}，全天开机{e}"),
    T("S", "R6", "客户资料：{cname}，{ID}，电话{MOB}", "I"),
    T("S", "R6", "新客户{cname}的卡号{CARD}，麻烦帮忙加急", "I"),
    T("S", "R6", "这是我们营业部小李的手机{MOB}，您可以直接找她"),
    T("C", "R6", "号码{MOB}，微信同号"),
    T("C", "R6", "我儿子身份证号码是{ID}，他也想开个户"),
    T("C", "R6", "转账用这个账户吧{CARD}（建行）"),
    T("C", "R6", "我的联系方式：{MOB}（{cname}）"),
    T("C", "R6", "你加我吧 {MOB} 微信就是手机号"),
    T("S", "R6", "客户手机{MOB}刚来电投诉，请跟进", "I"),
    T("S", "R6", "{cname} 身份证{ID} 风险测评过期了 提醒下", "I"),
    T("C", "R6", "卡号是 {CARD} 您那边看下到账没"),
    T("C", "R6", "打这个{MOB}找我姐就行，她在家"),
    T("C", "R6", "座机打不通就打手机，{MOB}"),
    T("S", "R6", "回访名单：{cname} {MOB}", "I"),
    T("C", "R6", "身份证上的号码是{ID}对吧，我看看有没有抄错"),
    T("C", "R6", "嗯嗯 我卡号{CARD} 你看看"),
    T("C", "R6", "香港那张卡不用了，用内地这张{CARD}"),
    T("S", "R6", "紧急：{cname}的借记卡{CARD}被冻结，客户电话{MOB}", "I"),
    T("C", "R6", "我爸的身份证{ID}手机{MOB}，帮他也登记下"),
]

NUM_NM = [
    T("C", "R6", "订单号{ORDER}，麻烦帮我查下物流"),
    T("S", "R6", "客服热线{LAND}，工作日九点到五点"),
    T("S", "R6", "全国统一服务热线{HOT}，有问题随时打"),
    T("C", "R6", "我手机尾号{TAIL4}，验证码一直没收到"),
    T("S", "R6", "您尾号{TAIL4}的那张卡已经解绑了{p}"),
    T("S", "R6", "培训用的示例身份证号{BADID}，校验位故意写错的，别真录", "I"),
    T("C", "R6", "到账了，一共{BIGAMT}元，你核对下"),
    T("S", "R6", "代码{STOCKCODE}，今天收盘{PRICE}元"),
    T("S", "R6", "{DATE} {TIME}开会，大家别迟到", "I"),
    T("S", "R6", "已经帮您买了{CNQTY}股，成交均价{PRICE}"),
    T("C", "R6", "快递单号{EXPRESS}，合同寄过去了"),
    T("C", "R6", "我QQ是{QQ10}，文件发我邮箱也行"),
    T("S", "R6", "合同编号{CONTRACT}，您留存一下"),
    T("S", "R6", "这个号码不对吧{BADMOB10}，好像少了一位"),
    T("S", "R6", "{BADMOB12}是不是多打了一位？您再看看"),
    T("S", "R6", "测试卡号{BADCARD}，校验不通过的，演示用", "I"),
    T("S", "R6", "交易流水号{LONGNUM}，请您保存好"),
    T("S", "R6", "座机{LAND}，打过来找前台转{EXT}"),
    T("C", "R6", "价格是{CNPRICE}吗？比上次贵了"),
    T("S", "R6", "利率{rate}，期限{DAYS}天，{amt}起投"),
    T("S", "R6", "我们营业部是{CNYEAR}年成立的，老牌子了{e}"),
    T("S", "R6", "被骗了先打幺幺零报警，别犹豫"),
    T("S", "R6", "验证码{CODE6}五分钟内有效，别告诉任何人"),
    T("S", "R6", "身份证只要后四位{TAIL4}就行，不用发全号"),
    T("S", "R6", "这个证件号{BADDATEID}出生日期根本不存在，系统校验不过，肯定是编的", "I"),
    T("C", "R6", "交易编号 {TXN} 帮我看看是不是扣了两次"),
    T("S", "R6", "今天净值{CNNAV}，比上周涨了一点{e}"),
    T("S", "R6", "营业执照号{USCC}，开票信息发您了"),
    T("S", "R6", "您的手机号{MASKMOB}已经绑定成功{e}"),
    T("S", "R6", "卡号{MASKCARD}，这是脱敏的，放心"),
    T("C", "R6", "这个卡号{BADCARD2}提示无效，是不是输错了"),
    T("S", "R6", "工号{EMP}，有事报我工号就行"),
    T("S", "R6", "{BADID}这个身份证号校验位不对，麻烦您再核对下原件"),
    T("C", "R6", "房贷还剩{CNBIG}，每个月还{CNPRICE}"),
    T("S", "R6", "海外客户请拨{INTLLAND}，按0转人工"),
    T("S", "R6", "这个号{BADPREFIX}不是手机号段，是不是记错了"),
    T("C", "R6", "一二三四五 上山打老虎哈哈 我孙子在旁边乱说"),
    T("S", "R6", "您发的身份证号只有十七位{ID17}，少了最后一位"),
]

RHET_HIT = [
    T("S", "R1", "{n}您放心，{prod}不就是保本的吗，还担心啥{e}"),
    T("S", "R1", "难道我还会骗你吗？{prod}就是稳赚不赔的呀{p}"),
    T("S", "R1", "谁说{prod}不保本？我卖了八年一单都没亏过{e}"),
    T("S", "R1", "买了{prod}还能亏？这就是包赚的东西嘛"),
    T("S", "R1", "哪有买{prod}不赚钱的，稳赚的好伐{e}"),
    T("S", "R1", "{n}你想想，我们自己发的产品能不保本吗{p}"),
    T("S", "R1", "保证收益{rate}你还犹豫啥呢？过了这周就没额度了"),
    T("S", "R1", "零风险的东西你为啥不多买点呢？{amt}起投而已"),
    T("S", "R2", "{stock}{day}拉升你还不知道？内部消息我能骗你吗{e}"),
    T("S", "R2", "不就是内幕消息嘛，我这边早拿到了，你跟不跟{p}"),
    T("S", "R2", "庄家都进场了，你说它能不涨吗{e}"),
    T("S", "R2", "你以为庄家拉升前会通知散户吗？也就我能提前告诉你{p}"),
    T("S", "R2", "我同学就在那家公司上班，内部消息还能有假？{day}拉升"),
    T("S", "R2", "谁说没有内幕消息？{day}开盘你就知道了{e}"),
    T("S", "R3", "走公司流程多麻烦，私下转账给我不就完了吗"),
    T("S", "R3", "返佣{rate}你不要白不要啊，谁会嫌钱多呢{e}"),
    T("S", "R3", "钱转到我个人卡上有什么不行的？又不是第一次了{p}"),
    T("S", "R3", "飞单怎么了？收益比柜台高两个点你不心动吗{e}"),
    T("S", "R3", "私下交易手续费全免，这么好的事上哪找去{p}"),
    T("S", "R3", "返点直接给你现金，难道不比积分实在{e}"),
    T("S", "R4", "账户密码发我不就行了，还用你天天盯盘吗{e}"),
    T("S", "R4", "你上班那么忙，我帮你操作不是更省心吗{p}"),
    T("S", "R4", "代客理财我们做了这么多年，你还有啥不放心的{e}"),
    T("S", "R4", "全权委托给我，难道我还会坑自己客户吗"),
    T("S", "R4", "为什么不把账户密码给我呢？一天能多赚好几千"),
    T("S", "R4", "哪个大客户不是全权委托给我们的？{n}你就别自己折腾了"),
    T("S", "R5", "这里说话不方便，加我个人号不就好了嘛{e}"),
    T("S", "R5", "私人微信上聊多自在，干嘛非在这个号上问{p}"),
    T("S", "R5", "好东西哪能在企业微信里发？加我私人号呀{e}"),
    T("S", "R5", "你难道不想第一时间收到消息？加我个人号{e}"),
    T("S", "R5", "谁还在工作号上聊行情啊，私人号上说不香吗"),
    T("S", "R1,R2", "保本又有内部消息，这种机会你还不上车吗{e}"),
    T("S", "R3,R5", "加我私人微信，返点直接发你，不香吗{e}"),
    T("S", "R1,R4", "账户密码给我，稳赚的活儿你还怕啥{p}"),
    T("S", "R1", "你说跟着我的客户哪个不是稳赚的？{e}"),
    T("S", "R3", "飞单也是正规产品嘛，能有什么问题呢{p}"),
]

RHET_NM = [
    T("C", "R1", "这个{prod}保本吗？{sn}跟我说实话"),
    T("C", "R1", "你们那个{prod}是不是稳赚的啊{e}"),
    T("C", "R2", "有没有什么内部消息透露一下嘛{e}"),
    T("C", "R2", "{stock}是不是有庄家在里面啊，怎么天天涨"),
    T("C", "R3", "能不能私下转账给你啊，手机银行转账限额了"),
    T("C", "R3", "别家券商都有返佣，你们为啥没有{p}"),
    T("C", "R4", "我能把账户密码给你让你弄吗，我真不太会"),
    T("C", "R4", "你们有没有代客理财的服务啊？我没时间看盘"),
    T("C", "R5", "你有私人微信吗，企业微信我老是看不到消息"),
    T("C", "R5", "要不我加你私人号吧？这个号我不常用"),
    T("S", "R1", "天底下哪有保本的股票基金？{n}别信这种话{p}"),
    T("S", "R1", "哪有什么稳赚不赔的生意，投资总归有风险的"),
    T("S", "R1", "零风险？这世上哪有零风险的投资啊，您再想想"),
    T("S", "R2", "我怎么可能有内幕消息呢，我就是个普通客户经理{p}"),
    T("S", "R2", "庄家？现在监管这么严，谁还敢坐庄啊"),
    T("S", "R2", "今天大盘拉升您看到了吗？成交量也放出来了"),
    T("S", "R3", "私下转账？那怎么行，钱都得走您本人账户的"),
    T("S", "R3", "飞单这种事谁敢做啊，被查到直接开除"),
    T("S", "R3", "返佣？您在哪听说的，我们没有这个"),
    T("S", "R4", "我怎么能要您的账户密码呢，您自己保管好{e}"),
    T("S", "R4", "代客理财是违规的，我哪敢啊{p}"),
    T("S", "R4", "全权委托？这个真不行，交易必须您本人下单"),
    T("S", "R5", "加我个人号干嘛呢，有事就在这里说，有记录对您也是保障"),
    T("S", "R5", "私人微信？我们规定只能用企业微信联系客户的哦"),
    T("S", "R1", "{n}您之前是不是买过别家说保本的产品？合同发我看看"),
    T("S", "R2", "您说的庄家是指哪只票的主力？我查下资金流向"),
    T("S", "R3", "是不是有人让您私下转账？千万别转，先跟我核实"),
    T("S", "R4", "您是不是把账户密码告诉别人了？赶紧改一下{e}"),
    T("S", "R5", "谁让您加他私人微信的？把名字发我，我去核实"),
    T("C", "R1", "你们经理说稳赚不赔，是真的假的？"),
    T("S", "R2", "尾盘拉升是不是有消息？没有的，就是资金回流{p}"),
    T("C", "R4", "有人说可以帮你操作账户，这个靠谱吗"),
    T("S", "R1", "现在还有保收益的产品吗？没有了，资管新规以后都是净值型"),
    T("C", "R3", "返点能不能直接返到卡里啊"),
    T("S", "R2", "早盘拉升那么猛，下午会不会回落谁也说不准{p}"),
    T("C", "R5", "私人号能加吗？我老婆也想问问理财的事"),
]

PROH_NM = [
    T("S", "R1", "【合规提醒】严禁向客户承诺保本保收益，请各位同事注意", "I"),
    T("S", "R3", "各位客户，本公司员工不得以任何形式要求私下转账，请认准官方渠道", "G"),
    T("S", "R4", "{n}温馨提示：请勿把账户密码告诉任何人，包括我们员工"),
    T("S", "R3,R4", "晨会纪要：1.禁止代客理财 2.禁止飞单 3.禁止夸大宣传", "I"),
    T("S", "R1", "零风险、稳赚这种词跟客户聊天不能说的，培训讲过好几遍了", "I"),
    T("S", "R5", "公司规定不许加客户私人微信，所以只能在这里回复您哈"),
    T("S", "R3", "返佣返点这些我们一律不许做，您理解一下{p}"),
    T("S", "R2", "内幕消息这种东西切勿相信，也不要传播{e}"),
    T("S", "R4", "全权委托是明令禁止的，交易只能您本人操作"),
    T("S", "R2", "不要跟客户说什么庄家拉升，监管盯得很紧", "I"),
    T("S", "R5", "请大家切勿使用私人号联系客户，一经发现严肃处理", "I"),
    T("S", "R4", "按规定我不能帮你操作，只能教您怎么在APP上下单{e}"),
    T("S", "R1", "保证收益这类话术严禁使用，违者当月绩效清零", "I"),
    T("S", "R3", "新员工注意：飞单严禁！私下交易严禁！", "I"),
    T("S", "R1", "客户问是不是保本的，一律如实说不保本，不得误导", "I"),
    T("S", "R2", "营业部禁止员工打听或传播内部消息，大家知悉", "I"),
    T("S", "R4", "{n}不好意思，账户密码我们是不能接收的，您千万别发"),
    T("S", "R5", "私人微信加客户的，这个月考核直接不合格，都别碰", "I"),
    T("S", "R1", "第三条：不得向客户宣称稳赚不赔或变相承诺保本", "I"),
    T("S", "R3", "让客户转到我个人账户这种事，客户怎么要求都不行，记住", "I"),
    T("S", "R3", "禁止！禁止！禁止！私下转账，重要的事说三遍", "I"),
    T("S", "R2", "提醒下：拉升、庄家这类词朋友圈里不要发", "I"),
    T("S", "R4", "{n}我们这边是不允许代客理财的哈，要不我教您{e}"),
    T("S", "R1", "不能跟客户说零风险，哪怕是国债逆回购也不能这么讲", "I"),
    T("S", "R5", "请勿让客户加我个人号之类的，统一用企业微信沟通", "I"),
    T("S", "R2", "内部消息不得外传，也不得据此向客户推荐股票", "I"),
    T("S", "R4", "操作手册写得很清楚：员工不得保管客户账户密码", "I"),
    T("S", "R1", "包赚这种字眼别往宣传材料里写，合规会打回来", "I"),
    T("S", "R5", "私人号一律不准加客户，有问题找我", "I"),
    T("S", "R4", "全权委托、代客下单是公司红线，任何人不得触碰", "I"),
    T("S", "R3", "我们这边不让飞单的，您放心在柜台买就行"),
    T("S", "R1", "销售时严禁使用“稳赚”“保本”等字眼", "I"),
    T("S", "R2", "庄家消息请勿轻信，更不得转发给客户", "I"),
    T("S", "R3", "{n}请不要把钱转到我个人名下，只能走银证转账"),
    T("S", "R5", "按公司要求，我不能用私人微信跟您联系，见谅{e}"),
]

PROH_HIT = [
    T("S", "R1", "公司是不让承诺保本，但{prod}我跟你讲就是保本的{e}"),
    T("S", "R1", "规定是不能说稳赚，私下跟你说这个真的稳赚{p}"),
    T("S", "R2", "这话别外传哈，内部消息，{stock}{day}要拉升"),
    T("S", "R2", "不要跟别人说是我讲的，庄家已经建完仓，{day}拉升{e}"),
    T("S", "R3", "按规定不能私下收钱，不过你转到我个人卡上我马上帮你买"),
    T("S", "R3", "系统里先别下单，私下交易费率低一半{p}"),
    T("S", "R3", "禁止外传：这期返佣{rate}，直接打你卡上"),
    T("S", "R4", "公司不许我们碰客户账户，你账户密码给我，我帮你操作就是了"),
    T("S", "R4", "别在群里说，代客理财这块我可以接，私聊{e}"),
    T("S", "R4", "千万别告诉别人，全权委托给我，一年给你做出{rate}"),
    T("S", "R5", "这个号不能聊太细，加我私人微信说{e}"),
    T("S", "R5", "工作号上禁止发研报，加我个人号我发你{p}"),
    T("S", "R5", "企业微信有监控的，不许乱说，私人号上细聊"),
    T("S", "R1", "不要买别家的，我们这款{prod}零风险，{rate}"),
    T("S", "R2", "请勿相信网上的荐股群，跟着我，内部消息准得很{e}"),
    T("S", "R3", "切勿轻信陌生人，要转账就转到我个人账户，我给你办"),
    T("S", "R4", "不要自己瞎操作了，把账户密码给我，我来{e}"),
    T("S", "R4", "别把身份证借给别人哈，账户的话我帮你操作就行{e}"),
    T("S", "R5", "公司不让加客户微信，你加我私人号，备注{n}就行"),
    T("S", "R5", "群里不得讨论个股，有需要的加我个人号单聊", "G"),
    T("S", "R3", "规定上是不能返点的，我这边偷偷给你返{rate}"),
    T("S", "R1", "嘘🤫不能说太明白，反正这次稳赚不赔"),
    T("S", "R1", "按理说不能保收益，但你是老客户，{rate}我给你保收益"),
    T("S", "R2", "不准截图哈，我们拿到了内幕消息，{stock}有大动作"),
    T("S", "R2", "电话里不要说，庄家那边已经定了，{day}一起拉升"),
    T("S", "R3", "别走公司系统了，流程慢，飞单收益还高{p}"),
    T("S", "R4", "合规说不能代客理财，哎咱们这么熟了，你就全权委托给我吧"),
    T("S", "R5", "这个群不能发链接，资料我加你私人微信发你{e}", "G"),
    T("S", "R1", "按规定不能讲收益，反正{prod}保本，你懂的{e}"),
    T("S", "R2", "不要声张，{stock}是庄家票，拉升前我通知你"),
    T("S", "R3", "不能开发票哈，返佣走私下转账给你"),
    T("S", "R4", "不许跟别的经理说，你的账户密码我这保管着，随时帮你操作"),
    T("S", "R1,R5", "禁止在企业微信谈收益，加我个人号细说，稳赚的"),
    T("S", "R1", "这事不能留记录，零风险的东西你信我{e}"),
    T("S", "R4", "别告诉合规，代客理财的钱我每周给你对账"),
]

WARN_NM = [
    T("S", "R1", "提醒各位：最近有人冒充我司员工推荐保本理财，都是骗子{e}", "G"),
    T("S", "R1", "{n}注意了，凡是说稳赚不赔的都是诈骗，千万别信"),
    T("S", "R1", "新闻：某券商员工因向客户承诺保收益被罚款并暂停执业", "I"),
    T("S", "R3", "隔壁支行的客户经理飞单被抓了，已经移送公安", "I"),
    T("S", "R2", "风险提示：所谓“内幕消息”荐股群基本都是杀猪盘"),
    T("S", "R2", "警惕！有人以庄家拉升为名诱导投资者进群炒股", "G"),
    T("S", "R3", "刚才客户问能不能私下转账，我已经拒绝并报备了", "I"),
    T("S", "R3", "{n}如果有人跟您说转到我个人账户就行，那一定是骗子"),
    T("S", "R3", "监管通报：某员工私下交易挪用客户资金，被终身禁入", "I"),
    T("S", "R4", "反诈提醒：索要账户密码的都是骗子，我们员工绝不会问"),
    T("S", "R4", "王经理因为代客理财被处分了，大家引以为戒", "I"),
    T("S", "R4", "客户说要全权委托给我，我按规定拒绝了，聊天已留痕", "I"),
    T("S", "R5", "有客户反映有人加他私人微信推销产品，不是咱们的人", "I"),
    T("S", "R5", "警惕冒充客服让您加私人号的，官方只有这一个企业微信"),
    T("S", "R5", "通报：营业部两名员工用私人微信接单，已被辞退", "I"),
    T("S", "R1", "最近好多零风险高收益的广告，十有八九是非法集资{p}"),
    T("S", "R1", "有个自称券商老师的说包赚，那是骗人的{p}"),
    T("S", "R2", "{n}您转来的截图，说有内部消息那个，是假冒我们公司的"),
    T("S", "R3", "最近有骗子以返佣为诱饵让人下载假APP，大家小心", "G"),
    T("S", "R3", "刚那位客户想要返点，我跟他说了没有这回事", "I"),
    T("S", "R4", "上周有客户被人骗走账户密码，股票全被卖了，惨"),
    T("S", "R4", "投诉案例：某经理跟客户说帮你操作，结果亏了三成被投诉", "I"),
    T("S", "R5", "风险提示：陌生人让加私人号进所谓VIP群，十个有九个是骗局"),
    T("S", "R1", "这个稳赚的说法是假的，您别被视频里的人带节奏"),
    T("S", "R2", "今天大盘拉升主要是政策消息刺激，不代表会一直涨，注意风险"),
    T("S", "R2", "{n}您看到的那个庄家带飞的群是诈骗，已经有人报警了"),
    T("S", "R3", "内控检查发现有人飞单，现在全行自查，大家别心存侥幸", "I"),
    T("S", "R2", "证监会公告：某人利用内幕消息交易被罚没上千万"),
    T("S", "R1", "客户今天又问能不能保本，我说不能，建议他看看大额存单", "I"),
    T("S", "R4", "有客户把账户密码发给我了，我让他马上改掉，也上报了", "I"),
    T("C", "R5", "有个人让我加他私人微信说带我理财，是你们公司的吗"),
    T("S", "R4", "合规通报：代客理财、全权委托案例三起，涉事人员已处理", "I"),
    T("S", "R3", "{n}千万小心那种让你私下转账买理财的，出了事谁都追不回"),
    T("S", "R1", "警示：以保证收益为名的私募产品多数已经暴雷"),
    T("S", "R2", "举报了一个群，群主天天发庄家拉升的截图骗人交会员费"),
    T("C", "R1", "我朋友被人骗了，那人说稳赚不赔，你们这不会也这样吧"),
]

WARN_HIT = [
    T("S", "R1", "现在骗子很多你要小心哈，不过我们这个{prod}是真的保本{e}"),
    T("S", "R2", "外面荐股群都是骗人的，我这才是真内部消息，{stock}{day}拉升"),
    T("S", "R3", "最近好多人被骗，你别转给陌生人，直接转到我个人卡上最安全{e}"),
    T("S", "R4", "有人冒充我们员工，你注意一下。账户密码给我，我帮你操作{p}"),
    T("S", "R5", "企业微信最近老被盗号，加我私人微信吧，安全点{e}"),
    T("S", "R3", "隔壁小王飞单被抓是他太笨，咱们私下交易走现金不留记录"),
    T("S", "R1", "新闻里被罚的那个是乱承诺，咱这个不一样，真的零风险"),
    T("S", "R4", "听说老李被处分了，不过你放心，代客理财这块我做得很稳"),
    T("S", "R3", "反诈提醒看了吧？那些是骗子，我这个返佣是实打实的{rate}"),
    T("S", "R2", "别信群里那些老师，庄家什么时候拉升我比他们清楚{e}"),
    T("S", "R1", "风险提示我得发一下哈：投资有风险。但说实话这款稳赚不赔{e}"),
    T("S", "R5", "最近监管查得严，咱们到私人号上聊，别在这说"),
    T("S", "R1", "那个截图里的是骗子，真保本的是我们这个{prod}，{amt}起"),
    T("S", "R4", "有客户被假APP骗了，你以后别自己弄了，全权委托给我{p}"),
    T("S", "R3", "上次有人举报我们营业部，不影响，返点照样给你{e}"),
    T("S", "R1,R2", "市场有风险你也知道，但这次是内部消息，稳赚"),
    T("S", "R5", "诈骗短信多别点链接，加我个人号我把认购链接发你"),
    T("S", "R3", "那人被罚是他不会做，咱们飞单都走得干干净净{p}"),
    T("S", "R1", "投教说要警惕保本承诺，我这个是公司兜底的保本，不一样"),
    T("S", "R4", "合规刚通报了一个案例，咱低调点，你把账户密码私下发我就行"),
    T("S", "R5", "假冒的太多了，认准我私人微信，以后产品都在那发"),
    T("S", "R1", "骗子才说包赚，我说的是{prod}保收益{rate}，白纸黑字"),
    T("S", "R2", "别跟那些黑嘴学，他们瞎猜，我这是庄家直接给的消息{e}"),
    T("S", "R4", "有个客户被人骗了十几万，唉。{n}你的钱我帮你操作，放心"),
    T("S", "R3", "反洗钱查得严，转账备注别写理财，私下转账给我就行"),
    T("S", "R5", "提醒一下网上很多假客服，我私人号发你，以后找这个号"),
    T("S", "R4", "营业部刚有人因为这个被开除，但代客理财我这边还能做，你要的话说"),
    T("S", "R2", "{stock}最近被人举报操纵，不过它{day}还会拉升，内部消息"),
    T("S", "R1", "防骗提醒：别信陌生人的高收益。我这个{prod}零风险你随时买"),
    T("S", "R3", "举报有奖是真的，不过你可别举报我哈😂 返佣下周到账"),
    T("S", "R1", "风险揭示书您签一下走个流程，{prod}稳赚的{e}"),
    T("S", "R5", "那个诈骗团伙被抓了你看新闻没，对了加下我私人微信，有好东西"),
    T("S", "R2", "那些说有内幕消息的你别信，我们研究所的内部消息才靠谱"),
    T("S", "R4", "有人全权委托亏了告经理，我不会的，你全权委托给我我心里有数"),
    T("S", "R3", "之前有客户投诉飞单，查了也就那样，你这笔走飞单收益高一个点"),
]

REF_NM = [
    T("S", "R1", "{n}不好意思，我们不提供保本产品，净值会有波动的"),
    T("S", "R1", "保收益这个我真做不了，现在都是净值化产品"),
    T("S", "R1", "没有稳赚不赔这回事，我也不会这么跟您说的"),
    T("S", "R1", "零风险的我这没有，风险最低的是存款类的"),
    T("S", "R2", "内幕消息我没有，也不会去打听，研报倒是可以发您"),
    T("S", "R2", "庄家的事我不清楚，也不会跟您聊这些{p}"),
    T("S", "R2", "您说的内部消息我们没有，外面那些也别信"),
    T("S", "R3", "私下转账不行的，必须从您本人账户走银证转账"),
    T("S", "R3", "飞单我不会做的，所有产品都在我们APP上查得到"),
    T("S", "R3", "返佣我们这没有，佣金都是按公司统一标准"),
    T("S", "R3", "抱歉，转到我个人账户是绝对不可以的，请走公司渠道"),
    T("S", "R3", "返点没有的哈，有的话也是官方活动，APP上有公告"),
    T("S", "R4", "您的账户密码我不能要，请您自己保管好"),
    T("S", "R4", "帮你操作这个我做不了，只能教您在APP上怎么下单"),
    T("S", "R4", "我们不做代客理财，最后还得您自己拿主意{e}"),
    T("S", "R4", "全权委托我不接的，您别为难我了{p}"),
    T("S", "R5", "私人微信不方便给哈，有事在这里找我一样的"),
    T("S", "R5", "我没有私人号的，工作都用这个企业微信"),
    T("S", "R5", "加我个人号这个真不行，公司要求全程留痕"),
    T("S", "R1", "不会的，我们不会承诺保本，说了就是违规"),
    T("S", "R1", "您说的那种包赚的产品我这里没有，也不建议您去找"),
    T("S", "R1", "这个没法保证收益的，合同里写得很清楚{p}"),
    T("S", "R2", "大盘拉升我也没法预测，更没有什么小道消息"),
    T("S", "R3", "我们不会私下交易的，所有业务都有合同有记录"),
    T("S", "R4", "密码千万别发我啊，账户密码谁都不能给，我也不要"),
    T("S", "R4", "代客理财？没有这回事，您可能听错了"),
    T("S", "R4", "全权委托的协议我们公司没有，也签不了"),
    T("S", "R5", "私人微信我不加客户的，不好意思{e}"),
    T("S", "R5", "不行哦，私人号我这边加不了，您在这里留言我都能看到"),
    T("S", "R2", "会不会拉升谁也说不准，我不会给您打包票的"),
    T("S", "R1", "您问的稳赚的那种，我真没有，有的话我自己早买了😂"),
    T("S", "R3", "私下转账的事以后别提了，我不会收的"),
    T("S", "R4", "您想让我帮你操作我理解，但这个真不能做"),
    T("S", "R2", "内部消息这种东西真没有，有也不能讲"),
    T("S", "R5", "加我个人号？不了不了，我就这一个工作号"),
]

REF_HIT = [
    T("S", "R1", "保本我们不能写进合同，不过私下跟你说，{prod}肯定保本{e}"),
    T("S", "R1", "公司层面做不了保收益，但是我个人给你保收益{rate}，差的我补"),
    T("S", "R1", "一般的我不敢说稳赚，除非是{prod}，这个是真稳赚{p}"),
    T("S", "R1", "合同里没法写，可是零风险是肯定的，我拿工作担保"),
    T("S", "R2", "内幕消息不能发群里，要是你想要的话我私聊发你{e}"),
    T("S", "R2", "我不荐股的哈，不过{stock}{day}要拉升，内部消息，你自己看着办"),
    T("S", "R2", "庄家的事我不方便说，但是你{day}之前进去准没错，他们要拉升"),
    T("S", "R3", "公司账户走不了，实在不行你私下转账给我，我来安排"),
    T("S", "R3", "返佣公司不给，我自己掏腰包返点给你{rate}{e}"),
    T("S", "R3", "飞单我一般不做的，除非是{n}你这样的老客户"),
    T("S", "R3", "柜台买不了的话，私下交易也行，手续费我给你免了"),
    T("S", "R3", "我不收现金的，你转到我个人微信就好"),
    T("S", "R4", "密码我本来不能要，但你实在没空的话，账户密码发我吧"),
    T("S", "R4", "规定不能代客理财，要是你信得过我的话，我帮你操作"),
    T("S", "R4", "不接全权委托的，不过你把密码给我，我天天帮你操作也一样"),
    T("S", "R4", "股票我不帮人做，基金可以，账户密码给我我帮你配一下"),
    T("S", "R5", "企业微信上不方便说，要不你加我个人号{e}"),
    T("S", "R5", "这个号不能发资料，可是我私人微信可以，加一下？"),
    T("S", "R5", "私人号一般不给客户的，不过{n}你不一样，我发你"),
    T("S", "R1", "理财经理不能承诺收益哈。但这款包赚，我保证{e}"),
    T("S", "R2,R5", "内部消息我不能直接说，你加我私人微信我发你"),
    T("S", "R3", "不行不行，返佣不能这么给，换个方式，返点打到你老婆卡上"),
    T("S", "R1", "这个产品我不推荐，推荐你{prod}，零风险的{e}"),
    T("S", "R3", "不是我不帮你，系统里买不了了，飞单还有额度要不要"),
    T("S", "R4", "我不随便给人代客理财的，只给大客户做，你{amt}够了"),
    T("S", "R5", "这事我在这不能回复你，加我个人号再说{p}"),
    T("S", "R1", "我不敢打包票，但稳赚不赔是肯定的啦{e}"),
    T("S", "R2", "不是内幕消息哈😏就是我朋友在那公司，说{day}拉升"),
    T("S", "R2", "我不推荐个股，只是提醒你庄家在吸筹，{day}要拉升"),
    T("S", "R3", "转账我不经手的，你私下转账给我老婆也行"),
    T("S", "R4", "不能替你签字，但账户密码给我，交易我帮你操作没问题"),
    T("S", "R4", "书面的全权委托签不了，口头上你全权委托给我就行"),
    T("S", "R5", "不行的不行的，除非你加我私人微信，我那边什么都能说"),
    T("S", "R1", "保本不好说，保收益可以，{rate}兜底{e}"),
    T("S", "R3", "这个不提供返佣的，要是你{amt}以上的话，返点可以谈"),
]

QUOTE_NM = [
    T("S", "R1", "{n}，那个人跟你说“保本稳赚”，你千万别信"),
    T("S", "R1", "听说隔壁营业部有人讲「稳赚不赔」，被客户投诉了", "I"),
    T("S", "R1", "客户问“有没有零风险的”，我说没有，已经解释清楚了", "I"),
    T("S", "R1", "转发：《警惕“保证收益”类理财陷阱》"),
    T("S", "R1", "那个视频里喊‘包赚’的博主被封号了{e}"),
    T("S", "R2", "截图里那个“内幕消息”是假的，我们公司从没发过"),
    T("S", "R2", "他说“庄家下周拉升”，这种话您千万别信{p}"),
    T("S", "R2", "文章标题：《所谓‘内部消息’荐股，实为诈骗》"),
    T("S", "R2", "客户转述有人说「主力要拉升了快上车」，典型骗局", "I"),
    T("S", "R3", "有人跟您讲“私下转账手续费低”吗？那是骗子"),
    T("S", "R3", "同事说的“飞单”是指卖公司以外的产品，是违规的，咱不碰"),
    T("S", "R3", "新闻：《某银行员工“返佣”揽储被查》", "I"),
    T("S", "R3", "您说对方让您“转到我个人账户”？别转！先报警"),
    T("S", "R3", "客户问：“返点怎么算？”我回复没有返点哈", "I"),
    T("S", "R4", "骗子一般会说“把账户密码给我，我帮你操作”，记住了吗"),
    T("S", "R4", "那个群主讲「代客理财年化30%」，一看就是非法的"),
    T("S", "R4", "转发监管提示：《拒绝“全权委托”，守住钱袋子》", "G"),
    T("S", "R4", "听说那人说过'帮你操作'，后来把客户的钱亏光了"),
    T("S", "R5", "对方说“加我私人微信领红包”，那不是我们的人"),
    T("S", "R5", "您截图里那句“加我个人号”不是我发的，有人冒充我"),
    T("S", "R5", "客户问“你私人号多少”，我说只用企业微信", "I"),
    T("S", "R5", "【转】警惕“私人号”推荐理财，谨防诈骗", "G"),
    T("S", "R1", "你朋友说的‘稳赚’是哪家的？发我看看，多半是骗局"),
    T("S", "R1", "他原话是“零风险，不赚算我的”，这已经违规了，建议您投诉"),
    T("S", "R2", "{n}转的那篇《庄家如何拉升股价》是老文章了，看看就好"),
    T("S", "R2", "群里有人喊“内部消息明天涨停”，我已经把他踢了", "G"),
    T("S", "R3", "老张之前说什么“私下交易更划算”，最后被抓了"),
    T("S", "R3", "那个APP宣称“交易返佣50%”，是非法平台"),
    T("S", "R4", "他们说“全权委托给我们，包您满意”，结果人跑了"),
    T("S", "R4", "有人发短信“账户密码已过期请重置”，是钓鱼，别点"),
    T("S", "R5", "“加我个人号”这种话，我们员工是不会说的{e}"),
    T("S", "R1", "听说有人打着我们旗号说「保收益」，公司已经发声明了"),
    T("S", "R2", "“大盘拉升在即”这种标题党文章看看就好"),
    T("S", "R5", "您说的那个“私人微信”我们查了，不是我司员工"),
    T("C", "R4", "有人跟我说“代客理财不收费”，靠不靠谱啊"),
    T("S", "R1", '群里那个"老师"天天喊"保本翻倍"，已经举报了', "G"),
]

QUOTE_HIT = [
    T("S", "R1", "{prod}真的是“保本”的，放心买{e}"),
    T("S", "R1", "我们经理说了，「稳赚不赔」，你就安心拿着"),
    T("S", "R1", "领导原话：“这期保收益{rate}”，名额不多了{p}"),
    T("S", "R1", "我早就说过「零风险」，你看现在收益多稳"),
    T("S", "R1", "公司内部通知写得明白：“包赚”，你还怕啥"),
    T("S", "R2", "记住我这句话：“{stock}{day}拉升”，消息绝对可靠"),
    T("S", "R2", "我们研究部的‘内部消息’，{stock}有重组，先埋伏"),
    T("S", "R2", "我说的“庄家”就是我朋友的机构，他们这周就拉升"),
    T("S", "R2", "这是我们的“内部消息”，别外传，{day}大涨"),
    T("S", "R3", "我跟你讲过的“私下转账”那个办法，今天可以操作了"),
    T("S", "R3", "“返佣{rate}”是我给你的承诺，说到做到{e}"),
    T("S", "R3", "我们团队一直是“飞单”做的，收益高一截{p}"),
    T("S", "R3", "老规矩，“转到我个人”卡上，我下午帮你买"),
    T("S", "R3", "你就记住“返点”两个字，{amt}以上我都给"),
    T("S", "R4", "我上次说的「帮你操作」还算数，把账户交给我就行"),
    T("S", "R4", "“全权委托”给我，你就等着收钱吧{e}"),
    T("S", "R4", "我私下接「代客理财」的，{amt}放我这就行"),
    T("S", "R4", "把「账户密码」发我，今天就帮你调仓"),
    T("S", "R5", "“加我个人号”，那边有更多好产品{e}"),
    T("S", "R5", "我说了“私人微信”上细聊，这里不方便"),
    T("S", "R5", "主管说了『有事私人号上说』，你加一下"),
    T("S", "R1", "我们的口号就是“保本保收益”，{n}放心"),
    T("S", "R2", "“有内部消息”不是吹的，上次{stock}你也看到了"),
    T("S", "R3", "我之前说的“私下交易”价格，今天还有效{p}"),
    T("S", "R1", "你只要记住一句话：“稳赚”，其他别管{e}"),
    T("S", "R2", "客户都叫我“庄家的朋友”😎，{stock}拉升我提前知道"),
    T("S", "R3", "“返佣”和“返点”我都能给你安排，放心"),
    T("S", "R4", "我的承诺就一句：“全权委托，亏了算我的”"),
    T("S", "R5", "'私人号'给你了，以后私聊这个{e}"),
    T("S", "R1", "我们行长亲口说的“零风险”，你还不信我？"),
    T("S", "R2", "这个“拉升”是确定的，庄家已经准备好了"),
    T("S", "R3", "就像我一直说的「飞单更划算」，{n}要不要试试"),
    T("S", "R4", "“帮你操作”是我们的特色服务，密码给我就行"),
    T("S", "R5", "按我说的“加我个人号”，那边发你内部资料"),
    T("S", "R1", "合同上写着“保证收益{rate}”，你放一百个心"),
    T("S", "R3", '"返点"照给，老客户都有的{p}'),
]

TEMPLATES = {
    "numbers": (NUM_HIT, NUM_NM),
    "rhetorical": (RHET_HIT, RHET_NM),
    "prohibition": (PROH_HIT, PROH_NM),
    "warning_report": (WARN_HIT, WARN_NM),
    "refusal": (REF_HIT, REF_NM),
    "quotation": (QUOTE_HIT, QUOTE_NM),
}

# --------------------------------------------------------------------------
# surface noise
# --------------------------------------------------------------------------
STAFF_PREFIX = ["嗯嗯，", "那个", "哎，", "诶 ", "好的好的，", "收到，", "对了，", "话说",
                "我跟你讲哈，", "emmm ", "哈喽，", "亲，", "@{n} ", "哦哦 ", "是这样的，",
                "{n}，"]
CUST_PREFIX = ["在吗？", "{sn}，", "问一下哈，", "嗯嗯 ", "那个", "哎", "你好，", "哈喽 ",
               "@{sn} ", "我想问下，", "诶对了，"]
INTERNAL_PREFIX = ["各位，", "@所有人 ", "大家注意，", "同事们，", "补充一下："]
SUFFIXES = ["😄", "👍", "🙏", "[抱拳]", "[呲牙]", "哈哈", "～", "。。。", "!!", "😂😂",
            "[OK]", "🌹", "[握手]", "…", "[捂脸]"]
TYPOS = [("什么", "啥"), ("怎么", "咋"), ("这样", "酱紫"), ("觉得", "觉的"),
         ("已经", "以经"), ("知道", "知到"), ("没有", "木有"), ("好的", "好滴"),
         ("现在", "现再"), ("一下", "一哈"), ("您", "你"), ("然后", "然后呢"),
         ("这个", "这个这个")]
VOICE_PUNCT = set("，。！？,!?；;、：")
VOICE_TAIL = ["", "", " 嗯", " 就这样哈", " 嗯嗯", " 好吧"]
KW_SEPS = [" ", "  ", "·", "-", "*", "\u200b", "\u200d", "\u2060", "/", ".", "_",
           "😂", "💰", "🤫", "~", "|", "，"]


def to_trad(text, rng, mode, spans):
    chars = list(text)
    if mode == "keyword":
        idx = sorted(set(i for a, b in spans for i in range(a, b) if chars[i] in S2T))
        if not idx:
            mode = "partial"
        else:
            for i in idx:
                chars[i] = S2T[chars[i]]
            return "".join(chars)
    cand = [i for i, c in enumerate(chars) if c in S2T]
    if not cand:
        return text
    if mode == "full":
        pick = cand
    else:
        pick = [i for i in cand if rng.random() < 0.5] or [rng.choice(cand)]
    for i in pick:
        chars[i] = S2T[chars[i]]
    return "".join(chars)


def insert_sep(text, rng):
    spans = kw_spans(text)
    if not spans:
        return text
    a, b = rng.choice(spans)
    sep = rng.choice(KW_SEPS)
    if rng.random() < 0.3:
        cuts = list(range(a + 1, b))
    else:
        cuts = [rng.randint(a + 1, b - 1)]
    chars = list(text)
    for c in sorted(cuts, reverse=True):
        chars.insert(c, sep)
    return "".join(chars)


def render(tpl, rng, cat, want_trad, want_sep):
    t = tpl.text
    if not t.startswith("{") and rng.random() < 0.18:
        if tpl.aud == "I":
            t = rng.choice(INTERNAL_PREFIX) + t
        elif tpl.sender == "C":
            t = rng.choice(CUST_PREFIX) + t
        else:
            t = rng.choice(STAFF_PREFIX) + t
    if rng.random() < 0.15:
        t = t + rng.choice(SUFFIXES)
    text = fill(t, rng)
    if rng.random() < 0.10:
        opts = [p for p in TYPOS if p[0] in text]
        if opts:
            a, b = rng.choice(opts)
            text = text.replace(a, b, 1)
    if rng.random() < 0.10:
        sp = rng.choice([" ", ""])
        text = "".join(sp if c in VOICE_PUNCT else c for c in text).strip()
        text += rng.choice(VOICE_TAIL)
    if want_trad:
        mode = rng.choice(["full", "full", "partial", "partial", "keyword"])
        if cat == "numbers" and mode == "keyword":
            mode = "partial"
        text = to_trad(text, rng, mode, kw_spans(text))
    if want_sep:
        text = insert_sep(text, rng)
    return text


# --------------------------------------------------------------------------
# per-message validation (used both while generating and in the final check)
# --------------------------------------------------------------------------
def has_trad(text):
    return any(c in T2S for c in text)


def validate_msg(cat, kind, tpl, text, want_trad, want_sep):
    errs = []
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        errs.append("length %d" % len(text))
    if want_trad != has_trad(text):
        errs.append("traditional flag mismatch")
    if cat == "numbers":
        if naive_rules(text):
            errs.append("R1-R5 keyword in numbers message")
        if kind == "hit" and not has_valid_full(text):
            errs.append("hit has no valid personal number")
        if kind == "nm" and has_valid_any(text):
            errs.append("near miss yields a valid personal number")
        if want_sep:
            errs.append("separator flag in numbers")
        return errs
    if has_valid_any(text) or max_run_len(text) > 6:
        errs.append("sentence message carries a long digit run")
    naive = set(naive_rules(text))
    strict = set(strict_rules(text))
    declared = set(tpl.rules)
    if not declared:
        errs.append("empty label")
    if kind == "hit":
        if tpl.sender != "S":
            errs.append("hit from customer")
        if not declared <= strict:
            errs.append("hit missing keyword for %s" % sorted(declared - strict))
        if not (naive - declared) <= set(tpl.mention):
            errs.append("undeclared keyword %s" % sorted(naive - declared))
    else:
        if naive != declared:
            errs.append("near-miss label %s != keywords %s" % (sorted(declared), sorted(naive)))
    f = fold(text)
    sep_present = kw_count(strip_seps(f)) > kw_count(f)
    if want_sep != sep_present:
        errs.append("separator flag mismatch")
    return errs


# --------------------------------------------------------------------------
# people, rooms, clock
# --------------------------------------------------------------------------
STAFF_NAMES = ["liuyang", "wangfang", "zhangwei", "lina", "chenjing", "yangfan",
               "zhaolei", "huangmin", "zhoujie", "wuhao", "xuli", "sunqian",
               "maxiaoyu", "zhuting", "huyan", "guoqiang", "heping", "linjie",
               "luoxin", "gaoyan", "songjia", "tangwen"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def make_people(rng):
    staff, seen = [], set()
    for nm in STAFF_NAMES:
        while True:
            sid = "%s%03d" % (nm, rng.randint(100, 999))
            if sid not in seen:
                seen.add(sid)
                staff.append(sid)
                break
    custs = []
    while len(custs) < 90:
        cid = "wm" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(12, 16)))
        if cid not in seen:
            seen.add(cid)
            custs.append(cid)
    rooms = []
    while len(rooms) < 16:
        rid = "wr" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(10, 16)))
        if rid not in seen:
            seen.add(rid)
            rooms.append(rid)
    return staff, custs, rooms


def route(tpl, rng, people):
    staff, custs, rooms = people
    s = rng.choice(staff)
    c = rng.choice(custs)
    aud = tpl.aud
    if aud == "" and rng.random() < 0.15:
        aud = "G"
    if aud == "I":
        others = rng.sample([x for x in staff if x != s], rng.randint(3, 6))
        return s, others, rng.choice(rooms[:6])
    sender = s if tpl.sender == "S" else c
    if aud == "G":
        members = [x for x in rng.sample(staff, 2) + rng.sample(custs, rng.randint(2, 5))
                   if x != sender]
        if tpl.sender == "C" and s not in members:
            members.insert(0, s)
        return sender, members, rng.choice(rooms[6:])
    return sender, [c if tpl.sender == "S" else s], ""


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------
def allocate(n, k, rng):
    order = list(range(k))
    rng.shuffle(order)
    counts = [n // k] * k
    for i in order[: n % k]:
        counts[i] += 1
    return counts


def build(seed):
    rng = random.Random(seed)
    people = make_people(rng)
    msgtime = 1717200000000 + rng.randint(0, 86_400_000)
    seq = 48000 + rng.randint(0, 999)
    result, errors = {}, []
    for cat in CATEGORIES:
        hit_t, nm_t = TEMPLATES[cat]
        items = []
        for kind, tpls in (("hit", hit_t), ("nm", nm_t)):
            for ti, cnt in enumerate(allocate(PER_KIND, len(tpls), rng)):
                items += [(kind, ti)] * cnt
        rng.shuffle(items)
        total = len(items)
        trad_idx = set(rng.sample(range(total), round(total * TRAD_SHARE)))
        sep_idx = set() if cat == "numbers" else \
            set(rng.sample(range(total), round(total * SEP_SHARE)))
        records = []
        for pos, (kind, ti) in enumerate(items):
            tpl = (hit_t if kind == "hit" else nm_t)[ti]
            wt, ws = pos in trad_idx, pos in sep_idx
            text, errs = None, ["not generated"]
            for _ in range(80):
                text = render(tpl, rng, cat, wt, ws)
                errs = validate_msg(cat, kind, tpl, text, wt, ws)
                if not errs:
                    break
            msgid = "h10_%s_%04d_%s_t%02d" % (cat, pos + 1, kind, ti + 1)
            if errs:
                errors.append("%s: %s | %r" % (msgid, "; ".join(errs), text))
            sender, tolist, roomid = route(tpl, rng, people)
            msgtime += rng.randint(4_000, 1_800_000)
            seq += rng.randint(1, 3)
            obj = {"msgid": msgid, "action": "send", "from": sender, "tolist": tolist,
                   "roomid": roomid, "msgtime": msgtime, "seq": seq,
                   "msgtype": "text", "text": {"content": text}}
            labels = list(tpl.rules)
            records.append({"obj": obj, "kind": kind, "tpl": tpl, "ti": ti,
                            "labels": labels, "trad": wt, "sep": ws})
        result[cat] = records
    return result, errors


def serialise(result):
    out = {}
    for cat, recs in result.items():
        lines = [json.dumps(r["obj"], ensure_ascii=False, sort_keys=False) for r in recs]
        truth = {"hits": {}, "near_misses": {}}
        for r in recs:
            key = "hits" if r["kind"] == "hit" else "near_misses"
            truth[key][r["obj"]["msgid"]] = r["labels"]
        out[cat] = ("\n".join(lines) + "\n",
                    json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return out


STAFF_RE = re.compile(r"[a-z]+\d{3}")
CUST_RE = re.compile(r"wm[A-Za-z0-9]{12,16}")
ROOM_RE = re.compile(r"wr[A-Za-z0-9]{6,}")


def self_check(result, gen_errors, ser_a, ser_b):
    errs = list(gen_errors)
    # conversion table sanity
    pairs = _parse_pairs(S2T_PAIRS)
    dup = [a for a, n in Counter(a for a, _ in pairs).items() if n > 1]
    if dup:
        errs.append("S2T duplicate keys: %s" % "".join(dup))
    if len(set(S2T.values())) != len(S2T):
        errs.append("S2T values not unique")
    if set(S2T.values()) & set(S2T):
        errs.append("S2T value is also a key")
    if set(S2T) & set(CN_NUM_FOLD) or set(S2T.values()) & set(CN_NUM_FOLD):
        errs.append("S2T touches numeral characters")
    # templates
    for cat, (ht, nt) in TEMPLATES.items():
        for kind, tpls in (("hit", ht), ("nm", nt)):
            if len(tpls) < MIN_TEMPLATES:
                errs.append("%s/%s: only %d templates" % (cat, kind, len(tpls)))
            if len(set(t.text for t in tpls)) != len(tpls):
                errs.append("%s/%s: duplicate template text" % (cat, kind))
            for t in tpls:
                for k in SLOT_RE.findall(t.text):
                    if k not in SLOTS and k not in GENS:
                        errs.append("unknown slot %s" % k)
                if cat == "numbers" and t.rules != ("R6",):
                    errs.append("numbers template not R6: %s" % t.text)
                if cat != "numbers" and (not t.rules or not set(t.rules) <= set(RULES5)):
                    errs.append("bad rules %s" % (t.rules,))
    # messages
    all_ids = set()
    last_time, last_seq = 0, 0
    for cat in CATEGORIES:
        recs = result[cat]
        kinds = Counter(r["kind"] for r in recs)
        if kinds["hit"] != PER_KIND or kinds["nm"] != PER_KIND:
            errs.append("%s: counts %s" % (cat, dict(kinds)))
        use = Counter((r["kind"], r["ti"]) for r in recs)
        for (kind, ti), n in use.items():
            ntp = len(TEMPLATES[cat][0 if kind == "hit" else 1])
            if n > -(-PER_KIND // ntp):
                errs.append("%s: template %s t%02d used %d times" % (cat, kind, ti + 1, n))
        ntrad = sum(1 for r in recs if has_trad(r["obj"]["text"]["content"]))
        if not 0.2 <= ntrad / len(recs) <= 0.3:
            errs.append("%s: traditional share %.2f" % (cat, ntrad / len(recs)))
        if cat != "numbers":
            nsep = sum(1 for r in recs if r["sep"])
            if not 0.12 <= nsep / len(recs) <= 0.18:
                errs.append("%s: separator share %.2f" % (cat, nsep / len(recs)))
            for kind in ("hit", "nm"):
                cnt = Counter(code for r in recs if r["kind"] == kind for code in r["labels"])
                for code in RULES5:
                    share = cnt[code] / PER_KIND
                    if not 0.10 <= share <= 0.40:
                        errs.append("%s/%s: rule %s share %.2f" % (cat, kind, code, share))
        for r in recs:
            o = r["obj"]
            mid = o["msgid"]
            if mid in all_ids:
                errs.append("duplicate msgid %s" % mid)
            all_ids.add(mid)
            if not re.fullmatch(r"h10_%s_\d{4}_(hit|nm)_t\d{2}" % cat, mid):
                errs.append("bad msgid %s" % mid)
            if ("_hit_" in mid) != (r["kind"] == "hit"):
                errs.append("msgid kind mismatch %s" % mid)
            if not r["labels"]:
                errs.append("empty labels %s" % mid)
            if o["msgtime"] <= last_time or o["seq"] <= last_seq:
                errs.append("time/seq not increasing at %s" % mid)
            last_time, last_seq = o["msgtime"], o["seq"]
            is_cust = o["from"].startswith("wm")
            if is_cust != (r["tpl"].sender == "C"):
                errs.append("sender role mismatch %s" % mid)
            for pid in [o["from"]] + o["tolist"]:
                if not (STAFF_RE.fullmatch(pid) or CUST_RE.fullmatch(pid)):
                    errs.append("bad id %s in %s" % (pid, mid))
            if not o["tolist"] or o["from"] in o["tolist"]:
                errs.append("bad tolist %s" % mid)
            if o["roomid"] and not ROOM_RE.fullmatch(o["roomid"]):
                errs.append("bad roomid %s" % mid)
            if not o["roomid"] and len(o["tolist"]) != 1:
                errs.append("direct chat with several recipients %s" % mid)
            if o["action"] != "send" or o["msgtype"] != "text":
                errs.append("bad envelope %s" % mid)
            e = validate_msg(cat, r["kind"], r["tpl"], o["text"]["content"], r["trad"], r["sep"])
            if e:
                errs.append("%s: %s" % (mid, "; ".join(e)))
        # truth structure
        truth = json.loads(ser_a[cat][1])
        ids_c = [json.loads(l)["msgid"] for l in ser_a[cat][0].splitlines()]
        th, tn = set(truth["hits"]), set(truth["near_misses"])
        if th & tn or (th | tn) != set(ids_c) or len(ids_c) != 2 * PER_KIND:
            errs.append("%s: truth maps do not partition the corpus" % cat)
        if any(not v for v in list(truth["hits"].values()) + list(truth["near_misses"].values())):
            errs.append("%s: empty truth list" % cat)
    if ser_a != ser_b:
        errs.append("generation is not deterministic")
    return errs


def main(argv):
    if len(argv) != 2:
        print("usage: python3 scripts/evasion_heldout10.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    result, gen_errors = build(SEED)
    result_b, _ = build(SEED)
    ser_a, ser_b = serialise(result), serialise(result_b)
    errs = self_check(result, gen_errors, ser_a, ser_b)
    if errs:
        for e in errs:
            print("SELF-CHECK FAILED: " + e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errs), file=sys.stderr)
        return 1
    for cat in CATEGORIES:
        d = os.path.join(out_dir, "heldout10", cat)
        os.makedirs(d, exist_ok=True)
        corpus, truth = ser_a[cat]
        with open(os.path.join(d, "corpus.jsonl"), "w", encoding="utf-8") as fh:
            fh.write(corpus)
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as fh:
            fh.write(truth)
    print("wrote %d categories x %d messages to %s" % (
        len(CATEGORIES), 2 * PER_KIND, os.path.join(out_dir, "heldout10")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
