//! Engagement through the real server: libraries, channel codes, broadcasts, SOP.

mod broadcasts;
mod channel_codes;
mod groups;
mod library;
mod sop;
