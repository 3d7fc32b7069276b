//! scrm's API: HTTP (actix-web) and GraphQL (async-graphql) over the domain services,
//! authentication, the tenancy and role policy, and the command-line interface.

pub mod auth;
pub mod cli;
pub mod data_dir;
pub mod db;
pub mod domain;
pub mod error;
pub mod graphql;
pub mod http;
pub mod settings;
pub mod startup;
pub mod telemetry;
