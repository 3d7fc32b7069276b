#!/usr/bin/env python3
"""Blind held-out evaluation set 24 ("heldout24") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author never opened the scanner, its rule files, its tests, its archive,
its commit history, the training-corpus generator or any other evaluation set, and searched
nothing (no web or code search).  The only files read were scripts/evasion_heldout22.py, as
the format model (its docstring, its layout and its helper code: the traditional table, the
numeral converters, the number validity checks, the build and the self-checks are reused),
and scripts/eval_categories.sh.  Every template below is new, written from general knowledge
of how Chinese-speaking financial sales staff and their customers talk on WeCom (企业微信).
The set exists to measure how well the scanner generalises: do not tune the scanner to it,
do not add it to any training data, and run it once.

Voices
------
Hunan (Changsha) and Jiangxi (Nanchang) speech; Anhui and Jiangsu (Nanjing / Yangzhou)
Mandarin; Hebei and Shanxi speech; Gansu and Xinjiang Han Mandarin; Guangzhou Cantonese
written colloquially; Hong Kong financial jargon mixed with English; Fuzhou speech; Chaoshan
merchants; Hangzhou speech; retired teachers and civil servants as customers; young
white-collar customers and staff using abbreviations and pinyin initials; staff who over-use
emoji and kaomoji; branch managers giving year-end target speeches; compliance trainers
running quizzes; outsourced telemarketers; customer-service scripts pasted into chat; plain
Mandarin staff and customers.
Settings: bancassurance sales at the counter, dividend insurance, universal life accounts,
trust products, private equity, Hong Kong insurance, forex, precious-metal deferred trading
(T+D), P2P victims asking for help, personal pension accounts (个人养老金), wealth-management
subscriptions at quarter end, credit-card cash-out offers, house-purchase down-payment
loans, community group-buy owners turned fund sellers.

Hard cases
----------
Spread over every keyword category, in many sentence shapes: the deciding clause two to four
clauses from the keyword, across full stops; negation scope across commas; double and
triple negation; rhetorical questions that assert or urge (hits) against real questions and
questions answered "no" (near misses); irony and sarcasm; conditional offers and threats;
a reported question followed by the speaker's real answer (yes or no, sometimes in dialect);
corrections and retractions in both directions; concessions; lists and headings; a keyword
inside a product, app, event, file, book or course name (near miss); a prohibition phrased
without any keyword next to a separate real violation (labelled with the violation only);
quoting one's own earlier promise and standing by it (hit) against quoting a scammer, a
customer, a relative or a news report (near miss); training material and quizzes showing
wrong examples (near miss); emoji and kaomoji between words; an honest sentence and a
violation in one message (hit); customers asking for violations (near misses only); staff
refusing and then quietly offering a workaround (hit) against refusing and offering a
legitimate alternative (near miss).  Keywords are split by one of the separators
``· -_*.~`` in a minority (more than 0 and under 15 %) of each keyword category's hits; 25 %
of every category is in traditional characters through the one-to-one table ``_TRAD_PAIRS``
(ambiguous characters left out; the fold-back round trip is checked exactly; Hong Kong
messages are converted first).
Numbers: valid mobiles, resident IDs (real check character, valid birth date, province code
of a listed area) and Luhn-valid bank cards in Chinese numerals, 大写, mixed Chinese/Arabic,
full-width digits and split by spaces, dashes, dots and commas, versus look-alikes: bad ID
check characters, impossible birth dates, bad province codes, 17-digit IDs, Luhn failures,
masked numbers, order / policy / contract / case / tracking / transaction codes, landlines
and hotlines, Hong Kong / Macau / Singapore / US / Kazakhstan phones, amounts, dates, QQ
numbers, postcodes, one-time codes, fund and product codes, 10-digit and bad-prefix mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout24.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h24_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 24_2026_1206
SET_NAME = "heldout24"
MSGID_PREFIX = "h24"
T0 = 1773000000000
SEQ0 = 960000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("hk",)     # Hong Kong messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147",
              "150", "151", "152", "155", "156", "157", "158", "159", "166", "171", "173",
              "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188",
              "189", "191", "193", "195", "198", "199"]
# Changsha, Nanchang, Hefei, Nanjing, Yangzhou, Shijiazhuang, Taiyuan, Lanzhou, Urumqi,
# Guangzhou, Fuzhou, Shantou, Chaozhou, Hangzhou, Beijing, Shanghai.
AREAS = ["430102", "430103", "430104", "430111", "360102", "360103", "360111", "340102",
         "340104", "320102", "320104", "320106", "321002", "321003", "130102", "130104",
         "140105", "140106", "620102", "620103", "650102", "650103", "440103", "440104",
         "440106", "350102", "350104", "440507", "440511", "445102", "330102", "330106",
         "110102", "310104"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "623668", "621483", "622609", "625955",
               "622262", "621226"]
CARD_BINS19 = ["6222020", "6228480", "6217000", "6212260", "6230520", "6217850"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19,
                     bad_date_months=[13, 16, 18, 20, 0], bad_date_days=[0, 32, 33, 38])


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["王姐", "刘叔", "陈阿姨", "周师傅", "李大哥", "孙姐", "吴伯", "郑总", "黄姨", "马老板",
          "胡老师", "彭哥", "杨姐", "曹老师", "许叔", "邓姐", "谢老板", "蔡叔", "罗阿姨", "江总"],
    "m": ["小刘", "刘经理", "彭经理", "小熊", "陈主管", "小谢", "胡经理", "小杨", "黄经理",
          "小邓", "江专员", "小蔡"],
    "e": ["", "", "😊", "👍", "🙏", "😅", "🤗", "💰", "🌸", "✌️", "👏", "😁"],
    "j": ["(＾▽＾)", "(๑•̀ㅂ•́)و✧", "(´・ω・`)", "╮(╯▽╰)╭", "(＞﹏＜)", "ヾ(≧▽≦*)o",
          "(ง •_•)ง", "o(*￣▽￣*)ブ", "(｡･ω･｡)", "(≧∇≦)ﾉ", "(｀・ω・´)"],
    "d": ["明天上午", "周四下午", "季末前", "下周二", "今晚七点半", "大后天", "这个礼拜", "月底",
          "元旦前", "下个月初"],
    "a": ["3万", "8万", "12万", "25万", "40万", "60万", "100万", "150万", "200万", "500万"],
    "r": ["3.2%", "3.6%", "4%", "4.5%", "5.2%", "6.5%", "7%", "8%", "3.75%", "4.25%"],
    "k": ["小彭", "小熊", "胡经理", "黄主管", "谢经理", "小邓", "江专员", "陈姐", "小蔡",
          "刘经理"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; hk is converted to traditional
#          first)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|hunan|R1|{n}，咯只分红险到期保本还有分红，你港咯样的好事到哪里去找咯？霸得蛮一点，{d}就定了它{e}
S|p|jx|R1|{n}，么里叫风险啊？咯个信托做了五年，哪一期不是稳赚的？你还怕么里嘞{e}
S|p|ah|R3|{n}，走柜台要排半天队，你私下转账给我，我下午就给你办好，可照？{e}
S|p|nj|R1|{n}，阿是怕亏啊？这个万能账户摆在那块，稳赚的东西你还犹豫么事？{e}
S|p|hb|R2|{n}，你说我这内部消息哪回不准？上礼拜说的那只，是不是第二天就拉升了？这回还不跟？{e}
S|p|sx|R4|{n}，你一个退了休的人，天天盯着那黄金T+D做甚？账户密码给我，我帮你操作，不比你自己瞎捣鼓强？{e}
S|p|gs|R1|{n}，这款年金零风险，娃娃的学费就靠它了，你还有啥麻达？嫑再想了{e}
S|p|xj|R5|{n}，公司这个号一天几百条消息，你加我私人微信不就亚克西了吗？有啥事我第一时间回你{e}
S|p|gz|R1|{n}，你去边度揾一只保本又派息嘅嘢？银行定期都冇咁好啦，仲唔快啲？{e}
S|p|hk|R1|{n}，呢张policy保本，IRR仲有{r}，你话边度揾？market咁差都唔使惊啦{e}
S|p|fz|R3|{n}，公司流程丫慢，钱转到我个人卡上，我当天就帮你买好，这样不是更省事吗？{e}
S|p|cz|R3|{n}，胶己人讲实话，飞单手续费少一半，你做生理这么多年，这个账还算不清？{e}
S|p|hz|R2|{n}，晓得伐，庄家老早进去了，{d}就要拉升，你还在边上看啥西？木佬佬人都上车了{e}
S|g|boss|R1|同志们，年底冲刺还差两千万！咱们的分红险哪一款不是保本的？客户凭什么不买？明天就把这句话讲出去{e}
S|g|emoji|R1|亲们🥰🥰这款年金💰稳赚不赔💰，{d}截止⏰⏰，还不冲还等啥呀{j}
S|p|tele|R1|您好{n}，我是XX财富的，打扰您一分钟，我们这款信托零风险、年化{r}，这么好的机会，您不考虑一下吗？{e}
S|p|young|R2|{n}，yysy，这票有内幕消息，庄家已经埋伏好了，dddd，不上车等着吃灰吗？{e}
S|p|plain|R4|{n}，您白天上班哪有空盯外汇？全权委托给我，点差我都帮您盯着，难道还有比这更省心的？{e}
S|p|plain|R1|{n}，个人养老金每年一万二，放我推荐的这只养老目标基金，保本还能抵税，这种好事你上哪找？{e}
S|p|plain|R1|{n}，季末这期理财业绩比较基准{r}，说白了就是保证收益，你说哪家存款给得了这个数？{e}
S|p|plain|R3|{n}，信用卡套现那点手续费算啥？我这边返点给你一个点，你说是不是比你自己去刷划算？{e}
S|p|plain|R3|{n}，首付差{a}？这有什么难的，贷款下来私下交易走一圈，哪个买房的不是这么弄的？{e}
S|g|plain|R2|各位团友，团长啥时候坑过大家？我表哥在券商，内部消息说这只基金{d}要拉升，要上车的私我{e}
S|p|script|R1|【标准答复】尊敬的客户您好，本产品为保本型，到期本金全额返还，您还在担心什么呢？{n}，以上供参考{e}
S|p|nj|R5|{n}，你说企业微信上讲话多不方便，阿要加我私人号？加了有事直接喊我，多大事啊{e}
S|p|hunan|R4|{n}，你娭毑七十多岁哒，哪里会弄手机银行咯？账户密码港给我听，我帮你操作，冒得问题{e}
S|p|hb|R1|{n}，你瞅介个黄金延期，跌了我给你补，涨了都是你的，这不就是稳赚不赔吗？还琢磨嘛呀{e}
S|p|gs|R3|{n}，你给我说实话，别家给你返佣了没？没给吧？我给，一个点，这还用想吗{e}
S|p|xj|R2|{n}，你想一哈，庄家都在往里面搬砖呢，你不跟着喝口汤，等着当勺子吗？{e}
S|p|cz|R1|{n}，我哪时骗过胶己人？这份香港分红险稳赚，你不买，阿嫂都要怪你{e}
S|p|fz|R4|{n}，你儿子在外地，你一个人弄不来的，代客理财我做过丫多，交给我有什么不放心的？{e}
S|p|young|R1|{n}，这款稳赚yyds，闭眼冲，u1s1不买真的会后悔，你说是不是{e}
S|p|emoji|R5|{n}～公司号老是消息太多漏看😭😭加我私人微信嘛💕💕这样不是更快吗{j}
S|p|plain|R1|{n}，这款增额终身寿不可能不保本，您何必不放心呢？{e}
S|p|plain|R3|{n}，不是没有返点，是不能到处说，你说我会亏待老客户吗？{e}
S|p|hz|R4|{n}，你屋里厢事情木佬佬多，帮你操作我来，老底子不都是我弄的？还客气啥西{e}
S|p|plain|R2|{n}，刚才群里我说“没有内幕消息”是怕别人看见，你说我能没有吗？{d}那只票有人拉升，你先进{e}
S|p|tele|R5|{n}您好，电话里不方便细说，您加我私人号，资料我私发给您，您看这样好不好？{e}
S|g|boss|R3|各位，这个季度谁还没开单？飞单不敢做，返点也不敢给，那你们凭什么跟隔壁行抢客户？该给的给{e}
S|p|gz|R3|{n}，公司个户口要三日先到，你直接转到我个人户口，今日就帮你买咗，咪仲快？{e}
S|p|ah|R1|{n}，这个私募俺们行卖了三年，哪个客户亏过？说是浮动，其实就是稳赚，你还等么斯？{e}
S|p|sx|R2|{n}，你这回要是不跟着买，往后有内部消息我可就不给你说了，你自己掂量掂量{e}
S|p|hb|R1|{n}，哟，还怕亏呢？我卖了十年保本的东西，倍儿稳，你还有嘛不放心的{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|retired|R1|{m}，我退休前教了三十年数学，这个“保本”到底是合同里写的，还是你们口头说的？麻烦给我看条款{e}
S|p|hunan|R1|{n}，保本？冒得咯回事咯，分红险的分红是不保证的，我港清楚哒，你莫听别个乱港{e}
S|p|jx|R1|稳赚？{n}，你听哪个港的嘞，咯个私募净值天天在动，冇得稳赚咯事{e}
S|p|ah|R2|{n}问俺有没有内部消息，俺跟你说实话：没有。有也不能说，那是犯法的{e}
S|p|nj|R3|{n}，你问阿能私下转账？不能，一分钱都要走对公账户，多大事也不能破这个例{e}
S|p|hb|R4|{n}，账户密码给我？那可别价，你自个儿留好，谁问都甭给，包括我{e}
S|p|sx|R4|{n}问我能不能全权委托，做不了，解下了没？你自己拿主意，我给你讲清楚利弊{e}
S|p|gs|R1|{n}问零风险的理财有没有，说实话没有，最稳的也就是存款，尕娃的学费放定期就行{e}
S|p|xj|R1|{n}，稳赚不赔？听着亚克西，可世上没这号东西，你莫当勺子{e}
C|p|young|R1|{m}，bdjw，这个养老金产品保本吗？我看评论区有人说保本有人说不保{e}
S|p|gz|R1|{n}问呢只基金系咪稳赚，梗系唔系啦，有升有跌，你唔好听人讲{e}
S|p|hk|R1|{n}，你问呢张policy系咪保证收益？唔系，dividend系non-guaranteed，要睇埋分红实现率{e}
S|p|fz|R2|{n}，伊跟你讲庄家要拉升，你就信？这种话丫多人讲，都是骗钱的{e}
S|p|cz|R3|{n}，阿兄问飞单可做无？我讲实话，无，做了我饭碗无了，你的镭也无保障{e}
S|p|hz|R5|{n}，私人微信要加伐？不好加的，公司规定，有事体企业微信找我，老快的{e}
C|p|retired|R4|{m}，我老伴问能不能代客理财，他眼睛不好看不清屏幕，我说我先问问你，这个允许吗？{e}
S|p|emoji|R1|{n}～保本的吗？🤔不是哦❌这款是净值型的📉📈会有波动的呢{j}
S|p|tele|R1|{n}，您刚问这个是不是零风险对吧？不是的，录音里我也讲清楚了，信托是有风险的{e}
S|p|script|R1|【标准答复】客户问“是否保本”时：本产品不保本、不保证收益，过往业绩不代表未来表现。{n}，以上是统一口径{e}
S|g|trainer|R3|【每日一问】客户说“给点返点我就买”，你该怎么回？A.答应 B.私下答应 C.拒绝并说明原因。正确答案：C{e}
S|g|trainer|R1|小测验：下面哪句话违规？①“本产品保本保收益” ②“本产品有风险，请谨慎”。答案是①，大家记住{e}
S|p|plain|R2|{n}，内幕消息？我要是有内幕消息，还用每天加班到九点？{e}
S|p|plain|R3|{n}，私下交易能省手续费？是能省，省掉的是你将来维权的路，值吗？{e}
S|p|plain|R4|{n}，您问外汇账户能不能全权委托给我们？不能，账户只能您本人下单{e}
C|p|plain|R3|{m}，别的银行都有返佣，你们为什么没有？{e}
C|p|gz|R5|{m}，你有冇私人微信啊？我阿妈想直接问你嘢{e}
S|p|plain|R1|{n}，P2P爆雷之前，那些平台哪个不说自己稳赚？现在钱在哪？所以听到这俩字您就要警惕{e}
S|p|plain|R1|{n}，您问黄金T+D是不是稳赚？加了杠杆的东西怎么可能稳赚，保证金不够会被强平的{e}
S|p|plain|R3|{n}，首付能不能私下转账过个桥？这个真不行，首付必须是自有资金{e}
S|p|ah|R1|{n}，你说保本的理财有没有？没有。要是一分本金都不想亏，只能存大额存单，那是存款不是理财，可照？{e}
S|p|nj|R2|{n}，周六网点搞掼蛋友谊赛，抽签定庄家，阿要来玩玩？纯娱乐，不谈业务{e}
S|p|hb|R1|{n}，您问这款万能险是不是保证收益？保证的只是保底利率那部分，结算利率是浮动的，这个得跟您讲明白{e}
C|p|retired|R1|{m}，我在机关干了一辈子，从没见过零风险的投资，你们宣传单上为什么印这三个字？{e}
S|p|young|R4|{n}，dbq，你说把账户密码发我？不行哈，自己收好，我录个操作视频发你{e}
S|p|jx|R5|{n}，你问加我个人号做么里？冇必要嘞，就咯里聊，我天天在线{e}
S|p|hk|R2|{n}，你话有人讲inside news，有内幕消息？不如问下佢点解唔自己all in，仲要话俾你知？{e}
S|p|cz|R1|{n}，包赚的生理有无？阿兄你做了三十年生理，你讲有无？无嘛，投资也一样{e}
S|p|plain|R4|{n}问能不能帮你操作申购季末那期理财？申购得您自己在手机银行点，我可以视频教您一步一步点{e}
S|p|emoji|R2|{n}宝～内部消息什么的🙅‍♀️真的没有哦，我们只看公开研报📑{j}
S|p|hz|R1|{n}，稳赚的话我自己早就一塌刮子买进去了，还要上班伐？这个有风险的，你想想清楚{e}
S|p|xj|R2|{n}，飞机拉升那一下是不是又心慌了？落地乌鲁木齐给我说一声，材料我都准备好了{e}
S|p|plain|R1|{n}，您问保本的事，我查了合同。又问了保险公司。还翻了去年的分红报告。结论是：不保，提前退保会亏{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|hunan|R3|{n}，行里是不准收好处，咯个我晓得。不过你咯笔{a}的分红险，返点我私下给你一个点，莫港出去咯{e}
S|p|jx|R4|{n}，行里规定不让我们替客户拿主意，咯个冇错。但你把账户密码给我，我帮你操作，你放一百个心{e}
S|p|ah|R1|{n}，上头规定不准讲收益，俺就不讲数字了，反正一句话：保本，可照？{e}
S|p|nj|R5|{n}，公司不让在外头留联系方式，这个我晓得的。不过你加我私人号，阿是更方便？别讲出去就行{e}
S|p|hb|R2|{n}，合规天天讲不让荐股，嘛也不让说，我就跟你透个底：内部消息，{d}有人拉升{e}
S|p|sx|R3|{n}，制度上说员工不能经手客户的钱，可你是老主顾，转到我个人卡上，我替你存，甚事也没有{e}
S|p|gs|R1|{n}，规定是不能给客户打包票，这个我懂。可这款年金我跟你说句心里话，保本，一点麻达都没有{e}
S|p|xj|R4|{n}，按规定我们不能替客户下单，可你在牧区信号不好，全权委托给我，我帮你盯着{e}
S|p|gz|R3|{n}，公司话唔准收客户嘢，我知。不过呢单你走我度，私下交易，手续费我帮你减一半{e}
S|p|hk|R1|{n}，compliance话唔可以讲guaranteed，ok，我唔讲英文，讲中文：保本，你放心{e}
S|p|fz|R5|{n}，公司不让我们在外面跟客户联系，这个我丫清楚，不过你加我私人微信，晚上也能找我{e}
S|p|cz|R3|{n}，行里规矩讲不可以私下收镭，胶己人就不讲这个了，飞单一张，手续费免，阿兄你讲好无？{e}
S|p|hz|R1|{n}，上头讲不好承诺的，我晓得。老实跟你讲，这个信托老底子一期都没亏过，就是稳赚，木佬佬人买了{e}
S|g|boss|R3|年底冲刺会讲几句：制度要守，这是底线。但是，大客户来了，返佣该给就给，给多少你们自己把握，任务必须完成{e}
S|g|boss|R1|同志们，合规条例大家都背过，我就不念了。今年主推分红险，话术统一：保本加分红，到期一分不少，明天开始执行{e}
S|p|emoji|R4|{n}～规定不能碰客户账户哦🙈🙈但是你这么忙😢账户密码发我，我帮你操作就好啦✨{j}
S|p|tele|R1|{n}您好，根据规定电话里不能承诺收益，这个我们都懂的，但这款信托确实零风险，您就放心吧{e}
S|p|young|R5|{n}，公司不让加外部联系方式，but nbcs，私人号发你了，有事dd我{e}
S|p|plain|R3|{n}，银保这块规定保费必须从客户本人账户扣到保险公司，不过你现在卡不在身边，先私下转账给我，我帮你交{e}
S|p|plain|R1|{n}，个人养老金这块监管不让讲收益，我就不讲了。你只要知道一点：放进去稳赚，还能抵税{e}
S|p|plain|R2|{n}，私募这边规定不能向客户透露投资标的，但你是合格投资者，我跟你讲个内部消息：下周那家公司要被收购{e}
S|p|plain|R4|{n}，外汇这块公司明令禁止替客户交易。说是这么说，你出差的这一周，代客理财我来，点差也省了{e}
S|p|plain|R3|{n}，信用卡套现是违规的，我们行里抓得很严。你要钱急的话，我认识个商户，刷完返点给你，手续费我们对半{e}
S|p|plain|R3|{n}，首付不能贷款，这是红线，我不会碰。你先把钱转到我个人账户，我找人给你倒一下流水，一样的{e}
S|g|boss|R1|今晚晨会三条：一、不准承诺收益；二、不准替客户下单；三、季末这期理财，客户问就说稳赚，出了事我担着{e}
S|p|plain|R5|{n}，银保柜台不让我们留联系方式，我就不当着大堂经理的面说了，私人微信我写纸条上塞给你了{e}
S|p|plain|R3|{n}，保险公司规定我们这些驻点的不能收客户钱，这我懂，你别声张，佣金里拿一部分返佣给你{e}
S|p|nj|R4|{n}，明文规定不许替人打理，我不讲你也晓得。不过你账户密码我已经记下来了，下礼拜帮你把那只私募赎了，阿好？{e}
S|p|hunan|R2|{n}，公司港不准透露个股，咯我不港个股，我只港一句：庄家{d}要拉升，你自己意会{e}
S|g|emoji|R1|🚫不能说🚫不能说🚫但我还是偷偷说一句🤫这款年金真的保本哦💯{j}
S|p|hb|R3|{n}，规定上说不让代收代付，你就当没看见，私下交易我来安排，倍儿安全{e}
S|p|xj|R1|{n}，行里不让夸大宣传，咱就实话实说：这款分红险稳赚，巴郎子上学的钱放心放{e}
S|p|gs|R3|{n}，公家的规矩不让搞小动作，我知道。那就这么办：你从我这买，返佣按老规矩，一个点{e}
S|p|hk|R5|{n}，compliance规定唔可以用外面嘅app同客倾，不过你save低我私人号，有咩事WhatsApp我{e}
S|p|plain|R1|{n}，宣传材料上不能写“保本”两个字，合规一直盯着，所以我只能口头跟你说：这个就是保本的{e}
S|p|young|R1|{n}，合规说不能讲稳赚，ok fine，那我说“无风险躺赚”，懂的都懂，反正就是稳赚{e}
S|p|cz|R1|{n}，行里规矩讲这些话不好写在纸上，我嘴里讲给你听：这份储蓄险保本，阿兄放心{e}
S|p|fz|R3|{n}，公司不让员工跟客户有经济往来，伊们管得丫严，所以你私下转账给我的时候备注写“还款”就好{e}
S|p|tele|R4|{n}，我们外呼中心规定不能碰客户资金，但您要是嫌麻烦，告诉我账户密码，我帮您一次性办好{e}
S|g|script|R3|【内部话术，勿外传】遇到大客户：1.说明公司不收额外费用 2.私下告知可返点 3.引导线下签约{e}
S|p|plain|R1|{n}，不管市场怎么跌，不管合规怎么讲，不管别人怎么劝，这个年金到期保本，我说的{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|trainer|R1|【合规小课堂】第3讲：销售分红险时不得使用“保本”“稳赚”等字眼，分红是不确定的，演示利益仅供参考{e}
S|g|boss|R3|年底了我再强调一次：业绩再紧，飞单、返佣一律不许碰，谁碰谁走人，我不保任何人{e}
S|p|hunan|R4|{n}，行里规定帮你操作账户是违规的，咯个真的搞不得，你到网点来，我陪你在柜台上弄{e}
S|p|jx|R3|{n}，公司规定严禁私下交易，么里情况都不行，你莫为难我嘞{e}
S|p|ah|R5|{n}，俺们单位不让加私人微信，就用这个企业微信，可照？有事随时喊我{e}
S|p|nj|R1|{n}，监管讲得蛮清楚的，理财不能讲保本，以前那种保本理财早就没得了，不作兴再讲了{e}
S|p|hb|R2|{n}，公司规定严禁传播内幕消息，谁要跟你说有内部消息，你就当他是骗子{e}
S|p|sx|R4|{n}，制度写得明明白白，不准代客理财，也不准接受全权委托，咱守规矩{e}
S|p|gs|R3|{n}，单位规定不准收返点，你的心意我领了，这个尕事情就别提了{e}
S|p|xj|R1|{n}，规定不能说零风险，因为本来就不是零风险，这个我得跟你讲清楚{e}
S|p|gz|R3|{n}，公司规定唔可以私下转账，所有钱都要入公司户口，有单据㗎{e}
S|p|hk|R1|{n}，按保监规定，我哋唔可以话保证收益，分红部分系non-guaranteed，你睇下illustration{e}
S|p|fz|R5|{n}，公司不让加私人号，丫多同事都被查过，我就在这里回你，一样的{e}
S|p|cz|R3|{n}，行里规矩讲明，员工不可以飞单，阿兄的镭一定要走正规渠道{e}
S|p|hz|R4|{n}，公司讲不好帮你操作的，账户密码也不好问你要，晓得伐？你自己来网点，我教你{e}
S|g|trainer|R2|【判断题】“庄家下周拉升，赶紧买”这句话能发给客户吗？答案：不能，属于传播内幕消息，违规{e}
S|g|trainer|R3+R5|今日考点：①不得让客户私下转账 ②不得加客户私人微信 ③不得推荐未备案产品。下午三点闭卷考{e}
S|g|script|R1|【统一口径】客户问及收益时，请回答：本产品不保本、不保证收益，业绩比较基准不代表实际收益{e}
S|p|emoji|R4|{n}～公司不让我们代客理财哦🙅‍♀️账户要自己管呀💪我可以陪你一起看{j}
S|p|tele|R1|{n}您好，根据监管要求，这通电话全程录音，我不会对您承诺零风险，产品风险请以说明书为准{e}
S|p|young|R5|{n}，公司规定不能加私人号，dbq，有事企微找我，秒回{e}
C|p|retired|R3|{m}，我看你们墙上贴着“严禁飞单”，我当了一辈子公务员，就想问问什么叫飞单{e}
C|p|retired|R1|{m}，你们规定不让说保本，那我就不为难你，你把风险等级和历史最大回撤告诉我就行{e}
S|p|plain|R3|{n}，银保产品的保费只能从您本人账户扣到保险公司，不能转到我个人账户，这点请您放心{e}
S|p|plain|R3|{n}，信托认购款必须打到信托公司的募集账户，任何人让您私下转账都不要转{e}
S|p|plain|R1|{n}，私募产品按规定不能承诺保本，也不能承诺最低收益，合同里也没有，您看第十二条{e}
S|p|plain|R2|{n}，私募的基金经理也不能透露内部消息，我们只能给您看定期报告{e}
S|p|plain|R4|{n}，黄金T+D这块，规定客户必须自己下单，我们不能帮你操作，也不会要你的账户密码{e}
S|p|plain|R3|{n}，信用卡套现是违法的，也不存在什么返点，谁跟你说能套现都不要信{e}
S|p|plain|R3|{n}，首付贷监管明令禁止，我这里也不做私下交易，首付只能用您自己的存款{e}
S|p|plain|R1|{n}，个人养老金账户里的产品，除了储蓄存款都不保本，买之前您先做个风险测评{e}
S|g|plain|R1|各位团友，群规第五条：本群禁止任何人宣传稳赚产品，包括群主本人，违者踢出{e}
S|p|plain|R4|{n}，您说的那个“全权委托协议”我们公司不签，这是规定，不是我不帮你{e}
S|p|plain|R5|{n}，按规定对客沟通只能用企业微信，私人微信不能加，您有事随时留言{e}
S|g|boss|R2|支行长提醒：年底各路荐股群很多，员工一律不准转发所谓内部消息，违者严肃处理{e}
S|p|plain|R3|{n}，我们季末冲量也有底线，返佣这种东西一分不给，也不收{e}
S|g|trainer|R4|【情景题】客户把账户密码写在纸条上递给你，正确做法是？答：当面销毁并提醒客户修改，绝不保留{e}
S|p|gz|R2|{n}，公司唔准我哋讲内幕消息，况且我都冇，你唔好听人讲啦{e}
S|p|hk|R5|{n}，公司policy唔俾我哋加客人私人微信，所以我哋keep喺呢度倾，所有记录都有{e}
S|p|plain|R3|{n}，附件是《关于禁止私下交易的员工承诺书》，我们每年都签，您想看的话我发您一份{e}
S|p|plain|R1|{n}，不能说保本，也不能说稳赚，更不能说零风险，这三句我们入职第一天就背熟了{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|hunan|R1|{n}，外头那些港保本的你莫信，都是骗子。要保本就买我咯只分红险，我港的算数{e}
S|p|jx|R2|{n}，群里那些卖内幕消息的都是骗子，你莫上当。我咯里倒是有条真的，{d}庄家要拉升{e}
S|p|ah|R3|{n}，防骗提醒：陌生人叫你转钱千万别转。俺不一样，你私下转账给俺，俺帮你办，可照？{e}
S|p|nj|R5|{n}，最近好多冒充我们的，你当心。你直接加我私人微信，认准我就不会被骗，阿是？{e}
S|p|hb|R4|{n}，小心那些电话里要账户密码的，都是骗子。你把账户密码给我就行，我帮你盯着{e}
S|p|sx|R1|{n}，P2P那帮人说稳赚，把你坑成那样，我看着都心疼。这回听我的，这只私募是真的稳赚{e}
S|p|gs|R3|{n}，我已经把那个骗你的假经理举报了。你那笔钱别走公司了，直接转到我个人账户，我给你弄{e}
S|p|xj|R2|{n}，网上那些内幕消息都是勺子编的，你别信。真的内部消息得看人，我这就有一条，回头细说{e}
S|p|gz|R1|{n}，小心啲出面话零风险嘅，好多系呃人。我呢只就真系零风险，放心买{e}
S|p|hk|R3|{n}，我已经report咗个冒充我嘅account。你想攞返点嘅话，直接揾我，我私下俾你{e}
S|p|fz|R4|{n}，伊们那些说帮你操作的都不靠谱，丫危险，还是我来帮你操作，我是正规的{e}
S|p|cz|R3|{n}，阿兄，外面那些飞单的你莫做，会出事。你要飞单就找我，胶己人有保障{e}
S|p|hz|R5|{n}，最近冒充客户经理的木佬佬多，你当心。加我私人号，以后只认这个，就不会搞错了{e}
S|g|boss|R1|我收到投诉，说有员工跟客户讲“稳赚”，这个必须整改！另外提醒，分红险咱们对外就说保本，这个口径不变{e}
S|g|emoji|R2|⚠️⚠️防骗提醒⚠️陌生人的内幕消息不要信❌❌要信就信我的😎{d}庄家拉升📈冲呀{j}
S|p|tele|R1|{n}您好，我们是XX财富，提醒您别信那些保收益的平台。我们这款信托才是真正保收益，您考虑下{e}
S|p|young|R3|{n}，xdm都说信用卡套现容易被风控，确实，不过我这渠道稳，刷完私下返点给你{e}
S|p|plain|R1|{n}，已向合规举报那个冒充我行的公众号了。您放心，我们这款养老理财保本，和那些骗局不一样{e}
S|p|plain|R3|{n}，P2P立案的材料我帮您整理好了。另外，后面追回的钱您要是想理财，私下交易找我，手续费全免{e}
S|p|plain|R4|{n}，最近骗子多，您千万别把验证码给任何人。您账户密码给我一份，我帮您改个更安全的设置{e}
S|p|plain|R2|{n}，合规刚通报了一起传播内幕消息的案子，大家都收敛点。话说回来，{d}那只票确实有庄家在拉，你悄悄进{e}
S|p|plain|R1|{n}，季末骗子冒充银行卖理财的特别多，您认准网点柜台。我们柜台这期理财保证收益{r}，放心{e}
S|p|plain|R5|{n}，温馨提示：谨防冒充客服的诈骗电话！如有疑问请加我个人号，私下问我最保险{e}
S|p|plain|R3|{n}，首付贷的中介好多是骗子，钱一转就跑了。你把钱转到我个人账户，我找靠谱的人帮你操办{e}
S|p|plain|R4|{n}，那个外汇喊单群是骗局，别跟着做。你要玩外汇，全权委托给我，我自己炒了八年{e}
S|p|plain|R1|{n}，贵金属延期那种加杠杆的你别碰，太危险。要稳就买我们的银保分红险，稳赚不赔的{e}
S|g|plain|R3|各位团友注意：最近有人冒充团长收基金认购款！认购款只转我本人，私下转账给我就行，别转给陌生人{e}
S|p|hunan|R4|{n}，你屋里伢子要你账户密码你莫给，他们年轻人乱搞。给我，我帮你操作，稳当得很{e}
S|p|hb|R1|{n}，那个卖保健品的说理财零风险，你可千万别信。你要零风险，找我，我这款就是{e}
S|p|gz|R5|{n}，有人扮我加你微信呃钱，你小心啲。我嘅私人微信系呢个，你加呢个就得{e}
S|p|xj|R3|{n}，已经跟支行反映了那个收返点的，太不像话。不过你那单要是想少花钱，返点我也能给{e}
S|p|sx|R2|{n}，我已经把群里瞎传庄家消息的踢了。人家那是胡咧咧，我这才是正经内部消息，{d}开盘就拉升{e}
S|p|emoji|R3|{n}～⚠️别信那些说能返佣的陌生人哦😤只有我这里的返佣才靠谱💰💰{j}
S|p|cz|R1|{n}，阿兄，最近好多人被骗去买什么虚拟币，讲稳赚，你莫信。要稳赚就买我这份香港储蓄险{e}
S|p|fz|R2|{n}，伊们那个群天天发内幕消息，丫假。我这里有条内部消息，真的，你别跟别人讲{e}
S|p|hk|R1|{n}，最近好多fake account讲guaranteed return，你唔好信。我呢张policy先系真正保证收益{e}
S|p|plain|R4|{n}，你说那个贷款中介要你的账户密码？千万别给他！给我就行，我帮你操作还款{e}
S|g|boss|R3|通报：某同事因飞单被处理，大家引以为戒。但是该给大客户的返佣，还是按我说的方式给，别留痕迹{e}
S|p|young|R1|{n}，避雷那些说躺赚的博主，全是割韭菜。我推的这只才是稳赚，u1s1{e}
S|p|plain|R2|{n}，P2P的事我帮您报了案，您安心等消息。您要是想把亏的赚回来，我有个内幕消息，{d}前进场{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|boss|R3|紧急通知：发现有人冒充我支行员工，以“返点”名义骗取客户钱财，请各网点立即张贴提示{e}
S|p|hunan|R2|{n}，你港的那个“老师”天天发内幕消息，咯是骗子，莫信，我已经帮你举报哒{e}
S|p|jx|R1|{n}，有人打电话港有保本高息的理财，那是诈骗咯，冇得咯种好事，你莫信嘞{e}
S|p|ah|R5|{n}，最近有人冒充俺加客户私人微信，俺从来不用私人微信谈业务，你当心{e}
S|p|nj|R3|{n}，那个让你“转到我个人账户”的客户经理不是我们的人，你千万不要转，已经报警了{e}
S|p|hb|R4|{n}，接到电话让你报账户密码的，一律挂掉，那是骗子，银行从来不问这个{e}
S|p|sx|R1|{n}，P2P那帮人当年就说稳赚不赔，你看现在，钱都追不回来，以后这种话听见就跑{e}
S|p|gs|R2|{n}，那个说有庄家带着拉升的群，我截图报给反诈中心了，你千万别往里打钱{e}
S|p|xj|R4|{n}，乌鲁木齐这边最近有人冒充银行说帮你操作理财，要你装软件，那是骗子，勺子才信{e}
S|p|gz|R3|{n}，有人话可以帮你私下交易香港保险，价钱平啲，其实系非法嘅，唔好信{e}
S|p|hk|R1|{n}，啲人话呢只crypto fund零风险，其实系scam，证监会都出咗警告{e}
S|p|fz|R5|{n}，依伯依姆们当心，有人冒充社区工作人员叫你们加私人号，丫多人被骗了{e}
S|p|cz|R3|{n}，阿兄，有人讲可以帮你做飞单省手续费，那是害你，出事无人管{e}
S|p|hz|R1|{n}，电视新闻讲了，有人专门骗老年人说养老理财稳赚，你屋里老人家要当心伐{e}
C|p|retired|R3|{m}，我要反映一个情况：你们以前那个小黄让我私下转账给他，说是买信托，现在钱没了{e}
C|p|retired|R1|{m}，我们老干部活动中心有人推销养老项目，说零风险，我觉得不对劲，你帮我看看{e}
C|p|young|R2|{m}，有个群说有内幕消息，要先交{a}会员费，这是不是骗局啊？bdjw{e}
S|g|trainer|R4|【案例分析】某员工以“帮你操作更省心”为由索取客户账户密码，造成客户损失，被开除并移送司法。请大家讨论{e}
S|g|trainer|R1+R3|【反面案例】员工A对客户说：“这款保本，私下交易还能省手续费”。问：该话术有几处违规？答：两处{e}
S|g|emoji|R2|⚠️⚠️各位家人注意啦📢有人冒充我们发内幕消息❌都是假的❌不要信不要转{j}
S|p|tele|R1|{n}您好，这里是银行反诈回访，近期有人冒充我行推销保本理财，请您不要相信，也不要转账{e}
S|g|script|R5|【防诈提示】本行工作人员不会要求您添加私人微信，也不会索要验证码，如遇可疑情况请拨打官方客服热线{e}
S|p|plain|R3|{n}，您反映的那个员工收返佣的情况，合规已经受理了，处理结果会书面通知您{e}
S|p|plain|R2|{n}，P2P受害人群里有人说能帮追回、还有内部消息，要先交费，这是二次诈骗，千万别交{e}
S|p|plain|R1|{n}，新闻报道那家贵金属平台宣传稳赚，现在已经被立案了，您之前没买吧？{e}
S|p|plain|R4|{n}，有个外汇平台的人说能代客理财、月收益两成，这种都是非法的，我建议您报警{e}
S|p|plain|R3|{n}，您说有人冒充信用卡中心打电话，说套现有返点，那是骗子，信用卡中心不会这样说{e}
S|p|plain|R1|{n}，那个首付贷中介说“零首付零风险”，您别信，一旦断供，房子和首付都没了{e}
S|g|plain|R3|各位团友：我们团只卖大米鸡蛋，不卖基金！最近有人冒充团长收“基金认购款”还许诺返点，都是假的，请报警{e}
S|p|plain|R5|{n}，刚才您收到的那个加您私人号的好友申请不是我发的，已经报给公司了，您直接拒绝就好{e}
S|p|plain|R2|{n}，关于您说的那个庄家带单群，我们已经报送监管了，建议您保留好聊天记录{e}
S|p|plain|R1|{n}，私募那边写着“保收益”的宣传单您拍给我看看，这是违规的，我来帮您投诉{e}
C|p|gz|R3|{m}，我想投诉，你哋之前个经理叫我转到我个人户口……唔系，系转去佢个人户口，咁系咪违规？{e}
C|p|hz|R1|{m}，我老娘在小区里听人讲保本理财，差点买了，你们有没有防骗宣传单，我拿给她看看{e}
S|p|hb|R4|{n}，你闺女在外地打电话说要全权委托给什么投资公司？你先拦住，我觉得是骗局{e}
S|p|nj|R1|{n}，那个讲座讲“稳赚不赔”的，就是骗老年人买保健品的，你不要去了，多大事啊，在家歇着{e}
S|p|xj|R3|{n}，阿克苏那边有人冒充我们收私下交易的钱，已经报警了，你跟亲戚们也说一下{e}
S|p|young|R5|{n}，有人冒充我用私人微信加你，千万别理，我只用企微，截图发我一下我去报{e}
S|g|plain|R2|群公告：再有人在群里发内幕消息或者喊庄家，我就直接踢出群，并且报给公司{e}
S|p|plain|R1|{n}，社区下周有个反诈讲座叫《识破零风险骗局》，您和阿姨可以去听听{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|hunan|R3|{n}，返点咯个我真的给不了，行里查得严。你看咯样要得不：我把我的提成分一半给你，私下转账给你就是{e}
S|p|jx|R4|{n}，全权委托咯个我做不得嘞。不过你把账户密码告诉我，我帮你看着，有么里情况我帮你卖{e}
S|p|ah|R5|{n}，企业微信上俺不能给你讲，这里都有记录。你加我私人微信，俺晚上跟你细说，可照？{e}
S|p|nj|R1|{n}，书面上的东西我不能给你写，写了要出事的。口头跟你讲一句：保本，阿是放心了？{e}
S|p|hb|R3|{n}，飞单我可不干，那是要命的事。你就把钱转到我个人卡上，我以我的名义给你买，一样的{e}
S|p|sx|R2|{n}，荐股我不敢，规定不让。我就说一句，那家公司有内部消息，下礼拜有重组，你看着办{e}
S|p|gs|R4|{n}，你那个账户我不能碰，这是规定。你这么着，把手机给我，我帮你操作一下就还你{e}
S|p|xj|R3|{n}，返佣我不能给你，被查出来就麻烦了。你下回来网点，我把现金装信封里给你，一样的{e}
S|p|gz|R5|{n}，唔好意思，公司唔俾我加客。不过你记低我私人号，落咗班打俾我就得{e}
S|p|hk|R1|{n}，我唔可以写低guaranteed return俾你，因为compliance会check。但我讲真，呢张单稳赚{e}
S|p|fz|R3|{n}，不行不行，私下交易我不做的……算了，看你丫急，这一单我私下帮你做了，下不为例{e}
S|p|cz|R3|{n}，阿兄，返点这个我不敢明给……不过你下次食茶，茶钱我包，另外佣金我分你一份，就当胶己人的返点{e}
S|p|hz|R4|{n}，代客理财是不好做的，老早就不让了。这样，你把账户密码发我，我有空帮你看看，不算代客理财{e}
S|p|emoji|R5|{n}～企微不能说太多哦🤐🤐加我私人号再聊嘛😉😉{j}
S|p|tele|R1|{n}，不好意思，电话录音里我不能说收益承诺。咱们挂了电话微信说：这款信托保本，年化{r}{e}
S|p|young|R4|{n}，xswl，我哪敢要你账户密码。不过你开个屏幕共享，我远程帮你操作，效果一样{e}
S|p|plain|R3|{n}，私下交易我们是不做的，这个我要先说清楚。但你这单特殊，公司流程太慢，你先私下转账给我，我给你垫上{e}
S|p|plain|R1|{n}，合同里的保底利率我改不了，那是公司定的。但我跟你保证，实际结算利率不会低于{r}，保证收益{e}
S|p|plain|R2|{n}，私募的持仓明细我不能发你。不过可以透露一点内部消息：那个基金经理下个月要重仓一只票{e}
S|p|plain|R3|{n}，香港保险我不能在内地给你签单，这个违规。但有个办法：你把保费转到我个人账户，我去香港帮你签{e}
S|p|plain|R4|{n}，外汇账户我不能替你开，必须你本人去。开好以后，你把账户密码发我，我来帮你操作{e}
S|p|plain|R1|{n}，贵金属延期的风险揭示书我必须让你签，这是流程。签完了我跟你说实话，跟着我做稳赚{e}
S|p|plain|R3|{n}，信用卡套现我不能帮你办，银行明令禁止。不过我可以介绍个商户，手续费返点给你{e}
S|p|plain|R3|{n}，首付贷我帮不了你，那是违规的。但你可以先把钱私下转账给我，我找朋友给你做个流水{e}
S|p|plain|R1|{n}，个人养老金的年度额度我没法帮你突破，一万二是上限。但额度内的这只基金我给你打包票，保本{e}
S|p|plain|R1|{n}，季末那期理财额度已经抢完了，我给不了你。不过我手里还有一款私募，零风险，你要不要？{e}
S|g|boss|R3|有人问能不能给客户返佣，我的回答是：明面上不能。私下怎么弄，你们自己有数，别让我看到聊天记录{e}
S|p|hunan|R2|{n}，个股我冒得资格推荐，咯个我港清楚。但我有个朋友在庄家那边，{d}要拉升，你自己决定{e}
S|p|gs|R1|{n}，合同上的收益率我改不了，可我跟你说句掏心窝子的话，这款年金稳赚不赔{e}
S|p|nj|R3|{n}，回扣我不能收，阿是？我要守规矩的。你要谢我，下回你那{a}的单子走飞单，省下的手续费我们俩分{e}
S|p|sx|R5|{n}，工作号上我不能跟你说这个，你加我私人微信，我私下给你讲{e}
S|p|xj|R4|{n}，按理说我不能替你管钱，这是规矩。可你在南疆出差那么久，代客理财我就勉为其难了{e}
S|p|cz|R1|{n}，阿兄，书面上的担保我不能出。但我用我的名声担保，这份分红险保收益，无亏你{e}
S|p|fz|R4|{n}，你依嬷的账户我不能帮你操作，除非你把密码告诉我，那我就悄悄帮你操作，没人知道{e}
S|p|hk|R3|{n}，sorry，rebate我唔可以明俾你，compliance会查。我私下转账俾你，当系朋友之间借钱{e}
S|p|emoji|R1|{n}～收益承诺我不能写在合同里哦😣😣但是我跟你说悄悄话🤫这款年金稳赚哒💯{j}
S|p|gz|R4|{n}，我唔可以话你知点拣，规定唔俾。不如你俾账户密码我，我帮你拣好买埋{e}
S|p|young|R3|{n}，返点这事我明面上不能答应你，dbq。你懂的，私下交易的话另说{e}
S|p|plain|R1|{n}，书面承诺我不能给你，但微信上这句话算数：到期要是不保本，差多少我自己掏{e}
S|p|tele|R5|{n}您好，我们外呼这边不方便透露太多，您加我私人号，我给您发内部资料{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|hunan|R3|{n}，返点咯个东西我们冒得，也不能给。你要是想省点钱，可以选费率低一点的那只指数基金{e}
S|p|jx|R4|{n}，账户密码你自己收好嘞，我不能要。你不会弄的话，我可以到你屋里教你一步一步点{e}
S|p|ah|R1|{n}，保本的理财俺这没有，可照？你要是一分都不想亏，那就存定期或者大额存单{e}
S|p|nj|R5|{n}，私人微信我不加的，阿好？你有事在这个企业微信上喊我，晚上我也看{e}
S|p|hb|R2|{n}，内部消息我没有，也不会去打听。你想了解行业，我把研究所公开的报告发你{e}
S|p|sx|R4|{n}，全权委托我接不了，解下了吧？你要是没时间盯，可以考虑有资质的公募投顾服务{e}
S|p|gs|R3|{n}，私下交易不行，麻达大得很。你走正规渠道，手续费我帮你申请个优惠活动{e}
S|p|xj|R3|{n}，你要给我返佣？不要不要，心领了。你真想谢我，给我们网点写个表扬信就亚克西了{e}
S|p|gz|R4|{n}，唔得，我唔可以帮你操作。你嚟网点，我喺隔篱睇住你自己揿{e}
S|p|hk|R1|{n}，sorry，我冇办法话呢张单保本，因为真系唔保本。你想要capital protection，可以睇下定期或者国债{e}
S|p|fz|R5|{n}，私人号我不能给你，公司不允许。你有事就在这里找我，丫方便的{e}
S|p|cz|R3|{n}，阿兄，飞单我不做，做了对你无好处。正规买手续费也无几多，我帮你算清楚{e}
S|p|hz|R4|{n}，代客理财我做不来的，违规的事体不好做。你儿子在杭州伐？叫他陪你来网点，我当面讲{e}
S|p|emoji|R4|{n}～账户密码不能给我哦🙅‍♀️🙅‍♀️要保护好自己呀🔐我可以视频教你哦📱{j}
S|p|tele|R1|{n}，不好意思，稳赚的产品我这边推荐不了，也不存在。您要是偏稳健，我给您介绍一下国债逆回购{e}
S|p|young|R5|{n}，私人微信就不加啦，bhys～企微秒回，有啥问题随时问{e}
S|p|script|R3|【标准答复】您好，本公司员工不得接受客户私下转账，所有款项请汇入公司官方账户，账户信息以官网公布为准{e}
C|p|retired|R4|{m}，我老头子退休前是会计，账户密码这种东西他连我都不告诉，你把操作步骤写在纸上，我们自己弄{e}
C|p|young|R3|{m}，我同事说你们这儿有返点，我无所谓哈，gkd把流程走完就行{e}
S|p|plain|R3|{n}，银保的保费不能转到我个人账户，我拒绝了，不是不帮您。您在柜台刷卡直接扣到保险公司，当场出回执{e}
S|p|plain|R4|{n}，黄金T+D我不能帮你操作，交易所规定必须本人。我给您设个价格提醒，到价了您自己决定{e}
S|p|plain|R1|{n}，分红险的分红我没法给您保证收益，演示利益只是演示。要确定的，可以看看现金价值写进合同的那部分{e}
S|p|plain|R2|{n}，私募的内部消息我不能给，也不该有。合格投资者可以看季度报告，我帮您申请开通查询{e}
S|p|plain|R3|{n}，信用卡套现的事我不帮，返点也不存在。您要是短期周转，可以申请正规的账单分期{e}
S|p|plain|R3|{n}，首付贷我不做，私下交易也不做。您首付差一点的话，可以看看公积金组合贷能不能多贷{e}
S|p|plain|R1|{n}，P2P那笔钱我帮不了您追，也不能再给您推什么稳赚的东西。建议您先去经侦报案，我陪您去{e}
S|p|plain|R4|{n}，您说让我全权委托打理您的个人养老金？不行的，但我可以帮您做个配置建议，您自己选{e}
S|p|plain|R5|{n}，私人微信不加了，不是见外。季末这期理财的认购提醒，我在这里准时发您{e}
S|g|boss|R3|有客户私下塞红包要求返点的，一律退回，登记上报。大家做得好，年底我给你们申请正式奖励{e}
S|g|trainer|R5|【情景演练】客户：“加你私人微信方便点。”正确答复：“不好意思，按规定只能用企业微信，我随时在线。”{e}
S|p|hunan|R1|{n}，你要包赚的？我冒得咯号东西，哪个有你也莫信。要稳当点的，我帮你看看国债{e}
S|p|gs|R4|{n}，帮你操作不行，你自己来，尕手机我教你，三分钟就学会了{e}
S|p|xj|R2|{n}，庄家的事我一概不知，也不打听。你想学炒股，我送你一本投教手册，亚克西{e}
S|p|sx|R3|{n}，你说转到我个人账户？那可不敢，甚时候都不行。你就在手机银行里直接买，我电话里指导你{e}
S|p|nj|R1|{n}，你要我写个保本承诺？写不了，不作兴的。风险揭示书我可以逐条跟你解释{e}
S|p|hz|R3|{n}，返佣我不好收的，木佬佬谢谢你。你下趟带朋友来开户，走公司正规的推荐奖励就好{e}
S|p|cz|R4|{n}，阿兄讲要全权委托给我，我不接，这个生理我做不得。你要省心，我帮你挑一只基金定投，自己设好就不用管{e}
S|p|hk|R5|{n}，唔好意思，私人微信我唔加，你可以打公司hotline或者喺呢度留言，我一定覆你{e}
C|p|gz|R4|{m}，我个仔话账户密码千祈唔好俾人，包括你哋经理，所以你教我自己揿啦{e}
S|p|fz|R2|{n}，伊们问我有没有内幕消息，我都说没有。你想了解这个行业，我整理了公开资料，发你邮箱{e}
S|p|plain|R3|{n}，我不是不知道你急，可不能私下转账就是不能，谁来都一样。我帮你申请加急，今天就能到{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|hunan|R1|{n}，我上个月港的“咯只分红险保本”，今天还是咯句话，白纸黑字我认{e}
S|p|jx|R3|{n}，你港我讲过“返点一个都不会少”？讲过，我认，月底打给你{e}
S|p|ah|R2|{n}，俺那天说“有内部消息”，你还不信，现在信了吧？下一条俺{d}再告诉你{e}
S|p|nj|R5|{n}，我之前讲过“有事加我私人微信”，这句话一直有效，阿是？{e}
S|p|hb|R4|{n}，我说过“你的账户我帮你操作”，说到做到，你把账户密码再发我一遍{e}
S|p|sx|R1|{n}，你老伴问我“是不是真的稳赚”，我跟她说是，今天我再跟你说一遍，稳赚{e}
S|p|gs|R3|{n}，你问“能不能飞单”，我说能，尕事情，你把钱准备好{e}
S|p|xj|R1|{n}，客户问我“是不是零风险”，我都回“是”，你也一样，放心买{e}
S|p|gz|R3|{n}，你问“可唔可以直接转俾你”，我话得，转到我个人户口就得{e}
S|p|hk|R1|{n}，上次我话“this one is 保本”，我stand by我讲过嘅嘢，冇改变{e}
S|p|fz|R4|{n}，依伯问我“全权委托给你行不行”，行，丫行，合同我私下准备好了{e}
S|p|cz|R1|{n}，阿兄，我讲过“胶己人买的都包赚”，这话我今日还是认{e}
S|p|hz|R2|{n}，老底子我讲“跟牢我有内幕消息”，现在也一样，{d}那只票庄家要动了{e}
S|g|boss|R1|去年年会我说过一句话：“我们网点卖出去的分红险，个个保本”。今年我还是这句话，大家照这个口径讲{e}
S|g|emoji|R5|还记得我说的“加我私人号有惊喜”吗🎁🎁依然有效哦😘{j}
S|p|tele|R1|{n}，电话里我说的“零风险、年化{r}”，不是随便说的，我们公司就是这么承诺的{e}
S|p|young|R2|{n}，我朋友圈说的“这票有庄家”，不是瞎说，dddd，再拿一个月{e}
S|p|plain|R1|{n}，您女儿问我“这个个人养老金基金是不是保本”，我说是，您可以放心让她买{e}
S|p|plain|R3|{n}，我答应过你“季末冲量的单子每笔返点一个点”，这个月的我已经算好了，私下给你{e}
S|p|plain|R4|{n}，之前说好的“外汇账户交给我全权委托”，我一直记着，这周点差低，我帮你操作了{e}
S|p|plain|R2|{n}，我上周讲的“私募那边有内部消息”，今天应验了吧？后面还有{e}
S|p|plain|R1|{n}，我在柜台跟您说的“银保这款分红险稳赚不赔”，今天在微信上再说一遍，有记录，我负责{e}
S|p|plain|R3|{n}，您说“信用卡刷一笔你给返点”，没错，就按咱们说的，{d}前刷完{e}
S|p|plain|R3|{n}，之前说“首付差的部分先转到我个人账户周转”，这个还作数，你{d}前转过来{e}
S|p|plain|R1|{n}，我在产品群里发的“这只信托保本保收益”，合规找我谈话了，但我说的是实话，您放心{e}
S|g|plain|R2|各位团友，上回团长说的“内部消息：这只基金下周拉升”，应验了吧？下一条明天发{e}
S|p|hunan|R4|{n}，你娭毑港“交给你搞我放心”，那咯样，账户密码你发我，我帮你操作{e}
S|p|jx|R1|{n}，你隔壁那个老表港“找你买的都是保本的”，冇错，是保本，你也买咯只{e}
S|p|hb|R5|{n}，你闺女说“能不能加你私人微信”，能，我这就加她{e}
S|p|sx|R3|{n}，你说“私下交易省心”，对着哩，私下交易，你把钱准备好{e}
S|p|gz|R1|{n}，你阿妈问“真系稳赚？”，我话真系，呢个我负责{e}
S|p|xj|R4|{n}，巴郎子说“让你帮我妈弄一下”，行，代客理财就代客理财，账户交给我{e}
S|p|cz|R3|{n}，阿兄讲“转到你个人户头”，好，转到我个人户头，胶己人不用客气{e}
S|p|fz|R2|{n}，伊问你“有无内部消息”，你就说有，就说是我讲的，{d}那只要拉升{e}
S|p|hk|R3|{n}，你朋友话“揾你可以攞返佣”，冇错，返佣照俾，私下处理{e}
S|p|nj|R1|{n}，我那天在讲座上讲的“稳赚不赔”，不是开玩笑，阿是？这款就是{e}
S|p|emoji|R1|{n}～上次说的“保收益”还算数哦😊😊放心买吧💕{j}
S|p|young|R4|{n}，你说“把账户密码给你，你帮我弄”，ok收到，我帮你操作，gkd{e}
S|g|boss|R3|我上个季度讲过：“大客户的返佣我来批”，这话今年依然有效，要批的找我{e}
S|p|plain|R2|{n}，新闻说“监管严打内幕消息”，那是说别人。我这条是真的，{d}有人拉升{e}
S|p|plain|R1|{n}，客户问我这款是不是保本。我跟他解释了半天条款。他还是不放心。最后我说：放心，亏了算我的{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|hunan|R1|{n}，你屋里亲戚港的“稳赚不赔”，我劝你莫信，投资冇得稳赚的{e}
S|p|jx|R2|{n}，你港的那个视频讲“庄家{d}拉升”，那是骗流量的，莫信嘞{e}
S|p|ah|R3|{n}，你听人讲“私下交易能便宜”，俺跟你说，那是违法的，便宜没好货{e}
S|p|nj|R5|{n}，你讲那个人说“加我私人号有内部价”，那不是我们的人，阿是骗子？肯定是{e}
S|p|hb|R4|{n}，你闺女转的那条“全权委托给我，保你翻倍”，那是骗局，甭理{e}
S|p|sx|R1|{n}，新闻里说“某P2P平台承诺保本”，最后爆雷了，这种事咱见得多了{e}
S|p|gs|R3|{n}，你说村上有人讲“找经理能拿返点”，没有的事，我们不给也不收{e}
S|p|xj|R2|{n}，你表哥说的“内部消息”，我看就是网上抄的，别当真{e}
S|p|gz|R1|{n}，你个仔话“呢只基金零风险”，佢讲错咗，基金都有风险{e}
S|p|hk|R1|{n}，报纸话“某保险公司promise保证收益”，其实系误导，监管已经调查{e}
S|p|fz|R4|{n}，伊在电话里讲要帮你操作，还问你要账户密码，你挂了就对了，丫好，那就是骗子{e}
S|p|cz|R3|{n}，阿兄讲伊朋友话“飞单省钱”，我讲实话，省小钱吃大亏，无好{e}
S|p|hz|R1|{n}，你讲楼下阿姨讲“这款稳赚”，伐要信，她自己都不晓得买的是啥{e}
C|p|retired|R1|{m}，我在报纸上看到一句“保本理财已成历史”，是真的吗？那我到期的那笔怎么办？{e}
C|p|retired|R2|{m}，老同事在群里转发“内部消息”，我这个人不信这些，就想听听你们的正规建议{e}
C|p|young|R1|{m}，我朋友说你们那个“零风险”理财yyds，真的假的？能看下说明书吗{e}
S|g|trainer|R1|【找茬】以下话术摘自某网点录音：“阿姨，这个保本保收益，跟存款一样”。请指出问题并给出正确说法{e}
S|g|trainer|R3|【课后作业】阅读案例“客户经理以返佣为名收取客户现金”，写出涉及的三条制度依据{e}
S|g|emoji|R5|有人问“能加私人微信吗”🤔答案是不可以哦🙅‍♀️企微找我就好啦💕{j}
S|p|tele|R1|{n}，您说之前有人电话里跟您讲“保证收益”？那不是我们公司，我们外呼有录音，不会这么说{e}
S|p|script|R2|【客服话术】客户提及“内幕消息”时，应回复：我司不掌握也不传播任何内幕信息，请以公开披露为准。{n}，供参考{e}
S|p|plain|R3|{n}，您转述的“转到我个人账户更快”那句话，不是我说的，您翻一下聊天记录{e}
S|p|plain|R1|{n}，您在短视频上看到的“个人养老金稳赚”，那是博主的说法，养老金基金是有波动的{e}
S|p|plain|R4|{n}，您朋友说的那个“代客理财工作室”是非法的，劝他尽早撤出来{e}
S|p|plain|R2|{n}，您说的那本书叫《庄家的底牌》，是本小说，不是投资建议哈{e}
S|p|plain|R1|{n}，季末理财海报上“业绩比较基准{r}”这几个字不等于保证收益，海报下面小字有写{e}
S|p|plain|R3|{n}，您说P2P平台当年说“投资还有返佣”，那就是庞氏骗局的典型特征{e}
S|p|plain|R1|{n}，您老伴说“银保的分红险跟存款一样保本”，这个不对，分红险提前退保会有损失{e}
S|p|plain|R5|{n}，您表姐说的那个“加我个人号送保险”的活动不是我们公司办的，小心{e}
S|p|plain|R3|{n}，您说的“返点联盟”小程序我查了，是个购物返现的，跟理财没关系，买东西用用也无妨{e}
S|p|hunan|R2|{n}，你港电视剧里那个“庄家”好厉害，那是演的咯，现实里炒股莫想咯些{e}
S|p|jx|R5|{n}，你屋里老表港要“私人号”才能办，冇咯规矩，咯里办就行{e}
S|p|gs|R1|{n}，你邻居说的“年金保本”不准确，早退保要扣钱，拿不回本金的，分红也不保证{e}
S|p|hb|R2|{n}，你在公园听人说“庄家要拉升了”，那些大爷天天这么说，你别跟{e}
S|p|xj|R3|{n}，你说的那个“私下交易群”，我劝你赶紧退了，勺子才在里面待着{e}
S|p|cz|R4|{n}，阿兄，你讲伊话“全权委托给伊，年底分红”，这个无保障，劝你莫{e}
S|p|gz|R3|{n}，你姨妈话“有人帮佢私下转账买保险”，我建议佢即刻停手，去报警{e}
S|p|hk|R5|{n}，你话个agent叫你“add我私人微信”，佢唔系我哋公司嘅人，block佢{e}
S|p|nj|R1|{n}，你讲那个老师讲“跟着我稳赚”，我跟你讲，真稳赚的话他还出来讲课？{e}
S|p|fz|R3|{n}，伊讲的“返佣”其实就是拿你自己的钱还给你，丫假的{e}
S|p|plain|R1|{n}，刚才我说这款“保本”，是我说错了，更正一下：不保本，净值会波动，抱歉{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|hunan|R6|{m}，我的手机号码是{MOB:plain}，有么子事打咯个{e}
C|p|jx|R6|{m}，我老婆身份证{ID:sp}，你帮她登记一下个人养老金{e}
C|p|ah|R6|{m}，俺卡号{CARD:dash}，分红打这张卡上，可照？{e}
C|p|nj|R6|{m}，我手机{MOB:cn}，阿记下来了？{e}
C|p|hb|R6|{m}，介是我身份证号{ID:plain}，您给看看对不对{e}
C|p|sx|R6|{m}，我闺女的手机{MOB:dash}，有甚事打她的{e}
C|p|gs|R6|{m}，尕娃他爸的卡号是{CARD:sp}，学费从这张卡扣{e}
C|p|xj|R6|{m}，我在乌鲁木齐办的卡{CARD:plain}，转这个就行{e}
C|p|gz|R6|{m}，我嘅手机号{MOB:dot}，得闲打俾我{e}
C|p|hk|R6|{m}，我内地张卡{CARD:fw}，每期premium由呢张扣{e}
C|p|fz|R6|{m}，依嬷的身份证号{ID:cn}，你帮她查查养老金{e}
C|p|cz|R6|{m}，阿兄的手机{MOB:comma}，你打伊就好{e}
C|p|hz|R6|{m}，我屋里老头子身份证{ID:mix}，你登记一下伐{e}
C|p|retired|R6|{m}，我退休金卡的卡号是{CARD:cn}，我一个字一个字念给你的，请核对{e}
C|p|young|R6|{m}，sjh：{MOB:plain}，有事dd我{e}
S|p|emoji|R6|{n}～您预留的手机号是{MOB:sp}对吧😊😊确认一下哦{j}
S|p|tele|R6|{n}您好，跟您核对一下，您登记的身份证号是{ID:dash}，对吗？{e}
S|p|script|R6|【信息确认】尊敬的客户，您本次登记的银行卡号为{CARD:sp}，如有误请回复。{n}{e}
C|p|plain|R6|{m}，用大写写给你：{MOB:dx}，我的电话{e}
C|p|plain|R6|{m}，身份证号我写成大写的了，怕你看错：{ID:dx}{e}
C|p|plain|R6|{m}，银保那张单子的扣款卡：{CARD:dx}，我写大写的，柜员说这样不会错{e}
C|p|plain|R6|{m}，P2P立案材料里要填我的身份证，{ID:fw}，你帮我看看格式{e}
S|p|plain|R6|{n}，您信托合同里的受益人身份证号{ID:plain}，麻烦再确认下{e}
C|p|plain|R6|{m}，黄金延期账户绑的是{CARD:mix}这张卡{e}
C|p|plain|R6|{m}，我老伴的手机：{MOB:fw}，白天她在家{e}
S|g|boss|R6|年会抽奖头奖客户的电话{MOB:dash}，请网点明天上午联系，{d}前把奖品送到{e}
C|p|plain|R6|{m}，信用卡还款从{CARD:comma}这张卡自动扣{e}
C|p|plain|R6|{m}，首付那笔从这张卡出：{CARD:dot}{e}
C|p|plain|R6|{m}，我儿子身份证{ID:sp}，手机{MOB:plain}，帮他开个养老金账户{e}
C|p|retired|R6|{m}，我原单位的同事老孙也想来办，他的电话是{MOB:mix}，请你联系他{e}
C|p|gz|R6|{m}，我阿爸身份证号{ID:dash}，佢想买分红险{e}
C|p|young|R6|{m}，sfz：{ID:plain}；yhk：{CARD:plain}；帮我开户，thx{e}
C|p|cz|R6|{m}，我做生理的账户{CARD:plain}，货款都入这个{e}
S|p|hz|R6|{n}，您留的电话{MOB:dot}我打了没人接，是不是这个号？{e}
C|p|sx|R6|{m}，俺爹的身份证号{ID:fw}，给他买个养老的{e}
C|p|fz|R6|{m}，我手机号{MOB:cn}，你打来我依妹会接{e}
S|p|plain|R6|{n}，季末理财认购成功，扣款卡{CARD:plain}，请留意短信{e}
C|p|hb|R6|{m}，我新换的号{MOB:comma}，旧的不用了{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|hunan|R6|{n}，咯是我们网点的座机{LAND}，上班时间都有人接{e}
C|p|jx|R6|{m}，我身份证是{BADID:plain}，系统港校验不过，么里情况？{e}
S|p|ah|R6|{n}，您的保单号{POLICY}，纸质合同下礼拜寄到{e}
S|p|nj|R6|{n}，信托合同编号{CONTRACT}，阿收到了？{e}
C|p|hb|R6|{m}，我QQ号{QQ}，资料发介个上也行{e}
S|p|sx|R6|{n}，您那笔认购金额{AMT}元已经扣了，甚问题也没有{e}
C|p|gs|R6|{m}，我记得手机号是{MOB10:plain}，好像少了一位，麻达了{e}
C|p|xj|R6|{m}，我在哈萨克斯坦的号码{KZPH}，出差这阵打这个{e}
C|p|gz|R6|{m}，我香港个电话{HKPH}，平日打呢个{e}
S|p|hk|R6|{n}，policy number：{HKPOL}，premium下个月{DAY}号扣{e}
S|p|fz|R6|{n}，快递单号{EXPRESS}，合同丫快就到了{e}
S|p|cz|R6|{n}，阿兄，你的货款流水号{FLOW}，有问题拿这个查{e}
S|p|hz|R6|{n}，基金代码{FUND}，你自己在APP里搜一下伐{e}
C|p|retired|R6|{m}，我身份证号是{ID17:plain}，填表的时候格子多出一个，是不是我漏了？{e}
C|p|young|R6|{m}，yzm是{OTP}，啊不对，验证码不该发你，dbq，当我没说{e}
S|p|emoji|R6|{n}～您的卡{MASKCARD}已经绑定成功啦🎉🎉{j}
S|p|tele|R6|{n}您好，我们的客服热线是{HOTLINE}，有疑问可以回拨{e}
S|p|script|R6|【温馨提示】您尾号{LAST4}的账户于{DATE}完成认购，金额{AMT}元{e}
S|p|plain|R6|{n}，您填的身份证号{BADDATE:sp}，出生日期不存在，麻烦核对一下{e}
S|p|plain|R6|{n}，这个身份证{BADPROV:dash}开头的地区码不对，应该是录错了{e}
S|p|plain|R6|{n}，您给的卡号{LUHNBAD:sp}系统提示无效，麻烦再看一眼卡面{e}
S|p|plain|R6|{n}，手机号{MASKMOB}是您本人在用的吧？{e}
S|p|plain|R6|{n}，身份证{MASKID}核验通过了{e}
S|p|plain|R6|{n}，黄金延期合约{GOLD}，保证金比例{PCT}，{DATE}开始调整{e}
S|p|plain|R6|{n}，P2P案件的立案回执编号{CASE}，请妥善保存{e}
C|p|plain|R6|{m}，我的手机号{BADPFX:dash}，怎么你们系统说号段不对？{e}
S|p|plain|R6|{n}，信用卡账单日每月{DAY}号，本期应还{AMT}元{e}
S|p|plain|R6|{n}，首付款{AMT}元，网签合同号{ORDER}{e}
S|p|plain|R6|{n}，季末这期理财的产品代码{WMCODE}，认购期到{DATE}{e}
C|p|plain|R6|{m}，我在新加坡的号码{SGPH}，孩子在那边读书{e}
C|p|plain|R6|{m}，我在美国的电话{USPH}，有时差，晚上打{e}
S|g|boss|R6|年度目标：存款新增{AMT}元，分红险期缴{AMTDX}，{d}前各网点报进度{e}
S|g|trainer|R6|【测验】以下哪个是有效身份证号？A.{BADID:plain} B.{ID17:plain}。答案：都不是{e}
C|p|hk|R6|{m}，我澳门个号{MOPH}，下个礼拜返去{e}
S|p|jx|R6|{n}，你咯个卡号{LUHNBAD:cn}，我输进去系统港不对，你再对一下嘞{e}
C|p|fz|R6|{m}，我身份证{BADDATE:cn}，系统说出生日期有问题，丫奇怪{e}
S|p|xj|R6|{n}，邮编{POST}，材料寄到这个地址就行{e}
C|p|nj|R6|{m}，我身份证号{ID17:cn}，最后一位是不是要写个字母？{e}
S|p|plain|R6|{n}，个人养老金每年缴存上限一万二千元，您今年已缴{AMTS}元，验证码{OTP}请勿告诉他人{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "hunan": ["liu.xiangyu", "peng.lihua", "tan.zhiyong"],
    "jx": ["xiong.wenbin", "tu.xiaomei", "wan.guoqing"],
    "ah": ["wang.chuanfu", "bao.yanling"],
    "nj": ["xu.jinling", "gu.yangyang", "shen.haibo"],
    "hb": ["zhao.jianmin", "geng.xiaoli"],
    "sx": ["yan.lifeng", "qiao.weiguo"],
    "gs": ["ma.yongfu", "niu.jianhua"],
    "xj": ["ren.tianshan", "guo.yili"],
    "gz": ["lai.zihao", "mai.yongzhen", "huang.jiele"],
    "hk": ["chen.jiaming", "liang.huixian"],
    "fz": ["lin.yiqin", "zheng.mingfeng"],
    "cz": ["chen.xianrong", "cai.hanbin"],
    "hz": ["lou.xiaoyan", "shao.jiawei"],
    "retired": ["fang.jing", "yu.hong"],
    "young": ["xia.yutong", "lu.jiaqi"],
    "emoji": ["su.xiaotang", "miao.lele"],
    "boss": ["zhou.jianping", "he.guangming"],
    "trainer": ["liang.qing", "kong.lingyu"],
    "tele": ["lu.mengmeng", "zhu.dandan"],
    "script": ["cui.yan", "ding.xue"],
    "plain": ["zhang.yuhang", "li.siyuan", "wang.lei", "chen.shuo"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0731", "0791", "0551", "025", "0514", "0311", "0351", "0931", "0991", "020",
             "0591", "0754", "0768", "0571"]
POSTCODES = ["410000", "330000", "230000", "210000", "225000", "050000", "030000", "730000",
             "830000", "510000", "350000", "515000", "521000", "310000"]
FUNDS = ["000198", "110022", "161725", "005827", "001938", "260108", "519674", "002190",
         "000083", "163406"]
GOLDS = ["Au(T+D)", "Ag(T+D)", "mAu(T+D)", "Au99.99"]
AMT_DX = ["贰拾万元整", "叁佰万元整", "壹仟贰佰万元整", "伍佰捌拾万元整", "捌拾万元整",
          "壹亿元整", "贰仟万元整", "陆佰万元整", "玖拾万元整", "肆仟伍佰万元整"]


def fmt_date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    y = rng.choice([2026, 2027])
    style = rng.randrange(3)
    if style == 0:
        return "%d年%d月%d日" % (y, m, d)
    if style == 1:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d/%d/%d" % (y, m, d)


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "ORDER":
        return rng.choice(["WQ", "HT", "FC"]) + "2026" + rdigits(rng, rng.randint(8, 10))
    if name == "POLICY":
        return rng.choice(["P", "BD", "YB", "FH"]) + rdigits(rng, rng.randint(12, 14))
    if name == "CONTRACT":
        return "XT2026-" + rdigits(rng, 6)
    if name == "CASE":
        return rng.choice(["JZ", "LA"]) + "2026" + rdigits(rng, 6)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "HOTLINE":
        if rng.random() < 0.5:
            return "400-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
        return "95" + rdigits(rng, 3)
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MOPH":
        return "+853 6" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "USPH":
        return "+1 (2" + rdigits(rng, 2) + ") " + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "KZPH":
        return "+7 7" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "AMT":
        v = rng.randint(10, 5000) * 1000
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "AMTS":
        return "{:,}".format(rng.randint(1, 11) * 1000)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(7, 9))
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "FUND":
        return rng.choice(FUNDS)
    if name == "WMCODE":
        return rng.choice(["ZH", "JS", "XY", "GF"]) + "26" + rdigits(rng, 6)
    if name == "GOLD":
        return rng.choice(GOLDS)
    if name == "PCT":
        return rng.choice(["8%", "10%", "12%", "15%", "18%"])
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "DATE":
        return fmt_date(rng)
    if name == "EXPRESS":
        return rng.choice(["SF", "YT", "ZTO", "EMS"]) + rdigits(rng, rng.randint(11, 13))
    if name == "FLOW":
        return "2026" + rdigits(rng, 16)
    if name == "HKPOL":
        return rng.choice(["HK", "AIA", "PRU"]) + rdigits(rng, 9)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
