//! Migration 0010 on SQLite or (with `DATABASE_URL`) a fresh PostgreSQL database: tenants that
//! existed before it are in `Asia/Shanghai`; down and up again work.

use migration::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::ConnectionTrait;

use crate::common::{fresh_database, texts};

#[tokio::test]
async fn existing_tenants_get_shanghai_and_down_removes_the_column() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database(dir.path()).await;
    Migrator::up(&db, Some(9)).await.unwrap();
    db.execute_unprepared(
        "INSERT INTO tenant (slug, name, created_at) VALUES ('a', 'A', '2026-01-01 00:00:00+00:00')",
    )
    .await
    .unwrap();

    Migrator::up(&db, Some(1)).await.unwrap();
    assert_eq!(
        texts(&db, "SELECT time_zone FROM tenant").await,
        [Some("Asia/Shanghai".to_string())]
    );

    Migrator::down(&db, Some(1)).await.unwrap();
    assert!(
        db.execute_unprepared("SELECT time_zone FROM tenant")
            .await
            .is_err()
    );
    Migrator::up(&db, Some(1)).await.unwrap();
    assert_eq!(
        texts(&db, "SELECT slug || ' ' || time_zone FROM tenant").await,
        [Some("a Asia/Shanghai".to_string())]
    );
}
