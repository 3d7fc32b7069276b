#!/usr/bin/env python3
"""Blind held-out evaluation set 45 ("heldout45") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author read only the shared machinery ``scripts/evasion_blind_common.py``,
the example set ``scripts/evasion_heldout22.py`` (for its structure and rules, none of its
sentences) and ``scripts/eval_categories.sh``; never the scanner, its rule files, its tests,
its docs, its archive, its commit history or any other evaluation set (nor the
training-corpus generator), and searched nothing.  Every template below was written fresh from
general knowledge of how Chinese-speaking financial sales staff and their customers talk on
WeCom (企业微信).  The set exists to measure how well the scanner generalises: do not tune the
scanner to it, do not add it to any training data, and run it once.

Voices
------
A wealth-management WeChat group moderator (群公告, 群规); a bank lobby greeter (大堂经理,
排号, 折页); a trust product roadshow presenter (推介会, 认购起点, 底层资产); a call-centre
QA reviewer (质检, 录音复核, 回访); a fintech app's changelog and notices (更新日志, 版本说明,
辟谣); a brokerage intern's diary and messages (实习日记, 师父); a legal-affairs colleague
quoting court judgments (判决书摘录, 判例); Sichuan-flavoured speech (安逸, 巴适, 撒子, 要得,
老汉儿); Northeastern-flavoured speech (杠杠的, 唠嗑, 寻思, 整明白, 磕碜); Shanghainese-flavoured
speech (侬, 阿拉, 伐, 覅, 搿只, 姆妈, 囡囡, 爷叔); Hong Kong private-banking Cantonese (唔,
冇, 嘅, 畀, 揾); pinyin abbreviations of young internet users (xdm, jm, yyds, nsdd, u1s1, dbq,
bhys, zfb, dh, yhk); an elderly customer's daughter writing on her mother's behalf; customer
complaint letters; training slide decks (【第N页】); FAQ pages (Q/A); podcast transcripts
(主持人/嘉宾); plain Mandarin staff and customers.
Settings: large-denomination deposits, money-market funds, collective trust plans, private
funds, USD bonds, IPO and stock tips, pension cards, lottery draws in group chats, offline
salons, complaint handling and callbacks, litigation and enforcement.

Hard cases
----------
Spread over every keyword category: rhetorical questions that assert a violation versus
rhetorical questions that deny one and genuine questions from customers; prohibitions
followed by "but between us" circumventions versus honest rule statements (group rules, slide
decks, FAQ, app notices, judgments); warnings about others that end in the speaker's own
offer versus honest warnings and reports; refusals that relent versus firm refusals;
quotations endorsed or reaffirmed versus quotations rebutted, corrected or reported
(including a one-character correction inside a quote); keywords inside app, camp, zone and
notice names; training material that presents a violating script as a model (hit) versus as
a wrong example (near miss); keywords split by one of the separators ``· -_*.~`` in a
minority (more than 0 and under 15 %) of each keyword category's hits; 25 % of every category
in traditional characters through the one-to-one table ``_TRAD_PAIRS`` (Hong Kong and court
messages first; the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed
Chinese/Arabic, full-width digits and split by spaces, single spaces, dashes, dots and
commas, versus look-alikes: bad ID check characters, impossible birth dates, bad province
codes, 17-digit IDs, Luhn failures, masked numbers, queue tickets, trust plan and document
codes, complaint tickets and recording ids, court case and enforcement numbers, app versions,
landlines, Hong Kong and Singapore phones, amounts, dates, contract numbers, tracking
numbers, agent ids, fund and stock codes, net values, index levels, invoice codes, parking
spaces, QQ numbers, one-time codes, 10-digit and bad-prefix mobiles.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout45.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h45_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 45_2026_1215
SET_NAME = "heldout45"
MSGID_PREFIX = "h45"
T0 = 1781700000000
SEQ0 = 1800000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("hkpb", "court")  # Hong Kong and judgment messages go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["133", "135", "136", "138", "139", "145", "150", "152", "157", "158", "159",
              "162", "165", "167", "170", "171", "177", "180", "186", "187", "188", "189",
              "190", "192", "193", "195", "196", "197", "198", "199"]
AREAS = ["310101", "310104", "310115", "310110", "510104", "510107", "510122", "511102",
         "210102", "210202", "230103", "220102", "330102", "320106", "110108", "440106",
         "420106", "430104", "610113", "370102", "350102", "500112"]
CARD_BINS16 = ["622208", "622700", "621226", "622846", "623052", "621799", "622580", "625906",
               "622262"]
CARD_BINS19 = ["6222081", "6217001", "6228481", "6212261", "6217851"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["孙阿姨", "老钱", "周老师", "郑叔叔", "邱姐", "胡大爷", "蒋总", "许老板", "沈阿婆",
          "唐哥", "毛姐", "顾先生", "苏女士", "戴叔", "魏老师", "潘大姐", "葛总", "俞阿姨",
          "陆老伯", "范姐"],
    "m": ["小沈", "沈经理", "小顾", "顾经理", "陶老师", "小蒋", "严主管", "小潘", "潘经理",
          "小汪", "汪经理", "钟经理"],
    "e": ["", "", "🙂", "👏", "🧧", "🍵", "📈", "😉", "🙆", "☕", "🤗", "👀"],
    "d": ["今天下午", "周四", "下周二", "月中", "这礼拜天", "明天收盘前", "后天上午", "节后",
          "下个月初", "周末"],
    "a": ["8万", "12万", "25万", "40万", "60万", "75万", "120万", "150万", "250万", "500万"],
    "r": ["3.2%", "3.6%", "3.9%", "4.1%", "4.6%", "5.2%", "5.8%", "6.5%", "7%", "8%"],
    "k": ["小陶", "小严", "汪经理", "沈主管", "顾老师", "小钟", "潘专员", "老严", "小汤",
          "陶经理"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; hkpb and court prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|g|mod|R1|【群公告】各位群友，本群推的这款固收+保本保收益，{d}截止，不上车难道等着存款利息再降？{e}
S|p|lobby|R1|{n}，您排号等着也是等，这款存单升级版零风险，顺手办了不好吗？{e}
S|g|trust|R1|各位来宾，本信托计划兑付从来没逾期过，说它稳赚不赔，过分吗？{d}前打款锁定额度{e}
S|p|sc|R1|{n}，这个产品稳赚得很，你还在那儿摆起做撒子嘛？安逸得板的事{e}
S|p|db|R1|{n}，包赚的买卖你还瞅啥？还嫌磕碜咋的？整就完了，杠杠的{e}
S|p|sh|R1|{n}，搿只产品保本额，侬还有啥好想伐？阿拉隔壁爷叔也买了{e}
S|g|py|R1|xdm，这只稳赚yyds，不冲是等着当韭菜吗？nsdd，{d}前收单{e}
S|p|plain|R2|{n}，内幕消息都递到你嘴边了，{d}庄家就动手拉升，你还犹豫啥？{e}
S|g|podcast|R2|嘉宾：我就问一句，庄家都进场了，你不跟，那你炒什么股？内部消息{d}群里接着说{e}
S|p|hkpb|R3|{n}，走公司户口又要审批又要等，私下转账畀我唔系快好多咩？{e}
S|p|plain|R3|{n}，公司收的手续费那么高，你何必便宜公司？飞单走我这边，省下来的不都是你的？{e}
S|p|sc|R3|{n}，返点给你又不是撒子大事，哪个客户经理不给？你怕个锤子{e}
S|p|db|R4|{n}，你一天天上班忙得脚打后脑勺，账户密码交我这儿，我帮你操作，不比你自个儿瞎整强？{e}
S|p|sh|R4|{n}，侬年纪大了手机弄勿来，全权委托拨我，勿是交关便当？{e}
S|p|plain|R4|{n}，代客理财这事谁没干过？你不说我不说，谁知道？{e}
S|p|lobby|R5|{n}，企业微信消息多容易漏，加我个人号，有啥事我第一时间回您，不是更好？{e}
S|g|mod|R5|群里人多嘴杂，想要一对一指导的，私人微信找我不香吗？{d}前通过好友{e}
S|p|trust|R1|{n}，{a}认购起点，年化{r}，保证收益写进了推介材料，您说还有比这更实在的？{e}
S|p|intern|R1|师父让我跟{n}说：这只理财零风险，您连这都不放心，那钱放哪儿放心？{e}
S|g|app|R1|【新版本上线】新增“稳赚”专区：闲钱放进来，还用每天盯着行情吗？{d}起开放{e}
S|p|plain|R1|{n}，您见过哪期到期少过一分钱的？这款就是保本，不信您翻历史净值{e}
S|g|faq|R1|【常见问题】Q：这款产品会亏吗？A：历史上哪一期亏过？稳赚不赔，{d}前认购有礼{e}
S|g|slides|R1|【第7页】话术示范：“保本的产品您还要犹豫吗？”——本页话术请大家背熟，{d}抽查{e}
S|p|sc|R2|{n}，你晓得我表哥在哪个公司噻？内部消息还能有假？{d}那只票要拉升，冲嘛{e}
S|p|db|R2|{n}，我啥时候跟你唠过虚的？庄家{d}开始吸筹，这你都不跟？{e}
S|p|sh|R3|{n}，直接转到我个人卡里，覅走流程了，侬讲是伐？省下来的手续费好买小菜{e}
S|p|hkpb|R1|{n}，呢只美元债保本又派息，边度揾啊？仲唔买？{e}
S|p|plain|R4|{n}，你把账户密码给我，我帮你操作，跟你自己操作有啥区别？还省心{e}
S|g|py|R3|jm们，返佣私聊我，这么好的福利bhys吧？{d}截止{e}
S|p|intern|R4|{n}，我们主管说了，您要是嫌麻烦，全权委托给他不就完了？他带的客户哪个不赚？{e}
S|p|plain|R5|{n}，公司这个号下班就不看了，私人号二十四小时在线，您说加哪个？{e}
S|g|mod|R3|群规第三条谁还记得？对，私下交易群里不聊，私聊群主啊，这还用教？{d}前有效{e}
S|p|trust|R3|{n}，信托公司的认购费您何必交？返点我私下给您补上，这样不是两全？{e}
S|p|lobby|R4|{n}，柜台排队要一个钟头，您把账户密码写给我，我在里面替您弄，不比干等强？{e}
S|g|podcast|R1|主持人：年化{r}还零风险，这种好事你上哪儿找？听众朋友们，后台回复“上车”{e}
S|p|sc|R1|{n}，保本又有{r}，你还要比哪个更巴适的嘛？莫想了{e}
S|p|db|R3|{n}，我给你返点还能坑你咋的？咱俩谁跟谁，收着就完了{e}
S|p|sh|R5|{n}，公司搿只号老多人看的，加我私人微信，讲讲闲话也方便，好伐？{e}
S|p|plain|R1+R2|{n}，内部消息加保本产品，这种组合你去哪儿找第二家？{e}
S|p|hkpb|R4|{n}，你咁忙，账户密码畀我，我帮你操作，有咩问题？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|plain|R1|{m}，我妈问这个是不是保本的，她就认这个，你给个准话？{e}
C|g|mod|R2|群主，群里天天有人说内幕消息，是真的假的啊？我{d}还要不要买{e}
S|p|lobby|R1|{n}，您问零风险的有没有？存款才有存款保险，理财哪来的零风险？{e}
S|g|mod|R1|有群友私信问我稳赚不赔的产品，我反问一句：真有这种东西，我还用在群里打工吗？{d}{e}
S|p|trust|R1|{n}问这个信托保不保本——资管新规之后哪家信托还敢这么说？这款也不保本，推介书第二页写了{e}
S|p|sc|R2|{n}，庄家要拉升？哪个跟你说的嘛，真有这种好事人家自己不闷声发大财？莫信{e}
S|p|db|R4|{n}，把账户密码给别人？你咋寻思的呢，谁要都不能给，我也不例外{e}
S|p|sh|R1|{n}，包赚？侬听啥人讲额？世界上没搿种事体，覅相信{e}
C|p|sh|R3|{m}，阿拉囡囡讲私下转账会得出事体，是真额伐？{e}
S|p|hkpb|R3|{n}问我可唔可以返佣，我哋边度有返佣？收咗就要执包袱啦{e}
S|p|qa|R4|{n}，录音复核结果：客户反问“你们不是说可以帮你操作吗？”，坐席当场否认并引导本人办理，判定合规{e}
S|p|intern|R2|{n}，今天有客户问我有没有内部消息，我愣了半天，师父替我回了句“我们只有研报”{e}
C|p|plain|R5|{m}，你私人微信多少？这个企业微信我老找不着你{e}
S|p|plain|R5|{n}，加我个人号？那可不行，聊天记录留在企业微信里，将来有啥争议对您也是个凭据{e}
S|g|faq|R1|【常见问题】Q：有没有保收益的产品？A：没有。任何宣称保收益的理财都请您提高警惕，{d}更新{e}
S|g|podcast|R1|嘉宾：听众老问我，有没有稳赚的策略？我每次都反问，要真有，基金经理们还用熬夜吗？没有{d}{e}
C|p|db|R1|{m}，你们这个理财到底稳赚不？我这退休金可不敢瞎整{e}
C|p|sc|R3|{m}，能不能不走公司，私下交易便宜点嘛？我就随便问问{e}
S|p|sc|R3|私下交易？{n}，你这不是整我嘛，被查出来我饭碗都莫得了，走正规渠道买{e}
S|p|plain|R3|{n}，飞单这种事，出了问题谁给你兑付？公司不认，我也赔不起，所以咱不做{e}
S|p|trust|R3|{n}问认购能不能返点——不能，信托认购费率是公开的，返点属于违规{e}
S|p|plain|R4|{n}，您说让我全权委托打理？我哪有这资格，也没这个胆，您自己拿主意，我给建议{e}
C|p|plain|R4|{m}，你们到底能不能代客理财？我闺女在外地，我自己真弄不明白{e}
S|p|lobby|R2|{n}，您说隔壁大爷有内部消息？他要真有，还天天来咱们大堂蹭报纸看吗？{e}
S|p|db|R1|{n}，零风险那是忽悠人的嗑儿，我要这么说，你都得寻思我不靠谱{e}
S|p|hkpb|R1|{n}，你问呢只债系唔系稳赚？信用风险、利率风险都有，冇嘢系稳赚嘅{e}
S|g|py|R1|xdm有人问保本的有没有，u1s1真没有，说有的都是割韭菜，别信，{d}直播再细讲{e}
C|p|plain|R2|{m}，庄家到底是啥意思？电视里老说，我没听懂{e}
S|p|intern|R4|{n}，您问我能不能帮你操作？我一个实习生哪敢，连系统权限都没有，得您本人来{e}
S|p|plain|R1|{n}，谁跟您保证收益{r}了？您把聊天记录发我，我们这边没人能这么承诺{e}
S|p|sh|R5|{n}，私人号？阿拉公司勿许额，有啥事体侬就在搿搭问我好了{e}
S|p|court|R1|{n}，您要的判决书摘录：被告辩称“谁会相信保本的承诺？”，本院认为被告出具的宣传材料确有相关表述，该辩称不予采信{e}
S|p|qa|R3|{n}，质检意见：坐席被客户追问“能不能私下转账”，坐席明确拒绝并提示对公账户，评分合格{e}
S|p|plain|R2|{n}，您觉得我要是有内幕消息，还会每天挤地铁上班吗？真没有{e}
C|p|sc|R1|{m}，你跟我说实话，这个真的包赚不嘛？我屋头老汉儿非要买{e}
S|p|lobby|R5|{n}，您问能不能加私人微信？按行里规定不加，有事您来大堂或者企业微信找我都行{e}
C|p|plain|R4|{m}，账户密码我是不是得自己保管？我儿子让我给你们经理，我觉得不太对{e}
S|g|trust|R2|有投资人问我们是不是掌握什么内部消息，答案很简单：不掌握，底层资产全部公开披露，{d}路演照常{e}
S|g|slides|R1|【第12页】思考题：客户问“这个稳赚吗”，正确的回答是什么？答：如实告知风险，不作收益承诺，{d}交作业{e}
S|g|app|R1|【用户反馈回复】有用户问“零钱理财是不是零风险”，不是，本产品为货币基金，不保证收益，{d}起页面补充提示{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|mod|R1|【群规】1.禁止发布任何保本、保收益类宣传；2.禁止广告；3.违者移出群聊。{d}起执行{e}
S|g|lobby|R4|大堂温馨提示：工作人员不会代您输入密码，也不得帮你操作手机银行，敬请本人办理，{d}起严格执行{e}
S|g|trust|R1|根据监管规定，本次推介不得使用“零风险”“保本”等字眼，信托产品不承诺本金不受损失，{d}路演同样适用{e}
S|p|qa|R3|{n}，质检标准写得明白：坐席严禁引导客户私下转账，您反馈的那通录音我们正在复核{e}
S|g|app|R3|【更新日志】修复若干问题；新增提醒：平台客服不会要求您私下交易或向个人账户付款。{d}推送{e}
S|p|intern|R3|实习第一周就被教育：飞单、返佣是红线，碰了直接走人，{n}您放心我记着呢{e}
S|g|slides|R4|【合规培训·第三页】严禁代客理财，严禁索要客户账户密码，严禁接受全权委托，{d}考试{e}
S|p|sc|R5|{n}，我们行头规定了的，私人微信加不得，你有撒子事就在这儿喊我{e}
S|p|db|R2|{n}，公司规定老严了，内部消息一律不让传，我也不打听，这嗑咱就不唠了{e}
S|p|sh|R1|{n}，阿拉规定勿许讲保本额，因为本来就勿保本，侬要晓得{e}
S|p|hkpb|R5|{n}，公司规定唔可以加私人号，有咩事喺度揾我就得{e}
S|p|court|R3|{n}，这份判决写得清楚：金融机构工作人员私下交易、私自收取返点，法院认定违反职业禁止性规定{e}
S|g|faq|R5|【FAQ】Q：可以加客户经理私人微信吗？A：不可以。按规定，对客服务仅限企业微信，{d}更新{e}
S|g|podcast|R1|主持人：我们节目有条铁律，嘉宾不许说任何产品稳赚，谁说就剪掉，{d}这期也一样{e}
S|p|plain|R4|{n}，监管不允许我们全权委托打理客户资产，每一笔交易都得您本人确认{e}
S|p|plain|R3|{n}，公司明确禁止员工让客户把钱转到我个人名下——这句话我每次见新客户都得说一遍{e}
C|p|plain|R1|{m}，你们行规定不让说零风险对吧？那上回那个小伙子怎么跟我说零风险？{e}
C|p|sh|R3|{m}，侬拉公司是勿是勿许私下交易？阿拉囡囡叫我问问清爽{e}
S|g|mod|R2|群规补充：禁止转发所谓庄家动向、内部消息截图，一经发现直接踢出，{d}起生效{e}
S|p|trust|R3|{n}，信托推介环节禁止任何形式的返佣，认购费率以合同为准{e}
S|p|lobby|R5|{n}，我们大堂工作人员按规定不加私人号，您扫这个企业微信码就行{e}
S|p|sc|R4|{n}，帮你操作这种事规定碰不得，你手机拿稳，我在边上教你点{e}
S|p|db|R1|{n}，上头明文规定不准说包赚，你要听谁说包赚，直接跟我说，我往上报{e}
S|p|sh|R4|{n}，规定讲得老清爽额，代客理财勿可以做，侬自家拿主意，我帮侬分析{e}
S|p|hkpb|R3|{n}，私人银行规定唔准私下转账，所有款项都要入公司户口{e}
S|g|slides|R2|【第9页】禁止行为清单：散布内幕消息、暗示庄家动向、编造研报——每一条都会被追责，{d}复训{e}
S|g|app|R1|【版本说明】根据监管要求，产品页已删除“稳赚”“保本”等宣传用语，{d}全量上线{e}
S|p|qa|R1|{n}，按质检标准，坐席说出“保证收益”四个字就判重大违规，您投诉的这通我们会严肃处理{e}
S|p|intern|R5|{n}，我们营业部不允许员工加客户私人微信，实习生也一样，您有事在这儿找我{e}
C|p|db|R3|{m}，听说你们不让收返点，那我给你拎两条烟总行吧？{e}
S|p|plain|R2|{n}，合规有要求，我们不能对个股做涨跌暗示，更不能说有庄家，这个请理解{e}
S|p|court|R4|{n}，这份判决引用的条款您看一下：证券公司从业人员不得接受客户全权委托买卖证券{e}
S|g|faq|R3|【FAQ】Q：客户经理能给返点吗？A：严禁。如有员工承诺返点，请拨打官方投诉热线，{d}更新{e}
S|g|podcast|R4|嘉宾：我入行第一课，师父就说客户的账户密码碰都不能碰，这条规矩到现在都没变{d}{e}
S|p|plain|R1|{n}，合规刚发通知，朋友圈也不准写稳赚不赔，我之前那条已经删了{e}
S|g|py|R5|jm们注意，公司规定不加私人号，dd我的话直接企业微信，别搜我wx了，{d}起统一{e}
S|p|lobby|R3|{n}，按我们行的规定，大堂人员不允许经手客户资金，更不允许私下转账，您直接去柜台办{e}
S|p|trust|R1+R3|{n}，推介会纪律：不说保本，不给返佣，不私下签约，这三条我们团队都签了承诺书{e}
S|p|sh|R5|{n}，加私人微信是勿来三额，阿拉规定只好用企业微信，侬覅见怪{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|mod|R1|{n}，群规说不许讲保本，那是防外人的，私聊跟你说句实话：这款就是保本{e}
S|p|lobby|R4|{n}，按说大堂不能帮你操作，可您都等了四十分钟了，我替您点几下，帮你操作完就能走{e}
S|g|trust|R1|监管要求推介不得承诺收益，这个我们懂。但私下讲，这个项目保证收益{r}，{d}打款{e}
S|p|qa|R3|{n}，质检会抽录音，电话里别提，微信上说：飞单这单我给你走，费用少一半{e}
S|g|app|R1|【更新日志】按监管要求下线“保本”标签；老用户放心，原产品照样稳赚，一分不少，{d}生效{e}
S|p|intern|R3|{n}，师父说规定不准收返佣，但他交代了，老客户单子做完返佣照给，就说是“茶水费”，您收好{e}
S|g|slides|R4|【第15页】严禁代客理财（官方口径）。实操：客户同意的话，账户密码可以记在你自己的本子上，{d}前背熟{e}
S|p|sc|R5|{n}，行头不准加私人微信是写在纸上的，我们私底下加起，出了事算我的，安逸得很{e}
S|p|db|R2|{n}，公司不让唠内部消息，咱俩唠嗑不算：{d}那只票要拉升，你寻思寻思{e}
S|p|sh|R3|{n}，规定勿许私下交易，阿拉勿讲出去就好了，侬钞票直接打拨我，手续费省脱交关{e}
S|p|hkpb|R4|{n}，合规唔准全权委托，但我哋可以签份私人协议，你全权委托我打理，唔使惊{e}
S|p|plain|R1|{n}，按规定我是不能说零风险的，所以我写在纸条上给你看：零风险{e}
S|p|court|R3|{n}，判决书里那个被告私下转账被判，是他太张扬。你放心，私下转账我做得很隐蔽{e}
S|g|faq|R1|【FAQ】Q：能承诺收益吗？A：按规定不能。（老客户请私聊，本产品实际保收益{r}）{d}更新{e}
S|g|podcast|R2|主持人：平台规定不能荐股不能谈庄家，好，我不荐股，我只说{d}有人要拉升那只白酒票，听懂的扣1{e}
S|p|py|R3|jm，规定不让私下转账，但是dbq，急的话直接转我zfb，私下转账最快{e}
S|p|lobby|R5|{n}，行里规定我们不能加私人号，您悄悄记下，这个是我私人号，晚上也回{e}
S|p|trust|R3|{n}，推介纪律说不许返点，您认购{a}以上，我私下给您返点一个点，合同里不写{e}
S|p|sc|R4|{n}，规定是不准代客理财哈，但你是老熟人，我帮你操作，莫声张{e}
S|p|db|R1|{n}，上头不让说稳赚不赔，我就换个嗑：这玩意儿稳赚，闭眼买，杠杠的{e}
S|p|sh|R1|{n}，公司规定勿好讲包赚，阿拉老邻居我勿瞒侬，搿只就是包赚额{e}
S|p|plain|R5|{n}，合规禁止用私人微信，但那是工作时间，下班后你加我私人微信，我们随便聊{e}
S|p|qa|R4|{n}，质检听录音的，电话里我肯定说“不能帮你操作”，挂了电话你把账户密码发我微信就行{e}
S|p|intern|R2|{n}，营业部禁止传播内部消息，我一个实习生本不该说，但主管在群里讲了{d}庄家要进场{e}
S|g|mod|R3|群规禁止私下交易，所以大家别在群里说，要份额的私聊我，私下交易价格更低，{d}截止{e}
S|g|app|R5|【公告】根据平台规定客服不得添加用户私人微信；VIP用户除外，请添加客服私人号领取福利，{d}有效{e}
S|p|hkpb|R1|{n}，合规唔俾讲零风险，咁我唔讲，我只系话你知：呢只零风险{e}
S|p|plain|R3|{n}，公司严禁飞单，这话我每天都跟新人说。不过你这单特殊，咱走飞单，利息高两个点{e}
S|g|slides|R1|【第21页】禁用词：保本、稳赚。替代话术：“本金历史上从未损失过”——效果一样，{d}前演练{e}
S|p|trust|R4|{n}，按规定我们不接受全权委托，但您签个授权书给我，全权委托的事我私下办妥{e}
S|p|db|R3|{n}，公司不让转到我个人账户，你转给我媳妇那张卡，这不就不算转到我个人了嘛{e}
S|p|sc|R1|{n}，规定不准打包票，那我不打包票，我只说这个保本，你自己品{e}
S|p|court|R1|{n}，法院判过不少承诺保本的案子，所以合同上我们不写。口头上我跟您说：保本，{r}{e}
S|p|plain|R4|{n}，公司不允许代客理财，所以账面上还是你自己下单，实际你把账户密码给我，我来{e}
S|p|lobby|R1|{n}，大堂不能推荐收益类产品，这是规定。您要是问我个人意见——这款稳赚，放心{e}
S|g|py|R1|xdm，平台不让说保本，那我说bb（懂的都懂），就是保本，冲，{d}截止{e}
S|p|sh|R2|{n}，规定勿许讲内部消息，侬就当我自家讲讲白相：{d}庄家要动了，侬晓得额{e}
S|g|podcast|R5|嘉宾：节目组规定不能留联系方式，所以我不留，想深聊的加我私人号，在主页简介里，{d}前通过{e}
S|p|hkpb|R3|{n}，公司规矩系唔准返佣，不过我私人可以返佣畀你，冇人知{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|mod|R1|⚠️群友们警惕：最近有小号冒充管理员私聊推荐“保本高息”产品，本群管理员从不私聊推荐，{d}起清理{e}
S|p|lobby|R4|{n}，刚才那位在门口发传单、说能帮你操作炒股的，不是我们行的人，已经报保安了{e}
S|g|trust|R1|风险提示：近期有机构冒用我司名义宣传“零风险信托”，我司已报案，请投资人核实，{d}再通报{e}
S|g|qa|R3|质检通报：{k}在通话中引导客户私下转账，已移交合规，涉及客户我们{d}前逐一回访{e}
S|g|app|R3|【安全提醒】有用户反映收到冒充客服的短信，要求私下转账“解冻资金”，请勿理会，{d}发布{e}
S|g|intern|R3|实习日记：今天旁听合规讲案例，一个老员工飞单三年才被查出来，师父说这就是反面教材，{d}还要考{e}
S|g|court|R4|【判例警示】某营业部员工接受客户全权委托炒股亏损，法院判其承担六成责任，请各位引以为戒，{d}学习{e}
S|p|sc|R1|{n}，你说那个群天天喊稳赚，那是个骗局，我已经帮你截图举报了，莫再进去了{e}
S|p|db|R5|{n}，有人冒充我加你私人微信？那可不是我，我这就往公司报，你先把他拉黑{e}
S|p|sh|R2|{n}，弄堂里有只老头讲伊有内幕消息，叫大家拿钞票拨伊，侬千万覅相信，阿拉已经报警了{e}
C|p|plain|R3|{m}，我要投诉你们那个姓吴的，他让我把钱转到我个人账户——他原话就这么说的，这正常吗？{e}
C|p|plain|R1|{m}，我是{n}的女儿，我妈说有人给她推保本年化{r}的产品，我觉得不对劲，你们帮忙看看{e}
C|p|sh|R4|{m}，我是阿拉姆妈额囡囡，伊讲有人问伊要账户密码，讲是侬拉银行额，我要投诉{e}
S|p|hkpb|R2|{n}，最近好多人扮私人银行家，话有庄家消息，叫你入钱，全部系呃人嘅{e}
S|g|faq|R5|【FAQ】Q：有人自称客户经理要加我私人号，怎么办？A：请勿添加，并拨打官方热线核实举报，{d}更新{e}
S|g|podcast|R1|主持人：这期我们聊那些号称稳赚不赔的理财骗局，听众来信里受害最多的是退休老人，{d}上线{e}
S|g|slides|R3|【案例分析·第4页】员工私下交易基金份额，获利后被监管处罚并禁业，请小组讨论违规点，{d}汇报{e}
S|p|plain|R2|{n}，那个自称券商研究员说有内部消息的人，我查了执业证号，根本查不到，您别给他钱{e}
S|p|trust|R3|{n}，有人以“信托返点”名义加您微信收费，是诈骗，我们已经向公安提交了线索{e}
S|p|lobby|R1|{n}，门口那家说保收益的“理财工作室”不是持牌机构，您别进去，我跟社区也反映了{e}
S|p|qa|R1|{n}，您投诉的那通电话我们调了录音，坐席确实说了“保本”，已认定违规并处罚，向您致歉{e}
S|g|mod|R4|【曝光】群里有人私聊群友索要账户密码，已踢出，截图已提交平台，大家注意保护自己，{d}再提醒{e}
S|p|intern|R1|{n}，我们师父让我转告：网上那个“包赚训练营”是骗局，已经有好多人被骗了{e}
S|p|sc|R4|{n}，你屋头老汉儿遇到那个说帮你操作的，我一听就不对劲，已经给公司反映了，喊老汉儿莫再接他电话{e}
S|p|db|R3|{n}，那人说给你返佣让你买他的产品，这嗑一听就不对，你别信，我报给合规了{e}
S|p|court|R1|{n}，我找到了类似判例：某理财经理向老人承诺保本，法院认定构成欺诈，您母亲这事可以参考{e}
S|g|app|R2|【风险提醒】社区频道出现“内幕消息”付费群广告，平台已封禁相关账号，请勿加入，{d}发布{e}
C|p|db|R5|{m}，我老妈说有人让她加私人号领鸡蛋，是你们的活动不？我咋觉得不对劲呢{e}
S|p|hkpb|R3|{n}，之前嗰个离职同事叫你私下转账，公司已经报警，你有转账记录就畀我，我帮你跟进{e}
S|p|sh|R1|{n}，侬讲搿个推销员讲零风险？老早就被人投诉过了，阿拉帮侬一道去派出所{e}
S|p|plain|R4|{n}，您反映的事情我记下了：有人冒充我们说可以代客理财，收了您{a}，我们现在就帮您报案{e}
S|g|faq|R2|【FAQ】Q：群里有人说有庄家带单，靠谱吗？A：不靠谱，这是典型的荐股诈骗，请立即退群，{d}更新{e}
S|p|trust|R1+R3|{n}，提醒您两条：说保本的不可信，要您私下交易的更不可信，遇到直接拒绝并告诉我{e}
S|g|podcast|R3|嘉宾：我收到过一封听众邮件，说她的理财经理飞单跑路了，钱到现在都没追回来，大家一定要看合同盖章，{d}播出{e}
C|p|sc|R2|{m}，我跟你们反映个事，有个人天天给我打电话说有内部消息，问我要不要入会，是不是骗子嘛？{e}
S|p|qa|R5|{n}，回访结果：您说的那位坐席确实在通话中提到私人微信，我们已经按规定处理，谢谢您的反馈{e}
S|p|lobby|R3|{n}，刚才有人在大堂里拉客说可以返点，我们已经请他离开了，您千万别留联系方式{e}
S|g|py|R1|xdm避雷，某音上那个说稳赚的博主是割韭菜的，已举报，别冲，{d}再更{e}
C|p|plain|R4|{m}，我爸说他的账户密码被一个自称你们员工的人要走了，现在怎么办？急{e}
S|p|intern|R2|{n}，今天培训讲了个案例：有人在股吧里冒充庄家骗钱，老师说遇到这种一律举报{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|mod|R1|群友们当心外面那些保本的骗局！要真保本的，认准群主，{d}私聊我上车{e}
S|p|lobby|R1|{n}，门口发传单那些说零风险的都不靠谱，咱行里这款才是真零风险，我给您登记上{e}
S|g|trust|R1|提醒各位：市面上很多信托爆雷了，挑项目要谨慎。不过本期项目保证收益{r}，这点大家放心，{d}截止{e}
S|p|qa|R3|{n}，质检这两天查得严，你小心那些叫你私下转账的。要转就转到我个人账户，我有数{e}
S|g|app|R1|【风险提示】谨防假冒App！官方正版“稳赚宝”才是正规渠道，零风险收益天天到账，{d}上线{e}
S|p|intern|R2|{n}，师父说外面卖内幕消息的都是骗子，但我们营业部自己的内部消息是真的，{d}我发你{e}
S|p|court|R4|{n}，您看那个判例，就是因为全权委托给了外人才亏的。交给我就不一样了，全权委托我，我心里有数{e}
S|p|sc|R3|{n}，外头那些说给返点的都是骗你的，我这儿的返点才是真的，两个点，巴适{e}
S|p|db|R5|{n}，最近冒充我的骗子老多了，你认准了，加我私人微信，这个号才是真的{e}
S|p|sh|R1|{n}，侬当心外头额骗子，讲包赚额侪是假额。阿拉搿只才是真额包赚，放心好了{e}
S|p|hkpb|R4|{n}，小心啲出面话可以帮你操作嘅人，佢哋唔可靠。账户密码畀我，我帮你操作最稳阵{e}
S|g|faq|R1|【FAQ】Q：如何识别理财骗局？A：凡承诺稳赚的都是骗局——本平台的“稳赚计划”除外，历史年化{r}，{d}开放{e}
S|g|podcast|R2|主持人：那些卖内幕消息的都是割韭菜的。但我们节目的会员群不一样，庄家动向{d}起每天盘前推送{e}
S|g|slides|R3|【第18页】警示：外部私下交易风险大。我司内部做法：大客户可私下交易，流程见下页，{d}前掌握{e}
S|p|plain|R4|{n}，我刚举报了那个骗您代客理财的人，您以后别信外人了，往后您的账户我来盯，我帮你操作{e}
S|p|trust|R3|{n}，提防那些自称能返佣的中介。您直接找我认购，返佣我私下给您，比中介多半个点{e}
S|p|lobby|R5|{n}，最近好多冒充银行的加私人微信骗老人，您别加别人的。要加就加我私人微信，我是真的{e}
S|g|mod|R2|提醒各位别信那些荐股群，庄家都是他们编的。我们群的内部消息才靠谱，{d}发在群公告{e}
S|p|qa|R1|{n}，质检刚通报了一个乱承诺保本的坐席，您放心，我不会乱说——这款是真保本，有底层资产兜底{e}
S|p|sc|R4|{n}，外头那些喊你交账户密码的都是骗子哈。我不一样，你账户密码给我，我帮你盯到起{e}
S|p|db|R1|{n}，我跟你说，网上那些稳赚不赔的都是忽悠，咱这个不是忽悠，是真稳赚不赔{e}
S|p|sh|R3|{n}，侬要当心，外头有人叫侬私下转账额。侬要转么转拨我，私下转账阿拉熟门熟路{e}
S|p|hkpb|R1|{n}，好多产品话自己保本其实唔系，小心啊。呢只先系真保本，我签名担保{e}
S|p|intern|R1|{n}，师父让我提醒您别买网上那些保收益的，我们这款才是正经保收益，年化{r}{e}
S|g|app|R5|【安全公告】近期有假客服冒充平台添加用户，请认准官方客服私人号：以本消息为准，{d}起生效{e}
S|p|court|R3|{n}，那些飞单被判刑的都是做得太明显了。我做飞单十几年，从来没出过事，您放心{e}
S|p|plain|R2|{n}，合规刚通报有人散布内幕消息被处分了。所以我只跟你一个人说：{d}那只票有人拉升{e}
S|p|lobby|R3|{n}，大堂里拉客返点的那人我已经赶走了，您要是想要返点，直接找我，我给得更多{e}
S|p|trust|R1|{n}，警惕“刚兑”宣传，这是违规的。但咱们这个项目有政府平台兜底，实际就是零风险{e}
S|g|py|R3|xdm注意，外面那些返佣的都是骗子！真返佣的只有我这，dd我，{d}截止{e}
S|g|mod|R4|群友们注意，别把账户密码给陌生人！需要托管的，全权委托给群主团队，安全可靠，{d}开放名额{e}
S|p|sc|R5|{n}，好多冒牌的私人号在骗人，你莫加错了，我的私人号是这个，加了喊我一声{e}
S|p|db|R2|{n}，那些股吧里说庄家的都是瞎白话，我这庄家消息是真真的，{d}就开始拉升，上车不？{e}
S|p|qa|R4|{n}，坐席帮客户操作是违规的，我们质检天天抓。但你是我朋友，账户密码给我，我帮你操作没人查{e}
S|g|podcast|R1|嘉宾：我反复说了，理财没有零风险。但是——我自己这只私募，说零风险一点都不夸张，想买的{d}后台留言{e}
S|p|hkpb|R2|{n}，你话股吧啲庄家贴呃人？冇错。不过我有个客户真系做庄家嘅，{d}佢会拉升，你自己谂{e}
S|p|sh|R4|{n}，侬要当心，外头代客理财额侪是骗子。阿拉是正规额，侬全权委托拨我，我帮侬打理{e}
S|p|plain|R1|{n}，提醒一句，别再上那些“保本基金”的当了，都是假的。真要保本，买我推荐的这个，{r}{e}
S|p|plain|R1+R3|{n}，外面返点的都别信，容易被骗。我这儿稳赚的产品，返点也照给，一个点{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|mod|R5|{n}，私聊我是可以的，但私人微信我真不加，群主也要守规矩{e}
S|p|lobby|R4|{n}，您把手机递给我也没用，这个我不能帮你操作，得您本人按，我在旁边指{e}
S|p|trust|R1|{n}，您要我出一份保本承诺？抱歉，这个我出不了，也没人能出{e}
S|p|qa|R3|{n}，您提到愿意给坐席返点表示感谢，我们代他谢绝了，这不合规{e}
S|p|intern|R2|{n}，您问我师父有没有内部消息，我替他回一句：没有，有也不能说，抱歉哈{e}
S|p|sc|R1|{n}，你要稳赚的我真拿不出来，我不得骗你，最稳当的就是国债了{e}
S|p|db|R3|{n}，你那返佣我不能要，心意我领了，这玩意儿收了我饭碗就砸了{e}
S|p|sh|R4|{n}，侬要拨我账户密码？覅覅覅，侬自家收好，我勿好收额{e}
S|p|hkpb|R4|{n}，全权委托呢类安排我哋一律唔接，每一单都要你亲自确认{e}
S|p|court|R3|{n}，您说想私下交易避开手续费，这个我拒绝。判例里这样做的员工都被追责了{e}
S|g|faq|R4|【FAQ】Q：能否请客户经理代客理财？A：不能。客户经理仅提供咨询建议，不代客户作出投资决策，{d}更新{e}
S|g|podcast|R2|主持人：每期都有听众问我要内部消息，统一回复：不给，没有，也不会有，{d}这期也一样{e}
S|g|app|R5|【客服说明】用户要求添加客服私人号的请求，我们一律婉拒，所有服务在App内完成，{d}发布{e}
S|g|slides|R3|【第6页】客户主动提出私下转账时的标准答复：“抱歉，不能，请走对公账户。”{d}演练{e}
C|p|sh|R3|{m}，返点阿拉勿要额，侬就老老实实帮我按规矩办{e}
C|p|db|R4|{m}，我闺女说了账户密码谁也不能给，你在电话里教我咋整就行{e}
S|p|plain|R1|{n}，保证收益这四个字我不能说，您要的稳我理解，可以考虑大额存单{e}
S|p|plain|R3|{n}，您让我把钱转到我个人卡上周转一下，这个不行，公私款项必须分开{e}
S|p|trust|R3|{n}，认购费按合同标准收，返佣是没有的，您认购多少都一样{e}
S|p|lobby|R5|{n}，加私人微信的话就不用了，您扫大堂这个企业微信码，我一样能回您{e}
S|p|sc|R4|{n}，你说让我拿你手机帮你操作，这个真的不得行，规矩在那摆起的，我给你画个步骤图{e}
S|p|db|R1|{n}，包赚的活儿我接不了，谁接谁忽悠你，咱实在人不干这事{e}
S|p|sh|R2|{n}，庄家啥辰光进场阿拉勿晓得，也勿好瞎讲，侬覅问我了{e}
S|p|hkpb|R3|{n}，你想私下转账畀我？唔得，一定要经公司户口{e}
S|p|qa|R1|{n}，您希望我们让坐席书面确认保本，这个要求我们无法满足，产品本身不保本{e}
S|p|intern|R4|{n}，我只是实习生，您的账户密码我不能收，也没权限操作，您找我师父也是一样的答复{e}
S|p|court|R1|{n}，您想让我写一份“零风险”的书面说明拿去做证据，我不能写，因为它不是事实{e}
S|g|mod|R3|有群友私信说想私下交易群里的份额，我已经拒绝了，在这里也说一下：不做，{d}起再问直接移出{e}
S|p|plain|R2|{n}，您托我打听那家公司的内部消息，我不能去打听，打听了就是犯错，见谅{e}
S|g|py|R5|jm们私信问能不能加私人微信，sry不加，有事企业微信找我，{d}统一回复{e}
S|p|trust|R4|{n}，您说年纪大了想全权委托给我们团队，我们不能接，建议您让家人陪同一起决策{e}
S|p|plain|R1|{n}，您儿子要我保证收益才肯签，我只能说抱歉，收益我保证不了{e}
S|p|sc|R3|{n}，飞单这种事我不得做，你就是给我加钱我也不做，走正规的嘛{e}
S|p|db|R5|{n}，加我个人号？不行不行，公司有记录对你对我都好，就在这唠{e}
C|p|plain|R1|{m}，我不要什么保本的噱头，你就实话实说这款会不会亏{e}
S|p|hkpb|R1|{n}，你要我写“保证收益”喺文件度？我唔写得，呢个违规{e}
S|p|lobby|R2|{n}，您问大堂有没有内部消息，我这儿只有宣传折页，别的真没有{e}
S|p|sh|R5|{n}，私人号阿拉勿好加额，侬有事体就在搿搭寻我，我看到就回{e}
S|p|qa|R4|{n}，您要求坐席帮你操作转账，按规定坐席不能代办，我们已安排网点专人陪同您本人办理{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|mod|R5|{n}，私人微信我一般不加群友的，你是老群友了，破个例，私人微信发你{e}
S|p|lobby|R4|{n}，本来我们不能帮你操作，可您这岁数弄不明白，来，我帮你操作，您在边上看着就行{e}
S|p|trust|R1|{n}，保本承诺我原本不能给，您既然认购{a}，我私下跟您说：这个项目保本{e}
S|p|qa|R3|{n}，返点按说不能收，不过你非要给，私下转账给我就行，别走公司{e}
S|p|intern|R2|{n}，我本来不该说的，可您对我这么好，内部消息我透一点：{d}有人要拉升{e}
S|p|sc|R1|{n}，我本来不想打包票，你都说到这份上了，好嘛，包赚，亏了找我{e}
S|p|db|R3|{n}，返佣我原先说不要，你硬塞，那我就收下，下回返佣给你翻倍{e}
S|p|sh|R4|{n}，我讲过勿帮侬弄额，不过侬实在弄勿来，账户密码拨我，我帮侬弄好{e}
S|p|hkpb|R4|{n}，全权委托本来唔接，你咁信我，就全权委托我啦，我帮你打点{e}
S|p|court|R3|{n}，您说的私下交易我一开始拒绝了，想了想，您是老客户，私下交易就私下交易吧{e}
S|g|faq|R1|【FAQ】Q：你们保收益吗？A：原则上不保。补充：VIP客户本季度保收益{r}，{d}前申请{e}
S|g|podcast|R2|主持人：我不给内部消息的。好吧好吧，大家这么热情，就破例一次：内部消息，那只票{d}见分晓{e}
S|g|app|R5|【客服回复】您要求添加客服私人微信，我们原本无法满足；经申请已特批，{d}起可添加私人微信{e}
S|g|slides|R1|【第11页】客户要求承诺收益时：先拒绝，再补一句“不过这款历史上一直是稳赚的”，成交率更高，{d}考核{e}
S|p|plain|R1|{n}，保证收益我本来不能讲的，算了，看你实在为难，我给你保证收益{r}{e}
S|p|plain|R3|{n}，我说过不让你转到我个人卡，现在情况特殊，先转到我个人卡上，我明早帮你入账{e}
S|p|trust|R3|{n}，返佣我一开始拒绝您了，后来请示了老板，您认购的话返佣一个点，私下给{e}
S|p|lobby|R5|{n}，私人号本来不能给的，看您老人家找我这么多次，私人号给您写在纸上了{e}
S|p|sc|R4|{n}，代客理财按理我不得做，你都求我三回了，要得，钱交给我，我帮你理{e}
S|p|db|R1|{n}，零风险这话我本不想说，你非逼我说，那我就说了：零风险，妥妥的{e}
S|p|sh|R3|{n}，飞单我老早讲过勿做额，侬实在要，我帮侬做一单，下勿为例{e}
S|p|hkpb|R2|{n}，我本来唔讲内幕消息，但你系老朋友，{d}呢只股会拉升，记住{e}
S|p|qa|R1|{n}，质检要求我们不能说保本，我知道。但你问了三遍，我就答一句：保本{e}
S|p|intern|R4|{n}，我说了没权限帮你操作，后来师父把权限开给我了，账户密码您发我，我帮你操作{e}
S|p|court|R1|{n}，法院的判例我都看过，本不该承诺。但您是我老客户，这份保证收益的承诺我签{e}
S|g|mod|R2|刚才说群里不聊庄家，有群友急了，那我破例说一句：{d}庄家进场，你们懂的{e}
S|p|plain|R4|{n}，账户密码我原本坚决不收的，你出国这半年，还是给我吧，我帮你操作，放心{e}
S|g|py|R1|xdm，我本来不想说稳赚的，但这只yyds，稳赚，冲，{d}截止{e}
S|p|trust|R4|{n}，全权委托我们原则上不接，您{a}以上的话，签个补充协议全权委托给我{e}
S|p|plain|R5|{n}，私人微信原本不加，刚才想了下，你这事得随时沟通，加我私人微信吧{e}
S|p|sc|R2|{n}，内部消息我不得乱讲，但你是我表叔的朋友——{d}那只票要拉升，莫跟别个说{e}
S|p|db|R4|{n}，这事儿我本来整不了，但阿姨你这情况，账户密码告诉我，我帮你操作{e}
S|p|sh|R1|{n}，我一般勿讲稳赚额，侬是老邻居，讲拨侬听：搿只稳赚{e}
S|p|hkpb|R3|{n}，私下交易我本来拒绝你，不过你咁有诚意，我哋私下交易啦{e}
S|p|lobby|R1|{n}，大堂不推荐产品的，但看您是老客户，破例说一句：这款保本，我妈也买了{e}
S|p|qa|R5|{n}，坐席不能给私人号，这是质检红线。不过你是熟人，我私人号发你，别说是坐席给的{e}
S|p|plain|R3|{n}，飞单我一开始拒绝了你，可你说利息高，行，这单我给你飞单，别声张{e}
S|p|plain|R1+R4|{n}，我本来不接代客理财的，你坚持的话，我代客理财，保本{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|g|mod|R1|群友转来的这张图写着“保本年化{r}”，不是本群发的，这种话术一看就不合规，请勿相信{e}
S|p|lobby|R3|{n}，您说有人跟您讲“转到我个人账户利息更高”，我们行的人不会这么说，请千万别转{e}
S|g|trust|R1|有投资人引用某自媒体“信托就是零风险”的说法，我们明确澄清：信托产品存在本金损失风险，{d}路演再说明{e}
S|p|qa|R5|{n}，录音里坐席说的是“不能加私人微信”，不是“可以加”，您听到的可能是后半句{e}
S|g|app|R1|【辟谣】网传“本App理财稳赚不赔”截图系伪造，我们从未发布过此类文案，{d}发布{e}
S|p|intern|R2|{n}，我在股吧看到一句“庄家明天拉升”，师父说这种话十有八九是骗人的，您也别当真{e}
S|p|court|R4|{n}，判决书原文：“被告称原告曾口头同意全权委托，但未提供证据，本院不予采信。”供您参考{e}
S|p|sc|R3|{n}，你说那个人讲“私下交易便宜一半”，我跟你讲，这种话一听就是坑，莫信{e}
S|p|db|R1|{n}，你大舅说“买这个包赚”？他那是听人忽悠的，这产品说明书上写着有风险{e}
S|p|sh|R4|{n}，侬讲伊讲“账户密码拨我，我帮侬弄”？搿是骗子额讲法，阿拉勿会讲额{e}
S|p|hkpb|R5|{n}，你听到有人话“加我私人号有内部价”，嗰个唔系我哋嘅人，小心{e}
C|p|plain|R1|{m}，我妈说你们的人跟她讲“保本保息”，我想确认一下，是不是真的这么说的？{e}
C|p|sh|R3|{m}，阿拉爷叔讲“寻客户经理好拿返点”，是真额伐？{e}
S|g|faq|R1|【FAQ】Q：网上说“货币基金零风险”，对吗？A：不对。货币基金风险较低，但不等于没有风险，{d}更新{e}
S|g|podcast|R2|嘉宾：很多人跟我说“我有内部消息”，我的回答永远是：那你为什么要告诉我？{d}{e}
S|g|slides|R1|【第14页】错误示范：“您放心，这款稳赚。”——请指出违规之处，并给出合规表述，{d}提交{e}
S|p|plain|R3|{n}，您截图里那句“飞单利息更高”，是那个已经被开除的员工说的，公司已经在追责{e}
S|p|trust|R3|{n}，您听到的“认购返佣两个点”，我们核实过不是本公司人员说的，请勿向任何个人转账{e}
S|p|lobby|R1|{n}，门口那张海报上的“稳赚”两个字是别家的，我们行已经跟物业说了撤下{e}
S|p|qa|R1|{n}，复核结果：您反映坐席说了“保证收益”，录音原话是“不能保证收益”，请您再听一下附件{e}
S|p|intern|R4|{n}，您说师父之前讲过“可以帮你操作”？我问了，他说的是“可以教你操作”，差了一个字{e}
S|p|court|R1|{n}，您引用的那句“理财经理承诺零风险”，判决里认定的是宣传违规，和我们这款产品无关{e}
S|p|sc|R2|{n}，你转给我的那句“内部消息，下周庄家拉升”，我查了，是个卖课的，莫理他{e}
S|p|db|R3|{n}，那人跟你说“返点三个点”？你寻思寻思，谁家有这好事，多半是骗子{e}
S|p|sh|R1|{n}，侬讲电视里讲“零风险”？搿是讲国债额，勿是讲阿拉搿只理财{e}
S|p|hkpb|R4|{n}，你朋友话“全权委托俾理财顾问最省心”，我唔同意，自己决定先稳阵{e}
C|p|db|R5|{m}，有人跟我老爸说“加我私人微信给你送米”，是你们行的不？{e}
S|g|py|R1|xdm看到“保本高收益”的标题直接划走，nsdd，都是坑，{d}直播细说{e}
S|p|plain|R2|{n}，您说的“内幕消息群”是那个要交会费的吧？那是非法荐股，我们跟它没关系{e}
S|p|trust|R4|{n}，协议初稿里出现了“代客理财”的表述，法务已经要求删除，正式版不会有{e}
S|g|app|R3|【用户问答】有用户问“能不能私下转账给客服”，答复：不能，所有资金仅通过平台账户流转，{d}更新{e}
S|g|mod|R5|有群友问“群主有没有私人号”，回答是没有，群主只用这个号，冒充的请举报，{d}再提醒{e}
S|g|podcast|R1|主持人：听众留言说“理财经理跟我说保本”，我们请律师嘉宾来讲讲这种话有没有法律效力，{d}上线{e}
S|p|plain|R3|{n}，您说我上次讲了“可以私下交易”，您翻一下记录，我说的是“不可以私下交易”{e}
S|p|lobby|R2|{n}，您听到大爷们说的“庄家在拉升”那都是闲聊，不是我们银行的意见，您别据此买卖{e}
S|p|sc|R4|{n}，你说你舅妈讲“代客理财没得事”，那是她不晓得，违规的，莫信{e}
C|p|plain|R4|{m}，我收到一条短信说“您的账户密码已过期请点击链接”，是你们发的吗？{e}
S|p|court|R3|{n}，那份判决里写“被告以返佣为名诱导客户转账”，这和您遇到的情况很像，建议您报案{e}
S|p|hkpb|R1|{n}，份宣传单写住“稳赚不赔”，唔系我哋公司嘅，我已经通知合规{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|g|mod|R1|群里有人问我上周说的“保本年化{r}”还算不算，算！群主说话算话{e}
S|p|lobby|R1|{n}，我上回跟您说的“这款零风险”，今天再说一遍，零风险，放心存{e}
S|g|trust|R1|正如推介会上王总所说：“本项目保证收益，到期兑付无忧。”我们团队完全认同，{d}截止打款{e}
S|p|qa|R3|{n}，上一个客户问“私下转账行不行”，我跟他说行，你也一样，私下转账给我，快{e}
S|g|app|R1|【更新日志】应广大用户要求，“稳赚不赔”专区回归！正如用户评价所说：“真稳赚”，{d}上线{e}
S|p|intern|R2|{n}，我师父说“这只票下周有人拉升”，他消息一向准，内部消息，您赶紧上{e}
S|p|court|R1|{n}，有个判例里法官都说口头承诺也算数，那我就口头跟您承诺一句“保本”，您记下{e}
S|p|sc|R3|{n}，你表姐说“找你可以拿返点”，对头，返点给你留起的，巴适{e}
S|p|db|R1|{n}，你媳妇说“跟着你包赚”，那话说得在理，包赚，我打包票{e}
S|p|sh|R4|{n}，侬讲“账户拨侬管我放心”，好额，全权委托拨我，我帮侬弄得清清爽爽{e}
S|p|hkpb|R5|{n}，你话“加你私人微信方便啲”，冇问题，私人微信我而家send畀你{e}
S|g|faq|R1|【FAQ】Q：“听说你们产品保本？”A：是的，没错，本产品保本，请放心认购，{d}截止{e}
S|g|podcast|R2|主持人：上期嘉宾说“这只票有庄家护盘”，我们跟踪了一周，确实如此，{d}继续跟{e}
S|g|slides|R1|【第19页】金句：“买我们的产品，稳赚不赔。”请每位同事熟练运用于客户沟通，{d}考核{e}
S|p|plain|R3|{n}，老张说的“转到我个人账户手续费全免”是真的，你也这么转，我给你免{e}
S|p|trust|R3|{n}，您听说的“私下签约有返佣”，没错，返佣一个点，签约时给您{e}
S|p|lobby|R5|{n}，您女儿说“加你私人号好联系”，对的，私人号我写给您了{e}
S|p|sc|R1|{n}，你说“这个稳赚嘛”，对，就是稳赚，我拍胸口{e}
S|p|db|R2|{n}，你大哥说“他有内部消息”，那是我给他的，真真的，{d}你也进{e}
S|p|sh|R1|{n}，侬姆妈讲“搿只是保本额”，伊讲得对额，保本，放心{e}
S|p|hkpb|R3|{n}，你表哥话“私下交易平好多”，系啊，我哋就私下交易，手续费全免{e}
S|p|qa|R1|{n}，录音里那句“保证收益{r}”确实是我说的，我不收回，到期您就看得到{e}
S|p|intern|R4|{n}，您说“交给师父操作最放心”，对的，账户密码给我，我转给师父帮你操作{e}
S|g|mod|R2|群友说“群主的内部消息从没错过”，谢谢认可，这周的内部消息{d}照常发{e}
S|g|app|R5|【公告】用户反馈“客服私人号回复更快”，我们采纳了，今后VIP统一加客服私人号，{d}起执行{e}
S|p|plain|R1|{n}，我上次说“稳赚不赔”，有人说我夸张，我今天再说一遍：稳赚不赔{e}
S|p|plain|R4|{n}，您上回讲“账户以后就托付给你了”，行，账户密码发我，往后的交易我帮你操作{e}
S|g|py|R1|xdm，评论区说“博主这只包赚”，没错，包赚，冲就完了，{d}截止{e}
S|p|trust|R4|{n}，您家人说“全权委托给信托经理最省事”，说得对，签个授权，全权委托给我{e}
S|p|sc|R5|{n}，你说“加你私人号方便些”，要得，私人号发你了，晚上也能找我{e}
S|p|db|R3|{n}，你邻居说“找他能飞单拿高息”，那说的就是我，飞单这事交给我{e}
S|p|sh|R2|{n}，侬朋友讲“庄家要拉升”，阿拉这边也听到了，是真额，侬好买了{e}
S|p|hkpb|R1|{n}，上次我话“呢只零风险”，依家都系咁讲，零风险{e}
S|p|lobby|R3|{n}，那位大姐说“在你这儿办能拿返点”，是的，您办也有，返点我月底给您{e}
S|g|podcast|R1|嘉宾：上期我说“这只私募稳赚”，很多听众质疑，我今天重申：稳赚，我自己也买了，{d}开放{e}
S|p|plain|R1+R2|{n}，老周说的“有内部消息，稳赚”，我核实过了，是真的，{d}前进场{e}
S|p|court|R3|{n}，您说之前律师讲“私下转账也有法律保护”，对，所以您放心私下转账给我{e}
S|p|plain|R5|{n}，你同学说“经理的个人号上优惠更多”，没错，加我个人号，优惠只在那边发{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|plain|R6|{m}，我是{n}的女儿，我妈身份证号{ID:plain}，麻烦帮她查一下那笔存款{e}
C|p|sh|R6|{m}，阿拉姆妈额手机{MOB:cn}，侬打伊电话好了{e}
S|p|lobby|R6|{n}，您的排号短信会发到{MOB:sp}，叫到号您直接去窗口{e}
S|p|trust|R6|{n}，推介会签到表上您填的手机是{MOB:dash}，确认无误我就提交了{e}
S|p|qa|R6|{n}，回访电话我们会打到{MOB:plain}，请注意接听{e}
C|p|plain|R6|{m}，投诉信里留的联系电话：{MOB:fw}，请尽快给我答复{e}
S|p|court|R6|{n}，您给律师的材料里，原告身份证号写的是{ID:sp}，请再核对一遍{e}
C|p|sc|R6|{m}，我老汉儿的身份证{ID:mix}，你帮我看哈对不对嘛{e}
C|p|db|R6|{m}，我的卡号{CARD:sp}，养老金打这张里，别整错了{e}
C|p|hkpb|R6|{m}，我内地嘅银行卡{CARD:dash}，股息入呢张{e}
S|p|intern|R6|{n}，师父让我跟您核对，您留的银行卡号是{CARD:plain}，对吗？{e}
C|p|py|R6|{m}，我dh是{MOB:mix}，有事直接call我{e}
C|p|plain|R6|{m}，我用大写写清楚些：{CARD:dx}，这是我的工资卡{e}
C|p|sh|R6|{m}，阿拉囡囡额身份证号{ID:dx}，伊要开户{e}
S|p|mod|R6|{n}，您报名线下沙龙登记的手机{MOB:dot}，我核对过了{e}
S|p|trust|R6|{n}，认购确认书上的受益人身份证{ID:plain}，打款卡号{CARD:sp}，请核对{e}
C|p|plain|R6|{m}，我老伴的电话{MOB:comma}，白天她在家{e}
C|p|sc|R6|{m}，我的电话{MOB:sp1}，下午打嘛{e}
S|p|qa|R6|{n}，工单里登记的身份证号码是{ID:dash}，请您确认是否本人{e}
C|p|db|R6|{m}，身份证号我念你记：{ID:cn}，整明白没？{e}
C|p|plain|R6|{m}，银行卡{CARD:mix}，这张卡只用来收利息{e}
S|p|lobby|R6|{n}，您填的卡号{CARD:fw}，我已经帮您录到预约系统了{e}
C|p|hkpb|R6|{m}，我阿妈嘅身份证{ID:fw}，佢想开个账户{e}
C|p|plain|R6|{m}，我弟弟手机换了，新号{MOB:dx}，旧的停了{e}
S|p|intern|R6|{n}，开户资料我帮您填到一半了，手机{MOB:plain}，身份证{ID:sp}，您看对不对{e}
C|p|sh|R6|{m}，卡号侬记牢：{CARD:cn}，搿张是阿拉爷叔额卡{e}
S|g|mod|R6|本期抽奖中奖的群友请注意，登记手机{MOB:dash}，请本人尽快联系群主领奖{e}
C|p|plain|R6|{m}，我在投诉信附件里写了身份证{ID:plain}，你们查一下受理进度{e}
S|p|court|R6|{n}，执行款的收款账户是{CARD:dot}，判决书上写的就是这个{e}
C|p|sc|R6|{m}，我屋头那张农行卡{CARD:comma}，钱转这里头{e}
C|p|db|R6|{m}，我大舅的电话{MOB:mix}，他想问问存款利率{e}
S|p|trust|R6|{n}，您的联系电话{MOB:fw}已登记为信托受益人的紧急联系人{e}
C|p|plain|R6|{m}，身份证号：{ID:comma}，帮我查下名下有没有别的账户{e}
C|p|py|R6|{m}，yhk号{CARD:sp1}，打这个{e}
S|p|qa|R6|{n}，根据录音整理，您报的卡号是{CARD:dash}，我们会核实这张卡的扣款记录{e}
C|p|hkpb|R6|{m}，我嘅手机号{MOB:plain}，下昼打畀我啦{e}
S|p|lobby|R6|{n}，老人家的身份证号{ID:cn}我抄在预约单上了，您看下{e}
C|p|sh|R6|{m}，我手机{MOB:dash}，夜里向打也可以额{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|lobby|R6|{n}，您的排队号是{QUEUE}，前面还有{DAY}位{e}
S|p|trust|R6|{n}，本期信托计划编号{TRUST}，推介材料编号{DOCNO}{e}
S|p|qa|R6|{n}，您的投诉工单号{TICKET}，录音编号{REC}，处理结果会短信通知{e}
S|p|court|R6|{n}，案号{CASE}，判决生效日期{DATE}{e}
S|g|app|R6|【更新日志】v{VER}：修复转账页面卡顿；优化每月{DAY}号的还款提醒{e}
C|p|plain|R6|{m}，我是{n}的女儿，我妈的手机是{MASKMOB}，我只记得这些{e}
C|p|sh|R6|{m}，阿拉屋里厢电话{LAND}，侬白天打{e}
C|p|hkpb|R6|{m}，我香港电话{HKPH}，下昼揾我{e}
C|p|plain|R6|{m}，我在新加坡的号码{SGPH}，时差不大，晚上也行{e}
S|p|plain|R6|{n}，刚才系统给您发的{OTP}是登录验证码，谁打电话来问都别念出来{e}
S|p|intern|R6|{n}，您身份证号最后几位{LAST4}已核对，其余信息等师父回来再确认{e}
C|p|plain|R6|{m}，开户页面老说我证件号{BADID:plain}不合法，我是照着身份证抄的啊{e}
S|p|qa|R6|{n}，您登记的证件号{BADDATE:dash}里出生日期不存在，麻烦拍一下证件正面{e}
S|p|court|R6|{n}，判决书上那个号码{BADPROV:sp}前两位不是有效的地区代码，应该是笔误{e}
C|p|db|R6|{m}，身份证号{ID17:plain}，咋整都提交不上，是不是少了个数？{e}
S|p|lobby|R6|{n}，您报的卡号{LUHNBAD:dash}系统校验没通过，麻烦把卡拿出来我看下{e}
C|p|sc|R6|{m}，我电话{MOB10:plain}，咋个你们说打不通嘛{e}
S|p|plain|R6|{n}，您填的手机号{BADPFX:sp}没有这个号段，应该是手误，麻烦重填{e}
S|p|trust|R6|{n}，认购金额{AMT}元已到账，合同编号{CONTRACT}{e}
S|p|mod|R6|{n}，沙龙时间{DATE}下午，地点见邀请函，咨询座机{LAND}{e}
C|p|plain|R6|{m}，快递单号{EXPRESS}，投诉材料原件我寄出去了{e}
S|p|qa|R6|{n}，坐席工号{WORKNO}，您反映的问题我们已经记录{e}
S|p|intern|R6|{n}，您关注的基金代码{FUND}，今天净值{NAV}{e}
S|p|hkpb|R6|{n}，保单号{HKPOL}，美元户口尾号{LAST4}{e}
C|p|sh|R6|{m}，阿拉手机只记得前头{MOBPRE}，后头忘记脱了{e}
S|p|plain|R6|{n}，您的卡{MASKCARD}绑定成功，以后利息会自动转入{e}
S|p|court|R6|{n}，执行通知书编号{EXEC}，执行标的{AMT}元{e}
S|g|podcast|R6|本期节目第{EP}期，录制于{DATE}，听众热线{LAND}{e}
S|g|slides|R6|【第{PAGE}页】身份证号校验示例：{BADID:sp}（末位校验码错误，系统应当拦截）{e}
C|p|db|R6|{m}，我闺女让我把材料发她QQ{QQ}，她帮我看{e}
S|p|lobby|R6|{n}，今天的大额存单起存{AMT}元，利率{RATE}，期限三年{e}
C|p|plain|R6|{m}，发票代码{INVCODE}，发票号码{INVNO}，报销要用{e}
S|p|trust|R6|{n}，您身份证{MASKID}已经完成合格投资者认定{e}
C|p|hkpb|R6|{m}，我个身份证号系{ID17:sp}，最尾嗰个字母唔记得了{e}
S|p|qa|R6|{n}，您报的卡号{LUHNBAD:sp}我们核对不上，可能有一位记错了，请对照卡面{e}
S|p|sc|R6|{n}，车位号{PARK}，你来网点停那儿就行{e}
S|p|intern|R6|{n}，今天上证指数收在{INDEX}点，您关心的那只股票代码{STOCK}{e}
C|p|sc|R6|{m}，我身份证{BADID:mix}，网上填起说不对，咋回事嘛{e}
S|p|plain|R6|{n}，您的定投扣款日是每月{DAY}日，下次扣{AMT}元{e}
S|p|db|R6|{n}，营业厅座机{LAND}，工作日八点半就有人{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "mod": ["qian.shuhui", "lu.weiqiang"],
    "lobby": ["fang.xiaoli", "yu.jianping", "dong.meiling"],
    "trust": ["xue.tianyi", "cheng.yuhang"],
    "qa": ["tao.wenjing", "shen.kaixin"],
    "app": ["luo.chenxi", "jiang.haoran"],
    "intern": ["xu.zimo", "bai.ruoxi"],
    "court": ["kong.lingyu", "yuan.zhiyuan"],
    "sc": ["lei.dongmei", "pu.xiaobo", "gou.jianguo"],
    "db": ["guan.tiezhu", "yu.fengxia", "tong.dahai"],
    "sh": ["gu.jiayi", "shen.weimin", "qiao.lili"],
    "py": ["xiaoxi", "mo.yiyi"],
    "hkpb": ["mak.kawai", "chan.wingyan"],
    "faq": ["cao.xinyue", "zhu.yan"],
    "podcast": ["ye.shengge", "an.ruoxuan"],
    "slides": ["jia.mingde", "wei.xiaoqing"],
    "plain": ["li.haoyu", "wang.siqi", "chen.yiming", "zhao.kun"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["021", "028", "024", "010", "020", "025", "027", "0451", "0431", "0571", "0816",
             "0411"]
FUNDS = ["000311", "110022", "161725", "005827", "260108", "001938", "519674", "163402"]
RATES = ["1.65%", "1.90%", "2.05%", "2.15%", "2.35%"]
COURTS = ["沪0115民初", "川0104民初", "辽0102民初", "沪01民终", "川01民终", "黑0103民初"]
EXEC_COURTS = ["沪0115执", "川01执", "辽02执", "吉0102执"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "QUEUE":
        return rng.choice("ABCV") + "%03d" % rng.randint(1, 199)
    if name == "TRUST":
        return rng.choice(["SCT", "ZJT", "HXT"]) + "2026" + rdigits(rng, 4)
    if name == "DOCNO":
        return "TJ-" + rdigits(rng, 6)
    if name == "TICKET":
        return "TS2026" + rdigits(rng, 8)
    if name == "REC":
        return "REC" + rdigits(rng, 12)
    if name == "CASE":
        return "（%d）%s%d号" % (rng.choice([2024, 2025]), rng.choice(COURTS),
                                rng.randint(100, 29999))
    if name == "EXEC":
        return "（%d）%s%d号" % (rng.choice([2025, 2026]), rng.choice(EXEC_COURTS),
                                rng.randint(10, 9999))
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)
    if name == "VER":
        return "%d.%d.%d" % (rng.randint(5, 9), rng.randint(0, 20), rng.randint(0, 9))
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "(" + area + ")" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "AMT":
        v = rng.randint(5, 3000) * 1000
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "CONTRACT":
        return rng.choice(["XT", "HT", "RG"]) + "-2026-" + rdigits(rng, 6)
    if name == "EXPRESS":
        return rng.choice(["SF", "ZTO", "YD"]) + rdigits(rng, 12)
    if name == "WORKNO":
        return rng.choice(["KF", "CS"]) + rdigits(rng, 5)
    if name == "FUND":
        return rng.choice(FUNDS)
    if name == "NAV":
        return "%d.%04d" % (rng.randint(0, 3), rng.randint(0, 9999))
    if name == "HKPOL":
        return "HKPB" + rdigits(rng, 9)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "EP":
        return str(rng.randint(12, 230))
    if name == "PAGE":
        return str(rng.randint(3, 40))
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(7, 9))
    if name == "RATE":
        return rng.choice(RATES)
    if name == "INVCODE":
        return "0" + rdigits(rng, 11)
    if name == "INVNO":
        return rdigits(rng, 8)
    if name == "PARK":
        return rng.choice("ABC") + str(rng.randint(1, 3)) + "-" + "%03d" % rng.randint(1, 300)
    if name == "INDEX":
        return "%d.%02d" % (rng.randint(2900, 3600), rng.randint(0, 99))
    if name == "STOCK":
        return rng.choice(["600", "601", "000", "002", "300"]) + rdigits(rng, 3)
    if name == "MOBPRE":
        return gen_mobile(rng, NUMBERS)[:7]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
