#!/usr/bin/env python3
"""Blind held-out evaluation set 38 ("heldout38") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  Of the repository the author read exactly three files and nothing else:
``scripts/evasion_blind_common.py`` (the shared machinery, read in full),
``scripts/evasion_heldout22.py`` (the format model: its structure is copied, none of its
sentences) and ``scripts/eval_categories.sh`` (to wire this set in).  No other file or
directory of the repository was opened, listed, grepped or searched; the scanner, its rule
files, its tests, its archive, its commit history and every other evaluation set stayed
unopened.  The scanner was never run and no cargo command was run; nothing was searched (no
web or code search).  Git: apart from the single commit that adds this file, one
``git diff scripts/eval_categories.sh`` was run by mistake to review the author's own edit of
that script (it showed nothing but that edit); no other git command was run.
``evasion_heldout22.py`` was run once, only to compare the output layout and the counts.
Every template below was written from general knowledge of how Chinese-speaking financial
sales staff and their customers talk on WeCom (企业微信).  The set exists to measure how well
the scanner generalises: do not tune the scanner to it, do not add it to any training data,
and run it once.

Voices and settings
-------------------
A futures company's introducing broker (居间人) talking margin, night sessions, main contracts
and fee rebates; a rural credit cooperative's loan officer with a Sichuanese flavour;
a cross-border remittance desk in Guangzhou writing Cantonese-mixed Chinese; a trust
company's family-office team full of English loan words (KYC, SPV, family trust, side letter);
an online lending platform's collections staff turned sales; a bank's gold and
precious-metals counter (gold bars, gold accumulation plans, price per gram); an organiser of
pension seminars for retirees (free eggs, lecture halls, 叔叔阿姨); a Hakka speaker from
Meizhou (𠊎, 冇, 么个); Taiwanese-Mandarin phrasing (always converted to traditional
characters first); staff who write very long run-on messages strung together with commas;
voice-to-text messages with no punctuation at all, from customers and from staff; a junior
using English loan words mid-sentence; compliance officers' and team leads' quizzes and drills;
forwarded chat records ("[聊天记录]"); screenshots described in text ("[图片]"); plain
Mandarin staff and customers.

Hard cases
----------
Spread over every keyword category: rhetorical questions that assert (including negative ones
that mean yes) versus rhetorical questions that deny; a prohibition stated and then broken in
the same message versus an honest prohibition; a prohibition phrased without any keyword next
to a separate real violation (labelled with the violation only); double negation; a warning
that turns into the speaker's own offer versus a real warning or report; refusals that cave
after one or several rounds versus refusals that hold; a quotation endorsed, owned or
re-confirmed versus a quotation rejected, reported or marked wrong in a quiz; team leads
coaching colleagues to say the forbidden thing (a violation) versus compliance quizzes whose
answer rejects it; a keyword inside another word or a name (归零风险, 红包赚, 山庄家宴厅,
村庄家家户户, 全权委托书, an app called 稳赚宝; near misses); customers' own questions and
complaints; forwarded records and described screenshots on both sides; numbered lists with
real newlines; WeCom bracket emoticons and emoji; keywords split by one of the separators
``· -_*.~`` in a minority (more than 0 and under 15 %) of each keyword category's hits; 25 %
of every category in traditional characters through the one-to-one table ``_TRAD_PAIRS`` of
the shared machinery (Taiwanese messages first).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals (幺 for one), 大写,
mixed Chinese/Arabic, full-width digits and split by spaces, single spaces, dashes, dots and
commas, from customers and staff (staff reading back, forwarding or posting customers' data),
versus look-alikes: bad ID check characters, impossible birth dates, bad province codes,
17-digit IDs, Luhn failures, masked numbers, 10-digit and bad-prefix mobiles, the first seven
digits of a mobile, futures fund accounts and contract codes, remittance references and SWIFT
codes, Hong Kong bank accounts, Hong Kong / Macau / Taiwan / US phones, loan and trust contract
numbers, gold bar serials and prices per gram, seminar tickets, landlines, case numbers, order
and express numbers, amounts in RMB and USD, dates, QQ numbers, postcodes and one-time codes.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout38.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h38_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 38_2026_1208
SET_NAME = "heldout38"
MSGID_PREFIX = "h38"
T0 = 1781000000000
SEQ0 = 1520000
SPLIT_PER_CATEGORY = 12         # of 150 hits, 8 %
TRAD_PREF_REGIONS = ("tw",)     # Taiwanese messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
              "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
              "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
              "185", "186", "187", "188", "189", "190", "191", "193", "195", "196", "197",
              "198", "199"]
AREAS = ["440103", "440104", "440106", "440111", "440305", "441402", "441424", "441426",
         "510104", "510107", "511302", "510922", "511621", "500112", "310104", "310115",
         "110108", "350102", "430102", "320583", "445102", "440606"]
CARD_BINS16 = ["622202", "621226", "622848", "621700", "622700", "622588", "621661", "622609",
               "623058", "621799"]
CARD_BINS19 = ["6228480", "6217002", "6222023", "6212262", "6230942", "6214830"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["黄叔", "梁姐", "钟伯", "谢阿姨", "罗老板", "曾生", "邓姐", "古叔", "蒋哥", "何总",
          "冉大爷", "苏太", "温姐", "叶老师", "彭哥", "廖阿姨", "邱老板", "蔡先生", "许小姐",
          "龚老师"],
    "o": ["王阿姨", "刘叔叔", "陈大爷", "李奶奶", "张伯伯", "赵阿姨", "孙叔", "周奶奶",
          "吴大姐", "郑伯", "胡阿姨", "马大爷"],
    "m": ["小钟", "罗经理", "阿梁", "小冉", "温主任", "叶顾问", "小蔡", "陈专员", "廖经理",
          "Kevin", "小彭", "古主管"],
    "k": ["小钟", "罗经理", "阿梁", "冉主任", "温姐", "小蔡", "彭经理", "邱顾问"],
    "e": ["", "", "🙂", "🙏🏻", "👌🏻", "💰", "🌸", "😁", "👍🏻", "✌️", "🤗", "[抱拳]", "[微笑]",
          "[OK]"],
    "d": ["今晚收盘前", "明早开盘", "周四", "下周二", "月中", "夜盘前", "后天上午", "周末过后",
          "节后第一天", "下个交易日"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "三十万", "五十万", "两百万", "90万"],
    "r": ["3.2%", "4%", "4.6%", "5.8%", "6.5%", "7%", "8%", "百分之五", "年化六个点", "5.2%"],
    "g": ["50克", "100克", "200克", "一公斤", "20克", "500克"],
    "c": ["螺纹", "沪金", "豆粕", "原油", "棕榈油", "纯碱", "碳酸锂", "甲醇"],
    "nl": ["\n"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; tw prefers traditional)
#   LABELS R1..R6 joined by +
#   {nl} is a real newline.
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|fut|R3|{n}，开户挂我名下，手续费每个月返佣给你，别家居间人有这么实在的吗？{e}
S|p|fut|R2|{n}，{c}这波我早就拿到内部消息了，{d}就要拉升，你说我会拿自己的信誉开玩笑吗？{e}
S|p|rcc|R3|{n}，贷款批下来你给我返点两个点，这个钱你不出，哪个帮你跑审批嘛？是不是这个道理？{e}
S|p|rcc|R1|{n}，存到我们社里这个产品稳赚，你还怕啥子嘛？隔壁王大爷都存了{e}
S|p|gz|R3|{n}，走银行电汇要三四日，你直接转到我个人户口，我今日就帮你汇过去，边个会唔钟意快啲？{e}
S|p|gz|R3|{n}，你啲美金我帮你私下交易换成人民币，汇率靓过银行，做乜仲要排队？{e}
S|p|fo|R1|{n}，这个family trust的架构我们做了十年，哪一单不是保本的？您还需要什么comfort？{e}
S|p|fo|R4|{n}，您常年在海外，账户密码交给我们团队，全权委托打理，不是比您自己远程操作省心得多？{e}
S|p|loan|R1|{n}，你欠着那么多也不是办法，这个理财包赚的，先投进去把窟窿填了，不香吗？{e}
S|p|loan|R3|{n}，额度我能给你提上去，条件是下款后私下转账三个点给我，这么划算的事你上哪找？{e}
S|p|gold|R1|{n}，金价这些年哪回不是跌了又涨回来？现在买金条就是稳赚不赔，还等啥呀？{e}
S|p|gold|R2|{n}，我们行里的内部消息，{d}金价还要拉升一波，您不趁现在多备{g}？{e}
S|g|pension|R1|叔叔阿姨们，存银行利息才几个点？咱们这个养老项目零风险，年年拿钱，谁不想晚年过得舒坦点？{e}
S|g|pension|R1|各位老同志，您说国家都支持的养老项目，能不保本吗？讲座结束就能签{e}
S|p|hakka|R1|{n}，𠊎做了二十年，几时骗过你？这只基金保收益，你还想么个？{e}
S|p|hakka|R5|{n}，公司个号𠊎唔常看，加我个人号唔系更方便咩？{e}
S|p|tw|R1|{n}，这张储蓄险超稳的，保本又有配息，你还在犹豫什么啦？{e}
S|p|tw|R5|{n}，公司那个账号我很少看欸，加我私人号啦，这样不是比较方便吗？{e}
S|p|runon|R1|{n}，你想想看，你放定期一年才那么点，你放股票又怕跌，你放我这里，保本，还有{r}，每个季度还给你发短信，你还有什么好纠结的呢，对吧{e}
S|p|runon|R4|{n}，我跟你讲，你每天上班那么忙，又要接孩子，又要做饭，哪有时间看盘，你把账户密码给我，我帮你操作，你就安心上班，这不是两全其美吗{e}
S|p|vtt|R2|{n}我跟你说啊那个票庄家已经进去了你还不跟吗等拉升了再买就晚了呀{e}
S|p|vtt|R1|{n}这个东西零风险的你还犹豫什么呢我自己家里人都买了{e}
S|p|eng|R1|{n}，这个note我们desk自己都在buy，downside基本是零，说白了就是保本，还有什么不make sense的？{e}
S|p|eng|R5|{n}，company account消息太多容易miss，加我私人微信direct联系，不是more efficient吗？{e}
S|g|quiz|R1|【抢答】客户问“会不会亏”，怎么回最能成单？标准答案：就说“零风险”，谁还敢不签？{e}
S|p|fwd|R3|{n}，转您几段我和其他客户的[聊天记录]，飞单走我这边的人那么多，哪一个出过事？{e}
S|p|shot|R1|{n}，[图片] 截图里是我客户去年的收益，每一笔都是正的，你说这不叫稳赚叫什么？{e}
S|p|plain|R4|{n}，代客理财这事又不是我一个人在做，大家都这么干，你怕什么？{e}
S|p|plain|R3|{n}，返佣给你是我自己的钱，又不走公司的账，谁能知道？{e}
S|p|fut|R4|{n}，夜盘你又看不了，交给我帮你操作不是正好？你睡你的觉，单子我来下{e}
S|p|gold|R3|{n}，金条在我这买，我私下返点给你，哪家柜台能给你这个价？{e}
S|p|pension|R3|{o}，讲座上签的那个养老项目，钱别走公司账户，转到我个人卡上，不是少跑一趟？{e}
S|p|loan|R4|{n}，你那个还款APP老是忘记还，账户密码给我，我每个月帮你操作，还会逾期吗？{e}
S|p|gz|R5|{n}，公司部电话成日打唔通，你有事加我私人微信咪得啰，唔系仲好？{e}
S|p|rcc|R2|{n}，你晓得那个票为啥子涨？我有内部消息，庄家还没出货，现在不上车要等到啥子时候？{e}
S|p|fo|R3|{n}，SPV那一层的fee，我们可以私下返佣到您香港的账户，这么灵活的安排您去哪里找？{e}
S|p|plain|R1|{n}，不就是怕亏嘛？我都跟你说了保证收益{r}，白纸黑字的事，还能有假？{e}
S|p|tw|R3|{n}，保费转到我个人户头就好了啦，公司流程那么慢，干嘛要等？{e}
S|g|runon|R1|各位家人，我做这行九年了，我经手的客户，没有一个亏过钱的，你们说，这个产品不是稳赚是什么，你们自己想想，是不是这个理{e}
S|p|eng|R2|{n}，trading desk那边的朋友给的内幕消息，这个name下周有catalyst，你还要等什么confirmation？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
S|p|fut|R1|{n}，期货加了杠杆，保证金有归零风险，哪来的稳赚？谁跟你这么说你就离他远点{e}
C|p|fut|R3|{m}，你们居间人开户有没有返佣啊？别家都说有{e}
S|p|rcc|R1|{n}，你问存这个是不是稳赚？哪有啥子稳赚的东西嘛，利率写得明明白白，多的我一分都不敢说{e}
C|p|rcc|R3|{m}，贷款批下来要不要给你返点哦？我怕不懂规矩{e}
S|p|gz|R3|{n}，你问可唔可以转到我个人户口？梗系唔得啦，公司户口先有记录，出事边个负责？{e}
C|p|gz|R3|{m}，私下交易换汇系咪平啲？我朋友话佢哋成日咁做{e}
S|p|fo|R1|{n}，您问family trust是不是保本？trust只是一个结构，底层资产亏了，trust能替您兜底吗？不能{e}
S|p|fo|R4|{n}，全权委托给我们？这个我们做不了，投资决策必须由您本人在合同框架内做{e}
S|p|loan|R1|{n}，包赚的东西我要是有，还用得着天天打电话吗？别信这种话{e}
C|p|loan|R4|{m}，提额要不要把账户密码给你们？我朋友说要给了才能提{e}
S|p|gold|R1|{n}，金价要是稳赚不赔，银行自己不早就囤满了？黄金也会跌，去年就回调过{e}
C|p|gold|R2|{m}，你们行里有没有内部消息，金价下个月还涨不涨？{e}
S|p|gold|R2|{n}，金价拉升是昨晚美联储的公开消息引起的，新闻都报了，哪是什么内部消息？您按自己计划来{e}
S|g|pension|R1|叔叔阿姨，有人跟您说养老项目零风险，您就问他一句：那你敢写进合同吗？他肯定不敢{e}
C|g|pension|R1|{m}啊，讲座上那个老师说的养老产品是保本的吗？我这点养老钱可亏不起{e}
S|p|hakka|R1|{n}，你问系唔系保收益？冇可能嘅事，𠊎唔会讲这种话{e}
S|p|hakka|R5|{n}，加私人号？做么个要加，这个号就系𠊎，有事在这里讲就得{e}
S|p|tw|R1|{n}，稳赚？怎么可能啦，投资一定有风险，我不会这样跟你讲的喔{e}
C|p|tw|R5|{m}，你有没有私人微信？我妈妈说要直接问你保单的事{e}
S|p|runon|R3|{n}，你说要私下转账给我，你想想看，钱到了我卡上，没有合同，没有回单，万一我出点什么事，你找谁去，所以还是打公司账户，对你对我都好{e}
C|p|vtt|R1|{m}你好我想问一下那个保本的理财还有没有我儿子说让我问问你{e}
C|p|vtt|R2|{m}我跟你说我们小区有个人说他有内幕消息是真的假的你帮我看看{e}
S|p|eng|R1|{n}，保本？不存在的，这个note的downside是真实存在的，term sheet第二页写得很清楚{e}
S|p|eng|R5|{n}，你说加私人微信？sorry，compliance要求所有沟通都在企业微信留痕，这里就可以{e}
S|g|quiz|R1|【判断题】“客户追问时可以说零风险，因为产品历史上没亏过”——对还是错？答案：错，历史业绩不代表未来{e}
S|g|quiz|R2|【单选】客户问你有没有内幕消息，正确回答是？A.有 B.暗示有 C.明确说没有，只提供公开信息。答案：C{e}
S|p|fwd|R3|{n}，[聊天记录]里那个人让您转到我个人卡上？我什么时候用过这个头像？那不是我，千万别转{e}
S|p|shot|R1|{n}，您发的[图片]我看了，上面写着“稳赚不赔”，正规机构敢这么印吗？这就是假宣传{e}
S|p|plain|R4|{n}，代客理财？您觉得哪家正规公司敢让员工干这个？反正我们不行{e}
S|p|fut|R2|{n}，庄家？期货市场哪来的庄家能一手遮天，别听群里瞎扯，看基本面和持仓就行{e}
C|p|gz|R5|{m}，你有冇私人号？公司个号成日唔覆我{e}
S|p|loan|R3|{n}，你问下款要不要给我返点？不用，一分钱都不用，谁跟你要谁就是骗子{e}
S|p|pension|R2|{o}，您说那个讲座在“碧水山庄家宴馆”？那个不是我们办的，您别去{e}
C|p|pension|R1|{m}，我孙子说群里抢红包赚了好几块，你们那个活动是不是也发红包？{e}
S|p|rcc|R4|{n}，你把账户密码给我？你咋个想的嘛，这个连你儿子都不能给，莫说我了{e}
S|p|fo|R3|{n}，您是问能不能私下交易那批股权？不走正规的transfer流程，谁来保护您的权益？我们不做{e}
S|p|gold|R3|{n}，您问买金条有没有返点？柜台价就是最终价，没有返点，也不会有人私下给您{e}
S|p|plain|R1|{n}，哪有保证收益的理财？真有的话我第一个把房子卖了投进去，您说是不是？所以没有{e}
S|p|runon|R4|{n}，您刚才问能不能全权委托给我，我说句实在话，不能，不是我不愿意，是规定不允许，而且您的钱您自己做主才最踏实，我给您出主意可以{e}
C|p|fut|R2|{m}，听说这个品种有庄家在拉升，是不是真的？我要不要追{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|fut|R3|居间人守则提醒：不得私下收取客户手续费，不得向客户承诺返佣，所有手续费以期货公司系统为准{e}
S|p|fut|R4|{n}，按期货公司规定，居间人不能接触客户的交易密码，也不能帮你操作下单，这个得您自己来{e}
S|g|rcc|R3|信贷部的规矩再说一遍：放贷不准收返点，不准吃拿卡要，哪个客户遇到了直接打社里监督电话{e}
S|p|rcc|R1|{n}，社里规定我们不能讲稳赚，存款就是存款，理财就是理财，利率我照实跟你说{e}
S|g|gz|R3|汇款窗口通知：严禁职员私下交易外币，严禁收客人现金代汇，违者即时解雇{e}
S|p|gz|R3|{n}，公司规定唔可以转到我个人户口，所有汇款要经公司账户，你放心，收据即刻发俾你{e}
S|g|fo|R4|Family office team reminder：任何情况下不得接受客户全权委托，不得代客理财，investment decision必须留痕{e}
S|p|fo|R1|{n}，按监管要求我们不得宣传保本，trust文件里也不会出现这两个字，这是compliance的红线{e}
S|g|loan|R5|【团队纪律】转岗到销售后，一律不准加客户私人微信，不准用催收时的口气说话，被投诉一次扣当月绩效{e}
S|p|loan|R1|{n}，平台规定我们不能说包赚，这款理财是有波动的，亏了也是真亏{e}
S|g|gold|R1|贵金属柜台提示：员工不得向客户宣称金条、积存金保本或稳赚，金价随国际市场波动{e}
S|p|gold|R3|{n}，行里规定柜台不能私下返点，您看到的价格就是实价，发票照开{e}
S|g|pension|R1|活动须知：本次养老讲座不推销任何“零风险”产品，工作人员不得收取现金，如有发现请拨打投诉电话{e}
S|p|pension|R5|{o}，公司不让我们加私人号，您有事就在这儿找我，让您孙子帮您设置一下就好{e}
S|p|hakka|R3|{n}，公司规定唔准飞单，𠊎几十年都冇做过，你放心{e}
S|p|hakka|R4|{n}，规定系唔准代客理财嘅，你个钱你自己话事，𠊎帮你分析就得{e}
S|p|tw|R3|{n}，公司规定业务员不可以收返佣喔，你的心意我收到了，真的不用啦{e}
S|p|tw|R1|{n}，主管一直提醒我们不可以讲保证收益，这张保单的配息是不保证的喔{e}
S|p|runon|R4|{n}，我得跟您说清楚，按照规定，我们不能代您保管账户密码，不能替您下单，不能替您做决定，您要是哪天想买卖，您自己操作，有不会的我在电话里一步一步教您{e}
C|p|vtt|R3|{m}我看到你们大厅贴的那个严禁私下交易是什么意思啊我是不是也不能跟你买{e}
S|p|eng|R2|{n}，我们的policy很strict，不能share任何内部消息，所有观点都来自public的research{e}
S|g|quiz|R3|【合规小测】第3题：居间人可以在手续费之外向客户私下返佣吗？正确答案：不可以，属于违规行为{e}
S|g|quiz|R4|【合规小测】第5题：客户主动提出全权委托，员工应：A.接受 B.婉拒并说明规定。答案：B{e}
S|g|fwd|R1|转发合规部[聊天记录]：“各网点注意，营销话术不得出现保本、保收益等字样。”请大家照办{e}
S|g|shot|R3|[图片] 上图是新版《员工行为十禁》，第二条：禁止飞单；第四条：禁止私下转账，请各位截图保存{e}
S|p|plain|R5|{n}，我们公司规定不能加私人微信，所以一直用这个企业微信跟您联系，不是我不想加哈{e}
C|p|loan|R4|{m}，你们不是说不会要账户密码吗？那昨天打电话来要的是谁？{e}
S|p|fut|R2|{n}，规定不让我们传所谓的内幕消息，更不让讲谁在拉升，我只能给您看交易所的持仓排名{e}
S|p|rcc|R4|{n}，你老汉儿的存折密码我们社里一律不收，账户密码更是不能代管，要他本人来柜台{e}
S|g|gz|R5|各位街坊，我哋规定唔可以用私人号同客人倾汇款嘅嘢，有咩事请喺呢个群或者来柜台{e}
S|p|gold|R2|{n}，金价怎么走我真不知道，行里明确禁止员工打听和传播内部消息，我只能给您看行情软件{e}
S|p|pension|R3|{o}，老年大学那位同事讲得对，我们公司明令禁止私下转账，钱一律走银行对公{e}
S|p|fo|R3|{n}，根据公司的conflict of interest政策，我个人不能收取任何返点或者referral fee，都走公司{e}
S|g|plain|R1+R3|【晨会纪要】{nl}1. 严禁承诺保本{nl}2. 严禁收受客户返点{nl}3. 周五前完成双录抽查{e}
S|p|runon|R5|{n}，不好意思啊，之前您说要加我私人微信，我查了一下，公司是不允许的，所以还是在企业微信上，您发消息我都能收到，晚上也会看{e}
S|p|loan|R3|{n}，平台禁止员工私下交易，额度和利率都是系统算出来的，谁说能私下改都是骗您的{e}
S|p|hakka|R2|{n}，公司唔准讲庄家个嘢，𠊎也唔知，你莫听外背人讲{e}
S|p|eng|R4|{n}，按照我们的SOP，我不能帮你操作账户，所有trade必须你本人在APP上confirm{e}
C|p|gold|R1|{m}，你们不是规定不能说保本吗，那这个积存金到底亏不亏？{e}
S|p|plain|R4|{n}，没有哪家正规机构会不禁止代客理财的，我们当然也禁止，您放心{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|fut|R3|{n}，期货公司规定居间人不能返佣，那是明面上的，你开户挂我这，每月手续费我私下返佣一半给你{e}
S|p|fut|R4|{n}，规定上我不能碰你的账户，不过夜盘你睡了，账户密码发我，我帮你盯着止损{e}
S|p|rcc|R3|{n}，社里是不准收返点，但是你这笔贷款是我跑下来的，放款后给我返点一个点，大家都这么整{e}
S|p|rcc|R1|{n}，领导天天说不准讲稳赚，我跟你说句掏心窝子的话，这个就是稳赚，你放心存{e}
S|p|gz|R3|{n}，公司话唔准私下交易，但你咁熟，美金直接畀我，我私下交易帮你换，汇率靓啲{e}
S|p|gz|R3|{n}，规矩系要转公司户口，不过今日系统慢，你先转到我个人户口，我即刻帮你汇出{e}
S|p|fo|R4|{n}，policy上我们不做全权委托，但是您这个量级，我们可以签一个side letter，实际上就是全权委托{e}
S|p|fo|R1|{n}，按规定我们不能说保本，所以文件里写的是“capital protection feature”，翻译过来就是保本，您懂的{e}
S|p|loan|R5|{n}，平台不让加私人微信，你偷偷加一下我私人微信，提额的事我在那边跟你说{e}
S|p|loan|R1|{n}，虽然规定不让讲包赚，但你这种情况，投这个包赚，下个月还款的钱就有了{e}
S|p|gold|R3|{n}，柜台规定不准私下返点，您要是买一公斤，我私人给您返点，就当交个朋友{e}
S|p|gold|R1|{n}，行里不让说金条保本，但金子这东西放多少年都不会变成废纸，说白了就是保本{e}
S|g|pension|R1|叔叔阿姨们，上面要求我们讲座不准说零风险，那我不说，我就说这个项目亏钱的可能是零，零风险大家自己体会{e}
S|p|pension|R3|{o}，公司是规定不能私下转账，但您年纪大了跑一趟不容易，转到我个人卡上，我帮您去办{e}
S|p|hakka|R3|{n}，公司系唔准飞单，不过你系老客，呢单𠊎同你飞单，冇人知{e}
S|p|hakka|R4|{n}，规定唔准帮你操作，但系你眼睛唔好，𠊎帮你操作就得，密码发𠊎{e}
S|p|tw|R5|{n}，公司规定不能加私人号啦，不过我们那么熟了，我私人号给你，不要跟别人讲喔{e}
S|p|tw|R1|{n}，主管说不可以讲保证收益，可是这张我真的跟你保证收益{r}，我自己也有买{e}
S|p|runon|R2|{n}，本来公司规定我们不能讲内幕消息的，你也知道，但是你是老客户了，我就跟你说一句，{d}那个票庄家要动手了，你自己心里有数就行，别跟别人说{e}
S|p|vtt|R4|{n}公司说不让代客理财但是我看你也没时间你就把钱放我这我帮你代客理财就行了{e}
S|p|eng|R3|{n}，compliance不让私下交易，但这个deal太好了，我们offline私下交易，不留trace{e}
S|g|quiz|R1|【内部小测】客户问能不能保本，合规答案是“不保本”；但咱们组的实战答案是“放心，保本”，都记住了{e}
S|p|fwd|R3|{n}，[聊天记录] 这是合规发的“严禁返佣”通知，转给你看看就好，该给你的返佣我一分不会少{e}
S|p|shot|R5|{n}，[图片] 截图是公司禁止加私人微信的规定，没关系，你扫图里第二个二维码，那是我私人微信{e}
S|p|plain|R1|{n}，规定说不许承诺，所以我不承诺，我只是告诉你：这款稳赚不赔，懂的都懂{e}
S|p|fut|R1|{n}，风险揭示书上写了不保本，那是模板，我这套套利策略就是稳赚，你签字就行{e}
S|p|rcc|R4|{n}，社里规定不能代客理财，你是晓得的，但你屋头娃儿在外地，你把存折和账户密码给我，我帮你弄{e}
S|p|gz|R5|{n}，公司规定唔准用私人微信，不过公司个系统成日死机，你加我私人微信先啦{e}
S|p|loan|R3|{n}，按规定下款前不能收任何费用，不过你想快，先私下转账五百服务费给我，今天就放{e}
S|p|gold|R2|{n}，我们是不许透露内部消息的，但我实话说，{d}金价还会拉升，现在不买后悔{e}
S|g|pension|R3|会务组通知：现场严禁工作人员收现金。另，报名费请各位直接私下转账给我，我统一交{e}
S|p|fo|R3|{n}，我们内部有规定不能拿referral返佣，所以返佣走我太太的公司，您照常打款就行{e}
S|p|eng|R4|{n}，按SOP我不能帮你操作，but你这周在出差，账户密码发我，我帮你操作完再改回来{e}
S|p|runon|R3|{n}，我知道公司一直说严禁飞单，但你听我说，这个产品公司没有，外面那家收益高两个点，我帮你飞单过去，合同我来弄，你签字就行{e}
S|p|hakka|R1|{n}，公司唔准讲稳赚，𠊎就唔讲，不过你睇下，𠊎个客十年都冇亏过，稳赚啦{e}
S|p|plain|R5|刚才说不能加私人号是客套话，{n}，你记一下，加我个人号，这边说话不方便{e}
S|p|loan|R4|{n}，平台严禁员工拿客户账户密码，这个我知道，可你每次都忘还款，密码给我，我帮你操作自动还款{e}
S|p|tw|R3|{n}，公司有规定不能私下交易啦，可是你这样跑来跑去太麻烦，我们私下交易就好，保费给我我帮你缴{e}
S|p|fut|R2|{n}，按规定我不能给你任何内幕消息，但这个品种的庄家是我朋友，{d}准备拉升，你先建仓{e}
S|g|gold|R1|积存金活动提示：本行不承诺收益。附加说明：老客户专享款保收益{r}，名额有限{e}
S|g|plain|R3|【本周要点】{nl}1. 不准承诺收益{nl}2. 老客户的返点照常私下发{nl}3. 周报周五交{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|fut|R2|风险提示：近期有人冒充我司居间人，在群里兜售所谓内幕消息和喊单服务，请勿付费，发现请截图举报{e}
S|p|fut|R1|{n}，期货是保证金交易，行情反向时保证金有归零风险，您一定要设好止损{e}
S|p|rcc|R3|{n}，我跟你提个醒，最近有人冒充社里的信贷员，说交点返点就能快放款，那是骗子，社里放款不收钱{e}
S|g|rcc|R1|各位乡亲注意哈，镇上有人发传单说啥子稳赚不赔的养殖分红，那是非法集资，莫信莫投{e}
S|g|gz|R3|提提各位：有人扮我哋职员，叫客人“转到我个人户口先帮你汇款”，全部系呃人，公司只收公司户口{e}
S|p|gz|R3|{n}，已经将你反映嘅私下交易外币个案报咗俾合规部，佢哋会联系你{e}
S|p|fo|R4|{n}，FYI，有人冒用我们family office的名义，说可以全权委托代管海外资产，那不是我们，已报警{e}
S|p|fo|R1|{n}，您转来的那份deck写着“本金保本、收益8%”，这种表述本身就不合规，建议您不要参与{e}
S|g|loan|R1|【风险提醒】网上那些“征信修复+包赚理财”的广告都是骗局，逾期了就老老实实协商还款{e}
S|p|loan|R4|{n}，要是有人打电话自称我们平台，找你要账户密码说帮你提额，直接挂掉，我们从来不要{e}
S|p|gold|R1|{n}，提醒一下，金价波动很大，上个月一周就跌过百分之五，谁说买金条稳赚都别信{e}
S|g|gold|R2|各位客户，近期有短视频声称掌握金价内幕消息，推销高价投资金条，本行未与任何此类账号合作{e}
S|g|pension|R1|防骗提醒：凡是讲座送鸡蛋、再推销“保本高息”养老项目的，基本都是骗老人钱的，叔叔阿姨们一定看紧钱包{e}
C|p|pension|R3|{m}，我要反映个情况，上回讲座那个姓刘的让我私下转账给他，说能多拿利息，这正常吗？{e}
S|p|hakka|R1|{n}，你个老同学讲个零风险项目，𠊎看过了，系假嘅，千祈唔好投{e}
S|p|hakka|R4|{n}，有人话可以帮你操作股票，抽成一半，𠊎劝你唔好信，佢唔系持牌嘅{e}
S|p|tw|R1|{n}，提醒你喔，最近很多诈骗说投资稳赚，叫你下载APP，千万不要点{e}
S|p|tw|R5|{n}，有人用我的照片开了私人号，去加我的客户，那不是我，我已经报警了{e}
S|p|runon|R3|{n}，我必须跟您说一下，上周您说的那位自称我们公司的人，让您私下转账，我查了，我们公司根本没有这个人，您千万别再转了，之前转的那笔赶紧去报案，我陪您去也可以{e}
C|p|vtt|R4|{m}刚才有个人打电话说是你们公司的要我的账户密码说是系统升级我没给对不对{e}
S|p|eng|R2|{n}，heads up，最近有很多fake的insider群在推内幕消息，全部是pump and dump的scam，别join{e}
S|g|quiz|R1+R4|【案例警示】某员工对客户称“零风险”，并索要账户密码代为交易，已被解除劳动合同。请大家引以为戒{e}
S|g|fwd|R3|[聊天记录] 合规转来的举报：某网点员工诱导客户飞单，已移交公安。各位务必引以为戒{e}
S|p|shot|R5|{n}，您发的[图片]我放大看了，那个让您加私人微信的账号头像是盗我的，我已经举报了{e}
C|p|gold|R3|{m}，上次另一个柜员说买金条能私下返点，我觉得不对劲，跟你说一声{e}
S|p|fut|R3|{n}，最近外面有些居间人承诺高额返佣拉人开户，这种往往是违规的，出了问题投诉都没地方投{e}
S|p|rcc|R2|{n}，那个微信群里天天说啥子庄家带你飞，你看嘛，群主就是收会员费的，莫交钱{e}
S|p|loan|R5|{n}，我以前做催收的时候见多了，让你加私人号借钱的，十个有九个是套路贷，千万小心{e}
S|p|pension|R1|{o}，您说的那个“以房养老、稳赚利息”的项目，新闻上已经曝光了，是诈骗{e}
S|g|gz|R5|温馨提示：本公司职员唔会用私人微信收客人款项，如有人咁做请即时致电投诉热线{e}
S|p|fo|R3|{n}，我们在做KYC的时候发现之前那位顾问跟您有私下交易的记录，已按程序上报compliance{e}
S|p|plain|R1|{n}，您母亲说有人上门推销“保证收益”的保险，我建议先别签，把资料发我帮您看看{e}
S|p|gold|R4|{n}，有人在网上说能代客理财炒黄金T+D，保证翻倍，那都是黑平台，别碰{e}
S|p|eng|R3|{n}，just to flag一下，那个自称我们desk的人发的“转到我个人账户”不是我发的，别转{e}
S|g|pension|R2|叔叔阿姨们，这片村庄家家户户都收到了那个“养老分红”传单，那是骗局，别打上面的电话{e}
S|p|runon|R4|{n}，我看了您发来的那个短信，说什么账户异常需要提供账户密码，还附了个链接，这是典型的钓鱼短信，我们从来不会通过短信要密码，您千万别点，删掉就好{e}
S|p|hakka|R3|{n}，有人用𠊎个名讲“转到我个人账户”，𠊎从来冇讲过，莫转，𠊎已经报咗公司{e}
C|p|fut|R1|{m}，我要投诉，之前那个居间人跟我说稳赚，现在爆仓了{e}
S|p|plain|R1+R3|{n}，汇报一下：您反映的那位前同事承诺保本并收取返佣的事，合规已经立案，处理结果会书面通知您{e}
S|p|loan|R2|{n}，网上那些说有内部消息能帮你“洗白”征信的，全是骗钱的，征信只能靠按时还款慢慢修复{e}
S|p|plain|R1+R4|{n}，防骗三句话：{nl}一、不给任何人账户密码{nl}二、不信稳赚{nl}三、不点陌生链接{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|fut|R2|群友们小心那些卖喊单的，内幕消息都是编的。要真内幕消息，私聊我，我有期货公司内部的人{e}
S|p|fut|R3|{n}，外面那些高返佣的居间人不靠谱，小心跑路。你开户挂我这里，返佣我按月结给你，更稳{e}
S|p|rcc|R3|{n}，莫信那些说交钱就能放款的骗子，他们都是假的。真要快，你私下转账给我，我去帮你疏通{e}
S|g|rcc|R1|乡亲们注意，外面那些稳赚的都是骗人的哈，真正稳赚的是我们社这款，我担保{e}
S|p|gz|R3|{n}，小心出面啲地下钱庄，好危险。你要换汇唔使去佢哋度，私下交易揾我就得，我稳阵啲{e}
S|p|gz|R5|{n}，近排好多人扮我哋职员，你记住，只认我私人微信，我私人微信先系真嘅{e}
S|p|fo|R1|{n}，市面上很多所谓的“保本信托”其实是包装，您要注意。我们这一档是真正保本，team可以出comfort letter{e}
S|p|fo|R4|{n}，要警惕那些拿了授权就乱操作的野路子顾问，您把全权委托给我们，我们的process比他们规范{e}
S|p|loan|R1|{n}，别碰那些网贷理财，都是坑。我们新上的这个才是包赚的，你借点投进去，利息都赚回来了{e}
S|p|loan|R4|{n}，小心那些假客服要你账户密码，别给他们。账户密码给我就行，我帮你把逾期处理掉{e}
S|p|gold|R1|{n}，提醒您一下，外面金店的投资金条溢价高，别买。我们柜台的金条稳赚，今天下单最划算{e}
S|p|gold|R2|{n}，金价群里那些消息您别信，都是假的。我这边有行里的内部消息，{d}还要拉升{e}
S|g|pension|R1|叔叔阿姨们，一定警惕那些送鸡蛋的骗子讲座！咱们这场不一样，咱们的养老项目是正规的零风险产品，今天签约送米面油{e}
S|p|pension|R3|{o}，小心骗子让您私下转账啊！不过我您是认识的，转到我个人卡上没事，我帮您买{e}
S|p|hakka|R1|{n}，外背讲保收益个都系呃人，𠊎个产品正经保收益{r}，你放心{e}
S|p|hakka|R5|{n}，有人扮𠊎去加客，你要小心。真系𠊎就系呢个私人号，加呢个{e}
S|p|tw|R1|{n}，最近诈骗很多，你要小心喔。不过我们这张是真的保本，跟那些不一样啦，赶快来签{e}
S|p|tw|R3|{n}，提醒你不要随便把钱交给陌生人喔，要缴保费就转到我个人户头，我帮你处理最安全{e}
S|p|runon|R4|{n}，我跟您说，现在骗子特别多，什么冒充客服的，冒充公安的，都是想要您的账户密码，您千万别给他们，您要是怕自己弄不好，就把账户密码给我，我帮您看着，这样最安全{e}
S|p|vtt|R2|{n}你千万别信那些荐股群都是骗子但是我这有一个真的内幕消息你要不要听{e}
S|p|eng|R3|{n}，heads up：外面那些offshore通道风险很大。你要做，私下交易走我的channel，100%安全{e}
S|g|quiz|R1|【案例警示】某员工因承诺零风险被罚。结论：话术要换个说法——别说零风险，说“历史上从来没亏过，稳赚”就行{e}
S|p|fwd|R3|{n}，转你一段[聊天记录]，那个假冒我们的人骗了好几个客户，你要小心。你的钱还是按老规矩转到我个人卡上{e}
S|p|shot|R1|{n}，[图片] 看到截图里这种“月入过万”的广告千万别信！要信就信我，我这款保证收益{r}{e}
S|p|plain|R4|{n}，我举报了那个冒充客服的人。您以后别自己瞎点了，代客理财这块交给我，我帮您看着{e}
S|p|fut|R4|{n}，期货风险大，新手自己做很容易爆仓，我劝你别自己下单，帮你操作这种事我来，你只管看结果{e}
S|p|rcc|R2|{n}，莫信群里那些喊单的，都是割韭菜。我这有个内部消息，那个票庄家要拉升了，你悄悄买点{e}
S|g|gz|R3|提醒各位：外面话返佣嘅多数系呃人。喺我哋度汇款，我私人返佣畀你，呢个先系真{e}
S|p|loan|R5|{n}，最近有人冒充我们平台加你微信，你别理。以后有事就加我私人号，只认这一个{e}
S|p|gold|R3|{n}，外面金店说什么返点都是噱头，要真返点，在我这买，我私下返点一个点给您{e}
S|p|pension|R1|{o}，您那个老同事推的理财我看了，风险挺大。我这里有个保本的，利息还比他的高{e}
S|p|fo|R3|{n}，please be careful，很多中介会暗中收返佣。我们透明一点，返佣我直接私下返到您的香港账户{e}
S|p|eng|R1|{n}，提醒一下，那些P2P说的“guaranteed return”都是scam。我这个structured note才是真保本{e}
S|p|runon|R2|{n}，我得提醒您，现在网上那些所谓的股神，所谓的老师，都是骗子，收您会员费的，您别上当，真要是想赚钱，我这边有个朋友在上市公司，有内部消息，我第一时间告诉您{e}
S|p|hakka|R4|{n}，外背有人要你个账户密码，千祈唔好畀佢，畀𠊎就得，𠊎帮你操作{e}
S|p|tw|R5|{n}，小心喔，有人假冒我，你只要加我私人号就不会被骗啦，ID我等一下传给你{e}
S|g|plain|R1|⚠️防骗提醒：凡是承诺高收益的都要当心！👉唯一例外：本周我推荐的这款，稳赚不赔，需要的私聊{e}
S|p|loan|R3|{n}，别去找那些中介，他们收费高还不靠谱。你私下转账给我，我帮你把额度搞定{e}
S|p|fo|R2|{n}，市场上很多所谓的insider都是假的。我们family office的渠道不一样，内部消息可以直接和您share{e}
S|p|fut|R1|{n}，风险提示我已经发您了，那是流程。实话说，这个跨期套利没有方向风险，稳赚{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|fut|R3|{n}，返佣这块我真给不了，手续费就是公司系统里那个标准，您要是觉得高可以再比较{e}
S|p|fut|R4|{n}，您说夜盘让我帮你操作，这个不行，条件单怎么设我可以教您，下单得您自己{e}
S|p|rcc|R3|{n}，你的心意我领了，返点我不收，收了我这个饭碗就莫得了{e}
S|p|rcc|R4|{n}，你把账户密码发给我做啥子嘛，我不能要，赶紧撤回去，改个密码{e}
S|p|gz|R3|{n}，唔好意思，私下交易我唔做，你要换汇就喺柜台办，手续我陪你{e}
S|p|gz|R5|{n}，私人微信我唔加啦，有咩就喺呢度揾我，我返工时间都会覆{e}
S|p|fo|R4|{n}，thank you for the trust，不过全权委托我们确实接不了，我们可以按月给您做review{e}
S|p|fo|R1|{n}，您要一份保本的书面承诺？这个我们出不了，任何一家合规的机构都不会出{e}
S|p|loan|R3|{n}，你说下款后给我私下转账当谢礼，不用，真不用，你把钱留着按时还款就是帮我了{e}
S|p|loan|R1|{n}，你让我给你推个包赚的，我推不出来，我只能推风险最低的，收益也最低{e}
S|p|gold|R3|{n}，返点我这边没有，柜台价就是统一价，您要是觉得贵可以等等再看{e}
S|p|gold|R1|{n}，您问能不能保证金条稳赚，我保证不了，金价涨跌我说了不算{e}
S|g|pension|R1|刚才有阿姨问我能不能写个“保本”的字条给她，我在这里统一回复：不能写，也没有人能写{e}
S|p|pension|R3|{o}，您要把钱转到我个人卡上让我代买，这个我不能收，您带上身份证来网点办{e}
S|p|hakka|R3|{n}，你话飞单？𠊎唔做，几多钱都唔做{e}
S|p|hakka|R2|{n}，内幕消息𠊎冇，有都唔会讲，你莫再问啦{e}
S|p|tw|R4|{n}，你要把账户密码给我喔？不行不行，这个你自己要保管好，我不能帮你操作{e}
S|p|tw|R3|{n}，你说要包个红包给我当返佣，真的不用啦，公司规定也不行，谢谢你喔{e}
S|p|runon|R5|{n}，我知道您是好意，想加我私人微信方便联系，但是真的不行，公司有规定，而且在这里聊天有记录，对您也是一种保障，您有什么事随时在这里找我，我看到就回{e}
C|p|vtt|R4|{m}我不想把账户密码给别人我自己弄吧你教我一下怎么买{e}
S|p|eng|R2|{n}，sorry，内幕消息我这边没有，也不会去打听，我能给你的只有public的research report{e}
S|g|quiz|R3|【情景演练】客户坚持要私下转账，你的回答：“抱歉，不行，只能转公司账户。”——标准答案就是这么简单{e}
S|p|fwd|R3|{n}，[聊天记录] 我把您跟我之前的对话转给主管了，您提的返点我当时就拒绝了，现在还是一样的答复{e}
S|p|shot|R4|{n}，您发来的[图片]是您的账户密码截图，我不能看也不能保存，请立即撤回并修改密码{e}
S|p|plain|R1|{n}，您想要零风险的，我这里确实没有，最稳的就是存款，利率我发您{e}
S|p|fut|R2|{n}，您问谁是这个品种的庄家，我不知道，也不该去打听，做期货靠的是自己的判断{e}
S|p|rcc|R1|{n}，你非要我给你打包票说稳赚，我打不了，出了事我赔不起，你也亏不起{e}
S|p|gz|R3|{n}，你要转到我个人户口？唔得，我唔收，一定要转公司户口{e}
S|p|loan|R4|{n}，你让我代客理财帮你还债，这个我做不了，我能做的是帮你申请分期还款{e}
S|p|gold|R5|{n}，您说加我私人号方便预约金条，不用的，预约在这里说就行，我帮您登记{e}
S|p|pension|R2|{o}，您问有没有内部消息，我们讲座不讲这个，我也没有，您就听听养老规划就好{e}
S|p|fo|R3|{n}，您提出把一部分fee私下返佣给您的助理，这个我们不能做，所有费用都要在engagement letter里列明{e}
S|p|eng|R4|{n}，你出差这段时间想让我帮你操作？no，不行，你可以设置定投，不需要人盯{e}
C|p|gz|R3|{m}，我唔要咩返佣，你照正常程序帮我汇就得{e}
S|p|runon|R3|{n}，您说的那个飞单，我跟您讲，不管收益多高，不管您多着急，我都不会做的，做了就是害您也害我，我们就按公司产品来，挑一个合适的，好不好{e}
S|p|hakka|R1|{n}，你想要保收益个产品，𠊎这里冇，𠊎也唔会骗你话有{e}
S|p|tw|R1|{n}，你说要我保证收益才要买，那我只能跟你说抱歉，我没办法保证，这是诚实的答案{e}
S|g|plain|R4|群里有客户私信让我全权委托打理，我统一说一下：不接受，大家的账户请自己操作{e}
S|p|loan|R5|{n}，您要加我以前做催收时的私人号？不行，那个号早就停用了，现在只用这个企业微信{e}
C|p|fut|R4|{m}，账户密码我就不给你了，条件单我自己设{e}
S|p|plain|R3+R5|{n}，您提的两件事我都答复一下：{nl}1. 返点没有{nl}2. 私人微信不加{nl}其他的随时问我{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|fut|R3|{n}，返佣这个事我本来是不做的，看你一个月能做几百手，私下返佣三成给你，别外传{e}
S|p|fut|R4|{n}，不行不行……唉，算了，你夜盘实在看不了，账户密码发我，我帮你操作这几天{e}
S|p|rcc|R3|{n}，返点我说了不要，你硬要给，那就放款以后返点一个点，悄悄的哈{e}
S|p|rcc|R1|{n}，我一般不给人打包票，你是老熟人，我就说一句，这个稳赚，要得不？{e}
S|p|gz|R3|{n}，原本唔做私下交易嘅，不过你咁急，今次破例，私下交易帮你换晒{e}
S|p|gz|R3|{n}，我话过唔收，不过你坚持，就转到我个人户口啦，我帮你汇{e}
S|p|fo|R4|{n}，我们原则上不接受全权委托，不过考虑到您是UHNW客户，team内部讨论后决定破例全权委托{e}
S|p|fo|R1|{n}，书面承诺我出不了，口头上我可以告诉您：这个结构就是保本的，您放心{e}
S|p|loan|R3|{n}，本来不收你钱的，你说要谢我，那下款后私下转账两百给我，意思一下就行{e}
S|p|loan|R5|{n}，我们是不让加私人微信的……好吧你实在要，那就加我私人微信，别让主管知道{e}
S|p|gold|R3|{n}，返点柜台是没有的，不过您买两公斤的话，我私下返点给您{e}
S|p|gold|R1|{n}，我不能说金条保本，但您要听实话的话，这个价位就是保本的，放心{e}
S|g|pension|R1|刚才说不能写保本的字条，但阿姨们都这么信任我，那我就写：本产品保本，签名在这里{e}
S|p|pension|R3|{o}，按理说钱不能转到我个人卡上，可您说腿脚不方便，那就转到我个人卡上吧，我帮您办好{e}
S|p|hakka|R3|{n}，飞单𠊎本来唔做，你讲咗三次，好啦，呢单𠊎帮你飞单{e}
S|p|hakka|R2|{n}，内幕消息𠊎本来唔讲，你系老朋友，讲你知：{d}个票有人拉升{e}
S|p|tw|R4|{n}，本来不能拿你的账户密码啦，可是你都住院了，好吧，密码传给我，我帮你操作{e}
S|p|tw|R3|{n}，返佣我说不要，你一直坚持，那我就收下啦，下次保单返佣一样给你留{e}
S|p|runon|R5|{n}，我知道您一直想加我私人微信，我之前都拒绝了，但是想想您也是老客户了，而且这边确实消息多容易漏，那就加吧，私人微信号我发您，您加的时候备注一下名字{e}
S|p|vtt|R4|{n}我本来不想帮你操作的但是你说你看不懂那我就帮你操作吧你把密码发过来{e}
S|p|eng|R2|{n}，内幕消息我本来不share的，but你是VIP，just this once：{d}那个name会拉升{e}
S|g|quiz|R3|【情景演练】客户坚持要私下转账，标准答案：先拒绝一次显得专业，第二次就说“好吧，转我卡上”，成交率最高{e}
S|p|fwd|R3|{n}，[聊天记录] 您看我之前确实拒绝过您的返点，现在主管同意了，返点照您说的给{e}
S|p|shot|R1|{n}，[图片] 截图是我上次拒绝您的那条，说“不能承诺保本”，现在我改口，这款保本，您放心{e}
S|p|plain|R4|{n}，代客理财是不能做的，我刚说过……不过您这把年纪了，账户交给我，代客理财这一次{e}
S|p|fut|R2|{n}，我跟您说过我不打听庄家的事，不过这次听到了，庄家{d}要拉升，您看着办{e}
S|p|rcc|R4|{n}，存折和账户密码我本来不收，你说你不识字，那就放我这，我帮你操作{e}
S|p|gz|R5|{n}，私人微信我一般唔加，你系老街坊，加我私人微信啦{e}
S|p|loan|R1|{n}，推包赚的我一般不做，你都这么难了，我给你透个底，这个包赚{e}
S|p|gold|R2|{n}，您问内部消息，我本来不说的，看您买了这么多年，告诉您：金价{d}会拉升{e}
S|p|pension|R1|{o}，您让我保证不亏，我本来不敢说，您都问了五回了，好，我保证，零风险{e}
S|p|fo|R3|{n}，您助理那份fee本来我们不能私下返佣，考虑到relationship，这次私下返佣给他{e}
S|p|eng|R4|{n}，一开始我说no，但想了一下，你出差两周确实不方便，帮你操作OK的，把密码发我{e}
S|p|runon|R3|{n}，飞单这个事我想了一晚上，本来是打定主意不做的，但是您说得也对，外面那个产品确实比我们公司的好，那这次我就帮您飞单过去，合同您签个字就行，其他的我来{e}
S|p|hakka|R1|{n}，𠊎唔系钟意讲保收益，你逼到𠊎，好，保收益{r}，冇问题{e}
S|p|tw|R1|{n}，我刚刚说没办法保证收益，后来想想你是老客户，好啦，保证收益{r}，我负责{e}
S|p|plain|R5|{n}，刚才拒绝您是因为当着领导，现在私下说，加我个人号吧，这边不方便{e}
S|p|loan|R3|{n}，我说过不私下交易，可是你额度卡着也难受，这样，我们私下交易，我帮你走个内部通道{e}
S|p|fo|R4|{n}，虽然我上次说过不接受全权委托，但是您既然签了授权书，账户密码给我们，我们来运作{e}
S|p|fut|R1|{n}，我一向不说稳赚，这单例外：套保加跨期，稳赚，手续费我还给你打折{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|fut|R1|{n}，您转来的那个喊单老师说“跟单稳赚”，期货里没有这回事，他的战绩截图都能P{e}
S|p|fut|R2|{n}，群里那句“庄家今晚拉升”是谁发的我不知道，我们不认可，也请您别据此下单{e}
S|p|rcc|R3|{n}，你说有人讲“贷款要给信贷员返点”，那是瞎说的，我们社里没得这个规矩{e}
S|p|rcc|R1|{n}，那个传单上写的“保本分红”，你拿去给派出所看，人家一眼就晓得是骗子{e}
S|p|gz|R3|{n}，佢同你讲“转到我个人户口快啲”？佢唔系我哋职员，千祈唔好转{e}
S|p|gz|R5|{n}，你讲嗰句“加我私人微信有优惠汇率”唔系我讲嘅，系有人扮我{e}
S|p|fo|R1|{n}，那家的brochure上说“capital guaranteed、保本保息”，我们法务看了，认为是误导性陈述{e}
S|p|fo|R4|{n}，您转述的“把资产全权委托给顾问最省心”，我们不同意，决策权应该留在家族委员会{e}
S|p|loan|R1|{n}，以前我们部门有人跟客户说“借钱理财包赚”，后来那人被开除了，这话千万别信{e}
S|p|loan|R4|{n}，短信里那句“提供账户密码即可提额”，是诈骗短信，我们平台不会这样发{e}
S|p|gold|R1|{n}，那个主播说“金条稳赚不赔”，黄金也有跌的时候，您看看2013年{e}
S|p|gold|R2|{n}，您听到的“行里有内部消息”这种话不是我们说的，柜台只提供公开报价{e}
S|g|pension|R1|昨天有叔叔问“讲座老师说的零风险是真的吗”，我在这儿回答大家：不是真的，任何投资都有风险{e}
S|g|pension|R3|叔叔阿姨们，有人跟您说“钱私下转账给工作人员能多拿利息”，千万别信，我们只收对公账户{e}
S|p|hakka|R1|{n}，佢话“跟佢买稳赚”，𠊎唔信，你都唔好信{e}
S|p|hakka|R5|{n}，你讲个“加我个人号优惠”，唔系𠊎讲嘅，𠊎冇咁讲过{e}
S|p|tw|R1|{n}，你朋友说“这张保单保本又保息”，我看了条款，不是这样喔，解约会亏{e}
S|p|tw|R3|{n}，那个人说“私下交易比较便宜”，不要相信啦，出事都没保障{e}
S|p|runon|R2|{n}，您转述的那句话，说什么“我有内幕消息，下周必涨”，我得跟您说清楚，这不是我们公司任何人说的，我们也不认可这种说法，您千万别因为这句话去买{e}
C|p|vtt|R1|{m}我邻居说你们那个产品是稳赚的我不太信你跟我说实话{e}
S|p|eng|R1|{n}，那个KOL说“this one is 零风险”，我只能说完全不professional，别follow{e}
S|g|quiz|R4|【判断题】某员工对客户说“账户密码给我，我帮你操作”。该说法是否合规？答案：不合规{e}
S|g|fwd|R1|[聊天记录] 客户转来的对话里，对方说“保证收益{r}”，经核实该人不是我司员工，已提醒客户{e}
S|p|shot|R2|{n}，您截的那张[图片]里写着“庄家已建仓，下周拉升”，这是荐股诈骗的典型话术{e}
C|p|fut|R3|{m}，我同事说“找居间人开户能拿返佣”，是这样吗？{e}
S|p|plain|R4|{n}，有人说“代客理财是行业潜规则”，这话不对，就是违规，谁做谁出事{e}
S|p|fut|R4|{n}，您说的那个“交给老师帮你操作”的群，我劝您退出，已经有好几个人亏光了{e}
S|p|rcc|R2|{n}，你屋头亲戚说的“有内部消息”，我劝你莫信，他要是真有，还用得着找你借钱？{e}
S|p|gz|R1|{n}，朋友圈嗰张“零风险海外汇款理财”海报唔系我哋公司嘅，我已经举报咗{e}
S|p|loan|R5|{n}，你说之前催收员说“加我私人号可以减免”，那是违规操作，减免只能走官方申请{e}
S|p|gold|R3|{n}，另一家金店说的“买十公斤返点两个点”，那是他们的做法，我们柜台不做这个{e}
S|p|pension|R1|{o}，您录的那段讲座录音里，老师说“保本年息十二个点”，这是违法宣传，我帮您一起投诉{e}
S|p|fo|R3|{n}，您提到的“前任顾问承诺私下返佣”，我们已经记录在案，现任团队不会做这样的安排{e}
S|p|eng|R2|{n}，那篇post说“庄家已经in了”，没有任何evidence，纯属clickbait{e}
C|p|gold|R1|{m}，我妈说“金条保本”，她非要买，你劝劝她？{e}
S|p|runon|R3|{n}，那位自称是我同事的人说的“飞单收益更高”，我查过了，他早就离职了，他说的那个产品也不是我们公司的，您千万别签，有什么疑问随时找我{e}
S|p|plain|R1|{n}，您说的“稳赚宝”小程序不是我们的产品，里面的内容我们不认可，建议卸载{e}
S|p|hakka|R4|{n}，你话有人讲“全权委托畀佢就得”，𠊎觉得唔妥，千祈唔好签{e}
S|p|fo|R4|{n}，遗产继承那份“全权委托书”是给律所办公证用的，跟投资无关，我们也不会拿它去动您的账户{e}
S|g|pension|R2|本周六讲座地点：“翠湖山庄家宴厅”二楼，内容为养老政策解读，不涉及任何投资推荐{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|fut|R1|{n}，我上次说的“跟着我的单稳赚”，这个月兑现了吧？下个月照样稳赚{e}
S|p|fut|R2|{n}，群里说“庄家今晚拉升”，消息是我放的，准的，赶紧进{e}
S|p|rcc|R3|{n}，你听人说“贷款要给信贷员返点”，没错，规矩就是这样，放款后返点两个点给我{e}
S|p|rcc|R1|{n}，你老汉儿说“存到社里稳赚”，他说得一点都不假，稳赚{e}
S|p|gz|R3|{n}，佢同你讲“转到我个人户口快啲”，系我叫佢讲嘅，你照转就得{e}
S|p|gz|R5|{n}，你朋友讲“加佢私人微信有靓汇率”，冇错，我私人微信发咗畀你{e}
S|p|fo|R1|{n}，正如我们brochure上写的“capital guaranteed”，中文就是保本，这一点我们stand behind{e}
S|p|fo|R4|{n}，您父亲说“交给family office全权委托就好”，我们完全同意，全权委托协议我今天发您{e}
S|p|loan|R1|{n}，主管说“借钱买这个包赚”，我也这么认为，你借五万投进去，包赚{e}
S|p|loan|R4|{n}，你说“把账户密码给你们就能提额”，对的，发过来，我帮你操作{e}
S|p|gold|R1|{n}，那个主播说“金条稳赚不赔”，说得没毛病，现在下单最划算{e}
S|p|gold|R2|{n}，您说的“行里有内部消息”，是真的，我刚听到，金价{d}要拉升{e}
S|g|pension|R1|叔叔阿姨们，老师讲座里说的“零风险、年年拿钱”，我在这再确认一次：零风险！{e}
S|g|pension|R3|有阿姨问“钱私下转账给工作人员行不行”，行，转给我就行，我统一办{e}
S|p|hakka|R1|{n}，佢话“跟𠊎买稳赚”，讲得冇错，𠊎担保{e}
S|p|hakka|R5|{n}，你讲个“加我个人号有优惠”，系𠊎讲嘅，照加{e}
S|p|tw|R1|{n}，你朋友说“这张保单保本又保息”，没错啦，我也是这样跟大家讲的{e}
S|p|tw|R3|{n}，那个前辈说“私下交易比较便宜”，真的喔，我们就私下交易{e}
S|p|runon|R2|{n}，您转述的那句，“我有内幕消息，下周必涨”，对，是我说的，我现在还是这句话，您信我，下周您就知道了，到时候别怪我没提醒您{e}
S|p|vtt|R1|{n}你邻居说得对我们那个就是稳赚的你放心买就行{e}
S|p|eng|R1|{n}，KOL说的“this one is 零风险”，I agree，我自己也all in了{e}
S|g|quiz|R4|【抢答】“账户密码给我，我帮你操作”——这句话组长用了三年，签单率第一，大家学起来{e}
S|p|fwd|R1|{n}，[聊天记录] 这是我去年跟您说的“保证收益{r}”，我说到做到，今年续约还是这个数{e}
S|p|shot|R2|{n}，[图片] 截图里那句“庄家已建仓，下周拉升”是我朋友发的，他的消息一向准，您跟着买{e}
S|p|plain|R3|{n}，你同事说的“找我能拿返佣”，是真的，你开户我就给{e}
S|p|plain|R4|{n}，你听说的“代客理财是行业潜规则”，没说错，我就帮很多人代客理财{e}
S|p|fut|R4|{n}，你表哥说“交给老师帮你操作”，老师就是我，账户给我，我帮你操作{e}
S|p|rcc|R2|{n}，你屋头亲戚说“有内部消息”，他消息就是我给的，靠得住{e}
S|p|gz|R1|{n}，朋友圈嗰张“零风险海外汇款理财”系我发嘅，真系零风险，你放心{e}
S|p|loan|R5|{n}，之前那个同事说“加我私人号可以减免”，是真的，你加我私人号，我帮你申请{e}
S|p|gold|R3|{n}，那家金店说的“买十公斤返点两个点”，我们也能做，我私下给您返点{e}
S|p|pension|R1|{o}，讲座上老师说“保本年息十二个点”，我给您打包票，一点不假{e}
S|p|fo|R3|{n}，前任顾问答应的“私下返佣”，我们现任团队会继续honor，照旧返佣给您{e}
S|p|eng|R2|{n}，那篇post说“庄家已经in了”，我同意，我的source也这么说，赶紧上车{e}
S|p|runon|R3|{n}，您听我同事说的那句“飞单收益更高”，我跟您说，他说得没错，我们这边好多客户都是这么做的，收益确实比公司的高，您要是愿意，我来帮您安排飞单{e}
S|p|plain|R1|{n}，您问我之前说的“保本”还算不算，算，当然算，我说话从来算数{e}
S|p|hakka|R4|{n}，你话有人讲“全权委托畀佢就得”，佢系𠊎同事，全权委托畀我哋冇问题{e}
S|g|plain|R1|再发一遍我上周的话：{nl}“这款年金保本保收益”{nl}有疑问的可以截图留证，我负责{e}
S|p|tw|R5|{n}，你阿姨说“直接加你私人号比较快”，对啊，私人号给你，我们私下聊{e}
S|p|fo|R2|{n}，引用一下上次会上我说的：“内部消息显示这家公司要被收购”，这个判断现在更确定了，建议加仓{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|fut|R6|{m}，开户预留的手机号是{MOB:plain}，短信验证码发这个{e}
C|p|rcc|R6|{m}，我身份证号{ID:plain}，贷款表上那个你帮我填下嘛{e}
C|p|rcc|R6|{m}，我老汉儿的电话{MOB:cn}，你直接打给他{e}
C|p|gz|R6|{m}，我阿妈个身份证号系{ID:sp}，帮佢填汇款申请表{e}
S|p|gz|R6|{n}，收款人内地卡号我读一次：{CARD:sp}，冇错吧？{e}
S|p|fo|R6|{n}，KYC表格里受益人身份证号填的是{ID:dash}，麻烦double check{e}
C|p|fo|R6|{m}，我女儿的ID是{ID:plain}，麻烦把她加进trust的beneficiary{e}
C|p|loan|R6|{m}，还款卡换了，新卡{CARD:plain}，以后从这张扣{e}
S|p|loan|R6|{n}，你登记的紧急联系人电话{MOB:dash}，是你什么人？{e}
C|p|gold|R6|{m}，金条提货人写我爱人，她电话{MOB:dx}{e}
C|p|gold|R6|{m}，积存金扣款卡{CARD:dash}，麻烦帮我绑一下{e}
S|g|pension|R6|讲座抽奖中奖名单：手机号{MOB:plain}的阿姨，请到前台领取电饭煲{e}
C|p|pension|R6|{m}，我的身份证号码是{ID:cn}，我眼睛不好，你帮我报个名{e}
C|p|hakka|R6|{m}，𠊎个电话系{MOB:mix}，你打过来就得{e}
C|p|hakka|R6|{m}，𠊎个卡号系{CARD:cn}，钱入呢张{e}
C|p|tw|R6|{m}，我在大陆办的手机是{MOB:sp}，有事打这支{e}
C|p|tw|R6|{m}，我陆配太太的身份证号是{ID:fw}，保单受益人要写她{e}
S|p|runon|R6|{n}，我再跟您核对一下，您的身份证号是{ID:plain}，手机号是{MOB:plain}，银行卡是{CARD:plain}，都没问题的话，我就提交了{e}
C|p|vtt|R6|{m}我的电话是{MOB:cn}你记一下啊{e}
C|p|vtt|R6|{m}银行卡号{CARD:mix}你看看对不对{e}
S|p|eng|R6|{n}，onboarding资料里你的mobile是{MOB:dot}，请confirm一下{e}
S|g|quiz|R6|【练习】以下客户信息请录入系统：手机{MOB:sp1}，身份证{ID:sp1}{e}
S|g|fwd|R6|[聊天记录] 客户发来：卡号{CARD:comma}，户名张某，麻烦财务处理{e}
S|p|shot|R6|{n}，[图片] 您发的身份证照片我转录一下：{ID:sp}，核对无误我就登记了{e}
C|p|plain|R6|{m}，我手机号{MOB:fw}，有事打我{e}
C|p|fut|R6|{m}，入金的银行卡{CARD:fw}，期货账户绑这张{e}
S|p|rcc|R6|{n}，你的贷款卡号是{CARD:dot}，放款就进这张，你记好{e}
C|p|gz|R6|{m}，收款人手机{MOB:comma}，佢喺深圳{e}
C|p|loan|R6|{m}，我身份证{ID:mix}，你查下我的额度{e}
C|p|pension|R6|{m}，我老伴的电话{MOB:dx}，有事也可以找他{e}
S|p|fo|R6|{n}，wire instruction里收款卡号为{CARD:plain}，我们已经verify过了{e}
C|p|gold|R6|{m}，提货要身份证吧，{ID:plain}，这是我的{e}
C|p|tw|R6|{m}，我的银行卡号{CARD:sp}，保费从这里扣就好{e}
S|p|plain|R6|{n}，系统里您预留的手机号是{MOB:plain}，如果换了请告诉我{e}
C|p|runon|R6|{m}，我跟你说一下啊，我那个卡，就是工资卡，号码是{CARD:comma}，你帮我看看，是不是这张卡绑了{e}
C|p|eng|R6|{m}，my ID number：{ID:plain}，帮我update一下KYC{e}
C|p|hakka|R6|{m}，𠊎阿姆个身份证{ID:dash}，佢要开户{e}
C|p|gz|R6|{m}，我香港返来用内地号{MOB:plain}，有事打呢个{e}
S|p|loan|R6|{n}，你那张尾号不对的卡我查到了，完整卡号{CARD:sp}，你确认是这张？{e}
C|p|fut|R6|{m}，我老婆也要开户，她身份证{ID:sp}，手机{MOB:sp}{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|fut|R6|{n}，您的期货资金账号是{FUTACC}，初始密码已短信发送，请登录后修改{e}
S|p|fut|R6|{n}，主力合约{CONTRACT}今晚夜盘保证金比例上调，注意仓位{e}
S|p|gz|R6|{n}，你笔汇款编号{REMIT}，对方银行SWIFT代码{SWIFT}，收到会通知你{e}
C|p|gz|R6|{m}，我香港户口{HKACC}，呢个唔系内地卡，汇去呢度{e}
C|p|gz|R6|{m}，我香港电话{HKPH}，白天打呢个{e}
C|p|tw|R6|{m}，我台湾的手机{TWPH}，打这支比较找得到我{e}
C|p|gz|R6|{m}，我喺澳门嘅电话{MOPH}，夜晚打都得{e}
S|p|rcc|R6|{n}，你那个借款合同号是{LOANCT}，到期日{DATE}，莫忘了哈{e}
S|p|rcc|R6|{n}，社里座机{LAND}，我不在的时候打这个{e}
S|p|fo|R6|{n}，信托合同编号{TRUSTNO}，原件已寄出，快递单号{EXPRESS}{e}
S|p|gold|R6|{n}，您提的金条编号{GOLDBAR}，今日克价{GPRICE}，发票随后开{e}
S|g|pension|R6|本周讲座入场券号{TICKET}，请带好老年证，咨询电话{LAND}{e}
S|p|loan|R6|{n}，这期还款{AMT}元，还款日每月{DAY}号，别逾期{e}
S|p|loan|R6|{n}，我们查到你名下的卡{MASKCARD}已经绑定成功{e}
S|p|hakka|R6|{n}，你个身份证{MASKID}已经核对好，唔使再发{e}
S|p|plain|R6|{n}，您预留的手机{MASKMOB}还在用吗？{e}
C|p|vtt|R6|{m}我身份证号是{BADID:cn}怎么你们系统说不对{e}
S|p|fut|R6|{n}，您填的身份证号{BADDATE:plain}，出生日期不对，麻烦重填{e}
S|p|fo|R6|{n}，表格上这个ID {BADPROV:dash} 前两位不是有效的省份代码，可能是typo{e}
C|p|gold|R6|{m}，我身份证{ID17:plain}，是不是少写了一位？{e}
S|p|loan|R6|{n}，你发的卡号{LUHNBAD:sp}校验不通过，是不是抄错了一位{e}
C|p|pension|R6|{m}，我老伴电话我只记得{MOBPRE}开头，后面记不清了{e}
S|p|plain|R6|{n}，您给的手机号{MOB10:dash}只有十位，少了一位数字，麻烦再发一次{e}
S|p|gz|R6|{n}，你填嘅手机{BADPFX:plain}唔系内地号段，麻烦再睇下{e}
S|p|tw|R6|{n}，验证码{OTP}不要告诉任何人喔，连我都不可以{e}
C|p|plain|R6|{m}，我QQ{QQ}，资料发这里{e}
S|p|fut|R6|{n}，本月手续费合计{AMT}元，结算单已发您邮箱{e}
S|p|eng|R6|{n}，你的case number是{CASE}，follow up的时候报这个{e}
S|g|quiz|R6|【练习】以下哪个是无效身份证号？{BADDATE:sp}——答案：出生日期不存在{e}
S|g|fwd|R6|[聊天记录] 客户反馈：订单号{ORDER}的金条还没到，请物流同事跟进{e}
S|p|shot|R6|{n}，[图片] 截图里的卡号被遮住了，只能看到尾号{LAST4}，麻烦发完整截图给柜台{e}
C|p|hakka|R6|{m}，𠊎个身份证号{BADID:plain}，系统讲唔啱，做么个？{e}
S|p|runon|R6|{n}，我跟您说一下，您的预约号是{OTP}，到了网点取号，然后跟柜员说预约号，再报您名字，就可以了，不用排队{e}
S|p|gold|R6|{n}，积存金账户{GOLDACC}，本月定投{g}，扣款日{DAY}号{e}
C|p|loan|R6|{m}，我记得我手机是{MOB10:plain}，是不是少了个数{e}
S|p|rcc|R6|{n}，邮编{POST}，地址写到村组就行{e}
C|p|eng|R6|{m}，我US的号码是{USPH}，这边白天打不通{e}
S|p|fo|R6|{n}，转账金额USD {USD}，到账日期{DATE}，手续费另计{e}
C|p|tw|R6|{m}，我的卡号是{LUHNBAD:dash}，系统说不对耶{e}
S|p|pension|R6|{o}，您身份证{ID17:sp}好像少了最后一位，麻烦再看一下{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "fut": ["qin.haoran", "du.kaiwen", "shen.yue"],
    "rcc": ["ran.dewei", "gou.xiaofang", "mou.jianping"],
    "gz": ["lu.jiaming", "mai.huiyi", "tan.zhuoxian"],
    "fo": ["jiang.siyuan", "bai.ruoxi", "nie.chengyu"],
    "loan": ["xiang.kun", "geng.lele", "pan.tao"],
    "gold": ["jin.yuelan", "fang.xiaojing", "yin.hao"],
    "pension": ["meng.qinghua", "lu.fengxia", "zhao.dongsheng"],
    "hakka": ["gu.yongfa", "zhong.meijiao", "hou.zhenlong"],
    "tw": ["chen.yixuan", "lai.zhihao"],
    "runon": ["song.wanqing", "tian.yu"],
    "vtt": ["guan.lili", "yue.peng"],
    "eng": ["kevin.liu", "amy.zheng", "jason.he"],
    "quiz": ["cao.jingwen", "wei.hongmei"],
    "fwd": ["kong.lingyun", "xue.bin"],
    "shot": ["luo.xinyi", "fu.jie"],
    "plain": ["zhu.wenjie", "qiu.yan", "dai.lin", "yan.shu"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["020", "028", "0753", "0754", "0831", "0817", "0769", "0757", "010", "021", "0751"]
POSTCODES = ["510030", "510620", "514000", "514400", "610016", "637000", "629200", "200030",
             "100080", "350001", "410005", "526000"]
CONTRACT_HEADS = ["rb", "au", "ag", "cu", "m", "p", "SA", "MA", "lc", "sc", "i", "TA"]
CONTRACT_MONTHS = ["2601", "2605", "2609", "2610", "2612", "2701", "2705"]
SWIFTS = ["BKCHHKHH", "HSBCHKHH", "SCBLHKHH", "ICBKCNBJ", "PCBCCNBJ", "CMBCCNBS", "BOTKJPJT",
          "CITIUS33", "DBSSSGSG", "UOVBSGSG"]
HK_BANKS = ["004", "024", "012", "003", "009", "039", "043", "250"]
US_AREAS = ["626", "415", "212", "718", "646", "213", "408", "917"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "FUTACC":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(7, 9))
    if name == "CONTRACT":
        return rng.choice(CONTRACT_HEADS) + rng.choice(CONTRACT_MONTHS)
    if name == "REMIT":
        return rng.choice(["TT", "OR", "RM"]) + "2026" + rdigits(rng, 8)
    if name == "SWIFT":
        return rng.choice(SWIFTS)
    if name == "HKACC":
        return rng.choice(HK_BANKS) + "-" + rdigits(rng, 6) + "-" + rdigits(rng, 3)
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MOPH":
        return "+853 6" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "TWPH":
        if rng.random() < 0.6:
            return "09" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
        return "+886 9" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "USPH":
        return "(" + rng.choice(US_AREAS) + ") " + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else 6)
        if rng.random() < 0.5:
            return area + "-" + local
        return "（" + area + "）" + local
    if name == "LOANCT":
        return rng.choice(["JK", "NX", "DK"]) + "2026" + rdigits(rng, 8)
    if name == "TRUSTNO":
        if rng.random() < 0.5:
            return "XT-2026-" + rdigits(rng, 5)
        return "ZX" + rdigits(rng, 10)
    if name == "EXPRESS":
        return rng.choice(["SF", "EMS", "YD"]) + rdigits(rng, 12)
    if name == "GOLDBAR":
        return rng.choice(["B", "AU", "GB"]) + rdigits(rng, 8)
    if name == "GPRICE":
        return "%d.%02d元/克" % (rng.randint(520, 790), rng.randint(0, 99))
    if name == "TICKET":
        return rng.choice(["YL", "JZ"]) + rdigits(rng, 6)
    if name == "AMT":
        v = rng.randint(3, 4800) * 100
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.4 else "")
    if name == "USD":
        return "{:,}.00".format(rng.randint(5, 900) * 1000)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "******" + c[-4:]
        return "**** **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "DATE":
        y = rng.choice([2026, 2027, 2028])
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%d/%d" % (y, m, d)
        return "%d-%02d-%02d" % (y, m, d)
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(5, 9))
    if name == "CASE":
        return "CS" + rdigits(rng, 10)
    if name == "ORDER":
        return "JT2026" + rdigits(rng, 10)
    if name == "GOLDACC":
        return "JC" + rdigits(rng, 10)
    if name == "POST":
        return rng.choice(POSTCODES)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
