#!/usr/bin/env python3
"""Blind held-out evaluation set 52 ("heldout52") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author read only ``scripts/evasion_blind_common.py`` (the shared machinery),
``scripts/evasion_heldout22.py`` (for the structure of a blind set's script) and
``scripts/eval_categories.sh`` (how the sets are run).  The author never opened the scanner,
its rule files, its tests, its archive, its docs, its commit history or any other evaluation
set (nor the training-corpus generator), ran neither cargo nor any scrm binary, and searched
nothing (no web or code search).  Every template below was written fresh from general
knowledge of how Chinese-speaking financial sales staff (bank, broker, fund, insurance,
trust, futures, precious metals, consumer loans, wealth management) and their customers talk
on WeCom (企业微信).  The set exists to measure how well the scanner generalises: do not tune
the scanner to it, do not add it to any training data, and run it once.

Voices
------
Minnan (Fujian) Mandarin (厚, 免惊, 歹势, 拍谢, 水, 安捏); Hakka speakers (𠊎, 佢, 毋, 么个, 系);
Chongqing and Sichuan speech (要得, 莫得, 啥子, 巴适, 老汉儿); Shandong speech (俺, 恁, 杠赛,
寻思); Henan speech (中不中, 弄啥嘞, 得劲); Northeastern speech (咋整, 嘎哈, 贼, 老铁, 磨叽);
Hong Kong Cantonese written colloquially (嘅, 唔, 咗, 喺, 俾, 揾; converted to traditional
characters first for the traditional share); Singapore and Malaysia Chinese with English and
Malay words mixed in (lah, confirm plus chop, paiseh, boleh, tak boleh, kawan, betul, tipu);
young customers and staff using internet slang and memes (尊嘟假嘟, 芭比Q, 主打一个, i人,
家人们谁懂啊); finance influencers' private-domain groups (粉丝, VIP群, 训练营); car dealers'
finance desks (金融返点, 贴息, 月供, 车架号); insurance team leaders coaching new agents (早会,
开门红, 新人, 话术); debt-collection and complaint callbacks (逾期, 协商还款, 回访, 工单);
retirees' investment clubs (老伙计们, 老姐妹们, 老年大学); plain Mandarin staff and customers.
Settings: mutual funds and ETFs, convertible bonds, IPO subscriptions, options,
large-denomination certificates of deposit, personal pension accounts (个人养老金), education
and whole-life insurance (教育金, 增额终身寿), mortgage-linked and car loans, gold ETFs,
overseas funds via QDII, trusts.

Hard cases
----------
Spread over every keyword category (rhetorical, prohibition, warning_report, refusal,
quotation): violations asserted through rhetorical questions and urgings (hits) versus
genuine questions that assert nothing (near misses, often from customers); denials;
prohibitions followed by a breach (hits) versus honest prohibitions (near misses); warnings
about others followed by the speaker's own offer (hits) versus pure warnings (near misses);
reports to compliance; refusals that hold (near misses) and refusals that give in (hits);
quotations of others rejected (near misses) or endorsed (hits); quoting one's own earlier
promise (hits); a keyword inside a book, course, app or document title (near misses);
training material that shows wrong examples (near misses) versus a team leader coaching
the violation itself (hits); corrections of an earlier message in both directions (an honest
correction is a near miss, a correction into a violation is a hit).  Labels follow the
common module exactly: a message's label set is the R1-R5 rules whose keywords it contains,
R1-R5 hits come from staff only, customer messages are near misses only.  Keywords are split
by one of the separators ``· -_*.~`` in a minority (more than 0 and under 15 %) of each
keyword category's hits; 25 % of every category is in traditional characters through the
one-to-one table (Hong Kong messages first).
Numbers: valid mobiles, resident IDs and bank cards in plain, grouped, spaced, dotted,
comma-split, Chinese-numeral, 大写, full-width and mixed forms, versus look-alikes (bad ID
check characters, impossible birth dates, bad province codes, 17-digit IDs, Luhn failures,
masked numbers, ten-digit and bad-prefix mobiles, first seven digits of a mobile) and other
codes: policy, order, contract, complaint-ticket and express numbers, car VINs and plates,
landlines, Hong Kong, Singapore and Malaysia phones, NRIC and MyKad numbers, amounts, dates,
QQ numbers, postcodes, one-time codes, fund, gold-ETF, QDII, convertible-bond and option codes.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout52.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h52_``, times and seqs at T0 and SEQ0.
After the common run succeeds the script prints one line per category (messages, hits, near
misses, self-check).  Run it once and never tune the scanner to it.
"""

import json
import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    CATEGORIES, BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run,
    shared_near_slot)

SEED = 52_2026_1222
SET_NAME = "heldout52"
MSGID_PREFIX = "h52"
T0 = 1782400000000
SEQ0 = 2400000
SPLIT_PER_CATEGORY = 12         # of 150 hits, 8 %
TRAD_PREF_REGIONS = ("hk",)     # Hong Kong Cantonese messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157",
              "158", "159", "170", "176", "177", "180", "181", "183", "186", "187", "188",
              "189", "195", "199"]
AREAS = ["350102", "350203", "350503", "350582", "350602", "350802", "441402", "441481",
         "360702", "500103", "500105", "500112", "510104", "510107", "370102", "370202",
         "370602", "410105", "410302", "411302", "210102", "220102", "230103", "110105",
         "310115", "440106", "440305"]
CARD_BINS16 = ["622909", "622908", "622202", "622848", "621700", "622588", "621226",
               "622700", "625809"]
CARD_BINS19 = ["6222021", "6228481", "6217001", "6212261", "6214830", "6230580"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["陈姐", "林叔", "黄阿姨", "郑哥", "蔡老板", "吴总", "钟姐", "邱伯", "刘大爷", "王哥",
          "张姐", "李阿姨", "赵叔", "孙老师", "周总", "何姐", "许哥", "谢阿姨", "罗大哥", "梁太"],
    "m": ["小陈", "林经理", "小黄", "郑主管", "蔡经理", "小吴", "钟老师", "邱经理", "小刘",
          "王专员", "张顾问", "小许"],
    "e": ["", "", "😊", "👍", "🙏", "😂", "🤝", "🌟", "💰", "👌", "😁", "🫡", "🥳"],
    "d": ["明天", "周四", "下周二", "月底前", "今晚", "后天上午", "这礼拜", "节后", "周五收盘前",
          "下个月初"],
    "a": ["3万", "8万", "10万", "20万", "30万", "50万", "100万", "150万", "200万", "500万"],
    "r": ["2.6%", "3%", "3.3%", "3.8%", "4%", "4.5%", "5.2%", "6%", "7%", "8%"],
    "k": ["小郑", "蔡主管", "阿明", "林姐", "老吴", "钟经理", "小邱", "许专员"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; hk prefers traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|mn|R1|{n}，这款增额终身寿保本又复利，你讲安捏好的东西，还要考虑啥米？{e}
S|p|hakka|R1|{n}，𠊎同你讲，这只大额存单加年金个组合稳赚，你还等么个？{e}
S|p|cq|R1|{n}，这只可转债零风险得嘛，你还在那儿磨啥子？{d}就停止申购了{e}
S|p|sd|R1|{n}，俺跟恁说句实在话，这个个人养老金产品保收益，恁还犹豫个啥？{e}
S|p|ha|R2|{n}，中不中？俺这有内部消息，{d}那只票有人拉升，恁还搁那弄啥嘞？{e}
S|p|ne|R4|{n}，你天天忙活哪有空盯期权啊？账户密码给我，我帮你操作，不比你自己瞎整强？{e}
S|p|hk|R3|{n}，公司户口要等三日先到账，转到我个人户口即刻帮你搞掂，咁都唔好咩？{e}
S|p|sg|R5|{n}，WeCom 成日 lag，加我个人号 WhatsApp 不是更方便 meh？{e}
S|p|my|R1|{n}，这个 QDII 基金 confirm 稳赚的，boleh 买多一点，你还怕什么 lah？{e}
S|g|slang|R1|家人们谁懂啊，这只黄金ETF稳赚不赔，不冲是等着芭比Q吗？{d}截止{e}
S|g|kol|R2|粉丝们，老师的内幕消息哪次不准？{d}这只庄家要动手了，VIP群还不赶紧进？{e}
S|p|car|R3|{n}，金融方案走我这边，返点直接给你抵首付，这么划算你还去别家比啥？{e}
S|g|coach|R1|新人们，客户问有没有风险，你就说这款年金保本保收益，谁还会不签？这就是开门红的秘诀{e}
S|p|collect|R3|{n}，逾期这么久了，私下转账给我三千，我帮你把征信记录处理掉，这不比上征信强？{e}
S|g|club|R1|老伙计们，退休金放银行才几个利息？放我这个养老理财零风险还有{r}，哪个划算还用问吗？{e}
S|p|plain|R4|{n}，你出差一个月，全权委托给我不就完了？期权到期我帮你移仓，还用你操心？{e}
S|p|mn|R3|{n}，公司手续费那么贵，私下交易我帮你省一半，这样不水吗？{e}
S|p|hk|R1|{n}，呢份储蓄保单保本又有分红，点解仲要谂？听日就截单喇{e}
S|p|ne|R2|{n}，庄家都进场了你还不跟？等人家拉完了你再进，那不就是接盘侠吗？{e}
S|p|cq|R5|{n}，企业微信一天到晚被查，私人微信上说话才安逸嘛，你加一个噻，有啥子好怕的？{e}
S|p|sd|R3|{n}，公司那流程走三天，恁把钱转到我个人卡上，俺当天就给恁办妥，这不杠赛？{e}
S|p|ha|R1|{n}，这期大额存单配的那个理财包赚，恁不买留着钱下崽儿啊？{e}
S|p|car|R1|{n}，零首付加贴息，这车贷方案就是零风险，你不签还想等啥？{e}
S|p|kol|R1|{n}，跟了老师三个月，哪次不是稳赚？续费年卡你还犹豫啥？{e}
S|p|slang|R4|{n}，你一个i人天天盯盘不累吗？账户密码丢给我，我帮你操作，主打一个躺平{e}
S|p|sg|R3|{n}，你介绍朋友来开户我返佣给你，这么好的 deal 你不要 meh？{e}
S|p|my|R5|{n}，公司 app 很 slow，加我私人号 lah，有事直接 call 我，不是更 senang？{e}
S|g|club|R2|老姐妹们，我侄子在券商里头，内部消息一手的，{d}有人拉升，你们还跳什么广场舞？{e}
S|g|coach|R3|伙伴们，客户嫌贵怎么办？首年佣金拿出一半返佣给他，单子不就签下来了？这还用教？{e}
S|p|collect|R1|{n}，投诉撤了吧，当初那只基金我说保本就是保本，你再等等不就回来了？何必闹呢{e}
S|p|plain|R1|{n}，个人养老金账户里这款养老目标基金稳赚，还能抵税，你说不开户是不是亏了？{e}
S|p|plain|R2|{n}，新股中签率这么低，你不想要点内部消息？我有门路，{d}告诉你打哪只，你就说要不要吧{e}
S|p|hakka|R4|{n}，你阿爸年纪大了眼珠唔好，代客理财这种事𠊎做得多，交分𠊎有么个毋放心？{e}
S|p|mn|R5|{n}，公司这个号消息那么多，你有事找我加我个人号卡紧，这不是金好？{e}
S|p|plain|R1|刚才那句“不保证收益”是我打快了，{n}，这款我啥时候让你亏过？保证收益{r}，你就放心吧{e}
S|p|plain|R3|{n}，公司明文不让飞单，可是谁会知道呢？这单走外面的渠道，利息高一截，你说做不做？{e}
S|p|car|R4|{n}，贷款APP那么多步骤你弄得明白吗？账户密码发我，我帮你操作完，{d}就能提车，还犹豫啥？{e}
S|g|kol|R5|粉丝们，群里说话不方便，真想跟着老师赚钱的，还不加我私人微信？{e}
S|p|ne|R1|{n}，黄金都涨成这样了，黄金ETF还能不稳赚？你犹豫啥呢，整就完了{e}
S|p|sd|R4|{n}，恁在外地打工顾不上，代客理财这事俺替恁张罗，咋着，还信不过俺？{e}
S|p|hk|R2|{n}，你估我点解咁有信心？我有内幕消息㗎，{d}庄家会搞佢，仲唔快啲入？{e}
S|p|plain|R1|{n}，外面那些说保本的你都信，我这款真保本的你倒不信了？{e}
S|p|ha|R4|{n}，恁都求俺三回了，俺还能不帮你操作吗？账户密码发过来吧{e}
S|p|cq|R3|{n}，你表姐说“找他准有返点”，她哪回说错过嘛？返点我照样给你{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|mn|R1|{m}，这款增额终身寿有保本吗？我阿嬷讲她只要安稳的{e}
S|p|mn|R1|{n}，你问是不是稳赚？歹势，这款没有稳赚这回事，净值会起落，我要跟你讲清楚{e}
C|p|hakka|R3|{m}，𠊎想问下，你兜公司有冇返点？佢邻舍话有{e}
S|p|hakka|R1|{n}，零风险？冇恁好个事，存款都只系有存款保险，理财更加毋系零风险{e}
S|p|cq|R2|{n}，你问我有莫得内幕消息？莫得，真有的话我还在这儿上班嗦？{e}
C|p|cq|R4|{m}，我老汉儿问能不能把账户密码给你，让你帮忙看到起？{e}
S|p|sd|R3|{n}，恁问能不能私下转账？那可不行，所有钱都得走公司对公账户，回单俺发给恁{e}
S|p|ha|R1|{n}，保本？恁想想，要是真保本，利息能给到{r}？这得问清楚再买{e}
C|p|ne|R2|{m}，我姐夫说有庄家要坐庄这只票，真的假的？你们那有啥说法不{e}
S|p|ne|R5|{n}，加私人微信？嘎哈呀，咱就在这企业微信唠，有记录对你对我都好{e}
S|p|hk|R4|{n}，你问我可唔可以全权委托？唔得㗎，落单一定要你本人确认{e}
C|p|hk|R1|{m}，呢只QDII基金係咪保本㗎？我阿妈净係想要稳阵啲{e}
C|p|sg|R1|{m}，这个 endowment plan 是保本的吗？我 ah ma 说她只要 safe 的{e}
S|p|sg|R3|{n}，你问有没有 cashback 或返佣？No lah，我们不可以给返佣，所有 fee 都写在 factsheet{e}
S|p|my|R5|{n}，私人号？Tak boleh lah，公司规定只能用 WeCom 跟客户聊，记录都在{e}
C|p|my|R3|{m}，我 kawan 说他在别家买有返点，你们有吗？{e}
C|g|slang|R1|尊嘟假嘟？有人说这个黄金ETF稳赚，我一个小白想问问真的假的{e}
S|g|slang|R1|家人们问稳赚吗，我主打一个真诚：不稳赚！金价也会跌，别上头{e}
S|g|kol|R2|有粉丝私信问老师有没有内幕消息，统一回复：没有，我只讲公开数据和方法论{e}
S|g|kol|R1|【直播回放标题】《零风险？普通人定投基金的三个误区》，需要的自取{e}
C|p|car|R3|{m}，车贷那个金融返点是给谁的？我听说4S店都有{e}
S|p|car|R3|{n}，您问返点？厂家给经销商的返点跟您的贷款利率没关系，合同上的利率就是您实际的{e}
S|g|coach|R1|新人问：客户问“保本吗”该怎么答？答：如实说明，这款分红险的分红不保证，只有合同写明的部分才有保障{e}
S|p|collect|R3|{n}，您问能不能私下转账给我来还款？不能，还款只能通过官方APP或者对公账户，谨防诈骗{e}
C|p|collect|R3|{m}，之前有个自称催收的说“转到我个人卡上可以减免”，这是你们的规定吗？{e}
S|g|club|R1|老伙计们问养老理财是不是零风险，我得说实话：不是，只是风险等级低，别把养老钱全放一个篮子里{e}
C|g|club|R2|{m}，我们老年大学有人说有内幕消息，跟着买就行，这靠谱吗？{e}
S|p|plain|R4|{n}，你问我能不能代客理财？这是明令禁止的，我能做的是给你讲清楚每只基金，下单你自己来{e}
S|p|plain|R1|{n}，个人养老金账户里的产品保本吗？储蓄类保本，基金类不保本，您可以按自己的情况搭配{e}
S|p|plain|R1|{n}，期权买方最多亏权利金，这不等于零风险，权利金全亏也是常有的事{e}
S|p|sd|R2|{n}，恁说的那个庄家是谁？俺在这行十来年，真没见过谁能说拉就拉{e}
S|p|mn|R4|{n}，账户密码哪有给人的道理？你自己收好，连我也免给{e}
C|p|sd|R5|{m}，恁有私人微信不？俺闺女说企业微信她用不惯{e}
S|p|ha|R3|{n}，飞单？那是要蹲局子的事，俺可不敢碰，恁买的每一单都在系统里能查着{e}
S|p|hk|R2|{n}，内部消息？如果我真係有，使乜仲喺度返工呀？放心，我只会同你讲公开资料{e}
S|p|plain|R1|更正：我上条说“这款教育金保本”不准确，前几年退保拿回的现金价值会低于已交保费，{n}{e}
S|p|my|R1|{n}，你问 gold ETF 是不是保本？Tak，金价跌的时候一样会亏，这个我要 betul 讲清楚{e}
S|p|cq|R1|{n}，你看的那本《稳赚不赔的基金定投术》是别人写的书，书名好听，里头讲的也是有风险的哈{e}
C|p|car|R1|{m}，你们这个车贷方案是零风险的吗？我怕以后月供还不上{e}
S|p|ne|R3|{n}，返佣这事儿你问我算问对人了：我们没有，谁说有谁就是忽悠你{e}
S|g|coach|R5|伙伴们，客户问“能不能加你私人微信”怎么回？标准答案：不能，统一用企业微信服务，可追溯才安全{e}
S|p|plain|R1|{n}，承诺保本这种话我能不报合规吗？那个同事的录音已经交上去了，您的权益我们会跟进{e}
S|p|plain|R3|{n}，有人跟你说私下交易手续费全免？那是骗子，我们所有交易都在系统里{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|mn|R1|{n}，公司规定不准讲保本，不过我跟你讲厚，这款增额寿就是保本的，免惊{e}
S|p|hakka|R3|{n}，公司话毋准私下交易，不过你系老客，𠊎同你私下交易，手续费减一半{e}
S|p|cq|R4|{n}，规矩是不准帮你操作，但你老汉儿眼睛不好，账户密码给我，我帮你操作，莫得人晓得{e}
S|p|sd|R1|{n}，上头三令五申不让说稳赚，可俺跟恁不外，这只转债就是稳赚，俺拿人头担保{e}
S|p|ha|R3|{n}，公司不让收返点，这俺知道，可恁这单{a}，返点一个点俺私下给恁，中不中？{e}
S|p|ne|R2|{n}，规定不让传内部消息，但咱俩谁跟谁啊，{d}那只票有人拉升，你整不整？{e}
S|p|hk|R5|{n}，合规话唔俾加私人号，但係你係VIP，私人号我send俾你，唔好话俾人知{e}
S|p|sg|R4|{n}，company rule 说不可以全权委托，but 我们是老 friend 了，你签个 form 全权委托给我 lah{e}
S|p|my|R3|{n}，规定不能私下转账，tapi 你急嘛，私下转账给我，我帮你 settle，jangan bagitahu orang{e}
S|g|slang|R1|平台不让说零风险，懂的都懂，这只货币基金就是零风险，家人们冲就完事了{e}
S|g|kol|R2|群规第一条：禁止讨论内幕消息。但老粉都知道，VIP群里每晚的内幕消息照发不误{e}
S|p|car|R3|{n}，厂家规定金融返点不能给到客户，但你在我这儿办贷款，返点我私下给你一半{e}
S|g|coach|R1|公司培训说不能讲保证收益，那是给监管看的。新人们见客户照样说保证收益{r}，签单最要紧{e}
S|p|collect|R3|{n}，公司规定还款不能打到个人账户，但这笔减免是我私下帮你争取的，转到我个人卡上就行{e}
S|g|club|R4|老年大学的规定是不能代客理财，可老哥哥们手机玩不转，代客理财我来，大家把卡交给我{e}
S|p|plain|R1|{n}，监管不让说个人养老金产品保本，我就不写在宣传单上，私下跟你讲：绝对保本{e}
S|p|plain|R3|{n}，公司禁止飞单，可这款信托收益高，走个飞单不碍事，我之前帮好几个客户做过{e}
S|p|plain|R5|{n}，制度上不许加私人号，但你这么大的客户，私人号我单独发你，晚上随时找我{e}
S|p|mn|R4|{n}，规定是不可以帮你操作啦，但你阿公那么老了，我帮你操作就好，免客气{e}
S|p|hakka|R1|{n}，合规讲毋准讲稳赚，但系𠊎实话同你讲，这只黄金ETF稳赚，毋使惊{e}
S|p|cq|R2|{n}，合规天天说不准打听庄家的事，那是他们不懂，我表哥就是庄家那边的，{d}有动作{e}
S|p|ne|R1|{n}，上边儿不让说包赚，我不说，我就说这只可转债贼稳，到期包赚，你懂吧{e}
S|p|hk|R3|{n}，公司规定唔可以返佣，但係你帮我介绍咗咁多客，返佣照俾，唔好声张{e}
S|p|sg|R1|{n}，规定不给讲保证收益，but between you and me，这个 plan 保证收益{r}，confirm plus chop{e}
S|p|my|R1|{n}，公司说不能讲稳赚不赔，tapi 这个大额存单配的基金真的稳赚不赔，percaya saya{e}
S|p|car|R4|{n}，金融公司规定要客户本人操作，你太忙了，账户密码发我，我帮你操作完贷款申请{e}
S|g|kol|R5|群公告不让私加好友，但想进核心圈子的，私人微信在我主页简介里，自己去找{e}
S|p|collect|R4|{n}，按规定我们不能替你操作，但你逾期这么久了，账户密码给我，我帮你操作分期，省得你再跑{e}
S|g|coach|R3|制度写着不准私下交易，可老业务员谁没干过？新人们，客户要便宜就私下交易，别死脑筋{e}
S|p|plain|R2|{n}，按规定不能透露内部消息，所以这话出了这个门我不认：那只新股中签后有庄家托底{e}
S|p|sd|R5|{n}，公司不让加私人微信，恁别跟旁人说，俺私人微信发给恁了，有事夜里也能找俺{e}
S|p|ha|R4|{n}，规定上说不让全权委托，咱不签合同，恁口头全权委托给俺就中，俺替恁把期权都打理了{e}
S|g|club|R1|老姐妹们，银行规定不让讲零风险，可我跟你们交心：这个养老理财零风险，我自己退休金都放里头了{e}
S|p|plain|R1|刚才我说“公司禁止承诺保本”，后半句没发出来：{n}，这款教育金我个人担保保本，放心{e}
S|p|plain|R3|我之前跟您说过“返点按规定不能给”，{n}，这话作废，你这单返点两个点，下周给你{e}
S|p|slang|R3|{n}，合规不让私下交易属实是离谱，但咱主打一个灵活，这单私下交易，给你打八折{e}
S|p|mn|R2|{n}，公司有讲不可以讲内幕消息，但是你我的交情，我有一个内幕消息，你甲意听不？{e}
S|p|hk|R4|{n}，合规部话唔准代客理财，但你咁忙，张单我同你代客理财，你净係收钱得喇{e}
S|p|car|R1|{n}，厂家说不准讲保值回购是稳赚，那我换个说法：开三年卖回给我们，稳赚不亏{e}
S|p|sg|R5|{n}，公司 policy 是不可以加私人号，但我们是 kaki 了，私人号我 PM 你{e}
S|p|plain|R3|{n}，公司是不让返点，可谁规定朋友之间不能请吃饭？返点就当饭钱，你拿着嘛{e}
S|p|plain|R1|{n}，主管说“规定是规定，保本照说”，我觉得在理，这款年金保本{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|mn|R1|公司再次提醒各位同事：对客户不准讲保本、不准讲稳赚，拢总要照说明书讲{e}
S|p|hakka|R3|{n}，公司规定毋准返点，𠊎毋可以收你个钱，你兜买就按公司流程走{e}
S|p|cq|R4|{n}，规定写得清清楚楚，账户密码不准给任何人，包括我，你收好哈{e}
S|g|sd|R5|同事们注意，分行通知：严禁加客户私人微信，一律用企业微信对接，查到严肃处理{e}
S|p|ha|R2|{n}，俺们有规矩，不准传内部消息，也不准打听，恁要看行情就看公开研报{e}
S|p|ne|R4|{n}，这可不行，规定不准代客理财，你自己拿主意，我给你唠明白利弊{e}
S|p|hk|R3|{n}，公司规定唔准私下交易，所有保费一定要入公司户口，收据我会send俾你{e}
S|p|sg|R1|{n}，MAS 规定我们不能乱讲保本，这个 ILP 是不保本的，paiseh 要讲清楚{e}
S|p|my|R3|{n}，规定不可以收返佣，terima kasih 你的好意，介绍朋友我们有正规的推荐礼{e}
S|g|slang|R1|家人们，平台规则禁止说稳赚不赔，所以我的视频里从来没有这四个字，截图说有的都是P的{e}
S|g|kol|R2|群规：禁止发布任何所谓内幕消息、庄家动向，违者踢群，理性投资从我做起{e}
S|p|car|R3|{n}，我们店规定金融专员不得私下收客户钱，首付必须刷POS到公司账户，私下转账一律不认{e}
S|g|coach|R1|新人第一课：严禁对客户说“保证收益”，分红险的演示利率不是承诺，讲错一次就扣分{e}
S|p|collect|R3|{n}，按照规定，催收人员不得要求您转到我个人账户或任何私人账户，只认官方还款渠道{e}
S|g|club|R4|老伙计们，俱乐部定了规矩：谁也不准替别人代客理财，自己的钱自己管，讲座只讲知识{e}
S|p|plain|R1|{n}，资管新规之后理财产品不允许承诺保本，大额存单是存款，受存款保险保护，这是两回事{e}
S|p|plain|R3|{n}，信托公司明令禁止员工飞单，您认购的每一笔都会有公司盖章的合同{e}
S|p|plain|R4|{n}，期权账户按规定必须本人操作，我不能帮你操作，但可以视频教你下单{e}
S|p|mn|R5|{n}，歹势，公司不准加私人号，有事就在这里找我，我看到就回{e}
S|p|hakka|R2|{n}，行里规定毋准讲庄家、内幕该兜嘢，𠊎只可以同你讲基金个公开资料{e}
S|p|sd|R1|{n}，俺们行里规定，谁也不能说零风险，存款有存款保险，理财就是有风险，恁得掂量着{e}
S|p|ha|R4|{n}，不中不中，全权委托是违规的，俺可不能接，恁的账户得恁自己管{e}
S|p|ne|R3|{n}，咱公司有个铁规矩：不准返佣，谁收谁滚蛋，所以你那心意我领了{e}
S|p|hk|R1|{n}，证监会规定唔可以话基金稳赚，我讲嘅都係历史表现，唔代表将来{e}
S|p|sg|R4|{n}，policy 不 allow 我们拿客户的账户密码，you must keep 好，包括我也不能 know{e}
S|p|my|R2|{n}，公司 rule 很严，内部消息 tak boleh 讲，也 tak boleh 听，我们只看 public info{e}
S|p|car|R1|{n}，我们品牌规定不能宣传“零风险金融方案”，车贷逾期会上征信，这点你得知道{e}
S|g|coach|R4|培训提醒：不准替客户在投保APP上操作，更不准要客户的账户密码，人脸识别必须本人做{e}
S|g|kol|R5|本群禁止任何人私信拉人加私人微信，老师本人也不会加，遇到请举报{e}
S|p|collect|R1|{n}，回访专员是不能向您推荐稳赚的理财的，我们这通电话只核实投诉情况{e}
S|g|club|R2|讲座须知：嘉宾不得透露内部消息，不得推荐个股，老同志们有问题可以会后单独咨询{e}
S|p|plain|R3|{n}，请查收附件《员工禁止私下交易承诺书》，这是我们每年都要签的，您可以看看{e}
S|p|plain|R5|{n}，按监管要求，我们不能把客户引导到私人微信，您有事就在这个企业微信找我{e}
S|p|plain|R1|更正上条：我写的是“严禁承诺保证收益”，不是“承诺保证收益”，少打了两个字，{n}以这句为准{e}
S|g|coach|R3+R5|开门红动员会纪律：一不准飞单，二不准返佣，三不准加客户私人号，伙伴们都记住了{e}
C|p|plain|R1|{m}，你们柜台贴的“严禁承诺保本”是啥意思？是说你们的产品都不保本吗？{e}
C|p|sg|R4|{m}，我看你们的 disclaimer 说不能代客理财，所以我是要自己在 app 下单对吗？{e}
S|p|car|R4|{n}，按公司规定，贷款申请必须您本人在APP上做，我不能帮你操作，我在旁边指导就行{e}
S|p|mn|R3|{n}，公司规定不可以转到我个人账户，你要汇到公司对公户口，这样才有保障啦{e}
S|p|slang|R2|{n}，合规规定我们不能传庄家啊内部消息啊这些，主打一个遵纪守法，别为难我了{e}
S|p|plain|R1|{n}，同事违反了“不准承诺零风险”的规定，您反映的情况我已经报给合规部了{e}
S|p|plain|R1|{n}，你说隔壁行的人讲“规定归规定，保本照样说”，这话不对，我们这里规定就是规定{e}
S|p|plain|R3|{n}，我从来没说过可以私下交易，规定不允许，你可以翻一下我们的聊天记录{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|mn|R1|大家注意，外面那些讲保本的都是骗人的，要真正保本的来找我，我这款增额寿才是{e}
S|p|hakka|R3|{n}，外背该兜话返点个都毋可靠，你在𠊎这里买，返点𠊎照样分你{e}
S|p|cq|R2|{n}，外头那些卖内幕消息的都是骗子，你要真想要，找我，我这儿的内部消息才是真的{e}
S|p|sd|R4|{n}，可别把账户密码给外人，那些人靠不住，恁给俺，俺替恁操作，稳当{e}
S|p|ha|R3|{n}，俺已经把那个飞单的同事报上去了，恁放心，以后恁的单子走俺这，手续费俺私下给恁返点{e}
S|g|ne|R1|老铁们，外面那些说稳赚的都是忽悠，咱这个黄金ETF组合才是真稳赚，私聊我上车{e}
S|p|hk|R5|{n}，出面好多假冒我嘅帐号，你唔好加。要揾我就加我私人微信，我send个QR code俾你{e}
S|p|sg|R1|{n}，外面那些 guaranteed return 的 scheme 都是 scam，我们这个 endowment 才是真的保证收益{r}{e}
S|p|my|R3|{n}，jangan 信那些 agent 说的 cashback，都是骗的。你在我这边买，返佣我私下 bank in 给你{e}
S|g|slang|R2|家人们别信那些博主的内幕消息，都是割韭菜的，我这边的内幕消息才是一手，私聊{e}
S|g|kol|R1|粉丝们当心那些冒充我的账号卖课，假的！真正零风险的策略只在我VIP群里分享{e}
S|p|car|R3|{n}，外面那些贷款中介都坑人，你在我们店做金融方案，返点我直接私下转账给你{e}
S|g|coach|R1|伙伴们，合规说不要学别家乱承诺，这话没错。但咱们这款增额寿不一样，你们见客户就讲保本，大胆讲{e}
S|p|collect|R3|{n}，那些冒充催收让你转账的都是骗子，你要减免，直接转到我个人卡上，我帮你内部处理{e}
S|g|club|R2|老伙计们，公园里那些说有内幕消息的都是骗老年人的，要内幕消息问我，我在券商干了二十年{e}
S|p|plain|R4|{n}，我已经把冒充我们的诈骗号码报给合规了。你以后别自己折腾，账户密码给我，我帮你操作{e}
S|p|plain|R1|{n}，提醒您：网上那些“个人养老金高收益”的广告都是假的。我们行这款才是真的保本，{d}截止{e}
S|p|mn|R5|{n}，最近好多人被骗加了假的私人号，你要加就加我真的私人号，我等一下传给你{e}
S|p|hakka|R1|{n}，该兜话零风险个都系骗人个，𠊎这只可转债正系零风险，你放心买{e}
S|p|cq|R4|{n}，你莫让外头那些人帮你操作，靠不住。要操作就交给我，代客理财我是专业的{e}
S|p|sd|R1|{n}，街上那些说包赚的理财都是骗子，恁听俺的，俺这个QDII基金才是包赚{e}
S|p|ha|R5|{n}，恁可得注意，有人冒充俺加私人微信骗钱。恁加俺真的私人微信，俺发恁{e}
S|p|ne|R3|{n}，我可跟你说，外边那些私下交易的都不靠谱，要私下交易找我，我这儿手续费低还安全{e}
S|p|hk|R2|{n}，出面啲人讲嘅庄家消息唔好信，我呢度嘅先係真嘅内幕消息，今晚同你讲{e}
S|p|sg|R4|{n}，don't 给 scammer 你的账户密码 ah，给我就 ok，我帮你 manage 全部{e}
S|p|my|R1|{n}，外面那些讲稳赚不赔的 investment 都是 tipu，我这个 QDII fund 才是真稳赚不赔{e}
S|p|slang|R3|{n}，那些平台的返佣都是坑，咱不玩那套；你在我这开户，返佣私下发你红包，懂的{e}
S|g|kol|R4|粉丝们，别把账号交给那些代操盘的骗子！想省心的，全权委托给老师团队，我们有专人操作{e}
S|p|car|R1|{n}，别家说的零利率都是套路，我们这款车贷才是零风险，合同签了就稳稳的{e}
S|g|coach|R5|伙伴们，小心客户被别家挖走，你们先把客户加到自己私人微信上，离职也带得走{e}
S|p|collect|R1|{n}，投诉我收到了，也已经如实报给合规。不过你那笔基金我当时说保本，我现在还是这句话，保本{e}
S|g|club|R3|老姐妹们小心那些上门推销的，都不正规。要买理财找我，我私下给大家返点，比他们实在{e}
S|p|plain|R2|{n}，已向合规报备群里有人传庄家消息的事。但有句话我私下跟你说，{d}那只转债真有人拉升{e}
S|p|plain|R1|{n}，培训时讲过哪些话术违规，我都懂。但对你我不绕弯子：这款年金就是稳赚，出了事我担着{e}
S|p|mn|R4|{n}，你阿公讲有人要帮他弄手机，那个免信。要弄就叫他把账户密码给我，我来弄{e}
S|p|hk|R1|{n}，我已经举报咗嗰个讲包赚嘅假经纪。你要稳阵，就买我呢只，真係包赚{e}
S|p|ne|R5|{n}，你可得防着点，骗子都是先让你加私人号。咱俩不一样，我私人号你存着，有事儿直接找我{e}
S|p|sg|R3|{n}，小心那些让你 transfer 去个人 account 的人，我不一样，私下转账给我 ok 的，很安全{e}
S|p|car|R4|{n}，外面那些“代办贷款”的都是骗子，你别找他们。贷款的事全权委托给我，我帮你跑{e}
S|p|ha|R2|{n}，那些电视上的股评都是马后炮，恁别信。俺手里有内部消息，{d}告诉恁{e}
S|p|plain|R2|{n}，骗子的内幕消息你都敢信，我的内部消息你倒不信了？{d}那只转债有人拉升{e}
S|p|plain|R3|更正上条：不是“别信返点”，是“别信别人的返点”，我这儿返点照给，{n}{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|mn|R5|各位阿叔阿姨注意，最近有人冒充我加大家私人微信，我从来不加私人微信，免惊但是要小心{e}
S|p|hakka|R3|{n}，𠊎同你讲，外背有人话转账可以拿返点，都系骗子，你千万毋好信{e}
S|g|cq|R1|各位，最近群里有人发稳赚不赔的期权课，那是杀猪盘，莫信，我已经报给合规了{e}
S|p|sd|R4|{n}，恁跟俺说的那个自称“理财师”要恁账户密码的人，俺已经报给公司风控了，恁先把密码改了{e}
S|p|ha|R2|{n}，恁村那个卖荐股的说他有内幕消息，那是骗钱的，俺已经帮恁举报了{e}
S|g|ne|R3|老铁们注意了，有人冒充咱公司员工让大伙私下转账，都是骗子，见一个举报一个{e}
S|g|hk|R1|提提大家：最近有人扮我哋职员推销“保本高息”产品，全部係假嘅，已经报咗警{e}
S|p|sg|R4|{n}，小心有 scammer 说可以帮你操作 account，叫你 download app，千万不要，我已经 report 给 compliance 了{e}
S|p|my|R5|{n}，hati-hati，有人用我的照片开私人号骗钱，那个不是我，我已经 report 了{e}
S|g|slang|R2|家人们避雷，短视频里说有庄家内部消息的都是割韭菜，别被拿捏了{e}
S|g|kol|R1|郑重声明：近期有人冒充本号开“包赚训练营”收费，本人从未开过，大家注意防骗{e}
S|p|car|R3|{n}，提醒您一下，有些二手车商会说“贷款走我这返点更高”，实际是把利息加到月供里，签之前看清合同{e}
S|g|coach|R3|通报：某营业部新人因飞单被解约，已移送合规处理，伙伴们引以为戒{e}
S|p|collect|R3|{n}，您好，这里是客服回访。您反映的催收员要求私下转账的情况已经登记，合规部会在五个工作日内联系您{e}
S|g|club|R1|老伙计们，这几天又有人在公园发传单讲“养老项目零风险年息百分之十五”，那是非法集资，大家见了就报警{e}
S|p|plain|R4|{n}，我已经把那个冒充我们员工、让您全权委托的号码报给了公司安全部，您别再回复他{e}
S|p|plain|R1|{n}，今天收到您的投诉，说原客户经理承诺保本，我们已转交合规部核查，结果会书面回复您{e}
C|p|plain|R2|{m}，我想举报，有个人在股民群里天天发内部消息，说是你们公司的分析师，你们查一下{e}
C|p|mn|R3|{m}，有一个自称你们公司的人跟我阿嬷讲“转到我个人账户比较快”，这样对吗？我想投诉{e}
S|p|hakka|R1|{n}，𠊎已经将该个同事同你讲保证收益个聊天记录交分合规，佢讲个毋作数{e}
S|p|cq|R4|{n}，你说那个网贷中介要帮你操作APP，我劝你莫给他，他拿了你验证码就不得了{e}
S|p|sd|R5|{n}，俺发现有个号冒充俺，头像名字都一样，管恁要加私人号，那不是俺，恁千万别加{e}
S|p|ha|R1|{n}，恁说那个保健品店老板推的理财稳赚，俺劝恁别碰，这种店里的理财十个有九个是骗局{e}
S|p|ne|R2|{n}，那个拉你进群说有庄家带着炒的，十有八九是杀猪盘，赶紧退群，别往里搭钱{e}
S|p|hk|R3|{n}，你话嗰个经纪同你讲可以私下交易悭手续费，千祈唔好，出咗事冇人负责{e}
S|p|sg|R1|{n}，那个 Telegram group 说 crypto 稳赚，100% scam 来的，don't 转钱{e}
S|g|my|R3|各位 kawan，有人冒充我们公司说可以给返佣，叫大家转钱，这个是 scam，我们已经报警{e}
S|p|slang|R4|{n}，那个说能“全权委托代操盘”的博主是骗子，我帮你把他举报了，别给他账号{e}
S|g|kol|R5|粉丝们注意：有人冒充我的助理加你们私人号推课，真助理只在这个群里，已报平台处理{e}
S|p|car|R4|{n}，那个让您把账户密码给他“帮忙办贷款”的前员工，我们已经报给公司法务了，您的账户建议冻结一下{e}
S|g|coach|R1|组训案例（错误示范）：新人对客户说“这款年金零风险”，被客户录音投诉。请大家找出错在哪{e}
S|p|collect|R4|{n}，我们核实了，之前联系您的“协商专员”说可以代客理财抵扣欠款，那不是我们的人，请您报警{e}
S|g|club|R2|老姐妹们当心，有人在广场舞队里说女婿是庄家，能带大家赚钱，我已经告诉社区民警了{e}
S|p|plain|R3|{n}，您转来的截图我看了，那个说返点更高的平台不是持牌机构，我已转给合规部备案{e}
S|p|plain|R1+R4|{n}，帮您总结骗子三件套：说保本、要账户密码、叫您下载陌生APP，遇到一个就挂电话{e}
S|p|mn|R1|{n}，最近有人在庙口发传单说零风险投资，那个不要信，我已经跟社区讲了{e}
S|p|plain|R2|{n}，您看的那本《庄家操盘揭秘》是十几年前的书，里面的东西现在早就不适用了，别照着去追{e}
C|p|ne|R1|{m}，我要投诉，你们原来那个经理跟我说这基金稳赚，结果我亏了三成，这事咋整？{e}
S|p|plain|R5|更正一下刚才的通知：不是“可以加我私人号”，是“有人冒充我加私人号”，{n}千万别加{e}
S|p|hk|R4|{n}，我已经同合规部报告咗，嗰个前同事话帮你操作户口嘅事，佢已经唔係我哋公司嘅人{e}
C|p|sd|R5|{m}，恁公司会不会让人加私人微信？俺怕是骗子，先问问恁{e}
S|p|plain|R3|{n}，我从来没让任何客户私下转账，那张截图是P的，我已经报给合规部了{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|mn|R4|{n}，本来我不要帮你操作的，但你阿嬷一直拜托，好啦，账户密码给我，我帮你操作{e}
S|p|hakka|R3|{n}，𠊎讲过毋收返点，但系你恁有诚意，返点𠊎就收一半{e}
S|p|cq|R5|{n}，私人微信我一般不加，看你这么诚心，加嘛加嘛，私人微信号我发你{e}
S|p|sd|R1|{n}，俺本来不想说保本，恁磨了俺三天了，行，俺跟恁说：这个保本{e}
S|p|ha|R3|{n}，私下交易俺一开始是不愿意的，恁说得也在理，中，这单咱私下交易{e}
S|p|ne|R2|{n}，不给你说吧你又磨叽，行了行了，内部消息告诉你：{d}那只票有庄家进场{e}
S|p|hk|R4|{n}，我唔想做全权委托㗎，不过你咁坚持，好啦，全权委托俾我，我同你打理{e}
S|p|sg|R3|{n}，本来 cannot 给返佣的，but you 介绍了那么多 friends，ok lah，返佣我给你{e}
S|p|my|R5|{n}，私人号我 tak bagi 客户的，tapi 你是老客，ok lah，私人号 save 好{e}
S|g|slang|R1|本来不想说的，但你们一直催，那我就说了：这只ETF稳赚，信我，冲{e}
S|p|kol|R2|{n}，我一般不在私信里说内部消息，看你是三年老粉，破例一次：{d}那只转债有人拉升{e}
S|p|car|R3|{n}，返点我们原则上不给个人，你都谈到这份上了，行，返点私下给你两千{e}
S|g|coach|R1|新人问我能不能跟客户说保证收益，我本来说不行，想想开门红要冲业绩，算了，就说保证收益{r}{e}
S|p|collect|R3|{n}，你说私下转账我一开始是拒绝的，但你真困难，好，这笔钱转到我个人账户，我帮你处理{e}
S|g|club|R4|老伙计们，我说了不帮你操作账户，可看大家确实弄不明白，好吧，账户密码都给我，我统一弄{e}
S|p|plain|R1|{n}，零风险这种话我从来不说，你非要我说，行，这款对你来说就是零风险{e}
S|p|plain|R3|{n}，飞单我是不做的，这回为了你破个例，这单飞单走外面信托{e}
S|p|plain|R5|{n}，我拒绝过好多客户加私人号，你是第一个我答应的，私人号发你了{e}
S|p|mn|R1|{n}，稳赚这种话我不爱讲，但你是我同乡，我就讲一次：这只可转债稳赚{e}
S|p|hakka|R4|{n}，代客理财𠊎本来毋肯，你阿爸讲了几次，好，代客理财𠊎接了{e}
S|p|cq|R1|{n}，包赚这两个字我平时不敢说，你这个人耿直，我就说：这个QDII包赚{e}
S|p|sd|R5|{n}，加私人微信俺一直是推的，恁这么实在，中，俺私人微信给恁{e}
S|p|ha|R4|{n}，账户密码俺本来不收的，恁一直说看不懂，那就发过来吧，俺替恁弄期权{e}
S|p|ne|R3|{n}，你说私下转账，我一开始说不行，后来想想你也不容易，私下转账到我卡上吧，我帮你垫{e}
S|p|hk|R1|{n}，我平时唔讲稳赚，你咁信我，我就讲一次：呢只黄金ETF稳赚{e}
S|p|sg|R2|{n}，insider 的东西我 usually 不讲，since you ask 了那么多次，内幕消息给你：{d}会有动作{e}
S|p|my|R4|{n}，帮你操作 account 本来 tak boleh，但是你 busy，ok，账户密码 WhatsApp 给我{e}
S|p|car|R5|{n}，私人号一般不给客户，看你买了两台车，私人号给你，以后有事直接找我{e}
S|p|collect|R4|{n}，我们一般不替客户操作，看你是老人家，好吧，账户密码给我，我帮你操作还款分期{e}
S|p|plain|R2|{n}，内部消息本来我是打死不说的，你追着问了一周，好吧，{d}那只新股有庄家护盘{e}
S|p|plain|R1|{n}，刚才我说“不能承诺收益”，想了想还是改口吧：这款年金我保证收益{r}，不到我补{e}
S|p|slang|R4|{n}，不想帮你操作的，但你说你是手残党，那好，全权委托给我，我帮你操作{e}
S|g|kol|R5|好多粉丝问我能不能加私人微信，之前都拒了，今天破例，前二十名私人微信通过{e}
S|p|plain|R3|{n}，返佣不是不能给，是不能明着给，你坚持要的话，私下给你返佣一个点{e}
S|p|mn|R3|{n}，私下交易我本来拍谢不做，你讲这么多遍，好啦，私下交易给你算{e}
S|p|hk|R5|{n}，我本来唔加客人私人微信，你咁好人，加啦，私人微信搜我电话{e}
S|g|coach|R4|伙伴们，我刚说不能代客户填单，收回。客户实在不会的，账户密码拿过来你们直接替他投保{e}
S|p|plain|R1|{n}，我说过不讲保本，但你妈妈的养老钱我得让你安心：这个大额存单挂钩的理财保本{e}
S|p|ne|R4|{n}，代客理财我是不干的，可你大老远打工回不来，行，代客理财这活儿我接了{e}
S|p|sd|R2|{n}，俺本不想跟恁透底，恁是老主顾，俺说了吧：{d}那只票的庄家要拉升{e}
S|p|plain|R3|{n}，我上次拒绝你返点，是当着同事的面，现在私下说：返点给你{e}
S|p|cq|R4|{n}，你都求我三回了，我还能不帮你操作吗？账户密码发过来嘛{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|mn|R4|{n}，歹势，账户密码你自己留着，我不能帮你操作，要不然我们两个都麻烦{e}
S|p|hakka|R3|{n}，返点𠊎毋收，你个心意𠊎知，但系规矩就系规矩{e}
S|p|cq|R5|{n}，私人微信我真的不加，莫怪我哈，有啥子事就在这儿说，我都看得到{e}
S|p|sd|R1|{n}，恁要俺写个保本承诺，俺写不了，这个真不能写，恁理解理解{e}
S|p|ha|R3|{n}，恁要俺私下交易给恁便宜点，这个真不中，该咋走流程还咋走{e}
S|p|ne|R2|{n}，内幕消息我真没有，你再问八遍也没有，咱不整那玩意儿{e}
S|p|hk|R4|{n}，唔好意思，全权委托我哋唔接受，你每一单都要自己确认{e}
S|p|sg|R3|{n}，你说的返佣 I cannot take，really，我们的 commission 是公司给的，不能再拿你的{e}
S|p|my|R4|{n}，maaf，代客理财我不能做，你要自己 decide，我可以 explain 给你听{e}
S|g|slang|R1|家人们再问能不能保证收益我就要emo了：不能！保证不了！理财有风险{e}
S|p|kol|R2|{n}，你付再多会员费我也给不了内幕消息，我的课只讲公开数据分析，不想学可以申请退费{e}
S|p|car|R3|{n}，你说金融返点分你一半，这个不行，我们店返点是公司账上的，我个人不能给{e}
S|g|coach|R5|伙伴们，客户要加私人号，你们一律婉拒，就像我上周拒绝那位大客户一样，他后来也理解了{e}
S|p|collect|R3|{n}，您说私下转账给我就当结清，这个我不能接受，所有还款都要进官方账户才算数{e}
S|g|club|R4|老伙计们，好几个人私下让我帮你操作账户，我统一说一声：不行，这个忙我不能帮{e}
S|p|plain|R1|{n}，你问能不能保证收益{r}，我只能说不能，历史业绩不代表未来{e}
S|p|plain|R3|{n}，我知道你是好意，但飞单的事我不会做，就算你{a}的单子也一样{e}
S|p|plain|R5|{n}，不是我不给你面子，私人号我是真不加，企业微信就是我的工作号，随时都能留言{e}
C|p|plain|R4|{m}，你别要我的账户密码了，我不会给的，教我自己操作就行{e}
C|p|cq|R3|{m}，那个返点我不要哈，你就按正规的来，免得以后扯皮{e}
S|p|mn|R1|{n}，你讲要稳赚的，我这边真的没有，这款基金会涨也会跌，免骗你{e}
S|p|hakka|R5|{n}，私人微信𠊎毋加客人个，你有么个事就在这里寻𠊎{e}
S|p|sd|R4|{n}，恁闺女说让俺代客理财，这个俺真不能干，得恁自己来，俺教恁{e}
S|p|ha|R2|{n}，恁想要庄家的消息，俺没有，也不打听，真没法帮恁{e}
S|p|ne|R1|{n}，你让我拍胸脯说包赚，这我可不敢，谁说包赚谁忽悠你{e}
S|p|hk|R3|{n}，你叫我转到我个人户口帮你悭手续费，唔得，一定要入公司户口{e}
S|p|sg|R5|{n}，sorry ah，加我个人号这个 cannot，我们只可以用 WeCom，有 record 对你也好{e}
S|p|my|R1|{n}，你要保本的 product，我这里 tak ada，大额存单是存款，可以考虑，但不是理财{e}
S|p|car|R4|{n}，您让我全权委托帮您办完整个贷款，这个不行，签字和人脸识别必须您本人{e}
S|p|collect|R1|{n}，您说要我们承诺“零风险”才撤诉，这个承诺我们给不了，我们能做的是把调查结果如实告诉您{e}
S|p|plain|R2|{n}，昨天您问我要内部消息，我没给，今天也一样，抱歉{e}
S|p|plain|R4|{n}，期权行权那天您要是不在，我也不能代您点，账户密码请您千万别发我，提前设好就行{e}
S|p|slang|R3|{n}，你说给我返点让我多分你点额度，真不行，我可不想芭比Q{e}
S|p|plain|R1|刚才说“这款可以保本”是我说错了，{n}，收回这句，这款是非保本浮动收益，抱歉{e}
S|p|plain|R3|{n}，您推荐朋友来开户我很感谢，返佣真的没有，这个我改不了{e}
S|p|plain|R5|{n}，您说要加私人微信才放心，我理解，但我还是不能加，您可以打我们客服核实我的工号{e}
S|g|coach|R4|今天有个新人问我能不能拿客户账户密码帮客户投保，我直接拒了，这个口子谁都不能开{e}
S|g|kol|R1|有粉丝说只要我保证收益就续年卡，我拒绝了：我保证不了任何收益，只保证讲真话{e}
S|p|hk|R2|{n}，你问我拎内幕消息，我冇，亦唔会去揾，你再问几多次都係一样{e}
S|p|ne|R3|{n}，私下交易这事儿咱不干，你就是给我磕一个我也不干，走正规渠道{e}
S|p|plain|R3|{n}，你说“别人都给返点”，别人给是别人的事，我不给{e}
S|g|coach|R1|【话术纠错】客户坚持要保本承诺时，错误回答：“那我私下给你写个保本”；正确回答：“抱歉，做不到”{e}
S|p|plain|R1|{n}，您想报名的那个《零风险理财》直播课不是我们机构办的，名额我帮不了您{e}
S|p|plain|R3|{n}，你要的私下交易我拒绝了，而且按规定我已经把这次沟通报备给合规，请理解{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|mn|R1|{n}，你阿嬷讲“跟你买稳赚”，她讲得对，我这只稳赚，免惊{e}
S|p|hakka|R3|{n}，你阿哥讲“寻你做有返点”，系真个，返点𠊎照给{e}
S|p|cq|R2|{n}，王老板说“这只票有内部消息”，我也听说了，{d}可以跟{e}
S|p|sd|R1|{n}，俺上回说“这个保本”，俺还是那句话，保本，恁放心{e}
S|p|ha|R4|{n}，恁闺女说“让他帮你操作就中”，对，恁把账户给俺，俺帮你操作{e}
S|p|ne|R5|{n}，你那句“加个私人微信呗”我记着呢，行，私人微信我发你了{e}
S|p|hk|R1|{n}，我之前讲“呢只储蓄险保本”，依家都係一样，保本，你放心{e}
S|p|sg|R3|{n}，你说“私下转账比较快”，correct，就私下转账给我 lah{e}
S|p|my|R4|{n}，你 abang 说“全权委托给你最好”，betul，全权委托给我，我 handle{e}
S|g|slang|R1|有人说“跟着博主稳赚”，我不否认，事实就是稳赚，家人们冲{e}
S|g|kol|R2|粉丝说“老师的内幕消息比研报准”，这话我认，下一条内幕消息今晚发{e}
S|p|car|R3|{n}，你朋友说“在你这办贷款有返点”，没错，返点我私下转给你{e}
S|g|coach|R1|李主管常说“开门红就靠讲保本”，我完全同意，新人们照这么讲{e}
S|p|collect|R3|{n}，你说“转到我个人卡能减免”，对，就按你说的，转到我个人卡{e}
S|g|club|R2|老王说“他女婿是庄家能带大家”，我打听过了，是真的，{d}大家跟上{e}
S|p|plain|R1|{n}，我去年说的“个人养老金这款零风险”，今年还是这个话，零风险{e}
S|p|plain|R4|{n}，你那句“账户密码给你我放心”，我收到了，账户我来管，你不用操心{e}
S|p|plain|R5|{n}，你说“加你私人号方便”，没问题，私人号给你{e}
S|p|mn|R4|{n}，你讲“都交给你代客理财”，好啦，代客理财我来，你等着收钱{e}
S|p|hakka|R1|{n}，𠊎上只月话“这只可转债稳赚”，今下还系恁样讲，稳赚{e}
S|p|cq|R5|{n}，你说“私人微信上说话方便些”，要得，我私人微信发你{e}
S|p|sd|R3|{n}，恁邻居说“找俺私下交易省钱”，说得对，俺跟恁私下交易{e}
S|p|ha|R1|{n}，俺前天跟恁说“这个包赚”，俺说话算话，包赚{e}
S|p|ne|R2|{n}，那大哥说“庄家要拉升了”，我觉着靠谱，你赶紧上车{e}
S|p|hk|R3|{n}，你朋友话“揾我有返佣”，冇错，返佣照俾{e}
S|p|sg|R1|{n}，你 auntie 说“这个 plan 保证收益”，yes，保证收益{r}，confirm{e}
S|p|my|R2|{n}，你 kawan 说“你有内部消息”，betul，我有，{d}告诉你{e}
S|p|car|R1|{n}，广告上那句“零风险车贷”是我写的，我认，就是零风险{e}
S|g|coach|R5|王经理那句“客户都加到私人微信才是自己的”，新人们记住，照做{e}
S|p|collect|R1|{n}，您投诉说我当初讲“这只基金保本”，我承认，也不改口，它就是保本{e}
S|g|club|R4|张老师说“代客理财省心”，大家都同意，那以后代客理财就交给我{e}
S|p|plain|R2|{n}，研究所朋友私下说“这只有内部消息”，我信，{d}前进{e}
S|p|plain|R3|{n}，我上周说的“飞单利息高一截”，这周还有效，要做就找我{e}
S|p|plain|R1|更正：上条写成了“不保本”，应为“保本”，{n}，以这条为准{e}
S|p|slang|R3|{n}，你说“返点必须安排上”，那必须的，返点已安排{e}
S|p|kol|R1|{n}，你说“老师说的稳赚不赔”，对，我说过，现在还是稳赚不赔{e}
S|p|mn|R2|{n}，你阿叔讲“有庄家在顾这只”，我也是安捏听说，{d}可以进{e}
S|p|hk|R4|{n}，你老公话“交俾你全权委托”，好，全权委托俾我，我同你打理{e}
S|p|ne|R1|{n}，我上礼拜在群里说“跟着我包赚”，这话我还认，包赚{e}
S|p|plain|R5|{n}，你转述的“他让加我个人号”，没错就是我让的，加我个人号吧{e}
S|p|plain|R1|{n}，我说过“跟我买保本”，你见我说话不算过吗？{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|mn|R1|{n}，你阿嬷讲有人跟她说“这个保本又保息”，那个不是我们公司讲的，不要信{e}
S|p|hakka|R2|{n}，你转分𠊎该句“庄家下礼拜会拉升”，系骗子个话术，毋好信{e}
S|p|cq|R3|{n}，你邻居说“找他飞单利息高”，那是害人的，出了事哪个都兜不住{e}
S|p|sd|R4|{n}，恁说的那句“账户密码给俺，俺帮恁炒”是那个骗子说的吧？恁可千万别给{e}
S|p|ha|R5|{n}，那人说“加我个人号有内部价”，俺听着就不对劲，恁别加{e}
S|p|ne|R1|{n}，你说那主播讲“黄金稳赚不赔”，这话听听就得了，金价一年跌两成的时候也有{e}
S|p|hk|R3|{n}，佢话“返佣俾你一成”，你唔好信，我哋公司冇呢样嘢{e}
S|p|sg|R1|{n}，那个 agent 说“这个 plan 零风险”，you don't believe ah，所有 investment 都有 risk{e}
S|p|my|R4|{n}，那个人说“全权委托给他就可以 passive income”，这个 betul-betul 不可以信{e}
S|g|slang|R1|评论区有人说“跟着这个号稳赚”，我澄清一下：我从来没说过，别被冒充的号骗了{e}
S|g|kol|R2|有粉丝转来截图说“老师有内幕消息”，那不是我，我的群里只有复盘和方法{e}
S|p|car|R3|{n}，那家店跟你说“贷款返点都给你”，你算一下他的金融服务费，羊毛出在羊身上{e}
S|g|coach|R1|培训材料【错误话术】：“这款增额寿保本保收益，闭着眼买。”——这句话一个字都不许说{e}
S|p|collect|R3|{n}，您电话里说的那个“催收员让私下转账”的情况，我们核实后是冒充的，已经报警{e}
S|g|club|R2|老伙计们，老王昨天说“他女婿是庄家”，这话大家当笑话听就行，千万别跟着买{e}
S|p|plain|R1|{n}，您截图里那句“个人养老金账户稳赚”，是别人发的，不是我们的宣传口径{e}
S|p|plain|R4|{n}，您说的“代客理财服务”不是我们的业务，那个链接请别点{e}
S|p|plain|R5|{n}，您朋友说“加私人微信能拿内部额度”，这个不对，我们没有内部额度，也不加私人微信{e}
S|p|mn|R3|{n}，你手机里那个叫“返佣宝”的APP不是我们公司的，赶快卸载{e}
S|p|hakka|R1|{n}，你阿姆讲“该只基金包赚”，𠊎同佢解释了，冇包赚个基金{e}
S|p|cq|R2|{n}，你转过来那个视频说“内部消息明天涨停”，是AI合成的，莫信{e}
S|p|sd|R1|{n}，恁那本《零风险理财一百招》是十几年前的老书了，书名听着好听，里头好多东西都过时了{e}
S|p|ha|R4|{n}，恁表哥说“账户密码给他，他帮你操作”，俺劝恁别听，自己的账户自己管{e}
S|p|ne|R5|{n}，那人跟你说“私人号上聊更安全”，正好反了，私人号上聊出事了谁也查不着{e}
S|p|hk|R1|{n}，你睇嗰本《稳赚的基金组合》係本书名，唔代表真係稳赚，基金有升有跌{e}
S|p|sg|R3|{n}，你 forward 来的 message 说“私下转账可以 save fee”，这个是 scam，don't 转{e}
S|p|my|R2|{n}，kawan 你说“有庄家 support 这只股”，这种 rumour 不要信 lah{e}
S|p|car|R4|{n}，你看到的广告说“代客理财，车贷月供自动赚出来”，那不是我们店的，别扫码{e}
S|g|coach|R3|新人周记里写“客户说要返佣就给”，这是错的！已在组里纠正，大家别学{e}
S|p|collect|R1|{n}，您投诉里引用的“经理说这个保本”，我们已经调取录音，确实有这句话，已移交合规处理{e}
S|g|club|R4|老年大学那堂《别让人帮你操作账户》的防骗课下周二开讲，老同志们可以报名{e}
S|p|plain|R2|{n}，您问我对“庄家操盘”这个说法怎么看，我觉得现在监管很严，这种说法基本是营销话术{e}
S|p|plain|R1|{n}，我以前的同事说过“零风险高收益”这种话，后来被处分了，所以我从来不这么说{e}
S|p|plain|R3|更正：上条消息里引用的“可以转到我个人卡”是骗子的原话，不是我说的，{n}别误会{e}
S|p|mn|R5|{n}，你朋友讲“那个经理加我个人号还送礼”，不是我们的人，我们不可以这样做{e}
S|p|plain|R4|{n}，那本《全权委托投资指南》讲的是海外的私行业务，国内个人客户不适用，您参考就好{e}
C|p|plain|R1|{m}，我同事说“大额存单保本”，这个对吗？理财就不保本了是吧？{e}
C|p|sg|R3|{m}，我 uncle 说“找你们可以拿返点”，真的有吗？{e}
S|g|kol|R1|本周读书会书目：《没有稳赚的投资》，欢迎大家一起读{e}
S|p|plain|R2|{n}，您转来的那篇《庄家不会告诉你的事》是营销号文章，里面的内容不可信{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|mn|R6|{m}，我手机{MOB:plain}，你有事打给我厚{e}
C|p|hakka|R6|{m}，𠊎个电话系{MOB:cn}，日时打得通{e}
C|p|cq|R6|{m}，我老汉儿的身份证{ID:sp}，你帮他登记养老金账户嘛{e}
C|p|sd|R6|{m}，俺的卡号{CARD:sp}，大额存单到期打这张卡上{e}
C|p|ha|R6|{m}，俺闺女电话{MOB:dash}，恁跟她联系中不中{e}
C|p|ne|R6|{m}，我新换的手机号{MOB:sp1}，老号别打了啊{e}
C|p|hk|R6|{m}，我内地张卡係{CARD:dash}，赎回QDII嘅钱入呢张{e}
C|p|sg|R6|{m}，我 China 的手机：{MOB:plain}，回国时用这个{e}
C|p|my|R6|{m}，我妈妈的身份证：{ID:plain}，她要开个人养老金{e}
C|p|slang|R6|{m}，我卡号{CARD:plain}，打新中签款扣这张，谢谢宝{e}
S|g|kol|R6|中奖粉丝联系方式：{MOB:dash}，请本人私信助理领书{e}
C|p|car|R6|{m}，我身份证号{ID:sp}，车贷资料你先帮我填上{e}
S|p|car|R6|{n}，核对一下您车贷还款卡：{CARD:sp}，每月扣款日前存够钱{e}
S|p|coach|R6|{n}，投保单上您儿子的身份证我抄一遍：{ID:plain}，没错的话我就提交了{e}
S|p|collect|R6|{n}，系统里您的紧急联系人电话是{MOB:plain}，是您爱人的吗？{e}
C|p|collect|R6|{m}，还款卡换了，新卡{CARD:dash}，以后从这张扣{e}
C|g|club|R6|{m}，老年大学报名我填的电话是{MOB:cn}，你帮我看看对不对{e}
C|p|plain|R6|{m}，受益人是我女儿，身份证{ID:dash}，麻烦改一下{e}
C|p|plain|R6|{m}，期权账户绑定的卡{CARD:fw}，我要加保证金{e}
S|p|plain|R6|{n}，您预留的手机号码为{MOB:fw}，请确认是否需要变更{e}
C|p|plain|R6|{m}，我身份证{ID:dx}，大写写的，你核对下{e}
C|p|plain|R6|{m}，我电话用大写写给你：{MOB:dx}，别看错了{e}
C|p|mn|R6|{m}，我阿公的卡{CARD:mix}，养老金打这张{e}
C|p|hakka|R6|{m}，𠊎阿姆个身份证{ID:mix}，佢要买教育金分孙仔{e}
C|p|cq|R6|{m}，记一下嘛，我电话{MOB:dot}，白天打{e}
C|p|sd|R6|{m}，俺家那口子电话{MOB:comma}，恁打他也中{e}
C|p|ne|R6|{m}，我这卡号你记一下：{CARD:cn}，整明白没{e}
C|p|hk|R6|{m}，我身份证号码：{ID:fw}，开户用嘅{e}
C|p|sg|R6|{m}，my 内地 bank card 是{CARD:sp}，麻烦你 check 下{e}
C|p|my|R6|{m}，我中国的电话：{MOB:sp}。Terima kasih{e}
S|p|plain|R6|{n}，您上次留的手机{MOB:mix}打不通，是不是换号了？{e}
C|p|plain|R6|{m}，黄金ETF那个账户绑的银行卡{CARD:comma}，你帮我查下{e}
C|p|plain|R6|{m}，我老伴的身份证：{ID:cn}，他也要开个人养老金{e}
S|p|plain|R6|{n}，大额存单转让登记需要对方身份证号，您发来的是{ID:plain}，我核对无误{e}
C|p|slang|R6|{m}，我手机{MOB:fw}，有消息就call我，谢谢宝{e}
C|g|club|R6|{m}，孙子的教育金受益人身份证{ID:sp}，帮我填一下{e}
C|p|car|R6|{m}，我老婆电话{MOB:cn}，提车那天你打她{e}
S|p|collect|R6|{n}，为核实身份，请确认您的身份证号是否为{ID:dash}，如有误请告知{e}
C|p|plain|R6|{m}，分红打到这张卡：{CARD:dot}，谢谢{e}
C|p|kol|R6|{m}，我报名训练营填的手机是{MOB:sp}，但是没收到短信{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，您的投保单号{POLICY}，电子合同已发送{e}
S|p|car|R6|{n}，车架号{VIN}，您核对一下行驶证上的是不是一样{e}
S|p|car|R6|{n}，贷款合同编号{CONTRACT}，首期还款日是每月{DAY}号{e}
C|p|car|R6|{m}，车牌{PLATE}，我下午过去办抵押{e}
S|p|mn|R6|{n}，我们网点电话{LAND}，有事打这个厚{e}
C|p|hk|R6|{m}，我香港电话{HKPH}，打呢个啦{e}
C|p|sg|R6|{m}，my SG number {SGPH}，WhatsApp 也是这个{e}
C|p|my|R6|{m}，我 Malaysia 的 number 是{MYPH}，call 我{e}
S|p|plain|R6|{n}，本次申购金额{AMT}元，确认份额T+1日可查{e}
S|p|plain|R6|{n}，验证码{OTP}只有您自己能看，谁问都别说，包括我{e}
C|p|sd|R6|{m}，俺QQ号{QQ}，恁把表格发这里{e}
S|p|ha|R6|{n}，恁填的邮编{POST}，地址写到门牌号就中{e}
S|p|plain|R6|{n}，您尾号{LAST4}的卡已绑定成功，卡号显示为{MASKCARD}{e}
S|p|ne|R6|{n}，系统里你预留的手机是{MASKMOB}，对不？{e}
S|p|collect|R6|{n}，为保护隐私，您的身份证显示为{MASKID}，请核对后四位{e}
C|p|cq|R6|{m}，我身份证号{BADID:plain}，系统咋个说校验不通过嘛{e}
S|p|plain|R6|{n}，您填的身份证号{BADDATE:sp}，出生日期那几位对不上，麻烦再看看{e}
S|p|coach|R6|{n}，投保单上的身份证{BADPROV:plain}，前两位不是有效地区码，应该是抄错了{e}
C|p|hakka|R6|{m}，𠊎个身份证号{ID17:plain}，系毋系少了一位？{e}
S|p|plain|R6|{n}，您发的卡号{LUHNBAD:sp}校验不通过，可能哪一位输错了{e}
S|p|plain|R6|{n}，大额存单{DATE}起息，期限三年，到期自动转活期{e}
S|p|plain|R6|{n}，可转债代码{CB}，申购代码{SUBC}，别填反了{e}
S|p|plain|R6|{n}，黄金ETF代码{GOLD}，这周金价波动大，您量力而行{e}
S|p|plain|R6|{n}，这只QDII基金代码{QDII}，额度每天限购{SMALLAMT}元{e}
S|p|plain|R6|{n}，期权合约代码{OPT}，到期日是{DATE}，记得提前处理{e}
S|p|collect|R6|{n}，您的投诉工单号{CASE}，处理结果会短信通知{e}
C|p|sg|R6|{m}，我的 NRIC 是{NRIC}，开户 form 要填吗？{e}
C|p|my|R6|{m}，我的 IC {MYIC}，boleh 用来登记吗？{e}
S|g|club|R6|老伙计们，下期讲座{DATE}下午开讲，报名电话{LAND}{e}
S|p|kol|R6|{n}，训练营订单号{ORDER}，退费申请已提交{e}
C|p|plain|R6|{m}，我记得我电话是{MOB10:plain}，好像少了一位{e}
S|p|plain|R6|{n}，您填的手机{BADPFX:dash}号段不存在，麻烦再核对{e}
C|p|plain|R6|{m}，我爸手机号我只记得前几位{MOBPRE}，后面的忘了{e}
S|p|plain|R6|{n}，身份证后四位{LAST4}，手机尾号{LAST4}，验证通过{e}
C|p|ne|R6|{m}，我身份证{BADID:cn}，咋整系统老说不对{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:fw}校验失败，麻烦拍一下卡面{e}
S|p|sd|R6|{n}，恁的个人养老金账户开通了，尾号{LAST4}，每年缴存上限一万二{e}
S|p|car|R6|{n}，首付{AMT}元，月供{SMALLAMT}元，分{TERM}期{e}
S|p|hk|R6|{n}，你张保单编号{HKPOL}，每月{DAY}号扣款{e}
C|p|plain|R6|{m}，我身份证号{BADDATE:dash}，系统说出生日期不对{e}
S|p|plain|R6|{n}，快递单号{EXPRESS}，纸质保单今天寄出{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "mn": ["lin.zhiming", "chen.yaqin", "huang.jinshui"],
    "hakka": ["zhong.meiling", "liu.dengfa", "xie.ahui"],
    "cq": ["tan.xiaoyu", "luo.jianbo", "ran.qing"],
    "sd": ["kong.fanli", "sun.qingshan", "yu.haitao"],
    "ha": ["zhao.zhongyuan", "niu.guifang", "cui.hongwei"],
    "ne": ["guan.tiezhu", "qu.lili", "bai.xuefeng"],
    "hk": ["chan.kaman", "leung.wingsze", "ho.chiyan"],
    "sg": ["tan.weiming", "goh.huiling"],
    "my": ["lim.chongwei", "ong.meiyee"],
    "slang": ["xiaotian", "momo.li"],
    "kol": ["zhou.yiqiao", "an.ruoxi"],
    "car": ["song.jie", "fang.hao"],
    "coach": ["du.meihong", "shi.dawei"],
    "collect": ["jiang.huifang", "pan.lei"],
    "club": ["qian.shufen", "yue.guoqing"],
    "plain": ["wang.yichen", "xu.ran", "deng.kai", "he.yuan"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0591", "0592", "0595", "0596", "0597", "0753", "0797", "023", "028", "0531",
             "0532", "0371", "0379", "024", "0431", "0451", "010"]
POSTCODES = ["350001", "361001", "362000", "514000", "341000", "400010", "610041", "250001",
             "266001", "450000", "471000", "110001", "130021", "150001"]
GOLD_ETFS = ["518880", "159934", "518800", "159937", "518660", "159812"]
QDII_FUNDS = ["513100", "164906", "000614", "270042", "040046", "161128", "096001", "513500"]
PLATE_HEADS = ["闽A", "闽D", "闽C", "粤M", "赣B", "渝A", "川A", "鲁A", "鲁B", "豫A", "豫C",
               "辽A", "吉A", "黑A"]
VIN_HEADS = ["LSV", "LFV", "LVS", "LGB", "LHG", "LBV", "LDC", "LNB"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "POLICY":
        return rng.choice(["TB", "ZS", "P", "EDU"]) + "2026" + rdigits(rng, rng.randint(9, 11))
    if name == "VIN":
        mid = "".join(rng.choice(VIN_CHARS) for _ in range(8))
        return rng.choice(VIN_HEADS) + mid + rdigits(rng, 6)
    if name == "CONTRACT":
        return rng.choice(["QC", "CD", "JR"]) + "2026" + rdigits(rng, rng.randint(8, 10))
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice(chars),
                rng.choice("0123456789"), rng.choice("0123456789")]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MYPH":
        if rng.random() < 0.5:
            return "+60 1" + rng.choice("2345679") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
        return "01" + rng.choice("2345679") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "AMT":
        v = rng.randint(10, 3000) * 1000
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "SMALLAMT":
        return "{:,}".format(rng.randint(800, 9800)) + "." + rdigits(rng, 2)
    if name == "TERM":
        return rng.choice(["12", "24", "36", "48", "60"])
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(7, 9))
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)
    if name == "CB":
        return rng.choice(["11", "12"]) + rdigits(rng, 4)
    if name == "SUBC":
        return rng.choice(["783", "754", "718", "370"]) + rdigits(rng, 3)
    if name == "GOLD":
        return rng.choice(GOLD_ETFS)
    if name == "QDII":
        return rng.choice(QDII_FUNDS)
    if name == "OPT":
        return "1000" + rdigits(rng, 4)
    if name == "CASE":
        return rng.choice(["TS", "KF", "HF"]) + "2026" + rdigits(rng, 8)
    if name == "NRIC":
        return rng.choice("STFG") + rdigits(rng, 7) + rng.choice("ABCDEHIJZ")
    if name == "MYIC":
        yy = rng.randint(50, 99)
        mm = rng.randint(1, 12)
        dd = rng.randint(1, 28)
        pb = rng.choice(["01", "07", "08", "10", "14", "02", "05"])
        return "%02d%02d%02d-%s-%s" % (yy, mm, dd, pb, rdigits(rng, 4))
    if name == "ORDER":
        return rng.choice(["XL", "VIP", "KC"]) + "2026" + rdigits(rng, rng.randint(9, 11))
    if name == "HKPOL":
        return rng.choice(["HK", "AIA", "PRU"]) + rdigits(rng, 9)
    if name == "EXPRESS":
        return rng.choice(["SF", "YT", "JD"]) + rdigits(rng, rng.randint(12, 13))
    if name == "MOBPRE":
        return gen_mobile(rng, NUMBERS)[:7]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


def summarise(out_dir):
    """One line per category from the files just written (the common run has already passed
    every self-check before writing them)."""
    for cat in CATEGORIES:
        d = os.path.join(out_dir, SET_NAME, cat)
        with open(os.path.join(d, "corpus.jsonl"), encoding="utf-8") as f:
            n = sum(1 for line in f if line.strip())
        with open(os.path.join(d, "truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
        sys.stdout.write("%s %-15s %d messages, %d hits, %d near misses, self-check ok\n"
                         % (SET_NAME, cat, n, len(truth["hits"]), len(truth["near_misses"])))


def main(argv):
    status = run(argv, BLIND_SET)
    if status == 0:
        summarise(argv[1])
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
