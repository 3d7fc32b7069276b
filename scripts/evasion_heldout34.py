#!/usr/bin/env python3
"""Blind held-out evaluation set 34 ("heldout34") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author read only ``scripts/evasion_blind_common.py`` (the shared machinery),
``scripts/evasion_heldout22.py`` (as the format model, not as a source of sentences) and
``scripts/eval_categories.sh`` (to wire the set in).  The author never opened the scanner, its
rule files, its tests, its archive, its docs or any other evaluation set, and searched nothing
(no web or code search).  The only other repository text seen was the working tree's file
status (names only) and the one-line subjects of the five newest commits, shown once by ``git
log --oneline``.  Every template below is new, written from general knowledge of how
Chinese-speaking financial sales staff and their customers talk on WeCom (企业微信).  The set
exists to measure how well the scanner generalises: do not tune the scanner to it, do not add
it to any training data, and run it once.

Voices and settings
-------------------
A futures brokerage's overnight (夜盘) desk; a farmers' cooperative credit officer in
Heilongjiang; a Shanghai private-banking RM serving expatriates in mixed English and Chinese;
a securities branch's "stock club" salon group; an insurance agent selling to and recruiting
relatives; a bank lobby manager helping elderly customers at the counter; a support group of
P2P-collapse victims; a wealth-management app's in-app human advisor; Tianjin-flavoured and
Northeastern-flavoured (东北话) colloquial speech; Wu (Shanghainese) and Hakka flavoured speech;
messages split by line breaks; numbered lists; Q&A FAQ snippets; old chats pasted back as
text; managers' year-end reviews; role-play exam answer keys; long explanations whose deciding
clause sits in the middle; plain Mandarin staff and customers.

Hard cases
----------
Spread over every keyword category: the deciding clause buried mid-way through a long
explanation; a rule cited and then broken; warnings about others followed by one's own offer;
refusals that cave; quoting one's own earlier promise versus quoting someone else's claim to
reject it; training material and exam keys that mark a line as wrong (near miss) or hand it
out as the line to use (hit); keywords inside article, file, group or product names (near
miss); English code-switching around Chinese keywords; line-broken and numbered messages with
the violation in one line or item; customers' questions and complaints (near misses only);
keywords split by one of the separators ``· -_*.~`` in a minority (more than 0 and under 15 %)
of each keyword category's hits; 25 % of every category in traditional characters through the
shared one-to-one table (the private-banking and pasted-chat voices first).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese/Arabic, full-width digits and split by spaces, dashes, dots and commas, versus
look-alikes: bad ID check characters, impossible birth dates, bad province codes, 17-digit
IDs, Luhn failures, masked numbers, 10-digit and bad-prefix mobiles, and futures fund
accounts, contract codes, co-op member and loan numbers, land certificates, passports, Hong
Kong IDs, foreign phones, IBANs and SWIFT codes, meeting ids, stock and fund codes, shareholder
accounts, agent numbers, policy numbers, queue tickets, pension amounts, police case receipts,
P2P claim and contract numbers, app orders, risk-test numbers, landlines, EMS tracking codes,
postcodes, plates, QQ numbers, dates and amounts.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout34.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h34_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 34_2026_1206
SET_NAME = "heldout34"
MSGID_PREFIX = "h34"
T0 = 1780600000000
SEQ0 = 1360000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("pb", "shot")  # private banking and pasted old chats go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147",
              "150", "151", "152", "155", "156", "157", "158", "159", "162", "166", "171",
              "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186",
              "187", "188", "189", "190", "191", "193", "195", "198", "199"]
AREAS = ["230102", "230103", "230104", "230108", "230202", "230602", "231202", "310101",
         "310104", "310105", "310115", "120101", "120102", "120104", "120105", "210102",
         "210103", "210202", "220102", "441402", "441403", "441481", "320505", "320508",
         "440106", "110108"]
CARD_BINS16 = ["622700", "621661", "622262", "621226", "622908", "623058", "621799", "622280"]
CARD_BINS19 = ["6217001", "6222081", "6228481", "6216611", "6231900", "6214830"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
#   n  addressee (customer)          m  customer's name for the staff member
#   x  expatriate client (private banking)
#   g  relative (insurance agent)    o  elderly customer (lobby)
#   f  futures product               k  a colleague or a third party
#   d  time                          a  amount      r  rate      e  emoji
#   l  line break (messages split over several lines)
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["老孟", "于姐", "姜大爷", "邱阿姨", "蔡总", "崔哥", "老葛", "谭老师", "宋婶", "贾叔",
          "常大姐", "庞老板", "鲁哥", "邵姐", "殷阿姨", "戴总", "阎大哥", "苗姐", "彭叔", "柏姐"],
    "m": ["孟经理", "小邵", "葛老师", "Linda", "小蒋", "谭经理", "柳主管", "小苗", "鲍顾问",
          "阿杜", "尹经理", "小裴"],
    "x": ["David", "Sophie", "Mr. Klein", "Anna", "Kenji", "Mrs. Park", "Tom", "Julia",
          "Marco", "Lisa"],
    "g": ["二舅", "三姨", "表嫂", "大姑", "堂哥", "小姨", "老舅", "表弟", "姐夫", "四婶"],
    "o": ["大爷", "阿姨", "老爷子", "奶奶", "大娘", "叔叔", "老太太", "伯伯"],
    "f": ["豆粕", "螺纹钢", "沪铜", "原油", "黄金", "玉米", "棕榈油", "铁矿石", "白银", "橡胶"],
    "k": ["钟经理", "小蔺", "老单", "前任客户经理", "司马主管", "小芮", "那个姓卜的", "祁专员"],
    "d": ["今晚", "明天", "下周二", "礼拜四", "月中", "节后", "周五收盘前", "这两天",
          "下个礼拜", "后天上午"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "35万", "500万", "18万", "90万"],
    "r": ["3.2%", "3.65%", "4%", "4.35%", "5.2%", "6.8%", "7%", "4.6%", "5.5%", "3.9%"],
    "e": ["", "", "", "🙂", "👌", "🙏🏻", "😅", "📈", "🤔", "🍵", "👍🏻", "💰"],
    "l": ["\n"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / setting tag (routes the staff sender; pb and shot prefer traditional)
#   LABELS R1..R6 joined by +
# Categories (as in every blind set): rhetorical = a question or exclamation that carries the
# offer (hit) versus an honest question or a rhetorical denial (near); prohibition = a rule
# cited and then broken (hit) versus the rule stated and kept (near); warning_report = a
# warning about others followed by one's own offer (hit) versus an honest warning or report
# (near); refusal = a refusal that caves (hit) versus a refusal that holds (near); quotation
# = one's own or an endorsed promise repeated (hit) versus someone else's claim quoted to
# reject it, or a keyword in a title or name (near).
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|fut|R1|{n}，这套夜盘对冲我做了六年，哪一年不是稳赚？您还怕个啥呢{e}
S|p|hlj|R1|{n}，合作社这批春耕贷配的理财，保本还给{r}，你说这好事儿上哪儿找去？{e}
S|p|pb|R1|{x}，this note 保本 plus {r} coupon，what else could you ask for？错过这期要等明年了{e}
S|g|club|R1|各位股友，跟着咱沙龙的组合走，稳赚不赔的买卖，谁还愿意自己瞎琢磨？{e}
S|p|kin|R1|{g}，这份分红险是保本的，咱自家人我还能坑你不成？签了吧{e}
S|p|lobby|R1|{o}，您把定期挪到这个产品里，保本还比存款多{r}，何必守着那点利息呢？{e}
S|p|app|R1|您好，我是您的专属投顾。这个组合零风险，年化{r}，您还在观望什么呢？{e}
S|p|tj|R1|{n}，介产品包赚，您还琢磨嘛呢？倍儿稳当的事儿您不上？{e}
S|p|db|R1|{n}，这玩意儿稳赚，你还磨叽啥呀？错过了可别跟我哭鼻子{e}
S|p|wu|R1|{n}，搿只产品保本个呀，侬还有啥不放心伐？阿拉自家屋里厢也买了{e}
S|p|hakka|R1|{n}，这只产品保证收益{r}，你还惊么个？涯屋下人都买咗{e}
S|p|lines|R1|{n}{l}您想想{l}存银行一年才几个点{l}我这个保收益{r}{l}还有啥可比的？{e}
S|g|list|R1|三个问题问问自己：1.存款利率还会涨吗？2.零风险还给{r}的产品你还能在哪儿找到？3.还不赶紧上车？{e}
S|p|faq|R1|Q：这款是不是真的保本？A：您见过我们哪款年金到期少给过一分钱吗？放心，保本{e}
S|p|review|R1|年终回顾：{n}，今年您的账户没亏过一分吧？明年继续放我这儿，稳赚的路子干嘛要换？{e}
S|p|long|R1|{n}，我给您捋一下：这款两年期，前六个月封闭，之后每季度开放一次，赎回费按持有时间递减，说到底就是保本的东西，您还纠结啥？至于收益，按过去三年算大概{r}，到账是T+2，以公告为准{e}
S|p|plain|R1|{n}，零风险还能拿{r}，换了是您，您舍得放过吗？{e}
S|p|fut|R1|{n}，跨期套利两头都锁死了，稳赚不赔，不做难道看着钱贬值？{e}
S|p|pb|R1|{x}，honestly，这个结构保收益的，what's there to think about？{e}
S|g|club|R1|有人问我这只能不能拿，我反问一句：跟了我三年，哪次不是包赚？{e}
S|g|exam|R1|本周话术比赛冠军答案，大家背下来：“阿姨，这个保本的，您还担心啥？”{e}
S|p|fut|R2|{n}，交易所那边朋友给的内部消息，{f}{d}要拉升，您不跟？等着看别人赚？{e}
S|g|club|R2|各位，咱沙龙的内幕消息什么时候落空过？{d}那只票有人拉升，还不提前埋伏？{e}
S|p|tj|R2|{n}，庄家都进场了您还等嘛呢？{d}一拉升您可别怨我没告诉您{e}
S|p|wu|R2|{n}，内部消息侬勿要？阿拉朋友讲{d}伊要拉升了，错过老可惜个{e}
S|p|app|R2|您好，投顾这边拿到的内部消息，您确定不参考一下吗？{d}就兑现了{e}
S|p|hlj|R3|{n}，贷款你给我返点，我给你加急，这买卖你还觉得亏？{e}
S|p|kin|R3|{g}，保费直接转到我个人卡上，省得你跑一趟，自家人还走那些流程干啥？{e}
S|p|pb|R3|{x}，why go through the bank？私下交易 fees 省一半，doesn't that make sense？{e}
S|p|db|R3|{n}，这单咱走飞单，手续费全免，这么好的事儿上哪找去？{e}
S|p|lobby|R3|{o}，您那笔钱私下转账给我，我替您存，省得您排大队，多好？{e}
S|g|kin|R3|亲戚们，来我这儿买保险，返佣分你们一半，自家人不赚自家人的钱赚谁的？{e}
S|p|hakka|R3|{n}，返佣涯分一半畀你，你还嫌少么？{e}
S|p|fut|R4|{n}，夜盘您又熬不住，账户密码交给我，我盯着不比您强？{e}
S|p|lobby|R4|{o}，您眼神不好，手机银行的账户密码告诉我，我帮你操作不就得了？{e}
S|p|app|R4|您平时工作这么忙，全权委托给投顾团队不是更省心吗？{e}
S|p|tj|R4|{n}，代客理财介事儿咱又不是头一回干，您还不放心嘛？{e}
S|p|hlj|R4|{n}，你家那本存折放着也是放着，代客理财交给我，不比你自己瞎买强？{e}
S|p|app|R5|App 里回复有延迟，加我私人微信聊不是更快？{n}{e}
S|p|club|R5|沙龙群人太多，{n}，加我个人号，一对一带你，不比在群里强？{e}
S|p|wu|R5|{n}，侬加我私人号好伐？有啥事体直接寻我，不是方便交关？{e}
S|p|pb|R5|{x}，WeCom 太 formal 了，add 我私人微信，weekend 也能 reach me，no？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|fut|R1|{m}，夜盘这个对冲策略是不是稳赚啊？我看群里都这么说{e}
S|p|fut|R1|{n}，期货加杠杆的东西，谁敢说稳赚？保证金不够照样强平{e}
C|p|hlj|R1|{m}，信用社那个理财保本不？俺家就这点种地钱{e}
S|p|hlj|R1|{n}，保本？这我可不敢打包票，理财都有风险，图稳当还是存定期{e}
S|p|pb|R1|{x}，you asked if it's 保本——no，it isn't。The principal is at risk，see page 4{e}
C|g|club|R2|老师，这只票是不是有庄家在里面？最近量放得有点怪{e}
S|g|club|R2|庄家？内部消息？各位，真有这些东西我还在这儿给大家讲K线？咱只讲公开数据{e}
S|p|kin|R1|{g}，你问这份保险保不保本——前几年退保是会亏的，这个我得先跟你说明白{e}
C|p|kin|R3|表妹，你卖保险有没有返佣啊？有的话分我点呗{e}
S|p|lobby|R4|{o}，您问能不能把账户密码告诉我？可千万别，谁问都不能说，包括我们银行的人{e}
C|p|lobby|R4|{m}，我老头子说把账户密码给你们，让你们帮着弄，这样行不行啊？{e}
S|p|p2p|R1|{n}，当年那个平台不就是天天喊零风险？现在还有人信这三个字吗？{e}
C|g|p2p|R1|当初说好的保本保息，钱呢？谁来给个说法？{e}
S|p|app|R1|您好，您问这个组合能不能保证收益？不能的，历史业绩不代表未来，风险揭示书第二条写着{e}
C|p|app|R5|顾问你好，有没有私人微信？App 消息我老看不到{e}
S|p|app|R5|私人微信就不加了，咱们就在 App 里沟通，记录都在，对您对我都是保护，您看行吗？{e}
S|p|tj|R1|{n}，稳赚不赔？您听谁说的呀，介种话您也信？倍儿悬{e}
S|p|db|R2|{n}，内部消息？哪有那玩意儿，真有我早发家了，还搁这上班？{e}
S|p|wu|R1|{n}，侬问搿只基金包赚伐？哪能可能啦，基金呒没包赚个{e}
S|p|hakka|R3|{n}，你问涯做唔做得私下交易？唔得，涯冇做过，也唔会做{e}
S|p|lines|R3|{n}{l}飞单？{l}那是要丢饭碗的事{l}我们这儿一单都没有{e}
S|g|list|R2|客户常问的三件事：1.有没有内幕消息？没有。2.能不能荐股？不能。3.能不能保证回本？不能{e}
S|p|faq|R4|Q：可以把账户全权委托给客户经理吗？A：不可以，交易须由您本人决定并操作{e}
C|p|shot|R1|{m}，我翻到去年的聊天：【我：这款保本吗？ {k}：不保本的，净值型】你当时就是这么回的吧？{e}
S|p|review|R3|年终回顾：{n}，这一年您问过我三次能不能返点，我都说了不行，您现在理解了吧？{e}
S|g|exam|R1|情景演练参考答案：客户问“这个保本吗？”，标准回答为“本产品不保本，请按风险承受能力选择”{e}
S|p|long|R2|{n}，您问的那只票我翻了公告，这季度营收增长主要靠新产线，毛利率反而降了一点，至于群里说庄家在吸筹，我没看到任何依据，成交量也只是正常放大，所以不建议您追，真想配置可以等半年报出来再看{e}
S|p|plain|R4|{n}，代客理财？您是想让我替您拿主意？那不行，我只能给建议{e}
C|p|plain|R2|{m}，你们内部消息是不是比我们散户灵通啊？{e}
S|p|fut|R2|{n}，拉升？谁告诉您{f}要拉升的？期货是多空博弈，没人能预知{e}
S|p|pb|R3|{x}，you mean 私下转账 to me？No way，all payments go to the bank's own account{e}
S|p|kin|R5|{g}，加我私人号？保险的事咱还是在这个企业微信里说吧，有记录，你以后查也方便{e}
C|p|db|R1|{m}，这玩意儿零风险不？零风险俺就多整点{e}
S|p|tj|R3|{n}，返佣？您可别难为我，介要让领导知道，我饭碗还要不要了？{e}
S|p|wu|R4|{n}，账户密码侬哪能好告诉别人？阿拉银行从来勿问客户要个{e}
S|p|lobby|R1|{o}，零风险？谁跟您说的呀？这个是理财不是存款，会有波动的，您要稳当咱就办定期{e}
C|p|hlj|R3|{m}，俺们屯有人说贷款得给信贷员返点，真有这事儿吗？{e}
S|p|hlj|R3|{n}，返点？哪有这规矩！贷款一分钱好处费都不收，谁要你就举报{e}
S|p|app|R2|您问投顾有没有内部消息？我们看到的都是公开研报，没有任何内部渠道{e}
S|p|club|R1|{n}问我这只是不是稳赚——股市里哪有稳赚的？我自己也亏过{e}
S|p|p2p|R3|{n}，那个平台当年是不是让你们私下转账给业务员？是的话把记录留好，报案用得上{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|fut|R4|夜盘值班提醒：任何员工不得替客户下单，不得保管客户账户密码，全权委托一律不接{e}
S|g|hlj|R3|合作社信贷员守则：不得收取任何返点，不得让社员私下转账，发现一起处理一起{e}
S|p|pb|R5|{x}，per bank policy，我们不能用私人微信跟客户沟通，everything stays on WeCom，sorry{e}
S|g|club|R2|沙龙规矩重申：不传内幕消息，不聊庄家，不荐具体个股，违者移出群聊{e}
S|p|kin|R1|{g}，公司规定我们卖保险不能说保本，我得按规矩把退保的损失给你讲清楚{e}
S|p|lobby|R4|{o}，我们有规定，大堂的工作人员不能帮你操作手机银行，您自己点，我在旁边指给您看{e}
S|p|app|R1|根据平台规定，投顾不得向您承诺保证收益，以下内容仅供参考{e}
S|p|tj|R3|{n}，咱这儿规矩倍儿严，私下交易谁碰谁走人，您就别跟我提了{e}
S|p|db|R5|{n}，公司不让加私人微信，俺也没招，有事儿就在这儿唠{e}
S|p|wu|R1|{n}，行里规定勿好讲零风险个，阿拉只好照实讲，侬理解伐{e}
S|p|hakka|R3|{n}，公司规定唔准收返佣，涯唔敢收，也唔想收{e}
S|g|lines|R3|各位同事{l}再说一遍{l}严禁飞单{l}严禁私下转账{l}严禁收返点{e}
S|g|list|R1+R4|合规十条（节选）：一、不承诺保本；二、不代客理财；三、不索要客户的任何密码{e}
S|g|faq|R5|Q：可以加理财经理的私人号吗？A：按规定不可以，所有服务沟通请通过企业微信进行{e}
S|p|shot|R3|{n}，您截图里那条“禁止私下转账”的提示是我们系统自动发的，意思是钱只能打对公账户{e}
S|g|review|R3|年终总结会上再强调一次：飞单零容忍，明年考核继续一票否决{e}
S|g|exam|R2|合规考试第七题答案：员工不得向客户传播内部消息，选C{e}
S|p|long|R4|{n}，这个我得跟您解释清楚，您出国这半年账户没人管的顾虑我理解，我们能做的是帮您设好定投和到期自动转存，提醒短信也可以开，但按规定我们不能接受全权委托，账户里的任何买卖还是得您本人在手机上确认，您回国后我们再一起看持仓{e}
S|p|plain|R5|{n}，按制度我不能加您私人微信，麻烦您就在这里留言{e}
C|p|plain|R1|{m}，我知道你们规定不能说保本，那你就说说最坏能亏多少{e}
C|p|kin|R3|表姐，我知道你们公司不让给返佣，我也不要，你就给我把条款讲清楚{e}
C|g|p2p|R1|咱们现在都明白了，正规机构是不许说零风险的，当年真是瞎了眼{e}
S|p|p2p|R3|{n}，正规银行严禁员工跟客户私下交易，以后谁再找你私下交易，直接报警{e}
S|g|fut|R2|期货公司员工行为规范：不得利用或传播内幕消息，不得散布庄家操纵之类的传言{e}
S|p|hlj|R4|{n}，信用社规定不能代客理财，存折和密码你自个儿收好，谁要都别给{e}
S|p|pb|R1|{x}，regulation 不允许我们说保本，所以 brochure 上写的是 capital at risk，please note{e}
S|p|app|R4|平台规定：投顾不得索要您的账户密码，也不会代您下单，请勿向任何人透露{e}
S|g|club|R1|咱们沙龙有条铁规矩：谁也不许说稳赚，谁说谁请大家喝茶{e}
S|p|tj|R4|{n}，规定写得明明白白，不能全权委托，介个您甭跟我争了{e}
S|p|db|R2|{n}，公司三令五申，拉升啥的话不让说，俺就只跟你唠基本面{e}
S|p|wu|R3|{n}，阿拉公司规定钞票勿好转到我个人账户，侬一定要打到对公账户，晓得伐{e}
S|p|hakka|R5|{n}，公司规定唔准用私人号同客户倾，麻烦你喺呢度讲{e}
S|p|lobby|R1|{o}，咱银行有规定，理财不能说保本，您要图本金安稳就存定期或者大额存单，那个有存款保险{e}
S|g|kin|R3|团队晨会：拉亲戚朋友入行可以，但严禁承诺返佣，也不能让他们私下转账交保费{e}
S|p|plain|R2|{n}，合规红线第一条就是不碰内幕消息，这个问题我没法回答您{e}
S|g|lines|R1|晨会三点{l}一、不承诺保收益{l}二、风险测评不代做{l}三、双录不能省{e}
S|p|faq|R3|Q：员工可以收客户的返点吗？A：严禁。如遇索要，请拨打客服热线投诉{e}
S|p|shot|R4|{n}，您发来的截图是我们去年的公告：“本行员工不会索要账户密码”，现在依然有效{e}
S|g|review|R4|年度复盘：今年三起投诉都和代客理财有关，明年起凡是触碰这条的一律调岗{e}
S|g|exam|R5|情景题：客户要求添加私人微信。参考答案：婉拒，并说明公司规定只能使用企业微信{e}
C|p|app|R4|顾问你好，我知道你们不让全权委托，那我自己操作的时候你能在线看着吗？{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|fut|R4|{n}，公司是不让替客户下单，可夜盘您熬不住啊，账户密码发我，我替您盯着{e}
S|p|hlj|R3|{n}，信用社是不让收返点，可你这贷款批得这么快，返点给我两个点不过分吧？{e}
S|p|pb|R5|{x}，policy says no 私人微信，but you're a VIP，加我私人微信 is fine，just between us{e}
S|g|club|R2|群规说不传内幕消息，那我不传，我就暗示一下：{d}那只票庄家要拉升，懂的都懂{e}
S|p|kin|R1|{g}，公司不让我们说保本，但跟你我就说实话，这份保险就是保本的，放心{e}
S|p|lobby|R4|{o}，规定是不能碰客户手机，可您这么大岁数，我帮你操作一下，您把密码告诉我{e}
S|p|app|R1|平台要求我们不能承诺收益，但我个人跟您讲，这个组合保收益{r}，没问题{e}
S|p|tj|R3|{n}，规矩是不许私下交易，介我知道，可咱俩谁跟谁呀，这单私下交易，费用我给您免了{e}
S|p|db|R5|{n}，公司不让加私人微信，那都是给外人看的，你加我私人号，有啥事儿我随叫随到{e}
S|p|wu|R1|{n}，行里规定勿好讲零风险，不过阿拉自家人讲讲，搿只就是零风险，侬放心买{e}
S|p|hakka|R3|{n}，公司唔准收返佣，不过你介绍嘅客，返佣涯照样俾你，唔好同人讲{e}
S|p|lines|R3|{n}{l}公司说不能转到我个人账户{l}但是走对公要三天{l}你就转到我个人账户吧{l}今晚就能办好{e}
S|g|list|R1|本月话术要点：1.不说“保证”二字 2.不提“承诺” 3.客户问起就说“历史上从没亏过，实际就是保本”{e}
S|p|faq|R4|Q：投顾能代客理财吗？A：按规定不能。不过老客户可以私下签个授权，代客理财我们也在做{e}
S|p|shot|R3|{n}，翻到我们去年的聊天：「规定不能返点」——那句话你别当真，今年返点照旧，{d}打给你{e}
S|g|review|R1|年终点评：合规要求不能讲稳赚，我理解，但咱们团队的业绩就是靠“稳赚”两个字做起来的，明年接着讲{e}
S|g|exam|R1|情景演练答案（内部版）：规定不能说保本，所以要说“到期本金一分不少，就是保本”，客户最爱听{e}
S|p|long|R3|{n}，流程我先讲一下：正常认购是您在手机银行签约，资金从您本人账户划转，冷静期二十四小时，这些都是规定；不过这期额度紧，您直接私下转账给我，我先用我的额度帮您占上，之后再补签，到期的收益和本金都按合同走{e}
S|p|plain|R2|{n}，按规矩不能透露内部消息，我就说一句：{d}有人拉升，你自己掂量{e}
S|p|fut|R1|{n}，期货公司不让说稳赚，我不说，我就说这波套利稳赚不赔，您自己品{e}
S|p|hlj|R4|{n}，规定不能代客理财，可你们家种地忙，存折给我，代客理财这事我帮你们兜着{e}
S|p|pb|R1|{x}，compliance 不让我说保本，but between us，这个结构是 100% 保本的{e}
S|g|club|R1|群规写着不许说稳赚，可今天这只我破例：稳赚，大家尽管上{e}
S|p|kin|R3|{g}，公司规定不能给客户返佣，你是我亲戚，返佣我偷偷打给你，别跟别人说{e}
S|p|app|R5|平台规定投顾不能加私人微信，但您是高净值客户，可以加我个人号，我单独给您服务{e}
S|p|tj|R2|{n}，规定不让说内部消息，咱不说，我就告诉您，{d}介只票庄家要动，您瞧着办{e}
S|p|db|R4|{n}，公司说不许帮客户弄账户，那是吓唬人的，你把账户密码给俺，俺帮你操作{e}
S|p|wu|R3|{n}，规定是勿好私下交易，不过侬是老客户了，阿拉私下交易，手续费省下来侬拿去吃饭{e}
S|p|lobby|R3|{o}，银行规定钱要走柜台，可您排队太累了，私下转账给我，我替您存进去{e}
S|p|hakka|R1|{n}，公司话唔准讲包赚，不过涯同你讲真话，呢只系包赚个{e}
S|p|kin|R5|{g}，公司不让用私人微信谈业务，咱自家人无所谓，私人微信上我把保单发你{e}
S|p|app|R4|平台规定不能全权委托，所以我们走个“顾问跟投”，实际就是全权委托给我，您不用管{e}
S|p|fut|R2|{n}，交易所严禁传播内幕消息，我不传，但我跟您说{f}{d}会拉升，您懂的{e}
S|p|plain|R3|{n}，飞单按规定是开除的，但你这单金额大，就走飞单吧，我保证没人知道{e}
S|p|plain|R1|按照监管口径不能讲保证收益，{n}，我换个说法：保证收益{r}，少了我补{e}
S|p|shot|R1|{n}，你翻出来的截图没错，我当时写了「规定不能承诺」，但后一句「这个年金保本」我现在也认，保本{e}
S|p|lines|R4|{n}{l}按规定呢{l}我们不能全权委托{l}但你出差一个月{l}账户密码留给我{l}我来处理{e}
S|p|hlj|R1|{n}，合作社开会说了不准讲保本，可这款理财跟存款一个样，就是保本的，你放心存{e}
S|g|review|R3|年终总结：公司禁止飞单，但今年咱组的业绩一半靠飞单撑着，明年照这个路子走{e}
S|g|exam|R5|考试标准答案（组里通用版）：客户要加私人号时先说“公司不让加”，然后悄悄把私人号发给他{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|fut|R2|夜盘提醒：有人冒充我司分析师拉群，自称有内幕消息，让大家入金到陌生账户，请勿相信{e}
S|g|hlj|R3|乡亲们注意：有人冒充信用社信贷员，说交两个点返点就能批贷款，这是诈骗，已经报了派出所{e}
S|p|pb|R5|{x}，heads up：有人 impersonate 我，用一个私人微信加客户，please ignore，I only use WeCom{e}
S|g|club|R2|股友们当心：外面那种“带你跟庄家”的收费群都是骗局，我已经向监管举报了一个{e}
S|p|kin|R1|{g}，你转来那个“保本高息”的保险广告，我查了，那家根本没有牌照，千万别买{e}
S|p|lobby|R4|{o}，刚才打电话自称“银行安全部门”、要您账户密码的，是骗子，咱们马上把卡挂失{e}
S|g|p2p|R1|各位受害人：新冒出一个“追回损失”的群，说交费就能保本返还，这是二次诈骗，请勿缴费{e}
C|g|p2p|R3|我当时就是被业务员叫去私下转账的，现在想想那时候就该报警{e}
S|p|app|R1|系统提示：近期有假冒本平台的APP宣称“零风险年化15%”，请只在官方渠道下载{e}
S|p|tj|R3|{n}，让您转到我个人名下的那位“王经理”，不是咱们的人，介是骗子，赶紧报警{e}
S|p|db|R1|{n}，那个直播间喊稳赚不赔的，俺一看就是骗子，你可离远点儿{e}
S|p|wu|R4|{n}，伊拉讲“账户密码拨我，我帮你操作”，搿个是骗子呀，侬覅睬伊{e}
S|p|hakka|R2|{n}，外背有人话有内部消息，叫你先畀钱，涯同你讲，嗰啲全部系呃人{e}
S|g|lines|R1|⚠️防诈提醒{l}陌生人说零风险{l}陌生人说高回报{l}一律拉黑{e}
S|g|list|R1+R5|识别骗局三要点：1.承诺稳赚 2.要求加私人微信 3.催促转账。满足任意一条请立即停止{e}
S|g|faq|R3|Q：有人自称客户经理让我私下转账，怎么办？A：立即停止，拨打官方客服核实，并报警{e}
C|p|shot|R1|{m}，我把那人的聊天复制给你：【保本保息，月月分红，名额有限】这是不是骗子？{e}
S|p|shot|R1|{n}，您贴过来的那段“包赚不亏”我看了，不是我们公司的人说的，已经转给合规核查{e}
S|g|review|R3|年度合规通报：本年度查处飞单两起，涉事人员已解除合同，请全员引以为戒{e}
S|g|exam|R2+R5|案例分析题：某员工对客户说“加我个人号，给你内部消息”。请指出违规点（答案：私下联系、传播消息两处）{e}
S|p|long|R1|{n}，您昨天发来的那份合同我仔细看了，发行方是一家注册资本才一百万的咨询公司，没有任何金融牌照，合同里写的保本保息、每月付息，在法律上根本没有保障，再加上收款的是个人账户，这几个特征放在一起基本就是非法集资，建议您先别打款，需要的话我陪您去派出所咨询{e}
S|p|plain|R4|{n}，有人冒充我们说能代客理财、月收益一成，已经有人报警了，您别上当{e}
C|p|plain|R5|{m}，有人加我，说是你的私人号，是你吗？{e}
S|p|plain|R5|{n}，不是我，我从没用私人号联系过客户，那个账号您直接拉黑举报{e}
S|p|fut|R4|{n}，那个自称能帮你操作期货、保证翻倍的“老师”已经被我们举报了，您的账户千万别给他{e}
S|p|hlj|R1|{n}，屯里传的那个“零风险养牛合作社”集资，信用社查过了，是非法的，别投钱{e}
S|p|pb|R1|{x}，that WhatsApp group promising 稳赚 returns on crypto is a scam，I've reported it to our fraud team{e}
S|g|club|R1|今晚沙龙主题：如何识别“稳赚不赔”的投资骗局，欢迎带家人来听{e}
S|p|kin|R3|{g}，你说那个同行答应你返佣一半，这属于违规，我已经跟保险公司反映了{e}
S|p|lobby|R3|{o}，说能帮您私下交易高息存单的那个人，不是咱们银行的，我已经报给网点主任了{e}
S|p|p2p|R2|{n}，那个自称“平台内部人员”、说有内部消息能优先兑付的，是骗子，别给他钱{e}
S|p|app|R5|安全提醒：本平台投顾不会要求您添加私人微信，如遇此类情况请截图举报{e}
S|p|tj|R2|{n}，那个说庄家带您上车的群，我瞅着不对劲，您赶紧退出来，我帮您报给公安了{e}
S|p|db|R3|{n}，那小子说能给你返点，你可别信，俺已经跟保卫科说了{e}
S|p|wu|R1|{n}，屋里老人接到电话讲保收益{r}，侬帮伊讲清爽，搿个是诈骗{e}
S|g|fut|R1|风险警示：任何声称期货“稳赚”的荐单服务都不可信，本公司从未授权第三方荐单{e}
C|p|lobby|R4|{m}，我收到短信说我的账户密码要升级，让我点链接，这是你们发的吗？{e}
S|p|hakka|R1|{n}，嗰间公司话保本，又冇牌照，涯已经报咗上去，你唔好俾钱{e}
S|p|plain|R1+R3|{n}，您反映的那个自称我同事、承诺保证收益还让您私下转账的人，我已经报了合规和公安{e}
S|p|p2p|R4|{n}，有人在群里说帮大家全权委托维权，收一万押金，这个很可疑，请大家不要交{e}
S|g|lines|R2|群公告{l}近期有人私信群友{l}兜售所谓内幕消息{l}请勿相信{l}已报告管理员{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|fut|R2|大家别信外面那些卖内幕消息的，都是骗钱的。真正的内幕消息我这儿有，{d}私聊我{e}
S|p|hlj|R3|{n}，外头那些收返点的都是骗子，你别理。要给返点就给我，我保你贷款{d}下来{e}
S|p|pb|R1|{x}，be careful of those 零风险 scams out there。Our note 才是 real 零风险，trust me{e}
S|g|club|R2|各位小心那些冒充我的荐股群。真的庄家动向只在咱沙龙里说：{d}那只票要拉升{e}
S|p|kin|R1|{g}，外面那些说保本的保险都不靠谱，就我们公司这款才真保本，你信我{e}
S|p|lobby|R3|{o}，您可小心门口那些发传单的，都是骗子。您要理财，私下转账给我就行，我给您弄最好的{e}
S|g|p2p|R1|各位受害的朋友，别再碰那些P2P了。我们银行这款是真的保本，损失慢慢就能赚回来{e}
S|p|app|R4|提醒您：不要把账户交给外面的“代操盘”团队。真想省心，全权委托给我们投顾就好{e}
S|p|tj|R5|{n}，最近有人冒充我加您，您可小心。我的真私人微信是另一个，回头发您，以那个为准{e}
S|p|db|R1|{n}，那帮搞传销的说啥稳赚你可别信。俺这个才是真稳赚，你跟着俺整就完事了{e}
S|p|wu|R3|{n}，外头搿种私下交易老危险个，侬勿要去。侬要私下交易，寻我，阿拉帮侬弄{e}
S|p|hakka|R4|{n}，外背有人要你账户密码，你唔好畀佢。你畀涯就得，涯帮你操作{e}
S|g|lines|R1|防骗提醒{l}外面喊零风险的都是骗子{l}真正零风险的{l}只有我手上这款{e}
S|g|list|R3|三个防骗要点：1.别信陌生人的返佣承诺 2.别随便转账 3.想要返佣直接找我，老客户都有{e}
S|p|faq|R5|Q：有人冒充客户经理加我怎么办？A：拉黑举报。如需联系本人，请加我个人号，私聊更安全{e}
S|p|shot|R1|{n}，您截图里那个“高息理财”是骗局，别碰。要放心的，就买我推荐的这款，保证收益{r}{e}
S|g|review|R3|年度通报：隔壁组有人飞单被抓了，大家注意方式方法。飞单可以，走我指定的渠道就没事{e}
S|g|exam|R4|防骗培训结束语：账户密码不要给陌生人，但可以交给客户经理——我们帮你操作，比谁都放心{e}
S|p|long|R1|{n}，先说您关心的那家公司：我查了工商信息，经营范围里没有金融业务，也没有基金销售资格，所谓年化百分之十八肯定有问题，您别往里放钱；您要是想找个稳当的地方，我们这款产品保本，年化{r}，起点{a}，下周一开放认购，到时候我提前提醒您{e}
S|p|plain|R2|{n}，群里那些转发的内部消息都是假的。我这条才是真的内部消息，{d}有资金进场{e}
S|p|fut|R1|{n}，外面带单老师说稳赚的你别信，都是骗手续费的。跟我做套利，这才叫稳赚{e}
S|p|hlj|R4|{n}，最近骗子多，专骗你们上岁数的。你把账户密码交给我保管，谁也骗不走{e}
S|p|pb|R3|{x}，watch out for unlicensed brokers。If you want a better deal，私下交易 with me，lower fees，no paperwork{e}
S|g|club|R1|提醒各位：别信网上的“稳赚”秘籍。想稳赚的，跟我沙龙的组合，保你年底数钱{e}
S|p|kin|R3|{g}，那些野路子代理私吞保费，你千万别找他们。保费转到我个人卡上，我帮你交，最稳妥{e}
S|p|lobby|R4|{o}，密码别告诉打电话的人，那是骗子。您年纪大了，以后这账户我帮你操作，省心{e}
S|p|app|R1|近期有仿冒平台，请您注意辨别。我们官方推荐的这个组合是零风险的，放心配置{e}
S|p|tj|R2|{n}，外边那帮说有庄家的全是忽悠，您甭信。我这儿的消息才靠谱，庄家{d}就拉升{e}
S|p|db|R3|{n}，外头那些中介要你私下转账你可不能干，容易被骗。要转，就转到我个人账户，俺给你办{e}
S|p|wu|R5|{n}，有人冒充阿拉公司加侬私人微信，侬当心。侬就加我私人微信好了，我是真个{e}
S|p|hakka|R1|{n}，外背嗰啲讲包赚个都系呃人，涯介绍你嘅呢只先系真正包赚{e}
S|p|p2p|R4|{n}，被P2P坑怕了我理解，以后钱别自己乱投了，账户密码给我，代客理财我有经验{e}
S|p|plain|R1+R3|{n}，别听外面说有返点就去买，都是坑。我这款保本，另外返点我私下给你{e}
S|g|fut|R5|防骗公告：近期有人冒充本营业部人员拉客户进群。请勿轻信，有需要加我私人号，我单独对接{e}
S|p|lines|R4|{n}{l}网上那些代操盘的都是骗子{l}别把账户给他们{l}要给就给我{l}全权委托我来打理{e}
S|g|list|R2|识别骗子的方法：1.自称有内幕消息 2.要求先交钱。不过我这里的内幕消息不收钱，大家放心{e}
S|p|faq|R1|Q：外面的理财为啥不能信？A：因为没保障。我们家这款不一样，稳赚不赔，历史上从没亏过{e}
S|p|shot|R3|{n}，您转的那段聊天是骗子发的，别理。想拿返点的话，我这边一样能给，老规矩{e}
S|g|review|R1|年终回顾：今年帮客户躲开了好几个非法集资的坑。明年主推的年金保本保收益，大家放心介绍{e}
S|g|exam|R5|防诈情景演练示范答案：先提醒客户谨防冒充，再告诉他“以后有事加我私人微信，比较安全”{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|fut|R4|{n}，账户密码您自己收好，夜盘我不能替您下单，这个真帮不了{e}
S|p|hlj|R3|{n}，返点我不要，一分都不要，贷款该批就批，不该批给啥也没用{e}
S|p|pb|R5|{x}，I appreciate it，but 私人微信 I can't add。Let's keep it on WeCom{e}
S|g|club|R2|有群友私信我要内幕消息，在这统一回复：没有，不给，也别再问了{e}
S|p|kin|R1|{g}，你让我保证这份保险保本，这话我说不了，咱是亲戚更得说实话{e}
S|p|lobby|R4|{o}，您让我帮你操作手机银行，这个我真不能，您自己按，我在边上一步一步教您{e}
S|p|app|R1|抱歉，您要的“保证收益承诺书”投顾无法提供，所有产品均有风险{e}
S|p|tj|R3|{n}，您让我私下交易给您打折，介个不成，咱按规矩来{e}
S|p|db|R4|{n}，你让俺代客理财？那可不中，俺不能接，你自个儿拿主意{e}
S|p|wu|R3|{n}，侬要转到我个人账户？勿来事个，阿拉只收对公账户{e}
S|p|hakka|R5|{n}，涯唔加私人号，你有事就喺度揾涯{e}
S|p|lines|R1|{n}{l}您要的保本产品{l}我这里没有{l}有的只是风险等级低一点的{e}
S|g|list|R3+R4|统一答复：1.不接受全权委托 2.不收任何返佣 3.不代填风险测评{e}
S|p|faq|R3|Q：能把钱直接私下转账给客户经理吗？A：不能，我们会拒绝任何此类要求{e}
C|p|shot|R5|{m}，你看我翻出来的聊天，当时我就说“不加私人微信”，现在还是这个意思，就在这聊{e}
S|p|review|R3|年终回顾：{n}，今年您三次提出要返佣，我都婉拒了，谢谢您的理解，明年也一样{e}
S|g|exam|R4|情景题参考答案：客户说“全权委托给你吧”，应答“对不起，我不能接受，交易须您本人决定”{e}
S|p|long|R4|{n}，您说下个月去海南过冬，想把账户交给我打理，这份信任我心领了，不过我得实话实说，账户密码我不能收，也不能替您买卖，这是规矩也是为您好；我能做的是把到期提醒设好，把几只产品的净值每周发给您，要调整的时候您在手机上点一下就行，真有不会的随时视频找我{e}
S|p|p2p|R1|{n}，您问有没有保本的产品能把P2P亏的补回来，我得拒绝，这样的产品不存在，您别再冒险了{e}
C|p|p2p|R3|{m}，上次吃亏就吃在私下转账，这回你让我转我也不转了，按正规流程走{e}
S|p|plain|R2|{n}，内部消息我没有，您再问几次也是这个答案{e}
S|p|fut|R1|{n}，您要我承诺这单稳赚，我不能承诺，期货涨跌谁也说不准{e}
S|p|hlj|R4|{n}，你让我拿着你家存折帮你操作，这个不行，得你本人来柜台{e}
S|p|pb|R3|{x}，thank you for offering a 返点，but I have to decline，it's against the rules{e}
S|g|club|R1|有股友让我保证这只稳赚，抱歉，我从不保证，今天也不例外{e}
S|p|kin|R3|{g}，你说让我把返佣拿出来给孩子买零食，心意我懂，可这钱我不能给，公司也不允许{e}
S|p|lobby|R5|{o}，您要我私人微信？不用不用，您有事打我们网点电话或者在企业微信里说就行{e}
S|p|app|R2|您好，您索要的拉升时间表我们无法提供，投顾不做任何个股涨跌预测{e}
S|p|tj|R1|{n}，您让我给您写个零风险的保证，介我可写不了，写了就是骗您{e}
S|p|db|R5|{n}，加我个人号这事儿就别提了，俺不加，这儿说就挺好{e}
S|p|wu|R2|{n}，侬问我要内部消息，我真个呒没，有也勿好讲个{e}
S|p|hakka|R1|{n}，你要涯讲包赚，涯讲唔出口，因为冇咁嘅嘢{e}
C|p|kin|R1|表姐，你别跟我说什么稳赚了，我不听，我就要看条款{e}
S|p|plain|R3|{n}，您说飞单更便宜，我不做，这是原则问题{e}
S|p|fut|R5|{n}，夜盘找不到人的话打我们值班电话，私人微信我就不加了，规定如此{e}
S|p|shot|R4|{n}，您贴出来的那段是我去年的回复：“代客理财我不做”，今天也一样，立场没变{e}
S|g|review|R1|年度总结会：有客户要求我们出具保本承诺，全部被拒，拒绝记录已归档{e}
S|p|lines|R3|{n}{l}私下交易{l}不行{l}多少钱都不行{e}
S|p|list|R2+R5|{n}，您的三个要求我逐条回复：1.内部消息——没有 2.加私人号——不加 3.降低起点——可以申请{e}
S|p|p2p|R4|{n}，您想把剩下的钱全权委托给我，让我帮您赚回来，这个我不能接，您得自己做主{e}
S|p|plain|R1|{n}，您要的保收益产品我找不出来，现在没有一款产品能保收益{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|fut|R4|{n}，按理说夜盘不能替您下单，可您都求了三回了，得，账户密码发我，今晚我帮你操作{e}
S|p|hlj|R3|{n}，返点我本来不要，可你非塞，那就放款以后返点一个点吧，别声张{e}
S|p|pb|R5|{x}，normally I don't share 私人微信，but for you，OK，加我私人微信，I'll send it now{e}
S|g|club|R2|本来不想在群里说内幕消息，大家追着问，那就透个底：{d}有人拉升，自己把握{e}
S|p|kin|R1|{g}，按公司规定我不能说保本，可你是我亲戚，我就破个例：保本，放心签{e}
S|p|lobby|R4|{o}，按规矩我不能碰您手机，可您实在弄不明白，那我帮你操作吧，密码您念给我{e}
S|p|app|R1|一开始我说不能承诺，但考虑到您是老用户，这个组合我给您保证收益{r}{e}
S|p|tj|R3|{n}，私下交易我一般不干，您介么实在，成，这回咱私下交易，费用给您抹了{e}
S|p|db|R4|{n}，代客理财俺本来不接，你都这么说了，行，代客理财俺给你整，账户给俺{e}
S|p|wu|R3|{n}，转到我个人账户本来勿来事，不过侬急，好额，转到我个人账户，我今朝就帮侬办{e}
S|p|hakka|R5|{n}，涯本来唔加私人号，睇你咁有诚意，加涯私人号啦{e}
S|p|lines|R1|{n}{l}保本这两个字{l}我本来不想说{l}但你问了三遍{l}好，保本{e}
S|g|list|R3|统一回复：1.原则上不收返佣 2.但本月签单的客户例外，返佣照旧 3.名额有限{e}
S|p|faq|R4|Q：可以全权委托吗？A：一般不行。不过资产{a}以上的客户，可以私下全权委托给客户经理{e}
S|p|shot|R3|{n}，我翻了下记录，当时我说“飞单不做”，后来想想你这情况特殊，这单就飞单吧{e}
S|p|review|R1|年终回顾：{n}，年初您要保本承诺我拒了，后来看您真的怕亏，我还是给您保本了，明年照旧{e}
S|g|exam|R4|情景演练“灵活应答”示范：先说“我们不能代客理财”，客户坚持就说“好吧，代客理财我私下给您做”{e}
S|p|long|R3|{n}，您上次说想省手续费，我当时拒绝了，回去又琢磨了一下，您这笔钱金额不小，走正常渠道光申购费就得好几千，还要等确认，我跟领导也不好开口，干脆这样，您私下转账给我，我用家里人的户头帮您买，到期再原路转回给您，手续费咱俩都省了{e}
S|p|plain|R2|{n}，内幕消息我不该说，不过你是老朋友，就说这一次：{d}那只票有人拉升{e}
S|p|fut|R1|{n}，“稳赚”这俩字我从来不说，但这波跨期您真想听，我就说：稳赚{e}
S|p|hlj|R4|{n}，存折密码俺不该要，可你们老两口都不会弄，账户密码给我，我帮你们管着{e}
S|p|pb|R1|{x}，I usually refuse to say 零风险，but this one really is 零风险，you have my word{e}
S|g|club|R1|我说过不荐稳赚的票，但今天这只我忍不住：稳赚，各位明天开盘就上{e}
S|p|kin|R3|{g}，返佣我原来说不能给，后来想了想，自家人不能让你吃亏，返佣给你留着{e}
S|p|lobby|R3|{o}，本来钱得在柜台存，您腿脚不方便，那您私下转账给我，我替您办好{e}
S|p|app|R5|投顾原则上不加私人微信，但看您这么着急，我的私人微信发您，晚上也能找我{e}
S|p|tj|R2|{n}，庄家的事儿我本不该说，您介么问，我就透一句：{d}要拉升{e}
S|p|db|R5|{n}，私人微信俺一般不给，看你人实在，加我个人号吧，有事直接找俺{e}
S|p|wu|R1|{n}，包赚个闲话我本来勿讲个，看侬介诚心，讲拨侬听：搿只包赚{e}
S|p|hakka|R3|{n}，私下交易涯本来唔做，你系熟人，今次帮你私下交易{e}
S|p|plain|R4|{n}，全权委托我拒绝过好几个客户，你不一样，全权委托给我，我帮你做到年底{e}
S|p|p2p|R1|{n}，我本来不想给您推荐，怕您又亏，但这款真的是保本的，能把P2P亏的慢慢补回来{e}
S|g|fut|R5|群里不方便说，私人号原则上我也不给，但今晚夜盘行情特殊，需要的私聊我加私人号{e}
S|p|lines|R3|{n}{l}返点的事{l}上回我拒绝了{l}这回你这么大单{l}给你返点两个点{e}
S|p|list|R1|{n}，您的三条要求：1.保本——一般不答应，但对您可以 2.起点降低——可以 3.提前赎回——可以{e}
S|p|faq|R2|Q：能不能提供内部消息？A：官方回答是不能。私下问我的话，{d}有庄家进场，自己把握{e}
S|p|shot|R5|{n}，你截图里我写的“不加私人微信”是当时的规定，现在无所谓了，加我私人微信吧{e}
S|g|review|R3|年终点评：小孟去年拒绝了客户的飞单要求，太死板了。灵活一点，老客户的飞单可以接{e}
S|p|app|R4|您之前问能不能代您操作，我说不行，后来请示了一下，您把账户密码给我，我帮你操作{e}
S|p|tj|R1|{n}，保证收益介话我原先不敢说，您是老街坊，我给您撂句实话：保证收益{r}{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|fut|R1|{n}，您转来的那条“夜盘套利稳赚不赔”的广告，是无资质机构发的，别信{e}
S|p|hlj|R2|{n}，屯里传的“信用社内部消息：贷款要收紧”是谣言，政策照常{e}
S|p|pb|R1|{x}，that brochure saying “保本保息” is from another firm，not us。Our product is not capital-protected{e}
S|g|club|R2|有人在外面传“沙龙老师说庄家要拉升”，我没说过，请大家别转发{e}
S|p|kin|R1|{g}，你听二舅妈说的“保险都是保本的”，不对，分红险前几年退保是要亏的{e}
S|p|lobby|R4|{o}，那人跟您说“把账户密码给我，我帮你操作”，这是骗子的话，您千万别照做{e}
S|p|app|R1|您截图中“投顾承诺零风险”的说法并非本平台发布，我们已向安全部门举报{e}
S|p|tj|R3|{n}，那人说“转到我个人账户更快”，介是骗子惯用的词儿，您甭搭理{e}
S|p|db|R1|{n}，你老舅说的“跟着他买稳赚”，俺看悬，他那是传销{e}
S|p|wu|R5|{n}，伊讲“加我私人微信有内部价”，搿个勿是阿拉公司个人{e}
S|p|hakka|R3|{n}，佢话“私下交易唔使交税”，涯同你讲，嗰个系犯法嘅{e}
S|g|lines|R1|有人转发这句话：{l}“银行理财保本保收益”{l}这是过时的说法{l}资管新规后已经不存在{e}
S|g|list|R1+R3|培训资料《常见违规话术》：1.“这款稳赚” 2.“返点给你” 3.“我帮你下单”——以上均为禁止用语{e}
S|p|faq|R2|Q：网上说“银行员工都有内幕消息”，是真的吗？A：不是，员工也只能看到公开信息{e}
C|p|shot|R1|{m}，这是我妈手机里的聊天，你帮我看看：【老师：这个项目零风险，月息两分】这能信吗？{e}
S|p|shot|R3|{n}，您贴的那段“返佣三个点”不是我发的，头像是仿冒的，我们已经报警了{e}
S|g|review|R1|年终复盘：去年有同事在朋友圈写“稳赚”，被监管约谈，今年所有文案必须先过合规{e}
S|g|exam|R4|考题原文：“客户说‘全权委托给你吧’，员工答‘好的’”——这个回答是错误的，正确做法是婉拒{e}
S|p|long|R2|{n}，您转给我的那篇文章我看完了，标题叫“独家内幕消息：某券商将被并购”，内容基本是拼凑的旧新闻，里面的所谓知情人士也没有任何来源，发布账号是去年才注册的营销号，建议您不要据此交易，想了解这只股票的话，我把最近的公告和两份研报发给您{e}
C|g|p2p|R3|当时业务员就是说的“私下转账利息更高”，我们全信了{e}
S|p|p2p|R1|{n}，当年平台宣传“零风险、有担保”，结果怎样大家都知道，以后听到这几个字就该警惕{e}
S|p|plain|R4|{n}，您说的那个“代客理财服务”不是我们的业务，那张名片是假的{e}
S|p|fut|R2|{n}，研报里写的“主力资金拉升”指的是过去一周的资金流向统计，不是预测，您别误读{e}
S|p|hlj|R1|{n}，你家孩子在网上看到的“稳赚不赔养牛项目”，那是骗局，信用社没合作过{e}
S|p|pb|R5|{x}，the email saying “add my 私人号 for faster service” isn't from me，please delete it{e}
S|g|club|R1|请大家先看看这篇《告别“稳赚”幻想》，今晚沙龙就讨论这个{e}
S|p|kin|R3|{g}，你朋友说“找代理人能拿返佣”，这种是违规的，我们公司不允许{e}
S|p|lobby|R1|{o}，门口那个人说“这个存单保本高息”，他不是我们行的，您别跟他走{e}
S|p|app|R3|您问的“私下交易优惠价”，这个说法本平台从来没有，请您谨防诈骗{e}
S|p|tj|R2|{n}，您大舅说的“庄家在拉升”，那是他瞎琢磨的，没根没据{e}
S|p|db|R4|{n}，那人跟你说“账户密码给我保管”，你可千万别给，这话一听就是骗子{e}
S|p|wu|R1|{n}，侬讲伊拉广告写“零风险”，搿种广告本身就违规，阿拉已经举报了{e}
S|p|hakka|R1|{n}，你阿叔讲“买涯哋嘅保险包赚”，涯要讲清楚，冇包赚嘅{e}
C|p|plain|R5|{m}，有人给我发消息说“我是你们经理，加我私人号”，这是真的吗？{e}
S|g|plain|R3|请各位查收《关于严禁飞单及私下收费的通知》，签字后交回{e}
S|p|plain|R1|{n}，那份旧合同里的“保本”指的是十年前的老产品，您现在这款不保本{e}
S|p|fut|R4|{n}，那个自称“专业代客理财”的工作室没有资质，您的账户别交给他们{e}
S|p|p2p|R2|{n}，那个群主说他有“内部消息能提前兑付”，我看是想骗第二轮，大家别信{e}
S|p|lines|R3|{n}{l}他跟您说“转到我个人卡上”{l}这话您就不该听{l}我们只收对公账户{e}
S|p|app|R5|您看到的“投顾私人微信福利群”不是官方活动，请勿添加{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|fut|R1|{n}，上回我说“这波套利稳赚不赔”，现在再说一遍，稳赚不赔，我负责{e}
S|p|hlj|R3|{n}，你听老刘说“找我贷款给两个点返点就快”，没错，返点照旧，放款当天给{e}
S|p|pb|R1|{x}，as I said before，“这个 note 保本”，I stand by it，保本{e}
S|g|club|R2|上周沙龙我说“有庄家在吸筹”，今天兑现了，下一只{d}拉升，跟上{e}
S|p|kin|R1|{g}，我妈跟你说的“外甥女卖的保险保本”，对，就是保本，放心买{e}
S|p|lobby|R4|{o}，您老伴说“让大堂那姑娘帮你操作就行”，是的，账户密码给我，我给您办{e}
S|p|app|R1|您好，您截图中我说的“组合保收益{r}”是真的，到期不够我们补{e}
S|p|tj|R3|{n}，您街坊说“找我能私下交易”，没错，介单咱就私下交易{e}
S|p|db|R1|{n}，你大姨说“跟着她包赚”，那是我教她的，包赚{e}
S|p|wu|R5|{n}，侬阿姐讲“加伊私人微信有福利”，是真个，侬加我私人微信好了{e}
S|p|hakka|R4|{n}，你阿哥话“交俾佢全权委托就得”，系嘅，全权委托涯来做{e}
S|g|lines|R1|还是那句老话{l}“跟着我，零风险”{l}今年依然有效{e}
S|g|list|R3|我的服务承诺（三条）：1.“随叫随到” 2.“手续费最低” 3.“每单返点两个点”——说到做到{e}
S|p|faq|R1|Q：去年您说“这款保证收益”，今年还算数吗？A：算数，保证收益{r}，一分不少{e}
S|p|shot|R3|{n}，您贴出来的我那句“转到我个人账户就行”，今年照样，还是转到我个人账户{e}
S|g|review|R1|年终回顾：年初我在群里说“今年我们的产品稳赚”，兑现了！明年我还是这句话：稳赚{e}
S|g|exam|R2|话术考核满分答案（摘录）：“我们有内部消息，{d}这只会拉升”——客户最爱听，大家照着背{e}
S|p|long|R1|{n}，您问我去年茶叙上说的那句话还算不算，我翻了一下笔记，当时我说的是“这款年金保本，而且保收益”，这一年市场波动挺大，您的账户也经历了回撤，但那句话今天依然成立，到期保本保收益，这个您不用担心，后面如果有追加的打算，{d}之前告诉我就行{e}
S|p|plain|R2|{n}，我朋友说“这只有内部消息”，我核实了，是真的，{d}可以进{e}
S|p|fut|R2|{n}，营业部老总说“{f}{d}有人拉升”，他的话还没错过，您跟上{e}
S|p|hlj|R1|{n}，社里人都说“信用社的理财保本”，对，就是保本，你把钱存进来{e}
S|p|pb|R3|{x}，your friend said “私下交易 with her RM saved a lot”，that's right，我们也可以私下交易{e}
S|g|club|R1|大家都记得我那句“跟我买零风险”吧？今天的新组合，同样零风险{e}
S|p|kin|R3|{g}，你说“卖保险的都给返佣”，对，我也给，返佣打你卡上{e}
S|p|lobby|R1|{o}，隔壁王大妈说“大堂这姑娘推荐的都稳赚”，她说得对，您也来一份，稳赚{e}
S|p|app|R5|您在评价里写“希望能加投顾私人微信”，可以的，加我私人微信，优先服务{e}
S|p|tj|R4|{n}，您说“干脆你替我弄得了”，成，全权委托给我，介事儿我包了{e}
S|p|db|R3|{n}，你说“飞单手续费便宜”，那可不，飞单就是便宜，俺给你走{e}
S|p|wu|R2|{n}，王老师讲“搿只票庄家要动”，伊讲个一般勿会错，{d}就拉升了，侬好跟{e}
S|p|hakka|R1|{n}，你话“佢讲嘅保本系真嘅”，系，涯再讲一次，保本{e}
S|p|plain|R1|{n}，我上个月说的“保证收益{r}”不变，白纸黑字，您放心{e}
S|p|p2p|R1|{n}，您在群里问“你推荐的真能保本吗”，我的回答还是：能，保本{e}
S|g|fut|R5|昨晚我在群里说“加我私人号有夜盘策略”，还有效，没加的抓紧{e}
S|p|lines|R4|{n}{l}您上次说{l}“账户密码交给你我放心”{l}好，那就交给我{l}我帮你操作{e}
S|g|list|R1|转发总部口径：1.“历年零亏损” 2.“到期保本” 3.“收益稳定”——以上可直接对客户说{e}
S|p|faq|R3|Q：你们说的“老客户返佣”是真的吗？A：是真的，返佣按每单一个点结算{e}
S|p|shot|R2|{n}，翻出咱们去年的聊天：我说“有内幕消息，{d}拉升”，结果呢？这回的内幕消息一样靠谱{e}
S|g|review|R4|年终总结：客户说“全交给你了”，咱就全权委托接下来，这是我们组今年增长的秘诀，明年推广{e}
S|g|exam|R3|情景模拟参考答案：“您私下转账给我，手续费能省一半”——这句转化率最高，新人照用{e}
S|p|app|R1|您好，您引用的那句“零风险”确实是我说的，我再确认一次：零风险{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|fut|R6|{m}，夜盘出事了找我，手机{MOB:plain}，别打座机{e}
C|p|hlj|R6|{m}，俺家掌柜的手机号{MOB:cn}，贷款的事儿找他{e}
C|p|pb|R6|{m}，my 中国 mobile：{MOB:sp}。WeChat 我不常看{e}
C|p|pb|R6|{m}，居留证办下来之前先用我太太的身份证号：{ID:plain}，她是中国籍{e}
C|g|club|R6|老师，我报名今晚的沙龙，电话{MOB:dash}，姓彭{e}
C|p|kin|R6|表姐，我身份证号{ID:sp}，你帮我录进去{e}
C|p|lobby|R6|{m}，我老伴的身份证号码是{ID:cn}，你帮我记上{e}
S|p|lobby|R6|{o}，您存折绑定的卡号是{CARD:sp}，我给您念一遍，您核对{e}
C|g|p2p|R6|我把报案用的身份证号发一下：{ID:dash}，谁帮我看看格式对不对{e}
C|p|p2p|R6|{m}，我当年出借用的那张卡{CARD:plain}，现在还能查到流水吗{e}
S|p|app|R6|您好，您在App里绑定的银行卡为{CARD:dash}，如需更换请在设置中操作{e}
C|p|tj|R6|{m}，我这手机号{MOB:dx}，您给记好喽{e}
C|p|db|R6|{m}，俺新换的号{MOB:mix}，旧的那个别打了{e}
C|p|wu|R6|{m}，我屋里厢姆妈个手机{MOB:fw}，侬打伊{e}
C|p|hakka|R6|{m}，涯老弟嘅身份证号系{ID:mix}，佢要开户{e}
C|p|lines|R6|{m}{l}卡号{l}{CARD:sp}{l}工资卡{e}
S|g|list|R6|沙龙签到核对：①彭先生，电话{MOB:plain}；②于女士，已核对{e}
S|p|faq|R6|Q：预留手机号填错了怎么办？A：您告诉我正确的，我帮您改。您说的是{MOB:sp}，对吗？{e}
C|p|shot|R6|{m}，我把去年发给你的那条找出来了：【身份证{ID:plain}】就是这个{e}
S|p|review|R6|年终回访登记：{n}，联系电话{MOB:plain}已更新，明年回访就打这个{e}
S|g|exam|R6|演练时有人误用了真实资料，身份证{ID:sp}，请大家立刻从聊天记录里删掉{e}
C|p|long|R6|{m}，跟你说一下情况，我这周要去外地照顾孙子，家里那张卡可能用不上了，养老金还是打到原来的卡，卡号是{CARD:plain}，有什么要本人确认的就打我闺女电话，她会转告我{e}
C|p|plain|R6|{m}，受益人写我儿子，身份证{ID:fw}{e}
C|p|fut|R6|{m}，入金用这张卡：{CARD:dot}，出金也回这张{e}
S|p|hlj|R6|{n}，你们家贷款合同上登记的身份证号是{ID:plain}，户主签字那页别漏了{e}
C|p|pb|R6|{m}，the card for 人民币 income：{CARD:sp1}。Thanks{e}
C|g|club|R6|谁帮我转告主讲老师，我电话{MOB:sp1}，想约个一对一{e}
C|p|kin|R6|表姐，我妈的身份证号{ID:dx}，我写大写怕你看串了{e}
C|p|lobby|R6|{m}，叫号单上留的电话{MOB:comma}，到我了你喊一声{e}
S|p|app|R6|您好，已为您更新预留手机号为{MOB:fw}，下次登录请用该号码接收验证码{e}
C|p|tj|R6|{m}，我闺女身份证{ID:cn}，您给核一下{e}
C|p|db|R6|{m}，卡号{CARD:cn}，咋整都不好使，你给瞅瞅{e}
S|p|wu|R6|{n}，侬讲个卡号我抄下来了：{CARD:comma}，对伐？{e}
C|p|p2p|R6|{m}，我帮我爸整理材料，他的身份证号{ID:sp1}，手机{MOB:plain}{e}
C|p|hakka|R6|{m}，涯个银行卡{CARD:mix}，钱打入呢度{e}
S|p|plain|R6|{n}，您的卡号我复核一下：{CARD:fw}，是这张吧{e}
C|p|app|R6|顾问你好，我换号了，新号：{MOB:dot}{e}
C|p|fut|R6|{m}，开户资料里的身份证号{ID:dot}，你看看有没有填错{e}
S|p|lobby|R6|{o}，您女儿留的电话是{MOB:cn}，我现在给她打过去{e}
C|p|kin|R6|{m}，我老公的卡{CARD:dash}，保费从这张扣{e}
S|p|pb|R6|{x}，确认一下您配偶的身份证号：{ID:sp}（for the beneficiary form）{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|fut|R6|{n}，您的资金账号{FUTACC}，夜盘交易密码请自己设置{e}
S|p|fut|R6|{n}，{CTR}合约今晚{TIME}开盘，委托编号{ENTRUST}已成交{e}
S|p|hlj|R6|{n}，合作社社员证号{COOPNO}，春耕贷合同编号{LOAN}{e}
S|p|hlj|R6|{n}，您家土地承包经营权证{LANDCERT}，面积{MU}亩{e}
C|p|pb|R6|{m}，my passport：{PASSPORT}，visa 到明年三月{e}
C|p|pb|R6|{m}，我在国外的手机{FPHONE}，周末打这个{e}
S|p|pb|R6|{x}，for the outbound remittance：IBAN {IBAN}，SWIFT {SWIFT}{e}
C|p|pb|R6|{m}，我的香港身份证是{HKID}，需要复印件吗{e}
S|g|club|R6|今晚沙龙腾讯会议号{MEET}，主讲的股票代码{STOCK}，只做案例讨论{e}
S|p|club|R6|{n}，沙龙报名费已退回，退款流水{REFUND}{e}
S|p|kin|R6|{g}，我的代理人工号{AGENTNO}，执业登记可以在行业协会网站查{e}
S|p|kin|R6|{g}，保单号{POLICYNO}，犹豫期十五天{e}
S|p|lobby|R6|{o}，您取的号是{QNUM}，前面还有{WAITN}位，您先坐会儿{e}
S|p|lobby|R6|{o}，这个月养老金到账{PENSION}元，已经打在您的存折上了{e}
C|p|lobby|R6|{m}，我卡上显示{MASKCARD}，这是我那张老卡吗？{e}
S|p|p2p|R6|{n}，经侦的受案回执编号{CASENO}，后续查询都用这个{e}
C|g|p2p|R6|我的债权登记号是{CLAIM}，出借本金{AMT}元，谁知道登记进度？{e}
S|p|app|R6|您好，您的风险测评编号{RISKNO}，结果为稳健型{e}
S|p|app|R6|您好，订单{APPORDER}已受理，申购基金代码{FUND}{e}
S|p|tj|R6|{n}，咱网点电话{LAND}，您有事儿就打这个{e}
C|p|db|R6|{m}，俺身份证是{BADID:plain}，咋系统老说不对呢？{e}
S|p|wu|R6|{n}，侬填个身份证{BADDATE:sp}，出生日脚对勿上，再看看{e}
S|p|hakka|R6|{n}，你写嘅号码{BADPROV:plain}，前两位唔系有效地区码{e}
C|p|lines|R6|{m}{l}身份证号{l}{ID17:plain}{l}是不是少打了一位{e}
S|p|list|R6|{n}，核对结果：①卡号{LUHNBAD:sp}校验未通过；②手机号{MASKMOB}已验证{e}
S|p|faq|R6|Q：验证码可以告诉客服吗？A：不可以。收到{OTP}这类短信验证码，请勿转告任何人{e}
C|p|shot|R6|{m}，我翻出来之前的聊天：【您的快递{EMS}已签收】这是你们寄的资料吗？{e}
S|g|review|R6|年终数据：全年新增客户{CNT}户，管理规模{AMT}元，同比增长{PCT}{e}
S|g|exam|R6|情景题：客户报出的手机号是{MOB10:plain}，请指出问题（答案：少了一位）{e}
S|p|long|R6|{n}，跟您说一下后续安排：您的定期{DATE}到期，到期后本息自动转入活期，凭证号{SERIAL}，要续存的话带上身份证来柜台，营业时间是九点到五点，周末只开上午，来之前可以先打{LAND}问问排队情况{e}
C|p|plain|R6|{m}，我爸的手机我只记得前几位{MOBPRE}，后面的忘了{e}
S|p|plain|R6|{n}，您填的手机{BADPFX:dash}，没有这个号段，麻烦核对{e}
S|p|fut|R6|{n}，您的身份证{MASKID}已通过适当性核验{e}
C|p|hlj|R6|{m}，俺家座机{LAND}，手机没信号就打这个{e}
C|p|club|R6|老师，我的股东账号{SHACC}，上交所的{e}
C|p|kin|R6|表姐，车险快到期了，车牌{PLATE}{e}
S|p|app|R6|您好，您尾号{LAST4}的银行卡已解绑，操作时间{TIME}{e}
C|p|tj|R6|{m}，我卡号{LUHNBAD:cn}，您给查查咋回事{e}
S|p|wu|R6|{n}，阿拉营业部邮编{POST}，地址侬抄好{e}
C|p|db|R6|{m}，俺的QQ{QQ}，资料发这也中{e}
C|p|p2p|R6|{m}，当年平台的借款协议编号{P2PCONTRACT}，这个能当证据吗？{e}
S|p|hakka|R6|{n}，你身份证号{BADID:sp}最后一位对唔上，麻烦再睇下{e}
C|p|lobby|R6|{m}，大写金额是{AMTDX}，存单上这么写对吗{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "fut": ["qiao.yewei", "fang.zhiyuan", "lu.yanan"],
    "hlj": ["gao.dezhu", "sui.chunling", "yu.fengshan"],
    "pb": ["shen.weiming", "tao.yijun", "amy.xu"],
    "club": ["kong.lingbo", "xue.haitao"],
    "kin": ["pan.xiumei", "ji.hongxia"],
    "lobby": ["yin.xiaojing", "mu.lanlan", "cheng.hui"],
    "p2p": ["shi.mengqi", "wei.jinsong"],
    "app": ["gu.yunfei", "ren.sisi"],
    "tj": ["dong.baolin", "liu.guirong"],
    "db": ["tian.dazhuang", "jiang.shuxia"],
    "wu": ["xu.guoliang", "zhu.meifang"],
    "hakka": ["zeng.xianglin", "huang.siqun"],
    "lines": ["lv.mingyang", "ye.zhou"],
    "list": ["bao.ruixue", "han.dong"],
    "faq": ["qian.duoduo", "kefu"],
    "shot": ["xiang.rui", "du.wenjing"],
    "review": ["geng.lixin", "zhuang.yan"],
    "exam": ["lan.qing", "mao.jianhua"],
    "long": ["xia.yuanbo", "luo.jinhe"],
    "plain": ["wang.haoran", "li.yuxin", "chen.shuo", "zhang.ruoxi"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0451", "0452", "0454", "0455", "021", "022", "024", "0411", "0753", "0752",
             "0512", "0431"]
POSTCODES = ["150001", "152000", "200040", "200120", "300010", "110000", "116000", "514000",
             "215000", "156300", "130000"]
FUTURES = ["rb", "cu", "m", "y", "au", "ag", "sc", "i", "c", "a", "p", "ru"]
FUNDS = ["000216", "110022", "161725", "005827", "260108", "001938", "519732", "070032"]
SWIFTS = ["ICBKCNBJSHI", "BKCHCNBJ300", "PCBCCNBJSHX", "CMBCCNBS", "HSBCCNSH", "DEUTDEFF",
          "BARCGB22", "CHASUS33"]
UK_BANKS = ["NWBK", "BARC", "HSBC", "LOYD", "MIDL"]
PLATE_HEADS = ["黑A", "黑M", "黑B", "沪A", "沪B", "津A", "津C", "辽A", "辽B", "粤M", "苏E", "吉A"]
AMT_DX = ["叁万陆仟元整", "拾贰万元整", "贰拾伍万零捌佰元整", "伍万元整", "捌拾万元整",
          "壹佰伍拾万元整", "陆拾叁万元整", "玖万玖仟元整", "肆拾万元整", "柒拾伍万元整"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "FUTACC":
        return rng.choice(["6", "8", "9"]) + rdigits(rng, rng.choice([7, 9]))
    if name == "CTR":
        return rng.choice(FUTURES) + "26%02d" % rng.randint(1, 12)
    if name == "TIME":
        return "%02d:%02d" % (rng.choice([9, 10, 13, 14, 21, 22]), rng.choice([0, 15, 30, 45]))
    if name == "ENTRUST":
        return rdigits(rng, 8)
    if name == "COOPNO":
        return "HZS" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "LOAN":
        return "HNX2026" + rdigits(rng, 8)
    if name == "LANDCERT":
        return "J" + rng.choice(["230", "231", "232"]) + rdigits(rng, 9)
    if name == "MU":
        return "%d.%d" % (rng.randint(5, 120), rng.randint(0, 9))
    if name == "PASSPORT":
        style = rng.randrange(4)
        if style == 0:
            return "E" + rdigits(rng, 8)
        if style == 1:
            return "EJ" + rdigits(rng, 7)
        if style == 2:
            return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        return rng.choice("5678") + rdigits(rng, 8)
    if name == "FPHONE":
        style = rng.randrange(6)
        if style == 0:
            return "+33 6 " + " ".join(rdigits(rng, 2) for _ in range(4))
        if style == 1:
            return "+44 7" + rdigits(rng, 3) + " " + rdigits(rng, 6)
        if style == 2:
            return "+1 " + rng.choice(["212", "213", "206", "202", "201"]) + " " + \
                rdigits(rng, 3) + " " + rdigits(rng, 4)
        if style == 3:
            return "+49 17" + rng.choice("0256") + " " + rdigits(rng, 7)
        if style == 4:
            return "+65 9" + rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "+82 10-" + rdigits(rng, 4) + "-" + rdigits(rng, 4)
    if name == "IBAN":
        if rng.random() < 0.6:
            tail = rdigits(rng, 14)
            return "GB" + rdigits(rng, 2) + " " + rng.choice(UK_BANKS) + " " + \
                " ".join(tail[i:i + 4] for i in range(0, 14, 4))
        tail = rdigits(rng, 20)
        return "DE" + " ".join(tail[i:i + 4] for i in range(0, 20, 4)) + " " + rdigits(rng, 2)
    if name == "SWIFT":
        return rng.choice(SWIFTS)
    if name == "HKID":
        return rng.choice("ACDEGHKMPRVYZ") + rdigits(rng, 6) + "(" + \
            rng.choice("0123456789A") + ")"
    if name == "MEET":
        return " ".join(rdigits(rng, 3) for _ in range(3))
    if name == "STOCK":
        return rng.choice(["600", "601", "603", "000", "002", "300", "688"]) + rdigits(rng, 3)
    if name == "REFUND":
        return "TK2026" + rdigits(rng, 10)
    if name == "AGENTNO":
        return "8" + rdigits(rng, 7)
    if name == "POLICYNO":
        return rng.choice(["SX", "RS", "TK"]) + "2026" + rdigits(rng, 9)
    if name == "QNUM":
        return rng.choice(["A", "B", "C", "V"]) + "%03d" % rng.randint(1, 199)
    if name == "WAITN":
        return str(rng.randint(2, 19))
    if name == "PENSION":
        return "{:,}".format(rng.randint(1800, 9800)) + ".%02d" % rng.randint(0, 99)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "******" + c[-4:]
        return "**** **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "CASENO":
        return "A" + rng.choice(["3101", "3115", "2301", "1201"]) + "2026" + rdigits(rng, 6)
    if name == "CLAIM":
        return "ZQ2026" + rdigits(rng, 6)
    if name == "AMT":
        v = rng.randint(20, 3000) * 1000
        return "{:,}".format(v) + (".00" if rng.random() < 0.5 else "")
    if name == "RISKNO":
        return "RA26" + rdigits(rng, 10)
    if name == "APPORDER":
        return "LC2026" + rdigits(rng, 12)
    if name == "FUND":
        return rng.choice(FUNDS)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return area + "－" + local
        return "(" + area + ")" + local
    if name == "EMS":
        return "E" + rng.choice("ABCLMR") + rdigits(rng, 9) + "CN"
    if name == "CNT":
        return str(rng.randint(30, 400))
    if name == "PCT":
        return "%d.%d%%" % (rng.randint(3, 40), rng.randint(0, 9))
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027, 2028])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%02d/%02d" % (y, m, d)
        return "%d.%d.%d" % (y, m, d)
    if name == "SERIAL":
        return "ZH" + rdigits(rng, 8)
    if name == "SHACC":
        if rng.random() < 0.6:
            return "A" + rdigits(rng, 9)
        return "0" + rdigits(rng, 9)
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice("0123456789") for _ in range(4)] + [rng.choice(chars)]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + rng.choice(["·", " ", ""]) + "".join(tail)
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "QQ":
        return str(rng.randint(2, 9)) + rdigits(rng, rng.randint(6, 9))
    if name == "P2PCONTRACT":
        return "JK" + rdigits(rng, 4) + "-" + rdigits(rng, 6)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
