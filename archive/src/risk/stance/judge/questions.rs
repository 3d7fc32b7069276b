//! Questions: the keyword's own, the addressee's, and the rest, read with their answers.

use super::*;

/// The keyword's own either-or and yes-or-no questions (`保本不保本`, `稳赚不？`) and a boast
/// asked as a question.
pub(super) fn own_question_forms(reading: &Reading, judged_right: bool) -> Verdict {
    let Reading {
        clause,
        mention,
        before,
        after,
        following,
        ..
    } = *reading;
    // `庄家不庄家的我不懂也不聊`: whether it is so or not, the rest of the clause says what the
    // speaker does with it.
    if let Some(either_way) = either_way(&clause.words, mention) {
        let rest = either_way.rest;
        if either_way.nominalised {
            return decided(Judgement::construct(
                denials_in(rest) == 0 && !either_way.unknown,
            ));
        }
        // Without 的, only a denial after it reads it (`拉升不拉升我真不知道`): `保本不保本？` asks,
        // and its answer decides (`您问安泰信托保本不保本？不保本`).
        if denials_in(rest) > 0 || is_denial_predicate_after(rest) {
            return decided(Judgement::construct(false));
        }
        // Unanswered, a quotation the speaker stands by is said: `还记得我说的“这个年金稳赚不赔”
        // 不？我现在还这么说`.
        if is_asking(clause) {
            return decided(Judgement::construct(
                answer(need(following)?).unwrap_or(judged_right || is_stood_by(mention, following)),
            ));
        }
    }
    // `稳赚不？`: the keyword's own yes-or-no question, its 不 asking, not denying.
    if is_asking(clause) && matches!(after, ["不" | "没"] | ["不" | "没", "啊" | "呀" | "嘛"])
    {
        return decided(Judgement::construct(
            answer(need(following)?).unwrap_or(is_stood_by(mention, following)),
        ));
    }
    // A rhetorical question flips its clause's negations, a denial predicate's too
    // (`莫非保本还能有假？` asserts).
    // `有几个人能像我们团队这样稳赚不赔？`: few do as we do, so we do: rhetorical,
    // and not denied.
    if is_asking(clause) && is_boast(before) {
        return decided(Judgement::construct(true));
    }
    Continue(())
}

/// Asking where a guessed thing came from, and whether a negation holds.
pub(super) fn where_from_and_whether(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        words,
        before,
        following,
        ..
    } = *reading;
    // whatever the answer (`还不是老同学在券商`).
    let where_from = matches!(before, [.., "哪来" | "哪来的"] | [.., "哪", "来", "的"]);
    if where_from && before.iter().any(|word| GUESSING.contains(word)) {
        return decided(Judgement::construct(true));
    }
    // What someone else asked about is asked, not said, unless the answer is yes: `有客户问保本的，
    // 你们怎么答？`.
    if matches!(before, [.., "问" | "问起" | "问到" | "询问"]) && has_third_party(before) {
        return decided(Judgement::construct(answer(need(following)?) == Some(true)));
    }
    // Whether a negation holds is a real question, and its answer says whether it does: `贵行是否
    // 禁止私下交易？答：是，员工手册明确禁止`.
    if before.contains(&WHETHER_MARK) && is_asking(clause) {
        let negators = negators_in(words, false);
        if negators > 0 {
            let negated = negators % 2 == 1;
            return decided(Judgement::construct(match answer(need(following)?) {
                Some(holds) => holds != negated,
                None => false,
            }));
        }
    }
    Continue(())
}

/// A question about what the addressee said or asked.
pub(super) fn addressee_questions(reading: &Reading) -> Verdict {
    let Reading {
        clause,
        before,
        after,
        following,
        ..
    } = *reading;
    // Asking about what the addressee said asserts nothing, unless the speaker answers yes
    // (`「梅子：侬讲格内部消息准伐？」…准格！`).
    // So does the addressee's own question about it put back to them: `您问车贷配的保本理财是
    // 什么？`. (Their whether-questions are read with their answers above.)
    let asked_what =
        is_addressee_asking(before) && clause.words.iter().any(|word| WH_WORDS.contains(word));
    if (contains_any(before, &ADDRESSEE_WORDS) || asked_what) && is_asking(clause) {
        let asks_whether = !clause.words.iter().any(|word| WH_WORDS.contains(word));
        let next = need(following)?.get(..1).unwrap_or_default();
        let answered = echoed_answer(after, next).or_else(|| answer(next));
        if asks_whether && answered == Some(true) {
            return decided(Judgement::construct(true));
        }
        return decided(Judgement::construct(false));
    }
    // A supposition that the next clause warns against or mocks: `要是真能包赚，那大家岂不是都
    Continue(())
}

/// A supposition that the speaker has something: `如果我真有…`.
const SUPPOSING_MINE: &[&str] = &["如果我", "要是我", "假如我", "我要是", "我如果", "若我"];

/// Any other question: it asserts what it presupposes or offers, or what its answer says.
pub(super) fn questions(reading: &Reading, judged_right: bool) -> Verdict {
    let Reading {
        clause,
        mention,
        neighbours,
        words,
        framed,
        before,
        after,
        following,
        ..
    } = *reading;
    // Asked whether the addressee believes a source so easily, it is mocked: `别家说保本您就信？`.
    if framed && is_asking(clause) && is_belief_mocked(clause) {
        return decided(Judgement::construct(false));
    }
    // The keyword asked back alone, then supposed had by the speaker, is denied: `内部消息？如果我
    // 真系有，使乜仲喺度返工呀？`.
    if before.is_empty() && after.iter().all(|word| is_particle(word)) && is_asking(clause) {
        let supposed_mine = need(following)?.first().is_some_and(|next| {
            let text = next.words.concat();
            SUPPOSING_MINE
                .iter()
                .any(|opening| text.starts_with(opening))
                && text.contains('有')
        });
        if supposed_mine {
            return decided(Judgement::construct(false));
        }
    }
    // `你说这算不算包赚？` seeks agreement, as a tag question does: yes unless answered no.
    if is_seeking_agreement(before) {
        return decided(Judgement::construct(
            answer(need(following)?).unwrap_or(true),
        ));
    }
    // Asked which one is not, every one is: `您看看过去五年，哪一期不是稳赚？`; unless it is
    // answered with a negator (`哪款产品不保本？都不保本`).
    if is_asking(clause)
        && is_which_not(before)
        && need(following)?
            .first()
            .is_none_or(|next| negators_in(&next.words, false) == 0)
    {
        return decided(Judgement::construct(true));
    }
    // Having it supposed, and asked what would still follow, the speaker has none: `我要有庄家
    // 电话还在这上班？`.
    if is_asking(clause) && is_having_supposed(before) && after.contains(&"还") {
        return decided(Judgement::construct(false));
    }
    // A question whose next clauses hide the deed asks nothing: `私下交易谁知道啊？你不说我不说`,
    // `飞单畀你咪仲抵？我成日都咁做，冇人知㗎`.
    if is_asking(clause)
        && need(following)?
            .iter()
            .take(2)
            .any(|next| !is_asking(next) && contains_any(&next.words, &CONCEALMENT_WORDS))
    {
        return decided(Judgement::construct(true));
    }
    let asking = is_question(words, clause) || words.contains(&WHETHER_MARK);
    // Asking whether the addressee wants what was just named offers it: `飞单还有额度要不要`.
    // Reporting that the addressee asked it offers nothing (`您问账户密码要不要交给我保管？`):
    // the answer decides.
    let offered = is_offering_question(&clause.words[mention.end..])
        || is_offering_before(&clause.words[..mention.first]);
    // (The addressee may be named after the keyword put first: `账户密码您问要不要发我？`.)
    if asking
        && offered
        && !is_addressee_asking(before)
        && !is_addressee_asking(&clause.words[mention.end.min(clause.words.len())..])
    {
        return decided(Judgement::construct(true));
    }
    // A question about something else, that the keyword only describes (`保收益的东西还需要考虑
    // 那么久吗`) or that asks whether the bother is needed (`私下转账还用得着签什么单子吗`),
    // presupposes the keyword.
    // What is still done or minded despite the keyword takes it as given (`零风险还嫌收益低？`,
    // `有内幕消息还走公司通道？`); `保本还有吗`, `还能…吗` ask about it.
    // Asked why the addressee still waits, or how often it must be said, it is urged: `庄家都进场
    // 了你们还观望？`, `庄家要拉升这事你还要我说几遍？`.
    let urged = {
        let text = after.concat();
        contains_text(&text, STILL_WAITING) || contains_text(&text, SAID_AGAIN)
    };
    if is_asking(clause) && urged {
        return decided(Judgement::construct(true));
    }
    let still_despite = matches!(after, ["还", verb, ..] if !STILL_ASKING.contains(verb));
    // What the speaker sent the addressee is given: `我周一发您的那条“内部消息”准不准？`.
    let sent_by_me = || contains_text(&before.concat(), SENT_BY_ME);
    // Asking whether the addressee remembers it presupposes it: `记得我说的那句“保本”吗？`.
    // (`我之前说的“庄家在护盘”你还记得吗？`, `您还记得我说的那句“…”吗？` too.)
    let presupposed = matches!(before, ["记得" | "还记得", ..])
        || (mention.quoted
            && (after.contains(&"记得")
                || before.contains(&"记得")
                || neighbours.is_some_and(|neighbours| {
                    // The quotation's own comma may stand between.
                    neighbours
                        .preceding
                        .last()
                        .is_some_and(|clause| clause.words.contains(&"记得"))
                })))
        || matches!(after, ["的", _noun, _, ..])
        || contains_any(after, &NO_NEED)
        || still_despite
        || (asking && sent_by_me());
    // `哪有什么内幕消息？` denies as it stands: no answer is waited for.
    let denied_as_asked = negators_in(before, true) > negators_in(before, false);
    if asking && !presupposed && !denied_as_asked {
        // Unanswered, a question asserts nothing, unless it offers the speaker's own doing:
        // `要不要我帮你操作？`, `需要我帮你操作吗？`.
        // A request tagged `好不好` asks only to be agreed to: `亲加一下小客服的私人微信好不好呀？`.
        let offered = is_offered_by_speaker(&clause.words[..mention.first.min(clause.words.len())])
            || is_asking_leave_to_add(before)
            || is_tagged_request(after)
            // (jieba may cut the tag `好|吗`: `这个理财yyds，稳赚好吗`, said to insist.)
            || (negators_in(before, false) == 0 && matches!(after, [.., "好" | "行", "吗"]));
        // Asked what is wrong with it, nothing is: `私人微信加一个咋地了？`.
        if asks_what_is_wrong(after) {
            return decided(Judgement::construct(true));
        }
        // Asked what the deed may bring, a no says go ahead: `私下转账会不会被查？不会的`.
        let harm = asks_about_harm(after);
        let following = need(following)?;
        let echoed = clause
            .words
            .get(mention.end..)
            .and_then(|after| echoed_answer(after, following))
            .or_else(|| {
                let unquoted = before.len().saturating_sub(mention.quoted_before);
                echoed_deed_answer(&before[..unquoted], following)
            });
        // Reassured after, the question was the speaker's promise: `返点我会得少侬伐？放心好了`.
        if following.first().is_some_and(is_reassurance) {
            return decided(Judgement::construct(true));
        }
        let answered = echoed.or_else(|| answer(following)).map(|yes| yes != harm);
        // Asked whether saying so goes too far, it does not, unless answered that it does.
        if asks_whether_overstated(after) {
            return decided(Judgement::construct(answered != Some(true)));
        }
        // A yes that names the official thing is no violation: `有冇返点？有，系银行官方嘅消费
        // 回赠，系统自动入返你张卡`.
        // (Not an official answer beside a private one: `官方回答是不能，私下回答是：找我`.)
        let official = || {
            following.iter().take(2).any(|clause| {
                let text = clause.words.concat();
                contains_text(&text, OFFICIAL) && !contains_text(&text, ANSWERS_GIVEN)
            })
        };
        if answered == Some(true) && !harm && official() {
            return decided(Judgement::construct(false));
        }
        // Asked whether it is not better, it is suggested: `您说私人号上找我是不是更快？`; not
        // when the addressee asked it (`您问转到我个人账户是不是更快？`).
        let suggested = !is_addressee_asking(before) && asks_whether_better(after);
        // (`remember我上次说的“…稳赚不赔”？我stand by这句话`: a quotation stood by.)
        return decided(Judgement::construct(answered.unwrap_or(
            offered || suggested || judged_right || is_stood_by(mention, Some(following)),
        )));
    }
    // Any other question, the presupposing ones too, that the next clause answers no:
    // `私下交易出了事谁负责？所以我们从来不做`, `真有内幕消息的人会随便告诉您吗？别信这些`.
    if is_asking(clause) && answer(need(following)?) == Some(false) {
        return decided(Judgement::construct(false));
    }
    Continue(())
}

/// A request closed by a tag asking agreement: `…的私人微信好不好呀？`, `…行不行？`.
fn is_tagged_request(after: &[&str]) -> bool {
    let after = match after {
        [rest @ .., last] if is_particle(last) => rest,
        _ => after,
    };
    matches!(
        after.last(),
        Some(&("好不好" | "好吗" | "行不行" | "行吗" | "好伐"))
    )
}

/// The words before a keyword offer the speaker's doing of it, or the speaker's own thing:
/// `要不要|我|帮你操作`, `需要|我|…`, `要|不要|我|…`, Wu `阿|要|加|我|私人号`.
fn is_offered_by_speaker(before: &[&str]) -> bool {
    let Some(me) = before.iter().rposition(|word| *word == "我") else {
        return false;
    };
    if me + 2 < before.len() {
        return false;
    }
    // The offer's whether-word, right before 我 or before one verb before it.
    let asked = |words: &[&str]| {
        matches!(
            words,
            [.., "要不要" | "需要" | "需不需要" | "用不用"]
                | [.., "要", "不要"]
                | [.., "需", "不需要"]
                | [.., "阿", "要"]
        )
    };
    asked(&before[..me]) || me >= 1 && asked(&before[..me - 1])
}

/// The speaker asking leave to add the addressee's account: `可以加您私人微信吗？`,
/// `我能不能加你私人号？`, which asks for it as an offer does.
fn is_asking_leave_to_add(before: &[&str]) -> bool {
    matches!(
        before,
        [
            ..,
            "可以" | "能" | "能不能" | "可不可以" | "方便",
            "加",
            "您" | "你"
        ]
    )
}

/// What the firm itself runs, by its own channel: `银行官方的消费回赠`, `系统自动返`.
const OFFICIAL: &[&str] = &["官方", "系统自动"];

/// Answers as such, which may be official only in name.
const ANSWERS_GIVEN: &[&str] = &["回答", "答案", "说法", "口径"];

/// `哪一期不是`, `哪个不是`, `哪款产品不`: which one (of them) is not, right before the keyword.
fn is_which_not(before: &[&str]) -> bool {
    // (`哪期没保本？` too.)
    let [rest @ .., "不是" | "不" | "没" | "没有"] = before else {
        return false;
    };
    rest.iter()
        .rev()
        .take(3)
        .position(|word| word.starts_with('哪'))
        .is_some_and(|at| negators_in(&rest[rest.len() - at..], false) == 0)
}

/// Asking whether it is not better: `…是不是更快？`.
fn asks_whether_better(after: &[&str]) -> bool {
    after.windows(2).any(|pair| {
        matches!(pair, [whether, better]
            if (*whether == WHETHER_MARK || *whether == "是不是") && better.starts_with('更'))
    })
}

/// A quotation the next clauses stand by in the first person, unasked: `我现在还这么说`,
/// `我stand by这句话`.
fn is_stood_by(mention: &Mention, following: Option<&[Clause]>) -> bool {
    mention.quoted
        && following.is_some_and(|following| {
            following.iter().take(2).any(|clause| {
                // (In the first person: a quiz's option `A 放心吧没问题` stands by nothing.)
                !is_asking(clause)
                    && clause.words.iter().any(|word| FIRST_PERSON.contains(word))
                    && stands_by(&clause.words.concat())
            })
        })
}

/// A clause that only reassures the addressee: `放心好了`, `您放心`.
fn is_reassurance(clause: &Clause) -> bool {
    let text = clause.words.concat();
    REASSURANCES.contains(&text.trim_end_matches(FINAL_PARTICLES))
}

const REASSURANCES: &[&str] = &[
    "放心",
    // (`放心好了` with its 了 trimmed.)
    "放心好",
    "放心吧",
    "你放心",
    "您放心",
    "尽管放心",
    "放一百个心",
];

/// Asking how often it must be said: `…你还要我说几遍？`.
const SAID_AGAIN: &[&str] = &["说几遍", "讲几遍", "说多少遍", "讲多少遍", "说几次"];
