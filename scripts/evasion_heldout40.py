#!/usr/bin/env python3
"""Blind held-out evaluation set 40 ("heldout40") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  Of the repository the author read exactly three files: the shared machinery
``scripts/evasion_blind_common.py`` (read in full), ``scripts/evasion_heldout22.py`` (the
format model: its structure was copied, none of its sentences) and
``scripts/eval_categories.sh`` (to wire this set in).  Nothing else was opened, listed,
grepped or searched: not the scanner, its rule files, its tests, its archive, its commit
history, any other evaluation set or the training-corpus generator.  The scanner was never
run (nor any cargo command), no git command was run other than the single commit adding this
file and the wiring, and nothing was searched (no web or code search).  Every template below
was written from general knowledge of how Chinese-speaking financial sales staff and their
customers talk on WeCom (企业微信).  The set exists to measure how well the scanner
generalises: do not tune the scanner to it, do not add it to any training data, and run it
once.

Voices and settings
-------------------
A bank's mortgage and home-equity (抵押经营贷) loan officer dealing with buyers, agents and
bridging money; an enterprise-annuity (企业年金) account manager speaking to companies' HR
departments; a digital bank's app support staff (password resets, face checks, card
binding); a forex and cross-border settlement desk for exporters (结汇, 锁汇, letters of
credit, customs declarations); a county-town branch's lobby manager with elderly depositors;
Tianjin-flavoured speech; Wuhan-flavoured speech; Hong Kong clients writing formal written
Cantonese and the staff answering them; Taiwanese clients and the staff serving them; young
customers and staff writing internet slang and abbreviations (yyds, 绝绝子, xswl, awsl, u1s1,
dddd); farmers writing phonetically (俺, 银航, 手鸡, 身分正, 贷欵, 利习) and the rural credit
officers answering them; staff replying with WeCom stickers and one or two words; weekly
morning briefs (早报) posted in groups as numbered lists with real newlines; a team's OKR and
target-setting chat; customers forwarding news articles and asking about them; legal
notices, bank announcements and formal letters pasted into chat; a compliance training exam
paper with multiple-choice and true/false answers; plain Mandarin staff and customers.

Hard cases
----------
Spread over every keyword category: rhetorical questions that assert the forbidden thing
versus rhetorical questions that deny it; prohibitions stated and then broken ("规定归规定")
versus prohibitions stated honestly, including a keyword-free prohibition next to a separate
real violation (labelled with the violation only); warnings against outsiders that turn
into the speaker's own offer versus real warnings and reports; refusals that cave (after
pressure, a retraction, or a condition) versus refusals that hold; quotations endorsed
versus quotations rejected, reported or marked wrong in training material; keywords inside
a village, shop, building, official-account or product name (near miss); exam questions
whose answer key marks the forbidden sentence as wrong; multi-rule hits and near misses;
corrections in both directions; double negation; sticker-only replies; numbered lists with
real newlines; keywords split by one of the separators ``· -_*.~`` in a minority (more than
0 and under 15 %) of each keyword category's hits; 25 % of every category in traditional
characters through the one-to-one table of the shared machinery (Hong Kong and Taiwan
messages converted first; the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese/Arabic, full-width digits, one space per digit and split by spaces, dashes, dots and
commas, versus look-alikes: bad ID check characters, impossible birth dates, bad province
codes, 17-digit IDs, Luhn failures, masked numbers, loan contract, annuity plan, letter of
credit, customs declaration (18 digits), real-estate certificate and letter reference
numbers, unified social credit codes, SWIFT codes, Hong Kong and Taiwan identity numbers,
Hong Kong, Taiwan and foreign phones, Tianjin / Wuhan / county landlines, queue tickets,
employee numbers, app error codes and versions, exchange rates, index levels, amounts,
dates, percentages, QQ numbers, one-time codes, 10-digit and bad-prefix mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout40.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h40_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 40_2026_1210
SET_NAME = "heldout40"
MSGID_PREFIX = "h40"
T0 = 1781200000000
SEQ0 = 1600000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("hk", "tw")  # Hong Kong and Taiwan messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
              "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178",
              "180", "181", "182", "183", "185", "186", "187", "188", "189", "190", "191",
              "193", "195", "196", "198", "199"]
AREAS = ["120101", "120103", "120104", "120105", "120116", "420102", "420103", "420106",
         "420111", "420115", "411522", "341222", "430525", "522422", "420602", "131002",
         "330782", "441900", "330206", "440305", "350502", "310115", "110108", "370212",
         "610113", "320583"]
CARD_BINS16 = ["621226", "622700", "621799", "622262", "621661", "622908", "623058", "621483",
               "628288"]
CARD_BINS19 = ["6217995", "6228483", "6212261", "6217003", "6236681", "6214673"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["刘总", "何姐", "范老师", "曹师傅", "秦阿姨", "魏哥", "蒋姐", "沈老板", "韦叔", "潘总",
          "邓老师", "苏姐", "袁大哥", "汪主任", "田叔", "贺经理", "钟姐", "易总", "谭老师", "龚哥"],
    "m": ["小钱", "钱经理", "苏老师", "小叶", "叶主管", "方经理", "熊经理", "小胡", "郭师傅",
          "牛姐", "小白", "客服小安"],
    "e": ["", "", "[抱拳]", "[强]", "[OK]", "[捂脸]", "[握手]", "[玫瑰]", "😅", "🙏", "👌",
          "[呲牙]"],
    "s": ["[OK]", "[强][强]", "[抱拳]", "[握手]", "[呲牙]", "[耶]", "[好的]"],
    "d": ["下周二", "月底", "本周五前", "明天一早", "国庆前", "这个月十五号", "下个月初",
          "周四下午", "今晚", "后天上午"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "300万", "500万", "35万", "90万"],
    "r": ["3.2%", "3.6%", "4%", "4.5%", "5.2%", "6.8%", "7%", "3.95%", "2.9%", "8%"],
    "y": ["5万美元", "12万美元", "30万美元", "80万美元", "20万美金", "45万美金"],
    "br": ["\n", "\n\n"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; hk and tw prefer traditional)
#   LABELS R1..R6 joined by +
#   {br} is a real newline (one or two).
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|mtg|R1|{n}，这套学区房您现在上车，过两年转手，哪回不是稳赚？贷款这块我给您批快点{e}
S|p|mtg|R3|{n}，过桥那笔钱走银行要审三天，直接转到我个人卡上，我今天就给您垫上，这不比干等强？{e}
S|p|mtg|R3|{n}，经营贷批下来我拿一个点返点，行里谁不是这么做的？您还犹豫啥{e}
S|p|annu|R1|{n}，贵司的年金组合放我们这儿，哪一年不是保本还有{r}的？跟HR总监汇报时您就这么讲，还怕领导不批？{e}
S|p|annu|R3|{n}，年金管理人换成我们，你们HR部门的返佣我私下打给您，这么好的事您还要考虑？{e}
S|p|app|R4|{n}，您在外地不方便，把账户密码告诉我，我后台直接帮你操作了，何必跑一趟柜台呢？{e}
S|p|app|R1|{n}，这款活期理财是零风险的呀，您见过它哪天掉过钱吗？{e}
S|p|fx|R1|{n}，这个月锁远期汇率，到时候结汇稳赚不赔，您不锁难道等美元掉下去？{e}
S|p|fx|R2|{n}，我们交易室的内部消息您还不信？{d}央行要出手，人民币要往上走，货款现在不结等什么？{e}
S|p|fx|R3|{n}，走额度审批多麻烦，私下交易换汇，价格还比挂牌价好，谁会不换？{e}
S|p|county|R1|{n}，您存大额存单一年才那点利息，这个分红险保本还多给{r}，您说哪个划算？{e}
S|p|county|R5|{n}，您老人家企业微信都不会用，加我私人微信不就省事了？打视频我一步步教您{e}
S|p|tj|R1|{n}，介款产品保本，倍儿稳当，您说您还琢磨嘛呢？{e}
S|p|tj|R2|{n}，我能坑您吗？庄家那边{d}就拉升，内部消息，您赶紧的吧，您呐！{e}
S|p|wh|R1|{n}，这个基金包赚的撒，冇得亏的道理，您还在那里么斯犹豫咯？{e}
S|p|wh|R4|{n}，您天天要过早、送伢上学，哪有时间盯盘？全权委托给我，不比您自己瞎搞强？{e}
S|g|gen|R1|集美们，这只基金u1s1就是稳赚，yyds，谁还不冲谁是小丑好吧？{e}
S|g|gen|R5|家人们谁懂啊，企业微信消息我根本看不过来，加我私人号不香吗？{e}
S|p|stk|R1|{s}保本的呀，这还用问？{e}
S|p|stk|R3|{s}返点照旧，哪回少过你的？{e}
S|g|brief|R1|【周三早报】{br}1. 美元小幅回落{br}2. 本周主推的稳健年金保本{r}，这样的收益哪里找？{br}3. 名额有限{e}
S|g|okr|R3|本季度KR2：老客户转介绍，返佣标准按两个点走，大家还等啥，这不就是白送的业绩？{e}
S|p|news|R2|{n}，新闻里说的那只股票您看到了吧？我早就跟您说庄家在里面，现在信了吧？{d}还要拉升{e}
S|p|legal|R1|{n}，合同里那句“过往业绩不代表未来”是格式条款，您看这几年哪期不是按保证收益{r}兑付的？还用担心？{e}
S|p|exam|R4|{n}，合规考试卷子上我是选了“不能代客理财”，可考试归考试，您这么忙，账户不交给我交给谁？{e}
S|p|hk|R1|{n}，呢只债券基金系保本嘅，你话边度仲揾得到咁好嘅嘢？{e}
S|p|hk|R3|{n}，香港嗰边过数要等几日，私下转账俾我，我即刻帮你安排，唔系更快咩？{e}
S|p|tw|R1|{n}，这张储蓄险保证收益{r}欸，你去哪里找这么好的啦？{e}
S|p|tw|R5|{n}，企业微信在台湾很难用吧？加我私人微信不是比较方便吗？LINE也可以喔{e}
S|p|farm|R3|{n}，粮食补贴那笔钱转到我个人卡上，我帮你存个高息的，你还信不过我？{e}
S|p|plain|R4|{n}，谁还自己天天盯着账户？我手上几十个客户都是代客理财，哪个说过不好？{e}
S|p|plain|R2|{n}，你说我为什么让你{d}前买？内幕消息啊，不然我哪来这么大把握？{e}
S|p|mtg|R1|{n}，抵押贷出来的钱放进这个理财，利差{r}稳赚，这账您不会算吗？{e}
S|p|annu|R5|{n}，公司邮箱走审批太慢了，加我个人号直接对接，不是更高效吗？{e}
S|p|wh|R3|{n}，飞单又么样咯？我们这单走别家渠道，手续费少一截，您还不划算？{e}
S|p|tj|R4|{n}，您说您跟我还客气嘛？账户密码给我，我替您下单，结了！{e}
S|p|county|R2|{n}，镇上那几个老板都跟着我买，您当我没有内部消息能这么准吗？{e}
S|p|fx|R1|{n}，出口退税那笔钱买我们这款外币理财，保收益{r}，您放哪儿能比这强？{e}
S|p|gen|R4|{n}，打工人哪有空盯盘？账户密码丢给我，我帮你操作，省心它不香吗？{e}
S|p|news|R1|{n}，新闻天天说理财打破刚兑，可我们这款哪期没保本？新闻的话能全信吗？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|mtg|R1|{m}，房价都跌成这样了，买房还能稳赚吗？我有点慌{e}
S|p|mtg|R3|{n}，过桥资金转到我个人卡上？那出了事谁说得清？您走银行监管账户，我帮您催进度{e}
S|p|mtg|R3|{n}，中介说放款后要给我返点？我一个信贷员敢收这个钱吗？您别听他的，一分都不用给{e}
S|p|annu|R1|{n}，年金投资哪有保本的？投管人都不敢承诺，我更不敢，收益是按组合净值算的{e}
S|p|annu|R3|{n}，您问有没有返佣给HR部门？这要是有，审计一来咱俩都得进去，真没有{e}
C|p|annu|R1|{m}，我们老板问年金能不能保证收益{r}，你们能不能给个准话？{e}
S|p|app|R4|{n}，客服要您账户密码？正规客服谁会要这个？那肯定是骗子，赶紧挂掉{e}
S|p|app|R4|{n}，能不能远程帮你操作？不能哦，所有操作都要您本人在APP里完成，我可以一步步说给您听{e}
C|p|app|R1|{m}，你们APP首页那个活期理财是不是零风险啊？我看收益比存款高{e}
S|p|fx|R1|{n}，锁汇就能稳赚？锁汇是锁成本，汇率往哪边走都可能让您觉得亏，这是套保不是投资{e}
S|p|fx|R2|{n}，我哪有央行的内部消息？我要有这本事还坐在结算柜台？汇率看公开数据就好{e}
S|p|fx|R3|{n}，私下交易换汇？那是违反外汇管理规定的，被查到货款都得冻结，您说值吗？{e}
C|p|county|R1|{m}，俺闺女说存钱买那个保险也是保本的，是真的不？{e}
S|p|county|R1|{n}，包赚？这世上要有包赚的东西，我还天天站大厅做啥？您这钱还是存定期稳当{e}
S|p|county|R5|{n}，加私人微信？不用的，您有事打大厅电话或者直接来，我天天都在{e}
S|p|tj|R1|{n}，您问介个保本不保本？实话跟您说，不保本，净值有涨有落，您得有个准备{e}
S|p|tj|R2|{n}，庄家？嘛庄家啊，那都是忽悠人的，您可别信介个{e}
S|p|wh|R1|{n}，稳赚不赔？信了你的邪哦，冇得这种东西，哪个跟您讲的您就离他远点{e}
S|p|wh|R4|{n}，代客理财？我们不搞这个的，您自己拿主意，我帮您把产品说明讲清楚{e}
C|g|gen|R2|家人们，有没有人知道这只票有没有内部消息啊，评论区都说要起飞了xswl{e}
S|g|gen|R1|稳赚？姐妹们醒醒，稳赚的都在反诈宣传片里，咱们就正常定投哈{e}
S|p|stk|R1|{s}不保本哈，说明书写着呢{e}
S|p|stk|R3|{s}返点？哪来的返点，我可不敢{e}
S|g|brief|R1|【周五早报】{br}1. 国债收益率小幅下行{br}2. 客户问得最多的“有没有稳赚的产品”？答案是没有，请按风险等级配置{br}3. 下周三网点营业时间不变{e}
S|g|okr|R3|KR讨论：有人提议用返点拉新，这能算业绩吗？合规一查全部清零，这条删掉{e}
C|p|news|R3|{m}，你看这条新闻，说某银行员工飞单卷走几千万，你们那儿不会有吧？{e}
S|p|news|R2|{n}，新闻里说有人利用内幕消息交易被罚了，您问我们有没有？我们连打听都不会打听{e}
S|p|legal|R1|{n}，宣传册上印着“保本”？我们行的正式材料里怎么可能有这两个字？那份多半是假冒的，发我看看{e}
S|p|exam|R4|{n}，您问考试那道题“能不能替客户全权委托操作”？标准答案是不能，实际工作也是不能{e}
C|p|hk|R1|{m}，请问呢份储蓄计划系咪保本？本人打算俾仔女做教育基金{e}
S|p|hk|R3|{n}，阁下问可否转到我个人户口？点可以呢，所有款项必须入公司账户，唔该体谅{e}
C|p|tw|R1|{m}，欸这张保单真的是保本的吗？我妈说她朋友买了都没赔{e}
S|p|tw|R5|{n}，要加我私人微信？拍谢喔，公司规定只能用这个，有事我都会回的啦{e}
C|p|farm|R3|{m}，俺那个贷欵下来，是不是要给你们返点？村里人都这么说，中不中啊{e}
S|p|farm|R4|{n}，您把存折和账户密码都给我？可不敢这样，密码您自己记着，谁问都别说{e}
S|p|plain|R2|{n}，要是真有内部消息，还轮得到咱们普通人？那种群里都是割韭菜的{e}
S|p|plain|R5|{n}，为什么不能加我个人号？因为这里的聊天有存档，出了问题能查，这是在保护您{e}
S|p|mtg|R4|{n}，房贷还款卡的账户密码您问我要不要记一下？不用，谁都不要给，包括我{e}
S|p|fx|R3|{n}，点差能不能给返点？没有这种东西，我们给的是挂牌价优惠，写在合同里的{e}
S|p|app|R1|{n}，有人说我们APP里的基金都是稳赚的？哪有这回事，基金都有波动，您看风险等级{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|mtg|R3|各位业主注意：房贷审批不收任何费用，信贷员不得收取返点，中介以银行名义收钱的请直接投诉{e}
S|p|mtg|R3|{n}，按规定放款必须受托支付，不能私下转账给任何个人，包括我，请您理解{e}
S|p|annu|R1|{n}，按规定年金投资不得承诺保本，我们给HR部门的材料里也不会写{e}
S|p|annu|R3|{n}，我们公司制度明确：年金业务严禁向客户单位经办人返佣，请转告贵司财务{e}
S|p|app|R4|{n}，温馨提示：本行工作人员不会向您索取账户密码，也不能远程帮你操作转账，请勿相信任何索要行为{e}
S|g|app|R5|【APP使用须知】客服只通过官方渠道服务，不会让您加私人微信，更不会发链接让您下载其他软件{e}
S|p|fx|R3|{n}，外汇管理规定：不得通过私下交易或地下钱庄结汇，货款必须走对公账户，这条红线碰不得{e}
S|p|fx|R2|{n}，我们交易员签过保密承诺，禁止对外透露任何内部消息，汇率判断请看我们公开的周报{e}
S|g|county|R1|各位叔叔阿姨：大厅里任何人跟您说保险保本、存款利息翻倍，都不合规，我们的员工不准这么讲{e}
S|p|county|R4|{n}，行里规定大堂经理不能替客户输密码，也不能帮你操作柜员机，您自己来，我在旁边看着{e}
S|p|tj|R1|{n}，介个您得明白，上头规定不许说保本，咱也不能糊弄您，有风险就是有风险{e}
S|p|tj|R5|{n}，公司管得倍儿严，私人微信一律不让加，您有嘛事儿就在这儿说{e}
S|p|wh|R3|{n}，我们行规定不准私下交易，哪个找您搞这个您就举报，莫客气{e}
S|p|wh|R4|{n}，全权委托是不允许的撒，您的账户您做主，我只能给建议{e}
S|g|gen|R1|群规：禁止发“稳赚”“躺赚”之类的词，违者踢，大家理性讨论哈{e}
S|p|stk|R3|{s}规定不让收返佣的{e}
S|g|brief|R4|【周一早报】{br}1. 上周市场回顾见附件{br}2. 合规提示：任何员工不得代客理财、不得保管客户账户密码{br}3. 本周网点正常营业{e}
S|g|okr|R5|Q4目标：企微新增客户三百个，只算企业微信，不许把客户往私人号上导，发现一次扣绩效{e}
S|g|okr|R3|季度目标里绝不允许出现“返点拉客”这类打法，谁写进OKR谁自己跟合规解释{e}
C|p|news|R3|{m}，新闻说监管严禁银行员工私下转账收客户的钱，那我之前在你们柜台办的没问题吧？{e}
S|p|news|R2|{n}，您转的那篇讲证监会严查内幕消息交易，确实是这样，我们公司对员工的要求更严{e}
S|g|legal|R3|【公告】根据《员工行为守则》，本行员工严禁从事飞单、私下交易等行为，客户发现可拨打投诉热线举报{e}
S|p|legal|R4|{n}，以下为我行《客户须知》第七条原文：本行工作人员不得接受客户全权委托，不得代客理财{e}
S|g|exam|R1|【合规测试·判断题】第三题：客户经理可以向客户说“这款产品零风险”。正确答案：错。请大家核对{e}
S|g|exam|R5|【合规测试·单选】员工可以通过以下哪种方式联系客户？A.企业微信 B.私人微信 C.私人短信。答案A{e}
S|p|hk|R3|{n}，按公司规定，员工唔可以收任何返点，阁下嘅好意心领{e}
C|p|hk|R1|{m}，我知你哋规定唔可以讲保本，但系请问历史上有冇亏过本？{e}
S|p|tw|R4|{n}，公司规定不能帮你操作下单喔，你在台湾那边自己用APP按就好，我可以截图教你{e}
C|p|tw|R5|{m}，你们规定不能加私人号吼？那我下次都在这边找你{e}
S|p|farm|R3|{n}，信用社早有规定，贷款不许收返点，谁找你要你就给我打电话{e}
C|p|farm|R1|{m}，俺看墙上贴着不准说包赚，那存你们这到底能挣多少利习{e}
S|p|plain|R5|{n}，按公司要求我们不能用私人号联系客户，所有沟通都在企业微信，方便留痕{e}
S|p|mtg|R1|{n}，银行不允许把贷款说成零风险，也不允许拿贷款去买理财，这两条请您一定注意{e}
S|p|annu|R4|{n}，年金计划由受托机构按合同管理，员工个人不得接受任何单位或个人的全权委托，这是制度要求{e}
S|p|fx|R1|{n}，监管要求外汇衍生品不能宣传稳赚，远期锁汇是避险工具，您签约前要做风险测评{e}
S|p|county|R3|{n}，行里有规定，员工不准私下转账替客户存钱，您的养老金还是您本人到柜台办{e}
S|p|app|R1|{n}，规定不允许我们说“零风险”，货币基金也有风险，只是比较低，这点请知悉{e}
S|p|wh|R2|{n}，我们这行不准传内幕消息的，听到了也要报合规，您莫让我为难撒{e}
S|p|plain|R3|{n}，员工守则第十二条：严禁飞单。您看到的那家“合作机构”产品不在我们代销名单里，我不能卖{e}
S|p|tj|R3|{n}，转到我个人账户？那可犯了大忌了，行里明令禁止，您还是打对公，结了{e}
S|p|plain|R3|{n}，我们这儿没有一个员工没签过《不私下交易承诺书》，我也签了，这种事不会发生{e}
S|g|legal|R1+R3+R5|【员工承诺书】本人承诺：不向客户承诺保本；不收取返点；不使用私人微信与客户联系。请各位客户监督{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|mtg|R3|{n}，规定是说信贷员不能收返点，不过大家都心知肚明，放款后那一个点返点您私下给我就行{e}
S|p|mtg|R3|{n}，按规定要受托支付，不能私下转账，但您那笔过桥急用，先私下转账到我这边周转一下{e}
S|p|annu|R1|{n}，制度上不能承诺保本，这个我得说在前头；但私下讲，贵司年金组合我们保本，您跟老板放心汇报{e}
S|p|annu|R3|{n}，公司严禁返佣，这我知道，所以我们换个名字叫“服务费”，返佣比例不变，年底打到您卡上{e}
S|p|app|R4|{n}，按规定客服不能要账户密码，不过您这情况特殊，账户密码发我，我在后台帮您解锁{e}
S|p|app|R5|{n}，虽然规定只能在官方渠道沟通，您还是加我私人微信吧，人工客服排队太久了{e}
S|p|fx|R3|{n}，外管局不让私下交易，但老客户我们有办法，{y}私下交易换给您，价格比挂牌价好{e}
S|p|fx|R2|{n}，交易室有保密规定，这个内幕消息您听完就忘：{d}人民币要大幅升值，赶紧结汇{e}
S|p|county|R1|{n}，上头不让说保本，那我不说，我就跟您讲：这个保险到期本金一分不少，就是保本{e}
S|p|county|R4|{n}，行里规定不能替客户输密码，您老眼神不好，把账户密码告诉我，我来弄{e}
S|p|tj|R1|{n}，公司不让说稳赚，咱不说，可您心里得有数，介个就是稳赚，倍儿瓷实{e}
S|p|tj|R4|{n}，规定说不许全权委托，嗨，规定是死的人是活的，您签个条，全权委托给我{e}
S|p|wh|R3|{n}，规定不准飞单撒，但是这单走外面渠道便宜蛮多，飞单我来搞，您莫管{e}
S|p|wh|R5|{n}，单位不让加私人微信，冇得关系，您加我私人微信，我晚上也能回{e}
S|g|gen|R1|群规写着不许说稳赚，但我就说一句：这只真的稳赚，绝绝子，dddd{e}
S|p|stk|R3|{s}规定归规定，返点照给{e}
S|g|brief|R1|【周二早报】{br}1. 合规提示：不得承诺保本{br}2. 本周主推产品：稳盈年金，实际上就是保本的，大家放心推{e}
S|g|okr|R3|OKR里不能写返点，这个我懂，所以KR3写成“客户关怀”，实际执行还是返点两个点，大家心里有数{e}
S|p|news|R2|{n}，新闻说严打内幕消息，没错，所以我这条内部消息只跟您一个人说：{d}那只票有人拉升{e}
S|p|legal|R1|{n}，风险揭示书上写着“本产品不保本”，那是格式条款，签字就行，实际上我们内部都按保本在做{e}
S|p|exam|R4|{n}，合规考试我刚考了满分，代客理财是禁止的我最清楚，但您的账户交给我代客理财，我心里有数{e}
S|p|hk|R3|{n}，公司规定唔可以私下交易，不过阁下系大客，私下交易可以悭返一笔手续费，由我负责安排{e}
S|p|hk|R5|{n}，按规定我唔应该俾私人微信，但为咗方便阁下，私人微信已经send咗俾你{e}
S|p|tw|R1|{n}，公司说不能讲保证收益，可是这张我真的保证收益{r}，你放心啦{e}
S|p|tw|R4|{n}，规定是不能帮你操作啦，但你在台湾有时差不方便，账户密码给我，我帮你操作就好{e}
S|p|farm|R3|{n}，信用社规定不让收返点，俺们都是乡里乡亲，贷款下来你给我返点两个点就中{e}
S|p|plain|R4|{n}，制度写着不能代客理财，但您出国这半年，账户交给我代客理财，回来给您看收益{e}
S|p|mtg|R1|{n}，银行规定不能说买房稳赚，但您这套地段，我拿职业担保，转手稳赚{e}
S|p|annu|R5|{n}，规定要在企业微信上对接，不过人事那边流程太慢，您加我个人号，方案我私下发您{e}
S|p|fx|R1|{n}，按监管要求不能说锁汇零风险，但您这个出口订单锁了就是零风险，我替您担着{e}
S|p|county|R3|{n}，规定是不能替客户私下转账，您老腿脚不便，把钱转到我个人账户，我帮您存进去{e}
S|p|app|R1|{n}，客服话术里不许说零风险，我悄悄跟您说：这款活期理财零风险，放心存{e}
S|p|tj|R2|{n}，公司不让提庄家，咱不提，就说一句：{d}有人拉升，您懂的{e}
S|p|wh|R1|{n}，规定说不能讲包赚，那是防外人的，您是自己人，我跟您讲这个包赚{e}
S|g|gen|R5|群规说不许私下加好友，but 私人号在我主页，懂的都懂，冲{e}
S|p|legal|R3|{n}，附件是我行《严禁飞单承诺书》，我签过的。不过您这单例外，飞单走我朋友的平台，收益高{e}
S|p|exam|R1|{n}，培训考试判断题“可以承诺保证收益”我选了错，那是考试。跟您说实话，这款保证收益{r}{e}
S|p|stk|R5|{s}规定不让，私人微信搜我手机号{e}
S|p|plain|R2|{n}，合规说不能传内部消息，可不传给您传给谁？{d}那只票庄家要动手了{e}
S|p|news|R3|{n}，新闻报道的飞单案判了，我们行管得更严了。不过您那笔如果想要高一点收益，私下交易也不是不行{e}
S|p|mtg|R3|{n}，行里规矩多，不能乱承诺，这我懂。放款后那一个点返点，还是老样子转我{e}
S|p|tj|R1+R5|{n}，规定不让说的我都不说，就两句：介个稳赚；以后加我私人微信聊{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|mtg|R3|【风险提示】近期有不法中介以“低息转贷”为名，要求借款人私下转账支付“过桥费”，本行从未委托任何中介收费{e}
S|p|mtg|R3|{n}，您反映的那个中介收返点的事，我已经写了情况说明交给支行纪检，您那边保留好聊天记录{e}
S|p|annu|R3|{n}，贵司HR反映有人自称我公司员工，承诺年金返佣，这是冒名行为，我们已经报警{e}
S|g|annu|R1|致各合作单位人力资源部：近期有机构以“年金保本增值”名义拉客，请勿轻信，企业年金投资不保本{e}
S|p|app|R4|{n}，提醒一下：有假冒客服打电话说要帮你操作“注销贷款记录”，让您开屏幕共享，千万别信，直接挂{e}
S|g|app|R4|【安全提醒】任何人向您索要账户密码、短信验证码，都是诈骗，请立即拨打官方客服核实{e}
S|p|fx|R3|{n}，最近有外贸群里的人说能私下交易换汇，价格更好，其实就是地下钱庄，已经有企业被冻结账户了{e}
S|p|fx|R2|{n}，群里流传的“央行内部消息”截图是假的，我们总行已经发了辟谣，别据此结汇{e}
S|g|county|R1|各位乡亲注意：最近有人在镇上发传单说“存一万送米面、保本高息”，那不是我们银行的，是非法集资{e}
S|p|county|R5|{n}，有人冒充我让您加私人微信？我从来不用这种方式，已经跟行长报告了，您千万别转钱{e}
S|p|tj|R2|{n}，您可留点神，最近有人到处说他有庄家的门路，那就是骗钱的，咱不上介个当{e}
S|p|tj|R1|{n}，刚接到总行通知，有假冒我们名义卖“稳赚基金”的，您家里老人要是接到电话，直接撂了{e}
S|p|wh|R3|{n}，汉口那边有人说能帮您私下转账到香港买保险，那是违法的撒，莫上当{e}
S|g|wh|R4|各位街坊注意咯，有人冒充银行说能代客理财，年化两成，这是骗局，已经报警了{e}
S|g|gen|R1|避雷！！小红书上那个“基金稳赚课”的博主是割韭菜的，集美们别交钱，已举报{e}
S|p|stk|R2|{s}内幕消息那个是骗子，别信{e}
S|g|brief|R3|【周四早报】{br}1. 本周央行公开市场操作平稳{br}2. 风险提示：有不法分子冒充客户经理以返佣为诱饵骗取转账，请勿轻信{br}3. 网点周六正常营业{e}
S|g|okr|R3|复盘：上季度有同事因飞单被处分，这个季度目标再高也不能走这条路，大家引以为戒{e}
C|p|news|R1|{m}，这篇文章说有家平台打着零风险旗号卷款跑了，我买的你们那个没事吧？{e}
S|p|news|R1|{n}，新闻里那家暴雷的平台当初就是宣传保本保息，我们行跟它没有任何合作，您放心{e}
S|g|legal|R4|【关于防范电信诈骗的公告】我行工作人员不会以任何理由索要客户账户密码，不会要求客户全权委托他人操作账户{e}
S|p|legal|R3|{n}，附件是我行就“员工私下交易”投诉的书面答复：经查，涉事人员已离职，相关损失已移交司法机关{e}
S|g|exam|R2|【案例分析题】某员工向客户透露“内幕消息”并推荐买入，请指出违规之处（参考答案：违反信息隔离与禁止传播规定）{e}
C|p|hk|R3|{m}，本人想举报，早前有个自称你哋同事嘅人叫我私下转账俾佢，话可以悭手续费{e}
S|p|hk|R5|{n}，多谢阁下通知，冒充我嘅私人号已经举报咗，请勿同佢联络{e}
C|p|tw|R1|{m}，我在台湾接到电话说你们有保证收益的美元保单，是你们的人吗？{e}
S|p|tw|R4|{n}，提醒你喔，有人假装是我要你的账户密码，那不是我，请直接封锁他{e}
C|p|farm|R4|{m}，俺村有个人说他能代客理财，一年翻一翻，俺没敢给他，你给俺看看是不是骗人的{e}
S|p|farm|R1|{n}，村口那个说“存他那里包赚”的不是我们信用社的，您千万别把补贴款给他{e}
S|p|plain|R1+R3|{n}，那个让您私下转账、还说稳赚不赔的人已经被警方控制了，您去派出所做个笔录就行{e}
S|p|mtg|R1|{n}，提醒您一下，售楼处说“买房稳赚”那套是营销话术，月供压力还是要自己算清楚{e}
S|p|annu|R4|{n}，审计反馈说贵司有员工把年金平台的账户密码交给了第三方，建议马上修改并回收权限{e}
S|p|fx|R1|{n}，提醒您，外面那些说“外汇保证金稳赚”的平台大多是境外无牌机构，千万别碰{e}
S|p|app|R5|{n}，您反馈的自称客服让您加私人号的账号，我们已经提交给安全团队处理了，谢谢您{e}
S|p|county|R3|{n}，听说隔壁镇有人收了老人的钱，说“转到我个人账户能多给利息”，那人不是我们行的，我已经报警了{e}
S|p|wh|R2|{n}，群里那个天天喊拉升的，我查了，是荐股诈骗，已经举报了，您莫跟{e}
S|g|plain|R5|提醒各位：近期多名客户反映有人用我们同事的头像加私人微信推销产品，请以企业微信为准{e}
S|p|tj|R4|{n}，您家大爷把账户密码告诉了电话里那人？赶紧挂失！我这就陪您去报案{e}
C|p|plain|R2|{m}，有人拉我进群说有内部消息，要交三千会员费，我该不该交？{e}
S|g|gen|R3|姐妹们，有人在群里说能私下交易打折基金份额，那是骗子，已经踢了，大家别私聊他{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|mtg|R3|{n}，外面中介收返点都黑得很，您别找他们。您这笔经营贷我亲自办，返点给我一个点就行，比中介少一半{e}
S|p|mtg|R3|{n}，小心那些要您私下转账的过桥公司，靠不住。过桥的钱转到我个人账户，我来周转，稳当{e}
S|p|annu|R1|{n}，提醒贵司HR：别信那些承诺年金保本的小机构。我们这边才是真正保本，合同外我可以出个说明{e}
S|p|annu|R3|{n}，最近查返佣查得严，您那边注意别跟别家有牵扯。我们这边的返佣照常，换成培训费的名义走{e}
S|p|app|R4|{n}，千万别把账户密码给陌生人！给我就行，我是官方客服，我帮你操作把额度调上去{e}
S|p|app|R5|{n}，假冒客服太多了，以后别在APP里找人工了，直接加我私人微信，有事我第一时间处理{e}
S|p|fx|R3|{n}，地下钱庄风险很大，您千万别碰。真想要好价格，我这边私下交易给您换，安全又便宜{e}
S|p|fx|R2|{n}，群里那些汇率传言都是瞎编的，别信。我们交易室的内部消息才准：{d}前结汇{e}
S|p|county|R1|{n}，别信镇上那些保本高息的传单，都是骗子。要保本就买我推荐的这个，我跟您保证{e}
S|p|county|R5|{n}，有人冒充我加您私人微信？您把他删了，加我真的私人微信，我这就发给您{e}
S|p|tj|R2|{n}，您可别信外头那些庄家消息，都是忽悠。咱这儿有真格的内部消息，{d}您听我的{e}
S|p|tj|R1|{n}，外头卖稳赚基金的全是骗子，您可留神。真稳赚的在我这儿，介个我敢拍胸脯{e}
S|p|wh|R4|{n}，外面那些说帮你操作股票的莫信，都是骗钱的。账户交给我，我帮你操作，稳当得很{e}
S|p|wh|R3|{n}，汉口那边私下转账去香港买保险的被查了好几个，您莫找他们，找我，我私下转账帮您办，熟门熟路{e}
S|g|gen|R1|避雷那些割韭菜的博主！他们的稳赚都是骗人的，姐妹们要稳赚就跟我，yyds{e}
S|p|stk|R2|{s}别信群里的，内部消息我这有{e}
S|g|brief|R1|【周二早报】{br}1. 风险提示：谨防“保本高息”类诈骗{br}2. 本行增利年金才是真正保本，年化{r}，欢迎私聊认购{e}
S|g|okr|R3|复盘：上季度有人被查飞单，是因为做得太明显。这季度飞单走我朋友的渠道，别留痕，目标照样完成{e}
S|p|news|R2|{n}，新闻里抓的那个内幕消息案，是他们太不小心。我这条内部消息绝对安全，{d}可以进{e}
S|p|news|R1|{n}，您转的那篇说理财暴雷的文章别慌，那是别家的。我们这款保本，我拿工作担保{e}
S|g|legal|R4|【重要提示】近期有不法分子冒用我行名义索要账户密码。如需办理业务，请将账户密码直接发给您的专属客户经理，由其帮你操作{e}
S|p|legal|R3|{n}，附件是总行关于严禁私下交易的通报，您看一下。您那笔额度我另外私下交易给您，不走系统{e}
S|p|exam|R1|{n}，培训教材上说零风险的说法都是违规案例，但您这个大额存单加保险的组合确实零风险，放心{e}
S|p|hk|R3|{n}，近日有骗徒冒充本公司要求客户私下转账，请阁下小心。如需快速入账，可转到我个人户口，我即日处理{e}
S|p|hk|R1|{n}，提提阁下：市面好多所谓保本计划都唔可靠。我推介嘅呢份先系真正保本，请放心{e}
S|p|tw|R4|{n}，最近诈骗很多喔，账户密码不要给别人。给我就好，我帮你操作比较安全啦{e}
S|p|tw|R5|{n}，有人假冒我喔，要小心！我的私人号在这边，加这个才是真的我{e}
S|p|farm|R1|{n}，村里那个说包赚的是骗子，你别理他。要包赚，存俺们信用社这个，包赚{e}
S|p|plain|R3|{n}，我已经把那个收返佣的同事举报了。您放心，以后您的返佣由我直接给，不经过他{e}
S|p|mtg|R1|{n}，提醒您别碰那些炒房团，风险大。我手上这个法拍房渠道才是稳赚，贷款我一并给您办{e}
S|p|fx|R4|{n}，外面那些代客炒汇的都没牌照，很危险。您签个全权委托给我，结汇时点我来定{e}
S|p|app|R1|{n}，别被外面那些高息平台骗了，要零风险就买我们APP里这款，零风险，随存随取{e}
S|p|county|R4|{n}，您老千万别把账户密码告诉陌生人。告诉我就行，以后取钱我帮你操作，您不用跑{e}
S|p|wh|R2|{n}，群里天天喊拉升的都是骗子，莫信。我这边是真有庄家的路子，{d}您准备好钱{e}
S|g|plain|R5|提醒大家别加陌生人好友，容易被骗。要找我的话，加我个人号，企业微信我不常看{e}
S|p|tj|R3|{n}，外面飞单的多了去了，出了事没人管。您这单要走外面的话，交给我飞单，保您没事{e}
S|p|annu|R4|{n}，贵司员工把年金平台密码交给第三方，风险太大了。以后交给我，您把账户密码发我，我帮你操作{e}
S|g|gen|R3|姐妹们别信那些打折基金的骗子！真想要返点来找我，返点{r}，xswl真香{e}
S|p|exam|R5|{n}，培训课上讲的案例就是冒充员工加私人微信骗钱，您要当心。为了安全，您加我真正的私人微信，有事找我{e}
S|p|plain|R1+R3|{n}，别信那些说稳赚的中介，他们会让您私下转账。我这个产品才稳赚，钱私下转账给我就行{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|mtg|R3|{n}，您说放款后给我两个点返点，这个我真不能收，您要谢就给我们网点写个表扬信吧{e}
S|p|mtg|R3|{n}，过桥的钱转到我个人账户不行，必须走贷款监管户，这次急也得按流程{e}
S|p|annu|R1|{n}，贵司老板要我们出一份保本承诺，这个我们出不了，能提供的是历史业绩和风险说明{e}
S|p|annu|R3|{n}，您提的返佣我们不能给，也不会给任何单位经办人，费率可以在合同层面谈{e}
S|p|app|R4|{n}，账户密码请不要发给我，我们这边也看不到，重置需要您本人刷脸{e}
S|p|app|R4|{n}，抱歉，我没法远程帮你操作，您按我说的：首页-我的-安全中心，一步步来{e}
S|p|fx|R3|{n}，您说私下交易换一部分美元给朋友，这个我们做不了，只能按真实贸易背景结汇{e}
S|p|fx|R2|{n}，您问交易室有没有内部消息，没有，也不会有，我只能给您讲公开研报的观点{e}
S|p|county|R4|{n}，存折密码您别告诉我，柜员机我不能帮你操作，您自己按，我在边上给您挡着{e}
S|p|county|R1|{n}，您要保本的，那就存定期或者大额存单，保险和理财我不跟您说保本，因为本来就不是{e}
S|p|tj|R5|{n}，私人微信我是真不能给您，您有嘛事儿在介儿说，我看见就回{e}
S|p|tj|R4|{n}，全权委托我可不接，您的钱您做主，我就给您出出主意{e}
S|p|wh|R3|{n}，您要我飞单帮您买别家那个产品，搞不成的，我只能卖我们代销名单里的{e}
S|p|wh|R2|{n}，我冇得内部消息，也不去打听，您莫问了撒{e}
C|p|gen|R4|{m}，一键代操作那种我不要啦，账户密码也不发你，你教我就行，我自己来，爱了爱了{e}
S|p|gen|R1|{n}，稳赚的我给不了啊，别为难打工人了，能给的只有稳健型的{e}
S|p|stk|R5|{s}私人号不加哈{e}
S|p|stk|R4|{s}密码别发我，不帮你操作{e}
S|g|brief|R3|【早报补充】{br}昨天有客户私信问能否返点，统一回复：不能。{br}今日主推产品详见上条{e}
S|g|okr|R5|有同事问KR能不能统计私人微信加的客户，答复：不能，只统计企业微信，私人号一律不算也不许加{e}
C|p|news|R3|{m}，新闻都报了私下转账的事，我以后都走对公，你也别让我转个人{e}
S|p|news|R2|{n}，您问新闻里那只票是不是庄家在炒，我不做判断，也不建议您追{e}
S|p|legal|R1|{n}，贵司法务要求我们在合同里加一句“保本”，经我行法律部审核，这一条不能加，敬请谅解{e}
S|p|exam|R4|{n}，合规培训刚讲过，客户要求代客理财必须拒绝，所以您这个要求我只能拒绝，理解一下{e}
S|p|hk|R3|{n}，阁下提出嘅返佣安排，我唔可以接受，请见谅{e}
C|p|hk|R5|{m}，私人微信就唔使加喇，有事喺度讲就得{e}
S|p|tw|R1|{n}，拍谢喔，保证收益我不能给你讲，这张是分红型的，分多少要看公司经营{e}
S|p|tw|R4|{n}，你说账户密码给我帮你处理，这个我不能收喔，你自己改密码比较安全{e}
S|p|farm|R3|{n}，您说给我送两袋米当返点，真不用，贷款该咋办就咋办{e}
C|p|farm|R4|{m}，账户密码俺不给你，你教俺咋在手鸡上弄就中{e}
S|p|plain|R1+R4|{n}，您要我包赚、还要我帮你操作，两样我都做不到，能做的是把风险讲清楚{e}
S|p|mtg|R1|{n}，您问我能不能保证这套房稳赚，我保证不了，我只负责把贷款给您办好{e}
S|p|annu|R4|{n}，您说干脆把年金平台的账户密码交给我来维护，这个不行，得由贵司授权的经办人操作{e}
S|p|fx|R1|{n}，您要我写“锁汇保收益”的承诺，我写不了，远期合约只锁价格不保收益{e}
S|p|app|R5|{n}，您要加我个人号，我这边不行哦，有问题随时在APP或这里联系客服{e}
S|p|county|R3|{n}，您让我私下转账帮您存，这个我不能做，您拿身份证来柜台，我陪您办{e}
S|p|wh|R1|{n}，您要保本的，我冇得，能给的是低风险的，您看要不要{e}
S|p|tj|R3|{n}，您要转到我个人账户，那不成，我不接介事，您打对公{e}
S|p|plain|R2|{n}，您一直追问那只票的内部消息，我再说一遍：没有，也不传{e}
S|g|plain|R3|刚才有位客户说愿意给返佣换个优惠，我已经拒绝了，群里统一说明：没有返佣这回事{e}
S|p|app|R1|{n}，更正一下刚才的回复：我说的“零风险”用词不当，应为“低风险”，特此更正，抱歉{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|mtg|R3|{n}，返点我本来是不收的，您非要给，那放款后那个点返点转我就行，别让别人知道{e}
S|p|mtg|R3|{n}，私下转账原则上不行……算了，您急用，转到我个人账户吧，我下午给您过桥{e}
S|p|annu|R1|{n}，保本承诺我们一般不出，既然贵司老板这么坚持，我私下给您写一份，年金保本{e}
S|p|annu|R3|{n}，返佣这事我推了三次了，您这么有诚意，那就按年金规模的千分之五返佣给您个人{e}
S|p|app|R4|{n}，按流程我不能碰您的账户……不过您实在不会，账户密码发我，我帮你操作一次{e}
S|p|app|R5|{n}，本来不能给私人联系方式的，看您急成这样，加我私人微信吧，我私下帮您跟进{e}
S|p|fx|R3|{n}，私下交易我一直拒绝的，这次看在合作多年，{y}私下交易给您换，别外传{e}
S|p|fx|R2|{n}，内幕消息我是不说的，您非要问，我就透一句：{d}前人民币有大动作{e}
S|p|county|R4|{n}，密码我本来不该知道，可您老不会弄，账户密码告诉我，我帮你操作把钱转了{e}
S|p|county|R1|{n}，保本这话我不爱说，您非要一句准话，那我说：保本，出了事找我{e}
S|p|tj|R5|{n}，私人微信一般不给，您是老街坊，得嘞，加我私人微信吧{e}
S|p|tj|R4|{n}，全权委托咱不接，可您非说信得过我，那行，签了全权委托，我给您盯着{e}
S|p|wh|R3|{n}，飞单我是不搞的撒，您硬要那个产品，那我就帮您飞单搞一次，下不为例{e}
S|p|wh|R1|{n}，包赚这话我冇讲过，您硬要我讲，那我就讲：包赚，放心买{e}
S|p|gen|R4|{n}，我不想帮人盯盘的，但你是我饭搭子，账户密码甩过来，我帮你操作到月底{e}
S|g|gen|R1|本来不想说的，但是评论区一直问，那我就说了：这只稳赚，不接受反驳{e}
S|p|stk|R3|{s}不行……{s}好吧返点给你{e}
S|p|stk|R5|{s}不加……算了，私人号发你{e}
S|g|brief|R3|【早报】{br}1. 昨日有客户问返点，按规定本应拒绝{br}2. 但本周认购满{a}的客户，返点一个点，私聊{e}
S|g|okr|R5|之前我一直反对往私人号导客户，但这季度目标太高了，大家就把重点客户加到私人号吧{e}
S|p|news|R2|{n}，新闻上的事我不想多说，您非要问，我就说一句：这只票庄家{d}要拉升{e}
S|p|legal|R1|{n}，法律部不让加保本条款，我跟您私下写个补充说明：本产品保本，我个人负责{e}
S|p|exam|R4|{n}，按培训考的标准答案我应该拒绝代客理财，可您这么忙，就破一次例，代客理财我来{e}
S|p|hk|R3|{n}，我原本唔接受返佣安排，不过阁下咁有诚意，返佣就照阁下讲嘅比例{e}
S|p|hk|R4|{n}，一般情况我唔会帮你操作户口，不过阁下喺外地，今次就帮你操作一次{e}
S|p|tw|R1|{n}，保证收益我本来不能讲啦，你一直问，好啦，这张保证收益{r}{e}
S|p|tw|R5|{n}，私人微信本来不给的，你是老客户，加我私人微信好了，LINE也行{e}
S|p|farm|R3|{n}，返点俺们本来不收，你硬塞，那贷款下来返点给我五百就中{e}
S|p|plain|R4|{n}，我拒绝过好几个客户的全权委托，您不一样，十几年的交情，全权委托给我吧{e}
S|p|mtg|R1|{n}，稳赚这话我一般不说，但您这套房我看准了，转手稳赚，贷款我给您批{e}
S|p|fx|R1|{n}，锁汇我从不说零风险，但您这笔我帮您锁在高位，零风险，放心{e}
S|p|app|R1|{n}，客服不该说零风险的，您一直问，我就跟您交个底：零风险{e}
S|p|county|R3|{n}，转到我个人卡上本来不行，看您老跑一趟不容易，转到我个人卡吧，我帮您存{e}
S|p|wh|R5|{n}，私人微信我一般不加的撒，您这么客气，那加一个，私人微信上说{e}
S|p|tj|R2|{n}，内部消息我真不该说，您是老主顾，那就跟您说：{d}有人拉升，您瞅准了{e}
S|p|annu|R5|{n}，按规矩只能企业微信，不过贵司HR总监要求私下沟通，那您让他加我个人号{e}
S|p|plain|R2|{n}，我不该说内部消息的……算了，就您一个，{d}那只票有大资金进，赶紧买{e}
S|g|plain|R1|群里问保本的太多了，我本来不回的，统一回复：这期保本，放心买{e}
S|p|farm|R4|{n}，帮你操作俺本来不管，你家娃在外打工不会弄，那账户密码给我，俺替你弄{e}
S|p|gen|R3|{n}，私下交易我一开始说不行对吧，但你这么会说话，那就私下交易一次，绝绝子{e}
S|p|plain|R1|{n}，收回我上午那句“保证不了”，我问过产品经理了，这期保证收益{r}，您放心{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|mtg|R1|{n}，中介跟您说“这套房买了稳赚”，那是他的说法，银行不做这种判断，您自己衡量{e}
S|p|mtg|R3|{n}，您转来的那句“放款后给信贷员返点”，不是我们行的规矩，是中介瞎说的{e}
S|p|annu|R1|{n}，贵司老板转述的“年金保本”这个说法不准确，我们材料里写的是“不承诺保本”{e}
S|p|annu|R4|{n}，合同草案里那句“全权委托乙方员工操作”我们法务已经删了，受托责任只能由机构承担{e}
S|p|app|R1|{n}，您截图里的“零风险理财”弹窗不是我们APP的，那是钓鱼页面，请别点{e}
S|p|app|R4|{n}，那条短信写着“客服帮你操作退款”，这是诈骗短信，我们不会这样发{e}
S|p|fx|R2|{n}，群里那句“外管局内部消息，下周放开额度”是谣言，官网没有任何通知{e}
S|p|fx|R3|{n}，客户说“别的银行私下交易能省两个点”，我们不接这种说法，也不建议您尝试{e}
S|p|county|R1|{n}，您说的“存钱送油，保本保息”是隔壁那家公司的广告，跟我们银行没关系{e}
S|p|county|R5|{n}，那个人说“加我私人微信给你办高息”，我们行没有这个人，您别加{e}
S|p|tj|R2|{n}，您听说的“庄家要拉升”介话，我可不认，您别往心里去{e}
S|p|tj|R1|{n}，那广告上“稳赚不赔”四个大字，您瞅瞅就是骗人的，咱不理它{e}
S|p|wh|R3|{n}，您屋里亲戚讲的“转到我个人账户更划算”，那是骗子话，我们冇得这种搞法{e}
S|p|wh|R4|{n}，那个人讲“代客理财年化两成”，您信了你的邪？莫理他{e}
C|g|gen|R1|有人说“这只基金稳赚yyds”，我不信，集美们怎么看？{e}
S|g|gen|R2|评论区那句“博主有内部消息”不是我说的，我没有，也不会有，别被带节奏{e}
S|p|stk|R1|{s}“稳赚”是别人说的，我没说{e}
S|p|stk|R3|{s}那个“返点”说法不是我们家的{e}
S|g|brief|R1|【早报·辟谣】{br}网传“某行理财全部保本”不实，理财产品均不保本{br}请各位客户以官方公告为准{e}
S|g|okr|R3|有人把“返点拉新”写进了自己的KR，已经退回，请按合规口径重写{e}
C|p|news|R2|{m}，这新闻说“某基金经理利用内幕消息获利”，那你们的基金经理会不会也这样？{e}
S|p|news|R3|{n}，新闻标题“银行员工飞单千万”说的是外省的案子，我们行没有涉及{e}
S|g|legal|R4|【律师声明】近期有人以“代客理财”名义冒用我行员工身份，相关行为与我行无关，我行保留追究法律责任的权利{e}
S|p|legal|R1|{n}，您发来的那份所谓“保本协议”不是我行出具的，公章也不对，请立即停止付款{e}
S|g|exam|R5|【错误话术辨析】“加我私人号，有内部价”——该话术违反哪项规定？请在下方作答{e}
S|p|exam|R1|{n}，培训卷子上那句“本产品零风险”是让我们找错的例子，不是对客户说的{e}
C|p|hk|R1|{m}，本人收到一份宣传单张，写住“稳赚不赔”，请问系咪你哋公司发出？{e}
S|p|hk|R3|{n}，阁下所讲“员工话可以私下交易”一事，本公司并无此安排，请勿理会{e}
C|p|tw|R1|{m}，我朋友说“这张保单保本啦”，我有点怀疑欸，是真的吗？{e}
S|p|tw|R5|{n}，你说有人讲“加我私人微信比较快”，那不是我喔，要小心{e}
C|p|farm|R1|{m}，俺听广播里说“包赚不赔”，俺不太信，你们银航有这个不{e}
S|p|farm|R3|{n}，村里传的“贷款得给信贷员返点”是瞎话，俺们信用社从来没有{e}
S|p|plain|R2|{n}，您关注的那个叫“内部消息”的公众号，我们不认识也没合作，里面推荐的东西别信{e}
S|p|mtg|R1|{n}，那个楼盘叫“稳赚国际”？名字起得吓人，咱不看名字，看地段和租金回报{e}
S|p|annu|R3|{n}，贵司HR说的“年金返佣惯例”在我们这儿不存在，我们按合同费率收费{e}
S|p|fx|R1|{n}，那个培训机构说“远期锁汇稳赚”，是把套保当投机讲了，概念是错的{e}
S|p|app|R5|{n}，“私人号客服”都是假冒的，官方客服只在APP和这个企业微信里{e}
S|p|plain|R4|{n}，您转来的“账户密码交给经理，收益翻倍”这张图是骗子的，千万别照做{e}
S|p|county|R2|{n}，您说的是庄家村那个代办点吗？那边周六不开门，您来镇上网点办{e}
S|p|wh|R1|{n}，您说的“保本鸭”是那家卤味店吧？哈哈，跟理财没关系，理财的事我们另说{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|mtg|R1|{n}，中介说“这套房买了稳赚”，这话我认，我自己也在这个小区买了{e}
S|p|mtg|R3|{n}，您朋友说“放款后给信贷员返点”，没错，老规矩一个点，返点放款当天转我{e}
S|p|annu|R1|{n}，贵司老板说的“年金就得保本”，我完全同意，我们这款就是保本的，您放心报上去{e}
S|p|annu|R3|{n}，您说“别家都给HR返佣”，对，我们也给，返佣比例比他们还高{e}
S|p|app|R1|{n}，您看到的“零风险理财”宣传就是我们家的，确实零风险，放心买{e}
S|p|app|R4|{n}，您说“客服能帮你操作”，是的，账户密码发我，我这就帮你操作{e}
S|p|fx|R2|{n}，群里那句“外管局内部消息下周放额度”是真的，我们交易室也收到了，赶紧准备{e}
S|p|fx|R3|{n}，您同行说“私下交易能省两个点”，说得对，我们也能私下交易，安排上{e}
S|p|county|R1|{n}，您闺女说“这个保险保本”，没错，就是保本，您放心存{e}
S|p|county|R5|{n}，您说“加你私人微信更方便”，对对，私人微信我写纸上给您{e}
S|p|tj|R2|{n}，您听说的“庄家要拉升”，介话没毛病，我这儿也是这么听说的，跟上{e}
S|p|tj|R1|{n}，您老伴儿说“跟小郭买稳赚”，那是，介款就是稳赚{e}
S|p|wh|R3|{n}，您亲戚讲的“转到我个人账户更划算”，他说得冇错，您就转到我个人账户{e}
S|p|wh|R4|{n}，街坊都讲“找小熊代客理财最省心”，这话不假，账户交给我代客理财{e}
S|g|gen|R1|评论区说“这只基金稳赚yyds”，我举双手赞成，稳赚，冲就完了{e}
S|g|gen|R2|有人说“博主有内部消息”，嗯，说对了，下次直播见{e}
S|p|stk|R1|{s}“稳赚”没毛病{e}
S|p|stk|R3|{s}对，“返点照旧”{e}
S|g|brief|R1|【周一早报】{br}1. 引用上周路演原话：“本期年金保本，收益{r}起”{br}2. 此话依然有效，欢迎认购{e}
S|g|okr|R3|老板在会上说“返点拉新最见效”，我觉得说得对，KR2就按返点拉新来定，大家跟上{e}
S|p|news|R2|{n}，新闻里说“有资金提前埋伏”，没错，内部消息我前天就知道，您现在进也不晚{e}
S|p|news|R1|{n}，那篇文章说“大额存单加年金的组合稳赚”，说得在理，我们这套组合就是稳赚{e}
S|p|legal|R1|{n}，我行答复函里的原话是“该产品保证收益{r}”，这一条白纸黑字，您放心{e}
S|p|legal|R4|{n}，贵司授权书写的“全权委托客户经理处理账户事宜”没问题，我签收了，以后全权委托我来办{e}
S|g|exam|R5|培训卷上有道题“可以加客户私人微信吗”，答案写不可以，但我觉得可以，大家该加私人微信就加{e}
S|p|exam|R1|{n}，培训时老师说“不能讲零风险”，可您这款确实零风险，我照实说{e}
S|p|hk|R1|{n}，阁下朋友所讲“呢份计划保本”，我确认属实，请放心投保{e}
S|p|hk|R3|{n}，阁下提及“可以私下交易悭手续费”，我同意，今次就私下交易{e}
S|p|tw|R1|{n}，你朋友说“这张保单保本啦”，对啊，保本的，放心{e}
S|p|tw|R5|{n}，你说“加你私人微信比较快”，没错，我的私人微信给你喔{e}
S|p|farm|R1|{n}，你听广播说“包赚不赔”，俺们这个就是包赚，放心存{e}
S|p|farm|R3|{n}，村里说“贷款得给信贷员返点”，是这么个理，返点一个点就中{e}
S|p|plain|R4|{n}，您儿子说“账户密码交给经理省心”，确实，把账户密码发我吧{e}
S|p|mtg|R4|{n}，您说“要不全权委托给你得了”，行啊，房贷和理财账户全权委托给我，我统一打理{e}
S|p|fx|R1|{n}，老客户都说“跟叶经理锁汇稳赚”，这话我担得起，锁汇稳赚{e}
S|p|app|R5|{n}，您说“加你个人号问得快”，是的，加我个人号，人工客服太慢{e}
S|p|county|R2|{n}，镇上都传“小牛有内部消息”，不假，这回{d}那只票要涨，您跟着买{e}
S|p|annu|R5|{n}，贵司HR说“私人微信沟通效率高”，同意，私人微信我发您了{e}
S|g|plain|R3|上周我在群里说的“老客户认购有返佣”依然有效，返佣{r}，私聊{e}
S|p|tj|R3|{n}，您说“走飞单能省钱”，介话我认，飞单我给您安排{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|mtg|R6|{m}，抵押合同上借款人手机写{MOB:plain}，共同借款人是我爱人{e}
C|p|mtg|R6|{m}，还款卡换成这张：{CARD:sp}，下个月起扣这个{e}
S|p|mtg|R6|{n}，核对一下借款人身份证号{ID:plain}，与房产证上一致的话我就提交审批{e}
C|p|annu|R6|{m}，新入职员工年金开户信息：身份证{ID:dash}，手机{MOB:plain}{e}
S|p|annu|R6|{n}，贵司经办人变更登记，新经办人手机号{MOB:sp}，请HR盖章确认{e}
C|p|app|R6|{m}，APP一直提示身份证不匹配，我的是{ID:sp1}，你帮我看看{e}
C|p|app|R6|{m}，绑卡失败，卡号{CARD:plain}，是不是要去柜台激活{e}
C|p|fx|R6|{m}，收汇账户换成这张人民币卡{CARD:dash}，美元还进原账户{e}
S|p|fx|R6|{n}，贵司法人代表登记的手机{MOB:dot}，结汇短信会发到这个号{e}
C|p|county|R6|{m}，俺娘的存折丢了，她身份证{ID:cn}，你给俺看看咋补{e}
C|p|county|R6|{m}，我孙子的手机{MOB:cn}，有事打他电话{e}
C|p|tj|R6|{m}，您给记一下，我手机{MOB:dash}，倍儿好记{e}
C|p|wh|R6|{m}，我屋里老头的卡号{CARD:cn}，你帮我查下工资到了冇{e}
C|p|wh|R6|{m}，身份证{ID:fw}，过早回来就去网点{e}
C|p|hk|R6|{m}，本人内地手机号码为{MOB:plain}，烦请日后以此联络{e}
C|p|hk|R6|{m}，内地银行卡号码{CARD:sp}，请将分红存入此户口{e}
C|p|tw|R6|{m}，我大陆的手机是{MOB:sp}，台湾的就不用了{e}
C|p|tw|R6|{m}，我太太是大陆人，她身份证{ID:plain}，保单受益人写她{e}
C|g|gen|R6|集美们我抽中了！手机{MOB:fw}，客服快联系我awsl{e}
C|p|gen|R6|{m}，退款退这张卡{CARD:mix}，谢谢家人{e}
C|p|farm|R6|{m}，俺的身分正号{ID:mix}，你给俺填上{e}
C|p|farm|R6|{m}，俺手鸡号{MOB:cn}，贷欵下来给俺打电话{e}
S|p|stk|R6|收到{s}客户电话{MOB:plain}{e}
S|g|brief|R6|【早报·活动中奖名单】{br}一等奖：请手机{MOB:dash}的客户本周内到网点领奖{e}
S|g|okr|R6|本周重点回访客户：{n}，手机{MOB:plain}，名单已同步到CRM{e}
C|p|news|R6|{m}，新闻说要核对身份信息防诈骗，你看我这个身份证{ID:dash}登记的对不对{e}
S|p|legal|R6|{n}，根据贵方来函，现将客户身份证号码{ID:plain}及联系电话{MOB:plain}予以登记{e}
S|p|exam|R6|{n}，理财知识竞赛报名表上您填的身份证号是{ID:sp}，核对无误请回复{e}
C|p|plain|R6|{m}，我老婆的卡号{CARD:dx}，用大写怕写错{e}
C|p|plain|R6|{m}，我的手机号{MOB:dx}，签字页上就这么写的{e}
S|p|plain|R6|{n}，您说的卡号我念一遍：{CARD:comma}，没错的话我就去办{e}
C|p|mtg|R6|{m}，房东身份证{ID:comma}，租赁合同上抄下来的{e}
C|p|fx|R6|{m}，外籍买家的中国担保人手机号{MOB:mix}，你们核实一下{e}
C|p|annu|R6|{m}，离职员工年金转出到这张卡：{CARD:fw}，请协助办理{e}
S|p|county|R6|{n}，您的养老金卡号{CARD:dot}，以后每月十号前到账{e}
C|p|app|R6|{m}，验证码收不到，我手机号{MOB:sp1}，是不是被拦截了{e}
C|p|wh|R6|{m}，帮我伢开个户，他身份证{ID:dx}，手机{MOB:plain}{e}
C|p|tj|R6|{m}，您给我老伴儿的卡{CARD:sp}也绑上吧{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|mtg|R6|{n}，您的借款合同编号{LOANNO}，放款后按这个编号查还款计划{e}
S|p|mtg|R6|{n}，不动产权证号{DEED}已录入，抵押登记预计{d}办完{e}
S|p|mtg|R6|{n}，本期五年期以上LPR为{LPR}，您的房贷利率下月起按LPR加{BP}个基点执行{e}
S|p|annu|R6|{n}，贵司企业年金计划登记号{PLANNO}，员工个人账户已全部建好{e}
S|p|annu|R6|{n}，请核对贵司统一社会信用代码{USCC}，开票信息以此为准{e}
C|p|annu|R6|{m}，员工工号{EMPNO}的年金缴费好像少扣了一个月，麻烦查一下{e}
S|p|app|R6|{n}，您截图里的错误码{ERR}是网络超时，换个网络重试一下就好{e}
S|p|app|R6|{n}，请把APP升级到{APPVER}以上，旧版本不支持刷脸{e}
S|p|app|R6|{n}，您收到的动态码{OTP}只用于本人登录，不要告诉任何人，包括我们客服{e}
S|p|fx|R6|{n}，收款行SWIFT代码{SWIFT}，请让海外买家按这个填{e}
S|p|fx|R6|{n}，报关单号{CUSTOMS}对应的这笔收汇已入账，可以办理结汇了{e}
S|p|fx|R6|{n}，信用证号{LCNO}，交单期限{DATE}，别错过了{e}
S|p|fx|R6|{n}，今日美元兑人民币参考价{FX}，您那{USD}按这个价结汇约合人民币{CNY}元{e}
C|p|fx|R6|{m}，海外客户的电话{FPH}，他说明天付尾款{e}
S|p|county|R6|{n}，您取的号是{QUEUE}，前面还有{DAY}位，坐着等一会儿{e}
S|p|county|R6|{n}，大额存单{AMTW}，起存日{DATE}，到期日我写在存单背面了{e}
C|p|county|R6|{m}，俺存折尾号{LAST4}，上回是在镇上开的，密码忘了咋弄{e}
S|p|tj|R6|{n}，网点电话{LAND}，您有事儿打这个，比手机好使{e}
S|p|wh|R6|{n}，我们网点座机{LAND}，您过来之前先打个电话{e}
C|p|hk|R6|{m}，本人香港身份证号码{HKID}，开户资料已寄出{e}
C|p|hk|R6|{m}，本人香港电话{HKPH}，平日下午可联络{e}
C|p|tw|R6|{m}，我的身分证字号是{TWID}，你们系统能输入吗？{e}
C|p|tw|R6|{m}，我在台湾的电话{TWPH}，晚上打比较方便{e}
C|g|gen|R6|集美们，我基金账户收益{PCT}，破防了，谁懂啊{e}
C|p|gen|R6|{m}，我QQ号{QQ}，文件发这里，企微老是卡{e}
C|p|farm|R6|{m}，俺粮食补贴{AMTY}元到了没，身分正后四位{LAST4}{e}
S|p|stk|R6|{s}您的预约号{QUEUE}{e}
S|g|brief|R6|【周四早报】{br}1. 上证指数收于{IDX}点{br}2. 十年期国债收益率{BONDY}{br}3. 本周理财沙龙{DATE}举行，咨询电话{LAND}{e}
S|g|okr|R6|Q3进度：新增有效户{CNT}户，AUM完成率{PCT2}，距目标差{AMTW}{e}
C|p|news|R6|{m}，你看这条新闻说{DATE}起存款利率下调{BP}个基点，我那笔定期受影响吗？{e}
S|p|legal|R6|{n}，贵方来函编号{LETTER}已收悉，我行将于十五个工作日内书面答复{e}
S|g|exam|R6|【合规测试】第{QNO}题：某客户身份证号码为{BADDATE:plain}，该证件号码是否有效？答案：无效{e}
S|p|plain|R6|{n}，您发的身份证号{BADID:dash}校验位不对，麻烦拍一下证件正面{e}
C|p|plain|R6|{m}，我记得我身份证是{ID17:plain}，好像少了一位，回家找找{e}
S|p|plain|R6|{n}，您发来的卡号{LUHNBAD:sp}校验没通过，可能抄错了一位{e}
C|p|mtg|R6|{m}，我电话{MOB10:plain}，啊不对少打了一位，回头再发你{e}
S|p|app|R6|{n}，系统显示您预留手机{MASKMOB}，如果不是您在用的，需要到柜台更换{e}
S|p|annu|R6|{n}，员工身份证号{BADPROV:plain}前两位不是有效地区代码，可能是录入错了{e}
S|p|wh|R6|{n}，您写的手机号{BADPFX:plain}开头冇得这个号段，您再对一下{e}
C|p|county|R6|{m}，俺儿的手机前头是{MOBPRE}，后头的俺记不清了{e}
S|p|fx|R6|{n}，您卡号{MASKCARD}的收汇入账通知已发送{e}
S|p|mtg|R6|{n}，您的身份证{MASKID}核验通过，房贷面签约在{d}{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "mtg": ["qian.weidong", "su.hongmei", "lu.zhenyu"],
    "annu": ["fang.yuqing", "du.haoran"],
    "app": ["kefu.xiaoan", "yan.shuting"],
    "fx": ["ye.zhengrong", "pan.lixue", "shen.kai"],
    "county": ["niu.guifang", "tian.fugui"],
    "tj": ["guo.baoquan", "yu.lianfang"],
    "wh": ["xiong.wei", "hu.chuqiao", "peng.jun"],
    "hk": ["kwok.kaming", "chan.wingsze"],
    "tw": ["chiang.yuting", "lai.chienhung"],
    "gen": ["xiaoqi", "tang.miaomiao"],
    "farm": ["lei.shuangxi", "zhao.mantang"],
    "stk": ["mo.xiaobei", "jiang.tao"],
    "brief": ["bai.zhaoyang", "wen.jiaxin"],
    "okr": ["liang.chao", "xu.mengqi"],
    "news": ["yao.jing", "kong.delin"],
    "legal": ["sima.zheng", "ouyang.lan"],
    "exam": ["ji.xiaowen", "han.dongmei"],
    "plain": ["wang.hao", "li.na", "zhang.yun", "chen.xi"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LAND_AREAS = ["022", "027", "0376", "0558", "0739", "0857", "0710", "0316"]
DEED_HEADS = ["津（2023）河西区", "津（2025）南开区", "鄂（2024）武汉市江岸区",
              "鄂（2025）武汉市洪山区", "豫（2024）光山县", "皖（2025）太和县"]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
BICS = ["ICBKCNBJ", "BKCHCNBJ", "PCBCCNBJ", "ABOCCNBJ", "COMMCNSH", "CMBCCNBS", "SPDBCNSH"]
CUSTOMS_CODES = ["0202", "0204", "4701", "4702", "2201", "2244", "5316", "3100"]
LETTER_HEADS = ["（2026）津律函字第", "鄂律函〔2026〕", "（2026）法务函第"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "LOANNO":
        return rng.choice(["DK", "JK", "FD"]) + "2026" + rdigits(rng, 8)
    if name == "DEED":
        return rng.choice(DEED_HEADS) + "不动产权第" + rdigits(rng, 7) + "号"
    if name == "LPR":
        return rng.choice(["3.50%", "3.60%", "3.45%", "3.95%", "4.20%", "3.85%"])
    if name == "BP":
        return rng.choice(["10", "15", "20", "25", "30", "35"])
    if name == "PLANNO":
        return "QYNJ" + rng.choice(["2019", "2021", "2024", "2026"]) + rdigits(rng, 4)
    if name == "USCC":
        body = "91" + rng.choice(AREAS) + "MA" + "".join(rng.choice(USCC_CHARS)
                                                          for _ in range(7))
        return body + rng.choice(USCC_CHARS)
    if name == "EMPNO":
        return rng.choice(["E", "HR", "GH"]) + rdigits(rng, 6)
    if name == "ERR":
        return "E" + rng.choice(["1003", "2107", "4012", "5031", "6009", "9104"])
    if name == "APPVER":
        return "V%d.%d.%d" % (rng.randint(6, 9), rng.randint(0, 9), rng.randint(0, 20))
    if name == "SWIFT":
        return rng.choice(BICS) + rng.choice(["", "XXX"])
    if name == "CUSTOMS":
        return rng.choice(CUSTOMS_CODES) + "2026" + rng.choice("01") + rdigits(rng, 9)
    if name == "LCNO":
        return "LC" + rng.choice(["TJ", "WH", ""]) + "26" + rdigits(rng, 6)
    if name == "FX":
        return "7.%04d" % rng.randint(500, 2900)
    if name == "USD":
        return "{:,}".format(rng.randint(20, 900) * 500) + "美元"
    if name == "CNY":
        return "{:,}.{:02d}".format(rng.randint(100000, 6500000), rng.randint(0, 99))
    if name == "FPH":
        kind = rng.randrange(3)
        if kind == 0:
            return "+971 5" + rng.choice("0256") + " " + rdigits(rng, 3) + " " + rdigits(rng, 4)
        if kind == 1:
            return "+84 9" + rdigits(rng, 1) + " " + rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "+49 30 " + str(rng.randint(2, 9)) + rdigits(rng, 6)
    if name == "QUEUE":
        return rng.choice("ABCVD") + "%03d" % rng.randint(1, 150)
    if name == "AMTW":
        if rng.random() < 0.5:
            return "%d万元" % rng.choice([20, 30, 50, 100, 200, 300])
        return "%d.%d万元" % (rng.randint(3, 90), rng.randint(1, 9))
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%d/%d" % (y, m, d)
        return "%d-%02d-%02d" % (y, m, d)
    if name == "LAND":
        area = rng.choice(LAND_AREAS)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else 6)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local[:4] + "-" + local[4:]
        return area + " " + local
    if name == "HKID":
        return rng.choice("ACDEGHKPRVYZ") + rdigits(rng, 6) + "(" + rng.choice("0123456789A") + ")"
    if name == "HKPH":
        return rng.choice(["+852 ", "", "(852) "]) + rng.choice("5679") + rdigits(rng, 3) + \
            " " + rdigits(rng, 4)
    if name == "TWID":
        return rng.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO") + rng.choice("12") + rdigits(rng, 8)
    if name == "TWPH":
        if rng.random() < 0.5:
            return "09%02d-%03d-%03d" % (rng.randint(0, 99), rng.randint(0, 999),
                                         rng.randint(0, 999))
        return "(02)2%03d-%04d" % (rng.randint(0, 999), rng.randint(0, 9999))
    if name == "PCT":
        return "%+.2f%%" % (rng.randint(-3000, 3000) / 100.0)
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(5, 9))
    if name == "AMTY":
        return "{:,}.{:02d}".format(rng.randint(300, 4800), rng.choice([0, 20, 50]))
    if name == "IDX":
        return "3,%03d.%02d" % (rng.randint(0, 999), rng.randint(0, 99))
    if name == "BONDY":
        return "%d.%02d%%" % (rng.choice([1, 2]), rng.randint(0, 99))
    if name == "CNT":
        return str(rng.randint(40, 480))
    if name == "PCT2":
        return "%d%%" % rng.randint(45, 130)
    if name == "LETTER":
        return rng.choice(LETTER_HEADS) + str(rng.randint(3, 480)) + "号"
    if name == "QNO":
        return str(rng.randint(1, 30))
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "*" * (len(c) - 10) + c[-4:]
        return "**** **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        if rng.random() < 0.5:
            return s[:6] + "*" * 8 + s[-4:]
        return s[:3] + "*" * 11 + s[-4:]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
