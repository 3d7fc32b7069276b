//! The endpoints scrm calls, with WeCom's documented field names (its own spellings included,
//! such as `exteranalopenid`). Fields WeCom may omit default to empty.
//!
//! Each file adds methods to [`crate::WecomClient`] for one area of WeCom's API.

pub mod contacts;
pub mod external_contact;
pub mod group_chat;
pub mod msgaudit;
pub mod tags;

/// WeCom lists external contacts and groups in pages; `next_cursor` is empty on the last.
pub fn is_last_page(next_cursor: &str) -> bool {
    next_cursor.is_empty()
}
