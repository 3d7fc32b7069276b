//! `scrm archive import | verify | purge | search …` — operator commands on a tenant's archive.

use std::fs::File;
use std::io::{BufReader, IsTerminal};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use archive::chain::{ChainHead, ChainRun};
use archive::import::{ImportError, ImportOptions, ReadLines, Tally};
use archive::index::SearchCursor;
use archive::store::VerifyMode;
use archive::{Chain, Checkpoint, Message};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use crate::domain::compliance::archive::Operator;
use crate::domain::compliance::checkpoint::TenantCheckpoints;
use crate::domain::compliance::retention::{self, PurgeRequest};
use crate::domain::operator::OperatorAccess;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct ArchiveArgs {
    #[command(subcommand)]
    action: ArchiveAction,
}

#[derive(Debug, Subcommand)]
enum ArchiveAction {
    /// Import decrypted WeCom archive messages (JSONL, one message per line).
    ///
    /// Idempotent by msgid and safe to interrupt: run it again to finish. New messages are
    /// scanned against the tenant's risk rules as they are imported; the summary counts the
    /// alerts raised.
    Import {
        #[arg(long, help = TENANT_HELP)]
        tenant: String,
        /// Messages per transaction; about four batches are in memory at once. An
        /// interrupted import redoes at most one batch.
        #[arg(long, default_value_t = archive::import::DEFAULT_BATCH_SIZE, env = "SCRM_IMPORT_BATCH")]
        batch_size: usize,
        /// The JSONL file.
        file: PathBuf,
    },
    /// Check the tenant's hash chain and every sealed record; report the first problem.
    ///
    /// Recomputes the chain, opens every record and compares its columns with the sealed
    /// original.
    Verify {
        #[arg(long, help = TENANT_HELP)]
        tenant: String,
        /// Check the hash chain only (fast): skips opening records, so rewritten columns and
        /// missing keys go unnoticed.
        #[arg(long)]
        quick: bool,
    },
    /// Re-check the whole archive against the current risk rules, adding missing alerts.
    ///
    /// Existing alerts are kept; nothing is duplicated.
    Rescan {
        #[arg(long, help = TENANT_HELP)]
        tenant: String,
    },
    /// Remove messages past the tenant's retention that no active legal hold covers.
    ///
    /// Messages sent before the start of the day `retentionYears` before --as-of (in the
    /// tenant's time zone) go, with their search index entries; their risk alerts stay, marked
    /// purged. Each range removed leaves a signed tombstone, so `verify` still passes. Safe to
    /// interrupt: run it again to finish. The server runs the same purge daily on its own.
    Purge {
        #[arg(long, help = TENANT_HELP)]
        tenant: String,
        /// Purge as of this date (YYYY-MM-DD, the tenant's date; not in the future). Default:
        /// today.
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
        /// Report what would be removed, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Pull new messages from WeCom's conversation archive (the tenant's WeCom settings,
    /// `--wecom-base-url`, `--wecom-sdk-lib`).
    ///
    /// Starts after the last seq pulled, imports as `import` does (exactly once, scanned,
    /// sealed, chained) and fetches the messages' media, until WeCom has nothing more. Safe to
    /// interrupt: run it again to go on. The server pulls every few minutes on its own.
    Pull {
        #[arg(long, help = TENANT_HELP)]
        tenant: String,
        /// Records asked for per GetChatData call (1 to 1000); five calls are imported and
        /// committed together.
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=1000))]
        page_size: u32,
    },
    /// Bring the tenant's search index up to date with the database, or rebuild it.
    ///
    /// Indexes the archived messages the index lacks (its lag, as `/metrics` shows it); with
    /// the index directory removed, rebuilds it from the sealed rows. Refused while an import
    /// of the tenant runs (the import keeps the index up to date itself).
    SyncIndex {
        #[arg(long, help = TENANT_HELP)]
        tenant: String,
    },
    /// Score the risk rules on a corpus file against a truth file, without importing it.
    ///
    /// Reports precision, recall and the misses per rule against a truth file (`hits` and
    /// `near_misses`, as in archive-truth.json). Needs no data dir.
    ScanEval {
        /// The truth file (JSON).
        #[arg(long)]
        truth: PathBuf,
        /// The corpus (JSONL, one message per line).
        corpus: PathBuf,
    },
    /// Search the archive (operators); prints msgid, time, sender and content, newest first.
    ///
    /// Prints one page; when there are more, the last line on stderr gives the `--after`
    /// cursor of the next page.
    Search {
        #[arg(long, help = TENANT_HELP)]
        tenant: String,
        /// Messages per page, 1 to 100.
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u16).range(1..=100))]
        limit: u16,
        /// Continue after this cursor: the one the previous page printed.
        #[arg(long, value_name = "CURSOR", value_parser = parse_cursor)]
        after: Option<SearchCursor>,
        /// Space-separated terms are ANDed; quote a phrase to keep its spaces; "" lists
        /// every message.
        query: String,
    },
}

const TENANT_HELP: &str = "The tenant's slug (`scrm tenant list` shows them)";

/// `SENT_AT_MS:ID`, as [`format_cursor`] prints it. Operators see messages anyway, so the
/// cursor is plain rather than sealed like the API's.
fn parse_cursor(raw: &str) -> Result<SearchCursor, String> {
    let invalid = || format!("'{raw}' is not a cursor; copy the one the previous page printed");
    let (sent_at_ms, id) = raw.trim().rsplit_once(':').ok_or_else(invalid)?;
    Ok(SearchCursor {
        sent_at_ms: sent_at_ms.parse().map_err(|_| invalid())?,
        id: id.parse().map_err(|_| invalid())?,
    })
}

fn format_cursor(cursor: &SearchCursor) -> String {
    format!("{}:{}", cursor.sent_at_ms, cursor.id)
}

impl ArchiveArgs {
    /// Whether the command works on the data dir (all but `scan-eval`).
    pub fn uses_data_dir(&self) -> bool {
        !matches!(self.action, ArchiveAction::ScanEval { .. })
    }
}

/// What the commands report back to `cli::main`.
pub enum Outcome {
    Success,
    /// The command ran but found a problem (rejected lines, a broken chain): exit code 1.
    Problems,
}

pub async fn run(settings: &Settings, args: ArchiveArgs) -> ApiResult<Outcome> {
    if let ArchiveAction::ScanEval { truth, corpus } = &args.action {
        // Needs no database: the default pack against a file.
        return scan_eval(truth, corpus);
    }
    let access = match &args.action {
        ArchiveAction::Import { .. } => {
            OperatorAccess::open_existing(&settings.for_bulk_write()).await?
        }
        _ => OperatorAccess::open_existing(settings).await?,
    };
    match args.action {
        ArchiveAction::ScanEval { .. } => Ok(Outcome::Success),
        ArchiveAction::Rescan { tenant } => {
            let operator = Operator::for_tenant(&access, &tenant).await?;
            let outcome = rescan(&operator).await?;
            sign_heads(&TenantCheckpoints::for_tenant(&access, &tenant).await?).await?;
            Ok(outcome)
        }
        ArchiveAction::Purge {
            tenant,
            as_of,
            dry_run,
        } => {
            let operator = Operator::for_tenant(&access, &tenant).await?;
            let outcome = purge(&operator, &tenant, as_of, dry_run).await?;
            sign_heads(&TenantCheckpoints::for_tenant(&access, &tenant).await?).await?;
            Ok(outcome)
        }
        ArchiveAction::Pull { tenant, page_size } => {
            let operator = Operator::for_tenant(&access, &tenant).await?;
            let (outcome, chained) = pull(&operator, &tenant, page_size).await?;
            let checkpoints = TenantCheckpoints::for_tenant(&access, &tenant).await?;
            report_signed(checkpoints.write_after(chained).await?);
            Ok(outcome)
        }
        ArchiveAction::SyncIndex { tenant } => {
            let operator = Operator::for_tenant(&access, &tenant).await?;
            let before = operator.index_status().await?;
            let documents = operator.sync_index().await?;
            println!(
                "index of {tenant} up to date: {} messages archived, {} were not searchable, {documents} documents indexed",
                before.archived_through,
                before.lag()
            );
            Ok(Outcome::Success)
        }
        ArchiveAction::Import {
            tenant,
            batch_size,
            file,
        } => {
            let operator = Operator::for_tenant(&access, &tenant).await?;
            let (outcome, chained) = import(&operator, &file, batch_size).await?;
            let checkpoints = TenantCheckpoints::for_tenant(&access, &tenant).await?;
            report_signed(checkpoints.write_after(chained).await?);
            Ok(outcome)
        }
        ArchiveAction::Verify { tenant, quick } => {
            let operator = Operator::for_tenant(&access, &tenant).await?;
            let mode = if quick {
                VerifyMode::ChainOnly
            } else {
                VerifyMode::Full
            };
            let checkpoints = TenantCheckpoints::for_tenant(&access, &tenant).await?;
            verify(&operator, &checkpoints, mode).await
        }
        ArchiveAction::Search {
            tenant,
            limit,
            after,
            query,
        } => {
            let operator = Operator::for_tenant(&access, &tenant).await?;
            let page = operator.search(&query, after, usize::from(limit)).await?;
            for message in &page.messages {
                let time = chrono::DateTime::from_timestamp_millis(message.sent_at_ms)
                    .map(|time| time.to_rfc3339())
                    .unwrap_or_default();
                println!(
                    "{}\t{}\t{}\t{}",
                    message.msgid,
                    time,
                    message.sender,
                    message.content.replace('\n', " ⏎ ")
                );
            }
            eprintln!(
                "{} of {} matching messages shown",
                page.messages.len(),
                page.total
            );
            if let Some(next) = &page.next_cursor {
                eprintln!(
                    "more: run the same search with --after {} for the next page (--limit up to 100)",
                    format_cursor(next)
                );
            }
            Ok(Outcome::Success)
        }
    }
}

/// Opens the file and hands its lines to `archive::import`, which batches, classifies, seals
/// and writes them; prints progress, the tally and the rejected lines.
/// Imports the file; also returns the stretch of the chain the import's batches chained one
/// after another, for the sign-off to vouch for.
async fn import(
    operator: &Operator<'_>,
    path: &PathBuf,
    batch_size: usize,
) -> ApiResult<(Outcome, Option<ChainRun>)> {
    let file = File::open(path).map_err(|error| {
        ApiError::BadUserInput(format!("cannot open {}: {error}", path.display()))
    })?;
    let total_bytes = file.metadata().map(|metadata| metadata.len()).unwrap_or(0);
    let progress = Progress::new(total_bytes);
    let options = ImportOptions {
        source_name: path.display().to_string(),
        batch_size,
    };
    let lines = ReadLines::new(BufReader::with_capacity(1 << 20, file));
    let tally = operator
        .import(lines, &options, |tally| progress.update(tally))
        .await
        .map_err(|error| match error {
            ImportError::Source { after_line, source } => ApiError::BadUserInput(format!(
                "cannot read {} after line {after_line}: {source}",
                path.display()
            )),
            ImportError::ReaderThread(error) => {
                ApiError::Internal(format!("cannot start the reader thread: {error}"))
            }
            ImportError::Seal(error) => ApiError::from(error),
            ImportError::Sink(error) => error,
        })?;
    progress.finish();
    let expired = match tally.expired {
        0 => String::new(),
        expired => format!("; {expired} sent before the last purge's cutoff skipped"),
    };
    println!(
        "import finished: {} lines, {} imported, {} duplicates skipped, {} rejected, {} risk alerts raised{expired}",
        tally.lines,
        tally.imported,
        tally.duplicates,
        tally.rejected.len(),
        tally.alerts_raised
    );
    if tally.rejected.is_empty() {
        return Ok((Outcome::Success, tally.chained));
    }
    for rejected in tally.rejected.iter().take(100) {
        eprintln!("line {}: {}", rejected.line_number, rejected.reason);
    }
    if tally.rejected.len() > 100 {
        eprintln!("… and {} more rejected lines", tally.rejected.len() - 100);
    }
    eprintln!(
        "rejected lines are kept (encrypted) in the archive's rejects; fix the source and import again"
    );
    Ok((Outcome::Problems, tally.chained))
}

/// A progress bar on a terminal; otherwise a line every few seconds (logs, CI, pipes).
struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    last_line: std::cell::Cell<Instant>,
    total_bytes: u64,
}

pub(super) const PROGRESS_LINE_EVERY: Duration = Duration::from_secs(3);

impl Progress {
    fn new(total_bytes: u64) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total_bytes);
            if let Ok(style) = ProgressStyle::with_template(
                "{bar:40} {percent:>3}% {msg} [{elapsed_precise}, eta {eta}]",
            ) {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            last_line: std::cell::Cell::new(Instant::now()),
            total_bytes,
        }
    }

    fn update(&self, tally: &Tally) {
        let bytes_read = tally.bytes;
        let rate = tally.imported as f64 / self.started.elapsed().as_secs_f64().max(0.001);
        let summary = format!(
            "{} imported, {} duplicates, {} rejected, {} alerts, {rate:.0} msg/s",
            tally.imported,
            tally.duplicates,
            tally.rejected.len(),
            tally.alerts_raised
        );
        if let Some(bar) = &self.bar {
            bar.set_position(bytes_read);
            bar.set_message(summary);
            return;
        }
        if self.last_line.get().elapsed() >= PROGRESS_LINE_EVERY {
            let percent = if self.total_bytes == 0 {
                100.0
            } else {
                bytes_read as f64 * 100.0 / self.total_bytes as f64
            };
            eprintln!("progress: {percent:.0}% of file, {summary}");
            self.last_line.set(Instant::now());
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

async fn verify(
    operator: &Operator<'_>,
    checkpoints: &TenantCheckpoints<'_>,
    mode: VerifyMode,
) -> ApiResult<Outcome> {
    let started = Instant::now();
    // Read before the walk: records imported meanwhile cannot make it look newer than the chain.
    let checkpoint = checkpoints.latest(Chain::Archive).await?;
    let mut last_report = Instant::now();
    let result = operator
        .verify(mode, |visited| {
            if last_report.elapsed() >= PROGRESS_LINE_EVERY {
                eprintln!("progress: {visited} records verified");
                last_report = Instant::now();
            }
        })
        .await?;
    match result {
        Ok(summary) => {
            let checked = match summary.mode {
                VerifyMode::Full => "chain and sealed originals",
                VerifyMode::ChainOnly => "chain only; run without --quick to open every record",
            };
            let Some(line) =
                checkpoint_line(checkpoints, summary.head, checkpoint.as_ref()).await?
            else {
                return Ok(Outcome::Problems);
            };
            let purged = match summary.purged.ranges {
                0 => String::new(),
                ranges => format!(
                    "; {ranges} purged ranges ({} messages) crossed on signed tombstones",
                    summary.purged.messages
                ),
            };
            println!("ok: {} records ({checked}){purged}{line}", summary.verified);
            tracing::info!(
                records = summary.verified,
                full = summary.mode == VerifyMode::Full,
                elapsed_ms = started.elapsed().as_millis() as u64,
                "archive verified"
            );
            Ok(Outcome::Success)
        }
        Err(finding) => {
            println!("{finding}");
            Ok(Outcome::Problems)
        }
    }
}

/// Compares a verified chain's head with its latest checkpoint: the tail of the `ok:` line, or
/// `None` after printing the finding (the chain does not match what was signed).
pub(super) async fn checkpoint_line(
    checkpoints: &TenantCheckpoints<'_>,
    head: ChainHead,
    checkpoint: Option<&Checkpoint>,
) -> ApiResult<Option<String>> {
    let Some(checkpoint) = checkpoint else {
        return Ok(Some("; no signed checkpoint yet".to_string()));
    };
    match checkpoints.check(head, checkpoint).await? {
        Ok(()) => Ok(Some(format!(
            "; checkpoint seq {} signed at {} matches",
            checkpoint.seq,
            checkpoint.at_text()
        ))),
        Err(finding) => {
            println!("{finding}");
            Ok(None)
        }
    }
}

/// Signs the tenant's chain heads after a rescan or purge, and says so.
async fn sign_heads(checkpoints: &TenantCheckpoints<'_>) -> ApiResult<()> {
    report_signed(checkpoints.write().await?);
    Ok(())
}

fn report_signed(checkpoints: Vec<Checkpoint>) {
    for checkpoint in checkpoints {
        eprintln!(
            "signed checkpoint: {} chain seq {} head {}",
            checkpoint.chain,
            checkpoint.seq,
            checkpoint.head_hex()
        );
    }
}

/// Most purged ranges the summary lists one by one.
const RANGES_LISTED: usize = 20;

/// Pulls until WeCom has nothing more; also returns the stretch of the chain the pull's pages
/// chained one after another, for the sign-off to vouch for.
async fn pull(
    operator: &Operator<'_>,
    slug: &str,
    page_size: u32,
) -> ApiResult<(Outcome, Option<ChainRun>)> {
    let mut last_report = Instant::now();
    let result = operator
        .pull(page_size, |summary| {
            if last_report.elapsed() >= PROGRESS_LINE_EVERY {
                eprintln!(
                    "progress: {} records pulled (seq {}), {} archived",
                    summary.records, summary.to_seq, summary.imported
                );
                last_report = Instant::now();
            }
        })
        .await;
    let (summary, failure) = match result {
        Ok(summary) => (summary, None),
        Err((summary, error)) => (summary, Some(error)),
    };
    println!(
        "pulled {slug}: seq {} to {}: {} records, {} archived, {} already archived, {} rejected, {} risk alerts raised, {} media files fetched",
        summary.from_seq,
        summary.to_seq,
        summary.records,
        summary.imported,
        summary.duplicates,
        summary.rejected,
        summary.alerts_raised,
        summary.media_fetched
    );
    match failure {
        None => Ok((Outcome::Success, summary.chained)),
        Some(error) => Err(error),
    }
}

async fn purge(
    operator: &Operator<'_>,
    slug: &str,
    as_of: Option<chrono::NaiveDate>,
    dry_run: bool,
) -> ApiResult<Outcome> {
    let as_of = match as_of {
        Some(date) => date,
        None => retention::today(operator.time_zone().await?),
    };
    let mut last_report = Instant::now();
    let done = operator
        .purge(PurgeRequest { as_of, dry_run }, |progress| {
            if last_report.elapsed() >= PROGRESS_LINE_EVERY {
                eprintln!(
                    "progress: {} messages past the cutoff examined, {} removed",
                    progress.examined, progress.purged
                );
                last_report = Instant::now();
            }
        })
        .await?;
    let report = &done.report;
    let verb = if dry_run { "would remove" } else { "removed" };
    println!(
        "purge of {slug} as of {as_of}{}: messages sent before {} are past the retention",
        if dry_run {
            " (dry run: nothing changed)"
        } else {
            ""
        },
        done.cutoff.to_rfc3339()
    );
    println!(
        "  {} past the cutoff; {verb} {} in {} ranges; kept {} under legal hold, {} as the chain's last message, {} revokes of kept messages",
        report.past_cutoff,
        report.purged(),
        report.ranges.len(),
        report.held,
        report.kept_as_head,
        report.kept_revokes
    );
    if !dry_run {
        println!(
            "  {} risk alerts marked as of a purged message (kept); a signed tombstone per range",
            report.alerts_marked
        );
    }
    for range in report.ranges.iter().take(RANGES_LISTED) {
        println!(
            "  seq {}-{} ({} messages)",
            range.first_seq,
            range.last_seq,
            range.count()
        );
    }
    if report.ranges.len() > RANGES_LISTED {
        println!(
            "  … and {} more ranges",
            report.ranges.len() - RANGES_LISTED
        );
    }
    Ok(Outcome::Success)
}

async fn rescan(operator: &Operator<'_>) -> ApiResult<Outcome> {
    let mut last_report = Instant::now();
    let bar = std::io::stderr().is_terminal().then(ProgressBar::no_length);
    let result = operator
        .rescan(|progress| {
            if let Some(bar) = &bar {
                bar.set_length(progress.total);
                bar.set_position(progress.scanned);
                bar.set_message(format!("{} new alerts", progress.new_alerts));
            } else if last_report.elapsed() >= PROGRESS_LINE_EVERY {
                eprintln!(
                    "progress: {} of {} messages rescanned, {} new alerts",
                    progress.scanned, progress.total, progress.new_alerts
                );
                last_report = Instant::now();
            }
        })
        .await?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    println!(
        "rescan finished: {} messages scanned, {} new alerts",
        result.scanned, result.new_alerts
    );
    Ok(Outcome::Success)
}

fn scan_eval(truth_path: &PathBuf, corpus_path: &PathBuf) -> ApiResult<Outcome> {
    use archive::risk::{RiskEngine, SenderKind, default_pack, eval};

    let read = |path: &PathBuf| {
        std::fs::read_to_string(path).map_err(|error| {
            ApiError::BadUserInput(format!("cannot read {}: {error}", path.display()))
        })
    };
    let truth_document: serde_json::Value =
        serde_json::from_str(&read(truth_path)?).map_err(|error| {
            ApiError::BadUserInput(format!("{} is not JSON: {error}", truth_path.display()))
        })?;
    let truth = eval::Truth::from_json(&truth_document)
        .map_err(|error| ApiError::BadUserInput(error.to_string()))?;
    let engine =
        RiskEngine::new(&default_pack()).map_err(|error| ApiError::Internal(error.to_string()))?;
    let corpus = read(corpus_path)?;
    let mut unreadable = Vec::new();
    let messages: Vec<(String, String, SenderKind)> = corpus
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .filter_map(|(index, line)| match Message::parse_json(line) {
            Ok(message) => Some((
                message.msgid.clone(),
                message.searchable_text(),
                SenderKind::of_wecom_id(&message.from),
            )),
            Err(error) => {
                unreadable.push(format!("line {}: {error}", index + 1));
                None
            }
        })
        .collect();
    let report = eval::evaluate(&engine, messages, &truth);
    print!("{report}");
    for problem in &unreadable {
        eprintln!("{problem}");
    }
    if report.is_perfect() && unreadable.is_empty() {
        return Ok(Outcome::Success);
    }
    Ok(Outcome::Problems)
}
