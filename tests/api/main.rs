//! End-to-end tests: each starts the real server (port 0, temp data dir) and speaks HTTP.
//! Set `TEST_LOG=1` to see the server's logs. Set `DATABASE_URL=postgres://…` to run
//! against PostgreSQL (each test gets a fresh database).

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

mod archive;
mod audit;
mod auth;
mod backup;
mod checkpoints;
mod cli;
mod compliance_report;
mod crm;
mod customers;
mod docs_examples;
mod engage;
mod export_jobs;
mod exports;
mod graphiql;
mod hardening;
mod helpers;
mod http_conventions;
mod jobs;
mod legal_holds;
mod monitoring;
mod party_filters;
mod purge;
mod recovery;
mod risk;
mod roles;
mod schema;
mod seed;
mod separation;
mod tenancy;
mod wecom;
