//! The audit log on a real database (SQLite, or PostgreSQL when `DATABASE_URL` names one):
//! append and read back with filters, dense seqs under concurrent appends, verification naming
//! the first tampered entry, and no plaintext of targets or parameters in the stored rows.

use archive::audit::{
    AuditAction, AuditActor, AuditBreak, AuditBreakReason, AuditFilter, AuditOutcome, AuditRecord,
};
use archive::chain::BreakReason;
use archive::{Archive, MasterKey};
use entity::{Role, audit_entry, tenant};
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, Database, DatabaseConnection, DbBackend,
    EntityTrait, QueryFilter, QueryOrder, Set, Statement,
};

struct TestLog {
    archive: Archive,
    db: DatabaseConnection,
    tenant_id: i64,
    dir: tempfile::TempDir,
}

/// A fresh database (a SQLite file, or a new PostgreSQL database), migrated, with one tenant.
async fn test_log() -> TestLog {
    let dir = tempfile::tempdir().unwrap();
    let db = match std::env::var("DATABASE_URL")
        .ok()
        .filter(|url| url.starts_with("postgres"))
    {
        None => {
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("scrm.db").display());
            Database::connect(&url).await.unwrap()
        }
        Some(base) => {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos();
            let name = format!("scrm_audit_{}_{nanos}", std::process::id());
            let server = Database::connect(&base).await.unwrap();
            server
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .unwrap();
            server.close().await.unwrap();
            let (prefix, _) = base.rsplit_once('/').unwrap();
            Database::connect(format!("{prefix}/{name}")).await.unwrap()
        }
    };
    Migrator::up(&db, None).await.unwrap();
    let tenant_id = tenant::ActiveModel {
        slug: Set("acme".to_string()),
        name: Set("Acme".to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap()
    .id;
    let master = MasterKey::load_or_create(&dir.path().join("master.key")).unwrap();
    TestLog {
        archive: Archive::new(db.clone(), master, dir.path().join("index")),
        db,
        tenant_id,
        dir,
    }
}

fn search_by(staff_id: i64, shown: &[&str], query: &str) -> AuditRecord {
    AuditRecord {
        actor: AuditActor::staff(staff_id, Role::Compliance),
        action: AuditAction::ArchiveSearch,
        outcome: AuditOutcome::Success,
        target: shown.iter().map(|id| id.to_string()).collect(),
        parameters: serde_json::json!({"query": query, "first": 20}),
        request_id: Some(format!("req-{staff_id}")),
        client_ip: Some("10.1.2.3".to_string()),
    }
}

fn read_by(actor: AuditActor, msgid: &str) -> AuditRecord {
    AuditRecord {
        actor,
        action: AuditAction::ArchiveMessageRead,
        outcome: AuditOutcome::Success,
        target: vec![msgid.to_string()],
        parameters: serde_json::json!({}),
        request_id: None,
        client_ip: None,
    }
}

async fn verify(log: &TestLog) -> Result<u64, AuditBreak> {
    log.archive
        .audit_verify(log.tenant_id, |_| {})
        .await
        .unwrap()
        .map(|summary| summary.verified)
}

async fn sql(db: &DatabaseConnection, statement: &str) {
    db.execute_unprepared(statement).await.unwrap();
}

/// Tampering by hand needs the append-only triggers out of the way first (someone with DDL
/// rights can do that; verification is what catches the rest).
async fn drop_append_only_triggers(db: &DatabaseConnection) {
    let statements: &[&str] = match db.get_database_backend() {
        DbBackend::Postgres => &[
            "DROP TRIGGER audit_entry_no_change ON audit_entry",
            "DROP TRIGGER audit_target_no_change ON audit_target",
        ],
        _ => &[
            "DROP TRIGGER audit_entry_no_update",
            "DROP TRIGGER audit_entry_no_delete",
            "DROP TRIGGER audit_target_no_update",
            "DROP TRIGGER audit_target_no_delete",
        ],
    };
    for statement in statements {
        sql(db, statement).await;
    }
}

async fn row(log: &TestLog, seq: i64) -> audit_entry::Model {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::TenantId.eq(log.tenant_id))
        .filter(audit_entry::Column::Seq.eq(seq))
        .one(&log.db)
        .await
        .unwrap()
        .unwrap()
}

/// A log of `count` searches by staff 1, 2, 3, 1, 2, 3, …, each showing msgid `m<seq>`.
async fn log_with(count: usize) -> TestLog {
    let log = test_log().await;
    for index in 0..count {
        let staff = (index % 3) as i64 + 1;
        let shown = format!("m{}", index + 1);
        log.archive
            .audit_record(log.tenant_id, search_by(staff, &[&shown], "保本"))
            .await
            .unwrap();
    }
    log
}

#[tokio::test]
async fn entries_read_back_opened_and_filter_by_actor_action_time_and_target() {
    let log = test_log().await;
    let archive = &log.archive;
    let tenant = log.tenant_id;
    let before = chrono::Utc::now();
    assert_eq!(
        archive
            .audit_record(tenant, search_by(7, &["msg-a", "msg-b"], "加我微信"))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        archive
            .audit_record(
                tenant,
                read_by(AuditActor::staff(8, Role::Auditor), "msg-b")
            )
            .await
            .unwrap(),
        2
    );
    let middle = chrono::Utc::now();
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let middle_after = chrono::Utc::now();
    archive
        .audit_record(
            tenant,
            read_by(AuditActor::api_key(3, 7, Role::Compliance), "msg-c"),
        )
        .await
        .unwrap();
    archive
        .audit_record(tenant, read_by(AuditActor::operator("root"), "msg-b"))
        .await
        .unwrap();

    let (total, all) = archive
        .audit_page(tenant, &AuditFilter::default(), None, 10)
        .await
        .unwrap();
    assert_eq!(total, 4);
    assert_eq!(
        all.iter().map(|entry| entry.seq).collect::<Vec<_>>(),
        [4, 3, 2, 1]
    );
    let first = &all[3];
    assert_eq!(first.actor, AuditActor::staff(7, Role::Compliance));
    assert_eq!(first.action, AuditAction::ArchiveSearch);
    assert_eq!(first.outcome, AuditOutcome::Success);
    assert_eq!(first.target, ["msg-a", "msg-b"]);
    assert_eq!(
        first.parameters,
        serde_json::json!({"query": "加我微信", "first": 20})
    );
    assert_eq!(first.request_id.as_deref(), Some("req-7"));
    assert_eq!(first.client_ip.as_deref(), Some("10.1.2.3"));
    assert!(first.at >= before.trunc_subsecs_micros() && first.at <= middle);
    assert_eq!(all[0].actor, AuditActor::operator("root"));
    assert!(all.windows(2).all(|pair| pair[0].at >= pair[1].at));

    let seqs = |entries: Vec<archive::audit::AuditEntry>| {
        entries.iter().map(|entry| entry.seq).collect::<Vec<_>>()
    };
    let page = |filter: AuditFilter, after: Option<u64>, limit: u64| {
        let filter = filter.clone();
        async move {
            let (total, entries) = archive
                .audit_page(tenant, &filter, after, limit)
                .await
                .unwrap();
            (total, seqs(entries))
        }
    };
    // By actor: staff 7 directly and through their API key.
    let by_seven = AuditFilter {
        actor_staff_id: Some(7),
        ..AuditFilter::default()
    };
    assert_eq!(page(by_seven, None, 10).await, (2, vec![3, 1]));
    // By action.
    let reads = AuditFilter {
        action: Some(AuditAction::ArchiveMessageRead),
        ..AuditFilter::default()
    };
    assert_eq!(page(reads.clone(), None, 10).await, (3, vec![4, 3, 2]));
    // Paging: first 2, then after the last seq of that page.
    assert_eq!(page(reads.clone(), None, 2).await, (3, vec![4, 3]));
    assert_eq!(page(reads, Some(3), 2).await, (3, vec![2]));
    // By time: [from, to).
    let early = AuditFilter {
        from: Some(before),
        to: Some(middle_after),
        ..AuditFilter::default()
    };
    assert_eq!(page(early, None, 10).await, (2, vec![2, 1]));
    let late = AuditFilter {
        from: Some(middle_after),
        ..AuditFilter::default()
    };
    assert_eq!(page(late, None, 10).await, (2, vec![4, 3]));
    // Who read msg-b: the search that showed it, staff 8, the operator.
    let who_read_b = AuditFilter {
        target: Some("msg-b".to_string()),
        ..AuditFilter::default()
    };
    assert_eq!(page(who_read_b.clone(), None, 10).await, (3, vec![4, 2, 1]));
    let combined = AuditFilter {
        action: Some(AuditAction::ArchiveMessageRead),
        ..who_read_b
    };
    assert_eq!(page(combined, None, 10).await, (2, vec![4, 2]));
    let nobody = AuditFilter {
        target: Some("msg-z".to_string()),
        ..AuditFilter::default()
    };
    assert_eq!(page(nobody, None, 10).await, (0, vec![]));

    assert_eq!(verify(&log).await, Ok(4));
}

trait TruncMicros {
    fn trunc_subsecs_micros(self) -> Self;
}

impl TruncMicros for chrono::DateTime<chrono::Utc> {
    fn trunc_subsecs_micros(self) -> Self {
        chrono::SubsecRound::trunc_subsecs(self, 6)
    }
}

#[tokio::test]
async fn an_append_belongs_to_the_callers_transaction() {
    let log = test_log().await;
    let archive = &log.archive;
    // Rolled back: as if the audited action failed; the seq is not used up.
    let transaction = entity::begin_write(&log.db).await.unwrap();
    let seq = archive
        .audit_append(&transaction, log.tenant_id, search_by(1, &["m1"], "q"))
        .await
        .unwrap();
    assert_eq!(seq, 1);
    transaction.rollback().await.unwrap();
    let (total, _) = archive
        .audit_page(log.tenant_id, &AuditFilter::default(), None, 10)
        .await
        .unwrap();
    assert_eq!(total, 0);

    // Two appends and the audited write in one transaction, committed together.
    let transaction = entity::begin_write(&log.db).await.unwrap();
    for staff in [1, 2] {
        archive
            .audit_append(&transaction, log.tenant_id, search_by(staff, &["m1"], "q"))
            .await
            .unwrap();
    }
    tenant::ActiveModel {
        slug: Set("other".to_string()),
        name: Set("Other".to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&transaction)
    .await
    .unwrap();
    transaction.commit().await.unwrap();
    let (total, entries) = archive
        .audit_page(log.tenant_id, &AuditFilter::default(), None, 10)
        .await
        .unwrap();
    assert_eq!(total, 2);
    assert_eq!(entries[0].seq, 2);
    assert_eq!(verify(&log).await, Ok(2));

    // An actor without the id its kind needs is refused, and nothing is written.
    let mut incomplete = search_by(1, &[], "q");
    incomplete.actor.staff_id = None;
    let refused = archive
        .audit_record(log.tenant_id, incomplete)
        .await
        .unwrap_err();
    assert_eq!(refused.code(), archive::ArchiveErrorCode::InvalidInput);
    assert_eq!(verify(&log).await, Ok(2));
}

#[tokio::test]
async fn a_first_append_inside_a_transaction_creates_the_tenants_key_there() {
    // A cold process, a tenant without keys, and the caller's write lock already held: the key
    // must be made through the caller's transaction, not another connection.
    let log = test_log().await;
    let transaction = entity::begin_write(&log.db).await.unwrap();
    log.archive
        .audit_append(&transaction, log.tenant_id, search_by(1, &["m1"], "q"))
        .await
        .unwrap();
    transaction.commit().await.unwrap();
    let (_, entries) = log
        .archive
        .audit_page(log.tenant_id, &AuditFilter::default(), None, 10)
        .await
        .unwrap();
    assert_eq!(entries[0].target, ["m1"]);
    assert_eq!(verify(&log).await, Ok(1));
}

#[tokio::test]
async fn a_first_key_made_in_a_rolled_back_transaction_is_never_used_again() {
    // A cold process makes the tenant's first key inside a transaction; a second append in the
    // same transaction reads that key back (uncommitted). The transaction rolls back: the key
    // is gone, so nothing may keep using it, or later entries would be sealed under a key that
    // was never stored.
    let log = test_log().await;
    let transaction = entity::begin_write(&log.db).await.unwrap();
    for staff in [1, 2] {
        log.archive
            .audit_append(&transaction, log.tenant_id, search_by(staff, &["m1"], "q"))
            .await
            .unwrap();
    }
    transaction.rollback().await.unwrap();

    let transaction = entity::begin_write(&log.db).await.unwrap();
    log.archive
        .audit_append(&transaction, log.tenant_id, search_by(3, &["m2"], "q"))
        .await
        .unwrap();
    transaction.commit().await.unwrap();
    log.archive
        .audit_record(log.tenant_id, search_by(4, &["m3"], "q"))
        .await
        .unwrap();
    assert_eq!(verify(&log).await, Ok(2));
    // Another process, keys loaded fresh from the database, opens both entries.
    let master = MasterKey::load(&log.dir.path().join("master.key")).unwrap();
    let other = Archive::new(log.db.clone(), master, log.dir.path().join("index"));
    let (_, entries) = other
        .audit_page(log.tenant_id, &AuditFilter::default(), None, 10)
        .await
        .unwrap();
    assert_eq!(
        entries
            .iter()
            .map(|entry| entry.target.clone())
            .collect::<Vec<_>>(),
        [vec!["m3".to_string()], vec!["m2".to_string()]]
    );
}

#[tokio::test]
async fn concurrent_appends_get_dense_seqs_and_a_verifying_chain() {
    let log = test_log().await;
    const TASKS: usize = 8;
    const EACH: usize = 15;
    let mut tasks = Vec::new();
    for task in 0..TASKS {
        let archive = log.archive.clone();
        let tenant = log.tenant_id;
        tasks.push(tokio::spawn(async move {
            let mut seqs = Vec::new();
            for index in 0..EACH {
                let shown = format!("t{task}-{index}");
                seqs.push(
                    archive
                        .audit_record(tenant, search_by(task as i64, &[&shown], "q"))
                        .await
                        .unwrap(),
                );
            }
            seqs
        }));
    }
    let mut seqs = Vec::new();
    for task in tasks {
        seqs.extend(task.await.unwrap());
    }
    seqs.sort_unstable();
    assert_eq!(seqs, (1..=(TASKS * EACH) as u64).collect::<Vec<_>>());
    assert_eq!(verify(&log).await, Ok((TASKS * EACH) as u64));
    let (total, entries) = log
        .archive
        .audit_page(
            log.tenant_id,
            &AuditFilter {
                target: Some("t3-7".to_string()),
                ..AuditFilter::default()
            },
            None,
            10,
        )
        .await
        .unwrap();
    assert_eq!(total, 1);
    assert_eq!(entries[0].actor.staff_id, Some(3));
}

#[tokio::test]
async fn an_edited_action_is_a_hash_mismatch_at_its_seq() {
    let log = log_with(6).await;
    drop_append_only_triggers(&log.db).await;
    sql(
        &log.db,
        "UPDATE audit_entry SET action = 'LOGIN' WHERE seq = 3",
    )
    .await;
    assert_eq!(
        verify(&log).await,
        Err(AuditBreak {
            seq: 3,
            reason: AuditBreakReason::Chain(BreakReason::HashMismatch)
        })
    );
}

#[tokio::test]
async fn the_append_only_triggers_refuse_changes() {
    let log = log_with(2).await;
    for statement in [
        "UPDATE audit_entry SET action = 'LOGIN' WHERE seq = 1",
        "DELETE FROM audit_entry WHERE seq = 2",
        "DELETE FROM audit_target",
    ] {
        assert!(log.db.execute_unprepared(statement).await.is_err());
    }
    assert_eq!(verify(&log).await, Ok(2));
}

#[tokio::test]
async fn an_edited_sealed_byte_is_a_hash_mismatch_at_its_seq() {
    let log = log_with(5).await;
    drop_append_only_triggers(&log.db).await;
    let stored = row(&log, 2).await;
    let mut sealed = stored.sealed.clone();
    sealed[20] ^= 0x01;
    let mut active: audit_entry::ActiveModel = stored.into();
    active.sealed = Set(sealed);
    active.update(&log.db).await.unwrap();
    assert_eq!(
        verify(&log).await,
        Err(AuditBreak {
            seq: 2,
            reason: AuditBreakReason::Chain(BreakReason::HashMismatch)
        })
    );
}

#[tokio::test]
async fn a_deleted_entry_is_a_sequence_gap() {
    let log = log_with(6).await;
    drop_append_only_triggers(&log.db).await;
    sql(&log.db, "DELETE FROM audit_entry WHERE seq = 4").await;
    assert_eq!(
        verify(&log).await,
        Err(AuditBreak {
            seq: 5,
            reason: AuditBreakReason::Chain(BreakReason::SequenceGap { expected: 4 })
        })
    );
}

#[tokio::test]
async fn swapped_seqs_are_out_of_order() {
    let log = log_with(6).await;
    drop_append_only_triggers(&log.db).await;
    for statement in [
        "UPDATE audit_entry SET seq = -3 WHERE seq = 3",
        "UPDATE audit_entry SET seq = 3 WHERE seq = 4",
        "UPDATE audit_entry SET seq = 4 WHERE seq = -3",
    ] {
        sql(&log.db, statement).await;
    }
    let broken = verify(&log).await.unwrap_err();
    assert_eq!(broken.seq, 3);
    assert_eq!(
        broken.reason,
        AuditBreakReason::Chain(BreakReason::OutOfOrder { expected: 3 })
    );
}

/// Recomputes every stored chain hash from genesis, as someone with write access could.
async fn rechain(log: &TestLog) {
    let rows = audit_entry::Entity::find()
        .filter(audit_entry::Column::TenantId.eq(log.tenant_id))
        .order_by_asc(audit_entry::Column::Seq)
        .all(&log.db)
        .await
        .unwrap();
    let mut previous = archive::audit::chain::genesis(log.tenant_id);
    for stored in rows {
        use sea_orm::ActiveEnum;
        let fields = archive::audit::chain::ChainedFields {
            at_micros: stored.at.timestamp_micros(),
            actor_kind: stored.actor_kind.to_value(),
            actor_staff_id: stored.actor_staff_id,
            actor_api_key_id: stored.actor_api_key_id,
            actor_name: stored.actor_name.clone(),
            actor_role: stored.actor_role.map(|role| role.to_value()),
            action: stored.action.to_value(),
            outcome: stored.outcome.to_value(),
            request_id: stored.request_id.clone(),
            client_ip: stored.client_ip.clone(),
            sealed_digest: archive::chain::ciphertext_digest(&stored.sealed),
        };
        previous = archive::audit::chain::link_hash(&previous, stored.seq as u64, &fields);
        let mut active: audit_entry::ActiveModel = stored.into();
        active.chain_hash = Set(previous.to_vec());
        active.update(&log.db).await.unwrap();
    }
}

#[tokio::test]
async fn a_sealed_part_copied_from_another_entry_fails_even_under_a_recomputed_chain() {
    let log = log_with(5).await;
    drop_append_only_triggers(&log.db).await;
    let source = row(&log, 1).await;
    let mut active: audit_entry::ActiveModel = row(&log, 4).await.into();
    active.sealed = Set(source.sealed);
    active.update(&log.db).await.unwrap();
    assert_eq!(
        verify(&log).await,
        Err(AuditBreak {
            seq: 4,
            reason: AuditBreakReason::Chain(BreakReason::HashMismatch)
        })
    );
    // The chain is unkeyed: recomputed, it links again, but the blob is bound to seq 1.
    rechain(&log).await;
    assert_eq!(
        verify(&log).await,
        Err(AuditBreak {
            seq: 4,
            reason: AuditBreakReason::Unreadable
        })
    );
}

#[tokio::test]
async fn deleted_or_moved_target_tags_are_named() {
    let log = log_with(5).await;
    drop_append_only_triggers(&log.db).await;
    sql(&log.db, "DELETE FROM audit_target WHERE seq = 2").await;
    assert_eq!(
        verify(&log).await,
        Err(AuditBreak {
            seq: 2,
            reason: AuditBreakReason::TargetTags
        })
    );
    let log = log_with(5).await;
    drop_append_only_triggers(&log.db).await;
    sql(&log.db, "UPDATE audit_target SET seq = 9 WHERE seq = 5").await;
    assert_eq!(
        verify(&log).await,
        Err(AuditBreak {
            seq: 5,
            reason: AuditBreakReason::TargetTags
        })
    );
}

#[tokio::test]
async fn target_tags_survive_a_key_rotation() {
    let log = test_log().await;
    let archive = &log.archive;
    archive
        .audit_record(
            log.tenant_id,
            read_by(AuditActor::staff(1, Role::Auditor), "m1"),
        )
        .await
        .unwrap();
    assert_eq!(archive.rotate_key(log.tenant_id).await.unwrap(), 2);
    archive
        .audit_record(
            log.tenant_id,
            read_by(AuditActor::staff(2, Role::Auditor), "m1"),
        )
        .await
        .unwrap();
    // Another process, keys loaded fresh.
    let master = MasterKey::load(&log.dir.path().join("master.key")).unwrap();
    let other = Archive::new(log.db.clone(), master, log.dir.path().join("index"));
    let (total, entries) = other
        .audit_page(
            log.tenant_id,
            &AuditFilter {
                target: Some("m1".to_string()),
                ..AuditFilter::default()
            },
            None,
            10,
        )
        .await
        .unwrap();
    assert_eq!(total, 2);
    assert!(entries.iter().all(|entry| entry.target == ["m1"]));
    assert_eq!(verify(&log).await, Ok(2));
}

#[tokio::test]
async fn stored_rows_hold_no_plaintext_of_targets_or_parameters() {
    let log = test_log().await;
    let canary_query = "CANARY-QUERY-朱雀行动-7f3a";
    let canary_target = "CANARY-MSGID-9c1e";
    log.archive
        .audit_record(log.tenant_id, search_by(1, &[canary_target], canary_query))
        .await
        .unwrap();

    // Every column of every audit row, as bytes.
    let backend = log.db.get_database_backend();
    let mut bytes = Vec::new();
    for (query, columns) in [
        (
            "SELECT actor_kind, actor_name, actor_role, action, outcome, request_id, client_ip, sealed, chain_hash FROM audit_entry",
            9,
        ),
        ("SELECT tag FROM audit_target", 1),
    ] {
        for stored in log
            .db
            .query_all_raw(Statement::from_string(backend, query))
            .await
            .unwrap()
        {
            for index in 0..columns {
                if let Ok(Some(text)) = stored.try_get_by_index::<Option<String>>(index) {
                    bytes.extend_from_slice(text.as_bytes());
                } else if let Ok(blob) = stored.try_get_by_index::<Vec<u8>>(index) {
                    bytes.extend_from_slice(&blob);
                }
            }
        }
    }
    assert!(bytes.len() > 60, "the rows were read");
    // And the SQLite files themselves.
    for name in ["scrm.db", "scrm.db-wal"] {
        if let Ok(file) = std::fs::read(log.dir.path().join(name)) {
            bytes.extend_from_slice(&file);
        }
    }
    for canary in [canary_query, "朱雀行动", canary_target] {
        assert!(
            !bytes
                .windows(canary.len())
                .any(|window| window == canary.as_bytes()),
            "{canary} reached the database in clear"
        );
    }
    let (_, entries) = log
        .archive
        .audit_page(log.tenant_id, &AuditFilter::default(), None, 1)
        .await
        .unwrap();
    assert_eq!(entries[0].parameters["query"], canary_query);
}

/// Signed checkpoints of the audit chain: a checkpoint of the head verifies; removing the last
/// entries (the chain still links) is caught as a chain shorter than the checkpoint; a forged
/// checkpoint row fails its signature; a new checkpoint of the shortened chain is refused.
#[tokio::test]
async fn the_audit_checkpoint_catches_removed_entries_and_forged_checkpoints() {
    use archive::chain::ChainHead;
    use archive::{ArchiveError, Chain, CheckpointFinding, CheckpointSigner};

    let log = log_with(6).await;
    let signer = CheckpointSigner::load_or_create(&log.dir.path().join("signing.key")).unwrap();
    let written = log
        .archive
        .checkpoint(log.tenant_id, &signer)
        .await
        .unwrap();
    assert_eq!(
        written.len(),
        1,
        "the archive chain is empty: only the audit chain"
    );
    assert_eq!((written[0].chain, written[0].seq), (Chain::Audit, 6));
    assert!(
        log.archive
            .checkpoint(log.tenant_id, &signer)
            .await
            .unwrap()
            .is_empty(),
        "an unmoved head gets no new checkpoint"
    );
    let checkpoint = log
        .archive
        .latest_checkpoint(log.tenant_id, Chain::Audit, &signer)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(checkpoint, written[0]);
    let head = |summary: archive::audit::AuditSummary| summary.head;
    let verified = head(
        log.archive
            .audit_verify(log.tenant_id, |_| {})
            .await
            .unwrap()
            .unwrap(),
    );
    assert_eq!(
        log.archive
            .check_checkpoint(log.tenant_id, verified, &checkpoint, &signer)
            .await
            .unwrap(),
        Ok(())
    );
    // Another installation's key does not vouch for it.
    let stranger = CheckpointSigner::generate();
    assert_eq!(
        log.archive
            .check_checkpoint(log.tenant_id, verified, &checkpoint, &stranger)
            .await
            .unwrap(),
        Err(CheckpointFinding::SignatureInvalid {
            chain: Chain::Audit,
            seq: 6
        })
    );

    // The last two entries removed: the chain still verifies, but ends before the checkpoint.
    drop_append_only_triggers(&log.db).await;
    sql(&log.db, "DELETE FROM audit_target WHERE seq >= 5").await;
    sql(&log.db, "DELETE FROM audit_entry WHERE seq >= 5").await;
    let shortened: ChainHead = head(
        log.archive
            .audit_verify(log.tenant_id, |_| {})
            .await
            .unwrap()
            .unwrap(),
    );
    assert_eq!(shortened.seq, 4);
    let finding = log
        .archive
        .check_checkpoint(log.tenant_id, shortened, &checkpoint, &signer)
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(
        finding,
        CheckpointFinding::Truncated {
            chain: Chain::Audit,
            seq: 6,
            head_seq: 4
        }
    );
    assert_eq!(
        finding.to_string(),
        "audit chain shorter than the checkpoint: it ends at seq 4, the checkpoint signed seq 6: records were removed at the end"
    );
    match log.archive.checkpoint(log.tenant_id, &signer).await {
        Err(ArchiveError::Checkpoint(CheckpointFinding::Truncated { .. })) => {}
        other => panic!("a shortened chain must not be signed: {other:?}"),
    }

    // A forged checkpoint row naming this key.
    let mut forged = checkpoint.clone();
    forged.seq = 4;
    forged.head_hash = shortened.hash.to_vec();
    assert_eq!(
        log.archive
            .check_checkpoint(log.tenant_id, shortened, &forged, &signer)
            .await
            .unwrap(),
        Err(CheckpointFinding::SignatureInvalid {
            chain: Chain::Audit,
            seq: 4
        })
    );
}

/// A checkpoint re-checks the links added since the previous one before signing: an entry
/// edited after a checkpoint (and before the next) refuses the next one, naming its seq; before
/// the first checkpoint the links are checked from genesis.
#[tokio::test]
async fn a_checkpoint_refuses_a_link_broken_since_the_previous_one() {
    use archive::{ArchiveError, Chain, CheckpointFinding, CheckpointSigner};

    let log = log_with(4).await;
    let signer = CheckpointSigner::load_or_create(&log.dir.path().join("signing.key")).unwrap();
    let written = log
        .archive
        .checkpoint(log.tenant_id, &signer)
        .await
        .unwrap();
    assert_eq!((written[0].chain, written[0].seq), (Chain::Audit, 4));
    for staff in 1..=3 {
        log.archive
            .audit_record(log.tenant_id, search_by(staff, &["m"], "保本"))
            .await
            .unwrap();
    }
    drop_append_only_triggers(&log.db).await;
    sql(
        &log.db,
        "UPDATE audit_entry SET action = 'LOGIN' WHERE seq = 6",
    )
    .await;
    let refused = log.archive.checkpoint(log.tenant_id, &signer).await;
    let Err(ArchiveError::Checkpoint(finding)) = refused else {
        panic!("a broken link must not be signed: {refused:?}");
    };
    assert_eq!(
        finding,
        CheckpointFinding::Broken {
            chain: Chain::Audit,
            seq: 6,
            since: 4,
            reason: BreakReason::HashMismatch,
        }
    );
    assert_eq!(
        finding.to_string(),
        "audit chain broken at seq 6 (after the checkpoint at seq 4): hash mismatch: the record was changed after it was chained; the head is not signed"
    );
    let latest = log
        .archive
        .latest_checkpoint(log.tenant_id, Chain::Audit, &signer)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(latest.seq, 4, "nothing new was signed");

    // Before any checkpoint, from genesis.
    let fresh = log_with(3).await;
    drop_append_only_triggers(&fresh.db).await;
    sql(
        &fresh.db,
        "UPDATE audit_entry SET action = 'LOGIN' WHERE seq = 2",
    )
    .await;
    match fresh.archive.checkpoint(fresh.tenant_id, &signer).await {
        Err(ArchiveError::Checkpoint(CheckpointFinding::Broken {
            chain: Chain::Audit,
            seq: 2,
            since: 0,
            ..
        })) => {}
        other => panic!("a broken link must not be signed: {other:?}"),
    }
}

fn rewrap_entry(share: &archive::store::TenantRewrap) -> AuditRecord {
    AuditRecord {
        actor: AuditActor::operator("root"),
        action: AuditAction::KeyRewrap,
        outcome: AuditOutcome::Success,
        target: Vec::new(),
        parameters: serde_json::json!({
            "old": share.old_master_fingerprint,
            "new": share.new_master_fingerprint,
            "keys": share.keys,
        }),
        request_id: None,
        client_ip: None,
    }
}

async fn entries_of(log: &TestLog, action: AuditAction) -> Vec<audit_entry::Model> {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .order_by_asc(audit_entry::Column::Id)
        .all(&log.db)
        .await
        .unwrap()
}

/// A master-key re-wrap leaves one entry per tenant in the same transaction, sealed under the
/// tenant's (unchanged) data key; the same handle keeps appending afterwards, under the new
/// master key; and a re-wrap that fails midway leaves neither new wrapping nor any entry.
#[tokio::test]
async fn a_rewrap_leaves_one_entry_per_tenant_or_none_at_all() {
    use archive::store::TenantRewrap;
    use entity::archive_key;

    let log = log_with(3).await;
    // A second tenant, with no key yet: the re-wrap's entry creates its first one.
    let other = tenant::ActiveModel {
        slug: Set("other".to_string()),
        name: Set("Other".to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&log.db)
    .await
    .unwrap()
    .id;
    let old_fingerprint = log.archive.master_key_fingerprint();
    let new_master = MasterKey::generate();
    let new_fingerprint = new_master.fingerprint();
    let shares = log
        .archive
        .rewrap_keys(new_master, rewrap_entry)
        .await
        .unwrap();
    assert_eq!(
        shares,
        vec![
            TenantRewrap {
                tenant_id: log.tenant_id,
                keys: 1,
                old_master_fingerprint: old_fingerprint.clone(),
                new_master_fingerprint: new_fingerprint.clone(),
            },
            TenantRewrap {
                tenant_id: other,
                keys: 1,
                old_master_fingerprint: old_fingerprint.clone(),
                new_master_fingerprint: new_fingerprint.clone(),
            },
        ]
    );
    assert_eq!(log.archive.master_key_fingerprint(), new_fingerprint);
    let entries = entries_of(&log, AuditAction::KeyRewrap).await;
    let tenants: Vec<i64> = entries.iter().map(|entry| entry.tenant_id).collect();
    assert_eq!(tenants, [log.tenant_id, other]);

    // The same handle appends and verifies after the re-wrap; the entry opens with the tenant's
    // data key and says which keys, by fingerprint only.
    log.archive
        .audit_record(log.tenant_id, search_by(1, &["m9"], "after"))
        .await
        .unwrap();
    assert_eq!(verify(&log).await, Ok(5));
    let (_, page) = log
        .archive
        .audit_page(
            log.tenant_id,
            &AuditFilter {
                action: Some(AuditAction::KeyRewrap),
                ..Default::default()
            },
            None,
            5,
        )
        .await
        .unwrap();
    assert_eq!(page[0].parameters["old"], old_fingerprint.as_str());
    assert_eq!(page[0].parameters["new"], new_fingerprint.as_str());
    assert_eq!(page[0].parameters["keys"], 1);
    // Only the new master key opens the stored keys now.
    let reopened = Archive::new(
        log.db.clone(),
        MasterKey::load(&log.dir.path().join("master.key")).unwrap(),
        log.dir.path().join("index2"),
    );
    assert!(
        reopened
            .audit_record(other, search_by(1, &["m"], "old key"))
            .await
            .is_err(),
        "the old master key opens nothing after a re-wrap"
    );

    // A re-wrap failing at the second tenant (its stored key damaged) rolls back the first
    // tenant's wrapping and entry too.
    let before: Vec<archive_key::Model> = archive_key::Entity::find()
        .order_by_asc(archive_key::Column::Id)
        .all(&log.db)
        .await
        .unwrap();
    let damaged = before
        .iter()
        .find(|key| key.tenant_id == other)
        .unwrap()
        .clone();
    let mut active: archive_key::ActiveModel = damaged.clone().into();
    active.wrapped = Set(vec![0u8; damaged.wrapped.len()]);
    active.update(&log.db).await.unwrap();
    assert!(
        log.archive
            .rewrap_keys(MasterKey::generate(), rewrap_entry)
            .await
            .is_err()
    );
    assert_eq!(
        log.archive.master_key_fingerprint(),
        new_fingerprint,
        "a failed re-wrap keeps the master key"
    );
    let after: Vec<archive_key::Model> = archive_key::Entity::find()
        .order_by_asc(archive_key::Column::Id)
        .all(&log.db)
        .await
        .unwrap();
    let first = |keys: &[archive_key::Model]| {
        keys.iter()
            .find(|key| key.tenant_id == log.tenant_id)
            .unwrap()
            .wrapped
            .clone()
    };
    assert_eq!(
        first(&after),
        first(&before),
        "the first tenant's key unchanged"
    );
    assert_eq!(
        entries_of(&log, AuditAction::KeyRewrap).await.len(),
        2,
        "no entry from the failed re-wrap"
    );
    log.archive
        .audit_record(log.tenant_id, search_by(1, &["m10"], "still"))
        .await
        .unwrap();
    assert_eq!(verify(&log).await, Ok(6));
}
