//! What the migration tests share: a database of their own, and reading rows back.

use sea_orm_migration::sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};

/// The test's own database: a SQLite file in `dir`, or a new PostgreSQL database.
pub async fn fresh_database(dir: &std::path::Path) -> DatabaseConnection {
    let Some(base) = std::env::var("DATABASE_URL")
        .ok()
        .filter(|url| url.starts_with("postgres"))
    else {
        let url = format!("sqlite://{}?mode=rwc", dir.join("scrm.db").display());
        return Database::connect(&url).await.unwrap();
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let name = format!("scrm_migration_{}_{nanos}", std::process::id());
    let server = Database::connect(&base).await.unwrap();
    server
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .unwrap();
    server.close().await.unwrap();
    let (prefix, _) = base.rsplit_once('/').unwrap();
    Database::connect(format!("{prefix}/{name}")).await.unwrap()
}

pub async fn texts(db: &DatabaseConnection, sql: &str) -> Vec<Option<String>> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get_by_index::<Option<String>>(0).unwrap())
        .collect()
}
