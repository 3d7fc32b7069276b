#!/usr/bin/env python3
"""Blind held-out evaluation set 39 ("heldout39") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  Of the repository the author read exactly three files and opened, listed,
grepped or searched nothing else: ``scripts/evasion_blind_common.py`` (the shared machinery,
read in full), ``scripts/evasion_heldout22.py`` (the format model: its structure was copied,
none of its sentences) and ``scripts/eval_categories.sh`` (to wire this set in).  The scanner,
its rule files, its tests, its archive, every other evaluation set and the training-corpus
generator were never opened; the scanner was never run and no cargo command was run; no git
command was run other than the single final commit of this file and of eval_categories.sh;
no web or code search was used.  Every template below is new, written from general
knowledge of how Chinese-speaking financial sales staff and their customers talk on WeCom
(企业微信).  The set exists to measure how well the scanner generalises: do not tune the
scanner to it, do not add it to any training data, and run it once.

Voices and settings
-------------------
A car dealership's finance desk (车贷, 金融服务费, 自动扣款, 车架号, 上牌); a supply-chain-finance
officer talking to small factory owners (保理, 应收账款转让, 核心企业, 网银 U 盾, 发票代码);
a bank's payroll-card team stationed at a construction site (工资卡, 班组长, 工号, 补卡费,
驻点); client service of a fund company's ETF market-making desk (申赎, IOPV, 折溢价, TA 账号);
a veteran of the P2P years now selling private placements (合格投资者, 托管户, 备案编码);
Shandong / Henan-flavoured Mandarin (俺, 恁, 中不中); a Wenzhou businessman and the staff
serving him (钞票, 抬会, 商会, 承兑汇票); Malaysian and Singaporean Chinese mixing English,
Malay and Hokkien words (lah, paiseh, cheem, 巴仙, MyKad, NRIC); an elderly customer's
daughter messaging on her mother's behalf and the staff answering her; staff dictating through
voice input, with spoken punctuation (逗号, 句号, 问号) and homophone slips (谐音错字) outside the
keywords; staff writing emoji-heavy, very short bursts over real newlines; a branch manager's
weekly meeting minutes pasted into a group; compliance self-check forms and inspection
records; role-play training transcripts ("客户：… 员工：…") marked as model or as wrong;
customer complaint letters and the formal written replies to them; WeChat-moments-style
marketing copy; plain Mandarin staff and customers.

Hard cases
----------
Spread over every keyword category: rhetorical questions that assert the forbidden thing
versus rhetorical questions that deny it, and customers' genuine questions; prohibitions stated
and then broken in the same message versus honest prohibitions, checklists and self-check
forms that tick "no"; a self-check or rectification report whose last line quietly instructs
the violation; warnings about fraudsters that turn into the speaker's own offer versus real
warnings, fraud reports and case reviews; refusals that cave ("……算了", "就这一回") versus
refusals that hold, including a retraction of a slip; quotations endorsed ("他说得对") versus
quotations rejected, reported or cited as the wrong example; training scripts endorsed as
model answers (hit) versus scripts marked as wrong examples (near miss); minutes that pass a
manager's instruction on; keywords inside a person's name (庄家明), a place word (往返点), a
date phrase (确保本月) or a file / article title (near misses); numbered lists over real
newlines; spoken punctuation words and homophone typos around intact keywords; English and
Malay words around the Chinese; emoji before, after and between clauses; keywords split by one
of the separators ``· -_*.~`` in a minority (more than 0 and under 15 %) of each keyword
category's hits; 25 % of every category in traditional characters through the one-to-one table
``_TRAD_PAIRS`` (Malaysian and letter-style messages converted first; the fold-back round trip
is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese/Arabic, full-width digits and split by spaces, single spaces, dashes, dots and commas,
next to spoken punctuation, emoji and newlines, versus look-alikes: bad ID check characters,
impossible birth dates, bad province codes, 17-digit IDs, Luhn failures, masked mobiles, the
first seven digits of a mobile, 10-digit and bad-prefix mobiles, VINs, car-loan contract
numbers, unified social credit codes, receivables registration numbers, invoice codes and
numbers, work numbers, TA and exchange accounts, ETF and subscription codes, IOPV values,
private-fund filing and manager codes, Malaysian and Singaporean phones, MyKad and NRIC
numbers, landlines, plates, amounts, dates, deposit-slip and form numbers, courier numbers,
complaint tickets, one-time codes and last digits.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout39.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h39_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, rdigits, run, shared_near_slot)

SEED = 39_2026_1209
SET_NAME = "heldout39"
MSGID_PREFIX = "h39"
T0 = 1781100000000
SEQ0 = 1560000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("my", "letter")  # Malaysian / Singaporean and letter-style messages first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["133", "134", "135", "136", "137", "138", "139", "149", "150", "151", "152",
              "153", "155", "156", "157", "158", "159", "162", "165", "166", "167", "171",
              "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186",
              "187", "189", "190", "191", "193", "195", "196", "197", "199"]
AREAS = ["370102", "370202", "371302", "370785", "410102", "410305", "411302", "410523",
         "330302", "330381", "330382", "441900", "440604", "320505", "340104", "350102",
         "450103", "130102", "310104", "420106", "610113", "130403"]
CARD_BINS16 = ["621226", "622700", "621661", "622260", "623058", "621799", "622908", "622155",
               "625826"]
CARD_BINS19 = ["6212262", "6227003", "6216613", "6228483", "6217995"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["曹老板", "邵姐", "牛师傅", "孔哥", "鲁大姐", "潘总", "姜叔", "魏工", "苗阿姨", "闫老板",
          "季姐", "岳哥", "薛总", "尹师傅", "葛大哥", "俞老板", "池姐", "戴叔", "方厂长", "钱老板"],
    "m": ["小蒋", "蒋经理", "小邱", "邱专员", "乔主管", "小谭", "谭经理", "白经理", "小莫",
          "莫专员", "顾经理", "小卢"],
    "e": ["", "", "🙂", "🤗", "🙏", "👏", "😁", "💰", "📈", "☺️", "🫡", "👍🏻"],
    "d": ["今天下午", "周四前", "下周二", "月中", "这礼拜六", "明儿", "大后天", "十五号前",
          "节前", "下个月初"],
    "a": ["8万", "12万", "25万", "40万", "60万", "120万", "150万", "18万", "35万", "500万"],
    "r": ["3.3%", "3.6%", "4%", "4.6%", "5.2%", "6.5%", "7%", "8%", "2.95%", "9%"],
    "f": ["刘女士", "陈小姐", "许姐", "周女士", "郭小姐", "程姐", "唐女士", "韦小姐", "邓女士",
          "冉小姐"],
    "k": ["小邱", "蒋经理", "乔主管", "小谭", "顾经理", "小卢", "白专员", "莫经理", "小柴",
          "华姐"],
    "br": ["\n"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; my and letter prefer traditional)
#   LABELS R1..R6 joined by +
#   {br} is a real newline; {f} addresses the daughter writing for her mother.
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|auto|R1|{n}，提车剩下的那笔钱放我们合作的这款理财，保本的，您还怕它少了不成？{e}
S|p|auto|R3|{n}，金融服务费走店里还得开票排队，直接私下转账给我不是省一道手续？{e}
S|p|auto|R3|{n}，银行给店里的贷款返点我分您一半，这种好事您上哪儿找去？{e}
S|p|scf|R1|{n}，厂里账上的钱闲着也是闲着，投这笔保理稳赚{r}，您说图个啥不图这个？{e}
S|p|scf|R3|{n}，放款我前前后后跑了半个月，返点两个点不是应该的吗？{e}
S|p|site|R4|{n}，工友们都不会弄手机银行，账户密码统一报给我保管，我还能跑了不成？{e}
S|p|site|R1|{n}，工资卡里的钱放活期干啥？转进这个零风险的，利息翻几倍，谁不愿意？{e}
S|p|etf|R2|{n}，我们做市天天盯着盘口，庄家什么时候进场我能不知道？{d}跟着进就对了{e}
S|p|etf|R2|{n}，这只ETF份额这两天暴增，内部消息说{d}要拉升，您还等公告出来吗？{e}
S|p|pp|R1|{n}，我做固收十年了，哪一期不是保本保收益？您倒是说出一期来{e}
S|p|pp|R1|{n}，年化{r}还保本，银行那点理财给得了吗？这种额度还用犹豫？{e}
S|p|sd|R1|{n}，俺跟恁说句实在话，这个稳赚不赔，俺还能坑恁不成？{e}
S|p|sd|R4|{n}，恁一天到晚在地里忙活，哪有空看盘？账户密码给俺，俺帮你操作，还不中？{e}
S|p|wz|R3|{n}，走银行那套流程要拖半个月，钞票转到我个人卡上当天就到，哪个快你自己不晓得？{e}
S|p|wz|R1|{n}，我们温州人做生意讲究啥？讲究稳赚。这个项目包赚的，你还有啥好想的？{e}
S|p|my|R5|{n}，WeCom这个app那么cheem，加我私人微信不是更方便咩？{e}
S|p|my|R1|{n}，SGD定存才几巴仙？这个零风险的还有{r}，you say worth or not？{e}
S|p|kin|R4|{f}，阿姨眼睛不好，您又在外地，把阿姨的账户密码给我，我帮你操作，不就两全其美了？{e}
S|p|asr|R1|{n}在吗逗号那个李财产品我跟你讲过的嘛保本的呀句号你还担心啥问号{e}
S|p|asr|R3|{n}那个手续费你就直接私下转账给我呗，公司那边刘程慢得要命，你说是不是{e}
S|p|burst|R1|{n}{br}这只🔥{br}保本✅{br}还不冲？{e}
S|p|burst|R5|{n}👋{br}公司号太卡了😩{br}私人号发你了，加一下不香吗？{e}
S|g|circle|R1|谁说理财一定有风险？我们家这款年金保本保收益，十年没亏过一分，还等啥？{e}
S|g|circle|R1|【周末福利】{r}稳赚，存款利率一降再降的年代，你还能找到第二家？{e}
S|g|minutes|R1|【周例会纪要】{br}1、本周主推固收增强，对外统一口径：保本{br}2、客户凭啥选我们？别家敢说保本吗？{e}
S|g|drill|R1|【话术参考，照着练】客户：这个会不会亏？{br}员工：您看我们哪一款亏过？这款稳赚不赔，放心{e}
S|*|plain|R4|{n}，你又看不懂K线，全权委托给我操盘，难道还能比你自己亏得多？{e}
S|*|plain|R2|{n}，这只票庄家吸筹吸了半年，你说人家图什么？{d}不拉升才怪{e}
S|p|auto|R5|{n}，店里的企业微信下了班就没人看，加我个人号，晚上提车有事随时找我，不好吗？{e}
S|p|scf|R4|{n}，每次用款都让财务跑一趟银行，网银账户密码给我，我帮你操作提款，这不省事多了？{e}
S|p|pp|R3|{n}，打款走托管户要排期，私下交易当天就能签，你说哪个划算？{e}
S|p|sd|R2|{n}，俺表哥就在那家公司管账，内部消息还能有假？恁就说买不买吧{e}
S|p|wz|R2|{n}，我们商会那帮老板早就晓得了，庄家是自己人，你还怕没人拉？{e}
S|p|my|R3|{n}，你买我们的policy，commission我返佣一半给你，这么好的deal哪里找？{e}
S|p|kin|R1|{f}，您妈妈那笔养老钱放这款里是保本的，您做女儿的还有什么不放心？{e}
S|p|etf|R3|{n}，您这么大的申赎量走柜台多亏，返点我私下给您补回来，不比别家强？{e}
S|p|site|R3|{n}，社保补缴款交到项目部要等审批，转到我个人卡我今天就帮你们办了，我还能卷跑不成？{e}
S|p|asr|R2|{n}我刚刚听领导说的内部消息啊，那只股{d}要拉升，你还不赶紧迈进吗问号{e}
S|*|plain|R1|{n}，别人的理财我不敢说，我经手的哪一单不是零风险？你去问问老客户{e}
S|g|circle|R3|亲们，通过我下单的，平台返点我全部退给你们，这样的顾问你上哪儿找？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
S|p|auto|R1|{n}，车贷哪来的保本一说？您问的那个理财跟贷款是两码事，我们店也不卖{e}
C|p|auto|R3|{m}，金融服务费能不能私下转账给你？开票太麻烦了{e}
S|p|scf|R3|{n}，您说给我返点？我要是收了，这笔保理还过得了风控吗？您就别为难我了{e}
C|p|scf|R1|{m}，你们这个应收账款融资，对我们厂来说算不算零风险？{e}
S|p|site|R4|账户密码交给工头保管？那出了事谁说得清？{n}，每个人的卡自己拿好{e}
S|p|etf|R2|{n}，做市商哪来的内幕消息？我们只负责挂单报价，涨跌跟我们没关系{e}
S|p|etf|R2|{n}问这只ETF是不是有庄家在拉升，几十亿规模的宽基，谁拉得动？别信这些{e}
S|p|pp|R1|{n}，我当年做P2P的时候听过无数次保本，最后呢？所以现在我只跟您讲风险等级{e}
C|p|pp|R1|{m}，这个私募到底保不保本？你给句痛快话{e}
S|p|sd|R1|稳赚不赔？{n}，恁想想，真有这好事，俺还用天天加班？{e}
C|p|sd|R4|{m}，俺这账户密码是不是得告诉恁？恁那边要不要？{e}
S|p|wz|R3|{n}，飞单？我在这行做了十五年，会为了这点钞票砸自己招牌？不可能的事{e}
C|p|wz|R2|{m}，我们商会里都在讲你们有内部消息，有没有这回事？{e}
S|p|my|R5|{n}，私人微信？paiseh ah，我们公司规定只能用这个WeCom，有记录对你也好{e}
C|p|my|R1|{m}，this one真的稳赚meh？my friend说有零风险的，can or not？{e}
C|p|kin|R4|{m}您好，我是苗阿姨的女儿，我妈说您要她的账户密码，有这回事吗？{e}
S|p|kin|R4|{f}，我怎么会要阿姨的账户密码呢？任何时候都不会要，也请提醒阿姨谁要都别给{e}
S|p|asr|R1|{n}你问保本吗逗号不保本的句号这个是净值型的产品会有波动的{e}
S|p|burst|R1|保本？{br}❌没有{br}净值有波动📉正常{br}{n}别慌{e}
S|g|circle|R1|常有人问我：有没有稳赚的理财？我的回答一直是：真有的话我自己先买了{e}
S|g|minutes|R3|【例会纪要】{br}有同事问：客户主动给返点能不能收？结论：不能，一律退回并报备{e}
S|g|drill|R1|【错误示范，别学】客户：会亏吗？{br}员工：您见过哪款不保本的？{br}点评：典型误导{e}
S|*|plain|R1|{n}，谁敢给您打包票说零风险？监管都不让说，我更不敢{e}
S|*|plain|R2|{n}，你说有人要拉升？真要拉升的人会提前告诉你？那你不就成了接盘的？{e}
C|p|plain|R5|{m}，能加你私人微信吗？我爸妈不会用企业微信{e}
S|p|auto|R4|{n}，您问能不能把贷款后的理财全权委托给我们？我们是卖车的，这个做不了，也不该做{e}
S|p|pp|R3|{n}，你问私下交易是不是就能少交管理费？哪有这种事，合同和托管一样都少不了{e}
S|p|scf|R4|{n}，网银U盾和账户密码给我？那可是您厂里的命根子，我怎么能拿？{e}
S|p|site|R1|{n}，工友问这个工资理财是不是包赚的，不是，连利息都会变，大家别想多了{e}
S|p|etf|R1|{n}，场内ETF哪有保本的？折价溢价、跟踪误差都得考虑进去{e}
C|p|my|R3|{m}，我们那边的agent都会返佣的，你们这边有吗？{e}
S|p|wz|R1|包赚？{n}，温州炒房那几年你见过多少说包赚最后跑路的，还信这个？{e}
S|p|sd|R5|{n}，加我个人号干啥哩？这企业微信俺天天开着，有事恁就在这儿说{e}
C|p|kin|R1|{m}，我替我爸问一下，这个产品到期能保证收益吗？他年纪大了，经不起折腾{e}
S|p|asr|R3|{n}你说的那个转到我个人账户是谁说的问号我们公司不会这样做的你把姐图发我{e}
S|p|letter|R1|{n}：来信收悉。您信中问当初为何说稳赚，经调取录音，我司员工并无此表述，录音可供查阅{e}
C|g|circle|R2|群里说的这个庄家是真的假的？有没有懂行的说一下{e}
S|*|plain|R4|{n}，代客理财？我要是能替您拍板，还要您签风险揭示书干嘛？决定只能您自己做{e}
S|p|my|R1|{n}，保收益？no such thing lah，任何产品都有风险，这点我一定要讲清楚{e}
S|*|plain|R2|{n}，您找庄家明经理吗？他负责对公业务，明天上午在网点，我把您的需求转给他{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|auto|R3|【金融专员纪律】严禁让客户私下转账支付服务费，严禁向客户许诺任何返点，违者停岗{e}
S|p|auto|R1|{n}，厂家规定我们卖车不能顺带推理财，更不能讲保本，您要理财去银行问{e}
S|g|scf|R3|各位厂长，我行供应链融资全程线上放款，客户经理不得收取返点，也不得私下交易，发现请举报{e}
S|p|scf|R4|{n}，按规定我们不能代客户操作网银，账户密码请您自己保管，提款要财务本人操作{e}
S|g|site|R4|【工资卡发放须知】{br}1、卡和账户密码本人保管，不得交给工头；{br}2、银行员工不会帮你操作转账{e}
S|g|site|R3|工友们注意：银行规定工作人员不准收你们任何钱，什么办卡费、转到我个人卡，都是违规的{e}
S|p|etf|R2|{n}，做市业务有严格的信息隔离，我们不得对外透露任何内部消息，也不评论个股{e}
S|g|etf|R1|【客服口径】不得称ETF保本，不得承诺跟踪收益，不得预测涨跌，请各位对照执行{e}
S|p|pp|R1|{n}，私募新规写得明白：不得承诺保本保收益，我们的材料里也不会有这种话{e}
S|p|pp|R3|{n}，认购款只能打托管账户，任何人让你转到我个人账户都不要转，包括我本人{e}
S|p|sd|R5|{n}，公司有规定，不让加私人微信，俺也没办法，恁有事就在这上面找俺{e}
S|p|sd|R4|{n}，代客理财是红线，俺们碰都不能碰，恁自己拿主意，俺给恁讲明白{e}
S|p|wz|R3|{n}，银行里头规矩严，飞单抓到直接开除，我不会拿饭碗开玩笑{e}
S|p|wz|R1|{n}，资管新规出来以后，稳赚这种话谁都不能讲，你听到有人讲就要当心{e}
S|p|my|R5|{n}，company policy不可以加私人号，sorry ah，全部沟通都在这边{e}
S|p|my|R3|{n}，MAS和我们公司都不允许私下交易，你的钱只能进公司户口{e}
S|p|kin|R4|{f}，跟您说明一下，家属不能代阿姨全权委托办理，阿姨本人需要到场签字{e}
S|p|asr|R4|{n}公司规定我们不能要客户的账户密码的逗号你千万不要发给我也不要发给任何人句号{e}
S|p|burst|R5|⚠️规定{br}不加私人微信{br}有事这里说👇{br}{n}{e}
S|g|minutes|R1+R3|【周例会纪要】{br}1、重申不得承诺保收益；{br}2、不得收取客户返佣；{br}3、下周二合规考试{e}
S|g|form|R1+R3+R4+R5|【合规自查表】{br}□是 ☑否 向客户承诺保本{br}□是 ☑否 收受返点{br}□是 ☑否 代客理财{br}□是 ☑否 添加私人微信{br}自查人：{k}{e}
S|g|drill|R2|【培训要点】客户问有没有内部消息，标准回答：没有，我们不提供也不打听任何内部消息{e}
S|g|circle|R1|🌟做理财顾问的第九年，我给自己定的规矩只有一条：绝不对客户说零风险{e}
C|p|letter|R3|{m}：你们营业厅墙上贴着员工不许私下转账，那上个月你们员工让我打到他卡上又怎么解释？{e}
S|*|plain|R2|{n}，证券法明文禁止利用内幕消息交易，谁跟您说他有都别信{e}
S|*|plain|R4|{n}，公司规定不能全权委托，我只能给建议，最后下单的必须是您本人{e}
S|p|auto|R5|{n}，集团要求客户沟通只用企业微信，不能加私人号，您有问题在这里发就行{e}
S|p|scf|R1|{n}，保理不是存款，行里禁止对外宣传零风险，坏账风险和回款风险都得讲清楚{e}
S|p|site|R5|{n}，我们的规定是不加工友私人微信，工资卡有问题打银行客服或者到驻点找我{e}
S|p|etf|R3|{n}，机构申赎的费率都在合同里，不存在返佣，员工也不准私下给任何折扣{e}
S|p|pp|R4|{n}，员工不得替投资人下单，也不能碰您的账户密码，这条写在承诺书第八条{e}
S|p|sd|R1|{n}，俺们行里开会天天讲，谁敢跟客户说包赚，立马停职{e}
S|p|wz|R2|{n}，商会里传的那些庄家消息，我们公司禁止员工转发，我也劝你别转{e}
S|p|kin|R3|{f}，阿姨的钱只能从她本人账户走，规定不允许私下转账到任何人名下，女儿的卡也不行{e}
S|p|asr|R2|{n}那个领导说了啊不准跟客户传任何庄家的消息逗号谁传谁负责{e}
S|g|drill|R3|【反面教材】客户：能不能给点返点？员工：好啊我私下给你。点评：违反员工行为守则第三条，严禁模仿{e}
S|p|letter|R4|{n}：依据我司规定，员工不得代客理财，不得索取客户账户密码。您反映的情况已立案调查，特此告知{e}
S|p|my|R1|{n}，我们这边规定不可以讲保本，你看到任何人讲保本都是不对的{e}
S|g|site|R1|【驻点通知】银行会确保本月工资在初十前发到每个人的工资卡，有问题找驻点{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|auto|R3|{n}，厂家规定我们不能经手客户的钱，这个我知道，所以服务费您私下转账给我，别刷店里的POS{e}
S|p|auto|R3|{n}，按说贷款返点是店里的，不能给客户，可您是老客户介绍来的，返点我分您一千{e}
S|p|scf|R3|{n}，行里是不让客户经理收好处，可放款这么快全靠我跑，返点一个点您私下给我就行{e}
S|p|scf|R1|{n}，规定不让说保本，但这笔保理的付款方是央企，等于就是保本，闭着眼做{e}
S|p|site|R4|{n}，银行说不能替工友保管卡，不过你们班组人多，账户密码都报给我，我统一帮你操作{e}
S|p|etf|R2|{n}，信息隔离墙是有的，不过咱俩关系不一样，偷偷跟你说条内部消息：{d}有资金要进{e}
S|p|pp|R1|{n}，合规让我们在材料里删掉保本两个字，材料删了，产品还是保本的，你放心打款{e}
S|p|pp|R3|{n}，托管户是规定，不过这期额度紧，走私下交易，合同我后补给你{e}
S|p|sd|R1|{n}，上头不让讲那俩字，俺就不讲了，俺就跟恁说一句：闭眼买，稳赚{e}
S|p|sd|R5|{n}，公司是不让加私人号，可俺跟恁是老乡，加俺私人号，有啥事夜里也能说{e}
S|p|wz|R3|{n}，规定是不能飞单，但是我们温州人讲信用，这单就飞单走，利息你多拿半个点{e}
S|p|wz|R4|{n}，公司不给代客理财，那是给外人定的，你签个条子全权委托给我，年底分红少不了你{e}
S|p|my|R5|{n}，company说不可以加私人微信，but we are friends mah，加我私人微信lah{e}
S|p|my|R1|{n}，compliance叫我们不要讲零风险，but honestly这个真的零风险，trust me{e}
S|p|kin|R4|{f}，规定是要阿姨本人来，但她腿脚不方便，您把她的账户密码发我，我帮你操作，不用跑{e}
S|p|asr|R1|{n}公司是说不能讲保本的但是我跟你讲这个就是保本的你放心好了句号{e}
S|p|burst|R3|规定❌{br}但是{br}返佣✅照给{br}{n}懂的🤫{e}
S|g|minutes|R1|【周例会纪要】{br}1、合规要求书面材料不再出现保本字样；{br}2、对老客户可口头说明产品实际保本，不留文字{e}
S|g|form|R3|【自查表】第3项：是否收受客户返点，统一填否。备注：各组返点改走现金，不要留转账记录{e}
S|g|drill|R4|【新人带教】规定上我们不代客理财，但老客户要求时这样答：您放心，账户密码给我，我帮你操作{e}
S|g|circle|R1|监管不让说保本，那我换个说法😉 本金一分不会少，到期还有{r}，保本二字心照不宣{e}
S|*|plain|R2|{n}，公司禁止传内幕消息，我也没传啊，我只是告诉你{d}庄家要拉升，你自己判断{e}
S|*|plain|R4|{n}，规定不允许全权委托，咱们就不签协议，口头上你全权委托给我就行，省得留痕{e}
S|p|auto|R1|{n}，店里不让我们卖理财，您别说出去，我朋友公司那款稳赚不赔，提车款先放里面三个月{e}
S|p|scf|R5|{n}，行里要求用企业微信，可这上面说话都被录着，咱们加私人微信聊利率{e}
S|p|site|R3|{n}，规定上不让我们经手工友的钱，但补卡费你们就私下转账给我，省得跑网点{e}
S|p|etf|R3|{n}，公司没有返佣政策，但你的申赎量大，我自己私下给你返佣，按季度结{e}
S|p|pp|R2|{n}，按理说不能透露投资标的，不过给你透个内部消息，这期投的那家{d}就要上市{e}
S|p|sd|R3|{n}，俺知道规矩不让私下交易，可恁急着用，咱俩就私下交易，不走公司{e}
S|p|wz|R1|{n}，新规是不让承诺收益，我懂的，但我们多年朋友，我保证收益{r}，少了我自己贴{e}
S|p|my|R3|{n}，policy上写不可以返点，but for you我私下返点two percent，don't tell anyone{e}
S|p|kin|R1|{f}，规定不让跟老人讲包赚，但您是她女儿我跟您说实话，这个包赚，让阿姨放心存{e}
S|p|asr|R5|{n}规定是不让加私人号的哈但是这个企业微信我老是收不到小西，你加我私人号吧{e}
S|p|letter|R1|{n}：关于来信所询，我司按规定不得承诺收益。然念及您系多年客户，本人在此郑重保证收益{r}，如有差额由本人补足{e}
S|*|plain|R1|{n}，合规那帮人整天说不许讲零风险，我讲的是实话：这个就是零风险{e}
S|p|burst|R4|🙅‍♀️规定不让{br}🤝但你放心{br}账户密码发我{br}帮你操作👌{br}{n}{e}
S|g|drill|R3|【内部话术，勿外传】客户嫌贵时，嘴上说规定不允许，然后告诉他返点私下给，转到我个人卡就行{e}
S|p|auto|R4|{n}，按规定我们不碰客户手机银行，可您不会设自动还款，账户密码给我，我帮你操作设好{e}
S|*|plain|R5|{n}，说是不让加私人微信，其实大家都加，你加一下我私人微信，这边只谈公事{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|auto|R3|【防骗提示】近期有人冒充我店金融专员，要求客户私下转账交贷款保证金，我店从不收取此类费用{e}
S|p|auto|R1|{n}，您说外面中介卖的那种买车送保本理财的套餐，我们查过是骗局，已经报给厂家了{e}
S|p|scf|R3|{n}，提醒一下，最近有人冒充保理公司给厂长们打电话，说交返点能加快放款，全是骗子{e}
S|g|scf|R1|各位厂长，有人在群里推销应收账款零风险理财，已被移出，请勿相信{e}
S|g|site|R4|工友们注意！有人冒充银行人员到工地收工资卡和账户密码，说能提额度，千万别给！{e}
S|p|site|R3|{n}，班组长在群里说工资先转到我个人账户再分，这事我已经报给项目部和银行了，工资一律直接进本人卡{e}
S|p|etf|R2|{n}，外面有人冒充我们做市团队卖ETF内幕消息，收会员费，请立即举报，我们从不荐股{e}
S|g|etf|R2|风险提示：近期有账户借新发ETF之名散布庄家拉升言论，请投资者理性判断{e}
S|p|pp|R1|{n}，我亲眼见过P2P爆雷，那些平台当年个个说保本保息，所以谁再跟你说保本你都要多个心眼{e}
S|p|pp|R3|{n}，已把前同事私下交易的事报给公司风控，您那笔钱的合同我们正在核实{e}
S|p|sd|R1|{n}，俺跟恁提个醒，村里来了一帮人说存他们那稳赚，月月给利息，那是非法集资，千万别去{e}
C|p|sd|R4|{m}，俺要举报，恁们那个姓葛的让俺把账户密码告诉他，说帮俺弄，这中不中？{e}
S|p|wz|R2|{n}，温州这边最近又有人搞内部消息群，进群先交两万，跟当年抬会一个套路，别碰{e}
S|g|wz|R1|各位老板，当年抬会倒下多少人，都是从包赚两个字开始的，现在换个名头又来了，千万当心{e}
S|p|my|R5|{n}，careful ah，有scammer用我的名字和照片加人私人微信，我只用这个WeCom{e}
C|p|my|R1|{m}，我要report一下，有个agent跟我说零风险，后来亏了我好多钱，你们怎么处理？{e}
S|p|kin|R4|{f}，谢谢您及时告诉我。打电话问阿姨要账户密码的不是我们的人，已经报警备案了{e}
C|p|kin|R3|{m}，我是苗阿姨的女儿，我妈说之前你们行有个员工让她私下转账买理财，我想投诉{e}
S|p|asr|R2|{n}你千万别信那个群里的内部消息啊逗号都是骗子搞的我已经举报了{e}
S|p|burst|R1|🚨避雷{br}说零风险的{br}👉骗子{br}{n}记住{e}
S|g|minutes|R3|【周例会纪要】{br}1、通报：某网点员工飞单被处理；{br}2、各组长本周内组织学习{e}
S|g|form|R1|【合规检查记录】发现宣传海报含保本字样一处，已撤下整改，责任人{k}{e}
S|g|drill|R4|【案例复盘】员工替客户保管账户密码，客户亏损后起诉，法院判员工担责。请大家引以为戒{e}
C|p|letter|R1|{m}：本人去年在贵行购买理财，当时经理口头承诺保本，现亏损严重，特此投诉，请书面答复{e}
S|p|letter|R3|{n}：您投诉的员工私下收取返佣一事，经查属实，该员工已被解除劳动合同，特此函告{e}
S|g|circle|R1|【防骗科普】凡是说稳赚不赔的投资，请直接拉黑。转给家里的长辈看看🙏{e}
S|*|plain|R5|{n}，有人冒充我加您私人号，头像和我一样，我本人从不用私人号联系客户{e}
S|p|auto|R4|{n}，上周说要帮你操作还款的那个客服是假的，真客服不会要验证码，卡已经帮您挂失了{e}
S|p|scf|R4|{n}，已核实：上门说能代客理财的那家财务公司没有任何牌照，我们已报给金融办{e}
S|p|site|R1|{n}，工地门口发传单的那个工资宝，说存进去零风险月息两分，是骗局，我已经拍照报给派出所了{e}
S|p|etf|R1|{n}，那个说ETF网格机器人稳赚的软件有问题，会盗取账户信息，别下载{e}
S|p|pp|R2|{n}，P2P那会儿就有人拿庄家坐庄那套忽悠人，现在换成私募壳子了，你要擦亮眼睛{e}
S|p|sd|R5|{n}，俺们行里通报了，有人冒充俺让大伙加私人微信，俺从来不加，恁看见了直接删{e}
S|p|my|R3|{n}，最近有人冒充我们公司讲可以私下交易避税，这是犯法的，我已经report给compliance{e}
S|p|kin|R1|{f}，阿姨之前在外面听讲座买的那个养老项目，说是保本，其实是诈骗，建议您陪她去报案{e}
S|p|asr|R3|{n}我刚刚把那个员工收反点的事情报上去了，等等，反点是返点，打错了，合规会联系你{e}
S|g|drill|R5|【情景演练·错误版】客户：能加你私人微信吗？员工：可以呀。点评：违规，正确做法是婉拒{e}
C|g|site|R3|我们班长说发工资有返点要交给他，这是真的吗？{e}
S|*|plain|R2|{n}，群里那张说{d}有人要拉升的截图我已经转给合规了，这种消息您别跟{e}
S|g|site|R3|{n}，下周起工地班车往返点改到东门，办工资卡那天大家就在往返点集合{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|auto|R3|{n}，外面那些收贷款加急费的都是骗子，您别理。真要加急，私下转账给我，我找银行的人{e}
S|p|auto|R1|{n}，中介卖的保本理财别信，我们店合作的那款才是真保本，提车余款放进去正好{e}
S|p|scf|R3|{n}，那些冒充保理公司收返点的是骗子，正经的返点要给我，我走内部渠道给您提速{e}
S|p|scf|R2|{n}，外面的小道消息别听，我跟您说的是投行部的内部消息：您那家下游客户{d}要被收购{e}
S|g|site|R4|工友们小心骗子要账户密码！以后账户密码只交给我一个人，我统一替你们管{e}
S|p|etf|R2|{n}，网上那些卖ETF内幕消息的都是骗子，真正的内部消息在我们做市这边，{d}我发你{e}
S|p|pp|R1|{n}，P2P暴雷那几年我看够了，那些都是假保本。我现在这个私募是真保本，有回购协议兜底{e}
S|p|pp|R3|{n}，冒充我们的人已经举报了。以后认购款别走公司账户了，转到我个人账户更安全{e}
S|p|sd|R1|{n}，俺提醒恁，那些上门推销的都不靠谱，要买就买俺这个，稳赚不赔，俺打包票{e}
S|p|sd|R5|{n}，有人冒充俺的企业微信，恁别信，以后加俺私人号联系，这个最保险{e}
S|p|wz|R1|{n}，抬会那种东西千万别碰，你要稳赚的，跟我这个项目走，月月包赚{e}
S|p|wz|R3|{n}，小心那些中介收了返点还不办事。这笔贷款我来办，返点给我一个点就行，办不成全退{e}
S|p|my|R5|{n}，careful那些fake account，要找我就加我私人微信，这个最safe{e}
S|p|my|R1|{n}，外面那些讲high return的scheme都是scam，我们这个不同，零风险，guaranteed{e}
S|p|kin|R4|{f}，阿姨年纪大了容易被骗，密码别让她自己记着。把阿姨的账户密码给我，我帮你操作，最放心{e}
S|p|asr|R2|{n}群里那些内幕消息都是假的你别信逗号我这条是真的内部消息{d}就要拉升{e}
S|p|burst|R1|⚠️小心骗子{br}⚠️别信陌生人{br}✅信我{br}这个保本💯{br}{n}{e}
S|g|minutes|R3|【周例会纪要】{br}1、通报某网点飞单被查；{br}2、各组注意：以后飞单的客户统一收现金，不要留转账记录{e}
S|g|circle|R1|【防骗提醒】那些说月息三分的都是坑！想要稳的？来找我，我这款稳赚，老客户都知道{e}
S|g|drill|R1|【讲师提醒】别学竞品直接说零风险，太直白会被投诉。要说：我们这款比存款还稳，实际上就是保本{e}
S|p|letter|R3|{n}：您反映的冒充我司员工一事已报警处理。今后如需购买，请直接私下转账给本人，由本人代为办理{e}
S|*|plain|R4|{n}，现在骗子多，手机银行容易被盗。你把账户密码给我，代客理财这块我熟{e}
S|p|auto|R5|{n}，最近冒充4S店的短信很多，您别点链接。有事加我个人号，我全天都在{e}
S|p|scf|R1|{n}，民间借贷别碰，风险太大。放我们这款保理产品，有核心企业兜底，零风险{e}
S|p|site|R3|{n}，外面放贷的利息高得吓人，别去借。缺钱了找我，我私下转账借给你们，利息好商量{e}
S|p|etf|R3|{n}，提醒您，有些券商的返佣渠道不正规。要返佣的话我这边私下给您走，按季度打到您卡上{e}
S|p|pp|R2|{n}，P2P的教训是别信小道消息，但我这条是发行方的内部消息，准的{e}
S|p|sd|R4|{n}，骗子专门骗恁这样不会用手机的，以后都别自己弄，账户交给俺，俺帮你操作{e}
S|p|wz|R2|{n}，外面那些荐股群都是割韭菜的，我认识的这个庄家是真有实力，{d}跟他走{e}
S|p|my|R3|{n}，那些unlicensed agent讲返佣都是骗你的，我们这边真的可以返佣，private arrange{e}
S|p|kin|R1|{f}，您提醒阿姨别买讲座上的项目是对的，那都是骗局。让阿姨买我们这款，保本还有{r}{e}
S|p|asr|R3|{n}你要小心那些让你转账的陌生人啊逗号要转就转到我个人卡上我帮你处理{e}
S|g|form|R5|【自查整改报告】已清理全部客户私人微信好友，整改完毕。另：重点客户请各自转加私人号备用，勿外传{e}
S|*|plain|R1|{n}，乱承诺的那个同事我已经报给合规了，他说的不靠谱。我这个才是真的保证收益，{r}写进补充协议{e}
S|p|burst|R4|📢防骗{br}验证码别给人🙅{br}账户密码给我就行👌{br}{n}{e}
S|g|circle|R2|⚠️别再信那些收费荐股了！我们每晚免费分享内部消息，进群即可{e}
S|p|letter|R4|{n}：来信所述被骗经过已悉，深表同情。为防再次受骗，建议您今后全权委托本人打理账户，本人定当尽责{e}
S|*|plain|R2|{n}，别听那些股评家瞎说，他们不知道庄家底细。我知道，庄家{d}准备拉升{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|auto|R3|{n}，您要把服务费私下转账给我，真不行，一分钱都得走店里的收银台{e}
S|p|auto|R3|{n}，您说分我点返点当辛苦费，心意我领了，这钱我不能要{e}
S|p|scf|R3|{n}，您执意要给返点我也不会收，真收了这笔融资就得重新审，对您更不划算{e}
S|p|scf|R4|{n}，财务不在您也别把网银账户密码给我，这个我坚决不碰，等她回来再提款{e}
S|p|site|R4|{n}，工友们把卡往我这塞，我都退回去了，账户密码我一个都不记，谁的卡谁保管{e}
S|p|etf|R2|{n}，您再问一百遍我也没有内幕消息，做市不等于知道涨跌{e}
S|p|etf|R3|{n}，返佣这事我这儿真没有，您找谁都一样，合同费率就是最终费率{e}
S|p|pp|R1|{n}，您让我写个保本承诺，我写不了，写了也是违规无效的，接受不了波动这单就别做{e}
S|p|pp|R3|{n}，您说私下交易能少交费，我不做，这是我从P2P那一行带出来的教训{e}
S|p|sd|R4|{n}，恁再说几遍俺也不能帮你操作，俺教恁，恁自己点，点错了俺再教{e}
S|p|sd|R5|{n}，私人微信真不能加，俺不是不给恁面子，是规定不让{e}
S|p|wz|R3|{n}，你给我再多钞票，飞单这事我也不做，真的，别为难我{e}
S|p|wz|R1|{n}，你要我说包赚，我说不出口，做生意的都晓得没有包赚的买卖{e}
S|p|my|R5|{n}，sorry ah，私人微信我真的不能给，不是不想help you，是规定{e}
S|p|my|R1|{n}，你一直问can guarantee or not，我只能讲：不保本，不能guarantee{e}
S|p|kin|R4|{f}，我理解您着急，但阿姨的账户密码我不能收，也不能替她操作，必须她本人授权办理{e}
C|p|kin|R4|{m}，我妈说要把账户密码告诉你，我不同意，以后有事我陪她去网点{e}
S|p|asr|R3|{n}你说的那个返佣的事情我是不会收的逗号也请你不要再提了句号{e}
S|p|burst|R3+R5|❌私人号{br}❌私下转账{br}✅企业微信{br}{n}谅解🙏{e}
S|g|minutes|R3|【周例会纪要】{br}1、本周三位客户提出返点要求，均已婉拒并登记；{br}2、继续保持{e}
S|g|form|R4|【客户需求登记表】需求：客户要求员工代客理财；处理结果：已当面拒绝并解释原因；登记人：{k}{e}
S|g|drill|R1|【标准话术】客户：能不能保证收益？员工：抱歉，这个我保证不了，说明书第五页有风险揭示，我陪您一起看{e}
C|p|plain|R3|{m}，上次说的返点我不要了，你们照正常流程办就行{e}
S|*|plain|R2|{n}，庄家的事您别问我，我不知道，就算知道也不能说{e}
S|p|auto|R4|{n}，您让我拿您手机帮你操作自动扣款，这个我不碰，您自己点，我在旁边说步骤{e}
S|p|scf|R1|{n}，您要一个零风险的说法去说服股东，我给不了，能给的是风险说明和历史回款数据{e}
S|p|site|R3|{n}，班组长说给我点返点让我先给他们班发工资，我拒绝了，工资只能按名单直发到个人卡{e}
S|p|etf|R4|{n}，您出差期间想全权委托我们做网格？不行的，我们只能讲工具怎么用，交易您自己来{e}
S|p|pp|R5|{n}，您想加我私人号方便说话，我理解，但所有沟通都要留痕，就在这里说吧{e}
S|p|sd|R1|{n}，恁非要俺讲个稳赚，俺真讲不了，俺娘从小教俺别骗人{e}
S|p|wz|R4|{n}，你说账户交给我代客理财，我不接，你自己做决定，我给你参考意见{e}
S|p|my|R3|{n}，you offer私下交易我很感谢，but cannot，全部要走公司system{e}
C|p|my|R1|{m}，我不要那种讲零风险的product，just give me the real risk level{e}
S|p|kin|R1|{f}，您问能不能给阿姨写个保本的保证，我不能写，这款本来就不保本，您们再考虑考虑{e}
S|p|asr|R4|{n}你把账户密码发过来干嘛呀逗号我不能要的你赶紧撤回吧句号{e}
S|g|drill|R5|【情景演练】客户：加个私人微信呗？员工：不好意思，我只用企业微信，您说的每句话都有记录。示范正确{e}
S|p|letter|R3|{n}：您在信中提出按投资额给予返佣，经我司审慎考虑，无法同意，敬请谅解{e}
S|*|plain|R1|{n}，刚才说漏嘴讲了保本，我更正：这款不保本，以合同为准，实在抱歉{e}
S|*|plain|R3|{n}，您第三次问私下转账了，我还是那句话：不行{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|auto|R3|{n}，私下收钱本来不行的……算了，您都跑三趟了，服务费私下转账给我吧，我给您写个收条{e}
S|p|auto|R3|{n}，刚才说没有返点是客套话，您这单的返点我给您留了八百{e}
S|p|scf|R3|{n}，我说了不收，您还非要给……那就放款后返点一个点，别走公账{e}
S|p|scf|R4|{n}，网银我本来不碰的，您财务请假，那就把账户密码发我，我帮你操作这一次{e}
S|p|site|R4|{n}，我一开始说不管，看你们一个个都不会弄，这样，卡和账户密码先放我这，我帮你操作{e}
S|p|etf|R2|{n}，不是说了没有内幕消息嘛……行吧，就透一点：{d}那只有资金要拉升{e}
S|p|pp|R1|{n}，保本承诺我写不了，不过口头跟你讲，这期保本，有事找我{e}
S|p|pp|R3|{n}，说好不做私下交易的，可额度就剩这点，你私下转账给我，我先帮你占位{e}
S|p|sd|R4|{n}，俺说了不帮你操作，恁又央俺，中，就这一回，账户密码发过来{e}
S|p|sd|R5|{n}，私人微信俺一般不加，恁是俺老乡，中吧，加俺私人微信{e}
S|p|wz|R3|{n}，飞单我本来不做，看在老乡面子上，这单给你飞单，利息多给你半个点{e}
S|p|wz|R1|{n}，我不爱讲包赚，但跟你讲实话，这个项目交关好，包赚{e}
S|p|my|R5|{n}，本来不可以的lah，但是你这么nice，我的私人微信给你，add me{e}
S|p|my|R1|{n}，我知道不能讲，but between us，这个稳赚的，confirm{e}
S|p|kin|R4|{f}，原则上要阿姨本人来，看您工作这么忙，阿姨的账户密码给我，我帮你操作吧{e}
S|p|asr|R3|{n}我本来是不收的啊但是你都这么说了那返佣我就收下了，谢谢啊{e}
S|p|burst|R5|❌不行{br}……{br}好吧😮‍💨{br}私人号给你{br}{n}别外传{e}
S|g|minutes|R4|【周例会纪要】{br}1、原则上拒绝代客理财；{br}2、资产{a}以上的客户，可由组长决定接受全权委托{e}
S|g|drill|R1|【话术模板】客户要求保证收益时：先说这个我们不能承诺，客户坚持再说：私下跟您讲，保证收益{r}没问题{e}
S|p|letter|R1|{n}：来函要求出具保本承诺，按规定本不应出具，鉴于您是十年老客户，本人特此承诺保本，如有亏损由本人承担{e}
S|*|plain|R2|{n}，我说没有内部消息是对外的说法，对你不一样，内部消息有一条，{d}见分晓{e}
S|p|auto|R5|{n}，刚才说不能加私人号，是当着领导的面说的，您现在加我私人号吧{e}
S|p|scf|R1|{n}，风控不让我说零风险，我也推了半天，可您问到这份上了，我就直说：零风险{e}
S|p|site|R3|{n}，我之前拒绝了，想想你们确实难，补卡费私下转账给我，我今天就帮你们办{e}
S|p|etf|R3|{n}，返佣真没有……不过看您量大，我私下返佣给您，按月结，不走系统{e}
S|p|pp|R4|{n}，全权委托本来不接的，你一直坚持，那就全权委托给我，你别再管了{e}
S|p|sd|R1|{n}，俺不想说稳赚，可恁一再问，俺就交个底：稳赚{e}
S|p|wz|R4|{n}，代客理财这事我推了三次，你还是要我管，好，你的账户我来帮你操作{e}
S|p|my|R3|{n}，我说不可以返点，but你讲你会buy多一份，ok lah，返点给你{e}
S|p|kin|R5|{f}，家属我们一般不加私人微信的，您情况特殊，加我私人微信，阿姨的事随时找我{e}
S|p|asr|R2|{n}我说没有内幕消息是怕别人听到嘛，其实庄家的情况我知道一点，明天晚上跟你说{e}
S|p|burst|R1|不能说🙊{br}不能说🙊{br}好吧{br}保本✅{br}{n}{e}
S|g|circle|R1|本来不想在朋友圈说这个，私信问的人太多，那就统一回复：这款年金，保收益，{r}起{e}
S|*|plain|R4|{n}，我拒绝过你好几次了，这次破例，账户密码给我，我来帮你操作{e}
S|p|letter|R5|{n}：关于您希望添加本人私人微信一事，原本碍于规定不便，现考虑再三，特告知本人私人号，望妥善保存{e}
S|*|plain|R3|{n}，不行就是不行……唉，你都急哭了，那就转到我个人账户吧，我帮你先认购{e}
S|g|drill|R3|【老销售经验分享】客户要返点先拒绝一次显得正规，第二次再答应，返点私下给，成交率高{e}
S|p|auto|R1|{n}，我刚才说不保证，那是店里的标准说法。私下跟您说，这款理财保证收益{r}{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|auto|R1|{n}，您朋友说在4S店能办保本理财，我们没有这种业务，他说的不对{e}
S|p|auto|R3|{n}，短信里写着贷款返点请转至专员个人账户，那是诈骗短信，我们从不这么发{e}
S|p|scf|R2|{n}，您听到的核心企业有内部消息要提前还款这种话，我们核实过了，是谣言{e}
S|p|scf|R1|{n}，宣传册上那句“保理零风险”是印刷厂擅自加的，已经全部回收销毁{e}
S|g|site|R3|工友们转发的那条“交两百元返点加急发工资”是假的，银行发工资不收一分钱{e}
S|p|etf|R2|{n}，论坛上说“做市商就是庄家”，这是误解，做市商只提供流动性，不操纵价格{e}
S|p|etf|R1|{n}，那篇《ETF网格稳赚攻略》就是标题党，回撤的时候照样亏{e}
S|p|pp|R1|{n}，“保本保息、随时可取”，这是P2P当年的话术，我一听就知道是什么，您千万别碰{e}
S|p|pp|R4|{n}，对方合同里写着“乙方全权委托甲方处置资金”，这条非常危险，建议您别签{e}
S|p|sd|R1|{n}，恁邻居说的“存那里稳赚不赔”，俺听着就不对劲，那是骗人的{e}
S|p|sd|R5|{n}，恁说有人讲“加我个人号有内部价”，那不是俺，俺不会这么说{e}
S|p|wz|R1|{n}，当年抬会的人都说“包赚”，最后什么下场你也看到了，这两个字听到就要跑{e}
S|p|wz|R3|{n}，你朋友讲“找银行的人飞单利息高”，那是违法的，出了事钞票就没了{e}
S|p|my|R1|{n}，你听到的“保证收益”是别家agent讲的，我们不会这样讲，也不可以讲{e}
C|p|my|R5|{m}，有人WhatsApp我说“加我私人微信给你VIP价”，是不是你们的人？{e}
S|p|kin|R4|{f}，阿姨说有人跟她讲“把账户密码给我，我帮你操作”，那肯定是骗子，我们员工绝不会这么说{e}
C|p|kin|R1|{m}，我妈本子上记了一句“经理说这个保本”，是真的吗？我想确认一下{e}
S|p|asr|R2|{n}你转发过来的那个什么庄家要拉升的消息是假的啊逗号你别跟着买{e}
S|p|burst|R1|“稳赚”❓{br}假的❌{br}{n}别信{e}
S|g|minutes|R1|【周例会纪要】{br}1、通报客户投诉：员工说“这款保本”，经调查属实，已处分；{br}2、再次强调禁用该表述{e}
S|g|form|R3|【录音抽查记录】抽到一句“返点我私下给你”，系新员工培训时录的反面示例，非真实对客，已核实{e}
S|g|drill|R4|【错误话术合集】第七条：“您的账户密码给我，我帮您弄”，严禁使用{e}
C|p|letter|R3|{m}：贵公司员工曾对我说“转到我个人卡上更快”，我照做后至今未见产品，请贵公司彻查{e}
S|p|letter|R1|{n}：来信引述的“保证收益{r}”并非我司员工所言，经查系第三方中介冒用我司名义，特此回复{e}
S|g|circle|R1|看到有同行发“零风险高收益”的文案，我只想说：这几个字放在一起就是骗局{e}
S|*|plain|R2|{n}，您说的“内部消息说要涨停”，谁发的我不知道，但我肯定没发过，也劝您别信{e}
S|p|auto|R5|{n}，您截图里那个说“加我私人微信办低息贷款”的人不是我们店员工，已经报警了{e}
S|p|scf|R3|{n}，您说上一任经理讲过“私下交易可以不走合同”，那是他个人违规，已经处理了，现在一律走合同{e}
S|p|site|R4|{n}，工头说“账户密码交给我统一管理”，这个千万不行，你们每个人自己保管{e}
S|p|etf|R3|{n}，您看到的“ETF大额申赎返佣”广告不是我们发的，我们没有这项业务{e}
S|p|pp|R2|{n}，路演时那位嘉宾说“我们有内部消息”，是他的口误，公司已经发了澄清，以书面材料为准{e}
S|p|sd|R3|{n}，恁说有人讲“私下转账给俺便宜点”，那不是俺们行的人，别转{e}
S|p|my|R4|{n}，那个forum讲“找agent代客理财最轻松”，在这边是不合法的，don't simply believe{e}
S|p|kin|R3|{f}，阿姨手机里那条“返佣请转我个人账户”的短信是诈骗，麻烦您帮她删掉并拉黑{e}
S|p|asr|R1|{n}那个销售跟你说的零风险你千万别信啊逗号李财哪有零风险的{e}
S|g|drill|R5|【考题】判断对错：“客户要求时可以加私人号”。答案：错{e}
S|*|plain|R4|{n}，您上次问的那本书就是我们培训用的《代客理财的法律边界》，第二章讲得最清楚，看完您就明白我为什么不能替您下单了{e}
S|*|plain|R1|{n}，您推荐的那本《世上没有稳赚不赔的生意》我看完了，书里的道理跟我平时跟您说的一样：投资都有风险{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|auto|R1|{n}，您朋友说“在咱店办车贷送的理财保本”，没错，确实保本，您放心{e}
S|p|auto|R3|{n}，老客户都说“找小蒋返点最多”，这话不假，您这单返点照老规矩{e}
S|p|scf|R3|{n}，隔壁厂的周总说“找你办保理要返点一个点”，对，规矩就是这样，放款当天给我{e}
S|p|scf|R1|{n}，您股东问“这个是不是零风险”，您就这么答复他：是的，零风险，我给您背书{e}
S|g|site|R4|工友们，你们班长说“账户密码交给银行小哥统一管”，对，交给我，我帮你们办{e}
S|p|etf|R2|{n}，大家说“做市商知道庄家的底牌”，其实一点没错，我这儿就有内部消息{e}
S|p|pp|R1|{n}，你说“私募就是高级版P2P，保本保息”，这话我认，这期保本保息{e}
S|p|pp|R3|{n}，老客户那句“直接转到我个人账户，不走托管”是对的，这期也这么办{e}
S|p|sd|R1|{n}，恁大哥说“跟着小卢买稳赚”，他说得对，恁也跟着买{e}
S|p|sd|R5|{n}，恁表弟说“卢经理给了他私人微信”，是，俺也给恁，加俺私人微信{e}
S|p|wz|R1|{n}，我们温州人有句话：“跟着老乡走，包赚”，这个项目就是这样，包赚{e}
S|p|wz|R3|{n}，你说“飞单利息高一点”，没错，我给你走飞单，利息多一个点{e}
S|p|my|R1|{n}，你朋友讲“this one guaranteed稳赚”，yes correct，稳赚的{e}
S|p|my|R5|{n}，your auntie说“加你私人微信比较快”，对的，加我私人微信lah{e}
S|p|kin|R4|{f}，您妈妈说“账户交给小邱我放心”，那就把阿姨的账户密码发我，我帮你操作{e}
S|p|asr|R1|{n}你老公说这个是保收益的嘛逗号对的他说得没错保收益{e}
S|p|burst|R2|“有内幕消息”✅{br}真的{br}{d}见{br}{n}{e}
S|g|minutes|R1|【周例会纪要】{br}1、行长原话：“老客户问就说保本，出了事我担着”，请各组照此执行{e}
S|g|drill|R3|【金牌话术，照着说】“您放心，返佣每单两个点，我私下转账给您”，客户最爱听这句{e}
S|g|circle|R1|老客户的原话：“跟着你买了三年，年年稳赚”，这就是对我最好的肯定，本期继续稳赚，名额有限{e}
S|p|letter|R1|{n}：来信引述本人所说“到期保本、年化{r}”，本人确认属实，并再次承诺兑现{e}
S|*|plain|R2|{n}，你说“庄家在吸筹”，我也这么看，{d}拉升的概率很大，赶紧上{e}
S|p|auto|R5|{n}，您同事说“加我私人号能拿到内部价”，对，加我私人号，我给您报底价{e}
S|p|scf|R4|{n}，您财务说“干脆让银行的人帮你操作提款”，我看可以，账户密码给我{e}
S|p|site|R3|{n}，老乡说“找你借钱私下交易利息低”，是真的，要用多少跟我说{e}
S|p|etf|R3|{n}，您说“别家都给返点”，我们也给，返点我私下打给您{e}
S|p|pp|R2|{n}，我当年在P2P就说“跟着内部消息走”，现在还是这句，这期标的有内部消息{e}
S|p|sd|R4|{n}，恁闺女说“全权委托给卢经理省心”，中，就全权委托给俺{e}
S|p|wz|R2|{n}，商会会长说“这只票背后有庄家”，我打听过，是真的，可以跟{e}
S|p|my|R3|{n}，你讲“私下交易可以省tax”，对的，我们就私下交易{e}
S|p|kin|R1|{f}，阿姨跟邻居说“存小邱那里零风险”，她说得对，我也跟您保证：零风险{e}
S|p|asr|R5|{n}你刚才说加我个人号是吧逗号对的你加我个人号吧这个企业微信我不常看{e}
S|g|circle|R3|朋友圈有人问“在你这买有没有返佣”，有！私聊我{e}
S|*|plain|R4|{n}，你上次说“要不你代客理财算了”，我想了想，行，代客理财就代吧，账户交我{e}
S|g|drill|R4|【优秀案例】员工：“阿姨，账户密码告诉我，我帮你操作”，一句话拿下大单，值得学习{e}
S|p|letter|R3|{n}：信中所提“转到我个人账户可享优惠”一说，系本人所言，仍然有效，请按此办理{e}
S|*|plain|R1|{n}，更正：上条消息里的“不保本”是输入法的错，正确的是“保本”，您放心{e}
S|p|burst|R4|“代客理财”？{br}可以👌{br}交给我{br}{n}{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|auto|R6|{m}，车贷申请表里我的身份证号{ID:plain}，我老婆是共同借款人{e}
C|p|auto|R6|{m}，还款卡号{CARD:sp}，每月自动扣款用这张{e}
S|p|auto|R6|{n}，核对一下：主贷人手机{MOB:dash}，身份证{ID:plain}，没问题我就提交银行了{e}
C|p|scf|R6|{m}，我们厂法人的身份证{ID:sp}，授权书上要填{e}
C|p|scf|R6|{m}，回款卡号{CARD:plain}，这是我自己的卡，不是对公户{e}
S|g|site|R6|工资卡发放名单：{n}，卡号{CARD:dash}，请本人带身份证到驻点领卡{e}
S|p|site|R6|{n}，你登记的身份证号是{ID:cn}，跟卡面对得上，卡下周到{e}
C|p|site|R6|{m}，我手机{MOB:cn}，发工资了短信发我这个号{e}
C|p|etf|R6|{m}，机构户经办人手机{MOB:plain}，申赎确认短信发他{e}
C|p|pp|R6|{m}，合格投资者认证材料里我的身份证{ID:dash}，你看对不对{e}
C|p|pp|R6|{m}，认购款从这张卡出：{CARD:fw}{e}
C|p|sd|R6|{m}，俺的手机号是{MOB:mix}，恁记一下{e}
C|p|sd|R6|{m}，俺家掌柜的身份证{ID:sp}，恁帮俺填上{e}
C|p|wz|R6|{m}，我鞋厂的回款卡{CARD:dot}，打这张{e}
C|p|wz|R6|{m}，我儿子电话{MOB:sp}，我在国外的时候找他{e}
C|p|my|R6|{m}，我国内的手机{MOB:dash}，在KL的时候用WeCom找我{e}
C|p|my|R6|{m}，my mother的身份证号{ID:plain}，她要开户{e}
C|p|kin|R6|{m}，我是苗阿姨的女儿，我妈身份证{ID:plain}，麻烦帮忙查下她那笔定期{e}
C|p|kin|R6|{m}，我妈的手机{MOB:cn}，她耳背，打之前先给我发个消息{e}
C|p|kin|R6|{m}，我妈的养老金卡{CARD:sp}，到期的钱转回这张{e}
C|p|asr|R6|{m}我的银行卡号是{CARD:plain}你核对一下逗号{e}
S|p|asr|R6|{n}您的手机号我念一下{MOB:cn}对吧问号{e}
C|p|burst|R6|{m}{br}📱{MOB:plain}{br}☎️有事打{e}
S|g|minutes|R6|【周例会纪要】{br}待回访客户：{n}，手机{MOB:sp}{br}下周二前完成{e}
S|g|form|R6|【开户复核表】客户：{n}；证件号码：{ID:fw}；复核人：{k}{e}
C|p|letter|R6|{m}：投诉人身份证号{ID:plain}，联系电话{MOB:plain}，请尽快处理{e}
S|p|plain|R6|{n}，您刚报的卡号我复述一遍：{CARD:sp1}，对吗？{e}
C|p|auto|R6|{m}，我的电话{MOB:dx}，大写写的，别看错{e}
C|p|scf|R6|{m}，财务小妹的手机{MOB:fw}，付款的事找她{e}
C|p|site|R6|{m}，我老乡的卡号{CARD:cn}，他不会打字，我替他发的{e}
C|p|etf|R6|{m}，经办人身份证{ID:mix}，开户材料补一下{e}
C|p|pp|R6|{m}，打款卡{CARD:comma}，别转错了{e}
C|p|wz|R6|{m}，我身份证{ID:dx}，大写的，不会错{e}
C|p|my|R6|{m}，dividend请入我这张中国卡{CARD:plain}，谢谢{e}
C|p|kin|R6|{m}，我爸身份证{ID:sp}，我妈身份证{ID:dash}，两位老人一起办{e}
S|p|plain|R6|{n}，系统显示您绑定的手机是{MOB:comma}，如果换号了告诉我{e}
C|p|sd|R6|{m}，恁记住俺卡号{CARD:mix}，钱打这{e}
C|p|auto|R6|{m}，担保人身份证{ID:cn}，电话{MOB:plain}{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|auto|R6|{n}，您的车架号{VIN}，上牌和贷款合同都用这个{e}
S|p|auto|R6|{n}，贷款合同编号{LOANNO}，首期还款日每月{DAY}号{e}
S|p|auto|R6|{n}，新车车牌{PLATE}下来了，下周来店里装{e}
C|p|auto|R6|{m}，我填的身份证{BADID:plain}，系统说校验不通过，咋回事？{e}
S|p|scf|R6|{n}，贵司统一社会信用代码{USCC}，和营业执照一致，我这边先录入{e}
S|p|scf|R6|{n}，应收账款转让登记编号{ARNO}，中登网上能查到{e}
S|p|scf|R6|{n}，发票代码{FPCODE}，发票号码{FPNO}，金额{AMT}元，核对无误{e}
S|g|site|R6|工友们，驻点咨询电话{LAND}，工资卡有问题打这个{e}
S|p|site|R6|{n}，你的工号{WORKNO}，考勤和工资都按这个对{e}
S|p|site|R6|{n}，你报的卡号{LUHNBAD:sp}有一位不对，系统不认，麻烦拍张卡面照片{e}
S|p|etf|R6|{n}，ETF代码{ETFCODE}，申赎代码{ETFSUB}，今天的IOPV是{IOPV}{e}
S|p|etf|R6|{n}，您的TA账号{TAACCT}，上交所股东账户{SHACCT}{e}
S|p|pp|R6|{n}，产品备案编码{PPCODE}，管理人登记编号{PPMGR}，协会官网可查{e}
S|p|pp|R6|{n}，认购金额{AMT}元，已于{DATE}到账托管户{e}
C|p|sd|R6|{m}，俺身份证号{ID17:plain}，是不是少了个数？{e}
S|p|sd|R6|{n}，恁填的手机号{BADPFX:dash}，没有这号段，恁再瞅瞅{e}
C|p|wz|R6|{m}，我们厂座机{LAND}，白天有人接{e}
S|p|wz|R6|{n}，承兑汇票号后六位{LAST6}，到期日{DATE}{e}
C|p|my|R6|{m}，我的Malaysia号码{MYPH}，WhatsApp也是这个{e}
C|p|my|R6|{m}，my Singapore number {SGPH}，office hour打{e}
C|p|my|R6|{m}，我的MyKad是{MYKAD}，开户要用吗？{e}
S|p|my|R6|{n}，您的NRIC {SGIC}已经核验，国内预留手机是{MASKMOB}{e}
C|p|kin|R6|{m}，我妈的身份证号{BADDATE:plain}，银行说出生日期不对，我再去看看原件{e}
S|p|kin|R6|{f}，阿姨的定期存单号{SERIAL}，到期日{DATE}，到时您陪她来{e}
S|p|kin|R6|{f}，阿姨账户尾号{LAST4}，本月养老金{AMT}元已到账{e}
C|p|asr|R6|{m}我的身份证号码是{BADPROV:plain}你看一下对不对逗号{e}
S|p|asr|R6|{n}您的验证码是{OTP}千万不要告诉任何人包括我句号{e}
S|p|burst|R6|{n}{br}📦单号{EXPRESS}{br}资料寄出✅{e}
S|g|minutes|R6|【周例会纪要】{br}本周新增客户{CNT}户；{br}季度目标{AMTW}；{br}下次例会{DATE}{e}
S|g|form|R6|【合规自查表】编号{FORMNO}；检查日期{DATE}；抽查录音{CNT}条{e}
C|p|letter|R6|{m}：我的投诉工单号{TICKET}，至今没人处理，请尽快答复{e}
S|p|plain|R6|{n}，系统里您的手机号只显示前七位{MOBPRE}，后面的麻烦您补全{e}
C|p|auto|R6|{m}，我记得我电话是{MOB10:plain}，是不是少写了一位？{e}
S|p|scf|R6|{n}，贵司对公账户尾号{LAST4}，放款{AMT}元已于{DATE}入账{e}
C|p|site|R6|{m}，我身份证{BADID:cn}，卡办不下来，是不是号写错了{e}
S|p|etf|R6|{n}，您预留的手机{MASKMOB}，如需修改请本人到柜台{e}
S|p|pp|R6|{n}，您发的卡号{LUHNBAD:dash}校验不过，是不是抄错了一位{e}
C|p|kin|R6|{m}，我妈的手机只记得前几位{MOBPRE}，后面我回家问问{e}
C|p|wz|R6|{m}，车牌{PLATE}，我停在你们门口了{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "auto": ["jiang.haoran", "qiao.yufei", "bai.zhenyu"],
    "scf": ["qiu.wenbin", "tan.meiling", "shen.guodong"],
    "site": ["niu.jianjun", "lu.xiaowei", "chai.hongbo"],
    "etf": ["mo.yiran", "gu.chenxi"],
    "pp": ["fang.zhiyuan", "du.kaiwen"],
    "sd": ["kong.fanli", "yue.baoguo", "lu.chuanxin"],
    "wz": ["ye.jianwei", "pan.lingling", "huang.weidong"],
    "my": ["lim.weiming", "tan.siewling"],
    "kin": ["xia.qing", "yin.lu"],
    "asr": ["cao.dongsheng", "meng.fanhua"],
    "burst": ["xiaotao", "lele.zhang"],
    "minutes": ["he.zhihang", "luo.shuwen"],
    "form": ["hegui.liu", "cheng.ying"],
    "drill": ["peixun.wang", "ding.mengqi"],
    "letter": ["kefu.zhao", "ren.jingyi"],
    "circle": ["zhuo.yaya", "song.xinyue"],
    "plain": ["wei.jun", "xu.peng", "yao.lin", "dong.bo"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
VIN_WMI = ["LFV", "LSV", "LGB", "LVS", "LBV", "LHG", "LSG", "LNB", "LGW", "LDC"]
LANDLINES = ["0531", "0532", "0539", "0371", "0379", "0577", "0769", "0757", "0512", "0377"]
USCC_AREAS = ["370102", "410105", "330302", "441900", "440604", "320505", "330382"]
ETF_CODES = ["510300", "159919", "512100", "588080", "513050", "159845", "515790", "512690"]
PLATE_HEADS = ["鲁A", "鲁Q", "豫A", "豫R", "浙C", "粤S", "苏E", "鲁B", "豫C", "浙A"]
AMT_W = ["1.2亿", "8000万", "3.5亿", "6500万", "9200万", "2亿"]


def _letters(rng, n):
    return "".join(rng.choice(UPPER) for _ in range(n))


def _date(rng):
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
    if name == "VIN":
        mid = [rng.choice(UPPER + "0123456789") for _ in range(5)]
        mid[rng.randrange(5)] = rng.choice(UPPER)
        check = rng.choice("0123456789X")
        return (rng.choice(VIN_WMI) + "".join(mid) + check + rng.choice("NPRST")
                + rng.choice(UPPER) + rdigits(rng, 6))
    if name == "LOANNO":
        return "QC" + "2026" + rdigits(rng, 8)
    if name == "USCC":
        body = "".join(rng.choice(UPPER + "0123456789") for _ in range(7))
        return "91" + rng.choice(USCC_AREAS) + "MA" + body + rng.choice(UPPER)
    if name == "ARNO":
        return "ZDW" + "2026" + rdigits(rng, 10)
    if name == "FPCODE":
        return "0" + rng.choice("345") + rdigits(rng, 10)
    if name == "FPNO":
        return rdigits(rng, 8)
    if name == "WORKNO":
        return "ZJ" + rdigits(rng, 5)
    if name == "TAACCT":
        return "10" + rdigits(rng, 10)
    if name == "SHACCT":
        return "A" + rdigits(rng, 9)
    if name == "ETFCODE":
        return rng.choice(ETF_CODES)
    if name == "ETFSUB":
        return "5" + rdigits(rng, 5)
    if name == "IOPV":
        return "%d.%04d" % (rng.randint(0, 4), rng.randint(0, 9999))
    if name == "PPCODE":
        return "S" + _letters(rng, 2) + rdigits(rng, 3)
    if name == "PPMGR":
        return "P10" + rdigits(rng, 5)
    if name == "MYPH":
        if rng.random() < 0.5:
            return "+60 1" + rng.choice("2346789") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "01" + rng.choice("2346789") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MYKAD":
        yy = rng.choice(list(range(50, 100)) + list(range(0, 10)))
        return "%02d%02d%02d-%02d-%s" % (yy, rng.randint(1, 12), rng.randint(1, 28),
                                         rng.randint(1, 14), rdigits(rng, 4))
    if name == "SGIC":
        return rng.choice("STFG") + rdigits(rng, 7) + rng.choice(UPPER)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "PLATE":
        tail = [rng.choice(UPPER), rng.choice("0123456789"), rng.choice(UPPER + "0123456789"),
                rng.choice("0123456789"), rng.choice("0123456789")]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "AMT":
        v = rng.randint(3, 3000) * 1000 + rng.choice([0, 0, 500])
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "AMTW":
        return rng.choice(AMT_W)
    if name == "CNT":
        return str(rng.randint(3, 60))
    if name == "DATE":
        return _date(rng)
    if name == "LAST6":
        return rdigits(rng, 6)
    if name == "SERIAL":
        return "CD" + rdigits(rng, 9)
    if name == "EXPRESS":
        return rng.choice(["SF", "JT", "YD"]) + rdigits(rng, rng.randint(12, 13))
    if name == "TICKET":
        return "TS" + "2026" + rdigits(rng, 6)
    if name == "FORMNO":
        return "ZC-2026-" + rdigits(rng, 3)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
