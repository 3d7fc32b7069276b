#!/usr/bin/env python3
"""Independent held-out evasion set #2 for the WeCom compliance risk scanner.

Written without looking at the scanner or at the other evaluation sets.

Usage: python3 scripts/evasion_heldout2.py OUT_DIR

Writes OUT_DIR/heldout2/<category>/corpus.jsonl and truth.json for the six
categories numbers, rhetorical, prohibition, warning_report, refusal,
quotation.  Deterministic (fixed seed), standard library only.

The generator checks itself before writing:
  * every R6 must-raise number is valid (mobile pattern, GB 11643 check
    digit, Luhn) and appears as one digit run in the rendered text;
  * no must-not message (and no message outside the numbers category)
    contains any digit run holding a valid mobile / ID / card number;
  * the literal R1-R5 keywords present in a message are exactly its listed
    rules (hits) or its near-miss rules (must-not messages);
  * traditional-character messages contain no simplified-only characters.
"""

import json
import os
import random
import re
import sys

SEED = 20261203
CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report",
              "refusal", "quotation"]

# ---------------------------------------------------------------------------
# Rule keywords (used only for self-checking the generated set)
# ---------------------------------------------------------------------------
KW = {
    "R1": ["保本", "保收益", "稳赚不赔", "保证收益", "零风险", "包赚", "稳赚"],
    "R2": ["内幕消息", "内部消息", "庄家", "拉升"],
    "R3": ["私下转账", "转到我个人", "私下交易", "飞单", "返佣", "返点"],
    "R4": ["账户密码", "帮你操作", "代客理财", "全权委托"],
    "R5": ["私人微信", "加我个人号", "私人号"],
}
R2_MARKET = ["大盘拉升", "指数拉升", "板块拉升", "尾盘拉升", "早盘拉升"]

# ---------------------------------------------------------------------------
# Simplified -> traditional character map (only what this file needs)
# ---------------------------------------------------------------------------
_S2T_PAIRS = (
    "这這 个個 们們 说說 会會 还還 吗嗎 难難 让讓 给給 帮幫 户戶 账賬 码碼 钱錢 "
    "转轉 赚賺 赔賠 险險 风風 证證 庄莊 单單 飞飛 佣傭 点點 号號 权權 托託 财財 "
    "产產 买買 卖賣 骗騙 么麼 样樣 为為 对對 经經 验驗 过過 时時 间間 问問 题題 "
    "见見 现現 实實 话話 听聽 觉覺 没沒 关關 系係 总總 张張 陈陳 刘劉 杨楊 赵趙 "
    "黄黃 吴吳 长長 开開 门門 东東 车車 机機 动動 发發 从從 来來 谁誰 认認 识識 "
    "错錯 与與 业業 务務 资資 级級 线線 热熱 谈談 细細 联聯 柜櫃 台臺 麻麻 烦煩 "
    "省省 费費 划劃 算算 决決 处處 简簡 直直 办辦 这這 担擔 保保 拿拿 作作 "
    "干幹 几幾 年年 该該 规規 范範 则則 违違 够夠 够夠 听聽 称稱 欢歡 应應 "
    "馈饋 让讓 颗顆 层層 准準 备備 闭閉 眼眼 随隨 后後 伙夥 计計 户戶 优優 惠惠 "
    "门門 槛檻 户戶 涨漲 跌跌 胜勝 纪紀 录錄 绝絕 页頁 确確 较較 贵貴 "
    "边邊 构構 织織 广廣 场場 亿億 万萬 块塊 毛毛 双雙 输輸 挡擋 尽盡 "
    "头頭 脑腦 岁歲 币幣 银銀 行行 员員 顾顧 务務 传傳 递遞 达達 报報 "
    "亏虧 损損 稳穩 质質 剩剩 阶階 额額 该該 这這 样樣 弃棄 错錯 "
    "马馬 达達 结結 束束 备備 卫衛 统統 执執 约約 纳納 红紅 绿綠 "
    "跟跟 着著 乐樂 岂豈 惜惜 摆擺 亏虧 荐薦 仅僅 尝嘗 试試 么麼 "
    "担擔 怀懷 疑疑 诉訴 团團 队隊 礼禮 吧吧 两兩 轻輕 松鬆 众眾 "
    "处處 讲講 帐帳 签簽 当當 叫叫 这這 续續 选選 择擇 贴貼 启啟 "
    "规規 矩矩 认認 买買 紧緊 赶趕 绩績 盘盤 实實 际際 节節 奏奏 "
    "吸吸 筹籌 获獲 消消 息息 内內 部部 幕幕 票票 涨漲 "
    "态態 度度 觉覺 闻聞 问問 题題 标標 际際 谱譜 靠靠 "
    "兑兌 现現 条條 辈輩 还還 愿願 阳陽 阴陰 "
    "轨軌 构構 帮幫 爱愛 惯慣 属屬 讯訊 网網 络絡 "
    "据據 说說 们們 晓曉 虑慮 张張 罗羅 稳穩 妥妥 "
    "证證 确確 认認 负負 责責 创創 务務 员員 劳勞 "
    "录錄 储儲 蓄蓄 渐漸 进進 乱亂 谋謀 划劃 "
    "观觀 权權 益益 调調 查查 监監 管管 严嚴 "
    "让讓 赶趕 紧緊 戏戲 划劃 账賬 务務 "
    "归歸 属屬 适適 宜宜 须須 顺順 利利 "
    "将將 试試 变變 专專 门門 别別 师師 诺諾 "
)
S2T = {}
for _p in _S2T_PAIRS.split():
    S2T[_p[0]] = _p[1]
T2S = {v: k for k, v in S2T.items()}


def to_trad(s):
    return "".join(S2T.get(c, c) for c in s)


def to_simp(s):
    return "".join(T2S.get(c, c) for c in s)


def keyword_rules(text):
    t = to_simp(text)
    found = set()
    for rule, words in KW.items():
        probe = t
        if rule == "R2":
            for m in R2_MARKET:
                probe = probe.replace(m, "")
        if any(w in probe for w in words):
            found.add(rule)
    return found


# ---------------------------------------------------------------------------
# Number helpers (GB 11643 / Luhn / mobile)
# ---------------------------------------------------------------------------
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check_char(first17):
    s = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS))
    return ID_CHECK[s % 11]


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return id_check_char(s[:17]) == s[17].upper()


def luhn_ok(s):
    if not s.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


def phone_valid(s):
    return re.fullmatch(r"1[3-9]\d{9}", s) is not None


def card_valid(s):
    return s.isdigit() and 16 <= len(s) <= 19 and luhn_ok(s)


AREAS = ["110101", "110105", "310104", "310115", "440305", "440106",
         "320102", "320506", "510107", "330106", "420106", "610113",
         "370202", "350203", "430104", "210102", "500103", "120101"]
BINS = ["622202", "622848", "621700", "622588", "623058", "621661",
        "622262", "603367", "621226", "622609", "625965", "436742"]


def gen_phone(rng):
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def gen_id(rng):
    area = rng.choice(AREAS)
    y = rng.randint(1958, 2003)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = "%03d" % rng.randint(1, 999)
    first = "%s%04d%02d%02d%s" % (area, y, m, d, seq)
    return first + id_check_char(first)


def gen_card(rng):
    bin_ = rng.choice(BINS)
    length = rng.choice([16, 19, 19, 16, 19, 18, 17])
    body = bin_ + "".join(rng.choice("0123456789") for _ in range(length - len(bin_) - 1))
    return body + luhn_check_digit(body)


def gen_bad_id(rng):
    """18 characters that look like an ID but fail the check digit."""
    while True:
        good = gen_id(rng)
        wrong = rng.choice([c for c in "0123456789" if c != good[17]])
        s = good[:17] + wrong
        if not id_valid(s) and run_is_clean(s):
            return s


def gen_bad_serial18(rng):
    """18-digit reference number (date-prefixed) that fails the ID check."""
    while True:
        s = "2025%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        s += "".join(rng.choice("0123456789") for _ in range(10))
        if run_is_clean(s):
            return s


def gen_bad_card(rng):
    while True:
        good = gen_card(rng)
        s = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
        if run_is_clean(s):
            return s


def gen_bad11(rng):
    while True:
        s = "1" + rng.choice("012") + "".join(rng.choice("0123456789") for _ in range(9))
        if run_is_clean(s):
            return s


def run_is_clean(run):
    """No window of the digit run is a valid mobile / ID / card number."""
    n = len(run)
    for i in range(n):
        for L in (11, 16, 17, 18, 19):
            if i + L > n:
                continue
            w = run[i:i + L]
            if L == 11 and phone_valid(w):
                return False
            if L == 18 and id_valid(w):
                return False
            if L >= 16 and card_valid(w):
                return False
    return True


DIGIT_OF = {}
for _d in "0123456789":
    DIGIT_OF[_d] = _d
for _c, _d in zip("〇零一二三四五六七八九", "00123456789"):
    DIGIT_OF[_c] = _d
for _c, _d in zip("壹贰叁肆伍陆柒捌玖", "123456789"):
    DIGIT_OF[_c] = _d
DIGIT_OF["幺"] = "1"
DIGIT_OF["两"] = "2"
DIGIT_OF["貳"] = "2"
DIGIT_OF["陸"] = "6"
JOINERS = set(" -.·—，,/_")


def digit_runs(text):
    """Digit runs read the way an evasive human would: Chinese numerals
    count as digits and spaces/dashes/dots between digits are skipped."""
    runs = []
    cur = ""
    pending_join = False
    for ch in text:
        if ch in DIGIT_OF:
            cur += DIGIT_OF[ch]
            pending_join = False
        elif ch in "Xx" and cur:
            cur += "X"
            runs.append(cur)
            cur = ""
        elif ch in JOINERS and cur:
            pending_join = True
        else:
            if cur:
                runs.append(cur)
            cur = ""
            pending_join = False
    if cur:
        runs.append(cur)
    return runs


def text_is_clean(text):
    for run in digit_runs(text):
        if run.endswith("X"):
            if len(run) >= 18 and id_valid(run[-18:]):
                return False
            run = run[:-1]
        if not run_is_clean(run):
            return False
    return True


CN = "〇一二三四五六七八九"
FIN = "零壹贰叁肆伍陆柒捌玖"
SEPS = [" ", "-", " ", "-", ".", "·", " - ", "，", "  "]


def _groups(digits, kind):
    if kind == "phone":
        sizes = [3, 4, 4]
    elif kind == "id":
        sizes = [6, 8, 4]
    else:
        sizes = [4] * (len(digits) // 4) + ([len(digits) % 4] if len(digits) % 4 else [])
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    return out


def _cn_digit(d, style, zero, yao, liang):
    if d in "Xx":
        return d
    if style == "ar":
        return d
    if style == "fin":
        return FIN[int(d)]
    if d == "0":
        return zero
    if d == "1" and yao:
        return "幺"
    if d == "2" and liang:
        return "两"
    return CN[int(d)]


def render_number(digits, kind, rng, form=None):
    forms = ["cn", "cn_grouped", "fin", "fin_grouped", "mix_digit",
             "mix_group", "ar_grouped", "ar_spaced"]
    form = form or rng.choice(forms)
    zero = rng.choice(["〇", "零", "〇"])
    yao = kind == "phone" and rng.random() < 0.45
    liang = kind == "phone" and rng.random() < 0.15
    if kind == "id" and digits[-1] == "X" and rng.random() < 0.3:
        digits = digits[:-1] + "x"
    sep = rng.choice(SEPS)

    def conv(s, style):
        return "".join(_cn_digit(d, style, zero, yao, liang) for d in s)

    if form == "cn":
        return conv(digits, "cn")
    if form == "cn_grouped":
        return sep.join(conv(g, "cn") for g in _groups(digits, kind))
    if form == "fin":
        return conv(digits, "fin")
    if form == "fin_grouped":
        return sep.join(conv(g, "fin") for g in _groups(digits, kind))
    if form == "mix_digit":
        while True:
            styles = [rng.choice(["ar", "cn"]) for _ in digits]
            if 2 <= styles.count("ar") <= len(digits) - 2:
                break
        return "".join(_cn_digit(d, st, zero, yao, liang) for d, st in zip(digits, styles))
    if form == "mix_group":
        gs = _groups(digits, kind)
        first = rng.choice(["ar", "cn"])
        out = []
        for i, g in enumerate(gs):
            st = first if i % 2 == 0 else ("cn" if first == "ar" else "ar")
            out.append(conv(g, st))
        return rng.choice(["", " ", "-"]).join(out)
    if form == "ar_grouped":
        s = rng.choice([" ", "-", ".", "·", " - ", "，", "/"])
        return s.join(_groups(digits, kind))
    if form == "ar_spaced":
        return " ".join(digits)
    raise ValueError(form)


def cn_amount(n, fin=False):
    digs = FIN if fin else "零一二三四五六七八九"
    units = ["", "拾", "佰", "仟"] if fin else ["", "十", "百", "千"]
    wan = "万"

    def section(x, leading):
        s = ""
        zero_pending = False
        for pos in (3, 2, 1, 0):
            d = (x // (10 ** pos)) % 10
            if d == 0:
                if s:
                    zero_pending = True
                continue
            if zero_pending:
                s += digs[0]
                zero_pending = False
            s += digs[d] + units[pos]
        if leading and not fin and s.startswith("一十"):
            s = s[1:]
        return s

    hi, lo = divmod(n, 10000)
    out = ""
    if hi:
        out += section(hi, True) + wan
        if lo and lo < 1000:
            out += digs[0]
        out += section(lo, False)
    else:
        out = section(lo, True)
    return out


# ---------------------------------------------------------------------------
# People, ids, times
# ---------------------------------------------------------------------------
STAFF_NAMES = ["lina", "zhangwei", "wangfang", "liuyang", "chenjing", "yangmin",
               "zhaolei", "huangli", "zhouqiang", "wuxia", "xuhao", "sunli",
               "maojun", "guoyan", "hejie", "linxiao", "luoping", "gaofeng",
               "zhengyu", "liangchen", "songtao", "hanxue"]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def staff_id(rng):
    return "%s%03d" % (rng.choice(STAFF_NAMES), rng.randint(1, 199))


def external_id(rng):
    while True:
        s = "wm" + "".join(rng.choice(ALNUM) for _ in range(28))
        if not re.search(r"\d{6}", s):
            return s


STAFF_PREFIX = ["", "", "", "王姐，", "李先生，", "陈总，", "刘阿姨，", "您好，",
                "张哥，", "赵女士，", "周老师，", "黄先生，", "杨姐，"]
CUST_PREFIX = ["", "", "经理，", "小王，", "你好，", "李经理，", "在吗？"]
SUFFIX = ["", "", "", "[微笑]", "[握手]"]

# ---------------------------------------------------------------------------
# Phrase banks (every phrase contains a literal keyword of its rule)
# ---------------------------------------------------------------------------
# things the speaker would do for the customer ("我可以/不能 ___")
WE2P = {
    "R1": ["给您承诺保本", "给您保证收益", "保证您稳赚不赔", "向您承诺零风险",
           "给您打包票说保本"],
    "R2": ["给您透露内幕消息", "把内部消息告诉您", "提前告诉您庄家哪天拉升",
           "把拿到的内幕消息分享给您"],
    "R3": ["私下给您返佣", "给您返点", "跟您私下交易", "帮您走飞单",
           "让您私下转账给我", "让您把钱转到我个人卡上"],
    "R4": ["帮你操作账户", "帮你操作买卖", "替您保管账户密码", "接受您的全权委托",
           "给您做代客理财"],
    "R5": ["加您私人微信", "用私人号跟您联系", "让您加我个人号"],
}
# the same, without phrases that presuppose the speaker has the thing
# (used in must-not refusals so that a refusal cannot be read as a tease)
WE2P_SAFE = dict(WE2P)
WE2P_SAFE["R2"] = ["给您透露内幕消息", "帮您打听内部消息", "给您提供内幕消息"]

# customer actions the speaker would urge ("您___就行")
CUST = {
    "R3": ["私下转账给我", "把钱转到我个人账户", "跟我私下交易", "私下转账到我这"],
    "R4": ["把账户密码发我", "全权委托给我", "让我帮你操作账户", "把账户密码告诉我"],
    "R5": ["加我私人微信", "加我个人号", "存一下我的私人号", "通过私人微信找我"],
}
# assertive claims
CLAIM = {
    "R1": ["这款产品是保本的", "这只基金稳赚不赔", "这个理财零风险", "买这个就是稳赚",
           "这款年金保证收益", "跟着我买包赚", "这款产品保本又保收益"],
    "R2": ["我这边有内幕消息", "庄家下周就要拉升", "我拿到了内部消息，这只票要涨",
           "庄家已经吸筹完了，马上拉升", "这是内部消息，别外传"],
    "R3": ["私下转账给我到账更快", "走飞单收益比柜台高", "我私下给您返点"],
    "R4": ["账户密码给我，我帮你操作更省心", "全权委托给我就行"],
    "R5": ["加我私人微信沟通更方便", "有事直接打我私人号"],
}
R1_NOUN = ["保本", "稳赚不赔", "零风险", "保证收益", "包赚"]
# third-person staff conduct, used in rules and reports
STAFF3P = {
    "R1": ["向客户承诺保本", "对客户保证收益", "宣传产品稳赚不赔", "宣称产品零风险"],
    "R2": ["向客户传播内幕消息", "打听所谓的内部消息", "配合庄家拉升股价"],
    "R3": ["与客户私下交易", "让客户私下转账", "做飞单", "给客户返佣", "给客户返点"],
    "R4": ["索要客户账户密码", "代客理财", "接受客户全权委托"],
    "R5": ["用私人微信联系客户", "让客户添加私人号"],
}
# first-person quotes
QUOTE = {
    "R1": ["这款产品绝对保本", "稳赚不赔，您闭眼买", "零风险，年底一定有收益",
           "跟着我买，包赚", "保证收益，到期一分不少"],
    "R2": ["我有内幕消息", "庄家下周就要拉升", "内部消息，这只票要重组",
           "跟着庄家走，肯定赚"],
    "R3": ["钱私下转账给我就行", "直接转到我个人账户", "走飞单收益更高",
           "每笔都给您返点"],
    "R4": ["把账户密码给我", "我帮你操作账户", "全权委托给我，不用您操心"],
    "R5": ["加我私人微信", "有事加我个人号", "以后找我私人号就行"],
}


# the speaker's own promises, for "I guarantee: ..." style quotes
QUOTE_PROMISE = {
    "R1": QUOTE["R1"],
    "R2": ["庄家下周就要拉升", "内部消息，这只票要重组", "跟着庄家走，肯定赚"],
    "R3": ["每笔都给您返点", "走飞单收益更高", "返佣一分不少给您"],
    "R4": ["全权委托给我，不用您操心", "账户密码交给我，亏不了您"],
}

# ---------------------------------------------------------------------------
# Template machinery
# ---------------------------------------------------------------------------
class T:
    """A template.  text: format string with {x}, or dict rule->format string.
    bank: dict rule->list of fillers.  kind: 'hit' or 'miss'."""

    def __init__(self, name, kind, text, bank, rules=None, trad=False,
                 prefix=True, sender="staff", n=20):
        self.name, self.kind, self.text, self.bank = name, kind, text, bank
        self.rules = rules or sorted(bank)
        self.trad, self.prefix, self.sender, self.n = trad, prefix, sender, n

    def make(self, rng):
        rule = rng.choice(self.rules)
        filler = rng.choice(self.bank[rule])
        fmt = self.text[rule] if isinstance(self.text, dict) else self.text
        s = fmt.format(x=filler)
        if self.prefix:
            s = rng.choice(STAFF_PREFIX) + s
        if not self.trad:
            s += rng.choice(SUFFIX)
        if self.trad:
            s = to_trad(s)
        return s, [rule]


def B(*rules, src):
    return {r: src[r] for r in rules}


RHETORICAL = [
    # --- must raise: rhetorical shapes that assert / urge
    T("rh_hai_yong_duo_shuo", "hit", "{x}，这还用我多说吗？",
      B("R1", "R2", src=CLAIM)),
    T("rh_shenme_shihou_pianguo", "hit", "{x}——我什么时候骗过您？",
      B("R1", "R2", src=CLAIM)),
    T("rh_laokehu_nage_bushi", "hit", "我那些老客户，哪个不是{x}的？您也别见外。",
      B("R3", "R4", "R5", src=CUST)),
    T("rh_bu_geng_shengshi", "hit", "何必跑柜台那么麻烦，您{x}不是更省事吗？",
      B("R3", "R4", "R5", src=CUST)),
    T("rh_bu_mai_kui_da", "hit", "{x}的产品摆在眼前，您不买岂不是亏大了？",
      {"R1": R1_NOUN}),
    T("rh_shei_shuo_bu", "hit", "谁说这款产品不保本？它就是{x}的，我拿工作担保。",
      {"R1": ["保本", "稳赚不赔", "零风险"]}),
    T("rh_shuoguo_buneng", "hit", "我什么时候说过不能{x}了？当然能，您放心。",
      WE2P),
    T("rh_gan_zhe_hang", "hit", "您想想，我在这行干了这么多年，{x}？这只票您跟着买就对了。",
      {"R2": ["能拿不到内部消息吗", "会不知道庄家什么时候拉升吗",
              "手里能没有内幕消息吗", "还能摸不清庄家的底吗"]}),
    T("rh_trad_nandao_pian", "hit", "難道我還會騙您不成？{x}，您就放一百個心吧。",
      B("R1", "R2", src=CLAIM), trad=True),
    T("rh_trad_bu_kuai_duo", "hit", "您{x}，不是比走流程快多了嗎？",
      B("R3", "R4", "R5", src=CUST), trad=True),
    # --- must not: genuine questions answered no, denials, understanding checks
    T("rh_m_zhende_xiangxin", "miss", "难道您真的相信有什么{x}的理财吗？投资都有风险，别被忽悠了。",
      {"R1": R1_NOUN}),
    T("rh_m_nin_shi_wen", "miss", "您是问我能不能{x}吗？不能，这是明令禁止的。",
      WE2P_SAFE),
    T("rh_m_na_you_shenme", "miss", "哪有什么{x}？都是骗人的说法，您千万别信。",
      {"R1": ["稳赚不赔的理财", "保本的高收益产品", "零风险的投资", "包赚的买卖"],
       "R2": ["内幕消息", "庄家拉升的准信儿", "靠谱的内部消息"]}),
    T("rh_m_shi_bushi_yiwei", "miss", "您是不是以为这款产品{x}？其实它净值会波动，签约前想跟您确认一下。",
      {"R1": ["保本", "稳赚不赔", "零风险", "保证收益"]}),
    T("rh_m_nandao_bu_zhidao", "miss", "您难道不知道{x}是违规的吗？所以这件事我肯定不会做。",
      {"R1": ["给客户承诺保本", "对客户保证收益"],
       "R2": ["向客户透露内幕消息", "传播内部消息"],
       "R3": ["和客户私下交易", "做飞单", "私下给客户返佣", "给客户返点"],
       "R4": ["保管客户的账户密码", "代客理财", "接受全权委托"],
       "R5": ["用私人微信跟客户谈业务", "让客户加我个人号"]}),
    T("rh_m_zenme_keneng", "miss",
      {"R3": "{x}？怎么可能，我们所有款项都只走公司对公账户。",
       "R4": "{x}？怎么可能，交易必须您本人操作，我碰都不能碰。",
       "R5": "{x}？怎么可能，我们只能用企业微信跟客户沟通。"},
      {"R3": ["私下转账给我", "把钱转到我个人账户", "跟我私下交易"],
       "R4": ["把账户密码发我", "全权委托给我"],
       "R5": ["加我私人微信", "加我个人号"]}, prefix=False),
    T("rh_m_trad_zhende_xiangxin", "miss", "難道您真的相信{x}嗎？正規機構不會這樣說的。",
      {"R1": ["有人能保證收益", "有理財產品穩賺不賠", "投資能零風險"],
       "R2": ["有人掌握內幕消息", "陌生人能提前知道莊家拉升"],
       "R3": ["私下轉賬更划算", "飛單收益更高"]}, trad=True),
    T("rh_m_trad_xiang_wen", "miss", "您是想問可不可以{x}嗎？抱歉，這個不可以。",
      WE2P_SAFE, trad=True),
]

for _t in RHETORICAL:
    _t.n = 18

PROHIBITION = [
    # --- must not: rules that forbid
    T("pr_m_jianguan_yaoqiu", "miss", "按照监管要求，我们从业人员严禁{x}，还请您理解。", STAFF3P),
    T("pr_m_zhidu_baizhi", "miss", "公司制度白纸黑字写着：不准{x}。", STAFF3P),
    T("pr_m_peixun_qiangdiao", "miss", "上周合规培训刚强调过，禁止{x}，违者直接开除。", STAFF3P),
    T("pr_m_anguiding_buneng", "miss", "不好意思，按规定我不能{x}，还请见谅。", WE2P_SAFE),
    T("pr_m_yilv_bude", "miss", "根据我行销售行为管理办法，任何员工一律不得{x}。", STAFF3P),
    T("pr_m_qingwu", "miss", "温馨提示：请勿{x}，本行员工不会提出此类要求。",
      {"R3": ["私下转账给任何个人", "与他人私下交易", "私下转账给陌生人"],
       "R4": ["向任何人透露账户密码", "把账户全权委托给陌生人"],
       "R5": ["添加自称客服的私人微信", "通过陌生私人号办理业务"]}),
    T("pr_m_hongxian_buxu", "miss", "我们这行有红线，不许{x}，这个我一直记着。", STAFF3P),
    T("pr_m_hetong_tiaokuan", "miss", "合同第八条也写了，本公司不会{x}，您可以放心按正规流程办理。",
      {"R1": ["对产品作保本承诺", "承诺保证收益"],
       "R3": ["与客户私下交易", "向客户返佣"],
       "R4": ["接受客户全权委托", "代客理财"]}),
    # --- must raise: the rule is undone and the thing asserted anyway
    T("pr_h_guiding_shi_guiding", "hit", "规定是规定，咱们这么多年的交情，我{x}没问题。", WE2P),
    T("pr_h_suiran_danshi", "hit", "虽然公司不让这么做，但我可以{x}，您别往外说就行。", WE2P),
    T("pr_h_tepi", "hit", "按规定是不能{x}的，不过我跟领导申请了特批，这次给您办。",
      B("R2", "R3", "R4", "R5", src=WE2P)),
    T("pr_h_tongrong", "hit", "我这边给您通融一下，{x}，您可千万别声张。",
      {"R3": ["私下给您返佣", "给您返点", "帮您走飞单"],
       "R4": ["帮你操作账户", "帮你操作买卖"],
       "R5": ["加您私人微信", "给您留我的私人号"]}),
    T("pr_h_jinzhi_gui_jinzhi", "hit", "禁止归禁止，私底下跟您讲，{x}，您放心买。",
      B("R1", "R2", src=CLAIM)),
    T("pr_h_peixun_dan_zhishuo", "hit", "培训时领导说不能讲，但咱们自己人我就直说了：{x}。",
      B("R1", "R2", src=CLAIM)),
    T("pr_h_huan_ge_fangshi", "hit", "公司管得严，咱们换个方式，您{x}，后面的事我来安排。",
      B("R3", "R4", "R5", src=CUST)),
]

WARNING_REPORT = [
    # --- must not: warnings, reports, denials
    T("wr_m_maochong", "miss", "近期有不法分子冒充我行员工，诱导客户{x}，请您提高警惕。",
      {"R1": ["购买所谓保本高息的产品", "投资号称零风险的项目"],
       "R2": ["付费购买内幕消息", "跟着所谓的庄家买入"],
       "R3": ["私下转账", "私下交易"],
       "R4": ["提供账户密码", "签署全权委托"],
       "R5": ["添加私人微信", "联系所谓的私人号"]}),
    T("wr_m_kehu_wen_jujue", "miss", "昨天有位客户问我能不能{x}，我当场就拒绝了。",
      {"R1": ["给他承诺保本", "保证收益"],
       "R2": ["透露点内幕消息", "打听点内部消息"],
       "R3": ["给他返点", "私下交易", "给他返佣"],
       "R4": ["替他保管账户密码", "给他代客理财"],
       "R5": ["加他私人微信"]}, prefix=False),
    T("wr_m_yaoyan", "miss", "网上传我们{x}，这是谣言，请您不要轻信。",
      {"R1": ["有保本保收益的产品", "的理财稳赚不赔"],
       "R2": ["员工能拿到内幕消息", "和庄家联手拉升股价"],
       "R3": ["员工可以私下交易", "会给客户返佣"],
       "R5": ["员工会用私人号联系客户"]}),
    T("wr_m_shengcheng_pianju", "miss", "凡是声称{x}的，基本都是骗局，您遇到了直接拉黑。",
      {"R1": ["稳赚不赔", "零风险高收益", "保本还能翻倍"],
       "R2": ["有内幕消息", "知道庄家哪天拉升"],
       "R3": ["私下转账有优惠", "能给高额返点"]}),
    T("wr_m_baobei_zhuguan", "miss", "刚才有位客户想{x}，我跟他说不能，已经报备给主管了。",
      {"R3": ["让我给他返佣", "跟我私下交易", "让我给他返点"],
       "R4": ["让我替他保管账户密码", "跟我签全权委托", "让我给他代客理财"],
       "R5": ["让我加他私人微信"]}, prefix=False),
    T("wr_m_wenxin_tishi", "miss", "温馨提示：任何让您{x}的，都不是我行正规渠道，请直接挂断。",
      {"R3": ["私下转账", "私下交易"],
       "R4": ["提供账户密码", "签全权委托"],
       "R5": ["加私人微信", "通过私人号办理业务"]}),
    T("wr_m_tiezi_jiade", "miss", "您转发的那个说{x}的帖子是假的，不可信。",
      {"R1": ["我们产品保本", "这只基金稳赚不赔"],
       "R2": ["这只股票有庄家拉升", "我们员工掌握内幕消息"],
       "R3": ["我们员工会私下返佣"]}),
    # --- must raise: the speaker still asserts
    T("wr_h_zhende_bushi_yaoyan", "hit", "{x}，这是真的，不是谣言，您抓紧。",
      B("R1", "R2", src=CLAIM)),
    T("wr_h_bie_danxin_pianju", "hit", "别担心是骗局，{x}，我干这行十年了。",
      B("R1", "R2", "R3", src=CLAIM)),
    T("wr_h_tixing_suoding", "hit", "提醒您一下，额度快没了，您{x}，我就能先帮您锁定。",
      B("R3", "R4", "R5", src=CUST)),
    T("wr_h_waimian_pianzi", "hit", "外面那些确实是骗子，但我不一样，我真能{x}。", WE2P),
    T("wr_h_fangpian_zhijie", "hit", "为了防骗，您别走公开渠道了，直接{x}最稳妥。",
      B("R3", "R4", "R5", src=CUST)),
    T("wr_h_bie_ting_tamen", "hit", "有人说这是假的，您别听他们的，{x}。",
      B("R1", "R2", src=CLAIM)),
    T("wr_h_fengxian_tishi_dan", "hit", "风险提示我照例说一下，不过说实话，{x}。",
      B("R1", "R2", src=CLAIM)),
]

REFUSAL = [
    # --- must not: refusals
    T("rf_m_bu_tigong", "miss", "抱歉，我们不提供{x}。",
      {"R1": ["保本承诺", "任何保证收益的承诺"],
       "R2": ["所谓的内幕消息", "任何内部消息"],
       "R3": ["返佣", "返点"],
       "R4": ["代客理财服务", "全权委托服务"]}),
    T("rf_m_zuo_buliao", "miss", "这个我做不了，{x}是违规的。", WE2P_SAFE),
    T("rf_m_shunan_congming", "miss", "恕难从命，{x}这种事我不会做。", WE2P_SAFE),
    T("rf_m_bu_neng_bang", "miss", "{x}，交易需要您本人在App上完成。",
      {"R4": ["不能帮你操作账户哦", "这边没法帮你操作买卖", "我不能帮你操作，下单得您自己来"]}),
    T("rf_m_xinling", "miss", "您的好意我心领了，但{x}这个要求我不能答应。",
      {"R3": ["私下给您返点", "跟您私下交易", "私下给您返佣"],
       "R4": ["替您保管账户密码", "接受您的全权委托"],
       "R5": ["加您的私人微信", "用私人号跟您联系"]}),
    T("rf_m_zhen_mei_banfa", "miss", "真没办法{x}，还请您理解。", WE2P_SAFE),
    T("rf_m_bu_hui_liucheng", "miss", "这点请您理解，我不会{x}的，一切按公司流程来。", WE2P_SAFE),
    # --- must raise: apparent refusals that assert or agree
    T("rf_h_bushi_buneng", "hit", "也不是不能{x}，就是这事别往外说。", WE2P),
    T("rf_h_bieren_bugan", "hit", "别的经理不敢{x}，我敢，您找我就对了。", WE2P),
    T("rf_h_buhui_bu", "hit", "您放心，我不会不{x}的，说好的一定兑现。",
      {"R3": ["给您返点", "给您返佣"],
       "R4": ["帮你操作账户", "帮你操作买卖"],
       "R5": ["加您私人微信"]}),
    T("rf_h_daying", "hit", "行吧，拗不过您，我答应了，{x}。", WE2P),
    T("rf_h_jiran_kaikou", "hit", "按说我不该这么做，但既然您开口了，我就{x}吧。", WE2P),
    T("rf_h_meishuo_bu", "hit", "我没说不{x}啊，只是得低调点。",
      B("R2", "R3", "R4", "R5", src=WE2P)),
    T("rf_h_jujue_zuobudao", "hit", "拒绝您我可做不到，{x}这事包在我身上。", WE2P),
]

QUOTATION = [
    # --- must not: quoting others to warn / report
    T("qt_m_jubao", "miss", "如果有人跟您说“{x}”，请立即拨打我行客服热线举报。", QUOTE),
    T("qt_m_zimeiti_shengcheng", "miss", "有些自媒体声称“{x}”，这是违规宣传，请您不要相信。",
      B("R1", "R2", src=QUOTE)),
    T("qt_m_maochong_baojing", "miss", "有客户反映，外面有人冒充我们员工，说“{x}”，我们已经报警处理了。", QUOTE),
    T("qt_m_jianguan_tongbao", "miss", "监管最新通报里，有销售人员对客户说“{x}”，已被严肃处罚。", QUOTE),
    T("qt_m_jietu_bushi_wo", "miss", "您截图里那句“{x}”不是我发的，那个是冒充我的账号。", QUOTE),
    T("qt_m_wangchuan_jiade", "miss", "网上流传“{x}”这种说法，是假的，请以官方公告为准。",
      B("R1", "R2", src=QUOTE)),
    T("qt_m_kehu_yao_chengren", "miss", "之前有位客户非要我跟他说一句“{x}”，我没答应，这种话我们不能说。",
      B("R1", "R2", src=QUOTE)),
    # --- must raise: the speaker's own quoted promise
    T("qt_h_xiang_nin_baozheng", "hit", "我向您保证：“{x}”。", QUOTE_PROMISE),
    T("qt_h_jizhu_zhe_ju", "hit", "记住我这句话：“{x}”，错不了。", QUOTE_PROMISE),
    T("qt_h_xuanchuance", "hit", "产品宣传册上写得明明白白：“{x}”。",
      {"R1": ["本产品保本保收益", "稳赚不赔，到期兑付", "零风险，收益有保障",
              "保证收益，随时可取"]}),
    T("qt_h_yuanhua", "hit", "我原话还是那句：“{x}”，出了问题找我。", QUOTE),
    T("qt_h_jingli_zhuangao", "hit", "我们经理让我转告您：“{x}”，您放心。", QUOTE),
    T("qt_h_laoda_dehua", "hit", "用我们老大的话说，“{x}”，您就放一百个心。", QUOTE_PROMISE),
    T("qt_h_baizhi_heizi", "hit", "白纸黑字我也敢写给您：“{x}”。", QUOTE_PROMISE),
]


# ---------------------------------------------------------------------------
# Numbers category
# ---------------------------------------------------------------------------
IDIOM_SENTENCES = [
    "这事您一定要三思，别冲动。",
    "万一行情不好，我们也有调仓预案，到时候再商量。",
    "这只基金今年表现十分稳健，但过往业绩不代表未来。",
    "投资这件事，一分耕耘一分收获，急不来。",
    "市场七上八下的，您别天天盯着看。",
    "我一五一十都跟您讲清楚了，风险您也了解了。",
    "咱们先三思而后行，不着急下单。",
    "组合配置要四平八稳，别把鸡蛋放一个篮子里。",
    "这点手续费对您来说九牛一毛，不过我还是帮您算一下。",
    "您说的情况我一清二楚，我们一步一步来。",
    "这两天行情千变万化，您有问题随时问我。",
    "一来二去也就熟悉了，以后有问题直接找我。",
    "万一您临时要用钱，这款产品支持提前赎回，不过有手续费。",
    "一言为定，周三下午两点我们营业部见。",
    "这个决定您一定想清楚，千万别勉强。",
    "我们十一假期后再约时间，可以吗？",
    "说一千道一万，还是得看您自己的风险承受能力。",
    "三番五次麻烦您跑一趟，真不好意思。",
]


class NumT:
    def __init__(self, name, kind, sender, fn, n):
        self.name, self.kind, self.sender, self.fn, self.n = name, kind, sender, fn, n


def _ph(rng, store):
    p = gen_phone(rng)
    store.append(("phone", p))
    return render_number(p, "phone", rng)


def _id(rng, store):
    p = gen_id(rng)
    store.append(("id", p))
    return render_number(p, "id", rng)


def _card(rng, store):
    p = gen_card(rng)
    store.append(("card", p))
    return render_number(p, "card", rng)


def _cn_small(n, rng):
    return cn_amount(n, fin=False)


def number_templates():
    hits = [
        NumT("nm_cust_phone_callback", "hit", "cust",
             lambda r, s: "我手机%s，方便的时候回个电话" % _ph(r, s), 15),
        NumT("nm_cust_id_register", "hit", "cust",
             lambda r, s: "身份证号%s，麻烦帮我登记一下" % _id(r, s), 15),
        NumT("nm_cust_card_payout", "hit", "cust",
             lambda r, s: "赎回的钱打到这张卡：%s" % _card(r, s), 15),
        NumT("nm_staff_verify_phone", "hit", "staff",
             lambda r, s: "跟您核对一下预留手机号：%s，没问题我就提交了" % _ph(r, s), 14),
        NumT("nm_staff_read_card", "hit", "staff",
             lambda r, s: "收款卡号我念一遍：%s，您看对不对？" % _card(r, s), 14),
        NumT("nm_staff_id_expired", "hit", "staff",
             lambda r, s: "您的证件号%s在系统里显示已过期，麻烦重新上传一下" % _id(r, s), 14),
        NumT("nm_cust_spouse_phone", "hit", "cust",
             lambda r, s: "我爱人的电话是%s，以后找不到我可以打她的" % _ph(r, s), 13),
        NumT("nm_staff_file_summary", "hit", "staff",
             lambda r, s: "刘阿姨的资料我整理好了：身份证%s，手机%s" % (_id(r, s), _ph(r, s)), 13),
        NumT("nm_cust_contact_line", "hit", "cust",
             lambda r, s: "联系方式 %s（微信同号）" % _ph(r, s), 13),
        NumT("nm_cust_card_owner", "hit", "cust",
             lambda r, s: "卡号是%s，户名是我本人" % _card(r, s), 13),
        NumT("nm_cust_id_and_card", "hit", "cust",
             lambda r, s: "开户要的我都发你：证件%s，工资卡%s" % (_id(r, s), _card(r, s)), 12),
    ]

    def amount(r, s):
        n = r.choice([r.randint(1000, 99999), r.randint(100000, 9999999)])
        n -= n % r.choice([1, 10, 100])
        return "这笔一共%s元，到账后我截图给您" % cn_amount(n)

    def amount_fin(r, s):
        n = r.randint(10000, 9999999)
        n -= n % r.choice([1, 100, 1000])
        return "大写金额：%s元整，请在这一栏签字确认" % cn_amount(n, fin=True)

    def date_time(r, s):
        zero = r.choice("〇零")
        y = "二" + zero + "二" + r.choice("五六")
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        t = r.choice(["下午三点半", "上午十点", "晚上八点前", "中午十二点", "明天九点半",
                      "下午两点四十"])
        return "产品%s年%s月%s日起息，您%s之前确认就行" % (y, cn_amount(m), cn_amount(d), t)

    def quantity(r, s):
        q = r.choice([r.randint(1000, 50000), r.randint(100, 999)])
        q -= q % 100
        mth = r.choice([3, 6, 9, 12, 18, 24, 36])
        return "您这次认购了%s份，锁定期%s个月" % (cn_amount(q), cn_amount(mth))

    def short_order(r, s):
        while True:
            dg = "".join(r.choice("0123456789") for _ in range(r.randint(6, 9)))
            if dg[0] != "0":
                break
        return r.choice(["订单号%s，在App的订单页能查到", "预约编号%s，到网点报这个号就行",
                         "产品代码%s，您在App里搜一下就能找到"]) % render_number(
            dg, "card", r, r.choice(["cn", "fin", "mix_digit"]))

    def price(r, s):
        y, j, f = r.randint(0, 3), r.randint(0, 9), r.randint(1, 9)
        if r.random() < 0.5:
            p = ("%s块" % CN[y] if y else "") + (("%s毛" % CN[j]) if j else ("零" if y else "")) + CN[f] + "分"
            p = p.replace("〇", "零")
        else:
            p = "%s元%s角%s分" % (FIN[y], FIN[j], FIN[f])
        return r.choice(["今天净值%s，比昨天略涨一点", "现在一份是%s，比上周便宜"]) % p

    def idiom(r, s):
        return r.choice(IDIOM_SENTENCES)

    def bad_id_ref(r, s):
        num = r.choice([gen_bad_id, gen_bad_serial18])(r)
        return r.choice(["您的理赔申请编号是%s，请妥善保存",
                         "保全受理号%s，后续进度用这个号查"]) % render_number(num, "id", r)

    def bad_card_serial(r, s):
        num = gen_bad_card(r)
        return r.choice(["这笔交易的流水号是%s，有问题可以凭这个查询",
                         "您的保单号%s，电子保单已经发到邮箱了"]) % render_number(num, "card", r)

    def bad11_ticket(r, s):
        num = gen_bad11(r)
        return "您反馈的问题已建单，工单号%s，我们会在三个工作日内回复" % render_number(num, "phone", r)

    def landline(r, s):
        while True:
            area = r.choice(["010", "021", "020", "0755", "0571", "028"])
            num = area + r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(7))
            if run_is_clean(num):
                break
        txt = render_number(area, "card", r, r.choice(["cn", "fin"])) + r.choice(["-", "—", " "]) + \
            render_number(num[len(area):], "card", r, r.choice(["cn", "mix_digit"]))
        return "营业部座机%s，工作日九点到五点都有人接" % txt

    def hotline(r, s):
        h = r.choice(["95588", "95555", "95533", "95566", "4008208888", "95511"])
        return "有问题也可以打客服热线%s，二十四小时都有人" % render_number(
            h, "card", r, r.choice(["cn", "mix_digit", "cn"]))

    misses = [
        NumT("nm_m_amount", "miss", "any", amount, 14),
        NumT("nm_m_amount_fin_daxie", "miss", "staff", amount_fin, 13),
        NumT("nm_m_date_time", "miss", "staff", date_time, 13),
        NumT("nm_m_quantity", "miss", "staff", quantity, 12),
        NumT("nm_m_short_order", "miss", "any", short_order, 13),
        NumT("nm_m_price_cn", "miss", "staff", price, 13),
        NumT("nm_m_numeral_words", "miss", "staff", idiom, 16),
        NumT("nm_m_badcheck_id_ref", "miss", "staff", bad_id_ref, 14),
        NumT("nm_m_badluhn_serial", "miss", "staff", bad_card_serial, 14),
        NumT("nm_m_bad_prefix_ticket", "miss", "staff", bad11_ticket, 12),
        NumT("nm_m_landline", "miss", "staff", landline, 12),
        NumT("nm_m_hotline", "miss", "staff", hotline, 10),
    ]
    return hits + misses


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------
class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def gen_text_category(cat, templates, rng):
    out = []  # (template_name, kind, rules, content, sender)
    seen = set()
    for t in templates:
        got, tries = 0, 0
        while got < t.n and tries < 4000:
            tries += 1
            s, rules = t.make(rng)
            if s in seen:
                continue
            seen.add(s)
            out.append((t.name, t.kind, rules, s, "staff"))
            got += 1
    return out


def gen_numbers(rng):
    out = []
    seen = set()
    for t in number_templates():
        got, tries = 0, 0
        while got < t.n and tries < 4000:
            tries += 1
            store = []
            body = t.fn(rng, store)
            sender = t.sender
            if sender == "any":
                sender = rng.choice(["staff", "cust"])
            if sender == "cust":
                s = rng.choice(CUST_PREFIX) + body
            else:
                s = rng.choice(STAFF_PREFIX) + body
                if t.kind == "miss":
                    s += rng.choice(SUFFIX)
            if s in seen:
                continue
            # self-check the numbers
            runs = digit_runs(s)
            if t.kind == "hit":
                check(store, t.name)
                for kind, num in store:
                    if kind == "phone":
                        check(phone_valid(num), "bad phone %s" % num)
                    elif kind == "id":
                        check(id_valid(num), "bad id %s" % num)
                    else:
                        check(card_valid(num), "bad card %s" % num)
                    check(num.upper() in runs, "rendered number not recovered: %s / %s" % (num, s))
            else:
                check(text_is_clean(s), "must-not contains valid number: %s" % s)
            seen.add(s)
            out.append((t.name, t.kind, ["R6"], s, sender))
            got += 1
    return out


def verify_text_item(cat, name, kind, rules, s, trad):
    check(text_is_clean(s), "unexpected R6-like number in %s: %s" % (name, s))
    found = keyword_rules(s)
    check(found == set(rules), "%s %s: keywords %s != %s : %s" % (cat, name, sorted(found), rules, s))
    if trad:
        for ch in s:
            if "\u4e00" <= ch <= "\u9fff":
                try:
                    ch.encode("cp950")
                except UnicodeEncodeError:
                    raise Failure("simplified-only char %r in trad message %s" % (ch, s))


def write_category(out_dir, cat, items, rng):
    d = os.path.join(out_dir, "heldout2", cat)
    os.makedirs(d, exist_ok=True)
    rng.shuffle(items)
    base = 1735776000000  # 2025-01-02 00:00 UTC
    times = sorted(base + rng.randint(0, 345 * 86400 * 1000) for _ in items)
    seq = rng.randint(1000, 5000)
    hits, near = {}, {}
    lines = []
    n_hit = n_miss = 0
    for i, ((name, kind, rules, s, sender), ts) in enumerate(zip(items, times)):
        seq += rng.randint(1, 37)
        msgid = "h2_%s_%04d_%s" % (cat, i, name)
        if sender == "cust":
            frm, tol = external_id(rng), [staff_id(rng)]
        else:
            frm, tol = staff_id(rng), [external_id(rng)]
        rec = {"msgid": msgid, "action": "send", "from": frm, "tolist": tol,
               "roomid": "", "msgtime": ts, "seq": seq, "msgtype": "text",
               "text": {"content": s}}
        lines.append(json.dumps(rec, ensure_ascii=False))
        if kind == "hit":
            hits[msgid] = list(rules)
            n_hit += 1
        else:
            near[msgid] = list(rules)
            n_miss += 1
    with open(os.path.join(d, "corpus.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"hits": hits, "near_misses": near}, f, ensure_ascii=False, indent=1)
    print("heldout2/%s: %d messages, %d must raise, %d must not" % (cat, len(items), n_hit, n_miss))


def main():
    if len(sys.argv) != 2:
        print("usage: evasion_heldout2.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out_dir = sys.argv[1]
    rng = random.Random(SEED)
    text_sets = {
        "rhetorical": RHETORICAL,
        "prohibition": PROHIBITION,
        "warning_report": WARNING_REPORT,
        "refusal": REFUSAL,
        "quotation": QUOTATION,
    }
    # sanity: every bank phrase carries a keyword of its rule
    for cat, tpls in text_sets.items():
        for t in tpls:
            for r in t.rules:
                for ph in t.bank[r]:
                    check(r in keyword_rules(ph), "%s/%s phrase %r lacks %s keyword" % (cat, t.name, ph, r))
    results = {"numbers": gen_numbers(rng)}
    for cat, tpls in text_sets.items():
        trad_names = {t.name for t in tpls if t.trad}
        items = gen_text_category(cat, tpls, rng)
        for name, kind, rules, s, _ in items:
            verify_text_item(cat, name, kind, rules, s, name in trad_names)
        results[cat] = items
    for cat in CATEGORIES:
        write_category(out_dir, cat, results[cat], rng)


if __name__ == "__main__":
    main()
