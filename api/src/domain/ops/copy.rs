//! Copying the whole database into another one, table by table: `scrm db copy --to URL`
//! (moving from SQLite to PostgreSQL), and the backups and restores that go through a SQLite
//! file (`backup.rs`).
//!
//! Rows are read through the sea-orm entities in primary-key order, in batches (keyset, so a
//! table of millions costs the same per batch), and inserted with their ids. The source is
//! read in one transaction (a consistent snapshot, also while the server writes: `REPEATABLE
//! READ` on PostgreSQL, a WAL read snapshot on SQLite); the target is written in one
//! transaction, so a failed copy leaves it as empty as it was. Values pass through the
//! entities' types unchanged: byte columns as bytes, timestamps at microsecond precision.

use std::collections::BTreeMap;
use std::path::PathBuf;

use entity::begin_write;
use migration::{Migrator, MigratorTrait};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    AccessMode, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend,
    DbErr, EntityName, EntityTrait, IdenStatic, IntoActiveModel, IsolationLevel, Iterable,
    ModelTrait, PaginatorTrait, PrimaryKeyToColumn, QueryFilter, QueryOrder, QuerySelect,
    TransactionOptions, TransactionTrait, Value,
};

use crate::domain::operator::OperatorAccess;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

/// Bind parameters per insert, below SQLite's (32,766) and PostgreSQL's (65,535) limits.
const MAX_BIND_PARAMETERS: usize = 30_000;
/// Rows per batch at most (archive rows carry a few hundred bytes of ciphertext each).
const MAX_BATCH_ROWS: usize = 1_000;

/// Every table, parents before children: a foreign key points only to a table listed earlier,
/// or to its own table at a smaller id (departments are created under an existing parent and
/// never moved). Adding a table to the schema means adding its entity here, one line; the test
/// `the_copy_list_is_the_migrated_schema` fails until then.
macro_rules! tables {
    ($($table:ident),* $(,)?) => {
        /// The tables copied, in copy order.
        pub fn table_names() -> Vec<&'static str> {
            vec![$(entity::$table::Entity.table_name()),*]
        }

        /// Rows per table, in copy order.
        pub(super) async fn row_counts<C: ConnectionTrait>(db: &C) -> Result<Vec<(&'static str, u64)>, DbErr> {
            Ok(vec![$(
                (entity::$table::Entity.table_name(), entity::$table::Entity::find().count(db).await?),
            )*])
        }

        /// Each table's columns as its entity knows them (for the schema test).
        #[cfg(test)]
        fn entity_columns() -> Vec<(&'static str, Vec<String>)> {
            vec![$(
                (
                    entity::$table::Entity.table_name(),
                    <entity::$table::Entity as EntityTrait>::Column::iter()
                        .map(|column| column.as_str().to_string())
                        .collect(),
                ),
            )*]
        }

        async fn copy_tables<S: ConnectionTrait, T: ConnectionTrait>(
            source: &S,
            target: &T,
            progress: &mut dyn FnMut(&CopyProgress),
        ) -> Result<Vec<TableCopied>, DbErr> {
            Ok(vec![$(
                copy_table(entity::$table::Entity, source, target, progress).await?,
            )*])
        }
    };
}

tables![
    tenant,
    wecom_settings,
    wecom_archive_key,
    wecom_archive_cursor,
    wecom_event,
    wecom_callback_nonce,
    department,
    staff,
    session,
    api_key,
    customer,
    customer_follow,
    tag_group,
    tag,
    follow_tag,
    follow_tag_event,
    customer_group,
    customer_group_member,
    group_welcome_template,
    library_folder,
    script,
    material,
    library_use,
    channel_code,
    channel_code_staff,
    channel_code_tag,
    channel_code_add,
    broadcast_policy,
    broadcast,
    broadcast_recipient,
    sop_rule,
    sop_run,
    task,
    follow_up,
    pipeline,
    pipeline_stage,
    deal,
    deal_event,
    notification,
    transfer,
    transfer_handover,
    archive_key,
    archive_dictionary,
    archive_media,
    archive_conversation,
    archive_message,
    archive_ingest_batch,
    archive_tombstone,
    archive_reject,
    archive_opt_out,
    risk_rule,
    risk_alert,
    risk_alert_comment,
    audit_entry,
    audit_target,
    chain_checkpoint,
    job,
    legal_hold,
    export,
];

/// Where a copy is, after each batch.
#[derive(Debug, Clone)]
pub struct CopyProgress {
    pub table: &'static str,
    /// Rows of this table copied so far.
    pub rows: u64,
}

/// One table copied.
#[derive(Debug, Clone)]
pub struct TableCopied {
    pub table: &'static str,
    pub rows: u64,
    has_id: bool,
}

/// What `scrm db copy` did.
#[derive(Debug, Clone)]
pub struct CopyReport {
    pub tables: Vec<TableCopied>,
    /// The migrations both databases are at.
    pub migrations: usize,
}

/// Copies the operator's database (the one the data dir's settings name) into the empty
/// database at `target_url`, migrating it first. The data dir (master key, indexes) is shared
/// by both: after pointing `DATABASE_URL` at the target, everything reads as before.
pub async fn copy_database(
    access: &OperatorAccess,
    target_url: &str,
    progress: &mut dyn FnMut(&CopyProgress),
) -> ApiResult<CopyReport> {
    let source = &access.store().db;
    let mut settings = Settings::new(String::new(), PathBuf::new(), Some(target_url.to_string()));
    settings.db_max_connections = Some(2);
    let (target, _) = crate::db::connect(&settings).await?;
    // Refuse before migrating, so a database in use is not even touched.
    refuse_rows(&target, "the target database").await?;
    crate::db::migrate_up(&target).await?;
    let copied = copy_all(source, &target, progress).await;
    let migrations = applied_migrations(&target).await;
    target.close().await?;
    Ok(CopyReport {
        tables: copied?,
        migrations: migrations?.len(),
    })
}

/// Copies every table of `source` into `target`, which must be migrated to the same
/// migrations and hold no rows; on PostgreSQL the id sequences continue after the copied ids.
pub(super) async fn copy_all(
    source: &DatabaseConnection,
    target: &DatabaseConnection,
    progress: &mut dyn FnMut(&CopyProgress),
) -> ApiResult<Vec<TableCopied>> {
    let source_migrations = applied_migrations(source).await?;
    let target_migrations = applied_migrations(target).await?;
    if source_migrations != target_migrations {
        return Err(ApiError::Conflict(format!(
            "the source and the target are not at the same migrations ({} applied vs {}); \
             run `scrm migrate` on both with this version of scrm first",
            source_migrations.len(),
            target_migrations.len()
        )));
    }
    refuse_rows(target, "the target database").await?;

    let read_options = match source.get_database_backend() {
        DbBackend::Postgres => TransactionOptions {
            isolation_level: Some(IsolationLevel::RepeatableRead),
            access_mode: Some(AccessMode::ReadOnly),
            ..TransactionOptions::default()
        },
        // A deferred transaction: its first read fixes the WAL snapshot for all later reads.
        _ => TransactionOptions::default(),
    };
    let snapshot = source.begin_with_options(read_options).await?;
    let writing = begin_write(target).await?;
    let copied = copy_tables(&snapshot, &writing, progress).await?;
    if writing.get_database_backend() == DbBackend::Postgres {
        for table in copied.iter().filter(|table| table.has_id) {
            // The next id after the largest copied one; `false`: not yet handed out.
            writing
                .execute_unprepared(&format!(
                    "SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), \
                     COALESCE((SELECT MAX(id) FROM \"{name}\"), 0) + 1, false)",
                    name = table.table
                ))
                .await?;
        }
    }
    writing.commit().await?;
    snapshot.rollback().await?;
    Ok(copied)
}

/// Fails unless every table is empty (or missing): `what` names the database for the message.
pub(super) async fn refuse_rows(db: &DatabaseConnection, what: &str) -> ApiResult<()> {
    let manager = migration::SchemaManager::new(db);
    for table in table_names() {
        if !manager.has_table(table).await? {
            continue;
        }
        let rows = db
            .query_one_raw(sea_orm::Statement::from_string(
                db.get_database_backend(),
                format!("SELECT COUNT(*) AS n FROM \"{table}\""),
            ))
            .await?
            .map(|row| row.try_get::<i64>("", "n"))
            .transpose()?
            .unwrap_or(0);
        if rows > 0 {
            return Err(ApiError::Conflict(format!(
                "{what} is not empty (table {table} holds {rows} rows); nothing was copied: \
                 use a new, empty database (see docs/OPERATIONS.md)"
            )));
        }
    }
    Ok(())
}

/// The names of the migrations applied to `db`, in order.
pub(super) async fn applied_migrations(db: &DatabaseConnection) -> ApiResult<Vec<String>> {
    Ok(Migrator::get_applied_migrations(db)
        .await?
        .iter()
        .map(|migration| migration.name().to_string())
        .collect())
}

/// Copies one table in primary-key order: each batch is the rows after the last key copied.
async fn copy_table<E, S, T>(
    entity: E,
    source: &S,
    target: &T,
    progress: &mut dyn FnMut(&CopyProgress),
) -> Result<TableCopied, DbErr>
where
    E: EntityTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E>,
    S: ConnectionTrait,
    T: ConnectionTrait,
{
    let table = entity.table_name();
    let keys: Vec<E::Column> = E::PrimaryKey::iter()
        .map(PrimaryKeyToColumn::into_column)
        .collect();
    let columns = E::Column::iter().count().max(1);
    let batch = (MAX_BIND_PARAMETERS / columns).clamp(1, MAX_BATCH_ROWS);
    let mut after: Option<Vec<Value>> = None;
    let mut rows_copied = 0u64;
    loop {
        let mut select = E::find();
        for key in &keys {
            select = select.order_by_asc(*key);
        }
        if let Some(last) = &after {
            let columns = Expr::tuple(keys.iter().map(|key| key.into_expr()));
            let values = Expr::tuple(last.iter().cloned().map(Expr::val));
            select = select.filter(columns.gt(values));
        }
        let rows = select.limit(batch as u64).all(source).await?;
        let Some(last) = rows.last() else {
            break;
        };
        after = Some(keys.iter().map(|key| last.get(*key)).collect());
        let count = rows.len();
        E::insert_many(rows.into_iter().map(IntoActiveModel::into_active_model))
            .exec_without_returning(target)
            .await?;
        rows_copied += count as u64;
        progress(&CopyProgress {
            table,
            rows: rows_copied,
        });
        if count < batch {
            break;
        }
    }
    Ok(TableCopied {
        table,
        rows: rows_copied,
        has_id: E::Column::iter().any(|column| column.as_str() == "id"),
    })
}

/// Rows per table as a map (for manifests and reports).
pub(super) fn as_map(counts: &[(&'static str, u64)]) -> BTreeMap<String, u64> {
    counts
        .iter()
        .map(|(table, rows)| (table.to_string(), *rows))
        .collect()
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use sea_orm::{Database, Statement};

    use super::*;

    async fn strings(db: &DatabaseConnection, sql: &str) -> Vec<String> {
        db.query_all_raw(Statement::from_string(DbBackend::Sqlite, sql))
            .await
            .unwrap()
            .iter()
            .map(|row| row.try_get::<String>("", "name").unwrap())
            .collect()
    }

    /// The copy list against the schema the migrations build: every table (and nothing else),
    /// parents before children, and every column known to its entity (a column only the
    /// database knows would be dropped by the copy).
    #[tokio::test]
    async fn the_copy_list_is_the_migrated_schema() {
        let db = Database::connect("sqlite::memory:").await.unwrap();
        Migrator::up(&db, None).await.unwrap();
        let migrated: BTreeSet<String> = strings(
            &db,
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name <> 'seaql_migrations'",
        )
        .await
        .into_iter()
        .collect();
        let listed = table_names();
        let listed_set: BTreeSet<String> = listed.iter().map(|name| name.to_string()).collect();
        assert_eq!(
            listed_set, migrated,
            "tables the migrations create vs the copy list in domain/ops/copy.rs"
        );
        assert_eq!(listed.len(), listed_set.len(), "no table listed twice");

        let position: BTreeMap<&str, usize> = listed
            .iter()
            .enumerate()
            .map(|(index, name)| (*name, index))
            .collect();
        for (index, table) in listed.iter().enumerate() {
            let parents = strings(
                &db,
                &format!("SELECT \"table\" AS name FROM pragma_foreign_key_list('{table}')"),
            )
            .await;
            for parent in parents {
                assert!(
                    position[parent.as_str()] <= index,
                    "{table} refers to {parent}, which is copied after it"
                );
            }
        }
    }

    #[tokio::test]
    async fn every_column_is_known_to_its_entity() {
        let db = Database::connect("sqlite::memory:").await.unwrap();
        Migrator::up(&db, None).await.unwrap();
        // (PostgreSQL's `risk_alert.insert_xid` is the one column outside the entities: it
        // fills itself on insert, and the copy gives every row the copy's transaction.)
        for (table, columns) in entity_columns() {
            let in_database: BTreeSet<String> = strings(
                &db,
                &format!("SELECT name FROM pragma_table_info('{table}')"),
            )
            .await
            .into_iter()
            .collect();
            let in_entity: BTreeSet<String> = columns.into_iter().collect();
            assert_eq!(in_entity, in_database, "columns of {table}");
        }
    }
}
