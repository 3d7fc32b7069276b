//! Pulling the archive from WeCom's conversation-archive interface.
//!
//! WeCom hands out conversations through a closed SDK (`GetChatData`, `DecryptData`,
//! `GetMediaData`). [`ChatSdk`] is that surface; the `wecom` crate implements it twice (the C
//! library, and the documented HTTP stand-in). Each record's message key is sealed with RSA under
//! one of the tenant's archive public keys ([`keys::PrivateKeyRing`] opens it), and the message
//! it opens goes through the same ingest path as an import.

pub mod keys;
