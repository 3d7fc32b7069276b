#!/usr/bin/env python3
"""Blind held-out evaluation set 32 ("heldout32") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly three files of the repository and nothing else:
``scripts/evasion_blind_common.py`` (the shared machinery, in full),
``scripts/evasion_heldout22.py`` (only as a model of a set script's format: how it uses the
common module, its docstring layout, constants, pools, staff table and number-generator
spec; none of its templates, voices or settings were copied or adapted) and
``scripts/eval_categories.sh`` (to wire this set in).  The scanner, its rule files, tests,
docs, archive, commit history and every other evaluation script or generator were not
opened, and nothing was searched (no web or code search).  Every template below was written
from general knowledge of how Chinese-speaking financial sales staff and their customers talk
on WeCom (企业微信).  The set exists to measure how well the scanner generalises: do not tune
the scanner to it, do not add it to any training data, and run it once.

Voices
------
Yichang and Jingzhou (Hubei) speech; Nanning Pinghua-flavoured Mandarin; Dali and Qujing
(Yunnan) speech; Anshan and Fushun (Liaoning) speech; Yantai speech; Huai'an speech; a
Shaoguan Cantonese-Hakka mix; Zhuhai Cantonese clients (no Macau; this voice is converted to
traditional characters first); Singaporean retirees using Hokkien words; Chinese students in
the UK and their parents mixing English; deaf customers who write very compact text without
particles; customer-service bots' canned replies quoted by staff; regional sales directors'
weekly review messages; new staff asking seniors how to answer customers (and the seniors'
coaching); plain Mandarin staff and customers.
Settings: bond funds, structured notes, whole-life insurance with a bonus, long-term care
insurance, a silver-hair (elderly) savings product, stock-pledge loans, forex purchase for
study abroad, car insurance claims, a supermarket stored-value card, a community choir, a kite
festival, a table-tennis league, a grandchild's kindergarten enrolment.

Hard cases
----------
Spread over every keyword category: the deciding clause two to four clauses away from the
keyword; negation scope across commas; double negation; rhetorical questions that assert or
urge versus real questions, questions answered "no" and rhetorical questions that deny; irony
and sarcasm; paraphrase after declining the keyword; conditional offers; reported questions
followed by the speaker's own answer either way; corrections and retractions both ways;
concessions; lists, quizzes with answer keys and FAQ items with the violation in one item;
keywords inside the name of a product, book, course, shop, app or account, or across a word
boundary (near misses); keywords in a non-financial sense; quoting oneself and standing by it
versus quoting others, bots, notices or codes of conduct; seniors coaching new staff with a
violating script versus a compliant one; weekly reviews that praise or criticise a violation;
an honest sentence plus a violation in one message; customers asking for violations;
refusing then offering a workaround versus a legitimate alternative; scam warnings ending in
"only trust me".  Keywords split by one of the separators ``· -_*.~`` in a minority (more
than 0 and under 15 %) of each keyword category's hits; 25 % of every category in traditional
characters through the common one-to-one table (the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in every written form the common module
supports (plain; split by spaces, dashes, dots and commas; one space between characters;
Chinese numerals with 幺 / 两; 大写; full-width; mixed Chinese and Arabic), also inside bot
replies, weekly reviews and compact text, versus look-alikes: bad ID check characters,
impossible birth dates, bad province codes, masked numbers, Luhn failures, 10-digit and
bad-prefix mobiles, order / claim / policy / ticket / enrolment numbers, queue numbers,
landlines, Singapore and UK numbers, plates, amounts, rates, dates and fund or stock codes.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout32.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h32_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, luhn_complete, rdigits, run,
    shared_near_slot)

SEED = 32_2026_1206
SET_NAME = "heldout32"
MSGID_PREFIX = "h32"
T0 = 1780000000000
SEQ0 = 1280000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("zh",)     # Zhuhai Cantonese messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
              "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
              "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186",
              "187", "188", "189", "191", "193", "195", "198", "199"]
AREAS = ["420502", "420503", "420506", "421002", "421003", "450102", "450103", "450107",
         "532901", "530302", "530303", "210302", "210303", "210402", "210403", "370602",
         "370613", "320803", "320812", "440203", "440204", "440402", "440403", "110108",
         "310104"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "622700", "622262", "621661", "623058",
               "621226"]
CARD_BINS19 = ["6222021", "6228481", "6217001", "6212261", "6216613", "6230580"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["王阿姨", "李叔", "张姐", "刘哥", "陈老师", "赵大爷", "孙姐", "周叔", "吴阿姨", "郑老板",
          "覃姐", "段老师", "关大哥", "栾叔", "许阿姨", "邓伯", "蒙姐", "杨大姐", "曲大哥", "季老师"],
    "m": ["小覃", "王经理", "小刘", "陈经理", "小段", "关经理", "小栾", "许经理", "小邓",
          "梁经理", "小方", "莫经理"],
    "s": ["Uncle Lim", "Auntie Tan", "Uncle Ong", "Auntie Goh", "Uncle Lee", "Auntie Koh",
          "Uncle Teo", "Auntie Ng"],
    "e": ["", "", "😊", "👍", "🙏", "😂", "🤝", "🌸", "☕", "💪", "👌", "🎉"],
    "d": ["明天上午", "周四下午", "月底前", "下周二", "今晚九点", "后天", "这礼拜", "周五",
          "下个月初", "明早十点"],
    "a": ["5万", "8万", "12万", "20万", "30万", "45万", "60万", "100万", "150万", "25万"],
    "r": ["2.6%", "3%", "3.3%", "3.6%", "4%", "4.4%", "5.2%", "6%", "3.95%", "4.75%"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; zh prefers traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|hb|R1|{n}，这只债券基金我跟你讲了是保本的，你还在那里想么子？{d}就停售了，划不划得来你自己算撒{e}
S|p|hb|R1|{n}，你问我这个结构性票据么样个收益结构，挂钩中证500，每个月观察一次，敲出就提前结束，说到底还不是稳赚的？你怕么子咧{e}
S|p|nn|R1|老表，这款分红终身寿，分红部分我保证收益{r}，你讲还有哪样比这个更稳得过？{e}
S|p|yn|R1|{n}，银发专享理财零风险嘛，你咯是还要回家跟小老表商量？商量哪样嘛，{d}额度就没得了{e}
S|p|ln|R1|{n}，嘎哈还磨叽呢？这雪球票据稳赚不赔，你上哪儿找这么杠杠的去？{e}
S|p|yt|R2|俺跟恁说，{n}，俺有内部消息，那只票{d}庄家要拉升，恁不上还等啥？{e}
S|p|ha|R2|{n}，你可晓得？昨天你问我有没有内幕消息，我当时没吭声，现在跟你港实话：有，{d}那只票要拉升，跟不跟？{e}
S|p|shg|R3|{n}，质押贷款个利息照常付，额外嘅返点我私底下退俾你，公司又唔知，有咩唔得嘅？{e}
S|p|zh|R3|{n}，香洲好多客都系咁做，笔钱直接转到我个人户口，快过行公司流程，你话系咪？{e}
S|p|sgp|R5|{s}，公司这个号我很少看的leh，加我个人号不是方便很多咩？有事直接找我lah{e}
S|p|uk|R3|{n}，孩子学费购汇走银行要排队审材料，你把人民币私下转账给我，我朋友在伦敦直接付pound给学校，不是更快吗？{e}
S|p|deaf|R4|{n}：密码给我，帮你操作，不用跑网点，多省事？
S|p|bot|R1|机器人客服回您的是“具体收益以实际为准”，那是模板话，{n}，我跟您说句实在的：这款票据就是保本的，还用怀疑吗？{e}
S|g|rd|R1|【周复盘】本周银发理财签单{a}，小刘那句“阿姨，零风险的东西您还犹豫啥？”效果最好，下周各组照着用{e}
S|g|mentor|R1|师傅教你一招：客户问稳不稳，你就反问“这款保本的，您还怕什么？”，十个有八个当场签{e}
S|g|mentor|R4|新来的问我客户不会用手机银行咋办，咋办？账户密码让他告诉你，你替他点几下不就完了，这还用问？{e}
S|p|plain|R1|{n}，这款债基我不是不敢说保本，是公司不让写，你自己想想，哪回让你亏过？{e}
S|p|plain|R1|{n}，虽然说明书上写着有风险，可你见过哪只银发理财真亏过？闭眼买，稳赚{e}
S|p|plain|R1|{n}，更正一下上条：我漏了个字，不是“不承诺收益”，是承诺收益{r}、保本，这下看明白了吧？{e}
S|p|plain|R1|{n}，外面那些天天念叨“投资有风险”的，是怕你赚钱吧？跟着我，这只就是稳赚，懂了不？{e}
S|p|plain|R3|{n}，你要是{d}前把钱打过来，我就给你返点一个点，这么好的条件上哪找去？{e}
S|p|plain|R3|{n}，长护险等待期是90天，这个您记一下。另外您嫌走公司慢的话，保费直接转到我个人卡上，我替您交，不是更省心？{e}
S|p|plain|R4|{n}，公司系统是不让我代客理财，可我私下帮你盯着、替你下单，谁会知道呢？{e}
S|p|plain|R1|{n}，给你总结三条：一、债基波动小；二、申赎灵活；三、保本，哪条不比存定期强？{e}
S|p|ln|R4|大兄弟，你那股票账户扔那嘎达也是扔，全权委托给我，一年下来还能差了？{e}
S|p|yt|R5|{n}，企业微信老掉线，血耽误事，恁加我私人微信不就妥了吗？{e}
S|p|hb|R5|{n}，这个号是公司的，说话不方便，你加我私人号，有些话我们私下讲，你说是不是这个理？{e}
S|p|nn|R2|老表，我朋友在券商做的，内部消息讲这只{d}要拉升，你还信不过我啊？{e}
S|p|yn|R2|{n}，庄家早就吸够筹码了，这两天就要拉升，你还在憨等哪样？{e}
S|p|ha|R3|{n}，质押贷款额度我能帮你批高一点，返佣给我两个点就行，这忙你港值不值？{e}
S|p|zh|R1|{n}，呢只债基保本㗎，你仲喺度谂乜嘢？横琴嗰边好多客都买咗{e}
S|p|sgp|R1|{s}，CPF放着也是放着，这个保本的储蓄计划不是更好咩？huat ah{e}
S|p|uk|R1|{n}，孩子在UK读书的钱，放这个结构性票据保本又有{r}，这不比放活期强？Tuition fee直接就出来了{e}
S|p|deaf|R1|{n}：这款零风险。放心买。还等？
S|p|plain|R3|{n}，车险理赔那边卡着，你把定损款私下转账给我，我找人加急处理，不比干等强？{e}
S|p|plain|R1|{n}，超市储值卡那点折扣算啥？这只债基稳赚，一年下来够你买几百张卡了，还想啥？{e}
S|g|plain|R1|合唱团的阿姨们，排练完别急着走，我那个银发理财保本的，大家还有啥顾虑？{e}
S|p|plain|R2|{n}，乒乓球联赛赞助的那家公司，我有内部消息，它{d}有重组，股价要拉升，你不上车？{e}
S|p|plain|R1|{n}，孙子幼儿园报名要交{a}赞助费？买我这个保本的理财，利息就够了，还犹豫啥？{e}
S|p|plain|R2|{n}，风筝节那天人多我没细说，那只票庄家已经进场了，你还等什么？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
S|p|hb|R1|{n}，你问这只债基保不保本？不保本撒，债券价格跌了净值也会跌，莫信别个说的{e}
S|p|hb|R1|{n}，有稳赚的东西我自己不早买了，还轮得到我天天跑客户？票据挂钩的指数跌多了照样亏本金{e}
C|p|nn|R1|{m}，你们那个分红终身寿，分红是保证收益的吗？得不得写进合同？{e}
S|p|nn|R1|老表，你问分红能不能保证收益，讲实话不能，演示利率只是演示，实际分红看公司经营{e}
C|g|yn|R2|{m}，我们麒麟这边都在传有庄家要拉升那只票，咯是真的？{e}
S|p|yn|R2|{n}，群里那张截图说庄家{d}动手，你想想，真有这种事它会发到几百人的群里？我们只看公告，不碰这种东西{e}
S|p|ln|R4|{n}，你问我能不能帮你操作？不能，老妹儿，账户得你自己管，我在旁边教你点哪里都行{e}
C|p|ln|R4|{m}，我把账户密码告诉你，你替我买行不行？我眼神不好{e}
C|p|yt|R5|{m}，恁有私人微信吗？俺不大会用这个企业的{e}
S|p|yt|R5|{n}，加私人微信？俺们这有规定，不中，企业微信俺天天看，血及时{e}
S|p|ha|R2|{n}，你昨天问我有没有内部消息，我今天再答一遍：没有，也不会有，听到这种话的赶紧走{e}
C|p|ha|R3|{m}，你可能把返佣退给我一点？隔壁那家港可以{e}
S|p|shg|R1|{n}，你问保本冇？冇保本㗎，债基都会跌，涯唔会同你讲大话{e}
C|p|zh|R1|{m}，呢只结构性票据系咪保本㗎？我阿妈想买{e}
C|p|zh|R5|{m}，你有冇私人微信呀？我喺香洲，想问下车险理赔嘅事{e}
C|p|sgp|R1|{m}，my friend say this one零风险，真的吗？paiseh我问多了{e}
S|p|sgp|R1|{s}，零风险？没有这种东西的lah，存款以外都有风险，我们慢慢看说明书{e}
C|p|uk|R3|{m}，my son's landlord说可以私下转账付deposit，你们银行觉得OK吗？{e}
S|p|uk|R3|{n}，你问购汇能不能私下交易换pound？不行的，要走银行购汇，额度每人每年五万美元，材料我帮你列{e}
C|p|deaf|R4|{m}：我听不见。电话不方便。账户密码发你。你帮忙买。行？
S|p|deaf|R4|{n}：账户密码不能给我。谁要都不给。来网点，打字沟通，慢慢办。
S|p|bot|R1|{n}，机器人都回你“本产品不保本”了，我还能跟你说保本吗？那不是骗人嘛{e}
S|g|rd|R1|【周复盘】有同事跟客户说“这还不稳赚？”，被录音抽查到了。我问一句：拿客户的钱开这种玩笑，谁担得起？下周全员重学话术{e}
S|g|mentor|R1|师傅，客户问这只债基能不能保本，我该咋回？直接说不能是不是太生硬了？{e}
S|g|mentor|R1|客户问“保本吗”，你就老老实实说不保本，再把历史最大回撤给他看，这有啥难的？{e}
S|p|plain|R3|{n}，我不是不想给你便宜，是飞单这种事我真不能做，出了问题你找谁？{e}
S|p|plain|R1|稳赚不赔，年化二十个点，还送鸡蛋——{n}，这么好的事，怎么不去银行柜台办，偏偏要拉你进群？{e}
S|p|plain|R4|{n}，全权委托给我？您信任我我很感动，可这是违规的，您的账户得您自己做决定{e}
S|p|plain|R2|{n}，打麻将谁坐庄家还要问我？你们老年活动室自己定嘛{e}
S|g|plain|R2|{n}，合唱团唱到副歌那里音要往上拉升，你们咋每次都掉下来？{e}
S|p|plain|R2|{n}，乒乓球联赛谁当庄家开盘？没人开，我们是正经比赛，不搞赌球那一套{e}
S|p|plain|R1|{n}，孙子幼儿园报名材料您能确保本周五前交上吗？交不上就要排到下一批了{e}
S|p|plain|R3|{n}，超市储值卡充一千送五十那个返点，您问是不是真的？是超市自己的活动，跟我们银行没关系{e}
S|p|plain|R4|{n}，您说的那本《代客理财的边界》是讲什么的？讲的就是为什么我们不能替您做决定{e}
S|p|plain|R3|{n}，理赔进度慢？这个案子上周已经转到我个人负责了，定损报告一出来我马上告诉您{e}
S|p|plain|R1|{n}，长护险保的是失能以后的护理费，你问它是不是保本的理财？不是，它是保障，不是投资{e}
S|p|plain|R1|{n}，质押融资有没有零风险的？没有，股价跌到平仓线要补仓，这个你一定要想清楚{e}
C|p|hb|R1|{m}，你们这个银发理财是不是稳赚不赔？我屋里老头子要问清楚了才肯买{e}
C|p|ln|R5|{m}，你私人号多少？过年给你发个拜年红包{e}
S|p|plain|R1|{n}，您问保本的事，我先把结构讲清楚：挂钩中证500，每月观察一次，跌破敲入线就跟着跌，所以到期不一定能拿回本金{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|hb|R1|{n}，公司规定不准我们说保本，但我私下跟你讲，这只债基就是保本的，莫到处说{e}
S|p|hb|R1|{n}，莫担心，莫犹豫，莫听别个瞎说，稳赚的{e}
S|p|nn|R3|老表，不要跟别人讲哦，我这边可以给你返点，别个问你就讲冇得{e}
S|p|nn|R1|老表，不用怕，分红险的分红我保证收益{r}，不得少你一分{e}
S|p|yn|R1|{n}，莫慌，莫着急，票据到期零风险，我跟你打包票{e}
S|p|yn|R2|{n}，不准在群里讲哈，内部消息就私下发你：那只票{d}要拉升{e}
S|p|ln|R4|{n}，别跟你家大兄弟唠，账户密码给我就行，别人都不用知道，我帮你操作{e}
S|p|ln|R2|老妹儿，这事儿千万别往外说，我这有内幕消息，庄家要动了{e}
S|p|yt|R5|{n}，俺们行里不让加私人微信，恁偷偷加一个，别让俺领导看见就中{e}
S|p|yt|R3|{n}，不用去柜台了，血麻烦，钱私下转账给俺，俺给恁办{e}
S|p|ha|R3|{n}，规定是不准飞单，但这单你可别港出去，走我那边的渠道，费率低一截{e}
S|p|ha|R4|{n}，不准代客理财是老黄历了，现在你把钱交给我，全权委托，我保你满意{e}
S|p|shg|R1|{n}，唔使惊，唔使问人，呢只票据稳赚不赔，涯同你保证{e}
S|p|shg|R3|{n}，公司唔准我哋收返佣，不过你私底下俾我，冇人知{e}
S|p|zh|R5|{n}，唔好同其他人讲，我私人微信发俾你，有乜直接揾我{e}
S|p|sgp|R1|{s}，don't worry，不要理那些risk disclosure，这个plan是保本的lah{e}
S|p|uk|R3|{n}，银行不让单笔超额度购汇，你把钱转到我个人账户，我分几个人头帮你换成pound，别声张{e}
S|p|deaf|R4|{n}：别去柜台。别排队。账户密码发我。帮你操作。
S|p|bot|R4|机器人提示“请勿泄露账户密码”那是对外的，{n}，您跟我不用见外，密码发我，我帮你操作{e}
S|g|rd|R1|【周复盘】不得不表扬小赵：客户担心亏钱，她一句“不会亏，保本的”就拿下{a}，大家学着点{e}
S|g|mentor|R1|新人记住：别跟客户讲风险等级那一套，就说“零风险”，问多了就说行里担保{e}
S|g|mentor|R5|你问客户不让录音咋办？那就别在企业微信说，让他加我个人号，电话里讲清楚{e}
S|p|plain|R1|{n}，不是不能保本，是不能写在纸上，口头上我给你保本{e}
S|p|plain|R1|{n}，不要看短期波动，不要被新闻吓到，这只债基长期持有稳赚{e}
S|p|plain|R1|{n}，上条发错了，删掉“不能承诺”四个字，我的意思是：承诺保本，放心买{e}
S|p|plain|R3|{n}，按规定不能返佣，不过你要是追加到{a}，我私下返点给你一个点{e}
S|p|plain|R4|{n}，规定是规定，我也知道不该代客理财，可您岁数大了，这钱我替您打理，您就别操心了{e}
S|p|plain|R1|{n}，银发理财您别听子女瞎说，不会亏的，零风险，您就放心存{e}
S|p|plain|R1|{n}，长护险我不能说它是理财，但你买了就是稳赚，这账怎么算都划算{e}
S|p|plain|R3|{n}，质押贷款本来不让放这么高，你别声张，返点给我，我让风控那边松一松{e}
S|p|plain|R3|{n}，理赔款不要打到公司账户，别问为什么，直接转到我个人卡，我帮你催{e}
S|p|plain|R3|{n}，行里不让送礼，我就不送了，给你五百块的超市储值卡，就算返佣了，别说出去{e}
S|g|plain|R1|合唱团的叔叔阿姨，咱今天不谈买卖，就说一句：我那款年金保本，大家不用怕{e}
S|p|plain|R2|{n}，球打完别急着走，这事不能在群里说，我有个内部消息，明天那只票要拉升{e}
S|p|plain|R1|{n}，孙子幼儿园报名别愁钱，别犹豫，这个结构性票据保本还有{r}，够交学费了{e}
S|p|plain|R1|{n}，哎呀，不准说稳赚，那我就不说稳赚了，我说“肯定赚”总行吧？反正就是稳赚{e}
S|p|plain|R4|{n}，提醒一下，任何人让你点陌生链接都不要点。另外你那个股票账户，全权委托给我来管，省得你天天看{e}
S|p|plain|R1|{n}，买之前记住三不：不借钱买、不听小道消息、不用担心亏损——因为这个是保本的{e}
S|p|zh|R3|{n}，唔好去柜台排队啦，啲钱私下转账俾我，我帮你搞掂{e}
S|g|plain|R1|【常见问题】问：能提前赎回吗？答：不能，封闭期内不得赎回。问：保本吗？答：保本，到期本金全额返还{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|p|hb|R1|{n}，我们行里明文规定，不准向客户承诺保本，这只债基也不例外，有波动的{e}
C|p|hb|R3|{m}，你们是不是不准私下交易？我屋里亲戚想找你直接买{e}
S|p|nn|R4|老表，按规定我不得帮你操作，你自己在手机上点，我视频教你{e}
S|g|nn|R3|各位老表注意，公司禁止员工收返点、返佣，有人私下找你要的请直接投诉{e}
S|p|yn|R1|{n}，规定不准讲零风险，票据挂钩的标的跌破敲入线就会亏本金，这个要讲清楚{e}
S|p|yn|R2|{n}，我们不得透露内部消息，也没有什么内部消息，只能给你看公开的研报{e}
S|g|ln|R5|老铁们，公司三令五申：严禁加客户私人微信，咱都在企业微信上唠{e}
S|p|ln|R4|{n}，账户密码这玩意儿千万别给任何人，包括我，谁要谁就是骗子{e}
S|p|yt|R4|{n}，俺们规定不中代客理财，恁的钱恁自己做主，俺只给建议{e}
S|p|yt|R3|{n}，不准飞单这是红线，俺卖的每一单都能在系统查到，恁放心{e}
S|p|ha|R1|{n}，港清楚哈，规定不准承诺保证收益，分红险分红不确定，演示利率不等于实际{e}
S|p|ha|R3|{n}，禁止私下转账，保费只能交到保险公司账户，你港的那个我不能收{e}
S|p|shg|R1|{n}，公司唔准讲稳赚，涯都唔会讲，债基都有跌嘅时候{e}
C|p|zh|R5|{m}，你哋系唔系唔准加私人号㗎？我想问下理赔啲嘢{e}
S|p|zh|R3|{n}，公司唔准我哋私下交易，所有嘢都要喺系统度做，有单据俾你{e}
S|p|sgp|R1|{s}，公司不准我们讲零风险的，paiseh，这个plan还是有风险，要看清楚{e}
S|p|uk|R3|{n}，购汇按规定不得用于买房炒股，也不能拆分给别人用额度，tuition fee凭录取通知和学费单办就行，别找人私下交易换汇{e}
C|p|uk|R3|{m}，学校说不能代付，是不是也不能私下转账给中介？{e}
S|p|deaf|R3|{n}：规定：不收密码。不代操作。不私下转账。有问题打字问我。
C|p|deaf|R4|{m}：你说不能帮你操作。那我儿子来帮我，行？
S|p|bot|R4|机器人客服的标准回复：“本行员工不得以任何形式索要您的账户密码。”{n}，这句话请您记住{e}
S|g|rd|R1|【周复盘】本周两起投诉都因为有人跟客户说“稳赚”，再强调一遍：禁止任何形式的收益承诺，违者扣绩效{e}
S|g|mentor|R4|新同事注意：客户让你帮忙下单也不行，“不能帮你操作”这句话要说在前头，让客户自己确认每一步{e}
S|g|mentor|R3|师傅，培训说不准返点，那客户问别家有返点咱为啥没有，我咋解释？{e}
S|p|plain|R1|{n}，没有哪条规定不要求我们提示风险，所以保本这两个字我不会说{e}
S|p|plain|R1|{n}，不要相信保本、稳赚、零风险这类说法，这些都是违规宣传{e}
S|p|plain|R2|{n}，您要的那本《庄家操盘揭秘》我们网点没有，而且里面的东西不建议您照着做{e}
S|g|plain|R2|风筝节安全须知：禁止在高压线附近放飞，收线时不得猛力拉升，注意别割到手{e}
S|g|plain|R2|乒乓球联赛规程第五条：严禁赌球，严禁任何人当庄家开盘下注，违者取消参赛资格{e}
S|g|plain|R1|合唱团通知：为确保本次演出顺利，排练不准迟到，演出服自己带{e}
S|p|plain|R2|{n}，幼儿园那边规定报名不收现金，也不让老师私下收费，您听到的那个“内部消息”名额是假的{e}
S|p|plain|R3|超市储值卡说明：本卡不记名，不得兑换现金，积分返点以超市公告为准，{n}您收好{e}
S|p|plain|R3|{n}，理赔规定不能让第三方代收，赔款只能打到被保险人本人账户，不会转到我个人账户的{e}
S|p|plain|R1|{n}，长护险条款里写了，不得与投资收益挂钩，它不是保本理财，是护理保障{e}
S|p|plain|R1|{n}，股票质押按规定不得挪用于炒股，也不存在零风险的说法，跌破平仓线要补仓{e}
S|p|plain|R1|{n}，行里规定，给六十五岁以上的客户卖产品要双录，不能说保本，我都录下来您放心{e}
C|p|ha|R3|{m}，你们规定不准私下交易，那我直接去柜台找你可行？{e}
C|p|yt|R5|{m}，恁们是不是不让用私人号跟客户聊？那俺有事咋找恁？{e}
S|p|plain|R4|{n}，合规要求：不得以任何理由索取客户账户密码，也不得替客户做交易决策{e}
C|p|nn|R2|{m}，听讲你们不准讲内部消息，那群里那个讲得有鼻子有眼的是哪个？{e}
S|g|plain|R1+R5|【合规小测】第一题：能对客户说“保本”吗？答案：不能。第二题：能加客户私人微信吗？答案：不能。{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|hb|R1|{n}，最近骗子多，那些讲稳赚的莫信，要信就信我，我这只债基才是真正稳赚的{e}
S|g|hb|R1|提醒各位：网上冒充银行的很多，莫点链接。我们这个银发理财保本，有需要的单独找我{e}
S|p|nn|R2|老表，小心那些讲内部消息的骗子，我这个才是真内部消息，{d}那只票要拉升{e}
S|p|nn|R3|防骗提醒：陌生人要你转账的都是骗子，我不一样，{n}，你转到我个人卡上我帮你买{e}
S|p|yn|R5|{n}，最近有人冒充我们行，你莫理。有事加我私人微信，只有这个号是真的{e}
S|g|yn|R2|各位注意，外面那些荐股群都是骗子。要跟就跟我，庄家在哪我都晓得{e}
S|g|ln|R4|老铁们，嘎哈都别信陌生人，账户密码谁要都别给——除了我，我帮你操作那是为你好{e}
S|p|ln|R3|{n}，刚接到通报，有人冒充客户经理骗钱。记住只认我，有啥钱直接私下转账给我，我心里有数{e}
S|p|yt|R1|{n}，俺得提醒恁，别信电话里讲零风险的，那都是骗子。俺这个票据才是真零风险{e}
S|p|yt|R3|{n}，俺们行里通报了一起飞单，恁要当心。不过俺这边的单子走的是俺自己的渠道，不进系统，手续费低{e}
S|p|ha|R1|{n}，港个事：最近好多人被骗，都是信了什么保收益。你可放心，我这个保收益{r}，合同写的{e}
S|p|ha|R3|{n}，举报电话就是客服热线，你可记好。另外我跟你港，返佣我照给你，不用走系统{e}
S|p|shg|R1|{n}，小心啲电话骗子，佢哋话乜保本都系假嘅。涯呢只先系真保本{e}
S|p|zh|R5|{n}，最近好多诈骗电话，你唔好信。要买就加我私人号，我亲自同你讲{e}
S|p|sgp|R1|{s}，scam very many nowadays，不要信WhatsApp的。Only trust me，我这个plan稳赚的{e}
S|p|uk|R3|{n}，留学生被电诈的案例很多，千万别信陌生人。换汇的事只找我，私下交易汇率比银行好{e}
S|p|deaf|R4|{n}：骗子多。别信陌生人。只信我。账户密码给我。我帮你管。
S|p|bot|R4|客服机器人提醒“谨防冒充工作人员诈骗”，说得对。{n}，所以您直接找我，代客理财这块我帮您全包了{e}
S|g|rd|R1|【周复盘】本周防诈宣传做得好，尤其小孙，在宣传会上顺势推了保本的银发理财，签了{a}，值得推广{e}
S|g|mentor|R1|新人学着点：先给客户讲防骗，让他对外人起戒心，最后落一句“只有我这个稳赚”，成交率高{e}
S|p|plain|R1|{n}，我举报过好几个乱承诺的同行，我说话有分寸：这款我保证收益{r}，少了我补{e}
S|p|plain|R1|{n}，他们说我这是“违规承诺”，笑死，事实就是零风险，我有什么可怕的？{e}
S|p|plain|R1|{n}，刚才说的“投诉可以找监管”没问题；但说“这个不保本”是我说错了，更正：保本{e}
S|p|plain|R3|{n}，你要是不去投诉那个同事，我就把这单的返点全给你{e}
S|p|plain|R3|{n}，网上卖长护险的好多是假的，你别上当。在我这买，我私下返佣给你两成{e}
S|p|plain|R4|{n}，外面那些民间配资都是坑，小心爆仓。你来我这做质押，账户密码给我，我帮你盯着补仓{e}
S|p|plain|R3|{n}，提醒一下，有人冒充保险公司打电话说理赔要交手续费，别理。理赔款直接转到我个人，我给你加急{e}
S|p|plain|R1|{n}，超市储值卡那种预付卡跑路的多，别充太多。钱放我这理财，保本{e}
S|g|plain|R1|合唱团的叔叔阿姨们，最近骗老人的保健品讲座多，千万别去。有闲钱的找我，包赚{e}
S|p|plain|R2|{n}，联赛群里那个荐股的是骗子，我已经举报了。我这边是真内幕消息，赛后细说{e}
S|p|plain|R1|{n}，幼儿园报名有中介说交钱插队，是骗子。您这笔钱不如放我这，稳赚不赔，到时候交学费{e}
S|g|plain|R5|风筝节人多，看好手机钱包。另外提醒大家，我工作号好友快满了，想咨询的加我个人号{e}
S|g|plain|R1|【防骗三问】1. 陌生来电要验证码？挂断；2. 网上荐股？拉黑；3. 想要保本产品？找我，我这款保本{e}
S|p|plain|R1|{n}，外面的东西我不敢保，但我这儿没有一款是不保本的，放一百个心{e}
S|p|ln|R4|{n}，听说你被人拉进荐股群了？赶紧退。真想赚钱，全权委托给我，我比他们靠谱{e}
S|p|hb|R1|{n}，你屋里老人那个电话诈骗的事我晓得了，好在没转钱。以后有钱莫乱存，存我这，零风险{e}
S|p|yn|R3|{n}，我已经帮你向公司反映了上个经理的问题。以后你的钱私下转账给我就行，我亲自给你办{e}
S|p|nn|R1|老表，公安讲的“凡是讲稳赚的都是诈骗”，对别人讲的没错，可我这只真的稳赚{e}
S|p|zh|R3|{n}，警方话冒充客服嘅好多，你小心。我呢边就唔同，飞单都系为你慳钱{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|p|hb|R1|{n}，提醒你一下，最近有人冒充我们行讲“稳赚不赔”，你屋里老人接到这种电话直接挂{e}
C|p|hb|R2|{m}，有人打电话讲他是你们行的，有内部消息要我买票，是不是骗子？{e}
S|g|nn|R5|各位老表，有人讲加他私人微信就能领补贴，那是诈骗，我们只用企业微信{e}
C|p|nn|R3|{m}，我接到一个电话，讲转到我个人账户的钱会被冻结，要我转去安全账户，是真的吗？{e}
S|p|yn|R4|{n}，公安通报：冒充客服要账户密码的都是骗子，任何时候都莫给{e}
S|p|yn|R1|{n}，大理这边有人办“保本养老”讲座送鸡蛋，那是非法集资，莫去{e}
S|g|ln|R4|老铁们，昨天有个大爷被骗了，骗子说能帮你操作账户赚钱，结果钱全转走了，大伙长点心{e}
C|p|ln|R5|{m}，我举报一下，有个自称你们行的人让我加他私人号，说有高收益，你们查查{e}
S|p|yt|R1|{n}，俺提醒恁，谁跟恁讲零风险高收益，就是骗子，直接报警{e}
S|g|yt|R4|各位，发现有人冒充俺们行搞代客理财，收了钱就跑，已报案，大家当心{e}
S|p|ha|R3|{n}，我们已经把那个私下收返佣的前员工举报了，你的保单不受影响，放心{e}
C|p|ha|R1|{m}，我可要举报？那个人跟我港能保证收益，还让我别跟你们说{e}
S|p|shg|R2|{n}，小心啲，有人冒充我哋话有庄家带你赚钱，全部系骗局{e}
C|p|zh|R4|{m}，有人打俾我话系你哋银行，要我讲账户密码，系咪呃人㗎？{e}
C|p|zh|R1|{m}，我喺拱北收到张传单，写住“稳赚不赔”，你哋有冇咁嘅产品㗎？{e}
C|p|sgp|R2|{m}，my kakis at the kopitiam say have 内幕消息 group，got people join already，can trust or not？{e}
S|p|sgp|R1|{s}，WhatsApp说零风险高回报的，全部是scam，不要理，有事问我{e}
S|p|uk|R3|{n}，最近有骗子冒充大使馆，说孩子涉案要转账，记住：不要私下转账给任何陌生账户，先打电话给孩子{e}
C|p|uk|R3|{m}，my daughter got a call saying her visa has problem，要她私下转账保证金，is it scam？{e}
S|p|deaf|R4|{n}：警惕短信链接。不给验证码。不给账户密码。有疑问来网点。
C|p|deaf|R1|{m}：有人短信说稳赚项目。我没理。对吧？
S|p|bot|R5|{n}，智能客服自动回复：“我行不会通过私人微信联系客户办理业务，请谨防诈骗。”这是真的，请您留意{e}
S|g|rd|R2|【周复盘】本周有客户经理在群里说“内部消息”，被客户截图投诉，已报合规处理，下不为例{e}
S|g|mentor|R4|师傅，客户说有人冒充我们让他全权委托，我该怎么提醒他？要不要报合规？{e}
S|g|mentor|R1|客户遇到讲“包赚”的，你就教他三件事：不转账、不给密码、先报警，别嫌麻烦{e}
S|p|plain|R1|{n}，不是我不信那个人，而是讲零风险的，没有一个不是骗子{e}
S|p|plain|R1|零风险、年化三十、还能随时取——{n}，这么神的产品，骗子自己怎么不买？赶紧删了吧{e}
S|p|plain|R3|{n}，你转发的那条“飞单被查”的新闻是真的，那家公司员工私卖产品被处罚了，我们这边每单都有系统记录{e}
S|p|plain|R1|{n}，有人上门推销“长护险保本返还”，其实是假保险，你家老人别签字{e}
C|p|plain|R2|{m}，有个人说他能帮我拿到内部消息，让我把质押的钱给他，我是不是被骗了？{e}
S|p|plain|R3|{n}，有人冒充理赔员让你把赔款私下转账，这是骗局，赔款只会打到你本人账户{e}
S|p|plain|R3|{n}，那个“超市储值卡充值返点”的群是假的，超市官方说了没有这活动，别充钱{e}
S|g|plain|R3|合唱团的阿姨们注意：有人冒充团长收会费，说“转到我个人账户”——这是骗子原话，团里从不收钱{e}
S|g|plain|R1|风筝节当天有人在门口卖“包赚”的投资卡，说是主办方合作的，主办方已经声明是诈骗{e}
S|g|plain|R5|联赛群里有人说加他私人号能买到决赛门票，组委会说了，假的，别信{e}
S|p|plain|R1|{n}，幼儿园报名根本不需要交什么“保证金”，有人说交了能确保本园录取，是骗人的{e}
S|p|plain|R2|{n}，“庄家心理学”那个直播课是骗子导流的，讲到最后都让你交钱进群，别买{e}
C|p|ln|R4|{m}，我妈接个电话，说是帮你操作退保能多拿钱，要她下个软件，我给拦下来了，对吧？{e}
C|p|yt|R1+R5|{m}，俺举报，有个人在俺小区讲私人号里有保本产品，恁们查查是不是恁们的人{e}
S|p|hb|R3|{n}，你反映的那个前经理让你私下交易的事，公司已经立案了，有结果会通知你{e}
S|p|plain|R1|{n}，骗子的话术就是先说“稳赚”，再说“名额有限”，最后让你只信他一个人。记住：认准官方热线，别认人{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|hb|R3|{n}，公司账户到账没那么快，我也没法帮你催，要不你转到我个人卡，我帮你垫着先买{e}
S|p|hb|R1|{n}，书面上我不能写保本，这个没办法，但口头我给你保证：保本{e}
S|p|nn|R5|老表，公司流程我帮你走不了，不过你加我私人微信，我私底下给你安排{e}
S|p|nn|R3|老表，返点公司不给，我也不好开口，这样，我自己掏腰包返点给你{e}
S|p|yn|R1|{n}，合同里不能写零风险，我不能乱写，但我跟你讲，这个就是零风险的{e}
S|p|yn|R4|{n}，柜台上我不能帮你操作，你把账户密码发我，回家我帮你弄{e}
S|p|ln|R3|{n}，这单在系统里我是做不了，额度满了，整个飞单给你，照样能买{e}
S|p|ln|R2+R5|老妹儿，企业微信上这话我不能说，你加我个人号，我跟你唠唠内部消息{e}
S|p|yt|R3|{n}，俺不能收恁的现金，恁私下转账给俺媳妇的卡，一样的{e}
S|p|yt|R4|{n}，全权委托的协议俺签不了，口头上恁全权委托给俺，俺给恁操盘{e}
S|p|ha|R4|{n}，不好意思，公司不让我代客理财。这样，你把账户给我，我以你的名义帮你操作，不算违规{e}
S|p|ha|R2|{n}，内部消息我不能港，但你可以自己猜：那只票{d}会不会拉升？我只能港你别错过{e}
S|p|shg|R3|{n}，涯唔可以收返佣，不过你请涯食饭，封个利是，咪当返佣{e}
S|p|zh|R5|{n}，我唔可以喺企业微信讲，你加我私人号，我再话你知{e}
S|p|sgp|R1|{s}，我不可以在这里讲保本，policy的原因，paiseh，私下讲：保本的lah{e}
S|p|uk|R3|{n}，银行这边超额度的购汇我办不了，但你把钱转到我个人账户，我找英国朋友直接打到学校{e}
S|p|deaf|R1|{n}：规定不让写稳赚。我不写。口头说：稳赚。
S|p|bot|R4|机器人回的“无法为您办理，请前往柜台”，你别管它，{n}，你把账户密码给我，我后台帮你操作{e}
S|g|rd|R3|【周复盘】表扬小陈：客户要的返点公司批不下来，她自己垫了返点，客户当场签约，值得学习{e}
S|g|mentor|R5|新人注意：客户要你加私人微信，你别直接拒绝，就说“这里不方便，加我个人号”，客户黏性高{e}
S|p|plain|R1|{n}，你说我没法保本？也不是没法，白纸黑字不行，咱俩之间我说保本就是保本{e}
S|p|plain|R4|{n}，正常我是不接受全权委托的，但你要是放{a}以上，我可以破例{e}
S|p|plain|R4|{n}，上条说“我不能帮你操作”不准确，更正：密码你发我，我可以帮你操作{e}
S|p|plain|R1|{n}，“保本”这俩字我不说，我换个说法：到期本金一分不少，只多不少，这你总明白了吧？{e}
S|p|plain|R3|{n}，长护险的保费我不能代收，你转到我个人微信零钱，我帮你交{e}
S|p|plain|R3|{n}，质押率我不能给你调高，规定死的。不过返佣给我，我找风控的朋友想办法{e}
S|p|plain|R3|{n}，理赔我不能给你多报，不过咱们私下交易一下，你给我点辛苦费，我让定损那边松松口{e}
S|p|plain|R3|{n}，现金回扣我不能给，给你两张超市储值卡当返点，这不算违规吧{e}
S|g|plain|R5|合唱团这边我不方便推销，大家散了以后加我私人微信，我单独给大家讲{e}
S|p|plain|R2|{n}，球场上不谈工作。但我透露一点：我们行有内部消息，那只票要拉升{e}
S|p|plain|R1|{n}，您孙子的幼儿园赞助费我没法帮您出，但买了这个稳赚的理财，利息就够了{e}
S|p|plain|R4|{n}，风筝节现场不能签单，您把账户密码给我，我回去帮您下了{e}
S|p|plain|R1|{n}，这款债基的管理费是千分之三，一年一扣，这个我跟您交代清楚。另外您放心，保本{e}
S|p|plain|R1|{n}，你问我能不能保证收益？我能不保证吗？{r}，少一分我赔{e}
S|p|hb|R1|{n}，你说我不敢承诺？笑话，这个票据我就是敢说稳赚不赔{e}
S|p|nn|R3|老表，公司渠道买不到那么多额度，我不能给你开后门，我私下交易给你匀一点{e}
S|p|yn|R3|{n}，不能帮你开户，那你用我亲戚的账户，你把钱私下转账过来，我帮你买{e}
S|p|ln|R4|{n}，签字这事我不能代你签，但你全权委托给我，剩下的我全整明白{e}
S|g|mentor|R1|【新人小测答案】问：客户问能否保证收益怎么答？参考答案：“本产品保证收益{r}，请放心”{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|hb|R3|{n}，私下转账这个我不能收，你把钱转到公司账户，回单我截图给你{e}
C|p|hb|R4|{m}，你就帮我弄一下嘛，账户密码我写纸上给你{e}
S|p|nn|R5|老表，加私人微信这个真不行，工作号二十四小时在，你有事随时找我{e}
S|p|nn|R3|老表，返点我给不了，不过这款费率本来就低，新客还有官方的申购费一折，是公司正规优惠{e}
S|p|yn|R1|{n}，我不能跟你讲零风险，因为它不是。要不你看看国债，风险最低，我给你查下额度{e}
S|p|yn|R4|{n}，帮你操作这个事我不做，你来网点，我坐你旁边教你，每一步你自己按{e}
S|p|ln|R2|{n}，内部消息我没有，有也不能给，你要想了解这只票，我发你公开的研报{e}
S|p|ln|R3|老妹儿，飞单我可不敢整，你要的那款公司有正规渠道，我给你走系统{e}
S|p|yt|R4|{n}，全权委托俺不能接，恁要是没空打理，可以看看公募的投顾服务，合规的{e}
C|p|yt|R4|{m}，恁就帮俺弄一下呗，俺眼神不好，账户密码俺念给恁{e}
S|p|ha|R3|{n}，返佣我不能收也不能给，费用都在合同里港清楚了，你看第二页{e}
S|p|ha|R1|{n}，我不能港保本，这只债基有回撤，最大的时候跌过两个点，你要能接受再买{e}
S|p|shg|R5|{n}，涯唔可以加你私人微信，公司规定，有咩事喺度揾涯就得{e}
C|p|zh|R4|{m}，唔该你帮我搞下啦，我唔识用手机银行，账户密码我话俾你知{e}
S|p|zh|R4|{n}，唔好意思，账户密码我唔可以收，你嚟香洲支行，我陪你一齐搞{e}
S|p|sgp|R1|{s}，保本的我们没有，paiseh，如果要稳一点可以考虑定期存款{e}
S|p|uk|R3|{n}，私下交易换汇我不做，也劝你别做，学费可以走银行的境外汇款，我把材料清单发你{e}
C|p|uk|R4|{m}，could you just帮我弄一下购汇？我在伦敦，时差不方便，账户密码我发你{e}
S|p|deaf|R4|{n}：不能帮你操作。可以打字教你。一步一步来。
C|p|deaf|R5|{m}：我懂。不加私人微信。就在这里问。
S|p|bot|R1|机器人回您“无法提供保本承诺”是准确的，{n}，我人工再确认一遍：不保本{e}
S|g|rd|R3|【周复盘】小王拒绝客户要的返点做得对，但拒绝后又暗示“回头再说”，这半句要不得，已约谈{e}
S|g|mentor|R5|师傅，客户非要加我个人号，我拒绝了他有点不高兴，我该咋说才好？{e}
S|g|mentor|R4|客户要你代客理财，你就说不能，然后把他的风险测评做一遍，推荐合适的产品，别越俎代庖{e}
S|p|plain|R4|{n}，不是我不想帮你，是全权委托这种事我真没法接，你别为难我了{e}
S|p|plain|R1|{n}，“稳赚”我不能说，换个说法也不行，能说的只有：历史业绩不代表未来{e}
S|p|plain|R1|{n}，撤回上条，我说“保本”是错的，这款不保本，以说明书为准，抱歉{e}
S|p|plain|R3|{n}，长护险保费不能转到我个人账户，只能在缴费页面付，或者银行卡自动扣{e}
S|p|plain|R3|{n}，质押率我帮你调不了，也没有返点一说，我能做的是帮你把材料准备齐{e}
S|p|plain|R3|{n}，理赔款不能私下转账给我，直接走保险公司，你在APP上传照片就行{e}
S|p|plain|R3|{n}，超市储值卡我不能收，谢谢您的心意。返点之类的我们也不能要{e}
S|g|plain|R5|阿姨们，合唱团的群里我不推销产品，也不会拉大家加私人号，唱歌就好好唱歌{e}
S|p|plain|R2|{n}，打球时你问我有没有内幕消息，没有，也不会有，今天的大事是赢下这局球{e}
S|p|plain|R4|{n}，孙子幼儿园报名表我不能替您签，那个全权委托书得孩子父母签{e}
S|p|plain|R4|风筝节那天谁帮你操作无人机拍照？我不行，{n}，我得看着自己的风筝{e}
C|p|hb|R3|{m}，你不给我返点，那我找你们领导要，总行了吧？{e}
C|p|nn|R2|{m}，你不讲内部消息，那你总能告诉我这只票会不会拉升吧？{e}
S|p|plain|R4|{n}，代客理财我们不做，如果您是想省心，可以签一个基金定投，每月自动扣款，决定权还在您{e}
C|p|yn|R1|{m}，你不得帮我保本，那我咯是只能买定期？{e}
S|p|plain|R1|{n}，你让我保证收益，我做不到，也不会做；能做的是把过去五年的波动给你看，你自己判断{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|hb|R1|{n}，我上礼拜跟你讲的“这只债基保本”，今天还是这句话，算数的{e}
S|p|hb|R1|{n}，你屋里老头子问“稳不稳”，我当时回的“稳赚”，现在我还是这么讲{e}
S|p|nn|R3|老表，我讲过的话不收回：“返点一个点，我私下给你”{e}
S|p|nn|R1|老表，我朋友圈那句“银发理财零风险”不是乱讲的，我敢讲就敢认{e}
S|p|yn|R2|{n}，我昨天讲的“庄家{d}要拉升”，你没当回事？现在还来得及{e}
S|p|yn|R4|{n}，你转给我的那句“可以全权委托给你吗”，我的回答是：可以，交给我{e}
S|p|ln|R4|{n}，我那天咋说的？“账户密码给我，我帮你操作”，这话现在也好使{e}
S|p|ln|R5|老妹儿，我说“加我个人号”那是为你好，现在还这话，赶紧加{e}
S|p|yt|R1|{n}，俺娘常说“找熟人办事保本”，俺也这么跟恁讲：放俺这，保本{e}
S|p|yt|R3|{n}，领导原话是“不准私下交易”，可俺跟恁不是外人，这单就私下交易了{e}
S|p|ha|R1|{n}，我之前港的“稳赚不赔”，有同事说我讲过头了，我不觉得，照样这么港{e}
S|p|ha|R3|{n}，你复述我的话没错：“钱转到我个人卡，我给你买”，就这么办{e}
S|p|shg|R1|{n}，涯讲过“呢只票据保本”，涯认，冇改{e}
S|p|zh|R2|{n}，我琴日话“内部消息话呢只股会拉升”，今日都系咁讲，快啲入{e}
S|p|sgp|R1|{s}，I said before “this one稳赚”，still the same lah，don't worry{e}
S|p|uk|R3|{n}，上次说的“购汇额度不够就私下转账给我”，还算数，学校的deadline快到了{e}
S|p|deaf|R1|{n}：我说过：零风险。还是这话。
S|p|bot|R1|机器人客服说“请以产品说明书为准”，那是套话。我之前说的“保证收益{r}”才是准的，{n}{e}
S|g|rd|R1|【周复盘】本周金句：“阿姨，这个保本，我拿工作担保”——小杨凭这句签了{a}，各组转发学习{e}
S|g|mentor|R1|新人背下来这段：“您放心，这款产品稳赚不赔，我做了十年没见亏过”，客户一听就踏实{e}
S|g|mentor|R3|新人问我客户要返佣咋回，我教他原话：“公司不给，我个人返佣给您”，照这么说就行{e}
S|p|plain|R1|{n}，我在群里说的“保本保收益”被人截图了，我不删，本来就是这样{e}
S|p|plain|R1|{n}，昨天我撤回的那句“保本”，今天撤回撤回——还是保本{e}
S|p|plain|R3|{n}，我之前说的“追加{a}就给返点”，条件不变，你追加我就返点{e}
S|p|plain|R1|{n}，我前面说的“债基也会跌”没错；我后面说的“这只不会跌，零风险”也没错{e}
S|p|plain|R1|{n}，我说的“长护险搭配的那个理财账户稳赚”，我负责到底{e}
S|p|plain|R4|{n}，我说过“质押那只票你全权委托给我，补仓平仓我来定”，这话今天照样算数{e}
S|p|plain|R3|{n}，我上次讲“定损款转到我个人，我多帮你要一点”，你考虑好了没？还是那句话{e}
S|p|plain|R3|{n}，我说的“签了送你超市储值卡当返佣”，明天就给你{e}
S|g|plain|R1|合唱团群里我说的那句“大家闲钱放我这，包赚”，我再说一遍，包赚{e}
S|p|plain|R2|{n}，你说球友传的“庄家要拉升”是谣言？我告诉你，传这话的就是我，千真万确{e}
S|p|plain|R1|{n}，给孙子攒幼儿园学费那事，我说的“买这个保本”不是哄您的{e}
S|p|plain|R5|{n}，风筝节上跟你说的“私人微信聊”，别忘了加，有好东西发你{e}
S|p|plain|R1|{n}，他们说我那句“零风险”是违规，行，那我换成“绝对零风险”{e}
S|p|hb|R4|{n}，我讲的“代客理财我熟”你不信？你那账户交给我，半年看结果{e}
S|p|nn|R1|老表，你讲你姐夫说“哪有稳赚的”，他不懂，我讲的稳赚是有根据的{e}
S|p|yn|R5|{n}，你念给我听的那条规定“禁止加客户私人微信”，我晓得，但我们两个关系不一样，加我私人微信{e}
S|p|ln|R4|{n}，你说你闺女讲“别让人帮你操作”，她说的是外人，我不是外人，账户密码给我{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|hb|R1|{n}，宣传单上那句“稳赚”是别家印的，不是我们行的，我们的产品都不保本{e}
C|p|hb|R1|{m}，我邻居讲你跟她说“这只保本”，是真的吗？{e}
S|p|nn|R2|老表，你转来的那句“庄家要拉升”不是我讲的，我也不认这种话{e}
S|g|nn|R3|公司行为守则第三条原文：“员工不得私下收受客户返佣、返点。”请大家对照自查{e}
S|p|yn|R2|{n}，你讲你表哥说“有内部消息”，我的意见是莫信，我们这边没有任何内部消息{e}
C|p|yn|R1|{m}，我老公讲“保本的才买”，你们有没有保本的？{e}
S|p|ln|R4|{n}，你闺女说的“别把账户密码给任何人”，说得贼对，连我也别给{e}
C|p|ln|R4|{m}，我姐说她那个经理跟她讲“全权委托给我就行”，这正常吗？{e}
S|p|yt|R1|{n}，监管通知原文：“严禁销售人员承诺保本保收益。”俺们照办{e}
C|p|yt|R1|{m}，俺家老头子非要俺问：“有没有零风险的？”俺知道没有，就是替他问问{e}
S|p|ha|R5|{n}，你引的那句“私人微信更方便”是那个骗子港的，不是我{e}
S|p|ha|R1|{n}，合同第六条写的是“本产品不保证收益”，我念给你听了，你有数就行{e}
S|p|shg|R5|{n}，你讲佢话“加我私人号”，涯唔识呢个人，唔好加{e}
C|p|zh|R3|{m}，我睇到新闻话有人讲“飞单冇事”，结果俾人告咗，你哋唔会咁嘛？{e}
C|p|zh|R1|{m}，我阿爸话“银行啲嘢都保本”，我话唔系，你帮我同佢讲下啦{e}
C|p|sgp|R1|{m}，my son told me “no such thing as 稳赚 one”，he's right hor？{e}
S|p|sgp|R1|{s}，your son say “no 零风险”，he's correct，我也是同样讲{e}
C|p|uk|R3|{m}，my daughter's classmate说她们那边有个经理让“私下转账给他换pound”，这个靠谱吗？{e}
S|p|uk|R3|{n}，大使馆公告原话：“警惕以代付学费为名要求私下转账的诈骗。”请转给孩子{e}
S|p|deaf|R2|{n}：你给我看的截图写“内部消息”。不是我们发的。别信。
C|p|deaf|R4|{m}：朋友说“账户密码给经理没事”。我不给。对不对？
S|p|bot|R4|智能客服标准回复：“您好，我行工作人员不会要求您提供账户密码，请勿泄露。”{n}，这是机器人发的，没问题{e}
S|g|rd|R1|【周复盘】录音里听到有人说“放心，零风险”，这种话术全部禁止，已通报{e}
S|g|mentor|R3|师傅，客户引用隔壁银行说的“我们有返点”，问我们有没有，我该怎么回？{e}
S|g|mentor|R1|客户要是拿别人的“稳赚不赔”来比，你就回：“这种话我们不能说，也不该信”，原样背下来{e}
S|p|plain|R1|{n}，我上周说的“差不多保本”是不严谨的，收回，这只债基有亏损可能{e}
S|p|plain|R1|{n}，《稳赚不赔是个谎言》这本书推荐给您，讲的就是为什么别信收益承诺{e}
S|p|plain|R5|{n}，您说的“私人号外”是个读书公众号，跟我们银行没关系，我也没在那发过东西{e}
S|p|plain|R1|{n}，条款原文：“本合同为长期护理保险，不具有保本理财功能。”您看这一句就明白了{e}
S|p|plain|R2|{n}，风控通知里写的“质押标的如有庄家操纵嫌疑，将提高保证金比例”，跟你那只票无关，只是转发通知{e}
S|p|plain|R3|{n}，您转述的“理赔款先转到我个人账户”那句，是您邻居说的那个中介吧？正规理赔不会这样，只打到被保险人账户{e}
S|p|plain|R3|{n}，超市储值卡背面印的“充值享返点”是超市的活动，跟我们理财没关系，您别混了{e}
S|g|plain|R1|合唱团团长转发的“老年人谨防保本骗局”讲座通知，大家有空可以去听听{e}
S|g|plain|R3|乒乓球联赛通知里写的“严禁私下交易球员”，说的是转会，跟理财没关系{e}
S|p|plain|R1|{n}，幼儿园招生简章原文：“报名需确保本人携带户口本原件”，您别忘了带{e}
S|g|plain|R2|风筝节主持人喊的“风来了，往上拉升！”，大家听口令一起收放线{e}
S|g|plain|R4|员工手册第十二条原文：“禁止代客理财、禁止索要客户账户密码。”大家签字确认{e}
S|p|plain|R4|{n}，您说您儿子讲“让经理帮你操作最省事”，他是好意，但我们不能这样做，您自己点{e}
S|p|hb|R3|{n}，群里转的“某行客户经理返佣名单”是假图，我们行没发过这东西{e}
S|p|plain|R1|{n}，您说的“稳赚宝”是别的平台的产品名字，名字怎么起是人家的事，我们这没有这个产品{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|hb|R6|{m}，我手机号{MOB:plain}，你有么子事直接打，白天都在{e}
S|p|hb|R6|{n}，开户回执上登记的手机是{MOB:sp}，你核对一下对不对{e}
C|p|nn|R6|{m}，我电话{MOB:cn}，得闲打给我嘛{e}
C|p|yn|R6|{m}，我身份证{ID:plain}，帮我填一下银发理财的表{e}
C|p|ln|R6|{m}，我卡号{CARD:sp}，长护险的保费从这张扣{e}
C|p|yt|R6|{m}，俺身份证号是{ID:dash}，恁看看对不{e}
C|p|ha|R6|{m}，我工资卡{CARD:dash}，分红险的分红打这张卡上{e}
C|p|shg|R6|{m}，涯个手机{MOB:dot}，有事打俾涯{e}
C|p|zh|R6|{m}，我电话{MOB:sp1}，唔该打俾我{e}
C|p|zh|R6|{m}，我身份证号{ID:fw}，帮我登记车险理赔{e}
C|p|sgp|R6|{m}，我在大陆的手机号是{MOB:plain}。I come back in May lah{e}
C|p|uk|R6|{m}，我女儿的银行卡{CARD:plain}，购汇用这张，tuition fee下周交{e}
C|p|deaf|R6|{m}：卡号{CARD:cn}。身份证另发。手机不接。打字。
C|p|deaf|R6|{m}：手机{MOB:mix}。只短信。不打电话。
S|p|bot|R6|机器人回复：“已为您登记联系电话{MOB:dash}，客服将在一个工作日内回电。”{n}，这个号码对吧？{e}
S|p|bot|R6|{n}，客服机器人把您的卡号原样回显了：“绑定卡{CARD:comma}已生效”，我让后台屏蔽一下{e}
S|g|rd|R6|【周复盘】抽查发现有同事把客户身份证{ID:sp}直接发在群里，这种做法严禁，已撤回原消息{e}
S|g|rd|R6|【周复盘】表扬小吴回访及时，客户手机{MOB:fw}已更新到系统{e}
S|g|mentor|R6|新人问：客户发来卡号{CARD:dx}这种大写的，要不要录？——录进系统，然后把聊天里的删掉{e}
S|g|mentor|R6|师傅，客户身份证{ID:cn}是汉字写的，我照着录对吗？{e}
S|p|plain|R6|{n}，银发储蓄登记的紧急联系人电话{MOB:comma}，是您儿子的吧？{e}
C|p|plain|R6|{m}，我老伴的身份证号{ID:mix}，合唱团报名要用，你帮我看看对不对{e}
C|p|plain|R6|{m}，幼儿园报名要家长手机，孙子他爸的是{MOB:plain}，你帮我填上{e}
C|p|plain|R6|{m}，车险理赔的收款卡{CARD:fw}，户名是我本人{e}
S|p|plain|R6|{n}，股票质押合同上您的身份证号{ID:plain}，末位我核对了没问题{e}
C|p|plain|R6|{m}，超市储值卡绑定手机{MOB:dx}，卡丢了能挂失吗{e}
S|g|plain|R6|{n}，风筝节报名回执：联系人{MOB:sp}，报名号{ORDER}，当天凭回执入场{e}
C|p|plain|R6|{m}，乒乓球联赛奖金要打卡，我的是{CARD:dot}，麻烦了{e}
C|p|plain|R6|{m}，购汇申请表上我的身份证{ID:sp}，护照号另外发你{e}
S|p|ha|R6|{n}，我把您登记的手机号{MOB:cn}念给您听一遍，您看对不对{e}
S|p|yn|R6|{n}，您儿子的卡{CARD:mix}，是这张收养老金吧？{e}
C|p|ln|R6|{m}，我家老头身份证{ID:dx}，他不会打字我替他发{e}
S|p|yt|R6|{n}，结构性票据到期款打到尾号{LAST4}那张……不对，是这张{CARD:plain}，俺核一下{e}
S|p|nn|R6|老表，你手机号是{MOB:dash}吧？短信验证码发到这个号{e}
C|p|shg|R6|{m}，涯阿妈嘅身份证{ID:plain}，佢要买长护险{e}
S|p|deaf|R6|{n}：已登记。手机{MOB:sp}。身份证后四位{LAST4}。明天来。
S|p|uk|R6|{n}，购汇用的是您名下这张卡{CARD:sp}，额度今年还剩多少我帮您查{e}
C|p|zh|R6|{m}，我张卡{CARD:plain}，你帮我睇下收唔收到理赔款{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|hb|R6|{n}，你发的身份证号{BADID:plain}最后一位校验不过，麻烦再拍一张身份证照片{e}
S|p|hb|R6|{n}，这个身份证号{BADDATE:sp}出生日期不存在，是不是哪位数字打错了？{e}
S|p|nn|R6|老表，{BADPROV:plain}这个号开头两位不是任何省份的代码，你再核一下证件{e}
S|p|nn|R6|老表，你讲的身份证号{BADPROV:dash}开头不对，广西的是四五开头，再看一下{e}
S|p|uk|R6|{n}，这笔购汇的业务流水号{ID17:plain}，查询时报这个号就行{e}
S|p|yn|R6|{n}，你发来的卡号{LUHNBAD:sp}系统提示校验失败，应该是抄错了，麻烦拍一下卡面{e}
C|p|yn|R6|{m}，我电话{MASKMOB}，你们后台看得到全号吧？{e}
S|p|ln|R6|{n}，您尾号{LAST4}的卡今天到账{AMT}元，请查收{e}
C|p|ln|R6|{m}，我那个订单号{ORDER}，超市储值卡充值没到账{e}
S|p|yt|R6|{n}，恁的车险报案号{CLAIM}，定损员{DATE}上门{e}
S|p|yt|R6|{n}，车牌{PLATE}的理赔已经审核通过，金额{AMT}元{e}
S|p|ha|R6|{n}，分红险保单号{POLICY}，今年的红利通知书已寄出{e}
C|p|ha|R6|{m}，我这手机号好像少一位，{MOB10:plain}，你先别录{e}
S|p|shg|R6|{n}，南华寺那边的网点座机{LAND}，有事打呢个{e}
C|p|zh|R6|{m}，我拱北嗰间铺头个电话{LAND}，你打嚟揾我啦{e}
C|p|sgp|R6|{m}，my Singapore number {SGPH}，WhatsApp me lah{e}
C|p|sgp|R6|{m}，my NRIC {NRIC}，the bank here ask for it，you need also？{e}
C|p|uk|R6|{m}，学校收学费的sort code {SORT}，account number {UKACC}，这个是学校的账户，不是个人的{e}
S|p|uk|R6|{n}，您女儿学校国际办公室电话{UKPH}，录取编号{OFFER}，材料齐了就能办购汇{e}
C|p|deaf|R6|{m}：排队号{QUEUE}。到我没？看不到屏幕。
S|p|deaf|R6|{n}：取号{QUEUE}。三号窗口。有手语老师。
S|p|bot|R6|机器人回复：“您的工单{TICKET}已受理，预计{DATE}前处理完毕。”{n}，进度我也会盯着{e}
S|p|bot|R6|{n}，客服机器人显示您的身份证号已脱敏为{MASKID}，这是正常的，系统不会显示全号{e}
S|g|rd|R6|【周复盘】本周新增客户{CNT}户，银发储蓄规模{AMTDX}，目标完成率{PCT}，下周继续{e}
S|g|rd|R6|【周复盘】车险理赔回访{CNT}单，最早一单报案号{CLAIM}，全部在时效内结案{e}
S|g|mentor|R6|新人问：客户留的{BADPFX:dash}打不通，是不是号码有问题？——第二位是零一二的都不是手机号，让客户重发{e}
S|g|mentor|R6|师傅，客户填的身份证{BADDATE:cn}，出生日期那段不对劲，我是不是该退回让他重填？{e}
S|p|plain|R6|{n}，银发储蓄产品代码{PCODE}，起存金额{AMT}元，期限三年{e}
S|p|plain|R6|{n}，债券基金代码{FUND}，今天净值{NAV}，近一年最大回撤{PCT}{e}
S|p|plain|R6|{n}，股票质押的标的{STOCK}，质押率{PCT}，平仓线是市值的{PCT}{e}
S|p|plain|R6|{n}，结构性票据挂钩{INDEX}，敲出价{PCT}，首个观察日{DATE}{e}
C|p|plain|R6|{m}，超市储值卡卡号{STORECARD}，余额还有{AMT}元，能转给我女儿吗？{e}
S|g|plain|R6|{n}，合唱团{DATE}晚上七点排练，地点社区活动中心{ROOM}，别迟到{e}
S|p|plain|R6|{n}，风筝节门票订单{ORDER}，入场日期{DATE}，上午九点开始{e}
S|g|plain|R6|{n}，乒乓球联赛第{ROUND}轮比分{SCORE}，下一轮{DATE}{e}
S|p|plain|R6|{n}，孙子的幼儿园报名编号{KINDER}，面谈日期{DATE}，记得带户口本{e}
S|p|plain|R6|{n}，留学购汇今年已用{USD}，汇率参考{FX}，剩余额度我再帮您查{e}
S|p|plain|R6|{n}，您之前登记的手机号是{MASKMOB}，要修改的话请带身份证到柜台{e}
C|p|plain|R6|{m}，我的卡号是{MASKCARD}，这是截图上显示的，全号我不在这里发了{e}
S|p|zh|R6|{n}，您车牌{PLATE}嘅理赔已经结案，赔款{AMT}元已经打到尾号{LAST4}张卡{e}
S|p|ha|R6|{n}，长护险保单号{POLICY}，等待期到{DATE}结束，之后可以申请护理评估{e}
C|p|hb|R6|{m}，我屋里座机{LAND}，手机号开头是{MOBPRE}，后面几位我当面跟你说{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "hb": ["tan.xiaohong", "wang.yichun", "liu.jingsheng"],
    "nn": ["huang.liping", "lu.zhiqiang", "nong.meiling"],
    "yn": ["duan.yunfei", "yang.xiumei", "zhao.qiuju"],
    "ln": ["guan.tiezhu", "sun.hongyan", "qu.dewei"],
    "yt": ["luan.haibo", "sui.xiaoyan", "jiang.peng"],
    "ha": ["xu.yuanyuan", "cheng.hao", "ji.wenjing"],
    "shg": ["deng.guoqiang", "chen.meifang", "lai.jianhui"],
    "zh": ["liang.weiqi", "huang.jiayi"],
    "sgp": ["lim.peiling", "ong.jiahui"],
    "uk": ["fang.ziyu", "xia.mengqi"],
    "deaf": ["mo.xiaojing", "cao.lin"],
    "bot": ["peng.yuhang", "jiang.yixuan"],
    "rd": ["gao.zhenhua", "meng.qingsong"],
    "mentor": ["shi.jianjun", "ye.xiaotong", "bailu"],
    "plain": ["chen.yufei", "li.haoran", "zhang.ting", "wu.kai"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0717", "0716", "0771", "0872", "0874", "0412", "024", "0535", "0517", "0751",
             "0756"]
PLATE_HEADS = ["鄂E", "鄂D", "桂A", "云L", "云D", "辽C", "辽D", "鲁F", "苏H", "粤F", "粤C"]
AMT_DX = ["人民币贰佰叁拾万元整", "人民币壹仟零伍拾万元整", "人民币捌佰陆拾万元整",
          "人民币肆佰万元整", "人民币玖佰贰拾伍万元整", "人民币壹仟叁佰万元整",
          "人民币陆佰捌拾万元整", "人民币伍佰伍拾万元整"]
INDEXES = ["中证500", "中证1000", "沪深300", "恒生指数", "标普500", "上证50"]
ROOMS = ["二楼多功能厅", "一楼大厅", "三楼排练室", "二零三室", "一零六室"]
SCORES = ["3:0", "3:1", "3:2", "2:3", "1:3", "0:3"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "ORDER":
        return rng.choice(["YH", "FZ", "DD"]) + "2026" + rdigits(rng, rng.randint(8, 10))
    if name == "CLAIM":
        return rng.choice(["BA", "RDAA", "LP"]) + "2026" + rdigits(rng, 10)
    if name == "POLICY":
        return rng.choice(["FH", "CH", "ZS", "HL"]) + rdigits(rng, 12)
    if name == "TICKET":
        return "KF" + rdigits(rng, 10)
    if name == "KINDER":
        return "YE2026" + rdigits(rng, 4)
    if name == "OFFER":
        return "OFR" + rdigits(rng, 7)
    if name == "QUEUE":
        return rng.choice("ABCV") + "%03d" % rng.randint(1, 199)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else 6)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:3] + " " + local[3:]
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "NRIC":
        return rng.choice("ST") + "****" + rdigits(rng, 3) + rng.choice("ABDFGHJ")
    if name == "SORT":
        return "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99))
    if name == "UKACC":
        return rdigits(rng, 8)
    if name == "UKPH":
        if rng.random() < 0.5:
            return "+44 20 7" + rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "+44 161 " + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice(chars)] + [rng.choice("0123456789")
                                                          for _ in range(3)]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "AMT":
        v = rng.randint(5, 900) * 100
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.4 else "")
    if name == "AMTDX":
        return rng.choice(AMT_DX)
    if name == "USD":
        return rng.choice(["USD ", "美元"]) + "{:,}".format(rng.randint(3, 49) * 1000)
    if name == "FX":
        return "7.%04d" % rng.randint(800, 2999)
    if name == "CNT":
        return str(rng.randint(3, 60))
    if name == "PCT":
        if rng.random() < 0.5:
            return "%d%%" % rng.randint(2, 130)
        return "%d.%d%%" % (rng.randint(1, 99), rng.randint(1, 9))
    if name == "PCODE":
        return "YFCX" + rdigits(rng, 4)
    if name == "FUND":
        return rng.choice(["00", "16", "21", "51"]) + rdigits(rng, 4)
    if name == "NAV":
        return "1.%04d" % rng.randint(0, 9999)
    if name == "STOCK":
        return rng.choice(["600", "601", "000", "002", "300"]) + rdigits(rng, 3)
    if name == "INDEX":
        return rng.choice(INDEXES)
    if name == "STORECARD":
        good = luhn_complete("8" + rdigits(rng, 14))
        return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    if name == "ROOM":
        return rng.choice(ROOMS)
    if name == "ROUND":
        return str(rng.randint(1, 9))
    if name == "SCORE":
        return rng.choice(SCORES)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:6] + "*" * 8 + s[-4:]
    if name == "DATE":
        y = rng.choice([2026, 2027])
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)
    if name == "MOBPRE":
        return gen_mobile(rng, NUMBERS)[:7]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
