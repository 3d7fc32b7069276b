#!/usr/bin/env python3
"""Blind held-out evaluation set 48 ("heldout48") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author never opened the scanner, its rule files, its tests, its archive,
its docs or any other evaluation set's templates (nor the training-corpus generator), and
searched nothing (no web or code search).  The only files read were the shared machinery
``scripts/evasion_blind_common.py``, held-out 22's script for its structure (not its
sentences) and ``scripts/eval_categories.sh``.  Every template below was written fresh from
general knowledge of how Chinese-speaking financial sales staff (bank, broker, fund,
insurance, trust and wealth-management people) and their customers and colleagues talk on
WeCom (企业微信).  The set exists to measure how well the scanner generalises: do not tune
the scanner to it, do not add it to any training data, and run it once.

Voices
------
Northeastern (Shenyang / Harbin / Dalian) speech; Sichuan and Chongqing speech; Guangxi
(Nanning / Liuzhou) Mandarin with a little Baihua; Fujian Minnan-flavoured Mandarin
(Xiamen / Quanzhou); Jiangxi (Nanchang / Ganzhou) speech; Yunnan (Kunming / Dali) speech;
Shanghainese; Wuhan speech; Taiwanese businessmen (台商) living in Kunshan and Xiamen;
elderly customers and the staff who talk to them; university students and campus
ambassadors; English-Chinese code-switching private bankers and clients; official notices
in written style; internal team notices posted into mixed groups; voice-to-text messages
with no punctuation at all; plain Mandarin staff and customers.
Settings: demolition compensation (拆迁款), house-sale money, pension money, tuition and
scholarships, fruit orchards, rice-noodle shops, stone and porcelain factories, cross-border
trade with Laos, Myanmar, Vietnam, Singapore and Malaysia, family trusts, collective trusts,
snowball structures, dividend insurance, whole-life policies, gold accumulation plans,
convertible bonds, margin and stock accounts, fund plans, campus account-opening drives.

Hard cases
----------
Spread over every keyword category: a honest mention of a rule in one clause and a
keyword-less violation of the same rule in another (labelled with that rule); instructions
to colleagues to use a forbidden script; reluctant giving-in after a refusal; endorsing a
quoted promise versus rebutting it; customers offering what staff must refuse; rhetorical
questions that deny versus those that assert; tag questions; answers to one's own question;
clarification questions; market description with 拉升 that claims nothing; keywords split by
one of the separators ``· -_*.~`` in a minority (more than 0 and under 15 %) of each keyword
category's hits; 25 % of every category in traditional characters through the one-to-one
table (Taiwanese businessmen and Fujian messages first).
Numbers: valid mobiles, resident IDs and bank cards plain, grouped, spaced one by one, in
Chinese numerals, 大写, full-width and mixed Chinese/Arabic digits, versus look-alikes: bad
ID check characters, impossible birth dates, bad province codes, 17-digit IDs, Luhn
failures, masked numbers, Singapore / Malaysia / Vietnam / Laos / Myanmar / US / Taiwan
phones, landlines, policy / order / trust-contract / courier / reference numbers, unified
social credit codes, VINs, student numbers, Taiwan compatriot permit numbers, capital
account numbers, staff numbers, queue numbers, fund and bond codes, amounts, dates,
postcodes, QQ numbers, one-time codes, 10-digit and bad-prefix mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout48.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h48_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 48_2026_1218
SET_NAME = "heldout48"
MSGID_PREFIX = "h48"
T0 = 1782000000000
SEQ0 = 2000000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("ts", "fj")  # Taiwanese businessmen and Fujian messages go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "133", "135", "136", "138", "139", "145", "150", "151", "152",
              "155", "157", "158", "159", "166", "173", "177", "180", "181", "183", "185",
              "186", "187", "189", "191", "193", "195", "199"]
AREAS = ["210102", "210103", "210202", "230103", "220102", "510104", "510105", "500103",
         "500105", "450102", "450103", "450202", "350203", "350502", "350102", "360102",
         "360702", "530102", "532901", "310101", "310104", "420102", "420106", "110108"]
CARD_BINS16 = ["622262", "621661", "622575", "622700", "622848", "623058", "621483",
               "622202", "625907"]
CARD_BINS19 = ["6217000", "6228480", "6212261", "6217857", "6230580", "6216610"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["周大爷", "覃姐", "老刘", "段叔", "韦老板", "熊阿姨", "陈老师", "洪总", "黎哥",
          "罗嬢嬢", "唐先生", "郭女士", "涂姐", "梁叔", "蒙姐", "钟老板", "许阿姨", "邓哥"],
    "m": ["小覃", "韦经理", "洪经理", "段经理", "小熊", "刘顾问", "陈专员", "小涂", "黎经理",
          "周主任", "小梁", "钟经理"],
    "e": ["", "", "", "🙂", "👌", "🙏", "[抱拳]", "[呲牙]", "~", "！", "😅", "[握手]"],
    "d": ["下礼拜二", "这个月底", "明天收盘前", "周四上午", "节后第一天", "后天一早", "下周",
          "今晚", "月中", "国庆前"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "三十万", "五十万", "两百万",
          "一百万"],
    "r": ["3.2%", "3.65%", "4%", "4.3%", "4.75%", "5.2%", "6%", "百分之四点五", "百分之五",
          "3.9%"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; ts and fj prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|db|R1|{n}，这理财到期就是保本的，你说你还寻思啥呢？搁活期吃那点利息能有啥出息{e}
S|p|sc|R1|{n}，稳赚不赔的东西摆在你面前，你怕个锤子嘛？{d}额度就莫得了{e}
S|g|gx|R1|各位老表，保本又有{r}的，全南宁你找得到第二家咩？找不到就快点下单{e}
S|p|fj|R1|{n}，这支零风险啦，你是在惊啥？钱放厝里又不会生囝{e}
S|p|jx|R1|{n}，你箇笔拆迁款放我这里包赚，还犹豫么子哦？{e}
S|p|yn|R1|{n}，这个保收益的养老理财板扎得很，你还在等哪样嘛？{e}
S|p|old|R1|{n}，您老把养老钱放这款理财，稳赚的，还有啥不放心的呢？我还能坑您不成？{e}
S|p|stu|R1|学妹，生活费放这只基金零风险，比放卡里强多了，你不试试还等毕业啊？{e}
S|p|en|R1|{n}，这个 note 本金 fully 保本，yield 还有{r}，honestly 你还 hesitate 什么？{e}
S|p|sh|R1|{n}，搿只信托保本个呀，侬还有啥勿放心个啦？{e}
S|p|wh|R1|{n}，这只基金稳赚，么样还不买咧？等到么时候去？{e}
S|g|plain|R1|各位老板，保证收益{r}的产品摆在这，还有哪个比这更实在的？报名从速{e}
S|p|voice|R1|{n}你听我说这个产品就是保本的嘛你还担心啥子呢我做了十几年了哪个客户亏过钱你说
S|p|ts|R1|{n}，这档基金真的稳赚啦，你不买是要留给谁？很OK的啦{e}
S|p|plain|R1|{n}，同样是{a}，放存款一年几千块，放我这个保收益{r}的，哪个划算还用算吗？{e}
S|p|plain|R1|{n}，卖房款晾在卡上不心疼吗？这款零风险，早一天买早一天计息{e}
S|p|formal|R1|{n}，本期集合信托保证收益{r}，期满本息一并兑付，敢问还有比这更稳妥的安排吗？{e}
S|g|sc|R1|都说了这个雪球产品保本，你们还在群头问来问去做啥子？{d}就截止了{e}
S|p|db|R2|{n}，我这内部消息啥时候掉过链子？那票{d}就拉升，你还搁那磨叽啥？{e}
S|p|sc|R2|{n}，庄家都进场了，你还坐起看戏嗦？{d}之前不上车就晚了{e}
S|g|en|R2|Guys，我拿到的内幕消息都 share 给你们了，还不 all in，等 what？{e}
S|p|plain|R2|{n}，上市公司的朋友透的内部消息，我会拿这种事跟您开玩笑吗？{d}之前建仓{e}
S|p|gx|R2|{n}，那只票庄家已经吸够筹码了，拉升就在{d}，你还等咩啊？{e}
S|p|voice|R2|{n}那个票我跟你说是有内部消息的你还不信你想想我骗你图个啥
S|p|db|R3|{n}，走公司那流程得磨叽一礼拜，直接转到我个人卡上不就完了？多大点事儿{e}
S|p|sc|R3|{n}，返佣给你留起的，你不要白不要噻，钱多了还咬手嗦？{e}
S|p|fj|R3|{n}，公司流程那么慢，私下交易不是比较快吗？我们厝边头尾的，还惊我跑了？{e}
S|p|jx|R3|{n}，这单飞单你做了又冇人晓得，手续费省一大截，何乐而不为嘞？{e}
S|p|en|R3|{n}，返点直接打你卡上，又不用你 extra pay 一分钱，why not？{e}
S|p|plain|R3|{n}，保费私下转账给我，我当天就帮你出单，何必在APP上等审核呢？{e}
S|p|yn|R3|{n}，你果园那笔贷款下来，返点给我一个点，我包你{d}就拿到钱，这不是划得着嘛？{e}
S|p|wh|R3|{n}，你就转到我个人账户上撒，我帮你去柜台办，省得你跑一趟，这有么事不放心的？{e}
S|p|db|R4|{n}，你天天跑车哪有空看盘？账户密码给我，我帮你操作，这不比你瞎整强多了？{e}
S|p|old|R4|{n}，您眼神不好，手机上那么小的字哪看得清？把账户密码告诉我，我替您弄不就得了？{e}
S|p|sh|R4|{n}，侬上班介忙，全权委托拨我，勿是省心交关？{e}
S|p|stu|R4|{n}，你期末考试那么忙，股票账户我帮你操作，你安心复习不香吗？{e}
S|p|en|R4|{n}，你 travel 这两个月，全权委托给我 manage，回来直接看 performance，多 easy？{e}
S|p|gx|R5|{n}，企业微信天天有人看着，加我私人微信讲话不是更自在咩？{e}
S|p|yn|R5|{n}，这个号我周末不看的，加我个人号嘛，有事随时找得着，不是更方便？{e}
S|p|stu|R5|{n}，社团群里不好说，私人号加一下嘛，我单独给你讲，谁还不是从学生过来的？{e}
S|p|ts|R5|{n}，私人微信加一下啦，这个公司的号好多人在看，讲话不方便，对不对？{e}
S|p|plain|R1+R4|{n}，账户密码发我，我帮你操作，一年下来稳赚{r}，这种好事你上哪找去？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|db|R1|{m}，你们这理财到底保本不保本啊？我家老爷子就认这个{e}
S|p|db|R1|{n}，保本？现在哪还有保本的理财，资管新规出来以后都是净值型了，咱可不能瞎唠{e}
S|p|sc|R1|稳赚不赔？{n}，那种话你也信嗦？真有那么好的事我还上啥子班嘛{e}
C|p|sc|R1|{m}，你们那个基金是不是稳赚的哦？我幺妹说她买了赚了不少{e}
S|p|gx|R1|{n}讲这个是不是零风险？不是的，说明书第二页写着中等风险，你要看清楚啊{e}
C|p|gx|R3|{m}，你们有冇返点的？隔壁银行讲存五十万返点一千{e}
S|p|fj|R1|{n}，你问我这支是不是包赚？哪有包赚的，我若讲包赚你就要去投诉我啦{e}
C|p|fj|R5|{m}，你有私人微信没？我阿公不会用这个企业的{e}
S|p|jx|R2|{n}，内幕消息？我一个小小客户经理，上哪里去搞内幕消息咯？冇得的事{e}
C|p|jx|R2|{m}，听讲箇只股票有庄家在做，是真的不？{e}
S|p|yn|R4|{n}问我能不能帮你操作？那咋个得行嘛，账户是你哩，你自己点，我电话里教你{e}
C|p|yn|R4|{m}，我不会弄手机银行，账户密码告诉你，你帮我弄一下得不得？{e}
S|p|old|R4|{n}，您要把账户密码给我？那可使不得，您得自己收好，谁问都别说，我也不例外{e}
C|p|old|R1|{m}，我们老年人就想要个零风险的，有没有？利息少点也行{e}
S|p|stu|R1|{n}，你问有没有稳赚的理财给学生？真没有，我建议你先把生活费放货币基金，随取随用{e}
C|p|stu|R3|{m}，学长说找你开户有返佣，是真的吗？{e}
S|p|en|R1|{n}，你问 guaranteed return？sorry，没有保证收益这回事，past performance 不代表 future{e}
C|p|en|R5|{m}，can I 加你私人微信？这个企业微信我总是 miss 消息{e}
S|p|sh|R3|私下交易？{n}，侬勿要吓我，搿种事体阿拉碰都勿碰个{e}
S|p|wh|R4|{n}，全权委托？么可能咧，公司不准的，你自己拿主意，我给你出参考意见{e}
S|p|ts|R2|{n}，你听到庄家要拉升？这种消息哪里来的，十个有九个是骗人的啦{e}
S|p|formal|R1|{n}，来询是否保证收益，经核实：本产品为非保本浮动收益型，过往业绩不预示未来表现{e}
S|g|team|R3|同事们，客户问能不能私下转账，大家都怎么回的？我是直接说不行，没错吧？{e}
S|p|voice|R1|{n}你问保本不保本我跟你讲实话这个不保本的有波动的你要想清楚再买
C|p|voice|R2|{m}我昨天在群里看到有人说有内部消息说那个股票要涨你知道不
S|p|plain|R1|{n}，您是想要保本的？那得看存款或者国债，理财这边我不敢跟您打包票{e}
S|p|plain|R2|{n}，群里那个“老师”说他有内部消息，您觉得一个真有消息的人会在群里免费发吗？{e}
C|p|plain|R4|{m}，代客理财你们银行能做吗？我在外地上班顾不上{e}
S|p|plain|R5|{n}，您问加我个人号？不用啦，就在企业微信上找我，聊天记录留着对您也是个保障{e}
S|p|plain|R3|飞单？{n}，您知道飞单出了事是谁吃亏吗？是您自己，所以我们不做{e}
S|p|plain|R1|{n}，谁敢跟您保证收益？真有人这么说，您就把聊天截图留好{e}
S|p|plain|R2|{n}，您问为啥昨天那只票突然拉升？公告出了业绩预增，跟什么消息没关系{e}
C|p|plain|R1|{m}，这个分红险是保本的吗？分红那部分是不是说不准？{e}
S|p|db|R3|返点？{n}，咱这可没这说道，该多少利息就多少，一分不多一分不少{e}
S|p|gx|R5|{n}，私人号？我冇开私人号做业务的，有事你就在这里讲，晚上我也看{e}
S|p|sc|R4|{n}，你说让我帮你操作？要不得哦，我教你，手把手教，五分钟就会{e}
S|p|yn|R1|{n}，零风险的东西要是有，我还不先给我家老妈买？问题是没有嘛{e}
C|p|ts|R3|{m}，你们可以私下交易吗？我这边台湾的帐户转过来比较麻烦{e}
S|p|en|R4|{n}，账户密码千万别 share 给任何人，including me，OK？{e}
S|g|stu|R1|有同学在群里问“有没有稳赚的兼职理财”，我统一回答：没有，看到这种广告直接举报{e}
C|p|sh|R1|{m}，侬搿只产品保本伐？阿拉屋里厢老头子就欢喜保本个{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|formal|R1|各营业网点注意：即日起一律禁止在宣传材料中使用“保本”“零风险”等字样，请于{d}前完成自查{e}
S|g|team|R3|组里再强调一遍：飞单、返佣，哪一条沾上都是开除，谁也别心存侥幸{e}
S|p|db|R4|{n}，咱行有规矩，代客理财那是绝对不让的，你账户的事儿得你自个儿拿主意{e}
S|p|sc|R5|{n}，公司规定不准加私人微信，莫说我不给你面子哈，有事就在这头喊我{e}
S|p|gx|R3|{n}，我们行里规定员工不得私下转账收客户的钱，你要买就走对公账户，回单我发你看{e}
S|p|fj|R1|{n}，公司有交代，不能跟客户讲稳赚，因为根本就没稳赚的代志{e}
S|p|jx|R2|{n}，我们这边规定讲个股不能扯内部消息，你要看就看公告和研报{e}
S|p|yn|R4|{n}，按规定我们不能保管客户账户密码，你自己记好，莫写在存折背后{e}
S|p|old|R3|{n}，您这心意我领了，可公司规定不能收客户任何返点，您留着给孙子买点好吃的{e}
S|p|stu|R1|{n}，学校周边那些打着“保收益”旗号的校园理财千万别碰，监管明令禁止这么宣传{e}
S|p|en|R4|{n}，compliance 规定我们不可以 discretionary，也就是不能全权委托，每一笔都要你本人 confirm{e}
S|p|sh|R5|{n}，阿拉公司规定勿好加私人号个，侬有事体就在搿搭讲{e}
S|p|wh|R3|{n}，公司规定私下交易是红线，搞不得的，你还是在APP上下单{e}
S|p|ts|R1|{n}，这边规定不能讲零风险啦，连“几乎没风险”都不行，所以我就照实讲：会波动{e}
S|g|formal|R2|合规提示：员工在客户群内不得发布或转发“庄家”“拉升”类个股信息，违者严肃追责{e}
S|p|voice|R4|{n}公司规定我们是不能帮你操作的你自己在手机上点我在电话里一步一步跟你讲
S|p|plain|R1|{n}，按照规定，我们在介绍分红险时不能说保证收益，演示利率只是演示，不代表实际{e}
S|p|plain|R3|{n}，监管规定保险代理人不得给客户返佣，所以网上说的那种“返佣”都是违规的{e}
S|g|team|R5|群公告：与客户沟通一律用企业微信，不得引导客户加私人微信，明天开始抽查{e}
C|p|plain|R3|{m}，你们是不是规定不能私下交易？那我就按流程来，麻烦你发我流程{e}
C|p|old|R4|{m}，我儿子说你们银行规定员工不能碰客户的账户密码，那我明天自己去柜台，你在不在？{e}
S|p|plain|R2|{n}，公司规定我们不能提供任何内幕消息，我能给您的只有公开研报和基金经理的季报{e}
S|p|db|R1|{n}，这可不敢瞎说，规定明明白白写着不许说包赚，我要是说了，饭碗就没了{e}
S|p|sc|R3|{n}，我们公司规定，钱一律不准转到我个人账户，只能打对公，这是铁规矩{e}
S|p|gx|R4|{n}，规定讲了，全权委托这种事我们是不做的，你的账户你做主{e}
S|p|fj|R3|{n}，石材厂那笔款公司规定不能走私下交易，要签合同、走对公，拍谢啦{e}
S|p|jx|R1|{n}，我们行规定宣传时一律不准讲保本，箇个产品也冇保本，实话跟你讲{e}
S|p|yn|R2|{n}，我们这边规定不准跟客户讲庄家哪样哪样的，股票的事你还是看公开信息{e}
S|p|en|R5|{n}，sorry，company policy 不允许加私人微信，所有 communication 都要留在 WeCom 上{e}
S|g|stu|R3|【校园大使须知】不得向同学承诺开户返现、返点，不得私下收取任何费用{e}
S|p|old|R1|{n}，上面三令五申，不许跟老年客户讲零风险，您买之前我得把风险一条一条念给您听{e}
S|g|formal|R3|关于进一步严禁飞单行为的通知：凡销售非本机构产品者，一经查实，解除劳动合同{e}
S|p|wh|R1|{n}，上头规定不准讲稳赚不赔，我也不会讲，这个只是历史业绩还可以，不代表以后{e}
S|p|ts|R4|{n}，规定是不能帮你操作的喔，我可以陪你在手机上一起看，你自己按{e}
S|p|plain|R3|{n}，信托认购款只能打到信托专户，规定严禁私下转账给任何个人，包括我{e}
S|p|plain|R1+R5|{n}，两条规矩您了解下：不能加私人号，不能承诺保本，不是我不通人情哈{e}
C|p|stu|R5|{m}，你们规定不能加私人号的话，那我寒假回家也能在这里问你吗？{e}
S|p|voice|R2|{n}你问的那个消息我跟你讲我们是有规定的内部消息一律不许往外说何况我手上也根本没有
S|p|sh|R4|{n}，规定讲得老清爽个，代客理财勿来三，侬自家拿主意{e}
S|p|plain|R1|{n}，集合信托按规定不能承诺保本保收益，推介材料里也没有这两个词，您放心看{e}
S|p|db|R2|{n}，咱有规定，群里不让传谁谁要拉升的小道消息，我唠的都是公告里有的{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|db|R1|{n}，上头天天开会说不许承诺，那是做样子给监管看的，跟你说句掏心窝子的：这个净值理财稳赚，放心整{e}
S|p|sc|R3|{n}，公司是不准私下交易，但规矩是死的人是活的嘛，你把钱先打给我，合同我后头补{e}
S|p|gx|R1|{n}，行里不准我们讲零风险，我就不讲咯，我只讲这个产品从来冇亏过，也永远不会亏，等于零风险嘛{e}
S|p|fj|R3|{n}，公司规定不能返佣，不过你是我们厝边，返佣照样有，私底下拿给你，不要讲出去喔{e}
S|p|jx|R4|{n}，上面规定不让代客理财，规定归规定，你箇个账户交给我，我帮你操作，莫声张{e}
S|p|yn|R5|{n}，公司是不让加私人微信，不过管他呢，你加我私人微信，回消息快得多{e}
S|p|old|R4|{n}，按规矩我不该碰您的账户，可您不会弄手机，账户密码给我，我来帮你操作，就这一回{e}
S|p|stu|R1|{n}，学校不让我们在宿舍推理财，所以我偷偷跟你说：这只基金稳赚，跟存钱一样{e}
S|p|en|R1|{n}，compliance 不让我们 promise，所以 officially 我什么都没说；unofficially，这个 product 保本，trust me{e}
S|p|sh|R3|{n}，公司勿许阿拉收钞票，搿个我晓得，侬就转到我个人卡上，我明朝帮侬存进去{e}
S|p|wh|R2|{n}，按规矩我嘴巴要把门，但你是自家屋里人：庄家已经在吸筹了，拉升就在这几天，快点搞{e}
S|p|ts|R1|{n}，公司说不可以保证收益，可是我跟你讲真的，这档我保证收益{r}，没到我赔你{e}
S|g|team|R3|大家注意，公司严查飞单，这段时间都收着点；我手上那几单飞单先别走公司系统，等风头过了再说{e}
S|p|voice|R1|{n}按规定我是不能讲的但是我跟你讲这个就是稳赚的你放心买出了问题来找我
S|p|formal|R1|{n}，依监管口径，本行不得承诺收益；然就本期信托而言，保证收益{r}，此为本人担当{e}
S|p|plain|R3|{n}，原则上不允许返点，不过您存{a}以上，我私下给您返点{r}，别让别人知道{e}
S|p|plain|R4|{n}，规定说不能全权委托，所以咱们不签字，口头全权委托就行，您的账户我包管{e}
S|p|plain|R5|{n}，制度上不让加私人号，您私下加一个，我这个私人号二十四小时在线{e}
S|p|plain|R2|{n}，公司明令禁止传播内幕消息，所以这条您看完就删：那家公司下周要重组，赶紧买{e}
S|p|db|R3|{n}，公司不让员工私下转账，这我门儿清，但你这是急事，私下转账给我，今儿就给你办利索{e}
S|p|sc|R4|{n}，按规定是不能帮你操作，但你那个手机用得那么费劲，账户密码给我，我帮你把单子下了{e}
S|p|gx|R2|{n}，行里不让讲庄家这些，不过我老表就在那家公司，庄家{d}就要动手拉升，你快点上{e}
S|p|fj|R1|{n}，规定是不能讲包赚，你知我知就好：这支包赚，赚了请我呷茶就好{e}
S|p|jx|R3|{n}，规定不准飞单，可公司这款收益低，我手上有款外面的产品，飞单给你做，收益高两个点{e}
S|p|yn|R1|{n}，规定不让讲保收益，我就换个讲法：这个理财每年{r}是铁定的，保收益{e}
S|p|old|R1|{n}，按说不能跟您老讲零风险，可您这岁数我哪敢让您担风险？这个就是零风险的，您放一百个心{e}
S|p|stu|R3|{n}，学校规定我们不能收同学的钱，那你悄悄转到我个人支付宝，开户奖励我再返点给你{e}
S|p|en|R3|{n}，policy 上 kickback 是 not allowed 的，but 我们 old friends，返佣 I'll send 你 offline{e}
S|p|sh|R1|{n}，上头勿许讲稳赚，阿拉心里侪有数：搿只产品就是稳赚个{e}
S|p|wh|R4|{n}，公司规定不能代客理财，但你蛮信得过我撒，代客理财我来，你只管收钱{e}
S|p|ts|R5|{n}，公司规定是不能加私人微信啦，不过我们台商之间不用那么拘谨，加我私人微信比较快{e}
S|g|plain|R1|【内部话术】对外一律说“不承诺收益”；客户追问时可补一句：这期理财零风险，放心。以上请勿截图外传{e}
S|p|plain|R1|{n}，产品说明书上写着不保本，那是格式条款，谁家都这么写，实际上这款就是保本的{e}
S|p|plain|R3|{n}，我知道规定不让私下交易，可您要的这款额度只剩最后一份，我私下交易给您锁定，钱转我就行{e}
S|p|voice|R3|{n}公司那个规定不让收返佣我晓得的但是你这单太大了我给你返佣两个点不会有人查的
S|p|plain|R4|{n}，合规说账户要客户自己操作，那是对一般客户；您这样的VIP，账户密码交给我，我全权帮您打理{e}
S|p|db|R5|{n}，按理说私人号不能给客户，你整的这事急，私人号给你，晚上也能找着我{e}
S|p|plain|R1+R3|{n}，公司不让收钱也不让承诺收益，但我可以私下转账给您垫付，保证收益{r}，亏了算我的{e}
S|p|gx|R4|{n}，不准全权委托是讲给外人听的，你我就不讲这些了，全权委托给我，年底你看结果{e}
S|p|sc|R2|{n}，上头说不许传内部消息，管他的，这条内部消息你收好：{d}那个票要拉升{e}
S|p|yn|R2|{n}，规矩是不让跟客户讲哪家有庄家，我就讲这一回：那只票庄家{d}拉升，你赶紧克买{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|formal|R5|【风险提示】近期有不法分子冒用我行员工头像，诱导客户添加私人微信后实施诈骗，请以企业微信认证身份为准{e}
S|p|db|R1|{n}，你说那个直播间喊稳赚不赔的，我跟你说那是割韭菜的，千万别往里扔钱{e}
S|p|sc|R2|{n}，你屋头老汉儿转的那个“内幕消息”群，我看了，就是荐股诈骗，喊他赶紧退出来{e}
S|p|gx|R3|{n}，提醒一下，有人冒充我们行的经理叫客户私下转账，说可以提高额度，都是假的{e}
S|p|fj|R4|{n}，最近泉州有人打电话自称券商客服，要账户密码帮你“升级”，那是诈骗，千万不能给{e}
S|p|jx|R1|{n}，我已经把小程序上那个写“保本高息”的广告截图报给合规了，你莫点进去{e}
S|p|yn|R2|{n}，大理那边有人开“股票课”，讲跟着庄家吃肉，那是骗钱的，我已经跟派出所讲了{e}
S|p|old|R4|{n}，要是有人打电话说是银行的，要您的账户密码，您直接挂，然后打给我核实{e}
S|p|stu|R3|{n}，学校群里有人发“开户返佣兼职”，那是拉人头的骗局，我已经截图交给辅导员了{e}
S|p|en|R1|{n}，FYI，那个 app 打“零风险 high yield”的广告是 scam，我已经 report 给 compliance 了{e}
S|p|sh|R3|{n}，当心点，外头有人冒充阿拉公司讲可以私下交易，侬千万勿要睬伊{e}
S|p|wh|R5|{n}，有个人加你说是我的私人号？那不是我，我就这一个企业微信，你赶紧拉黑{e}
S|p|ts|R1|{n}，上次跟你讲的那个稳赚的投资群，我查过了，是诈骗集团，你不要再转钱了{e}
S|g|team|R3|通报：某支行客户经理因收取客户返点被辞退，各位引以为戒，收到请回复{e}
S|p|voice|R4|{n}我刚才接到合规电话说有人冒充我们要帮你操作账户你千万不要理他有事直接打我电话
C|p|plain|R1|{m}，我要投诉你们那个姓黄的，他跟我说这个理财保本，现在亏了一万多{e}
C|p|old|R3|{m}，我老伴前天把钱转给一个人了，那人说“转到我个人账户上就能买”，还说是你们单位的，我心里慌{e}
S|p|plain|R2|{n}，您发来的那条“内部消息”短信我看了，链接是钓鱼网站，已经提交给反诈中心{e}
S|p|plain|R1|{n}，提醒您一句，凡是说分红险保证收益{r}的，都是误导销售，分红是不保证的{e}
S|g|formal|R3|警示通报：近期查实一起员工飞单案件，涉案金额较大，已移交司法机关{e}
S|p|db|R5|{n}，我跟你唠个事儿：有人用我照片弄了个私人号到处加人，那不是我，你帮我告诉你家亲戚{e}
S|p|sc|R4|{n}，有个自称投顾的要你全权委托给他，抽三成利润，那是非法的，莫得资质，莫理他{e}
S|p|gx|R1|{n}，柳州那边有人卖“稳赚”的养老项目，好多老人家上当，你跟你妈讲一声{e}
S|p|fj|R2|{n}，群里有人发什么“庄家拉升名单”，我已经踢掉他了，你看到不要信{e}
S|p|jx|R3|{n}，瓷器街那个讲能帮你办返佣的中介，我们行不认识，莫和他打交道{e}
S|p|yn|R5|{n}，有人冒我名字加你私人微信，讲有内部额度，是假的，我已经报警了{e}
S|p|stu|R1|{n}，那个说学生理财零风险的博主，已经被平台封号了，你别再看了{e}
S|p|en|R4|{n}，heads up：有人用我们 logo 发邮件要你的账户密码，那是 phishing，别回{e}
C|p|sc|R5|{m}，有人加我说是你的私人微信，我没通过，是你吗？{e}
S|p|old|R1|{n}，街道发的防诈传单您看了没？上面第一条就是“保本高息都是骗局”，您记牢了{e}
S|p|plain|R3+R5|{n}，那个让您加私人微信、再私下转账的人不是我们员工，我已经向公司报案，请您保留证据{e}
S|g|team|R4|合规转发：客户投诉某员工索要账户密码，现正调查，请大家自查近三个月聊天记录{e}
S|p|plain|R2|{n}，您说的那位自称有内幕消息的“私募大佬”，协会网站查不到备案，不要给他钱{e}
S|p|plain|R1|{n}，我把您反映的“对方承诺稳赚”这个情况报给合规了，他们会直接联系您{e}
S|p|wh|R3|{n}，你那个亲戚讲可以私下交易拿低价保单，这是违法的，出了事保险公司不认{e}
C|p|plain|R4|{m}，有人打电话说代客理财年化两成，要我把钱给他，这是不是诈骗啊？{e}
S|p|ts|R3|{n}，那个说可以飞单帮你省手续费的人，不是正规业务员，你要小心，我已经通报公司{e}
S|p|sh|R1|{n}，电视里讲过个，啥人讲包赚就是骗子，侬勿要上当{e}
S|p|voice|R1|{n}那个什么保本理财的电话又打来了你别接那是骗子我已经跟公司反映过了
S|p|plain|R2+R4|{n}，那个“老师”先给内幕消息再要你账户密码，这是典型的荐股诈骗套路，我已经举报了{e}
S|g|formal|R1|防范非法集资宣传：凡以“保本保息”“零风险”为名吸收资金的，均涉嫌违法，请勿参与{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|db|R1|大伙儿听我一句，网上那些理财课全是坑人的，要赚钱就跟着我，我这个稳赚，一分不带亏的{e}
S|p|sc|R2|{n}，网上那些卖消息的都是骗子，你莫信；我这个内部消息是我表哥在公司里头亲口讲的，靠得住{e}
S|p|gx|R3|{n}，提醒你别把钱转给陌生人，骗子多。你要买就转到我个人账户，我帮你办，放心{e}
S|p|fj|R1|{n}，那种讲稳赚的群你不要进，都是骗人的。要稳赚就买我这支，我们是正规公司的{e}
S|p|jx|R4|{n}，当心骗子要你的账户密码。你把账户密码发给我就冇事，我帮你看着{e}
S|p|yn|R5|{n}，最近冒充我的假号多得很，你莫加那些；我的私人号是这个，加这个才是真的我{e}
S|p|old|R1|{n}，您可千万别信那些上门推销的，他们的东西靠不住。咱们这个养老理财零风险，跟存银行一样{e}
S|p|stu|R3|{n}，校园里那些兼职刷单都是骗局，别碰。你来我这边开户，返佣我直接发你微信{e}
S|p|en|R1|{n}，market 上很多 scam 打 guaranteed 旗号，要小心；but 我们这个 structured note 是真的保收益{r}{e}
S|p|sh|R2|{n}，外头小道消息侬勿要听，阿拉搿搭有正宗个内部消息，{d}搿只股票要拉升{e}
S|p|wh|R4|{n}，反诈中心通报说最近冒充券商的多，你自己操作容易点错链接，不如全权委托给我，我每天帮你盯{e}
S|p|ts|R3|{n}，要小心那些讲可以避税的地下钱庄喔。你的货款直接私下转账给我，我帮你换汇，比较安全啦{e}
S|g|team|R1|合规刚通报了一起误导销售，大家说话注意点。不过客户问起来，这期雪球你们就说保本，没事的{e}
S|p|voice|R3|{n}你注意一下最近骗子很多啊不要乱转钱你把钱转到我个人卡上我帮你买最安全
S|g|formal|R2|特别提示：市场传闻纷杂，投资者应审慎甄别。据本人获悉的内幕消息，某公司{d}将公告重大合同，请提前布局{e}
S|p|plain|R1|{n}，我已经把那个乱承诺的同事报给合规了，您放心，我跟他不一样，我说到做到：这款保证收益{r}{e}
S|p|plain|R3|{n}，飞单的坑我见多了，您千万别跟外面的人做。您找我，我给您找的那款外面的产品收益更高，不走公司{e}
S|p|db|R4|{n}，上回那个骗子要你账户密码，亏得你没给。这回你给我就行，代客理财我干了十来年了{e}
S|p|sc|R5|{n}，冒充客服的都喜欢拉你加私人微信，你要提防起。但我不一样哈，加我私人微信，有好东西先给你{e}
S|p|gx|R1|{n}，我提醒过你好多次咯，民间借贷不靠谱。钱放我这边，包赚，比借给别人强{e}
S|p|fj|R2|{n}，新闻讲了好几次，不要信什么荐股群。我这边不一样，是庄家的朋友直接讲的，{d}拉升{e}
S|p|jx|R3|{n}，当心外头那些收返点的中介，坑人咯。你在我这里存，返点我照样给，还多给半个点{e}
S|p|yn|R1|{n}，菌子季到了，提醒你莫乱吃菌子也莫乱投资。要投就投我这个，零风险，稳当得很{e}
S|p|old|R4|{n}，电视里天天讲防诈骗，您老记住：别人要密码不能给。就我一个人可以，账户密码给我，我帮您打理{e}
S|p|stu|R1|{n}，提醒你：校园贷千万别碰！要理财就买我推荐的这只基金，稳赚不赔，生活费都能赚出来{e}
S|p|en|R5|{n}，beware 那些 fake account，他们会 DM 你；我的 real 私人微信发你，以后 directly 找我{e}
S|p|sh|R3|{n}，外头飞单个事体多得来，侬当心。侬要买就私下交易，阿拉两家头讲好就算数{e}
S|p|wh|R1|{n}，我举报了那个乱讲的同行，他卖的东西不靠谱。我这个才是真的保本，你莫犹豫{e}
S|g|stu|R2|学弟学妹们，别信短视频里的荐股老师，都是割韭菜；学长这里有内部消息，私聊免费送{e}
S|p|ts|R1|{n}，你要小心大陆这边那些乱七八糟的平台喔，我这档才是真的保证收益，{r}一定给到{e}
S|p|voice|R2|{n}那些群里说的消息你不要信都是骗人的我这边有真正的内部消息那个票{d}就要拉升了
S|p|plain|R4|{n}，您上次差点被骗把账户密码给骗子，以后干脆把账户交给我全权委托，我替您把关{e}
S|p|plain|R5|{n}，提醒您，别加那些自称客服的陌生号。您有事就加我个人号，我随时在{e}
S|p|plain|R3|{n}，那个离职的同事我已经报上去了，他私下收您钱不对。不过我这边可以走私下转账，手续快{e}
S|p|db|R1+R3|{n}，外面那些返利平台都是坑，别碰。你在我这存，返点我私下给，还保本，绝对不差事儿{e}
S|p|plain|R5|{n}，合规部刚发了防骗通知，说冒充员工的多。为了保险起见，咱俩以后换私人微信聊，企业微信这边少说{e}
S|p|sc|R1|{n}，那种高息借钱给别人的事千万莫做，收不回来的。你交给我，我这个信托稳赚，利息月月有{e}
S|p|gx|R4|{n}，有人冒充我们公司骗钱，你要小心。以后你的基金账户我帮你操作，就不怕点到假链接了{e}
S|p|fj|R5|{n}，公司微信常常有人冒名，你要注意。以后加我个人号，有什么都在那边讲{e}
S|p|en|R3|{n}，最近 regulator 在查 kickback，要 careful 点；你那份返佣我换成现金 offline 给你{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|db|R4|{n}，这事儿真不行，你那账户密码我不能要，你自个儿收好，咋操作我教你{e}
S|p|sc|R3|{n}，返点你就莫提了，给我我也不得收，按正常利率来就对了{e}
S|p|gx|R5|{n}，私人微信我就不加了哈，有事在这里讲，下班我也会回的{e}
S|p|fj|R1|{n}，拍谢，保本的话我讲不出口，这支会涨也会跌，你要想清楚{e}
S|p|jx|R3|{n}，你讲转到我个人卡上，我不收，钱要进公司账户，冇得商量{e}
S|p|yn|R2|{n}，你要我给你透点内部消息？莫有，有也不能讲，你去看公告嘛{e}
S|p|old|R4|{n}，您让我帮你操作？不行的，我明天上门陪您，您自己按，我在旁边看着{e}
S|p|stu|R3|{n}，你说开户成功给我返佣当谢礼？不用不用，心意领了，我们不能收{e}
S|p|en|R4|{n}，sorry，全权委托我 can't accept，每一笔交易都要你自己 decide{e}
S|p|sh|R5|{n}，私人号勿好加个，阿拉就在企业微信讲，侬放心，我天天看个{e}
S|p|wh|R1|{n}，你要我写个保证收益的字据？那我写不了，写了就是违规{e}
S|p|ts|R3|{n}，私下交易我不能做啦，你还是走公司合同，手续我帮你准备好{e}
S|p|voice|R2|{n}你问的那个庄家的事我真不知道也不会去打听你就别问我了我们只讲公开的东西
C|p|plain|R5|{m}，不用加私人微信了，就在这里说吧，我老婆看到还以为我干嘛呢{e}
C|p|old|R4|{m}，账户密码我就不告诉你了，我孙女说这个谁都不能给，你别见怪{e}
C|p|stu|R3|{m}，那个返点我不要了，我就想安安心心买个指数基金{e}
S|p|plain|R1|{n}，您要的“零风险”产品我给不了，能做的是帮您把风险降到您能接受的程度{e}
S|p|plain|R3|{n}，您说把保费私下转账给我能快点？快不了，也不能这么做，您在APP上付就行{e}
S|g|team|R4|刚才有个客户非要我代客理财，我拒绝了，他有点不高兴，大家以后遇到也这么处理哈{e}
S|p|plain|R2|{n}，您想打听拉升的时间点？我不知道，知道也不能说，这个您理解一下{e}
S|p|db|R1|{n}，你让我打包票说稳赚？那我可不敢，我要真敢说你也别信{e}
S|p|sc|R4|{n}，全权委托的协议我不得签，你拿来我也不签，咱们按规矩来，要得不？{e}
S|p|gx|R3|{n}，你讲做个飞单帮你省费用，我不做，做了你我都要出事{e}
S|p|fj|R5|{n}，加我个人号就不必了，在这里讲就好，公司的号我都随身带着{e}
S|p|jx|R1|{n}，你阿爸要的那个包赚的理财，我这里冇得，我也劝他莫去外头找{e}
S|p|yn|R4|{n}，账户密码你莫发给我，发过来我也要删掉，你自己改个新的{e}
S|p|en|R3|{n}，返点这个 offer 我只能 say no，公司有 policy，也是为你好{e}
S|p|sh|R1|{n}，侬要保本个，我搿搭没有，侬去看看国债，我勿好骗侬{e}
S|p|wh|R2|{n}，内幕消息我冇得，你莫在我这里问了，问也是白问{e}
S|p|ts|R1|{n}，你要我讲这个稳赚，我讲不出来啦，历史业绩不代表以后{e}
S|p|plain|R3|{n}，您介绍朋友来开户想要返佣，这个真没有，介绍是情分，我记着{e}
S|p|plain|R1|{n}，信托经理让我转告：您要求加一条保本条款，这个加不了，合同不能这么写{e}
S|p|voice|R5|{n}私人微信我就不加了啊不是看不起你是公司规定的有事你就在这里发给我
C|p|plain|R2|{m}，你别跟我讲什么内部消息啊，我不听这个，我就买点稳当的{e}
S|p|old|R3|{n}，您要把钱转到我个人卡上让我帮您存？可不行，咱们一块儿去柜台{e}
S|p|plain|R1+R4|{n}，您说把账户密码给我、让我保证收益，这两件事我都办不到，真对不住{e}
S|p|plain|R4|{n}，我理解您忙，但帮你操作这件事我做不了，您可以设置定投，自动扣款{e}
S|p|stu|R1|{n}，你想要零风险又高收益？我给不了，真给得了的人你更要小心{e}
S|p|formal|R3|{n}：您所提议之私下交易方式，本人碍难从命，敬请通过本公司正式渠道办理{e}
S|p|db|R2|{n}，庄家的消息俺不掺和，谁要跟你唠这个你就躲远点，我这儿没有{e}
S|p|gx|R1|{n}，你要我承诺保收益，我承诺不了，产品说明书写得清清楚楚是浮动的{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|db|R4|{n}，本来这活儿我不接，看你实在整不明白，账户密码发过来吧，我帮你操作一把{e}
S|p|sc|R3|{n}，返佣我开始是不想给的，你都磨了我三天了，好嘛，给你返佣一个点，莫说出去{e}
S|p|gx|R5|{n}，私人微信我一般不给客户的，你是老熟人了，加我私人微信吧{e}
S|p|fj|R1|{n}，我原本不敢讲，看你那么担心，就跟你讲实话：这支稳赚，你放心{e}
S|p|jx|R3|{n}，开始我讲不行，想想你也不容易，钱就转到我个人卡上吧，我帮你办{e}
S|p|yn|R2|{n}，本来不想讲的，你追着问，那我讲嘛：内部消息，{d}那只票要拉升{e}
S|p|old|R4|{n}，我推了好几回了，您老非要我管，那行，账户全权委托给我，您就别操心了{e}
S|p|stu|R3|{n}，我一开始拒绝了，但你是学弟，开户完成后返点我私下发你{e}
S|p|en|R1|{n}，我 usually 不会 promise 什么，but 你这么 worried，OK，这个 fund 保本，I guarantee{e}
S|p|sh|R5|{n}，私人号本来勿给人个，侬是老客户了，私人号发侬，勿要外传{e}
S|p|wh|R1|{n}，保证收益这种话我一般不讲，但你是熟人，我跟你讲：保证收益{r}{e}
S|p|ts|R3|{n}，我是拒绝过你啦，但想想你说得对，私下交易比较省，我们就私下交易{e}
S|p|voice|R4|{n}我本来说不帮你弄的但你这个情况特殊那你把账户密码发我我帮你操作就是了
S|p|plain|R3|{n}，我昨天是说不能飞单，今天想了想，您这单就走外面那家，飞单也没人查{e}
S|p|plain|R1|{n}，我不想把话说满，可您都问五遍了——好吧，这款零风险，行了吧？{e}
S|p|plain|R2|{n}，您问了我三回内幕消息，我一直没说。今天破个例：那家公司要被收购，{d}前买{e}
S|p|db|R1|{n}，一开始我不想给你打包票，寻思寻思还是说吧：保本，亏了算我的{e}
S|p|sc|R4|{n}，代客理财我是拒绝了的，但你这个人耿直，账户交给我嘛，代客理财就这一回{e}
S|p|gx|R3|{n}，我是讲过不收你返点的，你硬要塞，那就私下转账给我两千，当辛苦费{e}
S|p|fj|R4|{n}，帮你操作本来是不行的，不过你阿伯在外地，没办法，账户密码传给我，我来{e}
S|p|jx|R1|{n}，你问了我好几回是不是包赚，我一直冇讲，今天讲了：包赚{e}
S|p|yn|R5|{n}，私人号我本来是不给的，看你这么诚心，加我个人号嘛，有事直接找{e}
S|p|old|R1|{n}，您非要我说个准话，我本来不想说，那我说：这个稳赚不赔，您安心{e}
S|p|stu|R4|{n}，我本来不想碰你的账户，你说考研没时间，那账户密码给我，我帮你操作{e}
S|p|en|R3|{n}，我 first 是 say no 的，but you insist，OK，这笔 transfer 就转到我个人账户{e}
S|p|sh|R2|{n}，搿种事体本来勿好讲个，侬问了介许多趟，就讲拨侬听：庄家{d}要拉升{e}
S|p|wh|R4|{n}，全权委托开始我不答应，你讲你出国一年冇人管，那就全权委托给我{e}
S|p|ts|R1|{n}，我本来不想讲零风险，可你一直问，那我就讲：零风险，出事我负责{e}
S|p|voice|R3|{n}那个返佣我开始说不给你的后来想想算了给你吧两个点下个月私下转给你
S|p|plain|R5|{n}，刚才说不加私人微信，我改主意了，您加我私人微信吧，周末也能联系{e}
S|p|plain|R3|{n}，您说走飞单，我拒绝了一次，可您说对：公司那款费用确实高，就按您说的飞单{e}
S|p|plain|R1|{n}，我不爱说保收益这种话，但您这笔养老钱我心里有数，保收益{r}，我说了算{e}
S|g|team|R3|之前我在群里说不收返点，但各位客户说得对，长期合作嘛，以后返点照旧{e}
S|p|db|R2|{n}，我是真不想跟你唠这个，你非要知道，那我说：庄家在那只票里，等着吧，要拉升{e}
S|p|sc|R1|{n}，我不想打包票的，你硬要我讲，那好嘛：这个理财稳赚，亏了你来找我{e}
S|p|gx|R4|{n}，你讲让我代客理财，我原本讲不行，后来想想你那么忙，那就我来帮你操作{e}
S|p|formal|R1|{n}，承蒙再三垂询，原不便明言，兹据实相告：本期产品保本，敬请放心{e}
S|p|plain|R1+R5|{n}，我刚才推辞说不方便，那是企业微信上不好讲。加我私人号，我跟您说说为什么这款稳赚{e}
S|p|fj|R3|{n}，我讲过不能私下交易，你又讲了一遍，好啦，私下交易就私下交易，钱晚上拿给我{e}
S|p|yn|R1|{n}，保本这个话我本来不敢讲，你老是问，那我讲嘛：保本，莫担心{e}
S|p|jx|R2|{n}，你问了好几回内部消息，我一直推，今天就跟你透个底：箇只票有庄家，{d}拉升{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|db|R1|{n}，你说你同学讲“买这个包赚”，他要真包赚他还上班？你可别信{e}
S|p|sc|R2|{n}，你转的那句“庄家明天拉升”，一看就是杀猪盘的话术，莫跟{e}
S|p|gx|R3|{n}，你听那个中介讲“私下交易便宜两成”？那是违法的，出事了冇人管你{e}
S|p|fj|R1|{n}，广告上写“稳赚不赔”四个大字，这个本身就违规，我们是不会这么写的{e}
S|p|jx|R4|{n}，你舅讲“把账户密码给他帮你炒”，我劝你莫给，亲戚也不行{e}
S|p|yn|R5|{n}，那个人讲“加我私人微信才有优惠”，我们公司冇这种优惠，你莫加{e}
S|p|old|R1|{n}，您说电视购物里讲“零风险”？那是卖东西的嘴，您听听就好，别当真{e}
S|p|stu|R3|{n}，你室友说“开户找学长有返佣”，我们这不存在这种事，被骗了找不回来的{e}
S|p|en|R1|{n}，那个 influencer 说“这个 ETF 稳赚”，totally misleading，别 follow{e}
S|p|sh|R2|{n}，侬讲伊讲“有内部消息”，搿种人十个里九个是骗子，侬勿要信{e}
S|p|wh|R4|{n}，你同事说“全权委托给他就行”，那个不合规，钱出了问题找不到人的{e}
S|p|ts|R3|{n}，那个人说“飞单比较便宜”，那是不对的，出事了保险公司不赔{e}
S|g|formal|R1|澄清公告：网传我行客户经理称“本行理财保本保息”，经核查系他人伪造截图，特此说明{e}
S|g|team|R1|今天培训举的反面例子：“跟我买就是稳赚”——这句话说出口就是违规，大家记住{e}
S|p|voice|R2|{n}你说的那个人讲他有内部消息我跟你说他就是骗钱的不要理他
C|p|plain|R1|{m}，我邻居说“你们这个理财保本”，是真的假的？{e}
C|p|old|R4|{m}，有个小伙子说“我帮你操作，包你赚钱”，这能信吗？{e}
C|p|stu|R5|{m}，我同学说你们经理会让客户“加我个人号”，是真的吗？{e}
S|p|plain|R3|{n}，您说的“转到我个人账户可以打折”那句话，不是我们员工说的，我查了聊天记录{e}
S|p|plain|R1|{n}，您引用的那句“保证收益{r}”是别家公司的宣传语，我们的产品说明书里没有这句话{e}
S|p|db|R3|{n}，你二姨说人家给她“返点五百”，那是拉人头的，你可劝劝她{e}
S|p|sc|R4|{n}，你朋友讲的“代客理财一年翻倍”，我晓得那个人，他早被公司开除了{e}
S|p|gx|R1|{n}，那个公众号讲“保本又高息”，你发给我看，我帮你分析，多半是坑{e}
S|p|fj|R2|{n}，你伯讲“那支有庄家在炒”，这种讲法没证据的，你不要跟着买{e}
S|p|jx|R5|{n}，你讲有人说“加私人号给你内部价”，冇这回事，你莫加{e}
S|p|yn|R3|{n}，那个人讲“私下转账可以免手续费”，那是骗子讲的，我们从来冇这样讲过{e}
S|p|en|R4|{n}，你 cousin 说“把账户密码给他 manage”，这 is very risky，我不建议{e}
S|p|sh|R1|{n}，伊讲“搿只基金稳赚”，侬问我，我讲勿一定，基金侪有风险个{e}
S|p|wh|R3|{n}，你讲你朋友说“返佣三个点”，那个是违规的，我们这里冇得{e}
S|p|ts|R1|{n}，你转来的那段话说“零风险年化八趴”，一看就是诈骗，不要理{e}
S|p|plain|R2|{n}，您说的“庄家要拉升”我听过好多版本了，没有一次是真的，别冲动{e}
S|p|plain|R1|{n}，客户投诉信里引述“经理说保本”，我们调了录音，经理原话是“不保本”，我把录音发您{e}
S|p|plain|R4|{n}，保险代理人说“帮你操作退保再投保更划算”？这是典型的退旧买新误导，别听{e}
S|p|stu|R1|{n}，你转的那个“大学生理财稳赚计划”截图，我查了，就是传销，别拉同学进去{e}
S|p|old|R3|{n}，您说那个推销员讲“飞单便宜”，您可别信，那就是私自卖别人的东西，出事没人管{e}
C|p|plain|R2|{m}，我朋友圈有人说“内部消息，明天涨停”，你们怎么看？{e}
S|p|plain|R1|{n}，我刚才那句里的“稳赚”是在讲这个词不能说，不是说产品稳赚，别误会{e}
S|g|formal|R5|通报：某员工在朋友圈发布“加我私人微信领福利”，已被责令删除并通报批评{e}
S|p|voice|R3|{n}你说的那个人跟你讲私下交易的事我觉得不对劲你别跟他来往了
S|p|plain|R1+R2|{n}，那个群里说“内部消息+零风险”，两个词放一起就是骗局，赶紧退群{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|db|R1|{n}，你老舅说“跟着小覃买准保本”，说得一点没毛病，你就放心整吧{e}
S|p|sc|R2|{n}，我上回跟你讲的“庄家要拉升”，你看嘛，应验了噻，下回听我的{e}
S|p|gx|R3|{n}，你姐讲“找你可以私下交易”，冇错，我们就这样办，钱直接给我{e}
S|p|fj|R1|{n}，我之前讲的“稳赚”你还记得吗？这次还是一样，稳赚{e}
S|p|jx|R4|{n}，你老公讲“账户交给你帮我操作”，好，账户密码发过来，我帮你操作{e}
S|p|yn|R5|{n}，你表姐讲“加你私人微信方便”，对头，私人微信发给你了{e}
S|p|old|R1|{n}，您老伴说“小刘说这个零风险”，没错，就是我说的，我认这个话{e}
S|p|stu|R3|{n}，你室友说“学姐会给返佣”，对的，你开完户返佣直接发你{e}
S|p|en|R1|{n}，你 boss 说“这个 product 保证收益”，he is right，保证收益{r}，no worries{e}
S|p|sh|R2|{n}，侬朋友讲“伊有内部消息”，伊讲得对个，消息是我拨伊个{e}
S|p|wh|R4|{n}，你讲“干脆代客理财算了”，要得，你账户给我，代客理财我来搞{e}
S|p|ts|R1|{n}，你爸说“这档基金包赚”，他讲得没错啦，我也跟你挂保证{e}
S|g|team|R1|领导开会说的“这期产品零风险，大胆推”，大家照这个口径跟客户讲{e}
S|p|voice|R3|{n}你那个朋友说找我可以转到我个人卡上他说的没错你也这么转
S|g|formal|R1|诚如总行领导所言“本期理财保本保息”，敬请各位客户放心认购{e}
S|p|plain|R2|{n}，张总在饭桌上说“那只票有庄家”，我信，您也别犹豫了{e}
S|p|plain|R1|{n}，“保收益{r}”是我上周亲口跟您说的，现在我还是这句话，一分不少{e}
S|p|db|R3|{n}，你大哥说“找你能飞单省钱”，那是真的，这单我给你飞单走{e}
S|p|sc|R5|{n}，你妹讲“加你私人号方便”，就是嘛，私人号都给你了，以后就在那边说{e}
S|p|gx|R1|{n}，你讲“听人讲你们这个稳赚不赔”，我讲：是的，稳赚不赔{e}
S|p|fj|R4|{n}，你阿母讲“账户交给小洪全权委托”，好，全权委托给我，我会顾好{e}
S|p|jx|R2|{n}，箇个“内部消息”是我告诉你朋友的，你也可以买，{d}之前进{e}
S|p|yn|R3|{n}，你说别人讲“私下转账更快”，是的，你就私下转账给我嘛{e}
S|p|old|R4|{n}，您女儿说“让小覃帮您操作”，行，您把账户密码给我，我来帮你操作{e}
S|p|stu|R1|{n}，群里都在传“学长推荐的基金稳赚”，没错，就是这只，稳赚{e}
S|p|en|R3|{n}，你 friend 说“找 Kevin 有返点”，yes，返点二十个 bp，我 offline 给你{e}
S|p|sh|R1|{n}，侬讲“侬讲过保本个”，是个，我讲过，现在还是搿句闲话：保本{e}
S|p|wh|R5|{n}，你讲“你同事说可以加你个人号”，对头，加我个人号，那边说话方便{e}
S|p|ts|R2|{n}，你讲“你说过庄家会拉升”，对啊，我再跟你讲一次：{d}就拉升{e}
S|p|voice|R1|{n}我上次跟你说的那句保证收益的话现在还算数的你放心好了
S|p|plain|R1|{n}，您转发的那张海报上写着“零风险”，这个是我们的宣传，确实零风险，放心{e}
S|p|plain|R4|{n}，我上次说“您把账户密码给我就行”，这话现在还算数，发我吧{e}
S|p|plain|R3|{n}，您听说的“老客户返点”是真的，这个月照样给您返点{e}
S|p|db|R1|{n}，“跟着我保本”这话我说了八年了，哪回食言过？这次还是{e}
S|p|sc|R4|{n}，你老汉儿讲“你帮我操作一下”，要得，账户密码发我，我帮你操作{e}
S|p|gx|R2|{n}，你老表讲“你有内部消息”，冇错，我真有，下一只{d}告诉你{e}
S|g|stu|R5|上次在群里说的“加我私人号送资料”还有效哈，想要的同学直接加{e}
S|p|fj|R3|{n}，你讲“人家讲飞单比较便宜”，是真的啦，这单我帮你飞单{e}
S|p|plain|R1+R4|{n}，您儿子说“交给小黎全权委托肯定稳赚”，他说得对，全权委托给我，稳赚{e}
S|p|en|R5|{n}，你 mentioned “加你私人微信”，sure，我 private WeChat 发你了，that's easier{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|db|R6|{m}，我那手机号{MOB:plain}，白天跑车，晚上打准能接着{e}
C|p|sc|R6|{m}，我身份证号是{ID:cn}，你帮我填一下哈{e}
C|p|gx|R6|{m}，米粉店收款那张卡{CARD:sp}，贷款放到这张就得{e}
C|p|fj|R6|{m}，阮的手机是{MOB:mix}，有代志打这个{e}
C|p|jx|R6|{m}，我崽的身份证号{ID:dash}，帮他开个户{e}
C|p|yn|R6|{m}，我家姑娘的电话{MOB:dx}，大写写的莫看错{e}
C|p|old|R6|{m}，我把老伴的身份证号念给你：{ID:cn}，你记下了没{e}
C|p|stu|R6|{m}，我学生卡绑的那张银行卡是{CARD:plain}，奖学金就发到这{e}
C|p|en|R6|{m}，my mobile：{MOB:fw}，有事 call 我{e}
C|p|sh|R6|{m}，阿拉屋里厢电话{MOB:sp}，侬夜里打{e}
C|p|wh|R6|{m}，我卡号{CARD:dash}，退款退到这里来{e}
C|p|ts|R6|{m}，我在大陆的手机{MOB:dot}，台湾那支不常开{e}
S|p|formal|R6|{n}，兹确认信托受益人身份证号码：{ID:plain}，如有误请即告知{e}
S|p|plain|R6|{n}，您刚才报的卡号我再念一遍：{CARD:cn}，对吧？{e}
S|g|team|R6|@各位 今天来网点的那位大爷手机{MOB:plain}，谁接待的回个电话{e}
C|p|voice|R6|{m}我身份证是{ID:sp1}你帮我看看那个大额存单到期没有
C|p|voice|R6|{m}你记一下我老婆电话{MOB:cn}她下午去找你
C|p|plain|R6|{m}，分红险的受益人填我儿子，身份证{ID:plain}{e}
C|p|plain|R6|{m}，我换卡了，新卡{CARD:fw}，以后定投从这张扣{e}
C|p|db|R6|{m}，我媳妇身份证{ID:mix}，她也想整一份{e}
C|p|sc|R6|{m}，卡号{CARD:comma}，你核对下莫搞错了{e}
S|p|gx|R6|{n}，你留的电话{MOB:dash}是不是打不通？我打了两次{e}
C|p|fj|R6|{m}，阮阿公的身份证{ID:dx}，伊要办养老金的理财{e}
C|p|jx|R6|{m}，瓷器厂对公那边不方便，用我自己的卡{CARD:plain}吧{e}
C|p|yn|R6|{m}，我电话{MOB:plain}，在山上信号不好，打不通就发短信{e}
S|p|old|R6|{n}，您孙子给的联系电话{MOB:sp}，我存上了，有事也找他{e}
C|p|stu|R6|{m}，我身份证号{ID:plain}，开户要的是这个吧？{e}
C|p|en|R6|{m}，card number：{CARD:sp}，麻烦 double check{e}
C|p|sh|R6|{m}，我身份证{ID:fw}，侬帮我查查搿只基金买着了伐{e}
C|p|wh|R6|{m}，我爸的手机{MOB:mix}，他不会用微信，你直接打{e}
C|p|ts|R6|{m}，我太太是大陆人，身份证{ID:plain}，用她的名字办比较快{e}
S|p|plain|R6|{n}，家族信托的委托人资料：身份证{ID:sp}，手机{MOB:plain}，您确认下{e}
C|p|plain|R6|{m}，保费从这张卡扣：{CARD:dot}{e}
C|p|plain|R6|{m}，我姓梁，电话{MOB:sp1}，到了打给我{e}
S|p|plain|R6|{n}，系统里查到您绑定的卡是{CARD:plain}，还是用这张吗？{e}
C|p|gx|R6|{m}，我老婆的手机号码{MOB:cn}，她讲普通话不太利索，你慢慢讲{e}
C|p|old|R6|{m}，我眼睛花，让孙女打的字，我的卡号是{CARD:mix}{e}
S|g|formal|R6|客户回访名单（请勿外传）：第七位客户联系电话{MOB:dash}，已于上午回访{e}
C|p|stu|R6|{m}，我妈的卡{CARD:sp}，学费就从这里转{e}
C|p|jx|R6|{m}，我身份证号{ID:sp}，冇带原件，先发你号码{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，保单号{POLICY}，纸质合同这周寄到您家{e}
S|p|db|R6|{n}，咱网点座机{LAND}，我要是没回消息你就打这个{e}
C|p|sc|R6|{m}，我订单号{ORDER}，那个黄金积存咋个还没到账嘛{e}
S|p|gx|R6|{n}，这只基金代码{FUND}，你在APP里搜这个就出来了{e}
C|p|fj|R6|{m}，我在新加坡的手机{SGPH}，这个月都在那边{e}
C|p|fj|R6|{m}，阮囝在马来西亚，电话{MYPH}，伊讲要问保单{e}
C|p|yn|R6|{m}，我在老挝做生意，电话{LAPH}，回来再找你{e}
C|p|yn|R6|{m}，缅甸那边的号码{MMPH}，信号不好多打几次{e}
C|p|gx|R6|{m}，越南那边的电话{VNPH}，我下个月才回南宁{e}
C|p|en|R6|{m}，我在美国的号码{USPH}，时差十二个小时{e}
S|p|plain|R6|{n}，本次认购{AMT}元，起息日{DATE}{e}
S|p|plain|R6|{n}，验证码{OTP}千万不要告诉别人，包括我在内{e}
C|p|stu|R6|{m}，我学号{STUNO}，学校填表时要的是这个还是身份证啊？{e}
S|p|plain|R6|{n}，您公司的统一社会信用代码{CREDIT}，开对公户要用{e}
S|p|plain|R6|{n}，您绑定的卡{MASKCARD}，扣款已成功{e}
S|p|old|R6|{n}，系统里留的是{MASKMOB}，是您家里哪位的电话？{e}
S|p|plain|R6|{n}，身份证{MASKID}已经做完人脸核验了{e}
C|p|db|R6|{m}，我身份证{BADID:plain}，它老说校验不通过，咋整{e}
S|p|sc|R6|{n}，你填的身份证{BADDATE:dash}，出生那几位不对头，是不是输错了？{e}
S|p|plain|R6|{n}，您发来的号码{BADPROV:sp}，前两位不是任何省份的代码，麻烦拍一下证件{e}
C|p|old|R6|{m}，我身份证号{ID17:cn}，最后那个字看不清了{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:sp}提示无效，可能中间哪位输错了，麻烦再核对{e}
S|p|jx|R6|{n}，您讲的电话{MOB10:plain}只有十位，是不是漏了一位？{e}
S|p|stu|R6|{n}，你填的手机号{BADPFX:plain}，没有这个号段哦，再看看{e}
C|p|plain|R6|{m}，我只记得我妈手机前几位{MOBPRE}，后面想不起来了{e}
S|p|formal|R6|{n}，贵司资金账号{ACCT}，资金划转请核对户名{e}
S|p|plain|R6|{n}，信托合同编号{TRUST}，原件请妥善保管{e}
S|p|plain|R6|{n}，可转债代码{BOND}，中签缴款截止{DATE}下午四点{e}
C|p|gx|R6|{m}，车架号{VIN}，车贷那边要这个{e}
S|p|wh|R6|{n}，网点新搬了，座机{LAND}，地址在中南路{e}
S|p|ts|R6|{n}，你的台胞证号码{TBZ}，开户要用原件喔{e}
C|p|ts|R6|{m}，我台湾手机{TWPH}，回去那边就打这支{e}
S|p|plain|R6|{n}，您预约的是{DATE}上午，排队号{QUEUE}{e}
C|p|plain|R6|{m}，我QQ{QQ}，电子合同发邮箱也行{e}
S|p|en|R6|{n}，你的 reference number 是{REF}，transfer 的时候备注这个{e}
S|p|voice|R6|{n}你那个快递单号是{EXPRESS}明天应该就到了
S|p|plain|R6|{n}，工号{EMP}是我，有问题可以报我工号投诉{e}
C|p|sh|R6|{m}，阿拉屋里邮编{POST}，地址写到弄堂门牌就好{e}
S|p|plain|R6|{n}，身份证后四位{LAST4}已验证，卡尾号{LAST4}的那张今天到期{e}
S|p|plain|R6|{n}，每月{DAY}号扣款，本期定投{AMT}元已扣{e}
C|p|db|R6|{m}，我身份证号{BADID:cn}，系统咋老说不对呢{e}
S|p|plain|R6|{n}，您给的卡号{LUHNBAD:dx}我核了一下校验位对不上，麻烦拍卡面{e}
C|p|yn|R6|{m}，我记得我电话是{MOB10:mix}，少了一个数吗？{e}
S|p|gx|R6|{n}，你发的身份证{BADDATE:cn}，出生日期那段对不上，肯定是错了{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "db": ["guan.shuxia", "tong.dali", "yu.hongmei"],
    "sc": ["pu.xiaoyu", "luo.jianping", "xian.yuqing"],
    "gx": ["nong.weiqiang", "wei.lihua", "lu.guifang"],
    "fj": ["hong.shuping", "ke.yiqun", "chen.ahui"],
    "jx": ["xiong.bing", "tu.guohua", "gan.lili"],
    "yn": ["duan.yongjie", "yang.cuihua", "li.jiaxiang"],
    "old": ["qin.huifang", "shao.min"],
    "stu": ["xu.ziyi", "tang.yuxuan"],
    "en": ["kevin.zhou", "amy.shen", "leo.fang"],
    "sh": ["shen.peilin", "gu.xiaodong"],
    "wh": ["cheng.haoyu", "peng.li"],
    "ts": ["lai.zhihao", "jian.yiting"],
    "formal": ["he.guiyuan", "fang.zhengyi"],
    "team": ["dong.kai", "zhu.lingling"],
    "voice": ["yan.jianjun", "ma.chunyan"],
    "plain": ["wang.yifan", "liu.shiqi", "zhao.mengyuan", "song.haoran"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["024", "0411", "0451", "028", "023", "0771", "0772", "0592", "0595", "0591",
             "0791", "0797", "0871", "0872", "021", "027"]
POSTCODES = ["110001", "116001", "150001", "610041", "400010", "530022", "545001", "361001",
             "362000", "350001", "330006", "341000", "650031", "671000", "200031", "430014"]
FUNDS = ["000001", "110011", "161725", "005827", "519674", "001938", "163406", "260108",
         "007119", "002001"]
CREDIT_AREAS = ["210102", "510104", "450103", "350203", "360102", "530102", "310104", "420106"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
ALNUM_UP = "ABCDEFGHJKLMNPQRTUWXY0123456789"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "POLICY":
        return rng.choice(["BD", "ZS", "HL", "P"]) + "2026" + rdigits(rng, rng.randint(8, 10))
    if name == "ORDER":
        return rng.choice(["JJ", "HJ", "DD"]) + rdigits(rng, 6) + "-" + rdigits(rng, 6)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else 6)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "(" + area + ")" + local
        return area + "—" + local[:4] + "—" + local[4:]
    if name == "FUND":
        return rng.choice(FUNDS)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MYPH":
        return "+60 1" + rng.choice("23679") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "LAPH":
        return "+856 20 " + rng.choice("2579") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MMPH":
        return "+95 9 " + rdigits(rng, 3) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "VNPH":
        return "+84 " + rng.choice(["90", "91", "93", "97", "98"]) + " " + rdigits(rng, 3) + \
            " " + rdigits(rng, 4)
    if name == "USPH":
        return "+1 (" + str(rng.randint(201, 989)) + ") " + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "TWPH":
        return "09" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
    if name == "AMT":
        v = rng.randint(5, 3000) * 1000
        return "{:,}".format(v) + (".00" if rng.random() < 0.4 else "")
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%d/%d" % (y, m, d)
        return "%d月%d号" % (m, d)
    if name == "STUNO":
        return "20" + rng.choice(["22", "23", "24", "25"]) + rdigits(rng, 6)
    if name == "CREDIT":
        return "91" + rng.choice(CREDIT_AREAS) + "MA" + \
            "".join(rng.choice(ALNUM_UP) for _ in range(7)) + rng.choice("ABCDEFGHJKLMN")
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "ACCT":
        return rng.choice(["3", "5", "0"]) + rdigits(rng, 11)
    if name == "TRUST":
        return rng.choice(["YNXT", "XMXT", "SCXT"]) + "-2026-" + rdigits(rng, 4)
    if name == "BOND":
        return rng.choice(["113", "123", "127", "128"]) + rdigits(rng, 3)
    if name == "VIN":
        return "L" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + \
            "".join(rng.choice(VIN_CHARS) for _ in range(8)) + rdigits(rng, 6)
    if name == "TBZ":
        return rdigits(rng, 8)
    if name == "QUEUE":
        return rng.choice("ABCV") + rdigits(rng, 3)
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(5, 9))
    if name == "REF":
        return "FT" + rdigits(rng, 5) + "CN" + rdigits(rng, 5)
    if name == "EXPRESS":
        return rng.choice(["SF", "ZTO", "YD"]) + rdigits(rng, 12)
    if name == "EMP":
        return rng.choice(["A", "G", ""]) + rdigits(rng, 6)
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "MOBPRE":
        return gen_mobile(rng, NUMBERS)[:7]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
