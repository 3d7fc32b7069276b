//! Engagement through the real server: libraries, channel codes, broadcasts (and the materials
//! they carry), SOP.

mod attachments;
mod broadcasts;
mod channel_codes;
mod groups;
mod library;
mod sop;
mod sop_deals;
mod sop_restart;
