//! Multi-row INSERTs straight from values. An import writes millions of rows; building each
//! statement through the query builder (one expression tree per value, cloned rows) cost the
//! importer as much as parsing and sealing together.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value};

/// Bind parameters per statement: under SQLite's limit of 32,766 (PostgreSQL allows 65,535).
pub(super) const MAX_PARAMETERS: usize = 30_000;

/// Inserts `values`, row after row (`columns.len()` values each), in as few statements as the
/// parameter limit allows.
pub(super) async fn insert_rows(
    connection: &impl ConnectionTrait,
    table: &str,
    columns: &[&str],
    values: Vec<Value>,
) -> Result<(), DbErr> {
    let width = columns.len();
    if width == 0 || values.is_empty() {
        return Ok(());
    }
    if !values.len().is_multiple_of(width) {
        return Err(DbErr::Custom(format!(
            "{} values do not make whole rows of {width} columns",
            values.len()
        )));
    }
    let backend = connection.get_database_backend();
    let rows_per_statement = (MAX_PARAMETERS / width).max(1);
    let mut remaining_rows = values.len() / width;
    let mut values = values.into_iter();
    let mut full_statement_sql: Option<String> = None;
    while remaining_rows > 0 {
        let rows = remaining_rows.min(rows_per_statement);
        let chunk: Vec<Value> = values.by_ref().take(rows * width).collect();
        let sql = if rows == rows_per_statement {
            full_statement_sql
                .get_or_insert_with(|| insert_sql(backend, table, columns, rows))
                .clone()
        } else {
            insert_sql(backend, table, columns, rows)
        };
        connection
            .execute_raw(Statement::from_sql_and_values(backend, sql, chunk))
            .await?;
        remaining_rows -= rows;
    }
    Ok(())
}

/// `INSERT INTO "t" ("a", "b") VALUES (?, ?), (?, ?)` with the backend's placeholders.
pub(super) fn insert_sql(backend: DbBackend, table: &str, columns: &[&str], rows: usize) -> String {
    let quoted: Vec<String> = columns
        .iter()
        .map(|column| format!("\"{column}\""))
        .collect();
    let mut sql = format!("INSERT INTO \"{table}\" ({}) VALUES ", quoted.join(", "));
    sql.reserve(rows * columns.len() * 8);
    let mut parameter = 0usize;
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for column in 0..columns.len() {
            if column > 0 {
                sql.push_str(", ");
            }
            parameter += 1;
            match backend {
                DbBackend::Postgres => {
                    sql.push('$');
                    sql.push_str(&parameter.to_string());
                }
                _ => sql.push('?'),
            }
        }
        sql.push(')');
    }
    sql
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_and_postgres_placeholders() {
        assert_eq!(
            insert_sql(DbBackend::Sqlite, "t", &["a", "b"], 2),
            r#"INSERT INTO "t" ("a", "b") VALUES (?, ?), (?, ?)"#
        );
        assert_eq!(
            insert_sql(DbBackend::Postgres, "t", &["a", "b"], 2),
            r#"INSERT INTO "t" ("a", "b") VALUES ($1, $2), ($3, $4)"#
        );
    }
}
