//! A tenant's archive on a fresh SQLite database, and messages to put in it.

#![allow(dead_code)] // Not every helper is used by every test.

use std::io;

use archive::import::{ImportOptions, ReadLines, Tally, TenantSink};
use archive::store::IncomingMessage;
use archive::{Archive, CheckpointSigner, MasterKey, Message};
use entity::{risk_alert, tenant};
use migration::{Migrator, MigratorTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, Database, EntityTrait, QueryFilter, Set};

pub struct TestArchive {
    pub archive: Archive,
    pub db: sea_orm::DatabaseConnection,
    pub tenant_id: i64,
    pub dir: tempfile::TempDir,
    /// The installation's signing key (checkpoints, purge tombstones).
    pub signer: CheckpointSigner,
}

impl TestArchive {
    /// Another handle on the same database and master key with empty caches, as a second
    /// process (the CLI beside the server) would have.
    pub fn reopened(&self) -> Archive {
        let master = MasterKey::load(&self.dir.path().join("master.key")).expect("master key");
        Archive::new(self.db.clone(), master, self.dir.path().join("index"))
    }
}

pub async fn test_archive() -> TestArchive {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("scrm.db").display());
    let db = Database::connect(&url).await.expect("connect");
    Migrator::up(&db, None).await.expect("migrate");
    let tenant = tenant::ActiveModel {
        slug: Set("acme".to_string()),
        name: Set("Acme".to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&db)
    .await
    .expect("tenant");
    let master =
        MasterKey::load_or_create(&dir.path().join("master.key")).expect("master key created");
    TestArchive {
        archive: Archive::new(db.clone(), master, dir.path().join("index")),
        db,
        tenant_id: tenant.id,
        dir,
        signer: CheckpointSigner::generate(),
    }
}

pub fn incoming(line_number: u64, raw: String) -> IncomingMessage {
    IncomingMessage {
        line_number,
        message: Message::parse_json(&raw).expect("valid message"),
        raw,
    }
}

pub fn text_message(msgid: &str, seq: u64, content: &str) -> IncomingMessage {
    text_message_from("zhangsan", msgid, seq, content)
}

/// A text message sent by `from` to a customer.
pub fn text_message_from(from: &str, msgid: &str, seq: u64, content: &str) -> IncomingMessage {
    let raw = serde_json::json!({
        "msgid": msgid,
        "action": "send",
        "from": from,
        "tolist": ["wmCustomer01"],
        "roomid": "",
        "msgtime": 1_735_660_800_000i64 + seq as i64,
        "seq": seq,
        "msgtype": "text",
        "text": {"content": content},
    })
    .to_string();
    incoming(seq, raw)
}

/// The codes of the rules that raised alerts on `msgid`, sorted.
pub async fn alert_codes(test: &TestArchive, msgid: &str) -> Vec<String> {
    let mut codes: Vec<String> = risk_alert::Entity::find()
        .filter(risk_alert::Column::TenantId.eq(test.tenant_id))
        .filter(risk_alert::Column::Msgid.eq(msgid))
        .all(&test.db)
        .await
        .expect("alerts")
        .into_iter()
        .map(|alert| alert.rule_code)
        .collect();
    codes.sort();
    codes
}

/// Runs `archive::import` over `lines` (one message each) in batches of `batch_size`.
pub async fn import_lines(test: &TestArchive, lines: &[String], batch_size: usize) -> Tally {
    let sink = TenantSink::new(&test.archive, test.tenant_id);
    let file: Vec<u8> = lines
        .iter()
        .flat_map(|line| format!("{line}\n").into_bytes())
        .collect();
    let options = ImportOptions {
        source_name: "test.jsonl".to_string(),
        batch_size,
    };
    archive::import::run(
        &sink,
        ReadLines::new(io::Cursor::new(file)),
        &options,
        |_| {},
    )
    .await
    .expect("imported")
}
