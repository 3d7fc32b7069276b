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
//! The clause's own reading is [`judge`]'s: one stage per kind of construction, in order.
//!
//! Every list holds simplified, case-folded forms, as the scanned text has them. Multi-word
//! markers are matched on consecutive words, so `别的机构` matches `别的|机构`.

mod denial;
mod dialect;
mod exception;
mod judge;
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
    denials_in, either_way, is_defined, is_denial_predicate_after, is_denied_later, is_topic_only,
    rules_out_loss,
};
use exception::{
    CONCEALMENT, CONCEALMENT_WORDS, REFUSALS, RENAMINGS, gives_in, hands_over_the_substance,
    is_contradicted, is_cover_story, is_deferred, is_excepted, is_lament, is_reversed,
    is_taken_back, is_told_to_say, is_winked_at, names_exception,
};
use judge::judge_clause;
use lexicon::{
    CAUGHT, COULD_BE_FALSE, DECEIVING, DEFENCES, DISPUTES, DOCUMENTS, FINDINGS,
    FORBIDDING_HEADINGS, GUESSING, INSPECTIONS, KEPT_QUIET, NAME_NOUNS, NAMED_VIOLATIONS, OUTDATED,
    OWN_SERVICE, PASSING_ON, PHRASE_NOUNS, PRETEXTS, PROHIBITING_MODALS, RETORTS, RISK_NOUNS,
    SENT_BY_ME, STILL_ASKING, STILL_WAITING, UNRELATED, UNWILLING, URGING, WHO_ANSWERS, WORD_NOUNS,
    is_answer_heading, is_forbidding_heading, is_keyed_wrong, is_marked_wrong, is_rule_on_persons,
};
use markers::{FINAL_PARTICLES, contains_any, contains_text, is_particle, position_of};
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
    is_impersonation, is_judged_right, is_likened_next, is_negator_typed_too_many, is_owned,
    is_reported, is_reported_request, is_restricted_saying, is_retracted, is_said_of_deposits,
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
    // (Or said of whoever it describes: `瓷器街那个讲能帮你办返佣的中介`.)
    let describes_third_party = matches!(
        &words[keyword_end..],
        ["的", noun, ..] if has_third_party(std::slice::from_ref(noun))
    );
    let framed = has_third_party(before)
        || describes_third_party
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
    // A denial in the speaker's own voice after a warning is the speaker's, as an assertion is
    // (below): `小心骗子！您放心，我们从不承诺保本`, the speaker named before any negator. The model, which reads the warning, may not
    // raise it.
    if asserted.plain
        && !asserted.asserted
        && !mention.quoted
        && words[..keyword_at].iter().enumerate().any(|(at, word)| {
            // The speaker denying, not denied to (`你可别举报我哈 返佣下周到账`).
            is_speaker(word) && negators_in(&words[..at], false) == 0
        })
        && neighbours.is_some_and(|neighbours| {
            neighbours
                .preceding
                .iter()
                .any(|clause| speech::warns(&clause.words))
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

/// The speaker's own word: the speaker in the first person speaking to the addressee (`我帮你…`)
/// or beckoning (`来我小群`, `找我们的助理`), or the speaker's firm speaking (`本公司推出的…`).
fn is_own_word(words: &[&str]) -> bool {
    if contains_text(&words.concat(), OWN_FIRMS) {
        return true;
    }
    // The reader asked to add or contact: `请添加客户经理私人微信进行确认`.
    if words
        .windows(2)
        .any(|pair| pair[0] == "请" && matches!(pair[1], "加" | "添加" | "联系"))
    {
        return true;
    }
    if !words.iter().any(|word| is_speaker(word)) {
        return false;
    }
    // (The addressee may stand inside the keyword itself: `由我帮你操作`.)
    let addressed = contains_text(&words.concat(), ADDRESSEES);
    let beckoned = words
        .windows(2)
        .any(|pair| BECKONING.contains(&pair[0]) && is_speaker(pair[1]))
        // Bought or done through the speaker: `要稳赚跟我买这个…`.
        || words.windows(3).any(|triple| {
            triple[0] == "跟" && is_speaker(triple[1]) && matches!(triple[2], "买" | "做" | "投")
        });
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

/// `只要`, `只需`: what follows is enough for what comes after 就.
fn is_enough_if(word: &str) -> bool {
    matches!(word, "只要" | "只需" | "只需要")
}

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
