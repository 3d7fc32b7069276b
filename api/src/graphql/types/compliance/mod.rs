//! Types of the compliance side (archive, risk rules and alerts).

pub(super) mod archive;
pub(super) mod audit;
pub(super) mod export;
pub(super) mod legal_hold;
pub(super) mod report;
pub(super) mod risk;
