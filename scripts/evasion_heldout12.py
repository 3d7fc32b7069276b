#!/usr/bin/env python3
"""Held-out evasion evaluation set #12 for the Chinese chat compliance scanner.

Provenance
----------
Written for this set only.  Every template below was written by hand from
general knowledge of how Chinese-speaking people chat on WeCom (企业微信) in
financial sales: insurance agents (增额终身寿 / 年金险 / 分红险), private-bank
relationship managers, futures and forex brokers, elderly customers typing by
voice input, team leaders posting 晨会 / 早报 / 通知 in staff groups,
compliance trainers quizzing staff, customers forwarding screenshot text,
Taiwanese and Hong Kong phrasing, English/Chinese code-switching and WeChat
emoticons.  The scanner's source, its tests and fixtures, its documentation
and all earlier evaluation sets and corpus generators were NOT read while
writing it.

Usage
-----
    python3 scripts/evasion_heldout12.py OUT_DIR

writes, for each category C in numbers, rhetorical, prohibition,
warning_report, refusal, quotation:

    OUT_DIR/heldout12/C/corpus.jsonl   150 hits + 150 near misses, shuffled
    OUT_DIR/heldout12/C/truth.json     {"hits": {...}, "near_misses": {...}}

Standard library only and fully deterministic (fixed SEED, one
random.Random).  All self-checks run before anything is written; on any
failure the errors go to stderr, nothing is written and the exit status is 1.

Rule pack assumed (the tenant's default)
-----------------------------------------
R1 guaranteed return   保本 保收益 稳赚不赔 保证收益 零风险 包赚 稳赚
R2 insider info        内幕消息 内部消息 庄家 拉升 (拉升 right after
                       大盘/指数/板块/尾盘/早盘 is market talk, not R2)
R3 private dealing     私下转账 转到我个人 私下交易 飞单 返佣 返点
R4 discretionary       账户密码 帮你操作 代客理财 全权委托
R5 off-channel         私人微信 加我个人号 私人号
R1-R5 apply to staff messages only; a customer's message never fires them.
R6 personal data (staff and customers): a valid mainland mobile number
   (1[3-9] + 9 digits), an 18-character resident ID with a valid ISO 7064
   MOD 11-2 check character and plausible region / birth date, or a 16-19
   digit bank card number passing the Luhn check.

Labels: a hit lists exactly the rules that must fire; a near miss lists the
rules it nearly trips.  In categories 2-6 every hit is sent by staff.
"""

import datetime
import json
import os
import random
import re
import sys

SEED = 20250917
SET_NAME = "heldout12"
N_PER_KIND = 150
MIN_TEMPLATES = 35
P_TRAD = 0.20          # chance of traditional script for a non-forced template
P_SEP = 0.125          # chance of a separator inside a keyword (categories 2-6)
MAX_TRIES = 400
CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report",
              "refusal", "quotation"]

KEYWORDS = {
    "R1": ["保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"],
    "R2": ["内幕消息", "内部消息", "庄家", "拉升"],
    "R3": ["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    "R4": ["账户密码", "帮你操作", "代客理财", "全权委托"],
    "R5": ["私人微信", "加我个人号", "私人号"],
}
KW_RULES = ["R1", "R2", "R3", "R4", "R5"]
MARKET_PREFIX = ["大盘", "指数", "板块", "尾盘", "早盘"]

# ---------------------------------------------------------------------------
# simplified -> traditional table (own, one-to-one).  Characters whose form
# depends on the word (系/只/台/周/准/板/划/制 ...) are left out; 发/干/后/复/着
# are mapped to the form they take in the texts of this set.
# ---------------------------------------------------------------------------
S2T_PAIRS = """
爱愛 碍礙 罢罷 摆擺 败敗 办辦 帮幫 绑綁 宝寶 饱飽 报報 贝貝 备備 辈輩 笔筆
币幣 闭閉 边邊 编編 变變 标標 别別 宾賓 补補 财財 参參 惨慘 仓倉 层層 产產
尝嘗 长長 偿償 厂廠 场場 车車 彻徹 陈陳 称稱 诚誠 迟遲 齿齒 虫蟲 筹籌 础礎
处處 触觸 传傳 闯闖 创創 词詞 辞辭 聪聰 从從 错錯 达達 带帶 贷貸 单單 担擔
胆膽 当當 挡擋 党黨 档檔 导導 岛島 灯燈 邓鄧 敌敵 递遞 点點 电電 垫墊 调調
顶頂 订訂 东東 动動 冻凍 读讀 独獨 赌賭 断斷 队隊 对對 兑兌 吨噸 夺奪 额額
恶惡 儿兒 尔爾 发發 罚罰 烦煩 饭飯 访訪 飞飛 费費 纷紛 奋奮 丰豐 风風 疯瘋
冯馮 凤鳳 肤膚 妇婦 负負 该該 盖蓋 赶趕 刚剛 钢鋼 岗崗 个個 给給 宫宮 贡貢
沟溝 构構 购購 够夠 顾顧 关關 观觀 馆館 惯慣 贯貫 广廣 归歸 规規 轨軌 柜櫃
贵貴 滚滾 锅鍋 国國 过過 韩韓 汉漢 号號 贺賀 红紅 后後 护護 沪滬 华華 话話
怀懷 坏壞 欢歡 还還 环環 换換 缓緩 黄黃 挥揮 辉輝 汇匯 会會 绘繪 获獲 货貨
祸禍 击擊 鸡雞 积積 极極 际際 济濟 级級 挤擠 几幾 计計 记記 纪紀 继繼 绩績
价價 驾駕 坚堅 监監 减減 检檢 简簡 见見 荐薦 键鍵 渐漸 践踐 将將 奖獎 讲講
胶膠 脚腳 较較 阶階 节節 杰傑 洁潔 结結 届屆 紧緊 仅僅 进進 尽盡 劲勁 经經
惊驚 竞競 镜鏡 静靜 纠糾 旧舊 举舉 剧劇 据據 惧懼 觉覺 决決 绝絕 军軍 开開
凯凱 颗顆 壳殼 课課 恳懇 库庫 块塊 宽寬 矿礦 亏虧 扩擴 阔闊 来來 赖賴 兰蘭
拦攔 栏欄 烂爛 览覽 劳勞 乐樂 类類 泪淚 离離 礼禮 里裡 历歷 丽麗 厉厲 励勵
连連 联聯 脸臉 练練 恋戀 凉涼 粮糧 两兩 辆輛 谅諒 疗療 猎獵 临臨 邻鄰 灵靈
岭嶺 领領 刘劉 龙龍 楼樓 卢盧 鲁魯 录錄 陆陸 驴驢 吕呂 虑慮 绿綠 乱亂 轮輪
论論 罗羅 逻邏 妈媽 马馬 骂罵 吗嗎 买買 卖賣 迈邁 麦麥 满滿 蛮蠻 猫貓 贸貿
么麼 没沒 门門 们們 梦夢 弥彌 绵綿 庙廟 灭滅 鸣鳴 铭銘 亩畝 纳納 难難 脑腦
恼惱 闹鬧 内內 腻膩 拟擬 鸟鳥 宁寧 农農 浓濃 诺諾 欧歐 盘盤 赔賠 喷噴 鹏鵬
骗騙 飘飄 贫貧 频頻 苹蘋 凭憑 评評 泼潑 颇頗 扑撲 铺鋪 谱譜 齐齊 骑騎 岂豈
启啟 气氣 弃棄 迁遷 签簽 谦謙 钱錢 浅淺 枪槍 墙牆 强強 抢搶 桥橋 乔喬 侨僑
亲親 轻輕 倾傾 请請 庆慶 穷窮 区區 驱驅 趋趨 权權 劝勸 确確 让讓 扰擾 热熱
认認 荣榮 软軟 锐銳 润潤 洒灑 伞傘 丧喪 扫掃 杀殺 晒曬 闪閃 伤傷 赏賞 烧燒
绍紹 设設 摄攝 审審 肾腎 声聲 绳繩 胜勝 圣聖 师師 湿濕 诗詩 时時 识識 实實
势勢 试試 视視 适適 饰飾 释釋 寿壽 兽獸 书書 输輸 属屬 术術 树樹 帅帥 双雙
谁誰 税稅 顺順 说說 硕碩 丝絲 讼訟 诉訴 肃肅 虽雖 随隨 岁歲 孙孫 损損 缩縮
锁鎖 态態 坛壇 谈談 叹嘆 汤湯 烫燙 涛濤 讨討 腾騰 题題 体體 条條 贴貼 铁鐵
厅廳 听聽 头頭 图圖 团團 托託 驼駝 弯彎 湾灣 顽頑 万萬 网網 违違 围圍 为為
维維 伟偉 伪偽 卫衛 谓謂 纹紋 闻聞 稳穩 问問 卧臥 无無 吴吳 务務 误誤 雾霧
袭襲 习習 戏戲 细細 吓嚇 虾蝦 峡峽 狭狹 鲜鮮 闲閒 贤賢 显顯 险險 县縣 宪憲
现現 线線 献獻 乡鄉 详詳 响響 项項 销銷 晓曉 协協 胁脅 写寫 谢謝 兴興 选選
悬懸 学學 寻尋 询詢 训訓 讯訊 逊遜 压壓 鸭鴨 亚亞 严嚴 盐鹽 颜顏 验驗 扬揚
阳陽 杨楊 养養 样樣 钥鑰 药藥 爷爺 页頁 业業 医醫 仪儀 遗遺 亿億 忆憶 艺藝
议議 义義 异異 译譯 阴陰 银銀 饮飲 隐隱 应應 营營 赢贏 颖穎 拥擁 优優 忧憂
邮郵 犹猶 鱼魚 渔漁 娱娛 与與 语語 预預 狱獄 誉譽 员員 园園 圆圓 缘緣 远遠
愿願 约約 跃躍 阅閱 悦悅 运運 韵韻 杂雜 灾災 载載 暂暫 赞贊 责責 择擇 则則
泽澤 贼賊 赠贈 闸閘 诈詐 债債 盏盞 战戰 张張 涨漲 帐帳 账賬 胀脹 赵趙 这這
侦偵 针針 诊診 镇鎮 阵陣 争爭 睁睜 挣掙 郑鄭 证證 织織 职職 执執 纸紙 挚摯
质質 滞滯 终終 种種 肿腫 众眾 轴軸 皱皺 昼晝 猪豬 诸諸 烛燭 嘱囑 驻駐 专專
砖磚 转轉 赚賺 装裝 庄莊 壮壯 状狀 资資 总總 纵縱 组組 钻鑽 于於 须須 挂掛
络絡 谣謠 诱誘 龄齡 续續 缴繳 温溫 呗唄 哟喲 杠槓 杆桿 铜銅 绪緒 锋鋒 颁頒
馈饋 宠寵 懒懶 搂摟 哗嘩 啰囉 惩懲 贿賄 赂賂 骤驟 丢丟 摊攤 荡蕩 蓝藍 肠腸
颈頸 盗盜 窃竊 骚騷 搅攪 绕繞 赎贖 赁賃 锦錦 钞鈔 谊誼 谨謹 谐諧 诞誕 谋謀
谎謊 谜謎 谭譚 谴譴 户戶 码碼 机機 数數 删刪 储儲 测測 脱脫 间間 谂諗 诶誒
镑鎊 鉴鑒 锻鍛 辅輔 综綜 筛篩 刹剎 弹彈 链鏈 滨濱 顿頓 妆妝 并並 册冊 复複
干幹 废廢 贬貶 范範 着著 舆輿 虚虛 许許 纯純 统統 俩倆 况況 拨撥 咨諮
"""


def _parse_s2t(text):
    table = {}
    for tok in text.split():
        if len(tok) != 2 or tok[0] == tok[1]:
            continue
        s, t = tok[0], tok[1]
        if s in table and table[s] != t:
            raise ValueError("conflicting s2t entry for " + s)
        table[s] = t
    return table


S2T = _parse_s2t(S2T_PAIRS)
T2S = {}
for _s, _t in sorted(S2T.items()):
    T2S[_t] = _s


def to_trad(text):
    return "".join(S2T.get(c, c) for c in text)


def fold(text):
    return "".join(T2S.get(c, c) for c in text)


# separators inserted inside keywords, and what the checker strips again
SEPS = [" ", "-", "/", "\u200b", "·", "*", "_", "  ", "💰", "🔥", "✨", "👉",
        "\u200b", " "]
SEP_STRIP = set(" \u3000\u200b-/·*_") | {"💰", "🔥", "✨", "👉"}


def normalize(text):
    return "".join(c for c in fold(text) if c not in SEP_STRIP)


# ---------------------------------------------------------------------------
# numbers: reading and validating
# ---------------------------------------------------------------------------
DIGVAL = {}
for _i, _c in enumerate("0123456789"):
    DIGVAL[_c] = _c
    DIGVAL[chr(0xFF10 + _i)] = _c
for _c, _v in (("零", "0"), ("〇", "0"), ("一", "1"), ("幺", "1"), ("二", "2"),
               ("两", "2"), ("兩", "2"), ("三", "3"), ("四", "4"), ("五", "5"),
               ("六", "6"), ("七", "7"), ("八", "8"), ("九", "9")):
    DIGVAL[_c] = _v
XCHARS = set("XxＸｘ")
JOIN = set(" \t\u3000\u200b-–—_.,，、·•/\\|:：;；()（）*~+#'\"“”‘’。！？!?[]【】")
MAXGAP = 3

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
MOBILE_RE = re.compile(r"1[3-9]\d{9}")
REGIONS = ["110101", "110105", "110108", "120101", "130102", "140105",
           "210102", "220102", "230103", "310101", "310104", "310115",
           "320102", "320506", "330106", "330205", "340104", "350203",
           "360102", "370102", "370202", "410105", "420106", "430104",
           "440104", "440106", "440305", "450103", "500103", "510107",
           "520102", "530102", "610113", "620102"]
REGION_SET = set(REGIONS)
CARD_BINS = [("622202", 19), ("621226", 19), ("622848", 19), ("621700", 19),
             ("622700", 19), ("622262", 19), ("621661", 19), ("622588", 16),
             ("621483", 16), ("436742", 16), ("622609", 16)]


def digit_runs(text):
    """Digit runs of text, Chinese numerals and full-width forms read as
    digits, digits separated only by up to MAXGAP spaces / punctuation
    joined; an X directly after a digit ends the run as an ID check char."""
    runs, cur, gap = [], [], 0
    for ch in text:
        v = DIGVAL.get(ch)
        if v is not None:
            if cur and (gap > MAXGAP or cur[-1] == "X"):
                runs.append("".join(cur))
                cur = []
            cur.append(v)
            gap = 0
        elif ch in XCHARS and cur and cur[-1] != "X" and gap <= MAXGAP:
            cur.append("X")
            gap = 0
        elif ch in JOIN and cur:
            gap += 1
        else:
            if cur:
                runs.append("".join(cur))
            cur, gap = [], 0
    if cur:
        runs.append("".join(cur))
    return runs


def id_check_char(d17):
    return ID_CHECK[sum(int(a) * w for a, w in zip(d17, ID_WEIGHTS)) % 11]


def id_checksum_ok(s):
    return (len(s) == 18 and s[:17].isdigit() and
            (s[17].isdigit() or s[17] == "X") and id_check_char(s[:17]) == s[17])


def id_plausible(s):
    if s[:6] not in REGION_SET:
        return False
    try:
        d = datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return datetime.date(1920, 1, 1) <= d <= datetime.date(2020, 12, 31)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def valid_windows(run):
    """Every sub-run that is a valid mobile (11), passes the ID checksum (18)
    or passes Luhn (16-19).  Deliberately conservative."""
    found = []
    n = len(run)
    for i in range(n):
        seg = run[i:i + 11]
        if len(seg) == 11 and seg.isdigit() and MOBILE_RE.fullmatch(seg):
            found.append(("mobile", seg))
        seg = run[i:i + 18]
        if len(seg) == 18 and id_checksum_ok(seg):
            found.append(("id", seg))
        for ln in range(16, 20):
            seg = run[i:i + ln]
            if len(seg) == ln and seg.isdigit() and luhn_ok(seg):
                found.append(("card", seg))
    return found


def digits_clean(d):
    return not valid_windows(d)


def strictly_valid(kind, d):
    if kind == "mobile":
        return bool(MOBILE_RE.fullmatch(d))
    if kind == "id":
        return id_checksum_ok(d) and id_plausible(d)
    if kind == "card":
        return 16 <= len(d) <= 19 and d.isdigit() and luhn_ok(d)
    return False


# ---------------------------------------------------------------------------
# slot pools
# ---------------------------------------------------------------------------
NAMES = ["王姐", "李叔", "陈总", "张阿姨", "刘老师", "赵哥", "周总", "孙姐",
         "黄先生", "林小姐", "吴阿姨", "郑总", "何叔叔", "马哥", "杨姐", "徐老板",
         "高总", "罗阿姨", "谢医生", "梁sir", "Tony哥", "Linda姐", "胡大爷", "曹老师"]
CNAMES = ["王建国", "李秀英", "张桂兰", "刘志强", "陈美玲", "杨丽华", "赵德明",
          "黄淑芬", "周海涛", "吴春梅", "徐志远", "孙玉珍", "林雅婷", "郭振华",
          "何嘉欣", "罗文斌", "梁宝珠", "宋立新"]
INS = ["增额终身寿", "年金险", "分红险", "养老年金", "万能险", "教育年金",
       "终身寿险", "储蓄险"]
PROD = ["这款理财", "这个私募", "这只基金", "这个信托计划", "这款固收+",
        "这个结构性产品", "这款美元债", "这个资管计划", "这只FOF"]
FUT = ["黄金", "原油", "螺纹", "沪铜", "美原油", "欧元", "日元", "纳指", "白银", "豆粕"]
STK = ["这只票", "那只军工", "那只券商股", "新能源那只", "这个小盘股", "那只半导体",
       "这只医药股"]
AMT = ["五万", "十万", "20万", "三十万", "50万", "八十万", "一百万", "两百万",
       "300万", "十几万"]
RATE = ["3.5%", "4.2%", "5个点", "百分之六", "6%", "8%", "7.5%", "10%", "4%", "3.8%"]
DAY = ["明天", "周五", "下周一", "月底前", "后天", "这周四", "节后", "下周"]
EMO = ["", "", "", "[呲牙]", "[捂脸]", "[抱拳]", "[微笑]", "[偷笑]", "[OK]", "[强]",
       "[玫瑰]", "😊", "👍", "🙏", "😂", "🤝", "💪", "~", "！"]
PART = ["", "", "哈", "哦", "呢", "啦", "嘛", "呀", "哈哈"]
ADDR = ["人民路88号", "解放西路2号", "中山大道1208号", "南京西路1038号", "深南大道6008号",
        "建设路56号"]
TIMES = ["八点", "20:00", "晚上七点半", "19:30", "今晚八点"]
LANDLINE_AREAS = [("010", 8), ("021", 8), ("0755", 8), ("020", 8), ("0571", 8),
                  ("028", 8), ("0592", 7), ("0512", 8)]


class GenError(Exception):
    pass


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def clean_digits(rng, maker):
    for _ in range(5000):
        d = maker()
        if digits_clean(d):
            return d
    raise GenError("could not generate a clean near-miss number")


# --- rendering of digit strings -----------------------------------------
CN_VARIANTS = {"0": ["零", "〇"], "1": ["一", "幺"], "2": ["二", "二", "两"],
               "3": ["三"], "4": ["四"], "5": ["五"], "6": ["六"], "7": ["七"],
               "8": ["八"], "9": ["九"], "X": ["X"]}
STYLE_WEIGHTS = [("plain", 20), ("sep", 25), ("cn", 15), ("cnsep", 7),
                 ("mix", 18), ("fw", 7), ("spaced", 8)]


def pick_style(rng, style):
    if style and style != "any":
        return style
    tot = sum(w for _, w in STYLE_WEIGHTS)
    r = rng.randrange(tot)
    for name, w in STYLE_WEIGHTS:
        if r < w:
            return name
        r -= w
    raise AssertionError


def groups_of(d, sizes):
    out, i = [], 0
    for s in sizes:
        if i >= len(d):
            break
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return out


def to_cn(d, rng):
    var = {k: rng.choice(v) for k, v in sorted(CN_VARIANTS.items())}
    return "".join(var[c] for c in d)


def to_fw(d):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in d)


def render_digits(d, sizes, style, rng):
    style = pick_style(rng, style)
    if style == "plain":
        return d
    if style == "sep":
        sep = rng.choice([" ", " ", "-", ".", " "])
        return sep.join(groups_of(d, sizes))
    if style == "cn":
        return to_cn(d, rng)
    if style == "cnsep":
        return " ".join(to_cn(g, rng) for g in groups_of(d, sizes))
    if style == "mix":
        gs = groups_of(d, sizes)
        if len(gs) < 2:
            gs = groups_of(d, [max(1, len(d) // 2)])
        flags = [rng.random() < 0.5 for _ in gs]
        if all(flags) or not any(flags):
            flags[rng.randrange(len(flags))] = not flags[0]
        joiner = rng.choice(["", " ", ""])
        return joiner.join(to_cn(g, rng) if f else g for g, f in zip(gs, flags))
    if style == "fw":
        return to_fw(d)
    if style == "spaced":
        return " ".join(d)
    raise GenError("unknown style " + style)


# --- valid numbers ---------------------------------------------------------
def gen_mobile(rng):
    p2 = rng.choice(["13", "13", "15", "18", "17", "19", "16", "14"])
    if p2 == "14":
        p3 = rng.choice("579")
    elif p2 == "16":
        p3 = rng.choice("56")
    elif p2 == "17":
        p3 = rng.choice("0678")
    elif p2 == "19":
        p3 = rng.choice("1389")
    else:
        p3 = rng.choice("0123456789")
    return p2 + p3 + rdig(rng, 8)


def gen_birth(rng, y0, y1):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        dd = rng.randint(1, 28 if m == 2 else 30)
        try:
            datetime.date(y, m, dd)
            return "%04d%02d%02d" % (y, m, dd)
        except ValueError:
            continue


def gen_id(rng):
    if rng.random() < 0.85:
        birth = gen_birth(rng, 1946, 2003)
    else:
        birth = gen_birth(rng, 2008, 2018)
    d17 = rng.choice(REGIONS) + birth + "%03d" % rng.randint(1, 999)
    return d17 + id_check_char(d17)


def gen_card(rng):
    bin_, ln = rng.choice(CARD_BINS)
    part = bin_ + rdig(rng, ln - len(bin_) - 1)
    return part + luhn_digit(part)


# --- near-miss numbers -----------------------------------------------------
def gen_bad_id(rng):
    def mk():
        d17 = rng.choice(REGIONS) + gen_birth(rng, 2001, 2016) + "%03d" % rng.randint(1, 999)
        good = id_check_char(d17)
        bad = rng.choice([c for c in ID_CHECK if c != good])
        return d17 + bad
    return clean_digits(rng, mk)


def gen_id17(rng):
    return clean_digits(rng, lambda: rng.choice(REGIONS) + gen_birth(rng, 2001, 2016)
                        + "%03d" % rng.randint(1, 999))


def gen_bad_card(rng, length=None):
    def mk():
        bin_, ln = rng.choice(CARD_BINS)
        if length:
            ln = length
        part = bin_ + rdig(rng, ln - len(bin_) - 1)
        good = luhn_digit(part)
        return part + rng.choice([c for c in "0123456789" if c != good])
    return clean_digits(rng, mk)


def gen_mob10(rng):
    return "1" + rng.choice("3456789") + rdig(rng, 8)


def gen_mobpfx(rng):
    return clean_digits(rng, lambda: rng.choice(["12", "10", "11"]) + rdig(rng, 9))


# ---------------------------------------------------------------------------
# slot filling
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{(\w+)(?::(\w+))?\}")


def slot_value(name, style, rng, meta):
    """Return the text for one slot; numbers are recorded in meta['nums']
    as (kind, digits, expected_valid)."""
    nums = meta["nums"]
    simple = {"name": NAMES, "cname": CNAMES, "ins": INS, "prod": PROD, "fut": FUT,
              "stk": STK, "amt": AMT, "rate": RATE, "day": DAY, "e": EMO, "p": PART,
              "addr": ADDR, "time": TIMES}
    if name in simple:
        return rng.choice(simple[name])
    # valid numbers
    if name == "mob":
        d = gen_mobile(rng)
        nums.append(("mobile", d, True))
        return render_digits(d, [3, 4, 4], style, rng)
    if name == "idn":
        d = gen_id(rng)
        nums.append(("id", d, True))
        sizes = rng.choice([[6, 8, 4], [6, 4, 4, 4], [4, 4, 4, 4, 2], [6, 8, 3, 1]])
        return render_digits(d, sizes, style, rng)
    if name == "card":
        d = gen_card(rng)
        nums.append(("card", d, True))
        return render_digits(d, [4, 4, 4, 4, 4], style, rng)
    # near-miss numbers
    if name == "bid":
        d = gen_bad_id(rng)
        nums.append(("bad_id", d, False))
        return render_digits(d, rng.choice([[6, 8, 4], [6, 4, 4, 4]]), style or "plain", rng)
    if name == "bid17":
        d = gen_id17(rng)
        nums.append(("id17", d, False))
        return render_digits(d, [6, 8, 3], style or "plain", rng)
    if name == "bcard":
        d = gen_bad_card(rng)
        nums.append(("bad_card", d, False))
        return render_digits(d, [4, 4, 4, 4, 4], style or rng.choice(["plain", "sep"]), rng)
    if name == "bcard15":
        d = gen_bad_card(rng, 15)
        nums.append(("card15", d, False))
        return render_digits(d, [4, 4, 4, 3], style or rng.choice(["plain", "sep"]), rng)
    if name == "mob10":
        d = gen_mob10(rng)
        nums.append(("mob10", d, False))
        return render_digits(d, rng.choice([[3, 3, 4], [3, 4, 3]]), style or "plain", rng)
    if name == "mobpfx":
        d = gen_mobpfx(rng)
        nums.append(("mob_prefix", d, False))
        return render_digits(d, [3, 4, 4], style or "plain", rng)
    if name == "policy":
        fmt = rng.randrange(4)
        if fmt == 0:
            d = rdig(rng, 9, True)
            nums.append(("other", d, False))
            return "P" + d + "CN"
        if fmt == 1:
            a, b = rdig(rng, 4, True), rdig(rng, 6)
            nums.append(("other", a, False))
            nums.append(("other", b, False))
            return "BD" + a + "A" + b
        if fmt == 2:
            a, b = rdig(rng, 8, True), rdig(rng, 1)
            nums.append(("other", a + "0" + b, False))
            return "GL-" + a + "-0" + b
        d = rdig(rng, 10, True)
        nums.append(("other", d, False))
        return "NCI" + d
    if name == "vcode":
        d = rdig(rng, rng.choice([4, 6, 6]))
        nums.append(("other", d, False))
        return d
    if name == "money":
        v = rng.choice([rng.randint(1000, 99999), rng.randint(100000, 9999999)])
        if rng.random() < 0.5:
            txt = "{:,}".format(v)
        else:
            txt = str(v)
        if rng.random() < 0.4:
            txt += ".00"
        if rng.random() < 0.3:
            txt = "¥" + txt
        nums.append(("other", "".join(c for c in txt if c.isdigit()), False))
        return txt
    if name == "date":
        y, m, dd = rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
        f = rng.randrange(3)
        if f == 0:
            return "%d年%d月%d日" % (y, m, dd)
        if f == 1:
            return "%d-%02d-%02d" % (y, m, dd)
        return "%d月%d日" % (m, dd)
    if name == "date2":
        return "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28))
    if name == "order":
        f = rng.randrange(3)
        if f == 0:
            d = clean_digits(rng, lambda: "2024" + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + rdig(rng, 8))
            nums.append(("other", d, False))
            return "DD" + d
        if f == 1:
            d = clean_digits(rng, lambda: "2025" + rdig(rng, 16))
            nums.append(("other", d, False))
            return d
        d = clean_digits(rng, lambda: rdig(rng, 18, True))
        nums.append(("other", d, False))
        return "T" + d
    if name == "hot":
        if rng.random() < 0.5:
            d = rng.choice(["95588", "95555", "95533", "95566", "95511", "95519"])
            nums.append(("other", d, False))
            return d
        a, b = rdig(rng, 3, True), rdig(rng, 4)
        nums.append(("other", "400" + a + b, False))
        return "400-" + a + "-" + b
    if name == "land":
        area, ln = rng.choice(LANDLINE_AREAS)
        d = clean_digits(rng, lambda: area + rng.choice("2345678") + rdig(rng, ln - 1))
        local = d[len(area):]
        nums.append(("landline", d, False))
        f = rng.randrange(3)
        half = 4 if ln == 8 else 3
        if f == 0:
            return area + "-" + local[:half] + " " + local[half:]
        if f == 1:
            return "(" + area + ")" + local
        return area + "-" + local
    if name == "tail":
        d = rdig(rng, 4)
        nums.append(("other", d, False))
        return d
    if name == "mmask":
        a, b = gen_mobile(rng)[:3], rdig(rng, 4)
        nums.append(("other", a, False))
        nums.append(("other", b, False))
        return a + "****" + b
    if name == "pct":
        return rng.choice(["87.5%", "112%", "93%", "68.2%", "101%"])
    if name == "contract":
        a, b = rdig(rng, 4), rdig(rng, 4)
        nums.append(("other", "2024" + a + b, False))
        return "HT-2024-" + a + "-" + b
    if name == "empno":
        d = rdig(rng, rng.choice([5, 6]), True)
        nums.append(("other", d, False))
        return d
    if name == "n10":
        d = rdig(rng, 10, True)
        nums.append(("other", d, False))
        return d
    if name == "idmask":
        a, b = rng.choice(REGIONS), rdig(rng, 4)
        nums.append(("other", a, False))
        nums.append(("other", b, False))
        return a + "********" + b
    if name == "cmask":
        a, b = rng.choice(CARD_BINS)[0][:4], rdig(rng, 4)
        nums.append(("other", a, False))
        nums.append(("other", b, False))
        return a + " **** **** " + b
    if name == "meet":
        d = rdig(rng, rng.choice([9, 10]), True)
        nums.append(("other", d, False))
        return " ".join(groups_of(d, [3, 3, 3] if len(d) == 9 else [3, 3, 4]))
    if name == "express":
        d = clean_digits(rng, lambda: rdig(rng, 12, True))
        nums.append(("other", d, False))
        return "SF" + d
    if name == "invoice":
        if rng.random() < 0.6:
            d = clean_digits(rng, lambda: "24" + rdig(rng, 18))
        else:
            d = rdig(rng, 8)
        nums.append(("other", d, False))
        return d
    if name == "pcode":
        d = rng.choice(["00", "01", "16", "51"]) + rdig(rng, 4)
        nums.append(("other", d, False))
        return d
    if name == "sysno":
        d = rdig(rng, 8, True)
        nums.append(("other", d, False))
        return "GD" + d
    if name == "cnt":
        return str(rng.randint(3, 60))
    raise GenError("unknown slot " + name)


def fill(tpl, rng, meta):
    cache = {}

    def rep(m):
        key = m.group(0)
        if key not in cache:
            cache[key] = slot_value(m.group(1), m.group(2), rng, meta)
        return cache[key]
    return SLOT_RE.sub(rep, tpl)


def keyword_spans(text, labels):
    spans = []
    for r in KW_RULES:
        if r not in labels:
            continue
        for kw in KEYWORDS[r]:
            start = text.find(kw)
            while start >= 0:
                spans.append((start, kw))
                start = text.find(kw, start + 1)
    spans.sort()
    return spans


def insert_separator(text, labels, rng):
    spans = keyword_spans(text, labels)
    if not spans:
        return text, False
    start, kw = rng.choice(spans)
    cut = start + rng.randint(1, len(kw) - 1)
    return text[:cut] + rng.choice(SEPS) + text[cut:], True


# ---------------------------------------------------------------------------
# templates
#   (role, ctx, labels, text[, "T"])
#   role: s = staff, c = customer (external contact)
#   ctx:  p = one-to-one staff/customer, g = customer group,
#         i = internal staff group, q = one-to-one between two staff
#   "T":  always written in traditional characters (TW / HK voice)
# ---------------------------------------------------------------------------
RHETORICAL_HITS = [
    ("s", "p", "R1", "{name}，本金都写进合同了，这不是保本是什么？您还担心啥{e}"),
    ("s", "p", "R1", "跟我做了三年，哪一单不是稳赚的？这次{prod}也一样，放心{p}"),
    ("s", "p", "R1", "银行定期才两个点，我这个保证收益{rate}，换您您不买吗？"),
    ("s", "g", "R1", "各位想想，零风险还有{rate}的东西，上哪儿找去？还等什么{e}"),
    ("s", "p", "R1", "谁说{prod}不保收益的？我卖了这么多年，哪个客户亏过钱？"),
    ("s", "p", "R1", "{name}，分红险年年有分红，本金一分不少，这不叫稳赚不赔叫什么？"),
    ("s", "p", "R1", "阿姨您说，包赚的事儿您都不干，钱放银行里等着贬值吗{e}"),
    ("s", "p", "R1", "难道我会坑您吗？{prod}就是保本的，您签个字就行{e}"),
    ("s", "i", "R1", "客户问能不能保本，你们就说保本，这还用我一遍遍教吗？"),
    ("s", "p", "R1", "Bro 这个 deal 零风险 OK？不 all in 还等什么{e}"),
    ("s", "p", "R1", "这档基金稳赚的啦，你还在考虑什么{p}？", "T"),
    ("s", "p", "R1", "呢只产品保本㗎，仲使唔使谂咁耐？{e}", "T"),
    ("s", "p", "R1", "保险公司又不会倒，您放在{ins}里的钱还能不是零风险？"),
    ("s", "p", "R1", "我什么时候骗过你？这次稳赚，错过了可别怪我没提醒{p}"),
    ("s", "p", "R2", "难道我会乱说吗？{stk}{day}肯定拉升，现在不上车等什么？"),
    ("s", "g", "R2", "庄家都进场了，你们还不跟？等别人吃肉你们喝汤吗{e}"),
    ("s", "p", "R2", "没有内幕消息我敢让你满仓？{name}你自己品品{p}"),
    ("s", "p", "R2", "你以为我哪来的把握？还不是朋友那边给的内部消息，这次跟紧{e}"),
    ("s", "p", "R2", "{fut}这波明摆着要拉升，你还在等什么？开多啊{e}"),
    ("s", "p", "R2", "非农数据我们这边提前拿到内幕消息了，你说这单能不做吗{e}"),
    ("s", "g", "R2", "庄家拉升前你不进，拉完了再追有意思吗？{e}"),
    ("s", "p", "R3", "走公司流程要扣多少手续费您知道吗？私下转账给我不是更省事？"),
    ("s", "p", "R3", "公司那边才给多少？在我这儿返佣{rate}，你说选哪个{p}"),
    ("s", "p", "R3", "{name}，为什么非要走对公账户呢？直接转到我个人卡上不是一样吗？"),
    ("s", "p", "R3", "这单走我这边飞单，省下来的钱不都是您的吗{e}"),
    ("s", "p", "R3", "{name}，像您这个体量还用得着排队走柜台？我这边私下交易，价格更好不是吗"),
    ("s", "i", "R3", "为什么你们业绩上不去？给客户返点不会吗？隔壁组都这么干{e}"),
    ("s", "p", "R3", "咱俩都老交情了，返佣还能少得了你的吗{e}"),
    ("s", "p", "R4", "你上班那么忙，哪有空盯盘？把账户密码给我不就完了{p}"),
    ("s", "p", "R4", "全权委托给我有什么不放心的？我做{fut}都十几年了{e}"),
    ("s", "p", "R4", "代客理财这种事我做得多了，{name}你还怕什么？"),
    ("s", "p", "R4", "Bro 你 app 都不会用，密码给我，我帮你操作下单不是更快？"),
    ("s", "p", "R4", "{name}您这么大年纪了还折腾啥，全权委托给我们团队不好吗？"),
    ("s", "g", "R5,R6", "群里说话不方便，加我个人号不就好了？{mob}"),
    ("s", "p", "R5", "这种事在企业微信上聊合适吗？加我私人微信啊{e}"),
    ("s", "p", "R5", "我私人号你不是存了吗？晚上那边发你{p}"),
    ("s", "p", "R5", "还要我说几遍？加我个人号，这边的消息会被存档的{e}"),
    ("s", "p", "R1", "怕什么？合同上都写了保证收益，白纸黑字还能有假{p}？"),
    ("s", "p", "R1", "你见过哪个买{ins}的人亏钱了？稳赚不赔的东西还犹豫{p}"),
    ("s", "p", "R3", "为啥要让公司赚差价？私下交易咱俩都划算，不是吗{e}"),
    ("s", "p", "R4", "每天盯盘多累啊，账户密码发我，我帮你操作不香吗？"),
    ("s", "p", "R2", "你还不相信喔？庄家都已经进场了，还不跟吗{e}", "T"),
]

RHETORICAL_NEAR = [
    ("s", "p", "R1", "{name}，您之前在别家买的产品，对方有没有承诺过保本？回访需要登记一下"),
    ("s", "p", "R2", "请问您说的内部消息是从哪里看到的？这类东西多半是骗局，先别动{e}"),
    ("s", "p", "R1", "天底下哪有稳赚不赔的投资？真有的话我自己早就买了{e}"),
    ("s", "p", "R1", "零风险？股市里哪来的零风险，{name}您可千万别信那些"),
    ("s", "g", "R2", "内幕消息要是真能随便发到群里，那还叫内幕吗？大家别信{e}"),
    ("s", "p", "R3", "私下转账出了问题谁给您兜底？还是走公司对公账户吧{e}"),
    ("s", "p", "R4", "把账户密码给别人，钱没了找谁去？{name}千万别这么做"),
    ("s", "p", "R5", "正规机构会让您加私人微信谈收益吗？当然不会{e}"),
    ("c", "p", "R1", "你们这个{ins}是不是保本的啊？我妈让我问问{e}"),
    ("c", "p", "R2", "小李你有没有内部消息啊，透露一点嘛[呲牙]"),
    ("c", "p", "R5", "能不能加你私人微信{p}，这个工作号我老是找不到"),
    ("c", "p", "R3", "别家都有返点，你们怎么就没有{p}？"),
    ("c", "p", "R1", "小王啊我问一下你们那个宝本的产品还有没有啊我孙子说保本的才能买你帮我看看"),
    ("s", "i", "R1", "【小测验】客户问“这个保本吗”，合规的回答是哪个？A 放心吧没问题 B 不承诺保本，过往业绩不代表未来"),
    ("s", "p", "R1", "{fut}期货哪有稳赚的？保证金交易亏起来比股票快多了{e}"),
    ("s", "p", "R1", "谁能保证收益？我不能，公司不能，监管也不允许任何人这么说"),
    ("s", "g", "R2", "庄家？现在监管这么严，哪还有什么庄家，别听群里瞎传{e}"),
    ("s", "p", "R2", "大盘拉升的时候要不要减仓？{name}，这个要看您自己的风险承受能力"),
    ("s", "p", "R2", "尾盘拉升了一波，您问是不是有人提前知道？没有的，就是正常波动{e}"),
    ("s", "p", "R3", "返佣？咱们的费率都是公开的，哪来的返佣一说呢{e}"),
    ("s", "g", "R3", "飞单这种事谁敢做？被查到是直接开除的{e}"),
    ("s", "p", "R4", "代客理财是违规的，您说我能做吗？肯定不能{e}"),
    ("s", "p", "R4", "全权委托？{name}，您自己的账户当然得您自己做决定呀"),
    ("s", "p", "R5", "有必要加私人号吗？企业微信就能找到我，随时在{e}"),
    ("s", "p", "R3", "您问能不能私下交易？不行的，所有交易都必须在系统里完成{e}"),
    ("s", "p", "R1", "保本？这张保单是投资型的，没有保本喔，条款您要看清楚{e}", "T"),
    ("s", "p", "R1", "边度有零风险嘅投资？唔好信啲广告啦{e}", "T"),
    ("s", "p", "R1", "Guaranteed return？不存在的，这个产品没有保证收益，prospectus 写得很清楚"),
    ("s", "p", "R3", "转到我个人账户？不可以的哦，收款账户以合同上的为准{e}"),
    ("s", "p", "R2", "内部消息能信吗？上个月就有客户因为这个被骗了{amt}"),
    ("s", "i", "R1", "大家想想，为什么监管一直强调不能说稳赚？出了事都是我们担责{e}"),
    ("s", "p", "R4", "您确定要把账户密码告诉那个“老师”吗？他是谁您都不知道啊"),
    ("s", "p", "R5", "加我个人号？我没有个人号的，只用这个工作微信哈{e}"),
    ("s", "p", "R3", "谁跟您说有返点的？我们这里从来没有这个政策{e}"),
    ("s", "p", "R2", "指数拉升就一定要追吗？我的建议是按计划来，不追高{e}"),
    ("c", "p", "R4", "你能不能帮我操作一下啊，账户密码我发你{e}"),
    ("c", "p", "R1", "零风险的有没有？我不懂这些，就想稳一点的{p}"),
    ("s", "p", "R4", "帮你操作？不是我不想帮，是规定不允许，您在APP上点这里，我一步步教您{e}"),
    ("s", "i", "R1", "为什么客户一听“包赚”就心动？因为不懂风险，这正是我们要讲清楚的{e}"),
    ("s", "p", "R3", "飞单？您是说那种不走公司系统的单子吗？我们这里不存在的{e}"),
]

PROHIBITION_HITS = [
    ("s", "p", "R1", "按规定是不能说保本的，但咱俩私下讲，这个就是保本的{e}"),
    ("s", "p", "R1", "公司不让说稳赚，可跟着我的客户就没有不赚的，{prod}稳赚{p}"),
    ("s", "p", "R4", "虽然规定不能代客理财，不过老客户我可以破例，账户密码发我就行{e}"),
    ("s", "p", "R3", "制度上禁止返佣，但您这单我个人私下给您返点，两个点{e}"),
    ("s", "p", "R3", "按规矩得走公司账户，不过您急的话先转到我个人卡上，我再帮您转进去"),
    ("s", "p", "R5", "规定是不让加私人微信，但没关系，你加我个人号，这边说话不方便{e}"),
    ("s", "p", "R2", "内幕消息不能透露是规定，不过提示一句：{stk}{day}会拉升"),
    ("s", "p", "R3", "我们是不允许飞单的，这我懂，但这款渠道费低，给您走飞单更划算{e}"),
    ("s", "p", "R1", "合规说不能承诺，那我不承诺，我保证收益{rate}，这总行了吧[呲牙]"),
    ("s", "i", "R1", "上面是说不让讲零风险，可客户真问起来，你们就说零风险，出了事我担着"),
    ("s", "p", "R4", "监管是不让全权委托，但咱们签个补充协议，您全权委托给我就行{e}"),
    ("s", "p", "R1", "保险法是规定不能承诺收益，不过这款{ins}真的是稳赚不赔的{e}"),
    ("s", "p", "R4", "交易所规定不能代客下单，但我可以帮你操作，盯盘我比你专业{e}"),
    ("s", "p", "R3", "依规定是不能私下交易啦，但我们这么熟，私下交易价格比较漂亮{e}", "T"),
    ("s", "p", "R1", "规定係唔可以讲保本，不过呢只真係保本㗎，放心啦{e}", "T"),
    ("s", "p", "R1", "Officially 不能讲 guaranteed，but honestly 这个包赚的{e}"),
    ("s", "p", "R2", "按理说内部消息是不能给你的，但你是老客户，庄家下周进场{e}"),
    ("s", "p", "R4", "规定归规定，你要真不放心，把账户密码给我，我每天帮你看着{e}"),
    ("s", "p", "R5,R6", "虽然公司禁止用私人号联系客户，我还是把私人号给你吧：{mob}"),
    ("s", "p", "R3", "本来是不能返佣的，这次领导特批了，返佣直接打您卡上{e}"),
    ("s", "p", "R1", "合规要求我提示您：本产品不保本。但说实话，我卖了五年没亏过，您就当保本吧"),
    ("s", "p", "R1", "禁止承诺收益这条我知道，但这是我个人给您的保证：稳赚{e}"),
    ("s", "i", "R3", "晨会说了不让私下转账，但这单特殊，你让客户私下转账给你，走我的渠道"),
    ("s", "p", "R2", "公司不准传内幕消息，但这个内幕消息是我同学给的，靠谱，{day}前进场"),
    ("s", "p", "R4", "代客理财是不允许的，所以我们不叫代客理财，叫“陪伴服务”，您把账户密码给我就行"),
    ("s", "p", "R5", "公司不让用私人微信，我懂，所以您加我个人号，那个不算私人微信[捂脸]"),
    ("s", "p", "R1", "《销售规范》不许说保证收益，但{ins}的收益写进合同了，就是保证收益{e}"),
    ("s", "p", "R3", "规矩上不许返点，但您介绍朋友开户，每户返点五百，老规矩私下结{e}"),
    ("s", "p", "R1", "虽然按要求要说“投资有风险”，但{prod}是零风险的，放一百个心"),
    ("s", "i", "R4", "不让代客操作是吧？那你们就说帮你操作一下APP，账户密码让客户自己发过来"),
    ("s", "p", "R3", "规定不能转到我个人账户，但这几天系统维护，您就先转到我个人账户吧{e}"),
    ("s", "p", "R2", "按规定不能荐股，但{stk}有庄家在做，你懂的，闭眼买{e}"),
    ("s", "p", "R1", "依规定要提醒你投资有风险啦，不过这档是稳赚不赔的，我自己也买很多{e}", "T"),
    ("s", "p", "R4", "我们不能代客理财，这是规定。不过您全权委托给我太太的工作室就可以{e}"),
    ("s", "p", "R2", "不能透露消息是纪律，我就说一句：{fut}明天开盘会拉升，多单拿住{e}"),
    ("s", "p", "R5", "按公司规定不能留私人联系方式，不过加我私人微信吧，搜我手机号就行{e}"),
    ("s", "p", "R3", "合规不允许飞单，这个我知道，但您这单我还是给您飞单，保密就行{e}"),
    ("s", "p", "R1", "Compliance 不让讲零风险，but 这个 product 真的零风险，I promise{e}"),
    ("s", "p", "R3", "公司不给返佣是规定，我自己掏腰包给您返佣{rate}，别声张{e}"),
]

PROHIBITION_NEAR = [
    ("s", "p", "R1", "{name}，按监管规定我们不能向您承诺保本，也不能承诺具体收益，请您理解{e}"),
    ("s", "g", "R1", "温馨提示：本公司任何员工都不得承诺稳赚不赔，如有发现请拨打客服热线投诉{e}"),
    ("s", "g", "R2", "公司严禁利用内幕消息交易，我们也不会向客户传递任何内部消息{e}"),
    ("s", "i", "R3", "晨会三条：1.严禁私下转账 2.严禁飞单 3.所有款项走公司对公账户{e}"),
    ("s", "p", "R3", "根据公司制度，员工不得收取或支付任何返佣、返点，这点请您放心{e}"),
    ("s", "p", "R4", "我们不允许代客理财，也不能保管客户的账户密码，交易需要您本人操作{e}"),
    ("s", "p", "R4", "{name}，请不要把账户密码告诉任何人，包括我在内{e}"),
    ("s", "p", "R5", "按规定我们只能用企业微信沟通，不能加私人微信，谢谢理解{e}"),
    ("s", "g", "R1,R2", "本群规则：禁止宣传零风险产品，禁止发布所谓内部消息，违者移出{e}"),
    ("s", "i", "R1", "监管要求：分红险的分红是不保证的，不能跟客户说成保证收益{e}"),
    ("s", "i", "R1", "{ins}的演示利率只是演示，不能跟客户说稳赚，各位记住了吗{e}"),
    ("s", "p", "R4", "期货公司规定不得接受全权委托，每笔下单都必须您本人确认{e}"),
    ("s", "i", "R3", "员工守则第七条：不得与客户进行私下交易，一经发现严肃处理{e}"),
    ("s", "i", "R2", "合规提醒：“庄家”“拉升”这类词不要在客户群里出现，谢谢配合{e}"),
    ("s", "p", "R4", "依规定，理专不可以代客理财，也不能帮你操作下单喔{e}", "T"),
    ("s", "p", "R1,R3", "根据证监会规定，我哋唔可以承诺保本，亦唔可以俾返佣{e}", "T"),
    ("s", "i", "R1", "Compliance reminder：不得承诺零风险，no guaranteed return，大家注意措辞{e}"),
    ("s", "p", "R3", "公司明确规定，客户资金一律不能转到我个人名下的账户，请认准对公账户{e}"),
    ("s", "i", "R1,R4", "监管红线再强调一遍：不承诺保本，不代客理财，不碰客户资金{e}"),
    ("s", "i", "R1", "培训考试要点：禁止使用“稳赚”“包赚”等用语，违者扣分{e}"),
    ("s", "i", "R5", "通知：即日起私人号一律不得用于客户沟通，请统一使用企业微信{e}"),
    ("s", "p", "R1", "不好意思{name}，公司规定我们连“保本”这个词都不能说，只能按合同给您讲"),
    ("s", "p", "R2", "我们研究员的观点都是公开报告，规定不允许传播任何内幕消息{e}"),
    ("s", "g", "R2", "板块拉升属于正常行情，群里不得借此暗示有消息，这是群规{e}"),
    ("s", "p", "R3", "我们这行是禁止返点的，您在别处听说的那种做法在我们这里不存在{e}"),
    ("s", "p", "R4", "公司规定账户密码只能您本人掌握，我这边后台也看不到{e}"),
    ("s", "p", "R5", "规定不允许员工用私人微信跟客户谈业务，所以一直用这个号跟您联系{e}"),
    ("s", "i", "R3", "提醒一下新人：飞单是红线，不管客户怎么要求都不能做{e}"),
    ("s", "p", "R1", "保险法规定不能承诺收益，这款{ins}我只能按条款给您讲现金价值，不说保证收益"),
    ("s", "p", "R4", "按照{fut}期货开户协议，我们不能替客户下单，全权委托是明令禁止的"),
    ("s", "p", "R1", "依照金管会规定，业务员不可以说保本保息，这个请您见谅{e}", "T"),
    ("s", "i", "R2", "Reminder：群内禁止转发任何 insider 消息或者“内幕消息”截图{e}"),
    ("s", "p", "R3", "{name}，私下转账我们是绝对禁止的，请一定走公司账户{e}"),
    ("s", "i", "R4", "本周制度学习：员工不得以任何形式代客理财，不得索要客户账户密码{e}"),
    ("s", "p", "R5", "不好意思{p}，公司规定不能加客户私人微信，有事随时在这里留言{e}"),
    ("s", "i", "R1", "早报提醒：今日对客沟通不得出现“零风险”“保本”等字样{e}"),
    ("s", "p", "R3", "按制度我们不能给您返佣，所有优惠都在官方活动里公示了{e}"),
    ("s", "p", "R2", "依照规定，理专不可以提供内部消息，也不应该有这种东西喔{e}", "T"),
    ("c", "p", "R1", "你们是不是规定不能说保本啊我听隔壁老李说的那我这钱放哪好啊{e}"),
    ("s", "i", "R5", "行为守则：不得要求客户加我个人号或其他私人联系方式，违者按规处理{e}"),
]

WARNING_HITS = [
    ("s", "p", "R1", "风险提示：本产品保本保息，请放心购买{e}"),
    ("s", "g", "R1", "温馨提醒：名额有限，稳赚的机会不多，请大家抓紧{p}{e}"),
    ("s", "g", "R2", "【重要通知】明早九点有内部消息发布，请提前准备好资金{e}"),
    ("s", "p", "R3", "提醒一下，今天打款记得私下转账给我，别走公司账户，手续费太高{e}"),
    ("s", "g", "R2", "注意！注意！{stk}{day}庄家要拉升，手里有货的千万别卖"),
    ("s", "p", "R4", "安全提示：为防止操作失误，请把账户密码交给我，我帮你操作{e}"),
    ("s", "g", "R1", "风险提示（必读）：本人从业十年，所推荐产品均为零风险{e}"),
    ("s", "g", "R5,R6", "警惕外面的骗子！想要正规渠道的加我个人号 {mob}"),
    ("s", "g", "R3", "提醒各位客户：本月有返点活动，返点直接打到我这边再转给大家{e}"),
    ("s", "p", "R1", "都说投资有风险，我们这个没有，零风险{e}"),
    ("s", "p", "R2", "防骗提醒：别信外面那些，只有我这儿的内幕消息才是真的{e}"),
    ("s", "p", "R1", "风险揭示书您签一下就行，走个形式，{prod}其实保本{e}"),
    ("s", "g", "R2", "合规提示：以下仅供参考。明日开盘后庄家会拉升，建议满仓{e}"),
    ("s", "p", "R1", "重要提醒：这是本月最后一批保证收益的额度，错过就要等明年了{e}"),
    ("s", "g", "R3", "通知：即日起客户款项一律转到我个人账户，由我统一处理{e}"),
    ("s", "i", "R5", "事故通报之后公司查得严，以后大家用私人微信联系客户，别留记录{e}"),
    ("s", "i", "R4", "【风控提示】客户账户密码统一交给客户经理保管，方便代客理财{e}"),
    ("s", "g", "R1", "风险提示：本群喊单稳赚不赔，不赚全额退款{e}"),
    ("s", "p", "R1", "提醒你，这档保证收益的只卖到月底喔，要就快{e}", "T"),
    ("s", "p", "R3", "提提你，呢单飞单俾你，平过公司好多{e}", "T"),
    ("s", "p", "R1", "Risk warning 都是形式啦，this one 包赚，trust me{e}"),
    ("s", "g", "R1", "停售预警！{rate}保证收益的{ins}下月停售，抓紧上车{e}"),
    ("s", "p", "R4", "交易报告：{name}，这周您全权委托给我做的三笔都赚了{e}"),
    ("s", "g", "R2", "预警：{fut}主力资金异动，内部消息说今晚拉升，多单准备{e}"),
    ("s", "p", "R3", "特别提醒：私下交易可以享受内部价，仅限今天{e}"),
    ("s", "i", "R1", "早报提醒：今天主推{ins}，话术统一为“保本+复利”，各位照着讲{e}"),
    ("s", "p", "R5", "温馨提示：企业微信消息会被公司看到，有事加我个人号说{e}"),
    ("s", "g", "R2", "【操作提示】庄家已完成吸筹，本周内拉升，跟紧节奏{e}"),
    ("s", "p", "R1", "风险等级R2只是个评级，实际就是保本的，{name}您别被吓到"),
    ("s", "p", "R4", "友情提醒：下次调仓前不用问我了，账户密码我这边有，我帮你操作{e}"),
    ("s", "g", "R1", "注意啦！注意啦！年化{rate}还稳赚的产品今天开放预约{e}"),
    ("s", "p", "R3", "提醒{name}：这个月的返佣我私下转您，老规矩别跟公司说{e}"),
    ("s", "p", "R1", "免责声明：以下为个人观点。我个人观点就是，{prod}包赚{e}"),
    ("s", "i", "R3", "通报一下：上周飞单做得好的几位，这周继续，公司那边我顶着{e}"),
    ("s", "p", "R2", "注意保密：这是内幕消息，{stk}下周有大利好，先买进{e}"),
    ("s", "p", "R5,R6", "提醒：这个号下周要被回收了，以后打我私人号 {mob}"),
    ("s", "p", "R4", "Risk alert：市场波动大，建议您全权委托给我，我 24 小时盯盘{e}"),
    ("s", "p", "R1", "重要提示：本产品已通过风控审核，零风险，请放心投资{e}"),
]

WARNING_NEAR = [
    ("s", "g", "R1,R2", "【反诈提醒】近期有人冒充我司员工，以“内幕消息”“稳赚不赔”为名诱导投资，请勿相信"),
    ("s", "p", "R1", "风险提示：本产品为非保本浮动收益型，可能损失部分或全部本金，请您知悉{e}"),
    ("s", "g", "R5", "提醒各位：有人冒用我的头像让大家加私人微信，那不是我本人！{e}"),
    ("s", "i", "R3", "事件通报：某营业部员工因飞单被解除劳动合同，请大家引以为戒{e}"),
    ("s", "i", "R4", "合规月报：本月发现2起员工索要客户账户密码的情况，均已严肃处理{e}"),
    ("s", "g", "R3", "【重要】凡是让您“转到我个人账户”的都是骗子，我司只接受对公转账{e}"),
    ("s", "g", "R2", "警惕！最近有群在发所谓庄家拉升信号，都是荐股诈骗，请勿添加{e}"),
    ("s", "p", "R1", "投资有风险，市场上不存在零风险的产品，{name}请根据自身情况谨慎选择"),
    ("s", "i", "R3", "自查报告：经逐户核查，本团队本季度未发现返佣、返点行为{e}"),
    ("s", "p", "R1", "温馨提醒：{ins}的演示利益不代表保证收益，具体以合同条款为准{e}"),
    ("s", "g", "R1", "提示：外汇平台宣传包赚的，基本都是黑平台，入金前一定核实牌照{e}"),
    ("s", "p", "R1", "风险警示：期货是保证金交易，不是保本的，行情不利时可能被强平{e}"),
    ("s", "i", "R4", "案例通报：某员工以代客理财名义挪用客户资金，已移送公安机关{e}"),
    ("s", "g", "R4", "防骗提醒：我们的员工不会向您索要账户密码或短信验证码{e}"),
    ("s", "g", "R3", "Reminder：有 staff 让你私下转账的，一律 report 给合规{e}"),
    ("s", "g", "R5", "提提大家，最近有人扮我哋职员叫人加私人微信，千祈唔好上当{e}", "T"),
    ("s", "g", "R2", "提醒您，有人打着内部消息的名号推销，千万不要相信喔{e}", "T"),
    ("c", "p", "R1", "（转发）警方提示：凡是说保本高收益的都是诈骗，请转告家中老人{e}"),
    ("c", "g", "R2", "刚看到新闻说有人用内幕消息骗老人钱，大家小心点{e}"),
    ("s", "p", "R3", "{name}，提醒您一下：我们所有款项只走对公账户，任何人要求私下转账都请拒绝"),
    ("s", "i", "R1", "投诉分析：本月3起投诉均因客户认为“销售承诺保收益”，请各位规范用语{e}"),
    ("s", "i", "R5", "稽核发现：部分员工用私人号对接客户，已通报批评，请立即整改{e}"),
    ("s", "p", "R2", "风险提示：网上流传的“内部消息”截图是伪造的，公司从未发布{e}"),
    ("s", "g", "R1", "提醒各位叔叔阿姨：银行理财早就打破刚兑了，没有保本这回事了{e}"),
    ("s", "i", "R3", "内审结果：二组存在客户返点线索，已移交合规，相关人员停岗配合调查{e}"),
    ("s", "p", "R4", "安全提示：请勿将账户密码存在手机备忘录里，被盗风险很高{e}"),
    ("s", "g", "R2", "【风险提示】今日早盘拉升后快速回落，追高请谨慎，注意仓位{e}"),
    ("s", "g", "R2", "行情简报：指数拉升主要由权重股带动，成交量未明显放大{e}"),
    ("s", "i", "R1", "质检报告：抽查通话200通，其中1通出现“零风险”表述，已约谈{e}"),
    ("s", "p", "R5", "提醒您：我只有这一个企业微信，凡是自称我“私人号”的都不是我{e}"),
    ("s", "g", "R1", "Risk disclosure：过往业绩不代表未来表现，本基金非保本，请审慎投资{e}", "T"),
    ("s", "i", "R3", "整改通知：严禁以任何形式飞单，本月起纳入绩效一票否决{e}"),
    ("c", "p", "R4", "我收到个短信说我账户异常要我把账户密码发过去，是你们发的吗{e}"),
    ("s", "p", "R4", "{name}您好，刚才那个电话不是我们打的，任何人要您的账户密码都别给"),
    ("s", "i", "R2", "舆情通报：某自媒体称我司有“庄家”背景，纯属谣言，已报警处理{e}"),
    ("s", "p", "R1", "提醒一下：分红险的分红是浮动的，不存在稳赚这回事，您心里有个数就好{e}"),
    ("s", "g", "R3", "重要提醒：本公司从不提供返佣，收到类似短信请直接删除{e}"),
    ("c", "p", "R2,R5", "小刘我跟你说啊昨天有个人打电话说是你们公司的要我加他私人微信说有内部消息我没理他对吧"),
    ("s", "g", "R2", "盘后小结：板块拉升是受政策预期影响，不代表个股必涨，请理性看待{e}"),
]

REFUSAL_HITS = [
    ("s", "p", "R1", "明面上我不能说保本，私下告诉您，就是保本的{e}"),
    ("s", "p", "R2", "不行不行，群里不能发，内幕消息我私聊你{e}"),
    ("s", "p", "R3", "钱我这边不能收……除非您私下转账，这样公司查不到{e}"),
    ("s", "p", "R4", "账户密码我不要，您登录后把验证码告诉我，我帮你操作{e}"),
    ("s", "p", "R5,R6", "不加私人微信了，您直接打我私人号 {mob}"),
    ("s", "p", "R3", "返佣公司不给，我自己给您返点，算我的{e}"),
    ("s", "p", "R3", "这单我不能给你做……要不走飞单？公司那边我来搞定{e}"),
    ("s", "p", "R4", "代客理财我不做，但是全权委托给我朋友的团队可以{e}"),
    ("s", "p", "R1", "书面上我不能承诺，口头跟您讲：稳赚，我自己都买了{amt}"),
    ("s", "p", "R1", "拒绝？不存在的[呲牙]，{prod}零风险，谁不买谁后悔"),
    ("s", "p", "R4", "这个我不能帮你操作啦……好啦好啦，密码给我，我帮你操作一次就好{e}", "T"),
    ("s", "p", "R5", "唔得呀，公司唔俾……不过你加我私人微信，私底下倾{e}", "T"),
    ("s", "p", "R1", "Sorry 不能 promise 哈，但 between us，零风险{e}"),
    ("s", "i", "R3", "客户要返点的话，正规渠道不能给，你们就私下返点，别留记录{e}"),
    ("s", "p", "R2", "喊单我不喊，但这波庄家明显在拉升，自己看着办{e}"),
    ("s", "p", "R3", "{name}，这种事我们原则上不接，但您是VIP，私下交易可以安排"),
    ("s", "p", "R1", "不跟您讲那些虚的，就一句：{prod}保本，到期本金全拿回来{e}"),
    ("s", "p", "R4", "我不方便要您的账户密码……算了，您发我吧，我帮你操作完就删{e}"),
    ("s", "p", "R5", "这边不能细说，我不在企业微信谈这个，加我个人号吧{e}"),
    ("s", "p", "R1", "不行，书面的保证收益我出不了，口头我给您保证收益{rate}"),
    ("s", "p", "R3", "公司账户我不建议转，到账慢，转到我个人账户，当天就能办{e}"),
    ("s", "p", "R2", "荐股我不荐，只跟你说个内部消息：{stk}{day}停牌重组"),
    ("s", "p", "R4", "全权委托的合同我不能签，但口头上您全权委托给我，我来做{e}"),
    ("s", "p", "R1", "我不敢打包票……开玩笑的，这个包赚[偷笑]"),
    ("s", "p", "R5", "这个号不能聊，你加我私人微信，我发你详细资料{e}"),
    ("s", "p", "R3", "返佣？不能明着给，私下返佣老规矩{e}"),
    ("s", "p", "R1", "不能说零风险是吧？那我换个说法：稳赚不赔{e}"),
    ("s", "p", "R2", "这个不能公开讲，我只告诉你，{stk}有庄家在吸筹{e}"),
    ("s", "p", "R4", "代客理财我不接，您把账户密码给我，我只是帮您看看{e}"),
    ("s", "p", "R3", "不好意思，公司的单走不了，我私下交易给您，价格一样{e}"),
    ("s", "p", "R1", "我不会说{prod}保本，因为它比保本还稳，稳赚{e}"),
    ("s", "p", "R5", "不给私人号是公司规定，不过我可以把私人号发你邮箱{e}"),
    ("s", "p", "R2", "我不能给你内幕消息，但我可以告诉你{stk}明天会拉升，自己体会"),
    ("s", "p", "R3", "走公司不行吗？也行，但转到我个人卡上能多返您一点{e}"),
    ("s", "p", "R4", "我不能替你下单是规定，但你把账户密码发我，我帮你操作，没人知道{e}"),
    ("s", "p", "R1", "我不说保证收益，我说的是保证收益不低于{rate}，这不一样[呲牙]"),
    ("s", "p", "R1", "不行不行，这个不能写进合同……但我跟您保证，保本，放心{e}"),
    ("s", "p", "R3", "发票开不了，因为走的是飞单，价格便宜一截，您就别要发票了{e}"),
]

REFUSAL_NEAR = [
    ("s", "p", "R1", "抱歉{name}，保本这个我承诺不了，产品说明书写得很清楚{e}"),
    ("s", "p", "R4", "这个真不行，账户密码您自己保管好，我不能替您操作{e}"),
    ("s", "p", "R3", "不好意思，返点我们是不给的，公司费率都是统一的{e}"),
    ("s", "p", "R5", "私人微信就不加了{p}，有事在这里找我都一样{e}"),
    ("s", "p", "R2", "内部消息我没有，也不可能有，您就别为难我了[捂脸]"),
    ("s", "p", "R3", "飞单的事您别再提了，我不会做的{e}"),
    ("s", "p", "R3", "不行哦{name}，私下交易我们不能接，还是要走正规流程{e}"),
    ("s", "p", "R4", "全权委托我接不了，您可以看看我们的投顾服务，决策还是您自己做{e}"),
    ("s", "p", "R3", "您的心意我领了，转到我个人账户是万万不行的，请转对公账户{e}"),
    ("s", "p", "R1", "零风险的产品我真推荐不了，只有风险比较低的，比如国债逆回购{e}"),
    ("s", "p", "R5", "加我个人号这个不行{p}，公司要求只用企业微信{e}"),
    ("s", "p", "R1", "稳赚这种话我不敢说，我只能说{prod}历史波动比较小{e}"),
    ("s", "g", "R2", "庄家什么的我不清楚，也不参与讨论，我们只看基本面{e}"),
    ("s", "p", "R4", "代客理财我不做的，{name}您也别把账户交给任何人{e}"),
    ("s", "p", "R1", "您要保证收益的话，我这里没有，建议您考虑定期存款{e}"),
    ("s", "p", "R3", "私下转账我不收的，麻烦您按合同上的对公账户打款{e}"),
    ("s", "p", "R4", "帮你操作是不行的喔，我可以视讯教你怎么下单{e}", "T"),
    ("s", "p", "R5", "唔好意思，私人微信我唔加客户嘅，有嘢喺度搵我就得{e}", "T"),
    ("s", "p", "R1", "Sorry {name}，包赚这种承诺我给不了，我只能把风险讲清楚{e}"),
    ("s", "p", "R2", "我真没有内幕消息，就算有也不能给，这是底线{e}"),
    ("s", "p", "R3", "返佣这个我拒绝，您要优惠只能走官方活动{e}"),
    ("c", "p", "R1", "我不要什么保本的，就想要收益高一点的{p}{e}"),
    ("c", "p", "R4", "不用不用，我自己操作，账户密码就不给你了{e}"),
    ("c", "p", "R5", "私人微信我就不加了，这个号聊就行{e}"),
    ("s", "p", "R1", "保收益的产品现在真的没有了，资管新规之后都不能这么做了{e}"),
    ("s", "p", "R4", "{name}，您把账户密码发过来我也不会用的，请马上撤回并修改密码"),
    ("s", "p", "R2", "您让我透露点内部消息？这个真没有，我们只能聊公开信息{e}"),
    ("s", "p", "R3", "您说要给我返点表示感谢，这个我不能收，心意领了{e}"),
    ("s", "p", "R5", "不好意思，私人号不方便给，下班时间有急事可以打客服热线{e}"),
    ("s", "p", "R1", "这个我不能跟你保证收益啦，报酬率会浮动的{e}", "T"),
    ("s", "p", "R4", "全权委托的协议我们不签，交易决策必须是您自己做{e}"),
    ("s", "p", "R3", "飞单？不接，这种单子谁接谁倒霉{e}"),
    ("s", "g", "R1", "群里问零风险产品的朋友，我这边没有，也不建议去找{e}"),
    ("s", "p", "R2", "大盘拉升想让我给个消息？我不做这种预测，您按自己计划来{e}"),
    ("s", "p", "R4", "No no，我不能帮你操作，account 一定要你自己 login{e}"),
    ("s", "p", "R1", "这个{ins}我不会跟您说稳赚不赔，该讲的风险我都要讲{e}"),
    ("s", "p", "R5", "您想加我私人微信我理解，但是公司不允许，抱歉啦{e}"),
    ("s", "p", "R3", "转到我个人卡上？不行的，这个我必须拒绝{e}"),
    ("c", "p", "R1", "我不要那个什么零风险的我就存定期你别给我推了我听不懂{e}"),
]

QUOTATION_HITS = [
    ("s", "p", "R1", "我们总监说了“这款产品保本”，他说的肯定没错，放心买{e}"),
    ("s", "p", "R2", "研究所的朋友说“{stk}{day}要拉升”，我觉得靠谱，你提前布局{e}"),
    ("s", "p", "R1", "公司培训时讲过：分红险就是保证收益的，我原话转给您{e}"),
    ("s", "g", "R2", "群里老师说的没错，{stk}确实有庄家在护盘，跟着走就行{e}"),
    ("s", "p", "R1", "客户都说“跟着小刘稳赚”，这话一点不假[呲牙]"),
    ("s", "p", "R3", "经理让我转告您：返点照给，私下算{e}"),
    ("s", "p", "R5", "“加我个人号，聊得更方便”——这是我们团队的统一说法，我也这么跟您说，加一下吧"),
    ("s", "p", "R1", "正如那篇文章说的，“{ins}零风险”，我完全认同{e}"),
    ("s", "p", "R4", "我师傅常说“代客理财才是真服务”，所以您的账户交给我，不用您操心{e}"),
    ("s", "p", "R2", "您转的那个截图说得对，内幕消息就是{day}公布，赶紧买{e}"),
    ("s", "p", "R3", "王总原话：“私下交易给最低价”，我帮您问过了，可以{e}"),
    ("s", "p", "R1", "我们经理讲“这张保单稳赚不赔”，真的啦，我自己也有买{e}", "T"),
    ("s", "p", "R3", "老细话“呢单可以飞单”，咁我哋就飞单啦{e}", "T"),
    ("s", "p", "R1", "My boss said “zero risk”，就是零风险的意思，you can trust it{e}"),
    ("s", "i", "R3", "转王总的话：“大客户返佣私下给，不走公司账”，请各位照这个跟客户说{e}"),
    ("s", "p", "R1", "您说“你们这个就是保本”，对，您说得一点没错{e}"),
    ("s", "p", "R2", "那个大V说“{fut}有庄家在拉升”，我同意，今晚追多{e}"),
    ("s", "p", "R4", "您朋友说“让小陈帮你操作就行”，他说得对，账户交给我{e}"),
    ("s", "p", "R1", "隔壁王阿姨说“在小李这买的都稳赚”，您问问她，我从不骗人{e}"),
    ("s", "p", "R5", "领导交代了：“重要客户都加私人微信”，您加我一下吧{e}"),
    ("s", "p", "R3", "公司的意思是“大单可以转到我个人账户过渡”，您放心转{e}"),
    ("s", "p", "R2", "老板说的“内部消息”我核实过了，是真的，{day}前上车{e}"),
    ("s", "p", "R1", "专家在直播里说“年金险零风险”，人家是专业的，肯定没错{e}"),
    ("s", "i", "R1", "总监刚才在会上说“这款就当保本卖”，大家照着说就行{e}"),
    ("s", "p", "R4", "合规说可以“全权委托给客户经理”，所以您签个字就行{e}"),
    ("s", "p", "R1", "宣传册上写的“保证收益{rate}”，白纸黑字，没问题的{e}"),
    ("s", "p", "R2", "私募朋友跟我讲“庄家下周拉升”，我信他，你也可以信我{e}"),
    ("s", "p", "R3", "您说得对，“飞单比公司单便宜”，那就给您走飞单{e}"),
    ("s", "p", "R5,R6", "您爱人说“直接打小张私人号最快”，对的，我私人号是 {mob}"),
    ("s", "p", "R1", "报纸上都写了“这类产品稳赚”，您还担心什么{e}"),
    ("s", "p", "R4", "老客户都说“账户密码交给小王最放心”，我就是小王，您也放心交给我"),
    ("s", "p", "R2", "我们首席说“{stk}有内部消息”，这话我信，你也跟{e}"),
    ("s", "p", "R1", "Like 我 manager 讲的，“this one 包赚”，trust 我们{e}"),
    ("s", "p", "R3", "“返佣照旧，私下结算”——这是我们部门的老规矩，您放心{e}"),
    ("s", "i", "R5", "主管原话：“私人号加上客户，方便以后带走”，大家都去办{e}"),
    ("s", "p", "R1", "您转来的那篇说“增额寿零风险”，写得对，我一直这么跟客户讲{e}"),
    ("s", "p", "R4", "就像您说的“全权委托最省心”，那以后您的账户我来打理{e}"),
]

QUOTATION_NEAR = [
    ("s", "p", "R1", "您说隔壁银行的人讲“这个产品保本”？这是误导销售，建议您保留聊天记录{e}"),
    ("s", "g", "R2", "有客户反映，有人自称我们公司的“老师”，说有内幕消息，那是冒充的，大家注意"),
    ("s", "p", "R1", "您转给我的截图里写着“稳赚不赔，日赚3%”，这是典型的诈骗话术，别理它{e}"),
    ("s", "p", "R4", "{name}，您说那个“专家”让您把账户密码给他？千万别给！"),
    ("s", "i", "R3", "合规通报：某员工对客户说“转到我个人账户更快”，已被辞退{e}"),
    ("s", "p", "R5", "截图里那人说“加我私人微信领红包”，是假冒的，我们不会这样{e}"),
    ("s", "i", "R1", "客户投诉说去年有业务员承诺“保证收益8%”，正在核实，相关人员配合一下{e}"),
    ("s", "i", "R4", "培训案例：某员工说“我帮你操作，你放心”，最后客户亏损引发纠纷，大家别学"),
    ("s", "p", "R1", "有客户转来简讯写“保本保息”，那是诈骗啦，不要点连结{e}", "T"),
    ("s", "p", "R2", "佢话“呢只股有庄家”，我同佢讲唔好信{e}", "T"),
    ("s", "p", "R1", "客户 forward 了一条 message 说“guaranteed 包赚”，我已经告诉他是 scam 了"),
    ("c", "p", "R2", "[转发] 张老师：明天有内幕消息，进群免费领。这个是真的吗{e}"),
    ("c", "g", "R1", "我朋友说你们这个分红险稳赚，是这样吗？{e}"),
    ("s", "p", "R1", "您爱人说“{ins}就是零风险”，这个说法不准确，我给您讲讲条款{e}"),
    ("s", "i", "R3", "稽核问我“有没有私下交易”，我说没有，记录也都给他们看了{e}"),
    ("s", "i", "R2", "晨会复盘：昨天有同事在群里说“{stk}要拉升”，已撤回并被批评，请大家注意"),
    ("s", "p", "R3", "有人跟您说我们可以“返佣三个点”？没有这回事，请以官网为准{e}"),
    ("s", "p", "R4", "那个群主说“全权委托给他年化30%”？这就是非法代客理财，快退群{e}"),
    ("s", "g", "R5", "重要：有人冒充我说“这个号不用了，加我私人号”，请大家认准这个企业微信"),
    ("s", "p", "R1", "媒体报道里那句“零风险高收益”是骗子的原话，警方已经立案了{e}"),
    ("s", "i", "R1", "质检发现录音里有“稳赚”一词，经复核是客户说的，不是我们员工说的{e}"),
    ("s", "p", "R2", "{name}，您听到的“内部消息”是短信群发的，几万人都收到了，别当真"),
    ("s", "p", "R3", "您朋友说他的理财经理会“飞单给高收益”？这其实是违规的，风险很大{e}"),
    ("s", "i", "R4", "考题：客户说“密码给你，你帮我弄”，员工回“好的我帮你操作”，是否合规？答：不合规"),
    ("s", "p", "R1", "您母亲说业务员讲过“这保单包赚”，我们会调录音核实，给您一个交代{e}"),
    ("s", "p", "R5", "您收到的“我是客户经理，加我个人号”这条短信不是我发的，请不要添加{e}"),
    ("s", "i", "R2", "转发监管通报原文：“某机构员工向客户传递内部消息”，被罚款并暂停执业"),
    ("s", "p", "R1", "朋友圈那个“保本年化10%”的广告是假的，正规机构不可能这样宣传{e}"),
    ("c", "p", "R3", "之前那个业务员说“钱转到我个人账户，我帮你投”，我没转，对吧{e}"),
    ("s", "p", "R4", "客户原话：“账户密码给你，你全权处理”，我当场拒绝了，已报备{e}"),
    ("s", "i", "R3", "客户来电说有人许诺“返点0.5%”，经查非我司员工，已提醒客户{e}"),
    ("s", "p", "R2", "你说的“庄家带你赚”是诈骗集团常用话术，千万别汇款{e}", "T"),
    ("s", "i", "R1", "Client 说之前 RM 讲过 “zero risk 零风险”，我们要 follow up 一下是谁说的"),
    ("s", "p", "R5", "{name}，那个“私人微信客服”是假的，官方客服只在App里{e}"),
    ("s", "p", "R1", "您引用的“稳赚不赔”是那篇文章的标题党，正文其实写了风险{e}"),
    ("s", "p", "R3", "客户问“别人都私下转账，你怎么不行？”我解释了，这是红线，不能碰"),
    ("s", "i", "R4", "案例学习：员工称“代客理财是增值服务”，被处罚，大家要引以为戒{e}"),
    ("c", "p", "R1", "我孙子发给我的这个说什么零风险高收益你给看看是不是骗人的{e}"),
]

NUMBERS_HITS = [
    ("s", "p", "R6", "{name}，我手机号{mob}，有事直接打我{e}"),
    ("s", "i", "R6", "客户{cname}的身份证号{idn}，麻烦帮忙录一下系统"),
    ("s", "i", "R6", "帮我查下这张卡{card}，客户说钱一直没到账{e}"),
    ("s", "p", "R6", "{name}，核对一下您的收款卡号：{card}，没问题我就提交了"),
    ("s", "i", "R6", "晨会通报：昨日新增客户{cname}，手机{mob}，下午安排回访"),
    ("s", "g", "R6", "{cname}阿姨的电话是{mob}，谁今天有空帮我联系一下"),
    ("s", "p", "R6", "您说的号码是不是{mob:cn}？我念给您听听对不对"),
    ("s", "q", "R6", "老张，客户{cname}身份证{idn:sep}，投保单上照这个填"),
    ("s", "i", "R6", "Pls check 下 client 的 card no. {card}，RM 说 transfer failed"),
    ("s", "p", "R6", "林小姐，您的手机号我这边登记的是{mob}，对吗？", "T"),
    ("s", "p", "R6", "陈生，你张卡号係咪{card}？我帮你睇下{e}", "T"),
    ("s", "i", "R6", "【录入】投保人{cname}，证件号码{idn}，受益人法定"),
    ("s", "p", "R6", "打款账户：{card}，户名{cname}，开户行招商银行"),
    ("s", "i", "R6", "期货开户资料：{cname}，{idn}，手机{mob}"),
    ("s", "p", "R6", "{name}，给孩子投保需要的身份证号是{idn}吧？我核对下"),
    ("s", "i", "R6", "@所有人 客户{cname}换号了，新号码{mob:mix}，旧号作废"),
    ("s", "q", "R6", "这个客户的卡号你记下：{card:sep}，明早扣费用"),
    ("c", "p", "R6", "我电话{mob}你打这个{e}"),
    ("c", "p", "R6", "小王啊我的电话是{mob:cn}你记一下有事打我"),
    ("c", "p", "R6", "身份证号{idn}，帮我看看我能不能买{ins}"),
    ("c", "p", "R6", "卡号{card}，钱打这张卡就行{e}"),
    ("c", "p", "R6", "我的卡号是{card:cn}工商银行的你看对不对啊"),
    ("c", "p", "R6", "截图文字：收款人{cname} 账号{card} 开户行中国银行"),
    ("c", "p", "R6", "我儿子的手机{mob}，以后有事你也可以找他"),
    ("c", "g", "R6", "我电话{mob}，谁有{ins}的资料发我一份"),
    ("c", "p", "R6", "我身份证是{idn:cn}你帮我填上我眼睛不好"),
    ("c", "p", "R6", "我的手机是{mob}，麻烦打给我，谢谢喔", "T"),
    ("c", "p", "R6", "我张卡{card}，唔该帮我入返啲钱{e}", "T"),
    ("c", "p", "R6", "my number is {mob}，晚上 call 我{e}"),
    ("c", "p", "R6", "手机号：{mob:fw}"),
    ("c", "p", "R6", "{mob:mix}这是我新号码，旧的不用了"),
    ("c", "p", "R6", "转账失败了，卡号{card:sep}，你帮我看看是不是输错了"),
    ("c", "p", "R6", "我老伴的身份证{idn:sep}我的回头再发你"),
    ("c", "p", "R6", "我女儿电话{mob:cn}她明天过来签字"),
    ("c", "p", "R6", "上次那个表你要的号码{idn}，还有电话{mob}"),
    ("c", "p", "R6", "你好我是{cname}，身份证{idn:mix}，电话{mob:sep}，想咨询{ins}"),
    ("s", "p", "R6", "{name}，我换工作手机了，新号{mob:sep}，您存下{e}"),
    ("c", "p", "R6", "工资卡{card:mix}你帮我查查为啥扣款没成功"),
    ("s", "i", "R6", "客户{cname}的卡{card}，绑定失败三次了，谁帮看看"),
    ("c", "p", "R6", "这是我的银行卡号 {card:fw} 你看清楚"),
    ("c", "p", "R6", "电话{mob:spaced}打这个"),
]

NUMBERS_NEAR = [
    ("s", "p", "R6", "{name}，您的保单号是{policy}，请妥善保存{e}"),
    ("c", "p", "R6", "验证码是{vcode}吗？刚收到的"),
    ("s", "p", "R6", "本次转账金额{money}元，预计{date}到账{e}"),
    ("s", "i", "R6", "订单号{order}的客户已经签收，请跟进回访"),
    ("s", "p", "R6", "我们客服热线{hot}，工作日早九点到晚五点半{e}"),
    ("c", "p", "R6", "我电话{mob10}你打下"),
    ("c", "p", "R6", "身份证{bid}你帮我看下对不对"),
    ("s", "i", "R6", "客户卡号{bcard}转账一直失败，银行说卡号校验不通过"),
    ("s", "p", "R6", "座机{land}，上班时间打这个就行{e}"),
    ("s", "p", "R6", "{name}，您尾号{tail}的那张卡已经绑定成功{e}"),
    ("s", "p", "R6", "您登记的手机是{mmask}，如有变更请告知{e}"),
    ("s", "i", "R6", "今日业绩：{money}元，目标完成率{pct}{e}"),
    ("c", "p", "R6", "我身份证是不是少写了位{bid17}你看看"),
    ("c", "p", "R6", "我记得是{mobpfx}这个号码怎么打不通"),
    ("s", "p", "R6", "合同编号{contract}，请在{date}前签署{e}"),
    ("s", "i", "R6", "工号{empno}的同事请到前台领工牌"),
    ("s", "p", "R6", "您的客户号是{n10}，登录App时使用{e}"),
    ("c", "p", "R6", "转了{money}元过去了，交易流水号{order}"),
    ("s", "p", "R6", "{name}，您的身份证号码{idmask}已认证通过{e}"),
    ("s", "p", "R6", "扣款卡号{cmask}，每年{date2}自动扣保费"),
    ("c", "p", "R6", "我的电话是{mob10:cn}你记下"),
    ("c", "p", "R6", "卡号{bcard:cn}怎么转不进去"),
    ("s", "g", "R6", "今晚直播讲{ins}，会议号{meet}，大家准时{e}"),
    ("s", "i", "R6", "本月新单保费合计{money}元，同比增长{pct}"),
    ("s", "p", "R6", "快递单号{express}，合同已经给您寄出了{e}"),
    ("s", "p", "R6", "您的预约码是{vcode}，到网点出示即可{e}"),
    ("c", "p", "R6", "我家座机{land}有事打这个手机老没电"),
    ("s", "p", "R6", "{name}，收益到账{money}元，请查收{e}"),
    ("c", "p", "R6", "这个身份证号{bid}为什么系统说不对"),
    ("s", "i", "R6", "这张卡{bcard:sep}客户说输了好几次都提示无效"),
    ("s", "p", "R6", "这是我们网点电话{land}，地址在{addr}"),
    ("c", "p", "R6", "令牌上的动态码{vcode}，是输这个吗"),
    ("s", "p", "R6", "您咨询的产品代码是{pcode}，可以在App搜索{e}"),
    ("c", "p", "R6", "我刚打的是{mobpfx:sep}怎么说是空号"),
    ("s", "i", "R6", "系统编号{sysno}的工单已关闭{e}"),
    ("s", "p", "R6", "发票号码{invoice}，抬头开的是您公司{e}"),
    ("s", "i", "R6", "{date}到期客户共{cnt}户，请各组认领，合同号{contract}起"),
    ("c", "p", "R6", "卡号好像少了位{bcard15}你看看是不是这个"),
    ("s", "p", "R6", "{name}，您说的号码{mob10:sep}少了位，麻烦再发一次完整的{e}"),
]

TEMPLATES = {
    "numbers": (NUMBERS_HITS, NUMBERS_NEAR),
    "rhetorical": (RHETORICAL_HITS, RHETORICAL_NEAR),
    "prohibition": (PROHIBITION_HITS, PROHIBITION_NEAR),
    "warning_report": (WARNING_HITS, WARNING_NEAR),
    "refusal": (REFUSAL_HITS, REFUSAL_NEAR),
    "quotation": (QUOTATION_HITS, QUOTATION_NEAR),
}


def parse_tpl(t):
    role, ctx, labels, text = t[0], t[1], t[2], t[3]
    forced = len(t) > 4 and t[4] == "T"
    return role, ctx, sorted(labels.split(",")), text, forced


# ---------------------------------------------------------------------------
# message-level checks (used while generating and again in the self-check)
# ---------------------------------------------------------------------------
def rules_present(norm):
    loose, strict = set(), set()
    for r in KW_RULES:
        for kw in KEYWORDS[r]:
            if kw in norm:
                loose.add(r)
                if r != "R2" or kw != "拉升":
                    strict.add(r)
    for m in re.finditer("拉升", norm):
        if norm[max(0, m.start() - 2):m.start()] not in MARKET_PREFIX:
            strict.add("R2")
    return loose, strict


def message_problems(cat, kind, role, labels, text, nums):
    probs = []
    if not 5 <= len(text) <= 140:
        probs.append("length %d" % len(text))
    if not labels:
        probs.append("empty labels")
    norm = normalize(text)
    loose, strict = rules_present(norm)
    kw_labels = [r for r in labels if r in KW_RULES]
    for r in KW_RULES:
        if r not in labels and r in loose:
            probs.append("keyword of unlabelled rule %s" % r)
    if kind == "hit":
        for r in kw_labels:
            if r not in strict:
                probs.append("hit lacks an asserted keyword of %s" % r)
        if kw_labels and role != "s":
            probs.append("R1-R5 hit not sent by staff")
        if cat != "numbers" and role != "s":
            probs.append("hit in sentence category not sent by staff")
    else:
        if cat != "numbers" and not any(r in loose for r in kw_labels):
            probs.append("near miss lacks a keyword of its labels")
    runs = digit_runs(text)
    run_set = set(runs)
    found = []
    for run in runs:
        found.extend(valid_windows(run))
    for kind_n, d, valid in nums:
        if d not in run_set:
            probs.append("number %s is not a standalone digit run" % d)
        if valid and not strictly_valid(kind_n, d):
            probs.append("number %s is not a valid %s" % (d, kind_n))
        if not valid:
            if kind_n == "bad_id" and (len(d) != 18 or id_checksum_ok(d)):
                probs.append("bad id %s is not a wrong-checksum id" % d)
            if kind_n == "bad_card" and (not 16 <= len(d) <= 19 or luhn_ok(d)):
                probs.append("bad card %s passes Luhn" % d)
            if kind_n == "mob10" and len(d) != 10:
                probs.append("mob10 %s has wrong length" % d)
            if kind_n == "mob_prefix" and (len(d) != 11 or MOBILE_RE.fullmatch(d)):
                probs.append("prefix number %s is a mobile" % d)
    want_r6 = kind == "hit" and "R6" in labels
    if want_r6:
        valid_recorded = [d for k, d, v in nums if v]
        if not valid_recorded:
            probs.append("R6 hit without a recorded valid number")
        if not found:
            probs.append("R6 hit without any valid number in the text")
    else:
        if found:
            probs.append("unexpected valid number(s) %s" % sorted(set(s for _, s in found)))
        if any(v for _, _, v in nums):
            probs.append("valid number recorded in a message not labelled as R6 hit")
    if cat == "numbers" and kind == "nm":
        if not any(len(d) >= 4 for _, d, v in nums if not v):
            probs.append("numbers near miss without a number-like digit run")
    if cat == "numbers" and labels != ["R6"]:
        probs.append("numbers message labels must be [R6]")
    return probs


# ---------------------------------------------------------------------------
# people and chats
# ---------------------------------------------------------------------------
STAFF_PINYIN = ["zhangwei", "wangfang", "lina", "liuyang", "chenjing", "yangli",
                "huangmin", "zhaolei", "wuhao", "zhouxin", "xuli", "sunyan",
                "maqiang", "zhuying", "hujun", "guojing", "hezhiqiang",
                "linjiahui", "luoxiaomei", "gaoyuan", "liangchen", "songjia",
                "tangwen", "hanxue", "fengtao", "dengjie"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def make_people(rng):
    staff = []
    used = set()
    for name in STAFF_PINYIN:
        while True:
            sid = name + str(rng.randint(100, 999))
            if sid not in used:
                used.add(sid)
                staff.append(sid)
                break
    customers = []
    while len(customers) < 70:
        cid = "wm" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(12, 16)))
        if cid not in used:
            used.add(cid)
            customers.append(cid)
    cgroups = []
    for _ in range(12):
        rid = "wr" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(16, 22)))
        members = rng.sample(staff, rng.randint(1, 2)) + rng.sample(customers, rng.randint(3, 7))
        cgroups.append((rid, members))
    igroups = []
    for _ in range(5):
        rid = "wr" + "".join(rng.choice(ALNUM) for _ in range(rng.randint(16, 22)))
        igroups.append((rid, rng.sample(staff, rng.randint(4, 9))))
    return {"staff": staff, "customers": customers, "cgroups": cgroups, "igroups": igroups}


def route(role, ctx, people, rng):
    staff, customers = people["staff"], people["customers"]
    if ctx == "p":
        s, c = rng.choice(staff), rng.choice(customers)
        return (s, [c], "") if role == "s" else (c, [s], "")
    if ctx == "q":
        a, b = rng.sample(staff, 2)
        return a, [b], ""
    if ctx == "g":
        rid, members = rng.choice(people["cgroups"])
        pool = [m for m in members if (m.startswith("wm") == (role == "c"))]
        sender = rng.choice(pool)
        return sender, [m for m in members if m != sender], rid
    if ctx == "i":
        rid, members = rng.choice(people["igroups"])
        sender = rng.choice(members)
        return sender, [m for m in members if m != sender], rid
    raise GenError("bad ctx " + ctx)


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
def render_one(cat, tpl, rng):
    role, ctx, labels, text_t, forced = parse_tpl(tpl)
    meta = {"nums": []}
    text = fill(text_t, rng, meta)
    sep = False
    if cat != "numbers" and rng.random() < P_SEP:
        text, sep = insert_separator(text, labels, rng)
    trad = forced or rng.random() < P_TRAD
    if trad:
        text = to_trad(text)
    return text, meta["nums"], sep, trad


def build(seed):
    rng = random.Random(seed)
    people = make_people(rng)
    files, data = {}, {}
    base_time = 1719792000000
    for ci, cat in enumerate(CATEGORIES):
        seen = set()
        msgs = []
        for kind, tpls in (("hit", TEMPLATES[cat][0]), ("nm", TEMPLATES[cat][1])):
            order = list(range(len(tpls)))
            order += [rng.randrange(len(tpls)) for _ in range(N_PER_KIND - len(tpls))]
            for pos, ti in enumerate(order):
                first_use = pos < len(tpls)
                tries, last = 0, None
                while True:
                    tries += 1
                    role, ctx, labels, _, _ = parse_tpl(tpls[ti])
                    text, nums, sep, trad = render_one(cat, tpls[ti], rng)
                    probs = message_problems(cat, kind, role, labels, text, nums)
                    if not probs and text not in seen:
                        break
                    last = probs or ["duplicate text"]
                    if tries >= MAX_TRIES:
                        if first_use or last != ["duplicate text"]:
                            raise GenError("%s %s template t%02d (%s): %s" % (
                                cat, kind, ti + 1, tpls[ti][3], "; ".join(last)))
                        ti, tries = rng.randrange(len(tpls)), 0
                seen.add(text)
                msgs.append({"kind": kind, "tpl": ti + 1, "role": role, "ctx": ctx,
                             "labels": labels, "text": text, "nums": nums,
                             "sep": sep, "trad": trad})
        rng.shuffle(msgs)
        t = base_time + ci * 5 * 86400000 + rng.randint(0, 3600000)
        seq = rng.randint(10000, 90000)
        lines = []
        truth = {"hits": {}, "near_misses": {}}
        for i, m in enumerate(msgs, 1):
            t += rng.randint(15000, 1500000)
            seq += rng.randint(1, 9)
            sender, tolist, roomid = route(m["role"], m["ctx"], people, rng)
            msgid = "h12_%s_%04d_%s_t%02d" % (cat, i, m["kind"], m["tpl"])
            rec = {"msgid": msgid, "action": "send", "from": sender, "tolist": tolist,
                   "roomid": roomid, "msgtime": t, "seq": seq, "msgtype": "text",
                   "text": {"content": m["text"]}}
            m["record"] = rec
            lines.append(json.dumps(rec, ensure_ascii=False))
            (truth["hits"] if m["kind"] == "hit" else truth["near_misses"])[msgid] = m["labels"]
        files[os.path.join(SET_NAME, cat, "corpus.jsonl")] = "\n".join(lines) + "\n"
        files[os.path.join(SET_NAME, cat, "truth.json")] = json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        data[cat] = msgs
    return files, data, people


# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------
STAFF_RE = re.compile(r"[a-z]+\d{3}")
CUST_RE = re.compile(r"wm[A-Za-z0-9]{12,16}")
ROOM_RE = re.compile(r"wr[A-Za-z0-9]+")
MSGID_RE = re.compile(r"h12_([a-z_]+)_(\d{4})_(hit|nm)_t(\d{2})")


def self_check(files, data, files_again):
    errs = []
    if files != files_again:
        errs.append("output is not deterministic (two in-memory builds differ)")
    # table sanity
    if len(T2S) != len(S2T):
        errs.append("s2t table is not one-to-one")
    if set(S2T) & set(T2S):
        errs.append("s2t table has chained entries %s" % sorted(set(S2T) & set(T2S)))
    all_ids = set()
    for cat in CATEGORIES:
        msgs = data[cat]
        hits_tpls, nm_tpls = TEMPLATES[cat]
        for kind, tpls in (("hit", hits_tpls), ("nm", nm_tpls)):
            sub = [m for m in msgs if m["kind"] == kind]
            if len(sub) != N_PER_KIND:
                errs.append("%s %s: %d messages" % (cat, kind, len(sub)))
            used = set(m["tpl"] for m in sub)
            if len(used) < MIN_TEMPLATES:
                errs.append("%s %s: only %d distinct templates" % (cat, kind, len(used)))
            if len(tpls) < MIN_TEMPLATES:
                errs.append("%s %s: only %d templates defined" % (cat, kind, len(tpls)))
            texts = [t[3] for t in tpls]
            if len(set(texts)) != len(texts):
                errs.append("%s %s: duplicate template text" % (cat, kind))
        # parse files back
        lines = files[os.path.join(SET_NAME, cat, "corpus.jsonl")].splitlines()
        truth = json.loads(files[os.path.join(SET_NAME, cat, "truth.json")])
        if len(lines) != 2 * N_PER_KIND:
            errs.append("%s: corpus has %d lines" % (cat, len(lines)))
        last_t, last_seq = -1, -1
        texts = set()
        for line, m in zip(lines, msgs):
            rec = json.loads(line)
            mid = rec["msgid"]
            mm = MSGID_RE.fullmatch(mid)
            if not mm or mm.group(1) != cat or mm.group(3) != m["kind"]:
                errs.append("bad msgid %s" % mid)
            if mid in all_ids:
                errs.append("duplicate msgid %s" % mid)
            all_ids.add(mid)
            if list(rec.keys()) != ["msgid", "action", "from", "tolist", "roomid",
                                    "msgtime", "seq", "msgtype", "text"]:
                errs.append("%s: bad key order" % mid)
            if rec["action"] != "send" or rec["msgtype"] != "text":
                errs.append("%s: bad action/msgtype" % mid)
            if not isinstance(rec["msgtime"], int) or rec["msgtime"] <= last_t:
                errs.append("%s: msgtime not increasing" % mid)
            if not isinstance(rec["seq"], int) or rec["seq"] <= last_seq:
                errs.append("%s: seq not increasing" % mid)
            last_t, last_seq = rec["msgtime"], rec["seq"]
            sender = rec["from"]
            is_staff = bool(STAFF_RE.fullmatch(sender))
            is_cust = bool(CUST_RE.fullmatch(sender))
            if is_staff == is_cust:
                errs.append("%s: bad sender id %s" % (mid, sender))
            if (m["role"] == "s") != is_staff:
                errs.append("%s: sender role mismatch" % mid)
            members = [sender] + rec["tolist"]
            for p in members:
                if not (STAFF_RE.fullmatch(p) or CUST_RE.fullmatch(p)):
                    errs.append("%s: bad member id %s" % (mid, p))
            if rec["roomid"]:
                if not ROOM_RE.fullmatch(rec["roomid"]) or len(rec["tolist"]) < 2:
                    errs.append("%s: bad group chat" % mid)
                if not any(STAFF_RE.fullmatch(p) for p in members):
                    errs.append("%s: group without staff" % mid)
            else:
                if len(rec["tolist"]) != 1:
                    errs.append("%s: one-to-one chat with %d receivers" % (mid, len(rec["tolist"])))
                if not any(STAFF_RE.fullmatch(p) for p in members):
                    errs.append("%s: one-to-one chat without staff" % mid)
            text = rec["text"]["content"]
            if text != m["text"]:
                errs.append("%s: text mismatch" % mid)
            if text in texts:
                errs.append("%s: duplicate text" % mid)
            texts.add(text)
            key = "hits" if m["kind"] == "hit" else "near_misses"
            other = "near_misses" if key == "hits" else "hits"
            if truth[key].get(mid) != m["labels"] or mid in truth[other]:
                errs.append("%s: truth mismatch" % mid)
            for p in message_problems(cat, m["kind"], m["role"], m["labels"], text, m["nums"]):
                errs.append("%s: %s | %s" % (mid, p, text))
        if len(truth["hits"]) + len(truth["near_misses"]) != len(lines):
            errs.append("%s: truth size mismatch" % cat)
    # proportions
    all_msgs = [m for cat in CATEGORIES for m in data[cat]]
    trad = sum(m["trad"] for m in all_msgs) / float(len(all_msgs))
    if not 0.18 <= trad <= 0.33:
        errs.append("traditional share %.3f not about a quarter" % trad)
    sent = [m for cat in CATEGORIES[1:] for m in data[cat]]
    sep = sum(m["sep"] for m in sent) / float(len(sent))
    if not 0.11 <= sep <= 0.19:
        errs.append("separator share %.3f not about 15%%" % sep)
    return errs


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: %s OUT_DIR\n" % argv[0])
        return 2
    out_dir = argv[1]
    try:
        files, data, _ = build(SEED)
        files2, _, _ = build(SEED)
    except GenError as ex:
        sys.stderr.write("error: %s\n" % ex)
        return 1
    errs = self_check(files, data, files2)
    if errs:
        for e in errs[:200]:
            sys.stderr.write("error: %s\n" % e)
        if len(errs) > 200:
            sys.stderr.write("error: ... %d more\n" % (len(errs) - 200))
        return 1
    for rel in sorted(files):
        path = os.path.join(out_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(files[rel])
    all_msgs = [m for cat in CATEGORIES for m in data[cat]]
    sent = [m for cat in CATEGORIES[1:] for m in data[cat]]
    for cat in CATEGORIES:
        h, n = TEMPLATES[cat]
        print("%-15s hits=%d near_misses=%d templates hit=%d nm=%d" % (
            cat, sum(m["kind"] == "hit" for m in data[cat]),
            sum(m["kind"] == "nm" for m in data[cat]), len(h), len(n)))
    print("traditional %.1f%%, separator-in-keyword %.1f%% of sentence messages" % (
        100.0 * sum(m["trad"] for m in all_msgs) / len(all_msgs),
        100.0 * sum(m["sep"] for m in sent) / len(sent)))
    print("written to %s" % os.path.join(out_dir, SET_NAME))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
