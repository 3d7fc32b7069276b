//! Customer relationships: customers (WeCom external contacts), who follows them, and tags.

pub mod customers;
pub mod tags;
