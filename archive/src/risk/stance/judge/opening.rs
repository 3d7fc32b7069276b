//! What the addressee hands over or is told, and what the speaker takes on or keeps quiet.

use super::*;

/// What the addressee hands over, offers or is told to say, and what the speaker lets slip or
/// takes on.
pub(super) fn addressee_and_speaker(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        mention,
        before,
        after,
        following,
        ..
    } = *reading;
    // What the addressee handed over, asked why: `潘总你把账户密码发过来干嘛呀`.
    if matches!(before, [.., "你" | "您", "把"])
        && after
            .iter()
            .any(|word| matches!(*word, "干嘛" | "干什么" | "做什么" | "干啥"))
    {
        return decided(Judgement::construct(false));
    }
    // Said by a slip of the tongue, and so taken back: `刚才说漏嘴讲了保本，我更正：这款不保本`.
    if !mention.quoted && is_slipped_out(before) {
        return decided(Judgement::construct(false));
    }
    // What the addressee offered, told back and declined in a word: `你说下款后给我私下转账当
    // 谢礼，不用，真不用`; or turned down a clause or two on, past thanks (`您说多买点就给我返佣，
    // 我谢谢您，但这个我绝对不能收`).
    if matches!(before, ["你" | "您", "说" | "讲", ..]) && {
        let following = need(following)?;
        // (Unless worked round: `…，这个我不能加。我换个小号给你`.)
        following.first().is_some_and(is_bare_decline)
            || (is_turned_down_later(following)
                && !following
                    .get(1..)
                    .is_some_and(|rest| is_excepted(before, after, rest)))
    } {
        return decided(Judgement::construct(false));
    }
    // A denial the addressee is told to give, then what is done in fact: `检查组问起来您就说没有
    // 返点，实际我还照给`.
    // (The told-to-say first: it is rare, and the next clause is segmented only for it.)
    if let Some(negation) = negation_in_scope(before)
        && negation.count % 2 == 1
        && is_told_to_say(&before[..negation.nearest])
        && is_cover_story(need(following)?)
    {
        return decided(Judgement::construct(true));
    }
    // Taken on by the speaker: `帮你操作这种事我来`.
    // (The last word first: most clauses end otherwise, and are not joined.)
    let may_take_on = after
        .iter()
        .rev()
        .find(|word| !is_particle(word))
        .is_some_and(|last| last.ends_with(['来', '我', '上']));
    if may_take_on && !is_asking(clause) && is_taken_on(after) && negators_in(after, false) == 0 {
        return decided(Judgement::construct(true));
    }
    Continue(())
}

/// A deed the clause before keeps quiet for fear of being caught.
pub(super) fn kept_quiet_for_fear(reading: &Reading) -> Verdict {
    let Reading {
        neighbours, after, ..
    } = *reading;
    // Kept quiet for fear of being caught: `可以帮您，不过别跟别人说，代客理财被查到不好`.
    if neighbours.is_some_and(|neighbours| {
        neighbours
            .preceding
            .last()
            .is_some_and(|clause| contains_text(&clause.words.concat(), KEPT_QUIET))
    }) && contains_text(&after.concat(), CAUGHT)
    {
        return decided(Judgement::construct(true));
    }
    Continue(())
}

/// A clause that only declines an offer: `不用`, `真不用`, `不必了`.
fn is_bare_decline(clause: &Clause) -> bool {
    let text = clause.words.concat();
    DECLINES.contains(&text.trim_end_matches(FINAL_PARTICLES))
}

/// True when `after` closes on the speaker taking it on: `这种事我来`.
fn is_taken_on(after: &[&str]) -> bool {
    let rest = after.concat();
    let rest = rest.trim_end_matches(FINAL_PARTICLES);
    TAKEN_ON.iter().any(|taken_on| rest.ends_with(taken_on))
}

const DECLINES: &[&str] = &[
    "不用",
    "真不用",
    "不用不用",
    "真的不用",
    "不必",
    "大可不必",
    "不需要",
    "真不需要",
    "免了",
];

/// What the speaker takes on, closing the clause: `这种事我来`.
const TAKEN_ON: &[&str] = &["我来", "包在我身上"];
