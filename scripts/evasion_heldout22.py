#!/usr/bin/env python3
"""Blind held-out evaluation set 22 ("heldout22") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author never opened the scanner, its rule files, its tests, its archive,
its commit history or any earlier evaluation set (nor the training-corpus generator), and
searched nothing (no web or code search).  Every template below was written from general
knowledge of how Chinese-speaking financial sales staff and their customers talk on WeCom
(企业微信).  The set exists to measure how well the scanner generalises: do not tune the
scanner to it, do not add it to any training data, and run it once.

Voices
------
Northeastern-adjacent Inner Mongolia / Heilongjiang speech; Chongqing and Chengdu speech;
a Hakka-Cantonese mix from Meizhou; Hainan Mandarin; Ningxia / Qinghai Mandarin; Macau
Cantonese with an occasional Portuguese loanword; Taiwanese Hokkien-flavoured Mandarin;
Thai and Philippine Chinese merchants' Mandarin; Korean-Chinese (朝鲜族) staff in Yanbian;
very formal written bank style; young investors' internet slang; livestream sellers of
insurance; WeCom moments-style marketing posts; poetry and couplet-style slogans; staff
replying on behalf of an absent colleague; plain Mandarin staff and customers.
Settings: pension annuities, education savings insurance, structured deposits, convertible
bonds, IPO subscription, ETF grid trading, offshore USD policies, agricultural co-op loans,
small-business loans, wealth salons and tea meetings, branch anniversary events, year-end
bonus reinvestment, divorce and inheritance asset planning.

Hard cases
----------
Spread over every keyword category: the deciding clause two or three clauses away from the
keyword; negation scope across commas; double negation; irony and sarcasm; conditional
offers; a reported question followed by the speaker's real answer; corrections and
retractions; concessions; lists and headings with the violation in one item; a keyword
inside a product, app, event or file name (near miss); a prohibition phrased without any
keyword next to a separate real violation (labelled with the violation only); quoting one's
own earlier promise; hypothetical examples in training material marked as wrong; emoji
between words; keywords split by one of the separators ``· -_*.~`` in a minority
(more than 0 and under 15 %) of each keyword category's hits; 25 % of every category in
traditional characters through the one-to-one table ``_TRAD_PAIRS`` (ambiguous characters
left out; the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese/Arabic, full-width digits and split by spaces, dashes, dots and commas, versus
look-alikes: bad ID check characters, impossible birth dates, bad province codes, 17-digit
IDs, Luhn failures, masked numbers, order / serial / policy / ticket / tracking / invoice
codes, landlines, Hong Kong / Macau / Taiwan / Thai / Philippine phones, amounts, dates,
QQ numbers, postcodes, one-time codes, security and fund codes, 10-digit and bad-prefix
mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout22.py OUT_DIR

Standard library only, fixed seed (SEED below), never reads the clock.  The set is built
twice in memory and compared (determinism); every self-check runs before any file is
written; on any failure the errors go to stderr, the exit status is 1 and nothing is written.

Layout
------
    OUT_DIR/heldout22/<category>/corpus.jsonl   one WeCom archive text message per line
    OUT_DIR/heldout22/<category>/truth.json     {"hits": {msgid: [rules]},
                                                 "near_misses": {msgid: [rules]}}
Categories: numbers, rhetorical, prohibition, warning_report, refusal, quotation; 150 hits
and 150 near misses each, shuffled.  JSON keys of a message, in this order: msgid, action
("send"), from, tolist, roomid, msgtime, seq, msgtype ("text"), text ({"content": ...}).
msgid = h22_<category>_<NNNN>_<hit|near>_t<NN> (NNNN = 0001..0300 in file order, tNN = the
template number within its kind).  msgtime rises strictly from 1771000000000 ms and seq from
880000, continuing across the categories in the order listed.  Staff senders are plain
userids (lowercase pinyin, at most one dot), customers "wm" + 22 alphanumerics; roomid is ""
for one-to-one chats and "wr" + 18 alphanumerics for groups; tolist is the other party
(one-to-one) or every other group member (groups).
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
150 hits and 150 near misses per category; at least 35 templates per kind, each used 3-5
times; unique, well-formed msgids numbered in file order; strictly increasing msgtime and
seq; exact key order; sender / tolist / roomid shapes and routing (group tolists are the
room minus the sender, one-to-one chats pair a staff member with a customer); R1-R5 hits sent
by staff only and customer messages only as near misses; keyword presence after folding and
separator removal equals the label set; numbers messages carry no R1-R5 keyword and the
label ["R6"]; no 拉升 directly after 大盘/指数/板块/尾盘/早盘; every numbers hit holds a valid,
digit-bounded R6 item (strict reading); no valid R6 item (broad reading) in any 11/16/17/18/
19-character window of a numbers near miss or of any message of another category;
traditional share 20-30 % per category with an exact fold-back round trip and no table
traditional character in simplified text; split-keyword share of each keyword category's
hits above 0 and under 15 %; unique texts across the set; lengths 8-300 characters; no
unexpanded slot markers; two in-memory builds byte-identical.
"""

import json
import os
import random
import re
import sys

SEED = 22_2026_1206
SET_NAME = "heldout22"
CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation"]
KEYWORD_CATEGORIES = CATEGORIES[1:]
PER_KIND = 150
T0 = 1771000000000
SEQ0 = 880000
MIN_TEMPLATES = 35
TRAD_PER_CATEGORY = 75          # 25 % of 300
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %

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
S2T = {}
T2S = {}
for _i in range(0, len(_TRAD_PAIRS), 2):
    S2T[_TRAD_PAIRS[_i]] = _TRAD_PAIRS[_i + 1]
    T2S[_TRAD_PAIRS[_i + 1]] = _TRAD_PAIRS[_i]


def to_trad(text):
    return "".join(S2T.get(c, c) for c in text)


def fold(text):
    return "".join(T2S.get(c, c) for c in text)


# ---------------------------------------------------------------------------------------
# Keyword and R6 readers (the author's own, written from the rule pack above).
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
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147",
              "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "172",
              "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
              "186", "187", "188", "189", "191", "198", "199"]
AREAS = ["110101", "110105", "230103", "230102", "230602", "150102", "150203", "150702",
         "500103", "500106", "510104", "510107", "441402", "441481", "460105", "460106",
         "640104", "640106", "630102", "630104", "222401", "222403", "350203", "440103",
         "440304", "320102", "330106", "210102"]
NEAR_AREAS = [a for a in AREAS if a[:2] not in ("13", "14", "15")]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "623668", "621483", "620522", "622609",
               "625965"]
CARD_BINS19 = ["6222020", "6228480", "6217000", "6212260", "6230520", "6215580"]


def broad_id_valid(s):
    if len(s) != 18 or not s[:17].isdigit() or s[17] not in "0123456789Xx":
        return False
    if int(s[:2]) not in BROAD_PROV:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if y < 1800 or y > 2099 or not date_ok(y, m, d):
        return False
    return id_check(s[:17]) == s[17].upper()


def strict_id_valid(s):
    if not broad_id_valid(s) or s[:6] not in AREAS:
        return False
    return 1940 <= int(s[6:10]) <= 2008


def strict_mobile(s):
    return len(s) == 11 and s.isdigit() and s[:3] in MOB_PREFIX


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


def r6_strict_bounded(text):
    """True when the normalised text holds a maximal digit run that is a valid R6 item
    under the strict reading."""
    t = num_text(text)
    for m in _TOKEN_RE.finditer(t):
        tok = m.group(0)
        start, end = m.start(), m.end()
        if end < len(t) and t[end].isascii() and t[end].isalnum():
            continue
        if start > 0 and t[start - 1].isascii() and t[start - 1].isalnum():
            continue
        if strict_mobile(tok) or strict_card(tok):
            return True
        if len(tok) == 18 and strict_id_valid(tok):
            return True
    return False


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["王姐", "李哥", "张叔", "刘阿姨", "陈总", "赵老师", "孙大哥", "周姐", "吴老板", "郑哥",
          "冯姨", "杨总", "何姐", "高哥", "罗老师", "马大姐", "金老板", "林姐", "黄叔", "韩哥"],
    "m": ["小王", "王经理", "李老师", "金经理", "陈姐", "小周", "何主管", "张经理", "小林",
          "刘经理", "小马", "朴经理"],
    "e": ["", "", "😊", "👍", "🙏", "😂", "🤝", "✨", "🌹", "💪", "👌", "😄"],
    "d": ["明天上午", "周五下午", "月底前", "下周一", "今晚八点", "后天", "这周内", "周三",
          "下礼拜", "明早九点"],
    "a": ["5万", "10万", "20万", "30万", "50万", "80万", "100万", "200万", "15万", "300万"],
    "r": ["2.8%", "3.1%", "3.5%", "4.2%", "4.8%", "5%", "5.5%", "6%", "3.85%", "4.5%"],
    "k": ["小周", "小何", "李经理", "金经理", "朴主管", "王姐", "陈老师", "小吴", "马经理",
          "林专员"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; tw and mo prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|ne|R1|{n}，咱这款养老年金保本保收益，你说你还犹豫个啥？错过这村可没这店了{e}
S|p|cq|R1|{n}，这个结构性存款稳赚不赔的嘛，你还在那儿想啥子哦？{d}就截止了{e}
S|g|slang|R1|家人们，躺着都稳赚的车，你不上车等啥呢？{d}前冲鸭{e}
S|g|formal|R1|敬请各位垂注：本期产品保证收益{r}，如此良机，岂可错过？{e}
S|p|tw|R1|{n}，这支零风险啦，你还在怕什么？阿嬷都买了{e}
S|p|ne|R2|{n}，内幕消息我啥时候让你失望过？{d}庄家就要拉升了，贼稳，还不赶紧的？{e}
S|g|slang|R2|韭菜才等公告好吗？内部消息都出来了，庄家{d}拉升，家人们上车不？{e}
S|p|cq|R3|{n}，走公司流程要等好几天，转到我个人卡上不是更快嘛？你说是不是{e}
S|p|th|R3|老板，私下交易手续费全免，这么好的事你不做，难道留给别人做？{a}的货款省下不少{e}
S|p|ne|R4|{n}，你天天上班那么忙，账户密码给我，我帮你操作不就完事了吗？{e}
S|p|yb|R5|{n}，公司号消息太多看不过来，加我个人号聊不是更方便吗？{e}
S|p|hk|R3|{n}，涯帮你争取到返点，又唔使你多出一分钱，点解唔要？{e}
S|p|hn|R1|{n}，老爸茶喝着，钱也包赚，哪里找这么舒服的事？{e}
S|p|nx|R1|{n}，这个定投稳赚，尕娃的教育金不就有着落了吗？{e}
S|p|mo|R1|{n}，呢份美元保单保本又有分红，咁好嘅嘢你仲谂咩？{e}
S|g|live|R1|宝宝们，保本的年金还有谁没抢到？直播间最后{a}额度，手慢无！{e}
S|g|poem|R1|上联：存款利息年年降，下联：年金稳赚不赔{r}，横批：还等什么？{e}
S|p|plain|R3|{n}，我不是不能给你返佣，咱俩谁跟谁？你还信不过我？{e}
S|p|plain|R1|{n}，你见过哪只可转债到期不赚的？这只就是稳赚，没有不赚的道理，你说呢？{e}
S|p|plain|R2|{n}，内部消息这种东西，你说信不信？我跟你讲，我信，而且{d}就有人拉升，赶紧的{e}
S|p|plain|R4|{n}，你要是真没空盯盘，全权委托给我不就行了？收益咱们到时候再说{e}
S|p|cq|R4|{n}，代客理财这种事我们私下做得多了，你怕个啥子嘛？{e}
S|p|formal|R5|{n}，如蒙不弃，何不添加本人私人微信，以便随时为您服务？{e}
S|g|slang|R5|集美们，私人号里每天更新干货，不加是等着当韭菜吗？{e}
S|p|proxy|R1|{k}今天休假，由我代为回复：{n}，保证收益{r}这个事，他答应您的我们还能不认吗？放心买{e}
S|p|plain|R1|{n}，网格交易开起来，震荡市稳赚，不开留着钱发霉吗？{e}
S|p|plain|R1|{n}，新债申购零风险，中签就是白捡钱，这你都不打？{e}
S|p|nx|R3|{n}，贷款审批要排队，返点给我两个点，我让它{d}就下来，这不划算吗？{e}
S|p|plain|R3|{n}，公户走账多麻烦，私下转账给我，我直接给你办，不是省事多了？{e}
S|p|plain|R2|{n}，茶话会上王总透露的内幕消息你还没听懂？那只票庄家早就建好仓了，还等啥？{e}
S|p|plain|R1|{n}，年终奖放活期一年才几个钱？放我这里保本还有{r}，你说哪个香？{e}
S|p|plain|R1|{n}，离婚分到的这笔钱，放这个保本的信托不是最稳妥？还用问吗？{e}
S|p|plain|R4|{n}，孩子教育金那个账户，你把账户密码发我，我帮你操作，何必自己跑一趟网点？{e}
S|g|ne|R1|谁说世上没有稳赚的？老铁们，跟我三年的客户，哪年亏过？{e}
S|p|plain|R3|{n}，这单走飞单，公司又不知道，你少交手续费我多点提成，两全其美不好吗？{e}
S|p|th|R5|老板，曼谷那边回复慢，加我私人微信，有事直接找我，不是更好？{d}我都在{e}
S|p|ph|R5|{n}，马尼拉的亲戚也想买的话，叫他们加我私人号，这样不比走公司快多了？{e}
S|p|yb|R1|{n}，延吉这边好多阿妈妮都买了，零风险的东西，你还担心啥呢？{e}
S|g|formal|R1|值此支行十周年庆，专享产品保本{r}，如此福利，更待何时？{e}
S|p|slang|R1|这个年金🔥保本🔥保收益🔥，{n}你不冲还等什么？{e}
S|p|plain|R1|{n}，刚才我说“不一定保本”，那是我嘴瓢了，这款哪回不是保本的？你放一百个心{e}
S|p|plain|R4|{n}，虽说规矩是客户自己下单，可你都七十了，账户密码交给我不比你自己瞎点强？{e}
S|p|plain|R2|{n}你上回问我“有没有内部消息”，我哪次说过没有？{d}那只票庄家要动了{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|plain|R1|{m}，你们这款年金是保本的吗？我妈就想要个稳当的{e}
S|p|plain|R1|{n}，您问保本吗？不保本哈，这款是浮动收益，净值会有波动{e}
S|g|ne|R1|稳赚不赔？老铁们，这世上哪有这种好事，谁这么跟你说你就赶紧跑{e}
S|p|cq|R1|零风险？哪个敢跟你打这个包票嘛，莫得的事，{n}你莫信{e}
C|g|plain|R2|你们有没有内部消息啊？群里都在传有庄家要拉升{e}
S|p|plain|R2|{n}问我有没有内幕消息——没有，也不能有，我们只看公开信息和研报{e}
S|p|plain|R2|{n}，庄家拉升这种话你也信？真要有这种消息，人家还会告诉你？别当韭菜了{e}
C|p|plain|R3|{m}，能不能私下转账给你？走公司流程太慢了{e}
S|p|plain|R3|私下转账？那可不行，{n}，所有款项只能打到公司对公账户，回单我发您{e}
S|p|plain|R3|{n}，飞单出了事谁给你兜底？所以我们一单都不碰，放心{e}
C|p|plain|R3|{m}，返点是怎么算的？隔壁那家说有返佣{e}
S|p|plain|R4|{n}，账户密码能随便给人吗？当然不能，包括我在内谁问都别给{e}
S|p|plain|R4|{n}，您是想问能不能全权委托？我们这边不接受全权委托，您可以看看公募的投顾组合{e}
C|p|plain|R4|{m}，代客理财你们做不做？我儿子在外地，没人帮我看{e}
S|p|plain|R5|{n}问能不能加私人微信，不好意思哈，工作都在企业微信上，这样有记录对您也是保障{e}
C|p|plain|R5|{m}，你有私人号吗？这个企业微信我老是找不到{e}
S|p|formal|R1|{n}，敬请告知：贵方所需是否为保本类产品？如是，可考虑存款类产品，理财产品均不保本{e}
S|p|tw|R1|有人跟你讲稳赚？母汤喔，{n}，理财袂稳赚的啦{e}
S|p|hk|R1|{n}问涯呢只可转债系唔系稳赚，涯话冇咁嘅事，破发都有可能{e}
S|p|plain|R1|谁能保证收益？基金经理都不敢，我一个小客户经理敢吗？{n}{e}
S|g|live|R1|宝宝们问是不是保本，主播必须说清楚：不保本！不保本！不保本！重要的事说三遍{e}
S|p|plain|R2|内幕消息？要真有，我还在这儿上班？早去海边躺着了，{n}{e}
S|p|hn|R1|{n}，你问这个是不是零风险，我骗你做么？有风险的，说明书第三页写着{e}
C|p|nx|R1|{m}，咱这个养老年金包赚不？包赚的话我多买点{e}
S|p|th|R3|老板问能不能返点，我们这边没有返点的，手续费都是明码标价，你看合同第五条{e}
S|p|mo|R3|{n}问可唔可以转到我个人户口，唔得㗎，要转去公司户口先有保障{e}
S|p|yb|R5|{n}，私人号？我们这边不让加的，有事企业微信找我，晚上也看{e}
S|p|proxy|R2|{k}在外面培训，我替他答一下：您问的那个内部消息，他没有发过，也不会发，群里的截图不是他的{e}
S|p|plain|R1|{n}，您是希望保本，还是能接受一定波动？先做个风险测评我再推荐{e}
S|g|moments|R1|【理财小课堂】问：有没有稳赚不赔的理财？答：没有。收益和风险永远是一对{e}
S|p|ne|R4|账户密码给我？嘎哈呢这是，{n}，这个可不兴给，谁要都别给{e}
C|p|plain|R3|{m}，你们员工能私下交易吗？我看新闻说有人被查了{e}
S|p|plain|R3|返佣？我要敢收这个钱，明天就得被开，{n}你说我图啥{e}
S|p|poem|R1|莫听稳赚甜言语，且看风险说明书。{n}，买之前咱先把这页读完{e}
S|p|plain|R1|{n}，新股中签是不是稳赚？不是，这两年破发的一大把，自己要掂量{e}
S|p|formal|R5|顷接{n}来询，问可否添加私人微信。兹答复：按规定，对客沟通仅限企业微信，敬请谅解{e}
C|p|tw|R5|{m}，你有私人微信吗？我阿嬷说她想问你保单的事{e}
S|p|plain|R2|{n}，您说的庄家是指啥？打麻将的庄家还是股票里的？先说清楚我才好回答{e}
S|p|plain|R4|代客理财？那是违规的，我能为了一单业绩把饭碗砸了吗？{n}{e}
C|p|cq|R2|{m}，晓得不，隔壁老李说他有内部消息，是真的不嘛？{e}
S|p|plain|R1|{n}，您说的是那个叫“保本理财通”的APP吗？那个不是我们家的，也别往里面充钱{e}
S|p|plain|R5|{n}，您是说加我个人号吗？不用的，就在这里聊，我上班时间都在线{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|formal|R1|兹重申：全体员工严禁向客户承诺保本保收益，违者按制度处理，特此通知{e}
S|g|plain|R3|【员工十不准】一、不准飞单；二、不准私下转账；三、不准收受返佣……各位同事对照自查{e}
S|p|plain|R4|{n}，按监管要求，我们不能替客户保管账户密码，也不能帮你操作交易，这点请理解{e}
S|g|ne|R5|老铁们记住了，公司明令禁止加私人微信，有啥事就在这个群里唠{e}
S|p|cq|R4|{n}，规矩你晓得噻，代客理财、全权委托都是碰不得的，莫为难我哈{e}
S|g|plain|R2|合规提示：讨论个股时不得传播所谓内幕消息，不得暗示庄家拉升，请各位自觉遵守{e}
S|p|hn|R1|{n}，我们行里规定不准讲零风险，因为本来就有风险，这个你要懂{e}
S|p|tw|R3|公司规定不能私下交易喔，{n}，歹势啦，要照流程走{e}
S|p|mo|R3|公司规矩系唔准返点俾客，{n}，obrigado你体谅{e}
S|g|plain|R3|培训材料第三条：飞单是红线，不管客户怎么要求都不能做{e}
S|p|proxy|R3|{k}出差了，我帮他回复：您说的“转到我个人账户”这种做法，我们是绝对禁止的，请只打对公账户{e}
C|p|plain|R1|{m}，你们不是规定不能保证收益吗？那上次那个经理咋跟我说保证收益{r}？{e}
S|g|slang|R1|家人们，平台规定不能说稳赚，也不能说躺赚，理性投资不上头{e}
S|g|live|R1|直播间规则：主播不得承诺保本，宝宝们看到有人私信说保本的都是冒充的{e}
S|p|nx|R5|{n}，咱单位有规定，私人号一律不能加，尕事情也得在企业微信上说{e}
S|p|yb|R4|{n}，公司规定不准帮你操作账户，阿妈妮要是不会用手机，我可以去家里教她自己弄{e}
S|p|formal|R4|{n}，谨此提示：本行工作人员不会索要您的账户密码，敬请妥善保管{e}
S|p|th|R3|老板，公司规定员工不可以私下交易，你的货款请走公司账户，换泰铢我们也有正规渠道{e}
S|g|poem|R3|上联：合规是底线，下联：诚信是饭碗，横批：飞单莫碰{e}
S|g|moments|R1+R3+R4|✅不承诺保本 ✅不代客理财 ✅不收返点——这是我做客户经理八年的三条底线{e}
S|p|ne|R4|{n}，这可整不了，规定不准全权委托，你自己拿主意，我给你参谋{e}
S|p|cq|R2|{n}，我们这边规矩多，内部消息一律不准打听也不准传，何况我手上本来就莫得{e}
S|p|hk|R5|{n}，公司话唔准加私人微信，涯只能用呢个企业微信同你倾{e}
S|p|plain|R1|{n}，根据资管新规，理财产品打破刚兑，不能再宣传保本了，这个您了解一下{e}
S|p|plain|R1|{n}，可转债申购规则里写得很清楚，不得以零风险名义宣传，别听外面瞎说{e}
S|g|plain|R3|合作社贷款这块，信贷员不准收任何返点，有人找你要就直接打投诉电话{e}
S|p|plain|R3|{n}，小微贷款不收任何费用，也严禁客户经理私下转账收款，请认准对公账户{e}
C|p|plain|R3|{m}，我看你们营业厅贴着“严禁飞单”，飞单是啥意思啊？{e}
C|p|plain|R1|{m}，规定不让说稳赚不赔是吧，那你就跟我说说实际能赚多少{e}
S|g|plain|R1|年终奖理财专场提醒：所有宣传不得出现保收益字样，文案请发合规审一下{e}
S|g|plain|R2|茶话会嘉宾分享时请勿提及任何内部消息或个股推荐，谢谢配合{e}
S|p|plain|R4|{n}，离婚财产分割这块，我们不能全权委托处理您的资产，建议您同时找律师{e}
S|p|plain|R1|{n}，网格交易只是一种策略，规定不能说它稳赚，单边下跌也会亏{e}
S|p|plain|R3|{n}，香港保单这块，内地员工不得私下交易、不得代收保费，请您本人去香港签{e}
S|p|plain|R5|{n}，按规定我不能把您拉到私人号上聊，有什么需求都在这里说，我都能看到{e}
S|p|plain|R3|没有哪条规定不禁止返佣的，所以{n}，这个真没有{e}
S|p|tw|R4|{n}，阿嬷问可不可以把账户密码给我，我跟她说袂使，这是规定{e}
S|p|plain|R4|刚才打错字了，是“严禁代客理财”，不是“可以代客理财”，{n}以这条为准{e}
S|g|plain|R1|今日晨会要点：1.合规培训下周考试 2.严禁承诺保证收益 3.茶歇在三楼{e}
S|p|ph|R3|{n}，公司规定员工不可以收返佣，马尼拉那边介绍客户也一样，谢谢你的好意{e}
S|p|plain|R3|{n}，请查收附件《关于严禁飞单的通知》，签字后发回给我{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|ne|R1|{n}，规定是不让说保本，可咱俩谁跟谁，我跟你交个底：这款到期就是保本的，贼稳{e}
S|p|cq|R3|{n}，公司说不准飞单，但那是说给外人听的，你这单走我这边，手续费给你减半{e}
S|g|slang|R1|合规天天喊不准讲稳赚，笑死，这只基金就是稳赚，我自己都买了{e}
S|p|formal|R1|{n}，按规定，本行不承诺保本。然此款产品历年均未亏损，实质上保本，敬请放心认购{e}
S|p|plain|R3|{n}，原则上不允许私下转账，不过你是老客户，特殊情况特殊处理，转我卡上我帮你垫上{e}
S|p|tw|R3|{n}，规定是不能返点啦，但你放心，{d}开始私底下每个月返点给你，袂让你吃亏{e}
S|p|mo|R5|规定话唔可以加私人微信，不过{n}你咁熟，加我私人微信啦，有咩即刻揾我{e}
S|p|hk|R4|{n}，公司话唔准全权委托，你当冇听到，你交俾涯，全权委托涯来打理{e}
S|p|plain|R4|{n}，公司不让我们承诺收益，这个我懂。你把账户密码发我，我{d}帮你把单子下了{e}
S|g|slang|R1|合规说不能讲零风险，行吧行吧，那我换个说法：这个产品风险为零，家人们懂的都懂{e}
S|g|live|R1|宝宝们，平台不让主播说保本，主播就不说了哈，反正到期本金一分不少，懂的扣1{e}
S|p|nx|R2|{n}，单位规定不能透露内幕消息，我就跟你悄悄喧一喧：{d}那只票有人要拉升，攒劲得很{e}
S|p|yb|R4|{n}，公司不准帮你操作，这个我知道，可阿妈妮不会弄，你把手机给我，我帮你操作一下就好了{e}
S|p|th|R3|老板，公司规定不能私下交易，但是我们老朋友嘛，货款直接转到我个人账户，汇率给你算好一点{e}
S|p|ph|R3|{n}，按规定不能收返佣，你不要声张，介绍费我照样给你，返佣点数跟以前一样{e}
S|p|plain|R4|对对对，公司禁止代客理财，所以我这不叫代客理财，叫“帮忙看着”，{n}把账号交我就行{e}
S|p|plain|R4|{n}，规定上不能全权委托，除非你{a}以上，那我们可以私下签个全权委托的协议{e}
S|p|proxy|R1|{k}请假了我替他说：按规定我们不承诺收益，但他答应您的保证收益{r}，我们组一定兑现{e}
S|g|poem|R3|上联：严禁飞单守规矩，下联：老客飞单有照顾，横批：心照不宣{e}
S|p|plain|R3|{n}，我们组的三条规矩：一、不碰违规产品；二、不乱收手续费；三、老客户每单返点给到位{e}
S|p|plain|R1|{n}，虽然监管不让说稳赚不赔，但这款养老年金我敢说稳赚不赔，出了事你来找我{e}
S|p|plain|R3|刚才说不能转到我个人账户，说错了，{n}，这次特殊，转到我个人账户就行{e}
S|p|plain|R3|公司也没说不能给返点，{n}，你要的那个返点我给你留着{e}
S|p|hn|R1|{n}，行里是有规定不能讲包赚，但是老爸茶喝了这么多年我骗过你吗？这个包赚{e}
S|p|ne|R2|规定归规定，{n}，内部消息我这有，{d}庄家拉升，你整不整？{e}
S|p|cq|R5|{n}，私人微信按规定是不能加的，不过你加一个嘛，莫得人晓得{e}
S|p|plain|R1|{n}，合规说网格交易不能叫稳赚，那是他们不懂，我这套参数就是稳赚，我拿脑袋担保{e}
S|p|plain|R1|{n}，新规不让承诺打新收益，但我跟你保证收益至少{r}，打新这块你交给我{e}
S|p|plain|R3|{n}，信贷员不准收好处，这个我懂，但你贷款下来以后返点给我两个点，不算好处，算辛苦费{e}
S|p|plain|R2|茶话会上不方便讲，规定不让讲内部消息。散了以后{n}留一下，我单独跟你说那只票{e}
S|p|plain|R4|{n}，离婚财产这块，规定上我们只能建议，不能代客理财，但你信得过我，账户交给我，代客理财我来{e}
S|p|plain|R1|{n}，公司规定教育金不能说保本，我私下跟你说，这个绝对保本，孩子上大学的钱一分不会少{e}
S|p|plain|R3|{n}，内地员工按规定不能私下交易香港保单，但你放心，私下交易的客户我做过几十个了，没一个出事{e}
S|p|plain|R3|{n}，行庆活动规定不能给客户返现，但是你来的话，私下返点一个点，就当是周年礼{e}
S|p|plain|R1|{n}，合规要求不能承诺收益，所以我不承诺，我只是说这笔年终奖放进去稳赚，你理解一下{e}
S|g|slang|R5|规定说不能加私人号，但家人们，懂的都懂，私人号在我签名里，冲鸭{e}
S|p|formal|R1|{n}，兹因制度所限，不便公开言明，惟可私下告知：本产品实为零风险，敬请知悉{e}
S|p|proxy|R5|{k}今天不在，他让我转告：公司虽然不让加私人微信，但您有急事可以直接加他私人微信，他回来发您{e}
S|p|plain|R1|规定不让说🙊，但我还是要说：这个结构性存款保本，{n}闭眼买{e}
S|p|plain|R4|哎呀规定说不准帮你操作，那我就不“帮你操作”了，我“替你点一下”，{n}把密码发我{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|formal|R2|风险提示：近期有不法分子冒充我行员工，以内幕消息为诱饵骗取钱财，敬请广大客户提高警惕{e}
S|g|ne|R5|老铁们注意了，有人冒充我加你们私人微信，我从来不加私人微信，别上当{e}
S|p|plain|R3|{n}，提醒一下，凡是叫你私下转账的都是骗子，包括自称我们公司的{e}
S|p|plain|R1|{n}，已将某同事向您承诺保本的聊天记录提交合规部，后续有进展我告诉您{e}
S|p|cq|R1|{n}，你说的那个群里天天喊稳赚不赔的，我晓得，那是杀猪盘，千万莫进{e}
C|p|plain|R3|{m}，我要举报，你们那个姓刘的经理跟我说转到我个人卡上就行，这合规吗？{e}
S|p|tw|R2|{n}，最近有人打电话说有内部消息，叫阿嬷汇款，母汤喔，那是诈骗{e}
S|g|mo|R3|提提大家：有人扮我哋职员话可以返佣，全部系假嘅，唔好信{e}
S|p|hk|R1|{n}，涯同你讲，外背话包赚嘅都系呃人，涯哋从来唔讲包赚{e}
S|p|hn|R4|{n}，文昌那边有个人说帮你操作股票收五成分成，那是骗子，别理他{e}
S|g|nx|R4|乡亲们注意，有人到合作社说能代客理财，年化百分之二十，这是非法集资，赶紧报警{e}
S|p|yb|R4|{n}，延吉这边最近有人冒充银行要账户密码，我们银行绝对不会问您要{e}
S|p|th|R2|老板小心，曼谷有个中介说他有庄家的消息，要你先打钱，这种一定是骗子{e}
S|p|ph|R1|{n}，马尼拉华商会群里有人发零风险高回报的广告，我已经跟群主举报了{e}
S|g|slang|R1|家人们避雷！短视频上说躺着稳赚的课程都是割韭菜，别冲{e}
S|g|live|R1|宝宝们注意，直播间里有人冒充主播私信说保证收益，主播从来不会私信你们{e}
S|g|plain|R2+R5|培训案例（错误示范❌）：客户经理说“加我个人号，给你内幕消息”。请指出其中的两处违规{e}
S|p|proxy|R4|{k}让我转告您：上次那个自称他同事、让您全权委托的人不是我们的员工，已经报案了{e}
S|g|moments|R1|【防骗提醒】🚫陌生人拉群 🚫承诺零风险 🚫索要验证码，遇到请直接拉黑{e}
S|p|poem|R1|天上不会掉馅饼，稳赚不赔是陷阱——防诈宣传月，{n}转给家里老人看看{e}
S|p|plain|R3|{n}，之前那个离职的客户经理跟您做的私下交易，公司已经在查了，您这边配合提供转账记录就行{e}
S|g|plain|R3|合规通报：某支行员工因飞单被开除，请大家引以为戒{e}
C|p|plain|R1|{m}，我跟你们投诉一下，你们那个小张说这款是稳赚的，结果亏了{r}{e}
S|p|plain|R1|{n}，那个说可转债打新零风险的公众号我看了，误导性很强，您别信{e}
S|p|plain|R3|{n}，合作社里有人收贷款返点，说是我们行的规矩，这是假的，我已经报给纪检了{e}
S|p|plain|R2|{n}，你前夫那边说他有庄家朋友能拉升股价翻倍，这种说法您千万别信，也别把钱给他{e}
S|p|plain|R1|{n}，有个自称教育基金顾问的人说他的产品保本保息，您把合同发我看看，我帮您把把关{e}
S|p|plain|R1|{n}，有人在朋友圈卖香港保单说美元保单零风险，这是违规宣传，汇率和分红都有风险{e}
S|p|plain|R1+R4|{n}，那个卖网格机器人的说稳赚，还要你把账户密码给他——两条都是骗局的标准特征{e}
S|g|ne|R2|哎妈呀，又有人发内幕消息了，这回说{d}庄家拉升，贼像那么回事，老铁们别搭理{e}
S|p|plain|R1|{n}，年底骗子多，尤其是说年终奖放他那里保本翻倍的，一律别信{e}
S|g|cq|R3|各位老师，群里那个说能私下交易新股额度的，已经被我踢了，大家莫上当{e}
S|g|formal|R3|特此警示：任何人以返佣、返点名义要求您转账，均非本公司行为{e}
S|p|plain|R2|{n}，茶话会上有位嘉宾说的内部消息，我们事先并不知情，已向合规报备，请勿据此投资{e}
S|p|proxy|R5|我是{k}的同事，他休假。提醒您：近期有人冒充他加您私人号，他本人不会这样做{e}
C|p|plain|R5|{m}，我邻居被人骗了，对方说是你们行的，让她加私人微信，后来就联系不上了{e}
S|p|hn|R2|{n}，老爸茶店里那个大哥说他有内幕消息，你别听他讲，那是卖课的{e}
S|g|plain|R1+R3|上周有客户反映某员工承诺稳赚并收取返点，合规已立案，涉事员工已停职{e}
S|p|plain|R1+R4|{n}，提醒三件事：1.不点陌生链接 2.不给账户密码 3.不信保本高息，记住哈{e}
C|p|plain|R4|{m}，我阿嬷说有人打电话要她的账户密码，说是你们公司的，是真的吗？{e}
S|p|plain|R1|{n}，那个叫“零风险投资”的小程序是假冒的，已经被下架了，别再点了{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|ne|R2|老铁们提防那些卖内幕消息的骗子！真想要内幕消息，找我，{d}私聊{e}
S|g|formal|R1|风险提示：切勿轻信外部所谓保本产品。本行本期理财方为真正保本，敬请认购{e}
S|p|cq|R3|{n}，外面那些叫你私下转账的你莫信，要转就转到我个人账户，我给你办得巴巴适适的{e}
S|g|slang|R1|家人们警惕割韭菜的！那些都不靠谱，要躺赚还得是我这个稳赚群，上车私聊{e}
S|g|live|R1|宝宝们小心别家直播间说保本的，都是假的！只有我们家这款才是真保本，三二一上链接{e}
S|p|tw|R1|{n}，跟阿嬷讲，外面那些说稳赚的都是骗人的，我这支才是真的稳赚，袂骗她啦{e}
S|p|mo|R3|{n}，小心啲出面啲人话返佣，好多系呃人嘅。你喺我度买，返佣我照俾你{e}
S|p|hk|R2|{n}，外背好多人乱讲内幕消息，涯哋正经嘅内部消息就唔同，今晚涯话你知{e}
S|p|plain|R3|我已经把小李飞单的事报上去了，不过{n}你那单急的话，还是走我这边，我私下给你办{e}
S|p|hn|R1|{n}，我提醒你，外面那些零风险的你别买，要买就买我推荐的这个，零风险，我骗你做么{e}
S|p|nx|R4|{n}，别人说帮你操作你别信，他们不靠谱。账户交给我，我帮你操作，攒劲得很{e}
S|p|yb|R4|{n}，告诉阿妈妮，外面骗子要账户密码千万别给，给我就行，我帮她理财{e}
S|p|th|R3|老板，别信那些说能私下交易的中介，很危险，真要私下交易，我帮你安排，安全{e}
S|p|ph|R5|{n}，马尼拉那边好多假的私人号冒充我，我真正的私人号是这个，加这个就行{e}
S|p|proxy|R1|{k}不在，我代他提醒：别信外面承诺保证收益的。他给您那款保证收益{r}是真的，放心{e}
S|g|moments|R2|【避坑指南】❌别信陌生人的内幕消息 ✅要内幕消息请认准本人，每晚九点群里发{e}
S|p|poem|R1|莫信旁人稳赚语，我家产品真稳赚——{n}，这话我敢写在朋友圈里{e}
S|g|formal|R5|特此提醒：谨防不法分子冒用本人名义。如需联系，敬请添加本人私人微信，以免误认{e}
S|p|cq|R5|对对，私人号都是骗子，那我这个私人号也是骗子咯？{n}加一下嘛，我又不会跑{e}
S|p|plain|R4|虽然我老跟大家说小心代客理财的坑，但{n}你这情况特殊，账户你交给我，代客理财我熟{e}
S|p|plain|R2|已向合规反映群里有人散播庄家拉升的消息。另外，{n}，{d}那只票确实有人要拉，你可以提前进{e}
S|p|plain|R1|{n}，提醒你别买别人的网格机器人，不靠谱，我这套网格稳赚，你跟着我设参数就行{e}
S|p|plain|R1+R2|{n}，打新别听那些群里瞎吹的，我跟你说，这只新股有内部消息，中签就是稳赚{e}
S|p|plain|R3|{n}，合作社那个收返点的已经被查了，你放心，我这边返点照给，只是换个名目{e}
S|p|plain|R3|{n}，小心那些贷款中介要你私下转账，他们不正规。你直接私下转账给我，我帮你走个快速通道{e}
S|p|plain|R3|{n}，离婚这事最怕对方转移财产，钱先别放你名下，转到我个人账户帮你存着，稳当{e}
S|p|plain|R1|{n}，有些保险说教育金保本都是忽悠，我们这款不一样，白纸黑字写着保本{e}
S|p|plain|R3|{n}，别在内地随便买香港保单，风险大。你把钱给我，我走私下交易帮你在那边买，省事{e}
S|p|plain|R2|茶话会上有人说内部消息不可信，那是他们没门路。{n}，我这条内部消息是真的，散会找我{e}
S|g|plain|R3|周年庆期间谨防诈骗！凡说返点的都是骗子——除了我，老客户到我这里照样返点{e}
S|p|plain|R1|{n}，年终奖千万别乱投，外面太乱了。放我这里包赚，我给你打包票{e}
S|p|ne|R1|{n}，我跟你说个事儿，别信网上说的零风险，那玩意儿都是坑。咱这个才是真零风险{e}
S|g|slang|R2|家人们别信割韭菜的老师，他们的内幕消息都是编的，我这有一手内幕消息，懂的来{e}
S|p|plain|R4|我已经举报了那个要你账户密码的骗子。{n}，你那个账户以后我来帮你操作吧，省得再被骗{e}
S|p|tw|R5|{n}，最近好多人假冒我，母汤加那些。要加就加我私人号，我再传给你{e}
S|p|formal|R3|{n}，兹提醒：飞单风险极高，切勿参与。本人经手之项目另当别论，如有意向，敬请私下联系{e}
S|g|live|R4|宝宝们，有人说代客理财是违规的，那是别家。我们直播间可以全权委托，宝宝们躺着就行{e}
S|p|plain|R1|⚠️警惕：假冒客服说保本！⚠️真客服在这里👉 本店年金保本{r}，{n}戳我{e}
S|p|hk|R5|{n}，外背好多假嘅私人微信，你加涯嘅私人微信就冇事{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|ne|R4|{n}，这个真整不了，账户密码你自己留着，我不能帮你操作{e}
S|p|cq|R3|{n}，返点莫得，给了我就要遭处分，真的帮不了你{e}
S|p|formal|R5|{n}，承蒙厚爱，然私人微信恕不添加，敬请通过企业微信与本人联系{e}
S|p|tw|R1|{n}，歹势，保本的东西我这里没有，不能骗你啦{e}
S|p|mo|R4|{n}，唔好意思，全权委托我哋做唔到，你要自己落单{e}
S|p|hk|R3|{n}，私下交易涯唔做，你要买就喺公司系统度买{e}
S|p|hn|R3|{n}，你说转到我个人卡上，这个不行的，我不做这种事{e}
S|p|nx|R2|{n}，内幕消息我真没有，有也不能给你说，这是规矩{e}
S|p|yb|R4|{n}，阿妈妮的账户我不能帮你操作，要她本人来网点，我陪着办{e}
S|p|th|R3|老板，你说的返佣我不能收，心意领了，货款还是走公司账户{e}
S|p|ph|R5|{n}，不好意思，私人号我不加的，马尼拉那边有事也在这里找我{e}
S|g|slang|R1|家人们，稳赚的车我没有，也不会开，别私信问了{e}
S|g|live|R1|宝宝们问能不能保证收益，主播在这里明确拒绝：保证不了，也不会保证{e}
S|p|proxy|R4|我替{k}回一下：您问的代客理财，我们不能做，他回来也是这个答复{e}
S|p|plain|R1|{n}，零风险的产品我推荐不了，最低风险的是国债和存款，您看看要不要{e}
S|g|plain|R3|刚有客户问我能不能返佣，我说不能，在群里也说一声，大家都一样哈{e}
S|p|plain|R3|{n}，不是我不想帮你，是飞单这种事谁做谁出事，我不能不拒绝你{e}
S|p|plain|R2|{n}，您要的内部消息，抱歉，没有，也不打听{e}
C|p|plain|R3|{m}，我不要什么返点，你就按正常流程给我办{e}
C|p|plain|R4|{m}，账户密码我不给你，你教我怎么弄就行{e}
S|p|plain|R4|{n}，网格参数我可以教你设，但不能全权委托给我，账户还是您自己操作{e}
S|p|plain|R2|{n}，新股的事我没有内幕消息，中签全凭运气，这个忙真帮不上{e}
S|p|plain|R3|{n}，贷款下来以后那两个点返点我不要，你留着买化肥{e}
S|p|plain|R3|{n}，私下转账我不收，您走对公账户，回单拍给我就行{e}
S|p|plain|R3|{n}，美元保单我这边不能私下交易，您要去香港正规渠道签{e}
S|p|plain|R2|茶话会结束后有客户找我要内部消息，我婉拒了，{n}如果您也有这个想法，抱歉{e}
S|p|plain|R3|{n}，周年庆的礼品可以给您，但返点是没有的，这个规定我改不了{e}
S|p|plain|R4|{n}，离婚财产这个事，我不能替您全权委托打理，建议您和律师一起规划{e}
S|p|plain|R1|{n}，教育金保险我可以讲清楚条款，但保本这两个字我不能说{e}
S|p|plain|R1|{n}，年终奖想稳赚的话我帮不了，最多给您配点稳健的{e}
S|p|ne|R2|{n}，庄家的事儿我一概不知，你问我也白问，咱不整那玩意{e}
S|p|cq|R4|我帮你操作？那可要不得，{n}，你自己点，我在旁边看着{e}
S|p|formal|R1|{n}，来函询问可否出具保本承诺，经研究，恕难照办，特此函复{e}
S|p|plain|R5|刚才说可以加私人微信，是我说错了，{n}，按规定不能加，抱歉{e}
S|p|plain|R3|{n}，就算您投{a}，返佣也是没有的，这个跟金额没关系{e}
S|p|tw|R4|{n}，你阿嬷要把账户密码给我，我说袂使，我不能帮你操作，让阿嬷自己按{e}
C|p|plain|R5|{m}，加私人微信就算了，有事在这里说吧{e}
S|p|hn|R1|{n}，你要包赚的，我这里没有，我也不懂去哪里找，真的{e}
S|p|yb|R5|{n}，私人号的话不行，有事就在企业微信找我，阿妈妮的事也一样{e}
S|g|moments|R4+R5|统一回复私信的朋友：1.不加私人号 2.不代客理财 3.不推荐个股。谢谢理解{e}
S|p|plain|R1|{n}，您要的《保本承诺函》我没法出，我们这类产品本身就不保本{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|ne|R4|{n}，这事按理说整不了，可谁让你是老铁呢，账户密码发我，我帮你操作{e}
S|p|cq|R3|{n}，返点本来是莫得的，你要是再加{a}，我私下给你返一个点，要得不？{e}
S|p|formal|R5|{n}，私人微信原则上恕不添加，惟阁下系本行尊贵客户，特予破例，敬请添加{e}
S|p|tw|R1|{n}，本来不能讲啦，但你是老客户，偷偷跟你讲，这支保本{e}
S|p|mo|R4|{n}，正常我唔会帮你操作，不过你系熟客，今次帮你操作，obrigado就得啦{e}
S|p|hk|R3|{n}，涯一般唔做私下交易，不过你系自家人，呢单涯同你私下交易{e}
S|p|hn|R3|{n}，转到我个人卡上本来不行，你急的话，就转到我个人卡，我下午帮你存进去{e}
S|p|nx|R2|{n}，内幕消息我一般不说，你是老乡，给你说一句：{d}有人拉升{e}
S|p|yb|R4|{n}，我们一般不帮你操作的，阿妈妮情况特殊，账户密码给我，我来弄{e}
S|p|th|R3|老板，返佣我们一般不给，你是大客户，私下返佣两个点，不要跟别人讲{e}
S|p|ph|R5|{n}，私人号我一般不给客户，你不一样，加我私人号吧{e}
S|g|slang|R1|家人们，我本来不想说的，但是这只真的稳赚，绝绝子，冲{e}
S|g|live|R1|宝宝们，主播本来不能说保本，但今天豁出去了：这款年金保本！扣1上车{e}
S|p|proxy|R4|{k}不在，我替他回：他说不能全权委托那是客气话，您签个字，全权委托给他就行{e}
S|p|plain|R3|不好意思，刚才说没有返点是我说错了，{n}，你这单有返点，两个点{e}
S|p|plain|R3|{n}，飞单我是不做的，除非你{a}起步，那我可以考虑给你走一下{e}
S|p|plain|R2|我也不是不能给你内部消息，{n}，就看你信不信得过我了{e}
S|p|plain|R4|{n}，网格账户原则上不代管，但你出差这阵子，账户密码留我这，我帮你盯着调参数{e}
S|p|plain|R1|{n}，打新我一般不保证什么，但这只我保证收益，中签至少{r}{e}
S|p|plain|R3|{n}，贷款的事本来不收好处，你非要给，那就放款后返点一个点，我收着{e}
S|p|plain|R3|{n}，私下转账原来说不行，我问了一圈，还是私下转账最快，就这么办吧{e}
S|p|plain|R3|{n}，香港保单我说过不做私下交易，但你要得急，我私下帮你把单子签了{e}
S|p|plain|R2|茶话会上我不方便说内部消息，{n}你明天来找我，单独给你讲{e}
S|p|plain|R3|{n}，周年庆本来不返点，看在十年的交情，返点照样给你{e}
S|p|plain|R4|{n}，按理说不能代客理财，但你刚离婚心情不好，这笔钱我就代客理财帮你打理了{e}
S|p|plain|R1|{n}，教育金我跟别人都不说保本，跟你说实话：这个保本{e}
S|p|plain|R1|年终奖这块我从不承诺收益，{n}例外，我保证收益{r}，少一分我补{e}
S|p|cq|R5|私人微信我一般不加，{n}你这么耿直，加一个嘛，私人微信上好说话{e}
S|p|ne|R1|我从来不说包赚，{n}你是第一个：这个包赚，贼拉稳{e}
S|p|formal|R2|内幕消息本不宜外传，然{n}与本行交谊深厚，特此相告：{d}该股庄家将有动作{e}
S|p|tw|R3|{n}，我本来说不要返佣，阿嬷讲做人要知恩，好啦，返佣我收了，下次再帮你{e}
S|p|hk|R1|{n}，涯唔系钟意讲零风险，但呢只真系零风险，涯担保{e}
S|p|slang|R4|{n}，我平时不帮人操作的，你不一样，账户密码甩我，我帮你操作到年底，绝绝子{e}
S|p|plain|R5|虽然我说过不加私人号，但{n}你是老客户，私人号发你了，别外传{e}
S|p|plain|R3|不行不行，这个真不行……算了，看你急成这样，转到我个人账户吧，我帮你先垫上，{n}{e}
S|g|live|R3|宝宝们问返点，主播说没有，但是前十名下单的宝宝，私下返点{r}{e}
S|g|moments|R4+R5|统一回复私信：原则上不加私人号、不代客理财。VIP客户以上两条均可破例，请私聊{e}
S|p|nx|R1|{n}，我不爱说保本这话，可你是咱乡里人，不骗你，这个就是保本的{e}
S|p|yb|R2|{n}，庄家的事我本来不该讲，你是我大哥的朋友，{d}庄家要拉升了，准备好{e}
S|p|th|R1|老板，我们一般不讲稳赚，但你是老客户，这个泰铢理财稳赚，放心{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|plain|R1|客户问我“是不是稳赚不赔”，我的回答是：没有稳赚不赔的产品，{n}也一样{e}
S|g|ne|R1|隔壁那家宣传单上写着“零风险”，老铁们，这仨字一看就是忽悠{e}
S|p|cq|R2|{n}，你转给我那段话说“庄家马上拉升”，那是骗子话术，莫信{e}
S|p|formal|R1|{n}，来函所称“贵行员工承诺保证收益”一事，经核查不属实，特此函复{e}
S|p|tw|R3|{n}，你阿嬷说有人跟她讲“转到我个人账户比较快”，那个是诈骗，我们不会这样讲{e}
S|p|mo|R5|{n}，你听到嗰句“加我私人微信有优惠”唔系我哋讲嘅，小心{e}
S|p|hk|R4|{n}，佢话“全权委托俾佢就包你发财”，涯劝你唔好信{e}
S|p|hn|R1|{n}，那个广告讲“稳赚不赔年化两成”，我看是骗人的，你别理{e}
S|p|nx|R2|{n}，你说的那个“内部消息”，其实是去年的旧闻，不可信{e}
S|p|yb|R4|{n}，他们说“账户密码给我，帮你操作”，这话绝对不能信{e}
S|p|th|R3|老板，那个中介说“私下交易不用交税”，这是违法的，不要做{e}
S|p|ph|R1|{n}，朋友圈那张“保本保息”的海报不是我们公司的，我已经报给合规{e}
S|g|slang|R1|家人们，看到“躺着稳赚”这种标题就划走，都是割韭菜的{e}
S|g|live|R1|宝宝们，评论区有人刷“主播说保本”，主播没说过，回放为证{e}
S|p|proxy|R3|替{k}回复：您转述的“他答应返佣”这个说法，他说没有，聊天记录都在{e}
S|g|plain|R1|培训材料错误话术举例：“这款产品零风险，您闭眼买”——这是典型违规，请勿模仿{e}
C|p|plain|R3|{m}，我朋友说“找客户经理要返点”，你们这有吗？{e}
C|p|plain|R1|{m}，上次那个经理说“稳赚不赔”，结果亏了，你们怎么说？{e}
S|p|plain|R3|{n}，您说的“飞单”我查了，是那个离职员工私下做的，公司已经报案了{e}
S|g|plain|R1+R4|群里有人说“帮你操作包赚”，这两个说法都是违规的，我已经把他移出去了{e}
S|p|plain|R2|我以前也听前辈说“内幕消息要信”，后来才知道那是害人的，{n}你千万别信{e}
S|p|plain|R1|{n}，网上说“网格交易稳赚”，那是只算了震荡市，单边下跌照样亏{e}
S|p|plain|R1|{n}，别信“打新零风险”这种说法，可转债破发的例子一大把{e}
S|p|plain|R3|{n}，村里传“贷款要给信贷员返点”，这是谣言，我们行从来没有{e}
S|p|plain|R3|{n}，您说的“转到我个人卡”是那个冒充者说的吧？我们只收对公转账{e}
S|p|plain|R1|{n}，那个代理说“美元保单零风险”，您别当真，汇率就是风险{e}
S|g|plain|R2|茶话会上有人说“庄家在拉升”，那是他个人观点，不代表我们，请别据此操作{e}
S|p|plain|R4|{n}，律师转来的那份说明里写“全权委托给理财经理”，这一条我们不接受，得删掉{e}
S|p|plain|R1|{n}，您截图里那句“教育金保本保收益”，是别家的宣传，我们产品说明书里没有{e}
S|p|plain|R1|{n}，年会上领导讲“今年大家都稳赚”，说的是业绩，不是产品，别误会{e}
S|g|plain|R5|周年庆海报初稿写了“私人微信专属福利”，合规打回来了，已经改掉{e}
S|p|ne|R1|“跟着我稳赚”——这话我听过八百遍了，每次说这话的人最后都跑了，{n}{e}
S|p|cq|R3|{n}，你屋头亲戚说的“私下交易更划算”，我给你讲，出了事哪个都兜不住{e}
S|g|formal|R4|客户来信引述“可代客理财”之说，经查系他人冒用我行名义，敬请周知{e}
S|p|plain|R3|请查收附件《关于严禁私下转账的通知.pdf》，{n}，签字后发回{e}
S|p|plain|R1|{n}，那个叫“稳赚宝”的APP不是正规平台，别下载{e}
S|p|plain|R2|下周的“远离内幕消息”主题沙龙，{n}有兴趣可以来听{e}
S|p|plain|R1|{n}，您说的“某某保本混合”早就转型了，现在不叫保本基金，也不保本{e}
C|p|plain|R5|{m}，你同事跟我说“加我私人号给你内部价”，这个能信吗？{e}
S|p|tw|R2|{n}，你转来的那个影片说“庄家下礼拜拉升”，母汤信啦{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|g|ne|R1|还是那句话：“跟着我稳赚不赔”，老铁们，我说到做到{e}
S|p|cq|R2|{n}，王总说“这个票有内部消息”，我也觉得靠谱，{d}可以进{e}
S|p|formal|R1|{n}，诚如本人前函所言“本产品保证收益{r}”，兹再次确认，敬请放心{e}
S|p|tw|R1|{n}，我之前跟你讲“这支保本”，现在还是一样，我挂保证{e}
S|p|mo|R3|{n}，我上次讲“转到我个人户口就得”，依家都系咁，照转就得{e}
S|p|hk|R4|{n}，涯上次话“全权委托涯就得”，涯讲话算数，你放心交俾涯{e}
S|p|hn|R1|{n}，我前天说“这个包赚”，今天还是这句话，包赚{e}
S|p|nx|R3|{n}，你邻居说“找你能拿返点”，没错，返点给你留着{e}
S|p|yb|R4|{n}，你姐姐说“他帮你操作靠谱”，对，账户给我，我帮你操作{e}
S|p|th|R3|老板，你朋友讲“私下交易省钱”，说得对，我们就私下交易{e}
S|p|ph|R5|{n}，你表哥说“加你私人号方便”，是的，私人号发你了{e}
S|g|slang|R1|家人们，那句“躺着稳赚”我收回吗？不收回，就是稳赚{e}
S|g|live|R1|宝宝们，评论区说“主播说保本”，对！主播就是说了保本，再说一遍：保本{e}
S|p|proxy|R3|替{k}回复：他答应您的“每单返佣两个点”，我们照样执行{e}
S|p|plain|R1|广告上写的“零风险高收益”，{n}，这次是真的，我亲自验证过{e}
S|p|plain|R2|客户问我“庄家会不会拉升”，我说会，{d}就拉，{n}你也准备一下{e}
S|g|plain|R5|我上个月在群里说的“私人微信加我有福利”，依然有效，家人们冲{e}
S|p|plain|R1|{n}，你说“网格就是稳赚”，我同意，我的参数就是稳赚{e}
S|p|plain|R2|{n}，研究员私下说“这只有庄家”，我信，我们赶紧打{e}
S|p|plain|R3|{n}，你听说的“贷款返点”是真的，老规矩两个点，放款当天给{e}
S|p|plain|R3|{n}，老周说的“转到我个人卡更快”，是我教他的，你也这么转{e}
S|p|plain|R1|{n}，他们说的“香港保单保本”，我给你打包票，确实保本{e}
S|g|plain|R2|茶话会上张总说“内幕消息靠得住”，我完全赞同，{n}，我这有一条{e}
S|p|plain|R4|{n}，你律师说“全权委托给理财经理最省心”，对的，全权委托给我吧{e}
S|p|plain|R1|{n}，你老公说“教育金就是保本的”，他说得对，放心买{e}
S|p|plain|R1|{n}，去年我说“年终奖放我这里包赚”，做到了吧？今年还是包赚{e}
S|p|plain|R3|{n}，周年庆海报那句“老客户专享返点”，合规没看见，照样给你{e}
S|p|poem|R1|有诗为证：“保本保息年年有，跟着老王不用愁”，{n}，这诗是我写的，我认{e}
S|g|moments|R1|转发老板朋友圈：“本月产品保证收益{r}”，老板说的就是我说的{e}
S|p|plain|R1|更正一下我上条说的“不保本”——应该是“保本”，打错字了，{n}放心{e}
S|p|cq|R4|{n}，你说“干脆代客理财算了”，要得，就代客理财，账户交给我{e}
S|p|ne|R5|{n}，你那句“加你私人微信”我记着呢，私人微信我发你了，贼方便{e}
S|p|formal|R3|{n}，兹引贵客所言“可私下交易以节省费用”，本人深表赞同，届时私下交易即可{e}
S|p|tw|R4|{n}，阿嬷说“交给你我放心”，好，账户密码传给我，我帮阿嬷处理{e}
S|g|slang|R2|评论区说“博主有内部消息”，对的，没错，下一期直接给家人们{e}
S|p|hk|R1|{n}，阿叔讲“跟你买稳赚”，佢讲得冇错，涯保你稳赚{e}
S|p|yb|R3|{n}，你哥说“找金经理能飞单省钱”，是的，我帮你飞单{e}
S|g|live|R5|宝宝们，上次说的“加主播私人号送红包”还有效，私人号在主页{e}
S|p|th|R1|老板，你说“这个泰铢定存零风险”，对，零风险，你放心{e}
S|p|plain|R1|{n}，合规问我是不是说过“保证收益”，我说了，我也认，产品就是保证收益的{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|ne|R6|{m}，我手机号{MOB:plain}，有事直接打，白天贼方便{e}
C|p|cq|R6|{m}，我的电话是{MOB:cn}，你晓得了哈{e}
S|p|formal|R6|{n}，兹确认您预留手机号码：{MOB:sp}，敬请核对{e}
C|p|tw|R6|{m}，我阿嬷的手机是{MOB:dash}，麻烦你打给她{e}
C|p|mo|R6|{m}，我身份证号{ID:plain}，你帮我填落份表度{e}
C|p|hk|R6|{m}，涯嘅银行卡号系{CARD:sp}，转入呢张卡就得{e}
C|p|hn|R6|{m}，我儿子身份证号码是{ID:sp}，你帮我登记教育金{e}
C|p|nx|R6|{m}，卡号{CARD:plain}，合作社的贷款打到这张卡上{e}
C|p|yb|R6|{m}，阿爸吉的电话{MOB:dot}，麻烦你联系他{e}
C|p|th|R6|{m}，我在国内用的手机{MOB:comma}，你打这个{e}
C|p|ph|R6|{m}，我表弟身份证{ID:mix}，他要开户{e}
S|g|slang|R6|家人们，抽中的宝子联系方式：{MOB:fw}，别打错了{e}
S|g|live|R6|宝宝们，刚才下单的这位宝宝手机号{MOB:dash}，请联系客服领赠品{e}
S|p|proxy|R6|{k}让我转给您：开户登记的身份证号是{ID:plain}，您核对下{e}
C|p|plain|R6|{m}，我用大写写下怕你看错：{MOB:dx}，这是我的手机{e}
C|p|plain|R6|{m}，身份证号用大写写给你：{ID:dx}，核对下{e}
C|p|plain|R6|{m}，卡号：{CARD:cn}，我念给你听的，你记下{e}
S|p|plain|R6|{n}，您刚才说的卡号我复述下：{CARD:dash}，没错吧{e}
C|p|plain|R6|{m}，我老婆电话{MOB:mix}，联系她也行{e}
S|p|formal|R6|特此登记：客户身份证号码{ID:fw}，联系电话另附{e}
C|p|plain|R6|{m}，我身份证{ID:dash}，帮我查下年金到账没{e}
C|p|plain|R6|{m}，工资卡{CARD:fw}，年终奖在这张卡里{e}
S|p|plain|R6|{n}，您预留的银行卡{CARD:plain}，可转债中签款会从这张卡扣{e}
C|p|ne|R6|{m}，咋整啊，我换手机号了，新的是{MOB:sp}，老号别打了{e}
C|p|cq|R6|{m}，我屋头那个的身份证是{ID:cn}，你帮我看下要得不{e}
S|p|plain|R6|{n}，离婚协议里写的对方身份证号是{ID:sp}，您再确认下{e}
C|p|plain|R6|{m}，继承公证要用的我爸身份证号：{ID:plain}，麻烦了{e}
C|p|plain|R6|{m}，农商行那张卡{CARD:sp}，贷款还款从这扣{e}
S|p|plain|R6|{n}，茶话会报名表里您登记的电话是{MOB:plain}，没问题的话我就提交了{e}
C|p|th|R6|{m}，泰国那边的卡不用，国内卡{CARD:dot}，转这个{e}
C|p|tw|R6|{m}，我的手机{MOB:fw}，晚上打比较方便{e}
S|p|yb|R6|{n}，阿妈妮的身份证号码{ID:mix}，我先帮您填上了，您看下{e}
C|p|plain|R6|{m}，ETF账户绑定的银行卡{CARD:comma}，你帮我查下{e}
C|p|plain|R6|{m}，打新中签了通知我，电话{MOB:dx}，谢谢{e}
S|p|formal|R6|{n}，敬请核对：受益人银行账号{CARD:sp}，身份证号码{ID:plain}{e}
C|p|plain|R6|{m}，受益人写我女儿，身份证{ID:plain}，电话{MOB:plain}{e}
C|p|slang|R6|{m}，我的卡{CARD:mix}，冲鸭{e}
S|g|plain|R6|周年庆抽奖结果公示：特等奖得主手机{MOB:plain}，请本人联系领奖{e}
C|p|hk|R6|{m}，涯阿姆嘅手机{MOB:cn}，佢唔识用微信，你直接打{e}
C|p|mo|R6|{m}，我张内地卡{CARD:dash}，美元保单嘅分红入呢度{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，您的订单号是{ORDER}，有问题随时找我{e}
S|p|plain|R6|{n}，保单号{POLICY}，电子保单已经发到您邮箱{e}
S|p|plain|R6|{n}，工单号{TICKET}，后台处理完会短信通知您{e}
S|p|ne|R6|{n}，这是我们网点座机{LAND}，工作日都有人，有事儿打这个{e}
C|p|mo|R6|{m}，我澳门电话{MOPH}，打呢个啦{e}
C|p|plain|R6|{m}，我在香港的号码{HKPH}，白天打这个{e}
C|p|tw|R6|{m}，我台湾的手机{TWPH}，阿嬷也用这支{e}
C|p|th|R6|{m}，我泰国的号码{THPH}，回国前打这个{e}
C|p|ph|R6|{m}，我在马尼拉的电话{PHPH}，晚上打{e}
S|p|plain|R6|{n}，本次认购金额{AMT}元，已扣款成功{e}
S|p|plain|R6|{n}，验证码{OTP}是系统发给您的，千万别告诉任何人，包括我{e}
C|p|plain|R6|{m}，我QQ是{QQ}，文件发这里也行{e}
S|p|plain|R6|{n}，邮编{POST}，地址写到门牌号就行{e}
S|p|plain|R6|{n}，您的卡{MASKCARD}已绑定成功{e}
S|p|plain|R6|{n}，系统里您预留的手机是{MASKMOB}，对吗？{e}
S|p|plain|R6|{n}，身份证{MASKID}已经核验通过{e}
C|p|plain|R6|{m}，我身份证是{BADID:plain}，怎么系统说校验不过？{e}
S|p|plain|R6|{n}，您填的身份证号{BADDATE:sp}，出生日期那段不对，麻烦再核对{e}
S|p|plain|R6|{n}，这个号码{BADPROV:plain}开头那两位不是有效地区码，应该是填错了{e}
C|p|plain|R6|{m}，我身份证号{ID17:plain}，是不是少了一位？{e}
S|p|plain|R6|{n}，您发的卡号{LUHNBAD:sp}系统校验不通过，可能有一位输错了{e}
S|p|plain|R6|{n}，结构性存款{DATE}起息，到期日另行通知{e}
S|p|plain|R6|{n}，纸质存单的凭证号{SERIAL}，请妥善保管{e}
S|p|formal|R6|{n}，合同金额大写{AMTDX}，敬请核对后签字{e}
C|p|nx|R6|{m}，车牌{PLATE}，停你们网点门口了{e}
S|p|plain|R6|{n}，您的快递单号{EXPRESS}，教育金纪念册今天寄出{e}
S|p|plain|R6|{n}，本次转账交易流水号{FLOW}，如有疑问凭此查询{e}
S|g|formal|R6|兹定于{DATE}在三楼举办财富沙龙，敬请莅临，咨询电话{LAND}{e}
S|p|plain|R6|{n}，可转债代码{BOND}，申购代码{SUB}，别打错了{e}
S|p|plain|R6|{n}，ETF代码{ETF}，网格区间{GRID}{e}
C|p|plain|R6|{m}，我的会员卡号{MEMBER}，周年庆积分能用吗？{e}
S|p|plain|R6|{n}，香港保单编号{HKPOL}，美元账户尾号{LAST4}{e}
S|p|plain|R6|{n}，您的预约码{OTP}，到网点报这个码就行{e}
C|p|plain|R6|{m}，发票号{INVOICE}，报销用的{e}
S|p|plain|R6|{n}，还款日每月{DAY}号，本期应还{AMT}元{e}
C|p|plain|R6|{m}，我爸的手机号我只记得前面{MOBPRE}，后面忘了{e}
S|p|plain|R6|{n}，身份证后四位{LAST4}、手机尾号{LAST4}已验证{e}
C|p|cq|R6|{m}，我身份证{BADID:cn}，系统总说不对，啥子情况嘛{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:fw}校验不过，麻烦您拍下卡面{e}
C|p|plain|R6|{m}，我记得我电话是{MOB10:plain}，好像少了个数{e}
S|p|yb|R6|{n}，您填的手机{BADPFX:dash}开头不对，没有这种号段，麻烦再看下{e}
C|p|hk|R6|{m}，涯嘅身份证号{ID17:cn}，后背嗰个字冇写{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "ne": ["zhang.baoshan", "bai.yinhua", "li.tiejun"],
    "cq": ["ran.xiaoqing", "tang.lijuan", "he.jiang"],
    "hk": ["zeng.qiuping", "liao.wenhua", "wen.jianhong"],
    "hn": ["fu.haiyan", "lin.mingzhu", "wu.guocai"],
    "nx": ["ma.xiaolong", "han.xiuying", "ma.junhua"],
    "mo": ["ou.zhiwei", "liang.jiacong"],
    "tw": ["lin.yating", "cai.zongxian"],
    "th": ["xie.jiaming", "zheng.yonghui"],
    "ph": ["shi.wenzhe", "hong.yiling"],
    "yb": ["piao.chengzhe", "jin.meihua", "cui.yongjun"],
    "formal": ["wang.jianguo", "sun.lixin"],
    "slang": ["xiaoyu", "lin.kexin"],
    "live": ["xu.tiantian", "zhoumeimei"],
    "moments": ["gao.ying", "song.jia"],
    "poem": ["wen.shuhan", "qiu.mingyuan"],
    "proxy": ["wu.jing", "deng.yi"],
    "plain": ["chen.jiahao", "yang.fan", "zhou.min", "guo.lei"],
}
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
STAFF_RE = re.compile(r"[a-z]+(\.[a-z]+)?")
CUST_RE = re.compile(r"wm[A-Za-z0-9]{22}")
ROOM_RE = re.compile(r"wr[A-Za-z0-9]{18}")
MSGID_RE = re.compile(r"h22_([a-z_]+)_(\d{4})_(hit|near)_t(\d{2})")
SLOT_RE = re.compile(r"\{([A-Za-z0-9]+)(?::([a-z]+))?\}")
KEY_ORDER = ["msgid", "action", "from", "tolist", "roomid", "msgtime", "seq", "msgtype", "text"]


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


# ---------------------------------------------------------------------------------------
# Number generators.
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
    """Format a digit string (ID strings may end in X; callers avoid X in non-Arabic forms)."""
    if fmt == "plain":
        return s
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


def gen_mobile(rng):
    return rng.choice(MOB_PREFIX) + rdigits(rng, 8)


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


def gen_card(rng):
    if rng.random() < 0.6:
        bin_ = rng.choice(CARD_BINS16)
        return luhn_complete(bin_ + rdigits(rng, 15 - len(bin_)))
    bin_ = rng.choice(CARD_BINS19)
    return luhn_complete(bin_ + rdigits(rng, 18 - len(bin_)))


ID_SIZES = [6, 8, 4]
MOB_SIZES = [3, 4, 4]
CARD_SIZES = [4, 4, 4, 4, 4]
ARABIC_FMTS = ("plain", "sp", "dash", "dot", "comma")


def slot_valid(name, fmt, rng):
    if name == "MOB":
        return fmt_number(gen_mobile(rng), fmt, MOB_SIZES, rng, phone=True)
    if name == "ID":
        while True:
            s = gen_id(rng, AREAS, 1950, 2005)
            if s[-1] != "X" or fmt in ARABIC_FMTS:
                return fmt_number(s, fmt, ID_SIZES, rng)
    if name == "CARD":
        return fmt_number(gen_card(rng), fmt, CARD_SIZES, rng)
    raise KeyError(name)


BAD_PROV = ["00", "20", "24", "26", "27", "28", "29", "30", "38", "39", "40", "47", "48", "49",
            "55", "56", "57", "58", "59", "60", "66", "67", "68", "69", "70", "72", "74", "76",
            "77", "78", "79", "80", "84", "85", "86", "87", "88", "89", "90", "92", "94", "96",
            "97", "98", "99"]
LANDLINES = ["0471", "0451", "023", "028", "0753", "0898", "0951", "0971", "0433", "010", "020",
             "0755", "0470"]
POSTCODES = ["010010", "150001", "400010", "610041", "514021", "570100", "750001", "810000",
             "133000", "021000", "200120", "519000"]
ETFS = ["510300", "510500", "159915", "588000", "512880", "515050", "159919", "512100"]
PLATE_HEADS = ["蒙A", "黑A", "渝B", "川A", "粤M", "琼A", "宁A", "青A", "吉H", "闽D", "蒙E", "黑B"]
AMT_DX = ["壹拾伍万元整", "贰拾万元整", "叁拾伍万捌仟元整", "捌万伍仟元整", "壹佰贰拾万元整",
          "伍拾万元整", "陆万元整", "玖拾捌万元整", "肆拾万零伍佰元整", "柒万元整"]


def bad_id(rng, fmt):
    while True:
        s = gen_id(rng, NEAR_AREAS, 2000, 2012)
        wrong = [c for c in "0123456789X" if c != s[-1]]
        if fmt not in ARABIC_FMTS:
            wrong = [c for c in wrong if c != "X"]
        t = s[:17] + rng.choice(wrong)
        if fmt not in ARABIC_FMTS and not t[:17].isdigit():
            continue
        return fmt_number(t, fmt, ID_SIZES, rng)


def bad_date_id(rng, fmt):
    y = rng.randint(2000, 2012)
    kind = rng.randrange(5)
    if kind == 0:
        m, d = rng.choice([13, 14, 15, 19, 0]), rng.randint(1, 28)
    elif kind == 1:
        m, d = rng.randint(1, 12), rng.choice([0, 32, 35, 39])
    elif kind == 2:
        m, d = 2, rng.choice([30, 31])
    elif kind == 3:
        m, d = rng.choice([4, 6, 9, 11]), 31
    else:
        y = rng.choice([2001, 2002, 2003, 2005, 2006, 2007, 2009, 2010, 2011])
        m, d = 2, 29
    body = rng.choice(NEAR_AREAS) + "%04d%02d%02d" % (y, m, d) + rdigits(rng, 3)
    return fmt_number(body + id_check(body), fmt, ID_SIZES, rng)


def bad_prov_id(rng, fmt):
    body = rng.choice(BAD_PROV) + rdigits(rng, 4) + gen_birth(rng, 2000, 2012) + rdigits(rng, 3)
    return fmt_number(body + id_check(body), fmt, ID_SIZES, rng)


def luhn_bad(rng, fmt):
    good = gen_card(rng)
    last = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return fmt_number(good[:-1] + last, fmt, CARD_SIZES, rng)


def slot_near(name, fmt, rng):
    if name == "ORDER":
        return rng.choice(["", "DD", "JY"]) + "2026" + rdigits(rng, rng.randint(14, 16))
    if name == "POLICY":
        return rng.choice(["P", "GDL", "NJ", "YL"]) + rdigits(rng, rng.randint(13, 15))
    if name == "TICKET":
        return "GD" + "2026" + rdigits(rng, 8)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MOPH":
        return "+853 6" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "TWPH":
        if rng.random() < 0.5:
            return "09" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
        return "+886 9" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "THPH":
        if rng.random() < 0.5:
            return "+66 " + rng.choice(["81", "82", "86", "89", "92", "95"]) + " " + \
                rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "0" + rng.choice(["81", "86", "92"]) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "PHPH":
        if rng.random() < 0.5:
            return "+63 9" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "09" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "AMT":
        v = rng.randint(10, 5000) * 1000
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "OTP":
        return rdigits(rng, 6)
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(7, 9))
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "MASKCARD":
        c = gen_card(rng)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:4] + "*" * (len(c) - 8) + c[-4:]
    if name == "MASKMOB":
        m = gen_mobile(rng)
        return m[:3] + "****" + m[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:4] + "*" * 10 + s[-4:]
    if name == "BADID":
        return bad_id(rng, fmt)
    if name == "BADDATE":
        return bad_date_id(rng, fmt)
    if name == "BADPROV":
        return bad_prov_id(rng, fmt)
    if name == "ID17":
        s = gen_id(rng, NEAR_AREAS, 2000, 2012)
        return fmt_number(s[:17], fmt, ID_SIZES, rng)
    if name == "LUHNBAD":
        return luhn_bad(rng, fmt)
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d.%02d.%02d" % (y, m, d)
    if name == "SERIAL":
        return "NO." + rdigits(rng, 8)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice(chars),
                rng.choice("0123456789"), rng.choice("0123456789")]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "EXPRESS":
        return rng.choice(["SF", "YT", "JDV"]) + rdigits(rng, rng.randint(12, 13))
    if name == "FLOW":
        return "2026" + rdigits(rng, 16)
    if name == "BOND":
        return rng.choice(["11", "12"]) + rdigits(rng, 4)
    if name == "SUB":
        return rng.choice(["783", "754", "718", "733"]) + rdigits(rng, 3)
    if name == "ETF":
        return rng.choice(ETFS)
    if name == "GRID":
        lo = rng.randint(80, 400)
        hi = lo + rng.randint(10, 60)
        return "%d.%02d-%d.%02d元" % (lo // 100, lo % 100, hi // 100, hi % 100)
    if name == "MEMBER":
        return "VIP" + rdigits(rng, 10)
    if name == "HKPOL":
        return rng.choice(["HK", "HKL"]) + rdigits(rng, 10)
    if name == "LAST4":
        return rdigits(rng, 4)
    if name == "INVOICE":
        return "26" + rdigits(rng, 18)
    if name == "DAY":
        return str(rng.randint(1, 28))
    if name == "MOBPRE":
        return gen_mobile(rng)[:7]
    if name == "MOB10":
        return fmt_number(gen_mobile(rng)[:10], fmt, MOB_SIZES, rng, phone=True)
    if name == "BADPFX":
        return fmt_number("1" + rng.choice("012") + rdigits(rng, 9), fmt, MOB_SIZES, rng,
                          phone=True)
    raise KeyError(name)


def expand(text, rng):
    def rep(m):
        name, fmt = m.group(1), m.group(2) or "plain"
        if name in POOLS:
            return rng.choice(POOLS[name])
        if name in ("MOB", "ID", "CARD"):
            return slot_valid(name, fmt, rng)
        return slot_near(name, fmt, rng)
    return SLOT_RE.sub(rep, text)


# ---------------------------------------------------------------------------------------
# Build.
# ---------------------------------------------------------------------------------------
class BuildError(Exception):
    pass


def rand_id(rng, prefix, n):
    return prefix + "".join(rng.choice(ALNUM) for _ in range(n))


def make_world(rng):
    customers = []
    while len(customers) < 90:
        c = rand_id(rng, "wm", 22)
        if c not in customers:
            customers.append(c)
    rooms = {}
    used = set()
    for region in STAFF:
        rooms[region] = []
        for _ in range(2):
            rid = rand_id(rng, "wr", 18)
            while rid in used:
                rid = rand_id(rng, "wr", 18)
            used.add(rid)
            staff = [rng.choice(STAFF[region])]
            if rng.random() < 0.4:
                extra = rng.choice(STAFF["plain"])
                if extra not in staff:
                    staff.append(extra)
            custs = rng.sample(customers, rng.randint(3, 6))
            rooms[region].append({"id": rid, "staff": staff, "customers": custs,
                                  "members": staff + custs})
    return customers, rooms


def allocate(n, rng):
    base, rem = divmod(PER_KIND, n)
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


def build(templates):
    rng = random.Random(SEED)
    customers, rooms = make_world(rng)
    errors = []
    seen = set()
    t = T0
    seq = SEQ0
    files = {}
    records = {}
    for cat in CATEGORIES:
        plan = []
        for kind in ("hit", "near"):
            tpls = templates[cat, kind]
            for idx, uses in enumerate(allocate(len(tpls), rng)):
                plan += [(kind, idx)] * uses
        rng.shuffle(plan)
        msgs = []
        for kind, idx in plan:
            tpl = templates[cat, kind][idx]
            for _attempt in range(600):
                text = expand(tpl["text"], rng)
                if text in seen:
                    continue
                if cat == "numbers" and kind == "hit":
                    if not r6_strict_bounded(text):
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
                if done == SPLIT_PER_CATEGORY:
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
        pref = [i for i, m in enumerate(msgs) if m["tpl"]["region"] in ("tw", "mo")]
        rest = [i for i, m in enumerate(msgs) if m["tpl"]["region"] not in ("tw", "mo")]
        rng.shuffle(pref)
        rng.shuffle(rest)
        done = 0
        for i in pref + rest:
            if done == TRAD_PER_CATEGORY:
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
                staff = rng.choice(STAFF[region])
                cust = rng.choice(customers)
                sender, tolist = (staff, [cust]) if tpl["voice"] == "S" else (cust, [staff])
                roomid = ""
            if n > 1 or cat != CATEGORIES[0]:
                t += rng.randint(3000, 90000)
                seq += 1
            msgid = "h22_%s_%04d_%s_t%02d" % (cat, n, m["kind"], m["tidx"] + 1)
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
def check(templates, files, records, rooms):
    errors = []

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
        if len(tpls) < MIN_TEMPLATES:
            err("%s %s: only %d templates" % (cat, kind, len(tpls)))
        for i, tpl in enumerate(tpls, 1):
            if tpl["voice"] not in ("S", "C") or tpl["chat"] not in ("p", "g", "*"):
                err("%s %s t%02d: bad voice/chat" % (cat, kind, i))
            if tpl["region"] not in STAFF:
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
        if len(lines) != 2 * PER_KIND:
            err("%s: %d lines" % (cat, len(lines)))
        hits = truth.get("hits", {})
        nears = truth.get("near_misses", {})
        if len(hits) != PER_KIND or len(nears) != PER_KIND:
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
            m = MSGID_RE.fullmatch(mid)
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
            if prev_t is None and (obj["msgtime"] != T0 or obj["seq"] != SEQ0):
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
                if kind == "hit" and not r6_strict_bounded(text):
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
            sshare = n_split / float(PER_KIND)
            if not 0 < sshare < 0.15:
                err("%s: split share %.3f" % (cat, sshare))
    if len(set(all_texts)) != len(all_texts):
        err("texts are not unique across the set")
    return errors


def load_templates():
    return {key: parse_block(block) for key, block in TEMPLATES.items()}


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: %s OUT_DIR\n" % argv[0])
        return 2
    out_dir = argv[1]
    templates = load_templates()
    try:
        files1, records, rooms, errors = build(templates)
        files2, _, _, _ = build(load_templates())
    except BuildError as e:
        sys.stderr.write("heldout22: build failed: %s\n" % e)
        return 1
    if files1 != files2:
        errors.append("two in-memory builds differ (not deterministic)")
    errors += check(templates, files1, records, rooms)
    if errors:
        for e in errors[:200]:
            sys.stderr.write("heldout22: %s\n" % e)
        sys.stderr.write("heldout22: %d self-check failures, nothing written\n" % len(errors))
        return 1
    for cat in CATEGORIES:
        d = os.path.join(out_dir, SET_NAME, cat)
        os.makedirs(d, exist_ok=True)
        for name in ("corpus.jsonl", "truth.json"):
            with open(os.path.join(d, name), "wb") as f:
                f.write(files1[cat, name])
    sys.stdout.write("heldout22: wrote %d categories x %d messages to %s\n"
                     % (len(CATEGORIES), 2 * PER_KIND, os.path.join(out_dir, SET_NAME)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
