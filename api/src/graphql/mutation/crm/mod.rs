//! Mutations of customer relationships (customers, tags).

pub(super) mod customer;
pub(super) mod tag;
