//! Migration 0008 on SQLite or (with `DATABASE_URL`) a fresh PostgreSQL database: the audit
//! tables refuse UPDATE and DELETE, down works while the log is empty and refuses, changing
//! nothing, once it holds an entry; up again after down works.

use migration::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::ConnectionTrait;

use crate::common::{fresh_database, texts};

const INSERT_ENTRY: &str = "INSERT INTO audit_entry
    (tenant_id, seq, at, actor_kind, actor_staff_id, actor_role, action, outcome, sealed, chain_hash)
    VALUES (1, 1, '2026-01-01 00:00:00+00:00', 'STAFF', 7, 'COMPLIANCE', 'ARCHIVE_SEARCH', 'SUCCESS', x'0102', x'0304')";

async fn tables_exist(db: &sea_orm_migration::sea_orm::DatabaseConnection) -> [bool; 2] {
    [
        db.execute_unprepared("SELECT seq FROM audit_entry")
            .await
            .is_ok(),
        db.execute_unprepared("SELECT tag FROM audit_target")
            .await
            .is_ok(),
    ]
}

#[tokio::test]
async fn audit_tables_are_append_only_and_down_refuses_to_destroy_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database(dir.path()).await;
    Migrator::up(&db, Some(7)).await.unwrap();
    assert_eq!(tables_exist(&db).await, [false, false]);
    Migrator::up(&db, Some(1)).await.unwrap();
    assert_eq!(tables_exist(&db).await, [true, true]);

    // Empty: down and up again both work.
    Migrator::down(&db, Some(1)).await.unwrap();
    assert_eq!(tables_exist(&db).await, [false, false]);
    Migrator::up(&db, Some(1)).await.unwrap();

    // PostgreSQL wants a bytea literal spelled its own way.
    let insert_entry = match db.get_database_backend() {
        sea_orm_migration::sea_orm::DbBackend::Postgres => INSERT_ENTRY
            .replace("x'0102'", "'\\x0102'::bytea")
            .replace("x'0304'", "'\\x0304'::bytea"),
        _ => INSERT_ENTRY.to_string(),
    };
    let insert_target = match db.get_database_backend() {
        sea_orm_migration::sea_orm::DbBackend::Postgres => {
            "INSERT INTO audit_target (tenant_id, seq, tag) VALUES (1, 1, '\\x0a0b'::bytea)"
        }
        _ => "INSERT INTO audit_target (tenant_id, seq, tag) VALUES (1, 1, x'0a0b')",
    };
    db.execute_unprepared(
        "INSERT INTO tenant (id, slug, name, created_at) VALUES (1, 'a', 'A', '2026-01-01 00:00:00+00:00')",
    )
    .await
    .unwrap();
    db.execute_unprepared(&insert_entry).await.unwrap();
    db.execute_unprepared(insert_target).await.unwrap();

    for statement in [
        "UPDATE audit_entry SET action = 'LOGIN'",
        "DELETE FROM audit_entry",
        "UPDATE audit_target SET seq = 2",
        "DELETE FROM audit_target",
        "DELETE FROM tenant",
    ] {
        let refused = db.execute_unprepared(statement).await;
        assert!(refused.is_err(), "{statement} must be refused");
    }
    assert_eq!(
        texts(&db, "SELECT action FROM audit_entry").await,
        [Some("ARCHIVE_SEARCH".to_string())]
    );

    let refused = Migrator::down(&db, Some(1)).await.unwrap_err().to_string();
    assert!(refused.contains("holds 1 entry"), "{refused}");
    assert_eq!(tables_exist(&db).await, [true, true]);
    assert_eq!(
        texts(&db, "SELECT action FROM audit_entry").await,
        [Some("ARCHIVE_SEARCH".to_string())]
    );
}
