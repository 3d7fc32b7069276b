//! Mutations of the compliance side (archive, risk rules and alerts).

pub(super) mod export;
pub(super) mod legal_hold;
pub(super) mod risk;
