//! Migration 0004 on an archive written before it: every existing message gets its
//! conversation's id, and every conversation its count and latest time.

use migration::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{ConnectionTrait, Database, DbBackend, Statement};

async fn rows(db: &impl ConnectionTrait, sql: &str) -> Vec<Vec<String>> {
    db.query_all_raw(Statement::from_string(DbBackend::Sqlite, sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| {
            (0..)
                .map_while(|index| {
                    row.try_get_by_index::<Option<i64>>(index)
                        .map(|value| value.map_or("NULL".to_string(), |v| v.to_string()))
                        .or_else(|_| row.try_get_by_index::<String>(index))
                        .ok()
                })
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn existing_messages_get_their_conversations() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("scrm.db").display());
    let db = Database::connect(&url).await.unwrap();
    Migrator::up(&db, Some(3)).await.unwrap();

    db.execute_unprepared(
        "INSERT INTO tenant (id, slug, name, created_at) VALUES (1, 'a', 'A', '2026-01-01 00:00:00+00:00');
         INSERT INTO tenant (id, slug, name, created_at) VALUES (2, 'b', 'B', '2026-01-01 00:00:00+00:00');",
    )
    .await
    .unwrap();
    // (tenant, seq, conversation, sent at): two conversations in tenant 1, the same key in tenant 2.
    for (tenant, seq, conversation, sent_at) in [
        (1, 1, "pair:a|b", 100),
        (1, 2, "room:r1", 150),
        (1, 3, "pair:a|b", 300),
        (1, 4, "pair:a|b", 200),
        (2, 1, "pair:a|b", 500),
    ] {
        db.execute_unprepared(&format!(
            "INSERT INTO archive_message (tenant_id, seq, msgid, action, msgtype, sender, tolist,
                conversation, sent_at_ms, key_version, ciphertext, chain_hash, created_at)
             VALUES ({tenant}, {seq}, 'm{tenant}-{seq}', 'send', 'text', 'a', '[]', '{conversation}',
                {sent_at}, 1, x'00', x'00', '2026-01-01 00:00:00+00:00')"
        ))
        .await
        .unwrap();
    }

    // Just 0004: later migrations would be the first to roll back below.
    Migrator::up(&db, Some(1)).await.unwrap();

    assert_eq!(
        rows(
            &db,
            "SELECT tenant_id, key, message_count, last_sent_at_ms FROM archive_conversation
             ORDER BY tenant_id, key"
        )
        .await,
        vec![
            vec!["1", "pair:a|b", "3", "300"],
            vec!["1", "room:r1", "1", "150"],
            vec!["2", "pair:a|b", "1", "500"],
        ]
    );
    assert_eq!(
        rows(
            &db,
            "SELECT COUNT(*) FROM archive_message m JOIN archive_conversation c
               ON c.id = m.conversation_id AND c.tenant_id = m.tenant_id AND c.key = m.conversation"
        )
        .await,
        vec![vec!["5"]],
        "every message points at its own tenant's conversation"
    );

    // And back down: the old index returns, the conversations go.
    Migrator::down(&db, Some(1)).await.unwrap();
    assert_eq!(
        rows(
            &db,
            "SELECT COUNT(*) FROM sqlite_master WHERE name IN
               ('archive_conversation', 'ix_archive_message_conversation')"
        )
        .await,
        vec![vec!["1"]]
    );
}
