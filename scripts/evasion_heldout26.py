#!/usr/bin/env python3
"""Blind held-out evaluation set 26 ("heldout26") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  Its author read exactly three files of the repository: the shared machinery
``scripts/evasion_blind_common.py``, held-out 22's script ``scripts/evasion_heldout22.py``
(only as a model of the format: how a set script uses the module, its docstring layout,
constants, pools and near-miss number generator) and ``scripts/eval_categories.sh`` (to wire
the set in).  The author never opened the scanner, its rule files, its docs, its tests, its
archive, any other evaluation set, the training-corpus generator or the commit history, and
searched nothing (no web or code search).  Every template below is new, written from general
knowledge of how Chinese-speaking financial sales staff and their customers talk on WeCom
(企业微信); none is copied or adapted from held-out 22's templates, and its voices and
settings were deliberately avoided.  The set exists to measure how well the scanner
generalises: do not tune the scanner to it, do not add it to any training data, and run it
once.

Voices
------
Shanghainese (沪语: 阿拉 / 侬 / 伐 / 弗 / 搿只 / 爷叔); Changsha Xiang speech (咯 / 老倌子 /
不得行 / 么子); Wuhan speech (么斯 / 克 / 伢 / 未必 used as "surely not"); Tianjin speech (介 /
嘛 / 倍儿 / 得嘞 / 姐们儿); Shandong speech (俺 / 恁); Henan speech (中 / 弄啥嘞 / 咋呼);
Xi'an / Shaanxi speech (额 / 嫑 / 瓜怂 / 老汉); Kunming speech (整 / 板扎 / 哪样 / 要得);
Nanning Mandarin (老表 / 得闲); Hong Kong Cantonese with English code-mixing (compliance,
policy, add, forward, guarantee); voice-to-text messages with little or no punctuation;
group announcements (【群公告】, @所有人) and forwarded messages (【转发】); compliance
trainers' material (内训, 情景演练, 考试题); futures-brokerage staff and introducing brokers
(居间人); private-fund sales (路演, 合格投资者, pre-IPO); 4S-dealership auto-finance
specialists; insurance agents (投连险, 增额终身寿, 重疾险, 理赔); plain Mandarin staff and
customers.  WeCom sticker codes such as [抱拳] and [握手] stand in for emoji.
Settings: demolition-compensation money (拆迁款), bank gold accumulation (积存金) and gold
T+D, personal pension accounts (个人养老金), large-denomination certificates of deposit, treasury
reverse repos, futures night sessions and margin, private-fund subscriptions and share
transfers, car loans and down payments, unit-linked and critical-illness insurance and
claims, study-abroad currency exchange, client appreciation dinners and lotteries, book
clubs and courses, a restaurant booking.

Hard cases
----------
Spread over every keyword category: the deciding clause far from the keyword; negation scope
across commas ("不是我吹" before a promise vs "不是说……" around it); double negation;
rhetorical questions that assert or urge (hits) vs real questions, questions answered "no"
and rhetorical questions that deny (near misses); irony (naming the forbidden word, then
promising by paraphrase; "不叫返佣，叫感谢金"); conditional offers; a reported question
followed by the speaker's real answer, either way; corrections and retractions both ways
(to the honest wording: near miss; to the violating wording, or a recalled message resent:
hit); concessions; lists, exam questions and headings with the violation in one item; a
keyword inside the name of a product, book, course, shop, restaurant or web page, or across
a word boundary (near miss); quoting oneself and standing by it, or endorsing a customer's
or colleague's words (hit) vs quoting scammers, adverts, others or documents (near miss);
training material showing wrong examples (near miss); an honest sentence plus a violation in
one message (hit: its keywords all belong to the violated rule); customers asking for
violations (near misses); refusing then quietly offering a workaround (hit) vs refusing and
offering a legitimate alternative (near miss); warnings about scammers ending in "only trust
me" (hit); keywords split by one of the separators ``· -_*.~`` in a minority (more than 0
and under 15 %) of each keyword category's hits; 25 % of every category in traditional
characters through the one-to-one table ``_TRAD_PAIRS`` (Hong Kong messages first; the
fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese/Arabic, full-width digits and split by spaces, dashes, dots and commas, in customers'
and staff's messages (voice-to-text, forwarded text, group lottery notices), versus
look-alikes: bad ID check characters, impossible birth dates, bad province codes, 17-digit
IDs, Luhn failures, masked cards / mobiles / IDs, futures fund accounts and contract codes,
vehicle identification numbers, licence plates, unified social credit codes, property deed
numbers, claim and policy numbers, fund registration codes, share counts, repo codes, gold
prices, amounts (also in 大写), dates, service order numbers, staff numbers, train and flight
bookings, queue tickets, Hong Kong / Singapore / Malaysia / Canada phones, Hong Kong bank
accounts and ID cards, passports, hotlines, landlines, postcodes, one-time codes, last four
digits, stock-holder accounts, the first seven digits of a mobile, 10-digit and bad-prefix
mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout26.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h26_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 26_2026_1206
SET_NAME = "heldout26"
MSGID_PREFIX = "h26"
T0 = 1775000000000
SEQ0 = 1040000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("hkg",)    # Hong Kong messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
              "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
              "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
              "185", "186", "187", "188", "189", "190", "191", "193", "195", "196", "198",
              "199"]
AREAS = ["310101", "310104", "310115", "430102", "430104", "420102", "420106", "120101",
         "120103", "370102", "370202", "410105", "410102", "610113", "610103", "530102",
         "530103", "450103", "450102", "320106", "330108"]
CARD_BINS16 = ["622202", "622700", "621226", "622262", "621661", "622588", "622908", "623058",
               "622848"]
CARD_BINS19 = ["6228480", "6217002", "6216610", "6222021", "6236681", "6210810"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
#   n  how staff address a customer      m  how a customer addresses staff
#   k  a colleague                       g  how a group is addressed
#   d  when                              a  an amount        r  a rate
#   e  a WeCom sticker code or emoji     addr  an event venue
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["陈阿姨", "顾老师", "彭姐", "胡师傅", "龚总", "孔大姐", "牛哥", "雷叔", "段老板",
          "韦姐", "邵医生", "蒋老板", "卢阿姨", "严先生", "冉老师", "汪大哥", "梁太", "钱老伯",
          "柯总", "谭嫂"],
    "m": ["小沈", "顾经理", "陆老师", "彭经理", "小胡", "熊姐", "董经理", "孔经理", "小牛",
          "雷经理", "段经理", "韦经理", "小徐", "秦主管", "方经理", "叶经理"],
    "k": ["小曹", "老方", "程经理", "叶总", "季主管", "潘师傅", "薛姐", "姚经理", "小石",
          "莫主任"],
    "g": ["各位家人", "各位阿姨叔叔", "各位客户朋友", "各位老师", "各位会员", "亲爱的客户们",
          "大家", "各位街坊"],
    "d": ["礼拜四", "下礼拜一", "明天收盘前", "这个周末", "月中", "今天下班前", "后天上午",
          "节后第一天", "下午三点前", "月初"],
    "a": ["八万", "十二万", "20万", "三十五万", "50万", "六十万", "一百万", "150万", "两百万",
          "300万", "四十万", "90万"],
    "r": ["3.6%", "4个点", "百分之五", "4.3%", "5.2%", "4.75%", "六个点", "3.9%",
          "百分之四点五", "4.1%"],
    "e": ["", "", "[抱拳]", "[微笑]", "[OK]", "[玫瑰]", "[握手]", "[呲牙]", "🙏", "👌", "[强]",
          "😊"],
    "addr": ["徐汇区漕溪北路支行三楼", "芙蓉区五一大道营业部", "江汉路网点二楼", "和平区南京路分行",
             "历下区泉城路支行", "金水路营业部会议室", "小寨东路网点", "五华区东风西路分行",
             "青秀区民族大道营业部"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; hkg prefers traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|sh|R1|{n}，阿拉搿只积存金产品保本的呀，侬还有啥不放心的啦？{d}前定下来好伐{e}
S|p|hun|R1|{n}，拆迁款放活期咯，一年才几个钱？放我这只稳赚的，你讲哪个划得来咯？{e}
S|p|wh|R2|{n}，我么斯时候骗过你？内部消息，{d}有人拉升，你还在那里等么斯？{e}
S|p|tj|R4|{n}，您介天天遛鸟下棋的，哪有工夫盯着？账户密码给我，我帮你操作不就齐了吗？{e}
S|p|sd|R3|{n}，恁说说，走公司流程光手续费就好几千，私下转账给俺不是更省事儿？{e}
S|p|hen|R1|{n}，这只私募我保证收益{r}，年底不到我给你补，你说中不中？还犹豫啥嘞？{e}
S|p|sx|R1|{n}，额给你推的这个私募，零风险，嫑犹豫咧，你见过额哪回坑过人？{e}
S|p|yn|R3|{n}，期货开户找哪个不是开？在我这开，手续费返佣给你一半，板扎得很，你还想咋个嘛？{e}
S|p|gx|R5|{n}，企业微信消息太多容易漏，加我私人微信嘛，得闲随时聊，有什么不好的老表？{e}
S|p|hkg|R1|{n}，呢只债券基金保本㗎，你仲 hesitate 咩？deadline 系{d}㗎{e}
S|p|voice|R1|{n}那个我跟你说啊就是这个产品它是保本的嘛你想想看放银行才多少这个又保本又比存款高你还考虑什么呢{e}
S|g|notice|R1|【群公告】@所有人 {g}，本周答谢会专属产品保本保收益，名额有限，错过还要再等一年吗？{e}
S|p|fut|R3|{n}，别家居间人给你返两成？我这返佣三成，您说还有比这更实在的吗？{e}
S|p|pe|R2|{n}，这个 pre-IPO 项目我们拿的是内部消息，老板都打过招呼了，这种窗口期您还要再对齐什么？{e}
S|p|car|R3|{n}，车贷走我们的金融方案，银行给我的返点我私下分你一半，你不占这个便宜谁占？{e}
S|p|ins|R1|{n}，这款投连险账户保本还有{r}，您说还有比这更划算的吗？{e}
S|p|plain|R4|{n}，您出国陪读这半年，账户总不能空着吧？全权委托给我打理，回来收钱不香吗？{e}
S|p|plain|R5|{n}，这边聊天公司都要存档的，有些话不方便说，加我个人号不是更自在？{e}
S|p|plain|R1|{n}，谁说黄金T+D不能赚？跟着我的点位做就是稳赚，您自己算算这半年哪回没赚？{e}
S|p|sh|R2|{n}，侬晓得伐，搿只票庄家老早吃饱了，{d}就要拉升，侬弗上车等啥？{e}
S|g|wh|R1|{g}，我推的哪一只亏过？零风险，稳赚，信了我的哪个吃过亏，你们说是不是？{e}
S|p|tj|R3|{n}，您说这事儿多哏儿，单子挂公司名下要多花钱，飞单走我这儿，省下的钱够您喝一年茶了，干嘛不呢？{e}
S|p|sd|R1|{n}，俺们这款理财年年都是这个数，从来没掉过，说它保本有错吗？{e}
S|p|hen|R4|{n}，你这腰不得劲还天天往营业厅跑弄啥嘞？代客理财这事儿我熟，交给我不中吗？{e}
S|p|voice|R3|{n}就是那个钱你不用打到公司那个账户上面去啊太麻烦了你直接转到我个人这个卡上我帮你弄好不就行了嘛对吧{e}
S|p|hkg|R5|{n}，公司 WeCom 全部有 record，你 add 我私人号咪得囉，咁样倾偈方便啲唔系咩？{e}
S|p|sx|R2|{n}，你说额有没有门路？额表哥就在那家公司，内幕消息还能有假？{d}赶紧进{e}
S|p|yn|R4|{n}，你出去跑车一跑就是半个月，哪个来看账户？全权委托给我嘛，有哪样不放心的？{e}
S|p|gx|R1|{n}，隔壁阿叔都买了，零风险的东西，你还等什么嘛老表？{e}
S|p|pe|R1|{n}，这只量化私募底层是对冲策略，说白了就是稳赚不赔，这个逻辑您还要 challenge 什么？{e}
S|p|car|R5|{n}，贷款审批的进度我在私人微信上跟你同步不是更快？店里这个号我下班就不看了{e}
S|p|plain|R3|{n}，您儿子在国外交学费，换汇额度不够是吧？钱私下转账给我，我找朋友帮您换，这不两全其美？{e}
S|p|plain|R2|{n}，您看这K线，主力都进场了，庄家不拉升难道拉着玩？{d}不进就晚了{e}
S|g|notice|R5|@所有人 {g}，群里不方便发的资料，统一在我私人号里发，谁还没加的？抓紧{e}
S|p|fut|R4|{n}，您白天上班哪能盯夜盘？账户密码留我这，夜盘我帮你操作，这不比您熬夜强？{e}
S|p|sh|R3|{n}，返点侬要伐？当然要的呀，啥人跟钞票过不去啦？{d}我私底下打给侬{e}
S|p|plain|R1|{n}，谁跟你说个人养老金账户里的基金会亏？我选的这几只就是零风险，难道我还能害你？{e}
S|p|hun|R4|{n}，你搞么子要自己操心咯？把账户密码发给我，我来帮你操作，你只管打牌咯{e}
S|p|wh|R3|{n}，你未必还要走公司流程？私下交易你少交几千块手续费，哪个不晓得这个道理？{e}
S|p|tj|R1|{n}，您说我能坑您吗？这个保本，倍儿稳，您就踏踏实实搁这儿{e}
S|p|plain|R1|{n}问我这只稳不稳？我反问一句：我推荐的哪只不是稳赚的？{e}
S|g|plain|R1|{g}，问：为什么选我们？答：一、保本；二、手续费低；三、服务好。还有比这更好的吗？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
S|p|sh|R1|{n}，保本？侬想想看，啥人敢讲私募保本啦？阿拉弗好瞎讲的{e}
C|p|hun|R1|{m}，你们这个积存金是不是保本的咯？我屋里老倌子要问{e}
S|p|wh|R2|{n}，内部消息？我要是有内部消息还在这里上班？早就克海南买房了{e}
S|p|tj|R1|{n}，稳赚？介世上哪有稳赚的买卖，真有的话我还跟您这儿费嘛劲儿？{e}
C|p|sd|R3|{m}，俺听说别的银行能返点，恁这儿有没有？{e}
S|p|hen|R4|{n}问能不能帮你操作，我直说了：不中，账户得你自己弄，我在旁边教你{e}
S|p|sx|R5|{n}，私人微信？额不加的，加了也不顶用，该走的流程一样都少不了，就在这里办{e}
C|p|yn|R4|{m}，我出去跑车个把月，能不能全权委托给你管？还是说你们不给这样整？{e}
S|p|gx|R1|{n}，零风险？老表，连存款都只保五十万以内，哪来的零风险理财？{e}
S|p|hkg|R3|{n}，你问可唔可以私下交易？唔得，所有 transaction 要经公司系统，有 record 先保障到你{e}
S|p|voice|R1|{n}你刚才问是不是保本那个我跟你讲不是保本的啊净值会上下波动的你要是接受不了我们就看看存款{e}
S|p|pe|R2|{n}，您问我们有没有内幕消息——没有，我们的研究全部基于公开信息和调研纪要，这是底线{e}
S|p|fut|R3|{n}，返佣？您说的是交易所手续费减收吧？那是交易所按规则返还给期货公司的，不是给个人的{e}
C|p|car|R3|{m}，我朋友买车说销售给他返点了，我这台能不能也返点？{e}
S|p|ins|R1|{n}，您问增额寿稳不稳赚？现金价值写在合同里是确定的，但前几年退保会亏，谈不上稳赚，得拿得住{e}
S|p|plain|R5|{n}，您说加我个人号方便？方便是方便，但不合规，聊天记录留在这里对您也是保障，您说呢？{e}
S|p|plain|R2|{n}，群里说庄家{d}要拉升，您信吗？我是不信，这种话谁说谁就有问题{e}
S|p|sh|R4|{n}，账户密码好随便讲的啊？侬连阿拉都覅讲，晓得伐？{e}
C|p|wh|R1|{m}，你们那个国债逆回购是零风险的不？我看网上都这么讲{e}
S|p|hun|R3|{n}，你港转到我个人卡上？那不得行咯，我又不是公司，钱要进对公账户{e}
S|p|tj|R4|{n}，代客理财？您是想让我进去是吧？这可不兴啊，咱按规矩来{e}
S|p|sd|R1|{n}，俺要是说这个保本，那不就是骗恁吗？它就是不保本，净值型的{e}
S|p|yn|R5|{n}，你问我私人号是多少？不好意思哈，这个不能给，有事就在这里找我，晚上也回{e}
S|g|notice|R1|【群公告】{g}，关于大家问的“有没有零风险产品”：没有。存款有存款保险，理财、基金、保险都各有风险，请按风险测评选择{e}
S|p|plain|R3|{n}，我收了您的返点，以后还怎么有脸给您推产品？所以这个钱您收回去{e}
C|p|hkg|R5|{m}，你有冇私人微信？我阿妈想直接揾你问保单嘅嘢{e}
S|p|plain|R1|{n}，您问我为什么不说稳赚？因为说了就是骗您，基金没有稳赚的{e}
S|p|gx|R4|{n}，你讲我帮你操作就不会亏？哪有这回事，我操作也一样会亏，还是你自己来{e}
C|p|plain|R2|{m}，你们内部有没有内幕消息？说一点嘛，我不外传{e}
S|p|sx|R3|{n}，你问额做不做飞单？额又不是瓜怂，这事谁干谁进去，不做{e}
S|p|voice|R4|{n}就是你说那个账户密码的事情啊你千万不要发给我也不要发给任何人我们银行不会问你要的好吧{e}
S|p|pe|R1|{n}，您问“保收益”能不能写进补充协议？不能，私募不得承诺保收益，写了协议也无效{e}
S|p|fut|R4|{n}，您是想问能不能全权委托我做单？期货公司员工不得接受全权委托，这个只能您自己下{e}
S|p|plain|R2|{n}，您截图里那个“内部消息群”是什么来路？群主是谁您问过吗？我建议您先退出来{e}
S|p|ins|R3|{n}，您说别的代理人返佣给您？那您想过没有，返佣是违规的，保单以后出了事谁给您兜？{e}
S|p|car|R5|{n}，你问我私人微信？店里规定都用这个号，提车那天有啥事你直接找我{e}
C|p|plain|R1|{m}，保本吗？不保本我就不买了，我这钱是给孩子留的{e}
S|p|tj|R2|{n}，您说庄家？那是电视剧里的事儿，现在监管这么严，谁还敢坐庄拉升啊{e}
S|p|hen|R1|{n}，你问存这个是不是稳赚？我跟你说实话：不一定，可能赚也可能亏，别听人家瞎咋呼{e}
S|p|wh|R5|{n}，加私人微信？那我们公司花钱搞企业微信搞么斯？就在这里说，我看得到{e}
S|p|sh|R1|{n}，侬问我“稳赚伐”，我只好讲：弗晓得。啥人讲稳赚，侬就要当心{e}
C|p|plain|R3|{m}，理财到期的钱能不能先转到我个人名下的卡上？现在是在我公司账户里{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|notice|R3|【群公告】@所有人 {g}，公司重申：员工不得私下转账、不得飞单、不得向客户支付返点，发现一起处理一起{e}
S|*|train|R1|{n}，给您看看我们内训第3讲的要求：销售私募不得使用“保本”“零风险”等字样，我们都要考试的{e}
S|p|sh|R4|{n}，规定写得老清爽的，阿拉弗好碰客户的账户密码，侬自家保管好{e}
S|p|hun|R5|{n}，我们行里规定不准加客户私人微信，你莫怪我咯，有事就在这里讲{e}
S|p|wh|R2|{n}，公司有规定，员工不准传播内幕消息，连打听都不准，这点你放心{e}
S|p|tj|R1|{n}，监管有要求，打死也不能跟您说保本，这款就是净值型{e}
S|p|sd|R3|{n}，俺们单位管得严，飞单这事儿碰都不能碰，碰了直接开除{e}
S|p|hen|R4|{n}，公司明确规定不让代客理财，我只能给你建议，拍板还得你自己{e}
S|p|sx|R3|{n}，额们行的规定你晓得，私下交易是红线，额不敢也不会{e}
S|p|yn|R1|{n}，规定不准讲稳赚，也不准讲零风险，因为本来就不是，你要晓得{e}
S|p|gx|R5|{n}，公司规定员工不能用私人号跟客户聊业务，所以我只在这个号回你{e}
S|p|hkg|R4|{n}，公司 policy 唔准我哋 keep 客人嘅账户密码，你自己记住就得{e}
S|p|fut|R3|{n}，按期货公司的居间人管理办法，居间人不能私下给客户返佣，您问的这个我们做不了{e}
S|g|pe|R1|{g}，路演纪要第一条：本基金不承诺保本，不承诺保收益，过往业绩不代表未来{e}
S|p|car|R3|{n}，店里规定金融专员不准私下交易，定金首付都刷店里的POS机，别转给我个人{e}
S|p|ins|R1|{n}，监管的规定，保险不能跟存款比，也不能说保证收益，所以我只跟您讲合同里的现金价值{e}
S|p|voice|R5|{n}那个我们公司是规定不能加私人微信的哈所以你有事就直接在企业微信上找我就好了我都能看到{e}
S|p|plain|R2|{n}，按规定，我们不能评论“庄家”之类的传言，这只票我只能给您看公开研报{e}
S|*|train|R3+R4|{n}，分享一道我们的合规考试题（判断）：“客户同意的情况下，员工可以代客理财并收取返点”——答案：错，两项都被禁止{e}
C|p|plain|R1|{m}，你们规定不能说保本，那我换个问法：历史上亏过没有？{e}
S|p|plain|R4|{n}，不是我不想帮，是公司有明文规定：客户的账户密码，员工不得询问、不得记录、不得代为输入{e}
S|g|notice|R5|@所有人 {g}，更正上一条：不是“有事可以加我个人号”，是“有事不要加任何人的个人号”，统一在本群或企业微信单聊{e}
S|p|sh|R1|{n}，侬讲的“保收益”，按现在的资管新规是弗允许的，啥人讲都弗作数{e}
S|p|hun|R3|{n}，你要我私下转账帮你垫款，这个规定不准，我就是想帮也帮不了咯{e}
S|p|wh|R4|{n}，全权委托这个事，我们公司明令禁止，你就莫为难我了{e}
S|p|tj|R3|{n}，咱们行有个“十不准”，头一条就是不准飞单，您放心，我这儿干干净净{e}
S|p|sd|R2|{n}，规定不让打听内部消息，更不让往外说，俺这边就是公开信息{e}
S|g|hen|R1|{g}，俺们行规定了，宣传单上不能印“稳赚”俩字，谁看见有印的赶紧跟俺说{e}
S|p|sx|R5|{n}，公司不允许员工用私人微信对客，额这个号就是工作号，有啥事都在这说{e}
S|p|plain|R1|{n}，您说以前的理财都保本？那是资管新规以前的事，刚兑打破以后，现在的都不保本{e}
S|p|gx|R3|{n}，规定员工不能收客户的返佣，你送的那箱芒果我都不敢收，钱更不要讲了{e}
S|p|yn|R4|{n}，公司规定我不能帮你操作，但我可以开视频一步一步教你点，你自己按确认{e}
S|p|pe|R3|{n}，按协会的规定，私募份额不得私下交易，转让必须走份额登记流程{e}
S|p|ins|R5|{n}，按公司代理人管理规定，私人微信不能发产品资料，条款我在这里发您{e}
S|p|car|R4|{n}，规定上我不能拿你的手机帮你操作，人脸识别和签字都得你本人来{e}
C|p|plain|R3|{m}，我看你们营业厅墙上写着“严禁私下交易”，是不是之前出过事？{e}
S|p|plain|R2|{n}，沙龙上嘉宾讲的都是公开信息，我们规定不允许任何人讲内幕消息，有的话我会当场打断{e}
S|p|fut|R1|{n}，期货是保证金交易，规定要求我们必须提示风险，不能说零风险，爆仓的事天天有{e}
S|*|train|R5|{n}，我们新人须知第七条就是：不得以任何理由要求客户加私人号，违者取消当月绩效{e}
S|p|hkg|R1|{n}，香港嘅保险中介守则都讲明，唔可以同客讲保本，分红部分系非保证{e}
S|p|voice|R3|{n}就是我们这边规定是不可以返点的啊你问别家可能有但我们这边是绝对不行的你理解一下哈{e}
S|p|plain|R4|{n}，规定里没有一条允许代客理财的，所以不管您怎么说，我都不能接{e}
S|p|plain|R1|{n}，不是不让你买，是规定不让我说它保本，因为它确实不保本，你能接受波动再买{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|sh|R1|{n}，规定讲弗好讲保本，阿拉私底下讲讲：搿只到期就是保本的，侬放心好了{e}
S|p|hun|R3|{n}，规定是不准返点，但你是老客户咯，这回我私下返点给你，莫声张{e}
S|p|wh|R4|{n}，公司是不让帮你操作，但你一个人在屋里又不会弄，账户密码发给我，我帮你操作算了{e}
S|p|tj|R2|{n}，规定不让说内部消息，您就当我没说：{d}那只票有人拉升，您自个儿掂量{e}
S|p|sd|R5|{n}，公司不让加私人微信，不过恁是老客户了，加俺私人微信，有事儿直接找俺{e}
S|p|hen|R3|{n}，规定不中私下交易，但你这单急，咱私下交易，手续费我给你免了{e}
S|p|sx|R1|{n}，规定上不让讲稳赚，额就不讲了，你自己看看这业绩曲线，稳赚是不是？{e}
S|p|yn|R4|{n}，规定不准代客理财，我晓得，但你跑车那么忙，代客理财这个事我悄悄帮你整{e}
S|p|gx|R3|{n}，公司不准收客户钱，但你这个急，直接转到我个人卡上，我帮你去柜台办{e}
S|p|hkg|R5|{n}，公司 policy 话唔准用私人号，不过 it's fine，你 add 我私人号，我 send 啲 material 俾你{e}
S|p|fut|R3|{n}，居间人规定不能给客户返佣，这个大家都知道，您这边开户以后返佣照给，走现金{e}
S|p|pe|R1|{n}，合规不让我们写保收益，所以合同上没写，但我口头跟您保证收益{r}，我们是讲信用的{e}
S|p|car|R3|{n}，店里规定不能私下转账，但首付你私下转账给我，我帮你申请个最低利率{e}
S|p|ins|R1|{n}，公司规定不能讲保本，那我换个说法：这款投连险本金一分都少不了，懂了吧{e}
S|p|voice|R4|{n}那个按规定我是不能帮你操作的啊但是你这个情况特殊嘛你把账户密码发我我晚上帮你弄一下就好了{e}
S|g|notice|R3|@所有人 {g}，公司要求不得返点，群里就不多说了，老客户私聊我，返点照旧{e}
S|p|plain|R2|{n}，合规说不让谈庄家，我就点到为止：这只票的庄家{d}要拉升，您懂的{e}
S|p|plain|R1|{n}，监管是不让承诺收益，可您这笔拆迁款放我这儿，保证收益{r}，少一分我自己掏{e}
S|p|sh|R3|{n}，公司讲弗可以飞单，搿个我晓得。弗过侬搿笔钞票走我搿边，飞单省下来的手续费阿拉对半分{e}
S|p|hun|R5|{n}，按规定不能加私人号，但是你加咯，加了不讲就冒得人晓得{e}
S|p|wh|R1|{n}，行里是不让讲零风险，我跟你讲良心话：这个就是零风险，出了事你来找我{e}
S|p|tj|R4|{n}，全权委托是不合规，咱签个私底下的全权委托协议，公司那边不用知道{e}
S|p|sd|R1|{n}，规定不让讲包赚，俺不讲那俩字，俺就说：跟着俺，包赚{e}
S|p|hen|R2|{n}，规定是不中透露内幕消息，可咱是老乡，这条内幕消息你拿着，{d}有人拉升{e}
S|p|sx|R3|{n}，行里不准私下转账，但额不是外人，你私下转账给额，额帮你把大额存单抢下来{e}
S|p|yn|R1|{n}，按规定不能讲稳赚不赔，但是这只积存金你放着就是稳赚不赔，你信我{e}
S|p|gx|R4|{n}，规矩是不能帮你操作，但老表你眼睛不好，手机给我，我帮你操作完再还你{e}
S|p|fut|R4|{n}，期货公司规定不能接受全权委托，但您出差这个月，账户密码给我，夜盘我帮你操作{e}
S|p|pe|R2|{n}，合规不让在群里说内幕消息，所以我单独发您：这家公司{d}有重组，内幕消息我只跟您讲{e}
S|p|car|R5|{n}，店里说金融专员不能加私人微信，你加我私人微信，贷款批下来我第一时间告诉你{e}
S|p|ins|R3|{n}，代理人不能给客户返佣，这个规定我记着呢。所以不叫返佣，叫“感谢金”，首年保费的三成给你{e}
S|p|voice|R1|{n}就是说按照规定我们是不能说保收益的嘛但是你放心这个产品呢其实就是保收益的我做了这么多年了{e}
S|p|plain|R3|{n}，不是说公司不让转到我个人账户吗？对，但那是对新客户，您是老客户，转到我个人账户没事{e}
S|p|hkg|R1|{n}，compliance 唔俾讲稳赚，但我老实讲，呢只 fund 稳赚，你信我啦{e}
S|p|plain|R5|{n}，规定我记得：对客只能用企业微信。不过嘛，有些话这里不好讲，加我个人号吧{e}
S|p|plain|R1|{n}，公司培训天天讲不能说零风险，我都会背了。但您这笔养老钱放我推荐的这只私募债，零风险，您听我的{e}
S|p|sx|R5|{n}，规定是嫑加私人号，额晓得。可你一个老汉家用不来企业微信，加额私人号吧，额教你{e}
S|p|yn|R3|{n}，规定不准收返点，所以返点我不收——我给你，每单返点两个点，下个月到账{e}
S|p|tj|R1|{n}，合规那边让说“不保本”，我也照说了：不保本。可实际上呢？到期没一回亏过，您懂我意思{e}
S|p|wh|R3|{n}，公司讲不能私下交易，那我们就不在公司做，私下交易，你看要得不？{e}
S|p|plain|R2|{n}，合规规定不准谈个股，那我不谈个股，只说一句：内幕消息，{d}有人拉升，名字私聊{e}
S|p|plain|R3|{n}，公司哪条规定说不能给老客户返点了？没有吧？那返点就照给{e}
S|p|plain|R3|{n}，我们组的服务承诺：①不推销高风险产品；②不乱收费；③老客户每单返点一个点，月底结{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|notice|R2|【防骗提醒】@所有人 {g}，近期有人冒充我行理财经理，在群里发“内幕消息”“庄家拉升”诱导转账，请勿相信{e}
S|p|sh|R3|{n}，侬当心点，外头有人讲转到我个人卡上利息高，搿种全是骗子，阿拉公司从来弗收个人转账{e}
S|p|hun|R1|{n}，你屋里老倌子讲的那个“零风险养老项目”，是非法集资，我已经报给社区了{e}
S|p|wh|R4|{n}，有人打电话叫你把账户密码给他，说是我们行的，那是诈骗，我已经报给保卫科{e}
S|p|tj|R5|{n}，最近有骗子用我的头像加客户私人微信，您看见了直接拉黑，我只用这个号{e}
S|p|sd|R3|{n}，俺已经把那个离职员工飞单的事报给公司了，恁的钱公司会先核实{e}
S|p|hen|R1|{n}，你转给我那个视频说“稳赚不赔的养老公寓”，是骗老年人的，千万别交钱{e}
S|p|sx|R2|{n}，那个直播间天天喊有内部消息，额举报过了，你也别看了{e}
S|p|yn|R4|{n}，你说那个“老师”要帮你操作账户，还要抽成？那是荐股诈骗，赶紧改密码{e}
S|p|gx|R1|{n}，老表，你群里那个“保本高息”的广告是假的，我已经截图报给反诈中心了{e}
S|p|hkg|R5|{n}，有人扮我 add 你私人微信，唔好信，我只会用呢个 WeCom 同你联络{e}
S|p|fut|R3|{n}，有个自称居间人的说给您返佣五成，要您把保证金打他个人卡，这是诈骗，我已报公司合规{e}
S|p|pe|R1|{n}，您转来的那份“保收益私募”推介材料，备案信息都查不到，我建议您立刻报警{e}
S|p|car|R3|{n}，之前那个销售让你私下转账付首付的事，店里已经处理了，钱会原路退给你{e}
S|p|ins|R1|{n}，那个说“重疾险稳赚”的代理人不是我们公司的，我已经向行业协会反映了{e}
S|p|voice|R4|{n}我跟你说那个什么帮你操作股票然后赚了分钱的那种都是骗子啊你可千万别把账户给他们{e}
S|g|notice|R3|@所有人 {g}，合规通报：某网点员工因私下交易被处理，请认准对公账户，如遇员工索要个人转账请拨打投诉电话{e}
C|p|plain|R3|{m}，我要投诉，上个月你们有个员工跟我说转到我个人账户更快，我转了，现在人联系不上了{e}
C|p|sh|R1|{m}，阿拉邻居讲伊买的理财是保本的，结果亏了，是弗是被骗了？{e}
S|p|plain|R2|{n}，截图里那个“庄家带单群”我查了，是境外的荐股团伙，已经有人报案，您赶紧退群{e}
S|p|plain|R5|{n}，提醒一下，如果有人用“加我个人号领红包”的话术加您，一律不要理{e}
S|*|train|R1+R3|{n}，给您看个我们内部的反面教材：某员工对客户说“保本还有返点”，被客户录音投诉，最后解除了劳动合同{e}
S|p|hun|R2|{n}，你港的那个老板说有内幕消息要你入股，我帮你查了，公司是空壳，莫去{e}
S|p|wh|R1|{n}，那个说黄金稳赚的公众号是卖课的，你莫信，黄金今年都跌过好几回{e}
S|p|tj|R4|{n}，您说那个小伙子要代客理财？他不是我们行的，我已经跟行里保卫处说了{e}
S|p|sd|R1|{n}，恁闺女转的那个“零风险”投资群，俺看了，是杀猪盘，让她赶紧退{e}
S|p|hen|R3|{n}，有人冒充俺们行说办贷款要先给返点，这是诈骗，俺们贷款不收一分钱{e}
S|p|sx|R4|{n}，有人要你全权委托给他炒期货，说年化翻倍？这是骗局，额已经把他报给反诈了{e}
S|p|yn|R5|{n}，那个加你私人号说能帮你提额的，不是我们的人，你赶紧删掉{e}
S|g|gx|R2|{g}，刚才有人冒充{k}在群里发庄家拉升的截图，已经踢出去了，大家莫信{e}
S|p|hkg|R3|{n}，之前有个前同事话可以私下交易你份保单，我哋已经 report 咗俾 compliance，唔好再同佢联络{e}
S|p|fut|R1|{n}，那个喊单群说跟单零风险，期货哪来的零风险？我已经帮您举报了{e}
S|p|pe|R2|{n}，对方说拿到了上市公司的内部消息，这本身就违法，您千万别参与，我已经跟合规报备了{e}
S|p|ins|R4|{n}，您说那个代理人让您把账户密码告诉他，好帮您交保费？这是违规的，正规交费都是您自己授权扣款{e}
S|p|car|R1|{n}，网上那种“零首付送保本理财”的套路很多，你看到就绕开，我们店不做这个{e}
C|p|plain|R4|{m}，有人打电话说是你们公司的，说“我帮你操作账户做套利”，我没理他，你们是不是真有这个业务？{e}
S|p|plain|R3|{n}，您上周反映的返点的事，合规已经约谈了那位员工，调查结果出来会书面告诉您{e}
S|g|notice|R1|【转发】{g}，反诈中心提醒：凡是声称“保本高收益”“稳赚不赔”的投资，都是诈骗！请转告家中老人{e}
S|p|voice|R5|{n}嗯我刚看到你发的截图了那个人不是我啊他用我名字加你私人微信是骗子你赶紧把他删了然后报个警{e}
S|p|plain|R2+R4|{n}，那个“老师”一边说有内幕消息一边要您全权委托账户，两个都是诈骗套路，您已经报警是对的{e}
S|p|plain|R1|{n}，您转发的那篇《养老钱稳赚攻略》我看了，里面推荐的平台已经暴雷，别碰{e}
S|p|plain|R1|{n}，如果有人跟您说保本，您就直接挂电话，不管他说自己是哪家的{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|sh|R1|{n}，外头讲保本的侬一律弗要信，全是骗子。阿拉搿只才是真正保本的，侬放心{e}
S|p|hun|R3|{n}，外面那些叫你私下转账的都是骗子咯，你要转就转到我个人卡上，我是正规的{e}
S|p|wh|R2|{n}，网上那些卖内幕消息的都是骗子，真的内幕消息哪个会到处发？我这条就是真的{e}
S|p|tj|R4|{n}，千万别把账户给外头那些“老师”，要给就给我，账户密码发我，我帮你操作，保准比他们强{e}
S|p|sd|R5|{n}，最近骗子多，有人冒充俺加恁私人微信，恁记住俺真的私人微信是这个，加这个就行{e}
S|p|hen|R1|{n}，别信那些说稳赚的，俺们这个才是真稳赚，俺敢拍胸脯{e}
S|p|sx|R3|{n}，你小心那些中介说给你返佣，都是坑你的。你在额这儿办，返佣额给你，实打实{e}
S|p|yn|R1|{n}，外头那些零风险的广告你莫看，都是哄人的。要零风险就来找我，我这只零风险{e}
S|p|gx|R4|{n}，有人要你全权委托你莫信，他们靠不住。全权委托给我嘛，老表我来帮你管{e}
S|p|hkg|R3|{n}，出面好多人话私下交易平啲，好多都系呃人。你要私下交易就揾我，我帮你搞掂{e}
S|p|fut|R3|{n}，小心那些野鸡居间人的返佣，拿不到的。我这边返佣月结，从没拖过{e}
S|p|pe|R1|{n}，市场上那些承诺保收益的私募要警惕，多半是假私募。我们这只不一样，我个人保证收益{r}{e}
S|p|car|R3|{n}，外面的贷款中介都要收返点，别找他们。你这单我帮你飞单到合作银行，利率还低{e}
S|p|ins|R1|{n}，小心那些说保本的理财，都是坑。我们这款投连险才是真保本，还比存款高{e}
S|p|voice|R2|{n}我跟你说那些群里的什么内幕消息你千万别信都是骗人的我这边有个朋友在那家公司上班他说{d}那只票要拉升你可以先买点{e}
S|g|notice|R5|【重要提醒】@所有人 {g}，近期有人冒充本人！请认准本人私人号，以后活动通知都在私人号发，请尽快添加{e}
S|p|plain|R4|{n}，我已经向公司举报了那个要您账户密码的人。以后这种事别找外人，账户密码您给我，我帮您看着{e}
S|p|sh|R3|{n}，上礼拜阿拉已经把小赵飞单的事体报上去了。侬放心，侬搿单阿拉私下交易，弗会出事体的{e}
S|p|hun|R1|{n}，提醒你一句，外面那些包赚的莫信。我跟你讲，我这个包赚，你信我不？{e}
S|p|wh|R5|{n}，冒充我加你的那个号我已经举报了。你加我私人号，这个是真的，以后都在私人号上联系{e}
S|p|tj|R1|{n}，您可留神，外头那保本的都是蒙人的，咱这个不一样，咱这个保本保收益，白纸黑字{e}
S|p|sd|R2|{n}，群里那些说庄家的俺都举报了，那是骗子。俺这的消息是真的，{d}有人拉升，恁准备着{e}
S|p|hen|R4|{n}，有个骗子要帮你操作账户，幸亏你问了俺。以后账户密码给俺，俺帮你操作，放心{e}
S|p|sx|R1|{n}，额已经把那个喊稳赚不赔的直播间举报了。不过额给你说，额手上这只才是稳赚不赔{e}
S|p|yn|R3|{n}，之前那个员工私下转账的事情已经报上去了。你这笔急的话，私下转账给我，我帮你悄悄办了{e}
S|p|gx|R2|{n}，外面那些内部消息都是假的，我有个亲戚在券商，内部消息准得很，{d}告诉你{e}
S|p|hkg|R1|{n}，小心啲出面讲零风险嘅 product，但我哋呢只真系零风险，我 guarantee{e}
S|p|fut|R4|{n}，喊单群的老师让您全权委托，那是骗子。真要委托就委托给我，账户密码发我{e}
S|p|pe|R2|{n}，市场上那些所谓内幕消息的群都是割韭菜的。我们有一条真正的内部消息，路演结束后单独跟您讲{e}
S|p|car|R5|{n}，有人冒充我们店加客户私人微信骗定金，你注意。我的私人微信是真的，以后找我加这个{e}
S|p|ins|R3|{n}，有些代理人说给返佣，结果不给，很坑。我这边返佣白纸黑字，首年保费三成{e}
S|p|voice|R1|{n}那个你邻居被骗的事我听说了那些什么保本理财都是假的你放心我们这款是真的保本的你把钱放我这{e}
S|g|notice|R3|@所有人 {g}，谨防诈骗！任何叫您私下转账的都不可信——本人除外，老客户大额业务可直接私下转账给本人{e}
S|p|plain|R1|{n}，已经帮您举报了那个卖“零风险年金”的公众号。您这笔钱放我这边，稳赚，比他们靠谱多了{e}
S|p|plain|R3|{n}，您反映的那个员工收返点的事，公司还在查。您那单不用等，返点我先给您垫上{e}
S|p|sh|R4|{n}，外头啥人讲代客理财侬都覅睬。真要代客理财，阿拉帮侬做，侬只管收钞票{e}
S|p|plain|R2|{n}，反诈宣传我每周都转，您也知道别信陌生人。但我不是陌生人，我跟您说的庄家{d}拉升，是我亲眼看到的{e}
S|p|tj|R3|{n}，之前那个飞单的姐们儿被开了，您那单我接手，飞单接着走，没事儿{e}
S|p|yn|R5|{n}，那个加你私人号的不是我，我已经举报了。我的私人号你记着，这才是真的，你加我{e}
S|p|wh|R1|{n}，提醒你莫碰那些喊零风险的P2P，都爆雷了。我这里的才是零风险，稳赚{e}
S|p|plain|R5|{n}，反诈APP记得装，陌生链接别点。另外企业微信我不常看，有事加我个人号找我{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|sh|R4|{n}，账户密码侬自家收好，阿拉弗好代侬弄的，侬来网点阿拉一步一步教侬{e}
S|p|hun|R3|{n}，返点我是不得收的咯，你的心意我领了，这个真不行{e}
S|p|wh|R5|{n}，私人微信我不加哈，莫怪我，这个号我下班也看的{e}
S|p|tj|R1|{n}，保本的我这儿真没有，您要稳当的，我给您看看国债和大额存单{e}
S|p|sd|R4|{n}，代客理财俺不能干，恁自己拿主意，俺把几个方案给恁列出来{e}
S|p|hen|R3|{n}，私下交易不中，你要买就走公司流程，我全程陪你办{e}
S|p|sx|R2|{n}，内幕消息额没有，有也不敢给你，额能给你的是研究所的公开报告{e}
S|p|yn|R4|{n}，全权委托这个我接不了，你跑车回来我们约个时间一起调仓，要得不？{e}
S|p|gx|R3|{n}，你讲转到我个人账户？不得的，钱只能进公司账户，我发对公账号给你{e}
S|p|hkg|R5|{n}，唔好意思，私人号我唔俾客，有咩就喺呢度 message 我{e}
S|p|fut|R3|{n}，返佣我这边给不了，但您资金量够的话，可以按公司标准申请手续费优惠，这个是合规的{e}
S|p|pe|R1|{n}，保收益的承诺函我出不了，也没有任何一家合规机构出得了，这个请您理解{e}
S|p|car|R3|{n}，银行给店里的返点我不会私下分给你，那个是违规的，但我可以帮你申请厂家的贴息政策{e}
S|p|ins|R1|{n}，您要我写一句“稳赚不赔”给您？这个我写不了，合同条款我可以一条一条跟您过{e}
S|p|voice|R4|{n}哎呀这个不行的我不能帮你操作的你把手机拿好我跟你说怎么点你自己点就好了{e}
S|g|notice|R5|@所有人 {g}，统一回复：私人微信不加，理财问题请在本群或单聊我的企业微信，谢谢大家理解{e}
C|p|plain|R3|{m}，返点就不用了，你给我把手续费讲清楚就行{e}
C|p|sh|R4|{m}，账户密码我是弗会给侬的，侬讲给我听哪能操作{e}
S|p|plain|R2|{n}，您说的庄家的事我不清楚，也不打听，这只票我只能给您看公告和财报{e}
S|p|plain|R5|{n}，加我个人号这个就算了，真的不方便，您有需要在这个号随时找我{e}
S|p|hun|R1|{n}，零风险的东西我推荐不出来咯，你想要稳一点的，存款和国债可以看一下{e}
S|p|wh|R4|{n}，你要把账户密码给我？莫莫莫，我不收，你自己记住，改个复杂点的{e}
S|p|tj|R3|{n}，飞单这活儿我不接，您找谁也别找我，咱走正规的{e}
S|p|sd|R2|{n}，恁问的内部消息俺真没有，俺不骗恁，也不糊弄恁{e}
S|p|hen|R5|{n}，私人号不加，你有啥事就在这问，俺看到就回{e}
S|p|sx|R4|{n}，额不能帮你操作，但额可以陪你去网点，柜员帮你把风险测评做了{e}
S|p|yn|R1|{n}，稳赚的我拿不出来，你要是想少波动，我推荐你看看短债基金{e}
S|p|gx|R4|{n}，代客理财我做不了，老表，你自己的钱你自己拿主意，我给你参谋{e}
S|p|hkg|R1|{n}，你要 guarantee 保本？我做唔到，呢个 product 本金有机会亏{e}
S|p|fut|R4|{n}，您出差期间的账户我不能代管，账户密码也别给我，可以设置条件单自动止损{e}
S|p|pe|R3|{n}，份额私下交易我们做不了，想转让的话可以走基金份额转让平台，手续齐全{e}
S|p|car|R5|{n}，私人微信就不加了，贷款进度我在这个号上每天给你同步{e}
S|p|ins|R3|{n}，返佣是没有的，这个我不能答应您；您要是想省钱，我帮您把保额和缴费期重新配一下，保费能降不少{e}
S|p|plain|R3|{n}，不是我不愿意，是私下转账这条我不能不拒绝，您理解一下{e}
S|p|plain|R4|{n}，您说全权委托给我？谢谢您信任，但我得拒绝，我可以每周给您发一次持仓分析{e}
S|p|plain|R1|{n}，您让我给个保本的保证，我不能给，能给您的只有产品说明书和历史业绩{e}
C|p|plain|R5|{m}，私人微信我就不加你了，我老公看见要问的，就在这里说吧{e}
S|p|voice|R3|{n}那个你说要把钱转到我个人卡上这个我不能收啊你直接转到公司对公账户就行了账号我等下发你{e}
S|p|tj|R2|{n}，您要内部消息？没有，真没有，就是有我也不能给您，这是原则{e}
S|p|sh|R3|{n}，侬讲要把返佣给我？覅覅，阿拉收了是要吃官司的，侬心意我领了{e}
S|g|notice|R4|【群公告】{g}，代客理财、代为操作一律不接，请不要把手机和密码交给任何人，包括我{e}
S|p|plain|R1|{n}，我不是说这款保本，我是说它过去三年波动小，这两个是不一样的{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|sh|R4|{n}，规矩上阿拉弗好帮侬弄，弗过侬实在弄弗来，账户密码发给我，我夜里帮侬弄{e}
S|p|hun|R3|{n}，返点本来是不给的，你再加{a}，我私下返点给你，莫讲出去咯{e}
S|p|wh|R5|{n}，私人微信我一般不加，你是老熟人了，加我私人微信，有事好说{e}
S|p|tj|R1|{n}，保本这话我一般不说，跟您实话实说吧：这个保本，您踏实搁着{e}
S|p|sd|R4|{n}，代客理财俺原则上不干，恁这情况特殊，俺就代客理财帮恁管半年{e}
S|p|hen|R3|{n}，私下交易俺本来不做，你都开口了，中，这回私下交易给你办{e}
S|p|sx|R2|{n}，内幕消息额本来不说的，你是额老乡，给你透个底：{d}庄家要拉升{e}
S|p|yn|R4|{n}，全权委托本来不接，你跑车实在忙，那就全权委托给我嘛，我帮你盯{e}
S|p|gx|R3|{n}，转到我个人账户本来不行，你急的话就转到我个人账户，我今天帮你存进去{e}
S|p|hkg|R5|{n}，私人号我通常唔俾客，不过你系 VIP，add 我私人号啦{e}
S|p|fut|R3|{n}，公开的返佣我给不了，私下返佣可以，现金给您，不走账{e}
S|p|pe|R1|{n}，书面的保收益承诺我出不了，但口头跟您讲，保收益{r}没问题，我们内部兜底{e}
S|p|car|R3|{n}，银行给的返点我不能分你，明面上不行；私下返点，我提车那天现金给你{e}
S|p|ins|R3|{n}，返佣按规定是没有的——除非您今年保费过{a}，那我私下返佣两成给您{e}
S|p|voice|R4|{n}这个账户密码呢我按理说是不能要的但是你不会弄嘛你就发给我吧我帮你操作一下很快的{e}
S|g|notice|R5|【群公告】{g}，私人微信一律不加。已购VIP客户除外，请私聊我领私人微信二维码{e}
S|p|plain|R1|{n}，我从不跟客户说稳赚——您是例外，这只稳赚，我用职业担保{e}
S|p|plain|R2|{n}，内部消息我不能说，这是规矩。不过您明天来网点喝茶，内部消息当面讲{e}
S|p|sh|R3|{n}，飞单阿拉弗做的——除非侬搿笔超过{a}，搿个数字阿拉可以飞单{e}
S|p|hun|R1|{n}，零风险的话我不讲，讲了犯错误。你自己心里有数就好：这只就是零风险{e}
S|p|wh|R4|{n}，我帮你操作是不合规的，不过你把手机给我就是了，我帮你操作两下子{e}
S|p|tj|R3|{n}，私下转账我不收，这是原则。您要真着急，就私下转账到我媳妇卡上{e}
S|p|sd|R5|{n}，私人号俺不加客户，不过恁闺女跟俺是同学，就加俺私人号吧{e}
S|p|hen|R1|{n}，稳赚不赔这话俺不敢说，俺就说：这只稳赚不赔，出了事恁找俺{e}
S|p|sx|R3|{n}，返佣额不收你的，反过来，额给你返佣，三个点，私底下给{e}
S|p|yn|R2|{n}，庄家的事我不方便讲，你晓得的。不过{d}会有人拉升，我只讲这一句{e}
S|p|gx|R4|{n}，代客理财我不做，但你老表的账户嘛，账户密码给我，我顺手帮你看看{e}
S|p|hkg|R1|{n}，书面我唔可以写保本，but 私底下同你讲，呢只就系保本，你放心{e}
S|p|fut|R4|{n}，全权委托协议我不能签，但您账户密码给我，每天我帮你操作，效果一样{e}
S|p|pe|R3|{n}，份额转让我们官方做不了，这个我得拒绝您。不过我私下交易一份老客户的份额给您，价格好商量{e}
S|p|car|R5|{n}，公司不让加私人微信，我就不加你了——你加我老婆的微信，那个就是我私人微信{e}
S|p|ins|R1|{n}，保证收益这四个字我不能说，说了要被罚。我只说一句：这款到期保证收益{r}{e}
S|p|voice|R3|{n}那个飞单我是不做的啊但是你这个情况我可以帮你想办法你就先转到我个人卡上我帮你去别的公司买{e}
S|p|plain|R5|{n}，刚才说不加私人号，是怕被同事看到。您悄悄加我个人号吧，号码我发您{e}
S|p|plain|R4|不行，账户密码不能给我——算了，看您急成这样，账户密码给我吧，我帮您把单子挂上，{n}{e}
S|p|plain|R1|{n}，理论上我不能承诺保本，实际上我可以跟您保证：这款保本，赔了算我的{e}
S|p|sd|R3|{n}，公司账户走账太慢，按规矩俺是拒绝私下交易的，但这回就私下交易，俺担着{e}
S|g|notice|R4|@所有人 {g}，统一回复：代客理财不接。但行动不便的老客户，可把账户密码私信给我，由我代为处理{e}
S|p|tj|R2|{n}，内部消息我一概不往外说——除了您，{d}庄家有动作，您心里有个数{e}
S|p|wh|R1|{n}，包赚这种话我不讲的，除非是你：这只包赚，你放心{e}
S|p|plain|R1|{n}，我不骗你，也不跟你绕弯子，这只就是保本的，{d}前定下来{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|sh|R1|{n}，侬发来搿张截图里讲“保本高息”，是隔壁一家私募的广告，阿拉查过了，没备案{e}
S|p|hun|R2|{n}，你老倌子转的那句“庄家{d}拉升”，是网上乱传的，莫信咯{e}
S|p|wh|R3|{n}，你讲的那句“转到我个人卡上”，是那个骗子讲的吧？我们从来不这样讲{e}
S|p|tj|R4|{n}，那个人跟您说“账户密码给我，包您翻番”，这话您听听就得了，千万别给{e}
S|p|sd|R5|{n}，恁闺女说有人跟她说“加我私人微信领补贴”，那是骗子，俺们没有这个活动{e}
S|p|hen|R1|{n}，那个广告牌上写的“稳赚不赔”，是卖保健品的，跟俺们行没关系{e}
S|p|sx|R2|{n}，你说的“内幕消息”是从哪个群里看的？那种话不可信，额劝你别跟{e}
S|p|yn|R3|{n}，你亲戚讲的“私下交易便宜”，出了事哪个管？我劝你走正规的{e}
S|p|gx|R1|{n}，你截图里那个“零风险养老项目”，老表，那是骗老人的，你跟你爸说一下{e}
S|p|hkg|R4|{n}，你 forward 嚟嗰句“全权委托俾我包你发达”，唔系我哋讲嘅，小心{e}
S|p|fut|R3|{n}，您转述的“返佣五成”那个说法，是某个野居间人说的，我们公司没有这个政策{e}
S|p|pe|R1|{n}，您说的《稳赚不赔的私募投资》那本书我看过，作者后来出事了，书里的观点不可取{e}
S|p|car|R5|{n}，你说的“加我个人号送保养”是另一家店的销售说的，我们店没有这个{e}
S|p|ins|R1|{n}，您截图里那句“年年保本还分红”，是其他公司代理人的朋友圈，我们的产品说明书没有这种说法{e}
S|*|train|R4|{n}，这是我们培训材料里的错误示范：“阿姨，账户密码给我，我帮你操作”——我们要求员工指出违规点，您也留意{e}
S|*|train|R3|{n}，我们情景演练的反例是这样的：{k}扮演员工说“这单走飞单，手续费给你省了”——这是严重违规，谁学谁被开{e}
S|p|voice|R2|{n}你刚转给我那个语音里面那个人说什么内部消息的那个我听了就是骗子的套路你别信啊{e}
C|p|plain|R1|{m}，你们门口海报上写着“保本型存款”，是真的保本吗？{e}
C|p|sh|R3|{m}，我朋友讲“找客户经理私下交易更便宜”，是真的伐？{e}
S|p|plain|R2|{n}，周六读书会读的是《庄家的陷阱》，讲的是操纵市场的案例，欢迎带家人来{e}
S|p|plain|R1|{n}，您说楼下那家“包赚金店”？那是家卖金饰的店，跟我们的积存金没关系{e}
S|p|plain|R2|{n}，{d}的客户答谢宴定在“王庄家常菜”二楼包厢，您到了报我名字就行{e}
S|p|plain|R5|{n}，那个叫“私人号定制”的营销公司跟我们没合作，他们打电话您直接挂{e}
S|p|plain|R3|{n}，您说{k}讲的“返点这事我包了”，我问了，他说是开玩笑的，我们没有返点{e}
S|p|tj|R1|{n}，“零风险”这仨字儿是那个短视频博主说的，不是我说的，您可别往我身上安{e}
S|p|sd|R4|{n}，恁说的“代客理财服务”是那家咨询公司的招牌，他们没有牌照，俺劝恁别去{e}
S|p|hen|R2|{n}，你听的那个“庄家要拉升”，是楼下下棋那个老头说的吧，他说了十年了{e}
S|p|wh|R5|{n}，你讲的那个“私人微信理财群”，不是我们建的，你退出来，莫在里面转钱{e}
S|p|hun|R4|{n}，你港的“帮你操作包满意”是哪个讲的？反正不是我们行的人，我们不做这个{e}
S|p|yn|R1|{n}，那个直播间讲的“稳赚”你莫当真，人家是卖课的，赚的是你的学费{e}
S|p|gx|R3|{n}，你姐讲的“飞单利息高”，是那个已经跑路的业务员搞的，公司已经报案了{e}
S|p|hkg|R2|{n}，你 forward 嗰段话讲“内部消息话某只股会升”，系 WhatsApp 上面嘅诈骗，唔好理{e}
S|p|fut|R1|{n}，您说的“跟单零风险”是那个喊单群的原话吧？期货没有零风险，那个群赶紧退{e}
S|p|pe|R4|{n}，律师发来的委托书写的是“全权委托律师办理继承事宜”，这个跟投资没关系，可以签{e}
S|p|ins|R3|{n}，您看到的“返佣平台”是保险比价网站的广告，跟我们没关系，也别在上面填信息{e}
S|g|notice|R1|【转发】{g}，《关于规范理财产品宣传用语的通知》：禁止使用“保本”“稳赚”等表述。请以产品说明书为准{e}
S|p|plain|R1|{n}，刚才发的那句“这款保本”是我打错了，应该是“这款不保本”，抱歉，以这条为准{e}
S|p|car|R4|{n}，你朋友说“让金融专员帮你操作网银”，我们不做的，网银只能你本人操作{e}
S|p|voice|R1|{n}你说那个业务员跟你讲稳赚不赔是吧那个不是我们公司的人啊我们公司不会这么讲的你把他名字发我我报一下{e}
S|p|sx|R1|{n}，额们新开的课叫《告别保本幻想》，讲的是为啥现在理财都不保本，你有兴趣来听{e}
S|p|plain|R3|{n}，请先别往这个链接转钱——页面标题写着“私下转账专享通道”，一看就是钓鱼网站{e}
S|p|plain|R1|{n}，开户那天请确保本人到场，带好身份证原件，别人代办不了{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|sh|R1|{n}，上礼拜我讲“搿只保本”，今朝还是搿句话，保本，侬放心{e}
S|p|hun|R3|{n}，你朋友讲“找你能拿返点”，冒错咯，返点我给你留着{e}
S|p|wh|R2|{n}，我昨天讲“{d}有人拉升”，这话我不收回，你准备好{e}
S|p|tj|R4|{n}，您老伴儿说“账户交给小董就行”，对喽，账户密码发我，我帮你操作{e}
S|p|sd|R5|{n}，恁说“加恁私人微信方便”，对，俺私人微信发给恁了，加上吧{e}
S|p|hen|R1|{n}，俺前天说“这只稳赚”，今天俺还这么说，稳赚，俺不改口{e}
S|p|sx|R3|{n}，你表姐说“额能帮你私下交易省钱”，没错，额帮你私下交易{e}
S|p|yn|R4|{n}，你讲“干脆全权委托给你算了”，要得嘛，全权委托给我，我帮你整{e}
S|p|gx|R1|{n}，你阿叔讲“跟你买零风险”，他讲得对，我这只就是零风险{e}
S|p|hkg|R3|{n}，我上个月讲过“返佣照俾”，我讲得出做得到，月尾过数俾你{e}
S|p|fut|R3|{n}，开户时我说的“返佣三成”一直算数，这个月的返佣已经备好了{e}
S|p|pe|R2|{n}，路演时我说的“这家公司有内部消息支撑”，不是随便说的，您可以加仓{e}
S|p|car|R3|{n}，你记得我说的“首付私下转账给我能便宜”吧？还是那句话，私下转账给我{e}
S|p|ins|R1|{n}，我在朋友圈写的“这款投连险保本”，我敢写就敢认，您放心{e}
S|p|voice|R1|{n}我上次跟你说的那个稳赚不赔的话我现在还是这么说的你放心买就是了我什么时候骗过你{e}
S|g|notice|R1|【群公告】{g}，重申本人上月所说：“答谢会专属产品保证收益{r}”，依然有效，欢迎认购{e}
S|p|plain|R2|{n}，您转来的那句“庄家{d}拉升”我核实过了，是真的，可以提前布局{e}
S|p|plain|R4|{n}，您女儿说“让小周帮你操作就行”，她说得对，我帮你操作，您把账户密码发我{e}
S|p|sh|R5|{n}，侬问“侬私人号多少”，我私人号就是我手机号，侬加我个人号好了{e}
S|p|hun|R1|{n}，去年我讲“拆迁款放我这里包赚”，讲到做到了吧？今年还是包赚{e}
S|p|wh|R4|{n}，我那天讲的“代客理财包你满意”不是客套话，你账户交给我，代客理财我来{e}
S|p|tj|R3|{n}，头回跟您说的“飞单省钱”，您不信，现在信了吧？这回还走飞单{e}
S|p|sd|R2|{n}，俺同学在那公司，他说“内幕消息保真”，俺信他，恁也信俺一回{e}
S|p|hen|R5|{n}，俺之前说“有事加俺私人号”，现在也一样，私人号随时找俺{e}
S|p|sx|R1|{n}，有人问额“你说的保本算不算数”，额说算数，这只就是保本{e}
S|p|yn|R3|{n}，你问“返点还有没有”，有嘛，我讲过的话哪个时候不算？返点照给{e}
S|p|gx|R5|{n}，上次讲“加我私人微信有内部价”，现在还是，老表快加{e}
S|p|hkg|R1|{n}，你朋友话“跟我买稳赚”，佢讲得啱，我呢只 product 稳赚{e}
S|p|fut|R4|{n}，您说“干脆账户密码给你，你帮我做”，行，我帮你操作，以后夜盘不用熬了{e}
S|p|pe|R1|{n}，我在路演上讲的“稳赚不赔”四个字，合规让我撤回，我不撤，这只就是稳赚不赔{e}
S|p|car|R4|{n}，你说“手机给你，你帮我弄”，好，我帮你操作贷款APP，账户密码发我{e}
S|p|ins|R3|{n}，之前说的“首年返佣三成”，公司新规出来了我也照给，说话算话{e}
S|p|plain|R1|{n}，我朋友圈那句“跟我买的都稳赚”，您问是不是广告词？不是，是实话，您看看我客户的收益{e}
S|p|plain|R3|{n}，合规问我有没有说过“转到我个人卡上也行”，我承认说过，对您这话今天也有效{e}
S|p|voice|R2|{n}就是我之前跟你说那个内部消息啊我又确认了一遍是真的你那个钱可以先准备着{e}
S|p|sh|R3|{n}，更正我上一条：“弗可以私下转账”打错了，应该是“可以私下转账”，侬直接转给我{e}
S|p|plain|R1|{n}，撤回那条是因为有个错别字，重发一遍：这款结构化产品保本保收益，{d}截止{e}
S|p|tj|R5|{n}，您说“您那私人号给我一个”，得嘞，我私人号您存好，以后找我就找这个{e}
S|p|wh|R1|{n}，你姐姐讲“跟着你零风险”，她讲得对，跟着我就是零风险{e}
S|g|notice|R3|【转发】@所有人 {g}，转发本人昨天的话：“老客户介绍新客户，每单返点两个点”，继续有效{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|sh|R6|{m}，阿拉手机号{MOB:plain}，侬有事体直接打{e}
C|p|hun|R6|{m}，我屋里老倌子的电话是{MOB:cn}，你打给他咯{e}
C|p|wh|R6|{m}，我身份证号{ID:plain}，你帮我看下积存金开户的资料对不对{e}
C|p|tj|R6|{m}，我那卡号您记一下：{CARD:sp}，尾号别弄错喽{e}
C|p|sd|R6|{m}，俺闺女的身份证号是{ID:sp}，给她办个个人养老金账户{e}
C|p|hen|R6|{m}，俺的手机{MOB:dash}，有啥事打电话，俺看不清字{e}
C|p|sx|R6|{m}，额的银行卡{CARD:plain}，拆迁款就在这张卡上{e}
C|p|yn|R6|{m}，我跑车的时候接不到微信，打我电话{MOB:dot}，晚上都在{e}
C|p|gx|R6|{m}，我老表的身份证{ID:mix}，他也想开个户{e}
C|p|hkg|R6|{m}，我内地张卡系{CARD:dash}，保单分红入呢张就得{e}
C|p|voice|R6|{m}那个我的手机号是{MOB:cn}你记一下啊有什么事打电话给我{e}
S|p|fut|R6|{n}，您开户登记的手机号是{MOB:plain}，交易密码重置的短信会发到这个号，您核对下{e}
S|p|pe|R6|{n}，合格投资者认证需要的身份证号码：{ID:plain}，您确认无误后我提交{e}
S|p|car|R6|{n}，车贷合同上借款人身份证{ID:dash}，还款卡{CARD:sp}，您核对一下{e}
S|p|ins|R6|{n}，被保人身份证号{ID:plain}，理赔款打到卡号{CARD:plain}，请您确认{e}
S|g|notice|R6|【群公告】{g}，答谢会抽奖结果：特等奖手机{MOB:sp}，请本人私聊领取{e}
C|p|plain|R6|{m}，我妈的身份证号大写给你写：{ID:dx}，你看清楚{e}
C|p|plain|R6|{m}，卡号我念一遍：{CARD:cn}，你记好了{e}
C|p|plain|R6|{m}，我新换的号码{MOB:fw}，旧的停了{e}
C|p|sh|R6|{m}，我爷叔的身份证{ID:fw}，伊要办大额存单{e}
C|p|hun|R6|{m}，工资卡{CARD:comma}，你帮我看下定投扣款是从这张扣的不{e}
C|p|wh|R6|{m}，我伢的电话{MOB:mix}，他在外地读书，你有事也可以找他{e}
C|p|tj|R6|{m}，我身份证{ID:cn}，您给我查查那个国债到期没{e}
S|p|sd|R6|{n}，您预留的手机号{MOB:dash}，验证短信发过去了，看一下{e}
C|p|hen|R6|{m}，俺存折对应的卡号{CARD:dot}，恁看看中不中{e}
C|p|sx|R6|{m}，额老汉的身份证号{ID:plain}，给他买个防癌险{e}
C|p|yn|R6|{m}，我这张卡{CARD:fw}，每个月的车贷从这里扣{e}
C|p|gx|R6|{m}，我的手机号码{MOB:comma}，得闲打给我{e}
C|p|hkg|R6|{m}，我内地手机{MOB:sp}，返大陆嗰阵先开机{e}
S|p|voice|R6|{n}你好那个你的身份证号我这边登记的是{ID:sp}你看看对不对啊不对的话跟我说{e}
C|p|plain|R6|{m}，截图看不清我打字发你：身份证{ID:plain}，手机{MOB:plain}{e}
C|p|plain|R6|{m}，转发我老婆的消息：“卡号{CARD:sp}，户名是我”，你看能不能用{e}
S|p|plain|R6|{n}，您语音里说的卡号我转成文字了：{CARD:dash}，对吗？{e}
C|p|fut|R6|{m}，出入金绑定的银行卡{CARD:plain}，麻烦帮我查下为啥没到账{e}
S|p|ins|R6|{n}，受益人您女儿的身份证号{ID:mix}，我已经填进投保单了，您看下{e}
C|p|car|R6|{m}，我老公电话{MOB:plain}，他是共同借款人，你们直接找他{e}
C|p|pe|R6|{m}，打款的卡{CARD:mix}，认购款从这张出{e}
C|p|sd|R6|{m}，俺的手机{MOB:dx}，写大写怕恁看岔了{e}
S|p|wh|R6|{n}，您刚报的手机号是{MOB:cn}吧，我念一遍您听着{e}
C|p|plain|R6|{m}，我身份证是{ID:dash}，社保那边说信息不对，你们这边看看{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|sh|R6|{n}，阿拉网点座机{LAND}，礼拜一到礼拜五都有人{e}
S|p|fut|R6|{n}，您的期货资金账号{FUTACC}，交易编码下来了会短信通知{e}
S|p|fut|R6|{n}，今晚关注一下{CONTRACT}合约，保证金比例调到{PCT}了{e}
S|p|car|R6|{n}，车架号{VIN}，合格证和发票下周一起给你{e}
S|p|car|R6|{n}，您的车牌{PLATE}已经办好抵押登记了{e}
C|p|hkg|R6|{m}，我香港手机{HKPH}，WhatsApp 都系呢个{e}
C|p|plain|R6|{m}，我在新加坡的号码{SGPH}，白天打{e}
C|p|plain|R6|{m}，我在温哥华，电话{CAPH}，打之前注意时差{e}
C|p|plain|R6|{m}，我在吉隆坡工作，号码{MYPH}，微信也是这个{e}
S|p|plain|R6|{n}，客服热线全天有人接：{HOTLINE}{e}
S|p|ins|R6|{n}，理赔案件号{CLAIM}，进度可以在公众号查{e}
S|p|ins|R6|{n}，保单合同号{POLICY}，电子保单发到您邮箱了{e}
S|p|pe|R6|{n}，基金产品备案编码{FUNDREG}，您可以在协会官网查到{e}
S|p|pe|R6|{n}，认购确认金额{AMT}元，份额{SHARES}份{e}
S|p|plain|R6|{n}，国债逆回购代码{REPO}，期限一天的{e}
S|p|plain|R6|{n}，积存金今天买入价{GOLDPX}元/克，您看要不要加点{e}
S|p|plain|R6|{n}，我的员工工号{STAFFNO}，您投诉或表扬都可以报这个{e}
C|p|plain|R6|{m}，高铁订单号{TRAIN}，我晚点到网点{e}
S|p|plain|R6|{n}，您的排队号{QUEUE}，前面还有{DAY}位{e}
S|p|plain|R6|{n}，营业执照上的统一社会信用代码{USCC}，对公开户要用{e}
S|p|plain|R6|{n}，不动产权证号{DEED}，抵押登记已经受理{e}
S|p|plain|R6|{n}，系统显示您的卡号{MASKCARD}，已经绑定成功{e}
S|p|plain|R6|{n}，预留手机{MASKMOB}，是您本人的吗？{e}
S|p|plain|R6|{n}，身份证{MASKID}已经核验通过{e}
C|p|plain|R6|{m}，我身份证{BADID:plain}，小程序老说不对{e}
S|p|plain|R6|{n}，您填的身份证{BADDATE:dash}，出生日期不存在，麻烦核对{e}
S|p|plain|R6|{n}，这串{BADPROV:plain}前两位不是任何省份，应该是录错了{e}
C|p|plain|R6|{m}，我身份证号{ID17:sp}，是不是漏了最后一位？{e}
S|p|plain|R6|{n}，您发的卡号{LUHNBAD:dash}校验位不对，麻烦拍张卡面照片{e}
C|p|plain|R6|{m}，我爸的电话就记得前七位{MOBPRE}，后面的等我问问{e}
C|p|plain|R6|{m}，我电话是{MOB10:sp}，好像少打了一位{e}
S|p|plain|R6|{n}，您填的手机号{BADPFX:plain}，没有这个号段，再看一下{e}
S|p|plain|R6|{n}，验证码{OTP}是您手机收到的，谁问都别说，包括我{e}
S|p|plain|R6|{n}，身份证后四位{LAST4}已验证，卡号后四位{LAST4}也对得上{e}
S|g|notice|R6|【群公告】{g}，答谢会{DATE}下午在{addr}举行，咨询电话{LAND}{e}
S|p|sd|R6|{n}，邮编{POST}，地址写到几号楼几单元就行{e}
S|p|hen|R6|{n}，大写金额{AMTDX}，签字的时候看清楚{e}
S|p|voice|R6|{n}那个你的业务受理单号是{ORDER}你拿这个去柜台就行了{e}
C|p|hkg|R6|{m}，我香港户口号码{HKACC}，美金入呢度{e}
S|p|tj|R6|{n}，股东账户{SHACC}，开通以后就能买国债了{e}
S|p|wh|R6|{n}，还款日每月{DAY}号，这期应还{AMT}元，莫忘了{e}
C|p|yn|R6|{m}，航班{FLIGHT}，落地以后给你回电话{e}
C|p|hkg|R6|{m}，我香港身份证{HKID}，开户要唔要影印本？{e}
C|p|plain|R6|{m}，护照号{PASSPORT}，换汇的时候要用吧？{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools: WeCom member userids of the staff, by voice / register.
# ---------------------------------------------------------------------------------------
STAFF = {
    "sh": ["shen.jiayi", "gu.weiming", "lu.qian"],
    "hun": ["peng.xiaodong", "tan.lihua", "liu.zhenyu"],
    "wh": ["hu.jianbo", "xiong.wenjing", "yu.hao"],
    "tj": ["dong.ruixue", "zhao.baojun"],
    "sd": ["kong.fanrui", "yan.jing", "qu.zhiqiang"],
    "hen": ["niu.guoqing", "bai.xuemei"],
    "sx": ["lei.yanping", "du.kang"],
    "yn": ["duan.lijun", "yang.yunfei"],
    "gx": ["wei.dongmei", "lan.haibo"],
    "hkg": ["chan.kaming", "wong.wingsze"],
    "voice": ["xu.mingliang", "jiangshan"],
    "notice": ["qin.yue", "mo.xiaowen"],
    "train": ["cao.yufei", "lu.xin"],
    "fut": ["fang.zhiyuan", "cheng.lu"],
    "pe": ["ye.zixuan", "ji.chen"],
    "car": ["pan.jun", "xue.ting"],
    "ins": ["yao.fang", "shilei"],
    "plain": ["zhou.yichen", "wang.ruoxi", "li.haotian", "sun.jingwen"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# Every look-alike below keeps its digit runs short of a valid R6 window, or starts its
# long runs with digits no mobile can start with.
# ---------------------------------------------------------------------------------------
LANDLINES = ["021", "0731", "027", "022", "0531", "0532", "0371", "029", "0871", "0771"]
POSTCODES = ["200030", "410005", "430010", "300040", "250011", "450008", "710061", "650031",
             "530022", "266071"]
CONTRACTS = ["rb2610", "au2612", "ag2612", "IF2606", "m2609", "cu2607", "SA609", "i2609",
             "sc2608", "TA609"]
PLATE_HEADS = ["沪A", "沪B", "湘A", "鄂A", "津A", "鲁A", "鲁B", "豫A", "陕A", "云A", "桂A"]
VIN_WMI = ["LSV", "LFV", "LBV", "LGW", "LVH", "LHG", "LGB", "LSG"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
DEED_HEADS = ["沪", "湘", "鄂", "津", "鲁", "豫", "陕", "云", "桂"]
DEED_DISTRICTS = ["浦东新区", "岳麓区", "武昌区", "河西区", "历下区", "金水区", "雁塔区",
                  "五华区", "青秀区"]
REPOS = ["204001", "204002", "204007", "131810", "131811", "131800"]
HK_BANKS = ["004", "012", "024", "003", "009", "043"]
AMT_DX = ["叁拾万元整", "壹佰万元整", "伍拾陆万元整", "捌拾万零伍仟元整", "贰佰万元整",
          "壹拾贰万元整", "玖万陆仟元整", "肆拾伍万元整", "陆拾万元整", "贰拾叁万元整"]
FLIGHTS = ["MU", "CZ", "HO", "FM", "3U", "KY", "GX", "SC"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + "-" + local[:4] + "-" + local[4:]
    if name == "FUTACC":
        return rng.choice("2345689") + rdigits(rng, rng.randint(7, 9))
    if name == "CONTRACT":
        return rng.choice(CONTRACTS)
    if name == "PCT":
        return "%d%%" % rng.randint(8, 20)
    if name == "VIN":
        body = rng.choice(VIN_WMI) + "".join(rng.choice(VIN_CHARS) for _ in range(5))
        return body + rng.choice("0123456789X") + rng.choice("RSTV") + \
            rng.choice("ABCDEFGH") + rdigits(rng, 6)
    if name == "PLATE":
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(letters), rng.choice("0123456789"), rng.choice("0123456789"),
                rng.choice("0123456789"), rng.choice("0123456789")]
        if rng.random() < 0.3:
            tail.append(rng.choice("0123456789"))          # new-energy plates have six
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "".join(tail)
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "CAPH":
        area = rng.choice(["604", "778", "416", "647", "905"])
        return "+1 (" + area + ") " + str(rng.randint(2, 9)) + rdigits(rng, 2) + "-" + \
            rdigits(rng, 4)
    if name == "MYPH":
        if rng.random() < 0.5:
            return "+60 1" + rng.choice("2679") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "01" + rng.choice("2679") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "HOTLINE":
        if rng.random() < 0.5:
            return "400-" + rng.choice("6789") + rdigits(rng, 2) + "-" + rdigits(rng, 4)
        return "95" + rdigits(rng, 3)
    if name == "CLAIM":
        return "LP2026" + rdigits(rng, 8)
    if name == "POLICY":
        return rng.choice(["PA", "ZR", "TL", "XH"]) + "2026" + rdigits(rng, 10)
    if name == "FUNDREG":
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return "S" + rng.choice(letters) + rng.choice(letters) + rdigits(rng, 3)
    if name == "AMT":
        v = rng.randint(10, 5000) * 1000
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "SHARES":
        return "{:,}".format(rng.randint(100000, 3000000)) + "." + rdigits(rng, 2)
    if name == "REPO":
        return rng.choice(REPOS)
    if name == "GOLDPX":
        return "%d.%02d" % (rng.randint(520, 980), rng.randint(0, 99))
    if name == "STAFFNO":
        return rng.choice(["", "A", "SH"]) + rng.choice("23456789") + rdigits(rng, 5)
    if name == "TRAIN":
        return "E" + rdigits(rng, 9)
    if name == "QUEUE":
        return rng.choice("ABCV") + rdigits(rng, 3)
    if name == "USCC":
        region = rng.choice(AREAS)
        return "91" + region + "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(7)) + \
            rng.choice("ABCDEFGHJKLMNPQRTUWXY")
    if name == "DEED":
        i = rng.randrange(len(DEED_HEADS))
        return "%s（%d）%s不动产权第%07d号" % (DEED_HEADS[i], rng.randint(2019, 2026),
                                           DEED_DISTRICTS[i], rng.randint(1, 9999999))
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:6] + "*" * 8 + s[-4:]
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%d/%d" % (y, m, d)
        return "%d月%d日" % (m, d)
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "ORDER":
        return rng.choice(["SL", "YW", "GT"]) + "2026" + rdigits(rng, 10)
    if name == "HKACC":
        return rng.choice(HK_BANKS) + "-" + rdigits(rng, 6) + "-" + rdigits(rng, 3)
    if name == "SHACC":
        if rng.random() < 0.5:
            return "A" + rdigits(rng, 9)
        return "0" + rng.choice("0123456789") + rdigits(rng, 8)
    if name == "FLIGHT":
        return rng.choice(FLIGHTS) + str(rng.randint(1000, 9899))
    if name == "HKID":
        return rng.choice("ACDEGHKMPRVYZ") + rdigits(rng, 6) + "(" + \
            rng.choice("0123456789A") + ")"
    if name == "PASSPORT":
        return "E" + rng.choice("ABCDEFGHJK") + rdigits(rng, 7)
    if name == "MOBPRE":
        return gen_mobile(rng, NUMBERS)[:7]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
