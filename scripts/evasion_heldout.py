#!/usr/bin/env python3
"""HELD-OUT evaluation set for issue 17 (risk scanner: numbers, rhetorical, prohibition,
warning_report, refusal, quotation).

Held-out templates written on 2026-12-03 before any issue-17 scanner change; not to be read or
tuned against; run once before and once after the change.

Whoever changes the scanner must not read the rest of this file: tune on the training half
(scripts/gen_evasion_corpus.py --categories) only, and use scripts/eval_categories.sh to get the
held-out figures.

    python3 scripts/evasion_heldout.py OUT_DIR   # writes OUT_DIR/heldout/<category>/{corpus.jsonl,truth.json}
"""
import random
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the work tree
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_evasion_corpus import (  # noqa: E402
    CN_DIGITS,
    CN_DIGITS_LING,
    GROUPS,
    cn_small,
    cn_year,
    digits_with,
    expand_templates,
    forms_table,
    gen_bank_card,
    gen_id_card,
    gen_mobile,
    split_groups,
    write_half,
)


def _h(a, d, g, p, k):
    return {"a": a, "d": d, "g": g, "p": p, "k": k}


# a = attribute/noun use, d = the adviser's act, g = what the customer is steered to do,
# p = a phrase someone says, k = a whole asserting clause.
FORMS = forms_table({
    "R1": {
        "保本": _h("保本", "许诺客户保本", "认购这只保本的", "百分百保本", "这支固收加是保本的"),
        "保收益": _h("保收益", "替客户保收益", "挑保收益的那档", "保收益", "这个专户保收益"),
        "稳赚不赔": _h("稳赚不赔", "打包票说稳赚不赔", "上这趟稳赚不赔的车", "稳赚不赔", "这个定增稳赚不赔"),
        "保证收益": _h("保证收益", "向客户保证收益", "签这份保证收益的协议", "保证收益百分之八", "这份增额寿保证收益"),
        "零风险": _h("零风险", "对外宣称零风险", "配置这只零风险的", "零风险高回报", "这个结构性存款零风险"),
        "包赚": _h("包赚", "打包票包赚", "跟单这个包赚的策略", "包赚", "跟我这个策略包赚"),
        "稳赚": _h("稳赚", "担保您稳赚", "抄这个稳赚的作业", "稳赚", "这次打新稳赚"),
    },
    "R2": {
        "内幕消息": _h("内幕消息", "泄露内幕消息", "按内幕消息建仓", "独家内幕消息", "我拿到了重组的内幕消息"),
        "内部消息": _h("内部消息", "散布内部消息", "照着内部消息买", "券商内部消息", "内部消息说周五发公告"),
        "庄家": _h("庄家", "替庄家拉客户", "跟庄家一起埋伏", "庄家进场了", "庄家已经吸筹完毕"),
        "拉升": _h("拉升", "安排资金拉升股价", "在拉升之前埋伏进去", "下午要拉升", "周四这只票就拉升"),
    },
    "R3": {
        "私下转账": _h("私下转账", "接受私下转账", "通过私下转账付款", "私下转账省手续费", "尾款您私下转账给我"),
        "转到我个人": _h("转到我个人名下", "要求客户转到我个人账户", "先转到我个人卡里", "先转到我个人支付宝", "保费直接转到我个人银行卡"),
        "私下交易": _h("私下交易", "撮合私下交易", "和我私下交易", "私下交易", "这批份额咱们私下交易"),
        "飞单": _h("飞单", "接飞单", "签这张飞单", "走飞单", "这份保单我给您飞单处理"),
        "返佣": _h("返佣", "承诺返佣", "领这笔返佣", "返佣百分之二", "首年保费我返佣给您"),
        "返点": _h("返点", "私下给返点", "拿这个返点", "开户有返点", "交易量上去了我给您返点"),
    },
    "R4": {
        "账户密码": _h("账户密码", "索要账户密码", "把账户密码发给我", "账户密码给我", "您的账户密码我先记下了"),
        "帮你操作": _h("帮你操作", "帮你操作交易", "让我帮你操作", "我帮你操作就好", "这几天我帮你操作着"),
        "代客理财": _h("代客理财", "开展代客理财", "把钱交给我代客理财", "代客理财年化二十", "我私人接代客理财的活"),
        "全权委托": _h("全权委托", "签全权委托协议", "签个全权委托", "全权委托我", "您签个全权委托我来打理"),
    },
    "R5": {
        "私人微信": _h("私人微信", "推送私人微信名片", "扫我私人微信", "加私人微信领资料", "这是我的私人微信，扫一下"),
        "加我个人号": _h("加我个人号", "引导客户加我个人号", "加我个人号", "加我个人号", "以后有事加我个人号"),
        "私人号": _h("私人号", "切换到私人号沟通", "存一下我的私人号", "用私人号联系", "以后我们私人号上聊"),
    },
})

ALL = None
NO_HELP = ("not", {"帮你操作"})
R1_R2_NEWS = {"R1", "内幕消息", "内部消息"}

TEMPLATES = {
    "rhetorical": [
        ("h01", "pos", "莫非{a}还能有假？", R1_R2_NEWS),
        ("h02", "pos", "{k}，这还用问吗？", ALL),
        ("h03", "pos", "怎么就不能{d}了？别人都在做。", ALL),
        ("h04", "pos", "不{g}，难道等着踏空吗？", {"R1", "R2"}),
        ("h05", "pos", "不{g}，难道还要走那么多流程吗？", {"R3", "R4", "R5"}),
        ("h06", "pos", "哪能不{g}呢？机会难得。", ALL),
        ("h07", "pos", "{k}，不是吗？", ALL),
        ("h08", "pos", "你说{a}这事儿靠不靠谱？当然靠谱！", R1_R2_NEWS),
        ("h09_trad", "pos", "怎么就不能{d}了？别人都在做。", ALL),
        ("h10_trad", "pos", "莫非{a}还能有假？", R1_R2_NEWS),
        ("h11", "pos", "谁敢说这不是{a}？", {"R1"}),
        ("h12", "pos", "有什么理由不{g}呢？", ALL),
        ("h13", "neg", "您是问这款是不是{a}的吗？不是的。", {"R1"}),
        ("h14", "neg", "您是想问我们会不会{d}吗？不会的。", ALL),
        ("h15", "neg", "谁能保证{a}呢？没有人能。", {"R1"}),
        ("h16", "neg", "{a}？怎么可能，您别被忽悠了。", R1_R2_NEWS),
        ("h17", "neg", "您觉得真有{a}这种好事吗？我劝您冷静。", R1_R2_NEWS),
        ("h18", "neg", "难不成您以为我会{d}？我不会。", ALL),
        ("h19_trad", "neg", "您是想问我们会不会{d}吗？不会的。", ALL),
        ("h20", "neg", "这能叫{a}吗？净值是会波动的。", {"R1"}),
    ],
    "prohibition": [
        ("h01", "neg", "根据规定，员工一律不准{d}。", ALL),
        ("h02", "neg", "{d}属于违规行为，公司明令禁止。", ALL),
        ("h03", "neg", "千万别{g}，这是红线。", {"R3", "R4", "R5"}),
        ("h04", "neg", "公司三令五申，不允许{d}。", ALL),
        ("h05", "neg", "《从业人员行为守则》第五条：严禁{d}。", ALL),
        ("h06", "neg", "我们这行有铁律，绝不能{d}。", ALL),
        ("h07", "pos", "别人不敢{d}，我敢。", ALL),
        ("h08", "pos", "规定是死的，人是活的，{k}。", ALL),
        ("h09", "pos", "虽说公司不让，但{k}，咱俩知道就行。", ALL),
        ("h10", "pos", "合规那边我打过招呼了，{k}。", ALL),
        ("h11", "pos", "放心，{d}这种事我常干。", ALL),
    ],
    "warning_report": [
        ("h01", "neg", "警惕打着{a}旗号的诈骗。", ("not", {"转到我个人", "帮你操作", "账户密码", "加我个人号", "拉升", "庄家"})),
        ("h02", "neg", "接到自称能{a}的电话，请直接挂断。", {"R1"}),
        ("h03", "neg", "{a}纯属谣言，以官方公告为准。", {"R1", "内幕消息", "内部消息"}),
        ("h04", "neg", "有人冒充我司员工诱导客户{g}，已报警处理。", {"私下转账", "私下交易", "飞单", "返佣", "返点", "代客理财", "全权委托", "私人微信"}),
        ("h05", "neg", "王总问我可否{d}，我当场回绝了。", NO_HELP),
        ("h06", "neg", "关于{a}的传言，经核实是虚假的。", {"R1", "R2"}),
        ("h07", "neg", "风险提示：凡承诺{a}的均为违规宣传。", {"R1"}),
        ("h08", "neg", "客户来电询问是否{d}，已按话术答复不可以。", NO_HELP),
        ("h09", "pos", "这不是谣言，{k}。", ALL),
        ("h10", "pos", "有人问能否{d}，答案是可以。", NO_HELP),
        ("h11", "pos", "风险提示就是走个形式，{k}。", ALL),
        ("h12", "pos", "今晚群里发通知：{k}，抓紧。", ALL),
    ],
    "refusal": [
        ("h01", "neg", "{d}？这个真办不到。", ALL),
        ("h02", "neg", "不好意思，{d}恕难从命。", ALL),
        ("h03", "neg", "这种事我绝对不干：{d}。", ALL),
        ("h04", "neg", "我拒绝{d}，请找正规渠道。", ALL),
        ("h05", "neg", "您说的{a}，我们这里做不了。", {"R1", "私下转账", "私下交易", "飞单", "返佣", "返点", "代客理财", "全权委托", "帮你操作"}),
        ("h06", "neg", "{d}的要求，我没办法答应您。", ALL),
        ("h07", "pos", "好的，我会{d}的，您等消息。", ALL),
        ("h08", "pos", "可以啊，{d}小事一桩。", ALL),
        ("h09", "pos", "您提的{a}，我这边安排上了。", {"R1", "私下转账", "私下交易", "飞单", "返佣", "返点", "代客理财", "全权委托"}),
        ("h10", "pos", "虽然麻烦，但{k}。", ALL),
        ("h11", "pos", "成，{k}，回头细说。", ALL),
    ],
    "quotation": [
        ("h01", "neg", "短信里写着“{p}”，这是典型的诈骗话术。", ALL),
        ("h02", "neg", "他们宣传所谓“{p}”，您千万别信。", ALL),
        ("h03", "neg", "转发提醒：凡是出现『{p}』字样的信息都不要理。", ALL),
        ("h04", "neg", "客户截图里有人说‘{p}’，我们已上报合规。", ALL),
        ("h05", "neg", "听说隔壁营业部有人讲过“{p}”，被罚了。", ALL),
        ("h06", "pos", "我再说一遍——“{p}”，这是我给您的承诺。", ("not", {"账户密码"})),
        ("h07", "pos", "“{k}”，这句话我敢写进聊天记录。", ALL),
        ("h08", "pos", "【{p}】名额有限，速来。", ("not", {"账户密码"})),
        ("h09", "pos", "我们的口号就是“{p}”，您尽管放心。", ("not", {"账户密码"})),
    ],
}

NUMBER_CONTEXTS = {
    "mobile": ["加急：客户王女士，电话{num}，今天务必回电。", "我老婆的号码{num}，以后也可以找她。",
               "打{num}找李经理就行。", "回拨号码：{num}（工作日）"],
    "id_card": ["开户资料里证件号码是{num}，麻烦核一下。", "受益人身份证{num}，出生日期别填错。",
                "{num}这个身份证号提交时报错了。", "证件信息：{num}，有效期长期。"],
    "bank_card": ["打款到{num}这张卡，户名刘洋。", "尾号不对，全号是{num}。",
                  "首期保费请汇入{num}。", "工资卡{num}，招行的。"],
}

TRADITIONAL_FINANCIAL = "零壹貳參肆伍陸柒捌玖"
SPOKEN = "洞幺两三四五六七八九"
FULLWIDTH = "０１２３４５６７８９"


def number_styles(rng, kind, number):
    groups = split_groups(number, GROUPS[kind] if kind != "bank_card" else [4, 4, 4, 4, 4])
    spoken = SPOKEN.replace("洞", rng.choice("〇零"))
    alternating = "".join(ch if index % 2 == 0 or not ch.isdigit() else CN_DIGITS[int(ch)]
                          for index, ch in enumerate(number))
    styles = {
        "spoken": digits_with(number, spoken),
        "financial_trad": digits_with(number, TRADITIONAL_FINANCIAL),
        "dunhao": "、".join(digits_with(g, CN_DIGITS_LING) for g in groups),
        "dots": ".".join(digits_with(g, CN_DIGITS) for g in groups),
        "ideographic_space": "\u3000".join(digits_with(g, spoken) for g in groups),
        "alternating": alternating,
        "fullwidth_mix": "".join(digits_with(g, FULLWIDTH if i % 2 else CN_DIGITS) for i, g in enumerate(groups)),
        "commas": "，".join(digits_with(g, CN_DIGITS) for g in groups),
    }
    if kind == "mobile":
        styles["plus86"] = "+八六 " + digits_with(number, CN_DIGITS)
    if kind == "id_card" and number.endswith("X"):
        styles = {name: text[:-1] + "x" if text.endswith("X") else text for name, text in styles.items()}
    return styles


def number_items(rng):
    items = []
    for kind, contexts in NUMBER_CONTEXTS.items():
        for repeat, (context_number, context) in ((r, c) for r in range(2) for c in enumerate(contexts)):
            if kind == "mobile":
                number = gen_mobile(rng)
            elif kind == "id_card":
                number = gen_id_card(rng, want_x=context_number == 2 and repeat == 0)
            else:
                number = gen_bank_card(rng)
            for style, text in number_styles(rng, kind, number).items():
                items.append({"category": "numbers", "shape": style, "polarity": "pos",
                              "content": context.format(num=text), "codes": ["R6"], "sender": "any"})

    def code(length, first):
        return digits_with(first + "".join(rng.choice("0123456789") for _ in range(length - len(first))), CN_DIGITS)

    negatives = [
        lambda: f"{cn_small(rng.randint(1, 30))}号下午去营业部办手续。",
        lambda: f"周五之前把{rng.choice(['两', '三', '五', '八'])}万存进证券账户就行。",
        lambda: f"最新净值一点{digits_with(str(rng.randint(0, 999)).zfill(3), CN_DIGITS_LING)}。",
        lambda: f"这只基金排在同类前百分之{cn_small(rng.randint(5, 30))}。",
        lambda: f"上证收在{cn_small(rng.randint(2900, 3600))}点附近。",
        lambda: f"编号{code(11, rng.choice(['12', '10', '11', '01', '2']))}的申请已退回，请重新提交。",
        lambda: f"咱们{digits_with(str(rng.randint(10, 23)), CN_DIGITS)}年就认识了吧？",
        lambda: f"目前持仓{cn_small(rng.randint(1, 9) * 100)}手。",
        lambda: f"这张保单{cn_year(rng.randint(2026, 2040))}年{cn_small(rng.randint(1, 12))}月到期。",
        lambda: f"有事打总机转分机{code(3, '8')}。",
        lambda: f"还差{rng.choice(['两', '三', '五'])}千块就够起投了。",
        lambda: f"条款在保单第{cn_small(rng.randint(2, 40))}页。",
        lambda: f"会议室在{cn_small(rng.randint(2, 30))}楼{code(4, '2')}。",
        lambda: f"寄到这个邮编：{code(6, rng.choice(['1', '2', '5']))}。",
        lambda: f"这个月已经定投了{cn_small(rng.randint(2, 9))}期，每期{cn_small(rng.randint(5, 50) * 100)}元。",
    ]
    for _ in range(10):
        for number, make in enumerate(negatives):
            items.append({"category": "numbers", "shape": f"neg{number}", "polarity": "neg",
                          "content": make(), "codes": ["R6"], "sender": "any"})
    return items


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: evasion_heldout.py OUT_DIR")
    rng = random.Random(20261203)
    items = number_items(rng)
    for category, templates in TEMPLATES.items():
        for item in expand_templates(templates, FORMS, category):
            item["show_shape"] = False  # held-out message ids say nothing about their template
            items.append(item)
    counts = write_half(Path(sys.argv[1]), "heldout", items, seed=31, id_prefix="ho17")
    for category, (total, hits, near) in counts.items():
        print(f"heldout/{category}: {total} messages, {hits} must raise, {near} must not", file=sys.stderr)


if __name__ == "__main__":
    main()
