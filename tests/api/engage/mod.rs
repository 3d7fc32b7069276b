//! Engagement through the real server: libraries, channel codes, broadcasts, SOP.

mod channel_codes;
