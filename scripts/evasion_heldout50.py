#!/usr/bin/env python3
"""Blind held-out evaluation set 50 ("heldout50") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author never opened the scanner, its rule files, its tests, its archive,
its docs or any other evaluation set's templates.  Only the shared machinery
(``scripts/evasion_blind_common.py``), the structure of ``scripts/evasion_heldout22.py`` and
``scripts/eval_categories.sh`` were read; every template below was written fresh from general
knowledge of how Chinese-speaking financial sales staff (bank, broker, fund, insurance, trust,
futures, precious metals, consumer loans) and their customers talk on WeCom (企业微信).  The
set exists to measure how well the scanner generalises: do not tune the scanner to it, do not
add it to any training data, and run it once.

Voices
------
Gansu (Lanzhou) Mandarin; Liaoning speech; Wenzhou merchants' Mandarin; Chaoshan speech;
Macau Cantonese; Qinghai and Ningxia Mandarin; overseas students and their parents; very
formal written style; forwarded notices; quizzes and answer games in customer groups;
complaint replies; plain Mandarin staff and customers.
Settings: bank wealth products and income certificates, broker accounts, fund subscriptions,
annuity and dividend insurance, trusts, futures margin, gold accumulation plans and bars,
car and consumer loans, tuition and overseas fees.

Hard cases
----------
Rhetorical questions and urgings that assert; questions that do not; denials; prohibitions
followed by a breach (labelled hits) and honest prohibitions (near misses); warnings about
others followed by the speaker's own offer; reports to compliance; refusals that hold and
refusals that give in; quotations of others rejected or endorsed; quoting one's own earlier
promise; keyword inside a book or app title (near miss); keywords split by one of the
separators ``· -_*.~`` in a minority (more than 0 and under 15 %) of each keyword
category's hits; 25 % of every category in traditional characters through the shared
one-to-one table.
Numbers: valid mobiles, resident IDs and bank cards in Chinese numerals, 大写, mixed scripts,
full-width digits, split by spaces, dashes, dots and commas, versus look-alikes (bad check
characters, impossible dates, bad province codes, 17-digit IDs, Luhn failures, masked
numbers, 10-digit and bad-prefix mobiles) and other codes (policy, order, express, flow,
invoice, complaint numbers, futures and fund codes, landlines, Macau / Hong Kong / UK / US
phones, amounts, dates, QQ numbers, postcodes, one-time codes).

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout50.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h50_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 50_2026_1220
SET_NAME = "heldout50"
MSGID_PREFIX = "h50"
T0 = 1782200000000
SEQ0 = 2200000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("mo", "lx")  # Macau and overseas-student messages go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "132", "133", "135", "136", "138", "139", "145", "150", "152", "155",
              "157", "158", "159", "162", "165", "167", "171", "176", "177", "180", "181",
              "183", "185", "186", "187", "189", "190", "193", "195", "196", "197", "199"]
AREAS = ["620102", "620103", "620104", "620402", "210102", "210202", "210302", "211302",
         "330302", "330303", "330381", "445102", "440507", "445202", "630102", "630103",
         "640104", "640105", "310101", "110108", "440106", "320505"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "622609", "623058", "621226", "625965"]
CARD_BINS19 = ["6222021", "6228480", "6217001", "6212261", "6230580"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["马姐", "何叔", "苏老板", "雷哥", "包阿姨", "祁总", "牛大哥", "丁姐", "蔡老师", "邵哥",
          "温姨", "潘总", "庞姐", "鲁叔", "葛老板", "童姐", "翁哥", "沈老师", "严大姐", "柯总"],
    "m": ["小单", "苗经理", "小戚", "毛老师", "贺经理", "小闫", "宋主管", "小尚", "岳经理",
          "小欧", "钟姐", "小倪"],
    "e": ["", "", "🙂", "👌", "🙏", "😅", "🤝", "🌸", "💰", "📈", "☕", "👍"],
    "d": ["明天下午", "周四上午", "这个月底", "下周二", "今晚九点", "大后天", "本周五", "周日",
          "下个礼拜", "后天早上"],
    "a": ["3万", "8万", "12万", "25万", "40万", "60万", "90万", "120万", "150万", "250万"],
    "r": ["2.6%", "3.2%", "3.6%", "4.1%", "4.6%", "5.2%", "5.8%", "6.5%", "3.95%", "4.35%"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; mo and lx prefer traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|gs|R1|{n}，这款银行理财到期保本，你把钱搁在炕柜里能下崽吗？{d}前定下来{e}
S|p|ln|R1|{n}，稳赚的买卖你还磨叽啥呀？{a}放进去年底就见分晓{e}
S|p|wz|R1|{n}，做生意的人都晓得，保证收益{r}的东西上哪里去找？你不买我都替你急{e}
S|p|cs|R1|{n}，这个贵金属定投零风险，你还惊什么？阿舅都买了三份{e}
S|p|mo|R1|{n}，呢只信托计划保本㗎，你仲喺度等乜嘢？{d}截数{e}
S|p|lx|R1|{n}，你在墨尔本读书，学费放这个美元理财包赚，何乐而不为呢？{e}
S|p|qh|R2|{n}，我啥时候骗过你？内幕消息都到手了，{d}那只票就拉升，你还不赶紧？{e}
S|g|plain|R2|各位大哥，庄家都进场了你们还观望？等公告出来黄花菜都凉了{e}
S|p|nx|R3|{n}，车贷审批走我这头，返点我给你留一个点，这样的好事上哪找去？{e}
S|p|ln|R3|{n}，钱直接转到我个人卡上，当天就能办完，何必排三天队？{e}
S|p|wz|R3|{n}，私下交易省下来的手续费够你请两顿饭了，傻子才走柜台吧？{e}
S|p|gs|R4|{n}，你一个人开拉面馆忙得脚不沾地，账户密码交给我，我帮你操作不是正好？{e}
S|p|cs|R4|{n}，全权委托给我，你安心泡你的工夫茶，这有什么不好？{e}
S|p|plain|R5|{n}，企业微信晚上我不常看，加我个人号不就随叫随到了吗？{e}
S|p|formal|R1|{n}，本期收益凭证保本保收益，若此时不购，待额度售罄，岂不可惜？{e}
S|p|fwd|R1|【转发】{n}，你看看这条：期货资管新品稳赚不赔，错过这期还要再等半年，是不是该上车了？{e}
S|p|plain|R1|{n}，黄金积存金你还怕什么？金价跌了我兜底，稳赚嘛{e}
S|p|plain|R2|{n}，消费金融这块我不懂，可券商那边的内部消息你总信吧？{d}要拉升的{e}
S|p|plain|R3|{n}，保险公司给的佣金我拿出一半返佣给你，你说这么实在的经理哪里找？{e}
S|p|mo|R5|{n}，公司部机成日死机，加我私人微信咪仲方便？{e}
S|p|lx|R5|{n}，你在多伦多时差大，私人号上找我不是更方便嘛？我半夜都回{e}
S|p|qh|R1|{n}，这个年金险保本，你把钱压在褥子底下，能有利息吗？{e}
S|p|gs|R1|{n}，兰州这边好多老顾客都买了，包赚的东西，你还犹豫个啥嘛？{e}
S|g|quiz|R1|抢答题：什么理财又保本又有{r}？答案就是我们的新款信托，手快的私聊{e}
S|p|ln|R4|{n}，你白天上班盯不了盘，代客理财这活儿我熟啊，交给我还能差了？{e}
S|p|wz|R2|{n}，庄家在吸筹，这点你还看不出来？跟着走就对了{e}
S|p|cs|R3|{n}，飞单这种事行内谁没做过？我帮你走一单，手续费省一大截，你怕啥？{e}
S|p|plain|R1|{n}，不就是{a}嘛，放进这个零风险的收益凭证，年底不就多出一笔？还想什么？{e}
S|p|plain|R4|{n}，密码这种事，你信我还是信手机？账户密码发过来，我帮你操作就是了{e}
S|p|plain|R1+R5|{n}，稳赚的路子我只在私人微信里发，你还不加？{e}
S|p|cmp|R1|{n}，您投诉我说话太满，可这款就是保本的，我说错哪一句了？{e}
S|p|formal|R3|{n}，阁下若私下转账至本人账户，可省去审批之繁，何乐不为？{e}
S|p|nx|R2|{n}，这条内部消息我只跟你一个人说，你再不动手，等别人抢了先吗？{e}
S|p|plain|R1|{n}，谁跟你说买保险会亏？这款分红险稳赚不赔，不信咱打个赌{e}
S|g|plain|R1|大家伙说说，哪年跟着我的定投亏过？这就是稳赚，还要我怎么证明？{e}
S|p|lx|R3|{n}，学费换汇走银行多麻烦，私下转账给我，我在这边帮你付，不香吗？{e}
S|p|plain|R2|{n}，{d}庄家要拉升这事你还要我说几遍？钱准备好没有？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|gs|R1|{m}，这个理财是保本的不？我攒的是娃娃上学的钱{e}
S|p|gs|R1|{n}，你问保本不？实话说不保本，净值会上下走，你要想好{e}
C|p|ln|R1|{m}，你们那个黄金积存到底稳赚不？我老伴天天念叨{e}
S|p|ln|R1|稳赚？{n}，这话谁说的你让他来跟我说，理财哪有稳赚的{e}
S|p|wz|R1|{n}，做生意的人最清楚，零风险的买卖有没有？没有嘛，理财也一样{e}
C|p|cs|R2|{m}，我听人讲有庄家在炒那只票，是真是假？{e}
S|p|cs|R2|{n}，庄家？你是听谁讲的？我这边从不打听这些，公开信息都摆在这里{e}
S|p|mo|R2|{n}，你问我有冇内幕消息？冇，真系冇，有都唔会讲{e}
C|p|mo|R3|{m}，可唔可以私下交易？咁样快啲{e}
S|p|qh|R3|{n}，飞单出了问题谁管你？所以我压根不碰这个，你放宽心{e}
C|p|nx|R3|{m}，别家车贷说有返点，你们家咋没有？{e}
S|p|nx|R3|{n}，返点？没有的，贷款利率和费用都写在合同上，一分不多收{e}
S|p|plain|R4|{n}，账户密码能发给别人吗？不能，包括我在内，谁要都别给{e}
C|p|plain|R4|{m}，我老眼昏花的，全权委托给你们行不行？{e}
S|p|plain|R4|{n}，全权委托？您是想省心我理解，可这不合规，您得自己拿主意{e}
S|p|lx|R5|{n}，你问我有没有私人微信？工作都在这里，有记录对你也是保障{e}
C|p|lx|R5|{m}，我在英国不太用企业微信，你有私人号吗？{e}
S|p|formal|R1|{n}，您询问该产品是否保证收益，谨答复如下：不保证，业绩比较基准不代表实际收益{e}
S|p|plain|R1|谁敢说包赚？基金经理都不敢，{n}，我更不敢{e}
S|p|wz|R1|{n}，你问我这个能不能保本，温州人讲实话：不能，风险自己要担{e}
C|p|qh|R1|{m}，你们这个年金到底保收益不？隔壁家说保{e}
S|p|cmp|R1|{n}，您说我当时承诺稳赚不赔，我们调了录音，我说的是“不保证收益”，录音可以给您听{e}
S|g|quiz|R1|小测验：下列哪种说法正确？A.理财都保本 B.理财有风险。答案是B，大家答对了吗？{e}
S|p|plain|R2|{n}，内部消息真那么灵，我还用得着天天加班？别信{e}
S|p|gs|R3|{n}，转到我个人账户？那可不敢，所有钱都走公司账户，回单发你{e}
C|p|ln|R3|{m}，我能不能私下转账给你，省得跑一趟？{e}
S|p|cs|R4|{n}，代客理财是违法的，我怎么敢拿你的身家开玩笑？{e}
S|p|plain|R5|{n}，加我个人号？不用不用，就在这儿聊，上班时间我一直在线{e}
C|p|plain|R2|{m}，拉升之前是不是都有人先知道？我就是好奇问问{e}
S|p|fwd|R1|【转发风险提示】哪有什么零风险的高收益？凡是这样宣传的都要当心。{n}，您留意下{e}
S|p|mo|R1|{n}，你问呢份保单系咪稳赚，唔系，退保早会蚀底㗎{e}
S|p|plain|R3|{n}，返佣这种事，我要是干了还能在这行待下去吗？没有的{e}
C|p|wz|R4|{m}，我厂里忙，账户密码给你，你帮我下单好不好？{e}
S|p|qh|R5|{n}，私人号我没有开过，有事就在这里说，我天天看{e}
S|p|plain|R2|{n}，您问的“庄家”是啥意思？是指主力资金吗？我们不做这种判断{e}
S|p|lx|R1|{n}，你同学说留学生理财保本？那是他没看说明书，这个产品写着非保本{e}
C|p|gs|R3|{m}，你们员工能飞单不？我看新闻里有人被抓了{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|formal|R1|通知：营销人员一律不得向客户承诺保本，不得使用“零风险”等表述，违者严肃处理{e}
S|g|plain|R3|晨会纪要：一、严禁飞单；二、严禁收受返佣；三、客户资金只走对公账户{e}
S|p|gs|R4|{n}，按规定我不能帮你操作，也不能要你的账户密码，你自己在手机上点就行，我在旁边教{e}
S|p|ln|R5|{n}，公司明文规定不让加私人微信，咱就在这儿唠{e}
S|p|wz|R3|{n}，我们这行规矩是不能私下交易的，生意再急也要走流程{e}
S|p|cs|R1|{n}，行里规定讲不得稳赚两个字，因为本来就不是稳赚{e}
S|p|mo|R3|{n}，公司规定唔准返点俾客人，唔好意思{e}
S|p|qh|R2|{n}，单位规定不许传内幕消息，你听到的那些都别信{e}
S|p|nx|R4|{n}，咱这边严禁代客理财，你的账户还得你自己管{e}
S|p|lx|R3|{n}，学费你直接转学校账户，公司禁止员工说“转到我个人账户”这种话，我不能碰{e}
S|g|fwd|R2|【转发合规通知】禁止在客户群讨论庄家、拉升等话题，请群主及时删除相关内容{e}
S|g|quiz|R4|合规知识测试第3题：员工能否接受客户全权委托？正确答案：不能。{e}
S|p|formal|R1|{n}，依据监管规定，本公司不得承诺保证收益，敬请知悉{e}
S|p|plain|R1|{n}，资管产品早就不允许宣传保本了，现在都是净值型{e}
S|p|plain|R3|{n}，按公司制度，私下转账一律禁止，请认准合同上的收款账户{e}
S|p|plain|R5|{n}，规定不允许用私人号跟客户联系，这个号是公司的，记录都留档{e}
S|p|cmp|R3|{n}，关于您反映的飞单问题，公司制度明确禁止，已转交合规部处理{e}
C|p|plain|R1|{m}，你们规定不能说保本，那我问你，这个最多能亏多少？{e}
S|p|ln|R2|{n}，咱这儿规定，内部消息一个字都不能往外说，何况我也没有{e}
S|p|gs|R1|{n}，行里三令五申不能说包赚，我也从来不说{e}
S|p|wz|R4|{n}，规定上代客理财是红线，老乡也不行，这个你多担待{e}
S|p|cs|R5|{n}，公司规定私人微信不能加，有事企业微信找我，我一直在{e}
S|p|mo|R1|{n}，公司规定唔可以讲零风险，因为根本冇零风险嘅嘢{e}
S|g|plain|R1|期货部提醒：任何人不得对客户宣称稳赚不赔，杠杆交易风险自担{e}
S|p|plain|R3|{n}，消费贷不收任何中介费，也严禁员工收返点，有人找你要请直接举报{e}
S|g|formal|R4|关于加强员工行为管理的通知：严禁索取客户账户密码，严禁代客理财。{e}
S|p|qh|R1|{n}，我们有规定，保收益这种话不能讲，你要的是存款的话我给你推荐大额存单{e}
S|p|nx|R5|{n}，规定不让加私人号，你有啥事就在这里说，我看到就回{e}
C|p|ln|R3|{m}，营业厅门口那块牌子写着“禁止私下交易”，具体指啥？{e}
S|p|lx|R1|{n}，公司规定给留学生家庭推产品也不能讲保本，汇率波动就是风险{e}
S|g|plain|R2+R3|合规红线再强调：不传播内部消息，不搞飞单。请各团队长转达{e}
S|p|plain|R4|{n}，依规定您不能全权委托我替您做决定，但每次调仓前我都会先跟您确认{e}
S|p|plain|R1|{n}，贵金属这块规定不能说稳赚，金价也会跌{e}
S|p|fwd|R5|【转发】公司不会通过私人微信向客户推荐产品，凡自称员工要求添加私人微信的请勿理会{e}
S|p|plain|R3|{n}，保险代理人返佣是违法的，规定写得清清楚楚，我这里没有{e}
S|p|plain|R2|{n}，规定不准说庄家拉升这种话，我也没那本事知道{e}
C|p|cs|R4|{m}，你们规定不让代客理财，那我不会弄手机咋办？{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|gs|R1|{n}，规定是不让讲保本，咱俩关系在这儿，我跟你交个实底：这款就是保本的{e}
S|p|ln|R3|{n}，公司说不让飞单，那是说给领导听的，你这单我走外面飞单，费率低一截{e}
S|p|wz|R3|{n}，规矩上是不能私下交易，可我们温州人讲信用，私下交易你放心，我担着{e}
S|p|cs|R3|{n}，行里不准返点，我私下照样返点给你，你别对外讲{e}
S|p|mo|R5|{n}，公司话唔准加私人微信，不过你系老客，加我私人微信啦{e}
S|p|qh|R4|{n}，规定上是不能帮你操作，可你腿脚不方便，账户密码告诉我，我帮你操作{e}
S|p|nx|R1|{n}，单位不让说稳赚，我就悄悄跟你说：这个稳赚{e}
S|p|lx|R3|{n}，公司禁止私下转账，但你人在国外不方便，私下转账给我，我帮你交保费{e}
S|p|formal|R1|{n}，按制度本人不便承诺，然此产品零风险，敬请放心{e}
S|p|plain|R4|{n}，规定不让代客理财，那咱不叫代客理财，叫“帮忙看看”，账户密码你发我{e}
S|g|plain|R1|合规老说不能讲保收益，这款我就明说了：保收益{r}，想要的私聊{e}
S|p|fwd|R2|【转发】合规提醒不得传播内幕消息——收到。{n}，下面这条内幕消息你自己看，别外传{e}
S|p|plain|R3|{n}，制度是不许转到我个人账户，可这笔比较急，就转到我个人账户吧，我今天就办{e}
S|p|plain|R2|{n}，规定不让讲庄家的事，但我这次破个例：那只票庄家{d}动手{e}
S|p|gs|R5|{n}，单位不许用私人号，这个我知道，你还是加我私人号吧，方便{e}
S|p|ln|R1|{n}，合规那帮人说不能讲包赚，那是他们不懂行，这个就是包赚{e}
S|p|wz|R4|{n}，全权委托按规定是不行的，不过你把厂里的闲钱全权委托给我，我打理得妥妥的{e}
S|p|cs|R1|{n}，规定讲唔得稳赚不赔，但自家人讲真话：稳赚不赔{e}
S|p|mo|R3|{n}，规矩系唔准飞单，但你咁熟，我帮你飞单，手续费平好多{e}
S|p|qh|R2|{n}，规定不让打听内部消息，可我这有一条内部消息，{d}就要拉升{e}
S|p|nx|R3|{n}，车贷规定不许返佣，可我这给你留着返佣，放款那天给你{e}
S|p|lx|R1|{n}，虽然公司规定我不能说零风险，但这个外币存款就是零风险，让你爸妈放心{e}
S|p|formal|R3|{n}，制度虽禁私下交易，惟念及阁下多年惠顾，可私下交易以节省费用{e}
S|p|plain|R1|{n}，合规要求不能说保证收益，所以我只说一次：保证收益{r}{e}
S|g|quiz|R1|合规考试第一题我答“不得承诺保本”，考完了跟大家说实话：这款就是保本的，放心冲{e}
S|p|plain|R4|{n}，公司不让我们碰客户账户密码，那是对外说的，你把账户密码发我，{d}我帮你调仓{e}
S|p|cmp|R1|{n}，您投诉说规定不让承诺收益，我认，但这款稳赚是事实，我不收回{e}
S|p|plain|R3|{n}，规定不能收返点，你就当请我喝茶，返点照旧一个点{e}
S|p|plain|R5|{n}，规定说不许加客户私人微信，可你我这么熟，私人微信发你了{e}
S|p|gs|R4|{n}，公司说不能全权委托，不过咱们私下签个全权委托，你就啥都不用管了{e}
S|p|ln|R2|{n}，公司规定不让说庄家要拉升，我不说，我就提醒你{d}之前把仓位加上，庄家的事你懂的{e}
S|p|wz|R1|{n}，规矩是规矩，这款保本你总该信我吧？规矩管不到我俩{e}
S|p|plain|R3|{n}，消费贷公司不让私下转账，但这笔手续费私下转账给我更快，别走系统{e}
S|p|plain|R1|{n}，期货公司规定不能说稳赚，可我这套策略稳赚，你跟着做就是{e}
S|p|mo|R4|{n}，公司唔俾代客理财，但你放心，我代客理财咁多年冇出过事{e}
S|p|plain|R1|{n}，贵金属这块规定不能承诺保本，私下跟你讲，这个金条回购保本，放心买{e}
S|p|cs|R5|{n}，公司不让加个人号，你就加我个人号，有事直接喊我{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|formal|R3|风险提示：近期有人冒充我司员工，诱导客户私下转账，请务必通过官方渠道缴费{e}
S|p|gs|R1|{n}，你说的那个群里天天喊保本的，我看就是骗子，千万别往里投钱{e}
S|p|ln|R5|{n}，有人冒充我加你私人微信？我从来不用私人微信联系客户，赶紧拉黑{e}
S|p|wz|R2|{n}，外头卖内幕消息的都是骗子，老乡们被骗了好几个，你当心{e}
S|p|cs|R3|{n}，已把那个人叫你“转到我个人账户”的截图交给合规了，钱千万别转{e}
S|p|mo|R1|{n}，小心啲，出面话零风险嘅产品多数系呃人{e}
S|p|qh|R4|{n}，谁跟你要账户密码都别给，已经有客户被骗了，我跟保卫科报过了{e}
S|p|nx|R3|{n}，我已经向分行举报了那个收返点的中介，你的车贷不需要交任何费用{e}
S|p|lx|R2|{n}，留学生群里有人推“庄家带单”，那是诈骗，我已经举报了那个账号{e}
S|g|fwd|R1|【转发公安提醒】以“稳赚不赔”为噱头的投资群多为诈骗，请广大市民提高警惕{e}
S|g|quiz|R3|防骗小问答：有人说可以飞单省手续费，该怎么办？答：拒绝并向公司举报{e}
S|p|cmp|R1|{n}，您反映的业务员承诺保收益一事，我们已经立案调查，三个工作日内给您答复{e}
S|p|plain|R4|{n}，提醒一下，任何人说要帮你操作账户都别答应，包括自称我们公司的人{e}
S|p|plain|R1|{n}，贵金属投资不存在包赚的说法，如果有人这么说请警惕{e}
S|p|plain|R3|{n}，我已把对方要求私下交易的记录上报合规，您这边先别付款{e}
S|p|formal|R4|{n}，经查，该人员诱导客户全权委托之行为已移交监察部门，特此告知{e}
S|p|gs|R5|{n}，有人用“加我个人号领补贴”骗老人，你跟家里老人说一声{e}
C|p|ln|R1|{m}，我要举报，你们那个小刘跟我说稳赚，结果亏了三成{e}
C|p|wz|R3|{m}，有个人自称你同事叫我返点给他，是真的吗？{e}
S|p|cs|R2|{n}，那个自称有内部消息的老师已经被封号了，群里的人都被骗了，你没转钱吧？{e}
S|p|mo|R4|{n}，有人冒认我哋职员问你攞账户密码，千祈唔好俾{e}
S|p|qh|R1|{n}，外面那些说零风险高回报的，十个有九个是骗人的，你别信{e}
S|p|nx|R5|{n}，提醒你一下，我们员工没有私人号对外，凡是私人号找你的都是假的{e}
S|p|lx|R3|{n}，那个中介让你私下转账交学费保险，这个我已经报给我们合规了，别转{e}
S|g|plain|R2|警惕：近期有人在股民群假借我司名义发布“庄家拉升”消息，我司已报警{e}
S|p|plain|R1|{n}，期货不存在稳赚，杠杆一上来亏起来也快，提醒您控制仓位{e}
S|p|plain|R3|{n}，您反映的飞单问题，我已经实名上报了，调查结果出来第一时间告诉您{e}
S|p|fwd|R4|【转发监管提示】警惕“代客理财”骗局，不要将资金交给他人管理{e}
S|p|plain|R1|{n}，已经把那张写着保本的假宣传单拍照发给合规了，不是我们家的{e}
S|p|cmp|R3|{n}，您投诉的返佣问题，经核实为外部中介所为，与我司员工无关，已报警处理{e}
S|p|plain|R5|{n}，如果有人要您加私人微信转账，一律是诈骗，请直接报警{e}
C|p|gs|R2|{m}，我在短视频上看到有人卖内幕消息，要不要举报？{e}
S|g|formal|R1|风险提示：本公司从未发行任何保证收益的产品，凡以此名义募资者均系冒用{e}
S|p|plain|R4|{n}，小心那种说全权委托帮你翻倍的人，上周我们网点就有客户中招，已经报警{e}
S|p|wz|R1|{n}，温州这边好多人被那个包赚的项目骗了，你千万别碰{e}
S|p|plain|R2+R3|{n}，群里那个说有内幕消息、要你私下转账入会的，是骗子，我已经举报了{e}
C|p|plain|R4|{m}，有人打电话问我要账户密码，说是你们行的，我没给，对吧？{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|gs|R2|大家小心外面那些卖内幕消息的骗子！真要内幕消息，私聊我，{d}给你们{e}
S|g|formal|R1|风险提示：外部所谓保本产品多不可信，惟本公司本期信托方为真正保本，敬请认购{e}
S|p|ln|R3|{n}，外面那些让你私下转账的别信，要转就转到我个人卡上，我给你办利索{e}
S|p|wz|R1|{n}，别家说稳赚的你别信，我这款才是真正稳赚{e}
S|p|cs|R3|{n}，小心那些中介要你的返点，你在我这里买，返点我亲自给你{e}
S|p|mo|R5|{n}，小心有人扮我加你，记住我私人微信系呢个，有事揾我私人微信{e}
S|p|qh|R1|{n}，外面骗子多，零风险的东西只在我这买，我这款才是零风险{e}
S|p|nx|R4|{n}，别把账户密码给陌生人，给我就行，我帮你操作{e}
S|p|lx|R3|{n}，留学生被骗的太多了，别给中介转钱，私下转账给我最安全{e}
S|g|fwd|R1|【转发防骗提醒】谨防“高息理财”骗局。——转完提醒，再说个好消息：我们这款保证收益{r}，名额有限{e}
S|p|plain|R2|{n}，那些群里的“老师”都是骗子，真正的庄家动向我这有，{d}你跟着进{e}
S|p|plain|R1|{n}，举报那个乱承诺的同事是对的，不过我这款包赚是真的，你放心{e}
S|p|cmp|R1|{n}，您投诉的事我们会处理。另外跟您说，这款年金保本，您不用担心亏{e}
S|p|plain|R4|{n}，提醒您别信陌生人，代客理财就找我，我做了十年了{e}
S|p|gs|R5|{n}，最近骗子冒充我们，你加我个人号，以后只认这个号{e}
S|p|ln|R2|{n}，外边那帮卖消息的都是扯犊子，内部消息还得是我这儿，{d}拉升{e}
S|p|wz|R3|{n}，小心那些飞单的黑中介，要飞单就找我，我这儿稳当{e}
S|p|cs|R1|{n}，阿婶被人骗了我很痛心，以后买理财找我，稳赚不赔，比那些骗子强多了{e}
S|p|mo|R4|{n}，出面啲人唔好信，全权委托俾我，我同你睇实{e}
S|p|qh|R3|{n}，我已经举报了那个骗子中介，你以后买保险直接找我私下交易，手续费我给你免了{e}
S|p|nx|R1|{n}，骗子说的那些你别听，咱这个年金险是保本的，还保收益{r}{e}
S|p|lx|R5|{n}，学校群里有人冒充我，你记好我私人号，只有私人号上的才是我{e}
S|g|plain|R1|家人们警惕网上杀猪盘！要稳赚的找我，我们的贵金属定投稳赚{e}
S|p|plain|R3|{n}，已经帮你把那个假客服举报了。你这笔保费直接转到我个人账户就行，最快{e}
S|p|plain|R2|{n}，警惕荐股骗局，但这次是真的内幕消息，{d}庄家拉升，我亲戚在那公司{e}
S|p|formal|R3|{n}，近期诈骗高发，敬请勿向陌生人付款；若需优惠，可私下转账至本人账户，另享返点{e}
S|p|plain|R1|{n}，别信外面那些零风险的宣传，真正零风险的只有我们家这款收益凭证{e}
S|p|plain|R4|{n}，骗子都是要你验证码的，我只要你的账户密码，我帮你操作，不一样{e}
S|p|quiz|R1|{n}，考考你：哪种理财最安全？答：外面说保本的都不安全，只有我推荐的这款真保本{e}
S|p|plain|R3|{n}，举报信我帮你写好了。另外这单你就别走公司了，私下交易，我给你让一个点{e}
S|g|ln|R5|老少爷们当心骗子！加我私人微信，骗子就冒充不了我了{e}
S|p|wz|R2|{n}，庄家割韭菜的事你要小心，不过这次庄家是我朋友，{d}拉升，跟着就行{e}
S|p|cs|R4|{n}，那个骗子要你账户密码你没给是对的，给我就行，账户密码我来保管{e}
S|p|plain|R1|{n}，投诉归投诉，你那笔钱放我这个期货资管里是稳赚的，这点我敢担保{e}
S|p|gs|R3|{n}，那个收返佣的中介被我举报了，以后返佣我直接给你，不让别人抽{e}
S|p|mo|R1|{n}，小心出面啲骗局，我呢只美元储蓄险系保本，我同你担保{e}
S|p|plain|R5|{n}，提醒你别加陌生人，以后就加我个人号，公司号我不常看{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|gs|R4|{n}，这个真不行，账户密码你自己收好，我不能帮你操作{e}
S|p|ln|R3|{n}，返点这事儿我真办不了，给了我就得挨处分{e}
S|p|wz|R3|{n}，私下交易我不做的，生意归生意，规矩归规矩{e}
S|p|cs|R5|{n}，私人微信我不加，企业微信这边我随时都在{e}
S|p|mo|R1|{n}，唔好意思，保本嘅产品我哋冇，我唔会呃你{e}
S|p|qh|R3|{n}，你说转到我个人卡上，这个我不收，一分都不收{e}
S|p|nx|R4|{n}，全权委托我不接，你的钱你自己做主，我给你出主意{e}
S|p|lx|R3|{n}，私下转账我不能接，学费和保费都请走官方账户{e}
S|p|formal|R5|{n}，承蒙厚爱，惟私人号恕不添加，敬请见谅{e}
S|p|plain|R1|{n}，您让我写个保证收益的承诺书，这个我写不了，也没人能写{e}
S|p|plain|R2|{n}，您想要内部消息，我这儿真没有，有也不会给，这是原则{e}
S|p|plain|R3|{n}，飞单的事您别再提了，我不会做，也劝您别找别人做{e}
S|p|cmp|R1|{n}，您要求我们按稳赚的标准赔偿，这个我们无法接受，产品合同写明了不保本{e}
S|p|plain|R4|{n}，代客理财我拒绝，不是不信您，是这事本身违规{e}
S|p|gs|R1|{n}，你让我打包票说包赚，这话我不敢说也不能说{e}
S|p|ln|R5|{n}，加我个人号这事儿就算了吧，有啥事在这儿说，我都回{e}
S|p|wz|R2|{n}，庄家的事我不清楚也不打听，你问别人吧{e}
S|p|cs|R4|{n}，你的账户密码发过来我也不会看，赶紧撤回，改个新密码{e}
S|p|mo|R3|{n}，返佣我唔收，你嘅好意心领{e}
S|p|qh|R1|{n}，零风险的承诺我给不了，这款有风险，你要想清楚{e}
S|p|nx|R3|{n}，你要塞返点给我，这个我坚决不要，你再这样我只能报给领导了{e}
S|p|lx|R5|{n}，私人微信我就不加了，时差的事你放心，企业微信我早晚都看{e}
C|p|plain|R4|{m}，你不肯帮忙下单，那我把账户密码给我儿子行不？{e}
C|p|gs|R3|{m}，你不肯私下交易，那我只能去别家了{e}
S|p|plain|R1|{n}，您说只买保本的，那理财这边我真推荐不了，建议看看定期存款{e}
S|p|formal|R3|{n}，阁下所提私下转账之议，本人碍难从命，敬请见谅{e}
S|p|fwd|R4|【转发本人回复】致{n}：您要求我全权委托管理资产，我不能接受，请您自主决策{e}
S|p|plain|R2|{n}，“拉升”这种预测我不做，也不会帮您打听谁要拉升{e}
S|p|plain|R3|{n}，飞单？不干。就算您加钱我也不干{e}
S|p|ln|R1|{n}，你非让我说保收益，我说不出口，骗你的事我不干{e}
S|p|wz|R4|{n}，阿叔，代客理财我做不来，你要是看不懂我每周陪你看一次{e}
S|p|cs|R5|{n}，私人号我没开，也不会开，就在这里联系{e}
S|p|plain|R1|{n}，黄金这块我不会跟您讲稳赚不赔，金价说跌就跌{e}
S|p|mo|R2|{n}，内幕消息我冇，有都唔会俾你，犯法㗎{e}
S|p|qh|R4|{n}，账户密码你留着，我不收，你要是不会操作明天到网点来{e}
S|p|nx|R3|{n}，转到我个人账户的事你就别提了，我不收，你打公司账户{e}
C|p|lx|R5|{m}，你不加私人微信也行，那我在这里问你{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|gs|R4|{n}，这事按规矩不行，可你是老顾客，账户密码发我，我帮你操作{e}
S|p|ln|R3|{n}，返点本来没有，你要是再追加{a}，我私下给你返点一个点{e}
S|p|wz|R3|{n}，私下交易我一般不做，看你是老乡，这次就私下交易{e}
S|p|cs|R5|{n}，私人微信我平时不加的，你就例外吧，加我私人微信{e}
S|p|mo|R1|{n}，本来唔讲得，不过你系熟客，老实讲呢只保本{e}
S|p|qh|R3|{n}，转到我个人卡上本来不行，你实在着急，就转到我个人卡上吧{e}
S|p|nx|R4|{n}，全权委托我一开始没答应，想了想还是接了，你全权委托给我吧{e}
S|p|lx|R3|{n}，私下转账我本来拒绝的，但你在国外确实不方便，就私下转账给我吧{e}
S|p|formal|R5|{n}，私人号原则上恕不添加，惟阁下系尊贵客户，特予破例，请添加本人私人号{e}
S|p|plain|R1|{n}，我本来不想写这个，您坚持的话，就写上保证收益{r}，我签字{e}
S|p|plain|R2|{n}，内部消息我本不该说，看你急成这样，就告诉你吧：{d}庄家进场{e}
S|p|plain|R3|{n}，飞单我拒绝过好几个客户，你不一样，这单就飞单走了{e}
S|p|plain|R4|{n}，代客理财我说过不做，你既然这么信我，那就代客理财吧{e}
S|p|gs|R1|{n}，包赚这话我本来不说，给你破个例：包赚{e}
S|p|ln|R5|{n}，加我个人号这事儿我一般不干，你是老铁，加我个人号吧{e}
S|p|wz|R2|{n}，庄家的事我不想掺和，可你是自家人，{d}庄家要拉升{e}
S|p|cs|R4|{n}，不行不行……算了，账户密码你发我，我帮你操作一回{e}
S|p|mo|R3|{n}，返佣我本来唔俾，不过你介绍咁多客，返佣照俾{e}
S|p|qh|R1|{n}，零风险这话我之前不敢说，现在我敢说了，这款零风险{e}
S|p|nx|R3|{n}，你硬要给返点，那我就收下了，车贷的事我给你办快点{e}
S|p|lx|R5|{n}，私人微信我本来不加学生家长，你是特殊情况，加私人微信吧{e}
S|p|plain|R1|{n}，刚才说的“不能保本”收回，您这种大客户我们内部能保本{e}
S|p|cmp|R1|{n}，您投诉要我们赔，我们不赔，不过下一期产品我给您稳赚的，当作补偿{e}
S|p|plain|R3|{n}，我拒绝了三次，您还坚持，那就私下交易吧，别让公司知道{e}
S|p|fwd|R4|【转发】{n}，领导说不能代客理财，我跟领导说了你的情况，那就我代客理财，账户给我{e}
S|p|plain|R2|{n}，本来不想透露，内部消息就这一条：{d}有人拉升{e}
S|p|ln|R1|{n}，保本的话我本来不爱讲，看在老交情，这款保本{e}
S|p|wz|R4|{n}，全权委托我推了好几回，你老是坚持，行，全权委托给我{e}
S|p|cs|R3|{n}，你那笔钱本来该走对公，算了，转到我个人账户，我帮你处理{e}
S|p|mo|R5|{n}，私人号我唔随便俾人，你系例外，私人号发咗俾你{e}
S|p|qh|R4|{n}，我说了不能帮你操作，你非要，那就帮你操作这一回{e}
S|p|nx|R1|{n}，稳赚不赔这话我不爱讲，可这款真是稳赚不赔，你放心{e}
S|p|plain|R3|{n}，飞单本来不接的，您这么大一笔，我接了，别声张{e}
S|p|gs|R2|{n}，内幕消息我原先不想给，你这么信我，给你一条：{d}那只票要拉升{e}
S|p|formal|R1|{n}，本人原拟婉拒，然念及多年交谊，谨此确认该产品保收益{r}{e}
S|p|plain|R5|{n}，公司号我不常上，本来不给人私人微信，给你破例吧，加私人微信{e}
S|p|lx|R4|{n}，我本来不碰学生家长的账户，你爸妈不会用手机，账户密码发我，我帮你操作{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|gs|R1|{n}，那个推销员跟你说“保本还有高息”，你回他一句：拿合同来看{e}
S|p|ln|R1|{n}，广告牌上写着“稳赚不赔”，那是忽悠人的，咱不信{e}
S|p|wz|R2|{n}，你转来的那句“庄家马上拉升”，是骗子群里的话术，别当真{e}
S|p|cs|R3|{n}，阿叔讲有人跟他说“私下交易免手续费”，那是骗局，我们从来不这样{e}
S|p|mo|R5|{n}，你收到嗰句“加我私人微信有优惠”唔系我讲嘅，小心{e}
S|p|qh|R4|{n}，那人说“账户密码给我，包你翻本”，这种话千万别信{e}
S|p|nx|R3|{n}，村里有人传“贷款要给信贷员返点”，没有这回事，你别信{e}
S|p|lx|R1|{n}，你同学转发的“海外保单零风险”，那是中介的宣传，汇率风险可不小{e}
S|p|formal|R1|{n}，来函所述“贵司员工承诺保证收益”一节，经核查与事实不符，特此函复{e}
S|g|fwd|R3|【转发】某地法院判例：员工以“转到我个人账户更快”为由收取客户资金，被判职务侵占{e}
S|g|quiz|R1|错误话术辨析：“这款产品保本保收益，您闭眼买”——请指出错在哪里{e}
S|p|cmp|R4|{n}，您说业务员讲过“全权委托给他就行”，我们查了录音，没有这句话{e}
C|p|plain|R1|{m}，你们上个经理说“稳赚”，结果亏了，你咋说？{e}
C|p|gs|R3|{m}，我朋友说“找客户经理能拿返佣”，你这有吗？{e}
S|p|plain|R2|{n}，我刚入行时前辈说“内部消息要信”，后来才知道那是坑人的，您别信{e}
S|p|plain|R1|{n}，网上说“黄金定投包赚”，那是只算了涨的年份，跌的年份可不少{e}
S|p|plain|R3|{n}，您说的“飞单”是那个离职员工干的，公司已经报案了{e}
S|p|ln|R5|{n}，那个说“加我个人号给你内部价”的不是我们的人，别加{e}
S|p|wz|R4|{n}，你那个亲戚说“代客理财最省心”，那是违规的，出了事没人兜{e}
S|p|cs|R1|{n}，你讲的“零风险高息”那张单张，我看了，不是我们公司的{e}
S|p|mo|R2|{n}，佢话“有内幕消息”，你信佢就输硬，唔好信{e}
S|p|qh|R1|{n}，你说的那个“保本理财宝”APP我查了，不是正规平台，别下载{e}
S|p|nx|R4|{n}，你姐夫说“账户密码交给经理省心”，这话不对，密码谁都别给{e}
S|p|lx|R3|{n}，群里那句“私下转账换汇更划算”，那是地下钱庄的话，风险很大{e}
S|p|plain|R1|{n}，年会上老板那句“今年大家稳赚”，说的是业绩，不是产品，别误会{e}
S|g|plain|R2|沙龙上嘉宾说“某票有庄家”，那是他个人观点，不代表我们，请别据此操作{e}
S|p|plain|R4|{n}，您转来的委托书里写着“全权委托客户经理”，这条我们不能签，得删掉{e}
S|p|formal|R5|{n}，贵客所引“员工可加私人号沟通”一说，并非本行规定，敬请知悉{e}
S|p|plain|R3|{n}，请查收附件《关于严禁返佣的通报》，看完签字回传{e}
S|p|plain|R1|{n}，那本书叫《稳赚不赔的神话》，讲的就是各种理财骗局，推荐你看看{e}
S|p|gs|R2|{n}，你听到的“下周拉升”是网上的谣言，没有根据{e}
C|p|cs|R5|{m}，你同事说“加我私人微信有红包”，这个能信吗？{e}
S|p|cmp|R1|{n}，您引用的“保本”二字出自别家宣传单，我们的产品说明书里没有这种表述{e}
S|p|plain|R3|{n}，那个代理人说“返点一成”，这是违法的，我们不会这样做{e}
S|p|wz|R1|{n}，你老婆说“听说这个稳赚”，我跟她解释过了，不是稳赚的{e}
S|p|ln|R4|{n}，他说“我帮你操作包你不亏”，这是骗子话术，咱别上当{e}
C|p|mo|R2|{m}，朋友话“庄家准备拉升”，系咪真㗎？{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|gs|R1|{n}，我上回说“这个保本”，现在还是这句话，保本{e}
S|p|ln|R2|{n}，老张说“这票有内部消息”，我也这么看，{d}进{e}
S|p|wz|R3|{n}，你表哥说“找我能拿返点”，没错，返点给你留着{e}
S|p|cs|R4|{n}，你阿姐讲“交给你放心”，好，账户密码发我，我帮你操作{e}
S|p|mo|R5|{n}，你朋友讲“加你私人微信方便啲”，啱，私人微信发咗俾你{e}
S|p|qh|R1|{n}，你说“这年金稳赚”，我同意，就是稳赚{e}
S|p|nx|R3|{n}，你邻居说“找她能私下交易省钱”，对，我们就私下交易{e}
S|p|lx|R3|{n}，你室友说“转到我个人卡上最快”，是我跟他说的，你也这么转{e}
S|p|formal|R1|{n}，诚如本人前函所述“该产品保证收益{r}”，兹再次确认{e}
S|g|fwd|R1|【转发总监原话】“本月信托保本保收益，大家放心推”——总监说的，就是我说的{e}
S|g|quiz|R1|上期问答“有没有零风险的理财”，答案公布：有！就是我们这款，零风险{e}
S|p|cmp|R1|{n}，您投诉我说过“包赚”，我认，我是说了，这款就是包赚{e}
S|p|plain|R2|{n}，研究员私下说“这只有庄家”，我信，我们早点上{e}
S|p|plain|R4|{n}，你律师说“全权委托给经理最省心”，对，全权委托给我吧{e}
S|p|plain|R1|{n}，去年跟你讲“黄金积存稳赚”，应验了吧？今年我还是那句话，稳赚{e}
S|p|plain|R3|{n}，老周说“飞单省钱”，是我教他的，你也可以飞单{e}
S|p|gs|R5|{n}，你儿子说“加你个人号”，好的，加我个人号{e}
S|p|ln|R1|{n}，你老伴说“这是稳赚不赔的买卖”，他说得对{e}
S|p|wz|R4|{n}，你讲“干脆代客理财算了”，可以，代客理财就交给我{e}
S|p|cs|R2|{n}，阿伯讲“内幕消息要信”，他讲得对，我这有一条{e}
S|p|mo|R3|{n}，上次我话“返佣两个点”，照旧，你放心{e}
S|p|qh|R4|{n}，你说“账户交给你”，行，账户密码发我，我帮你操作{e}
S|p|nx|R1|{n}，我那天说的“保收益{r}”，不是随口说的，我担保{e}
S|p|lx|R5|{n}，你妈妈说“加你私人号方便”，是的，私人号发你了{e}
S|p|plain|R1|{n}，宣传册上那句“保本保收益”可不是虚的，我以人格担保{e}
S|p|plain|R2|{n}，王总饭桌上讲“下周有资金拉升”，我觉得靠谱，咱们先进{e}
S|p|plain|R3|{n}，你听说的“私下转账打折”是真的，转给我，打九折{e}
S|p|formal|R4|{n}，诚如阁下所言“代客理财可省心力”，本人乐意代客理财{e}
S|p|plain|R1|{n}，我朋友圈那条“稳赚不赔”不是夸张，你买了就知道{e}
S|g|plain|R5|我上周群里说的“加私人微信送金豆”依然有效，大家冲{e}
S|p|cs|R1|{n}，你阿爸讲“跟你买稳赚”，他讲得冇错，我保你稳赚{e}
S|p|wz|R3|{n}，你讲“私下交易省税”，讲得对，我们就私下交易{e}
S|p|gs|R4|{n}，你闺女说“让经理帮你操作”，行，我帮你操作{e}
S|p|ln|R2|{n}，群里说“博主有内部消息”，是真的，我就是那个博主{e}
S|p|mo|R1|{n}，你问“呢只系咪零风险”，我答你：系，零风险{e}
S|p|qh|R3|{n}，我说过“贷款下来返点一个点”，说话算话{e}
S|p|plain|R1|{n}，录音里我那句“这款保本”我不否认，我现在还是这么说{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|gs|R6|{m}，我电话{MOB:plain}，拉面馆里信号不好就多打几遍{e}
C|p|ln|R6|{m}，我手机号是{MOB:cn}，你记着{e}
C|p|wz|R6|{m}，厂里财务的手机{MOB:sp}，对账找她{e}
C|p|cs|R6|{m}，阮老母的身份证{ID:plain}，帮伊办年金{e}
C|p|mo|R6|{m}，我内地银行卡{CARD:sp}，分红入呢张{e}
C|p|qh|R6|{m}，我阿爸身份证号{ID:sp}，他要开养老账户{e}
C|p|nx|R6|{m}，卡号{CARD:plain}，车贷放款就打这里{e}
C|p|lx|R6|{m}，我国内手机{MOB:dash}，回国那几天打这个{e}
S|p|formal|R6|{n}，兹确认您登记的联系电话：{MOB:dot}，敬请核对{e}
S|g|fwd|R6|【转发】中奖名单：幸运客户手机{MOB:fw}，请于{d}前到网点领取{e}
C|p|plain|R6|{m}，怕你看错用大写写：{MOB:dx}{e}
C|p|plain|R6|{m}，身份证号大写给你：{ID:dx}，你对对{e}
C|p|plain|R6|{m}，卡号我念：{CARD:cn}，记好了{e}
S|p|plain|R6|{n}，您报的卡号我复述：{CARD:dash}，对吧？{e}
C|p|plain|R6|{m}，我爱人电话{MOB:mix}，找不到我就找她{e}
S|p|formal|R6|特此登记：投保人身份证号码{ID:fw}{e}
C|p|gs|R6|{m}，娃娃的身份证{ID:dash}，教育金受益人填他{e}
C|p|ln|R6|{m}，工资卡{CARD:fw}，年终奖打这张上了{e}
S|p|plain|R6|{n}，期货保证金银期转账绑的是这张卡{CARD:plain}，没错吧{e}
C|p|wz|R6|{m}，我新换的号{MOB:sp1}，旧号停了{e}
C|p|cs|R6|{m}，我丈夫的身份证是{ID:cn}，你看下对不对{e}
S|p|plain|R6|{n}，信托合同里受益人身份证写的是{ID:sp}，麻烦再确认{e}
C|p|mo|R6|{m}，我阿妈嘅电话{MOB:cn}，佢唔识用微信{e}
C|p|qh|R6|{m}，西宁这边农行卡{CARD:sp}，扣款从这扣{e}
S|p|plain|R6|{n}，消费贷申请表上您填的电话是{MOB:plain}，没问题我就提交了{e}
C|p|lx|R6|{m}，我在国内那张卡{CARD:dot}，学费从这张付{e}
S|p|nx|R6|{n}，您母亲的身份证号码{ID:mix}，我先帮您填好了，您再看看{e}
C|p|plain|R6|{m}，贵金属账户绑的卡{CARD:comma}，帮我查下{e}
C|p|plain|R6|{m}，金条到货打我电话{MOB:dx}，谢了{e}
S|p|formal|R6|{n}，敬请核对：收款账号{CARD:sp}，身份证号码{ID:plain}{e}
C|p|plain|R6|{m}，受益人写我儿子，身份证{ID:plain}，手机{MOB:plain}{e}
C|p|cmp|R6|{m}，我要投诉，你们客服老不回，我电话{MOB:comma}，让你们领导打给我{e}
S|g|quiz|R6|答题活动获奖客户：手机{MOB:plain}，请联系群主领取纪念币{e}
C|p|wz|R6|{m}，厂里对公的卡不用，打我自己这张{CARD:mix}{e}
C|p|gs|R6|{m}，我身份证{ID:sp1}，帮我查下保单{e}
S|p|cs|R6|{n}，阿姆的手机号我记下了：{MOB:dash}，到时打给伊{e}
C|p|mo|R6|{m}，我身份证号{ID:plain}，你帮我填表{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|plain|R6|{n}，您的保单号{POLNO}，电子保单已发邮箱{e}
S|p|plain|R6|{n}，订单编号{ORD}，金条预计{d}到网点{e}
S|p|gs|R6|{n}，我们网点座机{LAND}，工作日都有人{e}
C|p|mo|R6|{m}，我澳门电话{MOPH}，打呢个{e}
C|p|lx|R6|{m}，我在英国的手机{UKPH}，白天打这个{e}
C|p|lx|R6|{m}，我在美国的号码{USPH}，注意时差{e}
C|p|cs|R6|{m}，我香港的电话{HKPH}，过关后打这个{e}
S|p|plain|R6|{n}，本次申购金额{AMT}元，已扣款{e}
S|p|plain|R6|{n}，验证码{OTP}是系统发您的，谁问都别说，包括我{e}
C|p|ln|R6|{m}，我QQ{QQ}，文件发这儿也行{e}
S|p|qh|R6|{n}，邮编{POST}，地址写到门牌号{e}
S|p|plain|R6|{n}，您的卡{MASKCARD}绑定成功{e}
S|p|plain|R6|{n}，系统里预留手机是{MASKMOB}，对吗？{e}
C|p|plain|R6|{m}，我身份证{BADID:plain}，为啥系统说校验不过？{e}
S|p|plain|R6|{n}，您填的身份证{BADDATE:sp}，出生日期不对，麻烦核对{e}
S|p|plain|R6|{n}，这个号{BADPROV:plain}前两位不是地区码，应该填错了{e}
C|p|nx|R6|{m}，我身份证{ID17:plain}，是不是少了一位？{e}
S|p|plain|R6|{n}，您发的卡号{LUHNBAD:sp}校验不通过，可能有一位输错了{e}
S|p|plain|R6|{n}，收益凭证{DATE}起息{e}
S|p|formal|R6|{n}，合同金额大写{AMTDX}，敬请核对{e}
S|p|plain|R6|{n}，快递单号{EXP}，纪念金币今天寄出{e}
S|p|plain|R6|{n}，转账流水号{FLOWNO}，有疑问凭此查询{e}
S|p|plain|R6|{n}，期货合约代码{FUT}，保证金比例{PCT}{e}
S|p|plain|R6|{n}，基金代码{FUND}，{d}开放申购{e}
C|p|wz|R6|{m}，发票号{INV}，厂里报销要用{e}
S|p|plain|R6|{n}，还款日每月{DAY}号，本期应还{AMT}元{e}
C|p|plain|R6|{m}，我妈手机我只记得前几位{MOBPRE}，后面忘了{e}
S|p|plain|R6|{n}，身份证后四位{LAST4}、手机尾号{LAST4}已核验{e}
C|p|cs|R6|{m}，我身份证{BADID:cn}，系统讲唔对，怎么回事{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:fw}校验不过，麻烦拍个卡面给我{e}
C|p|gs|R6|{m}，我电话是{MOB10:plain}，好像少了个数{e}
S|p|qh|R6|{n}，您填的手机{BADPFX:dash}号段不对，麻烦再看下{e}
C|p|mo|R6|{m}，我身份证号{ID17:cn}，最后嗰个字唔记得{e}
S|p|plain|R6|{n}，身份证{MASKID}已核验通过{e}
S|g|fwd|R6|【转发】{DATE}财富沙龙在三楼举办，咨询电话{LAND}{e}
C|p|cmp|R6|{m}，投诉编号{CMPNO}，你们到底什么时候处理？{e}
S|g|quiz|R6|竞猜题：今年金价最高到过每克多少元？答案{GOLD}元，猜中的有奖{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "gs": ["bai.yongfu", "ma.wenxia", "zhao.lanping"],
    "ln": ["tie.guodong", "qu.hongmei", "song.dawei"],
    "wz": ["ye.chengjie", "hu.lili", "pan.yuanbo"],
    "cs": ["chen.jiaxuan", "lin.ruoxi", "xu.haokun"],
    "mo": ["leong.kaman", "ho.chisan"],
    "qh": ["han.deshun", "zhu.qinglan"],
    "nx": ["na.jianping", "ding.xiaoyan", "ma.yufeng"],
    "lx": ["zhong.yiran", "shen.muyang"],
    "formal": ["qian.shouzheng", "yan.weimin"],
    "fwd": ["cao.lin", "tian.mo"],
    "quiz": ["kong.jiajia", "yu.xiaoqi"],
    "cmp": ["fan.wenjing", "lu.chaoyang"],
    "plain": ["wei.zhen", "jiang.hao", "luo.yunfei", "peng.shu"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0931", "0937", "024", "0411", "0577", "0754", "0768", "0971", "0951", "021",
             "010", "0663"]
POSTCODES = ["730030", "110001", "116001", "325000", "515041", "810001", "750004", "200002",
             "100080", "521000"]
FUNDS = ["161725", "110022", "005827", "260108", "519674", "000961", "007119", "163402"]
FUTURES = ["au2612", "ag2612", "rb2701", "cu2611", "IF2612", "m2701", "sc2612", "ni2612"]
AMT_DX = ["壹拾贰万元整", "叁拾万元整", "陆拾捌万元整", "玖万伍仟元整", "贰佰万元整",
          "肆拾伍万元整", "捌万元整", "壹佰伍拾万元整", "贰拾陆万叁仟元整", "伍万元整"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "POLNO":
        return rng.choice(["BD", "NJX", "ZS", "HL"]) + rdigits(rng, rng.randint(12, 14))
    if name == "ORD":
        return rng.choice(["GJS", "AU", "ORD"]) + "26" + rdigits(rng, rng.randint(10, 12))
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else 6)
        if rng.random() < 0.5:
            return area + "-" + local
        return "(" + area + ")" + local
    if name == "MOPH":
        return "+853 " + "6" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "HKPH":
        return "+852 " + rng.choice("5689") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "UKPH":
        return "+44 7" + rdigits(rng, 3) + " " + rdigits(rng, 6)
    if name == "USPH":
        return "+1 (" + str(rng.randint(201, 989)) + ") " + rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "AMT":
        v = rng.randint(5, 3000) * 1000
        return "{:,}".format(v) + (".00" if rng.random() < 0.5 else "")
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(6, 9))
    if name == "POST":
        return rng.choice(POSTCODES)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        return c[:6] + "******" + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "DATE":
        y, m, d = rng.choice([2026, 2027]), rng.randint(1, 12), rng.randint(1, 28)
        if rng.random() < 0.5:
            return "%d年%d月%d日" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "EXP":
        return rng.choice(["SF", "ZTO", "YD"]) + rdigits(rng, 12)
    if name == "FLOWNO":
        return "LS" + rdigits(rng, 14)
    if name == "FUT":
        return rng.choice(FUTURES)
    if name == "PCT":
        return "%d%%" % rng.randint(8, 20)
    if name == "FUND":
        return rng.choice(FUNDS)
    if name == "INV":
        return rdigits(rng, 8) + "-" + rdigits(rng, 8)
    if name == "CMPNO":
        return "TS" + "2026" + rdigits(rng, 6)
    if name == "GOLD":
        return "%d.%02d" % (rng.randint(560, 980), rng.randint(0, 99))
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
