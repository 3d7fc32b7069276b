//! The `scrm` binary as operators use it.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use crate::helpers::fresh_database_url;

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
    ] {
        let output = scrm(dir.path(), &None, &args);
        assert!(output.status.success(), "{args:?}");
        assert!(text(&output.stdout).contains("Usage"), "{args:?}");
    }
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
    let mut command = Command::new(env!("CARGO_BIN_EXE_scrm"));
    command
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("SCRM_DATA_DIR", data_dir)
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let Some(url) = database_url {
        command.env("DATABASE_URL", url);
    }
    let mut child = command.spawn().expect("serve starts");
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        use std::io::{BufRead, BufReader};
        let mut seen = String::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            seen.push_str(&line);
            seen.push('\n');
        }
        seen
    });
    // Wait until the database is migrated and the server listens.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while std::time::Instant::now() < deadline && !data_dir.join("master.key").exists() {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(1500));
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    (reader.join().unwrap(), status)
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
