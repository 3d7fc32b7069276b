//! Negated statements: the negators before the keyword, and what contradicts them.

use super::*;

/// A keyword an odd or even number of negators stands before.
pub(super) fn negated(reading: &Reading, negation: Negation) -> Verdict {
    let Reading {
        clause,
        mention,
        words,
        keyword_at,
        before,
        after,
        following,
        ..
    } = *reading;
    if negation.count.is_multiple_of(2) {
        // `不是我不想帮你操作，是真不能`: the 不是 denies the unwillingness, and the next clause
        // gives the real reason, a denial.
        // So does `不是不给你返佣，是根本就没有返佣这个东西`: not refusing, since there is none.
        let unwilling = before
            .get(negation.nearest)
            .is_some_and(|word| UNWILLING.contains(word))
            || matches!(before, ["不是", "不", ..]);
        // Nor forbidden, since there is none: `不是不让讲保收益，是根本就不存在保收益这回事` (but
        // `不是不能给返佣，是不能让公司知道` only hides it).
        let forbidding =
            matches!(before, ["不是", modal, ..] if PROHIBITING_MODALS.contains(modal));
        let gives_reason = |words: &[&str]| {
            words.first() == Some(&"是")
                && negators_in(words, false) > 0
                && (unwilling || (forbidding && contains_text(&words.concat(), NONE_EXISTS)))
        };
        // The reason may run on in the keyword's own clause: `不是我不想说保本是真的不能说`.
        let real_reason = gives_reason(after)
            || following
                .and_then(<[Clause]>::first)
                .is_some_and(|next| gives_reason(&next.words));
        return decided(Judgement::construct(!real_reason));
    }
    // `不也` (isn't it also…) asks only to be agreed with, asked or not: `我这款理财不也保本`,
    // `这不也是包赚的吗？`.
    if before.get(negation.nearest) == Some(&"不")
        && before.get(negation.nearest + 1) == Some(&"也")
    {
        return decided(Judgement::construct(true));
    }
    let following = need(following)?;
    if following
        .first()
        .is_some_and(|next| is_retort(next) || is_lament(next))
        || is_excepted(before, after, following)
        || is_deferred(&before[..negation.nearest], following)
    {
        return decided(Judgement::construct(true));
    }
    // A refusal explained (`…，不是不给您面子，是这话说了害您`, `…，不是我不想说，是它确实不
    // 保本`): the rules' reading, which the model may not raise. (The thing merely denied again
    // may be irony: `公司勿许讲包赚，…勿是包赚，是百分之百赚`.)
    let explained = matches!(following, [excuse, reason, ..]
        if excuse.words.first() == Some(&"不是") && reason.words.first() == Some(&"是"));
    if explained {
        return decided(Judgement::construct(false));
    }
    // A negator quoted with the keyword is what was said: `我上次说的确实是“不保本”` quotes a
    // denial, whoever said it and whoever stands by it, unless the speaker takes it back.
    if mention.quoted
        && negation.nearest + mention.quoted_before >= keyword_at
        && !is_retracted(following)
    {
        return decided(Judgement::construct(false));
    }
    // Its lack supposed, and asked what the speaker would dare then, it is had: `我要是没有内部消息，
    // 敢让您周六全仓进去？`.
    let supposed_lack = before[..negation.nearest]
        .iter()
        .any(|word| CONDITIONALS.contains(word));
    if supposed_lack
        && following
            .first()
            .is_some_and(|next| is_asking(next) && next.words.contains(&"敢"))
    {
        return decided(Judgement::construct(true));
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
            return decided(Judgement::construct(true));
        }
        // `哪有保本保收益这么好的事？有，就在我这儿！`: the rhetorical denial answered yes.
        if rhetorical && is_asking(clause) && is_answered_there_is(following) {
            return decided(Judgement::construct(true));
        }
        // A rule on the words one may use: `宣传一律不准用 guaranteed / 保本 / 稳赚 这些词`.
        let on_words = contains_text(&after.concat(), WORD_NOUNS)
            || following
                .first()
                .is_some_and(|next| contains_text(&next.words.concat(), WORD_NOUNS));
        return decided(Judgement {
            asserted: false,
            // An English negation is the rules' reading: the model was trained on Chinese.
            plain: !rhetorical
                && !on_words
                && !is_rule_on_persons(before, negation.nearest)
                && !is_english_negation(before[negation.nearest]),
        });
    }
    decided(Judgement::construct(is_contradicted(
        before,
        negation.nearest,
        following,
    )))
}

/// Saying there is no such thing: `根本就不存在…这回事`.
const NONE_EXISTS: &[&str] = &["不存在", "这回事"];
