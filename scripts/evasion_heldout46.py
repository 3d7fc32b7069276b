#!/usr/bin/env python3
"""Blind held-out evaluation set 46 ("heldout46") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author read only ``scripts/evasion_blind_common.py`` (the shared machinery
and rule pack), ``scripts/evasion_heldout22.py`` (for its structure and rules only; none of its
sentences is reused) and ``scripts/eval_categories.sh`` (to register the set).  The author never
opened the scanner, its rule files, its tests, its archive, its commit history, any other
evaluation set or the training-corpus generator, and searched nothing (no web or code search).
Every template below was written fresh from general knowledge of how Chinese-speaking
financial sales staff (banks, brokers, fund and insurance sellers) and their customers talk
on WeCom (企业微信).  The set exists to measure how well the scanner generalises: do not tune
the scanner to it, do not add it to any training data, and run it once.

Voices
------
An insurance agency team leader at the morning meeting (早会) and in the team group; a rural
credit cooperative (信用社) clerk talking to farmers and village elders; a private-equity
roadshow (路演) and its follow-up with qualified investors; a securities firm's compliance
hotline (合规热线); customers' and staff's voice messages transcribed by speech-to-text, with
no punctuation, filler words and homophone errors (分红线, 年经险, 理才); Minnan-flavoured
speakers from Xiamen, Quanzhou and Jinjiang with Kinmen relatives (阮, 伊, 拍谢, 代志, 敢);
Hakka-flavoured speakers from Meizhou, Ganzhou and Malaysia (𠊎, 佢, 脉个, 冇, 唔, 分);
retired teacher customers; a livestream (直播间) host selling insurance; two colleagues
gossiping in an internal chat; meeting minutes (会议纪要) posted to a group; WeCom quoted
replies (「引用」 followed by the dashed rule); plain Mandarin staff and customers.
Settings: increasing-sum whole-life insurance (增额终身寿), participating policies, pension
annuities, brokers' income certificates (收益凭证), private securities funds, farm loans,
large-denomination certificates of deposit, retirement pensions, complaints and their
tickets, fan raffles, quarterly compliance meetings.

Hard cases
----------
Spread over every keyword category: rhetorical questions that assert a violation versus
rhetorical questions that deny one and genuine customer questions; honest rule statements and
prohibitions versus a prohibition followed by its circumvention (a new wording, a spouse's
card, a gesture, a hidden profile picture, "just this once"); warnings and reports (fraud
alerts, hotline tickets, disciplinary notices, colleagues' gossip about someone else) versus
a warning that ends in the speaker's own offer; firm refusals versus refusals that relent
after pleading; quotations rebutted, corrected, reported or blamed on speech-to-text versus
quotations endorsed (a boss's "golden sentence", a neighbour's claim confirmed, a quoted
question answered yes); keywords inside the names of booklets, articles, groups and posters
(near misses); the keyword in a quoted message of a WeCom 「引用」 reply; team leaders and
minutes instructing others to violate; keywords split by one of the separators
``· -_*.~`` in a minority (more than 0 and under 15 %) of each keyword category's hits; 25 %
of every category in traditional characters through the common module's one-to-one table
(Minnan and Hakka messages converted first; the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards read out in Chinese numerals (幺, 两),
大写, mixed Chinese/Arabic, full-width and split by spaces, single spaces, dashes, dots and
commas, versus look-alikes: bad ID check characters, impossible birth dates, bad province
codes, 17-digit IDs, Luhn failures, masked numbers, 10-digit and bad-prefix mobiles, mobile
prefixes, court case numbers, hotline tickets, loan contract and certificate numbers,
fund registration codes, unified social credit codes, practitioner numbers, staff numbers,
landlines, Kinmen, Malaysian, Singaporean and US phones, 400 and 96 service numbers, Taiwan
and Hong Kong IDs, travel permits, shareholder accounts, fund codes, amounts (also in 大写),
dates, head counts, rooms and one-time codes.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout46.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h46_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_id, rdigits, run, shared_near_slot)

SEED = 46_2026_1216
SET_NAME = "heldout46"
MSGID_PREFIX = "h46"
T0 = 1781800000000
SEQ0 = 1850000
SPLIT_PER_CATEGORY = 12         # of 150 hits, 8 %
TRAD_PREF_REGIONS = ("mn", "kj")  # Minnan and Hakka messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["133", "135", "136", "138", "139", "145", "147", "150", "152", "155", "158",
              "159", "166", "177", "180", "181", "186", "187", "189", "191", "193", "195",
              "197", "198", "199"]
AREAS = ["350203", "350206", "350502", "350582", "350583", "350602", "350802", "350881",
         "441403", "441424", "360702", "360781", "430104", "420106", "330102", "370202",
         "610113", "520102", "410105", "530102", "210202", "120101", "310115", "140105"]
CARD_BINS16 = ["622700", "621226", "622208", "623058", "622155", "621799", "622262",
               "623595", "622908", "621098"]
CARD_BINS19 = ["6217856", "6228450", "6214830", "6230580", "6222600", "6210985"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["阿娥姐", "林伯", "蔡老师", "许阿姨", "黄总", "钟叔", "温姐", "曾老板", "邱大哥",
          "罗阿婆", "潘姐", "方老师", "谢伯", "苏小姐", "卢哥", "姚总", "石大姐", "董阿姨",
          "江先生", "叶姨"],
    "m": ["小叶", "邱经理", "谭组长", "小苏", "洪经理", "钟主任", "小卢", "顾总", "小沈",
          "夏经理", "林专员", "小杜"],
    "e": ["", "", "🙂", "👌", "🙏", "😁", "🌸", "💰", "🤗", "☕", "👏", "🍵"],
    "d": ["明早", "周四上午", "下个月初", "后天下午", "这礼拜五", "今晚收盘后", "月中",
          "下周二", "国庆前", "明天中午"],
    "a": ["3万", "8万", "12万", "25万", "40万", "60万", "150万", "6万", "18万", "500万"],
    "r": ["3.2%", "3.6%", "4%", "4.3%", "5.2%", "6.8%", "7%", "8%", "3.9%", "12%"],
    "k": ["小邱", "老谭", "夏经理", "小洪", "钟主任", "顾经理", "小叶", "老卢", "苏姐",
          "杜专员"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; mn and kj prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|g|zaohui|R1|早会最后强调一句：增额寿写进合同的现金价值，不就是保本吗？跟客户就这么讲，谁不会？{d}都给我开单{e}
S|p|xys|R1|{n}，信用社的东西您还信不过？放我们这儿的这款理财哪年不是稳赚的？{e}
S|p|pe|R2|{n}，路演上不好明说，您想想，我们跟那家公司的大股东是老同学，内部消息还能差得了？{e}
S|p|asr|R1|{n}你听我说啊这个分红线怎么可能亏嘛保本的呀你还担心啥子嘛{e}
S|p|mn|R1|{n}，拍谢打扰，这款阮阿公都买了，零风险的东西，你敢还要犹豫？{e}
S|p|kj|R1|{n}，𠊎同你讲，这只定投系稳赚个，你还想脉个？{d}就截止了{e}
S|g|zbj|R1|直播间的家人们，{r}的年化还保本，这种好事你们去哪找？点下方小黄车{e}
S|p|gossip|R3|哎，你以为三组老刘怎么冲上榜的？不就是飞单嘛，我这个月也跟着走了两单，不做才傻呢{e}
S|g|minutes|R1|会议纪要（{d}沙龙复盘）：三、客户问风险怎么答？统一口径：这款历年都是保本兑付，谁还会追问？{e}
S|p|quote|R4|「{n}：我上班没时间看盘」 - - - - - - 那把账户密码给我不就行了？我帮你操作，你安心上班{e}
S|p|plain|R3|{n}，对公账户到账要两天，转到我个人卡上当天就能办，何必多等？{e}
S|p|plain|R5|{n}，企业微信晚上我不怎么看，加我个人号不是更省事？{e}
S|p|hotline|R5|{n}，热线通话都录音，有些话不方便讲，您加我私人微信详细聊，不是更自在吗？{e}
S|p|xys|R3|{n}，贷款批得这么快，返点给我两个点不应该吗？这还要我开口？{e}
S|p|pe|R1|{n}，这只私募底层全是城投债，您说能亏到哪去？跟保本有啥区别？{e}
S|g|zaohui|R1|伙伴们，客户说怕亏？你就反问他：存银行你怕过亏吗？这款跟存款一样保本，有啥好怕的？{e}
S|p|asr|R2|{n}我跟你讲那只股票啊庄家都进去了你还不跟吗下礼拜就拉升了我自己都买了{e}
S|p|mn|R3|{n}，走公司那套要扣手续费，阮私下交易，省落来的钱咱去食茶，敢不好？{e}
S|p|kj|R4|{n}，你屋下恁多事，账户密码交分𠊎，𠊎帮你操作，唔系更好？{e}
S|g|zbj|R5|家人们，直播间说话有限制，想听真东西的，加我个人号啊，这还要我教吗？{e}
S|p|gossip|R2|你说我怎么知道那只票要涨？我老同学在那家公司当董秘，内部消息啊，不然呢？{d}你也上点{e}
S|p|plain|R1|{n}，大额存单利率才多少？这款两全险到期保本还多给{r}，您算算哪个划算？{e}
S|p|plain|R4|{n}，您说没空，那代客理财这事交给我，我一年帮您做几波，不比您自己折腾强？{e}
S|p|teacher|R1|{n}，您教了一辈子书，我还能骗您？这款年金保证收益{r}，写在合同里的，还有啥不放心？{e}
S|p|xys|R5|{n}，信用社这个企业微信是公家的，我私人号二十四小时都在，加那个不是方便多了？{e}
S|p|quote|R1|「{n}：真的不会亏吗」 - - - - - - 您看我啥时候骗过您？零风险，闭着眼买就是{e}
S|p|plain|R3|{n}，手续费那么高，我私下给您返佣一个点，这么实在的事您还不干？{e}
S|g|minutes|R3|周例会纪要：二、老客户维护——给老客户返点不是行业惯例吗？各组自行把握，不必上报{e}
S|p|asr|R4|{n}那个你把账户密码发我嘛我帮你弄好了你还自己跑一趟营业厅干嘛呢{e}
S|p|mn|R2|{n}，阮同学在券商做，讲庄家下礼拜要动手，这款消息你去哪里找？{e}
S|p|kj|R1|{n}，你阿姆都买了，包赚个东西，你还惊脉个？{e}
S|p|plain|R2|{n}，你以为我为什么让你{d}前满仓？内部消息都传过来了，还用我明说？{e}
S|g|zaohui|R3|早会分享：客户嫌保费贵怎么办？首年佣金分一半给他当返佣，签不下来才怪，对不对？{d}见分晓{e}
S|p|pe|R3|{n}，认购款打到托管户要走好几道审批，转到我个人账户我先帮您占额度，这不比排队强？{e}
S|p|plain|R1|{n}，这个收益凭证都发了二十期了，哪期没兑付？保收益的东西您还问我亏不亏？{e}
S|p|teacher|R4|{n}，您眼睛不好，手机上那么多小字，账户密码给我，我帮您弄好不就完了？{e}
S|g|zbj|R1|宝子们，我卖了三年保险，谁在我这儿亏过一分钱？稳赚不赔说的就是这款，还等啥？{e}
S|p|plain|R4|{n}，您也是老股民了，规矩比我熟，全权委托给我，我替您盯盘，有啥不放心的？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
S|g|zaohui|R1|早会提醒：客户问增额寿是不是保本，谁敢拍胸脯说是？前几年现金价值低于保费，要讲清楚{d}再签{e}
S|p|xys|R1|{n}，零风险？存款有存款保险兜着，理财可没有，您别听隔壁瞎说{e}
C|p|teacher|R1|{m}，我教了三十年数学，算来算去也没想明白，你们这个怎么就能保本呢？麻烦你给我讲讲{e}
C|p|asr|R1|{m}喂你好我想问一下你们那个那个年经险是不是保本的我老伴说要问清楚再买{e}
S|p|pe|R1|{n}，私募谁能承诺保本？真有人跟您这么说，您第一时间告诉我{e}
S|p|hotline|R4|{n}，客户经理问您要账户密码，合规吗？当然不合规，您这个情况热线已经记下了{e}
S|p|mn|R1|{n}，拍谢，稳赚哪有啊？股市起起落落，阮也无法度跟你保证{e}
S|p|kj|R3|{n}，私下转账？𠊎哪敢做这种事，钱都系打公司账户个{e}
S|g|zbj|R1|有家人问：主播，这款是不是稳赚？我只能说，投资哪有稳赚的，跟你说稳赚的都别信{e}
S|p|gossip|R3|你听谁说我飞单了？我哪来的胆子，每一单都在系统里，不信你去查{e}
S|g|minutes|R2|会议纪要：有同事问“能不能用内部消息留住客户”，领导答：这是能拿来讨论的事吗？严禁{e}
S|p|quote|R1|「{n}：这个是保本的不？」 - - - - - - 不是保本的哦，说明书写着可能损失本金，您先看看{e}
C|p|plain|R2|{m}，隔壁炒股的老张天天说他有内部消息，这东西到底有没有啊？{e}
S|p|plain|R2|{n}，真有内幕消息的人会在群里告诉你？那不是白送钱给大家嘛，别信{e}
S|p|plain|R3|{n}，返点？那不是把我的饭碗往外扔吗？我们这一单都不会给{e}
C|p|teacher|R4|{m}，我儿子在深圳，我一个人搞不懂这些，你们有没有代客理财这种服务？{e}
S|p|xys|R4|{n}，叔，把账户密码交给别人能放心吗？连我都不能给，记住了{e}
C|p|asr|R5|{m}那个我问一下啊你有没有私人微信啊这个企业微信我孙子给我装的我不太会用{e}
S|p|pe|R2|{n}，路演上那位嘉宾说的是行业判断，算哪门子内幕消息？您别误会了{e}
S|p|hotline|R1|{n}，您问券商理财是否保本？要看产品，收益凭证有保本型的，也要看发行人信用，其他产品基本都不保本{e}
S|p|mn|R5|{n}，加私人号做什么？阮在这里都有回，暗时嘛会看，免担心{e}
S|p|kj|R4|{n}，全权委托？𠊎冇这个资格，也唔会接，你自家拿主意{e}
S|g|zaohui|R3|早会上有人问：客户要返佣怎么办？我反问一句，返佣被查到，你这个证还要不要？所以只有拒绝{e}
C|p|plain|R1|{m}，你们这个收益凭证写着本金保障，那是不是就是保本？有没有什么条件？{e}
S|g|zbj|R5|家人们问主播私人微信多少？没有的，直播间和官方客服就是唯一渠道，别上当{e}
S|p|gossip|R4|你说{k}代客理财？不可能吧，他连客户的茶都不敢喝，八成是传错了{e}
S|p|plain|R1|{n}，谁跟您说债基包赚的？去年那波回撤您忘了吗？{e}
S|p|teacher|R1|{n}，您当年不也教学生“天下没有免费的午餐”吗？零风险高收益就是这种午餐，咱不碰{e}
S|p|plain|R3|{n}，私下交易出了问题找谁去？所以我一直说，钱只走公司账户{e}
C|p|mn|R3|{m}，阮阿叔讲你们那边可以私下交易，有影无影？{e}
S|p|quote|R5|「{n}：能不能加你私人微信」 - - - - - - 这个真不行哈，工作号就是我本人在用，有事留言我都看{e}
S|p|xys|R2|{n}，村里传的那个“庄家”，不就是骗大家买股票的嘛？信用社没这些，安心存钱{e}
S|p|pe|R4|{n}，您问能不能把账户全权委托给我？您先看资管合同——我们只管产品，不碰您个人账户{e}
C|p|asr|R3|{m}就是我想问那个返点是什么意思啊我邻居说买保险有返点是不是真的{e}
S|p|hotline|R3|{n}，客户经理让您转到我个人账户？这正是我们要查的，您把截图发来，我帮您登记{e}
S|p|plain|R5|{n}，为什么不加私人号？因为这里的聊天都留档，出了事您有凭证，这是在保护您{e}
S|g|minutes|R1|纪要补充：会上有人问，能不能说这款“跟保本差不多”？结论：不能，任何近似保本的表述都不行{e}
S|p|kj|R2|{n}，内部消息？𠊎一个小业务员，去哪里听内部消息？都系看公告个{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|zaohui|R1|早会第三条：不准跟客户讲保本，不准拿增额寿跟存款比，谁违反谁自己去合规写检讨{e}
S|p|xys|R3|{n}，信用社有规定，贷款不收任何返点，有人跟您要，直接打监督电话{e}
S|p|pe|R1|{n}，按私募监管规定，我们不能承诺保本，也不能承诺最低收益，路演材料里都写了{e}
S|p|hotline|R4|{n}您好，这里是合规热线。按规定，员工不得接受客户全权委托，也不得代客理财，您反映的情况我们会核实{e}
S|g|minutes|R3+R5|会议纪要：一、严禁飞单；二、严禁用私人微信对接客户；三、{d}开始抽查聊天记录{e}
S|p|mn|R5|{n}，公司有规定，无准加私人号，拍谢啦，有代志就在这里讲{e}
S|p|kj|R3|{n}，公司有规矩，唔准私下交易，𠊎也冇办法，还系要走流程{e}
S|g|zbj|R1|直播间规则再说一遍：主播不讲零风险，不讲保收益，谁在评论区这样刷，我们就禁言{e}
S|p|gossip|R3|你知道新规出来以后为啥没人敢返佣了吗？抽查太严，我们组今年一单都不碰{e}
S|p|teacher|R4|{n}，跟您说下规矩：我们员工不能知道您的账户密码，您输密码的时候我会转过身去{e}
S|p|asr|R1|{n}您好我是小杜刚才语音可能没说清楚这个产品是不能说保本的监管不允许我们这么讲{e}
S|p|plain|R2|{n}，按证券法，内幕消息不允许传播也不允许利用，我们只能给您讲公开信息{e}
S|p|quote|R3|「{n}：能不能先私下转账给你」 - - - - - - 不行哦，规定只能转公司对公账户，户名我发您{e}
S|p|xys|R4|{n}，信用社规定柜员不能帮你操作手机银行转账，您得自己按，我在旁边看着教{e}
S|p|pe|R3|{n}，认购款只能打到募集专户，任何人让您转到我个人或者别人名下都是违规的{e}
S|g|zaohui|R5|伙伴们注意：公司明文规定，加客户只能用企业微信，私人微信一律不许，客户要加就说规定不让{e}
S|p|hotline|R2|{n}，您咨询的情况我解释一下：员工不得向客户透露所谓内部消息，也不得暗示有人要拉升某只股票{e}
S|g|minutes|R1|季度合规会纪要：宣传材料不得出现“稳赚”“保本”等字样，已印的折页{d}前全部回收{e}
S|p|plain|R1|{n}，新规以后理财都是净值型，谁也不能保证收益，这是规定{e}
C|p|teacher|R3|{m}，我看你们大厅贴着“严禁私下交易”，我这个转账是转到公司账上吧？你帮我看看{e}
C|p|asr|R4|{m}你上次说规定上不能代客理财那我自己在手机上怎么买你发个步骤给我吧{e}
S|p|mn|R1|{n}，公司规定阮不能讲包赚，这是真的，市场有涨有落{e}
S|p|kj|R5|{n}，公司规定唔准用私人微信谈业务，有事就在这里寻𠊎{e}
S|p|xys|R1|{n}，理财说明书上白纸黑字写着“不保本”，柜台也不让我们说保本，您看清楚再签{e}
S|g|zbj|R3|直播间提醒：平台规定主播不能私下交易，所有下单都走直播间链接，私信让你转账的都是假的{e}
S|p|gossip|R1|你也小心点，现在朋友圈不让出现保本两个字，{k}就是因为这个被约谈的{e}
S|p|pe|R2|{n}，路演问答环节有规定，不讨论未公开信息，内部消息这种话题我们一律不接{e}
S|p|quote|R4|「{n}：你直接帮我买了吧 密码给你」 - - - - - - 不行的，账户密码只能您自己知道，我可以视频教您{e}
S|p|plain|R3|{n}，公司有规定，员工的个人卡不能收客户的钱，私下转账这条是红线{e}
S|p|plain|R5|{n}，按公司规定，这个工作号是唯一的对客渠道，私人号不对外，您理解一下{e}
S|p|teacher|R1|{n}，您是讲道理的人，我也照规定说：这款不保本，也不能保证收益，亏了是要自己承担的{e}
S|g|zaohui|R4|早会纪律：谁都不许替客户保管账户密码，上月四组的事大家都知道{e}
S|p|hotline|R3|{n}，您问员工能不能收返点——不能，任何形式的返点、返佣都属于违规，您可以放心拒绝{e}
S|g|minutes|R4|会议纪要：二、新员工培训重点：代客理财、全权委托属于禁止行为，考试不合格不得上岗{e}
S|p|asr|R2|{n}是这样的我们这边是有规定的不能跟客户讲庄家啊内幕啊这些东西你问我我也不会讲的{e}
C|p|plain|R5|{m}，你们公司是不是规定不能加私人微信？那我以后就在这里找你{e}
S|p|mn|R3|{n}，阮公司无准员工收客户的钱，私下转账一律不行，拍谢{e}
S|p|kj|R4|{n}，规定讲得清清楚楚，员工唔可以代客理财，你个钱你自家作主{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|g|zaohui|R1|早会说一句：公司不让讲保本，那就换个讲法，“本金一分不会少”——意思不就是保本嘛，都懂吧{e}
S|p|xys|R3|{n}，信用社规定不收返点，那是对外讲的，您贷款下来私下给我一个点就行，大家都这样{e}
S|p|pe|R1|{n}，合同里按规定写不保本，但我们有兜底安排，实际上就是保本，您心里有数就好{e}
S|p|hotline|R5|{n}，热线规定不能留私人联系方式，不过您这事复杂，加我私人微信，我下班跟您细说{e}
S|g|minutes|R3|会议纪要：一、对外口径严禁飞单；二、大客户有特殊需求的，组长可酌情安排飞单，不留痕迹{e}
S|p|mn|R4|{n}，公司是规定无准帮你操作啦，不过你阿公不识字，账户密码给我，我来弄就好{e}
S|p|kj|R2|{n}，公司唔准讲内部消息，𠊎偷偷同你讲，{d}那只票有人拉升，你准备好钱{e}
S|g|zbj|R1|家人们，平台规定我不能说稳赚，那我不说，我就比个手势👌，这款稳赚，懂的都懂{e}
S|p|gossip|R3|规定说不能私下交易，谁真当回事？我上周又帮两个老客户私下交易了，手续费省得他们笑开花{e}
S|p|teacher|R4|{n}，规定上我不能代客理财，可您这么大岁数了，账户交给我，代客理财这事我替您办{e}
S|p|asr|R1|{n}我跟你讲啊公司说不让讲保证收益但是我跟你说这个百分之百有{r}的你就放心吧{e}
S|p|plain|R3|{n}，规定是要打对公账户，但对公到账慢，您转到我个人卡，我当天帮您认购{e}
S|p|quote|R5|「{n}：你们不是不让加私人号吗」 - - - - - - 规定是这样，但您是老客户，私人号我发您，别跟别人说{e}
S|p|xys|R4|{n}，按规矩柜员不能帮你操作网银，可排队太久了，您把账户密码写纸条上给我，我弄好了给您{e}
S|p|pe|R3|{n}，监管不让给投资人返佣，我们变通一下，您认购后以咨询费名义返佣两个点{e}
S|g|zaohui|R3|伙伴们，公司不让给客户返点，那返点就从你们自己的佣金里出，客户高兴，你们也签得下来{e}
S|p|hotline|R1|{n}，热线按规定不能评价产品，但私下说一句，那款收益凭证零风险，您买就是了{e}
S|g|minutes|R5|部门会议纪要：三、对外宣传统一用企业微信；四、重点客户可由客户经理加私人微信单线维护，不纳入抽查{e}
S|p|mn|R1|{n}，规定讲不能讲包赚，但阮做这行十几年，这款包赚，你安心啦{e}
S|p|kj|R3|{n}，规定系唔准转到我个人账户，不过你急，先转到我个人账户，𠊎帮你存{e}
S|g|zbj|R5|家人们，平台不让主播留私人号，我把私人号藏在主页背景图里了，自己找{e}
S|p|gossip|R4|合规说不准全权委托，笑死，我手里七八个客户都是全权委托给我的，年底奖金还多拿不少{e}
S|p|teacher|R1|{n}，行里规定不能跟您说保本，但您是我中学老师，我给您交个底：这个就是保本的{e}
S|p|asr|R5|{n}那个公司不让我们加私人微信的但是你加一下嘛没事的我的私人微信就是我手机号{e}
S|p|plain|R2|{n}，按规定我不能说这是内幕消息，我就说“有朋友在里面”，{d}那边拉升，您自己体会{e}
S|p|plain|R4|{n}，公司禁止全权委托，所以咱们不签全权委托书，口头全权委托就行，账户我来打理{e}
S|p|quote|R3|「{n}：飞单是违规的吧」 - - - - - - 是违规，但这单走公司渠道要多交{r}的费，我给您飞单，您省钱{e}
S|p|xys|R1|{n}，上面不让我们说稳赚不赔，但这笔钱放信用社这款产品，真就是稳赚不赔，您放心{e}
S|p|pe|R2|{n}，合规要求路演不谈内幕消息，会后我单独跟您讲，标的公司下季度重组，庄家早就进场了{e}
S|g|zaohui|R4|早会上不方便明说，规定不让代客操作，可新人签单难，客户不会弄的，你们就把账户密码要过来，替他把单下了{e}
S|p|hotline|R3|{n}，按规定热线不能推荐产品，您要是真想买，私下交易找我，我手里有额度{e}
S|p|mn|R5|{n}，公司无准加私人微信，阮偷偷加，你用阮的私人微信卡紧{e}
S|p|kj|R1|{n}，规定讲唔可以承诺，𠊎唔承诺，𠊎只系话你知：零风险，冇得亏{e}
S|p|plain|R3|{n}，公司不让私下转账，所以您转给我老婆的卡，这样就不算私下转账了吧{e}
S|p|teacher|R5|{n}，按规定我只能用工作号，但您有事随时加我私人号，晚上打字慢也不要紧{e}
S|p|gossip|R1|合规天天喊不许说保本，你看我这个月签的六单，哪个不是跟客户讲保本才签下的？照讲{e}
S|p|asr|R3|{n}就是说呢规定是不给返佣的但是我这边可以给你返佣一个点你别跟别人讲就行了{e}
S|g|zbj|R4|家人们，平台规定主播不能代客理财，但是粉丝团三级以上的私信我，账户我帮你操作{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|zaohui|R1|早会通报：上周有伙伴跟客户说增额寿保本，被客户录音投诉，罚款加停业一个月，大家引以为戒{e}
S|p|xys|R3|{n}，最近村里有人冒充信用社，说贷款要先交返点才能批，千万别给，直接报警{e}
S|p|pe|R1|{n}，提醒您：号称私募保本保收益的都是非法集资的套路，您手上那份材料发我看看{e}
S|p|hotline|R3|{n}您好，合规热线已受理您的举报，工单记录了该员工要求您私下转账的情况，三个工作日内回复{e}
S|g|minutes|R2|会议纪要：通报某营业部员工在群内散布内部消息被证监局处罚一事，请全员{d}前学习处罚决定书{e}
S|p|mn|R2|{n}，有人讲伊有庄家的消息，叫你先转钱，这个是骗仔，你要小心{e}
S|p|kj|R5|{n}，有人扮𠊎加你私人微信，𠊎从来冇加过，你唔好信{e}
S|g|zbj|R1|家人们注意，有账号盗用我的直播切片，配文“零风险”，那不是我们的号，已经举报了{e}
S|p|gossip|R3|你听说没，五组那个小伙飞单被查了，听说客户的钱都追不回来，太吓人了{e}
C|p|teacher|R4|{m}，我们退休教师群里有人说可以代客理财，一年给百分之十五，我觉得不对劲，你帮我看看{e}
C|p|asr|R1|{m}你好我要反映一个事情上个月你们那个姓顾的跟我说稳赚不赔现在亏了我要投诉{e}
S|p|plain|R4|{n}，最近骗子会冒充我们客服要账户密码，您记住，我们任何人都不会问您要{e}
S|p|quote|R2|「{n}：有个老师说他有内幕消息带我做票」 - - - - - - 这是荐股诈骗的典型话术，别交会员费，有截图发我帮您报{e}
S|p|xys|R1|{n}，镇上有个投资公司到处发传单说零风险高利息，信用社已经报给派出所了，您别去{e}
S|p|pe|R3|{n}，跟您报备一下：上次路演有个自称我们渠道的人私下找您谈返佣，那不是我们的人，我已报合规{e}
S|p|hotline|R5|{n}，您反映的员工要求添加私人号的情况，已转交属地营业部调查，结果会短信告知{e}
S|g|zaohui|R3|早会警示：隔壁团队有人让客户转到我个人账户代缴保费，被开除还要追责，任何情况都不许这样{e}
S|p|mn|R1|{n}，你阿叔转的那个“保本高息”的群，是骗人的，阮已经报给公司合规了{e}
S|p|kj|R4|{n}，有人话可以帮你操作股票赚钱，收你一半利润，佢系骗子，唔好理{e}
S|g|minutes|R4|会议纪要：二、通报：某员工因代客理财造成客户亏损，已解除劳动合同，赔偿由本人承担{e}
S|p|gossip|R5|听说离职的{k}还在用私人微信联系咱们的客户，我已经跟经理说了{e}
S|p|teacher|R1|{n}，您转来的那篇“退休金稳赚攻略”是营销号写的，里面说的年化两成不可能，别信{e}
S|p|asr|R3|{n}我提醒你一下啊最近有人冒充我们公司让客户私下交易你要是接到这种电话直接挂掉{e}
S|g|zbj|R2|家人们，评论区有人刷“私信领内部消息”，都是骗子账号，已经拉黑了{e}
S|p|plain|R1|{n}，您朋友推荐的那个“稳赚理财群”，我查了一下，主办方没有任何金融牌照{e}
S|p|plain|R2|{n}，那个电话里说有庄家带您拉升翻倍的，是典型的股票诈骗，已帮您拨了反诈热线{e}
S|p|xys|R4|{n}，昨天有人打电话冒充我们信用社，说帮你操作解冻账户，还要验证码，这种一律挂{e}
S|p|hotline|R1|{n}，关于您投诉的“保证收益”宣传，我们调取了录音，确认员工表述违规，公司将给予处分{e}
S|g|zaohui|R5|早会提醒：客户说有人冒充你们加他私人号的，第一时间报给我，我统一报公司{e}
S|p|pe|R2|{n}，近期有不法分子以我司名义推荐“内部消息股”，我司从未授权，请勿上当{e}
S|p|quote|R3|「{n}：你们同事说转到他卡上能打折」 - - - - - - 这不是公司行为，我已报合规，转到我个人账户这类要求您一律拒绝{e}
C|p|plain|R3|{m}，我要投诉，之前那个经理让我私下转账给他，现在人找不到了，你们管不管？{e}
S|p|mn|R4|{n}，有人打电话讲要你的账户密码帮你解冻，那个是骗子，千万不要讲{e}
S|p|kj|R2|{n}，朋友圈里好多话有内部消息个，都系割韭菜，你唔好跟{e}
S|g|minutes|R1|纪要：合规部通报近期投诉，主要集中在“口头承诺保本”，请各团队长{d}前督促整改{e}
S|p|gossip|R2|你知道吗，隔壁营业部有人因为传内幕消息被抓了，罚得倾家荡产{e}
C|p|teacher|R5|{m}，有个自称你同事的人加我，说要用私人微信给我发“内部资料”，我没理他，跟你说一声{e}
S|p|asr|R4|{n}你跟阿姨说啊谁要她的账户密码都别给包括我我们银行从来不要这个的{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|zaohui|R1|早会提醒：别家代理人乱说保本，客户都不信了。咱们这款不一样，你们就大胆讲保本，有事我兜着{e}
S|p|xys|R3|{n}，外面那些贷款中介收返点收得狠，别找他们。找我，返点只要一个点，比他们便宜一半{e}
S|p|pe|R1|{n}，小心外面那些号称保本的野鸡私募。我们这只才是真保本，大股东签了回购协议{e}
S|p|hotline|R5|{n}，热线提醒您谨防冒充员工的私人号。真想要一对一服务，加我私人微信，我是热线在编的{e}
S|g|minutes|R2|会议纪要：近期严查散布内幕消息。注：本周重点客户可由组长口头告知内部消息，不得留书面记录{e}
S|p|mn|R3|{n}，外面骗子多，私下转账给不认识的人千万不要。要转就转给阮，自己人，私下转账卡稳{e}
S|p|kj|R1|{n}，外背讲稳赚个都系骗人个，唯独𠊎这只系真稳赚，你放心{e}
S|g|zbj|R4|家人们，别信那些说帮你操作的陌生人，都是骗子。要找人帮你操作，就找主播团队，账户给我们{e}
S|p|gossip|R3|你小心点啊，最近查飞单查得紧。不过我那个渠道还能走，你有客户想飞单就转给我{e}
S|p|teacher|R2|{n}，您别信群里那些老师的内幕消息，都是骗退休金的。我这儿才有真的内部消息，{d}告诉您{e}
S|p|asr|R1|{n}我跟你说外面那些说保本的你都别信啊都是骗人的就我这个是保本的你放心买{e}
S|p|plain|R4|{n}，提醒您账户密码千万别给陌生人，给我就行，我是您的专属经理，帮您看着更安全{e}
S|p|quote|R2|「{n}：群里老师说有庄家消息」 - - - - - - 那些都是骗子，别理。真消息我这儿有，庄家{d}拉升，跟我做{e}
S|p|xys|R4|{n}，最近好多人冒充信用社骗老人，您别让外人碰手机。账户密码给我，代客理财我帮您管着{e}
S|p|pe|R3|{n}，已向合规举报了那个私下拉客的渠道。您这笔认购别走他，私下交易走我这边，费率更低{e}
S|p|hotline|R1|{n}，您投诉的那个员工承诺零风险，确实违规，已经处理。您要是想买真正零风险的，我私下给您推荐一款{e}
S|g|zaohui|R3|通报一下，三组有人飞单被抓。大家引以为戒，以后飞单统一走我这边，别自己瞎搞{e}
S|p|mn|R5|{n}，有人冒充阮加你私人号，你要小心。阮真正的私人号在签名里，加这个{e}
S|p|kj|R4|{n}，佢哋话全权委托个都系骗子，唔好信。你全权委托分𠊎，𠊎一定帮你赚{e}
S|g|minutes|R1|会议纪要：一、通报保本宣传被投诉事件；二、客户追问时可口头说明“本产品实际保本”，不得写入文字{e}
S|p|gossip|R5|{k}私人号被合规抓到了，你说他傻不傻。我都是让客户加我另一个私人微信，查不到{e}
S|p|teacher|R3|{n}，最近骗退休老师的特别多，千万别把钱转给陌生人。您转到我个人账户，我帮您存进去最安全{e}
S|p|asr|R2|{n}那个群里说有内部消息的你可别信啊骗子多得很你要听消息就听我的{d}那个票就拉升了{e}
S|g|zbj|R1|家人们避雷！其他直播间说的稳赚都是假的，我们家这款才是实打实的稳赚，链接已上{e}
S|p|plain|R1|{n}，提醒一下，网贷那种说保收益的千万别碰。要保收益，我这有个{r}的，合同写死{e}
S|p|plain|R3|{n}，您之前那个经理收返佣被开了，您别担心，我接手以后返佣照给，还多给半个点{e}
S|p|xys|R2|{n}，股市里说有庄家的都是骗子。不过我有个亲戚在证券公司，内部消息准得很，要不要？{e}
S|p|pe|R5|{n}，谨防冒充我司的诈骗账号。以后我们就私人微信联系，别在公司这个号上聊了{e}
S|p|hotline|R4|{n}，您家老人被骗的事我们登记了。以后账户别让外人碰，账户密码给我，我帮你操作更放心{e}
S|g|zaohui|R5|早会提醒：公司在抽查企业微信聊天记录了，敏感的话都别在这说，客户加到私人号上聊{e}
S|p|mn|R1|{n}，外面那些说零风险的你不要听，阮这款才是真的零风险，你阿公都买了{e}
S|p|kj|R3|{n}，外背有人扮我哋公司要你私下转账，你小心。你要转就转到我个人卡，𠊎帮你办{e}
S|g|minutes|R3|会议纪要：近期飞单风险事件频发，各组自查。经研究，VIP客户返点由部门统一私下发放{e}
S|p|gossip|R1|你看新闻了吗，又有人因为承诺保本被罚。我就聪明，我不写字，我只跟客户口头说稳赚{e}
S|p|teacher|R5|{n}，您退休群里那个加您私人微信的不是我，是骗子。我的私人号您记一下，以后就加这个{e}
S|p|asr|R3|{n}我跟你说外面那些返佣的都不靠谱的你在我这买我私下返你两个点比他们实在{e}
S|p|plain|R2|{n}，别信那些卖课的“庄家内幕”，都是割韭菜。真正的内幕消息我这有，下周那只票要拉升{e}
S|g|zbj|R3|家人们注意，有人冒充主播让你们私下转账。要转就加主播助理，私下交易价格更低{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|g|zaohui|R1|早会上有伙伴问我能不能跟客户说保本，我的回答是不能，今天不能，以后也不能{e}
S|p|xys|R3|{n}，您塞给我的红包我放回您抽屉了，返点我一分不收，贷款该怎么批就怎么批{e}
S|p|pe|R1|{n}，您要我们出一份保本承诺，很抱歉，我们做不到，也不会做{e}
S|p|hotline|R5|{n}，感谢您的信任，但私人微信我不能加，热线和企业微信都可以随时找到我{e}
S|p|mn|R3|{n}，拍谢啦，私下交易阮不做，你的钱要走公司的账户{e}
S|p|kj|R4|{n}，账户密码你自家收好，𠊎唔要，也唔会帮你操作{e}
S|g|zbj|R5|家人们别私信要私人号了，主播不会给，也没有，有问题找官方客服{e}
S|p|gossip|R3|{k}让我帮他走一单飞单，我直接拒了，这种事沾上就完了，你也别帮他{e}
S|p|teacher|R4|{n}，您的心意我懂，但存折和账户密码我绝对不能收，咱们一起去柜台办{e}
S|p|asr|R1|{n}不好意思啊这个我真的没办法跟你承诺保本的不是我不愿意是产品本身就不保本{e}
S|p|plain|R2|{n}，内幕消息我没有，就算有也不会给您，您还是看公告做决定{e}
S|p|quote|R3|「{n}：那你私下返点给我吧」 - - - - - - 返点真没有，手续费都是系统定的，我改不了也不会改{e}
S|p|xys|R4|{n}，您让我代客理财，我不能答应，信用社也不允许，我给您推荐几款您自己能看懂的{e}
S|p|pe|R3|{n}，您想把认购款转到我个人账户省事，这不行，请务必打到募集账户{e}
S|p|hotline|R1|{n}，您要热线确认“保证收益”，这个没法确认，产品本身就没有保证收益{e}
C|p|teacher|R5|{m}，你让我加你私人微信，我看还是算了，我们就在这里说，有记录{e}
C|p|asr|R3|{m}那个返点我就不要了啊我也不懂这些你就按正常的给我办就行{e}
S|p|mn|R1|{n}，你要阮讲包赚，阮讲不出来，做人要老实{e}
S|p|kj|R2|{n}，内部消息𠊎冇，有都唔会讲，你唔好再问{e}
S|g|zbj|R4|家人们再说一遍，主播不代客理财，谁找我要帮你操作，我都拒绝{e}
S|p|gossip|R5|客户非要加我私人号，我拒了三次了，最后给了他{k}的工作号{e}
S|p|plain|R1|{n}，稳赚的我推荐不出来，我能推荐的都有风险，只是大小不同{e}
S|p|plain|R3|{n}，您说的私下转账我不接，您也别转给任何个人{e}
S|p|quote|R4|「{n}：账户你全权帮我管吧」 - - - - - - 这个不行哈，全权委托我们不接，您拿主意我给建议{e}
S|g|minutes|R3|会议纪要：三、某客户提出以返佣为条件追加投资，经讨论予以拒绝，由{k}当面解释{e}
S|p|xys|R5|{n}，加私人微信就不必了，信用社这个号我天天看，您放心{e}
S|p|pe|R2|{n}，会后您私下问我要内部消息，这个我不能回答，也请您别再问其他同事{e}
S|p|hotline|R3|{n}，您提出让我私下交易帮您补偿损失，这个不可以，只能走正式的投诉处理流程{e}
S|g|zaohui|R4|早会说个事：昨天有客户要把账户密码给{k}，被当场拒绝，做得对，大家都这样做{e}
S|p|mn|R5|{n}，私人号阮不方便给，有代志就在这里讲{e}
S|p|kj|R1|{n}，你叫𠊎讲零风险，𠊎讲唔出口，世界上冇这种事{e}
S|p|teacher|R1|{n}，您让我写个保本的字条，这个我真不能写，您别生气，我是为您好{e}
S|p|asr|R4|{n}那个我不能帮你操作的你自己按一下就行了我在电话里一步一步教你{e}
S|p|plain|R5|{n}，私人微信就不加了，不是见外，是规定，您理解{e}
S|p|plain|R2|{n}，您说的那只票有庄家，我不掺和，您也别跟{e}
C|p|plain|R1|{m}，我不要你说什么保本，你就把风险给我讲清楚{e}
S|p|gossip|R4|{k}想让我替他的客户全权委托下单，我说不干，这活谁干谁倒霉{e}
S|p|quote|R1|「{n}：你就跟我保证收益吧，不然我不买」 - - - - - - 不买也没关系，保证收益这话我不能说{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|g|zaohui|R1|早会：伙伴们问能不能讲保本，我本来说不能……算了，客户实在犹豫的，你们就说保本，出事算我的{e}
S|p|xys|R3|{n}，返点我一开始说不收，您非要给，那就这样，放款后一个点，现金给我{e}
S|p|pe|R1|{n}，保本承诺原则上不出，不过您认购{a}以上，我私下给您写个保本的说明{e}
S|p|hotline|R5|{n}，热线不能加私人微信，这个我说过……不过您这事确实急，我私人微信发您，晚上联系{e}
S|p|mn|R3|{n}，本来私下交易阮不做，你是阿叔介绍的，这次就私下交易，下不为例{e}
S|p|kj|R4|{n}，𠊎本来唔想帮你操作，你硬要，账户密码发过来，𠊎今晚帮你弄{e}
S|g|zbj|R5|家人们，私人号本来不给的，今天破个例，前二十位点关注的私信我，私人号发你{e}
S|p|gossip|R3|{k}求了我一礼拜，我原本说不做飞单的，后来还是帮他走了，提成对半分{e}
S|p|teacher|R4|{n}，我本来不该收您的账户密码，可您说看不清屏幕，那就给我吧，我帮您弄{e}
S|p|asr|R1|{n}保本这个话我一般不说的但是你是老客户了我跟你讲这个就是保本的没问题{e}
S|p|plain|R2|{n}，内部消息我一般不说，看您是老客户，给您透个底：{d}那只票有人要拉升{e}
S|p|quote|R3|「{n}：真的没有返点吗」 - - - - - - 真没有……好吧，您加投{a}，我私下给您返点{e}
S|p|xys|R4|{n}，代客理财是违规的，我本不该答应。看您一个人在家不方便，这钱我代客理财帮您打理{e}
S|p|pe|R3|{n}，您说转到我个人账户？按理不行，可额度快没了，转到我个人账户我先帮您锁住{e}
S|p|hotline|R1|{n}，热线原则上不给承诺，但您一再坚持，我就说一句：保证收益{r}，您放心{e}
S|p|mn|R1|{n}，包赚这款话阮平常不讲，今仔日给你讲，这款包赚{e}
S|p|kj|R2|{n}，𠊎一般唔讲内部消息，你系老乡，同你讲：{d}有人拉升{e}
S|g|zbj|R4|家人们私信说要全权委托，主播一开始不接，后来想想，粉丝就是家人，全权委托名额开放十个{e}
S|p|gossip|R5|客户求了好几次要加我私人号，我一开始不肯，最后还是加了，毕竟他一年买{a}{e}
S|p|plain|R1|{n}，稳赚这个词我不轻易用，不过这回我认了，这单稳赚{e}
S|p|plain|R3|{n}，私下转账我本来是拒绝的，但系统今天维护，您先私下转账给我，明天我补录{e}
S|p|quote|R4|「{n}：你帮我弄吧」 - - - - - - 这个原则上不行……算了，您把账户密码发我，就这一次{e}
S|g|minutes|R3|会议纪要：原则上拒绝客户的返佣要求；客户资产超过{a}的，可由部门负责人批准私下返佣{e}
S|p|xys|R5|{n}，信用社不让加私人微信，我推了您好几回了，您实在要加，那就加吧，别声张{e}
S|p|pe|R2|{n}，我开始说没有内部消息，那是场面话，您是大客户，我私下说：标的公司的庄家是我们的老朋友{e}
S|p|hotline|R3|{n}，您要的补偿热线批不下来，我不能答应……这样吧，我私下转账给您两千，您把投诉撤了{e}
S|g|zaohui|R4|早会补充：上次我说不许碰客户账户，现在改一下，老年客户可以，账户密码记在本子上，帮他们代办{e}
S|p|mn|R5|{n}，私人微信阮本来无想给，你讲了三遍，好啦，阮的私人微信加一下{e}
S|p|kj|R3|{n}，返点𠊎本来唔收，你坚持，那就返点一个点，唔好话分别人知{e}
S|p|teacher|R1|{n}，您要我保证不亏，我一开始没答应，可您是我恩师，我就保证这一次：零风险{e}
S|p|asr|R4|{n}那个全权委托的事啊我之前说不行但是我想了想你就全权委托给我吧我帮你看着{e}
S|p|plain|R2|{n}，我说过不打听庄家的事，可这回真忍不住，庄家{d}要动，您早点进{e}
S|p|plain|R5|{n}，原本我说不加私人号，想想您是老客户，私人号给您，晚上也能找我{e}
S|g|zbj|R1|家人们，主播不能说保本……你们刷屏刷得我心软了，好，我说：保本！下单吧{e}
S|p|quote|R1|「{n}：你不保证我就不买」 - - - - - - 行行行，保证收益{r}，我给您写个条{e}
S|p|gossip|R4|我跟经理保证过不再代客理财了，结果{n}又来找我，没办法，又接了三个账户{e}
S|p|xys|R1|{n}，稳赚不赔这种话我不爱说，但信用社这款您就当稳赚不赔买，我担保{e}
S|p|mn|R4|{n}，阮本来讲不帮你操作，你阿公一直拜托，好啦，账户密码给阮，阮处理{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|g|zaohui|R1|早会案例：某代理人跟客户说“这款跟存银行一样保本”，被判误导销售，大家千万别学{e}
S|p|xys|R3|{n}，您说有人跟您讲“贷款要给信贷员返点”，这是骗人的，信用社从来不收{e}
S|p|pe|R1|{n}，您转来的海报写“年化{r}保本保收益”，那不是我们公司的产品，也不可能有这种私募{e}
S|p|hotline|R2|{n}，您录音里对方说“我们有内部消息，跟着做就行”，这已经构成违规荐股，我们已登记{e}
S|g|minutes|R4|会议纪要：客户投诉原文“经理说账户密码给他，帮你操作”，经核实属实，已移送处理{e}
S|p|mn|R3|{n}，你讲有人跟你讲“私下交易卡便宜”，伊是骗你的，阮公司无这款代志{e}
S|p|kj|R1|{n}，佢话“跟佢买稳赚不赔”，𠊎劝你唔好信，世界上冇稳赚不赔个事{e}
S|g|zbj|R1|家人们，评论区有人截图说“主播承诺零风险”，那是P的图，回放可以查{e}
S|p|gossip|R3|你听{k}那句“飞单谁都做过”没？我可没做过，他这是给自己找借口{e}
C|p|teacher|R5|{m}，有个年轻人跟我说“加我私人微信，给您内部价”，我没理他，这种人是你们公司的吗？{e}
C|p|asr|R1|{m}我儿子说那个什么保本保息的都是骗人的是不是真的啊你给我说一下{e}
S|p|plain|R4|{n}，您说朋友告诉您“代客理财很正常”，这个说法不对，代客理财在我们这儿是禁止的{e}
S|p|quote|R1|「{n}：上次那个经理说这款保本」 - - - - - - 他说错了，这款不保本，我给您看说明书第二页{e}
S|p|xys|R2|{n}，村口贴的那张“庄家带你炒股”的广告是诈骗，信用社已经撕掉了{e}
S|p|pe|R4|{n}，您提到的“全权委托投资经理”，其实是管理人管理基金财产，跟个人账户全权委托是两回事{e}
S|p|hotline|R5|{n}，您反映对方说“加我个人号给你特殊额度”，这不是公司的做法，请保留截图{e}
S|g|zaohui|R3|早会学习：一份判决书里，员工对客户说“钱先转到我个人卡上，我帮你交”，最后判了职务侵占{e}
S|p|mn|R2|{n}，你阿叔讲“伊有内幕消息”，阮劝伊嘛劝不动，你要帮阮劝一下{e}
S|p|kj|R4|{n}，佢话“账户密码分𠊎，𠊎帮你炒”，这种人唔好信{e}
S|g|minutes|R1|会议纪要：宣传折页原稿“保本稳健”四字已删除，改为“中低风险”，{d}前重印{e}
S|p|gossip|R5|{k}昨天说“私人微信加客户才好成单”，我当场就怼他了，被查到谁担得起{e}
S|p|teacher|R1|{n}，您说的“零风险的国债”，严格讲国债也有价格波动，持有到期才比较稳{e}
S|p|asr|R3|{n}我刚才说的那个私下转账不是让你转的意思啊是说有人会这么骗你你不要转{e}
S|g|zbj|R2|家人们，有人在粉丝群冒充我说“{d}庄家拉升”，我从来不说这种话，已经报平台{e}
S|p|plain|R1|{n}，那篇文章标题叫《养老钱稳赚的三个秘诀》，内容其实是卖课的，看看就好{e}
S|p|plain|R3|{n}，您看到的“员工可以私下交易”那条微博是谣言，公司已经发声明辟谣了{e}
S|p|quote|R4|「{n}：你们不是可以全权委托吗」 - - - - - - 不是的，您可能看的是别家的宣传，我们不接受全权委托{e}
S|p|xys|R1|{n}，信用社那本《稳赚不赔是神话》的宣传册您拿了吗？里面讲了好几个骗局{e}
S|p|pe|R3|{n}，有人在行业群里说“我们私募给渠道返佣”，我们已发函澄清，绝无此事{e}
S|p|hotline|R1|{n}，您引用的那句“不保本但胜似保本”，是我们处罚过的员工说的，不代表公司{e}
S|g|zaohui|R5|早会纠错：昨天群里有人说“可以用私人号加客户”，是错的，以公司制度为准{e}
S|p|mn|R1|{n}，伊讲“买了就包赚”，阮听了就知道不对，你先不要转钱{e}
S|p|kj|R3|{n}，你听人讲“𠊎可以返佣”，冇这件事，𠊎从来唔返佣{e}
S|p|gossip|R2|你看见{k}朋友圈那句“内部消息，速进”没？我已经截图报给合规了{e}
C|p|plain|R4|{m}，你同事说“把账户密码给我，帮你操作省心”，我没给，这样对吧？{e}
S|p|plain|R5|{n}，我上条说“加我私人微信”是打错了，是“加我们企业微信”，以这条为准{e}
S|p|teacher|R3|{n}，您学生说“找客户经理能拿返点”，他可能搞混了，我们这没有返点这回事{e}
S|p|asr|R2|{n}刚才语音转文字可能转错了啊我说的是没有内幕消息不是有内幕消息{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|g|zaohui|R1|早会金句：“跟客户讲，这款就是保本的存款”，伙伴们照这句说，签单率翻倍{e}
S|p|xys|R3|{n}，您邻居说“找信用社小卢办贷款要给返点”，是这样，规矩就是一个点{e}
S|p|pe|R1|{n}，我们老板说过“这只私募不可能亏，本金就是保本的”，这话我也替他担保{e}
S|p|hotline|R5|{n}，您说的“热线小姐姐给了私人微信”没错，就是我，有事加我私人微信找我{e}
S|g|minutes|R2|会议纪要：领导原话“内部消息要用在刀刃上，只给大客户”，请各组{d}起执行{e}
S|p|mn|R3|{n}，你阿叔讲“私下交易卡划算”，确实，阮就私下交易，手续费免了{e}
S|p|kj|R1|{n}，你阿姆话“跟你买稳赚”，佢讲得着，𠊎保证稳赚{e}
S|g|zbj|R1|家人们，评论区有人说“主播说过保本”，对，我说过，我再说一次，保本{e}
S|p|gossip|R3|你说得对，“飞单来钱快”，我这个月就靠飞单冲的业绩，下个月带你一起{e}
S|p|teacher|R4|{n}，您老伴说“交给小钟放心”，对，您把账户密码给我，我帮您弄好{e}
S|p|asr|R2|{n}你说的那个内部消息是真的啊我也听到了下周就拉升赶紧买{e}
S|p|plain|R1|{n}，上次我跟您说的“零风险”，现在还是这句话，一个字都不改{e}
S|p|quote|R3|「{n}：你之前说可以私下转账」 - - - - - - 对，就按我之前说的，私下转账给我，我帮您办{e}
S|p|xys|R4|{n}，您儿子说“让信用社的人代客理财”，行，这笔钱我代客理财，年底给您对账{e}
S|p|pe|R2|{n}，路演嘉宾那句“这家公司下季度有大事”您记住，内部消息，我可以再给您透一点{e}
S|p|hotline|R1|{n}，您录音里那位经理说“保证收益{r}”，我确认一下，他说得没错，我们认{e}
S|g|zaohui|R5|早会复盘：{k}那句“客户加我私人号，成交率高一倍”，说得好，大家都学起来{e}
S|p|mn|R1|{n}，你讲“买这个包赚”，着啦，就是包赚，免烦恼{e}
S|p|kj|R4|{n}，你讲“干脆全权委托分你”，好，全权委托分𠊎，𠊎帮你打理{e}
S|g|minutes|R3|会议纪要：重申总经理原话“老客户返佣照常，不必报备”，请财务{d}前配合{e}
S|p|gossip|R2|{k}说“那只票庄家在吸筹”，我信，我已经让我的客户都进了{e}
S|p|teacher|R1|{n}，您同事说“这款保本保息”，没错，我再跟您确认一遍，保本保息{e}
S|p|asr|R5|{n}你说的对啊加我个人号比较方便那你就加我个人号吧企业微信我不常看{e}
S|g|zbj|R3|家人们，上期说的“私下交易有优惠”继续有效，想要的{d}前找助理{e}
S|p|plain|R4|{n}，您那句“账户交给你我放心”我记着呢，您把账户密码发我，今天就开始{e}
S|p|plain|R2|{n}，您朋友说“庄家要拉升了”，我打听了，是真的，赶紧{e}
S|p|quote|R1|「{n}：这个稳赚不赔吧」 - - - - - - 稳赚不赔，我拿工作担保{e}
S|p|xys|R5|{n}，您说“加你私人微信方便”，对的，私人微信号就是我名字拼音，加吧{e}
S|p|pe|R3|{n}，您那句“转到你个人账户更快”说得对，就转到我个人账户吧，我帮您处理{e}
S|p|hotline|R4|{n}，您说的“热线也能代客理财”是对的，您把账户交给我，代客理财我来做{e}
S|g|zaohui|R1|早会：老总那句“我们的产品没有一款不保本”，大家记牢，{d}见客户就这么讲{e}
S|p|mn|R2|{n}，你阿叔讲“伊有内部消息”，是真的，阮嘛有听到，{d}就动{e}
S|p|kj|R3|{n}，你朋友话“寻𠊎可以拿返点”，对，返点照给{e}
S|p|gossip|R1|经理那句“跟客户说零风险没人查”，我觉得有道理，今天就这么讲了三单{e}
S|p|teacher|R5|{n}，您孙子说“加小杜私人微信更快”，对，私人微信加一下，以后就在那里说{e}
S|p|asr|R3|{n}你邻居说的那个返佣是真的啊我这边也可以给你返佣的你放心{e}
S|p|plain|R5|{n}，您说“这个工作号太正式”，是的，加我私人号吧，平时聊天方便{e}
S|g|zbj|R2|家人们，有粉丝说“主播有内部消息”，没错，今晚十点粉丝群里发{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|asr|R6|{m}我电话号码是{MOB:cn}你记下有事打给我{e}
C|p|teacher|R6|{m}，我把身份证号抄给你：{ID:plain}，你核对下，我眼神不好{e}
S|p|xys|R6|{n}，您的贷款放款卡号我核对下：{CARD:sp}，没错的话我就提交了{e}
C|p|mn|R6|{m}，阮后生的手机{MOB:dash}，伊在厦门上班，白天打卡方便{e}
C|p|kj|R6|{m}，𠊎个身份证号系{ID:sp}，你帮𠊎登记{e}
S|g|zaohui|R6|早会表扬：{k}昨天签了大单，客户回访电话{MOB:plain}，回访组今天打过去{e}
S|p|pe|R6|{n}，认购确认需要您的身份证号码，我这边登记的是{ID:fw}，请确认{e}
S|p|hotline|R6|{n}，为了核实身份，您登记的手机号是{MOB:mix}吗？{e}
C|p|asr|R6|{m}那个卡号是{CARD:cn}对的就是这张{e}
C|p|plain|R6|{m}，年金领取账户改成这张卡：{CARD:dash}，麻烦帮我改下{e}
S|g|minutes|R6|会议纪要附件：投诉客户联系方式{MOB:sp}，请{k}三日内回访{e}
S|p|quote|R6|「{n}：我的手机号是不是登记错了」 - - - - - - 系统里是{MOB:dot}，您看对不对{e}
C|p|teacher|R6|{m}，我用大写写给你，不容易看错：{MOB:dx}，这是我家老头的手机{e}
C|p|xys|R6|{m}，我婆娘的身份证{ID:dash}，贷款要她签字的话你先登记上{e}
C|g|zbj|R6|主播我中奖了！我手机号{MOB:fw}，怎么领？{e}
S|p|gossip|R6|你帮我查下这个客户，身份证{ID:plain}，看看他在咱们这还有没有别的产品{e}
C|p|pe|R6|{m}，我的收款卡号{CARD:fw}，分红打这里{e}
S|p|hotline|R6|{n}，您的银行卡号是{CARD:sp1}，对吗？退款会原路退回{e}
C|p|mn|R6|{m}，阮阿公的身份证号码{ID:mix}，伊要买那款养老的{e}
C|p|kj|R6|{m}，𠊎个银行卡{CARD:plain}，工资卡来个{e}
C|p|asr|R6|{m}你记下我身份证{ID:cn}我说慢点了你看看对不对{e}
C|p|plain|R6|{m}，换了个新号{MOB:comma}，旧的别打了{e}
S|p|teacher|R6|{n}，您的养老金卡号我给您念下：{CARD:cn}，您对着存折看看{e}
S|p|plain|R6|{n}，受益人信息我先填了：身份证{ID:dot}，手机号另外补{e}
C|p|plain|R6|{m}，我老伴的卡号{CARD:mix}，续期保费从这张扣{e}
C|p|xys|R6|{m}，我电话{MOB:sp1}，到了叫我去拿存折{e}
S|p|pe|R6|{n}，打款账户请核对：{CARD:dx}，户名是您本人吗？{e}
C|p|quote|R6|「{m}：请补充受益人身份证」 - - - - - - 我女儿的：{ID:plain}{e}
C|p|teacher|R6|{m}，我学生帮我查的卡号{CARD:sp}，你看看是不是这张能领退休金{e}
S|p|gossip|R6|那个客户又打热线了，他手机{MOB:cn}，你有空回个电话{e}
C|p|hotline|R6|{m}，我身份证号{ID:sp}，麻烦查下我的投诉进度{e}
C|p|zbj|R6|主播，下单的手机号写错了，正确的是{MOB:dash}，麻烦改下{e}
S|g|minutes|R6|会议纪要补：新客户开户资料待补，身份证号{ID:fw}，由{k}跟进{e}
C|p|asr|R6|{m}我老婆的电话是{MOB:mix}你打她的也行{e}
C|p|mn|R6|{m}，阮的卡号{CARD:comma}，你转入这张{e}
C|p|kj|R6|{m}，𠊎阿姆个电话系{MOB:cn}，佢唔识用微信{e}
S|p|xys|R6|{n}，您存折背面的卡号是{CARD:dot}，我帮您登记好了{e}
C|p|plain|R6|{m}，发票抬头写我名字，身份证{ID:dx}，电话晚点给你{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|hotline|R6|{n}，您的投诉工单号是{TICKET}，后续查询请报这个号{e}
S|p|xys|R6|{n}，您的贷款合同编号{LOANNO}，请妥善保管{e}
S|p|pe|R6|{n}，本基金备案编码{FUNDREG}，可以在协会官网查询{e}
S|g|zaohui|R6|早会通报：本月团队保费{AMT}元，人均{AMT}元，{k}排第一{e}
S|p|plain|R6|{n}，案号{CASE}的执行款已经到账，您可以查下{e}
C|p|asr|R6|{m}我那个验证码是{OTP}啊不对不能告诉你是吧那算了{e}
S|p|mn|R6|{n}，阮网点的电话{LAND}，有代志打这支{e}
C|p|kj|R6|{m}，𠊎在马来西亚个电话{MYPH}，你打这个{e}
C|p|plain|R6|{m}，我在新加坡的号码{SGPH}，白天打我{e}
C|p|teacher|R6|{m}，我在美国的女儿电话是{USPH}，有事也可以找她{e}
S|p|pe|R6|{n}，统一社会信用代码{USCC}，这是我们管理人的信息，合同上有{e}
S|p|hotline|R6|{n}，我的执业登记编号{PRACT}，您可以在协会网站查到我{e}
C|p|plain|R6|{m}，我身份证{BADID:plain}，开户一直提示证件号有误，咋回事？{e}
S|p|plain|R6|{n}，您发来的号码{BADDATE:plain}里出生日期不存在，是不是抄错了{e}
S|p|xys|R6|{n}，这个证件号{BADPROV:sp}前两位不对，您对着身份证再看看{e}
C|p|asr|R6|{m}我那个身份证是{ID17:cn}好像还有一位我忘了{e}
S|p|quote|R6|「{n}：卡号发你了」 - - - - - - 您发的{LUHNBAD:plain}系统提示卡号无效，麻烦重新拍下卡面{e}
S|p|plain|R6|{n}，系统里您的手机是{MASKMOB}，对的话就不用改了{e}
S|p|teacher|R6|{n}，您的退休金到账{AMT}元，银行卡尾号{LAST4}{e}
C|p|mn|R6|{m}，阮在金门的电话{KMPH}，暗时打卡好{e}
S|p|plain|R6|{n}，您的大额存单凭证号{CERT}，到期日{DATE}{e}
S|g|zbj|R6|家人们，今天的口令红包是{OTP}，限时三分钟{e}
S|g|minutes|R6|会议纪要：{DATE}例会，参会{HEADS}人，地点{ROOM}会议室{e}
C|p|plain|R6|{m}，我只记得我儿子手机前几位{MOBPRE}，后面记不清了{e}
C|p|teacher|R6|{m}，我的手机号好像是{MOB10:plain}，怎么少一位呢{e}
S|p|hotline|R6|{n}，您登记的手机{BADPFX:sp}号段不存在，麻烦核实{e}
S|p|pe|R6|{n}，认购金额大写{AMTDX}，请在确认书上抄写{e}
S|p|xys|R6|{n}，您的存折册号{SERIAL}，丢了要来挂失{e}
C|p|kj|R6|{m}，𠊎个台湾身份证{TWID}，在大陆开得户无？{e}
C|p|plain|R6|{m}，我的港澳通行证号{HKPASS}，办业务要用吗？{e}
S|p|plain|R6|{n}，香港身份证{HKID}我登记好了{e}
S|p|asr|R6|{n}那个股东账号是{SHAREACC}你开户的时候填的这个{e}
S|p|plain|R6|{n}，这只基金代码{FUNDCODE}，别买成C类了{e}
S|p|xys|R6|{n}，信用社客服电话{SHORT}，打过去按0转人工{e}
S|p|gossip|R6|那个客户的身份证{MASKID}我只看到这几位，你那边有完整的吗{e}
S|p|mn|R6|{n}，阮的工号{STAFFNO}，你要表扬要投诉都写这个{e}
C|p|teacher|R6|{m}，我记得我卡号{LUHNBAD:dash}，可是柜台说不对{e}
S|p|quote|R6|「{n}：你们热线多少」 - - - - - - 全国统一客服{HOTLINE}，工作日九点到五点{e}
C|p|kj|R6|{m}，𠊎个证件号{BADID:cn}，系统话唔对，你帮𠊎看看{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "zaohui": ["qiu.lihong", "ye.chunmei", "tan.zhiqiang"],
    "xys": ["lu.dagang", "shi.guirong", "pan.laifu"],
    "pe": ["gu.yichen", "shen.haoran", "xia.ruoxi"],
    "hotline": ["fang.yuhan", "cao.jingwen"],
    "asr": ["du.xiaofeng", "lai.meiling"],
    "mn": ["hong.zhiming", "chen.yaqin", "su.wenbin"],
    "kj": ["liu.shaohua", "zhong.ruilan", "xie.yongfu"],
    "teacher": ["yu.qing", "peng.lu"],
    "zbj": ["bai.lulu", "anqi"],
    "gossip": ["ma.lili", "jia.hao"],
    "minutes": ["kong.wei", "li.jingjing"],
    "quote": ["he.siyu", "tian.yu"],
    "plain": ["zhao.yang", "qian.ming", "wei.jun", "luo.xin"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0592", "0595", "0596", "0597", "0797", "0768", "0731", "0351", "0871", "0411",
             "021", "027"]
FUND_CODES = ["000198", "110022", "161725", "005827", "519674", "003095", "012348", "007119"]
US_AREAS = ["626", "415", "212", "718", "917", "408", "206"]
AMT_DX = ["贰拾万元整", "叁拾陆万元整", "壹佰万元整", "伍拾捌万元整", "捌拾万零陆仟元整",
          "壹佰伍拾万元整", "贰佰万元整", "叁佰万元整", "玖拾万元整", "壹仟万元整"]
UPPER = "ABCDEFGHJKLMNPQRTUWXY"
CASE_HEADS = ["闽0203民初", "闽0502民初", "粤1403执", "赣0702民初", "闽0582执", "湘0104民初"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "TICKET":
        return "RX" + "2026" + rdigits(rng, 8)
    if name == "LOANNO":
        return "信农贷字2026第" + rdigits(rng, 5) + "号"
    if name == "FUNDREG":
        return "S" + rng.choice(UPPER) + rng.choice(UPPER) + rdigits(rng, 3)
    if name == "AMT":
        v = rng.randint(8, 3000) * 1000
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.4 else "")
    if name == "CASE":
        return "（" + rng.choice(["2024", "2025"]) + "）" + rng.choice(CASE_HEADS) + \
            str(rng.randint(100, 9999)) + "号"
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else 6)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + "-" + local + "转" + str(rng.randint(800, 899))
    if name == "MYPH":
        return "+60 1" + rng.choice("2346789") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "USPH":
        return "+1 (" + rng.choice(US_AREAS) + ") " + str(rng.randint(2, 9)) + \
            rdigits(rng, 2) + "-" + rdigits(rng, 4)
    if name == "KMPH":
        return "082-3" + rdigits(rng, 5)
    if name == "USCC":
        tail = "".join(rng.choice(UPPER + "0123456789") for _ in range(7))
        return "91" + rng.choice(AREAS) + "MA" + tail + rng.choice(UPPER)
    if name == "PRACT":
        return "S0" + rdigits(rng, 12)
    if name == "CERT":
        return "CD" + "2026" + rdigits(rng, 8)
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%d/%d" % (y, m, d)
        return "%d-%02d-%02d" % (y, m, d)
    if name == "HEADS":
        return str(rng.randint(8, 46))
    if name == "ROOM":
        return rng.choice("ABC") + str(rng.randint(3, 28)) + "%02d" % rng.randint(1, 20)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "SERIAL":
        return "XY" + rdigits(rng, 7)
    if name == "TWID":
        return rng.choice(UPPER) + rng.choice("12") + rdigits(rng, 8)
    if name == "HKPASS":
        return "C" + rdigits(rng, 8)
    if name == "HKID":
        return rng.choice(UPPER) + rdigits(rng, 6) + "(" + rng.choice("0123456789A") + ")"
    if name == "SHAREACC":
        if rng.random() < 0.5:
            return "A" + rdigits(rng, 9)
        return "0" + rdigits(rng, 9)
    if name == "FUNDCODE":
        return rng.choice(FUND_CODES)
    if name == "SHORT":
        return "96" + rdigits(rng, 3)
    if name == "STAFFNO":
        return rng.choice(["XM", "QZ", "JJ"]) + rdigits(rng, 5)
    if name == "HOTLINE":
        if rng.random() < 0.5:
            return "400-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
        return "95" + rdigits(rng, 3)
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:6] + "*" * 8 + s[-4:]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
