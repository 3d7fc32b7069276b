#!/usr/bin/env python3
"""Held-out evasion set 19 for the Chinese compliance-chat scanner (blind).

Provenance (written blind, do NOT tune to it)
    Written by a helper session that never opened the scanner, its rule
    code, its tests, its documentation or any earlier evaluation set.  Every
    message comes from general knowledge of how Chinese-speaking financial
    sales staff and their customers talk on WeCom.  The set exists to measure
    generalisation: do not tune keywords, negation windows or dialect lists
    against it.  If a label looks wrong, fix the label here (with a note) and
    leave the scanner alone; once the scanner has been fitted to this set the
    set is spent and a new blind set has to be written.

Voices
    Northeastern speech, Tianjin, Cantonese written forms, Sichuan/Chongqing,
    Shaanxi/Gansu, Minnan/Taiwan, Singapore/Malaysia Chinese with English
    particles, precious-metal and futures dealers, trust-product sellers, car
    finance, consumer-credit and collection staff, bank wealth managers,
    livestream hosts, group announcements, customer complaint drafts for the
    12378/12363 hotlines, notes for a regulator's on-site inspection,
    training-exam Q&A, voice-to-text run-ons without punctuation, and
    pinyin-initial abbreviations (bb, bz, sx) that are not literal keywords
    and therefore never carry a label of their own (they always sit next to
    a literal keyword that decides the label).

Hard cases
    The deciding clause two or three clauses away from the keyword; negation
    scope across commas; sarcasm; conditional offers; a reported question
    followed by the real answer; concessions; lists and headings with the
    violation in one item; keywords inside product or file names (near
    misses); a ban phrased without a literal keyword next to a separate
    violation (labelled with the violation only); quoting one's own earlier
    promise; a question answered by the same speaker; keywords split by
    separators in a minority of messages; about a quarter of every category
    converted to traditional characters through a one-to-one table written
    here (ambiguous characters left out).  The numbers category writes valid
    mobiles, resident IDs and bank cards in Chinese numerals, mixed digits,
    full-width digits or split groups, against look-alikes (bad check
    character, impossible birth date, 17-digit IDs, Luhn failures, masked
    numbers, order/serial/policy codes, landlines, foreign phones, amounts,
    dates).

Usage
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout19.py OUT_DIR
    Standard library only, fixed seed, never reads the clock.  The set is
    built twice in memory and compared; all self-checks run before anything
    is written; on any failure the errors go to stderr, the exit status is 1
    and no file is written.  On success a one-line summary per category is
    printed.

Layout
    OUT_DIR/heldout19/<category>/corpus.jsonl   one WeCom archive text
        message per line, keys in this order: msgid, action, from, tolist,
        roomid, msgtime, seq, msgtype, text{content}.
        msgid = h19_<category>_<NNNN>_<hit|near>_t<NN>; NNNN runs 0001..0300
        after shuffling, tNN is the template number within its kind.
    OUT_DIR/heldout19/<category>/truth.json
        {"hits": {msgid: [rules]}, "near_misses": {msgid: [rules]}}
    Categories: numbers, rhetorical, prohibition, warning_report, refusal,
    quotation; 150 hits and 150 near misses each.
    Staff senders are plain WeCom userids (lowercase pinyin, at most one
    dot); customers are "wm" + 22 alphanumerics; roomid is "" for one-to-one
    chats and "wr" + 18 alphanumerics for groups; tolist is the other party
    or the other group members.

Rule pack (keywords matched literally after folding traditional to
simplified and removing the separators  · space - _ * . ~ )
    R1 guaranteed return : 保本 保收益 稳赚不赔 保证收益 零风险 包赚 稳赚
    R2 insider info      : 内幕消息 内部消息 庄家 拉升
                           (拉升 never directly after 大盘/指数/板块/尾盘/早盘)
    R3 private dealing   : 私下转账 转到我个人 私下交易 飞单 返佣 返点
    R4 discretionary     : 账户密码 帮你操作 代客理财 全权委托
    R5 off-channel       : 私人微信 加我个人号 私人号
    R1-R5 apply to staff messages only; customer messages appear only as
    near misses.  R6 personal data (staff and customers): a valid mainland
    mobile (1[3-9] + 9 digits), an 18-character resident ID (ISO 7064
    MOD 11-2 check character, plausible province code and birth date) or a
    16-19 digit bank card passing Luhn.
    The label list of a message is the set of rules whose keywords it
    contains.  Hits: the rules the scanner must raise.  Near misses: the
    rules it must NOT raise.  Numbers messages carry no R1-R5 keyword and
    are labelled ["R6"] (hit: must raise R6; near miss: must not).

Self-checks
    150/150 per category; >= 35 templates per kind, each used 3-5 times;
    unique well-formed msgids; strictly increasing msgtime and seq; key
    order; sender/tolist/roomid shapes and routing; R1-R5 hits sent by staff
    only, customer messages only as near misses; keyword presence equals the
    label set of every non-numbers message; numbers messages carry no R1-R5
    keyword; no 拉升 after 大盘/指数/板块/尾盘/早盘; every numbers hit holds a
    valid digit-bounded R6 item after reading Chinese numerals, full-width
    digits and separators back to digits; no valid R6 item in any
    11/18/16-19 character window of numbers near misses or of any other
    category; traditional share 20-30 % per category with an exact fold-back
    round trip; separator-split share of hits > 0 and < 15 % in every
    keyword category; the simplified-to-traditional table is one-to-one;
    unique texts; sane lengths; determinism.
"""

import calendar
import json
import os
import random
import re
import sys

SEED = 1920261205
CATS = ("numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation")
KEYWORD_CATS = CATS[1:]
N_PER_KIND = 150
MIN_TEMPLATES = 35

# ---------------------------------------------------------------------------
# Rule pack
# ---------------------------------------------------------------------------
KEYWORDS = {
    "R1": ("保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"),
    "R2": ("内幕消息", "内部消息", "庄家", "拉升"),
    "R3": ("私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"),
    "R4": ("账户密码", "帮你操作", "代客理财", "全权委托"),
    "R5": ("私人微信", "加我个人号", "私人号"),
}
LASHENG_BAD_PREFIX = ("大盘", "指数", "板块", "尾盘", "早盘")
KW_SEPS = "· -_*.~"
KW_SEP_RE = re.compile("[" + re.escape(KW_SEPS) + "]")

# ---------------------------------------------------------------------------
# Simplified -> traditional table (one-to-one; ambiguous characters such as
# 发 后 里 面 干 只 台 系 了 么 于 余 准 冲 复 历 汇 征 几 尽 表 周 才 向 据 划 制
# 价 万 丰 托 佣 升 当 签 回 团 伙 适 杠 迹 广 are deliberately left out)
# ---------------------------------------------------------------------------
_ST_PAIRS = """
个個 们們 这這 说說 话話 还還 没沒 为為 时時 会會 对對 来來 过過 问問 题題 间間 门門 开開
关關 长長 东東 车車 买買 卖賣 钱錢 银銀 险險 风風 证證 确確 认認 让讓 请請 谁誰 该該 样樣
现現 实實 经經 济濟 产產 业業 资資 财財 账賬 户戶 码碼 帮幫 权權 转轉 单單 飞飛 点點 号號
内內 庄莊 赚賺 赔賠 稳穩 亏虧 损損 涨漲 盘盤 线線 听聽 讲講 给給 吗嗎 绝絕 规規 严嚴 许許
诺諾 报報 诈詐 骗騙 谨謹 诉訴 举舉 监監 机機 构構 员員 务務 营營 销銷 顾顧 专專 训訓 练練
试試 记記 录錄 检檢 场場 议議 亲親 爱愛 宝寶 贝貝 礼禮 货貨 链鏈 订訂 购購 黄黃 铜銅 贷貸
费費 续續 约約 书書 网網 络絡 电電 联聯 备備 导導 师師 带帶 进進 仓倉 补補 龙龍 头頭 条條
热熱 传傳 闻聞 别別 担擔 块塊 岁歲 刚剛 马馬 边邊 见見 觉覺 应應 际際 办辦 张張 图圖 语語
视視 频頻 写寫 扫掃 维維 红紅 动動 态態 邻鄰 乡鄉 区區 县縣 总總 领領 层層 级級 队隊 绩績
奖獎 励勵 罚罰 偿償 责責 义義 评評 测測 净淨 预預 违違 处處 访訪 调調 诚誠 欢歡 谢謝 赶趕
紧緊 错錯 够夠 难難 呗唄 俩倆 儿兒 轻輕 简簡 数數 额額 陆陸 贰貳 两兩 讯訊 筹籌 验驗 项項
优優 满滿 护護 卫衛 从從 种種 论論 词詞 计計 设設 状狀 况況 阶階 标標 则則 势勢 贼賊 铁鐵
晓曉 与與 将將 学學 习習 选選 误誤 纪紀 劳勞 拨撥 断斷 称稱 兑兌 债債 结結 减減 协協 贴貼
垫墊 档檔 删刪 绑綁 旧舊 换換 爷爺 妈媽 孙孫 赵趙 郑鄭 罗羅 刘劉 陈陳 吴吳 杨楊 冯馮 悦悅
远遠 纯純 华華 众眾 禄祿 锦錦 沪滬 纹紋 钢鋼 矿礦 军軍 医醫 药藥 亚亞 汉漢 阁閣 观觀 萨薩
饼餅 馅餡 执執 双雙 阅閱 组組 织織 盖蓋 丢丟 纸紙 负負 节節 凭憑 尔爾 兴興 养養 亿億 虽雖
虑慮 犹猶 诱誘 审審 质質 达達 择擇 沟溝 谈談 讨討 锁鎖 细細 绍紹 课課 劝勸 赌賭 输輸 赢贏
闹鬧 厂廠 揾搵 阵陣 蚀蝕 职職 声聲 烦煩 运運 气氣 温溫 荐薦 槛檻 盗盜 类類 邮郵 显顯 统統
继繼 译譯 谱譜 绕繞 缩縮 贵貴
"""


def _parse_st(raw):
    pairs = []
    for tok in raw.split():
        pairs.append(tok)
    return pairs


ST_TOKENS = _parse_st(_ST_PAIRS)
# duplicates of an identical pair are harmless and collapse here; conflicting
# pairs are caught by the self-check.
ST_LIST = []
for _tok in ST_TOKENS:
    if len(_tok) == 2 and (_tok[0], _tok[1]) not in ST_LIST:
        ST_LIST.append((_tok[0], _tok[1]))
S2T = dict(ST_LIST)
T2S = {t: s for s, t in ST_LIST}


def to_trad(s):
    return "".join(S2T.get(c, c) for c in s)


def fold(s):
    return "".join(T2S.get(c, c) for c in s)


def kw_text(text):
    return KW_SEP_RE.sub("", fold(text))


def kw_presence(text):
    t = kw_text(text)
    return sorted(r for r, kws in KEYWORDS.items() if any(k in t for k in kws))


def is_split(text):
    f = fold(text)
    t = KW_SEP_RE.sub("", f)
    for kws in KEYWORDS.values():
        for k in kws:
            if t.count(k) > f.count(k):
                return True
    return False


def lasheng_bad(text):
    t = kw_text(text)
    for m in re.finditer("拉升", t):
        if t[max(0, m.start() - 2):m.start()] in LASHENG_BAD_PREFIX:
            return True
    return False


# ---------------------------------------------------------------------------
# R6 personal data
# ---------------------------------------------------------------------------
PROV = ("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
        "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
        "61", "62", "63", "64", "65")
PROV_SET = set(PROV)
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHK = "10X98765432"
MOB_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
              "152", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180",
              "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199")
CARD_PREFIX = ("622202", "621700", "622848", "621483", "622588", "623668", "621226",
               "622700", "625965", "628288", "622260", "621661")
CN_DIGIT_READ = {"〇": "0", "零": "0", "幺": "1", "一": "1", "壹": "1", "二": "2", "两": "2",
                 "贰": "2", "三": "3", "叁": "3", "四": "4", "肆": "4", "五": "5", "伍": "5",
                 "六": "6", "陆": "6", "七": "7", "柒": "7", "八": "8", "捌": "8", "九": "9",
                 "玖": "9"}
FW_READ = {chr(0xFF10 + i): str(i) for i in range(10)}
FW_READ.update({"Ｘ": "X", "ｘ": "x"})
R6_SEP_RE = re.compile(r"(?<=\d)[ \u3000·\-_*.~,，、．－]+(?=[\dXx])")
MOBILE_RE = re.compile(r"1[3-9]\d{9}")


def days_in(y, m):
    return calendar.monthrange(y, m)[1]


def id_check(body17):
    return ID_CHK[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def valid_mobile(s):
    return MOBILE_RE.fullmatch(s) is not None


def valid_id(s):
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[:2] not in PROV_SET:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 <= y <= 2025 and 1 <= m <= 12):
        return False
    if not 1 <= d <= days_in(y, m):
        return False
    return id_check(s[:17]) == s[17].upper()


def valid_card(s):
    return s.isdigit() and 16 <= len(s) <= 19 and luhn_ok(s)


def r6_norm(text):
    t = fold(text)
    t = "".join(FW_READ.get(c, CN_DIGIT_READ.get(c, c)) for c in t)
    return R6_SEP_RE.sub("", t)


def r6_runs(text):
    return [m.group() for m in re.finditer(r"\d+[Xx]?", r6_norm(text))]


def run_is_item(run):
    return valid_mobile(run) or valid_id(run) or valid_card(run)


def run_has_window_item(run):
    n = len(run)
    for L in (11, 16, 17, 18, 19):
        for i in range(0, n - L + 1):
            w = run[i:i + L]
            if L == 11 and valid_mobile(w):
                return True
            if L == 18 and valid_id(w):
                return True
            if 16 <= L <= 19 and valid_card(w):
                return True
    return False


def has_bounded_item(text):
    return any(run_is_item(r) for r in r6_runs(text))


def has_any_window_item(text):
    return any(run_has_window_item(r) for r in r6_runs(text))


# ---------------------------------------------------------------------------
# Slot pools
# ---------------------------------------------------------------------------
POOLS = {
    "n": ("王姐", "李哥", "张总", "陈阿姨", "刘叔", "赵老师", "孙姐", "吴总", "郑阿姨", "黄老板",
          "何姐", "马大爷", "罗总", "杨姐"),
    "ne": ("老铁", "大哥", "老妹儿", "大姐", "老弟", "大兄弟", "老舅", "大侄儿"),
    "nc": ("陈生", "李太", "黄小姐", "何生", "梁太", "张生", "林小姐", "伍生", "冯太", "杨生"),
    "nt": ("林大哥", "陈姐", "黄先生", "吴小姐", "蔡大哥", "郭姐", "许先生", "杨小姐"),
    "ns": ("Uncle Tan", "Auntie Lim", "Mr Wong", "Ms Goh", "Ah Seng", "Jessica", "Uncle Lee",
           "Auntie Koh"),
    "m": ("小王", "小李", "张经理", "刘经理", "陈顾问", "赵老师", "小杨", "孙主管", "何经理", "罗经理"),
    "p": ("鑫悦1号", "恒盈季季红", "金穗180天", "睿远成长", "瑞丰纯债", "安泰信托7期", "华盈固收+",
          "众禄月月盈", "天鑫量化二号", "嘉禾添利", "锦程年年丰", "福满堂3期"),
    "g": ("黄金T+D", "白银延期", "沪铜主力", "螺纹钢", "原油", "铁矿石", "沪金", "豆粕"),
    "s": ("那只军工股", "这只芯片票", "那只白酒股", "这票", "那只光伏股", "这只小盘股", "那只券商股",
          "这只医药股"),
    "a": ("20万", "50万", "30万", "100万", "15万", "80万", "三十万", "五十万", "两百万"),
    "a2": ("三千", "五千块", "八千", "一万二", "六千五", "两千", "四千块"),
    "r": ("4.5%", "5.2%", "6个点", "百分之八", "7%", "3.8%", "5.5%"),
    "pt": ("一个点", "两个点", "1.5个点", "半个点", "0.8个点", "三个点"),
    "t": ("明天上午", "周五之前", "今晚八点前", "下礼拜一", "月底前", "后天中午", "这周内"),
    "c": ("朗逸", "卡罗拉", "比亚迪汉", "宝马3系", "雅阁", "途观L", "理想L6", "帕萨特"),
    "k": ("120", "200", "86", "150", "64", "96"),
    "q": ("3", "4", "5", "6", "7", "8", "9", "11", "12"),
}

VOICES = {
    "gen": "mainland office Mandarin (baseline)",
    "ne": "Northeastern", "tj": "Tianjin", "yue": "Cantonese written forms",
    "sc": "Sichuan/Chongqing", "sx": "Shaanxi/Gansu", "mn": "Minnan/Taiwan",
    "sg": "Singapore/Malaysia Chinese", "pm": "precious metals / futures dealer",
    "tr": "trust-product seller", "car": "car finance", "cc": "consumer credit / collection",
    "bank": "bank wealth manager", "live": "livestream host", "ann": "group announcement",
    "cmp": "complaint draft (12378/12363)", "insp": "on-site inspection notes",
    "exam": "training-exam Q&A", "v2t": "voice-to-text run-on", "abbr": "pinyin abbreviations",
}

# Route codes: sp staff->customer 1:1, sg staff in customer group, si staff to
# staff (1:1 or internal group), cp customer->staff 1:1, cg customer in group.

# ---------------------------------------------------------------------------
# Keyword-category templates: (voice, route, rules, text)
# ---------------------------------------------------------------------------
T = {}

T["rhetorical"] = {
    "hit": (
        ("ne", "sp", "R1", "{ne}，你寻思寻思，国债打底的东西，这不就是保本嘛？咋整都亏不了，{a}放进来贼踏实。"),
        ("tj", "sp", "R1", "{n}，介{p}您还犹豫嘛？谁说不是稳赚啊，我们家老客户买了三年哪回亏过？"),
        ("yue", "sp", "R1", "{nc}，呢只{p}点会蚀呀？保本嘅嘢嚟㗎，你放{a}落去，边度揾咁稳阵嘅？"),
        ("sc", "sp", "R1", "{n}，你说嘛，{p}哪回让你亏过？零风险的东西你还要想啥子，{t}定下来要得不？"),
        ("sx", "sp", "R1", "{n}，额问你，存银行才几个利息？{p}包赚的事你咋还不弄咧？"),
        ("mn", "sp", "R1", "{nt}，你想想看，{p}怎么可能会亏？稳赚的啦，{a}放进来，齁，年底就笑了。"),
        ("sg", "sp", "R1", "{ns}, this one {p} how can lose leh? 保本的 lah, 这个 can one, you put {a} in sure ok."),
        ("pm", "sp", "R2", "{n}，我跟您说的内部消息哪次不准了？{s}这礼拜不拉升我把名字倒过来写。"),
        ("ne", "sg", "R2", "老铁们，庄家都把筹码收干净了，你说{s}能不拉升吗？整就完了，别墨迹。"),
        ("tr", "sp", "R1", "{n}，{p}有抵押有担保，兜底的东西，您说这不是保证收益是什么？年化{r}一分不会少。"),
        ("bank", "sp", "R1", "{n}，难道我还会坑您吗？这款到期保本，您就放心把{a}挪过来吧。"),
        ("v2t", "sp", "R1", "{n}我跟你讲你自己算算嘛存款才多少这个年化{r}还稳赚不赔的你说哪里找去对吧我{t}给你把单子弄好"),
        ("gen", "sp", "R3", "{n}，走公司流程还得扣一道手续费，为什么不私下转账呢？直接转我这边，{t}就给您办好。"),
        ("gen", "sp", "R3", "{n}，别家都不给，我给您{pt}的返点，您还上哪找这么好的事？{a}打过来就行。"),
        ("gen", "sp", "R4", "{n}，您天天上班哪有空盯盘？把账户密码给我，我帮您盯着不就完了吗？{p}的买卖点我替您掐。"),
        ("gen", "sp", "R4", "{n}，你自己弄多费劲啊，我帮你操作不是更省心吗？{p}我{t}就给你买上。"),
        ("gen", "sp", "R5", "{n}，这里说话不方便你懂的吧？为啥不加我个人号聊呢，{p}的底细那边啥都能讲。"),
        ("gen", "sp", "R1", "{n}，不是我吹，这款{p}没有不保本的道理，{a}进来到期本金一分不少。"),
        ("gen", "sp", "R1", "谁敢说{p}不是稳赚？去年到今年一笔没亏过，{n}您还怕啥？"),
        ("gen", "si", "R3", "这单走公司系统提成才几个钱？{n}那边咱们自己做飞单不香吗？客户那边我去说。"),
        ("car", "sp", "R3", "{n}，{c}的贷款走我们这家，返佣我分您一半，这不是白捡的钱吗？"),
        ("live", "sg", "R1", "家人们，你们说说，{p}哪一期亏过？这不就是零风险吗？{t}截止预约，名额不多了！"),
        ("gen", "sp", "R1", "{n}，虽说合同上写着不承诺，可您想想，{p}这么多年哪一期没兑付？说白了不就是保本吗？"),
        ("gen", "sp", "R2", "{n}，您还真信那些研报啊？我们拿的是庄家的一手内部消息，跟研报能一样吗？{s}您就放心拿着。"),
        ("gen", "sp", "R4", "{n}，全权委托给我有啥不放心的？我做了十年了，{a}交给我，每月给您报数。"),
        ("mn", "sp", "R5", "{nt}你说这里讲话是不是不方便？加我私人微信啦，{p}的细节那边我跟你讲清楚一点，揪方便的。"),
        ("sc", "sp", "R3", "{n}，走对公账户还要等两天，何必嘛？私下转账给我，{t}就给你买上，巴适得很。"),
        ("sx", "sp", "R1,R2", "{n}，额跟你说，庄家都进场了，{s}还能不涨？这票稳赚，你咋还不信咧？"),
        ("cc", "sp", "R3", "{n}，你想额度批下来不？走正常流程谁给你批？私下交易给我{pt}，这不比你自己跑强？"),
        ("abbr", "sp", "R1", "{n}，这个bb的你还担心啥？说白了{p}就是保本，合同都写着呢。"),
        ("tj", "sp", "R4", "{n}，您介岁数了还折腾嘛？账户密码给我，我帮你操作，您就等着收钱不完了嘛，{p}我给您盯着。"),
        ("ne", "sp", "R1", "{ne}，你说存银行能有几个钱？这个{p}杠杠的，包赚，不整等啥呢？"),
        ("yue", "sp", "R3", "{nc}，走公司单要排期，点解唔直接私下交易？你转{a}畀我，我即刻帮你落单。"),
        ("sg", "sp", "R5", "{ns}, why not add my 私人号 lah? Here company see everything leh, there we can talk {p} freely one."),
        ("gen", "sp", "R1", "{n}，您问这个会不会亏？会亏我还敢推给您吗？{p}稳赚不赔，{a}起投。"),
        ("gen", "sp", "R2", "有客户问我{s}凭什么能涨，我说庄家下礼拜拉升，这还用问吗？{n}您也赶紧进。"),
        ("gen", "sp", "R1", "{n}，要是亏了算我的，这还不叫保本叫啥？{t}前打款就给您锁年化{r}。"),
        ("tr", "sp", "R3", "{n}，买信托谁不拿点返佣啊？别人给的少，我给您{pt}，{p}今天就能签。"),
        ("pm", "sp", "R1,R2", "{n}，内幕消息都给您了，{g}这波稳赚，还有啥好犹豫的？"),
        ("sx", "sp", "R4", "{n}，你自个儿又看不懂盘，代客理财有啥不好？额全帮你弄{p}，你就等着分钱，咋样？"),
    ),
    "near": (
        ("gen", "cp", "R1", "{m}，我想问一下，{p}到底保不保本？合同里咋没写呢？"),
        ("gen", "sp", "R1", "{n}，您问是不是保本，我得老实说，不是，{p}净值是会波动的。"),
        ("gen", "sp", "R1", "哪有什么稳赚不赔的东西？{n}，{p}也会跌，您得按自己的风险承受能力来。"),
        ("gen", "sp", "R1", "这世上哪有零风险的投资呀？{n}，谁跟您这么说您都别信，{p}也一样有波动。"),
        ("ne", "sp", "R1", "{ne}，你问我能不能包赚？咋可能呢，谁说包赚谁忽悠你，这个{p}该亏也会亏。"),
        ("tj", "sp", "R1", "{n}，您问介个{p}保本不保本？不保本，真的，我不能跟您瞎说嘛。"),
        ("yue", "sp", "R1", "{nc}，你问係唔係保本？唔係㗎，呢只{p}有风险，亏咗都要自己承担。"),
        ("sc", "sp", "R1", "{n}，你问{p}稳赚不？莫得这种事，哪个给你说稳赚的你要当心点。"),
        ("sx", "cp", "R1", "{m}，额问一下，{p}能保本不？额这{a}是养老钱，亏不起。"),
        ("mn", "sp", "R1", "{nt}你问{p}会不会稳赚喔？没有啦，投资一定有风险，我不会跟你讲稳赚的啦。"),
        ("sg", "sp", "R1", "{ns}, you ask {p} 保本 or not ah? Not 保本 leh, this one got risk, I must tell you honestly."),
        ("gen", "sp", "R2", "{n}，您问我{s}有没有内幕消息？真没有，有我也不能说，那是违法的。"),
        ("gen", "cg", "R2", "群里有人说{s}庄家要拉升，这是真的吗？有没有懂的说一下？"),
        ("gen", "sg", "R2", "天天有人说{s}庄家要拉升，谁见过庄家？各位，这种话听听就算了，别拿真钱去赌。"),
        ("gen", "sp", "R3", "{n}，为什么不能私下转账？因为钱必须进公司的托管账户，转给个人的话出了事谁都保不了您。"),
        ("gen", "cp", "R3", "{m}，你上回说的返点是咋回事？是公司给的还是你自己给的？我有点不放心。"),
        ("gen", "sp", "R3", "{n}，您问能不能给点返点？不能的，这个违规，{p}我们也从来没有这种操作。"),
        ("gen", "sp", "R4", "{n}，把账户密码给我？那可不行，密码您自己保管好，谁要都别给。"),
        ("gen", "cp", "R4", "{m}，你们有代客理财吗？我平时太忙了，{p}那种自己弄不过来。"),
        ("gen", "sp", "R4", "谁会让客户全权委托？{n}，正规机构都不允许，您碰到这么说的要警惕。"),
        ("gen", "sp", "R5", "{n}，您问能不能加我私人微信？不用的，有事就在这个企业微信上说，公司都有存档，对您也是保障。"),
        ("gen", "cp", "R5", "{m}，有个自称你们公司的人让我加他私人号，这正常吗？"),
        ("exam", "si", "R1", "【培训测验】第{q}题：客户问“这个产品保本吗”，以下哪种回答正确？A. 放心，保本 B. 不保本，净值会波动。正确答案：B。"),
        ("v2t", "sp", "R1", "{n}你刚才问是不是稳赚我再跟你说一遍不是稳赚的过去业绩不代表将来{p}你要想清楚再买"),
        ("gen", "sp", "R1", "{p}稳赚？不敢这么说的，{n}，去年它也有两个月是回撤的。"),
        ("car", "sp", "R3", "{n}，您问返佣能不能退到您卡上？我们没有返佣这一说，{c}的贷款利率就是合同上写的。"),
        ("cc", "sp", "R3", "{n}，您问能不能私下交易把这期结清？不行的，还款只能走APP或者对公账户。"),
        ("pm", "sp", "R2", "{n}，您问{g}有没有庄家拉升？期货市场哪来的庄家，行情是供需决定的，别信群里那些话。"),
        ("ann", "sg", "R3", "【群公告】有群友问：客户经理能不能私下交易？答：不能。凡是让您私下转账的，一律是骗子，请联系{m}核实。"),
        ("ne", "cp", "R1", "{m}，我问一下哈，这个{p}到底保本不？我儿子说整不好要亏。"),
        ("tj", "sp", "R2", "{n}，您说我有内部消息？我要有内部消息还在这上班嘛，{s}的事您可别听别人瞎传。"),
        ("yue", "cg", "R5", "{m}，有人喺群度叫我加佢私人微信，係咪你哋同事嚟㗎？"),
        ("mn", "sp", "R4", "{nt}你问我可不可以帮你操作喔？不行啦，交易一定要你本人来，我只能教你怎么按。"),
        ("sg", "sp", "R3", "{ns}, you ask can 私下转账 to me or not? Cannot lah, must go company account, otherwise very dangerous one."),
        ("sc", "sp", "R5", "{n}，你问为啥子不加私人微信？公司规定只能用企业微信，留痕的，对你对我都是保护。"),
        ("sx", "sp", "R4", "{n}，你问全权委托行不行？不行，额们这儿不搞代客理财，{p}得你自个儿下单。"),
        ("tr", "sp", "R1", "{n}，信托能保证收益吗？说实话不能，{p}是浮动收益，年化{r}只是业绩比较基准。"),
        ("cmp", "cp", "R1", "{m}，我想问问你们，当初客户经理说稳赚不赔，现在亏了{a}，这个算不算误导销售？"),
        ("abbr", "cp", "R1", "{m}，你昨天说的那个bb是指保本吗？{p}我没太看懂。"),
        ("bank", "sp", "R1", "{n}，难道存款以外还有保本的东西吗？现在理财都是净值型，{p}也没有保本这回事了。"),
    ),
}

T["prohibition"] = {
    "hit": (
        ("gen", "sp", "R1", "公司不让我们说保本，但我私下跟您讲，{p}就是保本的，{n}您放心投。"),
        ("gen", "sp", "R1", "{n}，按规定不得承诺保本，这话我只跟您说：{p}到期本金肯定回来，保本没问题。"),
        ("ne", "sp", "R1", "{ne}，上头不让说稳赚，咱俩啥关系？跟你透个底，这{p}贼稳，稳赚。"),
        ("tj", "sp", "R3", "{n}，公司严禁飞单，这我懂嘛，可介单要是走公司您得多花钱，咱就飞单走，我给您办利索的，{t}到账。"),
        ("yue", "sp", "R3", "{nc}，公司话唔准返佣，不过我哋老朋友，返佣照俾你，{pt}，唔使声张。"),
        ("sc", "sp", "R3", "{n}，规定是不许私下转账，但你这个急嘛，转到我个人卡上，{t}就给你弄好，要得？"),
        ("sx", "sp", "R4", "{n}，公司禁止代客理财，可你不会弄咋整？把账户密码发额，额帮你操作，{p}额给你买上。"),
        ("mn", "sp", "R5", "{nt}，公司规定请勿使用私人微信联络客户啦，不过你加一下我私人微信，{p}有好康的我直接传给你，齁。"),
        ("sg", "sp", "R1", "{ns}, company say cannot say 保本 leh, but between you and me, {p} confirm 保本 one lah."),
        ("pm", "sp", "R2", "{n}，合规不让传内幕消息，我就一句：{g}下周有资金拉升，仓位先上。"),
        ("tr", "sp", "R1", "{n}，监管要求不得承诺保证收益，合同上也不会写，但我跟您保证：年化{r}到手，一分不少，就是保证收益。"),
        ("car", "sp", "R3", "{n}，厂家禁止给客户返点，您这台{c}我照样给您返点，提车当天转您。"),
        ("cc", "si", "R3", "说一下：虽然公司严禁私下交易，但{n}这批催回来的款先转到我个人卡，月底统一处理，别声张。"),
        ("bank", "sp", "R1", "{n}，行里三令五申禁止说零风险，我也就跟您说：{p}跟零风险没区别，放心放{a}。"),
        ("live", "sg", "R1", "家人们，平台规定直播间不能说稳赚不赔，那我换个说法——{p}买了就没亏过！稳赚不赔懂的都懂！"),
        ("ann", "sg", "R1", "【群公告】1. 转账只认公司对公账户，请勿向个人账户付款；2. 本周主推{p}，保本保收益，{a}起；3. 有问题联系{m}。"),
        ("abbr", "sp", "R1", "{n}，上面不许我们写保本两个字，你就记住bb，{p}bb，年化{r}到手。"),
        ("v2t", "sp", "R3", "{n}公司是不让私下交易但是你这单太小走流程不划算你直接私下交易转给我我帮你弄{t}就完事了"),
        ("gen", "sp", "R4", "{n}，按理说不允许全权委托，但您这么信任我，{a}就全权委托给我吧，亏了我担着。"),
        ("gen", "sp", "R5", "{n}，企业微信上不让推这个，您加我个人号，我把{p}的内部材料发您。"),
        ("pm", "sp", "R1,R2", "{n}，公司禁止承诺收益我知道，可这回是庄家亲自拉升，{g}稳赚，错过别怪我。"),
        ("ne", "sp", "R3", "{ne}，规矩是不让私下收钱，但咱自己人还整那套嘎哈？钱直接私下转账给我，{t}就给你办。"),
        ("yue", "sp", "R1", "{nc}，规定唔可以讲稳赚，但我讲真，呢只{p}稳赚，我自己屋企都买咗。"),
        ("sc", "sp", "R1", "{n}，公司不准我们说包赚，但是你晓得的嘛，我啥时候骗过你？{p}包赚，放心。"),
        ("sx", "sp", "R5", "{n}，领导说不准加客户私人微信，可额觉得没啥，你把私人微信给额，{p}的事额私下跟你说。"),
        ("mn", "sp", "R3", "{nt}，公司说不可以飞单啦，可是{p}走公司会被抽很多，我们飞单比较划算，揪省的。"),
        ("sg", "sp", "R3", "{ns}, company policy say no 返佣, but for you I can give 返佣 one lah, {pt}, don't tell others ok?"),
        ("tr", "sp", "R3", "{n}，按规定不允许私下交易，不过{p}这份额是我从别的客户那转过来的，咱俩私下交易，价格给您优惠。"),
        ("car", "sp", "R4", "{n}，公司不让代客户操作网银，但您这台{c}的月供我来弄就行，账户密码给我，每月我帮你操作还款。"),
        ("cc", "sp", "R3", "{n}，按规定逾期款不能转给个人，但您今天不还就上征信了，先把{a2}转到我个人账户，我帮您走内部通道处理。"),
        ("bank", "sp", "R1", "{n}，虽说行里禁止说保收益，但您这{a}放大额存单加{p}的组合，等于保收益，我给您算好了。"),
        ("live", "sg", "R5", "家人们，直播间不让留联系方式，想上车{p}的私人号找我，主页有写，懂的扣1！"),
        ("ann", "sg", "R3", "【群公告】本群禁止发广告。另：本月开户的朋友，找{m}领取开户返佣，{pt}，名额有限。"),
        ("insp", "si", "R3", "迎检口径：检查组问起就说我们从不返点。实际上{n}这类老客户返点照常，只是别在企业微信上说。"),
        ("exam", "si", "R1", "考试题我看了，“禁止承诺保本”选对就行，考完该咋说咋说，{n}那边照样讲保本。"),
        ("gen", "sp", "R2", "{n}，严禁传播内幕消息，所以这条您看完就删：{s}下周三有重组公告，内幕消息，准得很。"),
        ("gen", "sp", "R1", "{n}，按规定我不能承诺保本，但您要是投{a}以上，我个人给您兜底，亏了我补，就当保本。"),
        ("tj", "sp", "R4", "{n}，公司不许我们碰客户账户，介我知道，可您不会弄嘛，把账户密码给我，{p}我替您买好。"),
    ),
    "near": (
        ("ann", "sg", "R1", "【群公告】根据监管要求，任何员工不得承诺保本保收益，{p}等产品均有风险，请各位理性投资。"),
        ("gen", "si", "R3", "重申纪律：严禁飞单，严禁私下收取客户资金，一经发现立即解除劳动合同，{m}负责本周抽查。"),
        ("gen", "si", "R3", "合规提醒：禁止向客户返佣、返点，包括以购物卡、代金券等形式变相返还，{m}牵头自查。"),
        ("gen", "sp", "R4", "{n}，公司规定员工不许接触客户的账户密码，您下单时我只能在旁边讲解。"),
        ("gen", "sp", "R5", "{n}，请勿添加任何员工的私人微信，{p}的所有服务都在企业微信上进行。"),
        ("ne", "sp", "R1", "{ne}，咱这儿有规矩，不让说稳赚，我也不能说，{p}有涨有跌，你自己掂量。"),
        ("tj", "sp", "R3", "{n}，您介么说我可不敢，公司严禁私下转账，{a}只能打到公司账户嘛。"),
        ("yue", "sp", "R3", "{nc}，公司规定唔准私下交易，所有钱都要入公司户口，你唔好转畀任何个人。"),
        ("sc", "sp", "R4", "{n}，莫得办法，公司不准代客理财，{p}你要买得自己在APP上点，我在电话里教你。"),
        ("sx", "sp", "R1", "{n}，额们公司不准说保本，因为{p}本来就不保本，你要想好再买。"),
        ("mn", "sp", "R5", "{nt}，公司规定不可以用私人微信跟客户联络啦，有问题都在这边讲就好。"),
        ("sg", "sp", "R3", "{ns}, our company strictly no 返佣 one, whoever promise you 返佣 you must report ok."),
        ("exam", "si", "R1", "【合规考试】判断题第{q}题：员工可以向客户承诺保本。答案：错误。依据：不得承诺保本保收益。"),
        ("exam", "si", "R4", "【培训问答】第{q}题 问：客户要求全权委托怎么办？答：婉拒，并说明公司禁止代客理财。"),
        ("insp", "si", "R3", "现场检查准备：请把《严禁飞单及私下交易管理办法》打印{q}份，检查组要调阅。"),
        ("pm", "sp", "R2", "{n}，公司明令禁止员工传播所谓内幕消息，{g}的行情我只能给您看公开的研报。"),
        ("tr", "sp", "R1", "{n}，信托产品按规定不得宣传保证收益，{p}的年化{r}是业绩比较基准，不是承诺。"),
        ("car", "sp", "R3", "{n}，我们店不许销售私下收返点，{c}的贷款费用都在合同上，您看清楚再签。"),
        ("cc", "sp", "R3", "{n}，公司规定催收员不得要求客户私下转账，您还款只能通过APP或对公账户，别上当。"),
        ("bank", "sp", "R1", "{n}，资管新规以后理财产品不许再说保本了，{p}是净值型的，有可能亏损。"),
        ("live", "sg", "R1", "家人们，直播间规则：主播不得说稳赚、保本这类词，{p}我们只讲产品本身，投资有风险。"),
        ("ann", "sg", "R5", "【群公告】请勿添加自称客服的私人号，{m}等官方人员只使用企业微信认证账号。"),
        ("v2t", "sp", "R4", "{n}我跟你说啊公司不让我们碰客户的账户密码你自己设好不要告诉任何人包括我"),
        ("abbr", "si", "R1", "提醒下新来的{m}：别以为打bb、bz就能绕开，写保本、保证收益一样违规，缩写也不许。"),
        ("gen", "sp", "R2", "{n}，按规定我们不得向客户提供或暗示内部消息，{s}的那种消息我这儿真没有。"),
        ("gen", "si", "R4", "通知：即日起严禁以“我帮你操作”等话术诱导客户交出账户，{m}负责宣导。"),
        ("ne", "si", "R3", "都注意点啊，上面查得贼严，飞单抓到就开除，{m}那组上个月刚处理一个，别抱侥幸心理。"),
        ("tj", "sp", "R1", "{n}，法规明文规定不许说零风险，介个{p}我真不能跟您说，您得自己评估。"),
        ("yue", "sg", "R4", "各位街坊，公司规定职员唔可以代客理财，亦唔可以问你哋攞账户密码，有人问就即刻揾{m}。"),
        ("sc", "sp", "R5", "{n}，公司不准加私人微信，你有啥子问题就在企业微信上问，晓得了噻。"),
        ("sx", "sg", "R2", "各位，群里不准转发啥庄家拉升的消息，{s}也一样，额看到就踢，别怪额。"),
        ("mn", "sp", "R3", "{nt}，公司规定绝对不可以飞单，也不可以私下交易，你的钱一定要进公司账户啦。"),
        ("sg", "sg", "R1", "Reminder ah, 群里不准讲稳赚不赔, {p} also cannot say like that, MAS don't allow one."),
        ("insp", "si", "R1", "检查组提问预案第{q}条：问“是否存在承诺保本情况”——如实回答，提供双录抽查记录，不得编造。"),
        ("gen", "sp", "R3,R4", "{n}，我们有两条红线：不许私下转账，不许代客理财。您碰到有人这么干请直接打客服。"),
        ("tr", "sp", "R3", "{n}，按规定推介人员禁止私下交易{p}的份额，转让只能走公司平台。"),
        ("car", "sp", "R1", "{n}，按规定金融产品不得宣传零风险，{c}的车贷也有逾期罚息，签之前您看清条款。"),
        ("cc", "si", "R5", "催收组规范第{q}条：禁止使用私人号联系债务人，所有通话须用工作手机录音。"),
        ("gen", "cp", "R3", "{m}，你们不是规定不许私下转账吗？那我这{a}到底该打到哪个账户？"),
        ("ne", "cp", "R1", "{m}，我看你们墙上贴着“不得承诺保本”，那{p}到底咋回事，给我唠唠。"),
    ),
}

T["warning_report"] = {
    "hit": (
        ("gen", "sp", "R1", "{n}，提醒您一句，外面那些说保本的都是骗局，只有我们{p}是真保本，到期本金一分不少。"),
        ("gen", "sg", "R1", "谨防诈骗！网上说稳赚的都是假的，想要真稳赚就买咱们家{p}，年化{r}实打实到手。"),
        ("ne", "sp", "R1", "{ne}，我跟你说，外头那些都是坑，别信，咱这个{p}才是真包赚，我不骗你。"),
        ("tj", "sp", "R2", "{n}，最近好多假的内幕消息，您可别上当。我这儿的是正经内部消息，{s}下礼拜准拉升。"),
        ("yue", "sp", "R3", "{nc}，小心啲呃人嘅，佢哋收咗钱就走佬。你直接私下转账畀我就冇问题，{a}我帮你落单。"),
        ("sc", "sp", "R1", "{n}，最近骗子多得很，你莫乱投。要投就投{p}，零风险，我给你打包票。"),
        ("sx", "sp", "R1", "{n}，额提醒你，股市风险大得很，还是买额们这个{p}，稳赚不赔，踏实。"),
        ("mn", "sp", "R5", "{nt}，最近冒充客服的诈骗揪多，企业微信这边也不一定安全啦，{p}的事你加我私人微信比较保险。"),
        ("sg", "sp", "R5", "{ns}, nowadays many scam on this app leh, safer you add my 私人号, there I send you {p} real info."),
        ("pm", "sp", "R2", "{n}，风险提示：{g}波动大，散户容易被收割。但是跟着我们拿的内部消息做，不会吃亏。"),
        ("tr", "sp", "R1", "{n}，现在暴雷的多，您要当心。{p}有平台兜底，保证收益，年化{r}，这才叫稳。"),
        ("car", "sp", "R3", "{n}，外面很多黑中介，您小心点。{c}在我这办贷款，我私下给您返点，比他们实在。"),
        ("cc", "sp", "R3", "{n}，最近有冒充我们公司的诈骗电话，您别理。您的欠款{a2}直接转到我个人账户，我这边马上给您销账。"),
        ("bank", "sp", "R1", "{n}，跟您说个风险：存款利率还要降。趁现在锁定{p}，保本保收益，晚了就没额度了。"),
        ("live", "sg", "R1", "家人们注意了！别去别的直播间买那些乱七八糟的，都不靠谱！咱这{p}零风险，点链接预约！"),
        ("ann", "sg", "R3", "【群公告】近期有不法分子冒充我司员工，请大家提高警惕。本月开户客户可联系{m}领取返佣。"),
        ("insp", "si", "R3", "检查组下周来，大家注意，飞单的单子这几天先别走企业微信，{n}那几笔等检查完再接着飞单。"),
        ("v2t", "sp", "R1", "{n}我提醒你啊现在理财都不保本了你要买就买我们这款{p}这个是保本的我敢打包票你赶紧的"),
        ("abbr", "sp", "R1", "{n}，注意风险！其他家都不bb，就我们家{p}是bb的，真保本，懂吧。"),
        ("ne", "sg", "R2", "老铁们注意了，网上那些带单老师都是割韭菜的！真正的内幕消息在我这儿，{s}明天拉升，跟上！"),
        ("tj", "sp", "R4", "{n}，您岁数大了，自己操作容易点错，可危险嘛。账户密码给我，我帮你操作，{p}保准不出错。"),
        ("yue", "sp", "R1", "{nc}，而家个市好危险，股票随时蚀。不如放{a}落{p}，稳赚嘅，我同你讲真。"),
        ("sc", "sp", "R3", "{n}，你莫去网上乱转账哈，危险得很。要买{p}就私下转账给我，我帮你弄，稳当。"),
        ("sx", "sp", "R4", "{n}，最近网上骗子多，你自个儿操作额不放心，干脆全权委托给额，{a}额帮你管，省得你上当。"),
        ("mn", "sp", "R3", "{nt}，小心那些假平台喔，钱进去就拿不出来。{p}我们这边飞单比较安全啦，不用经过公司。"),
        ("sg", "sp", "R1", "{ns}, careful ah, crypto all scam one. Better put {a} in {p}, 稳赚 lah, I guarantee."),
        ("pm", "sp", "R1", "{n}，提醒一下，期货杠杆高，新手别乱做。跟着我的单子做{g}就是稳赚，上个月没一单亏的。"),
        ("tr", "sp", "R4", "{n}，信托门槛高、风险也高，您自己选容易踩雷，不如代客理财交给我们团队，{a}您只管收钱。"),
        ("car", "sp", "R5", "{n}，注意了，很多人冒充我们4S店发链接，别点。{c}以后有啥事直接加我个人号找我。"),
        ("cc", "sp", "R5", "{n}，提醒您别相信陌生来电，以后有啥事直接联系我的私人号，减免{a2}的事在那边谈。"),
        ("bank", "sp", "R2", "{n}，外面那些荐股群都是骗局，千万别信。不过我们行里有内部消息，{s}下周有利好，您可以先埋伏。"),
        ("live", "sg", "R3", "家人们，直播间外面私下找你们的都是骗子！想要返点的，下单{p}后找小助手登记，返点当天到账！"),
        ("ann", "sg", "R1", "【风险提示】市场有风险，投资需谨慎。本群专属{p}，保本，年化{r}，限额{a}，速来。"),
        ("ne", "sp", "R4", "{ne}，最近盗号的贼多，你那手机整不明白就别自己弄了，账户密码发我，我帮你操作，杠杠的。"),
        ("gen", "sp", "R1", "{n}，跟您汇报一下上周的情况：{p}又是稳赚，本周继续加仓，零风险，您跟着追加{a}就行。"),
        ("gen", "sp", "R2", "{n}，刚看新闻说查处了一批庄家，您别慌，咱们跟的这个庄家有背景，{s}照样拉升。"),
        ("gen", "sp", "R5", "{n}，提醒您，企业微信的聊天记录公司都能看，{p}的真实情况不方便在这说，您加我私人微信吧。"),
        ("gen", "sp", "R3", "{n}，警惕那些高息平台！真想多赚点，{p}走我这儿，我每笔给您{pt}的返佣，稳稳的。"),
    ),
    "near": (
        ("ann", "sg", "R1", "【风险提示】凡是宣称保本保收益、稳赚不赔的投资，都是骗局，请大家谨防诈骗，有疑问找{m}。"),
        ("gen", "si", "R1", "跟您汇报下，今天{n}问{p}能不能保本，我告诉他不能，已经留痕。"),
        ("cmp", "cp", "R1", "投诉材料（准备打12378）：贵司员工{m}在企业微信中向我承诺“稳赚不赔”，现亏损{a}，要求赔偿。"),
        ("cmp", "cp", "R3", "我已经写好投诉了，准备打12363：你们员工让我私下转账到他个人卡，{a2}到现在没退。"),
        ("gen", "sp", "R2", "{n}，新闻里说又查了一个用内幕消息交易的案子，罚了好几千万，{s}这种传闻千万别碰。"),
        ("ne", "sp", "R1", "{ne}，听哥一句劝，谁跟你说包赚的都是忽悠，别整那玩意儿，贼坑。"),
        ("tj", "sp", "R2", "{n}，介年头谁跟您说有庄家要拉升，您就把他拉黑，准是骗子嘛。"),
        ("yue", "sp", "R3", "{nc}，小心呀，最近有人扮我哋职员叫客私下转账，你一定唔好转，有疑问打热线。"),
        ("sc", "sg", "R1", "各位，最近好多人打电话说零风险、高收益，那些都是骗子，莫信，{p}也有风险，晓得不。"),
        ("sx", "sp", "R5", "{n}，额提醒你，要是有人让你加他私人微信说带你赚钱，肯定是骗子，你可甭加。"),
        ("mn", "sp", "R4", "{nt}，提醒你厚，任何人跟你要账户密码都不要给，就算说是我们公司的也一样。"),
        ("sg", "sg", "R1", "Dear all, got people say {p} 稳赚 guaranteed, all scam one lah, please don't believe."),
        ("pm", "sp", "R2", "{n}，风险提示：近期有非法荐股群冒充我司分析师，声称掌握{g}的庄家动向，请勿相信。"),
        ("tr", "sp", "R1", "{n}，提醒您，信托不存在刚兑了，如果有人跟您说{p}保证收益，那是违规宣传，可以向我们举报。"),
        ("car", "sp", "R3", "{n}，提醒您，正规金融机构不会给客户返点，有人拿返点诱导您办{c}贷款的要当心。"),
        ("cc", "sp", "R3", "{n}，重要提醒：我司从不要求客户私下转账还款，如接到此类要求请立即拨打官方客服核实。"),
        ("bank", "sp", "R1", "{n}，行里最新风险提示：网上流传的“零风险大额存单转让”都是诈骗，请勿轻信。"),
        ("live", "sg", "R1", "家人们，主播在这说一句，谁跟你们说{p}包赚的，都是割韭菜的，理性消费，投资有风险。"),
        ("insp", "si", "R3", "自查报告：本季度抽查客户对话{k}份，发现一名员工提及返佣，已约谈并上报合规部。"),
        ("insp", "si", "R4", "现场检查备查材料清单：{q}. 员工不得代客理财承诺书；账户密码保管告知书签收记录。"),
        ("exam", "si", "R5", "【考试题】第{q}题：客户要求加员工私人微信，员工应如何处理？答：婉拒，告知客户统一使用企业微信沟通。"),
        ("v2t", "si", "R1", "跟你说一下刚才{n}打电话来问是不是保本我说不是他说那就算了我已经记到系统里了"),
        ("abbr", "cp", "R1", "{m}，群里有人发“bb高收益”的广告，说什么保本还翻倍，是你们的吗？"),
        ("gen", "si", "R3", "汇报：今天{n}说有人冒充我们员工让他私下交易，我已经让他报警，并提交了工单。"),
        ("gen", "cg", "R2", "看新闻了没？那个搞内幕消息的被抓了，判了好几年，群里那些传{s}消息的都小心点吧。"),
        ("ne", "si", "R3", "咱组{m}飞单那事儿整明白了，公司已经报案了，大伙都长点心，别往枪口上撞。"),
        ("tj", "cp", "R1", "{m}，我跟您说个事，我们小区有人说买{p}保本，结果赔了一半，您给我说道说道。"),
        ("yue", "cp", "R5", "{m}，有个人话係你同事，叫我加佢私人号，我觉得有啲古怪，係咪呃人㗎？"),
        ("sc", "si", "R4", "情况说明：客户{n}反映前任经理曾以“帮你操作”为由索要登录信息，已移交合规部处理。"),
        ("sx", "cp", "R3", "{m}，额跟你说，之前那个经理收了额的钱说是返点，后来人就联系不上了，额要投诉。"),
        ("mn", "sg", "R2", "大家注意喔，最近有LINE群在传什么{s}内幕消息，那个都是诈骗啦，不要加。"),
        ("sg", "sp", "R3", "{ns}, just to alert you, some agent do 飞单 outside, if anyone ask you transfer to them, please report to us."),
        ("cmp", "cp", "R4", "12378投诉草稿：该行理财经理以代客理财为名让我交出账户密码，并擅自交易造成亏损{a}。"),
        ("cmp", "cp", "R2", "我写了投诉，准备寄证监会：贵司员工声称有内幕消息诱导我买入{s}，现在套牢。"),
        ("bank", "si", "R5", "支行通报：员工{m}使用私人微信与客户沟通理财业务，违反规定，给予警告处分。"),
        ("pm", "sg", "R1", "各位客户，期货交易不存在稳赚，近期有人冒充我司发布“{g}带单零风险”广告，请勿相信。"),
        ("tr", "si", "R1", "风险事件报告：{p}延期兑付，部分客户称销售时被告知保本，正在调取沟通记录核实。"),
        ("gen", "sp", "R3", "{n}，您之前反映的那个私下交易的事，我们查过了，是外部人员冒充，已经向公安报案。"),
    ),
}

T["refusal"] = {
    "hit": (
        ("gen", "sp", "R4", "{n}，我们公司是不提供代客理财的，不过您要信得过我，账户密码给我，我私下帮你操作。"),
        ("gen", "sp", "R1", "{n}，保本这话我不能说……但我可以告诉您，我自己的钱全在{p}里面，保本是肯定的。"),
        ("ne", "sp", "R3", "{ne}，公司那套返点咱不整，但我个人给你返点，{pt}，你可别往外说。"),
        ("tj", "sp", "R5", "{n}，企业微信上我可不能跟您说介个，您加我个人号，{p}的事我慢慢跟您说。"),
        ("yue", "sp", "R1", "{nc}，我唔可以同你讲保本，呢个係规矩。不过讲真，呢只{p}冇可能蚀，实保本。"),
        ("sc", "sp", "R3", "{n}，公司账户那边我不帮你走，你私下转账给我，{p}我帮你买，手续费都省了。"),
        ("sx", "sp", "R2", "{n}，额不能给你透露内部消息，这是规定。额就说一句：{s}，下礼拜，拉升。你自个儿品。"),
        ("mn", "sp", "R1", "{nt}，我不会跟你讲稳赚啦，因为讲了会被罚。啊你自己看嘛，{p}三年没亏过，就是稳赚。"),
        ("sg", "sp", "R4", "{ns}, officially we cannot 帮你操作 lah, but unofficially give me your login, {p} I settle for you."),
        ("pm", "sp", "R2", "{n}，内幕消息我不能给您，但我能告诉您庄家在{g}上的成本价，您自己判断。"),
        ("tr", "sp", "R1", "{n}，书面上我们不承诺保证收益，但口头我跟您说死了：年化{r}，少一分我补给您。"),
        ("car", "sp", "R3", "{n}，返点这个我们店里明面上不给，您{c}提车后我私下交易一下，现金给您。"),
        ("cc", "sp", "R3", "{n}，减免我这边不能走系统审批，你私下转账{a2}给我，我帮你把记录消了。"),
        ("bank", "sp", "R1", "{n}，行里的产品我不敢说零风险，但我给您推荐的这个私人渠道的{p}，零风险，收益还高。"),
        ("live", "sg", "R1", "家人们，我不说保本，我说了平台要封我。但你们自己看评论区，{p}买过的谁亏过？懂的都懂，保本！"),
        ("ann", "sg", "R5", "【群公告】本群不提供任何荐股服务。需要一对一指导的朋友，{t}前加我个人号，暗号“发财”。"),
        ("v2t", "sp", "R4", "{n}我们这边不能代客理财的哈但是你要是实在不会弄你把账户密码发我我晚上帮你操作一下不收钱"),
        ("abbr", "sp", "R1", "{n}，我不能跟您写bb，您也别截图。就一句：{p}保本，绝对保本。"),
        ("ne", "sp", "R1", "{ne}，我不敢说稳赚，真的不敢，但是这{p}我整了仨月没亏一分，你说是不是稳赚？"),
        ("tj", "sp", "R3", "{n}，飞单我们不做，您放心。您这单我走别家通道，手续费给您省了，{a}直接转到我个人账上就行。"),
        ("yue", "sp", "R4", "{nc}，公司唔畀我代客理财，但你畀我账户密码，我晚黑帮你睇住{p}，你唔使理。"),
        ("sc", "sp", "R5", "{n}，这上面不好说，公司要查的。你加我私人微信嘛，{p}那边啥子都可以摆。"),
        ("sx", "sp", "R3", "{n}，公司的返佣额们不能给，额自个儿掏腰包给你返佣，{pt}，咋样？"),
        ("mn", "sp", "R4", "{nt}，依规定我不可以帮你下单啦，不过你把账户密码给我，我帮你操作就好，不要跟别人讲齁。"),
        ("sg", "sp", "R3", "{ns}, I cannot accept transfer to my own account officially, but you 私下转账 to my wife account can lah, {a} also can."),
        ("pm", "sp", "R1", "{n}，咱不说零风险，说了违规。咱就说{g}这单我带着您做，亏了算我的，零风险。"),
        ("tr", "sp", "R3", "{n}，{p}的额度公司说没了，我这边给您拿个私下交易的份额，价格一样，钱打我这就行。"),
        ("car", "sp", "R4", "{n}，贷款的事我们不能替客户做主，不过您忙的话，把网银账户密码告诉我，{c}的贷款我帮你操作申请。"),
        ("cc", "sp", "R5", "{n}，在这个号上我不能跟你谈减免，你加我私人号，{a2}减免的事我们私聊。"),
        ("bank", "sp", "R1", "{n}，我拒绝给您承诺收益，这是原则。但您问我{p}保本不，我只能说：保本。"),
        ("live", "sg", "R3", "家人们，直播间不能私下交易啊，我不接。想要优惠的，下播后找我小号，{p}私下交易价格直接打八折。"),
        ("insp", "si", "R1", "检查组问起就说我们从不承诺保本。{n}那边该说保本照样说，业绩要紧。"),
        ("exam", "si", "R1", "培训老师说不能说稳赚，但又说可以说“历史上没亏过等于稳赚”，{m}你们组就照这个话术来。"),
        ("gen", "sp", "R2", "{n}，我这不叫内部消息，我不传内部消息的。我只是告诉您，{s}大股东下周增持，消息还没公告。"),
        ("gen", "sp", "R5", "{n}，正常我不加客户私人微信，但您投{a}以上的话可以例外，加我私人微信，给您单独报价。"),
        ("ne", "sp", "R3", "{ne}，飞单这事儿我可不整……除非你急用，那就飞单走，{t}就到账。"),
        ("yue", "sp", "R3", "{nc}，我唔收私下转账㗎。不过你转去我老婆嘅户口就冇问题，{a}都得。"),
        ("gen", "sp", "R4", "{n}，全权委托我不接，规矩在那。但您每天把要买啥告诉我，{p}账户我替您打理，跟全权委托一样。"),
    ),
    "near": (
        ("gen", "sp", "R4", "{n}，抱歉，我们不提供代客理财服务，{p}的交易需要您本人操作。"),
        ("gen", "sp", "R1", "{n}，保本我承诺不了，{p}是净值型产品，过往业绩不代表未来。"),
        ("ne", "sp", "R3", "{ne}，心意我领了，返点这玩意儿我不能收也不能给，咱按规矩整。"),
        ("tj", "sp", "R5", "{n}，私人微信我就不加了嘛，咱有嘛事就在介儿说，公司有记录，对您也好。"),
        ("yue", "sp", "R4", "{nc}，唔好意思，账户密码我唔可以收，你自己保管好，落单要你本人做。"),
        ("sc", "sp", "R3", "{n}，私下转账我不接哈，{a}只能打到公司账户，这个是为你好。"),
        ("sx", "sp", "R2", "{n}，你问额要{s}的内部消息，额真没有，有也不能给，额们不搞这一套。"),
        ("mn", "sp", "R1", "{nt}，不好意思啦，稳赚我讲不出口，因为{p}真的不是稳赚，要看市场。"),
        ("sg", "sp", "R3", "{ns}, sorry ah, 返佣 I cannot give, company rule very strict, and also not fair to other clients."),
        ("pm", "sp", "R4", "{n}，您说让我全权委托帮您做{g}？这个我不能接，交易指令必须您本人下。"),
        ("tr", "sp", "R1", "{n}，我没法跟您保证收益，{p}的年化{r}只是业绩比较基准，实际以净值为准。"),
        ("car", "sp", "R3", "{n}，您说的返点我们真的没有，{c}的车价和贷款利息都在报价单上，明明白白。"),
        ("cc", "sp", "R3", "{n}，您说转到我个人账户？不行，我不接受，{a2}请通过APP或者对公账户还款。"),
        ("bank", "sp", "R1", "{n}，零风险的产品我们行没有，我也不会这么介绍{p}，存款保险也只保五十万以内。"),
        ("live", "sg", "R1", "家人们，有人在评论区问{p}能不能保本，我在这正式回答：不能，我们不做这种承诺。"),
        ("ann", "sg", "R3", "【群公告】本群不接受任何私下交易，所有业务请通过官方渠道办理，{m}不会私下收款。"),
        ("v2t", "sp", "R4", "{n}不好意思啊你说让我帮你操作这个我真不行公司规定必须你本人来你{t}有空来网点我教你"),
        ("abbr", "sp", "R1", "{n}，您说的bb我懂，保本这个我没法承诺，{p}我们不这么卖。"),
        ("exam", "si", "R3", "【话术考核】第{q}题：客户提出给返点换取购买，标准回答：感谢信任，但公司禁止返点，我不能接受。"),
        ("insp", "si", "R4", "检查组问我们是否代客理财，答：没有，{n}等客户交易均为本人操作，附双录和登录日志。"),
        ("ne", "sp", "R5", "{ne}，私人微信就别加了，不是我端着，公司不让，有事在这儿找我贼方便。"),
        ("tj", "sp", "R1", "{n}，您让我给您写个保本的条子？介可不行，写了也不作数，还害了您。"),
        ("yue", "sp", "R2", "{nc}，你问我有冇内幕消息？冇，真係冇，有都唔会讲，犯法㗎。"),
        ("sc", "sp", "R4", "{n}，账户密码你发给我干啥子？快撤回，我不能要，你马上去改一下密码。"),
        ("sx", "sp", "R3", "{n}，额不做飞单，给多少钱都不做，{p}你要买就走公司的正规渠道。"),
        ("mn", "sp", "R5", "{nt}，歹势喔，私人号我不方便给客户，有事情在这里找我就可以啦。"),
        ("sg", "sp", "R4", "{ns}, I cannot 帮你操作 one, must be you yourself key in, I can guide you step by step."),
        ("pm", "sp", "R2", "{n}，庄家动向这种东西我不提供，{g}我们只有交易所公开数据，您别被外面的人带节奏。"),
        ("tr", "sp", "R3", "{n}，您想把{p}份额私下交易给别人？这个我们不能协助，转让只能走信托公司的登记流程。"),
        ("car", "sp", "R4", "{n}，网银账户密码您收好，我们不需要，{c}的贷款审批在APP上您自己点提交就行。"),
        ("cc", "sp", "R1", "{n}，分期还款我不能跟您说零风险，逾期会产生罚息和征信记录，您量力而行。"),
        ("bank", "sp", "R4", "{n}，您说全权委托给我打理？真不行，银行员工不能接受客户委托操作账户。"),
        ("gen", "sp", "R3", "{n}，您好意我心领了，您说把钱转到我个人卡上方便，可这样不合规，出了事您的钱没保障，所以还是不行。"),
        ("gen", "cp", "R3", "{m}，你上次说的返佣我不要，我就想正常买{p}，别搞那些。"),
        ("gen", "cp", "R5", "{m}，私人微信我就不加了，有啥事咱就在这儿说吧。"),
        ("gen", "sp", "R1", "{n}，虽然您是老客户，我也很想让您放心，但稳赚不赔这四个字我真不能说，市场谁都说不准。"),
        ("gen", "sp", "R1,R2", "{n}，内部消息我没有，保本也不能承诺，我能做的就是把{p}的风险给您讲清楚。"),
        ("ann", "sg", "R4", "【群公告】近期有客户在群内询问代客理财，本司不提供此项服务，请勿将账户交由他人操作，详询{m}。"),
        ("abbr", "sp", "R3", "{n}，您说的sx我明白，就是私下转账嘛，这个我不接，{a}请走公司账户。"),
    ),
}

T["quotation"] = {
    "hit": (
        ("gen", "sp", "R1", "{n}，我上次跟您说“保本”，这话我现在还认，{p}到期本金一分不少。"),
        ("gen", "sp", "R1", "{n}，您朋友说的“稳赚不赔”一点没错，{p}就是这么回事，您放心跟。"),
        ("ne", "sp", "R1", "{ne}，我之前说“包赚”，你看是不是包赚？这回{p}还是这句话，包赚。"),
        ("tj", "sp", "R2", "{n}，老张说“庄家要拉升”，介话我认，{s}这两天就得起来。"),
        ("yue", "sp", "R1", "{nc}，我琴日讲“零风险”，今日都係咁讲，{p}零风险，你放心。"),
        ("sc", "sp", "R3", "{n}，我前头说的“返点{pt}”，算数的哈，你{t}把钱打过来，返点我私下给你。"),
        ("sx", "sp", "R5", "{n}，额昨天说“加我个人号”，你咋还没加咧？快加，{p}那边额给你细说。"),
        ("mn", "sp", "R1", "{nt}，我跟你讲过“这个稳赚”，我讲话算话啦，{p}你放心买。"),
        ("sg", "sp", "R1", "{ns}, like I say before, “保本 one”, I stand by it lah, {p} confirm no lose."),
        ("pm", "sp", "R2", "{n}，群里王老师说的“内部消息，{g}周一拉升”，我核实过了，是真的，赶紧上。"),
        ("tr", "sp", "R1", "{n}，您问“你们是保证收益的吧”，没错，{p}保证收益，年化{r}。"),
        ("car", "sp", "R3", "{n}，我说“给您返点”可不是随口说的，{c}提车那天返点现金给您。"),
        ("cc", "sp", "R3", "{n}，上次电话里说的“转到我个人账户就给你停催”，今天还有效，{a2}转过来就行。"),
        ("bank", "sp", "R1", "{n}，我跟您讲“{p}和存款一样保本”，这话我负责，放心买。"),
        ("live", "sg", "R1", "家人们，评论区有人说“主播说的稳赚是真的”，对！感谢家人认证，{p}就是稳赚！"),
        ("ann", "sg", "R1", "【群公告】引用客户{n}的话：“跟着群主买，零风险！”没错，本月继续{p}，零风险，限额{a}。"),
        ("v2t", "sp", "R4", "{n}你上回说让我帮你操作我说行那句话还算数你把账户密码发过来我{t}帮你操作"),
        ("abbr", "sp", "R1", "{n}，您说“bb的吧？”对，{p}就是保本，我之前说过的不改口。"),
        ("gen", "sp", "R4", "{n}，您爱人说“全权委托给小刘”，我这边没问题，{a}交给我，我全权打理。"),
        ("gen", "sp", "R5", "{n}，您转述的“加我私人微信”确实是我说的，{p}这边聊不方便，我再推一次名片。"),
        ("ne", "sg", "R2", "老铁们，昨儿我说“有内幕消息”，今天{s}涨停了吧？我说话啥时候不准过？"),
        ("tj", "sp", "R1", "{n}，您邻居说“在小王那买的都保本”，没错嘛，{p}保本，您也来一份。"),
        ("yue", "sp", "R3", "{nc}，阿陈话“揾你可以私下交易”，冇错，你转{a}畀我，我帮你搞掂。"),
        ("sc", "sp", "R4", "{n}，你说“你帮我整就行了”，要得嘛，你把账户密码发过来，{p}我帮你操作。"),
        ("sx", "sp", "R1", "{n}，额上个月说“稳赚不赔”，你看看收益，额说错了没？{p}还是稳赚不赔。"),
        ("mn", "sp", "R5", "{nt}，你说“加你私人号比较方便”，对啦，我私人号等下传给你，{p}那边讲比较自在。"),
        ("sg", "sp", "R3", "{ns}, you say “can do 飞单 with you?”, yes can lah, just transfer {a} to me, cheaper than company."),
        ("pm", "sp", "R1", "{n}，我跟您说过“跟我做{g}零风险”，这句话今天还是有效的，您追加{a}吧。"),
        ("tr", "sp", "R3", "{n}，您听说的“找老刘能拿返佣”，就是我，{p}打款后返佣{pt}。"),
        ("car", "sp", "R4", "{n}，您说“你帮我操作还款得了”，行，账户密码给我，{c}的月供每月我给您扣。"),
        ("cc", "sp", "R5", "{n}，我短信里说的“加我个人号谈减免”一直有效，加上以后{a2}的减免马上办。"),
        ("bank", "sp", "R1,R3", "{n}，您朋友说的没错，“买{p}保本还有返点”，我给您也一样办。"),
        ("live", "sg", "R3", "家人们，有人问“主播私下交易能便宜吗”，能！下播后找我，{p}比直播间再便宜两百。"),
        ("insp", "si", "R1", "把我昨天给{n}那句“保本，放心”撤回，检查完了再照样这么说。"),
        ("gen", "sp", "R2", "{n}，我周一发您的那条“内部消息”准不准？周五还有一条，{s}，等我通知。"),
        ("gen", "sp", "R1", "{n}，您把我的原话转给您儿子吧：“{p}稳赚，亏了算我的”——这话我白纸黑字认。"),
        ("exam", "si", "R1", "考试答案写“不得承诺保本”，可客户面前{m}你们就按我教的说“这个保本”，别照本宣科。"),
        ("ne", "sp", "R3", "{ne}，你哥们说“找他能飞单省手续费”，没毛病，{p}飞单走我这，钱打我卡上就中。"),
    ),
    "near": (
        ("gen", "sp", "R5", "{n}，如果有人让您“加我个人号”，请直接投诉，我们员工只用企业微信。"),
        ("gen", "sp", "R1", "{n}，您说隔壁银行的人跟您讲“稳赚不赔”？这种话是违规的，{p}也不能这么说。"),
        ("ne", "sp", "R2", "{ne}，那帮人说“庄家明天拉升”，你就当耳旁风，整不好就是想让你接盘。"),
        ("tj", "sp", "R1", "{n}，他跟您说“零风险”？介话您甭听，没有零风险的投资，{p}也一样。"),
        ("yue", "sp", "R3", "{nc}，佢话“私下转账快啲”？千祈唔好，呢啲就係呃人嘅手法。"),
        ("sc", "sp", "R4", "{n}，那个人说“把账户密码给我，我帮你操作”，你莫给他，那是骗子。"),
        ("sx", "sp", "R3", "{n}，他说“给你返点”，你可甭信，天上不会掉馅饼，额们正规公司没有返点。"),
        ("mn", "sp", "R1", "{nt}，他讲“保本保收益”喔？那个是违法的话术啦，你不要上当。"),
        ("sg", "sp", "R5", "{ns}, if anybody say “add my 私人微信 for special deal”, that one sure scam, please report."),
        ("pm", "sp", "R2", "{n}，那个群主说的“内幕消息”，您截图发我，我们合规部要核查，{g}您千万别跟单。"),
        ("tr", "sp", "R1", "{n}，宣传册上印着“保证收益”？那是别家的违规材料，我们的{p}不会这么写。"),
        ("car", "sp", "R3", "{n}，那个中介说“贷款办下来给你返点”，您小心，{c}这种多半是要收高额服务费。"),
        ("cc", "cp", "R3", "{m}，你们的催收员说“转到我个人账户就不上征信”，这是你们公司的规定吗？"),
        ("bank", "sp", "R1", "{n}，您说的那篇文章写“大额存单零风险”，其实超过五十万的部分不在存款保险范围内。"),
        ("live", "sg", "R1", "家人们，评论区有人刷“主播说包赚”，我从来没说过这话！截图都是P的，{p}投资有风险。"),
        ("ann", "sg", "R4", "【群公告】近期有人冒充工作人员称“可以代客理财”，请勿相信，本司不提供该服务，详询{m}。"),
        ("cmp", "cp", "R1", "投诉草稿：该员工{m}对我说“这款保本，放心买”，现亏损{a}，请12378核查。"),
        ("cmp", "cp", "R3", "12363投诉：客户经理让我“私下转账到他爱人卡上”，金额{a}，至今未退还，要求处理。"),
        ("insp", "si", "R3", "检查整改报告：个别员工对话中出现“返佣”字样，经核实为{n}询问，员工已拒绝，附聊天记录。"),
        ("exam", "si", "R2", "【案例学习】第{q}题：某员工在群里说“我有内幕消息”被处罚，请讨论此行为违反了哪条规定。"),
        ("v2t", "sp", "R5", "{n}你说那个人让你加他私人微信说有内部渠道你千万别加我们公司没有这种人"),
        ("abbr", "si", "R1", "{n}发来截图，对方写的是“bb，bz，年化{r}”，翻译过来就是保本、保证收益，典型非法集资话术。"),
        ("ne", "sp", "R4", "{ne}，你朋友说“全权委托给他，年底分红”，这不扯呢吗？赶紧把钱要回来。"),
        ("tj", "cp", "R2", "{m}，我们群里有个人天天说“有内部消息”，您给看看介人靠谱不靠谱？"),
        ("yue", "sp", "R1", "{nc}，你朋友话“呢只稳赚”，我唔同意，冇嘢係稳赚嘅，佢讲嘅唔可以信。"),
        ("sc", "cp", "R5", "{m}，有个人说“加我私人号带你赚钱”，是不是你们公司的嘛？"),
        ("sx", "sp", "R3", "{n}，那人说“飞单能省钱”，额跟你说，飞单出了事公司不认账，你的钱就打水漂了。"),
        ("mn", "sp", "R4", "{nt}，他说“账户密码给我就好”？千万不要啦，这样钱被转走都追不回来。"),
        ("sg", "sg", "R2", "Everyone, the screenshot saying “庄家 will push {s} up” is fake lah, our company never send this kind."),
        ("pm", "sp", "R1", "{n}，短视频上那个说“跟单{g}零风险”的老师，已经被曝光了，您别信。"),
        ("tr", "sp", "R3", "{n}，外面有人说“信托份额可以私下交易”，那是不受保护的，{p}的转让一定走公司登记。"),
        ("car", "si", "R3", "店长：顾客反映销售顾问说“给返点”，查了是外面的二手中介，不是咱们的人，{m}注意澄清。"),
        ("cc", "sp", "R5", "{n}，如果有人自称我们的催收员让您“加私人微信协商”，请挂断并拨打官方客服。"),
        ("bank", "cp", "R1", "{m}，我妈说你们行的人跟她说“保本”，我想确认一下{p}是不是真的？"),
        ("gen", "sp", "R1", "{n}，那段录音里对方说“稳赚”，说明他是在误导，您可以拿着录音去投诉。"),
        ("gen", "sp", "R2", "{n}，新闻原话是“涉嫌利用内幕消息交易”，人已经被立案，跟{s}没关系，但您引以为戒。"),
        ("gen", "si", "R4", "合规通报：{m}在对话中说“我帮你操作”，被客户投诉，处理结果见附件，请引以为戒。"),
        ("gen", "cg", "R3", "有人在群里私聊我说“返佣{pt}”，大家别上当，我问了客服说没有这回事。"),
    ),
}

# ---------------------------------------------------------------------------
# Numbers templates: (voice, route, generator, styles, text with {X})
# ---------------------------------------------------------------------------
T["numbers"] = {
    "hit": (
        ("gen", "cp", "mob", "cn mix", "{m}，我手机号{X}，开户短信发这个就行。"),
        ("gen", "cp", "id", "sp mix", "{m}，我身份证号是{X}，你帮我填一下表。"),
        ("gen", "cp", "card", "sp dash", "{m}，还款卡号{X}，你看对不对。"),
        ("gen", "sp", "mob", "dash sp", "{n}，您留的联系电话是{X}吗？我核对一下。"),
        ("gen", "si", "id", "fw sp", "帮我查下{n}这个客户，身份证{X}，看名下有几张卡。"),
        ("v2t", "cp", "mob", "cn", "{m}我电话是{X}你记着打这个就行"),
        ("ne", "cp", "card", "sp cn", "{m}，我那卡号{X}，钱打这上头就行，整快点。"),
        ("yue", "cp", "card", "sp fw", "{m}，我张卡号係{X}，麻烦你帮我睇下。"),
        ("sc", "cp", "id", "mix dash", "{m}，我身份证是{X}，你看要得不。"),
        ("sx", "cp", "mob", "cn dot", "{m}，额的电话{X}，有事打额电话。"),
        ("mn", "cp", "mob", "dash fw", "{m}，我手机{X}啦，有事打给我。"),
        ("sg", "cp", "mob", "sp fw", "{m}, my China HP number {X}, call me after 6pm ok?"),
        ("pm", "sp", "card", "sp comma", "{n}，您的入金卡号是{X}，已经绑定成功，请核对。"),
        ("tr", "si", "id", "sp fw", "客户{n}的身份证号码{X}，合同信息请按这个录入。"),
        ("car", "cp", "id", "mix sp", "{m}，我身份证号{X}，贷款资料还差啥你说。"),
        ("cc", "si", "mob", "dash cn", "{n}这个逾期户的电话{X}，你今天再打一遍。"),
        ("bank", "sp", "card", "sp dash", "{n}，您尾号那张卡完整卡号是{X}，要不要用这张签约？"),
        ("ann", "sg", "mob", "dash dot", "【群公告】开户专员{m}的联系电话：{X}，工作日9点到18点。"),
        ("cmp", "cp", "id", "sp", "{m}，投诉材料里我写了我的身份证号{X}，你看需不需要打码。"),
        ("insp", "si", "mob", "sp fw", "检查组要的样本客户：{n}，手机{X}，请把双录视频调出来。"),
        ("exam", "si", "card", "sp dash", "{m}，考试题里那个案例用的是真卡号{X}，赶紧让培训组换掉。"),
        ("gen", "cp", "mob", "comma mix", "{m}，我老婆的手机{X}，以后也可以打她的。"),
        ("gen", "cp", "id", "mix", "身份证：{X}，姓名我等下发你，{m}。"),
        ("gen", "sp", "card", "sp fw", "{n}，给您登记的银行卡是{X}，到期本息都回这张卡。"),
        ("tj", "cp", "mob", "cn sp", "{m}，我介手机号{X}，您记下嘛。"),
        ("yue", "cp", "id", "sp fw", "{m}，我身份证号码{X}，唔该帮我登记。"),
        ("sc", "cp", "card", "dash mix", "{m}，卡号{X}，钱打到这张卡上就对了。"),
        ("sx", "cp", "id", "cn sp", "{m}，身份证额发给你：{X}。"),
        ("mn", "cp", "card", "sp dot", "{m}，我的卡号是{X}，麻烦你喔。"),
        ("sg", "cp", "id", "sp fw", "{m}, my China ID is {X}, you help me fill in ok."),
        ("v2t", "cp", "card", "cn mix", "{m}那个卡号你记下{X}就是这张工资卡"),
        ("cc", "cp", "mob", "dash sp", "{m}，我紧急联系人电话{X}，是我弟弟的。"),
        ("car", "si", "id", "sp dash", "客户{n}身份证{X}，征信授权书已经签了。"),
        ("bank", "si", "mob", "sp comma", "帮忙改下{n}的预留手机，新号{X}，旧号停了。"),
        ("pm", "cp", "card", "fw sp", "{m}，出金到这张卡：{X}，谢谢。"),
        ("tr", "cp", "id", "mix sp", "{m}，受益人是我女儿，身份证号{X}。"),
        ("ne", "cp", "mob", "cn", "{m}，我电话{X}，有啥事你直接打，贼方便。"),
        ("gen", "sp", "id", "dash sp", "{n}，您发的身份证号我帮您核对了一遍：{X}，没问题的话我就提交了。"),
    ),
    "near": (
        ("gen", "cp", "mob_masked", "", "{m}，我手机号{X}，中间几位你系统里有。"),
        ("gen", "sp", "card_masked", "", "{n}，您的银行卡{X}已绑定成功，到期资金回这张卡。"),
        ("gen", "si", "order", "", "订单号{X}，{n}说没收到确认短信，帮忙查下。"),
        ("gen", "sp", "policy", "", "{n}，保单号{X}，您的保单已生效，电子合同发您邮箱了。"),
        ("gen", "sp", "landline", "", "{n}，网点电话{X}，工作时间都有人接。"),
        ("gen", "sp", "id_badcheck", "sp mix", "{n}，身份证号{X}，系统提示校验不通过，麻烦您再核对一下最后一位。"),
        ("gen", "cp", "id17", "sp mix", "{m}，我身份证{X}，是不是少了一位？我再看看。"),
        ("gen", "sp", "id_baddate", "sp dash", "{n}，您填的身份证{X}出生日期对不上，是不是写错了？"),
        ("gen", "sp", "card_luhn", "sp dash", "{n}，卡号{X}转账提示有误，您再看看是不是哪位输错了。"),
        ("v2t", "cp", "mob_short", "cn", "{m}我手机是{X}好像少说了一位你等我看看"),
        ("gen", "si", "mob_badprefix", "dash sp", "{n}留的这个号{X}打不通，应该是写错了，第二位不对。"),
        ("gen", "sp", "amount", "", "{n}，本期到账金额{X}元，请查收。"),
        ("gen", "sp", "date", "", "{n}，您的{p}于{X}到期，资金两个工作日内到账。"),
        ("gen", "si", "ticket", "", "工单编号{X}，{n}的问题已转交后台处理。"),
        ("gen", "sp", "contract", "", "{n}，合同编号{X}，请在{t}前签署。"),
        ("gen", "sp", "id_masked", "", "{n}，系统显示您登记的证件号是{X}，没错吧？"),
        ("sg", "cp", "sg_phone", "", "{m}, my SG number {X}, can WhatsApp me."),
        ("yue", "cp", "hk_phone", "", "{m}，我香港电话{X}，有事WhatsApp我啦。"),
        ("mn", "cp", "tw_phone", "", "{m}，我台湾的手机{X}啦，打这个比较快。"),
        ("gen", "sp", "hotline", "", "{n}，客服热线{X}，按{q}转人工。"),
        ("gen", "sp", "amount_fw", "", "{n}，您这笔本金{X}元已经确认。"),
        ("pm", "sp", "trade_no", "", "{n}，{g}成交编号{X}，明细在交易软件里能查。"),
        ("car", "sp", "vin", "", "{n}，您的车架号{X}，{c}的贷款资料已经录入。"),
        ("cc", "sp", "loan_no", "", "{n}，您的借款合同号{X}，本期应还款已结清。"),
        ("bank", "sp", "tail4", "", "{n}，您尾号{X}的账户今天入账了一笔理财到期款，请查收。"),
        ("insp", "si", "sample_range", "", "检查组抽查样本编号{X}，共{k}份，{m}负责调档。"),
        ("exam", "si", "mob_badprefix", "dash sp", "【练习题】第{q}题：号码{X}是否为合法手机号？答：否，号段不存在。"),
        ("v2t", "cp", "mob_short", "cn mix", "{m}我电话{X}哎呀少说了个数等会儿再发你"),
        ("gen", "cp", "id_badprov", "sp", "{m}，我身份证{X}，怎么系统说地区码不对？"),
        ("gen", "cp", "card15", "sp", "{m}，卡号{X}，好像少了一位，你帮我看看。"),
        ("gen", "sp", "date_cn", "", "{n}，您的{p}在{X}兑付，到时候我提醒您。"),
        ("gen", "sp", "amount_cn", "", "{n}，您这次认购金额{X}，已经确认成功。"),
        ("ne", "cp", "mob_masked", "", "{m}，我手机{X}，后四位你自己瞅瞅记录里有。"),
        ("sx", "cp", "id17", "cn sp", "{m}，额身份证{X}，你看够不够位数。"),
        ("sc", "cp", "card_luhn", "sp comma", "{m}，卡号{X}，转账一直提示不对，你看啥子情况。"),
        ("tj", "sp", "flow", "", "{n}，您那笔转账的流水号{X}，您拿着去柜台查就行。"),
        ("tr", "si", "id_baddate", "mix sp", "{n}的身份证{X}，出生日期那段明显不对，让客户重新拍照。"),
        ("gen", "sp", "card_masked", "", "{n}，您绑定的是{X}这张卡，对吧？"),
        ("gen", "si", "id_badcheck", "fw sp", "{n}的证件号{X}，校验位算出来不对，先别提交。"),
    ),
}

# ---------------------------------------------------------------------------
# Number generators and renderers
# ---------------------------------------------------------------------------
DIGITS = "0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
FW_WRITE = {str(i): chr(0xFF10 + i) for i in range(10)}
FW_WRITE["X"] = "Ｘ"


def rdig(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def gen_mobile(rng):
    return rng.choice(MOB_PREFIX) + rdig(rng, 8)


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, days_in(y, m))


def id_body(rng, prov, y, m, d):
    area = prov + "%02d%02d" % (rng.randint(1, 15), rng.randint(1, 28))
    return area + "%04d%02d%02d" % (y, m, d) + "%03d" % rng.randint(1, 999)


def gen_id(rng, y0=1958, y1=2003):
    body = id_body(rng, rng.choice(PROV), *rand_date(rng, y0, y1))
    return body + id_check(body)


def luhn_digit(body):
    for c in DIGITS:
        if luhn_ok(body + c):
            return c
    raise AssertionError("no luhn digit")


def gen_card(rng, length=None):
    length = length or rng.choice((16, 19))
    body = rng.choice(CARD_PREFIX) + rdig(rng, length - 7)
    return body + luhn_digit(body)


def cn_digit(c, rng):
    if c == "1":
        return "幺" if rng.random() < 0.75 else "一"
    if c == "2":
        return "两" if rng.random() < 0.35 else "二"
    if c == "0":
        return "〇" if rng.random() < 0.5 else "零"
    if c in "Xx":
        return "X"
    return "三四五六七八九"[int(c) - 3]


def group_sizes(s, gk):
    n = len(s)
    if gk == "mob":
        return (3, 4, 4) if n == 11 else (3, 3, 4)
    if gk == "id":
        return (6, 8, 4) if n == 18 else (6, 8, 3)
    sizes = [4] * (n // 4)
    if n % 4:
        sizes.append(n % 4)
    return sizes


def split_groups(s, gk):
    out, i = [], 0
    for k in group_sizes(s, gk):
        out.append(s[i:i + k])
        i += k
    assert i == len(s)
    return out


def render(s, style, gk, rng):
    parts = split_groups(s, gk)
    if style == "cn":
        sep = rng.choice(("", " "))
        return sep.join("".join(cn_digit(c, rng) for c in p) for p in parts)
    if style == "mix":
        flags = [rng.random() < 0.5 for _ in parts]
        if all(flags) or not any(flags):
            flags[0] = not flags[0]
        sep = rng.choice(("", " ", "-"))
        return sep.join("".join(cn_digit(c, rng) for c in p) if f else p
                        for p, f in zip(parts, flags))
    if style == "fw":
        sep = rng.choice(("", " ", "\u3000"))
        return sep.join("".join(FW_WRITE[c] for c in p) for p in parts)
    if style == "sp":
        return " ".join(parts)
    if style == "dash":
        return "-".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "comma":
        return rng.choice((",", "，")).join(parts)
    raise ValueError(style)


def near_id(rng, mode):
    y, m, d = rand_date(rng, 2000, 2008)
    prov = rng.choice(PROV)
    if mode == "baddate":
        m, d = rng.choice(((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (13, 5),
                           (0, 12), (7, 0), (8, 32), (14, 20)))
    if mode == "badprov":
        prov = rng.choice(("00", "10", "20", "30", "49", "55", "66", "70", "80", "90", "99"))
    body = id_body(rng, prov, y, m, d)
    chk = id_check(body)
    if mode == "badcheck":
        chk = rng.choice([c for c in "0123456789X" if c != chk])
    if mode == "17":
        return body
    return body + chk


def g_hit(gk):
    def f(rng, style):
        s = {"mob": gen_mobile, "id": gen_id, "card": gen_card}[gk](rng)
        return render(s, style, gk, rng)
    return f


def g_mob_masked(rng, style):
    m = gen_mobile(rng)
    form = rng.randrange(3)
    if form == 0:
        return m[:3] + "****" + m[7:]
    if form == 1:
        return m[:3] + " **** " + m[7:]
    return "".join(cn_digit(c, rng) for c in m[:3]) + "****" + "".join(cn_digit(c, rng) for c in m[7:])


def g_card_masked(rng, style):
    c = gen_card(rng)
    form = rng.randrange(3)
    if form == 0:
        return c[:4] + " **** **** " + c[-4:]
    if form == 1:
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    return "**** **** **** " + c[-4:]


def g_id_masked(rng, style):
    i = gen_id(rng)
    form = rng.randrange(3)
    if form == 0:
        return i[:6] + "*" * 8 + i[-4:]
    if form == 1:
        return i[:4] + "*" * 10 + i[-4:]
    return i[:1] + "*" * 16 + i[-1:]


def g_mmdd(rng):
    m = rng.randint(1, 12)
    return "%02d%02d" % (m, rng.randint(1, 28))


def g_order(rng, style):
    return rng.choice(("DD", "SO", "WX")) + "2026" + g_mmdd(rng) + rdig(rng, 5)


def g_policy(rng, style):
    return rng.choice(("BD", "PA", "CL")) + "2026" + rdig(rng, 8)


def g_landline(rng, style):
    area = rng.choice(("010", "020", "021", "022", "023", "024", "025", "027", "028", "029",
                       "0755", "0571", "0591", "0731", "0871"))
    local = rng.choice("2345678") + rdig(rng, 7)
    form = rng.randrange(3)
    if form == 0:
        return area + "-" + local
    if form == 1:
        return area + "-" + local[:4] + " " + local[4:]
    return "(" + area + ") " + local[:4] + "-" + local[4:]


def g_styled(maker, gk):
    def f(rng, style):
        return render(maker(rng), style, gk, rng)
    return f


def g_amount(rng, style):
    v = rng.randint(10_000, 9_999_999)
    if rng.random() < 0.5:
        return "{:,}.{:02d}".format(v, rng.randint(0, 99))
    return "{:,}".format(v)


def g_amount_fw(rng, style):
    s = "{:,}".format(rng.randint(10, 999) * 1000)
    if rng.random() < 0.4:
        s += ".00"
    return "".join(FW_WRITE.get(c, {",": "，", ".": "．"}.get(c, c)) for c in s)


AMOUNT_CN = ("壹拾贰万叁仟元整", "伍拾万元整", "叁拾捌万陆仟元整", "贰拾万零伍佰元整", "壹佰万元整",
             "陆拾陆万元整", "捌万捌仟捌佰元整", "玖拾玖万元整", "肆拾万元整", "柒万伍仟元整")


def g_amount_cn(rng, style):
    return rng.choice(AMOUNT_CN)


def g_date(rng, style):
    y, m, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
    form = rng.randrange(4)
    if form == 0:
        return "%d-%02d-%02d" % (y, m, d)
    if form == 1:
        return "%d.%02d.%02d" % (y, m, d)
    if form == 2:
        return "%d/%02d/%02d" % (y, m, d)
    return "%d年%d月%d日" % (y, m, d)


CN_SMALL = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_SMALL[n]
    if n < 20:
        return "十" + (CN_SMALL[n - 10] if n > 10 else "")
    return CN_SMALL[n // 10] + "十" + (CN_SMALL[n % 10] if n % 10 else "")


def g_date_cn(rng, style):
    year = rng.choice(("二〇二六", "二零二六"))
    return "%s年%s月%s日" % (year, cn_num(rng.randint(1, 12)), cn_num(rng.randint(1, 28)))


def g_ticket(rng, style):
    return "GD-2026-" + g_mmdd(rng) + "-" + rdig(rng, 4)


def g_contract(rng, style):
    return "HT" + rng.choice(("2025", "2026")) + "-" + rdig(rng, 6)


def g_sg_phone(rng, style):
    s = rng.choice("89") + rdig(rng, 7)
    return ("+65 " if rng.random() < 0.4 else "") + s[:4] + " " + s[4:]


def g_hk_phone(rng, style):
    s = rng.choice("569") + rdig(rng, 7)
    return "+852 " + s[:4] + " " + s[4:]


def g_tw_phone(rng, style):
    s = "09" + rdig(rng, 8)
    return s[:4] + "-" + s[4:7] + "-" + s[7:]


def g_hotline(rng, style):
    if rng.random() < 0.4:
        return rng.choice(("95588", "95533", "95555", "95511", "95599", "95566"))
    return "400-" + rng.choice("123456789") + rdig(rng, 2) + "-" + rdig(rng, 4)


def g_trade_no(rng, style):
    return "2026" + g_mmdd(rng) + rdig(rng, 8)


def g_vin(rng, style):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    alnum = letters + DIGITS
    v = "L" + "".join(rng.choice(letters) for _ in range(2))
    v += "".join(rng.choice(alnum) for _ in range(5))
    v += rng.choice(DIGITS) + rng.choice("PRSTV") + rng.choice(letters)
    v += rdig(rng, 6)
    return v


def g_loan_no(rng, style):
    return "JK" + "2026" + rdig(rng, 10)


def g_tail4(rng, style):
    return rdig(rng, 4)


def g_sample_range(rng, style):
    a = rng.randint(1, 200)
    b = a + rng.randint(50, 300)
    return "YB2026-%04d至YB2026-%04d" % (a, b)


def g_flow(rng, style):
    return "2026" + g_mmdd(rng) + "%02d%02d%02d" % (rng.randint(8, 20), rng.randint(0, 59),
                                                    rng.randint(0, 59)) + rdig(rng, rng.randint(2, 4))


def g_mob_short(rng):
    return gen_mobile(rng)[:10]


def g_mob_badprefix(rng):
    return "1" + rng.choice("012") + rdig(rng, 9)


def g_card_luhn(rng):
    c = gen_card(rng)
    return c[:-1] + rng.choice([d for d in DIGITS if d != c[-1]])


def g_card15(rng):
    return rng.choice(CARD_PREFIX) + rdig(rng, 9)


NUM_GEN = {
    "mob": g_hit("mob"), "id": g_hit("id"), "card": g_hit("card"),
    "mob_masked": g_mob_masked, "card_masked": g_card_masked, "id_masked": g_id_masked,
    "order": g_order, "policy": g_policy, "landline": g_landline,
    "id_badcheck": g_styled(lambda r: near_id(r, "badcheck"), "id"),
    "id17": g_styled(lambda r: near_id(r, "17"), "id"),
    "id_baddate": g_styled(lambda r: near_id(r, "baddate"), "id"),
    "id_badprov": g_styled(lambda r: near_id(r, "badprov"), "id"),
    "card_luhn": g_styled(g_card_luhn, "card"),
    "card15": g_styled(g_card15, "card"),
    "mob_short": g_styled(g_mob_short, "mob"),
    "mob_badprefix": g_styled(g_mob_badprefix, "mob"),
    "amount": g_amount, "amount_fw": g_amount_fw, "amount_cn": g_amount_cn,
    "date": g_date, "date_cn": g_date_cn, "ticket": g_ticket, "contract": g_contract,
    "sg_phone": g_sg_phone, "hk_phone": g_hk_phone, "tw_phone": g_tw_phone,
    "hotline": g_hotline, "trade_no": g_trade_no, "vin": g_vin, "loan_no": g_loan_no,
    "tail4": g_tail4, "sample_range": g_sample_range, "flow": g_flow,
}


class BuildError(Exception):
    pass


# ---------------------------------------------------------------------------
# Text generation
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Za-z0-9]+)\}")


def fill(frame, rng, extra=None):
    vals = {}

    def rep(m):
        k = m.group(1)
        if extra and k in extra:
            return extra[k]
        if k not in vals:
            vals[k] = rng.choice(POOLS[k])
        return vals[k]

    return SLOT_RE.sub(rep, frame)


def make_keyword_text(rng, frame, seen):
    for _ in range(400):
        text = fill(frame, rng)
        if text not in seen:
            return text
    raise BuildError("cannot make a unique text from template: " + frame[:20])


def make_number_text(rng, kind, gen, styles, frame, seen):
    style_list = styles.split()
    for _ in range(4000):
        style = rng.choice(style_list) if style_list else ""
        x = NUM_GEN[gen](rng, style)
        text = fill(frame, rng, {"X": x})
        if text in seen:
            continue
        if kind == "hit" and has_bounded_item(text):
            return text
        if kind == "near" and not has_any_window_item(text):
            return text
    raise BuildError("cannot make a numbers %s from generator %s" % (kind, gen))


def allocate(n, total, rng):
    base, extra = divmod(total, n)
    idx = list(range(n))
    rng.shuffle(idx)
    plus = set(idx[:extra])
    return [base + (1 if i in plus else 0) for i in range(n)]


def rule_keywords(rules):
    out = []
    for r in rules:
        out.extend(KEYWORDS[r])
    return out


def apply_splits(rng, items, seen, n_hit, n_near):
    for kind, want in (("hit", n_hit), ("near", n_near)):
        pool = [it for it in items if it["kind"] == kind]
        rng.shuffle(pool)
        done = 0
        for it in pool:
            if done >= want:
                break
            text = it["text"]
            occ = []
            for k in rule_keywords(it["labels"]):
                for m in re.finditer(re.escape(k), text):
                    occ.append((m.start(), k))
            if not occ:
                continue
            occ.sort()
            start, k = rng.choice(occ)
            pos = start + rng.randint(1, len(k) - 1)
            sep = rng.choice(KW_SEPS)
            new = text[:pos] + sep + text[pos:]
            if new in seen or kw_presence(new) != it["labels"] or not is_split(new):
                continue
            seen.discard(text)
            seen.add(new)
            it["text"] = new
            it["split"] = True
            done += 1
        if done < want:
            raise BuildError("could not split enough %s messages" % kind)


def apply_trad(rng, items, seen, share=0.25):
    target = round(share * len(items))
    idx = list(range(len(items)))
    rng.shuffle(idx)
    done = 0
    for i in idx:
        if done >= target:
            break
        s = items[i]["text"]
        t = to_trad(s)
        if t == s or t in seen:
            continue
        seen.discard(s)
        seen.add(t)
        items[i]["plain"] = s
        items[i]["text"] = t
        items[i]["trad"] = True
        done += 1
    if done < target:
        raise BuildError("could not convert enough messages to traditional")


# ---------------------------------------------------------------------------
# World (senders, customers, groups) and routing
# ---------------------------------------------------------------------------
STAFF = ("wangjing", "li.hao", "zhangwei", "liu.yang", "chenxi", "zhao.lei", "sunmeng",
         "zhou.tao", "wu.di", "huangyan", "lin.jiahui", "he.zhiqiang", "ma.li", "guoqiang")
STAFF_RE = re.compile(r"[a-z]+(\.[a-z]+)?")
CUST_RE = re.compile(r"wm[A-Za-z0-9]{22}")
ROOM_RE = re.compile(r"wr[A-Za-z0-9]{18}")


def rand_alnum(rng, n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def make_world(rng):
    customers = []
    while len(customers) < 48:
        c = "wm" + rand_alnum(rng, 22)
        if re.search(r"[A-Z0-9]", c[2:]) and c not in customers:
            customers.append(c)
    rooms = set()

    def room():
        while True:
            r = "wr" + rand_alnum(rng, 18)
            if r not in rooms:
                rooms.add(r)
                return r

    cgroups = []
    for _ in range(8):
        mem = rng.sample(STAFF, rng.randint(1, 2)) + rng.sample(customers, rng.randint(4, 9))
        rng.shuffle(mem)
        cgroups.append((room(), mem))
    igroups = []
    for _ in range(4):
        igroups.append((room(), rng.sample(STAFF, rng.randint(3, 6))))
    return {"customers": customers, "cgroups": cgroups, "igroups": igroups}


def is_staff(uid):
    return STAFF_RE.fullmatch(uid) is not None


def is_customer(uid):
    return CUST_RE.fullmatch(uid) is not None


def route_message(rng, code, world):
    cust = world["customers"]
    if code == "sp":
        return rng.choice(STAFF), [rng.choice(cust)], ""
    if code == "cp":
        return rng.choice(cust), [rng.choice(STAFF)], ""
    if code in ("sg", "cg"):
        rid, mem = rng.choice(world["cgroups"])
        cands = [m for m in mem if (is_staff(m) if code == "sg" else is_customer(m))]
        s = rng.choice(cands)
        return s, [m for m in mem if m != s], rid
    if code == "si":
        if rng.random() < 0.5:
            a, b = rng.sample(STAFF, 2)
            return a, [b], ""
        rid, mem = rng.choice(world["igroups"])
        s = rng.choice(mem)
        return s, [m for m in mem if m != s], rid
    raise BuildError("unknown route " + code)


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def build_category(rng, ci, cat, world, seen):
    items = []
    for kind in ("hit", "near"):
        tpls = T[cat][kind]
        alloc = allocate(len(tpls), N_PER_KIND, rng)
        for ti, tpl in enumerate(tpls):
            for _ in range(alloc[ti]):
                if cat == "numbers":
                    voice, route, gen, styles, frame = tpl
                    text = make_number_text(rng, kind, gen, styles, frame, seen)
                    labels = ["R6"]
                else:
                    voice, route, rules, frame = tpl
                    text = make_keyword_text(rng, frame, seen)
                    labels = sorted(rules.split(","))
                seen.add(text)
                items.append({"kind": kind, "t": ti + 1, "voice": voice, "route": route,
                              "labels": labels, "text": text, "plain": text,
                              "trad": False, "split": False})
    if cat != "numbers":
        apply_splits(rng, items, seen, n_hit=10, n_near=7)
        for it in items:
            it["plain"] = it["text"]
    apply_trad(rng, items, seen)
    rng.shuffle(items)

    msgtime = 1768000000000 + ci * 7_200_000 + rng.randint(0, 600_000)
    seq = 760000 + ci * 2000 + rng.randint(0, 50)
    records, truth = [], {"hits": {}, "near_misses": {}}
    for i, it in enumerate(items, 1):
        msgtime += rng.randint(4_000, 540_000)
        seq += rng.randint(1, 6)
        frm, tolist, roomid = route_message(rng, it["route"], world)
        msgid = "h19_%s_%04d_%s_t%02d" % (cat, i, it["kind"], it["t"])
        records.append({"msgid": msgid, "action": "send", "from": frm, "tolist": tolist,
                        "roomid": roomid, "msgtime": msgtime, "seq": seq, "msgtype": "text",
                        "text": {"content": it["text"]}})
        truth["hits" if it["kind"] == "hit" else "near_misses"][msgid] = list(it["labels"])
        it["msgid"] = msgid
    return {"records": records, "truth": truth, "meta": items}


def build(seed):
    rng = random.Random(seed)
    world = make_world(rng)
    seen = set()
    data = {"world": world}
    for ci, cat in enumerate(CATS):
        data[cat] = build_category(rng, ci, cat, world, seen)
    return data


def serialise(data):
    out = {}
    for cat in CATS:
        lines = [json.dumps(r, ensure_ascii=False) for r in data[cat]["records"]]
        truth = data[cat]["truth"]
        parts = []
        for key in ("hits", "near_misses"):
            rows = ["  %s: %s" % (json.dumps(mid), json.dumps(truth[key][mid], ensure_ascii=False))
                    for mid in sorted(truth[key])]
            parts.append(" %s: {\n%s\n }" % (json.dumps(key), ",\n".join(rows)))
        truth_text = "{\n" + ",\n".join(parts) + "\n}\n"
        if json.loads(truth_text) != truth:
            raise BuildError("truth serialisation does not round-trip")
        out[cat] = ("\n".join(lines) + "\n", truth_text)
    return out


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------
KEY_ORDER = ["msgid", "action", "from", "tolist", "roomid", "msgtime", "seq", "msgtype", "text"]
MSGID_RE = re.compile(r"h19_(%s)_(\d{4})_(hit|near)_t(\d{2})" % "|".join(CATS))


def check_table(errs):
    keys = [s for s, _ in ST_LIST]
    vals = [t for _, t in ST_LIST]
    if len(set(keys)) != len(keys):
        dup = sorted({k for k in keys if keys.count(k) > 1})
        errs.append("S->T table: simplified char mapped twice: " + "".join(dup))
    if len(set(vals)) != len(vals):
        dup = sorted({v for v in vals if vals.count(v) > 1})
        errs.append("S->T table: traditional char used twice: " + "".join(dup))
    both = set(keys) & set(vals)
    if both:
        errs.append("S->T table: chars on both sides: " + "".join(sorted(both)))
    for tok in ST_TOKENS:
        if len(tok) != 2 or tok[0] == tok[1]:
            errs.append("S->T table: bad pair %r" % tok)


def check(data):
    errs = []
    check_table(errs)
    world = data["world"]
    cgroups = dict(world["cgroups"])
    igroups = dict(world["igroups"])
    for c in world["customers"]:
        if not is_customer(c) or is_staff(c):
            errs.append("bad customer id shape " + c)
    for s in STAFF:
        if not is_staff(s) or is_customer(s) or s.count(".") > 1:
            errs.append("bad staff id shape " + s)
    known = set(STAFF) | set(world["customers"])
    for rid, mem in list(cgroups.items()) + list(igroups.items()):
        if not set(mem) <= known or len(set(mem)) != len(mem):
            errs.append("group with unknown or repeated member " + rid)
        if rid in igroups and not all(is_staff(m) for m in mem):
            errs.append("internal group with a customer " + rid)
        if rid in cgroups and not (any(is_staff(m) for m in mem) and any(is_customer(m) for m in mem)):
            errs.append("customer group without staff or customers " + rid)
    for rid in list(cgroups) + list(igroups):
        if not ROOM_RE.fullmatch(rid):
            errs.append("bad roomid shape " + rid)
    all_texts, all_ids = set(), set()
    summary = {}
    for cat in CATS:
        d = data[cat]
        recs, truth, meta = d["records"], d["truth"], d["meta"]
        e = lambda m, cat=cat: errs.append("%s: %s" % (cat, m))
        hits, nears = truth["hits"], truth["near_misses"]
        if len(hits) != N_PER_KIND or len(nears) != N_PER_KIND or len(recs) != 2 * N_PER_KIND:
            e("counts %d/%d/%d" % (len(hits), len(nears), len(recs)))
        if set(hits) & set(nears):
            e("msgid in both hits and near_misses")
        # template spread
        for kind in ("hit", "near"):
            ntpl = len(T[cat][kind])
            if ntpl < MIN_TEMPLATES:
                e("%s templates %d < %d" % (kind, ntpl, MIN_TEMPLATES))
            use = {}
            for it in meta:
                if it["kind"] == kind:
                    use[it["t"]] = use.get(it["t"], 0) + 1
            for t in range(1, ntpl + 1):
                if not 3 <= use.get(t, 0) <= 5:
                    e("%s template t%02d used %d times" % (kind, t, use.get(t, 0)))
            if cat != "numbers":
                for tpl in T[cat][kind]:
                    if kind == "hit" and tpl[1] in ("cp", "cg"):
                        e("customer route on a hit template")
        prev_time = prev_seq = None
        nums = set()
        trad_n = 0
        split_hits = split_near = 0
        for rec, it in zip(recs, meta):
            mid = rec.get("msgid", "")
            if list(rec.keys()) != KEY_ORDER or list(rec["text"].keys()) != ["content"]:
                e("key order " + mid)
            m = MSGID_RE.fullmatch(mid)
            if not m or m.group(1) != cat:
                e("malformed msgid " + mid)
                continue
            if mid in all_ids:
                e("duplicate msgid " + mid)
            all_ids.add(mid)
            nums.add(int(m.group(2)))
            kind = m.group(3)
            tnum = int(m.group(4))
            if kind != it["kind"] or tnum != it["t"] or not 1 <= tnum <= len(T[cat][kind]):
                e("msgid kind/template mismatch " + mid)
            labels = (hits if kind == "hit" else nears).get(mid)
            if labels is None:
                e("msgid missing from truth " + mid)
                continue
            if rec["action"] != "send" or rec["msgtype"] != "text":
                e("action/msgtype " + mid)
            if not isinstance(rec["msgtime"], int) or not isinstance(rec["seq"], int):
                e("msgtime/seq type " + mid)
            if prev_time is not None and not rec["msgtime"] > prev_time:
                e("msgtime not increasing at " + mid)
            if prev_seq is not None and not rec["seq"] > prev_seq:
                e("seq not increasing at " + mid)
            prev_time, prev_seq = rec["msgtime"], rec["seq"]
            if not 1767000000000 < rec["msgtime"] < 1770000000000:
                e("msgtime out of range " + mid)
            # routing
            frm, tol, room = rec["from"], rec["tolist"], rec["roomid"]
            staff_sender = is_staff(frm)
            if not (staff_sender or is_customer(frm)) or (staff_sender and is_customer(frm)):
                e("sender shape " + mid)
            if not isinstance(tol, list) or not tol or frm in tol or len(set(tol)) != len(tol):
                e("tolist shape " + mid)
            for u in tol:
                if not (is_staff(u) or is_customer(u)):
                    e("tolist member shape " + mid)
            if frm not in known or not set(tol) <= known:
                e("unknown sender or recipient " + mid)
            route = it["route"]
            want_staff = route in ("sp", "sg", "si")
            if staff_sender != want_staff:
                e("sender role does not match route " + mid)
            if room == "":
                if len(tol) != 1:
                    e("one-to-one tolist length " + mid)
                elif route == "sp" and not is_customer(tol[0]):
                    e("sp must go to a customer " + mid)
                elif route in ("cp", "si") and not is_staff(tol[0]):
                    e("cp/si must go to staff " + mid)
                if route in ("sg", "cg"):
                    e("group route without roomid " + mid)
            else:
                groups = igroups if route == "si" else cgroups
                if route in ("sp", "cp") or room not in groups:
                    e("roomid/route mismatch " + mid)
                else:
                    mem = groups[room]
                    if frm not in mem or tol != [x for x in mem if x != frm]:
                        e("group tolist is not the other members " + mid)
            if not staff_sender and cat != "numbers" and kind == "hit":
                e("customer message labelled as R1-R5 hit " + mid)
            # text
            text = rec["text"]["content"]
            if text != it["text"]:
                e("record/meta text mismatch " + mid)
            if text in all_texts:
                e("duplicate text " + mid)
            all_texts.add(text)
            if not 8 <= len(text) <= 200 or "\n" in text or "{" in text or "}" in text:
                e("insane length/content " + mid)
            if fold(it["plain"]) != it["plain"]:
                e("simplified source contains traditional-side chars " + mid)
            if it["trad"]:
                trad_n += 1
                if text == it["plain"] or fold(text) != it["plain"] or to_trad(it["plain"]) != text:
                    e("traditional round trip fails " + mid)
            elif text != it["plain"]:
                e("plain text altered " + mid)
            if lasheng_bad(text):
                e("拉升 after a market word " + mid)
            present = kw_presence(text)
            if cat == "numbers":
                if labels != ["R6"]:
                    e("numbers label must be R6 " + mid)
                if present:
                    e("numbers message carries R1-R5 keyword " + mid)
                if kind == "hit":
                    if not has_bounded_item(text):
                        e("numbers hit without valid bounded R6 item " + mid)
                elif has_any_window_item(text):
                    e("numbers near miss holds a valid R6 window " + mid)
            else:
                if not labels or labels != sorted(set(labels)) or not set(labels) <= set(KEYWORDS):
                    e("bad label list " + mid)
                if present != labels:
                    e("keyword presence %s != labels %s %s" % (present, labels, mid))
                if has_any_window_item(text):
                    e("keyword-category message holds a valid R6 window " + mid)
                if is_split(text):
                    if kind == "hit":
                        split_hits += 1
                    else:
                        split_near += 1
                if is_split(text) != it["split"]:
                    e("split flag mismatch " + mid)
        if nums != set(range(1, 2 * N_PER_KIND + 1)):
            e("NNNN does not run 0001..%04d" % (2 * N_PER_KIND))
        share = trad_n / max(1, len(recs))
        if not 0.20 <= share <= 0.30:
            e("traditional share %.3f" % share)
        split_share = split_hits / N_PER_KIND
        if cat != "numbers" and not 0 < split_share < 0.15:
            e("split share of hits %.3f" % split_share)
        voices = sorted({tpl[0] for kind in ("hit", "near") for tpl in T[cat][kind]})
        summary[cat] = {
            "templates_hit": len(T[cat]["hit"]), "templates_near": len(T[cat]["near"]),
            "trad_share": share, "split_hits": split_hits, "split_near": split_near,
            "split_share_hits": split_share, "voices": voices,
            "customer_msgs": sum(1 for r in recs if is_customer(r["from"])),
            "group_msgs": sum(1 for r in recs if r["roomid"]),
        }
    return errs, summary


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def main(argv):
    if len(argv) != 2:
        print("usage: %s OUT_DIR" % argv[0], file=sys.stderr)
        return 2
    out_dir = argv[1]
    errs = []
    try:
        first = build(SEED)
        second = build(SEED)
        files = serialise(first)
        if files != serialise(second):
            errs.append("determinism: two builds differ")
    except BuildError as exc:
        print("build failed: %s" % exc, file=sys.stderr)
        return 1
    more, summary = check(first)
    errs.extend(more)
    if errs:
        for m in errs[:200]:
            print("SELF-CHECK FAILED: " + m, file=sys.stderr)
        if len(errs) > 200:
            print("... %d more" % (len(errs) - 200), file=sys.stderr)
        return 1
    for cat in CATS:
        d = os.path.join(out_dir, "heldout19", cat)
        os.makedirs(d, exist_ok=True)
        corpus, truth = files[cat]
        with open(os.path.join(d, "corpus.jsonl"), "w", encoding="utf-8") as f:
            f.write(corpus)
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            f.write(truth)
    for cat in CATS:
        s = summary[cat]
        print("%-15s templates hit/near %d/%d  traditional %.1f%%  split hits %d (%.1f%%) near %d  "
              "customer msgs %d  group msgs %d  voices %s" % (
                  cat, s["templates_hit"], s["templates_near"], 100 * s["trad_share"],
                  s["split_hits"], 100 * s["split_share_hits"], s["split_near"],
                  s["customer_msgs"], s["group_msgs"], ",".join(s["voices"])))
    print("all self-checks passed; wrote %s" % os.path.join(out_dir, "heldout19"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
