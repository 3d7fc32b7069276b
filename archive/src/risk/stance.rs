//! What a sentence does with a keyword it mentions: asserts it (`这款理财保本`), or denies,
//! forbids, asks about, warns against or reports it (`本产品不保本`, `公司严禁飞单`,
//! `客户问能不能保本，我明确告诉他不能`, `网上流传的内幕消息都是骗局`,
//! `如果有人让您“私下转账”，请直接向公司投诉`).
//!
//! The judgement reads the keyword's clause and its neighbours as jieba words, in this order:
//! 1. **Reported speech**: a quoted keyword that a third party said (`有人说「保本」`) or that a
//!    warning follows (`…“保本”，内容完全不可信`) is reported, not asserted. Unquoted, it takes
//!    both a third-party frame and a warning.
//! 2. **Denial predicates** closing the clause deny the subject they are said of, however long
//!    it is (`网上宣传保本的理财都是骗局`, `承诺保本是违规的`, `承诺保本这个我做不了`); a
//!    clause that is only the keyword as a topic takes the predicate of the next clause
//!    (`所谓保本，根本不可信`). A negated predicate affirms (`保本是真的，不是谣言`).
//! 3. **Questions**: a rhetorical question asserts the opposite of what it says, so its
//!    negations are counted over the whole clause and flipped (`这不就是保本吗`,
//!    `谁说不能保本`, `为什么不加我私人号呢`, `难道您真信有人能保本吗` denies). A real
//!    question (`吗`, `？`, `能不能`, `是否`) asserts nothing by itself: its answer in the next
//!    clauses decides (`…？其实不能`, `…，我说当然能`), and without one it is honest.
//! 4. **Negation** before the keyword ([`negation`](super::negation)): an odd number of
//!    negators in its scope denies (`不是不能保本` asserts). A denial by a third party that the
//!    speaker then contradicts asserts (`别家不提供保本服务，我们提供`).
//!
//! Every list holds simplified, case-folded forms, as the scanned text has them. Multi-word
//! markers are matched on consecutive words, so `别的机构` matches `别的|机构`.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::negation::{
    is_english_negation, is_negator, is_potential_negative, is_rhetorical_negator,
    negation_in_scope, negators_in,
};

/// One clause of the text around a keyword: its words, and whether a question mark closed it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Clause<'t> {
    pub words: Vec<&'t str>,
    pub question_mark: bool,
}

/// Where the keyword stands in its clause, `words[first..end]`, and whether it was typed inside
/// quotation marks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mention {
    pub first: usize,
    pub end: usize,
    pub quoted: bool,
    /// The clause before ended with a colon: this one spells out what it announced
    /// (`这种事我绝对不干：许诺客户保本`).
    pub after_colon: bool,
    /// The clause before ended with an exclamation mark: it may be a bare prohibition of this
    /// one (`禁止！禁止！私下转账，重要的事说三遍`).
    pub after_exclamation: bool,
    /// The clause after ends with a question mark: it may ask whether the addressee wants what
    /// this one has (`零风险理财我们这边有，您要吗？`).
    pub next_asks: bool,
    /// How many words right after the keyword are other keywords it is listed with
    /// (`返佣|返点|这些我们一律不许做`): a predicate after the list is said of each.
    pub listed_after: usize,
    /// How many words right before the keyword are other keywords it is listed with
    /// (`无|返佣|、返点类投诉`): a negator before the list denies each.
    pub listed_before: usize,
}

/// Third parties whose words a sentence may report.
static THIRD_PARTIES: LazyLock<Markers> = LazyLock::new(|| {
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
        "投诉信",
        "骗子话术",
        "诈骗话术",
        // Cantonese: he, she.
        "佢",
        "有些人",
        "有的人",
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
        "有个客户",
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
        "通报",
        // Family and acquaintances whose words a customer passes on: `您婆婆说那个产品“包赚”`.
        "婆婆",
        "老公",
        "老伴",
        "儿子",
        "女儿",
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
        // `Client 说之前 RM 讲过 “zero risk”`.
        "client说",
    ])
});

/// Words that warn against what was just said.
const WARNINGS: &[&str] = &[
    // Not to be believed, in Wu and in the classical register: `覅相信`, `后一句信不得`.
    "覅相信",
    "覅信",
    "信不得",
    "信不过",
    // Mistaken: `你屋里伢讲“这个保本的”，那是他看错了`.
    "看错了",
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
    // Calling it nonsense: `您说他讲“飞单不犯法”？那是胡说`.
    "胡说",
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
    "勿信",
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
    "别理",
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
    "被告了",
    "别犯同样",
    "犯同样的错",
    "一律拒绝",
    // Cantonese: fake, don't believe.
    "假嘢",
    "唔好信",
    "莫当真",
    "系误解",
];

/// Predicates that deny the subject of their clause, as the clause ends (after
/// [`FINAL_PARTICLES`] are trimmed and [`PREDICATE_ADVERBS`] stripped from the front).
const DENIAL_PREDICATES: &[&str] = &[
    "不可能",
    // No such thing: `…零風險呀，冇呢回事㗎` (Cantonese).
    "没这回事",
    "没有这回事",
    "冇呢回事",
    // Only the customer holds it: `账户密码只能您本人掌握`.
    "本人掌握",
    "本人保管",
    "自己掌握",
    "不存在",
    "不现实",
    "没有的事",
    "不可信",
    "不靠谱",
    "是骗局",
    "是个骗局",
    "是一个骗局",
    "是谣言",
    "是假",
    "是假消息",
    "是诈骗",
    "是骗人",
    "是骗子",
    "是陷阱",
    "是违规",
    "是违法",
    "违规",
    "违法",
    "纯属谣言",
    "纯属虚构",
    "属于违规",
    "属于诈骗",
    "做不了",
    "做不到",
    "不做",
    "不会做",
    "从来不做",
    "从不做",
    "不干",
    "不碰",
    "不掺和",
    "不了不了",
    "千万别碰",
    "都别碰",
    "不参与",
    "是红线",
    "是高压线",
    "不搞",
    "恕难从命",
    "有假",
    "没办法答应",
    "无法答应",
    "不能答应",
    "答应不了",
    "无能为力",
    "爱莫能助",
    "帮不了",
    "办不成",
    "办不到",
    "办不了",
    "行不通",
    "不允许",
    "被禁止",
    "是禁止",
    "是明令禁止",
    "不行",
    // Sanctions that close the clause: `加客户私人微信的一律通报`.
    "一律通报",
    "通报批评",
    "直接开除",
    "一律开除",
    "严肃处理",
    // A refusal closing the clause: `帮你操作账户这种事，我只能拒绝`.
    "拒绝",
    "婉拒",
    "谢绝",
    // What the addressee is told to keep to themselves: `账户密码请您自己保管好`.
    "请自己保管",
    "请自己保管好",
    "请您自己保管",
    "请您自己保管好",
    "您自己保管",
    "您自己保管好",
    "请自行保管",
    "请妥善保管",
    "请您妥善保管",
    "自己收好",
    "自己保管好",
];

/// [`DENIAL_PREDICATES`] without their final particles, hashed: every suffix of the words after
/// a keyword is looked up.
static DENIAL_PREDICATE_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| {
    DENIAL_PREDICATES
        .iter()
        .map(|predicate| predicate.trim_end_matches(FINAL_PARTICLES))
        .collect()
});

/// Adverbs that may open a denial predicate: `都是骗局`, `根本不可信`.
const PREDICATE_ADVERBS: &[&str] = &[
    "都", "也", "全", "全都", "根本", "完全", "绝对", "肯定", "当然", "本身", "压根", "纯粹", "就",
    "统统", "其实", "那", "这", "那个", "这个", "我", "我们", "这里", "这边", "真的", "实在",
    "确实", "这儿",
];

/// Sentence-final particles.
const FINAL_PARTICLES: &[char] = &[
    '的', '了', '啊', '吧', '呢', '哦', '嘛', '啦', '呀', '㗎', '喎', '喔', '噢', '哈', '哟', '咯',
    // Shanghainese 的: `代客理财阿拉勿好做额`.
    '额',
];

/// Words that may stand before a keyword in a clause that only names it as a topic.
const TOPIC_MARKERS: &[&str] = &[
    "所谓",
    "所谓的",
    "什么",
    "关于",
    "至于",
    "说到",
    "提到",
    "对于",
];

/// Words that make a question rhetorical by themselves.
static RHETORICAL_MARKERS: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "难道",
        "岂",
        "岂不",
        "岂不是",
        "何尝",
        "莫非",
        "哪能",
        "谁敢说",
        "谁敢讲",
        "谁能",
        "谁敢",
        "谁会",
        "有什么理由",
        "凭什么",
        "谁说",
        "谁讲",
        "谁说过",
        "谁告诉",
        "谁跟您说",
        "谁跟你说",
        // Southwestern 谁: `哪个跟你说零风险嘛？`.
        "哪个跟你说",
        "哪个跟您说",
        "谁和您说",
        "谁和你说",
        // Cantonese 谁跟你说: `邊個同你講保本㗎？`.
        "边个同你讲",
        "边个同你说",
        "边个话",
        "边个讲",
        "谁规定",
        "难不成",
        // Cantonese 难道.
        "唔通",
        // Could it be false? `稳赚不赔还能有假？`
        "还能有假",
        "怎么了",
        "咋了",
        "怎么啦",
        // Could you miss out on it? `返点少得了你的吗？`
        "少得了",
        // What is wrong with it? `代客理财有什么不可以的？`
        "有什么不可以",
        "有啥不可以",
        "有什么不行",
        "有啥不行",
        "有什么不好",
        "有啥不好",
        "能有假",
        "还会有假",
        // Nothing to worry about: `全权委托给我有什么不放心的呢？`.
        "有什么不放心",
        "有啥不放心",
        // How could…: `我们怎么可能做飞单呢？` denies, `怎么会不保本呢` asserts.
        "怎么可能",
        "咋可能",
        "咋会",
        "咋能",
        "怎么会",
        "怎么能",
        "怎能",
        "怎会",
        "哪会",
        "哪可能",
        "岂能",
    ])
});

/// The burdensome alternative a retort offers: `难道还要…`, `非要…`.
static INSTEAD: LazyLock<Markers> =
    LazyLock::new(|| Markers::new(&["还要", "还得", "还想", "非要", "偏要", "非得"]));

/// Question words that make a question rhetorical when it also holds a negation:
/// `为什么不…呢` urges.
static WHY: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "为什么",
        "为何",
        "为啥",
        "干嘛",
        "干吗",
        "怎么",
        // What for, in Henan, Hunan and common speech: `加我个人号弄啥嘞？`.
        "弄啥",
        "干啥",
        "搞啥",
        "做啥",
        "搞么子",
        // Yunnan and Guizhou: `你整哪样非要保本嘛？`.
        "整哪样",
        "做哪样",
        "为么子",
    ])
});

/// Question words asking when or which, that make a question rhetorical when a negator follows
/// them: `什么时候不是保本的？`, `哪个不是稳赚？` (when or which one was it ever not?),
/// `我什么时候说过不能给您返点了？`. `不会告诉您哪只票要拉升` asks nothing.
static WHICH: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "什么时候",
        "哪个",
        "哪一个",
        "哪款",
        "哪只",
        "哪次",
        "哪一次",
        // Who would not…: `包赚的事儿谁不干啊`.
        "谁",
    ])
});

/// Question words: a question that has one asks for that part only and presupposes the rest
/// (`保本的东西你还担心什么呢`), unless it also ends in `吗`.
const WH_WORDS: &[&str] = &[
    "几次",
    "几个",
    "几回",
    "什么",
    "啥",
    "谁",
    "哪",
    "哪里",
    "哪儿",
    "哪个",
    "怎么",
    "怎样",
    "怎么样",
    "多少",
    "几",
    "为什么",
    "为何",
    "为啥",
];

/// Question-final particles.
const QUESTION_PARTICLES: &[&str] = &["吗", "么", "嘛", "咩"];

/// Words asking whether something holds, as one word or A-not-A (`能|不能`, `能|不|能`).
const WHETHER: &[&str] = &[
    "是否",
    "可否",
    "能否",
    "可以不可以",
    "是不是",
    "能不能",
    "会不会",
    "可不可以",
    "算不算",
    "有没有",
    // Cantonese 有没有, when jieba keeps it whole.
    "有冇",
    "对不对",
    "行不行",
];

/// Words an answer may open with before it says yes or no: `我明确告诉他不能`.
const ANSWER_FRAMES: &[&str] = &[
    "我", "我们", "明确", "直接", "告诉", "他", "她", "你", "您", "说", "回答", "答复", "跟", "对",
    "其实", "坦白", "老实", "讲", "地", "就", "只能", "很", "也", "都", "客户", "当场", "立刻",
    "马上", "已经", "立即", "果断", "坚决", "了", "答案", "回复", "结果", "所以", "因此", "从来",
    "先", "暂时", "还",
    // `这我可整不了`: the matter put first, and an emphatic 可.
    "这", "可", "这个", // Northern 我: `俺不加`.
    "俺",
];

/// Answers that say yes.
const YES: &[&str] = &[
    "能",
    "可以",
    "是",
    "是的",
    "对",
    "对的",
    "没问题",
    "行",
    "会",
    "必须",
    "有",
    "要",
    "好",
    "嗯",
    "保证",
    // Consider it done: `您要保收益是吧？安排！`.
    "安排",
    "安排上",
    // Cantonese 是: `係咪穩賺先？梗係啦`.
    "系",
];

/// Connectives that start with 不 and answer nothing: `不过我跟领导申请了特批`.
const CONNECTIVES: &[&str] = &["不过", "不仅", "不但", "不如", "不管", "不论", "不然"];

/// Answers that refuse: `我当场回绝了`.
const REFUSALS: &[&str] = &[
    "回绝",
    "拒绝",
    "婉拒",
    "谢绝",
    "否认",
    "驳回", // and sending back what was pressed on one:
    "退回",
    "退回去",
    "退还",
];

/// Adverbs that may open either answer (`当然能`, `当然不算`) and say yes when nothing follows.
const EMPHATIC: &[&str] = &["当然", "肯定", "绝对", "确实", "真的", "真", "梗"];

/// Endings that make a negated question rhetorical: `这不是保本是什么？`.
const WHAT_ELSE: &[&str] = &[
    "是什么",
    "又是什么",
    "还能是什么",
    "还是什么",
    // Wouldn't that do? `找我私人号不就行了？`
    "不就行",
    "不就好",
    "不就得",
    "不就完",
];

/// Third parties whose denial a speaker may contradict: `别家不提供…，我们提供`.
static OTHERS: LazyLock<Markers> = LazyLock::new(|| {
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
static ADDRESSEE_WORDS: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "您说的",
        "你说的",
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
    ])
});

/// [`THIRD_PARTIES`] in `words`, unless the speaker owns them (`我标题都写了《…》`).
fn has_third_party(words: &[&str]) -> bool {
    position_of(words, &THIRD_PARTIES).is_some_and(|at| {
        !at.checked_sub(1)
            .is_some_and(|previous| matches!(words[previous], "我" | "我的" | "我们" | "我们的"))
    })
}

/// [`ADDRESSEE_WORDS`] in `words`, unless told to the addressee (`我上次跟您说的…` are the
/// speaker's words).
fn has_addressee_words(words: &[&str]) -> bool {
    position_of(words, &ADDRESSEE_WORDS).is_some_and(|at| {
        !at.checked_sub(1)
            .is_some_and(|previous| TOLD_TO.contains(&words[previous]))
    })
}

/// Prepositions of telling: `跟您说的`, `对你说的`.
const TOLD_TO: &[&str] = &["跟", "对", "和", "同", "给"];

/// Frames that endorse what they report (`就像广告说的：“稳赚”`) and verdicts that endorse a
/// quotation (`那句“…是稳赚的”说得一点没错`): the speaker says it too.
const ENDORSING_FRAMES: &[&str] = &[
    "就像",
    "正如",
    "就跟",
    "如同",
    "我们的口号",
    "团队的口号",
    "公司的口号",
    // Telling someone to say it: `你就说不能，然后补一句“不过我们这个实际上就是保本的”`.
    "补一句",
    "补充一句",
    "你就说",
    "你就讲",
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
];
const ENDORSEMENTS: &[&str] = &[
    "没错",
    "说得对",
    "讲得对",
    "说得好",
    "讲得好",
    "在理",
    "核实过",
    "亲自核实",
    // Believing the source, finding no fault: `券商朋友原话“周一拉升”，我信他`, `没毛病`.
    "我信他",
    "我信她",
    "我信了",
    "没毛病",
    // It is this one, the speaker's: `您朋友说的“私人微信”就是这个，加我`.
    "就是这个",
    // Vouching for the quotation: `…说“在小李这买的都稳赚”，您问问她，我从不骗人`, `写得对`.
    "从不骗人",
    "不骗您",
    "写得对",
    "写得没错",
    // Finding the quoted tip sound: `研究所的朋友说“…要拉升”，我觉得靠谱`.
    "觉得靠谱",
    "我看靠谱",
    // True, said in the quotation's own clause: `你朋友话“搵我返点最多”係真嘅`.
    "系真嘅",
    "是真的",
    // Not false: `引用客户原话：“跟着小王，稳赚不赔”，这话不假`.
    "这话不假",
    "此话不假",
    "所言不假",
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
fn is_endorsed(
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
        .is_some_and(|clause| contains_text(&clause.words.concat(), ENDORSING_FRAMES));
    contains_text(&before.concat(), ENDORSING_FRAMES)
        || contains_text(&frame, ENDORSING_FRAMES)
        || framed_further_back
        || verdict_before
        || contains_text(&after.concat(), ENDORSEMENTS)
        || following.iter().take(2).any(|clause| {
            // `她问我是不是真的` asks; it endorses nothing.
            let asking =
                is_asking(clause) || clause.words.iter().any(|word| WHETHER.contains(word));
            is_verdict(clause) || (!asking && contains_text(&clause.words.concat(), ENDORSEMENTS))
        })
}

/// A clause that endorses what was just reported: `…，係真嘅`, `…，我也不谦虚了，确实是`. A
/// question (`是真的吗？`) endorses nothing.
fn is_verdict(clause: &Clause) -> bool {
    if is_asking(clause) {
        return false;
    }
    let verdict = clause.words.concat();
    VERDICTS.iter().any(|opening| {
        // A one-character verdict is the whole clause: `…，准。`, not `准备…`.
        if opening.chars().count() == 1 {
            verdict.trim_end_matches(FINAL_PARTICLES) == *opening
        } else {
            verdict.starts_with(opening)
        }
    })
}

/// Verdicts that open the clause after a report and endorse it: `…，是真的`.
const VERDICTS: &[&str] = &[
    "是真的",
    "系真嘅",
    "系真的",
    "确实如此",
    "确实是",
    "说得没错",
    "没错",
    "冇错",
    "靠谱",
    "准",
    // Nine in ten right: `群里大V说“庄家在吸筹”，我看八九不离十`.
    "八九不离十",
    "我看八九不离十",
];

/// Words that open a condition: what follows is supposed, not said to be so.
const CONDITIONALS: &[&str] = &["要是", "如果", "假如", "万一", "若是", "倘若", "假设", "若"];

/// Questions whether a bother is needed: they urge doing without it.
static NO_NEED: LazyLock<Markers> =
    LazyLock::new(|| Markers::new(&["还用得着", "用得着", "何必", "何须", "还需要", "还用"]));

/// Verbs of knowing: negated under a rhetorical question they are asserted (`难道您不知道…吗`
/// says you know), and what is known keeps its own polarity (`难道您不知道不能私下转账吗`
/// denies). jieba keeps some whole with their negator (`不知道`).
const KNOWING: &[&str] = &["知道", "明白", "清楚", "了解", "晓得", "懂"];
const NOT_KNOWING: &[&str] = &["不知道", "不明白", "不清楚", "不了解", "不晓得", "不懂"];

/// Where a negated verb of knowing ends in `words`: `不|知道`, `不知道`.
fn negated_knowing(words: &[&str]) -> Option<usize> {
    (0..words.len()).find(|&index| {
        NOT_KNOWING.contains(&words[index])
            || (KNOWING.contains(&words[index])
                && index
                    .checked_sub(1)
                    .is_some_and(|previous| is_negator(words[previous])))
    })
}

/// Words that make an exception to a rule the clause before stated: `公司规定不能返佣，不过我
/// 可以给您特批` offers the very thing.
const EXCEPTIONS: &[&str] = &[
    "除非",
    "除外",
    "换个说法",
    "换种说法",
    "特批",
    "破例",
    "通融",
    "例外",
    "网开一面",
    "开个口子",
    "开口子",
    "特事特办",
    "私下给您办",
    "这次给您办",
    "给您办",
    // Once only: `飞单我原则上是拒绝的，但您这么急，就这一次`.
    "就这一次",
    "下不为例",
    // When did following me ever lose: `包赚这种话我是不得说的哈，但是跟到我买，你啥子时候亏过嘛？`.
    "时候亏过",
    "哪次亏过",
    "哪期亏过",
    "哪回亏过",
    "哪年亏过",
    // The substance promised in person: `拒绝承诺保收益是公司规定，我遵守。…少一分我补`.
    "少一分我补",
    "少了我补",
    "我自己补",
    "我补给您",
    "我补给你",
    "全额返还",
    // Yours for the asking: `返佣这种事我不能主动提，黄姐你要是开口要，那我肯定给你安排咯`,
    // `飞单我不干……哎呀你非要的话，六十万就先放我这`.
    "开口要",
    "非要的话",
    // The speaker's own family bought it: `俺不能说稳赚，俺只能说俺家里人都买了`.
    "家里人都买了",
    "家人都买了",
    "自己都买了",
    // Said another way: `禁止说“保本”，改说“本金安全有保障”，意思一样`.
    "改说",
    "意思一样",
    // Let out all the same: `开发商内部消息我不能透露……好吧就一句：…`.
    "好吧就一句",
    "就透露一句",
    "偷偷告诉你",
    "悄悄告诉你",
    "少一分补一分",
    "亏多少补多少",
    "我来兜底",
    "我兜底",
    // English, run together by the compact text: `I won't say 保本 officially，but between us，
    // you won't lose a cent`.
    "betweenus",
    "offtherecord",
    "wontloseacent",
    // The account given anyway: `私人号是不让加，但陈叔你加了我也不会删你呀，我把号发你嘛`.
    "把号发你",
    "把号发您",
    "微信号发你",
    "微信号发您",
    // The act itself asked for: `我不做代客理财的，那是违规。你就把股票账户借我用几天`.
    "账户借我",
    "账户借给我",
];

/// What is legitimate, and the nouns it may head: `私人微信不是公司的正规渠道` denies.
const LEGITIMATE: &[&str] = &["正规", "官方", "合规", "合法", "正当", "公司"];
const LEGITIMATE_NOUNS: &[&str] = &[
    "", "渠道", "途径", "方式", "平台", "账号", "账户", "产品", "做法", "操作", "业务", "服务",
    "机构", "行为", "流程", "要求", "规定",
];
/// How long an owner before what is legitimate may be: `我们公司的`.
const MAX_OWNER_CHARACTERS: usize = 6;
/// Negated copulas before what is legitimate: `不是正规渠道`, `并非官方`.
const NOT_COPULAS: &[&str] = &["不是", "并非", "并不是", "不属于", "不算", "非", "不"];

/// The clauses around a mention's own, when they have been read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Neighbours<'c, 't> {
    pub preceding: &'c [Clause<'t>],
    pub following: &'c [Clause<'t>],
}

/// True when the sentence around `mention` (in `clause`) asserts the keyword; `None` when that
/// depends on the neighbouring clauses and they were not given. Most mentions are plain
/// statements (no quotation, third party, topic, question or contradicted denial) and are
/// judged from their own clause, so the neighbours need not be segmented.
pub(crate) fn is_asserted(
    clause: &Clause,
    mention: &Mention,
    neighbours: Option<Neighbours>,
) -> Option<Judgement> {
    let (mut words, keyword_at, keyword_end) = without_whether(clause, mention);
    drop_tag_question(&mut words, keyword_end);
    // 嘛 after a clause with no negator before the keyword insists or explains, it does not ask
    // (`返佣这种东西我们这边没有嘛`, `…的不是我嘛`): only `不就是保本嘛` is a question.
    if words.last() == Some(&"嘛") && negators_in(&words[..keyword_at], false) == 0 {
        words.pop();
    }
    let keyword_end = keyword_end.min(words.len());
    let before = &words[..keyword_at];
    let framed = has_third_party(before) || has_addressee_words(before);
    let asserted = judge_clause(
        clause,
        mention,
        neighbours,
        &words,
        keyword_at,
        keyword_end,
        framed,
    )?;
    if !asserted.asserted || mention.quoted || framed {
        return Some(asserted);
    }
    // An unquoted claim the clause before attributes to a third party, with a warning after it:
    // `网上有人说，这个产品保本，千万别信`.
    let neighbours = neighbours?;
    let attributed = neighbours
        .preceding
        .last()
        .is_some_and(|clause| contains_any(&clause.words, &THIRD_PARTIES));
    if attributed && is_warned(&words[keyword_end..], neighbours.following) {
        return Some(Judgement::construct(false));
    }
    Some(asserted)
}

/// What the rule reading made of a keyword occurrence, and whether only the plain reading
/// decided: no construction (question, rhetoric, quotation, refusal, report, heading …) framed
/// it, so the keyword is asserted unless a negator in scope denies it. The clause model may
/// overturn plain readings only ([`clause_model`](super::clause_model)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Judgement {
    pub asserted: bool,
    pub plain: bool,
}

impl Judgement {
    fn construct(asserted: bool) -> Judgement {
        Judgement {
            asserted,
            plain: false,
        }
    }
}

/// [`is_asserted`] on the clause with its whether-questions taken out (`words`, the keyword at
/// `words[keyword_at..keyword_end]`), before a claim attributed in the clause before is
/// considered.
fn judge_clause(
    clause: &Clause,
    mention: &Mention,
    neighbours: Option<Neighbours>,
    words: &[&str],
    keyword_at: usize,
    keyword_end: usize,
    framed: bool,
) -> Option<Judgement> {
    let before = &words[..keyword_at];
    let after = &words[keyword_end..];
    let following = neighbours.map(|neighbours| neighbours.following);

    if mention.quoted || framed {
        let neighbours = neighbours?;
        // A quotation may hold the taking back itself (`“零风险，亏了算我的。”这属于违规承诺`).
        // A question quoted and answered by a bare yes is answered by the speaker: `客户问“有没有
        // 内部消息”，我说“有”`. (An answer that says the thing itself, `我说“当然保本”`, is read on
        // its own.)
        let answered_yes = before.iter().any(|word| ASKING_WHETHER.contains(word))
            && neighbours.following.first().is_some_and(is_bare_yes);
        let endorsed = is_endorsed(before, after, neighbours.preceding, neighbours.following)
            || (!mention.quoted && is_taken_back(after, neighbours.following))
            || answered_yes;
        if !endorsed && is_reported(mention.quoted, framed, neighbours, before, after) {
            return Some(Judgement::construct(false));
        }
    }
    // `庄家不庄家的我不懂也不聊`: whether it is so or not, the rest of the clause says what the
    // speaker does with it.
    if let Some(either_way) = either_way(&clause.words, mention) {
        let rest = either_way.rest;
        if either_way.nominalised {
            return Some(Judgement::construct(
                denials_in(rest) == 0 && !either_way.unknown,
            ));
        }
        // Without 的, only a denial after it reads it (`拉升不拉升我真不知道`): `保本不保本？` asks.
        if denials_in(rest) > 0 || is_denial_predicate_after(rest) {
            return Some(Judgement::construct(false));
        }
    }
    // A rhetorical question flips its clause's negations, a denial predicate's too
    // (`莫非保本还能有假？` asserts).
    // `有几个人能像我们团队这样稳赚不赔？`: few do as we do, so we do: rhetorical,
    // and not denied.
    if is_asking(clause) && is_boast(before) {
        return Some(Judgement::construct(true));
    }
    // `只有存款、国债这类产品才能讲保本`: a rule on what may be said, not a claim.
    if is_restricted_saying(before) {
        return Some(Judgement::construct(false));
    }
    // `什么开发商内部消息啊`: 什么 before the keyword, exclaimed and not asked, dismisses it.
    if before.first() == Some(&"什么")
        && !is_asking(clause)
        && matches!(clause.words.last(), Some(&("啊" | "呀" | "哦")))
    {
        return Some(Judgement::construct(false));
    }
    // `谁跟您说保本那是误导`: unasked, `谁…说` is whoever says it, taken up by 那 to condemn.
    if is_whoever_condemned(clause, before, after) {
        return Some(Judgement::construct(false));
    }
    if is_rhetorical(words, clause) {
        // `为什么…？因为…` explains what it asked about: a real question. Unnegated, the rest is
        // presupposed; `为什么不能私下交易？因为…` explains a prohibition, which stands.
        let unnegated = negators_in(words, false) == 0;
        let prohibiting = words.iter().any(|word| PROHIBITING_MODALS.contains(word));
        // Asked back with its reason, a negated why is a real question too: `您问学子无忧为啥不
        // 保本？因为它投了一部分权益资产`.
        let asked_back = is_addressee_asking(before);
        if contains_any(words, &WHY)
            && (unnegated || prohibiting || asked_back)
            && is_explained(following?)
        {
            // What the question quotes is asked about, not presupposed: `为什么客户一听“包赚”就
            // 心动？因为不懂风险`.
            return Some(Judgement::construct(unnegated && !mention.quoted));
        }
        // Negated adjectives count too under rhetoric: `私人号上聊难道不好吗`, `谁说…不行`;
        // so do verbs of deceiving (`难道我会拿内幕消息骗您吗？` denies a lie).
        // A question word after the keyword is the rhetorical question's own
        // (`代客理财哪个券商没干过？`), not an embedded question the keyword belongs to.
        let predicate = is_denial_predicate_after(after)
            && !after
                .iter()
                .any(|word| WH_WORDS.contains(word) || *word == "什么时候");
        // A negated adjective the predicate already counted (`谁说代客理财不行？`) counts once;
        // one before the keyword says how, not whether (`本金利息一分不少，不就是保本吗`).
        let counted = if predicate { &[][..] } else { after };
        let denial = usize::from(predicate)
            + counted
                .iter()
                .filter(|word| is_negated_adjective(word))
                .count()
            + words.iter().filter(|word| DECEIVING.contains(word)).count()
            + usize::from(contains_text(&after.concat(), DEFENCES));
        // What someone asks whether is asked, not asserted, however rhetorical the frame:
        // `不就是想问国债能不能保本嘛？`.
        if asks_whether(before) {
            return Some(Judgement::construct(false));
        }
        // What one is asked whether one knows keeps its own polarity: the knowing is asserted.
        if let Some(knowing) = negated_knowing(before) {
            let known = &before[knowing + 1..];
            return Some(Judgement::construct(
                (negators_in(known, false) + denial).is_multiple_of(2),
            ));
        }
        // The predicate's own negator counts once: `给客户返点不会吗？` (don't you know how?).
        let negated = if predicate {
            negators_in(before, false)
        } else {
            negators_in(words, false)
        };
        return Some(Judgement::construct((negated + denial) % 2 == 1));
    }
    // A phrase its clause calls outdated is named, not said: `咯个保本的说法是老早的事了`.
    if matches!(after, ["的", noun, ..] if PHRASE_NOUNS.contains(noun))
        && contains_text(&after.concat(), OUTDATED)
    {
        return Some(Judgement::construct(false));
    }
    // A question about a quoted phrase as a phrase asserts nothing: `“帮你操作”这种说法有什么
    // 问题？`.
    if mention.quoted && is_asking(clause) && contains_text(&after.concat(), PHRASE_NOUNS) {
        return Some(Judgement::construct(false));
    }
    // The keyword named as a violation: `…以“帮你操作”为名违规代客理财`, `涉嫌代客理财`.
    // So is one named as a pretext: `以保证收益为名的私募产品多数已经暴雷`.
    // So is one a finding names: `结果被认定为代客理财`.
    let found_to_be = {
        let named = before.concat();
        named.ends_with("认定为") || named.ends_with("定性为")
    };
    if found_to_be
        || before
            .last()
            .is_some_and(|word| NAMED_VIOLATIONS.contains(word))
        || after.iter().take(2).any(|word| PRETEXTS.contains(word))
    {
        return Some(Judgement::construct(false));
    }
    // The keyword as the kind of a dispute or complaint: `代客理财的纠纷我见多了`.
    if matches!(after, ["的" | "类", noun, ..] if DISPUTES.contains(noun)) {
        return Some(Judgement::construct(false));
    }
    // The keyword as the kind of a risk or problem (`上周会上提到的代客理财风险`), as the name of a
    // column or folder (`OA“内部消息”栏目里有3月排班表`), or as what is inspected (`下月重点查私人
    // 微信营销`).
    if after.first().is_some_and(|noun| RISK_NOUNS.contains(noun))
        || (mention.quoted && after.first().is_some_and(|noun| NAME_NOUNS.contains(noun)))
        || contains_text(&before.concat(), INSPECTIONS)
    {
        return Some(Judgement::construct(false));
    }
    // The keyword is what was refused: `我婉拒了那位大姐的全权委托请求`.
    // A negator before the refusal verb undoes it (`没拒绝返点`); the verb itself (`拒绝`, a
    // negator too) does not.
    // An exception made in the next clauses takes the refusal back: `拒绝承诺保收益是公司规定，
    // 我遵守。但我个人跟您担保：…`.
    let refusal = before.iter().position(|word| REFUSALS.contains(word));
    if refusal.is_some_and(|at| negators_in(&before[..at], false) == 0) {
        let following = following?;
        return Some(Judgement::construct(is_excepted(before, after, following)));
    }
    // After the other keywords it is listed with: `返佣返点这些我们一律不许做`.
    let after_list = &after[mention.listed_after.min(after.len())..];
    if is_denial_predicate_after(after_list) {
        let following = following?;
        // Having it and not using it, then a retort: `有内部消息不跟，难不成等别人吃肉你喝汤？`.
        let wasted = before.last() == Some(&"有")
            && following
                .first()
                .is_some_and(|next| contains_any(&next.words, &RHETORICAL_MARKERS));
        return Some(Judgement::construct(
            is_excepted(before, after, following)
                || following.first().is_some_and(is_lament)
                || wasted
                || is_deferred(after, following),
        ));
    }
    // `禁止！禁止！私下转账`: a bare prohibition shouted before the keyword that opens its clause.
    if mention.after_exclamation && before.is_empty() {
        let shouted = neighbours?.preceding.last().is_some_and(|clause| {
            !clause.words.is_empty()
                && clause
                    .words
                    .iter()
                    .all(|word| FORBIDDING_HEADINGS.contains(word) || is_particle(word))
        });
        if shouted {
            return Some(Judgement::construct(false));
        }
    }
    if mention.after_colon {
        let announced = neighbours?.preceding.last();
        // `禁止行为清单：保本承诺、飞单…`, `红线：…`: a heading that forbids what it lists;
        // one that forbids passing it on (`严禁外传：…`) tells a secret instead.
        if announced.is_some_and(|clause| {
            let heading = clause.words.concat();
            !contains_text(&heading, PASSING_ON)
                && (is_denial_predicate_after(&clause.words)
                    || contains_text(&heading, FORBIDDING_HEADINGS))
        }) {
            return Some(Judgement::construct(false));
        }
    }
    if is_topic_only(before, after) {
        let next = following?.first();
        // Done out of sight, it is done: `…我哪能拒绝，私下转账吧，不走系统`.
        // (A question defining it hides nothing: `飞单？您是说那种不走公司系统的单子吗？`.)
        if next.is_some_and(|next| {
            !is_asking(next) && contains_text(&next.words.concat(), CONCEALMENT)
        }) {
            return Some(Judgement::construct(true));
        }
        // Asked back whether it could be false, it is true: `开发商的内部消息，还能有假？`.
        if next.is_some_and(|next| {
            is_asking(next) && contains_text(&next.words.concat(), COULD_BE_FALSE)
        }) {
            return Some(Judgement::construct(true));
        }
        if next.is_some_and(|next| is_denial_predicate_after(&next.words)) {
            return Some(Judgement::construct(false));
        }
    }
    if is_reported_request(before) {
        // `客户刚才要加我私人微信 我拒绝了`: the answer in the same clause.
        if after.iter().any(|word| REFUSALS.contains(word)) {
            return Some(Judgement::construct(false));
        }
        if let Some(answer) = answer(following?) {
            return Some(Judgement::construct(answer));
        }
        // Asking what the addressee wants, unanswered, offers nothing: `您是想要保本的产品吗？
        // 那国债更合适`.
        if is_asking(clause) {
            return Some(Judgement::construct(false));
        }
    }
    // Asking about what the addressee said asserts nothing.
    if contains_any(before, &ADDRESSEE_WORDS) && is_asking(clause) {
        return Some(Judgement::construct(false));
    }
    // A supposition that the next clause warns against or mocks: `要是真能包赚，那大家岂不是都
    // 不用上班了？别信这种话`.
    // The conditional may follow an adverb (`真要是稳赚不赔，银行还用给您讲风险揭示吗？`) or the
    // keyword put first (`内幕消息要是能随便拿到，还轮得到我们？`).
    // After a name or a title as well: `黄叔要是一定要保本的，…`.
    // After a name, a title and a pronoun: `马总您要是找稳赚的`.
    let supposed = before
        .iter()
        .take(4)
        .any(|word| CONDITIONALS.contains(word))
        || after.iter().take(2).any(|word| CONDITIONALS.contains(word));
    if supposed {
        let next = following?.first();
        // Supposing it were not so, then asking whether the speaker would act as they do:
        // `我要是不敢保收益，会天天给您打电话推荐吗？` says it is so.
        let denied_supposition = before
            .iter()
            .position(|word| CONDITIONALS.contains(word))
            .is_some_and(|at| negators_in(&before[at + 1..], false) > 0);
        if denied_supposition
            && next.is_some_and(|next| is_asking(next) && next.words.last() == Some(&"吗"))
        {
            return Some(Judgement::construct(true));
        }
        let warned = is_warned(&[], following?);
        // The retort may close the supposition's own clause, as chat runs on: `要是真包赚我早
        // 辞职了` (I would have quit long ago).
        let long_ago = is_mocked_in_place(after);
        let mocked = long_ago
            || next.is_some_and(|next| {
                contains_any(&next.words, &RHETORICAL_MARKERS)
                    || (is_asking(next) && contains_text(&next.words.concat(), RETORTS))
                    || contains_text(&next.words.concat(), NO_MORE_WORK)
            });
        // On that condition the speaker refuses: `…要是一定要保本的，那这款我不能卖给您`.
        let refused = next.is_some_and(|next| denials_in(&next.words) > 0);
        if warned || mocked || refused {
            return Some(Judgement::construct(false));
        }
    }
    // `你说这算不算包赚？` seeks agreement, as a tag question does: yes unless answered no.
    if is_seeking_agreement(before) {
        return Some(Judgement::construct(answer(following?).unwrap_or(true)));
    }
    // A question whose next clause hides the deed asks nothing: `私下交易谁知道啊？你不说我不说`.
    if is_asking(clause)
        && following?
            .first()
            .is_some_and(|next| !is_asking(next) && contains_any(&next.words, &CONCEALMENT_WORDS))
    {
        return Some(Judgement::construct(true));
    }
    let asking = is_question(words, clause) || words.contains(&WHETHER_MARK);
    // Asking whether the addressee wants what was just named offers it: `飞单还有额度要不要`.
    // Reporting that the addressee asked it offers nothing (`您问账户密码要不要交给我保管？`):
    // the answer decides.
    let offered = is_offering_question(&clause.words[mention.end..])
        || is_offering_before(&clause.words[..mention.first]);
    if asking && offered && !is_addressee_asking(before) {
        return Some(Judgement::construct(true));
    }
    // A question about something else, that the keyword only describes (`保收益的东西还需要考虑
    // 那么久吗`) or that asks whether the bother is needed (`私下转账还用得着签什么单子吗`),
    // presupposes the keyword.
    let presupposed = matches!(after, ["的", _noun, _, ..]) || contains_any(after, &NO_NEED);
    // `哪有什么内幕消息？` denies as it stands: no answer is waited for.
    let denied_as_asked = negators_in(before, true) > negators_in(before, false);
    if asking && !presupposed && !denied_as_asked {
        return Some(Judgement::construct(answer(following?).unwrap_or(false)));
    }
    // Any other question, the presupposing ones too, that the next clause answers no:
    // `私下交易出了事谁负责？所以我们从来不做`, `真有内幕消息的人会随便告诉您吗？别信这些`.
    if is_asking(clause) && answer(following?) == Some(false) {
        return Some(Judgement::construct(false));
    }
    let listed_before = mention.listed_before.min(before.len());
    let Some(negation) = negation_in_scope(&before[..before.len() - listed_before]) else {
        // Asking who answers for what goes wrong warns against it: `私下转账出了问题谁负责？`,
        // `把账户密码告诉别人，万一出事谁负责呢？`.
        let next = following?.first();
        let warned = [Some(clause), next]
            .into_iter()
            .flatten()
            .any(|clause| is_asking(clause) && contains_text(&clause.words.concat(), WHO_ANSWERS));
        // Doing it unseen is doing it, whatever the model makes of the words around:
        // `咱们飞单都走得干干净净`.
        if contains_any(after, &CONCEALMENT_WORDS) {
            return Some(Judgement::construct(true));
        }
        // A loss the keyword is said to rule out, or that cannot happen: `保本不可能亏钱`,
        // `稳赚亏不了`. The rules read the claim; the model may not clear it.
        if !warned && !supposed && rules_out_loss(after) {
            return Some(Judgement::construct(true));
        }
        // Urging the reader on, whatever compliance words stand around: `说完了，这款保本的大家冲`.
        if !warned && contains_any(after, &URGING) {
            return Some(Judgement::construct(true));
        }
        // What one has, offered in the next clause: `零风险理财我们这边有，您要吗？`.
        if mention.next_asks
            && following?
                .first()
                .is_some_and(|next| contains_text(&next.words.concat(), OFFERS_WANTED))
        {
            return Some(Judgement::construct(true));
        }
        // What the speaker says in place of another word says it: `我不说guarantee，我只说稳赚不赔`.
        if matches!(before, [.., "只说" | "只讲"] | [.., "只", "说" | "讲"]) {
            return Some(Judgement::construct(true));
        }
        // Nothing in the clause frames it: a plain statement.
        return Some(Judgement {
            asserted: !warned,
            plain: !warned,
        });
    };
    if negation.count % 2 == 0 {
        // `不是我不想帮你操作，是真不能`: the 不是 denies the unwillingness, and the next clause
        // gives the real reason, a denial.
        // So does `不是不给你返佣，是根本就没有返佣这个东西`: not refusing, since there is none.
        let unwilling = before
            .get(negation.nearest)
            .is_some_and(|word| UNWILLING.contains(word))
            || matches!(before, ["不是", "不", ..]);
        let gives_reason =
            |words: &[&str]| words.first() == Some(&"是") && negators_in(words, false) > 0;
        // The reason may run on in the keyword's own clause: `不是我不想说保本是真的不能说`.
        let real_reason = gives_reason(after)
            || following
                .and_then(<[Clause]>::first)
                .is_some_and(|next| gives_reason(&next.words));
        return Some(Judgement::construct(!(unwilling && real_reason)));
    }
    let following = following?;
    if following
        .first()
        .is_some_and(|next| is_retort(next) || is_lament(next))
        || is_excepted(before, after, following)
        || is_deferred(&before[..negation.nearest], following)
    {
        return Some(Judgement::construct(true));
    }
    if !contains_any(&words[..negation.nearest], &OTHERS) {
        // A plain negation, unless the negator is a rhetorical question (`哪有…的好事？`).
        let rhetorical = before
            .get(negation.nearest)
            .is_some_and(|word| is_rhetorical_negator(word));
        // `你以为我哪来的内幕消息？` asks where it came from: it presupposes the tip.
        if rhetorical
            && before[..negation.nearest]
                .iter()
                .any(|word| GUESSING.contains(word))
        {
            return Some(Judgement::construct(true));
        }
        // `哪有保本保收益这么好的事？有，就在我这儿！`: the rhetorical denial answered yes.
        if rhetorical && is_asking(clause) && is_answered_there_is(following) {
            return Some(Judgement::construct(true));
        }
        // A rule on the words one may use: `宣传一律不准用 guaranteed / 保本 / 稳赚 这些词`.
        let on_words = contains_text(&after.concat(), WORD_NOUNS)
            || following
                .first()
                .is_some_and(|next| contains_text(&next.words.concat(), WORD_NOUNS));
        return Some(Judgement {
            asserted: false,
            // An English negation is the rules' reading: the model was trained on Chinese.
            plain: !rhetorical
                && !on_words
                && !is_rule_on_persons(before, negation.nearest)
                && !is_english_negation(before[negation.nearest]),
        });
    }
    Some(Judgement::construct(is_contradicted(
        before,
        negation.nearest,
        following,
    )))
}

/// The next clause answers `有` alone, or `当然有` (not `真有的话…`, a supposition).
fn is_answered_there_is(following: &[Clause]) -> bool {
    following.first().is_some_and(|next| {
        matches!(
            next.words.as_slice(),
            ["有" | "有的" | "有啊" | "有呀" | "当然有"] | ["当然", "有"]
        )
    })
}

/// A question asking who else does as the speaker's side does (`有几个人能像我们团队这样…？`,
/// `谁能像我一样…？`): a boast, unnegated.
fn is_boast(before: &[&str]) -> bool {
    let Some(like) = before.iter().position(|word| *word == "像") else {
        return false;
    };
    let ours = before
        .get(like + 1)
        .is_some_and(|word| matches!(*word, "我" | "我们" | "咱" | "咱们"));
    let so = before[like + 1..]
        .iter()
        .any(|word| matches!(*word, "这样" | "一样" | "这么"));
    let who_else = before[..like]
        .iter()
        .any(|word| WH_WORDS.contains(word) || word.starts_with('谁'));
    ours && so && who_else && negators_in(before, false) == 0
}

/// `你说…` right before a whether-question: `你说这算不算包赚？`. Not `你说的…` (the addressee's
/// words) nor `我跟你说…` (let me tell you).
fn is_seeking_agreement(before: &[&str]) -> bool {
    let Some(whether) = before.iter().position(|word| *word == WHETHER_MARK) else {
        return false;
    };
    let opening = whether.saturating_sub(4);
    (opening..whether).any(|at| {
        matches!(before[at], "你" | "您")
            && before.get(at + 1) == Some(&"说")
            && before.get(at + 2) != Some(&"的")
            && !at
                .checked_sub(1)
                .is_some_and(|previous| TOLD_TO.contains(&before[previous]))
    })
}

/// The keyword's own A-not-A (`庄家不庄家`), and the words after it.
struct EitherWay<'w, 't> {
    rest: &'w [&'t str],
    /// 的 followed, making it a topic: `庄家不庄家的我不懂`.
    nominalised: bool,
    /// A negated verb of knowing stands before it: `额不晓得啥庄家不庄家的`.
    unknown: bool,
}

/// The keyword's own A-not-A around `mention`: `[庄家]|不|庄家|…` or `庄家|不|[庄家]|…`.
fn either_way<'w, 't>(words: &'w [&'t str], mention: &Mention) -> Option<EitherWay<'w, 't>> {
    let keyword = words[mention.first..mention.end].concat();
    let after = &words[mention.end..];
    let before = &words[..mention.first];
    let (start, rest) = match (before, after) {
        (_, ["不", again, rest @ ..]) if *again == keyword => (mention.first, rest),
        ([.., first, "不"], _) if *first == keyword => (mention.first - 2, after),
        _ => return None,
    };
    let unknown = negated_knowing(&words[..start]).is_some();
    Some(match rest {
        ["的", rest @ ..] => EitherWay {
            rest,
            nominalised: true,
            unknown,
        },
        _ => EitherWay {
            rest,
            nominalised: false,
            unknown,
        },
    })
}

/// Disputes and complaints a keyword may name the kind of.
const DISPUTES: &[&str] = &[
    "纠纷", "投诉", "官司", "案件", "案子", "举报", "罚单", "诈骗", "骗局",
];

/// Nouns the keyword may name the kind of: `代客理财风险`, `飞单问题`.
const RISK_NOUNS: &[&str] = &["风险", "问题", "隐患", "乱象", "行为"];

/// Nouns a quoted keyword may name: `“内部消息”栏目`.
const NAME_NOUNS: &[&str] = &["栏目", "专栏", "频道", "文件夹", "标签", "模块", "菜单"];

/// Inspections whose object the keyword is: `重点查私人微信营销`, `排查飞单`.
const INSPECTIONS: &[&str] = &[
    "重点查",
    "排查",
    "检查",
    "核查",
    "自查",
    "严查",
    "整治",
    "专项治理",
];

/// Frames that turn a rhetorical `哪来的` into a real question: `你以为我哪来的…`.
const GUESSING: &[&str] = &["以为", "猜", "猜猜", "觉得"];

/// Nouns naming words: a rule on them is a rule on what may be said or written.
const WORD_NOUNS: &[&str] = &[
    "这些词",
    "这类词",
    "这种词",
    "等词",
    "字眼",
    "字样",
    "措辞",
    "表述",
    "词汇",
    "用语",
];

/// Urging the reader to act now.
static URGING: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "大家冲",
        "冲冲冲",
        "冲啊",
        "上车",
        "闭眼入",
        "闭眼买",
        "速来",
        "别犹豫",
        "抓紧上车",
    ])
});

/// A prohibiting modal whose object is a person states a rule (`公司不准我们返点的嘛`,
/// `不许员工私下收款`): a construction the model does not overturn.
fn is_rule_on_persons(before: &[&str], negator: usize) -> bool {
    PROHIBITING_MODALS.contains(&before[negator])
        && before
            .get(negator + 1)
            .is_some_and(|word| FIRST_PERSON.contains(word) || RULED_PERSONS.contains(word))
}

/// Those a rule may be laid on, besides the speaker: `不许员工…`, `不准你们…`.
const RULED_PERSONS: &[&str] = &[
    "你们",
    "员工",
    "大家",
    "各位",
    "客户经理",
    "理财经理",
    "销售",
];

/// The next clause gives a reason: `…？因为…`.
fn is_explained(following: &[Clause]) -> bool {
    following.first().is_some_and(|next| {
        next.words
            .first()
            .is_some_and(|word| matches!(*word, "因为" | "由于" | "是因为"))
            // Or by what befalls those who break the rule: `为什么监管一直强调不能说稳赚？出了事
            // 都是我们担责`.
            || contains_text(&next.words.concat(), CONSEQUENCES)
    })
}

/// What befalls those who break a rule, given as its reason.
const CONSEQUENCES: &[&str] = &["出了事", "出事", "担责", "被罚", "被查", "追责"];

/// Modal negators that forbid: why one may not is asked to explain a rule.
const PROHIBITING_MODALS: &[&str] = &["不能", "不可以", "不许", "不准", "不让", "不得"];

/// Nouns that take a quoted keyword as a phrase: `“保本”这种说法`.
const PHRASE_NOUNS: &[&str] = &["说法", "这句话", "这种话", "这个词", "字眼", "提法"];

/// What a phrase may be called when it is no longer said: `保本的说法是老早的事了`.
const OUTDATED: &[&str] = &[
    "老早的事",
    "以前的事",
    "过去的事",
    "过时",
    "老黄历",
    "早就没",
    "早没了",
];

/// Negated wanting: `不是我不想…，是…`.
const UNWILLING: &[&str] = &["不想", "不愿", "不愿意", "不肯"];

/// An offering question within [`MAX_OFFER_WORDS`] words of the keyword's end, as one word or
/// cut (`要|不要`).
fn is_offering_question(after_keyword: &[&str]) -> bool {
    let near: String = after_keyword
        .iter()
        .take(MAX_OFFER_WORDS)
        .copied()
        .collect();
    contains_text(&near, OFFERING_QUESTIONS)
}

/// A whether-question right before the keyword that offers it: `要不要试试全权委托嘛`.
fn is_offering_before(before_keyword: &[&str]) -> bool {
    let near: String = before_keyword
        .iter()
        .rev()
        .take(MAX_OFFER_WORDS)
        .rev()
        .copied()
        .collect();
    OFFERING_BEFORE.iter().any(|offer| near.ends_with(offer))
}

/// Whether-questions that offer what follows them.
const OFFERING_BEFORE: &[&str] = &[
    "要不要试试",
    "要不要试一下",
    "要不要试下",
    "想不想试试",
    "要不要考虑",
    "要不要考虑一下",
    "要不要来个",
    "要不要做个",
    "要不要搞个",
];

/// `您问…`, `你问…`: the addressee's question, reported back before the answer.
fn is_addressee_asking(before: &[&str]) -> bool {
    contains_any(before, &ADDRESSEE_ASKING)
}

/// The addressee asking, as one word or cut (`您|问`).
static ADDRESSEE_ASKING: LazyLock<Markers> = LazyLock::new(|| Markers::new(&["您问", "你问"]));

/// Whether-questions after a keyword that offer it to the addressee.
const OFFERING_QUESTIONS: &[&str] = &["要不要", "需不需要", "想不想", "要不要试试"];

/// Asking in the next clause whether the addressee wants it: `…，您要吗？`.
const OFFERS_WANTED: &[&str] = &[
    "您要吗",
    "你要吗",
    "要不要",
    "需要吗",
    "想要吗",
    "感兴趣吗",
    "要一份吗",
    "来一份吗",
];
/// How many words after the keyword an offering question may stand: further on, in a run-on
/// message, it asks about something else (`…没有稳赚的产品他不太高兴你看要不要回访一下`).
const MAX_OFFER_WORDS: usize = 4;

/// Words after a keyword that name it as a pretext: `以…为名`, `以…为诱饵`.
const PRETEXTS: &[&str] = &["为名", "为幌子", "为诱饵", "为由", "名义"];

/// Words that name what follows them as a violation.
const NAMED_VIOLATIONS: &[&str] = &["违规", "违法", "非法", "涉嫌", "违规的", "违法的", "非法的"];

/// Asking what is wrong with the keyword defends it: `飞单怎么了？` (nothing is wrong with it).
const DEFENCES: &[&str] = &[
    "怎么了",
    "咋了",
    "怎么啦",
    "少得了",
    "少得了你的",
    "少得了您的",
];

/// Verbs of deceiving: under rhetoric they deny, as a negator does.
const DECEIVING: &[&str] = &[
    "骗",
    "骗您",
    "骗你",
    "忽悠",
    "坑",
    "坑您",
    "坑你",
    "糊弄",
    "糊弄您",
    "糊弄你",
    // Disliking: `谁会嫌返佣多呢？` (nobody would).
    "嫌",
    "嫌弃",
];

/// Retorts that mock a supposition: `…，银行还用给您讲风险揭示吗？`, `…，谁还上班？`.
const RETORTS: &[&str] = &["还用", "还轮得到", "谁还", "还会有人", "早就"];

/// Working no more, what the speaker would do if the supposition held: `这玩意儿要是包赚，我还上
/// 啥班啊`, `我有就唔使打工啦` (Cantonese: if I had it, I would not need to work).
const NO_MORE_WORK: &[&str] = &[
    "上啥班",
    "上什么班",
    "不用上班",
    "唔使打工",
    "唔使返工",
    "不用打工",
    "打什么工",
    "打啥工",
    "早辞职",
    // Or by what the speaker would long since have done: `要是真能包赚，我早把房子卖了全投进去了`.
    "早把房子卖",
    "早就发财",
    "早发财",
    "早退休",
    // Would I still be calling you every day: `我要真有内幕消息还用天天给您打电话吗`.
    "还用天天",
    "还天天",
    // Others would have bought it all long ago: `要是真有内部消息，人家自己早买了`.
    "自己早买",
    "早买光",
    "还轮得到",
];

/// Headings that forbid what a colon after them lists.
const FORBIDDING_HEADINGS: &[&str] = &["禁止", "严禁", "红线", "不得", "不准", "不许", "负面清单"];

/// Passing a message on, which a heading may forbid to keep what follows secret.
const PASSING_ON: &[&str] = &[
    "外传",
    "转发",
    "外泄",
    "泄露",
    "截图",
    "告诉",
    "说出去",
    "传出去",
];

/// Questions about who answers for the consequences.
const WHO_ANSWERS: &[&str] = &[
    "谁负责",
    "谁来负责",
    "谁承担",
    "谁来承担",
    "谁赔",
    "谁来赔",
    "谁买单",
    "谁兜底",
    "谁给您兜底",
    "谁给你兜底",
    "谁来兜底",
];

/// Verbs of wanting that report a request when someone other than the speaker is their
/// subject: `郑总说想全权委托给我，我拒绝了`.
const WANTING: &[&str] = &["想", "想要", "希望", "非要", "要求", "请", "求"];

/// Verbs that want only with a person as subject; otherwise they are modal (`下周要拉升`) or
/// causative (`规定是不能让您…`): `客户刚才要加我私人微信`, `您要的保收益`.
const WANTING_OF_PERSONS: &[&str] = &["要", "让", "叫"];

/// Persons who may want something of the speaker.
const PERSONS: &[&str] = &[
    "您", "你", "他", "她", "他们", "她们", "对方", "客户", "领导", "家人", "朋友", "老板",
];

/// First-person words: the speaker's own wanting offers (`我想帮你操作`).
const FIRST_PERSON: &[&str] = &["我", "我们", "咱", "咱们", "俺", "俺们"];

/// Someone's request before the keyword: `客户想让我…`, `您要我…`, `郑总说想全权委托给我`.
/// Without a subject before it, `让我帮您操作` offers; with the speaker as subject, `我想…`
/// does.
fn is_reported_request(before: &[&str]) -> bool {
    // The addressee's own wish, put back to them: `你说要全权委托给我帮你炒，这我可整不了`.
    if matches!(before, ["你" | "您", "说", "要" | "把" | "想" | "让", ..]) {
        return true;
    }
    // The addressee's own deed, put back to them: `您把账户密码写在纸上给我，我不能收`.
    if matches!(before, ["你" | "您", "把", ..]) {
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
    at > 0
        && !before[..at].iter().any(|word| FIRST_PERSON.contains(word))
        && !matches!(
            before[at - 1],
            "那" | "那就" | "就" | "先" | "还是" | "不如"
        )
}

/// The next clauses make an exception to the rule or denial just stated, and do not negate it
/// (`…，不过这次可以给您特批`; `没法给您破例` keeps the rule): an exception named, or a
/// concession that limits the rule (`…，除非是您这种熟客`, `…，不过50万以内问题不大`), or any
/// concession after a rule the speaker hedged (`原则上不行，不过…`, `明面上不许返点，但是…`).
/// A concession that offers something else (`保本我给不了，但我能每周给您同步净值`) keeps the
/// rule.
fn is_excepted(before_keyword: &[&str], after_keyword: &[&str], following: &[Clause]) -> bool {
    if is_taken_back(after_keyword, following) {
        return true;
    }
    // The hedge may follow the keyword it hedges (`飞单我原则上是拒绝的`), in its clause or the
    // next (`返点我不能给你——明面上不能`); jieba may cut it (`明|面上`).
    let hedged = contains_text(&before_keyword.concat(), HEDGES)
        || contains_text(&after_keyword.concat(), HEDGES)
        || following
            .first()
            .is_some_and(|next| contains_text(&next.words.concat(), HEDGES));
    following.iter().take(2).any(|clause| {
        if denials_in(&clause.words) > 0 {
            return false;
        }
        let text = clause.words.concat();
        if contains_text(&text, EXCEPTIONS) {
            return true;
        }
        let conceding = clause
            .words
            .first()
            .is_some_and(|word| CONCESSIVES.contains(word));
        let scoped = contains_text(&text, EXCEPTION_SCOPES);
        // After a hedged rule, what is done privately or besides needs no `但`: `…明面上不能。
        // 私下我转你一千`, `…明面上遵守；另外给贵司财务部的那份…`.
        let besides = clause.words.first() == Some(&"另外");
        conceding && (hedged || scoped) || hedged && (scoped || besides)
    })
}

/// The rule or warning just stated is taken back, in the rest of its clause or the next two:
/// dismissed (`合规说严禁代客理财，我就当没听见`, `这条严禁拉升的通知大家看看就好`,
/// `严禁飞单，但这个不算`), its example set apart (`警惕飞单骗局！不过我介绍的这个不是骗局`,
/// `小心那些说有内幕消息的骗子，我这条是真的`), or its substance promised anyway
/// (`禁止承诺保收益，我不承诺，…差多少我补多少`).
fn is_taken_back(after_keyword: &[&str], following: &[Clause]) -> bool {
    let takes_back =
        |text: &str| contains_text(text, TAKEN_BACK) || contains_text(text, CONCEALMENT);
    takes_back(&after_keyword.concat())
        || following
            .iter()
            .take(2)
            .any(|clause| takes_back(&clause.words.concat()))
}

/// Phrases that take back a rule or warning the speaker just stated (see [`is_taken_back`]).
const TAKEN_BACK: &[&str] = &[
    "当没听见",
    "当没看见",
    "看看就好",
    "看看就行",
    "听听就好",
    "听听就行",
    "走个形式",
    "走走形式",
    "做做样子",
    "这句我说完了",
    "这个不算",
    "这次不算",
    "不算数",
    "又不给我发工资",
    "除了我",
    "我这个不是骗局",
    "这个不是骗局",
    "我这条是真的",
    // Do it, but with me: `警惕野路子代客理财！要找就找我这样的…`.
    "要找就找我",
    "要加就加我",
    "我这条绝对",
    "我这个绝对",
    "我这个是真的",
    "我这个不一样",
    "我这条不一样",
    "差多少我补多少",
    "差额我",
    "亏了我补",
    "亏了算我的",
    // Known without being said: `上面不准我们讲稳赚，那我不讲，杨阿姨你自己心里晓得就行`.
    "心里晓得就行",
    "心里明白就行",
    "心里有数就行",
    "心里清楚就行",
    // The rule is for others: `禁止碰客户账户密码那是针对新人的，我老员工了`,
    // `别把账户密码给陌生人，给我没事`.
    "针对新人",
    "对新人的",
    "给我没事",
    "给我就没事",
    "发我没事",
    "我例外",
    "对我不适用",
];

/// [`CONCEALMENT`] as words, for the plain reading, which most keywords take: no text is
/// joined unless a word may start one.
static CONCEALMENT_WORDS: LazyLock<Markers> = LazyLock::new(|| Markers::new(CONCEALMENT));

/// Concealment: whatever was reported or forbidden, the speaker means to do it unseen.
const CONCEALMENT: &[&str] = &[
    "别留记录",
    "不留记录",
    "没记录",
    "查不到",
    // Kept out of the firm's systems: `私下转账吧，不走系统`.
    "不走系统",
    "不走公司系统",
    "绕开系统",
    "没人查",
    "查不出来",
    // Only not in the group: `以后这类消息一对一发给VIP客户就行，别在群里发`.
    "别在群里发",
    "不要在群里发",
    "别在群里说",
    "一对一发",
    "隐蔽点",
    "做隐蔽",
    "干干净净",
    // Nobody will know: `私下交易谁知道啊？你不说我不说`.
    "你不说我不说",
    "你知我知",
    "天知地知",
    "神不知鬼不觉",
    "没人知道",
    "没人晓得",
    "冇人知",
    "没人会知道",
    "不会有人知道",
];

/// How many of `words` deny, leaving out the 不 of a degree (`问题不大`, `风险不高`), which says
/// how much rather than whether.
fn denials_in(words: &[&str]) -> usize {
    let degrees = words
        .windows(2)
        .filter(|pair| pair[0] == "不" && DEGREES.contains(&pair[1]))
        .count();
    negators_in(words, false).saturating_sub(degrees)
}

/// Adjectives of degree that 不 may modify without denying anything: `问题不大`.
const DEGREES: &[&str] = &["大", "多", "高", "少"];

/// Words that open a concession: `…不行，不过…`.
const CONCESSIVES: &[&str] = &["不过", "但", "但是", "可是", "可", "只是"];

/// Adverbs that state a rule only to concede from it: `私下转账原则上不行`, `明面上不许返点`,
/// `加我个人号本来不合规`.
const HEDGES: &[&str] = &[
    "原则上",
    "一般",
    "一般来说",
    "本来",
    "按理说",
    "按说",
    "理论上",
    "明面上",
    "表面上",
    "名义上",
];

/// What a concession may limit the rule to, or take back with: a class of customer or amount
/// (`除非是您这种熟客`, `50万以内问题不大`), doing it privately, saying it another way
/// (`那我换个说法：…`), or the act itself (`您把账户给我`, `转我支付宝就行`).
const EXCEPTION_SCOPES: &[&str] = &[
    "以内",
    "以上的",
    "熟客",
    "老客户",
    "大客户",
    "私下",
    "偷偷",
    "悄悄",
    "问题不大",
    "账户给我",
    "账户交给我",
    "密码给我",
    "转我",
    "转给我",
    // The speaker in person, beside the firm's rule: `…是公司规定，我遵守。但我个人跟您担保：…`.
    "我个人跟您",
    "我个人跟你",
    "我个人给您",
    "我个人给你",
    "我个人向您",
    "我个人向你",
    // Saying something else that comes to the same: `我不能说保本，但我可以说一句：…`.
    "可以说一句",
    // Confirmed in person: `书面保本承诺我们不出具，但本人在此确认：…`.
    "本人在此确认",
    "在此确认",
    // The addressee may do it instead: `私人微信我不能加刘阿姨，但你可以加我`.
    "可以加我",
    // Everyone breaks it: `飞单是违规，但大家都在做`.
    "大家都在做",
    "大家都这么做",
    "别人都在做",
];

/// A rhetorical question that mocks the alternative to what the clause before declined:
/// `不加我个人号，难道还要走那么多流程吗？` urges adding the private account.
fn is_retort(clause: &Clause) -> bool {
    contains_any(&clause.words, &RHETORICAL_MARKERS) && contains_any(&clause.words, &INSTEAD)
}

/// Places a refusal may be limited to: `在这里没法谈返点` refuses only here.
static HERE: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "这里",
        "在这里",
        "这边",
        "在这",
        "这儿",
        "群里",
        "电话里",
        "微信上",
        "系统里",
        "企业微信",
        // Not openly: `内部消息我不能直接说，你加我私人微信我发你`.
        "直接",
    ])
});

/// Moving the talk elsewhere: `您加我私人微信，我发您方案`, `私聊`.
const ELSEWHERE: &[&str] = &[
    "加我",
    "私聊",
    "详聊",
    "单聊",
    "私下聊",
    "发您",
    "找我",
    "打我",
    "当面",
];

/// The firm's own channels: moving the talk there (`咱这儿规矩是不加私人号，您有事随时企业微信
/// 找我`) keeps it on the record.
const OFFICIAL_CHANNELS: &[&str] = &["企业微信", "企微", "公司电话", "客服热线", "柜台", "营业部"];

/// A refusal limited to this place (`在这里没法谈返点`, the words before the negator) that the
/// next clauses move elsewhere, without a negation of their own: the thing is offered there.
fn is_deferred(before_negator: &[&str], following: &[Clause]) -> bool {
    contains_any(before_negator, &HERE)
        && following.iter().take(2).any(|clause| {
            let text = clause.words.concat();
            negators_in(&clause.words, false) == 0
                && contains_text(&text, ELSEWHERE)
                && !contains_text(&text, OFFICIAL_CHANNELS)
        })
}

/// A rhetorical lament over not doing what the clause before declined: `有内部消息不用，岂不是
/// 白白浪费？` urges using it.
fn is_lament(clause: &Clause) -> bool {
    let text = clause.words.concat();
    // `岂不是浪费`, or the same asked with `不是…吗`: `不是浪费了吗？`.
    let rhetorical = text.contains("岂不") || (text.starts_with("不是") && is_asking(clause));
    rhetorical && contains_text(&text, LAMENTS)
}

/// What a lament regrets.
const LAMENTS: &[&str] = &["浪费", "可惜", "白白", "吃亏", "亏了", "错过"];

/// Reported speech: see the module documentation. `framed`: a third party stands before the
/// keyword in its clause.
fn is_reported(
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
    let framed = framed
        || (quoted
            && !own_words
            && neighbours
                .preceding
                .iter()
                .rev()
                .take(2)
                .any(|clause| contains_any(&clause.words, &THIRD_PARTIES)));
    if quoted {
        // A quotation may run over clauses: the warning may come after its last one
        // (`“把账户密码给我，我帮你操作”——以后谁再跟您这么说，直接报警`).
        framed || is_warned_within(after, neighbours.following, QUOTED_WARNING_REACH)
    } else {
        // What the addressee said may be answered no: `周总您说的全权委托给我个人，这个我们不接受`.
        framed
            && (is_warned(after, neighbours.following)
                || (has_addressee_words(before) && answer(neighbours.following) == Some(false)))
    }
}

/// Verbs of asking whose object is a whether-question.
const ASKING_WHETHER: &[&str] = &["问", "想问", "想知道", "打听", "咨询"];

/// A verb of asking, then a whether-question (`想|问|国债|能不能`), before the keyword.
fn asks_whether(before: &[&str]) -> bool {
    before
        .iter()
        .position(|word| ASKING_WHETHER.contains(word))
        .is_some_and(|at| before[at + 1..].contains(&WHETHER_MARK))
}

/// First-person verbs of saying that frame the speaker's own words.
const OWN_SAYING: &[&str] = &["我说", "我回", "我告诉", "我跟他说", "我跟她说", "我答"];

/// How many clauses after a quoted keyword a warning may stand in.
const QUOTED_WARNING_REACH: usize = 3;

/// A warning follows the keyword in its clause or in the next two: `“保本”？这种话别信`.
fn is_warned(after: &[&str], following: &[Clause]) -> bool {
    is_warned_within(after, following, 2)
}

/// A warning follows the keyword in its clause or in the next `reach`.
fn is_warned_within(after: &[&str], following: &[Clause], reach: usize) -> bool {
    warns(after)
        || following
            .iter()
            .take(reach)
            .any(|clause| warns(&clause.words))
}

/// True when a warning is in `words`, matched in their joined text: jieba glues warnings to
/// adverbs (`千万别|信`).
fn warns(words: &[&str]) -> bool {
    let text = words.concat();
    // Promising to cover losses (`亏了算我的`) names a loss without warning of it.
    contains_text(&text, WARNINGS) && !contains_text(&text, TAKEN_BACK)
}

/// A denial predicate closes the clause after the keyword, and no negator stands right before
/// it.
fn is_denial_predicate_after(after: &[&str]) -> bool {
    // Voice input runs the advice that follows a refusal into its clause: `这个私下转账真不行您
    // 还是去柜台办吧`.
    let advice = after
        .windows(2)
        .position(|pair| matches!(pair, ["您" | "你", "还是"]));
    if advice.is_some_and(|advice| advice > 0 && is_denial_predicate_after(&after[..advice])) {
        return true;
    }
    if is_object_first_denial(after) {
        return true;
    }
    let text = after.concat();
    let mut offset = 0;
    for (start, word) in after.iter().enumerate() {
        // No predicate, with its adverbs, is that long: skip to the clause's last words.
        if text.len() - offset > MAX_PREDICATE_BYTES {
            offset += word.len();
            continue;
        }
        // Southern 没有 may be cut `冇|得` before it: `我讲的“内部消息”冇得假的`.
        let negated = start.checked_sub(1).is_some_and(|previous| {
            is_negator(after[previous])
                || after[previous] == "不可能"
                || (after[previous] == "得"
                    && previous
                        .checked_sub(1)
                        .is_some_and(|negator| matches!(after[negator], "冇" | "没" | "莫")))
        });
        if !negated && is_denial_predicate(&text[offset..]) {
            return true;
        }
        offset += word.len();
    }
    false
}

/// Words that may stand between a keyword put first as the object and the negated verb that
/// closes its clause: subjects, adverbs, demonstratives (`私下交易我是不会接的`,
/// `账户密码请不要发给我`, `返点和私人微信这两样我都给不了`).
const OBJECT_FIRST_FILLERS: &[&str] = &[
    "我",
    "我们",
    "咱们",
    // Cantonese 我们, which jieba cuts `我|哋`: `账户密码我哋唔可以收㗎`.
    "哋",
    // Shanghainese 我们: `私人微信阿拉勿加额`.
    "阿拉",
    // Northern and Henan 我, 我们: `私人微信俺不加`.
    "俺",
    "俺们",
    "这里",
    "这边",
    "这儿",
    "是",
    "都",
    "也",
    "真的",
    "绝对",
    "就",
    "实在",
    "确实",
    "肯定",
    "当然",
    "可",
    "请",
    "的话",
    "这",
    "那",
    "这个",
    "那个",
    "这些",
    "这种",
    "那些",
    "这俩",
    "这两个",
    "这几个",
    "更是",
    "这些事",
    "事儿",
    "这两样",
    "两样",
    "这样",
    "一律",
    "从来",
    "根本",
    "暂时",
    "现在",
    "目前",
    "已经",
    "字",
    "俩",
    "俩字",
    "两个字",
    "真",
    // The head noun the keyword describes: `零风险理财我们这里没有`, `返点这种事我们做不了`,
    // `私下交易的提议我不能接受`.
    "理财",
    "产品",
    "服务",
    "业务",
    "事",
    "事情",
    "提议",
    "请求",
    "协议",
    "合同",
    // The keyword named as a word that may not be said or written: `稳赚不赔这话我不能乱说`,
    // `保本承诺我给不了`, `保本呢啲字眼唔准写` (Cantonese: these words may not be written).
    "话",
    "这话",
    "这句话",
    "这种话",
    "说法",
    "这个说法",
    "字眼",
    "这个词",
    "词",
    "承诺",
    "呢",
    "啲",
    "呢啲",
];

/// Negators of an action that may close such a clause; `不是` is left out (`保本不是假的`
/// asserts).
const ACTION_NEGATORS: &[&str] = &[
    "绝不能",
    "决不能",
    "千万不能",
    "别",
    "千万别",
    "千万不要",
    "没必要",
    "免了",
    "木有",
    "不",
    "没",
    "没有",
    "不会",
    "不能",
    "不可以",
    "不可",
    "没法",
    "没办法",
    "无法",
    "不要",
    "请勿",
    "不得",
    "不必",
    "不用",
    "不敢",
    "不想",
    "不愿",
    "从不",
    "绝不",
    "决不",
    "不再",
    // Prohibitions put after what they forbid: `飞单严禁！`, `返点一律禁止`. Not `不准`, which
    // after a noun says it is inaccurate (`内部消息哪次不准过？`).
    "严禁",
    "禁止",
    "不许",
    // Cantonese 不: `保本呢啲字眼唔准写`.
    "唔",
    // Shanghainese 不 (`私人微信阿拉勿加额`), and Southwestern 没有.
    "勿",
    "勿要",
    "勿好",
    "莫得",
    // Wu 不要 and 没有: `覅相信`, `呒没人管`.
    "覅",
    "呒没",
    // Not allowed: `私人号一律不让加`.
    "不让",
    // Knowing nothing of it: `庄家那些事儿我真不知道`.
    "不知道",
    "真不知道",
    "不清楚",
];

/// Negated potentials that affirm what they follow: it cannot go wrong, fail or be missing.
const AFFIRMING_POTENTIALS: &[&str] = &["错不了", "跑不了", "少不了", "亏不了", "赔不了", "跌不了"];

/// Action negators addressed to the listener: they deny a keyword put first only after
/// something else stood between (see [`is_object_first_denial`]).
const IMPERATIVE_NEGATORS: &[&str] = &["别"];

/// The words after a keyword rule out a loss: a negator right before one (`不可能亏钱`,
/// `不会亏`), or a potential that says it cannot happen (`亏不了`).
fn rules_out_loss(after: &[&str]) -> bool {
    after.iter().enumerate().any(|(at, word)| {
        // `亏不了`: the potential of a loss, negated.
        if word
            .strip_suffix("不了")
            .is_some_and(|loss| LOSSES.contains(&loss))
        {
            return true;
        }
        // `不|可能|亏|钱`: the negator and a modal or two before the loss.
        LOSSES.contains(word)
            && after[at.saturating_sub(3)..at]
                .iter()
                .any(|before| is_negator(before) || *before == "不可能")
    })
}

/// Losses: what a guarantee says cannot happen.
const LOSSES: &[&str] = &["亏", "亏钱", "亏损", "亏本", "赔", "赔钱", "跌", "损失"];

/// What a negated word may say that makes the clause assert: `保本没问题`, `保本不难`, and
/// losses a keyword in subject position rules out (`保本不可能亏钱`).
const NOT_DENIALS: &[&str] = &[
    "问题", "难", "难事", "难题", "事", "事儿", "吹", "盖", "假", "假的", "亏", "亏钱", "亏损",
    "赔", "赔钱", "风险", "跌", "损失", "少", "低于", "少于",
];

/// A keyword put first as the object of a negated verb that closes its clause: the keyword's
/// clause continues with subjects and adverbs ([`OBJECT_FIRST_FILLERS`], or a second listed
/// noun), an action negator or a negated potential (`接不了`), and at most two more words
/// (`内幕消息我这里没有`, `全权委托我们接不了`, `您说的内部消息我不能帮忙打听`).
fn is_object_first_denial(after: &[&str]) -> bool {
    let mut words: Vec<&str> = Vec::with_capacity(after.len());
    for word in after.iter().copied() {
        // `返点就免了`, which jieba cuts `免|了`.
        if word == "了" && words.last() == Some(&"免") {
            words.pop();
            words.push("免了");
            continue;
        }
        if is_particle(word) {
            continue;
        }
        // The colloquial 木有 (没有), which jieba cuts `木|有`, and the dialects' 莫得 (没有)
        // and 勿好 (不好, 不能), cut `莫|得` and `勿|好`.
        let joined = match (words.last(), word) {
            (Some(&"木"), "有") => Some("木有"),
            (Some(&"莫"), "得") => Some("莫得"),
            (Some(&"勿"), "好") => Some("勿好"),
            _ => None,
        };
        if let Some(joined) = joined {
            words.pop();
            words.push(joined);
            continue;
        }
        words.push(word);
    }
    // The negator: an action negator, a negated potential (`接不了`), or a potential cut in two
    // (`接|不了`).
    let Some(at) = words.iter().position(|word| {
        ACTION_NEGATORS.contains(word)
            || is_potential_negative(word)
            || SPLIT_POTENTIALS.contains(word)
    }) else {
        return false;
    };
    let (between, negator, rest) = (&words[..at], words[at], &words[at + 1..]);
    if !is_object_first_subject(between, SPLIT_POTENTIALS.contains(&negator)) {
        return false;
    }
    // `内部消息错不了`: a potential that says it cannot go wrong (jieba may cut it `错|不了`).
    let split_verb = between
        .last()
        .filter(|_| SPLIT_POTENTIALS.contains(&negator))
        .copied()
        .unwrap_or_default();
    let potential = [split_verb, negator].concat();
    if AFFIRMING_POTENTIALS.contains(&potential.as_str()) {
        return false;
    }
    // `不就…` asks "isn't that just…" (`找我私人号不就行了？`): no denial.
    if negator == "不" && rest.first().is_some_and(|word| word.starts_with('就')) {
        return false;
    }
    // A clause that opens with `别` tells the listener something else (`…，别告诉别人`); after
    // the keyword and its head noun it forbids the keyword (`这种全权委托的协议千万别签`).
    if between.is_empty() && IMPERATIVE_NEGATORS.contains(&negator) {
        return false;
    }
    if rest.len() > 2 || rest.iter().any(|word| NOT_DENIALS.contains(word)) {
        return false;
    }
    if is_potential_negative(negator) || SPLIT_POTENTIALS.contains(&negator) {
        return rest.is_empty();
    }
    !rest.is_empty() || IMPLICIT_VERB_NEGATORS.contains(&negator)
}

/// The complements of a potential that jieba cuts off its verb: `接|不了`, `拿|不到`.
const SPLIT_POTENTIALS: &[&str] = &["不了", "不到", "不成", "不住"];

/// Negators that need no verb after them: `加我个人号就不必了`, `内幕消息我这里没有`,
/// `飞单严禁`.
const IMPLICIT_VERB_NEGATORS: &[&str] = &[
    "不知道",
    "真不知道",
    "不清楚",
    "没有",
    "没",
    "木有",
    "不必",
    "不用",
    "没必要",
    "免了",
    "严禁",
    "禁止",
    "不许",
    "不准",
];

/// What stands between the keyword put first and the negator: subjects and adverbs
/// ([`OBJECT_FIRST_FILLERS`]), a second listed noun (`返点和私人微信`), the verb of a split
/// potential (`我们接|不了`), and the rest of an embedded question the keyword is part of
/// (`庄家什么时候拉升我没法告诉您`).
fn is_object_first_subject(between: &[&str], split_potential: bool) -> bool {
    let between = match between {
        [rest @ .., _verb] if split_potential => rest,
        _ => between,
    };
    if between
        .iter()
        .any(|word| WH_WORDS.contains(word) || *word == "什么时候")
    {
        return between.len() <= MAX_EMBEDDED_QUESTION_WORDS;
    }
    let mut index = 0;
    while let Some(word) = between.get(index) {
        if CONJUNCTIONS.contains(word) {
            index += 2;
            continue;
        }
        if !OBJECT_FIRST_FILLERS.contains(word) {
            return false;
        }
        index += 1;
    }
    true
}

/// How many words an embedded question and the subject after it may have.
const MAX_EMBEDDED_QUESTION_WORDS: usize = 6;

/// The longest a denial predicate with its adverbs and particles may be, in bytes (20
/// characters of Chinese).
const MAX_PREDICATE_BYTES: usize = 60;

/// `text` is a denial predicate, once sentence-final particles and the person it is refused to
/// (`我没办法答应您`) are trimmed.
fn is_denial_predicate(text: &str) -> bool {
    // A question's particle too: in `难道不知道…是违规的吗` the predicate is asserted.
    let text = text.trim_end_matches(|character| {
        FINAL_PARTICLES.contains(&character) || matches!(character, '吗' | '么')
    });
    let without_object = ["您", "你", "你们", "您们"]
        .iter()
        .find_map(|object| text.strip_suffix(object));
    is_bare_denial_predicate(text) || without_object.is_some_and(is_bare_denial_predicate)
}

/// Copulas before a word that condemns: `属于违规行为`, `均为违规宣传`, `是虚假的`.
const COPULAS: &[&str] = &[
    "是", "属于", "属", "均为", "皆为", "均属", "都是", "为", "系", "纯属", "就是",
];

/// Words that condemn what they are said of.
const CONDEMNATIONS: &[&str] = &[
    "违规",
    "违法",
    "非法",
    "虚假",
    "不实",
    "诈骗",
    "骗局",
    "谣言",
    "假",
    "欺诈",
    "误导",
    "杀猪盘",
    "操纵",
    // A shill, a pump and dump: `喊单的都是庄家的托，拉升完就砸盘`.
    "托",
    "托儿",
    "砸盘",
    // Ran off with the money: `说零风险的项目最后全跑路了`.
    "跑路",
    "跑路了",
];

/// Nouns a condemnation may head: `违规行为`.
const CONDEMNED_NOUNS: &[&str] = &[
    "", "行为", "宣传", "操作", "说法", "信息", "消息", "活动", "手段", "套路", "内容", "承诺",
    "广告", "行径", "话术", "手法",
];

/// Modifiers of kind that may stand between the copula and the condemnation, longest first.
const CONDEMNATION_MODIFIERS: &[&str] = &[
    "一种常见的",
    "一种典型的",
    "常见的",
    "典型的",
    "明显的",
    "一种",
];

/// A copula (or none), a condemnation, and a noun it heads (or none): `属于违规行为`.
fn is_condemnation(text: &str) -> bool {
    COPULAS
        .iter()
        .filter_map(|copula| text.strip_prefix(copula))
        .chain(std::iter::once(text))
        .map(|rest| {
            // `是常见的操纵手法`: a modifier of kind before the condemnation.
            CONDEMNATION_MODIFIERS
                .iter()
                .find_map(|modifier| rest.strip_prefix(modifier))
                .unwrap_or(rest)
        })
        .any(|rest| {
            CONDEMNATIONS.iter().any(|condemnation| {
                rest.strip_prefix(condemnation).is_some_and(|noun| {
                    // `杀猪盘的话术`.
                    let noun = noun.strip_prefix('的').unwrap_or(noun);
                    CONDEMNED_NOUNS.contains(&noun)
                })
            })
        })
}

/// A negated copula and what is legitimate, possibly owned (`不是公司的正规渠道`, `并非官方`), or
/// `不合规` itself.
fn is_illegitimacy(text: &str) -> bool {
    NOT_COPULAS
        .iter()
        .filter_map(|copula| text.strip_prefix(copula))
        .any(|rest| {
            // `公司的正规渠道`, `我行正规渠道`: a short owner before does not matter.
            LEGITIMATE.iter().any(|legitimate| {
                rest.find(legitimate).is_some_and(|at| {
                    rest[..at].chars().count() <= MAX_OWNER_CHARACTERS
                        && LEGITIMATE_NOUNS.contains(&&rest[at + legitimate.len()..])
                })
            })
        })
}

/// [`is_denial_predicate`] after the particles are trimmed (from the predicates too: `做不了`
/// reads `做不`): a predicate, or adverbs before one.
fn is_bare_denial_predicate(text: &str) -> bool {
    DENIAL_PREDICATE_SET.contains(text)
        || is_condemnation(text)
        || is_illegitimacy(text)
        || PREDICATE_ADVERBS.iter().any(|adverb| {
            text.strip_prefix(adverb)
                .is_some_and(|rest| !rest.is_empty() && is_bare_denial_predicate(rest))
        })
}

/// The clause only names a topic for the next clause to comment on: it opens with a topic
/// marker (`所谓庄家的票，…`), or it is the bare keyword (`保本，…`).
fn is_topic_only(before: &[&str], after: &[&str]) -> bool {
    if before
        .first()
        .is_some_and(|first| TOPIC_MARKERS.contains(first))
    {
        return true;
    }
    // What the addressee may want, as a condition: `您要保证收益的话，我这里没有`.
    if after.first() == Some(&"的话") {
        return true;
    }
    // A noun phrase and nothing else: the bare keyword, `您说的保本`, or a phrase the keyword
    // is part of (`许诺客户保本的要求`, `替庄家拉客户的要求`).
    if let [.., "的", _head] = after {
        return true;
    }
    // A phrase nominalised by 的, with no copula to make it a predicate: `任何让您通过私人号办理
    // 业务的，都不是我行正规渠道` (`这款是保本的` asserts).
    // The speaker's own denial ending in 的 is a statement (`我不做代客理财的`), not a phrase.
    let own_denial = before
        .first()
        .is_some_and(|first| FIRST_PERSON.contains(first))
        && negators_in(before, false) > 0;
    if after.last() == Some(&"的")
        && !before.contains(&"是")
        && !after.contains(&"是")
        && !own_denial
    {
        return true;
    }
    let bare_before = before.is_empty() || before.last() == Some(&"的");
    // A list of topics: `您要的保收益和全权委托，我们都没法提供`.
    let rest = match after {
        [conjunction, _other, rest @ ..] if CONJUNCTIONS.contains(conjunction) => rest,
        _ => after,
    };
    bare_before && rest.concat().trim_matches(FINAL_PARTICLES).is_empty()
}

/// Asking whether it could be false: `还能有假？`.
const COULD_BE_FALSE: &[&str] = &[
    "能有假",
    "会有假",
    "还有假",
    "有假吗",
    "能是假的",
    "会是假的",
];

/// Conjunctions that list nouns: `返点和私人微信`.
const CONJUNCTIONS: &[&str] = &["和", "与", "及", "以及", "跟", "或", "或者"];

/// The clause's words with whether-questions (`能不能`, `能|不能`, `能|不|能`) taken out, since
/// their negator denies nothing, and the keyword's new index.
fn without_whether<'t>(clause: &Clause<'t>, mention: &Mention) -> (Vec<&'t str>, usize, usize) {
    let mut words = Vec::with_capacity(clause.words.len());
    let (mut keyword_at, mut keyword_end) = (None, None);
    let mut index = 0;
    while index < clause.words.len() {
        if index == mention.first {
            keyword_at = Some(words.len());
        }
        if index == mention.end {
            keyword_end = Some(words.len());
        }
        let skipped = whether_length(&clause.words[index..]);
        // The A-not-A of the keyword itself (`保|不|保本`) asks whether it holds: the question
        // stands before the keyword, which is kept.
        if skipped == 3 && index + 2 == mention.first {
            words.push(WHETHER_MARK);
            index += 2;
            continue;
        }
        let overlaps_keyword = index < mention.end && index + skipped > mention.first;
        if skipped > 0 && !overlaps_keyword {
            words.push(WHETHER_MARK);
            index += skipped;
            continue;
        }
        words.push(clause.words[index]);
        index += 1;
    }
    let keyword_at = keyword_at.unwrap_or(words.len());
    let keyword_end = keyword_end.unwrap_or(words.len()).max(keyword_at);
    (words, keyword_at, keyword_end)
}

/// Drops a tag question that closes the clause after the keyword and seeks agreement with what
/// the clause said: `…不就是保本吗你说是不是` asks `不就是保本吗`, `…保本的，对不对` says it.
fn drop_tag_question(words: &mut Vec<&str>, keyword_end: usize) {
    if words.last() != Some(&WHETHER_MARK) {
        return;
    }
    let mut start = words.len() - 1;
    if let [.., "你" | "您", "说", _] = words.as_slice() {
        start -= 2;
    }
    if start > keyword_end {
        words.truncate(start);
    }
}

/// What [`without_whether`] puts in place of a whether-question.
const WHETHER_MARK: &str = "是否";

/// How many words at the start of `words` form a whether-question (0: none).
fn whether_length(words: &[&str]) -> usize {
    match words {
        [first, ..] if WHETHER.contains(first) => 1,
        // Cantonese 是不是, which jieba cuts `系|咪`: `係咪穩賺先？`; and 有没有, whole or cut
        // `有|冇`: `你话我有冇内幕消息？`.
        ["系", "咪", ..] | ["有", "冇", ..] => 2,
        // `能|不|能`, and A-not-AB: `靠|不|靠谱`; Cantonese `系|唔|系`.
        [first, "不" | "没" | "唔", third, ..] if !first.is_empty() && third.starts_with(first) => {
            3
        }
        [first, second, ..]
            if !first.is_empty()
                && (second.strip_prefix('不') == Some(first)
                    || second.strip_prefix('没') == Some(first)) =>
        {
            2
        }
        _ => 0,
    }
}

/// A yes-or-no question, closed by a question mark or `吗`; a question mark after a question
/// word asks for that word only (see [`WH_WORDS`]).
fn is_question(words: &[&str], clause: &Clause) -> bool {
    match words.last() {
        // A question closed by 吧 seeks agreement with what it says: `我上次说的内部消息应验了吧？`.
        Some(&"吧") => return false,
        // 嘛 asks only in a negated question (`不就是保本嘛`); otherwise it insists
        // (`肯定保本嘛`, `稳赚不赔的嘛`), and after a rule it explains (`公司不准我们返点的嘛`).
        Some(&"嘛")
            if negators_in(words, false) > 0
                && !words.iter().any(|word| PROHIBITING_MODALS.contains(word)) =>
        {
            return true;
        }
        Some(word) if QUESTION_PARTICLES.contains(word) && *word != "嘛" => return true,
        _ => {}
    }
    clause.question_mark && !words.iter().any(|word| WH_WORDS.contains(word))
}

/// A question that asserts its opposite: marked by `难道`, `谁说`…, or a negated question
/// (`为什么不…呢`, `不就是…吗`).
fn is_rhetorical(words: &[&str], clause: &Clause) -> bool {
    if contains_any(words, &RHETORICAL_MARKERS) {
        return true;
    }
    let ending = words.concat();
    let ending = ending.trim_end_matches(FINAL_PARTICLES);
    if negators_in(words, false) > 0 && WHAT_ELSE.iter().any(|what| ending.ends_with(what)) {
        return true;
    }
    // `为什么要加私人微信呢？` (why would you?) discourages, as `为什么不…呢` urges.
    if contains_any(words, &WHY) && is_asking(clause) {
        return true;
    }
    // `私人微信聊不好吗？` (wouldn't it be better?) suggests it.
    let suggesting = is_question(words, clause)
        && words
            .iter()
            .rev()
            .find(|word| !is_particle(word) && !QUESTION_PARTICLES.contains(word))
            .is_some_and(|word| is_negated_adjective(word));
    if suggesting {
        return true;
    }
    if negators_in(words, false) == 0 {
        return false;
    }
    // `谁也不能保证保本`, `谁都不敢` (nobody) deny; they ask nothing.
    let which_not = position_of(words, &WHICH).is_some_and(|which| {
        negators_in(&words[which + 1..], false) > 0
            && !(words[which] == "谁" && matches!(words.get(which + 1), Some(&("也" | "都"))))
    });
    // `包赚的事儿谁不干啊` asks with its 啊, as chat leaves the question mark out.
    let exclaimed = matches!(words.last(), Some(&("啊" | "呀")));
    contains_any(words, &WHY)
        || is_question(words, clause)
        || (which_not && (is_asking(clause) || exclaimed))
}

/// `只有…才能讲`, `只有…才可以说` right before the keyword: what may be said, and of what.
fn is_restricted_saying(before: &[&str]) -> bool {
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

/// `谁跟您说保本那是误导`, `谁说稳赚那都是骗人的`: a statement (no question) whose 谁 says
/// whoever, and whose 那 after the keyword takes the claim up to condemn it.
fn is_whoever_condemned(clause: &Clause, before: &[&str], after: &[&str]) -> bool {
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

/// A word of 不 and an adjective or verb that is no negator of its own: `不好`, `不行`, `不对`.
fn is_negated_adjective(word: &str) -> bool {
    word.starts_with('不')
        && word.chars().count() == 2
        && !CONNECTIVES.contains(&word)
        && !AFFIRMING_ADJECTIVES.contains(&word)
        && !is_negator(word)
}

/// Words of 不 that say how much or how well, not whether: `一分不少`, `收益不错`.
const AFFIRMING_ADJECTIVES: &[&str] = &[
    "不少", "不错", "不止", "不断", "不久", "不愧", "不已", "不时",
];

/// The clause was typed as a question: a question mark, or a question particle at its end.
fn is_asking(clause: &Clause) -> bool {
    clause.question_mark
        || clause
            .words
            .iter()
            .rev()
            .find(|word| !is_particle(word))
            .is_some_and(|word| QUESTION_PARTICLES.contains(word))
}

/// The yes or no the next clauses give to a question: `None` when they give none.
fn answer(following: &[Clause]) -> Option<bool> {
    // `有是有，但工作上的事我们只用企业微信`: a yes conceded only to be limited by the `但` after it
    // answers nothing by itself.
    if let [first, next, ..] = following
        && matches!(first.words.as_slice(), [yes, "是", again] if yes == again)
        && next
            .words
            .first()
            .is_some_and(|word| CONCESSIVES.contains(word))
    {
        return None;
    }
    for clause in following.iter().take(2) {
        // A question in reply answers nothing (`您让我帮你操作，不是比走流程快多了吗？`).
        if is_asking(clause) {
            continue;
        }
        // A supposition is no answer, but one mocked says no: `稳赚不赔？要真有这种产品我早辞职
        // 自己买了`.
        if is_supposition(&clause.words) {
            if is_mocked_in_place(&clause.words) {
                return Some(false);
            }
            continue;
        }
        // `你话我有冇内幕消息？我有就唔使打工啦`: had I any, I would work no more.
        if contains_text(&clause.words.concat(), NO_MORE_WORK) {
            return Some(false);
        }
        let mut emphatic = false;
        for (index, word) in clause.words.iter().enumerate() {
            // `答案是可以`: a copula before the answer; `我说是的` is the answer.
            let copula = *word == "是"
                && clause
                    .words
                    .get(index + 1)
                    .is_some_and(|next| *next != "的");
            if ANSWER_FRAMES.contains(word) || copula {
                continue;
            }
            if EMPHATIC.contains(word) {
                emphatic = true;
                continue;
            }
            // A negated potential says no, whole (`做不了`) or cut (`整|不了`, `保证|不了`: a
            // yes-word cut from its complement).
            let cannot = is_potential_negative(word)
                || clause
                    .words
                    .get(index + 1)
                    .is_some_and(|next| SPLIT_POTENTIALS.contains(next));
            if cannot {
                return Some(false);
            }
            // `没问题` says yes before its 没 could say no.
            if YES.contains(word) {
                return Some(true);
            }
            let negative = (word.starts_with('不') && !CONNECTIVES.contains(word))
                || word.starts_with('没')
                || is_negator(word)
                || REFUSALS.contains(word)
                || cannot;
            if negative {
                return Some(false);
            }
            // `当然靠谱`: an emphatic answer that repeats the predicate says yes.
            if emphatic {
                return Some(true);
            }
            return None;
        }
        if emphatic {
            return Some(true);
        }
    }
    None
}

/// A clause that answers yes and says nothing else: `我说是的`, `我说“有”`.
fn is_bare_yes(clause: &Clause) -> bool {
    let mut rest = clause
        .words
        .iter()
        .filter(|word| !ANSWER_FRAMES.contains(word) && !EMPHATIC.contains(word));
    rest.next().is_some_and(|word| YES.contains(word))
        && rest.all(|word| *word == "的" || is_particle(word))
}

/// A clause that opens with a condition: `要是…`, `要真有…`.
fn is_supposition(words: &[&str]) -> bool {
    match words {
        ["要" | "真要", "真" | "是" | "真的", ..] => true,
        [first, ..] => CONDITIONALS.contains(first) || *first == "真要",
        [] => false,
    }
}

/// A supposition its own clause mocks: `要是真包赚我早辞职了` (I would have quit long ago).
fn is_mocked_in_place(words: &[&str]) -> bool {
    words
        .iter()
        .position(|word| word.starts_with('早'))
        .is_some_and(|at| words[at..].contains(&"了"))
}

/// A third party's denial (checked by the caller) that the speaker contradicts in the next
/// clause: `别家不提供保本服务，我们提供` (the verb after the negator comes back, not negated).
fn is_contradicted(before: &[&str], negator_at: usize, following: &[Clause]) -> bool {
    // `他们没返佣，走我这边有`: 没 before the keyword denies having it.
    let having = matches!(before.get(negator_at), Some(&("没" | "没有"))).then_some(&"有");
    // `别人不敢担保您稳赚，我敢`: the verb of a negated modal comes back without its 不.
    let modal = before
        .get(negator_at)
        .and_then(|negator| negator.strip_prefix('不'))
        .filter(|modal| !modal.is_empty());
    let verb = before.get(negator_at + 1).or(having);
    following.first().is_some_and(|next| {
        (verb.is_some_and(|verb| next.words.contains(verb))
            || modal.is_some_and(|modal| next.words.contains(&modal)))
            && !next.words.iter().any(|word| is_negator(word))
    })
}

/// True when `text` contains one of `phrases`: for lists matched in a clause's joined words,
/// since jieba may glue a phrase to its neighbours (`千万别|信`).
fn contains_text(text: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|phrase| text.contains(phrase))
}

/// A word made only of sentence-final particles (`的`, `了`, `呢`…).
fn is_particle(word: &str) -> bool {
    word.chars()
        .all(|character| FINAL_PARTICLES.contains(&character))
}

/// True when `markers` holds a word, or consecutive words, of `words`.
fn contains_any(words: &[&str], markers: &Markers) -> bool {
    position_of(words, markers).is_some()
}

/// Where the first word, or consecutive words, of `words` that `markers` holds starts.
fn position_of(words: &[&str], markers: &Markers) -> Option<usize> {
    let mut joined = String::new();
    (0..words.len()).find(|&start| {
        // Most words start no marker: one bit answers them without joining and hashing.
        let first = words[start..].iter().find_map(|word| word.chars().next());
        if !first.is_some_and(|first| markers.may_start_with(first)) {
            return false;
        }
        joined.clear();
        for word in &words[start..] {
            joined.push_str(word);
            if joined.len() > markers.longest {
                break;
            }
            if markers.words.contains(joined.as_str()) {
                return true;
            }
        }
        false
    })
}

/// A list of markers, hashed, with the byte length of the longest.
pub(crate) struct Markers {
    words: FxHashSet<&'static str>,
    longest: usize,
    /// One bit per marker's first character, by code point modulo [`FIRST_CHARACTER_BITS`]: a
    /// clear bit means no marker starts with that character (a set one may be another's).
    first_characters: [u64; FIRST_CHARACTER_BITS / 64],
}

const FIRST_CHARACTER_BITS: usize = 1024;

impl Markers {
    fn new(words: &[&'static str]) -> Markers {
        let mut first_characters = [0u64; FIRST_CHARACTER_BITS / 64];
        for first in words.iter().filter_map(|word| word.chars().next()) {
            let (slot, bit) = first_character_bit(first);
            first_characters[slot] |= bit;
        }
        Markers {
            words: words.iter().copied().collect(),
            longest: words.iter().map(|word| word.len()).max().unwrap_or(0),
            first_characters,
        }
    }

    fn may_start_with(&self, first: char) -> bool {
        let (slot, bit) = first_character_bit(first);
        self.first_characters[slot] & bit != 0
    }
}

fn first_character_bit(character: char) -> (usize, u64) {
    let index = character as usize % FIRST_CHARACTER_BITS;
    (index / 64, 1 << (index % 64))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    /// `position_of` as it was before the first-character bits: every start joined and hashed.
    fn position_by_joining(words: &[&str], markers: &Markers) -> Option<usize> {
        (0..words.len()).find(|&start| {
            let mut joined = String::new();
            words[start..].iter().any(|word| {
                joined.push_str(word);
                joined.len() <= markers.longest && markers.words.contains(joined.as_str())
            })
        })
    }

    #[test]
    fn a_marker_is_found_at_its_first_word_across_words() {
        let markers = Markers::new(&["为什么", "有人", "何必"]);
        assert_eq!(position_of(&["我", "为什么", "不"], &markers), Some(1));
        assert_eq!(position_of(&["我", "为", "什么"], &markers), Some(1));
        assert_eq!(position_of(&["", "有", "人"], &markers), Some(0));
        assert_eq!(position_of(&["没", "人", "有"], &markers), None);
        assert_eq!(position_of(&[], &markers), None);
        // `ā` (U+0101) and `ԁ` (U+0501 = U+0101 + 1,024) share a bit: the words still decide.
        let shared = Markers::new(&["ā"]);
        assert_eq!(position_of(&["\u{501}"], &shared), None);
        assert_eq!(position_of(&["\u{501}", "ā"], &shared), Some(1));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2_000))]
        #[test]
        fn position_of_finds_what_joining_every_start_finds(
            picks in proptest::collection::vec(0usize..12, 0..12),
        ) {
            let pieces = ["为", "什么", "为什么", "有人", "有", "人", "", "何", "必", "我", "\u{501}", "ā"];
            let words: Vec<&str> = picks.iter().map(|&pick| pieces[pick]).collect();
            for markers in [&*THIRD_PARTIES, &Markers::new(&["为什么", "何必", "ā"])] {
                proptest::prop_assert_eq!(
                    position_of(&words, markers),
                    position_by_joining(&words, markers)
                );
            }
        }
    }

    /// Clauses from `|`-separated words, `，` between clauses, `?` closing a question clause;
    /// the keyword is the word in brackets.
    fn judge(text: &str) -> bool {
        let mut clauses = Vec::new();
        let mut mention = None;
        for (clause_index, part) in text.split('，').enumerate() {
            let question_mark = part.ends_with('?');
            let part = part.trim_end_matches('?');
            let mut words = Vec::new();
            for (word_index, word) in part.split('|').enumerate() {
                if let Some(keyword) = word.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
                    mention = Some((
                        clause_index,
                        Mention {
                            first: word_index,
                            end: word_index + 1,
                            quoted: false,
                            after_colon: false,
                            after_exclamation: false,
                            next_asks: false,
                            listed_after: 0,
                            listed_before: 0,
                        },
                    ));
                    words.push(keyword);
                } else {
                    words.push(word);
                }
            }
            clauses.push(Clause {
                words,
                question_mark,
            });
        }
        let Some((clause, mention)) = mention else {
            panic!("no [keyword] in {text}");
        };
        judge_mention(&clauses, clause, &mention)
    }

    /// The judgement with the neighbours, checking that a judgement made without them agrees.
    fn judge_mention(clauses: &[Clause], clause: usize, mention: &Mention) -> bool {
        let own = &clauses[clause];
        let neighbours = Neighbours {
            preceding: &clauses[..clause],
            following: &clauses[clause + 1..],
        };
        let Some(asserted) = is_asserted(own, mention, Some(neighbours)) else {
            panic!("no judgement with the neighbours read");
        };
        if let Some(alone) = is_asserted(own, mention, None) {
            assert_eq!(alone, asserted, "judged alone, the clause reads otherwise");
        }
        asserted.asserted
    }

    #[test]
    fn plain_and_negated_mentions() {
        assert!(judge("这款|理财|[保本]"));
        assert!(!judge("本|产品|不|[保本]"));
        assert!(
            judge("不是|不能|[保本]，就|看|您"),
            "double negation asserts"
        );
    }

    #[test]
    fn when_and_which_questions_with_a_negator_assert() {
        assert!(judge("哪个|不是|[稳赚]|的?"));
        assert!(judge("我|什么|时候|说|过|不能|给|您|[返点]|了?，当然|能"));
        assert!(!judge(
            "我们|不会|告诉|您|哪只|票|要|[拉升]，这点|您|清楚|吗?"
        ));
    }

    #[test]
    fn a_negated_knowing_under_rhetoric_keeps_what_is_known() {
        assert!(!judge("您|难道|不|知道|传播|[内部消息]|是|违规|的|吗?"));
        assert!(!judge("难道|您|不知道|不能|[私下转账]|吗?"));
        assert!(judge("难道|您|不|知道|这|款|是|[保本]|的|吗?"));
        assert!(
            !judge("难道|您|真的|相信|他|能|提前|知道|[内幕消息]|吗?"),
            "knowing inside a belief is not the asked knowing"
        );
    }

    #[test]
    fn requests_take_their_answer() {
        assert!(!judge("客户|想|让|我|[帮你操作]，我|没|答应"));
        assert!(!judge("有位|客户|想|跟|我|[私下交易]，我|跟|他|说|不能"));
        assert!(judge(
            "您|让|我|[帮你操作]|账户，不是|比|走|流程|快|多|了|吗?"
        ));
        assert!(judge("让|我|[帮你操作]|吧，您|不用|管"));
    }

    #[test]
    fn an_exception_after_a_rule_undoes_it() {
        assert!(judge("公司|规定|不能|[返佣]，不过|这次|我|可以|给|您|特批"));
        assert!(!judge("公司|规定|不能|[返佣]，我|也|没法|给|您|破例"));
        assert!(judge("[飞单]|是|违规|的，但|这次|给|您|通融|一下"));
    }

    #[test]
    fn not_legitimate_denies_and_nominalised_phrases_are_topics() {
        assert!(!judge("[私人微信]|不是|公司|的|正规|渠道"));
        assert!(!judge(
            "任何|让|您|通过|[私人号]|办理|业务|的，都|不是|我行|正规渠道"
        ));
        assert!(judge("这|款|是|[保本]|的，放心"));
    }

    #[test]
    fn a_claim_attributed_in_the_clause_before_and_warned_is_reported() {
        assert!(!judge("网上|有人|说，这个|产品|[稳赚]，千万|别|轻信"));
        assert!(judge("网上|有人|说，这个|产品|[稳赚]，我|也|觉得"));
    }

    #[test]
    fn object_first_denials() {
        assert!(!judge("[私下交易]|我|是|不会|接|的"));
        assert!(!judge("[全权委托]|我们|接|不了"));
        assert!(!judge("[内幕消息]|我|这里|没有"));
        assert!(!judge("[加我个人号]|就|不必|了"));
        assert!(!judge("[返点]|和|私人微信|这两样|我|都|给|不了"));
        assert!(!judge("[庄家]|什么时候|拉升|我|没法|告诉|您"));
        assert!(judge("[保本]|不|可能|亏钱"), "a loss ruled out asserts");
        assert!(judge("[保本]|没|问题"));
    }

    #[test]
    fn how_could_and_why_questions_deny_unless_negated_or_explained() {
        assert!(!judge("我们|怎么可能|做|[飞单]|呢?"));
        assert!(!judge("基金|怎么|可能|[零风险]|呢?"));
        assert!(judge("怎么会|不|[保本]|呢?"));
        assert!(!judge("为什么|要|加|[私人微信]|呢?，企业|微信|上|都|能|办"));
        assert!(judge("为什么|这款|能|[保本]?，因为|有|银行|兜底"));
        assert!(judge("[私人号]|上|聊|难道|不好|吗?"));
        assert!(judge("谁|说|[代客理财]|不行?"));
    }

    #[test]
    fn presupposed_keywords_in_questions() {
        assert!(judge("[保收益]|的|东西|还|需要|考虑|那么|久|吗?"));
        assert!(judge("[私下转账]|还|用得着|签|什么|单子|吗?"));
        assert!(!judge(
            "真|有|[内幕消息]|的|人|会|随便|告诉|您|吗?，别|信|这些"
        ));
        assert!(!judge("[私下交易]|出|了|事|谁|负责?，所以|我们|从来|不|做"));
        assert!(!judge("您|说|的|[内部消息]|是|从|哪|听来|的?"));
        assert!(judge(
            "[稳赚不赔]|的|机会|一年|能|有|几次?，还|不|赶紧|上车?"
        ));
        assert!(judge("我|那会儿|就|说|了，[稳赚不赔]|的|嘛"), "嘛 insists");
    }

    #[test]
    fn suppositions_laments_and_deferrals() {
        assert!(!judge("要是|真能|[包赚]，那|大家|岂不是|都|不用|上班|了?"));
        assert!(judge("有|[内部消息]|不用，岂不是|白白|浪费?"));
        assert!(judge(
            "在|这里|没法|谈|[返点]，您|加我|私人微信，我|发您|方案"
        ));
        assert!(!judge("在|这里|没法|谈|[返点]，请|理解"));
    }

    #[test]
    fn rhetorical_questions_assert_their_opposite() {
        assert!(judge("这|不|就是|[保本]|吗?"));
        assert!(judge("谁|说|不是|[稳赚]?"));
        assert!(judge("难道|不是|[保本]|的|吗?"));
        assert!(judge("为什么|不|买|这|款|[保本]|的|呢?"));
        assert!(judge("难道|[私下转账]|给|我|不|比|走|流程|省事|吗?"));
        assert!(!judge("难道|您|真|信|有人|能|[保本]|吗?，别|信"));
        assert!(judge("谁|说|不能|提前|知道|哪|只|票|要|[拉升]?"));
        assert!(judge("为什么|不用|这个|[内部消息]|呢?"));
        assert!(judge("您|说|这|不是|[保本]|是|什么?"));
        assert!(judge("这种|收益|难道|还|不算|[稳赚]?"));
        assert!(judge("莫非|[保本]|还|能|有|假?"));
        assert!(judge("哪能|不|签|这|张|[飞单]|呢?"));
        assert!(judge("有|什么|理由|不|加|[我个人号]|呢?"));
        assert!(!judge("谁|能|保证|[保本]|呢?，没有|人|能"));
        assert!(judge("不|通过|[私下转账]|付款，难道|还要|走|流程|吗?"));
        assert!(!judge("我们|不|承诺|[保本]，难道|您|不|明白|吗?"));
        assert!(
            !judge("哪|有|[稳赚不赔]|的|好事?"),
            "哪有 denies, it is not flipped"
        );
    }

    #[test]
    fn real_questions_take_their_answer() {
        assert!(!judge("客户|问|能|不能|[保本]，我|明确|告诉|他|不能"));
        assert!(judge("客户|问|能|不能|[保本]，我|说|当然|能"));
        assert!(judge("你|问|我|能|不能|[保本]，当然|可以"));
        assert!(!judge("这|算|[保本]|吗?，不|算|的"));
        assert!(!judge("这|能|算|[内幕消息]|吗?，当然|不算"));
        assert!(judge("客户|问|有|没有|[返点]，我|说|有"));
        assert!(!judge("他|问|我|可否|承诺|[保本]，我|当场|回绝|了"));
        assert!(judge("你|说|[保本]|这|事儿|靠|不|靠谱?，当然|靠谱"));
        assert!(judge("有人|问|能否|承诺|[保本]，答案|是|可以"));
        assert!(!judge("有人|问|能否|承诺|[保本]，答案|是|不|可以"));
        assert!(judge("这|算|[保本]|吗?，当然"));
        assert!(!judge("您|是不是|以为|这|是|[保本]|的?，其实|不是"));
        assert!(
            !judge("这个|[保本]|吗?"),
            "a question with no answer asserts nothing"
        );
        assert!(
            judge("[保本]|的|东西|你|还|担心|什么|呢?"),
            "a question word asks for itself and presupposes the rest"
        );
    }

    #[test]
    fn denial_predicates_deny_their_subject() {
        assert!(!judge("网上|宣传|[保本]|的|理财|都|是|骗局"));
        assert!(!judge("说|能|[保本]|的|都|是|假|的"));
        assert!(!judge("承诺|[保本]|是|违规|的"));
        assert!(!judge("承诺|[保本]|这个|我|做不了"));
        assert!(!judge("所谓|[保本]，根本|不可信"));
        assert!(!judge("许诺|客户|[保本]|属于|违规|行为，公司|明令禁止"));
        assert!(!judge("凡|承诺|[保本]|的|均为|违规|宣传"));
        assert!(!judge("关于|[保本]|的|传言，经|核实|是|虚假|的"));
        assert!(!judge("许诺|客户|[保本]|恕难从命"));
        assert!(!judge("您|说|的|[保本]，我们|这里|做不了"));
        assert!(!judge("许诺|客户|[保本]|的|要求，我|没|办法|答应|您"));
        assert!(!judge("替|[庄家]|拉|客户|的|要求，我|没|办法|答应|您"));
        assert!(!judge("所谓|下周|要|[拉升]|的|票，根本|不可信"));
        assert!(!judge("[保本]，不存在|的"));
        assert!(judge("[保本]|的|理财，不存在|风险"));
        assert!(judge("[保本]|是|真的，不是|谣言"));
        assert!(judge("[保本]|不是|谣言"), "a negated predicate affirms");
        assert!(
            judge("[保本]|不|可能|亏钱"),
            "the predicate must close the clause"
        );
        assert!(judge("[保本]|不是|不可能"));
    }

    #[test]
    fn reported_speech_is_not_asserted() {
        let quoted = |clauses: &[Clause], clause, first| {
            judge_mention(
                clauses,
                clause,
                &Mention {
                    first,
                    end: first + 1,
                    quoted: true,
                    after_colon: false,
                    after_exclamation: false,
                    next_asks: false,
                    listed_after: 0,
                    listed_before: 0,
                },
            )
        };
        let clause = |words: &[&'static str]| Clause {
            words: words.to_vec(),
            question_mark: false,
        };
        assert!(!quoted(
            &[
                clause(&["有人", "说", "保本"]),
                clause(&["那", "是", "诈骗"])
            ],
            0,
            2
        ));
        assert!(!quoted(
            &[clause(&["客户", "转述", "别的", "机构", "说", "保本"])],
            0,
            5
        ));
        assert!(quoted(
            &[clause(&["我", "说", "的", "保本", "是", "认真", "的"])],
            0,
            3
        ));
    }

    #[test]
    fn a_contradicted_denial_of_others_asserts() {
        assert!(judge("别家|不|提供|[保本]|服务，我们|提供"));
        assert!(!judge("别家|不|提供|[保本]|服务，我们|也|不|提供"));
        assert!(!judge("我们|不|提供|[保本]|服务，别家|提供"));
    }
}
