#!/usr/bin/env python3
"""Held-out evaluation set no. 15 for a Chinese financial-chat compliance scanner.

Provenance
----------
Written blind: the author did not read the scanner, its tests, its docs, its
fixtures, its data generator or any of the fourteen earlier held-out sets.  Every
template below was written from general knowledge of how Chinese-speaking
financial sales staff and their customers talk on WeCom (企业微信).  Nobody tuned
the scanner to this text.  The script uses the Python 3 standard library only
and is fully deterministic (fixed seed, fixed base time, never the clock).

Voices
------
Futures and options brokers (期货/期权), private-equity fund (私募) sales, bank
wealth-management subsidiaries (理财子), personal pension accounts (个人养老金),
consumer-credit and credit-card instalment sellers, car/mortgage loan agents,
insurance renewal (续期) staff, Beijing/Tianjin speech (您呐, 甭, 倍儿, 嘛呢),
Northwest speech (额, 咋, 嘹咋咧, 么麻达), Jiangxi/Hakka flavour (老表, 莫, 冇),
office workers mixing English into Chinese (product, case, KPI, follow up),
formal email-style messages, numbered lists, WeCom group announcements (群公告),
multi-turn quoted exchanges inside one message, typos and pinyin initials,
compliance colleagues chatting among themselves, training quizzes and meeting
minutes.  Hard cases: decisive clause far from the keyword, negation scope
across commas, prohibition and violation in different clauses of one message
(labelled with the violation, same rule), questions that are really offers and
offers phrased as questions to a colleague.

Usage
-----
    python3 scripts/evasion_heldout15.py OUT_DIR

Everything is built in memory twice and the two builds are compared; then the
self-checks run on the serialised output.  On any failure the errors go to
stderr, the exit code is 1 and nothing is written.  On success the files are
written and a short per-category summary is printed.

Layout
------
For each category C in (numbers, rhetorical, prohibition, warning_report,
refusal, quotation):

    OUT_DIR/heldout15/C/corpus.jsonl   one WeCom archive text message per line
    OUT_DIR/heldout15/C/truth.json     {"hits": {msgid: [rules]},
                                        "near_misses": {msgid: [rules]}}

Corpus line (keys in this order):
    {"msgid": "h15_<cat>_<NNNN>_<hit|near>_t<NN>", "action": "send",
     "from": SENDER, "tolist": [...], "roomid": ROOM_OR_EMPTY,
     "msgtime": MS_EPOCH_INT, "seq": INT, "msgtype": "text",
     "text": {"content": "..."}}

Hits MUST raise the listed rules.  Near misses contain a keyword (or a digit
run that looks like personal data) and must NOT raise the listed rules.
150 hits and 150 near misses per category, >= 35 templates per kind.

Rule pack (tenant default)
--------------------------
  R1 guaranteed return : 保本 保收益 稳赚不赔 保证收益 零风险 包赚 稳赚
  R2 insider info      : 内幕消息 内部消息 庄家 拉升
                         (拉升 right after 大盘/指数/板块/尾盘/早盘 is market
                          talk and never fires)
  R3 private dealing   : 私下转账 转到我个人 私下交易 飞单 返佣 返点
  R4 discretionary     : 账户密码 帮你操作 代客理财 全权委托
  R5 off-channel       : 私人微信 加我个人号 私人号
  R1-R5 apply to staff messages only (customer messages appear only as near
  misses).
  R6 personal data (staff and customers): valid mainland mobile
  (1[3-9] + 9 digits), 18-character resident ID (ISO 7064 MOD 11-2 check
  char, plausible region code and birth date), 16-19 digit bank card passing
  Luhn; also in Chinese numerals (幺=1, 两=2, 〇/零=0), mixed scripts,
  full-width digits, or split by spaces/dashes/dots/commas.

About 25 % of messages are converted to traditional characters with the
one-to-one table below; fewer than 15 % of hits carry a separator inside a
keyword (e.g. 保·本, 返 佣).

Self-checks
-----------
counts; template spread; unique msgids; strictly increasing msgtime/seq per
file; sender and routing shapes; hits in R1-R5 categories sent by staff;
keyword presence (after folding the traditional table back and removing
separators) equals the label set for every non-numbers message; R6 validity
of every numbers hit (after reading Chinese numerals / full-width /
separators back to digits); no valid R6 item in any 11/18/16-19 digit window
of numbers near misses and of every other category; build-twice determinism.
"""

import json
import os
import random
import re
import string
import sys

SEED = 15_2026_1205
BASE_MSGTIME = 1764900000000
BASE_SEQ = 715000

SET_NAME = "heldout15"
CATEGORIES = ("numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation")
KINDS = ("hit", "near")
PER_KIND = 150
MIN_TEMPLATES = 35
TRAD_RATE = 0.25
SEP_RATE = 0.09
MAX_SEP_SHARE = 0.15

# --------------------------------------------------------------------------
# Rule pack
# --------------------------------------------------------------------------
KEYWORDS = {
    "R1": ("保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"),
    "R2": ("内幕消息", "内部消息", "庄家", "拉升"),
    "R3": ("私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"),
    "R4": ("账户密码", "帮你操作", "代客理财", "全权委托"),
    "R5": ("私人微信", "加我个人号", "私人号"),
}
R2_EXEMPT_PREFIXES = ("大盘", "指数", "板块", "尾盘", "早盘")
ALL_KEYWORDS = sorted({k for ks in KEYWORDS.values() for k in ks}, key=lambda k: (-len(k), k))
KW_RE = re.compile("|".join(re.escape(k) for k in ALL_KEYWORDS))

# --------------------------------------------------------------------------
# Simplified -> traditional, one-to-one (only characters with a single
# traditional form).  Pairs: simplified char followed by traditional char.
# --------------------------------------------------------------------------
TRAD_PAIRS = (
    "这這个個们們说說时時会會来來对對为為过過还還没沒么麼吗嗎让讓给給谁誰请請问問"
    "题題话話认認识識该該详詳谈談论論证證讲講计計订訂记記设設许許诉訴试試误誤语語"
    "读讀调調谢謝评評诚誠询詢议議讯訊课課访訪讨討训訓诈詐诱誘诺諾谎謊谣謠谨謹谅諒"
    "谊誼谋謀谓謂译譯词詞"
    "稳穩赚賺赔賠险險风風内內庄莊转轉账賬飞飛单單点點户戶码碼帮幫财財权權号號"
    "钱錢银銀买買卖賣价價产產贷貸项項经經现現实實际際开開关關门門间間闻聞阅閱员員"
    "图圖国國东東车車软軟较較辆輛输輸边邊达達运運进進远遠连連选選递遞遗遺迟遲办辦"
    "务務动動劳勞势勢协協卫衛压壓县縣双雙变變听聽响響围圍场場块塊坚堅坏壞报報处處"
    "备備够夠头頭奖獎妈媽学學宝寶审審将將导導层層岁歲币幣师師带帶广廣库庫应應张張"
    "归歸录錄态態总總惊驚惯慣战戰执執扩擴护護担擔拥擁择擇换換损損数數断斷无無旧舊"
    "显顯暂暫杀殺条條极極构構标標样樣档檔梦夢检檢楼樓欢歡气氣汉漢涨漲满滿灵靈热熱"
    "爱愛爷爺状狀独獨环環电電画畫盖蓋盘盤监監确確礼禮积積称稱穷窮简簡类類级級纪紀"
    "约約纯純纳納线線练練组組细細终終结結绝絕统統继繼绩績续續维維综綜缓緩编編缴繳"
    "网網罚罰职職联聯脑腦脸臉节節营營虑慮补補装裝规規视視览覽觉覺负負责責败敗货貨"
    "质質购購贴貼贵貴费費资資赛賽赠贈趋趨轻輕载載辅輔违違邮郵释釋钢鋼铁鐵链鏈销銷"
    "锁鎖错錯键鍵长長闭閉队隊阳陽阴陰阶階陈陳随隨隐隱难難韩韓页頁顶頂顺順顾顧顿頓"
    "预預领領频頻额額饭飯馆館马馬验驗骗騙鱼魚黄黃齐齊龙龍亏虧亲親仅僅从從众眾优優"
    "传傳伤傷债債储儲儿兒养養写寫农農决決况況减減凭憑击擊则則刚剛创創剧劇劝勸区區"
    "医醫华華却卻吓嚇启啟圣聖扰擾拦攔挥揮捡撿摄攝杂雜树樹残殘毕畢汤湯湾灣灾災烧燒"
    "猪豬献獻疯瘋盐鹽瞒瞞矿礦离離竞競笔筆筹籌紧緊红紅纷紛纸紙绍紹络絡缘緣缩縮肤膚"
    "艺藝荐薦荣榮虽雖见見观觀贫貧贸貿赌賭赏賞赢贏辈輩迈邁郑鄭钞鈔闪閃驶駛驾駕鸡雞"
    "龄齡颗顆饱飽吴吳晋晉呐吶哟喲嘱囑滞滯烂爛硕碩祸禍与與万萬亿億专專业業严嚴临臨"
    "举舉义義乐樂习習乡鄉书書乱亂争爭亚亞仓倉仪儀伟偉伦倫伪偽偿償冻凍净淨刘劉劲勁"
    "壮壯声聲妇婦娱娛孙孫宠寵宽寬宾賓寻尋寿壽尔爾届屆属屬岗崗帅帥忧憂恋戀恼惱惨慘"
    "惩懲抚撫挤擠昼晝"
)


def _build_trad_table():
    if len(TRAD_PAIRS) % 2:
        raise ValueError("odd TRAD_PAIRS length")
    s2t = {}
    for i in range(0, len(TRAD_PAIRS), 2):
        s, t = TRAD_PAIRS[i], TRAD_PAIRS[i + 1]
        if s in s2t:
            raise ValueError("duplicate simplified char %s" % s)
        s2t[s] = t
    t2s = {}
    for s, t in s2t.items():
        if t in t2s:
            raise ValueError("duplicate traditional char %s" % t)
        t2s[t] = s
    clash = set(s2t) & set(t2s)
    if clash:
        raise ValueError("chars used both ways: %s" % "".join(sorted(clash)))
    return s2t, t2s


S2T, T2S = _build_trad_table()
TRAD_CHARS = frozenset(T2S)


def to_trad(text):
    return "".join(S2T.get(ch, ch) for ch in text)


def fold(text):
    return "".join(T2S.get(ch, ch) for ch in text)


# --------------------------------------------------------------------------
# Keyword normalisation
# --------------------------------------------------------------------------
KW_SEPS = frozenset(" \u3000\t\n\r·•-－—_*.．~|/")
SEP_CHOICES = ("·", " ", "-", "*", ".", "~")


def kw_norm(text):
    return "".join(ch for ch in fold(text) if ch not in KW_SEPS)


def kw_rules(norm):
    found = set()
    for rule, kws in KEYWORDS.items():
        for k in kws:
            if k in norm:
                found.add(rule)
                break
    return found


def r2_fires(norm):
    for k in ("内幕消息", "内部消息", "庄家"):
        if k in norm:
            return True
    for m in re.finditer("拉升", norm):
        if norm[max(0, m.start() - 2):m.start()] not in R2_EXEMPT_PREFIXES:
            return True
    return False


def kw_count(text):
    return len(KW_RE.findall(text))


# --------------------------------------------------------------------------
# R6 reading and validation
# --------------------------------------------------------------------------
READ_MAP = {}
for _i, _ch in enumerate("０１２３４５６７８９"):
    READ_MAP[_ch] = str(_i)
for _ch in "0123456789":
    READ_MAP[_ch] = _ch
READ_MAP.update({
    "零": "0", "〇": "0", "○": "0",
    "一": "1", "幺": "1", "壹": "1",
    "二": "2", "两": "2", "兩": "2", "贰": "2", "貳": "2",
    "三": "3", "叁": "3", "參": "3",
    "四": "4", "肆": "4",
    "五": "5", "伍": "5",
    "六": "6", "陆": "6", "陸": "6",
    "七": "7", "柒": "7",
    "八": "8", "捌": "8",
    "九": "9", "玖": "9",
})
X_CHARS = frozenset("XxＸｘ")
DIGIT_SEPS = frozenset(" \u3000\t\n\r-－—–‐.．·•,，、_")
MAX_GAP = 3

PROVINCES = frozenset("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
                      "50 51 52 53 54 61 62 63 64 65 71 81 82 83 91".split())
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")


def digit_runs(text):
    """Read a message back to digit runs (Chinese numerals, full-width,
    separators between digits, trailing X for IDs)."""
    text = fold(text)
    runs = []
    cur = []
    gap = 0
    for ch in text:
        d = READ_MAP.get(ch)
        if d is not None:
            if cur and cur[-1] == "X":
                runs.append("".join(cur))
                cur = []
            cur.append(d)
            gap = 0
        elif ch in X_CHARS and cur and cur[-1] != "X":
            cur.append("X")
            gap = 0
        elif ch in DIGIT_SEPS and cur:
            gap += 1
            if gap > MAX_GAP:
                runs.append("".join(cur))
                cur = []
                gap = 0
        else:
            if cur:
                runs.append("".join(cur))
                cur = []
            gap = 0
    if cur:
        runs.append("".join(cur))
    return runs


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


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError("no luhn digit")


def id_check_char(body17):
    return ID_CHECK[sum(int(a) * w for a, w in zip(body17, ID_WEIGHTS)) % 11]


def days_in_month(y, m):
    if m == 2:
        leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
        return 29 if leap else 28
    return 30 if m in (4, 6, 9, 11) else 31


def id_ok(s):
    if len(s) != 18 or not s[:17].isdigit() or not (s[17].isdigit() or s[17] == "X"):
        return False
    if s[:2] not in PROVINCES:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= days_in_month(y, m)):
        return False
    return id_check_char(s[:17]) == s[17]


def mobile_ok(s):
    return len(s) == 11 and MOBILE_RE.fullmatch(s) is not None


def card_ok(s):
    return 16 <= len(s) <= 19 and s.isdigit() and luhn_ok(s)


def exact_valid(run):
    if mobile_ok(run):
        return "mobile"
    if id_ok(run):
        return "id"
    if card_ok(run):
        return "card"
    return None


def valid_windows(run):
    found = []
    core = run[:-1] if run.endswith("X") else run
    n = len(core)
    for i in range(n - 10):
        if mobile_ok(core[i:i + 11]):
            found.append(("mobile", core[i:i + 11]))
    for length in range(16, 20):
        for i in range(n - length + 1):
            w = core[i:i + length]
            if luhn_ok(w):
                found.append(("card", w))
    for i in range(len(run) - 17):
        w = run[i:i + 18]
        if "X" not in w[:17] and id_ok(w):
            found.append(("id", w))
    return found


def r6_items(text):
    out = []
    for r in digit_runs(text):
        out.extend(valid_windows(r))
    return out


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
STAFF = (
    "liuyang417", "zhangwei08", "chenjing2231", "wanglei563", "zhaomin77",
    "sunhao902", "zhoujie3306", "huangpeng618", "linxiao230", "gaofei81",
    "heqian5520", "maxin39", "luoyu714", "xuelin2608", "hanbing52",
    "dengchao1187", "caoli64", "pengfei350", "xieyun9021", "tangmin47",
)
STAFF_SET = frozenset(STAFF)
STAFF_RE = re.compile(r"[a-z]{4,}[0-9]{2,4}")
CUST_RE = re.compile(r"w[mo][A-Za-z0-9]{12,20}")
ROOM_RE = re.compile(r"wr[A-Za-z0-9]{16,24}")
ALNUM = string.ascii_letters + string.digits


def is_staff(uid):
    return STAFF_RE.fullmatch(uid) is not None and CUST_RE.fullmatch(uid) is None


def is_customer(uid):
    return CUST_RE.fullmatch(uid) is not None and STAFF_RE.fullmatch(uid) is None


def make_people(rng):
    customers = []
    while len(customers) < 48:
        cid = rng.choice(("wm", "wo")) + "".join(rng.choice(ALNUM) for _ in range(rng.randint(12, 20)))
        if is_customer(cid) and cid not in customers:
            customers.append(cid)
    cust_groups = []
    for _ in range(8):
        room = "wr" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(16, 24)))
        cust_groups.append({
            "room": room,
            "staff": rng.sample(STAFF, rng.randint(1, 2)),
            "cust": rng.sample(customers, rng.randint(3, 5)),
        })
    internal = []
    for _ in range(4):
        room = "wr" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(16, 24)))
        internal.append({"room": room, "staff": rng.sample(STAFF, rng.randint(3, 6)), "cust": []})
    return {"customers": customers, "cust_groups": cust_groups, "internal": internal}


# --------------------------------------------------------------------------
# Slots
# --------------------------------------------------------------------------
SLOTS = {
    "cn": ("王姐", "李哥", "张总", "陈老师", "刘阿姨", "赵叔", "周先生", "吴女士", "孙哥", "郑姐",
           "何老板", "马总", "胡大哥", "林姐", "高老师", "罗总", "宋姐", "梁哥", "许阿姨", "韩总",
           "冯老师", "邓姐", "曹哥", "彭叔", "谢女士", "唐总"),
    "mgr": ("刘经理", "王经理", "陈经理", "赵经理", "周顾问", "林经理", "张老师", "李顾问", "孙经理", "何经理"),
    "sn": ("小刘", "小王", "小陈", "小赵", "小周", "小孙", "小林", "小何"),
    "col": ("老周", "小陈", "张经理", "李主管", "王总监", "刘姐", "赵哥", "孙组长", "Kevin", "Amy", "Linda", "Jason"),
    "fut": ("螺纹", "豆粕", "沪铜", "原油", "白糖", "棕榈油", "铁矿", "纯碱", "玻璃", "生猪", "碳酸锂", "工业硅", "沪金"),
    "opt": ("50ETF期权", "300ETF期权", "中证1000股指期权", "豆粕期权", "铜期权", "沪深300股指期权", "创业板ETF期权"),
    "pe": ("量化指增产品", "CTA私募", "宏观对冲基金", "雪球产品", "量化中性产品", "债券增强私募", "多策略私募", "股票多头私募"),
    "wmp": ("固收+理财", "现金管理类理财", "最短持有期理财", "封闭式净值型理财", "养老理财", "纯债理财", "混合类理财"),
    "pen": ("个人养老金理财", "养老目标基金", "特定养老储蓄", "养老年金险", "养老金账户里的基金"),
    "loan": ("信用卡账单分期", "现金分期", "消费贷", "装修分期", "车贷", "房贷", "经营贷"),
    "ins": ("年金险", "重疾险", "增额终身寿", "分红险", "万能险", "两全险"),
    "amt": ("五十万", "二十万", "一百万", "三十万", "八十万", "两百万", "十五万", "四十万", "60万", "120万", "300万"),
    "ret": ("8%", "百分之七", "6.5%", "7个点", "百分之九", "10%", "5.8%"),
    "when": ("今晚", "明天一早", "周五收盘前", "下周一之前", "这两天", "月底前", "夜盘开盘前", "节前"),
    "plat": ("抖音", "快手", "小红书", "直播间", "股吧", "某些财经群"),
    "bank": ("工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "交通银行", "邮储银行", "兴业银行"),
    "team": ("财富管理部", "期货营业部", "私人银行部", "理财子公司客服中心", "信用卡中心", "个贷中心", "养老金融部", "续期服务部"),
    "news": ("政策消息", "降准预期", "外盘大涨", "数据超预期", "行业利好"),
    "loss": ("两万", "三万多", "五千", "一万二", "好几万"),
    "city": ("广东", "浙江", "深圳", "东莞", "温州", "福建"),
    "stk": ("这只票", "那只票", "这只小盘股", "那只医药股", "这只军工股", "那只半导体"),
}

MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147",
                   "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "172",
                   "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
                   "186", "187", "188", "189", "191", "195", "198", "199")
HIT_REGIONS = ("110105", "110108", "120101", "120104", "130102", "140105", "210102", "220102",
               "230103", "310104", "310115", "320102", "330106", "340104", "350203", "360102",
               "360103", "361002", "370202", "410105", "420106", "430104", "440304", "440106",
               "450103", "500103", "510107", "520102", "530102", "610113", "610104", "620102",
               "630104", "640104", "650102")
CARD_PREFIXES = ("622202", "621700", "622848", "621226", "622588", "623668", "621483", "622609",
                 "620522", "621661", "625965", "628288", "436742", "622700")
FW_TRANS = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def rdigits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def cn_style(rng):
    return {
        "0": rng.choice(("零", "〇")), "1": rng.choice(("幺", "幺", "一")), "2": rng.choice(("两", "二")),
        "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九", "X": "X",
    }


def to_cn(style, digits):
    return "".join(style[d] for d in digits)


def gen_mobile_digits(rng):
    return rng.choice(MOBILE_PREFIXES) + rdigits(rng, 8)


def gen_id_digits(rng, y0=1950, y1=2004, regions=HIT_REGIONS):
    region = rng.choice(regions)
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, days_in_month(y, m))
    body = "%s%04d%02d%02d%s" % (region, y, m, d, rdigits(rng, 3))
    return body + id_check_char(body)


def gen_card_digits(rng):
    prefix = rng.choice(CARD_PREFIXES)
    length = rng.choice((16, 16, 19, 19, 18))
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_digit(body)


def fmt_mobile(rng, d, form):
    if form == "plain":
        return d
    if form == "dash":
        return "%s-%s-%s" % (d[:3], d[3:7], d[7:])
    if form == "space":
        return "%s %s %s" % (d[:3], d[3:7], d[7:])
    if form == "dot":
        return "%s.%s.%s" % (d[:3], d[3:7], d[7:])
    if form == "cn":
        st = cn_style(rng)
        j = rng.choice(("", " ", "，", " "))
        return j.join((to_cn(st, d[:3]), to_cn(st, d[3:7]), to_cn(st, d[7:])))
    if form == "mix":
        return d[:3] + to_cn(cn_style(rng), d[3:7]) + d[7:]
    if form == "fw":
        if rng.random() < 0.5:
            return d.translate(FW_TRANS)
        return " ".join((d[:3], d[3:7], d[7:])).translate(FW_TRANS)
    raise ValueError(form)


def fmt_id(rng, d, form):
    if form == "plain":
        return d
    if form == "space":
        return "%s %s %s" % (d[:6], d[6:14], d[14:])
    if form == "dash":
        return "%s-%s-%s" % (d[:6], d[6:14], d[14:])
    if form == "fw":
        if rng.random() < 0.5:
            return d.translate(FW_TRANS)
        return " ".join((d[:6], d[6:14], d[14:])).translate(FW_TRANS)
    if form == "lowerx":
        return d.replace("X", "x")
    if form == "cn":
        st = cn_style(rng)
        j = rng.choice(("", " "))
        return j.join((to_cn(st, d[:6]), to_cn(st, d[6:14]), to_cn(st, d[14:])))
    raise ValueError(form)


def fmt_card(rng, d, form):
    groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    if form == "plain":
        return d
    if form == "space":
        return " ".join(groups)
    if form == "dash":
        return "-".join(groups)
    if form == "fw":
        return " ".join(groups).translate(FW_TRANS)
    if form == "cn":
        st = cn_style(rng)
        return " ".join(to_cn(st, g) for g in groups)
    raise ValueError(form)


def g_mobile(forms):
    def gen(rng, ctx):
        d = gen_mobile_digits(rng)
        ctx["items"].append(d)
        return fmt_mobile(rng, d, rng.choice(forms))
    return gen


def g_id(forms):
    def gen(rng, ctx):
        d = gen_id_digits(rng)
        ctx["items"].append(d)
        return fmt_id(rng, d, rng.choice(forms))
    return gen


def g_card(forms):
    def gen(rng, ctx):
        d = gen_card_digits(rng)
        ctx["items"].append(d)
        return fmt_card(rng, d, rng.choice(forms))
    return gen


def is_clean(text):
    return not r6_items(text)


def until_clean(rng, maker):
    for _ in range(50000):
        s = maker()
        if is_clean(s):
            return s
    raise RuntimeError("could not generate a clean digit string")


def g_order(rng, ctx):
    def mk():
        n = rng.randint(16, 19)
        s = "%d%s%02d" % (rng.choice((2025, 2025, 2026)), rng.choice(("01", "11", "12")), rng.randint(1, 28))
        s += rdigits(rng, n - len(s))
        return rng.choice(("", "", "NO.", "DD", "T", "LS")) + s
    return until_clean(rng, mk)


def g_track(rng, ctx):
    return until_clean(rng, lambda: rng.choice(("SF", "YT", "ZT", "JDX", "EMS")) + rdigits(rng, rng.randint(12, 13)))


def g_policy(rng, ctx):
    return until_clean(rng, lambda: rng.choice(("P", "", "BD", "")) + rdigits(rng, rng.randint(15, 20)))


def g_badid(rng, ctx):
    def mk():
        body = gen_id_digits(rng, 2000, 2012)[:17]
        good = id_check_char(body)
        return body + rng.choice([c for c in "0123456789X" if c != good])
    return until_clean(rng, mk)


def g_code(rng, ctx):
    k = rng.randrange(4)
    if k == 0:
        return "0" + rdigits(rng, 5)
    if k == 1:
        return "GF" + rdigits(rng, 6)
    if k == 2:
        return "ZH" + rdigits(rng, 6)
    return "9K" + rdigits(rng, 5) + rng.choice("ABCDEF")


def g_price(rng, ctx):
    n = rng.randint(800, 9999) if rng.random() < 0.5 else rng.randint(10000, 300000)
    if rng.random() < 0.5:
        return "{:,}元".format(n)
    return "¥{:,}.{:02d}".format(n, rng.randint(0, 99))


def g_mpay(rng, ctx):
    return "{:,}元".format(rng.randint(1500, 12000))


def g_bigamt(rng, ctx):
    return "{:,}元".format(rng.randint(100, 500) * 10000)


def g_paid(rng, ctx):
    return "{:,}元".format(rng.randint(10, 110) * 100)


def g_date(rng, ctx):
    y = rng.choice((2025, 2026))
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    k = rng.randrange(4)
    if k == 0:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 1:
        return "%d年%d月%d日" % (y, m, d)
    if k == 2:
        return "%d月%d日" % (m, d)
    return "%d.%02d.%02d" % (y, m, d)


def g_time(rng, ctx):
    return "%02d:%02d" % (rng.randint(8, 21), rng.choice((0, 15, 30, 45)))


def g_maskm(rng, ctx):
    d = gen_mobile_digits(rng)
    return d[:3] + "****" + d[7:]


def g_maskid(rng, ctx):
    d = gen_id_digits(rng)
    if rng.random() < 0.5:
        return d[:6] + "*" * 8 + d[14:]
    return d[:3] + "*" * 11 + d[14:]


def g_maskc(rng, ctx):
    d = gen_card_digits(rng)
    return d[:4] + rng.choice((" **** **** ", "********")) + d[-4:]


def g_last4(rng, ctx):
    return rdigits(rng, 4)


def g_contract(rng, ctx):
    def mk():
        k = rng.randrange(3)
        y = rng.choice((2025, 2026))
        if k == 0:
            return "HT-%d-%s" % (y, rdigits(rng, 6))
        if k == 1:
            return "JK%d%s" % (y, rdigits(rng, 8))
        return "DK-%s-%s" % (rdigits(rng, 4), rdigits(rng, 5))
    return until_clean(rng, mk)


CNAMTS = ("人民币伍拾万元整", "二十三万八千元", "一百二十八万元", "叁拾捌万陆仟元整", "十五万元",
          "六十八万五千元", "人民币贰佰万元整", "九万六千元", "四十五万元")


def g_cnamt(rng, ctx):
    return rng.choice(CNAMTS)


def g_meeting(rng, ctx):
    return "%d %s %s" % (rng.randint(200, 999), rdigits(rng, 3), rdigits(rng, 3))


def g_futcode(rng, ctx):
    return rng.choice(("rb", "m", "cu", "SA", "lc", "i", "p", "SR", "si", "au")) + rng.choice(("2601", "2603", "2605", "2609", "601", "605"))


def g_price2(rng, ctx):
    n = rng.randint(2000, 9800)
    return str(n) if rng.random() < 0.6 else "%d.5" % n


def g_land(rng, ctx):
    def mk():
        k = rng.randrange(3)
        if k == 0:
            area = rng.choice(("010", "021", "022", "029", "0755", "0571", "0791", "0931", "0797"))
            return "%s-%s %s" % (area, rng.choice("2345678") + rdigits(rng, 3), rdigits(rng, 4))
        if k == 1:
            return "400-%s-%s" % (rdigits(rng, 3), rdigits(rng, 4))
        return rng.choice(("95588", "95533", "95555", "95599", "95566", "95561"))
    return until_clean(rng, mk)


def g_run11(rng, ctx):
    return "1" + rng.choice("012") + rdigits(rng, 9)


def g_nper(rng, ctx):
    return rng.choice(("12", "24", "36", "60"))


def g_nrec(rng, ctx):
    return str(rng.randint(101, 998))


def g_serial(rng, ctx):
    up = string.ascii_uppercase + string.digits
    return "-".join("".join(rng.choice(up) for _ in range(4)) for _ in range(3))


def g_luhnbad(rng, ctx):
    def mk():
        n = rng.choice((16, 19))
        d = "6222" + rdigits(rng, n - 4)
        return " ".join(d[i:i + 4] for i in range(0, n, 4))
    return until_clean(rng, mk)


def g_pickup(rng, ctx):
    return "%d-%d-%d" % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(1000, 9999))


def g_repo(rng, ctx):
    return rng.choice(("204001", "204002", "204007", "131810", "131811", "204014"))


def g_pct(rng, ctx):
    return rng.choice(("2.15%", "3.05%", "1.8%", "百分之三点一", "3.3%", "2.6%"))


def g_optcode(rng, ctx):
    return "1000" + rdigits(rng, 4)


def g_strike(rng, ctx):
    return rng.choice(("2.750", "3.100", "4200", "2.950", "5600"))


def g_appno(rng, ctx):
    return until_clean(rng, lambda: "XY2025%02d%02d%s" % (rng.randint(10, 12), rng.randint(1, 28), rdigits(rng, 6)))


def g_amac(rng, ctx):
    return "S" + "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + rdigits(rng, 3)


ALL_M = ("plain", "plain", "dash", "space", "dot", "cn", "mix", "fw")
ALL_I = ("plain", "plain", "space", "dash", "fw", "lowerx", "cn")
ALL_C = ("plain", "space", "space", "dash", "fw", "cn")

GENS = {
    "M": g_mobile(ALL_M), "Mcn": g_mobile(("cn",)), "Mmix": g_mobile(("mix",)),
    "Mfw": g_mobile(("fw",)), "Mdot": g_mobile(("dot",)),
    "I": g_id(ALL_I), "Ifw": g_id(("fw",)),
    "C": g_card(ALL_C), "Ccn": g_card(("cn",)), "Cdash": g_card(("dash",)),
    "ORDER": g_order, "TRACK": g_track, "POLICY": g_policy, "BADID": g_badid, "CODE": g_code,
    "PRICE": g_price, "MPAY": g_mpay, "BIGAMT": g_bigamt, "PAID": g_paid, "DATE": g_date,
    "TIME": g_time, "MASKM": g_maskm, "MASKID": g_maskid, "MASKC": g_maskc, "LAST4": g_last4,
    "CONTRACT": g_contract, "CNAMT": g_cnamt, "MEETING": g_meeting, "FUTCODE": g_futcode,
    "PRICE2": g_price2, "LAND": g_land, "RUN11": g_run11, "NPER": g_nper, "NREC": g_nrec,
    "SERIAL": g_serial, "LUHNBAD": g_luhnbad, "PICKUP": g_pickup, "REPO": g_repo, "PCT": g_pct,
    "OPTCODE": g_optcode, "STRIKE": g_strike, "APPNO": g_appno, "AMAC": g_amac,
}

SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)\}")


def fill(rng, text, ctx):
    values = {}

    def pick(name):
        base = name.split("_")[0]
        if base in GENS:
            return GENS[base](rng, ctx)
        pool = SLOTS[base]
        taken = {v for k, v in values.items() if k.split("_")[0] == base}
        for _ in range(50):
            v = rng.choice(pool)
            if v not in taken:
                return v
        return v

    def rep(m):
        name = m.group(1)
        if name not in values:
            values[name] = pick(name)
        return values[name]

    out = SLOT_RE.sub(rep, text)
    return out, tuple(sorted(values.items()))


# --------------------------------------------------------------------------
# Templates: (speaker, setting, labels, text)
#   speaker  s = staff, c = customer
#   setting  1 = one-to-one, g = customer group, i = internal staff group,
#            * = one-to-one or customer group
# --------------------------------------------------------------------------
R1, R2, R3, R4, R5, R6 = ("R1",), ("R2",), ("R3",), ("R4",), ("R5",), ("R6",)

NUMBERS_HIT = [
    ("s", "1", R6, "{cn}，您登记的手机号是{M}，没问题的话我这边就提交续期了"),
    ("c", "1", R6, "我手机换了，新号{M}，以后打这个，{mgr}"),
    ("s", "1", R6, "{cn}，麻烦核对一下身份证号：{I}，车贷审批要用，确认无误回个1"),
    ("c", "1", R6, "卡号{C}，开户行{bank}，分期款从这张扣"),
    ("s", "g", R6, "【群公告】本周活动对接人{col}，电话{M}，有问题直接打"),
    ("c", "1", R6, "{mgr}您呐记一下，我手机{Mcn}，甭发短信，直接打电话"),
    ("c", "1", R6, "{mgr}，额的电话是{M}，有啥么麻达给额打"),
    ("s", "i", R6, "客户的 contact 是{M}，{col}你 follow up 一下，KPI 算你的"),
    ("s", "1", R6, "Dear {cn}：\n附件信息如下：\n一、投保人证件号：{I}；\n二、联系电话：{M}；\n请核对后回复确认。"),
    ("c", "1", R6, "身份证{I}，姓名就是我微信名，{mgr}帮我查查养老金账户开好没"),
    ("s", "1", R6, "{cn}您好，您的{loan}需要绑定还款卡，请确认卡号{C}是否为您本人名下。"),
    ("c", "g", R6, "谁捡到我的钱包了？里面有张{bank}的卡{C}，麻烦联系我"),
    ("s", "1", R6, "{cn}，跟您核对一下开户信息：证件号码 {I}，预留手机 {M}，没错吧？"),
    ("c", "1", R6, "{mgr}，我那个期货账户的资金卡换成{C}了，出入金用这个"),
    ("s", "1", R6, "Hi {cn}，your 预留手机 is {M}，如果有变更请 let me know，我这边 update 系统"),
    ("c", "1", R6, "我岁数大了打字慢，{mgr}你记一下：{Mcn}，这是我儿子的，有事找他"),
    ("s", "1", R6, "老表，你的卡号是{C}吧？我帮你在系统里登记一下{pen}的缴存"),
    ("c", "1", R6, "{Mfw}，这是我新号，{mgr}麻烦更新一下保单联系方式"),
    ("s", "1", R6, "续期提醒：系统显示您的{ins}扣款卡为{C}，请确保余额充足。"),
    ("c", "1", R6, "证件号我发你：{I}，{loan}预审就麻烦{mgr}了"),
    ("s", "i", R6, "会议纪要补充：客户{cn}的联系方式{M}，下周由{col}负责回访。"),
    ("c", "1", R6, "{mgr}，电话{Mmix}，白天上班不方便接，晚上打"),
    ("s", "1", R6, "【{opt}开户】请确认您的身份证号{I}与影像件一致，否则无法通过适当性审核"),
    ("c", "1", R6, "我的身份证号是 {Ifw} 你看看对不对，{mgr}"),
    ("s", "1", R6, "{cn}嘛呢您？电话老打不通。您那手机是{M}吧？我待会儿再打"),
    ("c", "1", R6, "{mgr}，银行卡我念给你：{Ccn}"),
    ("s", "1", R6, "{cn}，理财子那边要补资料：身份证{I}，还有收益分配用的卡{C}，我都按这个填了哈"),
    ("c", "g", R6, "群里的{mgr}看一下，我的信用卡{C}分期为啥没成功？"),
    ("s", "1", R6, "额把你的号码存成{M}了，对不对？不对你给额说一声，{fut}的事回头细说"),
    ("c", "1", R6, "我帮我妈办{pen}，她身份证{I}，手机{M}，{mgr}看看还缺啥"),
    ("s", "1", R6, "{cn}，根据您提供的信息，{loan}合同的共同借款人身份证号为{I}，请您再确认一次。"),
    ("c", "1", R6, "Sorry {mgr}，刚才发错了，正确的卡号是 {C} ，谢谢"),
    ("s", "1", R6, "1. 姓名：{cn}本人；\n2. 手机：{M}；\n3. 证件：{I}。\n以上三项无误即可提交私募合格投资者认证。"),
    ("c", "1", R6, "我号码{Mdot}，微信同号，{mgr}有空回个电话"),
    ("s", "1", R6, "{cn}，已收到您发的卡号{C}，我这边帮您发起{loan}首期扣款授权"),
    ("c", "1", R6, "{mgr}，我的手机{M}，上次问的那个{pen}麻烦发我资料"),
    ("s", "g", R6, "各位家长：少儿{ins}理赔请联系{col}，手机{M}，工作日九点到六点"),
    ("c", "1", R6, "卡号 {Cdash}，{bank}的，打款到这张就行"),
]

NUMBERS_NEAR = [
    ("s", "1", R6, "{cn}，您的订单号是{ORDER}，{loan}审批结果大概两个工作日出来"),
    ("c", "1", R6, "快递单号{TRACK}，资料已经寄出了，{mgr}注意查收"),
    ("s", "1", R6, "{cn}，您的保单号{POLICY}，{ins}续期保费已于{DATE}扣款成功"),
    ("s", "i", R6, "培训题：身份证号{BADID}的校验位是否正确？答案：不正确，请{col}在作答区写出计算过程"),
    ("s", "1", R6, "{cn}，交易流水号{ORDER}，如需查询请提供给柜台"),
    ("s", "i", R6, "测试环境用的样例证件号{BADID}故意把校验位写错了，用来验证前端拦截，{col}别当真实数据"),
    ("s", "1", R6, "{cn}，这款{wmp}的产品代码是{CODE}，在APP里搜这个就能找到"),
    ("s", "1", R6, "提醒{cn}，尾号{LAST4}的卡片本月账单{PRICE}，最后还款日{DATE}"),
    ("c", "1", R6, "{mgr}，我的手机号是{MASKM}，你们系统里显示对吗"),
    ("s", "1", R6, "{cn}，合同编号{CONTRACT}，请在签字页核对后寄回"),
    ("s", "1", R6, "{cn}，您这笔{loan}总额{CNAMT}，分{NPER}期，每期手续费率百分之零点六"),
    ("s", "g", R6, "【群公告】本次{pe}路演时间{DATE} {TIME}，腾讯会议号{MEETING}，入会密码请私聊群主获取"),
    ("s", "1", R6, "{cn}，{fut}主力合约{FUTCODE}今天收在{PRICE2}，您的持仓盈亏在APP里能看到"),
    ("c", "1", R6, "{mgr}，客服电话{LAND}打不通，我这边怎么办"),
    ("s", "1", R6, "{cn}，您的身份证号已做脱敏处理：{MASKID}，如需修改请携带原件到网点"),
    ("s", "1", R6, "{cn}，您绑定的银行卡{MASKC}，如需更换请在APP上操作"),
    ("s", "i", R6, "工单{RUN11}已处理，客户诉求是修改分红方式，{col}下周回访"),
    ("c", "1", R6, "{mgr}，电子回单编号{RUN11}，你帮我看看钱到了没"),
    ("s", "1", R6, "{cn}，您的车贷合同金额{CNAMT}，月供{MPAY}，共{NPER}期"),
    ("s", "1", R6, "{cn}，设备序列号{SERIAL}，这个是您U盾背面的编号，不是密码"),
    ("s", "1", R6, "{cn}，这笔{pe}的认购款{BIGAMT}已到账，份额确认日{DATE}"),
    ("c", "1", R6, "{mgr}，我查了一下，订单{ORDER}显示已付款，怎么还没生效"),
    ("s", "i", R6, "测试数据：卡号字段填{LUHNBAD}（故意不过校验），{col}用来测试表单报错"),
    ("s", "1", R6, "{cn}，您的个人养老金账户今年已缴{PAID}，上限是一万两千元，别忘了年底前缴满"),
    ("s", "1", R6, "{cn}，报单编号{ORDER}，这是您昨晚夜盘的{fut}成交回报"),
    ("c", "1", R6, "{mgr}，取件码{PICKUP}，帮我查下是不是你们寄的合同"),
    ("s", "1", R6, "{cn}，国债逆回购代码{REPO}，年化{PCT}，{DATE}到期"),
    ("c", "1", R6, "保单上写的被保人证件号是{MASKID}，{mgr}这个是我吗"),
    ("s", "1", R6, "{cn}，您这张{opt}合约代码{OPTCODE}，行权价{STRIKE}，{DATE}到期"),
    ("s", "1", R6, "尊敬的{cn}：您的信用卡申请编号{APPNO}，审核进度可在官方APP查询。"),
    ("c", "1", R6, "{mgr}，我那个定期存单号{ORDER}，到期了自动转存吗"),
    ("s", "1", R6, "{cn}，房贷利率现在是{PCT}，{CNAMT}贷三十年，月供大概{MPAY}"),
    ("s", "g", R6, "本周值班表：周一{col}、周二{col_B}，值班电话{LAND}"),
    ("s", "1", R6, "Hi {cn}，ticket number {RUN11} 已经 close 了，有问题再 reopen"),
    ("s", "i", R6, "合规抽查：第{NREC}号录音，时间{DATE} {TIME}，客户尾号{LAST4}，无违规，{col}复核"),
    ("c", "1", R6, "{mgr}，快递员说运单号{TRACK}，显示已签收，但我没收到保单"),
    ("s", "1", R6, "{cn}，您上次问的{pe}备案编号是{AMAC}，可以在中基协官网查"),
    ("s", "1", R6, "{cn}，您的贷款借据号{ORDER}，提前还款请提前一个工作日预约"),
]

RHETORICAL_HIT = [
    ("s", "1", R1, "{cn}，您跟我做{fut}也有两年了，我哪回让您亏过？这回也一样，稳赚的事您还犹豫啥呀"),
    ("s", "1", R1, "{cn}，难道我还能坑您吗？这只{pe}就是保本的，到期本金一分不少，您就放心打款吧"),
    ("s", "*", R1, "谁说私募不能保本？我们这只{pe}就是保本保收益，您问问{cn}亏过没有"),
    ("s", "1", R3, "{cn}，不就是转到我个人账户上吗？又不是头一回了，您直接转，我{when}就给您认购上"),
    ("s", "1", R4, "为什么不让我帮你操作呢？你白天上班哪有空盯盘，把账户密码发我，夜盘{fut}我替你看着"),
    ("s", "1", R2, "{cn}，要不是内幕消息，我能大半夜给您打电话吗？{fut}这周必有一波行情，您自己掂量"),
    ("s", "*", R1, "这款{wmp}零风险，不是吗？{cn}您看历史净值哪天往下走过"),
    ("s", "1", R3, "不是不能返点，是不能明着返。{cn}您懂的，开户走我这边，返点月底私下给您"),
    ("s", "1", R1, "只要您{when}把{amt}打进来，我保证收益不低于年化{ret}，少一分我自己补"),
    ("s", "1", R1, "{cn}，您要是亏了算我的，包赚的买卖您怕个啥？在犹豫就没额度了"),
    ("s", "1", R2, "您呐甭担心，{stk}庄家早就进场了，能不拉升吗？倍儿稳"),
    ("s", "1", R2, "额给你说，这个内部消息咋可能是假的嘛，么麻达，{fut}下礼拜就涨"),
    ("s", "1", R1, "{cn}，这个 product 本来就是保本的好吧？KPI 不 KPI 先不说，您这 case 我肯定给您安排明白"),
    ("s", "1", R4, "{cn}，要不要我帮你操作？你把账户密码发我就行，省得你自己挂单挂错"),
    ("s", "1", R3, "{cn}，想不想拿点返佣？以后手续费返点我按月转给你，别人我都不告诉的"),
    ("s", "i", R3, "{col}，{cn}那单要不咱走飞单？公司额度没了，客户又急着要，反正他也分不清"),
    ("s", "1", R5, "{cn}，加我个人号不就完了吗？这边说话都有存档，不方便"),
    ("s", "1", R5, "{cn}，何必在这聊呢？私人微信上说不是更方便嘛，我发你名片"),
    ("s", "1", R4, "{cn}，我不早说了嘛，这就是代客理财，您啥都不用管，到时候等着收钱不就行了？"),
    ("s", "1", R4, "{cn}，谁还没几个全权委托的客户啊？您把账户交给我，有什么不放心的"),
    ("s", "g", R1, "各位老板，做了这么多年{opt}，有几个人能像我们团队这样稳赚不赔？还不上车等什么呢"),
    ("s", "1", R2, "{cn}，{stk}庄家都在吸筹了，您说它下周能不拉升？我要是您，今天就满仓"),
    ("s", "1", R1, "{cn}，零风险的东西您都不买，那您还买啥呢？存银行那点利息够干啥的"),
    ("s", "1", R3, "{cn}您嫌流程慢？那私下交易呗，咱俩签个条子，钱直接给我，不比走柜台快？"),
    ("s", "1", R1, "如果这款{pen}不保本，我敢拿自己的养老钱往里放吗？{cn}您想想是不是这个理"),
    ("s", "1", R1, "{cn}，就这还怕亏？这款分红险的分红我给您打包票，保证收益年年有，您上哪儿找去，对吧？"),
    ("s", "1", R2, "{cn}，不是我吹，这条内幕消息我能不给您第一个说吗？{when}下单"),
    ("s", "1", R3, "飞单又怎样？收益比公司产品高两个点，{cn}您要不要？要的话{when}就能打款"),
    ("s", "1", R4, "{cn}，您把账户密码告诉我不就行了吗，何必每次都自己折腾？我帮你操作，保证不乱动"),
    ("s", "g", R5, "【群公告】想要{opt}一对一指导的朋友，私人号私聊我，这个群不方便细说，懂的都懂"),
    ("s", "1", R1, "嘹咋咧！这个{fut}套利策略稳赚，额还能骗你不成？"),
    ("s", "1", R1, "我跟你讲老表，这钱放我这儿还不稳赚？你在{city}打工也没空看，年底连本带利给你"),
    ("s", "1", R1, "{cn}，您这{loan}办下来，剩下的钱放我们这个理财里，息差稳赚，您算算是不是？"),
    ("s", "1", R2, "介不明摆着嘛，{stk}庄家要拉升了，您还等嘛呢？赶紧上车"),
    ("s", "1", R1, "亲，这个都不算稳赚的话，那世界上就没有稳赚的东西了hh，{when}截止哦"),
    ("s", "1", R3, "{cn}，转到我个人卡上有啥区别？钱不还是买产品？还省了手续费呢，您说是不是"),
    ("s", "1", R1, "{cn}您看这样行不行：要是到期年化不到{ret}，差额我补给您——这不就等于保证收益了嘛"),
    ("s", "1", R4, "{cn}，zs的，你自己操作老追涨杀跌，还不如全权委托给我，一年下来肯定比你强，对吧？"),
    ("s", "1", R2, "您觉得我这消息哪来的？当然是内部消息啊，不然我敢让您上{amt}？"),
    ("s", "1", R1, "不用怕吧？不会亏吧？保本的嘛，{cn}您还担心啥"),
]

RHETORICAL_NEAR = [
    ("c", "*", R1, "{mgr}，这个{wmp}保本吗？我妈想买，她岁数大了亏不起"),
    ("s", "1", R1, "{cn}，您问是不是保本？不是的，净值型产品不保本，净值有可能跌破一，这点必须跟您说清楚"),
    ("s", "*", R1, "谁说期货能稳赚？杠杆放大收益也同样放大亏损，{fut}这种波动大的品种更要控制仓位"),
    ("s", "1", R1, "难道有零风险的投资吗？没有的。{opt}买方最多亏掉全部权利金，卖方风险更大，您先做个风险测评吧"),
    ("s", "*", R2, "{cn}，哪有什么内幕消息？我们能拿到的都是公开研报，群里那些截图您千万别信"),
    ("s", "1", R2, "{fut}今天尾盘拉升得挺猛，{cn}您那个持仓要不要看看止盈位？我只是提醒，决定还是您自己做"),
    ("s", "1", R4, "{cn}，您是不是想让我帮你操作？这个真不行，交易指令必须您本人下，我只能讲讲软件怎么用"),
    ("c", "1", R5, "{mgr}，能不能加你私人微信啊？这个企业微信我老是收不到消息"),
    ("s", "1", R3, "{cn}，返佣？咱们这儿没有这个说法，手续费标准都在官网公示，您可以自己核对"),
    ("s", "1", R2, "{cn}，会不会拉升我真说不准，短期走势谁也预测不了，您别听群里那些人瞎喊"),
    ("s", "i", R1, "{col}，这条朋友圈文案里有“稳赚”两个字，是不是得打回去让他改？"),
    ("s", "1", R1, "{cn}，不是我不想给您保证收益，是法规压根不允许任何人保证收益，谁这么说谁就是违规"),
    ("c", "g", R2, "群里有人说{fut}有庄家在控盘，是真的吗？求懂的朋友说说"),
    ("s", "1", R1, "{cn}，您说的保本理财现在基本没有了，资管新规以后都打破刚兑了，我给您讲讲净值型怎么看？"),
    ("s", "1", R4, "{cn}，您问账户密码要不要交给我保管？千万别，谁问都别给，包括我在内"),
    ("c", "1", R3, "{mgr}，别的券商开户都有返点，你们怎么没有？"),
    ("s", "1", R3, "{cn}，为什么不能私下转账？因为钱一旦不进公司账户，出了事谁也保障不了您，这是为您好"),
    ("s", "1", R1, "{pen}能不能包赚？说实话不能，它也是投资，会有波动，只是长期看适合养老规划"),
    ("s", "g", R2, "各位，今天早盘拉升主要是受{news}影响，公开新闻大家都看得到，后面走势还不确定，注意风险"),
    ("c", "1", R4, "{mgr}，我看不懂这个软件，你们那儿有没有代客理财的服务啊？要收费也行"),
    ("s", "1", R5, "{cn}，您问我有没有私人微信？有是有，但工作上的事我们只用企业微信，有记录对您也是保障"),
    ("s", "1", R1, "{cn}，这个产品稳赚不赔吗？不是的。我能承诺的只有一条：该披露的风险一条不落都告诉您"),
    ("s", "1", R3, "{cn}，您说要不要搞个私下交易省点手续费？真不用，也真不行，差这一点不值得冒这个险"),
    ("s", "*", R1, "保收益？我做{ins}续期这么多年，从来不敢跟客户这么说，分红部分都是不保证的"),
    ("c", "1", R1, "{mgr}，上次那个经理说稳赚，结果亏了{loss}，你们到底怎么回事？"),
    ("s", "1", R2, "{cn}，板块拉升跟咱们这款{wmp}没什么关系哈，它主要投债券，波动很小但也不是没有"),
    ("s", "1", R4, "全权委托？{cn}，这个我们不接的，法律上也不允许，您有时间我陪您一起看盘可以"),
    ("s", "1", R1, "{cn}，您问我是不是零风险？如果有人跟您这么讲，您反过来问他敢不敢签字，他肯定不敢"),
    ("s", "i", R3, "{col}，客户问返点的事，我按话术回复“没有任何返点”了，这样回可以吧？"),
    ("s", "1", R1, "{cn}，保本不保本，说明书风险揭示那页写着呢——不保本。我拍给您看"),
    ("c", "g", R5, "有没有人知道{mgr}的私人号？我想单独问问"),
    ("s", "1", R1, "{cn}，这个问题我得老实回答：{pe}如果是雪球结构，敲入以后是会亏本金的，谁跟您说保本那是误导"),
    ("s", "1", R2, "额也想知道有没有内幕消息嘛，可真没有，额们就是看{fut}的公开数据做分析，你莫信那些"),
    ("s", "1", R1, "Honestly {cn}，这个 product 不保本，我不想为了 KPI 给您画饼，您的 risk level 是 C3，买这个偏激进了"),
    ("s", "1", R3, "您说转到我个人账户行不行？不行的{cn}，只能转到产品募集账户，户名是公司全称"),
    ("s", "1", R1, "{cn}，咱不说稳赚，能跑赢通胀就不错了，您觉得呢？这是我的真实想法"),
    ("c", "1", R2, "{mgr}，你们内部消息多，能不能透露点？我就小买一点"),
    ("s", "1", R4, "{cn}，您把账户密码给我？别别别，这可不行，您自己改个新密码，我教您在APP上怎么下单"),
    ("s", "1", R1, "{cn}，关于您问的保本，我查了产品说明书，风险揭示那一章写得很清楚，又专门打电话问了产品经理，还翻了过往几期的兑付记录，结论只有一个：这款{wmp}不承诺本金，净值是会波动的。"),
    ("s", "1", R1, "没有哪家机构，哪个产品，哪个经理，敢跟{cn}您说零风险，我也一样"),
]

PROHIBITION_HIT = [
    ("s", "1", R3, "{cn}，公司规定不能私下转账，不过您转到我个人卡上，我马上帮您认购，比走流程快多了"),
    ("s", "1", R1, "规定是不许承诺保本，可咱俩谁跟谁啊，{cn}，这只{pe}就是保本的，我拿人格担保"),
    ("s", "1", R4, "{cn}，严禁代客理财？那是写给领导看的，您把账户密码给我就行，晚上我帮你操作"),
    ("s", "1", R3, "{cn}，红线我门儿清，返点照样给您，月底私下给您转过去，您别往外说就成"),
    ("s", "1", R5, "{cn}，合规不让加私人微信，您加我这个私人号，这边聊天没存档，说话方便"),
    ("s", "1", R1, "{cn}，公司严禁说保本，这我懂；可我跟您交个底，这只雪球稳赚，敲出就拿票息"),
    ("s", "1", R2, "规定不让传内幕消息，所以我只跟您一个人说：{fut}这周庄家要拉升"),
    ("s", "1", R1, "“不得承诺收益”这条我背得滚瓜烂熟，但这款{wmp}我保证收益{ret}，出了事找我"),
    ("s", "1", R3, "{cn}，明令禁止飞单是没错，可公司产品额度早没了，这单走我朋友那边，收益还高一截，您看行不"),
    ("s", "1", R4, "{cn}，按规定我不能帮你操作，但您把账户密码发我，我就当没看见规定，手把手给您挂好单"),
    ("s", "i", R3, "{col}，我知道严禁返佣，但{cn}这单太大了，咱们私下给他返两个点，你那边能走账不？"),
    ("s", "1", R1, "监管天天说打破刚兑，听听就行了，这个{pen}就是保本，银行能让您亏吗"),
    ("s", "1", R5, "{cn}，公司说不能用私人微信？笑死，谁不用啊。加我个人号，我把路演资料发你"),
    ("s", "g", R1, "【群公告】本群严禁讨论收益承诺。PS：老客户都知道，跟着我们团队做{opt}，包赚"),
    ("s", "1", R4, "{cn}，代客理财是违规，全权委托也是违规，可您这么忙，交给我不就完了？账户密码微信发我"),
    ("s", "1", R3, "{cn}，私下交易是不允许的——在公司。下班以后咱们私下交易，那是朋友之间的事"),
    ("s", "1", R1, "规矩是不能说零风险，那我换个说法：这款{wmp}就是零风险，您自己品"),
    ("s", "1", R2, "{cn}，不许说庄家？那我说主力总行了吧。反正庄家已经进场，下周一准拉升"),
    ("s", "1", R3, "{cn}，按制度不得私下转账，您就当没听我说过这句话，钱先转到我个人卡，我替您打到募集户"),
    ("s", "1", R1, "红线归红线，业绩归业绩。这个{pe}您放心，稳赚不赔，亏了我辞职"),
    ("s", "1", R4, "您呐，那条规矩甭当回事，我帮你操作又不是头一回了，账户密码还是那个吧？{fut}夜盘我给您盯着"),
    ("s", "1", R5, "额们这不许加私人号，可额给你个私人号，你悄悄加上，{fut}的事那边说"),
    ("s", "1", R3, "{cn}，飞单违法我知道，但这个 deal 真的好，commission 还能返佣给您一半，you know what I mean"),
    ("s", "1", R1, "不能说保收益——这是合规的话。我的话是：{amt}放进来，一年{ret}，保收益，白纸黑字给您写"),
    ("s", "1", R2, "{cn}，禁止传播内部消息是对外的，对您这种老客户我就直说了：下周一{stk}的庄家要拉升"),
    ("s", "1", R4, "{cn}，虽说严禁代客理财，您这情况特殊，我帮你操作一下没事，密码您语音告诉我"),
    ("s", "1", R3, "{cn}，返点明面上是没有的，暗地里我给您返点，直接发红包，系统查不到"),
    ("s", "g", R1, "群规第一条：不准承诺保本。不过群里老人都知道，我推的{fut}套利稳赚，新人可以问问"),
    ("s", "1", R5, "{cn}，公司不让加私人微信这事儿您别管，加了也查不到，我私人微信号就是手机号"),
    ("s", "1", R1, "规定上写着不得承诺稳赚，写归写，{cn}您跟我这么多年，我哪次没让您稳赚？"),
    ("s", "1", R3, "{cn}，额度的事公司不让私下弄，但我认识个渠道可以飞单，收益高两个点，您愿意我就安排"),
    ("s", "1", R4, "{cn}，合规那边查得严，不让全权委托，那咱就口头全权委托，您一句话的事，我帮你操作"),
    ("s", "1", R1, "{cn}，我知道你们都被教育“没有保本产品”，可这款{wmp}是例外，银行保本，放心"),
    ("s", "1", R2, "我跟你讲，不准说内幕消息是没错，但这个是我表哥那边的内幕消息，老表你信我，{fut}赶紧上"),
    ("s", "1", R3, "{cn}，不许转账给个人，是说别转给陌生人。转到我个人账户上没问题的，我是您的客户经理嘛"),
    ("s", "1", R1, "虽然我们被要求不能说零风险，但这款{wmp}投的全是存单，实际上就是零风险，{cn}您放心买"),
    ("s", "i", R5, "{col}，公司明令不让加私人微信，但客户要求加，你就让他加我私人号呗，反正查不到"),
    ("s", "1", R4, "{cn}，per compliance policy 不能代客理财，but 您这情况我 make an exception，把账户密码发我，我 handle"),
    ("s", "1", R3, "{cn}，您担心的私下转账问题，我特别理解，新闻里也确实报道过不少卷款的案例，公司每季度也都培训，这些我都清楚，但是咱们认识这么多年了，您就直接转到我个人卡上，我当天给您办好"),
]

PROHIBITION_NEAR = [
    ("s", "1", R3, "{cn}，按公司规定严禁私下转账，所有款项只能打到产品募集专户，您转之前把户名发我核对一下"),
    ("s", "*", R1, "按监管规定，我们不得承诺保本保收益，这款{wmp}是净值型的，净值会有波动"),
    ("s", "1", R4, "{cn}，请勿向任何人透露账户密码，包括我们公司员工，我们永远不会问您要密码"),
    ("s", "g", R4, "【群公告】{team}提醒：公司明令禁止代客理财和全权委托，如有员工提出替您操作，请直接拨打客服热线投诉"),
    ("s", "i", R3, "{team}全体：红线再强调一遍，飞单、返佣、私下交易，碰一个处理一个，谁都别存侥幸"),
    ("s", "1", R5, "{cn}不好意思哈，公司不让加私人微信，所有沟通都在企业微信上，聊天有存档也是对您的保护"),
    ("c", "1", R5, "{mgr}，你们公司不是不让加私人号吗？那我以后有事就在这里找你"),
    ("s", "i", R2, "{team}合规提醒：任何人不得在客户群转发所谓内幕消息或“庄家”喊单截图，发现一律上报"),
    ("s", "1", R1, "{fut}这东西不能说稳赚，也不许说，保证金交易亏起来可能超过本金，您一定想好"),
    ("s", "1", R3, "{cn}，不能给您返点，这个是红线。手续费我可以帮您申请标准里最低那档，这是公开的"),
    ("s", "*", R1, "{pen}是国家政策支持的，但也要说清楚：它不保本，别听别人说零风险"),
    ("s", "1", R4, "{cn}，您让我帮你操作？真不能，公司规定员工不得接受客户委托下单，系统里也会查IP"),
    ("s", "i", R3, "{team}新人培训第三条：不许收客户现金，不许让客户转到我个人账户，不许代签字"),
    ("s", "g", R1, "【风险揭示】根据资管新规，{wmp}不得宣传保本，过往业绩不代表未来表现，请理性投资"),
    ("s", "1", R2, "{cn}，我们有规定不能打听、更不能传播内部消息，您问的{fut}后市我只能给您公开研报"),
    ("s", "1", R4, "{cn}，严禁代客理财这条不是说说而已，去年隔壁营业部就有人因为这个被处罚了"),
    ("s", "i", R5, "{team}各位同事：自下月起，严禁使用私人微信与客户沟通业务，违者按制度处理"),
    ("s", "1", R1, "{cn}，{ins}的演示利率不是保证收益，这个我必须说明，条款里写着“不保证”"),
    ("c", "1", R3, "{mgr}，我听说你们不能私下交易，那我要是想多买点是不是只能在APP上？"),
    ("s", "1", R3, "{cn}您这个{loan}，所有还款都只能还到银行账户，禁止转到我个人名下，任何人让您转个人账户都是诈骗"),
    ("s", "i", R1, "会议纪要（{team}）：1. 本季度宣传材料统一过审；2. 禁止出现“稳赚”“包赚”等字样；3. 违规一次扣绩效"),
    ("s", "1", R4, "{cn}，您别把账户密码告诉我，我们的红线就是不碰客户账户，您自己下单，我在电话里陪着您"),
    ("s", "g", R3, "各位客户请注意，{team}员工一律不得收取返佣、返点，如有人以此名义要求转账请立即报警"),
    ("s", "1", R2, "{cn}，不要相信什么庄家带单，您在{plat}上看到的那些都是引流的，正规机构不许这么宣传"),
    ("s", "1", R1, "{cn}，零风险这三个字，在我们行是明令不能说的，任何投资都有风险，存款也有存款保险限额"),
    ("s", "i", R4, "Hi all，{team} compliance 这边 reminder 一下：禁止代客理财，禁止保存客户账户密码，Q4 会抽查"),
    ("s", "1", R3, "{cn}，飞单是违法的，您如果在别的地方看到有人卖“内部额度”，一定要核实是不是公司备案产品"),
    ("s", "1", R5, "{cn}，咱这儿规矩是不加私人号，您有事随时企业微信找我，工作时间一般半小时内回复"),
    ("s", "1", R1, "您呐甭听别人瞎白话，啥叫保本？咱这{opt}压根不让这么说，买方卖方都有风险"),
    ("s", "1", R3, "额们这边不许私下转账，你买{wmp}转款之前给额说一声，额帮你核对账户，么麻达再转"),
    ("s", "i", R2, "培训小测：员工在客户群里说“{fut}主力要拉升了”是否违规？答案：是，属于误导性陈述，不得发布"),
    ("s", "1", R4, "全权委托是不允许的，{cn}，就算您签了委托书也无效，交易还是得您本人确认"),
    ("s", "1", R1, "{cn}，不能承诺包赚，不能承诺保本，这两条我要是违反了您可以直接投诉我，投诉电话在APP首页"),
    ("c", "g", R2, "{mgr}，群规里说禁止发内幕消息，那我转发公开新闻可以吗？"),
    ("s", "1", R3, "我们这里规矩严，返佣这种事一律冇得，老表你要是图这个就找错人咯，{pe}费率都是公开的"),
    ("s", "1", R5, "Dear {cn}：根据公司客户沟通管理办法，员工不得通过私人微信开展业务，后续请通过本企业微信账号联系，谢谢理解。"),
    ("s", "1", R1, "{cn}，续期这块我给您说清楚：万能险的结算利率每月公布，有保底但不等于稳赚，超出保底的部分都不保证"),
    ("s", "i", R4, "{col}，客户非要把账户密码给我，我按规定拒了，也提醒他改密码了，这个要不要报备？"),
]

WARNING_HIT = [
    ("s", "g", R2, "大家注意了，这次不是骗局，是真的内部消息：{fut}{when}就拉升，错过别后悔"),
    ("s", "1", R2, "外面那些说是假的，我这个内幕消息是真的，我表哥就在公司里，{cn}您信我一回"),
    ("s", "1", R1, "{cn}，我知道监管天天提示保本产品有风险，但这款{wmp}真的保本，银行兜底，您放心"),
    ("s", "g", R1, "【风险提示】本{pe}零风险，到期保本，额度有限，先到先得"),
    ("s", "1", R3, "{cn}温馨提示：您的返佣今天下午到账，请注意查收，下次介绍朋友还有"),
    ("s", "1", R3, "{cn}防骗提醒：认准我本人，转账请转到我个人账户，千万别转给别人，别人都是假的"),
    ("s", "1", R2, "网上说{stk}庄家拉盘是谣言？那是他们不懂。这次庄家是真进场了，下周准拉升"),
    ("s", "1", R1, "都说稳赚不赔是骗局，可这个不一样啊，{pe}有对赌协议兜底，实实在在的稳赚不赔"),
    ("s", "i", R3, "{col}，投诉那个客户先别管了，{cn}那单咱们照旧飞单，出不了事"),
    ("s", "1", R4, "投诉处理完了，{cn}您放心，以后还是我帮你操作，账户密码没变吧？"),
    ("s", "1", R2, "{cn}，别人发的都是假消息，只有我给您的是内部消息，准确率百分之九十以上"),
    ("s", "1", R1, "风险提示我得照念：市场有风险，投资需谨慎。念完了，说人话：这个{opt}策略包赚"),
    ("s", "1", R5, "{cn}，最近骗子多，企业微信号容易被冒充，您加我私人微信吧，那个才是真的我"),
    ("s", "g", R1, "⚠️警惕保本骗局！但我们这款{wmp}不一样，是真保本，到期一分不少"),
    ("s", "1", R3, "{cn}，客户投诉飞单的事已经压下去了，您那笔照常私下转账给我，收益不变"),
    ("s", "1", R2, "有人说这是假消息，{cn}我跟您说，这条内部消息是我们研究所刚开完会出来的，{when}前建仓"),
    ("s", "1", R4, "{cn}，反诈中心提醒不要泄露账户密码，那是防陌生人的，我是您的客户经理，发我没事，我帮你操作"),
    ("s", "1", R1, "{cn}您看到那篇说“保证收益都是骗子”的文章了吧？我们这个不是骗子，是真保证收益，合同里写着"),
    ("s", "1", R3, "提醒一下{cn}：返点这月提高到两个点了，老规矩私下给您，别在群里说"),
    ("s", "1", R2, "额给你说，外头传的那些都不可信，额这个内幕消息可靠得很，嘹咋咧，{fut}赶紧买"),
    ("s", "1", R1, "年底了提醒{cn}：别买那些乱七八糟的P2P，要买就买我这款{wmp}，稳赚，年化{ret}"),
    ("s", "g", R5, "群里有人冒充我，大家以后认准我的私人号，企业微信这个号我不怎么看了，{opt}的事那边说"),
    ("s", "1", R4, "{cn}，上次被投诉的事您别往心里去，那是误会。您那账户还是全权委托给我，我肯定给您做好"),
    ("s", "1", R2, "那个辟谣是公司公关写的，别信，庄家确实在吸筹，{fut}这波一定拉升"),
    ("s", "1", R1, "{cn}，我知道您被骗过，所以这次我给您推个零风险的，{pen}，保本还有收益"),
    ("s", "i", R3, "合规通报我看了，飞单那个被抓是他太张扬。{col}，咱们那几单返佣照发，小心点就行"),
    ("s", "1", R1, "Just FYI {cn}，市场上很多所谓保本都是假的，but 我们这款是 real 保本，KPI 保证"),
    ("s", "1", R3, "{cn}，近期诈骗多，大额转账容易被拦截，您转到我个人卡上就不会被冻结，我再帮您买"),
    ("s", "1", R2, "提醒一下{cn}：明天尾盘前务必建仓，内幕消息，庄家后天拉升，别告诉别人"),
    ("s", "1", R4, "{cn}，最近盗号的多，为了安全，您把账户密码给我，我帮你操作改密和交易，省心"),
    ("s", "1", R1, "{cn}，您之前投诉的是别的经理乱承诺，我不一样，我说稳赚就一定稳赚"),
    ("s", "g", R1, "【辟谣】有人说我们{pe}不保本，纯属造谣！本产品保本保收益，欢迎大家监督"),
    ("s", "1", R3, "{cn}，您问这是不是飞单？不是骗局，就是飞单，但收益真的高，我自己也买了"),
    ("s", "1", R5, "{cn}，您说怕企业微信被监控？那就对了，加我个人号，咱们那边聊，安全"),
    ("s", "1", R2, "我晓得网上很多假消息，但这条内部消息是真的，我拿人格担保，老表你快上{fut}的车"),
    ("s", "1", R4, "反诈提醒说“不要让别人代客理财”，那是说外人。{cn}您这么信得过我，代客理财我来"),
    ("s", "1", R1, "续期提醒：{cn}您的{ins}保费下周到期，续上以后保本保息，收益稳赚，别断缴了"),
    ("s", "1", R2, "{cn}，warning 归 warning，这个 insider 的内部消息我只跟 VIP 说，{fut} next week 拉升"),
]

WARNING_NEAR = [
    ("s", "g", ("R1", "R2"), "【防骗提醒】近期有人冒充{team}员工，以“内部消息”“稳赚不赔”为诱饵拉群荐股，均为骗局，请勿轻信"),
    ("s", "i", R3, "有客户反映，有人以{team}名义让他私下转账，我已上报合规并提醒客户报警，{col}知悉"),
    ("s", "g", R2, "网上传的“庄家带你拉升”那些群都是假的，{team}提醒大家千万别加，更别转账"),
    ("s", "i", R1, "投诉处理记录：客户{cn}称理财经理口头承诺保本，经核实录音，该员工未作此承诺，已向客户解释"),
    ("s", "1", R2, "{cn}，您转来的那条所谓内幕消息是骗局，我们查过了，发消息的账号已经被平台封了"),
    ("s", "1", R1, "{cn}，您看到的“保本年化{ret}”的广告不可信，正规理财产品不会这么宣传，别点链接"),
    ("s", "g", R3, "风险提示：任何要求您转到我个人账户或员工个人账户的要求都是诈骗，请通过{team}官方渠道购买"),
    ("s", "1", R4, "提醒{cn}：最近有诈骗电话冒充客服要账户密码，说要帮你操作解冻，千万别给"),
    ("s", "i", R3, "{team}周报：本周共收到3起客户举报，内容涉及飞单1起、返点承诺2起，均已移交合规部调查"),
    ("c", "1", R2, "{mgr}，有个陌生人加我说有内幕消息，让我交会员费，这是不是骗子啊？"),
    ("s", "1", R1, "{cn}，您说的那个“零风险高收益”的平台是假的，已经有很多人报案了，您的钱还没转吧？"),
    ("s", "g", R5, "各位请注意：有人冒用{mgr}的头像和名字，用私人微信加大家，说是他的私人号，那都不是本人，请勿添加"),
    ("s", "1", R4, "{cn}，如果有人自称我们公司员工，提出代客理财或者全权委托，那一定是假的，请直接报警"),
    ("s", "i", R1, "合规周会纪要：1. 近期投诉集中在“包赚”话术；2. 涉事员工已停岗；3. 下周全员复训，{col}负责签到"),
    ("s", "1", R2, "{cn}，新闻里那个案子您看了吧？就是打着“庄家”旗号拉人进群，最后卷款跑路，您多留个心"),
    ("s", "1", R3, "{cn}，您说的那个让您私下交易的人不是我们员工，我查了工号，系统里没有这个人"),
    ("c", "g", R1, "提醒大家一下，我邻居被人忽悠买了个“保本保收益”的东西，结果血本无归，{mgr}你们也多提醒提醒"),
    ("s", "1", R2, "{cn}，{fut}今天早盘拉升是因为库存数据超预期，公开数据，不是什么内幕，您别被群里带节奏"),
    ("s", "i", R5, "上报一下：客户截图显示有人用“私人号”冒充我联系他，我已提醒客户并向{team}报备"),
    ("s", "1", R1, "{cn}，您收到的短信说“稳赚不赔，日赚千元”，这是典型的诈骗话术，直接删除就好"),
    ("s", "1", R3, "{cn}，警惕“返佣”“返点”骗局：对方先返小钱取得信任，再让您大额转账，这个套路最近特别多"),
    ("s", "g", R2, "【群公告】本群不提供任何内部消息，凡私聊您声称有内部消息的都是骗子，请截图发{mgr}"),
    ("s", "1", R4, "{cn}，您刚才说有人打电话要您的账户密码？那是诈骗，您赶紧改密码，我这边帮您登记一下"),
    ("s", "i", R1, "客诉回复草稿：经核查，我司员工未向{cn}承诺保本，相关宣传页面系第三方伪造，我司已报案"),
    ("c", "1", R3, "{mgr}，我朋友说有人让他把钱私下转账给对方，说能飞单拿高收益，靠谱吗？"),
    ("s", "1", R2, "额给你说，那些说有庄家带着拉升的都是假的，额干这行十几年了，么见过真的，{fut}也一样"),
    ("s", "1", R1, "{cn}您呐可甭信那套，什么“包赚”“稳赚”，全是忽悠，真有这好事人家自己不就赚了"),
    ("s", "i", R3, "{team}合规通报：某支行客户经理私下转账收取客户资金，已被开除并移送司法，请大家引以为戒"),
    ("s", "1", R5, "{cn}，近期有骗子以“私人微信”加客户推荐高收益产品，请认准企业微信认证标识"),
    ("s", "1", R1, "FYI {cn}，那个自称“零风险套利”的 app 已经被警方通报了，您之前问的就是这个，千万别下载"),
    ("s", "1", R4, "{cn}，投诉已受理：您反映的员工索要账户密码问题，我们已调取记录，核实后会严肃处理，三个工作日内回复您"),
    ("s", "1", R2, "老表，你群里转的那个{fut}内幕消息我问了研究所，人家说纯属谣言，莫信"),
    ("s", "g", R3, "重要提醒：{team}从未授权任何人以“返佣”名义收取费用，请大家提高警惕"),
    ("s", "1", R1, "{cn}，您说的那个“保证收益”的养老项目，查了一下不是持牌机构，个人养老金只能在正规渠道开户"),
    ("c", "1", R4, "{mgr}，昨天有人打电话说是你们的客服，要我的账户密码，说能帮我解冻，是不是骗子？"),
    ("s", "i", R2, "舆情监测：某财经自媒体发布“{team}内部消息”截图，经核实为伪造，已发律师函，{col}跟进"),
    ("s", "1", R1, "Hi {cn}，您转发的那篇推文说这款{pen}“稳赚”，这个表述不准确，养老产品也会有波动"),
    ("s", "1", R3, "{cn}，有人说我这边能给返点？那是冒充的，我们这边没有任何返点，请您别相信，也别转钱"),
]

REFUSAL_HIT = [
    ("s", "1", R4, "{cn}，嘴上说不能帮你操作，其实你把账户密码发我，晚上我帮你弄好，别声张"),
    ("s", "1", R3, "{cn}，公司不让私下转账，但我可以先帮你垫上，你回头转到我个人卡上就行"),
    ("s", "1", R2, "按理说内幕消息我不能讲，但看在老客户的份上：{fut}下周拉升，{cn}您心里有数就行"),
    ("s", "1", R1, "{cn}，我不能承诺保本……但我可以跟您说，我自己的钱也在这只{pe}里面，稳赚"),
    ("s", "1", R1, "这话我不能说——包赚。好了我没说，{cn}您自己领会"),
    ("s", "1", R5, "{cn}，企业微信上我不能跟您细说，您加我私人微信，我在那边详细讲"),
    ("s", "1", R3, "{cn}，返点我是不能给的，不过我可以私下给您发个大红包，其实就是返点，您懂"),
    ("s", "1", R4, "{cn}，我不能代客理财，但您可以全权委托给我爱人，她操作，我在旁边看着，一样的"),
    ("s", "1", R1, "不能说保证收益，那我不说。我只说一句：{cn}到期拿不到{ret}，差多少我补多少"),
    ("s", "1", R3, "{cn}，飞单我是不做的，一般人我不告诉，您要是真想要高收益，我这有个渠道，私下交易就行"),
    ("s", "1", R2, "{cn}，我不能透露内部消息哈……不过您明天早上九点前买入{stk}，庄家会拉升的"),
    ("s", "1", R4, "{cn}，帮你操作是不行的，规定摆在那儿。这样，你把账户密码告诉我，我“教你”操作，其实我来点"),
    ("s", "1", R5, "私人号我一般不给客户，{cn}您是例外，加我个人号，验证写{sn}就行"),
    ("s", "1", R1, "我们不被允许说零风险，所以我不说，我只说这款{wmp}我入行八年没见它亏过一分，零风险"),
    ("s", "1", R3, "{cn}，转到我个人账户是不允许的——所以转到我老婆账户上吧，一样的，私下转账手续费还少"),
    ("s", "1", R1, "{cn}，保本我不能写进合同，但我可以口头跟您保证收益，咱们这么多年交情了"),
    ("s", "i", R3, "{col}，公司不让我们返佣，但你那个客户你可以让他找我，我这边私下返佣给他，咱俩分"),
    ("s", "1", R4, "{cn}，不能全权委托是规定，不过您签个授权给我，口头全权委托也算，我帮你操作就是了"),
    ("s", "1", R2, "这个我真不能说……算了，跟{cn}说吧，内幕消息，{fut}主力和庄家一起进场，本周拉升"),
    ("s", "1", R1, "公司不让说稳赚，我就不说稳赚，我说“闭眼买、躺着赚、稳赚不赔”行了吧hh，{cn}您懂"),
    ("s", "1", R5, "您呐，这儿不方便说，我不能在企业微信讲，私人微信上我跟您细聊{opt}，倍儿详细"),
    ("s", "1", R3, "{cn}，飞单我原则上是拒绝的，但您这么急，就这一次，我给您走朋友那边的通道，不进公司系统"),
    ("s", "1", R4, "额不能替你操作，额可以教你，你把账户密码给额，额教着教着就帮你操作了嘛，{fut}这单稳当"),
    ("s", "1", R1, "{cn}不好意思，不能承诺保收益——除非您今天就签，签了我就保收益{ret}"),
    ("s", "1", R3, "{cn}，返点不能给您打到卡上，这是规定。但可以换成购物卡，其实还是返点，您收着"),
    ("s", "1", R2, "内幕消息这种东西我当然不能给，我只是“随口一说”：下周一开盘前{stk}的庄家要动手拉升"),
    ("s", "1", R4, "{cn}，我们不能代客理财，所以我们叫“陪伴式理财”，您把账户密码给我，我陪您操作"),
    ("s", "1", R5, "{cn}，公司号不让说这个，不方便，您加我私人号，我那边再跟您说返利的事"),
    ("s", "1", R1, "Sorry {cn}，我不能 promise 保本，但 between you and me，这个 deal 就是保本的"),
    ("s", "1", R3, "{cn}，我不收现金，也不收转账，您直接跟我朋友私下交易，他给您出收据，效果一样"),
    ("s", "1", R1, "我不能打包票说包赚，但老表你放心，这钱放我这儿就跟存银行一样，稳赚，{pe}年底见"),
    ("s", "1", R2, "{cn}，别问我有没有内幕消息，问就是没有😏 不过您今晚把{fut}多单挂上，下周庄家拉升的时候别怪我没提醒"),
    ("s", "1", R4, "{cn}，按流程我不能帮你操作，但系统查不到的，你账户密码给我，我下班时间帮你弄"),
    ("s", "1", R3, "{cn}，公司不允许私下转账，但是您分两笔小额转到我个人微信，系统就查不出来"),
    ("s", "1", R5, "Dear {cn}，碍于公司规定无法在此详谈，烦请您添加我的私人微信，届时我将提供完整的{pe}方案。"),
    ("s", "i", R1, "{col}，客户问能不能保本，你就说不能，然后补一句“不过我们这个实际上就是保本的”，懂吧？"),
    ("s", "1", R4, "{cn}，全权委托合同我不能跟您签，那就不签，您口头说一声，以后账户我帮你操作"),
]

REFUSAL_NEAR = [
    ("s", "1", R3, "不好意思{cn}，私下转账我不能收，请您通过柜台或者APP购买，钱进公司账户才有保障"),
    ("s", "1", R4, "{cn}，账户密码请您自己保管好，我不能帮你操作，有不懂的我可以视频教您"),
    ("s", "1", R1, "{cn}，保本这个我真没法承诺，{pe}是有亏损可能的，您要是接受不了咱就不买"),
    ("s", "1", R5, "{cn}，私人微信就不加了哈，咱们就在企业微信沟通，有记录对您对我都是保障"),
    ("s", "1", R3, "{cn}，返点这个真没有，我们也不做，您别为了这个换经理，不值当"),
    ("s", "1", R2, "{cn}，内幕消息我没有，也不会打听，{fut}的基本面我可以给您发份公开研报"),
    ("s", "1", R4, "全权委托我们是不接的，{cn}，您的账户只能您自己做决定，我只提供信息"),
    ("s", "1", R3, "{cn}，您说返点给我当辛苦费？真不用，也不能收，您这份心意我领了"),
    ("s", "1", R1, "{cn}，您让我写个保证收益的承诺书？这个我真写不了，写了也无效，还害了咱俩"),
    ("s", "1", R3, "{cn}，飞单我不做，哪怕公司额度没了，我也只能给您推荐别的在售产品或者等下一期"),
    ("s", "1", R5, "您呐，私人号我是真不能给，不是跟您见外，公司有规定，企业微信随时找我都成，{opt}的事这儿说"),
    ("s", "i", R3, "{col}，你说的那个帮客户私下交易的事我不参与，也劝你别干，被查到就完了"),
    ("s", "1", R1, "稳赚的产品我这儿没有，{cn}您要是找稳赚的，我只能说世上没有"),
    ("s", "1", R4, "帮你操作这事儿，甭管多急我都不能干，{cn}您把手机拿来，我指导您自己点"),
    ("s", "1", R2, "额不晓得啥庄家不庄家的，也不给你瞎说，额只能给你讲讲{fut}的合约规则"),
    ("s", "1", R1, "{cn}不好意思，零风险的承诺我给不了。国债逆回购风险很低，但也不是零风险，我照实说"),
    ("s", "1", R3, "{cn}，您让我先垫钱，回头再转到我个人卡上？不行的，我们不能有任何资金往来"),
    ("s", "1", R4, "代客理财我这儿不接，老表，你信得过我是好事，但钱的事还是你自己拿主意，{pe}你自己判断"),
    ("s", "1", R5, "Sorry {cn}，私人微信这个我不方便加，company policy，咱们在这边 follow up 就行"),
    ("s", "1", R1, "{cn}，包赚这种话我不会说，也请您别信任何跟您说包赚的人"),
    ("s", "1", R3, "{cn}，返佣的事请恕我不能答应，您要是觉得费率高，我帮您看看有没有公开的优惠活动"),
    ("s", "1", R4, "{cn}，您要把账户密码告诉我？千万别，我不能知道，也不想知道，您现在就去改一个"),
    ("s", "1", R2, "{cn}，内部消息这块我帮不了您，我们有信息隔离墙，研究所的东西发布前我也看不到"),
    ("s", "1", R1, "{cn}，您问能不能保收益，我的回答是不能，这个{wmp}的业绩比较基准只是参考，不是承诺"),
    ("s", "1", R3, "{cn}，我不能让您私下转账，哪怕是{loan}的首付也得走银行，您把钱打到合同约定账户"),
    ("s", "1", R5, "{cn}，加我个人号？不了不了，我们被要求只用企业微信，您有事这边留言我看到就回"),
    ("s", "1", R4, "{cn}实在抱歉，帮你操作这个我做不到，换成任何一个同事也做不到，这是底线"),
    ("s", "1", R1, "{cn}，这单我不能跟您说稳赚不赔，说了就是骗您。我宁愿这单不做"),
    ("s", "1", R3, "{cn}，您说的那种返点我不能给，也没法给，我能做的就是服务好您"),
    ("s", "1", R2, "{cn}，您问庄家是不是要拉升？我不回答这种问题，也没人能回答，您要是想做短线，风险得自己担"),
    ("s", "i", R4, "{col}，客户想全权委托给我，我拒了，已经按流程留痕，他要是去找你，你也别接"),
    ("s", "1", R1, "{cn}，真心话：我给不了保本，也不想给您画饼。您要稳，就存定期或者买国债"),
    ("s", "1", R5, "额不加私人微信，不是不给你面子，是公司规定，额在企业微信上随叫随到，{fut}的事随时问"),
    ("s", "1", R3, "{cn}，您这个车贷，尾款我不能代收，更不能转到我个人账户，您直接还到贷款账户就行"),
    ("s", "1", R4, "谢谢{cn}这么信任我，但账户密码我不能要。您下次来网点，我当面教您设置条件单"),
    ("s", "1", R1, "{cn}不好意思，“稳赚”两个字我不能说，我只能说这款{pen}适合长期持有，短期会波动"),
    ("s", "1", R2, "内幕消息？没有，真没有，就算有我也不能说，说了就是违法，{cn}您就别为难我了"),
    ("s", "g", R3, "xdm，{pe}返点这事真没有，别再私聊问了，产品本身有啥不懂的随时问"),
]

QUOTATION_HIT = [
    ("s", "1", R1, "我们老总说了：“这只{pe}就是保本保收益”，{cn}您放一百个心"),
    ("s", "1", R1, "{cn}，正如巴菲特说的“别人恐惧我贪婪”，现在进场{fut}就是稳赚"),
    ("s", "1", R1, "{cn}，这款是“零风险”产品，放心买，{when}截止"),
    ("s", "1", R2, "{cn}，给您个“内部消息”：{fut}主力要拉升了，抓紧"),
    ("s", "1", R4, "{cn}，您上次说“你帮我弄吧”，行，没问题，我帮你操作，您把账户密码发我"),
    ("s", "g", R1, "行里领导原话：“这款{wmp}，闭着眼买，稳赚不赔。”领导都这么说了，大家还等什么"),
    ("s", "1", R2, "{cn}，我研究所的朋友说“{stk}庄家下周拉升”，他从来没失手过，您跟一把"),
    ("s", "1", R3, "老规矩，“返点”照给，月底一起结，{cn}您放心"),
    ("s", "1", R5, "我师傅教我的：“重要客户加我个人号。”{cn}您就是重要客户，加一下吧"),
    ("s", "1", R1, "{cn}，您邻居说的没错，“跟着{sn}买，稳赚”，这次也一样"),
    ("s", "1", R3, "“私下转账，当天到账”，这是我给老客户的特殊服务，{cn}您要不要？"),
    ("s", "1", R4, "{cn}，正所谓“专业的事交给专业的人”，代客理财交给我，您只管数钱"),
    ("s", "1", R1, "就像广告里说的“保本保息，安心养老”，这款{pen}就是给{cn}您这样的人准备的"),
    ("s", "1", R2, "{cn}，我们群里都在传“{fut}有庄家在吸筹”，我核实过了，是真的，赶紧上"),
    ("s", "1", R1, "{cn}，您还记得我说的那句“跟我做，包赚”吗？现在兑现了吧，下一期继续"),
    ("s", "i", R3, "{col}，客户说“走飞单也行，收益高就好”，那就按他说的办，你把渠道发我"),
    ("s", "1", R1, "引用一下咱们产品经理的话：“这款结构设计就是保证收益{ret}，没有下行风险。”{cn}，我完全同意"),
    ("s", "1", R5, "“私人微信”聊得更“私人”嘛😉，{cn}加一下，发你点好东西"),
    ("s", "1", R4, "{cn}，您女儿都说了“妈，你全权委托给经理算了”，那我就接过来，您的账户我来管"),
    ("s", "1", R2, "群友说得对：“消息面不如内幕消息”，我这正好有一条，{cn}{when}之前建仓"),
    ("s", "1", R1, "大家都在说的“{opt}卖方策略稳赚”，我们团队实盘验证过了，确实稳赚，{cn}欢迎跟单"),
    ("s", "1", R3, "{cn}，我们的“返佣计划”您听说了吗？开户满{amt}，私下返佣百分之一"),
    ("s", "1", R1, "一句话总结今天{pe}路演：“本金有保障，收益有保证”——也就是“保本保收益”，心动不如行动"),
    ("s", "1", R4, "{cn}，您说的“帮你操作”服务，我们这可以提供，账户密码交给我就行，不收费"),
    ("s", "1", R2, "内行人都说“跟庄家走，不吃亏”，这次{stk}庄家下周拉升，{cn}您跟紧我"),
    ("s", "1", R5, "俗话说“熟人好办事”，{cn}，加我私人号，以后产品优先给您留额度"),
    ("s", "1", R1, "我们 team lead 的原话是 “this one is 稳赚”，我同意，{cn}您可以放心上车"),
    ("s", "1", R3, "{cn}，您上次说“直接转给你最省事”，对，您转到我个人账户就行，我给您发卡号"),
    ("s", "1", R1, "“稳赚不赔”不是我说的，是过去三年业绩说的，{pe}就是这么硬，{cn}您放心买"),
    ("s", "g", R2, "【群公告】“内部消息”仅限本群VIP：{fut}本周拉升，请提前布局"),
    ("s", "1", R4, "“您只管出钱，我来操作”——这就是我们的全权委托服务，{cn}考虑一下"),
    ("s", "1", R1, "{cn}，您妈妈那句“不保本的不买”说得好，所以我给她推的这款就是保本的，年化{ret}，到期本息一起拿"),
    ("s", "1", R3, "同事们都叫我“飞单小王子”，哈哈，{cn}公司额度没了也不怕，我走外面的产品给您飞单，收益还高"),
    ("s", "1", R2, "老话讲“春江水暖鸭先知”，我们这内部消息就是那只鸭，{fut}要拉升了，{cn}"),
    ("s", "1", R1, "额跟你说个“实话”：这个{fut}套利就是稳赚的，嘹咋咧，你就放心买"),
    ("s", "1", R5, "Per my last email，“please add my 私人微信 for further discussion”，{cn}期待您的回复"),
    ("s", "1", R4, "“代客理财”听着吓人，其实就是我帮你操作，{cn}您把账户密码发我，您轻松我也方便"),
    ("s", "i", R1, "转发一下刚才的聊天：\n客户：这个真的保本吗？\n我：放心，保本，我拿工作担保。\n客户：那我买了。\n——{col}，这单{pe}记我业绩"),
]

QUOTATION_NEAR = [
    ("s", "i", R1, "客户{cn}发来截图说有人跟他讲“这个产品保本”，请合规同事看一下是哪个渠道发的"),
    ("s", "g", R2, "新闻里说的“庄家拉升”诈骗手法，大家看看，别被骗了：先拉群，再晒单，最后卷钱。{team}提醒"),
    ("s", "i", R1, "{team}合规培训原话：“任何人不得向客户承诺零风险、保本保收益。”请各位牢记"),
    ("s", "i", R5, "报备一段对话：\n客户：能加你私人微信吗？\n我：不好意思，只能企业微信沟通。\n客户：那好吧。\n已留痕，{col}知悉。"),
    ("s", "i", R3, "{col}在客户群里说“可以飞单”，我已经截图上报合规，大家引以为戒"),
    ("s", "1", R1, "{cn}，您说隔壁那家经理讲“稳赚不赔”？那是违规说法，您要是留了证据可以向监管投诉"),
    ("s", "i", R4, "转述客户{cn}原话：“上一个经理帮我下单，还知道我账户密码”，已上报，建议查一下离职员工"),
    ("s", "1", R2, "{cn}，您转来的那篇文章说“内部消息：{fut}即将拉升”，这个来源不明，我不建议参考"),
    ("s", "i", R1, "培训题：客户经理说“这款{wmp}保本”，是否合规？A 合规 B 不合规。正确答案：B"),
    ("s", "i", R3, "会议纪要：{col}强调，“返佣”“返点”“私下转账”三类行为零容忍，发现即移送"),
    ("c", "1", R1, "{mgr}，我朋友说他那个经理跟他讲“保本保收益”，你们有没有这种产品？"),
    ("s", "1", R1, "{cn}，您说的“保本”，我理解您是想要本金安全，那我给您推荐存款或者国债，理财产品没有保本的"),
    ("s", "i", R5, "客户投诉说：“你们员工让我加他私人号，说那边聊方便。”请{team}各团队自查"),
    ("s", "1", R2, "{cn}，那个博主说“庄家已经进场”，他凭什么知道？这种话听听就好，别当真"),
    ("s", "i", R4, "监管通报原文摘录：“某员工长期代客理财，掌握客户账户密码……”{col}，大家对照检查"),
    ("s", "g", R1, "转发监管提示：“凡是宣称‘零风险、高收益’的都要高度警惕”，请{team}的各位家人们注意"),
    ("s", "1", R3, "{cn}，您听到有人说“转到我个人账户更快”，这绝对不能信，我们的正规渠道只有APP和柜台"),
    ("s", "i", R1, "{col}，你朋友圈那句“闭眼入，稳赚”得删，合规刚给我打电话了"),
    ("c", "g", R2, "我看某个群里有人说“内幕消息，{stk}明天涨停”，真的假的？{mgr}"),
    ("s", "1", R4, "反诈民警说过一句话：“凡是要你账户密码的都是骗子。”{cn}您记住这句就行"),
    ("s", "i", R3, "案例分享：某期货公司员工对客户说“私下交易手续费更低”，被处以禁业三年，{col}转发给新人"),
    ("s", "1", R1, "{cn}，您说那个APP写着“包赚”？这种宣传本身就是违规的，赶紧卸载"),
    ("s", "i", R2, "复盘会记录：{col}说“今天尾盘拉升是资金面宽松”，不是什么内幕消息，大家对外口径一致"),
    ("s", "1", R5, "您女儿说得对：“正规机构不会让你加私人微信谈业务。”{cn}这句话您可以转给身边的老人"),
    ("s", "i", R1, "复述一下客户的问题：“你们这个{pen}能不能保证收益？”我已按话术回复不能，{col}请确认"),
    ("s", "1", R3, "投诉回复：{cn}您反映的“员工提出返点”一事，经核实系冒充人员所为，我司员工从未承诺返点"),
    ("s", "i", R4, "{col}的原话是“客户说帮你操作就帮他操作嘛”，这个我不同意，已经发邮件给合规"),
    ("s", "1", R1, "书上有句话：“投资里最贵的一句话是‘这次不一样’”，{cn}，那些说稳赚的，您都别信"),
    ("s", "g", R2, "【群公告】有群友转发“庄家内部消息”，已移出本群。再次提醒：本群只分享{fut}公开信息"),
    ("s", "i", R3, "客户录音里那句“钱转到我个人卡上就行”不是我说的，是对方冒充的，录音我已经交给{team}"),
    ("s", "1", R1, "{cn}，您引用的那句“保本理财”是好多年前的说法了，现在全是净值型，没有保本这回事"),
    ("c", "1", R4, "{mgr}，我儿子跟我说“千万别把账户密码给任何人”，所以你别问我要啊"),
    ("s", "i", R5, "合规问答：Q：客户主动要求“加我个人号”怎么办？A：婉拒，并说明只能通过企业微信服务。{team}"),
    ("s", "1", R2, "额听你说有人讲“庄家要拉升”，那是瞎传的，你莫跟风，额们只看{fut}的公开信息"),
    ("s", "i", R1, "email 抄送：客户 complaint 里提到销售说“零风险”，请 {col} 于本周五前 follow up 并反馈"),
    ("s", "1", R3, "{cn}，您引用的那条“私下交易更划算”，出处是个诈骗网站，我这边已经举报了"),
    ("s", "i", R4, "学习笔记：《证券法》相关规定，“不得接受客户的全权委托”，违者承担相应责任，{col}补充"),
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
# Content checks (shared by generation and by the final self-checks)
# --------------------------------------------------------------------------
def content_errors(cat, kind, labels, speaker_is_staff, content, items=None):
    errs = []
    labels = set(labels)
    norm = kw_norm(content)
    found = kw_rules(norm)
    if cat == "numbers":
        if labels != {"R6"}:
            errs.append("numbers label must be [R6], got %s" % sorted(labels))
        if found:
            errs.append("numbers message contains R1-R5 keywords %s" % sorted(found))
        if kind == "hit":
            runs = digit_runs(content)
            exact = [r for r in runs if exact_valid(r)]
            if not exact:
                errs.append("numbers hit has no valid R6 item")
            for it in items or ():
                if it not in runs or not exact_valid(it):
                    errs.append("intended item %s not read back as an exact valid run" % it)
        else:
            bad = r6_items(content)
            if bad:
                errs.append("numbers near miss contains valid R6 item(s) %s" % bad[:3])
        return errs
    if not labels or not labels <= {"R1", "R2", "R3", "R4", "R5"}:
        errs.append("bad label set %s" % sorted(labels))
    if found != labels:
        errs.append("keyword rules %s != labels %s" % (sorted(found), sorted(labels)))
    if kind == "hit":
        if not speaker_is_staff:
            errs.append("hit not sent by staff")
        if "R2" in labels and not r2_fires(norm):
            errs.append("R2 hit without a firing R2 keyword")
    bad = r6_items(content)
    if bad:
        errs.append("contains valid R6 item(s) %s" % bad[:3])
    return errs


def insert_sep(rng, text, labels):
    cands = []
    for r in labels:
        for kw in KEYWORDS.get(r, ()):
            start = 0
            while True:
                i = text.find(kw, start)
                if i < 0:
                    break
                cands.append((i, kw))
                start = i + 1
    if not cands:
        return text, False
    i, kw = rng.choice(sorted(cands))
    pos = i + rng.randint(1, len(kw) - 1)
    return text[:pos] + rng.choice(SEP_CHOICES) + text[pos:], True


def route(rng, people, speaker, setting):
    if setting == "*":
        setting = "g" if rng.random() < 0.3 else "1"
    if setting == "1":
        staff = rng.choice(STAFF)
        cust = rng.choice(people["customers"])
        if speaker == "s":
            return staff, [cust], "", setting
        return cust, [staff], "", setting
    if setting == "g":
        grp = rng.choice(people["cust_groups"])
    elif setting == "i":
        if speaker != "s":
            raise ValueError("customer in internal group")
        grp = rng.choice(people["internal"])
    else:
        raise ValueError(setting)
    members = list(grp["staff"]) + list(grp["cust"])
    sender = rng.choice(grp["staff"] if speaker == "s" else grp["cust"])
    return sender, [m for m in members if m != sender], grp["room"], setting


def allocate(rng, n_templates, total):
    order = list(range(n_templates))
    rng.shuffle(order)
    picks = [order[i % n_templates] for i in range(total)]
    rng.shuffle(picks)
    return picks


def build():
    """Build every file in memory.  Returns (files, stats, errors)."""
    rng = random.Random(SEED)
    people = make_people(rng)
    errors = []
    files = {}
    stats = {}
    msgtime = BASE_MSGTIME
    seq = BASE_SEQ
    for cat in CATEGORIES:
        drafts = []
        used_contents = set()
        for kind in KINDS:
            tpls = TEMPLATES[cat][kind]
            used_slots = set()
            for tidx in allocate(rng, len(tpls), PER_KIND):
                speaker, setting, labels, text = tpls[tidx]
                tnum = tidx + 1
                last = None
                real_errs = None
                ok = False
                for _attempt in range(600):
                    ctx = {"items": []}
                    content, slotkey = fill(rng, text, ctx)
                    slotkey = (tnum, slotkey)
                    if slotkey in used_slots:
                        last = ["slot combination repeats"]
                        continue
                    if kind == "hit" and cat != "numbers" and rng.random() < SEP_RATE:
                        content, _ = insert_sep(rng, content, labels)
                    if rng.random() < TRAD_RATE:
                        trad = to_trad(content)
                        if fold(trad) != content:
                            last = ["traditional round trip failed"]
                            continue
                        content = trad
                    if content in used_contents:
                        last = ["duplicate content"]
                        continue
                    errs = content_errors(cat, kind, labels, speaker == "s", content, ctx["items"])
                    if errs:
                        last = errs
                        real_errs = errs
                        continue
                    used_slots.add(slotkey)
                    used_contents.add(content)
                    sender, tolist, room, real_setting = route(rng, people, speaker, setting)
                    drafts.append({
                        "kind": kind, "tnum": tnum, "labels": sorted(labels), "from": sender,
                        "tolist": tolist, "roomid": room, "content": content, "setting": real_setting,
                    })
                    ok = True
                    break
                if not ok:
                    errors.append("%s/%s t%02d could not be generated: %s" % (cat, kind, tnum, "; ".join(real_errs or last or [])))
        rng.shuffle(drafts)
        lines = []
        truth = {"hits": {}, "near_misses": {}}
        for i, d in enumerate(drafts, 1):
            msgtime += rng.randint(4_000, 900_000)
            seq += rng.randint(1, 4)
            msgid = "h15_%s_%04d_%s_t%02d" % (cat, i, d["kind"], d["tnum"])
            rec = {
                "msgid": msgid, "action": "send", "from": d["from"], "tolist": d["tolist"],
                "roomid": d["roomid"], "msgtime": msgtime, "seq": seq, "msgtype": "text",
                "text": {"content": d["content"]},
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
            truth["hits" if d["kind"] == "hit" else "near_misses"][msgid] = d["labels"]
        base = "%s/%s/" % (SET_NAME, cat)
        files[base + "corpus.jsonl"] = "\n".join(lines) + "\n"
        files[base + "truth.json"] = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
        stats[cat] = {"internal": sum(1 for d in drafts if d["setting"] == "i")}
    return files, stats, errors, people


# --------------------------------------------------------------------------
# Self-checks on the serialised output
# --------------------------------------------------------------------------
MSGID_RE = re.compile(r"h15_([a-z_]+)_([0-9]{4})_(hit|near)_t([0-9]{2})")
KEY_ORDER = ["msgid", "action", "from", "tolist", "roomid", "msgtime", "seq", "msgtype", "text"]


def self_check(files, people):
    errors = []
    summary = []
    internal_rooms = {g["room"] for g in people["internal"]}
    cust_rooms = {g["room"] for g in people["cust_groups"]}
    all_ids = set()
    for cat in CATEGORIES:
        base = "%s/%s/" % (SET_NAME, cat)
        cpath, tpath = base + "corpus.jsonl", base + "truth.json"
        if cpath not in files or tpath not in files:
            errors.append("%s: missing files" % cat)
            continue
        truth = json.loads(files[tpath])
        if list(truth) != ["hits", "near_misses"]:
            errors.append("%s: truth keys %s" % (cat, list(truth)))
            continue
        records = [json.loads(l) for l in files[cpath].splitlines()]
        tnums = {"hit": set(), "near": set()}
        counts = {"hit": 0, "near": 0}
        last_time = last_seq = None
        n_trad = n_sep = n_group = n_cust = 0
        seen_contents = set()
        for rec in records:
            mid = rec.get("msgid", "")
            where = "%s %s" % (cat, mid)
            if list(rec) != KEY_ORDER:
                errors.append("%s: key order %s" % (where, list(rec)))
            m = MSGID_RE.fullmatch(mid)
            if not m or m.group(1) != cat:
                errors.append("%s: bad msgid" % where)
                continue
            if mid in all_ids:
                errors.append("%s: duplicate msgid" % where)
            all_ids.add(mid)
            kind, tnum = m.group(3), int(m.group(4))
            counts[kind] += 1
            tnums[kind].add(tnum)
            section = "hits" if kind == "hit" else "near_misses"
            if mid not in truth[section]:
                errors.append("%s: not in truth[%s]" % (where, section))
                continue
            labels = truth[section][mid]
            if rec["action"] != "send" or rec["msgtype"] != "text" or list(rec["text"]) != ["content"]:
                errors.append("%s: bad action/msgtype/text" % where)
            if not isinstance(rec["msgtime"], int) or not isinstance(rec["seq"], int):
                errors.append("%s: msgtime/seq not int" % where)
            if last_time is not None and not (rec["msgtime"] > last_time and rec["seq"] > last_seq):
                errors.append("%s: msgtime/seq not strictly increasing" % where)
            last_time, last_seq = rec["msgtime"], rec["seq"]
            sender, tolist, room = rec["from"], rec["tolist"], rec["roomid"]
            s_staff, s_cust = is_staff(sender), is_customer(sender)
            if s_staff == s_cust:
                errors.append("%s: sender shape %s" % (where, sender))
            for t in tolist:
                if is_staff(t) == is_customer(t):
                    errors.append("%s: recipient shape %s" % (where, t))
            if room == "":
                if len(tolist) != 1 or is_staff(tolist[0]) == s_staff:
                    errors.append("%s: one-to-one routing must be staff<->customer with one recipient" % where)
            else:
                n_group += 1
                if not ROOM_RE.fullmatch(room):
                    errors.append("%s: room id shape" % where)
                if len(tolist) < 2 or sender in tolist or len(set(tolist)) != len(tolist):
                    errors.append("%s: group recipients" % where)
                if not (s_staff or any(is_staff(t) for t in tolist)):
                    errors.append("%s: group without staff" % where)
                if room in internal_rooms and not (s_staff and all(is_staff(t) for t in tolist)):
                    errors.append("%s: internal group with a customer" % where)
                if room not in internal_rooms and room not in cust_rooms:
                    errors.append("%s: unknown room" % where)
            if s_cust:
                n_cust += 1
            content = rec["text"]["content"]
            if content in seen_contents:
                errors.append("%s: duplicate content" % where)
            seen_contents.add(content)
            if any(ch in TRAD_CHARS for ch in content):
                n_trad += 1
            if cat != "numbers" and kind == "hit" and kw_count(kw_norm(content)) > kw_count(fold(content)):
                n_sep += 1
            if cat != "numbers" and s_cust and kind == "hit":
                errors.append("%s: customer message labelled as hit" % where)
            for e in content_errors(cat, kind, labels, s_staff, content):
                errors.append("%s: %s" % (where, e))
        for kind in KINDS:
            if counts[kind] != PER_KIND:
                errors.append("%s: %d %s messages, want %d" % (cat, counts[kind], kind, PER_KIND))
            if len(tnums[kind]) < MIN_TEMPLATES:
                errors.append("%s: only %d %s templates" % (cat, len(tnums[kind]), kind))
        if len(truth["hits"]) != PER_KIND or len(truth["near_misses"]) != PER_KIND:
            errors.append("%s: truth sizes %d/%d" % (cat, len(truth["hits"]), len(truth["near_misses"])))
        if cat != "numbers" and n_sep > MAX_SEP_SHARE * counts["hit"]:
            errors.append("%s: %d hits carry keyword separators (> 15%%)" % (cat, n_sep))
        total = len(records)
        summary.append((cat, counts["hit"], len(tnums["hit"]), counts["near"], len(tnums["near"]),
                        100.0 * n_trad / max(total, 1), n_sep, n_group, n_cust))
    total_msgs = sum(s[1] + s[3] for s in summary)
    total_trad = sum(round(s[5] * (s[1] + s[3]) / 100.0) for s in summary)
    if total_msgs and not (0.18 <= total_trad / total_msgs <= 0.32):
        errors.append("traditional share %.1f%% is not about 25%%" % (100.0 * total_trad / total_msgs))
    return errors, summary


def template_errors():
    errs = []
    for cat, kinds in TEMPLATES.items():
        for kind, tpls in kinds.items():
            if len(tpls) < MIN_TEMPLATES:
                errs.append("%s/%s has only %d templates" % (cat, kind, len(tpls)))
            texts = set()
            for i, (spk, setting, labels, text) in enumerate(tpls, 1):
                tag = "%s/%s t%02d" % (cat, kind, i)
                if text in texts:
                    errs.append("%s duplicate template text" % tag)
                texts.add(text)
                if not SLOT_RE.search(text):
                    errs.append("%s has no slot" % tag)
                for name in SLOT_RE.findall(text):
                    if name.split("_")[0] not in SLOTS and name.split("_")[0] not in GENS:
                        errs.append("%s unknown slot %s" % (tag, name))
                if spk not in ("s", "c") or setting not in ("1", "g", "i", "*"):
                    errs.append("%s bad speaker/setting" % tag)
                if setting == "i" and spk != "s":
                    errs.append("%s customer in internal group" % tag)
                if cat != "numbers" and kind == "hit" and spk != "s":
                    errs.append("%s hit by a customer" % tag)
                if any(ch in TRAD_CHARS for ch in text):
                    errs.append("%s contains traditional characters" % tag)
    for name, pool in SLOTS.items():
        for v in pool:
            if any(ch in TRAD_CHARS for ch in v) or kw_rules(kw_norm(v)) or r6_items(v):
                errs.append("slot %s value %s is unsafe" % (name, v))
    for s in STAFF:
        if not is_staff(s):
            errs.append("staff id shape %s" % s)
    return errs


def main(argv):
    if len(argv) != 2:
        print("usage: python3 %s OUT_DIR" % os.path.basename(argv[0]), file=sys.stderr)
        return 2
    out_dir = argv[1]
    errors = template_errors()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    try:
        files1, stats1, errs1, people1 = build()
        files2, stats2, errs2, _ = build()
    except Exception as exc:  # noqa: BLE001 - any failure means nothing is written
        print("ERROR: build failed: %r" % (exc,), file=sys.stderr)
        return 1
    errors.extend(errs1)
    if files1 != files2 or errs1 != errs2 or stats1 != stats2:
        errors.append("build-twice determinism check failed")
    if not errors:
        check_errors, summary = self_check(files1, people1)
        errors.extend(check_errors)
    if errors:
        for e in errors[:200]:
            print("ERROR:", e, file=sys.stderr)
        if len(errors) > 200:
            print("ERROR: ... %d more" % (len(errors) - 200), file=sys.stderr)
        return 1
    for rel, text in sorted(files1.items()):
        path = os.path.join(out_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    print("%s written to %s (seed %d, all self-checks passed, build-twice identical)"
          % (SET_NAME, os.path.join(out_dir, SET_NAME), SEED))
    for cat, nh, th, nn, tn, trad, nsep, ngroup, ncust in summary:
        print("  %-15s hits %3d (%2d templates)  near %3d (%2d templates)  traditional %4.1f%%  "
              "keyword-separator hits %2d  group msgs %3d  customer-sent %3d  internal %3d"
              % (cat, nh, th, nn, tn, trad, nsep, ngroup, ncust, stats1[cat]["internal"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
