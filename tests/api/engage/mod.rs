//! Engagement through the real server: libraries, channel codes, broadcasts, SOP.

mod broadcasts;
mod channel_codes;
mod library;
mod sop;
