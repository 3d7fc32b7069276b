//! Requests and their answers.

use super::*;

/// A request the addressee made, or one reported, and the answer it got.
pub(super) fn request(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        mention,
        words,
        keyword_at,
        keyword_end,
        before,
        after,
        following,
        ..
    } = *reading;
    // What the addressee asked about or said, then denied itself a few clauses on, is answered
    // no: `您问的返点我们核实过了，公司没有任何返点政策`.
    if has_addressee_words(before)
        && !is_asking(clause)
        && is_denied_later(&words[keyword_at..keyword_end], need(following)?)
    {
        return decided(Judgement::construct(false));
    }
    // (The addressee's saying may stand alone in the clause before: `你说，嗯，私下转账给我，…
    // 这个不行啊`.)
    if mention.after_addressee_saying || is_reported_request(before) {
        // `客户刚才要加我私人微信 我拒绝了`: the answer in the same clause.
        if after.iter().any(|word| REFUSALS.contains(word)) {
            return decided(Judgement::construct(false));
        }
        // The answer may close the request's own clause, after its 的: `客户要返点的可以适当返`.
        // (Not the thing the request names, its noun after 的: `您让我给您写个零风险的保证`.)
        if let ["的", rest @ ..] = after
            && rest.len() > 1
        {
            let own = Clause {
                words: rest.to_vec(),
                question_mark: false,
            };
            if let Some(answer) = answer(std::slice::from_ref(&own)) {
                return decided(Judgement::construct(answer));
            }
        }
        // The answer right after the request, or a no a few clauses on (`…心意领了，但这个钱我不
        // 能收`); a quiz's key may mark the whole exchange wrong.
        let after_request = need(following)?;
        // Refused in the next clause: `客户多次要求加私人微信，本人均以制度为由拒绝`.
        // (The refusal is itself a negator; none may stand before it. Nor may a refusal only
        // meant: `我本来想拒，后来还是帮了`.)
        let refused = after_request.first().is_some_and(|next| {
            next.words
                .iter()
                .rposition(|word| !is_particle(word))
                .is_some_and(|last| {
                    REFUSALS.contains(&next.words[last])
                        && negators_in(&next.words[..last], false) == 0
                        && !is_meant_only(&next.words[..last])
                })
        });
        // Or the asker stopped: `你外婆要把账户密码念给我听，我马上请她停下来`.
        let stopped = after_request
            .first()
            .is_some_and(|next| contains_text(&next.words.concat(), STOPPED));
        if refused || stopped || is_keyed_wrong(after_request) {
            return decided(Judgement::construct(false));
        }
        // Done as asked, whatever was said first: `你讲“想加你私人号”，我当时冇回，现在发你`.
        if is_owned(after_request) {
            return decided(Judgement::construct(true));
        }
        // Given in to after all, the refusal only meant: `小叶让我帮他走一单飞单，我差点就拒了，后来
        // 还是帮了`.
        if after_request.iter().take(3).any(gives_in) {
            return decided(Judgement::construct(true));
        }
        let answered =
            answer(after_request).or_else(|| is_turned_down_later(after_request).then_some(false));
        if let Some(answer) = answered {
            // A no, then a way round it: `您要转到我个人账户，这个不行。要不您转给我媳妇`.
            let worked_round = !answer
                && after_request
                    .get(1..)
                    .is_some_and(|rest| is_excepted(before, after, rest));
            return decided(Judgement::construct(answer || worked_round));
        }
        // The answer may deny the thing itself, clauses on: `您说要保本的，那REITs就不合适了，它不
        // 保本`, `您说想要稳赚的。我理解。可我得提醒您，…所以答案是没有稳赚的`.
        if is_denied_later(&words[keyword_at..keyword_end], need(following)?) {
            return decided(Judgement::construct(false));
        }
        // Asking what the addressee wants, unanswered, offers nothing: `您是想要保本的产品吗？
        // 那国债更合适`.
        if is_asking(clause) {
            return decided(Judgement::construct(false));
        }
    }
    Continue(())
}

/// The words before a refusal verb make it only meant, not done: `本来想拒`, `差点就拒了`. The
/// word right before the verb says so (past 就); one further back does not (`我想了想还是拒绝了`).
fn is_meant_only(before_refusal: &[&str]) -> bool {
    before_refusal
        .iter()
        .rev()
        .find(|word| **word != "就")
        .is_some_and(|word| MEANT_ONLY.contains(word))
}

/// Stopping the asker: `请她停下来`, `当场制止`.
const STOPPED: &[&str] = &["停下", "制止", "拦住", "拦下", "打断"];

/// Words that make what follows only meant, not done: `本来想拒`.
const MEANT_ONLY: &[&str] = &["想", "本来", "本想", "打算", "差点", "原本", "原想"];
