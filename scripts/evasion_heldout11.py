#!/usr/bin/env python3
"""Held-out evaluation set #11 for the WeCom (企业微信) chat compliance scanner.

Provenance
----------
Every template, slot list, number generator and the simplified->traditional
table in this file were written for this set only, from general knowledge of
how Chinese-speaking bank / securities broker / fund / insurance sales staff and
their customers chat on WeCom (short messages, voice-to-text run-ons, dialect
particles, typos, emoji, English mixed in, group notices, forwarded text).
The author did not read the scanner's source, its tests, docs or fixtures, the
archive, nor any earlier evasion / held-out set or corpus generator.

Usage
-----
    python3 scripts/evasion_heldout11.py OUT_DIR

For each category C in numbers, rhetorical, prohibition, warning_report,
refusal, quotation it writes

    OUT_DIR/heldout11/C/corpus.jsonl   one WeCom archive "send" text message per line
    OUT_DIR/heldout11/C/truth.json     {"hits": {msgid: [rules]}, "near_misses": {msgid: [rules]}}

with 150 hits and 150 near misses per category.  Standard library only and
fully deterministic (fixed SEED, no clock, no set-order dependence).  Every
self-check runs before anything is written; on failure the errors go to
stderr, the exit status is 1 and no file is written.

Rule pack (tenant default) the labels refer to
----------------------------------------------
R1 guaranteed return   保本 保收益 稳赚不赔 保证收益 零风险 包赚 稳赚
R2 insider info        内幕消息 内部消息 庄家 拉升 (拉升 right after
                       大盘/指数/板块/尾盘/早盘 is market talk, not R2)
R3 private dealing     私下转账 转到我个人 私下交易 飞单 返佣 返点
R4 discretionary       账户密码 帮你操作 代客理财 全权委托
R5 off-channel         私人微信 加我个人号 私人号
   R1-R5 fire on STAFF messages only, never on a customer's message.
R6 personal data       staff and customers: a valid mainland mobile number
                       (1[3-9] + 9 digits), an 18-character resident ID with
                       a valid ISO 7064 MOD 11-2 check character, plausible
                       region and birth date, or a 16-19 digit Luhn-valid
                       bank card number - also when written in Chinese
                       numerals (幺=1, 两=2, 〇/零=0), mixed scripts, full-width
                       digits or split by spaces / punctuation.

A hit's label list is exactly the set of rules that must fire on it; a near
miss's label list is the set of rules it nearly trips (it must fire nothing).
"""

import calendar
import datetime
import json
import os
import random
import re
import string
import sys

SEED = 11_20240611
SET_NAME = "heldout11"
MSGID_PREFIX = "h11"
CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation"]
N_PER_KIND = 150
MIN_TEMPLATES = 30
TRAD_PER_KIND = 38      # ~25 % of messages rendered in traditional characters
SEP_PER_KIND = 23       # ~15 % of sentence-category messages with a split keyword
MIN_LEN, MAX_LEN = 5, 120
BASE_MS = 1_718_064_000_000  # fixed epoch (2024-06-11 00:00 UTC), never the clock

RULES = ["R1", "R2", "R3", "R4", "R5", "R6"]
KEYWORDS = {
    "R1": ["保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"],
    "R2": ["内幕消息", "内部消息", "庄家", "拉升"],
    "R3": ["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    "R4": ["账户密码", "帮你操作", "代客理财", "全权委托"],
    "R5": ["私人微信", "加我个人号", "私人号"],
}
MARKET_WORDS = ("大盘", "指数", "板块", "尾盘", "早盘")

# ---------------------------------------------------------------------------
# simplified -> traditional table (one-to-one, written for this set)
# ---------------------------------------------------------------------------
S2T_PAIRS = """
们們 这這 个個 说說 没沒 为為 么麼 吗嗎 会會 来來 对對 时時 还還 过過 后後 发發 现現
问問 题題 让讓 给給 请請 谢謝 关關 经經 财財 产產 险險 风風 赚賺 赔賠 证證 稳穩 内內
庄莊 转轉 账賬 户戶 码碼 帮幫 权權 托託 号號 单單 飞飛 佣傭 点點 买買 卖賣 银銀 钱錢
万萬 亿億 块塊 张張 刘劉 陈陳 杨楊 黄黃 赵趙 吴吳 孙孫 马馬 郑鄭 罗羅 许許 邓鄧 冯馮
韩韓 龙龍 东東 国國 华華 长長 门門 间間 闻聞 开開 头頭 实實 际際 认認 识識 话話 语語
读讀 课課 训訓 讲講 论論 议議 设設 计計 记記 订訂 谁誰 调調 谈談 该該 详詳 试試 询詢
诉訴 误誤 诺諾 谨謹 骗騙 编編 约約 级級 纪紀 红紅 绝絕 统統 续續 维維 网網 线線 终終
结結 绩績 总總 紧緊 练練 组組 织織 细細 纳納 纸紙 绍紹 络絡 贷貸 费費 资資 贵貴 质質
购購 贴貼 赎贖 货貨 负負 责責 败敗 贝貝 宝寶 写寫 听聽 见見 观觀 规規 视視 览覽 觉覺
亲親 车車 轻輕 较較 软軟 进進 远遠 运運 连連 选選 达達 迟遲 边邊 导導 将將 寿壽 岁歲
历歷 压壓 厉厲 县縣 双雙 变變 叶葉 响響 员員 团團 园園 图圖 场場 坏壞 处處 备備 复復
够夠 妈媽 学學 宁寧 审審 宽寬 寻尋 层層 币幣 师師 带帶 广廣 库庫 应應 异異 当當 录錄
态態 怀懷 恶惡 惊驚 惯慣 爱愛 扰擾 执執 报報 担擔 择擇 挂掛 换換 损損 据據 数數 断斷
无無 旧舊 显顯 书書 杂雜 条條 极極 构構 标標 样樣 检檢 楼樓 欢歡 毕畢 气氣 汇匯 涨漲
润潤 满滿 灵靈 热熱 爷爺 状狀 独獨 环環 电電 疗療 监監 盘盤 础礎 确確 礼禮 种種 称稱
积積 笔筆 简簡 签簽 类類 纠糾 继繼 综綜 义義 习習 联聯 职職 脑腦 脸臉 艺藝 节節 苏蘇
药藥 获獲 营營 虑慮 虽雖 补補 装裝 里裡 评評 诈詐 贸貿 赶趕 趋趨 跃躍 轮輪 载載 辆輛
输輸 适適 递遞 邮郵 释釋 针針 钟鐘 铁鐵 链鏈 销銷 锁鎖 错錯 键鍵 闪閃 闭閉 闲閒 闹鬧
阅閱 队隊 阳陽 阴陰 陆陸 随隨 隐隱 难難 静靜 页頁 顶頂 项項 顺順 须須 顾顧 预預 领領
频頻 颜顏 额額 饭飯 验驗 鱼魚 鸡雞 齐齊 龄齡 丝絲 两兩 严嚴 临臨 丽麗 举舉 乐樂 乡鄉
乱亂 争爭 于於 亏虧 云雲 亚亞 仅僅 从從 仓倉 价價 众眾 优優 伙夥 伟偉 传傳 伤傷 体體
债債 偿償 储儲 儿兒 兑兌 兰蘭 兴興 养養 册冊 军軍 农農 冲衝 决決 况況 净淨 准準 凉涼
减減 几幾 凭憑 击擊 则則 刚剛 创創 删刪 别別 剧劇 劝勸 办辦 务務 动動 劲勁 劳勞 势勢
区區 医醫 协協 卫衛 却卻 厂廠 厅廳 厌厭 参參 叹嘆 吓嚇 启啟 呗唄 嘱囑 围圍 圆圓 坚堅
梦夢 奖獎 妇婦 娱娛 宫宮 尽盡 属屬 岗崗 帐帳 并並 庆慶 废廢 弹彈 强強 归歸 彻徹 忆憶
忧憂 恋戀 悦悅 惧懼 懒懶 戏戲 战戰 扑撲 扩擴 扫掃 抢搶 护護 拟擬 拨撥 挡擋 挤擠 挥揮
捞撈 摆擺 摇搖 携攜 敌敵 晓曉 暂暫 术術 机機 杀殺 枪槍 柜櫃 栏欄 树樹 桥橋 欧歐 残殘
毁毀 汤湯 沟溝 泪淚 泽澤 洁潔 浅淺 测測 济濟 涛濤 渐漸 温溫 湾灣 湿濕 滚滾 灯燈 炉爐
烂爛 烦煩 烧燒 牵牽 犹猶 猪豬 猫貓 献獻 画畫 畅暢 疯瘋 盖蓋 盐鹽 睁睜 砖磚 硕碩 离離
穷窮 窃竊 竞競 筑築 筹籌 粮糧 纯純 纷紛 纽紐 绑綁 绕繞 绘繪 绪緒 绳繩 绵綿 缓緩 缘緣
缩縮 缴繳 罚罰 罢罷 聪聰 肃肅 肠腸 肤膚 胁脅 胜勝 脉脈 腾騰 艰艱 苹蘋 荐薦 荣榮 蓝藍
虾蝦 蚁蟻 蛮蠻 衬襯 誉譽 讨討 讯訊 访訪 诊診 词詞 译譯 诚誠 诞誕 诸諸 谅諒 谊誼 谋謀
谣謠 谦謙 谱譜 贞貞 贡貢 贤賢 贩販 贪貪 贫貧 贯貫 贺賀 赋賦 赏賞 赖賴 赛賽 赞贊 赠贈
赢贏 践踐 踪蹤 轨軌 辅輔 辈輩 辉輝 辞辭 迁遷 迈邁 违違 逊遜 逻邏 遗遺 邻鄰 酱醬 鉴鑒
钓釣 钢鋼 钥鑰 钻鑽 铃鈴 铺鋪 锅鍋 锋鋒 锦錦 镇鎮 镜鏡 闯闖 闷悶 阁閣 阔闊 阶階 隶隸
雾霧 韵韻 顽頑 顿頓 颁頒 颇頗 颗顆 飘飄 饮飲 饰飾 饱飽 饼餅 馆館 驱驅 驻駐 驾駕 驶駛
骂罵 骑騎 鲜鮮 鸟鳥 鸣鳴 鸭鴨 麦麥 蚀蝕 诱誘 惩懲 届屆 扬揚 档檔 尝嘗 划劃 愿願 纤纖
凤鳳 孙孫 织織 举舉 挣掙 剩剩 滞滯 险險 厘釐 筛篩 馈饋 侦偵 询詢 赃贓 拥擁 帜幟 铜銅
业業 专專 与與 丢丟 俩倆 倾傾 党黨 声聲 盗盜 饵餌 迹跡 胆膽 杰傑
"""


def _build_fold_tables(pairs_text):
    chars = [c for c in pairs_text if not c.isspace()]
    if len(chars) % 2:
        raise ValueError("S2T table has an odd number of characters")
    s2t = {}
    for i in range(0, len(chars), 2):
        s, t = chars[i], chars[i + 1]
        if s == t:
            continue  # identical pair: harmless, nothing to convert
        if s in s2t and s2t[s] != t:
            raise ValueError("S2T conflict for %s" % s)
        s2t[s] = t
    t2s = {}
    for s, t in s2t.items():
        if t in t2s and t2s[t] != s:
            raise ValueError("S2T not one-to-one at %s" % t)
        t2s[t] = s
    chained = [t for t in t2s if t in s2t]
    if chained:
        raise ValueError("S2T values that are also keys: %s" % "".join(chained))
    return s2t, t2s


S2T, T2S = _build_fold_tables(S2T_PAIRS)


def to_trad(text):
    return "".join(S2T.get(c, c) for c in text)


def fold(text):
    """Fold our own traditional characters back to simplified."""
    return "".join(T2S.get(c, c) for c in text)


# separators used to split a keyword (the scanner is said to see through them)
KEYWORD_SEPS = [" ", "-", "/", "\u200b", "·", "_", "*", ".", "\u200c", "|", "\u3000", "~",
                "💰", "🔥", "✨", "👉", "\ufeff"]
KEYWORD_SEP_SET = set(KEYWORD_SEPS)


def strip_seps(text):
    return "".join(c for c in text if c not in KEYWORD_SEP_SET)


def keyword_hits(text, strict_r2):
    """Rules whose keywords occur in text (after folding and removing separators).

    strict_r2: ignore 拉升 directly preceded by a market word (what must fire);
    otherwise count it too (what a near miss "nearly trips")."""
    s = strip_seps(fold(text))
    found = []
    for rule in ["R1", "R2", "R3", "R4", "R5"]:
        hit = False
        for kw in KEYWORDS[rule]:
            start = s.find(kw)
            while start != -1:
                if kw == "拉升" and strict_r2 and s[max(0, start - 2):start] in MARKET_WORDS:
                    start = s.find(kw, start + 1)
                    continue
                hit = True
                break
            if hit:
                break
        if hit:
            found.append(rule)
    return found


# ---------------------------------------------------------------------------
# personal-data numbers
# ---------------------------------------------------------------------------
DIGITS = "0123456789"
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
             "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
             "61", "62", "63", "64", "65", "71", "81", "82"}
REGIONS = ["110101", "110105", "110108", "120101", "130102", "140105", "150102", "210102",
           "220102", "230103", "310104", "310115", "320102", "320106", "330102", "330106",
           "340104", "350203", "360102", "370102", "370202", "410105", "420106", "430104",
           "440106", "440304", "440305", "450103", "460106", "500103", "510104", "510107",
           "520102", "530102", "610113", "620102", "640104", "650102"]
MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                   "145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
                   "159", "166", "170", "171", "173", "175", "176", "177", "178", "180",
                   "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
                   "193", "195", "196", "198", "199"]
CARD_PREFIXES = [("622202", 19), ("621700", 19), ("622848", 19), ("621483", 16),
                 ("622588", 16), ("436742", 19), ("622700", 19), ("621226", 19),
                 ("622260", 19), ("621661", 19), ("622155", 16), ("625965", 16),
                 ("628258", 16), ("622609", 16), ("621799", 19), ("623668", 19),
                 ("622150", 19), ("518710", 16), ("621098", 18), ("620522", 17)]
MOBILE_RE = re.compile(r"1[3-9]\d{9}")

CN_TO_DIGIT = {"零": "0", "〇": "0", "○": "0", "一": "1", "幺": "1", "二": "2", "两": "2",
               "兩": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
               "九": "9"}
for _i in range(10):
    CN_TO_DIGIT[chr(0xFF10 + _i)] = str(_i)
NUM_JOINERS = set(" \u3000\u00a0-.·,，、/_")


def luhn_ok(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    for d in DIGITS:
        if luhn_ok(body + d):
            return d
    raise AssertionError("unreachable")


def id_check_char(body17):
    return ID_CHECK[sum(int(d) * w for d, w in zip(body17, ID_WEIGHTS)) % 11]


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit() or s[17] not in DIGITS + "X":
        return False
    if s[:2] not in PROVINCES:
        return False
    try:
        born = datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not (datetime.date(1900, 1, 1) <= born <= datetime.date(2024, 12, 31)):
        return False
    return id_check_char(s[:17]) == s[17]


def classify_run(run):
    kinds = []
    if len(run) == 11 and MOBILE_RE.fullmatch(run):
        kinds.append("mobile")
    if len(run) == 18 and id_valid(run):
        kinds.append("id")
    if 16 <= len(run) <= 19 and run.isdigit() and luhn_ok(run):
        kinds.append("card")
    return kinds


def digit_runs(text):
    """Digit strings as a reader would see them: traditional folded, Chinese
    numerals and full-width digits read as digits, digits joined across
    spaces / punctuation, a trailing X kept after 17 digits."""
    t = []
    for c in fold(text):
        c = CN_TO_DIGIT.get(c, c)
        if c in ("x", "Ｘ", "ｘ"):
            c = "X"
        t.append(c)
    runs, cur, i, n = [], "", 0, len(t)
    while i < n:
        c = t[i]
        if c in DIGITS:
            cur += c
            i += 1
            continue
        if c == "X" and len(cur) == 17:
            runs.append(cur + "X")
            cur = ""
            i += 1
            continue
        if c in NUM_JOINERS and cur:
            j = i
            while j < n and t[j] in NUM_JOINERS:
                j += 1
            if j < n and t[j] in DIGITS:
                i = j
                continue
        if cur:
            runs.append(cur)
            cur = ""
        i += 1
    if cur:
        runs.append(cur)
    return runs


def valid_numbers(text):
    return [(run, kinds) for run in digit_runs(text) for kinds in [classify_run(run)] if kinds]


# ---- generators ------------------------------------------------------------

def _digits(rng, n, first=DIGITS):
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def gen_mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


def _birth(rng, lo=1952, hi=2004):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return "%04d%02d%02d" % (y, m, d)


def gen_id(rng):
    want_x = rng.random() < 0.2
    while True:
        body = rng.choice(REGIONS) + _birth(rng) + "%03d" % rng.randint(1, 999)
        full = body + id_check_char(body)
        if want_x and full[-1] != "X":
            continue
        return full


def gen_card(rng):
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn_digit(body)


def _not_valid(ds):
    return not classify_run(ds)


def gen_bad_card(rng):
    while True:
        c = gen_card(rng)
        b = c[:-1] + rng.choice([d for d in DIGITS if d != c[-1]])
        if _not_valid(b):
            return b


def gen_bad_id(rng):
    while True:
        v = gen_id(rng)
        b = v[:-1] + rng.choice([d for d in DIGITS + "X" if d != v[-1]])
        if _not_valid(b):
            return b


def gen_bad_date_id(rng):
    while True:
        y = rng.randint(1960, 2000)
        body = rng.choice(REGIONS) + "%04d%02d%02d" % (y, rng.choice([13, 14, 15, 18, 0]),
                                                       rng.randint(1, 28)) + "%03d" % rng.randint(1, 999)
        b = body + id_check_char(body)
        if _not_valid(b):
            return b


def gen_id17(rng):
    while True:
        b = gen_id(rng)[:17]
        if _not_valid(b):
            return b


def gen_id15(rng):
    return rng.choice(REGIONS) + _birth(rng, 1950, 1980)[2:] + "%03d" % rng.randint(1, 999)


def gen_mob_short(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 7)


def gen_mob_long(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 9)


def gen_mob_badprefix(rng):
    return "1" + rng.choice("012") + _digits(rng, 9)


def gen_card15(rng):
    return rng.choice(["37", "34", "62", "35"]) + _digits(rng, 13)


def gen_vcode(rng):
    return _digits(rng, rng.choice([4, 6, 6, 6]))


def gen_custno(rng):
    return _digits(rng, 10, "123456789")


def gen_qq(rng):
    return _digits(rng, rng.choice([8, 9, 9, 10]), "123456789")


def gen_order(rng):
    while True:
        n = rng.choice([12, 13, 14, 15, 16, 17, 18, 19, 20, 21])
        b = "20" + rng.choice(["24", "25"]) + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        b += _digits(rng, n - len(b))
        if _not_valid(b):
            return b


def gen_serial(rng):
    return _digits(rng, rng.randint(20, 24), "123456789")


def gen_last4(rng):
    return _digits(rng, 4)


# valid kinds and digit-string near-miss kinds share the renderer
NUMBER_GEN = {
    "mob": (gen_mobile, "mob", True),
    "idn": (gen_id, "id", True),
    "card": (gen_card, "card", True),
    "bad_card": (gen_bad_card, "card", True),
    "bad_id": (gen_bad_id, "id", True),
    "bad_date_id": (gen_bad_date_id, "id", True),
    "id17": (gen_id17, "id", True),
    "id15": (gen_id15, "id", True),
    "mob_short": (gen_mob_short, "mob", True),
    "mob_long": (gen_mob_long, "mob", True),
    "mob_badprefix": (gen_mob_badprefix, "mob", True),
    "card15": (gen_card15, "card", True),
    "vcode": (gen_vcode, "gen", True),
    "custno": (gen_custno, "gen", True),
    "qq": (gen_qq, "gen", True),
    "last4": (gen_last4, "gen", True),
    "order": (gen_order, "gen", False),
    "serial": (gen_serial, "gen", False),
}
VALID_KINDS = ("mob", "idn", "card")

HIT_STYLES = [("plain", 10), ("group", 15), ("cn", 20), ("cn_group", 12), ("mixed", 18),
              ("spaced", 8), ("full", 7), ("punct", 10)]
NM_STYLES = [("plain", 38), ("group", 20), ("cn", 14), ("cn_group", 6), ("mixed", 10),
             ("spaced", 4), ("punct", 8)]
STYLE_GROUPS = {
    "cn": ["cn", "cn_group"],
    "mixed": ["mixed"],
    "sep": ["group", "spaced", "punct", "cn_group"],
    "plain": ["plain", "group"],
}
FULLWIDTH = {d: chr(0xFF10 + int(d)) for d in DIGITS}


def split_groups(ds, shape):
    n = len(ds)
    if shape == "mob":
        sizes = [3, 4, n - 7]
    elif shape == "id" and n >= 17:
        sizes = [6, 8, n - 14]
    elif shape == "id" and n == 15:
        sizes = [6, 6, 3]
    else:
        sizes = []
        left = n
        while left > 0:
            sizes.append(min(4, left))
            left -= 4
    out, pos = [], 0
    for s in sizes:
        if s > 0:
            out.append(ds[pos:pos + s])
            pos += s
    return out


def cn_mapper(rng):
    m = {"0": rng.choice(["零", "〇", "零"]), "1": "幺" if rng.random() < 0.4 else "一",
         "2": "两" if rng.random() < 0.2 else "二", "3": "三", "4": "四", "5": "五",
         "6": "六", "7": "七", "8": "八", "9": "九"}
    return lambda s: "".join(m.get(c, c) for c in s)


def render_number(ds, shape, style, rng):
    if ds.endswith("X") and rng.random() < 0.2:
        ds = ds[:-1] + "x"
    groups = split_groups(ds, shape)
    cn = cn_mapper(rng)
    if style == "plain":
        return ds
    if style == "group":
        return rng.choice([" ", "-", " "]).join(groups)
    if style == "cn":
        return cn(ds)
    if style == "cn_group":
        return rng.choice([" ", "，", " ", "、"]).join(cn(g) for g in groups)
    if style == "mixed":
        flags = [rng.random() < 0.5 for _ in groups]
        if all(flags):
            flags[rng.randrange(len(flags))] = False
        if not any(flags):
            flags[rng.randrange(len(flags))] = True
        return rng.choice(["", "", " "]).join(cn(g) if f else g for g, f in zip(groups, flags))
    if style == "spaced":
        return " ".join(ds)
    if style == "full":
        fw = ["".join(FULLWIDTH.get(c, c) for c in g) for g in groups]
        return (" " if rng.random() < 0.4 else "").join(fw)
    if style == "punct":
        return rng.choice([".", "/", "·", "，", "、"]).join(groups)
    raise ValueError(style)


def pick_style(rng, group, kind, cn_ok):
    if group:
        return rng.choice(STYLE_GROUPS[group])
    table = HIT_STYLES if kind in VALID_KINDS else NM_STYLES
    if not cn_ok:
        table = [("plain", 3), ("group", 2)]
    return rng.choices([s for s, _ in table], [w for _, w in table])[0]


def number_slot(kind):
    gen, shape, cn_ok = NUMBER_GEN[kind]

    def slot(rng, group, ctx):
        ds = gen(rng)
        style = pick_style(rng, group, kind, cn_ok)
        ctx["valid" if kind in VALID_KINDS else "bad"].append((kind, ds, style))
        return render_number(ds, shape, style, rng)
    return slot


# ---- formatted near-miss numbers (amounts, dates, landlines, masked ...) -----

def _fmt(fn):
    def slot(rng, group, ctx):
        s = fn(rng)
        ctx["bad"].append((fn.__name__, s, "fmt"))
        return s
    return slot


def money(rng):
    n = rng.choice([rng.randint(1, 200) * 1000, rng.randint(1, 99) * 10000,
                    rng.randint(1000, 99999), rng.randint(1, 20) * 50000])
    form = rng.randrange(4)
    if form == 0:
        return "{:,}".format(n)
    if form == 1:
        return "{:,}.00".format(n)
    if form == 2:
        return "%d.%02d" % (n, rng.randint(0, 99))
    return str(n)


def date(rng):
    y, m, d = rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d-%02d-%02d" % (y, m, d), "%d/%d/%d" % (y, m, d),
                       "%d.%02d.%02d" % (y, m, d), "%d%02d%02d" % (y, m, d),
                       "%d年%d月%d日" % (y, m, d)])


def landline(rng):
    area = rng.choice(["010", "021", "020", "0755", "028", "0571", "025", "027", "023"])
    local = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
    return rng.choice(["%s-%s" % (area, local), "(%s)%s" % (area, local),
                       "%s %s %s" % (area, local[:4], local[4:])])


def hotline(rng):
    return rng.choice(["95" + _digits(rng, 3), "400-%s-%s" % (_digits(rng, 3), _digits(rng, 4)),
                       "400" + _digits(rng, 7), "95" + _digits(rng, 3)])


def masked_card(rng):
    p = rng.choice(CARD_PREFIXES)[0][:4]
    tail = _digits(rng, 4)
    return rng.choice(["%s **** **** %s" % (p, tail), "%s********%s" % (p, tail),
                       "%s ***** %s" % (p, tail)])


def masked_mob(rng):
    return "%s****%s" % (rng.choice(MOBILE_PREFIXES), _digits(rng, 4))


def id_last4(rng):
    return _digits(rng, 3) + rng.choice(DIGITS + "XX")


def policy(rng):
    while True:
        s = rng.choice(["P" + _digits(rng, 14, "123456789"),
                        "BD%d%s" % (rng.choice([2024, 2025]), _digits(rng, 8)),
                        "ZX-%s-%s" % (_digits(rng, 4), _digits(rng, 6)),
                        "8" + _digits(rng, 9) + "GS" + _digits(rng, 4)])
        if all(_not_valid(r) for r in digit_runs(s)):
            return s


def pcode(rng):
    return rng.choice(["000001", "110022", "161725", "510300", "159915", "519674", "005827",
                       "001938", "163406", "260108", "012348", "588000"])


def contract(rng):
    return rng.choice(["HT-%d-%s-%s" % (rng.choice([2024, 2025]), _digits(rng, 4), _digits(rng, 4)),
                       "ZQHT%s" % _digits(rng, 10), "No.%s" % _digits(rng, 8)])


def ticket(rng):
    return "GD" + _digits(rng, 14, "2")


def express(rng):
    return rng.choice(["SF" + _digits(rng, 12, "123456789"), "YT" + _digits(rng, 13, "123456789"),
                       "JDV" + _digits(rng, 12, "123456789")])


def meeting(rng):
    return rng.choice(["%s %s %s" % (_digits(rng, 3, "123456789"), _digits(rng, 3), _digits(rng, 3)),
                       "%s-%s-%s" % (_digits(rng, 3, "123456789"), _digits(rng, 3), _digits(rng, 4))])


def nav(rng):
    return rng.choice(["1.%04d" % rng.randint(0, 9999), "0.9%03d" % rng.randint(0, 999)])


def bp(rng):
    return "%.2f%%" % (rng.randint(1, 250) / 100.0)


def amt_digits(rng):
    return rng.choice(["50000", "100000", "200000", "300000", "500000", "1000000", "80000"])


def corp_acct(rng):
    while True:
        ds = _digits(rng, rng.choice([12, 13, 14, 15, 20, 21, 22]), "123456789")
        if _not_valid(ds):
            return " ".join(ds[i:i + 4] for i in range(0, len(ds), 4))


# ---------------------------------------------------------------------------
# slot pools
# ---------------------------------------------------------------------------
POOLS = {
    "name": ["王姐", "李哥", "张总", "陈阿姨", "刘老师", "周先生", "黄小姐", "老赵", "小林", "孙叔",
             "何生", "梁太", "吴老板", "郑姐", "马总", "杨阿姨", "唐哥", "许老师", "冯姐", "韩哥"],
    "mgr": ["王经理", "李经理", "张主管", "陈总监", "刘经理", "小周"],
    "colleague": ["小陈", "小刘", "老何", "新来的小王", "隔壁组的阿杰"],
    "cname": ["王建国", "李秀英", "张伟", "刘芳", "陈明", "杨静", "赵磊", "黄丽", "周洋", "吴敏"],
    "prod": ["稳盈180天", "鑫享年年", "安心添利", "月月盈", "季季红", "天天利", "增额终身寿",
             "福满堂年金", "睿远成长", "红利低波", "中证500增强", "科创50ETF", "大额存单",
             "收益凭证", "固收+", "养老FOF", "现金宝", "悦享1号", "这款年金险", "这只债基"],
    "stock": ["中石油", "宁德", "茅台", "那只军工股", "东方财富", "比亚迪", "中芯", "那只券商股",
              "小米", "长江电力", "某光伏龙头", "那只医药股"],
    "amt": ["5万", "20万", "50w", "100万", "三十万", "八万块", "两百万", "十万", "30W", "一百万"],
    "pct": ["4.5%", "百分之五", "五个点", "6个点", "3.85%", "百分之八", "7%", "5.2%", "两个点",
            "4个点"],
    "when": ["明天", "下周", "月底前", "周五", "节后", "下个月", "这周", "后天", "下周一"],
    "bank": ["工行", "建行", "招行", "农行", "中行", "交行", "浦发", "中信", "兴业", "平安银行"],
    "years": ["三年", "两年", "五年", "好几年", "七八年", "十来年"],
    "e": ["", "", "", "", "😊", "👍", "🙏", "😂", "[微笑]", "[抱拳]", "🤝", "[OK]", "😄", "🌹",
          "👌", "[呲牙]", "～", "😅"],
    "p": ["", "", "哈", "哦", "啦", "呢", "嘛", "呀", "哈哈", "喔", "~", "滴"],
}


def pool_slot(name):
    values = POOLS[name]

    def slot(rng, group, ctx):
        return rng.choice(values)
    return slot


SLOTS = {name: pool_slot(name) for name in POOLS}
for _k in NUMBER_GEN:
    SLOTS[_k] = number_slot(_k)
for _fn in (money, date, landline, hotline, masked_card, masked_mob, id_last4, policy, pcode,
            contract, ticket, express, meeting, nav, bp, amt_digits, corp_acct):
    SLOTS[_fn.__name__] = _fmt(_fn)
# digit-string near-miss kinds whose digits must appear verbatim as a run
EXACT_BAD = {"bad_card", "bad_id", "bad_date_id", "id17", "id15", "mob_short", "mob_long",
             "mob_badprefix", "card15", "vcode", "custno", "qq", "order", "serial", "last4"}

SLOT_RE = re.compile(r"\{([a-z0-9_]+)(?:\|([a-z_]+))?\}")


def fill(template, rng, ctx):
    return SLOT_RE.sub(lambda m: SLOTS[m.group(1)](rng, m.group(2), ctx), template)


# ---------------------------------------------------------------------------
# templates: (sender role S=staff C=customer, chat mode, labels, text)
# mode: 1 = one-to-one with a customer (or staff), c = staff to a colleague,
#       g = customer group, i = internal staff group, a = 1 or g
# ---------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["numbers"] = {
    "hit": [
        ("C", "1", "R6", "我手机号{mob}，你直接打过来{e}"),
        ("C", "1", "R6", "喂 你记一下啊 我电话是{mob|cn} 下午都在"),
        ("S", "1", "R6", "{name}您好，我是您的客户经理，有事可打我电话{mob}{e}"),
        ("C", "1", "R6", "身份证号{idn}，开户用的{e}"),
        ("C", "1", "R6", "卡号{card}，工资卡{p}，帮我看看能不能绑"),
        ("S", "g", "R6", "@{name} 您的开户信息核对下：身份证{idn}，没问题回个好"),
        ("C", "1", "R6", "收益打到这张卡上吧 {card} 户名我本人{e}"),
        ("C", "1", "R6", "我老婆的号码{mob}，以后找不到我就找她{e}"),
        ("S", "1", "R6", "您看下这张卡{card}是不是您本人的{p}？系统显示不一致"),
        ("C", "1", "R6", "证件号码 {idn} 麻烦帮我查下风险测评过期没{e}"),
        ("C", "1", "R6", "哦哦 我的银行卡号是{card|cn} 对吧你记下{e}"),
        ("C", "1", "R6", "新号码：{mob} 旧的不用了{e}"),
        ("S", "c", "R6", "帮我查下这个客户 {idn} 的持仓，他在柜台等着{e}"),
        ("C", "1", "R6", "我部手機係{mob}{p}，打嚟啦"),
        ("C", "1", "R6", "我屋头电话{mob}，莫得事莫打{p}"),
        ("S", "1", "R6", "已经帮您登记了{p}，预留手机号{mob}，对吗？"),
        ("C", "1", "R6", "身份证是{idn|cn}{e}"),
        ("C", "1", "R6", "打款账户 {card}  开户行{bank}{e}"),
        ("C", "g", "R6", "群里问下 我这个卡{card}为啥转不进去啊{e}"),
        ("C", "1", "R6", "电话{mob|sep} 号码别告诉别人{p}"),
        ("S", "1", "R6", "To {name}: pls call me at {mob}, thx{e}"),
        ("C", "1", "R6", "就是那个{mob|mixed}嘛，你刚才拨错了{e}"),
        ("C", "1", "R6", "登记一下我儿子的：{idn}，他下个月满十八{e}"),
        ("C", "1", "R6", "我念你听{p} {card|cn} 就这个"),
        ("S", "1", "R6", "核对一下您的证件，系统里是{idn}，您看对不对{e}"),
        ("C", "1", "R6", "咋还要卡号{p} 行吧 {card}"),
        ("C", "1", "R6", "联系人电话{mob}（我女儿）{e}"),
        ("S", "g", "R6", "【客户登记】姓名：{cname} 电话：{mob} 意向：{prod}"),
        ("C", "1", "R6", "mobile: {mob}  email就不留了{e}"),
        ("C", "1", "R6", "卡号是这个→{card}←别弄错{p}"),
        ("C", "1", "R6", "嗯嗯 身份证{idn|sep} 开户用{e}"),
        ("S", "1", "R6", "您的到账卡号{card}{p}，确认下尾号对得上吧"),
        ("C", "1", "R6", "不好意思刚换号 新的是{mob|cn} 存一下{e}"),
        ("C", "1", "R6", "幫我改埋聯絡電話做{mob}啦{e}"),
        ("C", "1", "R6", "开户资料：身份证{idn} 手机{mob}{e}"),
        ("C", "1", "R6", "我身份证{idn}{p} 我爸的也要吗"),
    ],
    "nm": [
        ("C", "1", "R6", "订单号{order}{p}，麻烦查下到哪了"),
        ("S", "1", "R6", "您的验证码{vcode}，请于五分钟内输入，勿告诉他人{e}"),
        ("S", "1", "R6", "本次申购金额¥{money}，已扣款成功{e}"),
        ("C", "1", "R6", "我卡尾号{last4}{p}，钱到没到"),
        ("S", "1", "R6", "保单号{policy}，纸质合同三个工作日内寄出{e}"),
        ("S", "g", "R6", "客服热线{hotline}，工作日九点到五点{e}"),
        ("C", "1", "R6", "我电话{mob_short} 你打打看{e}"),
        ("C", "1", "R6", "号码是{mob_badprefix}{p}，咋打不通"),
        ("S", "1", "R6", "办公室座机{landline}{p}，有事打这个"),
        ("S", "1", "R6", "您身份证后四位{id_last4}对吧{e}"),
        ("S", "1", "R6", "系统显示您的卡号是{masked_card}，对吗{e}"),
        ("S", "1", "R6", "预留手机{masked_mob}{p}，验证码发这个号上了"),
        ("C", "1", "R6", "卡号{bad_card}，你看看对不对{e}"),
        ("C", "1", "R6", "身份证号{bad_id}{e}"),
        ("S", "1", "R6", "到期日{date}{p}，到期后自动赎回到账"),
        ("S", "1", "R6", "产品代码{pcode}，您在APP里搜这个就行{e}"),
        ("C", "1", "R6", "合同编号{contract} 我签完了{e}"),
        ("S", "1", "R6", "转账流水号{serial}{p}，可以拿去柜台查"),
        ("C", "1", "R6", "电话是{mob_long}吗？好像多了一位{e}"),
        ("C", "1", "R6", "我电话{mob_short|cn}，你再试下{e}"),
        ("S", "1", "R6", "{name}，您的客户号是{custno}，登录用这个{e}"),
        ("C", "1", "R6", "老身份证是十五位的 {id15} 还能用不{e}"),
        ("S", "1", "R6", "您填的身份证{id17}少了一位{p}，麻烦再核对下"),
        ("S", "g", "R6", "今日净值{nav}，较昨日上涨{bp}{e}"),
        ("C", "1", "R6", "打了{amt_digits}过去了{p} 你查收下"),
        ("S", "g", "R6", "会议号{meeting} 入会密码{vcode}，晚上八点准时开始{e}"),
        ("S", "g", "R6", "【活动】{date}起申购满{amt_digits}元送礼品，详询{hotline}{e}"),
        ("C", "1", "R6", "QQ号{qq}{p}，你加我也行"),
        ("S", "1", "R6", "您的工单编号{ticket}，已提交后台处理{e}"),
        ("C", "1", "R6", "我卡号是{bad_card|cn}，对吧{e}"),
        ("S", "1", "R6", "快递单号{express}{p}，明天到"),
        ("C", "1", "R6", "那个号码{mob_badprefix|cn}打不通啊{e}"),
        ("S", "1", "R6", "身份证{bad_date_id}这个出生日期不对吧{p}，哪有这个月份"),
        ("C", "1", "R6", "信用卡账单{money}元，最后还款日{date}{e}"),
        ("S", "1", "R6", "收款账号（对公）{corp_acct}，户名请填公司全称{e}"),
        ("C", "1", "R6", "卡号{card15}，好像少一位？{e}"),
        ("C", "1", "R6", "喂我电话是{mob_short|cn}那个你记一下{e}"),
        ("C", "1", "R6", "身份证{bad_id|cn} 你帮我填一下{e}"),
    ],
}

TEMPLATES["rhetorical"] = {
    "hit": [
        ("S", "a", "R1", "{name}，这不就是保本吗？到期本金一分不少还给你{e}"),
        ("S", "1", "R1", "难道{prod}还能亏了不成？跟保本有啥两样{p}"),
        ("S", "1", "R1", "谁说不是稳赚不赔？我手上的客户买了{years}没亏过一分{e}"),
        ("S", "1", "R1", "你说这算不算包赚{p}？{pct}白纸黑字写着的"),
        ("S", "1", "R1", "零风险的东西还犹豫啥呢{name}{e}"),
        ("S", "1", "R1", "怕啥子嘛{name}，保本的产品还能跑了不成"),
        ("S", "1", "R1", "年化{pct}还保本 这种好事还用说吗 赶紧的{e}"),
        ("S", "1", "R1", "稳赚的买卖你为什么不多投点呢？{amt}都嫌少"),
        ("S", "1", "R1", "咋可能亏嘛{name} 这不是稳赚是啥"),
        ("S", "1", "R1", "唔通{prod}會蝕咩？保本㗎嘛，放心啦{e}"),
        ("S", "1", "R1", "係咪穩賺先？梗係啦，我自己都買咗{amt}"),
        ("S", "1", "R1", "何必存定期呢，{prod}保收益还比定期高一截{p}"),
        ("S", "1", "R1", "放银行也是放，这边保证收益{pct}你不要？"),
        ("S", "a", "R1", "哪个说不保本的？{name}你叫他来找我对质{e}"),
        ("S", "1", "R1", "有什么理由不上车？稳赚啊{name}{e}"),
        ("S", "1", "R1", "保本保息的你还挑啥子嘛{name}，别个抢都抢不到"),
        ("S", "1", "R1", "这还能不是零风险？{prod}背后是国企兜底的{e}"),
        ("S", "1", "R1", "不买白不买{p} 包赚的事儿谁不干啊"),
        ("S", "1", "R1", "你见过{prod}亏过吗？没有吧，那不就等于保本{e}"),
        ("S", "1", "R1", "我骗你干嘛{name}，稳赚不赔的东西我自己家里人都买了"),
        ("S", "1", "R1", "难道你觉得我会推亏钱的给你？放心保本的{e}"),
        ("S", "g", "R1", "各位老板，稳赚不赔的机会不抓住，等什么呢？{when}截止{e}"),
        ("S", "1", "R1", "本金有保障收益也定死了 不是保证收益是什么{p} 你品你细品"),
        ("S", "1", "R1", "why not？{prod}真的是zero risk 零风险啊{e}"),
        ("S", "1", "R1", "保不保本？肯定保本啊{p}，我还能坑你不成"),
        ("S", "1", "R1", "喂{name}我跟你讲你还怕啥嘛到期本金利息一分不少不就是保本吗你说是不是"),
        ("S", "1", "R1", "莫得风险的嘛{name}，不就是保本的？你还在犹豫啥子"),
        ("S", "1", "R1", "稳不稳？稳赚！还要我说几遍{p}"),
        ("S", "1", "R2", "这不就是内幕消息吗？{stock}{when}要拉升，你还不上车{p}"),
        ("S", "1", "R2", "难道我会拿内部消息骗你{p}？朋友就在公司里头"),
        ("S", "1", "R2", "庄家都进场了{name}，你说{stock}还会跌吗？"),
        ("S", "1", "R2", "为啥不趁庄家还没拉升先埋伏{stock}呢{e}"),
        ("S", "g", "R2", "有内部消息不跟，难不成等别人吃肉你喝汤？{e}"),
        ("S", "1", "R2", "你以为我哪来的内幕消息{p}？还不是老同学在券商"),
        ("S", "1", "R2", "{stock}{when}拉不拉升？肯定拉升啊，消息都传到我这了"),
        ("S", "1", "R3", "为什么不私下转账呢{name}，手续费都省了{e}"),
        ("S", "1", "R3", "走公司流程多麻烦，直接转到我个人不就好了{p}？"),
        ("S", "1", "R3", "返佣{pct}你还不要？别家可没有{e}"),
        ("S", "1", "R3", "飞单咋了嘛{name}，收益高不就行了"),
        ("S", "1", "R3", "私下交易谁知道啊？你不说我不说{e}"),
        ("S", "1", "R3", "返点直接给你不香吗{name}{e}"),
        ("S", "1", "R3,R6", "何必去柜台排队呢？转到我个人卡上{card}就行{e}"),
        ("S", "1", "R4", "把账户密码给我不就完事了{name}，你还自己折腾啥"),
        ("S", "1", "R4", "你上班那么忙何必自己盯盘？我帮你操作呗{e}"),
        ("S", "1", "R4", "全权委托给我有什么不放心的{p}？我做了{years}了"),
        ("S", "1", "R4", "代客理财又咋了{p}，哪个客户经理不这么弄？"),
        ("S", "1", "R4", "你不会弄APP？那我帮你操作不就得了嘛{e}"),
        ("S", "1", "R5", "加我个人号不是更方便吗{name}？这个号晚上我不看"),
        ("S", "1", "R5", "这边消息都存档的，私人微信聊不好吗{e}"),
        ("S", "1", "R5", "为什么不加我私人号呢，有好东西私下发你{e}"),
        ("S", "1", "R5,R6", "工作号有啥好聊的{p}，私人微信就是我手机号{mob}，加一下咯"),
        ("S", "1", "R5", "甭在这儿聊了{name}，加我个人号不就得了"),
    ],
    "nm": [
        ("S", "1", "R1", "哪有什么稳赚不赔的产品{p}？投资都有风险的{e}"),
        ("S", "1", "R1", "保本？资管新规以后哪还有保本的理财呀{name}"),
        ("S", "1", "R1", "谁跟您说能包赚的？这种话千万别信{e}"),
        ("S", "1", "R1", "您是想问{prod}保不保本对吧？它不保本，属于中低风险{e}"),
        ("S", "1", "R1", "难道您没听说吗{name}，现在理财都打破刚兑了，不存在保本这回事"),
        ("S", "1", "R2", "内幕消息能信吗{p}？那都是割韭菜的"),
        ("S", "1", "R2", "庄家？现在哪还有什么庄家{name}，都是机构资金在博弈"),
        ("S", "g", "R2", "大盘拉升了这么多，大家是不是该考虑止盈了？{e}"),
        ("S", "1", "R2", "尾盘拉升是不是主力资金进来了？说实话我也判断不了{e}"),
        ("S", "1", "R3", "怎么可能让您转到我个人账户呢？都是对公账户收款的{e}"),
        ("S", "1", "R3", "私下转账出了事谁负责{p}？所以一定要走柜台"),
        ("S", "1", "R4", "我要您账户密码干嘛{p}？您自己保管好"),
        ("S", "1", "R4", "代客理财是违规的，您觉得我会拿饭碗冒这个险吗{e}"),
        ("S", "1", "R5", "加私人微信？公司不允许的{p}，有事企业微信找我就行"),
        ("C", "1", "R1", "这个到底保不保本啊{e} 我妈的养老钱"),
        ("C", "1", "R2", "你们有没有内部消息啊 透露点呗{e}"),
        ("C", "1", "R3", "能不能私下转账给你啊 省得跑一趟{e}"),
        ("C", "1", "R5", "加你私人微信行不{p} 这个企业微信我老找不到"),
        ("C", "1", "R4", "我把账户密码给你 你帮我弄得了{e}"),
        ("S", "1", "R3", "飞单？我们这都是系统录单，您随时可以在APP里查的{e}"),
        ("S", "1", "R3", "返佣这种东西我们这边没有{p}，您是从哪听说的？"),
        ("S", "1", "R1", "您问稳赚吗？没有稳赚的{p}，只能说{prod}波动相对小一点"),
        ("S", "1", "R1", "零风险？存款都有保险上限，理财怎么可能零风险呢{name}"),
        ("C", "g", "R1", "有没有那种零风险的啊{e} 年纪大了经不起折腾"),
        ("S", "1", "R4", "您是问能不能帮你操作吗？不能哦，得您本人在手机上确认{e}"),
        ("S", "1", "R1", "稳赚不赔？要真有这种产品我早辞职自己买了{e}"),
        ("S", "1", "R2", "早盘拉升那么猛，您是想问要不要追吗？我建议别追高{e}"),
        ("S", "1", "R1", "唔係保本㗎{name}，邊個同你講保本㗎？"),
        ("S", "1", "R5", "我有私人号也不能给您呀{name}，合规会查的"),
        ("S", "1", "R3", "返点？您觉得持牌机构会搞返点吗{p}，不可能的"),
        ("C", "1", "R1", "上次那个经理说保证收益{pct}，是真的吗？"),
        ("S", "1", "R4", "全权委托？那您自己的钱自己不管了吗{name}？还是您自己拿主意吧"),
        ("S", "1", "R2", "板块拉升就一定是有庄家？不一定{p}，很多是政策面的消息"),
        ("S", "1", "R1", "谁敢跟您保证收益啊{name}？敢说的都是违规的"),
        ("C", "1", "R3", "飞单是啥意思啊{e} 刚看新闻看到的"),
        ("S", "1", "R1", "哪个理财能包赚嘛？莫得的，{name}你莫信那些广告"),
        ("C", "1", "R3", "你们这返点不？隔壁说能返{pct}{e}"),
        ("S", "1", "R4", "代客理财？我哪有那个胆子，您说是吧{e}"),
        ("S", "1", "R2", "内部消息要是靠谱，我还用上班吗{e}"),
        ("S", "g", "R5", "我哪有什么私人号{p}，就这一个企业微信，大家有事在群里@我"),
    ],
}

TEMPLATES["prohibition"] = {
    "hit": [
        ("S", "1", "R1", "规定是不让说保本，但私下跟你讲，{prod}就是保本的{e}"),
        ("S", "1", "R5,R6", "公司不让加私人微信，不过我私人号{mob}你加了也没事{e}"),
        ("S", "1", "R4", "虽然严禁代客理财，你把账户密码发我，我帮你操作就行{e}"),
        ("S", "1", "R3", "按理说不能私下转账，老客户嘛{name}，直接转到我个人卡上就行"),
        ("S", "1", "R1", "监管说不得承诺收益，我就不写纸上了，口头跟你说：保证收益{pct}"),
        ("S", "1", "R3", "明面上不让飞单，但这单咱就飞单走，收益多{pct}{e}"),
        ("S", "1", "R3", "返佣不能公开给，我私下返点给你{pct}，别声张{e}"),
        ("S", "1", "R2", "培训是说不许讲内幕消息，但这个真是内幕消息，{stock}{when}拉升"),
        ("S", "1", "R1", "规定归规定{name}，零风险我敢打包票{e}"),
        ("S", "1", "R1", "合规不让说稳赚，那我换个说法：闭眼买，稳赚{e}"),
        ("S", "1", "R4", "本来禁止全权委托的，咱俩这关系就算了{p}，全权委托给我吧"),
        ("S", "1", "R4", "公司规定不能代客操作，不过你实在不会弄，我帮你操作一下也行{e}"),
        ("S", "1", "R3", "按规矩不能私下交易，这次算例外{p}，私下交易给你打九折"),
        ("S", "1", "R1", "合同写着不保本是监管要求必须写的，实际就是保本{p}，你懂的"),
        ("S", "1", "R1", "上面不让说包赚，可我干这行{years}，{prod}就是包赚{e}"),
        ("S", "1", "R5", "企业微信有监控，规定是不能私聊，你加我个人号{p}，那边啥都能说"),
        ("S", "1", "R3", "以前是禁止返佣，现在松了，返佣{pct}直接打你卡上{e}"),
        ("S", "1", "R4", "禁止碰客户账户密码那是针对新人的，我老员工了{p}你发过来就行"),
        ("S", "1", "R2", "按说不能透露的，内部消息给你漏一点：{stock}有人要拉升{e}"),
        ("S", "1", "R1", "不许讲保本？那是他们不懂{p}，{prod}就是稳赚不赔"),
        ("S", "1", "R3", "严禁私下转账是写给外人看的{p}，你转到我个人账户，我帮你办"),
        ("S", "1", "R1", "唔俾講保本{p}，但我同你講，{prod}真係保本嘅"),
        ("S", "1", "R5", "规定不能用私人微信，但{when}系统维护，你先加我私人微信吧{e}"),
        ("S", "1", "R4", "规定要本人操作，可你手机卡得很{p}，把账户密码给我我帮你操作"),
        ("S", "1", "R3", "飞单虽然违规，但这单是熟人介绍的{p}，飞单走没事"),
        ("S", "1", "R1", "监管不让写零风险，宣传页上就没印，但{prod}就是零风险的{e}"),
        ("S", "1", "R2", "合规说别提庄家，我就跟你一个人说：庄家这周进场了{e}"),
        ("S", "1", "R3,R6", "公司不让私下转账的，不过你直接打到这张卡{card}，我给你返点"),
        ("S", "g", "R1", "各位，合规要求我说一句“投资有风险”，说完了，这款保本的大家冲{e}"),
        ("S", "1", "R4", "明文规定不许代客理财，但帮你操作这点小事不算啥{p}"),
        ("S", "1", "R5", "按规矩是不能加私人号的{name}，你悄悄加我私人号，别跟别人说"),
        ("S", "1", "R1", "风控不让讲保收益，我私底下说{p}，保收益{pct}没问题"),
        ("S", "1", "R3", "公司禁止返佣，所以我们不叫返佣，叫感谢费，{pct}照给{e}"),
        ("S", "1", "R4", "规定上说不能全权委托，咱不签字就行了{p}，口头全权委托给我"),
        ("S", "1", "R1", "虽说禁止承诺收益 but 我可以跟你保证收益{pct}，出了事找我{e}"),
        ("S", "1", "R4", "那个规定呢是说不能代客理财但是你情况特殊嘛你把账户密码发我我晚上帮你操作{e}"),
    ],
    "nm": [
        ("S", "1", "R1", "按监管要求，我们不得向客户承诺保本保收益，请您理解{e}"),
        ("S", "g", "R3", "公司严禁员工私下转账，所有款项请走对公账户{e}"),
        ("S", "g", "R4", "温馨提示：请勿将账户密码告知任何人，包括我们工作人员{e}"),
        ("S", "1", "R4", "培训里反复强调不许代客理财，我这边只能给您建议{p}"),
        ("S", "1", "R5", "按规定员工不能加客户私人微信{p}，有事在这里留言就好"),
        ("S", "i", "R3", "合规部通知：严禁飞单，一经查实直接解除劳动合同{e}"),
        ("S", "i", "R1", "根据销售规范，宣传材料禁止出现“零风险”“稳赚”等字眼{e}"),
        ("S", "1", "R3", "我们是不允许收返佣的{p}，也不会给您返点"),
        ("S", "1", "R4", "全权委托是明令禁止的{name}，交易指令必须您本人下"),
        ("S", "1", "R2", "行里规定不能传播任何所谓内部消息，您理解一下{e}"),
        ("S", "i", "R1", "@所有人 各位同事注意，朋友圈文案不得出现保本、稳赚不赔这类词{e}"),
        ("S", "1", "R3", "私下交易是红线{p}，碰不得的"),
        ("S", "1", "R4", "公司禁止员工代客操作，所以真的不能帮你操作，不好意思{e}"),
        ("S", "c", "R1", "晨会又讲了一遍：谁都不许跟客户说包赚{e}"),
        ("S", "1", "R5", "咱们这边规定{p} 不能让客户加我个人号 聊业务只能用这个企业微信"),
        ("S", "g", "R2", "【合规提醒】不得以“庄家”“内幕消息”等说法诱导客户交易{e}"),
        ("S", "1", "R1", "唔好意思{name}，公司規定唔可以講保本嘅，產品說明書寫得好清楚"),
        ("S", "1", "R3", "规定不许转到我个人名下的任何账户{p}，您按合同上的账号转就行"),
        ("S", "1", "R1", "我们这行明令禁止说“保证收益”，所以我只能讲{prod}的历史业绩{e}"),
        ("S", "1", "R4", "账户密码要自己改自己记{p}，不能外借，这是规定也是为您好"),
        ("S", "i", "R3", "提醒新同事：返点、返佣一律禁止，送购物卡也不行{e}"),
        ("S", "1", "R2", "按规定我们不能预测个股拉升，只能给您看看研报观点{e}"),
        ("S", "1", "R1", "不能说零风险的{p}，监管抓得严，{prod}也只是风险较低"),
        ("S", "i", "R5", "根据总行文件，严禁通过私人微信与客户沟通业务，违者追责{e}"),
        ("S", "1", "R4", "甭管啥理由 全权委托咱都不能接{p} 这是死规定"),
        ("S", "1", "R3", "公司规矩是不能私下交易的，莫得商量，{name}您见谅哈"),
        ("S", "c", "R3", "领导今天开会说了，谁再飞单就报合规，大家注意{e}"),
        ("S", "1", "R1", "双录的时候我不能说“保本”{p}，您到时候听清楚风险揭示"),
        ("S", "1", "R2", "按规矩我不能说自己有内部消息，也确实没有，咱看公开信息就好{e}"),
        ("S", "i", "R1", "Reminder：产品宣传一律不准用 guaranteed / 保本 / 稳赚 这些词{e}"),
        ("S", "1", "R4", "法规不允许我们代客理财，您可以了解一下正规签约的投顾服务{e}"),
        ("S", "1", "R5", "不是不加您{name}，是公司规定不让用私人号加客户，您别介意"),
        ("C", "1", "R1", "你们公司是不是规定了不能说保本啊{e} 怪不得都不说"),
        ("S", "1", "R3", "新规出来以后 任何返点都不行了{p} 我们这也一样"),
        ("S", "g", "R2", "群规：禁止在群里发布“庄家拉升”“内部消息”类内容，违者移出{e}"),
        ("S", "1", "R3", "监管红线：不得飞单、不得私下收款，我一直守着的{e}"),
    ],
}

TEMPLATES["warning_report"] = {
    "hit": [
        ("S", "1", "R1", "提醒一下{name}，名额快没了，这款保本的{when}就截止{e}"),
        ("S", "1", "R1", "风险提示：错过这波稳赚的行情，后悔了别怪我没提醒{e}"),
        ("S", "g", "R2", "注意了注意了！内部消息，{stock}明早拉升{e}"),
        ("S", "1", "R3,R6", "小心点{p}，别跟别人说，私下转账到这张卡{card}就行"),
        ("S", "g", "R1", "警惕踏空！{prod}零风险年化{pct}{e}"),
        ("S", "1", "R5,R6", "谨防骗子{p}，要加就加我私人微信，认准这个号{mob}"),
        ("S", "1", "R1", "郑重提醒{name}：别信别人，我这边的才是真保本"),
        ("S", "1", "R4", "温馨提示：密码别给别人，给我就行，我帮你操作{e}"),
        ("S", "g", "R2", "报告大家一个好消息：庄家已经进场了，抓紧{e}"),
        ("S", "1", "R1", "风险提示我就不念了{p}，反正稳赚不赔"),
        ("S", "1", "R1", "我得提醒您一句{name}，这可是保证收益的，不买亏大了"),
        ("S", "1", "R3", "注意：走公司渠道要多扣手续费，私下交易能省一半{e}"),
        ("S", "1", "R5", "提醒：这个企业微信公司都能看到，敏感的事加我个人号说{e}"),
        ("S", "g", "R1", "⚠️风险警示⚠️：{prod}风险极低，说白了就是保本{e}"),
        ("S", "1", "R2", "小心别被套{p}，听我的内幕消息，{when}高位出"),
        ("S", "1", "R3", "警告一下{p}，别去别家买，我这里飞单给你收益更高"),
        ("S", "1", "R4", "我得提醒你，自己瞎操作肯定亏，全权委托给我才稳{e}"),
        ("S", "1", "R1", "防骗小贴士：真正保本的只有{prod}，其他都别碰{e}"),
        ("S", "1", "R3", "汇报进度：您那笔我先帮您私下转账过去，比走系统快{e}"),
        ("S", "1", "R1", "谨慎起见我再说一遍：{prod}稳赚，就是要快{e}"),
        ("S", "g", "R2", "【风险提示】{stock}庄家洗盘结束，马上拉升，没上车的抓紧{e}"),
        ("S", "1", "R3", "友情提醒，返点{pct}只有这周有，下周就没了{e}"),
        ("S", "1", "R1", "唔好俾人呃啊{name}，我呢度先係真正保本，其他都係假嘅"),
        ("S", "1", "R4", "提醒一下，{when}开盘前把账户密码发我，我帮你挂单{e}"),
        ("S", "1", "R5", "注意{p}，以后别在这个号问产品，加我私人号细聊"),
        ("S", "g", "R1", "Attention pls！{prod}包赚，错过再等一年{e}"),
        ("S", "1", "R2", "警示一下：跟我消息的都赚了，这次内部消息更准{e}"),
        ("S", "1", "R1", "我这人向来提醒风险的，但这次真没风险{p}，零风险"),
        ("S", "1", "R3", "提醒您，转账备注别写理财{p}，直接转到我个人就行"),
        ("S", "1", "R4", "防诈提醒：别把账户密码给陌生人，给我没事{p}，我是你经理"),
        ("S", "1", "R1", "听我一句劝{name}，别炒股了，{prod}保本又保收益"),
        ("S", "g", "R1", "⚠️重要通知⚠️ {prod}额度告急，稳赚不赔的机会就这一次{e}"),
        ("S", "1", "R3", "提个醒，公司账户到账慢，私下转账当天就能起息{e}"),
        ("S", "1", "R2", "别说我没提醒你{name}，{stock}{when}拉升，这是内部消息"),
    ],
    "nm": [
        ("S", "g", "R1", "提醒各位：凡是声称“保本高收益”的都是骗局，请提高警惕{e}"),
        ("S", "g", "R3", "谨防冒充我行员工要求私下转账的诈骗，有疑问请拨打官方客服{e}"),
        ("S", "c", "R1", "刚才客户问{prod}能不能保本，我明确告诉他不能{e}"),
        ("S", "g", "R1", "【风险提示】市场有风险，投资需谨慎，不存在零风险的投资{e}"),
        ("S", "g", "R2", "近期有不法分子以“内幕消息”为名拉人进群荐股，切勿相信{e}"),
        ("S", "c", "R4", "汇报一下：今天有位客户想全权委托给我，我已经拒绝并做了记录{e}"),
        ("S", "i", "R3", "转发：《关于严查飞单行为的通知》，请各网点组织学习{e}"),
        ("S", "g", "R4", "注意！有人冒充客服索要账户密码，我们绝不会找您要密码{e}"),
        ("S", "i", "R3", "周报：本周辖内无返佣、返点类投诉{e}"),
        ("S", "g", "R2", "谨防“庄家带你拉升”类荐股骗局，亏了钱维权很难{e}"),
        ("S", "g", "R5", "给大家提个醒，看到“加我个人号领资料”的，八成是骗子{e}"),
        ("S", "1", "R1", "{name}您别信那些说稳赚不赔的短视频，都是引流骗人的"),
        ("S", "c", "R3", "跟您报告下，柜台那位客户坚持要私下交易，我没同意，已报主管{e}"),
        ("S", "g", "R4", "风险提示：任何要求您提供账户密码、验证码的，都是诈骗{e}"),
        ("S", "1", "R2", "现在很多群里说有内部消息，其实就是杀猪盘{p}，您千万留心"),
        ("S", "c", "R1", "今天双录时客户一直问是不是保收益，我说不是，录像里有{e}"),
        ("S", "g", "R5", "警惕！有人盗用我的头像用私人微信加客户，请认准企业微信认证标识{e}"),
        ("S", "1", "R3", "那个叫您“转到我个人账户”的肯定不是我们员工{p}，快报警"),
        ("S", "g", "R4", "提醒：代客理财属于违规行为，发现员工有此行为可拨打投诉电话{e}"),
        ("S", "c", "R3", "经理，{name}说隔壁机构给他返点，问我们给不给，我说没有{e}"),
        ("S", "1", "R1", "唔好信啲人講零風險{p}，冇呢回事㗎"),
        ("S", "i", "R1", "@所有人 监管通报：某行员工因向客户承诺“保本保息”被处罚，引以为戒{e}"),
        ("S", "1", "R2", "那个说{stock}有庄家要拉升的视频您别看了，已经被平台下架了{e}"),
        ("S", "g", "R3", "小心：诈骗分子常以“私下交易更便宜”为由让您脱离正规渠道{e}"),
        ("S", "c", "R4", "情况说明：客户要求把账户密码给我代为操作，我已拒绝并报备{e}"),
        ("S", "g", "R1", "Warning⚠️ 不要相信任何“包赚”“稳赚”的投资群，都是scam{e}"),
        ("S", "1", "R5", "您提到的那个私人号不是我的{p}，我只用这个企业微信，小心被骗"),
        ("S", "c", "R2", "跟合规报备一下，客户群里有人转发所谓内部消息，我已提醒并删除{e}"),
        ("C", "1", "R1", "我在抖音看到说有保本的理财{e} 是骗子吧"),
        ("S", "g", "R3", "【防诈提醒】银行不会要求您把钱转到员工个人账户，也不存在“飞单高息”{e}"),
        ("S", "1", "R4", "要小心{name}，代客理财的纠纷我见多了，亏了都说不清"),
        ("S", "g", "R1", "【投资者教育】刚性兑付已打破，任何宣称零风险的产品都请谨慎{e}"),
        ("S", "c", "R5", "组长，新来的小刘好像在用私人微信加客户，要不要提醒他一下{e}"),
        ("S", "1", "R2", "早盘拉升又回落，我提醒过您追高有风险的{p}，先别急着加仓"),
        ("S", "1", "R2", "我跟你说啊现在外面好多说内部消息的你千万别信那都是骗子骗钱的{e}"),
        ("S", "i", "R4", "案例通报：某支行员工代客理财造成客户亏损，被行政处罚{e}"),
    ],
}

TEMPLATES["refusal"] = {
    "hit": [
        ("S", "1", "R4", "代客理财不行{p}，但你把账户密码给我，我帮你操作还是可以的"),
        ("S", "1", "R5", "私人微信我不加的{p}，你加我个人号吧，那个号不是工作号"),
        ("S", "1", "R1", "我不能说保本{p}，只能说，嗯，就是保本{e}"),
        ("S", "1", "R3", "不是我不给你{name}，返点这块我私下给你"),
        ("S", "1", "R3", "公司账户我不收了{p}，你直接转到我个人账户吧"),
        ("S", "1", "R1", "承诺我不能承诺{p}，不过私下讲，稳赚不赔"),
        ("S", "1", "R4", "这个不行那个不行，那干脆全权委托给我{p}，我来弄"),
        ("S", "1", "R3", "我这边一般不接受私下交易……除非金额超过{amt}{e}"),
        ("S", "a", "R2", "内幕消息我不能讲{p}，只能提示你{stock}{when}会拉升"),
        ("S", "1", "R3", "公对公我不办了{p}，直接私下转账吧，省事"),
        ("S", "1", "R5,R6", "这儿不方便说，不在这聊了{p}，加我私人号{mob}"),
        ("S", "1", "R4", "不用给我身份证{p}，把账户密码发过来就行，我帮你操作"),
        ("S", "1", "R1", "不好意思我不能写保证{p}，但是口头上保证收益{pct}"),
        ("S", "1", "R3", "返佣不能明着给{p}，我不收你手续费，直接返点{pct}"),
        ("S", "1", "R1", "不不不，不是保本{p}，是比保本还稳，稳赚"),
        ("S", "1", "R4", "我拒绝帮你乱买{p}，全权委托给我的话我帮你挑"),
        ("S", "1", "R2", "我不跟你说庄家的事……算了跟你说吧，庄家{when}拉升{e}"),
        ("S", "1", "R5", "这边不能聊这个{p}，你加我私人微信我再告诉你"),
        ("S", "1", "R3", "不用走柜台了{p}，我帮你私下交易，价格一样"),
        ("S", "1", "R1", "我不敢说零风险……好吧就是零风险{p}，我敢担保"),
        ("S", "1", "R4", "不能代客理财是吧，那我不叫代客理财{p}，我就是帮你操作下"),
        ("S", "1", "R3,R6", "不走对公了{p}，转到我个人卡{card}，今天就能起息"),
        ("S", "1", "R1", "唔係唔想講，係唔可以講{p}……不過呢隻保本㗎"),
        ("S", "1", "R3", "飞单我平时不做{p}，你是老客户，这单给你飞单"),
        ("S", "1", "R5", "不好意思这里不方便回{p}，加我个人号细说"),
        ("S", "1", "R4", "别自己弄了{name}，不用你操作，账户密码给我就行"),
        ("S", "1", "R2", "这个我不能明说{p}，你懂的，内部消息，{stock}买就完了"),
        ("S", "1", "R1", "不能给您打包票是规矩{p}，但我跟您讲，包赚"),
        ("S", "1", "R3", "不收现金{p}，也不用刷卡，私下转账给我就行"),
        ("S", "1", "R5", "企业微信就不聊了{p}，私人微信聊方便"),
        ("S", "1", "R4", "NO，不用你自己来{p}，全权委托给我就ok"),
        ("S", "1", "R1", "抱歉合同不能改{p}，但我私下保证收益，少了我补你"),
        ("S", "1", "R2", "拒绝透露是规定{p}，不过庄家在{stock}里我是确定的"),
    ],
    "nm": [
        ("S", "1", "R4", "不好意思{name}，我们不提供代客理财服务{e}"),
        ("S", "1", "R4", "账户密码您自己保管{p}，我不能要的"),
        ("S", "1", "R4", "这个不能帮你操作{p}，需要您本人在APP上确认"),
        ("S", "a", "R5", "私人微信就不加了{p}，有问题随时企业微信找我"),
        ("S", "1", "R3", "返佣我们这边是不能给的{p}，您理解一下"),
        ("S", "1", "R1", "这个真不能承诺保本{name}，合同第五条写得很清楚"),
        ("S", "1", "R3", "抱歉，不能私下转账{p}，请转到合同上的托管账户"),
        ("S", "a", "R2", "内部消息我这边没有，也不会传{p}，您还是看公开公告"),
        ("S", "1", "R3", "飞单这种事我不做的{p}，您放心"),
        ("S", "1", "R4", "唔好意思{name}，账户密码我哋唔可以收㗎"),
        ("S", "1", "R4", "全权委托我接不了{p}，您可以考虑签约的投顾服务"),
        ("S", "1", "R1", "稳赚不赔我说不出口{p}，骗您的事我不干"),
        ("S", "1", "R1", "保证收益这句话我不能讲{p}，讲了就违规了"),
        ("S", "1", "R5", "加我个人号这个真不行{name}，公司要求全程留痕"),
        ("S", "1", "R3", "您的好意心领了{p}，返点我一分都不能收"),
        ("S", "1", "R2", "庄家不庄家的我不懂也不聊{p}，咱就看基本面"),
        ("S", "1", "R4", "别把账户密码发给我！我不看{p}，您赶紧撤回改一下"),
        ("S", "1", "R3", "不行不行，转到我个人账户绝对不行{p}，出了问题说不清"),
        ("S", "1", "R1", "零风险的产品我给不了{p}，{prod}风险很低但不是零"),
        ("S", "1", "R3", "私下交易我不接{p}，要买就走正规流程下单"),
        ("S", "1", "R4", "甭给我密码，我帮你操作是违规的，我可以开视频教您{e}"),
        ("S", "a", "R1", "包赚的我这真没有，有的话我先自己买了{e}"),
        ("S", "1", "R5", "莫得私人号给你哦{name}，就这个号，工作时间都在"),
        ("S", "1", "R2", "您问{stock}会不会拉升，我真不知道，不敢乱说{e}"),
        ("S", "1", "R4", "代客理财这个忙帮不了{p}，您自己拿主意，我给您讲清楚"),
        ("S", "1", "R1", "抱歉{p} 保收益这种话我不能写进聊天里 口头也不能承诺"),
        ("S", "1", "R3", "您要给我返佣？千万别{p}，我收了就得丢工作"),
        ("S", "1", "R5", "No no，私人微信真的不加，sorry啦{e}"),
        ("S", "1", "R4", "全权委托不接{p}，每笔交易都要您自己点确认"),
        ("S", "a", "R1", "保本这两个字我给不了您{p}，能给的只有风险揭示书"),
        ("S", "1", "R2", "内幕消息这东西我们不碰{p}，碰了是要进去的"),
        ("C", "1", "R4", "账户密码我不给你哦{e} 我自己来操作"),
        ("S", "1", "R3", "飞单我是绝对不会做的{p}，您每一笔都能在系统里查到"),
        ("S", "1", "R3", "不行不行这个私下转账真不行您还是去柜台办吧我陪您去都行{e}"),
    ],
}

TEMPLATES["quotation"] = {
    "hit": [
        ("S", "1", "R1", "领导都说了“这产品就是保本的”{p}，您放心买"),
        ("S", "1", "R1", "就像专家说的“稳赚不赔”{p}，我也这么认为"),
        ("S", "1", "R2", "我朋友在公司里，他说的内部消息：{stock}{when}重组，靠谱{e}"),
        ("S", "1", "R1", "客户都说“跟着{mgr}稳赚”{p}，这话真不假"),
        ("S", "1", "R3", "我们老总原话：“返点照给，不用怕”{e}"),
        ("S", "g", "R2", "转发：【内部消息】{stock}本周拉升，速上车{e}"),
        ("S", "1", "R5", "张总交代了：“有需要的客户可以加我私人微信”{p}，你加吧"),
        ("S", "1", "R3", "同事说“转到我个人账户更快”{p}，确实是，你就这么转"),
        ("S", "1", "R4", "用我师傅的话说，“全权委托给我们，你就等着收钱”{e}"),
        ("S", "1", "R1", "报纸上都写了“零风险”{p}，还能有假？"),
        ("S", "1", "R1", "老话讲“保本才是硬道理”{p}，{prod}就是保本"),
        ("S", "1", "R2", "群里大V说“庄家在吸筹”，我看八九不离十{p}，跟上"),
        ("S", "1", "R1", "你说的对，“包赚”{p}，我也是这么跟别的客户说的"),
        ("S", "1", "R3", "人家都说“飞单收益高”{p}，没错，我这就给你飞单"),
        ("S", "1", "R4", "您儿子说“让经理帮着弄”{p}，对，账户密码给我就好"),
        ("S", "1", "R5", "上次您说“加个私人微信方便”{p}，我同意，加我个人号吧"),
        ("S", "1", "R1", "我们培训手册原话：“本产品保证收益”{p}，白纸黑字"),
        ("S", "1", "R2", "“有内幕消息不赚是傻子”——行业名言{p}，我给你的就是"),
        ("S", "g", "R1", "转给大家：“{prod}，年化{pct}，稳赚不赔”，我亲自验证过{e}"),
        ("S", "1", "R3", "您朋友说“私下交易便宜”{p}，是的，我这边可以私下交易"),
        ("S", "1", "R1", "客户反馈“买了确实保本”{p}，我早说了吧{e}"),
        ("S", "1", "R4", "就像您说的“代客理财省心”{p}，我来代客理财，您放心"),
        ("S", "1", "R2", "券商朋友原话“周一拉升”{p}，我信他，你也赶紧买{stock}"),
        ("S", "1", "R3", "经理说了“返佣{pct}”{p}，一分不少给你"),
        ("S", "1", "R5,R6", "你老公说得对，“私人微信更方便”{p}，我私人微信就是{mob}"),
        ("S", "1", "R1", "网上都说“保本理财已经绝迹”{p}，其实没有，{prod}就是保本"),
        ("S", "1", "R1", "正如你姐姐讲的“这个零风险”{p}，一点没错"),
        ("S", "1", "R2", "大家都在传“庄家要拉升了”{p}，是真的，我刚确认过"),
        ("S", "1", "R3", "转发同事的话：“这单私下转账走，给你返点”{p}，照办就行"),
        ("S", "1", "R4", "你说“全权委托给你”{p}，好嘞，那我帮你操作了"),
        ("S", "1", "R1", "有句话叫“稳赚不赔”{p}，说的就是{prod}"),
        ("S", "1", "R1", "唔係我講㗎，係總行話“呢隻保本”{p}，你放心啦"),
        ("S", "1", "R4", "你朋友讲“账户密码给经理最省事”，没毛病{p}，发我吧"),
    ],
    "nm": [
        ("S", "1", "R5", "如果有人让您“加我个人号”，请直接向公司投诉{e}"),
        ("S", "c", "R1", "客户说“你们上次不是说保本吗”，我解释了{prod}不保本{e}"),
        ("S", "1", "R1", "网上那些说“稳赚不赔”的，您一句都别信{p}"),
        ("S", "1", "R2", "他跟您讲的“内部消息”是假的{p}，千万不要跟"),
        ("S", "g", "R4", "转发新闻：某券商员工因“代客理财”被罚，大家引以为戒{e}"),
        ("S", "i", "R3", "张经理原话：“谁敢私下转账，直接开除”{e}"),
        ("S", "1", "R2", "您转发的那段“庄家拉升”视频我看了{p}，是营销号瞎编的"),
        ("S", "g", "R3", "有客户反映有人自称我们员工，说“转到我个人账户有优惠”，这是诈骗{e}"),
        ("S", "c", "R3", "{colleague}问我“能不能飞单”，我说绝对不行{e}"),
        ("S", "1", "R1", "您说的那个“零风险”是别家广告词{p}，我们说明书里没有这说法"),
        ("S", "1", "R1", "您朋友说“存这个包赚”，这话不对{p}，净值型产品会波动的"),
        ("S", "i", "R4", "培训案例：员工称“你把账户密码给我，我帮你操作”，最终被处分{e}"),
        ("S", "1", "R3", "所谓“返点”都是骗局话术{p}，正规机构不会这样做"),
        ("S", "c", "R1", "客户原话：“你们经理拍胸脯说保收益”，我查了不是我们的人{e}"),
        ("S", "1", "R5", "您截图里那个让您“加私人微信”的不是我{p}，请别加"),
        ("S", "1", "R2", "老话说“听消息炒股，亏到倾家荡产”{p}，内幕消息真不能信"),
        ("S", "i", "R1", "监管通报原文：“某机构员工向投资者承诺保本保收益”，引以为戒{e}"),
        ("C", "1", "R1", "我朋友说“这个稳赚”{e} 你觉得呢"),
        ("S", "1", "R4", "别人跟您讲“全权委托就能翻倍”？那是违法的{p}，千万别"),
        ("S", "1", "R1", "“保本”这两个字{p}，我们从来没在任何材料里写过"),
        ("S", "1", "R3", "您听到的“私下交易打折”不是我们公司的政策{p}，请走官方渠道"),
        ("S", "c", "R2", "有客户问“你们是不是有内部消息”，我回复没有{e}"),
        ("S", "1", "R5", "有人自称“王经理”让您加私人号？我们没有这个人{p}，小心"),
        ("S", "1", "R1", "抖音上说“零风险年化{pct}”的{p}，百分百是骗子"),
        ("S", "1", "R3", "您说的“返佣”是中介的说法{p}，我们这边不存在"),
        ("S", "g", "R2", "转：证监会提醒，“股市黑嘴”常以“庄家内幕”为诱饵{e}"),
        ("S", "1", "R4", "刚才电话里那人说“我帮你操作，赚了分成”，那是诈骗{p}，别理"),
        ("S", "1", "R1", "“保证收益”这句话出自那份非法宣传单{p}，已经上报合规了"),
        ("S", "c", "R3", "客户问“飞单是不是收益高”，其实飞单的产品根本没保障{e}"),
        ("S", "i", "R5", "转一下客户投诉原文：“你们员工跟我说加我个人号”，请合规跟进{e}"),
        ("S", "1", "R1", "您婆婆说那个产品“包赚”{p}，我看了合同，其实是浮动收益"),
        ("S", "g", "R2", "他们群里说的“大盘拉升前夜”{p}，只是标题党"),
        ("S", "1", "R5", "他说啥加我个人号就能拿高收益那个不是我们的人您别理他直接拉黑{e}"),
    ],
}

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
STAFF = ["zhangwei482", "liuyang217", "wangfang903", "chenjie356", "lina741", "zhaolei628",
         "huangmin194", "zhoujing570", "wuhao833", "xuli265", "sunqiang719", "mali408",
         "zhuting152", "hulin687", "guoxin934", "linxiaoyu306", "heyun521", "gaopeng847",
         "luojia213", "zhengkai596", "songyu372", "tangqian658", "hanxue129", "fengtao784"]
STAFF_RE = re.compile(r"^[a-z]{2,}\d{3}$")
CUST_RE = re.compile(r"^wm[A-Za-z0-9]{12,16}$")
ROOM_RE = re.compile(r"^wr[A-Za-z0-9]{10,}$")


def make_people():
    r = random.Random(SEED + 7)
    alnum = string.ascii_letters + string.digits
    customers = []
    while len(customers) < 72:
        cid = "wm" + "".join(r.choice(alnum) for _ in range(r.randint(12, 16)))
        if cid not in customers:
            customers.append(cid)
    crooms, irooms = [], []
    for i in range(18):
        rid = "wr" + "".join(r.choice(alnum) for _ in range(r.randint(16, 20)))
        if i < 14:
            crooms.append({"id": rid, "staff": r.sample(STAFF, r.choice([1, 1, 2])),
                           "customers": r.sample(customers, r.randint(3, 8))})
        else:
            irooms.append({"id": rid, "staff": r.sample(STAFF, r.randint(4, 7)), "customers": []})
    return customers, crooms, irooms


def route(role, mode, rng, people):
    customers, crooms, irooms = people
    if mode == "a":
        mode = "1" if rng.random() < 0.75 else "g"
    if mode == "1":
        s, c = rng.choice(STAFF), rng.choice(customers)
        return (s, [c], "") if role == "S" else (c, [s], "")
    if role != "S" and mode in ("c", "i"):
        raise ValueError("customer template with staff-only mode %s" % mode)
    if mode == "c":
        s1, s2 = rng.sample(STAFF, 2)
        return s1, [s2], ""
    if mode == "g":
        room = rng.choice(crooms)
        pool = room["staff"] if role == "S" else room["customers"]
    elif mode == "i":
        room = rng.choice(irooms)
        pool = room["staff"]
    else:
        raise ValueError("unknown mode %s" % mode)
    sender = rng.choice(pool)
    members = room["staff"] + room["customers"]
    return sender, [m for m in members if m != sender], room["id"]


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

def insert_separator(text, labels, kind, rng):
    f = fold(text)
    rules = [r for r in labels if r != "R6"] if kind == "hit" else ["R1", "R2", "R3", "R4", "R5"]
    cands = []
    for rule in rules:
        for kw in KEYWORDS[rule]:
            start = f.find(kw)
            while start != -1:
                market = f[max(0, start - 2):start] in MARKET_WORDS
                if not (kw == "拉升" and market and kind == "hit"):
                    cands.append((start, kw))
                start = f.find(kw, start + 1)
    if not cands:
        return text, False
    start, kw = rng.choice(cands)
    pos = start + rng.randint(1, len(kw) - 1)
    return text[:pos] + rng.choice(KEYWORD_SEPS) + text[pos:], True


def build_category(ci, cat, rng, people):
    msgs = []
    for kind in ("hit", "nm"):
        templates = TEMPLATES[cat][kind]
        order = []
        while len(order) < N_PER_KIND:
            idx = list(range(len(templates)))
            rng.shuffle(idx)
            order.extend(idx)
        order = order[:N_PER_KIND]
        trad = set(rng.sample(range(N_PER_KIND), TRAD_PER_KIND))
        seps = set(rng.sample(range(N_PER_KIND), SEP_PER_KIND)) if cat != "numbers" else set()
        seen = set(m["text"] for m in msgs)
        for k, ti in enumerate(order):
            role, mode, labels, tpl = templates[ti]
            labels = labels.split(",")
            for _attempt in range(60):
                ctx = {"valid": [], "bad": []}
                text = fill(tpl, rng, ctx)
                split = False
                if k in seps:
                    text, split = insert_separator(text, labels, kind, rng)
                if k in trad:
                    text = to_trad(text)
                if text not in seen:
                    break
            seen.add(text)
            msgs.append({"cat": cat, "kind": kind, "tid": ti + 1, "role": role, "mode": mode,
                         "labels": sorted(labels), "text": text, "ctx": ctx,
                         "trad": k in trad, "sep_planned": k in seps, "split": split})
    rng.shuffle(msgs)
    t = BASE_MS + ci * 40 * 86_400_000
    seq = 100_000 * (ci + 1)
    for i, m in enumerate(msgs, 1):
        t += rng.randint(3_000, 900_000)
        seq += 1
        sender, tolist, roomid = route(m["role"], m["mode"], rng, people)
        m["msgid"] = "%s_%s_%04d_%s_t%02d" % (MSGID_PREFIX, cat, i, m["kind"], m["tid"])
        m["obj"] = {"msgid": m["msgid"], "action": "send", "from": sender, "tolist": tolist,
                    "roomid": roomid, "msgtime": t, "seq": seq, "msgtype": "text",
                    "text": {"content": m["text"]}}
    return msgs


def build():
    rng = random.Random(SEED)
    people = make_people()
    files, records = {}, {}
    for ci, cat in enumerate(CATEGORIES):
        msgs = build_category(ci, cat, rng, people)
        records[cat] = msgs
        corpus = "".join(json.dumps(m["obj"], ensure_ascii=False) + "\n" for m in msgs)
        truth = {"hits": {m["msgid"]: m["labels"] for m in msgs if m["kind"] == "hit"},
                 "near_misses": {m["msgid"]: m["labels"] for m in msgs if m["kind"] == "nm"}}
        files["%s/%s/corpus.jsonl" % (SET_NAME, cat)] = corpus
        files["%s/%s/truth.json" % (SET_NAME, cat)] = (
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return files, records, people


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------

def self_check(files, records, people):
    errors = []
    err = errors.append
    customers, crooms, irooms = people
    staff_set, cust_set = set(STAFF), set(customers)
    for s in STAFF:
        if not STAFF_RE.match(s):
            err("bad staff id %s" % s)
    for c in customers:
        if not CUST_RE.match(c):
            err("bad customer id %s" % c)
    for r in crooms + irooms:
        if not ROOM_RE.match(r["id"]):
            err("bad room id %s" % r["id"])

    for cat in CATEGORIES:
        for kind in ("hit", "nm"):
            for n, (role, mode, labels, tpl) in enumerate(TEMPLATES[cat][kind], 1):
                where = "%s/%s/t%02d" % (cat, kind, n)
                if not SLOT_RE.search(tpl):
                    err("%s: template has no slot" % where)
                for m in SLOT_RE.finditer(tpl):
                    if m.group(1) not in SLOTS:
                        err("%s: unknown slot %s" % (where, m.group(1)))
                    if m.group(2) and m.group(2) not in STYLE_GROUPS:
                        err("%s: unknown style %s" % (where, m.group(2)))
                labs = labels.split(",")
                if any(l not in RULES for l in labs):
                    err("%s: bad labels %s" % (where, labels))
                if kind == "hit" and cat != "numbers" and role != "S":
                    err("%s: R1-R5 hit must be sent by staff" % where)
                if cat == "numbers" and labs != ["R6"]:
                    err("%s: numbers labels must be [R6]" % where)

    all_ids = set()
    for cat in CATEGORIES:
        msgs = records[cat]
        corpus = files["%s/%s/corpus.jsonl" % (SET_NAME, cat)]
        truth = json.loads(files["%s/%s/truth.json" % (SET_NAME, cat)])
        lines = corpus.splitlines()
        if len(lines) != len(msgs):
            err("%s: corpus line count %d != %d" % (cat, len(lines), len(msgs)))
        for line, m in zip(lines, msgs):
            if json.loads(line) != m["obj"]:
                err("%s: corpus line does not round-trip for %s" % (cat, m["msgid"]))
        for kind in ("hit", "nm"):
            km = [m for m in msgs if m["kind"] == kind]
            if len(km) != N_PER_KIND:
                err("%s/%s: %d messages, want %d" % (cat, kind, len(km), N_PER_KIND))
            tids = sorted(set(m["tid"] for m in km))
            if len(tids) < MIN_TEMPLATES or len(tids) != len(TEMPLATES[cat][kind]):
                err("%s/%s: %d templates used (of %d)" % (cat, kind, len(tids), len(TEMPLATES[cat][kind])))
            if sum(m["trad"] for m in km) != TRAD_PER_KIND:
                err("%s/%s: traditional count off" % (cat, kind))
            if cat != "numbers" and sum(m["split"] for m in km) != SEP_PER_KIND:
                err("%s/%s: split-keyword count %d != %d" % (cat, kind, sum(m["split"] for m in km), SEP_PER_KIND))
        hits_map, nm_map = truth.get("hits", {}), truth.get("near_misses", {})
        if set(truth) != {"hits", "near_misses"}:
            err("%s: truth keys %s" % (cat, sorted(truth)))
        if set(hits_map) & set(nm_map):
            err("%s: msgid in both truth maps" % cat)
        if set(hits_map) | set(nm_map) != set(m["msgid"] for m in msgs):
            err("%s: truth does not cover exactly the corpus" % cat)
        texts = {}
        last_t, last_seq = -1, -1
        for m in msgs:
            o, text, mid = m["obj"], m["text"], m["msgid"]
            where = "%s %s %r" % (cat, mid, text)
            if mid in all_ids:
                err("duplicate msgid %s" % mid)
            all_ids.add(mid)
            if not re.fullmatch(r"h11_%s_\d{4}_(hit|nm)_t\d{2}" % cat, mid):
                err("%s: bad msgid" % where)
            if text in texts:
                err("%s: duplicate text (also %s)" % (where, texts[text]))
            texts[text] = mid
            if not (MIN_LEN <= len(text) <= MAX_LEN):
                err("%s: length %d" % (where, len(text)))
            if list(o) != ["msgid", "action", "from", "tolist", "roomid", "msgtime", "seq",
                           "msgtype", "text"] or o["action"] != "send" or o["msgtype"] != "text":
                err("%s: bad object shape" % where)
            if o["msgtime"] <= last_t or o["seq"] <= last_seq:
                err("%s: msgtime/seq not increasing" % where)
            last_t, last_seq = o["msgtime"], o["seq"]
            sender, tolist, roomid = o["from"], o["tolist"], o["roomid"]
            if (m["role"] == "S") != (sender in staff_set) or (m["role"] == "C") != (sender in cust_set):
                err("%s: sender %s does not match role %s" % (where, sender, m["role"]))
            if sender in tolist or not tolist:
                err("%s: bad tolist" % where)
            if roomid == "":
                if len(tolist) != 1:
                    err("%s: one-to-one chat with %d recipients" % (where, len(tolist)))
                if m["role"] == "C" and tolist[0] not in staff_set:
                    err("%s: customer one-to-one not with staff" % where)
            else:
                if not ROOM_RE.match(roomid) or len(tolist) < 2:
                    err("%s: bad group" % where)
                if not any(p in staff_set for p in [sender] + tolist):
                    err("%s: group without staff" % where)
            mapped = hits_map if m["kind"] == "hit" else nm_map
            if mapped.get(mid) != m["labels"]:
                err("%s: truth labels %s != %s" % (where, mapped.get(mid), m["labels"]))

            labels = m["labels"]
            word_rules = [l for l in labels if l != "R6"]
            strict = keyword_hits(text, strict_r2=True)
            loose = keyword_hits(text, strict_r2=False)
            valid = valid_numbers(text)
            runs = digit_runs(text)
            if not labels:
                err("%s: empty labels" % where)
            if m["kind"] == "hit":
                if cat == "numbers":
                    if labels != ["R6"] or not valid:
                        err("%s: numbers hit without a valid number (runs %s)" % (where, runs))
                    if loose:
                        err("%s: numbers hit carries keywords %s" % (where, loose))
                else:
                    if m["role"] != "S":
                        err("%s: R1-R5 hit not from staff" % where)
                    if strict != word_rules:
                        err("%s: keyword rules %s != labels %s" % (where, strict, word_rules))
                    if ("R6" in labels) != bool(valid):
                        err("%s: R6 label vs valid numbers %s (runs %s)" % (where, valid, runs))
                for kind_, ds, style in m["ctx"]["valid"]:
                    if ds not in [r for r, _ in valid]:
                        err("%s: intended valid %s %s (%s) not read back (runs %s)"
                            % (where, kind_, ds, style, runs))
                    if not classify_run(ds):
                        err("%s: intended valid %s %s fails its own check" % (where, kind_, ds))
                if m["ctx"]["bad"]:
                    err("%s: hit uses a near-miss number slot" % where)
            else:
                if valid:
                    err("%s: near miss contains a valid number %s" % (where, valid))
                if m["ctx"]["valid"]:
                    err("%s: near miss uses a valid number slot" % where)
                if cat == "numbers":
                    if labels != ["R6"]:
                        err("%s: numbers near miss label %s" % (where, labels))
                    if not (any(len(r) >= 4 for r in runs) or "*" in text
                            or any(len(r) == 3 and ds.startswith(r) for _k, ds, _s in m["ctx"]["bad"]
                                   for r in runs)):
                        err("%s: numbers near miss has no number-like string (runs %s)" % (where, runs))
                    if loose:
                        err("%s: numbers near miss carries keywords %s" % (where, loose))
                    for kind_, ds, style in m["ctx"]["bad"]:
                        if kind_ in EXACT_BAD and ds not in runs:
                            err("%s: near-miss digits %s (%s) not read back (runs %s)"
                                % (where, ds, style, runs))
                else:
                    if loose != labels:
                        err("%s: keyword rules %s != labels %s" % (where, loose, labels))
    return errors


def summarize(records):
    out = []
    for cat in CATEGORIES:
        for kind in ("hit", "nm"):
            km = [m for m in records[cat] if m["kind"] == kind]
            rules = {}
            for m in km:
                for l in m["labels"]:
                    rules[l] = rules.get(l, 0) + 1
            out.append("%-15s %-3s %3d msgs %2d templates  labels %s" % (
                cat, kind, len(km), len(TEMPLATES[cat][kind]),
                " ".join("%s:%d" % (k, rules[k]) for k in sorted(rules))))
    return "\n".join(out)


def main(argv):
    if len(argv) != 2:
        print("usage: %s OUT_DIR" % argv[0], file=sys.stderr)
        return 2
    out_dir = argv[1]
    try:
        files, records, people = build()
        files2, _records2, _people2 = build()
    except Exception as exc:  # a template / generator bug: report, write nothing
        print("build failed: %r" % (exc,), file=sys.stderr)
        return 1
    errors = self_check(files, records, people)
    if files != files2:
        errors.append("non-deterministic: two in-memory builds differ")
    if errors:
        for e in errors[:300]:
            print("ERROR: " + e, file=sys.stderr)
        print("%d self-check error(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    for rel in sorted(files):
        path = os.path.join(out_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(files[rel])
    print(summarize(records))
    print("wrote %d files under %s" % (len(files), os.path.join(out_dir, SET_NAME)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
