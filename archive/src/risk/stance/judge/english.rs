//! English around the keyword, in mixed text.

use super::*;

/// English words around the keyword that condemn, refuse or urge it.
pub(super) fn english(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        before,
        after,
        following,
        ..
    } = *reading;
    // English after the keyword that calls it a scam, unless just denied (`not a scam`):
    // `保本保收益 claims like that are almost always scams`.
    let condemned = after.iter().enumerate().any(|(at, word)| {
        ENGLISH_CONDEMNATIONS.contains(word)
            && !after[at.saturating_sub(2)..at]
                .iter()
                .any(|word| is_english_negation(word))
    });
    // (`“内部消息”大多是pump and dump`.)
    if condemned
        || after.windows(2).any(|pair| pair == ["red", "flag"])
        || after
            .windows(3)
            .any(|words| words == ["pump", "and", "dump"])
    {
        return decided(Judgement::construct(false));
    }
    // Refused in English by the speaker, after it in its clause or in the next (mixed text):
    // `私人微信 I can't add`, `thank you for offering a 返點，but I have to decline`.
    let mixed = || {
        clause
            .words
            .iter()
            .any(|word| word.bytes().all(|byte| byte.is_ascii_lowercase()))
    };
    if is_refused_in_english(after)
        || (mixed()
            && need(following)?.first().is_some_and(|next| {
                matches!(next.words.first(), Some(&("but" | "sorry")))
                    && is_refused_in_english(&next.words)
            }))
    {
        return decided(Judgement::construct(false));
    }
    // `why not add my 私人号 lah?`: English urging before the keyword.
    if before.windows(2).any(|pair| pair == ["why", "not"]) {
        return decided(Judgement::construct(true));
    }
    Continue(())
}

/// The speaker refusing in English: `I can't`, `we won't`, `I have to decline`, `I must
/// refuse` (`but` may open the clause).
fn is_refused_in_english(words: &[&str]) -> bool {
    let words = match words {
        ["but" | "sorry" | "so", rest @ ..] => rest,
        words => words,
    };
    let [subject, rest @ ..] = words else {
        return false;
    };
    if !matches!(*subject, "i" | "we") {
        return false;
    }
    let rest = match rest {
        ["have" | "need", "to", rest @ ..] | ["must" | "will", rest @ ..] => rest,
        rest => rest,
    };
    // (Not `I can't wait`, `I don't lie`.)
    match rest {
        [verb, ..] if ENGLISH_REFUSALS.contains(verb) => true,
        [negation, next, ..] if is_english_negation(negation) => {
            !matches!(*next, "wait" | "lie" | "kid" | "joke")
        }
        [negation] => is_english_negation(negation),
        _ => false,
    }
}

/// English words that condemn what they are said of.
const ENGLISH_CONDEMNATIONS: &[&str] = &["scam", "scams", "fraud", "frauds", "illegal", "fake"];

/// English verbs of refusing.
const ENGLISH_REFUSALS: &[&str] = &["decline", "refuse", "reject"];
