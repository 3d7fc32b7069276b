//! The conversation rows that ingest keeps current: one upsert per batch adds the batch's
//! message counts and latest times, and hands back each conversation's id for the messages.

use std::collections::{BTreeMap, HashMap};

use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};

use super::bulk::{MAX_PARAMETERS, insert_sql};
use crate::ArchiveError;

const COLUMNS: [&str; 4] = ["tenant_id", "key", "message_count", "last_sent_at_ms"];

/// Adds `messages` (conversation key, sent at) to their conversations, creating the missing
/// ones; returns the id of every conversation named.
pub(super) async fn upsert_conversations<'a>(
    connection: &impl ConnectionTrait,
    tenant_id: i64,
    messages: impl IntoIterator<Item = (&'a str, i64)>,
) -> Result<HashMap<String, i64>, ArchiveError> {
    // One row per key: PostgreSQL refuses to update a row twice in one statement.
    let mut batch: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for (key, sent_at_ms) in messages {
        let entry = batch.entry(key).or_insert((0, i64::MIN));
        entry.0 += 1;
        entry.1 = entry.1.max(sent_at_ms);
    }
    let backend = connection.get_database_backend();
    let mut ids = HashMap::with_capacity(batch.len());
    let rows: Vec<_> = batch.into_iter().collect();
    for chunk in rows.chunks(MAX_PARAMETERS / COLUMNS.len()) {
        let mut values = Vec::with_capacity(chunk.len() * COLUMNS.len());
        for (key, (count, last)) in chunk {
            values.extend([
                Value::from(tenant_id),
                Value::from(key.to_string()),
                Value::from(*count),
                Value::from(*last),
            ]);
        }
        let sql = upsert_sql(backend, chunk.len());
        let returned = connection
            .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
        for row in returned {
            ids.insert(
                row.try_get::<String>("", "key")?,
                row.try_get::<i64>("", "id")?,
            );
        }
    }
    Ok(ids)
}

fn upsert_sql(backend: DbBackend, rows: usize) -> String {
    let greatest = match backend {
        DbBackend::Postgres => "GREATEST",
        _ => "MAX",
    };
    format!(
        "{} ON CONFLICT (\"tenant_id\", \"key\") DO UPDATE SET \
         \"message_count\" = \"archive_conversation\".\"message_count\" + excluded.\"message_count\", \
         \"last_sent_at_ms\" = {greatest}(\"archive_conversation\".\"last_sent_at_ms\", excluded.\"last_sent_at_ms\") \
         RETURNING \"id\", \"key\"",
        insert_sql(backend, "archive_conversation", &COLUMNS, rows)
    )
}
