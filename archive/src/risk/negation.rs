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
    "从来不",
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
        assert!(!is_negated(["说"]), "saying is not denying");
        assert!(
            !is_negated(["知道", "也", "你", "说", "不"]),
            "不说你也知道 does not deny what follows"
        );
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
