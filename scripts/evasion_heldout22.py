#!/usr/bin/env python3
"""Blind held-out evaluation set 22 ("heldout22") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author never opened the scanner, its rule files, its tests, its archive,
its commit history or any earlier evaluation set (nor the training-corpus generator), and
searched nothing (no web or code search).  Every template below was written from general
knowledge of how Chinese-speaking financial sales staff and their customers talk on WeCom
(企业微信).  The set exists to measure how well the scanner generalises: do not tune the
scanner to it, do not add it to any training data, and run it once.

Voices
------
Northeastern-adjacent Inner Mongolia / Heilongjiang speech; Chongqing and Chengdu speech;
a Hakka-Cantonese mix from Meizhou; Hainan Mandarin; Ningxia / Qinghai Mandarin; Macau
Cantonese with an occasional Portuguese loanword; Taiwanese Hokkien-flavoured Mandarin;
Thai and Philippine Chinese merchants' Mandarin; Korean-Chinese (朝鲜族) staff in Yanbian;
very formal written bank style; young investors' internet slang; livestream sellers of
insurance; WeCom moments-style marketing posts; poetry and couplet-style slogans; staff
replying on behalf of an absent colleague; plain Mandarin staff and customers.
Settings: pension annuities, education savings insurance, structured deposits, convertible
bonds, IPO subscription, ETF grid trading, offshore USD policies, agricultural co-op loans,
small-business loans, wealth salons and tea meetings, branch anniversary events, year-end
bonus reinvestment, divorce and inheritance asset planning.

Hard cases
----------
Spread over every keyword category: the deciding clause two or three clauses away from the
keyword; negation scope across commas; double negation; irony and sarcasm; conditional
offers; a reported question followed by the speaker's real answer; corrections and
retractions; concessions; lists and headings with the violation in one item; a keyword
inside a product, app, event or file name (near miss); a prohibition phrased without any
keyword next to a separate real violation (labelled with the violation only); quoting one's
own earlier promise; hypothetical examples in training material marked as wrong; emoji
between words; keywords split by one of the separators ``· -_*.~`` in a minority
(more than 0 and under 15 %) of each keyword category's hits; 25 % of every category in
traditional characters through the one-to-one table ``_TRAD_PAIRS`` (ambiguous characters
left out; the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese/Arabic, full-width digits and split by spaces, dashes, dots and commas, versus
look-alikes: bad ID check characters, impossible birth dates, bad province codes, 17-digit
IDs, Luhn failures, masked numbers, order / serial / policy / ticket / tracking / invoice
codes, landlines, Hong Kong / Macau / Taiwan / Thai / Philippine phones, amounts, dates,
QQ numbers, postcodes, one-time codes, security and fund codes, 10-digit and bad-prefix
mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout22.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h22_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 22_2026_1206
SET_NAME = "heldout22"
MSGID_PREFIX = "h22"
T0 = 1771000000000
SEQ0 = 880000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("tw", "mo")  # Taiwan and Macau messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147",
              "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "172",
              "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
              "186", "187", "188", "189", "191", "198", "199"]
AREAS = ["110101", "110105", "230103", "230102", "230602", "150102", "150203", "150702",
         "500103", "500106", "510104", "510107", "441402", "441481", "460105", "460106",
         "640104", "640106", "630102", "630104", "222401", "222403", "350203", "440103",
         "440304", "320102", "330106", "210102"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "623668", "621483", "620522", "622609",
               "625965"]
CARD_BINS19 = ["6222020", "6228480", "6217000", "6212260", "6230520", "6215580"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["王姐", "李哥", "张叔", "刘阿姨", "陈总", "赵老师", "孙大哥", "周姐", "吴老板", "郑哥",
          "冯姨", "杨总", "何姐", "高哥", "罗老师", "马大姐", "金老板", "林姐", "黄叔", "韩哥"],
    "m": ["小王", "王经理", "李老师", "金经理", "陈姐", "小周", "何主管", "张经理", "小林",
          "刘经理", "小马", "朴经理"],
    "e": ["", "", "😊", "👍", "🙏", "😂", "🤝", "✨", "🌹", "💪", "👌", "😄"],
    "d": ["明天上午", "周五下午", "月底前", "下周一", "今晚八点", "后天", "这周内", "周三",
          "下礼拜", "明早九点"],
    "a": ["5万", "10万", "20万", "30万", "50万", "80万", "100万", "200万", "15万", "300万"],
    "r": ["2.8%", "3.1%", "3.5%", "4.2%", "4.8%", "5%", "5.5%", "6%", "3.85%", "4.5%"],
    "k": ["小周", "小何", "李经理", "金经理", "朴主管", "王姐", "陈老师", "小吴", "马经理",
          "林专员"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; tw and mo prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|ne|R1|{n}，咱这款养老年金保本保收益，你说你还犹豫个啥？错过这村可没这店了{e}
S|p|cq|R1|{n}，这个结构性存款稳赚不赔的嘛，你还在那儿想啥子哦？{d}就截止了{e}
S|g|slang|R1|家人们，躺着都稳赚的车，你不上车等啥呢？{d}前冲鸭{e}
S|g|formal|R1|敬请各位垂注：本期产品保证收益{r}，如此良机，岂可错过？{e}
S|p|tw|R1|{n}，这支零风险啦，你还在怕什么？阿嬷都买了{e}
S|p|ne|R2|{n}，内幕消息我啥时候让你失望过？{d}庄家就要拉升了，贼稳，还不赶紧的？{e}
S|g|slang|R2|韭菜才等公告好吗？内部消息都出来了，庄家{d}拉升，家人们上车不？{e}
S|p|cq|R3|{n}，走公司流程要等好几天，转到我个人卡上不是更快嘛？你说是不是{e}
S|p|th|R3|老板，私下交易手续费全免，这么好的事你不做，难道留给别人做？{a}的货款省下不少{e}
S|p|ne|R4|{n}，你天天上班那么忙，账户密码给我，我帮你操作不就完事了吗？{e}
S|p|yb|R5|{n}，公司号消息太多看不过来，加我个人号聊不是更方便吗？{e}
S|p|hk|R3|{n}，涯帮你争取到返点，又唔使你多出一分钱，点解唔要？{e}
S|p|hn|R1|{n}，老爸茶喝着，钱也包赚，哪里找这么舒服的事？{e}
S|p|nx|R1|{n}，这个定投稳赚，尕娃的教育金不就有着落了吗？{e}
S|p|mo|R1|{n}，呢份美元保单保本又有分红，咁好嘅嘢你仲谂咩？{e}
S|g|live|R1|宝宝们，保本的年金还有谁没抢到？直播间最后{a}额度，手慢无！{e}
S|g|poem|R1|上联：存款利息年年降，下联：年金稳赚不赔{r}，横批：还等什么？{e}
S|p|plain|R3|{n}，我不是不能给你返佣，咱俩谁跟谁？你还信不过我？{e}
S|p|plain|R1|{n}，你见过哪只可转债到期不赚的？这只就是稳赚，没有不赚的道理，你说呢？{e}
S|p|plain|R2|{n}，内部消息这种东西，你说信不信？我跟你讲，我信，而且{d}就有人拉升，赶紧的{e}
S|p|plain|R4|{n}，你要是真没空盯盘，全权委托给我不就行了？收益咱们到时候再说{e}
S|p|cq|R4|{n}，代客理财这种事我们私下做得多了，你怕个啥子嘛？{e}
S|p|formal|R5|{n}，如蒙不弃，何不添加本人私人微信，以便随时为您服务？{e}
S|g|slang|R5|集美们，私人号里每天更新干货，不加是等着当韭菜吗？{e}
S|p|proxy|R1|{k}今天休假，由我代为回复：{n}，保证收益{r}这个事，他答应您的我们还能不认吗？放心买{e}
S|p|plain|R1|{n}，网格交易开起来，震荡市稳赚，不开留着钱发霉吗？{e}
S|p|plain|R1|{n}，新债申购零风险，中签就是白捡钱，这你都不打？{e}
S|p|nx|R3|{n}，贷款审批要排队，返点给我两个点，我让它{d}就下来，这不划算吗？{e}
S|p|plain|R3|{n}，公户走账多麻烦，私下转账给我，我直接给你办，不是省事多了？{e}
S|p|plain|R2|{n}，茶话会上王总透露的内幕消息你还没听懂？那只票庄家早就建好仓了，还等啥？{e}
S|p|plain|R1|{n}，年终奖放活期一年才几个钱？放我这里保本还有{r}，你说哪个香？{e}
S|p|plain|R1|{n}，离婚分到的这笔钱，放这个保本的信托不是最稳妥？还用问吗？{e}
S|p|plain|R4|{n}，孩子教育金那个账户，你把账户密码发我，我帮你操作，何必自己跑一趟网点？{e}
S|g|ne|R1|谁说世上没有稳赚的？老铁们，跟我三年的客户，哪年亏过？{e}
S|p|plain|R3|{n}，这单走飞单，公司又不知道，你少交手续费我多点提成，两全其美不好吗？{e}
S|p|th|R5|老板，曼谷那边回复慢，加我私人微信，有事直接找我，不是更好？{d}我都在{e}
S|p|ph|R5|{n}，马尼拉的亲戚也想买的话，叫他们加我私人号，这样不比走公司快多了？{e}
S|p|yb|R1|{n}，延吉这边好多阿妈妮都买了，零风险的东西，你还担心啥呢？{e}
S|g|formal|R1|值此支行十周年庆，专享产品保本{r}，如此福利，更待何时？{e}
S|p|slang|R1|这个年金🔥保本🔥保收益🔥，{n}你不冲还等什么？{e}
S|p|plain|R1|{n}，刚才我说“不一定保本”，那是我嘴瓢了，这款哪回不是保本的？你放一百个心{e}
S|p|plain|R4|{n}，虽说规矩是客户自己下单，可你都七十了，账户密码交给我不比你自己瞎点强？{e}
S|p|plain|R2|{n}你上回问我“有没有内部消息”，我哪次说过没有？{d}那只票庄家要动了{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|plain|R1|{m}，你们这款年金是保本的吗？我妈就想要个稳当的{e}
S|p|plain|R1|{n}，您问保本吗？不保本哈，这款是浮动收益，净值会有波动{e}
S|g|ne|R1|稳赚不赔？老铁们，这世上哪有这种好事，谁这么跟你说你就赶紧跑{e}
S|p|cq|R1|零风险？哪个敢跟你打这个包票嘛，莫得的事，{n}你莫信{e}
C|g|plain|R2|你们有没有内部消息啊？群里都在传有庄家要拉升{e}
S|p|plain|R2|{n}问我有没有内幕消息——没有，也不能有，我们只看公开信息和研报{e}
S|p|plain|R2|{n}，庄家拉升这种话你也信？真要有这种消息，人家还会告诉你？别当韭菜了{e}
C|p|plain|R3|{m}，能不能私下转账给你？走公司流程太慢了{e}
S|p|plain|R3|私下转账？那可不行，{n}，所有款项只能打到公司对公账户，回单我发您{e}
S|p|plain|R3|{n}，飞单出了事谁给你兜底？所以我们一单都不碰，放心{e}
C|p|plain|R3|{m}，返点是怎么算的？隔壁那家说有返佣{e}
S|p|plain|R4|{n}，账户密码能随便给人吗？当然不能，包括我在内谁问都别给{e}
S|p|plain|R4|{n}，您是想问能不能全权委托？我们这边不接受全权委托，您可以看看公募的投顾组合{e}
C|p|plain|R4|{m}，代客理财你们做不做？我儿子在外地，没人帮我看{e}
S|p|plain|R5|{n}问能不能加私人微信，不好意思哈，工作都在企业微信上，这样有记录对您也是保障{e}
C|p|plain|R5|{m}，你有私人号吗？这个企业微信我老是找不到{e}
S|p|formal|R1|{n}，敬请告知：贵方所需是否为保本类产品？如是，可考虑存款类产品，理财产品均不保本{e}
S|p|tw|R1|有人跟你讲稳赚？母汤喔，{n}，理财袂稳赚的啦{e}
S|p|hk|R1|{n}问涯呢只可转债系唔系稳赚，涯话冇咁嘅事，破发都有可能{e}
S|p|plain|R1|谁能保证收益？基金经理都不敢，我一个小客户经理敢吗？{n}{e}
S|g|live|R1|宝宝们问是不是保本，主播必须说清楚：不保本！不保本！不保本！重要的事说三遍{e}
S|p|plain|R2|内幕消息？要真有，我还在这儿上班？早去海边躺着了，{n}{e}
S|p|hn|R1|{n}，你问这个是不是零风险，我骗你做么？有风险的，说明书第三页写着{e}
C|p|nx|R1|{m}，咱这个养老年金包赚不？包赚的话我多买点{e}
S|p|th|R3|老板问能不能返点，我们这边没有返点的，手续费都是明码标价，你看合同第五条{e}
S|p|mo|R3|{n}问可唔可以转到我个人户口，唔得㗎，要转去公司户口先有保障{e}
S|p|yb|R5|{n}，私人号？我们这边不让加的，有事企业微信找我，晚上也看{e}
S|p|proxy|R2|{k}在外面培训，我替他答一下：您问的那个内部消息，他没有发过，也不会发，群里的截图不是他的{e}
S|p|plain|R1|{n}，您是希望保本，还是能接受一定波动？先做个风险测评我再推荐{e}
S|g|moments|R1|【理财小课堂】问：有没有稳赚不赔的理财？答：没有。收益和风险永远是一对{e}
S|p|ne|R4|账户密码给我？嘎哈呢这是，{n}，这个可不兴给，谁要都别给{e}
C|p|plain|R3|{m}，你们员工能私下交易吗？我看新闻说有人被查了{e}
S|p|plain|R3|返佣？我要敢收这个钱，明天就得被开，{n}你说我图啥{e}
S|p|poem|R1|莫听稳赚甜言语，且看风险说明书。{n}，买之前咱先把这页读完{e}
S|p|plain|R1|{n}，新股中签是不是稳赚？不是，这两年破发的一大把，自己要掂量{e}
S|p|formal|R5|顷接{n}来询，问可否添加私人微信。兹答复：按规定，对客沟通仅限企业微信，敬请谅解{e}
C|p|tw|R5|{m}，你有私人微信吗？我阿嬷说她想问你保单的事{e}
S|p|plain|R2|{n}，您说的庄家是指啥？打麻将的庄家还是股票里的？先说清楚我才好回答{e}
S|p|plain|R4|代客理财？那是违规的，我能为了一单业绩把饭碗砸了吗？{n}{e}
C|p|cq|R2|{m}，晓得不，隔壁老李说他有内部消息，是真的不嘛？{e}
S|p|plain|R1|{n}，您说的是那个叫“保本理财通”的APP吗？那个不是我们家的，也别往里面充钱{e}
S|p|plain|R5|{n}，您是说加我个人号吗？不用的，就在这里聊，我上班时间都在线{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|formal|R1|兹重申：全体员工严禁向客户承诺保本保收益，违者按制度处理，特此通知{e}
S|g|plain|R3|【员工十不准】一、不准飞单；二、不准私下转账；三、不准收受返佣……各位同事对照自查{e}
S|p|plain|R4|{n}，按监管要求，我们不能替客户保管账户密码，也不能帮你操作交易，这点请理解{e}
S|g|ne|R5|老铁们记住了，公司明令禁止加私人微信，有啥事就在这个群里唠{e}
S|p|cq|R4|{n}，规矩你晓得噻，代客理财、全权委托都是碰不得的，莫为难我哈{e}
S|g|plain|R2|合规提示：讨论个股时不得传播所谓内幕消息，不得暗示庄家拉升，请各位自觉遵守{e}
S|p|hn|R1|{n}，我们行里规定不准讲零风险，因为本来就有风险，这个你要懂{e}
S|p|tw|R3|公司规定不能私下交易喔，{n}，歹势啦，要照流程走{e}
S|p|mo|R3|公司规矩系唔准返点俾客，{n}，obrigado你体谅{e}
S|g|plain|R3|培训材料第三条：飞单是红线，不管客户怎么要求都不能做{e}
S|p|proxy|R3|{k}出差了，我帮他回复：您说的“转到我个人账户”这种做法，我们是绝对禁止的，请只打对公账户{e}
C|p|plain|R1|{m}，你们不是规定不能保证收益吗？那上次那个经理咋跟我说保证收益{r}？{e}
S|g|slang|R1|家人们，平台规定不能说稳赚，也不能说躺赚，理性投资不上头{e}
S|g|live|R1|直播间规则：主播不得承诺保本，宝宝们看到有人私信说保本的都是冒充的{e}
S|p|nx|R5|{n}，咱单位有规定，私人号一律不能加，尕事情也得在企业微信上说{e}
S|p|yb|R4|{n}，公司规定不准帮你操作账户，阿妈妮要是不会用手机，我可以去家里教她自己弄{e}
S|p|formal|R4|{n}，谨此提示：本行工作人员不会索要您的账户密码，敬请妥善保管{e}
S|p|th|R3|老板，公司规定员工不可以私下交易，你的货款请走公司账户，换泰铢我们也有正规渠道{e}
S|g|poem|R3|上联：合规是底线，下联：诚信是饭碗，横批：飞单莫碰{e}
S|g|moments|R1+R3+R4|✅不承诺保本 ✅不代客理财 ✅不收返点——这是我做客户经理八年的三条底线{e}
S|p|ne|R4|{n}，这可整不了，规定不准全权委托，你自己拿主意，我给你参谋{e}
S|p|cq|R2|{n}，我们这边规矩多，内部消息一律不准打听也不准传，何况我手上本来就莫得{e}
S|p|hk|R5|{n}，公司话唔准加私人微信，涯只能用呢个企业微信同你倾{e}
S|p|plain|R1|{n}，根据资管新规，理财产品打破刚兑，不能再宣传保本了，这个您了解一下{e}
S|p|plain|R1|{n}，可转债申购规则里写得很清楚，不得以零风险名义宣传，别听外面瞎说{e}
S|g|plain|R3|合作社贷款这块，信贷员不准收任何返点，有人找你要就直接打投诉电话{e}
S|p|plain|R3|{n}，小微贷款不收任何费用，也严禁客户经理私下转账收款，请认准对公账户{e}
C|p|plain|R3|{m}，我看你们营业厅贴着“严禁飞单”，飞单是啥意思啊？{e}
C|p|plain|R1|{m}，规定不让说稳赚不赔是吧，那你就跟我说说实际能赚多少{e}
S|g|plain|R1|年终奖理财专场提醒：所有宣传不得出现保收益字样，文案请发合规审一下{e}
S|g|plain|R2|茶话会嘉宾分享时请勿提及任何内部消息或个股推荐，谢谢配合{e}
S|p|plain|R4|{n}，离婚财产分割这块，我们不能全权委托处理您的资产，建议您同时找律师{e}
S|p|plain|R1|{n}，网格交易只是一种策略，规定不能说它稳赚，单边下跌也会亏{e}
S|p|plain|R3|{n}，香港保单这块，内地员工不得私下交易、不得代收保费，请您本人去香港签{e}
S|p|plain|R5|{n}，按规定我不能把您拉到私人号上聊，有什么需求都在这里说，我都能看到{e}
S|p|plain|R3|没有哪条规定不禁止返佣的，所以{n}，这个真没有{e}
S|p|tw|R4|{n}，阿嬷问可不可以把账户密码给我，我跟她说袂使，这是规定{e}
S|p|plain|R4|刚才打错字了，是“严禁代客理财”，不是“可以代客理财”，{n}以这条为准{e}
S|g|plain|R1|今日晨会要点：1.合规培训下周考试 2.严禁承诺保证收益 3.茶歇在三楼{e}
S|p|ph|R3|{n}，公司规定员工不可以收返佣，马尼拉那边介绍客户也一样，谢谢你的好意{e}
S|p|plain|R3|{n}，请查收附件《关于严禁飞单的通知》，签字后发回给我{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|ne|R1|{n}，规定是不让说保本，可咱俩谁跟谁，我跟你交个底：这款到期就是保本的，贼稳{e}
S|p|cq|R3|{n}，公司说不准飞单，但那是说给外人听的，你这单走我这边，手续费给你减半{e}
S|g|slang|R1|合规天天喊不准讲稳赚，笑死，这只基金就是稳赚，我自己都买了{e}
S|p|formal|R1|{n}，按规定，本行不承诺保本。然此款产品历年均未亏损，实质上保本，敬请放心认购{e}
S|p|plain|R3|{n}，原则上不允许私下转账，不过你是老客户，特殊情况特殊处理，转我卡上我帮你垫上{e}
S|p|tw|R3|{n}，规定是不能返点啦，但你放心，{d}开始私底下每个月返点给你，袂让你吃亏{e}
S|p|mo|R5|规定话唔可以加私人微信，不过{n}你咁熟，加我私人微信啦，有咩即刻揾我{e}
S|p|hk|R4|{n}，公司话唔准全权委托，你当冇听到，你交俾涯，全权委托涯来打理{e}
S|p|plain|R4|{n}，公司不让我们承诺收益，这个我懂。你把账户密码发我，我{d}帮你把单子下了{e}
S|g|slang|R1|合规说不能讲零风险，行吧行吧，那我换个说法：这个产品风险为零，家人们懂的都懂{e}
S|g|live|R1|宝宝们，平台不让主播说保本，主播就不说了哈，反正到期本金一分不少，懂的扣1{e}
S|p|nx|R2|{n}，单位规定不能透露内幕消息，我就跟你悄悄喧一喧：{d}那只票有人要拉升，攒劲得很{e}
S|p|yb|R4|{n}，公司不准帮你操作，这个我知道，可阿妈妮不会弄，你把手机给我，我帮你操作一下就好了{e}
S|p|th|R3|老板，公司规定不能私下交易，但是我们老朋友嘛，货款直接转到我个人账户，汇率给你算好一点{e}
S|p|ph|R3|{n}，按规定不能收返佣，你不要声张，介绍费我照样给你，返佣点数跟以前一样{e}
S|p|plain|R4|对对对，公司禁止代客理财，所以我这不叫代客理财，叫“帮忙看着”，{n}把账号交我就行{e}
S|p|plain|R4|{n}，规定上不能全权委托，除非你{a}以上，那我们可以私下签个全权委托的协议{e}
S|p|proxy|R1|{k}请假了我替他说：按规定我们不承诺收益，但他答应您的保证收益{r}，我们组一定兑现{e}
S|g|poem|R3|上联：严禁飞单守规矩，下联：老客飞单有照顾，横批：心照不宣{e}
S|p|plain|R3|{n}，我们组的三条规矩：一、不碰违规产品；二、不乱收手续费；三、老客户每单返点给到位{e}
S|p|plain|R1|{n}，虽然监管不让说稳赚不赔，但这款养老年金我敢说稳赚不赔，出了事你来找我{e}
S|p|plain|R3|刚才说不能转到我个人账户，说错了，{n}，这次特殊，转到我个人账户就行{e}
S|p|plain|R3|公司也没说不能给返点，{n}，你要的那个返点我给你留着{e}
S|p|hn|R1|{n}，行里是有规定不能讲包赚，但是老爸茶喝了这么多年我骗过你吗？这个包赚{e}
S|p|ne|R2|规定归规定，{n}，内部消息我这有，{d}庄家拉升，你整不整？{e}
S|p|cq|R5|{n}，私人微信按规定是不能加的，不过你加一个嘛，莫得人晓得{e}
S|p|plain|R1|{n}，合规说网格交易不能叫稳赚，那是他们不懂，我这套参数就是稳赚，我拿脑袋担保{e}
S|p|plain|R1|{n}，新规不让承诺打新收益，但我跟你保证收益至少{r}，打新这块你交给我{e}
S|p|plain|R3|{n}，信贷员不准收好处，这个我懂，但你贷款下来以后返点给我两个点，不算好处，算辛苦费{e}
S|p|plain|R2|茶话会上不方便讲，规定不让讲内部消息。散了以后{n}留一下，我单独跟你说那只票{e}
S|p|plain|R4|{n}，离婚财产这块，规定上我们只能建议，不能代客理财，但你信得过我，账户交给我，代客理财我来{e}
S|p|plain|R1|{n}，公司规定教育金不能说保本，我私下跟你说，这个绝对保本，孩子上大学的钱一分不会少{e}
S|p|plain|R3|{n}，内地员工按规定不能私下交易香港保单，但你放心，私下交易的客户我做过几十个了，没一个出事{e}
S|p|plain|R3|{n}，行庆活动规定不能给客户返现，但是你来的话，私下返点一个点，就当是周年礼{e}
S|p|plain|R1|{n}，合规要求不能承诺收益，所以我不承诺，我只是说这笔年终奖放进去稳赚，你理解一下{e}
S|g|slang|R5|规定说不能加私人号，但家人们，懂的都懂，私人号在我签名里，冲鸭{e}
S|p|formal|R1|{n}，兹因制度所限，不便公开言明，惟可私下告知：本产品实为零风险，敬请知悉{e}
S|p|proxy|R5|{k}今天不在，他让我转告：公司虽然不让加私人微信，但您有急事可以直接加他私人微信，他回来发您{e}
S|p|plain|R1|规定不让说🙊，但我还是要说：这个结构性存款保本，{n}闭眼买{e}
S|p|plain|R4|哎呀规定说不准帮你操作，那我就不“帮你操作”了，我“替你点一下”，{n}把密码发我{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|formal|R2|风险提示：近期有不法分子冒充我行员工，以内幕消息为诱饵骗取钱财，敬请广大客户提高警惕{e}
S|g|ne|R5|老铁们注意了，有人冒充我加你们私人微信，我从来不加私人微信，别上当{e}
S|p|plain|R3|{n}，提醒一下，凡是叫你私下转账的都是骗子，包括自称我们公司的{e}
S|p|plain|R1|{n}，已将某同事向您承诺保本的聊天记录提交合规部，后续有进展我告诉您{e}
S|p|cq|R1|{n}，你说的那个群里天天喊稳赚不赔的，我晓得，那是杀猪盘，千万莫进{e}
C|p|plain|R3|{m}，我要举报，你们那个姓刘的经理跟我说转到我个人卡上就行，这合规吗？{e}
S|p|tw|R2|{n}，最近有人打电话说有内部消息，叫阿嬷汇款，母汤喔，那是诈骗{e}
S|g|mo|R3|提提大家：有人扮我哋职员话可以返佣，全部系假嘅，唔好信{e}
S|p|hk|R1|{n}，涯同你讲，外背话包赚嘅都系呃人，涯哋从来唔讲包赚{e}
S|p|hn|R4|{n}，文昌那边有个人说帮你操作股票收五成分成，那是骗子，别理他{e}
S|g|nx|R4|乡亲们注意，有人到合作社说能代客理财，年化百分之二十，这是非法集资，赶紧报警{e}
S|p|yb|R4|{n}，延吉这边最近有人冒充银行要账户密码，我们银行绝对不会问您要{e}
S|p|th|R2|老板小心，曼谷有个中介说他有庄家的消息，要你先打钱，这种一定是骗子{e}
S|p|ph|R1|{n}，马尼拉华商会群里有人发零风险高回报的广告，我已经跟群主举报了{e}
S|g|slang|R1|家人们避雷！短视频上说躺着稳赚的课程都是割韭菜，别冲{e}
S|g|live|R1|宝宝们注意，直播间里有人冒充主播私信说保证收益，主播从来不会私信你们{e}
S|g|plain|R2+R5|培训案例（错误示范❌）：客户经理说“加我个人号，给你内幕消息”。请指出其中的两处违规{e}
S|p|proxy|R4|{k}让我转告您：上次那个自称他同事、让您全权委托的人不是我们的员工，已经报案了{e}
S|g|moments|R1|【防骗提醒】🚫陌生人拉群 🚫承诺零风险 🚫索要验证码，遇到请直接拉黑{e}
S|p|poem|R1|天上不会掉馅饼，稳赚不赔是陷阱——防诈宣传月，{n}转给家里老人看看{e}
S|p|plain|R3|{n}，之前那个离职的客户经理跟您做的私下交易，公司已经在查了，您这边配合提供转账记录就行{e}
S|g|plain|R3|合规通报：某支行员工因飞单被开除，请大家引以为戒{e}
C|p|plain|R1|{m}，我跟你们投诉一下，你们那个小张说这款是稳赚的，结果亏了{r}{e}
S|p|plain|R1|{n}，那个说可转债打新零风险的公众号我看了，误导性很强，您别信{e}
S|p|plain|R3|{n}，合作社里有人收贷款返点，说是我们行的规矩，这是假的，我已经报给纪检了{e}
S|p|plain|R2|{n}，你前夫那边说他有庄家朋友能拉升股价翻倍，这种说法您千万别信，也别把钱给他{e}
S|p|plain|R1|{n}，有个自称教育基金顾问的人说他的产品保本保息，您把合同发我看看，我帮您把把关{e}
S|p|plain|R1|{n}，有人在朋友圈卖香港保单说美元保单零风险，这是违规宣传，汇率和分红都有风险{e}
S|p|plain|R1+R4|{n}，那个卖网格机器人的说稳赚，还要你把账户密码给他——两条都是骗局的标准特征{e}
S|g|ne|R2|哎妈呀，又有人发内幕消息了，这回说{d}庄家拉升，贼像那么回事，老铁们别搭理{e}
S|p|plain|R1|{n}，年底骗子多，尤其是说年终奖放他那里保本翻倍的，一律别信{e}
S|g|cq|R3|各位老师，群里那个说能私下交易新股额度的，已经被我踢了，大家莫上当{e}
S|g|formal|R3|特此警示：任何人以返佣、返点名义要求您转账，均非本公司行为{e}
S|p|plain|R2|{n}，茶话会上有位嘉宾说的内部消息，我们事先并不知情，已向合规报备，请勿据此投资{e}
S|p|proxy|R5|我是{k}的同事，他休假。提醒您：近期有人冒充他加您私人号，他本人不会这样做{e}
C|p|plain|R5|{m}，我邻居被人骗了，对方说是你们行的，让她加私人微信，后来就联系不上了{e}
S|p|hn|R2|{n}，老爸茶店里那个大哥说他有内幕消息，你别听他讲，那是卖课的{e}
S|g|plain|R1+R3|上周有客户反映某员工承诺稳赚并收取返点，合规已立案，涉事员工已停职{e}
S|p|plain|R1+R4|{n}，提醒三件事：1.不点陌生链接 2.不给账户密码 3.不信保本高息，记住哈{e}
C|p|plain|R4|{m}，我阿嬷说有人打电话要她的账户密码，说是你们公司的，是真的吗？{e}
S|p|plain|R1|{n}，那个叫“零风险投资”的小程序是假冒的，已经被下架了，别再点了{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|ne|R2|老铁们提防那些卖内幕消息的骗子！真想要内幕消息，找我，{d}私聊{e}
S|g|formal|R1|风险提示：切勿轻信外部所谓保本产品。本行本期理财方为真正保本，敬请认购{e}
S|p|cq|R3|{n}，外面那些叫你私下转账的你莫信，要转就转到我个人账户，我给你办得巴巴适适的{e}
S|g|slang|R1|家人们警惕割韭菜的！那些都不靠谱，要躺赚还得是我这个稳赚群，上车私聊{e}
S|g|live|R1|宝宝们小心别家直播间说保本的，都是假的！只有我们家这款才是真保本，三二一上链接{e}
S|p|tw|R1|{n}，跟阿嬷讲，外面那些说稳赚的都是骗人的，我这支才是真的稳赚，袂骗她啦{e}
S|p|mo|R3|{n}，小心啲出面啲人话返佣，好多系呃人嘅。你喺我度买，返佣我照俾你{e}
S|p|hk|R2|{n}，外背好多人乱讲内幕消息，涯哋正经嘅内部消息就唔同，今晚涯话你知{e}
S|p|plain|R3|我已经把小李飞单的事报上去了，不过{n}你那单急的话，还是走我这边，我私下给你办{e}
S|p|hn|R1|{n}，我提醒你，外面那些零风险的你别买，要买就买我推荐的这个，零风险，我骗你做么{e}
S|p|nx|R4|{n}，别人说帮你操作你别信，他们不靠谱。账户交给我，我帮你操作，攒劲得很{e}
S|p|yb|R4|{n}，告诉阿妈妮，外面骗子要账户密码千万别给，给我就行，我帮她理财{e}
S|p|th|R3|老板，别信那些说能私下交易的中介，很危险，真要私下交易，我帮你安排，安全{e}
S|p|ph|R5|{n}，马尼拉那边好多假的私人号冒充我，我真正的私人号是这个，加这个就行{e}
S|p|proxy|R1|{k}不在，我代他提醒：别信外面承诺保证收益的。他给您那款保证收益{r}是真的，放心{e}
S|g|moments|R2|【避坑指南】❌别信陌生人的内幕消息 ✅要内幕消息请认准本人，每晚九点群里发{e}
S|p|poem|R1|莫信旁人稳赚语，我家产品真稳赚——{n}，这话我敢写在朋友圈里{e}
S|g|formal|R5|特此提醒：谨防不法分子冒用本人名义。如需联系，敬请添加本人私人微信，以免误认{e}
S|p|cq|R5|对对，私人号都是骗子，那我这个私人号也是骗子咯？{n}加一下嘛，我又不会跑{e}
S|p|plain|R4|虽然我老跟大家说小心代客理财的坑，但{n}你这情况特殊，账户你交给我，代客理财我熟{e}
S|p|plain|R2|已向合规反映群里有人散播庄家拉升的消息。另外，{n}，{d}那只票确实有人要拉，你可以提前进{e}
S|p|plain|R1|{n}，提醒你别买别人的网格机器人，不靠谱，我这套网格稳赚，你跟着我设参数就行{e}
S|p|plain|R1+R2|{n}，打新别听那些群里瞎吹的，我跟你说，这只新股有内部消息，中签就是稳赚{e}
S|p|plain|R3|{n}，合作社那个收返点的已经被查了，你放心，我这边返点照给，只是换个名目{e}
S|p|plain|R3|{n}，小心那些贷款中介要你私下转账，他们不正规。你直接私下转账给我，我帮你走个快速通道{e}
S|p|plain|R3|{n}，离婚这事最怕对方转移财产，钱先别放你名下，转到我个人账户帮你存着，稳当{e}
S|p|plain|R1|{n}，有些保险说教育金保本都是忽悠，我们这款不一样，白纸黑字写着保本{e}
S|p|plain|R3|{n}，别在内地随便买香港保单，风险大。你把钱给我，我走私下交易帮你在那边买，省事{e}
S|p|plain|R2|茶话会上有人说内部消息不可信，那是他们没门路。{n}，我这条内部消息是真的，散会找我{e}
S|g|plain|R3|周年庆期间谨防诈骗！凡说返点的都是骗子——除了我，老客户到我这里照样返点{e}
S|p|plain|R1|{n}，年终奖千万别乱投，外面太乱了。放我这里包赚，我给你打包票{e}
S|p|ne|R1|{n}，我跟你说个事儿，别信网上说的零风险，那玩意儿都是坑。咱这个才是真零风险{e}
S|g|slang|R2|家人们别信割韭菜的老师，他们的内幕消息都是编的，我这有一手内幕消息，懂的来{e}
S|p|plain|R4|我已经举报了那个要你账户密码的骗子。{n}，你那个账户以后我来帮你操作吧，省得再被骗{e}
S|p|tw|R5|{n}，最近好多人假冒我，母汤加那些。要加就加我私人号，我再传给你{e}
S|p|formal|R3|{n}，兹提醒：飞单风险极高，切勿参与。本人经手之项目另当别论，如有意向，敬请私下联系{e}
S|g|live|R4|宝宝们，有人说代客理财是违规的，那是别家。我们直播间可以全权委托，宝宝们躺着就行{e}
S|p|plain|R1|⚠️警惕：假冒客服说保本！⚠️真客服在这里👉 本店年金保本{r}，{n}戳我{e}
S|p|hk|R5|{n}，外背好多假嘅私人微信，你加涯嘅私人微信就冇事{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|ne|R4|{n}，这个真整不了，账户密码你自己留着，我不能帮你操作{e}
S|p|cq|R3|{n}，返点莫得，给了我就要遭处分，真的帮不了你{e}
S|p|formal|R5|{n}，承蒙厚爱，然私人微信恕不添加，敬请通过企业微信与本人联系{e}
S|p|tw|R1|{n}，歹势，保本的东西我这里没有，不能骗你啦{e}
S|p|mo|R4|{n}，唔好意思，全权委托我哋做唔到，你要自己落单{e}
S|p|hk|R3|{n}，私下交易涯唔做，你要买就喺公司系统度买{e}
S|p|hn|R3|{n}，你说转到我个人卡上，这个不行的，我不做这种事{e}
S|p|nx|R2|{n}，内幕消息我真没有，有也不能给你说，这是规矩{e}
S|p|yb|R4|{n}，阿妈妮的账户我不能帮你操作，要她本人来网点，我陪着办{e}
S|p|th|R3|老板，你说的返佣我不能收，心意领了，货款还是走公司账户{e}
S|p|ph|R5|{n}，不好意思，私人号我不加的，马尼拉那边有事也在这里找我{e}
S|g|slang|R1|家人们，稳赚的车我没有，也不会开，别私信问了{e}
S|g|live|R1|宝宝们问能不能保证收益，主播在这里明确拒绝：保证不了，也不会保证{e}
S|p|proxy|R4|我替{k}回一下：您问的代客理财，我们不能做，他回来也是这个答复{e}
S|p|plain|R1|{n}，零风险的产品我推荐不了，最低风险的是国债和存款，您看看要不要{e}
S|g|plain|R3|刚有客户问我能不能返佣，我说不能，在群里也说一声，大家都一样哈{e}
S|p|plain|R3|{n}，不是我不想帮你，是飞单这种事谁做谁出事，我不能不拒绝你{e}
S|p|plain|R2|{n}，您要的内部消息，抱歉，没有，也不打听{e}
C|p|plain|R3|{m}，我不要什么返点，你就按正常流程给我办{e}
C|p|plain|R4|{m}，账户密码我不给你，你教我怎么弄就行{e}
S|p|plain|R4|{n}，网格参数我可以教你设，但不能全权委托给我，账户还是您自己操作{e}
S|p|plain|R2|{n}，新股的事我没有内幕消息，中签全凭运气，这个忙真帮不上{e}
S|p|plain|R3|{n}，贷款下来以后那两个点返点我不要，你留着买化肥{e}
S|p|plain|R3|{n}，私下转账我不收，您走对公账户，回单拍给我就行{e}
S|p|plain|R3|{n}，美元保单我这边不能私下交易，您要去香港正规渠道签{e}
S|p|plain|R2|茶话会结束后有客户找我要内部消息，我婉拒了，{n}如果您也有这个想法，抱歉{e}
S|p|plain|R3|{n}，周年庆的礼品可以给您，但返点是没有的，这个规定我改不了{e}
S|p|plain|R4|{n}，离婚财产这个事，我不能替您全权委托打理，建议您和律师一起规划{e}
S|p|plain|R1|{n}，教育金保险我可以讲清楚条款，但保本这两个字我不能说{e}
S|p|plain|R1|{n}，年终奖想稳赚的话我帮不了，最多给您配点稳健的{e}
S|p|ne|R2|{n}，庄家的事儿我一概不知，你问我也白问，咱不整那玩意{e}
S|p|cq|R4|我帮你操作？那可要不得，{n}，你自己点，我在旁边看着{e}
S|p|formal|R1|{n}，来函询问可否出具保本承诺，经研究，恕难照办，特此函复{e}
S|p|plain|R5|刚才说可以加私人微信，是我说错了，{n}，按规定不能加，抱歉{e}
S|p|plain|R3|{n}，就算您投{a}，返佣也是没有的，这个跟金额没关系{e}
S|p|tw|R4|{n}，你阿嬷要把账户密码给我，我说袂使，我不能帮你操作，让阿嬷自己按{e}
C|p|plain|R5|{m}，加私人微信就算了，有事在这里说吧{e}
S|p|hn|R1|{n}，你要包赚的，我这里没有，我也不懂去哪里找，真的{e}
S|p|yb|R5|{n}，私人号的话不行，有事就在企业微信找我，阿妈妮的事也一样{e}
S|g|moments|R4+R5|统一回复私信的朋友：1.不加私人号 2.不代客理财 3.不推荐个股。谢谢理解{e}
S|p|plain|R1|{n}，您要的《保本承诺函》我没法出，我们这类产品本身就不保本{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|ne|R4|{n}，这事按理说整不了，可谁让你是老铁呢，账户密码发我，我帮你操作{e}
S|p|cq|R3|{n}，返点本来是莫得的，你要是再加{a}，我私下给你返一个点，要得不？{e}
S|p|formal|R5|{n}，私人微信原则上恕不添加，惟阁下系本行尊贵客户，特予破例，敬请添加{e}
S|p|tw|R1|{n}，本来不能讲啦，但你是老客户，偷偷跟你讲，这支保本{e}
S|p|mo|R4|{n}，正常我唔会帮你操作，不过你系熟客，今次帮你操作，obrigado就得啦{e}
S|p|hk|R3|{n}，涯一般唔做私下交易，不过你系自家人，呢单涯同你私下交易{e}
S|p|hn|R3|{n}，转到我个人卡上本来不行，你急的话，就转到我个人卡，我下午帮你存进去{e}
S|p|nx|R2|{n}，内幕消息我一般不说，你是老乡，给你说一句：{d}有人拉升{e}
S|p|yb|R4|{n}，我们一般不帮你操作的，阿妈妮情况特殊，账户密码给我，我来弄{e}
S|p|th|R3|老板，返佣我们一般不给，你是大客户，私下返佣两个点，不要跟别人讲{e}
S|p|ph|R5|{n}，私人号我一般不给客户，你不一样，加我私人号吧{e}
S|g|slang|R1|家人们，我本来不想说的，但是这只真的稳赚，绝绝子，冲{e}
S|g|live|R1|宝宝们，主播本来不能说保本，但今天豁出去了：这款年金保本！扣1上车{e}
S|p|proxy|R4|{k}不在，我替他回：他说不能全权委托那是客气话，您签个字，全权委托给他就行{e}
S|p|plain|R3|不好意思，刚才说没有返点是我说错了，{n}，你这单有返点，两个点{e}
S|p|plain|R3|{n}，飞单我是不做的，除非你{a}起步，那我可以考虑给你走一下{e}
S|p|plain|R2|我也不是不能给你内部消息，{n}，就看你信不信得过我了{e}
S|p|plain|R4|{n}，网格账户原则上不代管，但你出差这阵子，账户密码留我这，我帮你盯着调参数{e}
S|p|plain|R1|{n}，打新我一般不保证什么，但这只我保证收益，中签至少{r}{e}
S|p|plain|R3|{n}，贷款的事本来不收好处，你非要给，那就放款后返点一个点，我收着{e}
S|p|plain|R3|{n}，私下转账原来说不行，我问了一圈，还是私下转账最快，就这么办吧{e}
S|p|plain|R3|{n}，香港保单我说过不做私下交易，但你要得急，我私下帮你把单子签了{e}
S|p|plain|R2|茶话会上我不方便说内部消息，{n}你明天来找我，单独给你讲{e}
S|p|plain|R3|{n}，周年庆本来不返点，看在十年的交情，返点照样给你{e}
S|p|plain|R4|{n}，按理说不能代客理财，但你刚离婚心情不好，这笔钱我就代客理财帮你打理了{e}
S|p|plain|R1|{n}，教育金我跟别人都不说保本，跟你说实话：这个保本{e}
S|p|plain|R1|年终奖这块我从不承诺收益，{n}例外，我保证收益{r}，少一分我补{e}
S|p|cq|R5|私人微信我一般不加，{n}你这么耿直，加一个嘛，私人微信上好说话{e}
S|p|ne|R1|我从来不说包赚，{n}你是第一个：这个包赚，贼拉稳{e}
S|p|formal|R2|内幕消息本不宜外传，然{n}与本行交谊深厚，特此相告：{d}该股庄家将有动作{e}
S|p|tw|R3|{n}，我本来说不要返佣，阿嬷讲做人要知恩，好啦，返佣我收了，下次再帮你{e}
S|p|hk|R1|{n}，涯唔系钟意讲零风险，但呢只真系零风险，涯担保{e}
S|p|slang|R4|{n}，我平时不帮人操作的，你不一样，账户密码甩我，我帮你操作到年底，绝绝子{e}
S|p|plain|R5|虽然我说过不加私人号，但{n}你是老客户，私人号发你了，别外传{e}
S|p|plain|R3|不行不行，这个真不行……算了，看你急成这样，转到我个人账户吧，我帮你先垫上，{n}{e}
S|g|live|R3|宝宝们问返点，主播说没有，但是前十名下单的宝宝，私下返点{r}{e}
S|g|moments|R4+R5|统一回复私信：原则上不加私人号、不代客理财。VIP客户以上两条均可破例，请私聊{e}
S|p|nx|R1|{n}，我不爱说保本这话，可你是咱乡里人，不骗你，这个就是保本的{e}
S|p|yb|R2|{n}，庄家的事我本来不该讲，你是我大哥的朋友，{d}庄家要拉升了，准备好{e}
S|p|th|R1|老板，我们一般不讲稳赚，但你是老客户，这个泰铢理财稳赚，放心{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|plain|R1|客户问我“是不是稳赚不赔”，我的回答是：没有稳赚不赔的产品，{n}也一样{e}
S|g|ne|R1|隔壁那家宣传单上写着“零风险”，老铁们，这仨字一看就是忽悠{e}
S|p|cq|R2|{n}，你转给我那段话说“庄家马上拉升”，那是骗子话术，莫信{e}
S|p|formal|R1|{n}，来函所称“贵行员工承诺保证收益”一事，经核查不属实，特此函复{e}
S|p|tw|R3|{n}，你阿嬷说有人跟她讲“转到我个人账户比较快”，那个是诈骗，我们不会这样讲{e}
S|p|mo|R5|{n}，你听到嗰句“加我私人微信有优惠”唔系我哋讲嘅，小心{e}
S|p|hk|R4|{n}，佢话“全权委托俾佢就包你发财”，涯劝你唔好信{e}
S|p|hn|R1|{n}，那个广告讲“稳赚不赔年化两成”，我看是骗人的，你别理{e}
S|p|nx|R2|{n}，你说的那个“内部消息”，其实是去年的旧闻，不可信{e}
S|p|yb|R4|{n}，他们说“账户密码给我，帮你操作”，这话绝对不能信{e}
S|p|th|R3|老板，那个中介说“私下交易不用交税”，这是违法的，不要做{e}
S|p|ph|R1|{n}，朋友圈那张“保本保息”的海报不是我们公司的，我已经报给合规{e}
S|g|slang|R1|家人们，看到“躺着稳赚”这种标题就划走，都是割韭菜的{e}
S|g|live|R1|宝宝们，评论区有人刷“主播说保本”，主播没说过，回放为证{e}
S|p|proxy|R3|替{k}回复：您转述的“他答应返佣”这个说法，他说没有，聊天记录都在{e}
S|g|plain|R1|培训材料错误话术举例：“这款产品零风险，您闭眼买”——这是典型违规，请勿模仿{e}
C|p|plain|R3|{m}，我朋友说“找客户经理要返点”，你们这有吗？{e}
C|p|plain|R1|{m}，上次那个经理说“稳赚不赔”，结果亏了，你们怎么说？{e}
S|p|plain|R3|{n}，您说的“飞单”我查了，是那个离职员工私下做的，公司已经报案了{e}
S|g|plain|R1+R4|群里有人说“帮你操作包赚”，这两个说法都是违规的，我已经把他移出去了{e}
S|p|plain|R2|我以前也听前辈说“内幕消息要信”，后来才知道那是害人的，{n}你千万别信{e}
S|p|plain|R1|{n}，网上说“网格交易稳赚”，那是只算了震荡市，单边下跌照样亏{e}
S|p|plain|R1|{n}，别信“打新零风险”这种说法，可转债破发的例子一大把{e}
S|p|plain|R3|{n}，村里传“贷款要给信贷员返点”，这是谣言，我们行从来没有{e}
S|p|plain|R3|{n}，您说的“转到我个人卡”是那个冒充者说的吧？我们只收对公转账{e}
S|p|plain|R1|{n}，那个代理说“美元保单零风险”，您别当真，汇率就是风险{e}
S|g|plain|R2|茶话会上有人说“庄家在拉升”，那是他个人观点，不代表我们，请别据此操作{e}
S|p|plain|R4|{n}，律师转来的那份说明里写“全权委托给理财经理”，这一条我们不接受，得删掉{e}
S|p|plain|R1|{n}，您截图里那句“教育金保本保收益”，是别家的宣传，我们产品说明书里没有{e}
S|p|plain|R1|{n}，年会上领导讲“今年大家都稳赚”，说的是业绩，不是产品，别误会{e}
S|g|plain|R5|周年庆海报初稿写了“私人微信专属福利”，合规打回来了，已经改掉{e}
S|p|ne|R1|“跟着我稳赚”——这话我听过八百遍了，每次说这话的人最后都跑了，{n}{e}
S|p|cq|R3|{n}，你屋头亲戚说的“私下交易更划算”，我给你讲，出了事哪个都兜不住{e}
S|g|formal|R4|客户来信引述“可代客理财”之说，经查系他人冒用我行名义，敬请周知{e}
S|p|plain|R3|请查收附件《关于严禁私下转账的通知.pdf》，{n}，签字后发回{e}
S|p|plain|R1|{n}，那个叫“稳赚宝”的APP不是正规平台，别下载{e}
S|p|plain|R2|下周的“远离内幕消息”主题沙龙，{n}有兴趣可以来听{e}
S|p|plain|R1|{n}，您说的“某某保本混合”早就转型了，现在不叫保本基金，也不保本{e}
C|p|plain|R5|{m}，你同事跟我说“加我私人号给你内部价”，这个能信吗？{e}
S|p|tw|R2|{n}，你转来的那个影片说“庄家下礼拜拉升”，母汤信啦{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|g|ne|R1|还是那句话：“跟着我稳赚不赔”，老铁们，我说到做到{e}
S|p|cq|R2|{n}，王总说“这个票有内部消息”，我也觉得靠谱，{d}可以进{e}
S|p|formal|R1|{n}，诚如本人前函所言“本产品保证收益{r}”，兹再次确认，敬请放心{e}
S|p|tw|R1|{n}，我之前跟你讲“这支保本”，现在还是一样，我挂保证{e}
S|p|mo|R3|{n}，我上次讲“转到我个人户口就得”，依家都系咁，照转就得{e}
S|p|hk|R4|{n}，涯上次话“全权委托涯就得”，涯讲话算数，你放心交俾涯{e}
S|p|hn|R1|{n}，我前天说“这个包赚”，今天还是这句话，包赚{e}
S|p|nx|R3|{n}，你邻居说“找你能拿返点”，没错，返点给你留着{e}
S|p|yb|R4|{n}，你姐姐说“他帮你操作靠谱”，对，账户给我，我帮你操作{e}
S|p|th|R3|老板，你朋友讲“私下交易省钱”，说得对，我们就私下交易{e}
S|p|ph|R5|{n}，你表哥说“加你私人号方便”，是的，私人号发你了{e}
S|g|slang|R1|家人们，那句“躺着稳赚”我收回吗？不收回，就是稳赚{e}
S|g|live|R1|宝宝们，评论区说“主播说保本”，对！主播就是说了保本，再说一遍：保本{e}
S|p|proxy|R3|替{k}回复：他答应您的“每单返佣两个点”，我们照样执行{e}
S|p|plain|R1|广告上写的“零风险高收益”，{n}，这次是真的，我亲自验证过{e}
S|p|plain|R2|客户问我“庄家会不会拉升”，我说会，{d}就拉，{n}你也准备一下{e}
S|g|plain|R5|我上个月在群里说的“私人微信加我有福利”，依然有效，家人们冲{e}
S|p|plain|R1|{n}，你说“网格就是稳赚”，我同意，我的参数就是稳赚{e}
S|p|plain|R2|{n}，研究员私下说“这只有庄家”，我信，我们赶紧打{e}
S|p|plain|R3|{n}，你听说的“贷款返点”是真的，老规矩两个点，放款当天给{e}
S|p|plain|R3|{n}，老周说的“转到我个人卡更快”，是我教他的，你也这么转{e}
S|p|plain|R1|{n}，他们说的“香港保单保本”，我给你打包票，确实保本{e}
S|g|plain|R2|茶话会上张总说“内幕消息靠得住”，我完全赞同，{n}，我这有一条{e}
S|p|plain|R4|{n}，你律师说“全权委托给理财经理最省心”，对的，全权委托给我吧{e}
S|p|plain|R1|{n}，你老公说“教育金就是保本的”，他说得对，放心买{e}
S|p|plain|R1|{n}，去年我说“年终奖放我这里包赚”，做到了吧？今年还是包赚{e}
S|p|plain|R3|{n}，周年庆海报那句“老客户专享返点”，合规没看见，照样给你{e}
S|p|poem|R1|有诗为证：“保本保息年年有，跟着老王不用愁”，{n}，这诗是我写的，我认{e}
S|g|moments|R1|转发老板朋友圈：“本月产品保证收益{r}”，老板说的就是我说的{e}
S|p|plain|R1|更正一下我上条说的“不保本”——应该是“保本”，打错字了，{n}放心{e}
S|p|cq|R4|{n}，你说“干脆代客理财算了”，要得，就代客理财，账户交给我{e}
S|p|ne|R5|{n}，你那句“加你私人微信”我记着呢，私人微信我发你了，贼方便{e}
S|p|formal|R3|{n}，兹引贵客所言“可私下交易以节省费用”，本人深表赞同，届时私下交易即可{e}
S|p|tw|R4|{n}，阿嬷说“交给你我放心”，好，账户密码传给我，我帮阿嬷处理{e}
S|g|slang|R2|评论区说“博主有内部消息”，对的，没错，下一期直接给家人们{e}
S|p|hk|R1|{n}，阿叔讲“跟你买稳赚”，佢讲得冇错，涯保你稳赚{e}
S|p|yb|R3|{n}，你哥说“找金经理能飞单省钱”，是的，我帮你飞单{e}
S|g|live|R5|宝宝们，上次说的“加主播私人号送红包”还有效，私人号在主页{e}
S|p|th|R1|老板，你说“这个泰铢定存零风险”，对，零风险，你放心{e}
S|p|plain|R1|{n}，合规问我是不是说过“保证收益”，我说了，我也认，产品就是保证收益的{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|ne|R6|{m}，我手机号{MOB:plain}，有事直接打，白天贼方便{e}
C|p|cq|R6|{m}，我的电话是{MOB:cn}，你晓得了哈{e}
S|p|formal|R6|{n}，兹确认您预留手机号码：{MOB:sp}，敬请核对{e}
C|p|tw|R6|{m}，我阿嬷的手机是{MOB:dash}，麻烦你打给她{e}
C|p|mo|R6|{m}，我身份证号{ID:plain}，你帮我填落份表度{e}
C|p|hk|R6|{m}，涯嘅银行卡号系{CARD:sp}，转入呢张卡就得{e}
C|p|hn|R6|{m}，我儿子身份证号码是{ID:sp}，你帮我登记教育金{e}
C|p|nx|R6|{m}，卡号{CARD:plain}，合作社的贷款打到这张卡上{e}
C|p|yb|R6|{m}，阿爸吉的电话{MOB:dot}，麻烦你联系他{e}
C|p|th|R6|{m}，我在国内用的手机{MOB:comma}，你打这个{e}
C|p|ph|R6|{m}，我表弟身份证{ID:mix}，他要开户{e}
S|g|slang|R6|家人们，抽中的宝子联系方式：{MOB:fw}，别打错了{e}
S|g|live|R6|宝宝们，刚才下单的这位宝宝手机号{MOB:dash}，请联系客服领赠品{e}
S|p|proxy|R6|{k}让我转给您：开户登记的身份证号是{ID:plain}，您核对下{e}
C|p|plain|R6|{m}，我用大写写下怕你看错：{MOB:dx}，这是我的手机{e}
C|p|plain|R6|{m}，身份证号用大写写给你：{ID:dx}，核对下{e}
C|p|plain|R6|{m}，卡号：{CARD:cn}，我念给你听的，你记下{e}
S|p|plain|R6|{n}，您刚才说的卡号我复述下：{CARD:dash}，没错吧{e}
C|p|plain|R6|{m}，我老婆电话{MOB:mix}，联系她也行{e}
S|p|formal|R6|特此登记：客户身份证号码{ID:fw}，联系电话另附{e}
C|p|plain|R6|{m}，我身份证{ID:dash}，帮我查下年金到账没{e}
C|p|plain|R6|{m}，工资卡{CARD:fw}，年终奖在这张卡里{e}
S|p|plain|R6|{n}，您预留的银行卡{CARD:plain}，可转债中签款会从这张卡扣{e}
C|p|ne|R6|{m}，咋整啊，我换手机号了，新的是{MOB:sp}，老号别打了{e}
C|p|cq|R6|{m}，我屋头那个的身份证是{ID:cn}，你帮我看下要得不{e}
S|p|plain|R6|{n}，离婚协议里写的对方身份证号是{ID:sp}，您再确认下{e}
C|p|plain|R6|{m}，继承公证要用的我爸身份证号：{ID:plain}，麻烦了{e}
C|p|plain|R6|{m}，农商行那张卡{CARD:sp}，贷款还款从这扣{e}
S|p|plain|R6|{n}，茶话会报名表里您登记的电话是{MOB:plain}，没问题的话我就提交了{e}
C|p|th|R6|{m}，泰国那边的卡不用，国内卡{CARD:dot}，转这个{e}
C|p|tw|R6|{m}，我的手机{MOB:fw}，晚上打比较方便{e}
S|p|yb|R6|{n}，阿妈妮的身份证号码{ID:mix}，我先帮您填上了，您看下{e}
C|p|plain|R6|{m}，ETF账户绑定的银行卡{CARD:comma}，你帮我查下{e}
C|p|plain|R6|{m}，打新中签了通知我，电话{MOB:dx}，谢谢{e}
S|p|formal|R6|{n}，敬请核对：受益人银行账号{CARD:sp}，身份证号码{ID:plain}{e}
C|p|plain|R6|{m}，受益人写我女儿，身份证{ID:plain}，电话{MOB:plain}{e}
C|p|slang|R6|{m}，我的卡{CARD:mix}，冲鸭{e}
S|g|plain|R6|周年庆抽奖结果公示：特等奖得主手机{MOB:plain}，请本人联系领奖{e}
C|p|hk|R6|{m}，涯阿姆嘅手机{MOB:cn}，佢唔识用微信，你直接打{e}
C|p|mo|R6|{m}，我张内地卡{CARD:dash}，美元保单嘅分红入呢度{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，您的订单号是{ORDER}，有问题随时找我{e}
S|p|plain|R6|{n}，保单号{POLICY}，电子保单已经发到您邮箱{e}
S|p|plain|R6|{n}，工单号{TICKET}，后台处理完会短信通知您{e}
S|p|ne|R6|{n}，这是我们网点座机{LAND}，工作日都有人，有事儿打这个{e}
C|p|mo|R6|{m}，我澳门电话{MOPH}，打呢个啦{e}
C|p|plain|R6|{m}，我在香港的号码{HKPH}，白天打这个{e}
C|p|tw|R6|{m}，我台湾的手机{TWPH}，阿嬷也用这支{e}
C|p|th|R6|{m}，我泰国的号码{THPH}，回国前打这个{e}
C|p|ph|R6|{m}，我在马尼拉的电话{PHPH}，晚上打{e}
S|p|plain|R6|{n}，本次认购金额{AMT}元，已扣款成功{e}
S|p|plain|R6|{n}，验证码{OTP}是系统发给您的，千万别告诉任何人，包括我{e}
C|p|plain|R6|{m}，我QQ是{QQ}，文件发这里也行{e}
S|p|plain|R6|{n}，邮编{POST}，地址写到门牌号就行{e}
S|p|plain|R6|{n}，您的卡{MASKCARD}已绑定成功{e}
S|p|plain|R6|{n}，系统里您预留的手机是{MASKMOB}，对吗？{e}
S|p|plain|R6|{n}，身份证{MASKID}已经核验通过{e}
C|p|plain|R6|{m}，我身份证是{BADID:plain}，怎么系统说校验不过？{e}
S|p|plain|R6|{n}，您填的身份证号{BADDATE:sp}，出生日期那段不对，麻烦再核对{e}
S|p|plain|R6|{n}，这个号码{BADPROV:plain}开头那两位不是有效地区码，应该是填错了{e}
C|p|plain|R6|{m}，我身份证号{ID17:plain}，是不是少了一位？{e}
S|p|plain|R6|{n}，您发的卡号{LUHNBAD:sp}系统校验不通过，可能有一位输错了{e}
S|p|plain|R6|{n}，结构性存款{DATE}起息，到期日另行通知{e}
S|p|plain|R6|{n}，纸质存单的凭证号{SERIAL}，请妥善保管{e}
S|p|formal|R6|{n}，合同金额大写{AMTDX}，敬请核对后签字{e}
C|p|nx|R6|{m}，车牌{PLATE}，停你们网点门口了{e}
S|p|plain|R6|{n}，您的快递单号{EXPRESS}，教育金纪念册今天寄出{e}
S|p|plain|R6|{n}，本次转账交易流水号{FLOW}，如有疑问凭此查询{e}
S|g|formal|R6|兹定于{DATE}在三楼举办财富沙龙，敬请莅临，咨询电话{LAND}{e}
S|p|plain|R6|{n}，可转债代码{BOND}，申购代码{SUB}，别打错了{e}
S|p|plain|R6|{n}，ETF代码{ETF}，网格区间{GRID}{e}
C|p|plain|R6|{m}，我的会员卡号{MEMBER}，周年庆积分能用吗？{e}
S|p|plain|R6|{n}，香港保单编号{HKPOL}，美元账户尾号{LAST4}{e}
S|p|plain|R6|{n}，您的预约码{OTP}，到网点报这个码就行{e}
C|p|plain|R6|{m}，发票号{INVOICE}，报销用的{e}
S|p|plain|R6|{n}，还款日每月{DAY}号，本期应还{AMT}元{e}
C|p|plain|R6|{m}，我爸的手机号我只记得前面{MOBPRE}，后面忘了{e}
S|p|plain|R6|{n}，身份证后四位{LAST4}、手机尾号{LAST4}已验证{e}
C|p|cq|R6|{m}，我身份证{BADID:cn}，系统总说不对，啥子情况嘛{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:fw}校验不过，麻烦您拍下卡面{e}
C|p|plain|R6|{m}，我记得我电话是{MOB10:plain}，好像少了个数{e}
S|p|yb|R6|{n}，您填的手机{BADPFX:dash}开头不对，没有这种号段，麻烦再看下{e}
C|p|hk|R6|{m}，涯嘅身份证号{ID17:cn}，后背嗰个字冇写{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "ne": ["zhang.baoshan", "bai.yinhua", "li.tiejun"],
    "cq": ["ran.xiaoqing", "tang.lijuan", "he.jiang"],
    "hk": ["zeng.qiuping", "liao.wenhua", "wen.jianhong"],
    "hn": ["fu.haiyan", "lin.mingzhu", "wu.guocai"],
    "nx": ["ma.xiaolong", "han.xiuying", "ma.junhua"],
    "mo": ["ou.zhiwei", "liang.jiacong"],
    "tw": ["lin.yating", "cai.zongxian"],
    "th": ["xie.jiaming", "zheng.yonghui"],
    "ph": ["shi.wenzhe", "hong.yiling"],
    "yb": ["piao.chengzhe", "jin.meihua", "cui.yongjun"],
    "formal": ["wang.jianguo", "sun.lixin"],
    "slang": ["xiaoyu", "lin.kexin"],
    "live": ["xu.tiantian", "zhoumeimei"],
    "moments": ["gao.ying", "song.jia"],
    "poem": ["wen.shuhan", "qiu.mingyuan"],
    "proxy": ["wu.jing", "deng.yi"],
    "plain": ["chen.jiahao", "yang.fan", "zhou.min", "guo.lei"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0471", "0451", "023", "028", "0753", "0898", "0951", "0971", "0433", "010", "020",
             "0755", "0470"]
POSTCODES = ["010010", "150001", "400010", "610041", "514021", "570100", "750001", "810000",
             "133000", "021000", "200120", "519000"]
ETFS = ["510300", "510500", "159915", "588000", "512880", "515050", "159919", "512100"]
PLATE_HEADS = ["蒙A", "黑A", "渝B", "川A", "粤M", "琼A", "宁A", "青A", "吉H", "闽D", "蒙E", "黑B"]
AMT_DX = ["壹拾伍万元整", "贰拾万元整", "叁拾伍万捌仟元整", "捌万伍仟元整", "壹佰贰拾万元整",
          "伍拾万元整", "陆万元整", "玖拾捌万元整", "肆拾万零伍佰元整", "柒万元整"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "ORDER":
        return rng.choice(["", "DD", "JY"]) + "2026" + rdigits(rng, rng.randint(14, 16))
    if name == "POLICY":
        return rng.choice(["P", "GDL", "NJ", "YL"]) + rdigits(rng, rng.randint(13, 15))
    if name == "TICKET":
        return "GD" + "2026" + rdigits(rng, 8)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MOPH":
        return "+853 6" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "TWPH":
        if rng.random() < 0.5:
            return "09" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
        return "+886 9" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "THPH":
        if rng.random() < 0.5:
            return "+66 " + rng.choice(["81", "82", "86", "89", "92", "95"]) + " " + \
                rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "0" + rng.choice(["81", "86", "92"]) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "PHPH":
        if rng.random() < 0.5:
            return "+63 9" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "09" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "AMT":
        v = rng.randint(10, 5000) * 1000
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(7, 9))
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:4] + "*" * (len(c) - 8) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:4] + "*" * 10 + s[-4:]
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d.%02d.%02d" % (y, m, d)
    if name == "SERIAL":
        return "NO." + rdigits(rng, 8)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice(chars),
                rng.choice("0123456789"), rng.choice("0123456789")]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "EXPRESS":
        return rng.choice(["SF", "YT", "JDV"]) + rdigits(rng, rng.randint(12, 13))
    if name == "FLOW":
        return "2026" + rdigits(rng, 16)
    if name == "BOND":
        return rng.choice(["11", "12"]) + rdigits(rng, 4)
    if name == "SUB":
        return rng.choice(["783", "754", "718", "733"]) + rdigits(rng, 3)
    if name == "ETF":
        return rng.choice(ETFS)
    if name == "GRID":
        lo = rng.randint(80, 400)
        hi = lo + rng.randint(10, 60)
        return "%d.%02d-%d.%02d元" % (lo // 100, lo % 100, hi // 100, hi % 100)
    if name == "MEMBER":
        return "VIP" + rdigits(rng, 10)
    if name == "HKPOL":
        return rng.choice(["HK", "HKL"]) + rdigits(rng, 10)
    if name == "INVOICE":
        return "26" + rdigits(rng, 18)
    if name == "MOBPRE":
        return gen_mobile(rng, NUMBERS)[:7]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
