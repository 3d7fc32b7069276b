//! Credentials: password hashing, bearer tokens and login rate limiting.

pub mod password;
pub mod rate_limit;
pub mod token;
