#!/usr/bin/env python3
"""Blind held-out evaluation set 29 ("heldout29") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly three files of the repository:
``scripts/evasion_blind_common.py`` (the shared machinery, read in full),
``scripts/evasion_heldout22.py`` (only as a model of the format: how a set script uses the
module, its docstring layout, constants, pools, staff table and number generator spec) and
``scripts/eval_categories.sh`` (to wire this set in).  Nothing else was opened: not the
scanner, its rule files, its tests, its docs, its commit history, the training-corpus
generator or any other evaluation set; and nothing was searched (no web or code search).
Every template below is new, written from general knowledge of how Chinese-speaking
financial sales staff and their customers talk on WeCom (企业微信); none copies or adapts
held-out 22's templates, voices or settings.  The set exists to measure how well the scanner
generalises: do not tune the scanner to it, do not add it to any training data, and run it
once.

Voices
------
Hangzhou and Jinhua Wu speech; Xuzhou and Northern Jiangsu speech; Shijiazhuang and Baoding
speech; Hohhot speech; Xining speech; Liuzhou and Guilin speech; Chaozhou (Teochew)
merchants; plain Foshan Cantonese (no Hakka, no Meixian; converted to traditional script
first); Kuala Lumpur Chinese mixing Malay and English words; staff who now and then type a
word as pinyin initials (never inside a keyword); customers who write very long run-on
messages; terse staff who answer in two or three words; numbered step-by-step instructions;
messages that are mostly a pasted product leaflet with one line of the staff member's own;
plain Mandarin staff and customers.
Settings: structured deposits, bank-issued wealth products maturing, a pension top-up before
year end, a children's education insurance policy, a car accident claim, a small
restaurant's working-capital loan, a house renovation loan, a fund fixed-investment plan
stopped after losses, a stock-option exercise, a foreign-currency time deposit, a temple fair,
a badminton club, a grandson's birthday, a hospital appointment.

Hard cases
----------
Spread over every keyword category: the deciding clause far from the keyword; negation scope
across commas; double negation ("not un-protected"); rhetorical questions that assert or
urge versus real questions, questions answered "no" and rhetorical questions that deny; irony
and paraphrase (a loophole that renames the violation); conditional offers; reported
questions followed by the speaker's own answer either way; corrections and retractions both
ways; concessions ("I won't say X, only Y"); lists, exam questions and headings with the
violation in one item; a keyword inside the name of a product, book, course, shop or web
page, or across a word boundary (near misses); quoting oneself and standing by it versus
quoting others or documents to reject them; training material with wrong examples; an
honest sentence plus a violation in one message; customers asking for violations (near
misses); refusing then offering a workaround versus a legitimate alternative; scam warnings
that end in "only trust me"; a pasted leaflet whose one own line contradicts it; a
prohibition recited and then turned into a wink; warnings that close with a conditional
promise of the very thing warned against; keywords in an unrelated sense (a spine "拉升"
in a warm-up drill, a legal "全权委托书" for a car claim, a patient-appointment "帮你操作").
Keywords are split by one of the separators ``· -_*.~`` in a minority (more than 0 and under
15 %) of each keyword category's hits; 25 % of every category is in traditional characters
through the common module's one-to-one table (Foshan messages first).
Numbers: valid mobiles, resident IDs and bank cards, plain, spaced, one space per digit,
dashed, dotted, comma-split, in Chinese numerals, 大写, full-width and mixed
Chinese/Arabic, versus look-alikes: bad ID check characters, impossible birth dates, bad
province codes, 17-digit IDs, Luhn failures, masked and partial mobiles, 10-digit and
bad-prefix mobiles, structured-deposit and wealth-product registration codes, policy,
claim-report, loan-contract, deposit-certificate, cake-order and court-booking numbers,
vehicle identification numbers, unified social credit codes, property-deed numbers, option
and stock and fund codes, hospital card and queue numbers, insurer hotlines, landlines,
Malaysian phones, MyKad numbers and Malaysian bank accounts, amounts, dates and one-time
codes.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout29.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h29_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, rdigits, run, shared_near_slot)

SEED = 29_2026_1206
SET_NAME = "heldout29"
MSGID_PREFIX = "h29"
T0 = 1778000000000
SEQ0 = 1160000
SPLIT_PER_CATEGORY = 12         # of 150 hits, 8 %
TRAD_PREF_REGIONS = ("fs",)     # Foshan Cantonese messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "133", "135", "136", "137", "138", "139", "145", "150", "151",
              "152", "155", "157", "158", "159", "162", "165", "171", "173", "177", "180",
              "181", "182", "185", "186", "187", "189", "190", "193", "195", "197", "199"]
AREAS = ["330102", "330105", "330106", "330702", "330782", "320302", "320311", "130102",
         "130104", "130602", "130606", "150102", "150105", "630102", "630104", "450202",
         "450203", "450302", "450305", "445102", "445122", "440604", "440605", "440606",
         "110105", "310115"]
CARD_BINS16 = ["622202", "622848", "621700", "622588", "622260", "621226", "623058", "621483",
               "622908", "625966"]
CARD_BINS19 = ["6222021", "6228481", "6217001", "6230582", "6212262", "6216613"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    # how staff address a customer (Mandarin)
    "n": ["王阿姨", "老周", "陈姐", "李叔", "吴老板", "沈姐", "蒋哥", "许阿姨", "钱老师", "徐总",
          "朱姐", "潘叔", "何老板", "梁姐", "谢哥", "苏阿姨", "邱总", "韦姐", "马大哥", "林伯",
          "姚姐", "郭叔"],
    # how Foshan staff address a customer
    "c": ["陈生", "梁太", "何生", "黄姐", "霞姐", "强哥", "冯太", "区生", "伍姨", "卢生"],
    # how Kuala Lumpur staff address a customer
    "u": ["Uncle Lim", "Aunty Wong", "Mr Tan", "Ah Seng", "陈先生", "Auntie Lee", "Boss Ong",
          "Kak Ros"],
    # how customers address staff
    "m": ["小沈", "沈经理", "蒋经理", "小徐", "许经理", "小韦", "韦经理", "马经理", "苏主管",
          "小姚", "郭经理", "小邱"],
    "e": ["", "", "🙂", "👍", "🙏", "😄", "👌", "🤝", "💪", "🌸", "😉", "☕"],
    "d": ["明天上午", "周四下午", "月底前", "下周二", "今晚九点前", "后天", "这礼拜内", "周六",
          "年底前", "节后"],
    "a": ["3万", "8万", "12万", "20万", "35万", "50万", "60万", "100万", "150万", "25万"],
    "r": ["2.6%", "2.95%", "3.2%", "3.6%", "4.1%", "4.5%", "5.2%", "6%", "3.85%", "4.75%"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; fs prefers traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|hz|R1|{n}，这个结构性存款我跟你讲，保证收益{r}，到期一分不会少，你还要想啥西啦？{d}前定掉好伐{e}
S|p|xz|R1|{n}，银行自己发的理财，到期了接着续，稳赚的事恁还犹豫啥？俺啥时候坑过恁{e}
S|p|sjz|R1|{n}，养老金年底前补缴进去，抵税不说还零风险，介么好的事儿上哪找去？甭琢磨了{e}
S|p|hhht|R1|{n}，娃娃的教育金保险保本还带分红，你说这还有甚可怕的？{d}签了哇{e}
S|p|xn|R1|{n}，这个外币定存我给你家算过了，换回人民币也稳赚，你家还阿么个不放心？没麻达的{e}
S|p|lz|R1|{n}，定投亏了就停？现在是低位咯，接着投包赚，你讲哪样时候不是这样涨回来的？{e}
S|p|cz|R1|{n}，胶己人我还会骗你？这款理财稳赚不赔，食杯茶的功夫就定了，你还想乜？{e}
S|p|fs|R1|{c}，呢只结构性存款保证收益{r}，你仲谂乜嘢？{d}之前唔买就冇额度啦{e}
S|p|kl|R1|{u}，这个 FD 换回人民币是零风险的 lah，你还 worry 什么？{d}前 bank in 就可以{e}
S|p|py|R1|{n}，yysy，这款到期续投保本的，你说我什么时候骗过你？{d}前要定哦{e}
S|p|terse|R1|{n}：保本的，还等啥？{e}
S|p|steps|R1|{n}，照做就行：1、打开手机银行；2、点开我发的链接；3、买满{a}。稳赚的东西，还用我教第二遍吗？{e}
S|g|leaflet|R1|【产品名称】悦享人生个人养老金专属理财【产品类型】固定收益类【风险等级】二级（中低）【业绩比较基准】{r}——看清楚了没？说白了就是保收益，还有什么好想的？{e}
S|p|plain|R1|{n}，您见过哪家银行的理财到期不给钱的？这款就是保本，没跑的{e}
S|p|plain|R2|{n}，不信内部消息你信什么？信新闻联播吗？这只{d}就有人拉升，你自己掂量{e}
S|p|hz|R2|{n}，你那个期权下个月行权，庄家这两天在吸筹，你现在卖掉不是傻了嘛？晓得伐{e}
S|p|sjz|R2|{n}，俺们领导亲口说的内幕消息，还能有假？{d}那只票指定往上走{e}
S|g|cz|R2|各位老板，胶己人群里讲句实话，有内部消息还不跟？等人家拉升完了才入，连汤都食不着{e}
S|p|kl|R2|{u}，我 kawan 在那家公司做的，内幕消息来的，你不买等什么？下个礼拜就拉升了 lah{e}
S|p|xz|R3|{n}，走银行流程要审好几天，直接转到我个人卡上，俺当天给恁办好，这不比那得劲？{e}
S|p|lz|R3|{n}，贷款批下来我让一点给你，返点一个点，你讲哪里还有这样好的事？{e}
S|p|hhht|R3|{n}，装修贷你走我这边，返佣我分你一半，你说这还不划算？{e}
S|p|fs|R3|{c}，私下交易慳返啲手续费，你唔做，留俾人哋做咩？{e}
S|p|plain|R3|{n}，餐馆那笔周转贷，我这单不走系统了，飞单给你批得快，难道你想等一个月？{e}
S|p|py|R3|{n}，手续费那点钱 zfb 私下转账给我就行，何必去柜台排半天队呢？{e}
S|p|xn|R4|{n}，你家眼睛不好，账户密码给我，我帮你操作不就完了？还跑啥银行嘛{e}
S|p|sjz|R4|{n}，期权行权那些弯弯绕您弄得明白？甭费劲了，全权委托给我，还能让您吃亏咧？{e}
S|p|kl|R4|{u}，你那么忙，代客理财我们做很多了 ok 的，交给我还不放心吗？{e}
S|p|hz|R4|{n}，基金定投停掉多可惜，你把手机银行账户密码告诉我，我来帮你重新开起来，省得你烦，是伐？{e}
S|p|xz|R5|{n}，企业微信一到晚上就收不到，加我私人微信不更方便吗？恁说是不是{e}
S|p|lz|R5|{n}，这个号是公司的，哪样都要留痕，你加我私人号讲话不是更自在？{e}
S|g|plain|R5|羽毛球群里的朋友们，想了解理财的还在这里问？加我个人号啊，那边聊得细{e}
S|p|terse|R5|{n}，私人微信聊呗，这儿说得清吗？{e}
S|p|cz|R1+R3|{n}，营老爷那天我请你食茶，顺手把钱私下转账给我，保本的，你怕乜？{e}
S|p|plain|R1|{n}，您问这款会不会亏？我在银行干了十五年，您说我能拿自己的饭碗开玩笑吗？零风险{e}
S|p|plain|R1|{n}，孙子生日礼物买啥？买这个教育金啊，稳赚，二十年后您说他得多感谢您？{e}
S|p|fs|R1|{c}，点解唔买？呢个包赚㗎，我屋企人都买咗{e}
S|p|plain|R1|{n}，谁说理财没有稳赚的？到期那几款我哪次没给您兑现？{d}这批还是一样{e}
S|p|plain|R2|{n}，我要是没有内部消息，敢让您{d}全仓进去？您自己琢磨琢磨{e}
S|p|hhht|R4|{n}，你装修忙得脚不沾地，理财那摊子全权委托给我咋了？我还能把你钱弄没了？{e}
S|g|plain|R1|各位球友，外币定存现在锁{r}，零风险，打完球顺手的事，为什么不做？{e}
S|p|plain|R3|{n}，您要是买够{a}，返点我私下补您，这还不够意思吗？{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|hz|R1|{m}，这个结构性存款到期了，下一期是不是还保本的啦？我老头子就要个稳当{e}
S|p|hz|R1|{n}，你问保本伐？理财是不保本的，结构性存款也要看合同，收益跟挂钩的东西走，不好打包票{e}
S|p|xz|R1|稳赚不赔？{n}，恁听谁瞎说的，真有这好事俺早辞职回家了{e}
C|p|xz|R1|{m}，俺家那口子说银行理财都稳赚，真的假的？{e}
S|p|sjz|R1|{n}，哪有零风险的养老产品？甭管谁跟您这么说，都别信，个人养老金里也有亏的{e}
C|p|sjz|R4|{m}，俺眼神不好使，账户密码告诉你，你帮俺弄弄中不？{e}
S|p|hhht|R4|{n}，账户密码能给我吗？不能，给谁都不能，你自个儿在手机上点，我在旁边给你讲{e}
C|p|hhht|R2|{m}，你们银行有没有内部消息？我们单位的人都说跟着你们炒股能挣钱{e}
S|p|xn|R2|{n}，庄家要拉升？你家听谁说的嘛，这种话十个有九个是骗子放出来的，不要信{e}
S|p|lz|R3|{n}，返点？我们这里哪样返点都没得，贷款利率合同上写好多就是好多{e}
C|p|lz|R3|{m}，别家银行讲办贷款可以返佣，你们得不得？{e}
S|p|cz|R3|{n}，私下交易？胶己人更加不能做这个，出了事我饭碗没了，你也没保障{e}
C|p|fs|R5|{m}，你有冇私人微信？呢个企业微信我成日唔记得开{e}
S|p|fs|R5|{c}，私人微信我唔加㗎，公司规定要喺企业微信度倾，有记录对你都系保障{e}
S|p|kl|R1|{u}，你问这个 FD 是不是零风险？本金有保障，可是换回人民币要看汇率，所以不能讲零风险 lah{e}
C|p|kl|R1|{m}，我 kawan 说你们的产品稳赚，真的 boleh 吗？{e}
S|p|py|R2|{n}，内幕消息我是真没有，yysy 有的话也不能说，我们只看公告{e}
S|p|terse|R1|{n}：不保本，看说明书{e}
S|p|steps|R4|{n}，您问账户密码忘了怎么办？这样弄：1、带身份证到柜台；2、填重置申请；3、自己输新密码，谁问都别讲{e}
S|g|leaflet|R1|【温馨提示】理财非存款、产品有风险、投资须谨慎。本产品不保本，过往业绩不代表未来表现。——{n}问的“到期能不能保本”，答案就在第一行{e}
S|p|plain|R1|{n}，谁敢跟您说教育金保险稳赚？前几年就退保的都亏了手续费，您要是中途要用钱，这个不合适{e}
C|p|long|R1|{m}我跟你说哦我那个基金定投从去年投到现在亏了快两成了我就停了，现在我老公说再投下去能摊低成本，我妈又说银行有保本的叫我换，我也搞不清哪个对，你帮我看看是不是真的有保本的东西啊还是都是骗人的{e}
C|p|long|R4|{m}我那个期权行权的事情我是真的搞不懂，公司HR发了一堆文件我看得头都大了，又是行权价又是个税的，我想干脆全权委托给你们帮我弄算了，可以吗还是一定要我本人去，我下礼拜还要陪我妈去医院{e}
S|p|plain|R3|{n}，您说能不能转到我个人账户？不能，一分钱都不能，必须转到对公账户，户名是我们行全称{e}
S|g|plain|R2|羽毛球群通知：明早热身先做脊柱拉升，{n}问是不是又在说股票？不是哈，纯热身动作{e}
S|p|plain|R1|{n}，您问哪个是零风险的？说实话只有存款在保险额度内最稳，其他的都不能这么说{e}
S|p|hz|R4|{n}，全权委托？我们不做的，你要真没空，看看那种投顾组合，每一步自己点确认{e}
C|p|cz|R1|{m}，营老爷那日阿兄讲你们有包赚的理财，是唔是真个？{e}
S|p|cz|R1|{n}，包赚？做生理几十年你见过包赚的生意吗？理财也一样，有赚有亏{e}
S|p|sjz|R3|{n}，飞单？那玩意儿谁沾谁倒霉，俺们行前年就开了一个，您说我能干那事吗？{e}
S|p|xn|R5|{n}，加我个人号？不用的，企业微信这个就是我，晚上也能找到，没麻达{e}
S|p|lz|R4|{n}，代客理财？莫讲笑了，那个是违规的，你自己拿主意，我帮你分析{e}
S|p|kl|R3|{u}，返佣？我们 bank 没有这种东西的 lah，你看到别人讲的要小心{e}
S|p|py|R1|{n}，dbq 刚才没说清楚：保本的只有存款，这款理财不保本的{e}
S|p|terse|R3|{n}：私下转账不行，走对公{e}
C|p|plain|R2|{m}，你们有没有庄家那种内部消息啊？我看短视频上都说有{e}
S|p|plain|R1|{n}，外币定存保本吗？美元本金是有保障的，可换回人民币可能亏汇率，所以我不跟您说保本这俩字{e}
S|p|fs|R1|{c}，你问我有冇稳赚嘅？如果有，我仲使乜返工？{e}
S|p|hhht|R1|{n}，教育险保本不保本？要看你交满没有，中途退保肯定亏，交满了到期领的比交的多，合同第四页写着呢{e}
S|p|plain|R4|{n}，您问我能不能帮你操作？能教，不能代，手机拿过来我告诉您点哪儿，确认键得您自己按{e}
S|p|plain|R2|{n}，真有内部消息的人会在企业微信上发给一百个客户吗？您琢磨琢磨，截图那个不是我们的人{e}
S|p|plain|R4|{n}，医院那个预约挂号要我帮你操作吗？您把就诊人姓名和想挂的科室发我，挂好了截图给您{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|hz|R1|{n}，行里不让我们讲保本这两个字，我就不讲了，反正你晓得的，到期一分不少，放心好伐{e}
S|p|xz|R1|{n}，规定说不准讲稳赚，俺不讲，俺就说一句：这款俺家老娘都买了，稳赚的{e}
S|p|sjz|R1|{n}，我可没说它不保本啊，您甭听那个小年轻瞎掰，这款绝对不会亏{e}
S|p|hhht|R1|{n}，不是不保本，是合同上不让写，咱心里有数就行，到期本金一分不少给你{e}
S|p|xn|R2|{n}，群里不让讲内幕消息，你家私聊我，我把那只票的消息单独告诉你{e}
S|p|lz|R2|{n}，莫在大群里问庄家的事，被合规看到不好，我单独跟你讲，{d}就拉升{e}
S|p|cz|R3|{n}，行里禁止私下交易，这个我晓得，胶己人就不算了，你直接转我，手续费省下来{e}
S|p|fs|R3|{c}，公司唔准我哋收返佣，所以你转去我老婆户口就得，冇人知{e}
S|p|kl|R3|{u}，bank 规定不可以私下转账的，but 我们 kawan 罢了，你 bank in 我的户口就好 lah{e}
S|p|py|R4|{n}，dbq 按规定不能代客理财，不过你情况特殊，账户密码发我，我晚上帮你弄好{e}
S|p|terse|R4|{n}：按说不行。账户密码发我{e}
S|p|steps|R5|{n}，按公司要求业务只能在这里办，但下面这样更快：1、加我私人微信；2、发产品截图；3、我晚上一对一讲{e}
S|g|leaflet|R1|【风险揭示】本产品为非保本浮动收益型，投资者可能损失部分或全部本金。——各位别被这段吓到，这是模板，合规让印的，实际上跟保本没两样{e}
S|p|plain|R1|{n}，监管不允许承诺收益，所以我只能私下跟您说：保证收益{r}，少一分我补{e}
S|p|plain|R1|{n}，虽然说不能讲零风险，但这只结构性存款挂的是金价，金价跌成那样的可能性几乎没有，您就当它零风险{e}
S|p|plain|R3|{n}，我们行不让飞单，但这个信托是我朋友公司的，收益高，您把钱打给他们就行，我这边不走系统{e}
S|p|plain|R4|{n}，原则上我们不能帮你操作，但您都八十了，我帮你操作一下，别跟别人说就行{e}
S|p|plain|R5|{n}，公司说不能加私人号，我那个号是用我老婆名字注册的，不算私人号，您加那个吧{e}
S|p|hz|R3|{n}，返点这种东西老早不让搞了，不过你装修贷办下来，我拿一点给你，就当红包，是伐{e}
S|p|xz|R2|{n}，俺们不准传内部消息，恁就当俺啥也没说：{d}那只票有人要拉升{e}
S|p|sjz|R4|{n}，全权委托是违规的，这个咱不签，口头上您交给我就行，我每天帮你操作{e}
S|p|hhht|R5|{n}，单位不让加私人微信，可你这个情况不一样，晚上有事就打这个私人微信找我{e}
S|p|xn|R1|{n}，按规定我不能说保本，我就说，这款从发行到现在没亏过一次，以后也不会亏，你家自己品{e}
S|p|lz|R1|{n}，莫讲我没提醒你，这个教育险不存在不保本的情况，交满就是稳赚{e}
S|p|cz|R4|{n}，行里规矩不给代人操作，不过胶己人，你把账户密码给我，我帮你换个产品{e}
S|p|fs|R1|{c}，公司唔俾我讲稳赚，我唔讲，总之你买咗唔会蚀就系{e}
S|p|kl|R5|{u}，company 不给我们用私人号，可是这个号是我的 second phone，不算的，你 add 这个{e}
S|p|py|R1|{n}，合规不让写零风险，所以宣传单上没写，但 yysy 这个就是零风险，你放心{e}
S|p|plain|R2|{n}，公开场合不能说有庄家，所以只跟您一个人说：这票背后有庄家，{d}会有动作{e}
S|p|plain|R3|{n}，我们规定款项不能私下转账，您这笔是给我个人的辛苦费，不算业务，直接转到我个人卡就好{e}
S|p|plain|R1|{n}，文件里不让写保本，我就换个说法跟您讲：这款相当于保本，到期本金都在{e}
S|p|plain|R4|{n}，不用您操心，也不用签全权委托那种东西，您就把账户密码给我，剩下的我来{e}
S|p|plain|R1|{n}，您孙子的教育金，我不敢说稳赚，我只敢说保本，这总行了吧？{e}
S|p|hz|R5|{n}，公司不许用私人微信谈业务，那我们就不谈业务，就聊聊天，你加一下，业务的事晚上那边讲{e}
S|p|terse|R1|{n}：不让说，反正保本{e}
S|p|steps|R3|{n}，流程跟您说清楚，不能私下交易我是知道的：1、钱先转我爱人卡上；2、我替您认购；3、份额我再转给您{e}
S|p|xn|R4|{n}，不是我不想让你自己弄，是你家弄不来，代客理财规定不让，我就说是帮你操作，不算代客{e}
S|p|plain|R2|{n}，行权的时间我们不能提前透露内部消息，不过您听我的{d}前行权，懂的都懂{e}
S|g|plain|R3|餐饮老板群通知：按规定贷款不收任何费用，不过走我这条线批得快，放款后返点两个点给我就行{e}
S|p|kl|R1|{u}，我们不可以讲 guarantee，所以我不讲 guarantee，我讲保本 lah，一样的{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|hz|R1|各位客户，按照监管规定，理财产品一律不得宣传保本保收益，哪个跟你讲这种话，直接打我们投诉电话{e}
S|p|hz|R3|{n}，你问转到我个人卡上行不行，不行的，所有钱都走对公，这个我们行抓得木佬佬紧{e}
S|p|xz|R4|{n}，俺们有规定，不准帮客户保管账户密码，恁自个儿记好，谁问都别给{e}
S|p|sjz|R2|{n}，甭管谁在群里发内幕消息，都别信也别转，介都是违规的，我们行也不许员工传{e}
S|p|hhht|R5|{n}，公司规定不能加私人微信，不是我摆架子，有事在这个号上找我就行，晚上也能回{e}
S|p|xn|R1|{n}，我们不能讲零风险，也不会讲，因为确实有风险，你家看好风险等级再定{e}
S|p|lz|R3|{n}，飞单、私下交易这些我们碰都不能碰，碰了就开除，你莫担心{e}
S|p|cz|R3|{n}，做生理讲规矩，我们不收返佣也不给返佣，利率合同写几多就是几多{e}
S|p|fs|R4|{c}，公司规定我哋唔可以接全权委托，亦唔可以代你落单，你要自己喺手机度确认{e}
S|p|kl|R1|{u}，这个 FD 我们不可以讲稳赚，汇率会动，换回来可能少，要想清楚 ok？{e}
S|p|py|R2|{n}，sj 有限长话短说：公司禁止讨论任何内部消息，群里那张截图不是我们发的{e}
S|p|terse|R5|{n}：私人号不加，这里就行{e}
S|p|steps|R4|{n}，防骗三步：1、账户密码只自己知道；2、验证码不告诉任何人；3、任何人说帮你操作都先打客服核实{e}
S|g|leaflet|R1|【重要提示】本产品不保证收益，业绩比较基准不代表实际收益，产品净值可能低于面值。——{n}，这是说明书第一页，我特意截出来，买之前请看完{e}
S|p|plain|R1|{n}，不管谁跟您说保本，只要不是存款，您都别信，包括我{e}
S|p|plain|R2|{n}，我们员工不得打听、也不得传播任何上市公司的内部消息，您那个期权行权时间按公司公告来{e}
S|p|plain|R3|{n}，按行里规定装修贷不收任何中介费，谁跟您说要返点都是骗人的，也别转到我个人账户{e}
S|p|plain|R4|{n}，我不能也不会代客理财，您定投停不停我给建议，决定还得您自己做{e}
S|p|plain|R5|{n}，加我个人号是违规的，不管是您还是我提出来都一样，咱就在企业微信聊{e}
C|p|plain|R1|{m}，我看新闻说银行理财现在都不让叫保本了，那我这个到期的还能续原来那款吗？{e}
C|p|long|R3|{m}我先说清楚我不是要为难你啊，是我们小区群里有个人说他在别的银行办装修贷，那个经理让他把手续费私下转账过去说能快点批，我就想问你们这里有没有这个规矩，要是有我就不办了，没有的话我下礼拜带材料过来找你{e}
S|p|hz|R1|{n}，保本两个字我们是不能随便讲的，只有存款才算，结构性存款你把合同拿过来，我帮你一条条看{e}
S|p|xz|R2|{n}，恁听好，不管是拉升还是打压，俺都不能预测，也不许预测，别问了哈{e}
S|p|sjz|R3|{n}，咱这儿不让私下交易，私下转账也不让，一分一厘都得走柜台或手机银行{e}
S|p|hhht|R4|{n}，谁也不能帮你操作账户，我也不能，这是规定，不是不给你面子{e}
S|p|xn|R3|{n}，公司严禁员工收客户的返佣，你家要是送东西也别送，心意我领了{e}
S|p|lz|R1|{n}，莫信那种保本高息的广告，我们行不准这么写，写了就是违规{e}
S|p|cz|R5|{n}，营老爷那日见面归见面，私人微信我是不能加的，行里有规矩，你有事就这里发{e}
S|p|fs|R2|{c}，祖庙嗰边摆摊嗰个话有内幕消息，公司规定我哋唔可以讲亦唔可以信，你小心啲{e}
S|p|kl|R3|{u}，我们 bank 不准私下交易的，所有 transfer 都要去 bank 的 account，tak boleh 给我个人{e}
S|p|py|R4|{n}，dbq 全权委托我们不接，规定写得很清楚，你可以设一个自动定投，自己管{e}
S|p|plain|R1|{n}，行里培训第一条：不许说稳赚，不许说保本，不许暗示，我记着呢，所以这款我只能说风险中低{e}
S|p|plain|R1|{n}，不是我不想让您放心，是这款确实不是零风险，按规定我也不能那么说，您理解一下{e}
S|p|plain|R2|{n}，行里不许员工掺和任何庄家坐庄的事，这个您放心，我连股票账户都没开{e}
S|g|plain|R4|羽毛球队财务说明：球费一律走群收款，不用把账户密码给任何人，包括队长{e}
S|p|plain|R3|{n}，您那个饭店的周转贷，任何人让您私下转账都不要理，我们的放款只到您对公户{e}
S|p|terse|R1|{n}：规定不准说保本，也确实不保本{e}
S|p|hz|R5|{n}，行里查得木佬佬严，加我个人号这种事想都不要想，有事这里讲，我看到就回{e}
S|p|plain|R4|{n}，孙子生日红包您想放理财里，得您自己操作，我们不能代客理财，我可以陪您一起弄{e}
S|p|steps|R3|{n}，外币定存办理流程：1、本人带身份证到网点；2、从本人账户划款；3、柜台出存单。全程不需要私下转账给任何人{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|hz|R2|{n}，最近骗子木佬佬多，外面那些内部消息都是假的，只有我给你的才靠得住，{d}那只票有人拉升{e}
S|p|xz|R1|{n}，小心网上那些稳赚的广告，都是骗人的，恁就信俺，俺这款才是真稳赚{e}
S|p|sjz|R1|{n}，新闻说有人打着养老的旗号骗钱，您甭信外边的，跟着我买，保本保收益{e}
S|p|hhht|R3|{n}，最近有冒充银行的让人转账，你要转就转到我个人卡上，别的谁都别信{e}
S|p|xn|R5|{n}，好多骗子冒充我们企业微信，你家以后有事直接加我私人微信找我，只认那个{e}
S|p|lz|R4|{n}，最近骗密码的多得很，账户密码莫给别个，只给我，我帮你看着{e}
S|p|cz|R2|{n}，胶己人提醒你，群里那些荐股都是骗子，我这条才是真的内幕消息{e}
S|p|fs|R1|{c}，出面好多骗人嘅理财，话稳赚又冇牌照，你揾我就啱啦，我呢只先系真正稳赚{e}
S|p|kl|R3|{u}，最近很多 scam 的，叫你 transfer 去不认识的 account，你不要，要 transfer 就直接转到我个人户口，安全{e}
S|p|py|R4|{n}，zy 最近诈骗电话多，谁问都别说，账户密码只告诉我一个人，我帮你盯{e}
S|p|terse|R5|{n}：防骗，只认我私人号{e}
S|p|steps|R3|{n}，防骗三件事：1、不接陌生电话；2、不点陌生链接；3、有钱要转就私下转账给我，我替你存{e}
S|g|leaflet|R1|【反诈提示】警惕高收益、零门槛理财骗局，不明链接不点击，陌生转账不操作。——各位放心，我们这款零风险，跟那些骗局不一样{e}
S|p|plain|R2|{n}，昨天有人被荐股老师骗了八万，都是假内幕消息。我跟他们不一样，我的消息是公司里面直接出来的，{d}见分晓{e}
S|p|plain|R1|{n}，车险理赔那边有黄牛说能多赔，别信；不过您拿赔款买我这款，包赚，我拿工作担保{e}
S|p|plain|R3|{n}，有人冒充我们信贷员收加急费，您别理他，要加急就找我，飞单走我这边更快{e}
S|p|plain|R4|{n}，提醒一下，千万别把验证码给陌生人。不过您在医院排队不方便，账户密码发我，我帮你操作赎回{e}
S|p|plain|R5|{n}，公司系统最近老被封号，有人冒充客户经理骗钱，您记住只加我个人号，其他都是假的{e}
S|p|hz|R1|{n}，新闻里那个保本理财爆雷的你看到了伐？那是他们不正规。我们这只是真的保本，放心{e}
S|p|xz|R2|{n}，群里那个说有庄家的是骗子，恁别信他。真庄家俺认识，{d}拉升前俺告诉恁{e}
S|p|sjz|R3|{n}，有人冒充我们银行收返点，您甭理他。要返点我这边也能给，比他多{e}
S|p|hhht|R4|{n}，新闻说有人代人炒股亏光了，那是他找错人了，全权委托给我，保你没事{e}
S|p|xn|R1|{n}，外面那些说稳赚的都是骗子，你家记住，只有我给你推荐的外币定存才是零风险{e}
S|p|lz|R5|{n}，有个号冒充我在骗人，你看到就拉黑。以后私人号找我，这个公司号我不常看{e}
S|p|cz|R3|{n}，有个外地人冒充我们行做贷款，收了人家手续费就跑了。胶己人有事找我，私下交易我给你办{e}
S|p|fs|R4|{c}，最近有人扮银行职员问人攞密码，千祈唔好俾。不过你屋企阿婆唔识用手机，代客理财呢啲我帮佢搞掂{e}
S|p|kl|R2|{u}，Facebook 那些 tips 是 scam 来的，不要信。我有 kawan 在里面，真的内部消息我会 share 给你{e}
S|p|py|R1|{n}，yysy 最近骗子太多了，别信陌生人，我这款保收益的你放心投{e}
S|p|plain|R1|{n}，您那位老同事说银行理财也会亏，他说得没错，一般的是会亏，不过我给您这只是稳赚不赔的{e}
S|p|plain|R2|{n}，监管通报了几起传播内幕消息的案子，您看看就行，别怕，我给您的消息不一样，是公司高层的{e}
S|p|plain|R3|{n}，听说隔壁行有人飞单被抓了，他做得太明显。咱们这笔小，没人查的，您照我说的转{e}
S|g|plain|R5|各位家长注意，最近有冒充老师推销教育金保险的骗子。保险的事大家直接加我私人微信问我，别在群里问{e}
S|p|plain|R1|{n}，医院门口发传单的那种养老投资千万别碰。您要投就投我这个，保本，年底前补缴还能抵税{e}
S|p|terse|R2|{n}：别信群里。内幕消息我给{e}
S|p|sjz|R4|{n}，警方通报了，骗子都是让人下载软件远程操控。您甭下载，您把账户密码说一下，我直接帮你操作{e}
S|p|steps|R4|{n}，防诈骗记三点：1、陌生来电一律挂断；2、不下载不明软件；3、理财的事交给我，账户密码发我，我帮你操作{e}
S|p|lz|R1|{n}，看到新闻讲有人买了所谓稳赚理财被骗，莫怕，那是没找对人，我这里的才是真稳赚{e}
S|p|kl|R5|{u}，最近 WeCom 有 fake account 冒充我，你记住只有我的私人号是真的，add 那个{e}
S|p|xz|R3|{n}，最近骗子多，恁那个饭店的贷款别找中介。找俺，返佣俺少要点，俺给恁批{e}
S|g|hhht|R2|各位球友，网上那些荐股群都是割韭菜的，大家小心。真有内部消息我在群里直接说{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|hz|R1|各位客户注意，最近有人冒充我们行推保本高息理财，都是假的，认准官方渠道，有疑问打客服{e}
S|p|hz|R3|{n}，你跟我讲的那个中介，让你私下转账给他，这个就是骗局，千万不要转{e}
S|p|xz|R2|{n}，俺看那个群里天天说庄家要拉升，十有八九是杀猪盘，恁赶紧退群{e}
S|p|sjz|R4|{n}，新闻说有个老太太把账户密码给了所谓的理财顾问，被人转走三十万，您可千万长个心眼{e}
S|p|hhht|R5|{n}，有骗子冒充我，说让你加他私人微信，那不是我，我只用这个企业微信{e}
S|p|xn|R1|{n}，提醒你家一下，所谓零风险的养老项目都是非法集资，年底补缴个人养老金就走正规银行，没麻达{e}
S|p|lz|R3|{n}，我们行上个月有个人因为飞单被开除了，通报都发了，你要是碰到有人找你买行外产品，告诉我{e}
S|p|cz|R2|{n}，营老爷那边人多，有人拉人进荐股群讲有内部消息，全是骗局，莫去{e}
S|p|fs|R1|{c}，新闻话有人扮财务顾问，话乜嘢稳赚不赔，骗咗好多老人家，你同屋企人讲下{e}
S|p|kl|R4|{u}，小心 scam call 叫你给账户密码，bank 的人是不会问的，我也不会问{e}
S|p|py|R5|{n}，zy 有人冒充我加你私人号，头像都一样，别通过，我只在这里{e}
S|p|terse|R3|{n}：有人让您私下转账？骗子，别转{e}
S|p|steps|R2|{n}，识别荐股骗局：1、自称有内部消息；2、拉你进群看老师晒单；3、让你下载陌生软件。三条占一条就远离{e}
S|g|leaflet|R1|【金融消费者权益保护提示】凡宣称保本保息、稳赚不赔的非银行机构理财，均可能涉嫌非法集资。——转给各位街坊看看，{d}社区有防诈讲座{e}
S|p|plain|R4|{n}，我同事以前接了客户的全权委托，被处分了，所以我宁可多讲两遍，也得您自己点确认{e}
S|p|plain|R3|{n}，监管今年通报了好几个员工收返佣的案子，您要是遇到哪个经理暗示要好处，直接打投诉电话{e}
S|p|plain|R2|{n}，期权行权前后这段时间，您公司肯定也培训过，不能拿内部消息买卖自家股票，别因为这个出事{e}
S|p|plain|R5|{n}，我们行发了通知，员工用私人微信跟客户谈业务都要处分，所以以后还是这里找我{e}
C|p|long|R1|{m}我今天在医院排队的时候有个人过来跟我搭讪，说他们公司有个养老项目零风险一年百分之十二，还给我塞了张传单，我看着挺像回事的，他还说可以先投一点试试，我没敢答应，你帮我看看这种是不是骗子，我现在有点慌{e}
C|p|long|R2|{m}你知道吗我们单位群里有个人天天发截图说他有庄家的内部消息跟着买每天涨，好多人都转钱给他了，我老公也心动了，我拦都拦不住，这种到底靠不靠谱啊你跟我说说我好回去劝他{e}
S|p|hz|R4|{n}，那个电话说是银行的，叫你把账户密码报一下，这个百分之百是骗子，我们行是绝对不会问的{e}
S|p|xz|R1|{n}，恁发俺那个链接俺看了，写着保本年化百分之十五，这是典型骗局，赶紧删了{e}
S|p|sjz|R3|{n}，有人冒充我们信贷部，说装修贷能返点，让先交保证金，介都是骗人的，您甭理{e}
S|p|hhht|R2|{n}，你那个朋友说的庄家拉升，我查了，是个非法荐股群，公安都立案了{e}
S|p|xn|R4|{n}，代客理财的那种小公司你家千万别信，前两年就有跑路的，钱要不回来{e}
S|p|lz|R5|{n}，有人用我名字开了个号讲是我私人号，那个是假的，莫加{e}
S|p|cz|R3|{n}，胶己人才讲：别家有个经理做私下交易，客户钱亏了找不到人，你以后凡事走柜台{e}
S|p|fs|R5|{c}，公司通知：有人冒充员工叫客人加佢私人微信，千祈唔好加，有嘢就喺呢度问我{e}
S|p|kl|R1|{u}，Facebook 上那些 investment 讲 guaranteed、零风险，都是 scam 来的，不要 bank in{e}
S|p|py|R3|{n}，hd 我收到你转发的了，叫人把钱转到我个人账户那种？那不是我发的，是冒充的，千万别转{e}
S|p|plain|R1|{n}，您表姐卖面包赚的那点辛苦钱，可别投那个群里的高息项目，我看了，就是非法集资{e}
S|p|plain|R4|{n}，刚才那个电话说要帮你操作退款的，是骗子，挂了就对了{e}
S|g|plain|R2|球友们，最近有人在球馆门口发荐股卡片，说有内幕消息，大家别扫码，我已经报给物业了{e}
S|p|terse|R4|{n}：别给账户密码，谁都别给{e}
S|p|steps|R5|{n}，防冒充三招：1、看企业微信认证标识；2、让我在这里回一句话；3、凡是要您加私人号的，直接拉黑{e}
S|p|sjz|R1|{n}，群里说稳赚的那个是代理记账公司的，不是我们行的，他们卖的东西没备案，别碰{e}
S|p|hz|R2|{n}，这种内部消息截图我们合规部都收集了，一张张都是假的，你不要转发{e}
S|p|xn|R3|{n}，你家说的那个中介要给返佣，那不就是拿你的钱给你，骗子惯用的手法{e}
S|p|lz|R1|{n}，庙会那天好多摆摊讲稳赚不赔的，都是骗人的，莫买{e}
S|p|kl|R2|{u}，那个 WhatsApp group 说有庄家要 pump，都是 scam，我 report 了，你也 exit 吧{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|hz|R1|{n}，保本的话我不能写在合同里，这个你理解一下。口头上我跟你讲，保本的，你放心{e}
S|p|xz|R4|{n}，恁让俺全权委托俺不能接，这样，恁把账户密码给俺，俺看着办{e}
S|p|sjz|R3|{n}，您要转到我个人账户，这个不行。要不您转给我媳妇，她那个卡号我发您{e}
S|p|hhht|R5|{n}，你说加我私人微信，这个我不能加。我换个小号给你，那个不算私人微信{e}
S|p|xn|R2|{n}，内幕消息这种东西我不能跟你家讲。我就提一句，{d}前别卖，等拉升的时候再说{e}
S|p|lz|R3|{n}，返点我不能给你，公司管得严，我请你吃螺蛳粉，顺便把那个数用红包发你{e}
S|p|cz|R3|{n}，飞单我不做的，你讲的那款信托我介绍给我表弟，他来接，钱转他就得{e}
S|p|fs|R1|{c}，你要我喺合同度写保本，我写唔到。不过我同你讲，呢只冇可能蚀，稳赚{e}
S|p|kl|R4|{u}，你要我帮你操作，officially 不可以。可是你给我 password，我 after office 帮你弄 lah{e}
S|p|py|R5|{n}，私人号不方便给，dbq。我把我老婆的号给你，你加那个，一样找得到我{e}
S|p|terse|R4|{n}：不能代客理财。密码给我{e}
S|p|steps|R3|{n}，走公司流程我不建议，太慢。变通一下：1、钱先私下转账到我这；2、我凑够额度一起买；3、收益我按比例转回给你{e}
S|g|leaflet|R1|【产品说明】本理财产品不承诺保本，最不利情况下可能损失本金。——各位，这段我没法删，也不能改。但是我把话放这：跟着我买，保本{e}
S|p|plain|R1|{n}，您要我写个保证收益的字条，这个真不行。不过我可以拿自己的工资给您兜底，少了我补，等于保证收益{e}
S|p|plain|R2|{n}，您问我有没有内部消息，我不能回答。我只说一句：{d}之前有庄家进场{e}
S|p|plain|R4|{n}，全权委托我们不能签，但您要是信得过，账户密码告诉我，以后每次调仓我直接弄{e}
S|p|plain|R5|{n}，企业微信不让聊这些，咱们换个地方，您加我个人号，那个号不留记录{e}
S|p|plain|R3|{n}，手续费减免我这里批不了，私下交易的话可以给您便宜两个点{e}
S|p|hz|R4|{n}，定投重新开这事，规定不让我替你点。你把手机银行账户密码发我，我在行里帮你操作，两分钟的事{e}
S|p|xz|R1|{n}，合同俺改不了，不保本那仨字还得写上。恁甭怕，那是糊弄检查的，实际就是保本{e}
S|p|sjz|R5|{n}，这个号上聊不了那么细，您加我私人号，介个事儿咱俩慢慢说{e}
S|p|hhht|R3|{n}，走合同的话利率降不了。你要真想便宜点，返点我私下给你，合同照原来签{e}
S|p|xn|R1|{n}，你家要的那个书面承诺我不能写，但你放心，教育险到期稳赚，我拿人品担保{e}
S|p|lz|R2|{n}，行权的时间我不能帮你打听，不过我有个朋友在你们公司财务，内部消息他会透给我，我再转告你{e}
S|p|cz|R4|{n}，代客理财我不能做，但你去汕头看货这段时间，把账户密码给我，我帮你盯着，有事就换{e}
S|p|fs|R3|{c}，现金我唔收得，你直接转到我个人户口，我即刻帮你入{e}
S|p|kl|R5|{u}，WeCom 这里我不能讲太多，company 会看。你 add 我私人微信，我详细 explain{e}
S|p|py|R1|{n}，书面的我给不了，sj 也来不及了，口头跟你说：这款零风险，你就当定期存{e}
S|p|plain|R4|{n}，我不能帮您买，这个得本人操作。您把手机留我这儿，我帮你操作完了给您送回去{e}
S|p|plain|R1|{n}，不保本的那款我不推荐给您，我给您换这款，这款稳赚，到期连本带利一起回来{e}
S|p|plain|R3|{n}，您说要给我的辛苦费我不能收。要不这样，返佣算在您下一笔认购里，我让系统少扣{e}
S|g|plain|R2|各位老板，我不能在群里推荐具体股票，大家理解。想要内部消息的，散会后单独找我{e}
S|p|terse|R5|{n}：这里不行，私人微信说{e}
S|p|steps|R4|{n}，柜台让您本人来太折腾了，我教您一个办法：1、把账户密码发我；2、我在行里帮你操作；3、完了您改个密码就行{e}
S|p|sjz|R1|{n}，我可不敢给您打包票。不过呢，这养老产品我自己也买了，零风险，您就踏踏实实的{e}
S|p|lz|R5|{n}，这个号我下班就不看了，你讲的那个事我不方便在这回。晚上加我私人号讲{e}
S|p|hz|R2|{n}，你要我打听期权的消息，我不好打听的。不过你那个公司有人私下跟我讲，下个月有庄家进来，晓得伐{e}
S|p|xn|R3|{n}，银行流程你家嫌慢，我不能帮你插队，但你跟我私下交易，钱直接给我，我去柜台给你存{e}
S|p|cz|R1|{n}，合同我改不了，只能讲一句：这款保收益，胶己人我才讲{e}
S|p|kl|R3|{u}，service charge 我不能 waive，可是你 bank in 给我，我私底下给你返点 lah{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|hz|R1|{n}，保本的理财我给不了，现在没有这种东西了。你实在要稳，我帮你看看三年期大额存单{e}
S|p|xz|R4|{n}，账户密码恁自个儿留着，俺不能要。恁要是不会弄，明天上午来网点，俺手把手教恁{e}
S|p|sjz|R3|{n}，您要给我的那份心意我心领了，返点这个东西我是真不能收，也不会收{e}
S|p|hhht|R5|{n}，私人微信就不加了，有事你在这个号上留言，我看到就回，晚上也回{e}
S|p|xn|R2|{n}，你家问内幕消息，我没有，也不能打听，我能给你的就是公开的研报{e}
S|p|lz|R4|{n}，全权委托我不接，你出差期间定投照常扣款就行，不需要哪个去操作{e}
S|p|cz|R3|{n}，私下交易我不做，胶己人也不做，你要买就走柜台，单子我帮你填好{e}
S|p|fs|R5|{c}，私人号我唔俾得，公司有规定，你有嘢喺企业微信揾我，我一定覆你{e}
S|p|kl|R1|{u}，这个 FD 我不能跟你讲保本 lah，本金有存款保险，可是换回来的汇率没人能 guarantee{e}
S|p|py|R3|{n}，dbq 飞单这种我不碰，你要的那款行外信托我没法卖，可以看看我们代销的同类产品{e}
S|p|terse|R4|{n}：密码不收，账户密码您自己改{e}
S|p|steps|R4|{n}，我不能帮你操作，但可以这样：1、您打开手机银行；2、我视频里告诉您点哪里；3、确认键您自己按{e}
S|g|leaflet|R1|【产品概要】期限182天，业绩比较基准{r}，非保本浮动收益。——{n}，您要的保本款我这边确实没有，说明书上写得明明白白{e}
S|p|plain|R1|{n}，您要我写保证收益，我不能写，因为我确实保证不了，咱们只能按说明书来{e}
S|p|plain|R2|{n}，庄家那些事儿我不懂也不掺和，您要是想了解行业，我给您发两篇公开报告{e}
S|p|plain|R3|{n}，您想把钱转到我个人账户让我代买，这个不行，您自己在手机银行买，我在电话里陪着您{e}
S|p|plain|R5|{n}，加我个人号这事儿您别为难我了，企业微信一样能发语音、发文件，我随时在{e}
S|p|plain|R4|{n}，代客理财我们不能做。如果您想省心，可以考虑我们的智能定投，规则您自己定{e}
S|p|hz|R3|{n}，返佣我们这里没有的，你问的那家给你返，那是他们违规，我劝你也不要去{e}
S|p|xz|R1|{n}，恁要的那种零风险的，俺这儿真没有。最稳的就是存款，国债也行，恁挑{e}
S|p|sjz|R4|{n}，甭把账户密码发我，我不看也不存。您把截图发我，我告诉您下一步弄么{e}
S|p|hhht|R2|{n}，期权什么时候行权最好，我不能给你内部消息，也没有。你按公司计划来，税的问题我可以帮你算{e}
S|p|xn|R5|{n}，你家说加私人微信方便，我理解，可我不能加，这个号晚上也开着，没麻达{e}
S|p|lz|R1|{n}，你要的稳赚不赔我这里没得，实在怕亏就放定期，利率是低点但稳当{e}
S|p|cz|R4|{n}，你去外地进货，我帮你操作是不行的，你可以设定投，到日子自己扣{e}
S|p|fs|R3|{c}，你话转去我个人户口慳手续费？唔得，转到我个人度唔合规，我帮你申请减免手续费就得{e}
S|p|kl|R5|{u}，私人号我不能给 lah，company rule。你有什么问题在这里问，我 office hour 都会 reply{e}
S|p|py|R2|{n}，内部消息我这里没有的，yysy，真有也不能说，我能给你的是公开的基金季报{e}
S|p|plain|R1|{n}，孙子生日存钱，您说要保本的，那就别买理财了，我给您开个定期存单，利息低点但本金有保障{e}
S|p|plain|R3|{n}，车险理赔款不能私下转账给我代收，得直接打到您本人卡上，我帮您把材料准备好{e}
C|p|plain|R4|{m}，你不能帮我操作是吧，那我让闺女周末陪我去网点，账户密码我自己记着呢{e}
S|p|plain|R2|{n}，您问这只票有没有人要拉升，我答不了，也不该答，您看公告吧{e}
S|p|terse|R5|{n}：私人号不给，这里找我{e}
S|p|steps|R3|{n}，这笔不能转给我，正确做法：1、在手机银行选转账；2、收款户名填我们行全称；3、附言写贷款编号。别私下转账给任何个人{e}
S|p|sjz|R5|{n}，俺那私人号就不给您了，咱在这儿聊，有记录对您对我都好{e}
S|p|hz|R2|{n}，内幕消息我是没有的，老底子讲的，消息灵不如规矩灵，你还是看公告{e}
C|p|long|R3|{m}我想了想还是觉得麻烦你了，你说不收返点我理解，可是上次你帮我跑了三趟我心里过意不去，要不我请你吃顿饭你总不能不来吧，我家楼下那家潮汕牛肉火锅真的好吃，你哪天有空跟我说一声我订位{e}
S|p|lz|R4|{n}，账户密码你自己收好，我不要，我们规定不能碰客户密码，你记不住我教你设个好记的{e}
S|p|xn|R1|{n}，你家问外币定存是不是零风险，我不能这样讲，美元会跌也会涨，我给你把两头都算一下{e}
S|p|kl|R4|{u}，全权委托我们不做的，sorry ya。你可以 set standing instruction，每个月自动买{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|hz|R1|{n}，上礼拜我讲过“这只保本”，今朝再讲一遍，保本，你要我写下来都来事{e}
S|p|xz|R1|{n}，俺那天在饭桌上说的“跟着俺稳赚”，不是酒话，今天醒着再说一遍{e}
S|p|sjz|R2|{n}，您闺女说“经理有内部消息”，没错，我有，{d}您来网点我细说{e}
S|p|hhht|R4|{n}，你老伴说“全权委托给小伙子省心”，她说得对，你就全权委托给我{e}
S|p|xn|R5|{n}，你家那天说的“加个私人微信方便”，我想了想是对的，私人微信号我发你{e}
S|p|lz|R3|{n}，你表哥讲“找你办贷款有返点”，是的，返点照给，一分不少{e}
S|p|cz|R1|{n}，营老爷那日我当大家面讲的“这款包赚”，我讲话算数，包赚{e}
S|p|fs|R1|{c}，我之前讲过“呢只零风险”，我依家都系咁讲，冇改过{e}
S|p|kl|R3|{u}，你 kawan 说“跟你买可以拿返佣”，betul，返佣我会给你{e}
S|p|py|R4|{n}，你说“要不你帮我弄吧”，hd，我帮你操作，账户密码发我{e}
S|p|terse|R1|{n}：我说的保本，算数{e}
S|p|steps|R3|{n}，照我上次说的“先转到我个人卡上”来：1、转账；2、截图发我；3、我替您认购{e}
S|g|leaflet|R1|【产品亮点】稳健增值，期限灵活，业绩比较基准{r}。——我上周在群里说的“这款稳赚”大家都记得吧，我今天还这么说{e}
S|p|plain|R1|{n}，我那句“年底前补缴养老金，保本还抵税”您还记得吧？我现在还是这个话{e}
S|p|plain|R2|{n}，分析师说“这只票庄家控盘”，我同意，跟着庄家走准没错{e}
S|p|plain|R3|{n}，您朋友说的“找银行的人私下交易能省钱”，没毛病，咱俩就这么办{e}
S|p|plain|R4|{n}，您女儿说“代客理财最省心”，我也这么觉得，您就交给我{e}
S|p|plain|R5|{n}，我之前说过“有事加我个人号”，现在还是这样，这个企业号快不用了{e}
S|p|hz|R2|{n}，你们公司同事讲“行权之前会有人拉升”，这个话我信，你先别卖{e}
S|p|xz|R1|{n}，恁儿说“理财都是稳赚的”，他说对了，俺这款就是{e}
S|p|sjz|R1|{n}，报纸上印着“零风险”那仨字，我给您圈出来了，说的就是咱这个产品，您放心{e}
S|p|hhht|R3|{n}，我上回说“转到我个人卡上更快”，这话还算数，你{d}转过来{e}
S|p|xn|R4|{n}，我跟你家说过“账户密码给我就行”，现在还是这个办法最快{e}
S|p|lz|R1|{n}，我那个朋友圈写的“外币定存稳赚”，是我自己写的，我认{e}
S|p|cz|R2|{n}，阿兄讲“你有内幕消息”，我唔否认，胶己人，{d}我给你讲{e}
S|p|fs|R5|{c}，你老公话“私人号更方便揾你”，冇错，加我私人号啦{e}
S|p|kl|R1|{u}，我上次讲“这个 plan 保本”，我 stand by 我讲的，保本{e}
S|p|py|R3|{n}，你问我是不是说过“可以飞单”，sd，说过，这单就这么做{e}
S|p|plain|R1|{n}，教育险宣传册上写的“到期稳赚”，是我们团队自己印的，我负责，就是稳赚{e}
S|p|plain|R2|{n}，您说“你们肯定有内部消息”，您说对了，{d}您来了我当面跟您讲{e}
S|p|plain|R4|{n}，合规问我是不是说过“我帮你操作”，我说了，也确实帮您弄了，这有什么{e}
S|g|plain|R1|各位，之前有人截图我那句“这款保收益”去投诉，我再说一次：保收益，谁不信可以来问{e}
S|p|plain|R3|{n}，我前天短信里写的“手续费私下转账给我就行”，没写错，就是这样{e}
S|p|terse|R5|{n}：对，我说过，私人微信{e}
S|p|steps|R4|{n}，我上次说的“全权委托给我”，具体这么办：1、签个授权；2、账户密码发我；3、以后不用您管{e}
S|p|hz|R3|{n}，你老娘舅讲“经理给的返点比利息还高”，他讲得一点不错，你也可以拿{e}
S|p|xn|R1|{n}，我在讲座上说的“个人养老金零风险”，你家记得对的，我说的是实话{e}
S|p|lz|R4|{n}，你老婆讲“让经理代客理财算了”，好，就这么定{e}
S|p|sjz|R5|{n}，您孙子说“加经理私人微信”，那就加吧，号我发您{e}
S|p|kl|R2|{u}，那个 uncle 说“你们有内部消息”，我不否认 lah，有好的我会告诉你{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|hz|R1|{n}，你说的那句“保本保收益”是那个中介讲的，不是我讲的，我们从来不这么讲{e}
S|p|xz|R1|{n}，恁儿子转给恁的那篇文章写“稳赚不赔”，那是广告，别当真{e}
S|p|sjz|R2|{n}，您说“听说有内幕消息”，我不知道谁说的，反正我这儿没有，也不该有{e}
S|p|hhht|R4|{n}，合同第九条写的是“不得全权委托”，你看，我们是不允许的{e}
S|p|xn|R5|{n}，你家截图里那个人说“加我私人微信领红包”，那不是我们的员工{e}
S|p|lz|R3|{n}，那个短信讲“办贷款返点百分之三”，是诈骗短信，你删了{e}
S|p|cz|R1|{n}，你阿兄讲的“这款稳赚”我没讲过，我讲的是“风险中低”，不一样{e}
S|p|fs|R2|{c}，你话你个朋友讲“有庄家拉升”，佢讲佢嘅，我唔认同，你自己谂清楚{e}
S|p|kl|R4|{u}，你 forward 的那个 message 说“把账户密码给 agent”，那是 scam 来的{e}
S|p|py|R3|{n}，你转的那段“员工可以私下交易”是从哪看的？那是假的，我们行规定相反{e}
S|p|terse|R1|{n}：“保本”是他说的，不是我{e}
S|p|steps|R1|{n}，教您分辨宣传语：1、写“保本”的，看是不是存款；2、写“稳赚”的，直接拉黑；3、写业绩比较基准的，那不是承诺{e}
S|g|leaflet|R1|【风险揭示书摘录】“本产品不保证收益，投资者应充分认识投资风险。”——{n}，您勾选的是这一条，签字之前我再念一遍{e}
S|p|plain|R1|{n}，培训课件里的反面例子：“跟着我买，保本保息”。这句是错的，我们不会这么说{e}
S|p|plain|R2|{n}，那本书叫《庄家的秘密》，书名吓人，其实是讲市场监管的，您孙子生日送这个也行{e}
S|p|plain|R3|{n}，您说的飞单，报纸上那个案子我也看了，那人已经被判了，我们这边没这事{e}
S|p|plain|R4|{n}，您听邻居说的“经理可以帮你操作”，那是他们搞错了，我们只能指导，不能代办{e}
S|p|plain|R5|{n}，您说我之前说过“加我私人号”？您再翻翻聊天记录，我说的是“加企业微信”{e}
S|p|hz|R1|{n}，老底子有句话“天下没有稳赚的生意”，放在理财上也一样{e}
S|p|xz|R2|{n}，恁说那个微信群里的“庄家”，俺查了，是个卖课的，骗钱的{e}
S|p|sjz|R4|{n}，网上那个课叫《代客理财实务》，名字挺唬人，其实是讲监管规定的，您要看也行{e}
S|p|hhht|R3|{n}，你说“别家经理给返佣”，他们给他们的，我们这规定很清楚，不给也不收{e}
S|p|xn|R1|{n}，那个讲座的PPT上写“零风险”，我们合规看了说不能用，已经撤了{e}
S|p|lz|R5|{n}，你讲的“私人号”是哪个？我只有这个企业微信，其他都是冒充的{e}
S|p|cz|R3|{n}，你讲“胶己人可以私下转账”，这句我不认，胶己人更要走正规流程{e}
S|p|fs|R1|{c}，报纸话“结构性存款保本”，其实要睇条款，我唔会咁同你讲{e}
S|p|kl|R5|{u}，你说你 kawan 加了我私人微信？不是我，我没有 share 给任何客户{e}
S|p|py|R2|{n}，你说我之前讲过“内部消息”？yysy 我讲的是“内部研报”，是公开的，不一样{e}
S|p|plain|R1|{n}，您问的那个店名叫“稳赚小厨”，哈哈，那是隔壁新开的饭馆，跟我们理财没关系，贷款材料我已经收到了{e}
S|p|plain|R3|{n}，监管通报原文：“某员工通过私下交易收取客户资金”，被处罚了，发给您看看我们有多严{e}
S|p|plain|R4|{n}，律师说的“全权委托书”，是车险理赔用的，授权他去保险公司办手续，跟理财无关，签了没事{e}
C|p|plain|R1|{m}，我表姐说你跟她讲“这个保本”，是真的吗？我怎么记得你跟我说不保本{e}
S|p|plain|R2|{n}，您转来的那句“明天有人拉升”，来源不明，我们不评论，也请您别转发{e}
S|p|terse|R4|{n}：“帮你操作”那句不是我发的{e}
S|p|steps|R5|{n}，合规培训题，判断对错：1、客户要求时可以加私人微信（错）；2、企业微信聊天需留痕（对）；3、下班后可以用私人号联系客户（错）{e}
S|p|plain|R1|{n}，给您看个我们内部考试题：“客户问能否保本，答：保本”，这是标准的错误答案，正确答案是“理财产品不保本”{e}
S|p|hz|R4|{n}，你老公讲“代客理财又不犯法”，这个是他记错了，银行是不能做的{e}
S|p|xn|R2|{n}，你家孙子说“庄家要拉升”，娃娃刷视频看来的，不要当真{e}
S|p|lz|R3|{n}，你讲的那个网页标题《贷款返点攻略》，是中介做的广告，莫信{e}
S|p|sjz|R5|{n}，您念的那段“加我个人号有惊喜”，是骗子群发的，咱别理{e}
S|p|kl|R1|{u}，那个 leaflet 写“保收益”，是别的 company 的，不是我们 bank 的{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|hz|R6|{m}，我老头子的手机{MOB:plain}，到期那天你打他这个，他天天在家{e}
C|p|xz|R6|{m}，俺身份证号{ID:plain}，恁帮俺把养老金那个登记一下{e}
S|p|sjz|R6|{n}，给您核对一下，补缴用的卡是{CARD:sp}，没错的话我就提交了{e}
C|p|hhht|R6|{m}，娃娃的身份证是{ID:dash}，教育金保单受益人写他{e}
C|p|xn|R6|{m}，我儿子电话{MOB:cn}，外币定存到期了你家跟他说{e}
C|p|lz|R6|{m}，修车厂老板电话{MOB:dot}，理赔的人要联系就打这个{e}
C|p|cz|R6|{m}，我店里收款的卡{CARD:plain}，贷款放下来打这张{e}
C|p|fs|R6|{m}，我个身份证号码系{ID:sp}，你帮我填张表{e}
C|p|kl|R6|{m}，我在中国用的手机{MOB:plain}，你 WhatsApp 不到就打这个{e}
S|p|py|R6|{n}，sfz 我这边登记的是{ID:plain}，你看一下对不对{e}
C|p|long|R6|{m}我跟你说一下我昨天在医院挂号的时候发现我手机号换了以后很多东西都没改过来，医保那边也是银行这边也是，我新号是{MOB:sp}，你帮我看看理财那边预留的是不是还是老号，要是老的话麻烦你帮我改一下{e}
S|p|terse|R6|{n}，卡号{CARD:dash}，对吧{e}
S|p|steps|R6|{n}，开户资料帮您填好了：1、户名：本人；2、证件号：{ID:plain}；3、联系电话：{MOB:plain}。您确认一下{e}
S|g|leaflet|R6|【活动报名】重阳节庙会理财讲座，名额有限。报名联系人：{MOB:plain}（工作日）。——各位叔叔阿姨，这是我的工作手机，想来的提前说{e}
C|p|plain|R6|{m}，理赔款打到这张卡{CARD:cn}，是我老婆的卡{e}
C|p|plain|R6|{m}，孙子生日那天你们送的纪念币，寄到我家，收件电话{MOB:mix}{e}
C|p|plain|R6|{m}，用大写写一遍免得看错：{CARD:dx}，这是我工资卡{e}
C|p|plain|R6|{m}，期权行权的钱要转到这个卡{CARD:fw}，公司说要本人名下的{e}
S|p|plain|R6|{n}，预约挂号需要患者身份证号，您发的是{ID:fw}，我帮您在平台上提交了{e}
C|p|plain|R6|{m}，我爸的身份证{ID:mix}，帮他约周三的专家号{e}
C|p|hz|R6|{m}，装修贷的还款卡换一张，新卡是{CARD:sp}，老卡作废了{e}
C|p|xz|R6|{m}，俺闺女电话是{MOB:comma}，有事找她也管{e}
C|p|sjz|R6|{m}，介个是俺老伴的身份证{ID:cn}，给她也办一个养老金账户{e}
C|p|hhht|R6|{m}，羽毛球队会费卡{CARD:dot}，你帮我查查咋扣了两回{e}
C|p|xn|R6|{m}，我丫头的电话是{MOB:fw}，她在外地上学，保单的事跟她说也行{e}
C|p|lz|R6|{m}，我身份证号码{ID:comma}，你们庙会摊位抽奖登记要用{e}
C|p|cz|R6|{m}，我阿弟手机{MOB:cn}，营老爷那日你找他拿货款{e}
C|p|fs|R6|{m}，我张卡号系{CARD:sp}，外币定期到期转返呢张{e}
C|p|kl|R6|{m}，我太太的中国身份证{ID:plain}，她也要开 FD 户口{e}
S|p|py|R6|{n}，yhk 我这边看到的是{CARD:plain}，跟你说的对得上{e}
C|p|long|R6|{m}我那个车子上礼拜在环城路上被人追尾了对方全责，保险公司让我提供银行卡收赔款，我找了半天找到这张{CARD:plain}，你帮我看看这张卡是不是还能用，我记得好像很久没用过了会不会被冻结{e}
S|p|terse|R6|{n}，手机{MOB:plain}，收到回{e}
S|p|steps|R6|{n}，理赔材料这样填：1、出险人电话{MOB:dash}；2、收款卡号见附件；3、事故照片三张{e}
C|p|plain|R6|{m}，新号码{MOB:sp1}，旧的那个停机了{e}
C|p|plain|R6|{m}，我爱人身份证号{ID:sp1}，他也想补缴养老金{e}
S|g|plain|R6|羽毛球周赛报名确认：领队电话{MOB:plain}，请各位有事直接联系{e}
C|p|plain|R6|{m}，饭店的对公户不行的话就用我自己的卡{CARD:dash}收放款{e}
S|p|plain|R6|{n}，保单上被保险人身份证号录的是{ID:dash}，是您孩子的对吧？{e}
C|p|plain|R6|{m}，外孙的身份证{ID:plain}，生日礼物想给他买个教育险{e}
C|p|sjz|R6|{m}，电话{MOB:dx}，我用大写打的，你可别记岔了{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|hz|R6|{n}，结构性存款产品代码{SDCODE}，到期日{DATE}，本金和收益会一起回到原卡{e}
S|p|xz|R6|{n}，恁那个理财登记编码是{PRODREG}，在中国理财网能查到{e}
S|p|sjz|R6|{n}，个人养老金一年最多缴一万二，您今年已经缴了{PAID}元，还能补一点{e}
C|p|hhht|R6|{m}，教育险的保单号{POLNO}，你帮我看看下一期啥时候交{e}
S|p|xn|R6|{n}，报案号{CLAIM}，你家记一下，保险公司会打电话来{e}
C|p|lz|R6|{m}，车架号{VIN}，修车厂要我发给你{e}
S|p|cz|R6|{n}，贷款合同编号{CONTRACT}，放款后短信会提示{e}
C|p|fs|R6|{m}，我间铺头嘅统一社会信用代码系{CREDIT}，你睇下啱唔啱{e}
S|p|kl|R6|{u}，这是我在 KL 用的电话{MYPH}，有事可以 WhatsApp{e}
C|p|kl|R6|{m}，我的 IC 号码是{MYIC}，开户要用的话给你{e}
S|p|py|R6|{n}，我这边看到您手机银行登录失败了，yzm {OTP}已经过期，重新获取一个自己填就行{e}
S|p|terse|R6|{n}，尾号{LAST4}，到账了{e}
S|p|steps|R6|{n}，外币定存三步：1、存期选{TERM}；2、金额{FXAMT}；3、到期日{DATE}自动转存{e}
S|g|leaflet|R6|【产品要素】产品代码{SDCODE}；起点金额{AMT}元；期限{DAYS}天；挂钩标的：黄金。——{n}，今天最后一天认购{e}
S|p|plain|R6|{n}，您的就诊卡号{HOSPCARD}，周三上午{HOSPNO}号，记得带医保卡{e}
C|p|plain|R6|{m}，我车牌{PLATE}，在你们楼下停着，理赔的人要拍照{e}
S|p|plain|R6|{n}，您装修贷的不动产权证号{DEED}，审批要用，我已经录入{e}
S|p|plain|R6|{n}，期权行权代码{OPTCODE}，标的股票{STOCK}，行权价{PRICE}元{e}
S|p|plain|R6|{n}，基金定投{FUND}上个月停扣了，您要恢复的话在手机银行点恢复就行{e}
S|p|plain|R6|{n}，我们网点电话{LAND}，周末也有人{e}
C|p|plain|R6|{m}，我身份证是{BADID:plain}，系统一直说不对，是不是我记错了{e}
S|p|plain|R6|{n}，您填的{BADDATE:plain}，出生日期那段好像有误，麻烦拿身份证对一下{e}
S|p|plain|R6|{n}，这个号{BADPROV:sp}前两位不对，没有这个省份代码{e}
C|p|plain|R6|{m}，孙子的身份证号{ID17:plain}，好像少抄了最后一位，我回去再看看{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:plain}校验没通过，您再看看卡面{e}
S|p|plain|R6|{n}，您留的电话{MASKMOB}，是本人在用的吧{e}
C|p|plain|R6|{m}，我记得我手机前几位是{MOBPRE}，后面的我得问我儿子{e}
S|p|plain|R6|{n}，您报的号码{MOB10:plain}只有十位，少了一位吧？{e}
S|p|plain|R6|{n}，{BADPFX:plain}这个开头的号段不存在，您再核对下{e}
S|p|hz|R6|{n}，存单号{DEPNO}，到期日{DATE}，你收好{e}
C|p|xz|R6|{m}，饭店营业执照上那个号{CREDIT}，恁要的是这个吧{e}
S|p|sjz|R6|{n}，庙会那天的抽奖券号{TICKET}，您留着，下午三点开奖{e}
C|p|hhht|R6|{m}，羽毛球馆订场码{COURT}，周六晚上七点的{e}
S|p|xn|R6|{n}，美元定存利率{r}，起存{FXAMT}，你家考虑一下{e}
S|p|lz|R6|{n}，行里给你孙子订的生日蛋糕，订单号{CAKE}，生日那天上午送到{e}
S|p|cz|R6|{n}，潮州分行电话{LAND}，你去那边办也行{e}
S|p|fs|R6|{c}，你嘅外币定期账号尾号{LAST4}，到期日{DATE}，到时我提你{e}
C|p|kl|R6|{m}，我 Maybank 户口{MYACC}，ringgit 那边的钱从这里转{e}
S|p|py|R6|{n}，zh 后四位{LAST4}，金额{AMT}元已经入账{e}
C|p|long|R6|{m}我刚从医院出来，今天挂的是{DEPT}的号，排了两个小时，医生说下个月{DAY}号复查，我那个定投扣款日好像也是那天，你帮我看看会不会扣不出来，卡里我记得只有{AMT}块钱{e}
S|p|steps|R6|{n}，理赔进度查询：1、拨打保险公司{HOTLINE}；2、报案号{CLAIM}；3、输入车牌后五位{e}
S|p|terse|R6|{n}，OTP {OTP}，别给人{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "hz": ["shen.jiayi", "lou.weiming", "fang.lijun"],
    "xz": ["xu.dongsheng", "kong.lingyu", "zhu.haitao"],
    "sjz": ["zhao.zhiqiang", "gao.shuying", "liu.baoguo"],
    "hhht": ["wurina", "bao.jianjun", "yun.haiyan"],
    "xn": ["ma.yuping", "zhang.xiaoxue", "han.delin"],
    "lz": ["wei.liuying", "qin.guoliang", "mo.xiaohong"],
    "cz": ["chen.zhenhao", "cai.peiling", "lin.huaizhong"],
    "fs": ["liang.jiawei", "he.yongqiang", "ou.baoyi"],
    "kl": ["tan.weiling", "ong.chinhock", "lim.meiyee"],
    "py": ["xiaojie", "song.yuhan"],
    "long": ["ye.qing", "pan.lu"],
    "terse": ["jiang.tao", "du.wei"],
    "steps": ["xia.lin", "yan.mingze"],
    "leaflet": ["tang.yu", "cheng.hui"],
    "plain": ["wang.chenxi", "li.yuanhang", "zhou.yaqin", "guo.peng"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0571", "0579", "0516", "0517", "0311", "0312", "0471", "0971", "0772", "0773",
             "0768", "0757"]
PLATE_HEADS = ["浙A", "浙G", "苏C", "苏H", "冀A", "冀F", "蒙A", "青A", "桂B", "桂C", "粤U",
               "粤E"]
CITY_DEEDS = ["浙（2024）杭州市", "浙（2023）金华市", "苏（2024）徐州市", "冀（2025）石家庄市",
              "冀（2023）保定市", "蒙（2024）呼和浩特市", "青（2025）西宁市", "桂（2024）柳州市",
              "桂（2023）桂林市", "粤（2024）潮州市", "粤（2025）佛山市"]
FUNDS = ["110011", "161725", "005827", "519732", "000961", "007119", "260108", "001938"]
HOTLINES = ["95518", "95519", "95511", "95500", "95505", "95590"]
DEPTS = ["心内科", "骨科", "眼科", "内分泌科", "呼吸科", "消化内科", "皮肤科"]
TERMS = ["一年", "六个月", "三个月", "两年", "三年"]
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _amount(rng, lo, hi, step):
    v = rng.randint(lo, hi) * step
    s = "{:,}".format(v)
    return s + (".00" if rng.random() < 0.4 else "")


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "SDCODE":
        return rng.choice(["JGX", "SDA", "CJG"]) + "2026" + rdigits(rng, 5)
    if name == "PRODREG":
        return "Z" + rng.choice(["7001", "7002", "7003"]) + "26" + rdigits(rng, 7)
    if name == "PAID":
        return _amount(rng, 1, 11, 1000)
    if name == "POLNO":
        return rng.choice(["P", "JY", "EDU"]) + "2026" + rdigits(rng, 10)
    if name == "CLAIM":
        return "R" + rng.choice(["DAA", "DZA", "DAB"]) + "2026" + \
            rng.choice(["3301", "3203", "1301", "1501", "6301", "4502", "4406"]) + rdigits(rng, 6)
    if name == "VIN":
        head = "L" + rng.choice(["SV", "FV", "GW", "HG", "BV", "NB"]) + rng.choice(UPPER)
        mid = "".join(rng.choice(UPPER + "0123456789") for _ in range(4))
        return head + mid + rng.choice("0123456789X") + rng.choice("NPRS") + \
            rng.choice(UPPER) + rdigits(rng, 6)
    if name == "CONTRACT":
        return rng.choice(["JK", "LD", "XD"]) + "2026" + rdigits(rng, 8)
    if name == "CREDIT":
        area = rng.choice(["330102", "320302", "130602", "450202", "445102", "440604"])
        body = "".join(rng.choice(UPPER + "0123456789") for _ in range(7))
        return rng.choice(["91", "92"]) + area + "MA" + body + rng.choice(UPPER)
    if name == "MYPH":
        return "+60 1" + rng.choice("2346789") + "-" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MYIC":
        y = rng.randint(50, 99)
        return "%02d%02d%02d-%s-%s" % (y, rng.randint(1, 12), rng.randint(1, 28),
                                       rng.choice(["14", "10", "08", "01", "07"]),
                                       rdigits(rng, 4))
    if name == "MYACC":
        a = "5" + rdigits(rng, 11)
        return a[:4] + " " + a[4:8] + " " + a[8:]
    if name == "TERM":
        return rng.choice(TERMS)
    if name == "FXAMT":
        v = rng.choice([5000, 8000, 10000, 20000, 30000, 50000, 100000])
        if rng.random() < 0.5:
            return "USD " + "{:,}".format(v) + ".00"
        return "{:,}".format(v) + "美元"
    if name == "AMT":
        return _amount(rng, 5, 3000, 100)
    if name == "DAYS":
        return rng.choice(["91", "92", "182", "184", "364", "365"])
    if name == "HOSPCARD":
        return rng.choice(["JZ", "MZ"]) + rdigits(rng, 10)
    if name == "HOSPNO":
        return str(rng.randint(1, 60))
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice("0123456789"),
                rng.choice("0123456789"), rng.choice(chars)]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + rng.choice(["·", ""]) + "".join(tail)
    if name == "DEED":
        return rng.choice(CITY_DEEDS) + "不动产权第" + rdigits(rng, 7) + "号"
    if name == "OPTCODE":
        return "1000" + rdigits(rng, 4)
    if name == "STOCK":
        return rng.choice(["600", "601", "000", "002", "300", "688"]) + rdigits(rng, 3)
    if name == "PRICE":
        return "%d.%02d" % (rng.randint(3, 80), rng.randint(0, 99))
    if name == "FUND":
        return rng.choice(FUNDS)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = rng.choice("2345678") + rdigits(rng, 7)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "（" + area + "）" + local
        return area + " " + local[:4] + " " + local[4:]
    if name == "DEPNO":
        return rng.choice(["A", "CD", "DQ"]) + rdigits(rng, 9)
    if name == "TICKET":
        return "NO.%05d" % rng.randint(1, 99999)
    if name == "COURT":
        return rng.choice(["BM", "YM", "CD"]) + rdigits(rng, 6)
    if name == "CAKE":
        return rng.choice(["DG", "WM"]) + "2026" + rdigits(rng, 8)
    if name == "DEPT":
        return rng.choice(DEPTS)
    if name == "HOTLINE":
        return rng.choice(HOTLINES)
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        y = rng.choice([2026, 2027])
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
