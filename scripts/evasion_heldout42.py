#!/usr/bin/env python3
"""Blind held-out evaluation set 42 ("heldout42") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind.  The author read exactly three files of the repository and nothing else:
``scripts/evasion_blind_common.py`` (the shared machinery, read in full),
``scripts/evasion_heldout22.py`` (the format model: its structure, constants, labelling
conventions and per-category split were copied, none of its sentences) and
``scripts/eval_categories.sh`` (to wire this set in).  The author never opened, listed or
searched the scanner, its rule files, its tests, its archive, its docs, its commit history,
any other evaluation set or the training-corpus generator, searched nothing (no web or code
search), ran no cargo command and never ran the scanner.  Commands run: reading the three
files (``cat`` / ``sed -n`` / ``grep -n`` on them only), this script
(``PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout42.py /tmp/h42-out``, several
times while revising), throwaway helpers under /tmp/h42chk importing only this script, the
shared machinery and the format model (a checker comparing each template's labels with the
keywords it plants, looking for sentences and clauses shared with the format model,
re-checking the traditional round trip, the separator share and counting labels; a
character-bigram similarity listing against the format model, after which the templates
closest to it were rewritten; two plain text-replacement scripts and a few inline python
edits applying those rewrites and docstring fixes), ``bash -n scripts/eval_categories.sh``, the
removal of the /tmp scratch output and helpers, and the final ``git add`` / ``git commit``.
Every template below was written from general knowledge only, of how Chinese-speaking
financial sales staff and their customers talk on WeCom (企业微信).  The set exists to measure
how well the scanner generalises: do not tune the scanner to it, do not add it to any
training data, and run it once.

Voices
------
A private-fund (私募) investor-relations person running 合格投资者 checks, 路演 material and
subscription into the 募集专户; a futures (期货) introducing broker / 居间人 talking 保证金,
追保, 强平 and 夜盘; a bank lobby manager (大堂经理) selling 理财 and 大额存单 to retirees;
an insurance claims (理赔) adjuster and 退保 disputes with 代理退保 middlemen; a forex
"带单老师" group and the bank's anti-fraud (反诈) replies; Cantonese-flavoured speech (唔, 冇,
係, 嘅, 咁, 佢, 啲, 喺); Shanghainese / Wu speech (侬, 阿拉, 伐, 勿, 搿, 额, 侪); livestream
(直播) transcripts with host lines and 弹幕; customer-service ticket logs (工单, 质检, 回访);
朋友圈 posts copied into chat; legal and regulator notices (风险提示, 公告, 澄清, 辟谣);
youth speech with pinyin initials (yyds, xswl, zs, bb) and heavy emoji; plain Mandarin staff
and customers.  English is mixed in here and there (principal protected, MT4, VIP, call, App).

Hard cases
----------
Rhetorical questions that assert a violation versus ones that deny it; prohibitions stated
and then broken versus honest prohibitions, house rules, training answers and exam answer
keys; warnings about outsiders that turn into the speaker's own offer (including an
anti-fraud voice that asks for money) versus real warnings, reports and police notices;
refusals that cave after pressure versus refusals that hold; quotations endorsed (including
quoting one's own earlier promise and a quality-check note praising a violation) versus
quotations rejected, corrected by a recording or reported; corrections in both directions;
double negation; keywords inside other words or names as near misses (an accounting
break-even term, a bakery's takings, a colleague's given name, an aircraft climbing, a book
title, a queue-ticket machine, a power of attorney in a claim, a family member's own
account); multi-rule hits and near misses; numbered lists broken by real newlines; keywords
split by one of the separators ``· -_*.~`` in a minority (more than 0 and under 15 %) of
each keyword category's hits; 25 % of every category in traditional characters through the
one-to-one table ``_TRAD_PAIRS`` (Cantonese messages first; the fold-back round trip is
checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in Arabic digits (plain, spaced, one
space apart, dashed, dotted, comma-grouped), Chinese numerals (幺 / 两 / 〇 included), 大写,
full-width digits and mixed Chinese / Arabic, versus look-alikes: bad ID check characters,
impossible birth dates, bad province codes, 17-digit IDs, Luhn failures, 10-digit and
bad-prefix mobiles, first seven digits of a mobile, masked numbers, fund filing and manager
registration codes, futures fund accounts and contract codes, margin ratios, claim, policy,
ticket and court case numbers, Hong Kong / Macau phones, Shanghai landlines, hotlines, bank
branch codes, credit codes, invoice codes, MT4 accounts, invitation codes, live-room ids,
queue numbers, plates, QQ numbers, one-time codes, amounts and dates.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout42.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h42_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 42_2026_1212
SET_NAME = "heldout42"
MSGID_PREFIX = "h42"
T0 = 1781400000000
SEQ0 = 1680000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("yue",)    # Cantonese messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147",
              "150", "151", "152", "155", "156", "157", "158", "159", "166", "173", "175",
              "176", "177", "180", "181", "182", "185", "186", "187", "188", "189", "190",
              "191", "193", "195", "197", "199"]
AREAS = ["310101", "310104", "310105", "310112", "310115", "310230", "440103", "440106",
         "440304", "440305", "440604", "441900", "110105", "110108", "330106", "330203",
         "320505", "210202", "410105", "230103", "350206", "420106"]
CARD_BINS16 = ["621226", "622260", "622700", "621485", "623058", "622908", "625908",
               "621799"]
CARD_BINS19 = ["6212264", "6228481", "6217002", "6214832", "6230580"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["张阿姨", "老周", "陈先生", "王老师", "李总", "黄伯", "何姐", "刘叔", "孙总", "吴阿婆",
          "钱先生", "郑姐", "林生", "梁太", "邓老板", "徐老师", "范阿姨", "沈先生", "蒋总", "韦姐"],
    "m": ["小陈", "陈经理", "周经理", "小林", "许老师", "杜主管", "小邓", "唐经理", "顾经理",
          "小沈", "严经理", "小蔡"],
    "e": ["", "", "🙂", "👍", "🙏", "😅", "🤔", "✅", "🌷", "💰", "👌", "😁"],
    "x": ["🔥🔥", "😭😭", "🤣", "💯", "🚀🚀", "👀", "🥹", "✨✨", "🙃", "😎"],
    "d": ["明天上午", "周四收盘前", "下周二", "今晚九点", "月中", "后天下午", "这周五",
          "节后第一天", "下个交易日", "明早开盘前"],
    "a": ["3万", "8万", "12万", "25万", "40万", "60万", "100万", "150万", "300万", "500万"],
    "r": ["3.2%", "3.6%", "4%", "4.5%", "5.2%", "6%", "7%", "8%", "10%", "12%"],
    "k": ["小许", "周经理", "严主管", "小蔡", "顾经理", "杜老师", "小唐", "沈经理", "邓专员",
          "陈主任"],
    "c": ["螺纹", "豆粕", "铁矿", "沪铜", "原油", "甲醇", "纯碱", "棕榈油", "黄金", "白银"],
    "nl": ["\n"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; yue prefers traditional)
#   LABELS R1..R6 joined by +
#   {nl} is a real newline (numbered lists).
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|pe|R1|{n}，这只私募有保本条款，{a}放进去能亏到哪儿去？您说是不是这个理{e}
S|p|pe|R3|{n}，合格投资者那张证明我来想办法，认购款先转到我个人卡上，我统一打给管理人，这不比您自己跑省事？{e}
S|p|fut|R1|{n}，{c}这波行情我看得清清楚楚，跟着我做稳赚，你还怕什么强平？{e}
S|p|fut|R4|{n}，上回强平就是因为你半夜睡着了吧？期货账户密码给我，夜盘我帮你操作，这不比再爆一次仓强？{e}
S|p|lobby|R1|{n}，您这岁数图啥？不就图个稳当嘛，这款理财保本，利息还比存款高，还犹豫啥呀？{e}
S|p|lobby|R1|{n}，存款利率一降再降，放着{r}保证收益的不买，难道等着利息缩水？{e}
S|p|claim|R3|{n}，理赔款走正常流程要等一个月，先转到我个人账户我给你垫着，不比干等强？{e}
S|g|fx|R1|各位家人，跟着老师做单这三个月，哪一单不是稳赚？还有人在观望？{x}
S|g|fx|R3|新进群的朋友看过来：开户走我的链接，每手返佣当天到账，这种好事别的群给过你吗？{e}
S|p|yue|R1|{n}，呢只产品保本㗎，你仲担心咩啊？错过咗就冇啦{e}
S|p|yue|R5|{n}，你唔系话企业微信要另外装App好麻烦咩？加我私人微信咪得啰，使乜咁辛苦？{e}
S|p|wu|R1|{n}，搿只产品零风险额，侬还有啥勿放心？阿拉做了交关年数了{e}
S|p|wu|R4|{n}，侬眼睛勿好，字也看勿清爽，还要自家点手机？账户密码摆到我此地，我帮你操作，勿是老灵额？{e}
S|g|live|R1|【直播回放】主播：家人们，保本还有{r}，上哪儿找去？弹幕：真的假的。主播：我还能骗你们吗？{e}
S|g|youth|R1|姐妹们这个理财yyds，稳赚好吗，不冲留着过年？{x}
S|g|moments|R1|【转发朋友圈】年底了谁还把钱放活期？零风险{r}的好东西，等啥呢？私信我{e}
S|p|ticket|R5|工单备注：客户嫌客服电话难打，我回复“加我个人号不是更快吗”，号码已发客户，后续个人号跟进{e}
S|p|notice|R1|{n}：本公司郑重公告，旗下年金产品保本保收益，如此诚意，您还有什么理由不认购？{e}
S|p|plain|R2|{n}，内部消息都给你了，{d}庄家就开始拉升，你不进等着看别人吃肉？{e}
S|p|plain|R3|{n}，公司系统今天升级转不了，咱们私下转账先把额度占住，难道眼睁睁看它卖光？{e}
S|p|plain|R3|{n}，这单放我朋友那家公司做，飞单怎么了？收益高一截，你吃亏了吗？{e}
S|p|plain|R4|{n}，你自己选的几只都套着呢，还不服气？签个全权委托，让专业的来，难道还能比现在更差？{e}
S|p|pe|R2|{n}，这家私募的基金经理跟庄家什么交情您知道吗？他们手里的内幕消息，散户一辈子摸不着，还不跟？{e}
S|p|fut|R3|{n}，在我这开户，手续费返点一半给你，哪家期货公司给过你这个待遇？{e}
S|p|lobby|R4|{n}，手机银行那么多按钮您老哪记得住？干脆代客理财，您每月来领个利息单子，多省事？{e}
S|p|claim|R1|{n}，退保干嘛？这份分红险稳赚，您现在退就是白白亏几千，图什么呢？{e}
S|p|yue|R3|{n}，开户送返佣，你唔要咪即係蚀底？点解唔要啊？{e}
S|p|wu|R5|{n}，侬讲企业微信字太小看勿清爽？加我私人号呀，语音讲讲勿是便当交关？{e}
S|g|live|R5|主播：弹幕好多人问怎么领福利，家人们，加我个人号啊，这还用问吗？{e}
S|g|youth|R3|xswl，还有人不知道找我开户有返点？zs亏麻了{x}
S|p|moments|R2|【朋友圈原文】谁说散户拿不到内部消息？跟我的都拿到了，{d}见分晓{e}
S|p|plain|R1|{n}，你问我这款会不会亏？我干了八年，哪个客户在我手上亏过？保本，放一百个心{e}
S|p|plain|R1|{n}，英文说明书上写的是principal protected，翻成中文就是保本，这还有啥好怀疑的？{e}
S|p|fx|R4|{n}，你自己做单老是追涨杀跌，MT4账户密码交给老师，老师带你做，不比你瞎搞强？{e}
S|p|plain|R1+R3|{n}，保本的产品还给你返点，两头都占便宜，这种好事你上哪儿找？{e}
S|p|notice|R4|致尊敬的客户：为提高服务效率，本网点即日起开放代客理财，您只需签字即可，何乐而不为？{e}
S|p|ticket|R1|工单回访：客户问产品会不会亏，我答“保证收益{r}的东西怎么会亏？”客户已同意追加{e}
S|p|plain|R4|{n}，你不是不放心自己下单吗？那我帮你操作，你只看结果，这还不简单？{e}
S|p|pe|R1|{n}，合格投资者门槛是高，可门槛高的东西哪有不赚的？这只我说稳赚不赔就是稳赚不赔{e}
S|p|fut|R2|{n}，{c}主力合约庄家在吸筹，明摆着要拉升，这时候不加仓什么时候加？{e}
S|p|lobby|R3|{n}，您这{a}放定期能有几个钱？我认识一家公司给得多，私下交易一下，不就多出点养老钱嘛？{e}
S|p|yue|R4|{n}，你睇你成个月亏咗几多？仲唔肯俾我帮你操作？账户密码交出嚟，下个月帮你追返{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|pe|R1|{m}，私募产品是不是都保本的？我头一回买，心里没底{e}
S|p|pe|R1|{n}，私募能保本？真保本的话还要查合格投资者干嘛？这类产品都可能亏损，您先看风险揭示书{e}
S|p|fut|R1|期货零风险？{n}，保证金交易带着杠杆，强平的时候谁也拦不住，哪来的零风险{e}
C|p|fut|R4|{m}，朋友说他的期货是全权委托给客户经理做的，你们这儿也可以吗？{e}
S|p|lobby|R1|{n}，您问这款是不是稳赚？哪有稳赚的理财啊，它是净值型的，会涨也会跌，我得跟您说实话{e}
S|p|lobby|R3|{n}，您说隔壁大妈拿了返点？银行哪能给个人返点呢，多半是碰上骗子了，要不我帮您问问？{e}
C|p|lobby|R1|{m}，我就这点养老钱，有没有保本的？利息低点也行{e}
S|p|claim|R3|{n}，理赔款打到谁的账户？当然是您本人的，谁让您转到我个人账户都别理，我也不会这么说{e}
S|p|claim|R1|{n}，退保能保本吗？不能，头几年现金价值低于已交保费，这个我得跟您讲清楚{e}
S|g|af|R1|稳赚不赔？带单老师要真能稳赚不赔，还用天天在群里拉人？各位醒醒{e}
S|p|af|R3|{n}，他说开户有返佣，您想想，真赚钱的平台为啥要花钱买您进去？这是典型的外汇骗局{e}
S|p|yue|R1|{n}，你问有冇保本嘅基金？冇㗎，基金点会保本啫，有升有跌{e}
C|p|yue|R5|{m}，你有冇私人微信啊？我成日唔记得开呢个企业微信{e}
S|p|wu|R1|{n}，侬问零风险伐？哪能会有零风险额，勿要听外头瞎讲{e}
C|p|wu|R2|{m}，阿拉楼下棋牌室里有人讲伊拿得到内部消息，搿种人好信伐？{e}
S|g|live|R1|【直播实录】弹幕：主播这个保本吗？主播：不保本！我哪敢说保本啊，说了是要被罚的{e}
S|g|youth|R1|有人问我稳赚吗😅 bb们醒醒，世上没有稳赚这回事，zs{x}
S|g|moments|R1|【朋友圈转发】问：有没有零风险的投资？答：没有。存银行都有通胀风险，何况投资？{e}
S|p|ticket|R4|工单记录：客户问“客服能不能帮你操作一下”，原话如此，实际是问能否远程代为下单，已答复不可以{e}
S|p|notice|R1|【风险提示】有人问“理财还保本吗？”答案是否定的：资管新规后理财产品不得承诺保本保收益{e}
S|p|plain|R2|{n}，内幕消息？这四个字在我们这儿是要写检查的，您换个问题吧😅{e}
S|p|plain|R3|{n}，飞单？您知道去年隔壁营业部那个做飞单的现在在哪吗？在看守所{e}
S|p|plain|R4|{n}，账户密码发给我？您就不怕我是假冒的？以后谁问您都别说{e}
C|p|plain|R3|{m}，能私下交易吗？我不想让家里人知道买了这个{e}
S|p|plain|R5|{n}，私人微信？我那个号只有家里人，工作的事咱们在这儿说，您半夜发我也能看到{e}
C|p|plain|R2|{m}，网上说这只股有庄家，你们研究员怎么看？{e}
S|p|pe|R3|{n}，您问认购款能不能私下转账给我？不行的，私募认购只能打到募集专户，这是硬规定{e}
S|p|fut|R2|{n}，你说{c}有庄家要拉升？谁告诉你的谁就是想让你接盘，这种消息我不掺和{e}
S|p|lobby|R4|{n}，代客理财？我们大堂经理哪有这个权限，也不允许，您有空来网点，我一步步教您{e}
S|p|claim|R4|{n}，您问能不能全权委托给我去办理赔？申请得被保险人或受益人本人签，我只能帮您整理材料{e}
S|g|af|R5|反诈提醒：为什么骗子总让你加私人微信？因为那里没有聊天留痕，跑了你都找不到人{e}
S|p|yue|R4|{n}，账户密码点可以俾人啊？连我都唔好俾，记住{e}
S|p|wu|R3|{n}，返点？阿拉银行勿作兴搿种事体额，侬勿要听伊拉瞎讲{e}
C|p|youth|R1|{m}，这个基金真的能包赚吗😳 我室友说包赚{x}
S|p|plain|R1|{n}，保本？您这个问题问得好，说明书第二页写着“不保本”，我划出来发您{e}
S|p|plain|R1|{n}，年化{r}就是保证收益了吗？不是，那是业绩比较基准，不是承诺{e}
S|p|pe|R2|{n}，那家私募路演时说有内部消息渠道？这种话您千万别当真，合规的管理人不会这么讲{e}
C|p|claim|R3|{m}，理赔员说给他返点就能多赔，这是真的吗？{e}
S|p|plain|R1|{n}，会计课上讲的保本点您问我啥意思？就是收入刚好盖住成本的那个销量，跟理财没关系{e}
S|p|fx|R1|{n}，问我外汇能不能稳赚？说实话不能，汇率谁都算不准，你别信群里那些截图{e}
S|p|lobby|R4|{n}，取号机您不会用？没事，我帮你操作，您坐着等叫号就行{e}
S|p|plain|R1|{n}，您说哪款零风险？不是我不告诉您，是这世上没有哪款产品不带风险{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|pe|R1|【合规提示】私募产品推介中不得承诺保本或最低收益，不得向非合格投资者推介，请各位严格执行{e}
S|g|fut|R4|居间人守则：不得接受客户全权委托，不得代客户下单，不得索要客户账户密码。违反的一律解约{e}
S|g|lobby|R1+R3|大堂晨会要求：{nl}1.对老年客户不准说稳赚{nl}2.不准收客户任何返点{nl}3.双录必须全程{e}
S|p|claim|R3|{n}，理赔是按条款核的，我们这行有铁规矩：理赔员收客户返点就是职务侵占，让客户私下转账更是红线，谁这么跟您提都请投诉{e}
S|g|af|R5|防诈须知：本行员工不会要求您添加私人微信，也不会在私人微信上推荐外汇平台{e}
S|p|yue|R1|{n}，你问我点解宣传单冇写保本？因为公司规定唔准写，而且佢本来就唔保本{e}
S|p|wu|R4|{n}，阿拉行里规定勿好代客理财额，侬自家来网点，我陪侬一道弄{e}
S|g|live|R1|【直播间规则】主播及助播不得说“稳赚”“零风险”，弹幕里出现这类词会被自动屏蔽{e}
S|g|youth|R5|家人们我们公司不让加私人号的哈，有事在这说，别私我了🙏{x}
S|p|ticket|R4|工单处理意见：客户希望我们远程登录帮其下单，按规定坐席不得索要账户密码、不得代客操作，已引导客户自行办理{e}
S|g|notice|R3|【公告】根据监管要求，本公司从业人员不得与客户私下交易，不得收受返佣，欢迎社会各界监督{e}
S|g|notice|R2|关于规范投资者沟通的通知：员工在群内不得转发来源不明的内幕消息，不得以庄家坐庄等说法误导客户，违者严肃处理{e}
S|g|plain|R3|考试题答案：第5题，以下哪项不属于违规？A.飞单 B.替客户保管U盾 C.如实揭示风险。答案C{e}
S|g|plain|R5|合规考试第12题参考答案：员工能否引导客户加我个人号沟通？答：不能，对客沟通须使用企业微信{e}
S|p|pe|R2|{n}，按私募规定，我们不能向您透露任何内幕消息，净值和持仓只按季度披露{e}
S|p|fut|R1|{n}，期货公司规定不能向客户承诺保证收益，更不能说零风险，杠杆交易亏起来很快{e}
S|p|lobby|R4|{n}，卡和账户密码您别留在我这儿，这是行里的硬杠杠，上回有个同事就因为替客户保管卡被处分了{e}
S|p|claim|R4|{n}，按公司规定，我不能接受您的全权委托替您签理赔单，需要您本人或受益人签字{e}
C|p|lobby|R1|{m}，你们不是说不准讲保本吗？那门口海报上写的“保本”是咋回事？{e}
S|g|af|R3|【反诈课堂】判断题：外汇“带单老师”承诺每手返佣，属于正规营销。答案：错误{e}
S|p|yue|R3|{n}，我哋唔准私下交易，亦唔准收返佣，想买就用公司App落单，我喺度睇住你{e}
S|p|wu|R5|{n}，侬要加我私人微信？阿拉行里有规定额，勿来事，侬有啥事体企业微信留言，我下班前侪会回{e}
S|g|live|R4|主播：弹幕有人问能不能代客理财，直播间规定写得很清楚，不可以，也没人会这么做{e}
S|g|moments|R1|【朋友圈】做理财经理九年，给自己立的规矩就一条：绝不说包赚。今天也是{e}
S|p|notice|R1|{n}：依据理财业务监管规定，理财产品不得宣传保本保收益，请以产品说明书为准{e}
S|p|plain|R4|{n}，帮你操作账户这事公司抓得很严，查到直接开除，您开个视频，我看着您自己点{e}
S|p|plain|R3|{n}，我们这里严禁飞单，所有产品都能在官网查到，您买之前可以先验真{e}
S|p|plain|R2|{n}，不打听、不传播、不使用内部消息，这是我们入职第一天签的承诺书{e}
S|g|pe|R3|制度学习：第七条，员工不得要求投资者把认购款转到我个人或亲友账户，只能打入募集专户{e}
S|g|fut|R3|居间协议第四条：居间人不得以返点形式向客户让利，不得私下交易，违约金按协议执行{e}
S|p|ticket|R5|工单归档：客户反映坐席索要私人微信，经核查系误解，坐席原话是“我们不能加私人微信”，录音已附{e}
C|p|wu|R4|{m}，阿拉儿子讲银行勿可以帮你操作账户额，是伐？我一个人勿会弄{e}
S|p|plain|R1|{n}，我们内部培训讲得很死：不保本的东西不能说保本，存款也要讲清楚存款保险的限额{e}
S|g|plain|R1+R4|新人培训答卷（标准答案）：问：客户要你承诺零风险、要你代客理财怎么办？答：两样都拒绝，并记录在案{e}
S|p|yue|R4|{n}，规矩就係规矩，全权委托我哋唔接受，你自己决定买唔买{e}
S|p|claim|R1|{n}，退保的话公司规定要讲清楚损失，不准为了留住客户说“继续交就稳赚”这种话{e}
S|p|youth|R2|{n}，我们部门的规矩：群里不聊内幕消息，不聊个股，违反的直接踢，你懂的😂{e}
S|g|af|R4|温馨提示：银行、证券、期货公司都不会问您要账户密码，任何人索要都请立即挂断并报警{e}
S|p|plain|R3|{n}，这事没有谁不知道：飞单没一次不被查出来的，所以我不会做{e}
S|p|lobby|R2|{n}，行里规定理财经理不能荐股，更不能说什么庄家、拉升，您看的那个视频是营销号{e}
S|g|notice|R5|【合规通知】Compliance reminder：即日起员工与客户沟通一律使用企业微信，禁止使用私人号，违者纳入年度考核{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|pe|R1|{n}，按规定私募不能说保本，但这只有劣后资金兜底，实际上就是保本，您放心认购{e}
S|p|pe|R3|{n}，合格投资者认定原则上要您本人的资产证明，没关系，认购款先私下转账给我，证明我来搞定{e}
S|p|fut|R4|{n}，居间协议说不能代客下单，可你这仓位快强平了，账户密码报给我，今晚夜盘由我帮你操作{e}
S|p|fut|R3|{n}，公司不让我们返点，那是明面上的，手续费返点我每月月底私下转你{e}
S|p|lobby|R1|{n}，行里不让跟老年客户说稳赚，可您是我看着买了十年理财的老客户，这款我替您看过了，稳赚{e}
S|p|lobby|R4|{n}，规定是不能替客户操作，您眼睛不好我理解，卡和账户密码放我这儿，我帮你操作把理财买了{e}
S|p|claim|R3|{n}，公司规定理赔员不能收钱，不过你这个案子难办，理赔下来返点两成给我，我保证给你弄下来{e}
S|p|claim|R1|{n}，按规定我不能劝你别退保，但你听我的，继续交着，这份保单保本还分红，退了才亏{e}
S|g|fx|R3|群规：{nl}1.禁止发广告{nl}2.禁止私下交易{nl}3.入金满{a}的学员找老师私下交易，另有返佣{e}
S|p|yue|R5|{n}，公司明文唔俾用私人号同客户倾偈，你嘅话就唔同，我私人号已经send咗俾你{e}
S|p|yue|R1|{n}，规定係唔准讲零风险，不过我讲真，呢只真係零风险，我自己都买咗{e}
S|p|wu|R3|{n}，规定讲勿好飞单，不过搿只产品收益高，阿拉走飞单，侬勿讲出去就好{e}
S|p|wu|R2|{n}，行里勿许讲内幕消息，我只同侬一家头讲：{d}伊拉要拉升了，侬好准备起来了{e}
S|g|live|R1|主播：合规小姐姐在旁边盯着，保本两个字我不能讲……她走开了，家人们，保本！保本！{e}
S|p|youth|R1|{n}，合规群里又在@所有人说别讲稳赚😒 说归说，这只我上个月翻了一倍，稳赚没跑{x}
S|p|ticket|R4|工单备注：客户年纪大不会操作，按规定应引导本人办理，考虑情况特殊，已让客户报出账户密码，由坐席代为下单{e}
S|g|notice|R1|【公告】本公司不承诺保本。特别说明：本期VIP专享产品由股东兜底，保本保收益，额度有限{e}
S|p|plain|R3|{n}，规定说不能私下转账，这个我懂，所以你别备注理财，就写“还款”，转到我个人卡上就行{e}
S|p|plain|R2|{n}，规定不让说内部消息，那我说是朋友的小道消息：{d}庄家进场拉升，信我的{e}
S|p|plain|R5|{n}，公司说不能用私人微信联系客户，那我不主动联系，你加我私人微信，你联系我总可以吧{e}
S|p|pe|R4|{n}，私募规定不能全权委托给销售，可您实在没空，签个授权给我，全权委托我帮您打理{e}
S|p|fut|R1|{n}，期货公司不让说零风险，我就说实在的，{c}这个套利组合零风险，跑了两年没亏过{e}
S|p|lobby|R3|{n}，行里规定不准飞单，您看这个是我朋友公司的产品，不算飞单，利息{r}，您老买点{e}
S|p|claim|R5|{n}，按规定理赔沟通只能走公司渠道，可公司渠道慢，你加我个人号，我私下给你催{e}
S|g|fx|R1|群公告：本群禁止承诺收益。——老师补充一句：跟我做单就是稳赚不赔，禁的是别人的嘴{e}
S|p|yue|R4|{n}，公司唔准代客理财，我知，不过你放心，代客理财我做咗好多年，交俾我啦{e}
S|p|wu|R1|{n}，行里勿许讲保证收益，侬是老客户，我讲老实话：{r}保证收益，少一分我贴{e}
S|g|live|R3|主播：官方说不能私下返点哈，但今晚下单的家人截图私信我，每单返点{r}，只限今晚{e}
S|p|moments|R1|【朋友圈】被合规约谈了，说文案不能写保本。行，文字不写，图片上写：保本，懂的私我{e}
S|p|plain|R4|{n}，合规培训说不准帮你操作，我记着呢。所以你把账户密码给我爱人，她帮你操作，她又不是员工{e}
S|p|plain|R3|不是说不能返佣吗？对，明面上不能，{n}，返佣我打到你爱人卡上，查不到的{e}
S|p|plain|R1+R4|{n}，制度上是不准代客理财也不准说保本，可你这钱交给我，代客理财一年，保本还多给你{r}{e}
S|p|pe|R2|{n}，合规禁止泄露内幕消息，所以我只说一句：下周那只票有人拉升，您自己判断{e}
S|p|youth|R5|{n}，公司不让加私人微信嘛，但姐妹你不一样，私人微信给你，别截图哈😘{e}
S|p|ticket|R3|工单结案说明：按制度不得私下交易，因客户催得急，本单已私下交易完成，费用走坐席个人账户{e}
S|p|notice|R3|{n}：特别提示，本公司严禁员工私下转账收款；鉴于系统升级，本周认购款请转到我个人账户，由我代为划转{e}
S|p|plain|R1|{n}，不是不让说保本吗？我不说，我写给你看：保本。够意思吧{e}
S|p|claim|R4|{n}，公司规定不能全权委托理赔员，你签这张全权委托书给我就好，后面我全包{e}
S|p|fut|R5|{n}，居间协议里写着不能用私人号联系客户，但我公司号老被封，你存一下我私人号{e}
S|p|lobby|R2|{n}，大堂经理不让荐股，我私下跟您说一句内部消息，{d}那只票要拉升，您有闲钱可以进点{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|af|R1|【反诈预警】近期有“外汇带单老师”在群里宣称稳赚不赔，诱导下载境外App入金，请勿相信{e}
S|g|af|R3|各位客户注意：有人冒充我行理财经理，以“返佣”为名要求转账，本行从不以个人名义收款{e}
S|p|af|R4|{n}，您说的那个老师要您的交易账户密码，还说帮你操作赚回来，这是骗局的标准套路，先别转钱，我帮您联系反诈中心{e}
S|p|pe|R1|{n}，市面上有些“私募”说保本还年化两位数，多半是非法集资，您投之前一定到协会官网查管理人登记{e}
S|p|fut|R2|{n}，群里那个说有庄家带你做{c}的，已经被好几个客户举报了，你千万别加{e}
S|p|lobby|R1|{n}，最近有人在公园给老人发传单，说“零风险高息”，都是非法集资，您和老伙伴们都别信{e}
S|p|claim|R3|{n}，有中介声称能帮您“全额退保”，要您先私下转账付手续费，这是代理退保黑产，我们已经报给监管了{e}
S|p|claim|R5|{n}，提醒一下，假冒理赔员的人会让您加私人微信发资料，我们的理赔只走官方App和这个企业微信{e}
S|p|yue|R2|{n}，出面好多人话有内幕消息，十个有十个係呃人，你唔好信{e}
S|p|wu|R3|{n}，侬当心点，外头有人讲私下交易好省手续费，搿种侪是骗子，阿拉已经报警了{e}
S|g|live|R1|主播：提醒一下，有人冒充我们直播间私信家人说保本高收益，不是我们！已经向平台举报{e}
S|g|youth|R1|避雷‼️某音上那个教你稳赚的博主跑路了，姐妹们别信😭{x}
S|p|ticket|R3|工单：客户举报某员工诱导飞单，已转合规部调查，结果三个工作日内回复客户{e}
S|g|notice|R2|【风险提示】近期有不法分子以“内幕消息”“庄家带单”为噱头建群荐股，请投资者提高警惕{e}
S|g|moments|R1|【转发朋友圈·防骗】凡是说零风险的，不是不懂就是骗子，转给爸妈看{e}
C|p|plain|R3|{m}，我要投诉你们之前那个经理，他让我私下转账，现在钱没了{e}
C|p|af|R1|{m}，群里老师说跟单稳赚，我已经投了{a}，现在出不了金，你们能帮我看看吗？{e}
S|p|plain|R4|{n}，您说的那个“投资顾问”要您签全权委托书，还要把资金转给他，这是违法的，建议您立即报警{e}
S|p|pe|R3|{n}，那位前销售私下交易的情况已经报协会了，他以个人名义收的钱与公司无关，我们会协助您追偿{e}
S|p|fut|R5|{n}，有人冒充我们公司加客户私人微信，拉去炒“外盘期货”，我们从不这么做，您收到请举报{e}
S|p|lobby|R2|{n}，您手机里那个“内部消息群”我看了，发的都是骗人入金的，我帮您退群并截图报警{e}
S|g|af|R5|反诈中心通报：某外汇诈骗团伙假冒银行员工，以“加我个人号送资料”为由引流，已有多人受骗{e}
S|p|yue|R4|{n}，寻日有人扮银行职员问你要账户密码？千祈唔好俾，我已经报咗上去{e}
S|p|wu|R1|{n}，侬讲伊拉讲“保证收益”？搿个是骗子额闲话，我已经帮侬报到合规去了{e}
S|g|live|R3|主播：有家人反映有人冒充我们助理说下单有返点，我们没有这种活动，遇到请截图举报{e}
S|p|ticket|R5|工单：客户来电称收到自称本公司员工的好友申请，对方称“私人号更方便”，已核实非本公司员工，提醒客户拉黑{e}
S|p|claim|R1|{n}，电话里说“退保转投新产品包赚”的人不是我们公司的，已经有好几起投诉了，您别理{e}
S|g|notice|R3|【公告】本公司已与离职员工某某解除劳动合同，其任职期间存在飞单行为，客户如有疑问请联系客服{e}
S|p|plain|R1+R3|{n}，那个群里又说稳赚又说给返点的，十有八九是骗局，我帮您截了图，要报警随时找我{e}
S|g|af|R2|【案例通报】王某轻信“带单老师”的内幕消息，先后转账五十余万元，警方已立案{e}
S|p|youth|R4|{n}，你说的那个up主让粉丝把账户密码发给他帮忙抢新？这妥妥是骗局，快改密码🙏{e}
S|p|moments|R2|{n}，您转来的那条朋友圈说“某某庄家拉升在即”，是荐股骗局的典型话术，我已经向平台举报{e}
C|p|wu|R5|{m}，阿拉姆妈讲有人叫伊加私人微信，讲是侬同事，是真额伐？{e}
S|p|fut|R4|{n}，有人说能代客理财做期货、年化翻倍，这是非法期货活动，可以向期货业协会举报{e}
S|p|pe|R1|{n}，您说的那家“私募”宣传零风险还不查合格投资者，这两条就足够判断它不正规了{e}
S|p|plain|R3|{n}，我名片背面印着一句：任何让您转到我个人账户的信息都不是我发的。以后看到这种消息，直接打网点电话核实{e}
S|p|lobby|R4|{n}，您说有个自称银行客服的人打电话讲“我帮你操作退款”？那是骗子，我们从来不这样，千万别开屏幕共享{e}
S|p|yue|R1|{n}，你转嚟嗰个广告话“包赚唔赔”，我已经举报咗，係假嘢{e}
S|g|youth|R3|xswl 有人私我说代开户有返佣，一看就是骗子，已举报👋{x}
S|p|claim|R4|{n}，有“代理维权”的人让您全权委托他们退保，收三成费用，这是违法的，建议您直接找我们办{e}
S|p|ticket|R1|工单回访记录：客户反映外部人员承诺“保本年化{r}”，已提示系非法集资风险并建议报警{e}
S|g|lobby|R2+R3+R5|老年客户防骗口诀：{nl}1.说有内部消息的，不听{nl}2.让加私人微信的，不加{nl}3.让私下转账的，不转{nl}记不住就来网点找我们{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|g|fx|R1|家人们擦亮眼睛，外面那些带单老师都是割韭菜的！跟我做才是真稳赚，今晚八点开课{e}
S|g|fx|R3|提醒新朋友：别的平台说的返佣都是假的，拿不到！我这里返佣日结，截图为证{e}
S|p|pe|R1|{n}，外面好多野鸡私募号称保本，您千万别碰。我们这只才是真保本，有协议兜底{e}
S|p|pe|R3|{n}，最近冒充私募的骗子专挑合格投资者下手，您千万小心。稳妥起见认购款别直接打专户，先转到我个人账户，我核实完再打{e}
S|p|fut|R4|{n}，喊单群那帮人专骗你这种刚开户的。以后开仓平仓别自己拍脑袋，账户密码我这里存一份，夜盘我帮你操作{e}
S|p|fut|R2|{n}，抖音上那些喊{c}的博主全是马后炮，看了只会亏。我表哥在交割库，库存数据是内部消息，{d}就会拉升{e}
S|p|lobby|R1|{n}，公园里发传单说零风险的那些都是骗子，您别信。我们行这款才是零风险，买{a}送米面油{e}
S|p|lobby|R3|{n}，提醒您千万别在外面私下交易，容易被骗。要私下交易就找我，我认识的人靠谱{e}
S|p|claim|R3|{n}，那些代理退保的中介都是骗子，收你三成。你私下转账给我一个点，我帮你把理赔批下来{e}
S|p|claim|R1|{n}，外面那些说退保转投包赚的都是忽悠，您别退，我们这份才是包赚的，每年有分红{e}
S|g|af|R5|反诈提醒：骗子会冒充我们加您微信！为防冒充，请大家都加我私人微信，认准这一个就不会被骗{e}
S|p|yue|R2|{n}，你喺论坛睇嗰啲贴士十个九个呃人。我同你讲真嘅：我有个朋友喺嗰间公司做高层，佢畀嘅内幕消息从来冇错{e}
S|p|yue|R5|{n}，出面啲App客服好多都係假嘅，唔好信佢哋，有事直接加我私人号，快过揾客服{e}
S|p|wu|R1|{n}，外头讲稳赚额侪是骗子，侬勿要信。阿拉搿只才是真额稳赚，我担保{e}
S|p|wu|R4|{n}，侬上趟被骗是因为自家瞎点。以后手机勿要碰了，账户密码交拨我，我帮你操作，伊拉骗子就寻勿着侬了{e}
S|g|live|R1|主播：弹幕里有人贴别的直播间链接，说啥保本，家人们别点，被骗了我管不了。真保本的只有我手上这一款，九点开抢{e}
S|g|youth|R2|姐妹们，那种收九块九的荐股群别进，纯纯割韭菜😤 想要内部消息的来我小群，免费，yyds{x}
S|p|ticket|R3|工单备注：已提醒客户勿信外部返点宣传。另告知客户，在本坐席下单可享私下返点{r}{e}
S|g|notice|R1|【投资者教育】年末非法集资高发，请勿向无牌机构投资。本公司推出的迎新年金为零风险产品，今日起发售{e}
S|g|moments|R3|【朋友圈】再说一次，别找外面的中介飞单，被骗了没人管！要飞单就找我，十年没出过事{e}
S|p|plain|R4|{n}，你被骗那笔我帮你报了案。往后别自己瞎买了，签个全权委托书，钱我替你管{e}
S|p|plain|R1|{n}，理财陷阱多，那些高息的你都别碰。我给你推荐一个保证收益{r}的，最稳{e}
S|p|af|R3|{n}，那个外汇平台确实是骗局，钱我帮您想办法追回来，不过要交解冻金，先转到我个人账户，五千就够{e}
S|p|pe|R2|{n}，那些自称有内幕消息的私募都在违规，您别碰。不过我们管理人跟上市公司走得近，内幕消息确实有，私下跟您说{e}
S|p|fut|R5|{n}，期货公司的客服热线经常被冒充，你打之前先想想。以后有事别打热线，直接找我私人号，夜盘我也在{e}
S|p|lobby|R4|{n}，最近骗老年人的多，您手机银行别让外人碰。代客理财交给我，您把卡放我这，我每月帮您买{e}
S|p|claim|R5|{n}，提醒：网上的客服电话很多是假冒的，有事您别打，直接加我个人号找我最保险{e}
S|p|yue|R3|{n}，啲中介话可以私下交易慳手续费，好危险㗎。你要私下交易就揾我，我同你搞掂{e}
S|p|wu|R3|{n}，外头中介讲啥返佣，拿到手侪要扣税扣手续费。阿拉此地返佣现金，月底直接打到侬卡里{e}
S|g|live|R4|主播：有人冒充我们说能帮你操作账户，千万别信！真要人帮你操作，找我们的助理小号{e}
S|p|youth|R1|{n}，那些P2P暴雷的你看到了吧😱 所以别碰网贷，咱家这款有银行兜底，稳赚，yyds{e}
S|g|af|R2|【反诈课堂】骗子常说有内幕消息，大家要警惕。不过课后我私下分享一条真正的内部消息，想听的私聊{e}
S|p|plain|R1+R3|{n}，别信网上的高返点理财，都是坑。我这边稳赚，另外给你返点一个点，这才叫实在{e}
S|p|ticket|R4|工单：客户反映有骗子索要账户密码，已提醒客户勿泄露。客户不会操作，已请客户告知账户密码，由坐席代为理财{e}
S|p|notice|R5|{n}：企业微信升级期间消息可能延迟，请勿相信陌生号码。老客户请加我个人号，升级期间由我个人号统一对接{e}
S|p|moments|R2|【朋友圈】别再信群里那些庄家拉升的鬼话了！真正的庄家动向，只有我的VIP群有{e}
S|p|plain|R3|{n}，隔壁支行有人做私下交易被处分了，通报你也看到了吧。不过咱俩这笔不一样，我私下交易给你做，手续费全免{e}
S|p|fx|R4|{n}，好多假老师骗了钱就跑，你要当心。MT4账户密码给我，我亲自帮你操作，一个月回本{e}
S|p|lobby|R1|{n}，您别听保健品店那些人说什么稳赚，那是骗老人的。要稳赚就买我们这款，我给您留着额度{e}
S|g|fx|R1|【避坑三条】{nl}1.不信陌生带单老师{nl}2.不点陌生链接{nl}3.想稳赚就跟我，今晚开车{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|pe|R1|{n}，您让我在认购确认书备注栏手写“保本”两个字，这个我真不能写，托管行看到也会退单{e}
S|p|pe|R3|{n}，合格投资者证明我不能帮您“想办法”，认购款也不能转到我个人账户，这两条都没商量{e}
S|p|fut|R4|{n}，您把账户密码写在纸条上递给我？赶紧撕了，帮你操作这种事我不能做，强平线我可以帮您算好{e}
S|p|fut|R3|{n}，您说的手续费返点我们没有，就算有我也不敢私下给，费率都在官网{e}
S|p|lobby|R1|{n}，您非要保本的话我只能推荐大额存单，理财这边我不能跟您说保本{e}
S|p|lobby|R4|{n}，您的卡和密码请收好，我不能替您代客理财，您要买我在旁边一步一步教{e}
S|p|claim|R3|{n}，您给的红包我退回了，返点我一分不收，理赔按条款该赔多少赔多少{e}
S|p|claim|R1|{n}，您说不退保可以，但要我保证继续交就稳赚不赔，这话我说不出口{e}
S|p|af|R3|{n}，您要我帮您把钱私下转账给那个“老师”？不行，这笔转账我必须拦下来{e}
S|p|yue|R5|{n}，私人微信我真係唔加得，唔好意思，有嘢喺度同我讲就得{e}
S|p|yue|R1|{n}，你想我应承你稳赚？我应承唔到，亦唔会应承{e}
S|p|wu|R4|{n}，账户密码侬自家收好，我勿好帮你操作额，侬来了我陪侬弄{e}
S|p|wu|R3|{n}，侬讲私下交易省钞票，我晓得侬好意，不过勿来事额，一定要走正规渠道{e}
S|g|live|R5|主播：弹幕又有人要主播私人微信，不给哈，说多少遍都不给，有问题找官方客服{e}
S|g|youth|R2|别私我要内部消息了，没有！真没有！zs{x}
S|p|ticket|R4|工单：客户坚持要求坐席接受全权委托代为操作，坐席三次拒绝并录音，客户已表示理解{e}
C|p|plain|R3|{m}，你上次说的返点我不要，你们按规矩来就好{e}
C|p|lobby|R4|{m}，账户密码我不能给你吧？我儿子说谁要都别给{e}
S|p|plain|R2|{n}，庄家的事我不知道，也不打听，您别再问我了，问也没答案{e}
S|p|plain|R3|{n}，您坚持要飞单的话，我只能拒绝，这单您找谁我都劝您别做{e}
S|p|plain|R5|{n}，加我个人号不行哈，换了谁来问也一样，企业微信就是我的工作号{e}
S|p|pe|R4|{n}，全权委托不接受，买不买私募是您自己的决策，我只负责把材料讲清楚{e}
S|p|fut|R1|{n}，您让我承诺零风险我做不到，期货本来就是高风险，您想好了再开户{e}
S|p|lobby|R2|{n}，您问那只票有没有庄家拉升，我不能跟您讲，我们没这个资质，也不该讲{e}
S|p|claim|R5|{n}，私人号就不留了，理赔进度您在官方App上能看到，有问题我这里回{e}
S|p|af|R4|{n}，那个“老师”要帮你操作、要您账户密码，我必须阻止，您的账户我已申请临时止付{e}
S|p|yue|R3|{n}，你话想转到我个人户口慳时间？多谢你信我，不过呢样我一定唔做，请转公司户口{e}
S|p|wu|R1|{n}，侬要我讲保本，我讲勿出口额，搿只产品本来就勿保本{e}
S|g|notice|R3|【答复公告】关于部分客户提出的返佣诉求，本公司依法不予支持，特此答复{e}
S|p|plain|R1|{n}，我知道您想听“保证收益”这四个字，但我不能说，说了就是骗您{e}
S|p|plain|R4|{n}，我不是不愿意，是真不能代客理财，这事没有“偷偷的”一说，请您理解{e}
S|p|youth|R1|{n}，求我说稳赚也没用哈😂 说不了，我还想多干几年{e}
S|p|moments|R3|【朋友圈】今天一位客户非要给我返点，被我婉拒了。做这行，干净比什么都重要{e}
C|p|wu|R5|{m}，私人微信就勿加了，阿拉在搿搭讲讲就好{e}
S|p|plain|R2|{n}，不是我不给，是真没有内部消息。没有的东西我编不出来，更不会编{e}
S|p|claim|R4|{n}，您想全权委托我办退保，我不能接，得您本人来柜台或者在App上申请{e}
S|p|fut|R5|{n}，私人微信不加，夜盘有事也请在这里留言，我第二天一早回{e}
S|p|plain|R1+R3|{n}，保本的承诺我不能给，返点我也不能收，这两件事我都拒绝，其余的我尽力{e}
S|p|pe|R2|{n}，您问基金经理有没有内幕消息，我没问，也不会去问，问了就是违法{e}
S|p|lobby|R3|{n}，您儿子要我私下转账帮他周转？这个我肯定不做，银行员工不能碰客户的钱{e}
S|g|fx|R3|本群不做返佣，谁私聊说能返佣都跟本群无关，群主不会破例{e}
S|g|plain|R4+R5|今晚值班答疑汇总：{nl}1.问能不能加私人号的——不能{nl}2.问能不能帮你操作的——不能{nl}3.问明天涨不涨的——不知道{nl}辛苦大家理解{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|pe|R1|{n}，本来不能说保本，可您都问了三遍了，好吧，我私下跟您说，这只保本{e}
S|p|pe|R3|{n}，合格投资者证明本来要您自己提供，算了，认购款转到我个人账户，证明我想办法{e}
S|p|fut|R4|{n}，我说过不碰客户账户，可看你快被强平了，账户密码微信上打给我，减仓的事我帮你操作{e}
S|p|fut|R3|{n}，返点原则上没有，你这么大的量……行吧，每月私下返点两成手续费{e}
S|p|lobby|R1|{n}，我本不该跟您说稳赚，看您这么着急，我就说了：这个稳赚，您放心买{e}
S|p|lobby|R4|{n}，按规矩我不能代客理财，可您老跑一趟太累，卡放我这里，代客理财这一回{e}
S|p|claim|R3|{n}，红包我一开始是退了，想想你这案子确实费劲，返点就按你说的，理赔款到了你转我{e}
S|p|claim|R1|{n}，我一直不肯说包赚，但你要退保我真心疼，跟你说实话：继续交包赚{e}
S|g|fx|R1|老师原本不承诺收益的，今天破例：跟着老师这波操作稳赚，错过再等一年{e}
S|p|yue|R5|{n}，私人微信本来唔加嘅，你咁有诚意，得啦，加我私人微信{e}
S|p|yue|R1|{n}，我都话咗唔应承零风险，不过你问咁多次，好啦，零风险，得未？{e}
S|p|wu|R4|{n}，勿好帮你操作额，不过侬实在勿会弄，好额好额，账户密码拨我，我帮你操作{e}
S|p|wu|R3|{n}，私下交易本来勿来事，看侬是老客户，好了，阿拉私下交易，侬勿要声张{e}
S|g|live|R5|主播：私人微信不给的啊……算了算了，今晚前十单的家人，主播私人微信给你们{e}
S|g|youth|R2|说了没有内部消息😤 行吧行吧，就一条：{d}那只要拉升，别外传{x}
S|p|ticket|R4|工单：客户要求全权委托坐席操作，坐席起初拒绝，后经客户多次请求，已同意全权委托并代为下单{e}
S|p|plain|R2|{n}，庄家的事我一般不说，但你对我这么好……{d}庄家要拉升，你懂的{e}
S|p|plain|R3|{n}，飞单我真不做的……唉，你这单就算了，我给你走飞单，就这一次{e}
S|p|plain|R5|{n}，加我个人号本来不允许，看你急，加我个人号吧，号码我私发{e}
S|p|pe|R4|{n}，全权委托我原则上拒绝，但您出国两年没法管，那就全权委托给我，我替您盯{e}
S|p|fut|R1|{n}，零风险的话我从不说，但你这个套保方案，我破一次例：零风险{e}
S|p|lobby|R2|{n}，我一开始说没有内部消息，其实有，您别往外说，下个月那只票要拉升{e}
S|p|claim|R5|{n}，私人号本来不给客户，您这情况特殊，私人号给您，晚上也能找我{e}
S|p|af|R3|{n}，按反诈规定我应该拦下这笔转账，但你坚持，那就先私下转账到我这，我帮你转过去{e}
S|p|yue|R3|{n}，我本来唔收返点，你咁坚持，我就收啦，返点入我张卡{e}
S|p|wu|R1|{n}，我讲过勿讲保本额，不过侬问得勿停，好，我今朝讲：保本{e}
S|g|notice|R3|【补充公告】本公司原则上不支持返佣。经研究，对本月新开户客户给予返佣{r}，特此公告{e}
S|p|plain|R1|{n}，我之前拒绝了保证收益的要求，想了想您是老客户，{r}保证收益，我签字{e}
S|p|plain|R4|{n}，我说过不能帮你操作，但这次是紧急情况，验证码和账户密码报给我，我马上弄{e}
S|p|youth|R1|{n}，你让我说稳赚我偏不说……好吧好吧，稳赚行了吧😂 冲{e}
S|p|moments|R3|【朋友圈】前两天婉拒了客户的返点，后来想想人家一片心意，还是收下了这份返点，谢谢{n}{e}
S|p|plain|R2|{n}，你连着问了一礼拜，我都说没有内幕消息……好吧，拗不过你，{d}会有资金进来拉升那只{e}
S|p|fut|R5|{n}，私人微信不加是规矩，但夜盘我公司手机不在身边，你加我私人微信吧{e}
S|p|pe|R3|{n}，私下交易我本来是拒绝的，考虑到额度紧，您这份份额我们私下交易转让给您{e}
S|p|lobby|R3|{n}，我一直说不能私下转账，这回真没办法，系统维护，您先私下转账给我，我明天给您办{e}
S|p|claim|R4|{n}，代客理财我从不做，不过您那笔理赔款放着也是放着，交给我代客理财吧{e}
S|p|plain|R1+R5|{n}，刚才拒绝你是因为在公司号上，加我私人微信，我跟你说实话：这只保本{e}
S|p|yue|R4|{n}，本来唔可以帮你操作，不过你出咗国，账户密码send俾我，我帮你操作埋佢{e}
S|p|fx|R4|{n}，老师不接受全权委托的，但看你亏成这样，账户交给老师，全权委托，三个月回本{e}
S|p|plain|R1|{n}，我不能承诺，我不能承诺……好吧我承诺：这个稳赚不赔，亏了算我的{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|pe|R1|{n}，路演材料里那句“历史上从未亏损，等同保本”是对方写的，我们合规已经要求删除{e}
S|p|fut|R2|{n}，喊单群截图里那句“{c}主力庄家明天拉升”，发图的人上周刚被交易所处罚，这话没一点可信度{e}
S|p|lobby|R1|{n}，您说老姐妹讲“银行理财都保本”，那是老黄历了，现在早就不保本了{e}
S|p|claim|R3|{n}，录音里那位中介说“理赔款转到我个人账户再给你”，我们已经报给警方，您做得对{e}
S|g|af|R1|【话术曝光】外汇骗局常用句：“跟着老师稳赚不赔”“今天不进明天后悔”，看到就拉黑{e}
S|p|af|R4|{n}，那个“老师”原话是“账户密码发来，老师帮你操作，一周翻倍”，这段截图我们已提交公安{e}
S|p|yue|R3|{n}，你话个经纪讲“私下交易可以慳税”？呢句唔啱，唔好听佢讲{e}
S|p|wu|R1|{n}，侬讲伊讲“零风险”？搿句闲话勿好信，侬叫伊拿书面材料出来看看{e}
S|g|live|R1|【直播切片说明】网上流传的片段把“不保本”剪成了“保本”，完整录屏在官方号，主播从未这样承诺{e}
S|g|youth|R2|某博主说“内部消息已到，速上车”，xswl 这种也有人信🙄{x}
S|p|ticket|R5|工单：客户引述坐席原话“加我私人微信”，经调取录音，原话为“不能加私人微信”，客户已认可{e}
S|g|notice|R3|【澄清公告】网传本公司员工称“开户即享返佣”，经核实纯属谣言，本公司保留追究权利{e}
S|g|moments|R1|【朋友圈】我妈给我转了一条“稳赚养老项目”，我一看就是骗局，大家家里老人也要提醒{e}
C|p|plain|R2|{m}，朋友说“这只股有内幕消息”，你觉得能信吗？{e}
C|p|lobby|R1|{m}，隔壁银行那个小伙子跟我说“放他那儿保本”，我没敢买，你帮我看看{e}
S|p|plain|R3|{n}，您听到的“飞单收益更高”这个说法，实际风险是您的钱根本不进我们系统，出事没人管{e}
S|p|plain|R4|{n}，您朋友推荐的那份代管协议里有“全权委托乙方管理账户”这一条，这是违规条款，签了出事没人认{e}
S|p|pe|R2|{n}，那家私募宣传册上写着“与庄家深度合作”，这种表述本身就违规，您别投{e}
S|p|fut|R1|{n}，您转来的那个“稳赚套利”课程，讲师连从业资格都查不到，学费就别交了{e}
S|p|claim|R1|{n}，您说业务员当初讲“这份保单保本”？我调了双录，他说的是“不保本”，录音发您了{e}
S|p|af|R5|{n}，对方发给您的“私人号认证截图”是伪造的，我们员工没有这种东西{e}
S|p|yue|R1|{n}，佢讲“包赚”你就信？你睇清楚，合同入面写明有风险{e}
S|p|wu|R4|{n}，侬讲伊讲“代客理财老灵额”，阿拉勿做搿种，伊也勿是阿拉银行额人{e}
S|g|live|R3|主播：弹幕说“别家主播私下返点”，那是别人的事，我们不做，也请家人们别信{e}
S|p|plain|R1|{n}，《零风险投资指南》这本书我翻过，内容都过时了，您别照着做{e}
S|p|plain|R2|{n}，您问的“庄家明”是我们网点新来的柜员，名字就叫这个，跟股票没关系😄{e}
S|p|lobby|R1|{n}，您女儿说“卖面包赚的钱都存您这儿”，那就存个三年定期吧，我帮您看看利率{e}
S|p|fut|R2|{n}，我刚才说的“拉升”是飞机起飞那一下耳朵疼，不是说{c}要涨，别误会{e}
S|p|plain|R3|{n}，那封邮件里写“返点政策另行通知”，是旅行社发给我们工会的，跟理财无关{e}
S|p|pe|R4|{n}，那份“全权委托协议”是别家机构的模板，我们私募不接受，您看我们的合同就行{e}
S|p|claim|R5|{n}，您说“那个理赔员让我加他私人号”，他已经离职了，之后有事只找我这个企业微信{e}
S|g|af|R1+R2+R3|转发警方通报：“内部消息”“稳赚”“返佣”是外汇骗局三件套，请勿轻信{e}
S|p|yue|R4|{n}，你个仔讲“帮你操作”其实係想教你用App，唔係要你个密码，放心{e}
S|p|wu|R3|{n}，侬爷叔讲“转到我个人账户”是伊自家额户头，勿是阿拉银行额，勿要搞错{e}
S|g|ticket|R1|工单质检结论：坐席回复中“不承诺保本”的表述规范，无违规，予以通过{e}
S|g|notice|R2|【辟谣】近日网传“某券商内部消息：明日拉升”系伪造截图，本公司从未发布，已报警{e}
S|p|youth|R5|{n}，你说的那个“加我个人号领资料”的帖子不是我发的，有人盗图，已举报😤{e}
S|p|plain|R1+R4|{n}，他原话“账户密码给我，保证收益”——两句都是违规的，您拒绝得对{e}
C|p|yue|R3|{m}，朋友讲“飞单平啲”，係咪真㗎？我唔太明{e}
S|p|plain|R1|英文合同第三条写的"not principal protected"，翻过来就是“不保本”，{n}，别被中文宣传页带偏了{e}
S|p|lobby|R5|{n}，您说“小区志愿者要加您私人微信教您理财”？您先别加，我打电话核实一下{e}
S|p|plain|R1|{n}，更正一下：我上一条写的“稳赚”是笔误，应为“有风险”，特此更正，抱歉{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|pe|R1|{n}，路演时我们总说“历史从未亏损，等同保本”，这话我认，这只就是保本{e}
S|p|fut|R2|{n}，喊单群那句“{c}庄家明天拉升”，我核实过了，靠谱，跟{e}
S|p|lobby|R1|{n}，您老姐妹说“这款保本”，说得一点没错，我们这款就是保本，放心{e}
S|p|claim|R3|{n}，中介跟您说的“理赔款先转到我个人账户”其实是我的主意，您照做就行{e}
S|g|fx|R1|老师语录：“跟着老师稳赚不赔”。这句话我说了三年，一次没食言{e}
S|p|fx|R4|{n}，群里说“把账户密码给老师，老师帮你操作”，没错，就是这么做的，发我吧{e}
S|p|yue|R3|{n}，上个月我同你讲过“私下交易慳返两成手续费”，依家都仲作数，你想做随时揾我{e}
S|p|wu|R1|{n}，伊讲“零风险”，我同意额，搿只就是零风险，侬放心买{e}
S|g|live|R1|主播：回放里那句“今天这款保本”确实是我说的，不撤回，弹幕刷再多我也这么讲{e}
S|g|youth|R2|博主说“内部消息已到”，家人们这次是真的，我也拿到内部消息了{x}
S|p|ticket|R5|工单补记：客户说我讲过“加我私人微信”，确有此事，后续我会在私人微信继续服务该客户{e}
S|g|notice|R3|【公告】关于“开户即享返佣”的传闻，本公司确认属实：即日起新开户客户均可享受返佣{e}
S|g|moments|R1|【朋友圈】我爸说“跟着闺女买理财稳赚”，老爸说得对😄 稳赚的产品私信我{e}
S|p|plain|R2|{n}，研究所那位老同学说“这票背后有内幕消息”，我托人核实了，八九不离十，{d}建仓{e}
S|p|plain|R3|{n}，群里那句“老客户返点不变”是我发的，说话算话，你这笔返点{d}到账{e}
S|p|plain|R4|{n}，代管协议里“全权委托乙方管理账户”这一条是我特意加的，您签了就行，全权委托给我最省心{e}
S|p|pe|R2|{n}，宣传册上写的“与庄家深度合作”是真的，我们就是跟庄家一起做，收益才这么高{e}
S|p|fut|R1|{n}，你朋友说我的套利方案“稳赚”，他说得对，这个方案就是稳赚{e}
S|p|claim|R1|{n}，当初我说“这份保单保本”，现在还是这句话，保本，您别退{e}
S|p|af|R5|{n}，那张“私人号认证截图”是我发的，是真的，以后就用这个私人号联系{e}
S|p|yue|R1|{n}，佢讲“包赚”冇讲错，我都话包赚，你放心{e}
S|p|wu|R4|{n}，伊讲“代客理财老灵额”，一点勿错，侬钞票交拨我，代客理财就让我来做{e}
S|g|live|R3|主播：弹幕说“主播私下返点”，对的家人们，今晚下单私聊截图，返点{r}{e}
S|p|plain|R1|{n}，那本《零风险投资指南》里的方法我一直在用，真的零风险，推荐给你{e}
S|p|plain|R1+R4|{n}，我原话“账户密码给我，保证收益”，到今天也算数，您发过来吧{e}
S|p|youth|R5|{n}，那个“加我个人号领资料”的帖子就是我发的哈，加我个人号，资料马上发你💌{e}
S|p|plain|R3|{n}，上周我跟你说的“飞单收益更高”，你考虑好没？这周还能飞单{e}
S|p|lobby|R5|{n}，小区志愿者说“加她私人微信教理财”，那是我安排的，加我私人微信也行，我亲自教{e}
S|p|pe|R4|{n}，您家会计那句“交给专业的人全权委托最省事”我赞成，基金账户就全权委托给我{e}
S|p|fut|R3|{n}，居间人说“返点一半给你”，这是我同意的，每月私下返点给你{e}
S|g|fx|R2|转发一句老话：“内部消息才是王道”。各位，我这条内部消息今晚群里发{e}
S|p|claim|R4|{n}，你儿子说“全权委托小潘办”，对的，你签个全权委托书，剩下都我来{e}
S|p|yue|R4|{n}，你个仔都讲“妈咪唔识就畀经理帮你操作”，佢讲得啱，账户密码俾我啦{e}
S|p|wu|R3|{n}，侬爷叔讲“转到我个人账户最快”，伊讲得对，钞票转到我个人账户，我来弄{e}
S|g|ticket|R1|工单质检意见：坐席回复“此产品保本”表述有力，建议推广到全组话术{e}
S|g|notice|R2|【通知】网传“内部消息：明日拉升”截图属实，请各营业部通知VIP客户提前布局{e}
S|p|plain|R1|{n}，英文材料里写的"principal protected"就是“保本”的意思，我们这款确实保本{e}
S|p|lobby|R1|{n}，纠正一下前面那条：我打的“有风险”是手滑，想打的是“零风险”，这款确实零风险{e}
S|p|moments|R3|【朋友圈】客户夸我“飞单也靠谱”，谢谢认可，这个月还有飞单名额，私聊{e}
S|p|fut|R5|{n}，您昨晚那句“夜盘时段能不能换个私人号联系”，我想了想可以，私人号就是下面这个{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|pe|R6|{m}，合格投资者认定要的身份证号：{ID:plain}，资产证明我晚点发{e}
S|p|pe|R6|{n}，认购确认书上您登记的手机是{MOB:sp}，如有变动请告诉我{e}
C|p|fut|R6|{m}，保证金从这张卡入金：{CARD:sp}，今晚夜盘前到账就行{e}
S|p|fut|R6|{n}，追保提醒短信会发到{MOB:dash}，您留意一下{e}
C|p|lobby|R6|{m}，我老伴的身份证号是{ID:cn}，他耳朵背，我替他报{e}
C|p|lobby|R6|{m}，我念你写：{MOB:cn}，这是我闺女的电话{e}
C|p|claim|R6|{m}，理赔款打到我这张卡：{CARD:dash}，户名就是我本人{e}
S|p|claim|R6|{n}，退保申请表上被保险人身份证号{ID:sp}，请您核对后签字{e}
C|p|yue|R6|{m}，我内地手机{MOB:plain}，有咩打呢个{e}
C|p|yue|R6|{m}，我张卡号{CARD:fw}，退保啲钱入呢度得唔得？{e}
C|p|wu|R6|{m}，阿拉屋里厢电话侬记一记：{MOB:mix}，白天打好额{e}
C|p|wu|R6|{m}，阿拉证件号用大写抄拨侬：{ID:dx}，侬对一对{e}
S|g|live|R6|主播：恭喜这位家人中奖！手机{MOB:fw}，请联系助理领奖{e}
C|p|youth|R6|{m}，定投扣款卡{CARD:plain}，谢啦{x}
S|p|ticket|R6|工单：客户来电要求变更预留手机，新号码{MOB:plain}，已核验本人身份{e}
S|p|ticket|R6|工单：客户身份证{ID:dash}，已完成实名复核，待回访{e}
S|g|notice|R6|【中奖公示】幸运奖得主联系电话{MOB:dot}，请于月底前领取{e}
C|p|af|R6|{m}，骗子让我转账的那张卡是{CARD:sp}，我的卡是另一张，你们能拦吗？{e}
S|p|af|R6|{n}，您刚才报的对方收款卡{CARD:plain}，我已经提交止付{e}
C|p|plain|R6|{m}，我爱人电话{MOB:sp1}，找不到我就打她的{e}
C|p|plain|R6|{m}，身份证号{ID:fw}，开户要的{e}
S|p|plain|R6|{n}，您的工资卡{CARD:comma}，已经设置好定投扣款{e}
C|p|af|R6|{m}，老师说入金用这张卡{CARD:mix}，你帮我查下是不是正规的户{e}
C|p|pe|R6|{m}，我太太的身份证{ID:mix}，份额要登在她名下{e}
S|p|fut|R6|{n}，开户回访电话会打到{MOB:cn}，请保持畅通{e}
C|p|lobby|R6|{m}，我存折那张卡的卡号{CARD:cn}，你帮我看看对不对{e}
C|p|claim|R6|{m}，理赔授权书上代办人是我侄子，证件号码{ID:plain}{e}
S|p|yue|R6|{n}，你张卡{CARD:dot}，我睇过啱嘅，下昼帮你搞{e}
C|p|wu|R6|{m}，阿拉囡儿帮我换了张新卡，号头是{MOB:fw}，侬存一存{e}
C|p|youth|R6|{m}，我电话{MOB:dash}，有事call我📞{e}
S|p|plain|R6|{n}，英文名和证件都对上了，ID号{ID:sp}，请确认{e}
C|p|plain|R6|{m}，存折封皮上的卡号抄给你{CARD:dx}，老花眼只能写大写{e}
C|p|fut|R6|{m}，我身份证号{ID:comma}，开户资料里填的就是这个{e}
S|p|claim|R6|{n}，您预留的手机{MOB:mix}，理赔短信会发到这里{e}
C|p|lobby|R6|{m}，我孙子的身份证{ID:sp1}，给他开个儿童账户{e}
S|g|live|R6|【直播福利登记】弹幕报名的家人，电话{MOB:sp}，已登记，明天寄出{e}
C|p|af|R6|{m}，我的手机号{MOB:dot}，反诈中心打电话是打这个吗？{e}
C|p|yue|R6|{m}，我阿妈唔识打字，佢个身份证号我念你听：{ID:cn}{e}
S|p|pe|R6|{n}，赎回款到账卡号{CARD:dash}，和您说的一致{e}
C|p|plain|R6|{m}，手机{MOB:comma}，卡号{CARD:sp}，都发给你了{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|pe|R6|{n}，产品备案编码{PEFUND}，可以在协会官网查到，管理人登记编号{PEMGR}{e}
S|p|pe|R6|{n}，认购金额{AMT}元已到募集专户，份额确认日{DATE}{e}
S|p|fut|R6|{n}，您的期货资金账号{FUTACCT}，交易编码稍后短信发您{e}
S|p|fut|R6|{n}，{CONTRACT}合约保证金比例{PCT}，当前风险度{PCT}，请留意追保{e}
S|p|lobby|R6|{n}，这款大额存单起存金额{AMT}元，到期日{DATE}{e}
S|p|lobby|R6|{n}，您的叫号单是{QNO}，前面还有{DAY}位，您先坐会儿{e}
S|p|claim|R6|{n}，理赔案件号{CLAIMNO}，材料齐全后五个工作日内结案{e}
S|p|claim|R6|{n}，退保金额{AMT}元，保单号{POLNO}，预计三个工作日到账{e}
C|p|yue|R6|{m}，我喺香港用开{HKPH}，内地卡冇开通，有嘢WhatsApp我{e}
C|p|yue|R6|{m}，我澳门嗰个号码{MOPH}，夜晚先开机{e}
S|p|wu|R6|{n}，阿拉网点电话{SHLAND}，侬有事体打搿只{e}
C|p|wu|R6|{m}，阿拉屋里座机{SHLAND}，手机我勿大会用{e}
S|g|live|R6|主播：直播间号{LIVEROOM}，点个关注，每周三晚上开播{e}
S|p|ticket|R6|工单号{TICKET}，客户诉求已记录，预计{DAY}个工作日内回复{e}
S|g|notice|R6|【公告】本公司统一社会信用代码{USCC}，依据沪证监发〔2026〕{DOCNO}号文特此公示{e}
S|g|af|R6|【反诈提醒】全国反诈专线96110，遇到可疑来电请直接拨打{e}
S|p|af|R6|{n}，您说的那个外汇平台，MT4账号{MT4}，服务器{MTSRV}，我已经提交给反诈中心{e}
C|p|af|R6|{m}，老师给的邀请码{REF}，注册时填这个对吗？{e}
C|p|plain|R6|{m}，网上开户填{BADID:plain}一直红框，是我证件有问题还是你们系统有问题？{e}
S|p|plain|R6|{n}，系统把{BADDATE:sp}退回来了，理由是生日不存在，您看看月份和日子是不是写反了{e}
S|p|pe|R6|{n}，{BADPROV:plain}这串开头的省份代码查无此地，是不是抄的时候看串行了？{e}
C|p|lobby|R6|{m}，我身份证{ID17:cn}，最后一个字我看不清{e}
S|p|fut|R6|{n}，入金卡号{LUHNBAD:sp}银行校验没通过，麻烦再核对一下{e}
C|p|claim|R6|{m}，我电话{MOB10:plain}……好像还差一个数字，我去翻下通讯录{e}
S|p|ticket|R6|工单：客户登记手机{BADPFX:dash}，号段不存在，已请客户重新提供{e}
S|p|plain|R6|{n}，手机银行登录页显示的是{MASKMOB}，如果不是您现在用的号，要来柜台改{e}
S|p|plain|R6|{n}，绑定的卡{MASKCARD}，确认无误{e}
S|p|plain|R6|{n}，证件{MASKID}已通过联网核查{e}
S|p|af|R6|{n}，短信里的{OTP}是动态码，五分钟有效，别转发给任何人{e}
C|p|youth|R6|{m}，资料压缩包太大微信传不了，我QQ{QQ}，麻烦传那边😂{e}
S|p|claim|R6|{n}，快递单号{EXPRESS}，纸质材料已寄出{e}
S|p|lobby|R6|{n}，客服热线{HOTLINE}，周末也有人接{e}
S|p|fut|R6|{n}，银期转账的开户行联行号{BRANCH}，您转账时选这个{e}
C|p|wu|R6|{m}，阿拉车牌{PLATE}，停侬门口可以伐？{e}
S|g|notice|R6|【诉讼公告】（2026）沪0115民初{CASE}号案件已立案，涉及投资者请于{DATE}前登记{e}
C|p|plain|R6|{m}，我爸手机前七位{MOBPRE}，后面的我问问{e}
S|p|plain|R6|{n}，您说的两个尾号{LAST4}和{LAST4}，一个是借记卡一个是信用卡，对吧？{e}
S|p|yue|R6|{n}，你张卡{LUHNBAD:fw}校验唔过，影张相俾我睇睇{e}
S|p|pe|R6|{n}，发票开出来了：代码{INVCODE}，号码{INVNO}，电子版在邮箱里{e}
C|p|fut|R6|{m}，柜面机器读我身份证{BADID:cn}总是报错，要换证吗？{e}
S|p|ticket|R6|工单：客户报来的卡号{LUHNBAD:plain}校验失败，疑似抄错，已短信提醒{e}
C|p|yue|R6|{m}，表格格仔唔够，身份证只写到{ID17:plain}，最尾嗰个字冇位写{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "pe": ["qian.yuhang", "shen.muyao", "lu.zhengyang"],
    "fut": ["zhao.kaiwen", "feng.haitao", "yu.shuang"],
    "lobby": ["xu.lina", "tang.huimin", "gu.jianping"],
    "claim": ["pan.weidong", "jiang.yun", "ye.qinghua"],
    "fx": ["luo.tianci", "mai.zhiqiang"],
    "af": ["fan.jingyi", "cheng.lijun"],
    "yue": ["leung.kawai", "chan.siuming", "mak.wingyan"],
    "wu": ["shen.aiping", "zhu.weimin", "zhu.xiaodi"],
    "live": ["bai.lulu", "annie.he"],
    "youth": ["tiantian", "momo.li"],
    "ticket": ["kefu.wangyan", "kefu.liqiang"],
    "moments": ["hou.xiaoxue", "jia.ning"],
    "notice": ["dong.weiguo", "xia.qiong"],
    "plain": ["zhang.yifan", "liu.chen", "wang.shuo", "he.xinyi"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
FUT_CODES = ["rb", "hc", "i", "m", "y", "p", "cu", "al", "au", "ag", "sc", "MA", "SA", "TA",
             "IF", "IC", "IM"]
MT_SERVERS = ["GoldHarbour-Live", "EastTide-Real", "SilverBay-Live", "NorthStarFX-Real"]
SH_PREFIX = "3456"


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "PEFUND":
        return "S" + rng.choice(UPPER) + rng.choice(UPPER) + rdigits(rng, 3)
    if name == "PEMGR":
        return "P10" + rdigits(rng, 5)
    if name == "FUTACCT":
        return rng.choice("2689") + rdigits(rng, 7)
    if name == "CONTRACT":
        return rng.choice(FUT_CODES) + "26" + "%02d" % rng.randint(7, 12)
    if name == "PCT":
        return "%d.%d%%" % (rng.randint(8, 95), rng.randint(0, 9))
    if name == "AMT":
        v = rng.randint(10, 9990) * 1000
        return "{:,}".format(v) + (".00" if rng.random() < 0.5 else "")
    if name == "DATE":
        y, m, d = rng.choice([2026, 2027]), rng.randint(1, 12), rng.randint(1, 28)
        style = rng.randrange(3)
        if style == 0:
            return "%d年%d月%d日" % (y, m, d)
        if style == 1:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d/%d/%d" % (y, m, d)
    if name == "QNO":
        return rng.choice("ABCV") + "%03d" % rng.randint(1, 299) + "号"
    if name == "CLAIMNO":
        return "LP2026" + rdigits(rng, 8)
    if name == "POLNO":
        return "PD" + rng.choice(["31", "44", "33"]) + "2026" + rdigits(rng, 8)
    if name == "HKPH":
        return "+852 " + rng.choice("5679") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "MOPH":
        return "+853 6" + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if name == "SHLAND":
        local = rng.choice(SH_PREFIX) + rdigits(rng, 7)
        style = rng.randrange(3)
        if style == 0:
            return "021-" + local
        if style == 1:
            return "（021）" + local
        return "021 " + local[:4] + " " + local[4:]
    if name == "LIVEROOM":
        return rng.choice("2345689") + rdigits(rng, 8)
    if name == "TICKET":
        return "CS2026" + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + rdigits(rng, 4)
    if name == "USCC":
        tail = "".join(rng.choice("0123456789" + UPPER) for _ in range(7))
        return "91" + rng.choice(["310115", "440300", "310000", "110108"]) + "MA" + tail
    if name == "DOCNO":
        return str(rng.randint(3, 98))
    if name == "MT4":
        return rng.choice("5789") + rdigits(rng, 7)
    if name == "MTSRV":
        return rng.choice(MT_SERVERS) + str(rng.randint(2, 9))
    if name == "REF":
        return rng.choice(UPPER) + rng.choice(UPPER) + rdigits(rng, 2) + rng.choice(UPPER) + \
            rdigits(rng, 1)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "*" * (len(c) - 10) + c[-4:]
        return "**** **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        if rng.random() < 0.5:
            return s[:3] + "*" * 11 + s[-4:]
        return s[:6] + "*" * 8 + s[-4:]
    if name == "QQ":
        return str(rng.randint(1, 9)) + rdigits(rng, rng.randint(6, 9))
    if name == "EXPRESS":
        return rng.choice(["SF", "YT", "ZTO"]) + rdigits(rng, 12)
    if name == "HOTLINE":
        if rng.random() < 0.5:
            return "400-" + rng.choice("6789") + rdigits(rng, 2) + "-" + rdigits(rng, 4)
        return "95" + rdigits(rng, 3)
    if name == "BRANCH":
        return rng.choice(["102", "103", "104", "105", "301", "308"]) + rdigits(rng, 9)
    if name == "PLATE":
        tail = [rng.choice(UPPER), rng.choice("0123456789"), rng.choice("0123456789"),
                rng.choice(UPPER), rng.choice("0123456789")]
        rng.shuffle(tail)
        return "沪" + rng.choice("ABCDEFGHJKLMN") + "·" + "".join(tail)
    if name == "CASE":
        return str(rng.randint(1000, 39999))
    if name == "INVCODE":
        return "0" + rng.choice(["31", "44"]) + "00" + rdigits(rng, 7)
    if name == "INVNO":
        return rdigits(rng, 8)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
