//! Export files and their signed manifests, checked the way a regulator would: with the real
//! `scrm export verify` and no data dir, and with `openssl`, `jq` and `sha256sum` alone
//! (docs/EXPORTS.md, "How a regulator verifies a file").

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use api::domain::compliance::export::{Cell, Column, ExportTableWriter, TableWriter};
use api::domain::org::time_zone::TenantTimeZone;
use archive::CheckpointSigner;
use archive::chain::ChainHead;
use archive::crypto::{DataKey, Keyring};
use archive::export::{
    ExportFormat, ExportKind, ExportManifest, SealedExportReader, SealedExportWriter,
};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs the real binary with `SCRM_DATA_DIR` set to `data_dir` (which need not exist).
fn scrm(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scrm"))
        .args(args)
        .env("SCRM_DATA_DIR", data_dir)
        .env_remove("DATABASE_URL")
        .output()
        .expect("scrm runs")
}

/// Runs `sh -c script` in `dir`: (success, stdout + stderr).
fn shell(dir: &Path, script: &str) -> (bool, String) {
    let output = Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .output()
        .expect("sh runs");
    (
        output.status.success(),
        text(&output.stdout) + &text(&output.stderr),
    )
}

struct Handed {
    file: PathBuf,
    manifest: PathBuf,
    public_key: PathBuf,
    sha256: String,
    rows: u64,
}

/// Makes an export the way the job will — rows through the table writer into the sealed
/// file — then "downloads" it (decrypts it) and writes what a regulator is handed: the file,
/// its manifest and the public key.
fn export(dir: &Path, signer: &CheckpointSigner, format: ExportFormat) -> Handed {
    let mut keyring = Keyring::new();
    keyring.insert(1, DataKey::generate()).unwrap();
    let sent_at: DateTime<Utc> = "2026-12-01T10:12:03Z".parse().unwrap();
    let columns = [
        Column::text("msgid"),
        Column::integer("seq"),
        Column::time("sent_at"),
        Column::text("content"),
        Column::bool("revoked"),
    ];
    let rows = [
        ["m-1", "客户：保本吗？"],
        ["110101199003071234", "=HYPERLINK(\"http://x\")"],
        ["m-3", "带逗号, \"引号\"\n和换行"],
    ];
    let sealed = SealedExportWriter::create(Vec::new(), &keyring, 1, "42").unwrap();
    let mut table =
        ExportTableWriter::new(format, sealed, &columns, TenantTimeZone::default()).unwrap();
    for (seq, [msgid, content]) in rows.iter().enumerate() {
        table
            .write_row(&[
                Cell::Text(msgid),
                Cell::Integer(seq as i64 + 1),
                Cell::Time(sent_at),
                Cell::Text(content),
                Cell::Bool(false),
            ])
            .unwrap();
    }
    let row_count = table.rows_written();
    let (sealed_file, summary) = table.finish().unwrap().finish().unwrap();

    let mut downloaded = Vec::new();
    for chunk in SealedExportReader::open(sealed_file.as_slice(), &keyring, 1, "42").unwrap() {
        downloaded.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(downloaded.len() as u64, summary.plaintext_bytes);

    let created_at: DateTime<Utc> = "2026-12-01T02:12:00.5Z".parse().unwrap();
    let file_name = ExportKind::ArchiveSearch.file_name(format, created_at.naive_utc());
    let manifest = ExportManifest {
        export_id: "42".into(),
        tenant_id: 1,
        tenant: "default".into(),
        kind: ExportKind::ArchiveSearch,
        format,
        file_name: file_name.clone(),
        created_by: "staff 7 <auditor@example.cn> (AUDITOR)".into(),
        created_at,
        completed_at: created_at,
        time_zone: "Asia/Shanghai".into(),
        query: Some("保本 收益".into()),
        filter: json!({"from": "2026-11-01T00:00:00Z", "hasAlert": true, "staffIds": ["zhangsan"]}),
        row_count,
        size_bytes: summary.plaintext_bytes,
        sha256: summary.plaintext_sha256,
        archive_head: Some(ChainHead {
            seq: 5000,
            hash: [0x3f; 32],
        }),
        audit_head: Some(ChainHead {
            seq: 17,
            hash: [0x0c; 32],
        }),
    };
    let handed = Handed {
        file: dir.join(&file_name),
        manifest: dir.join("manifest.json"),
        public_key: dir.join("scrm-signing.pub.pem"),
        sha256: hex(&summary.plaintext_sha256),
        rows: row_count,
    };
    std::fs::write(&handed.file, &downloaded).unwrap();
    std::fs::write(&handed.manifest, manifest.sign(signer)).unwrap();
    std::fs::write(&handed.public_key, signer.public_key_pem()).unwrap();
    handed
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn scrm_export_verify_needs_only_the_public_key_and_names_what_failed() {
    let dir = tempfile::tempdir().unwrap();
    let no_data_dir = dir.path().join("no-data-dir");
    let signer = CheckpointSigner::generate();
    for format in [ExportFormat::Csv, ExportFormat::Xlsx] {
        let handed = export(dir.path(), &signer, format);
        let verify = |file: &Path, manifest: &Path, key: &Path| {
            scrm(
                &no_data_dir,
                &[
                    "export",
                    "verify",
                    path(file),
                    path(manifest),
                    "--public-key",
                    path(key),
                ],
            )
        };

        let output = verify(&handed.file, &handed.manifest, &handed.public_key);
        assert!(output.status.success(), "{}", text(&output.stderr));
        assert_eq!(
            text(&output.stdout),
            format!(
                "ok: {} rows, sha256 {}, signed by {}\n",
                handed.rows,
                handed.sha256,
                signer.fingerprint()
            )
        );
        assert!(
            !text(&output.stderr).contains("data dir"),
            "{}",
            text(&output.stderr)
        );
        assert!(!no_data_dir.exists(), "nothing was created");

        // One changed byte of the file.
        let mut bytes = std::fs::read(&handed.file).unwrap();
        let original = bytes.clone();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        std::fs::write(&handed.file, &bytes).unwrap();
        let output = verify(&handed.file, &handed.manifest, &handed.public_key);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            text(&output.stdout).starts_with("hash mismatch: "),
            "{}",
            text(&output.stdout)
        );
        std::fs::write(&handed.file, &original).unwrap();

        // A changed field of the manifest.
        let manifest = std::fs::read_to_string(&handed.manifest).unwrap();
        let edited = dir.path().join("edited.json");
        let mut value: Value = serde_json::from_str(&manifest).unwrap();
        value["row_count"] = json!(handed.rows - 1);
        std::fs::write(&edited, value.to_string()).unwrap();
        let output = verify(&handed.file, &edited, &handed.public_key);
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(
            text(&output.stdout),
            "bad signature: the manifest's field row_count differs from its signed_message: the manifest was altered\n"
        );

        // The signed message changed consistently with the field: the signature fails.
        let mut value: Value = serde_json::from_str(&manifest).unwrap();
        let message = value["signed_message"].as_str().unwrap().to_string();
        let count = format!("\"row_count\":{}", handed.rows);
        value["signed_message"] = json!(message.replace(&count, "\"row_count\":99"));
        value["row_count"] = json!(99);
        std::fs::write(&edited, value.to_string()).unwrap();
        let output = verify(&handed.file, &edited, &handed.public_key);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            text(&output.stdout).starts_with("bad signature: "),
            "{}",
            text(&output.stdout)
        );

        std::fs::write(&edited, "{\"version\": 1").unwrap();
        let output = verify(&handed.file, &edited, &handed.public_key);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            text(&output.stdout).starts_with("malformed manifest: "),
            "{}",
            text(&output.stdout)
        );

        let other_key = dir.path().join("other.pem");
        std::fs::write(&other_key, CheckpointSigner::generate().public_key_pem()).unwrap();
        let output = verify(&handed.file, &handed.manifest, &other_key);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            text(&output.stdout).starts_with("signed by another key: "),
            "{}",
            text(&output.stdout)
        );
    }
}

#[test]
fn without_a_public_key_it_uses_the_data_dirs_and_never_makes_one() {
    let dir = tempfile::tempdir().unwrap();
    let handed_dir = tempfile::tempdir().unwrap();
    let key_path = dir.path().join("signing.key");
    let signer = CheckpointSigner::load_or_create(&key_path).unwrap();
    let handed = export(handed_dir.path(), &signer, ExportFormat::Csv);
    let args = [
        "export",
        "verify",
        path(&handed.file),
        path(&handed.manifest),
    ];

    let output = scrm(dir.path(), &args);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).starts_with("ok: 3 rows, "));
    assert!(
        text(&output.stderr).starts_with(&format!("scrm: data dir {}", dir.path().display())),
        "{}",
        text(&output.stderr)
    );

    let empty = tempfile::tempdir().unwrap();
    let output = scrm(empty.path(), &args);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("--public-key"),
        "{}",
        text(&output.stderr)
    );
    assert!(
        !empty.path().join("signing.key").exists(),
        "no key was made up"
    );
}

#[test]
fn a_manifest_verifies_with_openssl_jq_and_sha256sum_alone() {
    let dir = tempfile::tempdir().unwrap();
    let signer = CheckpointSigner::generate();
    let handed = export(dir.path(), &signer, ExportFormat::Xlsx);
    let file_name = handed
        .file
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();

    // Exactly the steps of docs/EXPORTS.md.
    let (ok, said) = shell(
        dir.path(),
        "jq -j .signed_message manifest.json > message && \
         jq -r .signature manifest.json | base64 -d > signature && \
         openssl pkeyutl -verify -pubin -inkey scrm-signing.pub.pem -rawin -in message -sigfile signature",
    );
    assert!(ok, "{said}");
    assert!(said.contains("Signature Verified Successfully"), "{said}");
    let (ok, said) = shell(
        dir.path(),
        &format!(
            "test \"$(jq -r .sha256 message)\" = \"$(sha256sum '{file_name}' | cut -d' ' -f1)\" && \
             test \"$(jq -r .public_key_fingerprint message)\" = \
                  \"$(openssl pkey -pubin -in scrm-signing.pub.pem -outform DER | sha256sum | cut -d' ' -f1)\" && \
             jq -cjS 'del(.signed_message, .signature)' manifest.json | cmp - message && \
             jq -r '.row_count' message"
        ),
    );
    assert!(ok, "{said}");
    assert_eq!(said, format!("{}\n", handed.rows));
    assert_eq!(
        handed.sha256,
        shell(
            dir.path(),
            &format!("sha256sum '{file_name}' | cut -d' ' -f1")
        )
        .1
        .trim()
    );

    // A changed message fails with openssl too.
    let message = std::fs::read_to_string(dir.path().join("message")).unwrap();
    std::fs::write(
        dir.path().join("message"),
        message.replace("\"row_count\":3", "\"row_count\":4"),
    )
    .unwrap();
    let (ok, said) = shell(
        dir.path(),
        "openssl pkeyutl -verify -pubin -inkey scrm-signing.pub.pem -rawin -in message -sigfile signature",
    );
    assert!(!ok, "a changed message must not verify: {said}");
}
