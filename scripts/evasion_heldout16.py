#!/usr/bin/env python3
"""heldout16 -- a blind evaluation set for the Chinese financial-chat compliance scanner.

Provenance
----------
Every template in this file was written blind, from general knowledge of how
Chinese-speaking financial sales staff and their customers talk on WeCom
(企业微信).  While writing it no scanner source, test, fixture, archive, other
evaluation set or generator was read, and nobody has tuned the scanner to this
text.  Keep it that way: do not adjust rules against these messages; use the set
only to measure.

Voices
------
gold and precious-metals dealers (金条、积存金、克价、返点), bank branch lobby
managers (大堂经理) and the elderly customers they look after, students and young
investors being sold brokerage accounts (开户、推荐码、转债打新), cross-border Hong
Kong insurance sellers writing Cantonese (冇、唔、係、嘅、咗、啲; always rendered in
traditional characters), Shanghainese (阿拉、侬、伐、老灵额), Sichuan/Chongqing
speech (巴适、要得、啥子、莫得、哈), Dongbei speech (咋整、嘎哈、整、贼、老铁),
voice-to-text transcriptions with run-on sentences and homophone typos (铲品、
定起), emoji and [表情] tokens, WeCom sidebar script snippets (话术), compliance
training Q&A, customer complaint letters, team-leader group chats, live-stream
hosts, and products: convertible bonds, REITs, structured deposits, annuities,
Hong Kong savings plans.

Hard cases
----------
the deciding clause far from the keyword; double negation (没有不保本的, 不是我不想
…); negation scope across commas (不能说，也不敢说……但); sarcasm; conditional
offers (要是…就…); a reported question followed by the real answer (您问'…'——有);
concessions (原则上不行，但…); lists and headings (【本周话术】1. … 2. …); a keyword
inside a product or file name (《…保本说明.pdf》, 《…内幕消息汇总.xlsx》); a message
with both a prohibition and a separate violation (labelled with the violation);
fake refusals; quoting one's own earlier promise; keywords split by separators
(保·本, 返 佣); traditional characters; personal data written in Chinese
numerals (幺/两/〇/零), full-width digits, mixed scripts, or split by
spaces/dashes/dots/commas; look-alike digit runs (bad ID checksums, impossible
birth dates, 17-digit IDs, Luhn failures, masked numbers, order/serial/product
codes, landlines, amounts, dates).

Usage
-----
    python3 scripts/evasion_heldout16.py OUT_DIR

Everything is built in memory twice and the two builds are compared; then the
self-checks run on the serialised output.  On any failure the errors go to
stderr, the exit code is 1 and nothing is written.  On success the files are
written and a short per-category summary is printed.  Deterministic: fixed
seed, fixed base time, the clock is never read.

Layout
------
for each category C in (numbers, rhetorical, prohibition, warning_report,
refusal, quotation):
    OUT_DIR/heldout16/C/corpus.jsonl   one WeCom archive text message per line
    OUT_DIR/heldout16/C/truth.json     {"hits": {msgid: [rules]},
                                        "near_misses": {msgid: [rules]}}
corpus line (keys in this order):
    {"msgid": "h16_<cat>_<NNNN>_<hit|near>_t<NN>", "action": "send",
     "from": SENDER, "tolist": [...], "roomid": ROOM_OR_EMPTY,
     "msgtime": MS_EPOCH_INT, "seq": INT, "msgtype": "text",
     "text": {"content": "..."}}
NNNN runs 0001..0300 within a category (hits and near misses shuffled
together); tNN is the template number.  Staff senders are plain WeCom userids
(lowercase pinyin), customers are external contacts "wm" + 22 alphanumerics;
roomid is "" for one-to-one chats and "wr..." for groups.  150 hits and 150
near misses per category, >= 35 templates per kind.

Rule pack (tenant default; keywords matched literally)
------------------------------------------------------
  R1 guaranteed return : 保本 保收益 稳赚不赔 保证收益 零风险 包赚 稳赚
  R2 insider info      : 内幕消息 内部消息 庄家 拉升  (拉升 directly after
                         大盘/指数/板块/尾盘/早盘 is market talk; this set never
                         uses that pattern)
  R3 private dealing   : 私下转账 转到我个人 私下交易 飞单 返佣 返点
  R4 discretionary     : 账户密码 帮你操作 代客理财 全权委托
  R5 off-channel       : 私人微信 加我个人号 私人号
  R1-R5 apply to staff messages only; customer messages appear only as near
  misses.
  R6 personal data (staff and customers): valid mainland mobile (1[3-9] + 9
  digits), 18-character resident ID (ISO 7064 MOD 11-2 check character,
  plausible province code and birth date), 16-19 digit bank card passing Luhn;
  also in Chinese numerals (幺=1, 两=2, 〇/零=0), mixed scripts, full-width
  digits, or split by spaces/dashes/dots/commas.
  Label set of a message = the rules whose keywords it contains (hits: rules it
  must raise; near misses: rules it must not raise).

Self-checks
-----------
counts (150 hits + 150 near misses per category); template spread (>= 35
templates per kind, each used 3-5 times); unique msgids and the msgid shape;
strictly increasing msgtime and seq per file; key order; sender and routing
shapes (staff userids, "wm" customers, "wr" rooms, tolist = the other party or
the other group members); hits in R1-R5 categories sent by staff and customer
messages only as near misses; keyword presence (after folding the traditional
table back and removing separators) equals the label set for every
non-numbers message, numbers messages carry no R1-R5 keyword; no 拉升 after
大盘/指数/板块/尾盘/早盘; R6 validity of every numbers hit (after reading
Chinese numerals / full-width digits / separators back to digits); no valid R6
item in any 11/18/16-19 digit window of numbers near misses and of every other
category; about 25 % traditional (20-30 %); separator-split keywords in more
than 0 and fewer than 15 % of the hits; the simplified->traditional table is
one-to-one with no duplicates either way; build-twice determinism.
"""

import calendar
import collections
import json
import os
import random
import re
import string
import sys

SEED = 16_2026_1206
BASE_MSGTIME = 1765000000000
BASE_SEQ = 716000
CATEGORIES = ("numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation")
PER_KIND = 150
MIN_TEMPLATES = 35
TRAD_PER_CATEGORY = 75          # exactly 25 % of 300
SEP_HITS_PER_CATEGORY = 14      # 9.3 % of the hits (< 15 %)
KEY_ORDER = ["msgid", "action", "from", "tolist", "roomid", "msgtime", "seq", "msgtype", "text"]

RULE_KEYWORDS = collections.OrderedDict([
    ("R1", ("保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚")),
    ("R2", ("内幕消息", "内部消息", "庄家", "拉升")),
    ("R3", ("私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点")),
    ("R4", ("账户密码", "帮你操作", "代客理财", "全权委托")),
    ("R5", ("私人微信", "加我个人号", "私人号")),
])
MARKET_LASHENG = ("大盘拉升", "指数拉升", "板块拉升", "尾盘拉升", "早盘拉升")

# ---------------------------------------------------------------------------
# simplified -> traditional, one character to one character, only characters
# that have a single traditional form (written by hand for this file)
# ---------------------------------------------------------------------------
S2T_PAIRS = """
爱愛 罢罷 败敗 办辦 绑綁 帮幫 宝寶 报報 贝貝 备備 笔筆 毕畢 边邊 编編 变變 标標 宾賓
补補 财財 残殘 仓倉 层層 产產 长長 偿償 场場 车車 彻徹 陈陳 称稱 诚誠 迟遲 筹籌 处處
础礎 触觸 传傳 闯闖 创創 纯純 词詞 辞辭 聪聰 从從 错錯 达達 带帶 贷貸 单單 担擔 胆膽
弹彈 导導 岛島 灯燈 敌敵 递遞 点點 电電 垫墊 调調 顶頂 订訂 东東 动動 冻凍 独獨 读讀
赌賭 断斷 队隊 对對 夺奪 额額 儿兒 尔爾 罚罰 饭飯 访訪 飞飛 废廢 费費 纷紛 奋奮 愤憤
风風 肤膚 妇婦 负負 该該 盖蓋 赶趕 刚剛 钢鋼 纲綱 岗崗 个個 给給 巩鞏 贡貢 沟溝 构構
购購 顾顧 关關 观觀 馆館 惯慣 广廣 规規 归歸 贵貴 国國 过過 还還 汉漢 号號 贺賀 护護
沪滬 话話 华華 画畫 欢歡 环環 换換 黄黃 会會 货貨 击擊 机機 积積 鸡雞 级級 极極 际際
计計 记記 纪紀 济濟 继繼 绩績 驾駕 坚堅 监監 检檢 简簡 见見 键鍵 将將 奖獎 讲講 胶膠
较較 阶階 节節 结結 洁潔 紧緊 仅僅 进進 经經 惊驚 竞競 镜鏡 举舉 剧劇 觉覺 军軍 开開
课課 恳懇 块塊 宽寬 矿礦 亏虧 扩擴 来來 赖賴 兰蘭 蓝藍 栏欄 烂爛 劳勞 乐樂 类類 离離
礼禮 厉厲 励勵 丽麗 联聯 连連 脸臉 练練 炼煉 粮糧 两兩 辆輛 疗療 辽遼 猎獵 临臨 邻鄰
灵靈 龄齡 领領 刘劉 龙龍 楼樓 录錄 陆陸 虑慮 乱亂 论論 罗羅 逻邏 络絡 妈媽 马馬 吗嗎
买買 卖賣 麦麥 满滿 猫貓 贸貿 没沒 门門 们們 梦夢 庙廟 灭滅 鸣鳴 亩畝 纳納 难難 脑腦
恼惱 闹鬧 内內 鸟鳥 农農 浓濃 欧歐 盘盤 赔賠 喷噴 贫貧 频頻 评評 铺鋪 齐齊 骑騎 岂豈
气氣 弃棄 迁遷 钱錢 铅鉛 浅淺 枪槍 墙牆 桥橋 乔喬 亲親 轻輕 庆慶 穷窮 区區 趋趨 权權
劝勸 让讓 扰擾 热熱 认認 荣榮 软軟 锐銳 润潤 洒灑 伞傘 丧喪 扫掃 杀殺 纱紗 闪閃 伤傷
赏賞 烧燒 设設 绍紹 摄攝 审審 肾腎 声聲 绳繩 圣聖 师師 诗詩 时時 识識 实實 势勢 试試
视視 饰飾 释釋 寿壽 兽獸 书書 输輸 树樹 数數 帅帥 双雙 谁誰 税稅 顺順 说說 硕碩 丝絲
诉訴 肃肅 虽雖 随隨 岁歲 孙孫 损損 缩縮 锁鎖 态態 谈談 汤湯 烫燙 讨討 腾騰 题題 体體
条條 铁鐵 听聽 厅廳 头頭 图圖 网網 违違 围圍 伟偉 卫衛 稳穩 问問 无無 务務 误誤 雾霧
戏戲 细細 吓嚇 虾蝦 县縣 显顯 险險 现現 献獻 线線 乡鄉 详詳 响響 项項 协協 写寫 谢謝
兴興 许許 续續 选選 学學 询詢 寻尋 训訓 压壓 鸭鴨 亚亞 严嚴 盐鹽 颜顏 验驗 样樣 养養
阳陽 扬揚 杨楊 钥鑰 爷爺 业業 页頁 医醫 仪儀 亿億 忆憶 艺藝 议議 异異 谊誼 译譯 阴陰
银銀 饮飲 隐隱 应應 营營 赢贏 拥擁 优優 忧憂 邮郵 犹猶 鱼魚 语語 预預 誉譽 园園 员員
远遠 约約 跃躍 阅閱 运運 杂雜 灾災 载載 则則 责責 泽澤 贼賊 赠贈 闸閘 诈詐 债債 战戰
张張 涨漲 帐帳 胀脹 赵趙 这這 针針 侦偵 诊診 阵陣 镇鎮 争爭 证證 郑鄭 织織 职職 执執
纸紙 质質 终終 众眾 猪豬 诸諸 嘱囑 驻駐 专專 砖磚 转轉 赚賺 庄莊 装裝 壮壯 状狀 资資
总總 纵縱 组組 钻鑽 请請 骗騙 诺諾 怀懷 储儲 户戶 码碼 兑兌 币幣 档檔 况況 虚虛 谎謊
诱誘 销銷 赎贖 缴繳 红紅 绿綠 链鏈 镯鐲 铂鉑 钯鈀 侬儂 间間 抢搶 贴貼 维維 测測 库庫
删刪 讯訊 统統 够夠 惨慘 骂罵 烦煩 决決 颗顆 摊攤 蚀蝕 倾傾 晓曉 唠嘮 犊犢 绝絕 温溫
吴吳 拨撥 饱飽 伦倫 闻聞 侧側 属屬 贯貫 缓緩 骚騷
"""
S2T_LIST = S2T_PAIRS.split()
S2T = {p[0]: p[1] for p in S2T_LIST}
T2S = {p[1]: p[0] for p in S2T_LIST}
TRAD_CHARS = frozenset(T2S)


def to_trad(text):
    return "".join(S2T.get(c, c) for c in text)


def fold(text):
    return "".join(T2S.get(c, c) for c in text)


# separators that may split a keyword (inserted into < 15 % of hits)
KW_INSERT_SEPS = ("·", " ", "-", "_", "*", ".", "~")
KW_STRIP = frozenset(" \u3000·・-_*.~")


def normalise_kw(text):
    return "".join(c for c in fold(text) if c not in KW_STRIP)


def keyword_rules(text):
    norm = normalise_kw(text)
    return sorted(r for r, kws in RULE_KEYWORDS.items() if any(k in norm for k in kws))


def keyword_occurrences(text):
    return sum(text.count(k) for kws in RULE_KEYWORDS.values() for k in kws)


# ---------------------------------------------------------------------------
# R6 reading and validation
# ---------------------------------------------------------------------------
DIGIT_MAP = {str(i): str(i) for i in range(10)}
DIGIT_MAP.update({chr(0xFF10 + i): str(i) for i in range(10)})
DIGIT_MAP.update({"〇": "0", "零": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "兩": "2",
                  "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"})
DIG_SEPS = frozenset(" \u3000-－—.．·・,，、_/")
ID_X = frozenset("XxＸｘ")
PROVINCES = frozenset(("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
                       "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
                       "61", "62", "63", "64", "65", "71", "81", "82"))
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def digit_runs(text):
    """Read digit runs back: Chinese numerals, full-width digits, separators."""
    runs, cur, i, n = [], [], 0, len(text)
    while i < n:
        c = text[i]
        if c in DIGIT_MAP:
            cur.append(DIGIT_MAP[c])
            i += 1
            continue
        if cur and c in ID_X:
            cur.append("X")
            runs.append("".join(cur))
            cur = []
            i += 1
            continue
        if cur and c in DIG_SEPS:
            j = i
            while j < n and j - i < 2 and text[j] in DIG_SEPS:
                j += 1
            if j < n and text[j] in DIGIT_MAP:
                i = j
                continue
        if cur:
            runs.append("".join(cur))
            cur = []
        i += 1
    if cur:
        runs.append("".join(cur))
    return runs


def id_check_char(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_WEIGHTS)) % 11]


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def valid_mobile(w):
    return len(w) == 11 and w.isdigit() and w[0] == "1" and w[1] in "3456789"


def valid_id(w):
    if len(w) != 18 or not w[:17].isdigit() or not (w[17].isdigit() or w[17] == "X"):
        return False
    if w[:2] not in PROVINCES:
        return False
    y, m, d = int(w[6:10]), int(w[10:12]), int(w[12:14])
    if not (1900 <= y <= 2025 and 1 <= m <= 12):
        return False
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return False
    return id_check_char(w[:17]) == w[17]


def valid_card(w):
    return 16 <= len(w) <= 19 and w.isdigit() and luhn_ok(w)


def r6_items(text):
    found = []
    for run in digit_runs(text):
        n = len(run)
        for i in range(n - 10):
            if valid_mobile(run[i:i + 11]):
                found.append(("mobile", run[i:i + 11]))
        for i in range(n - 17):
            if valid_id(run[i:i + 18]):
                found.append(("id", run[i:i + 18]))
        for size in range(16, 20):
            for i in range(n - size + 1):
                if valid_card(run[i:i + size]):
                    found.append(("card", run[i:i + size]))
    return found


# ---------------------------------------------------------------------------
# people, rooms
# ---------------------------------------------------------------------------
STAFF = ("zhangwei", "li.na", "wangfang", "liuyang", "chen.jing", "zhaolei", "sun.li", "zhouqiang",
         "wu.xia", "huangmin", "xu.tao", "hu.jun", "guo.hui", "he.ping", "lin.xiaoyu", "luo.yi",
         "gao.feng", "ma.lin", "tang.jie", "deng.chao", "feng.yan", "cao.meng", "peng.bo",
         "xie.qian", "yang.xue", "chen.jiahui", "mai.wingsze", "liang.zhiwei")
ALNUM = string.ascii_letters + string.digits


def _setup_people():
    rng = random.Random(SEED)
    customers = tuple("wm" + "".join(rng.choice(ALNUM) for _ in range(22)) for _ in range(48))
    cust_rooms = []
    for _ in range(8):
        rid = "wr" + "".join(rng.choice(ALNUM) for _ in range(22))
        staff = rng.sample(STAFF, 2)
        custs = rng.sample(customers, rng.randint(4, 7))
        cust_rooms.append((rid, tuple(staff), tuple(custs)))
    staff_rooms = []
    for _ in range(4):
        rid = "wr" + "".join(rng.choice(ALNUM) for _ in range(22))
        staff_rooms.append((rid, tuple(rng.sample(STAFF, rng.randint(4, 7))), ()))
    return customers, tuple(cust_rooms), tuple(staff_rooms)


CUSTOMERS, CUST_ROOMS, STAFF_ROOMS = _setup_people()
ROOM_MEMBERS = {rid: tuple(s) + tuple(c) for rid, s, c in CUST_ROOMS + STAFF_ROOMS}
ROOM_IS_INTERNAL = {rid: not c for rid, s, c in CUST_ROOMS + STAFF_ROOMS}
STAFF_RE = re.compile(r"^[a-z]+(\.[a-z]+)?$")
CUST_RE = re.compile(r"^wm[A-Za-z0-9]{20,}$")
ROOM_RE = re.compile(r"^wr[A-Za-z0-9]{16,}$")
MSGID_RE = re.compile(r"^h16_(numbers|rhetorical|prohibition|warning_report|refusal|quotation)"
                      r"_(\d{4})_(hit|near)_t(\d{2})$")

# ---------------------------------------------------------------------------
# slot vocabulary
# ---------------------------------------------------------------------------
SLOTS = {
    "kh": ("王姐", "李哥", "张老师", "陈总", "刘姐", "赵哥", "孙老师", "周女士", "吴先生", "郑姐"),
    "khe": ("王阿姨", "李叔", "张奶奶", "赵大爷", "孙阿姨", "周叔", "刘婆婆", "陈伯"),
    "khy": ("陈生", "李太", "黄小姐", "何先生", "梁太", "张生", "麦小姐", "罗生"),
    "khs": ("王家阿姨", "李老伯", "张阿姨", "爷叔", "陈先生", "徐家姆妈"),
    "khc": ("王孃孃", "李哥", "张姐", "刘老师", "陈叔", "何姐"),
    "xm": ("王", "李", "陈", "刘", "周", "赵", "杨", "何"),
    "name": ("王建国", "李秀英", "张伟", "刘芳", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴刚"),
    "prod": ("稳盈180天", "季季享3号", "安鑫月月盈", "天天利A", "鑫悦双周", "恒享年年", "睿远稳健",
             "安泰增利", "晨曦6个月", "福满365"),
    "metal": ("金条", "投资金条", "积存金", "千足金", "金币", "白银"),
    "bond": ("恒顺转债", "华锦转债", "嘉泰转债", "明阳转债", "远东转债", "川能转债"),
    "reit": ("沪杭高速REIT", "蜀道仓储REIT", "张江产业园REIT", "滨海物流REIT", "东湖能源REIT"),
    "stock": ("华信科技", "东辰股份", "中瑞新材", "远航电子", "鼎盛医药", "星河能源", "川渝智造",
              "北方锂业"),
    "ins": ("美元储蓄计划", "分红储蓄险", "年金计划", "教育基金计划", "终身储蓄保单"),
    "pct": ("3.2", "3.8", "4.5", "5.1", "5.8", "6.2"),
    "amt": ("5万", "10万", "20万", "30万", "50万"),
    "emo": ("[微笑]", "[抱拳]", "[OK]", "👍", "🙏", "[呲牙]", "[握手]", "[玫瑰]", "💰"),
    "grams": ("20", "50", "100", "200"),
    "place": ("人民南路", "解放碑", "中街", "南京西路", "中山路", "春熙路"),
}

# ---------------------------------------------------------------------------
# numbers generators
# ---------------------------------------------------------------------------
DIGITS = "0123456789"
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150",
                   "151", "152", "155", "156", "157", "158", "159", "166", "176", "177", "178",
                   "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "195",
                   "198", "199")
REGIONS = ("110101", "110105", "120101", "310104", "310115", "320106", "330106", "340104",
           "350203", "370202", "410105", "420106", "430104", "440106", "440305", "450103",
           "500103", "510107", "510104", "520102", "530102", "610113", "210102", "220102",
           "230103", "360102", "130102", "140105", "150102", "460105")
CARD_PREFIXES = ("622202", "622848", "621700", "622588", "623668", "621226", "622700", "621483",
                 "625911", "436742", "524091")
CN_DIGITS = {"0": ("零", "〇"), "1": ("幺", "幺", "一"), "2": ("二", "两"), "3": ("三",),
             "4": ("四",), "5": ("五",), "6": ("六",), "7": ("七",), "8": ("八",), "9": ("九",),
             "X": ("X",)}


def _d(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _birth(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    return "%04d%02d%02d" % (y, m, rng.randint(1, calendar.monthrange(y, m)[1]))


def gen_mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + _d(rng, 8)


def gen_id(rng, y0=1952, y1=2006):
    s17 = rng.choice(REGIONS) + _birth(rng, y0, y1) + _d(rng, 3)
    return s17 + id_check_char(s17)


def gen_card(rng, length=None):
    prefix = rng.choice(CARD_PREFIXES)
    length = length or rng.choice((16, 19, 19, 16, 17, 18))
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("luhn")


def gen_bad_card(rng, length=None):
    good = gen_card(rng, length)
    return good[:-1] + rng.choice([c for c in DIGITS if c != good[-1]])


def f_groups(d, sizes, sep):
    parts, i = [], 0
    for s in sizes:
        if i >= len(d):
            break
        parts.append(d[i:i + s])
        i += s
    if i < len(d):
        parts.append(d[i:])
    return sep.join(parts)


def f_cn(rng, d):
    return "".join(rng.choice(CN_DIGITS[c]) for c in d)


def f_mixed(rng, d):
    out = []
    for c in d:
        out.append(rng.choice(CN_DIGITS[c]) if rng.random() < 0.5 else c)
    return "".join(out)


def f_fw(d):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in d)


def _id_x(rng):
    while True:
        v = gen_id(rng)
        if v.endswith("X"):
            return v[:-1] + "x"


def _bad_id_chk(rng):
    s17 = rng.choice(REGIONS) + _birth(rng, 2000, 2007) + _d(rng, 3)
    good = id_check_char(s17)
    return s17 + rng.choice([c for c in "0123456789X" if c != good])


def _bad_id_month(rng):
    s17 = (rng.choice(REGIONS) + str(rng.randint(2000, 2007)) + str(rng.randint(13, 19))
           + "%02d" % rng.randint(1, 28) + _d(rng, 3))
    return s17 + id_check_char(s17)


def _bad_id_region(rng):
    s17 = rng.choice(("00", "96", "98", "99", "80", "70")) + _d(rng, 4) + _birth(rng, 2000, 2007) + _d(rng, 3)
    return s17 + id_check_char(s17)


def _bad_id_feb30(rng):
    s17 = (rng.choice(REGIONS) + str(rng.randint(2000, 2007)) + rng.choice(("0230", "0231", "0431", "0931"))
           + _d(rng, 3))
    return s17 + id_check_char(s17)


def _id17(rng):
    v = gen_id(rng, 2000, 2007)
    k = rng.randint(14, 16)
    return v[:k] + v[k + 1:]


NUMGEN = {
    # valid personal data
    "mob_plain": lambda r: gen_mobile(r),
    "mob_344": lambda r: f_groups(gen_mobile(r), (3, 4, 4), " "),
    "mob_dash": lambda r: f_groups(gen_mobile(r), (3, 4, 4), "-"),
    "mob_dot": lambda r: f_groups(gen_mobile(r), (3, 4, 4), "."),
    "mob_cn": lambda r: f_cn(r, gen_mobile(r)),
    "mob_fw": lambda r: f_fw(gen_mobile(r)),
    "mob_comma": lambda r: ",".join(gen_mobile(r)),
    "mob_mixed": lambda r: f_groups(f_mixed(r, gen_mobile(r)), (3, 4, 4), "-"),
    "id_plain": lambda r: gen_id(r),
    "id_space": lambda r: f_groups(gen_id(r), (6, 8, 4), " "),
    "id_dash": lambda r: f_groups(gen_id(r), (6, 8, 4), "-"),
    "id_dot": lambda r: f_groups(gen_id(r), (6, 8, 4), "."),
    "id_mixed": lambda r: f_mixed(r, gen_id(r)),
    "id_fw": lambda r: f_fw(gen_id(r)),
    "id_x": _id_x,
    "id_irregular": lambda r: f_groups(gen_id(r), (3, 3, 4, 4, 4), " "),
    "card_plain": lambda r: gen_card(r),
    "card_space": lambda r: f_groups(gen_card(r), (4, 4, 4, 4, 4), " "),
    "card_dash": lambda r: f_groups(gen_card(r), (4, 4, 4, 4, 4), "-"),
    "card_cn": lambda r: f_cn(r, gen_card(r)),
    "card_mixed": lambda r: f_mixed(r, gen_card(r)),
    # look-alikes
    "last4": lambda r: _d(r, 4),
    "mob_mask": lambda r: r.choice(MOBILE_PREFIXES) + "****" + _d(r, 4),
    "bad_id_chk": _bad_id_chk,
    "bad_id_month": _bad_id_month,
    "bad_id_region": _bad_id_region,
    "bad_id_feb30": _bad_id_feb30,
    "bad_id_fw": lambda r: f_fw(_bad_id_chk(r)),
    "id17": _id17,
    "id_mask": lambda r: (lambda v: v[:4] + "*" * 10 + v[-4:])(gen_id(r)),
    "m10": lambda r: gen_mobile(r)[:10],
    "m10_cn": lambda r: f_cn(r, gen_mobile(r)[:10]),
    "m_badprefix": lambda r: r.choice(("10", "11", "12")) + _d(r, 9),
    "bad_card16": lambda r: gen_bad_card(r, 16),
    "bad_card19_space": lambda r: f_groups(gen_bad_card(r, 19), (4, 4, 4, 4, 4), " "),
    "bad_card_cn": lambda r: f_cn(r, gen_bad_card(r)),
    "card_mask": lambda r: r.choice(CARD_PREFIXES)[:4] + " **** **** " + _d(r, 4),
    "order": lambda r: "DD202512%02d" % r.randint(1, 28) + _d(r, 8),
    "serial": lambda r: "%s-%s-%s" % (r.choice(("9999", "999")), _d(r, 4), _d(r, 5)),
    "cb_code": lambda r: r.choice(("113", "123", "127", "128", "110", "111")) + _d(r, 3),
    "cb_price": lambda r: "1%s.%s" % (_d(r, 2), _d(r, 2)),
    "reit_code": lambda r: r.choice(("508", "180")) + _d(r, 3),
    "div": lambda r: "0.0%s" % _d(r, 3),
    "date_md": lambda r: "12月%d日" % r.randint(8, 28),
    "amt_big": lambda r: "{:,}.00".format(r.randint(5, 300) * 10000),
    "date_full": lambda r: "2025-12-%02d" % r.randint(8, 28),
    "landline": lambda r: "%s-%s%s" % (r.choice(("028", "023", "021", "024", "020")), r.choice("2345678"), _d(r, 7)),
    "d3": lambda r: r.choice("2345678") + _d(r, 2),
    "d4": lambda r: _d(r, 4),
    "hk_land": lambda r: "2%s %s" % (_d(r, 3), _d(r, 4)),
    "policy": lambda r: r.choice(("HK", "MO", "PL")) + _d(r, 10),
    "contract": lambda r: "2025-%s-%s" % ("12%02d" % r.randint(1, 28), _d(r, 4)),
    "tracking": lambda r: _d(r, 12),
    "prodreg": lambda r: "C1" + _d(r, 12),
    "uscc": lambda r: r.choice(REGIONS) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8)),
    "code6": lambda r: _d(r, 6),
    "merchant15": lambda r: "8" + _d(r, 14),
    "flow20": lambda r: _d(r, 20),
    "gold_price": lambda r: "%d.%s" % (r.randint(560, 640), _d(r, 2)),
    "gold_total": lambda r: "{:,}".format(r.randint(11000, 130000)),
    "stock_n": lambda r: str(r.randint(2, 40)),
    "addr_no": lambda r: str(r.randint(1, 399)),
    "floor": lambda r: str(r.randint(2, 9)),
    "queue": lambda r: _d(r, 3),
    "window": lambda r: str(r.randint(1, 8)),
    "staffno": lambda r: _d(r, 6),
}

# ---------------------------------------------------------------------------
# templates
#   who: s = staff, c = customer
#   chat: 1 = one-to-one, g = customer group, i = internal staff group
#   voice: yue = Cantonese (always traditional), others are notes only
# ---------------------------------------------------------------------------
Tpl = collections.namedtuple("Tpl", "kind rules who chat voice text")


def H(rules, who, chat, voice, text):
    return Tpl("hit", tuple(rules.split("+")), who, chat, voice, text)


def N(rules, who, chat, voice, text):
    return Tpl("near", tuple(rules.split("+")), who, chat, voice, text)


TEMPLATES = {}

TEMPLATES["numbers"] = [
    H("R6", "s", "1", "", "{kh}，我是您的专属客户经理，手机{mob_plain}，工作日晚上九点前都能打。"),
    H("R6", "c", "1", "elder-voice", "小{xm}啊我的电话是{mob_cn}你记着金条到了给我打电话我下午都在家"),
    H("R6", "c", "1", "young", "身份证号{id_plain}，开户页面一直卡住，你帮我看看是不是填错了"),
    H("R6", "s", "g", "lobby", "@{kh} 您好，您登记的预约手机{mob_dash}对吗？明天上午到网点取号就行。"),
    H("R6", "c", "1", "yue", "我个身份证号码係{id_space}，你帮我填埋张表啦。"),
    H("R6", "c", "1", "dongbei", "老铁，我卡号{card_space}，钱到了吱一声。"),
    H("R6", "s", "1", "shanghai", "{khs}，侬额手机{mob_344}我记好了，明朝上半天打侬。"),
    H("R6", "c", "1", "sichuan", "我电话{mob_dot}，你到了楼下就打我电话哈。"),
    H("R6", "s", "i", "leader", "新分配的客户大家跟进一下：{name}，电话{mob_plain}，身份证{id_plain}，意向金额{amt}。"),
    H("R6", "c", "1", "", "手机：{mob_fw}，麻烦帮我改一下预留手机号。"),
    H("R6", "s", "g", "live", "恭喜今晚抽中金豆的家人，收货电话{mob_344}，主播这边已经安排发货啦[庆祝]"),
    H("R6", "c", "1", "young", "开户绑的卡是{card_plain}，这张可以吗？学校发的那张。"),
    H("R6", "c", "1", "complaint", "投诉人：{name}，身份证号：{id_plain}，联系电话：{mob_plain}。事由：贵行理财经理销售时没有讲清风险，要求给个说法。"),
    H("R6", "s", "i", "training", "问：客户把身份证{id_space}直接发到群里了，我要怎么处理？答：先撤回，再提醒客户注意信息安全。"),
    H("R6", "c", "1", "voice", "卡号是{card_mixed}你看对不对我念的时候信号不好"),
    H("R6", "s", "1", "yue", "{khy}，你张卡{card_dash}我已经登记咗，下个月自动扣保费。"),
    H("R6", "c", "1", "", "电话{mob_comma}（分开打的，怕被屏蔽）"),
    H("R6", "c", "1", "elder", "我孙子的电话{mob_cn}，有事你找他，我眼睛看不清。"),
    H("R6", "s", "1", "", "核对一下您的证件号：{id_dash}，和开户资料一致，没问题。"),
    H("R6", "c", "1", "young", "身份证号{id_x}，最后是小写x对吧？"),
    H("R6", "s", "i", "leader", "提醒：{kh}的银行卡{card_plain}被冻结了，明天柜面处理一下。"),
    H("R6", "c", "1", "shanghai", "阿拉囡囡额电话{mob_344}，侬有事体寻伊好了。"),
    H("R6", "c", "1", "dongbei", "我手机号{mob_cn}，整明白没？打不通就多打几遍。"),
    H("R6", "c", "1", "", "转账卡号：{card_space}（工商银行），户名{name}"),
    H("R6", "s", "1", "elder", "{khe}，年金领取就用这张卡：{card_plain}，我已经在系统里给您填好了。"),
    H("R6", "c", "1", "", "身份证{id_mixed}，照片太糊了我直接打字给你"),
    H("R6", "s", "g", "reit", "认购登记：投资者手机{mob_dash}，证件号{id_plain}，请本人确认后回复收到。"),
    H("R6", "c", "1", "yue", "我大陆电话係{mob_344}，香港嗰个号码唔常用。"),
    H("R6", "c", "1", "young", "学生证没带，身份证号码{id_dot}行不行？"),
    H("R6", "s", "1", "gold", "{kh}，提货人电话登记的是{mob_plain}，提货时带上身份证原件。"),
    H("R6", "c", "1", "voice", "卡号{card_cn}就是这个你那边能看到吗"),
    H("R6", "s", "1", "emoji", "收到[OK] 您的手机{mob_fw}已经备注好了"),
    H("R6", "c", "1", "", "我电话+86 {mob_344}，在外地出差"),
    H("R6", "c", "1", "sichuan", "{card_dash}这个是我的工资卡，你帮我看哈能不能绑定嘛"),
    H("R6", "s", "i", "elder", "怕系统拦，我写成中文发群里：李叔女儿的电话{mob_cn}，值班同事有事先联系她。"),
    H("R6", "c", "1", "", "身份证：{id_irregular}"),
    H("R6", "s", "1", "yue", "{khy}，你登记嘅内地手机{mob_mixed}，我哋会用嚟发保单通知。"),
    H("R6", "c", "1", "young", "身份证{id_fw}，全角的你那边能识别吗"),
    # near misses
    N("R6", "s", "1", "", "{kh}，尾号{last4}的手机已经和您的账户绑定成功，以后验证码会发到这个号上。"),
    N("R6", "s", "1", "lobby", "您预留的手机号显示为{mob_mask}，如果不对请带身份证到柜台更改。"),
    N("R6", "c", "1", "young", "身份证号{bad_id_chk}，系统一直说校验不通过，是不是我输错了"),
    N("R6", "s", "1", "", "您填的证件号{bad_id_month}，中间的出生月份大于十二，肯定录错了，麻烦再核对一下。"),
    N("R6", "s", "i", "training", "演练用的假证件号{bad_id_region}，地区码是编的，大家测试系统时就用这个。"),
    N("R6", "c", "1", "elder", "电话是{m10}，哎呀好像少了一位，我回头问问我儿子"),
    N("R6", "s", "1", "", "您刚发的{m_badprefix}不是手机号吧？这个号段不存在，再看一眼。"),
    N("R6", "c", "1", "", "卡号{bad_card16}，手机银行提示卡号有误"),
    N("R6", "s", "1", "", "{kh}，卡号{bad_card19_space}校验没通过，应该是抄错了一位，您拍张卡面照片吧。"),
    N("R6", "s", "1", "gold", "{kh}，您的订单号{order}，{grams}克投资金条明天下午到店。"),
    N("R6", "s", "1", "gold", "金条编号AU{serial}，证书和发票都在袋子里，您收好。"),
    N("R6", "s", "g", "bond", "今天关注的是{bond}，代码{cb_code}，收盘价{cb_price}元，转股溢价率{pct}%。"),
    N("R6", "s", "g", "reit", "{reit}代码{reit_code}，本期分红每份{div}元，权益登记日{date_md}。"),
    N("R6", "s", "1", "", "您本次认购金额{amt_big}元已冻结，产品成立后开始计息。"),
    N("R6", "s", "1", "lobby", "您预约的时间是{date_full} 上午十点，到了取号报手机尾号就行。"),
    N("R6", "s", "1", "sichuan", "{khc}，网点座机{landline}，我不在的话打这个也可以哈。"),
    N("R6", "s", "1", "", "客服热线400-{d3}-{d4}，24小时有人接。"),
    N("R6", "s", "1", "yue", "{khy}，我哋公司客服热线係+852 {hk_land}，办公时间都有人听。"),
    N("R6", "s", "1", "yue", "{khy}，保单号{policy}，冷静期到{date_md}为止，有问题随时搵我。"),
    N("R6", "s", "i", "", "合同编号HT-{contract}，已上传到系统，请复核岗审一下。"),
    N("R6", "s", "1", "", "{kh}，资料已经顺丰寄出，单号SF{tracking}，预计后天到。"),
    N("R6", "s", "1", "", "这款产品的登记编码是{prodreg}，您可以到理财信息登记系统查真伪。"),
    N("R6", "s", "1", "", "我们分行的统一社会信用代码是91{uscc}，开对公户要用。"),
    N("R6", "s", "1", "lobby", "您的预约码是{code6}，到网点报这个码就行，不用排队。"),
    N("R6", "s", "1", "", "系统里您的证件号显示为{id_mask}，中间已经脱敏了，核对后四位就行。"),
    N("R6", "s", "1", "", "这张卡显示为{card_mask}，是您的工资卡对吧？"),
    N("R6", "c", "1", "young", "身份证号{id17}，咦怎么只有17位，我再看看"),
    N("R6", "c", "1", "voice", "电话是{m10_cn}你打一下看看通不通"),
    N("R6", "c", "1", "voice", "卡号{bad_card_cn}我念给你听的你看看对不对"),
    N("R6", "s", "1", "", "商户号{merchant15}，扫码付款的时候核对一下商户名称。"),
    N("R6", "s", "i", "", "今天的流水号{flow20}对不上账，运营帮忙查一下。"),
    N("R6", "c", "1", "", "身份证：{bad_id_fw}，是不是全角输进去不认"),
    N("R6", "s", "1", "", "{kh}，证件号{bad_id_feb30}里的出生日期不存在，肯定是抄错了，麻烦拍张证件照片。"),
    N("R6", "s", "g", "gold", "今日金价{gold_price}元/克，{grams}克金条总价{gold_total}元，库存还有{stock_n}根。"),
    N("R6", "s", "1", "", "{kh}，我们网点地址是{place}{addr_no}号，{floor}楼理财室。"),
    N("R6", "s", "1", "lobby", "取号单上的号码是A{queue}，叫到号直接去{window}号窗口。"),
    N("R6", "c", "1", "", "工号{staffno}的那位经理态度很好，麻烦帮我转达感谢。"),
]

TEMPLATES["rhetorical"] = [
    H("R1", "s", "1", "", "{kh}，您说咱们这款{prod}哪回不是保本的？三年了一分没亏过，放心买就是了{emo}"),
    H("R1", "s", "1", "dongbei", "老铁，你瞅瞅这{metal}，啥时候让你亏过？稳赚的买卖你还犹豫嘎哈？"),
    H("R1", "s", "1", "sichuan", "{khc}，这个{prod}你还怕啥子嘛？保本的东西，哪个会拿来骗你嘛，放心买哈。"),
    H("R1", "s", "1", "shanghai", "{khs}，侬想想看，阿拉行里卖出去额{prod}，有哪一只不是保本额？老灵额，侬就放心好伐。"),
    H("R1", "s", "1", "yue", "{khy}，呢份{ins}边度会蚀㗎？保证收益写到明明白白，仲使唔使谂咁耐？"),
    H("R1", "s", "1", "double-neg", "谁跟您说有风险的？咱家{prod}没有不保本的，您放一百个心。"),
    H("R1", "s", "1", "", "您问能不能保收益？我要是不敢保收益，会天天给您打电话推荐吗？"),
    H("R1", "s", "g", "live", "直播间的家人们，{metal}现在这个价位还不上车？稳赚的机会一年能有几次？主播自己都满仓了！"),
    H("R1", "s", "1", "lobby", "{khe}，结构性存款哪有拿不到最高档的？{pct}%那档就是保证收益，跟存定期一个样。"),
    H("R1", "s", "1", "sarcasm", "哟，您还担心亏？这{reit}要是不稳赚，我把工牌吃了行不行？"),
    H("R1", "s", "1", "conditional", "要是这{bond}到期前真亏了，差多少我补给您，这不就等于零风险吗？"),
    H("R2", "s", "1", "", "{kh}，我们营业部的消息您还不信？庄家这周就要动手拉升{stock}，不跟着上车等啥？"),
    H("R2", "s", "1", "", "你以为我哪来的把握？内幕消息，{stock}下周要公告重组，你说该不该现在进？"),
    H("R2", "s", "1", "dongbei", "老铁，整不明白咋的？内部消息都递给你了，{stock}明天开盘前还不埋伏，等啥呢？"),
    H("R2", "s", "1", "yue", "{khy}，我老友喺嗰间公司做嘢，内部消息嚟㗎，你话我会唔会乱讲？{stock}听日就有公告。"),
    H("R3", "s", "1", "", "{kh}，走公司流程手续费多高您知道吗？私下转账给我，我直接帮您下单，不省事吗？"),
    H("R3", "s", "1", "gold", "买{metal}找谁不是买？在我这儿拿货每克返点两块，这不比去柜台划算？"),
    H("R3", "s", "1", "", "别家机构的产品收益更高，我手里有渠道，飞单怎么了？钱是您的，收益高不就行了？"),
    H("R3", "s", "1", "young", "同学，你开户用我的码，手续费我每月返佣给你，这么好的事上哪找去？"),
    H("R4", "s", "1", "", "{kh}，您每天上班哪有时间盯盘？把账户密码给我，我替您盯着不好吗？"),
    H("R4", "s", "1", "young", "你一个大学生懂什么K线？全权委托给我，赚了咱俩分，何乐而不为？"),
    H("R4", "s", "1", "sichuan", "{khc}，你自己搞得懂啥子嘛？我帮你操作噻，巴适得很，还有啥子不放心的？"),
    H("R5", "s", "1", "", "公司这个号消息太多了，您有啥事不能加我个人号说？那边我回得快。"),
    H("R5", "s", "1", "", "{kh}，谁说不能用私人微信聊？加上以后我把内部资料也发您{emo}"),
    H("R5", "s", "1", "shanghai", "{khs}，侬嫌企业微信麻烦是伐？私人号加一只不就好了，阿拉讲讲闲话也方便。"),
    H("R1", "s", "1", "voice", "阿姨你放心好了这个铲品怎么可能会亏呢我们卖了这么多年了都是保本的你问问隔壁王阿姨她买了三期了哪期亏过嘛"),
    H("R1", "s", "1", "annuity", "{khe}，这个年金您算算，活得越久领得越多，哪来的风险？说零风险一点都不过分吧？"),
    H("R1", "s", "1", "reit", "{reit}月月有分红，高速公路又跑不掉，它不是稳赚不赔是什么？"),
    H("R1", "s", "1", "young-cb", "兄弟，转债下有债底上不封顶，包赚的东西你还问我要不要冲？"),
    H("R2", "s", "g", "live", "直播间的朋友们，为什么我让大家今天下午收盘前进{stock}？因为庄家已经在吸筹了，懂的都懂！"),
    H("R3", "s", "i", "leader", "这个月任务还差一大截，别人能飞单我们为什么不能？渠道我来对接，大家把客户名单报上来。"),
    H("R4", "s", "1", "elder", "{khe}，您眼睛不好，手机银行那么多按钮您看得清吗？账户密码告诉我，下回我直接替您弄好。"),
    H("R1", "s", "1", "lobby", "{khe}，存定期才那么点利息，这款{prod}年化{pct}%还保本，您说是不是傻子才不买？"),
    H("R5", "s", "1", "dongbei", "哥，咱企业微信里说话不方便，你说是不是？私人微信我发你了，赶紧加上。"),
    H("R3", "s", "1", "yue", "{khy}，你喺公司签同喺我度签有咩分别？私下交易仲平啲，使乜咁执着？"),
    H("R1", "s", "1", "reported-q", "您刚才问'这个能保本吗'——我干这行十年了，能骗您吗？保本，绝对保本。"),
    H("R4", "s", "1", "young", "你问我能不能帮你操作？我不帮你谁帮你？周末把账户密码发我就行。"),
    H("R2", "s", "1", "sichuan", "{khc}，你说我为啥子喊你买{stock}？内幕消息噻，下礼拜就要公布，你说巴不巴适？"),
    # near misses
    N("R1", "s", "1", "", "{kh}，投资哪有保本的？{prod}是净值型，可能会亏，您考虑清楚再买。"),
    N("R1", "s", "1", "gold", "天底下哪有稳赚不赔的买卖？{metal}价格也是会跌的，您别一把全买了。"),
    N("R1", "s", "1", "dongbei-sarcasm", "老铁，你听谁说的包赚？这玩意儿要是包赚，我还上啥班啊，早回家躺着了。"),
    N("R1", "s", "1", "sichuan", "{khc}，哪个跟你说零风险嘛？转债也会跌的哈，莫得哪个敢打包票。"),
    N("R1", "s", "1", "shanghai", "{khs}，侬讲保本？资管新规出来以后，哪里还有保本额理财，侬勿要听外头瞎讲。"),
    N("R1", "s", "1", "yue", "{khy}，边有保证收益嘅投资啊？呢份{ins}嘅分红部分係非保证嘅，要睇公司表现。"),
    N("R1", "s", "1", "double-neg", "不是我不想给您保本，是监管根本不允许任何人承诺这个，谁承诺谁违规。"),
    N("R1", "c", "1", "", "你们这个{prod}是保本的吗？我就这点养老钱，亏不起啊。"),
    N("R1", "s", "i", "training", "问：客户追问'能不能保证收益'，我们可以回答'历史上没亏过'吗？答：不可以，这同样属于变相承诺。"),
    N("R2", "s", "1", "", "{kh}，真有内幕消息的人会满大街告诉你吗？那些荐股群都是骗子。"),
    N("R2", "s", "1", "", "庄家？现在监管盯得那么紧，谁还敢明着坐庄？您别信群里那套说法。"),
    N("R2", "s", "1", "dongbei", "咋整？内部消息我是真没有啊，有我也不能说，说了就是犯法。"),
    N("R2", "s", "1", "voice", "哥你问我有没有内部消息我哪有啊我就是个客户经理每天看的公告跟你看的一样的别信那些拉升群啊都是割韭菜的"),
    N("R3", "s", "1", "", "私下转账？您觉得正规银行会让客户把钱转到员工卡上吗？一律走对公账户。"),
    N("R3", "s", "1", "gold", "{kh}，返点这种事我们哪敢做？被查到直接开除的，价格就是柜台牌价。"),
    N("R3", "s", "1", "yue", "{khy}，你问我可唔可以飞单？我点会做呢啲嘢，会冇咗牌照㗎。"),
    N("R3", "s", "i", "young", "学弟问我开户能不能返佣，我说你当这是拼团啊？佣金就是标准费率，没有返现。"),
    N("R4", "s", "1", "", "您把账户密码发给我干嘛？密码只有您自己能知道，连我们行长都不能问。"),
    N("R4", "s", "1", "", "代客理财？{kh}您太信任我了，可这哪行啊，下单必须您本人在APP上点。"),
    N("R4", "s", "1", "sichuan", "{khc}，我帮你操作？那出了事算哪个的嘛？你自己点，我在旁边教你就是了哈。"),
    N("R5", "s", "1", "sichuan", "加我个人号？为啥子要加嘛？有事就在企业微信找我，公司要留痕的。"),
    N("R5", "s", "1", "shanghai", "私人微信？阿拉规定勿好加额，侬有啥事体就在此地讲，我看到就回。"),
    N("R5", "s", "1", "sarcasm", "哈哈您让我用私人号跟您聊？我可不想下个月去合规部喝茶[捂脸]"),
    N("R1", "s", "1", "reit", "{reit}会不会亏？当然会，二级市场价格天天在波动，分红也不固定，哪来的稳赚？"),
    N("R1", "s", "1", "annuity", "{khe}，年金是不是零风险？说实话不是，提前退保会有损失，您这笔钱三年内要用就别买。"),
    N("R1", "s", "1", "young-cb", "谁告诉你转债包赚？强赎、下修不及预期都会亏，你那个同学就是追高套住的。"),
    N("R1", "c", "1", "sarcasm", "你们上回不是说稳赚吗？现在跌成这样，稳赚在哪里？"),
    N("R2", "s", "g", "live", "有人问主播有没有内幕消息——主播要是有内幕消息，还用得着天天直播卖金条吗？大家理性消费。"),
    N("R3", "s", "i", "leader", "群里有人问飞单能不能做？你们自己说呢？做了就是红线，谁碰谁走人。"),
    N("R4", "s", "1", "elder", "{khe}，您那天说想全权委托给我管钱，那怎么行呢？您的钱得您自己做主，我只能给建议。"),
    N("R5", "c", "1", "", "小{xm}你有私人微信吗？企业微信我老是找不到你在哪。"),
    N("R1", "s", "1", "", "理财哪有只赚不亏的？别听人说什么保本保收益，那都是老黄历了。"),
    N("R1", "s", "1", "", "{kh}，您觉得年化{pct}%就能保证收益吗？不能，这是业绩比较基准，不是承诺。"),
    N("R2", "s", "1", "yue", "{khy}，你话我有冇内幕消息？我有就唔使打工啦，股票嘅嘢冇人讲得准。"),
    N("R3", "s", "1", "gold", "{kh}，私下交易的金条您拿什么验成色？没发票没证书，出了问题找谁去？还是在店里买最踏实。"),
    N("R4", "s", "1", "young", "你让我替你下单？学弟，代客理财是违规的，你自己的钱自己做主好吗？"),
    N("R5", "s", "1", "dongbei", "老铁，加我个人号嘎哈呀？咱就在这儿唠，公司号我天天在线，贼方便。"),
    N("R1", "s", "1", "yue", "{khy}，年金计划会唔会蚀？早退保梗係会蚀啦，边个同你讲零风险㗎？"),
]

TEMPLATES["prohibition"] = [
    H("R1", "s", "1", "", "公司不让我们说保本，但私下跟您讲，这款{prod}就是保本的，我自己都买了。"),
    H("R3", "s", "1", "", "按规定是不能私下转账的，不过您是老客户了，直接转到我个人卡上，我当天就给您办好。"),
    H("R3", "s", "1", "gold-concession", "原则上不行，但这次活动特殊，{metal}每克返点三块，别跟别人说。"),
    H("R4", "s", "1", "", "合规要求我们不能碰客户的账户密码，所以您把密码写在纸条上给我就行，我不存手机里。"),
    H("R5", "s", "1", "", "企业微信上禁止聊收益，咱们加我个人号聊，那边就不受限制了。"),
    H("R1", "s", "1", "dongbei", "公司明令禁止说稳赚，咱就不说，反正你买了就知道，指定赚，老铁放心整。"),
    H("R2", "s", "1", "", "规定不让传内幕消息，所以我只说一句：{stock}周三前上车，别问为什么。"),
    H("R4", "s", "1", "sichuan", "公司不准代客理财哈，但是你那个账户我帮你操作几天莫得啥子问题，巴适得很。"),
    H("R3", "s", "1", "yue", "公司规定唔可以私下交易，不过你过数畀我个人户口，佣金我会分返一半畀你。"),
    H("R1", "s", "1", "prohibition+separate-violation", "提醒一下：咱们这严禁收客户现金哈，这个千万别碰。另外{prod}我再说一遍，保本保息，到期连本带利一分不少。"),
    H("R1", "s", "i", "leader", "群规第三条：禁止承诺保本。——那条你们看看就行，跟客户就说{prod}保本，出了事我兜着。"),
    H("R1", "s", "i", "script-heading", "【本周话术】1. 不得使用'稳赚'等违规词；2. 客户问风险时统一回复：本产品零风险，历史从未亏损。"),
    H("R3", "s", "1", "", "别人都说飞单不能碰，我跟您讲，只要不走公司系统就没人查得到，收益高两个点，您自己掂量。"),
    H("R4", "s", "1", "elder", "{khe}，银行规定员工不能代客理财，但您是我看着的老人家，把卡和账户密码放我这，我每月帮您打理。"),
    H("R5", "s", "1", "shanghai", "{khs}，阿拉行里讲勿好加私人微信，不过侬是老客户，我私人微信发侬，侬偷偷加，勿要讲出去伐。"),
    H("R1", "s", "1", "concession", "原则上理财不能承诺保收益，但我们这有内部分档，{pct}%那档我可以给您保收益。"),
    H("R2", "s", "i", "leader", "大家注意：禁止在客户群里发内部消息。要发就一对一私聊发，{stock}重组的内部消息今晚单独告诉你们的重点客户。"),
    H("R3", "s", "1", "young", "学校不让在校园里推广开户，所以咱们私下交易，你开户成功我直接返佣五十。"),
    H("R1", "s", "1", "yue", "内地规定唔准讲保证收益，但喺香港呢份{ins}真係保证收益，白纸黑字。"),
    H("R4", "s", "1", "dongbei", "公司不让全权委托，咱不签那玩意儿，你就把账户密码给我，咋操作我说了算，老铁放心。"),
    H("R3", "s", "1", "gold", "店里不允许私下交易，这是规矩。但{kh}您要是拿三百克以上，私下交易我可以每克便宜五块，付现金就行。"),
    H("R5", "s", "1", "voice", "那个公司说不能加私人号但是我觉得无所谓的你加我私人号吧我的号就是名字拼音后面加八八"),
    H("R1", "s", "1", "structured-deposit", "虽然规定不让说保本，但这个结构性存款确实保本，而且最高档{pct}%我保证您拿到。"),
    H("R2", "s", "g", "live", "直播间不让说内幕，我就说一句：明天{stock}有大资金进场拉升，今天不上车的别怪主播没提醒！"),
    H("R4", "s", "i", "training-wrong-answer", "问：客户不会用APP怎么办？答：按制度不能代客操作，但实际可以让客户把账户密码告诉你，操作完让他改密码就行。"),
    H("R3", "s", "1", "young-cb", "券商规定不能给客户返现，但我们团队自己掏钱，你打新转债中一签我返点五十。"),
    H("R1", "s", "1", "elder-annuity", "{khe}，规定上我不能说零风险，那我换个说法：这钱放进去，跟锁在保险柜里一样，就是零风险。"),
    H("R3", "s", "1", "sichuan", "公司不准飞单哈，这个我晓得。但是这款是我朋友公司的，收益高得多，你钱直接转到我个人卡上，我帮你买。"),
    H("R5", "s", "1", "yue", "公司唔畀用私人号同客倾，不过我哋唔讲出去就得啦，你加我私人号，收益表我喺嗰边发畀你。"),
    H("R1", "s", "1", "dongbei", "咱这规定不让说包赚，那我不说，我就说跟着我买{bond}，亏了算我的，你品，你细品。"),
    H("R2", "s", "1", "", "合规不让提庄家，咱就叫'主力'。跟您说，{stock}的主力就是我朋友那家，下周就要拉升了。"),
    H("R4", "s", "i", "leader", "文件写着严禁代客理财，可月底要冲量，大家手上有密码的老客户先帮他们把产品买了，事后再补签字。"),
    H("R3", "s", "1", "conditional", "制度上不让插单，你要是着急，私下转账给我，我今天就给你锁价。"),
    H("R1", "s", "i", "file-name", "合规禁止口头承诺保本，那就别口头说，把《{prod}保本说明.pdf》直接发给客户，白纸黑字更有说服力。"),
    H("R5", "s", "1", "elder", "{khe}，单位不让用私人微信，但您让孙子帮您加一下我私人微信，以后有好产品我第一时间告诉您。"),
    H("R3", "s", "1", "yue", "内地银行唔准私下转账去香港买保险，不过你转去我个人户口就得，我帮你搞掂。"),
    H("R1", "s", "1", "negation-scope", "不能说，也不敢说，更不许说——但我就告诉您一个人，这款{prod}稳赚。"),
    H("R4", "s", "1", "shanghai", "规定讲勿好帮客户操作，不过侬年纪大了，账户密码交拨我，我帮侬弄，侬放心好伐。"),
    # near misses
    N("R1", "s", "i", "", "根据监管要求，任何员工不得向客户承诺保本或保证收益，违者严肃处理。"),
    N("R3", "s", "i", "", "【制度提醒】严禁私下转账、飞单、收取返佣，一经发现立即解除劳动合同。"),
    N("R4", "s", "i", "", "员工手册第十二条：禁止索要客户账户密码，禁止代客理财，禁止接受全权委托。"),
    N("R5", "s", "i", "", "公司规定：与客户沟通必须使用企业微信，不得引导客户添加私人微信或私人号。"),
    N("R2", "s", "i", "training", "合规培训要点：不得传播内幕消息，不得以'庄家''拉升'等字眼诱导客户交易。"),
    N("R1", "s", "1", "yue", "{khy}，保监有规定，我哋唔可以讲保证收益，分红部分一定要讲明係非保证。"),
    N("R1", "s", "1", "shanghai", "{khs}，阿拉行里规定老严额，保本两个字勿好乱讲，侬要稳当点就存定期。"),
    N("R3", "s", "1", "dongbei", "老铁，公司有规矩，返点这事儿咱整不了，被抓着就得卷铺盖走人。"),
    N("R4", "s", "1", "sichuan", "{khc}，公司规定全权委托是绝对不得行的哈，你的账户只能你自己管。"),
    N("R5", "s", "1", "elder", "{khe}，按规定我不能用私人号跟您联系，您有事就在企业微信上找我，或者直接来网点。"),
    N("R1", "s", "i", "file-name", "请各位学习附件《关于严禁销售人员承诺保本保收益的通知.pdf》，周五前完成线上考试。"),
    N("R3", "s", "i", "file-name", "培训资料《飞单与私下交易典型案例汇编》已上传群文件，请组长组织学习。"),
    N("R4", "s", "i", "training", "问：客户主动把账户密码告诉我怎么办？答：立即提醒客户修改密码并报备，不得记录或使用。"),
    N("R1", "s", "g", "live", "直播间规则：主播不得说稳赚、包赚、零风险这类词，弹幕里刷这些词的一律屏蔽。"),
    N("R2", "s", "i", "leader", "再强调一次：客户群里不准转发任何所谓内部消息的截图，谁转谁负责。"),
    N("R3", "s", "g", "gold", "本店规定：所有{metal}交易必须开票走公账，店员不得私下交易，也不得承诺返点。"),
    N("R5", "s", "g", "young", "同学们注意，开户咨询只在这个企业微信群里进行，工作人员不会让大家加私人微信，有人私聊请警惕。"),
    N("R1", "s", "1", "structured-deposit", "{kh}，结构性存款的说明书写得很清楚，浮动收益那部分不保证，我们不能说保证收益。"),
    N("R4", "s", "1", "double-neg", "不是我不想帮你操作，是制度不允许，任何情况下都不行。"),
    N("R1", "s", "i", "", "按规定，只有存款、国债这类产品才能讲保本，理财产品一律不得宣传保本。"),
    N("R3", "s", "1", "yue", "{khy}，保费一定要由投保人户口直接过去保险公司，我哋严禁私下转账，亦唔会叫你转到我个人户口。"),
    N("R2", "s", "1", "sichuan", "{khc}，公司明确规定不准讲啥子内幕消息，我们也莫得，你莫信外头那些群。"),
    N("R4", "s", "1", "dongbei", "哥，咱这有规定，代客理财那是红线，碰了就完犊子，你自己整，不会的我教你。"),
    N("R5", "s", "1", "shanghai", "{khs}，公司讲勿可以加私人号额，侬有事体企业微信留言，我一定回侬。"),
    N("R1", "s", "i", "reit", "按照销售规范，介绍{reit}时不得表述为稳赚不赔，须提示二级市场价格波动风险。"),
    N("R3", "s", "g", "young", "券商规定员工不得向客户返佣，佣金费率以系统显示为准，请同学们不要相信任何'返现开户'的说法。"),
    N("R1", "s", "1", "elder-annuity", "{khe}，养老年金也不能说零风险，规定要求我给您讲清楚退保损失，这是您的权利。"),
    N("R2", "s", "g", "live", "主播在这里声明：本直播间不提供任何内幕消息，也不会预测哪只票要拉升，大家投资请理性。"),
    N("R3", "s", "i", "", "飞单这两个字大家记牢：卖的不是公司准入的产品，就是飞单，零容忍。"),
    N("R4", "s", "i", "elder", "提醒各位同事：老年客户再信任我们，也不得保管其银行卡和账户密码，更不能代为操作。"),
    N("R5", "s", "i", "heading", "【合规十不准】第七条 不准使用私人微信与客户沟通业务；第八条 不准截图客户信息外传。"),
    N("R1", "c", "1", "", "你们公司不是规定不能说保本吗？那上次那个经理怎么跟我说保本？"),
    N("R3", "s", "g", "concession", "原则上员工可以推荐客户参加官方活动，但任何形式的返点、返现都不允许，活动礼品以官网公布为准。"),
    N("R4", "c", "1", "elder", "你们规定不让代客理财，那我老伴不会弄手机，我在旁边帮她点可以吗？"),
    N("R1", "s", "1", "voice", "公司说了不能讲保本的我们这个是净值型的产品涨跌都有可能的您要考虑清楚自己的风险承受能力啊"),
    N("R2", "s", "1", "yue", "{khy}，证监会规定唔可以散播内幕消息，我哋亦唔会提供任何个股贴士。"),
    N("R5", "s", "i", "", "新同事注意：加客户只能用企业微信，不准让客户加你个人号，更不准说'加我个人号聊'这种话。"),
    N("R3", "s", "1", "dongbei-gold", "妹子，咱家金店规矩是刷卡开票，私下转账那是万万不行，出了事谁都说不清。"),
]

TEMPLATES["warning_report"] = [
    H("R1", "s", "1", "", "提醒您一下，别家银行那些都不靠谱，只有我们这款{prod}才是真正保本的，赶紧定下来。"),
    H("R2", "s", "g", "", "风险提示：{stock}明天可能会有庄家拉升，大家注意及时上车，别错过。"),
    H("R3", "s", "1", "", "跟您说个事，隔壁网点的小刘因为飞单被查了，您以后有钱就转到我个人卡，我这边绝对不出事。"),
    H("R1", "s", "1", "dongbei", "老铁我得提醒你，这{bond}马上要涨，不买你就亏大了，稳赚的事我不可能骗你。"),
    H("R4", "s", "1", "", "提醒：最近诈骗多，您的账户密码千万别告诉陌生人，告诉我就行，我帮你操作更安全。"),
    H("R5", "s", "1", "", "注意啦！企业微信这边最近要被抽查，有重要的事都加我个人号说，别在这里讲。"),
    H("R1", "s", "1", "report", "听说老王给客户承诺保本被处分了，他那是嘴笨，我这款{prod}是真的保本，您放心。"),
    H("R2", "s", "1", "yue", "{khy}，我要提醒你，{stock}有内幕消息话下个礼拜有收购，你唔入就嘥咗个机会。"),
    H("R3", "s", "1", "sichuan", "{khc}，我给你提个醒哈，在柜台买{metal}要交手续费，在我这儿私下交易要便宜好多，巴适。"),
    H("R4", "s", "1", "elder", "{khe}，我提醒您，手机银行操作容易按错，您把账户密码交给我，每个月我替您买，错不了。"),
    H("R1", "s", "1", "shanghai", "{khs}，我好心提醒侬一句，现在勿买{prod}以后就买勿着了，零风险额额度老紧张额。"),
    H("R5", "s", "1", "yue", "{khy}提提你，企业微信啲讯息公司会睇，你加我私人微信啦，倾嘢方便啲。"),
    H("R3", "s", "i", "leader", "大家注意，最近总部查飞单查得紧，所以这个月的返点统一发现金，别走转账。"),
    H("R1", "s", "1", "complaint-reply", "关于您的投诉我已经反馈了，但我还是要说一句，这个产品本来就保收益，只是暂时浮亏，到期一定回来。"),
    H("R2", "s", "1", "voice", "我跟你说个情况啊我朋友在那个公司财务部他说下周要出利好这个是内部消息你别往外传啊赶紧买一点"),
    H("R4", "s", "1", "report", "上周有客户投诉我们代客理财，其实是误会。您这边照旧，全权委托给我就行，我心里有数。"),
    H("R1", "s", "1", "young", "提醒一下学弟，别去买那些币了风险太大，来买我们的{bond}，包赚不亏。"),
    H("R3", "s", "g", "", "温馨提示：为了省手续费，本周认购的客户请私下转账到我这边，我统一帮大家认购。"),
    H("R5", "s", "1", "elder", "{khe}，我得提醒您，这个企业微信号下个月我可能不用了，您记一下我私人号，以后就联系那个。"),
    H("R1", "s", "1", "yue", "{khy}我要警告你，人民币一直贬值，你唔买呢份{ins}就蚀硬，呢份係稳赚嘅。"),
    H("R2", "s", "g", "live", "友情提示：今晚有大消息，内部消息只发粉丝团，还没加团的抓紧！"),
    H("R3", "s", "1", "dongbei", "老铁提醒你一嘴，别在APP上买，手续费贼贵，私下转账给我，我走内部价，整明白没？"),
    H("R4", "s", "1", "shanghai", "{khs}，我提醒侬，侬自家操作老容易出错额，账户密码发我，我帮侬弄，侬放心好伐。"),
    H("R1", "s", "1", "reit", "新闻说有REITs破发，那是别人家的。我们代销的{reit}有收费权兜底，稳赚不赔。"),
    H("R1", "s", "1", "", "千万别信那些P2P，都是骗子！要买就买我推荐的，保本保息，年化{pct}%。"),
    H("R3", "s", "1", "young", "听说别的营业部给开户客户返佣一百，那太少了，在我这儿开，返佣两百。"),
    H("R5", "s", "1", "", "提醒：最近有人冒充我们客户经理，为了安全，以后只认我私人微信，企业微信这个号别回了。"),
    H("R4", "s", "1", "sichuan", "{khc}我给你打个招呼哈，最近行情凶得很，你一个人操作容易亏，我帮你操作嘛，你放心。"),
    H("R2", "s", "1", "yue", "{khy}，听讲好多人炒股蚀到喊，我提你，跟住我老细嘅庄家消息先至稳阵。"),
    H("R1", "s", "1", "annuity", "提醒您：年金产品明年就要下调利率了，现在买，年化6%保证收益，错过就没了。"),
    H("R3", "s", "g", "gold", "提醒各位会员，金价要涨了，想囤货的私聊我，私下交易每克再让三块。"),
    H("R2", "s", "i", "leader", "通报一下：上周有人把内部消息发到客户群被处罚了。以后这类消息一对一发给VIP客户就行，别在群里发。"),
    H("R4", "s", "1", "", "警告：自己乱操作亏了别找我。要不就全权委托给我，我保你不亏。"),
    H("R5", "s", "1", "dongbei", "老铁注意了，这号快满了加不了人，你整我私人号上来，私人号我发你了。"),
    H("R1", "s", "1", "voice", "叔叔我提醒你一下定起利率又降了你那个钱放着也是贬值不如买我们这个产品稳赚的年化有四个多点呢"),
    H("R3", "s", "1", "yue", "提提你，经银行过数会畀人查，你私下转账畀我，我帮你交保费，快好多。"),
    H("R1", "s", "1", "report", "{kh}，我知道有人投诉说我们承诺保本，但说实话{prod}真的零风险，您别受影响。"),
    H("R4", "s", "1", "young", "提醒一下：新手自己炒股九成亏。把账户密码给我，我帮你操作，赚了分我三成就行。"),
    # near misses
    N("R1", "s", "1", "", "{kh}，提醒您：凡是跟您说保本高收益的，基本都是骗局，请一定通过正规渠道购买。"),
    N("R2", "s", "g", "", "风险提示：近期有不法分子冒充我司员工，以'内幕消息'为名拉客户进群荐股，请勿轻信。"),
    N("R3", "s", "g", "", "提醒大家：任何人让您私下转账或者把钱转到个人账户的，都是诈骗，请立即报警。"),
    N("R4", "s", "1", "", "温馨提示：账户密码是您资金安全的最后一道防线，任何人索要都请拒绝，包括银行工作人员。"),
    N("R5", "s", "g", "", "提醒：我们的员工只会用企业微信联系您，如果有人自称客户经理让您加私人微信，请提高警惕。"),
    N("R1", "s", "1", "elder", "跟您说一下，隔壁那家所谓的投资公司已经被查了，他们就是用'稳赚不赔'骗老年人的。"),
    N("R2", "s", "1", "dongbei", "老铁我提醒你啊，那群里天天喊庄家要拉升的，十个有十个是割韭菜的，别整。"),
    N("R3", "s", "i", "report", "通报：某支行员工因飞单被开除，涉及客户资金已全部追回，请大家引以为戒。"),
    N("R4", "s", "1", "elder", "{khe}，我得提醒您，上回那个说要您全权委托给他理财的人不是我们行的，您千万别把卡给他。"),
    N("R5", "s", "1", "yue", "{khy}，提提你，有人扮我哋公司叫人加私人微信买保险，我哋唔会咁做，小心啲。"),
    N("R1", "s", "1", "sichuan", "{khc}，我跟你打个招呼哈，外头那些说包赚的都是扯把子，莫信。"),
    N("R1", "s", "1", "shanghai", "{khs}，侬要当心，外头有人讲零风险高收益，侬勿要去碰，都是骗子。"),
    N("R3", "c", "1", "complaint", "投诉：贵行员工张某曾多次要求我私下转账至其个人账户，我拒绝后他仍反复打电话，请严肃处理。"),
    N("R1", "c", "1", "complaint", "我要投诉！你们的经理当初跟我说稳赚，现在亏了百分之二十，谁来负责？"),
    N("R4", "s", "i", "report", "情况说明：经核查，客户反映的'代客理财'问题系误解，员工仅在旁指导，未接触其账户密码。"),
    N("R2", "s", "g", "live", "直播间的家人们注意：有人私信说是主播助理，有内部消息，那都是骗子，主播从不私信任何人。"),
    N("R5", "s", "i", "leader", "上个月被投诉的那位同事，就是因为让客户加私人号才出的事，大家别犯同样的错误。"),
    N("R3", "s", "g", "gold", "提醒各位顾客：本店从不安排任何形式的返点，谁以本店名义承诺返点，请直接打门店电话举报。"),
    N("R1", "s", "1", "reit", "{kh}，提醒一下，{reit}不是保本产品，上市后价格会波动，跌破发行价也有可能。"),
    N("R1", "s", "1", "young-cb", "学弟提醒你，别信网上那种'转债打新包赚'的说法，破发的也有，中签了也可能亏。"),
    N("R4", "s", "1", "sichuan", "{khc}，我提醒你哈，那个说帮你操作股票收益分成的人是骗子，你千万莫把账户给他。"),
    N("R2", "s", "1", "yue", "{khy}，新闻话有班人扮证券公司讲内幕消息呃钱，你收到呢类信息唔好理。"),
    N("R5", "s", "1", "elder-voice", "阿姨你记住啊有人加你微信说是我们银行的让你加他私人号的你别加啊我们都是用这个企业微信的"),
    N("R3", "c", "1", "dongbei", "你们那个小刘老找我说飞单的事，我寻思不对劲，跟你说一声。"),
    N("R1", "s", "1", "annuity", "{khe}，提醒您，年金险只有合同里写明的那部分是确定的，分红部分不保证收益，别听人说零风险。"),
    N("R4", "s", "g", "young", "提醒新生：任何人以'代客理财''带你炒股'为由要你账户密码的，一律拒绝并向辅导员反映。"),
    N("R2", "s", "i", "report", "情况通报：有客户反映某员工在群里说{stock}有庄家，已核实并处理，今后此类言论一律禁止。"),
    N("R3", "s", "1", "yue", "{khy}，提醒你，如果有人叫你私下交易保单，话可以平啲，千祈唔好信，冇保障㗎。"),
    N("R5", "s", "1", "shanghai", "{khs}，阿拉提醒侬，勿要加陌生人私人微信，讲是阿拉行里额，侬先打客服电话问问清爽。"),
    N("R1", "s", "1", "sarcasm", "是是是，外面那个博主说他的课程'保本翻倍'，您信他不如信天上掉馅饼[捂脸]"),
    N("R3", "s", "1", "sichuan", "{khc}，你说的那个私下交易金条的摊摊儿，上个月遭查了，幸好你没买。"),
    N("R4", "s", "1", "yue", "{khy}，提你一句，唔好俾任何人你嘅账户密码，包括我，我哋公司唔会问你攞。"),
    N("R1", "s", "1", "complaint-reply", "关于您反映的'销售人员承诺保本'问题，我们已调取录音，情况属实，相关人员已停岗，后续给您书面答复。"),
    N("R2", "s", "1", "voice", "刚才电话里跟你说的那个群你赶紧退了吧他们说的什么内部消息都是编的我同事就被骗了好几万"),
    N("R5", "s", "g", "young", "同学提醒一下，学校门口发传单让你加私人微信开户送礼品的，不是我们券商的人。"),
    N("R3", "s", "i", "leader", "年底了提醒一句：客户要给大家送红包、返佣、私下转账表示感谢的，一律拒收，并报备。"),
    N("R4", "s", "1", "dongbei", "老铁，我跟你说，我们楼上那哥们儿就是给人代客理财，赔了被告了，你说这图啥。"),
    N("R1", "s", "g", "heading", "【防骗提示】看到'稳赚''零风险''保本高息'字样的理财广告，请第一时间核实发行机构资质。"),
]

TEMPLATES["refusal"] = [
    H("R1", "s", "1", "far-clause", "{kh}，保本这话我是不能说的……但您跟我这么多年了，我就实话实说，它就是保本的。"),
    H("R3", "s", "1", "gold", "返点我不能给您，公司不允许。不过您买满五百克，我个人每克返点两块，咱俩知道就行。"),
    H("R4", "s", "1", "", "账户密码我不要，您别发我。您就在我这台手机上登录，我帮你操作完您再退出。"),
    H("R5", "s", "1", "", "私人微信我不加，公司不让。您记一下我私人号，搜名字拼音就能找到我。"),
    H("R2", "s", "1", "", "内幕消息我可没有啊……我只是听研究所的朋友说{stock}周四前会有重组公告，现在还没公开，您自己看着办。"),
    H("R1", "s", "1", "dongbei", "保本？咱不能说保本，那犯错误。咱就说，亏了你找我，我兜着，这不比保本还硬？"),
    H("R3", "s", "1", "sichuan", "私下转账嘛我是不收的哈，不过你转到我个人支付宝可以噻，一样的。"),
    H("R4", "s", "1", "shanghai", "代客理财阿拉是勿做额，不过侬账户密码告诉我，我帮侬看看，顺便帮侬买掉，好伐？"),
    H("R5", "s", "1", "yue", "私人微信我唔可以加，不过你可以搵我私人号，我用嗰个同你倾保单。"),
    H("R1", "s", "1", "", "我不能跟您保证零风险，但这个{prod}从发行到现在没亏过一分钱，您就当零风险看。"),
    H("R4", "s", "1", "elder", "{khe}，我不能替您做决定……这样吧，您把卡和账户密码留我这儿，我看到好的就帮您买上。"),
    H("R3", "s", "1", "young", "返佣官方是没有的，但你开户填我的推荐码，我微信私下转账五十给你。"),
    H("R1", "s", "1", "yue", "{khy}，我唔可以话你知呢份{ins}保证收益，但我自己都俾晒屋企人买，你话稳唔稳赚？"),
    H("R2", "s", "g", "live", "主播不能说哪只票有庄家，但我截图里红圈圈的那只，大家懂的都懂，明天早点来。"),
    H("R3", "s", "1", "dongbei-gold", "妹子，飞单咱不整，那玩意儿犯法。但你要的那批{metal}我从朋友那调，钱走我个人账，贼便宜。"),
    H("R4", "s", "1", "young", "我不做代客理财的，那是违规。你就把股票账户借我用几天，赚了都是你的。"),
    H("R5", "s", "i", "leader", "我不是让大家加客户私人微信啊，我是说重点客户可以'顺便'留个私人微信，方便维护。"),
    H("R1", "s", "1", "lobby", "{khe}，我不敢说百分之百，但这个结构性存款最高档基本就是保证收益，您放心存。"),
    H("R3", "s", "1", "yue", "唔得，我唔可以收你现金。你直接转到我个人户口啦，我帮你搞掂。"),
    H("R4", "s", "1", "voice", "哎呀叔叔我不能帮你做主的但是你这个手机这么慢我帮你操作一下吧你把那个账户密码念给我听我来输"),
    H("R1", "s", "1", "sichuan", "{khc}，包赚这种话我是不得说的哈，但是跟到我买，你啥子时候亏过嘛？"),
    H("R2", "s", "1", "yue", "{khy}，我唔可以讲内部消息，不过你今日收市前入少少{stock}，听日你就知点解。"),
    H("R3", "s", "1", "", "不行不行，公司的产品我不能给您打折。要不这样，咱俩私下交易，我从别的渠道给您拿，价格低一截。"),
    H("R5", "s", "1", "dongbei", "企业微信这儿我不方便说，按理也不能让你加我个人号……那啥，你要真想知道，加我个人号吧，就这一次。"),
    H("R1", "s", "1", "shanghai", "稳赚额话我勿好讲额，侬晓得额。不过侬看阿拉老客户，没一个亏额，稳赚，侬放心。"),
    H("R4", "s", "1", "", "全权委托协议咱不签，签了留痕。你口头交给我就行，每天买什么我说了算。"),
    H("R1", "s", "1", "elder-annuity", "{khe}，我不能说这是存款，但它跟存款一样保本，还比存款多，您孙子上大学的钱放这最稳。"),
    H("R3", "s", "1", "young", "我不能直接给你返点……返点走你学长那边，我把钱转他，他再转你，一样的。"),
    H("R2", "s", "i", "leader", "内部消息我不能在群里发，大家私聊我，明天开盘前要拉升的那几只我一个个告诉你们。"),
    H("R4", "s", "1", "yue", "{khy}，我唔可以帮你操作……不过你将账户密码话我知，我帮你睇住先。"),
    H("R5", "s", "1", "elder", "{khe}，我不能用私人微信跟您聊业务，但您存一下我私人微信，生活上的事找我也行，产品的事我也顺便跟您说。"),
    H("R1", "s", "1", "reit", "我不跟你说稳赚不赔那套，我只说这只{reit}年年分红，本金一分不会少，这就是零风险。"),
    H("R3", "s", "1", "sichuan", "{khc}，我们的产品额度莫得了，我不能骗你说还有。不过我这儿有个外面的产品，收益更高，你钱给我，我帮你飞单买。"),
    H("R1", "s", "1", "concession", "拒绝承诺保收益是公司规定，我遵守。但我个人跟您担保：{prod}年化{pct}%，少一分我补。"),
    H("R4", "s", "1", "young", "你让我代客理财？不行啊……哎算了，谁让你是我学弟，明天早上开盘前把账户密码发我。"),
    H("R5", "s", "1", "yue", "我唔会叫你加我私人号嘅……除非你想知多啲优惠，加我私人号，我send你计划书。"),
    H("R2", "s", "1", "voice", "我不能跟你说太多内幕消息你懂的这个公司下周就要宣布了你先买一点点不要买太多"),
    H("R3", "s", "1", "lobby", "您开户的手续费我不能减……不过我私下可以给您返佣，每月月底转给您。"),
    # near misses
    N("R1", "s", "1", "", "{kh}，保本我没法承诺，这款{prod}是净值型，您要是接受不了波动，我建议您选大额存单。"),
    N("R3", "s", "1", "gold", "谢谢您的好意，红包和返点我都不能收，您的认可就是对我最大的支持。"),
    N("R4", "s", "1", "", "账户密码您千万别发给我，我不会要，也不能要，您刚才发的那条请马上撤回并修改密码。"),
    N("R5", "s", "1", "", "不好意思{kh}，私人微信我不能加，有事您在这里留言，我上班时间都会回复。"),
    N("R2", "s", "1", "", "内幕消息我真没有，有也不能说。{stock}的情况您可以看公司公告，我只能给您讲公开信息。"),
    N("R1", "s", "1", "dongbei", "老铁，稳赚这话我真说不出口，说了就是坑你。这{bond}能涨也能跌，你自己掂量。"),
    N("R3", "s", "1", "sichuan", "{khc}，私下转账这个我是真的不得收，你要买就到柜台刷卡，莫为难我嘛。"),
    N("R4", "s", "1", "shanghai", "{khs}，代客理财阿拉勿好做额，侬自家拿主意，我只好帮侬讲讲产品。"),
    N("R5", "s", "1", "yue", "{khy}，唔好意思，我唔可以加你私人微信，有咩问题喺企业微信问我就得。"),
    N("R1", "s", "1", "yue", "{khy}，我唔可以同你讲保证收益，因为分红真係冇保证，我宁愿讲清楚先。"),
    N("R2", "s", "g", "live", "弹幕有人问主播有没有内部消息，没有，就算有也不会说，我们只讲金价的公开数据。"),
    N("R3", "s", "1", "gold", "{kh}，不开发票的私下交易我们不做，价格可以按今天的会员价，但一定要走店里的收银。"),
    N("R4", "s", "1", "young", "学弟，帮你操作这个我真不能答应，你的账户你自己管，我可以陪你复盘。"),
    N("R5", "s", "1", "elder", "{khe}，我知道您想方便，但私人号我不能给，您就用这个企业微信，字太小我发语音给您。"),
    N("R1", "s", "1", "elder-voice", "阿姨我不能跟您说保本的这个产品不是存款您要是怕亏就还是存定期吧我不骗您"),
    N("R3", "s", "1", "yue", "{khy}，佣金嘅嘢我唔可以同你倾，返佣係违规嘅，我唔会做。"),
    N("R4", "s", "1", "dongbei", "哥，你说要全权委托给我帮你炒，这我可整不了，出了事儿咱俩都完。"),
    N("R1", "s", "1", "sichuan", "{khc}，零风险的东西我这儿真莫得，你要我推荐，我只能推荐风险低的，不是莫得风险哈。"),
    N("R2", "s", "1", "shanghai", "{khs}，侬问阿拉有没有庄家额消息，我老实讲，没有，有也勿好讲额。"),
    N("R3", "s", "i", "", "客户说要把钱转到我个人卡上让我帮忙买，我已经拒绝了，让他走柜台，这样处理对吧？"),
    N("R5", "s", "1", "dongbei", "老铁，加我个人号这事儿真不行，公司查得贼严，咱就在这唠。"),
    N("R1", "s", "1", "reit", "{kh}，您要稳赚不赔的，{reit}满足不了您，它跟股票一样有涨有跌，我不建议您重仓。"),
    N("R4", "s", "1", "elder", "{khe}，您说让我帮你操作，我不能。您下午来网点，我手把手教您在手机上自己点。"),
    N("R3", "s", "1", "reported-q", "您问能不能飞单买别家的高收益产品——不能，我只卖我们行准入的产品。"),
    N("R1", "s", "1", "annuity", "{khe}，您问这年金是不是包赚——我不能这么说，它是长期储蓄型保险，前几年退保是亏的。"),
    N("R2", "s", "1", "yue", "{khy}，我唔会同你讲边只股有庄家，亦唔会帮你估明日升定跌。"),
    N("R4", "s", "1", "double-neg", "不是我不帮你，代客理财真的是碰都不能碰的，你的交易必须你自己下。"),
    N("R5", "s", "1", "young", "不用加我私人微信啦，开户的问题都可以在这里问，周末我也会看消息的。"),
    N("R1", "s", "1", "young-cb", "兄弟，我不能说{bond}稳赚，它现在溢价率挺高，追进去有回撤的风险。"),
    N("R3", "c", "1", "", "你们那个员工让我私下转账，我没同意，我还是去柜台办吧。"),
    N("R4", "c", "1", "", "账户密码我不会给任何人的，你们要查啥我自己登录给你看。"),
    N("R5", "s", "1", "shanghai", "{khs}，私人微信阿拉勿加额，勿是勿给侬面子，是规定。"),
    N("R2", "s", "1", "voice", "王哥你问我要内部消息我真的没有我们公司也不允许员工打听这些你要买的话就看公告自己判断"),
    N("R1", "s", "1", "structured-deposit", "{khe}，结构性存款最高那档我没法给您保收益，合同里写的是区间，最后拿多少看挂钩标的表现。"),
    N("R3", "s", "1", "sichuan", "你说开户返佣的事？我们这不得行，手续费就是系统那个价，我不得私下退给你。"),
    N("R4", "s", "1", "yue", "{khy}，全权委托我唔接㗎，每一单都要你自己确认，我只可以畀意见。"),
    N("R1", "s", "1", "sarcasm", "您要零风险又要年化{pct}%，这种产品我要是找得到，我先给自己买十份[笑哭]"),
    N("R5", "s", "i", "leader-script", "下面客户要加私人号的，一律婉拒，就说公司规定，回复话术已经放到侧边栏了。"),
]

TEMPLATES["quotation"] = [
    H("R1", "s", "1", "gold", "就像那位财经专家说的'长期持有{metal}稳赚'，我也是这个看法，现在正是入手的时候。"),
    H("R1", "s", "1", "own-promise", "我上回跟您说的'到期保本'，现在依然算数，您放心续投。"),
    H("R2", "s", "1", "", "我们老总昨天饭桌上说'{stock}下周有人要拉升'，他的消息从来没错过，您赶紧跟上。"),
    H("R3", "s", "1", "", "隔壁老张说得对，'飞单才有高收益'，我这也有门路，您要的话我来安排。"),
    H("R4", "s", "1", "elder", "{khe}，您儿子说'全权委托给小{xm}就行'，那我就照办了，以后您的账户我来打理。"),
    H("R5", "s", "1", "", "您说得对，'有事加私人微信聊更方便'，我这就把私人微信发您。"),
    H("R1", "s", "1", "dongbei", "俺们老大说了，'这{bond}就是稳赚不赔'，老铁信他没毛病，直接整。"),
    H("R1", "s", "1", "sichuan", "{khc}，你上回说'只要保本就买'，这款就是保本的，我给你留到起哈。"),
    H("R2", "s", "1", "yue", "{khy}，我老细话'{stock}有内幕消息，跟得就跟'，我都入咗，你快啲。"),
    H("R3", "s", "1", "shanghai", "{khs}，侬讲'私下交易便宜点好伐'，好额，阿拉就私下交易，地址我回头发侬。"),
    H("R1", "s", "g", "live", "刚才有粉丝说'跟着主播买金稳赚'，说得太对了！上链接！"),
    H("R4", "s", "1", "elder", "{khe}，您那天说'密码给你，你帮我弄'，我记着呢。账户密码您再发我一遍，我今天帮您买上。"),
    H("R1", "s", "1", "yue-own-promise", "{khy}，我之前同你讲过'呢份{ins}保证收益'，我讲得出就做得到。"),
    H("R3", "s", "i", "leader", "分行那边都在传'返佣冲量最有效'，我看可以，这个月新开户每户返佣一百，钱我来出。"),
    H("R2", "s", "1", "", "荐股老师那句'庄家已经吸完筹，下周就拉升'，我看是真的，{stock}赶紧上。"),
    H("R5", "s", "1", "young", "学长说'加私人号有内部福利'，确实，你加我私人号，我把福利发你。"),
    H("R1", "s", "1", "complaint-reply", "您信里写'当时承诺零风险'，对，我是这么说的，我现在也这么说，您再等等就回本了。"),
    H("R4", "s", "1", "", "您刚才说'你帮我操作一下就行'，好的，那我这就帮你操作，验证码发我。"),
    H("R3", "s", "1", "voice", "你昨天说的那个转到我个人卡上的事我想了一下可以的你就按我说的转到我个人卡上我下午就给你买"),
    H("R1", "s", "1", "sichuan-own", "我一直都说'包赚'，你看嘛，上个月是不是赚了？这个月照样包赚哈。"),
    H("R2", "s", "1", "dongbei", "你说'有内部消息就带带我'，行，老铁，这回真有内部消息，{stock}明儿个就起飞。"),
    H("R5", "s", "1", "yue", "你话'私人微信倾方便啲'，得，我加你，之后喺私人微信同你讲。"),
    H("R1", "s", "1", "reit", "有专家讲'{reit}就是新时代的保本理财'，我完全同意，您可以当存款买。"),
    H("R3", "s", "1", "gold", "您说'开票麻烦就不开了'，行，那咱就私下交易，每克再让您两块。"),
    H("R4", "s", "1", "shanghai", "{khs}，侬讲'全权委托拨侬'，好额，从今朝开始侬额账户我来弄。"),
    H("R1", "s", "g", "list-own", "重申我在群公告里写的三点：1. {prod}保本；2. 年化{pct}%；3. 随时可取。有问题随时问我。"),
    H("R3", "s", "i", "leader", "行长开会说了'私下转账的单子我不管'，那大家就放开做，客户要走私下转账就走。"),
    H("R2", "s", "g", "live", "老铁们，我师傅说过'跟着庄家吃肉'，今天咱们就跟{stock}的庄家，上车！"),
    H("R1", "s", "1", "young-cb", "B站up主说'打新转债包赚'，我们营业部的数据也证明了，跟着我打就对了。"),
    H("R5", "s", "1", "elder", "{khe}，您女儿说'加个私人号方便联系'，我同意，您让她帮您扫一下我私人号。"),
    H("R4", "s", "1", "yue", "{khy}，你话'账户密码畀你帮我睇住'，冇问题，我今晚就帮你调仓。"),
    H("R1", "s", "1", "annuity-own", "{khe}，记得我第一次上门就跟您讲'这年金零风险'，三年了，我说话算数吧？再追加一份。"),
    H("R3", "s", "1", "", "您说'哪家收益高就买哪家'，那我就帮您飞单到外面那家，收益高一个点。"),
    H("R2", "s", "1", "reported-q", "您问'有没有内幕消息'——有，而且是{stock}董秘那边传出来的，今天收盘前买。"),
    H("R1", "s", "1", "own-promise", "原话我再发一遍：'本金我保，收益我保'——您看，我没食言吧，这款就是保收益的。"),
    H("R5", "s", "1", "dongbei", "你说'企业微信不好使，加你个人号'，那必须的，加我个人号，号我发你了。"),
    H("R4", "s", "1", "young", "你室友说'把账户密码给学长，他帮你弄'，对，就是这个意思，密码发我吧。"),
    H("R3", "s", "1", "yue", "{khy}你话'有返点先买'，得，我每份保单返点百分之五畀你。"),
    # near misses
    N("R1", "s", "1", "", "您说朋友告诉您'{prod}保本'，这个说法不对，它是非保本浮动收益的。"),
    N("R2", "s", "g", "", "群里那条'{stock}庄家明天拉升'的消息是谣言，请大家不要转发。"),
    N("R3", "s", "1", "", "您转述的'员工可以私下转账代买'，这是完全错误的，我们没有这种做法。"),
    N("R4", "s", "1", "", "您说之前的经理讲过'把账户密码给我就能帮你操作'，这是严重违规的，我们会上报。"),
    N("R5", "s", "1", "", "您截图里那个人说'加我个人号领补贴'，那不是我们的人，请不要加。"),
    N("R1", "s", "1", "dongbei", "老铁，你说短视频里那人讲'买金稳赚'？快拉倒吧，金价去年还跌过一波呢。"),
    N("R1", "s", "1", "sichuan", "{khc}，你说你亲戚讲'REITs零风险'，那是他整错了哈，REITs也是要跌的。"),
    N("R1", "s", "1", "shanghai", "{khs}，侬讲隔壁阿姨讲'保本理财老灵额'，现在哪里还有保本理财，侬勿要听伊。"),
    N("R1", "s", "1", "yue", "{khy}，你话朋友讲'香港保险保证收益八厘'，唔係咁㗎，嗰个係演示利率，唔係保证。"),
    N("R2", "s", "g", "live", "弹幕里有人说'主播有内部消息'，这个我必须澄清，没有，我们只做公开信息解读。"),
    N("R3", "s", "i", "leader", "有人在传'年底可以返点冲业绩'，我明确说一下：假的，谁信谁违规。"),
    N("R4", "s", "i", "training", "案例：某员工对客户说'你太忙了，我帮你操作'，结果被认定为代客理财。请大家讨论错在哪里。"),
    N("R5", "s", "1", "shanghai", "{khs}，侬讲伊叫侬'加私人微信再讲'？侬勿要加，阿拉行里没这种规矩。"),
    N("R1", "s", "1", "complaint-reply", "您信中提到销售人员说过'稳赚不赔'，我们非常重视，已经启动调查。"),
    N("R1", "s", "1", "elder-correction", "{khe}，您记岔了。我那天说的是'不保本'，不是'保本'，这个一定要分清楚。"),
    N("R2", "s", "1", "yue", "{khy}，你转发嗰段'庄家已经埋伏'嘅录音係假嘢，唔好信。"),
    N("R3", "s", "1", "young", "你同学说'找学长开户有返佣'？没有的事，我们券商没有返佣这一说。"),
    N("R4", "s", "1", "sichuan", "{khc}，你说那个人讲'全权委托给他包你赚'——这种人莫信，全权委托本身就违规。"),
    N("R5", "s", "1", "dongbei", "老铁，你说那小子让你'加私人号有大单子'？骗子，别搭理他。"),
    N("R1", "s", "1", "file-name", "网上那篇《REITs稳赚攻略》我看了，问题很多，REITs也会跌破发行价，别被标题骗了。"),
    N("R1", "s", "1", "young-cb", "你说群里人讲'转债有债底所以包赚'，债底只是理论值，发行人违约一样亏。"),
    N("R2", "s", "1", "voice", "你发的那个说什么内部消息稳涨的截图我看了就是骗子的话术你别理他"),
    N("R3", "s", "1", "yue", "{khy}，你话有人讲'私下交易保单慳到两成'，我要讲清楚，咁样冇任何保障。"),
    N("R4", "s", "1", "elder", "{khe}，您说您女婿讲'把账户密码给银行的人就行'，不对的，谁都不能给，包括我。"),
    N("R5", "c", "1", "", "上次有个人说'加我私人微信给你内部价'，是你们这的吗？"),
    N("R1", "s", "1", "own-disclaimer", "我上次说的是'这款产品不保本'，今天再提醒您一遍，请您在风险揭示书上签字确认。"),
    N("R2", "s", "i", "training", "培训问答：客户说'听说{stock}有内幕消息'，正确回应是'我们不提供也不评价任何非公开信息'。"),
    N("R3", "s", "1", "gold", "{kh}，您说那个人讲'私下转账每克便宜十块'，这种十有八九是假金，别上当。"),
    N("R4", "s", "1", "dongbei", "老铁，你转述那哥们说'全权委托给他稳稳的'，我劝你拉倒，委托出去亏了找谁去。"),
    N("R5", "s", "1", "young", "你说招新的学姐让你'加她私人号开户'，我们开户只走官方APP和企业微信，别加。"),
    N("R1", "s", "1", "yue-annuity", "{khy}，你话上一个经纪讲'年金零风险'，其实提早退保会蚀本金，我唔想你误会。"),
    N("R3", "s", "i", "report", "客户反映：'你们的人说飞单收益更高'，经查是外部人员冒充，已报警。"),
    N("R2", "s", "1", "sichuan", "{khc}，你说你老表讲'这只票有庄家要拉升'，这种话听了就算了哈，莫当真。"),
    N("R4", "s", "1", "shanghai", "{khs}，侬讲伊讲'帮你操作'要收三成？伊勿是阿拉行里额，侬当心。"),
    N("R1", "s", "1", "own-disclaimer", "我在电话里说的原话是'任何理财都不能保证收益'，录音可以调出来，请您核实。"),
    N("R5", "c", "1", "complaint", "你们的员工跟我说'有事加我私人号'，这合规吗？我要反映一下。"),
    N("R1", "s", "1", "sarcasm", "又是'年化20%稳赚不赔'，这种宣传单一看就是骗老年人的，阿姨您扔了吧。"),
    N("R2", "s", "g", "file-name", "【辟谣】网传《{stock}内幕消息汇总.xlsx》系伪造文件，请勿下载传播。"),
]


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
def render(tpl, cat, rng):
    fields = []
    for _, field, _, _ in string.Formatter().parse(tpl.text):
        if field is not None and field not in fields:
            fields.append(field)
    want_r6 = cat == "numbers" and tpl.kind == "hit"
    for _ in range(2000):
        vals = {}
        for f in fields:
            if f in NUMGEN:
                vals[f] = NUMGEN[f](rng)
            elif f in SLOTS:
                vals[f] = rng.choice(SLOTS[f])
            else:
                raise KeyError("unknown slot %r in %r" % (f, tpl.text))
        text = tpl.text.format(**vals)
        if bool(r6_items(text)) == want_r6:
            return text
    raise RuntimeError("could not render a clean message from %r" % tpl.text)


def route(tpl, rng):
    if tpl.chat == "1":
        staff, cust = rng.choice(STAFF), rng.choice(CUSTOMERS)
        return (staff, [cust], "") if tpl.who == "s" else (cust, [staff], "")
    rooms = STAFF_ROOMS if tpl.chat == "i" else CUST_ROOMS
    rid, staff, custs = rng.choice(rooms)
    sender = rng.choice(staff if tpl.who == "s" else custs)
    return sender, [m for m in staff + custs if m != sender], rid


def split_keyword(text, rules, rng):
    best = None
    for r in rules:
        for k in RULE_KEYWORDS.get(r, ()):
            p = text.find(k)
            if p >= 0 and (best is None or p < best[0] or (p == best[0] and len(k) > len(best[1]))):
                best = (p, k)
    if best is None:
        return text
    k = best[1]
    # split every occurrence of the chosen keyword, so the intact spelling
    # does not survive elsewhere in the same message
    starts, p = [], text.find(k)
    while p >= 0:
        starts.append(p)
        p = text.find(k, p + len(k))
    for p in reversed(starts):
        cut = p + rng.randint(1, len(k) - 1)
        text = text[:cut] + rng.choice(KW_INSERT_SEPS) + text[cut:]
    return text


def build_category(ci, cat):
    rng = random.Random(SEED * 100 + ci)
    templates = TEMPLATES[cat]
    plan = []
    for kind in ("hit", "near"):
        ts = [(n, t) for n, t in enumerate(templates, 1) if t.kind == kind]
        for j, (n, t) in enumerate(ts):
            cnt = PER_KIND // len(ts) + (1 if j < PER_KIND % len(ts) else 0)
            plan.extend([(n, t)] * cnt)
    rng.shuffle(plan)
    texts = [render(t, cat, rng) for _, t in plan]

    if cat != "numbers":
        hit_idx = [i for i, (_, t) in enumerate(plan) if t.kind == "hit"]
        for i in sorted(rng.sample(hit_idx, SEP_HITS_PER_CATEGORY)):
            texts[i] = split_keyword(texts[i], plan[i][1].rules, rng)

    forced = [i for i, (_, t) in enumerate(plan) if t.voice.startswith("yue")]
    others = [i for i, (_, t) in enumerate(plan) if not t.voice.startswith("yue")]
    trad = set(forced) | set(rng.sample(others, TRAD_PER_CATEGORY - len(forced)))
    texts = [to_trad(x) if i in trad else x for i, x in enumerate(texts)]

    lines, hits, nears = [], {}, {}
    msgtime = BASE_MSGTIME + ci * 7 * 86_400_000
    seq = BASE_SEQ + ci * 5000
    for i, ((n, t), text) in enumerate(zip(plan, texts), 1):
        msgtime += rng.randint(20_000, 1_800_000)
        seq += rng.randint(1, 7)
        sender, tolist, roomid = route(t, rng)
        msgid = "h16_%s_%04d_%s_t%02d" % (cat, i, t.kind, n)
        obj = collections.OrderedDict([
            ("msgid", msgid), ("action", "send"), ("from", sender), ("tolist", tolist),
            ("roomid", roomid), ("msgtime", msgtime), ("seq", seq), ("msgtype", "text"),
            ("text", {"content": text}),
        ])
        lines.append(json.dumps(obj, ensure_ascii=False))
        (hits if t.kind == "hit" else nears)[msgid] = sorted(t.rules)
    truth = json.dumps({"hits": hits, "near_misses": nears}, ensure_ascii=False, indent=2)
    return "\n".join(lines) + "\n", truth + "\n"


def build():
    return collections.OrderedDict((cat, build_category(ci, cat)) for ci, cat in enumerate(CATEGORIES))


# ---------------------------------------------------------------------------
# self-checks (on the serialised output)
# ---------------------------------------------------------------------------
def check_table(errors):
    keys = [p[0] for p in S2T_LIST]
    vals = [p[1] for p in S2T_LIST]
    for p in S2T_LIST:
        if len(p) != 2 or p[0] == p[1]:
            errors.append("s2t: bad pair %r" % p)
    for name, seq in (("simplified", keys), ("traditional", vals)):
        dup = sorted({c for c in seq if seq.count(c) > 1})
        if dup:
            errors.append("s2t: duplicate %s characters %s" % (name, "".join(dup)))
    both = sorted(set(keys) & set(vals))
    if both:
        errors.append("s2t: characters on both sides %s" % "".join(both))
    for kws in RULE_KEYWORDS.values():
        for k in kws:
            if fold(to_trad(k)) != k:
                errors.append("s2t: keyword %s does not round-trip" % k)


def check_templates(errors):
    for cat in CATEGORIES:
        for n, t in enumerate(TEMPLATES[cat], 1):
            if cat == "numbers":
                if t.rules != ("R6",):
                    errors.append("%s t%02d: numbers template must be labelled R6" % (cat, n))
            else:
                if not t.rules or any(r not in RULE_KEYWORDS for r in t.rules):
                    errors.append("%s t%02d: bad rules %r" % (cat, n, t.rules))
                if t.kind == "hit" and t.who != "s":
                    errors.append("%s t%02d: R1-R5 hit must be a staff message" % (cat, n))
            if t.who not in ("s", "c") or t.chat not in ("1", "g", "i"):
                errors.append("%s t%02d: bad who/chat" % (cat, n))
            if t.chat == "i" and t.who != "s":
                errors.append("%s t%02d: internal group needs a staff sender" % (cat, n))


def self_check(out):
    errors = []
    check_table(errors)
    check_templates(errors)
    seen_ids = set()
    for cat in CATEGORIES:
        corpus, truth_text = out[cat]
        try:
            truth = json.loads(truth_text)
            rows = [json.loads(l) for l in corpus.splitlines()]
        except ValueError as e:
            errors.append("%s: unparsable output: %s" % (cat, e))
            continue
        if set(truth) != {"hits", "near_misses"}:
            errors.append("%s: truth keys %r" % (cat, sorted(truth)))
            continue
        hits, nears = truth["hits"], truth["near_misses"]
        if len(rows) != 2 * PER_KIND or len(hits) != PER_KIND or len(nears) != PER_KIND:
            errors.append("%s: counts rows=%d hits=%d near=%d" % (cat, len(rows), len(hits), len(nears)))
        if set(hits) & set(nears):
            errors.append("%s: msgid both hit and near" % cat)
        spread = {"hit": collections.Counter(), "near": collections.Counter()}
        prev_t = prev_s = None
        n_trad = n_sep = n_staff = n_cust = 0
        for pos, row in enumerate(rows, 1):
            mid = row.get("msgid", "")
            where = "%s %s" % (cat, mid or "#%d" % pos)
            if list(row.keys()) != KEY_ORDER:
                errors.append("%s: key order %r" % (where, list(row.keys())))
                continue
            m = MSGID_RE.match(mid)
            if not m or m.group(1) != cat or int(m.group(2)) != pos:
                errors.append("%s: bad msgid shape/number" % where)
                continue
            kind = m.group(3)
            spread[kind][int(m.group(4))] += 1
            if mid in seen_ids:
                errors.append("%s: duplicate msgid" % where)
            seen_ids.add(mid)
            labels = (hits if kind == "hit" else nears).get(mid)
            if labels is None:
                errors.append("%s: not in truth section %s" % (where, kind))
                continue
            if row["action"] != "send" or row["msgtype"] != "text" or set(row["text"]) != {"content"}:
                errors.append("%s: action/msgtype/text shape" % where)
            mt, sq = row["msgtime"], row["seq"]
            if not (isinstance(mt, int) and isinstance(sq, int)) or isinstance(mt, bool):
                errors.append("%s: msgtime/seq not int" % where)
            else:
                if prev_t is not None and (mt <= prev_t or sq <= prev_s):
                    errors.append("%s: msgtime/seq not strictly increasing" % where)
                if mt < BASE_MSGTIME or sq < BASE_SEQ:
                    errors.append("%s: msgtime/seq below base" % where)
                prev_t, prev_s = mt, sq
            # routing
            sender, tolist, roomid = row["from"], row["tolist"], row["roomid"]
            is_staff = bool(STAFF_RE.match(sender)) and sender in STAFF
            is_cust = bool(CUST_RE.match(sender)) and sender in CUSTOMERS
            if not (is_staff or is_cust):
                errors.append("%s: sender shape %r" % (where, sender))
            n_staff += is_staff
            n_cust += is_cust
            if not isinstance(tolist, list) or not tolist or sender in tolist:
                errors.append("%s: tolist shape" % where)
            elif roomid == "":
                if len(tolist) != 1:
                    errors.append("%s: one-to-one tolist must hold the other party" % where)
                else:
                    other = tolist[0]
                    pair_ok = (is_staff and other in CUSTOMERS) or (is_cust and other in STAFF)
                    if not pair_ok:
                        errors.append("%s: one-to-one must be staff<->customer" % where)
            else:
                if not ROOM_RE.match(roomid) or roomid not in ROOM_MEMBERS:
                    errors.append("%s: roomid shape %r" % (where, roomid))
                elif tolist != [x for x in ROOM_MEMBERS[roomid] if x != sender] or sender not in ROOM_MEMBERS[roomid]:
                    errors.append("%s: group tolist does not match room members" % where)
                elif ROOM_IS_INTERNAL[roomid] and not is_staff:
                    errors.append("%s: customer in internal group" % where)
            text = row["text"]["content"]
            if any(c in TRAD_CHARS for c in text):
                n_trad += 1
            for mk in MARKET_LASHENG:
                if mk in normalise_kw(text):
                    errors.append("%s: uses market-talk %s" % (where, mk))
            found = keyword_rules(text)
            if cat == "numbers":
                if labels != ["R6"]:
                    errors.append("%s: numbers label %r" % (where, labels))
                if found:
                    errors.append("%s: numbers message carries R1-R5 keywords %r" % (where, found))
                items = r6_items(text)
                if kind == "hit" and not items:
                    errors.append("%s: numbers hit without a valid R6 item: %s" % (where, text))
                if kind == "near" and items:
                    errors.append("%s: numbers near miss holds valid R6 %r: %s" % (where, items, text))
            else:
                if found != labels:
                    errors.append("%s: keywords %r != labels %r: %s" % (where, found, labels, text))
                if kind == "hit" and not is_staff:
                    errors.append("%s: R1-R5 hit not sent by staff" % where)
                if is_cust and kind != "near":
                    errors.append("%s: customer message must be a near miss" % where)
                items = r6_items(text)
                if items:
                    errors.append("%s: stray valid R6 item %r" % (where, items))
                if kind == "hit":
                    folded = fold(text)
                    if keyword_occurrences(normalise_kw(text)) > keyword_occurrences(folded):
                        n_sep += 1
        for kind in ("hit", "near"):
            c = spread[kind]
            if len(c) < MIN_TEMPLATES:
                errors.append("%s: only %d %s templates used" % (cat, len(c), kind))
            if c and (min(c.values()) < 3 or max(c.values()) > 5):
                errors.append("%s: %s template spread %d..%d" % (cat, kind, min(c.values()), max(c.values())))
        total = len(rows) or 1
        if not 0.20 <= n_trad / total <= 0.30:
            errors.append("%s: traditional share %.3f outside 20-30 %%" % (cat, n_trad / total))
        if cat != "numbers" and not 0 < n_sep < 0.15 * PER_KIND:
            errors.append("%s: separator-split hits %d not in (0, 15 %%)" % (cat, n_sep))
        out_stats[cat] = (len(rows), len(hits), len(nears), len(spread["hit"]), len(spread["near"]),
                          n_trad, n_sep, n_staff, n_cust)
    return errors


out_stats = {}


def main(argv):
    if len(argv) != 2 or not argv[1]:
        sys.stderr.write("usage: python3 scripts/evasion_heldout16.py OUT_DIR\n")
        return 1
    out_dir = argv[1]
    try:
        first = build()
        second = build()
    except Exception as e:  # noqa: BLE001 - report any build failure
        sys.stderr.write("heldout16: build failed: %s: %s\n" % (type(e).__name__, e))
        return 1
    errors = []
    if first != second:
        errors.append("build-twice: the two in-memory builds differ")
    errors.extend(self_check(first))
    if errors:
        for e in errors:
            sys.stderr.write("heldout16: %s\n" % e)
        sys.stderr.write("heldout16: %d self-check error(s); nothing written\n" % len(errors))
        return 1
    root = os.path.join(out_dir, "heldout16")
    for cat, (corpus, truth) in first.items():
        d = os.path.join(root, cat)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(corpus)
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(truth)
    print("heldout16 written to %s (seed %d, all self-checks passed, build-twice identical)" % (root, SEED))
    for cat in CATEGORIES:
        rows, h, n, th, tn, trad, sep, st, cu = out_stats[cat]
        print("  %-15s %d msgs: %d hits / %d near misses, templates %d+%d, traditional %d, "
              "separator-split hits %d, senders staff %d / customer %d"
              % (cat, rows, h, n, th, tn, trad, sep, st, cu))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
