#!/usr/bin/env python3
"""Blind held-out evaluation set 53 ("heldout53") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author read only three files of the repository -
``scripts/evasion_blind_common.py`` (the shared machinery, rule pack, labels and self-checks),
``scripts/evasion_heldout22.py`` (for the structure of a blind set's script) and
``scripts/eval_categories.sh`` (how the sets are run) - and never opened the scanner, its rule
files, its tests, its archive, its docs, its commit history or any other evaluation set (nor
the training-corpus generator); no cargo or scrm binary was run and nothing was searched (no
web or code search).  Every template below was written fresh from general knowledge of how
Chinese-speaking financial sales staff (bank, broker, fund, insurance, trust, futures,
precious metals, consumer loans, wealth management) and their customers talk on WeCom
(企业微信).  The set exists to measure how well the scanner generalises: do not tune the
scanner to it, do not add it to any training data, and run it once.

Voices
------
Shaanxi and Shanxi speech (额, 撒, 嘹咋咧, 甚, 恓惶, 碎娃); Yunnan and Guizhou speech (板扎,
搞哪样, 得行, 莫得, 嬢嬢); Anhui and Jiangsu (Subei) speech (俺, 照, 乖乖, the respectful 你家);
Hainan speakers (阿公, 阿婆, 做么, migratory retirees); Inner Mongolia and Xinjiang Mandarin
(亚克西, 丫头子, 巴郎子, 勺子, 麻达, 牧区); Wenzhou and Ningbo speakers writing Mandarin (侬,
阿拉, 交关, 晓得伐, 抬会, relatives in Italy and Spain); a formal bank customer-manager style;
sarcastic and joking customers (and staff); couples sharing one account; small business
owners borrowing for payroll; people comparing products across banks; forwarded screenshots
described in text; group chats of a branch's top customers; weekly market commentary posts;
HR and compliance officers talking to staff about a case; plain Mandarin staff and customers.
Settings: bank wealth management (净值型 products), money-market funds, index-linked
structured notes, pension target-date funds, participating (分红) insurance, medical
insurance riders, trust collective plans, commodity futures, silver and gold bars, car loans
and decoration loans, credit-card cash advances, payroll bridging loans.

Hard cases
----------
In every keyword category: violations asserted through rhetorical questions and urgings
(hit) versus genuine questions that assert nothing (near miss); denials; prohibitions
followed by a breach (hit) versus honest prohibitions (near miss); warnings about others
followed by the speaker's own offer (hit) versus pure warnings (near miss); reports to
compliance; refusals that hold (near miss) and refusals that give in (hit); quotations of
others rejected (near miss) or endorsed (hit); quoting one's own earlier promise (hit); a
keyword inside a book, course, app or salon title (near miss); training material showing
wrong examples (near miss); corrections of an earlier message, towards a violation (hit) or
away from one (near miss); jokes and sarcasm that do not assert (near miss) versus jokes
that still promise (hit); a supervisor telling staff that a banned practice is fine (hit).
Labels follow the common module exactly: a non-numbers message's label set is the R1-R5
rules whose keywords it contains; hits come from staff only.  Keywords are split by one of
the separators ``· -_*.~`` in a minority (12 of 150, 8 %) of each keyword category's hits;
25 % of every category is in traditional characters through the one-to-one table (Wenzhou
and Ningbo traders abroad and forwarded screenshots first).
Numbers: valid mobiles, resident IDs (Shaanxi, Shanxi, Yunnan, Guizhou, Anhui, Subei,
Hainan, Inner Mongolia, Xinjiang, Wenzhou, Ningbo area codes) and bank cards, plain, grouped
by spaces, dashes, dots and commas, in Chinese numerals, 大写, full-width and mixed digits,
versus look-alikes: bad ID check characters, impossible birth dates, bad province codes,
17-digit IDs, Luhn failures, masked numbers, 10-digit and bad-prefix mobiles, first seven
digits of a mobile, and other codes: trust contract, loan contract and case numbers, futures
contracts, gold-bar serials, VINs, unified social credit codes, CNAPS bank codes, fund and
product codes, landlines, Italian, Spanish and Kazakh phones, amounts, prices, dates,
postcodes, QQ numbers, one-time codes, employee numbers and plates.

Run it once; never tune the scanner (or this set) to its results.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout53.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h53_``, times and seqs at T0 and SEQ0.
After the common run succeeds, one line per category is printed (messages, hits, near
misses, self-check).
"""

import json
import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    CATEGORIES, BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 53_2026_1223
SET_NAME = "heldout53"
MSGID_PREFIX = "h53"
T0 = 1782500000000
SEQ0 = 2500000
SPLIT_PER_CATEGORY = 12         # of 150 hits, 8 %
TRAD_PREF_REGIONS = ("wz", "shot")  # Wenzhou/Ningbo traders abroad, forwarded screenshots

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "150",
              "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "176",
              "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189",
              "191", "193", "195", "198", "199"]
AREAS = ["610102", "610103", "610113", "140105", "140106", "530102", "530103", "520102",
         "520103", "340102", "340104", "321002", "320803", "320302", "460105", "460107",
         "469005", "150102", "150203", "650102", "650103", "330302", "330303", "330203",
         "330212"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "622262", "621226", "622150", "623058",
               "625907", "621799"]
CARD_BINS19 = ["6222020", "6228480", "6217000", "6210985", "6214830", "6230580"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["雷叔", "段姐", "鲍老师", "符阿姨", "叶总", "应先生", "池老板", "阿依努尔", "巴特尔大哥",
          "苏姐", "马老板", "杨嬢嬢", "乔哥", "许总", "季姐", "邢伯", "翁总", "刘师傅", "周姐",
          "金阿姨", "韦大哥", "吕老师"],
    "m": ["小雷", "段经理", "鲍主任", "小符", "叶经理", "应经理", "巴经理", "小杜", "龙经理",
          "许主管", "小乔", "季经理"],
    "e": ["", "", "😄", "👍", "🙏", "🤣", "🤝", "🌞", "🍵", "💰", "👌", "😅", "🙂"],
    "d": ["明早", "周四下午", "月中", "下个礼拜", "今晚九点", "节后", "本周五", "过几天",
          "这两天", "月底"],
    "a": ["8万", "12万", "25万", "40万", "60万", "100万", "150万", "300万", "18万", "35万"],
    "r": ["3.2%", "3.6%", "4%", "4.5%", "5.2%", "6%", "7%", "2.9%", "3.8%", "8%"],
    "k": ["小段", "雷经理", "乔主管", "小邢", "叶经理", "苏专员", "小龙", "杜经理", "池主管",
          "许经理"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; wz and shot prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|qin|R1|{n}，这款净值型理财额给你说了是保本的，你还磨叽撒哩？嘹咋咧的东西，{d}就没额度了{e}
S|p|qin|R1|{n}，甚也不用想，这个分红险保收益，错过了不恓惶？{e}
S|p|dian|R1|{n}，这款货币基金稳赚不赔的嘛，板扎得很，你还在犹豫哪样？{e}
S|p|dian|R2|{n}，内部消息都递到你嘴边了，{d}螺纹钢那边庄家要拉升，你还不动手，搞哪样嘛？{e}
S|p|hw|R3|{n}，走柜台还要排号，你家直接转到我个人卡上不就照了嘛？乖乖，多省事{e}
S|p|hn|R1|{n}，候鸟老人都抢着买这个养老产品，零风险的，阿公你还等什么呢？{e}
S|p|xb|R1|{n}，亚克西的产品，包赚的，儿子娃娃还怕这个？{e}
S|p|wz|R3|{n}，侬晓得伐，私下交易手续费省交关多，阿拉自家人，还走啥流程？{e}
S|p|formal|R1|尊敬的{n}，本期结构性票据挂钩中证500，到期保本，如此稳健之选，您难道不想把握吗？{e}
S|g|vip|R2|各位贵宾，庄家这周要拉升黄金股，内部消息我只在这个群说，谁还想错过？{e}
S|p|boss|R3|{n}，工资下周就要发，贷款走正常流程哪来得及？手续费私下转账给我，我今天就给你放，不香吗？{e}
S|p|duo|R4|{n}，你们两口子一个账户吵来吵去，把账户密码给我，我帮你操作，不就谁也不怪谁了？{e}
S|p|cmp|R1|{n}，隔壁行的理财净值天天跌，我们这款保本保收益，你还比个什么？{e}
S|g|weekly|R1|【周评】上周金价高位震荡，有人问现在买什么？答案就一个：我们的积存金计划稳赚，还等什么？{e}
S|p|joke|R1|{n}，开个玩笑哈，不过这个分红险是真的包赚，不买你不亏吗？🤣{e}
S|p|shot|R1|{n}，产品页截图发你了，图上第二行写着保本两个大字，你还怕什么？{e}
S|p|plain|R5|{n}，企业微信老掉线，加我个人号吧，快加，别磨蹭了{e}
S|p|plain|R4|{n}，信用卡取现这种小事还要你自己跑？把账户密码发过来，我帮你操作，五分钟搞定{e}
S|p|qin|R2|{n}，额给你谝个内部消息，{d}白银有人拉升，你说你上不上？{e}
S|p|dian|R5|{n}，企业微信消息多，加我私人微信嘛，得行不？不加你吃亏哦{e}
S|p|hw|R4|{n}，你家年纪大了眼神不好，代客理财这种事交给我不是正好？还犹豫啥{e}
S|p|hn|R3|{n}，返点给你一个点，这么公道的事，哪里找？{e}
S|p|xb|R4|{n}，你在牧区信号不好，全权委托给我不就完了？还跑啥银行嘛{e}
S|p|wz|R1|{n}，这个信托集合计划稳赚的，温州人做生意不就图个稳？侬还想啥？{e}
S|g|vip|R1|各位老板，这期信托保本又有{r}，不比你们放互助会强？{e}
S|p|boss|R3|{n}，装修贷批下来后返佣给我两个点，我保证三天放款，这买卖不划算吗？{e}
S|p|cmp|R3|{n}，别家给不了返点，我给你返点，这还用比？{e}
S|p|duo|R5|{n}，你老公那边也加我私人号，一家人沟通多方便，你说是吧？{e}
S|g|weekly|R2|【本周观点】豆粕为什么涨？因为有内部消息说庄家下周继续拉升，各位还观望什么？{e}
S|p|formal|R4|{n}您好，鉴于您公务繁忙，何不将账户全权委托于本人打理？{e}
S|p|joke|R3|{n}，说出来你别笑，飞单我做了十年没出过事，你怕啥？哈哈{e}
S|p|plain|R1|{n}，养老目标日期基金不就是给养老用的吗？哪能不保本？你放心买就是{e}
S|p|plain|R1|{n}，医疗险附加险加上分红险一起买，一份保障一份收益，零风险的组合，谁不买谁后悔，不是吗？{e}
S|p|shot|R2|{n}，看我刚转的截图没？研究所的人都说那只票有庄家，你还不信？{e}
S|p|plain|R3|{n}，银条的货款转到我个人账户，我帮你去总行提货，你还要自己跑？{e}
S|p|qin|R5|{n}，额这个企业微信下班就不看了，你为啥不加额私人号？有事随时喊{e}
S|p|plain|R1|{n}，更正一下我刚才那句“净值会波动”，波动归波动，到期哪次不是保本的？{e}
S|p|plain|R1|{n}，我上个月说的“稳赚”哪次落空了？这次还是稳赚，你还等？{e}
S|p|dian|R4|{n}，车贷还款你老是忘，账户密码发我嘛，我帮你操作自动扣款，不就好了？{e}
S|p|xb|R2|{n}，内幕消息我从来没让你失望过吧？{d}金价有人拉升，还不赶紧？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|qin|R1|{m}，额问一下，这个净值型理财保本不？额娘就想要个稳当的{e}
S|p|qin|R1|{n}，保本？现在净值型的哪有保本的，额不能哄你{e}
C|p|dian|R1|{m}，货币基金是不是零风险嘛？我家嬢嬢问的{e}
S|p|dian|R2|{n}，内幕消息？我要是有，还在这搞哪样？早就去滇池边上晒太阳咯{e}
C|p|hw|R3|{m}，你家能不能私下转账啊？俺们厂里财务说这样快{e}
S|p|hw|R3|{n}，私下转账那是能照的吗？不照，对公账户，回单我给你家发过去{e}
S|p|hn|R1|{n}，阿公问是不是稳赚，我讲不是的，养老产品也会波动，做么要骗老人家{e}
C|p|xb|R2|{m}，你们有没有内部消息？群里都说有庄家要拉升黄金{e}
S|p|xb|R4|{n}，全权委托给我？那可不行，麻达大得很，你的钱你自己做主{e}
C|p|wz|R3|{m}，侬讲讲看，返点到底有没有？隔壁那家行说有的{e}
S|p|wz|R3|{n}，飞单？阿拉不做的，交关危险，出了事谁兜底啊{e}
S|p|formal|R1|尊敬的{n}，您询问本产品是否保证收益，谨答复：本产品为净值型，不保证收益，敬请知悉{e}
C|p|joke|R1|{m}，你们要是真有稳赚不赔的产品，还用天天给我发消息？哈哈{e}
C|p|joke|R2|{m}，内部消息有没有？没有的话，食堂今天吃啥的内部消息也行🤣{e}
S|p|joke|R1|{n}，包赚？我要能包赚，早就辞职回家数钱了，哈哈，踏实点好{e}
C|p|duo|R4|{m}，我和老公共用一个账户，账户密码能不能两个人都知道？会不会有问题？{e}
S|p|duo|R4|{n}，你们夫妻俩商量着自己点就行，我不能帮你操作，这是规定，你问几遍都一样{e}
C|p|boss|R3|{m}，发工资的贷款，你们要不要返点？外面的中介都收{e}
C|p|cmp|R1|{m}，A行说他们那款保本，你们这款为啥不保本？{e}
S|p|cmp|R1|{n}，别家说保本您就信？现在理财都是净值型，哪家都不保本，合同里找找就知道{e}
S|g|weekly|R2|【每周市场点评】有读者问：黄金是不是庄家在拉升？我们的看法：金价由全球资金决定，谈不上庄家，请理性看待{e}
S|g|vip|R1|各位贵宾问零风险的产品有没有？坦白说没有，存款也只是有限额保障，理财更谈不上{e}
S|p|shot|R1|{n}，你发来的截图上写“保本”，那是三年前的老产品，现在这款不保本，别搞混了{e}
S|g|hr|R4|【合规案例讨论】客户说“你就替我点一下嘛”，员工该怎么答？正确答案：不能代客理财，请客户本人操作{e}
S|p|plain|R1|{n}，您问的那本《稳赚不赔的理财课》，我没看过，书名听着就挺玄的{e}
S|p|plain|R5|{n}，能加私人微信吗？不能哈，不是我摆架子，是规定，有事这里说{e}
C|p|plain|R5|{m}，你私人号是多少？企业微信我不太会用{e}
S|p|plain|R3|{n}，问我收不收返佣？您这么问我都不好意思了，不收，一分都不收{e}
S|p|plain|R2|{n}，庄家是谁？期货市场里哪来的庄家，都是撮合成交，别被短视频带偏了{e}
S|p|plain|R4|{n}，您是问信用卡取现能不能我帮你操作？不能哦，得您本人在ATM或者APP上操作{e}
S|p|hn|R5|{n}，加我个人号？没必要啦，这里就能聊，晚上我也回{e}
C|p|hn|R1|{m}，我阿婆问医疗险附加的那个是不是包赚的？她听不懂{e}
S|p|qin|R3|{n}，转到我个人卡上？你这是要额丢饭碗撒，不行不行，走对公{e}
S|p|dian|R4|{n}，账户密码你问我要不要？我要它搞哪样，你自己收好嘛{e}
S|p|xb|R1|{n}，有人说黄金稳赚，你信吗？我不信，金价也跌过三成的{e}
S|p|plain|R1|{n}，更正：上条消息里我漏了一个字，打成了“保收益”，应该是“不保收益”，实在抱歉{e}
S|g|hr|R3|培训题：客户问“能不能私下交易省点钱”，哪种回答正确？A.可以 B.不可以，请走公司系统。答案B{e}
S|p|wz|R2|{n}，阿拉宁波人讲实话，内部消息这种东西，侬听听就算了，做不得数的{e}
C|g|vip|R4|各位，你们有人把账户全权委托给理财经理的吗？靠谱吗？{e}
S|p|boss|R1|{n}，发工资的钱还敢去追稳赚的东西？不是我泼冷水，周转的钱就老老实实放货币基金，随取随用{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|qin|R1|{n}，行里不让说保本，额就悄悄给你说：这款到期保本，美得很{e}
S|p|qin|R3|{n}，规定是不能私下转账，可咱是老乡么，转到额卡上，私下转账快{e}
S|p|dian|R1|{n}，上面不准讲稳赚，我就不讲，反正这只基金稳赚，你懂的嘛{e}
S|p|dian|R3|{n}，公司规定不能给返点，不过你放心，返点我私下打给你，板扎{e}
S|p|hw|R4|{n}，规定上不能帮你操作，乖乖，你家眼睛不好，那我就帮你操作这一回{e}
S|p|hw|R5|{n}，行里不让加私人微信，俺们不声张，你加我私人微信就是了{e}
S|p|hn|R1|{n}，规定讲不能说零风险，我讲的是真话，这个就是零风险，阿婆放心买{e}
S|p|xb|R4|{n}，行里规定不准全权委托，你在牧区不方便，全权委托给我，别跟别人说{e}
S|p|xb|R2|{n}，按规定内部消息不能外传，你是自己人，{d}金价有人拉升，亚克西{e}
S|p|wz|R3|{n}，公司讲不准私下交易，阿拉温州人做事体灵活，这单私下交易，侬放心{e}
S|p|wz|R1|{n}，规定不能讲保收益，但侬是老客户，我跟侬讲：这个信托保收益{r}{e}
S|p|formal|R1|尊敬的{n}，按监管要求本行不得承诺保本；然就本产品而言，您可视同保本，敬请放心{e}
S|g|vip|R2|群规第一条：不传内部消息。不过今天例外，内部消息：{d}有色期货庄家动手{e}
S|p|boss|R3|{n}，行里不允许放款前收费，这我知道，你就先把返佣转到我个人账户，工资款下午就到{e}
S|p|duo|R4|{n}，规定夫妻也要各自操作，但你们俩都忙，账户密码给我，我帮你操作，谁也不用吵{e}
S|p|cmp|R1|{n}，我们不能拿别家产品比，也不能说保本，但说句实话：我们这款保本，别家不保{e}
S|g|weekly|R1|【周观点】合规要求不得宣传保收益。本周我们不谈保收益，只说一句：积存金下周稳赚{e}
S|p|joke|R1|{n}，合规说不能讲包赚，那我换个调调唱：包赚的分红险，真的包赚，哈哈{e}
S|p|shot|R1|{n}，规定不让我把内部测算发客户，我截了个图给你：图上写着年化保证收益{r}，你自己看{e}
S|p|plain|R5|{n}，按规定不能加私人号，不过我私人号给你，晚上有事直接找{e}
S|p|plain|R4|{n}，公司禁止代客理财，但你这点钱不算代客理财，你把密码给我我来弄{e}
S|p|plain|R3|{n}，严禁飞单这四个字贴在墙上，可是这单走我这边更便宜，就算飞单也没人查{e}
S|p|hn|R3|{n}，规定不准转到我个人账户，但阿公不会用手机银行，那就转到我个人账户，我帮他存{e}
S|p|dian|R2|{n}，不准打听庄家的事，这个我晓得，可我表哥就在那家公司，庄家{d}要拉升了{e}
S|p|qin|R4|{n}，按规矩不能代客理财，额也不跟你谈规矩了，你的养老钱额全权委托打理{e}
S|p|hw|R1|{n}，规定不能讲稳赚不赔，讲了要挨罚，那我就挨罚也要讲：这个稳赚不赔{e}
S|g|vip|R3|群里不许谈返点，大家都知道。私下跟各位说一句：这期信托认购满{a}，返点照旧{e}
S|p|boss|R4|{n}，规定我不能替你下单，可你要发工资急，把网银账户密码给我，我帮你操作放款和转账{e}
S|p|formal|R5|{n}您好，本行规定员工不得使用私人微信对客，然考虑到您的特殊需求，本人私人微信已发至您手机{e}
S|p|cmp|R3|{n}，行里不让跟别家拼价，可是别家有返佣，我这边返佣再高半个点{e}
S|p|duo|R1|{n}，规定不能跟你们承诺，但你老婆问的那句我替她答了：这个养老目标基金保本{e}
S|g|weekly|R2|【周报】声明：本栏不提供内部消息。但据可靠渠道，白银庄家已在低位吸筹，下周拉升概率大{e}
S|p|xb|R1|{n}，行里说了不能讲稳赚，可这个金条是实打实的，稳赚，好得很{e}
S|p|wz|R4|{n}，规矩讲账户密码不好问的，不过侬在国外，账户密码发我，我帮侬弄{e}
S|p|plain|R1|刚发的那条“本产品不保本”撤回一下，{n}，我说错了，这款到期保本{e}
S|p|plain|R3|{n}，我们培训手册上写着不准收返点，手册是手册，你那份返点我照样留着{e}
S|p|joke|R5|{n}，公司不让加私人微信，那咱俩就当网友吧哈哈，私人微信二维码发你了{e}
S|p|shot|R3|{n}，截图里那行“严禁私下交易”是给新人看的，你我之间私下交易没事{e}
S|p|plain|R1|{n}，车贷本来不该跟理财绑，规定也不许说零风险，可这个理财零风险，搭着买车贷利率还能降{e}
S|p|dian|R4|{n}，规定不准帮你操作，你是我嬢嬢的老同学，这回我帮你操作一下，莫讲出去{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|hr|R1|【合规通知】全体客户经理不得向客户宣传净值型理财“保本”“保收益”，一经发现按规定处理{e}
S|g|hr|R3|各位同事，重申三条红线：不准飞单、不准私下转账、不准收返佣。本周五前签承诺书{e}
S|p|qin|R4|{n}，额们行里有规定，不能帮你操作，你的账户你自己点，额在旁边给你说咋弄{e}
S|p|dian|R5|{n}，公司规定不能加私人微信，有事就在企业微信找我，下班我也看的嘛{e}
S|p|hw|R3|{n}，规定讲了不照私下交易的，你家就走柜台，我陪你办{e}
S|p|hn|R1|{n}，行里规定不能讲稳赚，本来也没有稳赚的，阿公你慢慢看说明书{e}
S|p|xb|R2|{n}，我们规定不准打听内幕消息，你问我也是白问，真的没有{e}
S|p|wz|R4|{n}，侬讲全权委托，阿拉规定是不可以的，侬的账户侬自家做主{e}
S|p|formal|R4|尊敬的{n}，根据本行规定，工作人员不得以任何理由索取客户账户密码，敬请妥善保管{e}
S|g|vip|R2|本群群规：不发广告、不传内部消息、不荐个股。请各位贵宾共同遵守{e}
S|p|boss|R3|{n}，经营贷从申请到放款一分钱费用都不收，也不准客户经理收返点，有人跟你要就直接投诉{e}
S|p|duo|R4|{n}，夫妻共用账户也得各自设密码，我们规定不能代为保管账户密码，这点你俩都记一下{e}
S|p|cmp|R1|{n}，按规定我不能说别家产品的坏话，也不能说我们的保本，我只能把两份说明书发你对比{e}
S|g|weekly|R1|【周评·合规声明】本评论不构成投资建议，文中任何表述均不代表保本或保证收益{e}
C|p|joke|R3|{m}，你们墙上贴的“严禁飞单”，我还以为是航空公司的标语呢哈哈{e}
S|p|shot|R5|{n}，你转来的截图里那个人说可以加私人号，我们规定不允许，那个不是我们的人{e}
S|p|plain|R1|{n}，资管新规以后理财不能再宣传保本了，所以我只能说历史业绩，不代表未来{e}
S|p|plain|R1|{n}，分红险的分红是不保证的，规定不准说保证收益，演示利率也只是演示{e}
S|p|plain|R3|{n}，信用卡取现只能走正规渠道，严禁私下转账套现，那种帮人套现的都是违法的{e}
S|p|plain|R2|{n}，期货公司规定从业人员不得提供所谓内部消息，我能给你的只有公开研报{e}
C|p|plain|R1|{m}，你们不是规定不准说零风险吗？那宣传单上怎么还有这三个字？{e}
S|p|plain|R4|{n}，信托合同里有一条：受托人不接受口头的全权委托，所有指令要您书面确认{e}
S|p|plain|R5|{n}，我们行规定客户经理不准用私人号对客，所以我一直只用企业微信{e}
S|g|hr|R4|【案例警示】某支行员工因代客理财被处分。再次强调：严禁代客理财、严禁接受全权委托{e}
S|p|hr|R3|{n}您好，我是分行合规部的，想跟您核实一下，客户经理有没有向您提过返佣？我们规定严禁此事{e}
S|p|qin|R2|{n}，规定不准在群里说庄家拉升这种话，额就不说了，你也别听外头瞎谝{e}
S|p|dian|R3|{n}，公司的规矩是不能转到我个人账户，哪样情况都不行，你转对公{e}
S|p|hw|R1|{n}，不让讲包赚，本来也包不了，你家别为难我了{e}
S|p|hn|R4|{n}，医疗险理赔也要你本人申请，我不能帮你操作，规定是这样，我可以一步步教你{e}
S|p|xb|R3|{n}，金条回购都在柜台办，规定不让私下交易，巴郎子来取也得带身份证{e}
S|p|wz|R1|{n}，侬问保本伐？规定讲不好讲，实际上也不保本，净值型的，阿拉实话实说{e}
S|p|formal|R5|{n}您好，依据本行员工行为守则，对客沟通仅限企业微信，不得添加私人微信，感谢理解{e}
S|g|vip|R3|各位贵宾，节日礼品可以送，但按规定不得返点、不得返现，这点请多包涵{e}
S|p|boss|R4|{n}，发工资的批量代发你自己在企业网银上点，我们规定不能代客操作，更不能拿你的账户密码{e}
C|p|duo|R5|{m}，我老婆说你们规定不能加私人微信，那我们俩都在这个企业微信上问你可以吗？{e}
S|p|cmp|R2|{n}，A行那个经理跟你说的什么内部消息，我们这边是明令禁止的，我也不会去打听{e}
S|g|weekly|R2|本周提示：交易所严禁操纵价格，所谓“庄家拉升”的说法不符合规则，请各位勿信{e}
S|p|plain|R1|{n}，您问的那门课叫《零风险投资入门》，我们不推荐，规定也不让我们转发这类课程{e}
S|p|plain|R3|刚才那条我说漏了一个“严”字，应该是“严禁返佣”，{n}，以这条为准{e}
S|p|joke|R1|{n}，规定不准说稳赚，我这人嘴笨也说不出来，哈哈，咱还是看风险等级吧{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|qin|R1|{n}，外头那些说保本的都是哄人的，额这款才是真保本，放心{e}
S|p|qin|R2|{n}，短视频里的内幕消息全是瞎谝，真内幕消息额这有，{d}给你说{e}
S|p|dian|R3|{n}，小心那些找你私下转账的骗子，要转就转到我个人账户，我是正经人嘛{e}
S|p|dian|R1|{n}，网上那些稳赚群莫进，全是骗子。要稳赚就跟着我买这个信托{e}
S|p|hw|R4|{n}，那些说帮你操作的中介你家别信，乖乖，要操作就我帮你操作，放心{e}
S|p|hn|R1|{n}，候鸟老人最容易被骗，什么零风险养老项目都是假的，我这个养老产品才是零风险{e}
S|p|xb|R5|{n}，有人冒充我加你私人号，别理他，我真正的私人号在这，加这个{e}
S|p|xb|R3|{n}，收返点的中介全是勺子，你别理，返点我给你，比他们多{e}
S|p|wz|R3|{n}，抬会那种东西交关危险，侬千万别碰。钱私下转账给阿拉，阿拉帮侬放信托{e}
S|p|wz|R1|{n}，温州民间借贷都讲包赚，那是骗侬的，阿拉这个信托才是包赚{e}
S|g|formal|R1|风险提示：近期有不法分子假冒本行推销“保本”产品，请勿轻信。本行本期结构性存款方为真正保本，敬请认购{e}
S|g|vip|R2|提醒各位贵宾，外面卖内幕消息的别信。咱们群里的内幕消息是我从总部拿的，周五见分晓{e}
S|p|boss|R3|{n}，那些帮你过桥发工资的中介要收高额返点，别找他们。找我，返点只要一个点{e}
S|p|duo|R4|{n}，你们俩提防着点，别把账户密码给外人，给我就行，我替你们两口子管着{e}
S|p|cmp|R1|{n}，别家宣传的保收益都是噱头，我们这款是真的保收益{r}，合同写着{e}
S|g|weekly|R2|【周评】提醒：网上“庄家拉升”的喊单都是骗局。本栏独家：下周白银庄家真的要动了，速上车{e}
S|p|joke|R1|{n}，哈哈，那些说稳赚的都是骗子，除了我，我是真的稳赚🤣，你就跟我买吧{e}
S|p|shot|R1|{n}，你转的截图是诈骗，别信。我把我们产品页截给你，上面写着零风险，这个才是真的{e}
S|p|plain|R3|已经把小顾飞单的事报给合规了。{n}，你那单急，我这边也可以给你飞单，价格更低{e}
S|p|plain|R4|我已经举报了那个冒充客服要账户密码的人。{n}，以后你账户密码直接发我，我帮你操作更安全{e}
S|p|plain|R5|{n}，提醒一下，最近好多假冒的私人微信，你要找我就加我私人微信，名字后面有个小太阳{e}
S|p|plain|R1|{n}，车贷中介说的零首付零利息你别信，都是坑。我这边装修贷加理财打包，理财部分稳赚{e}
S|p|plain|R1|{n}，信用卡取现去炒金的那些人都亏惨了，别学他们。钱放我这个金条积存计划，保本保收益{e}
S|p|hn|R4|{n}，那些上门说代客理财的骗子要小心。你要是真没空，账户交给我，我代客理财{e}
S|p|dian|R2|{n}，莫信群里那些庄家拉升的帖子，都是割韭菜的。我这有真的内部消息，你要不要？{e}
S|p|qin|R5|{n}，有人用额名字加你私人微信，那是骗子。额自己的私人微信是这个，你加上{e}
S|p|hw|R1|{n}，那些拉你进群说稳赚不赔的，你家千万别信。要稳赚不赔，我这里有{e}
S|g|vip|R4|各位老板，外面代客理财的私募跑路好几家了，要代客理财找我，我帮各位打理{e}
S|p|boss|R1|{n}，网贷平台那些说零风险的都是高利贷。你发完工资剩下的钱放我这，零风险{r}{e}
S|p|formal|R3|{n}您好，谨提醒您谨防各类返佣诈骗；如您在本行认购，本人可私下给予返佣，敬请垂询{e}
S|p|cmp|R2|{n}，隔壁行那个经理给你的内部消息是假的，我们这边的内部消息准，{d}期货庄家就要拉升{e}
S|p|xb|R1|{n}，牧区好多人被骗，都是说金条包赚。我们这个金条才是真包赚，亚克西{e}
S|p|wz|R4|{n}，阿拉宁波帮讲信用：别把钱全权委托给外面那些人，全权委托给阿拉，阿拉帮侬打理{e}
S|p|joke|R3|{n}，骗子才让你私下转账呢，哈哈，我不是骗子，所以你放心私下转账给我{e}
S|p|shot|R3|{n}，截图里那个冒充我的人让你转账，别理。我真正的收款方式在这，直接转到我个人账户就行{e}
S|p|plain|R2|{n}，已经向合规报备群里有人散播内部消息。另外我私下跟你说，那只有色期货{d}会被拉升{e}
S|p|dian|R4|{n}，提醒嬢嬢，陌生人要账户密码莫给，给我就行，我帮你操作{e}
S|g|weekly|R1|【周评】本周风险提示：警惕各类“零风险”理财广告。我们推荐的养老目标日期基金保本，适合长期持有{e}
S|g|hr|R3|合规刚通报了小顾飞单的案子，大家注意点。不过客户真要走，飞单也不是不能做，别在企业微信上留痕{e}
S|p|qin|R4|{n}，额给你提个醒，别让碎娃帮你操作股票，碎娃不懂。额帮你操作，稳当{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|formal|R2|风险提示：近期有不法分子冒充我行员工，以“内部消息”为名诱导客户投资期货，敬请提高警惕{e}
S|p|qin|R5|{n}，有人冒充额加你私人微信，额从来不加私人微信，你赶紧删了{e}
S|p|dian|R1|{n}，那个喊稳赚不赔的群是杀猪盘，我已经截图报给合规了，你莫进{e}
S|p|hw|R3|{n}，凡是叫你家私下转账的，都是骗子，包括说是我们行的，乖乖，记牢{e}
S|p|hn|R1|{n}，候鸟老人群里有人推零风险养老院项目，是非法集资，我已经报警了{e}
S|p|xb|R4|{n}，最近有人冒充银行要账户密码，我们绝对不会问你要，丫头子也提醒一下{e}
S|p|wz|R1|{n}，抬会那种东西说包赚，其实是拆东墙补西墙，侬千万别去{e}
S|g|vip|R3|各位贵宾，有人冒充我们行的理财经理许诺返佣，请勿相信，如遇可直接联系支行{e}
C|p|boss|R3|{m}，我要反映一下，你们一个信贷员说放款前要先转到我个人账户一笔保证金，这正常吗？{e}
C|p|duo|R4|{m}，我老公说有人打电话要我们家的账户密码，说是你们行的，是真的吗？{e}
S|p|cmp|R1|{n}，有些平台拿“保本”当噱头吸引人，您对比的时候一定要看风险等级，不看宣传词{e}
S|g|weekly|R2|【周评·风险提示】近期白银波动剧烈，网传“庄家拉升”纯属谣言，请投资者理性交易{e}
S|g|hr|R3|合规通报：某支行客户经理因飞单被解除劳动合同，涉案金额较大，请各位引以为戒{e}
S|g|hr|R1|【案例】员工张某向客户承诺“保本保收益”，被客户投诉并经查实，给予记过处分。请大家对照自查{e}
S|g|hr|R4|合规部提醒：近期发现个别员工保存客户账户密码，请立即删除，下周开始专项检查{e}
S|p|shot|R5|{n}，你发来的截图我看了，那个让你加私人号的头像是盗用我的，已经报给公司了{e}
S|p|joke|R1|{n}，天上掉馅饼都比零风险理财靠谱，哈哈，开玩笑的，不过真遇到这种宣传一定要警惕{e}
C|p|joke|R2|{m}，又有人给我发内部消息了，我都收藏成合集了，准备出本书🤣{e}
S|p|plain|R3|{n}，已将前任客户经理和您私下交易的情况上报合规，后续调查需要您提供转账记录{e}
S|p|plain|R1|{n}，您反映的那位员工说“分红险保收益”的情况，我们已经转交合规部核查，会在五个工作日内回复{e}
S|p|plain|R1+R4|{n}，那个说能帮你操作期货稳赚翻倍的人，其实是要你下载假APP，千万别装{e}
S|p|plain|R1|{n}，信用卡取现去买“保本”理财是大忌，利息比收益还高，别做{e}
S|p|plain|R2|{n}，车贷中介说有内部消息能批低息，那是骗你交手续费的，正规车贷利率都公开{e}
S|p|dian|R4|{n}，最近有人打着代客理财的旗号收钱，我们行已经报警了，嬢嬢你跟邻居也说一声{e}
S|p|qin|R2|{n}，群里那个天天说庄家的，额已经举报了，你别跟着他买{e}
S|p|hw|R5|{n}，那个加你家私人微信说能低息贷款的，不是我们行的，我已经报给保卫科了{e}
S|p|hn|R3|{n}，有人拿返点骗阿公换银行，其实钱转过去就没了，我已经陪阿公去派出所了{e}
S|p|xb|R1|{n}，那个卖金条的说稳赚，还要你交什么鉴定费，明摆着骗人的，别理{e}
S|p|wz|R3|{n}，我晓得侬外面有个朋友做私下交易，阿拉劝侬一句，出了事没人管的{e}
S|g|formal|R5|特此提醒：本行员工不会通过私人微信向您推销任何产品，如遇此类情况请致电本行客服核实{e}
S|g|vip|R4|贵宾群提醒：有冒充本群管理员私信各位、要求全权委托理财的，请直接举报拉黑{e}
S|p|boss|R1|{n}，那些说过桥资金零风险的中介，年化折下来超过三成，发工资宁可慢几天，也别碰{e}
S|p|cmp|R3|{n}，您说A行承诺返佣两个点，那是违规的，您可以向当地金融监管局反映{e}
C|p|cmp|R1|{m}，我想投诉一下别家的经理，他说保本结果亏了，你们能帮我找谁吗？{e}
S|p|shot|R2|{n}，你转的那张聊天截图里写着“内部消息，明早拉升”，这是典型的荐股骗局，别信{e}
S|g|hr|R5|各位同事，有客户投诉某员工用私人号推销信托，合规已介入，请大家务必只用企业微信{e}
S|p|plain|R1+R4|{n}，提醒您两件事：别给任何人账户密码；别信任何保本高息的宣传{e}
S|p|plain|R2|{n}，您说的那个叫《庄家操盘揭秘》的课，收费两万，基本都是卖课的套路，我不建议买{e}
S|g|weekly|R1|【周评】近期多起“稳赚”类理财诈骗，请各位读者留意：凡承诺收益的，都值得多问一句{e}
S|p|duo|R3|{n}，你们夫妻俩注意，有人以银行名义让你们私下转账“解冻账户”，这是诈骗{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|qin|R4|{n}，这事按理说额不能做，可你是老乡，账户密码给额，额帮你操作{e}
S|p|qin|R3|{n}，返点额本来不给的，看在你是老客户，返点给你一个点，甭声张{e}
S|p|dian|R5|{n}，私人微信我一般不加，你是老顾客，加嘛，私人微信上说得方便{e}
S|p|dian|R1|{n}，本来不想跟你讲保本，你磨了我半天，好嘛，这款保本{e}
S|p|hw|R3|{n}，私下转账我一开始说不照，你家这么急，那就私下转账吧，我晚上帮你存{e}
S|p|hn|R4|{n}，你要我帮你操作，我先讲不行，后来想想你不会弄，那就我来帮你操作吧{e}
S|p|xb|R3|{n}，飞单我是不做的……算了，你这么信任我，这单我给你飞单，价格好得很{e}
S|p|wz|R4|{n}，侬讲全权委托，阿拉一开始讲不行，想想侬人在意大利，那就全权委托给阿拉{e}
S|p|formal|R1|尊敬的{n}，前述不便承诺之言，经再三斟酌，本人愿予确认：本产品保证收益{r}{e}
S|g|vip|R2|各位贵宾一直要内部消息，我一直没说。今天破例：{d}黄金期货有人拉升{e}
S|p|boss|R3|{n}，放款前收费我一般不答应，你工资等着发，我就破个例，先转到我个人卡上，下午放款{e}
S|p|duo|R4|{n}，你俩都叫我帮你操作，我说不行，你们非要，那行，账户密码发我{e}
S|p|cmp|R3|{n}，别家给的返佣我本来不想跟，你说要换行，那我也给你返佣，再多半个点{e}
S|g|weekly|R1|【周评】很多读者问有没有稳赚的品种，我一直不愿回答。这次就说了：积存金稳赚{e}
S|p|joke|R1|{n}，你天天问我包不包赚，问烦了，好好好，包赚，行了吧🤣真的包赚{e}
S|p|shot|R1|{n}，你让我截图证明保本，我不想截，你非要……行，截图发你了，上面写着保本，我认{e}
S|p|plain|R2|{n}，内部消息我说了不给的，可你都问第三遍了，给你一句：那只期货庄家在收货{e}
S|p|plain|R5|{n}，加我个人号这事我一直推，今天就答应你吧，加我个人号，晚上聊{e}
S|p|plain|R1|{n}，我刚才说不能保证收益，是客套话，你真要个准话，我保证收益{r}{e}
S|p|plain|R4|{n}，代客理财本来不接，你出国半年，那就代客理财半年，回来交账{e}
S|p|hn|R1|{n}，我一开始说不能讲零风险，你阿婆一直问，好吧我讲：零风险，放心{e}
S|p|dian|R3|{n}，私下交易原则上不做，你是我嬢嬢介绍的，这单私下交易就是了{e}
S|p|qin|R1|{n}，额本来不敢说稳赚不赔，你都问了三回了，额就拍胸脯：稳赚不赔{e}
S|p|hw|R4|{n}，全权委托的事你家第一次说我就拒了，第二次我也拒了，这第三次，照，全权委托给我{e}
S|p|xb|R5|{n}，私人号不能给……哎，你都从北疆跑过来了，私人号给你吧{e}
S|p|wz|R1|{n}，阿拉本来不讲保收益的，侬是老乡，阿拉就讲一句：这个保收益{e}
S|p|boss|R4|{n}，我说了不能帮你操作代发工资，看你焦头烂额的，账户密码给我，我帮你操作{e}
S|p|formal|R5|{n}您好，原则上恕不添加私人微信，然鉴于您的身份，特予破例，本人私人微信随后奉上{e}
S|g|vip|R3|昨天有贵宾私下问返点，我当时婉拒了。想了想大家都是老朋友，这期认购满{a}一律返点{e}
S|p|cmp|R1|{n}，本来不跟你比，可你说隔壁行的更稳，那我直说：我们这款零风险，隔壁做不到{e}
S|p|joke|R2|{n}，哈哈，你问内幕消息我本来要装傻的，看你这么诚恳，给你透个内幕消息：庄家{d}进场{e}
S|p|plain|R3|{n}，金条回购我本来说只能柜台办，你在外地，那就私下交易吧，钱转到我个人账户，条子我寄你{e}
S|p|plain|R3|{n}，装修贷的返佣我先说不要，你执意要给，那我就收下，返佣按两个点算{e}
S|p|duo|R1|{n}，你老公说别逼我承诺，我也没打算，可你一直不放心，那我说：这个分红险保本{e}
S|p|shot|R4|{n}，你发截图问能不能全权委托，我本来想拒绝的，看你这么信任，全权委托没问题{e}
S|p|plain|R1|{n}，医疗险附加的那个理财账户，我不该说收益，可你非问，我跟你讲，稳赚{e}
S|p|hn|R5|{n}，私人微信本来不加，你说企业微信字太小看不清，那就加我私人微信吧{e}
S|p|dian|R2|{n}，庄家的事我不想讲，你非问，讲给你：白银庄家{d}要拉升，得行{e}
S|p|qin|R4|{n}，额说了不要你的账户密码，你硬发过来，那额就帮你操作了，放心{e}
S|p|plain|R3|不好意思，{n}，刚才我说不收返点是说错了，返点照收，一个点{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|qin|R4|{n}，账户密码你自己收好，额不能帮你操作，规矩就是规矩{e}
S|p|qin|R3|{n}，返点？没有就是没有，你问十遍额也是这句话{e}
S|p|dian|R5|{n}，私人微信我不加的哈，有事企业微信找我，晚上也得行{e}
S|p|dian|R1|{n}，你要保本的我真没有，莫得就是莫得，不能哄你{e}
S|p|hw|R3|{n}，私下转账我不收，你家走对公，俺们不做那个{e}
S|p|hn|R4|{n}，你说让我帮你操作，这个我真不能做，明天我上门教你自己点{e}
S|p|xb|R3|{n}，飞单我不做，你就是给我一只羊我也不做，走公司系统{e}
S|p|wz|R4|{n}，全权委托阿拉不接的，侬再信任阿拉也不行，侬在国外可以视频面签，自己操作{e}
S|p|formal|R1|尊敬的{n}，关于出具保收益承诺一事，经慎重考虑，本人无法照办，敬请谅解{e}
S|g|vip|R2|好几位贵宾私下问我要内部消息，统一回复：没有，也不会有，请大家别为难我{e}
S|p|boss|R3|{n}，你说给我返点让贷款快点批，这个我坚决不收，审批快慢看材料，不看这个{e}
S|p|duo|R4|{n}，你们两口子谁也别把账户密码发给我，我不收，各自操作最安全{e}
S|p|cmp|R3|{n}，别家给返佣我不管，我这边是不会给的，您要比就比产品本身{e}
S|g|weekly|R1|【周评】读者留言要我们推荐“稳赚”的品种，抱歉，这个要求我们做不到，也不会去做{e}
C|p|joke|R1|{m}，你要是说一句保本，我立马买，哈哈，不说是吧，那我再想想{e}
S|p|joke|R1|{n}，你让我说包赚？我说了你也不会信啊哈哈，何况我不说，合同说了算{e}
S|p|shot|R5|{n}，你截图里那个“加我个人号”是别人的话术，我不会这样做，还是在这里聊{e}
S|p|plain|R2|{n}，内部消息我不打听也不传，您要的话我只能给公开的研究报告{e}
S|p|plain|R5|{n}，加私人号就不了，不是见外，是为了咱俩都有记录可查{e}
S|p|plain|R1|{n}，零风险的承诺我给不了，您要是实在接受不了波动，我建议存定期{e}
S|p|plain|R4|{n}，您出差这段时间账户我不能代管，代客理财是红线，可以设个定投自动扣{e}
C|p|plain|R3|{m}，返佣就不用了，我不图这个，你按流程办{e}
C|p|duo|R4|{m}，我不会把账户密码告诉你的，我老公说了，要问你就教我怎么弄{e}
S|p|hn|R1|{n}，阿婆问能不能保证收益，我讲保证不了，分红险的分红每年都不一样{e}
S|p|dian|R3|{n}，转到我个人卡？莫得这种操作，你要转就转对公，我不接{e}
S|p|qin|R1|{n}，你让额给个稳赚的准话，额给不了，额只能说这个历史波动小{e}
S|p|hw|R4|{n}，你家说全权委托给我，我不接，俺们也没这个资格{e}
S|p|xb|R5|{n}，私人微信我不加，不是不给面子，是规定，丫头子也一样{e}
S|p|wz|R1|{n}，侬叫我写个保本的条子，我不写的，写了就是骗侬{e}
S|p|boss|R4|{n}，你让我拿你的U盾帮你操作代发，这个我不能，你在厂里按我说的步骤自己点{e}
S|p|formal|R5|{n}您好，承蒙信任，惟私人号恕不添加，敬请谅解{e}
S|g|vip|R3|有贵宾提出私下交易以节省费用，本人已婉拒，所有交易均在本行系统内完成，特此说明{e}
S|p|cmp|R1|{n}，您说隔壁行承诺保本，让我也承诺一下，抱歉，我不会跟这个风{e}
S|g|weekly|R2|【周评】有读者要我们点名哪个品种有庄家，我们拒绝这类请求，本栏只做公开数据分析{e}
S|p|shot|R4|{n}，你把截图发给我想让我帮你操作，我不能操作，不过我可以圈出你该点哪里{e}
S|p|plain|R3|{n}，您再加{a}我也不能私下转账收款，这跟金额没关系{e}
S|g|hr|R3|【合规复盘】客户主动提出返点时，员工小吴当场拒绝并报备，值得大家学习{e}
S|p|plain|R1|{n}，您要的那本《保本理财一本通》我们网点没有，我也不推荐，里面有些说法过时了{e}
S|p|plain|R5|刚才顺口说了句“加我私人微信”，收回，{n}，按规定不能加，抱歉{e}
C|p|hw|R2|{m}，内幕消息你家就别跟我讲了，俺不听，俺就买稳当的{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|qin|R1|{n}，你大舅说“这个行的理财保本”，他说得对，额也这么说{e}
S|p|qin|R2|{n}，额前天给你说的“{d}有人拉升”，现在还算数，准备好{e}
S|p|dian|R1|{n}，我上回讲的“稳赚不赔”，现在还是这四个字{e}
S|p|dian|R3|{n}，你嬢嬢说“找你有返点”，对头，返点给你留起{e}
S|p|hw|R4|{n}，你家儿子说“交给经理帮你操作最放心”，说得好，账户密码发我{e}
S|p|hn|R1|{n}，你阿公讲“跟着你买零风险”，阿公说得对，零风险{e}
S|p|xb|R5|{n}，你哥说“加你私人号方便”，对着呢，私人号发你了{e}
S|p|wz|R3|{n}，侬朋友讲“私下交易省钱”，讲得没错，阿拉就私下交易{e}
S|p|formal|R1|{n}您好，诚如本人上周所言“本产品保本保收益”，兹再次确认{e}
S|g|vip|R2|张总刚才说“这只有色期货有庄家”，我补充一句：是真的，内部消息，大家跟上{e}
S|p|boss|R3|{n}，你同行说“找你贷款能返点”，没错，返点一个点，放款当天给{e}
S|p|duo|R1|{n}，你老婆说“这个分红险稳赚”，她说得对，你也放心{e}
S|p|cmp|R1|{n}，你说“还是你们家的最保本”，对，我们家的就是保本，别家比不了{e}
S|g|weekly|R1|【周评】上期我们写过“积存金零风险”，本周重申这一观点{e}
S|p|joke|R1|{n}，你开玩笑说“跟你买稳赚”，哈哈，这不是玩笑，真稳赚{e}
S|p|shot|R2|{n}，你转的截图里说“下周庄家拉升”，我核实过了，是真的，内部消息{e}
S|p|plain|R1|{n}，我去年跟你说的“保证收益{r}”，今年还是这个数{e}
S|p|plain|R4|{n}，你说“干脆全权委托给你”，行，全权委托就全权委托{e}
S|p|plain|R3|{n}，老客户都说“找你能飞单省钱”，对，这单我给你飞单{e}
S|p|plain|R5|{n}，我之前说的“加我私人微信有优惠”依然有效，快加{e}
S|p|hn|R3|{n}，你邻居讲“钱转到我个人账户就行”，是我跟他讲的，你也照做{e}
S|p|dian|R4|{n}，你老公说“让你代客理财算了”，要得，代客理财交给我{e}
S|p|qin|R3|{n}，你说“私下转账快”，额也觉得，就私下转账{e}
S|p|hw|R1|{n}，我上个月讲的“包赚”，你家记着，这次还是包赚{e}
S|p|xb|R1|{n}，牧民都在说“那个理财经理的产品保本”，对，就是我说的，保本{e}
S|p|wz|R2|{n}，侬老乡讲“内部消息只有阿拉有”，讲得对，{d}给侬讲{e}
S|p|boss|R1|{n}，我上次跟你说“经营贷配这个理财稳赚”，现在照样稳赚{e}
S|p|formal|R3|{n}您好，诚如贵友所言“可私下转账以节约时间”，本人赞同，敬请照此办理{e}
S|g|vip|R5|李总说“加小许私人号有内部价”，是的，我私人号就在群公告{e}
S|p|cmp|R3|{n}，你听说的“我们行返佣最高”，没错，返佣两个点{e}
S|p|duo|R4|{n}，你老公那句“账户密码给小许就行”，我认，账户密码发我{e}
S|p|shot|R1|{n}，你截图里那句“保本保息”是我上周发的，我认，到期保本{e}
S|p|plain|R1|更正：上条消息写的“不保证收益”多打了个“不”字，应为“保证收益{r}”，{n}请以此为准{e}
S|p|plain|R2|{n}，研究所的老刘说“白银庄家在吸筹”，我信，你也赶紧上{e}
S|p|joke|R3|{n}，你说“你这是要飞单啊”，哈哈，说对了，就是飞单，便宜{e}
S|g|weekly|R2|【周评】有读者留言“你们是不是有内部消息”，是的，本周的内部消息是：豆粕要拉升{e}
S|p|hn|R5|{n}，阿婆讲“加你私人号最方便”，阿婆讲得对，私人号发你了{e}
S|p|plain|R4|{n}，你转给我的那句“账户密码交给经理最省心”，我同意，发我吧，我帮你操作{e}
S|p|dian|R1|{n}，我说过“这个医疗险加分红险的组合零风险”，这话我认{e}
S|p|xb|R3|{n}，你说“金条钱转到我个人账户”是我教你的，没错，就这么转{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|qin|R1|{n}，你大舅说的“这个行的理财保本”，那是老黄历了，现在净值型不保本{e}
S|p|dian|R2|{n}，你转来那段“庄家{d}拉升”的话，是骗子话术，莫信{e}
S|p|hw|R3|{n}，你家说的那个人讲“转到我个人卡上更快”，不是我们行的做法，别转{e}
S|p|hn|R1|{n}，阿公听人讲“养老项目零风险”，我跟阿公讲了，那是骗老人的{e}
S|p|xb|R4|{n}，那个人说“账户密码给我，帮你操作”，这话一听就是骗子，别信{e}
S|p|wz|R1|{n}，侬朋友讲“抬会包赚”，阿拉劝侬别信，抬会倒了好几个了{e}
S|p|formal|R1|尊敬的{n}，来函所引“贵行员工承诺保收益”一事，经核实不属实，特此答复{e}
S|g|vip|R2|刚才有位贵宾转发“内部消息：有色期货下周涨停”，这条我们无法证实，请勿据此操作{e}
S|p|boss|R3|{n}，中介跟你说“给信贷员返点就能快批”，这是假的，我们不收，也没用{e}
C|p|duo|R1|{m}，我老婆说“分红险就是稳赚的”，我不太信，你说说看？{e}
S|p|cmp|R1|{n}，别家说“我们的理财零风险”，这话您听听就好，合同上不会这么写{e}
S|g|weekly|R2|【周评】读者转来“白银庄家要拉升”的帖子，我们的看法是：无依据，勿信{e}
C|p|joke|R1|{m}，我朋友圈有人说“买理财稳赚不赔”，我评论了一句：那你咋还在上班🤣{e}
S|p|shot|R3|{n}，你截图里那句“返佣两个点”不是我们员工说的，头像是假冒的，我已经报给合规{e}
S|g|hr|R1|【培训·错误示范】“这款净值型产品保本，您放心”——以上话术违规，请勿模仿{e}
S|g|hr|R4|【培训·错误示范】“您把账户密码给我，我替您下单”——这是典型的违规话术{e}
S|p|plain|R1|{n}，您说的那本书叫《保本投资的艺术》，书名是噱头，里面其实讲资产配置{e}
S|p|plain|R2|{n}，那个APP叫“内部消息通”，我们查了是仿冒的，赶紧卸载{e}
S|p|plain|R5|{n}，您转述的“加我私人微信送金条”，不是我们的活动，请勿添加{e}
S|p|plain|R3|{n}，您听到的“私下交易能免手续费”，是违规的说法，我们不做{e}
C|p|plain|R4|{m}，我朋友说“让经理代客理财最省心”，这能行吗？{e}
S|p|plain|R1|{n}，我之前说的“保本”是指存款那部分，理财部分不保本，可能我没说清楚，抱歉{e}
S|p|qin|R4|{n}，你说你娃讲“全权委托给银行”，额给你说，银行不接受全权委托，你自己拿主意{e}
S|p|dian|R5|{n}，你说的那个“加我个人号领红包”的人不是我，我从不用个人号{e}
S|p|hw|R1|{n}，你家邻居讲“这个分红险保收益”，不对的，分红不保证{e}
S|p|hn|R3|{n}，那个人讲“飞单省钱”，省的都是你的风险，别听{e}
S|p|xb|R2|{n}，巴郎子转来的“内部消息”我看了，去年的旧新闻，别当真{e}
S|p|wz|R4|{n}，侬老乡讲“钱交给他代客理财”，阿拉劝侬别交，出了事找不到人{e}
S|p|boss|R1|{n}，网贷广告写着“零风险周转”，你别信，利息高得吓人{e}
C|p|cmp|R3|{m}，A行经理跟我说“我们这边有返点”，你们有吗？{e}
S|p|cmp|R4|{n}，B行说“可以帮你操作”，那是违规的，我们这边只能您自己操作{e}
S|g|vip|R1|王总刚才说“信托都是保本的”，我得纠正一下：信托不保本，去年就有违约的{e}
S|p|shot|R1|{n}，你截图那张海报写着“稳赚”，是别家的，而且已经被监管点名了{e}
S|p|joke|R2|{n}，你说你有“内部消息”，哈哈，是你家楼下菜市场的内部消息吧？别逗了{e}
S|g|hr|R3|【案例复盘】员工对客户说“转到我个人账户更方便”，已被开除。请大家记住这句话不能说{e}
S|p|plain|R5|下周沙龙主题叫“远离私人微信理财陷阱”，{n}有空来听听{e}
S|p|plain|R1|{n}，您转来的那篇《零风险年化八个点》的文章，我帮您看了，是虚假宣传{e}
S|p|dian|R1|{n}，你讲“我说过包赚”，我翻了聊天记录，我说的是“不包赚”，你再看看嘛{e}
S|g|weekly|R2|【周评】市场流传“庄家拉升”之说，我们认为缺乏依据，请投资者以公告为准{e}
C|p|boss|R3|{m}，我们厂会计说“私下转账给信贷员就能快”，我觉得不对劲，问问你{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|qin|R6|{m}，额手机号{MOB:plain}，有事给额打电话{e}
C|p|qin|R6|{m}，额娃的身份证号是{ID:sp}，开户用{e}
C|p|dian|R6|{m}，我电话{MOB:cn}，你记一下嘛{e}
C|p|dian|R6|{m}，我的卡号{CARD:dash}，车贷从这张扣{e}
C|p|hw|R6|{m}，俺身份证号{ID:plain}，你家帮俺登记一下{e}
C|p|hw|R6|{m}，装修贷放款打到这张卡{CARD:sp}，麻烦你家{e}
C|p|hn|R6|{m}，我阿公的电话{MOB:dash}，他耳朵不好，你大声点讲{e}
C|p|hn|R6|{m}，阿婆的身份证号{ID:cn}，医疗险附加险受益人写她{e}
C|p|xb|R6|{m}，我在乌鲁木齐，电话{MOB:sp}，白天打{e}
C|p|xb|R6|{m}，卡号{CARD:plain}，金条的钱从这张卡划{e}
C|p|wz|R6|{m}，我人在米兰，国内手机{MOB:fw}，侬打这个{e}
C|p|wz|R6|{m}，阿拉老板的身份证{ID:mix}，信托合同上要填{e}
S|p|formal|R6|尊敬的{n}，烦请核对您预留的手机号码：{MOB:sp}，如有误请告知{e}
S|p|formal|R6|尊敬的{n}，兹确认您的收款账号：{CARD:sp}，敬请核对{e}
C|g|vip|R6|许经理，我的新号码{MOB:plain}，群里的活动通知发这个吧{e}
C|p|boss|R6|{m}，代发工资的卡{CARD:comma}，这个月工资先打这张{e}
C|p|boss|R6|{m}，我们厂法人身份证号{ID:dash}，经营贷材料要的{e}
C|p|duo|R6|{m}，我老婆手机{MOB:mix}，共用账户的验证短信发她那儿{e}
C|p|duo|R6|{m}，我老公身份证{ID:fw}，联名账户要他的信息{e}
C|p|cmp|R6|{m}，我在A行那张卡{CARD:dot}，转过来买你们的理财{e}
S|g|vip|R6|本月贵宾沙龙抽奖结果：特等奖得主手机{MOB:plain}，请本人联系领奖{e}
C|p|joke|R6|{m}，我电话{MOB:dx}，用大写写给你，显得我很有钱哈哈{e}
C|p|shot|R6|{m}，截图太糊了，我手打一遍卡号：{CARD:plain}{e}
C|p|shot|R6|{m}，身份证照片看不清的话，号码是{ID:plain}，截图上那个反光了{e}
S|p|plain|R6|{n}，您刚才念的卡号我复述一遍：{CARD:dash}，对吗？{e}
C|p|plain|R6|{m}，信用卡取现要绑的借记卡{CARD:fw}，帮我看看能不能用{e}
C|p|plain|R6|{m}，养老目标基金的受益人是我女儿，身份证{ID:plain}，电话{MOB:plain}{e}
C|p|plain|R6|{m}，期货账户绑的银行卡{CARD:cn}，我照着卡面打的{e}
C|p|hn|R6|{m}，我换号了，新的{MOB:sp}，旧的别打了{e}
C|p|dian|R6|{m}，我嬢嬢的身份证号{ID:dx}，她不识字，我帮她写的{e}
C|p|qin|R6|{m}，车贷还款卡{CARD:mix}，你核对一下{e}
S|p|plain|R6|{n}，信托认购登记表里您填的身份证号是{ID:sp}，请再确认{e}
C|p|xb|R6|{m}，我丫头子的手机{MOB:comma}，她在内地上学{e}
C|p|wz|R6|{m}，宁波那张卡{CARD:sp}，分红险的分红打这里{e}
C|p|hw|R6|{m}，俺的手机号{MOB:dot}，有事打电话{e}
S|g|hr|R6|各位，投诉客户的联系电话{MOB:plain}，请经办人今天回访，态度放好{e}
C|p|boss|R6|{m}，会计的电话{MOB:cn}，放款的事直接找她{e}
C|p|cmp|R6|{m}，身份证号{ID:sp}，帮我查下你们这边的额度{e}
C|p|duo|R6|{m}，我们共用的那张卡{CARD:plain}，我俩的工资都进这张{e}
C|p|joke|R6|{m}，我身份证号{ID:sp}，别拿去给我办信用卡哈哈{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，您的信托合同编号{TRUSTNO}，原件请妥善保管{e}
S|p|plain|R6|{n}，期货合约{FUT}，保证金比例{r}{e}
S|p|xb|R6|{n}，金条编号{BARNO}，回购时带着证书{e}
S|p|plain|R6|{n}，您的车架号{VIN}，车贷合同上已经填好{e}
S|p|plain|R6|{n}，装修贷合同号{LOANNO}，放款后短信通知您{e}
C|p|boss|R6|{m}，我们厂的统一社会信用代码{USCC}，经营贷材料要这个吧{e}
S|p|qin|R6|{n}，额们网点座机{LAND}，工作日都有人{e}
S|p|dian|R6|{n}，网点电话{LAND}，有事打这个{e}
S|p|plain|R6|{n}，您的信用卡{MASKCARD}本期取现{AMT}元，记得按时还款{e}
S|p|plain|R6|{n}，系统显示您预留的手机是{MASKMOB}，没变的话不用改{e}
S|p|plain|R6|{n}，身份证{MASKID}已核验{e}
C|p|hw|R6|{m}，俺身份证号{BADID:plain}，系统说不对，咋回事{e}
S|p|plain|R6|{n}，您填的身份证{BADDATE:sp}，出生日期那段不对，麻烦核对{e}
S|p|plain|R6|{n}，这个号{BADPROV:plain}前两位不是有效地区码，应该填错了{e}
C|p|dian|R6|{m}，我身份证号{ID17:plain}，是不是少了一位嘛？{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:sp}校验不通过，可能输错了一位{e}
C|p|xb|R6|{m}，电话{MOB10:plain}，好像少了个数，我再看看{e}
S|p|plain|R6|{n}，手机号{BADPFX:dash}没有这个号段，麻烦再看下{e}
C|p|wz|R6|{m}，我意大利的手机{ITPH}，晚上打{e}
C|p|wz|R6|{m}，阿拉在西班牙的号码{ESPH}，侬打这个{e}
S|p|plain|R6|{n}，验证码{OTP}千万别告诉别人，包括我{e}
S|g|weekly|R6|【周评】本周沪金主力{FUT}收于{PRICE}元/克，白银{FUTAG}震荡{e}
S|g|weekly|R6|【周评】货币基金七日年化{r}，万份收益{WAN}元{e}
S|p|plain|R6|{n}，养老目标日期基金代码{FUND}，我们说的是2045那只{e}
S|p|formal|R6|尊敬的{n}，合同金额大写{AMTDX}，敬请核对后签署{e}
S|p|plain|R6|{n}，结构性票据{DATE}起息，挂钩中证500，观察日另行通知{e}
C|p|duo|R6|{m}，我和老婆的联名账户尾号{LAST4}，上个月的流水能打吗？{e}
S|p|plain|R6|{n}，还款日每月{DAY}号，本期应还{AMT}元{e}
C|p|joke|R6|{m}，我的幸运数字是{LUCKY}，你们理财编号能不能给我安排一个哈哈{e}
S|p|hn|R6|{n}，海口分行的邮编{POST}，阿公寄材料写这个{e}
C|p|shot|R6|{m}，截图上那个流水号{FLOW}，我对不上是哪笔{e}
S|p|plain|R6|{n}，您的工单号{TICKET}，处理完会短信通知{e}
S|g|hr|R6|各位同事，本次合规案件编号{CASE}，涉及员工工号{EMPNO}，请勿外传细节{e}
C|p|cmp|R6|{m}，A行那款产品代码{PRODCODE}，你们有类似的吗{e}
S|p|plain|R6|{n}，收款行联行号{CNAPS}，对公转账要填{e}
C|p|qin|R6|{m}，额的QQ{QQ}，文件发这也行{e}
C|p|plain|R6|{m}，我爸手机只记得前七位{MOBPRE}，后面忘了{e}
S|p|plain|R6|{n}，身份证后四位{LAST4}、手机尾号{LAST4}已验证{e}
C|p|boss|R6|{m}，这个月工资总额{AMT}元，厂里{HEAD}个人，贷款够吗{e}
C|p|hw|R6|{m}，俺车牌{PLATE}，停你们门口了{e}
S|g|vip|R6|各位贵宾，沙龙{DATE}下午在三楼举办，咨询电话{LAND}{e}
C|p|xb|R6|{m}，我在阿拉木图的号码{KZPH}，出差时打这个{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "qin": ["lei.wanxiang", "du.yanping", "qiao.jinbao"],
    "dian": ["duan.lifen", "yang.shaohua", "long.kaiyun"],
    "hw": ["bao.chunlan", "xu.dagang", "ji.hongmei"],
    "hn": ["fu.yuling", "yun.haisheng", "xing.meiqiong"],
    "xb": ["bayar.tu", "aynur.mamat", "zhao.yongfu"],
    "wz": ["chi.xiaofang", "ye.jianjun", "ying.lijuan", "weng.haibo"],
    "formal": ["jiang.wenjing", "pan.zhiyuan"],
    "joke": ["tao.lele", "shao.kai"],
    "duo": ["qian.yuting", "miao.jun"],
    "boss": ["kang.zhenhua", "lu.weidong"],
    "cmp": ["tian.xin", "mo.yunfei"],
    "shot": ["hua.xiaomeng", "shen.yiran"],
    "vip": ["zhuang.mingyue", "guan.bowen"],
    "weekly": ["yan.qiushi", "cao.yuhang"],
    "hr": ["meng.qingshan", "hou.xiaoli"],
    "plain": ["liu.jiaqi", "fang.yu", "he.zixuan", "yin.hao"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["029", "0351", "0871", "0851", "0551", "0514", "0517", "0898", "0471", "0991",
             "0577", "0574"]
POSTCODES = ["570100", "570203", "710003", "030001", "650031", "550001", "230001", "225002",
             "010020", "830002", "325000", "315010"]
FUNDS = ["006289", "007401", "008238", "011745", "015189", "016762", "018035", "019470"]
FUT_AU = ["au2606", "au2608", "au2610", "au2612"]
FUT_OTHER = ["ag2606", "ag2608", "rb2610", "m2609", "cu2607", "sc2607", "i2609", "al2608"]
FUT_AG = ["ag2606", "ag2608", "ag2610", "ag2612"]
PLATE_HEADS = ["陕A", "晋A", "云A", "贵A", "皖A", "苏K", "苏H", "琼A", "蒙A", "新A", "浙C",
               "浙B"]
AMT_DX = ["壹拾贰万元整", "贰拾伍万元整", "叁拾万零捌佰元整", "肆万伍仟元整", "陆拾万元整",
          "壹佰伍拾万元整", "捌万元整", "玖拾万元整", "柒拾伍万元整", "拾捌万元整"]
LUCKY = ["888", "6688", "1314", "520", "168", "9999", "66", "518"]
CNAPS_HEADS = ["102", "103", "104", "105", "301", "308"]
UPPER = "ABCDEFGHJKLMNPQRTUWXY"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "TRUSTNO":
        return rng.choice(["XT", "JH", "ZJXT"]) + "2026-" + rdigits(rng, 4) + "-" + \
            rdigits(rng, 3)
    if name == "FUT":
        return rng.choice(FUT_AU if rng.random() < 0.6 else FUT_OTHER)
    if name == "FUTAG":
        return rng.choice(FUT_AG)
    if name == "BARNO":
        return rng.choice(["AU", "AG", "JT"]) + rdigits(rng, 8)
    if name == "VIN":
        head = "L" + rng.choice(["SV", "FV", "GW", "VG", "DC"]) + rng.choice(UPPER)
        mid = "".join(rng.choice(UPPER + "0123456789") for _ in range(5))
        return head + mid + rng.choice("0123456789X") + rng.choice("PRST") + \
            rng.choice(UPPER) + rdigits(rng, 6)
    if name == "LOANNO":
        return rng.choice(["ZXD", "QCD", "XFD"]) + "2026" + rdigits(rng, 8)
    if name == "USCC":
        area = rng.choice(AREAS)
        tail = "".join(rng.choice(UPPER + "0123456789") for _ in range(7))
        return "91" + area + "MA" + tail + rng.choice(UPPER)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "ITPH":
        return "+39 3" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "ESPH":
        return "+34 6" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "KZPH":
        return "+7 70" + rng.choice("0125678") + " " + rdigits(rng, 3) + " " + \
            rdigits(rng, 2) + " " + rdigits(rng, 2)
    if name == "AMT":
        v = rng.randint(20, 4000) * 50
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "PRICE":
        return "%d.%02d" % (rng.randint(520, 690), rng.randint(0, 99))
    if name == "WAN":
        return "0.%04d" % rng.randint(3500, 5200)
    if name == "FUND":
        return rng.choice(FUNDS)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)
    if name == "LUCKY":
        return rng.choice(LUCKY)
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "FLOW":
        return "LS" + "2026" + rdigits(rng, 10)
    if name == "TICKET":
        return "KF" + "2026" + rdigits(rng, 7)
    if name == "CASE":
        return "HG-2026-" + rdigits(rng, 3)
    if name == "EMPNO":
        return rng.choice(["A", "B", "W"]) + rdigits(rng, 6)
    if name == "PRODCODE":
        return rng.choice(["Z", "JX", "GS", "CM"]) + rdigits(rng, 7)
    if name == "CNAPS":
        return rng.choice(CNAPS_HEADS) + rdigits(rng, 9)
    if name == "QQ":
        return str(rng.randint(2, 9)) + rdigits(rng, rng.randint(7, 9))
    if name == "HEAD":
        return str(rng.randint(12, 90))
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice(chars),
                rng.choice("0123456789"), rng.choice("0123456789")]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


def summarise(out_dir):
    """One line per category of the files just written (run only after the self-checks
    passed, so every line says ok)."""
    for cat in CATEGORIES:
        d = os.path.join(out_dir, SET_NAME, cat)
        with open(os.path.join(d, "corpus.jsonl"), encoding="utf-8") as f:
            n = sum(1 for line in f if line.strip())
        with open(os.path.join(d, "truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
        sys.stdout.write("%s %-15s messages %d  hits %d  near misses %d  self-check ok\n"
                         % (SET_NAME, cat, n, len(truth["hits"]), len(truth["near_misses"])))


def main(argv):
    status = run(argv, BLIND_SET)
    if status == 0:
        summarise(argv[1])
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
