#!/usr/bin/env python3
"""Blind held-out evaluation set 47 ("heldout47") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author read only ``scripts/evasion_blind_common.py`` (the shared
machinery), ``scripts/evasion_heldout22.py`` (for the structure of a set script, not its
sentences) and ``scripts/eval_categories.sh``; never the scanner, its rule files, its tests,
its archive, its docs, its commit history or any other evaluation set, and searched nothing.
Every template below was written fresh from general knowledge of how Chinese-speaking bank,
broker, fund and insurance salespeople talk with customers and colleagues on WeCom
(企业微信).  The set exists to measure how well the scanner generalises: do not tune the
scanner to it, do not add it to any training data, and run it once.

Voices
------
Shanghai Wu-flavoured Mandarin (侬 / 阿拉 / 伐 / 额); Wuhan speech (么斯 / 冇得 / 咯);
Tianjin speech (您了 / 介 / 倍儿); Shandong speech (俺 / 恁 / 寻思); Xi'an speech (额 / 嫽 /
咧); Hong Kong Cantonese; Taiwanese Mandarin; Singapore and Malaysian Chinese with English
code-switching; a private banker mixing English terms; Nanning Mandarin (老表); Xinjiang
Mandarin; Hunan speech (么子 / 咯 / 莫得); Xiamen Minnan-flavoured Mandarin; customer-service
notice style; voice-to-text messages without punctuation; young investors' internet slang;
insurance team morning-meeting cheerleading; compliance and branch memos; a new account
manager taking over a departed colleague's clients; plain Mandarin staff and customers.
Settings: 增额寿 and participating policies, large-denomination CDs, broker income
certificates, snowball structured notes, margin accounts, Beijing Stock Exchange small caps,
REITs, gold accumulation plans, personal pension accounts, private funds, Hong Kong savings
plans, Stock Connect, overseas tuition remittances, demolition compensation, car-insurance
renewals, claims, payroll accounts, mortgage repayments, 开门红 campaigns, investor salons.

Hard cases
----------
Rhetorical questions that assert (你还犹豫啥？) against genuine questions and rhetorical
denials (哪有零风险的？); rules quoted and then broken, or a rule stated without its keyword
beside a separate real violation (labelled with the violation only); warnings against
outsiders that end in the speaker's own offer; refusals of one thing beside the real
violation (验证码别发我，账户密码发我); refusals that give in; retractions both ways; quoting
others approvingly versus quoting scammers, training material marked wrong, file and app
names, court rulings and press; internal memos that instruct a violation; market commentary
using 拉升 about public price moves; customers' own questions and complaints (near misses
only); keywords split by one of the separators ``· -_*.~`` in a minority (more than 0 and
under 15 %) of each keyword category's hits; 25 % of every category in traditional
characters through the shared one-to-one table (Hong Kong and Taiwan messages first).
Numbers: valid mobiles, resident IDs and bank cards plain, grouped, one space apart, dashed,
dotted, comma-split, in Chinese numerals, 大写, full-width and mixed Chinese/Arabic, versus
look-alikes: bad ID check characters, impossible birth dates, bad province codes, 17-digit
IDs, Luhn failures, masked numbers, claim / contract / loan-note / confirmation / waybill /
transaction / invoice numbers, unified social credit codes, corporate account numbers,
SWIFT codes and IBANs, landlines, Hong Kong / Taiwan / Singapore / Malaysia / US phones,
amounts, dates, stock and fund codes, net asset values, one-time codes, 10-digit and
bad-prefix mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout47.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h47_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 47_2026_1217
SET_NAME = "heldout47"
MSGID_PREFIX = "h47"
T0 = 1781900000000
SEQ0 = 1900000
SPLIT_PER_CATEGORY = 13         # of 150 hits, about 9 %
TRAD_PREF_REGIONS = ("hk", "tw")  # Hong Kong and Taiwan messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["133", "135", "136", "137", "138", "139", "145", "150", "151", "152", "155",
              "157", "158", "159", "162", "166", "171", "173", "176", "177", "180", "181",
              "183", "185", "186", "187", "188", "189", "190", "191", "193", "195", "197",
              "199"]
AREAS = ["310101", "310104", "310115", "420102", "420106", "120101", "120104", "370102",
         "370202", "610103", "610113", "530102", "450102", "450103", "650102", "650104",
         "430102", "430105", "350203", "350206", "110108", "440106", "330102", "320106",
         "510107", "130102", "140105", "150105"]
CARD_BINS16 = ["622848", "622700", "621226", "622262", "622155", "621799", "622908", "625907",
               "622280"]
CARD_BINS19 = ["6228480", "6217002", "6212262", "6222600", "6216610", "6214830"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["老周", "许阿姨", "钱总", "蒋老师", "沈姐", "韦老板", "潘叔", "葛大哥", "曹姐", "范总",
          "邓阿姨", "彭哥", "谢老师", "袁姐", "苏总", "程叔", "丁姐", "侯哥", "卢阿姨", "汪老板"],
    "m": ["小蒋", "沈经理", "小唐", "范经理", "小苏", "袁老师", "何经理", "小葛", "彭主任",
          "曹经理", "小邓", "韦经理"],
    "e": ["", "", "", "🙂", "👍", "🙏", "🤣", "💰", "🌸", "[抱拳]", "[OK]", "😉", "！"],
    "d": ["下周二", "周五收盘前", "月初", "节后第一天", "明天开盘", "这两天", "周四晚上",
          "下个交易日", "今天下午三点前", "月中"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "500万", "35万", "70万", "二十万"],
    "r": ["3.3%", "3.9%", "4.1%", "4.6%", "5.2%", "6.8%", "7%", "年化4%", "百分之五", "3.65%"],
    "k": ["小唐", "范经理", "黄主任", "袁主任", "小葛", "曹姐", "谭经理", "小韦", "蔡专员",
          "严经理"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; hk and tw prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|sh|R1|{n}，阿拉迭只固收+是保本额呀，侬还有啥好犹豫额？{d}就停售了{e}
S|p|wh|R1|{n}，这个基金稳赚，搞么斯还要想咯？冇得比它更划算的{e}
S|p|tj|R1|{n}您了，这只债基零风险，介好的事您上哪儿找去？{e}
S|p|sd|R1|{n}，俺跟恁说，这款理财包赚，恁不买还留着钱下崽啊？{e}
S|p|sx|R1|{n}，这个私募稳赚不赔，嫽咋咧，你还谝啥闲传呢，赶紧上{e}
S|g|agent|R1|各位家人，这款分红险稳赚不赔，今天不锁定，明天后悔有用吗？{e}
S|p|hk|R1|{n}，呢份储蓄保保本㗎，你仲担心乜嘢呀？{e}
S|p|tw|R1|{n}，这档基金零风险啦，不买是要留给谁赚？{e}
S|p|sg|R2|{n}，我几时骗过你lah？内幕消息来的，下礼拜那只就会拉升，你还不进？{e}
S|p|pm|R2|{n}，这个deal是内部消息，您觉得我会拿自己的信誉开玩笑吗？{e}
S|p|gx|R2|{n}老表，庄家都进场了你还坐得住？{d}就拉升，搞快点咯{e}
S|p|plain|R3|{n}，走对公要三个工作日，直接转到我个人卡里当天就办好，哪个划算还用我说？{e}
S|p|sh|R3|{n}，手续费阿拉私下返点给侬，侬又勿吃亏，做啥勿要？{e}
S|p|wh|R3|{n}，这单我走飞单，费率低一截，你说哪个不想省钱咯？{e}
S|p|tj|R4|{n}，您了眼神不济，盯盘多费劲呐？把账户密码念给我，往后我帮你操作，您踏踏实实喝茶，多美？{e}
S|p|pm|R4|{n}，您这么忙，全权委托给我打理不是最省心的吗？portfolio我每周给您复盘{e}
S|g|z|R5|宝子们，企微消息刷屏谁看得过来？加我私人微信，福利秒发，不香吗？{e}
S|p|sd|R5|{n}，这企业微信俺都不常看，恁加我个人号不就得了？随叫随到{e}
S|p|xj|R1|{n}，这个黄金积存稳赚的嘛，亚克西得很，你还等啥呢？{e}
S|p|hu|R1|{n}，这款养老目标基金保本又抵税，么子理由不买咯？{e}
S|p|voice|R1|{n}啊你听我说这个理财是保本的你怕什么呢放一百个心嘛{e}
S|p|plain|R1|{n}，雪球敲入的概率几乎为零，说它零风险不为过吧？您还等什么{e}
S|p|plain|R2|{n}，我朋友在那家公司做董秘，内部消息，下周有重组，这种机会一辈子能碰上几回？{e}
S|p|hk|R2|{n}，庄家已经食饱货，迟早要拉升，你唔跟难道睇住佢飞？{e}
S|*|plain|R3|{n}，咱俩私下交易，我给你算内部价，这种好事还要考虑？{e}
S|p|plain|R3|{n}，返佣一分不少打给您，别家谁给您这待遇？{e}
S|p|tw|R3|{n}，保费先转到我个人帐户，我再帮你缴，不是比较快吗？{e}
S|p|sx|R4|{n}，代客理财咋了？你把钱交给额，年底给你翻个身，这还用想？{e}
S|p|plain|R4|{n}，两融账户您也盯不过来，把账户密码告诉我，平仓线我替您守着，您只管收钱不好吗？{e}
S|p|gx|R5|{n}，以后找我就加我私人号嘛，这个号下班就不看了，这样不是方便得多？{e}
S|p|pm|R5|{n}，Let's keep it simple，加我私人微信，有好的项目第一时间给您，您说呢？{e}
S|p|hu|R4|{n}，你屋里崽在外地读书，你又不会弄手机，全权委托给我要得不？我还会害你？{e}
S|p|xj|R3|{n}，羊肉生意的货款别走公户了，直接私下转账过来，我转手就买成理财，一天都不耽误，多好？{e}
S|p|cs|R1|尊敬的客户：本产品保本保收益，名额有限，您确定要错过吗？回复1立即预约{e}
S|p|plain|R1+R5|{n}，加我私人微信，我把那款保本的产品单独发您，群里不方便说，懂吧？{e}
S|p|mn|R1|{n}，这个定投我算过了，三年下来稳赚，你讲敢有比这更好的？{e}
S|p|voice|R2|{n}那只票我跟你讲是有内幕消息的你不信我你信谁嘛{e}
S|g|z|R1|谁懂啊家人们，这款理财包赚，不冲的都是大冤种好吗？{e}
S|*|plain|R2|{n}，北交所那只小票，庄家控盘八成以上了，这时候不上车，等它翻倍再追？{e}
S|p|handover|R3|{n}，我是接手{k}客户的新经理，他以前给您的返点，我这边照旧，您还有啥不放心的？{e}
S|p|sh|R4|{n}，侬个账户密码发给我，阿拉帮你操作，老灵额，侬还有啥勿放心？{e}
S|p|tj|R1|{n}，存银行那仨瓜俩枣顶嘛用？搁我这儿保证收益{r}，您说哪个香？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|sh|R1|{m}，迭只增额寿到底保本伐？阿拉姆妈要问额{e}
S|p|wh|R1|稳赚？{n}，搞么斯哟，么样可能咯，基金经理自己都不敢这样讲{e}
S|p|tj|R1|零风险？{n}您了听谁说的，介世上就没有零风险的买卖{e}
C|p|sd|R1|{m}，恁家这个年金包赚不？俺寻思着给孙子存点{e}
S|p|sx|R2|内幕消息？{n}，额要是有，还在这儿上班？早回老家咥泡馍去咧{e}
C|g|plain|R2|群里说的那个内部消息靠谱吗？有没有懂行的说一下{e}
S|p|hk|R1|{n}问呢份保单系咪保本？唔系喎，头几年退保会蚀，条款写得好清楚{e}
S|p|tw|R2|{n}，庄家？你讲的是股票还是打麻将啊？股票的话我们不讨论这个啦{e}
S|p|sg|R3|{n}问可不可以私下交易？cannot lah，所有单都要走公司系统{e}
C|p|gx|R3|{m}，你们有返点给客户的吗？别家说有{e}
S|p|pm|R4|{n}，全权委托？您是想把账户整个交给我管吧？这个我们做不了，我只能出建议，拍板得您自己{e}
C|p|voice|R4|{m}啊这个APP我弄不来你能不能代我弄一下账户密码要不要告诉你{e}
S|p|plain|R4|账户密码能给别人吗？{n}，不能，任何时候都不能，连我都不能给{e}
S|p|z|R5|{n}问有没有私人号？没有哦，工作都在企微，记录留着对你也是保障{e}
C|p|xj|R5|{m}，你私人微信多少？这个企微的消息我手机上老不响{e}
S|p|hu|R1|保证收益{r}？{n}，这个话我不敢讲，业绩比较基准不等于保证收益{e}
S|p|mn|R1|{n}，你讲这个是不是稳赚不赔？没那种事，敢有人这样讲你就要小心{e}
S|p|cs|R1|您好，关于您咨询的产品是否保本：该产品为非保本浮动收益型，请您知悉{e}
S|g|agent|R1|有伙伴问“能不能跟客户说零风险”？答案是：不能！谁说谁担责{e}
S|p|plain|R2|{n}，您说那只票有庄家在拉升？光凭K线这么判断没有依据，别追{e}
S|p|plain|R3|飞单？{n}，您把我当什么人了，这种事我一辈子不会碰{e}
S|p|sh|R3|{n}，侬讲啥？转到我个人卡？勿来事额，一定要打到公司账户{e}
C|p|tj|R3|{m}，您那同事说能给返佣，真的假的？{e}
S|p|wh|R4|{n}，代客理财是犯法的你晓得啵？我帮你看看可以，操作要你自己来{e}
S|p|sd|R4|{n}，恁问俺能不能帮你操作？这个真不行，俺可以在旁边看着恁自个儿点{e}
S|p|hk|R5|私人微信？唔使喇{n}，喺度倾就得，公司有记录大家都安心{e}
S|p|tw|R1|保本喔？{n}，这档没有保本啦，净值会上上下下，你要想清楚{e}
C|p|sg|R1|{m}，那个REITs是不是稳赚的？我朋友说每年都有派息{e}
S|p|gx|R2|{n}，内部消息哪里来的？群里转的那些我劝你一个都莫信{e}
S|p|pm|R1|{n}，您问有没有保本的？结构性存款保障本金但收益浮动，理财产品都不保本，我给您列个对比{e}
S|p|xj|R1|包赚？{n}，你这话说的，我卖了十年基金也没见过包赚的东西{e}
S|p|voice|R3|{n}你是想问返点的事吧这个我们是没有的真的没有{e}
C|p|hu|R2|{m}，我表哥讲他有内幕消息，喊我跟着买，你看要得不？{e}
S|p|plain|R1|难道买了年金就稳赚了？{n}，也得看持有多久，提前退保是会亏的{e}
S|p|plain|R4|我怎么可能帮你操作账户呢？{n}，这是红线，您自己在手机上点，我视频教您{e}
S|p|mn|R5|{n}，加我个人号？不用啦，我们这个工作号就可以，半夜有事也会回{e}
S|g|z|R2|有宝子问我有没有内幕消息，有的话我还用天天搬砖？别做梦了{e}
C|p|plain|R4|{m}，全权委托是什么意思？我在新闻上看到有人因为这个被处罚{e}
S|p|handover|R3|{n}，{k}调岗以后由我服务。您问他以前有没有私下转账的安排，据我核查没有，以后也不会有{e}
S|p|cs|R4|您好，您询问能否代客理财：本行不提供代客理财服务，您可通过手机银行自主购买{e}
S|*|plain|R2|{n}，那只票早上涨停了，是不是有人拉升我不知道，也不会去猜，别追高{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|memo|R1|【合规通知】各营业部：销售过程中不得使用“保本”“零风险”等表述，违者扣减当季绩效{e}
S|g|agent|R3|早会重申三条：不许飞单，不许给客户返佣，不许私下收保费。伙伴们记牢！{e}
S|p|sh|R4|{n}，阿拉规定老严格额，账户密码侬自家保管好，阿拉勿好帮你操作额{e}
S|p|wh|R5|{n}，单位有规定，私人微信不让加，有么事你就在这里找我{e}
S|p|tj|R2|{n}，公司明文规定，不许跟客户讲什么内幕消息，您了多担待{e}
S|p|sd|R1|{n}，上头有规矩，不准跟客户说稳赚，俺只能跟恁讲实话：有赚有赔{e}
S|p|sx|R3|{n}，行里规定不能私下交易，额不能给你坏了规矩，也不能害了你{e}
S|p|hk|R4|{n}，公司规定唔可以全权委托，每一单都要你亲自确认{e}
S|p|tw|R3|{n}，公司规定保费不能转到我个人帐户，一定要刷卡或者转公司帐户喔{e}
S|p|sg|R5|{n}，company policy不能加私人号，sorry ah，有事在这边message我{e}
S|g|memo|R2|关于规范投资者沟通的通知：员工不得在任何渠道散布“庄家”“拉升”等暗示性言论，请各部门转发学习{e}
S|p|pm|R4|{n}，监管不允许我们代客理财，所以每笔交易还是要您本人下单，我可以提供研究支持{e}
S|p|gx|R1|{n}老表，规定讲不可以承诺保收益，我就实话实说，这个是浮动的{e}
S|p|xj|R3|{n}，公司规定员工不准收返点，你的心意我领了{e}
S|p|hu|R4|{n}，我们有规定的，不准帮你操作，你莫怪我不帮忙咯{e}
S|p|mn|R1|{n}，公司有讲，不能说保证收益，所以我给你的只是历史业绩，不代表以后{e}
S|g|agent|R5|新人注意：加客户私人微信是违规的，所有沟通都走企微，被抽查到直接通报{e}
S|p|cs|R4|温馨提示：本行制度禁止员工询问客户账户密码，凡是问您要的，无论电话短信还是上门，都请直接挂断{e}
S|p|voice|R1|{n}我们这个是有规定的不能说零风险的你要理解一下我们{e}
S|p|plain|R3|{n}，按公司制度，私下转账是绝对禁止的，您的认购款只能打到募集专户{e}
S|g|memo|R3|第十二条　员工不得飞单，不得代销未经公司准入的产品，违反者解除劳动合同{e}
S|p|plain|R2|{n}，研究所有规定，内部消息不准外传，所以调研纪要我没法发您，公开的研报可以{e}
C|p|plain|R1|{m}，你们不是不让说保本吗？那宣传页上那个“本金安全”算啥？{e}
C|p|tj|R3|{m}，您那儿是不是规定不让飞单？我听人说过这个词{e}
S|g|z|R1|家人们，平台规则：文案里不能出现稳赚、包赚这类词，被抓到笔记直接限流{e}
S|p|plain|R4|{n}，公司禁止员工持有客户的账户密码，之前您写在便签上给我的那张，我已经当面还给您了{e}
S|p|pm|R5|{n}，按合规要求我不能用私人号和客户沟通，所以之后都在这个企业微信联系{e}
S|p|handover|R3|{n}，交接时跟您说清楚：公司禁止返佣，{k}以前如果答应过您什么，都不作数{e}
S|g|memo|R1+R2|合规红线提示：严禁承诺保本，严禁传播内部消息，严禁诱导客户频繁交易{e}
S|p|sd|R4|{n}，俺们单位规定，代客理财一律不行，恁自个儿拿主意，俺给恁参谋参谋{e}
S|p|hk|R1|{n}，根据守则，我哋唔可以讲稳赚，只可以话你知过往回报同风险{e}
S|p|gx|R3|{n}，我们有规定，客户经理不准私下交易，合作社的钱你还是走公户稳当{e}
S|p|xj|R2|{n}，公司不准我们打听内幕消息，那只票我只能跟你讲公开信息{e}
S|p|tw|R5|{n}，公司规定不能给私人号码，所以只能用这个LINE……啊不是，是这个企业微信{e}
S|p|sh|R2|{n}，阿拉公司规定勿好讲庄家哪能哪能，侬问额我只好讲基本面{e}
S|p|wh|R4|{n}，全权委托不行的，规定写得清清楚楚，我只能给建议{e}
S|g|agent|R1|主管提醒：开门红宣传不准说保证收益，演示利率要标注“不代表实际”{e}
S|p|plain|R1|{n}，新规之后银行理财全部净值化，不准再宣传保本，所以我给您看的是业绩比较基准，不是承诺{e}
S|p|sx|R5|{n}，额们行规定，加我个人号是违规的，你有事就在这儿说，额看到就回{e}
S|p|cs|R3|提示：本行从未授权任何员工收取返点或要求私下转账，如遇此类情况请拨打客服热线{e}
C|p|voice|R4|{m}我晓得你们有规定不能代客理财我自己来弄你跟我讲步骤就行{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|sh|R1|{n}，规定讲勿好讲保本，阿拉私底下讲讲：迭只就是保本额，侬放心{e}
S|p|wh|R3|{n}，公司是不让飞单，但那都是做样子的，这单你走我这儿，费率给你打对折{e}
S|p|tj|R4|{n}，规定是不让帮你操作，可您了七十多了，账户密码给我，我替您弄利索{e}
S|p|sd|R1|{n}，俺们不让说稳赚不赔，可这个理财俺敢拍胸脯，就是稳赚不赔{e}
S|p|sx|R3|{n}，制度上不能转到我个人账户，你是老熟人，转到我个人账户额给你办，快得很{e}
S|p|hk|R5|{n}，守则写明唔准用私人微信同客倾，但你系十几年嘅老客，加我私人微信啦，夜晚都揾到我{e}
S|p|tw|R2|{n}，公司不准讲内部消息，我只偷偷跟你讲：那档{d}会拉升，先卡位{e}
S|p|sg|R3|{n}，规定是不可以返佣的lah，不过我们老朋友，返佣照给，不要讲出去{e}
S|p|pm|R4|{n}，合规不允许全权委托，我们签个补充协议就好，实际上还是全权委托给我操作{e}
S|p|gx|R1|{n}，行里不准讲零风险，那是对外的讲法，对你我讲实话：零风险{e}
S|p|xj|R3|{n}，规定上不能私下交易，可你的货款急着周转，咱们私下交易一把，我给你担着{e}
S|p|hu|R1|{n}，公司规定不能承诺收益，我不承诺，我只讲这个产品保本，你自己体会{e}
S|p|mn|R4|{n}，规定说不能代客理财，你阿公那笔钱我就私底下帮他代客理财，不会有人知{e}
S|g|agent|R1|伙伴们，合规不让写“保证收益”，那就口头跟客户讲，反正这款保证收益{r}，签单要紧{e}
S|g|z|R1|平台不让说包赚，那我换个说法：跟着我买，闭眼都包赚，懂的宝子扣个1{e}
S|p|cs|R5|温馨提示：请勿添加陌生人微信。如需专属服务，请加我个人号，由专人为您对接{e}
S|p|voice|R3|{n}公司是不让私下转账但是你这个急的话你就私下转账给我嘛我帮你先交上{e}
S|p|plain|R2|{n}，按规定我不能推荐个股，但这条内幕消息你听听：{d}有重组公告，现在进正好{e}
S|p|plain|R4|{n}，我们行禁止员工代客户下单，这我知道，您把账户密码发过来，我下班后帮您弄{e}
S|p|plain|R3|{n}，公司不让收客户的好处，但返点这事不一样，是我自己的提成分你一半{e}
S|p|handover|R1|{n}，交接单上写着“不得承诺收益”，但{k}之前跟您说的保证收益{r}，我这边一样认{e}
S|p|sh|R5|{n}，公司勿许阿拉用私人号，不过侬是老客户，私人号拨侬，夜里也好寻我{e}
S|p|wh|R2|{n}，规定讲不能透露，那我就悄悄地跟你讲：庄家{d}要拉升，你先埋伏好{e}
S|p|tj|R1|{n}，上边儿不让说包赚，咱爷俩谁跟谁，这个倍儿稳，包赚{e}
S|p|sd|R3|{n}，公司制度不让飞单，俺这单走的是俺自己的渠道，说白了就是飞单，便宜恁不少{e}
S|p|hk|R4|{n}，规矩系唔可以代客理财，但系你信我嘅话，我私下帮你代客理财{e}
S|p|pm|R1|{n}，文件上我们都写“不保本”，但说句实在话，这款雪球从来没敲入过，等于保本{e}
S|p|gx|R5|{n}，公司不给加私人微信，讲是讲，你加一下没人晓得的{e}
S|p|xj|R1|{n}，公司说不能讲零风险，可这个私募就是零风险嘛，我说的是实话{e}
S|p|hu|R3|{n}，规定是不准收客户的钱，你把保费转到我个人卡上，我帮你去柜台交，一样的{e}
S|p|mn|R2|{n}，公司不准讲个股，不过内部消息你要不要听？那只{d}会有人拉升{e}
S|g|memo|R1|【内部口径】对外一律表述为“不承诺保本”；对VIP客户可口头说明本产品实际保本，请把握分寸{e}
S|p|plain|R4|{n}，合规要求每笔都要您本人确认，您嫌麻烦的话，全权委托给我也行，签个字就好{e}
S|*|plain|R3|{n}，规定要走募集专户，可专户打款要排队，你私下转账给我更快，我当天帮你认购{e}
S|p|sg|R1|{n}，rules说不可以讲稳赚，but honestly这个是稳赚的lah，我自己都买了{e}
S|p|z|R4|{n}，平台规定不让代下单，不过你账户密码报给我，两分钟的事，下完单你再改密码就是了{e}
S|p|voice|R5|{n}那个规定是说不能加私人微信啊但是你加了我也不说你不说谁知道嘛{e}
S|p|tw|R1|{n}，虽然公司规定不能讲保本，但我跟你挂保证，这张保单到期一定保本{e}
S|p|plain|R2|{n}，公司是不让传内部消息，所以我只跟您一个人说，庄家这周要动手了{e}
S|p|sx|R4|{n}，规定不让帮你操作，额就当没看见规定，你把手机给额，额帮你操作{e}
S|p|plain|R3|{n}，保险公司规定不能返佣给投保人，所以这笔钱不叫返佣，叫“服务费返还”，我微信转你{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|memo|R2|【风险提示】近期有人冒用我司名义建立“荐股群”，以内幕消息为饵收取会员费，请勿轻信{e}
S|g|agent|R1|伙伴们注意，最近有外部代理人用“零风险高收益”话术撬单，遇到客户反馈请及时上报{e}
S|p|sh|R3|{n}，侬当心点，叫侬私下转账额统统是骗子，阿拉从来勿会额{e}
S|p|wh|R4|{n}，我跟你讲，有人打电话要你账户密码，说要帮你操作升级，那是诈骗，莫理他{e}
S|p|tj|R1|{n}，那个直播间说的稳赚不赔，您了可千万别信，专门收割您这岁数的{e}
S|p|sd|R2|{n}，村里那个说自己认识庄家的，俺打听了，就是卖课的，恁可别给他钱{e}
S|p|sx|R5|{n}，有人冒充额加你私人微信的话，一律别通过，额只用这个号{e}
S|p|hk|R1|{n}，近排有人扮保险经纪话储蓄保保证收益，全部系假，你唔好信{e}
S|p|tw|R3|{n}，最近有诈骗集团说缴费可以返点，叫你转帐给个人，千万不要喔{e}
S|p|sg|R4|{n}，小心那些说可以代客理财的agent，很多是scam，你的钱自己管{e}
S|p|pm|R3|{n}，那位前同事跟您做的私下交易，已经被公司查实并上报监管，您的损失我们正在协助追偿{e}
C|p|gx|R1|{m}，我要投诉，你们那个小韦上个月跟我讲保本，现在亏了一截{e}
S|p|xj|R2|{n}，手机上那种“内部消息免费领”的短信，点进去就是骗钱的，千万别点{e}
S|p|hu|R3|{n}，有个自称我们行的人讲能给你返佣，喊你先转手续费，那是骗子，我已经报给公司了{e}
S|p|mn|R5|{n}，你收到那个“加我个人号领补贴”的消息，不是我们发的，我已经跟合规报告{e}
S|p|cs|R1|风险提示：任何宣称保本保收益的投资广告均不可信，如有疑问请拨打官方客服{e}
S|p|voice|R2|{n}你上次说的那个群里讲什么庄家拉升的我去看了那就是骗子你不要再往里面打钱了{e}
S|g|z|R1|避雷帖📢那种说月入五位数稳赚的理财课，交了钱就拉黑你，宝子们别上当{e}
S|p|handover|R3|{n}，您说{k}当时跟您讲“转到我个人账户就行”，这事公司已经立案，麻烦您提供转账截图{e}
S|g|memo|R4|通报：某营业部员工长期保管客户账户密码并代为交易，已被监管处罚，全员引以为戒{e}
S|p|plain|R1|{n}，您转来的那篇“增额寿稳赚”的文章，演示利率是按最高档算的，有误导，别当真{e}
S|p|plain|R2|{n}，我已经把那个在群里发内部消息的账号举报了，您截图也发我一下，我一起报给合规{e}
C|p|plain|R3|{m}，我想反映一下，上次有个业务员让我别走公司，说私下交易能便宜，我没答应{e}
S|*|plain|R4|{n}，警方通报的那个案子您看了吧，骗子就是以全权委托炒股为名，骗走了老人几十万{e}
S|p|sh|R1|{n}，侬讲额那个“包赚”额小程序，阿拉查过了，是假冒额，已经报警了{e}
S|p|wh|R5|{n}，你那个群里的人说加他私人号给你内部价，我跟你讲那是钓鱼的，快退群{e}
S|p|tj|R3|{n}，您说那人要您把钱转到他卡上拿返点，这就是诈骗，我陪您去派出所{e}
S|p|sd|R4|{n}，恁邻居说有人上门要帮你操作手机银行，俺跟恁说，银行从来不上门干这个，碰到就报警{e}
S|p|hk|R2|{n}，WhatsApp群入面话有内幕消息嘅，九成九系骗局，你即刻退出啦{e}
S|p|pm|R1|{n}，那家第三方财富公司给您的说明书写着“零风险”，这本身就违规，建议您别签，我可以帮您看看合同{e}
S|p|xj|R4|{n}，我们已经把那个索要账户密码的号码报给了反诈中心，你放心{e}
S|p|gx|R3|{n}，村委群里有人讲办贷款要给信贷员返点，那是造谣，我们已经报了合规，你莫给任何人钱{e}
S|g|agent|R3|通报：某分公司业务员飞单被查，佣金全部追回并解约，大家记住这是高压线{e}
C|p|tw|R5|{m}，有一个人说是你同事，叫我加他私人微信，是真的吗？{e}
S|p|sg|R1|{n}，最近有人在Facebook卖那种稳赚的外汇配套，very dangerous，我已经report了{e}
S|p|mn|R2|{n}，你讲那个说有庄家带的群，我已经帮你举报了，记得不要再转钱进去{e}
S|p|hu|R1+R4|{n}，骗子的套路就两句：一句是“保证收益”，一句是“把账户密码给我”，听到就挂电话{e}
S|p|cs|R3|安全提醒：如有人以本行员工身份说“转到我个人账户更快”，请立即停止并拨打官方客服{e}
S|p|plain|R1|{n}，您反映的事我已经报上去了：那位新人跟您说“稳赚”确实不对，公司会约谈他，也会跟您道歉{e}
S|p|voice|R3|{n}我跟你说有人要你飞单你千万不要理他那个钱出去就找不回来了{e}
S|p|plain|R2|{n}，昨天券商股午后集体拉升，这是公开行情，不是什么内幕，别听群里瞎猜{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|memo|R2|风险提示：谨防假冒荐股群。真正的内幕消息只在本人VIP群发布，每晚九点准时更新{e}
S|g|agent|R1|伙伴们，外面那些说零风险的都是坑客户，咱们这款才是真零风险，放心大胆去讲{e}
S|p|sh|R3|{n}，外头叫侬私下转账额侪是骗子，侬转到我个人卡上就放心了，阿拉熟人嘛{e}
S|p|wh|R1|{n}，那些网上吹稳赚的你莫信，我们这个基金才是正儿八经的稳赚{e}
S|p|tj|R4|{n}，街面上那些说帮您理财的都是骗子，您了把账户密码交我这儿，往后买卖我替您张罗，踏实{e}
S|p|sd|R2|{n}，恁别信那些卖课的，他们哪有内部消息？俺这条才是真的，{d}就拉升{e}
S|p|sx|R5|{n}，有人冒充额，你小心点。额真正的私人微信是这个，以后就加这个{e}
S|p|hk|R1|{n}，出面好多扮经纪话保本嘅都系呃人，我哋呢份先系真保本，你放心{e}
S|p|tw|R3|{n}，小心那些说要返佣的诈骗喔，我这边给你的返佣才是真的，下个月转给你{e}
S|p|sg|R4|{n}，别相信那些scam agent，账户密码不要给他们，给我就好，我帮你操作{e}
S|p|pm|R3|{n}，市面上很多飞单都暴雷了，您一定小心。我这个渠道不同，虽然是私下交易，但底层资产我亲自看过{e}
S|p|gx|R1|{n}，我已经把那个乱讲包赚的中介报上去了，你要买就买我这个，包赚的{e}
S|p|xj|R2|{n}，网上的内幕消息都是假的，我表哥在那个公司当财务，这是内部消息，下周发公告{e}
S|p|hu|R5|{n}，最近好多人冒充我，你莫加那些，加我私人号，我私人号头像是只猫{e}
S|p|mn|R1|{n}，我给你提个醒，外面说稳赚不赔的都不能信，只有我帮你选的这支稳赚不赔{e}
S|p|cs|R1|【防诈提醒】谨防不法分子冒充客服。本行专属理财保证收益{r}，请认准官方渠道认购{e}
S|p|voice|R4|{n}你现在外面骗子太多了你那个账户密码谁都别给就给我一个人我帮你弄{e}
S|g|z|R1|避雷那些割韭菜的博主！要稳赚就跟我，上个月跟车的宝子个个都赚了{e}
S|p|handover|R3|{n}，{k}因为飞单被处理了，您别担心，以后您的单子我来走，返点我照{k}的标准给{e}
S|g|memo|R4|通报某员工违规代客理财一事，请各位注意方式方法：代客操作可以，但不要在企业微信里留痕{e}
S|p|plain|R2|{n}，我已经举报了群里乱发消息的人，不过跟您说句实话，那只票确实有庄家，下周要拉升{e}
S|p|plain|R1|{n}，提醒您一下，网上理财宣传太乱，我们家这款就不一样，保证收益{r}，白纸黑字{e}
S|p|plain|R3|{n}，骗子才让您转到陌生账户，我是您的老客户经理，转到我个人账户有什么不放心的？{e}
S|p|sh|R4|{n}，外头帮侬炒股额侪是骗子，侬全权委托给阿拉，阿拉帮侬弄，稳当{e}
S|p|wh|R5|{n}，你那个群里有人冒充我，你莫理。我的私人微信你直接加，以后只认这个{e}
S|p|tj|R1|{n}，介年头骗子多，别信那些说零风险的。我跟您说，咱这款才零风险，您了踏踏实实{e}
S|p|sd|R3|{n}，俺刚举报了一个飞单的同事，不过恁这单比较急，俺私下交易帮恁办了{e}
S|p|hk|R2|{n}，啲荐股群冇一个靠得住，我呢边嘅内幕消息先至系真，{d}话你知{e}
S|p|tw|R5|{n}，最近很多假帐号喔，官方这个号常被盗，你改存我的私人号，这样比较安全啦{e}
S|p|sg|R1|{n}，那些forex配套都是骗人的，我这个不同，保本的，guaranteed{e}
S|p|pm|R4|{n}，最近有骗子冒充投顾，您千万别信。我这边代客理财是有经验的，您把账户交给我就行{e}
S|p|xj|R3|{n}，外面那些中介收返点的你别理，我这返点比他们高，还安全{e}
S|p|hu|R2|{n}，那些荐股群是骗子，真正的庄家我认得，{d}拉升前我告诉你{e}
S|p|mn|R4|{n}，你阿嬷那边有骗子打电话要账户密码，以后你把账户密码交给我保管，比较安全{e}
S|g|agent|R3|伙伴们警惕飞单风险！客户要是嫌贵，返佣我们团队内部消化，别让单子跑了{e}
S|p|voice|R1|{n}你千万别信那些打电话推销的都是骗子我们这个是保本的你要买就找我{e}
S|g|z|R2|宝子们，卖课老师那些所谓消息一眼假，真·内部消息只在我小号发，下午三点见{e}
S|p|cs|R5|提醒：近期有冒充本行工作人员的诈骗。如需核实身份，请添加客户经理私人微信进行确认{e}
S|p|plain|R1|{n}，我已经把那个乱承诺的同事报上去了，他说的不算，我说的算：这款包赚{e}
S|*|gx|R4|{n}，有人喊你把钱给他代客理财，你莫信，要代客理财就找我，我是正规的{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|sh|R4|{n}，勿好意思，账户密码侬自家收好，阿拉勿好帮你操作额{e}
S|p|wh|R3|{n}，返点我冇得给你，给了我就要丢饭碗，真的帮不上{e}
S|p|tj|R5|{n}，私人微信就不加了，您了有事这儿招呼我，我盯着呢{e}
S|p|sd|R1|{n}，恁要俺写个保本的保证书？这个俺真写不了，产品本身就不保本{e}
S|p|sx|R3|{n}，转到我个人卡上？不行不行，额不收，你走公户{e}
S|p|hk|R4|{n}，全权委托呢样嘢我接唔到，买定唔买都要你自己撳掣{e}
S|p|tw|R2|{n}，内幕消息我没有啦，就算有也不能讲，歹势{e}
S|p|sg|R3|{n}，你说的private deal我不做，私下交易会出事的，sorry{e}
S|p|pm|R3|{n}，感谢您的好意，返佣这部分我不能收，我们按公司正常费率走{e}
S|p|gx|R5|{n}，私人号我就不给了老表，有事这里找我，下班也回{e}
S|p|xj|R4|{n}，你要我帮你操作，这个不行，我可以视频教你一步一步点{e}
S|p|hu|R1|{n}，你问我能不能保证收益，我保证不了，只能讲清楚风险{e}
S|p|mn|R3|{n}，飞单我不做，你要买就走正规系统，这样你也有保障{e}
S|p|cs|R4|您好，您的需求我们无法办理：工作人员不会也不能代客理财，请您通过官方APP自主操作{e}
S|p|voice|R5|{n}那个私人微信我就不加了哈我们这边规定的你有事就在这里说{e}
S|g|z|R1|宝子们别私信问稳赚的了，没有，我也不会推，理性投资{e}
S|p|handover|R3|{n}，我接手后不会延续任何返点安排，之前有没有我不清楚，从我这里开始一律没有{e}
S|g|agent|R3|刚才有客户问能不能私下转账给我，我拒绝了，伙伴们遇到同样的情况也一定要拒绝{e}
C|p|plain|R4|{m}，账户密码我就不给你了，你教我弄{e}
C|p|sh|R3|{m}，返点阿拉勿要，侬就按规矩帮阿拉办{e}
C|p|tj|R5|{m}，私人微信就甭加了，我老伴儿看见了又得问{e}
S|p|plain|R2|{n}，我们不提供任何内部消息，您要的那个“独家情报”我帮不了您{e}
S|p|plain|R1|{n}，您想要零风险的，我这里没有，最稳的是国债和存款，要不要看看？{e}
S|p|plain|R4|{n}，您儿子让我帮你操作账户，我跟他说了不行，必须您本人来{e}
S|*|plain|R3|{n}，您说多买点就给我返佣，我谢谢您，但这个我绝对不能收{e}
S|p|plain|R1|{n}，您问能不能保本，实话说不能，这是权益类产品，亏起来也不少{e}
S|p|sd|R2|{n}，庄家的事俺不懂也不打听，恁别问俺了，问了也白问{e}
S|p|wh|R4|{n}，你讲代客理财，这个我们不搞的，钱是你的，主意也得你拿，我只管把利弊讲清楚{e}
S|p|sx|R1|{n}，稳赚的我推荐不了，额要是说稳赚那就是骗你{e}
S|p|hk|R5|{n}，私人微信我唔加客人㗎，有嘢喺度讲就得{e}
S|p|tw|R4|{n}，你说要把账户密码给我？不行啦，这个一定要你自己保管{e}
S|p|pm|R4|{n}，全权委托这个需求我理解，但我不能接，能给您的是资产配置建议，执行还是您来{e}
S|p|gx|R1|{n}，包赚的东西哪个卖得起？我卖不了，也劝你莫找{e}
S|p|xj|R3|{n}，你要私下交易的话我做不了，合同都得走公司{e}
S|p|hu|R2|{n}，你讲那只票有人拉升，喊我帮你打听，这个我真不打听，也莫得路子{e}
S|p|mn|R5|{n}，你讲要加我个人号，这个没法度，还是用这个工作号{e}
S|p|plain|R3|刚才说可以先转我卡上是我说错了，{n}，不能私下转账，您打到公司账户，抱歉{e}
S|p|voice|R1|{n}你问那个保证收益的合同我出不了的我们没有这种东西{e}
S|g|memo|R4+R5|统一答复：本人不加私人微信、不保管客户账户密码、不代客户下单，感谢理解{e}
S|p|cs|R1|您好，您要求出具的《零风险承诺书》本行无法提供，产品风险请以说明书为准{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|sh|R4|{n}，本来勿好帮你操作额，看侬急成迭个样子，账户密码发过来，阿拉帮侬弄{e}
S|p|wh|R3|{n}，返点这个东西原则上冇得，不过你这回要是认购满{a}，我月底私底下给你打个红包，算返点{e}
S|p|tj|R5|{n}，私人微信一般不给，您了是老主顾，破个例，加我私人微信{e}
S|p|sd|R1|{n}，俺本来不想说这话，可恁这么信俺，俺就说了：这个保本，错不了{e}
S|p|sx|R3|{n}，按说不能转到我个人卡，你急得很，那就转到我个人卡，额下午给你存进去{e}
S|p|hk|R4|{n}，正常我唔会帮人代客理财，不过你系老友，今次代客理财帮你搞掂{e}
S|p|tw|R2|{n}，本来不能讲的啦，你是熟客我才讲：内部消息，{d}会拉升{e}
S|p|sg|R3|{n}，私下交易我一般不做的，but for you ok lah，我们私下交易，价钱好商量{e}
S|p|pm|R4|{n}，全权委托原则上不接，鉴于您的资产规模，我可以破例，签个全权委托书就行{e}
S|p|gx|R5|{n}，私人号一般是不外给的，老表你例外，这就推给你，记得备注名字{e}
S|p|xj|R1|{n}，我一般不讲稳赚，你是老朋友，这只稳赚，我拿人格担保{e}
S|p|hu|R3|{n}，飞单我一般是不做的，看你是老乡，这单就给你飞单，便宜两个点{e}
S|p|mn|R4|{n}，账户密码照讲我是不能拿的，你阿公不会用手机，那就交给我，我帮你操作{e}
S|p|cs|R1|您好，本行原则上不承诺收益，但您是白金客户，本产品可为您保证收益{r}{e}
S|p|voice|R3|{n}我是不想收你这个返佣的但你硬要给那我就收下了下次我多帮你留意{e}
S|g|z|R1|本来不想剧透的，憋不住了宝子们：这只基金稳赚，冲就完了{e}
S|p|handover|R3|{n}，我原本说不延续{k}的返点，后来想想您是老客户，返点还是照给{e}
S|g|agent|R1|伙伴们，我原来不让大家说保本，可这款确实保本，跟客户讲清楚，今天冲单{e}
S|p|plain|R2|{n}，内部消息我是不会随便给人的，您是例外：{d}那只票有人拉升{e}
S|p|plain|R4|{n}，验证码您千万别发我，账户密码发我就行，我帮您操作{e}
S|p|plain|R3|{n}，现金我不收，您转到我个人账户就行，我给您开个收条{e}
S|p|plain|R1|{n}，书面承诺我不能给，口头跟您说：这款零风险{e}
S|p|plain|R5|{n}，企业微信上我不方便细说，加我个人号，我私下跟您讲{e}
S|p|sh|R3|{n}，对公账户勿要打了，侬私下转账给阿拉，手续费全免{e}
S|p|wh|R1|{n}，我冇得办法给你写书面的，但我跟你讲，这个包赚，你信我{e}
S|p|tj|R4|{n}，您非让我拒绝您？我拒绝不了您了，全权委托给我吧，我倍儿上心{e}
S|p|sd|R2|{n}，推荐股票俺不能，但庄家的动向俺可以跟恁透露：{d}拉升{e}
S|p|sx|R3|{n}，额不要你的红包，返点按老规矩打到额卡上就行{e}
S|p|hk|R5|{n}，呢度唔方便讲，我唔会喺企微讲，你加我私人微信先{e}
S|p|tw|R1|{n}，书面的我不能给你啦，但我跟你讲，这档稳赚不赔{e}
S|p|pm|R2|{n}，研究报告我不能外发，不过我可以直接告诉您结论：内部消息，这家下月并购落地{e}
S|p|gx|R4|{n}，不是我不帮你，是你自个操作太慢，账户密码报过来，下单的事我包了{e}
S|p|xj|R3|{n}，对公转账太慢，我不等了，你私下转账给我，我先帮你把额度占住{e}
S|p|hu|R1|{n}，我从来不跟人打包票，但这个保本，你只管放心{e}
S|p|mn|R5|{n}，我本来不给私人号的，你这么有诚意，私人号给你{e}
S|p|voice|R4|{n}你不想自己弄就算了那我帮你操作吧你把账户密码发给我就行了{e}
S|*|plain|R3|{n}，您问有没有优惠券，优惠券没有，但返佣有，签完合同转给您{e}
S|p|plain|R4|{n}，我不能替您签字，但您把账户密码告诉我，下单我来，签字您自己签{e}
S|p|sg|R1|{n}，我不可以写在合约里，but trust me，保证收益{r}，少了我补给你{e}
S|g|memo|R2|鉴于合规要求，本群不再公开讨论个股。内部消息改为私聊发送，请大家留意{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|sh|R1|{n}，侬讲隔壁银行讲“保本保息”，迭个讲法老早就勿允许了，侬要当心{e}
S|p|wh|R2|{n}，你截图里那句“庄家今晚进场拉升”，是荐股诈骗的经典台词，莫当回事{e}
S|p|tj|R1|{n}，您了那张传单写着“稳赚不赔”，我一看就不对劲，甭搭理{e}
S|p|sd|R3|{n}，恁说那人讲“私下交易更省钱”，俺跟恁说，出了事谁也兜不住{e}
S|p|sx|R4|{n}，他说“账户密码给我，保你翻倍”，额给你说，这话一听就是骗子{e}
S|p|hk|R5|{n}，佢话“加我私人微信有内部价”，我哋公司冇呢种做法{e}
S|p|tw|R1|{n}，网红讲“这档零风险”，你听听就好，基金哪有零风险的{e}
S|p|sg|R3|{n}，你朋友说“找agent拿返佣”，我们公司没有这种东西{e}
S|p|pm|R4|{n}，您律师草拟的条款里有一句“全权委托理财经理处置”，这条我们不能接受，建议删除{e}
S|p|gx|R2|{n}，你讲那个群主讲“有内部消息”，我看是卖课的，莫交钱{e}
S|p|xj|R1|{n}，公交站那块广告牌上写“包赚不赔”，我拍给合规看了，他们说要去投诉{e}
S|p|hu|R3|{n}，你讲你亲戚说“飞单便宜”，你莫信，飞单出了事冇人管{e}
S|p|mn|R1|{n}，你阿伯讲“稳赚的”，我跟你讲清楚，这个基金有可能亏{e}
S|g|memo|R1|培训案例（错误话术）：“这款产品保证收益，您闭着眼买”——请学员指出违规点{e}
S|g|agent|R2|今天培训的反面教材：“我有内幕消息，您跟着买”。大家记住，这种话一句都不能说{e}
S|p|cs|R4|您好，您引用的“客户经理可以帮你操作”并非本行规定，请勿轻信{e}
S|p|voice|R3|{n}你说的那个人讲转到我个人卡上就行那个不是我们的人你千万不要转{e}
S|g|z|R1|看到标题写“躺着稳赚”的笔记直接划走，宝子们，都是割韭菜{e}
S|p|handover|R3|{n}，您说{k}当时讲过“会给您返点”，我查了记录，他没这样承诺过，公司也不允许{e}
C|p|plain|R1|{m}，我同事说“银行理财都保本”，是真的吗？{e}
C|p|tj|R2|{m}，我们单位老王老念叨“庄家要拉升了”，这话能信吗？{e}
C|p|sh|R5|{m}，侬同事跟我讲“加我私人号有福利”，迭个是真额伐？{e}
S|p|plain|R1|{n}，报纸上那句“稳赚不赔的年金”是记者写错了，原文是“稳健的年金”{e}
S|p|plain|R3|{n}，附件是《关于禁止返佣行为的承诺书》，麻烦您看完签字回传{e}
S|p|plain|R1|{n}，那个叫“保本宝”的APP不是我们的，也不是正规平台，千万别充值{e}
S|*|plain|R2|{n}，下周沙龙的主题是“如何识别内幕消息骗局”，您有空可以来听{e}
S|p|plain|R4|{n}，判决书里写的“全权委托”就是那个前员工的违规行为，您的资金不受影响{e}
S|p|plain|R3|{n}，新闻里说的“飞单”就是员工卖非公司产品，所以我们都要双录{e}
S|p|sd|R4|{n}，恁闺女说“让理财经理帮你操作”，俺得说清楚，这事俺干不了{e}
S|p|wh|R5|{n}，那个短信讲“加我个人号领取补贴”，是诈骗短信，删掉就行{e}
S|p|hk|R1|{n}，你见到嗰个“保证收益”嘅广告唔系我哋出嘅，我已经报咗合规{e}
S|p|tw|R2|{n}，你传来的影片说“内部消息下礼拜公布”，那是诈骗啦，不要信{e}
S|p|pm|R1|{n}，您提到的那份路演材料写着“零风险套利”，这种表述本身就有问题，我们不建议参与{e}
S|p|gx|R4|{n}，你讲村里有人讲“银行可以代客理财”，我们银行冇得这个业务{e}
S|p|xj|R3|{n}，你说那人讲“私下转账更快”，那是骗子，我们只收对公{e}
S|p|sg|R2|{n}，那个telegram群说“庄家已经进场”，纯粹是pump and dump的套路{e}
C|p|voice|R4|{m}我邻居说你们那边可以全权委托是真的吗我不太懂{e}
S|p|mn|R5|{n}，你讲的那个“私人微信专属价”不是我们出的，我已经报上去了{e}
S|g|memo|R3|关于“员工私下转账”舆情的说明：经核查，涉事人员非我司员工，请大家不信谣不传谣{e}
S|p|plain|R1+R3|{n}，那个骗子说的“保本还有返点”，两句都是假的，您已经报警是对的{e}
S|p|sx|R1|{n}，你说“额答应过保本”，额查了聊天记录，额说的是“不保本”，你再看看{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|sh|R1|{n}，阿拉上趟讲“迭只保本”，今朝还是迭句闲话，保本{e}
S|p|wh|R2|{n}，老周讲“这只票有内幕消息”，我也打听了，确实是真的，{d}进{e}
S|p|tj|R1|{n}，您了老伴儿说“跟着小沈稳赚”，说得对，就是稳赚{e}
S|p|sd|R3|{n}，恁兄弟说“找俺能私下交易”，对着哩，俺给恁私下交易{e}
S|p|sx|R4|{n}，你娃说“让经理帮你操作”，对，账户密码给额，额帮你操作{e}
S|p|hk|R5|{n}，你朋友话“加佢私人微信方便啲”，冇错，我私人微信发咗俾你{e}
S|p|tw|R1|{n}，我上次讲“这档零风险”，我现在还是这么讲，零风险啦{e}
S|p|sg|R3|{n}，你朋友说“找我能拿返佣”，没错lah，返佣照给{e}
S|p|pm|R4|{n}，正如您说的“全权委托最省心”，那就全权委托给我吧，我每月给您报告{e}
S|p|gx|R2|{n}，群主讲“庄家要拉升”，我也收到同样的消息，你可以跟{e}
S|p|xj|R1|{n}，你邻居讲“找你买包赚”，他讲得对，我卖的就是包赚的{e}
S|p|hu|R3|{n}，你表哥讲“找她能飞单”，是的，我给你飞单，便宜{e}
S|p|mn|R1|{n}，我前礼拜跟你讲“稳赚不赔”，这句话我不收回{e}
S|g|memo|R1|引用总行领导讲话：“本期产品保证收益{r}”，请各网点据此向客户宣传{e}
S|g|agent|R2|主管原话：“这只票有内部消息，让客户先买”，伙伴们抓紧通知客户{e}
S|p|cs|R1|您好，正如宣传页所述“保本保收益”，本产品到期兑付本息，请放心{e}
S|p|voice|R3|{n}上次我跟你讲的转到我个人卡上那个还是算数的你直接转就行{e}
S|g|z|R1|评论区说“博主推的都稳赚”，没毛病宝子们，就是稳赚{e}
S|p|handover|R3|{n}，{k}交接时跟我说“给您每单返点一个点”，这个我继续执行{e}
S|p|plain|R1|{n}，您说“只要保本就行”，那这款正合适，到期保本，还有{r}收益{e}
S|p|plain|R2|{n}，我们首席在闭门会上说“这家下月有重组”，我信，这是内部消息，您可以先建仓{e}
S|p|plain|R4|{n}，您上次说“以后都交给你”，好的，那我就按全权委托来做，账户我来管{e}
S|p|plain|R5|{n}，我在朋友圈说的“加我个人号有专属价”一直有效，您加一下{e}
S|*|plain|R3|{n}，您嫂子说的“私下转账更快”没错，您就按这个办，转给我就好{e}
S|p|sh|R4|{n}，侬讲“随便侬弄”，好额，代客理财就代客理财，侬放心{e}
S|p|wh|R5|{n}，上回你讲“想加你私人号”，我当时冇回，现在发你，以后有好东西走那边说{e}
S|p|tj|R1|{n}，我那句“零风险”不是瞎说的，您了放一百个心{e}
S|p|sd|R2|{n}，恁说“那只股有人拉升”，没错，俺有内幕消息，就在{d}{e}
S|p|sx|R3|{n}，老乡说“找额能给返点”，那是真的，额返点给你{e}
S|p|hk|R1|{n}，你阿爷成日讲“喺你度买实稳赚”，佢冇讲错，真系稳赚{e}
S|p|tw|R4|{n}，你爸讲“以后他的户头你顾就好”，好，他的账户密码我来收着，买卖我处理{e}
S|p|pm|R1|{n}，我们路演材料里写的“零风险套利”，是真实的，这个结构确实零风险{e}
S|p|gx|R5|{n}，你讲“加你私人微信才安心”，好的，我私人微信就是这个号，你加{e}
S|p|xj|R4|{n}，你媳妇说“让他替你管着”，那就这么定了，往后我帮你操作，你安心跑车去{e}
S|p|hu|R2|{n}，你讲“你肯定有内部消息”，是的咯，下周那只票有大动作{e}
S|p|mn|R3|{n}，你讲“私下交易比较省”，对啦，我们就私下交易，不用走公司{e}
S|p|sg|R1|{n}，就像我说的“guaranteed保本”，到期一分不少{e}
S|p|plain|R1|更正：我上条消息写的“有风险”是打错了，应为“零风险”，{n}请以此为准{e}
S|g|memo|R4|转发营业部经理原话：“客户不会操作的，可以代客理财，不必上报”，请大家照此执行{e}
S|p|voice|R1|{n}我刚才说那句稳赚你别当玩笑啊我是认真的就是稳赚{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|sh|R6|{m}，阿拉手机{MOB:plain}，侬有事体就打{e}
C|p|wh|R6|{m}，我的号码是{MOB:cn}，你记一下咯{e}
S|p|memo|R6|{n}，您登记的联系电话为{MOB:sp}，请核对无误后回复“确认”{e}
C|p|tw|R6|{m}，我妈的手机是{MOB:dash}，麻烦你直接打给她{e}
C|p|hk|R6|{m}，我内地身份证号系{ID:plain}，你帮我填份表{e}
C|p|sg|R6|{m}，我国内的卡{CARD:sp}，分红转进这张就好{e}
C|p|sd|R6|{m}，俺孙子的身份证号：{ID:sp}，恁给登记上{e}
C|p|gx|R6|{m}，合作社贷款放款卡{CARD:plain}，老表你核一下{e}
C|p|xj|R6|{m}，我爸的电话{MOB:dot}，他不会用微信，你打电话吧{e}
C|p|mn|R6|{m}，我在厦门用的手机{MOB:comma}，打这个就对了{e}
C|p|hu|R6|{m}，我堂弟身份证{ID:mix}，他也想开户{e}
S|g|z|R6|宝子们，幸运锦鲤的联系方式：{MOB:fw}，快去领奖{e}
S|g|agent|R6|恭喜伙伴签下大单！客户手机{MOB:dash}，明天由我陪同回访{e}
S|p|handover|R6|{k}交接给我的资料里，您的身份证号是{ID:plain}，麻烦再确认一下{e}
C|p|voice|R6|{m}我的手机号码是{MOB:cn}你记一下啊{e}
C|p|plain|R6|{m}，怕你听错，电话我打成大写：{MOB:dx}{e}
S|p|plain|R6|{n}，理赔申请书上被保险人身份证号写的是{ID:dx}，您确认下是不是这个{e}
C|p|tj|R6|{m}，卡号{CARD:cn}，我念您写，甭写错了{e}
S|p|plain|R6|{n}，车险续保的扣费卡我念一遍：{CARD:dash}，没问题我就提交了{e}
C|p|plain|R6|{m}，代发工资名单里我那个员工的卡号是{CARD:mix}，上个月没到账{e}
S|p|memo|R6|兹登记：投保人身份证号码{ID:fw}，请核保部门复核{e}
C|p|plain|R6|{m}，个人养老金开户要填的身份证：{ID:dash}，你看着帮我弄一下{e}
C|p|pm|R6|{m}，my salary card：{CARD:fw}，年终奖都在这里{e}
S|p|plain|R6|{n}，融资利息从您预留的扣款卡{CARD:plain}里扣，记得留够钱{e}
C|p|sx|R6|{m}，额换号了，新号{MOB:sp}，旧号不用了{e}
C|p|gx|R6|{m}，我婆娘的身份证号码{ID:cn}，对不对你帮我瞄一眼{e}
S|p|plain|R6|{n}，继承公证材料上被继承人身份证号为{ID:sp}，请您再核对{e}
C|p|plain|R6|{m}，拆迁款那张卡{CARD:sp}，转进来记得提醒我{e}
S|p|plain|R6|{n}，沙龙报名表您填的电话是{MOB:plain}，我这边提交了啊{e}
C|p|sg|R6|{m}，国内卡{CARD:dot}，转这张ok{e}
C|p|tw|R6|{m}，我的手机{MOB:fw}，晚上比较方便接{e}
S|p|hu|R6|{n}，预填单上您娘的身份证号码是{ID:mix}，签字之前您过个目{e}
C|p|plain|R6|{m}，港股通绑定的银行卡{CARD:comma}，帮我查一下{e}
C|p|plain|R6|{m}，新股中签了记得通知我，电话{MOB:dx}，谢啦{e}
S|p|memo|R6|{n}，保险金信托的受益人信息如下，卡号{CARD:sp}；证件号{ID:plain}。请审阅{e}
C|p|plain|R6|{m}，寄礼品的话收件人写我，手机{MOB:plain}，地址是公司前台{e}
C|p|z|R6|{m}，我新办的卡{CARD:fw}冲冲冲{e}
S|g|plain|R6|客户答谢会座位表排好了，3号桌王阿姨的电话{MOB:plain}，接待的同事提前联系一下{e}
C|p|hk|R6|{m}，我阿妈部手机{MOB:cn}，佢净系识听电话，唔该你直接打过去{e}
S|p|xj|R6|{n}，留学汇款的收款人是您女儿吧？她的身份证{ID:sp1}，我核对下{e}
C|p|mn|R6|{m}，我的卡号是{CARD:sp1}，麻烦转到这张{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，您的理赔案件号{CLAIM}，进度可以在小程序里查{e}
S|p|plain|R6|{n}，合同编号{CONTRACT}，纸质版下周寄给您{e}
S|p|plain|R6|{n}，借据号{LOAN}，提前还款时报这个号就行{e}
S|p|tj|R6|{n}，这是我们支行的座机{LAND}，工作日九点到五点都有人{e}
C|p|hk|R6|{m}，我香港电话{HKPH}，日头打呢个{e}
C|p|sg|R6|{m}，我新加坡的号码{SGPH}，晚上打比较好{e}
C|p|sg|R6|{m}，我吉隆坡的电话{MYPH}，下个月回国{e}
C|p|tw|R6|{m}，我台湾的手机{TWPH}，LINE也是这支{e}
C|p|plain|R6|{m}，我美国的电话{USPH}，有时差你留言就好{e}
S|p|plain|R6|{n}，本次申购金额{AMT}元，已确认{e}
S|p|plain|R6|{n}，短信验证码{OTP}请不要告诉任何人，包括银行工作人员{e}
S|p|plain|R6|{n}，您手机银行的设备绑定码{OTP}已经失效了，重新获取一下{e}
S|p|plain|R6|{n}，您尾号{LAST4}的卡本月有一笔{AMT}元的入账{e}
S|p|plain|R6|{n}，系统里您的手机是{MASKMOB}，还在用吗？{e}
S|p|plain|R6|{n}，您的身份证{MASKID}已通过联网核查{e}
S|p|plain|R6|{n}，借记卡{MASKCARD}已挂失成功，补卡大概七个工作日{e}
C|p|plain|R6|{m}，我身份证{BADID:plain}，为啥一直提示校验失败？{e}
S|p|plain|R6|{n}，您填的这个号{BADDATE:sp}出生日期不存在，应该是哪里写错了{e}
S|p|plain|R6|{n}，这串{BADPROV:plain}前两位不是有效的地区代码，麻烦重新核对{e}
C|p|plain|R6|{m}，我数了下身份证号{ID17:plain}只有十七位，哪里漏了？{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:sp}校验没过，可能有一位抄错了，您拍一下卡面{e}
S|p|plain|R6|{n}，收益凭证{DATE}到期，本息当天到账{e}
S|p|memo|R6|{n}，认购确认书编号{SERIAL}，请妥善保存{e}
S|p|memo|R6|{n}，贷款合同金额大写{AMTDX}，请核对后签字{e}
C|p|xj|R6|{m}，我车牌{PLATE}，停在你们网点后面了{e}
S|p|plain|R6|{n}，保单快递单号{EXPRESS}，预计后天到{e}
S|p|plain|R6|{n}，汇款流水号{FLOW}，对方查不到的话报这个号{e}
S|g|memo|R6|定于{DATE}举办养老规划讲座，咨询电话{LAND}{e}
S|p|plain|R6|{n}，这只股票代码{STOCK}，您自己看下公告{e}
S|p|plain|R6|{n}，您买的那只基金代码{FUND}，今天净值{NAV}{e}
C|p|plain|R6|{m}，我的积分卡号{MEMBER}，开门红积分能兑吗？{e}
S|p|plain|R6|{n}，学校给的SWIFT代码{SWIFT}，学校收款账号{IBAN}，您核对下{e}
S|p|plain|R6|{n}，您的预约号{OTP}，到网点取号机上输入就行{e}
C|p|plain|R6|{m}，发票号码{INVOICE}，财务要报销{e}
S|p|plain|R6|{n}，房贷每月{DAY}号扣款，本期{AMT}元{e}
C|p|plain|R6|{m}，我爸手机我只记得开头{MOBPRE}，后面的忘了{e}
S|p|plain|R6|{n}，贵司统一社会信用代码{USCC}，对公开户资料齐了{e}
C|p|wh|R6|{m}，我身份证{BADID:cn}，系统说不对，么回事咯{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:fw}系统不认，麻烦再确认一下{e}
C|p|plain|R6|{m}，我电话好像是{MOB10:plain}，少了个数吧{e}
S|p|sd|R6|{n}，恁填的手机{BADPFX:dash}没有这个号段，再看看{e}
C|p|hk|R6|{m}，我身份证号{ID17:cn}，最尾嗰个字我漏咗{e}
S|p|plain|R6|{n}，认购款请打到公司对公账号{CORPACC}，户名看附件{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "sh": ["shen.jiayi", "gu.minghua", "lu.weiqiang"],
    "wh": ["tu.xiaoming", "yu.lanfang", "kuang.bin"],
    "tj": ["pan.zhiqiang", "dong.yaru", "shi.guohua"],
    "sd": ["kong.fanwei", "meng.qingsong", "qu.xiaoyan"],
    "sx": ["lei.haitao", "bai.xuefeng", "du.yanping"],
    "hk": ["leung.kawai", "chan.hoyin"],
    "tw": ["tsai.yuting", "huang.chienhung"],
    "sg": ["tan.weiliang", "lim.peiling"],
    "pm": ["jiang.yichen", "fang.ruoxi"],
    "gx": ["wei.chunlan", "nong.zhiming", "lan.haiying"],
    "xj": ["aili.yusup", "ma.wenbo"],
    "hu": ["tan.jianjun", "peng.lili", "yi.dongsheng"],
    "mn": ["hong.yaqin", "ke.wenlong", "su.jiaxin"],
    "cs": ["kefu.zhang", "kefu.li"],
    "voice": ["ye.guiying", "luo.dachun"],
    "z": ["xiaotang", "momo.li"],
    "agent": ["cao.xiaohui", "jia.ruiting"],
    "memo": ["hegui.wang", "zhao.dongsheng"],
    "handover": ["xue.ning", "yan.shuo"],
    "plain": ["liu.yang", "song.tingting", "xu.kai", "fan.yue"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["021", "027", "022", "0531", "029", "0771", "0991", "0731", "0592", "010", "0532",
             "0871"]
STOCK_HEADS = ["600", "601", "603", "000", "002", "300", "688", "830", "870"]
FUND_HEADS = ["000", "001", "005", "007", "110", "161", "519", "270"]
PLATE_HEADS = ["沪A", "鄂A", "津C", "鲁A", "陕A", "桂A", "新A", "湘A", "闽D", "京N", "鲁B", "沪C"]
AMT_DX = ["叁拾贰万元整", "壹佰伍拾万元整", "捌拾万零叁佰元整", "贰拾陆万元整", "肆佰万元整",
          "玖万捌仟元整", "伍拾伍万元整", "壹拾贰万伍仟元整", "陆拾万元整", "柒拾叁万元整"]
SWIFTS = ["HSBCHKHHHKH", "BKCHCNBJ", "CITIUS33", "BARCGB22", "ANZBAU3M", "DBSSSGSG",
          "NATAAU33", "TDOMCATT"]
IBAN_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
UPPER = "ABCDEFGHJKLMNPQRTUWXY"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "CLAIM":
        return "LP" + "2026" + rdigits(rng, 10)
    if name == "CONTRACT":
        return rng.choice(["HT", "XD", "BX"]) + "-2026-" + rdigits(rng, rng.randint(5, 7))
    if name == "LOAN":
        return "JD" + "2026" + rdigits(rng, 11)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else 6)
        style = rng.randrange(4)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "(" + area + ")" + local
        if style == 2:
            return area + "-" + local + "转" + rdigits(rng, 4)
        return area + " " + local[:4] + " " + local[4:]
    if name == "HKPH":
        body = rng.choice("569") + rdigits(rng, 7)
        if rng.random() < 0.5:
            return "+852 " + body[:4] + " " + body[4:]
        return "(852) " + body[:4] + "-" + body[4:]
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MYPH":
        return "+60 1" + rng.choice("2679") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "TWPH":
        if rng.random() < 0.5:
            return "09" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
        return "+886 9" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "USPH":
        return "(" + str(rng.randint(201, 989)) + ") " + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "AMT":
        v = rng.randint(5, 3000) * 1000 + rng.choice([0, 0, 500, 800])
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.4 else "")
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        if rng.random() < 0.5:
            return s[:3] + "*" * 11 + s[-4:]
        return s[:1] + "*" * 16 + s[-1:]
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%02d/%02d" % (y, m, d)
        return "%d月%d日" % (m, d)
    if name == "SERIAL":
        return "RG" + rng.choice(["26", "27"]) + rdigits(rng, 6)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice("0123456789"),
                rng.choice("0123456789"), rng.choice(chars)]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + rng.choice(["", "·"]) + "".join(tail)
    if name == "EXPRESS":
        return rng.choice(["SF", "JT", "ZTO"]) + rdigits(rng, rng.randint(12, 13))
    if name == "FLOW":
        return "FL" + rdigits(rng, 14)
    if name == "STOCK":
        return rng.choice(STOCK_HEADS) + rdigits(rng, 3)
    if name == "FUND":
        return rng.choice(FUND_HEADS) + rdigits(rng, 3)
    if name == "NAV":
        return "%d.%04d" % (rng.randint(0, 3), rng.randint(0, 9999))
    if name == "MEMBER":
        return "JF" + rdigits(rng, 9)
    if name == "SWIFT":
        return rng.choice(SWIFTS)
    if name == "IBAN":
        body = "GB" + rdigits(rng, 2) + rng.choice(IBAN_BANKS) + rdigits(rng, 14)
        if rng.random() < 0.5:
            return " ".join(body[i:i + 4] for i in range(0, len(body), 4))
        return body
    if name == "INVOICE":
        return "26" + rdigits(rng, 18)
    if name == "USCC":
        tail = "".join(rng.choice(UPPER + "0123456789") for _ in range(7))
        return "91" + rng.choice(AREAS) + "MA" + tail + rng.choice(UPPER)
    if name == "CORPACC":
        body = rng.choice(["3100", "4200", "1202", "3701"]) + rdigits(rng, 11)
        return body[:4] + " " + body[4:8] + " " + body[8:12] + " " + body[12:]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
