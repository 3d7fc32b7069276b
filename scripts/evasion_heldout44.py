#!/usr/bin/env python3
"""Blind held-out evaluation set 44 ("heldout44") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author read only ``scripts/evasion_blind_common.py`` (the shared machinery),
``scripts/evasion_heldout22.py`` (as the model of structure, API use and output format; none of
its templates, pools or staff names is reused) and ``scripts/eval_categories.sh`` (to register
the set).  The author never opened the scanner, its rule files, its tests, its archive, its
commit history or any other evaluation set (nor the training-corpus generator), never ran the
scanner, and searched nothing (no web or code search).  Every template below was written from
general knowledge of how Chinese-speaking financial sales staff and their customers talk on
WeCom (企业微信).  The set exists to measure how well the scanner generalises: do not tune the
scanner to it, do not add it to any training data, and run it once.

Voices
------
A futures company's account manager (margin, night sessions, spreads, introducing-broker
rebates); an insurance agent's WeChat Moments copy; a private bank relationship manager in a
formal register (family trusts, offshore notes); a livestream host's scripts (福袋, 小黄车,
宝子们); a robo-advisor's push notices and system replies; a customer service hotline
transcript (坐席：...); a branch manager talking to customers after the morning meeting; a
wealth salon invitation; a regulator's on-site inspection Q&A relayed to customers; a
Cantonese speaker (Guangzhou / Hong Kong flavour); a Hokkien-flavoured speaker (Xiamen /
Quanzhou / Taiwan: 阮 恁 毋通 拍谢 卡紧 佇遮); a young customer's and a young staff member's
internet slang; typo-heavy, unpunctuated voice input; an investor-education compliance quiz;
an internal memo relayed to a customer; a court judgment or arbitration award summary; plain
Mandarin staff and customers.

Hard cases
----------
Spread over every keyword category: rhetorical questions that push a violation versus
rhetorical questions answered honestly in the next clause; a prohibition quoted and then
broken in the same message; a warning about others followed by the speaker's own offer; a
refusal that gives in two clauses later; reported speech endorsed ("说得对") versus reported
speech debunked; the speaker re-affirming their own earlier promise; negated and
double-negated forms ("不是不能", "哪款不是保本的", "没有一家...是允许的"); a keyword inside an
event, account or document name (near miss); a prohibition phrased without any keyword next
to a separate real violation (labelled with the violation only); a keyword quoted in a quiz
question or a court summary; run-on voice input without punctuation; keywords split by one
of the separators ``· -_*.~`` in a minority (more than 0 and under 15 %) of each keyword
category's hits; 25 % of every category in traditional characters through the one-to-one
table ``_TRAD_PAIRS`` (ambiguous characters left out; the fold-back round trip is checked
exactly).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese/Arabic, full-width digits, one space between every two digits, and split by spaces,
dashes, dots and commas, versus look-alikes: bad ID check characters, impossible birth
dates, bad province codes, 17-digit IDs, Luhn failures, masked cards, IDs and mobiles, futures
fund accounts and contract codes, margin ratios, policy, private-bank client, portfolio,
archive, ticket, order, courier, student and case numbers, 400 hotlines, landlines, postcodes,
Hong Kong / Macau / Taiwan / Singapore phones, Hong Kong and Taiwan IDs, Taiwan compatriot
permits, SWIFT codes, amounts in figures and in 大写, dates, one-time codes, fund codes,
seat numbers, document numbers, first seven digits, 10-digit and bad-prefix mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout44.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h44_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 44_2026_1214
SET_NAME = "heldout44"
MSGID_PREFIX = "h44"
T0 = 1781600000000
SEQ0 = 1760000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("yue", "minnan")  # Cantonese and Hokkien messages go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150",
              "151", "152", "153", "155", "156", "157", "158", "159", "166", "175", "176",
              "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189",
              "191", "193", "195", "196", "197", "198", "199"]
AREAS = ["440104", "440106", "440604", "440305", "350206", "350203", "350502", "350581",
         "350102", "310104", "310115", "110108", "210202", "370202", "420106", "430104",
         "610113", "330108"]
CARD_BINS16 = ["622588", "621226", "622908", "625807", "622260", "621661", "622155", "623058",
               "622700"]
CARD_BINS19 = ["6222021", "6228481", "6217001", "6216610", "6230580", "6212264"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["周先生", "许女士", "蔡姐", "彭总", "邱老师", "卢叔", "戴阿姨", "潘哥", "袁老板", "苏姐",
          "姚总", "钟生", "江太", "魏大哥", "贺姐", "龚老师", "谭总", "曾姐", "阎叔", "柯小姐"],
    "m": ["小邓", "邓经理", "小蒋", "方顾问", "汪经理", "小谢", "谢经理", "程老师", "小白",
          "白主管", "莫经理", "小秦"],
    "e": ["", "", "🙂", "🤗", "🙌", "😉", "☕", "📈", "🌸", "👏", "🍵", "💰"],
    "d": ["下周二", "本周五收盘前", "明天开盘后", "月中", "国庆后", "今晚十点", "周四上午",
          "下个交易日", "这个月底", "周末"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "500万", "1000万", "35万", "70万"],
    "r": ["3.2%", "3.6%", "4%", "4.6%", "5.2%", "6.5%", "7%", "8%", "2.9%", "3.75%"],
    "k": ["小邓", "蒋经理", "方顾问", "小汪", "程主管", "谢专员", "白经理", "莫顾问", "秦老师",
          "小段"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; yue and minnan prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|fut|R3|{n}，开户走我这边，手续费返佣每个月私下打给你，别的客户经理能给你这个数吗？{e}
S|p|fut|R2|{n}，螺纹那边庄家已经在吸筹了，{d}一拉升你还在观望，到时候追得上吗？{e}
S|p|fut|R4|{n}，你上班哪有空盯盘？把期货账户密码交给我，夜盘我帮你操作，这不比你自己熬夜强？{e}
S|g|ins|R1|【{d}开售】孩子的教育金还能等吗？这款年金保本又保收益，错过再等一年{e}
S|g|ins|R1|谁说买保险只能图个安心？这款分红险稳赚不赔，{a}放进去，二十年后你就知道香不香{e}
S|p|pb|R4|{n}，以您家族的资产规模，还要亲自盯每一笔交易吗？签一份全权委托给我，{d}起由我替您打理{e}
S|p|pb|R1|{n}，这只私募我们私下都叫它保本款，过去五年哪一年让客户亏过？{e}
S|g|host|R1|家人们，{r}的收益还零风险，这种好事你上哪找去？左下角小黄车，{d}截止{e}
S|g|host|R5|直播间好多话不能讲，你们懂的吧？{d}之前加我私人微信，私聊里啥都能讲，还等啥呢宝子们{e}
S|p|robo|R1|【智投提醒】{n}，市场震荡何必焦虑？升级“稳健+”组合，算法保证收益{r}，还有比这更省心的选择吗？{e}
S|p|hotline|R4|坐席：{n}，您年纪大了，APP那么难用，何必自己折腾呢？您报一下账户密码，我在后台帮你操作就行{e}
S|g|meet|R1|各位老客户早，我是网点负责人。今早晨会我还跟同事说，咱们行推的理财啥时候让大家亏过？这期照样保本，{d}前额度{a}{e}
S|p|salon|R2|{n}，本周六的财富沙龙特邀一位私募大佬，现场分享内部消息，这样的机会一年能有几次？{e}
S|p|salon|R1|诚邀{n}莅临{d}的品鉴会：红酒、雪茄，再配一款稳赚的信托，人生乐事不过如此，您说呢？{e}
S|p|yue|R3|{n}，你喺我度买，我私下返点俾你，出面边度有咁着数？{e}
S|p|yue|R1|{n}，呢只基金稳赚㗎，你仲谂乜嘢啫？迟啲就冇额度喇{e}
S|p|minnan|R1|{n}，这款足稳啦，包赚的，你是要等啥米？拍谢讲这么直{e}
S|p|minnan|R5|{n}，公司这个号我无啥咧看，加我私人号卡紧啦，你讲是不是？{e}
S|p|gen|R2|{n}，内部消息都喂到嘴边了，你还在那emo？{d}直接拉升，冲就完了好吧{e}
S|g|gen|R1|宝，零风险还有{r}，这不纯纯白捡？不冲的是不是显眼包{e}
S|p|voice|R4|{n}你在不在啊我跟你说那个帐号的事你就把账户密码发给我嘛我帮你操作你自己弄又弄错了何必呢{e}
S|p|voice|R1|喂{n}我刚才语音转的字可能不对哈 我意思是这个产品保本的 保本的你听懂没有 这还用犹豫吗{e}
S|p|plain|R3|{n}，公司账户到账要三天，你直接转到我个人账户，我当天就帮你买上，何必多等？{e}
S|p|plain|R3|{n}，这单我给你走飞单，利息比柜台高{r}，谁跟钱过不去呢？{e}
S|p|plain|R4|{n}，您看您每天接送孙子都来不及，哪还有空管理财？代客理财交给我，不香吗？{e}
S|p|plain|R5|{n}，企业微信晚上收不到消息，你加我个人号不就完了？这还要想？{e}
S|p|pb|R5|{n}，以您的身份，何必和我们在企业微信上公事公办？我的私人号给您，随叫随到{e}
S|p|fut|R1|{n}，套利策略两边对冲，怎么可能亏？这就是稳赚的买卖，{a}放进来试试不就知道了？{e}
S|p|ins|R3|买保险还在货比三家？{n}，在我这投保，首年保费我私下返佣百分之三十，谁给得比我多？{e}
S|g|host|R1|宝子们，你存银行一年才几个点，放这儿包赚{r}，你说哪个傻子不买？{e}
S|p|robo|R2|【盘中快讯】{n}，据内部消息，{d}某军工龙头将获重组，您是否一键跟投？{e}
S|p|hotline|R5|坐席：{n}，热线排队这么久您不嫌烦吗？直接加我私人微信，以后有事找我一个人就行{e}
S|p|meet|R3|{n}，我是这儿的支行长，跟您交个底：别的行会给您返点吗？我们给，{d}来签约就有{e}
S|p|insp|R3|{n}，检查组问起来您就说没有返点，实际我还照给，这点默契咱们还没有吗？{e}
S|p|plain|R1|{n}，我们家哪款年金不是保本的？你找出一款不保本的我请你吃饭{e}
S|p|plain|R2|{n}，你以为那只票为什么天天涨停？庄家在里面呢，我早就跟你说了，再不上车还等什么？{e}
S|p|yue|R4|{n}，你咁忙点得闲睇盘？全权委托俾我啦，我帮你揸主意，使乜咁见外{e}
S|p|minnan|R3|{n}，你讲这笔款欲走公司？按呢足厚工，私下转账乎我，今仔日就办好，敢不好？{e}
S|p|gen|R5|{n}，你还在企微里等我回？加我个人号啊，秒回好吧，这都不懂？{e}
S|p|court|R1|{n}，那些打官司的都是自己乱买，跟着我买的哪个不是稳赚？你说我会害你吗？{e}
S|p|plain|R4|{n}，您不会用手机银行，难道还天天跑网点？账户密码告诉我，以后转账我帮你操作{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
S|p|fut|R1|{n}，期货加了杠杆，哪来的稳赚？保证金一天就可能亏掉一半，这话我得先说在前头{e}
C|p|fut|R3|{m}，你们期货公司手续费有返佣吗？朋友说别家有居间返佣{e}
S|p|fut|R2|{n}，你问我庄家会不会拉升？我要是知道，还用每天在这里盯研报吗？行情谁都说不准{e}
S|g|ins|R1|【说句实在话】{n}问保险能保本吗？看产品：万能险有保底利率，投连险就不保本，买之前请看清楚合同{e}
S|g|ins|R3|有人问我，买保险能不能拿返佣？不能。监管早就禁了，我也不会做，{n}别再问啦{e}
S|p|pb|R4|{n}，您问能不能全权委托给我？坦白讲不行，即使在私行，决策权也必须在您手上，我可以提供投资建议{e}
S|p|pb|R2|{n}，所谓内幕消息，若真是内幕，谁拿了谁违法，您说我们何苦去碰？{e}
S|g|host|R1|评论区又有人问零风险的有没有？主播说实话，没有！真有的话主播{d}还用在这熬夜直播吗{e}
S|g|host|R5|宝子们问主播私人微信是多少？不给哈，所有售后都走官方客服，{d}之前别被冒充的骗了{e}
S|p|robo|R1|【智投提醒】{n}，市场大跌，组合还能保本吗？不能。本组合为非保本浮动收益，请根据风险承受能力决定是否继续持有{e}
S|p|hotline|R4|坐席：{n}，您问我能不能帮你操作？抱歉，热线只做指导，交易得您本人在APP上确认{e}
C|p|hotline|R4|{m}，我是打过热线的那个，你们客服说不要给任何人账户密码，那你们自己的人要不要？{e}
S|g|meet|R1|各位客户，有人私下问我：支行长，这款真的稳赚吗？我当众回答：不是，任何投资都有风险，{d}的说明会上我会再讲一遍{e}
S|p|salon|R2|{n}，沙龙上那位嘉宾讲的是宏观，不是内幕消息，您问能不能照着买个股？这个真不建议{e}
S|p|insp|R3|{n}，检查组问：客户经理有没有返点给客户？我们的答复是没有，所有费用按价目表收取，您有疑问可以查合同{e}
S|p|yue|R1|{n}，你问呢只系咪保本？唔系呀，净值会上落，我唔会同你讲大话{e}
C|p|yue|R5|{m}，你有冇私人微信呀？企业微信我阿妈唔识用{e}
S|p|minnan|R1|{n}，稳赚？啥米稳赚，哪有这款代志，人若按呢讲你就毋通信{e}
C|p|minnan|R3|{m}，阮厝边讲私下交易卡俗，敢有影？{e}
C|p|gen|R1|{m}，这个真的稳赚吗？尊嘟假嘟，我存款就这么点，亏了要破防的{e}
S|p|gen|R2|{n}，内幕消息？别上头，真有这种东西早被割完了，轮得到咱打工人？{e}
S|p|voice|R4|{n}刚才语音可能没听清我再说一遍你问我能不能帮你操作不能的啊这个必须你自己来我可以在旁边教{e}
C|p|voice|R1|{m}那个那个我想问下就是这个保本不保本啊我老伴说要保本的才买{e}
S|g|quiz|R1|【投教小测验】第3题：客户问“这款产品零风险吗？”正确答复是？答案：没有零风险的投资产品，应如实揭示风险。{d}前交卷{e}
S|g|quiz|R3|【投教小测验】问：理财经理说可以私下转账给他，能不能转？答：不能，一律通过对公账户或官方渠道。{d}公布得分{e}
S|p|court|R1|{n}，您问那个案子里客户为什么赢了？因为经理承诺了保本，法院认定属于误导销售，所以我们从不这样说{e}
S|p|plain|R3|{n}，返点？我要是给了你，回头合规查到，我这工作还要不要了？所以真没有{e}
S|p|plain|R5|{n}，为什么不加私人微信？因为企业微信有留痕，出了事能查，对您也是保护{e}
S|p|plain|R4|{n}，代客理财合法吗？不合法。那我能做吗？当然也不能{e}
S|p|plain|R1|{n}，有没有不承担任何风险的理财？没有。所以谁跟您说保证收益，您都不要信{e}
C|p|plain|R3|{m}，我听说有人飞单跑路了，你们那边不会吧？{e}
S|p|pb|R1|{n}，家族信托能不能保本？信托本身只是架构，底层资产有风险，不能承诺保本，这点我必须讲清楚{e}
S|p|fut|R4|{n}，您想让我全权委托替您下单？期货公司员工接受全权委托是明令禁止的，您说我敢吗？{e}
S|p|ins|R5|{n}，总有朋友问，加保险顾问私人号有啥好处？其实没啥好处，企业微信一样能服务，还能查记录{e}
S|g|host|R3|宝子们问主播下单有没有返点？没有！价格就是页面价，{d}之前私信说能返点的都是骗子{e}
S|p|robo|R2|【投教推送】“内幕消息”可信吗？答案是否定的：利用内幕信息交易属违法行为，{n}请勿轻信{e}
C|g|salon|R4|{m}，沙龙上能不能现场代客理财啊？我自己不会弄{e}
S|p|yue|R2|{n}，乜嘢内幕消息呀？我哋睇嘅都系公开资料，你唔好听人讲{e}
S|p|minnan|R4|{n}，账户密码敢会使乎人？毋通啦，连我都毋通讲{e}
S|p|plain|R1|{n}，我说这个是保本的了吗？没有吧，我一直说的是中低风险，您再看看说明书第二页{e}
S|p|memo|R5|{n}，您问为什么我们换了工作手机就不能用私人号联系您？总部备忘写得明白：对客沟通必须留痕{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|p|fut|R3|{n}，按期货公司规定，员工不得向客户返佣，手续费标准都写在开户协议里{e}
S|g|fut|R4|【客户须知】期货交易须由客户本人下单，公司员工一律不得接受全权委托，{n}请知悉{e}
S|p|fut|R2|{n}，我们公司禁止员工传播所谓庄家动向，研报之外的东西我不会说{e}
S|g|ins|R1+R3|【保险人的底线】不说稳赚、不讲保本、不搞返佣——{n}，买保险请找守规矩的人{e}
S|p|ins|R3|{n}，监管早有规定，保险代理人不得给予投保人合同外利益，也就是不能返佣，别因为有人给返佣就买{e}
S|p|pb|R5|{n}，私人银行的客户关系同样受监管，我们不得使用私人微信与客户沟通，敬请理解{e}
S|p|pb|R4|{n}，本行规定私行客户经理不得代客理财，即使您授权也不行，所有指令需要您本人确认{e}
S|g|host|R1|直播规范第一条：主播不得说零风险、不得说保本，宝子们{d}如果听到，请直接截图举报{e}
S|g|host|R5|平台规则：直播间不得引导加私人微信，主播也不会加，{d}抽奖只在直播间公布{e}
S|p|robo|R1|【合规声明】{n}，根据监管要求，本服务不承诺保本，不保证收益，过往业绩不代表未来表现{e}
S|p|robo|R4|【安全提示】智能投顾不会以任何形式索要您的账户密码，{n}请勿向任何人透露{e}
S|p|hotline|R4|坐席：{n}，按规定热线人员不能帮你操作交易，也不会询问您的账户密码，请您本人办理{e}
S|p|hotline|R3|坐席：{n}，公司明确禁止员工以任何理由收取客户的私下转账，您反映的情况已转合规{e}
S|g|meet|R3|各位客户好，今早晨会我们又重申了一遍：严禁飞单，严禁返点，谁碰谁走人，请大家监督，{d}开放行长接待日{e}
S|p|meet|R1|{n}，行里周一晨会定的死规矩：对客户不准讲保本，不准讲稳赚，我们全网点都在执行{e}
S|g|salon|R2|【沙龙须知】{d}的财富沙龙，嘉宾不得透露任何内幕消息或推荐个股，{n}敬请理解{e}
S|p|salon|R3|{n}，沙龙报名免费，现场不得有任何返点、返现承诺，如有人私下联系您，请告知我们{e}
S|p|insp|R3|{n}，检查组提问：贵行是否禁止私下交易？答：是，员工手册第十二条明确禁止，您可以查阅{e}
S|g|insp|R5|监管检查问答摘录：问“员工可否用私人号对客营销”，答“不可以，必须使用企业微信”，{d}之前全员整改完毕{e}
S|p|yue|R4|{n}，公司规定唔可以帮你操作账户，你自己落单，我喺电话度教你点撳{e}
S|p|yue|R3|{n}，我哋行规系唔准私下转账，一定要过公司户口，唔好意思呀{e}
S|p|minnan|R1|{n}，阮公司规定毋通讲零风险，因为本来就有风险，拍谢{e}
S|p|minnan|R5|{n}，照规定毋通加私人微信，有代志佇遮讲就好{e}
S|p|gen|R2|{n}，公司不让传内部消息，我也不整那些有的没的，懂？{e}
C|p|gen|R1|{m}，你们规定不能说保本我懂，那能不能说人话告诉我最多亏多少{e}
S|p|voice|R3|{n}我跟你说一下啊公司有规定的不能返点的不管谁问都不能返点你就别问了哈{e}
S|p|voice|R4|{n}那个我们这个规定是不能帮你操作的嗯就是说你自己在手机上点我可以视频教你{e}
S|g|quiz|R4|【投教小测验】判断题：只要客户同意，理财经理就可以代客理财。答案：错，任何情况下都不得代客理财，{d}前提交{e}
S|g|quiz|R5|【投教小测验】选择题：理财经理能否用私人微信为您办理业务？A能 B不能。正确答案B，{n}答对了吗{e}
S|p|memo|R3|{n}，转发总部{d}的通知要点：严禁员工私下交易、严禁飞单，客户如发现请拨打投诉电话{e}
S|p|memo|R1|【备忘】对外宣传材料禁用词：保本、稳赚、零风险。{n}，您在我们海报里看不到这些字，就是这个原因{e}
S|p|court|R4|{n}，那份判决书写得很清楚：员工接受全权委托属于违规，须担责，所以我们都不接这种委托{e}
S|p|plain|R1|{n}，自打破刚兑以后，哪家银行的理财也不许再写保本了，不是我们一家这样{e}
S|p|plain|R2|{n}，根据证券法，利用内幕消息交易是违法的，我们公司对这个零容忍{e}
C|p|plain|R5|{m}，你们不让加私人微信是吧，那我晚上有急事咋办？{e}
S|p|plain|R3|{n}，没有一家正规机构是允许飞单的，我们当然也不例外{e}
S|p|pb|R3|{n}，按照本行员工行为守则，我们不得与客户发生任何私下交易，包括替您买卖房产这类事{e}
S|g|host|R4|直播间公告：任何人以“帮你操作”为名索要账户密码的都不是官方，主播不做此类服务，{d}起严打{e}
S|g|ins|R4|【朋友圈小贴士】保险顾问不能替你保管账户密码，也不能替你签字，这些都是红线。{d}再聊退保那些事{e}
S|p|robo|R5|【服务提醒】{n}，本平台顾问不会通过私人号联系您，请以App内消息为准{e}
S|p|fut|R1|{n}，期货营销有硬性规定，不得使用“保收益”“稳赚”之类的词，我跟您讲风险比讲收益多，这是规矩{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|fut|R3|{n}，公司明文不准给客户返佣，这个我知道，所以咱们私下来，每月{d}前我把返佣转你{e}
S|p|fut|R4|{n}，按规定我不能接受全权委托，所以咱们不签字，口头全权委托就行，账户我来打理{e}
S|p|fut|R2|{n}，公司禁止我们讲小道消息，可这次不一样，庄家{d}要拉升焦炭，你信我一次{e}
S|g|ins|R1|合规说朋友圈不能写“保本”，那我换个说法：本金一分不少还稳赚{r}，{n}懂的来私聊{e}
S|p|ins|R3|{n}，保险法是不准返佣的，但我这边首年保费返你{r}，我们就说是送礼，不叫返佣{e}
S|p|pb|R5|{n}，行里规定我们只能用企业微信，不过像您这样的贵宾，我的私人微信一直为您留着，名片已发您{e}
S|p|pb|R4|{n}，虽然制度要求每笔交易须由您本人确认，但以您的时间，不如把账户密码交给我，我定期替您调整{e}
S|g|host|R1|平台不让主播说保本，主播就不说那俩字了，反正{a}投进去，一年后连本带利一分不少，零风险，{d}前冲{e}
S|g|host|R5|直播间不让留联系方式对吧？那宝子们去主页找，我的私人号就藏在简介第三行，{d}前加的送红包{e}
S|p|robo|R1|【温馨提示】按监管要求，本组合不作收益承诺。但根据模型测算，{d}起保证收益{r}，{n}请放心持有{e}
S|p|hotline|R4|坐席：{n}，规定上我们不能代您下单，不过您现在报一下账户密码，我先帮你操作把单撤了，别跟别人讲{e}
S|p|meet|R3|{n}，晨会上我还在强调不准飞单，但咱们什么交情，你这笔{a}我给你飞单走个高收益的，别声张{e}
S|p|meet|R1|{n}，今天晨会行长还说不准讲保本，可我跟您这么多年了，私下讲一句：这款就是保本的{e}
S|p|salon|R2|{n}，沙龙上规定嘉宾不能透露内幕消息，所以散场后您留一下，嘉宾会单独跟您讲内幕消息{e}
S|p|salon|R3|诚邀{n}参加{d}财富沙龙。按规定现场不能发返点，所以到场签约的客户，返点会在会后私下转账给您{e}
S|p|insp|R3|{n}，下周监管来检查，这段时间返点先停一停，检查组走了我把欠你的返点一起补上{e}
S|p|insp|R5|{n}，检查期间企业微信上必须规规矩矩的，有事直接打我私人号，别在这里说{e}
S|p|yue|R1|{n}，公司话唔准讲稳赚，不过我同你讲真心话，呢只系稳赚嘅，你信我啦{e}
S|p|yue|R4|{n}，规矩系唔可以代客理财，不过你咁信得过我，户口交俾我，我代客理财都冇问题{e}
S|p|minnan|R3|{n}，公司讲毋通私下交易，毋过咱是老朋友，这摆私下交易，手续费我算你卡俗{e}
S|p|minnan|R1|{n}，规定讲毋通喊包赚，阮就细声讲：这支包赚，放心啦{e}
S|p|gen|R5|{n}，公司说不能把客户拉去别的平台，emmm那你加我私人微信，咱就当朋友聊，不算拉客户对吧{e}
S|g|gen|R2|公司说别传小道消息，行吧，那我只说一句：内部消息，{d}拉升，dddd{e}
S|p|voice|R4|{n}就是说公司不让我们碰客户的账户嘛我知道的但是你这个情况特殊你把账户密码发我我帮你操作一下就好了{e}
S|p|voice|R3|{n}喂那个手续费那个规定说不能退给客户但是我私底下返点给你就是每个月返点给你不用担心{e}
S|p|quiz|R4|刚做完合规测验，考的就是不准代客理财，哈哈，{n}你的账户还是我来全权委托管着吧{e}
S|p|memo|R1|{n}，总部备忘录要求不得承诺收益，但我看了产品底层，就是保本的，备忘录那是给外人看的{e}
S|p|memo|R3|{n}，上周内部通知禁止收客户好处，可你这笔{a}签下来，我私下给你返佣，这是咱俩的事{e}
S|p|court|R1|{n}，去年那个仲裁案我们输了是因为写了书面承诺，所以这次我不写，只口头告诉你：稳赚{r}，少了我补{e}
S|p|plain|R4|{n}，规定是不许代客理财，可你在国外，哪有时间管？账户密码发我，我替你打理{e}
S|p|plain|R3|{n}，公司不让私下收钱，那我们就不叫收钱，你把{a}转到我个人卡上，算借款{e}
S|p|plain|R2|{n}，不是说不能传内部消息吗？我没传啊，我只是告诉你{d}庄家要拉升，你自己判断{e}
S|p|plain|R1|{n}，规定禁止承诺，我不承诺，我只说：这款没亏过，以后也不会亏，就是零风险{e}
S|p|plain|R5|{n}，规定不能加私人微信，那你加我老婆的，她转给我，一样的，号我发你{e}
S|p|pb|R3|{n}，本行禁止员工与客户有资金往来，这笔{a}您私下转账给我，我们签个借条，不会有人知道{e}
S|p|fut|R1|{n}，协会规定不准承诺收益，但这个跨期套利我跑了三年，稳赚不赔，{a}起步{e}
S|g|host|R3|官方说主播不许返现，那咱们换个词叫返点，下单截图私信，每单返点{r}{e}
S|p|robo|R4|【服务通知】依规定，投顾不得代客下单。若您授权全权委托，系统将由顾问替您自动调仓，{n}回复1开通{e}
S|p|ins|R5|{n}，公司规定代理人只能用工作号，我工作号消息太多，你加我个人号吧，续保的事我第一时间回{e}
S|p|yue|R3|{n}，规矩上唔可以转到我个人户口，但系今次特事特办，你转到我个人户口先，我今晚帮你入返{e}
S|p|minnan|R4|{n}，公司规定毋通帮客户管账户，毋过恁阿公目睭无好，账户密码乎我，我帮你操作{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|fut|R2|【风险提示】近期有人冒充我司分析师在群内兜售“庄家拉升”信号，收费入群，{n}切勿上当{e}
S|p|fut|R3|{n}，您提到的那位居间人私下收您手续费返佣，这不是公司行为，我已经上报合规部门{e}
S|p|fut|R4|{n}，有客户反映有人自称我司员工，要求客户提供期货账户密码，请您务必不要透露{e}
S|g|ins|R1|【防骗提醒】“保本高息养老项目”不是保险，是非法集资！家里有老人的朋友转给他们看看，{d}社区讲座详谈{e}
S|p|ins|R3|{n}，您说的那个给您返佣的代理人，我查了，已经被公司解约了，保单本身有效，不受影响{e}
S|p|pb|R4|{n}，近期有不法分子冒用私行名义，以“代客理财、年化两成”为噱头诱骗高净值客户，请您提高警惕{e}
S|p|pb|R5|{n}，提醒您：本行人员不会用私人微信向您推荐产品，若有陌生账号自称是我，请第一时间联系我{e}
S|g|host|R1|宝子们注意！有人在别的平台盗用主播的脸说“稳赚不赔”，那都是AI换脸，主播从没说过，{d}会发声明{e}
S|g|host|R3|直播间紧急提醒：有人私信冒充客服说“退款要先私下转账”，这是诈骗，别转！{d}之前已经有三个宝子被骗{e}
S|p|robo|R2|【风险提示】{n}，近期有短信以“内部消息”为名诱导您下载非官方App，本平台从未发送此类短信{e}
S|p|hotline|R4|坐席：{n}，您的情况我记录了，对方让您下载屏幕共享软件并说要帮你操作，这是典型诈骗，请立即断开{e}
C|p|hotline|R1|{m}，我要投诉，你们网点有人跟我说这个是零风险，结果亏了{r}{e}
S|g|meet|R3|各位客户，上月有员工飞单被查处，已移送公安，支行向大家致歉，也请大家只在柜台和App办理业务，{d}召开说明会{e}
S|p|salon|R2|{n}，上次沙龙有位自称私募的来宾在会后散布内部消息，我们已取消他的参会资格，请您不要理会{e}
S|p|insp|R3|{n}，监管通报：某行客户经理以返点为诱饵揽储被罚，转给您看看，遇到类似情况请举报{e}
S|p|insp|R4|{n}，这次检查发现外面有机构代客理财出了大问题，提醒您千万不要把账户交给任何人{e}
S|p|yue|R5|{n}，小心啲，有人扮我叫你加私人微信，我从来唔会咁做，见到即刻block佢{e}
S|p|yue|R1|{n}，出面啲广告话“零风险月息两厘”，十足十系骗局，你唔好畀钱{e}
S|p|minnan|R2|{n}，最近有人佇群组讲有内幕消息，叫人先汇款，这是诈骗，毋通信{e}
C|p|minnan|R4|{m}，阮阿公讲有人敲电话来讨伊的账户密码，敢是恁公司的人？{e}
S|g|gen|R1|家人们避雷，最近短视频上有个“稳赚搭子”账号，骗了好多大学生，别信别冲，{d}我出个避坑合集{e}
C|p|gen|R5|{m}，有人加我说是你同事，还让我加他私人号，我直接拉黑了，没毛病吧{e}
S|p|voice|R3|{n}我跟你讲啊最近有骗子打电话说是我们公司的叫人私下转账你千万别转啊有事先问我{e}
S|p|voice|R1|{n}那个你妈妈说的那个保本的项目我帮她问了是假的那个公司都跑路了你跟她说一下{e}
S|g|quiz|R2|【投教小测验】案例题：有人在群里说“庄家明天拉升，交费跟单”，这属于？答案：诈骗或非法荐股，应举报。{d}公布解析{e}
S|p|memo|R5|{n}，我们{d}收到的风险通报说，有人伪造我行员工名片诱导客户加私人微信，您多留意{e}
S|p|court|R3|{n}，您关心的那起纠纷，仲裁裁决书认定原经理私下交易系个人行为，公司已先行赔付{e}
S|p|court|R1|{n}，法院判例摘要：理财经理口头承诺保本，客户亏损后起诉，法院判决银行承担部分责任，给您参考{e}
S|p|plain|R3|{n}，举报已经受理了。那个冒充我、说“转到我个人账户就行”的人不是我，他盗用了我的头像{e}
C|p|plain|R4|{m}，我要举报，你们有个经理跟我说可以代客理财，还要我签空白授权书{e}
S|p|plain|R1+R3|{n}，提醒一下，凡是说“保本还返点”的，百分之百是骗局，我们没有这种产品{e}
S|p|plain|R2|{n}，您发来的那段录音里说的庄家拉升，我听了，这是荐股诈骗的常用话术，请勿转账{e}
S|p|pb|R1|{n}，您转来的那份境外基金资料写着保收益{r}，这种承诺本身就违规，我建议您不要碰{e}
S|g|host|R4|宝子们，最近有人冒充平台要你们的账户密码说帮忙退款，别给！官方从来不要密码，{d}再提醒一次{e}
S|p|robo|R3|【安全公告】{n}，近期出现仿冒本平台的“返佣群”，声称充值即返佣，请勿参与并及时举报{e}
S|p|fut|R1|{n}，那个期货喊单群宣称“零风险日赚千元”，我们已经向协会举报了，您退群吧{e}
S|p|ins|R4|{n}，前两天有人冒充保险公司打电话说要帮你操作退保理赔，那是骗子，理赔只走官方App{e}
C|p|yue|R3|{m}，我想举报，你哋之前有个经理叫我私下交易，仲话唔使开单{e}
S|p|meet|R1|{n}，我是支行长，今天晨会通报了一件事：有员工对客户讲稳赚，已被停职，您若遇到类似情况可直接找我{e}
S|g|salon|R5|【沙龙温馨提示】会场如有人向您索要联系方式并邀您加私人号，请告知工作人员，{d}见{e}
C|p|voice|R4|{m}我跟你说啊有个人打电话说他帮你操作什么的要我账户密码我没给他对吧做得对吧{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|fut|R2|{n}，外面那些喊单群全是骗子，你别进。真正的内幕消息我这边有，{d}私聊发你{e}
S|p|fut|R3|{n}，别去找那些居间人要返佣，不靠谱，我私下返佣给你，比他们高{e}
S|p|fut|R4|{n}，提醒你别把账户交给外面的操盘手，风险太大。要交就交给我，账户密码发我，我帮你操作{e}
S|g|ins|R1|【防骗提醒】别信那些保本高息的理财骗局！想要真保本？我这款年金才是真的保本，{n}私信我{e}
S|p|ins|R3|{n}，外面代理人给你返佣都是坑，保单会出问题。你在我这买，返佣我给得更多，还安全{e}
S|p|pb|R2|{n}，市面上的所谓内部消息大多不可靠，但我们私行研究部的内部消息不一样，{d}我单独发您{e}
S|p|pb|R5|{n}，近期冒充私行人员的很多，企业微信账号也可能被仿冒，稳妥起见您加我私人微信，以后只认这个{e}
S|g|host|R1|宝子们小心别家直播间割韭菜！我们家这款才是零风险，{a}以内随便买，{d}截止{e}
S|g|host|R5|警惕假主播！真主播的私人号只有一个，就在置顶评论里，宝子们{d}前认准了再加{e}
S|p|robo|R1|【风险提示】{n}，市场波动加大，请警惕非法荐股。本平台“安心”组合保本保收益，欢迎一键转入{e}
S|p|hotline|R3|坐席：{n}，您说的那个私下转账的骗局我记录了，您放心。您这笔{a}要是急，可以转到我个人账户，我帮您转给公司{e}
S|p|hotline|R4|坐席：{n}，您千万别把密码告诉陌生人。我是官方客服，您跟我说账户密码没关系，我帮你操作更快{e}
S|g|meet|R3|各位客户，最近飞单的案子很多，大家当心。在咱们网点办就放心，我作为负责人，老客户照样返点，{d}来找我{e}
S|p|meet|R1|{n}，今天晨会通报了别家承诺收益被罚的事，您放心，我们这款不一样，真真正正保本{e}
S|p|salon|R2|诚邀{n}参加{d}沙龙，主题是“远离非法荐股”。会后我们会分享几只庄家正在运作的票，仅限到场嘉宾{e}
S|p|insp|R3|{n}，监管刚查了隔壁行的返点问题，咱们低调点，你这个月的返点我换成购物卡给你{e}
S|p|insp|R4|{n}，检查组说代客理财是重点，你要小心外面那些人。你的账户还是我来代客理财，我有分寸{e}
S|p|yue|R1|{n}，出面好多人话稳赚都系呃人，我呢只先至系真稳赚，你放心买{e}
S|p|yue|R3|{n}，小心啲人叫你私下交易，好危险。如果要私下交易，揾我啦，我帮你搞掂{e}
S|p|minnan|R5|{n}，最近有歹人假冒阮公司，你毋通随便加人。欲加就加我的私人微信，卡安全{e}
S|p|minnan|R2|{n}，外口彼些讲内幕消息的拢是骗子，毋过我这条内部消息是真的，{d}会起{e}
S|g|gen|R1|家人们，别信那些稳赚课程，都是割韭菜。想要稳赚就跟我，{d}开车，名额有限{e}
S|p|gen|R4|{n}，外面那些代操盘的都是坑，真的会谢。你把账户密码给我，我帮你操作，保你不踩雷{e}
S|p|voice|R3|{n}我跟你说外面那些叫你飞单的你都别信啊很危险的你要是想要高一点的收益就找我我给你飞单没问题的{e}
S|p|voice|R5|{n}最近好多骗子冒充我你注意一下啊你加我私人微信吧那个是真的我本人以后就用那个联系{e}
S|p|quiz|R4|刚做完投教测验，第一条就是不要把账户交给别人。不过{n}你放心，交给我不一样，全权委托给我吧{e}
S|p|memo|R2|{n}，总部备忘提醒客户警惕非法荐股。但这条是我们内部消息，不算荐股：{d}那只票要拉升{e}
S|p|court|R1|{n}，那个仲裁案的经理乱承诺保本才出的事，我不一样，我这款是真保本，白纸黑字{e}
S|p|plain|R3|{n}，网上骗子都让人私下转账，您要警惕。咱们是熟人，您直接转到我个人卡上，我替您存{e}
S|p|plain|R1|{n}，我提醒过您别碰P2P，那些说保本的全跑路了。这个不一样，我们家信托稳赚不赔{e}
S|p|plain|R4+R5|{n}，最近骗子很多，别随便给人账户密码。您加我私人微信，把账户密码发那边，我来处理{e}
S|p|plain|R2|{n}，群里那些庄家拉升的消息都是假的，我这有一手内幕消息，真的，{d}给你{e}
S|p|pb|R1|{n}，海外那些承诺收益的产品要警惕。我们私行的这款结构化票据保证收益{r}，这个是真的{e}
S|g|host|R4|宝子们，别把账号借给陌生人，很危险的！要托管就找主播团队，全权委托给我们，收益分成，{d}开放名额{e}
S|p|robo|R2|【盘前提示】{n}，请警惕网络上的荐股骗局。本平台独家内部消息：{d}某券商股将被庄家拉升{e}
S|p|fut|R1|{n}，期货风险很大，你别跟着群里瞎炒。跟我做这个套保策略，稳赚，亏了算我的{e}
S|g|ins|R5|朋友圈提醒：最近有人冒充我卖保险，大家注意！真的我只有一个私人号，扫码加这个，{d}前加送体检卡{e}
S|p|yue|R4|{n}，唔好俾啲陌生人帮你操作，好危险。我帮你操作就冇问题，账户密码WhatsApp俾我{e}
S|p|salon|R3|{n}，最近有人以沙龙名义收返佣，要当心。您来我们的沙龙，现场签单返佣{r}，正规的{e}
S|p|gen|R2|{n}，小红书上那些内部消息都是割韭菜的，我这个才是真内幕消息，{d}开冲{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|fut|R3|{n}，返佣这个真给不了，手续费是交易所加公司的标准，我一分都动不了{e}
S|p|fut|R4|{n}，您说夜盘让我帮你操作，这个我不能答应，我可以帮您设个价格提醒，但下单得您自己来{e}
S|p|fut|R2|{n}，您问庄家什么时候拉升，我回答不了，也不会去打听，只能给您看公开的持仓报告{e}
S|p|ins|R3|{n}，谢谢您的好意，返佣我不会给，也不会收，保费多少就是多少{e}
S|p|ins|R1|{n}，您想要保本又收益高的，我实话说没有，真有我也不敢卖给您{e}
S|p|pb|R4|{n}，承蒙信任，但全权委托我无法接受，每一笔交易仍需您本人授权确认，请见谅{e}
S|p|pb|R5|{n}，私人微信恕我不能添加，您有任何需求，企业微信和私行专线都是二十四小时的{e}
S|g|host|R5|宝子们别再私信要主播私人号了，不给，真不给，有问题找官方客服，{d}直播再说一遍{e}
S|p|host|R1|{n}，你问我敢不敢说包赚，我不敢，也不会说，直播间就卖正经东西{e}
S|p|robo|R4|【服务回复】{n}，您申请的“代客理财”服务本平台不提供，您可以选择自主调仓或参考投顾建议{e}
S|p|hotline|R3|坐席：{n}，您要求把款项私下转账给客户经理，这个我们不能办理，只能走官方渠道{e}
S|p|hotline|R4|坐席：{n}，请不要把账户密码告诉我，我们也不需要，您自己在App里改就可以{e}
S|p|meet|R3|{n}，支行长这里说一句：您提的返点要求，我们全行都做不到，不是针对您{e}
S|p|salon|R2|{n}，沙龙上您问嘉宾要内部消息，嘉宾不方便回答，我也代为婉拒，请您理解{e}
S|p|insp|R4|{n}，检查不检查都一样，帮你操作这种事我一直不做，以后也不做{e}
S|p|yue|R3|{n}，唔好意思，转到我个人户口呢样我真系唔做得，你转公司户口啦{e}
S|p|yue|R4|{n}，你话俾账户密码我，唔使啦，我唔要，你自己收好{e}
S|p|minnan|R5|{n}，拍谢，私人微信我毋通加，有代志佇遮讲就好{e}
S|p|minnan|R1|{n}，你讲欲保本的，阮遮无，我毋敢骗你{e}
S|p|gen|R2|{n}，要内幕消息？没有，真没有，别为难打工人了{e}
C|p|gen|R1|{m}，别跟我说稳赚了，我不信，直接说风险吧，我能扛{e}
S|p|voice|R3|{n}哎呀不用私下转账给我我不收的你就走公司对公账户我把开户行发你{e}
C|p|voice|R4|{m}那个账户密码我就不给你了啊我儿子说不能给你你教我怎么弄就行{e}
S|p|quiz|R3|{n}，您在测验里问能不能给返点，标准答案和我的答案一样：不能{e}
S|p|memo|R5|{n}，按内部要求我不能加您私人号，这次只能婉拒了{e}
S|p|court|R4|{n}，您上次提到的全权委托，我看了几个仲裁案例后更确定了，不能接，您还是自己做决定{e}
S|p|plain|R2|{n}，庄家动向我真不知道，您要我透露我也透露不了{e}
S|p|plain|R3|{n}，不是我不想帮你飞单，是我压根不会去做飞单，这事没商量{e}
S|p|plain|R1|{n}，您要我写保证收益的字条，这个我不能写，写了也是违规无效的{e}
C|p|plain|R5|{m}，不用加我个人号了，我们就在企业微信上聊{e}
S|p|plain|R4|{n}，代客理财不接，您给多少分成都一样{e}
S|p|pb|R3|{n}，您提议的私下交易，恕我不能参与，所有资金往来必须经由本行账户{e}
S|p|host|R3|{n}，你想要主播给你返点？抱歉啦，返点真的没有，优惠券倒是可以领{e}
S|p|robo|R1|【系统回复】{n}，您询问的“保本组合”目前不提供，本平台所有组合均为非保本产品{e}
S|p|fut|R5|{n}，期货公司员工的私人号一律不对客户，我的也不例外，抱歉{e}
S|p|ins|R4|{n}，您把账户密码发过来了？我不看，也没保存，请您马上改掉{e}
S|p|yue|R1|{n}，你要我讲句零风险先肯买，我讲唔出口，因为根本唔系{e}
S|p|minnan|R3|{n}，私下交易阮毋做，毋管你出偌济{e}
S|p|gen|R4|{n}，帮你操作？nonono，这个真不行，我可以开视频陪你自己点{e}
S|p|salon|R1|{n}，您问沙龙那款能不能承诺保收益，我必须拒绝，任何人承诺都不算数{e}
C|p|insp|R3|{m}，我不要返佣了，你们查得严，我也不想给你添麻烦{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|fut|R3|{n}，返佣按理说没有，你真开{a}的户，我每月私下返佣给你一个点{e}
S|p|fut|R4|{n}，我原则上不接受全权委托，可你出国三个月，那就全权委托给我吧，回来再对账{e}
S|p|fut|R2|{n}，本来不该说的，算了，庄家{d}要拉升，你先把仓位建好{e}
S|p|ins|R3|{n}，返佣我一般不给，你一次缴{a}的话，我私下返你三成，别告诉别人{e}
S|p|ins|R1|{n}，我一向不说保本，这次破例一句：这款就是保本的，你放心{e}
S|p|pb|R5|{n}，原则上不加私人微信，但您是私行客户，我的私人微信您记一下，随时联系{e}
S|p|pb|R4|{n}，代客理财我本不应接，但您如此信任我，就破例一次，账户由我来打理{e}
S|p|host|R1|{n}，主播本来不能打包票，但你都问三遍了，好吧，包赚，下单吧{e}
S|g|host|R5|宝子们一直要私人号，主播本来不想给的，算了，{d}前私信我，发你私人号{e}
S|p|robo|R1|【系统回复】{n}，本平台原则上不提供收益承诺；您为VIP客户，特别为您保证收益{r}{e}
S|p|hotline|R4|坐席：{n}，按理热线不能帮你操作，不过看您着急，您报一下账户密码，我替您处理{e}
S|p|hotline|R3|坐席：{n}，我们一般不接受私下转账，您要是急，转到我个人账户，我下班前帮您存进去{e}
S|p|meet|R3|{n}，本来支行不让返点的，你是十年老客户，我做主了，返点一个点{e}
S|p|salon|R2|{n}，沙龙上我没法讲，现在就我们俩，内部消息可以透露一点：{d}有庄家进场{e}
S|p|insp|R3|{n}，检查期间我本来不想碰这个，不过你等不及，那就私下交易吧，手续费按老价{e}
S|p|yue|R5|{n}，我本来唔加客私人微信，不过你系熟客，加我私人微信啦，方便啲{e}
S|p|yue|R1|{n}，我唔钟意讲稳赚，不过你问到咁尽，好啦，呢只稳赚{e}
S|p|minnan|R4|{n}，本来我毋帮人操作，毋过恁阿母袂晓用，账户密码乎我，我帮你操作{e}
S|p|minnan|R3|{n}，返点阮本来无咧给，看你是老主顾，返点照算乎你{e}
S|p|gen|R2|{n}，内部消息本来不想说的，算了，看你这么可怜，{d}拉升，别说是我说的{e}
S|p|gen|R4|{n}，不行不行……好吧你赢了，账户密码发我，我帮你操作，就这一次{e}
S|p|voice|R3|{n}我一开始是说不行的嘛但是你这么急那就私下转账给我吧我晚上帮你弄好{e}
S|p|voice|R1|{n}我不想说太满的但是这个确实是保本的你就放心吧我跟你打包票{e}
S|p|quiz|R4|{n}，测验里我选的是“不能代客理财”，不过那是考试，你这笔钱还是代客理财交我管吧{e}
S|p|memo|R3|{n}，内部要求是不能答应你的，但我自己担着，返佣照给，打到你家人卡上{e}
S|p|court|R1|{n}，出过仲裁的事以后我一般不说保本，但对你我不藏着：这个保本{e}
S|p|plain|R3|{n}，飞单的事我本来想拒绝，后来想想你也不容易，这次帮你飞单{e}
S|p|plain|R5|{n}，不是不能加私人号，只是我一般不加，你的话加吧，私人号发你{e}
S|p|plain|R1|{n}，我是不爱打包票的人，可这款零风险，我拿十年信誉担保{e}
S|p|plain|R4|{n}，账户密码我本来不该收，你发都发了，那我就帮你操作了{e}
S|p|plain|R2|{n}，内幕消息我拒绝过很多人，你例外，{d}那只票有人要拉升{e}
S|p|pb|R3|{n}，资金原则上只走本行，您执意如此，我们就私下交易，价格按您说的来{e}
S|p|host|R3|{n}，返点本来真没有，但你下单{a}以上，主播私下返点给你，别声张{e}
S|p|robo|R4|【顾问回复】{n}，原则上不代客下单，您已签约尊享服务，可全权委托顾问调仓{e}
S|p|fut|R5|{n}，公司不让我们给私人号，唉，你都问了好几次，加我个人号吧{e}
S|p|ins|R4|{n}，投保这些本该您自己操作，我说了不行，可您非要我来，那您把账户密码发我，我帮你操作{e}
S|p|yue|R3|{n}，我之前话唔得，今次就破例，你转到我个人户口，我帮你处理{e}
S|p|salon|R1|{n}，沙龙上我说了不保收益，私下跟您讲：这款保收益{r}，到期一分不少{e}
S|p|meet|R4|{n}，晨会后我想了想，你这个情况我就不拒绝了，代客理财我来，账户交我{e}
S|p|minnan|R1|{n}，我本来毋敢讲稳赚，毋过这支真正稳赚，你安心{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|fut|R2|{n}，您转来的那句“庄家下周拉升螺纹”，出处是一个收费喊单群，不可信{e}
S|p|fut|R3|{n}，您说的“开户送返佣”是别家居间人的说法，我们公司没有这一说{e}
S|g|ins|R1|朋友圈看到一句“买保险稳赚不赔”，我想说：保险是保障，不是投资，别被这种话带偏，{d}讲座再细说{e}
S|p|ins|R3|{n}，您朋友说的“找代理人拿返佣”，其实是违法的，最后吃亏的是您自己{e}
S|p|pb|R4|{n}，您引用的那位顾问说“全权委托最省心”，从合规角度，这句话我不认同{e}
S|p|pb|R1|{n}，那份境外路演材料里写的“本金有保障”“保收益”，在国内不合规，请您谨慎{e}
S|g|host|R1|有宝子截图说主播讲过“零风险”，主播回放翻了三遍，没有说过，{d}之前请大家不要传谣{e}
S|g|host|R5|宝子们，评论区那个说“加主播私人微信有内部价”的号是假的，{d}已经拉黑{e}
S|p|robo|R2|【辟谣】{n}，网传本平台推送“内部消息”的截图系伪造，本平台从不发布个股内幕{e}
S|p|hotline|R4|坐席：{n}，您说那个人讲“我帮你操作退款”，这不是我们的工作人员，请勿配合{e}
C|p|hotline|R3|{m}，你们客服上次跟我说“不要私下转账”，那我要怎么付款？{e}
S|p|meet|R1|{n}，您提到的“支行长说过保本”，我就是支行长，我从来没这么讲过，可能是误会了{e}
S|p|salon|R2|{n}，沙龙上那位嘉宾说的“庄家行为”，是在讲市场操纵的案例，不是推荐，您别误会{e}
S|p|insp|R3|{n}，检查组问员工“是否知晓飞单的危害”，全员都答了，您放心，我们会继续培训{e}
S|p|yue|R1|{n}，你阿叔话“买呢啲稳赚”，佢系道听途说，我哋冇咁讲过{e}
S|p|yue|R4|{n}，你转述嗰个人话“代客理财好正常”，其实系犯法嘅，唔好信{e}
S|p|minnan|R3|{n}，你讲恁朋友讲“私下交易卡俗”，这句话毋通信，出代志无人负责{e}
C|p|minnan|R1|{m}，阮阿姊讲“这支包赚”，敢有影？我是毋太相信{e}
S|p|gen|R2|{n}，那个博主说的“内部消息”我看了，就是把新闻标题改了一下，纯纯割韭菜{e}
C|p|gen|R1|{m}，我同学说“这个基金稳赚”，我有点上头，你帮我泼泼冷水{e}
S|p|voice|R5|{n}你说那个人跟你讲“加我私人微信就有优惠”那个不是我啊我从来不这么说的{e}
S|p|voice|R4|{n}刚才你讲的那个什么“账户密码给他他帮你弄”那个是骗子啊千万别给{e}
S|g|quiz|R1|【投教小测验】下列哪句话属于违规宣传？A“本产品稳赚不赔” B“投资有风险”。答案A，{n}答对了吗{e}
S|g|quiz|R5|【投教小测验】“加我私人号，给你内部价”这句话的问题在哪里？答案：引导脱离监管渠道，{d}公布解析{e}
S|p|memo|R3|{n}，您看到的那份“返佣标准表”是离职员工伪造的，总部备忘已经说明，请以官方价目表为准{e}
S|p|court|R1|{n}，仲裁庭在裁决里引用了原经理的话“保证收益不低于{r}”，认定该承诺无效，您可以参考{e}
S|p|court|R4|{n}，判决书原文是“被告员工以代客理财名义挪用资金”，这也是我们一直不做的原因{e}
S|p|plain|R3|{n}，您说的那句“转到我个人账户就行”，是骗子发的，我从来不会这么说{e}
S|p|plain|R2|{n}，您刚才引用的“内幕消息”，来自一篇已经被证实是谣言的帖子{e}
S|p|plain|R1+R4|{n}，那条短信里“帮你操作，保本翻倍”两句都是典型诈骗话术，您删了吧{e}
C|p|plain|R3|{m}，我表哥说“在你这能拿返点”，我跟他说不可能，对吧？{e}
S|p|pb|R5|{n}，您提到有人说“私人号上聊更私密”，我们私行不采用这种方式，所有沟通都有记录{e}
S|p|fut|R1|{n}，那篇文章说“期权卖方稳赚”，忽略了尾部风险，去年就有人爆仓{e}
S|p|host|R3|{n}，你说隔壁直播间讲“下单返佣”，那是违规的，我们不做{e}
S|p|robo|R1|【投教】常见误区：“定投一定保本”。事实上定投只能平滑成本，无法保本，{n}请知悉{e}
S|p|ins|R5|{n}，您说的那个“加我个人号领赠险”，我查了，不是我们公司的活动{e}
S|p|meet|R3|{n}，晨会上我们读了一份判例：某员工说“私下交易更便宜”，结果被判刑，这就是我们不做的原因{e}
S|p|salon|R1|{n}，请柬上那句“稳赚沙龙”是印刷厂搞错了，原文是“稳健沙龙”，特此更正{e}
C|p|yue|R5|{m}，有人话“加我私人号有着数”，系咪你哋同事？{e}
S|p|gen|R3|{n}，那个up主说“飞单收益翻倍”，评论区已经有人被坑了，别信{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|fut|R2|{n}，上周我说“庄家在吸筹”，现在应验了吧，{d}就拉升，跟上{e}
S|p|fut|R3|{n}，你朋友说“找你开户有返佣”，没错，返佣每月打你卡上{e}
S|g|ins|R1|朋友问我“你卖的保险保本吗”，我的回答永远是：保本，而且保收益{r}{e}
S|p|ins|R3|{n}，你同事说“找她买有返佣”，她说的就是我，返佣照老规矩{e}
S|p|pb|R4|{n}，您说“全权委托给你我放心”，那就这么定了，账户由我全权打理{e}
S|p|pb|R1|{n}，正如我上次所言“这笔配置保证收益{r}”，我依然坚持这个承诺{e}
S|g|host|R1|上场直播我说“这款零风险”，有人说主播乱讲，今天我再说一次：零风险，{d}截止{e}
S|g|host|R5|宝子们，昨天说的“加主播私人微信送福袋”还有效哈，{d}前都能加{e}
S|p|robo|R1|【回顾】{n}，我们此前推送的“稳赚计划”持续有效，保证收益{r}，欢迎追加{e}
S|p|hotline|R4|坐席：{n}，上次通话我说“可以帮你操作”，现在依然可以，您把账户密码告诉我就行{e}
S|p|meet|R1|{n}，行长在客户答谢会上说了“我们的理财就是保本的”，行长都这么说了，您还担心啥{e}
S|p|salon|R2|{n}，沙龙嘉宾说“这只票有内部消息”，我私下问过，确实靠谱，{d}可以进{e}
S|p|insp|R3|{n}，检查组走了，我之前说的“返点照给”不变，这个月一起结{e}
S|p|yue|R3|{n}，你老公话“揾你可以私下交易”，冇错呀，我哋就私下交易{e}
S|p|yue|R1|{n}，我上次讲“呢只保本”，依家都系咁讲，保本{e}
S|p|minnan|R4|{n}，你讲“交乎你我较放心”，好，账户密码传来，我帮你操作{e}
S|p|minnan|R5|{n}，恁小弟讲“加你私人微信较方便”，着啦，我私人微信发你{e}
S|p|gen|R1|{n}，你说“跟着你稳赚”，对滴，就是稳赚，yyds{e}
S|g|gen|R2|{n}说“小姐姐有内部消息”，没毛病，{d}给你们发{e}
S|p|voice|R3|{n}你刚才说的那个转到我个人卡上对的对的就是这样转过来就行{e}
S|p|voice|R1|{n}我之前跟你讲的那个零风险的是真的啊不是骗你的你放心买{e}
S|p|quiz|R1|{n}，测验题里“保本”是错误答案，可现实里这款真保本，我敢说{e}
S|p|memo|R3|{n}，备忘录里写的“飞单一律开除”，那是吓唬新人的，你这单照样飞单{e}
S|p|court|R4|{n}，判决书说“全权委托无效”，可我们签的是私下协议，不上法庭就没事，全权委托照旧{e}
S|p|plain|R1|{n}，您说“你上次说稳赚的”，对，我说过，现在还是稳赚{e}
S|p|plain|R2|{n}，张总说“庄家要拉升了”，我也打听到了，消息可靠{e}
S|p|plain|R3|{n}，您邻居说“她那边私下转账可以便宜两个点”，我这儿也行，转我{e}
S|p|plain|R5|{n}，我同事说“加她私人号能拿内部价”，我也一样，私人号发你{e}
S|p|plain|R4|{n}，您女儿说“让经理帮你操作就行”，对的，账户给我，我来{e}
S|p|pb|R3|{n}，您的律师说“私下交易可以节税”，我认同，我们就按私下交易来安排{e}
S|p|fut|R1|{n}，我师父常说“这个套利稳赚不赔”，我跟了五年也没亏过，你跟我做{e}
S|g|host|R3|宝子们，评论区说“主播给返点”，是真的，{d}下单每单返点{r}{e}
S|p|robo|R2|【投顾观点】{n}，正如研究员所说“该股有庄家护盘”，建议{d}前加仓{e}
S|p|ins|R5|{n}，您母亲说“加你个人号方便”，对，加我个人号吧，号已经发给您了{e}
S|p|yue|R4|{n}，你话“干脆代客理财啦”，好呀，我就同你代客理财{e}
S|p|minnan|R1|{n}，阮头家讲“这款保本”，伊讲的就是我讲的，保本啦{e}
S|p|salon|R1|{n}，请柬上写的“稳赚之夜”不是口误，这期产品就是稳赚，{d}见{e}
S|p|meet|R3|{n}，支行长说“老客户返点不能少”，我们照办，您这单返点一个点{e}
S|p|gen|R4|{n}，你说“账户全权委托给你得了”，ok，全权委托给我，你躺平就行{e}
S|p|court|R1|{n}，那个案子法官说“口头保本也算承诺”，那我就跟您口头讲：保本，我认{e}
"""

TEMPLATES["numbers", "hit"] = r"""
S|p|fut|R6|{n}，期货开户登记的联系电话是{MOB:plain}，请您确认是否正确{e}
C|p|fut|R6|{m}，保证金从这张卡出：{CARD:sp}，你帮我绑上{e}
C|p|ins|R6|{m}，给我妈投保，她身份证{ID:plain}，受益人写我{e}
S|p|ins|R6|{n}，投保单上被保人证件号码{ID:dash}，请您核对后签名{e}
S|p|pb|R6|{n}，家族信托受益人信息已录入：身份证号{ID:sp}，请您确认{e}
C|p|pb|R6|{m}，境外汇款用这张卡{CARD:dash}，麻烦你帮我预约额度{e}
S|g|host|R6|福袋中奖名单：手机{MOB:dash}的宝子，请{d}前联系客服领取{e}
S|p|robo|R6|【账户通知】{n}，您绑定的手机{MOB:plain}将用于接收调仓提醒{e}
S|p|hotline|R6|坐席记录：{n}来电号码{MOB:cn}，已回访{e}
C|p|hotline|R6|{m}，我刚打热线说不清楚，再打字发你：我的卡号{CARD:plain}，挂失了没？{e}
S|p|meet|R6|{n}，我是支行长，您有事可以直接打我工作手机{MOB:sp}{e}
S|p|salon|R6|{n}，沙龙报名已成功，您登记的电话{MOB:dot}，{d}会有短信提醒{e}
C|p|insp|R6|{m}，检查组要回访的话打我电话{MOB:plain}，白天都在{e}
C|p|yue|R6|{m}，我内地张卡{CARD:comma}，你帮我睇下入咗钱未{e}
C|p|yue|R6|{m}，我阿妈手机{MOB:fw}，佢唔识打字，你打畀佢啦{e}
C|p|minnan|R6|{m}，阮阿公的身份证{ID:mix}，你帮伊登记一下{e}
C|p|minnan|R6|{m}，我的电话{MOB:cn}，暗时敲较方便{e}
C|p|gen|R6|{m}，我手机{MOB:sp1}，有事dd我{e}
C|p|gen|R6|{m}，卡号{CARD:mix}，绝了我差点发错{e}
C|p|voice|R6|{m}我的身份证号码是{ID:cn}你记一下啊我念的是对的{e}
C|p|voice|R6|{m}那个卡号是{CARD:cn}你看一下对不对啊{e}
C|p|voice|R6|{m}我老伴的电话{MOB:cn}她耳朵不好你大声点{e}
S|p|memo|R6|{n}，您的开户资料已归档：联系电话{MOB:plain}，证件号{ID:plain}{e}
S|p|court|R6|{n}，仲裁申请书里申请人身份证号写的是{ID:sp}，和您提供的一致吗？{e}
C|p|plain|R6|{m}，我换卡了，新卡{CARD:dot}，以后从这扣{e}
C|p|plain|R6|{m}，我的身份证{ID:fw}，复印件明天给你{e}
S|p|plain|R6|{n}，您刚报的手机号{MOB:dx}我用大写记下了，没错吧{e}
C|p|plain|R6|{m}，我女儿的卡{CARD:fw}，教育金打这里{e}
C|p|pb|R6|{m}，我先生身份证号{ID:plain}，委托书上要填{e}
C|p|fut|R6|{m}，我换号了，新号{MOB:mix}，旧号别打了{e}
C|p|ins|R6|{m}，理赔款打这张卡{CARD:plain}，户名是我本人{e}
C|p|host|R6|{m}，我下单了，收货电话{MOB:plain}，赠品别漏了{e}
S|p|robo|R6|【身份核验】{n}，您提交的证件号{ID:dash}已通过核验{e}
S|p|hotline|R6|坐席：{n}，为您核对一下，预留卡号{CARD:sp}，对吗？{e}
C|p|salon|R6|{m}，帮我朋友也报个名，她电话{MOB:plain}，姓许{e}
C|p|yue|R6|{m}，我身份证{ID:dx}，你帮我填咗佢{e}
S|p|minnan|R6|{n}，恁阿母的卡号{CARD:dash}，我先登记，你确认一下{e}
S|p|gen|R6|宝，你发的手机号{MOB:plain}我存好了，礼品{d}寄出{e}
C|p|plain|R6|{m}，我身份证完整号码{ID:plain}，之前发的那个少一位{e}
C|p|plain|R6|{m}，我和老伴的卡都在这：{CARD:sp}，另一张尾号{LAST4}不用管{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|fut|R6|{n}，您的期货资金账号{FUTACC}，初始密码已短信发送，请尽快修改{e}
S|p|fut|R6|{n}，您持有的{CONTRACT}合约{DATE}进入交割月，请提前移仓{e}
S|p|fut|R6|{n}，当前保证金比例{PCT}，可用资金{AMT}元{e}
S|p|ins|R6|{n}，保单号{POLNO}，犹豫期到{DATE}，期间退保全额退费{e}
C|p|ins|R6|{m}，我身份证号{BADID:plain}，系统提示校验错误，是哪里输错了{e}
S|p|pb|R6|{n}，您的私行客户号{PBNO}，专属热线{HOTLINE}{e}
C|p|pb|R6|{m}，香港身份证{HKID}，内地证件我下次带过来{e}
S|g|host|R6|宝子们，订单号{LIVEORDER}的宝子，赠品{d}补发{e}
S|g|host|R6|直播间福袋口令{OTP}，{d}开奖{e}
S|p|robo|R6|【组合调仓】{n}，您的组合{PFCODE}已调整，本次调入基金{FUNDCODE}，占比{PCT}{e}
S|p|robo|R6|【验证码】{OTP}，{n}，请勿将验证码告知他人，本平台员工不会索要{e}
S|p|hotline|R6|坐席：{n}，您的工单号{TICKETKF}，处理进度可拨打{HOTLINE}查询{e}
C|p|hotline|R6|{m}，我打你们热线说我卡号{LUHNBAD:sp}不对，你帮我看看{e}
S|p|meet|R6|{n}，本网点邮编{POST}，营业时间九点到五点，电话{LAND}{e}
S|p|salon|R6|诚邀{n}出席{DATE}财富沙龙，座位{SEAT}，咨询{LAND}{e}
S|p|insp|R6|{n}，监管检查文号{DOCNO}，相关说明已在官网公示{e}
C|p|yue|R6|{m}，我香港电话{HKPH}，打呢个就得{e}
C|p|yue|R6|{m}，我澳门手机{MOPH}，平日揾我打呢个{e}
C|p|minnan|R6|{m}，我佇台湾的手机{TWPH}，暗时敲较会接{e}
C|p|minnan|R6|{m}，我台胞证号码{TBZ}，台湾身份证是{TWID}{e}
C|p|gen|R6|{m}，我手机尾号{LAST4}，验证码{OTP}收到了，但我不会发你的哈{e}
C|p|gen|R6|{m}，新加坡的号{SGPH}，我在那边实习{e}
C|p|voice|R6|{m}我电话是{MOB10:cn}好像少了一位我再看看{e}
C|p|voice|R6|{m}那个身份证号是{ID17:cn}最后一位我看不清{e}
C|p|voice|R6|{m}我卡号好像是{LUHNBAD:cn}你看对不对系统说不对{e}
S|g|quiz|R6|【投教小测验】下面这个号码{MASKMOB}是脱敏显示的，请问被隐藏了几位？答对的{n}有小礼品{e}
S|p|memo|R6|{n}，您的开户档案编号{ARCH}，纸质资料保存到{DATE}{e}
S|p|court|R6|{n}，案号{CASENO}，开庭时间{DATE}，地点三号仲裁庭{e}
S|p|plain|R6|{n}，您填的证件号{BADDATE:sp}日期段有误，请重新核对{e}
S|p|plain|R6|{n}，号码{BADPROV:plain}前两位不是有效的行政区划，麻烦再查一下{e}
C|p|plain|R6|{m}，我手机只记得前七位{MOBPRE}，剩下的要回家看{e}
S|p|plain|R6|{n}，您留的号{BADPFX:sp}不是有效手机号段，麻烦再发一次{e}
S|p|plain|R6|{n}，卡{MASKCARD}本月扣款{AMT}元，已完成{e}
S|p|plain|R6|{n}，证件{MASKID}的实名认证已通过{e}
S|p|pb|R6|{n}，汇款的SWIFT代码{SWIFT}，收款账号尾号{LAST4}{e}
S|p|ins|R6|{n}，续期保费{AMTDX}，每月{DAY}号扣款{e}
C|p|fut|R6|{m}，我身份证{ID17:plain}，是不是缺了一位，开户一直不过{e}
S|p|hotline|R6|坐席：{n}，您反映的号码{BADPFX:dash}不是我行预留号码，已为您登记{e}
S|p|robo|R6|【到账提醒】{n}，赎回款{AMT}元已于{DATE}到账，卡尾号{LAST4}{e}
C|p|host|R6|{m}，快递单号{COURIER}，显示签收了但我没收到{e}
C|p|gen|R6|{m}，我学号{STUNO}，学生专享活动能参加吗{e}
S|p|yue|R6|{n}，你张卡{LUHNBAD:dash}校验唔过，麻烦你影张卡面相俾我{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "fut": ["qian.haoran", "lu.zhengyang", "shen.wei"],
    "ins": ["fang.xiaoli", "du.meiling", "tan.yuqing"],
    "pb": ["gu.yunfei", "xia.mingzhe", "lu.jingyi"],
    "host": ["anan", "jiang.duoduo"],
    "robo": ["zhitou.push", "robo.notice"],
    "hotline": ["kefu.lin", "kefu.zhao"],
    "meet": ["hou.zhanguo", "yan.hongbo"],
    "salon": ["bai.xueqin", "mo.ruoxi"],
    "insp": ["kong.fanzhi", "lei.zhengwen"],
    "yue": ["leung.kawai", "chan.siuming", "mak.wingyan"],
    "minnan": ["tan.bunhoa", "ng.kimlian", "su.yaqing"],
    "gen": ["xiaoqi", "ye.tongtong"],
    "voice": ["niu.dechang", "pang.guifang"],
    "quiz": ["hegui.xiaozhu", "shi.lingyun"],
    "memo": ["ren.zhiyuan", "qin.shuyi"],
    "court": ["fa.wuzhou", "ning.zhe"],
    "plain": ["wei.jiahui", "xue.chen", "ding.yifan", "luo.haotian"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0591", "0592", "0595", "020", "0757", "0411", "0532", "0731", "027", "029",
             "021", "0571"]
POSTCODES = ["361001", "362000", "350001", "510030", "528000", "116001", "266001", "410005",
             "430014", "710061", "200001", "310006"]
FUND_CODES = ["000001", "110011", "161725", "005827", "519674", "003095", "260108", "001938"]
CONTRACTS = ["rb", "hc", "i", "j", "jm", "m", "y", "p", "au", "ag", "cu", "IF", "IC", "sc", "TA",
             "MA", "SR", "CF"]
SWIFTS = ["BKCHCNBJ", "ICBKCNBJ", "PCBCCNBJ", "CMBCCNBS", "ABOCCNBJ", "COMMCNSH", "SPDBCNSH"]
AMT_DX = ["壹万贰仟元整", "叁仟陆佰元整", "伍仟捌佰捌拾元整", "贰万元整", "捌仟元整",
          "壹万零伍佰元整", "陆仟陆佰元整", "玖仟元整", "肆万伍仟元整", "柒仟贰佰元整"]
COURTS = ["粤0104民初", "闽0206民初", "沪0115民初", "京0108民初", "鄂0106民初"]
ARBS = ["穗仲案字", "厦仲字", "深仲案", "京仲案字"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "FUTACC":
        return rng.choice(["8", "9"]) + rdigits(rng, rng.randint(7, 9))
    if name == "CONTRACT":
        return rng.choice(CONTRACTS) + "26" + "%02d" % rng.randint(1, 12)
    if name == "PCT":
        return "%d.%d%%" % (rng.randint(5, 60), rng.randint(0, 9))
    if name == "AMT":
        v = rng.randint(3, 9000) * 100
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%02d/%02d" % (y, m, d)
        return "%d.%d.%d" % (y, m, d)
    if name == "POLNO":
        return rng.choice(["BD", "PA", "ZL"]) + "2026" + rdigits(rng, 10)
    if name == "PBNO":
        return "PB" + rdigits(rng, 8)
    if name == "HOTLINE":
        if rng.random() < 0.5:
            return "400-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
        return "95" + rdigits(rng, 3)
    if name == "HKID":
        return rng.choice("ACDEGHKMPRVYZ") + rdigits(rng, 6) + "(" + rng.choice("0123456789A") + ")"
    if name == "LIVEORDER":
        return rng.choice(["DY", "KS", "TB"]) + "26" + rdigits(rng, 13)
    if name == "PFCODE":
        return "ZH" + rdigits(rng, 6)
    if name == "FUNDCODE":
        return rng.choice(FUND_CODES)
    if name == "TICKETKF":
        return "KF%d%02d%02d" % (2026, rng.randint(1, 12), rng.randint(1, 28)) + rdigits(rng, 4)
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "(" + area + ")" + local
        return area + " " + local
    if name == "SEAT":
        return "%s区%d排%d座" % (rng.choice("ABCD"), rng.randint(1, 20), rng.randint(1, 30))
    if name == "DOCNO":
        return "监管函〔2026〕%d号" % rng.randint(3, 260)
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MOPH":
        return "+853 6" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "TWPH":
        if rng.random() < 0.5:
            return "09" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
        return "+886 9" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
    if name == "TBZ":
        return rdigits(rng, 8)
    if name == "TWID":
        return rng.choice("ABDEFHKMT") + rng.choice("12") + rdigits(rng, 8)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "******" + c[-4:]
        return "**** **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "SWIFT":
        return rng.choice(SWIFTS)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "ARCH":
        return "KH2026" + rdigits(rng, 6)
    if name == "CASENO":
        if rng.random() < 0.5:
            return "（2026）%s%d号" % (rng.choice(COURTS), rng.randint(100, 39999))
        return "%s〔2026〕第%d号" % (rng.choice(ARBS), rng.randint(10, 2999))
    if name == "COURIER":
        return rng.choice(["SF", "ZTO", "YD"]) + rdigits(rng, 12)
    if name == "STUNO":
        return rng.choice(["2022", "2023", "2024", "2025"]) + rdigits(rng, 8)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
