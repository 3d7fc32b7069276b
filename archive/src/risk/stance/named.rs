//! Keywords named, not used: as a word (`保本两个字不能说`), as part of a name (`“返点宝”APP`),
//! or as an item of a list under a rule (`【禁止事项】\n1. 代客理财`).

use super::Clause;
use super::denial::{is_denial_predicate_after, is_topic_only};
use super::exception::CONCESSIVES;
use super::lexicon::{PASSING_ON, is_forbidding_heading};
use super::markers::contains_text;
use super::question::is_asking;
use super::speech::{endorses, is_warned};
use crate::risk::negation::negators_in;

/// True when the keyword is named as a word (`保本两个字`, a bare `保本` or a bare list before a
/// clause `这两个字`) and what is said of the word rules it out: a denial predicate closing its
/// clause, or a negator in a clause after the naming one. A naming clause the reach ends with
/// leaves the rule beyond it, where only a list's rule stands. `None` when the clauses after are
/// needed and were not given.
pub(super) fn is_word_ruled_out(
    after: &[&str],
    before: &[&str],
    following: Option<&[Clause]>,
) -> Option<bool> {
    // (A word stood by is not ruled out, though the standing by holds a negator: `“保本”俩字，
    // 现在还算数，一个字不改`.)
    let ruled_out_after = |clauses: &[Clause]| {
        let next_two = || clauses.iter().take(2);
        !next_two().any(|clause| endorses(&clause.words.concat()) || reproaches(clause))
            && next_two().any(|clause| negators_in(&clause.words, false) > 0)
    };
    if let Some(named) = word_naming(after) {
        let rest = &after[named..];
        if !rest.is_empty() {
            // `稳赚二字不虚传` vouches for it. A warning after it rules it out: `…都是从包赚两个字
            // 开始的，现在换个名头又来了，千万当心`.
            let warned = following.is_some_and(|following| is_warned(rest, following));
            return Some((is_denial_predicate_after(rest) || warned) && !endorses(&rest.concat()));
        }
        return Some(ruled_out_after(following?));
    }
    if !is_topic_only(before, after) {
        return Some(false);
    }
    // Other bare keywords listed with it stand in clauses of at most two words.
    let following = following?;
    let Some(naming) = following
        .iter()
        .take_while(|clause| !clause.question_mark)
        .position(|clause| clause.words.len() > 2 || word_naming(&clause.words).is_some())
        .filter(|&at| word_naming(&following[at].words).is_some())
    else {
        return Some(false);
    };
    let said_of_it = &following[naming + 1..];
    Some(said_of_it.is_empty() || ruled_out_after(said_of_it))
}

/// The keyword named as a word, then a reproach for not saying it: `保本两个字！这都不会说，
/// 业绩怎么上得去？` urges the word.
pub(super) fn is_word_urged(after: &[&str], following: Option<&[Clause]>) -> bool {
    word_naming(after).is_some_and(|named| named == after.len())
        && following
            .and_then(<[Clause]>::first)
            .is_some_and(reproaches)
}

/// `这都不会说` (can't even say this), `连这都不敢讲`: a reproach for not knowing how or not
/// daring to say the word, which urges it (`这也不能说` states a rule).
fn reproaches(clause: &Clause) -> bool {
    let words = match clause.words.as_slice() {
        ["连", rest @ ..] => rest,
        words => words,
    };
    matches!(
        words,
        [
            "这" | "这个" | "这些",
            "都" | "也",
            "不会" | "不敢" | "不懂" | "没学会",
            ..
        ]
    )
}

/// True when a bare keyword is an item of a list (other items are numbers or clauses of at most
/// three words) that a forbidding heading opens or a sanction on `以上` (the above) closes.
pub(super) fn is_item_under_rule(preceding: &[Clause], following: &[Clause]) -> bool {
    // (A concession is no item: `群规：不得讨论个股。但今晚例外，导师拿到内部消息` excepts what follows
    // from the rule.)
    let is_item = |clause: &&Clause| {
        clause.words.len() <= 3
            && clause.words.first() != Some(&"以上")
            && !clause
                .words
                .first()
                .is_some_and(|first| CONCESSIVES.contains(first))
            && !is_forbidding_heading(&clause.words.concat())
    };
    let heading = preceding.iter().rev().find(|clause| !is_item(clause));
    // (One that forbids passing it on tells a secret: `禁止外传！内部消息：…`.)
    if heading.is_some_and(|heading| {
        // (`这消息能不准？` asks whether it could be wrong.)
        if is_asking(heading) {
            return false;
        }
        let heading = heading.words.concat();
        // A heading is short, unless it names itself a list: `员工禁止行为清单（节选）：…`.
        let length = heading.chars().count();
        (length <= 6 || length <= 12 && contains_text(&heading, LIST_NOUNS))
            && is_forbidding_heading(&heading)
            && !contains_text(&heading, PASSING_ON)
    }) {
        return true;
    }
    let above = following.iter().position(|clause| !is_item(&clause));
    above.is_some_and(|at| {
        following[at].words.first() == Some(&"以上")
            && is_warned(&following[at].words, &following[at + 1..])
    })
}

/// Nouns by which a heading names what follows as a list.
const LIST_NOUNS: &[&str] = &[
    "清单",
    "事项",
    "行为",
    "条款",
    "守则",
    "准则",
    "红线",
    "禁用词",
];

/// Words that make a quoted keyword before them part of a name: `返点宝`, `飞单侠`.
const NAME_SUFFIXES: &[&str] = &["宝", "侠", "通", "帮", "圈", "王", "君", "哥", "老店"];

/// True when a quoted keyword is part of a name: an app, a game or a product (`“返点宝”APP`,
/// `“飞单侠”那个APP`, `“庄家”是那个游戏的名字`), unless the speaker gives the name
/// (`我们给它起的外号叫“稳赚宝”`, `江湖上叫我“内幕消息王”`).
pub(super) fn is_part_of_name(before: &[&str], after: &[&str]) -> bool {
    if before.iter().any(|word| NAMING.contains(word)) {
        return false;
    }
    after
        .first()
        .is_some_and(|word| NAME_SUFFIXES.contains(word))
        || after.iter().take(3).any(|word| NAMES.contains(word))
}

/// True when a keyword in book-title marks titles a work: a novel, a film, a course
/// (`小说《庄家》`, `《稳赚不赔》这部电影`), which names it rather than says it. A title of the
/// firm's own papers (`《保本理财计划书》发您了`) is read as the rest of the text reads it.
pub(super) fn is_title_of_work(before: &[&str], after: &[&str]) -> bool {
    // The work may be named just before its title: `新开的课叫《…》`.
    before.iter().rev().take(2).any(|word| WORKS.contains(word))
        || after.iter().take(3).any(|word| WORKS.contains(word))
}

/// Works a title may name.
const WORKS: &[&str] = &[
    "小说",
    "书",
    "这本书",
    "那本书",
    // `这|本书`, as jieba may cut it; a guide or a handbook: `《零风险投资指南》这本书`.
    "本书",
    "指南",
    "手册",
    "电影",
    "电视剧",
    "纪录片",
    "剧",
    "话剧",
    "歌",
    "节目",
    "综艺",
    "课",
    "课程",
    "讲座",
    "游戏",
    "这部",
    "那部",
    "这部电影",
    "名著",
];

/// Verbs by which the speaker gives a name.
const NAMING: &[&str] = &["叫", "外号", "号称", "叫做"];

/// Words that name what the quoted keyword belongs to: an app, a shop's sign
/// (`“稳赚小龙虾”的招牌`).
/// A setting's switch or a menu's entry is named too: `“内部消息”提醒开关`.
const NAMES: &[&str] = &[
    "app",
    "名字",
    "小程序",
    "招牌",
    "店名",
    "牌匾",
    "开关",
    "按钮",
    "菜单",
    "栏目",
];

/// How a keyword is named as a word right after it, by its length or as one of a list:
/// `保本两个字`, `保本，这两个字，…`, `内幕消息，庄家，拉升，这几个词，…`.
const WORD_COUNTS: &[&str] = &[
    "两个字",
    "俩字",
    "二字",
    "三个字",
    "四个字",
    "几个字",
    "几个词",
    "两个词",
    "这个词",
    "这些词",
    "这些字",
    "这类词",
    "这种词",
    "这几样",
    "这个字眼",
    "这些字眼",
    // Words of its kind: `拉升啥的话不让说`, `保本之类的话`.
    "啥的话",
    "之类的话",
    "什么的话",
    "这类话",
];

/// How many of `words` (what follows a keyword in its clause, or the clause after a bare
/// keyword) name it as a word by its length or as one of a list: `两个|字`, `这|两个|字`,
/// `这|几个|词`; `None` when they do not open so.
fn word_naming(words: &[&str]) -> Option<usize> {
    let skipped = usize::from(matches!(words.first(), Some(&("这" | "那"))));
    let mut opening = String::new();
    for (taken, word) in words.iter().skip(skipped).take(3).enumerate() {
        opening.push_str(word);
        if WORD_COUNTS.contains(&opening.as_str()) {
            return Some(skipped + taken + 1);
        }
    }
    None
}
