//! Risk scanning inside the archive: on ingest (same transaction as the messages, so nothing is
//! archived unscanned) and as a rescan of history when rules change.

use std::collections::HashMap;
use std::sync::Arc;

use entity::{AlertStatus, Severity, archive_message, risk_alert};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::read::decode_row;
use super::senders::SenderDirectory;
use super::{Archive, lock, run_blocking};
use crate::ArchiveError;
use crate::risk::{RiskEngine, Rule, SenderKind};

/// A tenant's compiled rules, with the version of each rule and the ids they were built from,
/// and the directory that says which senders are members.
pub(super) struct TenantEngine {
    /// Row ids of the rule versions compiled in: a rule edit adds a row, so this changes.
    signature: Vec<i64>,
    engine: Arc<RiskEngine>,
    version_of: HashMap<String, (i32, Severity)>,
    senders: SenderDirectory,
}

/// What a scan of one message found, ready to insert.
pub(super) struct ScanInput<'a> {
    pub seq: u64,
    pub msgid: &'a str,
    pub sender: &'a str,
    /// The recipients and conversation key, copied onto each alert: who it is answerable to.
    pub tolist: &'a [String],
    pub conversation: &'a str,
    pub text: &'a str,
    pub sent_at_ms: i64,
}

/// A rule that fired on a message whose chain position is not known yet.
#[derive(Debug, Clone)]
pub(super) struct PendingAlert {
    rule_code: String,
    rule_version: i32,
    severity: Severity,
    /// JSON `[[start, end], …]`: byte ranges in the searchable text.
    matches: String,
}

impl PendingAlert {
    pub(super) fn into_model(
        self,
        tenant_id: i64,
        message: &ScanInput<'_>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> risk_alert::ActiveModel {
        risk_alert::ActiveModel {
            tenant_id: Set(tenant_id),
            message_seq: Set(message.seq as i64),
            msgid: Set(message.msgid.to_string()),
            rule_code: Set(self.rule_code),
            rule_version: Set(self.rule_version),
            severity: Set(self.severity),
            matches: Set(self.matches),
            status: Set(AlertStatus::Open),
            assignee_id: Set(None),
            decided_by: Set(None),
            decided_at: Set(None),
            decision_reason: Set(None),
            sent_at_ms: Set(message.sent_at_ms),
            sender: Set(Some(message.sender.to_string())),
            tolist: Set(Some(
                serde_json::to_string(message.tolist).unwrap_or_else(|_| "[]".to_string()),
            )),
            conversation: Set(Some(message.conversation.to_string())),
            created_at: Set(now),
            ..Default::default()
        }
    }
}

impl TenantEngine {
    /// Whether `sender` is a member or an external contact.
    pub(super) fn sender_kind(&self, sender: &str) -> SenderKind {
        self.senders.kind_of(sender)
    }

    /// The rules that fire on a message's searchable text.
    pub(super) fn scan(&self, sender: &str, text: &str) -> Vec<PendingAlert> {
        let hits = self.engine.scan(text, self.sender_kind(sender));
        hits.into_iter()
            .filter_map(|hit| {
                let (rule_version, severity) = *self.version_of.get(&hit.rule_code)?;
                let offsets: Vec<[usize; 2]> = hit
                    .matches
                    .iter()
                    .map(|span| [span.start, span.end])
                    .collect();
                Some(PendingAlert {
                    rule_code: hit.rule_code,
                    rule_version,
                    severity,
                    matches: serde_json::to_string(&offsets).unwrap_or_else(|_| "[]".to_string()),
                })
            })
            .collect()
    }

    pub(super) fn alerts_for(
        &self,
        tenant_id: i64,
        message: &ScanInput<'_>,
    ) -> Vec<risk_alert::ActiveModel> {
        let now = super::now();
        self.scan(message.sender, message.text)
            .into_iter()
            .map(|pending| pending.into_model(tenant_id, message, now))
            .collect()
    }
}

/// Alerts per multi-row INSERT (19 columns).
const ALERT_CHUNK: usize = 1_000;

/// Inserts alerts, skipping (message, rule) pairs that already have one: rescans never
/// duplicate. Returns how many were new.
pub(super) async fn insert_alerts(
    connection: &impl ConnectionTrait,
    alerts: Vec<risk_alert::ActiveModel>,
) -> Result<u64, ArchiveError> {
    let mut inserted = 0;
    for chunk in alerts.chunks(ALERT_CHUNK) {
        let result = risk_alert::Entity::insert_many(chunk.to_vec())
            .on_conflict_do_nothing_on([
                risk_alert::Column::TenantId,
                risk_alert::Column::MessageSeq,
                risk_alert::Column::RuleCode,
            ])
            .exec_without_returning(connection)
            .await?;
        inserted += match result {
            sea_orm::TryInsertResult::Inserted(count) => count,
            _ => 0,
        };
    }
    Ok(inserted)
}

/// Progress of a rescan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RescanProgress {
    pub scanned: u64,
    pub total: u64,
    pub new_alerts: u64,
}

impl Archive {
    /// The tenant's enabled rules, compiled (recompiled only when a rule changed), with its
    /// sender directory as it stands. The same `Arc` comes back while neither changed: ingest
    /// rescans a sealed batch only when they did.
    pub(super) async fn risk_engine(
        &self,
        tenant_id: i64,
    ) -> Result<Arc<TenantEngine>, ArchiveError> {
        let stored = self.risk_rules(tenant_id).await?;
        let senders = self.sender_directory(tenant_id).await?;
        let enabled: Vec<_> = stored.into_iter().filter(|rule| rule.enabled).collect();
        let mut signature: Vec<i64> = enabled.iter().map(|rule| rule.id).collect();
        signature.sort_unstable();
        let cached = lock(&self.inner.engines).get(&tenant_id).cloned();
        if let Some(cached) = cached
            && cached.signature == signature
        {
            if cached.senders == senders {
                return Ok(cached);
            }
            let redirected = Arc::new(TenantEngine {
                signature,
                engine: cached.engine.clone(),
                version_of: cached.version_of.clone(),
                senders,
            });
            lock(&self.inner.engines).insert(tenant_id, redirected.clone());
            return Ok(redirected);
        }
        let version_of = enabled
            .iter()
            .map(|stored| {
                (
                    stored.rule.code.clone(),
                    (stored.version, stored.rule.severity.into()),
                )
            })
            .collect();
        let rules: Vec<Rule> = enabled.into_iter().map(|stored| stored.rule).collect();
        let engine =
            run_blocking(move || RiskEngine::new(&rules).map_err(ArchiveError::from)).await?;
        let compiled = Arc::new(TenantEngine {
            signature,
            engine: Arc::new(engine),
            version_of,
            senders,
        });
        lock(&self.inner.engines).insert(tenant_id, compiled.clone());
        Ok(compiled)
    }

    /// Re-checks the whole archive against the current rules, adding alerts that are missing
    /// (existing alerts are kept as they are, never duplicated). Calls `progress` after each page.
    pub async fn rescan(
        &self,
        tenant_id: i64,
        mut progress: impl FnMut(RescanProgress),
    ) -> Result<RescanProgress, ArchiveError> {
        let mut state = RescanProgress {
            total: self.message_count(tenant_id).await?,
            ..RescanProgress::default()
        };
        let mut after_seq = 0i64;
        while let Some(page) = self.rescan_page(tenant_id, after_seq, 1_000).await? {
            after_seq = page.last_seq;
            state.new_alerts += page.new_alerts;
            state.scanned += page.scanned;
            progress(state);
        }
        Ok(state)
    }

    /// How many messages the tenant's archive holds.
    pub async fn message_count(&self, tenant_id: i64) -> Result<u64, ArchiveError> {
        Ok(archive_message::Entity::find()
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .count_rows(self.db())
            .await?)
    }

    /// Re-checks up to `limit` messages after chain position `after_seq` against the current
    /// rules and adds the missing alerts (committed before it returns). `None` when no message
    /// follows. A rescan that stops after any page resumes from the page's `last_seq`: alerts
    /// are unique per message and rule, so a page scanned twice adds nothing.
    pub async fn rescan_page(
        &self,
        tenant_id: i64,
        after_seq: i64,
        limit: u64,
    ) -> Result<Option<RescanPage>, ArchiveError> {
        let engine = self.risk_engine(tenant_id).await?;
        let rows = self.rows_after(tenant_id, after_seq, limit).await?;
        let Some(last_seq) = rows.last().map(|row| row.seq) else {
            return Ok(None);
        };
        let keyring = self.keyring(tenant_id).await?;
        let mut alerts = Vec::new();
        let scanned = rows.len() as u64;
        for row in rows {
            let message = decode_row(&keyring, tenant_id, row)?;
            alerts.extend(engine.alerts_for(
                tenant_id,
                &ScanInput {
                    seq: message.seq,
                    msgid: &message.msgid,
                    sender: &message.sender,
                    tolist: &message.tolist,
                    conversation: &message.conversation,
                    text: &message.content,
                    sent_at_ms: message.sent_at_ms,
                },
            ));
        }
        let new_alerts = insert_alerts(self.db(), alerts).await?;
        Ok(Some(RescanPage {
            last_seq,
            scanned,
            new_alerts,
        }))
    }
}

/// What one page of a rescan did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RescanPage {
    /// The chain position of the page's last message: where the next page starts after.
    pub last_seq: i64,
    pub scanned: u64,
    pub new_alerts: u64,
}

trait CountRows {
    async fn count_rows(self, connection: &impl ConnectionTrait) -> Result<u64, sea_orm::DbErr>;
}

impl CountRows for sea_orm::Select<archive_message::Entity> {
    async fn count_rows(self, connection: &impl ConnectionTrait) -> Result<u64, sea_orm::DbErr> {
        use sea_orm::PaginatorTrait;
        self.count(connection).await
    }
}
