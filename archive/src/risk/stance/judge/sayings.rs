//! Sayings about the keyword: rules on saying it, and those who say it.

use super::*;

/// What the clause says about saying the keyword, or about those who say it.
pub(super) fn sayings(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        before,
        after,
        following,
        ..
    } = *reading;
    // `只有存款、国债这类产品才能讲保本`: a rule on what may be said, not a claim.
    if is_restricted_saying(before) {
        return decided(Judgement::construct(false));
    }
    // `保本的只有存款`, `存款那部分是保本的`: said of deposits, which are, not of a product.
    if is_said_of_deposits(before, after) && !is_likened_next(need(following)?) {
        return decided(Judgement::construct(false));
    }
    // `什么开发商内部消息啊`: 什么 before the keyword, exclaimed and not asked, dismisses it.
    if before.first() == Some(&"什么")
        && !is_asking(clause)
        && matches!(clause.words.last(), Some(&("啊" | "呀" | "哦")))
    {
        return decided(Judgement::construct(false));
    }
    // `谁跟您说保本那是误导`: unasked, `谁…说` is whoever says it, taken up by 那 to condemn.
    if is_whoever_condemned(clause, before, after) || is_sayers_condemned(clause, before, after) {
        return decided(Judgement::construct(false));
    }
    // `说保本的都是对的`: those who say it called right.
    if is_sayers_endorsed(clause, before, after) {
        return decided(Judgement::construct(true));
    }
    // Asking, after a guess, where it came from presupposes it: `你以为我哪来的内幕消息？`,
    Continue(())
}
