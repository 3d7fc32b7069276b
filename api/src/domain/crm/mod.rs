//! Customer relationships: customers (WeCom external contacts), who follows them, and tags.

pub mod customers;
pub mod dashboard;
pub mod deals;
pub mod follow_ups;
pub mod segments;
pub mod tagged;
pub mod tags;
pub mod timeline;
pub mod transfers;
