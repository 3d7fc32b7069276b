#!/usr/bin/env python3
"""Blind held-out evaluation set 28 ("heldout28") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly three files of the repository:
``scripts/evasion_blind_common.py`` (the shared machinery, read in full),
``scripts/evasion_heldout22.py`` (only as a model of the format: how a set script uses the
module, its docstring layout, constants, pools, staff table and number-generator spec; none of
its templates was copied or adapted, and the voices and settings are the ones named in this
set's brief) and ``scripts/eval_categories.sh`` (to wire the set in).  Nothing else was
opened: not the scanner, its rule files, its tests, its docs, its archive, its commit
history, any other evaluation set or the training-corpus generator; and nothing was searched
(no web or code search).  Every template below was written from general
knowledge of how Chinese-speaking financial sales staff and their customers talk on WeCom
(企业微信).  The set exists to measure how well the scanner generalises: do not tune the
scanner to it, do not add it to any training data, and run it once.

Voices
------
Ningbo and Shaoxing Wu speech (阿拉 as "I", 侬, 伐, 交关, 晓得伐, 弗来三); Qingdao / Jiaodong
speech (嘎啦, 杠赛, 草鸡, 俺); Tangshan and Hebei speech (介, 嘛, 倍儿); Nanchang speech
(么子, 冇得, 俺, 港); Zunyi (Guizhou) speech (哪样, 你家, 莫得, 板扎, 孃孃); Hainanese-flavoured
Mandarin (鲁, 哇, 有无); Shenzhen office staff mixing English (confirm, deal, KPI, follow up,
OK的); elderly customers dictating by voice, with spoken punctuation and homophone slips
outside the keywords; young customers and staff in internet slang (yyds, 绝绝子, 破防, 整活,
栓Q); livestream-host broadcasts to a customer group; bank-letter formal register; WeCom quoted
replies (「名字：原话」, a dashed line, then the reply), the quoted line being the customer's,
a third party's or the speaker's own; Cantonese from the Guangzhou suburbs (番禺, 花都, 增城,
从化), the voice converted to traditional characters first; plain Mandarin staff and
customers.
Settings: gold bars and gold ETFs, tax-advantaged personal pension, critical-illness claims
at a hospital, eldercare and funeral planning, education funds, house down payments,
"digital RMB" and crypto scams, lottery and red packets, P2P loss-recovery scams, farmland
cooperatives, fishing-boat insurance, tea-shop business loans, a dragon-boat festival gift, a
square-dance team, a chess club.

Hard cases
----------
Spread over every keyword category: the deciding clause far from the keyword; negation
scope across commas; double negation ("没有哪条规定不禁止", "不是不能"); rhetorical questions
that assert or urge versus real questions, questions answered "no" and rhetorical questions
that deny; irony (a self-deprecating joke, "那我这十年白干了"); paraphrase after declining the
keyword; conditional offers; reported questions followed by the speaker's own answer either
way; corrections and retractions in both directions; concessions; lists, exam questions and
headings with the violation in one item; keywords inside a book, course, article or WeCom
display name, or across a word boundary (红包赚, 担保本身, 转到我个人养老金账户); quoting
oneself and standing by it versus quoting others, contracts and codes of conduct; quoting a
superior and adopting the words; training material with wrong examples marked wrong; an
honest sentence plus a violation of the same rule in one message; customers asking for
violations; refusing then offering a workaround (a relative's account, a note instead of the
contract, another channel) versus a legitimate alternative; scam warnings ending in "only
trust me"; a report of someone spreading inside information that turns into confirming
it.  Keywords are split by one of the separators ``· -_*.~`` in a minority (more than 0 and
under 15 %) of each keyword category's hits; 25 % of every category is in traditional
characters through the common one-to-one table (fold-back round trip checked exactly).
Numbers: valid mobiles, resident IDs and bank cards read out in Chinese numerals (幺, 两),
大写, mixed Chinese/Arabic, full-width digits, and split by spaces, dashes, dots and commas,
inside quoted replies and bank letters, versus look-alikes: bad ID check characters,
impossible birth dates, bad province codes, 17-digit IDs, Luhn failures, masked mobiles,
wallets and card heads with last four digits, first seven digits of a mobile, 10-digit and
bad-prefix mobiles, gold-bar serials, gold ETF codes, fishing-boat registrations and MMSI
codes, CNAPS bank codes, unified social credit codes of cooperatives, court case numbers,
hospital admission and claim numbers, lottery draws, crypto wallet addresses, landlines,
bank hotlines and the anti-fraud line, amounts, dates, one-time codes and invoice numbers.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout28.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h28_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, rdigits, run, shared_near_slot)

SEED = 28_2026_1206
SET_NAME = "heldout28"
MSGID_PREFIX = "h28"
T0 = 1777000000000
SEQ0 = 1120000
SPLIT_PER_CATEGORY = 12         # of 150 hits, 8 %
TRAD_PREF_REGIONS = ("gz",)     # Guangzhou-suburb Cantonese is converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
              "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
              "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
              "185", "186", "187", "188", "189", "191", "193", "195", "196", "197", "198",
              "199"]
AREAS = ["330203", "330205", "330206", "330212", "330602", "330603", "330604", "370202",
         "370203", "370211", "370212", "370213", "370682", "130202", "130203", "130204",
         "130102", "360102", "360103", "360111", "520302", "520303", "460107", "460108",
         "460202", "440303", "440305", "440306", "440113", "440114", "440115", "440117",
         "440118"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "622262", "621226", "623058", "622908",
               "621661", "622689"]
CARD_BINS19 = ["6228480", "6217001", "6222021", "6216610", "6230580", "6215990"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    # customers as plain-Mandarin staff address them
    "n": ["王阿姨", "李叔", "陈姐", "赵大哥", "孙老师", "周阿姨", "吴老板", "郑姐", "钱叔",
          "何大姐", "许老师", "冯哥", "蒋阿姨", "沈老板", "韩姐", "曹叔", "邓哥", "彭阿姨",
          "叶老师", "袁姐"],
    # staff as customers address them
    "m": ["小郑", "小俞", "方经理", "邵经理", "小鲍", "胡经理", "小柴", "谢主管", "小葛",
          "邱经理", "小翁", "卢经理"],
    # Ningbo / Shaoxing, Qingdao, Guangzhou-suburb and livestream forms of address
    "nb": ["阿姐", "阿哥", "阿伯", "阿婶", "阿娘", "老板娘", "徐阿姐", "俞阿伯", "林师傅",
           "阿姆"],
    "qd": ["大姨", "大爷", "哥们儿", "大姐", "小嫚儿", "老板", "姨", "叔", "王哥", "船长"],
    "gzn": ["陈生", "何太", "李姐", "阿叔", "梁伯", "黎姐", "靓仔", "老细", "钟姨", "阿婆"],
    "zbn": ["家人们", "宝子们", "老铁们", "哥哥姐姐们", "宝宝们", "叔叔阿姨们"],
    # bank-letter salutations and closings
    "hon": ["尊敬的客户", "尊敬的贵宾客户", "尊敬的王先生", "尊敬的李女士", "尊敬的陈先生",
            "尊敬的周女士", "尊敬的黄先生", "尊敬的林女士"],
    "sig": ["", "顺颂商祺。", "此致敬礼。", "谨致问候。", "敬请垂注。", "恭祝安康。"],
    # WeCom display names in quoted replies: customers, Cantonese customers, staff
    "qn": ["王建国", "海阔天空", "平安是福", "李秀英", "老张", "荷塘月色", "陈伟", "心想事成",
           "刘桂兰", "淡定人生", "阳光总在风雨后", "赵师傅", "梅子", "周建华", "知足常乐"],
    "qg": ["陈生", "Ivy何", "阿强", "梁伯", "Candy", "黎姐", "细佬", "荔枝婆"],
    "sq": ["郑晓燕", "俞佳", "方磊", "邵婷", "鲍志刚", "胡敏", "柴静怡", "谢文斌", "葛亮",
           "翁晓峰"],
    "nk": ["稳赚老李", "稳赚哥", "天天稳赚", "稳赚大叔", "稳赚的阿强"],
    # the dashed line WeCom puts between a quoted message and the reply
    "hr": ["\n- - - - - - - - - - - - - - -\n", "\n- - - - - - - - - - - - - - -\n",
           "\n- - - - - - - - - - - - - -\n"],
    # endings of dictated messages from elderly customers
    "ot": ["", "句号", "谢谢你啊", "你有空回我一下", "就这样", "好吧好吧"],
    "e": ["", "", "[微笑]", "[抱拳]", "[强]", "[玫瑰]", "😊", "🙏", "👍", "[握手]", "🌞", "！"],
    "d": ["明天上午", "礼拜五下午", "月底之前", "下礼拜一", "今晚", "后天一早", "这周之内",
          "周三下午", "端午节前", "下个月初"],
    "a": ["3万", "5万", "8万", "12万", "20万", "30万", "50万", "60万", "80万", "100万"],
    "r": ["2.6%", "3.2%", "3.6%", "4%", "4.5%", "5.2%", "6%", "7%", "8%", "10%"],
    "g": ["10克", "20克", "50克", "100克", "200克", "500克"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; gz prefers traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|nb|R1|{nb}，阿拉做黄金做了十几年，金条回购价摆在格里，保本还用得着问伐？侬放一百个心{e}
S|p|nb|R3|{nb}，走公司账户要等三日，转到我个人卡上当日就好，侬讲是弗是省事体交关？{e}
S|p|nb|R5|{nb}，公司格号码领导天天看，加我个人号讲起来方便点，侬讲对伐？{e}
S|p|qd|R1|{qd}，俺给你推的东西哪回不是杠赛？这回金条定投也一样，稳赚，你还寻思啥？{e}
S|p|qd|R2|{qd}，俺这儿有内部消息，下礼拜金矿股要拉升，你说俺能坑你吗？{e}
S|p|qd|R4|{qd}，你天天出海打鱼哪有空盯着？把账户密码给俺，俺帮你操作，这不草鸡省心？{e}
S|p|qd|R5|{qd}，这个工作号俺一天到晚被查，你加俺私人微信，有啥不能说的？{e}
S|p|ts|R1|{n}，介款教育金您说能亏吗？亏不了！零风险，孩子上大学那天钱一分不少{e}
S|p|ts|R2|{n}，您说我为嘛大半夜给您发消息？庄家那边透了信儿，{d}就动手，倍儿准{e}
S|p|ts|R4|{n}，您这岁数了还费那劲干嘛？全权委托给我，我替您盯着，您就等着数钱，不好吗？{e}
S|p|nc|R1|{n}，你怕么子咯？俺们这个首付理财保收益的，冇得哪个客户亏过钱嘞{e}
S|p|nc|R3|{n}，你要是今天签，俺给你申请返佣，这么划算的事你还不签？{e}
S|p|nc|R4|{n}，你又不会用手机银行，俺帮你操作不就完了？密码告诉俺就行{e}
S|p|zy|R1|{n}，你家还在犹豫哪样嘛？这个年金稳赚不赔，隔壁王孃孃都买了三份了{e}
S|p|zy|R3|{n}，茶馆贷款那个利息你嫌高嘛？走我这边私下交易，利息低一半，哪个不想省钱嘛？{e}
S|p|zy|R1|{n}，基金有涨有跌这话不假，但是我们这个教育金不一样嘛，保本的，你还怕哪样？{e}
S|p|zy|R4|{n}，你家那么忙，代客理财这种事交给我嘛，有哪样不放心的嘛？{e}
S|p|hai|R1|{n}，鲁有见过金价一直跌的吗？无啊！这个黄金ETF鲁现在上车就是包赚，听哇的{e}
S|p|hai|R3|{n}，公司手续费那么高，鲁私下转账给哇，不是省下一大笔吗？{e}
S|p|hai|R5|{n}，这个号领导会看的，鲁加我私人微信，不是更方便吗？{e}
S|p|sz|R1|{n}，这个deal我跟你confirm过了，保本的，你还有什么好hesitate的？今天就把单下了{e}
S|p|sz|R2|{n}，这个内幕消息我follow up了两周，难道我会拿自己的KPI开玩笑？这周一定有动作{e}
S|p|sz|R3|{n}，说实话这单我给你返佣{r}，market上谁还给得出这个deal？你自己算算{e}
S|p|sz|R1+R3|{n}，这个金条计划保本，我再私下给你返点{r}，哪里还有这么好的deal？{e}
S|g|yz|R1|家人们谁懂啊，这个黄金积存稳赚，不冲难道等着破防？冲就完了{e}
S|p|yz|R5|{n}，工作号发啥都被审，栓Q了，私人号聊才能说真话，你不加吗？{e}
S|g|zb|R1|{zbn}，保本的养老产品哪里找？就在咱们直播间！今天不下单，明年后悔的是谁？扣1上车{e}
S|g|zb|R2|{zbn}，为什么主播敢让你们今天上车？因为有内部消息啊！{d}这只黄金股就要起飞{e}
S|p|letter|R1|{hon}：本行该款教育储蓄计划保证收益{r}，值此良机，阁下岂有不参与之理？{sig}
S|p|letter|R5|{hon}：鉴于企业号消息繁多，恐有疏漏，烦请改用本人私人号联系，岂不两便？{sig}
S|p|gz|R1|{gzn}，呢只金ETF零风险㗎，你仲等咩啊？等佢再升你就后悔啦{e}
S|p|gz|R2|{gzn}，你估我点解咁有信心？庄家系我老友，佢话{d}就开始扫货{e}
S|p|gz|R4|{gzn}，你唔识睇盘咪交俾我啰，帮你操作又唔收你钱，仲有咩好谂？{e}
S|p|plain|R1|{n}，您问风险？银行卖的东西都有说明书，说明书写得吓人那是法律要求；您看看我们网点开了多少年，哪年让客户亏过？这个首付理财就是零风险，您说还用问吗？{e}
S|p|plain|R1|{n}，ETF本身不保本，这个谁都知道；可我们这个金条积存计划不一样，到期保本，您还犹豫啥？{e}
S|p|plain|R1|{n}，您说这个养老理财不保本？那我这十年客户经理算是白干了，您看谁买了亏过？{e}
S|p|plain|R3|{n}，您在别的行买能拿到返点吗？拿不到吧。在我这儿，我个人给您补{r}，老客户才有的{e}
S|p|plain|R2|{n}，您还信公告？公告出来黄花菜都凉了，我这内部消息哪回不比公告早三天？{e}
S|p|plain|R1|「{qn}：这个金条积存会不会亏啊？」{hr}您见过金子变成铁的吗？放心，保本，到期一克不少{e}
S|p|qd|R4|「{qn}：俺出海信号不好咋整」{hr}那还用问？账户密码留给俺，俺帮你操作呗{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
S|p|nb|R1|{nb}，侬问金条回购价会弗会跌？会跌格，金价跌了回购价也跟牢跌，讲保本格都是骗子{e}
S|p|nb|R3|{nb}，侬问好转到我个人账户伐？弗来三格，钞票只好打到公司对公账户，侬晓得伐？{e}
S|p|nb|R5|{nb}，侬问阿拉有私人微信伐？有是有，工作上格事体只好来东企业微信讲{e}
S|p|qd|R1|{qd}，天底下哪有稳赚的买卖？打鱼还得看天呢，黄金ETF一样会跌，你量力而行{e}
C|p|qd|R2|{m}，俺大舅说有庄家在拉升那只黄金股，是真的吗？你帮俺看看靠不靠谱{e}
S|p|qd|R4|{qd}，你问俺能不能帮你操作？不能，得你自个儿在手机银行上点，俺在边上教你{e}
S|p|qd|R1|{qd}，你看过那本《世上没有稳赚的买卖》没？俺觉得写得杠赛，推荐你看看{e}
S|p|ts|R1|{n}，零风险？您见过哪个理财零风险吗？没有！我们这款也有风险，合同第三页写着呢{e}
S|p|ts|R2|{n}，庄家？哪来的庄家，您甭听那些小视频瞎白话，咱就按公开信息看{e}
S|p|ts|R4|{n}，账户密码能给别人吗？给谁都不行，包括我，您记住喽{e}
C|p|nc|R1|{m}，你们那个教育金到底保不保本咯？俺屋里伢读大学要用的，冇得闲钱亏{e}
S|p|nc|R3|{n}，你问有冇得返佣？冇得，正规渠道哪来的返佣，有人私下给你就是违规嘞{e}
C|p|zy|R1|{m}，你家老实讲嘛，这个养老金是不是稳赚的？我怕被骗{e}
S|p|zy|R2|{n}，哪个跟你说{d}会拉升嘛？我这边莫得任何消息，你莫听群里乱讲{e}
C|p|zy|R4|{m}，我家老头子问可不可以全权委托给你们打理？他眼睛不好{e}
S|p|hai|R1|{n}，鲁问这个有无保收益？无的，哇不敢骗鲁，收益要看市场{e}
C|p|hai|R3|{m}，鲁们这里买金条有无返点？别的银行送了小礼品{e}
S|p|hai|R5|{n}，鲁问加我个人号可以吗？不可以的，公司规定业务都在这个号，有记录对鲁也是保障{e}
S|p|sz|R1|{n}，你问是不是保本，我只能说no，这是净值型产品，风险要自己评估，OK的话我把说明书发你{e}
S|p|sz|R2|{n}，你问有没有内幕消息？我们这边从来没有这种东西，谁跟你说有，基本就是scam{e}
S|p|sz|R4|{n}，你想让我代客理财？sorry真的不行，我可以帮你set up定投计划，每一笔你自己confirm{e}
C|p|old|R1|{m}我是你李阿姨啊逗号我想问一下那个皇金是不是保本的问号我年纪大了亏不起{ot}
C|p|old|R4|{m}你好我是楼下跳广场舞的刘阿姨逗号我孙子说代客理财是骗人的是不是真的问号{ot}
C|g|yz|R1|姐妹们谁懂，客户经理死活不给保本，这年头理财连个稳赚的都没有了吗？破防了{e}
C|g|yz|R1|谁懂啊昨晚群里抢红包赚了八毛，这算不算理财收益？绝绝子{e}
S|g|yz|R5|家人们别再问我要私人号了，真没有，有事就在这个群里@我，当天就回{e}
S|g|zb|R1|{zbn}，有人在评论区问保本吗？主播明确告诉你们：不保本！想要保本的去存定期，别在直播间冲动下单{e}
S|p|letter|R1|{hon}：承蒙垂询本产品是否保证收益，谨此答复：本产品不保证收益，过往业绩不代表未来表现。{sig}
S|p|letter|R4|{hon}：来函询问可否由本行代客理财，经核实，本行不提供全权委托服务，敬请谅解。{sig}
S|p|gz|R1|{gzn}，你问我呢只系咪稳赚？冇嘢系稳赚嘅，金价有升有跌，你谂清楚先{e}
S|p|gz|R3|{gzn}，你问可唔可以私下交易？梗系唔得啦，出咗事边个负责？{e}
C|p|gz|R5|{m}，你有冇私人微信啊？我阿妈唔识用企业微信{e}
S|p|plain|R1|{n}，如果有人跟您说稳赚不赔，您会信吗？我反正不信，所以我也从来不这么说{e}
S|p|plain|R1|{n}，这几年我唯一稳赚不赔的就是体重，您说理财哪有不波动的？{e}
S|p|plain|R2|{n}，内部消息？我要是有内部消息还用在这儿上班？您别信群里那些{e}
S|p|plain|R3|{n}，您觉得正规银行的员工会让您私下转账吗？不会的，凡是这么说的您直接报警{e}
S|p|plain|R3|{n}，飞单是什么意思？就是员工卖公司以外的产品，我们这儿查到直接开除，您放心{e}
S|p|plain|R1+R2|{n}，有内部消息的产品您敢买吗？说保本的您敢信吗？我劝您两样都别碰{e}
S|g|plain|R1|【每日一题】客户经理说“这款金条保本”，对不对？答案：错。金价会波动，任何人都不能承诺保本{e}
S|p|ts|R1|「{qn}：介个教育金能保本不？」{hr}不能，您要保本就存定期或者买国债，介个是净值型的，会波动{e}
S|p|hai|R3|「{qn}：你们员工可以私下交易吗？」{hr}当然不可以，鲁遇到这种就举报，哇们公司查得很严{e}
S|p|plain|R3|{n}，我自己年终奖一到就转到我个人养老金账户，一年能抵不少税，您要不要也开一个？{e}
C|p|qd|R1|{m}，俺在码头卖了半辈子嘎啦，就没见过稳赚的买卖，你们这个金条真能稳赚？俺不信{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|nb|R3|各位阿姐阿哥，阿拉行里规定交关严，严禁私下交易，有人叫侬私下打钞票，侬直接打电话到网点{e}
S|p|nb|R4|{nb}，全权委托格事体阿拉弗做格，侬自家拿主意，阿拉只好讲讲建议{e}
S|p|nb|R2|{nb}，内部消息格种东西阿拉弗会讲，也弗许讲，侬听到了也勿要相信{e}
S|p|qd|R4|{qd}，账户密码千万别告诉任何人，俺也不行，你记着嗷{e}
S|p|qd|R1|{qd}，渔船险是保障不是投资，别指望稳赚，出了事能赔才是它的用处{e}
S|p|qd|R5|{qd}，有人拿俺的照片加你？那是假的，俺没私人号，就这一个工作号{e}
S|g|ts|R5|咱群里的叔叔阿姨注意，不要加任何自称是我的私人微信，我就这一个工作号{e}
S|p|ts|R3|{n}，没有哪条规定不禁止私下交易，您放心，全行都是一个标准{e}
S|p|ts|R3|{n}，茶馆贷款下来直接进您的对公账户，谁让您转到我个人名下的都别理，包括冒充我的{e}
S|p|ts|R4|{n}，代客理财在咱这儿是红线，碰了就得走人，您自己拿主意，我给您讲明白{e}
S|p|nc|R1|{n}，莫听外头那些人港稳赚不赔，俺们行里严禁讲这种话，产品都有风险{e}
S|p|nc|R5|{n}，俺们公司规定不许用私人微信联系客户，有么子事就在这里港{e}
S|p|nc|R1|{n}，教育金是存给伢的，俺不会跟你港包赚，你也莫信别个港的{e}
S|p|zy|R3|{n}，公司规定不准收返点，你莫给我塞红包嘛，心意我领了{e}
S|p|zy|R2|{n}，莫信那些说金价要被拉升的视频嘛，我们这里不准讲这种话，也讲不准{e}
S|p|zy|R3|{n}，龙舟赛赞助那个事嘛，公司不准给客户返佣，奖品是统一发的，莫误会{e}
S|p|hai|R4|{n}，哇们不可以帮你操作账户的，鲁要自己来网点或者在手机银行上弄{e}
S|p|hai|R1|{n}，个人养老金不保本的，鲁不要听外面人乱讲，能抵税是真的，收益无保证{e}
S|p|hai|R4|{n}，鲁眼睛不好哇晓得，但是账户密码还是要鲁自己输，哇在旁边念给鲁听{e}
S|p|sz|R3|{n}，我们公司对飞单是零容忍，所有产品在官方APP都能查到，你不用担心我卖你别的{e}
S|p|sz|R4|{n}，帮你操作这种事compliance明令禁止，我能做的是陪你在APP里一步步点{e}
S|p|sz|R2|{n}，我们不能share任何内部消息，公开信息我可以帮你整理一份{e}
S|p|letter|R1|{hon}：根据监管规定，本行理财产品不得宣传保本保收益，亦不得承诺最低收益，特此告知。{sig}
S|p|letter|R4|{hon}：本行员工不得索取客户账户密码，不得代客理财，如遇此类情形请致电本行客服。{sig}
S|p|gz|R3|{gzn}，千祈唔好转钱去任何私人账户，我哋公司唔会叫你私下转账嘅{e}
S|p|gz|R1|{gzn}，我哋唔可以同你讲保本，呢个系规矩，亦都系事实，佢真系唔保本{e}
C|p|gz|R4|{m}，我老公话如果有人讲“帮你操作”就系骗子，叫我唔好理，系咪真㗎？{e}
S|g|zb|R1|{zbn}，直播间规矩：主播不说零风险，不说包赚，谁在评论区这么刷我直接踢{e}
S|p|yz|R5|{n}，别加那种自称客户经理私人号的，十个有十个是骗子，栓Q{e}
C|p|yz|R3|{m}，我朋友说在你们这买基金能拿返佣，我说你们肯定不让，是吧？{e}
C|p|old|R4|{m}你放心我不会把账户密码告诉别人的句号我儿子说了谁要都不给逗号你也不给{ot}
C|p|old|R1|{m}我跟我们广场舞队的姐妹说了逗号银行不会说零风险的句号你们是不是也不让说{ot}
S|p|plain|R2|{n}，别信那些说有庄家带你赚钱的群，我们这儿禁止传播任何所谓的内部消息{e}
S|p|plain|R1|{n}，我不能跟您说这个产品保本，不是我不想说，是它确实不保本{e}
S|g|plain|R3+R4+R5|【防骗三不要】一不要私下转账；二不要告诉别人账户密码；三不要加陌生人的私人微信{e}
S|g|plain|R1|培训考题：以下哪句话客户经理不能说？A.稳赚不赔 B.历史业绩不代表未来 C.请阅读说明书。正确答案：A{e}
S|p|plain|R3|{n}，我们公司规定很清楚：不能飞单，不能私下收钱，这些我入职第一天就签过承诺书{e}
S|p|plain|R1|{n}，茶叶店贷款的担保本身不收费；另外提醒一句，谁跟您说“贷款再买理财稳赚”，都别信{e}
S|p|nc|R4|「{qn}：你能不能帮俺把养老金的钱挪一挪」{hr}这个俺不能，俺们严禁动客户账户，账户密码也莫发俺，你来网点俺陪你办{e}
S|p|gz|R1|「{qg}：你同我讲句稳赚啦」{hr}讲唔得，亦都唔系事实，金价会跌㗎{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|nb|R3|{nb}，规定是弗许私下交易，不过侬是老客户，阿拉私下交易一趟也弗要紧，勿要讲出去就好{e}
S|p|nb|R2|{nb}，内部消息弗好讲格，阿拉只讲一句：{d}看好，庄家要拉升了，侬自家忖忖{e}
S|p|nb|R1|{nb}，阿拉弗敢讲包赚，阿拉只讲格只金条计划从来没亏过，以后也弗会亏，侬自家想{e}
S|p|nb|R5|{nb}，公司号格消息要留底格，侬勿要在格里讲，到阿拉私人微信上讲{e}
S|p|qd|R4|{qd}，按说不让俺碰客户的账，可你出海一走半个月，账户密码给俺，俺替你盯着{e}
S|p|qd|R3|{qd}，别走公司账户了，手续费草鸡贵，直接转到我个人卡上，俺给你办得妥妥的{e}
S|p|qd|R2|{qd}，不是俺吹，俺表哥在庄家那边干，下礼拜那只黄金股铁定起来，你别跟别人说{e}
S|p|qd|R1|{qd}，渔船险是保障不是理财，这个俺得说清楚；另外那款金条积存是稳赚的，你多少整点{e}
S|p|ts|R1|{n}，不让说保本是上头的规矩，我跟您说实话，这个金条计划就是保本的{e}
S|p|ts|R4|{n}，不是不能全权委托，是不能跟别人说，您签个字，剩下的我来{e}
S|p|ts|R5|{n}，别在这儿聊了，这个号有存档，加我个人号，我把二维码发您{e}
S|p|nc|R3|{n}，公司不许俺们收返点，但俺可以把返点打到你屋里人账户上，冇得人查{e}
S|p|nc|R1|{n}，莫担心，莫犹豫，莫问别个，俺们这个首付理财稳赚{e}
S|p|nc|R4|{n}，你莫自己操心咯，全权委托给俺，俺保准给你打理得好韵{e}
S|p|zy|R5|{n}，公司不准用私人微信，但是你加我私人微信嘛，晚上我好回你{e}
S|p|zy|R4|{n}，你不要自己乱点嘛，账户密码发我，我帮你操作{e}
S|p|zy|R3|{n}，不收返点是公司的规矩，我个人给你返点嘛，从我提成里出{e}
S|p|hai|R1|{n}，哇们不能讲稳赚，规定是这样，但鲁心里要有数，这个就是稳赚的{e}
S|p|hai|R5|{n}，不要在这个号上说了，领导看得到，加我个人号再讲{e}
S|p|hai|R4|{n}，鲁不会弄不要紧，不要自己弄，哇帮你操作，密码鲁念给哇就行{e}
S|p|sz|R3|{n}，飞单是禁止的没错，but这个产品是我朋友公司的，不算飞单，我直接帮你下单{e}
S|p|sz|R2|{n}，don't tell anyone哈，我拿到一个内幕消息，这个gold ETF下周要被拉升{e}
S|p|sz|R1+R5|{n}，这个号上我不能说，加我私人微信，我跟你讲实话：保本，稳赚{e}
S|p|letter|R1|{hon}：依规定本行不得承诺收益，然鉴于阁下系尊贵客户，本人保证收益{r}，特此函告。{sig}
S|p|letter|R4|{hon}：本行虽明令禁止员工代客理财，惟阁下事务繁忙，本人愿受全权委托，代为打理。{sig}
S|p|gz|R4|{gzn}，公司唔俾我哋代客理财，不过你唔讲我唔讲，我帮你操作就得啦{e}
S|p|gz|R3|{gzn}，唔好同其他人讲，我私下俾返佣你，每单{r}{e}
S|p|gz|R1|{gzn}，我唔会话你知佢零风险，因为规定唔俾讲，但系你睇下过去十年，一次都冇蚀过，你明我意思啦{e}
S|p|yz|R1|{n}，官方说法是不能说零风险，但咱俩私下说，这个真的零风险，绝绝子{e}
S|p|yz|R5|{n}，这个号不能聊这个，破防了，你加我私人号，我发你个好东西{e}
S|g|zb|R1|{zbn}，平台不让主播说稳赚不赔，所以主播不说，主播打在公屏上：稳赚不赔！懂的扣1{e}
S|g|zb|R4|{zbn}，没时间的不要自己操作！把账户交给我们团队全权委托，主播带你们飞{e}
S|p|plain|R1|{n}，我不会骗您，这款养老产品保本，到期本金一分不少{e}
S|p|plain|R3|{n}，规定是不能私下转账，这个您知道；但这次特殊，您先转到我个人账户，我明天帮您存进去{e}
S|p|plain|R1|{n}，刚才同事说这个不保本，那是他不懂，我负责任地说，保本{e}
S|p|plain|R3|{n}，正常是不允许返佣的，不过只要您这次买满{a}，我私下返您{r}{e}
S|p|plain|R2|{n}，按规定我不应该告诉您，但您是老客户：内部消息，{d}那只黄金股要拉升{e}
S|g|plain|R1|【端午理财须知】一、个人养老金可以抵税；二、金价有波动，量力而行；三、本行黄金积存计划保本，放心参与{e}
S|p|zy|R3|「{qn}：你们不是不让私下转账吗」{hr}规定是规定嘛，你转我微信，我今晚就帮你把金条订了，比走流程快{e}
S|p|sz|R5|「{qn}：公司不是不让加私人微信吗？」{hr}理论上是，but你加一下没人知道的，我发你二维码{e}
S|p|qd|R1|{qd}，卖嘎啦还得看潮水，俺这个金条积存不用看，稳赚，规定不让说俺也得跟你说{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|nb|R1|【反诈提醒】最近有人冒充阿拉行里，讲啥“数字人民币理财稳赚”，侬勿要相信，数字人民币本身弗会生利息{e}
S|p|nb|R4|{nb}，侬阿爸讲有人打电话叫伊报账户密码，阿拉行里从来弗会问，侬叫伊马上挂掉{e}
S|p|nb|R1|{nb}，金条保值是有道理格，但讲保本就是骗人了，侬屋里老头子听到格种讲法，叫伊当心{e}
S|g|qd|R3|各位大姨大爷注意了，有骗子打电话说P2P的钱能追回来，让你私下转账交手续费，千万别转，直接报警{e}
S|p|qd|R1|{qd}，你家老爷子说的那个“合作社入股稳赚”，俺打听了，是非法集资，千万别投{e}
S|p|qd|R1|{qd}，你早上问俺这个金条是不是稳赚，俺回头又查了一遍，答案还是不是，金价会跌，你自个儿掂量{e}
S|p|qd|R4|{qd}，骗子会说“俺帮你操作退款”，其实是哄你转钱，记住了嗷{e}
S|p|ts|R2|{n}，您说的那个群我看了，说有庄家带着炒金，那就是杀猪盘，赶紧退群{e}
S|p|ts|R3|{n}，跟您说个事儿，有个前同事离职后还在找老客户飞单，他要是找您，您别理，我们已经报给公司了{e}
S|p|ts|R3|{n}，您昨天问能不能给您返点，我问了领导，领导说不行，我自己也觉得不该{e}
S|g|ts|R2|各位叔叔阿姨，收到“内部消息”“庄家带单”的短信一律删掉，有疑问打网点电话或者来柜台问{e}
S|p|nc|R4|{n}，你屋里老倌讲有人问他要账户密码？那是骗子，俺们从来不问密码，赶紧改密码{e}
S|p|nc|R2|{n}，你讲的那个“内部消息群”俺晓得，骗了好多老人家，你莫进去{e}
C|p|nc|R2|{m}，俺们象棋协会有个老倌天天在群里发庄家消息，俺看着不对劲，你帮俺看看{e}
S|p|zy|R1|{n}，你转给我看的那个截图嘛，啥子“包赚不亏”，一看就是骗子，莫信{e}
S|p|zy|R5|{n}，最近有人冒充我们客户经理，用私人号加客户，你家看到头像一样的莫加，认准企业微信认证{e}
S|p|zy|R4|{n}，你讲的那个“代客理财”公司嘛，我帮你查了，没有牌照，钱投进去就拿不回来{e}
S|p|hai|R5|{n}，有人用哇的名字加鲁私人微信？不是哇，哇只有这个号，鲁赶紧删了他{e}
S|p|hai|R1|{n}，那个彩票“包中奖”还说保本的，都是骗鲁钱的，哇劝鲁不要买{e}
S|p|hai|R3|{n}，有人打电话说是哇们银行，叫鲁私下转账到他账户？不是我们，鲁赶紧报警{e}
S|p|sz|R3|{n}，follow up一下你昨天说的事：那个自称我们同事、让你“转到我个人账户”的人，我已经报给compliance了，千万别转{e}
S|p|sz|R4|{n}，跟你sync一下：最近有诈骗说可以全权委托他们操作数字货币账户，我们行没有这种业务{e}
S|p|sz|R1|{n}，你forward给我的那个数字人民币项目，号称保收益{r}，是scam，别碰{e}
S|p|letter|R2|{hon}：近期有不法分子以“内部消息”“庄家带单”为名诱导投资，本行郑重提示，切勿轻信。{sig}
S|p|letter|R3|{hon}：经查，本行原员工某某曾以私下交易方式向客户销售非本行产品，本行已依法处理，如有疑问请来电垂询。{sig}
S|p|gz|R1|{gzn}，你阿爸话有人同佢讲买虚拟币稳赚不赔？呢啲全部系呃人嘅，叫佢唔好理{e}
S|p|gz|R3|{gzn}，有人话可以帮你拎返P2P嘅钱，先要你私下转账俾佢，咁就系呃人啦{e}
C|p|gz|R1|{m}，我哋广场舞队有个姐妹话佢买咗个稳赚嘅理财，我觉得唔对路，你帮我睇下{e}
S|g|zb|R1|{zbn}，主播今天不卖货，只说一件事：凡是说加密货币保本的，都是骗子！转给家里老人看{e}
C|p|old|R1|{m}今天有个人打电话给我说什么数字人民币零风险问我要不要买逗号我没理他句号你说我做得对不对问号{ot}
C|p|old|R3|{m}我跟你讲昨天有人冒充你叫我私下转账我没转逗号我直接去派出所了{ot}
C|p|yz|R3|{m}，刚刷到一个说P2P追损的，要先私下转账给他们律师，这不就是二次诈骗吗？笑死{e}
S|p|yz|R5|{n}，有人冒充我找你要私人微信？离谱，我根本不会这样，直接拉黑举报{e}
S|p|plain|R4|{n}，对方跟您妈妈说“我帮你操作一下就能追回”，这是典型骗局，我们已经帮她把卡冻结了{e}
S|p|plain|R1|{n}，您问的那个红包群我查过了，说抢红包赚大钱是假的，入会费才是真的，别去{e}
S|g|plain|R2|【情况说明】近期有人在群里冒充我行员工发布所谓内部消息，我行已报警，请大家不要相信{e}
S|p|plain|R1+R3|{n}，提醒您：有人在龙舟赛赞助群里推“稳赚”项目，还要求私下转账认购，请一律不要理会{e}
S|p|plain|R1|{n}，您孙子用的那个“零风险理财”APP我查了，早就上了黑名单，赶紧卸载{e}
S|p|plain|R2|「{qn}：群里有人说明天庄家拉升，让大家跟单」{hr}这是荐股骗局，我已经举报那个人了，您别跟，也别转钱{e}
S|p|zy|R4|「{qn}：有个人打电话说“我帮你操作退保”，要我报验证码」{hr}莫报！那是骗子，退保要你家本人来办，挂了电话打我们客服{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|nb|R1|{nb}，外头格骗子交关多，讲啥数字人民币理财，侬统统勿要信，只相信阿拉，阿拉格金条计划才是真格保本{e}
S|p|nb|R4|{nb}，侬屋里囡问阿拉好代客理财伐，阿拉讲老实话：好格，侬签只字，阿拉全权打理{e}
S|p|nb|R2|{nb}，网上格庄家群侬勿要进，骗人格；阿拉屋里亲眷就是庄家，伊讲{d}要拉升，侬跟牢阿拉就好{e}
S|p|nb|R3|{nb}，外头P2P追损格骗子侬勿睬伊，阿拉帮侬追，手续费侬私下转账到阿拉卡上就好{e}
S|p|qd|R3|{qd}，最近骗子多，公司账户都可能被冒用，你别往公司账户打了，直接转到我个人卡上最安全{e}
S|p|qd|R2|{qd}，有人跟俺举报说群里有人散布内部消息，俺查了，消息是真的，你赶紧跟{e}
S|p|qd|R1|{qd}，听说你被P2P坑了？草鸡气人！别慌，跟俺买这个合作社理财，保本还保收益，慢慢把窟窿补上{e}
S|p|qd|R5|{qd}，你说俺这个号被人冒充了？那以后别在这找俺，加俺私人微信，那个号就俺自己用{e}
S|p|ts|R2|{n}，外面那些荐股群都是骗子，您别信，要信就信我，我这有真内部消息，{d}那只要动{e}
S|p|ts|R1|{n}，您老伴儿昨天问我这个养老金到底保不保本，我当时没敢说，今天跟您交个底：保本{e}
S|p|ts|R5|{n}，公司号要被抽查了，您记一下，以后找我加我个人号{e}
S|p|ts|R4|{n}，那个代客理财的公司是骗子，您别找他们；您要省心，全权委托给我就行，我不收费{e}
S|p|nc|R1|{n}，外头那些讲P2P能追回的都是骗子，你莫信，跟俺买这个教育金，稳赚不赔，把亏的都赚回来{e}
S|p|nc|R3|{n}，俺跟你透个底，行里手续费太高了，你莫走行里，俺私下帮你买，钱转到我个人账户{e}
S|p|nc|R2|{n}，你屋里伢问俺是不是有内部消息，俺当时没回；跟你直港，有，{d}那只黄金股要涨{e}
S|p|zy|R4|{n}，最近诈骗好多嘛，你自己操作容易被骗，账户密码交给我，我帮你看着{e}
S|p|zy|R5|{n}，有个假冒我的号，你莫理他，以后有事加我私人微信，那个才是我本人{e}
S|p|zy|R3|{n}，有人问我们飞单是哪样，我跟你讲嘛，就是帮你买外面收益高的，我们这个就是这样，{r}，不走公司系统{e}
S|p|zy|R1|{n}，我晓得你被红包群骗过，莫怕，这回不一样嘛，我给你的是正规产品，保本，还稳赚{e}
S|p|hai|R5|{n}，冒充哇的人很多，鲁不要信别的号，加我个人号，只有那个是真的哇{e}
S|p|hai|R1|{n}，彩票那种都是骗鲁的，哇这个黄金积存零风险，鲁放心买{e}
S|p|hai|R4|{n}，最近骗子多，鲁的手机银行哇来管，账户密码鲁写给哇，哇帮你操作{e}
S|p|sz|R1|{n}，那个crypto项目是scam，我已经report了；你要稳一点的话，我这个gold plan保收益{r}，完全legit{e}
S|p|sz|R4|{n}，compliance在查代客理财，你放心，我们的事不受影响，我继续帮你操作，密码别改{e}
S|p|sz|R1|{n}，之前我warning你说这个不保本，sorry我搞错了，刚跟产品经理confirm过，是保本的{e}
S|p|sz|R2|{n}，你之前问的insider news，我这边confirm了，确实是内部消息，下周有deal要公布，抓紧{e}
S|p|gz|R3|{gzn}，外面啲人话帮你追P2P啲钱，全部系呃人；你信我，俾{a}我，我私下交易帮你搞掂{e}
S|p|gz|R2|{gzn}，有人话我哋呢度有内部消息，我同你讲，系真嘅，不过唔好同人讲{e}
S|p|gz|R1|{gzn}，你阿妈问我呢个金条计划会唔会蚀，我话佢知：保本，仲有{r}收益，叫佢放心{e}
S|p|yz|R3|{n}，反诈APP提醒你别私下转账是对的，但我不一样啊，我是你的客户经理，私下转账给我没事{e}
S|p|yz|R1|{n}，那些说yyds包赚的博主全是割韭菜的，破防了吧；听我的，这个黄金ETF定投才是真包赚{e}
S|g|zb|R1|{zbn}，小心那些说包赚的直播间！全是骗子！只有主播这里才是真的包赚，三二一上链接{e}
S|p|letter|R1|{hon}：近期冒用本行名义之诈骗频发，敬请提高警惕；唯本行本期黄金计划保本保收益，敬请放心认购。{sig}
S|p|letter|R3|{hon}：鉴于近期对公账户诈骗频发，为保障资金安全，烦请将认购款私下转账至本人账户，由本人代为缴付。{sig}
S|p|plain|R3|{n}，上周有客户问我能不能返点，我说不行；可您不一样，您是老客户，我给您返点{r}{e}
S|p|plain|R1|{n}，提醒您一句，外面说稳赚的都别信，我们这款首付计划不一样，稳赚，我拿工作担保{e}
S|p|plain|R3|{n}，举报的事您别担心，我没事；以后返佣我换个方式给您，打到您爱人卡上{e}
S|g|plain|R5|【防骗提醒】群里有人冒充我，大家别信；以后有事请加我个人号，备注姓名，我逐个通过{e}
S|p|ts|R3|「{qn}：我接到电话说P2P的钱能追回来，要交手续费」{hr}那是骗子，您别理；手续费的事您找我，私下转账给我，我托人给您办{e}
S|p|hai|R2|「{qn}：群里那个内部消息是不是骗人的」{hr}群里那个是假的，哇这里的才是真的内部消息，鲁跟着哇买{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|nb|R4|{nb}，侬叫阿拉帮你操作，阿拉弗来三格，侬来网点，阿拉坐侬边上一步一步教侬{e}
S|p|nb|R1|{nb}，侬要阿拉讲一句稳赚，阿拉讲弗出口，格是骗人格，侬要稳当点就买国债{e}
S|p|nb|R3|{nb}，返佣阿拉弗好给侬，端午节行里统一送粽子，侬来网点领就好{e}
S|p|qd|R3|{qd}，你说要私下转账给俺？不行不行，俺给你个对公账户，你照着转，回单发俺{e}
S|p|qd|R1|{qd}，你要俺跟你保证稳赚？这话俺说不出口，渔船险和金条都一样，俺只能把风险给你讲明白{e}
S|p|qd|R4|{qd}，你出海前要把账户全权委托给俺？这事俺办不了，你可以设个定投，到日子自动扣款{e}
S|p|ts|R1|{n}，您非让我写个保本的承诺，这个我真写不了，我能给您的是产品说明书和风险揭示书{e}
S|p|ts|R2|{n}，您让我打听点内部消息？我可不敢，也没有，咱就看公开的公告和研报{e}
S|p|ts|R3|{n}，私下转账不行，但您可以在手机银行里直接转公司对公账户，一样快，还有回单{e}
S|p|ts|R1|{n}，我不跟您说稳赚不赔，不是不给您面子，是这话说了害您{e}
S|p|nc|R5|{n}，你要俺私人微信？不好意思，俺不能给，有事就在这里找俺，下班了也会回{e}
S|p|nc|R1|{n}，俺不会给你港保本，骗你的话俺晚上困不着觉，教育金俺给你配个稳一点的组合{e}
S|p|nc|R3|{n}，你讲帮俺冲业绩，让俺飞单给你弄个外面高收益的？不行，俺只卖行里的{e}
S|p|zy|R3|{n}，你要给我返点嘛？心意领了，真不能收，你把这钱给娃儿买书嘛{e}
S|p|zy|R4|{n}，你家说让我代客理财，这个真不行嘛，我可以每个月给你家打个电话讲讲行情{e}
S|p|zy|R1|{n}，不能跟你保收益，但是可以跟你讲清楚历史数据，你家自己判断嘛{e}
S|p|zy|R5|{n}，私人微信我就不给你了嘛，这个号就是我，周末也在{e}
S|p|hai|R4|{n}，鲁要把账户密码给哇？不要不要，鲁自己收好，哇教鲁怎么用手机银行{e}
S|p|hai|R5|{n}，鲁要加我个人号？哇不可以加的，有事就这个号找哇，哇看到就回{e}
S|p|hai|R1|{n}，鲁问哇可不可以写“零风险”在纸上给鲁？不可以的，哇写不了，也不能写{e}
S|p|sz|R4|{n}，全权委托这个request我只能decline，不过我可以帮你做一个资产配置方案，你自己决定{e}
S|p|sz|R3|{n}，你说给我返佣感谢我？No no no，这个我不能收，给我个五星好评就OK的{e}
S|p|sz|R1|{n}，你要我在合同上加一条保本条款？legal那边不会approve的，我也不会去提{e}
S|p|letter|R4|{hon}：来函所请代客理财一事，碍于监管规定，本行无法受理；如需投资顾问服务，欢迎预约理财经理面谈。{sig}
S|p|letter|R5|{hon}：承蒙厚爱，索取本人私人微信一事，恕难从命；本企业微信账号即为本人工作专线，敬请见谅。{sig}
S|p|gz|R3|{gzn}，你话转到我个人户口？唔得㗎，一定要转去公司账户，我发收款资料俾你{e}
S|p|gz|R4|{gzn}，你叫我帮你操作？我唔可以掂你个户口，你自己喺手机撳，我喺电话度教你{e}
S|p|gz|R5|{gzn}，你想加我私人微信拜年？多谢你，不过工作上我只可以用呢个号，新年快乐{e}
C|p|gz|R4|{m}，你上次话唔可以帮你操作，我明白㗎，我叫个孙返嚟帮手{e}
S|p|yz|R5|{n}，想要我私人号？不行哦，这个号就是我本人，有事随时戳我{e}
S|p|yz|R2|{n}，你问我有没有内幕消息可以整活？没有，整活也不能整这个，栓Q{e}
C|p|yz|R3|{m}，你上次说的私下交易我想了想还是算了，按正规的来吧，不想破防{e}
S|g|zb|R1|{zbn}，有宝子在公屏问能不能保证收益，主播不能保证，谁保证谁违规，大家理性下单{e}
C|p|old|R4|{m}我儿子说账户密码不能给任何人逗号所以我就不发给你了哦你别生气{ot}
S|p|plain|R3|{n}，您想让我私下交易，便宜您一点，这个我不能做；您要优惠的话，行里下个月有正规的端午活动{e}
S|p|plain|R2|{n}，您要我打听庄家动向，我不打听，也打听不到；我能给您的是每周的市场解读{e}
S|p|plain|R4|{n}，账户密码请您别发我，刚才那条我已经删了，您赶紧改个新密码{e}
S|p|plain|R1|{n}，我不给您打包票，也不说保本，但我可以把过去五年的净值走势发给您看{e}
S|p|nb|R5|「{qn}：侬私人微信多少？」{hr}弗好意思，私人微信弗好给侬，侬有事体就在格里寻阿拉{e}
S|p|sz|R4|「{qn}：你直接帮我弄吧，我懒得点」{hr}Sorry，帮你操作是compliance红线，我可以开个屏幕共享教你，几分钟就搞定{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|nb|R4|{nb}，账户密码阿拉弗好收格，规定弗许；侬写在纸头上，阿拉上门来拿，帮你操作好再还给侬{e}
S|p|nb|R3|{nb}，阿拉弗好当侬面收钞票，侬回去私下转账到阿拉老婆格卡上好了{e}
S|p|nb|R4|{nb}，阿拉弗好代客理财，不过侬全权委托给阿拉阿弟，伊弗是行里格人，弗犯规格{e}
S|p|qd|R3|{qd}，公司账户俺不能给你改，不过你要急，先转到我个人卡上，俺帮你垫上{e}
S|p|qd|R2|{qd}，内部消息俺不能直接发，俺就跟你说个暗号：端午前那只，你懂的{e}
S|p|qd|R4|{qd}，柜台上俺不能替你下单，你回家把账户密码发俺，俺帮你操作{e}
S|p|qd|R3|{qd}，俺不能收你现金，你私下转账给俺媳妇就行，俺替你存{e}
S|p|ts|R1|{n}，书面保本我不能写，口头上我跟您保证：保本，出了事找我{e}
S|p|ts|R4|{n}，代客理财咱行不让干，您别在行里提；您把账户给我，我下班帮您弄{e}
S|p|ts|R3|{n}，飞单我是不干的；不过我表哥那有个项目，{r}收益，我给您介绍，钱直接打给他{e}
S|p|ts|R5|{n}，这个号上我不能给您报内部价，您加我个人号，那边我给您细说{e}
S|p|ts|R1|{n}，我原则上不承诺，但您要是买满{a}，我就给您保证收益{r}{e}
S|p|nc|R5|{n}，在这里俺不好港，你加俺私人微信，俺那边跟你细港{e}
S|p|nc|R1|{n}，合同上冇得保本两个字，俺不能加；不过俺私下跟你担保，保本，亏了俺赔{e}
S|p|nc|R2|{n}，俺不能港是内部消息，俺只港俺姐夫在那个公司，下礼拜有好事，你晓得咯{e}
S|p|nc|R3|{n}，俺不能私下交易，但俺老弟可以，你跟他私下交易，俺在中间担保{e}
S|p|zy|R3|{n}，返点公司不给，我不能以公司名义给你，我自己微信转你嘛，算我个人的返点{e}
S|p|zy|R5|{n}，企业微信上不好发截图嘛，你加我个人号，我把收益单发给你{e}
S|p|zy|R1|{n}，保收益的话我不能写在合同上，但是我可以写张条子给你，保收益{r}，签我的名字{e}
S|p|zy|R4|{n}，规定不准我帮你操作，那你把手机给我嘛，我帮你操作，就算你自己操作的{e}
S|p|hai|R4|{n}，哇不能收鲁的卡，但是鲁可以把手机银行的账户密码告诉哇，哇帮鲁弄{e}
S|p|hai|R3|{n}，公司不允许哇收钱，鲁不要转给公司了，私下交易更快，哇给鲁打收条{e}
S|p|hai|R5|{n}，这个号哇不能跟鲁讲利息的事，鲁加我私人微信，哇们慢慢讲{e}
S|p|sz|R3|{n}，返佣我不能走公司，but可以走我朋友的公司开个咨询费，你懂的{e}
S|p|sz|R4|{n}，officially我不能帮你操作，unofficially你把账户密码发我，我周末帮你调仓{e}
S|p|sz|R5|{n}，我这边不能在企业微信聊fee的事，加我私人微信，我们offline把deal谈了{e}
S|p|sz|R2|{n}，internal info我不能share到这个群，你私聊我，我把庄家的动向发你{e}
S|p|letter|R4|{hon}：本行无法受理全权委托，惟本人可以私人身份受托，代为操作，敬请知悉。{sig}
S|p|letter|R1|{hon}：囿于监管，本行不得承诺稳赚；然以本人从业经验担保，本计划绝无亏损之虞。{sig}
S|p|gz|R3|{gzn}，公司唔俾我收现金，你私下转账俾我就得，我帮你入单{e}
S|p|gz|R1|{gzn}，我唔可以写零风险落纸度，但我讲俾你听：零风险，放心{e}
S|p|gz|R4|{gzn}，我唔可以帮你操作你部手机，不过你俾个密码我，我喺公司电脑帮你搞{e}
S|p|yz|R5|{n}，这个号不能发链接，栓Q；你加我个人号，我发你内测名额{e}
S|p|yz|R1|{n}，“保本”这俩字我不能说，但我可以说：亏了算我的，懂的都懂，yyds{e}
S|g|zb|R1|{zbn}，主播不能说保本，主播只说一句：买了亏了主播全额补给你，这跟保本有区别吗？{e}
S|p|plain|R1|{n}，我不能说稳赚，这是规定；我换个说法：您买了不可能亏，到期最少拿{r}{e}
S|p|plain|R5|{n}，公司号加的好友太多，我这边满了；您加我私人号吧，一样的{e}
S|p|plain|R3|{n}，返点我不能给您转账，有记录；我给您买两条烟，算是返点，您别推辞{e}
S|p|nc|R1|「{qn}：你敢写保证书说保本吗」{hr}写是不能写的，不过俺跟你讲，亏了俺自己掏钱补你，你港保不保本？{e}
S|p|gz|R3|「{qg}：转去公司账户要几日？」{hr}公司账户我冇办法快啲，你转到我个人户口啦，今日就搞掂{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|nb|R1|「{qn}：个人养老金是弗是保本格？」{hr}弗一定保本，侬选格产品有存款、有基金，基金是会亏格，抵税倒是实打实格{e}
S|p|nb|R3|{nb}，侬拍来格短信：“钱款请转到我个人账户，以便加快处理”，格是骗子，阿拉行里从来弗发格种短信{e}
S|p|nb|R4|「{sq}：阿拉帮你操作好了」{hr}更正：是侬自家操作格，阿拉只在边上看，上头讲错了，侬勿误会{e}
S|p|qd|R2|「{qn}：俺战友说有内部消息」{hr}你战友那是听说的，俺这儿没有内部消息，也不能有，别跟{e}
S|p|qd|R1|{qd}，俺上午那句“稳赚”是打错了，俺想打的是“稳健”，你千万别当真{e}
S|p|qd|R4|{qd}，俺们培训手册上写着：“员工不得以‘我帮你操作’等话术索要客户密码。”俺一直记着{e}
S|p|ts|R3|「{qn}：有人让我私下转账交保证金，说能追回P2P的钱」{hr}别转！这是二次诈骗，我陪您去派出所{e}
S|p|ts|R5|{n}，您闺女转述我的话有误，我说的是“不能加我个人号”，不是“加我个人号”，您别误会{e}
S|p|ts|R3|{n}，老话讲“私下交易，两头不落好”，我干了十年客户经理，越干越觉得这话对{e}
S|p|ts|R1|{n}，报纸上那句“零风险高收益”是在讲骗局，您别光看标题{e}
S|p|nc|R1|「{sq}：这个教育金稳赚」{hr}更正一下，俺上面这句港错了，教育金也有风险，收益不保证，对不住{e}
S|p|nc|R4|{n}，俺师傅以前讲“账户密码比钱还金贵”，这句话俺一直记到现在，你也记牢{e}
S|p|nc|R1|{n}，你屋里伢转的那句“P2P本金零风险追回”是骗子广告，俺们不认这个{e}
S|p|zy|R2|{n}，你转发的那句“庄家{d}要拉升”嘛，是抖音上一个骗子说的，莫当真{e}
S|p|zy|R1|{n}，那本书叫《零风险投资是个伪命题》，我觉得写得板扎，推荐你家看看{e}
S|p|zy|R5|「{qn}：有个人说他是你，叫我加他私人微信」{hr}不是我，我从来莫得私人微信给客户，你家赶紧拉黑{e}
S|p|hai|R5|「{qn}：鲁的私人微信是多少」{hr}哇没有给客户私人微信的，就这个号，鲁放心{e}
S|p|hai|R2|{n}，鲁发哇的那篇公众号文章《庄家是怎样收割散户的》，写得很对，鲁看了就不会被骗{e}
S|p|hai|R3|{n}，哇们公司的规定原文：“严禁员工与客户私下转账”，鲁看看，哇不会骗鲁{e}
S|p|sz|R1|{n}，FYI，合同第7条原文：“本产品不保本，不保证收益，投资者可能损失全部本金。”你再confirm一下{e}
S|p|sz|R3|{n}，quote一下我们的code of conduct：“员工不得飞单，不得收取返佣。”这是我签过的，所以真的不行{e}
S|p|sz|R2|{n}，你share的那个Telegram群说有“内幕消息”，那是crypto scam的标准话术，block掉{e}
S|p|letter|R1|{hon}：阁下来函所引“保本保收益”之宣传语，非出自本行，本行从未作此承诺，特此澄清。{sig}
S|p|letter|R4|{hon}：依据监管规定，销售人员不得“代客理财”，亦不得接受客户“全权委托”，特此说明。{sig}
S|p|gz|R3|「{qg}：你可唔可以私下交易平啲俾我？」{hr}唔可以啊，价钱全部跟系统，我冇权改{e}
S|p|gz|R4|{gzn}，你阿仔话我讲过“帮你操作”，我冇讲过㗎，我讲嘅系“教你操作”，差一个字差好远{e}
C|p|gz|R1|{m}，我阿妈成日讲“冇嘢系稳赚嘅”，所以我先至问你啲风险，你唔好介意{e}
S|g|yz|R1|{n}转发的那句“黄金yyds稳赚不赔”是营销号瞎编的，真的别信，我们家从来不这么说{e}
S|p|yz|R4|{n}，某宝上那个网课《代客理财入门到精通》是割韭菜的，真别买，栓Q{e}
S|g|zb|R1|{zbn}，刚才有人刷屏“主播说保本”，主播原话是“这个不保本”，回放都在，别断章取义{e}
S|g|zb|R3|{zbn}，有人问主播“下单有没有返佣”，主播统一回复：没有！所有优惠都在直播间链接里{e}
C|p|old|R2|{m}你上次跟我说的话我记着呢逗号你说世上没有内幕消息句号我都跟我老头说了{ot}
S|p|plain|R3|「{sq}：返点的事我帮您问问」{hr}问过了，领导说不能返点，之前那句算我没说，抱歉{e}
S|p|plain|R4|{n}，您发来的截图里那句“全权委托我们打理，年化{r}”，是一家无牌机构的话术，跟我们行没关系{e}
S|p|plain|R2|「{qn}：听说有内部消息金价要拉升了」{hr}这种话您别信，金价谁也预测不了，我们只看公开信息{e}
S|g|plain|R1|【培训案例·错误示范】客户经理：“这款金条稳赚，闭眼买。”点评：违规承诺收益，已扣分{e}
S|p|plain|R5|{n}，您提到的那个“私人号”是我们前同事的，他已经离职，跟我们行没关系，请别再联系他{e}
S|p|plain|R1|「{nk}：你们金条今天多少钱一克？」{hr}今天的回购价和销售价都发您了，金价每天都在变，买之前再问我一次{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|nb|R1|「{sq}：格只金条计划保本格」{hr}阿拉上礼拜讲格话，现在还是格句：保本，阿拉说话算数{e}
S|p|nb|R5|「{qn}：侬好发只私人号码给我伐？」{hr}好格，侬加我个人号，阿拉夜里回侬{e}
S|p|nb|R2|「{qn}：侬讲格内部消息准伐？」{hr}准格！阿拉屋里亲眷讲格，{d}侬就看好{e}
S|p|nb|R1|{nb}，阿拉师傅讲过一句“金条保本格”，阿拉做了廿年，格句话一直对，侬放心买{e}
S|p|qd|R3|「{qn}：钱转哪个账户？」{hr}转到我个人卡上，俺给你发卡号，杠赛{e}
S|p|qd|R1|「{sq}：合作社理财保本」{hr}有人说俺这句话违规，俺不管，俺就是这么说的，保本{e}
S|p|qd|R4|「{qn}：俺要出海一个月」{hr}放心去，账户交给俺全权委托，回来给你个惊喜{e}
S|p|qd|R2|{qd}，你大舅说的“庄家要拉升”俺核实了，是真的，你跟俺一起上{e}
S|p|ts|R2|「{qn}：您昨天说的那个消息准吗？」{hr}准！内部消息，{d}就拉升，您踏实等着{e}
S|p|ts|R4|「{qn}：真能全权委托给您吗？」{hr}能，签个字就行，您以后啥也不用管{e}
S|p|ts|R5|{n}，我刚才说“加我私人微信”那句您看到了吧？赶紧加，这边说话不方便{e}
S|p|ts|R1|「{sq}：稳赚不赔」{hr}这四个字是我说的，白纸黑字，您截图留着{e}
S|p|nc|R4|「{qn}：俺不会弄手机银行」{hr}冇得事，账户密码发俺，俺帮你操作{e}
S|p|nc|R1|{n}，俺去年跟你港的“首付理财包赚”，你看，今年不是赚了？俺港的话作数{e}
S|p|nc|R3|「{qn}：转哪里？」{hr}转到我个人账户，俺这边马上给你下单{e}
S|p|zy|R1|「{sq}：这个养老金稳赚不赔」{hr}我再重复一遍上面这句话，稳赚不赔，我用工作担保{e}
S|p|zy|R3|「{qn}：你家说的那个外面的产品是哪样？」{hr}就是我帮你飞单买的那个，收益{r}，比行里高{e}
S|p|zy|R5|「{qn}：你家的工作号我老是找不到」{hr}那你加我个人号嘛，我发你{e}
S|p|zy|R2|「{qn}：真有内部消息哦？」{hr}有嘛，骗你做哪样，端午节后那只要涨{e}
S|p|hai|R5|「{qn}：这个号能聊吗？」{hr}这个号不方便，鲁加我私人微信，哇们细聊{e}
S|p|hai|R2|「{sq}：金矿股庄家要拉升了」{hr}哇上面说的鲁看到了吗？快点买，这是真的{e}
S|p|hai|R1|{n}，哇前天讲的“这个金条零风险”，不是乱讲的，到现在哇还是这样讲{e}
S|p|hai|R4|「{qn}：哇不会用手机银行」{hr}不要紧，鲁把账户密码给哇，哇帮鲁弄好{e}
S|p|sz|R3|「{qn}：你上次说的返佣还算数吗？」{hr}当然算数，deal就是deal，返佣{r}月底转你{e}
S|p|sz|R1|{n}，引用我们leader的话：“这个产品保本，放心卖。”所以我跟你confirm，保本{e}
S|p|sz|R4|「{sq}：我可以帮你操作」{hr}Just to confirm，上面这句still valid，你随时把账户给我{e}
S|p|letter|R1|{hon}：本人前函所述“本计划保证收益{r}”，经复核，该表述准确无误，特此重申。{sig}
S|p|letter|R3|{hon}：承询认购款汇入何处，谨复如下：请将款项私下转账至本人账户，由本人代为办理。{sig}
S|p|gz|R4|「{qg}：我唔识揾个户口」{hr}唔紧要，你俾账户密码我，我帮你操作{e}
S|p|gz|R3|「{sq}：返点我私下俾你」{hr}上面讲嘅仲系算数，今个月底俾你{e}
S|p|gz|R2|「{qg}：你点知会升㗎？」{hr}我有内幕消息嘛，唔好同人讲{e}
S|p|yz|R1|「{sq}：这个黄金ETF稳赚」{hr}我说的，我认，就是稳赚，yyds{e}
S|p|yz|R3|「{qn}：飞单是啥啊」{hr}就是我私下交易帮你买外面的产品，收益更高，绝绝子{e}
S|g|zb|R1|{zbn}，主播昨晚说的“这款养老产品零风险”，今天再说一遍：零风险！没抢到的今晚继续{e}
S|g|zb|R3|{zbn}，刚才说的“下单返佣{r}”依然有效！私信主播截图，主播私下转你{e}
S|p|plain|R3|{n}，我之前跟您说的“私下交易可以便宜{r}”，这话我认，您考虑好了随时找我{e}
S|p|plain|R1|「{qn}：你们这个教育金是不是保本？」{hr}是，保本，孩子上大学前本金一分不少{e}
S|p|plain|R4|{n}，转述一下领导的话：“老客户可以代客理财。”所以您放心交给我{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|nb|R6|{m}，阿拉手机号码{MOB:plain}，侬有事体打阿拉{e}
C|p|nb|R6|{m}，阿拉囡个身份证{ID:dx}，教育金开户要用格{e}
C|p|nb|R6|{m}，首付要转格卡号是{CARD:comma}，侬看看对伐{e}
C|p|qd|R6|{m}，俺身份证是{ID:plain}，渔船险投保用的，你给填上{e}
S|p|qd|R6|{qd}，龙舟赛那天的对接人是俺同事，手机{MOB:comma}，你直接找他{e}
C|p|qd|R6|「{sq}：麻烦发一下收款卡号」{hr}{CARD:plain}，俺媳妇的卡{e}
C|p|qd|R6|{m}，合作社社长的身份证{ID:sp}，土地流转合同上要写的{e}
C|p|ts|R6|{m}，介是俺老伴儿的卡号{CARD:sp}，养老金往这打{e}
C|p|ts|R6|{m}，您记下俺儿子电话{MOB:mix}，他在外地，有事找他{e}
S|p|ts|R6|「{qn}：我手机号{MOB:plain}」{hr}收到，我存上了，您这个号码以后接银行短信{e}
S|p|ts|R6|{n}，殡葬服务那边的联系人手机{MOB:plain}，您提前打个招呼{e}
C|p|nc|R6|{m}，俺个电话{MOB:cn}，你打过来嘞{e}
C|p|nc|R6|{m}，卡号{CARD:fw}，端午礼品的钱退到这里{e}
C|p|nc|R6|{m}，俺妈住院押金要退到{CARD:plain}这张卡，你帮俺问问医院{e}
C|p|zy|R6|{m}，我家身份证号码{ID:dash}，你家帮我核对嘛{e}
C|p|zy|R6|{m}，茶馆贷款放款账户{CARD:sp}，户名是我老公{e}
C|p|zy|R6|{m}，我换号了，旧号{MASKMOB}不用了，新号{MOB:plain}{e}
C|p|hai|R6|{m}，哇的卡号是{CARD:plain}，金条回购的钱打这里{e}
C|p|hai|R6|{m}，哇阿公的身份证{ID:mix}，他要办养老金{e}
C|p|hai|R6|{m}，渔船船东的电话{MOB:dot}，鲁直接打给他{e}
S|p|sz|R6|{n}，跟你confirm下，收款卡是{CARD:sp}对吧？没问题我就submit了{e}
C|p|sz|R6|{m}，我的number是{MOB:dash}，有update直接call我{e}
S|p|sz|R6|{n}，你的身份证号{ID:plain}我已经upload到系统了，麻烦double check{e}
C|p|old|R6|{m}我的手机是{MOB:cn}你记着句号我耳朵不好你发消息给我{ot}
C|p|old|R6|{m}我给你念下我的身份正号码{ID:cn}你看对不对{ot}
C|p|old|R6|{m}卡号是{CARD:cn}你慢慢写{ot}
C|p|yz|R6|{m}，我电话{MOB:sp1}，有事call我，别发短信我不看{e}
C|g|yz|R6|广场舞队报名我填好了，电话{MOB:fw}，队长记得拉我进群{e}
S|g|zb|R6|{zbn}，中奖的宝子联系售后小姐姐，电话{MOB:dash}，报你的昵称就行{e}
S|p|letter|R6|{hon}：兹确认阁下登记之身份证号码为{ID:sp}，如有错漏，敬请告知。{sig}
S|p|letter|R6|{hon}：阁下指定之还款账户{CARD:sp}已完成变更登记。{sig}
C|p|gz|R6|{m}，我张卡系{CARD:dash}，你帮我睇下系咪呢张{e}
C|p|gz|R6|{m}，我阿爸身份证{ID:plain}，佢想买个人养老金{e}
C|p|gz|R6|{m}，打俾我老公啦，佢电话{MOB:sp}{e}
C|p|plain|R6|{m}，我爸住院了，身份证号{ID:plain}，重疾险理赔要填的，麻烦你了{e}
S|p|plain|R6|{n}，理赔材料里您父亲的身份证号{ID:sp}，我核对过了，和病历上的一致{e}
S|g|plain|R6|象棋俱乐部报名请联系俱乐部干事，电话{MOB:sp}，报名截止{d}{e}
C|p|plain|R6|{m}，数字人民币钱包绑定的是我这张卡{CARD:dash}，是不是被盗刷了？{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|nb|R6|{nb}，侬格金条编号是{GOLD}，证书放放好，回购格辰光要带来{e}
S|p|nb|R6|{nb}，合作社格统一社会信用代码{USCC}，侬核对下执照{e}
S|p|nb|R6|{nb}，殡葬服务合同编号{CONTRACT}，费用{AMT}元，侬过目{e}
S|p|qd|R6|{qd}，你那条船的登记号{BOAT}，保单上已经写好了{e}
S|p|qd|R6|{qd}，渔船的AIS识别码{MMSI}，保险公司要这个，俺已经报上去了{e}
S|p|qd|R6|{qd}，你刚发的身份证号是不是少了一位？俺数了只有十七位：{ID17}{e}
S|p|qd|R6|{qd}，你卡号只发了前六位{CARDHEAD}和后四位{LAST4}，放款不用全号，这就够了{e}
S|p|ts|R6|{n}，网点座机{LAND}，工作日都有人接{e}
S|p|ts|R6|{n}，放款行的联行号{CNAPS}，您给会计就行{e}
S|p|ts|R6|{n}，您这个身份证号校验不过，最后一位应该不对：{BADID}，您再核一下原件{e}
C|p|ts|R6|{m}，俺手机号前七位是{MOBPRE}，后面的俺当面告诉您{e}
S|p|nc|R6|{n}，你个身份证后四位是{LAST4}吧？俺核对下，其他的莫发{e}
S|p|nc|R6|{n}，你填个身份证号日期不对，{BADDATE}，哪有这个日子，你再看看{e}
C|p|nc|R6|{m}，俺们象棋协会会员号{MEMBER}，报名表上还要填么子？{e}
C|p|zy|R6|{m}，刚才短信来了个验证码{OTP}，这是做哪样的？我莫乱点嘛{e}
C|p|zy|R6|{m}，卡号{LUHNBAD}，我抄的时候可能抄错了，你家看下嘛{e}
S|p|zy|R6|{n}，你家要的那个法院案号是{COURT}，P2P的案子进度可以去官网查{e}
S|p|hai|R6|{n}，黄金ETF代码是{GETF}，鲁在APP里搜这个就行{e}
S|p|hai|R6|{n}，鲁的手机号中间我打了星号：{MASKMOB}，对的话回个“是”{e}
S|p|hai|R6|{n}，反诈专线{ANTIFRAUD}，接到可疑电话就打这个{e}
C|p|hai|R6|{m}，哇的身份证{BADDATE:sp}，是不是日期打错了？鲁帮哇看看{e}
S|p|sz|R6|{n}，你的申请编号{APPNO}，我已经follow up了，预计{d}有结果{e}
S|p|sz|R6|{n}，客服热线{HOTLINE}，全天都有人，有issue直接call{e}
S|p|sz|R6|{n}，digital RMB钱包编号{WALLET}，我这边只能看到这些，其他的要你自己在APP里查{e}
C|p|old|R6|{m}我的手机号是{MOB10}好像少了一位我再找找{ot}
C|p|old|R6|{m}今天有个号码{BADPFX}打给我说中奖了我没接逗号这号码怎么这么怪{ot}
C|p|old|R6|{m}我把身份证念给你{BADID:cn}哎呀好像念错了我明天拿过来给你看{ot}
C|g|yz|R6|这期双色球我买的{LOTTO}，家人们帮我看看中了没，绝绝子{e}
S|g|zb|R6|{zbn}，今天福袋口令{OTP}，开奖时间{DATE}，中奖名单看置顶{e}
S|p|letter|R6|{hon}：阁下尾号{LAST4}之账户已于{DATE}完成个人养老金资金账户开立。{sig}
S|p|letter|R6|{hon}：本期个人养老金缴存金额{AMT}元已于{DATE}到账，凭证编号{SERIAL}。{sig}
S|p|gz|R6|{gzn}，呢个系茶叶铺贷款嘅合同编号{CONTRACT}，你收好{e}
C|p|gz|R6|{m}，我张卡头六个字系{CARDHEAD}，尾四个字系{LAST4}，中间唔记得啦{e}
C|p|gz|R6|{m}，我阿妈张身份证系{BADPROV}，系咪打错咗？{e}
S|p|plain|R6|{n}，您父亲的住院号是{ZYH}，理赔申请书上填这个{e}
S|p|plain|R6|{n}，重疾险理赔案件号{CLAIM}，进度可以在APP里查{e}
S|p|plain|R6|{n}，这是骗子发的虚拟币钱包地址{CRYPTO}，您千万别往里转{e}
S|p|plain|R6|{n}，端午礼盒的快递单号{EXPRESS}，预计{d}到{e}
S|p|plain|R6|{n}，金条{g}，单价{PRICE}元/克，发票号码{INV8}，您收好{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "nb": ["yu.haibo", "bao.lijuan", "xu.jiahui"],
    "qd": ["sun.haiyang", "jiang.peng", "qu.xiaomei"],
    "ts": ["liu.baoguo", "zhao.yanling", "tian.zhiqiang"],
    "nc": ["xiong.wei", "tu.xiaoyan", "wan.jian"],
    "zy": ["luo.tingting", "shen.yong", "ran.guifang"],
    "hai": ["fu.qiongzhu", "yun.haibo", "wang.luyi"],
    "sz": ["kevin.liang", "amy.zhou", "huang.jiajun"],
    "old": ["tao.xiaoli", "qiu.wenjing"],
    "yz": ["xiaoqi", "lu.yiran"],
    "zb": ["tang.mimi", "he.xiaoyu"],
    "letter": ["wei.zhengyuan", "kong.shuhua"],
    "gz": ["mai.zhiqiang", "he.yongjian", "li.wanyi"],
    "plain": ["chen.zhiyuan", "song.yang", "zhang.li", "guo.ming"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINE_AREAS = ["0574", "0575", "0532", "0535", "0315", "0311", "0791", "0851", "0898",
                  "0755", "020"]
GOLD_ETFS = ["518880", "159934", "518800", "159937", "518850", "159812"]
BOAT_HEADS = ["鲁荣渔", "鲁青渔", "鲁烟渔", "浙象渔", "浙岱渔", "琼临渔", "琼儋渔"]
COURTS = ["浙0203", "浙0602", "鲁0202", "鲁0211", "冀0203", "赣0102", "黔0302", "琼0108",
          "粤0305", "粤0113"]
CNAPS_BANKS = ["102", "103", "104", "105", "301", "302", "308", "402", "403"]
CNAPS_CITIES = ["3320", "3370", "4520", "1240", "4210", "7010", "5810", "6410"]
HOTLINES = ["95588", "95533", "95599", "95566", "95555", "95559", "95528", "95595"]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "GOLD":
        return rng.choice(["AU", "ZJ", "GD"]) + rdigits(rng, 7)
    if name == "BOAT":
        return rng.choice(BOAT_HEADS) + rdigits(rng, 5)
    if name == "LAND":
        area = rng.choice(LANDLINE_AREAS)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "GETF":
        return rng.choice(GOLD_ETFS)
    if name == "APPNO":
        return "SQ2026" + rdigits(rng, 8)
    if name == "CARDHEAD":
        return rng.choice(CARD_BINS16)
    if name == "ZYH":
        return rdigits(rng, rng.choice([7, 8]))
    if name == "CLAIM":
        return "LP2026" + rdigits(rng, 10)
    if name == "HOTLINE":
        if rng.random() < 0.6:
            return rng.choice(HOTLINES)
        return "400-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "LOTTO":
        red = sorted(rng.sample(range(1, 34), 6))
        blue = rng.randint(1, 16)
        return "红球" + " ".join("%02d" % x for x in red) + "，蓝球%02d" % blue
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        style = rng.randrange(3)
        if style == 0:
            return "2026年%d月%d日" % (m, d)
        if style == 1:
            return "2026-%02d-%02d" % (m, d)
        return "2026.%02d.%02d" % (m, d)
    if name == "EXPRESS":
        return rng.choice(["SF", "YT", "JDV", "ZTO"]) + rdigits(rng, rng.randint(12, 13))
    if name == "CONTRACT":
        return rng.choice(["HT", "JK", "BZ"]) + "2026" + rng.choice(["NB", "QD", "GZ", "ZY"]) + \
            rdigits(rng, 6)
    if name == "USCC":
        body = "93" + rng.choice(AREAS) + "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(7))
        return body + rng.choice(USCC_CHARS)
    if name == "MMSI":
        return rng.choice(["412", "413", "414"]) + rdigits(rng, 6)
    if name == "CNAPS":
        return rng.choice(CNAPS_BANKS) + rng.choice(CNAPS_CITIES) + rdigits(rng, 5)
    if name == "MEMBER":
        return "XQ" + rdigits(rng, 5)
    if name == "COURT":
        return "（2026）" + rng.choice(COURTS) + "民初" + str(rng.randint(1000, 29999)) + "号"
    if name == "ANTIFRAUD":
        return "96110"
    if name == "WALLET":
        return "0021" + "*" * 8 + rdigits(rng, 4)
    if name == "AMT":
        v = rng.randint(5, 900) * 100
        return "{:,}".format(v) + (".00" if rng.random() < 0.5 else "")
    if name == "SERIAL":
        return "PZ" + rdigits(rng, 10)
    if name == "CRYPTO":
        if rng.random() < 0.5:
            return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
        return "T" + "".join(rng.choice(B58) for _ in range(33))
    if name == "PRICE":
        return "%d.%02d" % (rng.randint(540, 620), rng.randint(0, 99))
    if name == "INV8":
        return rdigits(rng, 8)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
