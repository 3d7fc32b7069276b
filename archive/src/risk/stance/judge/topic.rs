//! The keyword as a topic, the next clause its comment.

use super::*;

/// The keyword as a topic whose comment is the next clause.
pub(super) fn topic_and_comment(reading: &Reading) -> Verdict {
    let Reading {
        mention,
        before,
        after,
        following,
        ..
    } = *reading;
    // A quotation may open with the topic (`老话讲“私下交易，两头不落好”`): its frame is no part
    // of the topic.
    let quoted_part: &[&str] = if mention.quoted && mention.quoted_before == 0 {
        &[]
    } else {
        before
    };
    // `没有不保本的` (there is none that is not) says every one is: a claim, no topic.
    let none_without =
        matches!(before, [.., "没有" | "没" | "无" | "冇得", "不"]) && after.first() == Some(&"的");
    if is_topic_only(quoted_part, after) && !none_without {
        // Concessions on what the comment holds for stand between: `帮你操作，哪怕就一次，哪怕
        // 你在旁边看着，我也不能做`.
        let following = need(following)?;
        let comment_at = following
            .iter()
            .position(
                |clause| !matches!(clause.words.first(), Some(word) if EVEN_IF.contains(word)),
            )
            .unwrap_or(0);
        let next = following.get(comment_at);
        // Done out of sight, it is done: `…我哪能拒绝，私下转账吧，不走系统`.
        // (A question defining it hides nothing: `飞单？您是说那种不走公司系统的单子吗？`.)
        if next.is_some_and(|next| {
            !is_asking(next) && contains_text(&next.words.concat(), CONCEALMENT)
        }) {
            return decided(Judgement::construct(true));
        }
        // Asked back whether it could be false, it is true: `开发商的内部消息，还能有假？`.
        if next.is_some_and(|next| {
            is_asking(next) && contains_text(&next.words.concat(), COULD_BE_FALSE)
        }) {
            return decided(Judgement::construct(true));
        }
        // Whoever would not, everyone does: `飞单嘛 谁没做过？`, `这么准的内幕消息，群里谁还
        // 不信？`.
        if next.is_some_and(is_who_would_not) {
            return decided(Judgement::construct(true));
        }
        if next.is_some_and(|next| is_who_was_not_hurt(next) || is_who_ever(next)) {
            return decided(Judgement::construct(false));
        }
        // Asked whether such a thing exists, and answered no: `保本又高收益，天底下有这种生意吗？
        // 没有的`.
        if next.is_some_and(is_asking) && answer(&following[comment_at + 1..]) == Some(false) {
            return decided(Judgement::construct(false));
        }
        // A harm ruled out backs the claim up, though it holds a negator: `零风险，暴不了`.
        if next.is_some_and(|next| !is_asking(next) && is_harm_ruled_out(&next.words))
            && !is_warned(&[], &following[comment_at + 1..])
        {
            return decided(Judgement::construct(true));
        }
        // Asked why not, the comment urges it: `零风险的东西，你说为什么不买？`.
        if next.is_some_and(|next| {
            is_asking(next)
                && next.words.windows(2).any(|pair| {
                    matches!(pair, ["为什么" | "为啥" | "干嘛" | "凭什么" | "咋", "不"])
                })
        }) {
            return decided(Judgement::construct(true));
        }
        // Not taken up, then asked what the addressee waits for, the comment urges it: `一手的
        // 内幕消息，这都不跟，你等什么？`.
        if next.is_some_and(|next| negators_in(&next.words, false) % 2 == 1)
            && following.get(comment_at + 1).is_some_and(|then| {
                is_asking(then) && contains_text(&then.words.concat(), STILL_WAITING)
            })
        {
            return decided(Judgement::construct(true));
        }
        // Asked what the addressee still doubts, the comment vouches for it: `搿只产品零风险额，侬
        // 还有啥勿放心？`.
        if next.is_some_and(|next| {
            is_asking(next) && contains_text(&next.words.concat(), STILL_DOUBTING)
        }) {
            return decided(Judgement::construct(true));
        }
        // Those who doubt it dared to say so: `…，零风险，不信的举手`.
        if next.is_some_and(|next| {
            let text = next.words.concat();
            DARES.iter().any(|dare| text.starts_with(dare))
        }) {
            return decided(Judgement::construct(true));
        }
        if next.is_some_and(|next| is_denial_predicate_after(&next.words)) {
            // The rule may be excepted after it: `飞单咯？我一般不做咯。你的话嘛，算了，做一单`.
            let excepted = following[comment_at + 1..].iter().take(2).any(|clause| {
                denials_in(&clause.words) == 0 && names_exception(&clause.words.concat())
            });
            return decided(Judgement::construct(excepted));
        }
    }
    Continue(())
}

/// A clause that rules a loss out: `暴不了`, `亏不了的`, `绝对赔不了`.
fn is_harm_ruled_out(words: &[&str]) -> bool {
    let end = words
        .iter()
        .rposition(|word| !is_particle(word))
        .map_or(0, |last| last + 1);
    matches!(&words[..end], [.., harm, "不了"] if HARMS.contains(harm))
}

/// Asking what the addressee still doubts or fears.
const STILL_DOUBTING: &[&str] = &[
    "还有啥不放心",
    "还有什么不放心",
    "还有啥勿放心",
    "有啥不放心",
    "有什么不放心",
    "还担心什么",
    "还担心啥",
    "还怕什么",
    "还怕啥",
];

/// Losses a claim of safety rules out.
const HARMS: &[&str] = &[
    "暴", "爆", "亏", "赔", "跌", "亏本", "赔本", "跑路", "出事", "损失", "暴雷", "爆雷",
];

/// Concessive conditionals: even if, even once.
const EVEN_IF: &[&str] = &[
    "哪怕", "即使", "就算", "即便", "纵然", "纵使", "不管", "无论", "不论",
];

/// A dare to whoever doubts the comment: `不信的举手`, `不信你去查`.
const DARES: &[&str] = &["不信的", "不信你", "不信您", "不信可以", "不信去"];
