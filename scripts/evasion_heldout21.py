#!/usr/bin/env python3
"""Blind held-out evaluation set 21 ("heldout21") for the compliance-chat risk scanner (issue 17).

Provenance
----------
Written blind. The author never opened the scanner, its rule files, its tests, its archive or
any earlier evaluation set (neither the other held-out generators nor the training generator),
and searched nothing (no web or code search). Every template below was written from general
knowledge of how Chinese-speaking financial sales staff and their customers talk on WeCom
(企业微信). The only repository file read was scripts/eval_categories.sh, to wire this set in.
The set is meant to be run once, as committed; do not tune the scanner to it. Once it has been
scored it may become training data, like the sets before it.

Voices
------
Shandong and Henan Mandarin (俺, 恁, 中, 咋, 啥); Hebei / Tianjin-adjacent speech (嘛 for 什么,
得嘞, 您自个儿); Shanxi (甚, 咋了); Jiangxi (冇, 别个, 晓得) and Anhui (么事, 哪个) speech;
Yunnan / Guizhou (哪样, 整, 得不得, 莫); Fujian-accented Mandarin (啦, 齁 sparingly);
Malaysian and Indonesian Chinese (lah, meh, 咯, 酱, 几时, counter, IC); overseas-Chinese / ABC
code-switching with English (guaranteed, no risk, DM me); Shanghai white-collar English mixing
(case, team, efficient, lock); plus plain formal voices for announcements, minutes and bots.
Settings: precious metals and gold accumulation plans, forex and offshore funds, trust
products, car loans and credit-card instalments, insurance claims handling, private bankers for
high-net-worth clients, brokerage account openers, elderly customers' children writing on their
behalf, forwarded chat records ([聊天记录] headers), meeting minutes and training role-plays
(角色扮演, 话术演练) posted in internal groups, WeCom group announcements with numbered lists,
complaint handling, FAQ-bot answers, long email-style messages, heavy emoji and kaomoji, and
typo'd homophones that are not literal keywords (never labelled, and only ever next to a real
keyword of the same rule).

Hard cases
----------
Spread over every keyword category: the deciding clause two or three clauses away from the
keyword; negation scope across commas; double negation; irony and sarcasm; conditional offers;
a reported question followed by the speaker's real answer; corrections and retractions;
concessions (虽然…但…, 虽说…但是…); lists and headings with the violation in one item; a
keyword inside a product, app or file name (near miss); a prohibition phrased without any
keyword plus a separate real violation (labelled with the violation only); quoting one's own
earlier promise; role-play lines explicitly marked as the wrong example (near) or endorsed
(hit); keywords split by one of the separators `· -_*.~` in a minority (more than 0 and under
15 %) of each category's hits; 20-30 % of every category rendered in traditional characters
through a one-to-one simplified-to-traditional table written below (ambiguous characters such as
发 干 后 里 面 只 台 几 系 着 余 佣 托 are left out; the exact fold-back round trip is checked).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals (with 幺 and 两), 大写,
mixed Chinese / Arabic, full-width digits, split by spaces, dashes, dots or commas; versus
look-alikes: a bad ID check character, an impossible birth date, a bad province code, 17-digit
IDs, Luhn failures, masked numbers, order / serial / policy / ticket / contract codes,
landlines and hotlines, HK / Taiwan / Malaysia / US phones, 10-digit and 12x mobiles, Taiwan and
HK identity numbers, amounts, dates, QQ numbers, postcodes, OTPs, VINs and plates.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout21.py OUT_DIR

Standard library only; fixed seed (SEED = 21_2026_1206); never reads the clock. The set is built
twice in memory and compared; every self-check runs before any file is written. On any failure
the errors go to stderr, the exit status is 1 and nothing is written.

Layout
------
OUT_DIR/heldout21/<category>/corpus.jsonl: one WeCom archive text message per line with the keys,
in this order, msgid, action ("send"), from, tolist, roomid, msgtime, seq, msgtype ("text") and
text ({"content": ...}). msgid = h21_<category>_<NNNN>_<hit|near>_t<NN>, NNNN running 0001..0300
in file order and tNN the template number within its kind (hit and near templates are numbered
separately). msgtime rises strictly from 1770000000000 (ms) and seq from 840000 in each file.
OUT_DIR/heldout21/<category>/truth.json: {"hits": {msgid: [rules]}, "near_misses": {msgid:
[rules]}}; hits are the rules the scanner must raise on that message, near misses the rules
whose keywords are present but which the scanner must not raise. Every message is in exactly
one of the two maps. Categories: numbers, rhetorical, prohibition, warning_report, refusal,
quotation; 150 hits and 150 near misses each, shuffled. Staff senders are plain userids
(lowercase pinyin, at most one dot); customers are "wm" + 22 alphanumerics; roomid is "" for
one-to-one chats and "wr" + 18 alphanumerics for groups; tolist is the other party (one-to-one)
or every other group member (groups).

Rule pack
---------
Keywords are matched literally after folding traditional to simplified and removing the
separators `· -_*.~` (the space included).
R1 guaranteed return: 保本 保收益 稳赚不赔 保证收益 零风险 包赚 稳赚
R2 insider info: 内幕消息 内部消息 庄家 拉升 (拉升 never directly after 大盘/指数/板块/尾盘/早盘)
R3 private dealing: 私下转账 转到我个人 私下交易 飞单 返佣 返点
R4 discretionary: 账户密码 帮你操作 代客理财 全权委托
R5 off-channel: 私人微信 加我个人号 私人号
R1-R5 apply to staff messages only; customer messages appear only as near misses.
R6 personal data (staff and customers): a mainland mobile (1[3-9] + 9 digits), an 18-character
resident ID (plausible province code, real birth date, ISO 7064 MOD 11-2 check character) or a
16-19 digit bank card passing Luhn, read after folding, mapping Chinese / 大写 / full-width
numerals to digits (幺=1, 两=2, 〇/零=0) and dropping separators (the keyword separators plus ,
and ，). Every numbers message is labelled ["R6"], as a hit or as a near miss, and holds no R1-R5
keyword; numbers hits may come from customers.
Category meanings: rhetorical (rhetorical questions that assert or urge vs real questions,
questions answered no and rhetorical questions that deny); prohibition (rules stated only to be
broken, excepted, hedged or mocked vs real prohibitions and rules); warning_report (fake
warnings that end up offering the violation vs real warnings and reports of others'
misconduct); refusal (refusals taken back, conditional yeses, "I don't usually, but for you" vs
refusals); quotation (quoting in order to endorse, stand by or repeat one's own promise vs
quoting others, customers or ads to reject or report them).

Self-checks
-----------
150 hits and 150 near misses per category; at least 35 templates per kind, each used 3-5 times;
unique, well-formed msgids numbered in file order with the right kind and template number;
strictly increasing msgtime and seq from the stated starts; exact key order and fixed fields;
sender, tolist and roomid shapes and routing (one-to-one between a staff member and a customer,
groups addressed to every other member, internal groups staff only); R1-R5 hits sent by staff
only and customer messages only as near misses (outside numbers); keyword presence after
folding and separator removal equals the label set; numbers messages carry no R1-R5 keyword;
no 拉升 directly after 大盘/指数/板块/尾盘/早盘; traditional share 20-30 % per category with an
exact fold-back round trip and a one-to-one table; split-keyword share of hits above 0 and under
15 % per keyword category; unique texts across the whole set; sane lengths; no unexpanded slot
markers; every numbers hit holds a valid, digit-bounded R6 item; no valid R6 item in any 11, 16,
17, 18 or 19 character window of the numbers near misses or of any other category;
determinism (two builds, byte-identical).
"""

import datetime
import json
import os
import random
import re
import sys

SEED = 21_2026_1206
SET_NAME = "heldout21"
CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation"]
KEYWORD_CATEGORIES = CATEGORIES[1:]
PER_KIND = 150
MSGTIME0 = 1770000000000
SEQ0 = 840000

KEYWORDS = {
    "R1": ["保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"],
    "R2": ["内幕消息", "内部消息", "庄家", "拉升"],
    "R3": ["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    "R4": ["账户密码", "帮你操作", "代客理财", "全权委托"],
    "R5": ["私人微信", "加我个人号", "私人号"],
}
RULES = ["R1", "R2", "R3", "R4", "R5"]
LIFT_BLOCKERS = ["大盘", "指数", "板块", "尾盘", "早盘"]
SEPS = "· -_*.~"
R6_SEPS = SEPS + ",，"
SPLIT_SEPS = "·-_*.~ "

# ---------------------------------------------------------------------------------------------
# Simplified -> traditional, one to one. Ambiguous characters are left out on purpose.
# ---------------------------------------------------------------------------------------------
_S2T_PAIRS = (
    "这這们們来來会會对對时時还還没沒为為么麼吗嗎个個给給让讓钱錢银銀买買卖賣产產经經资資币幣"
    "险險车車贷貸规規违違严嚴监監举舉报報话話练練组組员員问問题題应應该該谁誰听聽见見觉覺过過"
    "边邊长長门門开開关關电電讯訊记記录錄议議纪紀谈談请請认認识識读讀写寫实實际際样樣类類万萬"
    "亿億块塊润潤涨漲亏虧损損赢贏输輸无無担擔带帶领領导導师師专專业業务務头頭条條积積计計离離"
    "债債现現场場级級线線简簡单單两兩岁歲儿兒妈媽爷爺孙孫试試验驗难難呗唄晓曉讲講诉訴较較错錯"
    "进進运運动動态態势勢机機构構网網络絡页頁图圖显顯标標证證书書约約维維护護确確东東广廣贵貴"
    "马馬亚亞华華侨僑国國语語满滿义義处處罚罰将將称稱总總队隊红紅绿綠蓝藍黄黃稳穩养養寿壽医醫"
    "疗療赔賠调調额額费費优優惊驚热熱号號众眾筹籌盘盤庄莊数數顾顧虑慮忧憂讨討论論则則罗羅辑輯"
    "执執纸紙质質诚誠恳懇谢謝欢歡烦煩释釋决決办辦职職责責负負爱愛亲親邻鄰乡鄉馆館饭飯礼禮节節"
    "庆慶乐樂预預订訂购購货貨赠贈奖獎励勵协協盖蓋审審诈詐骗騙谎謊虚虛伪偽鸡雞鱼魚龙龍闻聞闹鬧"
    "阅閱闭閉厉厲压壓厅廳县縣区區备備够夠换換扫掃择擇坏壞坚堅声聲宝寶赚賺风風内內转轉账賬飞飛"
    "点點户戶码碼帮幫财財权權说說锁鎖铁鐵销銷链鏈键鍵闪閃阳陽阴陰阶階陆陸陈陳随隨隐隱静靜韩韓"
    "顶頂项項顺順顿頓频頻颜顏饮飲驾駕鸟鳥齐齊龄齡贰貳与與丽麗伟偉刚剛强強张張刘劉赵趙吴吳郑鄭"
    "杨楊鲁魯闽閩晋晉赣贛厦廈湾灣宁寧渐漸温溫测測济濟联聯脑腦脸臉营營虽雖补補装裝观觀视視训訓"
    "许許设設访訪评評词詞译譯询詢详詳误誤课課谋謀谓謂谨謹贝貝贡貢败敗贴貼贺賀赌賭赏賞赖賴赛賽"
    "赶趕趋趨跃躍践踐轨軌轮輪软軟轻輕载載辅輔辆輛辈輩辞辭达達远遠连連迟遲适適选選递遞遗遺邮郵"
    "酱醬针針钢鋼锋鋒闯闖闷悶阵陣雾霧饿餓惨慘汤湯鸭鴨凤鳳异異弃棄弹彈归歸当當彻徹忆憶怀懷恋戀"
    "恼惱悬懸惧懼惯慣愤憤戏戲战戰扑撲扩擴扰擾抢搶拟擬拥擁挡擋挣掙挥揮捡撿摄攝撑撐敌敵断斷旧舊"
    "晒曬暂暫杀殺杂雜极極枪槍柜櫃栏欄树樹档檔桥橋梦夢检檢楼樓欧歐毕畢气氣汉漢沟溝泪淚泽澤洁潔"
    "浅淺浓濃湿濕滚滾灵靈灯燈灾災炉爐烂爛烧燒牵牽状狀犹猶独獨猪豬献獻环環画畫疯瘋盐鹽矿礦砖磚"
    "础礎祸禍穷窮竞競笔筆筑築粮糧紧緊纠糾纯純纳納细細终終结結绍紹绝絕统統继繼绩績绪緒续續综綜"
    "缓緩编編缘緣缩縮缴繳肃肅肤膚胁脅脚腳荐薦药藥蛮蠻览覽贩販贯貫踪蹤迁遷逊遜逻邏钓釣钉釘馈饋"
    "驶駛驻駐骂罵骑騎鲜鮮鸿鴻麦麥齿齒仅僅仓倉伤傷侦偵俭儉倾傾储儲兑兌党黨兰蘭兴興冻凍减減凭憑"
    "击擊创創删刪剧劇劝勸劳勞卢盧卫衛却卻厂廠双雙变變叙敘叹嘆吓嚇启啟呜嗚响響唤喚啰囉喷噴园園"
    "围圍圆圓圣聖坛壇垫墊墙牆壮壯夸誇夹夾夺奪奋奮妆妝妇婦娱娛学學宠寵宪憲宫宮宽寬宾賓寻尋尘塵"
    "尝嘗层層属屬岗崗岭嶺帅帥帐帳库庫废廢弯彎径徑懒懶扬揚抚撫拦攔拨撥挤擠搅攪携攜摇搖摊攤旷曠"
    "晕暈枣棗桩樁横橫泼潑洒灑浏瀏浑渾渊淵渔漁滤濾滥濫潜潛灭滅烛燭狮獅猎獵玛瑪畅暢睁睜碍礙禅禪"
    "窃竊竖豎笼籠纤纖纬緯纱紗纲綱纵縱纷紛纹紋织織绑綁绕繞绘繪绵綿罢罷聪聰胆膽胜勝舰艦艰艱艺藝"
    "芦蘆荡蕩荣榮蚁蟻衬襯袭襲诗詩间間丢丟乱亂争爭仪儀侠俠俩倆凯凱剑劍劲勁厨廚吨噸哟喲壶壺庙廟"
    "捞撈搂摟敛斂斩斬栋棟沪滬洼窪灿燦炖燉狱獄琐瑣痒癢瘾癮盗盜笋筍筛篩粤粵纺紡绳繩缆纜翘翹肿腫"
    "胀脹舱艙苍蒼袄襖裤褲誉譽谣謠谱譜贫貧贬貶贱賤赁賃辉輝辖轄迈邁邓鄧钞鈔钩鉤铃鈴铜銅锅鍋锦錦"
    "镇鎮闸閘闺閨阀閥阁閣阔闊陕陝韵韻颁頒颗顆饱飽饰飾饺餃驱驅驳駁骄驕鸣鳴鹅鵝"
)


def _build_tables():
    pairs = _S2T_PAIRS
    errors = []
    if len(pairs) % 2:
        errors.append("traditional table: odd number of characters")
    s2t = {}
    for i in range(0, len(pairs) - 1, 2):
        s, t = pairs[i], pairs[i + 1]
        if s == t:
            errors.append("traditional table: %s maps to itself" % s)
        if s in s2t:
            errors.append("traditional table: %s listed twice" % s)
        s2t[s] = t
    t2s = {}
    for s, t in s2t.items():
        if t in t2s:
            errors.append("traditional table: %s is the image of %s and %s" % (t, t2s[t], s))
        t2s[t] = s
    for t in t2s:
        if t in s2t:
            errors.append("traditional table: %s is both a source and a target" % t)
    return s2t, t2s, errors


S2T, T2S, TABLE_ERRORS = _build_tables()


def to_traditional(text):
    return "".join(S2T.get(ch, ch) for ch in text)


def fold(text):
    return "".join(T2S.get(ch, ch) for ch in text)


def strip_seps(text, seps=SEPS):
    return "".join(ch for ch in text if ch not in seps)


def keyword_view(text):
    return strip_seps(fold(text))


def rules_present(text):
    view = keyword_view(text)
    return [r for r in RULES if any(k in view for k in KEYWORDS[r])]


def rules_present_raw(text):
    view = fold(text)
    return [r for r in RULES if any(k in view for k in KEYWORDS[r])]


def lift_blocked(text):
    view = keyword_view(text)
    start = 0
    while True:
        i = view.find("拉升", start)
        if i < 0:
            return False
        if view[max(0, i - 2):i] in LIFT_BLOCKERS:
            return True
        start = i + 1


# ---------------------------------------------------------------------------------------------
# R6 reading: fold, numerals to digits, drop separators.
# ---------------------------------------------------------------------------------------------
CN_NUM = {
    "〇": "0", "零": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
    "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2", "叁": "3",
    "肆": "4", "伍": "5", "陆": "6", "柒": "7", "捌": "8", "玖": "9",
}
for _i in range(10):
    CN_NUM[chr(0xFF10 + _i)] = str(_i)
DIGITS = "0123456789"


def r6_view(text):
    out = []
    for ch in fold(text):
        if ch in R6_SEPS:
            continue
        out.append(CN_NUM.get(ch, ch))
    return "".join(out)


CORE_PROVINCES = ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
                  "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
                  "61", "62", "63", "64", "65"]
BROAD_PROVINCES = CORE_PROVINCES + ["71", "81", "82", "83", "91"]
BAD_PROVINCES = ["00", "10", "19", "20", "28", "29", "30", "38", "39", "40", "47", "49", "55",
                 "58", "59", "60", "66", "69", "70", "77", "88", "99"]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check_char(first17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def real_date(y, m, d, lo, hi):
    if not (lo <= y <= hi):
        return False
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


def is_mobile(s):
    return len(s) == 11 and all(c in DIGITS for c in s) and s[0] == "1" and s[1] in "3456789"


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


def is_card(s):
    return 16 <= len(s) <= 19 and all(c in DIGITS for c in s) and luhn_ok(s)


def is_resident_id(s, broad):
    if len(s) != 18 or not all(c in DIGITS for c in s[:17]):
        return False
    last = s[17].upper() if broad else s[17]
    if last not in DIGITS + "X":
        return False
    if s[:2] not in (BROAD_PROVINCES if broad else CORE_PROVINCES):
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not real_date(y, m, d, 1800 if broad else 1900, 2099 if broad else 2026):
        return False
    return id_check_char(s[:17]) == last


def valid_window_items(view):
    """Every valid R6 item in any 11/16/17/18/19-character window (broad reading)."""
    found = []
    n = len(view)
    for i in range(n):
        for length in (11, 16, 17, 18, 19):
            if i + length > n:
                break
            sub = view[i:i + length]
            if length == 11 and is_mobile(sub):
                found.append(sub)
            if length >= 16 and is_card(sub):
                found.append(sub)
            if length == 18 and is_resident_id(sub, True):
                found.append(sub)
    return found


def bounded_valid_items(view):
    """Valid R6 items (strict reading) whose neighbours are not digits."""
    found = []
    n = len(view)
    for i in range(n):
        if i > 0 and view[i - 1] in DIGITS:
            continue
        for length in (11, 16, 17, 18, 19):
            if i + length > n:
                break
            if i + length < n and view[i + length] in DIGITS:
                continue
            sub = view[i:i + length]
            if (length == 11 and is_mobile(sub)) or (length >= 16 and is_card(sub)) or \
                    (length == 18 and is_resident_id(sub, False)):
                found.append(sub)
    return found


# ---------------------------------------------------------------------------------------------
# Number generators (valid items and look-alikes) and renderings.
# ---------------------------------------------------------------------------------------------
CN_PLAIN = "〇一二三四五六七八九"
DAXIE = "零壹贰叁肆伍陆柒捌玖"
FULLWIDTH = "".join(chr(0xFF10 + i) for i in range(10))


def rdigits(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def gen_mobile(rng):
    return "1" + rng.choice("3456789") + rdigits(rng, 9)


def gen_area(rng, provinces):
    return rng.choice(provinces) + "%02d" % rng.randint(1, 18) + "%02d" % rng.randint(1, 29)


def gen_birth(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return "%04d%02d%02d" % (y, m, d)


def gen_id(rng, no_x):
    while True:
        first = gen_area(rng, CORE_PROVINCES) + gen_birth(rng, 1950, 2006) + rdigits(rng, 3)
        check = id_check_char(first)
        if no_x and check == "X":
            continue
        return first + check


CARD_PREFIXES = ["622848", "621700", "622202", "623058", "621483", "622588", "625807",
                 "621226", "622700", "628288", "621661", "622609"]


def luhn_complete(body):
    for d in DIGITS:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def gen_card(rng):
    length = rng.choice([16, 19, 19, 19, 18, 17])
    body = rng.choice(CARD_PREFIXES) + rdigits(rng, length - 7)
    return luhn_complete(body)


def gen_young_id_parts(rng, provinces):
    return gen_area(rng, provinces) + gen_birth(rng, 2000, 2009) + rdigits(rng, 3)


def gen_badid_check(rng):
    first = gen_young_id_parts(rng, CORE_PROVINCES)
    good = id_check_char(first)
    return first + rng.choice([c for c in "0123456789X" if c != good and c != "X"])


def gen_badid_date(rng):
    y = rng.randint(2000, 2009)
    m, d = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (13, 5),
                       (14, 12), (0, 10), (15, 1), (12, 32), (10, 0)])
    first = gen_area(rng, CORE_PROVINCES) + "%04d%02d%02d" % (y, m, d) + rdigits(rng, 3)
    check = id_check_char(first)
    if check == "X":
        check = "0"
    return first + check


def gen_badid_prov(rng):
    first = gen_young_id_parts(rng, BAD_PROVINCES)
    check = id_check_char(first)
    if check == "X":
        check = "1"
    return first + check


def gen_id17(rng):
    return gen_young_id_parts(rng, CORE_PROVINCES)


def gen_card_bad(rng):
    good = gen_card(rng)
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


def groups_of(s, sizes):
    out, i = [], 0
    for size in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return out


def group_sizes(kind, n):
    if kind == "phone":
        return [3, 4, 4]
    if kind == "id":
        return [6, 8, 4]
    return [4] * ((n + 3) // 4)


def cn_digit(ch, rng, yao):
    if ch == "X":
        return "X"
    if ch == "0":
        return rng.choice("〇零")
    if yao and ch == "1":
        return "幺"
    if yao and ch == "2" and rng.random() < 0.5:
        return "两"
    return CN_PLAIN[int(ch)]


def render(s, kind, mode, rng):
    if mode in ("", "arabic"):
        return s
    groups = groups_of(s, group_sizes(kind, len(s)))
    if mode == "spaced":
        return " ".join(groups)
    if mode == "dashed":
        return "-".join(groups)
    if mode == "dotted":
        return ".".join(groups)
    if mode == "comma":
        return rng.choice([",", "，"]).join(groups)
    if mode == "cn":
        return "".join(cn_digit(c, rng, False) for c in s)
    if mode == "cnyao":
        return "".join(cn_digit(c, rng, True) for c in s)
    if mode == "cnspaced":
        return " ".join("".join(cn_digit(c, rng, kind == "phone") for c in g) for g in groups)
    if mode == "daxie":
        return "".join("X" if c == "X" else DAXIE[int(c)] for c in s)
    if mode == "fullwidth":
        return "".join("X" if c == "X" else FULLWIDTH[int(c)] for c in s)
    if mode == "mixed":
        flags = [i % 2 == 0 for i in range(len(groups))]
        if rng.random() < 0.5:
            flags = [not f for f in flags]
        parts = []
        for g, arabic in zip(groups, flags):
            parts.append(g if arabic else "".join(cn_digit(c, rng, kind == "phone") for c in g))
        return rng.choice(["", " ", "-"]).join(parts)
    raise ValueError("unknown rendering " + mode)


def fmt_amount(rng):
    style = rng.randint(0, 3)
    value = rng.choice([rng.randint(300, 9999), rng.randint(10000, 999999)])
    if style == 0:
        return "{:,}".format(value)
    if style == 1:
        return "{:,}.{:02d}".format(value, rng.randint(0, 99))
    if style == 2:
        return str(value)
    return "{:,}.00".format(value)


def fmt_date(rng, y=2026):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randint(0, 2)
    if style == 0:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 1:
        return "%d年%d月%d日" % (y, m, d)
    return "%d.%02d.%02d" % (y, m, d)


AREA_CODES = ["0531", "0532", "0371", "0379", "0351", "0791", "0551", "0871", "0851", "0592",
              "022", "0311", "021", "0591"]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_number(name, mode, rng):
    """Returns the rendered text of one numeric slot."""
    if name == "PHONE":
        return render(gen_mobile(rng), "phone", mode, rng)
    if name == "ID":
        no_x = mode not in ("", "arabic", "spaced", "dashed", "dotted")
        return render(gen_id(rng, no_x), "id", mode, rng)
    if name == "CARD":
        return render(gen_card(rng), "card", mode, rng)
    if name == "BADID_CHECK":
        return render(gen_badid_check(rng), "id", mode, rng)
    if name == "BADID_DATE":
        return render(gen_badid_date(rng), "id", mode, rng)
    if name == "BADID_PROV":
        return render(gen_badid_prov(rng), "id", mode, rng)
    if name == "ID17":
        return render(gen_id17(rng), "id", mode, rng)
    if name == "CARD_BAD":
        return render(gen_card_bad(rng), "card", mode, rng)
    if name == "POLICY":
        return rng.choice(["P", "BD", "PA", "L"]) + "%02d" % rng.randint(10, 99) + "2026" + \
            rdigits(rng, 6)
    if name == "ORDER":
        return "DD2026%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + rdigits(rng, 6)
    if name == "LAST4":
        return rdigits(rng, 4)
    if name == "MASKED_PHONE":
        return "1" + rng.choice("3589") + rdigits(rng, 1) + rng.choice(["****", "xxxx", "＊＊＊＊"]) + \
            rdigits(rng, 4)
    if name == "MASKED_CARD":
        return rng.choice(CARD_PREFIXES)[:4] + rng.choice([" **** **** ", "********", " ****** "]) + \
            rdigits(rng, 4)
    if name == "MASKED_ID":
        return rng.choice(CORE_PROVINCES) + rdigits(rng, 2) + "*" * 10 + rdigits(rng, 3) + \
            rng.choice(DIGITS + "X")
    if name in ("AMOUNT", "AMOUNT2"):
        return fmt_amount(rng)
    if name == "DATE":
        return fmt_date(rng)
    if name == "DATE2":
        return fmt_date(rng, 2027)
    if name == "LANDLINE":
        code = rng.choice(AREA_CODES)
        local = rng.choice("5678") + rdigits(rng, 7)
        return code + rng.choice(["-", " ", ""]) + local
    if name == "HKPHONE":
        return "+852 " + rng.choice("5689") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "TWPHONE":
        return rng.choice(["+886 9%s %s %s", "09%s-%s-%s"]) % (rdigits(rng, 2), rdigits(rng, 3),
                                                               rdigits(rng, 3))
    if name == "MYPHONE":
        return rng.choice(["+60 1%s-%s %s", "01%s-%s %s"]) % (rng.choice("0123456789"),
                                                              rdigits(rng, 3), rdigits(rng, 4))
    if name == "USPHONE":
        return "+1 (%s) %s-%s" % (rng.choice("2345678") + rdigits(rng, 2), rdigits(rng, 3),
                                  rdigits(rng, 4))
    if name == "QQ":
        return rng.choice("123456789") + rdigits(rng, rng.randint(7, 9))
    if name == "POST":
        return rng.choice(["250", "450", "030", "330", "230", "650", "550", "361", "300", "050"]) + \
            rdigits(rng, 3)
    if name == "OTP":
        return rdigits(rng, 6)
    if name == "TICKET":
        return "GD2026%02d%02d-%s" % (rng.randint(1, 12), rng.randint(1, 28), rdigits(rng, 4))
    if name == "SERIAL":
        return "AU-%s-%s" % (rng.choice(["CN", "SH", "SZ"]), rdigits(rng, 7))
    if name == "CONTRACT":
        return "XT-2026-%s-%s" % (rdigits(rng, 4), rdigits(rng, 4))
    if name == "SWIFT":
        return "".join(rng.choice(LETTERS) for _ in range(4)) + rng.choice(["HK", "SG", "MY"]) + \
            rng.choice(["HH", "SG", "KL"]) + rng.choice(["", "XXX"])
    if name == "GRAMS":
        return "%d.%d" % (rng.randint(3, 80), rng.randint(0, 9))
    if name == "HOTLINE":
        return "95" + rdigits(rng, 3)
    if name == "EXT":
        return str(rng.randint(1, 9))
    if name == "HHMM":
        return "%d:%s" % (rng.randint(9, 16), rng.choice(["00", "30"]))
    if name == "VIN":
        return "L" + "".join(rng.choice(LETTERS + DIGITS) for _ in range(16))
    if name == "PLATE":
        return rng.choice(["鲁", "豫", "晋", "赣", "皖", "贵", "闽", "津", "冀"]) + \
            rng.choice(LETTERS) + "·" + "".join(rng.choice(LETTERS + DIGITS) for _ in range(5))
    if name == "TWID":
        return rng.choice(LETTERS) + rng.choice("12") + rdigits(rng, 8)
    if name == "HKID":
        return rng.choice(LETTERS) + rdigits(rng, 6) + "(" + rng.choice(DIGITS + "A") + ")"
    if name == "PHONE10":
        return "1" + rng.choice("3589") + rdigits(rng, 8)
    if name == "PHONE12X":
        return "12" + rdigits(rng, 9)
    if name in ("N2", "N3"):
        return str(rng.randint(2, 60))
    raise ValueError("unknown numeric slot " + name)


# ---------------------------------------------------------------------------------------------
# Word pools for the lowercase slots.
# ---------------------------------------------------------------------------------------------
POOLS = {
    "c": ["王姐", "李哥", "张叔", "刘阿姨", "陈总", "赵老师", "孙大哥", "周姐", "吴总", "郑哥",
          "黄姨", "林老板", "马叔", "杨姐", "何大姐", "高哥", "罗总", "宋老师", "唐姐", "韩哥",
          "冯叔", "曹姐", "许总", "邓哥"],
    "m": ["李经理", "王经理", "小刘", "张主管", "小陈", "赵经理", "小周", "孙顾问", "Kelly",
          "Vivian", "Jason", "林经理", "小马", "黄经理", "小杨", "何经理"],
    "p": ["黄金积存计划", "足金积存", "美元离岸基金", "港币货币基金", "鑫享集合信托",
          "安康终身寿险", "百万医疗险", "稳健增利理财", "季季享固收", "家庭财富信托",
          "美元债精选", "养老目标基金", "新能源主题基金", "白银积存", "外币定存组合",
          "如意年金险"],
    "amt": ["五万", "十万", "二十万", "三十万", "五十万", "一百万", "8万", "15万", "50万",
            "200万", "3万块", "两万", "80万", "六十万"],
    "pct": ["4.5%", "5.2%", "6%", "6.8%", "8%", "10%", "12%", "3.8%", "7.5%", "9%"],
    "e": ["😊", "👍", "🙏", "[抱拳]", "[微笑]", "[呲牙]", "😂", "🤝", "✌️", "💰💰", "🔥🔥",
          "(^_^)", "(๑•̀ㅂ•́)و✧", "(｡･ω･｡)", "ヾ(≧▽≦*)o", "🌹", "！", "😉", "👌", "[OK]",
          "～", "🙂", "[玫瑰]", "😄😄", ""],
    "s": ["小王", "理财经理 刘洋", "您的客户经理小陈", "Kelly Zhang", "私行顾问 周敏",
          "财富顾问 郑欣", "客户经理 黄岚"],
    "n": ["3", "5", "6", "8", "9", "12", "15", "18", "20", "25", "27", "28"],
    "old": ["陈阿姨", "刘大爷", "王奶奶", "李叔", "张大妈", "赵爷爷", "孙阿姨", "周大爷"],
    "cname": ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏",
              "郑爽", "孙浩"],
    "city": ["济南", "郑州", "太原", "南昌", "合肥", "昆明", "贵阳", "厦门", "天津", "石家庄",
             "上海", "洛阳"],
    "grp": ["黄金积存交流群", "车贷服务群", "私行客户群", "新开户答疑群", "理赔服务群",
            "外汇理财群", "信用卡分期群", "财富沙龙群"],
}


# ---------------------------------------------------------------------------------------------
# Templates: (voice, speaker, chat, rules, text).
#   speaker: s = staff, c = customer.  chat: 1 = one-to-one, g = customer group,
#   i = internal staff group, a = either one-to-one or customer group.
#   voice: sd Shandong, hn Henan, hb Hebei/Tianjin, sx Shanxi, jx Jiangxi, ah Anhui,
#   yg Yunnan/Guizhou, fj Fujian, my Malaysian/Indonesian, abc ABC code-switching,
#   sh Shanghai white-collar, std plain/formal, faq FAQ bot, child a customer's child,
#   emo emoji/kaomoji heavy, email email-style.
# ---------------------------------------------------------------------------------------------
RHETORICAL_HIT = [
    ("sd", "s", "a", "R1", "{c}，恁说俺啥时候坑过恁？这个{p}保本的，这还用问吗{e}"),
    ("hn", "s", "a", "R1", "{c}，恁琢磨琢磨，{amt}放进来，哪年不是稳赚？中不中，给句话{e}"),
    ("sx", "s", "1", "R2", "甚叫机会？{c}，俺这儿有内部消息你还犹豫甚？下礼拜就拉升，赶紧上车{e}"),
    ("yg", "s", "1", "R3", "{c}，走公司流程要扣那么多手续费，哪样划算嘛？私下转账给我不是省事得多？{e}"),
    ("my", "s", "a", "R5", "{c}，群里讲话不方便啦，加我个人号不是更快咩？加了我私聊你{e}"),
    ("abc", "s", "1", "R1", "Come on {c}, when has this fund ever lost money? 保本 guaranteed 的，why still hesitate? {e}"),
    ("sh", "s", "1", "R4", "{c}，你每天上班那么忙，哪有时间盯盘？账户密码给我，我帮你操作不是最efficient吗？{e}"),
    ("jx", "s", "1", "R3", "{c}，哪个不晓得开户走我这边有返点？别个那里有吗？冇的嘛，还不快点定下来{e}"),
    ("ah", "s", "1", "R1", "{c}，你讲讲看，这款{p}哪个月没赚？稳赚不赔的东西你还犹豫么事？{e}"),
    ("fj", "s", "a", "R2", "{c}，你想说庄家会放过这么好的票吗？不会啦，庄家已经在吸筹，下周就拉升啦{e}"),
    ("hb", "s", "1", "R4", "{c}，您说您这岁数了还学嘛炒股？全权委托给我，不比您自个儿瞎琢磨强？{e}"),
    ("sd", "s", "a", "R1", "恁寻思寻思，俺们这个{p}哪年亏过？零风险的事儿，{c}恁还怕啥？{e}"),
    ("yg", "s", "1", "R4", "{c}，你整不来就莫整了嘛，代客理财我们搞了好多年了，你还信不过我？账户交给我{e}"),
    ("my", "s", "1", "R3", "{c}，公司的rebate那么少，谁要？我私下给你返佣不是更好meh？这个月几时入金？{e}"),
    ("abc", "s", "1", "R5", "{c}, why bother with this WeCom chat? Just DM me on my 私人微信, isn't that easier? 我把号码给你{e}"),
    ("sh", "s", "1", "R1", "说真的{c}，我们team推了三年的{p}，哪一期不是到期保本还多给一点？你还在纠结什么呀{e}"),
    ("hn", "s", "1", "R3", "{c}，走柜台那是冤大头，恁说是不是？私下交易又快又便宜，中不中？{e}"),
    ("sx", "s", "1", "R2", "你以为俺为甚天天盯这只票？没有内幕消息俺敢让你满仓？{c}你就放心买{e}"),
    ("yg", "s", "1", "R1", "{c}你问得不得亏？哪个跟你讲会亏嘛！这个就是包赚的（不是包站，打快了），你还怕哪样{e}"),
    ("fj", "s", "1", "R5", "{c}，公司这个号消息太多会漏掉啦，你不觉得加我私人号比较好吗？我都会秒回啦{e}"),
    ("hb", "s", "1", "R3", "{c}，返点这东西谁不要谁傻，您说是不是？这回{amt}的单子我给您返点，一个点不少{e}"),
    ("ah", "s", "1", "R4", "{c}，你一个退休老师，哪有精力天天看行情？你把账户密码告诉我，我天天帮你操作，不好吗？{e}"),
    ("sh", "s", "1", "R1", "{c}，no risk的东西，这年头去哪里找？这款就是零风险，你说要不要先lock一个额度？{e}"),
    ("my", "s", "a", "R2", "{c}，你觉得我会乱讲meh？内幕消息来的，下个月那只股一定拉升，买咯{e}"),
    ("sd", "s", "1", "R3", "恁说俺图啥？还不是为恁省钱！{c}，飞单走俺这边，利息比公司高一截，恁掂量掂量{e}"),
    ("abc", "s", "1", "R4", "{c}, you trust me right? 那还有什么好想的，全权委托给我，I'll handle everything {e}"),
    ("yg", "s", "a", "R1", "{c}，你说这个{p}为哪样卖得这么好？还不是因为保收益嘛！你还在等哪样{e}"),
    ("hb", "s", "1", "R5", "{c}，工作号谁都能看见，您说方便吗？加我个人号，咱俩单聊多好{e}"),
    ("jx", "s", "1", "R1", "{c}你问有冇风险？我讲给你听，这个是保证收益的，难道我还会骗你不成？{e}"),
    ("sh", "s", "1", "R3", "Honestly {c}，走公司渠道手续费那么高，who does that？转到我个人账户，我帮你办得妥妥的{e}"),
    ("std", "s", "g", "R1", "各位，稳赚的机会摆在眼前，谁还要错过？今晚八点前报名{p}的送金豆{e}"),
    ("emo", "s", "g", "R2", "😏😏大家猜猜我为啥敢喊满仓？🤫内部消息啊！庄家下周拉升，不上车的别后悔🚀🚀{e}"),
    ("email", "s", "1", "R1", "{c}您好：\n关于您上次问的{p}，我再补充几点。第一，期限灵活；第二，收益稳定；第三，您担心的本金问题——难道我们还会让客户亏本吗？这款就是保本的，您大可放心。\n祝好！\n{s}"),
    ("sd", "s", "1", "R1", "{c}，俺哪回不是说到做到？这个不可能不保本，恁不用不信{e}"),
    ("hn", "s", "1", "R4", "{c}，俺刚才说不能代客理财？嗐，说岔了，咱这儿谁不这么弄？恁把账户交给俺就中{e}"),
    ("hb", "s", "1", "R1", "{c}，您怕风险？怕啥呀，这种稳赚不赔的您不买，难道留给别人买吗{e}"),
    ("jx", "s", "1", "R3", "{c}，要是你今天能定下来，返佣我自己掏腰包给你，这还不够意思吗？{e}"),
    ("my", "s", "1", "R5", "{c}，这个群人多嘴杂，你说是不是？加我私人微信啦，我有好东西给你看酱{e}"),
    ("std", "s", "1", "R1", "{c}，给你总结下为啥选我们：1. 老牌机构；2. 服务到位；3. 保本，别家敢这么说吗？{e}"),
    ("yg", "s", "1", "R1", "不让承诺收益嘛我晓得，可你讲讲，零风险的东西我为哪样不推给你？{c}，买嘛{e}"),
]

RHETORICAL_NEAR = [
    ("sd", "c", "a", "R1", "{m}，俺问一下，恁这个{p}到底保本不保本？俺娘的养老钱，俺得问清楚{e}"),
    ("sd", "s", "1", "R1", "{c}，恁问保本不？俺实话实说：不保本，净值会波动，恁得想好再买{e}"),
    ("sx", "s", "a", "R1", "{c}，天底下哪有稳赚不赔的买卖？真有的话俺自己早辞职去买了{e}"),
    ("my", "c", "1", "R2", "{m}你们有没有什么内幕消息的？朋友讲你们银行的人都知道meh？{e}"),
    ("std", "s", "1", "R2", "{c}，哪来的内幕消息？咱们做投顾的，谁敢碰那个，是嫌饭碗端得太稳吗？{e}"),
    ("yg", "c", "1", "R3", "{m}，隔壁那家说可以私下转账，你们这儿得不得也这样整？我就问问{e}"),
    ("yg", "s", "1", "R3", "{c}你问私下转账得不得？不得！所有钱都走公司对公账户，回单我拍给你看{e}"),
    ("sd", "s", "1", "R4", "{c}，把账户密码交给别人，这跟把家门钥匙给生人有啥两样？密码恁自己收好，谁要都别给{e}"),
    ("sh", "c", "1", "R4", "{m}，我同事说你们可以全权委托，真的假的？还是要签什么协议？{e}"),
    ("std", "s", "1", "R5", "{c}，请问您说的私人微信是哪个号？我们只用企业微信沟通，方便确认下是不是有人冒充我吗？{e}"),
    ("hn", "s", "1", "R5", "加我个人号？{c}，公司早说了所有沟通都要留痕，俺哪能弄那一套？有事就在这儿说{e}"),
    ("hb", "c", "1", "R1", "{m}，您给句实在话，这{p}是零风险吗？我们家老爷子就认这个{e}"),
    ("hb", "s", "1", "R1", "零风险？{c}，您这问题问得好，答案是没有。连存款都有保险上限，何况{p}{e}"),
    ("faq", "s", "1", "R1", "【常见问题】问：{p}是否保证收益？答：不保证收益。过往业绩不代表未来表现，详见说明书第{n}页{e}"),
    ("hn", "c", "1", "R3", "{m}，中不中给俺返点？别家都返，恁家咋不返？{e}"),
    ("hn", "s", "1", "R3", "{c}，恁问咋不返点？因为这是违规的呀，俺们的费用都明码标价，没有返点这一说{e}"),
    ("sh", "s", "a", "R2", "庄家？{c}，现在监管这么严，谁还敢坐庄？你别听短视频瞎吹{e}"),
    ("std", "s", "1", "R2", "{c}，想确认一下，您说的'拉升'是听谁讲的？这只票最近没有公告，我们也不做这类判断{e}"),
    ("abc", "c", "1", "R1", "Hi {m}, quick question: is this fund 保本? Like principal-protected? My mom wants to know {e}"),
    ("abc", "s", "1", "R1", "{c}, short answer: no. 不保本, not guaranteed. 要是有人跟你讲零风险, that's a red flag {e}"),
    ("jx", "s", "1", "R3", "飞单？{c}，你看我像那种人吗？公司的产品我都卖不赢，哪里会去搞那种名堂{e}"),
    ("ah", "c", "1", "R4", "{m}，我这眼睛不好使，代客理财你们做不做？不做的话我让我儿子来弄{e}"),
    ("std", "s", "1", "R4", "{c}，您是问我能不能帮你操作老爷子的账户对吧？不行哦，只能老人本人操作，我可以视频教他一步步弄{e}"),
    ("yg", "c", "1", "R5", "{m}，你是哪个？你这号是私人号还是公司的号？我妈喊我问清楚{e}"),
    ("yg", "s", "1", "R5", "{c}，这个就是公司的企业微信，不是私人号，你点我头像能看到认证的机构名称，放心嘛{e}"),
    ("hb", "s", "1", "R1", "包赚？{c}，要真有包赚的东西，银行还发什么风险提示书，印着好看的吗{e}"),
    ("sx", "c", "g", "R2", "咋了这是，群里有人说有内部消息，真的假的？{m}你们知道甚情况不？{e}"),
    ("std", "s", "g", "R2", "各位，刚有人问有没有内部消息——没有。我们不提供任何未公开信息，群里有人私信推荐股票的请直接举报{e}"),
    ("fj", "c", "1", "R3", "{m}，我朋友说可以跟你私下交易金条，会比较便宜吗？还是一定要走银行啦？{e}"),
    ("fj", "s", "1", "R3", "{c}，没有私下交易这种事啦，金条都是柜台或APP下单，有发票有编号，这样才有保障齁{e}"),
    ("sh", "s", "1", "R4", "{c}，全权委托？拜托，这种事合规第一个找我谈话，我哪敢？你自己下单，我在旁边给建议OK的{e}"),
    ("my", "c", "1", "R1", "{m}，这个黄金定投几时可以拿回？有保收益的吗还是看金价？{e}"),
    ("my", "s", "1", "R1", "{c}，没有保收益的lah，黄金积存是跟金价走的，金价跌你的也会跌，这个我一定要讲清楚{e}"),
    ("ah", "s", "1", "R1", "{c}，我不是不想给你个准数，而是谁敢讲稳赚？没人敢，我也不敢{e}"),
    ("std", "c", "1", "R3", "{m}，听说买保险能返佣，你们这个车险有没有？没有也没事哈{e}"),
    ("std", "s", "1", "R3", "{c}，返佣是明令禁止的，我们不可能给，您要优惠的话可以看看官方的活动{e}"),
    ("child", "c", "1", "R1", "{m}你好，我是{old}的女儿，我妈说你跟她讲了保本，是真的保本吗？麻烦你再跟我说一遍{e}"),
    ("child", "s", "1", "R1", "您好，我跟{old}讲的是'不保本'，可能老人家听岔了。风险揭示书我拍给您，您看第二条{e}"),
    ("sd", "s", "1", "R1", "{c}，恁手机上那个'稳赚宝'是记账软件，名字唬人罢了，跟理财有啥关系？别当真{e}"),
    ("std", "s", "i", "R1", "【话术演练】错误示范：'这么好的{p}，难道还会不保本吗？'——反问也是承诺，禁止使用！{e}"),
]

PROHIBITION_HIT = [
    ("sd", "s", "1", "R1", "{c}，公司规定不让说保本，俺就不说了啊——不过恁心里有数，这个就是保本的，俺敢打包票{e}"),
    ("hn", "s", "1", "R3", "按规矩是不能私下转账，那是说给外人听的。{c}恁是自己人，转俺这儿就中，回头俺给恁补手续{e}"),
    ("sx", "s", "1", "R4", "制度上是禁止代客理财，可{c}你甚也不懂，俺帮你操作几天，等你学会了再还给你，咋了嘛{e}"),
    ("yg", "s", "1", "R5", "{c}，公司讲不准加客户私人微信，规定是规定嘛，我们私底下整一个，你莫跟别个讲就得了{e}"),
    ("abc", "s", "1", "R1", "Compliance says we can't say 'guaranteed', so I won't 😉 But between us {c}, 稳赚, trust me {e}"),
    ("sh", "s", "1", "R3", "合规培训天天讲不许飞单，but honestly大家都在做。{c}这款是外面渠道的，收益高两个点，要不要我帮你安排？{e}"),
    ("fj", "s", "1", "R2", "公司禁止传内幕消息啦，所以我只跟你一个人讲：那只票下礼拜会拉升，{c}不要说出去齁{e}"),
    ("my", "s", "1", "R3", "{c}，规定是不可以返佣lah，but for you I make exception，{amt}的单子我私下给你返点，OK meh？{e}"),
    ("hb", "s", "1", "R4", "按规定账户密码不能给任何人，那是防骗子的，我又不是骗子。{c}您把账户密码发我，我替您盯着{e}"),
    ("jx", "s", "1", "R1", "上面不许讲零风险，我晓得。但是{c}，我跟你讲句良心话，这个产品就是零风险，放心买{e}"),
    ("ah", "s", "1", "R5", "规定说了不能用私人号联系客户，说是说，真出事了哪个查？{c}你存一下我私人号，有事直接打{e}"),
    ("yg", "s", "1", "R1", "风险提示我照念一遍哈：本产品不保本。好，念完了。{c}，实话讲就是保本的，出了问题我负责{e}"),
    ("std", "s", "g", "R3", "【群公告】{grp}\n1. 严禁私下交易；\n2. 严禁飞单；\n3. 以上两条大家都懂的😂 有需要的老客户私聊我，价格好商量{e}"),
    ("sd", "s", "1", "R2", "俺不能说有内部消息啊，规定管着呢。{c}俺就说一句：这几天别卖，庄家还没出货，恁懂的{e}"),
    ("sh", "s", "1", "R4", "原则上我们不做全权委托，除非是VIP。{c}你是我们的VIP，所以可以全权委托给我，协议我们私下签{e}"),
    ("std", "s", "i", "R3", "【周会纪要】\n一、重申：严禁返佣。\n二、本月冲量，对{amt}以上的客户可以适当返佣，口径统一说是'活动礼品'。\n三、下周二前报数{e}"),
    ("abc", "s", "1", "R1", "Legally I can't say 保收益, so let me put it this way {c}: 你放进来的钱，年底一定是多的，保收益 basically. Don't screenshot this {e}"),
    ("hn", "s", "1", "R4", "俺们是不让替客户操作的，可{c}恁是俺表叔啊！账户密码恁给俺，俺帮你操作，出了事俺兜着{e}"),
    ("sx", "s", "1", "R5", "公司是规定只能用企业微信，{c}，可这个号晚上俺不看，甚事你都加我个人号说{e}"),
    ("yg", "s", "1", "R3", "按理是要走对公账户的，不过今天系统维护嘛，{c}你先转到我个人卡上，明天我帮你补进去{e}"),
    ("fj", "s", "1", "R1", "我们被要求不能讲包赚啦，那我就不讲——{c}你自己看过去五年，每年都有赚，就是包赚的意思啦{e}"),
    ("my", "s", "1", "R2", "我们是不可以share内部消息的，所以我没讲过哦：{c}，这个counter月底会拉升，你懂就好{e}"),
    ("std", "s", "1", "R1", "公司明文规定：不得向客户承诺收益，不得夸大宣传，这些我都记着。{c}，这款{p}你放心，稳赚的{e}"),
    ("std", "s", "1", "R3", "我们银行不允许员工和客户有资金往来，这个我清楚。{c}，你这笔{amt}就私下转账给我吧，比柜台快{e}"),
    ("hb", "s", "1", "R4", "什么不许代客理财，那都是写给领导看的，{c}您还当真了？您那点钱全权委托给我，您就等着收钱吧{e}"),
    ("std", "s", "g", "R1", "📢 {grp}须知\n1）不刷屏不发广告\n2）不讨论无关话题\n3）本群推荐的{p}保本保收益，欢迎咨询\n4）有问题请找群主{e}"),
    ("ah", "s", "1", "R3", "虽说公司管得严，飞单查到要开除，但是{c}，这单利息高，我冒个险给你做了，你莫声张{e}"),
    ("jx", "s", "1", "R5", "公司又没讲不能留私人号，也冇明文写，{c}你记一下我私人号，有事打这个{e}"),
    ("yg", "s", "1", "R2", "规定说不能乱讲庄家这种话，我就讲给你一个人听：{c}，庄家在底下收货，你跟着买就得了{e}"),
    ("sh", "s", "1", "R1", "Policy: 'no guaranteed return statements.' Noted. 但是{c}，我们这款trust是保证收益的，合同里有兜底条款{e}"),
    ("sd", "s", "1", "R3", "保险法不让返佣，俺知道。{c}，恁这份车险俺私下给恁返点，别跟外人说就中{e}"),
    ("std", "s", "1", "R3", "{c}问：能不能私下交易？官方答案是不能。非官方答案：找我{e}"),
    ("hn", "s", "1", "R1", "{c}，俺给恁念念规定：'不得使用保本、稳赚等字眼'。念完了。现在俺以个人名义告诉恁：这个{p}稳赚不赔，恁就放心吧{e}"),
    ("my", "s", "1", "R4", "公司不给我们帮客户操作酱，但是{c}你人在雅加达不方便嘛，账户密码给我，我帮你操作，几时要卖跟我讲{e}"),
    ("yg", "s", "1", "R3", "我不敢讲我们能返佣哈，规定管着的。不过{c}你在我这儿买，我自己掏腰包给你返佣，你心里晓得就得了{e}"),
    ("abc", "s", "1", "R5", "Company rule: WeCom only. But my WeCom gets wiped when I leave, so {c}, 加我个人号 as backup, DM me there {e}"),
    ("hb", "s", "1", "R2", "不让说有内部消息是吧？得嘞，{c}，那我说'小道儿的'，意思一样——下周一拉升，您提前进{e}"),
    ("sx", "s", "1", "R1", "俺不能说稳赚，规定不让说。{c}，俺就这么说：买了这个，十有八九稳赚，剩下那一二也亏不了{e}"),
    ("sd", "s", "1", "R1", "规定不让说'保本'，有人打成'保笨'想绕过去。俺不绕：{c}，这个就是保本，恁放心{e}"),
    ("ah", "s", "i", "R4", "【话术演练】组长：'客户不会操作怎么办？'\n示范：'账户密码您发我，我帮你操作。'\n组长：公司不让，但大家私下就这么说，成交快{e}"),
]

PROHIBITION_NEAR = [
    ("std", "s", "g", "R2 R3 R4 R5", "【群公告】{grp}\n1. 本群不推荐个股，不提供内幕消息；\n2. 工作人员不会要求私下转账；\n3. 任何人索要账户密码均为诈骗；\n4. 请勿添加自称工作人员的私人微信。{e}"),
    ("sd", "s", "1", "R1", "{c}，俺们这行规矩大：不许跟客户说保本，不许说稳赚。恁要是听见谁这么说，直接打总行电话投诉{e}"),
    ("hn", "s", "1", "R3", "{c}，俺们公司明文规定不能私下交易，谁碰谁开除，恁的钱只能进公司账户{e}"),
    ("sx", "s", "1", "R4", "{c}，按规定俺不能代客理财，你的账户只能你自己操作，俺最多给你讲讲思路{e}"),
    ("yg", "s", "1", "R5", "{c}，我们只能用企业微信跟客户联系，私人微信是不得加的，被查到要挨处分{e}"),
    ("abc", "s", "1", "R1", "Just to be clear {c}: per regulation I can't and won't say 'guaranteed'. 不保本，不保收益，请看风险等级 {e}"),
    ("sh", "s", "i", "R3", "新人培训第一课：不许飞单。卖的每一个产品都要在公司系统里查得到，系统里没有的，一律不碰{e}"),
    ("fj", "s", "1", "R2", "{c}，公司规定我们不能讲什么庄家、拉升这种话啦，我只能跟你讲基本面，这个我会讲清楚齁{e}"),
    ("my", "s", "1", "R3", "{c}，这边规定不可以返佣的lah，你讲的那个cashback是官方活动，不是返佣，要分清楚{e}"),
    ("hb", "s", "1", "R4", "{old}，您记住喽：账户密码谁问都不能给，包括我，包括您闺女，就您自个儿知道{e}"),
    ("jx", "s", "1", "R1", "宣传资料里严禁出现零风险、保本这类字眼，{c}你发现哪张海报有，拍下来发我，我报给合规{e}"),
    ("ah", "s", "1", "R3", "{c}，不管哪个跟你讲'转到我个人账户'，都不要转。我们公司的钱只进对公户，这是死规定{e}"),
    ("yg", "s", "1", "R4", "{c}，我只能教你，不能帮你操作，这个是红线，莫为难我哈{e}"),
    ("std", "s", "i", "R3 R5", "【合规例会纪要】\n一、重申禁止飞单；\n二、禁止使用私人号与客户沟通；\n三、下月起抽查企业微信聊天记录。请各位知悉{e}"),
    ("std", "s", "i", "R1", "【话术演练】规范表述：'{p}不保证收益，过往业绩不代表未来。'禁止表述：保本、稳赚。请大家按规范表述练习{e}"),
    ("sd", "c", "1", "R3", "{m}，俺知道恁们有规定不能私下转账，俺就按规矩来，给俺发个对公账号吧{e}"),
    ("hn", "c", "1", "R1", "{m}，俺闺女说了，谁跟俺说保本俺都别信，恁们也有这规定吧？{e}"),
    ("std", "s", "1", "R1", "{c}，信托产品依规不得承诺保本保收益，刚兑早就打破了，合同里不会有兜底条款{e}"),
    ("std", "s", "1", "R3", "{c}，车贷这块监管不许车行和银行之间返点，您问的那个'返点优惠'我们没有，利率都是公示的{e}"),
    ("std", "s", "g", "R4", "温馨提示（{grp}）：信用卡分期办理全程不需要提供账户密码、验证码，凡是要这些的都是骗子{e}"),
    ("std", "s", "1", "R3", "{c}，理赔是按条款走的，不存在'找人'的说法。我们也被严令禁止收客户好处或者给客户返佣{e}"),
    ("std", "s", "1", "R4", "{c}，按监管要求，私行这边也不能接受口头的全权委托，所有交易都需要您本人确认指令{e}"),
    ("std", "s", "g", "R4 R5", "开户须知（{grp}）：1. 本人持身份证办理；2. 账户密码由本人设置，工作人员不得代设；3. 工作人员不会让您加私人号。{e}"),
    ("faq", "s", "1", "R2", "【智能客服】关于'内部消息'：本公司员工不得向客户提供任何内幕消息，如有人以此名义荐股，请拨打客服热线举报{e}"),
    ("my", "s", "1", "R1", "{c}，Bank Negara also don't allow we say 稳赚, so I cannot lah. 这个fund有波动的，你要有心理准备{e}"),
    ("abc", "s", "1", "R5", "{c}, company policy: no 私人微信 with clients. Everything stays on WeCom so there's a record — protects you and me {e}"),
    ("sh", "s", "g", "R2", "群规补充：禁止在群里喊单，禁止发'某某股明天拉升'之类的内容，违者移出群聊{e}"),
    ("child", "c", "1", "R4", "{m}，我是{old}的儿子。我知道你们不能代客理财，我妈的账户以后我陪她自己弄，你给讲讲怎么操作就行{e}"),
    ("jx", "s", "1", "R3", "{c}，不是我不愿意，是公司规定不可以私下交易，这个不是我能松口的事{e}"),
    ("ah", "s", "1", "R5", "{c}，按规定我们离职交接都走企业微信，不会用私人号转交客户，你不用担心被人乱加{e}"),
    ("yg", "s", "g", "R2", "{c}，'庄家'是那个游戏的名字嘛，《欢乐庄家》，跟股票没得关系，群里不准聊游戏哈{e}"),
    ("fj", "s", "g", "R1", "请大家不要再转发那个《保本理财秘籍.pdf》了啦，里面内容不合规，公司已经通报了{e}"),
    ("sd", "s", "1", "R3", "{c}，恁手机上那个'返点宝'APP俺们不认，银行规定不让通过第三方返点，恁卸了吧{e}"),
    ("sh", "s", "1", "R1", "虽然这款{p}过去几年表现不错，但是规定就是规定，{c}，我不能跟你说保本，也不会这么说{e}"),
    ("abc", "c", "1", "R5", "Got it {m}, so you're not allowed to add my 私人微信. Makes sense, I'll stay on WeCom then {e}"),
    ("fj", "s", "1", "R1", "{c}，黄金积存也不许讲包赚的，金价一年能跌好多，你定投可以，但要想清楚齁{e}"),
    ("std", "s", "1", "R3", "{c}，个人换汇每年有额度，这是国家规定。有人说能帮你私下转账换汇的，那是违法的，千万别碰{e}"),
    ("std", "s", "i", "R4", "【晨会要点】客户的账户密码、交易密码一律不得询问、记录、代管；发现同事有此行为须上报{e}"),
    ("sd", "s", "1", "R1", "规定不让说'保本'，有人打成'保笨'想绕过去，那也不中。{c}，这个产品不保本，恁得知道{e}"),
    ("hn", "s", "1", "R2", "公司不许俺们拿内幕消息说事，也不许评价庄家，{c}，恁问的那只票俺只能给恁看公开的研报{e}"),
]

WARNING_HIT = [
    ("sd", "s", "1", "R2", "{c}，提醒恁一句，外头那些说有内幕消息的都是骗子——真的内幕消息只有俺这儿有，明儿就拉升，恁信俺{e}"),
    ("hn", "s", "1", "R3", "俺给恁提个醒：{c}别找外人私下转账，不安全。要转就转到我个人账户上，俺是正经员工，放心{e}"),
    ("sx", "s", "1", "R1", "{c}，小心那些说稳赚的骗子。俺这个不一样，俺这个是真稳赚，合同都能给你看{e}"),
    ("yg", "s", "1", "R5", "{c}，莫去加那些乱七八糟的人，骗子多得很。要加就加我私人微信，我是正规的嘛{e}"),
    ("fj", "s", "1", "R4", "{c}，最近诈骗很多啦，有人会跟你要账户密码，你不要给他们。给我就好，我帮你操作比较安全齁{e}"),
    ("my", "s", "1", "R3", "{c}，外面很多agent讲返佣是骗你的lah。我这边的返佣是真的给，下个月几时到账我通知你{e}"),
    ("abc", "s", "1", "R1", "Warning {c}: those 'guaranteed return' groups are scams. What I'm offering is different — 这个是真的保本, bank-backed, no risk {e}"),
    ("sh", "s", "1", "R3", "{c}，作为你的advisor我要提醒你：飞单风险很大。不过我手上这个不算飞单，是我朋友公司的产品，收益{pct}，你要的话我给你安排{e}"),
    ("hb", "s", "1", "R4", "{c}，您留神，那些街边的'老师'都是蒙人的。真想赚钱，您就全权委托给我，我在这行十几年了{e}"),
    ("jx", "s", "1", "R2", "{c}，我跟你讲，庄家那些东西，外面的人都是乱讲。我有个同学就在庄家那边做事，他讲下周拉升，你先买一点{e}"),
    ("ah", "s", "1", "R3", "{c}，跟你讲一下，隔壁那家银行的理财经理在飞单，你莫找他。找我，我这边利息还高，跟我私下交易就行{e}"),
    ("yg", "s", "1", "R1", "{c}，我要提醒你哈：不要相信那些说零风险的。但是我们这个{p}确实是零风险的，这个我可以打包票{e}"),
    ("std", "s", "g", "R2", "【防骗提醒】近期有人冒充管理员发送虚假链接，请大家注意。\n另：本群内部消息仅限群主私信发布，明早九点前上车，庄家已经进场{e}"),
    ("std", "s", "g", "R4", "【温馨提示】请不要把账户密码透露给陌生人。如需代客理财服务，请把账户密码私信给您的专属顾问（就是我）{e}"),
    ("std", "s", "1", "R3", "{c}，好多代理人说给返点，结果都没兑现。我不一样，说给就给，签单当天返点打你卡上{e}"),
    ("std", "s", "1", "R3", "{c}，小心那些车贷中介乱收费啊。首付您别交给他们，直接转到我个人卡，我帮您走内部流程，能省一笔{e}"),
    ("std", "s", "1", "R3", "{c}，换汇找黄牛容易被骗，你那{amt}要换美元的话，私下转账给我，我按好汇率帮你换，比银行划算{e}"),
    ("std", "s", "1", "R1", "{c}，市面上打着保本旗号的大多是忽悠。但我们私行这只定制产品，是真正保本保收益的，额度只剩三个{e}"),
    ("std", "s", "1", "R1", "{c}，提醒您，别的信托公司已经不敢说保证收益了。但我们这期有关系户兜底，依然保证收益，要的话今天就定{e}"),
    ("std", "s", "1", "R4", "{c}，现在诈骗电话多，您的分期业务就别自己在APP上弄了，账户密码给我，我帮你操作，一分钟搞定{e}"),
    ("std", "s", "1", "R5", "{c}，刚开户的客户最容易被骗子盯上。以后有事别在这个号说，加我私人号，我单独给你推票{e}"),
    ("std", "s", "1", "R3", "{c}，您投诉的飞单那事我们查了，确实是那个员工的问题。为了补偿您，我私下给您返点，这事咱就不往上报了行吗？{e}"),
    ("my", "s", "1", "R2", "{c}，网上那些讲内幕消息的你不要信lah。我这个是真的inside info，内幕消息来的，下礼拜那只股会拉升{e}"),
    ("abc", "s", "1", "R5", "Be careful {c}, scammers use fake WeCom accounts. The safest way is to DM me on my 私人微信 — I'll send you the ID {e}"),
    ("sh", "s", "1", "R4", "{c}，我提醒你一句，外面那些私募'全权委托'都不靠谱的。你要真想省心，全权委托给我好了，我们签个私下协议{e}"),
    ("sd", "s", "1", "R1", "{old}，俺提醒恁，电话里跟恁说稳赚不赔的都是骗子，恁可别上当。恁要买就买俺这个，俺这个才是真稳赚不赔{e}"),
    ("std", "s", "g", "R2", "[聊天记录]\n李总：这个票庄家控盘了，下周拉升。\n——转给大家，李总的消息一向准，别说我没提醒{e}"),
    ("std", "s", "i", "R5", "【例会纪要】\n1. 注意：公司在查私人号加客户；\n2. 各位换个昵称继续用私人号跟客户联系，别用真名{e}"),
    ("hn", "s", "1", "R4", "{c}，虽说俺总提醒恁别信代客理财的，但是俺自个儿这个不一样啊，俺给恁代客理财，赚了分恁七成{e}"),
    ("sx", "s", "1", "R3", "{c}，你当心那些说能返佣的，大多不给。俺不一样，俺这儿返佣现结，你买{amt}俺当场转你{e}"),
    ("yg", "s", "1", "R2", "{c}，外头那些内部消息信不得，十个九个假。我这条不一样，我表哥在公司里头，这是真的内部消息，明天就拉升{e}"),
    ("fj", "s", "1", "R1", "{c}，我都会跟客户讲小心'包赚'的广告啦。不过这个黄金积存，我敢讲是包赚的，金价只会涨啦{e}"),
    ("my", "s", "1", "R3", "{c}，金店那边私下交易金条很容易买到假货lah。你要就跟我私下交易，我直接从仓库拿，几时要？{e}"),
    ("sh", "s", "g", "R5", "⚠️提醒⚠️ 最近假冒客服很多哦~ 有事别在群里问啦，直接加我个人号，我一对一帮你{e}"),
    ("hb", "s", "1", "R3", "{c}，我得提醒您，现在飞单查得严。所以您这单咱不走系统，我直接私下转账给那边，悄没声的，谁也查不着{e}"),
    ("jx", "s", "1", "R4", "{c}，你莫把账户密码给别个，危险。给我就冇事，我是你的客户经理，我帮你操作{e}"),
    ("ah", "s", "1", "R1", "{c}，我必须提醒你，市场有风险，投资需谨慎，这是标准话术。说完了。私底下讲，这一期我保证收益{pct}，少一分我补给你{e}"),
    ("yg", "s", "1", "R5", "{c}，你莫在这个工作号上讲钱的事，公司要查的，不安全。加我私人号，我们在那边慢慢整{e}"),
    ("child", "s", "1", "R1", "您好，您替{old}问的那个事，我提醒您别让老人家买外面那些乱七八糟的。我们这款{p}是保本的，老人家买这个最合适{e}"),
    ("std", "s", "1", "R2", "{c}，您举报的那个荐股群确实是骗子，我们已经上报了。您要是真想做短线，我这儿有内部消息，比他们准{e}"),
]

WARNING_NEAR = [
    ("sd", "s", "1", "R2", "{c}，提醒恁一句：最近有人冒充俺们行的人，说有内幕消息能带恁赚钱，都是骗子，千万别信{e}"),
    ("hn", "s", "1", "R3", "{c}，跟恁说个事，俺们网点上个月开除了一个员工，就是因为飞单，客户的钱到现在还没追回来。恁买东西一定认准公司系统{e}"),
    ("sx", "s", "1", "R1", "{c}，小心点，外面那些说稳赚不赔的，十个有九个是骗子，剩下那个是大骗子{e}"),
    ("yg", "s", "1", "R5", "{c}，今天有个客户来报案，说有人加她私人微信自称是我们的理财经理，骗走了{amt}，你也注意一下哈{e}"),
    ("fj", "s", "1", "R1", "{c}，你收到的那个短信说'保本保收益，年化{pct}'，是诈骗短信啦，不要点里面的链接齁{e}"),
    ("my", "s", "1", "R5", "{c}，最近有scam，自称bank staff叫你加私人号，然后叫你转账，don't follow lah{e}"),
    ("abc", "s", "1", "R4", "Heads up {c}: someone's impersonating me and asking clients for their 账户密码. I will NEVER ask for that. Please report it {e}"),
    ("sh", "s", "1", "R4", "{c}，跟你讲一个真实case：上周有个客户把账户密码给了所谓的'老师'，三天亏了一半。所以千万别给{e}"),
    ("hb", "s", "1", "R4", "{c}，您可留点神，有些人打着'代客理财'的旗号，收完钱人就没了，上礼拜电视里刚播过{e}"),
    ("jx", "s", "1", "R2", "{c}，我跟你讲，那个群里喊'庄家要拉升'的，都是托，拉你进去接盘的，赶紧退群{e}"),
    ("ah", "s", "1", "R3", "{c}，我们支行刚通报，有员工私下给客户返点，被监管罚了，客户也要退钱，麻烦得很{e}"),
    ("yg", "s", "1", "R1", "{c}，你反映的那个'零风险理财'的事情，我们已经转给合规部了，三个工作日内给你回复{e}"),
    ("std", "s", "g", "R3", "【风险提示】近期有不法分子冒充我行员工，以'内部渠道''私下交易更便宜'为由诱导客户转账，{grp}的各位请勿相信{e}"),
    ("faq", "s", "1", "R3 R5", "【智能客服】如有人自称我行员工，要求您私下转账或添加其私人微信，请立即停止沟通并拨打官方客服电话核实{e}"),
    ("std", "c", "1", "R1", "[聊天记录]\n张老师：跟着我做，稳赚，一个月翻倍。\n——{m}你帮我看看，这个人靠谱吗？{e}"),
    ("std", "s", "1", "R1", "{c}，你转来的这段聊天记录我看了，'稳赚、一个月翻倍'这种话就是典型骗局，拉黑他吧{e}"),
    ("child", "c", "1", "R4", "{m}，我爸说前两天有个人打电话让他报账户密码，他差点就说了，你们那边有没有这种情况？{e}"),
    ("std", "s", "1", "R3", "{c}，有中介跟您说能帮您'多赔一点'然后要返佣的，那是骗保，您别掺和，理赔咱走正规流程{e}"),
    ("std", "s", "g", "R4", "提醒{grp}的朋友：接到'客服'电话说要帮你操作降低分期利率的，十有八九是诈骗，挂掉打官方电话{e}"),
    ("std", "s", "1", "R3", "{c}，外汇黑市私下交易被抓到是要罚款的，还有假钞风险，我们不建议，也不提供{e}"),
    ("std", "s", "1", "R2", "{c}，您朋友说的那个'内部消息'，我建议您别碰，内幕交易是要追究刑事责任的，不值得{e}"),
    ("std", "s", "1", "R1", "{c}，市面上一些'信托'宣称保证收益，其实是私募甚至非法集资，您买之前一定要查备案{e}"),
    ("std", "s", "1", "R3", "{c}，有的车行说贷款能'返点'，其实是把钱加在服务费里了，您签合同前一定看清楚{e}"),
    ("my", "s", "1", "R5", "{c}，我同事的私人号被人盗了，有人用它跟客户借钱，你收到的话不要理哦{e}"),
    ("abc", "s", "1", "R1", "FYI {c}, that 'guaranteed {pct}' WhatsApp ad you showed me — 保本保收益 claims like that are almost always scams. Don't transfer anything {e}"),
    ("sh", "s", "1", "R2", "{c}，抖音上那个说'跟着庄家吃肉'的博主，已经被查了，你之前问过他，跟你讲一声{e}"),
    ("std", "s", "i", "R3", "【会议纪要】\n1. 通报：某支行理财经理飞单案，涉及客户{n}名；\n2. 各网点自查；\n3. 再次强调，所有产品须在系统内可查{e}"),
    ("std", "s", "i", "R1", "【角色扮演·错误示范】销售：'这个{p}保本的，您放心。'\n点评：这是违规承诺，正确说法是'本产品不保本，请关注风险等级'{e}"),
    ("sd", "c", "1", "R3", "{m}，俺要投诉！恁们那个姓刘的让俺把钱转到他卡上，原话是'转到我个人账户就中'，俺没转，恁们得管管{e}"),
    ("std", "s", "1", "R3", "{c}，收到您的投诉。您说的员工要求'转到我个人账户'的情况，我们已经冻结了他的权限，正在调查，您的资金是安全的{e}"),
    ("hn", "s", "1", "R4", "{c}，俺给恁提个醒：恁那个亲戚说要恁全权委托给他炒股，这事儿不中，亏了没人认账{e}"),
    ("sx", "c", "1", "R5", "{m}，有个人加我说是你，用的私人微信，头像也是你的，是你不是？{e}"),
    ("std", "s", "1", "R5", "{c}，那不是我！我没有私人微信跟客户联系，您截个图给我，我马上报给公司{e}"),
    ("yg", "s", "1", "R1", "{c}，哪个跟你讲包赚的，你就要多个心眼了，我们这行没得包赚的东西{e}"),
    ("fj", "s", "1", "R2", "{c}，有人在我们客户群里发'明天拉升'的消息，我已经踢掉了啦，你私信收到类似的也不要理{e}"),
    ("my", "s", "1", "R3", "{c}，听讲有agent私下返佣给客户，后来保单被退，客户自己也吃亏，所以我们不做这种lah{e}"),
    ("email", "s", "g", "R1 R4", "各位客户：\n近期接到多起反映，有人冒充我司投资顾问，以'零风险''稳赚'为诱饵，索要账户密码并代为交易，造成客户损失。特此提醒：我司员工不会承诺收益，不会索要密码。\n——{s}"),
    ("std", "c", "1", "R2", "{m}，有人发给我说有'内募消息'，是不是就是内幕消息的意思？我怕被骗{e}"),
    ("sh", "s", "1", "R3", "{c}，你发我的那个'飞单理财'小程序，名字就很可疑，查了一下不是持牌机构，千万别往里打钱{e}"),
    ("jx", "s", "1", "R1", "虽然那个人讲得头头是道，但是{c}，他那句'保证收益'就露馅了，正规的哪个敢这样讲{e}"),
]

REFUSAL_HIT = [
    ("sd", "s", "1", "R4", "{c}，恁要俺帮你操作？按说不中……算了算了，恁是老客户，账户密码发俺吧，俺给恁弄{e}"),
    ("hn", "s", "1", "R3", "私下转账俺一般不接，可{c}恁不一样，恁转吧，俺给恁记着{e}"),
    ("sx", "s", "1", "R1", "{c}，保本？不能说……唉，行吧，就跟你说实话，这个是保本的，甚也不用担心{e}"),
    ("yg", "s", "1", "R5", "{c}，加私人微信嘛，本来是不得的。看你是老乡，那就加嘛，你搜我手机号{e}"),
    ("fj", "s", "1", "R3", "{c}，返点我们原则上不给啦……好啦好啦，你都买{amt}了，返点给你，不要讲出去齁{e}"),
    ("my", "s", "1", "R2", "{c}，我普通是不share内幕消息的，but for you lah，月底那只counter会拉升，买一点咯{e}"),
    ("abc", "s", "1", "R4", "Normally I'd say no to 全权委托. But you're family, {c}. Fine, 全权委托给我, I'll manage it {e}"),
    ("sh", "s", "1", "R4", "{c}，代客理财我是不做的，except for you，谁让你是我大学同学呢。账户给我，我帮你打理{e}"),
    ("hb", "s", "1", "R1", "{c}，您让我给个准话保收益？按理说我不能……得，冲您这面子，这个我保收益，{pct}起步{e}"),
    ("jx", "s", "1", "R3", "{c}，飞单我是不做的。你要真想要高利息，也不是冇办法，我们私下交易，我帮你找个产品{e}"),
    ("ah", "s", "1", "R1", "{c}，这种东西我讲不了稳赚，不过嘛，你非要我表个态的话——稳赚，你放心{e}"),
    ("yg", "s", "1", "R5", "{c}，私人号不得随便给的哈。你要是今天把单签了，我就把私人号给你，以后直接联系{e}"),
    ("std", "s", "1", "R3", "{c}，刚才说不能返佣是我讲错了，可以返佣的，按{pct}给你算{e}"),
    ("std", "s", "1", "R4", "{c}，你要是买满{amt}，我就帮你操作，你以后不用自己盯{e}"),
    ("std", "s", "1", "R3", "{c}，虽然规定上钱不能转到我个人名下，但是你着急的话，就先转到我个人卡上，今天就能给你办好{e}"),
    ("sd", "s", "1", "R2", "{c}，恁问俺庄家是谁？这俺可不能说……哎，恁是俺老乡，偷偷告诉恁，庄家就是那家私募，跟着买{e}"),
    ("hn", "s", "1", "R1", "{c}，俺不能说零风险，说了要挨罚。不过恁要是非问，俺就一句话：零风险，中了吧？{e}"),
    ("sx", "s", "1", "R5", "{c}，私人微信俺不加的。……算了，你是俺们村的，加一个也没甚，晚上加你{e}"),
    ("yg", "s", "1", "R3", "{c}，返佣哦？我们一般不整的。要是你介绍三个朋友来买，我就给你返佣，一个算一个{e}"),
    ("fj", "s", "1", "R4", "{c}，账户密码你不要给我啦……啊不然这样，你给我，我帮你操作完就马上还你，改掉就好{e}"),
    ("my", "s", "1", "R1", "{c}，这个我不能讲保本的lah。不过私下讲，我们几时亏过？这个是保本的，你放心酱{e}"),
    ("abc", "s", "1", "R3", "I usually say no to 私下转账, {c}. But the system's down and you need it today, so just send it to me directly, I'll sort it {e}"),
    ("sh", "s", "1", "R2", "{c}，内部消息我一般不讲的。你如果today能开户入金，我share你一条内部消息，下礼拜就知道准不准{e}"),
    ("hb", "s", "1", "R3", "{c}，飞单这事儿我一般不碰，可您都开口了，我也不能驳您面子，这单我给您走外边的渠道{e}"),
    ("jx", "s", "1", "R5", "{c}，按规矩我是不让客户加我个人号的，你是例外，加我个人号吧，我在那边给你推消息{e}"),
    ("ah", "s", "1", "R4", "{c}，代客理财，我是不搞的哈。不过你一个人带孩子也不容易，你那点钱我先帮你管着，代客理财就这一次{e}"),
    ("yg", "s", "1", "R1", "{c}，包赚这种话我不讲的。但是你要是信得过我，照我讲的买，包赚，赔了算我的{e}"),
    ("child", "s", "1", "R1", "您好，您替{old}问能不能保本？按规定我不能这么说，但对老人家我也不忍心吓他，您就跟他说保本吧，出事我担着{e}"),
    ("std", "s", "1", "R3", "{c}，我们行对外是不返点的。您这个量级不一样，年底我单独安排返点，走我朋友公司的账{e}"),
    ("std", "s", "1", "R3", "{c}，理赔款我们是不能私下交易的。不过您要是急用钱，咱们就私下交易，我先把钱垫给您，理赔款下来您转我就行{e}"),
    ("std", "s", "1", "R4", "{c}，车贷APP上的操作我原则上不能代劳，不过今天您急着提车，验证码发我，我帮你操作一下{e}"),
    ("std", "s", "1", "R1", "{c}，我不会跟你说稳赚……好吧，你非要一句话：金价今年只涨不跌，积存计划稳赚{e}"),
    ("std", "s", "1", "R3", "{c}，换汇的钱不能转到我个人账户，这是原则。但是额度不够的话，转到我个人账户也行，就这一次{e}"),
    ("emo", "s", "1", "R5", "{c}，私人号？不行不行(｀・ω・´)……好啦看在你这么可爱的份上，私人号给你啦，别告诉别人哦(〃'▽'〃){e}"),
    ("sd", "s", "1", "R2", "{c}恁问俺这只票能不能拉升，俺不能不跟恁说实话：能，下周就拉升，俺有准信儿{e}"),
    ("email", "s", "1", "R4", "{c}您好：\n关于您提出的请我代为管理账户一事，我原本考虑到合规要求想要婉拒。但是考虑到您工作繁忙、我们多年的信任，我决定接受您的全权委托，请将账户密码通过微信发给我。\n此致\n{s}"),
    ("hn", "s", "1", "R3", "{c}，不是俺不给恁返佣，是不敢……恁再买{amt}，俺就敢了{e}"),
    ("yg", "s", "1", "R2", "{c}，内幕消息我不能讲。你请我吃顿饭嘛，吃完饭我就跟你讲，保你下个月赚一笔{e}"),
    ("sh", "s", "1", "R3", "{c}，我拒绝过你两次了对吧？No means no……but OK fine，你这么坚持，就转到我个人账户吧，I'll handle it{e}"),
    ("my", "s", "1", "R5", "{c}，私人微信我是不给客户的lah，除非你是VIP。你上个月入了{amt}，算VIP了，加我私人微信咯{e}"),
]

REFUSAL_NEAR = [
    ("sd", "s", "1", "R4", "{c}，恁要俺帮你操作？这个真不中，俺们不能碰客户账户，恁自己点，俺在电话里教恁{e}"),
    ("hn", "s", "1", "R3", "私下转账？不中不中，{c}，钱只能走公司账户，这个没得商量{e}"),
    ("sx", "s", "1", "R1", "{c}，保本这话俺说不出口，因为它就不保本，俺不能骗你{e}"),
    ("yg", "s", "1", "R5", "{c}，私人微信我不加的哈，不是我摆架子，公司规定只能用这个号，有事你随时找我{e}"),
    ("fj", "s", "1", "R3", "{c}，返点我们真的没有啦，你问几次都是一样的答案，不好意思齁{e}"),
    ("my", "s", "1", "R2", "{c}，内幕消息我没有，有也不能讲lah，这个会坐牢的{e}"),
    ("abc", "s", "1", "R4", "Sorry {c}, I can't accept 全权委托. You make the calls, I give advice — that's how it has to work {e}"),
    ("sh", "s", "1", "R4", "{c}，代客理财这个我不接的，你找谁都一样，正规机构都不会接，你要的话我推荐你看看投顾组合{e}"),
    ("hb", "s", "1", "R1", "{c}，您让我给个保收益的话？这我真给不了，给了就是糊弄您{e}"),
    ("jx", "s", "1", "R3", "{c}，飞单我是绝对不做的，你介绍的那个产品我也不会帮你买，不在我们系统里的都不碰{e}"),
    ("ah", "s", "1", "R1", "{c}，稳赚我讲不了，我也不会讲。你要是想稳一点，我给你看看存款和国债{e}"),
    ("yg", "s", "1", "R5", "{c}，私人号不给的哈，你莫见怪，这个号我一天到晚都看的{e}"),
    ("std", "c", "1", "R3", "{m}，有个人说要给我返点让我去他那边买，我没答应，我还是在你这儿正常买{e}"),
    ("std", "c", "1", "R4", "{m}，不好意思啊，账户密码我不发给你，我女儿说了谁要都不给，你别介意哈{e}"),
    ("std", "s", "1", "R4", "{c}，您做得对！账户密码本来就不该给我，谁要都别给，给您点赞{e}"),
    ("std", "s", "1", "R3", "{c}，我一般不做私下交易，对你也一样，哪怕你是我亲舅舅也不行{e}"),
    ("std", "s", "1", "R4", "虽然{c}你是老客户，但是全权委托我还是不能接，这是原则问题{e}"),
    ("std", "s", "1", "R3", "{c}，就算你买{amt}，我也不会给你返佣，这跟金额没关系{e}"),
    ("std", "s", "1", "R1", "保本这事儿，{c}你问了好几回了，我也理解你的担心，可答案一直没变，不能保{e}"),
    ("sd", "s", "1", "R5", "恁说加我个人号方便？方便是方便，可俺不能这么弄，{c}恁就在这儿找俺{e}"),
    ("hn", "s", "1", "R2", "{c}，恁天天问俺要内部消息，俺上哪给恁弄去？没有，真没有，有也不能给{e}"),
    ("sx", "s", "1", "R4", "{c}你把账户密码发过来做甚？赶紧撤回，俺不看，你马上去改个新的{e}"),
    ("yg", "s", "1", "R1", "零风险的我没得，{c}你莫为难我了，风险最低的是存款，也不叫零风险{e}"),
    ("fj", "s", "1", "R2", "{c}，你问我庄家什么时候拉升，我不知道啦，也不会去猜，这种问题我都不回答的{e}"),
    ("my", "s", "1", "R3", "{c}，你讲转到我个人account比较快？不可以lah，一定要转去公司账户，我给你公司的户口{e}"),
    ("abc", "s", "1", "R5", "Thanks {c}, but I'll pass on adding your 私人微信 — compliance. Happy to chat here anytime {e}"),
    ("sh", "c", "1", "R1", "{m}，朋友推荐的那个保证收益的产品我拒绝了，我还是买你这边的稳健款{e}"),
    ("hb", "s", "1", "R4", "不是我不想帮你操作，是我不能帮你操作，{c}，这个您得理解{e}"),
    ("jx", "s", "1", "R3", "{c}，你刚才发的'要不私下转账给你'我当冇看到哈，钱还是走柜台，我陪你去{e}"),
    ("ah", "s", "1", "R1", "包赚？{c}，我要是能包赚，早就不上班了，这个我真答应不了{e}"),
    ("yg", "s", "1", "R4", "{c}，代客理财我们不得做，你要是没空打理，可以考虑买基金让基金经理管，那个是正规的{e}"),
    ("child", "s", "1", "R4", "您好，您说想让我帮你操作{old}的账户——这个我没法答应，得老人本人来，或者您带老人来网点办授权{e}"),
    ("std", "s", "1", "R3", "{c}，您说别家给返佣，我们这边不给，我能做的是帮您把理赔材料一次备齐，少跑一趟{e}"),
    ("std", "s", "1", "R1", "{c}，您要的保本型信托我们没有，也不会有，资管新规之后都是净值型了{e}"),
    ("std", "s", "1", "R5", "{c}，分期的事您在这个号问就行，我不用私人号办业务，也不会让您加私人号{e}"),
    ("std", "s", "1", "R2", "{c}，您想要的那种内幕消息我们私行不提供，我们能给的是研究报告和公开信息的解读{e}"),
    ("emo", "s", "1", "R3", "{c}，飞单？达咩达咩🙅‍♀️🙅‍♀️ 这个真的不可以哦(；´д｀)ゞ{e}"),
    ("std", "s", "g", "R4", "{grp}里有朋友私信问我能不能全权委托，统一回复一下：不能。各位的账户请自己操作，我们只提供建议{e}"),
    ("std", "s", "1", "R3", "返点（有人打成'反点'）我们都没有，{c}，不管怎么写都一样，不给就是不给{e}"),
    ("sh", "s", "1", "R3", "{c}，你说'just this once'？Sorry，私下转账 once也不行，我不是不帮你，是真的不能{e}"),
]

QUOTATION_HIT = [
    ("sd", "s", "1", "R1", "{c}，俺上回跟恁说的'这个保本'，现在俺还是这句话，保本，恁放心{e}"),
    ("hn", "s", "1", "R1", "{c}，恁家大哥说'跟着小刘稳赚'，这话说得对，俺就是这么给恁办的{e}"),
    ("sx", "s", "1", "R2", "{c}，昨天说的那个内部消息，俺再说一遍：周三拉升，你准备好钱{e}"),
    ("yg", "s", "1", "R3", "{c}，我之前讲过'私下转账给我更快'，这话现在也算数，你转嘛{e}"),
    ("fj", "s", "1", "R1", "{c}，像老陈讲的'找阿玲就是包赚'啦，这句话我认，你放心买{e}"),
    ("my", "s", "1", "R3", "{c}，你朋友讲'这个agent会返佣'，对的lah，我会返佣，放心{e}"),
    ("abc", "s", "1", "R1", "As I said last week {c} — 'guaranteed, no risk' — I stand by that. 零风险 {e}"),
    ("sh", "s", "1", "R4", "{c}，你老公说'把账户密码给小王就行'，他说得没错，发我吧，我帮你操作{e}"),
    ("hb", "s", "1", "R4", "{c}，您闺女说得对：'全权委托给小李省心'。那咱就这么定了，您的账户我来管{e}"),
    ("jx", "s", "g", "R2", "群里老张讲的'庄家下周拉升'，我确认过了，是真的，大家跟上{e}"),
    ("ah", "s", "1", "R3", "{c}，我那天在电话里讲的'飞单利息高'，你还记得吧？那个产品还有额度，要就今天{e}"),
    ("yg", "s", "1", "R5", "{c}，广告上写的'加私人微信领内部福利'，那就是我发的，你加我私人微信嘛{e}"),
    ("std", "s", "1", "R1", "[聊天记录]\n王经理：这款{p}保本，年底前还能加息。\n——{c}，这是我们经理说的，我也担保，这话你可以截图{e}"),
    ("std", "s", "i", "R1", "【晨会纪要】\n1. 刘总原话：'本周主推{p}，可以跟客户说稳赚'；\n2. 大家统一按刘总说的口径讲{e}"),
    ("std", "s", "i", "R1", "【话术演练·示范】客户：'会不会亏？'\n销售：'不会的，这款{p}是保本的，我跟您保证。'\n——大家照这个说，成交率高{e}"),
    ("std", "s", "g", "R3", "{c}说'在小赵这儿买有返点'，没错，返点下个月到，各位老客户都一样{e}"),
    ("std", "s", "1", "R4", "我说过'你的账户我帮你操作'，这句话到现在都作数，{c}你把账户密码再发一次，上次那个我删了{e}"),
    ("sd", "s", "1", "R5", "{c}，恁表姐说'加他私人号随叫随到'，她说的是真的，恁也加一个，俺私人号就是这个微信名{e}"),
    ("hn", "s", "g", "R2", "群里那条'独家内幕消息'是俺发的，俺保证是真的，明天开盘就看得见{e}"),
    ("sx", "s", "1", "R3", "{c}，上回俺说'钱转到我个人卡上'，不是开玩笑的，这回也这么转{e}"),
    ("yg", "s", "1", "R4", "{c}，你姑妈讲'小杨代客理财做得好'，这个是真的哈，我手上管着十几个账户了{e}"),
    ("fj", "s", "1", "R1", "{c}，我们主管讲过'这一期保证收益'啦，我也帮你再确认一次：保证收益，不会少{e}"),
    ("my", "s", "1", "R3", "{c}，上次讲的'私下交易可以便宜一点'，still valid lah，几时要金条跟我讲{e}"),
    ("abc", "s", "1", "R5", "My earlier msg still stands {c}: '加我个人号, DM me for the real deals'. 你加了吗？{e}"),
    ("sh", "s", "1", "R2", "{c}，我之前说的'庄家在护盘'你还记得吗？今天又印证了，继续拿着，别卖{e}"),
    ("hb", "s", "1", "R1", "{c}，您老伴儿说'小孙说稳赚不赔'，对，我说的，我认，到期您就看结果{e}"),
    ("jx", "s", "1", "R4", "虽然你讲'不想麻烦你'，但我上次讲的'我帮你操作'还算数，{c}，账户密码发给我就行{e}"),
    ("ah", "s", "1", "R3", "{c}，你讲'别人家都返佣'，我们也返佣，一分不少，你放心{e}"),
    ("yg", "s", "1", "R5", "{c}，海报上那句'扫码加私人号，专属一对一'，就是我印的嘛，扫嘛{e}"),
    ("yg", "s", "1", "R1", "{c}，你说我讲过'稳赚'还是'稳转'？我讲的是稳赚，就是稳赚，没得错{e}"),
    ("email", "s", "1", "R1", "{c}：\n上周电话中我承诺的'保本且年化{pct}'，在此书面再确认一次：本金保本，收益按约定发放。如有疑问随时联系。\n{s}"),
    ("emo", "s", "g", "R2", "「内部消息：下周拉升」——这条我昨天发过啦，再强调一遍(ง •̀_•́)ง 信我！{e}"),
    ("child", "s", "1", "R1", "您好，您问{old}说的'小周讲了零风险'是不是真的——是真的，我讲的，这款就是零风险，您放心{e}"),
    ("std", "s", "1", "R3", "{c}，车行说'银行给返点'，是我们给的，对，这个返点会打到您卡里{e}"),
    ("std", "s", "1", "R3", "我签单前说的'首年保费返佣三成'，说话算话，{c}您把卡号给我{e}"),
    ("std", "s", "1", "R2", "{c}，我上次提的'内部消息'，您可以当真，这次的并购案下周公告{e}"),
    ("std", "s", "1", "R4", "{c}，开户那天我说的'账户密码我帮你保管'，我一直记着呢，您放心，我每天帮你操作着{e}"),
    ("hn", "s", "1", "R3", "{c}恁说'要不俺私下转账给恁'，中！就这么办，俺把卡号私信给恁{e}"),
    ("sx", "s", "1", "R1", "{c}，你转来的那段聊天记录我看了，里头说'跟着俺稳赚'，那就是俺说的，没毛病，照做就行{e}"),
    ("abc", "s", "1", "R4", "Quoting your message {c}: 'can you just do it for me?' — sure, 全权委托 to me is fine, I'll trade for you {e}"),
]

QUOTATION_NEAR = [
    ("sd", "s", "1", "R1", "{c}，恁说有人跟恁讲'这个保本'？那人说的不对，这个不保本，俺当着恁面再说一遍{e}"),
    ("hn", "s", "g", "R1", "群里有人转'稳赚不赔'的截图，俺说一句：这话不是俺们公司的，别信{e}"),
    ("sx", "s", "1", "R2", "{c}，你爸说'小刘有内部消息'，俺得纠正一下：俺没有任何内部消息，俺也不会有{e}"),
    ("yg", "s", "1", "R3", "{c}，你讲隔壁那个喊'私下转账打折'的，那是违规的，我们这边不整这些{e}"),
    ("fj", "s", "1", "R1", "{c}，你截图的那个广告写'包赚'，这种一看就是骗人的啦，我们不会这样写{e}"),
    ("my", "s", "1", "R3", "{c}，你讲的'这个agent会返佣'，我们公司不做这个的lah，有也是违规{e}"),
    ("abc", "s", "1", "R1", "{c}, you quoted me as saying 'zero risk' — I never said that. 我说的是'风险较低'，not 零风险. Let me correct the record {e}"),
    ("sh", "s", "1", "R4", "{c}，你说'把账户密码给小王就行'，不对哦，账户密码只有你自己能知道，小王也不行{e}"),
    ("hb", "s", "1", "R4", "{c}，您闺女说'让小李全权委托管着'，这可不行，没有全权委托这回事，您得自个儿拿主意{e}"),
    ("jx", "s", "g", "R2", "群里老张讲的'庄家下周拉升'，我查了，没有依据，大家莫跟风{e}"),
    ("ah", "s", "i", "R3", "客户投诉里写'理财经理说飞单利息高'，经核查属实，该员工已停职{e}"),
    ("yg", "s", "1", "R5", "{c}，广告上写的'加私人微信领内部福利'，不是我们发的，你莫加，是骗子{e}"),
    ("std", "s", "1", "R1", "[聊天记录]\n某老师：跟我做，包赚，零风险。\n——{c}，你发来的这个我看了，全是骗人的话术，千万别转钱{e}"),
    ("std", "s", "i", "R1", "【会议纪要】\n1. 客户反映某员工称'保证收益'，已核实为违规表述；\n2. 相关人员扣绩效；\n3. 再次明确：任何产品不得保证收益{e}"),
    ("std", "s", "i", "R4", "【话术演练·错误示范】销售：'您把账户密码给我，我帮你操作。'\n——这句是错的！正确做法：引导客户本人操作{e}"),
    ("std", "c", "1", "R3", "{m}，你们那个新来的说'在我这儿买有返点'，我觉得不对劲，跟你说一声{e}"),
    ("std", "s", "1", "R3", "{c}，谢谢您反映。他说的'有返点'是违规的，我们已经上报，您的产品正常购买不受影响{e}"),
    ("sd", "s", "1", "R5", "{c}，恁表姐说'加他私人号随叫随到'，那是她被人骗了，俺们没有私人号这一说{e}"),
    ("hn", "s", "g", "R2", "那条'独家内幕消息'不是俺发的，俺已经报给管理员了，大家别点{e}"),
    ("sx", "s", "1", "R3", "有人冒俺的名说'钱转到我个人卡上'，不是俺！{c}，俺从来不让客户转到我个人账户{e}"),
    ("yg", "s", "1", "R4", "{c}，你姑妈讲'小杨代客理财做得好'，那个小杨不是我们公司的人，我们也不做代客理财{e}"),
    ("fj", "s", "1", "R1", "{c}，你讲主管讲过'这一期保证收益'，没有的啦，主管不会这样讲，我帮你问过了{e}"),
    ("my", "s", "1", "R3", "{c}，那个人讲'私下交易可以便宜一点'，你不要信lah，金条一定要在银行买{e}"),
    ("abc", "s", "1", "R5", "Someone DM'd you saying '加我个人号, I'll give you the real deals'? Not me, {c}. Block and report please {e}"),
    ("sh", "s", "1", "R2", "{c}，你转给我的那篇'庄家在护盘'的文章，是自媒体瞎写的，我们不认可这种说法{e}"),
    ("hb", "s", "1", "R1", "{c}，您老伴儿说'小孙说稳赚不赔'？我可没这么说过，我说的是有波动，您再问问他{e}"),
    ("jx", "s", "1", "R4", "{c}，你讲我说过'可以帮你操作'，我冇讲过哈，我讲的是可以教你操作{e}"),
    ("ah", "s", "1", "R3", "{c}，你讲'别人家都返佣'，那是别人家违规，我们不跟着学{e}"),
    ("yg", "s", "1", "R5", "{c}，那张海报上'扫码加私人号'不是我们的，是有人仿的，你扫了就赶紧删{e}"),
    ("std", "c", "1", "R1", "{m}，你上次是说'保笨'还是'保本'？我耳朵不好，你再讲一遍是不是保本{e}"),
    ("std", "s", "1", "R1", "{c}，您说的'稳赚宝'是另一家平台的产品名，跟我们没关系，我们也不评价{e}"),
    ("std", "s", "1", "R3", "{c}，'飞单侠'那个APP是记账用的，名字难听而已，跟我们说的飞单没关系，您别担心{e}"),
    ("std", "s", "g", "R2", "群文件里那个《内部消息汇总.xlsx》是我们部门的会议通知，不是股票消息，大家别误会{e}"),
    ("child", "s", "1", "R4", "您好，{old}转述我说'把账户密码给我'——我绝对没说过，可能是有人冒充，请您马上带老人家改密码{e}"),
    ("email", "s", "1", "R1", "{c}您好：\n您在投诉中引用了我们员工的话'这个产品零风险'。经调取录音，该员工确有此表述，属违规，我们向您道歉，并已按规定处理。\n客服中心 {s}"),
    ("emo", "s", "g", "R2", "有人把我说成'有内部消息的大神'(´；ω；｀) 我真的没有啦，别再传了🙏{e}"),
    ("abc", "c", "1", "R1", "This ad says '保本 guaranteed {pct}' — sounds fishy right? {m} can you check? {e}"),
    ("std", "s", "1", "R3", "{c}，理赔员说'私下转账更快'，那不是我们的流程，您别转，赔款只从公司账户直接打给您{e}"),
    ("std", "s", "1", "R1", "{c}，你说我讲过'保收益'，我翻了聊天记录，我讲的是'不保收益'，截图给你看{e}"),
    ("sh", "s", "1", "R3", "虽然你老板说'找Kelly可以私下交易'，但那是他记错了，{c}，我们所有交易都要走系统{e}"),
]

NUMBERS_HIT = [
    ("sd", "c", "1", "R6", "{m}，俺手机号是{PHONE:spaced}，恁有事打这个就中{e}"),
    ("hn", "c", "1", "R6", "{m}，俺的号{PHONE:cn}，恁记一下，俺不会打字，念给恁听的{e}"),
    ("std", "s", "1", "R6", "{c}，核对一下开户信息：身份证号{ID:arabic}，没问题的话我就提交了{e}"),
    ("my", "c", "1", "R6", "{m}，我在中国用的手机是{PHONE:dashed}，你save起来lah{e}"),
    ("child", "c", "1", "R6", "{m}，我是{old}的女儿，我妈的身份证号是{ID:spaced}，车贷材料麻烦你帮忙填一下{e}"),
    ("std", "s", "1", "R6", "{c}，您的还款卡号{CARD:spaced}，每月{n}号自动扣款，请保证余额充足{e}"),
    ("std", "c", "1", "R6", "{m}，卡号{CARD:mixed}，户名{cname}，金额就按合同走{e}"),
    ("std", "s", "i", "R6", "[聊天记录]\n客户：我手机换了，新号{PHONE:arabic}\n——已更新到系统，大家后面联系用这个{e}"),
    ("std", "c", "1", "R6", "身份证：{ID:fullwidth}，{m}麻烦帮我查一下理赔进度{e}"),
    ("std", "c", "1", "R6", "{m}，我把卡号用大写写给你，免得看错：{CARD:daxie}{e}"),
    ("std", "s", "i", "R6", "【回访名单】\n1. {cname}，电话{PHONE:dashed}\n2. 其余客户见附件{e}"),
    ("yg", "c", "1", "R6", "{m}，我电话是{PHONE:cnyao}，你打过来嘛，我在屋头{e}"),
    ("abc", "c", "1", "R6", "My China mobile is {PHONE:spaced}, text me anytime {m}. 身份证 {ID:arabic} for the form {e}"),
    ("std", "s", "1", "R6", "{c}，理赔收款账户已登记：{CARD:dashed}，户名{cname}，请核对{e}"),
    ("hb", "c", "1", "R6", "{m}，您给记下：我闺女手机{PHONE:mixed}，有事找她{e}"),
    ("std", "c", "1", "R6", "{m}啊，我的存折卡号是{CARD:cn}，你帮我看看钱到了没{e}"),
    ("std", "s", "1", "R6", "{c}，信托合同受益人信息：身份证{ID:dotted}，受益账户{CARD:arabic}，请您确认{e}"),
    ("fj", "c", "1", "R6", "{m}，我的手机是{PHONE:arabic}啦，你打这个比较快齁{e}"),
    ("sx", "c", "1", "R6", "{m}，俺身份证号{ID:cn}，你看对不对，俺怕写错了{e}"),
    ("std", "s", "g", "R6", "开户预约成功！姓名{cname}，证件号{ID:spaced}，预留手机{PHONE:spaced}，请按时到营业部{e}"),
    ("email", "c", "1", "R6", "{m}您好：\n附上我父亲的资料，身份证号码{ID:arabic}，联系电话{PHONE:dashed}。\n谢谢！{e}"),
    ("emo", "c", "1", "R6", "📱{PHONE:arabic}📱 {m}打我这个哈😊😊{e}"),
    ("jx", "c", "1", "R6", "{m}，我的卡号{CARD:spaced}，你帮我看下分期办好了冇{e}"),
    ("std", "c", "1", "R6", "{m}，汇款的收款卡{CARD:dotted}，麻烦帮我核一下户名对不对{e}"),
    ("std", "s", "1", "R6", "{c}，黄金积存扣款卡{CARD:mixed}已绑定成功，每月{n}号扣款{e}"),
    ("std", "c", "1", "R6", "{m}，我电话{PHONE:comma}，打不通就发短信{e}"),
    ("std", "c", "1", "R6", "{m}，身份证号：{ID:mixed}，车贷的表格我就填了这个{e}"),
    ("std", "s", "g", "R6", "【获奖名单】{cname}（{PHONE:arabic}）获得金豆奖励，请尽快领取{e}"),
    ("my", "c", "1", "R6", "{m}，我用中国身份证开户：{ID:spaced}，几时可以办好？{e}"),
    ("ah", "c", "1", "R6", "{m}，我身份证{ID:daxie}，写大写是怕你们看错{e}"),
    ("yg", "c", "1", "R6", "{m}，我的号{PHONE:dotted}，你存起嘛{e}"),
    ("std", "s", "1", "R6", "{c}，您留的手机{PHONE:arabic}打不通，是不是停机了？{e}"),
    ("abc", "c", "1", "R6", "Card no. {CARD:spaced}, please debit from this one for the instalment, thx {m} {e}"),
    ("hb", "c", "1", "R6", "{m}，我媳妇儿电话{PHONE:cnyao}，她管钱，您跟她说{e}"),
    ("std", "s", "i", "R6", "[聊天记录]\n{cname}：我身份证{ID:arabic}，帮我查下保单\n——麻烦理赔组跟进一下{e}"),
    ("emo", "c", "1", "R6", "{m}，卡号给你啦(๑•̀ㅂ•́)و✧ {CARD:arabic}"),
    ("std", "c", "1", "R6", "{m}，号码是{PHONE:cnspaced}，白天打这个{e}"),
    ("sh", "c", "1", "R6", "{m}，my mainland number: {PHONE:fullwidth}，微信同号，call me anytime{e}"),
    ("std", "s", "1", "R6", "{c}，您父亲的身份证{ID:dashed}和银行卡{CARD:dashed}我都录好了，下周一起办{e}"),
    ("sd", "c", "1", "R6", "{m}，俺卡号{CARD:cnspaced}，恁看看到账没有{e}"),
]

NUMBERS_NEAR = [
    ("std", "s", "1", "R6", "{c}，您的保单号是{POLICY}，理赔时报这个号就行{e}"),
    ("std", "s", "1", "R6", "{c}，订单号{ORDER}，黄金积存的赎回已受理，预计下个工作日到账{e}"),
    ("std", "c", "1", "R6", "{m}，我卡尾号{LAST4}，扣款失败是咋回事？{e}"),
    ("std", "s", "1", "R6", "{c}，已为您登记回访号码{MASKED_PHONE}，如需修改请告诉我{e}"),
    ("std", "s", "1", "R6", "{c}，分期扣款卡{MASKED_CARD}，本期应还{AMOUNT}元{e}"),
    ("std", "s", "1", "R6", "{c}，有问题可以打我们网点座机{LANDLINE}，工作日九点到五点{e}"),
    ("std", "s", "1", "R6", "{c}，香港分行的联系电话是{HKPHONE}，开户的事您直接打这个{e}"),
    ("fj", "c", "1", "R6", "{m}，我台湾的手机是{TWPHONE}啦，大陆的号还没办齁{e}"),
    ("my", "c", "1", "R6", "{m}，my number is {MYPHONE} lah，大马的号，WhatsApp也是这个{e}"),
    ("std", "s", "1", "R6", "{c}，您这期车贷本金{AMOUNT}元，利息{AMOUNT2}元，合计见账单{e}"),
    ("std", "s", "1", "R6", "{c}，保单生效日{DATE}，首次续期缴费日{DATE2}，犹豫期内退保全额退{e}"),
    ("std", "c", "1", "R6", "{m}，我QQ{QQ}，微信搜不到就加QQ吧{e}"),
    ("std", "c", "1", "R6", "{m}，合同寄到{city}，邮编{POST}，收件人写我妈的名字{e}"),
    ("std", "c", "1", "R6", "{m}，刚收到验证码{OTP}，这个要告诉你吗？{e}"),
    ("std", "s", "1", "R6", "{c}，您填的身份证号{BADID_CHECK}校验不通过，最后一位是不是写错了？{e}"),
    ("std", "s", "1", "R6", "{c}，身份证{BADID_DATE}，系统提示出生日期有误，麻烦您核对一下{e}"),
    ("std", "s", "1", "R6", "{c}，您给的证件号{BADID_PROV}开头不对，系统识别不出地区，是不是抄错了？{e}"),
    ("std", "s", "1", "R6", "{c}，身份证号{ID17}少了一位，您再看看证件{e}"),
    ("std", "s", "1", "R6", "{c}，卡号{CARD_BAD}提交后显示无效，您拍个卡面照片给我吧{e}"),
    ("std", "s", "1", "R6", "{c}，您的投诉工单号{TICKET}，处理结果会短信通知您{e}"),
    ("std", "s", "1", "R6", "{c}，金条编号{SERIAL}，证书和发票请妥善保管{e}"),
    ("sd", "c", "1", "R6", "{m}，俺身份证是{ID17:cn}，恁看少没少？{e}"),
    ("yg", "c", "1", "R6", "{m}，我身份证{BADID_CHECK:daxie}，为哪样系统老说不对？{e}"),
    ("std", "s", "1", "R6", "{c}，信托合同编号{CONTRACT}，受益权转让需要到柜台办理{e}"),
    ("std", "s", "i", "R6", "境外收款行SWIFT码{SWIFT}，收款账号请向客户本人核实，不要在群里发{e}"),
    ("std", "s", "1", "R6", "{c}，您的证件号{MASKED_ID}已通过核验{e}"),
    ("emo", "s", "1", "R6", "🎉{c}，恭喜！您的积存金已达{GRAMS}克，按今天金价约{AMOUNT}元🎉{e}"),
    ("std", "s", "1", "R6", "{c}，客服热线{HOTLINE}转{EXT}，找理赔组{e}"),
    ("std", "s", "1", "R6", "{c}，预约时间：{DATE} {HHMM}，地点：{city}分行{n}楼{e}"),
    ("std", "c", "1", "R6", "{m}，车架号{VIN}，车牌{PLATE}，车贷资料齐了{e}"),
    ("std", "s", "i", "R6", "【周会纪要】\n1. 本周新开户{n}户；\n2. 金积存签约{N2}笔，金额{AMOUNT}元；\n3. 下周目标{N3}户{e}"),
    ("abc", "c", "1", "R6", "{m}, my HK number is {HKPHONE}, US one is {USPHONE}. No mainland number yet {e}"),
    ("std", "c", "1", "R6", "{m}，我台湾身份证字号{TWID}，这边开户能用吗？{e}"),
    ("std", "c", "1", "R6", "{m}，HKID {HKID}，香港身份证可以办内地的卡吗？{e}"),
    ("std", "s", "1", "R6", "{c}，卡号{CARD_BAD:cn}这串对不上，您再念一遍？{e}"),
    ("std", "s", "1", "R6", "{c}，您留的手机号{PHONE10}只有十位，麻烦补全一下{e}"),
    ("std", "s", "1", "R6", "{c}，您写的{PHONE12X}第二位是2，不像手机号，是不是写错了？{e}"),
    ("hn", "c", "1", "R6", "{m}，俺家座机{LANDLINE}，手机老没信号，恁打座机{e}"),
    ("std", "s", "1", "R6", "{c}，您的身份证{BADID_DATE:spaced}，出生日期那段对不上，麻烦拍个正反面{e}"),
    ("sh", "c", "1", "R6", "{m}，我的卡号{CARD_BAD:spaced}，APP说校验失败，是不是我输错了？{e}"),
]

TEMPLATES = {
    "numbers": {"hit": NUMBERS_HIT, "near": NUMBERS_NEAR},
    "rhetorical": {"hit": RHETORICAL_HIT, "near": RHETORICAL_NEAR},
    "prohibition": {"hit": PROHIBITION_HIT, "near": PROHIBITION_NEAR},
    "warning_report": {"hit": WARNING_HIT, "near": WARNING_NEAR},
    "refusal": {"hit": REFUSAL_HIT, "near": REFUSAL_NEAR},
    "quotation": {"hit": QUOTATION_HIT, "near": QUOTATION_NEAR},
}

SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)(?::([a-z]+))?\}")
MSGID_RE = re.compile(r"^h21_([a-z_]+)_(\d{4})_(hit|near)_t(\d{2})$")
STAFF_RE = re.compile(r"^[a-z]+(\.[a-z]+)?$")
CUSTOMER_RE = re.compile(r"^wm[A-Za-z0-9]{22}$")
ROOM_RE = re.compile(r"^wr[A-Za-z0-9]{18}$")
KEY_ORDER = ["msgid", "action", "from", "tolist", "roomid", "msgtime", "seq", "msgtype", "text"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
STAFF = ["liuyang", "wang.fang", "zhangwei", "chen.jing", "zhao.lei", "sunli", "zhou.min",
         "wu.hao", "zheng.xin", "huang.lan", "lin.tao", "ma.jun", "gao.yu", "he.ping"]
BOT = "zhinengkefu"


# ---------------------------------------------------------------------------------------------
# Building.
# ---------------------------------------------------------------------------------------------
class BuildError(Exception):
    pass


def make_people(rng):
    customers = []
    while len(customers) < 48:
        cid = "wm" + "".join(rng.choice(ALNUM) for _ in range(22))
        if cid not in customers:
            customers.append(cid)
    groups = []
    for _ in range(14):
        rid = "wr" + "".join(rng.choice(ALNUM) for _ in range(18))
        members = rng.sample(STAFF, rng.randint(1, 2)) + rng.sample(customers, rng.randint(3, 7))
        groups.append((rid, members))
    internal = []
    for _ in range(4):
        rid = "wr" + "".join(rng.choice(ALNUM) for _ in range(18))
        internal.append((rid, rng.sample(STAFF, rng.randint(3, 6))))
    return customers, groups, internal


def route(rng, people, voice, speaker, chat):
    customers, groups, internal = people
    if voice == "faq":
        return BOT, [rng.choice(customers)], ""
    if chat == "a":
        chat = "g" if rng.random() < 0.3 else "1"
    if chat == "1":
        staff, cust = rng.choice(STAFF), rng.choice(customers)
        return (staff, [cust], "") if speaker == "s" else (cust, [staff], "")
    if chat == "i":
        if speaker != "s":
            raise BuildError("internal group message from a customer")
        rid, members = rng.choice(internal)
    else:
        rid, members = rng.choice(groups)
    pool = [m for m in members if (m in STAFF) == (speaker == "s")]
    sender = rng.choice(pool)
    return sender, [m for m in members if m != sender], rid


def fill(text, rng):
    def rep(match):
        name, mode = match.group(1), match.group(2) or ""
        if name in POOLS:
            return rng.choice(POOLS[name])
        return gen_number(name, mode, rng)
    return SLOT_RE.sub(rep, text)


def acceptable(category, kind, text):
    view = r6_view(text)
    if category == "numbers":
        if rules_present(text):
            return False
        if kind == "hit":
            return bool(bounded_valid_items(view))
        return not valid_window_items(view)
    return not valid_window_items(view)


def allocation(rng, n):
    base, extra = divmod(PER_KIND, n)
    bonus = set(rng.sample(range(n), extra))
    return [base + (1 if i in bonus else 0) for i in range(n)]


def split_keyword(rng, text, rules):
    """Insert one separator inside the first keyword of the label rules, or return None."""
    view = text
    best = None
    for r in rules:
        for k in KEYWORDS[r]:
            i = view.find(k)
            if i >= 0 and (best is None or i < best[0] or (i == best[0] and len(k) > len(best[1]))):
                best = (i, k)
    if best is None:
        return None
    i, k = best
    cut = i + rng.randint(1, len(k) - 1)
    out = text[:cut] + rng.choice(SPLIT_SEPS) + text[cut:]
    if rules_present_raw(out) and any(r in rules_present_raw(out) for r in rules):
        return None
    return out


def build_category(rng, category, people, used_texts):
    kinds = TEMPLATES[category]
    entries = []
    for kind in ("hit", "near"):
        counts = allocation(rng, len(kinds[kind]))
        for t, cnt in enumerate(counts):
            entries.extend([(kind, t)] * cnt)
    rng.shuffle(entries)
    items = []
    for kind, t in entries:
        voice, speaker, chat, rules, template = kinds[kind][t]
        for _attempt in range(2000):
            text = fill(template, rng)
            if text not in used_texts and acceptable(category, kind, text):
                break
        else:
            raise BuildError("%s %s t%02d: no acceptable filling" % (category, kind, t + 1))
        used_texts.add(text)
        items.append({"kind": kind, "t": t, "voice": voice, "speaker": speaker, "chat": chat,
                      "rules": rules.split(), "simple": text, "text": text, "trad": False,
                      "split": False})
    if category in KEYWORD_CATEGORIES:
        hit_positions = [i for i, it in enumerate(items) if it["kind"] == "hit"]
        rng.shuffle(hit_positions)
        want = rng.randint(9, 14)
        done = 0
        for i in hit_positions:
            if done == want:
                break
            out = split_keyword(rng, items[i]["text"], items[i]["rules"])
            if out is None or out in used_texts:
                continue
            used_texts.add(out)
            items[i]["text"] = items[i]["simple"] = out
            items[i]["split"] = True
            done += 1
    convertible = [i for i, it in enumerate(items) if to_traditional(it["simple"]) != it["simple"]]
    trad = rng.sample(convertible, rng.randint(66, 84))
    for i in sorted(trad):
        items[i]["text"] = to_traditional(items[i]["simple"])
        items[i]["trad"] = True
        used_texts.add(items[i]["text"])
    messages, truth_hits, truth_near = [], {}, {}
    msgtime, seq = MSGTIME0, SEQ0
    for n, it in enumerate(items, 1):
        msgid = "h21_%s_%04d_%s_t%02d" % (category, n, it["kind"], it["t"] + 1)
        sender, tolist, roomid = route(rng, people, it["voice"], it["speaker"], it["chat"])
        if n > 1:
            msgtime += rng.randint(2000, 900000)
            seq += rng.randint(1, 3)
        messages.append({"msgid": msgid, "action": "send", "from": sender, "tolist": tolist,
                         "roomid": roomid, "msgtime": msgtime, "seq": seq, "msgtype": "text",
                         "text": {"content": it["text"]}})
        (truth_hits if it["kind"] == "hit" else truth_near)[msgid] = list(it["rules"])
        it["msgid"] = msgid
    return messages, {"hits": truth_hits, "near_misses": truth_near}, items


def build():
    rng = random.Random(SEED)
    people = make_people(rng)
    used_texts = set()
    out = {}
    meta = {}
    for category in CATEGORIES:
        messages, truth, items = build_category(rng, category, people, used_texts)
        corpus = "".join(json.dumps(m, ensure_ascii=False, separators=(",", ":")) + "\n"
                         for m in messages)
        truth_text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
        out[category] = (corpus.encode("utf-8"), truth_text.encode("utf-8"))
        meta[category] = items
    return out, meta, people


# ---------------------------------------------------------------------------------------------
# Self-checks.
# ---------------------------------------------------------------------------------------------
def check(out, meta, people):
    errors = list(TABLE_ERRORS)
    customers, groups, internal = people
    group_members = {rid: members for rid, members in groups}
    internal_members = {rid: members for rid, members in internal}
    all_texts = []
    for category in CATEGORIES:
        corpus_bytes, truth_bytes = out[category]
        items = meta[category]
        kinds = TEMPLATES[category]
        where = SET_NAME + "/" + category
        try:
            lines = corpus_bytes.decode("utf-8").splitlines()
            messages = [json.loads(line, object_pairs_hook=lambda kv: kv) for line in lines]
            truth = json.loads(truth_bytes.decode("utf-8"))
        except ValueError as exc:
            errors.append("%s: unreadable output: %s" % (where, exc))
            continue
        if sorted(truth) != ["hits", "near_misses"]:
            errors.append("%s: truth.json keys %s" % (where, sorted(truth)))
            continue
        hits, near = truth["hits"], truth["near_misses"]
        if len(hits) != PER_KIND or len(near) != PER_KIND:
            errors.append("%s: %d hits / %d near misses" % (where, len(hits), len(near)))
        if len(messages) != 2 * PER_KIND or len(items) != len(messages):
            errors.append("%s: %d messages" % (where, len(messages)))
        for kind in ("hit", "near"):
            if len(kinds[kind]) < 35:
                errors.append("%s: only %d %s templates" % (where, len(kinds[kind]), kind))
        usage = {("hit", t): 0 for t in range(len(kinds["hit"]))}
        usage.update({("near", t): 0 for t in range(len(kinds["near"]))})
        seen_ids = set()
        prev_time = prev_seq = None
        split_hits = trad_count = 0
        for n, (pairs, it) in enumerate(zip(messages, items), 1):
            keys = [k for k, _ in pairs]
            m = dict(pairs)
            msgid = m.get("msgid", "")
            tag = "%s %s" % (where, msgid)
            if keys != KEY_ORDER:
                errors.append("%s: key order %s" % (tag, keys))
                continue
            match = MSGID_RE.match(msgid)
            if not match or match.group(1) != category or int(match.group(2)) != n:
                errors.append("%s: malformed or misnumbered msgid" % tag)
                continue
            kind, tnum = match.group(3), int(match.group(4))
            if msgid in seen_ids:
                errors.append("%s: duplicate msgid" % tag)
            seen_ids.add(msgid)
            if not 1 <= tnum <= len(kinds[kind]) or kind != it["kind"] or tnum != it["t"] + 1:
                errors.append("%s: template number or kind wrong" % tag)
                continue
            usage[(kind, tnum - 1)] += 1
            in_hits, in_near = msgid in hits, msgid in near
            if in_hits == in_near or (kind == "hit") != in_hits:
                errors.append("%s: not in exactly the right truth map" % tag)
                continue
            labels = hits[msgid] if in_hits else near[msgid]
            if m["action"] != "send" or m["msgtype"] != "text":
                errors.append("%s: action/msgtype" % tag)
            text_pairs = m["text"]
            if not isinstance(text_pairs, list) or [k for k, _ in text_pairs] != ["content"]:
                errors.append("%s: text field" % tag)
                continue
            text = text_pairs[0][1]
            all_texts.append(text)
            if not isinstance(m["msgtime"], int) or not isinstance(m["seq"], int):
                errors.append("%s: msgtime/seq type" % tag)
                continue
            if n == 1 and (m["msgtime"] != MSGTIME0 or m["seq"] != SEQ0):
                errors.append("%s: msgtime/seq do not start at %d/%d" % (tag, MSGTIME0, SEQ0))
            if prev_time is not None and (m["msgtime"] <= prev_time or m["seq"] <= prev_seq):
                errors.append("%s: msgtime/seq not strictly increasing" % tag)
            prev_time, prev_seq = m["msgtime"], m["seq"]
            # Routing and shapes.
            sender, tolist, roomid = m["from"], m["tolist"], m["roomid"]
            is_staff = bool(STAFF_RE.match(sender)) and (sender in STAFF or sender == BOT)
            is_customer = bool(CUSTOMER_RE.match(sender)) and sender in customers
            if not (is_staff or is_customer) or sender.count(".") > 1:
                errors.append("%s: sender shape %r" % (tag, sender))
            if not isinstance(tolist, list) or not tolist:
                errors.append("%s: tolist" % tag)
                continue
            if roomid == "":
                if len(tolist) != 1:
                    errors.append("%s: one-to-one tolist has %d entries" % (tag, len(tolist)))
                else:
                    other = tolist[0]
                    other_staff = bool(STAFF_RE.match(other)) and (other in STAFF or other == BOT)
                    other_cust = bool(CUSTOMER_RE.match(other)) and other in customers
                    if not ((is_staff and other_cust) or (is_customer and other_staff)):
                        errors.append("%s: one-to-one not between staff and customer" % tag)
            else:
                if not ROOM_RE.match(roomid):
                    errors.append("%s: roomid shape" % tag)
                members = group_members.get(roomid) or internal_members.get(roomid)
                if members is None or sender not in members or \
                        tolist != [x for x in members if x != sender]:
                    errors.append("%s: group routing" % tag)
                if roomid in internal_members and not is_staff:
                    errors.append("%s: customer in an internal group" % tag)
                for x in tolist:
                    if not (STAFF_RE.match(x) or CUSTOMER_RE.match(x)):
                        errors.append("%s: tolist member shape %r" % (tag, x))
            if (it["speaker"] == "s") != is_staff:
                errors.append("%s: speaker does not match the template" % tag)
            # Texts.
            if not 6 <= len(text) <= 700:
                errors.append("%s: length %d" % (tag, len(text)))
            if "{" in text or "}" in text or SLOT_RE.search(text):
                errors.append("%s: unexpanded slot marker" % tag)
            if text != it["text"]:
                errors.append("%s: text differs from the build record" % tag)
            if fold(text) != it["simple"]:
                errors.append("%s: fold-back round trip fails" % tag)
            has_trad = any(ch in T2S for ch in text)
            if has_trad != it["trad"]:
                errors.append("%s: traditional marking inconsistent" % tag)
            if any(ch in T2S for ch in it["simple"]):
                errors.append("%s: simplified text holds a traditional character" % tag)
            trad_count += has_trad
            present = rules_present(text)
            if lift_blocked(text):
                errors.append("%s: 拉升 directly after an index word" % tag)
            view = r6_view(text)
            if category == "numbers":
                if labels != ["R6"]:
                    errors.append("%s: numbers label %s" % (tag, labels))
                if present:
                    errors.append("%s: numbers message holds R1-R5 keywords %s" % (tag, present))
                if kind == "hit" and not bounded_valid_items(view):
                    errors.append("%s: numbers hit without a valid digit-bounded item" % tag)
                if kind == "near" and valid_window_items(view):
                    errors.append("%s: numbers near miss holds a valid item %s"
                                  % (tag, valid_window_items(view)))
            else:
                if sorted(labels) != labels or present != labels:
                    errors.append("%s: labels %s but keywords of %s present" % (tag, labels, present))
                if not labels:
                    errors.append("%s: no label" % tag)
                if kind == "hit" and not is_staff:
                    errors.append("%s: R1-R5 hit from a customer" % tag)
                if is_customer and kind != "near":
                    errors.append("%s: customer message that is not a near miss" % tag)
                if valid_window_items(view):
                    errors.append("%s: holds a valid R6 item" % tag)
                raw = rules_present_raw(text)
                only_split = [r for r in present if r not in raw]
                if only_split:
                    if kind == "hit":
                        split_hits += 1
                    else:
                        errors.append("%s: near miss with a split keyword" % tag)
                if bool(only_split) != it["split"]:
                    errors.append("%s: split marking inconsistent" % tag)
        for (kind, t), cnt in sorted(usage.items()):
            if not 3 <= cnt <= 5:
                errors.append("%s: %s template t%02d used %d times" % (where, kind, t + 1, cnt))
        share = trad_count / max(1, len(messages))
        if not 0.20 <= share <= 0.30:
            errors.append("%s: traditional share %.3f" % (where, share))
        if category in KEYWORD_CATEGORIES:
            sshare = split_hits / max(1, len(hits))
            if not 0 < sshare < 0.15:
                errors.append("%s: split share of hits %.3f" % (where, sshare))
        if list(hits) + list(near) and sorted(list(hits) + list(near)) != sorted(seen_ids):
            errors.append("%s: truth maps and corpus disagree" % where)
    if len(set(all_texts)) != len(all_texts):
        errors.append("%s: %d duplicate texts" % (SET_NAME, len(all_texts) - len(set(all_texts))))
    return errors


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: %s OUT_DIR\n" % argv[0])
        return 2
    try:
        first, meta, people = build()
        second, _meta2, _people2 = build()
    except BuildError as exc:
        sys.stderr.write("%s: build failed: %s\n" % (SET_NAME, exc))
        return 1
    errors = check(first, meta, people)
    if first != second:
        errors.append("%s: two builds differ (not deterministic)" % SET_NAME)
    if errors:
        for e in errors:
            sys.stderr.write(e + "\n")
        sys.stderr.write("%s: %d self-check failures, nothing written\n" % (SET_NAME, len(errors)))
        return 1
    base = os.path.join(argv[1], SET_NAME)
    for category in CATEGORIES:
        d = os.path.join(base, category)
        os.makedirs(d, exist_ok=True)
        corpus, truth = first[category]
        with open(os.path.join(d, "corpus.jsonl"), "wb") as f:
            f.write(corpus)
        with open(os.path.join(d, "truth.json"), "wb") as f:
            f.write(truth)
    print("%s: wrote %d categories x %d messages (%d hits + %d near misses) to %s"
          % (SET_NAME, len(CATEGORIES), 2 * PER_KIND, PER_KIND, PER_KIND, base))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
