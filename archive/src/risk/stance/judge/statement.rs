//! Plain statements: no negator before the keyword.

use super::*;

/// A keyword no negator stands before, nor a question, frame or predicate read above: a plain
/// statement, asserted unless warned against.
pub(super) fn unnegated(reading: &Reading, judged_right: bool, supposed: bool) -> Verdict {
    let Reading {
        clause,
        mention,
        words,
        keyword_at,
        before,
        after,
        following,
        ..
    } = *reading;
    // Asking who answers for what goes wrong warns against it: `私下转账出了问题谁负责？`,
    // `把账户密码告诉别人，万一出事谁负责呢？`.
    let next = need(following)?.first();
    let warned = [Some(clause), next]
        .into_iter()
        .flatten()
        .any(|clause| is_asking(clause) && contains_text(&clause.words.concat(), WHO_ANSWERS))
        // Asking where it came from, then warning against it: `内部消息哪里来的？群里转的那些我劝
        // 你一个都莫信`.
        || (is_asking(clause)
            && clause
                .words
                .iter()
                .any(|word| matches!(*word, "哪里" | "哪儿" | "哪来" | "哪来的" | "从哪"))
            && is_warned(&[], need(following)?.get(..1).unwrap_or_default()));
    // Kept on the firm's books, not the speaker's: `我们店返点是公司账上的`.
    if contains_text(&after.concat(), ON_THE_BOOKS) {
        return decided(Judgement::construct(false));
    }
    // Said by mistake, as the rest of the clause owns: `上条消息说能加私人微信是我手快打错了`.
    if !is_asking(clause) && is_slip(after) {
        return decided(Judgement::construct(false));
    }
    // Doing it unseen is doing it, whatever the model makes of the words around:
    // `咱们飞单都走得干干净净`.
    if contains_any(after, &CONCEALMENT_WORDS) {
        return decided(Judgement::construct(true));
    }
    // A loss the keyword is said to rule out, or that cannot happen: `保本不可能亏钱`,
    // `稳赚亏不了`. The rules read the claim; the model may not clear it.
    // So is one the clause calls fine to do: `全权委托畀我哋冇问题`.
    if !warned && !supposed && (rules_out_loss(after) || is_called_fine(clause, after)) {
        return decided(Judgement::construct(true));
    }
    // Urging the reader on, whatever compliance words stand around: `说完了，这款保本的大家冲`;
    // or asking whether it needs thinking over: `稳赚的东西，有没有必要想那么久啦？`.
    let no_need_to_think = || {
        following.and_then(<[Clause]>::first).is_some_and(|next| {
            is_asking(next) && contains_text(&next.words.concat(), NO_NEED_TO_THINK)
        })
    };
    // (The urging may be the next clause: `…下周白银庄家真的要动了，速上车`; not a quotation's own
    // next clause: `“稳赚不赔，您闭眼买”这种说法，是假的`.)
    let urged_next = || {
        !mention.quoted
            && following
                .and_then(<[Clause]>::first)
                .is_some_and(|next| !is_asking(next) && contains_any(&next.words, &URGING))
    };
    if !warned && (contains_any(after, &URGING) || urged_next() || no_need_to_think()) {
        return decided(Judgement::construct(true));
    }
    // What one has, offered in the next clause: `零风险理财我们这边有，您要吗？`.
    if mention.next_asks
        && need(following)?
            .first()
            .is_some_and(|next| contains_text(&next.words.concat(), OFFERS_WANTED))
    {
        return decided(Judgement::construct(true));
    }
    // What the speaker says in place of another word says it: `我不说guarantee，我只说稳赚不赔`.
    if matches!(before, [.., "只说" | "只讲"] | [.., "只", "说" | "讲"]) {
        return decided(Judgement::construct(true));
    }
    // A statement the next clause marks wrong, as a quiz's key does, past the quiz's question
    // and the key's own heading: `员工可以向客户承诺保本。答案：错误。`, `…，对不对？答案：错。`.
    let key = need(following)?
        .iter()
        .take(3)
        .find(|clause| !is_asking(clause) && !is_answer_heading(clause));
    if key.is_some_and(is_marked_wrong) {
        return decided(Judgement::construct(false));
    }
    // Nothing in the clause frames it: a plain statement. A quotation the next clause
    // calls right is the rules' reading (`您发的那篇文章说“这款保本”，写得对`): the model may
    // not clear it; nor the speaker's own set against others (`嫑信短视频上说稳赚的……额这个
    // 私募才是稳赚`), which a warning elsewhere in the message does not undo.
    // Nor the addressee told, at the clause's start, to add the speaker (`好格，侬加我个人号`;
    // `叫你加我个人号的` reports who asks) or to hand the keyword over (`鲁把账户密码给哇`,
    // `你把账户密码给我`).
    // (Or asked to, at the clause's end: `需要找我的请加我个人号`.)
    // (`加我` may stand before the keyword: `你只要加我私人号就不会被骗啦`.)
    let (told, adds_me) = match before {
        [told @ .., "加", "我"] | [told @ .., "加我"] => (told, true),
        told => (told, words[keyword_at].starts_with("加我")),
    };
    let told_to_add_me = adds_me
        && matches!(
            told,
            ["你" | "您"]
                | [
                    "你" | "您",
                    "就" | "先" | "直接" | "可以" | "再" | "只要" | "只需"
                ]
                | [.., "请"]
        );
    let told_to_hand_over = matches!(before, ["你" | "您", "把"])
        && matches!(after, ["给" | "交给" | "发给" | "告诉", "我", ..])
        && negators_in(after, false) == 0;
    // Nor a claim the next clause says to keep quiet about (`我有内幕消息嘛，唔好同人讲`).
    // (Every such clause holds a word opening with `别` or `不`: most next clauses are not
    // joined to be searched.)
    // (Or kept out of the checks: `…可由客户经理加私人微信单线维护，不纳入抽查`.)
    let kept_quiet = following.and_then(<[Clause]>::first).is_some_and(|next| {
        next.words
            .iter()
            .any(|word| word.starts_with(['别', '不', '勿']))
            && (contains_text(&next.words.concat(), KEPT_QUIET)
                || contains_text(&next.words.concat(), CONCEALMENT))
    });
    let judged_right = judged_right
        || is_own_in_contrast(before)
        || told_to_add_me
        || told_to_hand_over
        || kept_quiet;
    decided(Judgement {
        asserted: !warned,
        plain: !warned && !judged_right,
    })
}

/// On the firm's books: a rebate or payment the firm accounts for.
const ON_THE_BOOKS: &[&str] = &["是公司账上的", "走公司账", "入公司账", "公司账上走"];

/// The speaker's own thing set against others' before the keyword (`我们这款才是真的零风险`,
/// `我这边倒是有`), or the addressee sent straight to the speaker (`请直接加我私人微信`, `请直接
/// 交由本人代客理财`).
fn is_own_in_contrast(before: &[&str]) -> bool {
    let own =
        |word: &&str| FIRST_PERSON.contains(word) || matches!(*word, "我这" | "我们这" | "本人");
    before.iter().any(own)
        && before
            .iter()
            .any(|word| matches!(*word, "才" | "才是" | "倒是" | "倒" | "直接"))
}

/// True when the rest of the clause, not asked, calls the keyword fine to do: `…畀我哋冇问题`.
fn is_called_fine(clause: &Clause, after: &[&str]) -> bool {
    let mut rest = after;
    while let [words @ .., last] = rest
        && is_particle(last)
    {
        rest = words;
    }
    match rest {
        [said @ .., "没问题"] | [said @ .., "没有", "问题"] => {
            !is_asking(clause) && negators_in(said, false) == 0
        }
        _ => false,
    }
}
