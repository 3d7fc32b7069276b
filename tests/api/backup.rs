//! `scrm backup`, `scrm restore` and `scrm db copy`, through the binary, beside a running server
//! (and, for the backup, a running import).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use entity::archive_message;
use sea_orm::{
    ColumnTrait, Database, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use serde_json::Value;

use crate::helpers::{Needles, TRUTH, TestApp, fresh_database_url, spawn_app};

const CORPUS_TEXT: &str = include_str!("../fixtures/archive-corpus.jsonl");

/// `scrm` on a data dir and database of the test's choosing (`None`: the data dir's SQLite).
fn scrm_at(data_dir: &Path, database_url: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_scrm"));
    command
        .args(args)
        .env("SCRM_DATA_DIR", data_dir)
        .env_remove("DATABASE_URL");
    if let Some(url) = database_url {
        command.env("DATABASE_URL", url);
    }
    command.output().expect("scrm runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

fn succeeded(output: &Output, what: &str) -> String {
    assert!(
        output.status.success(),
        "{what} failed: {}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
    text(&output.stdout)
}

/// Search terms with at most 100 hits in the whole corpus (one page of the CLI), and the
/// canaries.
fn queries() -> Vec<String> {
    let truth: Value = serde_json::from_str(&std::fs::read_to_string(TRUTH).unwrap()).unwrap();
    let mut queries: Vec<String> = truth["search"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|case| case["expected"].as_array().unwrap().len() <= 100)
        .map(|case| case["q"].as_str().unwrap().to_string())
        .collect();
    match &truth["canaries"] {
        Value::Array(canaries) => queries.extend(
            canaries
                .iter()
                .filter_map(|canary| canary.as_str().map(str::to_string)),
        ),
        Value::Object(canaries) => queries.extend(canaries.keys().cloned()),
        _ => {}
    }
    assert!(queries.len() >= 5, "enough queries: {queries:?}");
    queries
}

/// `scrm archive search` of tenant `default`: its stdout (one line per message, newest first).
fn search(data_dir: &Path, database_url: Option<&str>, tenant: &str, query: &str) -> String {
    let output = scrm_at(
        data_dir,
        database_url,
        &[
            "archive", "search", "--tenant", tenant, "--limit", "100", query,
        ],
    );
    succeeded(&output, "search")
}

fn msgids(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .map(|line| line.split('\t').next().unwrap().to_string())
        .collect()
}

fn manifest(dir: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join("MANIFEST.json")).unwrap()).unwrap()
}

fn default_tenant(manifest: &Value) -> &Value {
    manifest["tenants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|tenant| tenant["slug"] == "default")
        .expect("tenant default in the manifest")
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Restores `backup` into a new data dir (and, on PostgreSQL, a new database); returns both.
async fn restore_new(
    app: &TestApp,
    backup: &Path,
    root: &Path,
    name: &str,
) -> (PathBuf, Option<String>) {
    let data_dir = root.join(name);
    let url = fresh_database_url().await;
    let key = app.data_dir.path().join("master.key");
    let output = scrm_at(
        &data_dir,
        url.as_deref(),
        &[
            "restore",
            "--from",
            backup.to_str().unwrap(),
            "--master-key",
            key.to_str().unwrap(),
        ],
    );
    let stdout = succeeded(&output, "restore");
    assert!(stdout.contains("tenant default: ok: "), "{stdout}");
    (data_dir, url)
}

async fn count_messages(db: &DatabaseConnection) -> u64 {
    archive_message::Entity::find().count(db).await.unwrap()
}

#[tokio::test]
async fn a_backup_taken_during_an_import_restores_a_verified_prefix_and_a_later_one_everything() {
    let app = spawn_app().await;
    let root = tempfile::tempdir().unwrap();
    let db = app.db().await;

    // The import reads a FIFO, so the test decides how far it has come.
    let fifo = root.path().join("feed.jsonl");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let mut import = app
        .scrm_command(&[
            "archive",
            "import",
            "--tenant",
            "default",
            "--batch-size",
            "100",
            fifo.to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (go_on, resume) = std::sync::mpsc::channel::<()>();
    let feeder_path = fifo.clone();
    let feeder = std::thread::spawn(move || {
        let mut pipe = std::fs::OpenOptions::new()
            .write(true)
            .open(&feeder_path)
            .unwrap();
        let lines: Vec<&str> = CORPUS_TEXT.lines().collect();
        for line in &lines[..1000] {
            writeln!(pipe, "{line}").unwrap();
        }
        pipe.flush().unwrap();
        resume.recv().unwrap();
        for line in &lines[1000..] {
            writeln!(pipe, "{line}").unwrap();
        }
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    while count_messages(&db).await < 1000 {
        assert!(
            Instant::now() < deadline,
            "the first 1000 lines are imported"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // Back up while the import writes the remaining 4000.
    go_on.send(()).unwrap();
    let during = root.path().join("during");
    let output = app.scrm(&["backup", "--out", during.to_str().unwrap()]);
    let stdout = succeeded(&output, "backup");
    assert!(
        stdout.contains("NOT in the backup: the master key")
            && stdout.contains(app.data_dir.path().join("master.key").to_str().unwrap()),
        "{stdout}"
    );
    feeder.join().unwrap();
    let imported = import.wait().unwrap();
    assert!(imported.success(), "the import finished");

    let manifest_during = manifest(&during);
    let tenant = default_tenant(&manifest_during);
    let prefix = tenant["archive_messages"].as_u64().unwrap();
    eprintln!("the backup taken during the import holds {prefix} of 5000 messages");
    assert!((1000..=5000).contains(&prefix), "{manifest_during:#}");
    assert_eq!(tenant["chain_head_seq"].as_u64().unwrap(), prefix);
    assert!(
        manifest_during["master_key_fingerprint"]
            .as_str()
            .unwrap()
            .len()
            == 32
    );
    #[cfg(unix)]
    {
        assert_eq!(mode(&during), 0o700);
        assert_eq!(mode(&during.join("scrm.db")), 0o600);
        assert_eq!(mode(&during.join("MANIFEST.json")), 0o600);
    }
    let mut entries: Vec<String> = std::fs::read_dir(&during)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    entries.sort();
    assert_eq!(
        entries,
        ["MANIFEST.json", "scrm.db"],
        "no key, no index, no journal"
    );

    let (restored, restored_url) = restore_new(&app, &during, root.path(), "restored-during").await;
    #[cfg(unix)]
    assert_eq!(mode(&restored.join("master.key")), 0o600);
    let verify = scrm_at(
        &restored,
        restored_url.as_deref(),
        &["archive", "verify", "--tenant", "default"],
    );
    assert_eq!(
        crate::helpers::without_checkpoint(&succeeded(&verify, "verify")).trim(),
        format!("ok: {prefix} records (chain and sealed originals)")
    );

    // The restore finds what the original finds among the messages the backup holds.
    let in_prefix: BTreeSet<String> = archive_message::Entity::find()
        .filter(archive_message::Column::Seq.lte(prefix as i64))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.msgid)
        .collect();
    let original = app.data_dir.path();
    let original_url = Some(app.database_url.as_str());
    let mut compared = 0;
    for query in queries() {
        let everything = msgids(&search(original, original_url, "default", &query));
        let expected: Vec<String> = everything
            .into_iter()
            .filter(|msgid| in_prefix.contains(msgid))
            .collect();
        let found = msgids(&search(
            &restored,
            restored_url.as_deref(),
            "default",
            &query,
        ));
        assert_eq!(found, expected, "{query}");
        compared += found.len();
    }
    assert!(compared > 0, "the queries found something in the prefix");

    // A backup after the import holds everything: the restore answers exactly the same.
    let after = root.path().join("after");
    succeeded(
        &app.scrm(&["backup", "--out", after.to_str().unwrap()]),
        "backup",
    );
    assert_eq!(default_tenant(&manifest(&after))["archive_messages"], 5000);
    let (complete, complete_url) = restore_new(&app, &after, root.path(), "restored-after").await;
    for query in queries().into_iter().chain([String::new()]) {
        assert_eq!(
            search(&complete, complete_url.as_deref(), "default", &query),
            search(original, original_url, "default", &query),
            "{query}"
        );
    }
}

#[tokio::test]
async fn restore_refuses_a_used_data_dir_and_a_wrong_master_key_and_writes_nothing() {
    let app = spawn_app().await;
    let lines = app.import_first(200);
    let root = tempfile::tempdir().unwrap();
    let backup = root.path().join("backup");
    succeeded(
        &app.scrm(&["backup", "--out", backup.to_str().unwrap()]),
        "backup",
    );
    let backup_arg = backup.to_str().unwrap();

    // The backup holds sealed content only.
    let bytes = std::fs::read(backup.join("scrm.db")).unwrap();
    let texts: Vec<String> = lines
        .iter()
        .filter_map(|line| {
            let message: Value = serde_json::from_str(line).unwrap();
            let content = message["text"]["content"].as_str()?;
            (content.chars().count() >= 6).then(|| content.to_string())
        })
        .collect();
    assert!(texts.len() > 10);
    assert_eq!(
        Needles::new(&texts).first_in(&bytes),
        None,
        "message text found in the backup"
    );

    // A second backup into the same directory is refused.
    let again = app.scrm(&["backup", "--out", backup_arg]);
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("not empty"));

    // A wrong master key: refused before anything is written.
    let wrong_key = root.path().join("wrong.key");
    std::fs::write(&wrong_key, [7u8; 32]).unwrap();
    let target = root.path().join("target");
    let url = fresh_database_url().await;
    let output = scrm_at(
        &target,
        url.as_deref(),
        &[
            "restore",
            "--from",
            backup_arg,
            "--master-key",
            wrong_key.to_str().unwrap(),
        ],
    );
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("not the one the backup was made with")
            && stderr.contains("nothing was written"),
        "{stderr}"
    );
    assert!(!target.exists(), "the data dir was not even created");

    // No key at all.
    let output = scrm_at(&target, url.as_deref(), &["restore", "--from", backup_arg]);
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("--master-key FILE"));
    assert!(!target.exists());

    // A data dir in use (the app's own), and one holding anything but a master key.
    let key = app.data_dir.path().join("master.key");
    let key_arg = key.to_str().unwrap();
    let listing = |dir: &Path| -> Vec<String> {
        let mut entries: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        entries.sort();
        entries
    };
    let before = listing(app.data_dir.path());
    let output = scrm_at(
        app.data_dir.path(),
        url.as_deref(),
        &["restore", "--from", backup_arg, "--master-key", key_arg],
    );
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(stderr.contains("A restore never overwrites"), "{stderr}");
    if url.is_none() {
        assert!(stderr.contains("already holds a database"), "{stderr}");
    }
    assert_eq!(listing(app.data_dir.path()), before);
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("notes.txt"), "hello").unwrap();
    let output = scrm_at(
        &target,
        url.as_deref(),
        &["restore", "--from", backup_arg, "--master-key", key_arg],
    );
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("notes.txt"));
    assert_eq!(listing(&target), ["notes.txt"]);

    // On PostgreSQL: an empty data dir, but a database that holds data (the app's).
    if url.is_some() {
        let fresh = root.path().join("fresh");
        let output = scrm_at(
            &fresh,
            Some(&app.database_url),
            &["restore", "--from", backup_arg, "--master-key", key_arg],
        );
        assert!(!output.status.success());
        let stderr = text(&output.stderr);
        assert!(
            stderr.contains("is not empty (table tenant holds"),
            "{stderr}"
        );
        assert!(!fresh.exists());
    }

    // With the data dir's key already in place (no --master-key), the restore goes through.
    let keyed = root.path().join("keyed");
    std::fs::create_dir(&keyed).unwrap();
    std::fs::copy(&key, keyed.join("master.key")).unwrap();
    let output = scrm_at(&keyed, url.as_deref(), &["restore", "--from", backup_arg]);
    let stdout = succeeded(&output, "restore");
    assert!(
        stdout.contains("tenant default: ok: 200 records verified"),
        "{stdout}"
    );
    assert!(!stdout.contains("master key installed"));
}

/// SQLite to PostgreSQL: runs when `DATABASE_URL` names PostgreSQL (CI's second run).
#[tokio::test]
async fn db_copy_moves_a_sqlite_installation_to_postgresql() {
    let Some(postgres) = fresh_database_url().await else {
        eprintln!("skipped: DATABASE_URL is not PostgreSQL");
        return;
    };
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("data");
    let tenant = |slug: &str, url: Option<&str>| {
        scrm_at(
            &data_dir,
            url,
            &[
                "tenant",
                "create",
                "--slug",
                slug,
                "--name",
                "Acme 证券",
                "--admin-email",
                "boss@acme.cn",
                "--admin-password",
                "Tide-Pool-47-Lantern",
            ],
        )
    };
    succeeded(&tenant("acme", None), "tenant create");
    let slice = root.path().join("slice.jsonl");
    let lines: Vec<&str> = CORPUS_TEXT.lines().take(600).collect();
    std::fs::write(&slice, lines.join("\n")).unwrap();
    succeeded(
        &scrm_at(
            &data_dir,
            None,
            &[
                "archive",
                "import",
                "--tenant",
                "acme",
                slice.to_str().unwrap(),
            ],
        ),
        "import",
    );
    let queries: Vec<String> = queries().into_iter().chain([String::new()]).collect();
    let on_sqlite: Vec<String> = queries
        .iter()
        .map(|query| search(&data_dir, None, "acme", query))
        .collect();

    let output = scrm_at(&data_dir, None, &["db", "copy", "--to", &postgres]);
    let stdout = succeeded(&output, "db copy");
    assert!(
        stdout.contains("archive_message") && stdout.contains("600 rows"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("postgres:postgres@"),
        "no password printed: {stdout}"
    );

    // The same data dir on PostgreSQL: the chain verifies and searches answer the same.
    let verify = scrm_at(
        &data_dir,
        Some(&postgres),
        &["archive", "verify", "--tenant", "acme"],
    );
    assert_eq!(
        crate::helpers::without_checkpoint(&succeeded(&verify, "verify")).trim(),
        "ok: 600 records (chain and sealed originals)"
    );
    for (query, expected) in queries.iter().zip(&on_sqlite) {
        assert_eq!(
            &search(&data_dir, Some(&postgres), "acme", query),
            expected,
            "{query}"
        );
    }

    // Row for row, bytes and timestamps included.
    let sqlite = Database::connect(format!(
        "sqlite://{}?mode=ro",
        data_dir.join("scrm.db").display()
    ))
    .await
    .unwrap();
    let pg = Database::connect(&postgres).await.unwrap();
    macro_rules! same_rows {
        ($($table:ident),*) => {$(
            let left = entity::$table::Entity::find()
                .order_by_asc(entity::$table::Column::Id)
                .all(&sqlite)
                .await
                .unwrap();
            let right = entity::$table::Entity::find()
                .order_by_asc(entity::$table::Column::Id)
                .all(&pg)
                .await
                .unwrap();
            assert_eq!(left, right, "{}", stringify!($table));
        )*};
    }
    assert_eq!(count_messages(&pg).await, 600);
    same_rows!(
        tenant,
        staff,
        archive_key,
        archive_conversation,
        archive_message,
        risk_rule,
        risk_alert
    );

    // The id sequences continue after the copied ids.
    succeeded(
        &tenant("second", Some(&postgres)),
        "tenant create on PostgreSQL",
    );
    // And a second copy into a database that now holds data is refused.
    let output = scrm_at(&data_dir, None, &["db", "copy", "--to", &postgres]);
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("is not empty"),
        "{}",
        text(&output.stderr)
    );
}
