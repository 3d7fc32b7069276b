#!/usr/bin/env python3
"""Blind held-out evaluation set 31 ("heldout31") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly three files of the repository and nothing else:
``scripts/evasion_blind_common.py`` (the shared machinery, read in full),
``scripts/evasion_heldout22.py`` (only as a model of a set script's format: how it uses the
common module, its docstring layout, constants, pools, staff table and number-generator
spec; none of its templates, voices or settings were copied or adapted) and
``scripts/eval_categories.sh`` (to wire this set in).  Nothing else was opened: not the
scanner, its rule files, its tests, its docs, its archive, any other evaluation set or
generator, nor the commit history; and nothing was searched (no web or code search).  Every
template below was written from general knowledge of how Chinese-speaking financial sales
staff and their customers talk on WeCom (企业微信).  The set exists to measure how well the
scanner generalises: do not tune the scanner to it, do not add it to any training data, and
run it once.

Voices
------
Baotou and Ordos speech; Cangzhou (Hebei) speech; Linyi and Weifang Shandong speech; Zhuzhou
and Xiangtan Hunan speech; Ganzhou Hakka-flavoured Mandarin; Quanzhou Minnan merchants;
Jieyang Teochew traders; Hong Kong Cantonese private-banking clients and their relationship
managers (converted to traditional characters first, through the common table); Sydney and
Melbourne overseas Chinese mixing English; Korean-Chinese customers in Qingdao mixing Korean
loanwords in romanisation (never inside a keyword); anxious first-time investors asking many
short questions; compliance trainers writing quizzes with answer keys; branch managers
forwarding head-office notices with a one-line comment; WeCom group hosts posting morning
greetings with market notes; plain Mandarin staff and customers.
Settings: index funds and fund fixed-investment plans (定投), bank preferred shares,
critical-illness insurance riders, annuity insurance for retirement, gold accumulation
accounts (积存金), private equity fund roadshows, mortgage refinancing, business credit
cards, family trusts, a hospital appointment, a dragon-dance rehearsal, a square-dance
competition, a countryside picnic, a badminton club, a child's piano exam.

Hard cases
----------
Spread over every keyword category: the deciding clause far from the keyword (three or more
clauses on); negation scope across commas; double negation; rhetorical questions that assert
or urge versus real questions, questions answered "no" and rhetorical questions that deny;
irony and sarcasm; paraphrase after declining the keyword; conditional offers; reported
questions followed by the speaker's own answer either way; corrections and retractions both
ways; concessions; lists, quizzes with answer keys and FAQ items with the violation in one
item; keywords inside the name of a product, book, course, shop, app or account, or across a
word boundary (near misses); keywords in a non-financial sense; quoting oneself and standing
by it versus quoting others, contracts, notices or codes of conduct; forwarded head-office
notices whose one-line comment agrees or contradicts; training material with wrong examples
marked wrong versus presented as the script; an honest sentence plus a violation in one
message; customers asking for violations; refusing then offering a workaround versus a
legitimate alternative; scam warnings ending in "only trust me".  Keywords are split by one
of the separators ``· -_*.~`` in a minority (more than 0 and under 15 %) of each keyword
category's hits; 25 % of every category is in traditional characters through the common
one-to-one table (the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in every written form the common module
supports (Chinese numerals with 幺 / 两, 大写, mixed Chinese and Arabic, full-width, split by
spaces, dashes, dots and commas, one space between every two digits), also inside notices,
quizzes and greetings, versus look-alikes: bad ID check characters, impossible birth dates,
bad province codes, 17-digit IDs, Luhn failures, masked numbers, 10-digit and bad-prefix
mobiles, mobile prefixes, Hong Kong / Australian / Korean phones, order, contract, policy,
trust, filing, exam, appointment and document numbers, fund and preferred-share codes,
index levels, gold prices, amounts, dates, one-time codes and last-four digits.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout31.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h31_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 31_2026_1206
SET_NAME = "heldout31"
MSGID_PREFIX = "h31"
T0 = 1779500000000
SEQ0 = 1240000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("hk",)     # Hong Kong messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
              "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
              "170", "171", "173", "175", "176", "177", "178", "180", "181", "182", "183",
              "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
AREAS = ["150202", "150203", "150204", "150602", "130902", "130903", "371302", "370702",
         "370705", "430202", "430302", "360702", "350502", "350582", "445202", "445281",
         "370202", "370212", "110108", "310115", "440305", "420106", "320506"]
CARD_BINS16 = ["622208", "621226", "622700", "621661", "622260", "623058", "622155", "621799",
               "625806"]
CARD_BINS19 = ["6212264", "6217003", "6228481", "6222083", "6216613", "6230580"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["许总", "秦姐", "钱叔", "段总", "苗阿姨", "贺哥", "柴老板", "鲍姐", "邢老师", "曹大哥",
          "阎姐", "蒋总", "谭叔", "梁阿姨", "雷哥", "侯姐", "申老板", "丁老师", "崔姐", "方叔"],
    "m": ["小许", "秦经理", "小段", "贺经理", "邢主管", "小鲍", "曹经理", "小谭", "梁经理",
          "小侯", "雷经理", "崔经理"],
    "e": ["", "", "", "🙂", "👍", "🙏", "☕", "🌞", "👌", "💐", "🤝", "📈"],
    "d": ["明天上午", "周四下午", "下周二", "月底前", "今晚", "后天", "这两天", "周五收盘前",
          "下个月初", "明早"],
    "a": ["5万", "8万", "12万", "20万", "30万", "50万", "80万", "100万", "150万", "300万"],
    "r": ["2.6%", "3%", "3.2%", "3.5%", "3.8%", "4%", "4.5%", "5%", "5.2%", "6%"],
    "k": ["小段", "祁经理", "小蒋", "贺主管", "阎经理", "小雷", "苏专员", "姚经理", "小邵",
          "白主管"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; hk prefers traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|bt|R1|{n}，这只指数基金定投拿了三年，你见谁亏过？稳赚的买卖，你还愁甚了？{e}
S|p|cz|R1|{n}，介款养老年金保证收益{r}，人家都抢着买了，您还琢磨嘛呢？{e}
S|p|sd|R1|{n}，恁说说，俺啥时候给恁推过亏钱的东西？这个积存金就是保本的，还犹豫啥？{e}
S|p|hn|R2|{n}，咯只票庄家{d}就要拉升，内部消息，你不上车还等么子咯？{e}
S|p|gz|R3|{n}，走公司流程要扣手续费，私下转账给涯，涯帮你办，唔係更划算？{e}
S|p|qz|R3|头家，你拍拼赚钱不容易，飞单走我这边，手续费省一半，这款代志有影好，你讲是不是？{e}
S|p|jy|R3|{n}，胶己人还讲乜个客气？返点我私下回给汝，汝毋说出去就好，有乜个不妥？{e}
S|p|hk|R1|{n}，呢只优先股年年派息，保本之余仲有{r}，咁好嘅deal你仲谂咩呀？{e}
S|p|au|R5|{n}，你在Sydney时差这么大，企业微信又常常收不到，加我私人微信不是更方便吗？{e}
S|p|kr|R4|{n}，omma 年纪大了手机也不会用，把账户密码给我，我帮你操作不就好了吗？{e}
S|p|anx|R1|{n}，你问了十几个问题，我就回一句：定投指数基金，拿够三年哪有不赚的？稳赚，放心{e}
S|g|gm|R2|各位家人早上好🌞昨晚美股收涨，今天有个票庄家已经吸够筹码了，你们说{d}会不会拉升？懂的都懂{e}
S|g|quiz|R1|【话术演练】客户问“会不会亏”，标准回答：“您见过哪家银行的年金亏过？这款保本保收益，您还怕什么？”大家照这个背熟{e}
S|g|fwd|R1|【转发总行】各网点不得以任何形式承诺保本。——话是这么说，客户问起来，你们就反问“咱行的东西什么时候亏过？”，懂吧{e}
S|p|plain|R1|{n}，保本这个事，合同上没写，路演上没讲，监管也不让我们说，可您想想，这家管理人成立这么多年，哪只产品让投资人亏过本金？{e}
S|p|plain|R3|{n}，你要是这个月把{a}的房贷转到我们这边来，我私下给你返点，你说还有比这更好的条件吗？{e}
S|p|plain|R1|{n}，谁说这款积存金不是稳赚的？您倒是说说，哪年金价不涨？{e}
S|p|plain|R1|{n}，别听隔壁网点那个小年轻的，他说“有风险”，那他倒是说说这款年金哪里有风险？零风险的东西被他讲得吓死人{e}
S|p|plain|R1|{n}，是，说明书上写着“不保本”，可哪个说明书不这么写？您看看过去五年，哪一期不是稳赚？{e}
S|p|plain|R1|{n}，刚才我说这只优先股可能不派息，是我说错了，银行怎么可能不派？年年{r}，这不就是保证收益吗？{e}
S|p|plain|R4|{n}，您出差那么多，家族信托那边的事全权委托给我个人不就行了？我还能害您不成？{e}
S|p|plain|R4|{n}，商务卡网银的账户密码您发我一下，我帮你操作还款，这不比您自己跑一趟省事？{e}
S|p|plain|R5|{n}，公司这个号下班就不回了，您说私人号上找我是不是更快？记一下哈{e}
S|p|sd|R5|{n}，恁加我个人号呗，企业微信俺夜来都没看见恁的消息，这不耽误事吗？{e}
S|p|jy|R2|{n}，汝想想，阮老板同庄家食茶食了三年，伊讲的内部消息会有假？{e}
S|p|au|R2|{n}，我mate就在那个私募fund里做analyst，内幕消息还能有假？这周就进{e}
S|p|bt|R3|{n}，转到我个人卡上，我给你直接存，省得你跑一趟网点，这不是省事得多哇？{e}
S|p|cz|R3|{n}，返佣这事儿您甭客气，介是咱俩倍儿铁才给的，别人我能给吗？{e}
S|p|gz|R1|{n}，定投沪深指数基金，拿得住就稳赚，承蒙你信涯，涯还会骗你？{e}
S|p|qz|R1|{n}，这款年金保收益{r}，比放厝里卡好，免惊啦，你讲有啥会亏？{e}
S|p|kr|R1|{n}，appa 的养老年金选这个，保证收益{r}，jinjja 没有比这更稳的，您还等什么呢？{e}
S|p|hk|R1|{n}，呢只私募fund我哋PB客户个个都有买，零风险嘅嘢，你话点解唔买？{e}
S|p|hk|R4|{n}，你成日飞嚟飞去，不如全权委托俾我打理，我帮你操作你仲唔放心咩？{e}
S|p|hn|R3|{n}，咯笔转贷的服务费私下转账给我就要得，走公司还要开发票，何必咯？{e}
S|g|cz|R2|各位老少爷们儿，介只票庄家都进场了，还用得着我多说嘛？{d}见分晓{e}
S|g|quiz|R3|【房贷转贷FAQ】问：能提前还款吗？答：可以。问：服务费怎么交？答：为了快，私下转账到经办人名下即可，何必走公户？{e}
S|p|anx|R1|{n}，你一口气问我“会亏吗”“能取吗”“靠谱吗”，我反问你一句：我们行的积存金，哪个客户亏过？包赚的{e}
S|g|gm|R4|早安各位🌞今日提醒：没空看盘的家人，为什么不把账户交给我们代客理财呢？省心又省力{e}
S|p|jy|R5|{n}，这个公司号老板都看得见，汝有乜个事加我私人微信，讲话毋是卡方便？{e}
S|p|au|R1|{n}，稳赚这两个字我本来不想说，compliance天天盯着，super那边也说要diversify，可是honestly，这只fund过去几年哪年亏过？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|anx|R1|{m}，我第一次买基金，会亏吗？亏了怎么办？是保本的吗？能随时取吗？{e}
S|p|anx|R1|{n}，您问是不是保本——不是。定投指数基金有涨有跌，短期亏钱很正常，没有人能帮您兜底{e}
S|p|bt|R1|稳赚？{n}，哪有稳赚的买卖哇，谁跟你说这话你就别理他{e}
S|p|cz|R2|庄家要拉升？{n}，您听谁说的嘛，介种话能信吗？咱这儿没那号消息{e}
C|p|sd|R3|{m}，俺问问恁，转贷的手续费能私下转账给恁不？俺怕跑银行麻烦{e}
S|p|sd|R3|{n}，私下转账？那可不行，俺这边所有费用都走对公账户，发票也给恁开{e}
S|p|hn|R1|{n}问我咯只年金是不是保证收益，冇得咯回事，分红部分要看公司经营，演示利率不等于实际{e}
S|p|gz|R4|账户密码给涯？{n}，涯要你的密码做麽个？自家收好，哪个问都莫给{e}
S|p|qz|R3|{n}，你问有没有返点，歹势，无啦，手续费都是明码，有人讲有返点你卡注意{e}
C|p|jy|R3|{m}，汝们有返佣无？普宁布行个老板讲伊买保险有人回钱{e}
S|p|hk|R1|{n}，你问呢只私募fund保唔保本？唔保本，路演讲嘅过往回报唔代表将来，呢点要讲清楚{e}
C|p|hk|R1|{m}，呢只优先股会唔会零风险？我想揾啲稳阵嘢俾屋企人{e}
S|p|au|R5|{n}，你问可不可以加我私人微信，sorry不可以哦，公司规定只能用企业微信，这样record都在{e}
C|p|kr|R4|{m}，aigo 我 omma 问能不能代客理财？她看不懂app{e}
S|p|kr|R4|{n}，代客理财我们不做的，gwaenchana，阿姨来网点我当面教她用app，慢慢来{e}
S|g|quiz|R1|【合规小测】判断题：客户问“能保本吗”，客户经理答“您见过哪只基金亏过？”——这种说法对吗？答案：错误，属于变相承诺保本{e}
S|g|gm|R1|早上好各位🌞今天美联储议息，市场可能波动。有家人问有没有稳赚的品种？没有的，别信{e}
S|g|fwd|R2|【转发总行】警惕“内幕消息”“庄家带单”类诈骗群。——谁见过真有内幕消息还往外发的？都是骗子，转给客户{e}
S|p|plain|R1|{n}，您问年金险能不能保证收益{r}，我的回答是：保证的只有合同里写明的那部分，演示的那部分不保证{e}
S|p|plain|R4|{n}，您刚才问“能不能帮你操作网银”，我答您：不能，网银一定要您本人操作，我可以在旁边讲步骤{e}
S|p|plain|R1|{n}，对对对，零风险，天上还掉馅饼呢。那个“老师”的话您可千万别当真{e}
S|p|plain|R1|{n}，先问您一下：这笔钱是不是必须保本的？如果是，我建议放存款或国债，不建议买私募{e}
S|p|plain|R3|{n}，飞单？我疯了吗，干这个是要丢饭碗的，您的单子全在公司系统里能查{e}
C|p|anx|R5|{m}，你有私人号吗？晚上能找你吗？你会回吗？{e}
S|p|anx|R5|{n}，私人号不方便给，晚上企业微信我一样看得到，有急事就打客服热线，别着急{e}
S|g|bt|R2|打牌谁当庄家还用问？上回野餐输了的那个哇，这回还是他{e}
S|g|cz|R2|龙头举到这儿还不够高？{n}，听口令再往上拉升半尺，龙身跟着走，甭慌{e}
S|g|hn|R4|广场舞比赛的报名表冇填完？{n}，要我帮你操作吗？手机拿来，几分钟搞定{e}
S|g|gz|R1|野餐每人收八十，够不够？涯算了下，烧烤加水果，刚好保本，涯冇赚你们的钱{e}
S|p|qz|R4|{n}，阿嬷明天看病的号约好了没？还没的话我视频帮你操作一遍医院小程序，你跟着点就好{e}
S|p|jy|R2|{n}，汝问“庄家大院”在哪？就在榕城老街口，伊家个粿条好食{e}
S|p|hk|R3|{n}，你问张商务卡有冇返点？有，係银行官方嘅消费回赠，系统自动入返你张卡，唔经我手{e}
S|p|au|R3|{n}，你问这周末悉尼飞单程去墨尔本便不便宜？Jetstar有sale，我帮你看过了{e}
C|p|kr|R1|{m}，jinjja 这个积存金稳赚吗？我 eonni 说黄金只涨不跌{e}
S|p|plain|R4|{n}，全权委托给我？您让我拿什么担这个责？不是信不信任的问题，是规定不允许，家族信托要按合同走{e}
S|p|plain|R2|{n}，私募路演上要是有人跟您讲“内部消息”，您想想，真有这消息他敢在路演上讲吗？听听策略就好{e}
S|p|plain|R3|{n}，问您个事：之前有没有人找您说转贷可以返佣？如果有，把聊天截图发我，我们要上报{e}
S|p|plain|R1|{n}，您说的那本《稳赚不赔的基金定投》我看过，书名起得吓人，里面讲的其实是长期分散，不是真能稳赚{e}
S|p|plain|R4|{n}，孩子钢琴考级报名的账户密码您问要不要发我？不用，您自己登录交费就行，有问题我帮您问考点{e}
S|g|plain|R5|羽毛球俱乐部有人问教练的私人号能不能给？教练说了，约课统一在群里接龙，不单独加人{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|bt|R1|{n}，不用担心，也不用多想，这款积存金稳赚，放心哇{e}
S|p|cz|R1|{n}，介款年金不是不保本，是保本的，您甭听外头瞎说{e}
S|p|sd|R2|{n}，这事恁可别往外说，俺是拿到内部消息才告诉恁的，{d}有人拉升{e}
S|p|hn|R3|{n}，莫走公司账，莫开发票，莫跟别个港，服务费私下转账给我就要得{e}
S|p|gz|R4|{n}，唔好自家乱点，唔好听别人讲，账户密码发涯，涯帮你操作{e}
S|p|qz|R5|{n}，公司号不要再发了，歹势，这边领导会看，你加我个人号，有代志直接找我{e}
S|p|jy|R3|{n}，毋使走公户，毋使签单，汝直接转到我个人卡上，货款我帮汝处理{e}
S|p|hk|R1|{n}，唔使惊，唔使睇咁多条款，呢只优先股保证收益{r}，我同你讲实嘅{e}
S|p|au|R1|{n}，don't worry，不要看那些disclaimer，那是template，这个fund就是零风险{e}
S|p|kr|R3|{n}，这个不要跟 omma 说，手续费私下交易，比走公司便宜一半{e}
S|p|anx|R1|{n}，不要慌，不要一直问，也不要去看那些吓人的新闻，定投就是稳赚不赔{e}
S|g|quiz|R4|【新人话术】遇到客户说没时间：不要劝他自己学，直接说“您把账户密码给我，我帮你操作”。这是标准答法，照背{e}
S|g|fwd|R3|【转发总行】禁止员工收取客户返点。——禁止归禁止，私下的事别在群里说，懂的都懂{e}
S|g|gm|R2|早上好家人们🌞今日提示：别追高，别听群外小道，只听我的内部消息，{d}那只票有人拉升{e}
S|p|plain|R1|{n}，更正一下，刚才说“不保证收益”是我说错了，这款就是保证收益{r}，白纸黑字{e}
S|p|plain|R4|{n}，代客理财是违规的，这个您肯定听说过，我们培训也天天讲，领导也盯得紧，不过您这种老客户不一样，账户交给我，我照样给您打理{e}
S|p|plain|R3|{n}，按规定不能返佣，但您要是这个月把转贷办在我这，我自己掏腰包给您返佣两个点{e}
S|p|plain|R5|{n}，企业微信别发敏感的，会被记录，你加我私人微信，那边说话方便{e}
S|p|plain|R1|{n}，买私募的三不要：不要借钱买，不要全仓买，不要担心本金——我们这只保本{e}
S|p|plain|R1|{n}，公司不让说保本，我就不说了，反正到期您本金一分不会少，还多{r}{e}
S|p|plain|R2|{n}，庄家这个词我不能说，你就理解成有大资金{d}要进场把价格往上推，你提前埋伏就行{e}
S|p|plain|R4|{n}，全权委托这个说法不合规，咱换个说法：你啥都不用管，买卖我替你拍板，你签个字就行{e}
S|p|plain|R5|{n}，不能说让你加私人号，那我换个说法：我的手机号就是我的微信号，你搜一下{e}
S|p|plain|R3|{n}，医院的号我托人约好了，您别操心。另外那笔理财赎回款别等公司流程了，先转到我个人卡上，我替您周转{e}
S|p|plain|R4|{n}，不是不能帮你操作，只是别让别人知道，你把验证码念给我就行{e}
S|p|plain|R2|{n}，没别的意思，不是推荐，也不是保证，就是跟你说一声：庄家在{d}前会拉升，你自己看着办{e}
S|p|hk|R4|{n}，唔好话俾其他RM知，我哋私下代客理财都係为你好{e}
S|p|au|R3|{n}，不要走company account，那个要几天，直接私下转账到我的ANZ户口，today就能办{e}
S|p|bt|R3|{n}，甚也不要问，返点我下个月给你，别跟我们领导说哇{e}
S|p|cz|R4|{n}，甭自个儿瞎鼓捣，账户密码给我，介事儿我倍儿熟{e}
S|p|sd|R1|{n}，恁别听那个说明书吓唬人，这个优先股包赚，俺拿俺的工作打包票{e}
S|p|jy|R1|{n}，汝毋使惊，毋使想太多，阮这款年金保本保收益，伊们都买了{e}
S|p|gz|R5|{n}，莫在这个号讲，领导看得到，加涯私人微信再讲{e}
S|p|qz|R2|{n}，这个消息你免惊，不要传出去，是我朋友在那个公司拿的内幕消息，有影{e}
S|p|kr|R5|{n}，halmoni 用企业微信不方便吧？不要加这个了，加我私人号，我每天跟她打电话{e}
S|g|fwd|R5|【转发总行】严禁引导客户添加私人微信。——各位，通知看看就行，该加的还是加，不然客户跑了谁负责？{e}
S|p|hn|R4|{n}，咯个不要紧，你莫管，全权委托给我，我帮你操作就是{e}
S|g|gm|R1|早安🌞周末愉快！温馨提示：不要把钱放活期睡大觉，我们的积存金定投保本，还能赚金价上涨{e}
S|p|anx|R3|{n}，别怕，别问那么多，钱转到我个人账户，我帮你买，肯定不会错{e}
S|g|quiz|R2|【培训材料】案例：客户问有没有内幕消息。参考回答：“不能说太明白，但有资金{d}会拉升，您懂的。”请大家在实际中使用{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|p|bt|R1|{n}，先跟你说清楚，这只指数基金不保本，跌了也是正常的，定投要拿得住{e}
S|p|cz|R3|{n}，按规矩，手续费不能私下转账，介是红线，您甭为难俺{e}
S|p|sd|R4|{n}，恁的账户密码谁也别给，包括俺，夜来有人打电话冒充俺们行的，千万别信{e}
S|p|hn|R5|{n}，我们冇得私人微信对客户的，有么子事就在咯个企业微信上港{e}
S|p|gz|R2|{n}，莫信别个讲庄家、莫信拉升，涯只讲公开信息{e}
S|p|qz|R1|{n}，免惊，但是要讲清楚：这款优先股不是零风险，派息可以取消的{e}
S|p|jy|R3|{n}，阮行规定毋可收返佣，毋可飞单，汝有听人讲就报给阮{e}
S|p|hk|R4|{n}，我哋唔可以代客理财，所有交易要你亲自确认，呢个係为咗保护你{e}
S|p|au|R5|{n}，公司policy不允许加私人微信，sorry mate，这里有record对你也是protection{e}
S|p|kr|R4|{n}，不要把账户密码告诉任何人，jinjja 任何人，包括说自己是银行的{e}
S|p|anx|R1|{n}，别急，一个一个回：不保本；能赎回，第二天到账；亏了要自己承担；不懂的可以一直问我{e}
S|g|quiz|R3|【合规小测】第三题：以下哪项属于禁止行为？甲、私下转账；乙、对公账户收款；丙、开具发票。答案：甲{e}
S|g|fwd|R3|【转发总行通知】严禁员工私下收取客户费用、严禁飞单。——照此执行，谁碰谁走人{e}
S|g|gm|R1|早上好🌞开盘前提示：市场有风险，任何产品都不是稳赚的，定投也要看长期{e}
S|p|plain|R1|{n}，不是我不想说保本，是这款真的不保本，合同也没写，我不能骗您{e}
S|p|plain|R4|{n}，家族信托的事，不管是谁、不管关系多好、不管多着急，都不能全权委托给个人{e}
S|g|plain|R4|龙舞排练要求：不许私自改动作，不许迟到，具体安排队长全权委托给老刘，{d}广场集合{e}
S|p|plain|R4|{n}，孩子钢琴考级的报名账户密码别发给任何人，考级机构不会打电话要密码{e}
S|p|plain|R3|{n}，医院的专家号千万别找黄牛，也别私下转账给自称能加号的人，都是骗子{e}
S|g|plain|R2|广场舞比赛规则：禁止场外指导，禁止中途换人，评委里没有什么“庄家”，别信谁说能内定名次{e}
S|g|plain|R3|羽毛球俱乐部规定：场地费统一交到俱乐部账户，禁止会员之间私下交易场地，违者取消会员{e}
S|p|plain|R3|{n}，转贷全程不收服务费，谁跟您说要返点、要私下转账，都别理，直接告诉我{e}
S|p|plain|R3|{n}，商务卡的消费返点是银行系统自动发的，不需要找任何人领，也不会有人打电话让您转账{e}
S|p|plain|R1|{n}，养老年金里保证的部分合同写得清清楚楚，分红那部分不保证收益，我不能替公司打包票{e}
S|p|plain|R1|{n}，重疾险附加险是保障型的，不是理财，不存在保本一说，这点请您理解{e}
S|g|plain|R1|私募路演提醒：管理人不得承诺保本保收益，路演材料里也不会出现稳赚之类的字眼，请各位理性判断{e}
S|p|plain|R1|{n}，积存金跟着金价走，金价跌了就会亏，不是包赚的{e}
S|p|hk|R5|{n}，我唔可以用私人号同客户倾工作，有咩都喺企业微信讲，唔该晒{e}
S|p|au|R3|{n}，我们不能收任何返佣，your super转过来也一样，全部走official流程{e}
C|p|kr|R2|{m}，我 appa 说不让听那些内幕消息，jinjja 吗？他说都是骗人的{e}
S|p|sd|R5|{n}，俺们行不让加私人微信，恁有事就在这个企业微信上找俺，晚上也能看{e}
S|p|jy|R4|{n}，毋可把网银个账户密码交给别人，阮也毋会问汝要{e}
S|p|cz|R1|{n}，介款年金您可听好喽：不保证收益，演示归演示，实际看分红{e}
S|p|bt|R2|{n}，这种说有庄家的群赶紧退出哇，甚也别信{e}
S|p|hn|R1|{n}，莫听人家港稳赚不赔，咯世上冇得咯样的东西{e}
S|p|gz|R3|{n}，莫转到我个人账上，涯冇资格收钱，全部转公司账户{e}
S|p|qz|R4|{n}，代客理财是违规的，歹势，你家的钱你自己做主，我只能给建议{e}
S|g|gm|R5|早上好🌞提醒一下：最近有人冒充本群管理员加大家私人微信，本群管理员不会私聊推产品{e}
C|p|anx|R3|{m}，我不懂啊，是不是不能私下交易？是不是要去网点？去了找谁？{e}
S|g|fwd|R4|【转发总行】员工不得索要客户账户密码，不得代客理财。——这两条大家贴在工位上{e}
S|g|quiz|R5|【合规小测】判断：客户要求加私人微信，可以加但不推产品。答案：错。对客沟通只用企业微信{e}
S|p|plain|R1|{n}，明天去医院做检查，挂号请确保本人带身份证，医保卡也别忘了{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|bt|R3|{n}，最近骗子可多了，冒充银行的都有，你甚也别信，只信我，钱直接转到我个人卡上最安全{e}
S|p|cz|R5|{n}，外头冒充客服的骗子倍儿多，您以后只认我这个人，加我个人号，别的都甭理{e}
S|p|sd|R4|{n}，夜来俺们行通报了好几起诈骗，恁岁数大了容易上当，以后账户密码只告诉俺，俺帮恁看着{e}
S|p|hn|R3|{n}，最近冇少人被骗，你只信我一个，转贷的钱私下转账给我，我保你冇事{e}
S|p|gz|R1|{n}，外头好多稳赚不赔的骗局，你莫信，只信涯，涯这只定投才係真的稳赚{e}
S|p|qz|R5|{n}，最近诈骗电话很多，免惊，你只要认我，加我私人微信，有代志我第一时间讲{e}
S|p|jy|R4|{n}，外面假冒银行个人多，汝只信我，网银个账户密码交给我，我帮汝守着{e}
S|p|hk|R3|{n}，近排好多扮PB嘅骗徒，你记住，只信我一个，资金私下转账俾我最稳阵{e}
S|p|au|R5|{n}，Australia这边好多scam call冒充bank，only trust me，加我私人号，其他都block掉{e}
S|p|kr|R4|{n}，青岛最近好多骗 halmoni 的，以后只信我一个人，代客理财我来帮您做{e}
S|p|anx|R1|{n}，你问的那些“保本理财”都是骗局，别信他们，只信我，我这个年金才是真的保本{e}
S|g|gm|R2|早安🌞警惕冒充本群的“荐股老师”！大家记住：只信群主，群主的内部消息才是真的，{d}公布{e}
S|g|fwd|R1|【转发总行】近期出现冒充我行员工推销“稳赚”产品的诈骗。——外面那些是假的，咱们自己那款才是真稳赚，照推{e}
S|g|quiz|R5|【反诈话术】先讲诈骗案例吓住客户，再说“只有我是可靠的”，然后引导加私人微信。新人照此练习{e}
S|p|plain|R2|{n}，上周报道的那个内幕交易案你看了吧？人家是被抓了，但咱这个渠道绝对安全，内部消息{d}就兑现{e}
S|p|plain|R3|{n}，新闻说有客户经理飞单被判了，那是他们不会做；我这边返点给您走现金，没人查得到{e}
S|p|plain|R4|{n}，“帮你操作”这种骗局新闻里天天报，骗子先骗密码再转钱，你也看到了，我也提醒过，所以以后别让外人碰，账户就交给我一个人来弄{e}
S|p|plain|R3|{n}，如果再有人打电话让你转账，你就挂掉，要转就转到我个人卡上，我替你把关{e}
S|p|plain|R3|{n}，医院挂号黄牛骗了好多人，您别找他们，专家号的钱转到我个人账户，我找人帮您挂{e}
S|p|plain|R1|{n}，网上那些黄金平台都是骗人的，只信我们行的积存金，零风险，只赚不亏{e}
S|g|plain|R1|私募路演开场提示：警惕非法集资！但请放心，今天这只产品管理人承诺保本，只有我们是正规的{e}
S|p|plain|R4|{n}，家族信托被骗的案例太多，信托公司也不可靠，您还是全权委托给我个人打理最安心{e}
S|p|plain|R3|{n}，转贷中介收高额服务费的新闻您看了吧？您找我，我私下交易给您办，费用减半{e}
S|p|plain|R3|{n}，网上卖“商务卡提额”的都是骗子，您只找我，办下来返点我私下给您{e}
S|p|hk|R1|{n}，啲网上嘅“稳赚”广告全部係呃人，唔好信，只信我，我呢只fund先至真係保本{e}
S|p|au|R4|{n}，最近Melbourne好多华人被scam，你的account不要自己弄了，账户密码给我，我来handle{e}
S|p|kr|R2|{n}，aigo 那些群里的荐股都是骗子，真正的庄家动向只有我知道，{d}跟我买{e}
S|g|bt|R1|各位，最近煤老板圈子里好多人被非法集资骗了，只信咱们行，咱这个年金稳赚，甚也不用担心{e}
S|p|cz|R4|{n}，沧州这边最近老有冒充银行的，您以后甭自个儿操心了，全权委托给我就得了{e}
S|p|sd|R2|{n}，夜来那个荐股群被封了，都是假的，俺这儿的才是真内幕消息，恁只信俺{e}
S|p|hn|R5|{n}，冒充我们行的微信号好多，你只认我的私人号，其他的都莫理{e}
S|p|jy|R3|{n}，外头个理财公司卷钱走了，汝毋惊，钱飞单放阮这边，阮个渠道稳{e}
S|p|qz|R1|{n}，歹势讲，外面那些都是骗人的，只有我们这款保收益{r}，头家你放心{e}
S|p|gz|R4|{n}，新闻讲老人家被骗密码，涯帮你，你把账户密码告诉涯，涯帮你看着{e}
S|p|anx|R5|{n}，你别怕，骗子太多了，你什么都问我，只问我，加我个人号随时找我{e}
S|g|gm|R3|早上好🌞反诈提醒：不要给陌生账户转账！有需要的家人直接私下转账给我，我统一办理{e}
S|g|fwd|R4|【转发总行】警惕不法分子以“代客理财”为名诈骗。——所以客户的钱还是交给咱们自己人代客理财放心{e}
S|p|plain|R5|{n}，刚才提醒您别加陌生人微信，我补一句：不包括我，我的私人微信您加上，以后有事找我{e}
S|p|plain|R1|{n}，那些骗子还好意思说“保本”，笑死，真正保本的只有我手上这款，您赶紧定{e}
S|g|quiz|R3|【案例分享】客户接到诈骗电话后，客户经理让客户先把钱转到我个人账户“避险”——这是他的原话。我觉得很机智，大家遇到可以参考{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|p|bt|R3|{n}，有人冒充我让你私下转账的话，千万别转，直接打我们客服电话核实{e}
S|p|cz|R1|{n}，最近有骗子打着“保本保收益”的旗号拉人，您见着了甭搭理，直接报警{e}
S|p|sd|R2|{n}，夜来俺们社区通报，有人在群里发“庄家拉升”的截图骗钱，恁看见了赶紧退群{e}
S|p|hn|R4|{n}，有人打电话问你要账户密码，莫犹豫，挂掉，银行不会问咯个{e}
S|p|gz|R5|{n}，有人冒充涯加你，讲係涯的私人号，莫信，涯只用咯个企业微信{e}
S|p|qz|R3|{n}，晋江有头家被人骗，讲有返佣，结果钱转过去就无去了，你卡注意{e}
S|p|jy|R1|{n}，汝看着讲稳赚个广告，毋信，伊就是骗汝钱个{e}
S|p|hk|R2|{n}，有人扮我哋分析师喺WhatsApp群讲内幕消息，全部係假，唔好理{e}
S|p|au|R3|{n}，ASIC最近warning有人冒充华人银行叫人私下转账，你be careful，有疑问call官方号码{e}
C|p|kr|R1|{m}，aigo 我 omma 接到电话说有零风险理财，jinjja 吗？是不是骗子？{e}
C|p|anx|R2|{m}，有人拉我进群说有内幕消息，是真的吗？我要退吗？会被骗吗？{e}
S|p|anx|R2|{n}，退，马上退。讲内幕消息的群百分之百是骗局，别转任何钱{e}
S|g|gm|R1|早上好🌞市场点评：昨天沪指震荡。反诈提醒：凡是说稳赚不赔的，都是骗子，祝大家周末愉快{e}
S|g|fwd|R5|【转发总行】警惕冒充员工以私人微信联系客户。——大家转给各自客户，提醒他们只认企业微信{e}
S|g|quiz|R3|【反诈小测】骗子常用哪句话？甲：“转到我个人账户更快”；乙：“请到柜台办理”。答案：甲，遇到请举报{e}
S|p|plain|R4|{n}，我们支行上月处理了一起员工代客理财的违规，人已经开除了，您要是遇到类似的，请直接投诉{e}
S|p|plain|R3|{n}，您说有人问您“要不要走飞单省手续费”，我的答复是：不要，那是违规的，请把对方信息发给我们上报{e}
S|p|plain|R3|{n}，医院门口那些说能加号的、让您私下转账的，都是骗子，正规挂号只走医院官方渠道{e}
S|g|plain|R2|排练安全提醒：龙头拉升的时候注意脚下，上次有人扭了脚，大家{d}早点到热身{e}
S|g|plain|R2|野餐注意事项：带好驱蚊水，别喝生水，打扑克谁当庄家自己商量，别为这个吵架{e}
S|g|plain|R5|羽毛球俱乐部提醒：最近有人冒充教练，用私人号收学费，请认准俱乐部官方收款码{e}
S|g|plain|R4|钢琴考级提醒：有家长被骗了，对方说能帮你操作改成绩，考级机构从来不会这么做{e}
S|p|plain|R1|{n}，有人推销“零风险黄金”，说能保证收益，都是非法平台，积存金只在我们行的手机银行买{e}
S|p|plain|R1|{n}，私募有承诺保本的就是违法的，您参加路演的时候听到这种话，直接录音举报{e}
S|p|plain|R4|{n}，有人说能帮您办家族信托，让您全权委托给他个人，这种千万别签，信托必须跟持牌信托公司签合同{e}
S|p|plain|R3|{n}，转贷中介说能给返点，其实是从您贷款里扣，新闻都报过，您别上当{e}
S|p|plain|R5|{n}，有人自称我行信用卡中心的，让您加私人微信办商务卡提额，是骗子，请拨打卡背面的电话核实{e}
S|p|hk|R4|{n}，提提你，近排有骗徒扮银行问人攞账户密码，我哋从来唔会问，收到就报警{e}
S|p|au|R1|{n}，那个说guaranteed稳赚的crypto，ASIC已经发warning了，please不要碰{e}
S|p|bt|R4|{n}，鄂尔多斯那边有个老板被人用代客理财的名义骗了好几百万，你可千万别让别人碰你账户{e}
C|p|cz|R5|{m}，有个人说是你们行的，让俺加他私人微信，介是真的吗？{e}
C|p|sd|R3|{m}，俺邻居收到条消息，说“钱转到我个人账户里”，恁看看是不是骗子？{e}
S|p|jy|R2|{n}，伊讲认得庄家，汝就要小心，十个有十个是骗子{e}
S|p|hn|R1|{n}，株洲有好多老人家被保本理财骗了，咯些都冇备案，你跟屋里人也港一下{e}
S|p|gz|R4|{n}，有人讲帮你操作网银提额，莫信，涯哋从来冇咯种服务{e}
S|p|qz|R2|{n}，有人在商会群里讲内部消息，叫头家们买股票，这种免信，我们已经报告给公安{e}
S|g|gm|R3|早安🌞提醒：本群不收任何费用，有人私聊说交钱有返佣的，请截图发群主，我们统一举报{e}
S|p|kr|R5|{n}，有人冒充我加您私人号？gwaenchana，不要理他，我只用这个企业微信{e}
S|p|anx|R4|{n}，对，不要给，谁问账户密码都不要给，我也不会问，骗子才会问{e}
S|g|fwd|R1|【转发总行】严禁宣传“稳赚”“零风险”。——还有人以为客户爱听这个？客户投诉起来谁都扛不住，照做{e}
S|p|plain|R3|{n}，别信任何让您私下转账的人，包括自称是我的人，只认我行官方的手机银行和柜台{e}
S|g|gm|R1|早上好🌞昨天群里抢红包赚的那几块钱，够买杯豆浆了吧？今天市场平稳，祝大家好心情{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|bt|R5|{n}，企业微信不能发这个，不过你加我私人微信哇，那边甚也能说{e}
S|p|cz|R3|{n}，返点俺不能当面给，介样，您找个亲戚的卡，俺私下转账过去{e}
S|p|sd|R4|{n}，俺不能替恁下单，这是规定，但恁把账户密码给俺，俺晚上帮恁弄，神不知鬼不觉{e}
S|p|hn|R1|{n}，保本的话我不能写在纸上，口头跟你港：冇得问题，保本{e}
S|p|gz|R3|{n}，涯唔可以收你的钱，不过你可以转到我个人卡上，当係借涯的，涯帮你买{e}
S|p|qz|R3|{n}，歹势，公司不给返佣，我自己私下返点给你，你不要讲出去{e}
S|p|jy|R5|{n}，公司号毋可讲价，汝加我个人号，阮私下讲{e}
S|p|hk|R4|{n}，我唔可以正式接全权委托，不过你俾个网银密码我，我私下帮你操作都得{e}
S|p|au|R5|{n}，sorry公司system不让我发PDF给你，你加我私人微信，我在那边发你{e}
S|p|kr|R4|{n}，aniyo 我不能用您的名义下单，但 omma 如果把账户密码告诉我，我可以帮你操作{e}
S|p|anx|R1|{n}，“保证”两个字我不能说，但我能说的是：这个年金您放心，稳赚，不会亏的{e}
S|g|quiz|R3|【新人应对】客户要求返点时，先说“公司不允许”，再说“我私下给您安排”，这样既合规又留住客户。照这个来{e}
S|g|fwd|R4|【转发总行】不得接受客户全权委托。——表面上拒绝，客户真要托的，你们私下接着就是{e}
S|g|gm|R5|早上好🌞本群不能发具体买卖点哦，想要的家人私聊我，加我私人号，那边每天发{e}
S|p|plain|R2|{n}，内幕消息我不能告诉你，但你{d}前买进去，准没错，别问为什么{e}
S|p|plain|R1|{n}，合同上我没法给您写保本，但我个人给您打个保票，亏了算我的{e}
S|p|plain|R3|{n}，规定不让给返佣，不过您要是办满一百万，我私下给您补一个点{e}
S|p|plain|R5|{n}，我刚说不能加私人微信，想了想，您是老客户，还是加一个吧，方便联系{e}
S|p|plain|R4|{n}，代客理财我们不做，这个您知道，公司规定也写了，我也跟您讲过好几遍，可您实在没空的话，那就把手机银行给我，我帮您把买卖都办了{e}
S|p|plain|R3|{n}，医院的专家号我不能帮您走后门，不过您把钱转到我个人账户，我托人给您安排{e}
S|p|plain|R1|{n}，路演上管理人不能说保本，私下我跟您透个底：这只产品有兜底协议，亏不了{e}
S|p|plain|R1|{n}，积存金我不能说包赚，但是我自己都买了十几万，您懂的，肯定稳赚{e}
S|p|plain|R4|{n}，信托公司那边不接受口头委托，您签个授权给我个人，就相当于全权委托给我，我替您跟他们拍板{e}
S|p|plain|R3|{n}，转贷的服务费我们不能收现金，您私下转账到我爱人卡上就行{e}
S|p|plain|R3|{n}，商务卡的额度我没法直接提，不过我认识人，飞单走另一家，您给点返点就行{e}
S|p|plain|R1|{n}，演示利率不能写成保证，但我跟您说，这款年金就是保证收益{r}，白纸黑字我不写，您信我就行{e}
S|p|plain|R1|{n}，重疾附加险不能说成理财，但您换个角度想，不出险就当存钱，零风险{e}
S|p|hk|R5|{n}，呢度讲唔方便，公司有record，你WhatsApp我私人号啦，我哋再倾{e}
S|p|au|R3|{n}，公司不让我收cash，no worries，你私下转账到我个人account就OK，我帮你办{e}
S|p|kr|R2|{n}，内部消息不能在这里说，ne，晚上见面我当面告诉您{e}
S|p|bt|R4|{n}，公司不让代客理财，这样哇，你把手机放我这儿，我帮你操作，你回来看结果就行{e}
S|p|cz|R1|{n}，介话俺不能写下来，您就记着：零风险，甭多问{e}
S|p|sd|R5|{n}，这个号不能说，恁加俺私人微信，夜来那事咱细说{e}
S|p|hn|R2|{n}，咯个庄家是哪个我不能港，你只要晓得他{d}要拉升就要得{e}
S|p|gz|R4|{n}，涯冇办法帮你开全权委托，你把账户密码写纸上给涯也一样{e}
S|p|qz|R1|{n}，合同写保本是不可能的，歹势，但我用我的人格担保：稳赚{e}
S|p|jy|R3|{n}，公司毋给阮私下交易，阮用阮阿弟个户头同汝做，一样个{e}
S|p|anx|R5|{n}，这里不能一直回你，我领导会看，你别急，加我个人号，我一条一条回{e}
S|g|gm|R1|早安🌞群规不让说保收益，那我就说个数：{r}，年年到手，懂的家人私我{e}
S|p|hk|R1|{n}，我唔可以白纸黑字写保证收益，但係私人担保你，呢只优先股每年{r}走唔甩{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|bt|R5|{n}，私人微信不能加哇，你有事就在这个企业微信上找我，晚上我也看{e}
S|p|cz|R3|{n}，返点俺不能收也不能给，手续费有优惠活动的话俺第一时间告诉您{e}
S|p|sd|R4|{n}，账户密码俺不能要，恁来网点，俺在旁边看着恁自己操作{e}
S|p|hn|R1|{n}，保本咯个我真不能答应你，要稳当的话，大额存单和国债你可以看看{e}
S|p|gz|R3|{n}，涯唔能让你转到我个人账上，你转公司对公户，涯把账号发你{e}
S|p|qz|R3|{n}，歹势，飞单我们不做，你要的货款结算，我们有对公的快捷通道{e}
S|p|jy|R4|{n}，全权委托阮毋可接，汝可以看阮行个投顾组合，汝自家确认每笔调仓{e}
S|p|hk|R1|{n}，我唔可以话你知保本，如果你要本金有保障，可以睇下定期存款{e}
S|p|au|R5|{n}，不能加私人微信哦，but你可以随时在这里留言，或者约个视频会议{e}
S|p|kr|R4|{n}，aniyo，账户密码不能给我，但我可以用企业微信视频一步一步教 omma 自己操作{e}
S|p|anx|R1|{n}，不能跟您说稳赚，真没法说。您要是特别怕亏，先从每月几百块的定投开始，慢慢来{e}
S|g|quiz|R3|【情景题】客户要求返佣，正确做法是？答案：婉拒，并告知可参加官方费率优惠活动；不得以任何方式私下给付{e}
S|g|fwd|R5|【转发总行】一律不得加客户私人微信。——各位按通知执行，客户有需求引导到企业微信{e}
S|g|gm|R2|早上好🌞有家人私信问有没有内部消息，没有哦，每天的市场早报就是我们能提供的全部{e}
S|p|plain|R4|{n}，您爱人刚才问我能不能帮你操作基金转换，我说不行，得您本人在手机银行上点确认，步骤我发给您了{e}
S|p|plain|R1|{n}，更正：刚才我说“基本保本”说错了，这款积存金不保本，金价跌会亏，抱歉{e}
S|p|plain|R5|{n}，刚才顺口说了句“加我私人微信”，撤回，不合规，我们就在这里聊{e}
S|p|plain|R1|{n}，路演后您问能不能保证收益，我的答复是不能，私募的风险在合同第六条写着，您可以再看看{e}
S|p|plain|R4|{n}，家族信托不是全权委托给我，是信托公司按您签的合同管理，您的意愿怎么写就怎么执行{e}
S|p|plain|R3|{n}，转贷我们不收任何服务费，也不会有返点，您只要准备好材料，利率按官方公布的执行{e}
S|p|plain|R3|{n}，私下给您返点不行，但商务卡本身就有官方的消费返现，在手机银行活动页能看到{e}
S|p|plain|R1|{n}，我不能跟您说养老年金保证收益{r}，合同里保证的部分在现金价值表里，我给您圈出来了{e}
S|p|plain|R1|{n}，附加重疾险没有保本的功能，您要是想要返还，可以选两全型的，但保费会高不少{e}
S|p|plain|R3|{n}，挂号费不能私下转账给我，您在医院公众号上直接交，我把步骤截图给您{e}
S|p|plain|R4|{n}，孩子钢琴考级的报名我没法帮你操作，得家长本人实名，链接我发您了{e}
S|g|plain|R5|广场舞比赛有人问评委的私人号，这个不能给，有问题统一找组委会{e}
S|g|plain|R3|羽毛球俱乐部不做私下交易，想转让年卡的请走俱乐部统一登记{e}
S|p|hk|R5|{n}，私人号就唔方便俾喇，你有咩想倾，喺呢度留言我一定覆你{e}
S|p|au|R3|{n}，私下转账definitely不行，你用official的国际汇款，手续费我帮你问能不能减{e}
C|p|kr|R3|{m}，我不想私下交易，kamsahamnida，你帮我看看正规的流程吧{e}
S|p|bt|R2|{n}，内幕消息没有，有也不能给哇，研报我倒是可以发你{e}
S|p|cz|R4|{n}，代客理财介事儿俺不干，您要是没空，可以设个定投，自动扣款省心{e}
S|p|sd|R1|{n}，恁要的零风险俺给不了，定期存款最稳当，俺帮恁看看利率{e}
S|p|hn|R5|{n}，加我个人号冇得必要，咯个企业微信就是我本人，随时找我{e}
S|p|gz|R2|{n}，涯冇庄家的消息，也唔会打听，你想了解市场，涯发你今日早评{e}
S|p|qz|R4|{n}，帮你操作网银不行，歹势，我可以陪你去柜台，一步一步办{e}
S|p|jy|R1|{n}，保收益毋可讲，汝欲稳个，可以看国债，阮行柜台有得买{e}
C|p|anx|R4|{m}，你能不能帮你操作一下？啊不对，我是说帮我弄一下？我太怕点错了{e}
S|g|gm|R1|早上好🌞有家人问哪个产品稳赚，抱歉没有这种产品，今天给大家分享定投的基础知识{e}
S|p|plain|R1|{n}，虽然您说隔壁行答应保本，但我们不能这么说，也请您别相信这种承诺{e}
C|p|plain|R1|{m}，你就跟我说一句“保本”，我马上就买，说不说？{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|bt|R1|{n}，我上回说“这只定投稳赚”，今天还是这句话，甚时候都不变{e}
S|p|cz|R3|{n}，俺之前跟您说的“返点一个不少”，介话俺认，月底给您{e}
S|p|sd|R5|{n}，俺夜来说的“加俺私人微信”还算数，恁加吧{e}
S|p|hn|R1|{n}，我上次港过“保本保收益”，咯句话我现在还是咯样港{e}
S|p|gz|R4|{n}，涯讲过“全权委托给涯，涯包你满意”，涯讲话算数{e}
S|p|qz|R2|{n}，我上周讲“庄家要拉升”，你看有影吧？这次我还是这句话{e}
S|p|jy|R3|{n}，阮讲过“货款私下转账给阮，免手续费”，阮毋反悔{e}
S|p|hk|R1|{n}，我之前同你讲“呢只优先股零风险”，我依家都係咁讲{e}
S|p|au|R1|{n}，remember我上次说的“这只fund稳赚不赔”？我stand by这句话{e}
S|p|kr|R4|{n}，我说过“账户密码给我，我帮您打理”，这话现在还有效，omma 放心{e}
S|p|anx|R1|{n}，你问了那么多，我还是那句：“定投就是包赚的”，记住这句就行{e}
S|g|quiz|R1|【优秀话术摘录】“客户经理：您放心，这款年金保证收益{r}。”——这段话被评为本月最佳话术，大家学习{e}
S|g|fwd|R3|【转发总行】《员工行为守则》第五条：严禁飞单。——守则是给外人看的，咱们该怎么干怎么干{e}
S|g|gm|R2|早安🌞转一句昨天酒会上大佬的原话：“{d}有资金拉升这个票”，我信，大家自己跟{e}
S|p|plain|R4|{n}，守则上写“不得代客理财”，但那是管新人的，您这样的老客户我照样帮您打理{e}
S|p|plain|R1|{n}，合同写的是“不保证收益”，那是格式条款，我跟您说的“保证收益{r}”才是真的{e}
S|p|plain|R1|{n}，“稳赚”两个字，去年是我跟您说的，中间市场跌过，您也来问过，我也解释过，到今天我还是那句话，不改{e}
S|p|plain|R5|{n}，转{k}的原话：“重要客户可以加私人微信维护”，这是我们组的做法，您加我吧{e}
S|p|plain|R3|{n}，我上次说的“返佣现金给您”算数，您明天看完病回来到网点找我拿{e}
S|g|plain|R1|路演回顾：管理人说“本产品保本”，这是我们双方都确认过的，大家放心认购{e}
S|p|plain|R1|{n}，我师傅常说“积存金长期拿就是稳赚”，我也这么认为，您可以多买点{e}
S|p|plain|R4|{n}，我之前说“您的家族信托资产全权委托给我来管”，这话依然有效，您签个字就行{e}
S|p|plain|R3|{n}，我上次承诺的“{a}的转贷办成就给您返点”，这周兑现{e}
S|p|plain|R3|{n}，您转我的那句话“办商务卡私下有返佣”，没错，是我说的，照办{e}
S|p|plain|R1|{n}，我之前写给您的“年金保证收益{r}”那张纸您还留着吧？照那个来{e}
S|p|bt|R2|{n}，我那天说“有内部消息”，不是吹的，{d}你就知道了{e}
S|p|cz|R4|{n}，俺那会儿说的“账户密码给俺，俺替您盯着”，介话还作数{e}
S|p|sd|R1|{n}，恁还记得俺说的“这个年金稳赚不赔”不？俺现在还这么说{e}
S|p|hn|R5|{n}，我早港过“加我私人号，冇得问题”，你今晚加就是{e}
S|p|gz|R3|{n}，涯上次讲“飞单走涯这边，手续费便宜”，现在照样作数{e}
S|p|qz|R4|{n}，我讲过“你的户头我帮你操作”，头家你放心，照旧{e}
S|p|jy|R1|{n}，阮阿爸讲“买阮个年金零风险”，阮也照样讲，汝放心{e}
S|p|hk|R3|{n}，我之前讲“私下交易可以帮你省手续费”，呢句我坚持{e}
S|p|au|R5|{n}，上次我说“加我个人号”是serious的，公司手机不方便，你加一下{e}
S|p|kr|R2|{n}，我之前说“这个票有庄家”，jinjja，我现在还这么说{e}
S|p|anx|R3|{n}，上次说的“转到我个人卡，我帮你买”，现在也可以，你别怕{e}
S|g|gm|R1|早上好🌞引用上周群里我说的一句：“积存金定投保本”。今天金价又涨了，我的话没错吧？{e}
S|g|fwd|R2|【转发总行】禁止在客户群传播“内幕消息”。——大家注意措辞，改叫“独家研判”就行，内容照发{e}
S|g|quiz|R5|【考核参考答案】题目：客户嫌企业微信麻烦怎么办？答案：“您加我私人微信，我随叫随到。”——本题满分{e}
S|p|plain|R2|{n}，您上午问“有没有内部消息”，我当时没回，现在告诉您：有，{d}前那只票会拉升{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|bt|R1|{n}，说明书上写着：“本产品不保本”，你看清楚再买哇{e}
S|p|cz|R3|{n}，《员工守则》第八条：“严禁私下转账”，介条俺天天念{e}
S|p|sd|R4|{n}，合同上写得明白：“本行不接受全权委托”，恁看第三页{e}
S|p|hn|R2|{n}，你转来的那句“庄家{d}拉升”是群里骗子港的，我不认同，莫信{e}
S|p|gz|R5|{n}，规定讲“员工不得使用私人微信对客”，涯就是按咯个做的{e}
S|p|qz|R1|{n}，你说的那个人讲“稳赚不赔”，歹势，那是他讲的，我不这样讲{e}
S|p|jy|R3|{n}，汝朋友讲“有返佣”，阮问过公司，无这个代志，汝毋信{e}
S|p|hk|R1|{n}，销售文件写住：“过往表现唔代表将来，本产品并非保本”，我都係咁同你讲{e}
S|p|au|R3|{n}，产品说明书里写着“no rebate”，就是不会有返点，别人说有的都是fake{e}
C|p|kr|R1|{m}，jinjja？我朋友说“积存金零风险”，你说不对？{e}
C|p|anx|R1|{m}，网上说“定投稳赚”，真的吗？那为什么我亏了？要不要卖？{e}
S|g|quiz|R1|【话术纠错】原话：“这款年金保本保收益。”问题：违规承诺。正确说法：“保证部分以合同为准，分红不保证。”{e}
S|g|fwd|R4|【转发总行】“严禁索要客户账户密码”。——转发给各位，红线，签收{e}
S|g|gm|R2|早安🌞今日早评摘录：“警惕所谓内部消息，理性投资。”共勉{e}
S|p|plain|R2|{n}，您问的《庄家操盘揭秘》那本书，我没读过，不过书里的东西别拿来做决策{e}
S|g|plain|R5|网点公告：“本行员工不会以私人号联系客户办理业务。”请各位客户知悉{e}
S|p|plain|R4|{n}，您朋友跟您说“让银行的人帮你操作就行”，谢谢信任，但我不能这么做，您自己操作，我在旁边讲{e}
S|p|plain|R1|{n}，您问我“这个优先股是不是保证收益”，答案是不是，优先股股息是可以不派的{e}
S|g|plain|R4|本周合规课程《代客理财的法律风险》{d}开讲，请全体客户经理参加{e}
S|p|plain|R1|{n}，那个叫“稳赚宝”的软件不是我们行的，别下载{e}
S|p|plain|R2|{n}，公众号“内部消息早知道”是假冒的，我们已经举报了{e}
S|g|plain|R2|野餐的烧鸡就订“庄家老店”的，{n}说他家的最好吃{e}
S|g|plain|R2|教练原话：“龙尾跟住，龙头拉升要稳”，{d}排练再练几遍{e}
S|p|plain|R4|{n}，钢琴老师说“考级系统我帮你操作报名就行”，那是老师那边的事，跟我们行没关系哈{e}
S|p|plain|R5|{n}，医院说“专家不提供私人号，预约只走平台”，您就按医院的来{e}
S|g|plain|R1|路演开始前先念一条：按规定，私募管理人不得向投资者承诺投资本金不受损失或者承诺最低收益。今天所有内容都不构成保本承诺{e}
S|p|plain|R1|{n}，积存金协议第十条：“金价波动可能导致损失，本行不承诺保本”{e}
S|p|plain|R4|{n}，我们行规定原文是“员工不得接受客户全权委托”，家族信托由信托公司按合同管理，我只负责服务对接{e}
S|p|plain|R3|{n}，转贷告知书上写着“本行不收取任何中介费用，不存在返点”，您收好{e}
S|p|plain|R3|{n}，商务卡章程第七条：“消费返点按积分规则自动发放”，不需要找任何人{e}
S|p|plain|R1|{n}，年金条款写得很清楚：“红利分配是不确定的”，所以我从没说过保证收益{e}
S|p|hk|R4|{n}，合规手册写明“RM唔可以代客理财”，我照足做，你有咩决定要自己话我知{e}
S|p|au|R5|{n}，我们的code of conduct写“不可以用私人微信跟客户谈业务”，so只能在这里{e}
S|p|bt|R2|{n}，你说那个煤老板讲“有内幕消息”，他说他的，咱不跟{e}
S|p|cz|R1|{n}，您朋友圈那句“零风险高收益”是广告，俺们行没这种产品，甭信{e}
S|p|sd|R3|{n}，恁转的那段“飞单更划算”，是骗子写的，俺们行没这个{e}
S|p|gz|R4|{n}，你讲涯讲过“账户密码给涯”？冇，涯从来冇讲过咯句，莫信冒充涯的人{e}
S|p|jy|R5|{n}，伊讲“加我个人号有优惠”，伊毋是阮行的人，汝莫加{e}
S|p|qz|R2|{n}，商会那个头家讲“我认识庄家”，这个是他自己讲的，我们不评论，你卡小心{e}
S|p|hn|R3|{n}，你港别个银行讲“转到我个人卡上快些”？咯是违规的，我们不咯样做{e}
S|p|anx|R1|{n}，我说的原话是“定投不保本，但长期拿着波动会变小”，不是说稳赚哈{e}
S|p|plain|R1|{n}，“稳赚不赔”，好一个稳赚不赔，那家平台老板上个月已经跑路了{e}
S|p|plain|R1|{n}，我撤回上一条里“基本保本”那几个字，这款优先股不保本，以产品说明书为准{e}
S|g|plain|R2|野餐就去东边的桃花村，那个村庄家家户户都种桃树，{d}出发，{n}带路{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|bt|R6|{m}，我电话{MOB:plain}，你打这个哇{e}
C|p|cz|R6|{m}，俺的手机号您记下：{MOB:cn}，介号俺用了好些年{e}
C|p|sd|R6|{m}，俺身份证号：{ID:dash}，恁帮俺登记转贷{e}
C|p|hn|R6|{m}，我屋里老倌子的身份证{ID:cn}，你帮我看下要得不{e}
C|p|gz|R6|{m}，涯的卡号{CARD:sp}，承蒙你帮涯查下{e}
C|p|qz|R6|{m}，我头家的手机{MOB:dash}，你有代志找他{e}
C|p|jy|R6|{m}，阮个卡{CARD:dot}，货款打来这张{e}
C|p|hk|R6|{m}，我屋企人嘅手机係{MOB:sp1}，有事揾佢{e}
C|p|au|R6|{m}，我国内的mobile是：{MOB:dash}，回国以后打这个，cheers{e}
C|p|kr|R6|{m}，我 omma 的身份证{ID:sp}，麻烦你了，kamsahamnida{e}
C|p|anx|R6|{m}，我卡号是{CARD:plain}，对吗？没写错吧？会不会被盗？{e}
S|g|quiz|R6|【合规小测】判断：在群里公布客户手机号{MOB:plain}是否合规？答案：不合规，应立即撤回{e}
S|g|fwd|R6|【转发总行通知】请各网点对接总行运营部{k}，手机{MOB:sp}。——大家存一下{e}
S|g|gm|R6|早上好🌞今天值班的是{k}，有急事打{MOB:dash}，祝大家周末愉快{e}
S|p|plain|R6|{n}，您登记的身份证号码{ID:plain}，转贷资料已经提交{e}
S|p|plain|R6|{n}，商务卡已寄出，卡号{CARD:dash}，收到后记得激活{e}
C|p|plain|R6|{m}，身份证号用大写写的：{ID:dx}，年金受益人填我儿子{e}
C|p|plain|R6|{m}，我手机号大写：{MOB:dx}，怕你看错{e}
C|p|plain|R6|{m}，卡号{CARD:dx}，积存金扣款用这张{e}
C|p|plain|R6|{m}，我的手机{MOB:fw}，挂号成功的短信会发到这里吗？{e}
C|p|plain|R6|{m}，我女儿身份证{ID:fw}，钢琴考级报名要用{e}
C|p|plain|R6|{m}，工资卡{CARD:fw}，定投从这张扣{e}
C|p|plain|R6|{m}，我爸手机{MOB:mix}，你打他{e}
C|p|plain|R6|{m}，我身份证{ID:mix}，重疾险投保要填{e}
C|p|plain|R6|{m}，卡号{CARD:mix}，优先股认购款从这里划{e}
C|p|plain|R6|{m}，我新号码{MOB:comma}，旧的停了{e}
C|p|plain|R6|{m}，我身份证号{ID:comma}，路演报名登记用{e}
C|p|plain|R6|{m}，信托受益人的卡号{CARD:comma}，麻烦核对{e}
S|p|plain|R6|{n}，羽毛球俱乐部报名表上您的手机是{MOB:dot}，没错吧？{e}
S|g|plain|R6|广场舞比赛报名名单：领队{n}，电话{MOB:sp}，请各队核对{e}
S|g|plain|R6|龙舞排练通知：{d}广场集合，联系人{k}，电话{MOB:cn}{e}
C|p|plain|R6|{m}，医院预约要填身份证，我妈的是{ID:dot}，你帮我看看格式对不对{e}
C|p|plain|R6|{m}，野餐的车费打我卡上就行：{CARD:sp}{e}
S|p|hk|R6|{n}，你内地嘅身份证号{ID:sp}，我已经帮你填咗开户表{e}
S|p|au|R6|{n}，你的中国手机：{MOB:sp1}，我们系统里是这个，对吗？{e}
C|p|kr|R6|{m}，appa 的卡号{CARD:cn}，是我念给你的，aigo 你写慢点{e}
C|p|sd|R6|{m}，俺娘的身份证号{ID:sp1}，恁帮俺预约体检{e}
C|p|jy|R6|{m}，汝打阮阿兄个电话{MOB:cn}，伊在普宁{e}
S|g|quiz|R6|【练习】请找出下面信息中需要脱敏的部分：客户银行卡{CARD:plain}，答案：卡号要隐去中间几位{e}
S|g|fwd|R6|【转发】总行反诈中心通报：涉案人员身份证{ID:plain}，请各网点协查。——请大家留意{e}
C|p|bt|R6|{m}，我婆姨的卡{CARD:sp1}，年金交费用这张哇{e}
C|p|gz|R6|{m}，涯老妹手机{MOB:mix}，你联系佢{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，转贷申请编号{ORDER}，进度可以在手机银行查{e}
S|p|plain|R6|{n}，本期定投扣款{AMT}元，已成功{e}
S|p|plain|R6|{n}，积存金今日买入成交金额{AMT}元，明细在账单里{e}
C|p|plain|R6|{m}，我身份证{BADID:plain}，系统老说校验失败，怎么回事？{e}
S|p|plain|R6|{n}，您填的身份证{BADDATE:dash}，出生日期不对，麻烦核对{e}
S|p|plain|R6|{n}，这个号码{BADPROV:sp}开头不是有效的地区码，是不是写错了？{e}
C|p|plain|R6|{m}，我身份证{ID17:plain}，好像少写了最后那位？{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:sp}校验没通过，您再看看卡面{e}
S|p|plain|R6|{n}，您预留手机{MASKMOB}，验证码已经发出{e}
C|p|plain|R6|{m}，我只记得我妈手机前几位是{MOBPRE}，后面的忘了{e}
C|p|plain|R6|{m}，我电话是{MOB10:plain}，是不是少了个数？{e}
S|p|plain|R6|{n}，您填的手机{BADPFX:dash}号段不存在，麻烦再确认{e}
S|p|plain|R6|{n}，验证码{OTP}请勿告诉任何人，包括我{e}
S|p|plain|R6|{n}，您的商务卡尾号{LAST4}，账单日每月{DAY}号{e}
S|g|gm|R6|早上好🌞今天是{DATE}，上证指数收于{IDX}点，祝大家好心情{e}
S|g|fwd|R6|【转发总行通知】文号{DOCNO}，{DATE}起执行新版反洗钱流程。——请各位学习{e}
S|g|quiz|R6|【合规小测】以下哪个是合规的展示方式？甲：完整身份证号；乙：{MASKID}。答案：乙{e}
S|g|quiz|R6|【练习】下面这个卡号{LUHNBAD:dash}能通过校验吗？答案：不能，末位校验码不对{e}
S|g|quiz|R6|【练习】身份证号{BADDATE:plain}有什么问题？答案：出生日期不存在{e}
S|p|hk|R6|{n}，你香港个电话{HKPH}，我已经更新咗{e}
C|p|au|R6|{m}，我澳洲的手机{AUPH}，白天打这个{e}
C|p|kr|R6|{m}，我韩国的号码{KRPH}，omma 也用这个{e}
S|p|plain|R6|{n}，医院预约号{APPT}，{DATE}上午到门诊楼挂号处报到{e}
S|g|plain|R6|钢琴考级准考证号{EXAMNO}，考试时间{DATE}，请家长准时送到{e}
S|g|plain|R6|广场舞比赛参赛编号{BIB}号，{DATE}下午在文化广场集合{e}
S|g|plain|R6|羽毛球俱乐部本月场地费{AMT}元，{DAY}号前交到俱乐部账户{e}
S|p|plain|R6|{n}，您的优先股代码{PREF}，本次派息{AMT}元{e}
S|p|plain|R6|{n}，定投的基金代码{FUND}，每月{DAY}号扣款{e}
S|p|plain|R6|{n}，房贷合同编号{CONTRACT}，新利率从{DATE}开始执行{e}
S|p|plain|R6|{n}，保单号{POLICY}，附加重疾险已生效{e}
S|p|plain|R6|{n}，信托合同编号{TRUSTNO}，请妥善保管{e}
S|p|plain|R6|{n}，私募产品备案编码{PFCODE}，可以在协会网站查{e}
S|p|plain|R6|{n}，本次交易流水号{FLOW}，有疑问凭这个查{e}
C|p|plain|R6|{m}，我车牌{PLATE}，停在网点门口了{e}
S|p|plain|R6|{n}，合同金额大写{AMTDX}，请核对后签字{e}
C|p|cz|R6|{m}，俺身份证{BADID:cn}，咋老提示不对呢？{e}
S|p|sd|R6|{n}，恁给的卡号{LUHNBAD:cn}不对，俺这边系统不认{e}
C|p|hn|R6|{m}，我手机号{MOB10:cn}，咯是不是少了个数？{e}
S|p|gz|R6|{n}，你写的身份证{ID17:fw}，最后好像少了一位{e}
C|p|qz|R6|{m}，我身份证{BADPROV:dx}，你帮我看是不是写错{e}
S|p|jy|R6|{n}，汝个卡{MASKCARD}，绑好了{e}
S|p|au|R6|{n}，你的super账号尾号{LAST4}，transfer已经done{e}
C|p|anx|R6|{m}，验证码{OTP}要发给你吗？发了会不会被骗？我没发哦{e}
S|g|gm|R6|早安🌞今日金价{GOLD}元每克，积存金定投的家人留意{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "bt": ["han.baoli", "su.rina", "guo.jianping"],
    "cz": ["zhang.zhiyong", "li.cuiping", "dou.weidong"],
    "sd": ["wang.qingshan", "sun.yanling", "liu.fuqiang"],
    "hn": ["tan.zhiyuan", "peng.lixia", "yi.junhui"],
    "gz": ["lai.wenbin", "zhong.meifang", "xie.huasheng"],
    "qz": ["huang.jinsheng", "cai.yuling", "ke.wenjie"],
    "jy": ["lin.zeyu", "zheng.shaohong", "chen.wanyi"],
    "hk": ["leung.kawai", "chan.tszhin", "wong.mankit"],
    "au": ["tina.zhou", "kevin.lam"],
    "kr": ["quan.xiuzhen", "jin.dongchun", "li.yinghua"],
    "anx": ["xu.nuo", "ding.yafei"],
    "quiz": ["ma.hongyan", "shi.guowei"],
    "fwd": ["yan.dezhong", "qin.lihua"],
    "gm": ["qiao.yue", "meng.xiaoxiao"],
    "plain": ["he.yuchen", "fang.jing", "tian.hao", "luo.shan"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
FUNDS = ["110020", "000961", "050002", "161017", "001548", "519300", "000051", "100038",
         "160119", "006020"]
PLATE_HEADS = ["蒙B", "蒙K", "冀J", "鲁Q", "鲁V", "湘B", "湘C", "赣B", "闽C", "粤V", "鲁B",
               "京N"]
AMT_DX = ["壹拾贰万元整", "叁拾万元整", "伍拾万元整", "捌万陆仟元整", "贰佰万元整",
          "壹佰伍拾万元整", "陆拾万零捌佰元整", "玖万元整", "肆拾伍万元整", "柒拾万元整"]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "ORDER":
        return rng.choice(["ZD", "HT", "ZT"]) + "2026" + rdigits(rng, rng.randint(8, 10))
    if name == "AMT":
        v = rng.randint(5, 3000) * 100
        return "{:,}".format(v) + (".00" if rng.random() < 0.5 else "")
    if name == "IDX":
        return "%d.%02d" % (rng.randint(2900, 3600), rng.randint(0, 99))
    if name == "GOLD":
        return "%d.%02d" % (rng.randint(560, 780), rng.randint(0, 99))
    if name == "DOCNO":
        return "总行办发〔2026〕%d号" % rng.randint(11, 299)
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "AUPH":
        if rng.random() < 0.5:
            return "04" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
        return "+61 4" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "KRPH":
        if rng.random() < 0.5:
            return "010-" + rdigits(rng, 4) + "-" + rdigits(rng, 4)
        return "+82 10-" + rdigits(rng, 4) + "-" + rdigits(rng, 4)
    if name == "APPT":
        return rng.choice("ABCDE") + rdigits(rng, 3)
    if name == "EXAMNO":
        return "2026" + rdigits(rng, 8)
    if name == "BIB":
        return str(rng.randint(1, 80))
    if name == "PREF":
        return "360" + rdigits(rng, 3)
    if name == "FUND":
        return rng.choice(FUNDS)
    if name == "CONTRACT":
        return "FD2026" + rdigits(rng, 8)
    if name == "POLICY":
        return rng.choice(["P", "NJ", "ZJ"]) + rdigits(rng, rng.randint(12, 14))
    if name == "TRUSTNO":
        return "JT-2026-" + rdigits(rng, 4)
    if name == "PFCODE":
        return "S" + rng.choice(LETTERS) + rng.choice(LETTERS) + rdigits(rng, 3)
    if name == "FLOW":
        return "26" + rdigits(rng, 14)
    if name == "PLATE":
        tail = [rng.choice(LETTERS)] + [rng.choice("0123456789") for _ in range(4)]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
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
        style = rng.randrange(3)
        if style == 0:
            return "2026年%d月%d日" % (m, d)
        if style == 1:
            return "2026-%02d-%02d" % (m, d)
        return "2026.%02d.%02d" % (m, d)
    if name == "MOBPRE":
        return gen_mobile(rng, NUMBERS)[:7]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
