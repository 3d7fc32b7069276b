//! `scrm dev …`: tools for development and tests, never needed in production.

use std::net::TcpListener;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use wecom_fake::fixture::ArchivedMessage;
use wecom_fake::{CorpSize, FakeWecom, Fixture};

use super::dev_seed;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct DevArgs {
    #[command(subcommand)]
    command: DevCommand,
}

#[derive(Debug, Subcommand)]
enum DevCommand {
    /// Run a loopback WeCom that answers scrm's calls from a fixture (docs/WECOM.md): point
    /// scrm at it with `--wecom-base-url http://ADDR`.
    WecomFake {
        /// Address to listen on (port 0: any free port; the address is printed).
        #[arg(long, default_value = "127.0.0.1:9480")]
        bind: String,
        /// The corp it plays, as JSON (`scrm dev wecom-fixture` writes one).
        #[arg(long)]
        fixture: PathBuf,
    },
    /// Print a generated fixture for `wecom-fake`: a corp of the given size with tags, groups
    /// and customers followed by its staff.
    WecomFixture {
        /// The corp id the fake plays (what `wecomSettingsUpdate` takes as corpId).
        #[arg(long, default_value = "wwfakecorp0001")]
        corp_id: String,
        /// The customer-contact app's secret.
        #[arg(long, default_value = "fake-contact-secret")]
        contact_secret: String,
        /// The conversation-archive app's secret.
        #[arg(long, default_value = "fake-archive-secret")]
        archive_secret: String,
        /// Departments under the root.
        #[arg(long, default_value_t = 2)]
        departments: usize,
        /// Members (staff001, staff002, …), spread over the departments.
        #[arg(long, default_value_t = 20)]
        staff: usize,
        /// External contacts (wmcust00001, …); every tenth is followed by two members.
        #[arg(long, default_value_t = 2000)]
        customers: usize,
        /// Customer groups, each with its owner and three customers.
        #[arg(long, default_value_t = 5)]
        groups: usize,
        /// Messages for the archive stand-in: a JSONL file of WeCom message JSON (as
        /// `scrm archive import` reads), played back in order as seqs 1, 2, ….
        #[arg(long, requires = "archive_public_key")]
        archive_corpus: Option<PathBuf>,
        /// The archive public key (PEM) the stand-in seals each message's random key under,
        /// as version 1; its private key goes to `wecomSettingsUpdate`.
        #[arg(long)]
        archive_public_key: Option<PathBuf>,
    },
    /// Fill an existing tenant without customers with a brokerage's sales team: departments,
    /// managers and salespeople, tags, customers and follows, channel codes, follow-ups,
    /// pipelines and deals with their history (for benchmarks and demos).
    SeedSales(dev_seed::SeedOptions),
}

impl DevArgs {
    /// Whether the command works on the data dir (`seed-sales`).
    pub fn uses_data_dir(&self) -> bool {
        matches!(self.command, DevCommand::SeedSales(_))
    }
}

pub async fn run(settings: &Settings, args: DevArgs) -> ApiResult<()> {
    match args.command {
        DevCommand::SeedSales(options) => dev_seed::run(settings, options).await,
        DevCommand::WecomFake { bind, fixture } => serve_fake(&bind, &fixture).await,
        DevCommand::WecomFixture {
            corp_id,
            contact_secret,
            archive_secret,
            departments,
            staff,
            customers,
            groups,
            archive_corpus,
            archive_public_key,
        } => {
            let mut fixture =
                Fixture::empty(&corp_id, &contact_secret, &archive_secret).generated(CorpSize {
                    departments,
                    staff,
                    customers,
                    tag_groups: 2,
                    tags_per_group: 4,
                    groups,
                });
            if let Some(path) = archive_public_key {
                fixture.archive.public_keys.insert(1, read_text(&path)?);
                fixture.archive.current_key_version = 1;
            }
            if let Some(path) = archive_corpus {
                fixture.archive.messages = archived_messages(&path)?;
            }
            let json = serde_json::to_string_pretty(&fixture)
                .map_err(|error| ApiError::Internal(error.to_string()))?;
            println!("{json}");
            Ok(())
        }
    }
}

fn read_text(path: &std::path::Path) -> ApiResult<String> {
    std::fs::read_to_string(path)
        .map_err(|error| ApiError::BadUserInput(format!("cannot read {}: {error}", path.display())))
}

/// Each non-blank line of a JSONL corpus as a message of the archive stand-in.
fn archived_messages(path: &std::path::Path) -> ApiResult<Vec<ArchivedMessage>> {
    let text = read_text(path)?;
    let mut messages = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let message = serde_json::from_str(line).map_err(|error| {
            ApiError::BadUserInput(format!(
                "{} line {}: not JSON: {error}",
                path.display(),
                index + 1
            ))
        })?;
        messages.push(ArchivedMessage {
            publickey_ver: None,
            message,
        });
    }
    Ok(messages)
}

async fn serve_fake(bind: &str, path: &std::path::Path) -> ApiResult<()> {
    let text = std::fs::read_to_string(path).map_err(|error| {
        ApiError::BadUserInput(format!(
            "cannot read the fixture {}: {error}",
            path.display()
        ))
    })?;
    let fixture: Fixture = serde_json::from_str(&text).map_err(|error| {
        ApiError::BadUserInput(format!(
            "{} line {} column {}: not a wecom-fake fixture: {error}",
            path.display(),
            error.line(),
            error.column()
        ))
    })?;
    let listener = TcpListener::bind(bind)
        .map_err(|error| ApiError::BadUserInput(format!("cannot listen on {bind}: {error}")))?;
    let fake = FakeWecom::start(fixture, listener)
        .map_err(|error| ApiError::Internal(format!("cannot start the loopback WeCom: {error}")))?;
    println!("loopback WeCom listening on {}", fake.base_url);
    tokio::signal::ctrl_c()
        .await
        .map_err(|error| ApiError::Internal(format!("cannot wait for Ctrl-C: {error}")))?;
    fake.stop().await;
    Ok(())
}
