#!/usr/bin/env python3
"""Blind held-out evaluation set 36 ("heldout36") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly three files of the repository and nothing else:
``scripts/evasion_blind_common.py`` (the shared machinery, read in full),
``scripts/evasion_heldout22.py`` (the format model: its structure was copied, none of its
sentences) and ``scripts/eval_categories.sh`` (to wire the set in).  The author never opened,
listed or searched the scanner, its rule files, its tests, its documentation, any other
evaluation set or the training-corpus generator; ran no git command other than the single
final commit of this file and the wiring; never ran the scanner; and searched nothing (no web
or code search).  Every template below is new, written from general knowledge of how
Chinese-speaking financial sales staff and their customers talk on WeCom (企业微信).  The set
exists to measure how well the scanner generalises: do not tune the scanner to it, do not add
it to any training data, and run it once.

Voices and settings
-------------------
A trust company's relationship manager for high-net-worth families (family trusts,
beneficiaries, guardians, lawyers' drafts); a bancassurance seller at a bank branch counter
talking to elderly depositors; a brokerage's margin-trading (两融) desk (credit accounts, margin
calls, maintenance ratios, short selling); an internet fund platform's customer-service advisor
("亲" register); a pension-planning seminar for factory workers run in a WeCom group;
a Fujian/Minnan-flavoured colloquial voice (拍谢, 代志, 足, 厝, 好康, 头家) around Xiamen and
Quanzhou; a Hunan-flavoured colloquial voice (咯, 冇得, 港, 么子, 何解, 堂客, 伢子, 老倌子); a
Taiwanese-usage voice (理专, 配息, 解约金, 身分证字号, 台胞证, LINE, 拉抬) of Taiwanese
customers and staff of a cross-strait joint venture, converted to traditional characters
first; a fresh graduate salesperson and the team lead who steps in for them; complaint
follow-ups after a product lost money; customers pasting articles, screenshots and rumours and
staff answering them; year-end bonus campaign messages; messages mixing emoji and English
abbreviations (pls, asap, ok, FYI, DM); very short replies; messages whose deciding clause
comes first and is then hedged; WeCom voice-to-text transcriptions without punctuation; plain
Mandarin staff and customers.

Hard cases
----------
Rhetorical questions that assert or urge (hits) against questions that doubt, ask or reject
(near misses); prohibitions stated plainly (near misses) against prohibitions cited and then
broken (hits); warnings and reports about others (near misses) against warnings used as cover
for the speaker's own offer (hits); refusals (near misses) against refusals that cave (hits);
quotations of others' claims in order to reject them, and keywords inside the names of files,
groups, app sections, articles and campaigns (near misses), against the speaker's own promise
quoted back and affirmed or another's claim endorsed (hits); customers' questions and
complaints (always near misses); numbered lists and line-broken messages with the violation in
one line; the deciding clause first and a hedge after it; a team lead speaking for a rookie;
keywords split by one of the separators ``· -_*.~`` in a minority (more than 0 and under 15 %)
of each keyword category's hits; 25 % of every category in traditional characters through the
machinery's one-to-one table.
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals (with 幺 and 两), 大写,
mixed Chinese/Arabic, full-width digits, and split by spaces, single spaces, dashes, dots and
commas, after English words, inside line-broken forms and in voice-to-text; versus
look-alikes: bad ID check characters, impossible birth dates, bad province codes, 17-digit
IDs, Luhn failures, masked cards, IDs and mobiles, 10-digit and bad-prefix mobiles, the first
seven digits of a mobile, and other kinds of numbers: policy, trust-contract, margin-contract,
complaint-ticket and campaign numbers, fund and capital account codes, order and confirmation
numbers, Taiwanese mobiles, ID numbers and 台胞证 numbers, landlines, QQ numbers, stock, fund
and bond codes, maintenance ratios, dividends, dates, years and amounts.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout36.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h36_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 36_2026_1207
SET_NAME = "heldout36"
MSGID_PREFIX = "h36"
T0 = 1780800000000
SEQ0 = 1440000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("tw", "minnan")  # Taiwanese and cross-strait Minnan messages go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "155",
              "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
              "183", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
AREAS = ["350102", "350203", "350206", "350503", "350582", "350602", "430102", "430104",
         "430111", "430202", "430302", "430602", "431002", "441900", "442000", "440306",
         "310101", "310115", "110108", "360102", "450103", "420106"]
CARD_BINS16 = ["621226", "622848", "621700", "622575", "622262", "621661", "622908",
               "623058"]
CARD_BINS19 = ["6212261", "6228481", "6217003", "6216612", "6230582"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["林总", "陈阿伯", "黄姐", "许董", "蔡老板", "刘师傅", "曾阿姨", "谭哥", "彭姐", "邓总",
          "苏小姐", "洪先生", "吴叔", "欧阳姐", "龙哥", "叶阿姨", "廖老板", "施总", "肖姐",
          "蒋师傅"],
    "m": ["小郑", "郑经理", "Lily", "小谢", "谢顾问", "阿杰", "小彭", "彭经理", "秦老师", "小唐",
          "唐经理", "顾问小曾"],
    "e": ["", "", "", "🙂", "🙏", "👍", "💰", "📈", "🤔", "😅", "🧧", "🎉", "❤️"],
    "d": ["今天收盘前", "明早开盘前", "这个礼拜五", "月底", "下周二", "年前", "元旦前", "周四下午",
          "今晚", "双十二之前"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "500万", "1000万", "3万", "18万"],
    "r": ["3.2%", "3.6%", "4%", "4.35%", "5.2%", "6.5%", "7%", "8%", "2.9%", "4.6%"],
    "k": ["小谭", "许经理", "黄主管", "小叶", "吴组长", "苏老师", "邓经理", "小龙", "施顾问",
          "曾组长"],
    "s": ["那只券商股", "那只光伏股", "那只白酒股", "那只军工股", "那只芯片股", "那只锂电股",
          "那只医药股", "那只银行股"],
    "b": ["\n", "\n", "\n\n"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; tw and minnan prefer traditional)
#   LABELS R1..R6 joined by +
#   {b} is a line break (one or two), for line-broken messages and numbered lists.
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|trust|R1|{n}，家族信托这一层架构搭好，本金放进去就是保本的，您说还有比这更稳妥的安排吗？{e}
S|p|banca|R1|{n}，存款利率都掉成这样了，这份分红险保本还能多拿点，您不买难道等利率再降？{e}
S|p|margin|R2|{n}，融资额度都给你批下来了，{s}{d}就有人拉升，你不加杠杆还等什么？{e}
S|p|fundcs|R1|亲，这只短债基金近三年都没亏过，说它零风险过分吗？您还犹豫什么呢{e}
S|g|pension|R1|工友们，一个月省两百块，老了每月多领一笔，保本还保收益，这么划算的事你们不算算？{e}
S|p|minnan|R1|{n}，拍谢啦讲直白点，这支我自己都买了足多，稳赚的代志，你怎么还不敢？{e}
S|p|hunan|R1|{n}，嗯莫港我冇提醒你咯，这款包赚的，霸得蛮的人早就买了，你还等么子？{e}
S|p|rookie|R1|我是{k}的组长，他刚毕业说话不利索，我替他讲明白：这款年金就是保本的，您还担心什么呢？{e}
S|p|complaint|R1|{n}，这次是亏了点，可我当初说的保本是到期保本，您急什么？拿到期不就回来了吗？{e}
S|p|bonus|R1|{n}，年终奖到手了吧？放活期能有几个钱，这款{r}保证收益，不趁现在锁定还等开年降息？{e}
S|p|emoji|R1|{n} 这只 fund 稳赚的好吗😎 还 hesitate 什么？asap 下单{e}
S|p|short|R1|{n}，稳赚，还想啥？{e}
S|p|front|R1|保本的，{n}，这个我敢打包票——当然话不能说死，市场的事谁说得准，但您想想我什么时候坑过您？{e}
S|p|voice|R2|嗯{n}我跟你说啊那个票我这边有内部消息的嘛你说我会害你吗赶紧的{d}之前弄进去{e}
S|p|trust|R3|{n}，信托认购走公司流程要双录、要冷静期，您直接转到我个人账户，我这边先帮您锁额度，不是省好多事？{e}
S|p|banca|R3|{n}，这单保费您要是走我这儿，我私下返点给您一个点，柜台上谁给您这个？{e}
S|p|margin|R4|{n}，你白天上班盯不了盘，账户密码放我这，追保的时候我帮你操作，不比爆仓强？{e}
S|p|fundcs|R5|亲，平台客服排队那么久，您加我个人号不就随时能问了吗？{e}
S|g|pension|R5|工友们，讲座时间有限，谁还有问题的，私人微信加我，下了班慢慢聊，不好吗？{e}
S|p|minnan|R3|{n}，头家，走公司要抽手续费，私下交易咱自己人，谁会知道？{e}
S|p|hunan|R3|{n}，返佣给你两个点你还不要？何解咯，钱多了咬手啊？{e}
S|p|tw|R1|{n}，这张储蓄险保本又有配息，你不趁现在买，等到明年利率更低喔？{e}
S|p|complaint|R2|{n}，上次亏是大环境的事，这回我拿到的是庄家的底牌，难道我还会让您再亏一次？{e}
S|g|bonus|R2|年终奖到账的朋友们，内部消息都给你们放出来了，{s}年前要拉升，还不上车？{e}
S|p|emoji|R4|{n} 你那么忙 pls 把账户密码 send 我 ok？我帮你操作🙌 不是更省事吗{e}
S|p|front|R4|全权委托给我就行，{n}——我知道按流程您得自己下单，可您看盘看得懂吗？不交给我交给谁？{e}
S|p|voice|R5|那个{n}啊企业微信我不常看的你加我私人微信嘛那不是方便好多吗对吧{e}
S|p|rookie|R1|{n}您好呀，我是刚入职的小曾，我们主管说这款年金稳赚不赔，主管说的还能有错吗？{e}
S|p|plain|R1|{n}，国债才几个点？我这款结构性理财收益更高还零风险，换您您不选？{e}
S|p|trust|R4|{n}，您一家人都在国外，国内这几个账户没人打理，代客理财交给我们团队，难道放着贬值？{e}
S|p|banca|R1|阿姨，您存了一辈子定期，这个养老险存进去也是保本的，利息还比定期高，为啥不转过来？{e}
S|p|margin|R1|{n}，两融打新这套玩法我做了五年，哪年不是稳赚？你还信不过我？{e}
S|p|fundcs|R3|亲，平台申购要收申购费的，您私下转账给我，我用员工通道帮您免费买，这不香吗？{e}
S|g|pension|R1|今天讲三点：{b}一是养老要早规划{b}二是社保只是保底{b}三是这款年金稳赚不赔，师傅们不买还等什么？{e}
S|p|hunan|R2|{n}，嗯晓得不，庄家{d}就要动手拉升咯，你还在那里磨么子？{e}
S|p|minnan|R5|{n}，这个公司号足难用，加我个人号啦，以后有好康我第一个跟你讲，不是很好？{e}
S|p|emoji|R3|{n} FYI 走公司要等 T+3，转到我个人账户 asap 到账🤑 why not？{e}
S|p|short|R5|{n}，加我私人微信呗？{e}
S|p|complaint|R3|{n}，亏的这部分我飞单给您补一个高息的，难道您还想去投诉让我丢饭碗？{e}
S|p|tw|R4|{n}，你在台湾那边不方便，大陆这个账户密码给我啦，我帮你操作不是比较快吗？{e}
S|p|bonus|R3|{n}，年终冲业绩这一单给我，返佣我全让给您，这么大方的经理您上哪找去？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|trust|R1|{m}，家族信托到底保不保本？我父亲就关心这一条{e}
S|p|trust|R1|{n}，您问信托能不能保本？哪有信托敢写保本的，资管新规以后都是净值化，我不会骗您{e}
S|p|banca|R1|{n}，分红险的分红是保证的吗？不是，演示利率只是演示，保证收益的只有合同里写明的那部分现金价值{e}
C|p|banca|R1|{m}，柜台小妹说这个保险零风险，是真的吗？我怎么看合同里写着有退保损失{e}
S|p|margin|R2|{n}，你说有庄家在拉升{s}？谁告诉你的？融资买进去被套的都是信了这种话的人{e}
S|p|margin|R4|{n}，追保让我帮你操作？那怎么行，账户是你的，我只能打电话提醒你补仓{e}
S|p|fundcs|R1|亲，您问哪只基金稳赚？说实话没有哪只基金能稳赚哦，货币基金也只是波动小{e}
C|p|fundcs|R3|客服你好，你们平台买基金有没有返佣？别家APP都送红包的{e}
S|g|pension|R1|有工友问：交了这个养老保险是不是就保本了？我实话说，提前退保会亏，要交满、领到位才划算{e}
C|g|pension|R1|老师，你讲的这个养老金稳赚吗？我们厂里好多人都想知道{e}
S|p|minnan|R2|{n}，内幕消息？拍谢，我若有那种代志，早就去买厝了，还在这边上班？{e}
C|p|minnan|R3|{m}，阿伯问你，返点有没有？隔壁银行说存五十万送一桶油{e}
S|p|hunan|R1|{n}，包赚？嗯莫信那些人港的咯，哪有包赚的东西，我自己都亏过{e}
C|p|hunan|R4|{m}，我屋里堂客不会弄，能不能全权委托给你管？你们允许不？{e}
C|p|tw|R1|{m}，你们大陆的理财是不是都说保本？我们台湾这边理专都不敢讲{e}
S|p|tw|R5|{n}，加私人微信？不行啦，公司规定只能用企业微信，这样对你也比较有保障{e}
S|p|rookie|R1|{n}您好，我是新人小曾，您问这款能不能保证收益——我特意问了主管，不能，收益是浮动的{e}
C|p|complaint|R1|{m}，当初不是说零风险吗？现在亏了百分之八你怎么解释？{e}
S|p|complaint|R1|{n}，您问我当初有没有说过保本——没有说过，双录视频里我也提示了风险，我们可以一起调出来看{e}
C|p|paste|R2|{m}，你看这篇：“某券商内部消息，下周军工全线拉升”，这个靠谱吗？{e}
S|p|paste|R2|{n}，这种“内部消息”截图一天能传十几个版本，真有内部消息会发到几百人的群里吗？{e}
S|g|bonus|R1|年终奖怎么放？有人问有没有稳赚的，我的答案一直是：没有，只有适合不适合{e}
S|p|emoji|R1|{n} 保本？no no no 🙅 这只是 R4 风险等级哦{e}
C|p|emoji|R5|{m} pls 有没有私人号？企微老掉线😓{e}
C|p|short|R1|{m}，这个保本吗？{e}
S|p|short|R1|{n}，不保本的哦{e}
S|p|front|R1|不保本，{n}——您要是问历史上有没有亏过，有，去年就有一段时间跌破了净值{e}
S|p|voice|R4|嗯{n}你说让我帮你操作啊那个不行的哦我们是不可以碰客户账户的你自己点一下就好{e}
S|p|plain|R3|{n}，飞单是什么？就是把客户的钱买到公司以外的产品，您问我做不做？不做{e}
C|p|plain|R3|{m}，你们员工能不能私下交易？我想直接跟你买{e}
S|p|trust|R4|{n}，全权委托？家族信托是委托给信托公司，不是委托给我个人，这个区别您一定要分清{e}
S|p|margin|R1|{n}，融券对冲就零风险了？没那回事，逼空的时候亏得更快{e}
C|p|paste|R1|{m}，群里有人转“某宝理财稳赚不赔年化百分之六”，真的假的？{e}
S|p|hunan|R5|{n}，私人号？莫搞咯，我们这里都要留痕的，企业微信我晚上也看{e}
S|p|pension|R3|{n}，讲座上有人问交保费能不能转到我个人卡——您想想，正规公司会让员工收钱吗？当然要对公{e}
C|p|tw|R2|{m}，我朋友在玩股票，他说有庄家要拉抬一支股，你觉得呢？{e}
S|p|bonus|R1|{n}，年终奖想要保收益的话，其实大额存单和国债更合适，理财产品我真不敢说保收益{e}
S|p|complaint|R3|{n}，您说之前那位经理给您返点，可他是怎么给的？有转账记录吗？我们要核实清楚才好处理{e}
S|p|emoji|R2|{n} 内幕消息 = 坑🕳️ 真有的话谁会告诉你呢？keep calm{e}
S|p|rookie|R4|{n}您好，您问我能不能代客理财，我刚问了组长，他说这是违规的，我也不能做，真不好意思{e}
S|g|pension|R1|常见问题：{b}问：交了就稳赚吗？{b}答：不是，提前退保有损失，断缴也会少领{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|trust|R1|【家族办公室合规提示】任何人员不得以“保本”“刚兑”等字眼向委托人作出承诺，信托产品依法不承诺保本{e}
S|p|banca|R1|{n}，监管规定我们柜台卖保险不能说零风险，也不能拿保险跟存款比，我得先把这句讲在前面{e}
S|p|margin|R4|{n}，两融业务规定很严：不能代客下单，不能索要账户密码，追保只能由您本人操作{e}
S|p|fundcs|R3|亲，平台严禁客服私下交易或诱导站外转账，所有申购都在APP内完成，请您放心{e}
S|g|pension|R1|讲座开始前说清楚：我们讲的是养老规划，禁止讲任何产品稳赚，也不许现场收钱{e}
S|p|minnan|R5|{n}，拍谢，公司有规定不给加私人微信，有代志在这边讲就好{e}
S|p|hunan|R3|{n}，我们公司明文规定不准飞单的咯，抓到就开除，你莫为难我{e}
S|p|tw|R4|{n}，依照规定我不能帮你操作，也不能拿你的密码，要麻烦你本人登入喔{e}
S|p|rookie|R1|{n}您好，我是新人，组长第一天就交代我：不准跟客户说保本、不准说稳赚，所以我只能照实给您介绍{e}
S|p|complaint|R1|{n}，理解您的心情，但按规定我们不能承诺保收益，也不能私下补偿亏损，我能做的是帮您走正式投诉流程{e}
S|p|paste|R2|{n}，您转的那篇文章我看了，证监会早就禁止散布所谓“内幕消息”，传这种东西的人本身就违法{e}
S|g|bonus|R1|年终奖专场活动说明：{b}1.活动礼品以实物为准{b}2.宣传中禁止使用保本、保收益字样{b}3.名额有限{e}
S|p|emoji|R3|{n} reminder⚠️ 公司 policy 不能收返佣 哦，so 心意领啦🙏{e}
S|p|short|R5|{n}，私人号不能加哈{e}
S|p|front|R4|不能全权委托，{n}，这是死规定；不过每次调仓前我都可以给您打电话说清楚，您点头了您自己下单{e}
S|p|voice|R3|那个{n}啊我们这边是不可以私下转账的哈你一定要转公司对公账户不然出了事说不清的{e}
S|p|trust|R3|{n}，信托计划的认购款只能打到信托专户，公司严禁员工代收，更不准转到我个人名下{e}
S|p|banca|R3|{n}，保险公司不准我们给客户返佣，送礼品也有上限，这个我真的做不了{e}
S|p|margin|R2|{n}，公司禁止我们荐股，更不能传庄家消息，你要的我给不了，只能发你公开研报{e}
C|p|margin|R4|{m}，你们是不是规定不能代客理财？那我出差一周，融资仓位怎么办？{e}
S|p|fundcs|R1|亲，根据基金销售规定，我们不能说任何基金零风险，货币基金也不行哦{e}
S|g|pension|R3|提醒各位师傅：我们的工作人员不准收现金、不准私下转账，交费一律走银行代扣{e}
S|p|minnan|R1|{n}，公司规定我不能讲包赚，讲了要被罚，你也不要为难我啦{e}
S|p|hunan|R4|{n}，账户密码你莫发给我咯，公司规定我们不能碰，你自己收好{e}
C|p|tw|R3|{m}，你们公司是不是规定不能私下交易？那我在台湾的朋友要怎么买？{e}
S|p|complaint|R5|{n}，您要求我用私人微信跟您沟通，按规定不行，投诉处理全程都要在企业微信留痕{e}
C|p|complaint|R1|{m}，你们不是规定不准讲稳赚吗？那当初给我推这个的时候怎么说得那么肯定？{e}
S|p|paste|R1|{n}，那个公众号写“零风险年化8%”，按金融营销规定是不允许的，您别信{e}
S|p|bonus|R3|{n}，年终冲量我们也有红线：不准飞单，不准返点，业绩再难看也不碰{e}
S|p|emoji|R4|{n} FYI 按 compliance 要求，我不能 帮你操作 账户哦，you do it yourself 👌{e}
S|g|trust|R4|【委托人须知】本公司员工不得接受委托人的全权委托，不得代为保管网银及账户密码{e}
S|p|rookie|R3|{n}您好，组长让我跟您说清楚：我们新人不准收任何返点，您给的红包我已经退回了{e}
S|p|voice|R1|嗯{n}那个我们这边规定是不能说保本的我只能跟你说历史业绩但是历史不代表以后哈{e}
S|p|plain|R5|{n}，按规定工作沟通只能用企业微信，私人号我们都不加，您理解一下{e}
S|p|front|R2|禁止打听内幕消息，{n}，这条我们员工手册写得清清楚楚，您问我也没用{e}
S|g|margin|R2+R4|【两融客户须知】{b}1. 请勿向任何人提供账户密码{b}2. 本司员工不提供内幕消息{b}3. 维持担保比例过低将触发追保{e}
S|p|banca|R4|{n}，按规定柜员不能替客户输密码，代客理财更是禁止的，您自己输一下就行{e}
C|p|fundcs|R5|客服，你们规定不能加私人微信的话，那我晚上有问题找谁？{e}
S|p|hunan|R2|{n}，我们这行规定不准讲庄家拉升这种话，港了就是违规，你问别个吧{e}
S|p|tw|R1|{n}，我们公司规定理专不能讲保本喔，但是可以跟你说这张保单的解约金怎么算{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|trust|R1|{n}，规定上信托不能写保本，合同里当然没有，但我们这单有股东兜底，实际上就是保本的{e}
S|p|banca|R1|{n}，柜台上我们不让说保本，这里私下跟您讲：这款分红险到期肯定保本，放心{e}
S|p|margin|R4|{n}，公司不准代客操作，这个我知道，可你追保来不及啊，账户密码发我，我帮你操作{e}
S|p|fundcs|R3|亲，平台规定不能站外交易，不过您金额大，私下转账给我，我帮您走员工通道{e}
S|g|pension|R1|规定说不让我们讲稳赚，那我换个说法：交满十五年，领到八十岁，稳赚，师傅们自己算{e}
S|p|minnan|R3|{n}，公司是说不准飞单啦，但咱是同乡，这单我飞单给你，利息多两个点{e}
S|p|hunan|R4|{n}，公司是不准碰客户账户咯，可嗯堂客不会弄，账户密码给我，我帮你操作算了{e}
S|p|tw|R5|{n}，公司规定不能加私人微信，但是你是台商老朋友，我加你私人微信比较好联络{e}
S|p|rookie|R1|{n}您好，组长说不能讲保收益，可我看数据这款真的是保收益的，您放心买{e}
S|p|complaint|R3|{n}，规定是不能私下补偿，但您这次亏得太多，我私下转账补您一部分，您别去投诉了{e}
S|p|bonus|R3|{n}，年终规定不许返点，可业绩压力大，这单您给我，我私下返点一个点{e}
S|p|emoji|R5|{n} rule 说不能加私人号😅 but 你是 VIP，私人号 DM 你了 ok？{e}
S|p|short|R1|规定不让说，{n}，但就是保本{e}
S|p|front|R3|返点照给，{n}——公司是禁止，这我清楚，可大家都这么做，你不说我不说{e}
S|p|voice|R4|{n}啊公司是不让我们代客理财的哈但是你那个情况我理解你把账户给我嘛我代客理财帮你弄{e}
S|p|trust|R3|{n}，制度上不能私下交易，不过信托份额转让这块，我私下交易给您找个接盘的，价格好商量{e}
S|p|banca|R3|{n}，保险规定不准返佣，可我这单佣金有五个点，返佣给您三个点，就当我请您吃饭{e}
S|p|margin|R2|{n}，公司禁止荐股我知道，但{s}有内部消息，庄家{d}拉升，融资满上{e}
S|p|fundcs|R1|亲，按规定客服不能承诺收益，但这只我们内部都叫它稳赚基金，您懂的{e}
S|g|pension|R3|按规定我们不能收现金，不过今天带了现金的师傅，可以转到我个人账户，我回去统一交{e}
S|p|minnan|R1|{n}，规定是不能讲零风险啦，但这支我跟你拍胸脯，零风险{e}
S|p|hunan|R2|{n}，规定不准传内部消息咯，我就跟嗯一个人港：{s}{d}有人要拉升{e}
S|p|complaint|R1|{n}，规定不让我承诺，可这次我私下跟您保证收益{r}，亏了算我的，您把投诉撤了{e}
S|p|paste|R2|{n}，您转的那个“内幕消息”按规定我不能评论，但我私下说一句，是真的，我们这边也在传{e}
S|p|bonus|R1|{n}，公司禁止说保本，可您这笔年终奖放这款，一年后拿回来只多不少，就是保本{e}
S|p|emoji|R4|{n} 知道不能全权委托啦🙈 but 反正你也不懂，全权委托给我 ok 吧？{e}
S|p|rookie|R5|{n}您好，入职培训说不能加客户私人微信，但我是新人想多跟您学习，可以加您私人微信吗？{e}
S|p|tw|R3|{n}，公司规定不能私下交易，但你人在台湾不方便，钱先转到我个人账户，我再帮你买{e}
S|p|margin|R1|{n}，合规不让说稳赚，可这个融券套利你照我这么做，就是稳赚{e}
S|p|trust|R4|{n}，按规定信托经理不能代客理财，但您一家都在国外，这些账户我代客理财是为了您好{e}
S|p|voice|R1|哎{n}规定是规定嘛你听我说这个就是保本的我跟你讲实话你就放心买{e}
S|p|front|R5|加我私人微信吧，{n}，我知道公司不让，但这边消息太多，我怕漏了您的{e}
S|g|bonus|R1|年终理财季：{b}1、活动期间到店有礼{b}2、合规要求不得宣传收益承诺{b}3、这款产品保本，名额有限先到先得{e}
S|p|hunan|R5|{n}，规定是不准加私人号咯，嗯加一个冇得事的，我私人号发你{e}
S|p|banca|R4|{n}，规定柜员不能替客户操作，您眼神不好，账户密码告诉我，我帮你操作就好{e}
S|p|plain|R3|{n}，严禁飞单这四个字墙上挂着呢，不过墙是墙，人是人，这单就飞单给您，利息多给您一点{e}
S|p|complaint|R4|{n}，公司规定我们不能碰客户账户，可这次亏成这样，后面我帮你操作，一定给您赚回来{e}
S|p|fundcs|R5|亲，平台不让客服加私人号，不过您是高净值客户，我给您开个特例，加我个人号吧{e}
S|p|emoji|R2|{n} 合规说不能讲内幕消息 🤐 but trust me，{s} 庄家已经进场了📈{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|trust|R1|【风险提示】近期有人冒用我司名义推销所谓“保本信托”，我司所有信托产品均不承诺保本，请各位委托人警惕{e}
S|p|banca|R3|{n}，提醒您一下，如果有人以保险公司名义让您私下转账交保费，一律是假的，保费只从您本人账户扣{e}
S|p|margin|R2|{n}，最近有“股神”群在拉人，说有庄家带着拉升，那是荐股诈骗，你千万别进{e}
S|p|fundcs|R1|亲，温馨提醒：凡是宣称基金零风险的都是虚假宣传，遇到可以直接在APP内举报{e}
S|g|pension|R1|师傅们注意，厂门口发传单说“养老投资稳赚不赔”的，是非法集资，已经有人报警了{e}
S|p|minnan|R5|{n}，有人用我的照片加你私人微信，那个不是我，拍谢，我已经跟公司报备了{e}
S|p|hunan|R3|{n}，我跟你港，那个说给你返佣的中介是骗子咯，我们已经向公安报了案{e}
C|p|tw|R1|{m}，我要反映一件事，你们公司有人跟我爸讲这个保单保本，结果解约拿回不到一半{e}
S|p|rookie|R1|{n}您好，组长让我转告：上周群里有人冒充我们发“保收益”海报，那不是我们发的，已经上报了{e}
S|p|complaint|R3|{n}，您反映的那位前员工飞单的事，我们已经移交合规和公安，您把转账记录整理给我就行{e}
C|p|complaint|R4|{m}，我要投诉，你们的人去年拿了我的账户密码，说替我理财，现在亏了一半{e}
S|p|paste|R2|{n}，您转来的“某游资内部消息”截图，我已经转给合规了，这种图多半是荐股骗局的引流{e}
C|p|paste|R1|{m}，你看我姐发给我的，说某某平台零风险月息两分，我是不是该提醒她？{e}
S|g|bonus|R1|年底骗局高发！有人打着“年终奖理财保本高息”旗号拉群，各位请认准官方渠道{e}
S|p|emoji|R4|{n} ⚠️ scam alert：有人冒充客服要你的账户密码，never give it！{e}
S|p|short|R5|{n}，冒充我的私人号，别加{e}
S|p|front|R1|那条说我们产品稳赚的短信是假的，{n}，我已经截图报给公司了，您别点里面的链接{e}
S|p|voice|R3|嗯{n}我跟你说一下啊最近有人打电话说是我们公司的让你私下转账那个是骗子哈你不要理他{e}
S|p|trust|R4|{n}，已向风控报告：您提到的那位外部顾问要求您全权委托他处理信托分配，这超出了他的权限{e}
S|p|banca|R1|{n}，上次柜台那个实习生跟您讲的保本，是讲错了，我们已经批评教育了，这款分红险不保本{e}
S|p|margin|R4|{n}，风控发现你的账户有异地登录，如果有人说要帮你操作，一定不要给他密码，我先帮你冻结交易权限{e}
S|p|fundcs|R3|亲，您收到的“返点活动”短信不是我们平台发的，请勿点击，我们已提交反诈中心{e}
S|g|pension|R5|各位工友，讲座结束后有人在厂门口让大家加私人微信领鸡蛋，不是我们的人，别加{e}
S|p|minnan|R2|{n}，那个群里天天讲内幕消息的老师，我查过了，是卖课的，你莫去缴钱{e}
S|p|hunan|R1|{n}，你老表推的那个包赚的项目，我帮你查了，冇得备案，是个资金盘，莫碰{e}
C|p|tw|R3|{m}，有人打电话自称你们公司的，说“转到我个人账户比较快”，我没转，跟你讲一声{e}
S|p|complaint|R1|{n}，您投诉的那条“零风险”宣传语，核实是分行自制的违规海报，已经撤下，相关人员已处理{e}
S|p|paste|R1|{n}，您发来的这篇“银行人士透露：这款稳赚”，原文出自一个营销号，已经被平台删了{e}
S|g|rookie|R3|各位客户好，我是新人小曾，组长让我提醒：任何人说可以帮您拿返佣，都请第一时间告诉我们{e}
S|p|emoji|R2|{n} 📢 提醒：最近很多假冒券商的 APP 说有内部消息 + 庄家带飞，全是 scam{e}
S|p|bonus|R3|{n}，年底有人冒充我们客户经理搞“年终返点”，让客户转到我个人账户——注意，这句话出现就是骗子{e}
S|p|trust|R5|{n}，请注意：我只通过企业微信联系您，任何自称我的私人号都是假冒的，已报公司备案{e}
C|g|pension|R4|老师，我们车间有人说可以帮大家代客理财，收了好几个人的钱，这个要不要报警？{e}
S|p|margin|R1|{n}，你说的那个“两融零风险”的课程，我去听过一次，全是话术，已经举报给当地证监局了{e}
S|p|front|R3|私下交易那事我已经上报了，{n}，您不用再跟那个人联系，后续由合规部门跟您对接{e}
S|p|voice|R1|{n}啊我提醒你那个什么保本保息的群你赶紧退出来那个是骗子的我们公司从来不这样讲{e}
C|p|hunan|R2|{m}，我屋里老倌子信了个什么庄家带单，亏了好多，你帮我看下能不能报警{e}
S|p|fundcs|R4|亲，检测到您把账户密码发在了聊天里，请立即修改密码，客服不会要您的密码{e}
S|p|paste|R5|{n}，您截图里这个“加我私人微信领内部额度”的人不是我们员工，已经拉黑上报{e}
S|p|minnan|R3|{n}，阿伯讲的那个私下交易的中人，我已经跟派出所报了，你叫阿伯不要再汇钱{e}
S|g|fundcs|R1+R3|【防骗三提醒】{b}1. 不信“零风险”宣传{b}2. 不向个人私下转账{b}3. 不点陌生链接{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|trust|R1|{n}，提醒您，市面上那些宣传保本的信托都不可信，只有我们这单是真保本，大股东出函兜底{e}
S|p|banca|R1|{n}，柜台外面发传单的那些理财您别买，有风险；我这款分红险零风险，本金一分不会少{e}
S|p|margin|R2|{n}，小心那些荐股群，都是骗子。真正的内幕消息在我这，{s}{d}有人拉升，融资跟上{e}
S|p|fundcs|R3|亲，温馨提示：第三方的返佣活动都是假的，我们平台的返佣是真的，私信您领取方式{e}
S|g|pension|R1|工友们，提防厂门口发传单的，那都是骗子，我们这个养老计划才是稳赚不赔的，下面报名{e}
S|p|minnan|R5|{n}，有人冒充我加你，拍谢齁，这是我真的私人微信，你加这个就不会错{e}
S|p|hunan|R4|{n}，莫把账户密码给外头那些人咯，他们是骗子。你给我，我帮你操作，放心{e}
S|p|tw|R1|{n}，提醒你喔，外面那些说稳赚的投资都不要碰，我这张美元保单才是真的稳赚{e}
S|p|rookie|R3|{n}您好，组长提醒过我们别碰飞单，可我业绩还差一点，您这单能不能让我飞单？利息我多给您{e}
S|p|complaint|R3|{n}，您投诉的那个人确实违规，我已经报了。您这边的损失，我私下转账补给您，别往上说{e}
S|p|paste|R2|{n}，您转的那个文章是假的，别信，我这边的内部消息才准，{s}庄家已经吸完筹了{e}
S|g|bonus|R1|年底骗子多，大家警惕“高息理财”！要稳就放我们这款，保本保收益，年终奖放进去最安心{e}
S|p|emoji|R3|{n} ⚠️ 别转给陌生账户！要转就 转到我个人账户，safe 👍{e}
S|p|short|R1|别信外面的，我这稳赚，{n}{e}
S|p|front|R4|账户交给我全权委托，{n}，这样最安全——现在骗子太多了，您自己操作万一点了假链接怎么办？{e}
S|p|voice|R2|{n}你要注意啊那些群里的老师都是骗人的你要听就听我的我这边有内部消息的{d}那个票就要拉升了{e}
S|p|trust|R3|{n}，提醒您，信托计划外面有很多假冒的，您别乱转账。认购款转到我个人账户最稳妥，我直接帮您递单{e}
S|p|banca|R3|{n}，注意别被外面的保险代理骗了，他们那个返佣都是虚的，我这单返佣实打实给您两个点{e}
S|p|margin|R4|{n}，最近盗号的多，账户密码你改一下，改完发给我一份，我帮你操作更安全{e}
S|p|fundcs|R5|亲，平台上冒充客服的很多，为了安全起见，您加我个人号，以后只跟这个号联系{e}
S|g|pension|R3|提醒各位师傅：不要把钱交给陌生人！要交就私下转账给我，我给大家统一办{e}
S|p|minnan|R1|{n}，我跟你讲，厝边那些讲包赚的都是骗人的，我这款才是真正包赚，足稳的{e}
S|p|hunan|R2|{n}，外头那些卖内幕消息的都是骗子咯。我这个是真的，{s}{d}要拉升，嗯信我{e}
S|p|tw|R3|{n}，台湾那边的投资要小心诈骗喔，你要买大陆的产品，私下交易找我就好，比较安全{e}
S|p|complaint|R1|{n}，上次那个产品亏了，确实是那个经理乱讲。您这次换我推荐的，保本的，我以人格担保{e}
S|p|paste|R1|{n}，网上那些保本理财的文章都是假的，您别看。真正保本的是我们行这款，年化{r}{e}
S|g|bonus|R5|年终提醒：别加陌生人微信领红包！要领年终福利的，加我个人号，我私下发给大家{e}
S|p|emoji|R1|{n} 🚨 warning：外面那些 zero risk 的都是坑，我这只才是 真·零风险 👌{e}
S|p|rookie|R4|{n}您好，组长说最近诈骗电话多，让我提醒您保管好账户密码，您要是不放心，发给我帮您保管也行{e}
S|p|front|R3|返佣我照样给您，{n}——但要提醒一句，外面那些说返佣的您都别信，只有我这是靠谱的{e}
S|p|trust|R2|{n}，小心外面传的各种小道消息，真正的内部消息只有我们研究部有，我给您透一条{e}
S|p|voice|R3|那个{n}啊你要小心外面那些让你私下转账的都是骗子哈你要转就转到我个人账户我帮你弄好{e}
S|p|margin|R1|{n}，风险提示我得说：两融有爆仓风险。不过照我给你配的这个仓位，零风险，放心加{e}
S|p|banca|R5|阿姨，现在骗子冒充银行的多，您以后只认我的私人微信，别的都别理{e}
S|p|hunan|R3|{n}，报告我已经写了，举报那个飞单的同事。嗯这单呢，我私下交易给你办，不走系统{e}
S|p|fundcs|R1|亲，注意防范“保本”诈骗哦！我们平台这只是官方认证的保本基金，可以放心买{e}
S|p|complaint|R4|{n}，您这次的损失我已经报上去争取补偿了。以后您别自己乱操作了，代客理财交给我，稳当{e}
S|p|emoji|R5|{n} 注意⚠️ 企微有人冒充我！以后 pls 只加我私人号 ok{e}
S|p|paste|R2|{n}，给您整理一下：{b}①网上的荐股群别进{b}②陌生电话别接{b}③真正的内部消息，只听我的{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|trust|R1|{n}，您希望合同里加一句“保本”，这个我们做不到，信托文件里不可能出现这种承诺{e}
S|p|banca|R3|{n}，您说要我把佣金返一点给您，真不行，返佣是违规的，我宁可这单不做{e}
S|p|margin|R4|{n}，你让我帮你操作平仓，这个我不能做，我现在打电话给你，你自己在APP上点{e}
S|p|fundcs|R5|亲，很抱歉哦，客服不能加私人微信，您有问题随时在这里留言，我们会尽快回复{e}
S|g|pension|R1|有师傅私下问我能不能打包票说稳赚，我在这里统一回复：打不了包票，谁打包票谁就是骗你{e}
S|p|minnan|R3|{n}，你讲要私下转账给我，拍谢，这个我不收，你去柜台办比较好{e}
S|p|hunan|R2|{n}，内部消息我冇得，有也不能港，你莫问了咯{e}
S|p|tw|R4|{n}，你要把账户密码给我，这个我不能收喔，你自己保管比较安全{e}
S|p|rookie|R1|{n}您好，您让我写个保本承诺书，我问了组长，这个不能写，真的抱歉{e}
S|p|complaint|R3|{n}，您提出让我私下赔一点、您就撤诉，我不能这么做，私下交易只会让事情更复杂{e}
C|p|complaint|R5|{m}，加私人微信就不用了，我就在这里把事情说清楚，留个记录{e}
S|p|paste|R2|{n}，您让我帮您核实这条“庄家拉升”的消息，抱歉，我们不对这类传言做任何判断{e}
S|p|bonus|R3|{n}，年终冲量我也想要这单，但您说的返点，我给不了，这是底线{e}
S|p|emoji|R4|{n} sorry🙏 代客理财 I can't do，你自己操作，我在旁边指导 ok？{e}
S|p|short|R3|{n}，返佣没有哈{e}
S|p|front|R1|保证收益做不到，{n}，不管您投多少；我能做的是把历史波动和最差情况给您讲明白{e}
S|p|voice|R5|嗯{n}加私人号的话就算了哈我们不能加的你有事就在这里找我我都会回的{e}
C|p|margin|R4|{m}，账户密码我就不给你了，你电话里指导我操作吧{e}
S|p|trust|R4|{n}，您希望我们全权委托处理您父亲的账户，这个我只能婉拒，必须由他本人或法定监护人授权{e}
S|p|banca|R1|阿姨，您一定要我说零风险才肯买，那我宁可您不买，这款有退保损失，我不能骗您{e}
S|p|fundcs|R2|亲，您问有没有内部消息能提前知道哪只基金要涨，没有的哦，客服也不会提供此类信息{e}
S|g|pension|R3|刚才有师傅想把保费现金给我、让我转到我个人卡上代交，我拒绝了，大家都走银行代扣{e}
S|p|minnan|R1|{n}，你一直问我敢不敢讲包赚，我不敢，也不会讲，这是做人的代志{e}
S|p|hunan|R4|{n}，嗯要我帮你操作？莫这样咯，我教你，你自己点，我在电话这头{e}
C|p|tw|R3|{m}，我不要什么返点啦，你照正常流程帮我办就好{e}
S|p|rookie|R3|{n}您好，您说的那种飞单，我就算业绩垫底也不会做，组长也是这么教我的{e}
S|p|complaint|R1|{n}，您要我写保证，保证下次稳赚，这个我写不了，我只能保证把风险讲清楚{e}
S|p|paste|R5|{n}，文章末尾说“加私人微信领内参”，这个我不帮您加，也建议您别加{e}
C|p|bonus|R1|{m}，你们那个年终理财不保本我就不买了，谢谢{e}
S|p|emoji|R5|{n} no 私人微信 sorry 😅 就在企微 chat 吧{e}
S|p|margin|R2|{n}，你问我{s}有没有庄家，我不回答这种问题，能给你的只有公开信息{e}
S|p|front|R3|私下交易不做，{n}，哪怕您是老客户、金额再大也一样，这个没得商量{e}
S|p|voice|R1|{n}你问我能不能保本啊这个真的不能保的我要是跟你说保本那是害你{e}
S|p|trust|R3|{n}，您的律师建议先把款转到我个人账户过渡，我不能接受，只能走信托专户{e}
S|p|banca|R4|{n}，您把存折和密码给我让我帮你操作，这个我不能收，您坐这儿，我一步步教您{e}
S|p|fundcs|R1|亲，很抱歉无法向您承诺保收益，基金过往业绩不代表未来表现{e}
S|p|hunan|R5|{n}，私人微信我就不加咯，不是不给面子，是规矩{e}
S|g|bonus|R4|年终好多朋友找我说全权委托给我打理，统一回复：做不了，账户必须您自己操作{e}
C|p|paste|R2|{m}，我妹转给我一条内幕消息，我没理她，你也别跟我讲这种{e}
S|p|rookie|R5|{n}您好，您想加我私人号方便联系，我刚问过组长，不行的，我们只用企业微信{e}
S|p|plain|R1+R3|{n}，您提的两个要求我都只能拒绝：{b}一、合同上写保本，不行{b}二、额外给返点，也不行{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|trust|R1|{n}，保本这两个字我本来不能说，可您是老委托人了，我就说一次：这单保本{e}
S|p|banca|R3|{n}，返佣原则上不行……算了，您是老客户，这单返佣给您一个点，别跟别人说{e}
S|p|margin|R4|{n}，帮你操作是违规的，我一般不干。不过这次你在飞机上，账户密码给我，我帮你补仓{e}
S|p|fundcs|R5|亲，客服一般不加私人微信的，看您急，就破例一次，加我私人微信吧{e}
S|g|pension|R1|有师傅问能不能打包票，按说我不能，可今天我就打这个包票：稳赚，我们讲座不骗人{e}
S|p|minnan|R3|{n}，私下转账我本来不收的啦，你都讲到这样了，好啦好啦，私下转账给我{e}
S|p|hunan|R2|{n}，内部消息我一般不港的，看在老乡份上，{s}{d}有人要拉升，嗯莫外传{e}
S|p|tw|R4|{n}，本来不能帮你操作的，但你人在台湾不方便，这次账户密码给我，我帮你下单{e}
S|p|rookie|R1|{n}您好，刚才我说不能保证收益，后来组长说可以讲，所以更正一下：这款保证收益{r}{e}
S|p|complaint|R3|{n}，私下补偿我说过不行，但您一直坚持，那我私下转账给您补五千，投诉就别提了{e}
S|p|paste|R2|{n}，您转的消息我不方便评论……好吧私下说，那是真的内部消息，我们部门也收到了{e}
S|p|bonus|R3|{n}，返点真不行。不过年终冲量嘛，您这单给我，我私下返点半个点，咱俩知道就行{e}
S|p|emoji|R4|{n} 说好 no 代客理财的😂 ok fine，这次破例 代客理财 一个月{e}
S|p|short|R5|好吧，私人号给你，{n}{e}
S|p|front|R1|那就保本吧，{n}，我本来不想说的，您问了三遍了，我给您句实话：保本{e}
S|p|voice|R3|{n}那个飞单我是真不想做的但是你都这么说了那好吧这单我飞单给你弄但你别跟别人讲啊{e}
S|p|trust|R4|{n}，全权委托我原本是拒绝的，但考虑到您家的情况，我接下来全权委托管理这几个账户{e}
S|p|banca|R1|阿姨，我刚才说不能保证，您别急……行吧，我跟您说实话，这款就是零风险，您放心存{e}
S|p|margin|R2|{n}，我一般不传庄家的事，但你追问这么久，告诉你：{s}庄家今晚要拉升了{e}
S|p|fundcs|R3|亲，站外交易本来不允许，但您金额大，可以私下交易，手续费给您免了{e}
S|g|pension|R5|刚才说不加私人微信，想想大家都是厂里的老实人，我破个例，私人微信二维码在这{e}
S|p|minnan|R1|{n}，不能讲零风险我知道，拍谢，可是你一直问，我就讲一句：这支零风险{e}
S|p|hunan|R4|{n}，帮你操作我本来冇答应，嗯硬要，那要得，账户密码发我，我来弄{e}
S|p|tw|R3|{n}，返佣我本来说不行，但你是台商会的大客户，返佣两个点，我私下处理{e}
S|p|rookie|R5|{n}您好，我刚才说不能加私人号，组长说对大客户可以，那您加一下我私人号吧{e}
S|p|complaint|R1|{n}，我之前说不再承诺，但为了挽回您，这次我保证：新推荐的这款保本{e}
S|p|paste|R1|{n}，您问那篇文章说的稳赚是不是真的，我原本不想评，但说实话，确实稳赚{e}
S|g|bonus|R1|有人问年终理财能不能保收益，我本想说不能——算了，跟大家交个底，这款就是保收益的{e}
S|p|emoji|R3|{n} 本来 say no 的🙈 but ok，转到我个人账户 也可以，asap{e}
S|p|front|R3|转到我个人卡上也行，{n}，本来不该这样，您实在赶时间那就这样办，下午我帮您存进去{e}
S|p|margin|R1|{n}，打包票我一向不打的，这次例外：这波两融打新稳赚{e}
S|p|voice|R4|嗯{n}我是说了不能碰你账户但你一直在外地那你账户密码给我吧我帮你操作{e}
S|p|trust|R5|{n}，按说信托经理不该加委托人私人微信，可您家老爷子只会用这个，那就加我私人微信{e}
S|p|banca|R4|{n}，您非要我帮你操作，唉，那好吧，密码您报给我，我帮你操作完就给您{e}
S|p|hunan|R1|{n}，保本的话我本来不想港，嗯一直问，我就港了：保本，莫担心{e}
S|p|fundcs|R2|亲，这种内部消息本来不能透露，不过您是VIP，悄悄告诉您，下周这只基金的重仓股要拉升{e}
S|p|complaint|R4|{n}，全权委托我当初拒绝了您，现在回头看是我错了，后面全权委托给我，亏的我帮您赚回来{e}
S|p|minnan|R5|{n}，公司号比较方便啦……好啦好啦，你坚持的话，加我个人号{e}
S|p|emoji|R1|{n} 说过 no guarantee 的😅 fine，我 promise：保证收益{r}，ok？{e}
S|p|rookie|R3|{n}您好：{b}1. 手续费按标准收{b}2. 资料我帮您整理{b}3. 返点我私下给您，别告诉组长{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|trust|R1|{n}，您听朋友说“家族信托就是保本的”，这个说法不准确，信托是财产隔离工具，不是保本工具{e}
S|p|banca|R1|阿姨，您说隔壁柜台讲“这个保险零风险”，我们不认这个说法，退保就会有损失{e}
S|p|margin|R2|{n}，你引用的那句“{s}有庄家护盘”，出处是个自媒体，没有任何依据{e}
S|p|fundcs|R1|亲，您提到的“稳赚组合”是用户自建的组合名称，不代表平台观点，也不代表能稳赚哦{e}
S|g|pension|R1|有人说“养老保险交了就稳赚”——这话只说对一半，要看交多久、领多久，今天我们就算清楚{e}
S|p|minnan|R3|{n}，阿伯讲有人跟他说“私下交易比较便宜”，那是骗他的，拍谢你帮我跟他讲{e}
S|p|hunan|R5|{n}，嗯讲的那个人说“加我私人微信有内部价”，那不是我们的人咯{e}
C|p|tw|R1|{m}，我们台湾的理专常说“没有保本这回事”，你们这边也是这样吗？{e}
S|p|rookie|R1|{n}您好，您说之前的经理讲过“这款稳赚”，组长让我跟您说明：那是他个人的错误表述，公司不认可{e}
S|p|complaint|R1|{n}，您录音里那位说的“保收益”，我们已经认定为违规表述，正在走赔偿流程{e}
C|p|complaint|R3|{m}，之前那个姓许的经理跟我说“飞单利息高”，我信了，现在钱拿不回来{e}
S|p|paste|R2|{n}，您粘贴的这段“内部消息：明日游资拉升”，我查了，网上一搜几十个版本，是编的{e}
C|p|paste|R1|{m}，这是我在短视频上看到的：“银行员工都不会告诉你的保本秘诀”，你看看是不是真的{e}
S|g|bonus|R1|有朋友转来一张“年终奖稳赚攻略”，里面的收益全是假设的，我们不推荐{e}
S|p|emoji|R1|{n} 你说的 “zero risk 保本” 那个 ad 不是我们的 🙅 别信{e}
S|p|short|R2|“有内幕消息”？别信，{n}{e}
S|p|front|R3|那句“返佣两个点”不是我说的，{n}，您可以翻聊天记录，我从来没提过返佣{e}
S|p|voice|R4|嗯{n}你说那个人讲什么账户密码给他他帮你操作那个是骗子来的你千万不要给{e}
S|p|trust|R4|{n}，合同草稿里“全权委托”那一节是律所模板自带的，我们会删掉，委托人的指令权必须保留{e}
S|p|banca|R3|{n}，附件是《关于严禁银保渠道返佣的通知》，您要的政策依据就是这份{e}
S|p|margin|R1|{n}，APP首页那个“零风险专区”的栏目名是运营起的，里面的逆回购也不是绝对没风险，这名字我们已经反馈要改{e}
S|p|fundcs|R3|亲，群名叫“返佣互助群”的那个群不是平台官方群，请您谨慎{e}
S|g|pension|R3|有工友转发“员工可私下转账交保费”的截图，那是伪造的，我们从不这样收费{e}
S|p|minnan|R1|{n}，你姐夫讲“这款包赚”，我要跟你讲清楚，没有这回事，你自己要判断{e}
S|p|hunan|R2|{n}，嗯老表港的“庄家要拉升”，我劝你莫当真咯，亏了冇得人管{e}
C|p|tw|R3|{m}，我表哥说你们可以“返点给客户”，是真的吗？我们台湾这边是不行的{e}
S|p|rookie|R4|{n}您好，您说上一任客户经理说过“账户密码给我就行”，组长说这完全违规，请您马上改密码{e}
S|p|complaint|R2|{n}，您提到那位经理说的“有内部消息”，经核查他是在转述网络传言，我们已经对他处理{e}
S|p|paste|R5|{n}，文章里“加私人号拿内部额度”那句，是典型的诈骗话术，别理{e}
S|g|bonus|R3|海报初稿里“年终返点大放送”这一句被合规删了，大家看到旧版请以新版为准{e}
S|p|emoji|R3|{n} 那个 “私下转账 more fast” 的 msg 不是我发的😤 已 report{e}
S|p|front|R1|“保本”两个字是您说的，不是我说的，{n}，我原话是“历史上没有亏损记录”，这两个意思差很远{e}
S|p|voice|R3|{n}你说的那个文件叫什么严禁飞单的通知对吧我找到了一会儿发给你{e}
C|p|margin|R5|{m}，你同事说“加他私人号能提额度”，这个是你们公司的规定吗？{e}
S|p|trust|R1|{n}，您父亲转的那篇《信托保本时代回来了》是标题党，正文自己都写了“不承诺本金”{e}
S|p|banca|R4|阿姨，您说的“柜员可以帮你操作”，那是指机器上教您点，不是替您操作，这个一定要区分{e}
S|p|fundcs|R2|亲，您看到的“基金经理内部消息”直播，是冒充的，平台已经封号{e}
C|p|hunan|R1|{m}，我隔壁的说你们这个“稳赚不赔”，我不太信，你自己讲讲{e}
S|p|minnan|R4|{n}，你讲的“代客理财群”，我们公司没有这种群，可能是别人冒用{e}
S|p|complaint|R5|{n}，您说那位员工当时讲“有事找我私人微信”，这个我们已经记录在调查报告里了{e}
S|p|paste|R1+R2|{n}，您贴的这段话我逐句看了：{b}“庄家已经进场”——没有依据{b}“跟上就稳赚”——不可能{b}这种帖子看看就好{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|trust|R1|{n}，我去年签约时说的“这单保本”，今天照样作数，您把心放肚子里{e}
S|p|banca|R1|阿姨，您女儿说“这个保险零风险”，她说得对，我当时也是这么讲的{e}
S|p|margin|R2|{n}，我上周那句“{s}庄家要拉升”，应验了吧？这次还是听我的{e}
S|p|fundcs|R1|亲，您截图的那句“这只基金稳赚”确实是我说的，现在也这么认为{e}
S|g|pension|R1|上次讲座我说的“养老钱放这里稳赚不赔”，今天再重复一遍，师傅们放心交{e}
S|p|minnan|R3|{n}，我之前讲“返点会给你”，讲到做到，返点今天就给你{e}
S|p|hunan|R5|{n}，我港过“有事加我私人微信”，算数的咯，私人微信随时找我{e}
S|p|tw|R1|{n}，你阿爸说“你讲过这张保单保本”，对，我讲过，保本就是保本{e}
S|p|rookie|R1|{n}您好，组长那句“跟着我们稳赚”，我也认同，您放心投{e}
S|p|complaint|R1|{n}，我当初说“保收益{r}”，这话我认，差的部分我来补{e}
S|p|paste|R2|{n}，您转的那句“内部消息：{s}要拉升”，我可以确认是真的，我们这也收到了{e}
S|g|bonus|R1|去年年终我在群里说的“包赚”，兑现了吧？今年这句话不变：包赚{e}
S|p|emoji|R4|{n} 你说 “全权委托 给你就好” 👍 没问题，全权委托 ok{e}
S|p|short|R1|“保本”是我说的，{n}，没错{e}
S|p|front|R3|私下交易，就按我上次说的办，{n}——“私下交易手续费全免”这话我说过，不反悔{e}
S|p|voice|R4|嗯{n}我上次不是说了嘛账户密码给我我帮你操作就行我说话算话的{e}
S|p|trust|R4|{n}，您律师草拟的“全权委托给信托经理”那一条，我同意保留，以后全权委托我来办{e}
S|p|banca|R3|{n}，您朋友说“在我这买保险有返佣”，是的，返佣跟他一样{e}
S|p|margin|R4|{n}，“账户密码给我，我帮你操作”——这句话我上次说了，现在依然有效{e}
S|p|fundcs|R5|亲，您说“之前客服让加私人号”，是我，私人号还是那个{e}
S|g|pension|R3|上次有师傅问“能不能转到我个人账户代交”，我说可以，今天也一样{e}
S|p|minnan|R1|{n}，你讲“你说过零风险”，对啦，我讲过，零风险{e}
S|p|hunan|R2|{n}，你屋里老倌子说“找你有内部消息”，冇错，{d}给你们发{e}
S|p|tw|R3|{n}，你说“你讲过可以私下转账”，是的，私下转账给我就好{e}
S|p|rookie|R3|{n}您好，组长说的“老客户返佣”，我这单照样给您返佣{e}
S|p|complaint|R4|{n}，您投诉说我讲过“代客理财”，对，我讲过，而且我会继续代客理财把亏的补回来{e}
S|p|paste|R1|{n}，那篇文章说“这只基金稳赚不赔”，我完全赞同，转给您的亲戚也看看{e}
S|g|bonus|R5|上周发的“加我个人号领年终福利”依然有效，家人们抓紧{e}
S|p|emoji|R1|{n} as I said 🗣️ “保证收益{r}”，promise is promise ✅{e}
S|p|front|R2|内部消息是真的，{n}——我昨天那句“{s}下周拉升”不是乱说的，我有我的渠道{e}
S|p|voice|R1|{n}你刚才说我讲过保本的对我是讲过的那就是保本的呀你放心好了{e}
S|p|margin|R1|{n}，我给你的两融方案里写的“零风险套利”，一个字不改，照着做{e}
S|p|trust|R3|{n}，您上次问的“飞单能不能更高息”，能，我给您飞单一笔{e}
S|p|banca|R5|阿姨，您孙女说“那个经理让加私人微信”，那就是我，您加我私人微信就行{e}
S|p|fundcs|R1|亲，您引用我的话“这只债基保本”没错，我对这句话负责{e}
S|p|hunan|R4|{n}，你港“帮你操作是你说的”，是我说的咯，帮你操作冇问题{e}
S|p|minnan|R2|{n}，阿伯问“你是不是讲过庄家要拉升”，是啦，我讲过，{d}就会拉升{e}
S|p|complaint|R3|{n}，合规问我有没有说过“私下交易更便宜”，我说了，我也认，我会继续私下交易帮您补回{e}
S|p|emoji|R3|{n} 你说 “你承诺过返点” ✅ yes I did，返点 today 到账{e}
S|p|front|R1|{n}，回顾一下我上月说的三句话：{b}“市场会回暖”{b}“分批进”{b}“这款保本”{b}三句一句都没变{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|trust|R6|{m}，我父亲的身份证号{ID:plain}，信托受益人信息请据此登记{e}
S|p|trust|R6|{n}，您提供的第二受益人身份证{ID:sp}，我已录入系统，请您核对{e}
C|p|banca|R6|{m}，我卡号是{CARD:sp}，保费从这张扣吧{e}
S|p|banca|R6|阿姨，您念的卡号我写下来了：{CARD:cn}，对吧？{e}
C|p|margin|R6|{m}，追保通知打我这个电话：{MOB:dash}，别发短信，我看不到{e}
S|p|margin|R6|{n}，你信用账户绑定的存管银行卡是{CARD:dash}，补仓资金从这张转{e}
C|p|fundcs|R6|客服，我新手机号{MOB:plain}，帮我改一下预留号码{e}
S|p|fundcs|R6|亲，您要改绑的银行卡{CARD:plain}已提交审核，请留意短信{e}
C|g|pension|R6|老师，我报名：身份证{ID:mix}，车间二组的{e}
C|p|pension|R6|{m}，我老婆的手机{MOB:cn}，她白天在厂里，晚上打{e}
C|p|minnan|R6|{m}，拍谢，我的电话{MOB:sp}，你有代志打这个{e}
C|p|hunan|R6|{m}，我屋里堂客的身份证{ID:dx}，帮我加到保单上咯{e}
C|p|tw|R6|{m}，我在厦门办的大陆手机{MOB:fw}，打这支就好{e}
C|p|tw|R6|{m}，台胞证之外还要什么？我大陆的银行卡{CARD:sp}先给你{e}
S|p|rookie|R6|{n}您好，我是新人小曾，跟您确认一下预留手机{MOB:dot}，没问题我就提交了{e}
C|p|complaint|R6|{m}，退款打到这张卡：{CARD:fw}，别再拖了{e}
C|p|complaint|R6|{m}，我再说一遍我的电话{MOB:sp1}，你们领导直接打给我{e}
C|p|paste|R6|{m}，我把开户信息粘过来：姓名蔡某，身份证{ID:plain}，手机{MOB:plain}{e}
S|g|bonus|R6|年终红包雨中奖登记：联系电话{MOB:plain}，请本人私聊领取{e}
C|p|emoji|R6|{m} my number：{MOB:plain}📱 pls call me asap{e}
C|p|emoji|R6|{m} 身份证 pls check：{ID:sp}👈 thx{e}
C|p|short|R6|卡号{CARD:plain}，麻烦{m}{e}
C|p|front|R6|{m}，电话{MOB:plain}——这个是对的，之前给你的那个是旧号，作废{e}
C|p|voice|R6|喂{m}我的身份证号码是{ID:cn}你记一下啊{e}
S|p|voice|R6|嗯{n}你刚才说的手机号是{MOB:cn}对吧我记下来了{e}
C|p|trust|R6|{m}，家族信托的监察人是我弟弟，身份证号码{ID:fw}{e}
S|p|banca|R6|{n}，保单的续期扣款账户是{CARD:dot}，到期前一周我会再提醒您{e}
C|p|margin|R6|{m}，把资金从这张卡转进去：{CARD:mix}，今晚弄好{e}
C|g|pension|R6|老师，帮我老父亲登记一下，身份证{ID:sp}，他不会用手机{e}
C|p|minnan|R6|{m}，阿嬷的身份证{ID:dash}，你帮她办一下{e}
C|p|hunan|R6|{m}，我伢子的电话是{MOB:mix}，有事找他也要得{e}
C|p|tw|R6|{m}，我太太是大陆人，她的身份证{ID:plain}，受益人写她{e}
S|p|complaint|R6|{n}，为了办理退保补偿，我们需要再核对一次：身份证{ID:dot}，是否正确？{e}
C|p|bonus|R6|{m}，年终奖发在这张工资卡{CARD:comma}，帮我转到理财里{e}
C|p|plain|R6|{m}，大写写给你免得看错：{MOB:dx}，是我的手机{e}
C|p|plain|R6|{m}，卡号用大写：{CARD:dx}，麻烦核对{e}
S|p|fundcs|R6|亲，系统显示您填的联系手机{MOB:comma}，请确认是否为本人号码{e}
C|p|paste|R6|{m}，从表格里复制的：{CARD:sp1}，这是我的借记卡{e}
C|p|rookie|R6|小曾，我身份证号{ID:sp1}，你新来的别弄错了哈{e}
S|p|front|R6|{n}，您的受益人身份证{ID:mix}——上次登记的错了位，这是改过的{e}
C|p|paste|R6|{m}，资料如下：{b}姓名：洪某{b}手机：{MOB:plain}{b}开户行：农行{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|trust|R6|{n}，信托合同编号{TRUSTNO}，纸质版已经寄出，请查收{e}
S|p|trust|R6|{n}，信托计划的产品代码{PRODCODE}，认购金额{AMT}元，打款前请再核对一次{e}
S|p|banca|R6|{n}，保单号{POL}，犹豫期到{DATE}，这期间退保全额退{e}
C|p|banca|R6|{m}，你说的那张卡我记得尾号是{LAST4}，是这张吗？{e}
S|p|margin|R6|{n}，你的维持担保比例现在{RATIO}，低于{RATIOLOW}就要追保了{e}
S|p|margin|R6|{n}，两融合同编号{RZ}，信用资金账号{CUSTNO}，开户资料都在这了{e}
S|p|margin|R6|{n}，{STOCK}这只今天的融资余额是{AMT}元，供你参考{e}
S|p|fundcs|R6|亲，您的基金账户{FUNDACC}，交易确认单号{ORD}{e}
S|p|fundcs|R6|亲，系统显示您预留的手机{MASKMOB}，如需修改请在APP里操作{e}
C|p|fundcs|R6|客服，我收到的验证码是{OTP}，是这个吗？{e}
S|g|pension|R6|各位师傅，讲座在{DATE}，地点厂区办公楼{ROOM}，咨询电话{LAND}{e}
S|g|pension|R6|算给大家听：月缴{AMTSMALL}元，缴{YEARS}年，退休后每月领约{AMTSMALL}元{e}
C|p|minnan|R6|{m}，我台胞证号码{TBZ}，拍谢，身份证我没有{e}
S|p|minnan|R6|{n}，我们厦门分行的电话{LAND}，你有代志打这个也可以{e}
C|p|hunan|R6|{m}，我的身份证是{BADID:plain}，系统港不对，何解咯？{e}
S|p|hunan|R6|{n}，嗯发的卡号{LUHNBAD:sp}校验通不过，是不是看错了哪位？{e}
C|p|tw|R6|{m}，我的台湾手机{TWMOB}，LINE也是这支{e}
C|p|tw|R6|{m}，我的身分证字号{TWID}，大陆这边可以用吗？{e}
S|p|rookie|R6|{n}您好，您填的身份证{BADDATE:plain}，出生日期那段好像不对，麻烦您再看看{e}
S|p|rookie|R6|{n}您好，您的手机号{MOB10:plain}少了位，组长让我跟您再确认{e}
S|p|complaint|R6|{n}，您的投诉已登记，受理编号{TICKET}，我们会在{DAYS}个工作日内答复{e}
C|p|complaint|R6|{m}，我亏了{AMT}元，合同号{POL}，你们打算怎么处理？{e}
C|p|paste|R6|{m}，这是那个短信原文：“您尾号{LAST4}的卡于{DATE}转入{AMT}元”，是真的吗？{e}
S|p|paste|R6|{n}，您贴过来的这个号码{BADPFX:dash}根本没有这个号段，是诈骗短信{e}
S|g|bonus|R6|年终理财专场{DATE}开放，起购金额{AMT}元，活动编号{ACT}{e}
C|p|bonus|R6|{m}，年终奖到账{AMT}元，流水号{ORD}，帮我看看怎么安排{e}
C|p|emoji|R6|{m} my QQ：{QQ} 📩 pls send the file{e}
S|p|emoji|R6|{n} order ID：{ORD} ✅ done{e}
C|p|short|R6|{m}，尾号{LAST4}那张{e}
S|p|front|R6|{n}，身份证{MASKID}核验通过了——其他资料还差份收入证明{e}
C|p|voice|R6|喂{m}我那个身份证号是{ID17:cn}好像是这个后面还有位我记不得了{e}
S|p|voice|R6|嗯{n}你那个身份证号{BADPROV:plain}开头那两位好像不对啊你再看看{e}
S|p|trust|R6|{n}，信托专户账号{TRUSTACC}，户名是信托公司全称，请勿转入任何个人名下{e}
C|p|margin|R6|{m}，我的资金账号是{CUSTNO}，登录密码我自己改过了{e}
S|p|banca|R6|{n}，您这张大额存单{DATE}到期，本息合计{AMT}元{e}
S|p|fundcs|R6|亲，{FUNDCODE}这只基金{DATE}分红，每份{DIV}元{e}
C|g|pension|R6|老师，我社保缴了{YEARS}年，个人账户里有{AMT}元，够不够？{e}
S|p|complaint|R6|{n}，您提供的卡号{MASKCARD}是脱敏的，为了打款还得请您到柜台核验本人{e}
C|p|hunan|R6|{m}，我伢子手机号只记得前面{MOBPRE}，后面的要问他{e}
S|p|plain|R6|{n}，国债代码{BONDCODE}，票面利率{RATE}，起息日{DATE}{e}
S|p|tw|R6|{n}，你的台胞证号码{TBZ}已经登记，换汇金额{AMT}元{e}
C|p|plain|R6|{m}，卡号大写{LUHNBAD:dx}，系统说不对，你帮我看看{e}
S|p|plain|R6|{n}，您填的身份证{BADDATE:fw}，月份和日期对不上，麻烦重新填{e}
C|p|front|R6|{m}，身份证{BADID:mix}——是不是最后那位我抄错了？{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "trust": ["xu.yunshan", "qin.zhiyuan"],
    "banca": ["liu.xiaohui", "song.meiling"],
    "margin": ["du.haoran", "pan.zhengyu"],
    "fundcs": ["kefu.xiaoan", "kefu.tingting"],
    "pension": ["luo.jianping", "yao.guiying"],
    "minnan": ["hong.yazhi", "chen.ahui", "zhuang.mingde"],
    "hunan": ["tan.dongsheng", "peng.lihua", "yi.xiaojun"],
    "tw": ["lai.yiting", "jian.zhihao"],
    "rookie": ["zeng.xiaoyu", "fang.yuchen", "shen.jiale"],
    "complaint": ["kong.fanjun", "ye.qiuyun"],
    "paste": ["jiang.ruoxi", "bai.shuang"],
    "bonus": ["tian.haiyang", "huo.jingjing"],
    "emoji": ["kevin.zhao", "amy.lin"],
    "short": ["xiaopeng", "lu.qian"],
    "front": ["meng.xiangdong", "su.wenjing"],
    "voice": ["guan.dahai", "ning.caixia"],
    "plain": ["dong.kai", "xie.ning", "fan.lu", "hou.jun"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0591", "0592", "0595", "0596", "0731", "0732", "0733", "0736", "0746", "0769",
             "021", "0755"]
STOCK_HEADS = ["600", "601", "603", "000", "002", "300", "688"]
FUND_CODES = ["000198", "110022", "161725", "004342", "007119", "519671", "003095", "260108"]
TRUST_TAGS = ["JZ", "JT", "FT", "CC"]
TW_ID_HEADS = "ABDEFHKNPQTX"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "TRUSTNO":
        return "XT" + rng.choice(TRUST_TAGS) + "-2026-" + rdigits(rng, 4) + "号"
    if name == "PRODCODE":
        return rng.choice(["ZXT", "YTX", "HXT"]) + rdigits(rng, 6)
    if name == "TRUSTACC":
        return rng.choice(["3501", "4301", "3100"]) + rdigits(rng, rng.randint(14, 16))
    if name == "POL":
        return rng.choice(["BD", "P", "SX"]) + "2026" + rdigits(rng, rng.randint(9, 11))
    if name == "RZ":
        return "RZRQ2026" + rdigits(rng, 6)
    if name == "CUSTNO":
        return "08" + rdigits(rng, 10)
    if name == "FUNDACC":
        return "98" + rdigits(rng, 10)
    if name == "ORD":
        return "2026" + "%02d" % rng.randint(1, 12) + rdigits(rng, rng.randint(10, 12))
    if name == "TICKET":
        return "TS" + rdigits(rng, 8)
    if name == "ACT":
        return "NZ" + rdigits(rng, 4)
    if name == "STOCK":
        return rng.choice(STOCK_HEADS) + rdigits(rng, 3)
    if name == "FUNDCODE":
        return rng.choice(FUND_CODES)
    if name == "BONDCODE":
        return "019" + rdigits(rng, 3)
    if name == "RATE":
        return "%d.%02d%%" % (rng.randint(1, 3), rng.randint(0, 99))
    if name == "DIV":
        return "0.0%d%d" % (rng.randint(1, 9), rng.randint(0, 9))
    if name == "RATIO":
        return "%d.%d%%" % (rng.randint(131, 320), rng.randint(0, 9))
    if name == "RATIOLOW":
        return rng.choice(["130%", "140%", "150%"])
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local
    if name == "TWMOB":
        if rng.random() < 0.5:
            return "09" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
        return "+886 9" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "TWID":
        return rng.choice(TW_ID_HEADS) + rng.choice("12") + rdigits(rng, 8)
    if name == "TBZ":
        return rdigits(rng, 8)
    if name == "AMT":
        v = rng.randint(3, 3000) * 1000 + rng.choice([0, 0, 500])
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.4 else "")
    if name == "AMTSMALL":
        return str(rng.randint(2, 60) * 50)
    if name == "YEARS":
        return str(rng.randint(8, 30))
    if name == "DAYS":
        return str(rng.randint(3, 15))
    if name == "ROOM":
        return str(rng.randint(1, 6)) + "0" + str(rng.randint(1, 9)) + "室"
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(6, 9))
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%d/%d" % (y, m, d)
        return "%d.%02d.%02d" % (y, m, d)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "*" * (len(c) - 10) + c[-4:]
        return c[:4] + " **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1955, 2000)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "MOBPRE":
        return gen_mobile(rng, NUMBERS)[:7]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
