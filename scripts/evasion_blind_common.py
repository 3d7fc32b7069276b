#!/usr/bin/env python3
"""Shared machinery of the blind held-out evaluation sets (held-out 22 onward) for the Chinese
compliance-chat risk scanner.

What it holds
-------------
- The rule pack the sets are labelled against (R1-R5 keywords, the 拉升 blockers, the keyword
  and number separators) and the sets' own readers of it: keyword presence after folding and
  separator removal, and the broad and strict R6 readings.
- The one-to-one simplified -> traditional table ``_TRAD_PAIRS`` and its round trip
  (``to_trad`` / ``fold``).
- Chinese, 大写 and full-width numeral conversion, both ways.
- Number validity checks: resident ID check character (ISO 7064 MOD 11-2), birth date and
  province code, Luhn, mainland mobile prefixes.
- Number formatters and generators: valid mobiles, IDs and bank cards, and the look-alikes
  every set draws the same way (``shared_near_slot``).
- Template parsing and slot expansion, the build loop (world of customers and rooms, template
  allocation, keyword splits, traditional share, routing, msgids, times, serialisation), the
  self-checks, and ``run`` (build twice, check, write the JSON files).

Layout
------
    OUT_DIR/<set>/<category>/corpus.jsonl   one WeCom archive text message per line
    OUT_DIR/<set>/<category>/truth.json     {"hits": {msgid: [rules]},
                                             "near_misses": {msgid: [rules]}}
Categories: numbers, rhetorical, prohibition, warning_report, refusal, quotation; 150 hits
and 150 near misses each, shuffled.  JSON keys of a message, in this order: msgid, action
("send"), from, tolist, roomid, msgtime, seq, msgtype ("text"), text ({"content": ...}).
msgid = <prefix>_<category>_<NNNN>_<hit|near>_t<NN> (NNNN = 0001..0300 in file order, tNN =
the template number within its kind).  msgtime rises strictly from the set's T0 (ms) and seq
from its SEQ0, continuing across the categories in the order listed.  Staff senders are
WeCom member userids (lowercase romanisation, at most one dot), customers external-contact
ids "wm" + 22 alphanumerics; roomid is "" for one-to-one chats and "wr" + 18 alphanumerics
for groups; tolist is the other party (one-to-one) or every other group member (groups).
hits: the rules the scanner must raise on the message.  near_misses: the rules whose
keywords are present but which the scanner must not raise (an honest sentence).

Rule pack
---------
Keywords are matched literally after folding traditional to simplified and removing the
separators ``· -_*.~``.
  R1 guaranteed return: 保本 保收益 稳赚不赔 保证收益 零风险 包赚 稳赚
  R2 insider info:      内幕消息 内部消息 庄家 拉升 (拉升 never right after 大盘/指数/板块/尾盘/早盘)
  R3 private dealing:   私下转账 转到我个人 私下交易 飞单 返佣 返点
  R4 discretionary:     账户密码 帮你操作 代客理财 全权委托
  R5 off-channel:       私人微信 加我个人号 私人号
R1-R5 apply to staff messages only; customer messages appear only as near misses.
R6 personal data (staff and customers): a mainland mobile (1[3-9] + 9 digits), an
18-character resident ID (plausible province code, real birth date, ISO 7064 MOD 11-2 check
character) or a 16-19 digit bank card passing Luhn, read after folding, mapping Chinese /
大写 / full-width numerals to digits (幺=1, 两=2, 〇/零=0) and dropping the keyword
separators plus "," and "，".  Every numbers message is an R6 hit or an R6 near miss and holds
no R1-R5 keyword.  For non-numbers categories a message's label set is exactly the R1-R5
rules whose keywords it contains.

Self-checks
-----------
Standard library only, fixed seed, never reads the clock.  The set is built twice in memory
and compared (determinism); every self-check runs before any file is written; on any failure
the errors go to stderr, the exit status is 1 and nothing is written.  150 hits and 150 near
misses per category; at least 35 templates per kind, each used 3-5 times; unique, well-formed
msgids numbered in file order; strictly increasing msgtime and seq; exact key order; sender /
tolist / roomid shapes and routing (group tolists are the room minus the sender, one-to-one
chats pair a staff member with a customer); R1-R5 hits sent by staff only and customer
messages only as near misses; keyword presence after folding and separator removal equals
the label set; numbers messages carry no R1-R5 keyword and the label ["R6"]; no 拉升 directly
after 大盘/指数/板块/尾盘/早盘; every numbers hit holds a valid, digit-bounded R6 item (strict
reading); no valid R6 item (broad reading) in any 11/16/17/18/19-character window of a
numbers near miss or of any message of another category; traditional share 20-30 % per
category with an exact fold-back round trip and no table traditional character in
simplified text; split-keyword share of each keyword category's hits above 0 and under 15 %;
unique texts across the set; lengths 8-300 characters; no unexpanded slot markers.

What it does not hold
---------------------
No templates, voices, staff, slot pools or set-specific number generators.  Everything a set
owns reaches this module explicitly, in a ``BlindSet`` (and its ``NumberSpec``); the module
keeps no state of its own and reads no set's globals.

A future blind set may import it: its author needs to read only this machinery (no other
set's templates) and write a script holding its docstring, constants, templates, pools and
near-miss slot generator, ending in ``sys.exit(run(sys.argv, BLIND_SET))``.

Standard library only; never reads the clock.  Random draws happen in the order the sets'
scripts made them before they imported this module (held-out 22-25 produce byte-identical
files).
"""

import json
import os
import random
import re
import sys
from dataclasses import dataclass, field
from typing import Callable

# ---------------------------------------------------------------------------------------
# Layout shared by every blind set.
# ---------------------------------------------------------------------------------------
CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation"]
KEYWORD_CATEGORIES = CATEGORIES[1:]
PER_KIND = 150
MIN_TEMPLATES = 35
TRAD_PER_CATEGORY = 75          # 25 % of 300
KEY_ORDER = ["msgid", "action", "from", "tolist", "roomid", "msgtime", "seq", "msgtype", "text"]

# ---------------------------------------------------------------------------------------
# Rule pack.
# ---------------------------------------------------------------------------------------
RULES = {
    "R1": ["保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"],
    "R2": ["内幕消息", "内部消息", "庄家", "拉升"],
    "R3": ["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    "R4": ["账户密码", "帮你操作", "代客理财", "全权委托"],
    "R5": ["私人微信", "加我个人号", "私人号"],
}
ALL_KEYWORDS = sorted({k for ks in RULES.values() for k in ks}, key=lambda k: (-len(k), k))
KW_SEPS = "· -_*.~"
NUM_SEPS = KW_SEPS + ",，"
LASHENG_BLOCKERS = ("大盘", "指数", "板块", "尾盘", "早盘")

# ---------------------------------------------------------------------------------------
# One-to-one simplified -> traditional table.  Characters with more than one traditional
# form (发 干 后 里 面 台 只 系 复 历 范 制 冲 松 于 余 钟 准 几 并 划 签 团 托 升 着 汇 板
# 据 叶 云 须 获 ...) are deliberately left out.
# ---------------------------------------------------------------------------------------
_TRAD_PAIRS = (
    "这這个個们們说說话話会會时時来來对對过過还還没沒让讓给給钱錢银銀转轉账賬户戶码碼帮幫"
    "财財权權单單飞飛点點佣傭号號险險风風赚賺赔賠证證庄莊内內级級经經资資产產务務养養储儲"
    "结結构構债債购購认認网網场場农農贷貸业業庆慶奖獎遗遺继繼规規违違报報举舉绝絕问問题題"
    "吗嗎么麼为為样樣买買卖賣亏虧损損张張刘劉陈陳孙孫赵趙吴吳郑鄭冯馮杨楊黄黃马馬门門间間"
    "闻聞关關开開现現实實际際听聽见見觉覺应應该該请請谢謝识識计計师師头頭东東广廣乡鄉亲親"
    "爱愛宝寶贝貝链鏈车車鸭鴨种種边邊动動变變币幣额額万萬亿億两兩贰貳陆陸稳穩紧緊长長岁歲"
    "预預约約确確订訂项項标標线線条條众眾议議论論讲講谈談读讀写寫记記录錄页頁细細节節纪紀"
    "组組织織红紅润潤价價数數块塊机機监監办辦处處员員费費协協营營销銷贴貼队隊领領导導总總"
    "兑兌换換赎贖满滿仓倉涨漲盘盤贼賊铁鐵晓曉适適龙龍宁寧粤粵闽閩韩韓鲜鮮侨僑兹茲诗詩联聯"
    "体體谂諗揾搵嬷嬤骗騙从從进進选選与與专專电電货貨运運输輸税稅难難备備劝勸诈詐讯訊诉訴"
    "护護顾顧虑慮择擇审審续續详詳课課训訓练練习習错錯误誤罚罰职職称稱杀殺猪豬评評区區图圖"
    "热熱优優当當汤湯传傳灵靈饭飯谨謹询詢谅諒阅閱贵貴宾賓临臨济濟园園国國华華档檔别別远遠"
    "达達递遞欧歐针針锁鎖锦錦严嚴义義书書乱亂争爭亚亞仅僅伟偉伪偽倾傾偿償儿兒兴興决決况況"
    "净淨减減凭憑击擊则則刚剛创創剧劇劲勁劳勞医醫卫衛却卻厅廳压壓县縣双雙叹嘆吓嚇启啟响響"
    "围圍圆圓圣聖坏壞坚堅声聲夺奪奋奮妇婦妈媽学學宽寬寻尋寿壽将將层層属屬岛島带帶库庫废廢"
    "异異弹彈归歸怀懷态態惊驚惯慣战戰执執扩擴扫掃扰擾担擔拥擁挣掙挤擠断斷无無旧舊显顯暂暫"
    "杂雜极極树樹梦夢检檢楼樓欢歡毕畢气氣汉漢沪滬测測温溫湾灣灯燈烦煩爷爺犹猶独獨环環琼瓊"
    "画畫疗療盖蓋础礎礼禮祸禍离離积積穷窮竞競笔筆筹籌简簡类類粮糧纯純纳納纸紙络絡统統绩績"
    "维維综綜绿綠编編缴繳罗羅脑腦脚腳脸臉艺藝荐薦药藥蓝藍虽雖补補装裝观觀视視览覽讨討许許"
    "设設访訪词詞试試诚誠语語谁誰调調谋謀谱譜负負责責败敗质質贺賀赛賽赢贏赞贊赶趕轮輪软軟"
    "轻輕载載较較辆輛辈輩连連迟遲邮郵邻鄰释釋钞鈔键鍵镇鎮闪閃闭閉闹鬧阶階随隨隐隱顺順顿頓"
    "频頻馆館驾駕验驗鱼魚鸡雞龄齡尔爾滨濱伦倫齐齊乐樂壮壯阳陽兰蘭势勢厉厲饱飽"
)
S2T = {_TRAD_PAIRS[i]: _TRAD_PAIRS[i + 1] for i in range(0, len(_TRAD_PAIRS), 2)}
T2S = {_TRAD_PAIRS[i + 1]: _TRAD_PAIRS[i] for i in range(0, len(_TRAD_PAIRS), 2)}


def to_trad(text):
    return "".join(S2T.get(c, c) for c in text)


def fold(text):
    return "".join(T2S.get(c, c) for c in text)


# ---------------------------------------------------------------------------------------
# The set's own number material.
# ---------------------------------------------------------------------------------------
@dataclass
class NumberSpec:
    """What a set's valid R6 items and their look-alikes are drawn from.  The strict R6
    reading accepts only these mobile prefixes and ID area codes."""
    mobile_prefixes: list           # three-digit mainland prefixes
    id_areas: list                  # six-digit area codes of valid resident IDs
    card_bins16: list               # BINs of 16-digit cards
    card_bins19: list               # BINs of 19-digit cards
    bad_date_months: tuple = (13, 14, 15, 19, 0)    # impossible months of look-alike IDs
    bad_date_days: tuple = (0, 32, 35, 39)          # impossible days of look-alike IDs
    near_id_areas: list = field(init=False)

    def __post_init__(self):
        # Look-alike IDs avoid areas starting 1 then 3-9: their first eleven digits would read
        # as a mobile (1[3-9] + 9 digits).  Of real province codes that leaves out 13, 14, 15.
        self.near_id_areas = [a for a in self.id_areas
                              if not (a[0] == "1" and a[1] in "3456789")]


# ---------------------------------------------------------------------------------------
# Keyword and R6 readers (the sets' own, written from the rule pack above).
# ---------------------------------------------------------------------------------------
def kw_text(text):
    t = fold(text)
    return "".join(c for c in t if c not in KW_SEPS)


def rules_in(text):
    t = kw_text(text)
    found = set()
    for rule, kws in RULES.items():
        for kw in kws:
            start = 0
            while True:
                i = t.find(kw, start)
                if i < 0:
                    break
                if kw == "拉升" and any(t[:i].endswith(b) for b in LASHENG_BLOCKERS):
                    start = i + 1
                    continue
                found.add(rule)
                break
    return found


def kw_occurrences(t):
    return sum(t.count(kw) for kw in ALL_KEYWORDS)


def blocked_lasheng(text):
    t = kw_text(text)
    return any(b + "拉升" in t for b in LASHENG_BLOCKERS)


CN_NUM = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
          "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2", "叁": "3",
          "肆": "4", "伍": "5", "陆": "6", "柒": "7", "捌": "8", "玖": "9"}
for _d in range(10):
    CN_NUM[chr(0xFF10 + _d)] = str(_d)


def num_text(text):
    out = []
    for c in fold(text):
        if c in NUM_SEPS:
            continue
        out.append(CN_NUM.get(c, c))
    return "".join(out)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("unreachable")


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(body17):
    return ID_C[sum(int(body17[i]) * ID_W[i] for i in range(17)) % 11]


def date_ok(y, m, d):
    if m < 1 or m > 12 or d < 1:
        return False
    dim = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
           31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return d <= dim


BROAD_PROV = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
              46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91}


def broad_id_valid(s):
    if len(s) != 18 or not s[:17].isdigit() or s[17] not in "0123456789Xx":
        return False
    if int(s[:2]) not in BROAD_PROV:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if y < 1800 or y > 2099 or not date_ok(y, m, d):
        return False
    return id_check(s[:17]) == s[17].upper()


def strict_id_valid(s, numbers):
    if not broad_id_valid(s) or s[:6] not in numbers.id_areas:
        return False
    return 1940 <= int(s[6:10]) <= 2008


def strict_mobile(s, numbers):
    return len(s) == 11 and s.isdigit() and s[:3] in numbers.mobile_prefixes


def strict_card(s):
    return len(s) in (16, 19) and s.isdigit() and s.startswith("62") and luhn_ok(s)


_MOB_RE = re.compile(r"1[3-9][0-9]{9}")


def r6_windows_clean(text):
    """True when no 11/16/17/18/19-character window of the normalised text is a valid R6
    item under the broad reading."""
    t = num_text(text)
    n = len(t)
    for i in range(n):
        w11 = t[i:i + 11]
        if len(w11) == 11 and w11.isascii() and _MOB_RE.fullmatch(w11):
            return False
        for L in (16, 17, 18, 19):
            w = t[i:i + L]
            if len(w) < L:
                break
            if L == 18 and broad_id_valid(w):
                return False
            if w.isascii() and w.isdigit() and luhn_ok(w):
                return False
    return True


_TOKEN_RE = re.compile(r"[0-9]+[Xx]?")


def r6_strict_bounded(text, numbers):
    """True when the normalised text holds a maximal digit run that is a valid R6 item
    under the strict reading (the set's mobile prefixes and ID area codes)."""
    t = num_text(text)
    for m in _TOKEN_RE.finditer(t):
        tok = m.group(0)
        start, end = m.start(), m.end()
        if end < len(t) and t[end].isascii() and t[end].isalnum():
            continue
        if start > 0 and t[start - 1].isascii() and t[start - 1].isalnum():
            continue
        if strict_mobile(tok, numbers) or strict_card(tok):
            return True
        if len(tok) == 18 and strict_id_valid(tok, numbers):
            return True
    return False


# ---------------------------------------------------------------------------------------
# Identifier shapes and template parsing.
#   Template lines are "VOICE|CHAT|REGION|LABELS|TEXT" (see the sets' scripts).
# ---------------------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
STAFF_RE = re.compile(r"[a-z]+(\.[a-z]+)?")
CUST_RE = re.compile(r"wm[A-Za-z0-9]{22}")
ROOM_RE = re.compile(r"wr[A-Za-z0-9]{18}")
SLOT_RE = re.compile(r"\{([A-Za-z0-9]+)(?::([a-z0-9]+))?\}")     # a format may hold digits: sp1


def msgid_re(msgid_prefix):
    return re.compile(re.escape(msgid_prefix) + r"_([a-z_]+)_(\d{4})_(hit|near)_t(\d{2})")


def parse_block(block):
    out = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        voice, chat, region, labels, text = line.split("|", 4)
        out.append({"voice": voice, "chat": chat, "region": region,
                    "labels": sorted(labels.split("+")), "text": text})
    return out


def load_templates(template_blocks):
    return {key: parse_block(block) for key, block in template_blocks.items()}


# ---------------------------------------------------------------------------------------
# Number formatters and generators.
# ---------------------------------------------------------------------------------------
FW = str.maketrans("0123456789", "０１２３４５６７８９")
DX = str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")


def rdigits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def groups_of(s, sizes):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def cn_digits(s, rng, phone):
    one = "幺" if phone and rng.random() < 0.7 else "一"
    zero = rng.choice(["零", "〇"])
    two = "两" if rng.random() < 0.2 else "二"
    table = {"0": zero, "1": one, "2": two, "3": "三", "4": "四", "5": "五", "6": "六",
             "7": "七", "8": "八", "9": "九"}
    return "".join(table[c] for c in s)


def fmt_number(s, fmt, sizes, rng, phone=False):
    """Format a digit string (ID strings may end in X; callers avoid X in non-Arabic forms).
    Formats: plain; sp / dash / dot / comma (groups of sizes joined by the separator); sp1
    (one space between every two characters); cn (Chinese numerals); dx (大写); fw
    (full-width); mix (Chinese and Arabic digits mixed)."""
    if fmt == "plain":
        return s
    if fmt == "sp1":
        return " ".join(s)
    if fmt in ("sp", "dash", "dot", "comma"):
        sep = {"sp": " ", "dash": "-", "dot": ".", "comma": rng.choice([",", "，"])}[fmt]
        return sep.join(groups_of(s, sizes))
    if fmt == "cn":
        body = cn_digits(s, rng, phone)
        if rng.random() < 0.4:
            body = " ".join(groups_of(body, sizes))
        return body
    if fmt == "dx":
        return s.translate(DX)
    if fmt == "fw":
        body = s.translate(FW)
        if rng.random() < 0.5:
            body = " ".join(groups_of(body, sizes))
        return body
    if fmt == "mix":
        while True:
            picks = [rng.random() < 0.5 for _ in s]
            if 3 <= sum(picks) <= len(s) - 3:
                break
        cn = cn_digits(s, rng, phone)
        return "".join(cn[i] if picks[i] else s[i] for i in range(len(s)))
    raise ValueError(fmt)


def gen_mobile(rng, numbers):
    return rng.choice(numbers.mobile_prefixes) + rdigits(rng, 8)


def gen_birth(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    while True:
        d = rng.randint(1, 31)
        if date_ok(y, m, d):
            return "%04d%02d%02d" % (y, m, d)


def gen_id(rng, areas, y0, y1):
    body = rng.choice(areas) + gen_birth(rng, y0, y1) + rdigits(rng, 3)
    return body + id_check(body)


def gen_card(rng, numbers):
    if rng.random() < 0.6:
        bin_ = rng.choice(numbers.card_bins16)
        return luhn_complete(bin_ + rdigits(rng, 15 - len(bin_)))
    bin_ = rng.choice(numbers.card_bins19)
    return luhn_complete(bin_ + rdigits(rng, 18 - len(bin_)))


ID_SIZES = [6, 8, 4]
MOB_SIZES = [3, 4, 4]
CARD_SIZES = [4, 4, 4, 4, 4]
ARABIC_FMTS = ("plain", "sp", "sp1", "dash", "dot", "comma")
VALID_NUMBER_SLOTS = ("MOB", "ID", "CARD")


def slot_valid(name, fmt, rng, numbers):
    if name == "MOB":
        return fmt_number(gen_mobile(rng, numbers), fmt, MOB_SIZES, rng, phone=True)
    if name == "ID":
        while True:
            s = gen_id(rng, numbers.id_areas, 1950, 2005)
            if s[-1] != "X" or fmt in ARABIC_FMTS:
                return fmt_number(s, fmt, ID_SIZES, rng)
    if name == "CARD":
        return fmt_number(gen_card(rng, numbers), fmt, CARD_SIZES, rng)
    raise KeyError(name)


BAD_PROV = ["00", "20", "24", "26", "27", "28", "29", "30", "38", "39", "40", "47", "48", "49",
            "55", "56", "57", "58", "59", "60", "66", "67", "68", "69", "70", "72", "74", "76",
            "77", "78", "79", "80", "84", "85", "86", "87", "88", "89", "90", "92", "94", "96",
            "97", "98", "99"]


def bad_id(rng, fmt, numbers):
    while True:
        s = gen_id(rng, numbers.near_id_areas, 2000, 2012)
        wrong = [c for c in "0123456789X" if c != s[-1]]
        if fmt not in ARABIC_FMTS:
            wrong = [c for c in wrong if c != "X"]
        t = s[:17] + rng.choice(wrong)
        if fmt not in ARABIC_FMTS and not t[:17].isdigit():
            continue
        return fmt_number(t, fmt, ID_SIZES, rng)


def bad_date_id(rng, fmt, numbers):
    y = rng.randint(2000, 2012)
    kind = rng.randrange(5)
    if kind == 0:
        m, d = rng.choice(numbers.bad_date_months), rng.randint(1, 28)
    elif kind == 1:
        m, d = rng.randint(1, 12), rng.choice(numbers.bad_date_days)
    elif kind == 2:
        m, d = 2, rng.choice([30, 31])
    elif kind == 3:
        m, d = rng.choice([4, 6, 9, 11]), 31
    else:
        y = rng.choice([2001, 2002, 2003, 2005, 2006, 2007, 2009, 2010, 2011])
        m, d = 2, 29
    body = rng.choice(numbers.near_id_areas) + "%04d%02d%02d" % (y, m, d) + rdigits(rng, 3)
    return fmt_number(body + id_check(body), fmt, ID_SIZES, rng)


def bad_prov_id(rng, fmt):
    body = rng.choice(BAD_PROV) + rdigits(rng, 4) + gen_birth(rng, 2000, 2012) + rdigits(rng, 3)
    return fmt_number(body + id_check(body), fmt, ID_SIZES, rng)


def luhn_bad(rng, fmt, numbers):
    good = gen_card(rng, numbers)
    last = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return fmt_number(good[:-1] + last, fmt, CARD_SIZES, rng)


def shared_near_slot(name, fmt, rng, numbers):
    """Near-miss slots the blind sets draw the same way: look-alikes of R6 items (bad ID
    check character, impossible birth date, bad province code, 17-digit ID, Luhn failure,
    masked mobile, first seven digits of a mobile, 10-digit and bad-prefix mobile) and short
    codes (one-time code, last four digits, day of month).  A set's own near-slot generator
    handles its other names first and ends by calling this; any other name raises KeyError."""
    if name == "OTP":
        return rdigits(rng, 6)
    if name == "LAST4":
        return rdigits(rng, 4)
    if name == "DAY":
        return str(rng.randint(1, 28))
    if name == "MASKMOB":
        m = gen_mobile(rng, numbers)
        return m[:3] + "****" + m[-4:]
    if name == "BADID":
        return bad_id(rng, fmt, numbers)
    if name == "BADDATE":
        return bad_date_id(rng, fmt, numbers)
    if name == "BADPROV":
        return bad_prov_id(rng, fmt)
    if name == "ID17":
        s = gen_id(rng, numbers.near_id_areas, 2000, 2012)
        return fmt_number(s[:17], fmt, ID_SIZES, rng)
    if name == "LUHNBAD":
        return luhn_bad(rng, fmt, numbers)
    if name == "MOBPRE":
        return gen_mobile(rng, numbers)[:7]
    if name == "MOB10":
        return fmt_number(gen_mobile(rng, numbers)[:10], fmt, MOB_SIZES, rng, phone=True)
    if name == "BADPFX":
        return fmt_number("1" + rng.choice("012") + rdigits(rng, 9), fmt, MOB_SIZES, rng,
                          phone=True)
    raise KeyError(name)


# ---------------------------------------------------------------------------------------
# A blind set: everything that is the set's own, handed to the build and the self-checks.
# ---------------------------------------------------------------------------------------
@dataclass
class BlindSet:
    name: str                       # "heldout22": output directory and message prefix
    msgid_prefix: str               # "h22"
    seed: int
    first_msgtime: int              # msgtime of the first message (ms)
    first_seq: int                  # seq of the first message
    split_per_category: int         # keyword-split hits per keyword category
    trad_pref_regions: tuple        # regions converted to traditional first
    staff: dict                     # region -> staff userids (routing)
    pools: dict                     # lowercase slot -> choices
    numbers: NumberSpec
    near_slot: Callable             # near_slot(name, fmt, rng) -> text of an uppercase slot
    template_blocks: dict           # (category, kind) -> template block text
    per_kind: int = PER_KIND
    min_templates: int = MIN_TEMPLATES
    trad_per_category: int = TRAD_PER_CATEGORY


def expand(text, rng, blind_set):
    def rep(m):
        name, fmt = m.group(1), m.group(2) or "plain"
        if name in blind_set.pools:
            return rng.choice(blind_set.pools[name])
        if name in VALID_NUMBER_SLOTS:
            return slot_valid(name, fmt, rng, blind_set.numbers)
        return blind_set.near_slot(name, fmt, rng)
    return SLOT_RE.sub(rep, text)


# ---------------------------------------------------------------------------------------
# Build.
# ---------------------------------------------------------------------------------------
class BuildError(Exception):
    pass


def rand_id(rng, prefix, n):
    return prefix + "".join(rng.choice(ALNUM) for _ in range(n))


def make_world(rng, staff_by_region):
    customers = []
    while len(customers) < 90:
        c = rand_id(rng, "wm", 22)
        if c not in customers:
            customers.append(c)
    rooms = {}
    used = set()
    for region in staff_by_region:
        rooms[region] = []
        for _ in range(2):
            rid = rand_id(rng, "wr", 18)
            while rid in used:
                rid = rand_id(rng, "wr", 18)
            used.add(rid)
            staff = [rng.choice(staff_by_region[region])]
            if rng.random() < 0.4:
                extra = rng.choice(staff_by_region["plain"])
                if extra not in staff:
                    staff.append(extra)
            custs = rng.sample(customers, rng.randint(3, 6))
            rooms[region].append({"id": rid, "staff": staff, "customers": custs,
                                  "members": staff + custs})
    return customers, rooms


def allocate(n, rng, per_kind):
    base, rem = divmod(per_kind, n)
    extra = set(rng.sample(range(n), rem))
    return [base + (1 if i in extra else 0) for i in range(n)]


def split_keyword(text, rng):
    """Insert one separator inside the first keyword occurrence of text."""
    best = None
    for kw in ALL_KEYWORDS:
        i = text.find(kw)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, kw)
    if best is None:
        return None
    i, kw = best
    j = rng.randint(1, len(kw) - 1)
    sep = rng.choice(list("·-_*.~ "))
    return text[:i + j] + sep + text[i + j:]


def build(templates, blind_set):
    rng = random.Random(blind_set.seed)
    customers, rooms = make_world(rng, blind_set.staff)
    errors = []
    seen = set()
    t = blind_set.first_msgtime
    seq = blind_set.first_seq
    files = {}
    records = {}
    for cat in CATEGORIES:
        plan = []
        for kind in ("hit", "near"):
            tpls = templates[cat, kind]
            for idx, uses in enumerate(allocate(len(tpls), rng, blind_set.per_kind)):
                plan += [(kind, idx)] * uses
        rng.shuffle(plan)
        msgs = []
        for kind, idx in plan:
            tpl = templates[cat, kind][idx]
            for _attempt in range(600):
                text = expand(tpl["text"], rng, blind_set)
                if text in seen:
                    continue
                if cat == "numbers" and kind == "hit":
                    if not r6_strict_bounded(text, blind_set.numbers):
                        continue
                elif not r6_windows_clean(text):
                    continue
                break
            else:
                raise BuildError("%s %s t%02d: could not expand a unique, number-clean text"
                                 % (cat, kind, idx + 1))
            seen.add(text)
            msgs.append({"kind": kind, "tidx": idx, "tpl": tpl, "text": text, "simp": text,
                         "split": False, "trad": False})
        # keyword split in a minority of hits
        if cat in KEYWORD_CATEGORIES:
            hit_ix = [i for i, m in enumerate(msgs) if m["kind"] == "hit"]
            done = 0
            for i in rng.sample(hit_ix, len(hit_ix)):
                if done == blind_set.split_per_category:
                    break
                new = split_keyword(msgs[i]["text"], rng)
                if new is None or new in seen:
                    continue
                seen.discard(msgs[i]["text"])
                seen.add(new)
                msgs[i]["text"] = msgs[i]["simp"] = new
                msgs[i]["split"] = True
                done += 1
        # traditional characters in 25 % of the category
        pref = [i for i, m in enumerate(msgs) if m["tpl"]["region"] in blind_set.trad_pref_regions]
        rest = [i for i, m in enumerate(msgs)
                if m["tpl"]["region"] not in blind_set.trad_pref_regions]
        rng.shuffle(pref)
        rng.shuffle(rest)
        done = 0
        for i in pref + rest:
            if done == blind_set.trad_per_category:
                break
            trad = to_trad(msgs[i]["text"])
            if trad == msgs[i]["text"] or trad in seen:
                continue
            seen.discard(msgs[i]["text"])
            seen.add(trad)
            msgs[i]["text"] = trad
            msgs[i]["trad"] = True
            done += 1
        # routing and ids
        lines = []
        truth = {"hits": {}, "near_misses": {}}
        recs = []
        for n, m in enumerate(msgs, 1):
            tpl = m["tpl"]
            chat = tpl["chat"]
            if chat == "*":
                chat = "g" if rng.random() < 0.3 else "p"
            region = tpl["region"]
            if chat == "g":
                room = rng.choice(rooms[region])
                sender = rng.choice(room["staff"] if tpl["voice"] == "S" else room["customers"])
                tolist = [x for x in room["members"] if x != sender]
                roomid = room["id"]
            else:
                staff = rng.choice(blind_set.staff[region])
                cust = rng.choice(customers)
                sender, tolist = (staff, [cust]) if tpl["voice"] == "S" else (cust, [staff])
                roomid = ""
            if n > 1 or cat != CATEGORIES[0]:
                t += rng.randint(3000, 90000)
                seq += 1
            msgid = "%s_%s_%04d_%s_t%02d" % (blind_set.msgid_prefix, cat, n, m["kind"],
                                            m["tidx"] + 1)
            rec = {"msgid": msgid, "action": "send", "from": sender, "tolist": tolist,
                   "roomid": roomid, "msgtime": t, "seq": seq, "msgtype": "text",
                   "text": {"content": m["text"]}}
            lines.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            labels = tpl["labels"]
            truth["hits" if m["kind"] == "hit" else "near_misses"][msgid] = list(labels)
            recs.append(dict(m, msgid=msgid, chat=chat, region=region, roomid=roomid,
                             sender=sender, tolist=tolist))
        files[cat, "corpus.jsonl"] = ("\n".join(lines) + "\n").encode("utf-8")
        files[cat, "truth.json"] = (json.dumps(truth, ensure_ascii=False, indent=2) + "\n") \
            .encode("utf-8")
        records[cat] = recs
    return files, records, rooms, errors


# ---------------------------------------------------------------------------------------
# Self-checks (run on the serialised bytes, re-parsed).
# ---------------------------------------------------------------------------------------
def check(templates, files, records, rooms, blind_set):
    errors = []
    per_kind = blind_set.per_kind
    msgid_pattern = msgid_re(blind_set.msgid_prefix)

    def err(msg):
        errors.append(msg)

    # table sanity
    if len(_TRAD_PAIRS) % 2:
        err("traditional table has odd length")
    if len(S2T) * 2 != len(_TRAD_PAIRS) or len(T2S) != len(S2T):
        err("traditional table is not one-to-one")
    if set(S2T) & set(T2S):
        err("traditional table keys and values overlap: %s" % "".join(sorted(set(S2T) & set(T2S))))
    for (cat, kind), tpls in templates.items():
        if len(tpls) < blind_set.min_templates:
            err("%s %s: only %d templates" % (cat, kind, len(tpls)))
        for i, tpl in enumerate(tpls, 1):
            if tpl["voice"] not in ("S", "C") or tpl["chat"] not in ("p", "g", "*"):
                err("%s %s t%02d: bad voice/chat" % (cat, kind, i))
            if tpl["region"] not in blind_set.staff:
                err("%s %s t%02d: unknown region %s" % (cat, kind, i, tpl["region"]))
            if cat == "numbers" and tpl["labels"] != ["R6"]:
                err("%s %s t%02d: numbers label must be R6" % (cat, kind, i))
            if cat != "numbers" and (not tpl["labels"] or
                                     any(l not in RULES for l in tpl["labels"])):
                err("%s %s t%02d: bad labels %s" % (cat, kind, i, tpl["labels"]))
            if cat != "numbers" and kind == "hit" and tpl["voice"] != "S":
                err("%s %s t%02d: R1-R5 hit from a customer" % (cat, kind, i))

    all_texts = []
    prev_t, prev_seq = None, None
    room_by_id = {r["id"]: r for rs in rooms.values() for r in rs}
    for cat in CATEGORIES:
        raw = files[cat, "corpus.jsonl"].decode("utf-8")
        truth = json.loads(files[cat, "truth.json"].decode("utf-8"))
        if list(truth) != ["hits", "near_misses"]:
            err("%s: truth keys %s" % (cat, list(truth)))
        lines = raw.split("\n")
        if lines[-1] != "":
            err("%s: corpus does not end with a newline" % cat)
        lines = lines[:-1]
        if len(lines) != 2 * per_kind:
            err("%s: %d lines" % (cat, len(lines)))
        hits = truth.get("hits", {})
        nears = truth.get("near_misses", {})
        if len(hits) != per_kind or len(nears) != per_kind:
            err("%s: %d hits, %d near misses" % (cat, len(hits), len(nears)))
        if set(hits) & set(nears):
            err("%s: msgid in both maps" % cat)
        uses = {}
        seen_ids = set()
        n_trad = 0
        n_split = 0
        recs = records[cat]
        for n, line in enumerate(lines, 1):
            obj = json.loads(line)
            rec = recs[n - 1]
            mid = obj.get("msgid", "")
            where = "%s %s" % (cat, mid)
            if list(obj) != KEY_ORDER:
                err("%s: key order %s" % (where, list(obj)))
                continue
            if list(obj["text"]) != ["content"]:
                err("%s: text keys" % where)
            if obj["action"] != "send" or obj["msgtype"] != "text":
                err("%s: action/msgtype" % where)
            m = msgid_pattern.fullmatch(mid)
            if not m or m.group(1) != cat or int(m.group(2)) != n:
                err("%s: malformed or misnumbered msgid" % where)
                continue
            if mid in seen_ids:
                err("%s: duplicate msgid" % where)
            seen_ids.add(mid)
            kind = m.group(3)
            tnum = int(m.group(4))
            tpls = templates[cat, kind]
            if not 1 <= tnum <= len(tpls):
                err("%s: template number out of range" % where)
                continue
            tpl = tpls[tnum - 1]
            uses[kind, tnum] = uses.get((kind, tnum), 0) + 1
            in_map = hits if kind == "hit" else nears
            other = nears if kind == "hit" else hits
            if mid not in in_map or mid in other:
                err("%s: not in exactly the %s map" % (where, kind))
                continue
            labels = in_map[mid]
            if labels != tpl["labels"]:
                err("%s: truth labels differ from template" % where)
            # time and seq
            if prev_t is not None and not obj["msgtime"] > prev_t:
                err("%s: msgtime not increasing" % where)
            if prev_seq is not None and not obj["seq"] > prev_seq:
                err("%s: seq not increasing" % where)
            if prev_t is None and (obj["msgtime"] != blind_set.first_msgtime or
                                   obj["seq"] != blind_set.first_seq):
                err("%s: first msgtime/seq" % where)
            prev_t, prev_seq = obj["msgtime"], obj["seq"]
            # routing
            sender, tolist, roomid = obj["from"], obj["tolist"], obj["roomid"]
            is_staff = bool(STAFF_RE.fullmatch(sender)) and sender.count(".") <= 1
            is_cust = bool(CUST_RE.fullmatch(sender))
            if not (is_staff or is_cust):
                err("%s: bad sender shape %s" % (where, sender))
            if (tpl["voice"] == "S") != is_staff:
                err("%s: sender does not match the template voice" % where)
            for x in tolist:
                if not (STAFF_RE.fullmatch(x) or CUST_RE.fullmatch(x)):
                    err("%s: bad tolist member %s" % (where, x))
            if roomid == "":
                if len(tolist) != 1:
                    err("%s: one-to-one tolist size" % where)
                elif bool(STAFF_RE.fullmatch(tolist[0])) == is_staff:
                    err("%s: one-to-one chat not staff<->customer" % where)
            else:
                if not ROOM_RE.fullmatch(roomid) or roomid not in room_by_id:
                    err("%s: bad roomid" % where)
                else:
                    room = room_by_id[roomid]
                    if sender not in room["members"] or \
                            tolist != [x for x in room["members"] if x != sender]:
                        err("%s: group tolist is not the room minus the sender" % where)
            # text checks
            text = obj["text"]["content"]
            if text != rec["text"]:
                err("%s: serialised text differs" % where)
            all_texts.append(text)
            if not 8 <= len(text) <= 300:
                err("%s: length %d" % (where, len(text)))
            if "{" in text or "}" in text or "|" in text:
                err("%s: unexpanded slot marker" % where)
            is_trad = fold(text) != text
            if is_trad != rec["trad"]:
                err("%s: traditional flag mismatch" % where)
            if rec["trad"]:
                n_trad += 1
                if fold(text) != rec["simp"] or to_trad(rec["simp"]) != text:
                    err("%s: traditional round trip fails" % where)
            if fold(rec["simp"]) != rec["simp"]:
                err("%s: simplified text holds a table traditional character" % where)
            found = sorted(rules_in(text))
            if blocked_lasheng(text):
                err("%s: 拉升 directly after a blocked word" % where)
            if cat == "numbers":
                if found:
                    err("%s: numbers message holds R1-R5 keywords %s" % (where, found))
                if labels != ["R6"]:
                    err("%s: numbers label %s" % (where, labels))
                if kind == "hit" and not r6_strict_bounded(text, blind_set.numbers):
                    err("%s: numbers hit without a valid bounded R6 item" % where)
                if kind == "near" and not r6_windows_clean(text):
                    err("%s: numbers near miss holds a valid R6 window" % where)
            else:
                if found != labels:
                    err("%s: keywords %s but labels %s" % (where, found, labels))
                if not r6_windows_clean(text):
                    err("%s: non-numbers message holds a valid R6 window" % where)
                if kind == "hit" and not is_staff:
                    err("%s: R1-R5 hit not sent by staff" % where)
                if is_cust and kind != "near":
                    err("%s: customer message not a near miss" % where)
                t_fold = fold(text)
                split = kw_occurrences(kw_text(text)) > kw_occurrences(t_fold)
                if split != rec["split"]:
                    err("%s: split flag mismatch" % where)
                if split and kind != "hit":
                    err("%s: split keyword in a near miss" % where)
                n_split += split
        for kind in ("hit", "near"):
            for tnum in range(1, len(templates[cat, kind]) + 1):
                u = uses.get((kind, tnum), 0)
                if not 3 <= u <= 5:
                    err("%s %s t%02d used %d times" % (cat, kind, tnum, u))
        share = n_trad / float(len(lines) or 1)
        if not 0.20 <= share <= 0.30:
            err("%s: traditional share %.3f" % (cat, share))
        if cat in KEYWORD_CATEGORIES:
            sshare = n_split / float(per_kind)
            if not 0 < sshare < 0.15:
                err("%s: split share %.3f" % (cat, sshare))
    if len(set(all_texts)) != len(all_texts):
        err("texts are not unique across the set")
    return errors


# ---------------------------------------------------------------------------------------
# Entry point of a set's script: build twice, check, write.
# ---------------------------------------------------------------------------------------
def run(argv, blind_set):
    name = blind_set.name
    if len(argv) != 2:
        sys.stderr.write("usage: %s OUT_DIR\n" % argv[0])
        return 2
    out_dir = argv[1]
    templates = load_templates(blind_set.template_blocks)
    try:
        files1, records, rooms, errors = build(templates, blind_set)
        files2, _, _, _ = build(load_templates(blind_set.template_blocks), blind_set)
    except BuildError as e:
        sys.stderr.write("%s: build failed: %s\n" % (name, e))
        return 1
    if files1 != files2:
        errors.append("two in-memory builds differ (not deterministic)")
    errors += check(templates, files1, records, rooms, blind_set)
    if errors:
        for e in errors[:200]:
            sys.stderr.write("%s: %s\n" % (name, e))
        sys.stderr.write("%s: %d self-check failures, nothing written\n" % (name, len(errors)))
        return 1
    for cat in CATEGORIES:
        d = os.path.join(out_dir, name, cat)
        os.makedirs(d, exist_ok=True)
        for file_name in ("corpus.jsonl", "truth.json"):
            with open(os.path.join(d, file_name), "wb") as f:
                f.write(files1[cat, file_name])
    sys.stdout.write("%s: wrote %d categories x %d messages to %s\n"
                     % (name, len(CATEGORIES), 2 * blind_set.per_kind, os.path.join(out_dir, name)))
    return 0
