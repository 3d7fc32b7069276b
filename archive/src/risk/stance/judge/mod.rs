//! [`judge_clause`]: what the keyword's clause, and the clauses around it, make of the keyword.
//!
//! The reading runs as a sequence of stages, each reading one kind of construction: the first
//! that decides ends it. The order is the reading's own (an earlier stage's construction takes
//! precedence over a later one's), so a stage's checks are where they are for a reason; the
//! comments in each say what it is.
//!
//! A stage returns a [`Verdict`]: `Continue` leaves the keyword to the next stage, `Break`
//! decides it, with a judgement or with none when the decision needs the neighbouring clauses
//! and they were not given ([`need`]): the caller then segments them and asks again.

mod english;
mod lists;
mod mentioned;
mod negated;
mod opening;
mod own;
mod predicate;
mod questions;
mod quotation;
mod request;
mod rhetorical;
mod sayings;
mod statement;
mod supposition;
mod topic;

use super::*;
use crate::risk::negation::Negation;
use std::ops::ControlFlow::{self, Break, Continue};

/// What a stage makes of the keyword: `Continue` to the next stage (with what the later stages
/// need to know), or `Break` with the clause's judgement (`None`: the neighbours are needed).
pub(super) type Verdict<T = ()> = ControlFlow<Option<Judgement>, T>;

/// Everything a stage reads: the clause, the mention, the neighbouring clauses if given, and the
/// clause's words with the keyword at `words[keyword_at..keyword_end]`.
#[derive(Clone, Copy)]
pub(super) struct Reading<'r, 'c, 't> {
    pub clause: &'r Clause<'t>,
    pub mention: &'r Mention,
    pub neighbours: Option<Neighbours<'c, 't>>,
    pub words: &'r [&'t str],
    pub keyword_at: usize,
    pub keyword_end: usize,
    /// A third party, the addressee's words or hearsay frame the keyword (see `is_asserted`).
    pub framed: bool,
    /// `words[..keyword_at]`.
    pub before: &'r [&'t str],
    /// `words[keyword_end..]`.
    pub after: &'r [&'t str],
    /// The clauses after the keyword's, if given.
    pub following: Option<&'c [Clause<'t>]>,
}

/// The stage decides: the keyword is judged so.
pub(super) fn decided<T>(judgement: Judgement) -> Verdict<T> {
    Break(Some(judgement))
}

/// What a stage needs to decide: the neighbouring clauses, or what is read from them. Without it
/// the reading stops with no judgement, and the caller segments the neighbours and asks again.
pub(super) fn need<T>(value: Option<T>) -> ControlFlow<Option<Judgement>, T> {
    match value {
        Some(value) => Continue(value),
        None => Break(None),
    }
}

/// [`is_asserted`] on the clause with its whether-questions taken out (`words`, the keyword at
/// `words[keyword_at..keyword_end]`), before a claim attributed in the clause before is
/// considered.
pub(super) fn judge_clause(
    clause: &Clause,
    mention: &Mention,
    neighbours: Option<Neighbours>,
    words: &[&str],
    keyword_at: usize,
    keyword_end: usize,
    framed: bool,
) -> Option<Judgement> {
    let reading = Reading {
        clause,
        mention,
        neighbours,
        words,
        keyword_at,
        keyword_end,
        framed,
        before: &words[..keyword_at],
        after: &words[keyword_end..],
        following: neighbours.map(|neighbours| neighbours.following),
    };
    match stages(&reading) {
        Break(judgement) => judgement,
        // The last stages always decide.
        Continue(()) => None,
    }
}

/// The stages in the order they are read.
fn stages(reading: &Reading) -> Verdict {
    opening::addressee_and_speaker(reading)?;
    let judged_right = quotation::judged_right(reading)?;
    opening::kept_quiet_for_fear(reading)?;
    questions::own_question_forms(reading, judged_right)?;
    sayings::sayings(reading)?;
    questions::where_from_and_whether(reading)?;
    rhetorical::rhetorical(reading)?;
    mentioned::mentioned_not_said(reading)?;
    predicate::denial_predicate(reading)?;
    lists::lists_and_headings(reading)?;
    english::english(reading)?;
    own::trusted_or_defined_as_own(reading)?;
    topic::topic_and_comment(reading)?;
    request::request(reading)?;
    questions::addressee_questions(reading)?;
    let supposed = supposition::supposition(reading)?;
    questions::questions(reading, judged_right)?;
    let before = reading.before;
    let listed_before = reading.mention.listed_before.min(before.len());
    let Some(negation) = negation_in_scope(&before[..before.len() - listed_before]) else {
        return statement::unnegated(reading, judged_right, supposed);
    };
    negated::negated(reading, negation)
}
