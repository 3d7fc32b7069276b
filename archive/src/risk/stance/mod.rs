//! What a sentence does with a keyword it mentions: asserts it (`这款理财保本`), or denies,
//! forbids, asks about, warns against or reports it (`本产品不保本`, `公司严禁飞单`,
//! `客户问能不能保本，我明确告诉他不能`, `网上流传的内幕消息都是骗局`,
//! `如果有人让您“私下转账”，请直接向公司投诉`).
//!
//! The judgement reads the keyword's clause and its neighbours as jieba words, in this order:
//! 1. **Reported speech**: a quoted keyword that a third party said (`有人说「保本」`) or that a
//!    warning follows (`…“保本”，内容完全不可信`) is reported, not asserted. Unquoted, it takes
//!    both a third-party frame and a warning.
//! 2. **Denial predicates** closing the clause deny the subject they are said of, however long
//!    it is (`网上宣传保本的理财都是骗局`, `承诺保本是违规的`, `承诺保本这个我做不了`); a
//!    clause that is only the keyword as a topic takes the predicate of the next clause
//!    (`所谓保本，根本不可信`). A negated predicate affirms (`保本是真的，不是谣言`).
//! 3. **Questions**: a rhetorical question asserts the opposite of what it says, so its
//!    negations are counted over the whole clause and flipped (`这不就是保本吗`,
//!    `谁说不能保本`, `为什么不加我私人号呢`, `难道您真信有人能保本吗` denies). A real
//!    question (`吗`, `？`, `能不能`, `是否`) asserts nothing by itself: its answer in the next
//!    clauses decides (`…？其实不能`, `…，我说当然能`), and without one it is honest.
//! 4. **Negation** before the keyword ([`negation`](super::negation)): an odd number of
//!    negators in its scope denies (`不是不能保本` asserts). A denial by a third party that the
//!    speaker then contradicts asserts (`别家不提供保本服务，我们提供`).
//!
//! Every list holds simplified, case-folded forms, as the scanned text has them. Multi-word
//! markers are matched on consecutive words, so `别的机构` matches `别的|机构`.

mod denial;
mod dialect;
mod exception;
mod lexicon;
mod markers;
mod named;
mod question;
mod sense;
mod speech;
#[cfg(test)]
mod tests;

pub(crate) use dialect::{as_mandarin, words_to_segment as dialect_words_to_segment};

use super::negation::{is_english_negation, is_rhetorical_negator, negation_in_scope, negators_in};
use denial::{
    denials_in, either_way, is_defined, is_denial_predicate_after, is_topic_only, rules_out_loss,
};
use exception::{
    CONCEALMENT, CONCEALMENT_WORDS, REFUSALS, RENAMINGS, hands_over_the_substance, is_contradicted,
    is_cover_story, is_deferred, is_excepted, is_lament, is_reversed, is_taken_back,
    is_told_to_say, is_winked_at, names_exception,
};
use lexicon::{
    CAUGHT, COULD_BE_FALSE, DECEIVING, DEFENCES, DISPUTES, DOCUMENTS, FINDINGS,
    FORBIDDING_HEADINGS, GUESSING, INSPECTIONS, KEPT_QUIET, NAME_NOUNS, NAMED_VIOLATIONS, OUTDATED,
    OWN_SERVICE, PASSING_ON, PHRASE_NOUNS, PRETEXTS, PROHIBITING_MODALS, RETORTS, RISK_NOUNS,
    SENT_BY_ME, STILL_ASKING, UNRELATED, UNWILLING, URGING, WHO_ANSWERS, WORD_NOUNS,
    is_answer_heading, is_forbidding_heading, is_keyed_wrong, is_marked_wrong, is_rule_on_persons,
};
use markers::{FINAL_PARTICLES, contains_any, contains_text, is_particle};
use named::{
    is_item_under_rule, is_part_of_name, is_title_of_work, is_word_ruled_out, is_word_urged,
};
use question::{
    CONDITIONALS, NO_MORE_WORK, NO_NEED, NO_NEED_TO_THINK, OFFERS_WANTED, RHETORICAL_MARKERS,
    WH_WORDS, WHETHER_MARK, WHY, answer, answer_not_restating, asks_about_harm, asks_what_is_wrong,
    asks_whether_overstated, drop_tag_question, echoed_answer, echoed_deed_answer,
    is_answered_there_is, is_asked_yes_or_no, is_asking, is_bare_yes, is_boast, is_explained,
    is_having_supposed, is_mocked_in_place, is_negated_adjective, is_offering_before,
    is_offering_question, is_question, is_retort, is_rhetorical, is_seeking_agreement,
    is_turned_down_later, is_who_ever, is_who_was_not_hurt, is_who_would_not, negated_knowing,
    opens_with_reason, without_whether,
};
use sense::is_in_other_sense;
pub(crate) use sense::{has_other_senses, sets_other_sense};
pub(crate) use speech::is_addressee_saying;
use speech::{
    ADDRESSEE_WORDS, ASKING_WHETHER, FIRST_PERSON, OTHERS, asks_whether, has_addressee_words,
    has_third_party, is_addressee_asking, is_belief_mocked, is_endorsed, is_hearsay,
    is_judged_right, is_likened_next, is_negator_typed_too_many, is_owned, is_reported,
    is_reported_request, is_restricted_saying, is_retracted, is_said_of_deposits,
    is_sayers_condemned, is_sayers_endorsed, is_slip, is_slipped_out, is_warned, is_warned_within,
    is_whoever_condemned, stands_by,
};

/// One clause of the text around a keyword: its words, and whether a question mark closed it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Clause<'t> {
    pub words: Vec<&'t str>,
    pub question_mark: bool,
}

impl Clause<'_> {
    /// True when the clause holds only a filler of voice input or hesitant chat (`那个`,
    /// `就是说`) or a list item's number (`1.`), which says nothing the readings should look at.
    pub fn is_filler(&self) -> bool {
        if let [number] = self.words.as_slice()
            && number.len() <= 2
            && number.bytes().all(|byte| byte.is_ascii_digit())
        {
            return true;
        }
        !self.question_mark
            && !self.words.is_empty()
            && self
                .words
                .iter()
                .all(|word| FILLERS.contains(word) || is_particle(word))
    }
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

/// English verbs of refusing.
const ENGLISH_REFUSALS: &[&str] = &["decline", "refuse", "reject"];

/// Asking why, of giving something up: `稳赚的路子干嘛要换？`.
const WHY_GIVE_UP: &[&str] = &["干嘛", "干吗", "为什么", "为啥", "何必"];

/// Giving up what one holds.
const GIVING_UP: &[&str] = &["换", "放弃", "卖掉", "撤", "撤出", "换掉", "丢掉"];

/// A clause's text that only fills a pause (`那个`, `嗯`), which the readings look past.
/// (`嗯` is no filler where it may answer; between a saying and what was said it answers
/// nothing.)
pub(crate) fn is_pause(text: &str) -> bool {
    FILLERS.contains(&text) || is_particle(text) || matches!(text, "嗯" | "嗯嗯" | "啊")
}

/// Words that fill a pause: `那个`, `就是说`, `怎么说呢`. (`嗯` may answer yes, so it is none.)
const FILLERS: &[&str] = &[
    "那个",
    "这个",
    "就是说",
    "就是",
    "然后",
    "呃",
    "额",
    "那啥",
    "那什么",
    "怎么说",
    "怎么说呢",
];

/// Where the keyword stands in its clause, `words[first..end]`, and whether it was typed inside
/// quotation marks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mention {
    pub first: usize,
    pub end: usize,
    pub quoted: bool,
    /// Inside book-title marks (`《庄家》`): the title of a work, or of a document.
    pub titled: bool,
    /// How many words before the keyword stand inside its quotation (`“要|不|私下交易”`: 2).
    pub quoted_before: usize,
    /// The clause before ended with a colon: this one spells out what it announced
    /// (`这种事我绝对不干：许诺客户保本`).
    pub after_colon: bool,
    /// The clause before ended with an exclamation mark: it may be a bare prohibition of this
    /// one (`禁止！禁止！私下转账，重要的事说三遍`).
    pub after_exclamation: bool,
    /// The clause after ends with a question mark: it may ask whether the addressee wants what
    /// this one has (`零风险理财我们这边有，您要吗？`).
    pub next_asks: bool,
    /// How many words right after the keyword are other keywords it is listed with
    /// (`返佣|返点|这些我们一律不许做`): a predicate after the list is said of each.
    pub listed_after: usize,
    /// How many words right before the keyword are other keywords it is listed with
    /// (`无|返佣|、返点类投诉`): a negator before the list denies each.
    pub listed_before: usize,
    /// Inside a message quoted with its sender's name, as WeCom shows the message a reply quotes
    /// (`「王建国：你的私人微信是多少」` and a line of dashes), or inside another speaker's turn of
    /// a pasted dialogue (`「甲：…乙：…」`): that sender's words, framed as a third party's are.
    pub sender_named: bool,
    /// The clause before places the keyword in another sense than the rule's (`赶飞机的注意，起飞
    /// 拉升那阵…`): see `sense.rs`.
    pub other_sense_before: bool,
    /// The clause before, past pauses, is only the addressee's saying (`你说，嗯，私下转账给我`):
    /// the keyword's clause is their words.
    pub after_addressee_saying: bool,
}

/// The clauses around a mention's own, when they have been read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Neighbours<'c, 't> {
    pub preceding: &'c [Clause<'t>],
    pub following: &'c [Clause<'t>],
}

/// True when the sentence around `mention` (in `clause`) asserts the keyword; `None` when that
/// depends on the neighbouring clauses and they were not given. Most mentions are plain
/// statements (no quotation, third party, topic, question or contradicted denial) and are
/// judged from their own clause, so the neighbours need not be segmented.
pub(crate) fn is_asserted(
    clause: &Clause,
    mention: &Mention,
    neighbours: Option<Neighbours>,
) -> Option<Judgement> {
    let (mut words, keyword_at, keyword_end) = without_whether(clause, mention);
    drop_tag_question(&mut words, keyword_end);
    // 嘛 after a clause with no negator before the keyword insists or explains, it does not ask
    // (`返佣这种东西我们这边没有嘛`, `…的不是我嘛`): only `不就是保本嘛` is a question.
    if words.last() == Some(&"嘛") && negators_in(&words[..keyword_at], false) == 0 {
        words.pop();
    }
    let keyword_end = keyword_end.min(words.len());
    // A keyword of more than one sense is read in the sense its clause, or the one before, sets
    // (`K歌之夜有人玩骰子坐庄家`, `赶飞机的注意，起飞拉升那阵耳朵疼`).
    // (The keyword's words, not joined: this runs for every hit.)
    let keyword = &words[keyword_at.min(keyword_end)..keyword_end];
    if is_in_other_sense(&words, keyword, mention.other_sense_before) {
        return Some(Judgement::construct(false));
    }
    let before = &words[..keyword_at];
    // A password said to stay with its owner is kept, not asked for: `账户密码只有你本人知道`,
    // `账户密码由本人设置`.
    if keyword.iter().any(|word| word.contains("密码"))
        && matches!(
            &words[keyword_end..],
            ["只有" | "只能" | "仅" | "只" | "仅限" | "由", owner, ..]
                if matches!(*owner, "你" | "您" | "本人" | "自己" | "你自己" | "您自己" | "你本人" | "您本人" | "客户本人")
        )
    {
        return Some(Judgement::construct(false));
    }
    // A customer relationship handed over to the speaker moves no money: `您的客户关系转到我个人
    // 名下跟进`.
    if keyword.first().is_some_and(|word| word.starts_with('转'))
        && contains_text(&words[..keyword_at].concat(), RELATIONSHIPS)
    {
        return Some(Judgement::construct(false));
    }
    // Hoped for as the most to expect, or wished, it is not promised: `礼金能保本就不错了`,
    // `也祝你们办酒能保本`.
    let wished = before.iter().any(|word| word.starts_with('祝'));
    if matches!(before, [.., "能" | "能够"])
        && (wished
            || matches!(
                &words[keyword_end..],
                [
                    "就",
                    "不错" | "谢天谢地" | "烧高香" | "万幸" | "知足" | "阿弥陀佛",
                    ..
                ]
            ))
    {
        return Some(Judgement::construct(false));
    }
    // What the speaker has no way to say is not said: `我没有办法说这张单保本`, in Cantonese `我冇
    // 办法话呢张单保本`.
    if is_unsayable(before) {
        return Some(Judgement::construct(false));
    }
    let framed = has_third_party(before)
        || has_addressee_words(before)
        || mention.sender_named
        || is_hearsay(before);
    let asserted = judge_clause(
        clause,
        mention,
        neighbours,
        &words,
        keyword_at,
        keyword_end,
        framed,
    )?;
    // A quoted phrase the next clauses call outdated, or unrelated to the business, is named, not
    // said: `老姐妹讲“银行理财都保本”，那是老黄历了`, `邮件里写“返点政策另行通知”，…，跟理财无关`.
    if asserted.asserted
        && mention.quoted
        && neighbours.is_some_and(|neighbours| {
            neighbours
                .following
                .iter()
                .take(2)
                .any(|clause| is_dismissal(&clause.words))
        })
    {
        return Some(Judgement::construct(false));
    }
    if !asserted.asserted || mention.quoted || framed {
        return Some(asserted);
    }
    // An unquoted claim the clause before attributes to a third party, with a warning after it:
    // `网上有人说，这个产品保本，千万别信`.
    let neighbours = neighbours?;
    // (Others not to be told are no source: `不过别跟别人说，…`.)
    // The source may stand two clauses back, as a forwarded record's speaker does (`[聊天记录]
    // 某老师：跟我做，包赚，零风险。——…全是骗人的话术`), and the warning three clauses on.
    // (Not past a clause spoken to the addressee: `最近网上骗子多，你自个儿操作不放心，干脆全权
    // 委托给我`.)
    let reach = match neighbours.preceding.last() {
        Some(last) if last.words.iter().any(|word| matches!(*word, "你" | "您")) => 1,
        _ => 2,
    };
    let attributed = neighbours.preceding.iter().rev().take(reach).any(|clause| {
        has_third_party(&clause.words) && !contains_text(&clause.words.concat(), KEPT_QUIET)
    });
    // What the addressee is told to keep to only is the speaker's own word, not the source's:
    // `公司那个号被骗子学走了，你以后只加我个人号，其他都不要信`; nor what it is enough to do:
    // `有人假冒我，你只要加我私人号就不会被骗啦`.
    // So is what the speaker tells the addressee to do to stay safe (`为防冒充，请大家都加我私人微信`)
    // or to hold to (`…，认准这一个就不会被骗`).
    let guarded = neighbours.preceding.last().is_some_and(|last| {
        let text = last.words.concat();
        PURPOSES_OF_SAFETY
            .iter()
            .any(|purpose| text.starts_with(purpose))
    }) || neighbours
        .following
        .first()
        .is_some_and(|next| next.words.first() == Some(&"认准"));
    let only = guarded
        || words[..keyword_at]
            .iter()
            .any(|word| matches!(*word, "只" | "只能" | "就只") || is_enough_if(word));
    // (Nor is a question that vouches for the claim a warning: `…全权委托给我，还能让您吃亏咧？`.)
    let vouched = neighbours.following.first().is_some_and(|next| {
        is_asking(next) && contains_text(&next.words.concat(), NO_NEED_TO_THINK)
    });
    // (Nor is the speaker's own word to the addressee a source's: `老人家最怕被骗子套账户密码。
    // 干脆把账户密码放我这，我帮你操作着，骗子就无从下手了`.)
    if attributed
        && !only
        && !vouched
        && !is_own_word(&words)
        && is_warned_within(&words[keyword_end..], neighbours.following, 3)
    {
        return Some(Judgement::construct(false));
    }
    // A sale announced is the speaker's own offer, whatever warning came before it: `警惕“保本
    // 高息”骗局！本群专属福利：周四下午开售保本型产品`.
    // So is a private channel of the speaker's offered (`想要内部消息的来我小群`, `…，找我们的助理小号`),
    // in the clause or the next, and the thing done for the addressee in the next, undenied
    // (`…，钱我替你管`, `…，由坐席代为理财`).
    let offered = |words: &[&str]| {
        let text = words.concat();
        contains_text(&text, SALE_ANNOUNCED)
            || (text.contains('我') && contains_text(&text, PRIVATE_CHANNELS))
    };
    let done_for = |next: &Clause| {
        negators_in(&next.words, false) == 0
            && contains_text(&next.words.concat(), DONE_FOR_THE_ADDRESSEE)
    };
    if asserted.plain
        && asserted.asserted
        && (here_or_next(&words, neighbours.following, offered)
            || neighbours.following.first().is_some_and(done_for))
    {
        return Some(Judgement::construct(true));
    }
    // The speaker's own word ends a warning's reach: what was warned against before is someone
    // else's, what the speaker then says in the first person to the addressee, beckons the
    // addressee to, or the speaker's firm announces is the speaker's (`最近冒充客服的骗子多，
    // 我这边直接帮你操作`, `…，想要内部消息的来我小群`, `…。本公司推出的…为零风险产品`), in the
    // keyword's clause or the next. The model, which reads the warning, may not clear it.
    if asserted.plain
        && asserted.asserted
        && here_or_next(&words, neighbours.following, is_own_word)
        && neighbours
            .preceding
            .iter()
            .any(|clause| speech::warns(&clause.words))
    {
        return Some(Judgement::construct(true));
    }
    Some(asserted)
}

/// A list's words renamed in the next clauses to say the same: `禁用词：保本、稳赚。替代话术：
/// “本金历史上从未损失过”——效果一样`. The words are said after all.
fn is_renamed_later(following: &[Clause]) -> bool {
    following
        .iter()
        .take(RENAMING_REACH)
        .any(|clause| contains_text(&clause.words.concat(), RENAMINGS))
}

/// How many clauses after a listed keyword a renaming of the list's words may stand.
const RENAMING_REACH: usize = 4;

/// The speaker's own word: the speaker in the first person speaking to the addressee (`我帮你…`)
/// or beckoning (`来我小群`, `找我们的助理`), or the speaker's firm speaking (`本公司推出的…`).
fn is_own_word(words: &[&str]) -> bool {
    if contains_text(&words.concat(), OWN_FIRMS) {
        return true;
    }
    if !words.iter().any(|word| is_speaker(word)) {
        return false;
    }
    // (The addressee may stand inside the keyword itself: `由我帮你操作`.)
    let addressed = contains_text(&words.concat(), ADDRESSEES);
    let beckoned = words
        .windows(2)
        .any(|pair| BECKONING.contains(&pair[0]) && is_speaker(pair[1]));
    addressed || beckoned
}

/// The speaker, in the first person (dialect forms come here as Mandarin: `dialect.rs`).
fn is_speaker(word: &str) -> bool {
    FIRST_PERSON.contains(&word) || word == "本人"
}

/// Whom the speaker's own word is addressed to: `我帮你…`, `我给各位…`.
const ADDRESSEES: &[&str] = &["你", "您", "各位", "家人们"];

/// Verbs that beckon the addressee to the speaker: `来我小群`, `私我`, `联系我`.
const BECKONING: &[&str] = &["来", "找", "加", "私", "私聊", "联系", "进"];

/// The speaker's firm, naming itself: `本公司推出的…`.
const OWN_FIRMS: &[&str] = &["本公司", "我司", "本行", "我行", "本平台", "我们公司"];

/// `before` ends with a saying the speaker has no way to make, and nothing denies again after it:
/// `没有办法|说|这|张|单`, `没有|办法|说` (Cantonese `冇办法话`, read as Mandarin).
fn is_unsayable(before: &[&str]) -> bool {
    let Some(saying) = before
        .iter()
        .rposition(|word| matches!(*word, "说" | "讲" | "话"))
    else {
        return false;
    };
    let no_way = matches!(
        &before[..saying],
        [.., "没办法" | "没有办法" | "没法"] | [.., "没有" | "没" | "冇", "办法"]
    );
    no_way && negators_in(&before[saying + 1..], false) == 0
}

/// `after` asks how a loss could happen, which says it cannot: `…怎么会亏？`, `…哪能亏`.
fn asks_how_it_could_lose(after: &[&str]) -> bool {
    after.iter().enumerate().any(|(at, word)| {
        denial::LOSSES.contains(word)
            && matches!(
                &after[..at],
                [.., "怎么会" | "怎么可能" | "哪会" | "哪能" | "怎会"]
                    | [.., "怎么" | "哪", "会" | "能" | "可能"]
            )
    })
}

/// `test` holds for `here` (the clause, or its words around the keyword) or for the clause after
/// it: what the speaker offers or praises may follow the keyword's clause.
fn here_or_next(here: &[&str], following: &[Clause], test: impl Fn(&[&str]) -> bool) -> bool {
    test(here) || following.first().is_some_and(|next| test(&next.words))
}

/// Words announcing a sale or a members' offer.
const SALE_ANNOUNCED: &[&str] = &["开售", "发售", "专属福利", "限时福利", "联系群主"];

/// A private channel of the speaker's, beside 我: `来我小群`, `找我们的助理小号`.
const PRIVATE_CHANNELS: &[&str] = &["小号", "小群", "私群"];

/// What the speaker does for the addressee with the addressee's money or account.
const DONE_FOR_THE_ADDRESSEE: &[&str] = &[
    "代为理财",
    "代为操作",
    "代为下单",
    "替你管",
    "帮你管",
    "替您管",
    "帮您管",
];

/// Clauses that say what the next is for, keeping the addressee safe: `为防冒充，…`.
const PURPOSES_OF_SAFETY: &[&str] = &["为防", "为了防止", "为防止", "以防", "为避免", "为了避免"];

/// A clause after a quoted phrase that dismisses it: outdated (`那是老黄历了`) or unrelated
/// (`跟理财无关`).
fn is_dismissal(words: &[&str]) -> bool {
    let text = words.concat();
    let text = text.trim_end_matches(FINAL_PARTICLES);
    let outdated = ["那是", "这是", "那都是", "这都是", "早就是"]
        .iter()
        .any(|opening| text.starts_with(opening))
        && contains_text(text, OUTDATED);
    let unrelated = ["跟", "和", "与"].iter().any(|with| text.starts_with(with))
        && UNRELATED.iter().any(|unrelated| text.ends_with(unrelated));
    outdated || unrelated
}

/// What the rule reading made of a keyword occurrence, and whether only the plain reading
/// decided: no construction (question, rhetoric, quotation, refusal, report, heading …) framed
/// it, so the keyword is asserted unless a negator in scope denies it. The clause model may
/// overturn plain readings only ([`clause_model`](super::clause_model)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Judgement {
    pub asserted: bool,
    pub plain: bool,
}

impl Judgement {
    fn construct(asserted: bool) -> Judgement {
        Judgement {
            asserted,
            plain: false,
        }
    }
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

/// True when one of the next four clauses says `keyword` (its words) again, denied:
/// `…，它不保本`, `…没有稳赚的`.
fn is_denied_later(keyword: &[&str], following: &[Clause]) -> bool {
    if keyword.is_empty() {
        return false;
    }
    following.iter().take(4).any(|clause| {
        clause
            .words
            .windows(keyword.len())
            .position(|window| window == keyword)
            .and_then(|at| negation_in_scope(&clause.words[..at]))
            .is_some_and(|negation| negation.count % 2 == 1)
    })
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

/// How many clauses back a quiz's question may stand from an option: the options before it.
const QUIZ_REACH: usize = 4;

/// A quiz's question asking which lines break the rules: `下列哪些说法违反规定？`.
fn is_violation_quiz(clause: &Clause) -> bool {
    let text = clause.words.concat();
    is_asking(clause)
        && contains_text(&text, &["哪些", "哪个", "哪句", "哪几"])
        && contains_text(&text, &["违反", "违规", "不合规", "错误"])
}

/// A clause opening on a list's ordinal: `二|额外|给|返点` (`二、额外给返点`), `2|…`.
fn is_numbered_item(words: &[&str]) -> bool {
    words.first().is_some_and(|first| is_ordinal(first)) && words.len() > 1
}

/// A list's ordinal: `二`, `第三`, `2`.
fn is_ordinal(word: &str) -> bool {
    ORDINALS.contains(&word) || (word.len() == 1 && word.as_bytes()[0].is_ascii_digit())
}

/// Chinese list ordinals.
const ORDINALS: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "第一", "第二", "第三", "第四",
];

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

/// Asking what the addressee still waits for: `你等什么？`, `还犹豫啥？`.
const WAITING_FOR: &[&str] = &["等什么", "等啥", "还等", "犹豫什么", "犹豫啥", "还犹豫"];

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

/// `只要`, `只需`: what follows is enough for what comes after 就.
fn is_enough_if(word: &str) -> bool {
    matches!(word, "只要" | "只需" | "只需要")
}

/// A clause that only declines an offer: `不用`, `真不用`, `不必了`.
fn is_bare_decline(clause: &Clause) -> bool {
    let text = clause.words.concat();
    DECLINES.contains(&text.trim_end_matches(FINAL_PARTICLES))
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

/// True when `after` closes on the speaker taking it on: `这种事我来`.
fn is_taken_on(after: &[&str]) -> bool {
    let rest = after.concat();
    let rest = rest.trim_end_matches(FINAL_PARTICLES);
    TAKEN_ON.iter().any(|taken_on| rest.ends_with(taken_on))
}

/// What the speaker takes on, closing the clause: `这种事我来`.
const TAKEN_ON: &[&str] = &["我来", "包在我身上"];

/// What is handed from one member of staff to another: the customer, not the money.
const RELATIONSHIPS: &[&str] = &[
    "客户关系",
    "服务关系",
    "维护关系",
    "对接关系",
    "客户档案",
    // A claim's case: `这个案子上周已经转到我个人负责了`.
    "案子",
    "案件",
];

/// A clause that rules a loss out: `暴不了`, `亏不了的`, `绝对赔不了`.
fn is_harm_ruled_out(words: &[&str]) -> bool {
    let end = words
        .iter()
        .rposition(|word| !is_particle(word))
        .map_or(0, |last| last + 1);
    matches!(&words[..end], [.., harm, "不了"] if HARMS.contains(harm))
}

/// Losses a claim of safety rules out.
const HARMS: &[&str] = &[
    "暴", "爆", "亏", "赔", "跌", "亏本", "赔本", "跑路", "出事", "损失", "暴雷", "爆雷",
];

/// English words that condemn what they are said of.
const ENGLISH_CONDEMNATIONS: &[&str] = &["scam", "scams", "fraud", "frauds", "illegal", "fake"];

/// Concessive conditionals: even if, even once.
const EVEN_IF: &[&str] = &[
    "哪怕", "即使", "就算", "即便", "纵然", "纵使", "不管", "无论", "不论",
];

/// [`is_asserted`] on the clause with its whether-questions taken out (`words`, the keyword at
/// `words[keyword_at..keyword_end]`), before a claim attributed in the clause before is
/// considered.
fn judge_clause(
    clause: &Clause,
    mention: &Mention,
    neighbours: Option<Neighbours>,
    words: &[&str],
    keyword_at: usize,
    keyword_end: usize,
    framed: bool,
) -> Option<Judgement> {
    let before = &words[..keyword_at];
    let after = &words[keyword_end..];
    let following = neighbours.map(|neighbours| neighbours.following);

    // What the addressee handed over, asked why: `潘总你把账户密码发过来干嘛呀`.
    if matches!(before, [.., "你" | "您", "把"])
        && after
            .iter()
            .any(|word| matches!(*word, "干嘛" | "干什么" | "做什么" | "干啥"))
    {
        return Some(Judgement::construct(false));
    }
    // Said by a slip of the tongue, and so taken back: `刚才说漏嘴讲了保本，我更正：这款不保本`.
    if !mention.quoted && is_slipped_out(before) {
        return Some(Judgement::construct(false));
    }
    // What the addressee offered, told back and declined in a word: `你说下款后给我私下转账当
    // 谢礼，不用，真不用`.
    if matches!(before, ["你" | "您", "说" | "讲", ..])
        && following?.first().is_some_and(is_bare_decline)
    {
        return Some(Judgement::construct(false));
    }
    // A denial the addressee is told to give, then what is done in fact: `检查组问起来您就说没有
    // 返点，实际我还照给`.
    // (The told-to-say first: it is rare, and the next clause is segmented only for it.)
    if let Some(negation) = negation_in_scope(before)
        && negation.count % 2 == 1
        && is_told_to_say(&before[..negation.nearest])
        && is_cover_story(following?)
    {
        return Some(Judgement::construct(true));
    }
    // Taken on by the speaker: `帮你操作这种事我来`.
    // (The last word first: most clauses end otherwise, and are not joined.)
    let may_take_on = after
        .iter()
        .rev()
        .find(|word| !is_particle(word))
        .is_some_and(|last| last.ends_with(['来', '我', '上']));
    if may_take_on && !is_asking(clause) && is_taken_on(after) && negators_in(after, false) == 0 {
        return Some(Judgement::construct(true));
    }

    let judged_right = if mention.quoted || framed {
        let neighbours = neighbours?;
        // A quotation may hold the taking back itself (`“零风险，亏了算我的。”这属于违规承诺`).
        // A question quoted and answered by a bare yes is answered by the speaker: `客户问“有没有
        // 内部消息”，我说“有”`. (An answer that says the thing itself, `我说“当然保本”`, is read on
        // its own.)
        // So is a quoted whether-question: `你闺女说“能不能加你私人微信”，能，我这就加她`.
        // A question about what the deed may bring is answered yes by a no: `你问“转到我个人卡上
        // 会不会有问题”，我说不会有问题`.
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
            return Some(Judgement::construct(true));
        }
        if mention.quoted && is_slip(after) {
            return Some(Judgement::construct(false));
        }
        // A correction's right version is the speaker's: `更正：不是“不能返点”，是“能返点”`.
        let unquoted = &before[..before.len().saturating_sub(mention.quoted_before)];
        let corrected = mention.quoted
            && matches!(unquoted, ["是" | "而是" | "应该是"])
            && neighbours
                .preceding
                .last()
                .is_some_and(|clause| clause.words.first() == Some(&"不是"));
        if corrected {
            return Some(Judgement::construct(
                negators_in(&words[unquoted.len()..keyword_at], false).is_multiple_of(2),
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
            || answered_yes
            || renamed;
        if !endorsed && is_reported(mention.quoted, framed, neighbours, before, after) {
            return Some(Judgement::construct(false));
        }
        // (Or owned by the speaker: `你讲个“加我个人号有优惠”，系𠊎讲嘅，照加`.)
        // (Or praised as phrasing where it stands, or in the next clause: `坐席回复“此产品保本”表述有力，
        // 建议推广`.)
        let praised = here_or_next(after, neighbours.following, |words| {
            contains_text(&words.concat(), PRAISED_AS_PHRASING)
        });
        endorsed && (is_judged_right(neighbours.following) || owned || praised)
    } else {
        false
    };
    // Kept quiet for fear of being caught: `可以帮您，不过别跟别人说，代客理财被查到不好`.
    if neighbours.is_some_and(|neighbours| {
        neighbours
            .preceding
            .last()
            .is_some_and(|clause| contains_text(&clause.words.concat(), KEPT_QUIET))
    }) && contains_text(&after.concat(), CAUGHT)
    {
        return Some(Judgement::construct(true));
    }
    // `庄家不庄家的我不懂也不聊`: whether it is so or not, the rest of the clause says what the
    // speaker does with it.
    if let Some(either_way) = either_way(&clause.words, mention) {
        let rest = either_way.rest;
        if either_way.nominalised {
            return Some(Judgement::construct(
                denials_in(rest) == 0 && !either_way.unknown,
            ));
        }
        // Without 的, only a denial after it reads it (`拉升不拉升我真不知道`): `保本不保本？` asks,
        // and its answer decides (`您问安泰信托保本不保本？不保本`).
        if denials_in(rest) > 0 || is_denial_predicate_after(rest) {
            return Some(Judgement::construct(false));
        }
        // Unanswered, a quotation the speaker stands by is said: `还记得我说的“这个年金稳赚不赔”
        // 不？我现在还这么说`.
        if is_asking(clause) {
            return Some(Judgement::construct(
                answer(following?).unwrap_or(judged_right || is_stood_by(mention, following)),
            ));
        }
    }
    // `稳赚不？`: the keyword's own yes-or-no question, its 不 asking, not denying.
    if is_asking(clause) && matches!(after, ["不" | "没"] | ["不" | "没", "啊" | "呀" | "嘛"])
    {
        return Some(Judgement::construct(
            answer(following?).unwrap_or(is_stood_by(mention, following)),
        ));
    }
    // A rhetorical question flips its clause's negations, a denial predicate's too
    // (`莫非保本还能有假？` asserts).
    // `有几个人能像我们团队这样稳赚不赔？`: few do as we do, so we do: rhetorical,
    // and not denied.
    if is_asking(clause) && is_boast(before) {
        return Some(Judgement::construct(true));
    }
    // `只有存款、国债这类产品才能讲保本`: a rule on what may be said, not a claim.
    if is_restricted_saying(before) {
        return Some(Judgement::construct(false));
    }
    // `保本的只有存款`, `存款那部分是保本的`: said of deposits, which are, not of a product.
    if is_said_of_deposits(before, after) && !is_likened_next(following?) {
        return Some(Judgement::construct(false));
    }
    // `什么开发商内部消息啊`: 什么 before the keyword, exclaimed and not asked, dismisses it.
    if before.first() == Some(&"什么")
        && !is_asking(clause)
        && matches!(clause.words.last(), Some(&("啊" | "呀" | "哦")))
    {
        return Some(Judgement::construct(false));
    }
    // `谁跟您说保本那是误导`: unasked, `谁…说` is whoever says it, taken up by 那 to condemn.
    if is_whoever_condemned(clause, before, after) || is_sayers_condemned(clause, before, after) {
        return Some(Judgement::construct(false));
    }
    // `说保本的都是对的`: those who say it called right.
    if is_sayers_endorsed(clause, before, after) {
        return Some(Judgement::construct(true));
    }
    // Asking, after a guess, where it came from presupposes it: `你以为我哪来的内幕消息？`,
    // whatever the answer (`还不是老同学在券商`).
    let where_from = matches!(before, [.., "哪来" | "哪来的"] | [.., "哪", "来", "的"]);
    if where_from && before.iter().any(|word| GUESSING.contains(word)) {
        return Some(Judgement::construct(true));
    }
    // Whether a negation holds is a real question, and its answer says whether it does: `贵行是否
    // 禁止私下交易？答：是，员工手册明确禁止`.
    if before.contains(&WHETHER_MARK) && is_asking(clause) {
        let negators = negators_in(words, false);
        if negators > 0 {
            let negated = negators % 2 == 1;
            return Some(Judgement::construct(match answer(following?) {
                Some(holds) => holds != negated,
                None => false,
            }));
        }
    }
    if is_rhetorical(words, clause) && !is_asked_yes_or_no(before, after, clause) {
        // The standard a comparison measures against is given: `难不成你还想要比零风险更好的？`.
        if before.last() == Some(&"比") {
            return Some(Judgement::construct(true));
        }
        // Answered `不一定`, it was a real question: `不亏本就是保本吗？不一定，…`.
        if following.and_then(<[Clause]>::first).is_some_and(|next| {
            NOT_NECESSARILY.contains(&next.words.concat().trim_end_matches(FINAL_PARTICLES))
        }) {
            return Some(Judgement::construct(false));
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
        let because = opens_with_reason(following?);
        if contains_any(words, &WHY)
            && (unnegated || prohibiting || asked_back || keyword_denied || because)
            && is_explained(following?)
        {
            // What the question quotes is asked about, not presupposed: `为什么客户一听“包赚”就
            // 心动？因为不懂风险`. Nor is what it asks a third party does: `为什么骗子总让你加私人
            // 微信？因为那里没有聊天留痕`.
            return Some(Judgement::construct(
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
            && !is_explained(following?)
        {
            return Some(Judgement::construct(true));
        }
        // A rhetorical question the speaker then leaves the addressee to work out hints at the
        // keyword: `你说我为啥老让你加我个人号？你品，你细品`.
        if denial == 0 && following.is_some_and(is_winked_at) {
            return Some(Judgement::construct(true));
        }
        // What someone asks whether is asked, not asserted, however rhetorical the frame:
        // `不就是想问国债能不能保本嘛？`.
        if asks_whether(before) {
            return Some(Judgement::construct(false));
        }
        // What one is asked whether one knows keeps its own polarity: the knowing is asserted.
        if let Some(knowing) = negated_knowing(before) {
            let known = &before[knowing + 1..];
            return Some(Judgement::construct(
                (negators_in(known, false) + denial).is_multiple_of(2),
            ));
        }
        // A rhetorical claim of what others said, then asked who still believes it, is mocked:
        // `当年那个平台不就是天天喊零风险？现在还有人信这三个字吗？`.
        if following?
            .first()
            .is_some_and(|next| is_asking(next) && is_belief_mocked(next))
        {
            return Some(Judgement::construct(false));
        }
        // The predicate's own negator counts once: `给客户返点不会吗？` (don't you know how?).
        let negated = if predicate {
            negators_in(before, false)
        } else {
            negators_in(words, false)
        };
        return Some(Judgement::construct((negated + denial) % 2 == 1));
    }
    // A phrase its clause calls outdated is named, not said: `咯个保本的说法是老早的事了`.
    if matches!(after, ["的", noun, ..] if PHRASE_NOUNS.contains(noun))
        && contains_text(&after.concat(), OUTDATED)
    {
        return Some(Judgement::construct(false));
    }
    // The keyword named as a word is mentioned, not said: ruled out as a word, it is not
    // asserted (`保本两个字不能说`, `保本，这两个字，我从入行第一天起，就没对任何客户说过`), nor is
    // each keyword of a list named so (`内幕消息，庄家，拉升，这几个词，在我们这儿，一律不许出现`).
    // Vouched for as a word, it is (`“零风险”这几个字我敢打包票`): the rest of the reading decides.
    // (Unless what follows says it anyway: `“保本”这俩字我不能说，但我可以说：亏了算我的，懂的都懂`.)
    if is_word_urged(after, following) {
        return Some(Judgement::construct(true));
    }
    if is_word_ruled_out(
        &after[mention.listed_after.min(after.len())..],
        before,
        following,
    )? && {
        // (What follows is read before the word is ruled out: the own clause alone does not say.)
        let following = following?;
        !(is_excepted(before, after, following) || hands_over_the_substance(following))
    } {
        return Some(Judgement::construct(false));
    }
    // A quoted option of a quiz that asks which lines break the rules (`下列哪些说法违反规定？A.“这款
    // 零风险” B.“…”`) is an example to judge, not said.
    if mention.quoted
        && neighbours?
            .preceding
            .iter()
            .rev()
            .take(QUIZ_REACH)
            .any(is_violation_quiz)
    {
        return Some(Judgement::construct(false));
    }
    // A quoted keyword that is part of a name: an app, a game or a product (`“返点宝”APP`); or
    // a title, which a novel, film or course has (`读书会读的是小说《庄家》`).
    if mention.quoted && is_part_of_name(before, after)
        || mention.titled && is_title_of_work(before, after)
    {
        return Some(Judgement::construct(false));
    }
    // The 转 of 跳转 (a link jumps) moves no money: `链接会跳转到我个人名片页`.
    if before.last().is_some_and(|word| word.ends_with('跳'))
        && clause
            .words
            .get(mention.first)
            .is_some_and(|word| word.starts_with('转'))
    {
        return Some(Judgement::construct(false));
    }
    // What fraudsters do to their victims: `老人最容易被骗子要账户密码`.
    if before
        .windows(2)
        .any(|pair| pair[0] == "被" && FRAUDSTERS.contains(&pair[1]))
    {
        return Some(Judgement::construct(false));
    }
    // What the keyword has nothing to do with: `跟我们说的飞单没关系`.
    // Nor does whoever says it: `谁私聊说能返佣都跟本群无关`.
    let whoever = before.first() == Some(&"谁") && contains_text(&after.concat(), UNRELATED);
    let with_nothing = matches!(before.first(), Some(&("跟" | "和" | "与")))
        && after.first().is_some_and(|word| UNRELATED.contains(word));
    if whoever || with_nothing {
        return Some(Judgement::construct(false));
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
        return Some(Judgement::construct(false));
    }
    // The keyword named as a violation: `…以“帮你操作”为名违规代客理财`, `涉嫌代客理财`.
    // So is one named as a pretext: `以保证收益为名的私募产品多数已经暴雷`.
    // So is one a finding names: `结果被认定为代客理财`.
    // (Or what a finding says a third party did: `仲裁裁决书认定原经理私下交易系个人行为`.)
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
        return Some(Judgement::construct(false));
    }
    // The keyword as the kind of a dispute or complaint: `代客理财的纠纷我见多了`.
    if matches!(after, ["的" | "类", noun, ..] if DISPUTES.contains(noun)) {
        return Some(Judgement::construct(false));
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
    if risk_named && is_taken_back(after, following?) {
        return Some(Judgement::construct(true));
    }
    if document
        || risk_named
        || (mention.quoted && after.first().is_some_and(|noun| NAME_NOUNS.contains(noun)))
        || contains_text(&before.concat(), INSPECTIONS)
    {
        return Some(Judgement::construct(false));
    }
    // The keyword is what was refused: `我婉拒了那位大姐的全权委托请求`.
    // A negator before the refusal verb undoes it (`没拒绝返点`); the verb itself (`拒绝`, a
    // negator too) does not.
    // An exception made in the next clauses takes the refusal back: `拒绝承诺保收益是公司规定，
    // 我遵守。但我个人跟您担保：…`.
    let refusal = before.iter().position(|word| REFUSALS.contains(word));
    if refusal.is_some_and(|at| negators_in(&before[..at], false) == 0) {
        let following = following?;
        return Some(Judgement::construct(is_excepted(before, after, following)));
    }
    // After the other keywords it is listed with: `返佣返点这些我们一律不许做`.
    let after_list = &after[mention.listed_after.min(after.len())..];
    // (The keyword as the condition enough for what is denied after 就 says what it brings, not
    // what it is: `你只要加我私人号就不会被骗啦`.)
    let sufficient =
        before.iter().any(|word| is_enough_if(word)) && after_list.first() == Some(&"就");
    if is_denial_predicate_after(after_list)
        && !sufficient
        && !is_asked_yes_or_no(before, after, clause)
    {
        // Kept off the books is done, not denied: `返点不走公司`, `私下转账不走系统`.
        if contains_text(&after_list.concat(), CONCEALMENT) {
            return Some(Judgement::construct(true));
        }
        let following = following?;
        // Having it and not using it, then a retort: `有内部消息不跟，难不成等别人吃肉你喝汤？`.
        // So is a thing it describes not taken: `稳赚的产品不买，难道要把钱放在户口里发霉咩？`.
        let wasted = (before.last() == Some(&"有") || matches!(after, ["的", _, ..]))
            && following
                .first()
                .is_some_and(|next| contains_any(&next.words, &RHETORICAL_MARKERS));
        // Not doing it called impossible asserts it: `不加我私人微信是不行的`, `不给返佣是不行的`.
        let denies_not_doing = matches!(after_list, ["是", "不行" | "不可能" | "不可以", ..])
            && negation_in_scope(before).is_some_and(|negation| {
                negation.count % 2 == 1 && matches!(before[negation.nearest], "不" | "没")
            });
        return Some(Judgement::construct(
            is_excepted(before, after, following)
                || following.first().is_some_and(is_lament)
                || wasted
                || is_deferred(after, following)
                || is_reversed(after, following)
                || denies_not_doing,
        ));
    }
    // `禁止！禁止！私下转账`: a bare prohibition shouted before the keyword that opens its clause.
    if mention.after_exclamation && before.is_empty() {
        let shouted = neighbours?.preceding.last().is_some_and(|clause| {
            !clause.words.is_empty()
                && clause
                    .words
                    .iter()
                    .all(|word| FORBIDDING_HEADINGS.contains(word) || is_particle(word))
        });
        if shouted {
            return Some(Judgement::construct(false));
        }
    }
    // An item of a list under a heading that forbids (`【禁止事项】\n1. 代客理财\n2. …`), or of one
    // a sanction follows (`…\n以上任何一项，一经发现立即报合规`); a short item may hold its verb
    // (`禁止事项：1.承诺零风险 2.传播内幕消息`).
    if is_topic_only(before, after) || is_short_item(&clause.words) {
        let neighbours = neighbours?;
        if is_item_under_rule(neighbours.preceding, neighbours.following) {
            return Some(Judgement::construct(is_renamed_later(neighbours.following)));
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
    if numbered && following?.first().is_some_and(is_bare_no) {
        return Some(Judgement::construct(false));
    }
    if mention.after_colon {
        let announced = neighbours?.preceding.last();
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
            return Some(Judgement::construct(is_renamed_later(following?)));
        }
    }
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
        return Some(Judgement::construct(false));
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
            && following?.first().is_some_and(|next| {
                matches!(next.words.first(), Some(&("but" | "sorry")))
                    && is_refused_in_english(&next.words)
            }))
    {
        return Some(Judgement::construct(false));
    }
    // `why not add my 私人号 lah?`: English urging before the keyword.
    if before.windows(2).any(|pair| pair == ["why", "not"]) {
        return Some(Judgement::construct(true));
    }
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
        return Some(Judgement::construct(true));
    }
    // A definition that makes the keyword the speaker's own service: `所谓“飞单”就是我帮您买更好
    // 的产品`, `什么叫“全权委托”？就是您啥都不用管，交给我就行`.
    if is_defined(before) {
        let following = following?;
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
            return Some(Judgement::construct(true));
        }
    }
    // A quotation may open with the topic (`老话讲“私下交易，两头不落好”`): its frame is no part
    // of the topic.
    let quoted_part: &[&str] = if mention.quoted && mention.quoted_before == 0 {
        &[]
    } else {
        before
    };
    // `没有不保本的` (there is none that is not) says every one is: a claim, no topic.
    let none_without =
        matches!(before, [.., "没有" | "没" | "无" | "冇得", "不"]) && after.first() == Some(&"的");
    if is_topic_only(quoted_part, after) && !none_without {
        // Concessions on what the comment holds for stand between: `帮你操作，哪怕就一次，哪怕
        // 你在旁边看着，我也不能做`.
        let following = following?;
        let comment_at = following
            .iter()
            .position(
                |clause| !matches!(clause.words.first(), Some(word) if EVEN_IF.contains(word)),
            )
            .unwrap_or(0);
        let next = following.get(comment_at);
        // Done out of sight, it is done: `…我哪能拒绝，私下转账吧，不走系统`.
        // (A question defining it hides nothing: `飞单？您是说那种不走公司系统的单子吗？`.)
        if next.is_some_and(|next| {
            !is_asking(next) && contains_text(&next.words.concat(), CONCEALMENT)
        }) {
            return Some(Judgement::construct(true));
        }
        // Asked back whether it could be false, it is true: `开发商的内部消息，还能有假？`.
        if next.is_some_and(|next| {
            is_asking(next) && contains_text(&next.words.concat(), COULD_BE_FALSE)
        }) {
            return Some(Judgement::construct(true));
        }
        // Whoever would not, everyone does: `飞单嘛 谁没做过？`, `这么准的内幕消息，群里谁还
        // 不信？`.
        if next.is_some_and(is_who_would_not) {
            return Some(Judgement::construct(true));
        }
        if next.is_some_and(|next| is_who_was_not_hurt(next) || is_who_ever(next)) {
            return Some(Judgement::construct(false));
        }
        // Asked whether such a thing exists, and answered no: `保本又高收益，天底下有这种生意吗？
        // 没有的`.
        if next.is_some_and(is_asking) && answer(&following[comment_at + 1..]) == Some(false) {
            return Some(Judgement::construct(false));
        }
        // A harm ruled out backs the claim up, though it holds a negator: `零风险，暴不了`.
        if next.is_some_and(|next| !is_asking(next) && is_harm_ruled_out(&next.words))
            && !is_warned(&[], &following[comment_at + 1..])
        {
            return Some(Judgement::construct(true));
        }
        // Asked why not, the comment urges it: `零风险的东西，你说为什么不买？`.
        if next.is_some_and(|next| {
            is_asking(next)
                && next.words.windows(2).any(|pair| {
                    matches!(pair, ["为什么" | "为啥" | "干嘛" | "凭什么" | "咋", "不"])
                })
        }) {
            return Some(Judgement::construct(true));
        }
        // Not taken up, then asked what the addressee waits for, the comment urges it: `一手的
        // 内幕消息，这都不跟，你等什么？`.
        if next.is_some_and(|next| negators_in(&next.words, false) % 2 == 1)
            && following.get(comment_at + 1).is_some_and(|then| {
                is_asking(then) && contains_text(&then.words.concat(), WAITING_FOR)
            })
        {
            return Some(Judgement::construct(true));
        }
        // Asked what the addressee still doubts, the comment vouches for it: `搿只产品零风险额，侬
        // 还有啥勿放心？`.
        if next.is_some_and(|next| {
            is_asking(next) && contains_text(&next.words.concat(), STILL_DOUBTING)
        }) {
            return Some(Judgement::construct(true));
        }
        if next.is_some_and(|next| is_denial_predicate_after(&next.words)) {
            // The rule may be excepted after it: `飞单咯？我一般不做咯。你的话嘛，算了，做一单`.
            let excepted = following[comment_at + 1..].iter().take(2).any(|clause| {
                denials_in(&clause.words) == 0 && names_exception(&clause.words.concat())
            });
            return Some(Judgement::construct(excepted));
        }
    }
    // (The addressee's saying may stand alone in the clause before: `你说，嗯，私下转账给我，…
    // 这个不行啊`.)
    if mention.after_addressee_saying || is_reported_request(before) {
        // `客户刚才要加我私人微信 我拒绝了`: the answer in the same clause.
        if after.iter().any(|word| REFUSALS.contains(word)) {
            return Some(Judgement::construct(false));
        }
        // The answer may close the request's own clause, after its 的: `客户要返点的可以适当返`.
        // (Not the thing the request names, its noun after 的: `您让我给您写个零风险的保证`.)
        if let ["的", rest @ ..] = after
            && rest.len() > 1
        {
            let own = Clause {
                words: rest.to_vec(),
                question_mark: false,
            };
            if let Some(answer) = answer(std::slice::from_ref(&own)) {
                return Some(Judgement::construct(answer));
            }
        }
        // The answer right after the request, or a no a few clauses on (`…心意领了，但这个钱我不
        // 能收`); a quiz's key may mark the whole exchange wrong.
        let after_request = following?;
        // Refused in the next clause: `客户多次要求加私人微信，本人均以制度为由拒绝`.
        // (The refusal is itself a negator; none may stand before it. Nor may a refusal only
        // meant: `我本来想拒，后来还是帮了`.)
        let refused = after_request.first().is_some_and(|next| {
            next.words
                .iter()
                .rposition(|word| !is_particle(word))
                .is_some_and(|last| {
                    REFUSALS.contains(&next.words[last])
                        && negators_in(&next.words[..last], false) == 0
                        && !next.words[..last]
                            .iter()
                            .any(|word| MEANT_ONLY.contains(word))
                })
        });
        if refused || is_keyed_wrong(after_request) {
            return Some(Judgement::construct(false));
        }
        let answered =
            answer(after_request).or_else(|| is_turned_down_later(after_request).then_some(false));
        if let Some(answer) = answered {
            // A no, then a way round it: `您要转到我个人账户，这个不行。要不您转给我媳妇`.
            let worked_round = !answer
                && after_request
                    .get(1..)
                    .is_some_and(|rest| is_excepted(before, after, rest));
            return Some(Judgement::construct(answer || worked_round));
        }
        // The answer may deny the thing itself, clauses on: `您说要保本的，那REITs就不合适了，它不
        // 保本`, `您说想要稳赚的。我理解。可我得提醒您，…所以答案是没有稳赚的`.
        if is_denied_later(&words[keyword_at..keyword_end], following?) {
            return Some(Judgement::construct(false));
        }
        // Asking what the addressee wants, unanswered, offers nothing: `您是想要保本的产品吗？
        // 那国债更合适`.
        if is_asking(clause) {
            return Some(Judgement::construct(false));
        }
    }
    // Asking about what the addressee said asserts nothing, unless the speaker answers yes
    // (`「梅子：侬讲格内部消息准伐？」…准格！`).
    // So does the addressee's own question about it put back to them: `您问车贷配的保本理财是
    // 什么？`. (Their whether-questions are read with their answers above.)
    let asked_what =
        is_addressee_asking(before) && clause.words.iter().any(|word| WH_WORDS.contains(word));
    if (contains_any(before, &ADDRESSEE_WORDS) || asked_what) && is_asking(clause) {
        let asks_whether = !clause.words.iter().any(|word| WH_WORDS.contains(word));
        let next = following?.get(..1).unwrap_or_default();
        let answered = echoed_answer(after, next).or_else(|| answer(next));
        if asks_whether && answered == Some(true) {
            return Some(Judgement::construct(true));
        }
        return Some(Judgement::construct(false));
    }
    // A supposition that the next clause warns against or mocks: `要是真能包赚，那大家岂不是都
    // 不用上班了？别信这种话`.
    // The conditional may follow an adverb (`真要是稳赚不赔，银行还用给您讲风险揭示吗？`) or the
    // keyword put first (`内幕消息要是能随便拿到，还轮得到我们？`).
    // After a name or a title as well: `黄叔要是一定要保本的，…`.
    // After a name, a title and a pronoun: `马总您要是找稳赚的`.
    // So may a bare 要 before 有 (`我要有内部消息还在这上班嘛`: if I had).
    let supposed = before
        .iter()
        .take(4)
        .any(|word| CONDITIONALS.contains(word))
        || after.iter().take(2).any(|word| CONDITIONALS.contains(word))
        || matches!(before, [.., "要", "有"])
        // `我要能给你稳赚，我还用每天加班吗？`: if I could.
        || before.windows(2).any(|pair| pair == ["要", "能"]);
    if supposed {
        let next = following?.first();
        // Supposing it were not so, then asking whether the speaker would act as they do:
        // `我要是不敢保收益，会天天给您打电话推荐吗？` says it is so.
        let denied_supposition = before
            .iter()
            .position(|word| CONDITIONALS.contains(word))
            .is_some_and(|at| negators_in(&before[at + 1..], false) > 0);
        if denied_supposition
            && next.is_some_and(|next| is_asking(next) && next.words.last() == Some(&"吗"))
        {
            return Some(Judgement::construct(true));
        }
        let warned = is_warned(&[], following?);
        // The retort may close the supposition's own clause, as chat runs on: `要是真包赚我早
        // 辞职了` (I would have quit long ago).
        let long_ago = is_mocked_in_place(after);
        let mocked = long_ago
            || next.is_some_and(|next| {
                contains_any(&next.words, &RHETORICAL_MARKERS)
                    || (is_asking(next) && contains_text(&next.words.concat(), RETORTS))
                    || contains_text(&next.words.concat(), NO_MORE_WORK)
            });
        // On that condition the speaker refuses: `…要是一定要保本的，那这款我不能卖给您`.
        let refused = next.is_some_and(|next| denials_in(&next.words) > 0);
        if warned || mocked || refused {
            return Some(Judgement::construct(false));
        }
    }
    // `你说这算不算包赚？` seeks agreement, as a tag question does: yes unless answered no.
    if is_seeking_agreement(before) {
        return Some(Judgement::construct(answer(following?).unwrap_or(true)));
    }
    // Asked which one is not, every one is: `您看看过去五年，哪一期不是稳赚？`; unless it is
    // answered with a negator (`哪款产品不保本？都不保本`).
    if is_asking(clause)
        && is_which_not(before)
        && following?
            .first()
            .is_none_or(|next| negators_in(&next.words, false) == 0)
    {
        return Some(Judgement::construct(true));
    }
    // Having it supposed, and asked what would still follow, the speaker has none: `我要有庄家
    // 电话还在这上班？`.
    if is_asking(clause) && is_having_supposed(before) && after.contains(&"还") {
        return Some(Judgement::construct(false));
    }
    // A question whose next clauses hide the deed asks nothing: `私下交易谁知道啊？你不说我不说`,
    // `飞单畀你咪仲抵？我成日都咁做，冇人知㗎`.
    if is_asking(clause)
        && following?
            .iter()
            .take(2)
            .any(|next| !is_asking(next) && contains_any(&next.words, &CONCEALMENT_WORDS))
    {
        return Some(Judgement::construct(true));
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
        return Some(Judgement::construct(true));
    }
    // A question about something else, that the keyword only describes (`保收益的东西还需要考虑
    // 那么久吗`) or that asks whether the bother is needed (`私下转账还用得着签什么单子吗`),
    // presupposes the keyword.
    // What is still done or minded despite the keyword takes it as given (`零风险还嫌收益低？`,
    // `有内幕消息还走公司通道？`); `保本还有吗`, `还能…吗` ask about it.
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
            return Some(Judgement::construct(true));
        }
        // Asked what the deed may bring, a no says go ahead: `私下转账会不会被查？不会的`.
        let harm = asks_about_harm(after);
        let following = following?;
        let echoed = clause
            .words
            .get(mention.end..)
            .and_then(|after| echoed_answer(after, following))
            .or_else(|| {
                let unquoted = before.len().saturating_sub(mention.quoted_before);
                echoed_deed_answer(&before[..unquoted], following)
            });
        let answered = echoed.or_else(|| answer(following)).map(|yes| yes != harm);
        // Asked whether saying so goes too far, it does not, unless answered that it does.
        if asks_whether_overstated(after) {
            return Some(Judgement::construct(answered != Some(true)));
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
            return Some(Judgement::construct(false));
        }
        // Asked whether it is not better, it is suggested: `您说私人号上找我是不是更快？`; not
        // when the addressee asked it (`您问转到我个人账户是不是更快？`).
        let suggested = !is_addressee_asking(before) && asks_whether_better(after);
        // (`remember我上次说的“…稳赚不赔”？我stand by这句话`: a quotation stood by.)
        return Some(Judgement::construct(answered.unwrap_or(
            offered || suggested || judged_right || is_stood_by(mention, Some(following)),
        )));
    }
    // Any other question, the presupposing ones too, that the next clause answers no:
    // `私下交易出了事谁负责？所以我们从来不做`, `真有内幕消息的人会随便告诉您吗？别信这些`.
    if is_asking(clause) && answer(following?) == Some(false) {
        return Some(Judgement::construct(false));
    }
    let listed_before = mention.listed_before.min(before.len());
    let Some(negation) = negation_in_scope(&before[..before.len() - listed_before]) else {
        // Asking who answers for what goes wrong warns against it: `私下转账出了问题谁负责？`,
        // `把账户密码告诉别人，万一出事谁负责呢？`.
        let next = following?.first();
        let warned = [Some(clause), next]
            .into_iter()
            .flatten()
            .any(|clause| is_asking(clause) && contains_text(&clause.words.concat(), WHO_ANSWERS));
        // Doing it unseen is doing it, whatever the model makes of the words around:
        // `咱们飞单都走得干干净净`.
        if contains_any(after, &CONCEALMENT_WORDS) {
            return Some(Judgement::construct(true));
        }
        // A loss the keyword is said to rule out, or that cannot happen: `保本不可能亏钱`,
        // `稳赚亏不了`. The rules read the claim; the model may not clear it.
        // So is one the clause calls fine to do: `全权委托畀我哋冇问题`.
        if !warned && !supposed && (rules_out_loss(after) || is_called_fine(clause, after)) {
            return Some(Judgement::construct(true));
        }
        // Urging the reader on, whatever compliance words stand around: `说完了，这款保本的大家冲`;
        // or asking whether it needs thinking over: `稳赚的东西，有没有必要想那么久啦？`.
        let no_need_to_think = || {
            following.and_then(<[Clause]>::first).is_some_and(|next| {
                is_asking(next) && contains_text(&next.words.concat(), NO_NEED_TO_THINK)
            })
        };
        if !warned && (contains_any(after, &URGING) || no_need_to_think()) {
            return Some(Judgement::construct(true));
        }
        // What one has, offered in the next clause: `零风险理财我们这边有，您要吗？`.
        if mention.next_asks
            && following?
                .first()
                .is_some_and(|next| contains_text(&next.words.concat(), OFFERS_WANTED))
        {
            return Some(Judgement::construct(true));
        }
        // What the speaker says in place of another word says it: `我不说guarantee，我只说稳赚不赔`.
        if matches!(before, [.., "只说" | "只讲"] | [.., "只", "说" | "讲"]) {
            return Some(Judgement::construct(true));
        }
        // A statement the next clause marks wrong, as a quiz's key does, past the quiz's question
        // and the key's own heading: `员工可以向客户承诺保本。答案：错误。`, `…，对不对？答案：错。`.
        let key = following?
            .iter()
            .take(3)
            .find(|clause| !is_asking(clause) && !is_answer_heading(clause));
        if key.is_some_and(is_marked_wrong) {
            return Some(Judgement::construct(false));
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
        let kept_quiet = following.and_then(<[Clause]>::first).is_some_and(|next| {
            next.words
                .iter()
                .any(|word| word.starts_with(['别', '不', '勿']))
                && contains_text(&next.words.concat(), KEPT_QUIET)
        });
        let judged_right = judged_right
            || is_own_in_contrast(before)
            || told_to_add_me
            || told_to_hand_over
            || kept_quiet;
        return Some(Judgement {
            asserted: !warned,
            plain: !warned && !judged_right,
        });
    };
    if negation.count % 2 == 0 {
        // `不是我不想帮你操作，是真不能`: the 不是 denies the unwillingness, and the next clause
        // gives the real reason, a denial.
        // So does `不是不给你返佣，是根本就没有返佣这个东西`: not refusing, since there is none.
        let unwilling = before
            .get(negation.nearest)
            .is_some_and(|word| UNWILLING.contains(word))
            || matches!(before, ["不是", "不", ..]);
        // Nor forbidden, since there is none: `不是不让讲保收益，是根本就不存在保收益这回事` (but
        // `不是不能给返佣，是不能让公司知道` only hides it).
        let forbidding =
            matches!(before, ["不是", modal, ..] if PROHIBITING_MODALS.contains(modal));
        let gives_reason = |words: &[&str]| {
            words.first() == Some(&"是")
                && negators_in(words, false) > 0
                && (unwilling || (forbidding && contains_text(&words.concat(), NONE_EXISTS)))
        };
        // The reason may run on in the keyword's own clause: `不是我不想说保本是真的不能说`.
        let real_reason = gives_reason(after)
            || following
                .and_then(<[Clause]>::first)
                .is_some_and(|next| gives_reason(&next.words));
        return Some(Judgement::construct(!real_reason));
    }
    // `不也` (isn't it also…) asks only to be agreed with, asked or not: `我这款理财不也保本`,
    // `这不也是包赚的吗？`.
    if before.get(negation.nearest) == Some(&"不")
        && before.get(negation.nearest + 1) == Some(&"也")
    {
        return Some(Judgement::construct(true));
    }
    let following = following?;
    if following
        .first()
        .is_some_and(|next| is_retort(next) || is_lament(next))
        || is_excepted(before, after, following)
        || is_deferred(&before[..negation.nearest], following)
    {
        return Some(Judgement::construct(true));
    }
    // A refusal explained (`…，不是不给您面子，是这话说了害您`, `…，不是我不想说，是它确实不
    // 保本`): the rules' reading, which the model may not raise. (The thing merely denied again
    // may be irony: `公司勿许讲包赚，…勿是包赚，是百分之百赚`.)
    let explained = matches!(following, [excuse, reason, ..]
        if excuse.words.first() == Some(&"不是") && reason.words.first() == Some(&"是"));
    if explained {
        return Some(Judgement::construct(false));
    }
    // A negator quoted with the keyword is what was said: `我上次说的确实是“不保本”` quotes a
    // denial, whoever said it and whoever stands by it, unless the speaker takes it back.
    if mention.quoted
        && negation.nearest + mention.quoted_before >= keyword_at
        && !is_retracted(following)
    {
        return Some(Judgement::construct(false));
    }
    // Its lack supposed, and asked what the speaker would dare then, it is had: `我要是没有内部消息，
    // 敢让您周六全仓进去？`.
    let supposed_lack = before[..negation.nearest]
        .iter()
        .any(|word| CONDITIONALS.contains(word));
    if supposed_lack
        && following
            .first()
            .is_some_and(|next| is_asking(next) && next.words.contains(&"敢"))
    {
        return Some(Judgement::construct(true));
    }
    if !contains_any(&words[..negation.nearest], &OTHERS) {
        // A plain negation, unless the negator is a rhetorical question (`哪有…的好事？`).
        let rhetorical = before
            .get(negation.nearest)
            .is_some_and(|word| is_rhetorical_negator(word));
        // `你以为我哪来的内幕消息？` asks where it came from: it presupposes the tip.
        if rhetorical
            && before[..negation.nearest]
                .iter()
                .any(|word| GUESSING.contains(word))
        {
            return Some(Judgement::construct(true));
        }
        // `哪有保本保收益这么好的事？有，就在我这儿！`: the rhetorical denial answered yes.
        if rhetorical && is_asking(clause) && is_answered_there_is(following) {
            return Some(Judgement::construct(true));
        }
        // A rule on the words one may use: `宣传一律不准用 guaranteed / 保本 / 稳赚 这些词`.
        let on_words = contains_text(&after.concat(), WORD_NOUNS)
            || following
                .first()
                .is_some_and(|next| contains_text(&next.words.concat(), WORD_NOUNS));
        return Some(Judgement {
            asserted: false,
            // An English negation is the rules' reading: the model was trained on Chinese.
            plain: !rhetorical
                && !on_words
                && !is_rule_on_persons(before, negation.nearest)
                && !is_english_negation(before[negation.nearest]),
        });
    }
    Some(Judgement::construct(is_contradicted(
        before,
        negation.nearest,
        following,
    )))
}

/// Words that make what follows only meant, not done: `本来想拒`.
const MEANT_ONLY: &[&str] = &["想", "本来", "本想", "打算", "差点", "原本", "原想"];

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

/// Who defrauds, as the agent of a passive: `被骗子…`.
const FRAUDSTERS: &[&str] = &["骗子", "诈骗分子", "不法分子", "犯罪分子", "坏人"];

/// Saying there is no such thing: `根本就不存在…这回事`.
const NONE_EXISTS: &[&str] = &["不存在", "这回事"];

/// A quoted line praised as phrasing to spread: `“…”表述有力，建议推广到全组话术`.
const PRAISED_AS_PHRASING: &[&str] = &["表述有力", "建议推广", "值得推广"];

/// Asking what the addressee still doubts or fears.
const STILL_DOUBTING: &[&str] = &[
    "还有啥不放心",
    "还有什么不放心",
    "还有啥勿放心",
    "有啥不放心",
    "有什么不放心",
    "还担心什么",
    "还担心啥",
    "还怕什么",
    "还怕啥",
];
