#!/usr/bin/env python3
"""Blind held-out evaluation set 37 ("heldout37") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly three files of the repository and nothing else:
``scripts/evasion_blind_common.py`` (the shared machinery, read in full),
``scripts/evasion_heldout22.py`` (the format model: its structure was copied, none of its
sentences) and ``scripts/eval_categories.sh`` (to wire the set in).  No other file was opened
or listed, the scanner was never run, no git command was run other than the single final
commit, and nothing was searched (no web or code search).  Every template below is new,
written from general knowledge of how Chinese-speaking financial sales staff and their
customers talk on WeCom (企业微信).  The set measures generalisation: do not tune the scanner
to it, do not add it to any training data, and run it once.

Voices and settings
-------------------
A private-equity fund's placement agent (qualified-investor checks, subscription into the
raising account, share transfers); a bank's credit-card instalment telesales follow-up; an
insurance claims adjuster who also sells annuities; a securities firm's new-account
onboarding team (video witness, custody binding, commission rates); a community bank serving
a migrant-worker neighbourhood (wage cards, remittances home, customers who cannot type); a
wealth adviser for doctors and teachers (night shifts, surgery days, winter holidays,
housing fund); Cantonese-Mandarin mixed speech from Shenzhen; Wu-flavoured Shanghai / Suzhou
speech; Northeastern speech; a retired-accountant customer who argues over every figure;
staff typing pinyin initials and abbreviations (bb, fd, xdm, nb, sx, ns, fyi, cfm); staff quoting
regulations by name and article number; group announcements with @mentions; staff mixing a
sarcastic tone with a real offer; plain Mandarin staff and customers.

Hard cases
----------
Rhetorical questions that assert or urge versus questions that deny; customers' questions
and angry complaints quoting staff (always near misses); prohibitions stated and then broken
in the same message versus honest prohibitions; warnings that turn into an offer versus real
warnings and reports; refusals that cave (hits) versus refusals that hold; short yes / no
answers where one character decides; one's own promise quoted back and endorsed (hit) versus
another party's claim quoted to reject it (near miss); keywords inside names of files,
groups, products, apps and courses (near miss); numbered lists and line-broken messages (real
newlines) with the violation in one line; keywords split by one of the separators
``· -_*.~`` in a minority (more than 0 and under 15 %) of each keyword category's hits; 25 %
of every category in traditional characters through the shared one-to-one table, Shenzhen
and private-equity messages first.
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese / Arabic, full-width digits and split by spaces, dashes, dots and commas, versus
look-alikes: bad ID check characters, impossible birth dates, bad province codes, 17-digit
and 15-digit (first-generation) IDs, Luhn failures, masked numbers, 10-digit and bad-prefix
mobiles, the first seven digits of a mobile, and other kinds of numbers: fund filing codes,
claim report numbers, policy and hospital record numbers, instalment contract numbers,
Shanghai / Shenzhen share accounts, capital accounts, housing-fund accounts, staff numbers,
bank clearing codes, customer numbers, remittance numbers, hotlines, landlines, Hong Kong
phones, ETF codes and prices, dates, amounts and 大写 amounts, one-time codes.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout37.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h37_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 37_2026_1207
SET_NAME = "heldout37"
MSGID_PREFIX = "h37"
T0 = 1780900000000
SEQ0 = 1480000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("sz", "pe")  # Shenzhen and private-equity messages go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "132", "135", "136", "138", "139", "145", "150", "152", "157", "158",
              "159", "162", "165", "166", "170", "171", "176", "177", "180", "182", "186",
              "187", "189", "190", "191", "193", "195", "197", "199"]
AREAS = ["440303", "440304", "440305", "440306", "310101", "310104", "310115", "320505",
         "320508", "210102", "210103", "220102", "230103", "411302", "411602", "511302",
         "341202", "520102", "430102", "110108", "360102", "450102"]
CARD_BINS16 = ["621226", "622848", "621661", "622700", "623058", "621785", "622580",
               "625331"]
CARD_BINS19 = ["6212260", "6228480", "6217850", "6230580", "6216610"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["周老师", "吴医生", "许主任", "钱阿姨", "蒋先生", "沈姐", "韩老板", "卫哥", "秦总",
          "尤老师", "何护士长", "施大哥", "姚阿姨", "邹总", "葛老师", "潘哥", "范姐", "彭叔"],
    "m": ["卢经理", "董经理", "沈专员", "小谷", "方老师", "庞师傅", "小陶", "姜经理", "牛姐",
          "雷经理", "小黄", "麦生", "朱阿姐"],
    "e": ["", "", "🙂", "👌", "🙏", "😅", "💰", "📈", "🤔", "😎", "👀", "🍵"],
    "d": ["今天收盘前", "下周二", "明天中午", "周四晚上", "节后第一天", "这个月底", "后天上午",
          "周末", "下个礼拜", "月中"],
    "a": ["8万", "12万", "25万", "40万", "60万", "100万", "150万", "300万", "500万", "2万"],
    "r": ["3.2%", "3.6%", "4%", "4.5%", "5.2%", "6.5%", "7%", "8%", "10%", "12%"],
    "k": ["小卢", "庞师傅", "姜经理", "小雷", "谷老师", "麦仔", "小沈", "董主管"],
    "at": ["@所有人", "@全体成员", "@周老师 @钱阿姨", "@所有人 @蒋先生", "@许主任",
           "@韩老板 @尤老师"],
    "br": ["\n", "\n", "\n\n"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; sz and pe prefer traditional)
#   LABELS R1..R6 joined by +
#   {br} is a real line break.
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|pe|R1|{n}，这只私募是保本结构，门槛才{a}，您说还有比这更省心的去处吗？{e}
S|p|pe|R2|{n}，管理人那边有内部消息，{d}就要拉升，这种机会一年能碰上几回？{e}
S|p|card|R1|{n}，分期省下的手续费拿去买这款保本的，一进一出不就赚了吗？{e}
S|p|claim|R1|{n}，理赔款刚到账，放活期干嘛？转进这款年金，保证收益{r}，上哪儿找去？{e}
S|p|open|R3|{n}，开户填我的工号，佣金我再给您返点，这不比别家划算多了？{e}
S|g|mig|R1|老乡们，工资卡里的钱一分利息没有，放到这个零风险的产品里不香吗？{e}
S|p|doc|R4|{n}，您一台手术下来好几个钟头，哪有空看盘？全权委托给我不就省心了？{e}
S|p|sz|R1|{n}，呢只产品保本嘅，你仲喺度谂咩啊？{d}就截止啦{e}
S|p|wu|R1|{n}，侬讲讲看，稳赚不赔额产品，阿拉为啥要瞒侬？{e}
S|p|db|R2|{n}，我啥时候给你整过瞎消息？这回是内部消息，庄家{d}动手，你还磨叽啥？{e}
S|g|abbr|R1|xdm，这只bb，就是保本的意思，不冲留着过年吗？{e}
S|p|sar|R1|{n}，对对对，您存银行最稳了，一年那点利息够买几斤菜？我这款稳赚您偏不看，随您{e}
S|g|grp|R1|{at} 本周额度只剩{a}，保本型的，谁还没报名？等下周可就没了{e}
S|p|acct|R1|{n}，您当了一辈子会计，这笔账还算不明白吗？保本再加{r}，比存款多出一截{e}
S|p|plain|R3|{n}，走公司流程要审三天，私下转账给我当天就办好，何必绕远路呢？{e}
S|p|plain|R5|{n}，企业微信一天几百条消息，您找我多费劲？加我个人号不是更方便？{e}
S|p|card|R4|{n}，分期还得您自己在APP上点半天，账户密码告诉我，我帮你操作两分钟的事，何乐不为？{e}
S|p|claim|R3|{n}，理赔我帮您加急了，您这边返点给我一点意思意思，不过分吧？{e}
S|p|open|R2|{n}，新开户就想赚快钱？跟着我，内幕消息第一手，还用自己研究吗？{e}
S|p|mig|R3|{n}，汇款回老家手续费那么贵，转到我个人卡上，我帮您带过去，不是省钱吗？{e}
S|p|doc|R1|{n}，您教书那么辛苦，寒假这笔钱放这款稳赚的，不比放余额宝强？{e}
S|p|sz|R5|{n}，企业微信咁麻烦，加我私人微信啦，有咩事即刻揾我，唔系更方便咩？{e}
S|p|wu|R4|{n}，侬眼睛勿好，看手机吃力伐？账户密码讲拨我听，我帮你操作，老便当额{e}
S|p|db|R1|{n}，零风险的玩意儿你都不整，那你想整啥？{e}
S|g|abbr|R2|xdm，nb的消息来了，内部消息，{d}有人拉升，还等啥？{e}
S|p|sar|R3|{n}，哎哟您可真讲原则，对公账户转来转去多有安全感啊。转到我个人账户{d}就到，您自己选{e}
S|p|reg|R1|{n}，条款第几条我比谁都熟，可这款就是保本的，您说我会坑您吗？{e}
S|p|pe|R4|{n}，您常年在国外，账户交给我全权委托，不比您隔着时差盯盘强？{e}
S|p|plain|R1|{n}，这个理财包赚的，换您您不买？{e}
S|p|plain|R3|{n}，您这单别走系统，飞单出去手续费能省一半，何苦便宜公司呢？{e}
S|p|doc|R5|{n}，您值夜班也就半夜有空，私人微信上我随时回，企业微信下班就不看了，您说哪个方便？{e}
S|p|claim|R4|{n}，理财的事您也不懂，代客理财我们做得多了，理赔款交给我打理不就完了？{e}
S|p|card|R1|{n}，现在办分期送的这个理财，保收益{r}，不办不是亏了吗？{e}
S|p|acct|R2|{n}，您算得再细，算得过庄家吗？跟着内部消息走，不比翻财报省事？{e}
S|p|mig|R5|{n}，您不识字，企业微信老找不着我，加我私人号，发语音就行，多方便？{e}
S|g|grp|R3|{at} 这周介绍新客户的，每单返佣{r}，谁还不心动？{e}
S|p|sz|R2|{n}，我个老友喺券商做，有内幕消息，你唔跟，等佢升完先追咩？{e}
S|p|wu|R3|{n}，阿拉私下交易，勿经过公司，手续费好省交关，侬讲划算伐？{e}
S|p|sar|R1|{n}，行，您就接着去买那些亏一半的吧，反正我这个稳赚不赔的也不缺您一个{e}
S|p|plain|R1|{n}，给您列一下：{br}1. 期限半年{br}2. 起点{a}{br}3. 保本{br}这还用犹豫吗？{e}
S|p|open|R4|{n}，开完户您也不会下单吧？把账户密码发我，我帮你操作，省得您瞎琢磨，对不？{e}
S|p|db|R3|{n}，返佣这事儿你还跟我客气啥？你拉来一个，我返你一份，得劲儿不？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|pe|R1|{m}，你们这只私募到底保不保本？合同里我翻了三遍也没找到这两个字{e}
S|p|pe|R1|{n}，私募哪有保本的？谁这么跟您说的，您把聊天记录发我看看{e}
C|p|card|R4|{m}，办分期要我的账户密码吗？刚才有人打电话问我要{e}
S|p|card|R4|{n}，您问我们要不要账户密码？怎么可能要，谁问都别给{e}
S|p|claim|R1|{n}，理赔款拿去买东西，哪来的零风险？您先把家里的保障补齐再说{e}
C|p|claim|R3|{m}，理赔还得给你们返点吗？我邻居说要给{e}
S|p|open|R2|{n}，开户送内幕消息？哪家券商敢这么宣传，您截图给我看看，多半是假冒的{e}
C|p|open|R2|{m}，你们营业部有没有内部消息群？我朋友说有{e}
S|g|mig|R1|老乡们，世上哪有稳赚的买卖？谁这么说，先把钱包捂紧{e}
C|p|mig|R3|{m}，我能不能私下转账给你，你帮我汇回老家？我不会弄那个单子{e}
S|p|doc|R4|{n}，您问能不能全权委托给我？您想想，出了事谁说得清？还是您自己拿主意，我给建议{e}
C|p|doc|R1|{m}，我们学校老师都在传有个保本的教育理财，真的假的？{e}
S|p|sz|R1|{n}，你问有冇保本嘅？边有咁好嘅事啊，我哋呢度全部都有风险{e}
C|p|sz|R5|{m}，你有冇私人微信啊？呢个企业微信我成日唔记得睇{e}
S|p|wu|R1|{n}，稳赚不赔？侬覅相信，啥人讲额侬就离伊远一点{e}
C|p|wu|R4|{m}，阿拉屋里厢老头子问，账户密码要交拨侬伐？{e}
S|p|db|R2|{n}，庄家？啥庄家，你听谁瞎白话呢，咱这儿没那玩意儿{e}
C|p|db|R1|{m}，你这个到底包赚不？包赚我就整一把{e}
S|p|abbr|R1|{n}，bb=保本？不不不，这款不是bb，净值会波动，别误会{e}
C|p|acct|R1|{m}，你说的年化{r}是保证收益吗？我做了三十年账，这种话我得看合同{e}
C|p|acct|R3|{m}，上个月你们给我的那笔服务费，到底算不算返佣？你说清楚{e}
S|p|acct|R1|{n}，您问这款凭什么零风险？它不是零风险，说明书第二页写的风险等级是R2，您看得比我还仔细{e}
S|p|reg|R1|{n}，您问能不能承诺保本？《商业银行理财业务监督管理办法》明确不行，我哪敢？{e}
S|p|sar|R1|{n}，稳赚？您要是找到了稳赚的产品，麻烦也告诉我一声，我第一个辞职去买{e}
S|g|grp|R5|{at} 有人私聊问我私人微信，统一回复：没有，大家在这个群里找我就行{e}
S|p|plain|R3|{n}，飞单？那是要进去的，我为什么要拿自己的前途开玩笑？{e}
C|p|plain|R4|{m}，你们能代客理财吗？我实在没时间{e}
S|p|plain|R4|{n}，代客理财？我们没有这个资质，您要找专业机构也得走正规的投顾服务{e}
C|p|card|R1|{m}，分期送的理财是零风险的吗？你们客服说得含含糊糊{e}
S|p|claim|R5|{n}，加我私人号？不用了，理赔进度在企业微信上一查就有，我每天都更新{e}
C|p|mig|R2|{m}，工地上有人说他有庄家的消息，让大家凑钱，我该信吗？{e}
S|p|open|R3|{n}，佣金能不能返点？我们的佣金标准都写在开户协议里，不存在额外返点{e}
C|p|pe|R3|{m}，打款能不能私下转账给你？公司账户名字太长我老输错{e}
S|p|doc|R2|{n}，您问有没有内幕消息？要是有，我还用每天加班写研报吗{e}
S|p|wu|R3|{n}，私下交易？勿来事额，侬还是走柜面，凭证拿好{e}
C|g|sz|R1|{m}，群入面有人讲呢个产品稳赚，系唔系真㗎？{e}
S|p|db|R4|{n}，帮你操作？那哪行，您自个儿点，我在这头一步一步教{e}
C|p|doc|R5|{m}，我夜班经常联系不上你，你私人号能给我吗？{e}
S|p|plain|R2|{n}，庄家拉升这种话您在哪儿看到的？短视频上那些，十个有九个是骗流量的{e}
C|p|abbr|R1|{m}，你朋友圈发的bb是啥意思？保本吗？{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|pe|R1|{n}，按规定私募不能说保本，我就私下跟您透个底：这只到期保本，管理人兜着{e}
S|p|card|R4|{n}，公司是不准要客户账户密码，可您这分期自己弄不明白，密码发我，我帮你操作{e}
S|p|claim|R3|{n}，公司规定理赔员不能收好处，不过这回给您加急了，返点您看着给就行{e}
S|p|open|R3|{n}，监管不让返佣，这我知道，但开户填我工号，每月返佣照样打给您{e}
S|p|mig|R3|{n}，行里说不准私下转账，可您这情况特殊，转到我个人卡，我帮您存{e}
S|p|doc|R1|{n}，合规不让我们讲稳赚，那我就不讲，您只要知道这款从没亏过、到期稳赚就行{e}
S|p|sz|R5|{n}，公司话唔准加私人微信，但系你系老客，加我私人微信啦，冇人知{e}
S|p|wu|R4|{n}，规定是勿好帮你操作，不过侬是老邻居，账户密码写拨我，我来弄{e}
S|p|db|R2|{n}，公司说不让传内部消息，那是糊弄外人的，咱俩啥关系，{d}庄家要动，你跟不跟？{e}
S|g|abbr|R1|xdm，合规说不许讲bb，那我不讲bb了，我讲保本，懂的都懂{e}
S|p|reg|R1|{n}，《私募投资基金监督管理暂行办法》第十五条是不让承诺收益，但那是书面的事，我口头跟您保证收益{r}{e}
S|p|sar|R1|{n}，是是是，规定不许说零风险，那我就说“风险为零”，零风险这三个字我可没说{e}
S|g|grp|R3|{at} 公司严禁飞单，大家都懂。周末那个飞单项目还剩{a}额度，感兴趣的私聊我{e}
S|p|acct|R1|{n}，您说得对，规定不能承诺保本，所以合同上没写。但我个人保证，这笔就是保本的{e}
S|p|pe|R3|{n}，公司不让私下交易份额，不过您要转让的那部分，我私下交易帮您找下家{e}
S|p|card|R3|{n}，按规定分期不能给客户返现，我私下返点给您，就当交个朋友{e}
S|p|claim|R4|{n}，公司规定不能代客理财，但理赔款您放着也是放着，全权委托给我，年底给您算收益{e}
S|p|open|R5|{n}，营业部规定不能加客户私人号，您悄悄加我私人号，明天开盘前我发您票{e}
S|p|mig|R1|{n}，行里不让说零风险，可咱老乡之间说句实话，这款零风险，放心存{e}
S|p|doc|R4|{n}，规定是不能帮你操作的，但您手术一上就是一天，我帮你操作，下班告诉您结果{e}
S|p|sz|R1|{n}，公司唔俾讲稳赚，我就同你讲广东话：呢只稳赚㗎{e}
S|p|wu|R2|{n}，规定勿许讲内部消息，阿拉悄悄讲：{d}伊拉要拉升，侬早点进去{e}
S|p|db|R5|{n}，公司是不让加私人微信，你加一个也没人知道，私人微信上唠嗑方便{e}
S|p|reg|R3|{n}，员工守则第三十条写着不得私下转账，我比谁都清楚。您这笔就{a}，还是私下转账给我快{e}
S|p|sar|R4|{n}，行行行，公司禁止代客理财，我就是个摆设。您把账户密码给我，我这个摆设帮你操作{e}
S|p|plain|R1|{n}，合规要求不能说包赚，这我知道。可这只我跟了三年，就是包赚{e}
S|p|plain|R3|{n}，公司禁止收返佣，所以咱们换个名字叫感谢费，返佣照旧{e}
S|p|plain|R2|{n}，规定不能透露内幕消息，我就透露一点点：{d}那只票庄家要拉升{e}
S|p|pe|R1|{n}，协会规定私募不能宣传保证收益，但这只我们内部兜底，保证收益{r}{e}
S|p|card|R5|{n}，按规定电销不能留私人号，您记一下我私人号，后面分期有优惠我第一个通知您{e}
S|p|abbr|R3|{n}，公司不让fd，但这单我给你走飞单，手续费省一半，懂？{e}
S|g|grp|R1|{at} 合规提醒：禁止承诺保本。{br}不过明天上线那款，说实话就是保本的，老客户优先{e}
S|p|acct|R3|{n}，您说规定不允许返点，没错。可去年那笔返点您也收了嘛，今年照旧{e}
S|p|claim|R1|{n}，条款不让我们说稳赚，我也不说，您就当我没说：这个年金稳赚{e}
S|p|doc|R3|{n}，医院规定不收红包，我们公司规定不收返佣，但您介绍科室同事来，每人返佣一份{e}
S|p|mig|R4|{n}，行里规定不能全权委托，您不识字没事，签个全权委托，我帮您弄{e}
S|p|open|R1|{n}，新规不让说零风险，但国债逆回购您听我的，就是零风险，白捡的钱{e}
S|p|sz|R3|{n}，规矩系唔准私下交易，不过你信得过我，呢单私下交易，手续费平过公司{e}
S|p|wu|R1|{n}，规定勿许讲保本，阿拉老早晓得，不过侬放心，这只保本额{e}
S|p|plain|R4|{n}，公司的两条：{br}一、不准代客理财{br}二、不准索要密码{br}咱俩私下说：代客理财我来{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|pe|R1|{at} 按协会自律规则，私募产品不得承诺保本保收益，请各位投资人理性看待历史业绩{e}
S|p|card|R4|{n}，提醒您：电销人员不会索要账户密码，也不能帮你操作分期，需要您本人在APP上确认{e}
S|p|claim|R3|{n}，理赔全程不收任何费用，严禁任何人向您索要返点，遇到请直接投诉{e}
S|p|open|R3|{n}，开户佣金按协议执行，公司禁止员工私下返佣，请您不要相信外面的说法{e}
S|g|mig|R3|老乡们记住：银行员工不准让你私下转账，存钱取钱都在柜台办{e}
S|p|doc|R4|{n}，按规定我不能接受全权委托替您打理，但可以每周给您发一份持仓建议{e}
S|p|sz|R5|{n}，公司规定唔准加私人微信，有咩事喺企业微信揾我就得{e}
S|p|wu|R1|{n}，规定勿许讲保本，伊拉也勿好讲，侬看到讲保本额就要当心{e}
S|p|db|R4|{n}，咱行有规定，代客理财那是红线，碰都不能碰，你自个儿拿主意，我给你参谋{e}
S|g|abbr|R2|xdm注意，禁止群里发内部消息、禁止喊庄家，违者踢{e}
S|p|reg|R1|{n}，《证券法》第一百三十五条不许对收益作承诺，资管新规也要求打破刚兑，所以我只能讲历史业绩，不能讲保本{e}
S|p|reg|R3|{n}，根据公司员工行为守则第十二条，员工不得与客户私下交易，也不得收受返佣{e}
S|p|sar|R1|{n}，您要零风险？规定不让我说，现实也不允许，所以真没有{e}
S|g|grp|R5|{at} 重要通知：公司禁止员工添加客户私人号，如有人以我的名义加您，请立即举报{e}
S|p|acct|R3|{n}，您要的手续费明细我逐项列给您，公司规定不得返佣，所以没有返佣这一项{e}
C|p|acct|R1|{m}，既然你们规定不能保证收益，那你上周电话里说的稳拿{r}又算什么？{e}
C|p|card|R4|{m}，你们APP上写着工作人员不会索要账户密码，那刚才打电话的那个是谁？{e}
S|p|pe|R3|{n}，打款只能打到产品募集专户，严禁打到任何个人账户，私下转账的钱我们没法认{e}
S|p|claim|R5|{n}，公司规定理赔员不能用私人微信收资料，您的病历请在企业微信上传{e}
S|p|open|R4|{n}，视频见证时会问您有没有把账户密码告诉别人，这是规定流程，请如实回答{e}
S|p|mig|R1|{n}，行里规定不能跟您说包赚的，说了就是骗您，存款就是存款，理财有风险{e}
S|p|doc|R2|{n}，医药股的内幕消息我们一律不碰，规定也不允许打听，您同事圈里有人问也请别传{e}
S|p|sz|R1|{n}，唔好意思，规定唔准讲零风险，呢只系中低风险，我照直讲{e}
S|p|wu|R3|{n}，规定讲员工勿好收返点，侬额心意我领了，铜钿侬自家收好{e}
S|p|db|R2|{n}，单位三令五申不准瞎传庄家拉升那些话，我要是说了饭碗就没了{e}
S|g|plain|R1+R3|【合规十条节选】{br}1. 不承诺保本{br}2. 不私下转账{br}3. 不代收现金{br}请各位客户监督{e}
S|p|plain|R4|{n}，员工手册第五章写明禁止全权委托，这个规定是保护您的{e}
C|p|plain|R3|{m}，你们门口贴的严禁飞单是啥意思？跟我买的那个有关系吗？{e}
S|p|abbr|R5|{n}，sorry，公司禁止加私人微信，有事企微找我就行{e}
S|p|card|R3|{n}，分期手续费按公示费率收取，员工不允许承诺返点，您看到的返点活动不是我们的{e}
S|p|pe|R2|{n}，管理人路演时禁止透露任何内幕消息，您听到的那些说法请以公告为准{e}
S|p|claim|R1|{n}，规定禁止把理赔和销售挂钩，更不能跟您说什么保本，您先安心养病{e}
S|p|open|R2|{n}，新开户的客户我们都要提醒：不得利用内幕消息交易，违者要担法律责任{e}
S|p|reg|R4|{n}，《证券法》第一百三十四条禁止接受客户的全权委托，所以这个我做不了{e}
S|p|mig|R5|{n}，规定不让我加您私人号，您不会打字也没事，企业微信里按住说话就行{e}
S|p|doc|R1|{n}，寒假来咨询的老师多，我统一说一下：规定不允许任何人讲稳赚，我也不例外{e}
S|g|grp|R4|{at} 提醒：本群禁止讨论代客理财，任何要您交出账号的人都不是我们的员工{e}
C|p|wu|R5|{m}，侬拉公司勿许加私人微信对伐？老太婆弄勿清爽，侬再讲一遍{e}
S|p|sar|R3|{n}，您想私下交易省手续费？规定写得清清楚楚，我还想多干几年{e}
S|p|acct|R4|{n}，您上次说想让我帮你操作，规定不允许，建议您把委托下单的步骤抄在本子上{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|pe|R1|{n}，外面那些号称保本的私募多半是骗局，您要真想要保本，认购我们这只就对了{e}
S|p|card|R4|{n}，最近骗子冒充客服要账户密码，您千万别给他们。密码给我，我帮你操作分期最安全{e}
S|p|claim|R3|{n}，提醒您小心理赔黄牛收返点。我这边也能帮您加急，返点给一半就行{e}
S|p|open|R2|{n}，警惕那些卖内幕消息的荐股群！我这儿的内部消息才是真货，明早发您{e}
S|g|mig|R3|老乡们小心骗子让你私下转账！要办业务找我，钱转到我个人卡上，我替你们办{e}
S|p|doc|R1|{n}，您科室那个群里卖零风险理财的是骗子，我已经举报了。真要零风险，我这款就是{e}
S|p|sz|R2|{n}，小心啲网上讲内幕消息嘅人，好多系呃钱。我呢条系真嘅，{d}有人拉升{e}
S|p|wu|R5|{n}，当心有人冒充阿拉加侬私人微信！侬就认准我额私人微信，我等歇发拨侬{e}
S|p|db|R1|{n}，网上那些吹稳赚的你可别信，都是埋汰人的。你就认我这个，稳赚，杠杠的{e}
S|g|abbr|R4|xdm避雷：有人代客理财卷钱跑了。信我的可以找我，代客理财我做了八年，nb{e}
S|p|reg|R3|{n}，那个前同事飞单的事我已经报给合规，按管理办法他要被处理。您那单还是走我这，手续费我私下给您返点{e}
S|p|sar|R1|{n}，是啊，外面骗子多着呢，一个个都说包赚。我就不一样了，我只说实话：这款包赚{e}
S|g|grp|R5|{at} 风险提示：有人冒用本人头像诈骗，请勿相信。需要找我的请加我个人号，头像是蓝色的{e}
S|p|acct|R1|{n}，您提醒得对，外面那些保证收益的都是陷阱，可我们这款是真的保证收益{r}，您核算一下{e}
S|p|plain|R3|{n}，我已经把老刘飞单的事报上去了。您那笔要是急，先私下转账给我，我周一帮您补手续{e}
S|p|pe|R4|{n}，别把账户密码交给外面那些所谓投资顾问，太危险。交给我全权委托，我是持牌的{e}
S|p|card|R5|{n}，提醒一下，不是公司座机打来的都可能是诈骗。有事加我私人号找我最快{e}
S|p|claim|R1|{n}，小心那些说理赔后买年金零风险的业务员，不靠谱。我给您推荐的这款才是真零风险{e}
S|p|open|R4|{n}，千万别把账户借给陌生人操作。您要是没空，账户密码给我，我帮你操作{e}
S|p|mig|R2|{n}，工地上那个说有庄家消息的人是骗子，我报警了。真消息我有，内幕消息{d}告诉您{e}
S|p|doc|R3|{n}，提醒您医院里那个说能给返点的中介不正规。您从我这买，我每单返点给您，正规多了{e}
S|p|sz|R3|{n}，小心出面啲人讲返佣，好多系骗子。喺我度买，返佣我照俾，实稳{e}
S|p|wu|R1|{n}，侬要当心，外头讲稳赚额大多数是骗子。阿拉这只倒是真额稳赚，侬放心{e}
S|p|db|R3|{n}，外头那帮私下交易的都不靠谱，我跟你私下交易，手续费给你减一半{e}
S|p|reg|R1|{n}，按监管通报，外面宣传保本的产品已经被罚了好几家。我这款不一样，是真保本{e}
S|p|sar|R4|{n}，哎呀您真谨慎，连我都防着。外面骗子要您不给，我这个正经人要，您给不给？账户密码发来，我帮你操作{e}
S|g|grp|R2|{at} 警惕冒充本群的内幕消息诈骗！本群的内部消息只在每晚九点由我发布，其余都是假的{e}
S|p|acct|R3|{n}，您举报的那个返佣问题，我已经报给合规了。您放心，以后您的返佣我亲自给，不经第三人{e}
S|p|plain|R1|⚠️提醒：打着零风险旗号的都要小心⚠️ 但{n}，我们这款真的零风险，可以放心{e}
S|p|pe|R2|{n}，最近有人在私募圈散布假的内部消息，您别信。真的我这里有，庄家{d}会拉升{e}
S|p|card|R1|{n}，提醒您不要在网上借钱去买什么稳赚理财。想稳赚的话，办我们的分期送的这个就行{e}
S|p|claim|R5|{n}，最近有人冒充理赔员要资料，您注意。以后资料直接发我私人微信，最安全{e}
S|p|open|R1|{n}，警惕荐股骗局！真正保本的只有我推荐的这个收益凭证{e}
S|p|mig|R4|{n}，老乡，有人说能帮你操作账户赚钱，那是骗子。要赚钱找我，我帮你操作{e}
S|p|doc|R5|{n}，提醒您：企业微信的聊天记录公司能看到，敏感的事我们加私人号聊{e}
S|p|sz|R1|{n}，小心啲人讲零风险呃你。不过呢只唔同，真系零风险，你信我{e}
S|p|abbr|R3|{n}，fyi，有个冒充我的在收返点，别理他。真的返点我这边直接给你{e}
S|p|wu|R4|{n}，外头讲代客理财额侬勿要睬伊，侬真要寻人代客理财，寻我，阿拉熟人{e}
S|p|db|R2|{n}，提醒你一声，网上那些庄家群都是骗子。我这有真内部消息，{d}你等着{e}
S|g|grp|R3|{at} 合规通报：某同事因私下转账被处分，请大家警惕。{br}另：需要走快速通道的客户，仍可私下转账给我{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|pe|R1|{at} 风险提示：私募基金不保本，过往业绩不代表未来表现，请根据自身风险承受能力认购{e}
S|p|card|R4|{n}，提醒您：任何自称我行客服、向您索要账户密码的电话都是诈骗，请直接挂断{e}
S|p|claim|R3|{n}，理赔黄牛说能加急、要您给返点的，一律不要理，我们理赔不收任何费用{e}
S|p|open|R2|{n}，提醒您：近期有假冒我司分析师的群，以内幕消息诱导入金，请勿上当{e}
S|g|mig|R3|老乡们注意：有人冒充咱们网点员工让大家私下转账，已经报警了，大家别转{e}
S|p|doc|R1|{n}，您转来的那份医生专属保本理财宣传单不是我们的，已交给合规核实{e}
S|p|sz|R5|{n}，小心啲人扮我加你私人微信，我从来唔用私人微信同客倾，有咩喺度讲{e}
S|p|wu|R1|{n}，侬要当心，弄堂口发传单讲稳赚额，是非法集资，侬覅去{e}
S|p|db|R4|{n}，有人冒充咱行要帮你操作账户，那是骗子，你可别上当，我已经报警了{e}
S|g|abbr|R1|xdm，避雷！某平台宣传零风险高收益，已被曝光，别碰{e}
S|p|reg|R1|{n}，根据监管部门的风险提示，任何宣称保本保收益的非持牌机构都涉嫌违法，请您注意{e}
S|p|sar|R2|{n}，又一个内幕消息群？上回那个群主卷了三百万跑了，这回您还想交学费？{e}
S|g|grp|R3|{at} 合规通报：某网点员工因飞单被开除，涉及客户已妥善处理，请大家放心{e}
C|p|acct|R3|{m}，我要书面投诉：你们的员工让我私下转账，金额、日期我都记在本子上了{e}
C|p|card|R1|{m}，你们客服上周说分期送的理财稳赚，结果赔了，我要投诉{e}
S|p|pe|R3|{n}，有人以份额转让为名让投资人私下交易，这不是我们公司的业务，请勿参与{e}
S|p|claim|R5|{n}，近期有骗子冒充理赔员让客户加私人号发资料，您收到请截图发我，我上报{e}
S|p|open|R4|{n}，提醒：把账户密码借给所谓带单老师导致亏损的案例很多，请自己保管好{e}
S|p|mig|R1|{n}，村里有人拉大家投什么包赚合作社，那是非法集资，我已经向派出所反映了{e}
S|p|doc|R4|{n}，您同事说的那个代客理财老师，我查了，没有任何资质，建议别把钱给他{e}
S|p|sz|R2|{n}，你朋友话有庄家带住炒，我劝你唔好信，呢啲都系骗局{e}
S|p|wu|R3|{n}，有人讲可以返佣，阿拉公司从来没有额，侬碰着了要报警{e}
S|g|db|R2|大伙儿注意，最近有人冒充咱们发内部消息，都是假的，别跟{e}
C|p|sz|R4|{m}，有个人打电话话系你同事，要我账户密码，系唔系真嘅？{e}
S|p|reg|R4|{n}，提醒您《证券法》第一百三十四条禁止接受全权委托，若有人这样提议，请向我们投诉{e}
S|p|plain|R1+R3|{n}，提示两点：{br}一是警惕承诺保本的产品{br}二是警惕要求私下转账的人{e}
C|p|plain|R2|{m}，我要举报，你们那个经理在群里说庄家要拉升，害我亏了不少{e}
S|p|acct|R1|{n}，您查出来那份材料里保收益的字样，确实是销售人员违规加上去的，我已上报{e}
S|g|grp|R4|{at} 防骗提醒：本公司员工不会代客理财，也不会让您交出账户，请广而告之{e}
S|p|pe|R5|{n}，提醒：有人仿冒我们的募集账户，通过私人微信发打款通知，请一律以官网公告为准{e}
S|p|card|R3|{n}，外面那种代还信用卡给返点的，都是套现骗局，您千万别碰{e}
S|p|claim|R1|{n}，前任理赔员跟您说的买年金稳赚不是公司口径，已经提交投诉处理了{e}
S|p|open|R3|{n}，之前那个员工私下给您返佣的事，公司查实了，后续会有合规同事联系您{e}
S|p|mig|R5|{n}，有人自称我们网点主任让您加私人号，那是骗子，主任不会这样{e}
C|p|doc|R5|{m}，有个人说是你同事，让我加他私人微信，我没加，告诉你一声{e}
S|p|abbr|R3|{n}，fyi，之前那个搞飞单的前同事已经被公安带走了，您要是买过他的东西请联系我{e}
S|p|sar|R1|{n}，年化百分之三十还保本？这么好的事人家干嘛告诉您，留着自己发财不好吗？别信{e}
S|p|db|R3|{n}，前两天跟你私下交易那个人不是咱行的，你赶紧报警，我陪你去{e}
S|p|wu|R4|{n}，侬邻居讲“我帮你操作，赚了分一半”，格种人勿好相信，侬当心{e}
C|p|mig|R1|{m}，我老乡被人骗了，那人说零风险，钱投进去就联系不上了，你们能帮忙吗？{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|pe|R1|{n}，我原则上不讲保本，但您是老客户，跟您交个底：这只就是保本的{e}
S|p|card|R4|{n}，账户密码本来不该问您要，您实在不会弄，那就发我，我帮你操作{e}
S|p|claim|R3|{n}，返点我一般不收，这回理赔加急确实费了劲，您给我就收着了{e}
S|p|open|R3|{n}，返佣这事我本来不想做，可您一下开了三个户，那就每月返佣给您{e}
S|p|mig|R3|{n}，私下转账原本不行，您急着给家里寄钱，就转到我个人卡上吧，我下班帮您办{e}
S|p|doc|R4|{n}，全权委托我本来不接，您是我孩子的老师，就破个例，全权委托吧{e}
S|p|sz|R5|{n}，私人微信我一般唔俾客，你唔同，加我私人微信啦{e}
S|p|wu|R2|{n}，内部消息阿拉一般勿讲额，侬是老客人，就讲一句：{d}伊要拉升{e}
S|p|db|R1|{n}，我这人从来不说稳赚，今儿破例，这只稳赚，错不了{e}
S|p|abbr|R1|{n}，本来不想说bb的，算了告诉你，这个是保本的，别外传{e}
S|p|reg|R4|{n}，按规定我不能代客理财，不过您这情况，我就代客理财一次，下不为例{e}
S|p|sar|R3|{n}，不行不行，飞单我不干……好吧好吧，您都求成这样了，飞单就飞单吧{e}
S|g|grp|R1|{at} 好多人私聊问能不能保收益，我一直说不能。今天松个口：这期保收益{r}{e}
S|p|acct|R1|{n}，您问是不是保证收益，我本来想说不是，但您算得这么细，我就认了：保证收益{r}{e}
S|p|plain|R5|{n}，私人号我不随便给，不过看您这么急，加我私人号吧，晚上也能找到我{e}
S|p|pe|R3|{n}，份额转让我们不做私下交易的……算了，您这份我私下交易帮您转出去{e}
S|p|card|R3|{n}，返点按说是没有的，您要是今天办了分期，我私下返点给您{e}
S|p|claim|R4|{n}，理赔款您想让我代客理财？本来不行的，看您家里困难，我帮你操作吧{e}
S|p|open|R2|{n}，内幕消息我不该给，您非要，那我就说：{d}那只票庄家要拉升{e}
S|p|mig|R1|{n}，包赚的话我不敢说，不过老乡你信我，这个就是包赚{e}
S|p|doc|R3|{n}，您给的返佣我本来不要，您非塞，我就收下了，下回介绍同事来还这样{e}
S|p|sz|R4|{n}，帮你操作呢啲我好少做，不过你咁忙，账户密码俾我啦{e}
S|p|wu|R1|{n}，零风险这种话阿拉勿讲额，不过侬问到了，实话讲，就是零风险{e}
S|p|db|R3|{n}，私下转账我本来不接，你都这么说了，转吧，我给你办得明明白白{e}
S|p|abbr|R5|{n}，本来不给私人微信的，ok吧，私人微信发你了，别外传哈{e}
S|p|reg|R3|{n}，依规定我不应收返点，但这笔是您主动给的，我收下了，不算违规吧{e}
S|p|sar|R1|{n}，我说了多少遍不保本，您还问。行，我投降：保本，满意了吧？{e}
S|g|grp|R2|{at} 很多人问内部消息，我一直拒绝。今晚破例发一条：庄家{d}有动作，大家自己把握{e}
S|p|acct|R4|{n}，您说不想自己操作，我一开始拒绝了。后来想想您年纪大了，账户密码给我，我帮你操作{e}
S|p|plain|R1|{n}，我本来不想承诺，可您都第三次问了：稳赚不赔，行了吧{e}
S|p|pe|R5|{n}，我们规定不加私人号，您这种大客户例外，加我私人号，我单独服务{e}
S|p|card|R1|{n}，零风险我不敢打包票……其实也能打，这个零风险{e}
S|p|claim|R5|{n}，我一般不加客户私人微信，您理赔的事多，加私人微信吧{e}
S|p|open|R4|{n}，开户后代客理财我们不做，但您这个账户有{a}，我可以全权委托打理{e}
S|p|mig|R3|{n}，返佣本来没有，您帮我拉了十个老乡开卡，我私下给您返佣{e}
S|p|doc|R2|{n}，内幕消息我原则上不碰，不过您是我孩子的班主任，就透露一下：{d}庄家要进场{e}
S|p|sz|R1|{n}，我本来唔想讲包赚，你问到咁紧，讲埋俾你听：包赚{e}
S|p|wu|R3|{n}，转到我个人账户本来勿来事额，侬急用，就转到我个人账户好了{e}
S|p|db|R4|{n}，全权委托？一开始我不乐意，寻思寻思，你这么信我，那就全权委托吧{e}
S|p|abbr|R2|{n}，ns的东西我本来不发，你是老客户，给你内部消息一条：{d}拉升{e}
S|p|plain|R3|{n}，您问返点给不给？给。{e}
S|p|db|R5|{n}，你刚问私人微信能不能加——能。{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|pe|R1|{n}，保本的承诺我给不了，私募本身就有风险，您考虑清楚再打款{e}
S|p|card|R4|{n}，账户密码请您自己保管，我不能要，也不能帮你操作，您在APP里点确认就行{e}
S|p|claim|R3|{n}，返点我不收，理赔是您应得的，一分钱都不用给我{e}
S|p|open|R3|{n}，返佣我给不了，佣金就按协议上的费率来，我不能私下承诺{e}
S|p|mig|R3|{n}，私下转账我不接，您到柜台填单子汇回老家，我陪您去{e}
S|p|doc|R4|{n}，全权委托我不能接，您再忙，买卖也得您自己确认{e}
S|p|sz|R5|{n}，私人微信唔加啦，唔好意思，有咩喺度揾我{e}
S|p|wu|R2|{n}，内部消息阿拉没额，有也勿好讲，侬勿要问了{e}
S|p|db|R1|{n}，稳赚这话我说不出口，也不能说，你就别为难我了{e}
S|p|abbr|R1|{n}，bb（保本）这个我真承诺不了，抱歉{e}
S|p|reg|R4|{n}，代客理财违反规定，我不能做，请您理解{e}
S|p|sar|R3|{n}，飞单？您是想让我去里面待几年吗？不做，谢谢{e}
S|g|grp|R5|{at} 统一回复：不加私人号，不接私下业务，有事群里或企业微信找我{e}
S|p|acct|R1|{n}，您要我签字保证收益{r}，这个字我不能签，合同里也不会有{e}
C|p|acct|R4|{m}，账户密码我不会给任何人，你教我怎么改设置就行{e}
C|p|pe|R3|{m}，我不要什么返佣，你把产品的费率表发给我就行{e}
S|p|pe|R3|{n}，转到我个人账户是绝对不行的，请您按募集专户信息打款{e}
S|p|card|R5|{n}，私人号就不留了，您以后找我就在这个企业微信里{e}
S|p|claim|R1|{n}，您要零风险的我推荐不了，理赔款先留着应急吧{e}
S|p|open|R2|{n}，荐股和内幕消息我都不提供，开户后可以看我们的公开研报{e}
S|p|mig|R4|{n}，您不识字我可以一步一步教您，但帮你操作这个我不能做，得您自己按{e}
S|p|doc|R3|{n}，您的心意我心领，返点这事我不能收，寒假带孩子出去玩吧{e}
S|p|sz|R1|{n}，稳赚嘅嘢我冇得卖，你要稳阵可以睇下定期{e}
S|p|wu|R4|{n}，账户密码侬自家收好，阿拉勿好碰额，侬有啥勿懂再问我{e}
S|p|db|R3|{n}，私下交易我不干，哪怕你给再多我也不干，咱走正规流程{e}
C|p|db|R5|{m}，私人微信就不加了，我家老头子看见又得叨叨{e}
S|p|reg|R1|{n}，条款我就不念了，总之零风险这三个字我不能说{e}
S|p|sar|R4|{n}，您把账户密码发我？别，我可不想哪天被您家属告上法庭，您自己收好{e}
S|g|grp|R1|{at} 有几位问能不能保本，统一回复：不能。这款是R3风险等级{e}
S|p|plain|R2|{n}，庄家什么的我不了解，也不打听，这个忙帮不了{e}
C|p|card|R3|{m}，我不要你们的返点，你把分期手续费给我减了就行{e}
S|p|claim|R4|{n}，理赔款怎么用是您的事，代客理财我不能做{e}
S|p|open|R5|{n}，客户加我私人微信的请求我都拒了，工作上的事在企业微信说，抱歉{e}
S|p|mig|R1|{n}，老乡，包赚的东西我没有，有也轮不到咱们，存定期吧{e}
S|p|doc|R2|{n}，您问的那只医药股有没有内部消息，我不知道，也不会去问{e}
S|p|pe|R4|{n}，您要全权委托的话，我们只能推荐正规的投顾服务，我个人不接{e}
S|p|abbr|R3|{n}，sx问fd的别问了，飞单我不做，谢谢{e}
S|p|acct|R3|{n}，您说想私下交易省点手续费，这个我拒绝，账目必须走公司{e}
S|p|wu|R5|{n}，私人号勿好加额，侬寻我就在此地，我天天看{e}
S|p|sz|R3|{n}，多谢你好意，返佣我唔收，你留住自己用{e}
S|p|plain|R3|{n}，您问返点给不给？不给。{e}
S|p|db|R5|{n}，你刚问私人微信能不能加——不能。{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|pe|R1|{n}，我路演时说的“这只保本”，现在还是这句话，白纸黑字我也敢写{e}
S|p|card|R4|{n}，上次电话里我说“账户密码给我，我帮你操作”，今天还算数{e}
S|p|claim|R3|{n}，您说我答应过“理赔完给我一个点的返点”？对，我说过，按老规矩来{e}
S|p|open|R3|{n}，开户那天我说“每月返佣给您”，一直在兑现吧？这个月的也快到了{e}
S|p|mig|R3|{n}，您老乡转告的“转到我个人卡上就行”，是我说的，没问题{e}
S|p|doc|R1|{n}，您说我讲过“这款稳赚”，没错，我不收回{e}
S|p|sz|R5|{n}，你话我讲过“加我私人微信有着数”，系啊，依家都有效{e}
S|p|wu|R1|{n}，侬讲我上趟讲“零风险”，是额，阿拉讲过额就认{e}
S|p|db|R2|{n}，你转述我那句“庄家要拉升”，没毛病，就是我说的，{d}见分晓{e}
S|g|abbr|R1|xdm，上周我说的bb（保本）还有效，这期照样保本{e}
S|p|reg|R4|{n}，我之前说“可以全权委托给我”，虽然和规定有冲突，但我说话算话{e}
S|p|sar|R1|{n}，怎么，您截图我那句“包赚”想干嘛？我说了就认，包赚{e}
S|g|grp|R3|{at} 上个月群公告里的“介绍新客户返点{r}”继续有效，有意向的私聊{e}
S|p|acct|R1|{n}，您翻出来我三年前写的“保证收益{r}”，我认，这就是我的承诺{e}
S|p|plain|R4|{n}，您说“小沈说过可以代客理财”，对，小沈就是我，您放心交给我{e}
S|p|pe|R2|{n}，管理人跟我说“有内部消息，下月拉升”，我信，您也跟着上{e}
S|p|card|R1|{n}，客服说的“分期送的理财零风险”，一点没错，您放心{e}
S|p|claim|R5|{n}，我上回说的“有事加我私人号”，现在还是这样，私人号比企业微信快{e}
S|p|open|R1|{n}，您朋友转述的“跟着我买就稳赚”，是我跟他说的，对您也一样{e}
S|p|mig|R5|{n}，老乡说的“找雷经理加私人微信”，就是我，加吧{e}
S|p|doc|R3|{n}，您科室主任说“找她能拿返佣”，是的，老规矩，每单都有{e}
S|p|sz|R2|{n}，佢话“有内幕消息”，我帮你问过，系真嘅，跟住买{e}
S|p|wu|R3|{n}，侬讲“私下交易省手续费”，阿拉讲过额，照旧私下交易{e}
S|p|db|R4|{n}，你媳妇说“交给他帮你操作放心”，那就这么整，账户给我{e}
S|p|abbr|R3|{n}，你说“fd能省钱”，对，飞单帮你走了{e}
S|p|reg|R1|{n}，您问我是不是说过“保本”，是说过，我认，虽然规定不许{e}
S|p|sar|R3|{n}，“私下转账给我最快”——这话是我说的，怎么，还不信？转吧{e}
S|g|grp|R1|{at} 转发老板的话：“这期产品稳赚不赔”，老板说的就是我们说的{e}
S|p|acct|R3|{n}，您记的那本账上写着“经理答应返点两个点”，没错，下周给您{e}
S|p|plain|R2|{n}，研究员私下讲“这票有庄家”，我认同，可以重仓{e}
S|p|pe|R4|{n}，您秘书说“老板想全权委托给您打理”，收到，我来安排{e}
S|p|card|R3|{n}，我那天说的“办分期私下返点”，还有效，今天办今天返{e}
S|p|claim|R1|{n}，您说我讲过“理赔款买这个保本”，对的，我现在还这么说{e}
S|p|open|R5|{n}，我开户那天说的“加我个人号有福利”，依旧有效，加吧{e}
S|p|mig|R1|{n}，您转述的“存这个包赚”是我讲的，放心存{e}
S|p|doc|R4|{n}，您爱人说“账户密码交给顾问就行”，对，交给我，我来弄{e}
S|p|sz|R1|{n}，我琴日讲“零风险”，今日都系零风险，冇变{e}
S|p|wu|R5|{n}，侬讲我讲过“有事寻我私人微信”，对额，就寻私人微信{e}
S|p|db|R1|{n}，那句“跟我干稳赚”我说过八百回了，今儿再说一遍：稳赚{e}
S|p|plain|R3|{n}，更正上条：我写的“不能返佣”打错了，应该是“能返佣”，您放心{e}
S|p|plain|R1|{n}，回您刚才那句“是保本的吗”：是。{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|pe|R1|{n}，那家第三方说“私募也能保本”，这是违规宣传，您别信{e}
S|p|card|R4|{n}，您说对方讲“给我账户密码就能降手续费”，这是诈骗话术，请挂断{e}
S|p|claim|R3|{n}，您听到的“理赔要给返点”是谣言，我们一分钱都不收{e}
S|p|open|R2|{n}，群里那句“内幕消息明天涨停”不是我们发的，已经报给合规{e}
S|p|mig|R3|{n}，那个人说“转到我个人卡上帮你寄回家”，他不是我们网点的，别转{e}
S|p|doc|R1|{n}，您同事转来的“教师专享稳赚计划”，我查了，是假冒的{e}
S|p|sz|R5|{n}，你收到嗰句“加我私人微信领红包”，唔系我哋发嘅，小心{e}
S|p|wu|R1|{n}，侬看到额“零风险理财”广告，勿是阿拉额，侬覅点进去{e}
S|p|db|R2|{n}，他说“庄家明天拉升”，你也信？这种话听听就得了，别当真{e}
S|g|abbr|R1|xdm，那个“稳赚群”不是我们的，别进，已举报{e}
S|p|reg|R3|{n}，您要的《关于禁止飞单的整改报告》，我发您PDF，请查收{e}
S|p|sar|R1|{n}，“保本还高收益”？说这话的人怕不是把您当提款机了{e}
S|g|grp|R5|{at} 有人冒充我在群外发“加我私人号送礼品”，不是我，请勿添加{e}
C|p|acct|R1|{m}，你们宣传册上写着“本金安全、稳赚”，这跟说明书矛盾，你解释一下{e}
C|p|plain|R3|{m}，你们前同事跟我说“可以私下交易”，我没同意，跟你说一声{e}
S|p|pe|R4|{n}，您看到的那份《全权委托协议》模板不是我们公司的文件，请不要签{e}
S|p|card|R1|{n}，广告里说“分期零风险”，其实分期有手续费，也有逾期风险{e}
S|p|claim|R5|{n}，那个人说“加我私人微信理赔更快”，他不是我们的员工{e}
S|p|open|R1|{n}，您说的“新股稳赚”是老黄历了，现在破发的很多{e}
S|p|mig|R1|{n}，那张传单上的“包赚不亏”是骗人的，我已经撕了{e}
S|p|doc|R3|{n}，那个医药代表说的“买理财给返佣”跟我们无关，请别相信{e}
S|p|sz|R2|{n}，你朋友话“有内部消息”，我劝你唔好跟，多数系呃人{e}
S|p|wu|R4|{n}，伊讲“帮你操作稳当”，侬覅睬伊，账户自家管{e}
S|p|db|R3|{n}，那人说“私下转账给他有优惠”，纯属忽悠，你可别转{e}
C|p|sz|R1|{m}，我个friend话你讲过“保本”，系唔系真㗎？{e}
S|p|reg|R1|{n}，您截图中的“保证收益”字样出自一家非持牌机构，依规应向监管举报{e}
S|p|plain|R2|{n}，下周三合规培训的主题是《远离内幕消息》，有空可以来旁听{e}
S|g|grp|R3|{at} 群名里的“返佣”两个字是以前的群主取的，已经改掉，本群不做此事{e}
S|p|acct|R4|{n}，您质疑的“代客理财”条款在对方机构的合同里，我们的合同没有这条{e}
S|p|pe|R2|{n}，路演纪要里那句“庄家控盘”是记录员记错了，原话是机构持仓集中{e}
S|p|card|R3|{n}，您说的那个“分期返点群”不是官方的，里面的链接别点{e}
S|p|claim|R1|{n}，病友群里说“重疾险稳赚不赔”，保险本身是保障，不是拿来赚钱的{e}
S|p|open|R4|{n}，那个带单老师说“账户密码给我，保你翻倍”，请千万别理{e}
S|p|mig|R5|{n}，您儿子转来的那个“私人微信理财群”，别进，是骗子{e}
C|p|doc|R2|{m}，我们科室群里有人发“内部消息”，说是你们公司的，你看看真不真{e}
S|p|sz|R3|{n}，你讲嘅“私下交易”系对方讲嘅，我哋公司冇呢样嘢{e}
S|p|wu|R3|{n}，侬讲额“返点”是别人家额，阿拉这里一分也没{e}
S|p|db|R1|{n}，他嘴里那句“零风险”你都听了几回了，哪回是真的？{e}
S|p|abbr|R2|{n}，那个叫“庄家内参”的公众号别关注，都是割韭菜的{e}
S|p|plain|R5|{n}，您收到的短信里写着“加我个人号领补贴”，这不是我们发的，请删除{e}
C|p|plain|R1|{m}，你当初拍着胸脯说“保本”，现在亏了两成，你给我个说法！{e}
S|p|plain|R1|{n}，回您刚才那句“是保本的吗”：否。{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|pe|R6|{m}，打款人身份证{ID:plain}，麻烦帮忙做合格投资者认证{e}
C|p|card|R6|{m}，分期那张不是还款卡，还款卡是{CARD:sp}，你核一下{e}
S|p|card|R6|{n}，跟您核对一下预留手机：{MOB:dash}，没错的话分期就提交了{e}
C|p|claim|R6|{m}，理赔款打到这张卡：{CARD:dash}，户名是我老伴{e}
C|p|claim|R6|{m}，被保险人身份证号{ID:sp}，病历我晚点拍给你{e}
S|p|open|R6|{n}，视频见证时要核对的手机号是{MOB:sp1}，您看对不对{e}
C|p|open|R6|{m}，三方存管绑这张：{CARD:plain}，我刚办的{e}
C|p|mig|R6|{m}，我手机{MOB:cn}，不会打字，你打电话给我{e}
C|p|mig|R6|{m}，工资卡号{CARD:cn}，老板说钱打这里{e}
C|p|doc|R6|{m}，我在值班，白天打不通，晚上打这个{MOB:plain}吧{e}
C|p|doc|R6|{m}，我爱人身份证号：{ID:dash}，帮我加到受益人里{e}
C|p|sz|R6|{m}，我个手机系{MOB:fw}，你打过嚟啦{e}
C|p|sz|R6|{m}，身份证号码{ID:mix}，帮我填埋张表{e}
C|p|wu|R6|{m}，阿拉老头子额电话{MOB:dot}，侬打拨伊{e}
C|p|wu|R6|{m}，我额银行卡{CARD:fw}，侬帮我看看利息到了伐{e}
C|p|db|R6|{m}，我身份证{ID:cn}，你帮我整一下{e}
C|p|db|R6|{m}，新换的号{MOB:mix}，旧的别打了{e}
S|g|abbr|R6|xdm，中奖客户的电话：{MOB:comma}，请本人私聊我领奖{e}
S|p|reg|R6|{n}，根据反洗钱规定需要您确认身份证号：{ID:plain}，无误请回复{e}
C|p|acct|R6|{m}，我用大写写，免得你抄错：{CARD:dx}，这是我的养老金卡{e}
C|p|acct|R6|{m}，身份证号码：{ID:dx}，我核对过了{e}
C|p|acct|R6|{m}，手机号码大写：{MOB:dx}，你复核一下{e}
S|g|grp|R6|{at} 请以下客户尽快补资料：联系电话{MOB:plain}的那位老师请私聊我{e}
S|p|pe|R6|{n}，认购确认书上您的银行卡号{CARD:sp}，身份证号{ID:sp}，请核对{e}
C|p|card|R6|{m}，你们系统登记的号码不对，我的是{MOB:dx}{e}
C|p|claim|R6|{m}，我女儿的身份证号是{ID:fw}，她是第二被保险人{e}
S|p|open|R6|{n}，您刚念的手机号我记下了：{MOB:cn}，开户短信会发到这个号{e}
C|p|mig|R6|{m}，我老乡的卡{CARD:mix}，帮他查查钱到了没{e}
C|p|doc|R6|{m}，学校发工资的卡：{CARD:dot}，公积金也在这{e}
C|p|sz|R6|{m}，张卡{CARD:comma}，唔该帮我睇下{e}
C|p|wu|R6|{m}，伊额身份证号{ID:sp}，侬登记一记{e}
C|p|db|R6|{m}，卡号我念你记着：{CARD:cn}，完事儿回个话{e}
S|p|abbr|R6|{n}，cfm一下您的手机号{MOB:sp}，没问题的话我就提交了{e}
S|p|reg|R6|{n}，按实名制要求登记：持卡人身份证{ID:dash}，联系电话{MOB:dash}{e}
C|p|plain|R6|{m}，我妈手机{MOB:sp1}，有事联系她{e}
C|p|plain|R6|{m}，还款卡换成这张了：{CARD:plain}，以后从这张扣{e}
S|p|claim|R6|{n}，系统里登记的领款账户是{CARD:fw}，麻烦您确认{e}
C|p|pe|R6|{m}，打款账户{CARD:dash}，今天下午到账{e}
C|p|open|R6|{m}，我身份证{ID:dot}，开户的时候用的就是这个{e}
C|p|mig|R6|{m}，我儿子电话{MOB:plain}，他在深圳打工{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|pe|R6|{n}，产品备案编码{FUNDCODE}，可以在协会官网查到{e}
S|p|pe|R6|{n}，认购款{AMT}元已到募集专户，份额确认日{DATE}{e}
S|p|card|R6|{n}，您的分期合同号{INSTNO}，分期本金{AMT}元{e}
S|p|card|R6|{n}，您尾号{LAST4}的信用卡本期账单已出，最后还款日是每月{DAY}号{e}
S|p|card|R6|{n}，系统里预留的手机{MASKMOB}，是您本人吗？{e}
S|p|claim|R6|{n}，您的报案号{CLAIMNO}，后续查询理赔进度就用这个{e}
S|p|claim|R6|{n}，保单号{POLNO}，住院号{ZY}，两样都要填在申请书上{e}
C|p|claim|R6|{m}，我填的身份证号{BADID:plain}，系统说校验位不对，怎么回事？{e}
S|p|open|R6|{n}，您的上海A股账户{SHACCT}，深圳A股账户{SZACCT}，都已经开好了{e}
S|p|open|R6|{n}，资金账号{CAPACCT}，初始密码已短信发送，请尽快修改{e}
S|p|open|R6|{n}，开户验证码{OTP}千万别告诉别人，包括我{e}
C|p|mig|R6|{m}，我电话{MOB10:cn}，好像记少了个数{e}
S|p|mig|R6|{n}，您给的卡号{LUHNBAD:sp}系统说不对，可能哪一位写错了，麻烦拿卡来网点{e}
S|p|mig|R6|{n}，网点座机{LAND}，工作日早上九点开门{e}
S|p|doc|R6|{n}，公积金账号{GJJ}，提取的钱会打到您尾号{LAST4}的卡上{e}
C|p|doc|R6|{m}，我的工号{STAFFNO}，学校财务说要填这个{e}
S|p|sz|R6|{n}，你香港个电话{HKPH}，我记低咗{e}
C|p|sz|R6|{m}，我身份证号码{BADDATE:plain}，系统话出生日期唔啱{e}
S|p|wu|R6|{n}，侬额身份证号{BADPROV:sp}，前头两位勿对额，侬再看看{e}
C|p|wu|R6|{m}，阿拉老头子额老身份证是十五位额：{OLDID}，还好用伐？{e}
S|p|db|R6|{n}，营业厅电话{LAND}，有事儿打这个{e}
C|p|db|R6|{m}，我身份证就记得十七位：{ID17:plain}，最后一位看不清了{e}
S|p|abbr|R6|{n}，otp是{OTP}，别告诉任何人，包括客服{e}
S|p|reg|R6|{n}，按规定我们只显示脱敏信息：身份证{MASKID}，银行卡{MASKCARD}{e}
S|p|reg|R6|{n}，您本次风险测评编号{EVALNO}，有效期至{DATE}{e}
C|p|acct|R6|{m}，你算的{AMT}元不对，按我的账应该是{AMT}元，差了一截{e}
C|p|acct|R6|{m}，合同金额大写{AMTDX}，跟小写对不上，你再看看{e}
C|p|acct|R6|{m}，你给的卡号{LUHNBAD:dash}我算了校验位，根本不对{e}
S|g|grp|R6|{at} 本周沙龙定于{DATE}举行，报名热线{HOTLINE}{e}
S|p|plain|R6|{n}，订单号{ORDER}，有问题随时找我{e}
S|p|plain|R6|{n}，您填的手机{BADPFX:sp}没有这个号段，麻烦再核对一下{e}
C|p|plain|R6|{m}，我爸手机号前七位是{MOBPRE}，后面的我问问再发你{e}
S|p|pe|R6|{n}，打款请备注您的客户编号{CUSTNO}，收款行联行号{CNAPS}{e}
S|p|claim|R6|{n}，您的身份证号{ID17:sp}少了最后一位，麻烦补全{e}
C|p|card|R6|{m}，我的卡号{LUHNBAD:fw}，为什么绑不上？{e}
S|p|open|R6|{n}，您选的ETF代码{ETFC}，今天收盘价{PRICE}元{e}
C|p|db|R6|{m}，我电话{MASKMOB}，你们那系统里显示的是这个不？{e}
S|p|mig|R6|{n}，汇款单号{REMIT}，老家那边凭这个取钱{e}
S|p|doc|R6|{n}，您的身份证{BADID:cn}最后那位跟系统算的不一样，麻烦拍一下原件{e}
S|p|sz|R6|{n}，张卡{MASKCARD}已经绑定好，下个月{DAY}号自动扣款{e}
C|p|claim|R6|{m}，我的病历号{ZY}，医院说理赔用这个就行{e}
C|p|plain|R6|{m}，我记的手机号是{BADPFX:fw}，你们说没这个号段？{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "pe": ["qin.haoran", "xu.wanqing"],
    "card": ["lu.xiaowen", "dong.meiling", "shen.kai"],
    "claim": ["pang.zhiqiang", "yin.shufen"],
    "open": ["tao.yuchen", "jiang.ruoxi", "mo.tianyu"],
    "mig": ["niu.guifang", "lei.dashan", "xue.chunyan"],
    "doc": ["gu.yiming", "fang.qinglan"],
    "sz": ["huang.zhuoxian", "mai.jiale", "ye.weilun"],
    "wu": ["shen.aiping", "zhu.minhua", "qian.jiayi"],
    "db": ["guan.tiezhu", "yu.fengxia", "sui.dong"],
    "abbr": ["xiaoqi", "lu.yiyi"],
    "reg": ["kong.weimin", "zhai.jianping"],
    "sar": ["bao.yichen", "ren.xiao"],
    "grp": ["cao.lina", "wei.hong"],
    "acct": ["du.wenjing", "shi.lei"],
    "plain": ["zhou.yufei", "liang.chen", "song.peng", "tian.jing"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0755", "021", "0512", "024", "0431", "0451", "0371", "027", "0769", "0731"]
ETF_CODES = ["510050", "510880", "159901", "512010", "159928", "515180", "588080", "159825"]
CNAPS_HEADS = ["102", "103", "104", "105", "301", "308", "402"]
AMT_DX = ["贰拾万元整", "壹佰万元整", "叁拾陆万元整", "伍拾万零捌佰元整", "壹佰伍拾万元整",
          "捌万叁仟元整", "玖拾万元整", "肆万陆仟伍佰元整", "贰佰万元整", "拾贰万元整"]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "FUNDCODE":
        return "S" + rng.choice(LETTERS) + rng.choice(LETTERS) + rdigits(rng, 3)
    if name == "CLAIMNO":
        return "BA" + "2026" + rdigits(rng, 10)
    if name == "POLNO":
        return "P" + rng.choice(["ZX", "SK", "YL", "NJ"]) + rdigits(rng, 12)
    if name == "ZY":
        return "ZY" + rdigits(rng, 8)
    if name == "INSTNO":
        return "FQ" + "2026" + rdigits(rng, 10)
    if name == "SHACCT":
        return "A" + rdigits(rng, 9)
    if name == "SZACCT":
        return "0" + rdigits(rng, 9)
    if name == "CAPACCT":
        return rng.choice("358") + rdigits(rng, 11)
    if name == "GJJ":
        return "2" + rdigits(rng, 11)
    if name == "STAFFNO":
        return rng.choice(["T", "JS", "YS"]) + rdigits(rng, 6)
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "OLDID":
        s = gen_id(rng, NUMBERS.near_id_areas, 1940, 1960)
        return s[:6] + s[8:17]
    if name == "EVALNO":
        return "FX" + "2026" + rdigits(rng, 6)
    if name == "AMT":
        v = rng.randint(3, 900) * 1000 + rng.choice([0, 0, 500])
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.4 else "")
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "DATE":
        y = rng.choice([2026, 2027])
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d/%d/%d" % (y, m, d)
        return "%d.%02d.%02d" % (y, m, d)
    if name == "HOTLINE":
        if rng.random() < 0.5:
            return "95" + rdigits(rng, 3)
        return "400-" + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7)
        if rng.random() < 0.5:
            return area + "-" + local
        return "（" + area + "）" + local[:4] + " " + local[4:]
    if name == "ORDER":
        return "DD" + "2026" + rdigits(rng, 12)
    if name == "CUSTNO":
        return "KH" + rdigits(rng, 8)
    if name == "CNAPS":
        return rng.choice(CNAPS_HEADS) + rdigits(rng, 9)
    if name == "ETFC":
        return rng.choice(ETF_CODES)
    if name == "PRICE":
        return "%d.%03d" % (rng.randint(0, 5), rng.randint(100, 999))
    if name == "REMIT":
        return "HD" + "2026" + rdigits(rng, 10)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
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
