//! WeCom's conversation-archive ("finance") SDK.

#[cfg(feature = "wecom-sdk")]
pub mod ffi;
pub mod http;
pub mod standin;

#[cfg(feature = "wecom-sdk")]
pub use ffi::FfiFinanceSdk;
pub use http::HttpFinanceSdk;
