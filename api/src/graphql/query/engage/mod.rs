//! Queries of engagement (libraries, channel codes, broadcasts, SOP).

pub(super) mod broadcast;
pub(super) mod channel_code;
pub(super) mod group;
pub(super) mod library;
pub(super) mod sop;
