//! WeCom (企业微信) as scrm talks to it.
//!
//! - [`client`]: the HTTP client: access tokens cached per (corp, secret) and refreshed before they
//!   expire, bounded retries on WeCom's "busy" and frequency errors, a timeout on every call.
//! - [`api`]: the endpoints scrm calls, typed with WeCom's documented field names; [`errcode`]
//!   names the errcodes callers branch on.
//! - [`callback`]: the encrypted callback protocol (WXBizMsgCrypt) and the events it carries.
//! - [`finance`]: the conversation-archive ("finance") SDK, over HTTP (the documented stand-in) or
//!   through WeCom's C library (feature `wecom-sdk`).
//!
//! Nothing here touches a database, GraphQL or a web server: the `api` crate decides what the
//! answers mean for a tenant.

pub mod api;
pub mod callback;
pub mod client;
pub mod errcode;
mod error;
pub mod finance;

pub use client::{ClientConfig, Credentials, RetryPolicy, WecomClient};
pub use error::{WecomError, WecomErrorCode};
