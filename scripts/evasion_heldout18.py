#!/usr/bin/env python3
"""evasion_heldout18.py - blind held-out evaluation set no. 18 for the Chinese
financial-chat (WeCom / 企业微信 archive) compliance scanner.

Provenance
----------
Written blind, from general knowledge of how Chinese-speaking financial sales
staff and their customers talk on WeCom.  No scanner source, rule file, test,
fixture or earlier evaluation set was read while writing it, and no web corpus
was searched for this project.  It exists to measure generalisation: do NOT
tune rules, dictionaries or thresholds to the messages in this file.  If the
scanner misses something here, fix the underlying idea, not the example.

Voices
------
Shandong / Jiaodong speech (俺, 恁, 杠好, 血大), Jiangxi and Anhui flavour
(么子, 冇得, 晓得), Guangxi / Hainan Mandarin (你讲先, 咯, 啦), Inner Mongolia /
Shanxi (咋, 甚, 圪蹴, 咧), Yunnan / Guizhou (哪样, 憨包, 莫慌, 不得行);
agricultural co-op members and rural microfinance, small-business owners and
经营贷 loans, insurance agents selling 增额终身寿 and 分红险, private-banking
relationship managers with high-net-worth clients, family-office and 家族信托
talk, overseas Chinese customers (full-width digits), retirees' long voice-to-
text paragraphs, internal WeCom approval comments (审批意见), OA memo snippets,
compliance quiz answers, meeting minutes with @mentions, emoji-heavy youth
slang (yyds, 绝绝子, 冲鸭, 家人们, 宝子们), 大写 amounts (壹贰叁) in near misses,
polite honorific business style (烦请, 敬请, 贵方), sarcasm between colleagues,
and misheard / typo'd keywords that are not literal keywords (never labelled).

Hard cases
----------
Deciding clause two or three clauses away from the keyword; double negation;
negation scope across commas; sarcasm; conditional offers; a reported
question followed by the real answer; concessions (虽说..., 但...); lists and
headings with the violation in one item; keyword inside a product or file name
(near miss); a prohibition and a separate violation in the same message
(labelled with the violation only); fake refusals and refusals followed by the
real offer; quoting one's own earlier promise; a question answered by the same
speaker; keywords split by separators (· space - _ * . ~) in a minority of
messages; about a quarter of every category in traditional characters;
numbers written in Chinese numerals (幺/两/〇), mixed Chinese/Arabic digits,
full-width digits, or split by spaces/dashes/dots/commas, against look-alike
digit runs (bad ID check character, impossible birth date, 17-digit IDs, Luhn
failures, masked numbers, order/serial/policy codes, landlines, amounts,
dates).

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout18.py OUT_DIR

Standard library only.  Fixed seed, never reads the clock.  The set is built
twice in memory and compared; every self-check runs before anything is
written.  On any failure the errors go to stderr, the exit code is 1 and no
file is written.

Layout
------
For each category C in (numbers, rhetorical, prohibition, warning_report,
refusal, quotation):
    OUT_DIR/heldout18/C/corpus.jsonl  one WeCom archive text message per line:
        {"msgid": "h18_<cat>_<NNNN>_<hit|near>_t<NN>", "action": "send",
         "from": SENDER, "tolist": [...], "roomid": ROOM_OR_EMPTY,
         "msgtime": MS_EPOCH_INT, "seq": INT, "msgtype": "text",
         "text": {"content": "..."}}
    OUT_DIR/heldout18/C/truth.json
        {"hits": {msgid: [rules]}, "near_misses": {msgid: [rules]}}
150 hits + 150 near misses per category, shuffled; NNNN runs 0001..0300;
tNN is the template number within its kind (hit templates and near templates
are numbered separately).  Staff senders are plain WeCom userids (lowercase
pinyin, optionally one dot); customers are "wm" + 22 alphanumerics; roomid is
"" for one-to-one chats and "wr" + 18 alphanumerics for groups; tolist is the
other party or the other group members.  msgtime and seq strictly increase
within each file.

Rule pack
---------
Keywords are matched literally after folding traditional to simplified and
removing separators (· space - _ * . ~):
  R1 guaranteed return : 保本 保收益 稳赚不赔 保证收益 零风险 包赚 稳赚
  R2 insider info      : 内幕消息 内部消息 庄家 拉升
                         (拉升 never directly after 大盘/指数/板块/尾盘/早盘)
  R3 private dealing   : 私下转账 转到我个人 私下交易 飞单 返佣 返点
  R4 discretionary     : 账户密码 帮你操作 代客理财 全权委托
  R5 off-channel       : 私人微信 加我个人号 私人号
R1-R5 apply to staff messages only; customer messages appear only as near
misses.  R6 personal data (staff and customers): a valid mainland mobile
(1[3-9] + 9 digits), an 18-character resident ID (ISO 7064 MOD 11-2 check
character, plausible province code and birth date) or a 16-19 digit bank card
passing Luhn.  The label list of a message is the set of rules whose keywords
it contains: for hits the rules it must raise, for near misses the rules it
must not raise.  Numbers messages carry no R1-R5 keyword and are labelled
["R6"].

Self-checks
-----------
counts (150/150 per category); template spread (>= 35 templates per kind,
each used 3-5 times); unique, well-formed msgids; strictly increasing msgtime
and seq; key order; sender / tolist / roomid shapes and routing; R1-R5 hits
sent by staff only and customer messages only as near misses; keyword
presence (after folding back and removing separators) equals the label set of
every non-numbers message; numbers messages carry no R1-R5 keyword; no 拉升
after 大盘/指数/板块/尾盘/早盘; every numbers hit holds a valid, digit-bounded
R6 item after reading Chinese numerals / full-width digits / separators back
to digits; no valid R6 item in any 11/18/16-19 character window of numbers
near misses or of any other category; traditional share 20-30% per category
with an exact fold-back round trip; separator-split share of hits > 0 and
< 15% in every keyword category; the simplified->traditional table is
one-to-one; unique texts; lengths; determinism (two builds compared).
"""

import calendar
import json
import os
import random
import re
import sys

SEED = 18_2026_1205
CATS = ("numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation")
KW_CATS = CATS[1:]
PER_KIND = 150
TRAD_PER_CAT = 75
SPLIT_HITS_PER_CAT = 11
SPLIT_NEARS_PER_CAT = 5
BASE_MS = 1767000000000
BASE_SEQ = 718000

RULES = {
    "R1": ("保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"),
    "R2": ("内幕消息", "内部消息", "庄家", "拉升"),
    "R3": ("私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"),
    "R4": ("账户密码", "帮你操作", "代客理财", "全权委托"),
    "R5": ("私人微信", "加我个人号", "私人号"),
}
LASHENG_BAD = ("大盘", "指数", "板块", "尾盘", "早盘")
KW_SEPS = "·-_*.~ "
SPLIT_SEPS = ("·", " ", "-", "_", "*", ".", "~")
NUM_SEPS = KW_SEPS + ",，\u3000"

# ---------------------------------------------------------------------------
# simplified -> traditional table (one-to-one; ambiguous characters left out)
# ---------------------------------------------------------------------------
_S2T_SRC = """
这這 个個 们們 来來 说說 时時 会會 为為 对對 没沒 还還 过過 给給 让讓 点點 钱錢
买買 卖賣 账賬 帐帳 户戶 号號 码碼 帮幫 财財 权權 托託 险險 风風 证證 稳穩 赚賺
赔賠 内內 庄莊 转轉 飞飛 单單 与與 万萬 亿億 产產 业業 东東 两兩 严嚴 么麼 习習
书書 乡鄉 亏虧 亲親 价價 众眾 优優 传傳 伤傷 体體 儿兒 关關 兴興 养養 农農 冯馮
决決 况況 减減 则則 刘劉 创創 别別 动動 务務 劳勞 势勢 区區 医醫 华華 协協 卫衛
厂廠 压壓 厉厲 县縣 参參 双雙 发發 变變 听聽 启啟 员員 问問 国國 图圖 团團 园園
围圍 场場 块塊 坏壞 坚堅 处處 备備 够夠 头頭 奖獎 妇婦 妈媽 孙孫 学學 宁寧 宝寶
实實 审審 宽寬 导導 将將 尔爾 尝嘗 层層 属屬 岁歲 币幣 师師 带帶 广廣 庆慶 应應
开開 异異 张張 弹彈 强強 归歸 当當 录錄 彻徹 总總 恶惡 惊驚 惯慣 愿願 戏戲 战戰
执執 扩擴 扫掃 扬揚 报報 担擔 拟擬 拥擁 择擇 挂掛 换換 据據 损損 数數 断斷 无無
旧舊 显顯 晓曉 暂暫 术術 机機 杀殺 杂雜 条條 杨楊 极極 构構 标標 栏欄 样樣 档檔
梦夢 检檢 欢歡 毕畢 气氣 汇匯 汉漢 沟溝 洁潔 浅淺 测測 济濟 涨漲 润潤 渐漸 温溫
湾灣 满滿 灵靈 灾災 热熱 爷爺 状狀 独獨 环環 现現 电電 画畫 疗療 盖蓋 监監 盘盤
矿礦 确確 礼禮 种種 积積 称稱 穷窮 笔筆 签簽 简簡 类類 紧緊 约約 级級 纪紀 纳納
线線 练練 组組 细細 织織 终終 经經 结結 绝絕 统統 继繼 续續 维維 综綜 绿綠 编編
缴繳 网網 罗羅 罚罰 联聯 胆膽 胜勝 脑腦 脚腳 脸臉 节節 荐薦 药藥 获獲 营營 虑慮
虽雖 补補 装裝 见見 观觀 规規 视視 览覽 觉覺 计計 订訂 认認 议議 讯訊 记記 讲講
许許 论論 设設 访訪 评評 识識 诉訴 词詞 译譯 试試 话話 询詢 该該 详詳 误誤 请請
读讀 课課 谁誰 调調 谈談 谢謝 谨謹 负負 责責 败敗 货貨 质質 购購 贯貫 费費 资資
赵趙 赶趕 趋趨 跃躍 车車 软軟 轻輕 较較 载載 辈輩 输輸 边邊 达達 迁遷 进進 远遠
连連 迟遲 适適 选選 递遞 邓鄧 邮郵 邻鄰 郑鄭 释釋 针針 铁鐵 银銀 链鏈 销銷 锁鎖
错錯 键鍵 长長 门門 闭閉 间間 闹鬧 闻聞 阅閱 队隊 阳陽 阶階 际際 陆陸 陈陳 随隨
隐隱 难難 静靜 韩韓 页頁 顶頂 项項 顺順 须須 顾顧 预預 领領 频頻 题題 额額 饭飯
馆館 马馬 验驗 鱼魚 鸡雞 鸭鴨 黄黃 龙龍 齐齊 乐樂 争爭 于於 亚亞 仅僅 从從 仓倉
伟偉 伪偽 侧側 俩倆 债債 倾傾 偿償 储儲 兑兌 写寫 击擊 励勵 劝勸 厅廳 吗嗎 吴吳
呗唄 响響 哟喲 嘱囑 垫墊 墙牆 壮壯 声聲 奋奮 娱娛 宫宮 宾賓 寻尋 岗崗 帅帥 库庫
废廢 弃棄 忆憶 忧憂 怀懷 态態 恳懇 悬懸 惨慘 懒懶 抢搶 护護 拦攔 挡擋 挤擠 挥揮
摆擺 敌敵 欧歐 汤湯 泽澤 浓濃 滚滾 炼煉 牵牽 犹猶 猎獵 献獻 玛瑪 琐瑣 畅暢 皱皺
粮糧 纠糾 纵縱 肃肅 萧蕭 袭襲 轮輪 骗騙 诈詐 纸紙 贷貸 寿壽 红紅 爱愛 贵貴 贺賀
赠贈 赢贏 闺閨 镇鎮 贴貼 猪豬 苹蘋 烧燒 纽紐 伦倫 闪閃 职職 绩績 惩懲 诚誠 谅諒
烦煩 盗盜 窃竊 讨討 挣掙 贰貳 圆圓 宪憲 弯彎 恋戀 摄攝 桥橋 树樹 后後 运運 绑綁
谣謠 诱誘 举舉 络絡 迹跡 矶磯 训訓 驳駁 违違 净淨 专專 铺鋪 鲁魯 赣贛 晋晉 琼瓊
岭嶺 蓝藍 澜瀾 唠嘮 筹籌 乱亂 语語 离離 办辦 刚剛 柜櫃 楼樓 拨撥 触觸 缓緩
却卻 吓嚇 扰擾 抚撫 掺摻 凭憑 劲勁 军軍 冻凍 凉涼 凑湊 厌厭 兰蘭 义義 乌烏 侨僑
丢丟 丰豐 临臨 赛賽 赖賴 雾霧 顿頓 饮飲 驾駕 阵陣 阴陰 辆輛 辅輔 贪貪 贫貧 谋謀
谎謊 纯純 纷紛 绍紹 虚虛 荣榮 苏蘇 竞競 础礎 碍礙 灭滅 湿濕 诺諾 鸟鳥 齿齒 灯燈
烂爛 饱飽 骂罵 鲜鮮 剧劇 恼惱 锦錦 馈饋 诸諸 诗詩 贸貿 赌賭 赏賞 践踐 踪蹤 轨軌
辞辭 迈邁 遗遺 钓釣 钢鋼 铜銅 锅鍋 镜鏡 闯闖 颜顏 饰飾 虾蝦 蛮蠻 袜襪 舰艦 艰艱
聪聰 肤膚 胶膠 筑築 笼籠 疯瘋 盐鹽 砖磚 祸禍 秃禿 滥濫 滨濱 涛濤 浑渾 浆漿 泪淚
沪滬 殴毆 栋棟 枣棗 晒曬 晕暈 斋齋 敛斂 摊攤 搁擱 携攜 揽攬 捞撈 挚摯 拣揀 抛拋
怜憐
"""


def _parse_pairs(src):
    s = "".join(src.split())
    pairs = [(s[i], s[i + 1]) for i in range(0, len(s) - 1, 2)]
    return pairs, len(s) % 2


S2T_PAIRS, _S2T_ODD = _parse_pairs(_S2T_SRC)
# identical pairs (written only to document "no change") are dropped
S2T = {}
_S2T_CONFLICTS = []
for _s, _t in S2T_PAIRS:
    if _s == _t:
        continue
    if _s in S2T and S2T[_s] != _t:
        _S2T_CONFLICTS.append((_s, S2T[_s], _t))
    S2T.setdefault(_s, _t)
T2S = {t: s for s, t in S2T.items()}
_S2T_TR = {ord(k): v for k, v in S2T.items()}
_T2S_TR = {ord(k): v for k, v in T2S.items()}


def to_trad(s):
    return s.translate(_S2T_TR)


def fold(s):
    return s.translate(_T2S_TR)


def strip_kw_seps(s):
    return "".join(ch for ch in s if ch not in KW_SEPS)


def kw_rules(text):
    t = strip_kw_seps(fold(text))
    return sorted(r for r, kws in RULES.items() if any(k in t for k in kws))


def literal_kw_count(t):
    n = 0
    for kws in RULES.values():
        for k in kws:
            n += t.count(k)
    return n


def is_split(text):
    f = fold(text)
    return literal_kw_count(strip_kw_seps(f)) > literal_kw_count(f)


def lasheng_bad(text):
    t = strip_kw_seps(fold(text))
    return any((p + "拉升") in t for p in LASHENG_BAD)


# ---------------------------------------------------------------------------
# R6 helpers
# ---------------------------------------------------------------------------
CN_NUM = {"〇": "0", "零": "0", "幺": "1", "一": "1", "壹": "1", "二": "2", "两": "2",
          "贰": "2", "三": "3", "叁": "3", "四": "4", "肆": "4", "五": "5", "伍": "5",
          "六": "6", "陆": "6", "七": "7", "柒": "7", "八": "8", "捌": "8", "九": "9",
          "玖": "9"}
FW_DIG = {chr(0xFF10 + i): str(i) for i in range(10)}
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_C = "10X98765432"
PROV = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
        "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
        "61", "62", "63", "64", "65", "71", "81", "82"}
MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
RUN_RE = re.compile(r"[0-9X]+")


def num_norm(text):
    out = []
    for ch in fold(text):
        if ch in NUM_SEPS:
            continue
        if ch in CN_NUM:
            out.append(CN_NUM[ch])
        elif ch in FW_DIG:
            out.append(FW_DIG[ch])
        elif ch in "xXＸｘ":
            out.append("X")
        else:
            out.append(ch)
    return "".join(out)


def id_check(body17):
    return ID_C[sum(int(d) * w for d, w in zip(body17, ID_W)) % 11]


def valid_date(y, m, d):
    return 1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def valid_id(s):
    if len(s) != 18 or not s[:17].isdigit() or s[17] not in "0123456789X":
        return False
    if s[:2] not in PROV:
        return False
    if not valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return id_check(s[:17]) == s[17]


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


def r6_valid_item(it):
    if len(it) == 11 and it.isdigit():
        return bool(MOBILE_RE.fullmatch(it))
    if len(it) == 18 and valid_id(it):
        return True
    return it.isdigit() and 16 <= len(it) <= 19 and luhn_ok(it)


def r6_items(norm):
    found = []
    for m in RUN_RE.finditer(norm):
        run = m.group(0)
        n = len(run)
        for i in range(n):
            for L in (11, 16, 17, 18, 19):
                if i + L > n:
                    continue
                w = run[i:i + L]
                if L == 18 and valid_id(w):
                    found.append(("id", w))
                if "X" in w:
                    continue
                if L == 11 and MOBILE_RE.fullmatch(w):
                    found.append(("mobile", w))
                if L >= 16 and luhn_ok(w):
                    found.append(("card", w))
    return found


# ---------------------------------------------------------------------------
# number generators and renderers
# ---------------------------------------------------------------------------
MOBILE_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                 "151", "152", "153", "155", "156", "157", "158", "159", "166", "176",
                 "177", "180", "181", "182", "183", "185", "186", "187", "188", "189",
                 "191", "198", "199")
AREAS_HIT = ("370202", "370602", "371002", "370102", "360102", "360403", "340104",
             "340302", "450103", "450302", "460105", "460202", "150102", "150202",
             "140105", "140202", "530102", "530302", "520102", "520302")
AREAS_NEAR = ("370202", "370602", "370102", "360102", "360403", "340104", "340302",
              "450103", "450302", "460105", "460202", "530102", "530302", "520102",
              "520302", "320102", "330106")
CARD_PREFIX = ("622202", "621700", "622848", "621483", "622588", "623058", "621226",
               "622262", "621661", "622700", "621799", "622609")
CN_BASE = {"0": "〇", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
           "7": "七", "8": "八", "9": "九", "X": "X"}
ODD_STYLES = ("cn", "mix", "fw", "sp", "dash", "dot", "comma")
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHJKLMNPQRTUWY"


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rand_alnum(rng, n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def gen_mobile(rng):
    return rng.choice(MOBILE_PREFIX) + digits(rng, 8)


def gen_id(rng, force_x=False):
    while True:
        area = rng.choice(AREAS_HIT)
        y = rng.randint(1948, 2004)
        m = rng.randint(1, 12)
        d = rng.randint(1, calendar.monthrange(y, m)[1])
        body = "%s%04d%02d%02d%s" % (area, y, m, d, digits(rng, 3))
        c = id_check(body)
        if force_x and c != "X":
            continue
        return body + c


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError("no luhn digit")


def gen_card(rng, n=None):
    n = n or rng.choice((16, 19, 19))
    prefix = rng.choice(CARD_PREFIX)
    body = prefix + digits(rng, n - 1 - len(prefix))
    return body + luhn_digit(body)


def cn_map(rng, kind):
    m = dict(CN_BASE)
    m["0"] = rng.choice(("〇", "〇", "零"))
    if kind == "ph":
        m["1"] = "幺" if rng.random() < 0.8 else "一"
    else:
        m["1"] = "幺" if rng.random() < 0.3 else "一"
    m["2"] = rng.choice(("二", "两"))
    return m


def groups_of(s, kind, rng):
    if kind == "ph":
        sizes = (3, 4, 4)
    elif kind == "ph10":
        sizes = (3, 4, 3)
    elif kind == "id":
        sizes = rng.choice(((6, 8, 4), (6, 4, 4, 4), (3, 3, 4, 4, 4)))
    elif kind == "id17":
        sizes = (6, 8, 3)
    elif kind == "card":
        sizes = (4,) * (len(s) // 4) + ((len(s) % 4,) if len(s) % 4 else ())
    else:
        sizes = (len(s),)
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    return out


def render(s, kind, style, rng):
    if style in (None, "plain"):
        return s
    if style == "any":
        style = rng.choice(ODD_STYLES)
    elif style == "anyn":
        style = rng.choice(ODD_STYLES + ("plain", "plain", "plain"))
        if style == "plain":
            return s
    gs = groups_of(s, kind, rng)
    if style == "cn":
        m = cn_map(rng, kind)
        j = rng.choice(("", "", " "))
        return j.join("".join(m[c] for c in g) for g in gs)
    if style == "mix":
        flags = [rng.random() < 0.5 for _ in gs]
        if all(flags):
            flags[rng.randrange(len(gs))] = False
        if not any(flags):
            flags[rng.randrange(len(gs))] = True
        m = cn_map(rng, kind)
        j = rng.choice(("", " "))
        return j.join(("".join(m[c] for c in g) if f else g) for g, f in zip(gs, flags))
    if style == "fw":
        j = rng.choice(("", "", " "))
        return j.join("".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in g) for g in gs)
    sep = {"sp": " ", "dash": "-", "dot": ".", "comma": rng.choice((",", ", "))}[style]
    return sep.join(gs)


def cn_plain(s, rng, kind="x"):
    m = cn_map(rng, kind)
    return "".join(m[c] for c in s)


# valid items (hits) -------------------------------------------------------
def g_ph(rng, st):
    v = gen_mobile(rng)
    return render(v, "ph", st or "any", rng), v


def g_id(rng, st):
    v = gen_id(rng)
    return render(v, "id", st or "any", rng), v


def g_idx(rng, st):
    v = gen_id(rng, force_x=True)
    return render(v, "id", st or "any", rng), v


def g_card(rng, st):
    v = gen_card(rng)
    return render(v, "card", st or "any", rng), v


# look-alikes (near misses) ------------------------------------------------
def near_id_body(rng, area=None):
    area = area or rng.choice(AREAS_NEAR)
    y = rng.randint(2000, 2007)
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return "%s%04d%02d%02d%s" % (area, y, m, d, digits(rng, 3))


def g_badid(rng, st):
    body = near_id_body(rng)
    c = id_check(body)
    wrong = rng.choice([x for x in "0123456789X" if x != c])
    return render(body + wrong, "id", st or "plain", rng), None


def g_baddate(rng, st):
    area = rng.choice(AREAS_NEAR)
    y = rng.randint(2000, 2007)
    k = rng.randrange(5)
    if k == 0:
        m, d = 2, rng.choice((30, 31))
    elif k == 1:
        m, d = rng.choice((4, 6, 9, 11)), 31
    elif k == 2:
        m, d = rng.choice((13, 14, 15, 19)), rng.randint(1, 28)
    elif k == 3:
        m, d = rng.randint(1, 12), 0
    else:
        m, d = rng.randint(1, 12), rng.choice((32, 35, 38))
    body = "%s%04d%02d%02d%s" % (area, y, m, d, digits(rng, 3))
    return render(body + id_check(body), "id", st or "plain", rng), None


def g_badprov(rng, st):
    area = rng.choice(("20", "30", "40", "60", "70", "00", "10")) + digits(rng, 4)
    body = near_id_body(rng, area)
    return render(body + id_check(body), "id", st or "plain", rng), None


def g_id17(rng, st):
    return render(near_id_body(rng), "id17", st or "plain", rng), None


def _luhn_bad(rng, n):
    v = gen_card(rng, n)
    bad = rng.choice([c for c in "0123456789" if c != v[-1]])
    return v[:-1] + bad


def g_luhn16(rng, st):
    return render(_luhn_bad(rng, 16), "card", st or "plain", rng), None


def g_luhn19(rng, st):
    return render(_luhn_bad(rng, 19), "card", st or "plain", rng), None


def g_maskph(rng, st):
    v = gen_mobile(rng)
    return v[:3] + "****" + v[-4:], None


def g_maskph_cn(rng, st):
    v = gen_mobile(rng)
    m = cn_map(rng, "ph")
    return "".join(m[c] for c in v[:3]) + "****" + "".join(m[c] for c in v[-4:]), None


def g_maskid(rng, st):
    v = gen_id(rng)
    if rng.random() < 0.5:
        return v[:6] + "********" + v[-4:], None
    return v[:3] + "*" * 11 + v[-4:], None


def g_maskcard(rng, st):
    v = gen_card(rng)
    if rng.random() < 0.5:
        return v[:4] + " **** **** " + v[-4:], None
    return v[:6] + "******" + v[-4:], None


def g_tail4(rng, st):
    v = digits(rng, 4)
    return (cn_plain(v, rng) if rng.random() < 0.35 else v), None


def _mmdd(rng):
    m = rng.randint(1, 12)
    return "%02d%02d" % (m, rng.randint(1, 28))


def g_order(rng, st):
    k = rng.randrange(3)
    if k == 0:
        return "DD2025" + _mmdd(rng) + digits(rng, 6), None
    if k == 1:
        return "LC25" + _mmdd(rng) + digits(rng, 8), None
    return "2025" + _mmdd(rng) + "-" + digits(rng, 6), None


def g_order_fw(rng, st):
    v = "2025" + _mmdd(rng) + digits(rng, 6)
    return "".join(chr(0xFF10 + int(c)) for c in v), None


LANDLINE_CODES = ("0535", "0531", "0532", "0631", "0791", "0792", "0551", "0553", "0771",
                  "0898", "0471", "0351", "0871", "0851")


def g_landline(rng, st):
    code = rng.choice(LANDLINE_CODES)
    local = rng.choice("2345678") + digits(rng, rng.choice((6, 7)))
    k = rng.randrange(3)
    if k == 0:
        return code + "-" + local, None
    if k == 1:
        return "(" + code + ")" + local, None
    return code + " " + local[:4] + " " + local[4:], None


def g_hotline(rng, st):
    if rng.random() < 0.6:
        return "400-%s%s-%s" % (rng.choice("678"), digits(rng, 2), digits(rng, 4)), None
    return "95" + digits(rng, 3), None


def g_ticket(rng, st):
    return "GD25" + digits(rng, 8), None


DX = "零壹贰叁肆伍陆柒捌玖"


def _dx_section(n):
    s, zero = "", False
    for unit_val, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        d = n // unit_val % 10
        if d == 0:
            if s:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += DX[d] + unit
    return s


def dx_amount(n):
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s += _dx_section(wan) + "万"
    if rest:
        if wan and rest < 1000:
            s += "零"
        s += _dx_section(rest)
    return "人民币" + s + "元整"


def g_amt_dx(rng, st):
    n = rng.randint(3000, 3000000)
    s = dx_amount(n)
    if rng.random() < 0.5:
        s += "（¥{:,}.00）".format(n)
    return s, None


def g_amt_num(rng, st):
    n = rng.choice((rng.randint(5, 99) * 10000, rng.randint(100, 3000) * 1000,
                    rng.randint(10000, 9999999)))
    s = "{:,}".format(n)
    if rng.random() < 0.5:
        s += ".00"
    return s, None


def g_amt_wan(rng, st):
    return "{:,}".format(rng.randint(120, 9800)), None


def g_date(rng, st):
    y = rng.choice((2024, 2025))
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    k = rng.randrange(5)
    if k == 0:
        return "%d年%d月%d日" % (y, m, d), None
    if k == 1:
        return "%d月%d日" % (m, d), None
    if k == 2:
        return "%d-%02d-%02d" % (y, m, d), None
    if k == 3:
        return "%d.%02d.%02d" % (y, m, d), None
    return "%d/%d/%d" % (y, m, d), None


def g_pcode(rng, st):
    k = rng.randrange(3)
    if k == 0:
        return rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 6), None
    if k == 1:
        return "GS" + digits(rng, 4) + rng.choice(UPPER), None
    return "25" + rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 4), None


def g_contract(rng, st):
    prov = rng.choice(("LU", "GAN", "WAN", "GUI", "QIONG", "MENG", "JIN", "DIAN", "QIAN"))
    return "HT-%d-%s-%s" % (rng.choice((2024, 2025)), prov, digits(rng, 4)), None


def g_ph10(rng, st):
    v = gen_mobile(rng)[:10]
    return render(v, "ph10", st or "plain", rng), None


def g_ph12(rng, st):
    v = "12" + digits(rng, 9)
    return render(v, "ph", st or "plain", rng), None


def g_express(rng, st):
    return rng.choice(("SF", "YT", "JT", "ZTO", "YD")) + digits(rng, rng.choice((12, 13))), None


def g_policy(rng, st):
    return rng.choice(("GZ", "BJ", "SD", "JX", "HN", "YN")) + rng.choice(("2024", "2025")) + digits(rng, 8), None


def g_cnt(rng, st):
    return str(rng.randint(12, 386)), None


def g_scode(rng, st):
    return rng.choice(("600", "601", "603", "000", "002", "300", "688")) + digits(rng, 3), None


def g_price(rng, st):
    return "%d.%02d" % (rng.randint(3, 88), rng.randint(0, 99)), None


CN_MONTH = ("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
            "十一月", "十二月")


def g_ym_cn(rng, st):
    y = str(rng.randint(2019, 2024))
    return "".join(CN_BASE[c] if c != "0" else "〇" for c in y) + "年" + rng.choice(CN_MONTH), None


def g_amt_cnw(rng, st):
    return rng.choice(("五万块钱", "三万八", "两万块", "十二万", "八万块", "六万五", "二十万",
                       "四万块钱")), None


def g_card15(rng, st):
    v = rng.choice(CARD_PREFIX) + digits(rng, 9)
    return render(v, "card", st or rng.choice(("plain", "sp")), rng), None


def g_invoice(rng, st):
    return digits(rng, 8), None


def g_taxid(rng, st):
    return "91" + rng.choice(AREAS_NEAR) + "MA" + "".join(rng.choice("0123456789" + UPPER) for _ in range(8)), None


def g_vcode(rng, st):
    return digits(rng, 6), None


NUMGEN = {
    "PH": g_ph, "ID": g_id, "IDX": g_idx, "CARD": g_card,
    "BADID": g_badid, "BADDATE": g_baddate, "BADPROV": g_badprov, "ID17": g_id17,
    "LUHN16": g_luhn16, "LUHN19": g_luhn19, "MASKPH": g_maskph, "MASKPH_CN": g_maskph_cn,
    "MASKID": g_maskid, "MASKCARD": g_maskcard, "TAIL4": g_tail4, "ORDER": g_order,
    "ORDER_FW": g_order_fw, "LANDLINE": g_landline, "HOTLINE": g_hotline,
    "TICKET": g_ticket, "AMT_DX": g_amt_dx, "AMT_NUM": g_amt_num, "AMT_WAN": g_amt_wan,
    "DATE": g_date, "PCODE": g_pcode, "CONTRACT": g_contract, "PH10": g_ph10,
    "PH12": g_ph12, "EXPRESS": g_express, "POLICY": g_policy, "CNT": g_cnt,
    "SCODE": g_scode, "PRICE": g_price, "YM_CN": g_ym_cn, "AMT_CNW": g_amt_cnw,
    "CARD15": g_card15, "INVOICE": g_invoice, "TAXID": g_taxid, "VCODE": g_vcode,
}

# ---------------------------------------------------------------------------
# fillers
# ---------------------------------------------------------------------------
FILL = {
    "n": ("王姐", "李叔", "张总", "刘阿姨", "陈老板", "赵哥", "孙大姐", "周总", "马叔", "黄老师",
          "吴姐", "韩大哥", "郑总", "冯阿姨", "杨老板", "许哥"),
    "sn": ("小刘", "小孙经理", "赵经理", "陈姐", "小杨", "马经理", "小周", "黄经理", "小韩", "吴经理"),
    "c": ("小孙", "小马", "老赵", "陈晨", "小周", "杨帆", "小韩", "刘洋", "小许", "老郑", "小冯", "邓磊"),
    "ins": ("鑫福年年增额终身寿", "金如意增额寿", "福满门分红险", "盛世嘉年分红型年金",
            "传家宝增额终身寿", "康泰百年分红险", "御享人生增额寿"),
    "wp": ("季季盈90天", "私行尊享一年期", "睿远固收增强", "添利周周宝", "安和稳健六个月",
           "金橙现金管理", "鑫享家族配置计划"),
    "big": ("三千万", "五千万", "一个亿", "八千万", "两个亿", "六千万"),
    "a": ("二十万", "35万", "五十万", "80万", "一百万", "12万", "八万", "15万", "30万", "六十万"),
    "r": ("3.2%", "3.8%", "4个点", "4.5%", "5%", "百分之六", "2.9%", "3.5%", "一个点", "两个点"),
    "t": ("明天上午", "周四下午", "下礼拜一", "月底", "这周五", "后天", "下个月初", "今晚八点",
          "礼拜三", "节后第一天"),
    "s": ("鲁蓝股份", "赣原科技", "滇红茶业", "桂岭糖业", "晋北新材", "皖光电子", "琼澜港务", "蒙川乳业"),
    "v": ("柳沟村合作社", "东湾果蔬合作社", "南岭茶叶合作社", "河套葵花合作社", "白塔苹果合作社",
          "西坡养鸡合作社"),
    "biz": ("五金店", "小饭馆", "汽修厂", "服装档口", "水果批发", "烧烤店", "物流车队", "快递网点"),
    "q": tuple(str(i) for i in range(2, 12)),
    "d": ("三个月", "半年", "一年", "两个季度"),
    "yr": ("2023", "2024", "2025"),
    "dept": ("个金部", "私行中心", "普惠金融部", "运营部", "合规部", "城西支行"),
    "org": ("贵方", "贵司", "贵公司", "贵单位", "贵公司财务部", "贵方财务"),
    "penalty": ("一律解除劳动合同", "移交司法机关", "扣罚全年绩效", "全行通报并追责", "调离岗位并追责"),
    "x": ("一", "两", "三"),
    "emo": ("😅", "🙄", "🤦", "😤", "🙅"),
    "city": ("吉隆坡", "温哥华", "新加坡", "悉尼", "洛杉矶", "伦敦", "多伦多"),
}
PH_RE = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?::([a-z]+))?\}")


def fill(tpl, rng):
    cache = {}
    items = []

    def rep(m):
        key, style = m.group(1), m.group(2)
        tok = m.group(0)
        if tok in cache:
            return cache[tok]
        if key == "c2":
            v = rng.choice([x for x in FILL["c"] if x != cache.get("{c}")])
        elif key in FILL:
            v = rng.choice(FILL[key])
        elif key in NUMGEN:
            v, item = NUMGEN[key](rng, style)
            if item:
                items.append(item)
        else:
            raise KeyError("unknown placeholder " + tok)
        cache[tok] = v
        return v

    return PH_RE.sub(rep, tpl), items


# ---------------------------------------------------------------------------
# templates: (role s=staff c=customer, chat d=staff<->customer direct,
#             g=customer group, i=staff<->staff direct, ig=internal group,
#             labels, text)
# ---------------------------------------------------------------------------
NUMBERS_HIT = [
    ("c", "d", "R6", "俺手机号{PH:cn}，恁有事打这个，白天俺在地里。"),
    ("c", "d", "R6", "我是{v}的，贷款那个表我填好了，身份证号{ID:cn}，你帮我看看对不对。"),
    ("s", "ig", "R6", "@{c} 帮我查一下这个客户的征信，身份证{ID:sp}，{t}要用。"),
    ("c", "d", "R6", "我开{biz}的，经营贷放款就打这张卡：{CARD:sp}。"),
    ("c", "d", "R6", "{sn}啊，我跟你说，我那个卡号我念给你听啊，{CARD:cn}，你记一下，然后那个钱到期了你帮我看一下，我眼睛不好，手机上的字看不清，我孙子又不在家，上回就是他帮我弄的，你弄好了给我打个电话就行。"),
    ("c", "d", "R6", "{sn}您好，我在{city}，国内手机号是{PH:fw}，验证码收不到，麻烦看看。"),
    ("s", "d", "R6", "{n}，投保单上被保人的身份证号我核一下：{ID:mix}，没错的话我就提交了。"),
    ("s", "ig", "R6", "@{c} {n}配偶的证件号{ID:dash}，开户资料缺这个，麻烦补进系统。"),
    ("c", "g", "R6", "家人们我新号{PH:dash}，旧号不用了，有事call我😘"),
    ("c", "d", "R6", "{sn}，我电话是{PH:sp}，你打过来先，我现在不方便打字。"),
    ("c", "d", "R6", "我卡号{CARD:dash}，你帮我查一下那个分红到没到账啦，{sn}。"),
    ("c", "d", "R6", "整哪样嘛，又要身份证号，{ID:sp}，拿去嘛，{sn}。"),
    ("c", "d", "R6", "我圪蹴在家等你电话，号是{PH:mix}，甚时候都行，{sn}。"),
    ("s", "i", "R6", "OA备忘：客户{n}联系电话{PH:dot}，回访安排在{t}。"),
    ("s", "ig", "R6", "纪要@{c}：客户{n}（手机{PH:comma}）投诉处理结果{t}前回复。"),
    ("s", "d", "R6", "{n}，你媳妇的身份证我这边显示是{ID:fw}，对吧？对的话{t}来签字。"),
    ("s", "i", "R6", "{v}分红打款名单：{n}，卡号{CARD:mix}，请财务核对。"),
    ("c", "d", "R6", "身份证：{ID:fw}，姓名跟卡上一样的，{sn}。"),
    ("c", "d", "R6", "退款麻烦打到这张卡 {CARD:sp} 谢谢{sn}"),
    ("s", "i", "R6", "{c}，客户让你回个电话，号码是{PH:cn}，他说下午在家。"),
    ("c", "d", "R6", "闺女给俺换了个号，{PH:mix}，以后恁打这个，原来那个停了，{sn}。"),
    ("s", "ig", "R6", "家族信托受益人信息：长子身份证{ID:mix}，次女的下午补，@{c} 先录入。"),
    ("c", "d", "R6", "{sn}，{city}这边汇款要填收款卡号，是不是这个：{CARD:fw}？"),
    ("s", "d", "R6", "{n}，您留的号码是{PH:dot}对吧？短信验证码会发到这个号上。"),
    ("c", "d", "R6", "身份证号{ID:dash}，户口本地址是老家的，没改过，{sn}。"),
    ("s", "d", "R6", "{n}，续期扣款卡要变更成{CARD:dot}，我这边帮你提交变更申请。"),
    ("c", "d", "R6", "担保人是我表哥，他电话{PH:sp}，身份证{ID:sp}，你们看着联系。"),
    ("s", "i", "R6", "审批意见：同意放款。借款人{n}，收款卡{CARD:sp}，请{c}{t}前完成。"),
    ("c", "d", "R6", "{sn}退款卡号发你了：{CARD:dash}，拜托快点退嘛😭"),
    ("s", "d", "R6", "{n}，我记错你号码了咯，是{PH:mix}对不对？我等下打过来先。"),
    ("c", "d", "R6", "俺家那口子的手机{PH:cn}，她管钱，恁跟她说，{sn}。"),
    ("c", "d", "R6", "身份证号码是{IDX:cn}，最后那个是字母X，语音打出来可能不对。"),
    ("s", "ig", "R6", "@{c} 那个阿婆的卡号{CARD:cn}，她讲分红没到，你帮忙查一下啦。"),
    ("c", "d", "R6", "我号码{PH:comma}，{sn}加个好友呗，方便联系。"),
    ("s", "i", "R6", "{c}，新客户{n}，身份证{ID:dot}，{t}到网点面签，预约一下。"),
    ("c", "d", "R6", "{sn}，我手机号换了哦，{PH:fw}，以后短信发这个号。"),
    ("s", "d", "R6", "{n}，补贴打到这张卡{CARD:mix}对吧？你确认一下我就报上去了。"),
]

NUMBERS_NEAR = [
    ("c", "d", "R6", "身份证号我打错了一位，刚发的那个{BADID:anyn}不对，等我回家拿证件再发你。"),
    ("s", "d", "R6", "{n}，您的手机号我这边显示是{MASKPH}，如果不对请到网点更新。"),
    ("c", "d", "R6", "订单号{ORDER}，{sn}帮我查下这个理财赎回到哪一步了。"),
    ("s", "d", "R6", "我们网点座机{LANDLINE}，{n}有事打这个也行，工作日都有人。"),
    ("s", "d", "R6", "{n}，到账金额{AMT_DX}，请核对。"),
    ("c", "d", "R6", "卡号尾号{TAIL4}的那张卡，{sn}，分红是不是打到那里了？"),
    ("c", "d", "R6", "身份证号{ID17:anyn}，咋提示位数不对？俺数了好几遍，{sn}。"),
    ("c", "d", "R6", "系统说我身份证号无效，{BADDATE:anyn}，是不是我输错了？"),
    ("c", "d", "R6", "这个卡号{LUHN16:anyn}绑不上，{sn}，是不是哪位打错了？"),
    ("s", "d", "R6", "产品代码{PCODE}，{n}在手机银行搜这个就能找到。"),
    ("s", "i", "R6", "合同编号{CONTRACT}，{c}请归档。"),
    ("s", "d", "R6", "{n}，{DATE}的那笔{AMT_NUM}元已到账，请查收。"),
    ("c", "d", "R6", "我号码是{PH10:anyn}……好像少了一位，等我问问我闺女，{sn}。"),
    ("s", "i", "R6", "他留的号码{PH12:anyn}，打过去是空号，{c}你看是不是记错了？"),
    ("s", "i", "R6", "OA备忘：客户{n}，证件号{MASKID}，资料已齐。"),
    ("s", "d", "R6", "{n}，您那张卡（{MASKCARD}）本月扣款成功，明细请在手机银行查看。"),
    ("s", "d", "R6", "经营贷审批额度{AMT_NUM}元，{n}请{t}前来签合同。"),
    ("c", "g", "R6", "家人们我的快递单号{EXPRESS}，绝绝子一直不动😤"),
    ("s", "d", "R6", "{n}，你那个保单号{POLICY}，我帮你查了，分红已经结算了。"),
    ("c", "d", "R6", "{sn}，我店里的座机{LANDLINE}，手机没信号的时候打这个先。"),
    ("c", "d", "R6", "我{DATE}在网点办的那张卡，尾号{TAIL4}，现在要挂失啦。"),
    ("c", "d", "R6", "身份证号码是{BADID:cn}……不对不对，最后一位念错了，我重新看一下。"),
    ("s", "d", "R6", "客服热线{HOTLINE}，{n}也可以拨打这个咨询，工单号{TICKET}。"),
    ("s", "ig", "R6", "@{c} {q}月经营贷投放{AMT_WAN}万元，户数{CNT}户，{DATE}前报表。"),
    ("s", "d", "R6", "{n}，您发的卡号{LUHN19:anyn}校验没通过，麻烦拍一下卡面发我。"),
    ("s", "ig", "R6", "客户证件号{BADPROV:anyn}在系统里报错，@{c} 看看是不是前两位输错了。"),
    ("s", "d", "R6", "{n}，您的号码是{MASKPH_CN}吗？系统里只显示这么多。"),
    ("s", "d", "R6", "{v}社员{CNT}户，入股{AMT_WAN}万，分红{DATE}发放。"),
    ("s", "d", "R6", "{s}（代码{SCODE}）今天收盘{PRICE}元，{n}心里有个数就行。"),
    ("c", "d", "R6", "{sn}啊，我那个存单是{YM_CN}存的，{AMT_CNW}，三年期的，你帮我看看到期了没有，我记不清了。"),
    ("c", "d", "R6", "卡号{CARD15}……后面几位被磨掉了看不清，{sn}你们那边能查到不？"),
    ("s", "i", "R6", "发票号码{INVOICE}，税号{TAXID}，{c}报销的时候填这个。"),
    ("c", "d", "R6", "俺家座机{LANDLINE}，手机俺不大会用，恁打座机吧，{sn}。"),
    ("c", "d", "R6", "订单号{ORDER_FW}，退款还没到，{sn}帮看下。"),
    ("s", "d", "R6", "{n}，短信里的验证码{VCODE}千万别告诉任何人，包括我。"),
    ("s", "i", "R6", "{c}，客户{n}的证件号{BADID:dash}校验位不对，退回让客户重新提供。"),
    ("c", "d", "R6", "{sn}，我身份证{ID17:fw}，好像少了一位是吧，我再看看。"),
]

RHETORICAL_HIT = [
    ("s", "d", "R1", "{n}，你整哪样还犹豫嘛？{ins}哪个跟你说不是保本的？白纸黑字写着的，保本嘛！"),
    ("s", "d", "R1", "{n}，我什么时候骗过你？{wp}哪一期不是稳赚？放{a}进来，{t}就开始算收益。"),
    ("s", "d", "R1", "不是我吹，{n}，跟着我买的哪一单不是稳赚不赔？{ins}也一样，你还怕哪样？"),
    ("s", "d", "R2", "{n}，你说甚咧？庄家都进场了你还不跟？{s}这两天就要拉升，你圪蹴着等就行。"),
    ("s", "g", "R2", "难道我会拿内幕消息骗大家？{s}{t}有大动作，该上车的赶紧上车。"),
    ("s", "d", "R3", "{n}，走公司流程手续费多高你不晓得？私下转账给我不是一样的嘛，还能省{r}。"),
    ("s", "d", "R3", "谁说返佣不能给？你在我这买{ins}，首年保费返点{r}，我哪次没兑现过？"),
    ("s", "d", "R4", "你上班那么忙，哪有空盯盘？把账户密码给我，我帮你操作不就完了？{n}你说是不是这个理。"),
    ("s", "d", "R4", "莫当憨包嘛{n}，自己瞎买哪个赚得到？全权委托给我，{d}见分晓。"),
    ("s", "d", "R5", "{n}，公司号上说话不方便你不晓得？加我个人号，细节我慢慢跟你讲。"),
    ("s", "d", "R5", "在这个号上聊能聊出哪样名堂？私人微信发你了，通过一下，{t}前我把方案发你，{n}。"),
    ("s", "d", "R1", "增额终身寿哪有不保本的？{ins}写进合同的，零风险，{n}还担心哪样？"),
    ("s", "g", "R1", "家人们，{wp}稳赚的好吗？？谁不冲谁憨憨😂 冲鸭！"),
    ("s", "i", "R1", "{c}，你还跟客户讲风险？{ins}不就是保证收益嘛，直接说{r}，客户签得才快。"),
    ("s", "d", "R2", "{n}，恁寻思俺能乱说？内部消息，{s}下礼拜要拉升，杠好的机会，俺媳妇都买了。"),
    ("s", "d", "R3", "不是我说，{a}的单子走公司系统图哪样？你要是愿意，飞单给我，利息我多给你{r}，{n}。"),
    ("s", "d", "R3", "转到我个人卡上有什么不行的？又不是第一次了，{n}你就放心，{t}本息一起给你。"),
    ("s", "d", "R4", "代客理财怎么了？别人不敢做我敢做，{n}你只管把钱放进来，收益我每月报给你。"),
    ("s", "d", "R5", "难道你不想第一时间拿到消息？私人号上我每天都发，这边公司号会被查的呀，{n}。"),
    ("s", "d", "R1,R2", "庄家都在里面，你说能不稳赚？{s}闭眼买，{t}之前出，{n}。"),
    ("s", "d", "R1", "{n}你问我风险大不大？我做了十二年了，客户有没有哪个亏过，你去打听打听，{wp}就是保本的。"),
    ("s", "d", "R1", "{n}，{ins}我不敢说不保收益，合同第五页写着呢，你说是不是保收益？"),
    ("s", "d", "R4", "你密码都记不住，还自己弄？账户密码发我，{t}我把{wp}给你买上，{n}。"),
    ("s", "d", "R3", "搞么子要走柜台？返点直接打给你，{r}，哪个不是这么做的？{n}你讲是不是。"),
    ("s", "d", "R5", "{n}，你讲这个号上哪能讲细？加我个人号嘛，这个号是公司的，啥都看得到。"),
    ("s", "d", "R2", "你咋就不信咧？庄家那边的人亲口说的，{s}要拉升，错过了可不要怪我，{n}。"),
    ("s", "d", "R1", "{n}，以您的资金量，我们给您配的{wp}怎么可能不保本？这点您尽管放心，{t}我来签约。"),
    ("s", "d", "R1", "{n}，我还能害您？{ins}零风险，存{a}进去，每年都涨，比存银行强多了。"),
    ("s", "ig", "R3", "@{c} 装什么清高？客户都是这么要返佣的，你不给人家就跑了，照给就是。"),
    ("s", "d", "R4", "{n}，你觉得自己弄能弄得过我？全权委托给我一年，亏了算我的，怎么样？"),
    ("s", "g", "R2", "这消息能不准？内部消息，一般人我都不告诉，{s}{t}公告。"),
    ("s", "d", "R1,R5", "包赚的事哪能在公司号上讲？加我私人微信，{wp}怎么包赚我细细跟你说，{n}。"),
    ("s", "d", "R3", "钱转到我个人账户有哪样问题嘛？我们行里好多人都这么收，{t}就给你存进去，{n}。"),
    ("s", "d", "R1", "{wp}会不会亏？不会。为啥？因为它就是保本保收益的，{r}写死了，{n}。"),
    ("s", "g", "R4", "姐妹们自己炒股哪里炒得赢？代客理财yyds，把钱交给我，{r}月月有😎"),
    ("s", "d", "R2", "{n}，你说我整哪样要骗你嘛？庄家老板是我老表，{s}铁定拉升。"),
    ("s", "d", "R1", "你要是信不过我，我能把{a}的单子接下来？跟你讲，这一单稳赚不赔，不赚我赔你，{n}。"),
    ("s", "d", "R3", "没有哪个客户不拿返点的，{n}你也别客气，{r}我月底私下转账给你。"),
]

RHETORICAL_NEAR = [
    ("c", "d", "R1", "{sn}，我跟你说个事啊，我们小区好几个老姐妹都买了那个{ins}，都说是保本的，我就想问问你，这个到底是不是保本的？我妈也问我，我也说不清楚，你有空给我回个话。"),
    ("s", "d", "R1", "{n}，哪有什么理财是稳赚不赔的？{wp}也有波动，说明书里写了，您再看看。"),
    ("s", "d", "R1", "谁能保证收益？我不能，公司也不能，{wp}过往业绩不代表未来，这个{n}一定要清楚。"),
    ("c", "d", "R2", "你们是不是有内幕消息啊？最近{s}涨得这么凶，{sn}给透透底呗。"),
    ("s", "d", "R2", "我要是真有内部消息，还用天天上班？{s}我看不准，{n}不建议您追。"),
    ("s", "d", "R2", "庄家？哪有那么多庄家，{n}别信群里那些，{s}基本面一般，慎重。"),
    ("s", "d", "R3", "转到我个人？那怎么行！{n}，钱只能进公司对公账户，回单我发您。"),
    ("c", "d", "R3", "别家买{ins}都给我返点，{sn}你们这边咋一点都没有？"),
    ("s", "d", "R3", "飞单这种事我能干吗？干了饭碗就没了，{n}您放心，每一笔都走系统。"),
    ("s", "d", "R4", "账户密码怎么能给别人？包括我也不行，{n}赶紧改一下。"),
    ("c", "d", "R4", "{sn}，你们有没有代客理财的服务？我懒得自己看。"),
    ("s", "d", "R4", "全权委托？这个我们不做的，{n}，您自己的账户要您自己拿主意。"),
    ("s", "d", "R5", "加我个人号？不用不用，{n}，有事就在这个企业微信上找我，留痕对您也是保障。"),
    ("c", "d", "R5", "{sn}，你有没有私人微信啊？这个号好像周末不回。"),
    ("s", "d", "R1", "{n}，你整哪样非要保本嘛？{ins}前几年现价低于所交保费，退保要亏的，莫听别个乱讲。"),
    ("s", "d", "R1", "{n}，甚零风险咧？哪有零风险的东西，银行存款还有个保险上限咧。"),
    ("s", "ig", "R1", "@{c} 你跟客户说稳赚？你咋不说包赚呢，回头投诉了谁兜着？赶紧改口。"),
    ("s", "i", "R1", "{n}刚问我是不是稳赚不赔，我说不是，{wp}净值会波动，最差的时候回撤过{r}。"),
    ("s", "i", "R1", "{c}，{ins}的宣传页上能不能写保本？我记得去年就不让写了吧？"),
    ("s", "d", "R4", "不是我不想帮你操作，是规定不允许，{n}，要不我视频教你一步步弄？"),
    ("c", "d", "R1", "你们天天说不保本，那我为啥还要买？存银行不香吗？{sn}你说说。"),
    ("s", "d", "R1", "谁跟您说{ins}零风险的？{n}您把聊天记录发我看看，我们核实一下。"),
    ("s", "g", "R1", "家人们，谁说{wp}稳赚的？？醒醒，理财有风险，别被割了{emo}"),
    ("c", "d", "R1", "俺问问，恁那个{ins}是不是保证收益的？俺兄弟说是，俺不大信，{sn}。"),
    ("s", "d", "R2", "哪来的内幕消息？{n}，那个群是骗子群，{s}的所谓消息都是编的，千万别交钱。"),
    ("s", "d", "R3", "返佣，我们这里没有，也不可能有，{n}别再问了哈。"),
    ("s", "d", "R3", "{n}，上次那个客户经理是不是让您私下转账了？您跟我说实话，我们好帮您追回来。"),
    ("s", "d", "R4", "{n}，您账户密码最近有没有告诉过别人？系统提示有异地登录。"),
    ("s", "d", "R4", "代客理财这种事我哪敢碰？{n}，您真想省心可以看看我们的投顾产品，合同都写得明明白白。"),
    ("s", "d", "R5", "我哪有什么私人号？就这一个企业微信，{n}别加外面冒充我的号。"),
    ("c", "d", "R1", "{sn}，那个{ins}到底保不保本嘛？我憨包一个，莫要哄我哈。"),
    ("s", "d", "R4", "您问能不能全权委托给我，我明确讲，不能，{n}，我们连您的账户都不碰。"),
    ("c", "g", "R2", "听说{s}背后有庄家要拉升，是真的假的？你们研究所怎么看？"),
    ("s", "ig", "R2", "@{c} 你是庄家派来的吗？天天在客户群里喊拉升，删了，下不为例。"),
    ("s", "d", "R1", "如果有人跟您说{ins}保本又保收益，{n}您就要警惕了，我们的产品没有这种说法。"),
    ("c", "d", "R3", "{sn}，你们公司有没有人搞飞单？我朋友在别家被坑过，心里有点怕。"),
    ("c", "d", "R5", "为啥你不能加我个人号啊？我又不会乱说，就是方便点，{sn}。"),
    ("s", "d", "", "{n}，包本这个说法不对哈，{ins}前几年退保是拿不全的，您有数就好。"),
]

PROHIBITION_HIT = [
    ("s", "d", "R1", "公司规定不让说保本，但我跟你私下讲，{ins}就是保本的，{n}放一百个心。"),
    ("s", "d", "R1", "虽说监管不许承诺收益，但{wp}{r}稳赚，这个我打包票，{t}你来签，{n}。"),
    ("s", "g", "R2", "群规：禁止发广告、禁止刷屏。各位，{s}庄家已经吸完筹了，{t}拉升，跟紧。"),
    ("s", "g", "R2", "【内部提示】严禁对外透露，仅限本群VIP：{s}内部消息，{t}有重组公告。"),
    ("s", "d", "R3", "{n}，公司是不准返点，那是明面上嘛，你在我这里买，{r}我私下给你，莫跟别个讲。"),
    ("s", "d", "R3", "按规定是不能转到我个人账户的，不过这次情况特殊，{a}先转到我个人，{t}我帮你存进去，{n}。"),
    ("s", "d", "R4", "行里禁止员工代客理财，所以这事你知我知，{n}，你把钱给我，每月{r}。"),
    ("s", "d", "R4", "培训考试我写的是“严禁索要客户账户密码”，那是考试。{n}你还是把账户密码发我，{t}我帮你操作。"),
    ("s", "d", "R5", "公司不允许用私人微信联系客户，所以{n}你别在这里提，直接加我个人号，搜我名字就行。"),
    ("s", "d", "R1", "烦请{n}放心，虽然按规定合同里不能写，但这笔{wp}我个人向您保证收益不低于{r}。"),
    ("s", "ig", "R3", "会议纪要：1.重申禁止飞单；2.@{c} 老客户那笔{a}先走飞单，月底前补材料。"),
    ("s", "i", "R3", "审批意见：同意。虽然制度上不鼓励返佣，{n}这单金额大，按{r}返佣给客户，走报销。"),
    ("s", "d", "R2", "俺们单位不让说这个，可俺跟恁掏心窝子，{s}有庄家在里头，{t}准拉升，俺自个都满仓了，{n}。"),
    ("s", "d", "R2", "{n}，这个内部消息千万不要外传，{s}下周一停牌重组，今天还能上车。"),
    ("s", "d", "R1", "不要犹豫，不要等，不要怕，{wp}零风险，{t}额度就没了，{n}。"),
    ("s", "d", "R3", "{n}，记住别在柜台办，那样要录音录像，咱们直接私下交易，我{t}上门找你签。"),
    ("s", "d", "R1", "不许跟客户说包赚，这是公司的话。我的话是：{ins}包赚，{n}你信我一回。"),
    ("s", "g", "R1", "家人们！！平台禁止我们说稳赚不赔，那我换个说法：{wp}闭眼冲，稳稳的幸福🤭 懂的都懂"),
    ("s", "d", "R4", "家族信托这块按规定不能承诺回报，受托人也是信托公司不是我，这些合同里都写着。但{n}您这{big}，我们团队私下给您做全权委托，每年保底{r}，这个您放心，我们做了这么多年没出过事。"),
    ("s", "d", "R4", "冇得事，规定是规定，你把账户密码跟我讲，我晚上帮你把仓调好，{n}。"),
    ("s", "d", "R3", "合规考试那道题我选的“禁止私下转账”，考完了该咋样咋样，{n}那{a}你还是私下转账给我，快点。"),
    ("s", "d", "R5", "公司不让加客户私人微信，那你加我的嘛，我私人微信就是我手机号，{n}。"),
    ("s", "d", "R1", "{n}，规定是规定咯，你听我讲先——{wp}我包你稳赚，亏了我给你补。"),
    ("s", "d", "R1", "不要讲那么多啦，那个不准讲保收益的规定是给新人看的，{wp}就是保收益的，{n}好放心啦。"),
    ("s", "d", "R2", "除非您不想赚钱，否则别错过这个内部消息：{s}{t}公告中标，{n}。"),
    ("s", "ig", "R3", "【注意事项】\n1. 勿泄露客户信息\n2. {n}的{a}这周走飞单，别进系统\n3. 按时打卡"),
    ("s", "d", "R3", "{n}，返佣的事你不要跟柜台说，柜台那边不晓得，{r}我{t}打到你卡上。"),
    ("s", "d", "R4", "按行里规定我不能替您下单，但您这么忙，账户密码交给我，我替您盯着，{n}您看行吗？"),
    ("s", "d", "R1", "{n}，咱这儿不让说零风险，可我跟你说，{ins}真就是零风险，咱草原上的人不骗人。"),
    ("s", "d", "R3,R5", "严禁在公司号谈价格，{n}，你加我私人号，{r}的返点我们在私人号上谈。"),
    ("s", "d", "R1", "我不能说保本，但我可以说一句：{ins}从来没让客户亏过一分，跟保本没区别，{n}。"),
    ("s", "d", "R1", "{n}，不要听柜台的，不要签那些风险提示，也不要担心，{wp}稳赚的。"),
    ("s", "d", "R4", "公司不准我们帮你操作，那我就用我自己手机登你的户，{n}，账户密码发我。"),
    ("s", "d", "R5", "烦请{n}知悉：出于合规原因，此事请勿在本号回复。请您加我个人号详谈{wp}的额外收益安排。"),
    ("s", "d", "R3", "不是不能给返佣，是不能让公司知道，{n}你懂我意思吧，{r}。"),
    ("s", "i", "R1", "OA备忘：{c}负责的客户{n}，按领导口头指示，{wp}对其承诺保本，不留书面记录。"),
    ("s", "g", "R2", "禁止截图外传！{s}庄家今天开始拉升，{t}前建仓。"),
]

PROHIBITION_NEAR = [
    ("s", "ig", "R1", "@{c} 合规小测第{q}题答案是B：员工不得向客户承诺保本保收益，违者按制度处理。"),
    ("s", "ig", "R3", "【OA通知】{dept}：即日起严禁员工以任何形式飞单，一经发现{penalty}。"),
    ("s", "ig", "R4", "会议纪要@全体：1.禁止索要客户账户密码；2.禁止代客理财；3.{t}前完成双录自查。"),
    ("s", "i", "R1", "审批意见：不同意。申请材料中出现“零风险”字样，违反宣传规范，请{c}修改后重新提交。"),
    ("s", "d", "R3", "敬请{org}知悉，我司员工不得收取或支付任何形式的返佣，如有人员私下联系，烦请及时告知。"),
    ("s", "d", "R3", "{n}，提醒您一下，员工让您“转到我个人账户”是绝对禁止的，任何人这样要求都别转。"),
    ("s", "d", "R1", "{n}，跟你讲清楚，行里规定不准讲稳赚，{wp}有风险的，你要想好再买。"),
    ("s", "d", "R5", "我们这块规定死了，不能加客户私人微信，{n}有事就在这上面找我，一样的。"),
    ("s", "d", "R1", "{n}，按监管要求，{ins}的演示利率不能说成保证收益，保证的部分以合同现金价值表为准。"),
    ("s", "d", "R4", "{n}，家族信托设立后由受托人独立管理，不存在全权委托给客户经理个人的情况，合同第{q}条写了。"),
    ("s", "d", "R4", "按私行的规定，{n}，您的账户密码我们一律不经手，网银操作请您本人完成。"),
    ("s", "g", "R2,R3", "群公告：本群禁止讨论内幕消息、禁止推荐个股、禁止私下交易，违者移出。——{c}"),
    ("s", "d", "R3", "{n}，我跟你讲先，公司不准我们收返点的，你给我我也不能要咯。"),
    ("s", "d", "R1", "不可以讲包赚的啦，{n}，{wp}也会跌，你要想清楚。"),
    ("s", "ig", "R4", "判断题：“客户同意的情况下，客户经理可以帮你操作交易”——错误。@{c} 这题又错了哈。"),
    ("s", "d", "R1", "俺们行里规矩大，不让说零风险，也不让说保本，{n}恁自个儿掂量掂量。"),
    ("s", "d", "R4", "{n}，咱这儿规定得死死的，员工不许碰客户账户密码，你那个密码谁问都别给。"),
    ("s", "d", "R3", "严禁私下转账。{n}，您的{a}请转到我行对公账户，户名我刚发您了。"),
    ("s", "ig", "R2", "@{c} 你昨天在群里说“庄家”两个字，合规已经来问了，以后这种词别碰。"),
    ("s", "ig", "R3,R5", "纪要：{c}汇报{q}月检查情况，未发现飞单、返佣问题；下月重点查私人微信营销。"),
    ("s", "ig", "R4", "{q}月新员工培训要点：不得代客理财，不得全权委托，不得触碰客户账户密码。"),
    ("s", "ig", "R1", "附件《关于严禁承诺保本保收益的通知（{yr}版）》.pdf 请各位{t}前学习并签字。"),
    ("c", "d", "R5", "你们规定是不是不让加私人微信？那我就在这儿问吧，{ins}怎么退？"),
    ("c", "d", "R4", "我晓得你们规定不能代客理财，那你给我讲讲{wp}咋买就行，{sn}。"),
    ("s", "d", "R5", "{n}，凡是叫你加我个人号的，都不是我本人，公司规定我们只能用这个号联系客户。"),
    ("s", "ig", "R2", "提醒：禁止在客户群里预测个股拉升、禁止转发所谓内部消息，@{c} 请把昨天那条撤回。"),
    ("s", "i", "R1", "审批意见：驳回。宣传海报标题“稳赚不赔的选择”违规，请{c}{t}前改为风险提示版本。"),
    ("s", "d", "R1", "烦请{n}知悉：我行理财产品均不保本，过往业绩不预示未来表现，敬请审慎决策。"),
    ("s", "ig", "R3", "OA备忘：{c}已签署《禁止飞单与私下交易承诺书》，原件交{dept}存档。"),
    ("s", "d", "R3", "{n}，不是不想给您返点，是监管明令禁止，真给了咱俩都要出事。"),
    ("s", "g", "R1", "家人们，平台规定不能说稳赚，{wp}也确实不是稳赚的，理性冲浪🏄别上头！"),
    ("s", "d", "R3", "咱这行规矩你知道的，不准私下交易，{n}你要买就来网点，我圪蹴这儿等你。"),
    ("s", "d", "", "{n}，包赢这种话我们不能讲的，{wp}有风险哈。"),
    ("s", "ig", "R2", "合规提示：“内部消息”类信息一律不得在客户沟通中使用，{c}所在团队{t}前完成自查。"),
    ("s", "d", "R4", "{n}，根据协议第{q}条，您不得将账户密码告知他人，包括我行员工。"),
    ("s", "ig", "R5", "本部门规定：客户服务一律使用企业微信，禁止使用私人号添加客户，@{c} 请通知组内。"),
    ("s", "d", "R3", "{n}，我们这禁止收现金、禁止私下转账，您的{a}一律走柜台或者手机银行。"),
]

WARNING_HIT = [
    ("s", "d", "R1", "风险提示我已经念过了哈，{n}，走个流程而已，{wp}其实就是保本的。"),
    ("s", "d", "R1", "回访记录我写的是“已提示风险”，{n}你别当真，{ins}稳赚不赔，我保证。"),
    ("s", "d", "R3", "最近骗子多，{n}千万别把钱转给陌生人。转到我个人卡上就行，我是你老熟人了，{t}给你买上。"),
    ("s", "d", "R2", "{n}，我提醒你先咯，外面那些荐股的都是骗人的。我这个不一样，是真的内部消息，{s}{t}涨停。"),
    ("s", "d", "R1", "风险是有的啦，理论上。不过{ins}这种，零风险啦，我卖了十年没一个亏的，{n}。"),
    ("s", "d", "R1", "{n}，我跟您讲啊，现在电话诈骗特别多，什么冒充公检法的、冒充孙子要钱的，您一定要小心，谁打电话都别信，钱一分都别转。但是我们这个{ins}您放心，保本的，存{a}进去，十年后翻倍，您就听我的，下礼拜我上门给您办。"),
    ("s", "d", "R4", "我已经跟合规报备过了，没问题的，{n}你把账户密码给我，我{t}帮你操作。"),
    ("s", "d", "R3,R5", "提醒一下，这事别在公司号上说，{n}你加我私人微信，{wp}的返点在那边给你。"),
    ("s", "ig", "R3", "@{c} 你胆子也太小了，合规天天喊飞单风险，喊归喊，这单{a}你就飞单给我，出事我担。"),
    ("s", "g", "R2", "⚠️风险提示⚠️ 市场有风险，投资需谨慎。——以上是模板。{s}庄家{t}开始拉升，满仓干。"),
    ("s", "i", "R1", "情况说明：{n}对收益有顾虑，经沟通，我已承诺{wp}保收益{r}，客户同意追加{a}。"),
    ("s", "d", "R1", "{n}，俺得跟恁说句实在话，股市风险血大，恁可别瞎买。跟着俺买{wp}，稳赚，俺保证。"),
    ("s", "d", "R3", "提醒{n}：走公司渠道要扣{r}手续费，不划算。直接私下交易，钱给我，{t}我给你办。"),
    ("s", "d", "R4", "{n}，合作社贷款审批慢，风险也大。你把{a}放我这，代客理财，年底给你{r}的分红。"),
    ("s", "g", "R2", "群里那些说有庄家的都是骗子，大家注意！真正的消息在这：{s}有内部消息，{t}拉升。"),
    ("s", "d", "R1", "{n}，我必须提醒你，银行理财现在都不保本了。所以买我的{ins}啊，这个保本，还保收益。"),
    ("s", "d", "R1", "有客户投诉我说“保证收益”，我想说我本来就保证收益啊，{n}你那份{wp}的{r}我一分不会少你。"),
    ("s", "d", "R4", "{n}，我们风控部门提示过，您的资产不宜集中。建议您全权委托给我打理，{big}分散配置，您不用操心。"),
    ("s", "g", "R5", "⚠️防骗提醒⚠️ 家人们别信陌生人！要上车找我，私人号dd我，{wp}内部价，绝绝子💯"),
    ("s", "d", "R1", "{n}，提醒你一下，这个额度{t}就没了，再不买就错过一个稳赚的机会。"),
    ("s", "ig", "R3", "@{c} 莫怪我没提醒你，{n}那边要返佣你就给嘛，憨包才把客户往外推。"),
    ("s", "i", "R1", "OA备忘（仅组内）：客户{n}要求保本，经请示，同意口头承诺保本，回访时勿提。"),
    ("s", "d", "R1", "通胀这么厉害，钱放银行就是亏。{n}，{ins}是包赚的，越早买越好。"),
    ("s", "d", "R3", "上次那个投诉已经处理好了。{n}，这回你直接转到我个人账户，省得再有人查。"),
    ("s", "d", "R4", "{n}，我提醒你哦，你自己操作容易出错。你账户密码给我，我帮你操作，出错算我的。"),
    ("s", "d", "R3", "敬请知悉：近期有不法分子冒用我行名义。为保障资金安全，烦请{n}将{a}直接转到我个人账户，由我代为办理。"),
    ("s", "d", "R1", "我不是不提醒你风险，只是这个{wp}，真没有不保本的道理，{n}。"),
    ("s", "g", "R2", "今日复盘：大盘缩量，大家别慌。我们盯的{s}，庄家今天在洗盘，{t}拉升。"),
    ("s", "d", "R1", "{n}，你上次反映的亏损问题我记下了，补偿方案是：下一期{wp}我给你做到稳赚不赔。"),
    ("s", "d", "R3,R5", "提醒：这个号的聊天记录公司都能看到。{n}，加我个人号，返点的事我们那边说。"),
    ("s", "d", "R2", "我讲先啊{n}，这个市场风险大得很。但是你放心，我有内部消息，{s}{t}有利好。"),
    ("s", "d", "R1", "风险测评您就都选最激进的那项，不然买不了。放心，{wp}其实零风险，测评只是走过场，{n}。"),
    ("s", "d", "R2", "{n}，我可提醒你了，别听别人胡咧咧。{s}有庄家，咱跟着庄家走，准没错。"),
    ("s", "d", "R3", "提醒{n}：{ins}前五年退保有损失哈。作为补偿，首年保费我返你{r}，返佣月底到。"),
    ("s", "d", "R3", "系统维护通知：{t}网银暂停。{n}着急的话先私下转账给我，我恢复后给你补录。"),
    ("s", "d", "R4", "{n}，不跟我操作才是最大的风险。全权委托给我，{d}内收益翻倍。"),
    ("s", "d", "R1", "{n}，咱合作社开会说了要防骗，我不是骗子哈，{wp}保本，入股{a}年底拿钱。"),
]

WARNING_NEAR = [
    ("s", "d", "R1", "{n}，提醒您：凡是说稳赚不赔的理财，都是骗局，{wp}也有亏损可能。"),
    ("s", "i", "R3", "向合规报告：客户{n}反映，前同事曾让其私下转账{a}，聊天截图已上传。"),
    ("s", "d", "R2", "{n}，现在骗子都说自己有内幕消息，打电话叫您买股票，您千万别信，有事先问我。"),
    ("s", "d", "R5", "{n}，你要小心咯，最近有人冒充我，发消息叫你“加我个人号”，那个不是我，你直接删掉先。"),
    ("s", "d", "R1", "{n}，有人跟你讲{ins}保本的话，你要问清楚，合同上没写的都不算啦。"),
    ("s", "ig", "R3", "@{c} 提醒一下，{n}那边有人在搞飞单，你去问问情况，别让客户吃亏。"),
    ("s", "d", "R1", "风险提示：{wp}不保本，不保收益，过往业绩不代表未来表现，{n}请知悉。"),
    ("s", "ig", "R4", "周报：本周{dept}排查客户{q}户，发现{x}起客户向他人泄露账户密码的情况，已逐一提示。"),
    ("s", "i", "R2", "{n}发来截图，一个群在喊“庄家要拉升”，我已经报给合规和反诈中心了。"),
    ("s", "g", "R1", "家人们注意⚠️ 看到“零风险”“包赚”的，直接拉黑！{wp}也要看风险等级哦！"),
    ("s", "d", "R1", "{n}，俺跟恁说，外头那些说稳赚的，十个有九个是骗子，恁可得长个心眼。"),
    ("s", "d", "R3", "{n}，那些喊你私下交易的，都是整你的，莫要信，钱只能走柜台。"),
    ("s", "i", "R3", "合规预警：{c}名下客户{n}近期频繁提及“返点”，请核实是否存在违规承诺。"),
    ("c", "d", "R3", "有个人说“转到我个人账户就行”，说是你们行的，{sn}你帮我看看是不是骗子？"),
    ("s", "d", "R4", "{n}，千万不要全权委托给任何个人，哪怕是我们员工，出了事您维权都难。"),
    ("s", "i", "R1", "投诉处理报告：客户{n}称原经办人承诺{ins}“零风险”，经查属实，已按制度问责。"),
    ("s", "d", "R2", "{n}，近期有不法分子冒充私行客户经理，以“内部消息”为由推荐产品，敬请警惕。"),
    ("s", "d", "R4", "温馨提示：账户密码仅限本人使用，任何人索要均为诈骗，{n}请妥善保管。"),
    ("s", "ig", "R4", "@{c} 上周会上提到的代客理财风险，{t}前把排查结果报上来。"),
    ("s", "d", "R1", "{n}，我跟你讲哦，那个群里天天喊保本的，你莫信，他们收了钱就跑。"),
    ("s", "d", "R3", "{n}，你晓得不，隔壁村好几个人被“返佣”骗了，说是先交钱再返，结果人都找不到了。"),
    ("s", "d", "R1", "{n}，分红险的分红是不保证的，{ins}也不是保收益的，演示的那个高档你别当真。"),
    ("s", "i", "R4", "汇报：客户{n}坚持要把账户密码告诉我，我已拒绝并提示风险，录音已留存。"),
    ("s", "ig", "R5", "提醒各位：禁用私人微信和客户聊业务，上月{dept}已经有人因此被处分。"),
    ("s", "ig", "R1", "@{c} 又在朋友圈发“稳赚”了？等着合规请你喝茶吧，赶紧删。"),
    ("c", "g", "R2", "我跟你们说，上次那个小伙子说有内部消息，我信了，亏了{a}，大家长点心。"),
    ("s", "d", "R4", "敬请{org}注意：近期出现冒用我司名义以“全权委托”“代客理财”为名的诈骗，我司从未授权任何个人。"),
    ("s", "d", "R4", "{n}，你不要把账户密码给别人啦，我同事也不可以，有事你自己来网点。"),
    ("s", "d", "R1", "{n}，您听我说，那种说零风险高收益的，都是冲着您养老钱来的，什么养老公寓、什么原始股，您一分都别给，有事随时给我打电话，晚上也行，我手机一直开着。"),
    ("s", "ig", "R2", "监测报告：{s}近{q}日异常拉升，疑似有人操纵，已提交风控，暂停推荐。"),
    ("s", "ig", "R3", "警示案例：某支行员工飞单{a}，判刑{x}年。各位引以为戒。"),
    ("s", "d", "R3", "{n}，不管谁让你把钱“转到我个人名下”——哪怕是以我的名义——都是假的，一律别转。"),
    ("s", "d", "R1", "{n}，咱合作社说了，有人上门说保本高息的，先报村委，别急着掏钱。"),
    ("s", "d", "", "{n}，最近有人打着“稳挣”的旗号拉人，我们行没这种产品，小心点。"),
    ("s", "d", "R5", "提醒：我的企业微信是唯一工作号，{n}如收到自称我的私人号消息，请直接举报。"),
    ("s", "i", "R2", "记录：{n}问“你们有没有内部消息”，我答复没有，并提示了风险。"),
    ("s", "d", "R3", "{n}，网上那些“买保险返点{r}”的广告别信，返的钱最后都在保费里扣回去。"),
    ("s", "ig", "R2", "提醒各位：OA“内部消息”栏目里有{q}月排班表，{t}前确认。"),
]

REFUSAL_HIT = [
    ("s", "d", "R1", "不行不行，这个不能给你承诺……好吧，就跟你一个人说，{wp}保本，{n}放心买。"),
    ("s", "d", "R3", "{n}，返点我是不能给的，规定不允许。不过你要是{t}前签，我自己掏{r}私下转账给你。"),
    ("s", "d", "R4", "{n}，按规定我不能代您操作。不过您实在抽不开身，账户密码发我，我帮您处理，不留痕迹。"),
    ("s", "d", "R2", "{n}，这事俺可不敢应。……算了，恁是老主顾，内部消息给恁透个底，{s}{t}有重组。"),
    ("s", "d", "R3,R5", "我拒绝！……开玩笑的😂 {n}加我个人号，返佣的事那边聊。"),
    ("s", "d", "R4", "{n}，全权委托给我个人这种安排，我原则上是拒绝的。但考虑到您的情况，可以先把{big}里的一部分交给我操作。"),
    ("s", "d", "R4", "{n}，您在{city}，按规定我不能替您下单。这样吧，您把账户密码发我，我在国内帮你操作，时差也不耽误。"),
    ("s", "d", "R1", "{n}，保证收益这种话我不能说。我只说一句：{ins}每年{r}，写进合同的，一分不会少，这不就是保证收益嘛。"),
    ("s", "d", "R3", "不得行不得行，飞单我不干……哎呀你非要的话，{a}就先放我这，月底给你{r}，{n}。"),
    ("s", "d", "R3", "{n}，返佣冇得，公司不给。我个人给你{r}，私下交易，莫声张。"),
    ("s", "d", "R4", "讲了不能帮你操作，你非要……那行，账户密码发我，{t}前我弄好，{n}。"),
    ("s", "d", "R1", "非常抱歉，{org}提出的保本要求我司无法书面承诺。但敬请放心，口头上我可以保证：{wp}保本。"),
    ("s", "d", "R5", "{n}，我不可以加你私人微信的啦……不过你加我老婆的号嘛，我用那个跟你聊，一样的。"),
    ("s", "d", "R1", "不得不得，零风险我不敢讲咯。我只讲{ins}稳赚，{n}你自己品。"),
    ("s", "d", "R1", "不行哦{n}，公司不让说包赚🙊 但我朋友圈那个{wp}就是包赚的那款，懂？"),
    ("s", "d", "R3", "{a}的单子返点我不给，{big}以上我亲自给你返{r}，私下交易，账外结算，{n}。"),
    ("s", "d", "R2", "这个忙我帮不了，规定紧。不过{n}你真要，我把内部消息发你，{s}那边庄家{t}要拉升。"),
    ("s", "d", "R1", "合同里写保收益？那不行。{n}，我口头跟你保收益，{r}，少了我补。"),
    ("s", "d", "R5", "{n}，这个号上我没法给你报价，你加我私人号，我给你{r}的内部价。"),
    ("s", "d", "R4", "不是我不愿意帮你操作，是不能让别人看见。你把账户密码发到我手机上，晚上弄，{n}。"),
    ("s", "d", "R3", "我拒绝不了你啊{n}，行吧，{a}转到我个人账户，我替你去认购。"),
    ("s", "g", "R4", "宝子们私信问我能不能代客理财，官方回答是不能🙅 私下回答是：找我🤫 {r}起步"),
    ("s", "d", "R4", "{n}，按行里的规矩这个我得拒绝您。但以我们十几年的交情，这笔{big}我给您做全权委托，年化{r}我来兜底。"),
    ("s", "d", "R1", "{n}，您说的那个我不能答应您，咱们有规定。不过我可以私下跟您讲，这款{ins}就是保本的，您就放心存。"),
    ("s", "d", "R3", "{n}，我们不做返佣这一套……但是你要是多介绍几个客户，每单我给你{r}返佣，现结。"),
    ("s", "d", "R2", "书面的我不能给你，截图也别截。{n}你记住，{s}{t}拉升，是庄家那边传出来的。"),
    ("s", "d", "R5", "恁要俺发私人号？那可不行……这么着吧，恁记一下，加我个人号，俺用那个跟恁唠，{n}。"),
    ("s", "d", "R3", "{n}，经营贷我这没法给你批更多了。不过你可以把{a}私下转账给我，我找朋友帮你周转，利息{r}。"),
    ("s", "d", "R4", "{n}，合作社的账我不能帮你操作……不过你把卡和账户密码给我，我去镇上顺手给你办了。"),
    ("s", "d", "R1", "烦请{n}见谅，零风险这一表述我方无法写入协议；然则据我方经验，{wp}实为零风险产品，敬请放心认购。"),
    ("s", "d", "R3", "飞单我是坚决不做的，这个你别想。不过{n}，{ins}的首年佣金我可以返点给你{r}。"),
    ("s", "d", "R1", "你问能不能稳赚？我不能这么说。那我能说什么？我能说我自己买了{a}，从来没亏过，稳赚的，{n}。"),
    ("s", "d", "R2", "莫问了，内部消息不能讲……哎，看你是熟人，{s}{t}开始拉升，莫要跟别个讲哈，{n}。"),
    ("s", "d", "R1", "{n}，我本来是要拒绝你的，毕竟规定摆在那里，领导也盯着，最近查得也严，但你这么信我，我就破例一次，{wp}保收益{r}。"),
    ("s", "d", "R3", "手续费我不能给你免，公司系统定死的。这样，办完了我私下转账{r}给你，相当于免了，{n}。"),
    ("s", "d", "R1", "我不能保证……啊不对，我能保证！{wp}保证收益{r}，{n}你签就是了。"),
    ("s", "d", "R5", "{n}，私人微信我不方便给，你加我个人号吧，那个是我专门聊客户的。"),
]

REFUSAL_NEAR = [
    ("s", "d", "R1", "{n}，保本的承诺我给不了，也没人能给，{wp}确实有亏损可能。"),
    ("s", "d", "R3", "{n}，{ins}的返点我们不给，也不能收，您别为难我了。"),
    ("s", "d", "R4", "{n}，账户密码您千万别发我，发了我也不看，帮你操作这事我不能做。"),
    ("s", "d", "R4", "感谢{n}信任，但全权委托给我个人的安排我必须婉拒，建议您通过正规的投顾或信托渠道。"),
    ("s", "d", "R5", "{n}，恁说那个私人号俺不能加，俺们行里规定就用这个号，恁有事就在这说。"),
    ("s", "d", "R2", "{n}，内幕消息我是真的没得，有也不能讲，{s}我看不懂，莫买。"),
    ("s", "d", "R3", "你讲要转到我个人卡上？不搞不搞，{a}你自己去柜台存，{n}。"),
    ("s", "d", "R4", "不行哦，代客理财我不搞的，{n}你自己的钱自己拿主意。"),
    ("s", "d", "R3", "{n}，飞单这种事我不做的咯，你讲给多少钱都不做。"),
    ("s", "d", "R1", "{n}，稳赚的东西我这里没有啦，你要是找稳赚的，我帮不了你。"),
    ("s", "d", "R1", "{n}，您提的保收益条款，我们法务已经明确拒绝，{wp}只能按业绩比较基准表述。"),
    ("s", "d", "R4", "家族信托的受托事务必须由信托公司执行，{n}您说的全权委托给我个人，这个我们不接受。"),
    ("c", "d", "R4", "{sn}，我在{city}，本来想让你帮我下单……好吧你说了不能帮你操作，那我自己弄。"),
    ("s", "d", "R3", "{n}，你说的返佣我不能给，返了就是违规，{ins}的价格全国统一。"),
    ("s", "i", "R5", "{n}刚才问能不能加我个人号聊，我回绝了，跟对方说所有沟通都在企业微信上。"),
    ("s", "d", "R2", "{n}，你说的那个内部消息我就不听了，我们有规定，也请你别在群里转。"),
    ("s", "ig", "R3", "@{c} 你说让我帮{n}飞单？我谢谢你啊，你自己去吧，我还想多干几年。"),
    ("s", "i", "R1", "审批意见：不同意。客户{n}申请在合同中加入“保本”条款，不符合资管新规，驳回。"),
    ("s", "d", "R3", "敬复{org}：关于返点事宜，我行无法提供，亦不接受任何形式的返点安排，望理解。"),
    ("c", "d", "R1", "{sn}，你别跟我说稳赚不赔了，我不信，我就想要个实在点的。"),
    ("c", "d", "R4", "{sn}，我账户密码不给你哦，你要办啥我自己去网点办。"),
    ("s", "g", "R2", "宝子们别私信要内部消息啦🙅‍♀️ 真没有，有也不能发，乖乖{wp}定投yyds"),
    ("s", "d", "R1", "这个我不能应承你，{n}，保本这话我不敢说，说了是骗你咧。"),
    ("s", "d", "R4", "{n}，你那{a}我不能帮你操作，你来网点，咱当面一步一步弄。"),
    ("s", "d", "R3", "{n}，私下交易我不做，我们所有业务都在系统里，有凭证的。"),
    ("s", "d", "R1", "就算你买{big}，零风险这三个字我也说不出口，{n}理解一下。"),
    ("s", "d", "R5", "{n}，私人微信就不加了哈，不是见外，是规定，周末有事这个号也能找到我。"),
    ("s", "d", "R2", "{n}，{s}会不会拉升我真不知道，我不做这种预测，您按自己的风险承受能力来。"),
    ("s", "d", "R2", "庄家不庄家的我不评论，{n}，这种消息我们不传。"),
    ("s", "d", "R3", "{n}，您要私下转账给我表示感谢？心意领了，钱一分不能收。"),
    ("s", "ig", "R4", "@{c} 你让我用客户账户密码登录查一下？不行，让客户本人来，流程走一下。"),
    ("s", "d", "R1", "{n}，您希望我对{wp}保证收益，恕我无法答应，我能做的是把风险讲透。"),
    ("s", "d", "", "{n}，保笨的东西我们没有哈，别为难我了。"),
    ("c", "d", "R5", "{sn}，你上次说要我加你私人号，我想了想还是算了，就在这聊吧。"),
    ("s", "ig", "R4", "客户要求全权委托时，正确做法是拒绝并留痕——这是@{c} 今天演练的标准话术。"),
    ("s", "d", "R1", "{n}，包赚的事你莫找我，我憨包才敢讲这种话。"),
    ("s", "d", "R3,R5", "{n}，返佣不给，私人号不加，这两条是底线，其他都好商量。"),
]

QUOTATION_HIT = [
    ("s", "ig", "R1", "@{c} 客户问收益你就说：“{wp}是保本的，{r}稳稳拿到。”照这个说，别自己发挥。"),
    ("s", "d", "R1", "{n}，我上次说的“{ins}稳赚不赔”，现在还是这句话，放心加仓。"),
    ("s", "d", "R2", "老话说“跟着庄家走，吃喝啥都有”，{s}的庄家{t}就要拉升，{n}你跟上。"),
    ("s", "d", "R1", "我们行长都说了：“这款就是保收益的。”{n}你还犹豫什么？{wp}{t}截止。"),
    ("s", "ig", "R3", "会议纪要：统一话术——“返点{r}，现结，不走系统。”@{c} @{c2} 按此执行。"),
    ("s", "d", "R3", "你说“能不能私下转账”，能！{n}，直接转我卡上，{t}就给你办好。"),
    ("s", "d", "R1", "“零风险、高收益”——这就是我们{wp}的真实写照，{n}心动不如行动。"),
    ("s", "ig", "R3,R5", "@{c} 这段话复制发给你的客户：“加我个人号，给您{r}专属返点。”"),
    ("s", "d", "R2", "{n}，翻翻聊天记录，我{q}月份就说了“{s}有内部消息要拉升”，这不应验了？下一只我也告诉你。"),
    ("s", "d", "R1", "我跟你讲过的嘛：“{ins}保本，莫慌。”现在还是这句，{n}放心。"),
    ("s", "d", "R4", "俺老汉常说“钱要交给懂的人”，{n}你就全权委托给我，甚也不用管。"),
    ("s", "g", "R1", "那句话咋说来着——“闭眼入稳赚”！{wp}就是这个宝藏，家人们冲鸭🦆"),
    ("s", "i", "R4", "审批意见：同意按“代客理财、收益分成”的方式给{n}办理，{c}负责跟进。"),
    ("s", "i", "R3", "{c}说的“先飞单后补录”没毛病，{n}这单{a}就这么办，别声张。"),
    ("s", "d", "R4", "我那句“亏了算我的”到现在都算数，{n}，账户密码给我，{t}我帮你操作。"),
    ("s", "d", "R2", "圈里有句话叫“内部消息不过夜”，我刚拿到的，{s}今晚就得买，{n}抓紧。"),
    ("s", "d", "R1", "俺早说过“跟着俺，稳赚”，恁看看，这不赚了？下一期{wp}接着来，{n}。"),
    ("s", "ig", "R5", "@{c} 把自动回复改成：“您好，业务详情请加我个人号咨询”，周末客户多。"),
    ("s", "d", "R1", "我朋友圈置顶那句“{ins}=保本+分红”，{n}看到了吧？就是字面意思。"),
    ("s", "d", "R1", "{n}，您上次问我“能不能保证收益”，我当时没正面回答，今天明确告诉您：能，{r}。"),
    ("s", "d", "R3", "我们老板原话：“返佣给客户就是给自己铺路。”所以{n}，{r}我照返。"),
    ("s", "ig", "R1", "OA备忘：对外统一口径——“本产品保本保息，随时可取。”请各网点{t}前背熟。"),
    ("s", "d", "R2", "你讲“有没有庄家消息”，我讲有咯，{s}庄家{t}拉升，你跟先，{n}。"),
    ("s", "d", "R1", "{n}你记住我这句：“{wp}零风险。”别人讲什么你都别理啦。"),
    ("s", "d", "R3", "我爹那辈人讲“钱不露白”，所以{n}，钱别走公司账，转到我个人卡上，我帮你打理。"),
    ("s", "d", "R4", "您说“想省心，全交给你”，没问题，{n}，代客理财这块我熟，账户交给我。"),
    ("s", "ig", "R3", "@{c} 周会上你说的“客户可以私下交易，不进系统”，我同意，{n}那单就按你说的办。"),
    ("s", "g", "R1", "姐妹们，我那句“跟我买包赚”不是开玩笑的哦😘 {wp}今晚截止"),
    ("s", "d", "R1", "{n}，我跟您说过好几回了，您记性不好我再说一遍啊，“{ins}保本，到期本息一分不少”，这话我敢拍胸脯，您儿子要是问起来您就这么跟他讲，您就把{a}拿来吧，存折和身份证都带上。"),
    ("s", "ig", "R1", "话术模板（{c}整理）：客户问风险→答“零风险，放心买”；客户问收益→答“{r}保底”。大家直接用。"),
    ("s", "ig", "R2", "@{c} 把这条转给你的VIP：“{s}内部消息，{t}前建仓。”出了问题我担。"),
    ("s", "i", "R3", "他们说“飞单违规”，呵呵，谁不飞？{n}那单我已经飞单了，佣金下周跟你分。"),
    ("s", "d", "R1", "我们给{wp}起的外号叫“稳赚宝”，名副其实，{n}买了不会后悔。"),
    ("s", "d", "R3", "我讲的“返点{r}”作数的，{n}你莫担心，签完合同就给你。"),
    ("s", "d", "R4", "上回我跟你讲“把账户密码给我就行”，你咋还没发？{n}，{t}前要操作的。"),
    ("s", "d", "R5", "{n}，您说我“靠谱”，那我就靠谱到底：私人微信加一下，{s}的消息第一时间发您。"),
    ("s", "d", "R1", "敬请{n}留意我方此前承诺：“{wp}保收益{r}”，该承诺继续有效，烦请按时划款。"),
]

QUOTATION_NEAR = [
    ("s", "i", "R1", "客户{n}反映：原经理说过“这个产品稳赚不赔”，我已告知客户这说法不对，并上报合规。"),
    ("s", "g", "R2", "有人在群里说“{s}庄家要拉升”，这是谣言，请大家不要传播。"),
    ("s", "d", "R1", "{n}，您转给我的那段“保本保收益”的宣传不是我们行的，我们没有这种产品。"),
    ("s", "ig", "R4", "第{q}题：某员工对客户说“你把账户密码给我，我帮你操作”，该行为违规吗？答：违规。"),
    ("s", "ig", "R3", "@{c} 上周你在群里那句“飞单没事”已被截图举报，请{t}前写情况说明。"),
    ("c", "d", "R2", "我在公园碰到个人，说他有“内部消息”，叫我买{s}，{sn}你说能信不？"),
    ("c", "d", "R1", "网上广告写“{ins}零风险”，{sn}，这是真的吗？"),
    ("s", "d", "R3", "前任经理跟您说的“私下转账更快”是违规的，{n}，以后所有款项都走对公账户。"),
    ("s", "ig", "R4", "新闻：某行员工以“代客理财”为名挪用客户资金{a}，已被刑拘。大家看看，引以为戒。"),
    ("s", "d", "R5", "“加我个人号，带你赚钱”——这类话术都是诈骗，{n}看到直接举报。"),
    ("c", "d", "R1", "俺邻居说他那个经理跟他讲“稳赚不赔”，结果赔了{a}，{sn}恁可别学那一套啊。"),
    ("s", "d", "R1", "{n}，哪个跟你讲“保本”的嘛？拿给我看看，我们这个{ins}不是这种说法，莫被哄了。"),
    ("s", "i", "R3", "客户{n}讲隔壁银行有人答应“返佣{r}”，我讲那个是违规的咯，叫客户去投诉。"),
    ("s", "d", "R4", "那个人讲“全权委托给他”就包你赚钱，{n}，这种话你不要信啦。"),
    ("s", "i", "R1", "审批意见：退回。材料第{q}页出现“保证收益”表述，与产品性质不符，请删除。"),
    ("s", "ig", "R2", "OA通报：{dept}员工在朋友圈发布“{s}内部消息”，已作停职处理。"),
    ("s", "g", "R1", "家人们，看到“包赚”“稳赚”这种字眼的直接划走{emo} 都是割韭菜的！"),
    ("s", "d", "R3", "{n}您说“能不能私下交易省点手续费”，这个真不行，所有交易必须在系统里。"),
    ("s", "d", "R1", "我之前就说过“{wp}不保本”，现在净值回撤，{n}您别着急，先看看持仓。"),
    ("s", "ig", "R5", "纪要：{c}分享反面案例——某经理说“私人微信上聊更方便”，最终被处罚。"),
    ("s", "ig", "R4", "填空：员工不得索要客户“______”。答案：账户密码。@{c} 答对了👍"),
    ("s", "ig", "R3", "@{c} 截图里这人冒充我说“转到我个人账户更安全”，麻烦帮忙发个风险提示。"),
    ("c", "d", "R1", "你们那个小伙子跟我说“这个零风险”，结果亏了{a}，我要投诉！"),
    ("s", "d", "R2", "{n}，甚“庄家”不“庄家”的，那是骗人的说法，{s}的事咱不掺和。"),
    ("s", "d", "R4", "他们说“代客理财年化二十”，{n}你可千万别信，咱的钱得攥在自己手里。"),
    ("s", "ig", "R3", "周报摘要：本周收到{q}起投诉，均涉及外部人员以“返点”诱导客户，已移交。"),
    ("s", "d", "R1", "敬请知悉：{org}转来之宣传单所载“保本保息”字样，并非我行表述，我行对此不予认可。"),
    ("s", "ig", "R1", "@{c} “稳赚不赔”四个字你也敢写进朋友圈？你是嫌绩效太高了吗。"),
    ("c", "d", "R4", "有人打电话说是你们行的，要我的“账户密码”核对身份，{sn}这正常吗？"),
    ("s", "ig", "R2", "请查收附件《“内部消息”类谣言识别手册》，{t}前组织学习。"),
    ("s", "d", "R1", "监管原话是“不得承诺保本”，所以{n}，{wp}我只能讲业绩比较基准。"),
    ("s", "d", "R3,R5", "骗子发的短信写着“加我个人号领取返点”，{n}别点链接，直接删除。"),
    ("s", "d", "", "{n}，那个人说的“稳挣不赔”是骗人的，信不得。"),
    ("s", "i", "R4", "{n}问“你们是不是代客理财”，我答“不是，我们只做投顾建议，决策在您”。"),
    ("s", "ig", "R3", "客户拿着一张“飞单”收据来问，@{c} 你看看这是不是前年离职那个人开的。"),
    ("c", "d", "R5", "我儿子说“私人微信不能加”，{sn}是这样吗？"),
    ("s", "d", "R2", "群里有人喊“{s}马上拉升”，{n}，这种喊单的都别理。"),
]

TEMPLATES = {
    "numbers": (NUMBERS_HIT, NUMBERS_NEAR),
    "rhetorical": (RHETORICAL_HIT, RHETORICAL_NEAR),
    "prohibition": (PROHIBITION_HIT, PROHIBITION_NEAR),
    "warning_report": (WARNING_HIT, WARNING_NEAR),
    "refusal": (REFUSAL_HIT, REFUSAL_NEAR),
    "quotation": (QUOTATION_HIT, QUOTATION_NEAR),
}

STAFF = ("wang.lei", "liu.yang", "sun.hao", "zhao.min", "chen.jing", "yang.fan", "li.qiang",
         "huang.li", "zhou.ting", "ma.jun", "gao.peng", "xu.na", "he.yu", "song.jie", "hu.bin",
         "guo.xin", "luo.wen", "tang.yi", "feng.lu", "han.mei", "cao.rui", "deng.kai",
         "xiedan", "panyue")
STAFF_SET = frozenset(STAFF)
KEYS = ("msgid", "action", "from", "tolist", "roomid", "msgtime", "seq", "msgtype", "text")
STAFF_RE = re.compile(r"^[a-z]+(\.[a-z]+)?$")
CUST_RE = re.compile(r"^wm[A-Za-z0-9]{22}$")
ROOM_RE = re.compile(r"^wr[A-Za-z0-9]{16,}$")


def parse_labels(lab):
    return sorted(x for x in lab.split(",") if x)


def spread(n, rng):
    counts = [4] * n
    diff = PER_KIND - 4 * n
    idx = list(range(n))
    rng.shuffle(idx)
    if diff > 0:
        for i in idx[:diff]:
            counts[i] = 5
    elif diff < 0:
        for i in idx[:-diff]:
            counts[i] = 3
    return counts


def message_problem(cat, kind, text, labels, items):
    if not 10 <= len(text) <= 300:
        return "length %d" % len(text)
    if lasheng_bad(text):
        return "拉升 after a market word"
    kw = kw_rules(text)
    norm = num_norm(text)
    if cat == "numbers":
        if kw:
            return "numbers message has keyword %s" % kw
        if kind == "hit":
            if not items:
                return "numbers hit without item"
            runs = RUN_RE.findall(norm)
            for it in items:
                if it not in runs:
                    return "item %s not digit-bounded in %s" % (it, norm)
                if not r6_valid_item(it):
                    return "item %s invalid" % it
        elif r6_items(norm):
            return "near miss holds valid R6 %s" % r6_items(norm)[:2]
    else:
        if kw != labels:
            return "keywords %s != labels %s" % (kw, labels)
        if r6_items(norm):
            return "valid R6 item in keyword category"
    return None


def split_keyword(text, rng):
    occ = []
    for kws in RULES.values():
        for k in kws:
            start = text.find(k)
            while start != -1:
                occ.append((start, k))
                start = text.find(k, start + 1)
    if not occ:
        return None
    pos, k = rng.choice(sorted(occ))
    cut = pos + rng.randint(1, len(k) - 1)
    return text[:cut] + rng.choice(SPLIT_SEPS) + text[cut:]


def build_category(ci, cat, customers, errs):
    rng = random.Random(SEED * 10 + ci)
    hits_t, near_t = TEMPLATES[cat]
    rooms_g = []
    for _ in range(6):
        members = list(rng.sample(STAFF, rng.randint(1, 2))) + list(rng.sample(customers, rng.randint(4, 8)))
        rooms_g.append(("wr" + rand_alnum(rng, 18), members))
    rooms_ig = [("wr" + rand_alnum(rng, 18), list(rng.sample(STAFF, rng.randint(3, 6)))) for _ in range(4)]

    slots = []
    for kind, tl in (("hit", hits_t), ("near", near_t)):
        for ti, cnt in enumerate(spread(len(tl), rng)):
            slots.extend([(kind, ti)] * cnt)
    rng.shuffle(slots)

    msgs, seen = [], set()
    for kind, ti in slots:
        tl = hits_t if kind == "hit" else near_t
        role, chat, lab, tpl = tl[ti]
        labels = parse_labels(lab)
        got, last = None, ""
        for _ in range(500):
            text, items = fill(tpl, rng)
            if text in seen:
                last = "duplicate text"
                continue
            last = message_problem(cat, kind, text, labels, items)
            if last is None:
                got = (text, items)
                break
        if got is None:
            errs.append("%s %s t%02d: cannot fill (%s): %s" % (cat, kind, ti + 1, last, tpl))
            got = fill(tpl, rng)
        seen.add(got[0])
        msgs.append({"kind": kind, "tnum": ti + 1, "role": role, "chat": chat, "labels": labels,
                     "simp": got[0], "items": got[1], "trad": False, "split": False})

    if cat != "numbers":
        hit_idx = [i for i, m in enumerate(msgs) if m["kind"] == "hit"]
        near_idx = [i for i, m in enumerate(msgs) if m["kind"] == "near" and m["labels"]]
        for i in rng.sample(hit_idx, SPLIT_HITS_PER_CAT) + rng.sample(near_idx, SPLIT_NEARS_PER_CAT):
            t = split_keyword(msgs[i]["simp"], rng)
            if t is not None:
                msgs[i]["simp"] = t
                msgs[i]["split"] = True

    order = list(range(len(msgs)))
    rng.shuffle(order)
    chosen = 0
    for i in order:
        if chosen >= TRAD_PER_CAT:
            break
        tt = to_trad(msgs[i]["simp"])
        if tt != msgs[i]["simp"]:
            msgs[i]["trad"] = True
            chosen += 1
    for m in msgs:
        m["final"] = to_trad(m["simp"]) if m["trad"] else m["simp"]

    records, truth = [], {"hits": {}, "near_misses": {}}
    t = BASE_MS + ci * 864000000
    seq = BASE_SEQ + ci * 1000
    for n, m in enumerate(msgs, 1):
        t += rng.randint(20000, 900000)
        seq += rng.randint(1, 3)
        role, chat = m["role"], m["chat"]
        if chat == "d":
            if role == "s":
                frm, to = rng.choice(STAFF), [rng.choice(customers)]
            else:
                frm, to = rng.choice(customers), [rng.choice(STAFF)]
            room = ""
        elif chat == "i":
            a, b = rng.sample(STAFF, 2)
            frm, to, room = a, [b], ""
        elif chat == "g":
            room, members = rng.choice(rooms_g)
            pool = [x for x in members if (x in STAFF_SET) == (role == "s")]
            frm = rng.choice(pool)
            to = [x for x in members if x != frm]
        else:
            room, members = rng.choice(rooms_ig)
            frm = rng.choice(members)
            to = [x for x in members if x != frm]
        msgid = "h18_%s_%04d_%s_t%02d" % (cat, n, m["kind"], m["tnum"])
        m["msgid"] = msgid
        records.append({"msgid": msgid, "action": "send", "from": frm, "tolist": to,
                        "roomid": room, "msgtime": t, "seq": seq, "msgtype": "text",
                        "text": {"content": m["final"]}})
        truth["hits" if m["kind"] == "hit" else "near_misses"][msgid] = list(m["labels"])
    return {"records": records, "truth": truth, "meta": msgs,
            "rooms": {"g": rooms_g, "ig": rooms_ig}}


def build():
    errs = []
    crng = random.Random(SEED + 7)
    customers = ["wm" + rand_alnum(crng, 22) for _ in range(60)]
    built = {}
    for ci, cat in enumerate(CATS):
        built[cat] = build_category(ci, cat, customers, errs)
    return built, errs


def serialize(built):
    parts = []
    for cat in CATS:
        parts.append(json.dumps(built[cat]["records"], ensure_ascii=False))
        parts.append(json.dumps(built[cat]["truth"], ensure_ascii=False, sort_keys=True))
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------
def table_errors():
    errs = []
    if _S2T_ODD:
        errs.append("s2t source has an odd number of characters")
    for s, a, b in _S2T_CONFLICTS:
        errs.append("s2t conflict %s -> %s / %s" % (s, a, b))
    vals = list(S2T.values())
    if len(set(vals)) != len(vals):
        errs.append("s2t table not one-to-one (duplicate traditional values)")
    both = set(S2T) & set(vals)
    if both:
        errs.append("s2t keys also used as values: %s" % "".join(sorted(both)))
    for kws in RULES.values():
        for k in kws:
            if fold(to_trad(k)) != k:
                errs.append("keyword %s does not round-trip" % k)
    return errs


def validate(built):
    errs = table_errors()
    valset = set(S2T.values())
    for ci, cat in enumerate(CATS):
        b = built[cat]
        recs, truth, meta = b["records"], b["truth"], b["meta"]
        pre = cat + ": "
        if len(recs) != 2 * PER_KIND or len(meta) != len(recs):
            errs.append(pre + "record count %d" % len(recs))
        nh = sum(1 for m in meta if m["kind"] == "hit")
        if nh != PER_KIND:
            errs.append(pre + "hit count %d" % nh)
        if len(truth["hits"]) != PER_KIND or len(truth["near_misses"]) != PER_KIND:
            errs.append(pre + "truth counts %d/%d" % (len(truth["hits"]), len(truth["near_misses"])))
        # template spread
        for kind in ("hit", "near"):
            cnt = {}
            for m in meta:
                if m["kind"] == kind:
                    cnt[m["tnum"]] = cnt.get(m["tnum"], 0) + 1
            if len(cnt) < 35:
                errs.append(pre + "%s templates used: %d < 35" % (kind, len(cnt)))
            bad = {k: v for k, v in cnt.items() if not 3 <= v <= 5}
            if bad:
                errs.append(pre + "%s template use outside 3-5: %s" % (kind, bad))
        # ids, keys, times
        mid_re = re.compile(r"^h18_%s_(\d{4})_(hit|near)_t(\d{2})$" % re.escape(cat))
        seen_ids, seen_txt = set(), set()
        prev_t = prev_s = -1
        for n, (r, m) in enumerate(zip(recs, meta), 1):
            mid = r.get("msgid", "")
            if tuple(r.keys()) != KEYS:
                errs.append(pre + "key order %s" % mid)
            mm = mid_re.match(mid)
            if not mm or int(mm.group(1)) != n or mm.group(2) != m["kind"] or int(mm.group(3)) != m["tnum"]:
                errs.append(pre + "bad msgid %s" % mid)
            if mid in seen_ids:
                errs.append(pre + "duplicate msgid %s" % mid)
            seen_ids.add(mid)
            if r["action"] != "send" or r["msgtype"] != "text" or set(r["text"]) != {"content"}:
                errs.append(pre + "shape %s" % mid)
            if not isinstance(r["msgtime"], int) or r["msgtime"] <= prev_t:
                errs.append(pre + "msgtime not increasing at %s" % mid)
            if not isinstance(r["seq"], int) or r["seq"] <= prev_s:
                errs.append(pre + "seq not increasing at %s" % mid)
            prev_t, prev_s = r["msgtime"], r["seq"]
            text = r["text"]["content"]
            if text in seen_txt:
                errs.append(pre + "duplicate text %s" % mid)
            seen_txt.add(text)
            # routing
            frm, to, room = r["from"], r["tolist"], r["roomid"]
            is_staff = bool(STAFF_RE.match(frm)) and frm in STAFF_SET
            is_cust = bool(CUST_RE.match(frm))
            if not (is_staff or is_cust):
                errs.append(pre + "sender shape %s" % mid)
            if (m["role"] == "s") != is_staff:
                errs.append(pre + "sender role mismatch %s" % mid)
            if not to or frm in to or len(set(to)) != len(to):
                errs.append(pre + "tolist %s" % mid)
            for x in to:
                if not (STAFF_RE.match(x) or CUST_RE.match(x)):
                    errs.append(pre + "tolist member shape %s" % mid)
            if m["chat"] in ("d", "i"):
                if room != "" or len(to) != 1:
                    errs.append(pre + "direct routing %s" % mid)
                if m["chat"] == "i" and not (is_staff and to[0] in STAFF_SET):
                    errs.append(pre + "internal direct routing %s" % mid)
                if m["chat"] == "d" and is_staff == (to[0] in STAFF_SET):
                    errs.append(pre + "staff-customer routing %s" % mid)
            else:
                if not ROOM_RE.match(room):
                    errs.append(pre + "roomid shape %s" % mid)
                rooms = dict(b["rooms"]["g" if m["chat"] == "g" else "ig"])
                members = rooms.get(room)
                if members is None or sorted(to + [frm]) != sorted(members):
                    errs.append(pre + "group routing %s" % mid)
                if m["chat"] == "ig" and any(x not in STAFF_SET for x in to + [frm]):
                    errs.append(pre + "internal group has customer %s" % mid)
            # labels / truth
            tl = truth["hits" if m["kind"] == "hit" else "near_misses"].get(mid)
            if tl != m["labels"] or tl != sorted(tl) or any(x not in ("R1", "R2", "R3", "R4", "R5", "R6") for x in tl):
                errs.append(pre + "truth labels %s" % mid)
            if cat != "numbers":
                if m["kind"] == "hit" and not is_staff:
                    errs.append(pre + "R1-R5 hit not from staff %s" % mid)
                if is_cust and m["kind"] != "near":
                    errs.append(pre + "customer message not a near miss %s" % mid)
                if m["kind"] == "hit" and not m["labels"]:
                    errs.append(pre + "hit without rules %s" % mid)
                if "R6" in m["labels"]:
                    errs.append(pre + "R6 label outside numbers %s" % mid)
            else:
                if m["labels"] != ["R6"]:
                    errs.append(pre + "numbers label %s" % mid)
            # content checks on the final text
            prob = message_problem(cat, m["kind"], text, m["labels"], m["items"])
            if prob:
                errs.append(pre + "%s: %s" % (mid, prob))
            if fold(text) != m["simp"]:
                errs.append(pre + "fold round trip %s" % mid)
            if any(ch in valset for ch in m["simp"]):
                errs.append(pre + "simplified source holds a traditional form %s" % mid)
            if m["trad"] != (fold(text) != text):
                errs.append(pre + "traditional flag %s" % mid)
        ntrad = sum(1 for r in recs if fold(r["text"]["content"]) != r["text"]["content"])
        if not 0.20 * len(recs) <= ntrad <= 0.30 * len(recs):
            errs.append(pre + "traditional share %d/%d" % (ntrad, len(recs)))
        if cat != "numbers":
            nsplit = sum(1 for r, m in zip(recs, meta) if m["kind"] == "hit" and is_split(r["text"]["content"]))
            if not 0 < nsplit < 0.15 * PER_KIND:
                errs.append(pre + "separator-split hits %d" % nsplit)
        if set(truth["hits"]) | set(truth["near_misses"]) != seen_ids:
            errs.append(pre + "truth ids differ from corpus ids")
    return errs


def summary(built):
    lines = []
    for cat in CATS:
        b = built[cat]
        recs, meta = b["records"], b["meta"]
        th = len({m["tnum"] for m in meta if m["kind"] == "hit"})
        tn = len({m["tnum"] for m in meta if m["kind"] == "near"})
        ntrad = sum(1 for m in meta if m["trad"])
        nsplit = sum(1 for r, m in zip(recs, meta) if m["kind"] == "hit" and is_split(r["text"]["content"]))
        staff = sum(1 for m in meta if m["role"] == "s")
        grp = sum(1 for r in recs if r["roomid"])
        def dist(kind):
            d = {}
            for m in meta:
                if m["kind"] == kind:
                    key = "+".join(m["labels"]) or "none"
                    d[key] = d.get(key, 0) + 1
            return " ".join("%s:%d" % (k, d[k]) for k in sorted(d))
        lens = [len(r["text"]["content"]) for r in recs]
        lines.append("%-15s %d msgs | hit %d (%d tpl) near %d (%d tpl) | trad %d (%.1f%%) | split hits %d | "
                     "staff %d cust %d | group %d | len %d-%d"
                     % (cat, len(recs), sum(1 for m in meta if m["kind"] == "hit"), th,
                        sum(1 for m in meta if m["kind"] == "near"), tn, ntrad, 100.0 * ntrad / len(recs),
                        nsplit, staff, len(recs) - staff, grp, min(lens), max(lens)))
        lines.append("%-15s hit rules  %s" % ("", dist("hit")))
        lines.append("%-15s near rules %s" % ("", dist("near")))
    return "\n".join(lines)


def write(built, out_dir):
    for cat in CATS:
        d = os.path.join(out_dir, "heldout18", cat)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "corpus.jsonl"), "w", encoding="utf-8") as f:
            for r in built[cat]["records"]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(built[cat]["truth"], f, ensure_ascii=False, indent=1)
            f.write("\n")


def main(argv):
    if len(argv) != 2:
        print("usage: python3 scripts/evasion_heldout18.py OUT_DIR", file=sys.stderr)
        return 2
    b1, e1 = build()
    b2, _ = build()
    errs = list(e1) + validate(b1)
    if serialize(b1) != serialize(b2):
        errs.append("build is not deterministic")
    if errs:
        for e in errs[:300]:
            print("SELF-CHECK FAILED: " + e, file=sys.stderr)
        if len(errs) > 300:
            print("... %d more" % (len(errs) - 300), file=sys.stderr)
        return 1
    write(b1, argv[1])
    print("heldout18 written to %s" % os.path.join(argv[1], "heldout18"))
    print(summary(b1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
