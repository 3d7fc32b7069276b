#!/usr/bin/env python3
"""Blind held-out evaluation set 51 ("heldout51") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author read only ``scripts/evasion_blind_common.py`` (the shared machinery),
``scripts/evasion_heldout22.py`` (for the structure of a set script) and
``scripts/eval_categories.sh`` (how the sets are run).  The author never opened the scanner,
its rule files, its tests, its archive, its documents, its commit history, the training-corpus
generator or any other evaluation set, and searched nothing (no web or code search).  Every
template below was written fresh from general knowledge of how Chinese-speaking financial sales
staff (bank, broker, fund, insurance, trust, futures, precious metals, consumer loans, wealth
management) and their customers talk on WeCom (企业微信).  The set exists to measure how well
the scanner generalises to text its authors never saw: run it once, do not tune the scanner to
it, and do not add it to any training data.

Voices
------
Tianjin Mandarin (介、嘛、倍儿、您呐、甭) and Hebei Mandarin (俺、中不中、寻思); Hunan speech
(咯、么子、何解、冇得、港、霸蛮) and Jiangxi speech (嗯 for 你、箇、表 for 别、老倌); Guangxi speech
(老友、咩、做么); Shanghai-influenced Mandarin (侬、阿拉、伐、覅、老灵额、清爽); Taiwanese Mandarin
(喔、啦、欸、歹势、这支; converted to traditional characters first); elderly customers and
their adult children; voice-to-text transcripts with little or no punctuation; WeCom group
announcements and pinned notices (【群公告】【置顶】【辟谣】); livestream sales scripts and their
moderators (场控、助播、小黄车、福袋); compliance training quizzes and case studies;
customer-service complaint handling; branch managers talking to their staff; plain Mandarin.
Settings: structured deposits, bank wealth products, private placement funds, broker margin
trading (两融), annuities, critical illness and universal life insurance, trusts, futures,
gold (金条、积存金), consumer and business loans, credit-card instalments.

Hard cases
----------
In every keyword category, beside the category's own theme: violations asserted through
rhetorical questions and urgings (hit) versus genuine questions that assert nothing and
denials (near miss); prohibitions followed by a breach (hit) versus honest prohibitions (near
miss); warnings about others followed by the speaker's own offer (hit) versus pure warnings
(near miss); reports to compliance (near miss); refusals that hold (near miss) and refusals
that give in (hit); quotations of others rejected (near miss) or endorsed (hit); quoting one's
own earlier promise (hit); a keyword inside a book, course, app, account or document title
(near miss); quiz questions that show a wrong answer as wrong (near miss) and trainers who
breach right after the quiz (hit).  Labels follow the common module exactly: a message's
label set is the R1-R5 rules whose keywords it contains; hits are staff messages; customers
appear only as near misses.  Keywords are split by one of the separators ``· -_*.~`` in a
minority (more than 0 and under 15 %) of each keyword category's hits; 25 % of every category
is in traditional characters through the common module's one-to-one table.
Numbers: valid mobiles, resident IDs and bank cards in Arabic digits, Chinese numerals, 大写,
mixed, full-width and split by spaces, dashes, dots and commas (including one in a training
"bad example", which is still a hit), versus look-alikes: bad ID check characters, impossible
birth dates, bad province codes, 17-digit IDs, Luhn failures, masked numbers, 10-digit and
bad-prefix mobiles, partial mobiles, and other codes: loan contract, wealth-product
registration, private-fund filing, futures contract, gold-bar, trust plan, complaint ticket,
policy, express and flow numbers, bank clearing codes, unified social credit codes, margin
fund accounts, staff numbers, livestream room ids, Taiwanese phones and ID numbers,
landlines of Tianjin, Hebei, Hunan, Jiangxi, Guangxi and Shanghai, amounts, gold prices,
dates, plates, QQ numbers and one-time codes.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout51.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h51_``, times and seqs at T0 and SEQ0.
"""

import json
import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    CATEGORIES, BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 51_2026_1221
SET_NAME = "heldout51"
MSGID_PREFIX = "h51"
T0 = 1782300000000
SEQ0 = 2300000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("tw",)     # Taiwanese Mandarin messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
              "157", "158", "159", "166", "173", "176", "177", "180", "181", "183", "185",
              "186", "187", "188", "189", "190", "191", "193", "195", "196", "198", "199"]
AREAS = ["120101", "120103", "120104", "130102", "130104", "130203", "130602", "131002",
         "430102", "430103", "430104", "430302", "430602", "360102", "360103", "360402",
         "360702", "450102", "450103", "450202", "450302", "310101", "310104", "310105",
         "310115"]
CARD_BINS16 = ["622700", "621661", "622208", "622262", "623058", "621799", "620058", "622155"]
CARD_BINS19 = ["6228481", "6217003", "6222081", "6216613", "6230583", "6212263"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["王阿姨", "李叔", "张姐", "刘大爷", "陈老师", "赵哥", "孙姐", "周叔", "吴总", "郑阿姨",
          "冯老板", "杨姐", "何叔", "彭老师", "曾姐", "邓哥", "谢阿姨", "罗总", "黄大姐", "蒋叔"],
    "m": ["小王", "王经理", "小李", "李经理", "刘主任", "小彭", "曾经理", "小谢", "陈姐", "小邓",
          "黄经理", "小罗"],
    "e": ["", "", "😊", "👍", "🙏", "😄", "🌹", "💪", "👌", "🤝", "☕", "🍵"],
    "d": ["明天上午", "周四下午", "月底前", "下周二", "今晚七点半", "后天", "这礼拜", "周五",
          "下个月初", "明早十点"],
    "a": ["5万", "8万", "10万", "20万", "30万", "50万", "100万", "150万", "200万", "300万"],
    "r": ["3.2%", "3.6%", "4%", "4.5%", "5%", "5.8%", "6%", "6.5%", "7%", "8%"],
    "k": ["小彭", "小曾", "李经理", "黄主管", "小谢", "罗经理", "陈专员", "小蒋", "邓经理",
          "小何"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; tw prefers traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|tj|R1|{n}您呐，介款结构性存款保本，您说您还犹豫嘛呢？{d}额度就没了{e}
S|p|tj|R3|{n}，对公户今儿下午又维护，您那笔认购款直接转到我个人卡上，我晚上就给您落单，介不省事儿？{e}
S|p|hb|R1|{n}，俺跟你说这个年金险稳赚，你还寻思啥呢？中不中给句话{e}
S|p|hb|R4|{n}，秋收正忙，你哪顾得上看行情？账户密码给俺，俺帮你操作，你就安心收玉米不好吗？{e}
S|p|hu|R1|{n}，这个信托保本又保收益，你还霸蛮去买么子股票咯？{e}
S|p|hu|R2|{n}，我跟你港，内部消息我么子时候骗过你？{d}庄家就要拉升，你还不赶紧上车啰？{e}
S|p|jx|R3|{n}，公司那个返点又冇几多，私下交易我再给你让两个点，嗯还不搞？{e}
S|p|jx|R1|{n}，箇个积存金零风险咯，放银行活期才几个钱，嗯还等么子？{e}
S|p|gx|R5|{n}老友，这个企业微信我下了班就不看的，你加我私人微信，晚上也能找到我，不是更好咯？{e}
S|p|gx|R1|{n}，这个经营贷配的理财包赚的，利息都赚回来了，你做么还不签？{e}
S|p|sh|R1|{n}，阿拉这只私募稳赚不赔额，侬还要想伐？错过了就没了呀{e}
S|p|sh|R4|{n}，侬上班介忙，全权委托给我，我帮侬打理，不是老灵额？{e}
S|p|tw|R1|{n}，这张投资型保单保本的啦，你还在犹豫什么？真的超划算欸{e}
S|p|tw|R5|{n}，你妈妈每次都找不到我的对话框，不如加我个人号，她想问就直接问，这样不是比较方便吗？{e}
S|p|old|R1|{n}，您这养老钱放我们这款年金里，保本保收益，您还怕啥？闺女那边我去跟她说{e}
S|p|asr|R1|喂{n}啊那个我跟你说这个结构性存款它就是保本的嘛你还想什么呢赶紧定下来好吧{e}
S|p|asr|R2|{n}你听我说嗯内部消息都出来了这票主力{d}就拉升你还等啥呢对吧{e}
S|g|notice|R1|【群公告】本周新发的固收+理财保本，额度有限，各位还在等什么？{d}截止{e}
S|g|live|R1|家人们，零风险的年金都摆在这儿了，还不冲？小黄车三号链接，扣1上车{e}
S|g|live|R3|家人们下单后私信场控，返佣直接到账，这种好事你不要谁要？{e}
S|g|mgr|R1|各位，客户要保本你就跟他说保本，这有什么难的？月底任务还差一大截{e}
S|g|mgr|R3|谁的客户嫌对公账户慢？私下转账收进来先把规模做上去，这还用我教吗？{d}我要看数{e}
S|p|plain|R4|{n}，您都这岁数了还自己学手机银行？代客理财这事交给我，不比您自己瞎琢磨强？{e}
S|p|plain|R3|{n}，我这单给您走飞单，手续费直接省一半，这么好的事上哪儿找去？{e}
S|p|plain|R1|{n}，两融账户放大两倍，行情这么好，稳赚的事您还不干？{e}
S|p|plain|R2|{n}，这个期货合约庄家早就建好仓了，{d}拉升，您不跟还等着看别人赚？{e}
S|p|plain|R1|{n}，我上回跟您说的“这款金条零风险”，哪句落空了？这回还是零风险，您还不放心？{e}
S|p|cs|R3|{n}您好，您说的手续费问题，其实不走系统、直接转到我个人账户就免了，您看是不是更省心？{e}
S|g|quiz|R1|考完试了说句实在话：题库里说不能讲保本，可咱们这款结构性存款哪次没保本？跟客户照讲，怕什么？{e}
S|p|hu|R5|{n}，企业微信我好久才看一次，加我个人号咯，何解还要在这里等？{e}
S|p|tj|R2|{n}，这内幕消息倍儿准，您跟我这么多年我啥时候让您吃过亏？赶紧的吧{e}
S|p|sh|R3|{n}，侬介老的客户，返点我哪能会少侬的？放心买{e}
S|p|gx|R4|{n}，你把账户密码发我嘛，我帮你操作，又不要你一分钱，有什么好怕的咯？{e}
S|p|hb|R1|{n}，隔壁老张买了都说好，这万能险保证收益{r}，你说你还等个啥？{e}
S|p|old|R4|{n}，您眼神不好，手机银行哪看得清？账户密码告诉我，我帮您弄，还用麻烦您儿子吗？{e}
S|p|tw|R1|{n}，这个定存型商品稳赚的啦，你还要考虑喔？{d}就截止了欸{e}
S|p|plain|R1+R3|{n}，重疾险保本，我再给您返点，这种好事您还犹豫什么？{e}
S|p|jx|R2|{n}，嗯晓得不，箇只票有庄家在里头，{d}就要拉，你还不进去？{e}
S|p|plain|R4|{n}，信用卡分期那点事还用您自己跑？全权委托给我，我都给您办妥，您就等着签字不就行了？{e}
S|g|asr|R5|各位叔叔阿姨那个群里说话不方便的加我私人微信啊有啥问题私人微信里问我不是更快吗{e}
S|p|hu|R1|{n}，外头那些说零风险的都是策你的，我这个才是真零风险，你还要么子考虑咯？{e}
S|p|plain|R3|{n}，我本来不想收，可您非要给，那返佣我就收下了，这有什么见不得人的？{e}
S|p|sh|R1|{n}，侬问“会不会亏”？我讲过了呀，保本额，还要问几遍伐？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|tj|R1|{m}，介结构性存款保本吗？我妈就想找个踏实的{e}
S|p|tj|R1|{n}您呐，银行理财保本？介可不敢说，净值化以后理财都不保本了，您得有数{e}
S|p|hb|R1|{n}，稳赚不赔？俺干这行二十年了也没见过，谁跟你这么说你就离他远点{e}
C|p|hb|R2|{m}，你们有没有内部消息啊？村里都传那只票有庄家{e}
S|p|hu|R2|{n}，内幕消息？我要是有那本事，还天天骑电动车上下班咯？莫听外头瞎港{e}
S|p|hu|R3|{n}，你问能不能私下转账，冇得这个讲法，钱只能进公司对公账户，何解要冒这个险咯？{e}
C|p|jx|R1|{m}，箇个积存金是不是零风险咯？我屋里老倌要晓得{e}
S|p|jx|R1|{n}，包赚？哪个跟嗯港的？金价也会跌的咯，表信{e}
S|p|gx|R4|{n}老友，账户密码是给人看的咩？连我都不要看，你改个复杂点的{e}
C|p|gx|R5|{m}，你有私人微信没有咯？这个企业微信我老是找不着{e}
S|p|sh|R1|{n}，保收益？阿拉哪能好讲这种话，私募净值天天要动额，侬要想清爽{e}
S|p|sh|R3|{n}，飞单？侬晓得上趟隔壁营业部那个小姑娘的下场伐？我是不会去碰额{e}
C|p|tw|R1|{m}，请问这张保单有保本吗？我妈想要比较保守的{e}
S|p|tw|R2|{n}，内部消息那种东西喔，你觉得真的会轮到我们吗？不会啦，我们只看公开资讯{e}
S|p|old|R4|{n}，您问我能不能帮你操作？这个真不行，您儿子周末回来，我视频教你们一起弄{e}
C|p|old|R4|{m}，我是老人家的女儿，我妈说有人要替她保管账户密码，是你们行的吗？{e}
S|p|asr|R1|{n}那个您问的保本啊这款不保本的它是净值型的会有波动您要考虑清楚哈{e}
C|p|asr|R2|{m}那个我听人说有啥内部消息是不是真的啊你给我说说{e}
S|g|notice|R1|【置顶】有客户问：银行理财还有保本的吗？答：没有。理财产品均为净值型，不保本{e}
S|g|live|R1|家人们问零风险有没有？主播老实讲：没有！年金险也有退保损失，看清条款再下单{e}
S|g|live|R5|场控提醒：有家人问主播私人微信多少，主播没有对外的私人微信，有问题在直播间问{e}
S|g|quiz|R1|【合规小测】客户问“这个产品稳赚吗”，下列哪个回答正确？A.稳赚 B.不承诺收益，说明风险。答案：B{e}
S|g|mgr|R1|各位，有客户问保本的，你们怎么答？统一口径：理财不保本，存款才有存款保险，谁也不许乱讲{e}
S|p|cs|R3|{n}您好，您问的返点我们核实过了，公司没有任何返点政策，如果有人这么跟您说请告诉我们{e}
S|p|plain|R3|{n}，您问转到我个人账户行不行？当然不行，您看合同上写的收款账户是公司的{e}
S|p|plain|R4|{n}，全权委托？我们连这个资格都没有，您说我敢接吗？{e}
S|p|plain|R1|{n}，两融能稳赚？放大杠杆亏起来也是双倍的，强平线您得心里有数{e}
S|p|plain|R2|{n}，庄家拉升这种话您也信？期货市场那么大，谁能一手遮天？{e}
C|p|plain|R1|{m}，重疾险到期能保本吗？不出险的话钱是不是就白交了？{e}
C|p|plain|R3|{m}，我朋友说买信托有返佣，你们这有吗？{e}
S|p|plain|R1|{n}，您说的是那本《稳赚不赔的理财课》吧？那书我翻过，讲的都是定投纪律，书名是噱头{e}
S|p|tj|R5|{n}，私人号？介可没有，您有事就在企业微信找我，我一准儿回{e}
S|p|hu|R1|{n}，你问万能险是不是保证收益？保底利率是合同写的，但结算利率不保证，莫搞混了{e}
S|p|gx|R3|{n}，你问飞单是么子？就是员工私下卖公司外面的产品，违法的，我们不搞{e}
S|p|hb|R4|{n}，代客理财？俺爹当了一辈子会计都晓得这是犯错误的事，俺能干？{e}
C|p|tw|R5|{m}，你有私人微信吗？我阿嬷说她比较会用那个{e}
S|p|sh|R2|{n}，侬讲的内幕消息，是从啥地方听来的？先讲清爽，我帮侬看看是不是骗子{e}
S|p|jx|R4|{n}，嗯要我帮你操作？冇得这个规矩，你自己点，我在旁边看到{e}
S|g|old|R1|叔叔阿姨们，有人儿女在群里问这个年金保本吗，我统一答一下：前几年退保会有损失，不能说保本{e}
S|p|plain|R3|{n}，私下交易？您是说那个离职员工？他做的事公司不认，我们已经报给合规了{e}
S|p|asr|R4|{n}你说账户密码啊那个不能告诉我的谁问都别说包括我在内啊{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|notice|R1|【群公告】根据监管要求，本群内任何员工不得向客户承诺保本、保收益，如有发现请截图联系支行合规岗{e}
S|g|notice|R3|【置顶】严禁员工私下转账、收取返点，所有款项请认准公司对公账户{e}
S|g|mgr|R4|开会强调一下：谁也不准替客户保管账户密码，更不准代客理财，发现一个处理一个{e}
S|g|mgr|R5|各位注意，总行通报了，客户经理一律不准加客户私人微信，工作沟通只用企业微信{e}
S|g|mgr|R2|下周开门红，话术里不准出现内部消息、庄家这类字眼，谁写了我退回去{e}
S|p|tj|R1|{n}，咱行规定嘛，不让说零风险，介产品确实有风险，您得看明白了再买{e}
S|p|tj|R4|{n}您呐，规定不让我帮你操作，您来网点，我手把手教您自个儿点{e}
S|p|hb|R3|{n}，公司有规定，飞单一律开除，俺可不敢碰{e}
S|p|hb|R5|{n}，单位不让加私人号，有事你就在这儿留言，俺看见就回{e}
S|p|hu|R1|{n}，行里明文规定不准讲稳赚不赔，我也不会跟你这样讲，你莫为难我咯{e}
S|p|hu|R3|{n}，贷款这块规矩很严，不准收客户返点，你那个红包我退回去了{e}
S|p|jx|R4|{n}，公司规定全权委托是不允许的，嗯要自己拿主意，我给你参考意见{e}
S|p|jx|R2|{n}，我们这里讲明了不准传内部消息，群里那些截图表信{e}
S|p|gx|R1|{n}老友，规定讲不准讲包赚，黄金有涨有跌，我不能乱讲{e}
S|p|gx|R3|{n}，公司不准私下交易，经营贷的钱只能按合同用途走，不能转出来{e}
S|p|sh|R4|{n}，规定老早讲清爽了，代客理财不来事的，侬自家下单，我在边上看{e}
S|p|sh|R1|{n}，阿拉公司规定私募产品宣传不好讲保本，侬看到啥人讲了就是违规{e}
S|p|tw|R3|{n}，公司规定不能私下交易喔，保费一定要走公司帐户，歹势啦{e}
S|p|tw|R5|{n}，公司不让我们加私人微信啦，有问题在这边问，我都会回{e}
S|g|live|R1|【直播间守则】第二条：主播、助播介绍产品时不讲保本，也不讲零风险，违者下播{e}
S|g|live|R5|场控公告：平台禁止引导加私人微信，评论区留联系方式的一律删除{e}
S|g|quiz|R3|【合规小测】判断题：老客户可以私下返佣维护关系。答案：错误。任何形式的返佣都禁止{e}
S|g|quiz|R4|【合规小测】第6题：客户年纪大，能否代客理财？正确答案：不能，应协助客户本人操作{e}
S|p|cs|R3|{n}您好，公司明令禁止员工飞单，您反映的问题已转合规部核查，三个工作日内给您答复{e}
S|p|old|R4|{n}，规定不允许我们拿您的账户密码，您闺女说的对，谁要都别给{e}
C|p|old|R1|{m}，我儿子说你们不让讲保本，那这个年金到底亏不亏啊？{e}
S|p|asr|R1|{n}那个规定是不能跟您说保证收益的因为信托本来就没有保证收益这回事您理解一下哈{e}
S|p|plain|R1|{n}，自从理财净值化以后，银行理财宣传里保本两个字就被拿掉了，您看到写保本的一定要问清楚是不是存款{e}
S|p|plain|R4|{n}，两融账户按规定必须您本人操作，我不能帮你操作，强平提醒我会第一时间通知您{e}
S|p|plain|R2|{n}，期货公司规定员工不得传播内幕消息，也不得评论哪个合约会被拉升{e}
S|p|plain|R3|{n}，信用卡分期只收账单上写的手续费，员工严禁让客户私下转账，有人这么说请打客服电话{e}
S|p|plain|R1|{n}，重疾险条款写得清楚，我们不准说“不出险保本”，您看现金价值表{e}
C|p|plain|R3|{m}，你们网点门口贴的“严禁飞单”是啥意思？{e}
S|p|plain|R1|{n}，您说的那门《零风险理财入门》课程我们不能推荐，公司规定不得转发外部理财课{e}
S|p|hu|R5|{n}，莫加我个人号咯，规定不准的，我在企业微信上随时回你{e}
S|p|tj|R3|{n}，规定不让我收返佣，您那份心意我心领了，真不能要{e}
S|g|notice|R2|【群规】禁止发布所谓内幕消息；禁止讨论庄家操纵；禁止广告。违者移出{e}
S|p|gx|R4|{n}，我们不准帮你操作，你把手机拿稳，我一步一步讲给你听{e}
S|p|plain|R1+R3|{n}，公司红线两条：不许承诺保本，不许私下转账，我这么多年一条没碰过{e}
S|p|sh|R5|{n}，侬讲加我个人号？规定不来事额，就在此地讲好了{e}
S|p|plain|R2|{n}，有人说我给您发过内部消息？没有的事，公司规定不许，我也从来没发过，聊天记录都在{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|tj|R1|{n}，行里那个文件不让提保本，您是我老主顾，我就说一句：介款到期就是保本，错不了{e}
S|p|tj|R3|{n}，飞单这词儿在行里是忌讳，可您介单走外边的信托，收益高一截，我给您办飞单，别声张{e}
S|p|hb|R4|{n}，规定不让帮你操作，俺知道，可你不会弄啊，账户密码发俺，俺帮你弄好{e}
S|p|hb|R1|{n}，单位不让讲稳赚，俺就偷摸跟你说：这个年金稳赚，中不中？{e}
S|p|hu|R3|{n}，行里不准收返点，那是明面上的，你贷款放下来返点一个点给我就要得{e}
S|p|hu|R2|{n}，规定不准讲内部消息，我跟你悄悄港一句：{d}有人要拉升，莫跟别人讲{e}
S|p|jx|R5|{n}，公司是不让加私人微信，嗯加一个，冇人晓得，有么子事私人微信上讲{e}
S|p|jx|R1|{n}，规定冇让讲零风险，但箇个积存金就是零风险，我拿脑壳担保{e}
S|p|gx|R3|{n}老友，公司不准私下交易，不过你是老客，金条我私下交易卖你，价格便宜一截{e}
S|p|gx|R4|{n}，规定是不能代客理财，你信得过我就把账户交给我，代客理财我做得多了{e}
S|p|sh|R1|{n}，规定是讲不好讲保收益，阿拉私下讲讲，这只私募保收益{r}，侬放心{e}
S|p|sh|R3|{n}，公司讲不好私下转账，不过侬急额，钞票先转到我个人卡上，我帮侬垫进去{e}
S|p|tw|R1|{n}，公司规定不能讲保本啦，可是我偷偷跟你讲，这张保单就是保本，不会亏{e}
S|p|tw|R3|{n}，规定是不能返佣啦，但你是老客户，返佣我私底下给你，不要讲出去喔{e}
S|g|mgr|R1|合规那边要求不准说保本，我知道。但月底冲量，客户问你们就说这款保本，出了事我兜着{e}
S|g|mgr|R3|总行说严禁返点，可别的行都在给，咱们也别死板，大客户返点照给，走我审批{e}
S|g|live|R1|宝子们，平台不让主播说零风险，主播不说，主播就比个手势——懂的都懂，就是零风险{e}
S|g|live|R5|平台不让留私人微信，场控你把主播私人微信打在公屏上，快{e}
S|g|notice|R4|【群公告】按规定员工不得代客理财。但考虑到群里叔叔阿姨多，需要帮你操作的私聊我{e}
S|g|quiz|R1|刚做完合规小测，答案是“不能承诺保本”。不过跟大家说句实话，这款结构性存款就是保本，放心买{e}
S|p|cs|R3|{n}您好，按规定客服不能给返佣，但考虑到您的投诉，我私下给您返佣{a}的百分之一，您撤诉吧{e}
S|p|old|R4|{n}，规定是不让我们拿账户密码，可您儿子在外地，您就告诉我吧，我帮您操作{e}
S|p|asr|R1|{n}哎规定是不让说稳赚不赔的但是我跟你讲这个万能险就是稳赚不赔你就放心买吧{e}
S|p|asr|R3|那个{n}啊公司说不能私下交易但是没事的你这单咱们私下交易就行了没人知道{e}
S|p|plain|R4|{n}，两融规定只能本人操作，您出差不方便，账户密码留给我，平仓补仓我帮你操作{e}
S|p|plain|R2|{n}，按规定我不能透露内幕消息，但您是老客户：{d}这个合约有庄家要动，提前进{e}
S|p|plain|R1|{n}，监管不让说保证收益，那我换个说法：这个信托到期一定给您{r}，少一分我补{e}
S|p|plain|R3|{n}，原则上不让私下转账，您是老客户，特殊情况，钱转到我个人账户，我下午帮您办{e}
S|p|plain|R5|{n}，公司是不让加私人号，可这边消息全被记录，您加我私人号，有些话好说{e}
S|p|plain|R1|{n}，合规说重疾险不能讲保本，但这款有返还，我说它保本也没错，您放心买{e}
S|p|plain|R3|{n}，信用卡分期规定不能收额外费用，但我可以帮您把分期费率降下来，您私下转账两百给我就行{e}
S|p|plain|R4|{n}，经营贷的钱规定得您自己管，可您天天跑工地，全权委托给我吧，资金周转我帮您安排{e}
S|p|plain|R1|{n}，我以前跟您说过“规定不让说包赚”，这话还算数，但这个金条就是包赚，金价只涨不跌{e}
S|p|hu|R4|{n}，规定是不准全权委托的，么子规定咯，你信我，全权委托给我，年底保你赚钱{e}
S|p|tj|R5|{n}，行里不让加私人微信，介不算嘛，您加我私人微信，晚上也能找着我{e}
S|p|gx|R1|{n}，规定讲不能说稳赚，那我就不说，我讲这个经营贷配的理财“肯定稳赚”，哈哈，你懂的{e}
S|p|sh|R2|{n}，规定是不好讲内幕消息，不过侬是老朋友，这只期货庄家{d}要拉，侬先进去{e}
S|p|jx|R3|{n}，公司不准飞单，但是我手上有个信托是外面的，收益高得多，我给你飞单，冇问题{e}
S|p|tw|R4|{n}，规定是不能帮你操作啦，可是你阿嬷真的不会用，账户密码给我，我帮你操作就好{e}
S|p|plain|R1+R3|{n}，公司不让承诺保本，也不让返点，可这单我都给您做到：保本，外加返点两个点{e}
S|p|hu|R1|{n}，上个月我就跟你讲了“规定归规定，这个年金稳赚”，今天还是这句话{e}
S|p|gx|R3|{n}，外头那些中介的返点你莫要，不正规；规定是不准，但我给的返点走得干净{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|notice|R2|【风险提示】近期有不法分子冒充我行员工，以内幕消息为诱饵拉人进群炒股，请各位提高警惕{e}
S|g|notice|R5|【置顶】有人冒充本群管理员添加大家私人微信推销理财，本行员工从不这样做，请勿添加{e}
S|g|notice|R1|【反诈提醒】凡是宣称“稳赚不赔”“零风险高收益”的投资，一律是诈骗，请转告家中老人{e}
S|p|tj|R3|{n}，您记住喽，电话里、短信里让您私下转账的，一概不理，真是我们行的也不会这么要求{e}
S|p|tj|R1|{n}，您说那个理财群天天喊包赚，我跟您说，介是杀猪盘，千万别往里扔钱{e}
S|p|hb|R4|{n}，村里有人说帮你操作股票，赚了分一半，那是骗子，你可别上当{e}
S|p|hb|R2|{n}，俺们支行已经把群里那个说庄家要拉升的人报给合规了，你别信他{e}
S|p|hu|R1|{n}，外头那个讲黄金包赚的讲座，是卖保健品的套路，莫去咯{e}
S|p|hu|R3|{n}，上次那个说能拿返佣的中介不是我们行的，我已经报给合规部了{e}
S|p|jx|R4|{n}，最近有人冒充银行打电话要账户密码，嗯一个字都表讲，挂了就是{e}
S|p|jx|R5|{n}，有人用我的名字和头像加人私人微信，那个不是我，我已经跟支行报备了{e}
S|p|gx|R1|{n}老友，短视频里讲经营贷套出来买理财稳赚的，全是坑，莫信{e}
S|p|gx|R3|{n}，那个叫你私下交易金条的贩子，东西是假的，已经有人报警了{e}
S|p|sh|R4|{n}，侬当心点，外头讲代客理财包侬翻倍的，都是骗子，阿拉从来不做额{e}
S|p|sh|R2|{n}，弄堂里传的那个内部消息，我已经报给公司合规了，侬覅去跟{e}
S|p|tw|R1|{n}，最近有人在LINE群组说保证收益，那是诈骗喔，千万不要汇款{e}
S|p|tw|R5|{n}，有人假冒我加你阿嬷私人微信，那不是我，我已经跟公司报案了{e}
S|p|old|R1|{n}，您跟我说的那个送鸡蛋、讲养老项目保本的公司，是非法集资，千万别去{e}
C|p|old|R4|{m}，我是李阿姨的女儿，有人打电话让我妈说账户密码，说是你们行的，是真的吗？{e}
C|p|cs|R3|{m}，我要投诉，你们那个客户经理跟我说“转到我个人账户更快”，这合规吗？{e}
S|p|cs|R3|{n}您好，您投诉的员工私下收返点一事已经立案，我们会在{d}给您书面答复{e}
S|p|cs|R1|{n}您好，关于您反映的销售人员承诺保本一事，录音已调取，已提交合规部门处理{e}
S|g|mgr|R3|通报一下：隔壁支行有人飞单被开除了，大家引以为戒，谁也别碰{e}
S|g|mgr|R1|各位，合规部转来一个投诉，客户说我们有人讲零风险，我已经报上去了，明天开会说{e}
S|g|live|R5|场控提醒：有人冒充主播私信加私人微信，主播从来不会私信大家，看到请举报{e}
S|g|live|R1|家人们注意，评论区有人刷“稳赚群”的广告，都是骗子，场控已经拉黑了{e}
S|g|quiz|R2+R5|【案例分析】某员工对客户说“加我个人号，给你内部消息”。请指出其中违规之处并写出正确做法{e}
S|g|quiz|R4|【合规小测】第8题：以下哪种行为属于违规？A.协助客户本人办理 B.代客理财。答案：B{e}
S|p|asr|R3|{n}你注意啊最近有人冒充我们说可以私下转账给他手续费便宜那都是假的你千万别转{e}
S|p|asr|R2|{n}我跟你讲那个群里发内幕消息的我已经举报了你千万别信啊{e}
S|p|plain|R4|{n}，那个荐股老师让您全权委托给他账户，这是典型骗局，您把聊天记录发我，我帮您报警{e}
S|p|plain|R1|{n}，那个私募路演上说的保收益，我们查了，那家机构没有备案，您别投{e}
S|p|plain|R2|{n}，期货群里那个喊庄家要拉升的，是带单收费的骗局，已经有很多人被骗了{e}
S|p|plain|R3|{n}，您说的那位前同事让您私下交易信托份额，公司已经报案了，请配合提供转账记录{e}
C|p|plain|R1|{m}，我邻居被人骗了，对方说是你们银行的，说有个理财稳赚，结果钱没了{e}
S|p|plain|R1|{n}，那个叫“保本金管家”的APP不是我们的，是诈骗软件，已经报给网警了，赶紧卸载{e}
S|p|plain|R1+R4|{n}，防骗口诀给您抄一份：陌生来电不细听，账户密码不出门，零风险的全是坑{e}
S|p|hu|R5|{n}，你收到的那个加我个人号的短信不是我发的，是冒充的，我已经报给行里了{e}
S|p|gx|R4|{n}，你讲的那个帮你操作两融的老师，收费还要账户，肯定是骗子，莫给{e}
S|p|tj|R2|{n}，您转我那截图里说的内部消息，我看了，是假冒我们研究所的名义，已经上报了{e}
S|p|sh|R3|{n}，侬听来的“我私下收返佣”这种讲法不是真的，我已经主动跟合规报备，请伊拉查{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|notice|R1|【风险提示】外面那些说保本的都不靠谱，本群专属的结构性存款才是真保本，名额有限{e}
S|g|notice|R2|【置顶】群里转发的小道消息大多是假的，真正的内部消息只由群主在每周一的语音会上讲，请准时参加{e}
S|p|tj|R3|{n}，您可留神，电话里让您私下转账的全是骗子。您要转账就转到我个人卡上，我亲手给您办{e}
S|p|tj|R1|{n}，您甭信网上那些包赚的，那都是瞎掰。我这款才是真包赚，倍儿稳{e}
S|p|hb|R4|{n}，别人要你账户密码你可别给，那是骗子。给俺就行，俺帮你操作，放心{e}
S|p|hb|R5|{n}，最近好多冒充俺的私人号，你别加。俺真的私人号是这个，加这个就中{e}
S|p|hu|R2|{n}，外头那些卖内部消息的都是骗人的，我这里的内部消息是研究所直接来的，靠得住{e}
S|p|hu|R1|{n}，莫信别人讲的零风险，那是策你的。我这个信托才是真的零风险{e}
S|p|jx|R3|{n}，外面的中介要返佣都是黑的，嗯在我箇里买，返佣我照样给你{e}
S|p|jx|R4|{n}，表信那些代客理财的骗子，账户交给我，我帮你操作，稳当{e}
S|p|gx|R1|{n}老友，网上那些稳赚的课程都是割韭菜，要稳赚跟我买这个经营贷配套理财{e}
S|p|gx|R3|{n}，外面金店私下交易的金条容易买到假的，你要私下交易找我，我给你便宜{e}
S|p|sh|R5|{n}，外头冒充阿拉员工加私人微信的交关多，侬当心。要加就加我私人微信，我发侬{e}
S|p|sh|R1|{n}，外头讲保收益的私募侬覅碰，阿拉这只保收益{r}，是真的{e}
S|p|tw|R1|{n}，外面那些说稳赚的都是骗人的啦，我这张保单才是真的稳赚，不会让你失望{e}
S|p|tw|R3|{n}，小心外面的业务员私下交易，很危险喔。你要私下交易的话找我，比较安全{e}
S|g|live|R1|家人们小心别家直播间说零风险的，都是假的！只有咱家这款年金才是真零风险，三二一上链接{e}
S|g|live|R3|别家主播说返佣都是骗你们的！咱们直播间下单，场控私信给你返佣，说到做到{e}
S|g|mgr|R3|合规刚通报了飞单的案子，大家注意点。不过大客户那边该飞单还得飞单，做干净点{e}
S|g|mgr|R1|别家行被罚是因为宣传材料写了保本，咱们材料上别写，嘴上跟客户说保本就行{e}
S|p|cs|R3|{n}您好，您投诉的那位员工已被处理。为表歉意，这次的手续费您私下转账给我，我帮您减免{e}
S|p|old|R4|{n}，外面骗子多，谁要账户密码都别给，就给我一个人，我帮您操作，您儿子也放心{e}
S|p|old|R1|{n}，您闺女担心您被骗是对的，外面那些保健品讲座都是骗局。我们这款年金保本，您放心买{e}
S|p|asr|R2|{n}那个你别信群里那些内幕消息都是假的我这有真正的内幕消息{d}给你说{e}
S|p|asr|R5|喂{n}啊你小心那些冒充我的私人号啊要加就加我私人号我等下发给你{e}
S|g|quiz|R1|【案例分析】错误示范：承诺零风险。讲完了，不过跟各位客户说实话，咱们这款结构性存款就是零风险{e}
S|p|plain|R4|{n}，骗子要您账户密码那事我已经报给派出所了。以后您别自己折腾了，期货账户全权委托给我{e}
S|p|plain|R2|{n}，群里那条庄家要拉升的消息我已经转给合规了，那是别人瞎编的；我这边的内部消息不一样，{d}您留点仓位{e}
S|p|plain|R1|{n}，两融别听那些配资公司的，他们说稳赚都是假的。跟我做两融，稳赚{e}
S|p|plain|R3|{n}，小心贷款中介收返点，他们不正规。您的经营贷找我，返点只要一个点{e}
S|p|plain|R1|{n}，别家那些重疾险号称返还保本，条款里全是坑；我们这款您看第十二条，到期返还，稳稳保本{e}
S|p|plain|R3|{n}，信用卡分期别找外面的代办，他们会让您私下转账。找我，私下转账给我更快{e}
S|p|plain|R4|{n}，别把期货账户交给那些带单老师，他们不靠谱。全权委托给我，我有经验{e}
S|g|notice|R5|【群公告】近期冒充群主的诈骗较多，请大家只认准群主的私人微信（见群主页），其他一律不要加{e}
S|p|hu|R4|{n}，我跟你港，网上帮你操作的都是骗子。你信得过我，账户密码发我，我帮你操作{e}
S|p|gx|R2|{n}，抖音上那些讲庄家的都是骗流量的，我给你讲真的内部消息，{d}这只要拉{e}
S|p|tj|R5|{n}，那个冒充我的号您已经拉黑了吧？介是我的私人微信，以后就加介个{e}
S|p|sh|R4|{n}，侬覅相信那些讲代客理财的，伊拉没资质。我有资质，代客理财交给我{e}
S|p|plain|R1+R2|{n}，期货群里那些喊单的别信，我这儿有内部消息，这单稳赚{e}
S|p|jx|R1|{n}，那个讲零风险的讲座我已经帮你举报了。嗯要买就买我箇里的，保本，冇得风险{e}
S|p|plain|R5|{n}，您不是说“冒充的太多，干脆加你私人微信”吗？我想了想，行，私人微信发您了，别被骗子的号搞混{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|tj|R4|{n}您呐，介可办不了，账户密码您自个儿收好，我不能帮你操作{e}
S|p|tj|R3|{n}，返点真没有，给了我就得挨处分，您别难为我了{e}
S|p|hb|R5|{n}，私人微信俺就不加了，有事企业微信找俺，白天晚上都看{e}
S|p|hb|R1|{n}，你要保本的，俺这真没有，要不看看大额存单？{e}
S|p|hu|R3|{n}，转到我个人卡上？这个我不做，你还是走对公账户，回单发我就要得{e}
S|p|hu|R2|{n}，内部消息我冇得，有也不能讲，这是规矩，你莫问了咯{e}
S|p|jx|R4|{n}，全权委托我不接，嗯自己拿主意，我可以帮你分析{e}
S|p|jx|R1|{n}，嗯要我写个保证收益的条子？写不了，写了我饭碗就冇得了{e}
S|p|gx|R3|{n}老友，飞单我不搞的，你要买就在公司系统里买{e}
S|p|gx|R5|{n}，私人号不给的，不好意思咯，有事这里讲，我都回{e}
S|p|sh|R4|{n}，代客理财我做不来额，侬自家来，我在边上帮侬看{e}
S|p|sh|R3|{n}，私下交易我不做额，侬讲多少次也没用，规矩就是规矩{e}
S|p|tw|R1|{n}，歹势，保本这两个字我不能跟你讲，因为真的不保本{e}
S|p|tw|R4|{n}，你外婆昨天要把账户密码念给我听，我马上请她停下来，我不能帮你操作，下次我去你家教她{e}
S|g|live|R1|家人们问能不能保证收益，主播明确回答：保证不了，也不会保证，理性下单{e}
S|g|live|R5|家人们别再问主播要私人微信了，主播不给，有问题在直播间问{e}
S|g|mgr|R3|有客户找我要返佣，我回绝了。大家也一样，谁来要都回绝，别开这个口子{e}
S|g|mgr|R4|老王刚问我客户卧床能不能代客理财，我的答复是不能，我们上门办理，按流程来{e}
S|p|cs|R3|{n}您好，您提出的返点补偿要求我们无法满足，公司不存在任何返点政策，您可以选择其他补偿方案{e}
S|p|cs|R1|{n}您好，您要求我们书面承诺保本，这个确实做不到，产品说明书里写明了不保本{e}
S|p|old|R4|{n}，您要把账户密码告诉我，我不能听，您赶紧改个密码，只您自己知道{e}
C|p|old|R4|{m}，我爸说要把账户密码给你，我不同意，以后有事我陪他去网点办{e}
S|p|asr|R3|{n}啊那个返佣我是真不能要你的心意我领了钱你自己留着{e}
S|p|asr|R5|{n}那个私人微信我就不加了啊有事就在这上面说我都能看到{e}
S|g|quiz|R4|【情景演练】客户：“你帮我弄吧。”正确回应：“抱歉，我不能帮你操作，我可以一步一步教您。”{e}
S|p|plain|R3|{n}，钱别打我这儿，私下转账我一分不收，认购款走对公账户，我把账号发您{e}
S|p|plain|R2|{n}，您要的内幕消息我没有，期货就看基本面和技术面，这个忙真帮不上{e}
S|p|plain|R4|{n}，两融账户我不能替您管，全权委托这事不行，您自己盯着，强平线我提醒您{e}
S|p|plain|R1|{n}，零风险的我这儿真没有，您要求本金别动的话，我陪您去柜台看看大额存单{e}
S|p|plain|R3|{n}，经营贷放款后那两个点的返点我不要，您留着发工资{e}
S|p|plain|R1|{n}，您要稳赚不赔的，我真给不了，我能给的是把风险讲清楚{e}
C|p|plain|R3|{m}，返点啥的我不稀罕，你把合同条款一条条给我讲明白就行{e}
S|p|plain|R5|{n}，上条消息说能加私人微信是我手快打错了，按规定不能加，还是在这里聊{e}
S|p|plain|R1|{n}，律师让您找我要一份《保本确认函》，这个我们出不了，信托合同里写的是风险自担{e}
S|p|hu|R4|{n}，你屋里崽要我帮你操作，我跟他讲了，这个冇得办法，要你本人来{e}
S|p|gx|R1|{n}，你讲要包赚才买，那我只能讲不卖了，包赚的东西我没有{e}
S|p|tj|R5|{n}，您一再说加我个人号，我理解您图方便，可真不行，就在这儿聊吧{e}
S|p|sh|R2|{n}，侬要听庄家的事体，我一概不晓得，也不会去打听{e}
S|p|jx|R3|{n}，嗯硬要给我返佣，我是真不收，你再发红包我就退回去{e}
S|p|tw|R3|{n}，你说要私下转账给我，不行喔，一定要汇到公司帐户，这个没办法通融{e}
S|p|plain|R2|{n}，您让我推荐书，那本《庄家操盘揭秘》我就不推荐了，讲的都是旧事，您看看基金公司的投教课吧{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|tj|R4|{n}您呐，介事搁别人我真不管，您是看着我长大的，账户密码发我，我帮你操作{e}
S|p|tj|R3|{n}，返点这茬儿行里没有，可您要是把定期到期那{a}也挪过来，我自个儿掏腰包给您返点{e}
S|p|hb|R5|{n}，私人微信俺本来不加的，你是老乡，加俺私人微信吧，有事直接说{e}
S|p|hb|R1|{n}，本来不敢跟你说，你非要问，俺就说了：这个年金保本{e}
S|p|hu|R3|{n}，转到我个人卡上本来不得行，你急的话，就转到我个人卡，我下午帮你存进去{e}
S|p|hu|R2|{n}，内部消息我一般不讲的，你是老乡，给你讲一句：{d}有人要拉升{e}
S|p|jx|R4|{n}，全权委托我一般不接，嗯屋里情况特殊，那就全权委托给我，我帮你打理{e}
S|p|jx|R1|{n}，条子我本来不写，嗯咯么急，那我写：保证收益{r}，签我名字{e}
S|p|gx|R3|{n}老友，飞单我本来不搞，看你面子，这单我给你飞单，便宜两个点{e}
S|p|gx|R5|{n}，私人号本来不给的，你问了三次了，给你吧，加我个人号{e}
S|p|sh|R4|{n}，代客理财我本来不做，侬介客气，那就代客理财，账户交给我{e}
S|p|sh|R3|{n}，私下交易老早讲过不做额，不过侬讲得介诚恳，这趟私下交易就做一趟{e}
S|p|tw|R1|{n}，我一直不想讲，可是你妈妈一直问，好啦，这张储蓄险保本，期满一定拿回来{e}
S|p|tw|R4|{n}，本来不能帮你操作喔，阿嬷真的不会，好啦，账户密码传给我，我帮你操作{e}
S|g|live|R1|家人们一直刷屏问，助播说不许讲，行，我不管了：这款万能险就是保本，小黄车二号链接{e}
S|g|live|R5|好好好，那么多家人要，主播私人微信就打在公屏上了，加我私人微信的备注直播间{e}
S|g|mgr|R3|大客户非要返佣，我本来是拒绝的，后来想想算了，返佣照给，走我这儿审批{e}
S|g|mgr|R4|老王说客户卧床不能来，按规定不能代客理财，算了，特事特办，你拿他账户密码先帮他弄{e}
S|p|cs|R3|{n}您好，返点补偿原则上无法满足，不过鉴于您是老客户，我私下给您返点{a}的千分之五{e}
S|p|old|R4|{n}，本来不该拿您账户密码的，您儿子在外地，那您就告诉我，我帮您操作{e}
S|p|old|R1|{n}，您闺女不让我说保本，可您一个劲儿问，我就跟您说：这个保本，您放心{e}
S|p|asr|R3|{n}啊那个返佣我本来是不要的但你这么坚持那就收下吧下次我再多照顾你{e}
S|p|asr|R5|{n}那个私人微信我本来不加的算了加吧我私人微信就是这个手机号{e}
S|g|quiz|R4|刚讲完“不得代客理财”，下面有客户问能不能帮你操作，行吧，就这次，会后留下，我帮你操作{e}
S|p|plain|R3|{n}，上午跟您说公司没有返点，我回去想了想，您这单量大，返点两个点，我来安排{e}
S|p|plain|R3|{n}，飞单风险大我一般不碰，不过您要是把{a}都放我这，我给您走一单飞单，利息高出一截{e}
S|p|plain|R2|{n}，内部消息这种事我嘴严，可您跟了我五年，破例说一句：{d}那个螺纹钢合约有人拉升{e}
S|p|plain|R4|{n}，您出国这两个月，两融账户本来该您自己管，行吧，账户密码留给我，补仓我帮你操作{e}
S|p|plain|R1|{n}，保证这两个字我平时不敢说，您逼到这份上了，那我就保证收益{r}，白纸黑字给您写{e}
S|p|plain|R3|{n}，推了两回您还往我卡里打，那这笔返佣我就收了，下回认购再给您优先额度{e}
S|p|plain|R3|{n}，对公账户今天系统升级，我本来说等明天，算了，私下转账给我，我今晚就帮您认购{e}
S|p|plain|R1|{n}，金价的事我向来不打包票，您一直追问，那我就直说：这批金条稳赚{e}
S|p|plain|R5|{n}，我跟客户一般不加私人号，您帮过我好多次，破个例，私人号推给您，别外传{e}
S|p|plain|R3|{n}，说了三遍不行您还是急，唉，那钱就转到我个人账户，我明早帮您交上{e}
S|p|hu|R1|{n}，我不爱讲包赚，你硬要我讲，那我讲：这个信托包赚，你放心{e}
S|p|gx|R4|{n}，本来不帮你操作的，你手机都不会用，那算了，我帮你操作，密码讲给我听{e}
S|p|tj|R2|{n}，庄家的事本来不该跟您说，您是我师傅的朋友，{d}庄家要拉升了，准备着{e}
S|p|sh|R1|{n}，我不欢喜讲零风险，不过侬是老客户，我讲实话：这只就是零风险{e}
S|p|jx|R5|{n}，加私人微信本来是不行的，嗯讲了好几回了，算了，私人微信加一下{e}
S|p|plain|R3+R4|{n}，按理说代客理财和返佣都不行，但您是老客户，账户我帮您打理，返佣也给您留着{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|tj|R1|{n}，您邻居说的“介理财保本”，是他自个儿瞎琢磨的，我们合同上可没这话{e}
S|p|tj|R2|{n}，您转来那句“庄家下礼拜拉升”，介是荐股群骗人的话，甭信{e}
S|p|hb|R3|{n}，你表哥说的“找经理能拿返点”，俺们这没这回事，他可能记错了{e}
S|p|hb|R4|{n}，那个人说“账户交给我帮你操作”，这话你可千万别听{e}
S|p|hu|R1|{n}，你屋里讲的“买黄金稳赚”，金价跌的时候也是一跌几十块，莫全信{e}
S|p|hu|R5|{n}，那条短信讲“加我私人微信领补贴”，不是我们发的，莫理它{e}
S|p|jx|R1|{n}，嗯讲的那个“零风险理财”，我查了，是网贷平台，早跑路了{e}
S|p|jx|R3|{n}，他讲“私下交易冇人晓得”，我跟嗯讲，出了事是嗯自己吃亏{e}
S|p|gx|R2|{n}老友，那个群主讲“我有内部消息”，这种人十个有十一个是骗子{e}
S|p|gx|R4|{n}，你朋友讲“代客理财很正常”，那是违规的，我们不做{e}
S|p|sh|R1|{n}，侬朋友讲“私募保收益”，伊是瞎讲，私募合同里写得清清爽爽，不保收益{e}
S|p|sh|R3|{n}，那个中介讲“转到我个人账户手续费便宜”，侬千万覅转{e}
S|p|tw|R1|{n}，你朋友说“这种储蓄险一定保本”，其实前几年解约会亏喔，要看清楚{e}
S|p|tw|R5|{n}，那个人说“加我私人微信有优惠”，不是我们公司的人喔，小心{e}
S|p|old|R1|{n}，您说的那个讲座里讲的“养老项目保本保息”，是非法集资，您儿子说得对{e}
C|p|old|R1|{m}，我妈说你们讲过“这个保本”，是真的吗？我要跟你确认一下{e}
S|p|asr|R2|{n}你转发的那个说有内部消息的视频我看了是假的别信啊{e}
S|p|asr|R3|{n}那个人跟你说返佣给你那是骗你的我们公司没有这个{e}
S|g|notice|R1|【辟谣】网传“本行理财保本保收益”截图系伪造，本行理财产品均不保本，请以官方渠道信息为准{e}
S|g|notice|R2|【群公告】有群友转发“某合约庄家即将拉升”的消息，经核实为谣言，请勿据此交易{e}
S|g|live|R1|家人们，评论区有人说“主播讲了零风险”，主播从头到尾没讲过，回放可查{e}
S|g|live|R3|场控说明：有人截图说“下单找场控返佣”，那是假冒的账号，我们没有返佣{e}
S|g|quiz|R1|【错误话术】“这款结构性存款稳赚不赔”——错在哪里：结构性存款收益浮动，不能说稳赚不赔{e}
S|g|quiz|R4|【合规小测】以下话术是否合规：“您把账户密码给我，我帮您处理。”答案：不合规{e}
S|g|mgr|R3|有客户反映说我们有人讲“飞单收益更高”，我查了，不是我们的人，大家统一口径回应{e}
S|p|cs|R1|{n}您好，您反映的“销售说保本”一事，我们调取了录音，对方确实说了，已提交合规处理，结果会告知您{e}
S|p|cs|R5|{n}您好，您说的“客服让加私人微信”不是我们的操作，我们客服只在企业微信和官方电话服务{e}
S|p|plain|R4|{n}，荐股老师说的“全权委托给我翻倍”，期货公司都不允许，更别说个人了{e}
S|p|plain|R1|{n}，您截图里那句“重疾险稳赚”是别家代理人的朋友圈，我们不这么说{e}
S|p|plain|R2|{n}，别信“两融跟庄家走”这种说法，融资买入亏起来很快的{e}
S|p|plain|R3|{n}，您提到的“贷款下来要给返点”，我们行没有这个规矩，谁要您都别给{e}
C|p|plain|R3|{m}，有人跟我说“信用卡分期找他私下交易能免息”，这靠谱吗？{e}
S|p|plain|R1|{n}，您说的那本《零风险投资法》我看过，书里讲的是资产配置，书名叫得玄乎{e}
S|p|plain|R2|{n}，下周三的合规课叫《远离内幕消息》，您是企业主，也可以来旁听{e}
S|p|plain|R5|{n}，那个叫“私人微信理财圈”的公众号不是我们的，别关注{e}
S|p|plain|R1|{n}，网上说“积存金稳赚”，那是只看了金价涨的时候，跌起来也不含糊{e}
S|p|hu|R4|{n}，我刚入行时老员工教我说“客户不会弄就帮你操作”，那一套早就不允许了，你自己来{e}
S|p|tj|R3|{n}，您说那位张经理讲过“私下转账更方便”，我们查了，他已经离职了，那话不算数{e}
S|p|sh|R2|{n}，侬讲伊讲过“内幕消息靠得住”，我不认同额，靠得住的只有公告{e}
S|p|gx|R1|{n}，你讲那个主播讲“经营贷拿来买理财包赚”，这是违规的，贷款不能进理财{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|tj|R1|{n}，我上礼拜跟您说“介结构性存款保本”，今儿还是这句话，保本，您放心{e}
S|p|tj|R2|{n}，您邻居说“这合约有庄家”，介话没错，我也听说了，{d}准拉{e}
S|p|hb|R3|{n}，你表哥说“找你能拿返点”，对，返点俺给你留着，两个点{e}
S|p|hb|R4|{n}，你闺女说“让小李帮你操作”，俺觉得中，账户交给俺，俺帮你操作{e}
S|p|hu|R1|{n}，你屋里讲“买黄金包赚”，讲得冇错，我这批金条就是包赚{e}
S|p|hu|R5|{n}，你讲“加你私人微信好说话”，是的咯，我私人微信发你{e}
S|p|jx|R1|{n}，嗯讲“箇个信托零风险”，冇错，零风险，我签字都敢{e}
S|p|jx|R3|{n}，嗯老表港“走私下交易划算些”，我认，这单我们私下交易，合同另外签{e}
S|p|gx|R2|{n}老友，群主讲“有内部消息”，是真的，我也拿到了，{d}进场{e}
S|p|gx|R4|{n}，你讲“干脆全权委托给你”，要得，全权委托给我，我帮你打理{e}
S|p|sh|R1|{n}，侬朋友讲“这只私募保收益”，伊讲得一眼不错，保收益{r}{e}
S|p|sh|R3|{n}，我上趟讲“钞票转到我个人账户就好”，现在还是一样，侬照转{e}
S|p|tw|R1|{n}，我之前跟你说“这张储蓄险保本”，现在还是一样，我敢保证{e}
S|p|tw|R5|{n}，你阿姨说“加你私人微信比较方便”，对啊，私人微信我传给你{e}
S|p|old|R1|{n}，您老伴说“这个年金保本”，他说得对，保本，您踏实放着{e}
S|p|old|R4|{n}，您儿子说“让经理帮你操作”，那我就帮您操作，账户密码您发我{e}
S|p|asr|R2|{n}你说的那个内部消息是真的我这边也确认了{d}就动你准备好{e}
S|p|asr|R1|{n}我之前跟你说过保本对吧那句话现在还算数这个就是保本的{e}
S|g|notice|R1|【群公告】重申群主上周的承诺：“本群推荐产品稳赚不赔”，此承诺长期有效{e}
S|g|notice|R3|【置顶】老规矩不变：“推荐新客户成交，返佣百分之一”，详情私聊群主{e}
S|g|live|R1|刚才有家人复述我的话“这款万能险稳赚”，没听错，稳赚，不信的去看回放{e}
S|g|live|R3|场控转达主播原话：“今晚下单的前二十名返佣{r}”，说到做到，私信场控{e}
S|g|mgr|R1|上次总结会我说的“客户问就说保本”，继续执行，月底冲量别掉链子{e}
S|g|mgr|R3|省行那个处长说“飞单是行业惯例”，我同意，有大客户需要的照做，别留记录{e}
S|p|cs|R3|{n}您好，关于您说的“经理答应返点”，我核实了，确有此事，返点会照常给您{e}
S|g|quiz|R1|小测里那道题说“不得宣称保本”，我个人不认同，我们的结构性存款本来就保本，照讲{e}
S|p|plain|R4|{n}，您合伙人那句“期货账户全权委托出去最省事”我赞成，签了授权书，全权委托给我{e}
S|p|plain|R1|{n}，您说“重疾险不出险就保本”，对，我们这款就是保本，放心投保{e}
S|p|plain|R2|{n}，期货圈的老周讲“甲醇这波庄家要拉升”，他消息一向准，我也跟了，您跟不跟？{e}
S|p|plain|R3|{n}，您听说的“信用卡分期找我能返点”是真的，返点一个点，当天给{e}
S|p|plain|R1|{n}，还记得前年我那句“跟着我买积存金稳赚”吗？您账户里的数字就是证明，今年接着稳赚{e}
S|p|plain|R3|{n}，您同事转述我那句“认购款私下转账给我就行”，没错，是我说的，今天照办{e}
S|p|plain|R5|{n}，上回我在群里说的“加我个人号有专属额度”，还有效，您加一下{e}
S|p|plain|R4|{n}，您说“干脆让你代客理财算了”，行，那就代客理财，经营贷回款我帮您打理{e}
S|p|hu|R2|{n}，你讲王总说的“内幕消息靠得住”，我也是这个意思，这条你放心跟{e}
S|p|tj|R5|{n}，您说“加您私人微信省事”，介话在理，我私人微信推给您了{e}
S|p|sh|R4|{n}，侬讲“账户密码交拨侬我放心”，好额，账户密码发过来，我帮侬弄{e}
S|p|gx|R1|{n}，你老婆讲“这个理财保本”，对，保本，我跟你打包票{e}
S|p|jx|R5|{n}，我上回港“有事加我私人号”，还算数，私人号嗯记一下{e}
S|p|plain|R1+R3|{n}，我之前那句“保本，外加返点”您还记得吧？照旧，保本，返点下月给您{e}
S|p|plain|R3|{n}，合规说“禁止飞单”，那是他们的话，我的话是：这单信托我给您飞单，收益高两个点{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|tj|R6|{m}，我手机号{MOB:plain}，您有事儿直接打，白天都在{e}
C|p|tj|R6|{m}，我闺女的电话是{MOB:cn}，您跟她说吧{e}
C|p|hb|R6|{m}，俺身份证号{ID:plain}，你帮俺填上{e}
C|p|hb|R6|{m}，俺那张卡{CARD:sp}，贷款就打这里头{e}
C|p|hu|R6|{m}，我崽的手机{MOB:dash}，你打给他咯{e}
C|p|hu|R6|{m}，身份证号码是{ID:sp}，你看下对不对咯{e}
C|p|jx|R6|{m}，我屋里老倌的卡号{CARD:plain}，退保的钱打到箇张卡{e}
C|p|jx|R6|{m}，我电话{MOB:dot}，嗯有事打我{e}
C|p|gx|R6|{m}，我老婆身份证{ID:mix}，她要开个户{e}
C|p|gx|R6|{m}老友，我的卡{CARD:dash}，经营贷放款打这张{e}
C|p|sh|R6|{m}，阿拉爷叔的手机{MOB:sp}，侬打伊电话好了{e}
C|p|sh|R6|{m}，我身份证{ID:dash}，侬帮我查查万能险账户{e}
C|p|tw|R6|{m}，我在大陆用的手机是{MOB:comma}，麻烦打这支{e}
C|p|tw|R6|{m}，我大陆的银行卡{CARD:fw}，保费从这张扣就好{e}
C|p|old|R6|{m}，我是老刘，我儿子电话{MOB:cn}，你跟他说{e}
C|p|old|R6|{m}，我妈的身份证号{ID:plain}，麻烦你帮她查下年金到账没{e}
C|p|asr|R6|{m}那个我手机号是{MOB:cn}你记下啊{e}
C|p|asr|R6|{m}我身份证号码是{ID:cn}你帮我登记下{e}
C|p|asr|R6|喂{m}我那个卡号是{CARD:cn}对就是这张{e}
S|g|notice|R6|【中奖公示】开门红抽奖头奖：手机号{MOB:plain}的客户，请本人到网点领取{e}
S|g|live|R6|家人们，福袋中奖的这位手机号{MOB:dash}，请联系场控领取{e}
S|p|cs|R6|{n}您好，为核实身份，您登记的身份证号为{ID:plain}，手机{MOB:plain}，请确认{e}
S|p|plain|R6|{n}，您的还款卡我复述下：{CARD:sp}，没问题吧{e}
S|p|plain|R6|{n}，两融合同上的身份证号{ID:fw}，您核对下{e}
C|p|plain|R6|{m}，信用卡分期关联的储蓄卡{CARD:comma}，从这张扣{e}
C|p|plain|R6|{m}，受益人写我女儿，身份证{ID:dash}，电话{MOB:dash}{e}
C|p|plain|R6|{m}，我用大写写下省得看错：{MOB:dx}，这是我手机{e}
C|p|plain|R6|{m}，身份证号大写给你：{ID:dx}，填表用{e}
S|p|plain|R6|{n}，信托合同里委托人银行账户{CARD:plain}，您确认下{e}
C|p|plain|R6|{m}，期货开户的身份证{ID:sp1}，我逐个字打的{e}
C|p|plain|R6|{m}，黄金积存金绑的卡{CARD:mix}，你帮我查查{e}
S|g|mgr|R6|各位，客户王先生的手机{MOB:plain}，谁跟进下他的经营贷{e}
S|p|old|R6|{n}，您儿子留的手机号是{MOB:fw}，我先跟他联系哈{e}
C|p|hu|R6|{m}，我电话{MOB:mix}，你下午打过来咯{e}
C|p|plain|R6|{m}，我爱人身份证{ID:plain}，电话{MOB:sp}，都给你了{e}
S|p|cs|R6|{n}您好，您提供的退款卡号{CARD:dot}已登记，几个工作日内到账{e}
C|p|tj|R6|{m}，您记下我那张工资卡{CARD:dx}，年金从这儿扣{e}
C|p|gx|R6|{m}，我手机{MOB:fw}，有事微信找不到就打电话{e}
S|g|quiz|R6|【反面案例】某员工在群里发了客户手机{MOB:plain}，这样做是违规的，请大家引以为戒{e}
C|p|sh|R6|{m}，我张卡号{CARD:sp}，分红就打进来{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，您的贷款合同号{LOANNO}，放款后短信通知{e}
S|p|plain|R6|{n}，理财产品登记编码{WMP}，可以在中国理财网查到{e}
S|p|plain|R6|{n}，这只私募的备案编码是{PEF}，基金业协会官网能查{e}
S|p|plain|R6|{n}，您关注的合约是{FUT}，保证金比例{RATE}{e}
S|p|plain|R6|{n}，金条编号{BAR}，证书和发票都给您装好了{e}
S|p|plain|R6|{n}，信托计划代码{TRUST}，成立日{DATE}{e}
S|p|tj|R6|{n}，咱网点座机{LAND}，工作日都有人接{e}
S|p|hb|R6|{n}，俺们营业厅电话{LAND}，有事打这个就中{e}
S|p|hu|R6|{n}，支行电话{LAND}，你打过来找我咯{e}
S|p|jx|R6|{n}，网点座机{LAND}，嗯打这个{e}
S|p|gx|R6|{n}，营业部电话{LAND}，上班时间都在{e}
C|p|tw|R6|{m}，我台湾的手机{TWPH}，回台湾以后打这支{e}
S|p|cs|R6|{n}您好，您的投诉工单号{COMPLAINT}，处理进度可以随时查询{e}
S|p|plain|R6|{n}，本期分期金额{AMT}元，分{TERMS}期，每期手续费另算{e}
S|p|plain|R6|{n}，验证码{OTP}千万别告诉别人，我们也不会问您要{e}
S|p|plain|R6|{n}，卡号{MASKCARD}已经绑定好了{e}
S|p|plain|R6|{n}，系统里预留手机{MASKMOB}，是您本人的吧{e}
C|p|plain|R6|{m}，我身份证{BADID:plain}，为啥系统一直说校验不通过？{e}
S|p|plain|R6|{n}，您填的身份证{BADDATE:sp}，出生日期不对，麻烦再看看{e}
S|p|plain|R6|{n}，这个号{BADPROV:plain}前两位不是有效的省份代码，是不是填错了{e}
C|p|old|R6|{m}，我身份证号{ID17:plain}，后面那位我老眼昏花看不清了{e}
S|p|plain|R6|{n}，您发的卡号{LUHNBAD:sp}校验不通过，应该是哪位输错了{e}
C|p|asr|R6|{m}我电话是{MOB10:cn}好像少说了位我再看看{e}
S|p|plain|R6|{n}，您填的手机{BADPFX:dash}号段不对，麻烦核对下{e}
C|p|hu|R6|{m}，我爸手机号只记得前头{MOBPRE}，后面忘了咯{e}
S|p|plain|R6|{n}，身份证后四位{LAST4}、卡号尾号{LAST4}都核对过了{e}
S|p|plain|R6|{n}，信用卡每月{DAY}号是还款日，本期应还{AMT}元{e}
S|g|notice|R6|【群公告】{DATE}下午两点在三楼举办养老规划讲座，报名电话{LAND}{e}
S|g|live|R6|家人们，直播间号{LIVEID}，明晚八点准时开播{e}
S|g|quiz|R6|【合规小测】本期共{QCOUNT}题，及格线{PASS}分，考试码{OTP}{e}
S|p|plain|R6|{n}，联行号{BANKCODE}，跨行转账的时候填这个{e}
S|p|plain|R6|{n}，公司的统一社会信用代码{USCC}，经营贷材料上要写{e}
S|p|plain|R6|{n}，保单号{POLICY}，重疾险电子保单已发到您邮箱{e}
S|p|plain|R6|{n}，两融资金账号{FUNDACC}，初始密码短信发给您了{e}
S|g|mgr|R6|各位，工号{STAFFNO}的同事请到我办公室来，{DATE}前把材料交齐{e}
S|p|cs|R6|{n}您好，您的快递单号{EXPRESS}，纪念金币今天已寄出{e}
S|p|plain|R6|{n}，大写金额{AMTDX}，合同签字前请核对{e}
C|p|sh|R6|{m}，我车牌{PLATE}，停侬网点门口好伐{e}
S|p|plain|R6|{n}，黄金克价今天{GOLDP}元，您买的{GRAM}克已经入账{e}
C|p|tw|R6|{m}，我的身分证字号{TWID}，台胞证另外拍给你{e}
S|p|plain|R6|{n}，身份证{MASKID}已经核验通过{e}
S|p|plain|R6|{n}，交易流水号{FLOW}，有问题拿这个查{e}
C|p|gx|R6|{m}，我QQ号{QQ}，资料发这里也得{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "tj": ["zhao.baoguo", "liu.haitao", "sun.guiying"],
    "hb": ["li.jianjun", "gao.shufen", "wang.lizhi"],
    "hu": ["peng.xiaoling", "zeng.guohua", "tan.wei"],
    "jx": ["xiong.jianping", "hu.xiaoyan", "yuan.junjie"],
    "gx": ["lu.haining", "wei.xiumei", "meng.qiang"],
    "sh": ["shen.jiayi", "gu.weiming", "xu.leilei"],
    "tw": ["chen.yiting", "lin.guanyu"],
    "old": ["fang.qing", "du.mingxia"],
    "asr": ["cao.yang", "tang.jing"],
    "notice": ["jiang.yue", "liang.fang"],
    "live": ["bai.lulu", "qin.xiaoxiao", "yu.kai"],
    "quiz": ["xia.wen", "dong.li"],
    "cs": ["kefu.lin", "kefu.zhou"],
    "mgr": ["song.zhiqiang", "ye.hongbin"],
    "plain": ["ma.tao", "guo.jing", "huang.lei", "feng.yu"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = [("022", 8), ("0311", 8), ("0315", 7), ("0312", 7), ("0731", 8), ("0736", 7),
             ("0791", 8), ("0797", 7), ("0771", 7), ("0773", 7), ("021", 8)]
FUTURES = ["au2612", "ag2612", "rb2610", "i2609", "SR609", "CF609", "MA609", "IF2609",
           "sc2611", "cu2610", "TA609", "m2609"]
PLATE_HEADS = ["津A", "津C", "冀A", "冀B", "冀F", "湘A", "湘C", "赣A", "赣B", "桂A", "桂C",
               "沪A", "沪B"]
AMT_DX = ["壹拾万元整", "贰拾伍万元整", "叁拾万零捌佰元整", "伍万陆仟元整", "壹佰万元整",
          "捌拾捌万元整", "肆万伍仟元整", "陆拾万元整", "玖万玖仟元整", "壹佰伍拾万元整"]
UPPER = "ABCDEFGHJKLMNPQRTUWXY"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "LOANNO":
        return rng.choice(["JK", "GRDK", "JYD"]) + "2026" + rdigits(rng, 10)
    if name == "WMP":
        return "Z7" + rdigits(rng, 12)
    if name == "PEF":
        return "S" + rng.choice(UPPER) + rng.choice(UPPER) + rdigits(rng, 3)
    if name == "FUT":
        return rng.choice(FUTURES)
    if name == "RATE":
        return "%d%%" % rng.choice([8, 9, 10, 12, 13, 15, 18])
    if name == "BAR":
        return "JT" + rng.choice(UPPER) + rng.choice(UPPER) + rdigits(rng, 7)
    if name == "TRUST":
        return "XT2026-" + rdigits(rng, 4)
    if name == "LAND":
        area, n = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, n - 1)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:n - 4] + " " + local[n - 4:]
    if name == "TWPH":
        if rng.random() < 0.5:
            return "09" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
        return "+886 9" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "TWID":
        return rng.choice(UPPER) + rng.choice("12") + rdigits(rng, 8)
    if name == "COMPLAINT":
        return "TS2026" + rdigits(rng, 8)
    if name == "AMT":
        v = rng.randint(3, 900) * 100
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "TERMS":
        return str(rng.choice([3, 6, 12, 24]))
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "LIVEID":
        return str(rng.randint(2, 9)) + rdigits(rng, rng.randint(6, 8))
    if name == "QCOUNT":
        return str(rng.choice([10, 15, 20, 25, 30]))
    if name == "PASS":
        return str(rng.choice([60, 80, 85, 90]))
    if name == "BANKCODE":
        return rng.choice(["102", "103", "104", "105", "301", "308"]) + rdigits(rng, 9)
    if name == "USCC":
        while True:
            body = "".join(rng.choice("0123456789" + UPPER) for _ in range(9))
            if sum(c.isalpha() for c in body) >= 2:
                break
        return "91" + rng.choice(AREAS) + body + rng.choice("0123456789" + UPPER)
    if name == "POLICY":
        return rng.choice(["BD", "ZJ", "WN"]) + "2026" + rdigits(rng, 10)
    if name == "FUNDACC":
        return "66" + rdigits(rng, 8)
    if name == "STAFFNO":
        return rng.choice(["0", "2", "5"]) + rdigits(rng, 5)
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)
    if name == "EXPRESS":
        return rng.choice(["SF", "JT", "YD"]) + rdigits(rng, 12)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice(chars),
                rng.choice("0123456789"), rng.choice("0123456789")]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "GOLDP":
        v = rng.randint(48000, 79000)
        return "%d.%02d" % (v // 100, v % 100)
    if name == "GRAM":
        return str(rng.choice([10, 20, 50, 100, 200, 500]))
    if name == "FLOW":
        return "LS" + rdigits(rng, 14)
    if name == "QQ":
        return str(rng.randint(2, 9)) + rdigits(rng, rng.randint(7, 9))
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


def main(argv):
    """Build, self-check and write through the common ``run``; after a clean run, print one
    line per category read back from the written truth files."""
    status = run(argv, BLIND_SET)
    if status == 0:
        for cat in CATEGORIES:
            path = os.path.join(argv[1], SET_NAME, cat)
            with open(os.path.join(path, "truth.json"), encoding="utf-8") as f:
                truth = json.load(f)
            with open(os.path.join(path, "corpus.jsonl"), encoding="utf-8") as f:
                n_msgs = sum(1 for _ in f)
            sys.stdout.write("%s %-15s messages=%d hits=%d near_misses=%d self-check=ok\n"
                             % (SET_NAME, cat, n_msgs, len(truth["hits"]),
                                len(truth["near_misses"])))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
