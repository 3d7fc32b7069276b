#!/usr/bin/env python3
"""Blind held-out evaluation set 23 ("heldout23") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author never opened the scanner, its rule files, its tests, its archive,
its commit history, the training-corpus generator or any earlier evaluation set other than
the previous set's script, which was read only as a format and specification model (its
helper code for the traditional table, the numeral readers, the validity checks and the
self-checks is reused; every template below is new).  No web or code search was made.
Every template was written from general knowledge of how Chinese-speaking financial sales
staff and their customers talk on WeCom (企业微信).  The set exists to measure how well the
scanner generalises: do not tune the scanner to it, do not add it to any training data, and
run it once.

Voices
------
Shanghainese / Wu-flavoured Mandarin; Wenzhou merchants; Xiamen / Minnan speech; Guangxi and
Yunnan Mandarin; Shandong and Henan speech; Wuhan speech; Tianjin and Beijing colloquial;
Malaysian and Singaporean Chinese with English and Malay words; overseas students helping
their parents; elderly customers typing with voice-to-text slips; compliance officers'
notices; team leaders' morning-meeting messages; WeCom group announcements; after-hours
messages; plain Mandarin staff and customers.
Settings: REITs, gold accumulation plans, bank wealth products after the asset-management
rules, private placement funds, critical-illness insurance, car loans, mortgage refinancing,
credit card instalments, stock-option incentive plans, family trusts, fund fixed investment
(定投), new-energy sector funds, retirement planning, cross-border remittance.

Hard cases
----------
Spread over every keyword category: the deciding clause two to four clauses away from the
keyword, also across full stops; negation scope across commas; double negation; rhetorical
questions that assert or urge (hits) against real questions and questions answered "no"
(near misses); irony and sarcasm; conditional offers; a reported question followed by the
speaker's real answer; corrections and retractions in both directions; concessions
("虽然…但…"); lists and headings with the violation in one item; a keyword inside a product,
app, event, file, book or course name (near miss); a prohibition phrased without any keyword
next to a separate real violation (labelled with the violation only); quoting one's own
earlier promise and standing by it (hit) against quoting a scammer, a customer or a news
item (near miss); training material showing wrong examples (near miss); emoji between
words; honest sentences and a violation in one message (hit); customers asking for
violations (near misses only).  Keywords are split by one of the separators ``· -_*.~`` in a
minority (more than 0 and under 15 %) of each keyword category's hits; 25 % of every
category is in traditional characters through the one-to-one table ``_TRAD_PAIRS``
(ambiguous characters left out; the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs (real check character, valid birth date, province code)
and Luhn-valid bank cards in Chinese numerals, 大写, mixed Chinese/Arabic, full-width digits
and split by spaces, dashes, dots and commas, versus look-alikes: bad ID check characters,
impossible birth dates, bad province codes, 17-digit IDs, Luhn failures, masked numbers,
order / contract / policy / serial / tracking / grant / trust codes, landlines and hotlines,
Malaysian / Singaporean / US / UK / Australian phones, Malaysian and Singaporean identity
numbers, passports, SWIFT codes, amounts, dates, QQ numbers, one-time codes, fund and REIT
codes, 10-digit and bad-prefix mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout23.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h23_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 23_2026_1206
SET_NAME = "heldout23"
MSGID_PREFIX = "h23"
T0 = 1772000000000
SEQ0 = 920000
SPLIT_PER_CATEGORY = 12         # of 150 hits, 8 %

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147",
              "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "172",
              "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
              "186", "187", "188", "189", "191", "198", "199"]
AREAS = ["310101", "310104", "310115", "330302", "330304", "330381", "350203", "350206",
         "450102", "450103", "530102", "530103", "370102", "370202", "410102", "410105",
         "420102", "420106", "120101", "120103", "110101", "110108"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "623668", "621226", "622262", "622700",
               "621661"]
CARD_BINS19 = ["6222020", "6228480", "6217000", "6212260", "6216610"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["沈阿姨", "徐老板", "陆先生", "蔡姐", "潘总", "黄伯", "叶老师", "吕大哥", "曹姐", "秦叔",
          "丁老板", "彭阿姨", "姚哥", "钱老师", "邱总", "唐姐", "魏叔", "袁大姐", "苏老板", "程哥"],
    "m": ["小沈", "顾经理", "小陆", "蔡经理", "小叶", "潘主管", "小彭", "黎经理", "小邱", "章经理",
          "小姚", "温经理"],
    "e": ["", "", "🙂", "👍", "🙏", "🤣", "🤝", "🌸", "💰", "😉", "👌", "😅"],
    "d": ["明天一早", "周四下午", "下个月初", "礼拜五", "今晚九点前", "周末", "下周二", "月中",
          "后天上午", "这周五"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "3万", "35万", "70万", "120万"],
    "r": ["3.2%", "3.6%", "4%", "4.35%", "5.2%", "6.5%", "2.9%", "7%", "3.75%", "4.6%"],
    "k": ["小沈", "顾经理", "温主管", "小黎", "章经理", "小邱", "蔡姐", "叶专员", "陆经理",
          "小潘"],
    "f": ["新能源主题基金", "光伏ETF联接", "公募REITs", "黄金积存", "养老目标基金", "固收+基金",
          "红利低波基金", "中证500指数基金", "医药主题基金", "私募证券基金"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; my, sg and xm prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|sh|R1|{n}，侬讲讲看，阿拉这只REITs哪一年分红断过？保本还有{r}，侬还等啥呢？{e}
S|p|wz|R1|{n}，我们温州人做生意讲究一个稳字，这个黄金积存稳赚的，你说放着不买是不是傻？{e}
S|p|xm|R1|{n}，拍谢厚，我再问一次：保本又有{r}，哩是安怎还不下手？{e}
S|p|gx|R3|{n}，老表，走公司账户要扣手续费，私下转账给我不就省了嘛？你讲是不是咯{e}
S|p|yn|R1|{n}，你咋个还在犹豫嘛？这个{f}零风险，板扎得很，{d}就封闭了{e}
S|p|sd|R4|{n}，恁天天在工地上忙活，哪有空看盘？账户密码给俺，俺帮你操作不就中了？{e}
S|p|hen|R1|{n}，中不中你给个话，这个定投包赚，恁还怕啥嘞？{e}
S|p|wh|R2|{n}，你还在等么斯咧？内部消息我早就跟你讲了，那只票庄家{d}就要拉升，搞快点撒{e}
S|p|tj|R1|{n}，介保本的理财您不买，您还想买嘛？倍儿稳当{e}
S|p|bj|R5|{n}，您说这企业微信多不方便呐，加我私人微信聊不是更局气？{e}
S|p|my|R1|{n}，这个fund保本的lah，你还要想什么？duit放在银行一年才几多利息{e}
S|p|sg|R3|{n}，the fee so high，转到我个人账户 can save a lot，why not？{e}
S|p|stu|R4|{n}，你在国外读书时差这么大，爸妈又不会用APP，全权委托给我打理不是最省心？{e}
S|p|old|R1|{n}，您都七十多了还图啥？不就图个稳当嘛，这个保本的您不买还买什么呀{e}
S|g|lead|R1|早会最后一句：客户问风险，你们就反问他——存银行才几个点，这个稳赚不赔的为什么不买？今天目标{a}，冲！{e}
S|g|ann|R1|【群公告】年末福利专场：保证收益{r}的产品额度只剩{a}，还有比这更划算的吗？{e}
S|p|night|R2|{n}，这么晚打扰了。明早开盘前你还不进？我拿到的内幕消息，错过可别怪我{e}
S|p|plain|R1|{n}，虽然说明书上写了有风险，可你想想，这只REITs底下是高速公路，收费站天天进钱，它能亏吗？跟稳赚有什么区别？{e}
S|p|plain|R3|{n}，我问你：你是想多交两千手续费，还是让我私下交易帮你省下来？答案不是很明显吗？{e}
S|p|plain|R1|{n}，我之前有哪次跟你说错过？这次也一样，保本的，闭着眼买就行。{d}之前打款{e}
S|p|plain|R4|{n}，车贷还款日老记不住是吧？那你把账户密码给我，我每个月帮你操作还款，何必被罚息？{e}
S|p|plain|R3|{n}，房贷转贷这块我能拿到返点，返点分你一半，你不要白不要啊，对吧？{e}
S|p|plain|R1|{n}，信用卡分期手续费你都舍得交，这个零风险的黄金积存你反倒舍不得？{e}
S|p|plain|R2|{n}，你以为股权激励的行权时点是随便挑的？我们有内部消息说{d}要拉升，现在行权不是傻吗？等两天{e}
S|p|plain|R1|家族信托门槛是高，可{n}您想想，保本还能传承，这种好事上哪找去？{e}
S|p|plain|R1|{n}，谁跟你说{f}会亏的？这只我拍胸脯，稳赚。不信{d}你来网点看净值{e}
S|p|plain|R5|{n}，养老规划这事儿得慢慢聊，企业微信里说多不方便？加我个人号，周末也能找我{e}
S|p|sh|R4|{n}，侬眼睛勿好，APP字老小额，代客理财阿拉来弄弄，有啥勿放心额？{e}
S|p|wz|R3|{n}，我们温州人哪个不是这样做的？飞单走一单，你省{r}手续费，我也多赚点，生意嘛{e}
S|p|xm|R5|{n}，企业微信阿伯又看袂懂，加我私人号啦，我每天发语音给他，不是卡方便？{e}
S|p|tj|R2|{n}，您还信公告？公告出来黄花菜都凉了。庄家{d}就动手，您还琢磨嘛？{e}
S|p|bj|R1|{n}，我跟您这么些年，啥时候坑过您？这回的私募是保收益的，您就踏踏实实投{a}，甭琢磨了{e}
S|g|plain|R1|各位老师，定投三年没赚钱的请举手？没有吧？这就是稳赚的道理，下月扣款日别停啊{e}
S|p|my|R4|{n}，你人在新山，跑过来多麻烦？把账户密码发给我，我帮你搞定，不是更好meh？{e}
S|p|sg|R1|{n}，CPF的钱放着才几巴仙，这个retirement plan保本还有{r}，不拿是不是太可惜了？{e}
S|p|night|R3|{n}，刚下班，跟你说个事：重疾险首年我可以返佣给你，这种便宜你不占谁占？{e}
S|p|plain|R1|{n}，“不保本”三个字是我打错了，我想说的是：这款哪次没保本？你还担心什么？{e}
S|g|lead|R4|今天早会说一下：客户不会弄的，你们主动问一句“要不要我帮你操作”，他还能拒绝吗？业绩就是这么来的{e}
S|p|hen|R5|{n}，恁说说，这企业微信一到晚上就没提醒，恁有事找不着我咋弄？加我个人号不就妥了？{e}
S|p|gx|R1|{n}，得不得？这个定投我跟你讲就是保本的，你还怕么嘢嘛？{e}
S|p|plain|R1|{n}，①保本 ②收益{r} ③随时能取——这三条哪条不够你心动的？{e}
S|p|yn|R3|{n}，大老远跑网点办车贷多累嘛？钱私下转账给我，我帮你交，不是更省事嘛？{e}
S|p|plain|R1|{n}，关于您问的到期能不能保本。说明书我翻了三遍。产品经理那边我也问过了。您猜怎么着？保得住，一分不少{e}
S|p|plain|R1|{n}，不用慌，不会亏的，{f}就是稳赚，跌了也只是暂时的，您说是不是？{e}
S|p|plain|R1|{n}，这只{f}💰稳赚💰，错过了不心疼吗？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|sh|R1|{m}，阿拉屋里厢想买REITs，这个是保本额伐？侬老实讲{e}
S|p|sh|R1|{n}，侬问保本伐？勿保本额，净值会上上落落，侬要想清爽{e}
C|p|wz|R3|{m}，我们做生意的都懂，你们那个返点有没有的？有的话我多买点{e}
S|p|wz|R3|{n}，你问有没有返点？我跟你讲实话，没有，哪家跟你说有的你要当心{e}
S|p|xm|R1|零风险？{n}，哩想卡多啦，世间哪有零风险的代志，有人这样讲你就毋通信{e}
C|p|gx|R2|{m}，我老表讲他有内部消息，讲那只票要拉升，是真的不得？{e}
S|p|gx|R2|{n}，你问我有冇内部消息？冇，就算有我也不能讲，这个你要理解{e}
C|p|yn|R4|{m}，我不会整这个手机，能不能把账户密码给你，你帮我弄嘛？{e}
S|p|yn|R4|{n}，账户密码给我？莫要莫要，哪个问你要都莫给，我教你自己整{e}
C|p|sd|R1|{m}，俺就问一句，这个黄金积存是不是稳赚的？俺闺女说金价老涨{e}
S|p|sd|R1|{n}，您问稳赚不？俺实话实说，不稳赚，金价也有跌的时候，前几年就跌过{e}
S|p|hen|R3|{n}，恁问能不能私下交易？那可不中，出了事谁也担不起，咱都走正规流程{e}
C|p|wh|R5|{m}，你有冇得私人微信？企业微信我搞不清白{e}
S|p|wh|R5|{n}，私人微信？冇得这个规矩，就在企业微信上说，我蛮快就回你{e}
S|p|tj|R1|保本？介年头哪还有保本的理财，资管新规以后都不让了，{n}您明白{e}
S|p|bj|R2|{n}，您说庄家拉升？您瞧这话说的，真有庄家还轮得到咱俩知道？甭听那些荐股群瞎咧咧{e}
C|p|my|R1|{m}，我朋友说你们的gold plan是零风险的，真的吗？我想放一点点{e}
S|p|my|R1|{n}，零风险？没有这种东西lah，金价也会跌，我不会骗你的{e}
C|p|sg|R3|{m}，can transfer to your personal account or not？私下转账会快一点吗？{e}
S|p|sg|R3|{n}，私下转账 cannot lah，一定要转去公司的账户，收据我会发给你{e}
C|p|stu|R4|{m}您好，我在英国读书，我妈不太会用手机银行，能不能全权委托给您帮她打理？{e}
S|p|stu|R4|{n}，您问能不能全权委托，按规定不可以的，不过我可以视频教阿姨自己弄，或者您远程陪她一起{e}
C|p|old|R1|{m}啊我跟你说那个那个理财是不是保本的呀我眼睛不好是用说话打的字{e}
S|p|old|R1|{n}，您问的是不是保本对吧？这款不保本的，您要是只想稳当，我给您看看定期存款{e}
S|g|comp|R1|【合规问答】问：客户问“是不是保证收益”，该怎么答？答：如实告知不保证收益，并展示历史波动区间{e}
S|g|ann|R1|【群公告】有客户问“稳赚不赔”的产品在哪买，统一回复：没有这种产品，请勿相信{e}
S|p|night|R2|{n}，这么晚还没睡啊？你问的内幕消息我真没有，明天开盘别冲动，睡吧{e}
S|p|plain|R1|{n}，保证收益这种话，您听谁说过真兑现了？反正我入行这些年一次没见过{e}
S|p|plain|R2|{n}，真有内部消息的人，会在群里免费发给陌生人？您品，您细品{e}
S|p|plain|R3|{n}，您说的“返佣卡”是那个商场的会员卡吧？那个跟我们银行没关系，积分要去商场兑{e}
S|p|plain|R1|{n}，“稳赚宝”那个APP不是我们的，您千万别往里充值，有问题先问我{e}
C|g|plain|R1|请问群里的经理，这个REITs到底保不保本？我看说明书没看懂{e}
S|p|plain|R4|{n}，您问我能不能帮你操作赎回？赎回得您本人在APP上点，我在旁边陪您一步步来{e}
S|p|plain|R1|{n}，{f}稳赚吗？说实话不一定，短期亏损是常有的，得拿得住{e}
S|p|plain|R5|{n}，加我个人号？您这个要求我理解，但真不行，所有服务记录都得留在企业微信{e}
S|p|plain|R3|{n}，飞单？那是要丢饭碗还要担责任的事，您觉得我会为了这点提成去干吗？{e}
S|p|hen|R1|{n}，恁说这重疾险能不能保本？重疾险本来就不是理财，保的是病，这个咱得分清{e}
S|p|sh|R2|{n}，庄家？侬当是打牌啊？阿拉只看公告搭研报，其他额一概勿听{e}
S|p|xm|R5|{n}，哩问我有没有私人号厚？有是有，不过工作不用那个，拍谢啦，就在这里讲{e}
S|p|wz|R1|{n}，你们温州老板精明，你想想，保本又高收益，天底下有这种生意吗？没有的{e}
S|p|plain|R1|{n}，您问{f}稳赚吗。我回去翻了持仓。又对了一遍历史回撤。最后的答案是：不稳赚，最大回撤有两成{e}
S|p|plain|R1|{n}，没有哪个产品是不存在风险的，所以“零风险”这三个字，您在我这儿永远听不到{e}
S|p|plain|R1|{n}，稳赚❓不存在的❌，谁跟您这么说都别信{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|comp|R3|【合规提示】即日起严禁任何员工收取或给予返佣、返点，一经查实按员工违规行为处理办法处理{e}
S|g|comp|R1|资管新规已实施多年，理财产品一律不得宣传保本保收益，各网点宣传折页请于{d}前自查下架{e}
S|g|lead|R4|早会强调一条：客户的账户密码不许问、不许记、不许代输，谁碰谁走人，都听明白没有？{e}
S|g|ann|R5|【群公告】本群为官方服务群，工作人员不会以任何理由要求您添加私人微信，请注意甄别{e}
S|p|sh|R3|{n}，阿拉公司规定老严额，私下交易是绝对勿来事额，钞票一定要走对公{e}
S|p|wz|R3|{n}，我知道你们生意人讲究效率，但公司规定就是不准飞单，这单还是得走系统{e}
S|p|xm|R4|{n}，拍谢厚，规定不能代客理财，阿伯要买什么都要他本人来点{e}
S|p|gx|R1|{n}，我们行不准讲零风险的，因为本身就有风险，你要买我就先把风险讲清楚{e}
S|p|yn|R5|{n}，公司不让加私人号，莫怪我哈，企业微信上找我是一样的{e}
S|p|sd|R1|{n}，咱这边规矩是不让说稳赚不赔，俺也不会这么说，因为本来就不是{e}
S|p|hen|R4|{n}，规定是不能全权委托，恁要是忙，可以设个定投，自动扣款，不用俺碰恁账户{e}
S|p|wh|R2|{n}，我们是不准传内幕消息的，再说我也冇得，你莫听那些群里瞎讲{e}
S|p|tj|R3|{n}，您介太客气了，规定不让收返佣，您这心意我领了，红包您赶紧收回去{e}
S|p|bj|R5|{n}，公司明文规定不让加客户的私人微信，您有事儿就在这儿找我，一准儿回{e}
S|p|my|R3|{n}，公司规定不可以私下转账的lah，全部要转公司户口，这样对你也有保障{e}
S|p|sg|R4|{n}，company policy cannot ask for your 账户密码，anyone ask you also don't give ah{e}
S|p|stu|R4|{n}，您帮爸妈办的话，也请别把他们的账户密码发给我，按规定我们不能代为操作{e}
S|p|old|R1|{n}，现在国家有规定，银行理财不许说保本了，以前那种说法已经没有了{e}
S|p|night|R3|{n}，这么晚还在想那件事啊。我再说一次：公司不允许转到我个人的卡上，明天您去柜台办就行{e}
S|p|plain|R2|{n}，按规定，上市公司员工也不能利用内部消息买卖股票，您的股权激励行权要放在窗口期{e}
S|g|comp|R3+R4|员工禁止行为清单（节选）：1.飞单；2.代客理财；3.私下收取客户资金。请各位{d}前在系统里签署承诺书{e}
S|p|plain|R1|{n}，私募基金的募集办法规定不得向投资者承诺保本，所以您看到合同里写的是“业绩比较基准”，不是承诺{e}
S|p|plain|R5|{n}，我知道您想找我更方便，可规定不让用私人号谈业务，一旦有纠纷就说不清了{e}
S|g|ann|R2|【群公告】禁止在本群讨论“庄家”“拉升”之类的内容，违者移出群聊{e}
S|p|plain|R4|{n}，车贷还款您设个自动扣款就好，规定我们不能帮你操作账户，也不能要您的密码{e}
S|p|plain|R3|{n}，跨境汇款必须通过银行渠道，任何人让您私下转账换汇都是违规的，这点一定记住{e}
S|g|lead|R1|今天早会就一件事：谁再在朋友圈写“稳赚”两个字，季度考核直接扣分，没商量{e}
S|p|plain|R1|{n}，家族信托也一样，法规不让承诺保本，信托公司只会写“预期”，您放心看合同{e}
S|g|comp|R5|关于客户沟通渠道的通知：请勿通过私人微信与客户沟通业务，已有的请于本周内迁移至企业微信{e}
S|p|plain|R3|{n}，{f}这块我们没有返点，监管不允许，申购费打折是公司统一的活动{e}
S|p|hen|R3|{n}，俺们单位明令禁止飞单，恁放心，俺给恁办的每一单都能在系统里查到{e}
S|p|wz|R1|{n}，你们温州老板可能听多了保收益的说法，但现在不准讲了，我也不会这么讲{e}
S|p|plain|R4|《客户经理行为守则》第七条：不得代客理财，不得接受全权委托。{n}，这是我们都签过字的{e}
C|p|plain|R1|{m}，你们规定不让说保本，那我换个问法：去年买这个的人有亏的吗？{e}
C|p|sh|R5|{m}，侬讲规定勿好加私人微信，噶阿拉就在这里讲好了，没关系额{e}
S|p|xm|R2|{n}，规定不能打听内部消息，我们自己也不能买卖相关的股票，哩放心{e}
S|p|night|R4|{n}，这么晚还在弄手机银行啊？我们规定不能帮你操作，您截图发我，我告诉您点哪里{e}
S|g|plain|R3|【员工培训课件】第三讲：如何识别与拒绝客户提出的私下交易要求（{d}开讲）{e}
S|p|gx|R5|{n}，加我个人号是不行的，规定就是这样，你有事打网点电话也可以{e}
S|p|plain|R1|{n}，不是说这款稳赚，也不是说它一定亏，规定要我讲清楚的是：净值会来回波动，您得拿得住{e}
S|g|ann|R3|【群公告】📢本群提醒🚫不飞单🚫不私下转账🚫不收返点，有疑问请联系{k}{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|sh|R1|{n}，公司规定是勿好讲保本额，不过侬自家人，我跟侬讲句老实闲话：这只就是保本额{e}
S|p|wz|R3|{n}，公司不让飞单是公司的事，我们温州人讲情分，这单走我这边，手续费我给你免掉{e}
S|p|xm|R3|{n}，规定是讲不能私下交易啦，但阿伯你放心，这次我们私下交易，没人会知道{e}
S|p|gx|R5|{n}，上面说不准加私人号，管他呢，你加我私人号，有事好讲{e}
S|p|yn|R1|{n}，领导天天讲不准说稳赚，我偷偷跟你讲，这个{f}就是稳赚，莫跟别个讲哈{e}
S|p|sd|R4|{n}，按说俺不能碰客户的钱，可恁不是外人，账户密码发俺，俺帮你操作得了{e}
S|p|hen|R3|{n}，规定是规定，人是活的，返点俺照样给恁，就是别在这里说，恁懂{e}
S|p|wh|R1|{n}，合规那边天天念叨，不准讲保本，我晓得。但我跟你讲，这只REITs是保本的，冇得问题{e}
S|p|tj|R2|{n}，公司不让说内部消息，那咱不说，咱就说“小道消息”：庄家{d}就要拉升，您懂吧？{e}
S|p|bj|R5|{n}，规矩我门儿清，可您这情况特殊，您就加我私人微信吧，麻利儿的{e}
S|p|my|R1|{n}，公司说不可以讲保本，but between you and me lah，这个plan confirm保本的{e}
S|p|sg|R3|{n}，rule say cannot give rebate，不过我私底下可以返佣给你，don't tell anyone ok？{e}
S|p|stu|R4|{n}，按说我们不能替客户做决定，不过你在国外也顾不上，让爸妈把账户密码给我，我来弄{e}
S|p|old|R4|{n}，规定我们不能替您下单，可您手抖点不准，密码告诉我，我帮你操作就是了{e}
S|p|night|R3|{n}，白天在网点说话不方便，柜台不让收现金。现在下班了，你把钱转到我个人卡上，明天我给你办{e}
S|g|lead|R1|早会提醒：对外材料不能写承诺性的字眼，这是红线。但跟客户面谈的时候，你们可以说这款“基本等于保本”，灵活点{e}
S|g|ann|R1|【群公告】按监管要求，本群不得发布收益承诺。另：本周新发私募产品保证收益{r}，名额有限，私信我预约{e}
S|p|plain|R3|{n}，公司确实禁止员工代收客户款项，这个您别担心。另外您上回说的车贷，利息差我给您返点，月底打给您{e}
S|p|plain|R1|{n}，红线我都背得出来：不承诺、不误导、不代签。话说回来，这个家族信托就是稳赚不赔的，我自己都配了{e}
S|p|plain|R4|{n}，我们不允许替客户保管U盾，这是规矩。不过您这个私募的赎回，您全权委托给我处理就行，签个字的事{e}
S|p|plain|R1|{n}，监管是不让说保本了，可是你看这款银行理财，资管新规前后都没亏过，你说它保不保本？{e}
S|p|wz|R5|{n}，规定上是写着不能用私人号的，那是写给新人看的。我们老交情了，加我个人号吧{e}
S|p|sh|R2|{n}，阿拉勿好讲内幕消息额，侬晓得额。不过我只讲一句：庄家最近辣辣吸筹，侬自家看着办{e}
S|p|plain|R3|{n}，“严禁飞单”这四个字贴在墙上，谁真当回事？这单你给我，我按飞单的价给你{e}
S|p|plain|R1|{n}，培训说不能讲零风险，那我不讲。我只讲事实：这只基金成立以来就没亏过一分钱，稳赚的{e}
S|p|plain|R4|{n}，按规定是要您自己下单的。但您要是{d}前没空，把账户密码留给我也行，到时我替您申购{e}
S|p|plain|R2|{n}，公司三令五申不许荐股，我懂。我不是荐股啊，我就是告诉你一个内部消息，信不信由你{e}
S|p|gx|R1|{n}，规矩是不能讲包赚，那我不讲。我讲这个定投三年以上从来冇亏过，就是包赚嘛{e}
S|p|yn|R3|{n}，虽然公司不让私下转账，但这次系统维护，你先私下转账给我，我{d}帮你补录{e}
S|p|hen|R1|{n}，合规那一套咱不说了，俺就说一句：这个保本，恁买就完事{e}
S|p|bj|R4|{n}，您要说违规，那也得有人查不是？您就全权委托给我，出了事我兜着{e}
S|p|my|R5|{n}，公司规定不能加私人微信，不过你可以加我的私人号，我在KL随时都可以{e}
S|p|tj|R1|{n}，介规定管的是嘴上说，可没管心里想。我心里想的就是：这款稳赚不赔{e}
S|p|wh|R3|{n}，规定冇得说不能请客户吃饭吧？吃饭的时候我把返佣给你，现金，不留痕{e}
S|p|plain|R1|{n}，第一，我们不能承诺收益；第二，这款年金是保本的，还有{r}。您看第二条就行{e}
S|p|stu|R3|{n}，按规定跨境汇款要走银行，这个没错。不过你爸妈要是嫌麻烦，把钱私下转账给我，我这边有渠道换汇{e}
S|p|sd|R1|{n}，规定不让讲，俺不讲，但俺可以把话撂这儿：这只REITs保收益，亏了俺赔恁{e}
S|p|plain|R5|{n}，上面查得严，企业微信里什么都会被看到。你加我私人微信，那边说话方便{e}
S|g|comp|R1|合规部提醒：不得对外承诺收益。（转发者补充：内部说一句，这期产品实际上就是保本的，大家放心推）{e}
S|p|plain|R1|{n}，没有一单不是保本的，规定归规定，事实归事实，您自己看历史记录{e}
S|g|lead|R3|早会🔔规定大家都懂，我不多说🤐。这个月返点照常发给大客户，老规矩，{d}前报名单{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|ann|R1|【防骗提醒】近期有人冒充我行员工，以“保本高息”为名拉客户进群，请大家提高警惕，发现可疑立即报警{e}
S|g|comp|R3|风险通报：某网点员工因飞单被处分，涉及金额{a}，请各位引以为戒{e}
S|p|sh|R2|{n}，侬当心点，外头那种讲有内幕消息额荐股群，全是骗子，阿拉同事屋里厢人就上过当{e}
S|p|wz|R3|{n}，提醒你一下，最近有人打着我们公司旗号说私下交易手续费低，那是骗子，你千万别转{e}
S|p|xm|R5|{n}，要注意厚，有人用我的头像加客户私人微信骗钱，我本人只用这个企业微信{e}
S|p|gx|R1|{n}，你讲那个包赚的平台，我查过了，没有任何牌照，赶紧把钱撤出来{e}
S|p|yn|R2|{n}，你那个群里说庄家要拉升，你莫信哈，那是杀猪盘的套路，先让你尝点甜头{e}
S|p|sd|R4|{n}，俺得提醒恁：谁问恁要账户密码，不管他说是哪家银行的，都是骗子{e}
S|p|hen|R1|{n}，恁看到那个零风险的广告了吧？俺已经举报了，恁可别点那个链接{e}
S|p|wh|R3|{n}，跟你报告一下：你讲的那个人让你私下转账，我们查了，他不是我们行的员工，已经报警了{e}
S|p|tj|R1|{n}，您可留神，介种稳赚不赔的话都是骗子说的，咱正规机构谁也不敢这么讲{e}
S|p|bj|R4|{n}，给您提个醒儿：有人冒充客服说要帮你操作转账，这是骗局，您甭搭理{e}
S|p|my|R3|{n}，小心ah，最近有人说可以返佣给你，叫你先转钱去他户口，这个是scam来的{e}
S|p|sg|R1|{n}，warning ah，那些讲零风险高回报的Telegram群都是骗人的，MAS已经发通告了{e}
C|p|stu|R2|{m}，我爸被拉进一个群，群主说有内部消息，让他投钱，这是不是骗子？我在国外管不了{e}
S|p|stu|R2|{n}，您爸爸那个群非常可疑，说有内部消息的基本都是诈骗，请尽快让他退群并拨打反诈专线{e}
C|p|old|R5|{m}啊有个人说是你们行的让我加他私人号说能办高息存款是不是你们的人呀{e}
S|p|old|R5|{n}，那个不是我们的人，我们不会让您加私人号，您千万别给他转钱，我马上上报{e}
S|g|comp|R4|【案例警示】某客户经理代客理财造成客户损失{a}，已被解除劳动合同并移送处理{e}
S|g|lead|R3|早会通报：昨天隔壁支行有人收客户返点被查了，大家引以为戒，今天照常开工{e}
S|p|night|R1|{n}，这么晚给您发消息是想提醒一下：您转给我看的那个“保本理财群”是骗局，明天别去听课{e}
S|p|plain|R1|{n}，这份《关于“稳赚”类虚假宣传的风险提示》您看一下，写得很清楚{e}
S|p|plain|R3|{n}，那个自称经理的人让您“转到我个人账户”，这句聊天截图我已经附在举报材料里了{e}
S|p|plain|R2|{n}，新闻您看到了吧，某私募因为操纵股价、搞所谓庄家拉升被证监会罚了，这类事咱们离远点{e}
S|g|ann|R4|【风险提示】任何人以“全权委托”“代客操盘”名义收费的，均为非法行为，请立即举报{e}
S|p|plain|R1|{n}，提醒一下，车贷那边推荐的“保收益”理财不是正规产品，贷款合同里也没有捆绑，您可以拒绝{e}
S|p|plain|R5|{n}，您收到的“加我个人号领红包”短信是钓鱼的，别点，删掉就行{e}
C|p|plain|R3|{m}，我要举报，你们那个姓王的说可以私下交易，还让我别声张{e}
S|p|plain|R3|{n}，谢谢您反馈，您说的私下交易的情况我已经报合规部，会有专人联系您核实{e}
S|p|plain|R1|{n}，我得把丑话说在前头：这款REITs不保本，二级市场价格会波动，上市首日也可能破发{e}
S|g|comp|R2|监管动态：证监会通报多起利用内幕消息交易的案件，涉及股权激励对象，请持有期权的客户注意窗口期{e}
S|p|xm|R1|{n}，我跟哩讲哦，那个金店说黄金回购稳赚，这种毋通信，金价起起落落的{e}
S|p|hen|R5|{n}，俺跟恁说，这两天有人盗用俺的名字，让客户加私人微信，恁要是收到就是假的{e}
S|p|wh|R4|{n}，报告一下情况：您父亲说有人要他的账户密码，我已经陪他改了密码，卡也挂失了{e}
S|p|sg|R3|{n}，heads up：有人冒充我说可以飞单帮你省fee，那个不是我，我已经report了{e}
S|p|tj|R2|{n}，您那位朋友说的内幕消息，我劝您一句，别跟，去年有人跟这种消息赔了{a}{e}
S|p|gx|R4|{n}，提醒你莫把手机借给别人，前两天有人冒充我们说要帮你操作退保，那是骗子{e}
S|p|night|R3|{n}，刚收到通知，跟您说一声：网上说能给返佣的“代理人”都不是我们公司的，投保请认准官方渠道{e}
S|p|sd|R1|{n}，俺们行的风险提示书第一句就写着：本产品不保本。恁签字之前好好看看{e}
S|g|ann|R5|【群公告】本群管理员不会私聊要求添加私人号，凡以此名义推荐产品的，请截图发给群主{e}
S|p|plain|R1|{n}，您说想要稳赚的。我理解。可我得提醒您，{f}去年最多跌过三成。所以答案是没有稳赚的，咱们按风险承受能力来配{e}
S|p|plain|R1|是啊是啊，零风险🙄，天上还掉馅饼呢，{n}这种话听听就算了{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|sh|R1|{n}，风险提示我要讲额：投资有风险。好，讲好了。现在讲正经额，这只REITs保本，侬放心{e}
S|p|wz|R3|{n}，提醒你一句，外面那些中介收费贵，你别找他们。返点我直接给你，比他们多{e}
S|p|xm|R5|{n}，最近骗子很多厚，企业微信也有人冒充，你加我私人微信，以后只认那个就对了{e}
S|p|gx|R4|{n}，我跟你讲，网上那些理财APP好多是假的，你莫自己乱点，账户密码给我，我帮你操作安全些{e}
S|p|yn|R1|{n}，风险我是讲过的哈，说明书你也签了。不过实话讲，这个黄金积存零风险，金价只会涨{e}
S|p|sd|R2|{n}，俺得给恁提个醒：明天别卖！俺这边有内部消息，那只票还要拉升{e}
S|p|hen|R1|{n}，俺给领导汇报过了，恁这笔定投保本，领导也点头了，恁放心{e}
S|p|wh|R3|{n}，跟你报告一声，飞单那边已经搞好了，手续费省了{r}，莫跟别个讲{e}
S|p|tj|R4|{n}，提醒您一句，您岁数大了手机银行别自己瞎点，容易点错。您把账户密码告诉我，我全给您弄利索{e}
S|p|bj|R1|{n}，先给您打个预防针：这私募封闭期三年，中间取不出来。不过到期保本，还有{r}，这我敢打包票{e}
S|p|my|R3|{n}，warning你啊，不要转去那些不明户口。要转就私下转账给我，我帮你处理，安全{e}
S|p|sg|R1|{n}，risk disclosure我已经发给你了，formality而已lah，这个product是保本的，confirm plus chop{e}
S|p|stu|R5|{n}，提醒一下，你爸妈年纪大，企业微信消息容易漏看，让他们加我个人号，我直接打语音给他们{e}
S|p|old|R1|{n}，我跟您汇报一下，您那笔钱我放到保本的产品里了，到期连本带利{r}，您啥也不用管{e}
S|p|night|R2|{n}，睡前提醒一句：明早九点半之前挂单，庄家要拉升了，晚了就追不上{e}
S|g|lead|R1|早会复盘：昨天{k}跟客户说“这款保本”，当场就签了{a}。大家学着点，话术就这么讲{e}
S|g|ann|R1|【重要提醒】本期产品额度紧张，{d}截止。产品亮点：保本、封闭期短、收益{r}，请抓紧预约{e}
S|p|plain|R3|{n}，给您汇报下进度：车贷已经批了，银行那边给的返点我留了一半给您，{d}转您{e}
S|p|plain|R1|{n}，友情提示：{f}最近波动大，别人的我不敢说，我推荐的这只稳赚，跌了也会涨回来{e}
S|p|plain|R4|{n}，提醒您转贷的资料{d}前要交齐。另外还款账户那块您不用管了，全权委托给我，我每月替您调{e}
S|p|plain|R1|{n}，我得提醒您一下，别把钱都放活期里了，太亏。这款家族信托保收益{r}，比存款强多了{e}
S|p|plain|R5|{n}，风险提示书您签一下，签完拍照发我。以后有啥事别在这问，加我私人微信，回得快{e}
S|p|sh|R3|{n}，跟侬讲一声，侬上趟问额事体我问过了，飞单做得额，手续费省脱一半{e}
S|p|wz|R1|{n}，我先说清楚，投资是有风险的，这句话我说了。但是我们温州人讲实在，这个REITs就是稳赚，我自己押了{a}{e}
S|p|xm|R2|{n}，跟哩通报一下，我朋友在那家公司，有内部消息，下礼拜要发利好，哩先买一点{e}
S|p|gx|R1|{n}，你讲要我提醒你风险，我提醒了：冇风险。这个保本，你放心买{e}
S|p|yn|R3|{n}，提醒你哈，公司账户到账慢，你转到我个人卡上，我{d}就帮你把款交了{e}
S|p|hen|R4|{n}，俺给恁提个醒，下礼拜一基金要分红，恁不懂选方式，俺帮你操作就中，把密码给俺{e}
S|p|bj|R3|{n}，给您通个气儿：这保单走公司的话佣金全让公司拿了，咱私下交易，我给您让{r}{e}
S|p|my|R1|{n}，之前跟你讲过有风险，那是公司要我讲的。真心话，这个gold plan稳赚不赔啦{e}
S|p|plain|R2|{n}，郑重提醒：下周那只新能源股有大动作，我从他们公司拿到的内部消息，仓位先布好{e}
S|p|plain|R1|{n}，上周您问我“会不会亏”，我回您“不会，保本的”。这话我今天还这么说，一个字不改{e}
S|p|tj|R5|{n}，介企业微信回头要升级，消息可能丢，您先加我私人号备着，以后就在那儿说{e}
S|p|wh|R1|{n}，风险揭示书你莫看了，写得吓人，其实就是走个过场，这个是保本的{e}
S|p|sg|R4|{n}，reminder ah，{d}是CPF top-up截止，你把账户密码发我，我帮你操作，very fast的{e}
S|g|comp|R1|转发风险提示：市场波动加大，请谨慎。——我的理解：我们手上这几款都是保本的，客户不用慌，照常配置{e}
S|p|night|R3|{n}，这个点儿了还打扰您，是想跟您说：返佣的钱我已经准备好了，明天见面给您现金{e}
S|p|old|R4|{n}，提醒您一下，药费别忘了交。理财那边您别操心了，代客理财我给您全包，您把卡和密码给我就行{e}
S|p|plain|R1|{n}，不是吓唬您，存款利率还会降。现在锁定这款保证收益{r}的，三年后您会感谢我{e}
S|p|plain|R1|{n}，您让我把风险讲清楚。好，{f}短期会波动，这是实话。说明书第五页也写了。但三年拿住了，稳赚，这也是实话{e}
S|p|plain|R1|{n}，合规又发风险提示了😏真是辛苦他们了。咱不管那些，这只{f}稳赚，{d}前上车{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|sh|R4|{n}，侬要我帮侬代客理财，这个真额勿来事，阿拉勿好碰客户账户额{e}
S|p|wz|R3|{n}，你说要返点，这个我给不了，不是我小气，是真没有，有的话我第一个告诉你{e}
C|p|wz|R3|{m}，我在别家买都有返点的，你们这边给多少？不给我就去别家了{e}
S|p|xm|R5|{n}，拍谢，私人微信我不能给哩，有事就在这里讲，我看到都会回{e}
S|p|gx|R1|{n}，你要我写个保证收益的条子？这个我写不了，写了也是没用的，合同上不认{e}
S|p|yn|R3|{n}，你要私下转账给我？莫得这个搞法，钱必须打到公司账户，我把账号发你{e}
S|p|sd|R4|{n}，恁要把账户密码给俺？俺可不敢要，恁自个儿收好，俺在电话里一步步教恁{e}
S|p|hen|R2|{n}，恁想要内部消息？俺真没有，有也不能给，这是犯法的事，咱不弄{e}
S|p|wh|R4|{n}，你要我全权委托帮你管？不行的，规定不允许，你自己拿主意，我给你出参考{e}
S|p|tj|R1|{n}，您让我保证稳赚不赔？介我可保证不了，谁跟您保证谁是骗您{e}
S|p|bj|R3|{n}，您这单想走私下交易？对不住，这个真不成，咱按规矩来，一分钱不会多收您的{e}
C|p|bj|R4|{m}，我这眼神儿看不清，账户密码我告诉你，你替我点一下得了{e}
S|p|my|R3|{n}，sorry ah，返佣我不可以给的，公司不允许，but我可以帮你申请手续费优惠，那个是正规的{e}
S|p|sg|R5|{n}，cannot lah，私人号不方便给客户，WeCom这边我每天都会check的{e}
C|p|stu|R5|{m}您好，我帮我爸妈问一下，能不能加您私人微信？他们用不惯企业微信{e}
S|p|stu|R5|{n}，理解您替叔叔阿姨着想，但私人微信真的不能加。我可以给他们打电话，或者您开个三方视频{e}
C|p|old|R4|{m}啊你就帮你操作一下嘛我这个手机不会弄语音打的字有错别字你别笑话{e}
S|p|old|R4|{n}，您说让我帮你操作，这个我不能替您点，我明天上门陪您，您自己按，我在旁边看着{e}
S|p|night|R1|{n}，这么晚还没休息啊？您说要个零风险的，我真推荐不了，明天来网点我给您看看存款{e}
S|g|comp|R3|【合规问答】客户主动提出给予返佣时如何拒绝？参考话术：“感谢您的好意，公司规定不能收取，任何形式都不行。”{e}
S|g|lead|R4|早会提醒：客户要是让你们帮他管账户、代客理财，一律拒绝，有困难的客户登记下来，由网点统一安排上门服务{e}
S|p|plain|R1|{n}，您说要保本的，那REITs就不合适了，它不保本。我帮您看看大额存单{e}
S|p|plain|R2|{n}，您问的那只股票，我没有任何内幕消息，也不会去打听，建议您看公司公告{e}
S|p|plain|R3|{n}，跨境汇款这块，您说让我转到我个人的香港账户再转出去，这个不行，只能走银行电汇{e}
S|p|plain|R1|{n}，保本的我真没有，骗您一单容易，以后您还信我吗？{e}
S|p|plain|R4|{n}，不好意思，账户密码请您收回，刚才那条消息建议您撤回一下，以后谁要都别给{e}
S|p|plain|R5|{n}，加我个人号这事就算了哈，不是跟您见外，是规矩{e}
S|p|plain|R3|{n}，红包我退回了，飞单的事也别再提了，您要买就走正常流程，我一样尽心{e}
C|p|sh|R1|{m}，侬帮阿拉挑只保本额，其他额阿拉勿要{e}
C|p|xm|R2|{m}，哩有没有啥内部消息，透露一下啦，我请哩呷茶{e}
C|p|gx|R5|{m}，你加我个人号嘛，我这个企业微信老是收不到{e}
C|p|hen|R1|{m}，俺不懂那些，恁就给俺推荐个稳赚的，亏了俺可受不了{e}
C|p|my|R3|{m}，你给我一点返点lah，大家friend friend，我介绍朋友给你{e}
S|p|yn|R1|{n}，你要包赚的，我这里没得，哪个跟你讲包赚，你就离他远点{e}
S|p|wh|R2|{n}，不好意思，庄家不庄家我不晓得，我只能给你讲这只基金的持仓和历史波动{e}
S|p|sd|R5|{n}，俺知道恁是好意，想加俺私人微信，可俺不能加，恁别往心里去{e}
S|p|tj|R4|{n}，您让我帮你操作定投？介个不成，您在APP上设一次就完事，我教您{e}
C|p|sg|R4|{m}，我很busy，can I just give you my 账户密码，you help me buy？{e}
S|p|night|R3|{n}，刚看到您说要私下转账，不行的，明天我把公司收款账户发您，您走柜台或者网银都行{e}
S|p|plain|R4|{n}，更正一下，刚才那句“我帮你操作”说错了，应该是“我教您操作”，按规定得您本人点确认{e}
S|p|plain|R5|{n}，私人微信🙅‍♀️真不行，企业微信这边我随时在👌{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|sh|R4|{n}，侬要我帮侬弄，原则上是勿来事额……算了，侬是老客户，账户密码发我，我帮你操作{e}
S|p|wz|R3|{n}，返点我当着别人面是不会给的，私底下嘛，你买{a}以上，返点我照给{e}
S|p|xm|R5|{n}，企业微信上不方便讲，我不是不给哩私人微信，是要等没人的时候，晚上我加哩{e}
S|p|gx|R1|{n}，你讲要我写保证书，我不写，但我口头跟你讲：这个保本，亏了算我的{e}
S|p|yn|R3|{n}，你问能不能私下转账，按理是不能的哈……不过这回特殊，你先转给我，私下转账这次不算{e}
S|p|sd|R4|{n}，俺不是不想帮恁，是不能明着帮。恁把账户密码单独发俺，俺晚上帮你操作{e}
S|p|hen|R1|{n}，恁要写进合同？那不中，合同上写不了。可俺给恁打包票，这个保收益{r}，少一分俺补给恁{e}
S|p|wh|R2|{n}，你要我推荐股票？我不推荐。我就讲一句：那只票庄家最近在拉升，你自己看着办{e}
S|p|tj|R3|{n}，返佣？您这话说的，咱不能明着给。回头我请您吃饭，饭钱里头就有了，您懂{e}
S|p|bj|R4|{n}，您说不用我管？得嘞，那我不管。不过下月调仓那会儿您要是没空，还是我帮你操作吧，密码您发我{e}
S|p|my|R1|{n}，你要我签名保证？cannot lah。但是我讲真的，这个plan保本，你拿去问谁都一样{e}
S|p|sg|R5|{n}，WeCom can，personal one cannot……OK lah，since you're old customer，加我私人号，don't share{e}
S|p|stu|R4|{n}，你说不想让爸妈操心？那我就不推辞了，全权委托给我，他们什么都不用管{e}
S|p|old|R1|{n}，您说不要保本的？那怎么行，您这岁数就得买保本的，我给您换成这个，稳赚{e}
S|p|night|R3|{n}，刚才在网点我当着领导面拒绝你了，别往心里去。现在跟你说实话：飞单可以做，明天私下谈{e}
S|g|lead|R1|早会说两句：客户要书面承诺的，你们一律拒绝，别落下字据。口头上可以说保本，这个不留痕{e}
S|p|plain|R3|{n}，我刚才说不收您的红包，您别多想，不是嫌少。这样，红包不收，返佣我直接从手续费里扣给您{e}
S|p|plain|R1|{n}，您让我发个收益承诺书？不行不行。不过您把这句话截图留着：这款定投三年稳赚{e}
S|p|plain|R4|{n}，我不能代您签字，这个您得理解。但赎回这事简单，账户密码给我，我在后台就弄了{e}
S|p|plain|R5|{n}，您要我手机？那不能随便给。您加我个人号吧，我私人号上随时在{e}
S|p|plain|R2|{n}，我拒绝回答“明天买啥”这种问题，但我可以告诉你一个内幕消息：那家公司{d}要公告重组{e}
S|p|plain|R1|{n}，我不会跟您说“稳赚”这种话的……好吧，您非要问，那我就说：稳赚{e}
S|p|wz|R4|{n}，你说不好意思麻烦我？不麻烦不麻烦，代客理财我熟，你的账户交给我就行{e}
S|p|xm|R1|{n}，哩讲不要那种花里胡哨的？好，我就给哩推这只，简简单单，零风险，收益{r}{e}
S|p|gx|R3|{n}，不是我不愿意走公司流程，是公司流程太慢。这单私下交易，我{d}就给你搞定{e}
S|p|yn|R2|{n}，我不能跟你讲具体是哪只，这个真不能讲。只能讲：内部消息，下礼拜有庄家进场{e}
S|p|hen|R5|{n}，企业微信上的事俺不接，恁加俺私人微信，那边俺再跟恁细说{e}
S|p|sd|R1|{n}，俺不要恁的感谢，俺就要恁一句话：这个养老规划保本，恁信俺就买{e}
S|p|wh|R3|{n}，你讲不要返点？那不行，你是老客户，返点我必须给，不给我心里过意不去{e}
S|p|tj|R1|{n}，您说不买保本的，要高收益的？那我给您推这只，又保本又高收益，两头都占{e}
S|p|bj|R2|{n}，您那些荐股群我不让您信，您信我的：内部消息，{d}拉升，就这只{e}
S|p|my|R4|{n}，你讲你不懂app？No problem，不用学了，账户密码给我，I settle for you{e}
S|p|sg|R1|{n}，you say don't want risk？Then this one lor，零风险，SGD收益{r}，confirm can{e}
S|p|stu|R3|{n}，你说汇款手续费太贵不想交？那就别走银行了，转到我个人账户，我帮你爸妈换好汇过去{e}
S|p|old|R5|{n}，您说企业微信字太小看不见？那就不用这个了，加我私人号，我给您发语音{e}
S|g|ann|R1|【群公告】本群不接受任何私下议价，请理解。本月主推：年金险保证收益{r}，欢迎咨询{e}
S|p|plain|R4|{n}，您说不放心把钱交给别人管？我理解。但我不是别人啊，全权委托给我，您有什么不放心的？{e}
S|p|night|R1|{n}，您说今天太晚不聊了？好，就一句：这款保收益，明早您打个款就行{e}
S|p|plain|R3|{n}，手续费打折？公司不批。我自己掏腰包给你返点，就当交个朋友{e}
S|p|plain|R4|{n}，不不不🙅我不能收您密码……好吧😅账户密码发我，就这一次{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|g|comp|R1|【培训材料·错误示范】“这款产品保本，您放心买。”——以上说法违规，正确说法见下页{e}
S|g|comp|R3|案例复盘：员工对客户说“转到我个人账户更快”，此为违规表述，当事人已被处理{e}
S|p|sh|R1|{n}，侬讲外头那个人讲“稳赚不赔”，侬听听就好，阿拉这行没有这种讲法额{e}
S|p|wz|R3|{n}，你那个朋友说“飞单手续费便宜”，你别听，出了问题连找谁都不知道{e}
S|p|xm|R2|{n}，哩阿伯转来的那句“庄家明天拉升”，是群里骗子发的，叫他毋通信{e}
S|p|gx|R4|{n}，你讲那个客服跟你讲“把账户密码给我”，那肯定是假的，我们没有人会这样讲{e}
S|p|yn|R5|{n}，那个人跟你讲“加我私人微信，带你赚钱”，你莫理，是骗子{e}
S|p|sd|R1|{n}，恁说那个保险业务员讲“这个重疾险保本”，恁回头问问他敢不敢写进合同{e}
S|p|hen|R3|{n}，俺听恁说那人讲“返点给恁”，这种话恁可别信，天上不会掉馅饼{e}
S|p|wh|R2|{n}，你转述的那句“有内部消息”，是群主讲的吧？那种群我劝你退了{e}
S|p|tj|R1|{n}，您那位老同学说“零风险年化一成”，您琢磨琢磨，介可能吗？{e}
S|p|bj|R4|{n}，您说那位自称经理的讲“全权委托，包您回本”，您可长点心，这路子都是骗人的{e}
S|p|my|R1|{n}，你朋友讲“这个gold scheme保本”，我查过了，那个公司没有执照，小心ah{e}
S|p|sg|R3|{n}，the guy say “can 私下交易，cheaper”，that one very dangerous，don't lah{e}
C|p|stu|R1|{m}，我妈说你们同事之前跟她讲过“保本”，是真的吗？我怎么在合同里没看到{e}
S|p|stu|R1|{n}，我查了记录，我们的同事没有说过“保本”，合同里确实没有，这款是浮动收益的，我再跟阿姨解释一遍{e}
C|p|old|R3|{m}啊上次那个人说转到我个人的卡上就能多给利息这是不是你们那个同事呀{e}
S|p|old|R3|{n}，那人说“转到我个人卡上”，他肯定不是我们的人，您千万别转，我这就报给领导{e}
S|p|night|R2|{n}，这么晚还在看群消息呀？那句“内幕消息，明早抢筹”您别当真，早点睡{e}
S|g|lead|R1|早会学习：上周客户投诉，原因是有同事说了“稳赚”两个字。大家记住，这两个字任何场合都不能说{e}
S|g|ann|R5|【群公告】有人冒充群管理员发“加我个人号领福利”，请勿添加，已移出群聊{e}
S|p|plain|R1|{n}，您引用的“保收益”是宣传册的旧版本，新版已经改成“业绩比较基准”了，以新版为准{e}
S|p|plain|R4|{n}，您说的“代客理财”是您朋友那家公司的做法吧？我们这里不做，也不能做{e}
S|p|plain|R2|{n}，新闻里那句“庄家操纵股价”，说的是已经被处罚的案子，不是现在的行情{e}
C|p|plain|R1|{m}，你上次说“这个基金不保本”，那我亏了是不是就没办法了？{e}
S|p|plain|R1|{n}，我上次说的确实是“不保本”，现在还是这句话，REITs跟股票一样会波动{e}
S|p|plain|R3|{n}，您说“你们员工不是都有返佣吗”，我可以明确告诉您：没有{e}
S|p|plain|R5|{n}，我原话是“有事在企业微信找我”，不是“加我私人号”，您可能看岔了{e}
S|p|plain|R1|{n}，这本书叫《稳赚的秘密》，我翻过，里面讲的其实是资产配置，书名比较夸张{e}
S|g|plain|R2|下周读书会读的是小说《庄家》，讲的是民国钱庄的故事，和股票没关系哈，大家{d}有空来喝茶{e}
S|p|sh|R4|{n}，侬转给我额截图里头写着“帮你操作，保你回本”，这种肯定是骗子额，侬勿好理伊{e}
S|p|wz|R1|{n}，老话说“稳赚不赔的生意没人会告诉你”，我们温州人最懂这个道理，所以我不跟你讲这种话{e}
S|p|xm|R5|{n}，哩讲的“私人号”是不是那个叫“理财小助手”的号？那个不是我们的，已经举报了{e}
S|p|gx|R3|{n}，你妹讲的“私下转账打折”，我跟你讲清楚，我们没有这种打折，是骗子的话术{e}
S|p|hen|R4|{n}，恁闺女说“叫银行的帮你操作”，那是好心，可俺们不能替恁操作，得恁自个儿点{e}
S|p|sd|R2|{n}，恁转发的“内部消息”俺看了，是从一个荐股直播里截的图，别信{e}
S|p|yn|R1|{n}，你讲那个APP上写着“零风险理财”，那个APP没牌照的，赶紧卸了{e}
S|p|wh|R3|{n}，你讲的“飞单”是隔壁公司的事，新闻报过，我们这边查得严，冇得这种事{e}
S|p|tj|R5|{n}，您给我转的那条“加我私人微信”不是我发的，有人盗我头像，您千万别加{e}
S|g|comp|R4|【话术纠错】错误：“我帮你操作就行。”正确：“我在旁边指导您，由您本人操作。”请各位对照{e}
S|p|plain|R3|{n}，您刚才说“要不私下交易算了”，我就当没听见哈，咱还是走系统{e}
S|p|plain|R2|{n}，您转来的“🚀庄家拉升🚀”那张图是荐股群的广告，别理{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|sh|R1|{n}，上礼拜我讲“保本”，今朝我还是这句闲话，侬放一百个心{e}
S|p|wz|R3|{n}，我上次跟你说的“返点给你一个点”，说到做到，{d}就打给你{e}
S|p|xm|R1|{n}，我之前讲“这个黄金积存稳赚”，到今天都算数，哩照买就对了{e}
S|p|gx|R4|{n}，我讲过“你的账户我来管”，那就是全权委托给我，你莫操心，我讲话算数{e}
S|p|yn|R2|{n}，昨天我讲的“内部消息”你咋个还不信？庄家今天已经动了，明天还要拉升{e}
S|p|sd|R1|{n}，俺那天说“这个REITs保收益”，俺现在还这么说，俺这人说话一口唾沫一个钉{e}
S|p|hen|R5|{n}，俺上回说“加我个人号”，恁咋还没加？那边说话方便{e}
S|p|wh|R3|{n}，你问“能不能私下交易”，我当时讲可以，现在还是可以，你定个时间{e}
S|p|tj|R1|{n}，介话我撂这儿了，跟上回一样：“零风险”，您要是亏了找我{e}
S|p|bj|R4|{n}，您还记得我那句“您忙您的，我帮你操作”吧？这句话一直有效，密码没变吧？{e}
S|p|my|R1|{n}，我讲过“this one保本”，到现在我还是这样讲，you trust me lah{e}
S|p|sg|R3|{n}，as I said before，“返佣 sure have”，这个月的我已经准备好了{e}
S|p|stu|R4|{n}，你说你爸讲“账户密码已经给经理了”，对，给我了，放心，我帮他们盯着{e}
S|p|old|R1|{n}，您记性好，我是说过“这笔钱保本”，现在还是保本的，您别听别人瞎说{e}
S|p|night|R2|{n}，白天说的“庄家要拉升”，我刚又确认了一遍，没问题，明早开盘就进{e}
S|g|lead|R1|早会重温王总那句话：“咱们的产品就是稳赚的，大胆讲！”今天每人至少约三个客户{e}
S|g|ann|R1|【群公告】重申上期公告内容：“本产品保本保收益”，有效期延长至月底，请各位客户知悉{e}
S|p|plain|R3|{n}，{k}跟您说的“飞单手续费减半”是我们商量好的，没问题，您放心下单{e}
S|p|plain|R1|{n}，您说“别人都说这款有风险”，别人说的不算，我说的算：保本{e}
S|p|plain|R4|{n}，合同上写的是“客户自主决策”，那是格式条款。咱们私下说好的“代客理财”照旧，我替您打理{e}
S|p|plain|R5|{n}，我在朋友圈发的那句“有事加我私人微信”就是说给您听的，您加一下{e}
S|p|plain|R1|{n}，“投资有风险”是印在纸上的，“稳赚不赔”是我跟您说的，您信哪个？信我{e}
S|p|plain|R2|{n}，王总昨天饭桌上那句“下周有人拉升”，我问过了，是真的，您提前准备资金{e}
S|p|sh|R3|{n}，侬问“转到我个人卡上会不会有问题”，我讲勿会有问题额，阿拉老早就这样做了{e}
S|p|wz|R1|{n}，我们老板说“这个私募保本”，他在温州商会里讲过好多次了，你就放心{e}
S|p|xm|R5|{n}，哩阿姊讲“经理给了私人号”，对啦，就是我给的，以后就在那里联络{e}
S|p|gx|R1|{n}，你讲“听讲这个包赚”，是我讲的嘛，冇错，就是包赚{e}
S|p|yn|R3|{n}，我跟你阿妈讲的“私下转账更快”，这话没错，你帮她转过来就行{e}
S|p|hen|R4|{n}，恁说“银行的人说能帮俺弄”，对，就是俺说的，账户密码恁发俺就中{e}
S|p|wh|R1|{n}，我那天讲的“保证收益{r}”，现在照样保证，你莫听别个乱讲{e}
S|p|tj|R3|{n}，您问“上回那返佣还算数不”，算数！我说话嘛时候不算数过？{e}
S|p|bj|R2|{n}，老李转您那句“内部消息，这只要翻倍”，是我给他的，您也可以跟{e}
S|p|my|R4|{n}，你朋友讲“那个经理会帮你操作”，对啊，就是我，你也可以的，把资料发我{e}
S|p|sg|R1|{n}，my manager say “this REIT稳赚”，I agree 100%，you can go ahead{e}
S|p|stu|R1|{n}，你说你妈记得我讲过“保本”，没错，我讲过，现在也是保本的，请她放心{e}
S|p|plain|R1|{n}，我重复一遍上周微信里的话：“这款养老年金保收益，利率{r}锁定终身”，今天依然有效{e}
S|p|plain|R3|{n}，您截图里我那句“返点照旧”是真的，这个月已经打到您卡上了，查收一下{e}
S|p|night|R5|{n}，刚才那条“加我个人号”别往群里转哈，您自己加就好，那边我晚上都在{e}
S|p|plain|R2|{n}，研报上写“估值合理”，那是给外人看的。我跟您说的“内部消息”才是真的，庄家在里面{e}
S|p|plain|R1|{n}，我说过的“保本👍”，今天还作数✅，{d}照常打款{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|sh|R6|{m}，阿拉手机号{MOB:plain}，侬有事体打电话好了{e}
C|p|wz|R6|{m}，我的卡号{CARD:sp}，货款回笼以后定投就从这张卡上扣{e}
C|p|xm|R6|{m}，我阿伯的身份证号{ID:plain}，哩帮他办黄金积存{e}
C|p|gx|R6|{m}，我老表电话{MOB:dash}，他想问车贷的事{e}
C|p|yn|R6|{m}，我的手机是{MOB:cn}，你打这个嘛{e}
C|p|sd|R6|{m}，俺身份证号{ID:sp}，恁帮俺填一下转贷的表{e}
C|p|hen|R6|{m}，俺闺女的手机{MOB:mix}，恁有事找她中{e}
C|p|wh|R6|{m}，我还款卡号是{CARD:dash}，分期就从这张卡扣撒{e}
C|p|tj|R6|{m}，我手机{MOB:dot}，您了有事打给我{e}
C|p|bj|R6|{m}，您记一下，我身份证{ID:mix}，明儿去网点前您先给我预约上{e}
C|p|my|R6|{m}，我在中国用的手机是{MOB:sp}，在Malaysia的号码不方便打{e}
C|p|sg|R6|{m}，my mother的身份证号码是{ID:plain}，麻烦你help her register{e}
C|p|stu|R6|{m}您好，我是帮我爸办的，他的银行卡号是{CARD:plain}，汇款就打这张{e}
C|p|old|R6|{m}我的电话是{MOB:cn}你记一下我是用说话打的字{e}
C|p|old|R6|{m}啊我那个卡号是{CARD:cn}你看看对不对我戴着老花镜{e}
S|p|plain|R6|{n}，跟您核对一下预留手机：{MOB:plain}，不对的话您告诉我{e}
S|p|night|R6|{n}，这么晚打扰，我核对一下您填的身份证号：{ID:sp}，麻烦确认{e}
S|g|ann|R6|【群公告】中奖客户联系方式：{MOB:fw}，请本人尽快到网点领取礼品{e}
S|p|plain|R6|{n}，您的定投扣款卡是{CARD:sp}，下个月起每月{DAY}号扣款{e}
C|p|plain|R6|{m}，身份证号发你：{ID:plain}，重疾险投保就用这个{e}
C|p|plain|R6|{m}，我老婆手机号{MOB:comma}，受益人那栏填她{e}
C|p|plain|R6|{m}，卡号用大写写给你，免得看错：{CARD:dx}{e}
C|p|plain|R6|{m}，身份证{ID:fw}，全角的，手机输入法打出来就这样{e}
S|p|comp|R6|{n}，为办理家族信托尽调，请核对委托人身份证号{ID:dash}，如有误请告知{e}
C|p|sh|R6|{m}，阿拉儿子额身份证是{ID:cn}，侬帮伊开个定投户头{e}
C|p|wz|R6|{m}，我温州老家的号码{MOB:plain}，我回去过年就用这个{e}
C|p|gx|R6|{m}，我的卡{CARD:dot}，你帮我看下分期做得不{e}
C|p|tj|R6|{m}，身份证号儿{ID:plain}，嘛时候能办下来？{e}
C|p|wh|R6|{m}，我的电话{MOB:fw}，你打过来撒{e}
C|p|my|R6|{m}，汇款要用的卡号是{CARD:comma}，是我姐姐在国内的卡{e}
C|p|stu|R6|{m}，我妈的手机{MOB:dx}，她不看微信，你直接打给她{e}
S|g|lead|R6|各位，早会上说的需要回访的客户电话{MOB:dash}，{k}负责跟进{e}
C|p|yn|R6|{m}，我的身份证号{ID:mix}，我用语音报的，你看看有没有错{e}
C|p|sd|R6|{m}，卡号{CARD:plain}，房贷转过来以后就用这张还{e}
C|p|hen|R6|{m}，俺的手机号恁记着：{MOB:sp}，白天俺在地里可能接不着{e}
C|p|bj|R6|{m}，我那张还房贷的卡{CARD:cn}，您帮我查查扣款了没{e}
C|p|xm|R6|{m}，我的电话{MOB:dash}，下午四点以后打比较方便{e}
S|p|plain|R6|{n}，您股权激励行权的收款卡我登记的是{CARD:dash}，没问题我就提交了{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，您的REITs认购确认单号{ORDER}，请保存好{e}
S|p|plain|R6|{n}，保单号{POLICY}，重疾险的电子保单已经发您邮箱了{e}
S|p|sh|R6|{n}，阿拉网点电话{LAND:sh}，侬打过来寻我就好{e}
C|p|my|R6|{m}，我马来西亚的电话是{MYPH}，回国之前打这个{e}
C|p|sg|R6|{m}，my number {SGPH}，WhatsApp also can{e}
C|p|stu|R6|{m}，我在美国的号码{USPH}，有时差，您发消息就行{e}
C|p|stu|R6|{m}，我在英国，电话是{UKPH}，我爸妈的事可以先跟我说{e}
C|p|stu|R6|{m}，我在墨尔本，号码{AUPH}，晚上八点以后方便{e}
S|p|plain|R6|{n}，验证码{OTP}千万不要告诉任何人，包括我{e}
S|p|plain|R6|{n}，您尾号{LAST4}的那张卡已经绑定成功了{e}
S|p|plain|R6|{n}，您登记的手机是{MASKMOB}，如果换号了请到柜台更新{e}
S|p|plain|R6|{n}，卡号{MASKCARD}的账单分期已经办好了，分{INST}期{e}
S|p|plain|R6|{n}，系统里显示证件号{MASKID}，跟您核对一下后四位{e}
C|p|old|R6|{m}我身份证号是{BADID:cn}你看对不对我念的{e}
C|p|plain|R6|{m}，身份证号{BADDATE:plain}，系统老提示不对，你帮我看看{e}
S|p|plain|R6|{n}，您发来的身份证号{BADID:sp}校验位对不上，麻烦拍个照片重新确认{e}
S|p|plain|R6|{n}，您发的号码{ID17:plain}只有十七位，少了一位，麻烦补全{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:sp}系统校验不通过，可能哪一位输错了{e}
C|p|old|R6|{m}卡号{LUHNBAD:cn}我念了好几遍你们那个机器还是说不对{e}
S|p|plain|R6|{n}，您的车贷合同编号{CONTRACT}，还款计划表已经发给您{e}
S|p|plain|R6|{n}，转贷申请流水号{FLOW}，审批结果出来我第一时间告诉您{e}
S|p|plain|R6|{n}，您关注的这只新能源基金代码{FUND}，净值每天晚上更新{e}
S|p|plain|R6|{n}，这只REITs的交易代码是{REIT}，场内买卖要用证券账户{e}
S|p|plain|R6|{n}，本月还款金额{AMT}元，扣款日{DATE}{e}
S|p|plain|R6|{n}，汇款金额{AMTDX}，请核对后签字{e}
C|p|plain|R6|{m}，我QQ{QQ}，有文件也可以发我QQ邮箱{e}
S|p|plain|R6|{n}，快递单号{EXPRESS}，合同原件明天到{e}
S|p|wz|R6|{n}，我们温州分行的座机{LAND:wz}，有事打这个{e}
C|p|my|R6|{m}，我的IC号码{MYIC}，不是中国身份证哦{e}
C|p|sg|R6|{m}，my NRIC {SGIC}，for the remittance form{e}
S|p|plain|R6|{n}，跨境汇款的SWIFT代码是{SWIFT}，收款行地址我稍后发您{e}
S|p|plain|R6|{n}，您的期权授予编号{GRANT}，行权窗口期{DATE}开始{e}
C|p|plain|R6|{m}，我电话{MOB10}，好像少打了一位，晚点补给你{e}
S|p|plain|R6|{n}，您发的{BADPFX:dash}不像手机号吧？开头好像不对，麻烦再核实下{e}
S|p|plain|R6|{n}，家族信托合同编号{TRUST}，签约时间另行通知{e}
S|p|plain|R6|{n}，全国客服热线{HOTLINE}，24小时都有人接{e}
S|p|plain|R6|{n}，黄金积存账户号{GOLDACC}，每月定投{GRAMS}克{e}
S|p|night|R6|{n}，这么晚了还在核对吗？您那个身份证号{BADPROV:plain}开头两位不对，明天再看也行{e}
C|p|plain|R6|{m}，我护照号{PASSPORT}，办跨境汇款用{e}
S|p|xm|R6|{n}，哩的会员编号{MEMBER}，积分可以换体检{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "sh": ["shen.jiayi", "gu.weiming", "lu.yinghua"],
    "wz": ["chen.haibo", "zhou.lijun", "ye.xiaofeng"],
    "xm": ["hong.yaling", "cai.wenbin", "su.meiling"],
    "gx": ["wei.guangxiang", "lan.xiaohong", "huang.zhiqiang"],
    "yn": ["duan.yunfei", "yang.cailing", "li.kunpeng"],
    "sd": ["kong.xiangdong", "sun.guangli", "wang.cuihua"],
    "hen": ["zhang.zhongyuan", "liu.guiying", "guo.jianshe"],
    "wh": ["tu.hanwei", "xiong.lijuan", "yu.jiangcheng"],
    "tj": ["qi.baoshun", "mu.xiuqin"],
    "bj": ["jin.dehai", "nalan.rong"],
    "my": ["tan.weiliang", "ooi.meixuan"],
    "sg": ["lim.junjie", "goh.huiling"],
    "stu": ["xu.qingyun", "fang.yuting"],
    "old": ["qian.shufen", "shi.guozhong"],
    "comp": ["pan.zhengyi", "luo.shenhe"],
    "lead": ["cao.yongsheng", "tian.meifeng"],
    "ann": ["kefu", "yunying.li"],
    "night": ["ren.xiaoxiao", "ji.chenyu"],
    "plain": ["zhou.yifan", "li.mengjie", "han.zhiyuan", "du.wenhao"],
}
TRAD_PREF = ("my", "sg", "xm")  # regions converted to traditional first


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["021", "0577", "0592", "0771", "0871", "0531", "0532", "0371", "027", "022", "010"]
LAND_BY_REGION = {"sh": "021", "wz": "0577"}
HOTLINES = ["95588", "95599", "95533", "95566", "95555", "95528", "95508", "95511"]
AMT_DX = ["壹拾贰万元整", "叁拾万元整", "肆拾伍万陆仟元整", "玖万捌仟元整", "壹佰伍拾万元整",
          "陆拾万元整", "伍万元整", "柒拾贰万元整", "贰拾万零捌佰元整", "捌万元整"]
REIT_HEADS = ["508", "180"]
SWIFTS = ["ICBKCNBJ", "ABOCCNBJ", "PCBCCNBJ", "BKCHCNBJ", "CMBCCNBS", "COMMCNSH", "ICBKCNBJSHI",
          "BKCHCNBJ300"]
US_AREAS = ["212", "415", "646", "617", "206", "312", "213", "510"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "ORDER":
        return rng.choice(["", "RG", "SG"]) + "2026" + rdigits(rng, rng.randint(10, 12))
    if name == "POLICY":
        return rng.choice(["ZJ", "PA", "CI", "HL"]) + rdigits(rng, rng.randint(12, 14))
    if name == "LAND":
        area = LAND_BY_REGION.get(fmt) or rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "(" + area + ")" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "HOTLINE":
        if rng.random() < 0.6:
            return rng.choice(HOTLINES)
        return "400-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "MYPH":
        return "+60 1" + rng.choice("2346789") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "USPH":
        return "+1 (" + rng.choice(US_AREAS) + ") " + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "UKPH":
        return "+44 7" + rdigits(rng, 3) + " " + rdigits(rng, 6)
    if name == "AUPH":
        return "+61 4" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "******" + c[-4:]
        return c[:4] + " **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "INST":
        return rng.choice(["3", "6", "12", "24"])
    if name == "CONTRACT":
        return "QCD" + "2026" + rdigits(rng, 8)
    if name == "FLOW":
        return "ZD" + "2026" + rdigits(rng, 14)
    if name == "FUND":
        return rng.choice(["0", "1", "5"]) + rdigits(rng, 5)
    if name == "REIT":
        return rng.choice(REIT_HEADS) + rdigits(rng, 3)
    if name == "AMT":
        v = rng.randint(2, 900) * 100 + rng.choice([0, 50])
        return "{:,}".format(v) + (".00" if rng.random() < 0.5 else "")
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%02d/%02d" % (y, m, d)
        return "%d.%d.%d" % (y, m, d)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(6, 9))
    if name == "EXPRESS":
        return rng.choice(["SF", "YT", "ZTO"]) + rdigits(rng, 12)
    if name == "MYIC":
        yy = rng.randint(60, 99)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        return "%02d%02d%02d-%s-%s" % (yy, m, d, rng.choice(["01", "07", "08", "10", "14"]),
                                      rdigits(rng, 4))
    if name == "SGIC":
        return rng.choice("STFG") + rdigits(rng, 7) + rng.choice("ABCDEFGHIJZ")
    if name == "SWIFT":
        return rng.choice(SWIFTS)
    if name == "GRANT":
        return "ESOP-2026-" + rdigits(rng, 5)
    if name == "TRUST":
        return "JZXT-2026-" + rdigits(rng, 6)
    if name == "GOLDACC":
        return "AU" + rdigits(rng, 12)
    if name == "GRAMS":
        return str(rng.randint(1, 20))
    if name == "PASSPORT":
        return rng.choice(["E", "EA", "EB"]) + rdigits(rng, 7 if rng.random() < 0.5 else 8)
    if name == "MEMBER":
        return "VIP" + rdigits(rng, 9)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
