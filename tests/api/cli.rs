//! The `scrm` binary as operators use it.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use entity::archive_message;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{CORPUS, TestApp, fresh_database_url, spawn_app, without_checkpoint};

fn scrm(data_dir: &Path, database_url: &Option<String>, args: &[&str]) -> Output {
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

#[test]
fn every_command_has_help() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["migrate", "--help"],
        vec!["schema", "--help"],
        vec!["tenant", "--help"],
        vec!["tenant", "create", "--help"],
        vec!["tenant", "list", "--help"],
        vec!["staff", "reset-password", "--help"],
    ] {
        let output = scrm(dir.path(), &None, &args);
        assert!(output.status.success(), "{args:?}");
        assert!(text(&output.stdout).contains("Usage"), "{args:?}");
    }
    // `scrm archive --help` describes each subcommand on its line.
    let help = text(&scrm(dir.path(), &None, &["archive", "--help"]).stdout);
    for name in ["import", "verify", "rescan", "scan-eval", "search"] {
        let line = help
            .lines()
            .find(|line| line.trim_start().starts_with(&format!("{name} ")))
            .unwrap_or_else(|| panic!("{name} listed: {help}"));
        assert!(line.trim().len() > name.len() + 10, "{line}");
    }
}

#[test]
fn sqlite_cache_size_is_a_global_option_with_a_range() {
    let dir = tempfile::tempdir().unwrap();
    let refused = scrm(
        dir.path(),
        &None,
        &["--sqlite-cache-mib", "0", "migrate", "status"],
    );
    assert!(!refused.status.success());
    let said = text(&refused.stderr);
    assert!(said.contains("--sqlite-cache-mib"), "{said}");
    assert!(said.contains("1..=65536"), "{said}");
    // Accepted after the subcommand too, like every global option.
    let accepted = scrm(
        dir.path(),
        &None,
        &["migrate", "status", "--sqlite-cache-mib", "256"],
    );
    assert!(accepted.status.success(), "{}", text(&accepted.stderr));
}

fn first_line(bytes: &[u8]) -> String {
    text(bytes).lines().next().unwrap_or_default().to_string()
}

#[tokio::test]
async fn commands_say_where_they_work_and_refuse_a_missing_data_dir() {
    let root = tempfile::tempdir().unwrap();
    let missing = root.path().join("not-here");
    let url = fresh_database_url().await;
    let expected_first = match &url {
        None => format!(
            "scrm: data dir {}, database sqlite://{}",
            missing.display(),
            missing.join("scrm.db").display()
        ),
        Some(_) => format!("scrm: data dir {}, database postgres", missing.display()),
    };

    let output = scrm(&missing, &url, &["tenant", "list"]);
    assert!(!output.status.success());
    assert!(
        first_line(&output.stderr).starts_with(&expected_first),
        "{}",
        text(&output.stderr)
    );
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(&format!("data dir {} does not exist", missing.display()))
            && stderr.contains("--data-dir")
            && stderr.contains("SCRM_DATA_DIR"),
        "{stderr}"
    );
    assert!(!missing.exists(), "nothing was created");
    if let Some(url) = &url
        && let Some(password) = url.split_once("://").and_then(|(_, rest)| {
            rest.rsplit_once('@')
                .and_then(|(credentials, _)| credentials.split_once(':'))
                .map(|(_, password)| password.to_string())
        })
    {
        assert!(!stderr.contains(&format!(":{password}@")), "{stderr}");
    }

    // `tenant create` sets up a new installation; later commands do not mention migrations.
    let output = scrm(
        &missing,
        &url,
        &[
            "tenant",
            "create",
            "--slug",
            "acme",
            "--name",
            "Acme",
            "--admin-email",
            "boss@acme.cn",
            "--admin-password",
            "Tide-Pool-47-Lantern",
        ],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let mut command = Command::new(env!("CARGO_BIN_EXE_scrm"));
    command
        .args(["tenant", "list"])
        .env("SCRM_DATA_DIR", &missing)
        .env_remove("DATABASE_URL")
        .env_remove("RUST_LOG");
    if let Some(url) = &url {
        command.env("DATABASE_URL", url);
    }
    let output = command.output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(
        first_line(&output.stderr).starts_with(&expected_first),
        "{stderr}"
    );
    assert!(!stderr.to_lowercase().contains("migration"), "{stderr}");
    let stdout = text(&output.stdout);
    let row: Vec<&str> = stdout
        .lines()
        .find(|line| line.starts_with("acme\t"))
        .unwrap_or_else(|| panic!("acme listed: {stdout}"))
        .split('\t')
        .collect();
    assert_eq!((row[1], row[3]), ("Acme", "1"), "{stdout}");

    let output = scrm(
        &missing,
        &url,
        &[
            "staff",
            "grant",
            "--tenant",
            "Acme",
            "--email",
            "c@acme.cn",
            "--role",
            "COMPLIANCE",
        ],
    );
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("no tenant with slug 'Acme'; did you mean 'acme'?"),
        "{stderr}"
    );
}

#[tokio::test]
async fn import_counts_alerts_and_search_pages_with_a_cursor() {
    let app = spawn_app().await;
    let (file, _) = corpus_part(&app, "part.jsonl", 0..200);
    let output = app.import(&file);
    let stdout = text(&output.stdout);
    let alerts: u64 = stdout
        .split(", ")
        .find_map(|part| part.strip_suffix(" risk alerts raised\n"))
        .unwrap_or_else(|| panic!("alerts counted: {stdout}"))
        .parse()
        .unwrap();
    let token = app.compliance_token().await;
    let data = app
        .data(&token, "{ riskAlerts { totalCount } }", json!({}))
        .await;
    assert_eq!(data["riskAlerts"]["totalCount"], alerts, "{stdout}");

    let search = |extra: &[&str]| {
        let mut args = vec!["archive", "search", "--tenant", "default", "--limit", "5"];
        args.extend_from_slice(extra);
        args.push("");
        let output = app.scrm(&args);
        assert!(output.status.success(), "{}", text(&output.stderr));
        (text(&output.stdout), text(&output.stderr))
    };
    let (first_page, stderr) = search(&[]);
    assert_eq!(first_page.lines().count(), 5);
    let cursor = stderr
        .lines()
        .find_map(|line| line.split("--after ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("a next-page hint: {stderr}"))
        .to_string();
    let (second_page, _) = search(&["--after", &cursor]);
    assert_eq!(second_page.lines().count(), 5);
    let msgids = |page: &str| -> Vec<String> {
        page.lines()
            .map(|line| line.split('\t').next().unwrap().to_string())
            .collect()
    };
    assert!(
        msgids(&first_page)
            .iter()
            .all(|msgid| !msgids(&second_page).contains(msgid)),
        "the second page continues the first"
    );
    let output = app.scrm(&[
        "archive", "search", "--tenant", "default", "--limit", "101", "",
    ]);
    assert!(!output.status.success(), "--limit is at most 100");
}

#[test]
fn schema_prints_the_sdl() {
    let dir = tempfile::tempdir().unwrap();
    let output = scrm(dir.path(), &None, &["schema"]);
    assert!(output.status.success());
    assert_eq!(text(&output.stdout), api::graphql::sdl());
}

#[tokio::test]
async fn tenant_create_prints_slug_and_id_and_refuses_duplicates_and_weak_passwords() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url().await;
    let create = |slug: &str, password: &str| {
        scrm(
            dir.path(),
            &url,
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
                password,
            ],
        )
    };
    let output = create("acme", "Tide-Pool-47-Lantern");
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("slug: acme"), "{stdout}");
    assert!(stdout.contains("id:"), "{stdout}");
    assert!(
        dir.path().join("master.key").exists(),
        "the key file is created by any command"
    );

    let output = create("acme", "Tide-Pool-47-Lantern");
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(stderr.contains("already exists"), "{stderr}");

    let output = create("weak", "123");
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("--admin-password") && stderr.contains("at least 10"),
        "{stderr}"
    );

    let output = create("Bad Slug", "Tide-Pool-47-Lantern");
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("--slug"));
}

#[tokio::test]
async fn migrate_status_lists_applied_migrations() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url().await;
    let output = scrm(dir.path(), &url, &["migrate", "status"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("pending"));
    let output = scrm(dir.path(), &url, &["migrate", "up"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = scrm(dir.path(), &url, &["migrate"]);
    assert!(output.status.success());
    let output = scrm(dir.path(), &url, &["migrate", "status"]);
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("applied") && !stdout.contains("pending"),
        "{stdout}"
    );
}

#[test]
fn serve_refuses_a_master_key_of_the_wrong_size() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("master.key"), b"too short").unwrap();
    let output = scrm(dir.path(), &None, &["serve", "--bind", "127.0.0.1:0"]);
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("master.key") && stderr.contains("expected exactly 32"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(dir.path().join("master.key")).unwrap(),
        b"too short",
        "left untouched"
    );
}

/// Starts `scrm serve`, waits for the first-start banner, then stops it with SIGTERM.
fn serve_once(
    data_dir: &Path,
    database_url: &Option<String>,
) -> (String, std::process::ExitStatus) {
    use std::io::{BufRead, BufReader};

    let mut command = Command::new(env!("CARGO_BIN_EXE_scrm"));
    command
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("SCRM_DATA_DIR", data_dir)
        .env("RUST_LOG", "info")
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(url) = database_url {
        command.env("DATABASE_URL", url);
    }
    let mut child = command.spawn().expect("serve starts");
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut seen = String::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            seen.push_str(&line);
            seen.push('\n');
        }
        seen
    });
    // Wait until the server answers HTTP (migrated, listening, its signal handlers set): a
    // fixed pause raced a migration slowed by a loaded machine, and SIGTERM then found no
    // handler yet. The log line that says it serves names the port.
    let (serving, address) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(rest) = line.split("address=http://").nth(1) {
                let address: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
                let _ = serving.send(address);
            }
        }
    });
    let address = address.recv_timeout(Duration::from_secs(120));
    if let Ok(address) = &address {
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while std::time::Instant::now() < deadline && !answers_health_check(address) {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert!(address.is_ok(), "the server never said it was serving");
    (reader.join().unwrap(), status)
}

/// True when `GET /healthz` at `address` (host:port) answers 200.
fn answers_health_check(address: &str) -> bool {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(address) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    if stream
        .write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.0 200") || answer.starts_with("HTTP/1.1 200")
}

#[tokio::test]
async fn first_start_prints_an_admin_password_once_and_sigterm_stops_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url().await;
    let (first, status) = serve_once(dir.path(), &url);
    assert!(
        status.success(),
        "SIGTERM ends the server cleanly: {status:?}"
    );
    assert!(
        first.contains("admin@localhost") && first.contains("password:"),
        "{first}"
    );
    let (second, status) = serve_once(dir.path(), &url);
    assert!(status.success());
    assert!(
        !second.contains("password:"),
        "the password is printed only on the first start"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("master.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// Lines `range` of the sample corpus, written to `name` in the app's data dir, and parsed.
fn corpus_part(app: &TestApp, name: &str, range: std::ops::Range<usize>) -> (String, Vec<Value>) {
    let corpus = std::fs::read_to_string(CORPUS).unwrap();
    let lines: Vec<&str> = corpus.lines().collect::<Vec<_>>()[range].to_vec();
    let path = app.data_dir.path().join(name);
    std::fs::write(&path, lines.join("\n")).unwrap();
    let parsed = lines
        .iter()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    (path.to_str().unwrap().to_string(), parsed)
}

/// `scrm archive verify` of tenant `default`, plus `extra` arguments: (success, stdout).
fn archive_verify(app: &TestApp, extra: &[&str]) -> (bool, String) {
    let mut args = vec!["archive", "verify", "--tenant", "default"];
    args.extend_from_slice(extra);
    let output = app.scrm(&args);
    (
        output.status.success(),
        without_checkpoint(&text(&output.stdout)),
    )
}

async fn execute(connection: &DatabaseConnection, statement: &str) {
    connection
        .execute_unprepared(statement)
        .await
        .unwrap_or_else(|error| panic!("{statement}: {error}"));
}

const FULL_OK: &str = "(chain and sealed originals)";
const QUICK_OK: &str = "(chain only; run without --quick to open every record)";

#[tokio::test]
async fn verify_names_a_rewritten_column_and_reads_serve_the_sealed_original() {
    let app = spawn_app().await;
    let (file, messages) = corpus_part(&app, "part.jsonl", 0..300);
    app.import(&file);
    assert_eq!(
        archive_verify(&app, &[]),
        (true, format!("ok: 300 records {FULL_OK}\n"))
    );

    // The latest message (not a switch record): near the top of a blank search.
    let target = messages
        .iter()
        .filter(|message| message["from"].is_string())
        .max_by_key(|message| message["msgtime"].as_i64().unwrap())
        .unwrap();
    let msgid = target["msgid"].as_str().unwrap();
    let connection = app.db().await;
    let seq = archive_message::Entity::find()
        .filter(archive_message::Column::Msgid.eq(msgid))
        .one(&connection)
        .await
        .unwrap()
        .unwrap()
        .seq;
    execute(
        &connection,
        &format!("UPDATE archive_message SET msgtype = 'evil', sent_at_ms = 0 WHERE seq = {seq}"),
    )
    .await;

    let (ok, stdout) = archive_verify(&app, &[]);
    assert!(!ok, "a rewritten column fails verify");
    assert_eq!(
        stdout.trim(),
        format!(
            "tampered: seq {seq} msgid {msgid}: column msgtype disagrees with the sealed original"
        )
    );
    assert_eq!(
        archive_verify(&app, &["--quick"]),
        (true, format!("ok: 300 records {QUICK_OK}\n")),
        "the chain does not cover the columns"
    );

    // A compliance officer reads the sealed original's sender and time.
    let token = app.compliance_token().await;
    let data = app
        .data(
            &token,
            "query($msgid: String!) { archiveMessage(msgid: $msgid) { from sentAt msgtype } }",
            json!({ "msgid": msgid }),
        )
        .await;
    assert_eq!(data["archiveMessage"]["from"], target["from"]);
    assert_eq!(data["archiveMessage"]["msgtype"], target["msgtype"]);
    let sent_at =
        chrono::DateTime::parse_from_rfc3339(data["archiveMessage"]["sentAt"].as_str().unwrap())
            .unwrap();
    assert_eq!(
        sent_at.timestamp_millis(),
        target["msgtime"].as_i64().unwrap()
    );

    // So does the operators' search, and its log names the columns, never their values.
    let output = app.scrm(&[
        "archive", "search", "--tenant", "default", "--limit", "20", "",
    ]);
    assert!(output.status.success());
    let stdout = text(&output.stdout);
    let line = stdout
        .lines()
        .find(|line| line.starts_with(msgid))
        .unwrap_or_else(|| panic!("{msgid} among the latest: {stdout}"));
    assert_eq!(line.split('\t').nth(2), target["from"].as_str());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("columns=msgtype,sent_at_ms") && stderr.contains(msgid),
        "{stderr}"
    );
    assert!(!stdout.contains("evil") && !stderr.contains("evil"));
}

#[tokio::test]
async fn verify_names_a_rewritten_key_version_and_missing_keys() {
    let app = spawn_app().await;
    let (first, _) = corpus_part(&app, "first.jsonl", 0..100);
    let (second, _) = corpus_part(&app, "second.jsonl", 100..200);
    app.import(&first);
    let output = app.scrm(&["keys", "rotate", "--tenant", "default"]);
    assert!(text(&output.stdout).contains("version 2 is now current"));
    app.import(&second);
    assert_eq!(
        archive_verify(&app, &[]),
        (true, format!("ok: 200 records {FULL_OK}\n"))
    );
    // Seq 1–100 are sealed under key version 1, seq 101–200 under version 2.
    let connection = app.db().await;

    execute(
        &connection,
        "UPDATE archive_message SET key_version = 2 WHERE seq = 10",
    )
    .await;
    let (ok, stdout) = archive_verify(&app, &[]);
    assert!(!ok);
    assert!(
        stdout.starts_with("tampered: seq 10 msgid ")
            && stdout.contains(": column key_version disagrees with the sealed original"),
        "{stdout}"
    );
    assert!(archive_verify(&app, &["--quick"]).0);
    execute(
        &connection,
        "UPDATE archive_message SET key_version = 1 WHERE seq = 10",
    )
    .await;
    assert!(archive_verify(&app, &[]).0, "restored");

    let of_default = "tenant_id = (SELECT id FROM tenant WHERE slug = 'default')";
    execute(
        &connection,
        &format!("DELETE FROM archive_key WHERE {of_default} AND version = 2"),
    )
    .await;
    assert_eq!(
        archive_verify(&app, &[]),
        (
            false,
            "key version 2 is missing: records from seq 101 cannot be opened\n".to_string()
        )
    );
    assert!(archive_verify(&app, &["--quick"]).0);

    execute(
        &connection,
        &format!("DELETE FROM archive_key WHERE {of_default}"),
    )
    .await;
    assert_eq!(
        archive_verify(&app, &[]),
        (
            false,
            "key version 1 is missing: records from seq 1 cannot be opened\n".to_string()
        )
    );
    assert_eq!(
        archive_verify(&app, &["--quick"]),
        (true, format!("ok: 200 records {QUICK_OK}\n"))
    );
}
