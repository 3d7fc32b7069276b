//! The endpoints scrm calls, with WeCom's documented field names (its own spellings included,
//! such as `exteranalopenid`). Fields WeCom may omit default to empty.
//!
//! Each file adds methods to [`crate::WecomClient`] for one area of WeCom's API.

pub mod contact_way;
pub mod contacts;
pub mod external_contact;
pub mod group_chat;
pub mod group_msg;
pub mod media;
pub mod message;
pub mod msgaudit;
pub mod tags;
pub mod transfer;
pub mod welcome;

/// WeCom lists external contacts and groups in pages; `next_cursor` is empty on the last.
pub fn is_last_page(next_cursor: &str) -> bool {
    next_cursor.is_empty()
}
