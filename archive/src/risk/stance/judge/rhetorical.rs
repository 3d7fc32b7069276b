//! Rhetorical questions, which assert the opposite of what they say.

use super::*;

/// A rhetorical question: it asserts the opposite of what it says, unless its answer shows it
/// was a real one.
pub(super) fn rhetorical(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        mention,
        words,
        before,
        after,
        following,
        ..
    } = *reading;
    if is_rhetorical(words, clause) && !is_asked_yes_or_no(before, after, clause) {
        // The standard a comparison measures against is given: `难不成你还想要比零风险更好的？`.
        if before.last() == Some(&"比") {
            return decided(Judgement::construct(true));
        }
        // Answered `不一定`, it was a real question: `不亏本就是保本吗？不一定，…`.
        if following.and_then(<[Clause]>::first).is_some_and(|next| {
            NOT_NECESSARILY.contains(&next.words.concat().trim_end_matches(FINAL_PARTICLES))
        }) {
            return decided(Judgement::construct(false));
        }
        // `为什么…？因为…` explains what it asked about: a real question. Unnegated, the rest is
        // presupposed; `为什么不能私下交易？因为…` explains a prohibition, which stands.
        let unnegated = negators_in(words, false) == 0;
        // Cantonese `唔|可以` is cut in two: `点解唔可以加我私人微信？因为公司要留记录嘛`.
        let prohibiting = words.iter().any(|word| PROHIBITING_MODALS.contains(word))
            || words
                .windows(2)
                .any(|pair| matches!(pair, ["不", "可以" | "准" | "能"]));
        // Asked back with its reason, a negated why is a real question too: `您问学子无忧为啥不
        // 保本？因为它投了一部分权益资产`.
        let asked_back = is_addressee_asking(before);
        // So is one about the keyword denied before the why (`不保本为什么还要买？因为长期看…`):
        // the denial stands.
        let keyword_denied = !contains_any(before, &WHY)
            && negation_in_scope(before).is_some_and(|negation| negation.count % 2 == 1);
        // So is a why-not answered `因为…`: the reason is why not (`为什么不加私人微信？因为企业
        // 微信有留痕`), where an urging why-not gives none (`为什么不私下转账呢？大家都这么做`).
        let because = opens_with_reason(need(following)?);
        if contains_any(words, &WHY)
            && (unnegated || prohibiting || asked_back || keyword_denied || because)
            && is_explained(need(following)?)
        {
            // What the question quotes is asked about, not presupposed: `为什么客户一听“包赚”就
            // 心动？因为不懂风险`. Nor is what it asks a third party does: `为什么骗子总让你加私人
            // 微信？因为那里没有聊天留痕`.
            return decided(Judgement::construct(
                unnegated && !mention.quoted && !has_third_party(before),
            ));
        }
        // Negated adjectives count too under rhetoric: `私人号上聊难道不好吗`, `谁说…不行`;
        // so do verbs of deceiving (`难道我会拿内幕消息骗您吗？` denies a lie).
        // A question word after the keyword is the rhetorical question's own
        // (`代客理财哪个券商没干过？`), not an embedded question the keyword belongs to.
        let predicate = is_denial_predicate_after(after)
            && !after
                .iter()
                .any(|word| WH_WORDS.contains(word) || *word == "什么时候");
        // A negated adjective the predicate already counted (`谁说代客理财不行？`) counts once;
        // one before the keyword says how, not whether (`本金利息一分不少，不就是保本吗`).
        let counted = if predicate { &[][..] } else { after };
        let denial = usize::from(predicate)
            + counted
                .iter()
                .filter(|word| is_negated_adjective(word))
                .count()
            + words.iter().filter(|word| DECEIVING.contains(word)).count()
            + usize::from(contains_text(&after.concat(), DEFENCES))
            // Asked whether saying it was wrong: `说它稳赚不赔难道说错了？`.
            + usize::from(
                after
                    .iter()
                    .any(|word| matches!(*word, "说错" | "讲错" | "错" | "有错")),
            )
            // Asked how it could lose: `保证收益6%的东西怎么会亏？`.
            + usize::from(asks_how_it_could_lose(after));
        // Asked why one would give it up, it is urged: `稳赚的路子干嘛要换？` (unless the why is
        // explained: `…为什么要卖掉？因为到期了`).
        if let Some(why) = after.iter().position(|word| WHY_GIVE_UP.contains(word))
            && after[why + 1..].iter().any(|word| GIVING_UP.contains(word))
            && negators_in(after, false) == 0
            && !is_explained(need(following)?)
        {
            return decided(Judgement::construct(true));
        }
        // A rhetorical question the speaker then leaves the addressee to work out hints at the
        // keyword: `你说我为啥老让你加我个人号？你品，你细品`.
        if denial == 0 && following.is_some_and(is_winked_at) {
            return decided(Judgement::construct(true));
        }
        // Asked whether the speaker could keep from reporting it, it is reported: `承诺保本这种话我
        // 能不报合规吗？`.
        if contains_text(&after.concat(), REPORTED_TO) {
            return decided(Judgement::construct(false));
        }
        // What someone asks whether is asked, not asserted, however rhetorical the frame:
        // `不就是想问国债能不能保本嘛？`.
        if asks_whether(before) {
            return decided(Judgement::construct(false));
        }
        // Asked whether the addressee knows why, the why's own clause keeps its polarity, which the
        // asker then explains: `你知道新规出来以后为啥没人敢返佣了吗？抽查太严…`.
        if let Some(why) = knows_why(before) {
            let known = &before[why + 1..];
            return decided(Judgement::construct(
                (negators_in(known, false) + denial).is_multiple_of(2),
            ));
        }
        // What one is asked whether one knows keeps its own polarity: the knowing is asserted.
        if let Some(knowing) = negated_knowing(before) {
            let known = &before[knowing + 1..];
            return decided(Judgement::construct(
                (negators_in(known, false) + denial).is_multiple_of(2),
            ));
        }
        // A rhetorical claim of what others said, then asked who still believes it, is mocked:
        // `当年那个平台不就是天天喊零风险？现在还有人信这三个字吗？`.
        if need(following)?
            .first()
            .is_some_and(|next| is_asking(next) && is_belief_mocked(next))
        {
            return decided(Judgement::construct(false));
        }
        // The predicate's own negator counts once: `给客户返点不会吗？` (don't you know how?).
        let negated = if predicate {
            negators_in(before, false)
        } else {
            negators_in(words, false)
        };
        return decided(Judgement::construct((negated + denial) % 2 == 1));
    }
    Continue(())
}

/// Reporting to compliance or the authorities.
const REPORTED_TO: &[&str] = &["报合规", "上报", "举报", "报给合规", "报警"];

/// Asking why, of giving something up: `稳赚的路子干嘛要换？`.
const WHY_GIVE_UP: &[&str] = &["干嘛", "干吗", "为什么", "为啥", "何必"];

/// Giving up what one holds.
const GIVING_UP: &[&str] = &["换", "放弃", "卖掉", "撤", "撤出", "换掉", "丢掉"];

/// `after` asks how a loss could happen, which says it cannot: `…怎么会亏？`, `…哪能亏`,
/// `返点我哪能会少侬的？` (modals may stack after the question word).
fn asks_how_it_could_lose(after: &[&str]) -> bool {
    after.iter().enumerate().any(|(at, word)| {
        // (Short-changing the addressee is the addressee's loss: `少侬的`, `亏待你`.)
        if !denial::LOSSES.contains(word) && !matches!(*word, "少" | "少给" | "亏待") {
            return false;
        }
        let modals = after[..at]
            .iter()
            .rev()
            .take_while(|word| matches!(**word, "会" | "能" | "可能"))
            .count();
        let asking = &after[..at - modals];
        matches!(
            asking,
            [.., "怎么会" | "怎么可能" | "哪会" | "哪能" | "怎会"]
        ) || (modals > 0 && matches!(asking, [.., "怎么" | "哪"]))
    })
}

/// Answers that say a thing does not follow.
const NOT_NECESSARILY: &[&str] = &[
    "不一定",
    "也不一定",
    "那可不一定",
    "那不一定",
    "未必",
    "不见得",
    "不尽然",
];

/// Where the why of `你知道…为啥…` stands: the addressee asked whether they know why.
fn knows_why(before: &[&str]) -> Option<usize> {
    let knows = before
        .windows(2)
        .position(|pair| matches!(pair, ["你" | "您", "知道"]))?;
    let why = position_of(&before[knows + 2..], &WHY)?;
    Some(knows + 2 + why)
}
