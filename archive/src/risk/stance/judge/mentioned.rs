//! The keyword mentioned rather than said.

use super::*;

/// The keyword mentioned, not said: named as a word, a name, a violation, a kind of risk or
/// document, or what was refused.
pub(super) fn mentioned_not_said(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        mention,
        neighbours,
        before,
        after,
        following,
        ..
    } = *reading;
    // A phrase its clause calls outdated is named, not said: `咯个保本的说法是老早的事了`.
    if matches!(after, ["的", noun, ..] if PHRASE_NOUNS.contains(noun))
        && contains_text(&after.concat(), OUTDATED)
    {
        return decided(Judgement::construct(false));
    }
    // The keyword named as a word is mentioned, not said: ruled out as a word, it is not
    // asserted (`保本两个字不能说`, `保本，这两个字，我从入行第一天起，就没对任何客户说过`), nor is
    // each keyword of a list named so (`内幕消息，庄家，拉升，这几个词，在我们这儿，一律不许出现`).
    // Vouched for as a word, it is (`“零风险”这几个字我敢打包票`): the rest of the reading decides.
    // (Unless what follows says it anyway: `“保本”这俩字我不能说，但我可以说：亏了算我的，懂的都懂`.)
    if is_word_urged(after, following) {
        return decided(Judgement::construct(true));
    }
    if need(is_word_ruled_out(
        &after[mention.listed_after.min(after.len())..],
        before,
        following,
    ))? {
        // (What follows is read before the word is ruled out: the own clause alone does not say.)
        let following = need(following)?;
        // The substance handed over after the word is ruled out is said all the same, whatever
        // reads the word's own clause next: `保本呢两个字我唔写得，但我同你讲，呢只唔会蚀，蚀咗我赔`.
        if hands_over_the_substance(following) {
            return decided(Judgement::construct(true));
        }
        if !is_excepted(before, after, following) {
            return decided(Judgement::construct(false));
        }
    }
    // A quoted option of a quiz that asks which lines break the rules (`下列哪些说法违反规定？A.“这款
    // 零风险” B.“…”`) is an example to judge, not said; so is an option that is the keyword alone
    // (`以下哪种行为属于违规？A.协助客户本人办理 B.代客理财。答案：B`).
    let bare_option = before
        .iter()
        .chain(after)
        .all(|word| is_option_letter(word));
    if (mention.quoted || bare_option)
        && need(neighbours)?
            .preceding
            .iter()
            .rev()
            .take(QUIZ_REACH)
            .any(is_violation_quiz)
    {
        return decided(Judgement::construct(false));
    }
    // A quoted keyword that is part of a name: an app, a game or a product (`“返点宝”APP`); or
    // a title, which a novel, film or course has (`读书会读的是小说《庄家》`).
    if mention.quoted && is_part_of_name(before, after)
        || mention.titled && is_title_of_work(before, after)
    {
        return decided(Judgement::construct(false));
    }
    // The 转 of 跳转 (a link jumps) moves no money: `链接会跳转到我个人名片页`.
    if before.last().is_some_and(|word| word.ends_with('跳'))
        && clause
            .words
            .get(mention.first)
            .is_some_and(|word| word.starts_with('转'))
    {
        return decided(Judgement::construct(false));
    }
    // What fraudsters do to their victims: `老人最容易被骗子要账户密码`.
    if before
        .windows(2)
        .any(|pair| pair[0] == "被" && FRAUDSTERS.contains(&pair[1]))
    {
        return decided(Judgement::construct(false));
    }
    // What the keyword has nothing to do with: `跟我们说的飞单没关系`.
    // Nor does whoever says it: `谁私聊说能返佣都跟本群无关`.
    let whoever = before.first() == Some(&"谁") && contains_text(&after.concat(), UNRELATED);
    let with_nothing = matches!(before.first(), Some(&("跟" | "和" | "与")))
        && after.first().is_some_and(|word| UNRELATED.contains(word));
    if whoever || with_nothing {
        return decided(Judgement::construct(false));
    }
    // A question about a quoted phrase as a phrase asserts nothing: `“帮你操作”这种说法有什么
    // 问题？`.
    // (The quotation may run on over a clause: `“加我私人号，给你内部价”这句话的问题在哪里？`.)
    let phrase_asked =
        |clause: &Clause| is_asking(clause) && contains_text(&clause.words.concat(), PHRASE_NOUNS);
    if mention.quoted
        && (phrase_asked(clause) && contains_text(&after.concat(), PHRASE_NOUNS)
            || following.is_some_and(|following| following.first().is_some_and(phrase_asked)))
    {
        return decided(Judgement::construct(false));
    }
    // The keyword named as a violation: `…以“帮你操作”为名违规代客理财`, `涉嫌代客理财`.
    // So is one named as a pretext: `以保证收益为名的私募产品多数已经暴雷`.
    // So is one a finding names: `结果被认定为代客理财`.
    // (Or what a finding says a third party did: `仲裁裁决书认定原经理私下交易系个人行为`.)
    // One of the cases a report counts: `本季度两起投诉，一起是口头承诺保本，一起是…`.
    if matches!(before, ["一起" | "一例" | "一件" | "其一", "是", ..])
        && need(neighbours)?
            .preceding
            .iter()
            .any(|clause| contains_text(&clause.words.concat(), CASES_COUNTED))
    {
        return decided(Judgement::construct(false));
    }
    let found_to_be = {
        let named = before.concat();
        named.ends_with("认定为")
            || named.ends_with("定性为")
            || before.iter().any(|word| FINDINGS.contains(word)) && has_third_party(before)
    };
    if found_to_be
        || before
            .last()
            .is_some_and(|word| NAMED_VIOLATIONS.contains(word))
        || after.iter().take(2).any(|word| PRETEXTS.contains(word))
    {
        return decided(Judgement::construct(false));
    }
    // The keyword as the kind of a dispute or complaint: `代客理财的纠纷我见多了`.
    if matches!(after, ["的" | "类", noun, ..] if DISPUTES.contains(noun)) {
        return decided(Judgement::construct(false));
    }
    // The keyword as the kind of a risk or problem (`上周会上提到的代客理财风险`), as the name of a
    // column or folder (`OA“内部消息”栏目里有3月排班表`), or as what is inspected (`下月重点查私人
    // 微信营销`).
    // So is one that names a document or record: `账户密码保管告知书签收记录`.
    // (After a person it is the deed: `我昨天那句“…”你截图了吧？`.)
    let document = after.iter().take(2).enumerate().any(|(at, noun)| {
        DOCUMENTS.contains(noun)
            && !(at == 1 && matches!(after[0], "你" | "您" | "我" | "他" | "她"))
    });
    // (Unless the warning is taken back: `飞单风险极高，切勿参与。本人经手之项目另当别论`.)
    // (Past the keywords it is listed with: `散布庄家拉升言论`.)
    let risk_named = after[mention.listed_after.min(after.len())..]
        .first()
        .is_some_and(|noun| RISK_NOUNS.contains(noun));
    if risk_named && is_taken_back(after, need(following)?) {
        return decided(Judgement::construct(true));
    }
    if document
        || risk_named
        || (mention.quoted && after.first().is_some_and(|noun| NAME_NOUNS.contains(noun)))
        || contains_text(&before.concat(), INSPECTIONS)
    {
        return decided(Judgement::construct(false));
    }
    // The keyword is what was refused: `我婉拒了那位大姐的全权委托请求`.
    // A negator before the refusal verb undoes it (`没拒绝返点`); the verb itself (`拒绝`, a
    // negator too) does not.
    // An exception made in the next clauses takes the refusal back: `拒绝承诺保收益是公司规定，
    // 我遵守。但我个人跟您担保：…`.
    let refusal = before.iter().position(|word| REFUSALS.contains(word));
    if refusal.is_some_and(|at| negators_in(&before[..at], false) == 0) {
        let following = need(following)?;
        return decided(Judgement::construct(is_excepted(before, after, following)));
    }
    Continue(())
}

/// How many clauses back a quiz's question may stand from an option: the options before it.
const QUIZ_REACH: usize = 4;

/// A quiz's question asking which lines break the rules: `下列哪些说法违反规定？`,
/// `以下哪种行为属于违规？`.
fn is_violation_quiz(clause: &Clause) -> bool {
    let text = clause.words.concat();
    is_asking(clause)
        && contains_text(
            &text,
            &[
                "哪些",
                "哪个",
                "哪句",
                "哪几",
                "哪种",
                "哪一种",
                "哪项",
                "哪一项",
            ],
        )
        && contains_text(&text, &["违反", "违规", "不合规", "错误"])
}

/// A quiz option's letter, as it is read (folded to lower case): `a`, `b`.
fn is_option_letter(word: &str) -> bool {
    matches!(word, "a" | "b" | "c" | "d" | "e")
}

/// Who defrauds, as the agent of a passive: `被骗子…`.
const FRAUDSTERS: &[&str] = &["骗子", "诈骗分子", "不法分子", "犯罪分子", "坏人"];

/// What a report counts by the case: `两起投诉`.
const CASES_COUNTED: &[&str] = &["投诉", "案例", "事件", "违规", "差错"];
