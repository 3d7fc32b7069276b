//! Lists and headings: items under a rule, items answered no.

use super::*;

/// An item of a list under a forbidding heading, or one answered no.
pub(super) fn lists_and_headings(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        mention,
        neighbours,
        before,
        after,
        following,
        ..
    } = *reading;
    // `禁止！禁止！私下转账`: a bare prohibition shouted before the keyword that opens its clause.
    if mention.after_exclamation && before.is_empty() {
        let shouted = need(neighbours)?.preceding.last().is_some_and(|clause| {
            !clause.words.is_empty()
                && clause
                    .words
                    .iter()
                    .all(|word| FORBIDDING_HEADINGS.contains(word) || is_particle(word))
        });
        if shouted {
            return decided(Judgement::construct(false));
        }
    }
    // An item of a list under a heading that forbids (`【禁止事项】\n1. 代客理财\n2. …`), or of one
    // a sanction follows (`…\n以上任何一项，一经发现立即报合规`); a short item may hold its verb
    // (`禁止事项：1.承诺零风险 2.传播内幕消息`).
    if is_topic_only(before, after) || is_short_item(&clause.words) {
        let neighbours = need(neighbours)?;
        if is_item_under_rule(neighbours.preceding, neighbours.following) {
            return decided(Judgement::construct(is_renamed_later(neighbours.following)));
        }
    }
    // A numbered item answered no in the next clause: `…两个要求我都只能拒绝：一、合同上写保本，
    // 不行 二、额外给返点，也不行`.
    // (The next item's number may close the clause before: `1.内部消息——没有 2.加私人号——不加`.)
    let numbered = is_numbered_item(&clause.words)
        || neighbours.is_some_and(|neighbours| {
            neighbours
                .preceding
                .last()
                .and_then(|clause| clause.words.last())
                .is_some_and(|last| is_ordinal(last))
        });
    if numbered && need(following)?.first().is_some_and(is_bare_no) {
        return decided(Judgement::construct(false));
    }
    if mention.after_colon {
        let announced = need(neighbours)?.preceding.last();
        // `禁止行为清单：保本承诺、飞单…`, `红线：…`: a heading that forbids what it lists;
        // one that forbids passing it on (`严禁外传：…`) tells a secret instead, and one that
        // announces the thing said another way (`…那我换个说法：…`) says it. A prohibition
        // inside an attribute is not the heading's (`不准拍照的会上定了调子：…`).
        if announced.is_some_and(|clause| {
            let heading = clause.words.concat();
            !contains_text(&heading, PASSING_ON)
                && !names_exception(&heading)
                && (is_denial_predicate_after(&clause.words) || is_forbidding_heading(&heading))
        }) {
            return decided(Judgement::construct(is_renamed_later(need(following)?)));
        }
    }
    Continue(())
}

/// A list's words renamed in the next clauses to say the same: `禁用词：保本、稳赚。替代话术：
/// “本金历史上从未损失过”——效果一样`. The words are said after all.
fn is_renamed_later(following: &[Clause]) -> bool {
    following
        .iter()
        .take(RENAMING_REACH)
        .any(|clause| contains_text(&clause.words.concat(), RENAMINGS))
}

/// A clause of at most three words, not counting the next item's number run into it
/// (`承诺|零风险|2`), with no negator: what a list item holds.
fn is_short_item(words: &[&str]) -> bool {
    let words = match words {
        [rest @ .., number] if number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit()) => {
            rest
        }
        _ => words,
    };
    words.len() <= 3 && negators_in(words, false) == 0
}

/// A clause opening on a list's ordinal: `二|额外|给|返点` (`二、额外给返点`), `2|…`.
fn is_numbered_item(words: &[&str]) -> bool {
    words.first().is_some_and(|first| is_ordinal(first)) && words.len() > 1
}

/// A clause that is only a no, perhaps after `也`: `不行`, `也不行`, `不加`, `没有`.
fn is_bare_no(clause: &Clause) -> bool {
    let words = match clause.words.as_slice() {
        ["也" | "都" | "还是", rest @ ..] => rest,
        words => words,
    };
    // Less the next item's number: `不|加|3`.
    let words = match words {
        [rest @ .., last] if is_ordinal(last) => rest,
        words => words,
    };
    !words.is_empty()
        && words.len() <= 2
        && !is_asking(clause)
        && (is_denial_predicate_after(words)
            || matches!(words, ["没有" | "不加" | "不给" | "不能"]))
}

/// How many clauses after a listed keyword a renaming of the list's words may stand.
const RENAMING_REACH: usize = 4;

/// A list's ordinal: `二`, `第三`, `2`.
fn is_ordinal(word: &str) -> bool {
    ORDINALS.contains(&word) || (word.len() == 1 && word.as_bytes()[0].is_ascii_digit())
}

/// Chinese list ordinals.
const ORDINALS: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "第一", "第二", "第三", "第四",
];
