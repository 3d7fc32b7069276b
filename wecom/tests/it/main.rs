//! Integration tests of the `wecom` crate, in one binary:
//! each file below was a test binary of its own, and linking one binary instead of several
//! saves minutes and gigabytes of disk in CI.

#![allow(clippy::disallowed_methods)] // tests may unwrap

mod callback_vectors;
mod finance_vectors;
