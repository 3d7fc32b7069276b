//! What an export of a whole archive costs before any file is written: every message found in
//! one pass over the index (`Archive::export_matches`), then read 1,000 at a time and decrypted.
//! Compare with `scrm export create` over the same data dir (docs/BENCHMARKS.md, "Exports").
//!
//! ```text
//! cargo run --release -p archive --example export_read -- DATA_DIR TENANT_ID [person]
//! ```
//!
//! reads as an export does (`Archive::export_messages`), or with `person` as a read for a
//! person does (`Archive::messages_by_seq`: whole rows, each column compared with the sealed
//! original).

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

use std::time::Instant;

use archive::index::{MAX_EXPORT_PAGE_SIZE, SearchFilter};
use archive::{Archive, MasterKey};
use sea_orm::{ConnectOptions, ConnectionTrait, Database};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let arguments: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(tenant)) = (arguments.get(1), arguments.get(2)) else {
        anyhow::bail!("usage: export_read DATA_DIR TENANT_ID [person]");
    };
    let as_person = arguments.get(3).is_some_and(|mode| mode == "person");
    let dir = std::path::Path::new(dir);
    let tenant_id: i64 = tenant.parse()?;
    // One connection with a 64 MiB page cache (`scrm export create` opens two of 16 MiB, one
    // reading ahead while the other serves its lookups; reading alone needs one).
    let mut options = ConnectOptions::new(format!(
        "sqlite://{}?mode=ro",
        dir.join("scrm.db").display()
    ));
    options.max_connections(1).min_connections(1);
    let db = Database::connect(options).await?;
    db.execute_unprepared("PRAGMA cache_size = -65536").await?;
    let master = MasterKey::load(&dir.join("master.key"))?;
    let archive = Archive::new(db, master, dir.join("index"));
    let started = Instant::now();
    let (_, matches) = archive
        .export_matches(tenant_id, "", SearchFilter::default(), None)
        .await?;
    let found = started.elapsed().as_secs_f64();
    let mut rows = 0u64;
    let mut content_bytes = 0u64;
    // As an export does: the next page is read while this one is handled.
    let pages: Vec<Vec<u64>> = matches
        .chunks(MAX_EXPORT_PAGE_SIZE)
        .map(|page| page.iter().map(|cursor| cursor.id).collect())
        .collect();
    let read = |seqs: Vec<u64>| {
        let archive = archive.clone();
        tokio::spawn(async move {
            if as_person {
                archive.messages_by_seq(tenant_id, &seqs).await
            } else {
                archive.export_messages(tenant_id, &seqs).await
            }
        })
    };
    let mut pending = pages.first().cloned().map(read);
    for index in 0..pages.len() {
        let Some(reading) = pending.take() else {
            break;
        };
        pending = pages.get(index + 1).cloned().map(read);
        let messages = reading.await??;
        rows += messages.len() as u64;
        content_bytes += messages
            .iter()
            .map(|message| message.content.len() as u64)
            .sum::<u64>();
    }
    println!("found {} matches in {found:.2} s", matches.len());
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "read and decrypted {rows} messages ({content_bytes} bytes of content) in {seconds:.2} s: {:.0} rows/s",
        rows as f64 / seconds
    );
    Ok(())
}
