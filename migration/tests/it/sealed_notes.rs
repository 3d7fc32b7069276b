//! Migration 0005 on a database written before it, on SQLite or (with `DATABASE_URL`) a fresh
//! PostgreSQL database: legacy plaintext is kept for the server to seal, the way down works while
//! nothing is sealed and refuses, changing nothing, once something is.

use migration::{Migrator, MigratorTrait};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseConnection, Statement};

use crate::common::{fresh_database, texts};

async fn has_sealed_columns(db: &DatabaseConnection) -> [bool; 2] {
    let backend = db.get_database_backend();
    let mut found = [false; 2];
    for (index, sql) in [
        "SELECT body_sealed FROM risk_alert_comment",
        "SELECT decision_reason_sealed FROM risk_alert",
    ]
    .into_iter()
    .enumerate()
    {
        found[index] = db
            .query_all_raw(Statement::from_string(backend, sql))
            .await
            .is_ok();
    }
    found
}

#[tokio::test]
async fn legacy_text_is_kept_and_down_refuses_only_once_something_is_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database(dir.path()).await;
    Migrator::up(&db, Some(4)).await.unwrap();
    db.execute_unprepared(
        "INSERT INTO tenant (id, slug, name, created_at) VALUES (1, 'a', 'A', '2026-01-01 00:00:00+00:00');
         INSERT INTO risk_alert (id, tenant_id, message_seq, msgid, rule_code, rule_version, severity,
            matches, status, decided_by, decided_at, decision_reason, sent_at_ms, created_at)
         VALUES (1, 1, 1, 'm1', 'R1', 1, 'HIGH', '[]', 'CONFIRMED', 7, '2026-01-02 00:00:00+00:00',
            'legacy reason', 0, '2026-01-01 00:00:00+00:00');
         INSERT INTO risk_alert_comment (id, tenant_id, alert_id, author_id, body, created_at)
         VALUES (1, 1, 1, 7, 'legacy comment', '2026-01-01 00:00:00+00:00');",
    )
    .await
    .unwrap();

    // Exactly 0005, so the downs below undo it and nothing later.
    Migrator::up(&db, Some(1)).await.unwrap();
    assert_eq!(has_sealed_columns(&db).await, [true, true]);
    assert_eq!(
        texts(
            &db,
            "SELECT body FROM risk_alert_comment WHERE body_sealed IS NULL"
        )
        .await,
        vec![Some("legacy comment".to_string())],
        "the migration keeps legacy text for start-up to seal"
    );
    assert_eq!(
        texts(
            &db,
            "SELECT decision_reason FROM risk_alert WHERE decision_reason_sealed IS NULL"
        )
        .await,
        vec![Some("legacy reason".to_string())]
    );

    // Nothing sealed yet: down drops the columns and the legacy text is as it was.
    Migrator::down(&db, Some(1)).await.unwrap();
    assert_eq!(has_sealed_columns(&db).await, [false, false]);
    assert_eq!(
        texts(&db, "SELECT body FROM risk_alert_comment").await,
        vec![Some("legacy comment".to_string())]
    );

    // Once a note is sealed (as the server does), down refuses and changes nothing.
    Migrator::up(&db, Some(1)).await.unwrap();
    let seal_comment = Query::update()
        .table(Alias::new("risk_alert_comment"))
        .value(Alias::new("body_sealed"), vec![1u8, 2, 3])
        .value(Alias::new("body"), "")
        .to_owned();
    db.execute(&seal_comment).await.unwrap();
    let error = Migrator::down(&db, Some(1)).await.unwrap_err().to_string();
    assert!(
        error.contains("refusing to roll back m20261201_000005_sealed_notes: 1 alert comment(s) and 0 decision reason(s)"),
        "{error}"
    );
    assert_eq!(has_sealed_columns(&db).await, [true, true]);
    let status = Migrator::get_migration_with_status(&db).await.unwrap();
    assert!(
        status.iter().any(
            |migration| migration.name() == "m20261201_000005_sealed_notes"
                && migration.status() == migration::MigrationStatus::Applied
        ),
        "0005 stays applied"
    );
}
