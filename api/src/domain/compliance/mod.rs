//! The compliance side: the conversation archive, risk rules and alerts, and the live alert
//! feed. Only COMPLIANCE and AUDITOR reach it (see `policy`).

pub mod alert_feed;
pub mod archive;
pub mod audit;
pub mod checkpoint;
pub mod export;
pub mod legal_hold;
pub mod party_filter;
pub mod report;
pub mod retention;
pub mod risk;
