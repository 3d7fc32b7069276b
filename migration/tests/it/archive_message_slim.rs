//! Migration 0037 on an archive written before it: each alert keeps its message's parties, the
//! rows' import times become one batch per tenant, and the copied columns leave the rows.

use migration::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};

use crate::common::fresh_database;

async fn rows(db: &DatabaseConnection, sql: &str) -> Vec<Vec<String>> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| {
            (0..)
                .map_while(|index| {
                    row.try_get_by_index::<Option<i64>>(index)
                        .map(|value| value.map_or("NULL".to_string(), |v| v.to_string()))
                        .or_else(|_| {
                            row.try_get_by_index::<Option<String>>(index)
                                .map(|value| value.unwrap_or_else(|| "NULL".to_string()))
                        })
                        .ok()
                })
                .collect()
        })
        .collect()
}

async fn message_columns(db: &DatabaseConnection) -> Vec<String> {
    let sql = match db.get_database_backend() {
        DbBackend::Postgres => {
            "SELECT CAST(column_name AS TEXT) FROM information_schema.columns \
             WHERE table_name = 'archive_message'"
        }
        _ => "SELECT name FROM pragma_table_info('archive_message')",
    };
    rows(db, sql)
        .await
        .into_iter()
        .map(|row| row[0].clone())
        .collect()
}

#[tokio::test]
async fn alerts_keep_their_parties_and_rows_lose_the_copies() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database(dir.path()).await;
    // Everything before 0037.
    let before_0037 = Migrator::migrations()
        .iter()
        .position(|migration| migration.name().contains("_000037_"))
        .unwrap();
    Migrator::up(&db, Some(before_0037 as u32)).await.unwrap();
    let bytes = match db.get_database_backend() {
        DbBackend::Postgres => "decode('00', 'hex')",
        _ => "x'00'",
    };

    db.execute_unprepared(
        "INSERT INTO tenant (id, slug, name, created_at) VALUES (1, 'a', 'A', '2026-01-01 00:00:00+00:00');
         INSERT INTO tenant (id, slug, name, created_at) VALUES (2, 'b', 'B', '2026-01-01 00:00:00+00:00');",
    )
    .await
    .unwrap();
    // (tenant, seq, sender, tolist, roomid, conversation, archived at)
    for (tenant, seq, sender, tolist, roomid, conversation, at) in [
        (
            1,
            1,
            "zhangsan",
            r#"["wmA"]"#,
            "NULL",
            "pair:wmA|zhangsan",
            "2026-01-01",
        ),
        (
            1,
            2,
            "wmB",
            r#"["lisi","wmC"]"#,
            "'wrR'",
            "room:wrR",
            "2026-01-03",
        ),
        (
            2,
            1,
            "wangwu",
            r#"["wmD"]"#,
            "NULL",
            "pair:wangwu|wmD",
            "2026-01-02",
        ),
    ] {
        db.execute_unprepared(&format!(
            "INSERT INTO archive_message (tenant_id, seq, msgid, action, msgtype, sender, tolist,
                roomid, conversation, sent_at_ms, key_version, ciphertext, chain_hash, created_at)
             VALUES ({tenant}, {seq}, 'm{tenant}-{seq}', 'send', 'text', '{sender}', '{tolist}',
                {roomid}, '{conversation}', 100, 1, {bytes}, {bytes}, '{at} 00:00:00+00:00')"
        ))
        .await
        .unwrap();
    }
    // Alerts on messages 1-2 of tenant 1, and one whose message (seq 9) a purge removed.
    for (seq, purged) in [(2, "NULL"), (9, "'2026-01-05 00:00:00+00:00'")] {
        db.execute_unprepared(&format!(
            "INSERT INTO risk_alert (tenant_id, message_seq, msgid, rule_code, rule_version,
                severity, matches, status, sent_at_ms, created_at, message_purged_at)
             VALUES (1, {seq}, 'm1-{seq}', 'R1', 1, 'HIGH', '[]', 'OPEN', 100,
                '2026-01-04 00:00:00+00:00', {purged})"
        ))
        .await
        .unwrap();
    }

    Migrator::up(&db, Some(1)).await.unwrap();

    assert_eq!(
        rows(
            &db,
            "SELECT message_seq, sender, tolist, conversation FROM risk_alert ORDER BY message_seq"
        )
        .await,
        vec![
            vec!["2", "wmB", r#"["lisi","wmC"]"#, "room:wrR"],
            vec!["9", "NULL", "NULL", "NULL"],
        ]
    );
    assert_eq!(
        rows(
            &db,
            "SELECT tenant_id, first_seq, last_seq, message_count, source FROM archive_ingest_batch
             WHERE CAST(created_at AS TEXT) LIKE '2026-01-03%' AND tenant_id = 1
                OR CAST(created_at AS TEXT) LIKE '2026-01-02%' AND tenant_id = 2
             ORDER BY tenant_id"
        )
        .await,
        vec![
            vec!["1", "1", "2", "2", "before-migration-0037"],
            vec!["2", "1", "1", "1", "before-migration-0037"],
        ],
        "one batch per tenant, dated by its newest row"
    );
    let columns = message_columns(&db).await;
    for gone in ["sender", "tolist", "roomid", "conversation", "created_at"] {
        assert!(!columns.iter().any(|column| column == gone), "{columns:?}");
    }
    assert_eq!(
        rows(&db, "SELECT COUNT(*) FROM archive_message").await,
        vec![vec!["3"]],
        "no message is lost"
    );

    // And back down: the columns return (empty), the batches and alert copies go.
    Migrator::down(&db, Some(1)).await.unwrap();
    let columns = message_columns(&db).await;
    for back in ["sender", "tolist", "roomid", "conversation", "created_at"] {
        assert!(columns.iter().any(|column| column == back), "{columns:?}");
    }
    assert_eq!(
        rows(
            &db,
            "SELECT COUNT(*) FROM archive_conversation WHERE tenant_id = 0"
        )
        .await,
        vec![vec!["0"]],
        "the database still answers"
    );
    assert!(
        db.execute_unprepared("SELECT 1 FROM archive_ingest_batch")
            .await
            .is_err(),
        "the batch table is gone"
    );
}
