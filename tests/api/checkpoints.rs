//! Signed checkpoints end to end: `scrm audit checkpoint` JSON checked with `openssl` and the
//! public key alone (as docs/AUDIT.md shows), and `scrm archive verify` catching a chain that an
//! attacker without the key rewrote (every hash recomputed), truncated, or whose checkpoint
//! they forged.

use std::process::Command;

use archive::chain::{ChainHead, ciphertext_digest};
use entity::{archive_message, chain_checkpoint};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `scrm archive verify --tenant default` plus `extra`: (success, stdout).
fn verify(app: &TestApp, extra: &[&str]) -> (bool, String) {
    let mut args = vec!["archive", "verify", "--tenant", "default"];
    args.extend_from_slice(extra);
    let output = app.scrm(&args);
    (output.status.success(), text(&output.stdout))
}

/// Runs `sh -c script` in `dir`: (success, stdout + stderr).
fn shell(dir: &std::path::Path, script: &str) -> (bool, String) {
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

async fn rows(connection: &DatabaseConnection) -> Vec<archive_message::Model> {
    archive_message::Entity::find()
        .order_by_asc(archive_message::Column::Seq)
        .all(connection)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_checkpoint_verifies_with_openssl_and_catches_rewritten_and_truncated_chains() {
    let app = spawn_app().await;
    app.import_first(50);

    // The public key, as the operator hands it out.
    let public = app.scrm(&["keys", "public"]);
    assert!(public.status.success(), "{}", text(&public.stderr));
    let public_pem = text(&public.stdout);
    assert!(public_pem.starts_with("-----BEGIN PUBLIC KEY-----\n"));
    let key_file = app.data_dir.path().join("signing.key");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let output = app.scrm(&["audit", "checkpoint", "--tenant", "default"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let document: Value = serde_json::from_str(&text(&output.stdout)).unwrap();
    assert_eq!(document["tenant"], "default");
    assert_eq!(document["public_key"], public_pem.as_str());
    let checkpoints = document["checkpoints"].as_array().unwrap();
    // Both chains: the archive, and the audit log (the admin's sign-in, the import).
    let chains: Vec<&str> = checkpoints
        .iter()
        .map(|checkpoint| checkpoint["chain"].as_str().unwrap())
        .collect();
    assert_eq!(chains, ["archive", "audit"], "{document}");
    let checkpoint = &checkpoints[0];
    assert_eq!(checkpoint["chain"], "archive");
    assert_eq!(checkpoint["seq"], 50);
    let message = checkpoint["message"].as_str().unwrap();
    let head = checkpoint["head"].as_str().unwrap();
    let at = checkpoint["at"].as_str().unwrap();
    assert_eq!(
        message,
        format!(
            "scrm-checkpoint-v1\ntenant={}\nchain=archive\nseq=50\nhead={head}\nat={at}\n",
            checkpoint["tenant_id"]
        )
    );

    // An auditor with the public key alone, exactly as docs/AUDIT.md says.
    let auditor = tempfile::tempdir().unwrap();
    std::fs::write(auditor.path().join("scrm-signing.pub.pem"), &public_pem).unwrap();
    std::fs::write(auditor.path().join("checkpoint.json"), text(&output.stdout)).unwrap();
    let (ok, said) = shell(
        auditor.path(),
        "jq -j '.checkpoints[0].message' checkpoint.json > message && \
         jq -r '.checkpoints[0].signature' checkpoint.json | base64 -d > signature && \
         openssl pkeyutl -verify -pubin -inkey scrm-signing.pub.pem -rawin -in message -sigfile signature",
    );
    assert!(ok, "{said}");
    assert!(said.contains("Signature Verified Successfully"), "{said}");
    // One changed character of the message fails.
    std::fs::write(
        auditor.path().join("message"),
        message.replace("seq=50", "seq=51"),
    )
    .unwrap();
    let (ok, said) = shell(
        auditor.path(),
        "openssl pkeyutl -verify -pubin -inkey scrm-signing.pub.pem -rawin -in message -sigfile signature",
    );
    assert!(!ok, "a changed message must not verify: {said}");

    let (ok, stdout) = verify(&app, &[]);
    assert!(ok, "{stdout}");
    assert_eq!(
        stdout,
        format!(
            "ok: 50 records (chain and sealed originals); checkpoint seq 50 signed at {at} matches\n"
        )
    );

    // The audit log (the admin's sign-in, the import, the verify just run) verifies against
    // its checkpoint.
    let audit_checkpoint = &checkpoints[1];
    let audit = app.scrm(&["audit", "verify", "--tenant", "default"]);
    assert!(audit.status.success(), "{}", text(&audit.stderr));
    let audit_out = text(&audit.stdout);
    assert!(audit_out.starts_with("ok: "), "{audit_out}");
    assert!(
        audit_out.ends_with(&format!(
            "records (audit log); checkpoint seq {} signed at {} matches\n",
            audit_checkpoint["seq"],
            audit_checkpoint["at"].as_str().unwrap()
        )),
        "{audit_out}"
    );

    let connection = app.db().await;

    // A forged checkpoint row (this key's fingerprint, not its signature).
    let forged = chain_checkpoint::Entity::find()
        .one(&connection)
        .await
        .unwrap()
        .unwrap();
    let mut active: chain_checkpoint::ActiveModel = forged.clone().into();
    active.id = sea_orm::ActiveValue::NotSet;
    active.seq = Set(60);
    active.insert(&connection).await.unwrap();
    let (ok, stdout) = verify(&app, &["--quick"]);
    assert!(!ok);
    assert_eq!(
        stdout.trim(),
        "archive checkpoint at seq 60: checkpoint signature invalid: not signed by this installation's key"
    );
    chain_checkpoint::Entity::delete_many()
        .filter(chain_checkpoint::Column::Seq.eq(60))
        .exec(&connection)
        .await
        .unwrap();
    assert!(verify(&app, &[]).0);

    // Truncated: the last two records deleted. The chain still links.
    let all = rows(&connection).await;
    let tail: Vec<archive_message::Model> = all[48..].to_vec();
    archive_message::Entity::delete_many()
        .filter(archive_message::Column::Seq.gte(49))
        .exec(&connection)
        .await
        .unwrap();
    let (ok, stdout) = verify(&app, &["--quick"]);
    assert!(!ok);
    assert_eq!(
        stdout.trim(),
        "archive chain shorter than the checkpoint: it ends at seq 48, the checkpoint signed seq 50: records were removed at the end"
    );
    for row in tail {
        archive_message::ActiveModel::from(row)
            .insert(&connection)
            .await
            .unwrap();
    }
    assert!(verify(&app, &[]).0, "restored");

    // Rewritten from seq 40 on, every later hash recomputed as an attacker without the key
    // would: the chain links up, but it is not the chain that was signed.
    let all = rows(&connection).await;
    let mut chain = ChainHead {
        seq: 39,
        hash: all[38].chain_hash.clone().try_into().unwrap(),
    };
    for row in &all[39..] {
        let msgid = if row.seq == 40 {
            "forged-40".to_string()
        } else {
            row.msgid.clone()
        };
        chain = chain.append(&msgid, &ciphertext_digest(&row.ciphertext));
        let mut active: archive_message::ActiveModel = row.clone().into();
        active.msgid = Set(msgid);
        active.chain_hash = Set(chain.hash.to_vec());
        active.update(&connection).await.unwrap();
    }
    let (ok, stdout) = verify(&app, &["--quick"]);
    assert!(!ok, "{stdout}");
    assert_eq!(
        stdout.trim(),
        format!(
            "archive checkpoint at seq 50 signed head {head}, but the chain now has {} at seq 50: the chain was rewritten",
            hex_of(&chain.hash)
        )
    );
    // A new checkpoint is refused rather than signing the rewritten chain.
    let output = app.scrm(&["audit", "checkpoint", "--tenant", "default"]);
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("the chain was rewritten"),
        "{}",
        text(&output.stderr)
    );
}

fn hex_of(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// `scrm serve` signs the chain heads every `checkpoint_every` on its own.
#[tokio::test]
async fn the_server_checkpoints_periodically() {
    let app = crate::helpers::spawn_app_with(|settings| {
        settings.checkpoint_every = std::time::Duration::from_millis(300);
    })
    .await;
    app.import_first(5);
    let connection = app.db().await;
    // Forget the import's own checkpoint: the server's task must sign the head again.
    chain_checkpoint::Entity::delete_many()
        .exec(&connection)
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let found = chain_checkpoint::Entity::find()
            .all(&connection)
            .await
            .unwrap();
        // A run of the task may straddle the delete and sign the audit chain first: look for
        // the archive chain's checkpoint.
        if let Some(checkpoint) = found.iter().find(|found| found.chain == "archive") {
            assert_eq!(checkpoint.seq, 5);
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no periodic checkpoint within 20 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (ok, stdout) = verify(&app, &["--quick"]);
    assert!(
        ok && stdout.contains("; checkpoint seq 5 signed at "),
        "{stdout}"
    );
}

/// Before signing, a checkpoint re-checks the links added since the previous one: a record
/// edited by hand after a checkpoint (no hash recomputed) refuses the next checkpoint, which
/// names its seq — for the archive chain and for the audit log's.
#[tokio::test]
async fn a_checkpoint_refuses_a_chain_broken_since_the_previous_one() {
    let app = spawn_app().await;
    app.import_first(50);
    app.import_first(60);
    let connection = app.db().await;
    // The second import signed seq 60; forget it, so seq 51..60 came after the latest
    // checkpoint (seq 50) as records written between two checkpoints do.
    chain_checkpoint::Entity::delete_many()
        .filter(chain_checkpoint::Column::Chain.eq("archive"))
        .filter(chain_checkpoint::Column::Seq.gt(50))
        .exec(&connection)
        .await
        .unwrap();
    let row = archive_message::Entity::find()
        .filter(archive_message::Column::Seq.eq(55))
        .one(&connection)
        .await
        .unwrap()
        .unwrap();
    let original = row.msgid.clone();
    let mut active: archive_message::ActiveModel = row.clone().into();
    active.msgid = Set("edited-55".to_string());
    let edited = active.update(&connection).await.unwrap();

    let output = app.scrm(&["audit", "checkpoint", "--tenant", "default"]);
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(
            "archive chain broken at seq 55 (after the checkpoint at seq 50): hash mismatch"
        ),
        "{stderr}"
    );
    let latest = chain_checkpoint::Entity::find()
        .filter(chain_checkpoint::Column::Chain.eq("archive"))
        .order_by_desc(chain_checkpoint::Column::Seq)
        .one(&connection)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(latest.seq, 50, "the broken chain was not signed");
    let mut active: archive_message::ActiveModel = edited.into();
    active.msgid = Set(original);
    active.update(&connection).await.unwrap();

    // The audit log: entries after its latest checkpoint, one of them edited by hand (the
    // append-only trigger dropped, as someone with DDL rights could).
    let output = app.scrm(&["audit", "checkpoint", "--tenant", "default"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let signed = chain_checkpoint::Entity::find()
        .filter(chain_checkpoint::Column::Chain.eq("audit"))
        .order_by_desc(chain_checkpoint::Column::Seq)
        .one(&connection)
        .await
        .unwrap()
        .unwrap()
        .seq;
    for _ in 0..2 {
        let output = app.scrm(&["archive", "search", "--tenant", "default", "的"]);
        assert!(output.status.success());
    }
    let drop = match connection.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => "DROP TRIGGER audit_entry_no_change ON audit_entry",
        _ => "DROP TRIGGER audit_entry_no_update",
    };
    connection.execute_unprepared(drop).await.unwrap();
    connection
        .execute_unprepared(&format!(
            "UPDATE audit_entry SET outcome = 'DENIED' WHERE seq = {}",
            signed + 1
        ))
        .await
        .unwrap();
    let output = app.scrm(&["audit", "checkpoint", "--tenant", "default"]);
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "audit chain broken at seq {} (after the checkpoint at seq {signed}): hash mismatch",
            signed + 1
        )),
        "{stderr}"
    );
}
