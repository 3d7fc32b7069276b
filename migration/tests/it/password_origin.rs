//! Migration 0006 on staff written before it: archive roles with a password must change it,
//! everyone else keeps theirs; down drops the column.

use migration::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::ConnectionTrait;

use crate::common::{fresh_database, texts};

#[tokio::test]
async fn archive_roles_with_a_password_must_change_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database(dir.path()).await;
    Migrator::up(&db, Some(5)).await.unwrap();
    db.execute_unprepared(
        "INSERT INTO tenant (id, slug, name, created_at) VALUES (1, 'a', 'A', '2026-01-01 00:00:00+00:00');
         INSERT INTO staff (id, tenant_id, email, name, role, password_hash, active, created_at, updated_at) VALUES
           (1, 1, 'admin@a', 'admin', 'ADMIN', 'x', true, '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00'),
           (2, 1, 'c@a', 'c', 'COMPLIANCE', 'x', true, '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00'),
           (3, 1, 'au@a', 'au', 'AUDITOR', 'x', true, '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00'),
           (4, 1, 'w@a', 'w', 'COMPLIANCE', NULL, true, '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00');",
    )
    .await
    .unwrap();
    Migrator::up(&db, Some(1)).await.unwrap();
    assert_eq!(
        texts(&db, "SELECT password_origin FROM staff ORDER BY id").await,
        ["OWN", "SET_BY_ANOTHER", "SET_BY_ANOTHER", "OWN"]
            .map(|origin| Some(origin.to_string()))
            .to_vec()
    );
    Migrator::down(&db, Some(1)).await.unwrap();
    assert!(
        db.execute_unprepared("SELECT password_origin FROM staff")
            .await
            .is_err()
    );
    assert_eq!(
        texts(&db, "SELECT email FROM staff ORDER BY id")
            .await
            .len(),
        4
    );
}
