//! The audit log: `audit_entry` (one row per audited action, hash-chained and partly sealed per
//! tenant, see `archive::audit`) and `audit_target` (blind tags of each entry's targets, so
//! "who read message X" is an indexed lookup without X in clear).
//!
//! Both tables are append-only in the database too: triggers refuse UPDATE and DELETE (and
//! TRUNCATE on PostgreSQL), so no code path of the application can change or remove an entry.
//! Someone who can drop the triggers can still edit rows by hand; `audit verify` detects that.
//!
//! Down refuses while any entry exists: dropping the tables would destroy the audit log.

use sea_orm_migration::sea_orm::{DbBackend, Statement};
use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum AuditEntry {
    Table,
    Id,
    TenantId,
    Seq,
    At,
    ActorKind,
    ActorStaffId,
    ActorApiKeyId,
    ActorName,
    ActorRole,
    Action,
    Outcome,
    RequestId,
    ClientIp,
    Sealed,
    ChainHash,
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditTarget {
    Table,
    TenantId,
    Seq,
    Tag,
}

const SQLITE_TRIGGERS: &str = "
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END;
CREATE TRIGGER audit_target_no_update BEFORE UPDATE ON audit_target
BEGIN SELECT RAISE(ABORT, 'audit_target is append-only'); END;
CREATE TRIGGER audit_target_no_delete BEFORE DELETE ON audit_target
BEGIN SELECT RAISE(ABORT, 'audit_target is append-only'); END;
";

const POSTGRES_TRIGGERS: &str = "
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_target_no_change BEFORE UPDATE OR DELETE ON audit_target
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_target_no_truncate BEFORE TRUNCATE ON audit_target
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEntry::Table)
                    .col(big_pk_auto(AuditEntry::Id))
                    .col(big_integer(AuditEntry::TenantId))
                    .col(big_integer(AuditEntry::Seq))
                    .col(timestamp_with_time_zone(AuditEntry::At))
                    .col(string_len(AuditEntry::ActorKind, 16))
                    .col(big_integer_null(AuditEntry::ActorStaffId))
                    .col(big_integer_null(AuditEntry::ActorApiKeyId))
                    .col(string_len_null(AuditEntry::ActorName, 200))
                    .col(string_len_null(AuditEntry::ActorRole, 16))
                    .col(string_len(AuditEntry::Action, 32))
                    .col(string_len(AuditEntry::Outcome, 16))
                    .col(string_len_null(AuditEntry::RequestId, 128))
                    .col(string_len_null(AuditEntry::ClientIp, 64))
                    .col(binary(AuditEntry::Sealed))
                    .col(binary(AuditEntry::ChainHash))
                    // Never cascade: an audit log does not go away with its tenant.
                    .foreign_key(&mut tenant_fk(
                        AuditEntry::Table,
                        "fk_audit_entry_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_audit_entry_tenant_seq",
            AuditEntry::Table,
            &[AuditEntry::TenantId, AuditEntry::Seq],
            true,
        )
        .await?;
        for (name, columns) in [
            (
                "ix_audit_entry_tenant_at",
                &[AuditEntry::TenantId, AuditEntry::At][..],
            ),
            (
                "ix_audit_entry_tenant_action_at",
                &[AuditEntry::TenantId, AuditEntry::Action, AuditEntry::At][..],
            ),
            (
                "ix_audit_entry_tenant_staff_at",
                &[
                    AuditEntry::TenantId,
                    AuditEntry::ActorStaffId,
                    AuditEntry::At,
                ][..],
            ),
        ] {
            create_index(manager, name, AuditEntry::Table, columns, false).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(AuditTarget::Table)
                    .col(big_integer(AuditTarget::TenantId))
                    .col(big_integer(AuditTarget::Seq))
                    .col(binary(AuditTarget::Tag))
                    .primary_key(
                        Index::create()
                            .col(AuditTarget::TenantId)
                            .col(AuditTarget::Seq)
                            .col(AuditTarget::Tag),
                    )
                    .foreign_key(&mut tenant_fk(
                        AuditTarget::Table,
                        "fk_audit_target_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_audit_target_tenant_tag_seq",
            AuditTarget::Table,
            &[AuditTarget::TenantId, AuditTarget::Tag, AuditTarget::Seq],
            false,
        )
        .await?;

        let triggers = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_TRIGGERS,
            _ => SQLITE_TRIGGERS,
        };
        manager
            .get_connection()
            .execute_unprepared(triggers)
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let backend = manager.get_database_backend();
        let row = manager
            .get_connection()
            .query_one_raw(Statement::from_string(
                backend,
                "SELECT COUNT(*) FROM audit_entry",
            ))
            .await?
            .ok_or_else(|| DbErr::Migration("counting audit entries returned no row".into()))?;
        let entries: i64 = row.try_get_by_index(0)?;
        if entries > 0 {
            return Err(DbErr::Migration(format!(
                "refusing to roll back m20261201_000008_audit: the audit log holds {entries} \
                 entr{}, and rolling back would destroy them",
                if entries == 1 { "y" } else { "ies" }
            )));
        }
        for table in [
            AuditTarget::Table.into_iden(),
            AuditEntry::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        if backend == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION audit_append_only()")
                .await?;
        }
        Ok(())
    }
}
