//! The speaker's own channel or service.

use super::*;

/// The speaker's own channel trusted, or the keyword defined as the speaker's own service.
pub(super) fn trusted_or_defined_as_own(reading: &Reading) -> Verdict {
    let Reading {
        neighbours,
        before,
        after,
        following,
        ..
    } = *reading;
    // Trusting only the speaker's own channel offers it: `谨防诈骗！认准我的私人微信`, `认准我
    // 本人，转账请转到我个人账户`.
    // (`…切勿轻信，唯本人所荐之品，保本无虞`: only what I recommend.)
    let trust_me = |words: &[&str]| {
        matches!(words.iter().position(|word| matches!(*word, "认准" | "唯" | "唯有" | "只信")),
            Some(at) if words.get(at + 1).is_some_and(|word| is_speaker(word)))
    };
    if trust_me(before)
        || neighbours.is_some_and(|neighbours| {
            neighbours
                .preceding
                .last()
                .is_some_and(|clause| trust_me(&clause.words))
        })
    {
        return decided(Judgement::construct(true));
    }
    // A definition that makes the keyword the speaker's own service: `所谓“飞单”就是我帮您买更好
    // 的产品`, `什么叫“全权委托”？就是您啥都不用管，交给我就行`.
    if is_defined(before) {
        let following = need(following)?;
        // The definition follows in the clause or opens the next; it may run on a clause more.
        let (definiens, then) = match following.first() {
            _ if after.first() == Some(&"就是") => (Some(after), following.first()),
            Some(next) if next.words.first() == Some(&"就是") => {
                (Some(next.words.as_slice()), following.get(1))
            }
            _ => (None, None),
        };
        let own_service = definiens.is_some_and(|definiens| {
            contains_text(&definiens.concat(), OWN_SERVICE)
                || then.is_some_and(|then| contains_text(&then.words.concat(), OWN_SERVICE))
        });
        if own_service {
            return decided(Judgement::construct(true));
        }
    }
    Continue(())
}
