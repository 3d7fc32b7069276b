#!/usr/bin/env python3
"""Blind held-out evaluation set 30 ("heldout30") for the Chinese compliance-chat risk scanner.

Provenance
----------
Written blind: the author read exactly three files of the repository --
``scripts/evasion_blind_common.py`` (the shared machinery, in full),
``scripts/evasion_heldout22.py`` (only as a model of a set script's format) and
``scripts/eval_categories.sh`` (to wire the set in) -- and opened nothing else: not the
scanner, its rule files, its tests, its docs, its archive, its commit history, any other
evaluation set or the training-corpus generator.  Nothing was searched (no web or code
search).  Every template below was written from general knowledge of how Chinese-speaking
financial sales staff and their customers talk on WeCom (企业微信).  The set exists to
measure how well the scanner generalises: do not tune the scanner to it, do not add it to any
training data, and run it once.

Voices
------
Zigong and Leshan Sichuanese; Zhanjiang / Leizhou Mandarin; Jiujiang speech; Dandong speech;
Zhongshan Cantonese (converted to traditional characters first, through the common table);
overseas Chinese customers and staff in Vancouver and Toronto mixing English; Chinese
residents of Japan mixing Japanese loanwords (in Chinese characters or kana-free romaji,
never inside a keyword); compliance audit interview transcripts (问：… 答：…); customers
pasting bank SMS notices; WeCom speech-to-text voice messages (no punctuation, run-on,
homophone slips outside keywords); one message pasting several speakers' turns
(「甲：… 乙：…」); retirees writing very formal old-style written Chinese; plain Mandarin
staff and customers.
Settings: public REITs, treasury-bond reverse repos, large certificates of deposit,
universal life insurance, pet insurance, student tuition loans, car loans, farm-machinery
leases, overseas tuition remittances, a wedding banquet, a marathon, a calligraphy class, a
karaoke night.

Hard cases
----------
Spread over every keyword category: the deciding clause far from the keyword; negation scope
across commas; double negation; rhetorical questions that assert or urge versus real
questions, questions answered "no" and rhetorical questions that deny; irony and sarcasm;
paraphrase after declining the keyword; conditional offers; reported questions followed by
the speaker's own answer either way; corrections and retractions both ways; concessions;
lists, exam questions and FAQ items with the violation in one item; keywords inside the name
of a product, book, film, course, shop or account, or across a word boundary (near misses);
keywords in a non-financial sense (a banquet breaking even, a mahjong dealer, a karaoke
machine, a climbing aircraft); quoting oneself and standing by it versus quoting others,
contracts or codes of conduct; training material with wrong examples marked wrong versus
presented as the script; an honest sentence plus a violation in one message; customers
asking for violations; refusing then offering a workaround versus a legitimate alternative;
scam warnings ending in "only trust me"; audit-interview answers that admit versus deny a
past violation.  Keywords split by one of the separators ``· -_*.~`` in a minority (more
than 0 and under 15 %) of each keyword category's hits; 25 % of every category in
traditional characters through the one-to-one table of the common module (the fold-back
round trip is checked exactly).
Numbers: valid mobiles, resident IDs and bank cards in every written form the common module
supports (Chinese numerals with 幺 / 两, 大写, mixed Chinese / Arabic, full-width, split by
spaces, dashes, dots and commas) inside chats, bank SMS notices, audit transcripts, pasted
multi-speaker turns and speech-to-text, versus look-alikes: bad ID check characters,
impossible birth dates, bad province codes, 17-digit IDs, 15-digit and Luhn-failing cards,
10-digit and bad-prefix mobiles, masked numbers, one-time codes, order / contract / policy /
invoice / machine serial / race bib numbers, Canadian and Japanese phones, Canadian social
insurance numbers, student numbers, REIT and reverse-repo codes, landlines, amounts and
dates.

Usage
-----
    PYTHONDONTWRITEBYTECODE=1 python3 scripts/evasion_heldout30.py OUT_DIR

The layout, rule pack, self-checks and machinery are the blind sets' own, described once in
``scripts/evasion_blind_common.py``; msgids here start ``h30_``, times and seqs at T0 and SEQ0.
"""

import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ next to the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evasion_blind_common import (  # noqa: E402  (found through the path set just above)
    BlindSet, NumberSpec, cn_digits, gen_card, gen_id, luhn_complete, rdigits, run,
    shared_near_slot)

SEED = 30_2026_1206
SET_NAME = "heldout30"
MSGID_PREFIX = "h30"
T0 = 1779000000000
SEQ0 = 1200000
SPLIT_PER_CATEGORY = 12         # of 150 hits, 8 %
TRAD_PREF_REGIONS = ("zs",)     # Zhongshan Cantonese messages are converted to traditional first

# ---------------------------------------------------------------------------------------
# Number material: valid R6 items and their look-alikes are drawn from these.
# ---------------------------------------------------------------------------------------
MOB_PREFIX = ["133", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158",
              "159", "166", "173", "176", "177", "180", "181", "183", "186", "187", "189",
              "191", "193", "195", "198", "199"]
AREAS = ["510302", "510303", "510304", "510311", "510322",          # Zigong
         "511102", "511111", "511123", "511181",                    # Leshan
         "440802", "440803", "440882", "440825",                    # Zhanjiang, Leizhou
         "360402", "360403", "360483", "360481",                    # Jiujiang
         "210602", "210603", "210681", "210682",                    # Dandong
         "442000",                                                  # Zhongshan
         "110108", "310115", "210202", "350102", "440305", "320106"]
CARD_BINS16 = ["622588", "622575", "622262", "621485", "622155", "628288", "625911"]
CARD_BINS19 = ["6217003", "6222081", "6228481", "6212262", "6217994", "6236681"]
NUMBERS = NumberSpec(mobile_prefixes=MOB_PREFIX, id_areas=AREAS,
                     card_bins16=CARD_BINS16, card_bins19=CARD_BINS19)


# ---------------------------------------------------------------------------------------
# Slot pools.
# ---------------------------------------------------------------------------------------
POOLS = {
    "n": ["王姐", "李哥", "张孃孃", "刘叔", "陈总", "赵老师", "黄姨", "周哥", "吴大姐", "何老板",
          "郭姐", "罗哥", "谢阿姨", "曾叔", "梁生", "邓姐", "林太", "许老师", "蒋哥", "韦姐"],
    "m": ["小刘", "刘经理", "陈经理", "小黄", "黄主管", "杨经理", "小邓", "邓老师", "周经理",
          "小曾", "何经理", "小谢"],
    "k": ["小罗", "罗经理", "小苏", "苏主管", "梁经理", "小韦", "韦老师", "程经理", "小蒋",
          "蒋主管"],
    "e": ["", "", "", "😊", "👍", "🙏", "😄", "🤝", "👌", "🌸", "💪", "☕"],
    "d": ["明天上午", "周四下午", "月底前", "下周二", "今晚九点", "后天", "这周内", "周五",
          "下礼拜", "明早开盘"],
    "a": ["5万", "8万", "10万", "20万", "30万", "50万", "60万", "100万", "150万", "200万"],
    "r": ["3.6%", "4%", "4.2%", "4.5%", "4.8%", "5%", "5.2%", "5.5%", "6%", "3.8%"],
    "b": ["工商银行", "建设银行", "邮储银行", "招商银行", "自贡银行", "乐山商业银行", "九江银行",
          "丹东银行", "中山农商银行", "湛江农商银行"],
}

# ---------------------------------------------------------------------------------------
# Templates: one per line, "VOICE|CHAT|REGION|LABELS|TEXT".
#   VOICE  S = staff, C = customer
#   CHAT   p = one-to-one, g = group, * = either
#   REGION voice / register tag (routes the staff sender; zs prefers traditional)
#   LABELS R1..R6 joined by +
# ---------------------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["rhetorical", "hit"] = r"""
S|p|zg|R1|{n}，我们自贡人讲话算数，这个REITs我啥时候骗过你？保本的嘛，你还磨蹭啥子？{e}
S|p|ls|R1|{n}，乐山大佛坐了千把年都稳当，这款万能险稳赚，你说你还怕个啥子哦？{e}
S|p|zj|R1|{n}，你讲这么多年我哪次讲错过？这个理财就是保收益的，你还要想什么咯？{e}
S|p|jj|R1|{n}，庐山都爬了几多回，这点胆子都冇得？这个产品零风险，你还怕么事？{e}
S|p|dd|R1|{n}，这玩意儿稳赚不赔，你还寻思啥呢？鸭绿江边上谁不知道我办事靠谱？{e}
S|p|zs|R1|{n}，呢只REITs保本㗎，你仲谂咩啊？石岐啲街坊都买咗啦{e}
S|p|van|R1|{n}，honestly，这款product保本又有{r}，放GIC才多少？你还在hesitate什么？{e}
S|p|tor|R1|{n}，学费汇出去之前放我这儿两个月，稳赚一笔利息，这么好的deal你不做？{e}
S|p|jp|R1|{n}，日本定期利息几乎是零，这边保证收益{r}，这么大丈夫的事你还犹豫？{e}
S|p|stt|R1|{n}我跟你讲这个万能险就是保本的你还在想啥呢利息比银行高多了你说是不是嘛赶紧的我明天在来找你{e}
S|g|multi|R1|「甲：这个到底保不保本？乙：保本，我拿工作担保。」{n}，乙就是我，这句话我今天还敢再说一遍，你还担心啥？{e}
S|p|plain|R1|{n}，你见过哪款REITs分红不到账的？没有不保本的，你说还有啥不放心？{e}
S|p|plain|R1|{n}，刚才说“有风险”是我打快了，这款零风险，你还要我说几遍？{e}
S|p|plain|R1|{n}，你上回问我这款保不保本，我现在正式回答你：保本，白纸黑字我都敢写，还等啥？{e}
S|p|plain|R1|{n}，不骗你，不夸张，这款稳赚，你还犹豫什么？{e}
S|p|plain|R1|{n}，虽说合同上写着不保本，可这款哪年没让你稳赚过？还信不过我？{e}
S|p|old|R1|{n}台鉴：大额存单之外，另有一品，保本而息高，岂非两全之策？{e}
S|p|plain|R1|{n}，谁说理财都有风险？我卖了十年，这款要是不保本我倒立洗头，你还怕啥？{e}
S|p|zg|R2|{n}，内部消息我会乱讲？下周庄家要拉升这只，你不上车难道等别个吃肉？{e}
S|p|dd|R2|{n}，庄家都进场了，明儿就拉升，你说我能坑你吗？赶紧整{e}
S|p|van|R2|{n}，你以为我这么准靠什么？内幕消息啊，下礼拜这只要拉升，still waiting？{e}
S|p|jj|R2|{n}，我港的内部消息几时不准过？{d}就拉升，你还不快点？{e}
S|p|plain|R2|{n}，你问我凭什么说它要涨？我跟庄家的人吃过饭，这还用问吗？{e}
S|p|zg|R3|{n}，走公司要扣手续费，转到我个人卡上我帮你存，不是更划算噻？{e}
S|p|ls|R3|{n}，助学贷款审批我去打招呼，返点给我一个点，这么划算你还不干？{e}
S|p|zj|R3|{n}，车贷那边我熟，私下交易快好多，你讲走流程要等到几时咯？{e}
S|p|zs|R3|{n}，私下转账俾我仲快过去银行排队，做咩唔得啊？{e}
S|p|tor|R3|{n}，学费wire过去手续费那么高，先私下转账给我，我这边有渠道，不是更省？{e}
S|p|jp|R3|{n}，振込手续费那么贵，转到我个人口座，我直接帮你换人民币，一応很方便吧？{e}
S|p|plain|R3|{n}，农机租赁这单我给你返佣两千，你说哪家还有这待遇？{e}
S|p|plain|R3|{n}，这单走飞单，佣金我分你一半，公司哪知道？你怕什么？{e}
S|p|plain|R3|{n}，你要是今天签，我私下给你返点，这个条件哪里找？{e}
S|p|zg|R4|{n}，你天天跑盐场哪有时间看？账户密码发我，我帮你操作，不是省心得很？{e}
S|p|dd|R4|{n}，你在外头跑车，逆回购你整不明白，全权委托给我不就得了？{e}
S|p|van|R4|{n}，你在Vancouver有时差，代客理财这个我们常做，你还自己熬夜盯盘干嘛？{e}
S|p|plain|R4|{n}，国债逆回购每天都要点，您七十多了哪弄得明白？我帮你操作不就行了？{e}
S|p|plain|R4|{n}，哪个客户的账户不是我全权委托打理的？你还怕我不会弄？{e}
S|p|zj|R5|{n}，企业微信消息太多，你加我私人微信不是更方便咯？{e}
S|p|jj|R5|{n}，这个号领导天天看，有么事加我个人号港，不是更自在？{e}
S|p|tor|R5|{n}，这个账号要被review，加我私人号聊，不是more convenient？{e}
S|p|stt|R5|{n}那个你加我私人微信嘛这个企业微信我很少看的有啥子事情你直接在那边跟我说就行了好不好{e}
S|p|audit|R1|问：你是否对{n}讲过“稳赚不赔”？答：讲过，这话有错吗？那只REITs确实稳赚不赔，我现在也这么讲{e}
"""

TEMPLATES["rhetorical", "near"] = r"""
C|p|zg|R1|{m}，这个REITs保本不嘛？我屋头老汉儿只要稳当的{e}
S|p|zg|R1|{n}，保本？公募REITs哪来的保本嘛，价格天天在动，你莫听别个乱说{e}
S|p|ls|R1|{n}，你问万能险稳不稳赚？实话讲，保底利率那部分是合同写的，超出的结算利率不保证，不能讲稳赚{e}
S|p|zj|R1|{n}，你讲大额存单保不保本？保本的，它是存款，有存款保险，这个可以放心{e}
S|p|jj|R1|零风险？{n}，你港哪个产品是零风险咯？国债逆回购风险低，也不好港零风险{e}
S|p|dd|R1|{n}，稳赚不赔？那是忽悠人的嗑，这世上哪有那好事儿，你别信{e}
S|p|zs|R1|{n}问我呢只宠物险系咪保本？唔系㗎，佢系消费型保险，冇出险就冇得返{e}
C|p|van|R1|{m}，这个产品真的保证收益吗？我朋友在Richmond说他那个是guaranteed的{e}
S|p|tor|R1|{n}，你问学费那笔钱放哪里能稳赚？No way，短期的话放活期或者大额存单，不要追收益{e}
S|p|jp|R1|{n}，你问有没有保本的？日本的定期存款是保本的，我们这边的理财不保本，这个要分清楚{e}
S|p|stt|R1|{n}你刚才问这个是不是零风险的啊不是的这个是有风险的我上次也给你说过了说明书上写得很清楚的你在看一下{e}
S|g|multi|R1|「甲：这个万能险保本吗？乙：账户价值不保本，只有保底利率那部分是合同约定的。」{n}，乙是我们柜台的同事，他说得对{e}
C|p|old|R1|{m}台鉴：敝人年逾古稀，闻贵行有保本之品，未知确否？望拨冗示下{e}
S|p|plain|R1|{n}，谁敢跟你说包赚？要真包赚，我早辞职回家自己买了，还用天天加班？{e}
S|p|plain|R1|{n}，哦，他说稳赚不赔啊，那真厉害，建议你让他把这句话写进合同里签字，看他敢不敢{e}
C|p|dd|R2|{m}，你那有没有内部消息？我姐夫说有庄家要拉升一只股{e}
S|p|jj|R2|{n}，内幕消息？我要有内幕消息还在这里上班？早去庐山买别墅了{e}
S|p|zj|R2|{n}，你问有没有庄家在拉升？我无知道，也不会去打听，我们只看公告{e}
S|p|van|R2|{n}，你问我有没有内部消息？没有。所有信息都是public的，我发你研报{e}
S|p|plain|R2|{n}，婚宴上打麻将谁当庄家？您家那桌我看是新郎舅舅，哈哈{e}
S|g|plain|R2|各位跑友，马拉松跑完赶飞机的注意，起飞拉升那阵耳朵疼就嚼口香糖，是不是挺管用？{e}
C|p|zg|R3|{m}，能不能私下转账给你嘛？我不想跑银行{e}
S|p|ls|R3|{n}，返点？哪个跟你说有返点的？我们这边一分都没得，助学贷款利息都是按政策定的{e}
S|p|zs|R3|{n}，你问可唔可以转到我个人户口？唔得，一定要入公司户口，收据我影俾你{e}
S|p|tor|R3|{n}，你问学费能不能先转到我个人账户？当然不行，必须汇给学校的official账户{e}
S|p|plain|R3|{n}，飞单？我又不傻，出了事是要担责任的，你说我图什么？{e}
C|p|jp|R3|{m}，听说你们那边有返佣？我在日本的先辈说办了会有返佣的{e}
S|p|dd|R4|账户密码给我？{n}，你咋想的呢，这玩意儿谁要都不能给，我也不例外{e}
S|p|plain|R4|{n}，K歌之夜点歌机不会用？我帮你操作，你想唱哪首？{e}
C|p|old|R4|{m}：老朽眼花，可否代客理财？抑或全权委托贵行？敬请赐复{e}
S|p|audit|R4|问：你有没有替{n}代客理财？答：没有，客户问过能不能全权委托，我当场就拒了，有记录可查{e}
S|p|plain|R4|{n}，您问我能不能帮你操作买入？不能，交易必须您本人在手机银行上点确认{e}
C|p|zj|R5|{m}，你有无私人微信？企业微信我老是收不到消息{e}
S|p|tor|R5|{n}，加我个人号？No，所有沟通都在这个企业微信，有记录，对你也是保护{e}
S|p|stt|R5|{n}你问我有没有私人号有的但是工作的事情我们只能在企业微信上说这是公司规定的你理解一下哈{e}
S|p|plain|R1|{n}，你说的那个“稳赚宝”APP不是我们家的，是骗子做的，这还用我说吗？千万别往里面充钱{e}
S|p|plain|R1|{n}，车贷担保本身不收费，您还担心啥？合同第六条写着呢{e}
S|p|plain|R1|{n}，女儿婚宴办下来，礼金能保本就不错了，哪还指望赚？{e}
S|p|plain|R2|{n}，你说的《内幕消息》是那部港片吧？挺好看，不过跟炒股没关系哈{e}
S|p|van|R1|{n}，先问清楚：你是要完全保本的，还是能接受一点波动？这决定放哪类产品{e}
S|g|multi|R5|「甲：能不能加你私人微信？乙：不加，企业微信就行。」{n}，你看，上回你表哥问我也是这么回的{e}
"""

TEMPLATES["prohibition", "near"] = r"""
S|g|zg|R1|各位，行里规定不准讲保本，REITs也好万能险也好，一律不准讲，莫给自己找麻烦哈，{k}会抽查{e}
S|p|ls|R3|{n}，规定不准私下转账，助学贷款还款一律走银行代扣，您莫担心{e}
S|p|zj|R4|{n}，公司规定不能代客理财，你自己拿主意，我给你讲清楚风险就好咯{e}
S|p|jj|R5|{n}，单位不准加私人微信，有么事就在企业微信港，我都看得到{e}
S|p|dd|R3|{n}，车贷这块严禁返点，谁跟你要都别给，直接举报{e}
S|p|zs|R4|{n}，公司规定唔准帮你操作户口，你自己喺手机度撳确认先得{e}
S|p|van|R1|{n}，按规定我不能说guaranteed，也不能说保证收益，这个fund是有波动的{e}
S|p|tor|R3|{n}，学费汇款严禁经员工个人账户中转，我们不接受私下转账，请直接汇学校{e}
S|p|jp|R3|{n}，会社规定员工不能私下交易，日元换汇也要走正规渠道，sumimasen{e}
S|p|audit|R1|问：你是否向{n}承诺过保本？答：没有，我每次都讲“不保本”，双录可查{e}
S|g|plain|R1+R3|【新人培训】三不准：一、不准讲稳赚；二、不准收返佣；三、不准用个人账户收款。{k}负责考核{e}
S|p|stt|R4|{n}我们公司是不允许代客理财的你那个账户的事情还是得你自己来弄我可以在旁边教你怎么弄{e}
S|g|multi|R5|「甲：为啥不能加私人号？乙：公司规定，对客只能用企业微信，要留痕。」{n}，这是昨天培训的问答，分享给大家{e}
C|p|old|R1|{m}：承蒙告知贵行严禁言及保本，敝人深以为然，投资自当量力而行{e}
S|p|plain|R2|{n}，规定讨论REITs不准传播内部消息，群里有人发“内部消息”截图的我会删掉{e}
S|p|plain|R4|{n}，您的账户密码请千万别告诉任何人，包括我，这是规定也是为您好{e}
S|p|plain|R1|{n}，宠物打疫苗也不是零风险的，医院规定要签知情书，宠物险也不保这个{e}
S|p|plain|R4|{n}，婚宴这边酒店规定，菜单和座位都得新人家长亲自确认，不能全权委托给婚庆，记得来一趟{e}
S|p|plain|R3|{n}，K歌之夜包厢规定加酒水必须签单，上回服务员飞单漏了一箱啤酒，这次我专门盯着，放心玩{e}
S|p|zg|R2|{n}，我们这边不准打听啥子内幕消息，就算有人塞给你也莫信，盐都要讲究来路{e}
S|p|ls|R4|{n}，全权委托这种我们不得接，峨眉山再高也高不过规矩，你自己做决定{e}
S|p|dd|R5|{n}，公司不让整私人号那套，有啥事儿咱就在这唠{e}
S|p|zj|R1|{n}，没有哪条规定不禁止讲稳赚不赔的，所以这四个字我一个字都不会讲{e}
S|p|jj|R3|{n}，飞单这种事，单位抓到一个开除一个，我们这边从来不碰{e}
S|p|zs|R5|{n}，公司规定唔准加私人微信，有咩事喺呢度讲就得{e}
S|p|van|R4|{n}，按policy，账户密码只有你本人知道，我们staff不能问，也不能帮你操作{e}
S|p|tor|R2|{n}，合规要求不能讨论任何内部消息，你在Markham听到的那些“庄家”传闻，我不评论{e}
C|p|jp|R1|{m}，你们那边也禁止讲保本吧？日本这边银行员说话也特别小心，一応问一下{e}
S|p|stt|R3|{n}农机租赁那个钱你不要转到我个人卡上啊公司规定是不允许的你直接打到租赁公司对公账户上面就可以了{e}
S|g|multi|R4|「甲：账户密码给你，你帮我弄。乙：不行，规定不许，密码你自己输。」{n}，这是上周我和你家老爷子的对话，今天也一样{e}
S|p|audit|R3|问：你有没有收过客户返点？答：没有，规定严禁，{n}硬塞红包我也退了，转账记录可以查{e}
S|p|plain|R1|{n}，给您看看我们的合规考试题：以下哪句不能对客户说？A.保本保收益 B.产品有风险 C.请阅读说明书。答案A，所以没人能跟您这么说{e}
S|p|plain|R3+R5|{n}，常见问题整理给您：问：能加经理私人微信吗？答：不能。问：能私下转账吗？答：不能，请走对公账户{e}
S|p|plain|R4|{n}，我知道您信得过我，可代客理财是红线，再熟也不行，您自己做主，我给建议{e}
S|p|plain|R2|{n}，您家婚宴后的麻将局记得定个规矩，庄家轮流坐，别玩钱啊，最近查得严{e}
S|p|old|R4|{n}台鉴：本行规定，员工不得代客理财，尊款进出，悉由台端亲自定夺{e}
C|p|sms|R4|{m}，收到这个：【{b}】温馨提示：本行员工不会索要您的账户密码，请勿向任何人透露。这是你们发的吧？{e}
S|p|plain|R3|{n}，刚才那句“可以返点”打错了，是“不可以返点”，以这条为准，不好意思{e}
S|p|plain|R1|{n}，大额存单是存款，保本保息，受存款保险保护；但REITs不保本，规定不准混着讲{e}
S|p|plain|R5|{n}，马拉松报名表的紧急联系人请填家属的私人号码，不要填单位座机{e}
S|p|plain|R3|{n}，{k}调岗了，您的客户关系转到我个人名下跟进，业务还是一律走公司流程，不收任何私人款项{e}
"""

TEMPLATES["prohibition", "hit"] = r"""
S|p|zg|R1|{n}，规定是不准讲保本，但我私下跟你讲，这个REITs就是保本的，莫给别个说哈{e}
S|p|ls|R3|{n}，公司不准收返点，不过你放心，现金给我就行，没人晓得{e}
S|p|zj|R4|{n}，公司规定不能帮你操作，但你把账户密码讲给我，我晚上悄悄弄好，无人知的{e}
S|p|jj|R5|{n}，单位不让加私人微信，你就加我个人号，备注个“表姐”，哪个晓得？{e}
S|p|dd|R1|{n}，按规定不能说稳赚，那我换个说法：闭眼买都不带亏的，你懂我意思{e}
S|p|zs|R3|{n}，公司话唔准私下交易，不过你同我熟，私下交易快啲，唔使填咁多表{e}
S|p|van|R1|{n}，policy不让我说保证收益，but between us，{r}是一定有的，放心{e}
S|p|tor|R3|{n}，按规定学费不能走员工账户，但这次特殊，先转到我个人账户，我明天帮你汇{e}
S|p|jp|R4|{n}，会社禁止代客理财，但你在日本残业那么多，账户全权委托给我也没关系，一応保密{e}
S|p|stt|R1|{n}虽然公司不让我们说保本但是这个真的是保本的你放心好了我给你打包票的你在考虑一下{e}
S|g|multi|R5|「甲：规定不能加私人微信吧？乙：规定是规定，你加我私人微信，有好东西单独发你。」{n}，乙是我本人，这话还算数{e}
S|p|audit|R4|问：明知禁止代客理财，你有没有做过？答：做过，{n}把账户密码给了我，去年我替他买卖了七八次{e}
S|p|plain|R1|{n}，规定不让说“不会亏”，那我就说：这款不可能不保本，你自己品{e}
S|p|plain|R2|{n}，按理说内部消息不能外传，但你是老客户，下周庄家拉升那只REITs，悄悄上车{e}
S|p|plain|R3|{n}，车贷这块规定不能给返佣，所以我换成“服务费减免”的名义返给你两千，一样的{e}
S|p|plain|R4|{n}，规定是不能代客理财，可您女儿在国外，您又不会用手机，我就帮你操作，出不了事{e}
S|p|plain|R5|{n}，公司禁止加私人号，所以你加我小号吧，微信号我当面告诉你，别在这里说{e}
S|p|zg|R3|{n}，规定不准私下转账，要是你今天就签，我可以破个例，钱直接打我卡上{e}
S|p|ls|R1|{n}，行里不许讲保本，我也不讲，你就记住一句：跟到我，本金一分都少不了{e}
S|p|zj|R2|{n}，规定讲不能传内部消息，我晓得，可这只庄家{d}就要动手了，我不讲你亏了怎么办咯？{e}
S|p|jj|R4|{n}，单位规定不准代客理财，但你信得过我就把账户交给我，我港话算话{e}
S|p|dd|R3|{n}，公司不让飞单，这单咱走外边那家公司，收益高俩点，你就当没看见{e}
S|p|zs|R1|{n}，公司唔俾讲零风险，但我同你讲真，呢只就系零风险，冇得蚀{e}
S|p|van|R4|{n}，规定不能要账户密码，but你不会用app嘛，密码发我，我帮你操作一次就好{e}
S|p|tor|R5|{n}，公司不准用私人微信，所以我们换WhatsApp聊，号码我私下发你{e}
S|p|jp|R1|{n}，规定不能说稳赚不赔，所以我只说：买了就不会亏，一円都不会亏{e}
S|p|stt|R3|{n}公司是不让私下转账的但是你那个学费汇款急的话你先转给我我这边找人帮你换好直接打到学校去{e}
S|p|audit|R3|问：有没有收取客户返点？答：收过，农机租赁那几单，每单返点一千，{n}那单也有{e}
S|p|plain|R1|{n}，这款REITs的三个特点：1.分红稳定；2.保本；3.流动性好。有问题随时问{e}
S|p|plain|R4|{n}，开户后的流程：①风险测评 ②签合同 ③账户密码交给我，后面我帮你操作就行{e}
S|p|plain|R5|{n}，规定不许加私人微信，不过金额超过{a}的客户，我可以给私人微信，你够了{e}
S|p|plain|R2|{n}，刚才我说“没有内部消息”，那是群里人多不好讲，其实有，庄家{d}拉升{e}
S|p|dd|R1|{n}，上午说“不保收益”是我打错了，应该是“保收益”，{r}一分不少{e}
S|p|ls|R5|{n}，公司不准用私人号联系客户，所以我用我老婆的私人号加你，这样就不算违规了噻{e}
S|p|zj|R3|{n}，车贷放款是不许转到我个人名下的，不过首付那笔你可以先转到我个人卡，我帮你凑{e}
S|p|van|R3|{n}，总部禁止私下交易，不过Richmond这边大家都这么做，你不说我不说就行{e}
S|p|plain|R1|{n}，规定是规定，可我卖了八年，没见过不稳赚的REITs，你还怕啥{e}
S|p|jp|R3|{n}，会社禁止返佣，所以我用日元现金返点给你，口座不会留下记录{e}
S|p|plain|R4|{n}，账户密码这个事，我知道规定很严，培训也讲了好几遍，领导天天挂嘴边，可你这情况特殊，还是发给我吧{e}
S|p|old|R1|{n}台鉴：本行虽有不得言及保本之规，然此品实为保本，敬请宽心认购{e}
"""

TEMPLATES["warning_report", "near"] = r"""
S|g|zg|R1|各位街坊，最近有人冒充我们行打电话说REITs保本保收益，全是骗子，挂了就是，{k}已经报警了{e}
S|p|ls|R5|{n}，有人用我的名字叫你加私人微信？那不是我，我只用这个企业微信，你去报警{e}
S|p|zj|R3|{n}，听讲有人冒充车贷公司让你私下转账？千万不要转，打官方客服核实{e}
S|p|jj|R2|{n}，那个群里天天发“内幕消息”“庄家拉升”的，是杀猪盘，赶紧退群{e}
S|p|dd|R4|{n}，有人打电话要你账户密码，说帮你操作退款，那是骗子，咱可别上当{e}
S|p|zs|R3|{n}，有人话可以俾返点你，叫你私下转账，一定系呃人㗎，唔好信{e}
S|p|van|R5|{n}，最近很多scam，冒充银行staff叫你加私人号，记住我们只用这个WeCom{e}
S|p|tor|R3|{n}，Toronto这边有人打电话说学费可以打折，要你私下转账到他个人账户——典型的scam，学费只汇学校{e}
C|p|jp|R1|{m}，日本这边华人群里有人推稳赚不赔的理财，说是你们行的，是真的吗？{e}
S|p|audit|R3|问：{n}举报你收返佣，属实吗？答：不属实，客户说的是另一位已离职的同事，我有转账流水自证{e}
C|p|sms|R4|{m}，我收到短信：【{b}】您的账户密码将于今日失效，请点击链接重置。这是真的吗？{e}
C|p|sms|R1|{m}，又来一条：【理财中心】尊享保本产品年化{r}，回复Y办理。是你们发的不？{e}
S|p|stt|R1|{n}你说的那个说保本保收益的电话肯定是骗子啊我们银行从来不会打电话跟你这样讲的你直接挂掉就好了{e}
S|g|multi|R2|「甲：群主说有内幕消息，明天庄家拉升。乙：这是骗局，别转钱。」{n}，乙说得对，退群吧{e}
C|p|old|R3|{m}钧鉴：近有自称贵行之人，嘱吾私下转账，言可得返点，吾疑其诈，特此奉告{e}
S|p|plain|R1|{n}，新闻说有理财经理承诺“零风险”被罚了，咱们这边不会这么讲，您放心看说明书{e}
S|p|plain|R4|{n}，您反映的{k}要您账户密码的事，我已经报给合规了，他们会联系您{e}
S|p|plain|R3|{n}，那个叫“返点联盟”的购物APP不是我们的，最近好多人被骗，别下载{e}
S|g|plain|R5|各位，“私人号”三个字是骗子最爱说的，凡是让你加私人号的，一律拉黑，{k}提醒{e}
S|p|zg|R4|{n}，听说隔壁镇有人被“代客理财”骗了几十万？你屋头老人要提醒到，莫把卡给别个{e}
S|p|ls|R2|{n}，那个自称庄家的老师是骗子，乐山这边好几个人被拉进群，全部亏完了{e}
S|p|zj|R1|{n}，有人讲万能险结算利率保证收益{r}？假的，只有保底利率是合同写的，其他都是演示{e}
S|p|jj|R3|{n}，举报渠道在这：谁要你私下转账、收你返点，就直接投诉，单位一查一个准{e}
S|p|dd|R1|{n}，你姐夫说的那个稳赚的项目，我查了，没备案，就是个骗局，赶紧撤{e}
S|p|zs|R4|{n}，有人话可以全权委托佢打理你啲钱，千祈唔好，而家好多呃人嘅{e}
S|p|van|R2|{n}，温哥华华人群里的“内部消息”大多是pump and dump，别跟{e}
S|p|tor|R4|{n}，你留学的孩子如果接到电话要账户密码，说是银行的，全部挂掉，我们从来不问{e}
C|p|jp|R5|{m}，有个人冒充你，说要加我私人微信，我没加，你提醒一下别人{e}
S|p|stt|R3|{n}刚才那个说农机租赁可以返佣的人不是我们公司的你千万不要给他转钱我们公司从来没有返佣这种东西的{e}
S|p|plain|R1|{n}，“零风险、稳赚不赔、年化两位数”——集齐这三句，恭喜你遇到骗子了{e}
S|p|plain|R2|{n}，K歌之夜有人玩骰子坐庄家，输了喝酒可以，别赌钱，派出所查得严{e}
S|p|plain|R3|{n}，提醒一下：凡是让你私下转账的，不管说自己是谁，都别转，有疑问打我们官方客服核实{e}
S|p|audit|R1|问：{n}说你讲过“稳赚”，你怎么解释？答：我没讲过，我说的是“稳健”，客户可能听岔了，录音可以调{e}
S|p|plain|R4|{n}，马拉松报名网站发了账户密码泄露的通知，您记得去改一下，跟我们银行没关系{e}
C|p|zg|R2|{m}，有个群天天发内幕消息，我要不要举报嘛？{e}
S|p|multi|R5|「张：你加我私人号吧。李：不用，企业微信就行。」{n}，这个“张”已经被公司开除了，别理他{e}
C|p|old|R1|{m}：舍弟日前为人所惑，购一所谓保本之品，今血本无归，望贵行引以为戒{e}
S|p|plain|R1|{n}，那个“零风险理财训练营”网课是收费割韭菜的，别报名{e}
S|p|zs|R5|{n}，有人用我张相开咗个私人微信，冒认我，你见到就举报佢{e}
S|p|plain|R2|{n}，有个公众号叫“内部消息速递”，是营销号，别关注，更别付费进群{e}
"""

TEMPLATES["warning_report", "hit"] = r"""
S|p|zg|R1|{n}，外头那些说保本的都是骗子，莫信，只信我，我这款才是真正保本的{e}
S|p|ls|R5|{n}，最近冒充客服的多，企业微信也有人仿，你加我私人微信，只认这个，最保险{e}
S|p|zj|R3|{n}，车贷中介都是坑人的，你莫信他们，首付直接转到我个人卡上，我帮你办最稳{e}
S|p|jj|R2|{n}，群里那些内幕消息都是假的，只有我这条是真的：庄家{d}拉升{e}
S|p|dd|R4|{n}，外边骗子老多了，你谁都别信，账户密码就给我一个人，我帮你操作{e}
S|p|zs|R1|{n}，出面好多人呃你话稳赚，全部假嘅，净系信我，我呢只先至系稳赚{e}
S|p|van|R3|{n}，温哥华很多scam叫你wire学费给中介，太危险了，你私下转账给我，我帮你交，only trust me{e}
S|p|tor|R1|{n}，别信那些网上的advisor，都是忽悠，只有我这边的产品保证收益{r}{e}
S|p|jp|R5|{n}，日本这边诈欺很多，企业微信有人冒充我，以后只加我个人号联系，别的都别信{e}
S|p|stt|R1|{n}那些打电话给你的都是骗子你不要信他们只相信我就好了我给你推荐的这个万能险是稳赚不赔的你放心{e}
S|g|multi|R2|「甲：听说庄家要拉升了？乙：别传谣。」{n}，乙那是怕大家抢，其实是真的，内部消息{d}就动{e}
S|p|audit|R1|问：有客户举报你承诺保本，属实吗？答：属实，我是讲过保本，{n}那笔到现在也确实没亏{e}
S|p|plain|R3|{n}，提醒：所有贷款都不收前期费用，谨防诈骗。另外这单我给你返点两个点，别声张{e}
S|p|plain|R4|{n}，REITs有波动，请看风险揭示书。你忙的话全权委托给我就行{e}
S|p|plain|R5|{n}，举报的事我知道了，那人是冒充的。以后你有事直接私人微信找我，别在这里说{e}
S|p|zg|R4|{n}，隔壁有人被骗光了，就是因为把卡给了外人，你的账户密码只给我，我帮你看着{e}
S|p|ls|R3|{n}，上回那个飞单的同事已经走了，你莫担心，这单也走飞单，不过是我经手，稳当{e}
S|p|zj|R1|{n}，新闻讲好多理财暴雷，所以你要买就买我这只，零风险，暴不了{e}
S|p|jj|R4|{n}，有人举报代客理财，查得紧，你的账户我还是照样帮你操作，莫港出去{e}
S|p|dd|R5|{n}，这号被合规盯上了，以后加我私人号唠，这边只聊天气{e}
S|p|zs|R3|{n}，公司查紧咗，以后返佣唔好入公司户口，直接现金俾你{e}
S|p|van|R1|{n}，你朋友在Burnaby被骗了？太惨了，所以说要买就买我们的，保本，totally safe{e}
S|p|tor|R4|{n}，最近很多留学生家长被scam，你的账户密码给我保管最安全，我帮你操作学费汇款{e}
S|p|jp|R2|{n}，日本那些投资讲座都是骗子，真正的内部消息只在我这：下周这只REITs要拉升{e}
S|p|stt|R3|{n}我跟你说那个车贷公司的人不靠谱的你别把钱给他你直接转到我个人账户上我帮你去交首付比较稳当{e}
S|g|multi|R4|「甲：听说有人代客理财被罚了？乙：那是他倒霉。」{n}，我们照常，账户还是我帮你操作，别担心{e}
S|p|audit|R5|问：你是否用私人微信联系客户？答：是的，{n}等十几个客户都在我私人微信上，主要是方便{e}
S|p|plain|R1|{n}，别人说稳赚你别信，我说稳赚你就放心信，这区别你懂吧{e}
S|p|plain|R2|{n}，提醒一下，股市有风险。不过这个是内部消息，周五前庄家会拉升，你自己看着办{e}
S|p|plain|R3|{n}，提醒您别被中介骗。如果您介绍朋友来办助学贷款，我每单给您返佣五百{e}
S|p|zg|R5|{n}，冒充我们的骗子专门盯企业微信，以后莫在这上面聊了，加我私人号，只认那个{e}
S|p|ls|R1|{n}，网上说REITs会亏，那是外行话，我们这只保收益，你只管听我的{e}
S|p|dd|R2|{n}，你说群里那人是骗子？对，他那是假消息，真内部消息在我这儿，明天就拉升{e}
S|p|zj|R4|{n}，电话里要你账户密码的都是骗子，你把密码给我就安全了，我全权帮你管{e}
S|p|jj|R3|{n}，外头的人港私下交易有风险，跟我私下交易就不一样，我是正规银行的人{e}
S|p|van|R5|{n}，我们WeCom最近被hack了好几个，你加我私人微信吧，那个安全{e}
S|p|plain|R1|{n}，投资有风险，入市需谨慎，这是规定要说的；说完了，这款稳赚，放心买{e}
S|p|old|R1|{n}台鉴：近来坊间多有骗术，切勿轻信，唯本人所荐之品，保本无虞{e}
"""

TEMPLATES["refusal", "near"] = r"""
S|p|zg|R3|{n}，私下转账这个我真的不能收，你到柜台办，我陪你去{e}
S|p|ls|R5|{n}，私人微信不加哈，有啥子事企业微信找我，晚上我也看{e}
S|p|zj|R4|{n}，你讲要把账户密码给我？不用不用，你自己收好，我教你在手机上弄{e}
S|p|jj|R1|{n}，你要我写个保本的保证？这个我写不了，产品本身就不保本，我不能骗你{e}
S|p|dd|R3|{n}，你要塞返点给我？拉倒吧，这钱我不能要，你留着给孩子买草莓{e}
S|p|zs|R4|{n}，你话全权委托俾我？唔得㗎，我哋冇呢个服务，你自己揸主意，我俾建议{e}
S|p|van|R5|{n}，thanks，不过我不能加你私人微信，公司规定，在WeCom上我都会回{e}
S|p|tor|R3|{n}，学费我不能代收，也不能让你转到我个人账户，你直接汇给学校，我教你填汇款单{e}
S|p|jp|R2|{n}，你想要内部消息？sumimasen，我没有也不能给，可以发你公开的研报{e}
S|p|stt|R4|{n}不好意思啊你说的那个代客理财我们是不能做的你自己决定买什么我可以帮你分析一下各个产品的情况{e}
S|g|multi|R3|「甲：我给你返佣行不行？乙：不行，一分都不能收。」{n}，乙是我，态度还是一样{e}
S|p|audit|R3|问：客户要给你返点，你怎么处理的？答：当场拒绝，{n}的红包也退回去了，截图已经交给合规{e}
C|p|old|R5|{m}雅鉴：承蒙婉拒私人微信之请，足见贵行规矩森严，老朽敬佩{e}
S|p|plain|R1|{n}，保本理财现在没有了，您要是只要保本，可以考虑大额存单或者国债，都是保本的{e}
S|p|plain|R4|{n}，我不能帮你操作，不过您可以自己设个定投，每月自动扣款，不用天天管{e}
S|p|plain|R5|{n}，私人号不方便给，您晚上找不到我可以打官方客服，或者在这里留言，第二天一早回您{e}
S|p|plain|R2|{n}，我没有内幕消息，也不会去找，您要是想了解REITs，我给您讲讲底层资产{e}
S|p|zg|R1|{n}，稳赚的东西我给不了你，哪个都给不了，我只能给你讲清楚每款的风险{e}
S|p|ls|R4|{n}，你屋头娃儿的助学贷款账户密码莫发给我，我不接，你让他自己登{e}
S|p|zj|R3|{n}，飞单的事我不做，你讲的那家公司我也不熟，车贷就走正规合同{e}
S|p|jj|R5|{n}，不加私人微信是规矩，不是跟你见外，有么事在这港，我看到就回{e}
S|p|dd|R2|{n}，你问庄家啥时候拉升？这我真不知道，也不想知道，咱整点实在的{e}
S|p|zs|R3|{n}，私下交易我唔做，你要买就喺柜台签，我陪你去{e}
S|p|van|R4|{n}，I understand你很忙，但账户密码请不要发给我，我可以视频教你一步步操作{e}
S|p|tor|R1|{n}，你要我guarantee保本？对不起做不到，这个REITs有市场风险，写在说明书第二页{e}
S|p|jp|R3|{n}，你说要给我谢礼当返佣？不行不行，心意领了，daijoubu{e}
S|p|stt|R5|{n}我不能加你私人微信的哈不是我不想加是公司有规定你有事情就在这上面找我就可以了{e}
S|p|plain|R3|{n}，不是我不想帮你，是私下转账这种事我没有一次不拒绝的，这次也一样{e}
S|p|plain|R4|{n}，婚宴的事您全权委托给酒店经理就行，我这边只负责大额存单提前支取的手续{e}
S|p|plain|R1|{n}，我理解您想要稳赚，可谁也给不了这个承诺，我能做的是帮您把风险控制在能承受的范围{e}
C|p|zg|R4|{m}，我不会弄嘛，你就帮你操作一下——哎呀打错了，你就帮我操作一下嘛{e}
S|p|ls|R1|{n}，您女儿婚宴请我去，心意领了，按规定我不能参加，也祝你们办酒能保本，哈哈{e}
S|p|dd|R4|{n}，你说全权委托给我？那可整不了，我给你参谋，拍板还得你自己来{e}
S|p|zj|R1|{n}，你想要零风险的？这个我给不了，风险最低的也就是存款和国债，REITs有风险我不能硬推给你{e}
S|p|jj|R3|{n}，手续费我没法私下返点给你，不过我们有新客户优惠券，是公司官方的，我发你{e}
S|p|plain|R2|{n}，你要庄家的电话？我要有庄家电话还在这上班？有这功夫不如去跑马拉松{e}
S|p|zs|R5|{n}，唔好意思，私人微信我唔加，有嘢喺呢度留言，我一定覆你{e}
S|p|tor|R4|{n}，你说你Dad的账户让我帮你操作？不行，需要他本人授权并且亲自确认每笔交易{e}
S|p|jp|R5|{n}，私人号的话不行哦，会社规定，你在日本有时差的话留言就行，我早上回{e}
C|p|sms|R3|{m}，这条短信：【{b}】本行员工不会要求客户私下转账，请认准对公账户。放心，我不会转给你个人的{e}
"""

TEMPLATES["refusal", "hit"] = r"""
S|p|zg|R3|{n}，私下转账我不能收，你转给我老婆，她再给我，一样的{e}
S|p|ls|R5|{n}，私人微信加不得，你加我小号嘛，名字叫“峨眉山下”，那个不算{e}
S|p|zj|R4|{n}，账户密码我不要，你把手机银行登录好给我，我帮你操作完就还你{e}
S|p|jj|R1|{n}，保本的字据我不能写，口头跟你保证：这个保本，少一分我赔{e}
S|p|dd|R3|{n}，返点我不能直接给你，我让我小舅子转你，一个点，别往外说{e}
S|p|zs|R4|{n}，全权委托我唔收，不过你将密码俾我，我帮你睇住，得闲帮你操作{e}
S|p|van|R5|{n}，WeCom上不方便讲，私人微信也不行，我们用Line聊吧，我私人号发你{e}
S|p|tor|R3|{n}，学费我不能收，但你可以转到我个人的加拿大账户，我帮你付给学校，汇率还好{e}
S|p|jp|R3|{n}，返佣我不能公开给，下次你来日本我当面给你现金，算返点{e}
S|p|stt|R2|{n}内幕消息这种东西我是不能给你说的但是你明天开盘之前买进去就对了我只能说到这里了{e}
S|g|multi|R4|「甲：你能代客理财吗？乙：不能。」{n}，那是群里说给别人听的，你的账户还是我帮你操作{e}
S|p|audit|R3|问：客户要返点你拒绝了吗？答：当时嘴上拒了，后来让我爱人收了，{n}那笔是三千{e}
S|p|plain|R1|{n}，“保本”两个字我不能说，但你放心，本金一分都少不了，到期全额拿回{e}
S|p|plain|R5|{n}，私人号我不能在这里给你，我把另一个微信号写在纸上，你来网点我塞给你{e}
S|p|plain|R2|{n}，内幕消息我不能说，我只说一句：这只REITs下周有人拉升，你自己悟{e}
S|p|zg|R4|{n}，代客理财我不做，但你把U盾和密码放我这儿，我有空就帮你操作{e}
S|p|ls|R3|{n}，私下交易我不做，你让你表哥出面，跟我签个“借款”，钱过我卡就行了{e}
S|p|zj|R5|{n}，私人微信不能加，那你加我老婆的微信，有事找她转我，别在这上面讲{e}
S|p|jj|R1|{n}，合同上不保证收益，我也签不了字，但我个人保证收益{r}，差了我补{e}
S|p|dd|R4|{n}，密码你自己留着，我不要；你把手机留我这儿一天，我帮你操作完给你送回去{e}
S|p|zs|R3|{n}，返佣我唔收，不过你将佣金当“茶钱”俾我老婆，就冇人知{e}
S|p|van|R1|{n}，我不能写guaranteed，but口头跟你说，这个保本，最差也就是拿回本金{e}
S|p|tor|R4|{n}，我不能代客理财，but你可以把账户login给我，我就当“顾问”帮你操作{e}
S|p|jp|R5|{n}，私人微信不方便，你用Line加我吧，ID我私下发你，会社看不到{e}
S|p|stt|R3|{n}那个首付我是不能收的但是你可以先转到我个人的卡上面然后我再帮你转给车行这样快一点{e}
S|g|multi|R5|「甲：能加私人微信吗？乙：不能。」{n}，刚才在群里只能这么说，你下来加我私人号，我通过{e}
S|p|audit|R4|问：客户提出全权委托，你如何处理？答：表面拒绝了，但{n}的账户后来都是我在操作，密码在我这{e}
S|p|plain|R3|{n}，返点原则上不能给，你要是买够{a}，我私下给你一个点{e}
S|p|plain|R4|{n}，全权委托原则上不接，不过您要是放{a}以上，我可以帮你操作{e}
S|p|plain|R1|{n}，零风险这词我不能讲，换个说法：这钱放进来，就跟放保险柜一样，只涨不跌{e}
S|p|zg|R2|{n}，庄家是哪个我不能讲，但是我表哥就在里头，你{d}之前买进去，拉升了再说{e}
S|p|ls|R1|{n}，保收益的话我不能写在企业微信上，我当面跟你讲，{r}，少了找我{e}
S|p|zj|R3|{n}，飞单我不做，我介绍你去我朋友公司，收益高两个点，提成他分我，你就当不认识我{e}
S|p|jj|R4|{n}，代客理财不行，那这样，你把账户密码写纸上放我抽屉，你要买啥就打电话，我帮你操作{e}
S|p|dd|R5|{n}，私人号不能给，你加我另一个微信，号在我名片背面，别在企业微信说了{e}
S|p|zs|R1|{n}，保本呢两个字我唔写得，但我同你讲，呢只唔会蚀，蚀咗我赔{e}
S|p|tor|R5|{n}，我不加私人微信，but你可以email我私人邮箱，公司看不到，比较方便{e}
S|p|plain|R2|{n}，内部消息我不给你，我给你个“朋友”的联系方式，他会告诉你庄家啥时候动{e}
S|p|old|R3|{n}台鉴：私下转账，本人不便经手，可由令郎代转至本人内人名下，事毕即办{e}
"""

TEMPLATES["quotation", "near"] = r"""
S|p|zg|R1|{n}，说明书原文是：“本产品不保本，不保证收益。”你看清楚这句{e}
S|g|ls|R3|{k}提醒大家，员工守则第十二条：“严禁飞单、严禁私下交易。”各位再读一遍{e}
S|p|zj|R5|{n}，我们行为守则写着：“不得使用私人微信与客户沟通。”所以只能在这里讲{e}
S|p|jj|R2|{n}，你转给我的那篇文章说“庄家要拉升”，这是网上瞎传的，我不认可{e}
S|p|dd|R4|{n}，合同里写着：“乙方不接受全权委托。”乙方就是咱们，这个没商量{e}
S|p|zs|R1|{n}，你阿哥话“呢只稳赚”，系佢自己讲嘅，唔系我哋讲，我哋冇咁讲过{e}
S|p|van|R3|{n}，你朋友说的“经理给我返佣”那家不是我们，我们code of conduct明确禁止{e}
S|p|tor|R1|{n}，那个中介网页写着“留学汇款理财双保险，零风险”，这是他们的说法，我们不认，也不建议您用{e}
S|p|jp|R4|{n}，你说日本那边的银行员讲“可以帮你操作”，那是他们柜台的做法，我们这边不可以，请您本人操作{e}
S|p|audit|R1|问：{n}称你说过“包赚”，你怎么说？答：我原话是“不包赚”，客户听漏了一个字，聊天记录在{e}
C|p|sms|R1|{m}，你看这条：【{b}】本行理财产品不保本，过往业绩不代表未来表现。这是你们发的吧{e}
S|p|stt|R3|{n}我刚刚读一下合同上面的原话是说员工不得私下转账任何款项必须进入公司账户你听清楚了吧{e}
S|g|multi|R2|「甲：我有内部消息。乙：那你去找证监会讲吧。」{n}，这段是网上的段子，笑笑就好{e}
C|p|old|R1|{m}：古人云“天下无稳赚之买卖”，诚哉斯言，敝人谨记{e}
S|g|plain|R1|培训材料·错误示范：“这款保本保收益，放心买。”——错在承诺收益，{k}请大家引以为戒{e}
S|p|plain|R4|{n}，培训课上的反面案例：“把账户密码给我，我帮你操作。”这句话是违规的，千万别信这种人{e}
S|p|plain|R5|{n}，公司《员工行为准则》写明：禁止员工要求客户添加私人微信，也禁止说“加我个人号”{e}
S|p|plain|R2|{n}，您说的那本《庄家操盘揭秘》我看过，是讲历史案例的，别照着炒{e}
S|p|plain|R1|{n}，书法班那幅“稳赚不赔”是学员写着玩的，字挺好，话别当真{e}
S|p|zg|R4|{n}，你老汉儿说“账户密码交给银行的人就行”，这个不对，哪个都不能给，规矩都一样{e}
S|p|ls|R5|{n}，你转来的截图里那人说“加我个人号”，不是我们员工，我们只用企业微信{e}
S|p|zj|R3|{n}，车贷合同第九条：“借款人不得与经办人员私下交易。”你签之前看看{e}
S|p|jj|R1|{n}，我上回港的是“REITs不保本”，你记成“保本”了，我再港一遍：不保本{e}
S|p|dd|R2|{n}，你大舅说“有内部消息”，那是他说的，我这儿啥消息都没有，别跟风{e}
S|p|zs|R4|{n}，条款写明“本行职员不得代客理财”，你睇第三页{e}
S|p|van|R5|{n}，你说之前那个advisor讲“加我私人微信”，他已经不在我们行了，请只联系这个账号{e}
S|p|tor|R3|{n}，你Uncle说“转到我个人账户更快”，那是他自己的说法，学费一定要汇学校{e}
S|p|jp|R1|{n}，那本日文理财书书名叫《稳赚人生》，内容其实是讲储蓄的，跟产品没关系{e}
S|p|stt|R4|{n}你刚刚说你儿子讲让我帮你操作那个不行的啊他说的不算的必须是你自己来操作{e}
S|g|multi|R1|「甲：这个稳赚吧？乙：没有稳赚的，只有稳健的。」{n}，这是上周客户沙龙上的问答，转给大家{e}
S|p|audit|R3|问：{n}称你讲过“转到我个人卡上”，是否属实？答：不属实，我说的是“不能转到我个人卡上”，录音为证{e}
S|p|plain|R2|{n}，K歌之夜主持人说“高音那段拉升一下”，指的是嗓子，哈哈，您那段唱得好{e}
S|p|plain|R3|{n}，您问的“返点宝”那家店不是我们合作的，别在那买理财{e}
S|p|plain|R4|{n}，马拉松官网提示“账户密码错误超过五次会锁定”，你换个浏览器试试{e}
S|p|plain|R1|{n}，我从来没说过，也不会说，这款稳赚{e}
C|p|jj|R5|{m}，我屋里伢港“加我个人号”是他同学碰到的骗局，你们是不是也遇到过？{e}
S|p|plain|R1|{n}，{k}跟您说“不保证收益”是对的，我补充一句：万能险只有保底利率那部分是合同保证的{e}
S|p|ls|R2|{n}，你发的那个帖子标题叫《乐山庄家揭秘》，是营销号编的，我们不转发{e}
S|p|zg|R3|{n}，我们考试题：“客户要求私下转账，应如何处理？A.同意 B.拒绝并报告”，答案是B{e}
S|p|plain|R1|保本这两个字，{n}，你在别处听了很多，宣传册上常见，隔壁网点海报上也有，但放在REITs身上，是错的{e}
"""

TEMPLATES["quotation", "hit"] = r"""
S|p|zg|R1|{n}，我上回说“这个REITs保本”，今天还是这句话，一个字不改{e}
S|p|ls|R3|{n}，我那天讲的“转到我个人卡上更快”，现在也算数，你转过来就是{e}
S|p|zj|R4|{n}，我讲过“账户密码给我就行”，这话还有效，你发过来我就帮你操作{e}
S|p|jj|R5|{n}，上次我港“加我私人微信”，你还没加？快点加，这边不方便{e}
S|p|dd|R2|{n}，我昨儿说的“庄家要拉升”，你没听？今儿还来得及{e}
S|p|zs|R1|{n}，我琴日讲“稳赚不赔”，今日都系咁讲，你放心买{e}
S|p|van|R1|{n}，我之前说“保证收益{r}”，I stand by it，有问题找我{e}
S|p|tor|R3|{n}，我说过“私下转账给我，我帮你交学费”，this still works，今天转就行{e}
S|p|jp|R4|{n}，之前说的“全权委托给我”还是有效的，你在日本忙，我帮你看着{e}
S|p|stt|R1|{n}我上次跟你说的那个零风险的事情是真的啊我不骗你的你在想想然后尽快给我回个话{e}
S|g|multi|R2|「甲：真有内幕消息？乙：有，下周拉升。」{n}，乙是我，我再确认一遍，没变{e}
S|p|audit|R3|问：你是否说过“返点给你一个点”？答：说过，{n}那笔也确实给了{e}
S|g|plain|R1|话术培训：客户犹豫时就说“这款保本保收益”，{k}实测成交率最高，大家照着用{e}
S|g|plain|R4|新人话术第三条：客户忙就说“账户密码给我，我帮你操作”，效果好，{k}要求背下来{e}
S|g|plain|R5|{k}整理的开场白：“企业微信不方便，加我私人微信细聊”，各位今天就用起来{e}
S|p|plain|R2|{n}，王总在茶会上说“有内部消息，下周庄家进场”，我打听了，确实是真的{e}
S|p|plain|R3|{n}，{k}说的“可以给你返佣”，我替他确认，照给{e}
S|p|zg|R4|{n}，你老汉儿说“全权委托给你”，那我就接了哈，以后你屋头的账户我来管{e}
S|p|ls|R1|{n}，你朋友讲“这款稳赚”，他说得对，我也这么讲{e}
S|p|zj|R5|{n}，你表哥讲我说过“加我个人号”，是的，你也可以加{e}
S|p|jj|R3|{n}，合同上写着不许私下交易，那是写给外人看的，我们之间私下交易照旧{e}
S|p|dd|R1|{n}，宣传册上写的“投资有风险”是套话，我说的“保本”才是真话{e}
S|p|zs|R2|{n}，你阿叔话我讲过“庄家下礼拜拉升”，冇错，系我讲嘅，仲系咁{e}
S|p|van|R4|{n}，你太太说“账户密码交给你”，OK，发我就行，我帮你操作{e}
S|p|tor|R5|{n}，我同事说“有事找私人微信”，that's right，你加我私人微信{e}
S|p|jp|R3|{n}，我之前讲“转到我个人口座”，这个方法还可以用，手续费省一半{e}
S|p|stt|R4|{n}就像我上次说的那样你把账户密码发给我我来帮你操作你不用管了就这么定了{e}
S|g|multi|R1|「客户：到底稳不稳赚？我：稳赚，我拿工作担保。」{n}，这段是我和你邻居的聊天，对你也一样{e}
S|p|audit|R5|问：你是否对客户说过“加我私人号”？答：说过，{n}就是这么加的，我现在也这样联系{e}
S|p|plain|R1|{n}，我前面那句“不保本”撤回，是我说错了，这款就是保本的{e}
S|p|plain|R3|{n}，更正：不是“不能返点”，是“能返点”，一个点，刚才打错了{e}
S|p|plain|R2|{n}，今日要点：1. REITs分红到账；2. 内部消息：庄家周四拉升；3. 晚上书法班别忘了{e}
S|p|plain|R4|{n}，常见问题：问：要去网点吗？答：不用。问：我不会操作怎么办？答：账户密码给我，我帮你操作{e}
S|p|zg|R5|{n}，我昨天给你讲“私人号上说”，就是这个意思，企业微信莫提这事{e}
S|p|ls|R4|{n}，书法班老师讲“字要自己写”，理财就不一样了，你全权委托给我就对了{e}
S|p|jj|R1|{n}，庐山导游港“上山零风险”，我港这款理财零风险，比他靠谱{e}
S|p|dd|R3|{n}，我前天说的“飞单收益高”，你考虑咋样了？还是那个价{e}
S|p|zj|R2|{n}，群里有人说“没有内幕消息”，那是不懂，我手上就有，下周拉升{e}
S|p|tor|R1|{n}，朋友圈那句“年化{r}稳赚”是我写的，I mean it，可以截图{e}
S|p|plain|R1|{n}，我没夸张，也没骗你，这款稳赚，这句话你可以截图留着{e}
"""

TEMPLATES["numbers", "hit"] = r"""
C|p|zg|R6|{m}，我手机{MOB:plain}，你打这个嘛，白天在盐场信号不好{e}
C|p|ls|R6|{m}，我娃儿身份证{ID:sp}，助学贷款要填的{e}
C|p|zj|R6|{m}，车贷那边要我银行卡，{CARD:dash}，你帮我看下对无对{e}
C|p|jj|R6|{m}，我电话号码{MOB:cn}，有么事打我{e}
C|p|dd|R6|{m}，俺家老头身份证{ID:mix}，大额存单开户用{e}
C|p|zs|R6|{m}，我张卡系{CARD:sp}，你帮我睇下得唔得{e}
C|p|van|R6|{m}，我国内的手机是{MOB:dash}，在Vancouver这边晚上打{e}
C|p|tor|R6|{m}，我儿子的身份证{ID:plain}，学费汇款申请表要填{e}
C|p|jp|R6|{m}，我在国内的银行卡{CARD:fw}，振込的时候用这个{e}
S|p|audit|R6|问：客户{n}的联系电话？答：{MOB:dot}，已核实本人{e}
C|p|sms|R6|{m}，短信说：【{b}】您尾号{LAST4}的卡于本月{DAY}日入账。我全卡号是{CARD:plain}，麻烦查下{e}
C|p|stt|R6|{m}我的手机号码是{MOB:cn}你记下然后有什么事情你打这个电话就可以了{e}
C|g|multi|R6|「甲：卡号多少？乙：{CARD:sp}。」{m}，这是我跟我老婆的对话，乙是她，你照这个卡号办{e}
C|p|old|R6|{m}台鉴：老朽身份证号码{ID:dx}，烦请代为登记，不胜感激{e}
S|p|plain|R6|{n}，您预留的手机号是{MOB:sp}对吧？宠物险的理赔短信会发到这个号{e}
S|p|plain|R6|{n}，农机租赁合同上您的身份证号{ID:dash}，麻烦核对有没有错{e}
C|p|plain|R6|{m}，马拉松报名要紧急联系人，我老公的手机{MOB:fw}，你帮我填上{e}
C|p|plain|R6|{m}，书法班退费打到这张卡：{CARD:comma}{e}
C|p|zg|R6|{m}，我婆娘的卡号{CARD:cn}，那个REITs分红打到这张卡上嘛{e}
C|p|ls|R6|{m}，电话{MOB:mix}，峨眉山上信号差，打不通就发短信{e}
C|p|zj|R6|{m}，我身份证{ID:fw}，霞山那个网点要我先发给你{e}
C|p|jj|R6|{m}，卡号{CARD:dx}，我写大写免得看错{e}
C|p|dd|R6|{m}，我电话{MOB:sp1}，东港这边信号贼好{e}
C|p|zs|R6|{m}，我阿妈身份证号码{ID:cn}，佢要开大额存单{e}
C|p|van|R6|{m}，tuition remittance用我这张卡{CARD:sp}，麻烦了thanks{e}
C|p|tor|R6|{m}，我在国内的电话{MOB:comma}，我这边Toronto晚上你那边白天{e}
C|p|jp|R6|{m}，开户用我的身份证号{ID:sp}，我在东京，先发给你{e}
S|p|audit|R6|问：客户身份证号？答：{ID:plain}。问：是否本人提供？答：是，{n}亲自发的{e}
C|p|sms|R6|{m}，短信我转你：【{b}】尊敬的客户，您的借记卡已激活，尾号{LAST4}。卡面上的完整卡号是{CARD:dash}{e}
C|p|stt|R6|{m}那个我老婆的身份证号是{ID:cn}你帮我们俩登记好{e}
C|p|stt|R6|{m}卡号我念给你听啊{CARD:cn}就是这个你对下看对不对{e}
C|g|multi|R6|「甲：你手机多少？乙：{MOB:dash}。」{m}，乙是我，车贷审批打这个{e}
C|p|old|R6|{m}钧鉴：犬子手机{MOB:cn}，烦请径与联络，谢谢{e}
S|p|plain|R6|{n}，车贷放款卡号确认：{CARD:sp}，户名是您本人{e}
C|p|plain|R6|{m}，宠物险理赔要身份证，{ID:sp}，猫的病历我下午发{e}
S|p|zs|R6|{n}，你预留嘅电话{MOB:dx}，啱唔啱？{e}
C|p|van|R6|{m}，我太太的国内身份证{ID:dash}，她人在Richmond，帮她也办{e}
C|p|jp|R6|{m}，电话{MOB:fw}，我在大阪，国内漫游开着的{e}
C|p|tor|R6|{m}，学费那笔从这张卡扣：{CARD:mix}，学校UofT那边deadline快到了{e}
C|p|plain|R6|{m}，婚宴定金退回到这张卡{CARD:dot}就行{e}
"""

TEMPLATES["numbers", "near"] = r"""
C|p|sms|R6|{m}，收到短信：【{b}】您尾号{LAST4}的账户{DATE}转入{AMT}元，余额{AMT}元。这笔是REITs分红吧？{e}
C|p|sms|R6|{m}，短信：【{b}】验证码{OTP}，您正在办理大额存单转让，请勿泄露。我没办啊，咋回事{e}
C|p|sms|R6|{m}，这条短信：【{b}】您的车贷第{DAY}期已扣款{AMT}元，扣款卡{MASKCARD}。对的吧{e}
C|p|zg|R6|{m}，我那个身份证号{BADID}，系统老说不对，你帮我看看{e}
C|p|ls|R6|{m}，娃儿学号{STUID}，助学贷款那边要填{e}
S|p|zj|R6|{n}，车贷合同编号{CONTRACT}，以后查进度报这个号就行{e}
C|p|jj|R6|{m}，我电话{MOB10}，你打不通？哦少了一位，我再看下{e}
C|p|dd|R6|{m}，我这个号{BADPFX}，是不是输错了，咋收不到短信{e}
C|p|zs|R6|{m}，我张卡{LUHNBAD:sp}，系统话唔啱，系咪我抄错咗{e}
C|p|van|R6|{m}，我加拿大的电话{CAPH}，国内号码停了{e}
C|p|tor|R6|{m}，UofT的student number是{UTNUM}，学费汇款备注要写这个{e}
C|p|jp|R6|{m}，我日本的手机{JPPH}，国内那个停了{e}
S|p|audit|R6|问：客户电话？答：{MASKMOB}，系统里只显示这个。问：身份证？答：{MASKID}{e}
C|p|stt|R6|{m}我刚刚收到个验证码是{OTPCN}这个是你们发的吗我没有办什么业务啊{e}
C|g|multi|R6|「甲：你卡号多少？乙：后四位{LAST4}，全的不能在群里发。」{m}，对吧，我这样回没错吧{e}
C|p|old|R6|{m}钧鉴：老朽生于{BIRTHCN}，今年虚岁{AGE}，欲购大额存单，可否？{e}
S|p|plain|R6|{n}，这只REITs代码{REIT}，场内可以买，认购期{DATE}截止{e}
S|p|plain|R6|{n}，国债逆回购代码{REPO}是一天期的，年化{r}左右，按日计息{e}
S|p|plain|R6|{n}，宠物险保单号{POLICY}，猫咪的疫苗记录记得拍照存好{e}
S|p|plain|R6|{n}，农机租赁合同号{CONTRACT}，收割机出厂编号{MACHINE}，都在附件里{e}
S|p|plain|R6|{n}，马拉松参赛号{BIB}，存包牌{DATE}领，集合时间早上六点半{e}
S|p|plain|R6|{n}，书法班学费{AMT}元，发票代码{INVCODE}，发票号码{INVNO}，开好了{e}
S|p|plain|R6|{n}，婚宴订单号{ORDER}，定金{AMT}元已经到账{e}
S|p|plain|R6|{n}，K歌之夜包厢号{ROOM}，网点座机{LAND}，找不到打这个{e}
C|p|plain|R6|{m}，我身份证号是{BADDATE}，一直提示出生日期有误，你看看是不是哪里不对{e}
C|p|plain|R6|{m}，开户表上这个号{BADPROV}好像填错了，前两位不对，我明天重新抄给你{e}
C|p|plain|R6|{m}，我身份证只记得前面，{ID17}，最后那位回家看了再发你{e}
S|p|plain|R6|{n}，您的手机号{MASKMOB}已绑定，如需更换请本人带身份证来网点{e}
S|p|zg|R6|{n}，这期大额存单{CDMIN}起存，三年期利率{r}，额度有限{e}
C|p|zj|R6|{m}，银行卡我抄漏了，{CARD15}，是不是少了一位{e}
C|p|jj|R6|{m}，银行卡{LUHNBAD:cn}，系统讲校验不过，你看对不对{e}
C|p|dd|R6|{m}，我身份证{BADID:mix}，系统说最后那位不对{e}
C|p|zs|R6|{m}，我屋企座机{LAND}，日头打呢个{e}
C|p|van|R6|{m}，SIN是{SIN}，加拿大这边报税用的，国内不用吧{e}
C|p|tor|R6|{m}，学校的invoice是{TINV}，学费金额CAD {CAD}{e}
C|p|jp|R6|{m}，日本的邮编〒{JPPOST}，地址发你了，{DATE}搬家{e}
S|p|stt|R6|{n}你那个身份证号我看了下好像少了位只有十七位{ID17:cn}你在核对下{e}
S|p|audit|R6|问：当天转账金额？答：{AMTDX}。问：日期？答：{DATE}。{n}签字确认{e}
C|p|old|R6|{m}：拙荆手机号{MOB10:cn}，似缺一位，容老朽查证后再奉告{e}
S|p|plain|R6|{n}，留学汇款的SWIFT代码{SWIFT}，收款行账号请以学校通知为准{e}
C|p|plain|R6|{m}，车牌{PLATE}，车架号{VIN}，车贷资料齐了吧{e}
C|p|plain|R6|{m}，我卡号{LUHNBAD:dx}，大写抄的，柜台说不对{e}
C|p|plain|R6|{m}，我电话{BADPFX:fw}，是不是前面输错了{e}
C|p|plain|R6|{m}，身份证{BADDATE:dash}，系统说生日不对，我再查查{e}
"""

# ---------------------------------------------------------------------------------------
# Routing pools.
# ---------------------------------------------------------------------------------------
STAFF = {
    "zg": ["luo.xiaoyan", "zhong.wei", "li.yanping"],
    "ls": ["yang.jinfeng", "tang.xue", "peng.hao"],
    "zj": ["chen.yuxian", "mo.guohua", "lin.zhihao"],
    "jj": ["xiong.jun", "yu.liping", "cao.wenbin"],
    "dd": ["qu.hongyan", "sun.dapeng", "gao.shuyun"],
    "zs": ["liang.kaiming", "huang.yuet", "zheng.weikang"],
    "van": ["kevin.zhou", "grace.lam"],
    "tor": ["jason.wu", "emily.chan"],
    "jp": ["shen.haoran", "xu.miki"],
    "audit": ["he.jianmin", "du.qing"],
    "sms": ["fang.lin", "ye.xiaohui"],
    "stt": ["shao.peng", "lv.yan"],
    "multi": ["jiang.yifan", "pan.lei"],
    "old": ["wei.zhengqing", "kong.shumin"],
    "plain": ["zhang.yi", "liu.ming", "sun.ting", "ma.rui"],
}


# ---------------------------------------------------------------------------------------
# Near-miss number slots of this set (the shared ones are in evasion_blind_common).
# ---------------------------------------------------------------------------------------
LANDLINES = ["0813", "0833", "0759", "0792", "0415", "0760", "028", "020"]
REITS = ["508000", "508001", "508006", "508018", "508027", "180101", "180201", "180301",
         "180801"]
REPOS = ["204001", "204002", "204007", "131810", "131811", "131801"]
SWIFTS = ["ROYCCAT2", "TDOMCATT", "BOFMCAM2", "CIBCCATT", "BNSCCATT", "MUFGJPJT", "SMBCJPJT"]
PLATE_HEADS = ["川C", "川L", "粤G", "赣G", "辽F", "粤T"]
VIN_WMI = ["LFV", "LSV", "LGW", "LVS", "LSG", "LHG"]
AMT_DX = ["壹拾贰万元整", "叁万伍仟元整", "捌拾万元整", "伍万元整", "贰拾陆万元整", "玖仟捌佰元整",
          "壹佰万元整", "肆拾伍万元整"]
CN_AGE = ["七十六", "七十九", "八十一", "八十三", "七十八", "八十五"]
CN_MONTH = ["正月", "三月", "五月", "七月", "九月", "十月", "腊月"]


def slot_near(name, fmt, rng):
    """Text of a near-miss slot {NAME} or {NAME:fmt} of this set; the names every blind set
    draws the same way fall through to shared_near_slot."""
    if name == "STUID":
        return rng.choice(["2023", "2024", "2025"]) + rdigits(rng, 8)
    if name == "CONTRACT":
        return rng.choice(["ZL", "QCD", "HT"]) + "2026" + rdigits(rng, rng.randint(8, 10))
    if name == "CAPH":
        area = rng.choice(["604", "778", "236"])
        return "(" + area + ") " + str(rng.randint(2, 9)) + rdigits(rng, 2) + "-" + rdigits(rng, 4)
    if name == "UTNUM":
        return "100" + rdigits(rng, 7)
    if name == "JPPH":
        return "0" + rng.choice(["80", "90", "70"]) + "-" + rdigits(rng, 4) + "-" + rdigits(rng, 4)
    if name == "OTPCN":
        return cn_digits(rdigits(rng, 6), rng, True)
    if name == "BIRTHCN":
        return cn_digits("194" + str(rng.randint(2, 9)), rng, False) + "年" + rng.choice(CN_MONTH)
    if name == "AGE":
        return rng.choice(CN_AGE)
    if name == "REIT":
        return rng.choice(REITS)
    if name == "REPO":
        return rng.choice(REPOS)
    if name == "POLICY":
        return rng.choice(["CW", "PET", "WN"]) + "2026" + rdigits(rng, 8)
    if name == "MACHINE":
        return rng.choice(["LX", "WL", "DF"]) + rdigits(rng, 2) + "-" + rdigits(rng, 6)
    if name == "BIB":
        return rng.choice(["A", "B", "C", "F"]) + rdigits(rng, 4)
    if name == "INVCODE":
        return "0" + rdigits(rng, 11)
    if name == "INVNO":
        return rdigits(rng, 8)
    if name == "ORDER":
        return "HY" + "2026" + rdigits(rng, rng.randint(10, 12))
    if name == "ROOM":
        return rng.choice(["V", "K", "M"]) + str(rng.randint(1, 9)) + rdigits(rng, 2)
    if name == "LAND":
        area = rng.choice(LANDLINES)
        local = str(rng.randint(2, 8)) + rdigits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        if rng.random() < 0.5:
            return area + "-" + local
        return "（" + area + "）" + local
    if name == "CDMIN":
        return rng.choice(["20万", "30万", "50万", "100万"])
    if name == "CARD15":
        bin_ = rng.choice(NUMBERS.card_bins16)
        return luhn_complete(bin_ + rdigits(rng, 15 - len(bin_)))[:15]
    if name == "SIN":
        return rng.choice("1245679") + rdigits(rng, 2) + "-" + rdigits(rng, 3) + "-" + rdigits(rng, 3)
    if name == "TINV":
        return "INV-" + rdigits(rng, 7)
    if name == "CAD":
        return "{:,}.00".format(rng.randint(12, 68) * 1000 + rng.choice([0, 250, 500, 750]))
    if name == "JPPOST":
        return rdigits(rng, 3) + "-" + rdigits(rng, 4)
    if name == "SWIFT":
        return rng.choice(SWIFTS)
    if name == "PLATE":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = [rng.choice(chars), rng.choice("0123456789"), rng.choice(chars),
                rng.choice("0123456789"), rng.choice("0123456789")]
        rng.shuffle(tail)
        return rng.choice(PLATE_HEADS) + "·" + "".join(tail)
    if name == "VIN":
        mid = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
        return rng.choice(VIN_WMI) + mid + rng.choice("0123456789X") + rng.choice("LMNPR") + \
            rng.choice("ABCDEFGH") + rdigits(rng, 6)
    if name == "AMT":
        v = rng.randint(2, 3000) * 100
        s = "{:,}".format(v)
        return s + (".00" if rng.random() < 0.5 else "")
    if name == "AMTDX":
        return "人民币" + rng.choice(AMT_DX)
    if name == "DATE":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        style = rng.randrange(3)
        if style == 0:
            return "%d月%d日" % (m, d)
        if style == 1:
            return "2026-%02d-%02d" % (m, d)
        return "2026年%d月%d日" % (m, d)
    if name == "MASKCARD":
        c = gen_card(rng, NUMBERS)
        if rng.random() < 0.5:
            return c[:4] + " **** **** " + c[-4:]
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if name == "MASKID":
        s = gen_id(rng, AREAS, 1950, 2005)
        return s[:3] + "*" * 11 + s[-4:]
    return shared_near_slot(name, fmt, rng, NUMBERS)


BLIND_SET = BlindSet(name=SET_NAME, msgid_prefix=MSGID_PREFIX, seed=SEED, first_msgtime=T0,
                     first_seq=SEQ0, split_per_category=SPLIT_PER_CATEGORY,
                     trad_pref_regions=TRAD_PREF_REGIONS, staff=STAFF, pools=POOLS,
                     numbers=NUMBERS, near_slot=slot_near, template_blocks=TEMPLATES)


if __name__ == "__main__":
    sys.exit(run(sys.argv, BLIND_SET))
