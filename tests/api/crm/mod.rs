//! Customer relationships through the real server: follow-ups and the agenda, deals, lost
//! customers.

mod dashboard;
mod deals;
mod follow_ups;
mod lost_customers;
mod timeline;
mod transfers;
