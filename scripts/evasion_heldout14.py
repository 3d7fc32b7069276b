#!/usr/bin/env python3
"""Held-out evaluation set #14 for the WeCom (企业微信) chat compliance scanner.

Provenance
----------
Written blind: the author did not read the scanner source, its tests, its
docs, the archive fixtures, the corpus generator or any earlier held-out
set.  Every template below was written from general knowledge of how
Chinese-speaking financial sales staff and their customers chat on WeCom.
Earlier held-out sets leaned on brokers, funds, insurance agents, private
bankers, rural banks, trusts, elderly voice input, Taiwan/HK, Northeastern,
Wu and Min voices.  This set deliberately leans on other voices:

  * Sichuan/Chongqing (噻, 嘛, 莫得, 晓得, 啥子, 嬢嬢, 妹儿), Hunan (咯, 冇得,
    咯只票), Henan (中, 恁, 俺, 寻思), Shandong (俺, 咱, 大姨, 中) and
    Cantonese-flavoured Mandarin (嘅, 唔, 系, 佢, 搞掂, 㗎);
  * young customers' internet slang (绝绝子, 冲, 家人们, 上车, u1s1, xswl,
    集美, yyds) and pinyin abbreviations (bb, xs);
  * livestream-style sales patter (三二一上车, 打在公屏上, 手慢无);
  * gold (积存金, 金条, Au99.99), 外汇-adjacent and 储蓄国债 talk;
  * bank tellers and 大堂经理;
  * voice-to-text homophone slips that keep the keyword intact
    (放一百个新 for 放一百个心);
  * long multi-sentence messages whose decisive clause sits in the middle;
  * counterfactuals, conditionals, sarcasm, messages that combine a
    prohibition and a violation in different clauses, forwarded notices
    (【通知】…) and quoted replies (「回复 张三：…」), emoji and kaomoji.

Usage
-----
    python3 scripts/evasion_heldout14.py OUT_DIR

Standard library only.  Fully deterministic (fixed SEED, fixed base
msgtime/seq, never the clock).  Everything is built in memory twice and the
two builds are compared; then the self-checks run.  On any failure the
errors go to stderr, the exit status is 1 and nothing is written.  On
success a short summary per category is printed.

Output layout
-------------
For each category C in (numbers, rhetorical, prohibition, warning_report,
refusal, quotation):

    OUT_DIR/heldout14/C/corpus.jsonl   one WeCom archive text message per line
    OUT_DIR/heldout14/C/truth.json     {"hits": {msgid: [rules]},
                                        "near_misses": {msgid: [rules]}}

Each corpus line has exactly this shape (keys in this order):

    {"msgid": "h14_<cat>_<NNNN>_<hit|near>_t<NN>", "action": "send",
     "from": SENDER, "tolist": [...], "roomid": ROOM_OR_EMPTY,
     "msgtime": MS_EPOCH_INT, "seq": INT, "msgtype": "text",
     "text": {"content": "..."}}

  * staff ids are pinyin + 2-4 digits (liuyang417); customer ids are wm/wo
    followed by 12-20 letters/digits;
  * one-to-one chats: roomid "" and exactly one recipient, staff<->customer;
  * group chats: roomid wr + 16-24 alphanumerics, >= 2 recipients, at least
    one staff member among sender and recipients; staff-only internal
    groups are used for colleague talk;
  * msgtime and seq strictly increase over each file.

Hits are messages that MUST raise the listed rules; near misses contain a
keyword (or a digit run that looks like personal data) but must NOT raise
the listed rules.  150 hits and 150 near misses per category, from at
least 35 templates per (category, kind).

Rule pack (tenant default)
--------------------------
  R1 guaranteed return : 保本 保收益 稳赚不赔 保证收益 零风险 包赚 稳赚
  R2 insider info      : 内幕消息 内部消息 庄家 拉升
                         (拉升 right after 大盘/指数/板块/尾盘/早盘 is market
                         talk and never fires)
  R3 private dealing   : 私下转账 转到我个人 私下交易 飞单 返佣 返点
  R4 discretionary     : 账户密码 帮你操作 代客理财 全权委托
  R5 off-channel       : 私人微信 加我个人号 私人号
  R1-R5 apply to STAFF messages only; a customer's message never fires them
  (customer messages appear here only as near misses).
  R6 personal data (staff and customers): a valid mainland mobile number
  (1[3-9] + 9 digits), an 18-character resident ID (ISO 7064 MOD 11-2 check
  char, plausible region and birth date) or a 16-19 digit bank card passing
  Luhn; also in Chinese numerals (幺=1, 两=2, 〇/零=0), mixed scripts,
  full-width digits, or split by spaces/dashes/dots/commas.

About 25 % of the messages are converted to traditional characters with the
one-to-one table below; at most 15 % of hits carry a separator inside a
keyword (保·本).

Categories
----------
  numbers        (R6) hits: valid mobile/ID/card in any of the forms above;
                 near misses: order/policy/tracking/serial numbers, IDs with
                 a wrong check char, Luhn-failing 16-19 digit runs, prices,
                 dates, 11-digit runs starting 10/11/12, amounts in Chinese
                 numerals, product codes, masked numbers.
  rhetorical     hits: staff asserting/urging/offering through rhetorical
                 questions, double negation, 难道…吗, 谁说不…, 不就是…吗,
                 为什么不…呢, tag questions, counterfactuals, conditional
                 promises; near misses: genuine questions, denials, honest
                 hedges.
  prohibition    near misses: honest statements of rules (不得/严禁/禁止/
                 不许/不要/请勿/不能/明令/红线…); hits: staff who mention the
                 rule but still do it, mock it, or offer it anyway.
  warning_report near misses: warnings, fraud alerts, reports, denial
                 predicates, complaint handling; hits: staff passing the thing
                 on as true or offering it despite warning-like wording.
  refusal        near misses: genuine refusals; hits: fake refusals that turn
                 into offers (嘴上说不能, 其实…; 公司不让，但我可以…).
  quotation      near misses: quoting others to warn or report; hits: staff
                 quoting with endorsement, or quote marks used only for
                 emphasis around an offer.
Non-numbers messages are labelled with the rules of the keywords they
contain and never contain a digit run that could be personal data.

Self-checks
-----------
counts, template spread, unique msgids, increasing msgtime/seq, sender and
routing shapes, staff-only hits in R1-R5 categories, keyword presence
(after folding the traditional table back and removing separators) equal to
the label set, R6 validity of every numbers hit, absence of any valid R6
item (every 11/18/16-19 window) in numbers near misses and in all other
categories, and build-twice determinism.
"""

import json
import os
import random
import re
import sys

SEED = 14_2025_0418
N_PER_KIND = 150
MIN_TEMPLATES = 35
BASE_MSGTIME = 1745000000000
BASE_SEQ = 714000
CATEGORIES = ("numbers", "rhetorical", "prohibition", "warning_report",
              "refusal", "quotation")
KINDS = ("hit", "near")
TRAD_RATE = 0.25
SEP_RATE = 0.08
MAX_TRIES = 600
KEY_ORDER = ["msgid", "action", "from", "tolist", "roomid", "msgtime", "seq",
             "msgtype", "text"]


class BuildError(Exception):
    pass


# --------------------------------------------------------------------------
# Rule pack
# --------------------------------------------------------------------------
RULE_KEYWORDS = {
    "R1": ("保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"),
    "R2": ("内幕消息", "内部消息", "庄家", "拉升"),
    "R3": ("私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"),
    "R4": ("账户密码", "帮你操作", "代客理财", "全权委托"),
    "R5": ("私人微信", "加我个人号", "私人号"),
}
KEYWORD_RULES = ("R1", "R2", "R3", "R4", "R5")
ALL_RULES = KEYWORD_RULES + ("R6",)
R2_EXEMPT_PREFIXES = ("大盘", "指数", "板块", "尾盘", "早盘")

# Separators that may be slipped inside a keyword in a hit (保·本).
KW_SEPS = ("·", "-", " ", "*", "~", "_", "丶", "|")

# --------------------------------------------------------------------------
# Simplified -> traditional table (written for this file; one-to-one pairs).
# No numeral characters (一二…两幺零〇) on purpose.
# --------------------------------------------------------------------------
S2T_PAIRS = """
们們 这這 个個 说說 话話 会會 对對 为為 么麼 吗嗎 还還 没沒 时時 给給 让讓
过過 进進 来來 钱錢 银銀 买買 卖賣 单單 号號 账賬 户戶 码碼 帮幫 财財 权權
托託 转轉 赚賺 稳穩 赔賠 证證 险險 内內 庄莊 飞飛 点點 佣傭 经經 问問 题題
门門 间間 关關 现現 实實 长長 东東 车車 边邊 别別 听聽 见見 觉覺 样樣 学學
亲親 爱愛 万萬 亿億 块塊 几幾 发發 开開 业業 务務 员員 报報 举舉 骗騙 诈詐
规規 违違 罚罰 严嚴 许許 请請 应應 该該 讲講 师師 带帶 涨漲 盘盤 动動 机機
绝絕 货貨 黄黃 汇匯 国國 债債 储儲 头頭 线線 网網 视視 频頻 约約 热熱 场場
简簡 确確 认認 补補 产產 购購 额額 费費 计計 划劃 总總 数數 据據 级級 类類
签簽 设設 审審 处處 办辦 传傳 达達 领領 导導 团團 队隊 组組 织織 询詢 识識
谈談 谢謝 紧緊 张張 刘劉 陈陳 杨楊 赵趙 孙孫 郑鄭 吴吳 邓鄧 罗羅 龙龍 乡鄉
镇鎮 县縣 区區 后後 里裡 种種 岁歲 结結 标標 准準 优優 奖獎 红紅 预預 赢贏
输輸 亏虧 损損 挣掙 历歷 记記 录錄 讯訊 谁誰 难難 够夠 欢歡 众眾 资資 币幣
兑兌 换換 价價 仓倉 备備 钟鐘 连連 续續 语語 错錯 误誤 条條 妈媽 闺閨
写寫 养養 图圖 诉訴 读讀 贷貸 顾顧 质質 从從 试試 广廣 惊驚 删刪 满滿 营營 销銷
联聯 笔筆 纪紀 递遞 键鍵 击擊 链鏈 闻聞 诱誘 杀殺 猪豬 鸡雞 爷爺 儿兒 监監 测測
评評 适適 当當 担擔 责責 负負 谨謹 议議 论論 观觀 构構 际際 乐樂 护護 闭閉 礼禮
"""


def _parse_pairs(text):
    pairs = []
    for tok in text.split():
        if len(tok) == 2 and tok[0] != tok[1]:
            pairs.append((tok[0], tok[1]))
    return pairs


S2T = dict(_parse_pairs(S2T_PAIRS))
T2S = {t: s for s, t in S2T.items()}


def to_trad(text):
    return "".join(S2T.get(ch, ch) for ch in text)


def fold(text):
    return "".join(T2S.get(ch, ch) for ch in text)


def kw_norm(text):
    return "".join(ch for ch in fold(text) if ch not in KW_SEPS)


def present_rules(text):
    norm = kw_norm(text)
    return [r for r in KEYWORD_RULES if any(k in norm for k in RULE_KEYWORDS[r])]


def r2_would_fire(text):
    norm = kw_norm(text)
    if any(k in norm for k in ("内幕消息", "内部消息", "庄家")):
        return True
    for m in re.finditer("拉升", norm):
        if norm[max(0, m.start() - 2):m.start()] not in R2_EXEMPT_PREFIXES:
            return True
    return False


# --------------------------------------------------------------------------
# R6: personal-data validators and a deliberately conservative finder
# --------------------------------------------------------------------------
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138",
                   "139", "150", "151", "152", "155", "156", "157", "158",
                   "159", "166", "173", "176", "177", "180", "181", "182",
                   "183", "185", "186", "187", "188", "189", "191", "198",
                   "199")
REGIONS = ("110101", "110105", "110108", "310104", "310115", "440305",
           "440106", "510107", "500103", "430102", "410105", "370102",
           "440104", "420106", "330106", "320106", "510104", "500112",
           "430104", "370203")
CARD_BINS = ("622202", "622848", "621700", "622700", "623668", "621483",
             "622588", "621226", "622262", "621661", "622609", "621799")
CN_DIGIT_CHARS = {"零": "0", "〇": "0", "一": "1", "幺": "1", "壹": "1",
                  "二": "2", "两": "2", "贰": "2", "三": "3", "叁": "3",
                  "四": "4", "肆": "4", "五": "5", "伍": "5", "六": "6",
                  "陆": "6", "七": "7", "柒": "7", "八": "8", "捌": "8",
                  "九": "9", "玖": "9"}
DIGIT_MAP = dict(CN_DIGIT_CHARS)
DIGIT_MAP.update({chr(0xFF10 + i): str(i) for i in range(10)})
DIGIT_MAP.update({"Ｘ": "X", "ｘ": "x"})
R6_DROP = set(" \u3000-－—–.．·,，_")
CN_PLAIN = "零一二三四五六七八九"
UPPER = "零壹贰叁肆伍陆柒捌玖"


def id_check_char(body17):
    total = sum(int(d) * w for d, w in zip(body17, ID_WEIGHTS))
    return ID_CHECK_CHARS[total % 11]


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise BuildError("no Luhn digit")


def id_plausible(w):
    if w[0] not in "123456":
        return False
    y, m, d = int(w[6:10]), int(w[10:12]), int(w[12:14])
    if not (1950 <= y <= 2005 and 1 <= m <= 12):
        return False
    return 1 <= d <= MONTH_DAYS[m - 1] + (1 if m == 2 else 0)


def normalise_digits(text):
    out = []
    for ch in text:
        ch = T2S.get(ch, ch)
        if ch in R6_DROP:
            continue
        out.append(DIGIT_MAP.get(ch, ch))
    return "".join(out)


def r6_items(text):
    """Every window that a scanner could call personal data (conservative:
    any 11-window for mobiles, any 18-window with a correct check char, any
    16-19 window passing Luhn) on the converted, separator-free text."""
    norm = normalise_digits(text)
    items = []
    for m in re.finditer(r"[0-9Xx]+", norm):
        run = m.group()
        n = len(run)
        for i in range(n - 10):
            w = run[i:i + 11]
            if MOBILE_RE.fullmatch(w):
                items.append(("mobile", w))
        for i in range(n - 17):
            w = run[i:i + 18]
            if (w[:17].isdigit() and (w[17].isdigit() or w[17] in "Xx")
                    and id_check_char(w[:17]) == w[17].upper()):
                items.append(("id", w))
        for length in range(16, 20):
            for i in range(n - length + 1):
                w = run[i:i + length]
                if w.isdigit() and luhn_ok(w):
                    items.append(("card", w))
    return items


def strict_r6_items(text):
    return [(k, w) for k, w in r6_items(text)
            if k != "id" or id_plausible(w)]


def longest_digit_run(text):
    runs = re.findall(r"[0-9]+", normalise_digits(text))
    return max((len(r) for r in runs), default=0)


# --------------------------------------------------------------------------
# R6 generators and renderers
# --------------------------------------------------------------------------
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_birth(rng, lo, hi):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, MONTH_DAYS[m - 1])
    return "%04d%02d%02d" % (y, m, d)


def gen_mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + digits(rng, 8)


def gen_id(rng):
    body = rng.choice(REGIONS) + gen_birth(rng, 1950, 2005) + digits(rng, 3)
    return body + id_check_char(body)


def gen_card(rng):
    length = rng.choice((16, 19, 19))
    body = rng.choice(CARD_BINS)
    body += digits(rng, length - 1 - len(body))
    return body + luhn_digit(body)


def split_groups(value, kind, rng):
    if kind == "mobile":
        sizes = [3, 4, 4]
    elif kind == "id":
        sizes = rng.choice(([6, 8, 4], [6, 4, 4, 4], [3, 3, 4, 4, 4]))
    else:
        sizes = [4] * (len(value) // 4) + ([len(value) % 4] if len(value) % 4 else [])
    out, i = [], 0
    for s in sizes:
        out.append(value[i:i + s])
        i += s
    return out


def cn_style(rng):
    return {"0": rng.choice("零〇"), "1": rng.choice("一一幺幺"),
            "2": rng.choice("二二二两")}


def to_cn(s, style):
    out = []
    for ch in s:
        if ch in style:
            out.append(style[ch])
        elif ch.isdigit():
            out.append(CN_PLAIN[int(ch)])
        else:
            out.append(ch)
    return "".join(out)


def to_fw(s):
    return "".join(chr(ord(ch) + 0xFEE0) if (ch.isdigit() or ch in "Xx") else ch
                   for ch in s)


SEP_FORMS = {"space": " ", "dash": "-", "dot": ".", "comma": ",", "fwcomma": "，"}
FORMS_ANY = ("plain", "plain", "plain", "space", "dash", "dot", "comma", "cn",
             "cn_space", "mixed", "mixed", "fw", "fw_space")
FORMS_CN = ("cn", "cn", "cn_space")
FORMS_MIX = ("mixed",)
FORMS_FW = ("fw", "fw", "fw_space")
FORMS_SEP = ("space", "space", "dash", "dash", "dot", "comma", "fwcomma")


def render(value, kind, rng, forms=FORMS_ANY):
    form = rng.choice(forms)
    groups = split_groups(value, kind, rng)
    if form == "plain":
        return value
    if form in SEP_FORMS:
        return SEP_FORMS[form].join(groups)
    if form in ("fw", "fw_space"):
        return to_fw(value) if form == "fw" else " ".join(to_fw(g) for g in groups)
    style = cn_style(rng)
    if form == "cn":
        return to_cn(value, style)
    if form == "cn_space":
        return " ".join(to_cn(g, style) for g in groups)
    flags = [rng.random() < 0.5 for _ in groups]
    if all(flags):
        flags[0] = False
    if not any(flags):
        flags[-1] = True
    return "".join(to_cn(g, style) if f else g for g, f in zip(groups, flags))


def hit_slot(gen, kind, forms=FORMS_ANY):
    def slot(rng):
        return render(gen(rng), kind, rng, forms)
    return slot


# Near-miss digit runs: regenerated until no window is personal data.
def safe(gen):
    def slot(rng):
        for _ in range(2000):
            v = gen(rng)
            if not r6_items(v):
                return v
        raise BuildError("could not generate a safe near-miss number")
    return slot


def _order(rng):
    return (rng.choice(("", "DD", "NO.", "JC", "GD")) + "2025"
            + gen_birth(rng, 2025, 2025)[4:] + digits(rng, rng.randint(6, 10)))


def _policy(rng):
    return rng.choice(("P", "BD", "", "86")) + digits(rng, rng.randint(14, 18))


def _track(rng):
    return rng.choice(("SF", "YT", "JDV", "EMS", "ZTO")) + digits(rng, rng.randint(12, 15))


def _badid(rng):
    body = rng.choice(REGIONS) + gen_birth(rng, 2000, 2005) + digits(rng, 3)
    good = id_check_char(body)
    return body + rng.choice([c for c in "0123456789X" if c != good])


def _badcard(rng):
    length = rng.choice((16, 17, 18, 19))
    body = rng.choice(CARD_BINS)
    body += digits(rng, length - 1 - len(body))
    good = luhn_digit(body)
    return body + rng.choice([c for c in "0123456789" if c != good])


def _c11(rng):
    return rng.choice(("10", "11", "12")) + digits(rng, 9)


def upper_1_99(n):
    if n < 10:
        return UPPER[n]
    tens, ones = divmod(n, 10)
    return UPPER[tens] + "拾" + (UPPER[ones] if ones else "")


def _cnamt(rng):
    w, q = rng.randint(1, 99), rng.randint(0, 9)
    return "人民币" + upper_1_99(w) + "万" + (UPPER[q] + "仟" if q else "") + "元整"


def _money(rng):
    return "{:,}.{}".format(rng.randint(10000, 1500000), rng.choice(("00", "50")))


def _date(rng):
    y, m, d = rng.randint(2025, 2030), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(("%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d),
                       "%d.%02d.%02d" % (y, m, d)))


def cn_1_31(n):
    if n < 10:
        return CN_PLAIN[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_PLAIN[n - 10]
    return CN_PLAIN[n // 10] + "十" + (CN_PLAIN[n % 10] if n % 10 else "")


def _date_cn(rng):
    y = str(rng.randint(2025, 2030))
    return ("".join("〇一二三四五六七八九"[int(c)] for c in y) + "年"
            + cn_1_31(rng.randint(1, 12)) + "月" + cn_1_31(rng.randint(1, 28)) + "日")


def _landline(rng):
    return rng.choice(("028-", "023-", "0731-", "0371-", "0531-", "020-", "0755-")) \
        + digits(rng, 4) + rng.choice((" ", "")) + digits(rng, 4)


def _hotline(rng):
    return rng.choice(("95588", "95533", "95599", "95566", "95555", "95595",
                       "95528", "95568", "400-" + digits(rng, 3) + "-" + digits(rng, 4)))


def _hotline_cn(rng):
    return to_cn(rng.choice(("95588", "95533", "95599", "95566", "95555")), cn_style(rng))


NUMBER_SLOTS = {
    "mob": hit_slot(gen_mobile, "mobile"),
    "mob_cn": hit_slot(gen_mobile, "mobile", FORMS_CN),
    "mob_mix": hit_slot(gen_mobile, "mobile", FORMS_MIX),
    "mob_fw": hit_slot(gen_mobile, "mobile", FORMS_FW),
    "mob_sep": hit_slot(gen_mobile, "mobile", FORMS_SEP),
    "idn": hit_slot(gen_id, "id"),
    "idn_mix": hit_slot(gen_id, "id", FORMS_MIX),
    "idn_sep": hit_slot(gen_id, "id", FORMS_SEP),
    "card": hit_slot(gen_card, "card"),
    "card_cn": hit_slot(gen_card, "card", FORMS_CN),
    "card_sep": hit_slot(gen_card, "card", FORMS_SEP),
    "order": safe(_order),
    "policy": safe(_policy),
    "track": safe(_track),
    "badid": safe(_badid),
    "badcard": safe(_badcard),
    "c11": safe(_c11),
    "cnamt": _cnamt,
    "money": safe(_money),
    "date": _date,
    "date_cn": _date_cn,
    "fx": lambda rng: "7.%d" % rng.randint(1000, 2999),
    "price": lambda rng: "%d.%02d" % (rng.randint(720, 860), rng.randint(0, 99)),
    "last4": lambda rng: digits(rng, 4),
    "mask_mob": lambda rng: rng.choice(MOBILE_PREFIXES) + "****" + digits(rng, 4),
    "mask_card": lambda rng: rng.choice(CARD_BINS)[:4] + " **** **** " + digits(rng, 4),
    "mask_id": lambda rng: (rng.choice(REGIONS)[:4] + "*" * 10 + digits(rng, 3)
                            + rng.choice("0123456789X")),
    "landline": safe(_landline),
    "hotline": _hotline,
    "hotline_cn": _hotline_cn,
    "qno": lambda rng: rng.choice("ABCV") + digits(rng, 4),
    "cnaps": safe(lambda rng: rng.choice(("102", "103", "104", "105")) + digits(rng, 9)),
    "usd": lambda rng: "%d,%03d" % (rng.randint(2, 48), rng.randint(0, 999)),
    "year": lambda rng: str(rng.randint(2025, 2026)),
    "period": lambda rng: rng.choice("一二三四五六"),
    "rate": lambda rng: rng.choice(("1.38%", "1.63%", "1.70%", "1.93%", "2.18%")),
    "hours": lambda rng: rng.choice(("9:00-17:00", "8:30-17:30", "9:00-16:30")),
    "stock": lambda rng: str(rng.randint(12, 300)),
    "case": safe(lambda rng: rng.choice(("J", "A", "B")) + digits(rng, rng.randint(13, 16))),
    "inv": lambda rng: digits(rng, 8),
    "resv": safe(lambda rng: digits(rng, rng.randint(6, 8))),
    "regcode": safe(lambda rng: "Z" + digits(rng, 13)),
    "swift": safe(lambda rng: "FT" + digits(rng, 5) + rng.choice("ABCDEFGH") + digits(rng, 7)),
    "gram": lambda rng: rng.choice(("1", "10", "100", "一")),
    "pcode": lambda rng: (rng.choice(("GS", "ZY", "LC", "JJ", "XT", "AU"))
                          + digits(rng, 2) + rng.choice("ABCDE") + digits(rng, 4)),
}

# --------------------------------------------------------------------------
# Plain slots
# --------------------------------------------------------------------------
LIST_SLOTS = {
    "c": ["王姐", "李哥", "张总", "刘阿姨", "陈叔", "亲", "宝子", "老板", "靓仔",
          "靓女", "妹儿", "嬢嬢", "老铁", "大姐", "哥", "姐", "赵老师", "孙总",
          "周哥", "黄姐", "小何", "杨姐", "罗哥"],
    "g": ["家人们", "各位老铁", "兄弟姐妹们", "各位哥哥姐姐", "集美们", "宝子们",
          "各位叔叔阿姨", "老板们", "各位客户"],
    "me": ["小刘", "小陈", "小王", "小张", "小李", "小赵", "小周", "小罗", "小邓", "小唐"],
    "nm": ["张三", "老周", "王经理", "李总", "陈老师", "刘主任", "赵姐", "孙哥",
           "何叔", "黄阿姨"],
    "cname": ["王秀英", "李建国", "张丽", "刘洋", "陈静", "杨帆", "赵磊", "黄敏",
              "周杰", "吴芳", "徐涛", "孙丽娟", "罗志勇", "唐小燕"],
    "p": ["这款理财", "这只基金", "这个积存金", "这款结构性理财", "这个外汇挂钩产品",
          "这个私募", "这款混合基金", "这个黄金定投", "这款固收+"],
    "amt": ["5万", "10万", "20万", "30万", "50万", "8万", "3万", "15万", "两万",
            "二十万", "一百万"],
    "pct": ["4.5%", "5个点", "6%", "8%", "百分之七", "3.8%", "10个点", "12%",
            "两个点", "百分之十五"],
    "e": ["", "", "", "😄", "🔥", "👍", "🙏", "💰", "🚀", "[呲牙]", "[抱拳]", "[OK]",
          "(๑•̀ㅂ•́)و✧", "o(*￣▽￣*)ブ", "(ง •_•)ง", "~", "😂", "🤑", "✌️",
          "[玫瑰]", "ヾ(◍°∇°◍)ﾉﾞ", "(｀・ω・´)", "[捂脸]", "🧧"],
    "pt": ["哈", "嘛", "哦", "噻", "撒", "咯", "嘞", "啦", "喔", "的嘛", "哈~", "呀"],
    "d": ["周五", "下周一", "月底", "明天上午", "这周四", "节前", "下个月初",
          "今天收盘前", "周三"],
    "team": ["合规部", "零售银行部", "个人金融部", "运营管理部", "支行办公室",
             "消保办", "风险管理部", "财富管理中心"],
    "ps": ["收到请回复。", "请互相转告。", "谢谢配合。", "各位辛苦。",
           "请各网点传达到人。", "特此提醒。"],
}

SLOTS = dict(LIST_SLOTS)
SLOTS.update(NUMBER_SLOTS)
SLOT_RE = re.compile(r"\{([a-z0-9_]+)\}")


def fill(text, rng):
    def rep(m):
        src = SLOTS[m.group(1)]
        return src(rng) if callable(src) else rng.choice(src)
    return SLOT_RE.sub(rep, text)


QR = "\n- - - - - - - - - - - - - - -\n"   # WeCom quoted-reply divider

# --------------------------------------------------------------------------
# Templates: (sender-role + chat code, rules, text)
#   role: s = staff, c = customer
#   chat: 1 = one-to-one, g = customer group, i = staff-only group, * = 1 or g
# --------------------------------------------------------------------------
NUMBERS_HIT = [
    ("c1", "R6", "{me}，我电话是{mob}，到时候你打这个就行{e}"),
    ("c1", "R6", "身份证号{idn}，你帮我看下储蓄国债还能不能约{pt}"),
    ("s1", "R6", "{c}，您这个尾号对不上，是不是{card}这张卡？麻烦确认一下{pt}"),
    ("c1", "R6", "我手机号码是{mob_cn}哈，语音转的，你看对不对嘛{e}"),
    ("c1", "R6", "妹儿，我工资卡号是{card}，你看下是不是这张嘛，莫搞错了哈{e}"),
    ("c1", "R6", "咯是我身份证号{idn}，你帮我填一下咯，我不太会弄{e}"),
    ("c1", "R6", "俺手机{mob}，恁有啥事打这个就中{e}"),
    ("c1", "R6", "俺闺女手机号{mob}，俺不在家你就找她，她在济南上班{pt}"),
    ("c1", "R6", "我个电话系{mob}，你得闲就打俾我啦{e}"),
    ("s1", "R6", "{c}，跟您确认一下，您预留的手机号是{mob}，对吧？{e}"),
    ("si", "R6",
     "开户信息核对：{cname}，身份证 {idn} 手机 {mob}，请柜面复核。"),
    ("cg", "R6", "{g}我换新号了 {mob} 旧的别打了{e}"),
    ("c1", "R6",
     "{me}你好，我明天上午过来办大额存单，身份证号是{idn}，麻烦先帮我看看额度够不够，我大概十点钟到{pt}"),
    ("c1", "R6", "卡号{card}，我转账的时候你们那边看得到不{e}"),
    ("si", "R6", "客户{cname}手机{mob}，麻烦哪位同事今天下午回访一下{e}"),
    ("c1", "R6", "电话 {mob_sep} 白天打，晚上我睡得早{pt}"),
    ("c1", "R6", "身份证是{idn_mix}，我一半手打一半语音，你凑合看{e}"),
    ("s1", "R6", "{c}，国债预约要用身份证号，您发的{idn}我已经登记好了{pt}"),
    ("c1", "R6", "金条提货登记：手机{mob}，身份证{idn}，周六去取{e}"),
    ("c1", "R6",
     "「回复 {me}：麻烦留个联系电话」" + QR + "{mob}，晚上七点以后打{e}"),
    ("si", "R6",
     "【转发】客户信息确认单 姓名：{cname} 银行卡：{card} 业务：积存金开户"),
    ("c1", "R6", "我老公的卡号{card_sep}，帮他也开一个积存金账户嘛{e}"),
    ("c1", "R6", "卡号是{card_cn}，语音打的你对一下{pt}"),
    ("c1", "R6", "手机：{mob_fw}{e}"),
    ("s1", "R6", "{c}，您把卡号发我一下，是这个{card}吗？我这边核对到账记录{pt}"),
    ("c1", "R6", "bb我手机号{mob}，有活动记得call我{e}"),
    ("c1", "R6", "u1s1你们这个预约流程好麻烦，身份证{idn}，快帮我弄一下{e}"),
    ("s1", "R6", "阿姨，您刚说的号码我记下来了：{mob}，到账了我给您打电话{pt}"),
    ("c1", "R6", "换卡了，新卡号{card}，以后利息转这张{e}"),
    ("c1", "R6", "外汇购汇用这张卡：{card}，额度还剩多少帮我看下{e}"),
    ("c1", "R6", "我身份证{idn_sep}，不晓得你们系统认不认这种格式{pt}"),
    ("c1", "R6", "手机号码{mob_mix}，莫打错咯{e}"),
    ("s1", "R6", "麻烦{c}再确认一遍身份证，系统里显示的是{idn}，对吗？{e}"),
    ("c1", "R6", "张卡系{card}，唔该帮我查下到账未{e}"),
    ("c1", "R6", "俺娘的身份证号{idn}，她不会用手机，俺替她发过来{e}"),
    ("si", "R6", "这位客户要补卡，手机{mob}，原卡号{card}，哪位在网点接一下？"),
    ("c1", "R6", "号码{mob}，短信也发这个{e}"),
    ("c1", "R6", "储蓄国债预约 {cname} 身份证{idn} 手机{mob}"),
    ("cg", "R6", "{g}帮我看下这个卡号{card}是哪个行的，刚收到一笔钱{e}"),
    ("s1", "R6",
     "{c}，您发的这个号码{mob}是您本人实名的吗？验证短信会发到这个号上{pt}"),
]

NUMBERS_NEAR = [
    ("s1", "R6", "{c}，您的订单号是{order}，金条预计{d}到网点{pt}"),
    ("s1", "R6", "保单号{policy}，您收好，有问题可以打客服热线{hotline}{e}"),
    ("s1", "R6", "快递单号{track}，纪念币已经寄出了，{c}注意查收{pt}"),
    ("s*", "R6", "今天积存金价格{price}元/克，比昨天高了一点，{c}{e}"),
    ("s1", "R6", "产品代码{pcode}，{c}在手机银行里搜这个就能找到{pt}"),
    ("s1", "R6",
     "{c}，您发的身份证号{badid}系统校验没通过，可能有一位打错了，麻烦再核对一下{pt}"),
    ("s1", "R6", "交易流水号{badcard}，钱已经到账了，{c}您查一下{e}"),
    ("s1", "R6", "合同编号{c11}，{c}签完字拍照发我就行{pt}"),
    ("s1", "R6", "大写金额写{cnamt}，小写写{money}，{c}别写错了{pt}"),
    ("s*", "R6", "这期储蓄国债到期日是{date}，到期自动兑付到{c}卡上{e}"),
    ("sg", "R6", "Au99.99今天收盘{price}，{g}买积存金的可以看看{e}"),
    ("s1", "R6", "今天美元兑人民币中间价{fx}，{c}要购汇的话上午办比较好{pt}"),
    ("s1", "R6", "{c}，您手机尾号{last4}的那个号码已经绑定好了{e}"),
    ("s1", "R6", "我这边看到的预留手机是{mask_mob}，是{c}本人的吧？{e}"),
    ("s1", "R6", "{c}，您绑定的卡是{mask_card}，对吧{e}"),
    ("s1", "R6", "{c}，您的身份证{mask_id}已经完成预约登记了{pt}"),
    ("s1", "R6", "网点电话{landline}，{c}来之前可以先打过来问一下{pt}"),
    ("c1", "R6", "{me}，你们客服电话是不是{hotline_cn}？我老记不住{e}"),
    ("s1", "R6", "{c}，您的排队号是{qno}，前面还有几个人{e}"),
    ("s1", "R6", "对方行联行号{cnaps}，{c}转账的时候填这个{pt}"),
    ("s1", "R6", "{c}，到账金额{money}，您核对一下{e}"),
    ("s1", "R6", "{c}今年的购汇额度已经用了{usd}美元，还剩一些{pt}"),
    ("sg", "R6",
     "{g}，储蓄国债（电子式）{year}年第{period}期三年期利率{rate}，{d}开始发售{e}"),
    ("s*", "R6", "{c}，我们营业时间{hours}，周末正常营业{e}"),
    ("s1", "R6", "嬢嬢，你那个存单号是{order}，莫搞丢了{pt}"),
    ("s1", "R6", "咯个是保单号{policy}咯，{c}拍个照留着{e}"),
    ("s1", "R6", "恁的快递单号{track}，明儿个就能到{e}"),
    ("s1", "R6", "俺查了一下，流水号{badcard}，钱已经到了，{c}放心{e}"),
    ("s1", "R6", "{c}，张单号系{order}，你留住啦{e}"),
    ("sg", "R6", "{g}，积存金活动编号{pcode}，报名截止{date}，冲{e}"),
    ("c1", "R6", "{me}，你刚发的{c11}是啥子号码？不是我手机号噻{e}"),
    ("sg", "R6", "{g}，今天金价{price}，库存还剩{stock}根，手慢无{e}"),
    ("s1", "R6", "存单到期日{date_cn}，到时候我提前一周提醒{c}{pt}"),
    ("s1", "R6", "报警回执编号{case}，{c}您收好，后续派出所会联系您{pt}"),
    ("s1", "R6", "发票号码{inv}，电子发票已经发到{c}邮箱了{e}"),
    ("s1", "R6", "{c}，您的预约号{resv}，{d}来网点取号就行{pt}"),
    ("c1", "R6",
     "{me}，我上次买的那个理财，产品登记编码是{regcode}吧？帮我查下收益{e}"),
    ("s1", "R6",
     "{c}，系统提示您发的卡号{badcard}校验没通过，可能哪一位打错了，麻烦再核对一下{pt}"),
    ("c1", "R6", "{me}，我那笔外汇汇款的参考号是{swift}，帮我追一下{e}"),
    ("s*", "R6",
     "{c}，现在积存金起购{gram}克，今天价格{price}，您自己算一下{e}"),
]

RHETORICAL_HIT = [
    ("s*", "R1", "{c}，你想想，{p}我卖了五年，哪个客户亏过？不就是稳赚不赔嘛{e}"),
    ("s*", "R1", "谁说不保本嘛？{p}跟存款差不多的，{c}你放一百个新{pt}{e}"),
    ("s1", "R1", "{c}你这么精明的人，难道还看不出来这是零风险的吗？{e}"),
    ("s1", "R1", "要不是稳赚，我能让我妈都买了{amt}吗？{c}你自己品{pt}{e}"),
    ("s*", "R1", "为啥子不趁现在上车呢？{c}，包赚的东西还犹豫啥子嘛{e}"),
    ("s1", "R1", "{c}，保本保收益的东西你都不买，那你还想买啥子哦？{e}"),
    ("s1", "R1", "{c}，我骗你有啥好处？{p}保证收益{pct}，到期一分不少{pt}"),
    ("s1", "R1",
     "你要是不信我，就去问问隔壁张阿姨，她买了{amt}，稳赚不赔的嘛，我哪会骗{c}{pt}"),
    ("s1", "R1", "如果亏了本金算我的，{c}，这还不叫保本吗？{e}"),
    ("s1", "R1", "恁说这中不中？保本的东西，放银行是放，放俺这还能多挣点，{c}还寻思啥{e}"),
    ("s1", "R1", "{c}，稳赚嘅嘢你都唔要？真系好可惜啦{e}"),
    ("sg", "R1", "{g}！零风险的机会还要等啥？三、二、一，上车！{e}"),
    ("s1", "R1", "{p}到期就是保收益的，对吧？{c}你上回不也拿到了嘛{e}"),
    ("s1", "R1", "我不是说它不能保本，我是说它就没有不保本的时候，{c}懂我意思{pt}"),
    ("s1", "R1",
     "{c}，今天行里人多，我长话短说：{p}起投{amt}，期限一年，说白了不就是稳赚吗？你晚来一天额度就没了，我先帮你留着{pt}"),
    ("s1", "R1", "哎呀{c}，您是怕它保本保得太狠了吗？放心，亏不了{e}"),
    ("s*", "R1", "u1s1，包赚的机会错过了不得后悔死？{c}冲就完了{e}"),
    ("s1", "R2", "你以为我是瞎猜的？内部消息{pt}，{d}之前必涨{e}"),
    ("s1", "R2", "庄家都进场了，{c}你还不跟，难道等它拉升完了再去追吗？{e}"),
    ("s1", "R2", "要不是有内幕消息，我敢让你满仓吗{c}？{e}"),
    ("s1", "R2", "谁说莫得内部消息嘛？我表哥就在那个公司，{d}就公告{pt}"),
    ("s1", "R2", "咯只票庄家在吸筹，{c}你不信？看看这几天的量咯，马上就要拉升嘞{e}"),
    ("s1", "R2", "俺跟恁说，这不就是庄家要拉升的信号吗？还能有假？{c}{e}"),
    ("s1", "R3",
     "手续费那么贵，何必走公司流程呢？私下转账给我，我直接帮你买，不是更省事？{c}{e}"),
    ("s1", "R3",
     "返点我哪次少过{c}？这次也一样，{amt}给你返点{pct}，你还担心啥{e}"),
    ("s1", "R3", "{c}，不走系统不就没人知道了吗？飞单而已，大家都这么做{e}"),
    ("s1", "R3", "要是转到我个人卡上，利息能多给你半个点，何乐而不为呢{c}？{e}"),
    ("s1", "R3", "返佣都给你算好了，{c}你还犹豫啥？别家能给这么多吗？{e}"),
    ("s1", "R4", "{c}你上班那么忙，何必自己盯盘呢？把账户密码给我，我帮你操作不就完了{e}"),
    ("s1", "R4", "全权委托给我，{c}你还怕啥？我做了十年了，哪次让你吃过亏{pt}"),
    ("s1", "R4", "代客理财怎么了？{c}，你不说我不说，哪个晓得嘛{e}"),
    ("s*", "R5", "{c}在这里聊多不方便，为什么不加我个人号呢？好多东西这边不好发{e}"),
    ("s1", "R5", "{c}你加我私人微信嘛，难道还怕我骗你不成？{e}"),
    ("s1", "R2 R5", "私人号上我天天发内部消息，{c}你不加不亏吗？{e}"),
    ("s1", "R5", "{c}，我私人号你都不加，是不是看不起我{me}哦？{e}"),
    ("s1", "R1 R5",
     "要不是保本，我能把自己的年终奖都投进去吗？{c}加我私人微信，我发你持仓截图{e}"),
    ("s1", "R1 R3", "难道{c}还不信我？稳赚的单子，走私下交易手续费还能省一半{e}"),
    ("s1", "R1 R3",
     "这么好的事你都不要，那还有啥意思嘛？保证收益{pct}，{c}私下转账给我就行{e}"),
    ("s1", "R1", "xswl，{c}你居然问我会不会亏？包赚的好不好{e}"),
    ("s*", "R1",
     "金价还能跌？不可能的嘛，{c}这个积存金现在进就是稳赚，难道你要等它涨上天再买吗{e}"),
]

RHETORICAL_NEAR = [
    ("si", "R3", "问下各位，客户让我帮他把钱转去别的机构买产品，这个算不算飞单？我不想踩线{e}"),
    ("s1", "R1",
     "{c}，{p}不保本的哈，净值会波动，最差可能亏到本金，您考虑清楚再决定{pt}"),
    ("c1", "R1", "{me}，这个到底保本吗？我妈的养老钱，亏不起{e}"),
    ("s1", "R1", "谁跟你说稳赚不赔的？没有这回事{pt}，投资都有风险，我得跟{c}讲清楚"),
    ("s1", "R1",
     "难道有零风险的理财吗？真没有，{c}，存款也只是有存款保险兜底，{p}更不是{pt}"),
    ("s1", "R2",
     "{c}，内部消息这种东西您千万别信，真有的话也是违法的，我们不会给也给不了{e}"),
    ("si", "R3", "有没有同事知道，客户问返点是不是就是手续费优惠？我该怎么回比较合规？{e}"),
    ("s1", "R1",
     "要是有人跟您说能保收益，{c}您就该警惕了，我们这边只有业绩比较基准，不是承诺{pt}"),
    ("s1", "R1", "{c}，冇保本嘅，我唔可以呃你，跌起上嚟都会亏钱㗎{e}"),
    ("c1", "R1", "{me}，你们这个黄金积存是不是包赚啊？我看金价一直在涨{e}"),
    ("s1", "R1", "我不敢说稳赚，{c}，金价短期波动很大，定投能摊成本，但也可能亏{pt}"),
    ("s1", "R2", "庄家？{c}，现在监管这么严，哪有什么庄家，别听群里那些人瞎说{e}"),
    ("s*", "R2",
     "大盘今天尾盘拉升了一点，不过{p}净值还是要看持仓，明天出来我再跟{c}说{pt}"),
    ("s1", "R3",
     "为什么不能私下转账？因为钱不走公司账户就没有任何保障，出了事谁都说不清，{c}一定走柜台{pt}"),
    ("s1", "R4", "{c}，账户密码您自己保管好，谁问都别给，包括我{e}"),
    ("s1", "R4",
     "{c}，您问能不能帮你操作，开户和风险测评必须您本人来做，我只能在旁边讲解{pt}"),
    ("c1", "R4", "{me}，你们可以代客理财不？我工作太忙没空看{e}"),
    ("s1", "R4",
     "全权委托我们是做不了的，{c}要省心的话可以看看投顾或者基金，决策还是您自己拿{pt}"),
    ("s1", "R5", "私人微信我没有单独的，{c}，工作都在企业微信上，有事直接这里找我就行{e}"),
    ("c1", "R5", "{me}，加我个人号呗，企业微信我老是看不到消息{e}"),
    ("si", "R5", "请教一下，客户主动要加私人号，我婉拒了，需要报备吗？{e}"),
    ("s1", "R1",
     "{c}，莫得哪个产品是零风险的哈，我给你说实话，{p}最差的时候回撤过{pct}"),
    ("s1", "R1", "咯个保本的说法是老早的事了，资管新规出来以后就冇得保本理财了，{c}莫搞混咯"),
    ("s1", "R2", "恁问有没有内幕消息？俺真没有，有也不敢说，那是违法的事儿，{c}{pt}"),
    ("s1", "R1", "大姨，咱这个不是稳赚的，俺得跟您说清楚，买之前要做风险测评{e}"),
    ("s1", "R1",
     "要是真有保本还高收益的东西，我早就自己买了，哪还轮得到推给你，{c}别信那些广告{pt}"),
    ("s*", "R1", "u1s1，包赚这种话谁说谁违规，{c}你看到截图发我，我帮你问问合规{e}"),
    ("cg", "R1", "{g}，这个银行的理财真的稳赚吗？求真实反馈{e}"),
    ("s1", "R3", "不是不给你返佣，是根本就没有返佣这个东西，{c}，手续费标准都是公开的{pt}"),
    ("s1", "R3",
     "「回复 {nm}：钱能不能先转到我个人卡上放着？」" + QR
     + "可以的{c}，转到您本人卡上没问题，赎回的钱本来也只回您本人账户{pt}"),
    ("s1", "R3",
     "飞单是啥意思？{c}，就是员工私自卖不是本行代销的产品，您要是遇到这种一定跟我们说{pt}"),
    ("s1", "R1",
     "{c}您问为什么不能保证收益？因为这是净值型产品，收益跟着市场走，过往业绩不代表未来{e}"),
    ("s1", "R1",
     "刚才语音转文字可能有错，我再说一遍：{p}不保本，不保本，不保本，重要的事说三遍{e}"),
    ("s*", "R1", "又有人在群里喊稳赚不赔了？这种话{c}听听就好，真稳赚不赔他会告诉你？{e}"),
    ("c1", "R2", "{me}，我们村里有人说庄家要拉升这个票，是真的吗？{e}"),
    ("s1", "R5", "私人号我冇嘅，{c}有咩问题喺度搵我就得啦{e}"),
    ("s1", "R2", "板块拉升不代表{p}一定涨，里面持仓不一样，{c}不要光看这个{pt}"),
    ("s1", "R3", "{c}问的私下交易合不合法？不合法，资金不受保护，您千万别做{pt}"),
    ("s1", "R4",
     "阿姨，账户密码是您自己设的，我们柜员看不到也不能问，您输的时候我会转过身去{e}"),
    ("s1", "R1",
     "不就是想问国债能不能保本嘛？{c}，储蓄国债到期还本付息，但提前兑取要扣手续费和部分利息，这个要先说清楚{pt}"),
]

PROHIBITION_HIT = [
    ("s1", "R1", "{c}，规定是不许说保本，但我私下跟你讲，{p}就是保本的，放心买{e}"),
    ("s1", "R3",
     "公司禁止私下转账，不过{c}你转到我个人卡上，我当天就给你买上，比走流程快多了{pt}"),
    ("s1", "R3", "严禁飞单？那是说给领导听的，{c}，外面这款收益高，你先把钱给我{e}"),
    ("s1", "R5", "合规说不能加私人微信，{c}你加我私人号就是了，他们又查不到{pt}"),
    ("s1", "R1",
     "不得承诺收益是明面上的规矩，私下说，{p}保证收益{pct}，少了我补给{c}{e}"),
    ("s1", "R3", "红线归红线，返点还是照给{c}，{amt}给你返{pct}，别跟别人说{e}"),
    ("s1", "R4",
     "行里不让代客理财，但{c}你把账户密码给我，我帮你盯着，赚了请我吃饭就行{pt}"),
    ("s1", "R2",
     "规定是规定嘛，哪个管那么多哦，内部消息给你了，{c}{d}之前买进去就对了{e}"),
    ("s1", "R1", "禁止说零风险咯，咯我就不说，反正{c}你晓得的，就是零风险{pt}"),
    ("s1", "R5", "公司不让加私人微信，中，那恁加我个人号，俺换个号跟{c}聊{pt}"),
    ("s1", "R2", "明令禁止是吧？咱不管那一套，这票的庄家俺认识，{c}跟着他走就中{e}"),
    ("s1", "R4", "公司话唔可以全权委托，不过{c}你信我就得啦，账户交俾我搞掂{e}"),
    ("sg", "R1", "{g}，平台不让说稳赚，那我就不说了哈~懂的都懂，三二一上车！{e}"),
    ("s1", "R3",
     "虽然规定不能返佣，但我自己的提成可以分你一半，这不就是返佣嘛，{c}你知我知{e}"),
    ("s1", "R1",
     "{c}，行里最近查得严，不许我们说保本，你也别在群里问；私下给你交个底，{p}跟存款一样稳赚，只是名字不一样；钱到了我给你发截图{pt}"),
    ("s1", "R3",
     "禁止私下交易？呵呵，规定是死的人是活的，{c}你把钱转我，我在外面帮你买收益更高的{e}"),
    ("si", "R1",
     "【通知】严禁承诺保本保收益——大家看看就好哈，客户问起来该怎么说还怎么说，就说稳赚{e}"),
    ("s1", "R4",
     "规定说不能帮你操作，那我们换个说法：{c}你把验证码报给我，我帮你点几下就好{pt}"),
    ("s1", "R3", "不准给客户返点是吧？那我不给现金，{c}，这次返点给你换成金条，一样的{e}"),
    ("s1", "R5", "私人号是不让加，但{c}你加了我也不会删你呀，我把号发你{pt}"),
    ("s1", "R2",
     "合规培训说不要透露内部消息，可是咱俩谁跟谁，{d}有利好公告，{c}赶紧上车{e}"),
    ("s1", "R4",
     "明面上禁止代客理财，实际上我手里十几个客户都是我在打理，{c}放心交给我{pt}"),
    ("s1", "R3", "不可以私下转账这条我知道，但{c}你这金额小，没事的，转我微信就行{e}"),
    ("s1", "R1",
     "公司严禁说零风险，但{p}跟国债一个道理，就是零风险，{c}我拿我工作担保{e}"),
    ("s1", "R2", "我们被要求不能说庄家拉升，那我换个词：有大资金要进场抬它，{c}你自己品{e}"),
    ("s1", "R3",
     "飞单是违规，但大家都在做，只要{c}你不投诉就没人晓得，外面这款收益高多了{e}"),
    ("s1", "R5",
     "规定不准私人微信联系，我晓得，但是{c}这边有啥子好事我第一时间发你，加我私人微信噻{e}"),
    ("s1", "R4", "禁止全权委托是不假，{c}你签个授权书给我，我帮你操作也一样{pt}"),
    ("s1", "R1", "不许承诺收益那是对新人说的，{c}，我干了十年了，说保证收益就是保证收益{e}"),
    ("s1", "R1", "行里不让说稳赚不赔，那我跟{c}说：稳赚不赔，你就当没听见{e}"),
    ("s1", "R3",
     "规定不允许给返佣，所以我们一般叫“红包”，{amt}返{pct}，到账就发{c}{pt}"),
    ("s1", "R2", "监管禁止传播内幕消息，所以我只跟{c}一个人说，那只票下周要被收购{pt}"),
    ("s1", "R1", "xs，合规又发文说严禁承诺保本了，{c}你买的那款本来就保本，不用管它{e}"),
    ("s1", "R5", "不要加客户私人号这条我知道，但是{c}你是我老乡，加一下没事{pt}"),
    ("s1", "R4", "理论上不能帮你操作，但今天系统卡，{c}你把账户密码发我，我在后台帮你弄{e}"),
    ("s1", "R3", "银行规定不能私下交易，可金店不是银行呀，{c}，金条我按内部价私下卖你{pt}"),
    ("s1", "R1",
     "金价这两天是在调整，我知道按规定不能说包赚，但是{c}你看看历史，哪次回调之后不是新高？现在进就是包赚，晚了就没了{e}"),
    ("s1", "R3",
     "外汇局规定不能私下换汇，我这有个朋友可以，汇率比银行好，要的话我帮{c}私下交易{pt}"),
    ("s1", "R1",
     "不得承诺保本——文件我背得比谁都熟，但{c}你是自己人，亏了我补，这就等于保本{e}"),
    ("s*", "R5", "领导说禁止拉客户进私人号，那我把{c}拉进我个人的小群，那里讲得更透{pt}"),
]

PROHIBITION_NEAR = [
    ("si", "R1 R3",
     "【通知】各位同事：严禁向客户承诺保本保收益，严禁私下转账、飞单，一经发现按红线处理。{ps}——{team}"),
    ("s1", "R1",
     "{c}，按监管要求我们不得承诺保本，{p}是中风险等级，跟您的测评结果匹配，但净值会波动{pt}"),
    ("s*", "R3",
     "公司明令禁止员工私下交易，{c}有任何资金往来都请走对公账户或者您本人账户{e}"),
    ("s1", "R4",
     "{c}，不要把账户密码告诉任何人，包括我们工作人员，这是最基本的安全常识{pt}"),
    ("s1", "R5",
     "行里有规定，员工不能加客户私人微信，所以{c}我们都用企业微信联系，方便留痕也是保护您{e}"),
    ("sg", "R2",
     "{g}请勿相信任何声称有内幕消息的人或群，我们从不提供此类信息，发现请截图给群主{e}"),
    ("s1", "R4",
     "我们不允许代客理财，也不接受全权委托，{c}，买卖的决定都需要您本人确认{pt}"),
    ("si", "R3",
     "合规红线再强调一下：不许收返点、返佣，客户主动给也要拒绝并报备。{ps}——{team}"),
    ("si", "R1",
     "根据规定，宣传材料里不能出现稳赚、零风险这类字眼，{nm}那张海报我重新改一下{e}"),
    ("s1", "R4",
     "{c}，行里头规定的，不准帮你操作手机银行转账，你自己来弄，我在旁边看到起{pt}"),
    ("s1", "R5", "咯是红线咯，私人号是不许加客户的，{c}有事企业微信找我就可以咯{e}"),
    ("s1", "R3", "俺们这儿严禁飞单，谁干谁走人，{c}恁放心买咱行自己代销的产品{e}"),
    ("s1", "R1", "咱行明文规定不许说保本，俺跟{c}说实话，{p}是有波动的，您得想好{pt}"),
    ("s1", "R3", "公司规定唔可以私下转账，{c}你一定要经公司账户过数啊{e}"),
    ("sg", "R1",
     "直播间的{g}注意啦，主播不能承诺收益，更不能说包赚，大家按自己的风险等级选哈{e}"),
    ("s1", "R4", "大堂经理提醒：柜员不得代客户输入账户密码，{c}请您本人操作{pt}"),
    ("si", "R5",
     "【转发】关于规范员工外部社交账号使用的通知：禁止使用私人微信与客户进行业务沟通。{ps}——{team}"),
    ("s1", "R1",
     "根据适当性管理要求，我们不能给{c}保证收益，只能告诉您业绩比较基准是{pct}，不是承诺{pt}"),
    ("si", "R1 R4",
     "新人注意，红线三条：不说保本、不碰客户账户密码、不私下收钱。{ps}——{team}"),
    ("s1", "R3",
     "{c}，外汇这块监管很严，私下交易换汇是违法的，只能走柜台或者手机银行购汇{pt}"),
    ("s1", "R4",
     "储蓄国债只能在柜台或者手机银行买，规定不允许员工帮你操作购买，{c}本人来就行{e}"),
    ("s1", "R3",
     "「回复 {nm}：能不能返点？」" + QR
     + "不好意思哈{c}，返点是明令禁止的，手续费都是系统统一收取的{pt}"),
    ("s1", "R1", "{c}，黄金积存也是有风险的，按规定我们不能说零风险，金价跌了也会亏{e}"),
    ("s1", "R4", "{c}您放心，我们这里不可以全权委托，所以您的钱只有您自己能动{pt}"),
    ("si", "R1 R3",
     "今天培训讲了几个事：一是宣传不得使用稳赚不赔；二是客户资金不得转到我个人或者同事账户；三是有客户投诉要当天上报。{ps}——{team}"),
    ("sg", "R2",
     "我们公司规定严禁打听或者传播内部消息，{g}群里如果有人发，请直接截图给我{pt}"),
    ("si", "R5", "不许用私人号给客户发产品资料，{nm}那边之前被通报过，大家注意{e}"),
    ("c1", "R1", "{me}，你们是不是规定不能说保本？那我还是存定期算了{e}"),
    ("s1", "R4", "不能代客理财不是我不帮{c}，是法规不让，理解一下{e}"),
    ("s1", "R3", "{c}，就算是老客户也不能给返佣哈，这个没得商量，违规要被处分的{pt}"),
    ("s1", "R2", "{c}，按规定我们不能说大盘拉升就一定赚钱，指数拉升也可能只是一天的事{pt}"),
    ("s1", "R2", "我们行规定员工不得打听、传播庄家消息，{c}别信群里那些{e}"),
    ("si", "R4",
     "严禁向客户索要账户密码，发现一次通报一次，这是总行的要求。{ps}——{team}"),
    ("sg", "R1",
     "【通知】即日起，理财经理不得以任何形式承诺保本、保收益，违者取消销售资格。请{g}知悉{e}"),
    ("s1", "R3", "我们这边不得私下交易，所有购买都走系统，{c}在手机银行里能看到每一笔{pt}"),
    ("sg", "R5", "{g}划重点：员工用私人微信跟客户谈业务是公司禁止的，有问题就在群里问哈{e}"),
    ("s1", "R1", "{c}，外汇理财不能说保本，汇率一变就可能亏，这点我必须先讲清楚{pt}"),
    ("s1", "R4", "根据规定员工不能替客户保管账户密码，也不能帮你操作交易，{c}请谅解{e}"),
    ("s1", "R5",
     "不可以的{c}，加我个人号这个不行，公司不允许，有啥需要企业微信找我，一样的{pt}"),
    ("si", "R3", "红线不能碰：飞单、返点、私下转账，哪个都能让人丢饭碗。{ps}——{team}"),
]

WARNING_HIT = [
    ("s1", "R2",
     "虽然网上都说“内部消息”是骗局，但我这个是真的，{c}，我姐夫就在那家公司{e}"),
    ("s1", "R1", "别人说稳赚是骗你，我说稳赚是真的，{p}我自己都买了{amt}，{c}{pt}"),
    ("s1", "R1",
     "【风险提示】投资有风险——这句话是按规定必须发的哈，{c}你别管，{p}就是保本的{e}"),
    ("si", "R2", "客户问我是不是有庄家，我说有，而且{d}就要拉升，让他赶紧加仓了{e}"),
    ("s1", "R3", "都说私下转账有风险，但咱俩这么熟了，{c}你转到我个人卡上没问题的{pt}"),
    ("s1", "R3",
     "有人举报飞单，那是别人，我这个不一样，外面的产品收益高，{c}钱直接打给我就行{e}"),
    ("s1", "R4",
     "你看新闻说的那些代客理财被骗的，都是找错人了，{c}你找我就没事，账户密码给我{pt}"),
    ("s1", "R5", "公告里说不要加私人微信，那是防骗子的，我又不是骗子，{c}加我私人微信嘛{e}"),
    ("s1", "R1",
     "我知道反诈中心天天提醒保收益是陷阱，但{p}真的保收益{pct}，{c}放心{pt}"),
    ("s1", "R2",
     "莫听那些人乱说，说啥子内部消息都是假的，我这个是真的内部消息，{c}{d}你看嘛{e}"),
    ("s1", "R1", "外面好多骗子讲零风险，咯个我晓得，但我们行咯款真的零风险，{c}放心买咯{e}"),
    ("s1", "R2", "警察说庄家都是骗子？那是他们不懂，俺跟的庄家靠谱，{c}跟着俺干就中{e}"),
    ("s1", "R3",
     "{c}，电视上说别信返点，那是说外头的，咱这儿返点是实打实的，{amt}返{pct}{e}"),
    ("s1", "R4", "啲人话全权委托好危险，其实交俾我就冇问题，{c}我帮你操作{e}"),
    ("sg", "R1", "{g}都说主播在吹，那我今天把话放这：这款黄金包赚！不赚你来找我{e}"),
    ("s1", "R1",
     "「回复 {nm}：网上说这是骗局」" + QR + "骗局是别人家的，我们这个稳赚不赔，{c}放心冲{e}"),
    ("si", "R1", "客户投诉说我承诺保本，其实我说的是实话，{p}就是保本，你们合规别太较真{e}"),
    ("s1", "R5", "听说有人冒充我加你私人号？那{c}你就加这个，这个才是我真正的私人号{e}"),
    ("s1", "R2",
     "新闻里说的庄家拉升被抓那是别人，我这消息是庄家自己透出来的，{c}你信我{pt}"),
    ("s1", "R1", "{c}你说怕被骗，那我给你保证收益，亏了我个人赔你，这还不放心？{e}"),
    ("s1", "R1",
     "{c}，你转的那篇文章我看了，讲的是外面那些野鸡平台，跟我们没关系；这个外汇挂钩产品我们内部都叫它稳赚宝，{d}还有最后一点额度；你要的话我先帮你锁住{pt}"),
    ("s1", "R3", "反诈提醒是群发的，{c}你不用管，要买的话私下交易更快，明天就能到账{e}"),
    ("si", "R4",
     "有客户问代客理财是不是违法，我跟他说我们有内部授权，把账户交给我打理没问题{e}"),
    ("s1", "R3",
     "网上说返佣都是骗局？那我直接返{c}现金，{amt}返{pct}，微信转你{pt}"),
    ("s1", "R2", "大家都在传央行要降息，{c}，这是真的内部消息，赶紧把存款换成{p}{e}"),
    ("s1", "R4",
     "虽然提醒大家不要把账户密码给别人，但我又不是别人嘛，{c}，我帮你操作更快{e}"),
    ("s1", "R1", "你说老年人容易被骗？{c}放心，我们这个零风险，就跟存银行一样{pt}"),
    ("s1", "R3",
     "我也看到那个警示了，不过那是针对陌生人的，{c}我们这种老关系，转到我个人账户一点事没有{e}"),
    ("s1", "R1", "别被吓到，监管通报的是别的银行，保本保收益的产品我们还有，{c}要多少{pt}"),
    ("si", "R5", "客户问我私人微信是不是真的能领资料，我说是的，让他加了{e}"),
    ("s1", "R2",
     "都说庄家是骗人的，这次我亲眼看见资金进来的，今天肯定有庄家拉升，{c}赶紧挂单{pt}"),
    ("s1", "R1", "哈哈哈{c}你还信那些反诈宣传啊？我做了十几年，从来都是稳赚的，胆子大点{e}"),
    ("s1", "R3",
     "通知说严防飞单，是防那些不懂的人，我这单是老客户专享，{c}你直接转给我{pt}"),
    ("s1", "R4",
     "新闻说的那个代客理财亏了的案例是人家水平不行，我做全权委托五年了没亏过，{c}交给我{e}"),
    ("s*", "R1",
     "xswl，有人说我们这个是骗局，结果买的人都赚了，包赚的东西还有人不信，{c}{e}"),
    ("s1", "R2",
     "你儿子说这个是假的？那是他不懂，内部消息哪能让外人知道，{c}明天开盘你就晓得了{pt}"),
    ("s1", "R4",
     "我知道{c}你被人骗过，所以这次我亲自帮你操作，账户密码给我就行，出了事找我{e}"),
    ("s1", "R5", "是有客户投诉过加私人号被骗，但我这个是真号，{c}你加我个人号，有惊喜{e}"),
    ("s1", "R3",
     "风险提示我发完了，下面说正事：{c}这个月买{amt}以上返点{pct}，直接转你卡上{pt}"),
    ("s1", "R1", "别信外面那些说稳赚的，信我，{c}，我这个才是真的稳赚{e}"),
]

WARNING_NEAR = [
    ("sg", "R1 R2",
     "【风险提示】近期有不法分子冒充我行员工，以“内部消息”“稳赚不赔”为诱饵拉人进群，均为诈骗，请{g}勿信{e}"),
    ("s1", "R1",
     "{c}，那个说保本还年化{pct}的是骗局，我们行从来没有这种产品，千万别信{e}"),
    ("si", "R3",
     "{nm}，汇报一下：今天有客户来问我们有没有私下交易的渠道，我已经解释没有，并提醒他防骗。"),
    ("sg", "R5",
     "有客户反映群里有人冒充我加他私人微信，{g}帮忙提醒一下，我没有私人微信{pt}"),
    ("s1", "R2", "{c}，你说的那个“庄家带单”的群是假的，截图我已经报给反诈中心了{e}"),
    ("si", "R1",
     "{nm}，客户投诉说之前有人跟他说过{p}零风险，我已记录，正在核实是哪个渠道说的。"),
    ("s*", "R4", "别信！任何让你把账户密码发过去的都是骗子，银行不会问{c}要{e}"),
    ("sg", "R3",
     "刚接到反诈提醒：有人冒充客户经理让客户“转到我个人账户，能返佣”，全部是假的，请{g}转告家里老人{e}"),
    ("s1", "R4", "嬢嬢，那个喊你全权委托给他炒外汇的人是骗子哦，莫得这种好事，钱千万莫转{pt}"),
    ("s1", "R1", "咯个说包赚的短信是假的咯，我们行发短信只用官方号码，{c}莫点链接{e}"),
    ("s1", "R4",
     "恁收到的那个“代客理财高收益”的电话是诈骗，俺这边已经登记了，{c}别再接{e}"),
    ("s1", "R4", "大爷，那个自称银行的人说帮你操作解冻账户，那是骗人的，咱银行不会这样办{pt}"),
    ("s1", "R2", "{c}，嗰啲话有内幕消息嘅群唔好信啊，系骗人嘅{e}"),
    ("si", "R3",
     "客户刚才问我，群里的老师说返点{pct}是不是真的，我告诉他那是诱导，别信{e}"),
    ("si", "R3",
     "据客户反映，有人以“飞单补贴”名义联系他，我们已向合规报告，请各位留意。——{team}"),
    ("sg", "R1",
     "提醒一下{g}：网上那种保收益的黄金投资APP很多是假平台，钱进去就出不来了{e}"),
    ("s1", "R1",
     "{c}，你转发的这个“储蓄国债零风险年化{pct}”链接不是我们的，正规国债利率以财政部公告为准，这个不可信{pt}"),
    ("s1", "R2",
     "{c}，我看了你发的聊天记录，对方先说自己是券商的，再说有庄家要拉升，最后让你下载一个APP充钱，这是典型的杀猪盘，千万别再转了，我陪你去报警{pt}"),
    ("s1", "R5",
     "我们查了，说能加我个人号领红包的那个账号不是我，是仿冒的，头像和名字都抄的我，{c}别理它{e}"),
    ("s1", "R1", "{c}，你说的那个“老师”讲稳赚，我劝你别信，正规机构没人敢这么讲{pt}"),
    ("c1", "R4",
     "{me}，我今天接到个电话，说是你们银行的，让我把账户密码告诉他，是不是骗子？{e}"),
    ("c1", "R3",
     "{me}，有个人加我说他是你同事，可以私下转账给他买高收益理财，真的假的？{e}"),
    ("s1", "R2",
     "「回复 {nm}：他说这是内部消息，明天涨停」" + QR
     + "{c}这个不可信哈，涨停谁都预测不了，传这种消息的多半有问题{pt}"),
    ("si", "R1",
     "投诉处理进度：客户反映的“理财经理承诺保本”一事，经核实系外部中介所为，非我行员工，已告知客户。——{team}"),
    ("sg", "R5",
     "【反诈提醒】凡是要求您加私人号、转账到个人账户的，都是诈骗！我行工作人员只用企业微信。{g}请转告{e}"),
    ("s1", "R1",
     "{c}，系统提示您这笔交易疑似被诱导，对方是不是跟您说过保本？如果是，建议先暂停{pt}"),
    ("s*", "R1", "这种说零风险、包赚的直播间都是假的，{c}你看评论区全是托{e}"),
    ("si", "R3",
     "客户问我返佣的事，我说我们行没有，他说别家有，我建议他先问清楚那家是不是正规机构{e}"),
    ("s1", "R4",
     "{c}你别慌，账户密码给了那个人也别怕，现在赶紧改密码、冻结，我这边帮你挂失{pt}"),
    ("sg", "R1 R2",
     "有集美在小红书看到“银行内部消息，某理财稳赚”的帖子，这都是营销号瞎编的，{g}别上当{e}"),
    ("s1", "R3",
     "我刚核实了，{nm}说的那个飞单产品不在我们的代销名录里，{c}之前那笔要赶紧追回来，我陪你去报案{pt}"),
    ("si", "R1 R3",
     "【转发】监管提示：警惕“保本保息”“高额返点”等非法集资话术。{ps}——{team}"),
    ("s1", "R1 R4",
     "{c}，那个主播说的“全权委托零风险”一听就是假的，你自己的账户千万别交给别人{e}"),
    ("s1", "R2",
     "呵，又是“庄家”又是“内部消息”的，真有这好事他自己早发财了，还轮得到你？{c}删了吧{e}"),
    ("sg", "R5",
     "我跟{nm}核实过了，群里那个说是我私人微信的号不是我本人，{g}不要再加那个号{e}"),
    ("si", "R1",
     "客户质疑我们之前宣传过稳赚，我调了录音，当时说的是“不保证收益”，已经跟客户解释清楚。——{nm}"),
    ("s1", "R4",
     "{c}，有人说能帮你操作把定期转成高息理财？那是诈骗套路，千万别把手机给别人{pt}"),
    ("si", "R1",
     "今天大堂来了位阿姨，说有人承诺保本让她取钱，我跟保安一起劝住了，已报备{team}{e}"),
    ("s*", "R2", "{c}别信这个，说什么“指数拉升前最后的上车机会”，都是引流的{e}"),
    ("s1", "R3",
     "恁跟俺说的那个人讲返点给恁，那八成是飞单，俺这边帮{c}查查是不是正规产品{pt}"),
]

REFUSAL_HIT = [
    ("s1", "R4", "嘴上说不能代客理财，其实我们私下都在做，{c}你把账户给我就行{pt}"),
    ("s1", "R5", "公司不让加私人微信，但我可以给{c}我的私人号，晚上聊方便{e}"),
    ("s1", "R4", "我不能帮你操作——在这里不能，{c}你把账户密码私信发我，我下班帮你弄{pt}"),
    ("s1", "R1", "正式场合我不能说保本，私下跟{c}说：保本，放心{e}"),
    ("s1", "R3", "返点我是不能给的，但我老婆可以，{c}你买完她给你返点{pct}{pt}"),
    ("s1", "R3", "规定是莫得返佣，但是我自己的提成分你一半噻，{c}这个就当返佣嘛{e}"),
    ("s1", "R2", "咯个我不能讲是内部消息咯，我只讲{d}前买进去就对了，{c}懂了吧{e}"),
    ("s1", "R1", "俺不能说稳赚，俺只能说俺家里人都买了，{c}恁自己寻思寻思，稳赚不稳赚{e}"),
    ("s1", "R4", "俺是不能帮你操作，可俺媳妇能啊，{c}你把账户密码给她，一样的{e}"),
    ("s1", "R3", "公司唔俾我哋私下交易，不过我有个朋友得，{c}我帮你搞掂{e}"),
    ("s1", "R1", "我不能承诺零风险，但我做了八年从没亏过，{c}你说这算不算零风险？{e}"),
    ("s1", "R3", "飞单我不做的哈——除非是{c}你，收益多两个点，只给熟人{pt}"),
    ("s1", "R4", "我们不接受全权委托，所以{c}你就当是朋友帮忙，账户我来管，赚了都是你的{e}"),
    ("s1", "R2",
     "我不能说有内幕消息，我只能说“有人”告诉我{d}会拉升，{c}你自己决定{pt}"),
    ("s1", "R1",
     "{c}，首先我要说明我们不提供保收益的产品，这是规定；但是你是老客户，我个人可以给你兜底，保证收益{pct}，少的我补给你；这事就我们两个晓得{e}"),
    ("s1", "R3",
     "不能私下转账？对，不能——所以{c}你用你老公的卡转给我，就不算你私下转账了{pt}"),
    ("s1", "R5", "我没有私人号，但我老婆有，{c}你加她，我用她的号跟你聊产品{e}"),
    ("s1", "R4", "不能帮你操作是公司的规定，{c}你把手机给我，我帮你点两下，不算操作{pt}"),
    ("s1", "R1", "官方口径是不保本，{c}你心里有数就行，{p}从来没亏过，就是保本的{e}"),
    ("sg", "R1", "{g}，主播不能说包赚哈～但是评论区刷包赚的我一个都不删{e}"),
    ("s1", "R3", "返佣这种事我不能主动提，{c}你要是开口要，那我肯定给你安排{pt}"),
    ("s1", "R4", "拒绝归拒绝，{c}你要是真想让我代客理财，就签个委托，我全权帮你打理{e}"),
    ("s1", "R2",
     "{c}，按规定我得说“不能透露内部消息”，说完了，现在说消息：{d}开盘前满仓{pt}"),
    ("s1", "R5", "私人微信我不能加{c}，但你可以加我，那就不算我违规了哈{e}"),
    ("s1", "R1", "稳赚不赔这话我不能写在聊天里，{c}，打电话跟你说，反正就是这个意思{pt}"),
    ("s1", "R3",
     "正常是不能给客户返点的，不过月底冲业绩，这次破例，{c}，{amt}返{pct}{e}"),
    ("s1", "R4",
     "我们不能代客理财，但可以“代客操作”，{c}你账户密码给我，我帮你操作买卖{pt}"),
    ("s1", "R3", "不好意思，私下交易我不接……开玩笑的，老客户可以，{c}转到我个人卡上{e}"),
    ("s1", "R1", "嬢嬢，我不能说保本哈，但是你买了要是亏了，我自己掏钱给你补起，就当保本嘛{e}"),
    ("s1", "R5", "不好意思哈不能加私人号，要不{c}你用小号加我小号，这样查不到{pt}"),
    ("s1", "R2", "我可不敢说是庄家消息，我只说这只票{d}之前有人要拉升，{c}信不信由你{e}"),
    ("s1", "R4", "全权委托我们不接，但{c}你可以把账户给我“代管”，名字不一样事情一样{pt}"),
    ("si", "R3",
     "我跟合规说我拒绝了，其实后来我还是帮他做了，飞单也就这一回，{nm}你别说出去{e}"),
    ("s1", "R1",
     "{c}，我不提供保收益服务，但我提供“承诺”服务：{pct}，少一分我补一分{e}"),
    ("s1", "R2",
     "{c}，行里不让说内幕消息这四个字，那我换个说法，我们私下都叫它“小道”，这次小道说{d}涨停{pt}"),
    ("s1", "R4", "拒绝是拒绝给陌生人，{c}你是我表姐的朋友，账户密码发我，我全权帮你弄{e}"),
    ("sg", "R3", "我说不能私下转账是给群里人看的，{c}私聊我，转到我个人账户{pt}"),
    ("s1", "R1", "{c}，虽然我们不能承诺稳赚，但这个黄金积存我敢拍胸脯，今年稳赚{e}"),
    ("s1", "R4 R5",
     "不是我不想帮你操作，是在这里说不方便，{c}加我私人微信，我远程帮你操作{pt}"),
    ("s1", "R4",
     "我不会帮你操作的——我会“教”你操作，{c}你把验证码和账户密码报给我，我“教”得更快{e}"),
]

REFUSAL_NEAR = [
    ("s1", "R4", "{c}，不好意思，我们不提供代客理财服务，买卖还得您自己拿主意{pt}"),
    ("s1", "R4", "{c}，这个真不能帮你操作，交易必须您本人在手机上确认，我可以一步步教您{e}"),
    ("s1", "R5", "我没有私人号的哈{c}，工作都在企业微信，下班了您留言我第二天回{pt}"),
    ("s1", "R3", "返点这个我们没有的，也不能给，{c}您看看{p}本身合不合适{e}"),
    ("s1", "R1", "{c}，保本的理财现在真没有了，我不能骗你说有，存款和国债可以考虑{pt}"),
    ("s1", "R2", "内部消息我没有，也不会有，{c}要看的话我把公开的研报发给您{e}"),
    ("s1", "R3",
     "{c}您说私下转账给我，这个绝对不行，钱只能进您本人账户或者公司对公账户{pt}"),
    ("s1", "R4", "{c}，账户密码莫发给我哈，我不要，你自己收好，哪个问都莫给{e}"),
    ("s1", "R4", "咯个我真冇得办法，全权委托我们是不接的，{c}你自己拿主意咯{e}"),
    ("s1", "R5", "恁想加俺私人微信？真不中，公司规定就用企业微信，{c}有事在这说就行{e}"),
    ("s1", "R3", "叔，您说要给我返佣，这钱俺不能要，您要真想谢俺，给俺打个好评就中{e}"),
    ("s1", "R1", "{c}，我唔可以话你知保本，因为佢真系唔保本{e}"),
    ("s1", "R3", "不好意思{c}，飞单这种事我不做，也劝您别找做这种事的人{pt}"),
    ("s1", "R1", "零风险我给不了{c}，我能给的是把风险讲清楚{e}"),
    ("s1", "R2", "{c}，您说的庄家消息我这边没有，我们也不会去打听，您别为这个做决定{pt}"),
    ("s1", "R4",
     "{c}，谢谢您信任我，您说想全权委托给我打理，这个我真不能接，一是规定不允许，二是万一亏了您心里也不舒服，我们还是按您的风险等级一起挑几款，您自己拍板{pt}"),
    ("si", "R5",
     "客户非要加我个人号，我拒绝了，跟他说有事就在企业微信找，{nm}这样处理可以吧？"),
    ("s1", "R4", "不行不行{c}，账户密码是您的隐私，给我我也不会用，您赶紧把这条消息撤回{e}"),
    ("s1", "R1",
     "{c}，我没办法承诺保证收益，能说的只有业绩比较基准{pct}，不代表实际收益{pt}"),
    ("s1", "R3",
     "私下交易我不接，{c}您要买就在手机银行上下单，每一笔都有记录，对您也是保护{e}"),
    ("s1", "R4",
     "「回复 {nm}：那你帮我买嘛，密码给你」" + QR
     + "{c}这个真不行，密码千万别给我，账户密码只能您自己知道，我视频教您操作{pt}"),
    ("s1", "R1", "包赚的话我不敢说，也不能说，{c}，{p}去年最多跌过{pct}{e}"),
    ("sg", "R1", "{g}，评论区有人问能不能稳赚，我明确回答：不能，投资有风险{e}"),
    ("s1", "R3", "返佣？没有的{c}，我们拿的是公司工资，不能从客户这里拿一分钱{pt}"),
    ("s1", "R4", "{c}，我不能帮你操作转账，但可以帮你预约柜台，你本人带身份证过来就行{e}"),
    ("s1", "R5",
     "{c}，私人微信我不加哈，不是不礼貌，是为了您的资金安全，所有沟通要留痕{pt}"),
    ("s1", "R2", "内幕消息这东西，有我也不会说，说了是违法的，{c}咱们还是看基本面{e}"),
    ("s1", "R4", "阿姨，柜员不能替您输账户密码，您自己输，我把键盘转过去给您{pt}"),
    ("s1", "R3",
     "{c}，您想转到我个人卡上让我帮您买，这个我不能接，您直接在APP里买就行{e}"),
    ("s1", "R4", "不接受全权委托，也不做代客理财，这两条{c}可以看服务协议，写得很清楚{pt}"),
    ("s1", "R1", "{c}，u1s1，稳赚这种话我说不出口，因为不是真的{e}"),
    ("si", "R3",
     "我拒绝了那个客户的返点要求，他有点不高兴，我跟他解释了规定，{nm}，需要报备吗？"),
    ("s1", "R1", "{p}不保本，我不能改口说保本，{c}要是介意就选存款{pt}"),
    ("s1", "R2", "{c}，拉升不拉升我真判断不了，也没有人能提前知道，我不给这种建议{e}"),
    ("s1", "R5", "加我个人号？不好意思{c}，我只有这一个工作号，您有事直接发这儿{pt}"),
    ("s1", "R3", "飞单、私下转账这种我都不碰，{c}您放心，钱只走公司账户{e}"),
    ("s1", "R2",
     "您说亲戚是庄家能带单，这个我没法帮您判断，{c}，也劝您谨慎，我们不参与{pt}"),
    ("s1", "R1", "零风险？{c}我真给不了这个承诺，哪怕是大额存单也只是受存款保险保护{e}"),
    ("s1", "R4", "我不能帮你操作，{c}，连验证码都不要告诉我，我们不会要的{pt}"),
    ("s1", "R4", "代客理财我们不做，{c}要是没时间打理，可以看看定投，设置好自动扣款就行{e}"),
]

QUOTATION_HIT = [
    ("s1", "R2", "正如老师说的“内部消息”，这次必涨，{c}赶紧上车{e}"),
    ("s1", "R1", "我们领导都说了“{p}就是保本的”，{c}你还怕啥{pt}"),
    ("s1", "R1", "记住我的话：“稳赚不赔”，{c}，{d}前买进去就对了{e}"),
    ("sg", "R3", "本周特惠：“返点{pct}”，{g}买满{amt}就有{pt}"),
    ("s1", "R1", "给{c}交个底，我们内部都叫它“零风险产品”，真的零风险{e}"),
    ("s1", "R2",
     "老师原话：“庄家已经进场，马上拉升”，这个老师从来没错过，{c}跟着买就对了{pt}"),
    ("s1", "R5", "“私人号”才有干货，{c}加我私人号我发你{e}"),
    ("s1", "R1", "我们行长都说了的“稳赚”，{c}你还不放心噻？{e}"),
    ("s1", "R1", "{c}，咯个就是大家讲的“包赚”产品咯，我自己都买了{amt}{e}"),
    ("s1", "R4", "俺师傅说过“全权委托给俺，恁就等着数钱”，这话到俺这儿也一样，{c}中不中？"),
    ("s1", "R1", "俺们经理讲“这个是保收益的”，{c}您放一百个心{e}"),
    ("s1", "R1", "{c}，真系“稳赚”㗎，我同事都讲过啦{e}"),
    ("sg", "R1", "{g}，今天的口号是“保本上车”！打在公屏上！{e}"),
    ("si", "R4",
     "客户说“你们能不能帮我操作”，我说“当然能”，账户密码已经给我了，我今晚帮他买好{e}"),
    ("s1", "R4", "“代客理财”是我们的特色服务，{c}把账户交给我就行{pt}"),
    ("s1", "R3", "就像群里大哥说的“转到我个人，省手续费”，{c}，我这边也可以这么办{e}"),
    ("s1", "R3", "我师傅常说“飞单才是真赚钱”，{c}外面这款产品你考虑下，收益比行里高{pt}"),
    ("s1", "R2", "你姐说得对，“这就是内部消息”，所以{c}别外传{e}"),
    ("s1", "R1",
     "对{c}，就是你听到的那个“保证收益{pct}”，合同里不写，但我说到做到{pt}"),
    ("s1", "R1",
     "「回复 {nm}：真的保本吗？」" + QR + "真的保本，{c}放心，我骗你干嘛{e}"),
    ("s1", "R3",
     "「回复 {nm}：能返点吗」" + QR + "能，{c}，老规矩{pct}，到账后私下转账给你{pt}"),
    ("s1", "R2", "我们总监的原话：“有内部消息的时候才叫大家上”，{c}，现在就是时候{e}"),
    ("s1", "R3", "“私下交易”更划算，这话不是我说的，是老客户们说的，{c}我也认同{pt}"),
    ("s1", "R1", "专家都说“黄金今年稳赚”，{c}积存金再加点仓{e}"),
    ("s1", "R1",
     "{c}，上午开会领导讲了很多，别的你不用管，就一句“这期产品保本保收益”，你记住这句就行，额度有限，我先给你占着{pt}"),
    ("s1", "R5", "记住暗号：“老地方”，就是加我私人微信，{c}，那边说话方便{e}"),
    ("s1", "R4", "我朋友圈那句“账户交给我，收益交给你”是真的，{c}要不要试试全权委托{pt}"),
    ("s1", "R1 R2", "就像那本书里写的“跟着庄家走，稳赚”，{c}，我们这次就跟着庄家走{e}"),
    ("si", "R2",
     "客户问“有没有内部消息”，我说“有”，然后把票发给他了，{nm}你那边要不要也发{e}"),
    ("s1", "R1", "“零风险”三个字我敢打包票，{c}亏了我负责{e}"),
    ("sg", "R1", "{g}，那个“包赚”的产品链接我放群公告了，冲冲冲{e}"),
    ("sg", "R3", "u1s1，{g}说的“返佣天花板”就是我们，{amt}起返{pct}{pt}"),
    ("s1", "R1", "“稳赚不赔”四个字，{c}我写在这儿，你截图留证{e}"),
    ("s1", "R4", "就像{nm}说的“代客理财最省心”，{c}账户密码给我，我帮你打理{pt}"),
    ("s1", "R2", "老话说“内幕消息不等人”，{c}今天收盘之前必须上车{e}"),
    ("s1", "R5",
     "「回复 {nm}：加你私人微信吗」" + QR + "对，{c}加我私人微信，那边资料多{e}"),
    ("s1", "R1", "正如公告写的“本产品不保本”——那是格式条款，{c}，实际就是保本的{pt}"),
    ("s1", "R4", "我们内部叫它“全权委托套餐”，{c}你把账户交给我，啥都不用管{e}"),
    ("s1", "R3",
     "大家常说“飞单有风险”，但我这个“飞单”是有保障的，{pct}收益，{c}钱转给我就行{pt}"),
    ("s1", "R4", "就像你说的“帮你操作最方便”，{c}，那我就帮你操作了，验证码发我{e}"),
]

QUOTATION_NEAR = [
    ("s1", "R1", "{c}，如果有人跟您说“稳赚不赔”，请直接举报，我们行不会这么说{pt}"),
    ("si", "R1", "客户问“能不能保本”，我回复的是不保本，{nm}，这样回答对吗？"),
    ("s1", "R2", "{c}，你说的“内部消息”是谁发的？这种一般都是骗子，截图给我看看{e}"),
    ("si", "R3", "培训老师说：“凡是提到‘私下转账’的，一律拒绝”，大家记住。——{team}"),
    ("si", "R4",
     "有客户在群里问“你们能不能代客理财”，统一回复：不能，我们不提供代客理财服务。{ps}"),
    ("sg", "R5",
     "「回复 {nm}：加我个人号发你资料」" + QR + "{g}注意，这个人不是我们员工，请不要加他{e}"),
    ("s1", "R2", "你朋友说“庄家要拉升”，我不信也劝{c}别信，这种话没根据{pt}"),
    ("si", "R1",
     "客户原话：“你们保证收益我就买”，我跟他说了我们不能保证收益，{nm}你看还要补充啥？"),
    ("s1", "R1",
     "{c}，那个人给你说“零风险”，你就晓得他是在忽悠你了，正规机构哪个敢这么说嘛{e}"),
    ("s1", "R3", "咯个群里讲“返点{pct}”的，都是拉人头咯，{c}莫信{e}"),
    ("s1", "R1 R4", "恁说他讲的“全权委托，包赚”？那{c}可得小心，俺看着不对劲{pt}"),
    ("s1", "R4", "{c}，您刚才说的“账户密码给我”那句是谁发的？俺这边得记下来上报{pt}"),
    ("s1", "R3", "{c}，佢话“飞单冇问题”？咁就大问题啦，千祈唔好俾钱佢{e}"),
    ("sg", "R1",
     "【转发·监管提示】“保本保息”“稳赚不赔”均为非法集资常见话术，请{g}提高警惕{e}"),
    ("s1", "R5",
     "我刚看到那个帖子写着“银行私人号，内部渠道”，{c}，这是假冒的，我行没有这种号{pt}"),
    ("s1", "R3", "您问的“私下交易”我查了，这是违规行为，我们不做，{c}也别做{e}"),
    ("si", "R1", "客户说我同事跟他讲过“包赚”，我已经记录并转给合规核查。——{nm}"),
    ("s1", "R1",
     "「回复 {nm}：这款稳赚吗？」" + QR + "不稳赚哈{c}，它是混合类的，有涨有跌{pt}"),
    ("s1", "R3", "{c}，“转到我个人账户”这种话要是有人跟您说了，不管他是谁，都别转{e}"),
    ("sg", "R2", "刚才有人在评论区刷“内幕消息，加群领”，已经拉黑了，{g}别点{e}"),
    ("s1", "R1", "你妈妈说的那个“理财老师”讲“保收益”，其实是直播卖课的，{c}劝劝她{pt}"),
    ("sg", "R1", "xs，又有人在群里发“稳赚”截图，{g}这种别信，真的{e}"),
    ("si", "R3",
     "客户质问：“你是不是在飞单？”我把产品在代销名录里的截图发给他了，他放心了{e}"),
    ("s1", "R4", "对方说“我帮你操作，你把手机给我”——{c}，这是典型的诈骗话术{pt}"),
    ("si", "R5", "记录一下客户的问题：“加你私人微信方便吗？”我回复了只用企业微信。——{nm}"),
    ("si", "R1", "合规的原话是：“任何‘零风险’表述都不得出现”，所以海报那句要删掉。{ps}"),
    ("s1", "R2", "有人说“大盘拉升，赶紧上车”，{c}您别急，先看看自己的仓位{e}"),
    ("s1", "R1",
     "{c}，您转发的那条说“储蓄国债稳赚”，国债到期是还本付息，但提前兑取有损失，说“稳赚”不准确{pt}"),
    ("s1", "R3",
     "{c}，我把那段录音听完了，对方先自称是我们支行的，然后说“你先私下转账给我，我帮你抢额度”，最后还要了验证码；这不是我们员工，我已经报给保卫部了{pt}"),
    ("s1", "R1",
     "{c}，你们小区那个讲座说的“黄金保本”，黄金价格是会跌的，2013年就大跌过{e}"),
    ("s1", "R3",
     "「回复 {nm}：听说你们有返佣？」" + QR + "没有的哈{c}，我们没有任何返佣{pt}"),
    ("si", "R2", "客户问“你是不是有庄家消息”，我说没有，然后给他发了公开研报。——{nm}"),
    ("s1", "R1 R4",
     "{c}，截图里那句“代客理财，保证收益”是假冒我们的广告，我们正在投诉处理{e}"),
    ("s1", "R2", "{c}，所谓“内部消息”，十个有九个是骗人的，还有一个是违法的{pt}"),
    ("s1", "R4", "他说“全权委托给我，你啥都不用管”，{c}，你啥都不管那钱就不是你的了{e}"),
    ("s1", "R3", "新闻标题是“警惕‘飞单’陷阱”，{c}可以看看，里面讲得很清楚{pt}"),
    ("s1", "R1", "我同事之前说的“保本”是指大额存单，不是{p}，我跟{c}更正一下{e}"),
    ("sg", "R5",
     "群公告：凡是私聊你说“加我个人号有福利”的，都不是本群工作人员，{g}注意{e}"),
    ("s1", "R2",
     "您说那个老师讲“指数拉升就是信号”，{c}，这只是他个人观点，不构成建议{pt}"),
    ("s1", "R4",
     "「回复 {nm}：能不能把账户密码给你帮我看看」" + QR
     + "千万别{c}，账户密码谁都不要给，我远程也不需要{pt}"),
]

TEMPLATES = {
    "numbers": {"hit": NUMBERS_HIT, "near": NUMBERS_NEAR},
    "rhetorical": {"hit": RHETORICAL_HIT, "near": RHETORICAL_NEAR},
    "prohibition": {"hit": PROHIBITION_HIT, "near": PROHIBITION_NEAR},
    "warning_report": {"hit": WARNING_HIT, "near": WARNING_NEAR},
    "refusal": {"hit": REFUSAL_HIT, "near": REFUSAL_NEAR},
    "quotation": {"hit": QUOTATION_HIT, "near": QUOTATION_NEAR},
}

# --------------------------------------------------------------------------
# People and routing
# --------------------------------------------------------------------------
STAFF_PINYIN = ("liuyang", "chenjing", "wanglei", "zhangwei", "lihua",
                "zhaomin", "sunli", "zhouqiang", "wuxiaoyan", "huangbo",
                "xuli", "hejun", "luoxia", "tangjie", "dengfang", "fengyu",
                "caijun", "pengli", "jiangtao", "yuanmei")
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
UPPERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
STAFF_RE = re.compile(r"^[a-z]+[0-9]{2,4}$")
CUST_RE = re.compile(r"^(wm|wo)[A-Za-z0-9]{12,20}$")
ROOM_RE = re.compile(r"^wr[A-Za-z0-9]{16,24}$")


def is_staff(uid):
    return bool(STAFF_RE.match(uid))


def is_customer(uid):
    return bool(CUST_RE.match(uid))


def make_people(rng):
    names = list(STAFF_PINYIN)
    rng.shuffle(names)
    staff = [n + str(rng.randint(10, 9999)) for n in names[:10]]
    customers = []
    while len(customers) < 30:
        cid = (rng.choice(("wm", "wo")) + rng.choice(UPPERS)
               + "".join(rng.choice(ALNUM) for _ in range(rng.randint(11, 19))))
        if cid not in customers:
            customers.append(cid)

    def room_id():
        return "wr" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(16, 24)))

    rooms = []
    for _ in range(6):
        members = rng.sample(staff, rng.randint(1, 2)) + rng.sample(customers, rng.randint(3, 7))
        rooms.append((room_id(), members))
    internal = []
    for _ in range(2):
        internal.append((room_id(), rng.sample(staff, rng.randint(3, 6))))
    return {"staff": staff, "customers": customers, "rooms": rooms, "internal": internal}


def route(code, people, rng):
    role, chat = code[0], code[1]
    if chat == "*":
        chat = "1" if rng.random() < 0.65 else "g"
    if chat == "1":
        s = rng.choice(people["staff"])
        c = rng.choice(people["customers"])
        return (s, [c], "") if role == "s" else (c, [s], "")
    if chat == "g":
        room, members = rng.choice(people["rooms"])
    else:
        room, members = rng.choice(people["internal"])
    pool = [m for m in members if is_staff(m) == (role == "s")]
    sender = rng.choice(pool)
    return sender, [m for m in members if m != sender], room


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------
def insert_separator(text, rules, rng):
    # The last keyword occurrence is usually the decisive (offering) clause.
    best = None
    for r in rules:
        for kw in RULE_KEYWORDS.get(r, ()):
            i = text.rfind(kw)
            if i >= 0 and (best is None or i > best[0]):
                best = (i, kw)
    if best is None:
        return text, False
    i, kw = best
    pos = i + rng.randint(1, len(kw) - 1)
    return text[:pos] + rng.choice(KW_SEPS) + text[pos:], True


def draft_content(cat, kind, rules, text, rng, seen):
    for _ in range(MAX_TRIES):
        content = fill(text, rng)
        sep = False
        if cat != "numbers" and kind == "hit" and rng.random() < SEP_RATE:
            content, sep = insert_separator(content, rules, rng)
        trad = rng.random() < TRAD_RATE
        if trad:
            content = to_trad(content)
        if content in seen:
            continue
        if cat == "numbers":
            if kind == "hit" and not strict_r6_items(content):
                continue
            if kind == "near" and (r6_items(content) or longest_digit_run(content) < 4):
                continue
        elif r6_items(content):
            continue
        return content, trad, sep
    raise BuildError("%s/%s: cannot draft a fresh message from %r" % (cat, kind, text[:30]))


def build_category(ci, cat):
    rng = random.Random(SEED * 10 + ci)
    people = make_people(rng)
    drafts, seen = [], set()
    for kind in KINDS:
        tpls = TEMPLATES[cat][kind]
        for i in range(N_PER_KIND):
            ti = i % len(tpls)
            code, rules_s, text = tpls[ti]
            rules = sorted(set(rules_s.split()))
            content, trad, sep = draft_content(cat, kind, rules, text, rng, seen)
            seen.add(content)
            drafts.append({"kind": kind, "tno": ti + 1, "rules": rules, "code": code,
                           "content": content, "trad": trad, "sep": sep})
    rng.shuffle(drafts)
    records, meta = [], []
    truth = {"hits": {}, "near_misses": {}}
    msgtime = BASE_MSGTIME + ci * 5 * 86_400_000
    seq = BASE_SEQ + ci * 20_000
    for n, d in enumerate(drafts, 1):
        msgtime += rng.randint(4_000, 540_000)
        seq += rng.randint(1, 3)
        sender, tolist, roomid = route(d["code"], people, rng)
        msgid = "h14_%s_%04d_%s_t%02d" % (cat, n, d["kind"], d["tno"])
        records.append({
            "msgid": msgid, "action": "send", "from": sender, "tolist": tolist,
            "roomid": roomid, "msgtime": msgtime, "seq": seq, "msgtype": "text",
            "text": {"content": d["content"]},
        })
        (truth["hits"] if d["kind"] == "hit" else truth["near_misses"])[msgid] = d["rules"]
        meta.append({"msgid": msgid, "trad": d["trad"], "sep": d["sep"], "code": d["code"]})
    return {"records": records, "truth": truth, "meta": meta}


def build_all():
    return {cat: build_category(ci, cat) for ci, cat in enumerate(CATEGORIES)}


def serialise(data):
    out = {}
    for cat in CATEGORIES:
        corpus = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data[cat]["records"])
        truth = json.dumps(data[cat]["truth"], ensure_ascii=False, indent=1) + "\n"
        out[cat] = (corpus, truth)
    return out


# --------------------------------------------------------------------------
# Self-checks
# --------------------------------------------------------------------------
def check_static():
    errors = []
    if len(set(S2T.values())) != len(S2T):
        errors.append("traditional table: values not unique")
    if set(S2T) & set(S2T.values()):
        errors.append("traditional table: a value is also a key")
    bad = [ch for ch in S2T if ch in DIGIT_MAP or ch.isdigit()]
    if bad:
        errors.append("traditional table maps numeral chars: %r" % bad)
    texts = []
    for cat in CATEGORIES:
        for kind in KINDS:
            for code, rules_s, text in TEMPLATES[cat][kind]:
                texts.append(text)
                if code not in ("s1", "s*", "sg", "si", "c1", "cg", "c*"):
                    errors.append("bad code %r in %s/%s" % (code, cat, kind))
                if cat != "numbers" and kind == "hit" and code[0] != "s":
                    errors.append("non-staff hit template in %s: %r" % (cat, text[:20]))
                for name in SLOT_RE.findall(text):
                    if name not in SLOTS:
                        errors.append("unknown slot {%s} in %r" % (name, text[:20]))
                rules = rules_s.split()
                if cat == "numbers" and rules != ["R6"]:
                    errors.append("numbers template not R6: %r" % text[:20])
                if cat != "numbers" and (not rules or any(r not in KEYWORD_RULES for r in rules)):
                    errors.append("bad rules %r in %s" % (rules_s, cat))
    for vals in LIST_SLOTS.values():
        texts.extend(vals)
    for t in texts:
        hits = [ch for ch in t if ch in T2S]
        if hits:
            errors.append("template/slot text already contains traditional chars %r: %r"
                          % (hits, t[:20]))
    return errors


def check_data(data):
    errors = []
    for cat in CATEGORIES:
        recs, truth, meta = data[cat]["records"], data[cat]["truth"], data[cat]["meta"]
        hits, nears = truth["hits"], truth["near_misses"]
        if len(hits) != N_PER_KIND or len(nears) != N_PER_KIND:
            errors.append("%s: %d hits / %d near misses" % (cat, len(hits), len(nears)))
        ids = [r["msgid"] for r in recs]
        if len(set(ids)) != len(ids):
            errors.append("%s: duplicate msgids" % cat)
        if set(hits) & set(nears) or set(hits) | set(nears) != set(ids):
            errors.append("%s: truth maps do not partition the corpus" % cat)
        msgid_re = re.compile(r"^h14_%s_(\d{4})_(hit|near)_t(\d{2})$" % cat)
        tpl = {"hit": set(), "near": set()}
        prev_t = prev_s = None
        for r in recs:
            mid = r["msgid"]
            if list(r) != KEY_ORDER or list(r["text"]) != ["content"]:
                errors.append("%s: key order %s" % (mid, list(r)))
            m = msgid_re.match(mid)
            if not m:
                errors.append("%s: bad msgid" % mid)
                continue
            kind = m.group(2)
            tpl[kind].add(m.group(3))
            rules = (hits if kind == "hit" else nears).get(mid)
            if not rules or rules != sorted(set(rules)) or any(x not in ALL_RULES for x in rules):
                errors.append("%s: bad rule list %r" % (mid, rules))
                continue
            if r["action"] != "send" or r["msgtype"] != "text":
                errors.append("%s: action/msgtype" % mid)
            if not isinstance(r["msgtime"], int) or not isinstance(r["seq"], int):
                errors.append("%s: msgtime/seq not int" % mid)
            if prev_t is not None and (r["msgtime"] <= prev_t or r["seq"] <= prev_s):
                errors.append("%s: msgtime/seq not increasing" % mid)
            prev_t, prev_s = r["msgtime"], r["seq"]
            sender, tolist, room = r["from"], r["tolist"], r["roomid"]
            members = [sender] + list(tolist)
            if any(not (is_staff(u) or is_customer(u)) for u in members):
                errors.append("%s: malformed user id" % mid)
            if len(set(members)) != len(members):
                errors.append("%s: duplicate participants" % mid)
            if room == "":
                if len(tolist) != 1 or is_staff(sender) == is_staff(tolist[0]):
                    errors.append("%s: one-to-one chat is not staff<->customer" % mid)
            else:
                if not ROOM_RE.match(room) or len(tolist) < 2 or not any(map(is_staff, members)):
                    errors.append("%s: bad group routing" % mid)
            content = r["text"]["content"]
            if cat == "numbers":
                if rules != ["R6"]:
                    errors.append("%s: numbers label %r" % (mid, rules))
                if present_rules(content):
                    errors.append("%s: numbers message holds R1-R5 keywords" % mid)
                if kind == "hit" and not strict_r6_items(content):
                    errors.append("%s: numbers hit without a valid R6 item" % mid)
                if kind == "near":
                    if r6_items(content):
                        errors.append("%s: near miss contains R6 item %r" % (mid, r6_items(content)))
                    if longest_digit_run(content) < 4:
                        errors.append("%s: near miss without a digit run" % mid)
            else:
                if kind == "hit" and not is_staff(sender):
                    errors.append("%s: hit not sent by staff" % mid)
                if present_rules(content) != rules:
                    errors.append("%s: keywords %r != label %r: %s"
                                  % (mid, present_rules(content), rules, content))
                if kind == "hit" and "R2" in rules and not r2_would_fire(content):
                    errors.append("%s: R2 hit only has exempt 拉升" % mid)
                if r6_items(content):
                    errors.append("%s: R6 item in non-numbers message" % mid)
        for kind in KINDS:
            if len(tpl[kind]) < MIN_TEMPLATES:
                errors.append("%s/%s: only %d templates used" % (cat, kind, len(tpl[kind])))
        n = len(recs)
        trad = sum(1 for x in meta if x["trad"])
        seps = sum(1 for x in meta if x["sep"])
        if not (0.15 * n <= trad <= 0.35 * n):
            errors.append("%s: traditional share %d/%d" % (cat, trad, n))
        if seps > 0.15 * N_PER_KIND:
            errors.append("%s: %d separated hits (> 15 %%)" % (cat, seps))
        for x in meta:
            if x["trad"] and not any(ch in T2S for ch in
                                     next(r for r in recs if r["msgid"] == x["msgid"])["text"]["content"]):
                errors.append("%s: marked traditional but unchanged" % x["msgid"])
    return errors


def summary(data):
    lines = []
    for cat in CATEGORIES:
        d = data[cat]
        meta = d["meta"]
        n = len(meta)
        hit_t = {m["msgid"].rsplit("_t", 1)[1] for m in meta if "_hit_" in m["msgid"]}
        near_t = {m["msgid"].rsplit("_t", 1)[1] for m in meta if "_near_" in m["msgid"]}
        groups = sum(1 for r in d["records"] if r["roomid"])
        lines.append("%-15s hits=%d (%d templates) near=%d (%d templates) "
                     "traditional=%d separated=%d group=%d/%d"
                     % (cat, len(d["truth"]["hits"]), len(hit_t), len(d["truth"]["near_misses"]),
                        len(near_t), sum(m["trad"] for m in meta), sum(m["sep"] for m in meta),
                        groups, n))
    return lines


def main(argv):
    if len(argv) != 2:
        print("usage: python3 scripts/evasion_heldout14.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    errors = check_static()
    if errors:
        for e in errors:
            print("self-check: " + e, file=sys.stderr)
        return 1
    try:
        first = build_all()
        second = build_all()
    except BuildError as exc:
        print("build failed: %s" % exc, file=sys.stderr)
        return 1
    ser1, ser2 = serialise(first), serialise(second)
    if ser1 != ser2:
        errors.append("two in-memory builds differ (non-deterministic)")
    errors.extend(check_data(first))
    if errors:
        for e in errors:
            print("self-check: " + e, file=sys.stderr)
        print("%d self-check error(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    for cat in CATEGORIES:
        cdir = os.path.join(out_dir, "heldout14", cat)
        os.makedirs(cdir, exist_ok=True)
        corpus, truth = ser1[cat]
        with open(os.path.join(cdir, "corpus.jsonl"), "w", encoding="utf-8") as fh:
            fh.write(corpus)
        with open(os.path.join(cdir, "truth.json"), "w", encoding="utf-8") as fh:
            fh.write(truth)
    for line in summary(first):
        print(line)
    print("wrote %s" % os.path.join(out_dir, "heldout14"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
