#!/usr/bin/env python3
"""Blind held-out evaluation set 41 ("heldout41") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly three files of the repository and nothing else:
``scripts/evasion_blind_common.py`` (the shared machinery, read in full),
``scripts/evasion_heldout22.py`` (read only as the format model: its structure, constants,
labelling conventions and split per category were copied, none of its sentences) and
``scripts/eval_categories.sh`` (to wire this set in).  The author never opened, listed, grepped
or searched the scanner, its rule files, its tests, its archive, its documentation, its commit
history or any other evaluation set (nor the training-corpus generator), ran no cargo command,
never ran the scanner, ran no git command other than the final commit, and searched nothing
(no web or code search).  Every template below was written from general knowledge of how
Chinese-speaking financial sales staff and their customers talk on WeCom (企业微信).  Besides
this script itself (PYTHONDONTWRITEBYTECODE=1, output to a scratch directory that was then
removed) and ``bash -n`` on the wiring script, the only programs run were small throwaway
Python helpers outside the repository that imported this script, the shared machinery and
the format model to check each template's keywords against its labels and to make sure no
sentence of the format model was reused.  The set exists to measure how well the scanner
generalises: do not tune the scanner to it, do not add it to any training data, and run it
once.

Voices and settings
-------------------
A private-bank relationship manager serving family offices and 家族信托 clients; a trust
company's 集合信托 seller; an insurance agent selling 增额终身寿 and 年金险 to parents of
young children; a securities 投顾 handling 两融 (margin) clients and 打新; a car-loan (车贷)
and credit-card instalment (分期) officer, including collections (催收) talk that has to stay
lawful; a 公积金 / 房贷 adviser; anti-fraud staff warning customers about 虚拟货币 and 杀猪盘
scams; Sichuan / Chongqing-flavoured speech; Northeastern (东北话) speech; Minnan-flavoured
speech (阮, 袂, 毋, 代志); voice-to-text transcriptions (no punctuation, homophones, a garbled
self-correction); elderly customers whose adult children type for them; returnees mixing
English and Chinese; a WeCom group bot's automatic announcements and auto-replies; meeting
minutes, call notes and visit records pasted into chat; a customer complaint escalated to a
supervisor, with the supervisor's own replies; plain Mandarin staff and customers.
Settings: family-trust beneficiaries and custody, trust-plan subscriptions and maturity,
education and pension policies for toddlers, margin maintenance ratios, IPO lotteries, car
loans, overdue instalments and collections, housing-fund withdrawals and 商转公, crypto
romance scams, USDT wallets, overseas phone numbers, complaint tickets.

Hard cases
----------
Spread over every keyword category: rhetorical questions that assert a violation versus
rhetorical questions that deny one; prohibitions stated and then broken in the next clause
versus honest prohibitions, house rules and exam answer keys; warnings about outsiders that
turn into the speaker's own offer versus real warnings, reports and escalations; refusals that
cave ("本来不行……算了") versus refusals that hold; quotations endorsed ("他说得对") versus
quotations rejected, corrected or reported; corrections in both directions (a typo "fixed"
into a promise, a slip retracted into an honest rule); double negation; keywords as parts of
other words or names (村庄家家户户, 庄家村, 私人号码, 跳转到我个人名片页, 确保本人, 确保收益,
an aircraft's 拉升, a notification switch called 内部消息) as near misses; training material
and exam keys listing wrong phrasings; multi-rule hits and multi-rule near misses; a group
bot whose canned welcome itself breaks the rules; call notes recording the writer's own
promise; numbered lists with real newlines; English words and spaces between Chinese words;
keywords split by one of the separators ``· -_*.~`` in a minority (more than 0 and under
15 %) of each keyword category's hits; 25 % of every category in traditional characters
through the one-to-one table ``_TRAD_PAIRS`` (Minnan and returnee messages first; the
fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and 16/19-digit bank cards in plain digits, spaces,
one space per digit (voice input), dashes, dots, commas, Chinese numerals with 幺 and 两,
大写, full-width digits and mixed Chinese/Arabic digits, typed by customers, their children,
staff and a bot, versus look-alikes: bad ID check characters, impossible birth dates, bad
province codes, 17-digit IDs, Luhn failures, masked cards / IDs / mobiles, the first seven
digits of a mobile, 10-digit and bad-prefix mobiles, trust contract, policy, car-loan,
instalment and complaint numbers, VINs, plates, housing-fund accounts, unified social credit
codes, passport numbers, USDT wallet addresses and transaction hashes, IPO subscription
codes, margin ratios, landlines and 400 hotlines, Canadian / US / UK / Australian /
Singaporean / Taiwanese phones, amounts, 大写 amounts, dates, one-time codes and last four
digits.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout41.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h41_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 41_2026_1211
SET_NAME = "heldout41"
MSGID_PREFIX = "h41"
T0 = 1781300000000
SEQ0 = 1640000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("mn", "ret")  # Minnan and returnee messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147",
              "150", "151", "152", "153", "155", "156", "157", "158", "159", "162", "166",
              "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
              "186", "187", "188", "189", "190", "191", "193", "195", "196", "198", "199"]
AREAS = ["510104", "510105", "510107", "510112", "500103", "500105", "500112", "210102",
         "210103", "210106", "220102", "220104", "230102", "230103", "350203", "350205",
         "350206", "350502", "350503", "350602", "110108", "310115", "310104", "440106",
         "440305", "330106", "320106", "130102", "150102"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "621226", "622609", "625968", "622700",
               "623058", "621799"]
CARD_BINS19 = ["6222021", "6228481", "6217001", "6212261", "6217856", "6230580"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.  "nl" is a real newline (numbered lists pasted from documents).
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["张总", "李姐", "王阿姨", "刘叔", "陈老板", "赵女士", "孙先生", "周姐", "吴哥", "郑老师",
          "何总", "杨阿姨", "许先生", "蒋姐", "邓总", "曾老师", "彭哥", "谢女士", "唐叔", "韦总",
          "林姐", "黄老板"],
    "m": ["小李", "王经理", "陈顾问", "刘老师", "小邓", "周经理", "小何", "林主管", "杨顾问",
          "小赵", "郭经理", "小唐"],
    "e": ["", "", "🙏", "👌", "😊", "🌸", "💰", "📈", "☕", "🤗", "👍🏻", "✌️", "😅"],
    "d": ["明天上午", "周四下午", "月底之前", "下周二", "今晚九点前", "后天一早", "这个周末",
          "周五收盘前", "下个月初", "明晚"],
    "t": ["明天上午", "周四下午", "下周二", "后天", "这个周末", "下个月初", "明晚", "月底",
          "周一", "下周五"],     # time points that take 起 / 截止 / 更新 after them
    "a": ["3万", "8万", "12万", "25万", "40万", "60万", "100万", "150万", "300万", "500万",
          "1000万"],
    "r": ["3.2%", "3.6%", "4.1%", "4.5%", "5.2%", "5.8%", "6.5%", "7%", "3.75%", "4.3%"],
    "k": ["小冉", "郭经理", "小邱", "苏主管", "宋顾问", "小岳", "潘经理", "小简"],
    "f": ["王姐", "李先生", "陈女士", "小刘", "赵哥", "孙小姐", "周先生", "吴姐", "郑女士",
          "何先生"],      # adult children typing for elderly parents
    "nl": ["\n"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; mn and ret prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|pb|R1|{n}，家族信托这一层架构搭好，本金保本还能传三代，您说还有比这更稳当的安排吗？{e}
S|p|trust|R1|{n}，我们这期集合信托做了八年没出过一单风险，保本保收益，您还在犹豫什么呢？{e}
S|p|ins|R1|{n}，给宝宝存的增额终身寿，哪一年不是往上涨？说它稳赚不赔难道说错了？{e}
S|p|sec|R2|{n}，打新这只我拿到的是内部消息，上市当天庄家就要拉升，你不上难道等着看别人赚？{e}
S|p|car|R3|{n}，分期手续费走公司要多收两个点，转到我个人卡上省下来的不都是你的？这账还用算吗？{e}
S|p|hf|R3|{n}，公积金贷款批下来我替你跑了多少趟？返点意思一下，不是应该的吗？{e}
S|p|cq|R1|{n}，这款年金险保本的嘛，你还在那儿纠结啥子？娃儿读书的钱不就有着落了噻{e}
S|p|ne|R4|{n}，两融那么多门道你整得明白吗？账户密码告诉我，盘中我帮你操作，不比你瞎琢磨强？{e}
S|p|mn|R1|{n}，这个信托零风险啦，你是在惊啥？阮阿伯都买三份了{e}
S|p|asr|R1|{n}这个产品保本的呀你还担心什么尼下个月就结息了对吧我刚刚说的你听清楚了没有{e}
S|p|ret|R1|{n}，honestly 这个 structured note 就是稳赚，你还要 compare 什么？deadline 是{d}{e}
S|g|bot|R1+R5|【入群自动欢迎】欢迎新朋友！本群年金产品保本保息，谁不想要？活动截至{t}，详情请加群主私人微信{e}
S|p|pb|R4|{n}，您常年在国外，账户放着不动多可惜？全权委托给我们团队打理，不是最省心的选择吗？{e}
S|p|trust|R3|{n}，这期额度这么紧，我把我的返佣让一半给你，上哪儿找这种好事？{e}
S|p|ins|R3|{n}，首年佣金我分你三成当返点，你不拿白不拿，难道留给公司？{e}
S|p|sec|R4|{n}，你白天上班哪有空盯两融的维持担保比例？代客理财我做了十年，你还信不过我？{e}
S|p|car|R3|{n}，车贷这单要是走飞单，利息能少一截，谁会跟钱过不去？{e}
S|p|hf|R1|{n}，商转公以后每个月省下来的钱放我推荐的理财，稳赚，这么好的事您还要问谁？{e}
S|p|cq|R5|{n}，企业微信消息多得很，加我私人微信摆龙门阵不是更巴适？{e}
S|p|ne|R1|{n}，跟我干了五年，你哪回亏过？这回也包赚，还磨叽啥呀？{e}
S|p|mn|R3|{n}，私下交易手续费省一大截，汝讲这样敢毋是卡好？{e}
S|p|elder|R4|{f}，阿姨眼睛不好，手机银行点来点去多费劲？您把她的账户密码给我，我替她弄不就得了？{e}
S|p|ret|R5|{n}，WeCom 这边 message 太多容易 miss 掉，add 我 私人号 不是更 efficient 吗？{e}
S|p|plain|R2|{n}，庄家已经在底部吸够筹码了，你说这时候不进，什么时候进？{e}
S|p|plain|R1|{n}，保证收益{r}是印在宣传页上的，白纸黑字还能有假？{e}
S|p|esc|R3|{n}，我是小郭的主管，这事闹大了对谁都不好，我私下转账补您两千，这样还不满意吗？{e}
S|p|minutes|R1|【通话小结】客户担心亏损，本人答复“这款保本的，怎么会亏？”客户表示{d}认购{e}
S|p|pb|R1|{n}，您父亲那边问稳不稳，您就跟他说：零风险的东西，有什么好担心的？{e}
S|p|trust|R2|{n}，这个地产项目的内部消息我比谁都清楚，开发商又不是第一天合作，您还怕什么？{e}
S|p|sec|R1|{n}，新股上市哪只不涨？打新稳赚，不打才是亏，你说对不对？{e}
S|p|ins|R1|{n}，教育金交十年，孩子十八岁开始领，保本还有复利，您去哪找比这更划算的？{e}
S|p|car|R4|{n}，每个月还款日总记不住？把还款卡的账户密码给我，到日子我帮你操作，省得逾期不是？{e}
S|g|cq|R2|各位老师，庄家都开始拉升了，还在观望啥子？{d}不上车就只有看到别个涨{e}
S|p|ne|R3|{n}，走对公账户那手续多磨叽？直接转到我个人卡上，当天给你办明白，不好吗？{e}
S|p|asr|R3|{n}你那个返点我不是说了吗肯定给你的呀你还怕我跑了不成{e}
S|p|hf|R4|{n}，公积金提取那套流程你弄得明白吗？账户密码微信上报我一下，我帮你操作一遍，十分钟的事{e}
S|p|plain|R1+R3|{n}，保本的产品再加每单一个点的返点，你上哪儿找第二家？{e}
S|p|ret|R2|{n}，我 former colleague 在基金公司，一手的内幕消息，这都不跟，你等什么？{e}
S|p|mn|R4|{n}，你欲去厦门顾店，哪有闲看盘？代客理财交给阮，这敢毋是拢总好势？{e}
S|p|plain|R5|{n}，有些话企业微信里不方便讲，你说我为啥老让你加我个人号？你品，你细品{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|ins|R1|{m}，这款增额终身寿是保本的吗？我就想给孩子存点稳当的钱{e}
S|p|ins|R1|{n}，问保本吗？要看您什么时候退保，前几年退的话现金价值是低于已交保费的，这个得先说清楚{e}
S|p|trust|R1|{n}，集合信托哪能说保本？资管新规以后早就打破刚兑了，您说是不是这个理？{e}
S|p|sec|R2|{n}，真有内幕消息的人会在群里免费发给你？你想想这合理吗？{e}
C|p|sec|R2|{m}，群里那个老师说有庄家要拉升，你们那边能看出来吗？{e}
S|p|car|R3|{n}，还款能私下转账给我吗？不能，每一笔都要进公司指定的还款账户，不然系统不销账{e}
S|p|cq|R1|稳赚不赔？{n}，你听哪个说的哦，听到这种话就该跑{e}
S|p|ne|R4|{n}，把账户密码交给别人？你可拉倒吧，亲儿子都不能给{e}
S|p|mn|R5|{n}，你讲欲加阮私人微信？歹势，公司规定攏要用企业微信，有记录对你也较有保障{e}
C|p|elder|R4|{m}，我是王阿姨的女儿，替我妈问一句：她能不能把账户密码告诉你，让你替她弄？她不会用手机{e}
S|p|elder|R4|{f}，阿姨的账户密码一定要她自己记着，谁都别告诉，我也不能帮你操作，周末我在网点手把手教她{e}
S|p|pb|R4|{n}，您问能否全权委托？这类账户要您本人逐笔确认，做不了全权委托；家族信托由受托人按合同管理，是两回事{e}
S|p|hf|R3|{n}，去公积金中心办业务还要给人返点？从来没有这回事，谁跟您要谁就是骗子{e}
S|p|asr|R1|{n}我刚才说的是不保本啊不是保本语音转文字可能转错了你看一下说明书第五页{e}
S|p|ret|R1|{n}，zero risk？没有这种东西的，任何 product 都有风险，零风险这个词我们不能用{e}
S|g|bot|R3|【群公告·自动推送】谁会让你私下转账？只有骗子。本群所有缴费只认公司对公账户，{t}起执行{e}
S|p|fraud|R1|{n}，年化百分之三十还零风险，天底下有这种好事吗？这是杀猪盘的标准话术，千万别转钱{e}
S|p|fraud|R2|{n}，对方说手里有币圈庄家的内部消息，要带你抄底——你想想，庄家凭什么带你？别信{e}
C|p|plain|R1|{m}，你们这个产品到底保不保本？说了半天我还是没听懂{e}
S|p|plain|R1|{n}，谁敢跟您保证收益？连发行方都只写“业绩比较基准”，我更不敢打包票{e}
S|p|sec|R4|{n}，两融账户能不能让我帮你操作？不行的，投顾只提供建议，下单必须你本人来{e}
S|p|trust|R3|{n}，认购信托还有返佣？您是不是听岔了，正规渠道一分都没有，有的话那才要当心{e}
C|p|car|R3|{m}，我朋友说找你们的人办车贷可以私下交易，便宜好多，真的假的？{e}
S|p|cq|R3|{n}，飞单？那是要遭开除的，哪个敢嘛，你放心，合同都是公司盖了章的{e}
S|p|ne|R1|包赚？{n}，这话你也信呐，真能包赚我还上啥班，早回家躺着了{e}
S|p|mn|R2|{n}，你讲彼个老师有内部消息？伊若真有，哪会来揪你入群？{e}
C|p|ret|R5|{m}，你有没有 private 的微信？私人微信方便一点，我这边 WeCom 老是 log out{e}
S|p|esc|R1|{n}，我是支行主管。您投诉小冉承诺了保本，我们会认真核查；但这款产品本身不保本，这一点我必须如实告知{e}
S|g|minutes|R2|【会议纪要】客户常问：“你们有没有内部消息？”统一口径：没有，也不允许打听，只做公开研究。{d}复盘{e}
S|p|pb|R1|{n}，您说的家族信托“保本”，准确说是法律上的资产隔离，不是投资保本，这两件事别混了{e}
S|p|ins|R3|{n}，返点？保险法明令禁止给投保人返佣，您让我给我也不敢给啊，这不是砸自己饭碗吗？{e}
C|p|hf|R1|{m}，商转公以后月供能省多少？这个是稳赚的吧，不会有啥风险？{e}
S|p|hf|R1|{n}，商转公省的是利息，不是投资，谈不上稳赚，不过月供确实会降一些，我帮您算算{e}
S|p|asr|R5|{n}你说的私人号是什么意思啊我们只能用企业微信沟通的哈你有什么事在这里说就行{e}
S|p|plain|R2|{n}，“庄家”这个词您是听谁说的？现在监管这么严，谁还敢公开坐庄？别被割了{e}
S|p|plain|R2|{n}，现在村庄家家户户都有智能手机了，您还担心学不会手机银行？我教您{e}
S|p|sec|R2|{n}，明天我坐早班机去深圳路演，飞机拉升的时候没信号，晚点回您可以吧？{e}
C|p|cq|R4|{m}，我天天跑车没得时间，代客理财你们做不做嘛？{e}
S|p|trust|R3|{n}，您问转到我个人账户是不是更快？快是快，可出了事谁说得清？信托款只能打到信托专户{e}
S|g|bot|R5|【自动回复】您好，我是企业微信助手。工作人员不会要求您添加私人微信，如遇此类情况请谨慎{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|pb|R1|【私行部合规提示】与家族客户沟通时，不得使用“保本”“刚兑”等表述，信托利益以合同约定为准{e}
S|g|trust|R3|集合信托推介纪律：严禁飞单，严禁向投资人返佣，违者移交合规处理，{d}统一签署承诺书{e}
S|p|ins|R3|{n}，按保险法，代理人不能给投保人返佣，也不能私下交易保单，保费请直接在保险公司缴费页面缴{e}
S|p|sec|R4|{n}，证券公司规定投顾不能接受全权委托，两融账户的每一笔操作都要您本人来下{e}
S|p|car|R3|{n}，公司规定分期手续费只能系统扣款，任何人让你私下转账都别理，包括我{e}
S|g|car|R4|【催收作业规范】{nl}1.不得辱骂、恐吓客户{nl}2.不得向客户亲友透露欠款{nl}3.不得索要客户账户密码{nl}外呼全程录音{e}
S|p|hf|R3|{n}，公积金中心有明文规定，办事人员不得收取任何返点，您这边不用额外给谁钱{e}
S|p|cq|R5|{n}，公司管得严，私人微信不准加，有啥子事你就在这上头找我，我都看得到{e}
S|p|ne|R1|{n}，行里三令五申不准说保收益，我也不能跟你这么说，该啥样就啥样{e}
S|p|mn|R4|{n}，公司有规定，阮袂使帮你操作账户，你若毋知按怎用，阮拜六去你店里教你{e}
S|p|asr|R3|{n}我们公司规定员工不能私下交易的客户的钱都要走公司账户这个你放心{e}
S|g|bot|R1+R2|【群规·自动推送】{nl}1.禁止发布“零风险”“稳赚”类广告{nl}2.禁止传播内幕消息{nl}3.违规者移出群聊{e}
S|g|minutes|R3+R4|【周会纪要】{nl}一、重申不得私下转账收款；{nl}二、不得代客理财；{nl}三、{d}完成双录抽检{e}
C|p|elder|R5|{m}，我爸说你们公司不让加私人微信，那他有事打电话找你行吗？我是他闺女，帮他打字的{e}
S|p|ret|R4|{n}，compliance 这边规定很 strict，我们不能接受全权委托，每笔 trade 都需要您 confirm{e}
S|p|fraud|R3|{n}，银行和正规平台都有规定，工作人员不会对您说“转到我个人账户”，看到这种话就是诈骗{e}
S|p|pb|R2|{n}，家族办公室的投研会有隔离墙制度，内幕消息一律不得外传，也请您理解我不能透露未公开信息{e}
S|p|trust|R1|{n}，监管明确禁止信托公司承诺保本保收益，推介材料里一个字都不能有{e}
S|p|ins|R1|{n}，监管不允许把增额终身寿说成稳赚不赔，它的优势是锁定利率，不是没有风险{e}
S|p|sec|R2|{n}，投顾有执业规范，不得拿庄家、内部消息这类说法诱导交易，我只跟您讲公开信息{e}
S|p|hf|R4|{n}，按规定我不能代客理财，也不能替您签贷款合同，面签那天请您本人带身份证来{e}
C|p|car|R1|{m}，你们规定不能说零风险，那这个分期到底还有没有别的费用？我怕后面多扣钱{e}
S|g|cq|R3|各位，公司红线再说一遍：飞单、私下收钱一律不准碰，哪个碰了哪个自己兜到{e}
S|p|ne|R3|{n}，咱这规矩老严了，返点一分都不能收，你那份心意我心领了{e}
S|g|esc|R1|【投诉处理提醒】各位主管注意：处理客户投诉时不得以“保收益”为条件安抚客户，一切按流程走{e}
S|p|plain|R5|{n}，公司禁止员工用私人号联系客户，以后要是有人用私人号自称是我，麻烦第一时间告诉我{e}
S|g|plain|R1+R4|【合规考试答案】{nl}第七题：“客户经理可向客户承诺保本。”答案：×{nl}第八题：“可以代客理财。”答案：×{nl}{d}补考{e}
S|p|mn|R1|{n}，公司规定袂使讲稳赚，阮就照实讲：这款有风险，你要想清楚才买{e}
S|p|asr|R2|{n}那个公司规定不能传内部消息的所以我能说的都是研报上写的哈你别介意{e}
S|g|bot|R4|【系统提醒】依据《客户信息保护制度》，任何员工不得索取客户账户密码、验证码，收到此类请求请立即举报{e}
S|p|ret|R1|{n}，我们的 policy 是 no guarantee，所以不能说保本，也不能说保证收益，hope you understand{e}
S|p|pb|R3|{n}，私行规定客户经理不得私下交易，也不得经手客户资金，家族信托的资金只能进信托专户{e}
S|p|trust|R5|{n}，公司要求推介信托只能用企业微信，私人微信一律不加，您的问题我在这里都能回复{e}
S|p|elder|R4|{f}，我们规定不能替阿姨保管账户密码，您让家里人帮她记在本子上放好，别存在手机里{e}
C|p|sec|R4|{m}，规定不让全权委托我理解，那你们有没有那种投顾组合我可以跟着买的？{e}
S|p|fraud|R2|{n}，监管早有规定，荐股不能打“内幕消息”“庄家控盘”的旗号，直播间这么喊的都不合规{e}
S|p|car|R5|{n}，贷后回访只能通过公司电话或者企业微信，员工不准用私人号联系客户，请您留意{e}
S|p|plain|R3|{n}，纠正一下我上午的说法：返点是明令禁止的，我当时口误说成“可以申请”，抱歉给您造成误会{e}
S|p|hf|R1|{n}，房贷利率是浮动的，行里规定不能说“稳赚”“零风险”这类词，利率下调也可能重新定价{e}
S|p|cq|R4|{n}，我们规定不准代客理财，你娃儿要是想帮你弄，让他陪你来一趟网点，我当面教{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|pb|R1|{n}，制度上我们不能承诺保本，但这个底层资产您放心，到期就是保本，我以个人信誉担保{e}
S|p|trust|R3|{n}，公司明令禁止返佣，可您认购{a}的话，我私下把返佣打给您，不走账{e}
S|p|ins|R3|{n}，保险法是不让返佣，可行业里谁不这样？首年保费我返点给你两成，签完就给{e}
S|p|sec|R4|{n}，规定上投顾不能帮你操作，不过你出差那几天，账户密码给我，我替你盯着两融，保你不爆仓{e}
S|p|car|R3|{n}，公司说分期费用必须走系统，那是给领导看的，你把钱转到我个人支付宝，我给你打个折{e}
S|p|hf|R3|{n}，按规定我们不收任何费用，但你这个加急审批要跑关系，放款后返点一个点给我就行{e}
S|p|cq|R5|{n}，私人微信公司是不准加，但是你加嘛，莫得人查，有啥子好产品我第一个发你{e}
S|p|ne|R1|{n}，上头不让说包赚，我就跟你一个人唠：这个年金险包赚，你放心大胆整{e}
S|p|mn|R3|{n}，照规矩是袂使私下交易，毋过你是老客户，这单阮私下交易给你算较俗{e}
S|p|asr|R4|{n}规定是不能代客理财的但是你那么忙我就帮你代客理财了你把账号密码给我就行{e}
S|p|ret|R1|{n}，compliance 说不能讲 guaranteed，OK 那我不讲英文，中文跟你讲：保本，百分之百保本{e}
S|g|bot|R1|【群规·自动推送】本群禁止宣传“稳赚”。【今日推荐】{d}开售的养老年金，稳赚{r}，名额有限{e}
S|p|minutes|R3|【客户拜访记录】已提醒客户公司禁止私下转账；客户坚持，约定{d}私下转账至本人卡上，由本人代缴{e}
S|p|esc|R1|{n}，我是主管。按规定不能承诺收益，但这次的事给您添了麻烦，我个人保证收益不低于{r}，差的我补{e}
S|p|pb|R4|{n}，私行条例写着不接受全权委托，可您是老家族客户了，签个授权书，全权委托给我团队就好{e}
S|p|trust|R1|{n}，监管要求信托不得承诺保本保收益，这我懂，可这期担保方是央企，实质上零风险，您闭眼投{e}
S|p|ins|R1|{n}，公司培训说不能讲稳赚不赔，可增额终身寿你算算账，就是稳赚不赔，写进合同的{e}
S|p|sec|R2|{n}，公司不让荐股，更不能讲内幕消息，我就提一句：这只票{d}有人要拉升，你自己看着办{e}
S|p|car|R4|{n}，按规定我们不能动客户账户，可你逾期太久了，把还款卡的账户密码报过来，我帮你操作转账，先把这期平了{e}
S|p|hf|R1|{n}，行里不准讲保本，但公积金贷款省下的钱放我们这个理财，保本，跑不了{e}
S|p|cq|R3|{n}，飞单是不准做，但你这单额度大，公司流程慢得很，我帮你走飞单，{d}就到账{e}
S|p|ne|R4|{n}，公司是不让代客理财，可咱俩啥关系？你把账户交给我，代客理财这事儿我熟{e}
S|g|cq|R1|各位老师，按规矩不能讲稳赚，那我就不讲，只说一句：跟到我买的哪个亏过？这期还是稳赚{e}
S|p|mn|R5|{n}，公司讲袂使加私人号，毋过咱是厝边，你加阮私人号啦，有好康阮先报你{e}
S|p|asr|R2|{n}公司规定不能说内部消息这个我知道但是我跟你讲这只票下周有人拉升你自己把握{e}
S|p|ret|R3|{n}，我知道 company 规定不能私下交易，but 你这个 case 特殊，我们 offline 私下交易，fee 给你免掉{e}
S|p|elder|R4|{f}，规定上不能帮你操作，不过你妈年纪大了，你把她的账户密码发过来，我帮你操作完再跟你说{e}
S|p|plain|R3|{n}，制度是不让收返点，但大家都收，你这单我收一个点返点，不多{e}
S|g|plain|R5|【部门群】按规定不能把客户拉到私人微信，所以大家低调点，重点客户还是加私人微信跟进{e}
S|p|minutes|R1|【电话记录】{d}回访{n}：已告知监管不允许承诺收益；客户追问，本人答复“到期保证收益{r}，少了我补”{e}
S|p|esc|R3|{n}，投诉的事我了解了，公司是规定不能私下补偿，但我私下转账给您一千块，这事咱就翻篇{e}
S|p|pb|R2|{n}，隔离墙制度我们是有的，内部消息不能讲，不过您是老客户，那家公司{d}要公告重组，提前布局{e}
S|p|trust|R5|{n}，公司要求只用企业微信，可这个平台聊敏感的不方便，加我个人号，细节我私下跟您说{e}
S|p|ins|R1|{n}，规定不能说零风险，那我换个说法：这份年金险一分风险都没有，零风险{e}
S|p|car|R3|{n}，公司说催收不能私下收钱，不过你先转到我个人账户，我帮你跟公司把罚息谈下来{e}
S|p|sec|R1+R4|{n}，规定不许承诺收益，也不许代客理财，可你这{a}交给我，保本再加{r}，代客理财我做得多了{e}
S|p|hf|R4|{n}，规定说了不准代办，可你人在外地，把公积金账户密码给我，提取我帮你操作了{e}
S|p|plain|R1|{n}，刚才说“不能承诺保本”是公司口径，私下跟您说实话：这款保本{e}
S|p|ne|R2|{n}，按说庄家的事儿不能往外说，你是老铁我才说：庄家{d}要拉升，赶紧上车{e}
S|p|mn|R1|{n}，公司规定袂使讲保收益，阮偷偷讲你知：这支保收益，年年都有{r}{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|fraud|R1|【反诈提醒】近期有人以“虚拟货币零风险、日赚百分之二”为诱饵拉人入群，这是典型杀猪盘，请勿转账{e}
S|p|fraud|R2|{n}，您说的那个“导师”称有庄家内幕消息，让您充值USDT，这是诈骗，请立即停止转账并报警{e}
S|p|fraud|R5|{n}，网恋对象让你加他私人号再带你投资？这就是杀猪盘，对方账号我已经帮你截图举报{e}
S|p|pb|R1|{n}，最近有不法分子冒充私人银行发“家族信托保本”的宣传页，我们从未发过，请注意甄别{e}
S|p|trust|R3|{n}，提醒您：有人冒充信托公司员工，说“把认购款转到我个人账户可以优先打款”，这是诈骗，认购只打信托专户{e}
S|p|ins|R3|{n}，之前那个离职的代理人说给您返佣，让您退保再投保，这属于违规诱导，我已经反映给公司了{e}
S|p|sec|R4|{n}，有人冒充券商投顾，说能帮你操作两融、收益五五分，这是非法荐股，千万别把账户交出去{e}
S|p|car|R3|{n}，最近有假催收打电话让你私下转账“销账”，我们所有还款只走官方渠道，接到这种电话直接挂{e}
S|p|hf|R3|{n}，那个自称能“内部办理公积金贷款”的中介要您付返点，这是违规中介，千万别交钱{e}
C|p|elder|R1|{m}，我是刘叔的儿子。我爸接到电话说你们有个零风险的养老产品，让他去转钱，这是你们的吗？{e}
S|p|elder|R1|{f}，跟叔叔说，那通电话不是我们打的，我们没有零风险的产品，让他千万别转钱，我这边也报了{e}
C|p|esc|R3|{m}，我要投诉，你们那个姓冯的经理让我把钱转到我个人……不对，是转到他个人卡上，这合规吗？{e}
S|g|esc|R1|@{k} 主管您好，群里{n}反映客户经理承诺保本，聊天截图已整理，请您跟进{e}
S|g|bot|R2|【风险提示·自动推送】近期有冒充本机构的“内部消息群”，声称庄家控盘，请勿相信，本机构不会以此形式联系您{e}
S|g|minutes|R3|【合规会议纪要】通报：某营业部员工私下交易客户资金被查处，各部门{d}完成自查{e}
S|p|cq|R1|{n}，那个啥子币的平台说保收益，还要你先交保证金，我看就是骗人的，你莫转一分钱{e}
S|p|ne|R2|{n}，那个直播间老师张口闭口内部消息，完了让你交会员费，那纯是忽悠，千万别上套{e}
S|p|mn|R4|{n}，有人讲欲帮你操作股票抽成，彼是骗仔，你的账户千万毋通交出去{e}
S|p|asr|R5|{n}你说的那个让你加私人微信的人不是我们公司的我刚刚查过了你不要再跟他联系了{e}
S|p|ret|R1|{n}，那个所谓 crypto fund 说稳赚 monthly 10%，这是 classic 的 ponzi，我已经 report 给 compliance 了{e}
S|p|plain|R3|{n}，您反映的飞单问题，我已经按流程上报合规部，调查结果出来第一时间通知您{e}
S|g|plain|R1+R3|【内部通报】某分行客户经理承诺保本并收取客户返点，已被开除并移送司法机关，请大家引以为戒{e}
S|p|pb|R4|{n}，您女儿提到有人自称家办顾问，要求全权委托打理海外资产，这类未持牌机构风险极大，建议先核实{e}
S|p|trust|R1|{n}，那家第三方财富公司宣传“信托零风险”，我们查过，他们卖的是私募，不是信托，建议您别碰{e}
S|p|ins|R1|{n}，朋友圈那张“年金险稳赚不赔”的海报不是我们公司出的，我已经举报了，您别转发{e}
S|p|sec|R2|{n}，那个说“打新有内部消息保中签”的群是诈骗，中签全靠摇号，您千万别交钱{e}
S|p|car|R4|{n}，那个说能“征信修复”、要你账户密码的人是骗子，征信没法花钱修，别理他{e}
C|p|car|R3|{m}，催收的人打电话给我，让我私下转账到一个个人账户，说能免罚息，这是你们公司的吗？{e}
S|p|hf|R1|{n}，网上说“商转公稳赚”的中介广告，都是在卖垫资过桥，费用很高，您别上当{e}
S|g|cq|R5|各位老师注意哈，有人冒充我用私人号加大家，说要退保费，那个不是我，莫理他{e}
S|g|ne|R3|老铁们，有人冒充咱公司说能返佣，进群就给，那是骗子，谁信谁吃亏{e}
S|g|fraud|R3+R5|【防骗三不】{nl}1.不加陌生人私人微信{nl}2.不私下转账{nl}3.不下载陌生APP{nl}{n}，转给家里老人看看{e}
C|p|plain|R2|{m}，我舅舅被一个说有内部消息的人骗了八万，你们能帮忙看看怎么追回吗？{e}
S|p|plain|R2|{n}，您舅舅的情况建议马上报警，保留转账记录；那些自称掌握内部消息的都是诈骗团伙{e}
S|p|esc|R4|{n}，您投诉的员工索要账户密码一事已经核实并上报，他已被停职，给您添麻烦了{e}
S|p|minutes|R1|【通话记录】客户询问“外面说零风险的产品能不能买”，已答复：不能，零风险是虚假宣传，并提醒客户留存证据{e}
S|p|elder|R3|{f}，您妈妈说的那个上门推销的人提到“返点”，还要现金，这肯定不是我们的人，已经报给社区民警了{e}
S|p|mn|R1|{n}，最近有人冒充阮公司讲“包赚”，你若看着，直接拍起来传给我，阮来处理{e}
S|p|asr|R3|{n}刚刚那个电话说是我们公司催收让你私下转账的那个是假的你千万不要转我们不会这样要求的{e}
S|p|ret|R4|{n}，那个 LinkedIn 上加你的 wealth advisor 说可以代客理财，他没有牌照的，be careful{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|fraud|R1|【反诈提醒】虚拟货币那些说稳赚的全是杀猪盘！想要稳赚，就买我们这款年金，保证收益{r}{e}
S|p|fraud|R3|{n}，那个网恋对象让你转账是诈骗，别转给他。你要投资的话，转到我个人账户，我帮你理{e}
S|p|pb|R2|{n}，外面那些卖内幕消息的都是骗子。真正的内幕消息在我们家族办公室这边，{d}单独给您讲{e}
S|p|trust|R1|{n}，小心那些第三方说零风险的产品，水太深。我们这期集合信托才是真的零风险{e}
S|p|ins|R3|{n}，别家代理人给你的返佣都有猫腻，来我这里签，返佣我给你给得明明白白{e}
S|p|sec|R4|{n}，别把账户交给外面那些荐股老师，他们不靠谱。你的账户密码交给我，由我帮你操作，稳妥{e}
S|p|car|R3|{n}，假催收让你转账千万别理！真要还的话，直接转到我个人微信，我帮你跟公司对接{e}
S|p|hf|R3|{n}，公积金那些中介收返点的你别信，黑着呢。这事我帮你办，返点给我一半就行{e}
S|p|cq|R5|{n}，外头那些用私人微信加你的都是骗子哈，莫加。要加就加我私人微信，我是真的{e}
S|p|ne|R1|{n}，别信网上那些包赚的，都是坑人的玩意儿。我这款才是真包赚，你瞅瞅合同{e}
S|p|mn|R2|{n}，外口彼些讲庄家的拢是骗仔，阮这个庄家消息是正港的，{d}就欲拉升了{e}
S|p|asr|R1|{n}你千万不要信那些说零风险的都是骗人的我们这个才是零风险你放心买就行了{e}
S|p|ret|R4|{n}，那些 unlicensed 的 advisor 千万别碰。你要是 busy，全权委托给我就行，I'll take care of everything{e}
S|g|bot|R1|【防骗提醒·自动推送】警惕“保本高息”骗局！本群专属福利：{d}开售保本型产品，收益{r}，请联系群主{e}
S|p|esc|R3|{n}，我是主管。您投诉的员工飞单一事我们严肃处理了；您这单我这边可以帮您私下交易，费用减半{e}
S|p|minutes|R2|【晨会纪要】{nl}1.合规提醒：谨防群内传播内幕消息{nl}2.今日重点：{d}某只股票庄家拉升，请各位通知重点客户{e}
S|p|elder|R4|{f}，跟阿姨说千万别把账户密码告诉打电话的陌生人。告诉我就行，我帮你操作，放心{e}
S|g|cq|R1|各位老师，外头那些喊保本的信托要谨慎哈，不过我们这期是真的保本，要的私我{e}
S|p|plain|R3|{n}，我已经把同事私下收返佣的事报上去了。你那边的返佣放心，我照给{e}
S|p|plain|R1+R5|{n}，冒充我们公司的账号很多，小心受骗。我私人微信发你，以后保本产品第一时间通知你{e}
S|p|pb|R1|{n}，境外那些说美元债保本的基金多半有问题，您别碰。我们这边的家族信托配置保本，这个我负责{e}
S|p|trust|R3|{n}，提醒一下，别通过中介认购信托，他们会吃差价。直接找我，认购款私下转账给我，省下的都是您的{e}
S|p|ins|R1|{n}，有些教育金产品号称稳赚不赔，其实是忽悠。我这款增额终身寿才是真正的稳赚不赔{e}
S|p|sec|R2|{n}，直播间那些吹内部消息的你别信，我这边有研究所的内部消息，{d}发你{e}
S|p|car|R4|{n}，小心那些说能“帮你操作”延期还款的中介。你这情况我来帮你操作，把网银账户密码给我就行{e}
S|p|hf|R1|{n}，网上说买房零风险的都别信。不过公积金贷款配上我们这个理财组合，零风险，稳稳的{e}
S|g|ne|R3|老铁们，外边说能返点的都是骗子，真返点得找我，老客户我这儿照返{e}
S|p|mn|R3|{n}，听讲有人假冒阮公司叫你私下转账，千万莫信。若欲转，转到我个人的户头就好{e}
S|p|asr|R5|{n}最近好多人冒充我你别加那些账号啊我私人号是这个你加这个就行了{e}
S|p|ret|R3|{n}，小心那些 crypto OTC 的 scam。你要换汇的话找我，我们私下交易，rate 更好{e}
S|p|fraud|R2|{n}，那些币圈群里的庄家全是收割你的。我这边有A股庄家的真消息，想要的话私聊{e}
S|p|esc|R1|{n}，您投诉的理财亏损我们调查过了，那款确实不该推荐给您。作为补偿，给您换一款保本的，保证收益{r}{e}
S|g|bot|R5|【自动提醒】谨防冒充工作人员的账号！如需人工服务，请添加群主私人号（见{t}群公告）{e}
S|p|pb|R4|{n}，别把资产交给那些没牌照的家办，他们不靠谱。代客理财这块您交给我们团队，我亲自盯{e}
S|p|plain|R1|{n}，警惕任何承诺零风险的理财，那都是骗局——除了我推荐的这个，这个我敢打包票零风险{e}
S|p|minutes|R3|【客户沟通记录】已提醒客户警惕飞单风险；客户表示信任本人，双方约定本单按飞单处理，{d}签约{e}
S|p|sec|R1|{n}，打新别信那些收费的“中签神器”。跟着我打，稳赚{e}
S|p|elder|R3|{f}，你爸爸那个上门推销的说的返点是骗人的。你们真要返点，我这边每单给叔叔返一个点{e}
S|g|fraud|R5|【防骗提醒】骗子都用私人号冒充客服！想找真客服请直接加我个人号，我是本行员工，{d}统一回复{e}
S|p|ins|R3|{n}，跟你说个事，别家保险代理飞单出过事，要小心。我们这边我可以跟你私下交易，手续都帮你省了{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|pb|R4|{n}，全权委托我们做不了，家族信托的投资决策要按信托合同和投委会流程走，您可以提建议，但不能交给我个人决定{e}
S|p|trust|R3|{n}，您说认购完给我返点？谢谢您的好意，这个我不能收，也请您别再提了{e}
S|p|ins|R3|{n}，返佣我不给，也不能给，这是保险法的红线，您要是因为这个去别家买，我也理解{e}
S|p|sec|R4|{n}，你说出差把账户密码留给我？这个不行，两融的单子我帮你操作不了，你可以设个条件单{e}
S|p|car|R3|{n}，你想私下转账给我抵还款？不行，这样系统里不会销账，对你反而不利{e}
S|p|hf|R3|{n}，贷款批下来您说要给我的“辛苦费”我不收，我们拿工资的，返点这种事不存在{e}
S|p|cq|R1|{n}，你要我说保本，我说不出口，这款就是有风险的，硬说就是在哄你{e}
S|p|ne|R5|{n}，私人微信真不能加，不是跟你见外，公司抓得紧，有啥事这儿唠{e}
S|p|mn|R4|{n}，你的账户密码阮毋收，你家己收好势，阮教你按就好{e}
S|p|asr|R2|{n}内幕消息我真的没有也不会去打听你问别人也不要信这个我是认真的{e}
S|p|ret|R1|{n}，sorry，我没办法 promise 保证收益，这个 product 是 non-guaranteed 的{e}
S|g|bot|R3|【自动回复】您好，关于“返佣”的咨询：本机构不提供任何形式的返佣，{t}起如有人私下承诺请举报{e}
C|p|elder|R4|{m}，我跟我妈说了，账户密码不给任何人，包括你们，你教她自己弄就行，我在旁边帮她看着{e}
S|p|esc|R3|{n}，我是主管。您要求我们私下转账补偿，这个做不了，合规的赔付流程我已经启动，三个工作日内给您答复{e}
S|p|minutes|R4|【通话记录】客户提出全权委托打理账户，已当场拒绝，并建议客户自行选择投顾组合，客户表示理解{e}
S|p|fraud|R5|{n}，对方让你加私人号，你就直接拒绝，别心软，回他一句“我只在官方渠道沟通”{e}
S|p|pb|R2|{n}，您问那家公司有没有内部消息，我不能说也不知道，私行的研究只基于公开信息{e}
S|p|trust|R5|{n}，您让我加您个人号方便聊？心意领了，我只在企业微信跟客户沟通，私人号就不加了{e}
S|p|ins|R1|{n}，您让我写个“保证收益”的字条给您？这个真写不了，写了就是违规，也对您不负责{e}
S|p|sec|R2|{n}，我不会跟你说哪只票庄家要拉升，这种话我不说，说了就是害你{e}
S|p|car|R4|{n}，我们不能替你操作还款，也不会要你的账户密码，你按短信里的官方APP入口还就行{e}
S|p|hf|R1|{n}，您让我保证这个理财零风险，我保证不了，能保证的只有公积金贷款按合同利率执行{e}
C|p|plain|R3|{m}，我不需要什么返点，你把合同讲清楚就行{e}
S|p|cq|R3|{n}，你想走飞单省点钱，我晓得，但我真做不来，出了事你我都要遭{e}
S|p|ne|R2|{n}，你让我帮你打听庄家？那可不整，咱就老老实实看基本面{e}
S|p|mn|R1|{n}，你欲阮讲包赚，阮讲袂出来，投资本来就有赚有赔{e}
S|p|asr|R3|{n}你说把钱转到我个人卡上不行的啊一定要转到公司账户这个我帮不了你{e}
S|p|ret|R5|{n}，I know 你想加我私人微信，but sorry，公司 policy 不允许，we can chat here anytime{e}
S|g|plain|R1|刚才有客户私信问能不能出具保本承诺，我统一答复一下：不能，我们的产品都不保本{e}
S|p|plain|R4|{n}，代客理财这件事，无论金额多大我都不会做，您的账户只能您自己来{e}
S|p|pb|R3|{n}，您说私下交易可以省托管费？我不能这么做，家族信托的每一笔钱都必须进托管账户{e}
S|p|trust|R1|{n}，我不会说稳赚，过去几期都兑付了，不代表这一期没风险，这话我得讲在前头{e}
S|p|elder|R5|{f}，叔叔想加我私人微信，麻烦你跟他说一声，我们不能加，有事让他打网点电话或者在这里留言{e}
S|p|esc|R1|{n}，投诉处理结果出来了：涉事员工说“稳赚”属于违规，已经处理；但补偿方面，我不能承诺您任何收益{e}
S|p|sec|R3|{n}，打新的中签额度不能私下交易，这个忙我帮不了，您按正常流程申购{e}
S|p|car|R1|{n}，你问提前还款是不是零风险？要看合同条款，有违约金的，我不能跟你打包票{e}
S|p|hf|R4|{n}，不好意思，公积金提取我不能帮你操作，需要你本人在APP上刷脸{e}
S|p|ins|R4|{n}，您说保单贷款全权委托给我办？这不行，每一笔都要您本人签字确认{e}
S|g|bot|R4+R5|【统一答复】{nl}1.工作人员不接受代客理财{nl}2.不添加客户私人微信{nl}3.不索取验证码{nl}请通过官方渠道办理{e}
C|p|ret|R3|{m}，我不要什么返点 offer，just 把 fee structure 讲清楚就好{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|pb|R4|{n}，全权委托我们原则上不接，不过您家族这个体量，我私下帮您把全权委托的授权书弄好{e}
S|p|trust|R3|{n}，返点这个事本来不行，您认购{a}以上的话，我想办法私下给您一个点的返点{e}
S|p|ins|R3|{n}，返佣我一开始是拒绝的，可您帮我介绍了这么多客户，这单返佣我就给您吧{e}
S|p|sec|R4|{n}，你的账户我本来不该碰的，算了，你出国这两周把账户密码留给我，交易我帮你操作{e}
S|p|car|R3|{n}，私下转账我是不收的……行吧，看你这么难，先转到我个人卡上，我帮你去柜台交{e}
S|p|hf|R3|{n}，我说了不收返点的，您非要给，那就收一半吧，下次可不许了{e}
S|p|cq|R1|{n}，我本来不想说保本的，你问了八遍了，那我就说嘛：保本，要得了噻{e}
S|p|ne|R5|{n}，私人微信一般不加，可你这人实在，行，加我私人微信吧{e}
S|p|mn|R4|{n}，阮原本毋愿帮你操作，毋过你实在无闲，账户密码传来，阮帮你操作{e}
S|p|asr|R2|{n}内幕消息这个我一般不说的哈但是你是老客户了我就跟你透露一下下周那个票庄家要动{e}
S|p|ret|R1|{n}，I usually 不说保本这种话，but for you，OK，这个 product 我可以说保本{e}
S|p|esc|R3|{n}，我是主管，私下补偿本来是不允许的，但为了平息这件事，我私下转账给您五百，您撤诉吧{e}
S|p|minutes|R4|【通话记录】客户要求代客理财，本人先予拒绝；后客户再三坚持，本人同意代客理财，{t}起接管{e}
S|p|pb|R1|{n}，保收益的话我不该说，可您父亲那边实在不放心，那我就明说：这部分保收益{r}{e}
S|p|trust|R5|{n}，按理我不该加您私人号，但您是老客户，加我私人号吧，我把项目细节发您{e}
S|p|ins|R1|{n}，我说了不讲稳赚的，你非要我表个态，那好，这个增额终身寿稳赚{e}
S|p|sec|R2|{n}，内部消息我不能给你……你都跟我三年了，好吧，{d}那只有人拉升，别外传{e}
S|p|car|R4|{n}，我不能动你账户的，可逾期今天就要上征信了，账户密码现在发我，我帮你操作还上{e}
S|p|hf|R4|{n}，一般不代客理财，可你在外地回不来，公积金这笔钱我就代客理财，替你买成理财了{e}
S|p|cq|R3|{n}，飞单我本来不做，你是我幺妹的同学，那这单就给你走飞单嘛，莫声张{e}
S|p|ne|R2|{n}，庄家的事儿我寻思不说了，可瞅你着急，告诉你：{d}庄家要拉升{e}
S|p|mn|R3|{n}，返佣阮本来讲袂使，毋过你这么挺阮，返佣阮照给{e}
S|p|asr|R5|{n}我们公司不让加私人号的但是你实在要加的话我私人号发给你你别跟别人说{e}
S|p|ret|R3|{n}，我 normally 不做私下交易，but 这次 amount 不大，we can 私下交易{e}
S|g|bot|R5|【自动回复】工作人员不添加私人微信。（{t}更新：VIP客户可添加客户经理私人微信，请私聊群主获取）{e}
S|p|esc|R1|{n}，主管这边本来不能承诺什么，为了留住您，我破例给您承诺：换成这款，零风险{e}
S|p|plain|R3|这个真的不能……唉，{n}，实在拗不过你，钱转到我个人账户吧，我替你跑一趟{e}
S|p|plain|R1|{n}，我本来坚决不说保证收益，但你这么信任我，我保证收益{r}，写在聊天记录里给你{e}
S|g|cq|R4|各位，好多人私信问能不能帮你操作，本来是不行的，但是VIP的话我可以帮你操作，私我{e}
S|p|pb|R3|{n}，托管费本来没法省，既然您开口了，这部分我们私下交易处理，不进托管{e}
S|p|trust|R2|{n}，项目方的内部消息按说不能透露，看在多年合作的份上：这个项目{d}就要兑付，放心投{e}
S|p|ins|R4|{n}，保单贷款按规定要您本人操作，算了，您把账户密码告诉我，剩下的我帮你操作{e}
S|p|sec|R3|{n}，打新额度不能转让，不过你实在想要，我们私下交易，一签给你算个友情价{e}
S|p|fraud|R3|{n}，我们反诈专员本来不经手任何资金，但你这笔被骗的钱要追回，先私下转账给我做冻结{e}
S|p|elder|R4|{f}，本来不能替阿姨操作的，你们在外地也不方便，你把她的账户密码给我，我替她弄{e}
S|p|minutes|R1|【客户沟通小结】客户反复要求书面承诺保本，初期拒绝，后应客户要求在聊天中确认“保本”，客户{d}打款{e}
S|p|ne|R1|{n}，包赚这话我从来不说，今儿破个例：这个包赚，整就完了{e}
S|p|mn|R1|{n}，零风险这款阮本来毋敢讲，你一直问，好啦，零风险，阮讲的{e}
S|p|ret|R4+R5|{n}，我们一般不 accept 全权委托，also 不加私人微信，but 你是 VIP，全权委托和私人微信都 OK{e}
S|p|car|R1|{n}，分期我一般不说零风险，不过你这个提前还款我帮你算过，零风险，一分违约金都没有{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|pb|R1|{n}，您转来的那篇文章说“家族信托稳赚不赔”，这个说法不准确，信托解决的是传承和隔离，不是收益{e}
S|p|trust|R2|{n}，那个群里说“项目方有内部消息，下月提前兑付”，我们没收到任何通知，别信{e}
S|p|ins|R1|{n}，您婆婆说的“年金险保本保息”，我解释一下：保证的部分写在合同里，分红部分不保证{e}
S|p|sec|R2|{n}，你截图里那句“主力庄家即将拉升”是荐股诈骗的标配，我们投顾不会这么说{e}
S|p|car|R3|{n}，您说催收员讲“转到我个人卡上就不算逾期”，这不是我们的规定，我们已经在调查这个人{e}
S|p|hf|R3|{n}，您听到的“公积金贷款要给经办人返点”是谣言，公积金中心不收任何额外费用{e}
S|p|cq|R1|{n}，你屋头亲戚说的“买这个零风险”，我给你讲，凡是这么说的都要打个问号{e}
S|p|ne|R4|{n}，那人说“账户密码交出来，帮你操作翻倍”，你可千万别搭理，这就是骗子嗑儿{e}
S|p|mn|R5|{n}，你讲伊讲“加我私人微信才有优惠”，彼毋是阮公司的人，你莫加{e}
S|p|asr|R1|{n}你刚才念的那段稳赚不赔年化百分之二十是那个诈骗群里的话吧我们公司没有这样的产品{e}
S|p|ret|R1|{n}，你朋友说的“guaranteed return 保证收益”那个 fund，我查过，不是持牌机构，don't invest{e}
S|g|bot|R2|【自动推送·防骗课堂】常见话术：“跟着庄家吃肉”“内部消息稳稳的”——看到请立即举报，{t}更新下一期{e}
C|p|elder|R1|{m}，我妈说上次有个人跟她讲“这个是保本的”，是你们这儿的人吗？我帮她问问{e}
S|p|esc|R3|{n}，您投诉里提到员工说“私下交易更便宜”，经核实属实，该员工已停职，处理结果会书面告知{e}
S|p|minutes|R4|【培训纪要】错误话术示例：“账户密码您报一下，我帮你操作就行”——属严重违规，全员{d}参加考试{e}
S|g|fraud|R1|【案例分享】受害人回忆，对方第一句话是“这个币零风险，稳赚”。请大家转告家人，这就是杀猪盘开场白{e}
S|p|pb|R4|{n}，律师起草的家族宪章里写了“全权委托家族办公室处置”，这一条建议改成由家族委员会表决{e}
S|p|trust|R1|{n}，您提到的“稳健保本一号”是多年前的老产品名，早就清算了，现在没有这个产品{e}
S|p|ins|R3|{n}，群里那条“买保险找我有返佣”的广告不是我们的人发的，我已经让群主删了{e}
S|p|sec|R4|{n}，您说的“代客理财工作室”没有任何备案，属于非法经营，千万别把钱给他们{e}
S|p|car|R4|{n}，网上那个号称“帮你操作停息挂账”的公众号是收费骗局，我们这里可以正常申请个性化分期{e}
S|p|hf|R1|{n}，那篇“以房养老稳赚不赔”的文章是广告，这类产品风险很大，请您谨慎{e}
S|g|cq|R5|各位老师，有人转了张截图，上面写“加我个人号领红包”，那不是我发的哈，莫信{e}
S|p|ne|R3|{n}，你说那个“飞单省钱”是你同事讲的？他那是自己惹事，咱不跟着学{e}
S|p|mn|R2|{n}，你老爸讲的“庄家会顾咱散户”，阮听了都惊，这是无可能的代志{e}
S|g|plain|R1|【合规考试答案】{nl}第3题：下列哪句属于违规话术？A.“本产品不承诺收益” B.“本产品保本” 答案：B{nl}第4题答案：C{e}
S|p|plain|R3|{n}，附件是《关于禁止私下转账的告知书》，麻烦您签字后拍照回传{e}
S|p|plain|R5|{n}，您说的“私人号码”是指您的手机号吗？填在开户表第二页就可以了{e}
S|p|plain|R3|{n}，您点一下链接会跳转到我个人名片页，上面有我的工号和执业证号，可以核验身份{e}
S|p|plain|R1|{n}，我们会在确保本人知情同意的前提下办理，签字那页请您亲自来签{e}
S|p|trust|R1|{n}，信托合同第十二条约定了收益分配顺序，确保收益分配透明，您可以先看看{e}
S|p|sec|R2|{n}，企业微信里有个“内部消息”提醒开关，打开后就能收到我们的研报推送{e}
C|p|car|R3|{m}，你们那个同事说“返点可以私下给”，我没要，就是想跟你说一声{e}
S|p|esc|R1|{n}，您引用的那句“主管亲口说保本”，我们调了录音，原话是“这款不保本”，录音可以发您听{e}
S|p|ret|R2|{n}，那个 podcast 里说的 insider 内幕消息，其实是 illegal 的，我们不 follow 这种东西{e}
S|p|elder|R4|{f}，您爸爸转述的“账户密码告诉小杨就行”，小杨是我们前同事，早就离职了，千万别告诉他{e}
S|p|fraud|R5|{n}，骗子最常见的一句就是“加我私人微信，带你躺着赚”，您看到这种消息直接删{e}
S|p|ins|R1|{n}，宣传册封面上的“稳赚人生”是公司品牌口号，不代表产品收益，这一点要跟您说明{e}
S|p|hf|R2|{n}，您说的那个“庄家村”安置房是集体土地，公积金贷款办不了，这个要提前说明{e}
S|g|minutes|R1+R3|【复盘纪要】{nl}问题话术一：“保证收益{r}”——已纠正{nl}问题话术二：“我给您返点”——已上报{nl}责任人{d}提交整改{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|pb|R1|{n}，您父亲说“交给你们就是保本”，老爷子说得对，这部分资产就是保本的{e}
S|p|trust|R2|{n}，项目经理私下说“有内部消息，{d}提前兑付”，我信他，这期您赶紧认购{e}
S|p|ins|R1|{n}，您老公说“增额终身寿稳赚不赔”，一点没错，我也是这么跟您讲的{e}
S|p|sec|R2|{n}，群里说“庄家{d}拉升”，我核实过了，是真的，你可以提前埋伏{e}
S|p|car|R3|{n}，我同事说的“转到我个人卡上就不算逾期”，是真的，你照做就行{e}
S|p|hf|R3|{n}，你表姐说“找你办贷款有返点”，对的，老规矩，放款后给{e}
S|p|cq|R1|{n}，你幺舅说“找小冉买的都是保本的”，他说得对头，你放心买{e}
S|p|ne|R4|{n}，你媳妇儿说“把账户给他帮你操作”，对，就这么整，账户密码发我{e}
S|p|mn|R5|{n}，你阿母讲“加伊私人微信较方便”，阮认同啦，私人微信阮传给你{e}
S|p|asr|R1|{n}你刚才说的那句零风险我同意啊这个产品就是零风险的你放心买就行{e}
S|p|ret|R1|{n}，my boss 说“this one 稳赚”，he is right，我也百分百确定稳赚{e}
S|g|bot|R1|【每日金句·自动推送】“选对产品，保本保收益”——本群主推年金，{t}截止认购{e}
S|p|esc|R3|{n}，您说之前的经理答应“每单返佣一个点”，我是他的主管，这个承诺我们认，照给{e}
S|p|minutes|R1|【客户沟通记录】客户引用宣传单“零风险高收益”询问是否属实，本人确认属实，客户{d}认购{e}
S|p|pb|R4|{n}，您说“干脆全权委托给你们”，我看行，授权书我{d}带过去{e}
S|p|trust|R3|{n}，您朋友讲的“找你能飞单拿高收益”，没错，这单我给您走飞单{e}
S|p|ins|R3|{n}，你闺蜜说“在你这买有返点”，对，她拿多少你就拿多少{e}
S|p|sec|R4|{n}，你说“账户密码给你管着算了”，行，我帮你操作，两融那边我盯着{e}
S|p|car|R5|{n}，你说“加你私人号好沟通”，对，催收这边走私人号快，我加你{e}
S|p|hf|R1|{n}，中介说的“商转公再买理财稳赚”，确实是这样，我给您配一款{e}
S|g|cq|R2|各位老师，群里有人说“那只票有内部消息”，我可以负责任地讲，消息是真的{e}
S|p|ne|R1|{n}，老话说“跟着老董包赚”，这话到今天还算数，你就整吧{e}
S|p|mn|R3|{n}，你讲“私下交易较俗”，着啦，阮就私下交易给你{e}
S|p|elder|R4|{f}，阿姨说“账户密码交给你我最放心”，那您把密码发我，我给阿姨办好{e}
S|p|ret|R3|{n}，你说的“私下转账更 fast”，totally agree，私下转账给我这边就行{e}
S|p|plain|R1|{n}，上一条有个错别字，“这款不保本”多打了个“不”字，删掉就对了，请以本条为准{e}
S|p|plain|R2|{n}，上周茶叙时我说的“庄家在建仓”，现在看完全应验了，{d}继续加{e}
S|p|plain|R3|{n}，我之前跟你说“返点少不了你的”，这话一直算数{e}
S|g|plain|R5|上次群里说的“加私人微信送体检卡”，活动还在，要的加我私人微信{e}
S|p|pb|R3|{n}，您说“托管太麻烦，钱直接转到我个人账户你来管”，可以，按您说的办{e}
S|p|fraud|R1|{n}，您说那个平台号称“保证收益{r}”，我们研究过，这个是真的，您可以放心投{e}
S|p|ins|R1|{n}，宣传册上那句“零风险守护孩子未来”，意思就是零风险，字面意思，您放心{e}
S|p|sec|R1|{n}，老股民常说“打新稳赚”，这话我认，今年我带的客户打新全是赚的{e}
S|p|car|R4|{n}，你说“我没空还款，你替我弄得了”，好，账户密码报给我，我帮你操作{e}
S|p|esc|R1|{n}，您坚持说小郭承诺过“保本”，我作为主管确认：他说的没错，这款就是保本{e}
S|p|minutes|R2|【电话纪要】客户问“是不是有内部消息”，本人答复“有，{d}会拉升”，客户决定追加{e}
S|p|asr|R3|{n}你刚说的私下转账那个我觉得可以啊就按你说的私下转账给我吧{e}
S|p|hf|R4|{n}，您说“代客理财也行，省得我操心”，那就这么定了，公积金取出来那笔代客理财我来打理{e}
S|p|ret|R5|{n}，你 colleague 说“加我个人号更方便”，that's right，加我个人号吧{e}
S|g|ne|R1+R2|老铁们，那句“庄家进场，稳赚”我再说一遍，这回还是这么回事，{d}见分晓{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|elder|R6|{m}，我是张阿姨的儿子，替我妈发一下她的手机号：{MOB:plain}，有事打这个{e}
C|p|asr|R6|{m}我的电话是{MOB:cn}你记一下哈{e}
C|p|asr|R6|{m}卡号是{CARD:sp1}刚刚语音打的你核对下{e}
C|p|cq|R6|{m}，我身份证号{ID:plain}，麻烦你帮我填哈{e}
C|p|ne|R6|{m}，我银行卡{CARD:sp}，车贷从这张扣就行{e}
C|p|mn|R6|{m}，阮阿母的手机是{MOB:dash}，伊较少看微信{e}
C|p|ret|R6|{m}，my China mobile 是 {MOB:sp}。WhatsApp 不常用{e}
S|p|pb|R6|{n}，家族信托受益人登记信息请核对：身份证号{ID:sp}{e}
S|p|trust|R6|{n}，认购款回款账户确认为{CARD:plain}，如有变更请书面告知{e}
C|p|ins|R6|{m}，宝宝的身份证号是{ID:dash}，投保人写我{e}
C|p|sec|R6|{m}，两融账户绑定的存管卡是{CARD:comma}，你帮我看下{e}
C|p|car|R6|{m}，我换号了，新手机{MOB:dot}，还款提醒发这个{e}
C|p|hf|R6|{m}，公积金贷款的还款卡{CARD:fw}，麻烦帮我绑定{e}
S|p|fraud|R6|{n}，已为您登记报案信息，联系电话{MOB:plain}，民警会联系您{e}
C|p|esc|R6|{m}，我要投诉，电话{MOB:sp1}，请你们主管亲自给我回电{e}
S|p|minutes|R6|【通话记录】客户本人确认身份证号{ID:plain}，预留手机{MOB:plain}，已完成双录{e}
C|p|elder|R6|{m}，我爸身份证{ID:cn}，他自己念我打的，你看对不对{e}
C|p|cq|R6|{m}，我的卡号{CARD:cn}，你帮我查下到账没得{e}
C|p|ne|R6|{m}，咱家老爷子电话{MOB:mix}，你直接给他打{e}
C|p|plain|R6|{m}，身份证号我用大写写一遍：{ID:dx}，怕你看错{e}
C|p|plain|R6|{m}，手机号写成大写了：{MOB:dx}，别抄错{e}
C|p|ret|R6|{m}，我的 UnionPay card 是{CARD:dash}。please check{e}
S|p|car|R6|{n}，分期还款卡要和这张一致：{CARD:sp}，您确认一下{e}
C|p|mn|R6|{m}，阮身份证{ID:mix}，你共阮登记一下{e}
C|p|trust|R6|{m}，我太太的身份证{ID:fw}，受益人加上她{e}
C|p|pb|R6|{m}，家族信托加个受益人，我儿子，身份证{ID:plain}，手机{MOB:plain}{e}
C|p|sec|R6|{m}，打新中签了打我电话{MOB:fw}，短信我不看{e}
C|p|ins|R6|{m}，理赔款打到{CARD:dot}，谢谢{e}
S|p|hf|R6|{n}，您贷款合同上的身份证号是{ID:sp}，跟您提供的一致，没问题{e}
C|p|asr|R6|{m}我身份证号码是{ID:sp1}你帮我看看对不对{e}
C|p|car|R6|{m}，我老婆的电话{MOB:comma}，打不通我就打她的{e}
C|p|fraud|R6|{m}，骗子让我转账用的是我自己这张卡{CARD:plain}，现在还能冻结吗{e}
S|g|bot|R6|【自动通知】{t}抽奖中奖客户：手机号{MOB:plain}，请于三日内联系客服领取{e}
C|p|elder|R6|{m}，这是我外婆的卡{CARD:mix}，她让我发给你{e}
C|p|plain|R6|{m}，电话{MOB:dash}，身份证{ID:dash}，还要啥你说{e}
C|p|ne|R6|{m}，我那张卡{CARD:sp1}，你给我瞅瞅咋没到账{e}
C|p|cq|R6|{m}，我幺儿的手机{MOB:cn}，有事找他{e}
S|p|esc|R6|{n}，您的投诉已登记，回访电话{MOB:sp}，主管{d}会联系您{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|trust|R6|{n}，您认购的信托计划合同编号{TRUSTNO}，纸质合同{d}寄出{e}
S|p|ins|R6|{n}，宝宝的保单号{POLICY}，电子保单已发您邮箱{e}
S|p|car|R6|{n}，您的车贷合同号{LOANNO}，还款计划表在附件里{e}
C|p|car|R6|{m}，车架号{VIN}，你帮我查下抵押解除了没{e}
C|p|cq|R6|{m}，车牌{PLATE}，我停你们楼下了哈{e}
S|p|hf|R6|{n}，您的公积金个人账号{HFACCT}，登录APP用身份证号加刷脸就行{e}
S|p|sec|R6|{n}，新股申购代码{IPOSUB}，申购日{DATE}，中签后记得留足资金{e}
S|p|sec|R6|{n}，两融账户维持担保比例目前{MARGIN}，离警戒线还远，不用担心{e}
S|p|fraud|R6|{n}，骗子给你的这个钱包地址{WALLET}，我已经提交给反诈中心了{e}
S|p|fraud|R6|{n}，您转出的那笔USDT交易哈希{TXID}，截图保存好，报案要用{e}
S|p|plain|R6|{n}，网点座机{LAND}，工作日九点到五点都有人接{e}
S|p|car|R6|{n}，官方客服热线{HOTLINE}，催收有任何不规范的地方都可以打这个投诉{e}
C|p|ret|R6|{m}，我在多伦多的号码{USPH}，晚上十点后打{e}
C|p|ret|R6|{m}，UK 号码{UKPH}。时差八小时，注意一下{e}
C|p|ret|R6|{m}，我在悉尼，电话{AUPH}，微信语音也行{e}
C|p|ret|R6|{m}，新加坡号码{SGPH}，工作日找我{e}
C|p|mn|R6|{m}，阮台湾的表兄电话{TWPH}，伊欲问保单的代志{e}
S|p|pb|R6|{n}，家族信托设立规模{AMT}元，托管费按年收取{e}
S|p|hf|R6|{n}，合同金额大写{AMTDX}，核对无误请签字{e}
S|p|esc|R6|{n}，您的投诉工单号{CASE}，处理进度可以凭这个查询{e}
S|p|pb|R6|{n}，家族企业的统一社会信用代码{USCC}，开户资料里要用{e}
C|p|ret|R6|{m}，我护照号{PASSPORT}，身份证在国内没带出来{e}
S|p|plain|R6|{n}，您绑定的卡{MASKCARD}，扣款成功{e}
S|p|plain|R6|{n}，系统显示您的身份证{MASKID}，已经实名{e}
S|p|car|R6|{n}，信用卡分期订单号{FQ}，提前还款请先联系我{e}
S|p|plain|R6|{n}，验证码{OTP}请不要告诉任何人，包括我们的工作人员{e}
S|p|car|R6|{n}，还款日是每月{DAY}号，这期应还{AMT}元{e}
C|p|elder|R6|{m}，我妈手机号只记得开头{MOBPRE}，后面几位她想不起来了{e}
S|p|plain|R6|{n}，您预留手机{MASKMOB}，验证码会发到这个号{e}
C|p|plain|R6|{m}，我身份证{BADID:plain}，为啥系统说校验不对？{e}
S|p|ins|R6|{n}，您填的宝宝身份证{BADDATE:plain}，出生日期那段不存在，麻烦再核对一下{e}
S|p|hf|R6|{n}，这个证件号{BADPROV:sp}前两位不是有效的地区码，是不是填错了？{e}
C|p|asr|R6|{m}我身份证号是{ID17:cn}好像少念了一位你等我再看看{e}
S|p|trust|R6|{n}，您提供的回款卡{LUHNBAD:sp}校验没通过，可能有一位写错了{e}
C|p|cq|R6|{m}，我电话是{MOB10:plain}，咦好像少了一位哦{e}
S|p|car|R6|{n}，您填的手机{BADPFX:dash}这个号段不存在，再看看呢{e}
S|p|plain|R6|{n}，身份证后四位{LAST4}已核验，银行卡尾号{LAST4}已绑定{e}
C|p|ne|R6|{m}，我身份证{BADID:cn}，完了系统老说不对，咋整{e}
S|p|sec|R6|{n}，卡号{LUHNBAD:fw}校验不过，您拍一下卡面我看看{e}
S|g|bot|R6|【活动通知】{DATE}财富沙龙在三楼举行，报名热线{LAND}，名额有限{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "pb": ["shen.yunqing", "gu.wanting", "qian.haoran"],
    "trust": ["lu.zhenyu", "fang.shuya", "kong.weidong"],
    "ins": ["tan.xiaomei", "jiang.huilan", "yu.lingling"],
    "sec": ["xu.zhiyuan", "cao.mingxuan", "du.kaiwen"],
    "car": ["pan.jianfeng", "luo.yuting", "shao.wei"],
    "hf": ["wei.lihong", "peng.xiaoyan"],
    "fraud": ["ye.qingsong", "tian.jingjing"],
    "cq": ["ran.jiahui", "mou.zhiqiang", "gou.xiaoli"],
    "ne": ["guan.tiezhu", "sui.yanling", "dong.baoguo"],
    "mn": ["hong.yaqi", "su.wenbin", "ke.shuting"],
    "asr": ["bai.xiaofeng", "qin.yue"],
    "elder": ["yao.guifang", "meng.chunlei"],
    "ret": ["kevin.zhang", "yvonne.liu", "jason.he"],
    "bot": ["qwbot", "notice.bot"],
    "minutes": ["shi.lanxin", "hou.jiale"],
    "esc": ["liang.ruoxi", "chang.defu"],
    "plain": ["zhou.yiming", "wang.siyu", "li.haoyu", "sun.jiaqi"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["028", "023", "024", "0451", "0431", "0592", "0595", "0596", "010", "021", "020",
             "0755", "0571"]
US_AREAS = ["416", "647", "604", "212", "646", "415", "626", "206"]
PLATE_HEADS = ["川A", "渝A", "辽A", "吉A", "黑A", "闽D", "闽C", "京N", "沪A", "粤B", "川G", "渝D"]
AMT_DX = ["壹佰万元整", "叁拾捌万元整", "贰佰伍拾万元整", "肆拾陆万伍仟元整", "壹仟万元整",
          "柒拾万元整", "玖万捌仟元整", "伍佰万元整", "壹拾贰万元整", "陆拾万零叁佰元整"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "TRUSTNO":
        return rng.choice(["XT", "JHXT", "ZXT"]) + "2026-" + rdigits(rng, 3) + "-" + \
            rdigits(rng, 4)
    if name == "POLICY":
        return rng.choice(["88", "66", "2026"]) + rdigits(rng, rng.randint(12, 14))
    if name == "LOANNO":
        return "CL" + "2026" + rdigits(rng, 10)
    if name == "VIN":
        return "L" + "".join(rng.choice(VIN_CHARS) for _ in range(16))
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice("0123456789"),
                rng.choice("0123456789"), rng.choice(chars)]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "HFACCT":
        return "0" + rdigits(rng, 11)
    if name == "IPOSUB":
        return rng.choice(["732", "780", "787", "707", "301"]) + rdigits(rng, 3)
    if name == "MARGIN":
        return "%d.%d%%" % (rng.randint(150, 420), rng.randint(0, 9))
    if name == "WALLET":
        return "T" + "".join(rng.choice(B58) for _ in range(33))
    if name == "TXID":
        return "".join(rng.choice("0123456789abcdef") for _ in range(64))
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
        if rng.random() < 0.6:
            return "400-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
        return "95" + rdigits(rng, 3)
    if name == "USPH":
        return "(" + rng.choice(US_AREAS) + ") " + str(rng.randint(2, 9)) + rdigits(rng, 2) + \
            "-" + rdigits(rng, 4)
    if name == "UKPH":
        return "+44 7" + rdigits(rng, 3) + " " + rdigits(rng, 6)
    if name == "AUPH":
        return "+61 4" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "TWPH":
        if rng.random() < 0.5:
            return "09" + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
        return "+886 9" + rdigits(rng, 2) + " " + rdigits(rng, 3) + " " + rdigits(rng, 3)
    if name == "AMT":
        v = rng.randint(5, 8000) * 1000
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "CASE":
        return "TS" + "2026" + rdigits(rng, 8)
    if name == "USCC":
        body = "91" + rng.choice(AREAS) + "MA" + "".join(rng.choice(USCC_CHARS[10:])
                                                         for _ in range(2))
        return body + "".join(rng.choice(USCC_CHARS) for _ in range(18 - len(body)))
    if name == "PASSPORT":
        if rng.random() < 0.6:
            return "E" + rdigits(rng, 8)
        return "E" + rng.choice("ABCDEFGH") + rdigits(rng, 7)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "******" + c[-4:]
        return "**** **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "FQ":
        return "FQ" + rdigits(rng, 14)
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%02d/%02d" % (y, m, d)
        return "%d.%d.%d" % (y, m, d)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
