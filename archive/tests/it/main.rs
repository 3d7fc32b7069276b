//! Integration tests of the `archive` crate, in one binary:
//! each file below was a test binary of its own, and linking one binary instead of several
//! saves minutes and gigabytes of disk in CI.

#![allow(clippy::disallowed_methods)] // tests may unwrap

mod audit_log;
mod by_msgid;
mod checkpoint_run;
mod common;
mod compression;
mod context;
mod import_pipeline;
mod ingest_store;
mod notes_store;
mod purge;
mod risk_truth;
mod search_truth;
mod sender_directory;
mod verify_tamper;
