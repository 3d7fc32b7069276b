#!/usr/bin/env python3
"""Blind held-out evaluation set 49 ("heldout49") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author never opened the scanner, its rule files, its tests, its archive,
its docs, its commit history or any other evaluation set, and read only three files of the
repository: ``scripts/evasion_blind_common.py`` (the shared machinery), ``scripts/
evasion_heldout22.py`` (whose structure this script copies; none of its sentences are reused)
and ``scripts/eval_categories.sh``.  Nothing was searched (no web or code search).  Every
template below was written fresh from general knowledge of how Chinese-speaking financial
sales staff (bank, broker, fund, insurance, trust, private banking, consumer finance) and
their customers and colleagues talk on WeCom (企业微信).  The set exists to measure how well
the scanner generalises: do not tune the scanner to it, do not add it to any training data,
and run it once.

Voices
------
Hebei / Tangshan-Tianjin speech (介个, 嘛呢, 倍儿, 甭); Shanxi Jin speech from Taiyuan and
Datong coal country (甚, 圪蹴, 哇); Hefei Anhui speech (么事, 可照, 这块); Guiyang and Zunyi
Guizhou speech (哦豁, 搞快点, 莫得, 要得, 老汉); western Inner Mongolia (Hohhot, Baotou,
Ordos cashmere traders: 嘞, 做甚, 瞅瞅); Qingdao / Jinan Shandong speech (俺, 杠赛来);
Shanghainese (侬, 阿拉, 伐, 勿); Hakka from Ganzhou and Meizhou (𠊎, 佢, 冇, 脉个);
Malaysian Chinese (lah, 咯, 拿督, account, agent); North American overseas Chinese in
Vancouver and Toronto; young professionals (打工人, KPI, OKR, HR, MBA); retirees (老伴儿,
广场舞, 老年大学, 退休金); forwarded head-office notices; compliance training quizzes; a
complaint-handling desk; plain Mandarin staff and customers.
Settings: increasing-sum whole life insurance, income certificates, family trusts, snowball
structured notes, interbank CD funds, pension target funds, personal pension accounts,
margin accounts, options, consumer loans and credit-limit increases, loans against large
deposits, demolition compensation, cashmere and coal money, tea gardens, fishing boats,
overseas USD savings policies, customer appreciation events, Double Ninth festivals.

Hard cases
----------
Rhetorical questions that assert next to ones that deny; prohibitions quoted and then
broken; warnings about outsiders followed by the speaker's own offer; refusals that cave,
and refusals that stay refusals; self-quotation and endorsement of a quoted violation versus
reported speech that is rejected; complaint handling that either resolves honestly or buys
the complaint off; training quizzes and answer keys; forwarded notices with a tail added by
the forwarder; a keyword inside a group, file or article name (near miss); a keyword in a
customer's typo-free question (near miss); hedges (基本, 说白了) that still assert;
irony; hypotheticals; long multi-clause messages and messages with no punctuation; emoji
and ASCII punctuation; keywords split by one of the separators ``· -_*.~`` in a minority
(more than 0 and under 15 %) of each keyword category's hits; 25 % of every category in
traditional characters through the one-to-one table (North American and Hakka messages
first).
Numbers: valid mobiles, resident IDs and bank cards in plain digits, Chinese numerals, 大写,
mixed Chinese/Arabic, full-width digits and split by spaces, dashes, dots and commas, versus
look-alikes: bad ID check characters, impossible birth dates, bad province codes, 17-digit
IDs, Luhn failures, 10-digit and bad-prefix mobiles, first seven digits, masked numbers,
trust contract / loan application / complaint / receipt / IOU / foreign-exchange codes,
bank branch codes, unified social credit codes, passports, VINs, Malaysian / Singapore /
Canadian phones, landlines, fund / stock / repo codes, amounts, Chinese-numeral dates.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout49.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h49_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, gen_mobile, rdigits, run, shared_near_slot)

SEED = 49_2026_1219
SET_NAME = "heldout49"
MSGID_PREFIX = "h49"
T0 = 1782100000000
SEQ0 = 2100000
SPLIT_PER_CATEGORY = 12         # of 150 hits, 8 %
TRAD_PREF_REGIONS = ("na", "hak")  # North American and Hakka messages go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["133", "135", "136", "137", "138", "139", "145", "150", "151", "152", "155",
              "157", "158", "159", "162", "165", "167", "170", "171", "173", "177", "180",
              "181", "183", "185", "186", "187", "189", "190", "191", "192", "193", "195",
              "196", "197", "198", "199"]
AREAS = ["130102", "130604", "131002", "140105", "140202", "140702", "150105", "150602",
         "150402", "340104", "340202", "341102", "520102", "520302", "522601", "460107",
         "441402", "360702", "310104", "370202", "370102", "430103", "350102", "150203"]
CARD_BINS16 = ["621226", "622700", "621661", "622262", "621799", "622575", "623058",
               "622155", "625330"]
CARD_BINS19 = ["6217003", "6228481", "6222021", "6214830", "6217995", "6230580"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["老韩", "秦姐", "范叔", "贾老板", "岳阿姨", "牛哥", "温总", "闫老师", "郝姐", "段大爷",
          "乔叔", "薛总", "武姐", "常哥", "白阿姨", "任老板", "邢姐", "葛叔", "侯老师", "苗总"],
    "m": ["小秦", "乔经理", "武老师", "小段", "郝专员", "葛经理", "小白", "邢主管", "任姐",
          "小苗", "闫经理", "常顾问"],
    "e": ["", "", "", "🙂", "👏", "🤗", "😉", "🍵", "🌸", "🙆", "👆", "🧧", "😅"],
    "d": ["明儿一早", "周四下午", "月中", "下周二", "今晚九点", "大后天", "这礼拜五", "节前",
          "下个月初", "后天上午"],
    "a": ["8万", "12万", "25万", "40万", "60万", "150万", "500万", "3万", "35万", "90万"],
    "r": ["3.2%", "3.6%", "4.1%", "4.6%", "5.2%", "6.5%", "2.95%", "7%", "3.75%", "4%"],
    "k": ["小范", "牛经理", "侯主管", "小岳", "温顾问", "薛姐", "贾专员", "小常", "白经理",
          "葛老师"],
    "p": ["增额终身寿", "收益凭证", "家族信托", "养老理财", "分红险", "固收+基金", "券商资管",
          "雪球产品"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; na and hak prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|hb|R1|{n}，介个增额终身寿保本还复利，您说您还琢磨嘛呢？{d}就停售了{e}
S|p|sx|R1|{n}，这收益凭证是保本的，你还圪蹴在那儿想甚了？{e}
S|p|ah|R1|{n}，这期{p}稳赚的，你还在那块犹豫么事？{e}
S|p|gz|R2|{n}，我哪回给你讲的内部消息不准嘛？{d}那只酒股有人拉升，你还不搞快点？{e}
S|p|nm|R3|{n}，公司账户到账慢得要命，转到我个人卡上不就完了？还等甚嘞{e}
S|g|yp|R1|打工人的年终奖还躺在活期里吃灰？这只同业存单基金零风险，谁还不冲谁吃亏{e}
S|p|ret|R1|{n}，您老退休金存这个，保本还有{r}，上哪儿找这么省心的去？{e}
S|p|hak|R3|{n}，𠊎同你讲，返佣𠊎照样俾你，做脉个唔走𠊎个手？{e}
S|p|my|R5|{n}，公司那个app很慢的lah，加我私人微信不是更快咩？{e}
S|p|na|R1|{n}，这张美元储蓄分红单保本的啦，你放在那边银行收那点利息有什么意思？{e}
S|p|sd|R4|{n}，你天天出海打鱼哪有空看盘？全权委托给俺，不是杠赛来？{e}
S|p|sh|R1|{n}，侬讲讲看，稳赚不赔的生意阿拉会骗侬伐？{e}
S|g|plain|R2|各位，庄家的筹码收得差不多了，这时候不上车，难道等它拉升完了再去追高？{e}
S|p|plain|R4|{n}，你连手机银行都不会用，账户密码告诉我，我帮你操作不是省心多了吗？{e}
S|p|yp|R3|{n}，走系统要扣一堆手续费，咱私下交易，省下来的够你吃好几顿火锅，何乐而不为？{e}
S|p|plain|R1|难道我会拿自己的饭碗开玩笑？{n}，这款家族信托就是保证收益{r}，写进补充协议都行{e}
S|p|gz|R3|{n}，你介绍那几个客户的返点，我哪回少过你嘛？这回照样{e}
S|p|hb|R5|{n}，企业微信下了班我就不看了，加我个人号，有事随时喊我，不比这个强？{e}
S|p|ah|R4|{n}，你搁合肥我搁芜湖，两头跑多费事，代客理财交给我，可照？{e}
S|g|ret|R1|叔叔阿姨们，广场舞跳完了过来听听：这款养老产品保本保收益，您说还有比这更踏实的吗？{e}
S|p|na|R5|{n}，时差这么大，你半夜有事这边公司号我收不到，加我私人号不就好了？{e}
S|p|plain|R1|{n}，雪球敲出就是{r}，敲不出也亏不了本，这不就是稳赚？还有啥好怕的{e}
S|p|sx|R2|{n}，煤炭股那条内幕消息，咱太原这圈子里谁不知道？就你还蒙在鼓里{e}
S|p|my|R1|{n}，这个保单零风险的咯，你还担心什么？我妈都买了三份{e}
S|p|yp|R4|{n}你加班到半夜还想自己盯盘？账户密码丢给我 周末请我喝杯奶茶就行 不香吗{e}
S|p|sd|R1|{n}，俺干这行十来年了，你见过俺推荐的哪一个不是稳赚的？{e}
S|p|plain|R3|{n}，公司抽那么多佣金图啥？飞单走我这，费率砍一半，这笔账你还算不过来？{e}
S|p|hak|R1|{n}，𠊎卖个{p}几时冇保本？你惊脉个？{e}
S|g|plain|R1|谁说买基金一定有风险？这只我管了三年，零风险，不信的举手{e}
S|p|nm|R1|{n}，羊绒卖了钱放咱这个理财，包赚，你还要往哪儿放嘞？{e}
S|p|sh|R3|{n}，侬介熟的老客户，返点我会得少侬伐？放心好了，老规矩{e}
S|p|plain|R2|{n}，我跟庄家那边的操盘手是发小，他都说了下周要动，你说我能不第一个告诉你？{e}
S|p|plain|R5|{n}，这企业微信动不动就卡，咱们换私人微信聊，不行吗？{e}
S|p|plain|R4|{n}，你又不懂期权，何必自己折腾？全权委托给我们团队，年底看结果不就得了{e}
S|p|plain|R1|{n}，您都问三遍了，我再说一次：保本！保本！保本！这回总该信了吧？{e}
S|p|gz|R1|{n}，茶园卖茶的钱放这个信托，稳赚不赔，还有哪样比这个更安逸？{e}
S|p|plain|R1+R4|{n}，钱放我这保本，操作我来，账户密码你给我，你就等着收钱，这还有啥可犹豫的？{e}
S|p|ret|R3|{n}，孙子学费那么贵，我把手续费返点给您，补贴补贴，您还跟我客气啥？{e}
S|p|hb|R2|{n}，咱这内幕消息倍儿准，{d}就拉升，您是要还是不要？{e}
S|p|sx|R3|{n}，私下转账给我，当天就给你办妥，你非要走公司那一套，图甚了？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|hb|R1|{m}，介个增额终身寿到底保本不保本啊？我老伴儿非让我问清楚{e}
S|p|sx|R1|{n}，你问这收益凭证保本不？不保，说明书第二页写着呢，挂钩标的跌了本金也会少{e}
S|p|ah|R1|稳赚？{n}，要真有稳赚的东西，我还用得着天天加班跑客户吗？{e}
C|p|gz|R2|{m}，群里那个老师说有内部消息，讲{d}要拉升，是不是真的哦？{e}
S|p|nm|R2|{n}，庄家？现在监管这么严，谁还敢坐庄？你听那些人瞎咧咧做甚{e}
S|p|yp|R1|{n}，零风险的理财存在吗？不存在的，连货币基金合同里都写着不保证本金{e}
C|p|ret|R4|{m}，我这老花眼看不清屏幕，账户密码要不要告诉你，你替我弄？{e}
S|p|hak|R3|{n}，你问有冇返佣？冇个，𠊎哋公司唔准，讲真{e}
S|p|my|R5|{n}，你问有没有私人微信？有是有，但是工作的东西我们只能在这里讲，sorry lah{e}
S|p|na|R1|{n}，你问这张美元保单是不是保本？前几年退保是会亏的，现金价值表我发你看{e}
S|p|sd|R4|{n}，俺咋能要你的账户密码？这东西连俺你都不能给，记住喽{e}
C|p|sh|R1|{m}，侬帮我讲讲，这只基金到底有没有保本的讲法？{e}
S|g|plain|R2|有客户私信问我：“{d}庄家会不会拉升？”我只能说，我不知道，谁说他知道谁就是在骗你{e}
S|p|plain|R3|{n}，你问为啥不能私下转账？因为钱一旦没进公司账户，出了事就没人能替你追回来{e}
S|p|plain|R1|{n}，保收益？这年头连存款利率都在往下调，哪家敢跟您打这个包票？{e}
C|p|plain|R3|{m}，听说你们这行有飞单的说法，你们公司有没有这种情况啊？{e}
S|p|gz|R4|全权委托？哦豁，{n}，这个要不得，我连你的账户都不该碰，你自己拿主意{e}
S|p|yp|R5|{n}，加我个人号？别了吧，公司审计一查一个准，有事就在这儿说{e}
S|p|ah|R2|{n}，你问我有没有内幕消息？我要是有，还能天天挤公交上班吗？没有的事{e}
C|p|nm|R1|{m}，你们这个定期理财稳赚不？我那点养老钱可赔不起{e}
S|p|plain|R1|{n}，谁跟您说过这只雪球保本？我翻了聊天记录，我说的一直是“有敲入风险”{e}
S|p|ret|R1|{n}，您问这个养老目标基金是不是包赚，我实话实说，不是，也可能亏{e}
S|p|sh|R4|{n}，代客理财？阿拉公司是勿作兴的，侬自家拿主意，我可以帮侬分析分析{e}
C|p|my|R3|{m}，我朋友在别家买有返点，你们这边有吗？没有也没关系啦{e}
S|p|hb|R3|{n}，转到我个人卡上？那可不行喽，您得转公司对公户，回单我给您发过来{e}
S|p|hak|R1|{n}，零风险？𠊎冇办法同你讲零风险，世上冇咁嘅嘢{e}
S|p|na|R5|{n}，你说让我给你私人号？公司规定只能用这个企业微信，不过你留言我都会回{e}
C|p|sd|R2|{m}，俺姐夫说他认识庄家，让俺跟着买，这事儿靠谱不？{e}
S|p|plain|R4|{n}，您是问能不能帮你操作？按规定只能您本人下单，我可以开着视频一步步教您{e}
S|g|quiz|R1|【每日一问】以下哪种说法合规？A.本产品保本 B.本产品零风险 C.过往业绩不代表未来表现。答案：C{e}
S|p|plain|R1|{n}，要是有人跟您说稳赚，您就反问他一句：那你自己怎么不全仓买？{e}
C|p|yp|R4|{m}，我这季度项目忙疯了，有没有可能全权委托给你们打理？合规吗？{e}
S|p|gz|R3|{n}，你讲私下交易划得来？出了事哪个给你担？划不来的嘛{e}
S|p|plain|R2|{n}，什么叫内部消息？就是还没公开、你我都不该知道的东西，谁给你谁违法{e}
S|p|sx|R5|{n}，私人微信有甚好加的？这个企业微信能留痕，万一有纠纷对你才有保障{e}
C|p|ret|R3|{m}，我老伴问，存这个有没有返点送油送米的？{e}
S|p|plain|R1|{n}，您说保证收益{r}？那是业绩比较基准，不是承诺，我之前没讲清楚，抱歉{e}
S|p|ah|R3|{n}，你问为么事不能返佣？因为那是商业贿赂，收的给的都要担责任{e}
C|p|na|R1|{m}，那个分红险宣传单上的演示利率，是保证收益吗，还是只是演示？{e}
S|p|hb|R5|{n}，您这问的，私人号我哪能给客户呀？规定摆在那儿，咱就在这儿唠{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|fwd|R1|【转发】关于规范理财销售用语的通知：即日起，销售人员不得使用“保本”“稳赚”等表述，违者扣减当季绩效{e}
S|g|quiz|R3|合规小测验第3题：员工能否接受客户私下转账代为申购？正确答案：不能，一律走公司账户{e}
S|p|hb|R4|{n}，咱行里有规矩，员工不许碰客户的账户密码，您自个儿收好喽{e}
S|p|sx|R5|{n}，行里明文规定不让加私人微信，有甚事就在这儿说，我下了班也能看见{e}
S|p|ah|R2|{n}，我们公司规定，营业部员工不能打听也不能转发任何内部消息，这条是高压线{e}
S|p|gz|R3|{n}，规定讲了不准飞单，哪个做哪个下课，我可不敢{e}
S|g|nm|R1|各位老哥注意，咱分公司规定宣传材料里不准出现零风险三个字，已经印出来的全部收回{e}
S|p|yp|R4|{n}，公司合规红线第一条就是不准代客理财，我还想多干几年呢{e}
S|p|ret|R1|{n}，国家有规定，现在的理财都不能说保本了，您以前存的那种保本理财已经没有了{e}
S|p|hak|R3|{n}，公司规矩系唔准收返点，𠊎唔敢坏规矩{e}
S|p|my|R5|{n}，公司policy不可以用私人号跟客户联络，所以我们只在这里讲哦{e}
S|p|na|R1|{n}，这边监管也一样，卖保险的不可以说保证收益，只能讲保证现金价值{e}
S|p|sd|R3|{n}，俺们公司管得严，私下交易一经发现直接开除，不是闹着玩的{e}
S|p|sh|R4|{n}，公司规定勿好全权委托，侬要自家下单，我可以陪侬一道看{e}
S|g|fwd|R2|【合规部转发】严禁在客户群内发布“庄家”“拉升”等暗示操纵的言论，发现一次通报一次{e}
S|g|plain|R5|新同事入职须知第五条：严禁引导客户添加私人微信或私人号，所有沟通在企业微信留痕{e}
C|p|plain|R1|{m}，你们公司是不是规定了不能讲保本？我看你每次都绕开这两个字{e}
S|p|plain|R4|{n}，按照证券法的规定，我们不得接受全权委托，也不能替您做买卖决定{e}
S|p|gz|R1|{n}，现在规定严得很，哪个敢说包赚，罚款罚到哭{e}
S|p|plain|R3|{n}，消费贷只能放款到您本人账户，规定不允许转到我个人名下或者第三方，这一点请注意{e}
S|g|quiz|R4|判断题：客户出差期间，客户经理可凭客户告知的账户密码代为交易。（×）依据：员工行为守则第十二条{e}
S|p|ah|R1|{n}，监管不准我们讲稳赚不赔，其实就算不管，我也不会这么讲，本来就不是{e}
S|p|nm|R3|{n}，单位规定客户经理不准收返佣，你那条烟拿回去，心意我领了{e}
S|p|sx|R2|{n}，我们营业部规定，谁在群里传内幕消息直接上报稽核，你转的那条我先撤了哇{e}
S|p|my|R1|{n}，银行规定我们不能讲零风险，因为汇率也会动的，令吉跌了也是风险{e}
S|p|yp|R3|{n}新规第7条写得很直白 禁止私下交易 禁止收客户任何形式的返点 我截图发你{e}
S|p|ret|R4|{n}，规定不让我替您在手机上点，让孙子帮你操作也行，要不您来网点，我手把手教{e}
S|p|plain|R5|{n}，公司规定不许加客户私人微信，所以您发来的好友申请我没通过，别介意{e}
S|p|plain|R1|{n}，信托合同里写的是“不保证本金和收益”，监管也不准我们口头说保本，这点得讲清楚{e}
S|g|fwd|R3+R4|转发总行通知：1.禁止飞单 2.禁止代客理财 3.禁止借用客户账户。请各网点组织学习并签字{e}
S|p|hb|R1|{n}，行里刚开完会，又强调了一遍不许承诺保收益，谁说谁挨处分{e}
S|p|hak|R5|{n}，公司唔准加私人号，你有事就喺呢度揾𠊎{e}
S|p|plain|R2|{n}，研究所的报告都要合规审过才能发，不允许夹带任何内部消息，您放心看{e}
S|p|na|R3|{n}，这边的规矩是保费只能从你本人账户付给保险公司，不可以私下转账给经纪人{e}
C|p|sd|R4|{m}，俺听说你们规定不能代客理财，那俺这情况只能自己学了呗？{e}
S|p|sh|R1|{n}，规定是规定，我讲实话：这只产品本身就勿是保本的，所以也没啥好承诺{e}
S|p|plain|R4|{n}，依据私行服务协议第九条，客户经理不得要求或保管客户账户密码，若有人索要请立即致电我行{e}
S|g|yp|R1|哈哈要是真有零风险的基金，我第一个辞职回家躺平。所以各位，朋友圈文案别写零风险，合规上周刚打回来三篇{e}
S|p|gz|R5|{n}，按规定私人号不能留给客户，我们这个企业微信晚上也有人值班{e}
S|p|plain|R2|{n}，两融培训里讲过，不得向客户暗示有庄家介入，所以这只票我只跟您讲基本面{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|hb|R1|{n}，规矩是不让说保本，可介个增额寿您拿到期，保本是板上钉钉的事儿{e}
S|p|sx|R3|{n}，公司不让私下转账，那是防外人的，咱俩这关系，你转给我，我明早就给你办了{e}
S|p|ah|R3|{n}，规定上讲不准返佣，但我们这块都是这么弄的，返佣{r}月底打给你{e}
S|p|gz|R4|{n}，公司是不准代客理财，不过你茶园忙，账户交给我，代客理财我拿手得很{e}
S|p|nm|R5|{n}，单位不让加私人微信，可咱是老乡，加我私人微信，回头给你发点好东西{e}
S|p|yp|R1|{n}，合规说文案里不能写稳赚，那我私聊你：这只基金就是稳赚，懂我意思吧{e}
S|p|ret|R4|{n}，按规定我不能帮你操作，可您这手抖成这样，密码告诉我，我帮你操作完再改回来{e}
S|p|hak|R3|{n}，公司规矩系唔准飞单，不过你系老客，呢单𠊎同你飞单，平三成{e}
S|p|my|R1|{n}，银行说不可以讲零风险，ok我不讲，但是这个挂钩产品真的零风险，你放心买{e}
S|p|na|R5|{n}，公司政策不允许用私人号，但我们这么熟了，这个是我私人号，有事直接打{e}
S|p|sd|R2|{n}，规定不让传内幕消息，俺就跟你一个人说：港口那只票{d}要拉升，别外传{e}
S|p|sh|R4|{n}，规定讲勿好全权委托，不过侬我是老朋友，签个字全权委托给我，侬就勿用操心了{e}
S|g|plain|R1|合规今天又来查了，说不准讲保收益。查完了，咱接着说：这款年金保收益{r}，要的排队{e}
S|p|plain|R3|{n}，规定是严禁飞单，但你这笔{a}走公司太亏，飞单到我朋友那个渠道，佣金分你一半{e}
S|p|plain|R4|{n}，监管不允许我们要账户密码，这个我清楚，但你去外地这一个月，账户密码先放我这，我帮你盯着{e}
S|p|gz|R1|{n}，规定讲不准说稳赚不赔，但是我们贵州人讲实在话，这个就是稳赚不赔{e}
S|p|plain|R3|{n}，行里禁止客户经理收钱，可这笔{a}放款后，你转到我个人卡上两个点，当手续费，别声张{e}
S|g|yp|R5|合规不让在群里留私人号，那我换个方式：私人号在我头像二维码里，想要一手资料的自取{e}
S|p|sx|R1|{n}，上头不准讲包赚，我也不跟你讲虚的，跟着我买，这回包赚{e}
S|p|ah|R2|{n}，按说不能讲内部消息，你是老客我才讲：这只票庄家已经吸够筹码了{e}
S|p|nm|R4|{n}，规定不让替客户下单，你把账户密码给我，就算我帮你操作，出了事算我的{e}
S|p|ret|R1|{n}，政策是不让讲保本了，可您这笔养老钱放这儿，保本是肯定的，我拿人格担保{e}
S|g|fwd|R3|【转发】严禁收取客户返点（总行文件）——文件归文件，老客户的返点咱们组照旧，出了这个群别说{e}
S|p|plain|R1|{n}，私行这边确实不让承诺收益，但这个家族信托我给你兜底，保证收益{r}，签字之前我写给你{e}
S|p|hb|R3|{n}，行里有规定不让私下交易，您甭管那个，咱私下交易，比柜台便宜{r}{e}
S|p|hak|R1|{n}，公司唔准讲保本，𠊎就唔讲出去，同你一个人讲：保本个，放心{e}
S|p|my|R3|{n}，公司rule说不可以返佣，不过你介绍这么多朋友，返佣我私底下给你，不要讲出去哦{e}
S|p|sd|R1|{n}，俺知道规定不让说零风险，可俺拍胸脯跟你说，这个收益凭证就是零风险{e}
S|g|plain|R2|规定不让在群里喊单，我就不喊了，只说一句：内幕消息，{d}庄家拉升，懂的自然懂{e}
S|p|yp|R4|{n}，公司明面上不让代客理财，私下大家都在做，你OKR忙得飞起，账户给我，代客理财让你省心{e}
S|p|gz|R3|{n}，不准转到我个人账户是公司的说法，我们寨子里人讲信用，你转到我个人账户，我亲自帮你存{e}
S|p|plain|R5|{n}，公司禁止加私人微信是怕员工撬单，我又不撬单，你加我私人微信，我发你一份报价表{e}
S|p|na|R1|{n}，这边法规不允许讲保证收益，所以书面上我不写，口头跟你保证收益{r}，绝对没问题{e}
S|p|plain|R1|既然公司不许说保本，那我换个说法：到期本金一分不少，说白了就是保本，{n}心里有数就行{e}
S|p|sh|R3|{n}，公司勿许私下转账，不过侬急着要额度，今朝就转给我，私下转账最快{e}
S|g|quiz|R1|【答题】问：年金险能否宣传保本？标准答案：不能。讲师课后补充：咱这款到期就是保本的，客户犹豫时心里有底就行{e}
S|p|ah|R5|{n}，按规矩不能加我个人号，但是我们徽州人不讲那些虚的，加我个人号，晚上也能回你{e}
S|p|plain|R4|{n}，两融账户规定只能本人操作，你人在国外不方便，把账户密码发我，我帮你操作平仓{e}
S|p|hb|R1|{n}，规定不让说稳赚，甭管它，我就说：稳赚，您买了准没错儿{e}
S|p|nm|R2|{n}，公司明令不准谈庄家，我就跟你私下唠一句：庄家{d}要动手了，你先埋伏进去{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|fwd|R1|【转发·消保提示】近期有不法分子以“零风险、高收益”为名推销虚假理财，请勿轻信陌生来电{e}
C|p|plain|R1|{m}，我要投诉，上个月你们来的那个小伙子说这个产品保本，现在亏了快一成{e}
S|p|cmpl|R3|{n}，您投诉的前员工私下转账一事，我们已经立案，请您提供转账截图和聊天记录{e}
S|p|hb|R4|{n}，最近有冒充银行的打电话要账户密码，您可千万甭给，挂了直接往行里打电话{e}
S|p|sx|R2|{n}，煤老板那个群里又有人卖内幕消息了，收会员费的那种，你甭理他们{e}
S|p|ah|R5|{n}，有人冒充我加客户私人微信，头像跟我一样，你看到了直接删掉，我只用这个企业微信{e}
S|p|gz|R1|{n}，你表哥转给你的那个稳赚不赔的项目，我查了，是非法集资，莫投{e}
S|p|nm|R3|{n}，鄂尔多斯那边有个中介说能给贷款返点，那是套路，先收你手续费然后跑路{e}
S|g|yp|R2|防骗提醒：最近不少“股神”在短视频上说带你跟庄家，进群先交费，打工人别被割了{e}
S|p|ret|R1|{n}，老年大学门口发传单说保本高息的，十个里头九个是骗子，您别去听讲座领鸡蛋{e}
S|p|hak|R4|{n}，有人自称𠊎同事要帮你操作账户，冇呢个人，你唔好信{e}
S|p|my|R1|{n}，最近很多假网站说零风险投资，回酬很高，很多人被骗了，你不要click那些link{e}
S|p|na|R3|{n}，温哥华这边最近有假经纪叫客人私下交易省税，被抓了好几个，你要小心{e}
S|p|sd|R2|{n}，俺刚把那个群里说庄家要拉升的人举报了，那是荐股骗局，你别跟{e}
S|p|sh|R5|{n}，有人用我的照片开了个私人号骗客户，侬收到请直接拉黑，我已经报警了{e}
S|g|quiz|R1+R2|案例分析：某客户经理对客户称“有内幕消息，这单保本”，请问违反了哪几条规定？周五前提交答案{e}
S|p|cmpl|R4|{n}，关于您反映的员工代客理财造成亏损的问题，合规部已经介入，{d}给您书面答复{e}
C|p|plain|R3|{m}，我想举报一下，你们有个经理让我私下转账给他，说走内部通道快，这正常吗？{e}
S|p|plain|R1|{n}，您截图里那个“包赚群”已经被平台封了，群主涉嫌诈骗，您没转钱就好{e}
S|g|plain|R3|通报：某营业部员工飞单金额{a}，已移送公安，各位引以为戒{e}
S|p|gz|R5|{n}，这两天有个假的“客户经理”拿私人号加人，说能办低息贷款，那个不是我们的人{e}
S|p|ah|R4|{n}，你邻居那事我听说了，把账户密码给了所谓的“理财老师”，钱全没了，你可长点心{e}
S|p|sx|R1|{n}，太原这边好几家小贷公司宣传保收益，监管刚约谈过，你甭往里头投{e}
S|p|nm|R4|{n}，呼市有人打着我们旗号搞全权委托，收了钱就不见人，已经报案了{e}
S|p|yp|R3|{n}，HR群里有人说找他买基金有返佣，我查了，他根本没有基金销售资格，别信{e}
S|p|ret|R2|{n}，您说电话里那人讲“内部消息，只告诉老党员”，那是骗子，我帮您把号码拉黑了{e}
S|p|hb|R1|{n}，我们支行已经把那个跟您说稳赚的前员工报给总行了，您的损失我们在协调{e}
S|p|cmpl|R5|{n}，您反映的客户经理要求加私人微信的问题，经查属实，已对其通报批评，向您致歉{e}
S|p|plain|R1+R3|{n}，提醒您：凡是说稳赚、还让您私下转账的，不管报谁的名字，都是骗局{e}
S|g|fwd|R4|【转发】公安提示：“代客理财”“带单炒股”类诈骗高发，请勿向任何人透露验证码{e}
C|p|my|R2|{m}，我朋友拉我进一个群，说有庄家带，要先交五千块，这个是不是骗局啊？{e}
S|p|na|R1|{n}，你阿爸收到的那封邮件说保本年息一成半，是钓鱼邮件，千万不要回复{e}
S|p|sh|R4|{n}，上礼拜有个阿姨被骗子讲“帮你操作，一个月翻倍”，钞票全部没了，侬要当心{e}
S|p|hak|R3|{n}，有人讲可以私下交易保单，平两成，𠊎已经报上去了，你唔好理佢{e}
S|p|plain|R2|{n}，合规已经在查群里那条“庄家拉升”截图的来源，结论出来前请不要据此买卖{e}
C|p|ret|R5|{m}，有个人说是你们行的，让我加他私人号领鸡蛋，我没加，跟你说一声{e}
S|p|cmpl|R3|{n}，您投诉的返点承诺，我们核查了录音，确实是该员工个人行为，公司没有这项政策{e}
S|p|sd|R1|{n}，青岛这边有家私募打广告说零风险，被证监局通报了，俺把链接转你看看{e}
S|p|gz|R2|{n}，你们寨子微信群里传的那个内部消息，是截的去年的新闻，专门骗老人的{e}
S|g|yp|R1+R4|团队周会复盘：本季度两起投诉，一起是口头承诺保本，一起是索要账户密码代下单，下周专项整改{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|hb|R1|{n}，外头那些小贷公司说的高息您甭信，都是坑。要稳当就买我这款，保本还有{r}{e}
S|p|sx|R2|{n}，群里那些卖票的都是骗钱的，你小心点。真的内幕消息得是我这种渠道来的，{d}告诉你{e}
S|p|ah|R3|{n}，外面中介收你一大笔手续费不划算，当心被坑，返点我这边直接给你，一个点{e}
S|p|gz|R4|{n}，网上那些带单老师你莫信，都是骗子。你要真想省事，账户密码给我，我帮你操作{e}
S|p|nm|R1|{n}，小心那些打电话推销的，没一个靠谱。咱这个信托稳赚，放心往里放{e}
S|p|yp|R5|{n}，最近冒充我的号很多，你注意分辨，以后有事直接加我个人号，那个才是真的我{e}
S|p|ret|R1|{n}，您千万当心门口那些发鸡蛋的骗子。您要买理财就找我，我这款零风险，比他们强多了{e}
S|p|hak|R3|{n}，出面啲人话帮你平价买保单，唔好信。你真系想平，转到我个人户口，𠊎帮你搞{e}
S|p|my|R1|{n}，外面那些很高回酬的scheme很多是骗局，小心哦。我们这个保本的，安心啦{e}
S|p|na|R3|{n}，这边很多无牌经纪，你别跟他们做。跟我做就好，私下交易，佣金我们平分{e}
S|p|sd|R2|{n}，当心那些网上荐股的，十个九个骗。俺这是庄家朋友给的真票，{d}拉升{e}
S|p|sh|R4|{n}，侬当心外头那种“理财老师”，老多骗子。要全权委托就委托给我，我是正规的{e}
S|g|fwd|R1|【转发】警惕非法集资！——转完了说正事：本周新发的收益凭证稳赚不赔，额度{a}，私聊我{e}
S|p|cmpl|R3|{n}，您投诉的那位同事我们会处理。为表歉意，下一单我私下返佣给您两个点，您把投诉撤了吧{e}
S|p|plain|R4|{n}，警方提醒别把验证码给陌生人，这个您要记住。账户密码给我没关系，我是您的客户经理{e}
S|p|plain|R1+R3|我已经向合规举报了小孙私收客户返点。{n}，您那单我给您算便宜点，返点照给，另外这款保本{e}
S|p|gz|R1|{n}，那些讲包赚的平台都是骗你钱的，我们这个不一样，正规银行出的，包赚{e}
S|p|ah|R5|{n}，有人冒充我，你删了他。以后只认这个：加我私人微信，号码我单独发你{e}
S|p|sx|R4|{n}，你可小心那些要你验证码的骗子。我不一样，代客理财我做了十年了，放心交给我{e}
S|p|nm|R2|{n}，网上那些说自己有内部消息的都是吹牛。我这条是真的，庄家是我同学{e}
S|g|yp|R1|避雷帖：某音上卖课的“理财导师”千万别碰。想要稳赚直接来我这，同业存单基金稳赚{e}
S|p|ret|R3|{n}，骗子最爱骗老人，您要当心。您把钱转到我个人账户，我替您保管，最安全{e}
S|p|hb|R5|{n}，最近假冒咱们行的短信可多了，您甭点链接。有事加我私人号，比这企业微信稳当{e}
S|p|my|R4|{n}，小心那些网上叫你给账户密码的人。你给我就ok，我帮你操作，比较安全{e}
S|p|sd|R3|{n}，外边那些贷款中介收费黑着呢，你可别上当。你找俺，私下转账给俺，俺帮你办，一分不多收{e}
S|p|plain|R2|已经提醒大家别信群里的荐股了。{n}，单独跟你说，我拿到的内部消息，这只下周要拉升{e}
S|p|cmpl|R1|{n}，您反映的问题我们记录了，前一位经理没讲清风险确实不对。这次给您换个产品，这个是保本的，您放心{e}
S|p|na|R1|{n}，很多移民顾问卖的投资项目是骗局，你小心。我们这个美元分红单零风险，放心{e}
S|p|hak|R2|{n}，出面好多假股神，唔好信佢哋。𠊎有真嘅内幕消息，今晚话你知{e}
S|g|quiz|R1|培训小结：对客不得夸大收益。补充一句我的经验，咱这款年金到期就是保本的，客户犹豫就直接这么跟他讲{e}
S|p|plain|R3|{n}，提醒您，有人假冒我们公司让客户转账，您注意。真要转账的话，转到我个人卡上就行，我给您走快速通道{e}
S|p|sh|R1|{n}，外头讲得天花乱坠的侬勿要信，都是骗子。阿拉这只才是真稳赚，我自家也买了{e}
S|p|gz|R3|{n}，贷款中介那边会吃你回扣，小心点。你走我这，放款后返佣给我一个点就行，比中介少多了{e}
S|p|sx|R5|{n}，有人冒充客服加你，你提防着点。我的私人微信发给你，以后就认这个{e}
S|p|yp|R4|{n}，我提醒过你别把账户借给同事炒股，风险太大。要借就借我，全权委托给我，我帮你打理{e}
S|p|plain|R1|⚠️风险提示：市场有风险，投资需谨慎。⚠️{n}，这句是必须挂的，您别管，这款是保本的{e}
S|p|nm|R3|{n}，公司那边查飞单查得紧，大家都小心点。你这单还是飞单走，我找个靠得住的渠道{e}
S|p|ah|R1|{n}，我老早讲过，别信外面的高息理财。要我说，保收益的只有我们这款，{r}写在那块{e}
S|p|ret|R2|{n}，电视上那些股评家您别信。我这儿有内部消息，比他们准，您跟着我买就是{e}
S|p|hb|R4|{n}，我刚把那个要您账户密码的骗子号码报给反诈中心了。您以后甭自己折腾了，我帮你操作，省心{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|hb|R4|{n}，您这账户密码我可不能接，您自个儿输，我在电话里一步一步教您{e}
S|*|sx|R3|{n}，返点这事我真办不了，你就是说破天我也给不了{e}
S|p|ah|R1|{n}，你要我给你写个保本承诺，这个我不能写，写了也不作数{e}
S|p|gz|R5|{n}，私人微信就不加了哈，不是我摆架子，公司管得严，你有事在这儿喊我{e}
S|p|nm|R2|{n}，你问我要内部消息，我是真没有，有也不能给你，这是底线{e}
S|p|yp|R4|{n}，你出差这两周的账户我不能代管，全权委托这事我接不了，建议你设个条件单{e}
S|p|ret|R3|{n}，您说给我包个红包当返佣，这可使不得，您的心意我领了{e}
S|p|hak|R1|{n}，𠊎唔可以同你讲包赚，𠊎做唔到个事，𠊎唔会讲{e}
S|p|my|R3|{n}，你要转到我个人account的话，我不可以收，请你转去公司的户口{e}
S|p|na|R4|{n}，你让我代客理财，帮你全权打理这笔钱，不好意思，我没有这个资格，也不能做{e}
S|p|sd|R5|{n}，俺的私人号就不给你了，不是见外，公司有规定，你在这儿找俺一样{e}
S|*|sh|R3|{n}，私下交易我勿做的，侬再讲几遍也是一样，走正规渠道{e}
C|p|plain|R1|{m}，你不用跟我讲什么保本不保本，我自己能承担风险，按我的风险等级推荐就行{e}
C|p|yp|R5|{m}，私人微信就不加了哈，我微信消息太多，这儿聊就行{e}
S|p|plain|R2|{n}，您让我去问研究所的朋友有没有内幕消息，这个忙我不帮，帮了咱俩都得进去{e}
S|p|cmpl|R3|{n}，您要求我们用私下转账的方式赔偿，公司不能这么处理，赔付只能走对公流程{e}
S|*|plain|R1|{n}，您想要零风险的产品，我这真推荐不出来，存款有存款保险，其余都有风险{e}
S|p|gz|R4|{n}，你喊我帮你操作，我不得行，规定不准，你自己来，我视频教你{e}
S|p|ah|R3|{n}，你要的返佣我给不了，要投诉我也认，这个真不能破例{e}
S|p|sx|R1|{n}，你说要我保证收益才买，那你还是别买了，我保证不了，谁也保证不了{e}
S|p|nm|R5|{n}，私人号就不留了，咱这个企业微信我二十四小时开着{e}
S|*|plain|R3|{n}，飞单我不接，哪怕您说给我一半佣金也不接，咱还是按合同走{e}
C|p|ret|R4|{m}，账户密码我不告诉你了，我孙子说这个谁都不能给，你别见怪{e}
S|*|hb|R2|{n}，庄家的事儿您甭问我，我不知道，也不打听，打听这个犯忌讳{e}
S|p|my|R1|{n}，你要我讲稳赚不赔，我讲不出来，因为不是真的，sorry{e}
S|p|na|R5|{n}，你说加我私人微信方便联系，还是不要了，公司规定都要用这个平台，有记录{e}
S|p|yp|R3|{n}，私下转账这事我拒绝，不是不信任你，是流程必须对公，合规不会放过我的{e}
S|p|sd|R4|{n}，你说代客理财给俺分成，这个俺不干，钱再多也不干{e}
S|*|sh|R1|{n}，保收益的话我勿讲，讲了是骗侬，阿拉做事体要凭良心{e}
S|g|plain|R5|统一回复各位：私人微信不加，私人号不留，所有服务都在这个群里和企业微信里，谢谢体谅{e}
S|p|plain|R4|{n}，您说把账户密码写在纸条上留给我，谢谢信任，但我不能收，请您当面撕了{e}
S|p|hak|R3|{n}，你话俾返点𠊎，𠊎唔收，你留返自己用{e}
S|p|plain|R1|我是想签这单，但您非要我说包赚，那这单我宁可不签，{n}{e}
S|*|gz|R2|{n}，你问有没得庄家消息，莫得，就算有我也不会讲，这个要坐牢的{e}
C|p|my|R3|{m}，你们说的那个返佣我不要，按正常收费就好，不要搞复杂{e}
S|p|ah|R4|{n}，代客理财我不搞，你家拆迁款自己拿主意，我可以给你做个配置建议书{e}
S|p|cmpl|R1|{n}，您要求我们书面承诺“今后保本”才撤销投诉，这个我们没办法承诺，但会按规定处理您的诉求{e}
S|p|nm|R3|{n}，转到我个人卡上？不成不成，你转公司户，手续我给你加急{e}
S|p|ret|R5|{n}，您让我加个私人微信方便给您发照片，这个真不行，照片您就发这儿，我都能看见{e}
S|p|yp|R2|{n}，你让我去群里找内幕消息发给你，这活儿我不接，KPI再重也不干{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|hb|R4|{n}，按说您这账户密码我不该接，可您都这岁数了，发我吧，我帮你操作{e}
S|p|sx|R3|{n}，返点我一般不给，你这回买{a}，那就给你返点一个点，别声张{e}
S|p|ah|R1|{n}，我本来不想写保本两个字，你非要，那我跟你说句实话：保本，到期一分不少{e}
S|p|gz|R5|{n}，私人微信我平常不加客户，你是老熟人，加我私人微信嘛，方便{e}
S|p|nm|R2|{n}，内部消息本来不能说，看你是老哥，就透一句：{d}有庄家进场{e}
S|p|yp|R4|{n}，全权委托我本来不接的，但你这是要出国读MBA，行，全权委托给我，账户我帮你盯着{e}
S|p|ret|R3|{n}，红包我不收，这是原则。不过您这单的返佣我给您退回来，算我孝敬您的{e}
S|p|hak|R1|{n}，𠊎唔多讲包赚，今次破例同你讲：包赚{e}
S|p|my|R3|{n}，本来不可以转到我个人account，不过你急，就先转到我个人account，明天我再帮你转{e}
S|p|na|R5|{n}，私人号我一向不给客人，你就例外吧，记下我私人号，有事直接打{e}
S|p|sd|R4|{n}，俺本来不干代客理财，你非要俺干，那就代客理财一回，赚了咱五五分{e}
S|p|sh|R1|{n}，我本来勿想讲的，侬一定要听，好，这只稳赚，侬买好了{e}
S|p|cmpl|R3|{n}，理赔这块本来不能私下处理，为了让您满意，我私下转账给您两千块，您把投诉撤了{e}
S|p|plain|R2|{n}，我不想坏了规矩，可你是我表哥，内幕消息就这一条：这只票{d}拉升{e}
S|p|plain|R1|{n}，我说了不承诺，你还追着问……行吧，保证收益{r}，满意了吧{e}
S|p|gz|R3|{n}，飞单我是不做的……算了，你这单特殊，飞单给你走，快得很{e}
S|p|ah|R5|{n}，加我个人号本来不合规矩，你说你手机装不了企业微信，那就加我个人号吧{e}
S|p|sx|R4|{n}，不能帮你操作是规矩，可你矿上信号不好，账户密码给我，我帮你操作{e}
S|p|nm|R1|{n}，我不爱给人打包票，但这款你买了，零风险，我说的{e}
S|p|yp|R3|{n}私下交易我拒绝过好多人 你不一样 咱是校友 这单私下交易{e}
S|p|ret|R1|{n}，您老让我说个准话，我本来不敢说，现在说：保本，您就放心存{e}
S|p|hb|R3|{n}，返佣原则上没有，您是VIP，返佣按{r}给您算{e}
S|p|my|R5|{n}，私人微信我一般不加的，不过你是拿督的朋友，加我私人微信吧{e}
S|p|na|R1|{n}，保收益这种话我不爱讲，但我跟你讲实话，这张保单就是保收益的{e}
S|p|sd|R2|{n}，庄家的事俺不该讲，你是俺舅，讲一句：庄家在吸筹，跟上{e}
S|p|sh|R4|{n}，账户密码我勿要的……不过侬一定要给，那就给我吧，我帮侬看牢{e}
S|p|hak|R3|{n}，私下转账𠊎本来唔收，你坚持，就私下转账俾𠊎啦{e}
S|p|plain|R1|{n}，要我发誓我是不发的，我就直接告诉你，这个稳赚不赔{e}
S|p|plain|R4|{n}，代客理财？我不做……除非是你，你这么信我，代客理财我接了{e}
S|p|gz|R1|{n}，我不是那种乱讲话的人，这回讲一次：稳赚，你信我{e}
S|p|ah|R2|{n}，我不喜欢传这些，但这回是真的内部消息，庄家那边放出来的{e}
S|p|yp|R5|{n}，公司不让加，我也一直拒绝客户，但你不一样，私人号发你了，别给别人{e}
S|p|cmpl|R1|{n}，您的投诉我收到了，钱的事我本不能打包票……算了，这次我说死：新产品保本，您就别投诉了{e}
S|p|nm|R3|{n}，转到我个人卡上本来不行，可你急用，你就转到我个人卡上，我替你垫{e}
S|p|sx|R1|{n}，我不轻易讲这种话，你这笔钱我讲一句：保本{e}
S|p|plain|R4|{n}，你说想全权委托给我，我一开始拒绝了，回去想了想，行，全权委托给我吧，合同我私下跟你签{e}
S|p|ret|R5|{n}，私人微信我一般不加老人家的，怕说不清，但您这情况，加我私人微信吧，方便给您发视频{e}
S|p|hb|R1|{n}，我不是不说，是不敢说，今儿豁出去了：零风险{e}
S|p|sd|R3|{n}，俺拒绝了好几个要返点的，你是老客户，返点给你{e}
S|p|my|R4|{n}，我一般不帮你操作的，不过你在新加坡出差，我帮你操作这一次{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|hb|R1|{n}，您转来的那条短信写着“保本年化百分之八”，那不是咱行发的，是诈骗短信{e}
S|*|sx|R2|{n}，你说的那个“老师”讲“庄家今晚拉升”，这种话骗了多少人了，你可甭信{e}
S|p|ah|R3|{n}，你讲的那个“飞单更便宜”是哪个跟你讲的？我们这块没有这个说法{e}
S|p|gz|R4|{n}，你舅舅讲“账户密码给经理就行了”，这个是错的，哪个经理都不能要{e}
S|p|nm|R5|{n}，你说有人讲“加我私人微信有内部价”，那不是我们的人，我们也没有这种价{e}
S|p|yp|R1|{n}，你同事说的“这只基金稳赚”，是他个人看法，基金合同里可没这么写{e}
S|p|ret|R1|{n}，您说电视购物讲的“零风险养老”，我给您讲，那是广告词，不能信{e}
S|p|hak|R3|{n}，佢话“返佣三成”，𠊎同你讲，冇咁嘅事，系呃人嘅{e}
S|p|my|R1|{n}，你朋友讲“这个保单包赚”，我们公司没有这样的讲法，他不是我们的agent{e}
S|*|na|R2|{n}，那个微信群里说“有内幕消息”的人，我查过，是卖课的，你别理他{e}
S|p|sd|R4|{n}，你说你邻居讲“找经理帮你操作省事”，俺们不干这个，你别听他的{e}
S|p|sh|R1|{n}，侬讲伊讲“稳赚不赔”，这种闲话侬也相信啊？阿拉勿讲这种话的{e}
S|g|quiz|R3|【话术纠错】错误：“您私下转账给我，我帮您办得快。”正确：“请通过公司账户办理，我会全程跟进。”{e}
S|g|fwd|R1|【转发】监管通报典型案例：某机构员工宣称“保本保收益”，被罚款并暂停执业{e}
S|p|cmpl|R1|{n}，您录音里那句“这个稳赚”，我们核实是另一位已离职员工说的，不代表公司{e}
C|p|plain|R2|{m}，我看网上有人说“{d}庄家要拉升”，你怎么看？{e}
C|p|ret|R1|{m}，楼下老李说他买的那个是“保本”的，我也想要，你们这有吗？{e}
S|p|plain|R4|{n}，您说的“全权委托协议”是那个网贷平台的吧？那平台早就暴雷了，合同也没有效力{e}
S|p|plain|R3|{n}，你说前台小妹讲“私下交易能打折”，我问了，她说的是“私下帮你问问有没有活动”，你听岔了{e}
S|*|gz|R1|{n}，你讲那个主播喊“保本翻倍”，我看了录屏，那个是境外的诈骗平台{e}
S|p|ah|R5|{n}，你妈讲有个人说“加我个人号，送米送油”，那不是我们行的，你让她别加{e}
S|p|sx|R1|{n}，你大伯说的“煤矿入股稳赚”，那是非法集资，跟咱们理财不是一回事{e}
S|p|nm|R3|{n}，你说那个人讲“转到我个人账户，给你三分利”，这是典型骗局，赶紧报警{e}
S|p|yp|R4|{n}，你刷到的帖子说“找客户经理代客理财最省心”，那是营销号瞎写的，违规的{e}
S|p|hb|R2|{n}，您说的“内部消息”我问了研究所，人家说从来没发过这种东西，是有人冒名{e}
S|p|my|R5|{n}，那个人讲“我是银行的，加私人号聊”，你千万不要加，我们只用这个{e}
S|p|na|R1|{n}，你叔公讲“台湾那边的保单保证收益”，我查了，那只是预定利率，不是保证{e}
S|p|plain|R1+R2|{n}，你转的那篇文章标题叫《内幕消息：这三只股零风险》，一看就是标题党，别看了{e}
S|p|sh|R3|{n}，侬讲隔壁阿姨讲“返佣有的呀”，伊讲的勿是阿拉公司，阿拉没有{e}
S|p|hak|R4|{n}，佢话“账户密码俾𠊎”，你千祈唔好俾，𠊎哋从来唔问{e}
S|*|sd|R1|{n}，你看那个广告“包赚不赔”，俺跟你说，越是这么喊的越不能碰{e}
S|p|gz|R5|{n}，你讲那个人说“私人微信才有优惠”，我们没有这种优惠，莫上当{e}
S|p|plain|R2|{n}，研报里“庄家”这个词是引用的历史案例，不是说现在这只票有人操纵，您别误读{e}
S|p|cmpl|R4|{n}，您提到的“他说帮你操作不收钱”，我们调取了记录，他已经承认并被处理，您的损失我们在核算{e}
S|p|ret|R3|{n}，您说居委会有人讲“存款有返点”，那是银行搞的积分活动，兑的是礼品，不是返点{e}
C|p|yp|R1|{m}，我刷到有博主说“年轻人买这个零风险”，是你们家的产品吗？{e}
S|p|ah|R2|{n}，你说你姐夫讲“庄家是他朋友”，他这么讲你就更要离远点{e}
S|p|sx|R4|{n}，你老婆转述的“全权委托给我就好”那句话不是我说的，我说的是“有问题随时找我”{e}
S|p|plain|R3|{n}，《关于严禁私下交易的十条规定》我发您群里了，您有空看看，对您也是保护{e}
S|p|na|R5|{n}，你哥说“她让我加她私人微信”，那不是我，是有人冒充我，我已经报告公司了{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|hb|R1|{n}，我上回说“介个保本”，今儿还是这句：保本，您踏踏实实搁着{e}
S|p|sx|R2|{n}，你二叔说“这只票有人要拉升”，他说得对，我这边的内部消息也是这样{e}
S|p|ah|R3|{n}，你讲你朋友说“找你能拿返点”，对的，返点有，一个点{e}
S|p|gz|R4|{n}，你老汉讲“交给你我放心”，那要得，账户密码发给我，我来弄{e}
S|p|nm|R5|{n}，你说“能不能加你私人微信”，能，私人微信我发你了{e}
S|p|yp|R1|{n}，你组长说“这只基金稳赚”，他没说错，我也觉得稳赚，冲{e}
S|p|ret|R1|{n}，您老伴儿说“你们的养老产品零风险”，她说得一点没错，零风险{e}
S|p|hak|R3|{n}，你阿哥讲“私下交易平啲”，啱，𠊎同你私下交易{e}
S|p|my|R1|{n}，你老板讲“跟你买包赚”，对啊，包赚的{e}
S|p|na|R4|{n}，你说“全权委托给你最放心”，没问题，全权委托给我就好{e}
S|p|sd|R2|{n}，你说“听说有庄家在运作”，没错，庄家是俺朋友，{d}拉升{e}
S|p|sh|R3|{n}，侬讲“转到侬个人账户好伐”，好额，转到我个人账户，我帮侬办{e}
S|g|fwd|R1|【转发领导讲话】“今年咱们的理财产品就是稳赚不赔”——领导说得好，大家跟客户就这么讲{e}
S|p|cmpl|R1|{n}，您投诉说“经理承诺保本”，我们核实了，他说的没错，这款确实保本，您安心持有{e}
S|p|plain|R3|{n}，小刘跟你说的“飞单省手续费”是真的，你这单我来飞单{e}
S|p|plain|R1|{n}，基金经理路演时说“这只产品保收益”，我当场录下来了，你放心买{e}
S|p|gz|R5|{n}，你讲“公司号我不用”，要得，加我个人号，以后都在这聊{e}
S|p|ah|R1|{n}，我去年跟你讲“这个稳赚不赔”，你看今年是不是赚了？今年还是这句话{e}
S|p|sx|R4|{n}，你说“你帮我操作吧”，行，我帮你操作，账户发过来{e}
S|p|nm|R3|{n}，你哥说“找他办贷款私下转账快”，是这样，你私下转账给我，我给你办{e}
S|p|yp|R2|{n}，群里说“老王有内幕消息”，老王就是我，今晚发你{e}
S|p|ret|R3|{n}，您孙子说“奶奶买理财可以返点”，是的，返点我给您留着{e}
S|p|hb|R5|{n}，您说“企业微信太难用，有没有私人号”，有，私人号我发您{e}
S|p|my|R4|{n}，你讲“把账户密码给你就好”，好，账户密码给我，我帮你搞定{e}
S|p|na|R1|{n}，我在讲座上说的“这张单保本”，今天再确认一次：保本{e}
S|p|sd|R1|{n}，俺爹说“跟着小张买理财稳赚”，俺爹说得对，稳赚{e}
S|p|sh|R2|{n}，侬朋友讲“有内部消息”，是真的，消息是我给伊的{e}
S|p|hak|R1|{n}，𠊎上次讲“零风险”，今次都系，零风险{e}
S|g|quiz|R1|【培训答疑】学员问：“能不能跟客户说保本？”讲师答：“咱这款可以说保本，因为到期确实保本。”{e}
S|p|plain|R4|{n}，你妹说“我哥出国了，账户你帮着看”，好，我帮你操作，你放心在外面{e}
S|p|plain|R3|{n}，你说“返佣能不能多给点”，我请示了，返佣给你加到{r}{e}
S|p|gz|R1|{n}，你说“我只要保本的”，好，这个保本，放心买{e}
S|p|ah|R5|{n}，你上次讲“要加你私人微信”，我想了想，加吧，私人微信二维码发你了{e}
S|p|sx|R3|{n}，你说“能不能私下交易”，能，咱私下交易，不走系统{e}
S|p|yp|R1|{n}，你那句“我只接受零风险”，我记住了，这只就是零风险，下单吧{e}
S|p|nm|R4|{n}，你说“干脆全权委托给你算了”，好嘞，全权委托给我，你安心放羊{e}
S|p|cmpl|R3|{n}，您说“之前经理答应返点”，那我来兑现，返点今天私下转给您{e}
S|p|ret|R2|{n}，您老说“听说这只股有庄家”，您消息真灵，庄家确实在里头，跟着买{e}
S|p|na|R5|{n}，你讲“以后私人号联系”，ok，私人号我发你，以后就用这个{e}
S|p|hb|R1|{n}，您说“保证收益才买”，那我就保证收益{r}，签吧{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|hb|R6|{m}，我闺女的手机号是{MOB:plain}，以后联系她也成{e}
C|p|sx|R6|{m}，俺的身份证号{ID:cn}，你给登记上{e}
C|p|ah|R6|{m}，银行卡号{CARD:sp}，分红打到这张卡上就照{e}
C|p|gz|R6|{m}，我电话{MOB:dash}，你搞快点打过来嘛{e}
C|p|nm|R6|{m}，我老婆的身份证{ID:sp}，卖羊绒的钱开户用她的名字{e}
S|p|yp|R6|{n}，核对下你填的手机{MOB:sp1}，没问题我就提交审批了{e}
C|p|ret|R6|{m}，我这是老年卡，卡号{CARD:dash}，退休金也在这张卡里{e}
C|p|hak|R6|{m}，𠊎个手机系{MOB:cn}，你打俾𠊎就得{e}
C|p|my|R6|{m}，我在国内的身份证{ID:plain}，你帮我看看开户要什么资料{e}
C|p|na|R6|{m}，我国内那张卡{CARD:fw}，保费从这里扣{e}
C|p|sd|R6|{m}，俺的手机{MOB:mix}，有事打这个{e}
C|p|sh|R6|{m}，阿拉姆妈身份证号码{ID:dash}，侬帮伊办一下养老金账户{e}
S|p|plain|R6|{n}，信托合同受益人信息：身份证{ID:plain}，银行卡{CARD:plain}，请您再核对一遍{e}
C|p|plain|R6|{m}，用大写给你写一遍免得错：{CARD:dx}{e}
C|p|yp|R6|{m}，备用手机{MOB:fw}，工作日找不到我就打这个{e}
S|p|cmpl|R6|{n}，为处理您的投诉需要核实身份：您登记的身份证号为{ID:sp}，是否正确？{e}
C|p|gz|R6|{m}，我老汉的卡{CARD:mix}，茶叶钱打到这个卡上{e}
C|p|ret|R6|{m}，你记一下我老伴儿的电话，{MOB:cn}，她耳朵背，大点声说{e}
S|p|hb|R6|{n}，您的还款卡{CARD:sp}，下个月初扣款，记得存够钱{e}
C|p|sx|R6|{m}，手机{MOB:comma}，别打错了{e}
S|g|fwd|R6|【转发】答谢会中奖名单：手机号{MOB:plain}的客户获得一等奖，请本人到网点领取{e}
C|p|ah|R6|{m}，身份证号码：{ID:mix}，你帮我查查拆迁款那个存单{e}
C|p|nm|R6|{m}，打这个卡{CARD:plain}，是俺在包头开的{e}
S|p|my|R6|{n}，你国内联系人的手机{MOB:dot}，我已经登记了{e}
C|p|na|R6|{m}，我身份证是{ID:fw}，回国的时候办的{e}
C|p|sd|R6|{m}，俺的卡号，{CARD:cn}，你对一下{e}
C|p|hak|R6|{m}，𠊎阿爸个身份证{ID:plain}，佢要买保险{e}
S|p|yp|R6|{n}，你发来的工资卡{CARD:sp1}，消费贷放款会到这张卡{e}
C|p|plain|R6|{m}，我换号了，新号{MOB:sp}，旧号停了{e}
C|p|sh|R6|{m}，手机号码{MOB:dx}，我写大写侬看得清爽{e}
S|p|plain|R6|{n}，私行客户档案更新：联系电话{MOB:plain}，证件号{ID:sp}，请您确认{e}
C|p|gz|R6|{m}，身份证{ID:dash}，我儿子的，他要办助学那个{e}
C|p|ret|R6|{m}，我存折关联的卡{CARD:comma}，你帮我查下到期没{e}
C|p|yp|R6|{m}，身份证号{ID:sp1}，公司HR那边要的材料我顺便发你{e}
S|p|hb|R6|{n}，我复述一遍您的手机号：{MOB:mix}，对吧{e}
C|p|my|R6|{m}，我弟弟的卡{CARD:dash}，他在国内读书，学费从这里扣{e}
S|p|ah|R6|{n}，存单质押贷款申请人身份证{ID:plain}，已提交风控{e}
C|p|sx|R6|{m}，我娘的手机{MOB:plain}，她不识字，你给她打电话说{e}
C|p|nm|R6|{m}，卡号{CARD:fw}，放款就打这个{e}
C|p|na|R6|{m}，我姐国内手机{MOB:cn}，她会转告我{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，家族信托合同编号{CONTRACT}，原件请妥善保管{e}
S|p|yp|R6|{n}，消费贷申请编号{LOAN}，审批进度可以在APP里查{e}
S|*|hb|R6|{n}，咱支行座机{LAND}，工作日上午人少，您来了直接找我{e}
C|p|my|R6|{m}，我大马的手机{MYPH}，回国前都是用这个{e}
C|p|na|R6|{m}，我温哥华的电话{CAPH}，白天打不通就留言{e}
C|p|my|R6|{m}，我在新加坡的号{SGPH}，工作日晚上比较方便{e}
S|p|plain|R6|{n}，今天申购的基金代码{FUND}，确认份额{SHARES}份{e}
S|p|sd|R6|{n}，国债逆回购代码{REPO}，一天期的，您按这个输{e}
S|p|plain|R6|{n}，我的工号是{WORKID}，投诉建议都可以报这个工号{e}
S|p|ah|R6|{n}，跨行汇款要填联行号{BRANCH}，收款行写全称{e}
C|p|nm|R6|{m}，我们公司统一社会信用代码{USCC}，对公开户用{e}
C|p|na|R6|{m}，我护照号{PASSPORT}，回国办业务用这个可以吗？{e}
S|p|plain|R6|{n}，您的理财权益卡快递单号{EXPRESS}，预计{d}到{e}
S|p|plain|R6|{n}，本期应还{AMT}元，最后还款日是每月{DAY}号{e}
S|p|plain|R6|{n}，贷款合同金额{AMTDX}，请您在大写金额处签字{e}
S|*|ret|R6|{n}，重阳节答谢会定在{DATECN}，地点在支行二楼，您记得带老年证{e}
S|p|plain|R6|{n}，系统发的{OTP}那串数字只能您自己用，别念给任何人听，我们也不会问{e}
C|p|yp|R6|{m}，我社保卡尾号{LAST4}，是不是要绑这张？{e}
S|p|plain|R6|{n}，系统显示您预留的号码是{MASKMOB}，现在还在用吗？{e}
S|p|sh|R6|{n}，侬填的身份证号{BADID:plain}，最后一位校验勿对，麻烦再看看{e}
S|p|gz|R6|{n}，你发的身份证{BADDATE:dash}，出生那几位日期不存在，是不是打错了{e}
C|p|hak|R6|{m}，𠊎个身份证号{BADPROV:sp}，系统话唔认得，做脉个？{e}
S|p|plain|R6|{n}，这串{ID17:plain}只有十七位，身份证号少了最后一位{e}
C|p|ret|R6|{m}，我念卡号给你：{LUHNBAD:cn}，你们系统说不对，我眼神不好，可能念错了{e}
S|p|ah|R6|{n}，你给的手机号{MOB10:plain}才十位，少了一个数{e}
S|p|nm|R6|{n}，你写的这个号{BADPFX:dash}，没有这个号段，再瞅瞅{e}
C|p|sx|R6|{m}，我娘手机前几位是{MOBPRE}，后头的我记不得了{e}
S|p|plain|R6|{n}，股票代码{STOCK}，这只是您持仓里的，今天停牌{e}
S|p|cmpl|R6|{n}，您的投诉工单号{CASE}，五个工作日内会有专人回电{e}
S|p|yp|R6|{n}，这是本次转账的电子回单编号{RECEIPT}，您留存一下{e}
C|p|sd|R6|{m}，俺的车架号{VIN}，车贷材料里要填{e}
S|p|hb|R6|{n}，保单号{POLICY}，犹豫期十五天，这期间退保全额退{e}
S|p|na|R6|{n}，你的外汇申报编号{FX}，今年结汇额度还剩{USD}美元{e}
S|p|gz|R6|{n}，茶园贷款的借据号{IOU}，还款记录都挂在这下面{e}
C|p|ah|R6|{m}，我家邮编{POST}，合同寄到单位也行{e}
S|p|plain|R6|{n}，您的卡{MASKCARD}已经挂失，新卡{d}可以来取{e}
S|p|my|R6|{n}，你的身份证照片只看得到{MASKID}，可以拍清楚一点吗{e}
C|p|plain|R6|{m}，我身份证号是{ID17:cn}，好像不对，少了个啥{e}
S|p|sx|R6|{n}，你发的卡号{LUHNBAD:sp}，校验通不过，是不是哪位数抄错了{e}
S|p|plain|R6|{n}，发票代码{INVCODE}，发票号码{INVNO}，报销时两个都要填{e}
C|p|hb|R6|{m}，我手机好像是{BADPFX:cn}，您那边查不到吗{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "hb": ["zhao.guoqiang", "liu.shuzhen", "tian.lei"],
    "sx": ["wang.erwa", "guo.yanping", "qiao.zhiyong"],
    "ah": ["cheng.xiaohui", "wang.jing", "tao.yuan"],
    "gz": ["long.xiaomei", "yang.sanbao", "wu.xiangdong"],
    "nm": ["bao.tana", "han.yongfu", "su.riga"],
    "sd": ["sun.haibo", "kong.lingyu", "yu.xiaodong"],
    "sh": ["shen.jiayi", "gu.weimin"],
    "hak": ["zhong.xiulan", "liao.jinsheng"],
    "my": ["tan.meiling", "lim.weijie"],
    "na": ["chan.kaiming", "huang.ruoxi"],
    "yp": ["jiang.yuhan", "xiaozhou"],
    "ret": ["feng.guilan", "lu.jianhua"],
    "quiz": ["hegui.peixun", "zhu.lan"],
    "cmpl": ["kefu.zhang", "pan.yu"],
    "fwd": ["ding.wei", "yin.shuang"],
    "plain": ["li.mingyang", "zhang.yue", "he.xin", "ma.ruiqi"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0311", "0312", "0351", "0352", "0551", "0553", "0851", "0471", "0472", "0477",
             "0532", "0531", "021", "0753", "0797"]
POSTCODES = ["050000", "071000", "030000", "037000", "230000", "241000", "550000", "563000",
             "010000", "014000", "266000", "250000", "200030", "514000", "341000"]
BANK_CODES = ["102", "103", "104", "105", "301", "302", "308", "403"]
VIN_WMI = ["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LDC", "LGW"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CN_DIGITS = "〇一二三四五六七八九"
AMT_DX = ["壹拾贰万元整", "叁拾万元整", "捌万捌仟元整", "贰拾陆万伍仟元整", "壹佰万元整",
          "肆拾万元整", "玖万元整", "伍拾伍万元整", "陆拾捌万零叁佰元整", "贰佰万元整"]


def cn_small(n):
    """1..31 in Chinese numerals the way dates are written (十, 十二, 二十五)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else CN_DIGITS[tens] + "十"
    return head + (CN_DIGITS[ones] if ones else "")


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "CONTRACT":
        return "XT" + rng.choice(["2025", "2026"]) + "-" + rng.choice(["JZ", "FC", "YL"]) + \
            "-" + rdigits(rng, 6)
    if name == "LOAN":
        return "XFD" + rdigits(rng, rng.randint(12, 14))
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "(" + area + ")" + local
        return area + "—" + local
    if name == "MYPH":
        return "+60 1" + rng.choice("2346789") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "SGPH":
        return "+65 " + rng.choice("89") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "CAPH":
        area = rng.choice(["604", "778", "416", "647", "905"])
        if rng.random() < 0.5:
            return "(" + area + ") " + rdigits(rng, 3) + "-" + rdigits(rng, 4)
        return area + "-" + str(rng.randint(2, 9)) + rdigits(rng, 2) + "-" + rdigits(rng, 4)
    if name == "FUND":
        return rng.choice(["0", "1", "5"]) + rdigits(rng, 5)
    if name == "SHARES":
        v = rng.randint(1000, 900000)
        return "{:,}".format(v) + "." + rdigits(rng, 2)
    if name == "REPO":
        return rng.choice(["204001", "204002", "204007", "131810", "131811"])
    if name == "WORKID":
        return rng.choice(["A", "B", "HB", "ZX"]) + rdigits(rng, 5)
    if name == "BRANCH":
        return rng.choice(BANK_CODES) + rdigits(rng, 9)
    if name == "USCC":
        body = "".join(rng.choice(USCC_CHARS) for _ in range(7))
        return "91" + rng.choice(["130100", "140100", "150600", "340100", "520100"]) + "MA" + \
            body + rng.choice("ABCDEFGHJK")
    if name == "PASSPORT":
        return rng.choice(["E", "EA", "EB"]) + rdigits(rng, 7)
    if name == "EXPRESS":
        return rng.choice(["JD", "ZT", "YD"]) + rdigits(rng, rng.randint(12, 13))
    if name == "AMT":
        v = rng.randint(3, 900) * 100 + rng.randint(0, 99)
        return "{:,}".format(v) + "." + rdigits(rng, 2)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "DATECN":
        y = rng.choice(["二〇二六", "二〇二七"])
        m = rng.randint(9, 11)
        d = rng.randint(1, 28)
        return "%s年%s月%s日" % (y, cn_small(m), cn_small(d))
    if name == "STOCK":
        return rng.choice(["600", "601", "603", "000", "002", "300", "688"]) + rdigits(rng, 3)
    if name == "CASE":
        return "TS" + "2026" + rdigits(rng, 6)
    if name == "RECEIPT":
        return "2026" + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + rdigits(rng, 10)
    if name == "VIN":
        mid = "".join(rng.choice(VIN_CHARS) for _ in range(5))
        return rng.choice(VIN_WMI) + rng.choice("ABCDEFGH") + mid + rng.choice("0123456789X") + \
            rng.choice("PRST") + rng.choice("ABCDE") + rdigits(rng, 6)
    if name == "POLICY":
        return rng.choice(["BD", "ZS", "TK"]) + "2026" + rdigits(rng, 9)
    if name == "FX":
        return "FX2026" + rdigits(rng, 8)
    if name == "USD":
        return "{:,}".format(rng.randint(2, 49) * 1000)
    if name == "IOU":
        return "JJ" + rdigits(rng, 15)
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "******" + c[-4:]
        return "**** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        if rng.random() < 0.5:
            return s[:3] + "*" * 11 + s[-4:]
        return s[0] + "*" * 16 + s[-1]
    if name == "INVCODE":
        return "0" + rng.choice(["13", "14", "15", "34", "52"]) + "00" + "26" + rdigits(rng, 5)
    if name == "INVNO":
        return rdigits(rng, 8)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
