//! Negation: `本产品不保本` mentions 保本 to deny it.
//!
//! A keyword is negated when the word right before it is a negator, or when up to
//! [`MAX_FILLERS`] light words (copulas, modals, adverbs, verbs of assurance, contact and
//! saying, pronouns) stand between a negator and the keyword: `不是零风险`, `不能私下转账`,
//! `不承诺保本`, `并非所谓的保证收益`, `不要加我私人微信`, `从来不说保本这种话`. Modal and
//! prohibitive negators reach further, to the end of their clause unless a turn, an attitude
//! verb or a new subject ends their scope first (`请勿相信任何保本的说法`). Negators chained
//! before that one are counted, so that `不是不能保本` (two) asserts.
//!
//! Words are jieba tokens, so a negator must be a whole word: `确保` does not end in a
//! negation, and `不仅保本` (not only) is not one because `不仅` is a word of its own that is
//! not in the list. The lists hold simplified, case-folded forms, as the scanned text has them.
//! What a whole sentence does with a keyword (questions, denial predicates, reported speech)
//! is [`stance`](super::stance)'s.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// How many light words may stand between a negator and the keyword.
const MAX_FILLERS: usize = 2;

/// Words that deny the next few words (up to [`MAX_FILLERS`] light words before the keyword);
/// the negators that reach further are [`WIDE_NEGATORS`].
const NEGATORS: &[&str] = &[
    "不",
    "没",
    "没有",
    "非",
    // jieba joins 是 to a 非 after it (`应该是非保本浮动收益型`): the copula and the negator.
    "是非",
    "并非",
    "绝非",
    "无",
    "并无",
    "毫无",
    "不是",
    "并不",
    "并不是",
    "并没有",
    // No longer: `银行理财不再保本了`.
    "不再",
    // Southwestern 没有: `零风险的东西我这儿真莫得`.
    "莫得",
    // The potential form cut in two: `拿|不到|内部消息`.
    "不到",
    "不了",
    "不必",
    // Light verbs jieba keeps whole with their 不: `为什么不用这个…` (`不让` is a wide negator).
    "不用",
    "不给",
    "不想",
    "不肯",
    "不愿",
    // Dare not: `谁都不敢承诺保本`.
    "不敢",
    "莫",
    // Don't dream of it (Sichuanese, Hakka): `莫想稳赚不赔`.
    "莫想",
    "谈不上",
    "算不上",
    "不算",
    "称不上",
    // Rhetorical negators: `哪有什么保本` (there is no such thing as…). jieba keeps 哪有什么
    // whole but cuts 哪|有 and 哪里|有, so 哪 and 哪里 count, with 有 as a light word; 哪个
    // (which one) is a word of its own and does not.
    "哪",
    "哪里",
];

/// Light words that may stand between a negator and what it denies.
const FILLERS: &[&str] = &[
    // Copulas, modals and auxiliaries.
    "是",
    // 东西 in 没有东西 (nothing), as Cantonese says it: `冇嘢係稳赚嘅`.
    "东西",
    // Called: `你说这不叫稳赚叫什么？`.
    "叫",
    // 人 in 没人 and 没有人 (nobody), which jieba cuts: `没|人|能|保证收益`.
    "人",
    "能",
    "会",
    "可",
    "可以",
    "能够",
    "得",
    "要",
    "应",
    "应该",
    "该",
    "敢",
    "需要",
    "必须",
    "可能",
    "算",
    "会是",
    "就是",
    // Adverbs and determiners.
    "一定",
    "再",
    "都",
    "也",
    "就",
    "还",
    "太",
    "完全",
    "绝对",
    "真的",
    "根本",
    "从来",
    "任何",
    "什么",
    "所谓",
    "所谓的",
    "啥",
    // Surely: `这不妥妥稳赚吗`.
    "妥妥",
    "妥妥的",
    // `哪|还有|保本理财`.
    "还有",
    "的",
    // Assurance verbs: what an adviser would be denying.
    "承诺",
    "许诺",
    "保证",
    "担保",
    "确保",
    "代表",
    "意味着",
    "等于",
    "属于",
    "提供",
    // Disclosing and lending: `防诈三不：不透露账户密码`.
    "透露",
    "泄露",
    "泄漏",
    "告诉",
    "告知",
    // Kept or asked for: `不保管客户账户密码`.
    "保管",
    "代管",
    "索要",
    "索取",
    "外借",
    "出借",
    "宣传",
    "涉及",
    "存在",
    "进行",
    "参与",
    "接受",
    "搞",
    "做",
    "有",
    // Contact verbs: `不要加私人微信`, `别通过私人号`.
    "加",
    "添加",
    "用",
    "使用",
    "通过",
    "走",
    "去",
    "找",
    "私自",
    // Giving and taking: `不会给您返佣`, `别给客户保本的承诺`, `我不收返佣`.
    "给",
    "收",
    "收取",
    // Verbs of saying: denying the saying denies what is said (`我们从来不说保本这种话`,
    // `从不提稳赚`). A clause break ends it: `不说别的，保本没问题` is not negated.
    "说",
    "讲",
    "提",
    "谈",
    "说过",
    "讲过",
    "提过",
    "谈过",
    // The aspect particle, when jieba splits it off: `没|说|过`.
    "过",
    "说到",
    "讲到",
    "提到",
    "谈到",
    "宣称",
    "声称",
    "表示",
    "暗示",
    // Verbs of meeting with it: never seeing it denies it (`没见过稳赚不赔的东西`).
    "见",
    "见过",
    "见到",
    "看到",
    "看见",
    "遇到",
    "遇见",
    "碰到",
    // Pronouns: `不会帮你操作` segments as 不会|帮你操作, but `别加我私人号` as 别|加|我|….
    "我",
    "你",
    "您",
    "我们",
    "你们",
    // Whom it is given to: `我没有给客户私人微信的`.
    "客户",
    "他",
    "她",
    "他们",
    "别人",
];

/// Negators whose scope is the rest of their clause, not just the next few words: modal and
/// prohibitive verbs (`请勿相信任何保本的说法`, `不许给客户返佣`), and warnings, which deny
/// what they warn against (`警惕打着保本旗号的诈骗`).
const WIDE_NEGATORS: &[&str] = &[
    "不得",
    "不要",
    "不许",
    "不准",
    "不允许",
    // Not let: `银行规定不让通过第三方返点`.
    "不让",
    // Declining in English, cut `pass|on`: `I'll pass on adding your 私人微信`.
    "passon",
    // Disbelieving, cut `不|信`: `不信保本高息`.
    "不信",
    // Not saying, cut `不是|说`: `不是说产品稳赚`.
    "不是说",
    "严禁",
    "禁止",
    "明令禁止",
    "请勿",
    "切勿",
    "杜绝",
    // `我司不存在任何返点、返佣活动`: every item of the list.
    "不存在",
    "拒绝",
    // Beware of: `小心冒充的私人号`; `小心错过` urges, and 错过 ends the scope.
    "小心",
    "当心",
    "千万别",
    "千万不要",
    // Wu 不要: `覅相信`; Southwestern 别: `你莫信外面那些讲包赚的`.
    "覅",
    "莫信",
    "莫听",
    "莫要",
    // Southern 没有, cut `冇|得`: `公司规定冇得哪个能讲保本的话`; none whatsoever: `没有任何
    // 产品能做到零风险`.
    "冇得",
    "没有任何",
    "没有哪个",
    // Wu 不许: `不作兴再讲了`.
    "不作兴",
    // Hakka 不准: `公司规定毋准转到我个人账户`.
    "毋准",
    "千万不能",
    // Written style's `亦` (也), which jieba joins to the modal: `…，亦不得接受客户“全权委托”`.
    "亦不得",
    "亦不可",
    "亦不能",
    "万万不可",
    "切莫",
    "绝不能",
    "决不能",
    "绝不会",
    "绝对不能",
    "绝不可以",
    // Defrauding someone of it: `骗子…骗取客户账户密码`.
    "骗取",
    "盗取",
    "套取",
    "窃取",
    "警惕",
    "谨防",
    "提防",
    "防范",
    "远离",
    "抵制",
    "不能",
    "不能够",
    "不可",
    "不可以",
    "不该",
    "不应",
    "不应该",
    "别",
    "不会",
    "绝不",
    "决不",
    "从不",
    "从来不",
    "从未",
    // The report's `未`: `员工仅在旁指导，未接触其账户密码`. (`未公开的内幕消息` describes the
    // tip: see `nearest_wide_negator`.)
    "未",
    "并未",
    "均未",
    // Never, across the whole clause: `我从没给任何客户透露过内幕消息`.
    "从没",
    "从没有",
    "从来没",
    "从来没有",
    "无法",
    "没法",
    "没办法",
    "没有办法",
    // Rhetorical negators that deny the whole clause: `哪有正规机构让客户私下转账的？`.
    "哪有什么",
    "哪有",
    "哪里有",
    // `天底下哪来的包赚的买卖？`, however far the keyword.
    "哪来",
    "哪来的",
    // How would we dare: `我们哪敢给返点，这是违规的`.
    "哪敢",
    "岂敢",
];

/// Words that end a wide negator's scope: a turn (`不能…，但是…`), an attitude verb whose
/// complement is asserted (`别担心`, `不要错过`, `别忘了`), or a new subject (`我不会骗你这个
/// 产品保本`).
const SCOPE_ENDS: &[&str] = &[
    "但", "但是", "不过", "可是", "而是", "只是", "却", "然而", "反而", "担心", "怕", "害怕",
    "犹豫", "错过", "怀疑", "顾虑", "纠结", "后悔", "着急", "忘", "忘了", "忘记", "客气", "这款",
    "这只", "这个", "这支", "这份", "这是",
];

/// The lists, hashed: every word of a clause around a keyword is looked up in them.
static NEGATOR_SET: LazyLock<FxHashSet<&str>> =
    LazyLock::new(|| NEGATORS.iter().chain(WIDE_NEGATORS).copied().collect());
static FILLER_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(FILLERS));
static WIDE_NEGATOR_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(WIDE_NEGATORS));
static SCOPE_END_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| set_of(SCOPE_ENDS));

fn set_of(words: &[&'static str]) -> FxHashSet<&'static str> {
    words.iter().copied().collect()
}

/// Verbs of saying, promising and writing whose content a demonstrative may open.
const SAYING_BEFORE_CONTENT: &[&str] = &[
    "说",
    "讲",
    "告诉",
    "告诉你",
    "告诉您",
    "承诺",
    "保证",
    "担保",
    "写",
    "宣传",
    "许诺",
];

/// The demonstratives among [`SCOPE_ENDS`].
const DEMONSTRATIVES: &[&str] = &["这款", "这只", "这个", "这支", "这份"];

/// The negation that reaches a keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Negation {
    /// How many negators chain before the keyword: `不是不能保本` has two, and asserts.
    pub count: usize,
    /// The index, in the words before the keyword, of the negator nearest to it.
    pub nearest: usize,
}

/// Were it not for…: presupposes what follows instead of denying it (`要不是保本，我能把年终奖
/// 都投进去吗？`). jieba keeps these whole, which would otherwise read as 要|不是.
const COUNTERFACTUALS: &[&str] = &["要不是", "若不是"];

/// True for a word that denies what follows.
pub(crate) fn is_negator(word: &str) -> bool {
    // Most words are no negator at all: the counterfactuals are ruled out only for those that
    // would be.
    (NEGATOR_SET.contains(word)
        || is_filler_then_negator(word)
        || starts_with_wide_negator(word)
        || is_potential_negative(word))
        && !COUNTERFACTUALS.contains(&word)
}

/// A verb with a negated potential complement, which jieba keeps as one word: `拿不到`,
/// `办不成`, `保不住` (cannot get, cannot do, cannot keep). The idioms of that form that assert
/// (`少不了`, bound to; `错不了`, cannot go wrong; `忍不住`, cannot help doing) are left out.
pub(crate) fn is_potential_negative(word: &str) -> bool {
    let mut characters = word.chars();
    let (Some(_verb), Some('不')) = (characters.next(), characters.next()) else {
        return false;
    };
    let complement = characters.as_str();
    let mut complement_characters = complement.chars();
    match (complement_characters.next(), complement_characters.next()) {
        (Some(one), None) => {
            matches!(
                one,
                '到' | '了' | '成' | '住' | '通' | '清' | '懂' | '透' | '着' | '出'
            ) && !NOT_POTENTIAL_NEGATIVES.contains(&word)
        }
        // A two-character complement: `看不出来`, `说不下去`.
        (Some(_), Some(_)) => LONG_COMPLEMENTS.contains(&complement),
        _ => false,
    }
}

/// Two-character complements of the potential form (`看不出来`).
const LONG_COMPLEMENTS: &[&str] = &["出来", "过来", "下去", "上来", "进去", "出口"];

/// Words of the potential form that do not deny: idioms that assert (`少不了`, bound to;
/// `错不了`, cannot go wrong; `忍不住`, cannot help doing) and the rhetorical `难不成` (surely
/// not…?), which [`stance`](super::stance) reads as a question.
const NOT_POTENTIAL_NEGATIVES: &[&str] = &[
    "少不了",
    "免不了",
    "错不了",
    "跑不了",
    "差不了",
    "忍不住",
    "禁不住",
    "止不住",
    "怪不了",
    "对不住",
    "难不成",
];

/// True for a word jieba formed from a wide negator of two characters or more and what it
/// governs: `拒绝接受`, `绝不能许诺`. One-character negators are left out: `不仅`,
/// `非常` and `别人` are no negations.
fn starts_with_wide_negator(word: &str) -> bool {
    word.char_indices().skip(2).any(|(split, _)| {
        let rest = &word[split..];
        // `不得不`: a negated negation, "must".
        WIDE_NEGATOR_SET.contains(&word[..split]) && !rest.starts_with(['不', '没'])
    })
}

/// How many of `words` deny: every negator, but `哪` and `哪里` only as `哪|有` (there is no…),
/// not as the question word of `哪只票要拉升` (which share). Without `rhetorical`, the
/// negators that are rhetorical questions themselves (`哪有`) are left out: a rhetorical
/// question flips the others, while `哪有稳赚不赔的好事？` is a denial as it stands.
pub(crate) fn negators_in(words: &[&str], rhetorical: bool) -> usize {
    (0..words.len())
        .filter(|&index| {
            let word = words[index];
            if !is_negator(word) {
                return false;
            }
            // 非要 (insist on), which jieba cuts `非|要`: `你整哪样非要保本嘛？`.
            if word == "非" && words.get(index + 1) == Some(&"要") {
                return false;
            }
            if is_while_not_yet(words, index) {
                return false;
            }
            if !RHETORICAL_NEGATORS.contains(&word) {
                return true;
            }
            rhetorical
                && (!matches!(word, "哪" | "哪里")
                    || matches!(words.get(index + 1), Some(&("有" | "来" | "还有"))))
        })
        .count()
}

/// `趁…还没…` (while it has not yet…) times the deed; it denies nothing: `趁庄家还没拉升先埋伏`.
fn is_while_not_yet(words: &[&str], index: usize) -> bool {
    matches!(words[index], "没" | "没有" | "未")
        && words[index.saturating_sub(3)..index]
            .iter()
            .any(|word| matches!(*word, "趁" | "趁着"))
}

/// True for a negator that is a rhetorical question itself (`哪有`, `哪来的`).
pub(crate) fn is_rhetorical_negator(word: &str) -> bool {
    RHETORICAL_NEGATORS.contains(&word) || WHICH.contains(&word)
}

/// Negators that are rhetorical questions: `哪有什么保本`.
const RHETORICAL_NEGATORS: &[&str] = &[
    "哪",
    "哪里",
    "哪有",
    "哪有什么",
    "哪里有",
    "哪来",
    "哪来的",
    "哪敢",
    "岂敢",
];

/// The negation whose scope reaches the end of `preceding` (the words of the keyword's
/// clause before it), if any: a negator followed by at most [`MAX_FILLERS`] light words, or a
/// [wide negator](WIDE_NEGATORS) with no [scope end](SCOPE_ENDS) after it, or `没有` before an
/// attribute closed by 的 ([`existential_over_attribute`]); then the negators chained before
/// that one, each at most [`MAX_FILLERS`] light words apart.
pub(crate) fn negation_in_scope(preceding: &[&str]) -> Option<Negation> {
    let nearest = nearest_negator(preceding)
        .or_else(|| nearest_wide_negator(preceding))
        .or_else(|| existential_over_attribute(preceding))
        .or_else(|| none_able(preceding))
        .or_else(|| which_able(preceding))?;
    let mut count = 1;
    let mut chained = nearest;
    while let Some(next) =
        nearest_negator(&preceding[..chained]).or_else(|| none_of_quantity(&preceding[..chained]))
    {
        // Negators joined by `也` deny side by side (`我不能也不会代客理财`): one negation.
        if matches!(&preceding[next + 1..chained], ["也" | "和" | "或" | "、"]) {
            chained = next;
            continue;
        }
        count += 1;
        chained = next;
    }
    Some(Negation { count, nearest })
}

/// `没有` before a quantity of the things, right before another negator: `没有一单不是保本的`,
/// `没有哪款不稳赚`, `没有哪条规定不禁止` (there is none that is not). The index of the `没有`.
fn none_of_quantity(words: &[&str]) -> Option<usize> {
    let is_none = |word: &str| matches!(word, "没有" | "没" | "无");
    let is_quantity = |word: &str| {
        word.chars().count() <= 3 && (word.starts_with('一') || word.starts_with('哪'))
            || word == "任何"
    };
    match words {
        [.., none, quantity] if is_none(none) && is_quantity(quantity) => Some(words.len() - 2),
        [.., none, "一" | "哪", classifier] if is_none(none) && classifier.chars().count() == 1 => {
            Some(words.len() - 3)
        }
        // With the things named: `没有哪条规定不禁止…` (every rule forbids it), `没有哪款产品不…`.
        [.., none, "一" | "哪", classifier, noun]
            if is_none(none)
                && classifier.chars().count() == 1
                && noun.chars().count() <= 3
                && !is_negator(noun) =>
        {
            Some(words.len() - 4)
        }
        [.., none, quantity, noun]
            if is_none(none)
                && is_quantity(quantity)
                && noun.chars().count() <= 3
                && !is_negator(noun) =>
        {
            Some(words.len() - 3)
        }
        _ => None,
    }
}

/// `没有` before a quantity of things, then light words only (`没有一款产品能保收益`: none can).
/// The index of the `没有`.
fn none_able(words: &[&str]) -> Option<usize> {
    let light = words
        .iter()
        .rev()
        .take(MAX_FILLERS)
        .take_while(|word| FILLER_SET.contains(*word))
        .count();
    if light == 0 {
        return None;
    }
    none_of_quantity(&words[..words.len() - light])
}

/// Which of the things, then light words only (`哪个产品能保收益？`: none can). The index of
/// the which-word.
fn which_able(words: &[&str]) -> Option<usize> {
    let light = words
        .iter()
        .rev()
        .take(MAX_FILLERS)
        .take_while(|word| FILLER_SET.contains(*word))
        .count();
    if light == 0 {
        return None;
    }
    let is_which = |word: &str| WHICH.contains(&word);
    match &words[..words.len() - light] {
        [.., which] if is_which(which) => Some(words.len() - light - 1),
        [.., which, noun] if is_which(which) && noun.chars().count() <= 3 && !is_negator(noun) => {
            Some(words.len() - light - 2)
        }
        _ => None,
    }
}

/// Which one of a kind, asking of them all.
const WHICH: &[&str] = &[
    "哪个",
    "哪款",
    "哪家",
    "哪只",
    "哪支",
    "哪种",
    "哪一个",
    "哪一款",
    "哪一家",
    "哪位",
];

/// `没有` (there is no) before an attribute that 的 closes right before the keyword: `我没有对外的
/// 私人号` denies the account, however the attribute reads.
fn existential_over_attribute(words: &[&str]) -> Option<usize> {
    let [.., "的"] = words else {
        return None;
    };
    let attribute_start = words.len().saturating_sub(1 + MAX_ATTRIBUTE_WORDS);
    (attribute_start..words.len().saturating_sub(2))
        .rev()
        .find(|&index| matches!(words[index], "没有" | "没" | "无" | "并无"))
}

/// How many words an attribute between `没有` and `的` may have: `没有对外的`, `没有任何公开的`.
const MAX_ATTRIBUTE_WORDS: usize = 3;

/// Whose the keyword is, right before it: `不保管客户账户密码`.
const OWNERS: &[&str] = &["客户", "顾客", "他人", "别人"];

/// Whom a coverb (`跟`, `向`…) between a negator and the keyword may name: the addressee, or
/// anyone else.
const COVERB_OBJECTS: &[&str] = &[
    "你",
    "您",
    "客户",
    "个人",
    "他人",
    "别人",
    "外人",
    "陌生人",
    "任何人",
    "对方",
    "第三方",
];

/// A negator at most [`MAX_FILLERS`] light words before the end of `words`; the particle `的`
/// is not counted (`不提供所谓的内幕消息`).
fn nearest_negator(words: &[&str]) -> Option<usize> {
    let mut fillers = 0;
    // Whom it is said or done to, with its coverb, is no filler: `我不跟您说稳赚不赔`,
    // `不向个人私下转账`.
    let mut addressee_at = None;
    for index in (0..words.len()).rev() {
        let word = words[index];
        if is_negator(word) && !is_while_not_yet(words, index) {
            return Some(index);
        }
        if word == "的" {
            continue;
        }
        if addressee_at == Some(index + 1) && (is_coverb(word) || word == "加") {
            continue;
        }
        if COVERB_OBJECTS.contains(&word)
            && index.checked_sub(1).is_some_and(|coverb| {
                // The one given to, after a negated 给: `一、不给任何人账户密码`.
                is_coverb(words[coverb])
                    || (words[coverb].ends_with('给') && is_negator(words[coverb]))
                    // Whose account is added, right before it: `不加陌生人私人微信`.
                    || (words[coverb] == "加" && index + 1 == words.len())
            })
        {
            addressee_at = Some(index);
            continue;
        }
        // A demonstrative right before the keyword determines it: `我不是说这款保本`; so does
        // whose it is: `不保管客户账户密码`.
        if index + 1 == words.len() && (DEMONSTRATIVES.contains(&word) || OWNERS.contains(&word)) {
            continue;
        }
        if fillers >= MAX_FILLERS || !FILLER_SET.contains(word) {
            return None;
        }
        fillers += 1;
    }
    None
}

/// A wide negator before the end of `words` with no scope end between.
fn nearest_wide_negator(words: &[&str]) -> Option<usize> {
    // One buffer for the word pairs below: this runs for most keyword hits.
    let mut pair = String::new();
    for index in (0..words.len()).rev() {
        let word = words[index];
        // `未公开的内幕消息`: a negated verb made an attribute by 的 describes the keyword.
        let attributive = word.ends_with('未') && words.get(index + 2) == Some(&"的");
        if (WIDE_NEGATOR_SET.contains(word)
            || starts_with_wide_negator(word)
            || is_dont_with_coverb(word)
            || is_english_negation(word))
            && !attributive
            && !is_while_not_yet(words, index)
        {
            return Some(index);
        }
        // jieba cuts some wide negators in two: `不|允许`.
        if let Some(previous) = index.checked_sub(1) {
            pair.clear();
            pair.push_str(words[previous]);
            pair.push_str(word);
            if WIDE_NEGATOR_SET.contains(pair.as_str()) {
                return Some(previous);
            }
        }
        // A demonstrative right before the keyword determines it (`别拿这个返点`); further
        // back it opens a new subject (`我不会骗你这个产品保本`).
        let determiner = index + 1 == words.len() && DEMONSTRATIVES.contains(&word);
        // Right after a verb of saying it opens what is (not) said: `我不能跟您说这个产品保本`.
        let said = DEMONSTRATIVES.contains(&word)
            && index
                .checked_sub(1)
                .is_some_and(|previous| SAYING_BEFORE_CONTENT.contains(&words[previous]));
        if SCOPE_END_SET.contains(word) && !determiner && !said {
            return None;
        }
    }
    None
}

/// A coverb naming whom something is said or done to: `跟您`, `向个人`, `给任何人`.
fn is_coverb(word: &str) -> bool {
    // (For whom it is done: `不是我不想帮你飞单`.)
    matches!(word, "跟" | "对" | "向" | "和" | "同" | "给" | "帮" | "替")
}

/// `别` joined by jieba to the coverb after it: `你别替客户保管U盾和账户密码`.
fn is_dont_with_coverb(word: &str) -> bool {
    word.strip_prefix('别')
        .is_some_and(|rest| matches!(rest, "替" | "帮" | "给" | "把" | "跟" | "向" | "对" | "让"))
}

/// An English negation typed before the keyword: `strictly no 返佣`, `I can't add you on my
/// 私人微信` (the apostrophe joins `cant`).
pub(crate) fn is_english_negation(word: &str) -> bool {
    ENGLISH_NEGATIONS.contains(&word)
}

/// English negations, as words of the cut text.
const ENGLISH_NEGATIONS: &[&str] = &[
    "no", "not", "cant", "cannot", "dont", "wont", "never", "shouldnt", "mustnt", "didnt", "doesnt",
];

/// True for a word jieba formed from a filler and a negator: `是非` in `这是非保本产品`
/// (the dictionary prefers 是非, "right and wrong", to 这是|非), `也不`, `还没`. It reads as
/// the filler followed by the negator, which [`negation_in_scope`] accepts anyway.
fn is_filler_then_negator(token: &str) -> bool {
    token.char_indices().skip(1).any(|(split, _)| {
        FILLER_SET.contains(&token[..split]) && NEGATOR_SET.contains(&token[split..])
    })
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    /// The negation count reaching the end of `words` (in text order), 0 for none.
    fn negations(words: &[&str]) -> usize {
        negation_in_scope(words).map_or(0, |negation| negation.count)
    }

    #[test]
    fn a_negator_right_before_negates() {
        assert_eq!(negations(&["不"]), 1);
        assert_eq!(negations(&["本产品", "并非"]), 1);
        assert_eq!(negations(&["不能"]), 1);
    }

    #[test]
    fn negated_potentials_deny_and_the_idioms_do_not() {
        assert_eq!(negations(&["拿不到"]), 1);
        assert_eq!(negations(&["拿", "不到"]), 1);
        assert_eq!(negations(&["摸不清"]), 1);
        for idiom in ["少不了", "错不了", "忍不住", "难不成"] {
            assert_eq!(negations(&[idiom]), 0, "{idiom}");
        }
    }

    #[test]
    fn up_to_two_fillers_may_stand_between() {
        assert_eq!(negations(&["不", "是"]), 1);
        assert_eq!(negations(&["并非", "所谓", "的"]), 1);
        assert_eq!(
            negations(&["不", "是", "所谓", "任何"]),
            0,
            "three fillers is too far for a plain negator"
        );
        assert_eq!(
            negations(&["不", "提供", "所谓", "的"]),
            1,
            "the particle 的 is not counted"
        );
    }

    #[test]
    fn wide_negators_reach_the_rest_of_the_clause() {
        assert_eq!(negations(&["请勿", "相信", "任何"]), 1);
        assert_eq!(negations(&["不许", "给", "客户"]), 1);
        assert_eq!(negations(&["不", "买", "这", "款"]), 0, "不 is not wide");
        assert_eq!(
            negations(&["别", "担心"]),
            0,
            "an attitude verb ends the scope"
        );
        assert_eq!(negations(&["不要", "错过", "这", "款"]), 0);
        assert_eq!(
            negations(&["我", "不会", "骗", "你", "这个", "产品"]),
            0,
            "a new subject ends the scope"
        );
        assert_eq!(negations(&["不能", "说", "但是", "这", "款"]), 0);
    }

    #[test]
    fn wide_negators_jieba_cuts_or_glues_still_reach() {
        assert_eq!(negations(&["不", "允许", "许诺", "客户"]), 1);
        assert_eq!(negations(&["我", "拒绝接受"]), 1);
        assert_eq!(negations(&["千万别", "通过"]), 1);
        assert_eq!(negations(&["别人"]), 0);
        assert_eq!(
            negations(&["千万别", "拿", "这个"]),
            1,
            "a determiner, not a subject"
        );
    }

    #[test]
    fn chained_negators_are_counted() {
        assert_eq!(negations(&["不是", "不能"]), 2);
        assert_eq!(
            negations(&["不得不", "承认"]),
            0,
            "不得不 is a word of its own"
        );
        assert_eq!(negations(&["没有", "不"]), 2);
        assert_eq!(negations(&["我们", "从来不", "说"]), 1);
    }

    #[test]
    fn words_merging_a_filler_and_a_negator_negate() {
        assert_eq!(negations(&["这", "是非"]), 1);
        assert_eq!(negations(&["还没有"]), 1);
        assert_eq!(negations(&["除非"]), 0, "除 is not a filler");
        assert_eq!(
            negations(&["非得"]),
            0,
            "negator then filler means \"must\""
        );
    }

    #[test]
    fn a_denied_verb_of_saying_denies_what_is_said() {
        assert_eq!(negations(&["从来不", "说"]), 1);
        assert_eq!(negations(&["没", "提过"]), 1);
        assert_eq!(negations(&["从没", "提过"]), 1);
        assert_eq!(negations(&["没", "提", "过"]), 1);
        assert_eq!(negations(&["说"]), 0, "saying is not denying");
        assert_eq!(
            negations(&["不", "说", "你", "也", "知道"]),
            0,
            "不说你也知道 does not deny what follows"
        );
    }

    #[test]
    fn rhetorical_negators_negate() {
        assert_eq!(negations(&["哪有什么"]), 1);
        assert_eq!(negations(&["哪", "有"]), 1);
        assert_eq!(negations(&["哪个"]), 0);
    }

    #[test]
    fn which_is_a_question_word_unless_it_says_there_is_none() {
        assert_eq!(negators_in(&["哪", "有", "保本"], true), 1);
        assert_eq!(negators_in(&["哪", "有", "保本"], false), 0);
        assert_eq!(negators_in(&["哪", "只", "票", "要", "拉升"], true), 0);
        assert_eq!(negators_in(&["不", "就是", "哪", "只", "票"], true), 1);
    }

    #[test]
    fn other_words_stop_the_search() {
        assert_eq!(negations(&["确保"]), 0);
        assert_eq!(negations(&["不仅"]), 0);
        assert_eq!(negations(&[]), 0);
    }

    #[test]
    fn lists_are_disjoint() {
        for negator in NEGATORS {
            assert!(
                !WIDE_NEGATORS.contains(negator),
                "{negator} is in both negator lists"
            );
        }
        for negator in NEGATORS.iter().chain(WIDE_NEGATORS) {
            assert!(
                !FILLERS.contains(negator),
                "{negator} is a negator and a filler"
            );
        }
    }
}
