//! Sealed notes on a real SQLite database: bound to their row and tenant, and still readable
//! by a process whose keyring predates a rotation made by another process.

use archive::store::NoteBinding;
use archive::{Archive, ArchiveErrorCode, MasterKey};
use entity::tenant;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ActiveModelTrait, Database, Set};

async fn tenant(db: &sea_orm::DatabaseConnection, slug: &str) -> i64 {
    tenant::ActiveModel {
        slug: Set(slug.to_string()),
        name: Set(slug.to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .expect("tenant")
    .id
}

#[tokio::test]
async fn notes_open_only_for_their_row_and_survive_another_process_rotating_keys() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("scrm.db").display());
    let db = Database::connect(&url).await.expect("connect");
    Migrator::up(&db, None).await.expect("migrate");
    let acme = tenant(&db, "acme").await;
    let other = tenant(&db, "other").await;
    let master_path = dir.path().join("master.key");
    let open_archive = || {
        Archive::new(
            db.clone(),
            MasterKey::load_or_create(&master_path).expect("master key"),
            dir.path().join("index"),
        )
    };
    let server = open_archive();

    let comment = NoteBinding::AlertComment {
        alert_id: 3,
        author_id: 5,
    };
    let text = "客户称是误会，见 朱雀行动";
    let blob = server.seal_note(acme, comment, text).await.expect("sealed");
    assert!(
        !blob
            .windows(text.len())
            .any(|window| window == text.as_bytes()),
        "the blob holds no plaintext"
    );
    assert_eq!(server.open_note(acme, comment, &blob).await.unwrap(), text);

    for (tenant_id, binding) in [
        (other, comment),
        (
            acme,
            NoteBinding::AlertComment {
                alert_id: 4,
                author_id: 5,
            },
        ),
        (
            acme,
            NoteBinding::AlertComment {
                alert_id: 3,
                author_id: 6,
            },
        ),
        (acme, NoteBinding::AlertDecision { alert_id: 3 }),
    ] {
        let error = server
            .open_note(tenant_id, binding, &blob)
            .await
            .unwrap_err();
        assert_eq!(
            error.code(),
            ArchiveErrorCode::IntegrityViolation,
            "{binding} of tenant {tenant_id}"
        );
    }

    // Another process (the CLI) rotates; this one's cached keyring lacks the new version.
    let cli = open_archive();
    assert_eq!(cli.rotate_key(acme).await.expect("rotated"), 2);
    let decision = NoteBinding::AlertDecision { alert_id: 3 };
    let after_rotation = cli
        .seal_note(acme, decision, "承诺保本，违规")
        .await
        .expect("sealed");
    assert_eq!(
        archive::crypto::sealed_key_version(&after_rotation).unwrap(),
        2
    );
    assert_eq!(
        server
            .open_note(acme, decision, &after_rotation)
            .await
            .unwrap(),
        "承诺保本，违规"
    );
    assert_eq!(server.open_note(acme, comment, &blob).await.unwrap(), text);
}
