//! Risk scanning: rules that evaders cannot slip past and honest sentences do not trip.
//!
//! A pure library (no database, no async). [`RiskEngine::new`] compiles a rule set once;
//! [`RiskEngine::scan`] checks one message and reports, per rule that fired, where in the
//! original text it fired.
//!
//! The pipeline, one module per step:
//! 1. [`normalize`]: NFKC, case folding, traditional → simplified, then separators and
//!    invisible characters removed, keeping a map back to the original characters;
//! 2. [`matcher`]: keywords in one Aho-Corasick automaton, patterns through a `RegexSet`,
//!    detectors for phone, identity and bank card numbers (`detectors`);
//! 3. keyword occurrences judged in context (`context`): they must be whole words of the
//!    jieba segmentation (`segment`) and asserted by their sentence (`stance`, `negation`);
//!    exception phrases suppress matches inside them (`found`); a model over the characters
//!    around them (`clause_model`) clears or raises the readings it is confident of.
//!
//! [`eval`] measures a rule set against a truth file.

mod clause_model;
mod context;
mod default_pack;
mod detectors;
mod error;
pub mod eval;
mod found;
mod hit;
pub mod matcher;
mod negation;
pub mod normalize;
pub mod rules;
mod segment;
mod sender;
mod stance;

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod engine_tests;

pub use clause_model::{ClauseModel, Example, TrainingParameters, train};
pub use default_pack::default_pack;
pub use error::RiskRulesError;
pub use hit::{MatchSpan, RiskHit};
pub use matcher::RiskEngine;
pub use rules::{AppliesTo, Detector, Rule, RuleProblem, Severity};
pub use segment::warm_up;
pub use sender::SenderKind;
