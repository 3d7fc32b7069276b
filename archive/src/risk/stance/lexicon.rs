//! Word lists that the clause judgement in the module root reads directly. A list that one
//! reading function alone uses stays beside that function.

use std::sync::LazyLock;

use super::Clause;
use super::markers::{FINAL_PARTICLES, Markers};
use super::speech::FIRST_PERSON;

/// Disputes and complaints a keyword may name the kind of.
pub(super) const DISPUTES: &[&str] = &[
    "纠纷", "投诉", "官司", "案件", "案子", "举报", "罚单", "诈骗", "骗局",
];

/// Nouns the keyword may name the kind of: `代客理财风险`, `飞单问题`.
/// (Rumours of it too: `散布庄家拉升言论`.)
pub(super) const RISK_NOUNS: &[&str] = &[
    "风险", "问题", "隐患", "乱象", "行为", "言论", "谣言", "传言",
];

/// Nouns a quoted keyword may name: `“内部消息”栏目`.
pub(super) const NAME_NOUNS: &[&str] = &["栏目", "专栏", "频道", "文件夹", "标签", "模块", "菜单"];

/// What a court, an arbitrator or an inquiry finds: `认定`, `查明`.
pub(super) const FINDINGS: &[&str] = &["认定", "查明", "裁定", "判定", "经查"];

/// Inspections whose object the keyword is: `重点查私人微信营销`, `排查飞单`.
pub(super) const INSPECTIONS: &[&str] = &[
    "重点查",
    "排查",
    "检查",
    "核查",
    "自查",
    "严查",
    "整治",
    "专项治理",
];

/// What a thing is said to have nothing to do with the keyword with: `跟理财无关`.
pub(super) const UNRELATED: &[&str] = &["无关", "没关系", "没有关系", "没啥关系"];

/// Frames that turn a rhetorical `哪来的` into a real question: `你以为我哪来的…`.
pub(super) const GUESSING: &[&str] = &["以为", "猜", "猜猜", "觉得"];

/// Nouns naming words: a rule on them is a rule on what may be said or written.
pub(super) const WORD_NOUNS: &[&str] = &[
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
pub(super) static URGING: LazyLock<Markers> = LazyLock::new(|| {
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
pub(super) fn is_rule_on_persons(before: &[&str], negator: usize) -> bool {
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

/// Asking what the addressee still waits for, or why they still wait: `你等什么？`, `还犹豫啥？`,
/// `你们还观望？`.
pub(super) const STILL_WAITING: &[&str] = &[
    "等什么",
    "等啥",
    "还等",
    "犹豫什么",
    "犹豫啥",
    "还犹豫",
    "还观望",
];

/// Modal negators that forbid: why one may not is asked to explain a rule.
pub(super) const PROHIBITING_MODALS: &[&str] = &["不能", "不可以", "不许", "不准", "不让", "不得"];

/// Nouns that take a quoted keyword as a phrase: `“保本”这种说法`.
pub(super) const PHRASE_NOUNS: &[&str] = &["说法", "这句话", "这种话", "这个词", "字眼", "提法"];

/// What a phrase may be called when it is no longer said: `保本的说法是老早的事了`.
pub(super) const OUTDATED: &[&str] = &[
    "老早的事",
    "以前的事",
    "过去的事",
    "过时",
    "老黄历",
    "早就没",
    "早没了",
];

/// Negated wanting: `不是我不想…，是…`.
pub(super) const UNWILLING: &[&str] = &["不想", "不愿", "不愿意", "不肯"];

/// Words after a keyword that name it as a pretext: `以…为名`, `以…为诱饵`.
pub(super) const PRETEXTS: &[&str] = &["为名", "为幌子", "为诱饵", "为由", "名义"];

/// Words that name what follows them as a violation.
pub(super) const NAMED_VIOLATIONS: &[&str] =
    &["违规", "违法", "非法", "涉嫌", "违规的", "违法的", "非法的"];

/// Asking what is wrong with the keyword defends it: `飞单怎么了？` (nothing is wrong with it).
pub(super) const DEFENCES: &[&str] = &[
    "怎么了",
    "咋了",
    "怎么啦",
    "少得了",
    "少得了你的",
    "少得了您的",
];

/// Verbs of deceiving: under rhetoric they deny, as a negator does.
pub(super) const DECEIVING: &[&str] = &[
    "骗",
    // Cheating people: `讲稳赚的哪个不是骗人的？`.
    "骗人",
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
pub(super) const RETORTS: &[&str] = &["还用", "还轮得到", "谁还", "还会有人", "早就"];

/// A heading that forbids what its colon lists: `禁止行为清单`, `红线`, and not one whose
/// prohibition stands inside an attribute (`不准拍照的会上定了调子`).
pub(super) fn is_forbidding_heading(heading: &str) -> bool {
    FORBIDDING_HEADINGS.iter().any(|forbidding| {
        heading.match_indices(forbidding).any(|(at, _)| {
            // `不得不说` (one has to say) obliges; it forbids nothing.
            !heading[at..].contains('的') && !heading[at..].starts_with("不得不")
        })
    })
}

/// Headings that forbid what a colon after them lists.
pub(super) const FORBIDDING_HEADINGS: &[&str] = &[
    "禁止",
    "严禁",
    "红线",
    "不得",
    "不准",
    "不许",
    "负面清单",
    "禁用",
];

/// Passing a message on, which a heading may forbid to keep what follows secret.
pub(super) const PASSING_ON: &[&str] = &[
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
pub(super) const WHO_ANSWERS: &[&str] = &[
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

/// Asking whether it could be false: `还能有假？`.
pub(super) const COULD_BE_FALSE: &[&str] = &[
    "能有假",
    "会有假",
    "还有假",
    "有假吗",
    "能是假的",
    "会是假的",
];

/// Verbs after 还 that ask about the keyword rather than take it as given: `保本还有吗`,
/// `保本还能做吗`.
pub(super) const STILL_ASKING: &[&str] = &["是", "有", "能", "会", "可以", "行", "算", "要"];

/// The speaker serving the addressee, in a definition of the keyword: `就是我帮您买`, `交给我就行`.
pub(super) const OWN_SERVICE: &[&str] =
    &["我帮您", "我帮你", "我替您", "我替你", "交给我", "我来办"];

/// Documents and records a keyword may name: `账户密码保管告知书`, `…签收记录`.
pub(super) const DOCUMENTS: &[&str] = &[
    // `请大家不要转发那张“内部消息”截图`.
    "截图",
    "告知书",
    "承诺书",
    "承诺函",
    "确认书",
    "声明书",
    "记录",
    "清单",
    "台账",
    "登记表",
    "制度",
];

/// A clause that marks what was just said wrong, as a quiz's key does: `答案：错误`.
pub(super) fn is_marked_wrong(clause: &Clause) -> bool {
    let text = clause.words.concat();
    let verdict = text.trim_end_matches(FINAL_PARTICLES);
    // Or says in so many words that the line was wrong: `——这句是错的！`.
    if SAID_WRONG.contains(&verdict) {
        return true;
    }
    clause.words.len() <= 2 && WRONG.contains(&verdict)
}

/// A quiz key a few clauses on that marks the statement wrong, past the statement's own
/// further clauses: `判断：客户要求加私人微信，可以加但不推产品。答案：错。`.
pub(super) fn is_keyed_wrong(following: &[Clause]) -> bool {
    following
        .iter()
        .take(KEY_REACH)
        .position(is_answer_heading)
        .and_then(|heading| following.get(heading + 1))
        .is_some_and(is_marked_wrong)
}

/// How many clauses on a quiz key's heading may stand.
const KEY_REACH: usize = 4;

/// A quiz key's heading, a clause of its own before the verdict: `答案：错`.
pub(super) fn is_answer_heading(clause: &Clause) -> bool {
    matches!(
        clause.words.concat().as_str(),
        "答案" | "正确答案" | "参考答案" | "答" | "解析"
    )
}

/// Clauses that call the line before wrong.
const SAID_WRONG: &[&str] = &[
    "这句是错的",
    "这句话是错的",
    "这是错的",
    "这么说是错的",
    "以上是错误示范",
];

/// Verdicts that mark a statement wrong.
const WRONG: &[&str] = &["错误", "错", "不对", "不正确", "×"];

/// The speaker's own sending, before the keyword it sent: `我周一发您的那条“内部消息”`.
pub(super) const SENT_BY_ME: &[&str] = &["发您的", "发你的", "给您的那条", "给你的那条"];

/// Being found out, which a speaker who asked for silence fears: `代客理财被查到不好`.
pub(super) const CAUGHT: &[&str] = &["被查到", "查到", "被查"];

/// Asking that nobody else be told: `不过别跟别人说`.
pub(super) const KEPT_QUIET: &[&str] = &[
    "别跟别人说",
    "别告诉别人",
    "不要告诉别人",
    "别说出去",
    // Cantonese `唔好同人讲`.
    "不要同人讲",
    "不要跟人讲",
    "别跟人讲",
    "别跟人说",
    // Written style's 勿: `…请各自转加私人号备用，勿外传`.
    "勿外传",
];
