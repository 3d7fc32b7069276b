//! A denial predicate said of the keyword.

use super::*;

/// A denial predicate after the keyword (`…是骗局`, `…不行`), and what undoes it.
pub(super) fn denial_predicate(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        mention,
        before,
        after,
        following,
        ..
    } = *reading;
    // After the other keywords it is listed with: `返佣返点这些我们一律不许做`.
    let after_list = &after[mention.listed_after.min(after.len())..];
    // (The keyword as the condition enough for what is denied after 就 says what it brings, not
    // what it is: `你只要加我私人号就不会被骗啦`.)
    let sufficient =
        before.iter().any(|word| is_enough_if(word)) && after_list.first() == Some(&"就");
    if is_denial_predicate_after(after_list)
        && !sufficient
        && !is_asked_yes_or_no(before, after, clause)
    {
        // Kept off the books is done, not denied: `返点不走公司`, `私下转账不走系统`.
        if contains_text(&after_list.concat(), CONCEALMENT) {
            return decided(Judgement::construct(true));
        }
        let following = need(following)?;
        // Having it and not using it, then a retort: `有内部消息不跟，难不成等别人吃肉你喝汤？`.
        // So is a thing it describes not taken: `稳赚的产品不买，难道要把钱放在户口里发霉咩？`.
        let wasted = (before.last() == Some(&"有") || matches!(after, ["的", _, ..]))
            && following
                .first()
                .is_some_and(|next| contains_any(&next.words, &RHETORICAL_MARKERS));
        // Not doing it called impossible asserts it: `不加我私人微信是不行的`, `不给返佣是不行的`.
        let denies_not_doing = matches!(after_list, ["是", "不行" | "不可能" | "不可以", ..])
            && negation_in_scope(before).is_some_and(|negation| {
                negation.count % 2 == 1 && matches!(before[negation.nearest], "不" | "没")
            });
        return decided(Judgement::construct(
            is_excepted(before, after, following)
                || following.first().is_some_and(is_lament)
                || wasted
                || is_deferred(after, following)
                || is_reversed(after, following)
                || denies_not_doing,
        ));
    }
    Continue(())
}
