//! Types of customer relationships (customers, tags).

pub(super) mod customer;
pub(super) mod dashboard;
pub(super) mod deal;
pub(super) mod follow_up;
pub(super) mod tag;
pub(super) mod timeline;
pub(super) mod transfer;
