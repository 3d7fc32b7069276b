#!/usr/bin/env python3
"""Blind held-out evaluation set 35 ("heldout35") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly three files of the repository and nothing else:
``scripts/evasion_blind_common.py`` (the shared machinery, read in full),
``scripts/evasion_heldout22.py`` (the format model: its structure was copied, none of its
sentences) and ``scripts/eval_categories.sh`` (to wire the set in).  The author never opened,
listed or searched any other file (no scanner code, rule files, tests, docs, archives or other
evaluation sets), ran no scanner, ``scrm`` or ``cargo`` command, ran no git command other than
the single final commit adding this file, and searched nothing (no web or code search).  Every
template below was written from general knowledge of how Chinese-speaking financial sales
staff (banks, brokers, fund companies, insurers, wealth managers, gold dealers, consumer-finance
lenders) and their customers talk on WeCom (企业微信).  The set exists to measure how well the
scanner generalises: do not tune the scanner to it, do not add it to any training data, and
run it once.

Voices and settings
-------------------
A county rural commercial bank's loan officer talking to farmers and small shopkeepers about
credit lines, guarantors and fees; Henan-flavoured colloquial speech (俺, 恁, 中, 弄啥嘞, 得劲)
and Shandong-flavoured speech (俺, 恁, 寻思, 杠好); a Hong Kong insurance broker selling savings
and dividend policies to mainland visitors crossing at Shenzhen, partly in Cantonese; a
Vancouver-based service desk for overseas Chinese clients with mainland accounts (both of these
prefer traditional characters); a fund company's roadshow team following up with channel
clients; a gold and precious-metals dealer (bars, accumulation accounts, buy-back prices); a
car-loan and consumer-finance salesperson at a dealership; a group of retired teachers and
the staff who look after them; a securities "investment advisor" following up after a
livestream; customers forwarding screenshots as OCR text; weekly team briefings and reviews
posted in groups; compliance quiz answers; long voice-input messages without punctuation;
plain Mandarin staff and customers.

Hard cases
----------
In every keyword category: rhetorical questions that assert or urge a violation versus
questions that reject one; prohibitions that are followed by the violation itself, or a
prohibition without any keyword next to a separate real violation (labelled with the
violation only); warnings, reminders and reports that carry a violation versus honest risk
warnings and reports to compliance; refusals, including refusals that cave (hits) and
refusals of something else followed by the violation; quotations of other people's claims
in order to reject them (near misses) versus the speaker's own promise quoted back and
confirmed (hits); keywords inside names of files, notices, groups and products (near
misses); customers' questions and complaints (near misses); numbered lists and line-broken
messages with the violation in one line; voice-input run-on messages with the deciding
clause at the end; keywords split by one of the separators ``· -_*.~`` in a minority (more
than 0 and under 15 %) of each keyword category's hits; 25 % of every category in
traditional characters through the one-to-one table of the shared machinery, Hong Kong and
Vancouver messages first.
Numbers: valid mobiles, resident IDs and bank cards in plain digits, Chinese numerals, 大写,
mixed Chinese/Arabic and full-width digits, split by spaces, single spaces, dashes, dots and
commas, inside OCR-style screenshot text and run-on voice input; versus look-alikes: bad ID
check characters, impossible birth dates, bad province codes, 17-digit IDs, Luhn failures,
masked cards, IDs and mobiles, 10-digit and bad-prefix mobiles, the first seven digits of a
mobile, and other kinds of numbers: Hong Kong policy numbers, loan contract numbers, vehicle
identification numbers, licence plates, gold bar serials, buy-back prices, fund and stock
codes, practitioner certificate numbers, Hong Kong and Canadian phones, Henan and Shandong
landlines, Home Return Permit numbers, wire references, interbank clearing codes, securities
account codes, customer numbers, livestream room numbers, amounts in digits, HKD, USD and
大写, dates, loan terms, QQ numbers, tracking numbers and Canadian postcodes.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout35.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h35_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 35_2026_1207
SET_NAME = "heldout35"
MSGID_PREFIX = "h35"
T0 = 1780700000000
SEQ0 = 1400000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("hk", "van")  # Hong Kong and Vancouver messages go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "150",
              "151", "152", "155", "156", "157", "158", "159", "166", "173", "175", "176",
              "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191",
              "193", "195", "198", "199"]
AREAS = ["410102", "410105", "410202", "410302", "410402", "410502", "410702", "410802",
         "411002", "411102", "370102", "370202", "370302", "370602", "370702", "370902",
         "371002", "440304", "440305", "440106", "420106", "320102", "110105", "130102"]
CARD_BINS16 = ["622848", "622202", "621700", "622908", "621226", "625965", "622262",
               "623059", "621483"]
CARD_BINS19 = ["6228480", "6217000", "6221880", "6230590", "6215590", "6217995"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["王叔", "李婶", "张大娘", "刘哥", "老赵", "孙姐", "马老师", "周老板", "郭叔", "杜姐",
          "秦大哥", "宋阿姨", "韩老师", "曹总", "冯婶", "吕哥", "段姐", "任叔", "薛老板",
          "常阿姨"],
    "m": ["小赵", "赵经理", "孟经理", "小宋", "崔主任", "小邱", "邓顾问", "梁生", "何小姐",
          "小牛", "苗经理", "袁老师"],
    "e": ["", "", "", "😊", "👍", "🙏", "😂", "🤝", "🌹", "💰", "👌", "😄", "🔥"],
    "d": ["明早", "周五下午", "月底前", "下周", "今晚", "后天", "这礼拜", "赶集那天",
          "过完节", "开盘前"],
    "a": ["5万", "8万", "10万", "20万", "30万", "50万", "100万", "15万", "3万", "200万"],
    "r": ["3.2%", "3.6%", "4%", "4.5%", "5%", "5.8%", "6%", "6.5%", "8%", "10%"],
    "k": ["小孟", "邓经理", "崔主任", "小邱", "梁生", "苗经理", "小牛", "袁老师"],
    "br": ["\n"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; hk and van prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|hen|R1|{n}，恁寻思寻思，俺给恁推的哪回不是保本的？这回也中，{d}前定下来{e}
S|p|sd|R1|{n}，存银行那点利息够干啥的？这个稳赚不赔，俺还能坑你咋的？{e}
S|p|rcb|R3|{n}，贷款想批得快，返点的事还用我明说？放款那天从{a}里抽两个点给我就中{e}
S|p|hk|R1|{n}，呢张储蓄保单保证收益{r}，你喺内地边度揾得到？仲唔签？{e}
S|g|road|R1|各位渠道的老师，这只固收+我们内部都管它叫稳赚，路演完了还不抢额度？{e}
S|p|gold|R1|{n}，黄金这东西放长了哪有亏的？攒金计划稳赚，您说还等啥？{e}
S|p|auto|R3|{n}，手续费走公司账要多收好几百，私下转账给我不就省了？{d}提车前转过来{e}
S|g|teach|R1|各位老师，您们教了一辈子书，还信不过我？这款养老理财零风险，错过不可惜吗？{e}
S|p|ia|R2|{n}，直播里我没敢明说，私下告诉你：庄家吸筹完了，{d}就拉升，你还不上车？{e}
S|p|voice|R4|{n}你看你天天下地也没空看手机是不是那你把账户密码给我我帮你操作不就省事了吗你说是不是这个理{e}
S|p|plain|R5|{n}，企业微信老是掉线，加我个人号不是更方便吗？{e}
S|g|brief|R3|本周小结：上周老刘那单飞单做得多漂亮，客户省钱咱们多拿，这样的单子大家为啥不学？{e}
S|p|sd|R2|{n}，俺有个同学在券商，内部消息准着呢，你说俺能骗你？{d}前进场{e}
S|p|hen|R4|{n}，恁年纪大了看不清屏幕，全权委托给俺不就得劲了？弄啥嘞还自个儿跑网点{e}
S|p|rcb|R1|{n}，咱农商行自己发的理财还能不保本？您把{a}都挪进来，{d}我给您办{e}
S|p|hk|R5|{n}，返咗内地之后有咩问题，直接加我私人微信咪得啰，使乜再揾公司？{e}
S|p|van|R1|{n}，您在温哥华放定存才几厘，回来买这份年金保本又有分红，何乐而不为？{e}
S|g|ia|R2|直播间的朋友们，我讲过的票哪只没拉升过？今天这只庄家控盘，还犹豫什么？{e}
S|p|auto|R1|{n}，车贷这边配的这款理财零风险，您还担心啥？贷款利息都能抵一半{e}
S|p|gold|R3|{n}，回购金条走店里要扣手续费，咱俩私下交易直接结，不比啥都强？{e}
S|p|teach|R4|{n}，您备课那么认真，理财这种小事交给我代客理财不行吗？何必操这个心{e}
S|p|plain|R1|{n}，我干这行八年了，你见过我推的哪款亏过？这个照样包赚，还等啥{e}
S|p|road|R2|{n}，基金经理路演后跟我们透了内部消息，这个赛道下周就拉升，您说该不该加仓？{e}
S|p|shot|R1|{n}，我刚转您的截图看见没？总行文件都写明保证收益了，这还能有假？{e}
S|p|hen|R3|{n}，恁贷这{a}，返佣给俺一点咋了？谁家不是这个规矩？{e}
S|p|sd|R5|{n}，公司这个号领导天天翻记录，加俺私人号说话不是更自在？{e}
S|p|rcb|R4|{n}，手机银行您又不会弄，账户密码告诉我，我在柜台帮你操作，这有啥不放心的？{e}
S|p|voice|R1|{n}我跟你说这个产品真的是稳赚不赔的你想想咱们认识这么多年我啥时候坑过你对不对你就放心买吧{e}
S|p|plain|R3|{n}，转到我个人卡上我当天就给你办，走对公要等三天，你说哪个快？{e}
S|g|teach|R5|各位老师，群里说话不方便，有事加我私人微信单独聊，不好吗？{e}
S|p|ia|R4|{n}，您自己操作老是追涨杀跌，全权委托给我们团队不是更省心？{e}
S|p|auto|R5|{n}，提车的事别在这个号上说了，加我私人号，晚上也能回你，这多好？{e}
S|p|gold|R2|{n}，金店总部的内部消息说下周要调价，不趁现在囤货还等啥？{e}
S|g|brief|R1|周会说两句：客户最爱听什么？保本两个字！这都不会说，业绩怎么上得去？{e}
S|p|plain|R1|{n}，我刚才说可能有波动，那是走流程，这款理财什么时候不是保本的？{e}
S|p|van|R3|{n}，您人在加拿大，汇款走公司太麻烦，私下转账到我这里，我帮您在国内买，不省心吗？{e}
S|p|plain|R1|{n}：{br}1. 起投{a}{br}2. 期限一年{br}3. 保本保收益{br}这样的产品您还不买？{e}
S|p|road|R1|{n}，同样的钱放我们这只，年化{r}还稳赚，您不觉得比存款强太多了吗？{e}
S|p|hk|R3|{n}，你喺深圳转钱过嚟好麻烦，转到我个人户口咪仲快？{d}之前搞掂{e}
S|p|shot|R4|{n}，您看截图里别的客户都是把账户交给我全权委托的，人家都放心，您还怕啥？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|hen|R1|{m}，恁说这理财保本不保本？俺这钱是给孙子攒的，可不敢赔{e}
S|p|sd|R1|{n}，哪有稳赚不赔的买卖？真有的话俺还上啥班？咱按风险等级来{e}
C|g|teach|R1|{m}，退休工资就这点，零风险的有没有？我们几个老同事都想问问{e}
S|p|rcb|R3|{n}，返点？贷款哪来的返点？谁跟您要，您就打我们行的投诉电话{e}
S|p|hk|R1|{n}，你问呢份保单系咪保本？唔系㗎，头几年退保会蚀，要睇清楚条款{e}
C|p|auto|R3|{m}，别的车行说私下转账能便宜两千，你们这边行不行？{e}
S|p|ia|R2|{n}，庄家拉升？我要真知道这个还用天天直播？别信那些群里喊单的{e}
S|p|gold|R1|{n}，黄金哪有稳赚的？前年高位买的现在还套着呢，您量力而行{e}
C|p|shot|R2|{m}，我转给你一段：【图片转文字】“内部消息，明日必涨”，这是你们公司发的吗？{e}
S|p|plain|R4|{n}，账户密码能给别人吗？不能，谁要都别给，我也一样{e}
S|g|brief|R3|周会讨论：客户要返佣怎么办？答案只有一个，拒绝并报备，没有第二种做法{e}
S|p|road|R1|{n}，路演上有人问能不能保本，我们的回答是：不能，过往业绩不代表未来{e}
C|p|van|R5|{m}，你有没有私人微信？我在温哥华这边企业微信老是收不到消息{e}
S|p|voice|R4|{n}你问我能不能帮你操作这个真不行啊公司规定必须你本人来操作我在旁边教你咋弄就行{e}
S|p|teach|R1|{n}，您教了一辈子学生，总跟孩子们说天上不掉馅饼，理财哪有包赚的呢？{e}
C|p|sd|R4|{m}，俺闺女说全权委托给你们就不用管了，真有这种事？{e}
S|p|hen|R5|{n}，私人微信？那可不中，俺们只能用这个企业微信，有记录对恁也是个保障{e}
C|p|rcb|R1|{m}，隔壁村有人说你们行的理财保本，是真的不？{e}
S|g|quiz|R1|合规测验第三题：客户经理能否向客户承诺保本？答：不能，任何情况下都不能{e}
S|p|plain|R2|{n}，内幕消息这种东西要真有，还轮得到咱们散户？听我的，别碰{e}
C|p|ia|R4|{m}，直播间那个老师说可以代客理财，你们真做这个吗？要收多少钱？{e}
S|p|auto|R1|{n}，车贷搭售零风险理财？没有的事，我们不搞捆绑，您只办贷款就行{e}
S|g|hk|R5|各位，有人问点解唔可以加我私人号，因为公司规定所有沟通都要留喺系统入面{e}
C|p|gold|R3|{m}，金店老板说私下交易不开发票能便宜，你们也这样吗？{e}
S|p|road|R2|{n}，您问基金经理有没有内部消息？他连自己家里人都不能说，更别说我们了{e}
C|g|teach|R2|{m}，群里有人发“庄家拉升”的链接，是骗子吧？我们几个老姐妹都不敢点{e}
S|p|sd|R3|{n}，飞单？那是犯法的事，俺咋能干？您的单子都在系统里能查{e}
S|p|van|R1|{n}，您在海外看到的“美元保单稳赚”广告，哪能当真？分红都是非保证的{e}
C|p|hk|R1|{m}，我系深圳过嚟嘅，想问下保证收益嗰部分有几多？分红系咪唔保证？{e}
S|p|plain|R4|{n}，您说让我帮你操作？这个我真不能碰，您本人登录，我电话里一步步教您{e}
S|p|shot|R1|{n}，您转来的截图里写“保本保息”，那是去年就被处罚的那家平台，咱能信吗？{e}
C|p|voice|R1|{m}我想问问你们那个理财到底保不保本啊我看说明书上写着不保证本金是不是意思就是可能会亏啊{e}
S|p|rcb|R4|{n}，代客理财？咱农商行没这个业务，也不许搞，您那笔钱放定期最踏实{e}
S|g|ia|R5|朋友们问我有没有私人号，没有，也不会加，认准官方直播间和这个企业微信{e}
C|p|auto|R5|{m}，你那个私人号能给我吗？我想晚上问你点贷款的事{e}
S|p|gold|R2|{n}，说金价下周要拉升的都是瞎猜，谁能提前知道？买金就当存着{e}
S|p|plain|R3|{n}，转到我个人账户？您可千万别这么干，所有钱只进公司账户{e}
C|p|hen|R3|{m}，贷款下来了，俺是不是得给恁点返佣啥的？村里人都说得给{e}
S|g|brief|R1|{k}提醒：“保收益”这三个字以后别再出现在朋友圈了，哪个产品能保收益？{e}
S|p|teach|R4|{n}，账户密码写在小本上夹在备课本里可不安全，谁会来问您要这个？只有骗子{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|hen|R1|{n}，公司不叫俺说保本，可恁是自家人，俺跟恁交个底：这个就是保本的{e}
S|p|sd|R3|{n}，规定是不许私下转账，可咱俩这关系，你转到我个人卡，我给你办妥{e}
S|g|brief|R1|本周纪律：禁止在朋友圈晒收益截图。另外跟客户面谈时就说这款稳赚，大家统一口径{e}
S|p|rcb|R3|{n}，行里严禁收客户好处，不过这个返点是老惯例，您放款后给我就行{e}
S|p|hk|R1|{n}，监管唔俾我哋讲保本，但系私下同你讲，呢份真系保本㗎{e}
S|p|road|R2|{n}，路演不能讲个股，我单独跟您说条内部消息：{d}有资金要拉升那只重仓股{e}
S|p|gold|R3|{n}，店里不让员工私下收钱，但您这单量大，私下交易我再给您便宜点{e}
S|p|auto|R3|{n}，金融公司明令禁止返佣，但我们门店自己给，返点直接打您卡上{e}
S|p|teach|R4|{n}，按规定不能替客户操作，可您眼神不好，账户密码给我，我帮你操作{e}
S|p|ia|R2|{n}，直播间不许荐股，所以私信告诉你，这只背后有庄家，{d}就动{e}
S|p|voice|R5|{n}公司不让我们加客户微信但是你情况特殊你就加我私人微信吧有啥事晚上也能找我{e}
S|p|plain|R1|{n}，严禁承诺收益这条我知道，但我个人可以担保：零风险，出了事我兜着{e}
S|p|van|R4|{n}，海外客户按规定不能委托他人操作，不过您信我，全权委托给我，我每月给您报数{e}
S|p|hen|R3|{n}，上头不叫飞单，可恁这单走公司要多掏钱，俺给恁飞单，中不中？{e}
S|p|sd|R5|{n}，领导说不准用私人号联系客户，俺寻思恁不一样，有事打俺私人号{e}
S|p|rcb|R1|{n}，不能给客户打包票是规定，但这个理财保收益是肯定的，您放心{e}
S|g|quiz|R1|合规题我都答对了：不得承诺保本。不过各位放心，咱们这款确实保本{e}
S|p|hk|R5|{n}，公司唔准我哋用私人号，不过你就加我私人号啦，快啲{e}
S|p|shot|R3|{n}，截图里合规写的“禁止私下交易”是给新人看的，咱老客户私下交易没问题{e}
S|p|gold|R1|{n}，店规不许说金价只涨不跌，可我跟您说句实话，投资金条稳赚{e}
S|p|auto|R4|{n}，按流程您得自己在APP上操作，太麻烦了，您把账户密码给我，我替您弄{e}
S|p|plain|R2|{n}，我们有保密纪律，不能外传，但这条内幕消息您得知道：下周有重组公告{e}
S|g|brief|R3|例会要求：禁止在柜台外收现金。老客户要返佣的私下处理，别留记录{e}
S|p|road|R1|{n}，宣传材料上不让写，口头上我跟您保证，这只产品保本{e}
S|p|teach|R5|{n}，公司不让在群里私加好友，您加我私人微信，我单独给您讲{e}
S|p|ia|R4|{n}，持牌规定不许代客操作，但我们有“跟投服务”，其实就是帮你操作，账户给我就行{e}
S|p|hen|R1|{n}，行里不让说包赚，俺就不说了，恁自个儿体会：买了就是包赚{e}
S|p|sd|R4|{n}，合规不让代客理财，俺就悄悄给恁代客理财，别声张{e}
S|p|rcb|R5|{n}，行里规定只能用这个号，但这个号下班就不回了，加我私人微信吧{e}
S|p|van|R1|{n}，加拿大那边规定很严不许讲，但这是国内产品，保证收益{r}{e}
S|p|voice|R3|{n}按说是不能私下收钱的但你这个情况特殊你就转到我个人卡上吧我回头帮你交到公司{e}
S|p|plain|R1|{n}，禁止误导销售是底线，所以我实话实说：这款就是稳赚不赔{e}
S|g|hk|R2|各位，唔准喺群入面讲贴士，所以我私下讲：有内部消息，{d}呢只会拉升{e}
S|p|gold|R4|{n}，店里不允许替客户保管金条，但您的积存金账户可以全权委托给我打理{e}
S|p|auto|R1|{n}，不许捆绑销售是规定，这份理财算您自愿买的，零风险，我放进车贷合同里一起签{e}
S|p|plain|R3|{n}，注意三点：{br}① 不要相信陌生电话{br}② 不要点不明链接{br}③ 手续费直接转到我个人卡，别走公司{e}
S|p|ia|R5|{n}，平台不让留联系方式，你搜我私人号，那里每天发票{e}
S|p|road|R3|{n}，基金公司不许给渠道客户返佣，我这边偷偷给您返点，别跟别人说{e}
S|p|teach|R1|{n}，规定不让说，您就当我没说：这款保本，一分不会少{e}
S|p|hk|R4|{n}，公司话唔可以代客落单，但你咁忙，账户密码畀我，我帮你操作{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|brief|R1|本周纪律重申：严禁对客户承诺保本保收益，违者按制度处理，{k}负责抽查{e}
S|p|rcb|R3|{n}，跟您说清楚：贷款全程不收任何费用，严禁员工收取返点，谁要您就举报{e}
S|p|hk|R5|{n}，公司规定唔可以加私人微信，有嘢就喺呢度留言，我睇到即刻回{e}
S|g|quiz|R4|合规小测答案：第五题，禁止索要客户账户密码，选B，{k}已核对{e}
S|p|sd|R3|{n}，俺们这行严禁飞单，恁放心，所有单子都是公司出的正式合同{e}
S|p|road|R2|{n}，路演有纪律：不得透露未公开信息，所以“内幕消息”这四个字您在我们这听不到{e}
S|p|gold|R3|{n}，本店严禁私下交易，所有回购都开票走公司账{e}
S|p|auto|R3|{n}，我们金融公司规定：不许收客户返佣，您别给我转任何钱{e}
S|p|teach|R4|{n}，记住一条：不要把账户密码告诉任何人，包括银行工作人员{e}
S|p|ia|R4|{n}，按规定投顾不得代客理财，也不能接受全权委托，这点请您理解{e}
S|p|hen|R1|{n}，恁记住，谁跟恁说零风险恁就别信，行里不准这么说{e}
C|p|van|R5|{m}，你们规定不能加私人微信是吗？那我以后就在这里问{e}
S|p|plain|R1|{n}，产品说明书第二页写着：本产品不保本，不得视为存款{e}
S|g|brief|R2|纪律：不得在客户群转发所谓庄家消息、内部消息，一经发现严肃处理{e}
S|p|voice|R3|{n}咱们这个规定很严的不许私下转账不许收现金所有钱都走对公账户你放心好了{e}
S|p|rcb|R4|{n}，行里规定柜员不许帮你操作手机银行，您得自己点确认，我在旁边看着{e}
S|p|hk|R1|{n}，按香港保监规定，我哋唔可以话任何保单保本，分红部分都系非保证{e}
C|p|hen|R3|{m}，恁们是不是不让私下交易？俺表哥说可以，俺不信{e}
S|p|shot|R3|{n}，我们公司公告截图的文字发您：“本公司员工不得以任何形式要求客户私下转账”{e}
S|p|gold|R1|{n}，我们不能说黄金稳赚，只能说是资产配置的一部分，您别重仓{e}
S|g|teach|R5|各位老师，为了大家资金安全，群规第一条：不私加好友，不发私人号，遇到冒充的请截图给{k}{e}
S|p|auto|R4|{n}，车贷APP的账户密码您自己设，我们员工禁止代设代填{e}
S|p|road|R1|{n}，基金销售管理办法明确：不得承诺保本，我们的宣传材料都过了合规{e}
S|p|ia|R2|{n}，直播规范第三条：禁止暗示有庄家、禁止喊拉升，我们严格执行{e}
S|p|sd|R5|{n}，单位不许用私人号联系客户，咱就在这个号上说，俺一直在线{e}
S|p|plain|R3|{n}，文件《关于严禁飞单和私售行为的通知》我发您一份，您也了解下我们的规矩{e}
S|g|quiz|R1|考试原题：员工可对高净值客户口头承诺稳赚，对还是错？答案：错，{k}讲解{e}
S|p|van|R4|{n}，根据规定，海外客户的账户不能全权委托他人，需要您本人视频认证{e}
S|p|rcb|R5|{n}，我们行禁止员工用私人微信收客户资料，您的身份证照片请通过APP上传{e}
C|g|teach|R1|{m}，老伴说银行现在不让说保本了，那原来我们买的那些到底保不保本？{e}
S|p|hen|R4|{n}，咱有规矩，恁的账户密码俺不能知道，恁自个儿输，俺把脸扭过去{e}
S|p|hk|R3|{n}，我哋公司规定唔可以私下交易，保费一定要入公司户口，收据我会畀你{e}
S|p|gold|R2|{n}，群里有人说我们金店有内部消息，这种说法是严禁的，金价谁也预测不了{e}
S|p|voice|R1|{n}我们现在培训天天讲不能说保本不能说保收益所以我跟你说的都是实话这个产品有风险的{e}
S|p|auto|R5|{n}，公司有规定不能用私人号跟客户谈贷款，怕说不清，咱就在这里聊{e}
S|p|plain|R4|{n}，群公告转给您：{br}1. 不得代客理财{br}2. 不得接受全权委托{br}3. 不得索要客户密码{e}
S|p|sd|R1|{n}，俺们那本册子封面印着“保本型”，那是老版本，早停售了，现在都不让这么叫{e}
S|p|road|R3|{n}，基金公司和渠道之间不允许给客户返佣，申购费按公示费率收{e}
C|p|ia|R2|{m}，你们规定不能推荐有庄家的票，那直播间那个老师天天说的是啥？{e}
S|p|teach|R3|{n}，银行规定员工不能收客户的钱物，您说要给我返点，真的不用{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|rcb|R3|{n}，提醒您一下：放款后三天内把返点转我，晚了我不好跟上面交代{e}
S|p|hk|R1|{n}，提提你，呢个优惠月底截止，保证收益{r}，过咗就冇{e}
S|g|ia|R2|风险提示：明早庄家要拉升，没上车的抓紧，别说我没提醒{e}
S|p|gold|R1|{n}，温馨提示：金价回调了，现在进稳赚，过几天就没这个价了{e}
S|p|auto|R3|{n}，提醒一下：首付款别转公司账户，转到我个人卡，我统一交{e}
S|p|sd|R5|{n}，提醒恁一句：公司号要被检查了，以后找俺就用私人微信{e}
S|p|teach|R4|{n}，提醒您：理财{d}到期，您把账户密码发我，我帮你操作续期{e}
S|p|plain|R1|{n}，我已经向领导汇报了，特批您这笔保本保收益，{d}前打款{e}
S|g|brief|R3|业绩通报：本月飞单收入最高的是三组，继续保持，注意别让合规看见{e}
S|p|road|R2|{n}，提醒您：路演后基金经理私下说了内部消息，下周调仓，赶紧申购{e}
S|p|hen|R1|{n}，给恁报个喜：上回那笔理财赚了，下回还找俺，包赚{e}
S|p|voice|R3|{n}我给你提个醒啊这个手续费你别在APP上交了直接私下转账给我我帮你交还能少一点{e}
S|p|van|R4|{n}，提醒您：您不在国内，账户交给我，我代客理财，每月给您报收益{e}
S|p|shot|R1|{n}，给您转个截图：“本期产品保证收益{r}”，这是我们内部文件，别外传{e}
S|p|rcb|R5|{n}，通知您一声：这个企业微信下个月要注销了，以后加我私人号联系{e}
S|p|gold|R3|{n}，跟您说个事：店里回购价低，您私下交易卖给我，我每克多给您几块{e}
S|p|ia|R4|{n}，提醒：明天行情凶险，您来不及操作的话，把账户给我，我帮你操作{e}
S|p|hk|R5|{n}，提提你，过关之后公司电话唔方便，加我私人号，我喺口岸等你{e}
S|p|plain|R2|{n}，温馨提示：内部消息，{d}停牌重组，现在不买就晚了{e}
S|g|teach|R1|各位老师注意啦：这期养老理财零风险，名额只剩最后十个，要的抓紧报名{e}
S|p|auto|R1|{n}，友情提醒：车贷配的这份理财保本，提前还款也不亏，放心{e}
S|p|sd|R3|{n}，报告恁个好消息：这单俺给恁走飞单，比公司价便宜不少{e}
S|p|road|R1|{n}，提醒您额度只剩一点了，这只是保本的，下一期不一定有{e}
S|p|hen|R4|{n}，跟恁说一声，恁那个账户俺已经帮你操作了，买的都是好票，账户密码俺先记着{e}
S|p|voice|R2|{n}我跟你说个事你别外传啊我朋友在那家公司上班说下礼拜有大资金进来庄家要拉升你赶紧先买点{e}
S|p|rcb|R1|{n}，好消息通知：本行新发理财，保证收益{r}，起购{a}，先到先得{e}
S|g|hk|R1|各位深圳嘅朋友注意：下个月保费要加，而家签，保本仲有分红，快啲{e}
S|p|gold|R5|{n}，提醒您：店里这个企业微信是公用的，加我私人微信，有内部价第一时间告诉您{e}
S|p|teach|R3|{n}，提醒您，下回买理财直接私下转账给我，不用再跑网点排队了{e}
S|p|ia|R1|{n}，风险提示我都发过了，走个流程而已，跟着我们买，稳赚{e}
S|p|plain|R3|{n}，已报备主管：您这单的返佣按一个点给，{d}到账{e}
S|p|auto|R4|{n}，提醒您还款日到了，您不会弄的话账户密码给我，我帮你操作还款{e}
S|p|shot|R2|{n}，刚收到的群截图：那只票下周拉升，是庄家的计划，您看一眼就删{e}
S|p|van|R1|{n}，温馨提示：人民币理财保本，比加拿大的GIC收益高，您考虑一下{e}
S|g|brief|R5|周会提醒：客户资源要攥在自己手里，大客户都加到私人微信上，离职了也能带走{e}
S|p|sd|R2|{n}，给恁提个醒：内部消息，那只票{d}就拉升，俺可就跟恁一个人说了{e}
S|p|plain|R1|{n}：{br}【到期提醒】{br}您的理财{d}到期{br}续投新产品保本，年化{r}{e}
S|p|rcb|R4|{n}，提醒您下周我休假，您的钱我已经全权委托给同事{k}打理，您不用管{e}
S|p|road|R3|{n}，报告您一下：本次申购我给您争取到了返点，到账后私下给您{e}
S|p|voice|R5|{n}跟你说一下啊我这个工作号可能要被收回了你记一下以后有事就加我个人号找我{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|teach|R4|【防骗提醒】各位老师，最近有人冒充银行打电话要账户密码，一律挂断，{k}{e}
S|p|rcb|R3|{n}，跟您说一声：上回有人找您要返点的事，我已经报给行里纪检了{e}
S|g|brief|R3|通报：某支行员工飞单被查，已移送司法机关，大家引以为戒，{k}组织学习{e}
S|p|hk|R1|{n}，提提你：有啲中介话港险保本，你听到要小心，条款入面写得好清楚{e}
S|p|ia|R2|{n}，风险提示：所谓“内部消息荐股”多为诈骗，我们从不收费荐股{e}
S|p|gold|R1|{n}，提醒一句：网上说“黄金零风险”的平台，很多是假平台，别往里充钱{e}
S|p|auto|R3|{n}，提醒您：有人自称我们公司员工，让您私下转账交“解冻费”，这是骗局{e}
C|p|sd|R3|{m}，俺想反映个事：你们有个经理叫俺私下转账，俺没转，恁们查查{e}
S|p|road|R1|{n}，温馨提示：基金不同于存款，不保本，过往业绩不预示未来表现{e}
S|p|plain|R5|{n}，提醒一下：近期有人用我的头像注册私人微信行骗，认准企业微信认证标识{e}
S|g|quiz|R2|合规案例学习：某员工在客户群散布庄家消息被罚款，大家对照自查，{k}收表{e}
S|p|teach|R1|{n}，您转的那篇“保本高息”的文章是假的，已经被辟谣了{e}
S|p|van|R5|{n}，最近有人冒充我加海外客户的私人号，您要是收到请马上告诉我{e}
S|p|hen|R4|{n}，跟恁提个醒：不管谁说要帮你操作账户，都得先打俺们客服核实{e}
S|p|voice|R3|{n}我刚才已经跟我们合规部门报告了那个说能给你返佣的人不是我们公司的你千万别信{e}
C|g|teach|R2|{m}，我收到个短信说有内部消息能翻倍，我没理，是不是该报警？{e}
S|p|shot|R3|{n}，您转来的截图我看了，那人让您“私下交易更便宜”，典型诈骗，我已经报给风控{e}
S|p|auto|R4|{n}，风险提示：任何要您提供账户密码、验证码的，都不是我们公司的人{e}
S|p|rcb|R1|{n}，提醒一下，您看到的“农商行保本理财”海报是三年前的，那款早就停了{e}
S|p|sd|R5|{n}，提醒恁：俺们单位的人不会叫恁加私人号转钱，碰到了直接报警{e}
S|g|hk|R3|各位，提醒一下：近排有人冒认我哋公司，叫客户私下转账买保单，千祈唔好信{e}
S|p|gold|R3|{n}，我已经向店长报告了，那个说能飞单的销售已经被停职{e}
S|p|ia|R4|{n}，投诉已受理：您反映的代客理财问题，我们合规部正在调查{e}
S|p|plain|R1|{n}，风险揭示书第一条：本产品不承诺保本，最差情况可能损失全部本金{e}
C|p|auto|R3|{m}，我要投诉你们门店一个销售，他说返点给我，结果车贷利息多收了{e}
S|p|road|R2|{n}，提示：基金经理不会私下透露内幕消息，有人这样说请立即举报{e}
S|g|brief|R4|上周复盘：客户反映有员工索要账户密码，已报合规，涉事人员停岗，{k}跟进{e}
S|p|teach|R5|{n}，您说的那个加了您私人微信的“李经理”不是我们行的，我已经上报了{e}
S|p|van|R1|{n}，温馨提示：海外中介宣传的“美元保单保证收益{r}”，保证的部分其实很低{e}
S|p|hen|R2|{n}，村里那个说有庄家门路的，已经被派出所带走了，恁可别再给他钱{e}
C|p|hk|R1|{m}，我喺深圳听人讲香港有保本保单，系咪呃人㗎？{e}
S|p|voice|R4|{n}我提醒你一句啊最近好多骗子打电话说是银行的要帮你操作解冻账户你一定不要信直接挂掉{e}
S|p|rcb|R5|{n}，风险提示：本行员工没有私人号对外办业务，请只认这个企业微信{e}
S|p|plain|R3|{n}，我已按规定报告：您上次提到的返佣是对方机构给的，与本公司无关{e}
S|g|quiz|R1|【合规周报】本周客户投诉三起，均涉及“稳赚”宣传，请各团队自查，{k}汇总{e}
S|p|gold|R4|{n}，提醒您：积存金账户不要全权委托给外面的“代投老师”，出了事没人管{e}
S|p|ia|R2|{n}，风险提示三条：{br}① 不信拉升喊单{br}② 不加陌生群{br}③ 不买荐股课{e}
C|p|rcb|R4|{m}，有个人打电话说是你们行的，问俺账户密码，俺没说，恁们查查这个人{e}
S|p|auto|R1|{n}，提醒一下，合同第八条写明：理财部分不保本，您签字前再看一眼{e}
S|p|sd|R2|{n}，俺跟恁说过多少回了，啥内部消息都是骗人的，这回那个群主跑了吧{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|rcb|R3|{n}，按说返点不能收，不过您非要给，那就从{a}里给两个点吧，别让行里知道{e}
S|p|hk|R5|{n}，本来唔可以加私人微信，不过你咁有诚意，就加啦{e}
S|p|sd|R4|{n}，俺本来不想要恁的账户密码，恁非给，那俺就帮你操作一回{e}
S|p|gold|R3|{n}，私下交易我一般不做，您是老客户，这次破个例{e}
S|p|auto|R3|{n}，返佣本来不给的，看您爽快，我私下给您返点{e}
S|p|teach|R1|{n}，保证书我不能写，但我口头跟您保证：保本，放心{e}
S|p|ia|R2|{n}，内幕消息我不能给，不过你非要的话，{d}那只票庄家会动{e}
S|p|road|R1|{n}，我不能写进合同，但可以跟您说句实在话，这只保收益{e}
S|p|van|R4|{n}，本来不能这样，您人在海外不方便，账户就先交给我吧，全权委托{e}
S|p|hen|R3|{n}，俺说了不中，恁非要转到我个人卡上，那就转吧，俺给恁办{e}
S|p|plain|R5|{n}，私人号本来不方便给，您非要就加吧，别告诉别人{e}
S|p|voice|R4|{n}哎呀你别这样我说了不能代客理财的好吧好吧那就这一次你把钱给我我帮你弄{e}
S|p|rcb|R1|{n}，零风险这话我本不该说，可这回我说了：零风险{e}
S|p|hk|R3|{n}，本来唔接私下转账，但系你赶时间，就私下转账去我户口先啦{e}
S|g|brief|R3|客户要返佣的原则上拒绝，但大客户可以灵活处理，私下返点给就行，{k}统计名单{e}
S|p|gold|R2|{n}，我不该说的，内部消息，下周金价要拉升，您先囤着{e}
S|p|auto|R5|{n}，私人微信本来不加客户的，看您急，加吧，晚上随时找我{e}
S|p|ia|R4|{n}，按说不能帮你操作，您实在忙就把账户给我，我帮你操作{e}
S|p|teach|R3|{n}，红包我不收，那就算作返点吧，我收着，下次还找我{e}
S|p|sd|R1|{n}，包赚这话本来不能说，俺豁出去了：包赚{e}
S|p|plain|R2|{n}，本来不想说的，你追着问我就告诉你：内部消息，{d}有利好{e}
S|p|shot|R3|{n}，截图那人的单我不接，我自己这边的飞单可以给您做，更便宜{e}
S|p|road|R4|{n}，一般我们不做，您是大客户，我们私下给您代客理财{e}
S|p|van|R5|{n}，原则上不加，但海外客户例外，我的私人微信您搜一下就有{e}
S|p|hk|R1|{n}，我唔可以写落合同，但系口头同你讲：保证收益{r}，冇走鸡{e}
S|p|rcb|R4|{n}，您说不想自己弄，我一开始也拒绝了，后来想想算了，账户密码您发我吧{e}
S|p|gold|R1|{n}，这两个字我不能写在单子上，口头上说给您：稳赚{e}
S|p|voice|R5|{n}我本来是不加客户的但是你说得也对这个号确实不方便那你加我私人号吧{e}
S|p|auto|R4|{n}，我说了不替您弄，但您急着提车，那我帮你操作一下，账户密码给我{e}
S|p|ia|R1|{n}，我拒绝给您书面承诺，不过跟着我们的票，从来都是稳赚{e}
S|p|plain|R3|{n}，公司的方案我替您拒了，单独给您做个私下交易，费率低一半{e}
S|p|teach|R5|{n}，别人的好友申请我都拒了，但您不一样，加我私人号吧{e}
S|p|sd|R2|{n}，俺不能说，但看在老乡的份上：庄家{d}进场{e}
S|p|hen|R1|{n}，恁别逼俺打包票，行，俺打：保本，少一分俺赔{e}
S|p|road|R3|{n}，基金公司不给，那我自己掏腰包给您返佣，就当交个朋友{e}
S|g|hk|R2|各位，本来唔讲内部消息，今次例外：{d}有资金拉升，快啲入{e}
S|p|rcb|R5|{n}，说了不能给，但下班了这个号不回，还是加我私人微信方便{e}
S|p|plain|R4|{n}，全权委托我拒绝过您一次，但考虑再三还是接了，以后您的账户我全权负责{e}
S|p|gold|R4|{n}，保管金条我不能答应，但积存金可以全权委托我，我帮您低买高卖{e}
S|p|voice|R1|{n}我跟你说我一开始也不敢说后来我们领导都说了没问题所以你放心这款保本的{e}
S|p|plain|R3|{n}，您提的三点我回复下：{br}1. 上门服务：可以{br}2. 减免利息：不行{br}3. 返点：本来不行，给您破例一个点{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|rcb|R3|{n}，您的心意我领了，返点真不能收，贷款是按规矩批的{e}
S|p|hk|R5|{n}，唔好意思，私人微信我唔可以加，公司有规定，有嘢喺度讲就得{e}
S|p|sd|R4|{n}，恁的账户密码俺不要，恁收好，俺不能帮你操作{e}
S|p|gold|R3|{n}，私下交易这个我真不做，回购必须走店里，开票给您{e}
S|p|auto|R3|{n}，谢谢您的好意，返佣我们不能收，您把钱留着还贷款吧{e}
S|p|teach|R1|{n}，您让我写个保本的保证书，这个真写不了，产品本身就不保本{e}
S|p|ia|R2|{n}，内幕消息我没有，也不会给，您要的话我只能拒绝{e}
S|p|road|R1|{n}，您问能不能承诺保收益，不能，我们只能介绍历史业绩和风险{e}
S|p|van|R4|{n}，您说把账户全权委托给我，这个不行，按规定必须您本人操作{e}
S|p|hen|R3|{n}，恁要转到我个人卡上？不中不中，这可不敢，得走对公{e}
S|p|plain|R5|{n}，不好意思，私人号不方便给，工作的事在这里说，我看到马上回{e}
S|p|voice|R4|{n}不行不行这个真不行代客理财是违规的我要是干了饭碗就没了你还是自己来操作吧我教你{e}
S|p|rcb|R1|{n}，我不能跟您说零风险，说了就是骗您{e}
S|p|hk|R3|{n}，你话想私下转账畀我省手续费，我唔收㗎，保费一定要入公司户口{e}
S|g|brief|R3|客户提出返佣要求时，统一回复：不好意思，公司不允许，我们不能收也不能给，{k}{e}
S|p|gold|R2|{n}，您问我有没有金价的内部消息，没有，我们店员也只看公开行情{e}
S|p|auto|R5|{n}，您要我的私人微信？抱歉，公司不让，这个企业微信就是我本人{e}
S|p|ia|R4|{n}，您说让我们老师帮你操作，这个我们坚决不做，投顾只提供建议{e}
S|p|teach|R3|{n}，您说给我包个红包当返点，真不用，我们行纪律很严{e}
C|p|hen|R4|{m}，俺不把账户密码给恁，俺闺女说了，谁要都不给{e}
S|p|sd|R1|{n}，俺不敢说包赚，俺说了恁也别信{e}
S|p|plain|R2|{n}，你让我打听庄家动向，不好意思，这个我不做，也做不了{e}
S|p|shot|R3|{n}，您转的截图里那人要飞单，我这边不接，正规流程走{e}
S|p|road|R4|{n}，代客理财我们不做，您可以考虑我们的组合产品，自己决定买卖{e}
S|p|van|R5|{n}，海外打电话贵我理解，但私人微信我不能加，您用企业微信语音就行，不花钱{e}
S|p|hk|R1|{n}，你叫我喺合同上面写“保证收益”，呢个我冇权写，亦都唔可以写{e}
S|p|rcb|R4|{n}，您让我拿着存折帮你操作取钱，不行，得您本人带身份证来{e}
C|p|teach|R5|{m}，我不加你们那个什么私人号了，我女儿说容易被骗{e}
S|p|gold|R1|{n}，我不会说投资金条稳赚，金价有涨有跌，您自己判断{e}
S|p|voice|R3|{n}你的心意我领了但是这个钱你千万别转到我个人账户上我们公司查得很严的真的不行{e}
S|p|auto|R4|{n}，账户密码您别发我，刚才那条我已经删了，您赶紧改个新的{e}
S|p|ia|R1|{n}，您要我保证稳赚不赔？我保证不了，谁保证谁是骗子{e}
S|p|plain|R3|{n}，我拒绝了那个客户的私下交易要求，也跟您说一声，您别被拉进去{e}
C|p|sd|R3|{m}，飞单俺可不干，俺就要正规的，合同得盖章{e}
S|p|hen|R5|{n}，私人号俺不给，不是俺不给恁面子，是公司查得严{e}
S|p|road|R2|{n}，路演后有人追问内部消息，我们一概不回应，也请您理解{e}
S|g|quiz|R4|情景题：客户坚持全权委托，正确做法是婉拒并解释规定，我选C，{k}{e}
S|p|teach|R1|{n}，保本的话我不能说，只能说这款波动小，您看历史净值{e}
S|p|hk|R4|{n}，你话将账户密码畀我代你交保费？唔得，要你自己输{e}
S|p|plain|R1|{n}，部门让我们对客户说“零风险”的话术，我拒绝了，这种话我不会说{e}
S|p|rcb|R4|{n}，您的三个要求：{br}1. 延期还款：可以申请{br}2. 降息：要看审批{br}3. 把账户密码给我代办：不行，这个我不能接{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|rcb|R1|{n}，我上回说的“保本”，现在也算数，您放心续{e}
S|p|hk|R1|{n}，我喺深圳同你讲嘅“保证收益{r}”，今日照样作数{e}
S|p|sd|R3|{n}，俺说过的“返点两个点”，放款当天就给恁{e}
S|p|gold|R1|{n}，您朋友说“跟你买金稳赚”，这话没错，就是稳赚{e}
S|p|auto|R3|{n}，上次我说的“私下转账省手续费”还有效，您还转给我就行{e}
S|p|teach|R1|{n}，您老伴说“这个零风险”，说得对，我再确认一遍：零风险{e}
S|p|ia|R2|{n}，你说“老师有内部消息”，对，明天开盘前就发给你{e}
S|p|road|R1|{n}，您笔记里记的“保本保收益”没记错，路演上我就是这么讲的{e}
S|p|van|R5|{n}，您说“加你私人微信方便”，对，我这就把私人微信发您{e}
S|p|hen|R4|{n}，恁说“账户交给你俺放心”，那中，账户密码发俺，俺帮你操作{e}
S|p|plain|R3|{n}，合同上那句“不得私下交易”别管，我们之前说好的私下交易照旧{e}
S|p|voice|R1|{n}你刚才说我之前跟你讲过包赚对我是讲过我现在还是这句话包赚{e}
S|p|shot|R1|{n}，这是我上个月发您的截图原话：“此产品保本”，我认，现在也是保本{e}
S|g|brief|R1|引用总经理年会上的话：“我们的客户都稳赚”，这就是口号，大家对客就这么说{e}
S|p|rcb|R5|{n}，您说“你给过俺私人号”，对，私人号没换，您打那个{e}
S|p|hk|R3|{n}，你话我讲过“可以私下转账”，冇错，照旧私下转账落我户口{e}
S|p|gold|R4|{n}，您说“你之前答应帮我代管”，是的，全权委托给我，积存金我来操作{e}
S|p|auto|R1|{n}，我在合同外给您写的那句“理财部分零风险”，白纸黑字，我认{e}
S|p|sd|R2|{n}，俺上回说的“庄家要动”准吧？这回还有，{d}拉升{e}
S|p|teach|R3|{n}，我说过“转到我个人卡上更方便”，现在还是这样，不用跑网点{e}
S|p|ia|R4|{n}，你转述的那句“交给老师全权委托”没错，签个协议就行{e}
S|p|road|R3|{n}，渠道那边说“老客户有返佣”，是真的，我们私下给您返佣{e}
S|p|plain|R1|{n}，“不赚钱我赔你”，这是我说的，我再说一遍：稳赚不赔{e}
S|p|hen|R1|{n}，恁闺女说“俺妈买的那个保收益”，对着哩，保收益{e}
S|p|van|R4|{n}，您来信说“全部交给你打理”，好，我代客理财，您放心{e}
S|g|hk|R5|各位，我之前讲过“有事加我私人号”，依然有效，私人号喺我头像旁边{e}
S|p|rcb|R2|{n}，您说“你上回给的内部消息准”，是吧？这回还有一条{e}
S|p|gold|R3|{n}，我之前跟您说的“私下交易每克便宜五块”，今天还算{e}
S|p|voice|R4|{n}你说你媳妇讲让我帮你操作对你媳妇说得对以后你就别管了我帮你操作就行{e}
S|p|auto|R5|{n}，您说“你讲过可以加私人微信”，对，这个号不常用，加私人微信吧{e}
S|p|ia|R1|{n}，直播回放里我说的“这只稳赚”，我不收回，照样稳赚{e}
S|p|sd|R4|{n}，恁说“全权委托给你”，中，签个字，以后恁的账户俺全权委托操作{e}
S|p|teach|R5|{n}，您说“你给过私人号”，是的，那个私人号我一直用，晚上打那个{e}
S|p|plain|R2|{n}，我昨天说的“内部消息”你记住了吧，今天收盘前就是最后机会{e}
S|p|road|R1|{n}，您问那句“这只是保本的”是不是我说的，是，我说的，我认{e}
S|p|hk|R4|{n}，你话我讲过“代你操作”，系呀，账户密码畀我，我帮你操作{e}
S|p|rcb|R3|{n}，您说“经理你说过可以飞单”，是说过，飞单便宜，照做{e}
S|p|shot|R5|{n}，我把之前说的话截图给您：“加我私人微信有专属福利”，还是这个意思{e}
S|p|van|R1|{n}，您姐姐转告的“小谭说稳赚”是我说的，没错，这款稳赚{e}
S|p|gold|R2|{n}，您学我说的“金价下周有人拉升”，对，就是这句，赶紧买{e}
S|p|plain|R1|{n}，把我上周的话再发一遍：{br}“一、起投{a}{br}二、保本{br}三、随时赎回”{br}以上都算数{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|rcb|R1|{n}，隔壁那家说的“保本高息”，您听听就算了，我们行的理财都不保本{e}
S|p|hk|R1|{n}，人哋话“港险稳赚”，你唔好信，分红系非保证嘅{e}
S|p|sd|R2|{n}，恁邻居说“有内部消息”，恁听俺的，别跟{e}
S|p|gold|R1|{n}，网上说“黄金零风险”，这话不对，金价也会大跌{e}
S|p|auto|R3|{n}，那个中介说“私下转账免手续费”，那是骗人的，您千万别转{e}
S|g|teach|R2|各位老师，有人在别的群里说“庄家要拉升”，那是骗子群，大家退了吧，{k}{e}
S|p|ia|R4|{n}，你说的那个“老师”讲“全权委托收益翻倍”，那是违法的，别信{e}
S|p|road|R1|{n}，您朋友说“基金都保本”，其实现在公募基金没有保本的，早就转型了{e}
S|p|van|R5|{n}，那个人说“加我私人微信更方便”，您小心，他不是我们的人{e}
S|p|hen|R3|{n}，恁说的那个“返点”是别家的说法，俺们这没有{e}
C|p|plain|R1|{m}，我同事说“银行理财都保本”，是真的吗？{e}
S|p|shot|R1|{n}，截图里写“保收益{r}”，这不是我们公司的宣传，我们从不这么写{e}
S|p|plain|R4|{n}，群里那人说“帮你操作账户赚钱”，是典型的诈骗话术{e}
S|p|voice|R3|{n}你说的那个什么飞单我跟你说那是别的公司出的事新闻上都报了我们这可没有{e}
S|p|rcb|R5|{n}，短信里说“请加客户经理私人号领补贴”，不是我们行发的，别加{e}
S|p|hk|R3|{n}，你朋友话“私下交易平啲”，喺香港系违法嘅，唔好信{e}
C|g|teach|R1|{m}，我老伴说“银行理财就是包赚”，我跟他吵了一架，你给评评理{e}
S|p|gold|R2|{n}，那个主播说“金价有庄家操控”，没依据的，您别被带节奏{e}
S|p|auto|R1|{n}，别家销售说“车贷理财零风险”，这个说法是违规的，您注意{e}
S|p|ia|R2|{n}，你说直播间有人讲“内部消息明天涨停”，那不是我们的直播间{e}
S|p|sd|R4|{n}，恁侄子说“把账户密码给经理最省事”，这话可不能听{e}
S|p|road|R3|{n}，有客户说“别家给返佣”，我们的回答是：不给，这是规定{e}
S|g|brief|R1|复盘：投诉里引用的“稳赚不赔”，经核实是外部中介说的，与我们同事无关，{k}回复客户{e}
S|p|van|R1|{n}，您听温哥华那边人说“国内理财保本”，其实资管新规以后都不保本了{e}
S|p|hen|R5|{n}，那个说“加我个人号给恁便宜”的不是俺，俺只用这个号{e}
C|p|auto|R3|{m}，别的车行说“返点两千”，你们有没有？{e}
S|p|plain|R2|{n}，新闻里那句“庄家已经进场”是标题党，别信{e}
S|p|rcb|R4|{n}，您说那人讲“全权委托给他”，那人不是我们行的员工，请您报警{e}
S|p|teach|R3|{n}，您说有人让您“转到我个人账户”，那是骗子，银行人员不会这么说{e}
S|p|hk|R2|{n}，你喺短视频睇到“内幕消息”，呢啲都系引你入局嘅{e}
S|p|gold|R5|{n}，那张传单上写“加私人微信送金豆”，不是我们店的，我们没这活动{e}
S|p|shot|R4|{n}，您发的截图里说“代客理财年化三成”，这种都是非法集资{e}
S|g|quiz|R3|测验引用案例原话：“转到我个人卡上更快”，此说法属于违规，正确做法是走对公，{k}{e}
C|p|sd|R5|{m}，俺们村有人说“银行经理都有私人号”，恁有吗？{e}
S|p|voice|R1|{n}你听那个卖保险的说什么保本保息的那都是忽悠你的我跟你说实话现在哪有这样的产品{e}
S|p|plain|R3|{n}，文件标题《关于私下交易典型案例的通报》，发给您参考{e}
S|p|ia|R1|{n}，评论区有人说“跟着老师稳赚”，那是托，我们官方从不这么说{e}
S|p|road|R4|{n}，某平台广告“帮你操作一键跟投”，那不是我们的产品{e}
S|p|van|R2|{n}，您表弟说“庄家拉升”这种事，国外国内都一样，都是传言{e}
S|p|auto|R5|{n}，您说之前的销售讲“有问题找私人号”，他已经离职了，以后有事找我{e}
S|p|road|R2|{n}，客户转来的聊天记录：{br}“内部消息，{d}必涨”{br}这不是我们的人发的，请勿相信{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|hen|R6|{m}，俺手机号{MOB:plain}，恁有事打这个{e}
C|p|sd|R6|{m}，俺的电话是{MOB:cn}，白天在地里，晚上打{e}
C|p|rcb|R6|{m}，贷款打到这张卡上：{CARD:sp}，俺在镇上农商行开的{e}
S|p|rcb|R6|{n}，您的身份证号我核对一下：{ID:plain}，没错的话我就提交授信了{e}
C|p|hk|R6|{m}，我内地手机系{MOB:sp}，过关之后打呢个{e}
C|p|hk|R6|{m}，我身份证号码{ID:dash}，你帮我填投保单{e}
C|p|van|R6|{m}，我在国内的卡号{CARD:dash}，分红打这张就行{e}
C|p|auto|R6|{m}，首付从这张卡扣：{CARD:plain}，是我的工资卡{e}
S|p|auto|R6|{n}，我复述一遍您登记的手机：{MOB:dash}，审批结果会短信发到这个号{e}
C|p|gold|R6|{m}，买金条的发票开我名下，身份证{ID:sp}，麻烦了{e}
C|g|teach|R6|{m}，我们老年大学的王老师电话{MOB:dx}，她也想来听讲座{e}
C|p|teach|R6|{m}，我退休金卡是{CARD:cn}，我念着你记{e}
C|p|ia|R6|{m}，我开户的手机号{MOB:fw}，麻烦帮我查下权限{e}
C|p|shot|R6|{m}，【图片转文字】姓名：刘某某 身份证号：{ID:plain} 有效期：长期{e}
C|p|voice|R6|{m}我的电话是{MOB:cn}你记一下有事打我电话{e}
C|p|plain|R6|{m}，我女儿身份证号{ID:mix}，帮她开个账户{e}
S|p|plain|R6|{n}，您预留的银行卡{CARD:fw}，请确认是否为本人的卡{e}
C|p|road|R6|{m}，路演报名留我手机{MOB:dot}，谢谢{e}
C|p|hen|R6|{m}，俺儿的身份证是{ID:cn}，恁给看看对不对{e}
C|p|sd|R6|{m}，俺那张卡号是{CARD:mix}，打这里头{e}
S|g|brief|R6|本周成交客户回访：刘先生，电话{MOB:plain}，请{k}跟进{e}
C|p|auto|R6|{m}，我爱人的手机{MOB:comma}，她是共同借款人{e}
C|p|gold|R6|{m}，回购款打到{CARD:dot}，我在店里填过的{e}
S|p|hk|R6|{n}，我帮你填咗受益人：身份证{ID:plain}，你睇下啱唔啱{e}
C|p|van|R6|{m}，我妈的身份证{ID:dx}，她要办继承公证{e}
C|p|rcb|R6|{m}，俺家那口子的电话{MOB:mix}，贷款担保人是他{e}
C|p|teach|R6|{m}，我的手机换了，新号{MOB:sp1}，旧号停了{e}
S|p|ia|R6|{n}，直播间抽中的同学，您的手机号{MOB:plain}已登记，礼品{d}寄出{e}
C|p|plain|R6|{m}，卡号{CARD:sp1}，转这个{e}
C|p|shot|R6|{m}，【转发】收款账户：{CARD:sp} 户名：张某{e}
C|p|voice|R6|{m}你帮我看看我这个身份证号对不对{ID:plain}我怕填错了{e}
C|p|hen|R6|{m}，俺闺女的卡{CARD:fw}，学费从这扣{e}
S|p|rcb|R6|{n}，担保人身份证号码{ID:fw}，担保人手机{MOB:plain}，我都录进系统了{e}
C|p|sd|R6|{m}，俺老伴手机是{MOB:dx}，恁跟她说也中{e}
C|p|auto|R6|{m}，我驾驶证上的身份证号{ID:sp}，您核一下{e}
C|p|road|R6|{m}，申购扣款卡：{CARD:comma}，周五前扣{e}
C|p|hk|R6|{m}，我先生张内地卡系{CARD:cn}，保费用佢张卡扣{e}
C|p|gold|R6|{m}，我电话{MOB:fw}，金条到了通知我{e}
C|g|teach|R6|{m}，我报名重阳节活动，身份证{ID:dash}，电话另发{e}
S|p|van|R6|{n}，您在国内的联系人手机{MOB:sp}，我已经更新到资料里了{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|hk|R6|{n}，你嘅保单号{HKPOL}，电子版已经send咗去你email{e}
S|p|rcb|R6|{n}，您的借款合同编号{LOAN}，记好了，还款时要用{e}
S|p|rcb|R6|{n}，我们网点电话{LAND}，工作日上午八点半到下午五点都有人{e}
S|p|auto|R6|{n}，您的车架号{VIN}，上牌后把行驶证照片发我{e}
S|p|auto|R6|{n}，您的车牌{PLATE}已经登记抵押{e}
S|p|gold|R6|{n}，您这根金条的编号{BAR}，回购时带着证书{e}
S|p|gold|R6|{n}，今日回购价{GPRICE}，比昨天高一点{e}
S|p|road|R6|{n}，我们这只基金代码{FUND}，申购费率打一折{e}
S|p|ia|R6|{n}，今天讲的{STK}只是案例分析，不构成投资建议{e}
S|p|plain|R6|{n}，您的订单号{ORDER}，有问题随时找我{e}
S|p|ia|R6|{n}，老师的执业编号{CERT}，可以在协会官网查{e}
C|p|hk|R6|{m}，我香港电话{HKPH}，喺香港嗰几日打呢个{e}
C|p|van|R6|{m}，我加拿大的电话{CAPH}，白天打{e}
S|p|plain|R6|{n}，验证码{OTP}别告诉任何人，包括我{e}
S|p|rcb|R6|{n}，您尾号{LAST4}的卡今天到账{AMT}元{e}
S|p|plain|R6|{n}，您的手机{MASKMOB}已经绑定成功{e}
C|p|sd|R6|{m}，俺身份证号{BADID}，恁看看是不是哪位写错了{e}
C|p|hen|R6|{m}，俺记的身份证是{BADDATE}，是不是记岔了{e}
C|p|plain|R6|{m}，表上那个号{BADPROV}是啥？不像身份证啊{e}
C|p|teach|R6|{m}，我身份证号码前面是{ID17}，最后那位我记不清了{e}
C|p|auto|R6|{m}，卡号{LUHNBAD}，您看对不对{e}
C|p|shot|R6|{m}，【图片转文字】手机号{MOB10}，这个是不是少一位？{e}
C|p|voice|R6|{m}你说的那个号码是不是{MOBPRE}开头的我就记得前面几位后面的记不住了{e}
S|p|hk|R6|{n}，你嘅回乡证号{PERMIT}，过关时要用{e}
S|p|van|R6|{n}，电汇金额{USD}，汇款编号{REF}，请查收{e}
S|p|gold|R6|{n}，您本次购买{GRAM}，金额{AMT}元{e}
S|p|rcb|R6|{n}，咱行的联行号{BANKCODE}，跨行转账要填{e}
S|p|road|R6|{n}，路演时间{DATE}，地点在会展中心三楼{e}
S|p|ia|R6|{n}，直播间房间号{ROOM}，晚上八点开播{e}
S|p|auto|R6|{n}，每期还款{AMT}元，共{TERM}期，首期还款日{DATE}{e}
S|p|plain|R6|{n}，资金账号{ACCT}，初始密码已经短信发您，请尽快修改{e}
S|p|hk|R6|{n}，首期保费{HKD}，供款期{TERM}年{e}
C|p|teach|R6|{m}，我的卡是{MASKCARD}这张，对吗？{e}
S|p|shot|R6|{n}，截图里的身份证{MASKID}已经打码了，放心{e}
C|p|sd|R6|{m}，俺打恁们的电话{BADPFX}，咋打不通哩？{e}
S|p|rcb|R6|{n}，您的贷款金额{AMTDX}，已经审批通过{e}
C|p|hen|R6|{m}，俺QQ号{QQ}，材料发这也中{e}
S|p|gold|R6|{n}，快递单号{EXPRESS}，金条明天到{e}
S|p|plain|R6|{n}，您的客户号{CUSTNO}，办业务报这个就行{e}
C|p|van|R6|{m}，我的邮编{POSTCA}，地址已经发你了{e}
S|g|brief|R6|本周业绩：成交{AMT}元，新客{DAY}户，回访完成率{r}{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "rcb": ["zhao.guoqiang", "niu.xiaofeng", "shen.aihua"],
    "hen": ["guo.jianshe", "li.fenglan", "wang.shuanzhu"],
    "sd": ["sun.dezhi", "yu.haibo", "kong.lingyu"],
    "hk": ["leung.kawai", "chan.siuming", "wong.hoiyan"],
    "van": ["tam.meiling", "lau.chiwai"],
    "road": ["song.yutong", "xia.mingxuan"],
    "gold": ["jin.baolin", "cao.yuhang"],
    "auto": ["pan.wenbo", "du.xinyue"],
    "teach": ["qin.shulan", "mei.jing"],
    "ia": ["luo.zhiyuan", "tian.yiran"],
    "shot": ["fang.ruoxi", "lu.kai"],
    "brief": ["gu.hongwei", "yan.xiaoli"],
    "quiz": ["shi.yumeng", "kang.jie"],
    "voice": ["hou.jianjun", "bai.xue"],
    "plain": ["zhang.yue", "chen.hao", "liu.siyu", "he.wenjing"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0371", "0379", "0373", "0391", "0394", "0531", "0532", "0535", "0537", "0538"]
VIN_WMI = ["LSV", "LFV", "LGB", "LVS", "LHG", "LDC", "LBV", "LGW"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ"
PLATE_HEADS = ["豫A", "豫C", "豫R", "豫P", "鲁A", "鲁B", "鲁F", "鲁H", "粤B", "鄂A"]
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
FUND_HEADS = ["00", "01", "16", "51", "15", "52"]
STOCK_HEADS = ["600", "601", "603", "000", "002", "300", "688"]
GRAMS = ["10克", "20克", "50克", "100克", "200克", "500克", "1000克"]
TERMS = ["5", "10", "12", "18", "24", "36"]
POST_CHARS = "ABCEGHJKLMNPRSTVWXYZ"
AMT_DX = ["叁拾万元整", "伍拾万元整", "壹拾捌万元整", "捌万元整", "贰拾伍万元整",
          "陆拾万元整", "壹佰万元整", "肆万伍仟元整", "玖万元整", "壹拾贰万元整"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "HKPOL":
        return rng.choice(["HKL", "HKP", "HS"]) + rdigits(rng, 8)
    if name == "LOAN":
        return "NSJK" + "2026" + rdigits(rng, 8)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7)
        if rng.random() < 0.5:
            return area + "-" + local
        return "（" + area + "）" + local
    if name == "VIN":
        mid = "".join(rng.choice(VIN_CHARS + "0123456789") for _ in range(5))
        return (rng.choice(VIN_WMI) + mid + rng.choice("0123456789X") + rng.choice("STV")
                + rng.choice(VIN_CHARS) + rdigits(rng, 6))
    if name == "PLATE":
        tail = [rng.choice(PLATE_CHARS), rng.choice(PLATE_CHARS), rng.choice("0123456789"),
                rng.choice("0123456789"), rng.choice("0123456789")]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "BAR":
        return "AU" + rdigits(rng, 2) + rng.choice(VIN_CHARS) + rng.choice(VIN_CHARS) + \
            rdigits(rng, 6)
    if name == "GPRICE":
        v = rng.randint(78000, 99000)
        return "%d.%02d元/克" % (v // 100, v % 100)
    if name == "FUND":
        return rng.choice(FUND_HEADS) + rdigits(rng, 4)
    if name == "STK":
        return rng.choice(STOCK_HEADS) + rdigits(rng, 3)
    if name == "ORDER":
        return "2026" + rdigits(rng, 12)
    if name == "CERT":
        return "S0" + rdigits(rng, 12)
    if name == "HKPH":
        return "+852 " + rng.choice("569") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "CAPH":
        return "(" + rng.choice(["604", "778", "236", "416", "647"]) + ") " + \
            rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "AMT":
        v = rng.randint(5, 3000) * 100
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "PERMIT":
        return "H" + rdigits(rng, 8)
    if name == "USD":
        return "USD " + "{:,}".format(rng.randint(5, 300) * 1000) + ".00"
    if name == "REF":
        return "TT2026" + rdigits(rng, 8)
    if name == "GRAM":
        return rng.choice(GRAMS)
    if name == "BANKCODE":
        return "402" + rdigits(rng, 9)
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)
    if name == "ROOM":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(5, 7))
    if name == "TERM":
        return rng.choice(TERMS)
    if name == "ACCT":
        return "3" + rdigits(rng, 11)
    if name == "HKD":
        return "HK$" + "{:,}".format(rng.randint(20, 800) * 100)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "******" + c[-4:]
        return "**** **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "AMTDX":
        return rng.choice(AMT_DX)
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(6, 9))
    if name == "EXPRESS":
        return rng.choice(["SF", "YT", "ZTO"]) + rdigits(rng, 12)
    if name == "CUSTNO":
        return "KH" + rdigits(rng, 10)
    if name == "POSTCA":
        return ("V" + rng.choice("0123456789") + rng.choice(POST_CHARS) + " " +
                rng.choice("0123456789") + rng.choice(POST_CHARS) + rng.choice("0123456789"))
    if name == "MOBPRE":
        return gen_mobile(rng, NUMBERS)[:7]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
