//! The rows of each kind of export: its columns, and the next page of rows after a position.
//! Pages are read in a stable order (archive search newest first as `archiveSearch` shows
//! it, alerts by id, audit entries newest first by seq), so a job resumed from a saved position
//! writes every row exactly once.
//!
//! These reads are not audited page by page: creating the export is the audit entry
//! (`EXPORT_CREATE`, with the query and filter), and so is each download.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use archive::index::{MAX_EXPORT_PAGE_SIZE, SearchCursor};
use archive::store::StoredMessage;
use entity::{Role, department, risk_alert, staff};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};
use serde::{Deserialize, Serialize};

use super::column::{CellValue, Column};
use super::request::ExportQuery;
use crate::domain::compliance::archive::MessageFilter;
use crate::domain::compliance::audit::parameters_visible_to;
use crate::domain::compliance::party_filter::PartyFilter;
use crate::domain::compliance::report::{self, GroupKey};
use crate::domain::compliance::risk::alerts_for_export;
use crate::domain::global_id;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::domain::system::SystemActor;
use crate::error::{ApiError, ApiResult};

/// Rows per page (and so between two checkpoints of a job).
const PAGE_ROWS: usize = MAX_EXPORT_PAGE_SIZE;

/// Where the next page starts. Holds ids and times only, never content: it is stored in the
/// clear with the job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    Start,
    AfterMessage { sent_at_ms: i64, seq: u64 },
    AfterAlert { id: i64 },
    AfterAuditEntry { seq: u64 },
    Done,
}

/// A page of rows and where the next one starts.
pub struct RowPage {
    pub rows: Vec<Vec<CellValue>>,
    pub next: Position,
    /// Rows the whole export will hold (as counted now).
    pub total: u64,
}

/// Reads an export's rows for its job, with the rights of the export task and the creator's
/// role (which decides what of the audit log shows).
pub struct RowReader<'a> {
    system: &'a SystemActor,
    creator_role: Role,
    time_zone: TenantTimeZone,
    /// An archive search's matches not yet read, found in one pass over the index.
    matches: Option<Matches>,
    /// The next pages of an archive search, being read (positions, and the read) while the
    /// caller writes the current one; the next page first.
    read_ahead: VecDeque<ReadAhead>,
    /// Display names of the senders seen so far (`None`: neither staff nor customer), so each
    /// is looked up once per export rather than once per page.
    sender_names: HashMap<String, Option<String>>,
}

/// Pages of an archive search read ahead: two keep both cores busy, one reading (SQLite) and
/// one decrypting, while the caller writes.
const READ_AHEAD_PAGES: usize = 2;

type ReadAhead = (
    Vec<u64>,
    tokio::task::JoinHandle<Result<Vec<StoredMessage>, archive::ArchiveError>>,
);

struct Matches {
    total: u64,
    pending: VecDeque<SearchCursor>,
}

impl<'a> RowReader<'a> {
    pub fn new(system: &'a SystemActor, creator_role: Role, time_zone: TenantTimeZone) -> Self {
        RowReader {
            system,
            creator_role,
            time_zone,
            matches: None,
            read_ahead: VecDeque::new(),
            sender_names: HashMap::new(),
        }
    }
}

impl RowReader<'_> {
    fn db(&self) -> &DatabaseConnection {
        &self.system.store().db
    }

    fn tenant_id(&self) -> i64 {
        self.system.tenant_id()
    }

    /// The page after `position` (an empty, `Done` page once all rows were read).
    pub async fn next_page(
        &mut self,
        query: &ExportQuery,
        position: Position,
    ) -> ApiResult<RowPage> {
        if position == Position::Done {
            return Ok(RowPage {
                rows: Vec::new(),
                next: Position::Done,
                total: 0,
            });
        }
        match query {
            ExportQuery::ArchiveSearch {
                query,
                filter,
                parties,
            } => self.messages(query, filter, parties, position).await,
            ExportQuery::RiskAlerts { filter } => self.alerts(filter.as_ref(), position).await,
            ExportQuery::AuditLog { filter } => self.audit_entries(filter, position).await,
            ExportQuery::ComplianceReport { from, to, group_by } => {
                self.report(*from, *to, *group_by).await
            }
        }
    }

    async fn messages(
        &mut self,
        query: &str,
        filter: &archive::index::SearchFilter,
        parties: &[PartyFilter],
        position: Position,
    ) -> ApiResult<RowPage> {
        if self.matches.is_none() {
            let filter = MessageFilter {
                index: filter.clone(),
                parties: parties.to_vec(),
            }
            .resolve(self.db(), self.tenant_id())
            .await?;
            // Once per run (a resumed job finds the matches after its position again).
            let after = match position {
                Position::AfterMessage { sent_at_ms, seq } => Some(SearchCursor {
                    sent_at_ms,
                    id: seq,
                }),
                _ => None,
            };
            let (total, found) = self
                .system
                .store()
                .archive
                .export_matches(self.tenant_id(), query, filter, after)
                .await?;
            self.matches = Some(Matches {
                total,
                pending: found.into(),
            });
        }
        let Some(matches) = self.matches.as_mut() else {
            return Err(ApiError::Internal("export matches went missing".into()));
        };
        let take = matches.pending.len().min(PAGE_ROWS);
        let page: Vec<SearchCursor> = matches.pending.drain(..take).collect();
        let total = matches.total;
        let next = match page.last() {
            Some(last) if !matches.pending.is_empty() => Position::AfterMessage {
                sent_at_ms: last.sent_at_ms,
                seq: last.id,
            },
            _ => Position::Done,
        };
        let seqs: Vec<u64> = page.iter().map(|cursor| cursor.id).collect();
        let following: Vec<Vec<u64>> = matches
            .pending
            .iter()
            .take(PAGE_ROWS * READ_AHEAD_PAGES)
            .map(|cursor| cursor.id)
            .collect::<Vec<_>>()
            .chunks(PAGE_ROWS)
            .map(<[u64]>::to_vec)
            .collect();
        let tenant_id = self.tenant_id();
        let archive = self.system.store().archive.clone();
        let messages = match self.read_ahead.pop_front() {
            Some((ahead, reading)) if ahead == seqs => reading
                .await
                .map_err(|error| ApiError::Internal(format!("an export read failed: {error}")))??,
            _ => {
                self.read_ahead.clear();
                archive.export_messages(tenant_id, &seqs).await?
            }
        };

        let seq_columns: Vec<i64> = messages
            .iter()
            .filter_map(|message| i64::try_from(message.seq).ok())
            .collect();
        let alerts = self.alert_codes_by_seq(&seq_columns).await?;
        let unknown: BTreeSet<&str> = messages
            .iter()
            .map(|message| message.sender.as_str())
            .filter(|sender| !self.sender_names.contains_key(*sender))
            .collect();
        if !unknown.is_empty() {
            let found = self.names_by_wecom_id(&unknown).await?;
            for sender in unknown {
                let name = found.get(sender).cloned();
                self.sender_names.insert(sender.to_string(), name);
            }
        }
        let rows = messages
            .into_iter()
            .map(|message| {
                let seq = i64::try_from(message.seq).unwrap_or(i64::MAX);
                let name = self.sender_names.get(&message.sender).cloned().flatten();
                vec![
                    CellValue::Text(message.msgid),
                    CellValue::Integer(seq),
                    CellValue::time(chrono::DateTime::from_timestamp_millis(message.sent_at_ms)),
                    CellValue::Text(message.sender),
                    CellValue::text(name),
                    CellValue::Text(message.tolist.join(", ")),
                    CellValue::text(message.roomid.filter(|room| !room.is_empty())),
                    CellValue::Text(message.msgtype),
                    CellValue::Text(message.content),
                    CellValue::Bool(message.revoked_at_ms.is_some()),
                    CellValue::text(
                        alerts
                            .get(&seq)
                            .map(|codes| codes.iter().cloned().collect::<Vec<_>>().join(", ")),
                    ),
                ]
            })
            .collect();
        // The next page is read (and decrypted) while the caller writes this one; started
        // after this page's own lookups, which would otherwise wait for its connection.
        for ahead in following.into_iter().skip(self.read_ahead.len()) {
            let (archive, reading) = (archive.clone(), ahead.clone());
            let read =
                tokio::spawn(async move { archive.export_messages(tenant_id, &reading).await });
            self.read_ahead.push_back((ahead, read));
        }
        Ok(RowPage { rows, next, total })
    }

    /// The rule codes of the alerts on each message (by seq).
    async fn alert_codes_by_seq(&self, seqs: &[i64]) -> ApiResult<HashMap<i64, BTreeSet<String>>> {
        if seqs.is_empty() {
            return Ok(HashMap::new());
        }
        let found: Vec<(i64, String)> = risk_alert::Entity::find()
            .select_only()
            .column(risk_alert::Column::MessageSeq)
            .column(risk_alert::Column::RuleCode)
            .filter(risk_alert::Column::TenantId.eq(self.tenant_id()))
            .filter(risk_alert::Column::MessageSeq.is_in(seqs.iter().copied()))
            .into_tuple()
            .all(self.db())
            .await?;
        let mut codes: HashMap<i64, BTreeSet<String>> = HashMap::new();
        for (seq, code) in found {
            codes.entry(seq).or_default().insert(code);
        }
        Ok(codes)
    }

    /// Display names of WeCom ids: staff by userid, customers by external userid.
    async fn names_by_wecom_id(
        &self,
        wecom_ids: &BTreeSet<&str>,
    ) -> ApiResult<HashMap<String, String>> {
        if wecom_ids.is_empty() {
            return Ok(HashMap::new());
        }
        let ids: Vec<String> = wecom_ids.iter().map(|id| id.to_string()).collect();
        let mut names: HashMap<String, String> = HashMap::new();
        let customers: Vec<(String, String)> = entity::customer::Entity::find()
            .select_only()
            .column(entity::customer::Column::ExternalUserid)
            .column(entity::customer::Column::Name)
            .filter(entity::customer::Column::TenantId.eq(self.tenant_id()))
            .filter(entity::customer::Column::ExternalUserid.is_in(ids.clone()))
            .into_tuple()
            .all(self.db())
            .await?;
        names.extend(customers);
        let members: Vec<(Option<String>, String)> = staff::Entity::find()
            .select_only()
            .column(staff::Column::WecomUserid)
            .column(staff::Column::Name)
            .filter(staff::Column::TenantId.eq(self.tenant_id()))
            .filter(staff::Column::WecomUserid.is_in(ids))
            .into_tuple()
            .all(self.db())
            .await?;
        names.extend(
            members
                .into_iter()
                .filter_map(|(userid, name)| userid.map(|userid| (userid, name))),
        );
        Ok(names)
    }

    async fn staff_names(&self, ids: BTreeSet<i64>) -> ApiResult<HashMap<i64, String>> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let found: Vec<(i64, String)> = staff::Entity::find()
            .select_only()
            .column(staff::Column::Id)
            .column(staff::Column::Name)
            .filter(staff::Column::TenantId.eq(self.tenant_id()))
            .filter(staff::Column::Id.is_in(ids))
            .into_tuple()
            .all(self.db())
            .await?;
        Ok(found.into_iter().collect())
    }

    async fn alerts(
        &self,
        filter: Option<&crate::domain::compliance::risk::AlertFilter>,
        position: Position,
    ) -> ApiResult<RowPage> {
        let after_id = match position {
            Position::AfterAlert { id } => Some(id),
            _ => None,
        };
        let (total, alerts) = alerts_for_export(
            self.db(),
            self.tenant_id(),
            filter,
            after_id,
            PAGE_ROWS as u64,
        )
        .await?;
        let people: BTreeSet<i64> = alerts
            .iter()
            .flat_map(|alert| [alert.assignee_id, alert.decided_by])
            .flatten()
            .collect();
        let names = self.staff_names(people).await?;
        let rule_names = self.rule_names().await?;
        let next = match alerts.last() {
            Some(last) if alerts.len() == PAGE_ROWS => Position::AfterAlert { id: last.id },
            _ => Position::Done,
        };
        let person = |id: Option<i64>| CellValue::text(id.and_then(|id| names.get(&id).cloned()));
        let rows = alerts
            .iter()
            .map(|alert| {
                vec![
                    CellValue::Text(global_id::encode("RiskAlert", alert.id)),
                    CellValue::Text(alert.rule_code.clone()),
                    CellValue::Integer(i64::from(alert.rule_version)),
                    CellValue::text(
                        rule_names
                            .get(&(alert.rule_code.clone(), alert.rule_version))
                            .cloned(),
                    ),
                    CellValue::Text(stored_name(&alert.severity)),
                    CellValue::Text(stored_name(&alert.status)),
                    CellValue::Text(alert.msgid.clone()),
                    CellValue::time(chrono::DateTime::from_timestamp_millis(alert.sent_at_ms)),
                    person(alert.assignee_id),
                    person(alert.decided_by),
                    CellValue::time(alert.decided_at),
                    CellValue::Time(alert.created_at),
                ]
            })
            .collect();
        Ok(RowPage { rows, next, total })
    }

    async fn rule_names(&self) -> ApiResult<HashMap<(String, i32), String>> {
        let rows: Vec<(String, i32, String)> = entity::risk_rule::Entity::find()
            .select_only()
            .column(entity::risk_rule::Column::Code)
            .column(entity::risk_rule::Column::Version)
            .column(entity::risk_rule::Column::Name)
            .filter(entity::risk_rule::Column::TenantId.eq(self.tenant_id()))
            .into_tuple()
            .all(self.db())
            .await?;
        Ok(rows
            .into_iter()
            .map(|(code, version, name)| ((code, version), name))
            .collect())
    }

    async fn audit_entries(
        &self,
        filter: &crate::domain::compliance::audit::AuditLogFilter,
        position: Position,
    ) -> ApiResult<RowPage> {
        let after = match position {
            Position::AfterAuditEntry { seq } => Some(seq),
            _ => None,
        };
        let archive_filter = archive::audit::AuditFilter {
            actor_staff_id: filter.actor_staff_id,
            action: filter.action,
            from: filter.from,
            to: filter.to,
            target: filter.target.clone(),
        };
        let (total, entries) = self
            .system
            .store()
            .archive
            .audit_page(self.tenant_id(), &archive_filter, after, PAGE_ROWS as u64)
            .await?;
        let people: BTreeSet<i64> = entries
            .iter()
            .filter_map(|entry| entry.actor.staff_id)
            .collect();
        let names = self.staff_names(people).await?;
        let next = match entries.last() {
            Some(last) if entries.len() == PAGE_ROWS => Position::AfterAuditEntry { seq: last.seq },
            _ => Position::Done,
        };
        let rows = entries
            .iter()
            .map(|entry| {
                let parameters = if parameters_visible_to(self.creator_role, entry.action)
                    && !entry.parameters.is_null()
                {
                    CellValue::Text(entry.parameters.to_string())
                } else {
                    CellValue::Empty
                };
                vec![
                    CellValue::Integer(i64::try_from(entry.seq).unwrap_or(i64::MAX)),
                    CellValue::Time(entry.at),
                    CellValue::Text(stored_name(&entry.actor.kind)),
                    CellValue::text(
                        entry
                            .actor
                            .staff_id
                            .map(|id| global_id::encode("Staff", id)),
                    ),
                    CellValue::text(
                        entry
                            .actor
                            .staff_id
                            .and_then(|id| names.get(&id).cloned())
                            .or_else(|| entry.actor.name.clone()),
                    ),
                    CellValue::text(
                        entry
                            .actor
                            .api_key_id
                            .map(|id| global_id::encode("ApiKey", id)),
                    ),
                    CellValue::text(entry.actor.role.as_ref().map(stored_name)),
                    CellValue::Text(stored_name(&entry.action)),
                    CellValue::Text(entry.target.join(", ")),
                    parameters,
                    CellValue::text(entry.request_id.clone()),
                    CellValue::text(entry.client_ip.clone()),
                    CellValue::Text(stored_name(&entry.outcome)),
                ]
            })
            .collect();
        Ok(RowPage { rows, next, total })
    }

    async fn report(
        &self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
        group_by: report::ReportGrouping,
    ) -> ApiResult<RowPage> {
        let built = report::build(
            self.db(),
            self.tenant_id(),
            self.time_zone,
            from,
            to,
            group_by,
        )
        .await?;
        let member_ids: BTreeSet<i64> = built
            .rows
            .iter()
            .filter_map(|row| match row.key {
                GroupKey::Staff(id) => id,
                _ => None,
            })
            .collect();
        let members = self.staff_names(member_ids).await?;
        let department_ids: Vec<i64> = built
            .rows
            .iter()
            .filter_map(|row| match row.key {
                GroupKey::Department(id) => id,
                _ => None,
            })
            .collect();
        let departments: BTreeMap<i64, String> = if department_ids.is_empty() {
            BTreeMap::new()
        } else {
            department::Entity::find()
                .select_only()
                .column(department::Column::Id)
                .column(department::Column::Name)
                .filter(department::Column::TenantId.eq(self.tenant_id()))
                .filter(department::Column::Id.is_in(department_ids))
                .into_tuple::<(i64, String)>()
                .all(self.db())
                .await?
                .into_iter()
                .collect()
        };
        let group = |key: &GroupKey| -> (CellValue, CellValue) {
            match key {
                GroupKey::Rule(code) => (CellValue::Text(code.clone()), CellValue::Empty),
                GroupKey::Staff(Some(id)) => (
                    CellValue::Text(global_id::encode("Staff", *id)),
                    CellValue::text(members.get(id).cloned()),
                ),
                GroupKey::Department(Some(id)) => (
                    CellValue::Text(global_id::encode("Department", *id)),
                    CellValue::text(departments.get(id).cloned()),
                ),
                GroupKey::Staff(None) | GroupKey::Department(None) => {
                    (CellValue::Text("NONE".to_string()), CellValue::Empty)
                }
            }
        };
        let counts_row = |key: (CellValue, CellValue), counts: &report::AlertCounts| {
            let count = |value: u64| CellValue::Integer(i64::try_from(value).unwrap_or(i64::MAX));
            let seconds = |value: Option<i64>| value.map_or(CellValue::Empty, CellValue::Integer);
            vec![
                key.0,
                key.1,
                count(counts.raised),
                count(counts.open),
                count(counts.in_review),
                count(counts.confirmed),
                count(counts.dismissed),
                seconds(counts.median_seconds_to_decision),
                seconds(counts.p90_seconds_to_decision),
            ]
        };
        let mut rows: Vec<Vec<CellValue>> = built
            .rows
            .iter()
            .map(|row| counts_row(group(&row.key), &row.counts))
            .collect();
        rows.push(counts_row(
            (CellValue::Text("TOTAL".to_string()), CellValue::Empty),
            &built.total,
        ));
        let total = rows.len() as u64;
        Ok(RowPage {
            rows,
            next: Position::Done,
            total,
        })
    }
}

/// An enum as the database and the GraphQL schema spell it, e.g. `IN_REVIEW`.
fn stored_name<E: sea_orm::ActiveEnum<Value = String>>(value: &E) -> String {
    value.to_value()
}

/// The columns of an export of `query`'s kind.
pub fn columns(query: &ExportQuery) -> Vec<Column> {
    match query {
        ExportQuery::ArchiveSearch { .. } => vec![
            Column::text("msgid").with_width(28.0),
            Column::integer("seq"),
            Column::time("sent_at"),
            Column::text("sender"),
            Column::text("sender_name"),
            Column::text("recipients").with_width(30.0),
            Column::text("room"),
            Column::text("msgtype"),
            Column::text("content").with_width(60.0),
            Column::bool("revoked"),
            Column::text("alerts"),
        ],
        ExportQuery::RiskAlerts { .. } => vec![
            Column::text("id"),
            Column::text("rule_code"),
            Column::integer("rule_version"),
            Column::text("rule_name"),
            Column::text("severity"),
            Column::text("status"),
            Column::text("msgid").with_width(28.0),
            Column::time("sent_at"),
            Column::text("assignee"),
            Column::text("decided_by"),
            Column::time("decided_at"),
            Column::time("created_at"),
        ],
        ExportQuery::AuditLog { .. } => vec![
            Column::integer("seq"),
            Column::time("at"),
            Column::text("actor_kind"),
            Column::text("actor_id"),
            Column::text("actor_name"),
            Column::text("api_key_id"),
            Column::text("actor_role"),
            Column::text("action"),
            Column::text("target").with_width(40.0),
            Column::text("parameters").with_width(40.0),
            Column::text("request_id"),
            Column::text("client_ip"),
            Column::text("outcome"),
        ],
        ExportQuery::ComplianceReport { .. } => vec![
            Column::text("group"),
            Column::text("name"),
            Column::integer("raised"),
            Column::integer("open"),
            Column::integer("in_review"),
            Column::integer("confirmed"),
            Column::integer("dismissed"),
            Column::integer("median_seconds_to_decision"),
            Column::integer("p90_seconds_to_decision"),
        ],
    }
}
