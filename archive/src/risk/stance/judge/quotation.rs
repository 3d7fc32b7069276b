//! Quotations and framed words: endorsed, judged right, or only reported.

use super::*;

/// Whether a quoted or framed mention is one the speaker endorses and the next clauses judge
/// right; a quotation that is only reported is decided here, as not asserted.
pub(super) fn judged_right(reading: &Reading) -> Verdict<bool> {
    let Reading {
        mention,
        neighbours,
        words,
        keyword_at,
        keyword_end,
        framed,
        before,
        after,
        ..
    } = *reading;
    if !(mention.quoted || framed) {
        return Continue(false);
    }
    let neighbours = need(neighbours)?;
    // A quotation may hold the taking back itself (`“零风险，亏了算我的。”这属于违规承诺`).
    // A question quoted and answered by a bare yes is answered by the speaker: `客户问“有没有
    // 内部消息”，我说“有”`. (An answer that says the thing itself, `我说“当然保本”`, is read on
    // its own.)
    // So is a quoted whether-question: `你闺女说“能不能加你私人微信”，能，我这就加她`.
    // A question about what the deed may bring is answered yes by a no: `你问“转到我个人卡上
    // 会不会有问题”，我说不会有问题`.
    // A quotation headed as the wrong version (`【话术纠错】错误：“…”正确：“…”`) is an example.
    let headed_wrong = mention.quoted
        && neighbours.preceding.last().is_some_and(|heading| {
            let heading = heading.words.concat();
            WRONG_HEADINGS.iter().any(|wrong| heading.ends_with(wrong))
        });
    if headed_wrong {
        return decided(Judgement::construct(false));
    }
    let harm = asks_about_harm(after);
    let asked = harm
        || before.iter().any(|word| ASKING_WHETHER.contains(word))
        || (mention.quoted && before.contains(&WHETHER_MARK));
    let answered_yes = asked
        && ((!harm && neighbours.following.first().is_some_and(is_bare_yes))
            || answer_not_restating(neighbours.following).map(|yes| yes != harm) == Some(true));
    let quoted_words = &before[before.len().saturating_sub(mention.quoted_before)..];
    if mention.quoted
        && negators_in(quoted_words, false) % 2 == 1
        && is_negator_typed_too_many(after)
    {
        return decided(Judgement::construct(true));
    }
    if mention.quoted && is_slip(after) {
        return decided(Judgement::construct(false));
    }
    // The version typed wrong is not said: `打成了“保收益”，应该是“不保收益”`.
    let unquoted = &before[..before.len().saturating_sub(mention.quoted_before)];
    if mention.quoted && contains_text(&unquoted.concat(), MISWRITTEN) {
        return decided(Judgement::construct(false));
    }
    // A correction's right version is the speaker's: `更正：不是“不能返点”，是“能返点”`, `上条写成了
    // “不保本”，应为“保本”`; unless it reports an impostor (`是“有人冒充我加私人号”`).
    let corrected = mention.quoted
        && matches!(unquoted, ["是" | "而是" | "应该是" | "应为" | "应是"])
        && neighbours.preceding.last().is_some_and(|clause| {
            clause.words.first() == Some(&"不是")
                || contains_text(&clause.words.concat(), MISWRITTEN)
        });
    if corrected {
        let quoted = &words[unquoted.len()..keyword_at];
        return decided(Judgement::construct(
            negators_in(quoted, false).is_multiple_of(2) && !is_impersonation(quoted),
        ));
    }
    // A quoted word ruled out, then renamed to say the same (`禁止…传播“内幕消息”。…改叫“独家
    // 研判”就行，内容照发`), is said all the same.
    let renamed = mention.quoted
        && neighbours.following.iter().take(3).any(|clause| {
            contains_text(&clause.words.concat(), RENAMINGS)
                && denials_in(&clause.words) == 0
                && !is_warned(&clause.words, &[])
        });
    let owned = is_owned(neighbours.following);
    let endorsed = is_endorsed(before, after, neighbours.preceding, neighbours.following)
        || owned
        || (!mention.quoted && is_taken_back(after, neighbours.following))
        || (!mention.quoted && is_handed_to_speaker(after))
        || answered_yes
        || renamed;
    // (Framed words, their keyword then refused by the speaker, are the frame's: `「苏小姐：你就跟我
    // 保证收益吧…」 - - - 保证收益这话我不能说`.)
    // (Quoted, with no frame named, as well: `王总刚才说“信托都是保本的”，我得纠正一下：信托不保本`.)
    let refused_after = (framed || mention.quoted)
        && is_denied_later(&words[keyword_at..keyword_end], neighbours.following);
    if !endorsed
        && (refused_after || is_reported(mention.quoted, framed, neighbours, before, after))
    {
        return decided(Judgement::construct(false));
    }
    // (Or owned by the speaker: `你讲个“加我个人号有优惠”，系𠊎讲嘅，照加`.)
    // (Or praised as phrasing where it stands, or in the next clause: `坐席回复“此产品保本”表述有力，
    // 建议推广`.)
    let praised = here_or_next(after, neighbours.following, |words| {
        contains_text(&words.concat(), PRAISED_AS_PHRASING)
    });
    // (Or held up for the addressee to follow: `你二姨说人家给她“返点五百”，这个靠谱，你也去领`.)
    let followed = endorsed
        && neighbours
            .following
            .iter()
            .take(2)
            .any(|clause| is_told_to_follow(&clause.words));
    Continue(endorsed && (is_judged_right(neighbours.following) || owned || praised || followed))
}

/// The addressee told to do the same, undenied and unasked: `你也去领`, `您也试试`.
fn is_told_to_follow(words: &[&str]) -> bool {
    matches!(words, ["你" | "您" | "你们", "也", _, ..]) && negators_in(words, false) == 0
}

/// Saying the earlier message was written wrong: `上条写成了…`.
const MISWRITTEN: &[&str] = &["写成", "写错", "打成", "打错", "误写"];

/// A quoted line praised as phrasing to spread: `“…”表述有力，建议推广到全组话术`.
const PRAISED_AS_PHRASING: &[&str] = &["表述有力", "建议推广", "值得推广"];

/// The keyword handed to the speaker, in its own clause and undenied, whatever warning came
/// before: `外面骗子太多了你那个账户密码谁都别给就给我一个人`.
fn is_handed_to_speaker(after: &[&str]) -> bool {
    after.windows(3).any(|words| {
        matches!(words, [before, "给" | "交给" | "发给", "我"]
            if negators_in(std::slice::from_ref(before), false) == 0)
    })
}

/// Headings that mark what follows as the wrong way to say it.
const WRONG_HEADINGS: &[&str] = &[
    "错误",
    "错误示范",
    "错误话术",
    "错误说法",
    "错误案例",
    "反例",
];
