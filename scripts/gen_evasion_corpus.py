#!/usr/bin/env python3
"""Dev tool: a fresh risk-evaluation corpus with evasion styles the sample corpus does not use.

Takes every planted keyword hit of the sample (`tests/fixtures/archive-*`), rewrites each keyword
occurrence in one of several evasion styles, and adds honest sentences that use the keywords in
negated or word-boundary ways. Writes a corpus (JSONL) and a truth file in the same format as
`archive-truth.json`, to be scored with:

    python3 scripts/gen_evasion_corpus.py OUT_DIR
    scrm archive scan-eval --truth OUT_DIR/evasion-truth.json OUT_DIR/evasion-corpus.jsonl

With `--categories OUT_DIR` it instead writes issue 17's TRAINING half: one corpus and truth per
category (numbers, rhetorical, prohibition, warning_report, refusal, quotation) under
OUT_DIR/train/<category>/{corpus.jsonl,truth.json}, from the templates in `TRAIN_TEMPLATES` and
`TRAIN_FORMS` below (fixed seed). The held-out half lives in scripts/evasion_heldout.py, which
whoever tunes the scanner must not read; scripts/eval_categories.sh generates and scores both.

    python3 scripts/gen_evasion_corpus.py --categories OUT_DIR
"""
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

# Simplified -> traditional for the characters of the default pack's keywords.
TRADITIONAL = {
    "证": "證", "赚": "賺", "险": "險", "内": "內", "庄": "莊", "转": "轉", "个": "個",
    "账": "賬", "户": "戶", "码": "碼", "帮": "幫", "权": "權", "托": "託", "号": "號",
    "点": "點", "佣": "傭", "风": "風", "单": "單", "们": "們", "赔": "賠", "私": "私",
    "升": "昇", "对": "對", "钱": "錢", "门": "門",
}

STYLES = {
    "zero_width": lambda kw: "\u200b".join(kw),
    "spaces": lambda kw: " ".join(kw),
    "dots": lambda kw: "·".join(kw),
    "dashes": lambda kw: "-".join(kw),
    "traditional": lambda kw: "".join(TRADITIONAL.get(c, c) for c in kw),
    "traditional_spaced": lambda kw: "  ".join(TRADITIONAL.get(c, c) for c in kw),
    "word_joiner": lambda kw: "\u2060".join(kw),
    "slashes": lambda kw: "/".join(kw),
}

HONEST_TEMPLATES = [
    "本产品不{kw}，请您知悉风险。",
    "我们从来不说{kw}这种话。",
    "这不是{kw}的产品，净值会波动。",
    "公司严禁{kw}，请您放心。",
    "并非{kw}，历史业绩不代表未来。",
    "没有{kw}这回事，请理性投资。",
    # Held out: written after negated verbs of saying were handled, and not tuned against.
    "我从没提过{kw}，一切以合同为准。",
    "绝对不会承诺{kw}，这是底线。",
    "{kw}是不可能的，请理性看待。",
    "哪有什么{kw}，投资有风险。",
]


def digits_evasions(text):
    """Rewrites runs of 11+ digits: full-width, or split by spaces or dashes."""
    out, run = [], ""
    for ch in text + "\0":
        if ch.isdigit():
            run += ch
            continue
        if len(run) >= 11:
            style = random.choice(["fullwidth", "spaces", "dashes"])
            if style == "fullwidth":
                run = "".join(chr(ord(c) + 0xFEE0) for c in run)
            elif style == "spaces":
                run = " ".join(run[i:i + 4] for i in range(0, len(run), 4))
            else:
                run = "-".join(run[i:i + 4] for i in range(0, len(run), 4))
        out.append(run)
        run = ""
        if ch != "\0":
            out.append(ch)
    return "".join(out)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--categories":
        if len(sys.argv) != 3:
            sys.exit("usage: gen_evasion_corpus.py --categories OUT_DIR")
        write_training_categories(Path(sys.argv[2]))
        return
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/scrm-evasion")
    out_dir.mkdir(parents=True, exist_ok=True)
    random.seed(2026)
    truth = json.loads((FIXTURES / "archive-truth.json").read_text())
    keywords = {rule["id"]: rule["keywords"] for rule in truth["rules"]}
    messages = {}
    with open(FIXTURES / "archive-corpus.jsonl") as corpus:
        for line in corpus:
            message = json.loads(line)
            messages[message["msgid"]] = message

    corpus_out, hits, near_misses, styles_used = [], {}, {}, {}
    for msgid, codes in truth["hits"].items():
        message = messages.get(msgid)
        if not message or message.get("msgtype") != "text":
            continue
        for variant, style in enumerate(STYLES):
            content = message["text"]["content"]
            for code in codes:
                for keyword in keywords.get(code, []):
                    if keyword in content:
                        content = content.replace(keyword, STYLES[style](keyword))
            if "R6" in codes:
                content = digits_evasions(content)
            if content == message["text"]["content"]:
                continue
            new_id = f"{msgid}_ev{variant}"
            copy = dict(message, msgid=new_id, text={"content": content})
            corpus_out.append(copy)
            hits[new_id] = codes
            styles_used[style] = styles_used.get(style, 0) + 1

    staff = [m for m in messages.values() if not m.get("from", "").startswith(("wm", "wo"))]
    for code in ["R1", "R2", "R3", "R4", "R5"]:
        for keyword in keywords[code]:
            for number, template in enumerate(HONEST_TEMPLATES):
                base = random.choice(staff)
                new_id = f"honest_{code}_{len(near_misses)}_{number}"
                copy = dict(base, msgid=new_id, msgtype="text", text={"content": template.format(kw=keyword)})
                copy.pop("revoke", None)
                corpus_out.append(copy)
                near_misses[new_id] = [code]

    with open(out_dir / "evasion-corpus.jsonl", "w") as out:
        for message in corpus_out:
            out.write(json.dumps(message, ensure_ascii=False) + "\n")
    (out_dir / "evasion-truth.json").write_text(
        json.dumps({"hits": hits, "near_misses": near_misses}, ensure_ascii=False, indent=1)
    )
    print(f"{len(corpus_out)} messages: {len(hits)} evaded hits {styles_used}, {len(near_misses)} honest sentences",
          file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# Issue 17: evaluation sets by category (training half). Shared helpers first; the held-out half
# (scripts/evasion_heldout.py) imports them but has templates of its own.
# ---------------------------------------------------------------------------------------------

CATEGORIES = ["numbers", "rhetorical", "prohibition", "warning_report", "refusal", "quotation"]

# Simplified -> traditional for whole template sentences (a superset of TRADITIONAL).
TRADITIONAL_SENTENCE = dict(TRADITIONAL, **{
    "为": "為", "么": "麼", "难": "難", "谁": "誰", "说": "說", "吗": "嗎", "这": "這", "样": "樣",
    "会": "會", "实": "實", "买": "買", "选": "選", "计": "計", "划": "劃", "产": "產", "听": "聽",
    "着": "著", "车": "車", "给": "給", "让": "讓", "联": "聯", "飞": "飛", "资": "資", "稳": "穩",
    "种": "種", "务": "務", "较": "較", "经": "經", "过": "過", "开": "開", "发": "發", "边": "邊",
    "还": "還", "办": "辦", "话": "話", "别": "別", "来": "來", "认": "認", "没": "沒", "报": "報",
    "问": "問", "题": "題", "业": "業", "专": "專", "当": "當", "该": "該", "处": "處", "关": "關",
    "应": "應", "后": "後", "里": "裡", "条": "條", "总": "總", "员": "員", "头": "頭", "时": "時",
    "钟": "鐘", "带": "帶", "规": "規", "违": "違", "诉": "訴", "请": "請", "谅": "諒", "确": "確",
    "简": "簡", "这": "這", "现": "現", "觉": "覺", "诈": "詐", "骗": "騙", "样": "樣", "记": "記",
    "让": "讓", "轻": "輕", "松": "鬆", "则": "則", "见": "見", "线": "線", "听": "聽", "谁": "誰",
    "赔": "賠", "场": "場", "里": "裡", "长": "長", "岁": "歲", "划": "劃", "门": "門", "间": "間",
    "诺": "諾", "称": "稱", "协": "協", "议": "議", "签": "簽", "档": "檔", "财": "財", "领": "領",
    "笔": "筆", "宝": "寶", "银": "銀", "结": "結", "构": "構", "项": "項", "扫": "掃", "换": "換",
    "沟": "溝", "录": "錄", "阶": "階", "寿": "壽", "额": "額", "许": "許", "营": "營", "够": "夠",
    "错": "錯", "亏": "虧", "乐": "樂", "机": "機", "节": "節", "绝": "絕", "对": "對", "论": "論",
    "担": "擔", "导": "導", "价": "價", "筹": "籌", "罚": "罰", "谣": "謠", "传": "傳", "户": "戶",
    "库": "庫", "饭": "飯", "动": "動", "恶": "惡", "复": "復", "态": "態", "众": "眾", "纪": "紀",
})
SIMPLIFIED_OF = {}
for _simplified, _traditional in TRADITIONAL_SENTENCE.items():
    SIMPLIFIED_OF.setdefault(_traditional, _simplified)


def to_traditional(text):
    return "".join(TRADITIONAL_SENTENCE.get(ch, ch) for ch in text)


def to_simplified(text):
    return "".join(SIMPLIFIED_OF.get(ch, ch) for ch in text)


def load_fixtures():
    """(rule code -> keywords, text messages by sender side) of the sample corpus."""
    truth = json.loads((FIXTURES / "archive-truth.json").read_text())
    keywords = {rule["id"]: rule["keywords"] for rule in truth["rules"]}
    staff, customers = [], []
    with open(FIXTURES / "archive-corpus.jsonl") as corpus:
        for line in corpus:
            message = json.loads(line)
            if message.get("msgtype") != "text" or "from" not in message:
                continue
            if message["from"].startswith(("wm", "wo")):
                customers.append(message)
            else:
                staff.append(message)
    return keywords, staff, customers


# --- numbers: valid-looking personal data, and Chinese numerals --------------------------------

MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "170", "173", "175",
                   "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188",
                   "189", "191", "198", "199"]
ID_AREAS = ["110105", "110108", "310104", "310115", "440106", "440305", "330102", "330106",
            "510104", "420106", "320102", "370102", "410105", "430104", "350203", "610113",
            "120101", "210102", "500103", "530102"]
CARD_BINS = ["622202", "621700", "622848", "623668", "622588", "621483", "622700", "621226",
             "622908", "625965", "621661", "622262"]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def gen_mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def gen_id_card(rng, want_x=None):
    """An 18-character resident identity number with a real birth date and check character;
    `want_x` forces (True) or forbids (False) the check letter X."""
    while True:
        year = rng.randint(1955, 2004)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        body = (rng.choice(ID_AREAS) + f"{year:04d}{month:02d}{day:02d}"
                + "".join(rng.choice("0123456789") for _ in range(3)))
        check = ID_CHECK[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS)) % 11]
        if want_x is None or want_x == (check == "X"):
            return body + check


def luhn_check_digit(partial):
    total = 0
    for index, digit in enumerate(reversed(partial)):
        value = int(digit)
        if index % 2 == 0:  # doubled once the check digit is appended
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def gen_bank_card(rng, length=None):
    length = length or rng.choice([16, 19])
    partial = rng.choice(CARD_BINS)
    partial += "".join(rng.choice("0123456789") for _ in range(length - 1 - len(partial)))
    return partial + luhn_check_digit(partial)


def gen_pii(rng, kind):
    return {"mobile": gen_mobile, "id_card": gen_id_card, "bank_card": gen_bank_card}[kind](rng)


GROUPS = {"mobile": [3, 4, 4], "id_card": [6, 8, 4], "bank_card": [4, 4, 4, 4, 3]}


def split_groups(number, sizes):
    out, position = [], 0
    for size in sizes:
        if position >= len(number):
            break
        out.append(number[position:position + size])
        position += size
    if position < len(number):
        out[-1] += number[position:]
    return out


def digits_with(number, table):
    """Writes each digit with `table` (a 10-character string for 0-9); X stays X."""
    return "".join(table[int(ch)] if ch.isdigit() else ch for ch in number)


CN_DIGITS = "〇一二三四五六七八九"
CN_DIGITS_LING = "零一二三四五六七八九"
CN_FINANCIAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"


def cn_small(number):
    """0..99999999 written the way amounts are read: 一万三千五百, 三十八, 两千 is not used."""
    if number == 0:
        return "零"
    units = ["", "十", "百", "千"]

    def below_10000(value, leading):
        text, zero = "", False
        for position in range(3, -1, -1):
            digit = value // (10 ** position) % 10
            if digit == 0:
                if text:
                    zero = True
                continue
            if zero:
                text += "零"
                zero = False
            if not (digit == 1 and position == 1 and not text and leading):
                text += CN_DIGITS_LING[digit]
            text += units[position]
        return text

    high, low = divmod(number, 10000)
    if high:
        text = below_10000(high, True) + "万"
        if low:
            if low < 1000:
                text += "零"
            text += below_10000(low, False)
        return text
    return below_10000(low, True)


def cn_year(year, table=CN_DIGITS):
    return digits_with(str(year), table)


# --- writing one half ------------------------------------------------------------------------

def check_item(item, keywords):
    """Refuses an item whose text carries keywords of a rule it is not labelled with (then a
    hit would be scored as a false positive for the wrong reason)."""
    text = to_simplified(item["content"])
    present = {code for code, words in keywords.items() for word in words if word in text}
    expected = set(item["codes"]) - {"R6"}
    if item["category"] == "numbers":
        if present:
            raise ValueError(f"keyword in a numbers message: {item['content']}")
        run = 0
        for ch in item["content"]:
            run = run + 1 if ch.isdigit() else 0
            if run >= 11 and item["polarity"] == "neg":
                raise ValueError(f"arabic digit run in a numbers negative: {item['content']}")
        return
    if present != expected:
        raise ValueError(f"keywords of {present} in an item labelled {expected}: {item['content']}")


def write_half(out_root, half, items, seed, id_prefix):
    """Writes OUT_ROOT/HALF/<category>/{corpus.jsonl,truth.json}; returns per-category counts."""
    rng = random.Random(seed)
    keywords, staff, customers = load_fixtures()
    counts = {}
    for category in CATEGORIES:
        corpus, hits, near_misses = [], {}, {}
        for number, item in enumerate(i for i in items if i["category"] == category):
            check_item(item, keywords)
            pool = staff if item["sender"] == "staff" else rng.choice([staff, customers])
            base = rng.choice(pool)
            new_id = f"{id_prefix}_{category}_{number:04d}" + (f"_{item['shape']}" if item.get("show_shape") else "")
            copy = dict(base, msgid=new_id, msgtype="text", text={"content": item["content"]})
            copy.pop("revoke", None)
            corpus.append(copy)
            if item["polarity"] == "pos":
                hits[new_id] = list(item["codes"])
            else:
                near_misses[new_id] = list(item["codes"])
        directory = Path(out_root) / half / category
        directory.mkdir(parents=True, exist_ok=True)
        with open(directory / "corpus.jsonl", "w") as out:
            for message in corpus:
                out.write(json.dumps(message, ensure_ascii=False) + "\n")
        (directory / "truth.json").write_text(
            json.dumps({"hits": hits, "near_misses": near_misses}, ensure_ascii=False, indent=1) + "\n")
        counts[category] = (len(corpus), len(hits), len(near_misses))
    return counts


def expand_templates(templates, forms, category):
    """templates: (shape, polarity, text, applies) where text uses {n} {x} {s} {u} {q} {c} (the
    keyword's forms, see TRAIN_FORMS) and applies is None (every rule), a set of rule codes
    and/or keywords, or ("not", set) to leave keywords out; a shape ending in `_trad` is
    written in traditional characters."""
    items = []
    for shape, polarity, text, applies in templates:
        for code, keyword, form in forms:
            if applies is not None:
                if isinstance(applies, tuple):
                    if keyword in applies[1] or code in applies[1]:
                        continue
                elif code not in applies and keyword not in applies:
                    continue
            content = text.format(**form)
            if shape.endswith("_trad"):
                content = to_traditional(content)
            items.append({"category": category, "shape": shape, "polarity": polarity,
                          "content": content, "codes": [code], "sender": "staff", "show_shape": True})
    return items


def forms_table(rows):
    """rows: code -> keyword -> dict of forms; flattened to (code, keyword, forms)."""
    return [(code, keyword, form) for code, by_keyword in rows.items() for keyword, form in by_keyword.items()]


# --- training half ---------------------------------------------------------------------------

# Per keyword: n = a noun/attribute use, x = the act in neutral wording, s = the act as the
# adviser's own ("I/we do it"), u = what the adviser urges the customer to do, q = a short
# phrase someone might say (quoted), c = a whole clause asserting the violation.
def _f(n, x, s, u, q, c):
    return {"n": n, "x": x, "s": s, "u": u, "q": q, "c": c}


TRAIN_FORMS = forms_table({
    "R1": {
        "保本": _f("保本", "保本", "承诺保本", "买这款保本的", "保本", "这款理财保本"),
        "保收益": _f("保收益", "保收益", "给您保收益", "选保收益的这款", "保收益", "这只产品保收益"),
        "稳赚不赔": _f("稳赚不赔", "稳赚不赔", "保证稳赚不赔", "买这只稳赚不赔的", "稳赚不赔", "跟着我买稳赚不赔"),
        "保证收益": _f("保证收益", "保证收益", "给您保证收益", "选保证收益的计划", "保证收益", "这个计划保证收益"),
        "零风险": _f("零风险", "做到零风险", "承诺零风险", "买这款零风险的", "零风险", "这款年金险零风险"),
        "包赚": _f("包赚", "包赚", "跟您说包赚", "跟我买包赚的", "包赚", "这波行情包赚"),
        "稳赚": _f("稳赚", "稳赚", "保证您稳赚", "买这只稳赚的", "稳赚", "这只基金稳赚"),
    },
    "R2": {
        "内幕消息": _f("内幕消息", "透露内幕消息", "透露内幕消息", "听我的内幕消息", "有内幕消息", "我这有内幕消息"),
        "内部消息": _f("内部消息", "提供内部消息", "给您提供内部消息", "用这个内部消息", "内部消息", "这是公司内部消息"),
        "庄家": _f("庄家的票", "跟着庄家做", "带您跟着庄家做", "跟着庄家做", "跟着庄家走", "这票背后有庄家"),
        "拉升": _f("下周要拉升的票", "提前知道哪只票要拉升", "告诉您哪只票要拉升", "趁拉升前上车", "明天拉升", "这只票下周拉升"),
    },
    "R3": {
        "私下转账": _f("私下转账", "私下转账", "收您的私下转账", "私下转账给我", "私下转账", "钱私下转账给我就行"),
        "转到我个人": _f("转到我个人账户", "把钱转到我个人账户", "让您把钱转到我个人账户", "把钱转到我个人账户", "转到我个人卡上", "认购款转到我个人账户"),
        "私下交易": _f("私下交易", "私下交易", "跟您私下交易", "跟我私下交易", "私下交易", "我们私下交易更划算"),
        "飞单": _f("飞单", "走飞单", "做飞单", "走飞单", "做飞单", "这单我走飞单"),
        "返佣": _f("返佣", "返佣", "给您返佣", "拿返佣", "有返佣", "买这款我给您返佣"),
        "返点": _f("返点", "给返点", "给您返点", "收返点", "返点", "开户就给您返点"),
    },
    "R4": {
        "账户密码": _f("账户密码", "代管账户密码", "保管您的账户密码", "把账户密码给我", "把账户密码发我", "您把账户密码发我就行"),
        "帮你操作": _f("帮你操作", "帮你操作", "帮你操作账户", "让我帮你操作", "我帮你操作", "我来帮你操作"),
        "代客理财": _f("代客理财", "代客理财", "代客理财", "找我代客理财", "代客理财", "我们做代客理财"),
        "全权委托": _f("全权委托", "全权委托给我", "接受全权委托", "全权委托给我", "全权委托", "您全权委托给我就行"),
    },
    "R5": {
        "私人微信": _f("私人微信", "加我私人微信", "用私人微信联系您", "加我私人微信", "加我私人微信", "加我私人微信聊"),
        "加我个人号": _f("加我个人号", "加我个人号", "让您加我个人号", "加我个人号", "加我个人号", "您加我个人号吧"),
        "私人号": _f("私人号", "用私人号联系", "用私人号跟您联系", "加我私人号", "私人号联系", "以后用我私人号联系"),
    },
})

ALL = None
TRAIN_TEMPLATES = {
    "rhetorical": [
        # Assert or urge: must raise.
        ("bujiushi_ma", "pos", "这不就是{n}吗？还犹豫什么。", {"R1", "R2"}),
        ("shuishuo_bushi", "pos", "谁说不是{n}？我做了十年了，一直都是。", {"R1"}),
        ("nandao_bushi_de", "pos", "难道不是{n}的吗？您放一百个心。", {"R1"}),
        ("weishenme_bu_ne", "pos", "为什么不{u}呢？大家都这么做。", ALL),
        ("bushi_buneng", "pos", "不是不能{x}，就看您想不想。", ALL),
        ("shuishuo_buneng", "pos", "谁说不能{x}？我们一直这么做。", ALL),
        ("nandao_bubi_shengshi", "pos", "难道{u}不比走流程省事吗？", {"R3", "R4", "R5"}),
        ("bujiushi_xiaoshi", "pos", "不就是{x}吗？小事一桩。", ALL),
        ("weishenme_bu_ne_trad", "pos", "为什么不{u}呢？大家都这么做。", ALL),
        ("nandao_bushi_de_trad", "pos", "难道不是{n}的吗？", {"R1"}),
        ("shuishuo_buneng_trad", "pos", "谁说不能{x}？我们一直这么做。", ALL),
        # Sincere questions and statements: must not raise.
        ("bushi_chanpin_mingbai", "neg", "这不是{n}产品，您明白吗？", {"R1"}),
        ("shibushi_yiwei_qishi", "neg", "您是不是以为这是{n}的？其实不是。", {"R1"}),
        ("yiwei_neng_qishi_buneng", "neg", "您是不是以为我们能{s}？其实不能。", ALL),
        ("buhui_qingchu_ma", "neg", "我们不会{s}，这点您清楚吗？", ALL),
        ("zhenxin_youren_neng", "neg", "难道您真信有人能{x}吗？别信。", {"R1", "R2"}),
        ("yiwei_neng_qishi_buneng_trad", "neg", "您是不是以为我们能{s}？其实不能。", ALL),
        ("suan_ma_busuan", "neg", "这算{n}吗？不算的，您别误会。", {"R1", "内幕消息", "内部消息", "R3"}),
    ],
    "prohibition": [
        ("jianguan_bude", "neg", "监管要求我们不得{s}。", ALL),
        ("gongsi_yanjin", "neg", "公司严禁{s}，一经发现立即开除。", ALL),
        ("peixun_buxu", "neg", "合规培训里反复强调不许{s}。", ALL),
        ("guiding_jinzhi", "neg", "按规定，员工禁止{s}。", ALL),
        ("qingwu_xiangxin", "neg", "请勿相信任何{n}的说法。", {"R1", "内幕消息", "内部消息"}),
        ("qingwu_u", "neg", "请勿{u}，谢谢配合。", {"R3", "账户密码", "代客理财", "全权委托", "R5"}),
        ("buyao_mingling", "neg", "不要{u}，这是公司明令禁止的。", {"R3", "R4", "R5"}),
        ("keyi_fangxin", "pos", "我们可以{s}，您放心。", ALL),
        ("wo_lai_anpai", "pos", "{s}的事我来安排。", ALL),
        ("guiding_guiguiding", "pos", "公司规定归规定，{c}。", ALL),
        ("jianguan_buguo", "pos", "监管是管得严，不过{c}。", ALL),
        ("lingdao_tepi", "pos", "领导特批了，这次可以{s}。", ALL),
    ],
    "warning_report": [
        ("wangshang_pianju", "neg", "网上流传的{n}都是骗局。", {"R2"}),
        ("xuanchuan_pianju", "neg", "网上宣传{n}的理财都是骗局。", {"R1"}),
        ("qing_buyao_zhapian", "neg", "请不要{u}，谨防诈骗。", {"私下转账", "转到我个人", "私下交易", "账户密码", "全权委托", "R5"}),
        ("kehu_wen_buneng", "neg", "客户问能不能{x}，我明确告诉他不能。", ("not", {"帮你操作"})),
        ("ni_wen_buneng", "neg", "你问我能不能{x}，我明确告诉你不能。", ALL),
        ("shuoneng_jiade", "neg", "说能{x}的都是假的，别上当。", {"R1", "R2", "R3"}),
        ("suowei_bukexin", "neg", "所谓{n}，根本不可信。", {"R1", "R2"}),
        ("shi_pianju", "neg", "{n}是骗局，请大家提高警惕。", {"R1", "R2", "R3"}),
        ("kehu_wen_dangran", "pos", "客户问能不能{x}，我说当然能。", ("not", {"帮你操作"})),
        ("ni_wen_dangran", "pos", "你问我能不能{x}，当然可以。", ALL),
        ("bie_danxin_pianju", "pos", "别担心是骗局，{c}。", ALL),
        ("tixing_mingeyouxian", "pos", "提醒一下：{c}，名额有限。", ALL),
        ("shi_zhende", "pos", "{n}是真的，不是谣言。", {"R1", "R2"}),
    ],
    "refusal": [
        ("buhui_lijie", "neg", "我不会{s}的，请您理解。", ALL),
        ("butigong_fuwu", "neg", "我们不提供{n}服务。", {"保本", "内幕消息", "内部消息", "私下转账", "私下交易", "返佣", "返点", "代客理财", "全权委托"}),
        ("zuobuliao", "neg", "抱歉，{s}这个我做不了。", ALL),
        ("jujue_weigui", "neg", "您的要求我只能拒绝，{s}是违规的。", ALL),
        ("bie_zhaowo", "neg", "这事别找我了，我不能{s}。", ALL),
        ("xing_biegaosu", "pos", "行，我{s}，别告诉别人。", ALL),
        ("meiwenti_wolai", "pos", "没问题，{s}这个我来做。", ALL),
        ("buhui_buguan", "pos", "我不会不管您的，{s}包在我身上。", ALL),
        ("buyong_danxin_wohui", "pos", "不用担心，我会{s}。", ALL),
        ("biejia_butigong", "pos", "别家不提供{n}服务，我们提供。", {"保本", "内幕消息", "内部消息", "私下转账", "私下交易", "返佣", "返点", "代客理财", "全权委托"}),
    ],
    "quotation": [
        ("youren_rang_tousu", "neg", "如果有人让您“{q}”，请直接向公司投诉。", ("not", {"R1", "R2", "帮你操作"})),
        ("youren_shuo_zhapian", "neg", "有人说「{q}」，那是诈骗。", ALL),
        ("fanshi_pianzi", "neg", "凡是跟您说“{q}”的，都是骗子。", ALL),
        ("zhuanshu_tixing", "neg", "客户转述别的机构说‘{q}’，我已提醒他注意风险。", ALL),
        ("biaoti_bukexin", "neg", "那篇文章标题写着“{q}”，内容完全不可信。", ALL),
        ("chanpin_fangxin_mai", "pos", "这款产品“{q}”，放心买。", {"R1"}),
        ("woshuode_renzhen", "pos", "我说的“{q}”是认真的，您放心。", ALL),
        ("jizhu_zheju", "pos", "记住我这句话：“{c}”。", ALL),
        ("baizhi_heizi", "pos", "我白纸黑字跟您承诺，“{c}”。", ALL),
        ("zhongdian_jintian", "pos", "重点来了：“{q}”，今天就能办。", ALL),
    ],
}

TRAIN_NUMBER_CONTEXTS = {
    "mobile": ["我手机号{num}，有事直接打我。", "客户电话是{num}，麻烦回访一下。",
               "您留的号码{num}对吗？", "联系方式：{num}"],
    "id_card": ["身份证号{num}，帮我录一下。", "客户身份证：{num}",
                "我的身份证号码是{num}", "开户用的证件号{num}，您核对下。"],
    "bank_card": ["银行卡号{num}，开户行是建行。", "收款卡号：{num}",
                  "您绑定的卡是{num}吧？", "赎回款打到{num}这张卡上。"],
}


def train_number_formats(rng, kind, number):
    """Training styles of writing a number in Chinese numerals (name -> text)."""
    groups = split_groups(number, GROUPS[kind])
    mixed_parts, chinese = [], rng.random() < 0.5
    position = 0
    while position < len(number):
        size = rng.randint(2, 4)
        part = number[position:position + size]
        mixed_parts.append(digits_with(part, CN_DIGITS) if chinese else part)
        chinese = not chinese
        position += size
    if all(part.isdigit() for part in mixed_parts):
        mixed_parts[0] = digits_with(mixed_parts[0], CN_DIGITS)
    styles = {
        "cn_plain": digits_with(number, CN_DIGITS),
        "cn_ling": digits_with(number, CN_DIGITS_LING),
        "mixed": "".join(mixed_parts),
        "cn_spaced": " ".join(digits_with(g, CN_DIGITS) for g in groups),
        "cn_dashed": "-".join(digits_with(g, CN_DIGITS) for g in groups),
        "financial": digits_with(number, CN_FINANCIAL_SIMPLIFIED),
    }
    if kind == "mobile":
        styles["yao"] = digits_with(number, "〇幺二三四五六七八九")
    return styles


def train_number_items(rng):
    items = []
    for kind, contexts in TRAIN_NUMBER_CONTEXTS.items():
        for repeat in range(2):
            for context_number, context in enumerate(contexts):
                want_x = (context_number == 0 and repeat == 1) if kind == "id_card" else None
                number = gen_id_card(rng, want_x) if kind == "id_card" else gen_pii(rng, kind)
                for style, text in train_number_formats(rng, kind, number).items():
                    items.append({"category": "numbers", "shape": f"{kind}_{style}", "polarity": "pos",
                                  "content": context.format(num=text), "codes": ["R6"],
                                  "sender": "any", "show_shape": True})
    negatives = [
        ("date", lambda: f"产品于{cn_year(rng.randint(2024, 2027))}年{cn_small(rng.randint(1, 12))}月"
                         f"{cn_small(rng.randint(1, 28))}日起息，请留意到账。"),
        ("date_ling", lambda: f"合同签于{cn_year(rng.randint(2019, 2026), CN_DIGITS_LING)}年"
                              f"{cn_small(rng.randint(1, 12))}月{cn_small(rng.randint(1, 28))}日，有效期一年。"),
        ("amount", lambda: f"您这笔认购金额是{cn_small(rng.randint(10, 9999) * 100)}元。"),
        ("amount_wan", lambda: f"起投门槛{cn_small(rng.randint(1, 99))}万，您看合适吗？"),
        ("count", lambda: f"这周已经有{cn_small(rng.randint(2, 30))}个客户来咨询了。"),
        ("time", lambda: f"{rng.choice(['上午', '下午', '晚上'])}{cn_small(rng.randint(1, 11))}点"
                         f"{rng.choice(['半', '一刻', cn_small(rng.randint(10, 59)) + '分'])}开会，别迟到。"),
        ("year", lambda: f"这只基金成立于{cn_year(rng.randint(1998, 2020))}年，业绩比较稳定。"),
        ("percent", lambda: f"业绩比较基准是年化百分之{cn_small(rng.randint(1, 8))}点{cn_small(rng.randint(1, 9))}。"),
        ("nonphone_11", lambda: "工单号" + digits_with(rng.choice(["12", "10", "11", "20", "56"])
                                                     + "".join(rng.choice("0123456789") for _ in range(9)), CN_DIGITS)
                                + "已受理，请耐心等待。"),
        ("fund_code", lambda: "基金代码" + digits_with("".join(rng.choice("0123456789") for _ in range(6)), CN_DIGITS)
                              + "，您搜一下就能看到。"),
    ]
    for repeat in range(15):
        for shape, make in negatives:
            items.append({"category": "numbers", "shape": shape, "polarity": "neg", "content": make(),
                          "codes": ["R6"], "sender": "any", "show_shape": True})
    return items


def write_training_categories(out_root):
    rng = random.Random(17)
    items = train_number_items(rng)
    for category, templates in TRAIN_TEMPLATES.items():
        items += expand_templates(templates, TRAIN_FORMS, category)
    counts = write_half(out_root, "train", items, seed=1717, id_prefix="tr17")
    for category, (total, hits, near) in counts.items():
        print(f"train/{category}: {total} messages, {hits} must raise, {near} must not", file=sys.stderr)

if __name__ == "__main__":
    main()
