//! Integration tests of the `migration` crate, in one binary:
//! each file below was a test binary of its own, and linking one binary instead of several
//! saves minutes and gigabytes of disk in CI.

#![allow(clippy::disallowed_methods)] // tests may unwrap

mod archive_message_slim;
mod audit;
mod common;
mod conversation_backfill;
mod password_origin;
mod sealed_notes;
mod tenant_time_zone;
