//! Suppositions and what the next clause makes of them.

use super::*;

/// A supposition (`要是…`) the next clause warns against, mocks or refuses; returns whether the
/// clause supposes.
pub(super) fn supposition(reading: &Reading) -> Verdict<bool> {
    let Reading {
        before,
        after,
        following,
        ..
    } = *reading;
    // 不用上班了？别信这种话`.
    // The conditional may follow an adverb (`真要是稳赚不赔，银行还用给您讲风险揭示吗？`) or the
    // keyword put first (`内幕消息要是能随便拿到，还轮得到我们？`).
    // After a name or a title as well: `黄叔要是一定要保本的，…`.
    // After a name, a title and a pronoun: `马总您要是找稳赚的`.
    // So may a bare 要 before 有 (`我要有内部消息还在这上班嘛`: if I had).
    let supposed = before
        .iter()
        .take(4)
        .any(|word| CONDITIONALS.contains(word))
        || after.iter().take(2).any(|word| CONDITIONALS.contains(word))
        || matches!(before, [.., "要", "有"])
        // `我要能给你稳赚，我还用每天加班吗？`: if I could.
        || before.windows(2).any(|pair| pair == ["要", "能"]);
    if supposed {
        let next = need(following)?.first();
        // Supposing it were not so, then asking whether the speaker would act as they do:
        // `我要是不敢保收益，会天天给您打电话推荐吗？` says it is so.
        let denied_supposition = before
            .iter()
            .position(|word| CONDITIONALS.contains(word))
            .is_some_and(|at| negators_in(&before[at + 1..], false) > 0);
        if denied_supposition
            && next.is_some_and(|next| is_asking(next) && next.words.last() == Some(&"吗"))
        {
            return decided(Judgement::construct(true));
        }
        let warned = is_warned(&[], need(following)?);
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
            return decided(Judgement::construct(false));
        }
    }
    Continue(supposed)
}
