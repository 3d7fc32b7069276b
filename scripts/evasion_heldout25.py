#!/usr/bin/env python3
"""Blind held-out evaluation set 25 ("heldout25") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly two files of the repository: a copy of the earlier
blind set ``scripts/evasion_heldout22.py`` (used only as the format model; its docstring,
layout and helper code -- traditional table, keyword and R6 readers, numeral converters,
number validity checks, build and self-checks -- are reused here) and
``scripts/eval_categories.sh`` (to wire this set in).  The author never opened the scanner,
its rule files, its documentation, its tests, its archive, its commit history, the
training-corpus generator or any other evaluation set, and searched nothing (no web or code
search).  Every template below is new, written from general knowledge of how
Chinese-speaking financial sales staff and their customers talk on WeCom (企业微信).  The
set exists to measure how well the scanner generalises: do not tune the scanner to it, do
not add it to any training data, and run it once.

Voices
------
Shanghainese-flavoured Mandarin (侬 / 阿拉 / 伐); Wenzhou and Yiwu export traders; Changsha
(Hunan) speech; Wuhan speech; Xi'an / Guanzhong speech; Henan speech; Shandong speech;
Tianjin speech; Kunming (Yunnan) speech; Singapore and Malaysian Chinese with English
particles; North American overseas Chinese families (Vancouver / Toronto) mixing in English
words (the voice preferred for traditional script); insurance agents at morning meetings and
new-year sales drives; securities investment advisers; private bankers in an elevated written
register; WeCom voice-to-text transcripts without punctuation; e-commerce customer-service
style ("亲"); compliance trainers and branch morning briefs with numbered lists and
headings; plain Mandarin staff and customers.
Settings: snowball structured notes, private-equity funds, gold accumulation accounts, REITs,
margin trading, treasury reverse repos, participating and unit-linked insurance, claims,
family trusts, cross-border Wealth Management Connect, personal pension accounts,
large-denomination certificates of deposit, futures hedging for exporters, car and business
loans, demolition compensation, bride price, study-abroad money, Mid-Autumn customer
dinners, investor-education exhibitions and courses; customers who drive taxis, run crayfish
shops or flower stalls, work as doctors, export goods or are retired.

Hard cases
----------
Spread over every keyword category: the deciding clause far from the keyword; negation scope
across commas; double negation; rhetorical questions that assert or urge a violation versus
real questions, questions answered no and rhetorical denials; irony; conditional offers; a
reported question followed by the speaker's real answer; corrections and retractions in both
directions (retracting a refusal is a hit, retracting a violation is a near miss);
concessions; lists and headings with the violation in one item; keywords inside names of
products, shops, books, courses, exhibitions and courseware (near misses); quoting oneself
and standing by it, or endorsing someone else's violating claim (hits) versus quoting others
to reject them (near misses); training material showing wrong examples (near misses) versus
training material recommending a violating script (hit); an honest sentence and a violation
in one message (hit); customers asking for violations (near misses); refusing and then
quietly offering a workaround (hit) versus refusing and offering a legitimate alternative
(near miss); a prohibition stated with the keyword followed by a violation phrased without
it (labelled with that rule, a hit); keywords split by one of the separators ``· -_*.~`` in a
minority (more than 0 and under 15 %) of each keyword category's hits; 25 % of every category
in traditional characters through the one-to-one table ``_TRAD_PAIRS`` (ambiguous characters
left out; the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese/Arabic, full-width digits, one space per digit and split by spaces, dashes, dots and
commas, versus look-alikes: bad ID check characters, impossible birth dates, bad province
codes, 17-digit IDs, Luhn failures, 10-digit and bad-prefix mobiles, partial and masked
numbers, unified social credit codes, passports and Hong Kong / Macau travel permits,
Singapore / Malaysian / Canadian phones, 400 hotlines and landlines with extensions, stock
and fund accounts, Beijing Stock Exchange and reverse-repo codes, VINs, IMEIs, merchant
numbers, contract / loan / policy / order / invoice / tracking / remittance references,
queue numbers, gold grams, amounts, dates, QQ numbers, postcodes and one-time codes.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout25.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h25_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, luhn_complete, rdigits, run, shared_near_slot)

SEED = 25_2026_1206
SET_NAME = "heldout25"
MSGID_PREFIX = "h25"
T0 = 1774000000000
SEQ0 = 1000000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("ts",)     # voices converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.  Look-alike
# IDs avoid area codes that start like a mobile, 1 followed by 3-9 (NumberSpec does this).
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147",
              "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "172",
              "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
              "186", "187", "188", "189", "191", "198", "199"]
AREAS = ["310101", "310104", "310115", "330302", "330304", "330782", "430102", "430104",
         "420102", "420106", "610103", "610113", "410102", "410105", "370102", "370103",
         "120101", "120103", "530102", "530103", "440781", "440785", "320583", "350206"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "622700", "621226", "622262", "623058",
               "621799"]
CARD_BINS19 = ["6222021", "6228481", "6217001", "6212261", "6216611", "6210985"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["沈阿姨", "许老师", "老蒋", "曹姐", "邓师傅", "潘总", "彭哥", "阎大姐", "宋老板", "付叔",
          "邱姐", "薛医生", "詹老板", "姜阿姨", "骆哥", "鲁老师", "申姐", "苗总", "谭叔", "柳姐"],
    "m": ["小沈", "沈经理", "顾老师", "小彭", "熊经理", "雷主管", "小孔", "侯经理", "段姐", "小方",
          "秦顾问", "陆经理"],
    "e": ["", "", "🙂", "👌", "🙏", "🤣", "☕", "🍵", "🌸", "🎉", "👋", "😅"],
    "d": ["礼拜四", "下周二上午", "月中", "明天收盘前", "周末过后", "下个月初", "今天下午三点前",
          "这两天", "节后", "周四晚上"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "180万", "250万", "500万", "35万"],
    "r": ["3.2%", "3.6%", "4%", "4.6%", "5.2%", "6.5%", "7%", "8%", "2.9%", "3.95%"],
    "k": ["小顾", "彭经理", "熊主管", "雷姐", "小秦", "陆顾问", "孔经理", "段老师", "小侯",
          "方专员"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; ts prefers traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|sh|R1|{n}，阿拉这只雪球产品保本额呀，侬还有啥好犹豫额？错过这一期要等半年了{e}
S|p|xiang|R1|{n}，这款分红险是稳赚的咯，你还在犹豫么子？霸蛮存几年就晓得了{e}
S|p|wh|R2|{n}，内部消息都到我手上了，你还在那里观望搞么斯？{d}那只票就要拉升，信我冇得错{e}
S|p|xa|R1|{n}，额给你推的这个私募稳赚不赔，你还谝撒闲传哩？赶紧打款么{e}
S|p|hen|R3|{n}，走公司账户还得扣手续费，恁直接转到我个人卡上，不比那中？{e}
S|p|sd|R4|{n}，恁天天出车跑活儿，哪有空看盘？账户密码给俺，俺帮你操作，不比恁自己瞎琢磨强？{e}
S|p|tj|R1|{n}，介基金零风险，您介还琢磨嘛呢？倍儿稳，赶紧的{e}
S|p|km|R5|{n}，企业微信消息多得很，咋个不加我私人微信？那边回你快得很{e}
S|p|sg|R3|{n}，返佣我都帮你争取到了lah，你还不要，酱紫不是很亏咩？{e}
S|p|ts|R1|{n}，这张美金保单保收益{r}，你说在温哥华哪里找得到这么好的deal？还wait什么{e}
S|g|ins|R1|各位家人，投连险保本又保收益，这种好事不上哪里找去？开门红最后三天{e}
S|p|broker|R2|{n}，我拿到的内部消息，庄家已经吸筹完毕，这么明显的信号你还看不出来？{d}开盘前挂单{e}
S|p|pb|R4|{n}，您日理万机，何必亲自盯这些净值？全权委托给我本人打理，不是更省心吗？{e}
S|p|voice|R1|{n}那个那个我跟你说这个雪球嗯它就是保本的嘛你还担心啥呢对吧{d}之前打款就行{e}
S|p|tb|R1|亲，这款理财是零风险的哦，亲还有什么顾虑呢？现在下单还送积存金哦{e}
S|p|plain|R1|{n}，谁跟你说大额存单才保本？我这款理财不也保本，收益还有{r}，你说选哪个？{e}
S|p|sh|R3|{n}，侬讲讲看，私下交易有啥勿好？手续费省下来，阿拉两家头都开心，对伐？{e}
S|p|wz|R3|{n}，货款走公司要三天，飞单走我这边当天到，做生意的人还用我教？{e}
S|p|xiang|R4|{n}，你一个开出租的，哪里有时间管这些？全权委托给我咯，我还会害你？{e}
S|p|wh|R5|{n}，加我个人号几难啊？公司这个号下班就不看了，你说是不是这个道理{e}
S|p|xa|R2|{n}，庄家在底下吸了半个月筹了，你说它能不拉升？额敢说{d}就起来{e}
S|p|hen|R1|{n}，咱这个积存金是稳赚，金价啥时候真跌过？你说中不中{e}
S|p|sd|R3|{n}，返点俺都给恁算好了，一个点，恁不要白不要啊，是不是？{e}
S|p|tj|R5|{n}，您说您介么大岁数了，企业微信找不着，加我私人号多省事儿，对吧？{e}
S|p|km|R1|{n}，这个信托保本的，整哪样还要想？板扎得很{e}
S|g|sg|R1|各位uncle aunty，稳赚的产品不买，难道要把钱放在户口里发霉咩？{d}截止{e}
S|p|ts|R4|{n}，你人在多伦多，时差十几个钟，还自己下单？账户密码交给我，我帮你操作不是更easy？{e}
S|p|ins|R1|{n}，孩子的留学金放这款分红险里保本，难道你想让孩子的钱跟着股市坐过山车？{e}
S|p|broker|R1|{n}，两融账户打新稳赚，这种钱你都不赚，对得起你的保证金吗？{e}
S|p|pb|R3|{n}，家族信托的管理费，我私下返点给您，这点人情我还做不了主？{e}
S|p|plain|R2|{n}，你以为我凭什么让你{d}前满仓？还不是因为有内幕消息。懂了吧{e}
S|p|plain|R1|{n}，不是跟你说过吗，拆迁款放这儿保本，你不信我还能信谁？{e}
S|p|voice|R3|{n}你就直接私下转账给我嘛走什么公司流程啊那多麻烦对不对我收到就给你办{e}
S|p|plain|R1|{n}，难道我会拿你的彩礼钱开玩笑？这只稳赚，放心{e}
S|p|plain|R4|{n}，您是医生，天天手术台上站着，还能自己调仓？代客理财这事交给我，有什么不放心的？{e}
S|p|tb|R5|亲亲，企业微信可能会漏消息呢，亲加一下小客服的私人微信好不好呀？{e}
S|p|plain|R1|{n}，你问我这款REITs会不会亏？我什么时候骗过你，零风险，明白了吧{e}
S|p|sh|R1|{n}，啥人讲理财勿好保证收益额？阿拉这只就保证收益{r}，侬拿笔记下来{e}
S|p|plain|R3|{n}，公户转账要填一堆用途，转到我个人账户不就两秒钟的事？还犹豫什么{e}
S|p|km|R2|{n}，你猜我咋个晓得的？内部消息，{d}这只要拉升，信不信由你，反正我已经买了{e}
S|p|plain|R3|{n}，谁说不能返点？没有哪条规矩是不能变通的，你这单返点一个点，还用问吗{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|sh|R1|{m}，侬帮我看看，这只雪球到底保本伐？我屋里老头子讲要保本额{e}
S|p|sh|R1|{n}，保本？雪球哪能保本啦，敲入了就要亏，阿拉讲清爽再买{e}
S|p|xiang|R1|{n}，稳赚？哪有稳赚的咯，真有我自己早就辞职了，你莫听别个乱讲{e}
S|p|wh|R2|{n}问我是不是有内部消息，冇得，真冇得，我每天看的都是公告和研报{e}
C|p|xa|R2|{m}，额听人谝说那只票有庄家，得是真的？{e}
S|p|hen|R2|{n}，庄家要拉升？咦，这话恁听谁说的，俺可木有这种消息，也不敢有{e}
S|p|sd|R4|{n}问能不能帮你操作，俺能吗？不能。账户是恁的，下单也得恁自己点{e}
C|p|tj|R4|{m}，我介眼神儿不好，您能帮我下个单不？账户密码我告诉您{e}
S|p|km|R5|{n}，加私人微信？哪个敢嘛，公司查到了要遭，就在企业微信上说{e}
S|p|sg|R1|{n}问有没有零风险的，我老实讲lah，没有，新加坡国债也有利率风险{e}
C|p|ts|R3|{m}，我在温哥华，能不能私下转账给你，再帮我买？汇款太麻烦了{e}
S|p|ins|R1|{n}，您问分红险是不是保收益？分红是不保证的，演示利率只是演示，合同里写着{e}
S|p|broker|R2|{n}，您觉得我要是有内幕消息，会在这里跟您聊天吗？我就一个普通投顾，只能看公开数据{e}
S|p|pb|R4|{n}，您问全权委托可不可以——我行不接受个人全权委托，可以为您配置投顾账户，每笔交易由您确认{e}
S|p|voice|R3|{n}你说那个返点啊没有的没有的我们这个不能给返点的你就正常买就行了{e}
S|p|tb|R1|亲，保本的产品小客服这边没有哦，存款才有存款保险保障呢{e}
S|g|trainer|R1|【投教问答】问：理财经理说保本能信吗？答：理财产品不保本，听到保本两个字先多问一句{e}
C|p|plain|R1|{m}，理财跟大额存单比，哪个保本？我就怕亏{e}
S|p|plain|R1|{n}，大额存单受存款保险保护，五十万以内本息都有保障；理财不保本，这是两回事{e}
S|p|wz|R3|{n}，你问飞单能不能做？不能，出了事货款追不回来，我也要坐牢的{e}
S|p|xiang|R3|{n}，何解要私下交易咯？正规走系统，合同发票都有，出了问题也找得到人{e}
C|p|wh|R5|{m}，你有私人号冇？公司这个号我老是找不到你{e}
S|p|xa|R1|{n}，嫑信那些说稳赚不赔的，额干了十年，没见过稳赚不赔的东西{e}
S|p|hen|R3|{n}，你说返佣？俺要是收了返佣，饭碗还要不要了？正规手续费，一分不多收{e}
S|p|sd|R1|{n}，俺哪敢跟你说包赚？基金都有涨有跌，杠赛的行情也会回调{e}
S|p|tj|R5|{n}，您问我私人微信？嘛私人微信呀，我们就用介企业微信，上班下班都看得见{e}
S|p|km|R2|{n}，整哪样内幕消息嘛，那个群是骗子，你莫进{e}
S|g|sg|R4|有uncle问可不可以把账户密码给我，我在群里讲一次：不可以，谁问都不要给{e}
S|p|ts|R4|{n}，代客理财？不行的，加拿大这边也不行，我们只能给建议，下单要你本人{e}
S|p|broker|R2|{n}，打板那些群天天说庄家拉升，真有这么好的事，他们自己闷声发财不好吗？还用拉你进群？{e}
C|p|voice|R1|{m}那个我想问一下啊这个个人养老金账户里的东西是不是都保本的啊{e}
S|p|voice|R1|{n}个人养老金账户里面有存款也有基金存款那部分是保本的基金那部分不保本你要分开看{e}
S|p|plain|R1|谁能保证收益？REITs也是跟着租金和市场走的，{n}，这点要想清楚{e}
S|p|pb|R1|{n}，您说隔壁行的“保本型”家族信托——恕我直言，信托不能承诺保本，建议您拿合同再看看{e}
S|p|plain|R3|{n}，您问能不能转到我个人卡上，这个真不能，只能转公司对公户，户名我发您{e}
C|p|sd|R3|{m}，恁那边买基金有返点不？俺同事说别家有{e}
S|p|ins|R5|{n}，您是问能不能加我私人微信吧？不用加，这个企业微信就是我，理赔进度我这里都能查{e}
S|p|plain|R1|{n}，您问是不是“零风险”？国债逆回购风险很低，但也不叫零风险，很低不等于没有{e}
S|p|wh|R1|{n}，你说小龙虾生意都有赔的时候，理财能稳赚？道理是一样的撒{e}
S|p|tb|R4|亲，是问小客服能不能帮你操作赎回吗？这个要亲本人在APP里点哦，小客服可以一步一步教亲{e}
S|p|plain|R1|{n}，不是不让你买，是不能不告诉你：这只雪球不保本，跌破敲入线本金会亏{e}
S|p|xiang|R1|{n}，稳赚不赔？对对对，那我明天就辞职天天买它咯——醒醒，冇得这回事{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|trainer|R1|【合规早课】第一条：对客沟通不得使用“保本”“保收益”等表述，违者纳入考核{e}
S|g|trainer|R3|通知：即日起严禁任何形式的私下交易和私下转账，一经发现移交纪检{e}
S|p|sh|R4|{n}，阿拉公司规定勿好代客理财额，侬要买啥自家点，我旁边帮侬看{e}
S|p|wz|R3|{n}，外贸回款这块，公司规定不能转到我个人账户，必须进对公，这个没得商量{e}
S|p|xiang|R5|{n}，行里规定私人微信一律不准加，不是我拿架子咯{e}
S|p|wh|R2|{n}，我们这行规定不准传内部消息，哪个传了哪个倒霉，你也莫打听{e}
S|p|xa|R1|{n}，上头规定不准说零风险，额也不会说，这东西本来就有风险{e}
S|p|hen|R4|{n}，公司规定不能替客户保管账户密码，恁自己记好，别写手机壳上{e}
S|p|sd|R3|{n}，俺们单位明令禁止收客户返点，恁的好意俺心领了{e}
S|p|tj|R1|{n}，按规定我们不能说稳赚，介是底线，您理解{e}
S|p|km|R3|{n}，公司不准员工跟客户私下交易，你买普洱茶的钱也不能走我这里，我们各管各的{e}
S|g|sg|R5|Reminder：公司规定我们不可以用私人号跟客户联络，大家有事就在这里找我{e}
S|p|ts|R3|{n}，公司规定不能私下转账，就算你在国外也一样，要wire到公司的账户{e}
S|g|ins|R1|开门红期间再次重申：禁止宣传“保本”“稳赚”，不得将保险与存款混淆{e}
S|p|broker|R4|{n}，证券从业人员不得接受客户全权委托，这是法规写明的，所以您的账户我碰不了{e}
S|p|pb|R4|{n}，按我行规定，客户经理不得代客理财，家族办公室的方案也需要您逐项授权签字{e}
S|p|voice|R3|{n}那个飞单是绝对不允许的哈公司三令五申的你有什么要买的都在系统里面下单{e}
S|p|tb|R5|亲，平台规定客服不可以加亲的私人微信哦，有问题随时在这里留言{e}
C|p|plain|R1|{m}，我听说现在监管不让银行说保本了，是这样吗？{e}
C|p|hen|R4|{m}，恁们是不是规定不能帮客户操作啊？俺要是不会弄，账户密码能给恁不？{e}
S|g|brief|R2|【今日提示】①不得传播内幕消息 ②不得评价个股涨跌 ③周四下午投教讲座在二楼{e}
S|p|plain|R3|{n}，所有款项禁止转到我个人账户，这条我每个客户都要说一遍，您别嫌我啰嗦{e}
S|p|plain|R1|{n}，资管新规以后，理财不准再承诺保本，以前那种“保本理财”都没了{e}
S|p|xiang|R4|{n}，我们不能帮你操作，但我可以开视频，你自己点，我告诉你点哪里咯{e}
S|p|wz|R1|{n}，期货套保也是有风险的，公司规定谁都不能跟客户讲零风险{e}
S|g|trainer|R3|案例学习：某员工以返佣为名截留客户资金被判刑，严禁返佣，请全员签字确认已阅{e}
S|p|sh|R2|{n}，阿拉规定讲勿来个股内部消息额，侬问别人也勿要信{e}
S|p|km|R1|{n}，规定上不准讲保本保息，大额存单属于存款，五十万以内受存款保险保护，理财就不一样了，这点我得讲清楚{e}
S|p|wh|R3|{n}，飞单、私下交易，这两样在我们行是开除的，你放心，我一样都不沾{e}
S|p|tj|R5|{n}，公司明文规定，加私人号要挨处分，您就在这儿跟我说吧{e}
S|p|broker|R2|{n}，两融讲座里说得清楚：利用内幕消息交易是违法的，我们不打听也不提供{e}
S|p|ins|R3|{n}，代理人不能给投保人返佣，所以首年保费我一分都不能退给您，这是规定{e}
S|p|pb|R1|{n}，私行产品也须遵守打破刚兑的要求，任何人不得向您承诺保收益，包括我{e}
S|p|sd|R1|{n}，“稳赚不赔”这四个字是俺们内部的禁用词，恁看到谁用都可以投诉{e}
S|p|ts|R4|{n}，规定上我不能帮你操作，加拿大时间晚上你上线，我们语音，你一步一步来{e}
S|p|voice|R5|{n}就是说我们这边规定是不让加私人微信的嗯有什么事情就企业微信发给我我都会回的{e}
S|p|plain|R4|{n}，不得索要账户密码是我们入职第一课，您以后遇到问密码的一律挂掉{e}
C|p|xa|R3|{m}，额看你们大厅贴着“禁止飞单”，飞单到底是撒意思？{e}
S|p|plain|R1+R4|{n}，我们有两条红线：不承诺保本，不接受全权委托，其他的都好商量{e}
S|g|brief|R5|群公告：本群仅用于产品资讯，请勿在群内互加私人微信，谨防诈骗{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|sh|R1|{n}，公司规定勿好讲保本，不过侬自家人我讲句实话：这只雪球就是保本额，放心{e}
S|p|wz|R3|{n}，规定是不准飞单，不过外贸的钱大家都懂，这一单飞单走我这，点差给你让一半{e}
S|p|xiang|R1|{n}，规定不让讲稳赚，我换个讲法：这个东西就冇亏过，稳赚咯{e}
S|p|wh|R2|{n}，上头规定不准讲内部消息，我只跟你一个人讲：{d}那只票要拉升，莫跟别个讲{e}
S|p|xa|R5|{n}，规定是不让加私人微信，额晓得，可额俩啥关系？加一下，谁也不知道{e}
S|p|hen|R3|{n}，规定不让收返点，俺不收，俺媳妇收。回头返点打到她卡上就中{e}
S|p|sd|R4|{n}，公司不让俺帮你操作，那是怕出事。恁信得过俺，账户密码发来，出事俺担着{e}
S|p|tj|R1|{n}，合规说了不准承诺保证收益，您介老客户我不瞒着，保证收益{r}，少了我补{e}
S|p|km|R3|{n}，公司是不准私下交易，但普洱茶那笔钱你直接转到我个人卡上，我帮你把理财一起买了{e}
S|g|sg|R1|公司讲不可以说保本，ok我不讲，我只讲这个product从来没有亏过本金，保本啦，大家懂{e}
S|p|ts|R3|{n}，规定上不能私下转账，但你在加拿大wire太麻烦，私下转账给我，我在国内帮你办{e}
S|g|ins|R1|合规不让讲保本，那我们就讲“本金安全，稳赚”——各位家人听得懂吧{e}
S|p|broker|R4|{n}，规定不许接受全权委托，我们签的是“咨询服务”，实际操作你别管，全权委托给我就行{e}
S|p|pb|R4|{n}，制度上我们不代客理财，惟您是私行尊享客户，我团队可代客理财，无需逐笔确认{e}
S|p|voice|R1|{n}规定是不让说零风险但是我跟你讲这个真的是零风险的你就放心买吧{e}
S|p|tb|R3|亲，平台规定不能返现哦，但亲下单后小客服私下给亲返点两个点，不要告诉别人哦{e}
S|p|plain|R1|{n}，资管新规确实不让说保本，可这款是我们自己发的，实际上就是保本，不然我敢让你拿拆迁款买？{e}
S|p|plain|R2|{n}，按规定不能透露内幕消息，所以我什么也没说，你{d}之前买进就对了{e}
S|p|plain|R5|{n}，公司禁止加私人号，所以我用我老婆的手机注册了个私人号，你加那个就行{e}
S|p|sh|R3|{n}，阿拉规定勿好私下交易，侬晓得额，不过老客户特殊，私下交易手续费全免{e}
S|p|wz|R1|{n}，公司不让讲期货套保零风险，可你这种对冲做法，实际上就是零风险，我保证{e}
S|p|xiang|R4|{n}，规定是不能代客理财，你屋里娭毑年纪大了，代客理财这件事我帮她搞定咯{e}
S|p|hen|R1|{n}，规定不让说包赚，俺不说，俺就说一句：这积存金买了就是包赚{e}
S|p|sd|R5|{n}，按规定俺不能加恁私人微信，可恁这么个大客户，破个例，私人微信发你了{e}
S|p|tj|R3|{n}，公司是严禁返佣，这我门儿清，您介么多年交情，返佣照给，悄没声儿的{e}
S|p|km|R2|{n}，公司不准讲庄家，那我就说“有大资金”，反正就是庄家要拉升了，{d}进{e}
S|g|brief|R1|【今日要点】1.严禁承诺收益 2.严禁代销外部产品 3.本周主推增额寿，保本保收益，名额有限{e}
S|g|trainer|R3|培训纪要：飞单严禁。但老客户确有需要的，可经我同意后走飞单，事后补材料{e}
S|p|ts|R4|{n}，规定我不能帮你操作，不过你把账户密码给我，我用你的名义登录，就不算我操作了{e}
S|p|ins|R3|{n}，不让返佣这个我懂，所以我们叫“服务费返还”，其实就是返佣，首年返三成{e}
S|p|broker|R2|{n}，监管严禁利用内部消息，我懂。不过这条内部消息是从上市公司董秘那儿来的，你自己判断{e}
S|p|voice|R4|{n}那个公司规定说是不能全权委托但是你放心你把账户交给我全权委托给我我帮你管一年{e}
S|p|plain|R3|{n}，不是不让转到我个人账户吗？对，所以转我爱人账户，一样的{e}
S|p|sg|R5|{n}，公司规定不可以给私人号，不过你是老朋友，私人号给你，WhatsApp也行{e}
S|p|xa|R1|{n}，额们规定不让说稳赚不赔，可这私募额自己也买了，稳赚不赔，额能坑你？{e}
S|p|plain|R1|{n}，规定是规定，市场是市场。这只REITs年化{r}，保证收益，到时候不够我自掏腰包{e}
S|p|wh|R4|{n}，按规定我不能帮你操作，但你那个小龙虾店忙得要死，账户密码给我，我帮你操作，莫客气{e}
S|p|pb|R1|{n}，合规部要求我们不得使用保本字样，所以我在电话里跟您讲：这笔钱保本，书面上不写{e}
S|p|plain|R3|{n}，公司又不是没说过不准飞单，说过。可说过不等于不能做，这单飞单走我这{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|brief|R2|【防骗提醒】近期有人冒充我司投顾，在短视频平台以“内幕消息”为名拉人进群收会费，请勿相信{e}
S|p|sh|R5|{n}，有人冒充阿拉加侬私人微信，侬千万勿要理，我从来勿加私人微信额{e}
S|p|wz|R3|{n}，义乌那边有人说能帮你飞单省税，这个是违法的，我已经报给公司了{e}
S|p|xiang|R1|{n}，你屋里娭毑接到电话说有零风险的养老项目，那是骗子咯，千万莫转钱{e}
S|p|wh|R4|{n}，有个人在群里说能代客理财月收益百分之十，我已经向群主举报了，你莫信{e}
S|p|xa|R2|{n}，额们营业部已经把那个自称认识庄家的荐股群报给证监局了，你嫑再往里面打钱{e}
S|p|hen|R3|{n}，那个前同事让恁私下转账的事，俺已经报给合规了，恁把转账截图留好{e}
S|p|sd|R1|{n}，有个微商说卖黄金稳赚，俺看了一下是非法集资的套路，恁离远点{e}
S|p|tj|R4|{n}，介几天有人打电话冒充银行要您的账户密码，甭管谁问，一个字儿都别说{e}
S|p|km|R1|{n}，花市那边有人推什么包赚的鲜花众筹，我看是骗局，你的钱莫投{e}
S|g|sg|R1|各位注意，最近有scam冒充我们公司，说有保证收益的基金，我们从来没有这种产品{e}
S|p|ts|R3|{n}，你舅舅说有人叫他私下交易买内地保单，那个不合法，你叫他不要转钱{e}
S|g|ins|R1|客户投诉通报：某代理人向客户宣称分红险保本，公司已核实处理，请大家引以为戒{e}
S|p|broker|R2|{n}，提醒一下，那个天天喊“庄家拉升”的直播间是非法荐股，已经被监管点名了{e}
S|p|pb|R4|{n}，谨此提示：近期有人冒用我行私行名义推介“全权委托理财”，我行并无此类业务{e}
S|p|voice|R5|{n}我跟你讲啊最近有人冒充我加客户私人号你要是收到好友申请千万别通过我就这一个企业微信{e}
S|p|tb|R3|亲，如果有人以客服名义要亲私下转账，那都是诈骗哦，请亲立即拨打官方电话核实{e}
C|p|plain|R1|{m}，我要投诉，你们以前那个经理跟我说雪球保本，结果敲入亏了三成{e}
C|p|wh|R3|{m}，我举报一下，有个自称你们公司的人要我私下转账给他，是不是骗子？{e}
S|g|trainer|R1+R3|违规案例（错误示范❌）：“这个理财稳赚，转到我个人账户更快。”请找出两处违规并写出正确话术{e}
S|p|plain|R2|{n}，你转来的那个“内幕消息”截图我看了，是典型的杀猪盘开场，已经帮你举报了{e}
S|p|plain|R1|{n}，您说的那个P2P当年也说零风险，结果爆雷了，这个教训我们要记住{e}
S|p|sh|R3|{n}，阿拉前头那个同事收客户返点额事体已经查实了，侬还有啥证据可以发我，我转合规{e}
S|p|xiang|R2|{n}，投教基地下周办个展，主题叫“识破内幕消息骗局”，你带你崽一起来看看咯{e}
S|g|brief|R5|⚠️警惕：任何人以“加私人微信领福利”为名联系您，均非本公司行为{e}
S|p|hen|R1|{n}，俺看了恁发的那个广告，“年化百分之十五保本”，这明显是骗人，俺帮恁报给反诈中心了{e}
S|p|sd|R4|{n}，那个说能帮你操作期货翻倍的老师，是骗子，恁赶紧把他拉黑{e}
S|p|tj|R3|{n}，我们行里有人飞单被抓了，新闻上都播了，您要是买过他的产品赶紧查一下{e}
S|p|km|R2|{n}，那个群里天天喊内部消息的，前天已经解散了，群主卷钱跑了，报警吧{e}
S|p|ts|R1|{n}，加拿大这边也有骗子说稳赚不赔的移民理财，你叫你妈妈小心{e}
S|p|ins|R5|{n}，有人冒充理赔专员加你私人微信说帮你加快理赔，那是骗子，理赔只走官方渠道{e}
S|p|broker|R1+R4|{n}，骗子的套路就两招：先说稳赚，再要你的账户密码。碰到这两句话直接挂电话{e}
C|p|xa|R4|{m}，额有个亲戚说他能全权委托帮额炒股，这靠谱不？{e}
S|p|pb|R3|{n}，您反映的那位前员工私下交易的事，我们已经立案，调查结果会书面告知您{e}
S|p|voice|R1|{n}那个你发的那个链接我看了说什么稳赚一天赚三百这个肯定是骗子你千万别点{e}
C|p|sg|R5|{m}，有人用你的照片加我私人号，说要帮我投资，是你吗？{e}
S|p|plain|R3|{n}，谢谢您提供的线索，那个冒充我们员工收返佣的人已经移交警方了{e}
S|g|trainer|R2|本月警示教育：某营业部员工泄露内幕消息被处罚，警钟长鸣{e}
S|p|plain|R1|{n}，您书架上那本《零风险的谎言》写得挺好，讲的就是这些骗局{e}
S|p|wz|R4|{n}，有个外贸群里有人收钱代客理财，说是我们公司的，我们没这个人，报警吧{e}
S|p|plain|R1|{n}，以后要是有人跟您说保本，您就录个音发我，我帮您投诉{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|sh|R2|{n}，外头那些内幕消息侬勿要信，都是骗子。真正额内幕消息我这里有，{d}讲给侬听{e}
S|p|wz|R3|{n}，外面那些飞单的中介不靠谱，卷款跑路的多。你要飞单就找我，我这边稳当{e}
S|p|xiang|R1|{n}，小心那些说零风险的骗子咯！我们这款才是真的零风险，我拿工作担保{e}
S|p|wh|R4|{n}，我已经举报了那个骗你账户密码的人。以后账户密码就给我，我帮你操作，冇得问题{e}
S|p|xa|R1|{n}，嫑信短视频上说稳赚的，那都是卖课的。额这个私募才是稳赚，额敢写下来{e}
S|p|hen|R5|{n}，最近骗子冒充俺，恁注意啊。恁直接加俺私人微信，认准私人微信就不会被骗{e}
S|p|sd|R3|{n}，提醒恁一句，外边收返点的都是骗子。返点恁找俺，俺这边给得实在{e}
S|p|tj|R1|{n}，现在骗子多，说保本的您都甭信——除了我，我这个保本，您放心买{e}
S|p|km|R2|{n}，那个群里的庄家消息是假的，我已经举报了。真的庄家{d}要拉升，我私下跟你讲{e}
S|g|sg|R3|各位小心scam！不要私下转账给不认识的人。要私下转账就转给我，我是正规的{e}
S|p|ts|R4|{n}，加拿大那边好多假投顾骗人全权委托，你小心。全权委托给我就安全了，我们是国内持牌的{e}
S|g|ins|R1|反诈宣传：别信外面说保本的理财，都是坑！咱们这款分红险才是真正保本，还保分红{e}
S|p|broker|R2|{n}，已经帮你举报了那个荐股群。另外跟你说个内部消息，那家公司{d}要公告重组，先埋伏{e}
S|p|pb|R4|{n}，近期有人冒用我行名义，请您警惕。若需代客理财，请直接交由本人代客理财，更为稳妥{e}
S|p|voice|R1|{n}那个外面那些说保证收益的你都别信啊都是骗人的我们这个保证收益{r}的你放心{e}
S|p|tb|R5|亲，最近有人冒充小客服，亲要认准哦，小客服的私人微信在这里，亲加这个才是真的{e}
S|p|plain|R3|{n}，已经把那个冒充我的人报警了。以后转钱就直接转到我个人卡上，别转给陌生人{e}
S|g|brief|R1|【防骗提醒】①不点陌生链接 ②不给验证码 ③理财认准本行“稳赚宝”系列，稳赚不赔{e}
S|p|plain|R2|{n}，举报材料我交上去了，那个群主的内幕消息是编的。我的内部消息不一样，是真的，你信我{e}
S|p|sh|R5|{n}，侬讲的那个冒充我的账号我已经举报了。侬以后只加我私人号，旁的都勿要加{e}
S|p|wz|R1|{n}，那些说期货零风险的都是骗你的，我们这个对冲方案才是零风险，你放心下单{e}
S|p|xiang|R3|{n}，你娭毑差点被骗私下转账的事我报了警。以后要转钱莫转别个，私下转账给我就行{e}
S|p|hen|R4|{n}，小心骗子要账户密码，咱不能给外人。账户密码给俺就中，俺替恁买卖{e}
S|p|sd|R1|{n}，那个微商的黄金不靠谱，俺已经举报了。要买就买俺这个积存金，包赚{e}
S|p|tj|R5|{n}，最近冒充的多，您把企业微信这个删了也行，就加我私人号，那个绝对是我本人{e}
S|g|sg|R2|大家小心那些说有内幕消息的群，都是假的。我才有真的内幕消息，私聊我{e}
S|p|ts|R1|{n}，你妈妈差点买了那个稳赚不赔的骗局，幸好问我。要稳赚不赔就买我这个，真的{e}
S|p|ins|R3|{n}，投诉那个代理人的事我帮您提交了。以后您在我这儿买，返佣我照老规矩给您{e}
S|p|broker|R4|{n}，千万别把账户交给那些荐股老师。要交就交给我，我帮你操作，你只管看收益{e}
S|p|pb|R1|{n}，警惕市面上宣称保本的伪私募产品。本行定制的这款产品才是保本的，可放心配置{e}
S|p|voice|R3|{n}就是说你千万别给陌生人转钱啊要转就转到我个人账户上我帮你买比较安全{e}
S|g|trainer|R1|警示：外部机构假“零风险”产品频发。提醒大家跟客户讲清楚，咱家的才是真零风险{e}
S|p|km|R1|{n}，鲜花众筹那个我举报了，是骗子。你要稳赚，就来买我们的信托，稳赚{e}
S|p|xa|R3|{n}，那个收你返佣的人被抓了。以后返佣额直接给你，不经过别人{e}
S|p|plain|R4|{n}，骗子都要账户密码，所以您别给陌生人。给我就不一样了，我是您的客户经理，代客理财是应该的{e}
S|p|wh|R2|{n}，莫信网上那些内幕消息，都是套路。我跟你讲的不是网上的，是券商朋友给的内部消息，{d}拉升{e}
S|p|tj|R3|{n}，那个飞单的被抓了，您甭怕。您这单我私下交易帮您办，比他稳妥{e}
S|g|ins|R5|⚠️防诈提醒：冒充理赔专员的骗子很多！理赔问题请直接加我私人微信，其他人都别信{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|sh|R4|{n}，账户密码侬自家收好，我勿好替侬下单额，侬有空到网点来，我陪侬一道弄{e}
S|p|wz|R3|{n}，飞单我不做，货款还是走公司对公，发票我今天给你开好{e}
S|p|xiang|R1|{n}，保本的东西我给你推不了咯，你要稳一点，可以看看国债{e}
S|p|wh|R2|{n}，内部消息冇得，有也不能讲，你要的话我把公开的研报发你{e}
S|p|xa|R5|{n}，私人微信额就不加了，额这企业微信晚上也看，有事直接说{e}
S|p|hen|R3|{n}，恁说转到我个人卡上，这可不中，俺把对公账户发给恁，恁转这个{e}
S|p|sd|R1|{n}，俺没法跟恁保证收益，这是实话，恁要是接受不了波动，就买存款{e}
S|p|tj|R4|{n}，您让我全权委托帮您管，介个真不成，我可以每周给您发一份持仓分析{e}
S|p|km|R3|{n}，返点我不收，你的心意我领了，普洱茶也不用寄了{e}
S|g|sg|R1|有人私讯问我有没有稳赚的，我统一回复：没有lah，我卖不了稳赚的东西{e}
S|p|ts|R3|{n}，私下转账我不能收，你可以用跨境理财通，钱走银行渠道，合规又安全{e}
S|p|ins|R3|{n}，返佣我不能给，但公司有正规的客户积分活动，能换体检套餐，我帮您登记{e}
S|p|broker|R4|{n}，帮你操作不行的，我们可以开通条件单，你自己设好价格，到价自动成交{e}
S|p|pb|R4|{n}，承蒙信任，但代客理财恕难从命，我可为您出具配置建议书，由您逐项决定{e}
S|p|voice|R5|{n}那个私人号我就不给你了啊不是不想给是公司不让有事你就在这里留言我看到就回{e}
S|p|tb|R1|亲，零风险的产品小客服真的没有呢，亲可以看看低风险等级的存款类产品哦{e}
C|p|plain|R4|{m}，账户密码我不给你了，我还是自己操作吧，你教我就行{e}
C|p|sh|R3|{m}，返点阿拉勿要额，侬正常帮我办就好{e}
S|p|plain|R2|{n}，庄家不庄家的我不知道，也不会去打听，您要看的话我给您讲讲这家公司的财报{e}
S|p|plain|R3|{n}，私下交易我不做，您要的那只基金我们代销，系统里就能买，申购费还有一折{e}
S|p|wz|R4|{n}，你出国看展会这段时间，账户我不能帮你操作，你可以设个定投，自动扣款{e}
S|p|xiang|R5|{n}，加我个人号就算了咯，你要是晚上找不到我，打我们行的客服电话，二十四小时有人{e}
S|p|wh|R1|{n}，你要的“包赚”我给不了，我能给的是把风险讲清楚{e}
S|p|xa|R3|{n}，你那私募尾款要私下转账给额？不敢不敢，打到托管账户，户名额发给你{e}
S|p|hen|R2|{n}，拉升不拉升俺说不准，俺也不给恁传小道消息，恁自己拿主意{e}
S|p|sd|R5|{n}，俺的私人号不方便给，工作的事就在企业微信上说，节假日俺也回{e}
S|p|tj|R1|{n}，您要一个稳赚不赔的，我这儿真没有，谁说有您就得留个心眼{e}
S|p|km|R4|{n}，账户密码你不要发给我，已经发的赶紧改掉，我不会帮你登的{e}
S|p|ts|R4|{n}，全权委托我做不了，你可以考虑公募的投顾服务，签约了调仓会通知你确认{e}
S|p|ins|R1|{n}，您要的“保收益”我不能写在建议书里，分红险的分红就是不确定的{e}
S|p|broker|R2|{n}，内幕消息我没有，您要是想听，周三有场公开的路演，我可以帮您报名{e}
S|p|pb|R5|{n}，私人微信恕不添加，我的工作手机二十四小时开着，您打企业微信语音即可{e}
S|p|voice|R1|{n}你说想要保本的哦那这个我真推荐不了我们这个产品它不保本的你要不看看大额存单{e}
C|p|xa|R5|{m}，私人微信就不加了，额就在这问{e}
S|p|plain|R3|{n}，我刚才说可以转到我个人账户，说错了，千万别转，只能转公司对公户{e}
S|p|sh|R1|{n}，我晓得侬想要稳赚额，但是我勿好骗侬，这只有风险额{e}
S|g|brief|R3+R4|统一答复：①不收返点 ②不代客理财 ③产品问题请私聊企业微信。谢谢各位理解{e}
S|p|tb|R3|亲，私下转账小客服是不能收的哦，亲在订单页面付款就可以啦{e}
S|p|plain|R4|{n}，您说让我代客理财，我真不能答应，您子女如果愿意，可以让他们陪您一起看，我给他们讲{e}
S|p|plain|R3|{n}，我不是不想帮你，是不能不守规矩：私下交易，我不做{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|sh|R4|{n}，按道理我勿好帮你操作额，不过侬手机给我，我帮你操作一下，两分钟额事体{e}
S|p|wz|R3|{n}，飞单原则上不做，你这单{a}的话，我破个例，飞单给你走{e}
S|p|xiang|R1|{n}，保本我本来不能讲，但你是老乡，我跟你讲真话：这个保本咯{e}
S|p|wh|R2|{n}，内部消息我一般不讲的，你问了三遍了，那就讲一句：{d}有资金拉升{e}
S|p|xa|R5|{n}，私人微信额一般不加，你是老主顾，加一下，额私人微信发你{e}
S|p|hen|R3|{n}，转到我个人卡上？按说不中，恁急成这样，那就转到我个人卡上，俺下午帮恁买{e}
S|p|sd|R1|{n}，保证收益这话俺从来不说，今天给恁说一回：保证收益{r}，俺拍胸脯{e}
S|p|tj|R4|{n}，全权委托本来不成，您介非要，那就全权委托给我，合同上甭写{e}
S|p|km|R3|{n}，返点我不好收，这样，你不要转我，转给我表妹，返点就当是茶钱{e}
S|g|sg|R1|有uncle问有没有稳赚的，我讲没有。不过私下讲，这个fund就是稳赚，要的私聊{e}
S|p|ts|R3|{n}，私下转账我说过不收，不过你在国外确实不方便，这次就私下转账给我吧{e}
S|p|ins|R3|{n}，返佣我是不能给的，但首年保费我私下退您两成，咱不叫返佣，叫红包{e}
S|p|broker|R4|{n}，我不能帮你操作，不过你把密码告诉我，我用你的手机登录，帮你操作完就退出{e}
S|p|pb|R4|{n}，代客理财本不可行，然您长居海外，我可破例代客理财，季末向您汇报{e}
S|p|voice|R5|{n}私人号我本来不给客户的但是你这个情况特殊我把私人号发给你你加一下{e}
S|p|tb|R1|亲，小客服不能承诺收益哦，但是偷偷告诉亲，这款是保本的，亲放心买{e}
S|p|plain|R1|{n}，我一般不说零风险，可拆迁款这笔我替你选的，零风险，我敢担保{e}
S|p|plain|R2|{n}，庄家的事我不能讲……算了，跟你讲了吧，庄家{d}拉升，悄悄的{e}
S|p|sh|R3|{n}，私下交易阿拉勿做额——除非侬一次性放{a}，那就私下交易，价钿好商量{e}
S|p|wz|R4|{n}，账户密码原则上我不碰，你出国三个月，账户密码发我，我帮你打理{e}
S|p|xiang|R5|{n}，加我个人号本来不行，你崽留学的事急，加我个人号吧，晚上好联系{e}
S|p|wh|R1|{n}，稳赚不赔这种话我从来不讲，除了这一只：稳赚不赔，我打包票{e}
S|p|xa|R2|{n}，内幕消息额不能明说，你就看额{d}买哪只，跟上就对了，懂了吧{e}
S|p|hen|R4|{n}，代客理财俺不干，恁把账户密码发俺，俺就是帮恁“看看”，顺手调一下仓{e}
S|p|sd|R3|{n}，飞单俺不做，不过俺认识个朋友能做，恁把钱给俺，俺转给他，飞单手续费减半{e}
S|p|tj|R5|{n}，私人微信我不加客户，您介是例外，私人微信号我写在名片背面了{e}
S|p|km|R1|{n}，保收益我不能写在纸上，嘴上跟你讲：保收益{r}，少了我补给你{e}
S|g|ins|R1|刚才有家人问保本的事，我说不能承诺，但大家私下问我，我都会说：保本，放心{e}
S|p|ts|R4|{n}，帮你操作我本来不做，你那边半夜我这边白天，那我帮你操作吧，账户密码发我{e}
S|p|broker|R2|{n}，内幕消息我不提供，这叫“调研纪要”，里面写着庄家{d}要拉升，你自己看{e}
S|p|pb|R1|{n}，书面上我不能承诺保本，口头上我向您保证：保本，且年化不低于{r}{e}
S|p|voice|R3|{n}返点这个公司是不给的嗯但是我自己可以给你我从我的提成里面返点给你一个点{e}
S|p|plain|R4|{n}，不不不，代客理财我不做——开个玩笑，你那点钱我顺手代客理财了，账户发我{e}
S|p|plain|R5|{n}，我刚才说不能加私人微信，收回，你加吧，私人微信就是我手机号{e}
S|p|sg|R3|{n}，返佣我们公司不给，不过我自己给你，返佣转到你户口，不要讲出去{e}
S|p|hen|R1|{n}，包赚这俩字俺不敢说，俺就说个意思：包赚，恁懂的{e}
S|p|plain|R3|{n}，公司账户我不能帮你绕开，不过你可以私下转账给我，我用我的账户替你买，效果一样{e}
S|p|tj|R1|{n}，零风险我不跟别人说，跟您说：零风险，介是我压箱底的货{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|sh|R1|{n}，侬讲隔壁银行讲“雪球保本”，勿对额，雪球敲入是要亏本额，侬当心{e}
S|p|wz|R3|{n}，你听说的“飞单省税”是违法的，我们这边不会这么做{e}
S|p|xiang|R1|{n}，你崽说“基金定投稳赚”，那是网上的说法，定投也会亏咯{e}
S|p|wh|R2|{n}，你转的那句“庄家{d}拉升”，是荐股骗子的惯用话术，莫上当{e}
S|p|xa|R4|{n}，你说那人讲“全权委托给他，一年翻番”，这话一听就是骗子{e}
S|p|hen|R5|{n}，恁转来的截图里写着“加私人微信领红包”，那不是俺，俺不会这么说{e}
S|p|sd|R1|{n}，广告上那句“黄金零风险”不靠谱，金价也会跌{e}
S|p|tj|R3|{n}，您说那位讲“私下交易便宜一半”，介话您千万别信{e}
S|p|km|R1|{n}，你表哥说“信托保本”，那是以前的事了，现在都不保本{e}
S|g|sg|R1|群里有人转发“保证收益8%”的广告，不是我们公司的，大家不要点{e}
S|p|ts|R4|{n}，你爸爸听人说“把账户密码给经理就行”，这个绝对不行，你跟他讲{e}
S|g|trainer|R1|错误话术示例❌：“这款分红险保本还稳赚。”正确说法✅：“分红不保证，请以合同为准。”{e}
S|p|broker|R2|{n}，财经节目里那位嘉宾说“有内部消息”，他已经被监管约谈了，别跟{e}
S|p|pb|R4|{n}，您转述的“可代客理财”一说，出自一家无牌机构，与我行无关，请勿转账{e}
C|p|voice|R1|{m}就是我邻居说你们那个产品是保本的是不是真的啊我想问一下{e}
S|p|tb|R3|亲，亲说的“客服说有返点”那个不是我们官方的哦，小客服这边没有返点{e}
S|p|plain|R1|{n}，您朋友圈转的那篇《普通人如何稳赚》是营销号写的，里面的收益都是假设{e}
C|p|plain|R3|{m}，我同事说“找客户经理能拿返佣”，你们这有这种说法吗？{e}
S|p|plain|R2|{n}，您书里划的那句“跟着庄家走”是老黄历了，现在这么干是违法的{e}
S|p|sh|R5|{n}，侬讲有个人讲“加我私人号有内部价”，伊勿是阿拉公司额，当心{e}
S|p|wz|R4|{n}，你合伙人说“让经理帮你操作”，这个不行的，账户只能你自己下单{e}
S|p|xiang|R3|{n}，你说的“转到我个人卡上更快”，是那个冒充我的人讲的，我从来没讲过{e}
S|p|wh|R1|{n}，你说那个主播讲“稳赚不赔”，他被封号了你晓得不？{e}
S|p|xa|R2|{n}，额们下周的投教课叫《远离内幕消息》，你有空来听听{e}
S|p|hen|R1|{n}，恁说的那个“包赚”APP已经下架了，里面的钱赶紧提出来{e}
S|p|sd|R4|{n}，恁儿子说“代客理财省心”，俺得跟恁讲清楚，那是违规的，俺们不做{e}
S|p|tj|R5|{n}，您说那位自称经理的讲“私人微信上聊更方便”，他不是我们的人，我查了{e}
S|p|km|R2|{n}，你说的那本《庄家》是本小说，讲炒股的，不是投资指南{e}
S|p|ts|R1|{n}，你同学说的“加拿大国债零风险”，也不完全对，对我们来说汇率就是风险{e}
S|g|ins|R1|客户回访记录显示，有客户反映代理人说过“分红险保本”，公司正在核实，如属实将严肃处理{e}
S|p|broker|R3|{n}，您转来的“返点炒股群”是非法的，我们开户没有任何返点{e}
S|p|pb|R1|{n}，您提到的“保收益家族信托”一说，恐有误会，信托合同中并无收益保证条款{e}
S|p|voice|R4|{n}就是你刚才说你朋友讲要你把账户密码给他他帮你炒这个千万不能给啊{e}
C|p|tj|R2|{m}，我听收音机里说“有内幕消息的股票”，您那儿有吗？{e}
S|p|plain|R1|{n}，您说的“零风险驾校”那个广告我也看到了，跟理财没关系，就是个驾校名字{e}
S|p|plain|R3|请查收《关于严禁飞单的十二条规定》培训课件，{n}，看完签名发我{e}
S|p|sh|R1|{n}，“保本保息”这四个字是老早额宣传，现在讲这个要被罚额，侬看到就当心{e}
S|p|plain|R2|{n}，我刚入行时师父说过“内幕消息是毒药”，这话我到现在都记着，所以我从来不碰{e}
S|g|brief|R5|转发监管提示：“以私人微信揽客的均为违规行为”，请各位客户知悉{e}
S|p|wh|R1|{n}，你那家“稳赚小龙虾”的招牌我看到了，生意好哇，经营贷的材料下周交齐就行{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|sh|R1|{n}，我上礼拜讲额“这只雪球保本”，今朝还是这句闲话，保本，侬放心{e}
S|p|wz|R3|{n}，你朋友说“找你能飞单”，没错，这一单就飞单，手续费给你打折{e}
S|p|xiang|R1|{n}，你崽说“定投稳赚”，他讲得对咯，这只就是稳赚{e}
S|p|wh|R2|{n}，你转的那句“庄家{d}拉升”，我核实过了，是真的，赶紧上车{e}
S|p|xa|R4|{n}，额上次说“全权委托给额，一年给你翻番”，额说话算数，签字吧{e}
S|p|hen|R5|{n}，截图里那句“加私人微信领红包”是俺说的，还算数，恁加吧{e}
S|p|sd|R1|{n}，俺那天说“这积存金零风险”，俺认，确实零风险{e}
S|p|tj|R3|{n}，您说那位讲“私下交易便宜一半”，他没说错，我也能给您私下交易{e}
S|p|km|R1|{n}，你表哥说“信托保本”，说得对，这个信托就是保本的{e}
S|g|sg|R1|我之前在群里讲“保证收益{r}”，今天重申一次：保证收益，少了我负责{e}
S|p|ts|R4|{n}，你爸爸说“账户密码给经理就行”，对的，他给我就行，我替他下单{e}
S|g|ins|R1|我昨天在早会上说“分红险保本”，有人说我违规，我再说一遍：保本，谁有意见找我{e}
S|p|broker|R2|{n}，财经节目那位嘉宾说“有内部消息”，他说得没错，我这也有同一条内部消息{e}
S|p|pb|R4|{n}，诚如我前次所言“可代客理财”，此事仍然有效，请将账户交由本人代客理财{e}
S|p|voice|R1|{n}对对对你邻居说的没错我们这个就是保本的我之前也跟她说过保本的{e}
S|p|tb|R3|亲，亲说的“客服说有返点”没错哦，就是小客服说的，返点下单后私聊发亲{e}
S|p|plain|R1|{n}，我在朋友圈写的“拆迁款放我这稳赚”，不是广告词，是我的承诺{e}
S|p|plain|R3|{n}，您同事说“找客户经理能拿返佣”，这话不假，我这儿返佣一个点{e}
S|p|plain|R2|{n}，那本书说“跟着庄家走”，我一直这么干。这次庄家{d}拉升，跟上{e}
S|p|sh|R5|{n}，侬听到额“加我私人号有内部价”是我讲额，没错，侬加吧{e}
S|p|wz|R4|{n}，你合伙人说“让经理帮你操作”，对，就让我帮你操作，你忙你的外贸{e}
S|p|xiang|R3|{n}，我上次讲的“转到我个人卡上更快”，现在还是这样，照转就是{e}
S|p|wh|R1|{n}，你说那个主播讲“稳赚不赔”，他说的是我们这只，确实稳赚不赔{e}
S|p|xa|R2|{n}，额昨天说的“内幕消息”你还记得吧？额不收回，{d}就有动静{e}
S|p|hen|R1|{n}，恁说俺讲过“包赚”，对，俺讲过，俺还这么说，包赚{e}
S|p|sd|R4|{n}，恁儿子说“代客理财省心”，这话在理，俺就给恁代客理财{e}
S|p|tj|R5|{n}，我那天说的“私人微信上聊更方便”，您介记着呢，对，就加私人微信{e}
S|p|km|R2|{n}，引用我上午在群里那句话：“内部消息，{d}要拉升”，这话我负责{e}
S|p|ts|R1|{n}，你同学说“加拿大国债零风险”，我们这款也一样，零风险{e}
S|g|brief|R1|转发总监语录：“本月主推产品保本保收益，请各位客户放心认购”——总监说的就是我想说的{e}
S|p|broker|R3|{n}，我之前说的“开户返点”依然有效，你开完户我把返点转你{e}
S|p|pb|R1|{n}，您提到我上次所说“保收益家族信托”，此言无误，年化{r}保收益{e}
S|p|voice|R4|{n}就是上次我说的那个账户密码给我我替你弄那个还是有效的你发过来就行{e}
S|p|plain|R1|{n}，有句话叫“跟着老李稳赚”，老李就是我，这话我认{e}
S|p|plain|R3|{n}，我那天说“私下交易省税”，没说错，咱就这么办{e}
S|g|trainer|R1|以下话术大家可以直接用：“这款产品零风险，您放心。”客户问起就这么回答{e}
S|p|sh|R4|{n}，侬讲“干脆侬帮我操作算了”，好额，我帮你操作，账户密码发过来{e}
S|p|wz|R1|{n}，我在展会上跟你讲的“期货套保零风险”，今天书面再确认一次：零风险{e}
S|p|plain|R3|{n}，前几天你问我“能不能私下交易”，我当时没回，现在回你：能，私下交易我熟{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|sh|R6|{m}，我手机{MOB:plain}，侬有事体打我{e}
C|p|wz|R6|{m}，外贸回款那张卡是{CARD:sp}，你核对一下{e}
C|p|xiang|R6|{m}，我娭毑的身份证号{ID:plain}，帮她登记一下养老金账户咯{e}
C|p|wh|R6|{m}，我电话{MOB:cn}，你打过来撒{e}
C|p|xa|R6|{m}，额的卡号{CARD:dash}，私募分红打到这张{e}
C|p|hen|R6|{m}，俺身份证{ID:sp}，恁帮俺填个表{e}
C|p|sd|R6|{m}，俺手机号{MOB:dash}，恁记一下{e}
C|p|tj|R6|{m}，我介手机号{MOB:sp1}，您受累记一下{e}
C|p|km|R6|{m}，我的卡{CARD:plain}，鲜花店的流水都在这张上{e}
C|p|sg|R6|{m}，我在国内的手机是{MOB:plain}，回去的时候打给我{e}
C|p|ts|R6|{m}，我妈妈的身份证号{ID:dash}，她要开跨境理财通{e}
S|p|ins|R6|{n}，核对一下被保险人身份证号：{ID:plain}，无误的话我就提交了{e}
S|p|broker|R6|{n}，您两融账户绑定的银行卡{CARD:sp}，保证金从这张转{e}
S|p|pb|R6|{n}，家族信托受益人资料：身份证{ID:sp}，联系电话{MOB:plain}{e}
C|p|voice|R6|{m}我的手机号是{MOB:cn}你记一下啊{e}
C|p|tb|R6|{m}，收货电话{MOB:dash}，纪念币寄到这儿{e}
C|p|plain|R6|{m}，彩礼那笔钱在这张卡上：{CARD:fw}{e}
C|p|plain|R6|{m}，身份证号大写给你：{ID:dx}，怕你看错{e}
S|p|plain|R6|{n}，您刚才报的手机号我复述一遍：{MOB:dot}，对吧？{e}
C|p|sh|R6|{m}，阿拉老头子额身份证{ID:cn}，侬帮伊查查大额存单到期没{e}
C|p|wz|R6|{m}，我老婆手机{MOB:fw}，我出国的时候找她{e}
C|p|xiang|R6|{m}，我崽的银行卡{CARD:comma}，留学的钱打这里{e}
C|p|wh|R6|{m}，身份证{ID:mix}，帮我查哈子社保{e}
C|p|xa|R6|{m}，额娃的电话{MOB:comma}，他在西安上学{e}
S|p|hen|R6|{n}，恁登记的车贷还款卡是{CARD:plain}，每月十五号扣款{e}
C|p|sd|R6|{m}，俺对象的身份证号是{ID:fw}，恁看看对不对{e}
C|p|tj|R6|{m}，卡号{CARD:cn}，我念给您的，您记好{e}
C|p|km|R6|{m}，我阿妈的手机{MOB:mix}，她不会用微信，打电话{e}
S|g|brief|R6|【中奖公示】中秋答谢宴一等奖得主联系电话{MOB:plain}，请本人三日内到网点领取{e}
C|p|ts|R6|{m}，我在国内用的卡{CARD:dot}，加币换回来打进去{e}
S|p|ins|R6|{n}，理赔款收款卡{CARD:dash}，预计三个工作日到账{e}
C|p|broker|R6|{m}，我身份证{ID:plain}，北交所开户还差什么{e}
C|p|pb|R6|{m}，我秘书电话{MOB:sp}，有文件找她{e}
C|p|voice|R6|{m}那个身份证号码是{ID:cn}你帮我填一下{e}
S|p|plain|R6|{n}，个人养老金账户开好了，资金账户绑定的卡是{CARD:plain}，您核对{e}
C|p|plain|R6|{m}，REITs认购款从这张卡扣：{CARD:mix}{e}
C|p|hen|R6|{m}，俺手机号{MOB:dx}，写大写恁别嫌麻烦{e}
C|p|sg|R6|{m}，我的中国身份证{ID:dash}，新加坡的IC不用吧？{e}
S|p|tj|R6|{n}，快递给您寄回执，收件电话写的{MOB:fw}，没错吧？{e}
C|p|plain|R6|{m}，受益人是我女儿，身份证{ID:sp1}，手机{MOB:dash}{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|wz|R6|{n}，贵公司统一社会信用代码{USCC}，开户资料我已经填好了{e}
C|p|ts|R6|{m}，我温哥华的电话{CAPH}，国内晚上打这个{e}
C|p|sg|R6|{m}，我新加坡手机{SGPH}，WhatsApp也是这个{e}
C|p|sg|R6|{m}，我在吉隆坡的号码{MYPH}，下个月才回国{e}
S|p|pb|R6|{n}，您的护照号{PASSPORT}已录入，签证材料下周寄出{e}
C|p|ts|R6|{m}，我港澳通行证号{HKMO}，去香港开户要用吧？{e}
S|p|tb|R6|亲，官方客服热线{HOT400}，二十四小时都有人接听哦{e}
S|p|broker|R6|{n}，您的上海股东账户{SHACC}，深圳的{SZACC}，都已经开通{e}
S|p|broker|R6|{n}，北交所股票代码{BJCODE}，别和沪市的搞混了{e}
S|p|ins|R6|{n}，您的保单号{POLICY}，犹豫期到{DATE}{e}
C|p|xa|R6|{m}，额车的车架号{VIN}，车贷要用这个不？{e}
C|p|wh|R6|{m}，我手机串号{IMEI}，手机银行登不上，是不是要这个？{e}
S|p|km|R6|{n}，您的基金账户号{FUNDACC}，以后查询报这个就行{e}
S|p|hen|R6|{n}，恁那个身份证号{BADID:plain}最后一位不对，系统过不去，恁再看看身份证{e}
C|p|sd|R6|{m}，俺填的身份证{BADDATE:dash}，系统说日期不对，俺再查查{e}
S|p|tj|R6|{n}，您这号码{BADPROV:sp}前两位不是哪个省的代码，您介是不是抄错了{e}
C|p|xiang|R6|{m}，我身份证号码{ID17:cn}，好像少写了一个数咯{e}
S|p|wz|R6|{n}，你发的卡号{LUHNBAD:dash}系统校验不通过，拍个卡面我看看{e}
C|p|voice|R6|{m}我的电话是{MOB10:cn}哦不对好像少了一位我回头再发你{e}
S|p|sh|R6|{n}，侬填额手机{BADPFX:sp}没这个号段额，麻烦再核对一记{e}
S|p|plain|R6|{n}，您的卡{MASKCARD}本月账单已出，最后还款日{DAY}号{e}
S|p|plain|R6|{n}，系统里留的是{MASKMOB}，需要改的话带身份证来网点{e}
S|p|ins|R6|{n}，被保险人证件号{MASKID}核验通过，体检预约在{DATE}{e}
S|p|pb|R6|{n}，本次认购金额人民币{AMT}元，资金已划入托管账户{e}
S|p|broker|R6|{n}，逆回购代码{REPO}，一天期，今天年化{RATE}{e}
S|p|tj|R6|{n}，我们网点座机{LAND}，分机{EXTN}，您打过来找我{e}
S|p|km|R6|{n}，鲜花店收款码的商户号{MERCH}，对账的时候用{e}
C|p|hen|R6|{m}，俺QQ号{QQ}，文件发这上头也中{e}
S|g|brief|R6|【活动通知】{DATE}亲子财商课，地点三楼多功能厅，报名电话{LAND}{e}
S|p|plain|R6|{n}，您的合同编号{CONTRACT}，电子版已发邮箱{e}
S|p|voice|R6|{n}那个验证码是{OTP}那个是你自己输的啊不要告诉我啊谁问都不能说{e}
C|p|xa|R6|{m}，额的快递单号{EXPRESS}，纪念册到了没？{e}
S|p|sd|R6|{n}，您的积存金账户现有{GOLD}，明细在APP里能查{e}
S|p|wh|R6|{n}，您的贷款借据号{LOANNO}，提前还款要报这个{e}
C|p|wz|R6|{m}，发票号{INVOICE}，外贸公司报账用{e}
S|p|ts|R6|{n}，跨境理财通的汇款编号{SWIFTREF}，钱应该明天到{e}
C|p|km|R6|{m}，车牌{PLATE}，停在你们门口了，会不会贴条？{e}
S|p|xiang|R6|{n}，邮编{POST}，寄到你屋里地址就行{e}
C|p|tb|R6|{m}，订单号{ORDER}，纪念币怎么还没发货呀{e}
S|p|plain|R6|{n}，您预约的是{DATE}上午，排队号{QUEUE}，到了直接去三号窗口{e}
C|p|sd|R6|{m}，俺的手机号就记得前几位{MOBPRE}，后头忘了，恁那系统里有吧{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "sh": ["shen.jiayi", "gu.minhua", "xu.weiliang"],
    "wz": ["zhu.yongjian", "chi.lele", "ye.haibo"],
    "xiang": ["peng.xiaoqiong", "liu.zhixiang", "tan.yun"],
    "wh": ["hu.chunlin", "xiong.lei", "yu.dan"],
    "xa": ["lei.zhenhua", "ji.xiaoyan", "dang.wei"],
    "hen": ["niu.guoqiang", "shang.lihong", "bai.yanfei"],
    "sd": ["kong.xiangdong", "qu.ming", "yan.xiaomei"],
    "tj": ["hou.baocheng", "ding.shuang", "mu.yang"],
    "km": ["duan.lifen", "yang.zhengwei", "li.jiaxin"],
    "sg": ["tay.weiming", "ong.huiling", "goh.jiahui"],
    "ts": ["wong.kamfai", "chan.sukyee"],
    "ins": ["fang.lingling", "jiang.meng"],
    "broker": ["qin.hao", "song.yifan"],
    "pb": ["lu.siyuan", "xie.yiran"],
    "voice": ["zhao.dachuan", "ma.guilan"],
    "tb": ["su.nuonuo", "tang.guoguo"],
    "trainer": ["wei.lan", "yin.jianping"],
    "brief": ["cao.yue", "pan.jie"],
    "plain": ["li.hao", "wang.ting", "zhang.rui", "chen.xu"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["021", "0577", "0579", "0731", "027", "029", "0371", "0531", "022", "0871"]
POSTCODES = ["200001", "325000", "322000", "410005", "430010", "710001", "450000", "250001",
             "300040", "650031"]
PLATE_HEADS = ["沪A", "浙C", "浙G", "湘A", "鄂A", "陕A", "豫A", "鲁A", "津A", "云A"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CA_AREAS = ["604", "778", "236", "416", "647", "437", "905"]
REPOS = ["204001", "204002", "204007", "131810", "131811", "131800"]
BJ_HEADS = ["83", "87", "43", "92"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "USCC":
        body = "91" + rng.choice(AREAS) + "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(7))
        return body + rng.choice(USCC_CHARS)
    if name == "CAPH":
        return "(" + rng.choice(CA_AREAS) + ") " + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MYPH":
        return "+60 1" + rng.choice("234679") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "PASSPORT":
        if rng.random() < 0.5:
            return "E" + rdigits(rng, 8)
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rdigits(rng, 7)
    if name == "HKMO":
        return "C" + rng.choice(["", "L", "M"]) + rdigits(rng, 8)
    if name == "HOT400":
        if rng.random() < 0.7:
            return "400-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
        return "95" + rdigits(rng, 3)
    if name == "SHACC":
        return "A" + rdigits(rng, 9)
    if name == "SZACC":
        return "0" + rdigits(rng, 9)
    if name == "BJCODE":
        return rng.choice(BJ_HEADS) + rdigits(rng, 4)
    if name == "POLICY":
        return rng.choice(["BD", "ZX", "HL"]) + "2026" + rdigits(rng, rng.randint(9, 11))
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%d/%d" % (y, m, d)
        return "%d月%d号" % (m, d)
    if name == "VIN":
        return rng.choice(["LSV", "LFV", "LGB", "LVS", "LBV"]) + \
            "".join(rng.choice(VIN_CHARS) for _ in range(14))
    if name == "IMEI":
        return luhn_complete("86" + rdigits(rng, 12))
    if name == "FUNDACC":
        return "98" + rdigits(rng, 10)
    if name == "AMT":
        v = rng.randint(8, 3000) * 1000
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "REPO":
        return rng.choice(REPOS)
    if name == "RATE":
        return "%d.%02d%%" % (rng.randint(1, 3), rng.randint(0, 99))
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        if rng.random() < 0.5:
            return area + "-" + local
        return "（" + area + "）" + local
    if name == "EXTN":
        return rdigits(rng, rng.choice([3, 4]))
    if name == "MERCH":
        return "8" + rdigits(rng, 14)
    if name == "QQ":
        return str(rng.randint(2, 9)) + rdigits(rng, rng.randint(7, 9))
    if name == "CONTRACT":
        return "HT-2026-" + rdigits(rng, 6)
    if name == "EXPRESS":
        return rng.choice(["SF", "ZTO", "YD"]) + rdigits(rng, rng.randint(12, 13))
    if name == "GOLD":
        g = rng.randint(1000, 60000)
        price = rng.randint(560, 720)
        value = g * price // 100
        return "%d.%02d克，按今天金价约合%s元" % (g // 100, g % 100, "{:,}".format(value))
    if name == "LOANNO":
        return "JK2026" + rdigits(rng, 8)
    if name == "INVOICE":
        return "26" + rdigits(rng, 18)
    if name == "SWIFTREF":
        return "FT26" + "%03d" % rng.randint(1, 365) + "".join(rng.choice(VIN_CHARS[:23])
                                                             for _ in range(3)) + rdigits(rng, 4)
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice(chars),
                rng.choice("0123456789"), rng.choice("0123456789")]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "ORDER":
        return rng.choice(["", "JN", "DD"]) + "2026" + rdigits(rng, rng.randint(12, 14))
    if name == "QUEUE":
        return rng.choice("ABV") + rdigits(rng, 3)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "******" + c[-4:]
        return "尾号" + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
