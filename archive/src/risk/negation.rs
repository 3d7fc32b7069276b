//! Negation: `本产品不保本` mentions 保本 to deny it.
//!
//! A keyword is negated when the word right before it is a negator, or when up to
//! [`MAX_FILLERS`] light words — copulas, modals, adverbs, verbs of assurance, contact and
//! saying, pronouns — stand between a negator and the keyword: `不是零风险`, `不能私下转账`,
//! `不承诺保本`, `并非所谓的保证收益`, `不要加我私人微信`, `从来不说保本这种话`. Words are jieba tokens, so a negator
//! must be a whole word: `确保` does not end in a negation, and `不仅保本` (not only) is not
//! one because `不仅` is a word of its own that is not in the list.
//!
//! Both lists hold simplified, case-folded forms, as the scanned text has them.

/// How many light words may stand between a negator and the keyword.
const MAX_FILLERS: usize = 2;

/// Words that deny what follows.
const NEGATORS: &[&str] = &[
    "不",
    "没",
    "没有",
    "非",
    "并非",
    "绝非",
    "无",
    "并无",
    "毫无",
    "无法",
    "没法",
    "不是",
    "并不",
    "并不是",
    "并没有",
    "并未",
    "未",
    "从未",
    "从不",
    "从没",
    "从没有",
    "从来不",
    "从来没",
    "从来没有",
    "绝不",
    "决不",
    "不能",
    "不能够",
    "不会",
    "不要",
    "不得",
    "不可",
    "不可以",
    "不该",
    "不应",
    "不应该",
    "不准",
    "不许",
    "不允许",
    "不存在",
    "别",
    "勿",
    "请勿",
    "切勿",
    "莫",
    "禁止",
    "严禁",
    "杜绝",
    "拒绝",
    "谈不上",
    "算不上",
    "称不上",
    // Rhetorical negators: `哪有什么保本` (there is no such thing as…). jieba keeps 哪有什么
    // whole but cuts 哪|有 and 哪里|有, so 哪 and 哪里 count, with 有 as a light word; 哪个
    // (which one) is a word of its own and does not.
    "哪有什么",
    "哪有",
    "哪",
    "哪里",
    "哪里有",
    "哪来",
    "哪来的",
];

/// Predicates that deny what stands before them: `零风险是不可能的`, `保本根本不存在`.
const DENIAL_PREDICATES: &[&str] = &["不可能", "不存在", "不现实", "没有的事", "不可信", "不靠谱"];

/// Light words that may stand between a keyword and a denial predicate after it.
const PREDICATE_FILLERS: &[&str] = &[
    "是", "都", "也", "根本", "完全", "绝对", "肯定", "当然", "本身", "压根",
];

/// Light words that may stand between a negator and what it denies.
const FILLERS: &[&str] = &[
    // Copulas, modals and auxiliaries.
    "是",
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
    "的",
    // Assurance verbs: what an adviser would be denying.
    "承诺",
    "保证",
    "担保",
    "确保",
    "代表",
    "意味着",
    "等于",
    "属于",
    "提供",
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
    // Pronouns: `不会帮你操作` segments as 不会|帮你操作, but `别加我私人号` as 别|加|我|….
    "我",
    "你",
    "您",
    "我们",
    "你们",
];

/// True when the tokens right before a keyword (nearest first) negate it.
pub(crate) fn is_negated<'a>(preceding_tokens: impl IntoIterator<Item = &'a str>) -> bool {
    for (distance, token) in preceding_tokens.into_iter().enumerate() {
        if NEGATORS.contains(&token) || is_filler_then_negator(token) {
            return true;
        }
        if distance >= MAX_FILLERS || !FILLERS.contains(&token) {
            return false;
        }
    }
    false
}

/// Sentence-final particles that may follow a denial predicate.
const FINAL_PARTICLES: &[char] = &['的', '了', '啊', '吧', '呢', '哦', '嘛', '啦'];

/// True when the rest of the keyword's clause (its tokens, nearest first) denies it: up to
/// [`MAX_FILLERS`] light words, then a denial predicate and nothing after it but final
/// particles. `零风险是不可能的` is a denial; `保本不可能亏钱` asserts that a loss is impossible,
/// and `保本不是不可能` is not a denial either. The predicate is matched on the joined text,
/// because jieba splits it (`不|可能`).
pub(crate) fn is_denied_after<'a>(following_tokens: impl IntoIterator<Item = &'a str>) -> bool {
    let tokens: Vec<&str> = following_tokens.into_iter().collect();
    for fillers in 0..=MAX_FILLERS.min(tokens.len()) {
        if !tokens[..fillers]
            .iter()
            .all(|token| PREDICATE_FILLERS.contains(token))
        {
            return false;
        }
        let rest = tokens[fillers..].concat();
        if DENIAL_PREDICATES.contains(&rest.trim_end_matches(FINAL_PARTICLES)) {
            return true;
        }
    }
    false
}

/// True for a word jieba formed from a filler and a negator: `是非` in `这是非保本产品`
/// (the dictionary prefers 是非, "right and wrong", to 这是|非), `也不`, `还没`. It reads as
/// the filler followed by the negator, which [`is_negated`] accepts anyway.
fn is_filler_then_negator(token: &str) -> bool {
    token
        .char_indices()
        .skip(1)
        .any(|(split, _)| FILLERS.contains(&&token[..split]) && NEGATORS.contains(&&token[split..]))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn a_negator_right_before_negates() {
        assert!(is_negated(["不"]));
        assert!(is_negated(["并非", "本产品"]));
        assert!(is_negated(["不能"]));
    }

    #[test]
    fn up_to_two_fillers_may_stand_between() {
        assert!(is_negated(["是", "不"]));
        assert!(is_negated(["的", "所谓", "并非"]));
        assert!(
            !is_negated(["的", "所谓", "是", "不"]),
            "three fillers is too far"
        );
    }

    #[test]
    fn words_merging_a_filler_and_a_negator_negate() {
        assert!(is_negated(["是非", "这"]));
        assert!(is_negated(["还没有"]));
        assert!(!is_negated(["除非"]), "除 is not a filler");
        assert!(!is_negated(["非得"]), "negator then filler means \"must\"");
    }

    #[test]
    fn a_denied_verb_of_saying_denies_what_is_said() {
        assert!(is_negated(["说", "从来不"]));
        assert!(is_negated(["提过", "没"]));
        assert!(is_negated(["提过", "从没"]));
        assert!(is_negated(["过", "提", "没"]));
        assert!(!is_negated(["说"]), "saying is not denying");
        assert!(
            !is_negated(["知道", "也", "你", "说", "不"]),
            "不说你也知道 does not deny what follows"
        );
    }

    #[test]
    fn rhetorical_negators_negate() {
        assert!(is_negated(["哪有什么"]));
        assert!(is_negated(["有", "哪"]));
        assert!(!is_negated(["哪个"]));
    }

    #[test]
    fn a_denial_predicate_after_the_keyword_denies_it() {
        assert!(is_denied_after(["是", "不可能", "的"]));
        assert!(
            is_denied_after(["是", "不", "可能", "的"]),
            "as jieba cuts it"
        );
        assert!(is_denied_after(["根本", "不存在"]));
        assert!(
            !is_denied_after(["不是", "不可能"]),
            "not impossible is no denial"
        );
        assert!(!is_denied_after(["没", "问题"]));
        assert!(
            !is_denied_after(["不可能", "亏钱"]),
            "保本不可能亏钱 asserts, it does not deny"
        );
        assert!(
            !is_denied_after(["是", "真的", "不可能"]),
            "真的 is not a light word here"
        );
        assert!(!is_denied_after(Vec::<&str>::new()));
    }

    #[test]
    fn other_words_stop_the_search() {
        assert!(!is_negated(["确保"]));
        assert!(!is_negated(["不仅"]));
        assert!(!is_negated(["担心", "别"]));
        assert!(!is_negated(Vec::<&str>::new()));
    }

    #[test]
    fn lists_are_disjoint() {
        for negator in NEGATORS {
            assert!(!FILLERS.contains(negator), "{negator} is in both lists");
        }
    }
}
