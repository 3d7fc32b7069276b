#!/usr/bin/env python3
"""Blind held-out evaluation set 43 ("heldout43") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind (issue 17).  The author read exactly three files of the repository, each in
full: ``scripts/evasion_blind_common.py`` (the shared machinery), ``scripts/evasion_heldout22.py``
(the format model: structure, constants, labelling conventions and per-category split were
copied, none of its sentences or clauses) and ``scripts/eval_categories.sh`` (to wire this
set in).  No other file of the repository was opened, listed, grepped or searched: not the
scanner, its rules, tests, docs or archive, not the commit history, not any other evaluation
set.  No web or code search, no cargo command; the scanner was never run.  Every template
below was written from general knowledge of how Chinese-speaking financial sales staff and
their customers talk on WeCom (企业微信).  The set exists to measure how well the scanner
generalises: do not tune the scanner to it, do not add it to any training data, and run it
once.

Commands run, in order (scratch only under /tmp/h43chk and /tmp/h43-out; each step also
appended its own line to the scratch log /tmp/h43chk/cmdlog.txt):
 1. ``cd /work/main && wc -l`` of the three files.
 2. ``sed -n 1,500p`` and ``sed -n 500,989p scripts/evasion_blind_common.py``.
 3. ``sed -n 1,200p``, ``200,500p`` and ``500,781p scripts/evasion_heldout22.py``.
 4. ``cat scripts/eval_categories.sh``.
 5. ``mkdir -p /tmp/h43chk``; scratch helper /tmp/h43chk/stats22.py (loads set 22's template
    blocks through the shared machinery and prints, per block, the number of templates,
    label combinations and voices), run with ``PYTHONDONTWRITEBYTECODE=1 python3``.
 6. Wrote this script; ``PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout43.py
    /tmp/h43-out`` failed (a look-alike ID whose check character is X cannot be written in
    Chinese numerals); ``sed -i`` switched that slot to the dash format; the rerun passed.
 7. /tmp/h43chk/sim.py (character-bigram Jaccard of every template against every set-22
    template, and the longest common substring) and /tmp/h43chk/lcsshow.py (prints the
    common substrings of at least N characters), run after every rewrite round.
 8. /tmp/h43chk/edits1.py, edits2.py and edits3.py: scripted rewrites of the 31 templates
    that came out close (bigram Jaccard of 0.22 or more, or a common substring of 10 or
    more characters); final maximum Jaccard 0.24 (short number templates), mean 0.11.
 9. /tmp/h43chk/verify.py: the keywords planted in each template's literal text against its
    labels, per-category message and label counts, traditional share and exact round trip,
    split share and multi-line messages; run after each build.
10. ``python3 -c`` one-liners printing samples of the generated messages (every sixth
    numbers message; split, multi-line and every fortieth keyword-category message) and
    listing the templates whose only slots were {e}/{nl}.
11. An inline ``python3 -`` edit adding the SMALLAMT slot (village-agent and pension
    amounts); /tmp/h43chk/edits4.py adding the {h} header and {v} voice-input pools to
    the templates that had no other slot, and {m} to three customer templates.
12. An inline ``python3 -`` edit of scripts/eval_categories.sh; ``bash -n`` on it; ``grep -n``,
    ``sed -n`` and ``awk`` checks of the edited lines.
13. Final build and verify.py run; ``sed -n 1,20p`` of this script; a check that no
    bytecode of this set had been written (``ls scripts/__pycache__ | grep -c 43``, which
    printed only the count 0 and no names; a listing beyond the three files, disclosed here);
    a check of this script's non-template line lengths; ``rm -rf /tmp/h43chk /tmp/h43-out``;
    then the only git command: ``git add`` of this script and scripts/eval_categories.sh and
    ``git commit``.

Voices
------
A trust company (信托) wealth adviser selling 集合信托 and 非标 products (政信, 地产, 收益权
structures) to family-office and overseas clients; a securities app's 智能客服 bot answers
and the human agent who takes over after "转人工"; a rural commercial bank's village agent
at a 助农取款点 in plain countryside speech (俺, 老汉, 乡亲们); a 财商 education course
seller and the group of a 训练营 (群规, 入营须知, 复盘, 高级班); a pension-planning seller
(养老理财, 个人养老金) talking to retirees' grown-up children; a fund company's 直销 hotline
(回访, 坐席, 录音); a compliance officer's 双录 (dual recording) checklists and re-check notes;
Sichuanese-flavoured speech (啥子, 莫得, 要得, 巴适, 晓得, 迈, 嘛); Northeastern speech (整,
嘎哈, 贼, 老铁, 唠, 瞅); elderly customers' and staff's voice-to-text without punctuation and
with homophone slips; WeChat chat records (聊天记录) forwarded into WeCom; meeting minutes
(会议纪要); internal audit findings and work papers; customer complaint letters (投诉信) and
the replies to them; Q&A / FAQ pages; plain Mandarin staff and customers.

Hard cases
----------
Spread over every keyword category: rhetorical questions that assert a violation versus
rhetorical questions that deny one; prohibitions stated and then broken in the same message
versus honest prohibitions, group house rules, dual-recording checklists and exam answer
keys; warnings about outsiders that turn into the speaker's own offer versus genuine
warnings, fraud notices, audit reports and complaint replies; refusals that cave under
pressure (tears, repeated asking, threats to complain) versus refusals that hold; quotations
endorsed versus quotations rejected, corrected, reported or mis-transcribed by voice input;
corrections in both directions; double negation; keywords inside other words or names as
near misses (an environmental notebook, a shuttle-bus stop, a bakery stall, a country-inn
dinner, a vocabulary app, an app page, a pulse-taking service, a property power of
attorney, an OA notification module, a flag being hoisted, a pledge-structure term); rules
hit together in one message (hits and near misses); numbered lists with real newlines
(the ``{nl}`` slot); keywords split by one of the separators ``· -_*.~`` in a minority
(more than 0 and under 15 %) of each keyword category's hits; 25 % of every category in
traditional characters through the one-to-one table ``_TRAD_PAIRS`` (forwarded chat records
and FAQ pages first; the fold-back round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards plain, grouped by spaces, one space
between every two characters, dashes, dots and commas, in Chinese numerals, 大写, full width
and mixed Chinese/Arabic, versus look-alikes: bad ID check characters, impossible birth
dates, bad province codes, 17-digit IDs, Luhn failures, masked numbers, 10-digit and
bad-prefix mobiles, the first seven digits of a mobile, and trust contract, work order,
agent terminal, clearing bank, course order, student, fund account, dual-recording,
deposit, voucher, complaint, product registration, receipt, payment and remittance codes,
landlines, 400 / 95 hotlines, amounts, dates and times, years, durations and head counts.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout43.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h43_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, gen_card, gen_id, rdigits, run, shared_near_slot)

SEED = 43_2026_1213
SET_NAME = "heldout43"
MSGID_PREFIX = "h43"
T0 = 1781500000000
SEQ0 = 1720000
SPLIT_PER_CATEGORY = 11         # of 150 hits, about 7 %
TRAD_PREF_REGIONS = ("fwd", "faq")  # forwarded chat records and FAQ pages go traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["130", "131", "132", "135", "136", "137", "138", "139", "145", "147", "150",
              "151", "152", "155", "157", "158", "159", "162", "165", "166", "167", "170",
              "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
              "186", "187", "188", "189", "190", "191", "192", "193", "195", "196", "197",
              "198", "199"]
AREAS = ["510104", "510107", "510124", "511302", "511502", "513401", "510681", "230103",
         "230109", "220102", "220104", "210102", "210211", "231002", "440106", "330102",
         "420106", "370102", "610113", "500112"]
CARD_BINS16 = ["621226", "622700", "623058", "621799", "622682", "625911", "621462",
               "622262"]
CARD_BINS19 = ["6214830", "6230580", "6217002", "6228482", "6212262", "6221886"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["周阿姨", "老刘", "钱叔", "宋姐", "罗总", "邓老师", "曹大爷", "袁姐", "谢老板", "蒋哥",
          "潘姨", "田大哥", "彭姐", "魏总", "贺叔", "龚老师", "严姐", "苏大姐", "丁哥", "姜阿姨"],
    "m": ["小邓", "邓经理", "小唐", "唐顾问", "秦经理", "小苏", "苏老师", "小魏", "魏顾问",
          "小姚", "姚经理", "小尹"],
    "e": ["", "", "🙂", "🤗", "😉", "🙌", "👏", "😅", "🌸", "☕", "🎉", "💰"],
    "d": ["今晚", "明天一早", "礼拜四", "下月初", "周末", "后天中午", "这两天", "节后", "月中",
          "今天下班前"],
    "a": ["3万", "8万", "12万", "25万", "40万", "60万", "100万", "150万", "300万", "500万"],
    "r": ["3.2%", "3.6%", "4%", "4.3%", "5.2%", "6.5%", "7%", "7.5%", "8%", "4.75%"],
    "k": ["小唐", "姚经理", "秦顾问", "小尹", "邓主管", "苏专员", "小魏", "唐经理", "尹顾问",
          "小姚"],
    "nl": ["\n"],
    "h": ["", "", "📌", "（补发）", "[转]", "⚠️"],
    "v": ["（语音转文字）", "[语音转文字]", "（语音识别）", "【语音转文字】", "[转文字]"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; fwd and faq prefer traditional)
#   LABELS R1..R6 joined by +
#   {nl} is a real newline (numbered lists).
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|trust|R1|{n}，这个政信类的非标，背后是区县财政兜着，您说它能不保本吗？{d}打款就锁定额度{e}
S|p|trust|R1|{n}，我们做信托十几年，哪一单让客户少拿过本金？这期照样保收益，{r}一分不会少{e}
S|p|trust|R4|{n}，您常年在国外，账户交给我全权委托打理，不比您隔着时差自己折腾强？{e}
S|p|bot|R1|【人工客服】您好我是{k}，刚才机器人答得太死板了，这只固收+难道还会亏？说白了就是稳赚，放心申购{e}
S|p|bot|R5|已为您转接人工。{n}，app里的消息老是延迟，您加我个人号沟通岂不是快得多？{e}
S|p|rural|R3|{n}，跑一趟镇上来回半天，钱直接转到我个人卡上，俺下午就给你存好，这不省事？{e}
S|p|rural|R1|{n}，这个理财还能亏了你的？保本的嘛，你家娃上学的钱搁这里最合适，还琢磨个啥{e}
S|g|course|R1|训练营的同学们，学了三周资产配置，还想不明白为啥老师说这套组合稳赚吗？{d}直播课见{e}
S|g|course|R2|同学们，跟着导师拿内部消息做短线，难道不比自己对着K线瞎琢磨强？{d}开小班{e}
S|p|pension|R1|{n}，给爸妈配养老钱，谁不想要零风险的？我们这款就是，您还在犹豫什么呀{e}
S|p|pension|R1|{n}，老人家的钱您敢乱放吗？放我这儿保本还有{r}，这种好事上哪找去{e}
S|p|hotline|R1|您好这里是直销中心，{n}，您问这只债基稳不稳？直销渠道买的哪只亏过，保本保收益的{e}
S|p|sc|R1|{n}，你还怕啥子嘛？稳赚不赔的东西，我手上莫得哪个客户亏过，巴适得很{e}
S|p|sc|R3|{n}，公司那套流程审来审去，一个礼拜都下不来，私下转账给我，当天就给你搞定，安逸不嘛？{e}
S|p|ne|R2|{n}，我啥时候忽悠过你？这回是实打实的内部消息，{d}有人拉升，上不上车给句痛快话{e}
S|g|ne|R4|{h}老铁们，上班搬砖哪有空盯盘？密码往我这儿一撂，盘中我帮你操作，你只管数钱，这还不美？{e}
S|p|elder|R1|{v}{n}啊这个你还不放心吗保本的啊你儿子不也买了吗{e}
S|p|fwd|R1|{n}，聊天记录你自己往上翻，我上个月跟你说的哪句不算数？说了稳赚就是稳赚{e}
S|p|plain|R3|{n}，公司抽成那么高，我把返佣退给你，你占便宜我落个人情，有啥不好？{e}
S|p|plain|R5|{n}，这号是公司配的，哪天我调岗了您找谁去？还是加我私人微信靠谱不是？{e}
S|p|trust|R2|{n}，这家地产项目公司凭什么敢给这么高的票息？我有内部消息，人家下个月就有一笔回款，您说能出事吗？{e}
S|p|hotline|R4|{n}，您退休在家又不会用app，我们热线这边帮你操作申赎，还用得着自己跑银行吗？{e}
S|p|course|R1|{n}，报了年度课，老师带的组合哪个月没赚？三年包赚，学费早就回来了，这账你还算不过来？{e}
S|p|pension|R3|{n}，个人养老金开户这个月我有任务，开一个返点给您两百，何乐而不为？{e}
S|p|rural|R5|{n}，你们村信号差，公司那个号老收不到，加我私人号不就得了？{e}
S|g|sc|R2|各位，庄家在底下吸了三个月的筹了，还不拉升等啥子？{d}之前进去巴适{e}
S|p|ne|R1|{n}，嘎哈还在那算来算去的？保本的东西，你闭着眼睛都亏不着{e}
S|p|dual|R1|{n}，双录那会儿念的“不保本”就是走个过场，您想想，我们行卖的东西啥时候不保本了？{e}
S|p|plain|R1+R3|{n}，保本的产品再加上我给你的返点，哪里找这种两头赚的买卖？{e}
S|p|trust|R5|{n}，非标产品的细节能在公司号上说吗？加我私人微信详聊不就全明白了{e}
S|p|plain|R4|{n}，您连验证码和密码都分不清，代客理财交给我，不比您自己乱点强多了吗？{e}
S|p|course|R5|{n}，课程群里人多嘴杂，加我个人号一对一带你，这难道不划算？{e}
S|p|elder|R3|{n}，您腿脚不方便还跑网点干嘛呢？钱转到我个人账户上，替您办了不就完了{e}
S|p|hotline|R5|{n}，热线天天占线，您打得通吗？我私人号给您，直接打给我多省事{e}
S|p|plain|R2|{n}，你说我要没内部消息，敢让你满仓吗？{d}之前肯定有动静{e}
S|p|sc|R4|{n}，你晓得我这个人噻，以后买卖都由我帮你操作，啥时候让你亏过嘛？{e}
S|p|pension|R1|{n}，阿姨退休金放银行才几个点？这个养老理财稳赚，给老人家多挣点药费不好吗？{e}
S|p|rural|R1|{n}，俺在这村里干了八年助农点，谁家的钱亏过？这个保收益，放心搁这儿{e}
S|g|trust|R1|{h}各位家族客户，同样的钱，一边是保本的集合信托，一边是天天跌的股票，这还用选吗？{e}
S|p|ne|R3|{n}，就差那几百块手续费，飞单走我这儿不香吗？公司那边我兜着{e}
S|p|plain|R1|{n}，不是不保本，哪有不保本的道理？我们家这款本金就没少过，你放心{e}
S|g|course|R1|{h}今晚复盘三问：{nl}1.这周组合跌过吗？{nl}2.哪位同学亏过？{nl}3.跟着导师是不是稳赚？答案大家心里都有数{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
S|p|trust|R1|{n}，非标就不会亏？信托早就打破刚兑了，哪还有保本这回事，合同第七条写着呢{e}
S|p|trust|R1|{n}，谁跟您讲集合信托稳赚的？这几年出风险的项目还少吗，您得看底层资产{e}
C|p|trust|R1|{m}，这个地产信托到底保不保本？我家里人都在问{e}
S|p|bot|R1|{h}【智能客服】您问是否保本？本产品属于非保本浮动收益型，过往业绩不预示未来表现。如需人工请回复“人工”{e}
S|p|bot|R4|【转人工】{n}您好，您问我能不能帮你操作买卖？客服哪有这个权限呢，交易只能您本人在app里确认{e}
C|p|bot|R5|人工客服在吗？{m}是你吗？能不能给个私人微信，机器人老是答非所问{e}
S|p|rural|R3|{n}，俺这助农点哪能收私下转账？每一笔都得过机具打小票，不打票的钱俺不敢碰{e}
C|p|rural|R1|{m}，村里人都说把钱存到那个啥产品里稳赚，真有这么好的事？{e}
S|g|course|R2|{h}同学们问我有没有内部消息——真有的话，我还用得着开训练营讲课？咱们只学方法，不荐股{e}
S|p|course|R1|{n}，学完就能包赚？那我这课卖九千九不是亏大了，财商课教的是认知，不是发财秘籍{e}
S|p|pension|R1|{n}，您父母那份养老钱，谁敢说零风险？个人养老金里的基金也会波动，我给您看历史回撤{e}
C|p|pension|R1|{m}，我爸问个人养老金账户里的东西是保本的不？他只接受存款那种{e}
S|p|hotline|R1|您好，直销热线为您服务。{n}，您问有没有保收益的基金？没有哪家基金公司能这么承诺，我们也不例外{e}
S|p|hotline|R3|{n}，您问直销费率打折以后能不能再返佣？直销渠道哪有返佣一说，费率都在官网公示{e}
S|p|sc|R1|稳赚？{n}，股市里头哪个敢拍胸口说这个话，我反正不敢，你也莫听别个吹{e}
C|p|sc|R2|{m}，楼下茶馆的老张说他晓得庄家啥时候进场，这个靠得住不嘛？{e}
S|p|ne|R4|你让我帮你操作？{n}，那可不好使，客户的单子哪能让员工下？被查出来我俩都吃不了兜着走，你自己点{e}
C|p|ne|R3|{m}，人家那家的经理都给返点，你们咋一点表示都没有呢？{e}
C|p|elder|R1|{v}{m}啊我那个存单到期了没有孙子说网上有保本的利习比你们高是不是真的啊{e}
S|p|fwd|R2|{n}，您转来的聊天记录里那个“老师”说有内部消息，真有的话他会告诉一个陌生人？这是典型的荐股骗局{e}
S|p|plain|R5|{n}，为什么非要私人号呢？企业微信这边记录清清楚楚，出了事您有据可查，对您更稳妥{e}
S|p|plain|R3|飞单？{n}，我这工作干了十来年，就靠这个工号吃饭，您觉得我会拿它开玩笑？不会的{e}
S|p|trust|R4|{n}，全权委托给我打理？信托计划有受托人，轮不到我个人替您做主，您看合同里的决策机制{e}
S|p|dual|R1|{h}双录问到“是否有人向您承诺保本”时，请客户如实作答。谁会替您保本？没有人，这一问就是为了确认这个{e}
S|p|minutes|R1|{h}【会议纪要】议题二：有客户问“理财还有零风险的吗”，统一口径为：没有，所有理财均有风险，须先做风险测评{e}
S|p|audit|R3|{h}【审计提示】抽查中有员工问“客户主动要返点能不能给”，答案显然是不能，已在整改清单中列示{e}
C|p|complaint|R1|{m}，我想问问，你们那个经理当初说保本，现在跌了百分之八，这也叫保本？{e}
S|p|faq|R1|{h}【常见问题】{nl}Q7 理财能做到零风险吗？{nl}A：不能。净值型产品的收益随市场变动，请以说明书为准{e}
S|p|plain|R2|{n}，哪来的庄家？这只票是沪深300成分股，几千亿市值，谁拉得动啊{e}
S|p|rural|R4|{n}，账户密码还能告诉俺？俺是代办点，只管取款打条，你那密码连你儿子都不能说{e}
C|p|course|R4|{m}，你们训练营说可以代客理财，是真的吗？我没时间学{e}
S|p|pension|R5|{n}，加私人微信？您母亲的事我都在这个号上处理，换了号反而说不清楚{e}
S|p|hotline|R2|{n}，基金经理哪会给客户递内幕消息？有也是违法的，热线这边只能给您公开披露的信息{e}
S|p|ne|R1|{n}，保本？这年头除了存款谁敢保本，你听谁在那瞎白话呢{e}
S|p|sc|R3|{n}，转到我个人卡上？那啷个要得，出了事你找哪个？钱只走公司账户{e}
S|p|elder|R3|{v}{n}，您问能不能把钱转到我个人卡上先存着？不行的阿姨，这个规矩不能破，您来网点办就好{e}
S|p|trust|R2|{n}，您听谁说这个项目有内部消息能提前兑付？兑付都按信托公司公告来，我手里没有任何小道消息{e}
C|p|fwd|R4|{m}，我把聊天记录转你看看，这个人要我的账户密码说帮我调仓，能给吗？{e}
S|p|plain|R1|{n}，不亏本就是保本吗？不一定，这款是净值型，扣掉费用跑输通胀也是有可能的{e}
S|p|bot|R3|{h}【智能客服】您是否在寻找“私下交易”相关内容？本平台所有交易均需在app内完成，不存在任何线下渠道{e}
S|p|plain|R1|{n}，包赚？您见过哪个行情软件敢给这两个字打包票的？我更不敢{e}
S|g|rural|R1|{h}乡亲们，明天村委会发的环保本子和布袋子，谁家还没领？领了的在群里说一声{e}
C|p|bot|R3|{m}，我点了客服头像，咋就转到我个人主页了？这app设计得也太乱了吧{e}
S|p|plain|R2|{n}，周一升旗谁负责把旗拉升到顶？又轮到我？行吧，那下午的合规培训您替我去听{e}
S|p|plain|R1+R4|{n}，把账户密码交给别人就能稳赚？天底下哪有这种事，密码和验证码谁要都别给{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|trust|R1|{n}，监管不许我们说刚兑、说保本，这话我只在这儿跟您讲一次：这单有城投担保，保本没问题{e}
S|p|trust|R3|{n}，公司明文禁止员工私下交易信托份额，不过转让这块我有门路，份额私下交易给下家，比挂平台快{e}
S|p|bot|R1|{h}【人工坐席】机器人那套话术是合规写的，不让提稳赚。咱私下说，这只货基加债基的组合就是稳赚{e}
S|p|rural|R3|{n}，上头三令五申不让助农点代收存款，可你家老人走不动，钱先转到我个人卡上，俺替你存{e}
S|p|rural|R1|{n}，信用社墙上贴着“不得承诺收益”，那是给城里人看的，咱这个理财保收益，跑不了{e}
S|g|course|R2|{h}训练营群规第三条：不得讨论个股。但今晚例外，导师拿到内部消息，九点直播间见{e}
S|p|course|R4|{n}，课程协议写明老师不代客理财，这是给外人看的。学员嘛，账户密码报过来，我替你跑一个月{e}
S|p|pension|R1|{n}，按规定养老理财不能说零风险，但咱们关起门来说，给您父母配这款就是零风险，利息{r}{e}
S|p|pension|R5|{n}，公司不让加客户私人微信，您是替老人办事，这个情况我破个例，加我私人微信吧{e}
S|p|hotline|R3|{n}，热线有录音，不能跟您谈返佣。您挂了以后打我手机，返佣的事单独说{e}
S|p|dual|R1|{n}，双录时我会问“是否有人承诺保本”，您就回答“没有”。录完了我再跟您说实话，这款其实是保本的{e}
S|p|dual|R4|{n}，双录规定员工不能碰客户手机，那等摄像头一关，手机递过来，剩下几步我帮你操作完{e}
S|p|sc|R3|{n}，规定是莫得私下转账这一说，不过你急的话，转给我嘛，下午帮你办巴适{e}
S|p|sc|R1|{n}，公司不准讲稳赚不赔，那我不讲，你自己看嘛，这只三年来一天都没亏过，稳赚不赔的{e}
S|p|ne|R2|{n}，合规三天两头发文不让传内部消息，我也知道。但这回不说憋得慌，{d}有大资金要拉升{e}
S|p|ne|R5|{n}，公司规定只能用这个号，我寻思那规定管不着下班时间，加我私人号，晚上唠{e}
S|p|fwd|R1|{n}，转你一段内部培训的聊天记录，上面写着“禁止承诺保本”。你就看个热闹，我跟你说句实在的：这款保本{e}
S|p|elder|R4|{v}{n}阿姨公司不让我们代客理财可您眼睛不好账户我来管代客理财这事您别跟人说{e}
S|p|trust|R5|{n}，制度上非标产品只能在公司渠道推介，我不方便在这说，加我个人号，我把预期收益表发您{e}
S|p|plain|R3|{n}，员工守则禁止飞单，但这单额度公司批不下来，走我朋友那边的飞单，利息还高两个点{e}
S|p|plain|R1|{n}，按要求我得说“不保证收益”。说完了，现在说人话：这个保证收益{r}，我签字都行{e}
S|p|minutes|R1|{h}【会议纪要】{nl}三、营销口径：对外不得承诺收益；{nl}四、对高净值老客户，可口头说明该产品保本保收益，不留书面材料{e}
S|p|audit|R3|【审计整改】已按要求停止私下收取手续费。另：{n}，你上次问的返点，照旧按月发你{e}
S|p|bot|R5|{h}【人工客服】系统规定不能留联系方式，不过看您挺着急，您加我私人微信，我下班也能回{e}
S|p|plain|R4|{n}，行里禁止全权委托，所以咱签的不叫全权委托协议，叫“投资顾问协议”，实质一样，你放心交给我{e}
S|p|pension|R3|{n}，按规矩开户不能给客户好处，但你帮我完成了个人养老金的指标，这个返佣我私下给你{e}
S|g|course|R1|{h}群公告写着“本群不承诺收益”，我得挂着。但课后我还是那句话：跟着训练营的组合，一年包赚{e}
S|p|hotline|R2|{n}，直销中心的电话是录音的，不能讲内部消息。你加我企业微信了，我就在这说：{d}庄家要动手了{e}
S|p|rural|R4|{n}，按说代办员不能碰存折密码，老汉你记性不好，账户密码写给我，我帮你操作取钱{e}
S|p|trust|R2|{n}，信托公司规定项目信息对外保密，不过您是老客户，透露点内部消息：融资方下月要拿到大额回款{e}
S|p|ne|R1|{n}，规章制度上不让说包赚，那是领导写的，我这嘴可没那么多讲究，这只包赚{e}
S|p|sc|R4|{n}，我晓得公司不准我们帮你操作，但你莫得时间嘛，密码发过来，我帮你操作，要得{e}
S|p|plain|R3+R5|{n}，公司不让私下转账、不让加私人号，这两条我都知道。所以你先加我私人号，私下转账的事咱慢慢聊{e}
S|p|dual|R3|{n}，双录里不能提手续费优惠，录完以后我再把返点的事跟您说，一个点，我私下转给您{e}
S|p|fwd|R2|[转发的聊天记录] 群主：本群禁止发荐股信息。——{n}，群主是这么说，我给你单独发，庄家的底牌我摸清了{e}
S|p|plain|R1|{n}，没有哪条规矩不让我说零风险的——哦，有是有，但那条管的是新人，我这单就是零风险{e}
S|p|pension|R4|{n}，规定上我们不能替客户做决定，可您父母年纪大了，不如全权委托给我，每月给您报一次账{e}
S|p|elder|R1|{v}叔行里说不让讲保本我就跟你讲一句这个到期一分都不会少保本的保本的{e}
S|g|ne|R3|{h}老铁们，公司今年严打飞单，我也不顶风作案，就给群里几个老客户开个小灶，飞单利息高一截{e}
S|p|plain|R5|{n}，虽然合规手册第十条写着不许用私人微信联系客户，但你那笔钱不方便在这聊，换私人微信吧{e}
S|g|course|R1|{h}【入营须知】{nl}1.禁止在群内发广告{nl}2.禁止私自拉群{nl}3.本营实盘组合保本，放心跟投{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|dual|R1|{h}【双录要点】{nl}1.产品风险等级须与客户匹配{nl}2.不得使用“保本”“稳赚”等字样{nl}3.客户须亲笔抄录风险揭示语{e}
S|g|dual|R4+R5|{h}【双录检查清单】☐ 是否出示工作证 ☐ 是否提示不得全权委托 ☐ 是否告知只通过企业微信联系、不加私人微信{e}
S|p|dual|R3|{n}，录像前再跟您确认：我们不收任何返点，也不会让您把钱转到我个人账户，有人这么说请直接拒绝{e}
S|g|minutes|R2|{h}【会议纪要】一、晨会学习《员工行为守则》：严禁打探、传播内部消息；二、下周二前完成合规考试{e}
S|g|audit|R3|{h}【内审发现】个别网点存在员工代收现金现象，虽未发现飞单，但须立即整改：一律不得经手客户资金{e}
S|p|trust|R1|{n}，资管新规之后，信托公司不得承诺保本，这是硬杠杠，我不能在任何材料上写这两个字{e}
S|p|trust|R4|{n}，按照信托法，受托人管理财产有严格规矩，我作为理财经理无权接受您的全权委托，请理解{e}
S|p|bot|R4|{h}【智能客服】安全须知：账户密码只应由您本人掌握，平台任何岗位都无权过问，若有人打听请立即挂断并反馈{e}
S|p|bot|R5|{h}【智能客服】根据平台规则，客服人员不得添加客户私人微信，如需跟进请在app内留言{e}
S|p|rural|R3|{n}，助农点有规矩，俺只能刷卡取现、打小票，私下转账一分都不接，这是行里定的{e}
S|g|rural|R1|{h}各位乡亲注意，信用社通知：任何人说“存这个稳赚”“零风险高息”的都不能信，正规存款利率都贴在墙上{e}
S|g|course|R2|{h}【训练营群规】①禁止分享个股 ②禁止散布内部消息 ③禁止私下拉人 违者移出群聊{e}
S|p|course|R4|{n}，我们是教课的，不做代客理财，也不会让你把账户交给谁，课程协议第四条写得很清楚{e}
S|p|pension|R1|{n}，个人养老金账户能买的产品都有风险等级，监管不允许任何人说它保本，存款类除外{e}
S|p|hotline|R1|{h}您好，这里是基金直销中心。按规定坐席不得对任何产品做保收益的表述，产品详情请以招募说明书为准{e}
S|p|hotline|R3|{n}，直销渠道的费率全部公开，员工不得私下给客户返佣，您要是收到类似承诺请拨打投诉热线{e}
S|p|sc|R5|{n}，公司规定私人微信一律不准加，我也莫得办法，有啥子事就在这儿说嘛，我都看得到{e}
S|p|ne|R4|{n}，这个真不能整，公司规定账户密码只有本人能知道，谁问都是骗子，包括我{e}
S|g|faq|R1|{h}【FAQ】Q：客户经理可以承诺零风险吗？A：不可以。凡承诺零风险、保证收益的，请向我司举报{e}
S|g|faq|R3|{h}【FAQ】Q：可以把钱转给客户经理代为购买吗？A：不可以。我司不接受私下转账，所有款项请汇入募集账户{e}
S|p|minutes|R1|{h}【会议纪要】合规部提醒：海报和朋友圈文案中出现“稳赚不赔”“保本”字样的一律撤下，本周五前自查完毕{e}
S|g|audit|R5|{h}【内审通报】抽查企业微信发现，有员工引导客户添加私人号，已约谈。重申：不得使用个人号对客{e}
S|p|plain|R3|{n}，公司开会又强调了，飞单查到一次就是开除。您那笔钱只会进公司的产品，这点我保证{e}
S|g|plain|R1+R2+R3|{h}【考试答案】{nl}第5题：以下哪些属于违规？A.承诺保本 B.传播内幕消息 C.收取返佣 D.如实揭示风险{nl}答案：ABC{e}
S|g|plain|R4|{h}【合规测试题答案】判断题：经客户口头同意，员工可以代客理财。答案：错。任何情况下均不得代客理财{e}
S|g|plain|R5|{h}【考试解析】单选第8题，员工可以用私人号对客沟通吗？正确答案C：不可以，须使用企业微信{e}
C|p|plain|R3|{m}，你们公司是不是不让员工收返点？上次那个经理死活不要我给的红包{e}
C|p|elder|R1|{v}{m}你们墙上写的不准讲保本是啥意思呀那我这个钱到底会不会少{e}
C|p|elder|R4|{v}{m}你们那个规定说员工不能帮你操作那我不会用手机咋办能派人来教我吗{e}
S|p|elder|R4|{n}，阿姨，按规定我不能帮你操作手机银行，我周六上门教您，您自己点确认{e}
S|p|trust|R2|{n}，信托项目的尽调信息属于保密范围，我们被要求不得以内部消息的名义向客户透露，您看公开披露报告就行{e}
S|p|pension|R5|{n}，公司规定不能加私人号，老人家的资料我都在系统里登记好了，有事打客服或者在这里找我{e}
S|p|ne|R1|{n}，规定写得明明白白，不让说稳赚，我也不打算说，因为这玩意本来就不稳赚{e}
S|p|sc|R3|{n}，公司不准我们私下交易，这条我守了八年了，莫得例外，你那个转让的事找平台嘛{e}
S|p|fwd|R1|{n}，你转来的那段聊天记录我看了，我们公司明确规定不得承诺保本，那个人不是我们员工{e}
S|p|hotline|R4|{n}，热线坐席没有交易权限，也不允许帮你操作账户，申购赎回得您本人通过app或官网完成{e}
S|g|minutes|R4|{h}【周会纪要】3.重申：严禁全权委托、代客下单；4.客户资料一律存放于系统，不得外传{e}
S|p|bot|R2|{h}【智能客服】抱歉，根据规定我无法提供“内部消息”或个股预测，您可以查看资讯频道的公开研报{e}
S|p|plain|R1|{n}，我们这不允许说包赚，不是我不想说，是这种话本身就不成立，您看产品说明书的风险揭示{e}
S|p|rural|R2|{n}，前两天有人来村里说带着内部消息炒股，俺们这助农点有规定，不许帮人宣传这种东西{e}
S|p|plain|R1|{n}，不是不让讲保收益，是根本就不存在保收益这回事，规定只是把实话写下来{e}
S|p|plain|R3|{n}，班车往返点在支行后门，规定不许停正门口，您下车后走两步就到{e}
S|p|trust|R1|{n}，这个结构叫“质押担保收益权转让”，监管规定不能把它包装成存款，您看懂结构再签{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|trust|R1|{n}，现在外面那些小私募打着信托旗号卖假保本，您一定要擦亮眼睛。要买就买我们这期，真保本，有担保{e}
S|p|trust|R2|{n}，别信网上那些“内部消息”，都是散户编的。我这边的内部消息直接来自融资方财务总监，{d}给您细说{e}
S|g|rural|R3|{h}乡亲们别把钱给外村来的那些贩子，会被骗。存钱的事找俺，转到我个人卡上，俺统一给你们存{e}
S|p|rural|R1|{n}，那个上门卖养老项目的是骗子，你可别上当，他说的保本都是假的。俺这个才是正经保本的{e}
S|p|bot|R5|{h}【人工客服】提醒您警惕冒充客服的陌生号码。为防上当，您以后直接加我私人微信，遇事先找我{e}
S|g|course|R2|同学们，外面那些荐股老师都是割韭菜的，别信他们的庄家消息。咱训练营高级班才有真正的庄家动向，{d}开课{e}
S|p|course|R1|{n}，很多理财课说学完包赚都是骗人的，但我们的实盘营不一样，跟着老师操作，包赚{e}
S|p|pension|R4|{n}，老人家最怕被骗子套账户密码。干脆把账户密码放我这，我帮你操作着，骗子就无从下手了{e}
S|p|pension|R1|{n}，网上那些“高息养老”都是坑，您千万别让爸妈碰。要稳就选我们这款养老理财，零风险，利息{r}{e}
S|p|hotline|R3|{n}，我们热线经常提醒客户，不要相信第三方说的返佣。不过您在直销这边买的，月底我个人返佣给您{e}
S|p|sc|R3|{n}，你莫信外面那些说私下交易便宜的人，那些都是骗子。你要私下交易，找我嘛，我门儿清{e}
S|p|ne|R4|{n}，最近骗子老多了，专门忽悠人全权委托。你要信得过，全权委托给我，我给你盯着，咋样{e}
S|p|ne|R1|{n}，你可长点心吧，外头那些说稳赚不赔的，十个有九个是骗你的，我这个不一样，真稳赚不赔{e}
S|p|fwd|R5|{n}，聊天记录里那个冒充我的号要你转钱，千万别理。真正的我在这里——私人号也发给你，以后认准私人号{e}
S|p|elder|R3|{v}阿姨现在骗子太多了你别给陌生人转钱啊要转就转到我个人卡上我帮你看着{e}
S|p|dual|R1|{n}，我们双录就是为了防止有人乱承诺保本，这个流程很严格。不过说真的，这款录完了也还是保本的，您放心{e}
S|g|minutes|R3|{h}【会议纪要】通报：二支行有员工飞单被查。会后补充（仅限组内）：老客户急需的，继续走我们组的渠道，飞单利息照发{e}
S|p|audit|R3|{n}，内审刚查出隔壁网点收客户返点，搞得人心惶惶。你放心，我给你的返点走现金，查不到{e}
S|p|complaint|R1|{n}，您投诉的那个员工承诺保收益确实不对，我们已经处理了。您放心，这次我给您推荐的这款是真的保收益{e}
S|p|faq|R1|{h}【FAQ】问：市面上说零风险的产品可信吗？答：大多不可信。唯一例外是本公司的“安盈宝”，真正零风险{e}
S|p|plain|R2|{n}，小心那些在群里晒截图说有内部消息的，多半是托。真要跟，就跟我，我这条内部消息错不了{e}
S|p|plain|R5|{n}，现在企业微信上骗子也多，冒充员工的多了去了。保险起见咱加私人微信，这样你知道找的是我本人{e}
S|p|trust|R4|{n}，那些第三方财富公司说能代客理财的都不合规，风险很大。我们是持牌机构，我替您代客理财，省心{e}
S|g|rural|R2|{h}大伙注意，最近有人在村口推销股票说是庄家带飞，那是骗人的。真想炒，俺表哥在券商，有内部消息{e}
S|p|bot|R1|{h}【人工客服】您看到的“保本理财”广告是仿冒我们的，请不要点击。正版在app首页，那款才是真正保本的{e}
S|p|course|R5|{n}，群里有冒充助教的，让加私人号的别加。加我个人号就没问题，我给你发正版资料{e}
S|p|pension|R3|{n}，骗子最爱让老人私下转账，您千万盯紧。下个月的养老理财认购，您把款私下转账过来就行，由我经手最安全{e}
S|p|hotline|R1|{n}，外面代销渠道乱讲收益，您别听。直销这边给您说实在的：这只纯债基金今年保证收益{r}{e}
S|p|sc|R1|{n}，你屋头亲戚买的那个P2P肯定要遭，零风险都是吹的。我这个不一样，真的零风险，你信我嘛{e}
S|p|ne|R2|{n}，网上那些说庄家拉升的消息你别瞎信，都是忽悠。咱有正经门路，{d}那只票的庄家我认识{e}
S|p|fwd|R4|{n}，你转的聊天记录里那人要账户密码，一看就是骗子。账户以后就由我帮你操作，谁也骗不走{e}
S|p|elder|R1|{v}叔外面的保健品讲座讲保本保息的都是骗子你别去我们这个才是真保本{e}
S|g|plain|R1+R3|{h}防骗提醒：外面承诺稳赚的都别信。本群老客户认准我，稳赚的产品加每单返点，只此一家{e}
S|p|trust|R3|{n}，外面很多三方公司靠返佣拉客，羊毛出在羊身上。我们不一样——我把我自己的返佣让一半给您{e}
S|p|dual|R5|{n}，双录的时候会提示您“不要添加员工私人微信”，那是防冒充的，您加我私人微信没事，录完就加{e}
S|p|plain|R3|{n}，我已经向公司举报了那个假冒我的骗子账号。以后打款别信别人，钱就转到我个人账户上，认准这一条{e}
S|p|pension|R2|{n}，现在好多骗子冒充基金经理发内部消息，您爸千万别信。我这有真正的内部消息，下次带您爸来网点聊{e}
S|g|course|R4|{h}训练营公告：谨防冒充导师的代客理财骗局！报名VIP的同学由导师本人代客理财，资金安全有保障{e}
S|p|hotline|R5|{n}，热线这几天被冒充得厉害，您要是不放心，加我私人号，我私人号上核实身份最靠谱{e}
S|p|rural|R4|{n}，上次有人冒充信用社要你家账户密码，幸亏你没给。以后你那卡放俺这儿，密码告诉俺，俺帮你操作取钱{e}
S|g|pension|R1|【防骗三要点】{nl}1.陌生电话不接{nl}2.上门推销不听{nl}3.要买养老理财就找我，保本还有{r}{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|rural|R3|{h}乡亲们提个醒：最近有人冒充信用社的，说存款转到他账上有返点，这都是骗钱的，遇到就打110{e}
S|g|rural|R1|{h}俺们村有老人被拉去听“保本养老项目”讲座，还领鸡蛋，那是非法集资，大伙别去{e}
S|p|trust|R1|{n}，市面上有些冒充信托名义的私募小作坊，宣传“保本年化12%”，根本没有信托牌照，您别碰{e}
S|p|trust|R2|{n}，有人给您发的那份所谓项目内部消息，我核实过了，信托公司从没发过，是伪造的文件{e}
S|p|bot|R5|{h}【安全提示】近期有人冒充本平台客服，诱导用户添加私人微信办理“退费”，请勿相信{e}
S|p|bot|R4|{h}【智能客服】检测到您近期频繁更换登录设备，如有人以帮你操作为由索要验证码，请立即冻结账户{e}
S|g|course|R2|{h}同学们注意：最近有冒充训练营导师的账号私信大家推荐“庄家股”，导师从不私信荐股，请截图举报{e}
S|p|course|R1|{n}，你发来的那个“财商课包赚回学费”的广告不是我们的，我们的课程页面从来不写这种话{e}
S|p|pension|R1|{n}，最近有骗子打着“个人养老金专项保本”的旗号上门找老人，您跟叔叔阿姨说一声，来人一律不开门{e}
S|p|pension|R3|{n}，您父亲说有人让他把养老钱转到我个人账户，那不是我！我从没说过，已经报给公司安保了{e}
S|p|hotline|R3|{h}您好，直销中心提醒：近期出现冒充我司员工以“返佣”名义诱导转账的情况，请通过官网核实员工身份{e}
S|p|hotline|R4|{n}，收到您的来电记录，您说有人自称我们员工要全权委托管理您的账户，我们已登记并报警，请勿再联系对方{e}
S|g|dual|R1|{h}【双录抽检通报】本月抽检发现2例录音中员工口头表述“基本保本”，已退回重录并计入考核{e}
S|g|minutes|R3|{h}【会议纪要】通报：某网点客户经理飞单致客户损失，已移送司法；各网点本周内完成员工账户排查{e}
S|g|audit|R5|{h}【内审发现】在抽查的40个对客会话中，有3名员工提及私人微信，均已补充说明并纳入整改台账{e}
S|g|audit|R4|{h}【审计报告摘要】问题3：个别员工持有客户账户密码，存在代为操作风险；整改：立即收回并书面承诺{e}
C|p|complaint|R1|{m}，我要投诉：贵司员工去年向我父亲推销时口头承诺保本，现在亏了三成，请给个说法{e}
C|p|complaint|R3|{m}，这是我的投诉信：本人去年在贵行办理业务时，员工要求我把钱私下转账给他，说是走内部渠道，现已联系不上该员工{e}
S|p|complaint|R1|{n}，您的投诉信已收悉，关于员工承诺“稳赚”一事，公司已成立调查组，十个工作日内给您书面答复{e}
S|p|faq|R2|{h}【FAQ】Q：有人在群里说有庄家带我们炒股，靠谱吗？A：这是常见的荐股诈骗手法，请不要转账{e}
S|p|fwd|R1|{n}，你转来的聊天记录里那个“稳赚不赔”的理财群，我查了，是境外诈骗团伙，赶紧退群{e}
S|p|fwd|R4|{n}，聊天记录里那个人说能帮你操作账户翻倍，这种一般是先小赚后大骗，千万别给他验证码{e}
S|p|elder|R1|{n}，您语音里说的那个“宝本保息”的电话，就是保本诈骗，下次接到直接挂，我跟您儿子也说了{e}
C|p|elder|R2|{v}{m}啊有个人打电话说他有内部消息叫我买股票我没理他你说我做得对不对{e}
S|p|sc|R3|{n}，你莫信那个自称银行“王经理”的，他叫你私下交易买啥子内部额度，根本莫得这个东西{e}
S|g|ne|R5|{h}老铁们，有个跟我同名同头像的号到处加人，说是我的私人号，那是假冒的，群里的人别搭理，报给群主就完事{e}
S|p|ne|R1|{n}，你大舅说的那个什么“零风险养老公寓”投资，我查了，就是集资诈骗，贼坑人，赶紧劝住{e}
S|p|plain|R2|{n}，证监会通报的那起案子您看到了吧，就是操纵股价的庄家团伙，投资者损失惨重，引以为戒{e}
S|p|plain|R3|{n}，提个醒，有人冒用我们网点名义拉群，说下单后有返佣，我们已经在网点门口张贴了公告{e}
S|g|plain|R1+R2|{h}【反诈提示】{nl}①“保本高收益”{nl}②“内幕消息”{nl}以上是诈骗分子最常用的两个诱饵，各位见到请第一时间报警{e}
S|p|trust|R4|{n}，另外提醒一下，上周那个说能代客理财的第三方财富公司已经被立案了，您在那边没投钱吧{e}
S|p|course|R5|{n}，有人在训练营群里冒充助教，让大家加他私人号领资料，已经被我们移出群并报平台{e}
S|p|pension|R4|{n}，叔叔阿姨年纪大了，最容易被骗子要账户密码，我给他们的手机设了转账限额，您也跟他们讲讲{e}
S|p|hotline|R1|{n}，您在短视频上看到的“基金直销保本活动”不是我们发的，我们从未办过此类活动，已向平台投诉{e}
C|p|fwd|R3|{m}，我把我侄子跟人的聊天记录转给你，对方说可以飞单拿高息，这是不是骗人的？{e}
S|p|minutes|R2|{h}【会议纪要】近期市场流传某公司“内部消息”截图，经核实为伪造，对客沟通时请如实告知，不得转发{e}
S|g|rural|R4|{h}乡亲们，助农点的机器只有本人刷卡输密码才能取钱，谁要替你去取、要你账户密码的，都不是好人{e}
S|p|audit|R1|{h}【审计意见】营销宣传材料中“稳赚”类表述3处，已全部撤回并补做风险揭示，责任人已处理{e}
S|p|sc|R1|{n}，那个微信群天天喊“跟单稳赚”，你莫进，进去就是韭菜，我身边好几个都遭了{e}
S|p|plain|R3+R5|{n}，那个叫你加私人号、再把钱私下转账的人，冒用了我们公司名义，警方已经立案，您保存好记录{e}
S|p|elder|R2|{n}，您说电视购物里讲的那只“庄家股”，那是卖软件的广告，不是我们推荐的，千万别买{e}
S|g|plain|R1|{h}提醒一下，楼下摆摊卖面包赚零花的小朋友是物业组织的公益活动，不是推销，大家放心{e}
S|p|elder|R5|{n}，您说的“私人号脉”是中医馆的服务，跟我们行没关系，不过上门推销保健品的那种要小心{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|trust|R1|{n}，保本这话我本来死活不想说……您都追了三天了，行，我认了，这期就是保本的{e}
S|p|trust|R3|{n}，返点我一开始是拒绝的，您说别家都给，那我也不能让您吃亏，打款后返点一个点{e}
S|p|bot|R5|{h}【人工客服】按说不能给联系方式……您都打了五次电话了，唉，私人微信发您，别说是我给的{e}
S|p|rural|R3|{n}，不行不行，俺不能收你的钱……你这老腿确实走不了，那就转到我个人卡上，俺明天给你存{e}
S|p|rural|R4|{n}，密码俺本来不想知道的，你非要俺帮你操作，那账户密码念一遍吧，俺记着{e}
S|p|course|R2|{n}，你说想听内部消息，我说没有。你非要，那就给你透一句，{d}有资金要拉升那只，别外传{e}
S|p|course|R4|{n}，我跟你说了训练营不代客理财，但你这么信任我，那就破一次例，这个月的调仓我帮你操作{e}
S|p|pension|R1|{n}，我一直没跟您说零风险，是怕您觉得我夸大。既然您一定要个准话——零风险，放心给叔叔阿姨买{e}
S|p|pension|R5|{n}，阿姨要我私人微信，我拒了两回了，看她着急怪可怜的，行，私人微信给她，您也加上{e}
S|p|hotline|R3|{n}，热线上我不能答应您返佣，这是规矩。但您既然说不给就去别家，那返佣我个人出，月底转给您{e}
S|p|dual|R1|{n}，刚才录像里您让我说保本，我没答应，那是规定。现在关了机器，我给您交个底：这款保本{e}
S|p|sc|R4|{n}，不得行不得行……哎呀你莫哭嘛，那好，全权委托给我，我帮你打理，要得不{e}
S|p|sc|R3|{n}，私下交易我是真不想做，你说你只信我一个，那就这一回，私下交易，下不为例{e}
S|p|ne|R1|{n}，我寻思着不能跟你说稳赚，可你都这么问了，那我就撂句实话：稳赚，错不了{e}
S|p|ne|R2|{n}，内部消息这玩意我一般不往外唠，你都请我喝两回酒了，那告诉你：庄家{d}要进场{e}
S|p|elder|R3|{v}阿姨您别哭呀好好好我不让您跑网点了您就转到我个人卡上吧我替您办{e}
S|p|fwd|R3|{n}，你转来的聊天记录我看了，别家给一个点返佣，我本来不打算跟，算了，我给一个半点返佣{e}
S|p|trust|R4|{n}，全权委托按理说我得拒绝，可您常年在国外，我就替您代客理财吧，每个季度给您发个报告{e}
S|p|bot|R1|【人工客服】机器人说不能回答收益问题，我也不该说，但您问了三遍了，私下说一句，这只保证收益{r}{e}
S|p|pension|R4|{n}，我原则上不碰客户的账户密码，可您父母眼花，把账户密码给我，以后申赎我来{e}
S|p|hotline|R5|{n}，坐席不能留私人号，这是规定……您都说要投诉我不给面子了，行吧，加我个人号{e}
S|p|course|R1|{n}，我一直不敢说包赚，怕你说我忽悠。你非要我表态，那我表：跟着高级班，包赚{e}
S|p|rural|R1|{n}，俺一开始跟你说没有保收益的，后来一想你家情况，给你留了一个保收益的名额，{r}{e}
S|g|plain|R2|本来说好群里不聊个股的，大家既然都想听，那我破个例：内部消息，{d}有庄家准备拉升{e}
S|p|plain|R3|{n}，飞单这种事我一直拒绝的，你已经是第三次问了，好吧，这次走飞单，利率给你多算{e}
S|p|plain|R5|{n}，不加不加……唉，拗不过你，私人微信发你了，但别在群里说{e}
S|p|plain|R1|{n}，不是我不肯写保本，是怕你拿去到处说。你答应保密的话，我在备注里写上“保本”{e}
S|p|minutes|R1|【会议纪要】讨论：客户多次要求书面承诺收益，原则上应拒绝。结论：对{a}以上客户，可由理财经理口头承诺保收益{e}
S|p|trust|R2|{n}，项目方的内部消息我本不该透露，您都问到这份上了，说一句：融资方{d}有一笔大回款{e}
S|p|sc|R5|{n}，我说了莫得私人号，你硬是要……好嘛好嘛，私人号给你，莫跟别个讲{e}
S|p|ne|R4|{n}，不行就是不行……得了得了，看你急的，把账户密码报给我，这回帮你操作了，完事儿你改密码{e}
S|p|elder|R1|{v}叔不是我不说是怕您误会那我说了吧这个就是稳赚的您放心买{e}
S|p|hotline|R2|{n}，我们热线不提供个股信息……您一定要问的话，我私下讲，内部消息说那只票下周有人拉升{e}
S|p|pension|R3|{n}，一开始我说不收好处，您非说不收就是看不起人，那这样，开户返点一百，我收下{e}
S|p|dual|R4|{n}，双录的时候您要我帮你操作，我当然拒了。机器一停，您手机解个锁递我，我帮你操作两步就完事{e}
S|p|course|R5|{n}，私信不回是规矩，但你是老学员，加我个人号吧，别让其他同学知道{e}
S|p|fwd|R1|{n}，你转的那段聊天记录里我说过“不保证”，那是当着群里说的。私下跟你说：这只稳赚{e}
S|p|plain|R3+R5|{n}，本来这两件事我都不该答应，你坚持的话，先加我私人微信，钱私下转账给我{e}
S|p|rural|R2|{n}，你问俺有没有啥内部消息，俺说没有……其实俺侄子在县里的券商，他说庄家{d}要动{e}
S|p|trust|R1|{n}，不能说的话我真不想说，可您问了三遍，那我就说一遍：这个非标稳赚不赔{e}
S|p|plain|R4|{n}，你的三个要求我回复一下：{nl}1.返现——不行{nl}2.送礼——不行{nl}3.代客理财——本来也不行，你坚持的话，那就代客理财吧{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|trust|R1|{n}，您要我在认购书上手写“保本”两个字，这个我真写不了，写了也不作数，反而害了您{e}
S|p|trust|R3|{n}，您说打款时给我个人包个红包当返点，心意我领了，钱一分不能收，您别为难我{e}
S|p|bot|R4|【人工客服】{n}，我理解您着急，但我们没有权限帮你操作交易，请您按页面提示自己完成，我在线陪着您{e}
S|p|bot|R5|{h}【人工客服】不好意思，私人微信不方便提供，您后续有问题在app里找“我的-在线客服”就能联系到我们{e}
S|p|rural|R3|{n}，你这钱俺不能收，更不能转到我个人卡上，走信用社的机子，有小票有记录，才踏实{e}
S|p|rural|R4|{n}大爷，您的账户密码别念给俺听，俺捂着耳朵呢，您自己在键盘上按{e}
S|p|course|R2|{n}，你多交钱我也给不了什么内部消息，高级班讲的也都是公开资料分析，钱你自己留着{e}
S|p|course|R4|{n}，不行，训练营不接受学员把账户交给老师代客理财，学费退不退都一样，这个没得商量{e}
S|p|pension|R1|{n}，您想给老人买个保本的，我给不了这个承诺，能推荐的是储蓄国债和大额存单，您对比一下{e}
S|p|pension|R5|{n}，阿姨让我加她私人微信方便聊，我婉拒了，还是您或者她在这个号上找我，我一样及时回复{e}
S|p|hotline|R3|{n}，热线这边没有返佣，我不能为了留住您就编一个出来，费率就是官网那个{e}
S|p|hotline|R2|{n}，您问基金经理最近看好哪只票有没有内部消息，这个我真不能说，也不知道，只能给您季报{e}
S|p|dual|R1|{n}，您想让我在录像里说一句“保本”让您安心，不行的，这句话一说出口，这次双录就作废了{e}
S|p|sc|R4|{n}，你喊我帮你操作，这个我做不来，开个视频嘛，我一步一步教你按{e}
S|p|sc|R3|{n}，私下交易的事你莫再提了，说好多遍都一样，不做就是不做{e}
S|p|ne|R5|{n}，你这么说我心里挺热乎，但私人号真不能给，规矩在这摆着，咱就在这唠{e}
S|p|ne|R1|{n}，你非让我说句稳赚，我说不出口，说了是骗你，这事咱得实在{e}
S|p|elder|R3|{v}阿姨您别往我这转了刚才那笔我已经退回去了我这里不收私下转账的您去柜台办{e}
C|p|elder|R4|{v}{m}我不想把账户密码给别人我孙子说了谁要都不能给你教我自己弄{e}
S|p|fwd|R3|{n}，你转过来的聊天记录里，对方说给我返佣让我帮他走单，我已经回绝了，截图在这里{e}
S|p|plain|R2|{n}，庄家不庄家的我不掺和，您问的事我不回答，咱只聊资产配置{e}
S|p|plain|R1|{n}，您想要保收益的，我这儿拿不出来，硬塞一个给您就是坑您{e}
C|p|plain|R5|{m}，私人号就不用给我了，你们公司的号挺好用的{e}
C|p|plain|R3|{m}，返点我不要，那点钱不值得你犯错误{e}
S|p|trust|R4|{n}，全权委托这个要求我只能拒绝，哪怕您再加{a}也一样，信托计划的决策权不在我{e}
S|p|minutes|R3|{h}【会议纪要】客户李某多次要求员工私下交易其持有的信托份额，员工均已拒绝并报备，提出表扬{e}
S|p|audit|R5|{h}【审计访谈记录】员工陈述：客户多次要求加私人微信，本人均以制度为由拒绝，有会话记录为证{e}
S|p|complaint|R1|{n}，关于您信里提的“签字确认保本”，公司的答复是不能签，但您反映的销售过程问题，我们会调录音逐条核查{e}
S|p|faq|R4|{h}【FAQ】Q：客户经理能代客理财吗？A：不能，即使客户书面同意也不行，交易须由本人完成{e}
S|p|pension|R4|{n}，您说工作忙，想把父母的养老账户全权委托给我，我理解，但不能接，我可以每月做一份持仓报告给您{e}
S|p|hotline|R5|{n}，坐席不能留私人号，您下次来电报我的工号，系统会优先转接{e}
S|p|sc|R1|{n}，我晓得你就想听“零风险”三个字，但我不得说，说了对不起你{e}
S|p|ne|R3|{n}，你要往我卡里打钱，这可不行，飞单那种事我这辈子都不干，咱走公司{e}
S|g|course|R1|{h}训练营的同学私信我要个收益承诺，这里集中答复：保证收益这四个字，我说不出口，也没人能说{e}
S|p|plain|R4|{n}，您说把账户密码写纸条上给我，我不收，您收好，下次来网点我陪您改个好记的{e}
S|p|trust|R2|{n}，您再三追问融资方有没有内部消息，我能给的只有信托公司公开的季度管理报告，其他的真没有{e}
S|p|bot|R1|{h}【智能客服】很抱歉，我无法回答“哪只基金稳赚”这类问题，基金投资有风险，建议先完成风险测评{e}
S|p|rural|R1|{n}，你让俺说这钱存进去包赚，俺不能瞎说，利息多少墙上写着，俺照着念给你听{e}
S|p|elder|R5|{n}叔，你说语音里那个“私人位信”是私人微信吧，不行的叔，就在这里找我，我天天看{e}
S|p|plain|R3+R4|{n}，你说的两件事我回复一下：{nl}一、返点不收{nl}二、代客理财不做{nl}有问题随时来问，我帮你分析{e}
S|p|dual|R5|{n}，录完后您提出要加我私人微信，我当场拒绝了，这段也会留在双录记录里，您别介意{e}
S|p|pension|R2|{n}，您说周末想带老人去那个山庄家宴，我就不去了哈，周末得值班，祝叔叔阿姨玩得开心{e}
S|p|plain|R4|{n}，房子过户的全权委托书我不能帮您签，得您本人去公证处办{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|trust|R1|{n}，老客户常说“信托就是保本的”，这话放在我们这期上一点没错，放心打款{e}
S|p|trust|R2|{n}，您朋友说“这个项目有内部消息在撑着”，他说得对，融资方{d}就到账一笔大钱{e}
S|p|bot|R1|{h}【人工客服】刚才机器人回复的“稳健收益”，我给您翻译一下，其实就是稳赚，您大胆买{e}
S|p|rural|R3|{n}，你婶子说“在俺这儿存钱有返点”，没错，俺这个月还是给你返点，一百块{e}
S|p|rural|R1|{n}，村长在大会上讲的“这个理财包赚”，俺也这么说，包赚，你就跟着买{e}
S|g|course|R1|{h}学员反馈：“跟着导师的组合一年稳赚”，这句评价我们收下了，也敢认，就是稳赚{e}
S|p|course|R4|{n}，你说“干脆让老师全权委托管着”，可以，报个私教班，全权委托给我{e}
S|p|pension|R1|{n}，您爸说“养老的钱就要零风险的”，对极了，我给您推荐的这款就是零风险，{d}前来签{e}
S|p|pension|R3|{n}，您同事说“那个经理开户给返佣”，说的就是我，老规矩，开个人养老金账户返佣两百{e}
S|p|hotline|R1|{n}，您说网上讲“直销买的基金保本”，是这样的，我们直销这只就是保本的，放心{e}
S|p|dual|R1|{n}，您刚才在录像外问“真的保本吗”，我重复一遍我的回答：保本，这句不进录像{e}
S|p|sc|R1|{n}，你表姐说“跟到小唐买稳赚不赔”，她说得没错，我就是这个意思{e}
S|p|sc|R4|{n}，你说“账户交给你我放心”，要得，那往后申赎都是我帮你操作，你只管收短信{e}
S|p|ne|R2|{n}，你哥们说“老童有内部消息”，那说的就是我，这回庄家{d}要拉升，信我没错{e}
S|p|ne|R5|{n}，你那天讲“私下联系更方便”，我一琢磨确实是，我私人号给你，下班也能唠{e}
S|p|elder|R3|{v}{n}阿姨您说的对钱转到我个人账上最方便就这么办您转吧{e}
S|p|fwd|R1|{n}，我把上个月的聊天记录翻出来了，白纸黑字“到期保本”四个字是我打的，放到现在我也照认，这款保本{e}
S|p|minutes|R3|{h}【会议纪要】{nl}一、王行长强调“老客户的返点要到位”{nl}二、各组照此执行，返点从营销费用列支{e}
S|p|audit|R3|{n}，审计那边问我是不是说过“可以私下交易”，我说是，本来就可以，你放心跟我私下交易{e}
S|p|complaint|R1|{n}，您信里说我当初讲“保证收益{r}”，我不否认，现在也一样，年底一定兑现保证收益{e}
S|p|faq|R1|{h}【FAQ】Q：听说“这款产品零风险”是真的吗？A：是真的，本产品零风险，请放心购买{e}
S|p|plain|R2|{n}，研报里那句“主力资金正在拉升”，我再补一句内部消息：{d}还有一波{e}
S|p|plain|R3|{n}，你说“不走公司账户能便宜点”，没错，转到我个人账户，手续费全免{e}
S|p|plain|R5|{n}，你那天说“以后就私人微信联系吧”，我同意，私人微信已经通过了，以后找我就在那{e}
S|p|trust|R4|{n}，您说“我信你，钱你看着办”，好，那就全权委托给我，签个授权书{e}
S|p|bot|R5|{h}【人工客服】您说“人工客服太难找了”，确实，所以您直接加我个人号，以后不用排队{e}
S|g|rural|R2|{h}俺们群里老王说“城里庄家要炒咱这的农业股”，这话是真的，俺侄子也说了，早买早得{e}
S|g|course|R2|{h}评论区有同学说“导师的内部消息从来没失手”，没错，下期的内部消息今晚八点发{e}
S|p|pension|R4|{n}，您妈妈说“你们年轻人帮我弄”，那我就帮你操作吧，账户密码给我一份{e}
S|p|hotline|R3|{n}，您说“别家给返点你们也得给”，好，我们给，返点按认购金额一个点{e}
S|p|sc|R2|{n}，茶馆里那些人讲“这只票背后有庄家”，我看也像，{d}就要拉升了，赶紧上{e}
S|p|ne|R3|{n}，你媳妇说“走飞单省事”，这话在理，就走飞单，手续我来{e}
S|p|elder|R1|{n}叔，您孙子问的“是不是保本的”，您转告他：是，保本，我拿工作担保{e}
S|p|trust|R1+R2|{n}，圈里人说“有内部消息的信托稳赚”，这话我认，咱这期两样都占{e}
S|p|dual|R5|{n}，录像里您说“不会加员工私人微信”，那是流程话术，录完您照样可以加我私人微信{e}
S|p|plain|R1|{n}，前天那条写的“可能亏损”作废，我重新说：保本，到期本金全回来{e}
S|g|plain|R3|{h}大家上次说“转账走私下最划算”，我觉得挺好，以后都私下转账给我，我统一处理{e}
S|p|fwd|R4|{n}，聊天记录里你写的“账户交你打理”，我收到了，那就代客理财，从{d}开始{e}
S|p|pension|R1|{n}，朋友圈那句“给爸妈买养老理财，稳赚才是孝顺”是我写的，我到现在还这么说{e}
S|p|complaint|R3|{n}，您投诉说我讲过“私下转账能优惠”，我认，这话没错，您继续私下转账，我给您优惠{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|trust|R1|{n}，您转述的“信托就是保本的”是十年前的说法了，现在早不适用，刚兑已经打破{e}
S|p|trust|R2|{n}，那位财务总监说的“我们有内部消息”，我核实后发现没有依据，建议您不要当真{e}
S|p|bot|R1|{h}【智能客服】您输入的“稳赚不赔的基金推荐”暂无匹配结果。温馨提示：任何基金都可能亏损{e}
S|p|bot|R4|{h}【人工客服】您反馈对方讲“你把账户密码报过来，我帮你操作”，该人并非我司员工，已为您登记举报{e}
S|p|rural|R1|{n}，你说集上那人讲“存他那儿包赚”，俺跟你讲，包赚的都是骗人的，你可别信{e}
S|p|rural|R3|{n}，村里有人传“助农点能帮着飞单拿高息”，这是瞎说，俺这儿只能取款查余额{e}
S|g|course|R1|{h}有学员在群里转“导师说跟着买稳赚”，我们核对了直播回放，导师原话是“没有稳赚”，请勿断章取义{e}
S|p|course|R4|{n}，你朋友说“训练营可以代客理财”，那是他记错了，我们只讲课，不碰学员的钱{e}
S|p|pension|R1|{n}，您父亲听到的“个人养老金保本”，准确说是其中的储蓄类产品保本，基金类不保本，我列个表给您{e}
S|p|pension|R5|{n}，阿姨说我讲过“加我私人微信”，应该是误会，我说的是加企业微信，截图在这里{e}
S|p|hotline|R3|{n}，您说有坐席讲过“直销也有返佣”，我们调了录音，没有这句话，是不是别的渠道的人？{e}
S|p|dual|R1|{h}【双录复核】客户在录像中说“他跟我说过保本”，经回看前后语境，客户指的是另一家机构，已标注说明{e}
S|p|sc|R2|{n}，你说那个人讲“庄家下个礼拜要拉”，我给你讲，这种话听了就算了，莫当真{e}
S|p|ne|R4|{n}，你二姨讲的“钱全权委托给经理，自己啥都不用管”，那可不对，钱的事得自己拿主意{e}
S|p|elder|R1|{n}，您语音里说我讲的是“稳赚”，我说的其实是“稳健”，语音转文字转错了，这款有风险的{e}
C|p|elder|R3|{v}{m}我听隔壁说把钱转到我个人什么的就有利息是你们的人说的吗{e}
S|p|fwd|R5|{n}，你转来的聊天记录里那句“添加私人号，领内购额度”，发消息的号不属于我们员工，请别加{e}
S|g|minutes|R1|{h}【会议纪要】{nl}1.会上有人提议海报用“零风险”字样吸引客户{nl}2.合规部当场否决，理由是违反宣传规定{e}
S|p|audit|R3|{h}【审计底稿摘录】员工访谈中提到“客户经理私下转账很普遍”，经核查为个别现象，已移交纪检{e}
C|p|complaint|R1|{m}，你们的广告里明明写着“保收益”，现在又说不保，请给我一个解释{e}
S|p|complaint|R2|{n}，您信中引用员工说的“我有内部消息”，我们已调取聊天记录并约谈，确有此事，会依规处理{e}
S|p|faq|R3|{h}【FAQ】网传“客户经理可以私下交易份额”是否属实？不属实，所有份额转让须经信托公司登记{e}
S|p|plain|R1|{n}，我上条说“这款保本”是打错了，正确的是“这款不保本”，非常抱歉，以这条为准{e}
S|p|plain|R3|{n}，你听谁说的“返佣能拿三成”？没有这回事，我们的费率表一目了然{e}
S|p|plain|R5|{n}，客服说的“有事找员工私人微信”，是他口误，正确说法是找企业微信，已经更正了{e}
S|p|trust|R4|{n}，协议草稿里那句“委托人全权委托理财经理决策”，合规审核时已经删除，签的版本里没有{e}
C|p|fwd|R2|{m}，我转个聊天记录给你，那个人说“内部消息，明天必涨”，我不太信，你帮我看看{e}
S|g|course|R3|{h}【训练营公告】有同学截图“助教可以私下转账退费”，该说法不实，退费只走平台原路返回{e}
S|p|pension|R4|{n}，您转述的“经理说可以帮你操作赎回”，我问了同事，他说的是教您操作，不是替您操作{e}
S|p|sc|R1|{n}，你说我讲过“稳赚不赔”，冤枉哦，我说的是“莫想稳赚不赔”，前面还有两个字{e}
S|p|ne|R3|{n}，你说那个人讲“飞单利息高”，那都是忽悠，利息高是因为根本还不上{e}
S|p|hotline|R1|{n}，录音里我说的是“本产品不保证收益”，不是“保证收益”，您可以申请调听{e}
S|p|bot|R2|{h}【智能客服】已识别到您发送的图片包含“庄家带单”字样，此类内容可能涉及诈骗，请谨慎对待{e}
S|g|plain|R1+R5|{h}上周群里有人发“零风险，加私人微信领”，已确认为冒充账号，大家别理{e}
S|p|audit|R1|{h}【审计发现】宣传册第6页“稳赚”一词属违规表述，已在再版时改为“稳健”{e}
S|p|dual|R4|{n}，您在录像里说的那句“我全权委托他”，需要更正为“我自主决策”，否则这次双录不合格，麻烦重录{e}
S|p|elder|R5|{v}{n}叔您说我给过您私人号那个是网点座机不是私人号您记混了{e}
S|p|rural|R2|{n}，你说听人讲“村庄家家户户都买了那个股”，你别跟风，那是人家瞎传的{e}
S|p|plain|R3|{n}，同事转给我的群聊里有人说“转到我个人卡可以免手续费”，那是冒充的，我们已经报警{e}
S|p|trust|R1|{n}，您转来那篇公众号文章标题叫《稳赚的信托时代结束了》，这个判断我认同，现在得看底层资产{e}
S|p|course|R3|{n}，孩子说的“飞单词”是个背单词的app，跟我们的课没关系，不用付费{e}
S|p|minutes|R2|{h}【会议纪要】“内部消息推送”模块下周上线，指OA里的通知提醒，请勿与对客话术混淆{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|trust|R6|{m}，认购书上受益人身份证号是{ID:plain}，您帮我核一下{e}
S|p|trust|R6|{n}，信托合同的收款账户我再念一遍：{CARD:sp}，户名是您本人{e}
C|p|bot|R6|人工客服，我的手机号{MOB:plain}收不到验证码，麻烦查一下{e}
S|p|bot|R6|【人工客服】{n}，您刚报的绑定手机是{MOB:sp1}，已为您重发短信{e}
C|p|rural|R6|{m}，俺家娃的卡号是{CARD:cn}，村里补贴打到这张卡{e}
C|p|rural|R6|{m}，俺身份证号{ID:sp}，取款点的机子说要登记{e}
S|p|rural|R6|{n}，你让俺帮你记的手机号：{MOB:mix}，俺写本子上了{e}
C|p|course|R6|{m}，训练营报名表里手机号填{MOB:dash}，发票也发到这个号{e}
C|p|pension|R6|{m}，给我妈开个人养老金，她的身份证是{ID:dx}，用大写写的怕看错{e}
C|p|pension|R6|{m}，我爸的养老金卡号{CARD:dash}，以后收益打到这张{e}
S|p|hotline|R6|您好，直销中心回访：{n}，您登记的联系电话{MOB:dot}，请问是否本人使用？{e}
C|p|hotline|R6|{m}，直销账户下面绑的卡是{CARD:comma}，我想换一张{e}
S|p|dual|R6|【双录信息核对】客户证件号码：{ID:sp}，联系方式见系统，请复核{e}
C|p|sc|R6|{m}，我电话是{MOB:cn}，你打过来嘛，我随时都在{e}
C|p|sc|R6|{m}，帮我家老汉登记一下嘛，他的身份证{ID:mix}，他耳朵背，有事给我说{e}
C|p|ne|R6|{m}，号码给你：{MOB:fw}，晚上七点以后打，白天在车间听不着{e}
C|p|ne|R6|{m}，卡号是{CARD:sp1}，咋整都行，快点给我办了{e}
C|p|elder|R6|（语音转文字）{m}啊我的电话是{MOB:cn}你记下我眼睛不好看不清{e}
C|p|elder|R6|（语音转文字）{m}我那个卡号是{CARD:cn}对不对你帮我看看{e}
C|p|fwd|R6|{m}，我把我哥的聊天记录转你了，他身份证号{ID:plain}，帮他也开个户{e}
S|p|minutes|R6|【会议纪要】待办：联系客户核实新手机{MOB:plain}，由{k}负责{e}
S|p|audit|R6|【审计抽样】样本客户身份证号{ID:dash}，资料缺失影像件，请补扫{e}
C|p|complaint|R6|投诉人联系方式：手机{MOB:sp}，身份证号{ID:plain}，请尽快回复{e}
S|p|faq|R6|{n}，您按FAQ填的银行卡号{CARD:plain}已通过校验，可以进行下一步{e}
C|p|plain|R6|{m}，换卡了，新卡{CARD:fw}，原来那张注销了{e}
C|p|plain|R6|{m}，我爱人手机号{MOB:comma}，她下午去网点找你{e}
S|p|plain|R6|{n}，您核对一下预留信息：身份证{ID:fw}，没问题我就提交了{e}
C|p|trust|R6|{m}，我人在新加坡，回国后用这个号：{MOB:dx}，平时留言就好{e}
C|p|bot|R6|转人工！我卡号{CARD:mix}，扣款失败了，为什么{e}
S|p|pension|R6|{n}，您父亲的手机号{MOB:plain}我已登记为紧急联系人{e}
C|p|course|R6|{m}，退费打到这张卡：{CARD:dot}，户名写我妈的名字{e}
C|p|rural|R6|{m}，俺闺女的电话{MOB:sp}，她在城里，有事你找她{e}
C|p|hotline|R6|{m}，身份证{ID:sp1}，我想查下直销账户的持仓{e}
S|p|sc|R6|{n}，我把你的卡号再念一遍：{CARD:dx}，没得错嘛？{e}
C|p|ne|R6|{m}，表格上那栏我整不明白，身份证号{ID:cn}，瞅一眼填对了没{e}
C|p|elder|R6|（语音转文字）{m}我儿子的手机号码是{MOB:mix}有事找他{e}
S|p|dual|R6|{n}，双录前需核对您的银行卡{CARD:plain}与合同是否一致，请您确认{e}
C|p|fwd|R6|{m}，聊天记录里那个手机号{MOB:plain}是我老公的，你存下{e}
C|p|plain|R6|{m}，证件和电话都发你：身份证{ID:plain}；手机{MOB:plain}{e}
C|p|pension|R6|{m}，我妈的身份证{ID:fw}，手机{MOB:fw}，都用全角打的{e}
"""

TEMPLATES["numbers", "near"] = r"""
S|p|trust|R6|{n}，您的信托合同编号{TRUSTNO}，纸质版已寄出{e}
S|p|trust|R6|{n}，本期认购金额{AMT}元已到账，成立日{DATE}{e}
S|p|bot|R6|【智能客服】您的服务工单{WORKORDER}已受理，处理结果将推送至app消息中心{e}
S|p|bot|R6|【智能客服】验证码{OTP}仅用于本人登录，客服不会向您索要{e}
C|p|bot|R6|人工！我手机号{MASKMOB}收不到验证码，是不是号码绑错了{e}
S|p|rural|R6|{n}，助农点终端号{AGENTNO}，今天取了{SMALLAMT}元，小票收好{e}
C|p|rural|R6|{m}，俺记得俺身份证是{BADID:cn}，那机子咋老说不对{e}
S|p|rural|R6|{n}，信用社联行号{BANKNO}，你儿子汇款的时候填这个{e}
S|g|course|R6|训练营第{DAY}期开营啦，课程订单号{COURSEORD}的同学请在今晚前完成打卡{e}
C|p|course|R6|{m}，我的学员编号{STUNO}，为啥看不了回放{e}
S|p|pension|R6|{n}，个人养老金每年缴存上限是{CAP}元，您父亲今年已缴{SMALLAMT}元{e}
C|p|pension|R6|{m}，我妈身份证只抄下来{ID17:plain}，最后那位抄漏了{e}
S|p|hotline|R6|您好，直销中心客服热线{HOTLINE}，工作日九点到五点{e}
S|p|hotline|R6|{n}，您的基金账户{FUNDACC}，交易账户尾号{LAST4}，信息已核实{e}
S|p|dual|R6|【双录编号】{DUALNO}，录制时长{MINS}分钟，已上传系统{e}
S|p|dual|R6|{n}，您填的证件号{BADDATE:sp}出生日期有误，双录前请先更正{e}
C|p|sc|R6|{m}，我电话是{MOB10:cn}，啥子？少了一位？那我再看下{e}
C|p|sc|R6|{m}，我那张卡{LUHNBAD:dash}，你们系统咋个说卡号不对嘛{e}
S|p|ne|R6|{n}，营业厅座机{LAND}，白天都有人接，打过来报我名字{e}
C|p|ne|R6|{m}，系统说地区码不存在，我填的是{BADPROV:fw}，难道打错了{e}
C|p|elder|R6|（语音转文字）{m}我那个号码是{BADPFX:cn}好像不对又好像对你帮我看看{e}
C|p|elder|R6|（语音转文字）{m}我的存单号是{DEPOSITNO}你帮我查查到期没有{e}
S|p|fwd|R6|{n}，你转的聊天记录里那个收款码备注{REMARK}，不是我们的账户，别付款{e}
S|p|minutes|R6|【会议纪要】时间：{DATE} {TIME}；地点：三楼会议室；参会{HEADS}人{e}
S|p|audit|R6|【审计】抽样凭证号{VOUCHER}，金额{AMT}元，附件缺失{e}
C|p|complaint|R6|投诉编号{COMPNO}，我上周就投诉了，到现在没人回{e}
S|p|faq|R6|【FAQ】产品登记编码{PRODREG}可在中国理财网查询真伪{e}
S|p|faq|R6|【FAQ】个人养老金资金账户只能开立一个，您可在银行app查看尾号{LAST4}的账户{e}
S|p|plain|R6|{n}，卡号{MASKCARD}，我们只显示首尾，其余已隐藏{e}
S|p|plain|R6|{n}，实名认证已通过，系统里显示的证件号是{MASKID}{e}
C|p|plain|R6|{m}，我新号码是{MOBPRE}……后面四位我回头发你{e}
S|p|plain|R6|{n}，您发的身份证号{ID17:dx}只有十七位，少了最后的校验码{e}
S|p|plain|R6|{n}，卡号{LUHNBAD:mix}校验没过，可能哪位数字记错了{e}
C|p|plain|R6|{m}，身份证号{BADID:fw}，系统老提示校验失败{e}
S|p|trust|R6|{n}，收益分配日{DATE}，预计分配{AMT}元，以实际到账为准{e}
S|p|pension|R6|{n}，您父亲{BIRTHY}年出生，已经可以领取了，办理回执号{RECEIPT}请收好{e}
S|p|hotline|R6|{n}，转账附言请写{MEMO}，方便我们核对{e}
C|p|rural|R6|{m}，俺手机{MOB10:plain}，好像少写了个数，俺再瞅瞅{e}
S|p|sc|R6|{n}，你那张卡尾号{LAST4}，我帮你查了，今天{TIME}到的账{e}
C|p|ne|R6|{m}，我身份证号{BADDATE:dash}，出生那块儿好像写成了不存在的日子{e}
S|p|bot|R6|【智能客服】您可拨打{HOTLINE}转人工，或回复“人工”{e}
C|p|course|R6|{m}，我买课的付款单号{PAYNO}，麻烦开个发票{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "trust": ["qin.shuyao", "lu.zhengyu"],
    "bot": ["zhineng.kefu", "kefu.xiaoan"],
    "rural": ["tian.guifang", "niu.dezhu", "yang.shuanzhu"],
    "course": ["shang.ziqi", "ke.xiaomeng"],
    "pension": ["yu.wanqing", "bao.jianing"],
    "hotline": ["ke.haoran", "fang.yiting"],
    "dual": ["he.guiyu", "luo.shuang"],
    "sc": ["pu.xuemei", "gou.jianbo", "xian.chunhua"],
    "ne": ["tong.dali", "guan.shuxia", "yu.haibin"],
    "elder": ["shen.ruping", "liu.aiguo"],
    "fwd": ["jiang.yuhan", "zhao.peng"],
    "minutes": ["meng.xiaoling", "wei.bowen"],
    "audit": ["shi.jinglan", "kong.deyi"],
    "complaint": ["cao.yufei", "xu.meiling"],
    "faq": ["wang.zhiyuan", "ye.qing"],
    "plain": ["li.mingze", "zhang.yutong", "he.wenjie", "sun.qian"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["028", "0838", "0816", "0817", "0451", "0431", "024", "0411", "0459", "023",
             "0834"]


def _date(rng):
    y = rng.choice([2026, 2027])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(3)
    if style == 0:
        return "%d年%d月%d日" % (y, m, d)
    if style == 1:
        return "%d/%d/%d" % (y, m, d)
    return "%d-%02d-%02d" % (y, m, d)


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "TRUSTNO":
        return rng.choice(["XT", "ZXT", "JH"]) + "2026-" + rdigits(rng, 6)
    if name == "AMT":
        v = rng.randint(5, 3000) * 1000
        return "{:,}".format(v) + (".00" if rng.random() < 0.4 else "")
    if name == "SMALLAMT":
        return "{:,}".format(rng.randint(2, 120) * 100)
    if name == "DATE":
        return _date(rng)
    if name == "TIME":
        return "%02d:%02d" % (rng.randint(8, 17), rng.choice([0, 10, 15, 20, 30, 40, 45, 50]))
    if name == "WORKORDER":
        return "WO" + rdigits(rng, 8) + "-" + rdigits(rng, 2)
    if name == "AGENTNO":
        return "ZN" + rdigits(rng, 8)
    if name == "BANKNO":
        return "402" + rdigits(rng, 9)
    if name == "COURSEORD":
        return "KC" + rdigits(rng, 12)
    if name == "STUNO":
        return "XY" + rdigits(rng, 6)
    if name == "CAP":
        return rng.choice(["12,000", "12000", "1.2万"])
    if name == "HOTLINE":
        if rng.random() < 0.6:
            return "400-" + str(rng.randint(1, 9)) + rdigits(rng, 2) + "-" + rdigits(rng, 4)
        return "95" + rdigits(rng, 3)
    if name == "FUNDACC":
        return "68" + rdigits(rng, 10)
    if name == "DUALNO":
        return "SL2026%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + rdigits(rng, 4)
    if name == "MINS":
        return str(rng.randint(8, 35))
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else 6)
        style = rng.randrange(3)
        if style == 0:
            return area + "-" + local
        if style == 1:
            return "(" + area + ")" + local
        return area + " " + local
    if name == "DEPOSITNO":
        return rdigits(rng, 9)
    if name == "REMARK":
        return "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(3)) + rdigits(rng, 3)
    if name == "HEADS":
        return str(rng.randint(6, 18))
    if name == "VOUCHER":
        return "PZ" + rdigits(rng, 10)
    if name == "COMPNO":
        return "TS" + rdigits(rng, 8)
    if name == "PRODREG":
        return "Z7" + rdigits(rng, 12)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:6] + "******" + c[-4:]
        return c[:4] + " **** **** " + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    if name == "RECEIPT":
        return "HZ" + rdigits(rng, 10)
    if name == "BIRTHY":
        return str(rng.randint(1955, 1965))
    if name == "MEMO":
        return "ZX" + rdigits(rng, 6)
    if name == "PAYNO":
        return "P" + rdigits(rng, 14)
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
