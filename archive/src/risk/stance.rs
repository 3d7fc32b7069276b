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

use super::negation::{is_negator, negation_in_scope, negators_in};

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
}

/// Third parties whose words a sentence may report.
static THIRD_PARTIES: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "有人",
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
    ])
});

/// Words that warn against what was just said.
const WARNINGS: &[&str] = &[
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
];

/// Predicates that deny the subject of their clause, as the clause ends (after
/// [`FINAL_PARTICLES`] are trimmed and [`PREDICATE_ADVERBS`] stripped from the front).
const DENIAL_PREDICATES: &[&str] = &[
    "不可能",
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
];

/// Adverbs that may open a denial predicate: `都是骗局`, `根本不可信`.
const PREDICATE_ADVERBS: &[&str] = &[
    "都", "也", "全", "全都", "根本", "完全", "绝对", "肯定", "当然", "本身", "压根", "纯粹", "就",
    "统统", "其实", "那", "这", "那个", "这个", "我", "我们", "这里", "这边",
];

/// Sentence-final particles.
const FINAL_PARTICLES: &[char] = &['的', '了', '啊', '吧', '呢', '哦', '嘛', '啦', '呀'];

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
        "谁规定",
    ])
});

/// The burdensome alternative a retort offers: `难道还要…`, `非要…`.
static INSTEAD: LazyLock<Markers> =
    LazyLock::new(|| Markers::new(&["还要", "还得", "还想", "非要", "偏要", "非得"]));

/// Question words that make a question rhetorical when it also holds a negation:
/// `为什么不…呢` urges.
static WHY: LazyLock<Markers> =
    LazyLock::new(|| Markers::new(&["为什么", "为何", "为啥", "干嘛", "干吗", "怎么"]));

/// Question words: a question that has one asks for that part only and presupposes the rest
/// (`保本的东西你还担心什么呢`), unless it also ends in `吗`.
const WH_WORDS: &[&str] = &[
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
const QUESTION_PARTICLES: &[&str] = &["吗", "么", "嘛"];

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
    "对不对",
    "行不行",
];

/// Words an answer may open with before it says yes or no: `我明确告诉他不能`.
const ANSWER_FRAMES: &[&str] = &[
    "我", "我们", "明确", "直接", "告诉", "他", "她", "你", "您", "说", "回答", "答复", "跟", "对",
    "其实", "坦白", "老实", "讲", "地", "就", "只能", "很", "也", "都", "客户", "当场", "立刻",
    "马上", "已经", "立即", "果断", "坚决", "了", "答案", "回复", "结果",
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
];

/// Answers that refuse: `我当场回绝了`.
const REFUSALS: &[&str] = &["回绝", "拒绝", "婉拒", "谢绝", "否认", "驳回"];

/// Adverbs that may open either answer (`当然能`, `当然不算`) and say yes when nothing follows.
const EMPHATIC: &[&str] = &["当然", "肯定", "绝对", "确实", "真的"];

/// Endings that make a negated question rhetorical: `这不是保本是什么？`.
const WHAT_ELSE: &[&str] = &["是什么", "又是什么", "还能是什么", "还是什么"];

/// Third parties whose denial a speaker may contradict: `别家不提供…，我们提供`.
static OTHERS: LazyLock<Markers> = LazyLock::new(|| {
    Markers::new(&[
        "别家", "别人", "其他", "其它", "人家", "同行", "别的", "有的", "他们", "外面",
    ])
});

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
) -> Option<bool> {
    let (words, keyword_at, keyword_end) = without_whether(clause, mention);
    let before = &words[..keyword_at];
    let after = &words[keyword_end..];
    let following = neighbours.map(|neighbours| neighbours.following);

    let framed = contains_any(before, &THIRD_PARTIES);
    if mention.quoted || framed {
        let neighbours = neighbours?;
        if is_reported(mention.quoted, framed, neighbours, after) {
            return Some(false);
        }
    }
    // A rhetorical question flips its clause's negations, a denial predicate's too
    // (`莫非保本还能有假？` asserts).
    if is_rhetorical(&words, clause) {
        let denial = usize::from(is_denial_predicate_after(after));
        return Some((negators_in(&words, false) + denial) % 2 == 1);
    }
    if is_denial_predicate_after(after) {
        return Some(false);
    }
    if mention.after_colon {
        let announced = neighbours?.preceding.last();
        if announced.is_some_and(|clause| is_denial_predicate_after(&clause.words)) {
            return Some(false);
        }
    }
    if is_topic_only(before, after) {
        let next = following?.first();
        if next.is_some_and(|next| is_denial_predicate_after(&next.words)) {
            return Some(false);
        }
    }
    if is_question(&words, clause) || words.contains(&WHETHER_MARK) {
        return Some(answer(following?).unwrap_or(false));
    }
    let Some(negation) = negation_in_scope(&words[..keyword_at]) else {
        return Some(true);
    };
    if negation.count % 2 == 0 {
        return Some(true);
    }
    let following = following?;
    if following.first().is_some_and(is_retort) {
        return Some(true);
    }
    if !contains_any(&words[..negation.nearest], &OTHERS) {
        return Some(false);
    }
    Some(is_contradicted(
        &words[..keyword_at],
        negation.nearest,
        following,
    ))
}

/// A rhetorical question that mocks the alternative to what the clause before declined:
/// `不加我个人号，难道还要走那么多流程吗？` urges adding the private account.
fn is_retort(clause: &Clause) -> bool {
    contains_any(&clause.words, &RHETORICAL_MARKERS) && contains_any(&clause.words, &INSTEAD)
}

/// Reported speech: see the module documentation. `framed`: a third party stands before the
/// keyword in its clause.
fn is_reported(quoted: bool, framed: bool, neighbours: Neighbours, after: &[&str]) -> bool {
    // A quotation's frame may stand in the clause before (`有人说：“保本”`).
    let framed = framed
        || (quoted
            && neighbours
                .preceding
                .last()
                .is_some_and(|clause| contains_any(&clause.words, &THIRD_PARTIES)));
    let warned = warns(after)
        || neighbours
            .following
            .first()
            .is_some_and(|clause| warns(&clause.words));
    if quoted {
        framed || warned
    } else {
        framed && warned
    }
}

/// True when a warning is in `words`, matched in their joined text: jieba glues warnings to
/// adverbs (`千万别|信`).
fn warns(words: &[&str]) -> bool {
    let text = words.concat();
    WARNINGS.iter().any(|warning| text.contains(warning))
}

/// A denial predicate closes the clause after the keyword, and no negator stands right before
/// it.
fn is_denial_predicate_after(after: &[&str]) -> bool {
    let text = after.concat();
    let mut offset = 0;
    for (start, word) in after.iter().enumerate() {
        let negated = start
            .checked_sub(1)
            .is_some_and(|previous| is_negator(after[previous]) || after[previous] == "不可能");
        if !negated && is_denial_predicate(&text[offset..]) {
            return true;
        }
        offset += word.len();
    }
    false
}

/// `text` is a denial predicate, once sentence-final particles and the person it is refused to
/// (`我没办法答应您`) are trimmed.
fn is_denial_predicate(text: &str) -> bool {
    let text = text.trim_end_matches(FINAL_PARTICLES);
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
    "违规", "违法", "非法", "虚假", "不实", "诈骗", "骗局", "谣言", "假", "欺诈", "误导",
];

/// Nouns a condemnation may head: `违规行为`.
const CONDEMNED_NOUNS: &[&str] = &[
    "", "行为", "宣传", "操作", "说法", "信息", "消息", "活动", "手段", "套路", "内容", "承诺",
    "广告", "行径", "话术",
];

/// A copula (or none), a condemnation, and a noun it heads (or none): `属于违规行为`.
fn is_condemnation(text: &str) -> bool {
    COPULAS
        .iter()
        .filter_map(|copula| text.strip_prefix(copula))
        .chain(std::iter::once(text))
        .any(|rest| {
            CONDEMNATIONS.iter().any(|condemnation| {
                rest.strip_prefix(condemnation)
                    .is_some_and(|noun| CONDEMNED_NOUNS.contains(&noun))
            })
        })
}

/// [`is_denial_predicate`] after the particles are trimmed (from the predicates too: `做不了`
/// reads `做不`): a predicate, or adverbs before one.
fn is_bare_denial_predicate(text: &str) -> bool {
    DENIAL_PREDICATES
        .iter()
        .any(|predicate| predicate.trim_end_matches(FINAL_PARTICLES) == text)
        || is_condemnation(text)
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
    // A noun phrase and nothing else: the bare keyword, `您说的保本`, or a phrase the keyword
    // is part of (`许诺客户保本的要求`, `替庄家拉客户的要求`).
    if let [.., "的", _head] = after {
        return true;
    }
    let bare_before = before.is_empty() || before.last() == Some(&"的");
    bare_before && after.concat().trim_matches(FINAL_PARTICLES).is_empty()
}

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

/// What [`without_whether`] puts in place of a whether-question.
const WHETHER_MARK: &str = "是否";

/// How many words at the start of `words` form a whether-question (0: none).
fn whether_length(words: &[&str]) -> usize {
    match words {
        [first, ..] if WHETHER.contains(first) => 1,
        // `能|不|能`, and A-not-AB: `靠|不|靠谱`.
        [first, "不" | "没", third, ..] if !first.is_empty() && third.starts_with(first) => 3,
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
    if words
        .last()
        .is_some_and(|word| QUESTION_PARTICLES.contains(word))
    {
        return true;
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
    if negators_in(words, false) == 0 {
        return false;
    }
    contains_any(words, &WHY) || is_question(words, clause)
}

/// The yes or no the next clauses give to a question: `None` when they give none.
fn answer(following: &[Clause]) -> Option<bool> {
    for clause in following.iter().take(2) {
        let mut emphatic = false;
        for (index, word) in clause.words.iter().enumerate() {
            // `答案是可以`: a copula before the answer.
            let copula = *word == "是" && index + 1 < clause.words.len();
            if ANSWER_FRAMES.contains(word) || copula {
                continue;
            }
            if EMPHATIC.contains(word) {
                emphatic = true;
                continue;
            }
            if word.starts_with('不')
                || word.starts_with('没')
                || is_negator(word)
                || REFUSALS.contains(word)
            {
                return Some(false);
            }
            // `当然靠谱`: an emphatic answer that repeats the predicate says yes.
            return (YES.contains(word) || emphatic).then_some(true);
        }
        if emphatic {
            return Some(true);
        }
    }
    None
}

/// A third party's denial (checked by the caller) that the speaker contradicts in the next
/// clause: `别家不提供保本服务，我们提供` (the verb after the negator comes back, not negated).
fn is_contradicted(before: &[&str], negator_at: usize, following: &[Clause]) -> bool {
    let Some(verb) = before.get(negator_at + 1) else {
        return false;
    };
    following.first().is_some_and(|next| {
        next.words.contains(verb) && !next.words.iter().any(|word| is_negator(word))
    })
}

/// True when `markers` holds a word, or consecutive words, of `words`.
fn contains_any(words: &[&str], markers: &Markers) -> bool {
    let mut joined = String::new();
    (0..words.len()).any(|start| {
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
}

impl Markers {
    fn new(words: &[&'static str]) -> Markers {
        Markers {
            words: words.iter().copied().collect(),
            longest: words.iter().map(|word| word.len()).max().unwrap_or(0),
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

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
        asserted
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
