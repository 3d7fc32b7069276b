//! Reading a tenant's audit log: filtered, newest first, paged by seq, entries opened.

use chrono::{DateTime, Utc};
use entity::{audit_entry, audit_target};
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::AuditAction;
use super::append::target_tagger;
use super::record::{AuditActor, AuditEntry, parse_sealed};
use crate::crypto::open_audit;
use crate::{Archive, ArchiveError};

/// Which entries to list; every field set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Entries by this staff member (directly or through one of their API keys).
    pub actor_staff_id: Option<i64>,
    pub action: Option<AuditAction>,
    /// Entries at or after this time.
    pub from: Option<DateTime<Utc>>,
    /// Entries before this time.
    pub to: Option<DateTime<Utc>>,
    /// Entries that name this target id (msgid or global id): "who read this message".
    pub target: Option<String>,
}

impl Archive {
    /// The tenant's audit entries matching `filter`, newest (highest seq) first, starting
    /// below `after` (the last seq of the previous page), at most `limit`; with the total number
    /// matching `filter`. Entries come opened: their targets and parameters decrypted.
    pub async fn audit_page(
        &self,
        tenant_id: i64,
        filter: &AuditFilter,
        after: Option<u64>,
        limit: u64,
    ) -> Result<(u64, Vec<AuditEntry>), ArchiveError> {
        let mut keyring = self.keyring(tenant_id).await?;
        let mut condition = Condition::all().add(audit_entry::Column::TenantId.eq(tenant_id));
        if let Some(staff_id) = filter.actor_staff_id {
            condition = condition.add(audit_entry::Column::ActorStaffId.eq(staff_id));
        }
        if let Some(action) = filter.action {
            condition = condition.add(audit_entry::Column::Action.eq(action));
        }
        if let Some(from) = filter.from {
            condition = condition.add(audit_entry::Column::At.gte(from));
        }
        if let Some(to) = filter.to {
            condition = condition.add(audit_entry::Column::At.lt(to));
        }
        if let Some(target) = &filter.target {
            let tag = target_tagger(&keyring)?.tag(target);
            condition = condition.add(
                audit_entry::Column::Seq.in_subquery(
                    Query::select()
                        .column(audit_target::Column::Seq)
                        .from(audit_target::Entity)
                        .and_where(audit_target::Column::TenantId.eq(tenant_id))
                        .and_where(audit_target::Column::Tag.eq(tag.to_vec()))
                        .to_owned(),
                ),
            );
        }
        let total = audit_entry::Entity::find()
            .filter(condition.clone())
            .count(self.db())
            .await?;

        let mut page = audit_entry::Entity::find().filter(condition);
        if let Some(after) = after {
            let after = i64::try_from(after).unwrap_or(i64::MAX);
            page = page.filter(audit_entry::Column::Seq.lt(after));
        }
        let rows = page
            .order_by_desc(audit_entry::Column::Seq)
            .limit(limit)
            .all(self.db())
            .await?;

        let mut entries = Vec::with_capacity(rows.len());
        for row in rows {
            let seq = u64::try_from(row.seq).map_err(|_| ArchiveError::IntegrityViolation {
                what: "an audit entry's seq",
            })?;
            let plaintext =
                zeroize::Zeroizing::new(match open_audit(&keyring, tenant_id, seq, &row.sealed) {
                    Err(ArchiveError::DataKeyVersionMissing { .. }) => {
                        // Another process rotated the key since this one loaded the keyring.
                        keyring = self.reload_keyring(tenant_id).await?;
                        open_audit(&keyring, tenant_id, seq, &row.sealed)?
                    }
                    other => other?,
                });
            let (target, parameters) =
                parse_sealed(&plaintext).ok_or(ArchiveError::MalformedCiphertext {
                    what: "sealed audit entry",
                    reason: "it is not an audit entry's targets and parameters",
                })?;
            entries.push(AuditEntry {
                seq,
                at: row.at,
                actor: AuditActor {
                    kind: row.actor_kind,
                    staff_id: row.actor_staff_id,
                    api_key_id: row.actor_api_key_id,
                    name: row.actor_name,
                    role: row.actor_role,
                },
                action: row.action,
                outcome: row.outcome,
                target,
                parameters,
                request_id: row.request_id,
                client_ip: row.client_ip,
            });
        }
        Ok((total, entries))
    }
}
