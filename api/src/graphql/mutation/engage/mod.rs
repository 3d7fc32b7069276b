//! Mutations of engagement (libraries, channel codes, broadcasts, SOP).

pub(super) mod channel_code;
