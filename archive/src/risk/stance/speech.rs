//! Reported speech: what a third party or the addressee said, quoted or framed, whether the
//! speaker endorses it or warns against it, and requests and questions the speaker reports.

use std::sync::LazyLock;

use daachorse::CharwiseDoubleArrayAhoCorasick;

use super::denial::{SPLIT_POTENTIALS, is_denial_predicate_after};
use super::exception::TAKEN_BACK;
use super::lexicon::URGING;
use super::markers::{FINAL_PARTICLES, Markers, contains_any, contains_text, position_of};
use super::question::{WHETHER, WHETHER_MARK, answer, is_asking, is_bare_yes};
use super::{Clause, Neighbours};
use crate::risk::negation::negators_in;

/// Third parties whose words a sentence may report.
pub(super) static THIRD_PARTIES: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "有人",
        "人家说",
        "念叨",
        // What a customer asked or said, reported: `客户问“你私人号多少”，我说只用企业微信`.
        "客户问",
        "客户说",
        "客户讲",
        // The customer's own words, quoted: `客户原话：“你们保证收益我就买”`.
        "客户原话",
        "听说",
        "那人",
        // An article, whose title a book-title mark quotes: `转的那篇《庄家如何拉升股价》`.
        "那篇",
        "这篇",
        "反面教材",
        "反面案例",
        // A misconception named before what it quotes: `常见误区：“定投一定保本”`.
        "误区",
        // Many people, as a source: `很多人跟我说“我有内部消息”`, `最近好多人扮私人银行家，话有…`.
        "很多人",
        "好多人",
        "不少人",
        // Courts and arbitrators, and the former staff they rule on: `仲裁裁决书认定原经理私下交易
        // 系个人行为`.
        "法院",
        "仲裁",
        "裁决书",
        "判决书",
        "原经理",
        "前经理",
        "原客户经理",
        // A training role-play's wrong example: `【话术演练·错误示范】销售：“…”`.
        "错误示范",
        "投诉信",
        "骗子话术",
        "诈骗话术",
        "有些人",
        "有的人",
        // Cantonese: some people; the addressee's son.
        "啲人",
        "有啲人",
        "个仔",
        "某人",
        "不法分子",
        "骗子",
        "冒充",
        "别的",
        "其他",
        "其它",
        "别人",
        "他人",
        "某些人",
        "一些人",
        "任何人",
        "别的机构",
        "其他机构",
        "其它机构",
        "别家",
        "别的公司",
        "其他公司",
        "新闻",
        "报道",
        "某",
        "某些",
        "那些",
        "那些人",
        "某公司",
        "某券商",
        "有位客户",
        // The addressee's kin and townsfolk: `你娃讲“…”`, `侬老乡讲“…”`.
        "你娃",
        "你老乡",
        "您老乡",
        "有个客户",
        // A shop, and its owner: `那家店跟你说…`, `保健品店老板推的…`.
        "那家",
        "店老板",
        "有客户",
        "一位客户",
        "那位客户",
        "别的客户",
        "网上",
        "网络上",
        "文章",
        "标题",
        "广告",
        "传言",
        "凡是",
        "转述",
        "自称",
        "号称",
        "冒称",
        "声称",
        "反映",
        "群里",
        // Whoever: `谁再给客户返点，直接开除`.
        "谁",
        // Others in reports and notices: `某地一名理财经理…`, `涉事员工…`, `隔壁支行有人…`.
        "一名",
        "涉事",
        "业务员",
        // Other staff, whose words the speaker reports: `理赔员说“私下转账更快”`.
        "理赔员",
        "柜员",
        "推销员",
        "销售员",
        "理财经理",
        "员工",
        "中介",
        "同业",
        "隔壁",
        "某地",
        "群友",
        "假冒",
        "冒用",
        "段子手",
        "公众号",
        "剧本",
        "疯传",
        "同行",
        "有同行",
        "证监会",
        "该客户经理",
        "某客户经理",
        "开玩笑说",
        "那位",
        "那个员工",
        "该员工",
        "媒体",
        "自媒体",
        "网红",
        // The addressee's colleagues (not the speaker's, who may endorse), and firms by the
        // handful: `你同事说的“…”`, `好几家小贷公司`.
        "你同事",
        "您同事",
        "好几家",
        "通报",
        // Family and acquaintances whose words a customer passes on: `您婆婆说那个产品“包赚”`.
        "婆婆",
        "二姨",
        "大姨",
        "小姨",
        "老舅",
        "舅舅",
        "姑姑",
        "老公",
        "老伴",
        "儿子",
        "女儿",
        "闺女",
        "儿媳",
        "女婿",
        "老头子",
        "爱人",
        "孙子",
        "孙女",
        // Sayings handed down, as others' words (`老话说“稳赚不赔的生意没人会告诉你”`), not
        // borrowed as the speaker's own (`借用一句老话“稳赚不赔”`).
        "老话说",
        "俗话说",
        "古话说",
        "常言道",
        "亲戚",
        "邻居",
        "朋友",
        "家里人",
        // Cousins, schoolmates, the broker before: `你老表讲…`, `上一个经纪讲“…”`.
        "老表",
        "表哥",
        "表姐",
        "学姐",
        "学长",
        "经纪",
        "经纪人",
        "那哥们",
        "那哥们儿",
        "爱人",
        "家人",
        // The addressee's parents and relatives: `你爸说“小刘有内部消息”`, `你姑妈讲“…”`.
        "你爸",
        "您爸",
        "你妈",
        "您妈",
        "你妈妈",
        "您妈妈",
        "你爸爸",
        "您爸爸",
        "你父亲",
        "您父亲",
        "你母亲",
        "您母亲",
        "姑妈",
        "姨妈",
        "舅舅",
        // Uncles, in-laws, and Sichuanese `老汉儿` (father): `你大舅说“有内部消息”`.
        "大舅",
        "二舅",
        "舅妈",
        "姑父",
        "姨父",
        "岳父",
        "岳母",
        "公公",
        "姐夫",
        "老汉",
        // The addressee's uncles, named with their nephew or niece (a bare `阿叔` may be the
        // addressee): `你老舅说的“…”`, Cantonese and Hakka `你阿叔讲“…”`.
        "你老舅",
        "您老舅",
        "你阿叔",
        "您阿叔",
        // `Client 说之前 RM 讲过 “zero risk”`.
        "client说",
        // A website's or system's message: `马拉松官网提示“账户密码错误超过五次会锁定”`.
        "官网提示",
        // A notice's wording: `风控通知里写的“…”`.
        "通知里写",
        "通知上写",
        "系统提示",
        "页面提示",
        "弹窗提示",
        // English, each word its own (`got people say 稳赚`, `some agent do 飞单`).
        "peoplesay",
        "someagent",
        "someone",
        "somebody",
        "whoever",
    ])
});

/// Words that warn against what was just said.
const WARNINGS: &[&str] = &[
    // Advising against it: `你老乡讲“…”，我们劝你别交`.
    "劝你别",
    "劝您别",
    // Not to be believed or heeded, in Beijing speech, in Cantonese and in the Northeast:
    // `你可甭信`, `我唔同意…佢讲嘅唔可以信`, `你就当耳旁风，整不好就是想让你接盘`.
    "甭信",
    "甭听",
    "不同意",
    "不可以信",
    "不要信",
    "耳旁风",
    "耳边风",
    "接盘",
    // Harm done to the addressee: `有人讲可以帮你做飞单省手续费，那是害你`.
    "是害你",
    "是坑你",
    "害了你",
    // Singapore and Malaysia English, run together by the compact text: `…all scam one lah,
    // please don't believe`, `…is fake lah`, `…please report to us`, `…you must report ok`.
    "scam",
    "dontbelieve",
    "dontfollow",
    "dontreply",
    "redflag",
    "isfake",
    "reportto",
    "mustreport",
    "pleasereport",
    // Not to be believed, in Wu and in the classical register: `覅相信`, `后一句信不得`.
    "覅相信",
    "覅信",
    "信不得",
    "信不过",
    // Mistaken: `你屋里伢讲“这个保本的”，那是他看错了`.
    "看错了",
    // Suspect at a glance, fine words only: `这种一看就有问题，别加`, `外面那些人讲“保收益”，
    // 讲得好听`.
    "一看就有问题",
    "说得好听",
    "讲得好听",
    // Ask first, and do not let the customer lose: `合同上没写的都不算啦`, `别让客户吃亏`.
    "问清楚",
    "都不算",
    "吃亏",
    "搞错了",
    "听错了",
    "弄错了",
    "记错了",
    // Ran off with the money: `说零风险的项目最后全跑路了`.
    "跑路",
    "卷款",
    // English, typed among the Chinese: `…？Definitely a scam，block him`.
    // The firm's own channel to hold on to (`认准我` vouches for the speaker instead).
    "认准企业微信",
    "认准官方",
    "认准公司",
    "scam",
    "fraud",
    "blockhim",
    // What befell those who did it: `…，最后被抓了`; `…的私募产品多数已经暴雷`; `…考核直接不合格`.
    "被抓",
    "暴雷",
    "不合格",
    // Calling it nonsense: `您说他讲“飞单不犯法”？那是胡说`; knowing it wrong at once: `伊講“買了
    // 就包賺”，阮聽了就知道不對`.
    "胡说",
    "知道不对",
    // A pyramid scheme; never once true: `…“返点五百”，那是拉人头的`, `…没有一次是真的`.
    "拉人头",
    // Summoned by the regulator: `…宣传保收益，监管刚约谈过`.
    "约谈",
    "没有一次是真的",
    "没一次是真的",
    // Told to keep away: `…的中介，我们行不认识，莫和他打交道`.
    "别和他打交道",
    "别跟他打交道",
    "不要和他打交道",
    "不要跟他打交道",
    "莫和他打交道",
    "莫跟他打交道",
    "胡扯",
    "瞎扯",
    "诈骗",
    "骗子",
    "骗局",
    "骗人",
    "投诉",
    "举报",
    "报警",
    "不可信",
    "不能信",
    "别信",
    "不要信",
    // Not to be listened to, or guessed: `…“把账户密码给经理最省事”，这话可不能听`,
    // `说金价下周要拉升的都是瞎猜`.
    "不能听",
    "别听",
    "不要听",
    "瞎猜",
    // There is no such thing: `我知道有别家说零风险，但…不存在零风险的投资`.
    "不存在",
    // Taken for a cash machine; never once true: `说这话的人怕不是把您当提款机了`,
    // `他嘴里那句“零风险”你都听了几回了，哪回是真的？`.
    "当提款机",
    "哪回是真的",
    "哪次是真的",
    // Told at once, as a report: `任何人说可以帮您拿返佣，都请第一时间告诉我们`. (Told to us:
    // `…有内部消息，我第一时间告诉您` is the speaker's offer.)
    "第一时间告诉我",
    "第一时间告知我",
    "第一时间联系我",
    // Not to be said so (any more): `封面印着“保本型”，…现在都不让这么叫`.
    "不让这么",
    "不许这么",
    "不准这么",
    "不能这么说",
    "不能这么讲",
    "别这么说",
    "别这么讲",
    "不要这么说",
    // Not to appear again, of a word: `“保收益”这三个字以后别再出现在朋友圈了`.
    "别再出现",
    "不要再出现",
    "不准出现",
    "不许出现",
    "不得出现",
    "不能出现",
    "上当",
    "谨防",
    "警惕",
    "注意风险",
    "假的",
    "违规",
    "违法",
    "不合规",
    "挂断",
    "拉黑",
    "不要理会",
    "不要理",
    "别理",
    "别搭理",
    "不要搭理",
    // Misread, run off with, not to be believed (Taiwanese 母汤): `说的是业绩，不是产品，别误会`,
    // `每次说这话的人最后都跑了`, `母汤信啦`.
    "别误会",
    // Misremembered, misunderstood, wrongly accused: `您说我给过您私人号…您记混了`,
    // `阿姨说我讲过“…”，应该是误会`, `你说我讲过“稳赚不赔”，冤枉哦`.
    "记混了",
    // Reported to the police: `…，我们现在就帮您报案`.
    "报案",
    // Not to be handed over: `有人冒充平台要你们的账户密码…，别给！`.
    "别给",
    // Told to staff on the spot: `如有人…邀您加私人号，请告知工作人员`.
    "告知工作人员",
    "告诉工作人员",
    // Found void, or blind to what it leaves out: `…的话“保证收益…”，认定该承诺无效`, `那篇文章
    // 说“期权卖方稳赚”，忽略了尾部风险`.
    "无效",
    "忽略了",
    "忽视了",
    "搞混了",
    "是误会",
    // (Not `冤枉钱`, money wasted.)
    "冤枉哦",
    "冤枉啊",
    "冤枉我",
    "冤枉人",
    "真冤枉",
    "不要误会",
    "都跑了",
    "母汤",
    "不予理会",
    "轻信",
    "谣言",
    "报备",
    "冒充",
    "处罚",
    "处分",
    "查处",
    // What befell those who did it: `…已被吊销从业资格`, `结果血本无归`.
    "开除",
    "被罚",
    "罚款",
    "罚了",
    "吊销",
    "移送",
    "追责",
    "立案",
    "血本无归",
    "被骗",
    "杀猪盘",
    // Caution and prohibitions addressed to the reader: `请务必注意核实`, `您千万别进`.
    "谨慎",
    "核实",
    "小心",
    "当心",
    "千万别",
    "千万不要",
    "请勿",
    "切勿",
    "请不要",
    // Condemnations and sanctions: `这已经违反广告法了`, `涉事的人已经被判刑了`, `是钓鱼短信`,
    // `这种词是红线，大家别碰`, `都是营销话术，您别当真`.
    "违反",
    "判刑",
    "钓鱼",
    "红线",
    "别碰",
    "非法",
    "话术",
    "别当真",
    "不要当真",
    "引以为戒",
    "解聘",
    "严肃处理",
    // Once found out, a sanction follows: `以上行为一经发现，…`.
    "一经发现",
    // A notice's warning: `特此提醒：我司员工不会承诺收益`.
    "特此提醒",
    // `宣传材料里绝无“保证收益”的字样`.
    "绝无",
    "字样",
    // Reports of what others did and what came of it: `利用内幕消息牟利的案例`, `都是编的`,
    // `幸好及时拦住了`, `正在核查`.
    "牟利",
    "案例",
    "编的",
    "拦住",
    "核查",
    "大家注意",
    // Passing it on to compliance, or telling them we do not do it: `这种情况是不是要上报？`,
    // `我跟他讲了咱们不做这个`.
    "上报",
    "报合规",
    // Sanctions threatened: `谁再给客户返点，直接开除`, `…，扣当月绩效`.
    "扣当月",
    "扣绩效",
    "扣钱",
    "一律通报",
    // What befell others, and what is said of schemes: `被处以警告`, `已被追究刑事责任`,
    // `都是割韭菜的`, `大家千万别踩这个坑`.
    "被处",
    "被查",
    "查出",
    "追究",
    "刑事责任",
    "警示",
    "警方",
    "调查",
    "冒用",
    "假冒",
    "陷阱",
    "割韭菜",
    "踩坑",
    "踩这个坑",
    "犯傻",
    "忽悠",
    "留个心眼",
    "封了",
    "找死",
    "高风险",
    "可别",
    "别去",
    "挂掉",
    "亏了",
    "澄清",
    "解释了",
    "提醒他",
    "提醒她",
    "提醒客户",
    "提醒大家",
    // Asking others to pass a warning on: `有人冒充我加他私人微信，各位帮忙提醒一下`.
    "帮忙提醒",
    "提醒一下",
    "我们不做",
    "咱们不做",
    "不做这个",
    "不做这种",
    // A correction: `您婆婆说那个产品“包赚”，…其实是浮动收益`.
    "其实是",
    "不准确",
    "黑平台",
    "实际上是",
    // A claim called a con: `这种宣传单一看就是骗老年人的`.
    "就是骗",
    // What befell others (Southwestern 遭 is 被), mistakes not to repeat, a refusal to the
    // reader: `…的摊摊儿，上个月遭查了`, `大家别犯同样的错误`, `…的，一律拒绝`.
    "遭查",
    // Reported to the regulator, in Hong Kong's English: `我哋已经report咗`.
    "已经report",
    "被查了",
    "被查处",
    "被罚了",
    "被告了",
    "别犯同样",
    "犯同样的错",
    "一律拒绝",
    // Turned down already: `刚才有位客户说愿意给返佣…，我已经拒绝了`.
    "已经拒绝",
    // Not to be followed, unprofessional, in English typed among the Chinese: `那个KOL说“this one
    // is 零风险”，我只能说完全不professional，别follow`.
    "别follow",
    "不要follow",
    "不professional",
    "不专业",
    // A fall it has had, against what was promised: `那个主播说“金条稳赚不赔”，黄金也有跌的时候`.
    "有跌的时候",
    "有亏的时候",
    "也会跌",
    "也会亏",
    // Cantonese: fake, don't believe.
    "假东西",
    "不要信",
    "莫当真",
    "是误解",
];

/// Third parties whose denial a speaker may contradict: `别家不提供…，我们提供`.
pub(super) static OTHERS: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "别家", "别人", "其他", "其它", "人家", "同行", "别的", "有的", "他们", "外面", "那边",
        "网点",
    ])
});

/// Requests a sentence reports: `客户想让我帮你操作，我没答应`. Like a question, the request
/// asserts nothing by itself; the answer in the next clauses decides.
static REQUESTS: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "想让我",
        "要我",
        "让我",
        "请我",
        "非要我",
        "叫我",
        "要求我",
        "求我",
        // Wanting to do it with me: `有位客户想跟我私下交易，我跟他说不能`.
        "想跟我",
        "想和我",
        "要跟我",
        "要和我",
        "找我",
    ])
});

/// The addressee's own words, which the speaker may ask about (`您说的内部消息是从哪听来的？`) or
/// quote (`您说的那个“飞单”理财经理，我们已经反映给合规部了`); only in the keyword's clause:
/// `您说的我明白` before it is small talk.
pub(super) static ADDRESSEE_WORDS: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "您说的",
        "你说的",
        // Said by the addressee, put back to them: `侬讲全权委托，阿拉规定是不可以的`.
        "你讲",
        "您讲",
        "您提到的",
        "你提到的",
        "您问的",
        "你问的",
        // What the addressee quoted: `您引用的那句“保本理财”是好多年前的说法了`.
        "您引用的",
        "你引用的",
        // What the addressee applied for: `您申请的“由客户经理帮你操作调仓”服务，我司不提供`.
        "您申请的",
        "你申请的",
        // What the addressee forwarded: `您转发的那条说“储蓄国债稳赚”`.
        "您转发的",
        "你转发的",
        // Cantonese: `你转发嗰段…`.
        "您转发",
        "你转发",
        "你转来的",
        "您转来的",
        // Southern `讲` (say), and the addressee's report of what someone said: `你讲“…”`,
        // `你说我讲过“保收益”`.
        "你讲的",
        "您讲的",
        "你讲",
        "您讲",
        "你说我讲过",
        "你说我说过",
        "您说我说过",
        "您说我讲过",
        // What the addressee complained someone did: `您投诉小冉承诺了保本，我们会认真核查`.
        "您投诉",
        "你投诉",
    ])
});

/// [`THIRD_PARTIES`] in `words`, unless the speaker owns them (`我标题都写了《…》`).
pub(super) fn has_third_party(words: &[&str]) -> bool {
    position_of(words, &THIRD_PARTIES).is_some_and(|at| {
        let own = at
            .checked_sub(1)
            .is_some_and(|previous| matches!(words[previous], "我" | "我的" | "我们" | "我们的"));
        // An interbank certificate of deposit is a product, not a peer: `同业存单基金`.
        let product = words[at] == "同业" && words.get(at + 1) == Some(&"存单");
        !own && !product
    })
}

/// Heard from someone: `您听温哥华那边人说“…”`, `听隔壁老王讲…`, with at most
/// [`MAX_HEARSAY_SAYER_WORDS`] words for who said it; not the speaker (`您听我说`).
pub(super) fn is_hearsay(words: &[&str]) -> bool {
    // Some, or someone, said: `有粉丝说…`, `有些二手车商会说“…”`.
    if let ["有" | "有些" | "有的", rest @ ..] = words
        && let Some(said) = rest
            .iter()
            .take(MAX_HEARSAY_SAYER_WORDS + 1)
            .position(|word| matches!(*word, "说" | "讲" | "会说"))
        && said > 0
        && !rest[..said].iter().any(|word| FIRST_PERSON.contains(word))
    {
        return true;
    }
    words.iter().enumerate().any(|(at, word)| {
        if *word != "听" {
            return false;
        }
        let rest = &words[at + 1..];
        let Some(said) = rest
            .iter()
            .take(MAX_HEARSAY_SAYER_WORDS + 1)
            .position(|word| matches!(*word, "说" | "讲"))
        else {
            return false;
        };
        said > 0 && !FIRST_PERSON.contains(&rest[0])
    })
}

/// How many words may name who was heard: `温哥华|那边|人`.
const MAX_HEARSAY_SAYER_WORDS: usize = 4;

/// [`ADDRESSEE_WORDS`] in `words`, unless told to the addressee (`我上次跟您说的…` are the
/// speaker's words).
pub(super) fn has_addressee_words(words: &[&str]) -> bool {
    position_of(words, &ADDRESSEE_WORDS).is_some_and(|at| {
        !at.checked_sub(1)
            .is_some_and(|previous| TOLD_TO.contains(&words[previous]))
    })
}

/// Prepositions of telling: `跟您说的`, `对你说的`.
pub(super) const TOLD_TO: &[&str] = &["跟", "对", "和", "同", "给"];

/// True when `text` holds one of [`ENDORSING_FRAMES`]. `就跟` likens (`就跟银行存款一样`);
/// before a person it is the coverb, with or to them (`你就跟我保证收益吧`).
fn has_endorsing_frame(text: &str) -> bool {
    ENDORSING_FRAMES.iter().any(|frame| {
        text.match_indices(frame).any(|(at, _)| {
            !(*frame == "就跟"
                && text[at + frame.len()..].starts_with(['我', '你', '您', '他', '她']))
        })
    })
}

/// Frames that endorse what they report (`就像广告说的：“稳赚”`) and verdicts that endorse a
/// quotation (`那句“…是稳赚的”说得一点没错`): the speaker says it too.
const ENDORSING_FRAMES: &[&str] = &[
    // Permitted by word of mouth, so that nothing is written: `客户追问时可口头说明“本产品实际保本”`.
    "可口头说明",
    "可以口头说明",
    "可口头告知",
    "可以口头告知",
    "就像",
    "正如",
    "就跟",
    "如同",
    "我们的口号",
    "团队的口号",
    "公司的口号",
    // Putting it on record, as before: `话我撂这儿了，跟上回一样：“零风险”`.
    "撂这儿",
    "搁这儿",
    "放这儿了",
    "跟上回一样",
    "跟上次一样",
    "和上次一样",
    // Telling someone to say it: `你就说不能，然后补一句“不过我们这个实际上就是保本的”`.
    "补一句",
    "补充一句",
    "你就说",
    // Coaching the script: `你就反问“这款保本的，您还怕什么？”`, `就说“零风险”`, `最后落一句“…”`.
    "你就反问",
    "就反问",
    "就说",
    "落一句",
    "你就讲",
    // Telling the team what to ask: `你们主动问一句“要不要我帮你操作”，他还能拒绝吗？`.
    "主动问一句",
    "你们就问",
    "你就问",
    // A script to read out or post: `话术发你了，照着念：“…”`, `你在群里就这么发：“…”`.
    "照着念",
    "照着说",
    "照着发",
    "就这么发",
    "就这么说",
    "就这么讲",
    // A line to remember: `刘阿姨你记住我这句：“…”`.
    "记住我这句",
    "记住这句",
    // The line prescribed to customers: `客户问“稳不稳”，推荐回答：“…”`, `对客口径统一为“…”`.
    "推荐回答",
    "标准回答",
    "统一回答",
    "口径统一为",
    "口径为",
    // A model answer to learn: `防诈情景演练示范答案：…“以后有事加我私人微信”`, `参考话术：“…”`.
    "示范答案",
    "参考话术",
    // A line held up to the team: `早会金句：“…”`.
    "金句",
    // Said again, as the speaker's own: `重申总经理原话“老客户返佣照常”`.
    "重申",
];
const ENDORSEMENTS: &[&str] = &[
    "没错",
    // Owned, in writing: `“加我私人微信”确实是我说的`, `这话我白纸黑字认`; a script to follow:
    // `…你们组就照这个话术来`.
    "确实是我说的",
    "就是我说的",
    // The sender owning a message a reply quotes: `「方磊：稳赚不赔」…这四个字是我说的`, `上面讲的
    // 还是算数`, `上面这句still valid`.
    "是我说的",
    "是我讲的",
    "是我发的",
    // Done, still said, believed, meant: `那就加吧`, `这单就这么做`, `我今天还这么说`, `这个话我信`,
    // `说的就是咱这个产品`.
    "那就加吧",
    // Taken on: `你老汉儿说“全权委托给你”，那我就接了哈`.
    "那我就接了",
    // Owned and stood by: `我不删，本来就是这样`, `我敢讲就敢认`, `传这话的就是我，千真万确`,
    // `现在我还是这么讲`; a script that sells: `成交率高`, `当场签`.
    "本来就是这样",
    "敢讲就敢认",
    "敢说就敢认",
    "不是乱讲的",
    "传这话的就是我",
    "说这话的就是我",
    "千真万确",
    "还是这么讲",
    "还是这么说",
    "还这么讲",
    "成交率高",
    "当场签",
    // Stood by, taught as the script: `我stand by这句话`, `这是标准答法，照背`, `照这个来`,
    // `被评为本月最佳话术，大家学习`, `请大家在实际中使用`, `我觉得很机智`.
    "standby",
    "照背",
    // Learnt by heart: `参考话术：“…”——请大家背熟`.
    "背熟",
    "照这个来",
    "标准答法",
    "最佳话术",
    // Praised as phrasing and spread: `坐席回复“…”表述有力，建议推广到全组话术`.
    "表述有力",
    "建议推广",
    "实际中使用",
    "很机智",
    "我的话没错",
    "我就接了",
    "就这么做",
    "还这么说",
    "这个话我信",
    "这话我信",
    "说的就是咱这个",
    "说的就是我们这个",
    "算数",
    "stillvalid",
    "白纸黑字认",
    // Stood by: `我说到做到`, `那句话我一直没收回`, `这话我今天还是这句`, `这是我个人的承诺`.
    "说到做到",
    // Still good: `我上个月在群里说的“…”，依然有效`.
    "依然有效",
    "仍然有效",
    // Still binding, true: `…“先转到我个人账户周转”，这个还作数`, `但我说的是实话`.
    "还作数",
    "还算数",
    "仍然算数",
    // Answered for, not taken back: `这话我负责`, `额不收回`.
    "这话我负责",
    "我负责任",
    "不收回",
    "仍然作数",
    "依然作数",
    "说的是实话",
    "讲的是实话",
    "一直有效",
    "也有效",
    "还有效",
    "没收回",
    "还是这句",
    "还是那句",
    "我个人的承诺",
    "照这个话术",
    "按这个话术",
    // A colleague's words held up as the way to sell: `…当场就签了。大家学着点，话术就这么讲`.
    "学着点",
    "就这么讲",
    "就这么说",
    "照着讲",
    "照着说",
    // Done as it says: `我昨天那句“…”你截图了吧？截得好，到时候就照着做`, `…一个字没传错，钱你就
    // 照这样打给我`.
    "照着做",
    "照着办",
    "照这样",
    // `…伙伴们照这句说，签单率翻倍`.
    "照这句说",
    "照这句讲",
    "照这句话说",
    // Passed on to be followed: `转发…原话：“…”，请大家照此执行`.
    "照此执行",
    "照此办理",
    "遵照执行",
    "按此执行",
    "截得好",
    "没传错",
    "一个字不改",
    // The team told to say it so: `大家统一按刘总说的口径讲`.
    "的口径讲",
    "统一口径",
    "按这个口径",
    // Agreed to: `您说的“转到我个人账户”没问题`.
    "没问题",
    "讲得好",
    "核实过",
    "亲自核实",
    // Believing the source, finding no fault: `券商朋友原话“周一拉升”，我信他`, `没毛病`.
    "我信他",
    "我信她",
    "我信了",
    "没毛病",
    // Found sound: `…“返点五百”，这个靠谱，你也去领`.
    "这个靠谱",
    "挺靠谱",
    "很靠谱",
    // It is this one, the speaker's: `您朋友说的“私人微信”就是这个，加我`.
    "就是这个",
    // Vouching for the quotation: `…说“在小李这买的都稳赚”，您问问她，我从不骗人`.
    "从不骗人",
    "不骗您",
    // Finding the quoted tip sound: `研究所的朋友说“…要拉升”，我觉得靠谱`.
    "觉得靠谱",
    "我看靠谱",
    // True, said in the quotation's own clause: `你朋友话“搵我返点最多”係真嘅`.
    "是真的",
    // A testimonial held out to the reader: `客户原话：“跟着小刘买，一年稳赚9%”。您也可以`.
    "您也可以",
    "你也可以",
    // A source that never failed: `朋友说“…庄家下周拉升”，他从来没失手过`.
    "没失手过",
    "从没失手",
    "没看走眼",
    // A promise kept: `您还记得我说的那句“跟我做，包赚”吗？现在兑现了吧`.
    "兑现了",
    "应验了",
    // Sharing the view: `用您孙子的话说就是“包赚”，哈哈，我也这么觉得`.
    "我也这么觉得",
    "我也这么认为",
    "我也这么想",
    "我也觉得是",
    // Acting on it: `客户说“走飞单也行”，那就按他说的办`, `…，那我就接过来`.
    "按他说的",
    "按她说的",
    "照他说的",
    "照她说的",
    "按客户说的",
    "照客户说的",
    "我就接过来",
    "我来接手",
    "照办",
    "按你说的",
    "按您说的",
    // Agreeing: `你说的“客户可以私下交易，不进系统”，我同意`.
    "我同意",
    // A line to remember, a promise staked: `就一句“这期产品保本保收益”，你记住这句就行`,
    // `“零风险”三个字我敢打包票`.
    "记住这句",
    "我敢打包票",
    // Saying it again: `您朋友说我讲的“内部消息”不靠谱？我再说一遍：…`.
    "我再说一遍",
    "再说一遍",
    // Granting it: `您说的“返点”，我们照给`.
    "照给",
    "照做",
];

/// Verdicts that close the clause before a quotation and endorse it: `群友说得对：“…”`,
/// `您邻居说的没错，“…”`.
const VERDICTS_BEFORE: &[&str] = &[
    "说得对",
    "说的对",
    "讲得对",
    "说得没错",
    "说的没错",
    "讲得没错",
    "说得在理",
    "说的在理",
    "说得好",
];

/// True when the speaker endorses the report around a keyword.
pub(super) fn is_endorsed(
    before: &[&str],
    after: &[&str],
    preceding: &[Clause],
    following: &[Clause],
) -> bool {
    let frame = preceding
        .last()
        .map(|clause| clause.words.concat())
        .unwrap_or_default();
    // The quotation's own commas may stand between: `您邻居说的没错，“跟着小周买，稳赚”`.
    let verdict_before = preceding.iter().rev().take(2).any(|clause| {
        let frame = clause.words.concat();
        let frame = frame.trim_end_matches(FINAL_PARTICLES);
        !is_asking(clause)
            && VERDICTS_BEFORE
                .iter()
                .any(|verdict| frame.ends_with(verdict))
    });
    // The frame may stand a clause further back, before the quotation's own commas.
    let framed_further_back = preceding
        .iter()
        .rev()
        .nth(1)
        .is_some_and(|clause| has_endorsing_frame(&clause.words.concat()));
    has_endorsing_frame(&before.concat())
        || has_endorsing_frame(&frame)
        || framed_further_back
        || verdict_before
        || endorses(&after.concat())
        // Urging the addressee on after the saying: `老话说“内幕消息不等人”，今天收盘之前必须上车`.
        || following
            .first()
            .is_some_and(|clause| contains_any(&clause.words, &URGING))
        // A conclusion drawn from it: `转述一下领导的话：“老客户可以代客理财。”所以您放心交给我`.
        || following.first().is_some_and(|clause| {
            clause.words.first() == Some(&"所以")
                && negators_in(&clause.words, false) == 0
                && !warns(&clause.words)
        })
        // A claim, not a question, agreed to in a word with no warning after: `你朋友说“找他可以
        // 私下交易”，嗯，是的，一百万我这边可以`.
        || (!before.iter().any(|word| WHETHER.contains(word))
            && following.iter().take(2).any(is_bare_yes)
            && !is_warned_within(&[], following, QUOTED_WARNING_REACH))
        // The speaker may stand by it a clause further on: `群里那句“…拉升”，是我发的，友仔，
        // 没讲错`.
        || following.iter().take(3).any(|clause| {
            // `她问我是不是真的` asks; it endorses nothing.
            let asking =
                is_asking(clause) || clause.words.iter().any(|word| WHETHER.contains(word));
            is_verdict(clause) || (!asking && endorses(&clause.words.concat()))
        })
}

/// The clause right after a report says it is right (`…，写得对`, `…，係真嘅`): the plainest
/// endorsement, which the rules read without the model.
pub(super) fn is_judged_right(following: &[Clause]) -> bool {
    let right = following.first().is_some_and(|clause| {
        let text = clause.words.concat();
        is_verdict(clause)
            || (!is_asking(clause)
                && (contains_text(&text, RIGHT)
                    || BELIEVED.contains(&text.trim_end_matches(FINAL_PARTICLES))))
    });
    if right {
        return !is_warned_within(&[], following, 2);
    }
    // The speaker vouching for the source a clause on, with no warning beside it (the vouching
    // itself names deceit): `…“跟着她买都稳赚”，您去问问，我从不骗人`.
    let vouches =
        |clause: &Clause| !is_asking(clause) && contains_text(&clause.words.concat(), VOUCHING);
    let next_two = || following.iter().take(2);
    next_two().any(vouches) && !next_two().any(|clause| !vouches(clause) && warns(&clause.words))
}

/// Believing what was reported, the whole clause: `…“这只有内部消息”，我信`.
const BELIEVED: &[&str] = &["我信", "我信了", "我相信", "我也信", "我是信的"];

/// The speaker vouching for what was reported: the plainest endorsements after a report, which
/// the rules read without the model.
const VOUCHING: &[&str] = &[
    "我从不骗人",
    "我不骗您",
    "我不骗你",
    // Applied to the product: `报纸上印着“零风险”那仨字，…说的就是咱这个产品`.
    "说的就是咱这个",
    "说的就是我们这个",
];

/// True when `text` endorses what was reported: it calls it right ([`RIGHT`]) or otherwise
/// stands by it ([`ENDORSEMENTS`]).
pub(super) fn endorses(text: &str) -> bool {
    // Fine-sounding words only are no endorsement: `讲得好听`.
    if text.contains("得好听") {
        return false;
    }
    contains_text(text, RIGHT)
        || BELIEVED.contains(&text.trim_end_matches(FINAL_PARTICLES))
        || stands_by(text)
}

/// True when `text` stands by what was said ([`ENDORSEMENTS`]): `我现在还这么说`, `我stand by
/// 这句话`; more than calling it right, which a quiz's option may (`A 放心吧没问题`).
pub(super) fn stands_by(text: &str) -> bool {
    // Nor is one denied: `这不是我说的`, `不算数`; nor one that cannot be done: `我保证不了`.
    let denied = |at: usize, end: usize| {
        is_denied_at(text, at)
            || SPLIT_POTENTIALS
                .iter()
                .any(|potential| text[end..].starts_with(potential))
    };
    // One pass over the text for every phrase: this runs for most quotations' next clauses.
    match ENDORSEMENT_AUTOMATON.as_ref() {
        Some(automaton) => automaton
            .find_overlapping_iter(text)
            .any(|found| !denied(found.start(), found.end())),
        None => ENDORSEMENTS.iter().any(|endorsement| {
            text.match_indices(endorsement)
                .any(|(at, found)| !denied(at, at + found.len()))
        }),
    }
}

/// True when the phrase found at byte `at` of `text` is denied by the character before it:
/// `不算数`, `没收回`.
fn is_denied_at(text: &str, at: usize) -> bool {
    let before = &text[..at];
    // Never once: `没有一次是真的`.
    before.ends_with(['不', '没']) || NOT_ONCE.iter().any(|never| before.ends_with(never))
}

/// Not once, before what would otherwise endorse: `没有一次是真的`.
const NOT_ONCE: &[&str] = &["没有一次", "没一次", "没有哪次", "没哪次", "没有哪一次"];

/// [`ENDORSEMENTS`] as one automaton (each phrase once).
static ENDORSEMENT_AUTOMATON: LazyLock<Option<CharwiseDoubleArrayAhoCorasick<u32>>> =
    LazyLock::new(|| {
        let phrases: std::collections::BTreeSet<&str> = ENDORSEMENTS.iter().copied().collect();
        CharwiseDoubleArrayAhoCorasick::new(phrases).ok()
    });

/// True when one of the next two clauses, not asked, owns what was reported as the speaker's
/// ([`OWNING`]), not denied (`不是我说的`): the rules' reading, which the model may not clear.
pub(super) fn is_owned(following: &[Clause]) -> bool {
    following.iter().take(2).any(|clause| {
        let text = clause.words.concat();
        !is_asking(clause)
            && OWNING.iter().any(|owning| {
                text.match_indices(owning)
                    .any(|(at, _)| !is_denied_at(&text, at))
            })
    })
}

/// The speaker owning what was reported: said it, had it said, or gave it: `系𠊎讲嘅`, `佢同你讲
/// “转到我个人户口快啲”，系我叫佢讲嘅`, `你亲戚说“有内部消息”，他消息就是我给的`.
const OWNING: &[&str] = &[
    "是我说的",
    "是我讲的",
    "是我发的",
    "我叫他讲的",
    "我叫他说的",
    "我让他讲的",
    "我让他说的",
    "是我给的",
    "今晚发你",
    "晚点发你",
    "回头发你",
    // Done as asked: `你讲“想加你私人号”，我当时冇回，现在发你`.
    "现在发你",
    "这就发你",
    "马上发你",
    // Offered as well: `您邻居说“她那边私下转账可以便宜两个点”，我这儿也行，转我`.
    "我这儿也行",
    "我这也行",
    "我这边也行",
    "我这里也行",
    "我这儿也可以",
    "我这边也可以",
    "我这里也可以",
    "我这儿也能",
    "我这边也能",
];

/// Words that call what was reported right: the plainest endorsements, which
/// [`is_judged_right`] reads alone.
const RIGHT: &[&str] = &[
    "说得对",
    // Meaning the same, or heard the same: `你讲王总说的“内幕消息靠得住”，我也是这个意思`,
    // `…，我也是这样听说`.
    "我也是这个意思",
    "我也是这样听说",
    "我也这样听说",
    "我也是这么听说",
    "我也这么听说",
    // Agreeing outright: `有专家讲“…”，我完全同意`.
    "我完全同意",
    "完全赞同",
    "我也是这么想的",
    "我也这么认为",
    "讲得对",
    "写得对",
    "写得没错",
    "说得好",
    "在理",
    "这话不假",
    "此话不假",
    "所言不假",
    "不虚传",
    "一点不假",
    "确有其事",
    "没讲错",
    "没说错",
    // Borne out: `今天又印证了`, `现在兑现了吧`.
    "印证了",
    "兑现了",
    // Confirmed true, owned: `阁下朋友所讲“呢份计划保本”，我确认属实`, `…，这话我认`.
    "确认属实",
    "这话我认",
    "这个我认",
    // In English typed among the Chinese: `你朋友讲“this one guaranteed稳赚”，yes correct`.
    "yescorrect",
    "iscorrect",
    "thatsright",
];

/// A clause that endorses what was just reported: `…，係真嘅`, `…，我也不谦虚了，确实是`. A
/// question (`是真的吗？`) endorses nothing.
fn is_verdict(clause: &Clause) -> bool {
    if is_asking(clause) {
        return false;
    }
    let verdict = clause.words.concat();
    if WHOLE_CLAUSE_VERDICTS.contains(&verdict.trim_end_matches(FINAL_PARTICLES)) {
        return true;
    }
    VERDICTS.iter().any(|opening| {
        // A one-character verdict is the whole clause: `…，准。`, not `准备…`.
        if opening.chars().count() == 1 {
            verdict.trim_end_matches(FINAL_PARTICLES) == *opening
        } else {
            verdict.starts_with(opening)
        }
    })
}

/// Verdicts that are the whole clause after a report: owning the words (`你说我讲过“…”？讲过，
/// 我认`), where `我认为…` opens an opinion.
const WHOLE_CLAUSE_VERDICTS: &[&str] = &["我认", "我承认", "讲过", "说过"];

/// Verdicts that open the clause after a report and endorse it: `…，是真的`.
const VERDICTS: &[&str] = &[
    "是真的",
    "确实如此",
    "确实是",
    "说得没错",
    "没错",
    "靠谱",
    "准",
    // Nine in ten right: `群里大V说“庄家在吸筹”，我看八九不离十`.
    "八九不离十",
    "我看八九不离十",
];

/// `您问…`, `你问…`: the addressee's question, reported back before the answer.
pub(super) fn is_addressee_asking(before: &[&str]) -> bool {
    contains_any(before, &ADDRESSEE_ASKING)
}

/// The addressee asking, as one word or cut (`您|问`), or asked whether they ask (`是问…吗？`).
static ADDRESSEE_ASKING: LazyLock<Markers> =
    LazyLock::new(|| Markers::new(&["您问", "你问", "是问"]));

/// Verbs of wanting that report a request when someone other than the speaker is their
/// subject: `郑总说想全权委托给我，我拒绝了`.
const WANTING: &[&str] = &["想", "想要", "希望", "非要", "要求", "请", "求"];

/// Verbs that want only with a person as subject; otherwise they are modal (`下周要拉升`) or
/// causative (`规定是不能让您…`): `客户刚才要加我私人微信`, `您要的保收益`.
const WANTING_OF_PERSONS: &[&str] = &["要", "让", "叫"];

/// Persons who may want something of the speaker.
const PERSONS: &[&str] = &[
    "您", "你", "他", "她", "他们", "她们", "对方", "客户", "领导", "家人", "朋友", "老板",
    // The customer's family: `你外婆昨天要把账户密码念给我听`.
    "外婆", "外公", "奶奶", "爷爷", "老公", "老婆", "儿子", "女儿", "父母", "亲戚",
];

/// First-person words: the speaker's own wanting offers (`我想帮你操作`).
/// (Dialect forms, `俺`, `阿拉`, `涯`, come here as 我 or 我们: see `dialect.rs`.)
pub(super) const FIRST_PERSON: &[&str] = &["我", "我们", "咱", "咱们"];

/// Someone's request before the keyword: `客户想让我…`, `您要我…`, `郑总说想全权委托给我`.
/// Without a subject before it, `让我帮您操作` offers; with the speaker as subject, `我想…`
/// does.
pub(super) fn is_reported_request(before: &[&str]) -> bool {
    // What is then to be done is the speaker's instruction: `客户要便宜就私下交易`.
    if before.last() == Some(&"就") {
        return false;
    }
    // The addressee's own wish or offer, put back to them: `你说要全权委托给我帮你炒，这我可整不
    // 了`, `你刚才说要我保证收益`, `您说给我两个点返点当辛苦费`.
    if let ["你" | "您", rest @ ..] = before {
        let said = rest
            .iter()
            .take_while(|word| WHEN_SAID.contains(word))
            .count();
        if matches!(
            &rest[said..],
            ["说", "要" | "想要" | "把" | "想" | "让", ..] | ["说", "给", "我", ..]
        ) {
            return true;
        }
    }
    // The addressee's own deed or proposal, put back to them: `您把账户密码写在纸上给我，我不能
    // 收`, `您提议私下交易把手续费省下来，我不同意`.
    if matches!(before, ["你" | "您", "把" | "提议" | "建议" | "提出", ..]) {
        return true;
    }
    // What the addressee brought up, put back to them: `你说那个返点啊，没有的` (not what
    // someone said to them: `顾经理跟您说的那个…`).
    if let [rest @ .., "你" | "您", "说" | "讲" | "提" | "问", "那个"]
    | [
        rest @ ..,
        "你" | "您",
        "说" | "讲" | "提" | "问",
        "的",
        "那个",
    ] = before
        && !rest.last().is_some_and(|word| TOLD_TO.contains(word))
    {
        return true;
    }
    let wanting = before.iter().enumerate().position(|(index, word)| {
        WANTING.contains(word)
            || (WANTING_OF_PERSONS.contains(word)
                && before[..index].iter().any(|word| PERSONS.contains(word)))
    });
    let Some(at) = [position_of(before, &REQUESTS), wanting]
        .into_iter()
        .flatten()
        .min()
    else {
        return false;
    };
    // The wanting is the speaker's when the speaker is the nearest person before it: `我想…`,
    // but not `我晓得你想要稳赚的`.
    let wanter = before[..at]
        .iter()
        .rev()
        .find(|word| FIRST_PERSON.contains(word) || PERSONS.contains(word));
    at > 0
        && !wanter.is_some_and(|word| FIRST_PERSON.contains(word))
        && !matches!(
            before[at - 1],
            "那" | "那就" | "就" | "先" | "还是" | "不如"
        )
}

/// Adverbs of time between the addressee and their saying: `你刚才说`.
const WHEN_SAID: &[&str] = &[
    "刚才", "刚刚", "刚", "上次", "之前", "昨天", "前天", "那天", "又", "一直",
];

/// A clause's text that is only the addressee's saying, cut off from what they said by a comma
/// (voice input's `你刚才说，那个，要我保证收益`): the next clause that says something is their
/// words.
pub(crate) fn is_addressee_saying(text: &str) -> bool {
    let Some(mut rest) = text.strip_prefix('你').or_else(|| text.strip_prefix('您')) else {
        return false;
    };
    while let Some(shorter) = WHEN_SAID.iter().find_map(|when| rest.strip_prefix(when)) {
        rest = shorter;
    }
    matches!(rest, "说" | "讲" | "提")
}

/// Reported speech: see the module documentation. `framed`: a third party stands before the
/// keyword in its clause.
pub(super) fn is_reported(
    quoted: bool,
    framed: bool,
    neighbours: Neighbours,
    before: &[&str],
    after: &[&str],
) -> bool {
    // A quotation's frame may stand in the clause before (`有人说：“保本”`), unless the speaker
    // frames it as their own words (`有人问我“这个保本吗”，我说“当然保本”`).
    let own_words = contains_text(&before.concat(), OWN_SAYING);
    // A quotation may run over clauses, so its frame may stand two clauses back
    // (`反面案例：“您把账户密码给我，我帮你操作。”`).
    // (Not a frame the speaker says in: `引用上周群里我说的一句：“…”`.)
    let framed = framed
        || (quoted
            && !own_words
            && neighbours.preceding.iter().rev().take(2).any(|clause| {
                has_third_party(&clause.words) && !contains_text(&clause.words.concat(), OWN_SAYING)
            }));
    if quoted {
        // Or close its own clause: `“保本”是他说的，不是我`.
        let said_by_another = match after {
            ["是" | "都是" | "就是", rest @ ..] | rest => {
                !rest.is_empty()
                    && is_attribution(&Clause {
                        words: rest.to_vec(),
                        question_mark: false,
                    })
            }
        };
        if said_by_another && !own_words {
            return true;
        }
        // Or disown it: `那句“返佣两个点”不是我说的`; not to hand it to what vouches for it
        // (`“稳赚不赔”不是我说的，是过去三年业绩说的`).
        let handed_on = neighbours
            .following
            .first()
            .is_some_and(|next| next.words.first() == Some(&"是"));
        if contains_text(&after.concat(), DISOWNING) && !handed_on {
            return true;
        }
        // The frame may follow the quotation: `“零风险”，他这么说，你这么信…`, `“庄家明天拉升”——
        // 嗯嗯，他说的`.
        let attributed_after =
            !own_words && neighbours.following.iter().take(2).any(is_attribution);
        // A quotation may run over clauses: the warning may come after its last one
        // (`“把账户密码给我，我帮你操作”——以后谁再跟您这么说，直接报警`).
        framed
            || attributed_after
            || is_warned_within(after, neighbours.following, QUOTED_WARNING_REACH)
    } else {
        // What the addressee said may be answered no: `周总您说的全权委托给我个人，这个我们不接受`.
        // What someone passing themself off as the speaker does is reported: `有人冒充我加您私人
        // 号`.
        framed
            && (is_warned(after, neighbours.following)
                || is_impersonation(before)
                || (has_addressee_words(before) && answer(neighbours.following) == Some(false)))
    }
}

/// Someone passing themself off as the speaker: `有人冒充我`.
pub(super) fn is_impersonation(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|pair| IMPERSONATING.contains(&pair[0]) && pair[1] == "我")
}

/// Passing oneself off as someone: what follows is the impostor's deed.
const IMPERSONATING: &[&str] = &["冒充", "假冒", "冒用", "冒名", "冒认"];

/// True when the words before the keyword say it slipped out: `刚才说漏嘴讲了保本`.
pub(super) fn is_slipped_out(before: &[&str]) -> bool {
    before
        .iter()
        .any(|word| word.ends_with("漏嘴") || matches!(*word, "口误" | "嘴瓢" | "说漏" | "讲漏"))
}

/// Disowning a quotation: not the speaker's words.
const DISOWNING: &[&str] = &[
    // Said by someone else, not me: `“稳赚”是别人说的，我没说`.
    "我没说",
    "我可没说",
    "我没讲",
    "不是我说的",
    "不是我讲的",
    "不是我发的",
    "并非我说的",
    "不是我写的",
];

/// A clause that only says who said what came before: `他这么说`, `他说的`, `人家是这么讲的`.
fn is_attribution(clause: &Clause) -> bool {
    // (`那是他说的`: the demonstrative points back at the quotation.)
    let words = match clause.words.as_slice() {
        ["那" | "这" | "那个" | "这个", "是" | "都是", rest @ ..]
        | ["那是" | "这是", rest @ ..] => rest,
        words => words,
    };
    let Some((who, said)) = words.split_first() else {
        return false;
    };
    if !SAYERS.contains(who) {
        return false;
    }
    let said = said.concat();
    ATTRIBUTING.contains(&said.trim_end_matches(FINAL_PARTICLES))
}

/// Who may be said to have said it, after the quotation.
const SAYERS: &[&str] = &["他", "她", "他们", "她们", "人家", "对方", "别人"];

/// What they did with it: said it, so.
const ATTRIBUTING: &[&str] = &[
    // `他说他的` (let him say so).
    "说他的",
    "说的",
    "讲的",
    "这么说",
    "这么讲",
    "这样说",
    "这样讲",
    "是这么说的",
    "是这么讲的",
    "说",
    "讲",
];

/// Verbs of asking whose object is a whether-question.
pub(super) const ASKING_WHETHER: &[&str] = &["问", "想问", "想知道", "打听", "咨询"];

/// A verb of asking, then a whether-question (`想|问|国债|能不能`), before the keyword.
pub(super) fn asks_whether(before: &[&str]) -> bool {
    before
        .iter()
        .position(|word| ASKING_WHETHER.contains(word))
        .is_some_and(|at| before[at + 1..].contains(&WHETHER_MARK))
}

/// First-person verbs of saying that frame the speaker's own words.
const OWN_SAYING: &[&str] = &[
    "我说",
    // Where the speaker said it: `我在群里说的`, `我朋友圈那句`.
    "我在群里说",
    "我在群里发",
    "我朋友圈",
    "我当时回",
    "我回",
    "我告诉",
    "我跟他说",
    "我跟她说",
    "我答",
    "我的原话",
];

/// How many clauses after a quoted keyword a warning may stand in.
const QUOTED_WARNING_REACH: usize = 4;

/// A warning follows the keyword in its clause or in the next two: `“保本”？这种话别信`.
pub(super) fn is_warned(after: &[&str], following: &[Clause]) -> bool {
    is_warned_within(after, following, 2)
}

/// A warning follows the keyword in its clause or in the next `reach`.
pub(super) fn is_warned_within(after: &[&str], following: &[Clause], reach: usize) -> bool {
    warns(after)
        || following.iter().take(reach).any(|clause| {
            warns(&clause.words)
                || (!is_asking(clause) && is_taken_back_or_refused(clause))
                || (is_asking(clause) && is_belief_mocked(clause))
        })
}

/// Asked whether the addressee believed it, which says not to: `他讲“稳赚不赔”，你就信啦？`,
/// `这你也信？`.
pub(super) fn is_belief_mocked(clause: &Clause) -> bool {
    let text = clause.words.concat();
    let text = text.trim_end_matches(FINAL_PARTICLES);
    MOCKED_BELIEFS.iter().any(|ending| text.ends_with(ending))
        || contains_text(text, BELIEVERS_DOUBTED)
}

/// Asking whether anyone still believes it: `现在还有人信这三个字吗？`.
const BELIEVERS_DOUBTED: &[&str] = &["还有人信", "谁还信", "谁会信", "还会有人信"];

/// How a question that mocks believing it ends: believing it so easily, even that, still.
const MOCKED_BELIEFS: &[&str] = &[
    "就信",
    "也信",
    "还信",
    "都信",
    "真信",
    "就相信",
    "也相信",
    "还相信",
];

/// A clause, not asked, that takes the speaker's words back (`那是我说错了`, `今天正式跟您
/// 更正`) or is only a warning not to add someone (`别加`, `您别加`); asked, `讲错了伐？` dares
/// the addressee to find it wrong.
fn is_taken_back_or_refused(clause: &Clause) -> bool {
    let text = clause.words.concat();
    contains_text(&text, RETRACTIONS)
        || BARE_REFUSALS.contains(&text.trim_end_matches(FINAL_PARTICLES))
}

/// A quotation the rest of its clause calls the speaker's slip: `更正：上条消息里“保本型”是我打错
/// 了`.
pub(super) fn is_slip(after: &[&str]) -> bool {
    contains_text(&after.concat(), RETRACTIONS)
}

/// The speaker's own words taken back and corrected, or called a slip of the tongue.
const RETRACTIONS: &[&str] = &[
    "说错了",
    "讲错了",
    "更正",
    "嘴瓢",
    "口误",
    // A slip of the tongue: `刚才说漏嘴讲了保本，我更正：…`.
    "说漏嘴",
    "讲漏嘴",
    "打错了",
    "写错了",
    "笔误",
    "手误",
    "发错了",
    "算我没说",
    "当我没说",
];

/// True when what follows a quoted, negated keyword calls the negator a character typed too
/// many, which leaves the keyword said: `“这款不保本”多打了个“不”字，删掉就对了`.
pub(super) fn is_negator_typed_too_many(after: &[&str]) -> bool {
    let text = after.concat();
    (text.contains("多打了") || text.contains("多打一个")) && text.contains('不')
}

/// True when one of the next two clauses, not asked, takes back what was just quoted, or calls
/// it a formality now done: `刚才我说“不一定保本”，那是我嘴瓢了`, `按规定我得说“不能透露内部
/// 消息”，说完了`.
pub(super) fn is_retracted(following: &[Clause]) -> bool {
    following.iter().take(2).any(|clause| {
        let text = clause.words.concat();
        !is_asking(clause)
            && (contains_text(&text, RETRACTIONS)
                || text.trim_end_matches(FINAL_PARTICLES) == "说完")
    })
}

/// Clauses that only refuse to add whoever said it.
const BARE_REFUSALS: &[&str] = &[
    "别加",
    "您别加",
    "你别加",
    "千万别加",
    "不要加",
    "别转",
    "您别转",
    "你别转",
    "千万别转",
    "不要转",
    "先别转",
    "您先别转",
    "你先别转",
    "先别加",
    // The speaker refused it: `有粉丝说只要我保证收益就续年卡，我拒绝了` (matched without its
    // final particle).
    "我拒绝",
    "我拒",
    "我当场拒绝",
    "我直接拒绝",
];

/// True when a warning is in `words`, matched in their joined text: jieba glues warnings to
/// adverbs (`千万别|信`).
pub(super) fn warns(words: &[&str]) -> bool {
    let text = words.concat();
    // A warning denied is none: `我讲的“内部消息”冇得假的` (cannot be fake).
    // (`contains` first: its search is the faster one, and most texts hold no warning.)
    let warned = WARNINGS.iter().any(|warning| {
        text.contains(warning)
            && text.match_indices(warning).any(|(at, _)| {
                !DENYING_ENDINGS
                    .iter()
                    .any(|negator| text[..at].ends_with(negator))
            })
    });
    // Promising to cover losses (`亏了算我的`) names a loss without warning of it; a warning
    // against everyone else (`…请直接加我私人微信，其他人都别信`) vouches for the speaker.
    warned && !contains_text(&text, TAKEN_BACK) && !contains_text(&text, EVERYONE_ELSE)
}

/// Everyone but the speaker, as a warning's object.
const EVERYONE_ELSE: &[&str] = &["其他人", "别的人", "其他任何人", "除了我"];

/// Negators that deny the warning right after them: `冇得假的`, `不是骗局`.
const DENYING_ENDINGS: &[&str] = &["不是", "并非", "绝非", "没有", "冇得", "莫得"];

/// `只有…才能讲`, `只有…才可以说` right before the keyword: what may be said, and of what.
pub(super) fn is_restricted_saying(before: &[&str]) -> bool {
    let Some(only) = before.iter().position(|word| *word == "只有") else {
        return false;
    };
    matches!(
        &before[only..],
        [
            ..,
            "才能" | "才可以" | "才",
            "讲" | "说" | "宣传" | "承诺" | "提" | "写"
        ]
    )
}

/// The keyword said of deposits, which are what it says (a fact, not a product's promise):
/// `保本的只有存款`, `存款那部分是保本的`. Not a product likened to them (`跟存款一样是保本的`;
/// in the next clause, [`is_likened_next`]).
pub(super) fn is_said_of_deposits(before: &[&str], after: &[&str]) -> bool {
    let only_deposits = matches!(
        after,
        ["的", "只有" | "就只有" | "仅有" | "只是" | "就是", deposit, ..] if DEPOSITS.contains(deposit)
    );
    // The deposits' kind right before the keyword: `准确说是其中的储蓄类产品保本`.
    let tail = before[before.len().saturating_sub(3)..].concat();
    let kind_of_deposits = ["类产品", "类"].iter().any(|kind| {
        tail.strip_suffix(kind)
            .is_some_and(|rest| DEPOSITS.iter().any(|deposit| rest.ends_with(deposit)))
    });
    if kind_of_deposits {
        return true;
    }
    let Some(copula) = before.iter().rposition(|word| *word == "是") else {
        return only_deposits;
    };
    let subject = before[..copula]
        .iter()
        .rposition(|word| DEPOSITS.contains(word))
        .filter(|&at| {
            before[at + 1..copula]
                .iter()
                .all(|word| DEPOSIT_PARTS.contains(word))
                && !at
                    .checked_sub(1)
                    .is_some_and(|previous| LIKENING.contains(&before[previous]))
        });
    only_deposits || (subject.is_some() && copula + 1 == before.len())
}

/// One of [`DEPOSITS`].
pub(super) fn is_deposit_word(word: &str) -> bool {
    DEPOSITS.contains(&word)
}

/// What is 保本 by its nature: deposits and their kinds, and treasury bonds.
const DEPOSITS: &[&str] = &["存款", "定期", "定存", "大额存单", "储蓄", "国债"];

/// Words between the deposits and their 是: `存款那部分是`, `存款本身就是`.
const DEPOSIT_PARTS: &[&str] = &[
    "那",
    "这",
    "部分",
    "那部分",
    "这部分",
    "本身",
    "都",
    "也",
    "就",
];

/// The next clause says a product is the same: `存款是保本的，这款也是`.
pub(super) fn is_likened_next(following: &[Clause]) -> bool {
    following
        .first()
        .is_some_and(|next| contains_text(&next.words.concat(), LIKENED_TOO))
}

/// A product said to be the same, in the next clause: `这款也是`.
const LIKENED_TOO: &[&str] = &["也是", "也一样", "一样"];

/// Likening a product to deposits: `跟存款一样`.
const LIKENING: &[&str] = &["跟", "和", "像", "比", "当", "如同", "同"];

/// `谁跟您说保本那是误导`, `谁说稳赚那都是骗人的`: a statement (no question) whose 谁 says
/// whoever, and whose 那 after the keyword takes the claim up to condemn it.
pub(super) fn is_whoever_condemned(clause: &Clause, before: &[&str], after: &[&str]) -> bool {
    let whoever = before
        .iter()
        .any(|word| word.starts_with('谁') || word.starts_with("边个"));
    let taken_up = matches!(
        after.first(),
        Some(&("那" | "那是" | "那就是" | "那都是" | "那纯属"))
    );
    whoever
        && taken_up
        && !is_asking(clause)
        && (is_denial_predicate_after(after) || is_denial_predicate_after(&after[1..]))
}

/// `说金价下周要拉升的都是瞎猜`: a clause opening on a bare verb of saying, the claim closed by
/// 的, names whoever says it (those who say…), and what they are then called condemns them.
pub(super) fn is_sayers_condemned(clause: &Clause, before: &[&str], after: &[&str]) -> bool {
    sayers_verdict(clause, before, after)
        .is_some_and(|verdict| is_denial_predicate_after(verdict) || warns(verdict))
}

/// `说保本的都是对的`: those who say it called right, which says it too.
pub(super) fn is_sayers_endorsed(clause: &Clause, before: &[&str], after: &[&str]) -> bool {
    sayers_verdict(clause, before, after).is_some_and(|verdict| {
        let text = verdict.concat();
        let called = text.trim_end_matches(FINAL_PARTICLES);
        endorses(&text) || SAYERS_RIGHT.contains(&called.strip_prefix('是').unwrap_or(called))
    })
}

/// What those who say it are called (after 是), when they are right.
const SAYERS_RIGHT: &[&str] = &["对", "真", "说实话", "讲实话", "实话"];

/// What a clause opening on a bare verb of saying calls those who say it (`说…的都是瞎猜`):
/// the words after the 的 that closes their claim, and its 都.
fn sayers_verdict<'w, 't>(
    clause: &Clause,
    before: &[&str],
    after: &'w [&'t str],
) -> Option<&'w [&'t str]> {
    let opens_on_saying = matches!(
        before,
        ["说" | "讲", ..] | ["那些" | "凡是" | "凡", "说" | "讲", ..]
    );
    if !opens_on_saying || is_asking(clause) {
        return None;
    }
    let of = after.iter().position(|word| *word == "的")?;
    let verdict = match &after[of + 1..] {
        ["都" | "全" | "多半", rest @ ..] => rest,
        rest => rest,
    };
    (!verdict.is_empty()).then_some(verdict)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endorsements_are_found_by_one_automaton_unless_denied() {
        assert!(ENDORSEMENT_AUTOMATON.is_some());
        assert!(stands_by("我现在还这么说"));
        assert!(stands_by("这话我负责"));
        assert!(!stands_by("不算数"));
        assert!(!stands_by("今天天气不错"));
    }
}
