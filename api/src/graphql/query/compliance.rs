//! Queries of the compliance side: the archive, risk rules and alerts, and background jobs.

use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object};

use super::node_selections;
use crate::domain::Authorized;
use crate::domain::page::PageRequest;
use crate::domain::page::{Page, TotalCount as DomainTotalCount};
use crate::domain::{
    compliance::archive, compliance::audit, compliance::export::service as export_service,
    compliance::legal_hold, compliance::report, compliance::risk, jobs,
};
use crate::error::{ApiError, ErrorCode};
use crate::graphql::cost;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{
    ArchiveConversation, ArchiveMessage, ArchiveMessageFilter, AuditEntry, AuditLogFilter,
    ComplianceReport, ComplianceReportGroupBy, Date, EXPORT_CURSORS, Export, FilterInput,
    HOLD_CURSORS, IdCursors, JOB_CURSORS, Job, JobFilter, LegalHold, LegalHoldFilter, RiskAlert,
    RiskAlertFilter, RiskAlertOrder, RiskAlertOrderField, RiskRule, TotalCount, connection_of,
    decode_audit_cursor, decode_offset, decode_search_cursor, encode_audit_cursor, encode_offset,
    encode_search_cursor,
};
use crate::graphql::{authorized, request_loaders};

#[derive(Default)]
pub struct ComplianceQuery;

#[Object]
impl ComplianceQuery {
    /// Searches the archive (COMPLIANCE and AUDITOR only). A message matches when its
    /// normalised text contains every space-separated term (NFKC, case-folded, traditional →
    /// simplified); `"…"` keeps a phrase with its spaces. Newest first.
    #[graphql(complexity = "cost::page(first, cost::SEARCH, child_complexity)")]
    async fn archive_search(
        &self,
        ctx: &Context<'_>,
        query: String,
        filter: Option<ArchiveMessageFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, ArchiveMessage, TotalCount>> {
        let auth = authorized(ctx)?;
        let limit = page_size(first).gql()?;
        let cursor = after
            .as_deref()
            .map(|cursor| decode_search_cursor(auth, cursor))
            .transpose()
            .gql()?;
        let filter = filter.unwrap_or_default().into_domain().gql()?;
        let page = archive::search(auth, &query, filter, cursor, limit.max(1))
            .await
            .gql()?;
        let mut edges: Vec<_> = page
            .messages
            .into_iter()
            .map(|message| {
                let cursor = encode_search_cursor(auth, &archive_cursor_of(&message));
                (cursor, message)
            })
            .collect();
        if limit == 0 {
            // The index needs a positive limit; `first: 0` still answers totalCount.
            edges.clear();
        }
        let has_next_page = limit > 0 && page.next_cursor.is_some();
        let domain_page = Page {
            edges,
            has_previous_page: after.is_some(),
            has_next_page,
            total_count: DomainTotalCount::known(page.total),
        };
        Ok(connection_of(domain_page, ArchiveMessage::new))
    }

    /// One archived message by WeCom msgid (COMPLIANCE and AUDITOR only).
    #[graphql(complexity = "cost::lookup(child_complexity)")]
    async fn archive_message(
        &self,
        ctx: &Context<'_>,
        msgid: String,
    ) -> async_graphql::Result<Option<ArchiveMessage>> {
        let auth = authorized(ctx)?;
        Ok(Some(ArchiveMessage::new(
            archive::message_by_msgid(auth, &msgid).await.gql()?,
        )))
    }

    /// Conversations of the archive, most recently active first (COMPLIANCE and AUDITOR only).
    #[graphql(complexity = "cost::page(first, cost::LIST, child_complexity)")]
    async fn archive_conversations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, ArchiveConversation, TotalCount>> {
        let auth = authorized(ctx)?;
        let limit = page_size(first).gql()? as u64;
        let offset = match after.as_deref() {
            Some(cursor) => decode_offset(auth, cursor).gql()? + 1,
            None => 0,
        };
        let (total, conversations) = archive::conversations(auth, offset, limit).await.gql()?;
        let edges = conversations
            .into_iter()
            .enumerate()
            .map(|(index, conversation)| (encode_offset(auth, offset + index as u64), conversation))
            .collect();
        let domain_page = Page {
            edges,
            has_previous_page: offset > 0,
            has_next_page: offset + limit < total,
            total_count: DomainTotalCount::known(total),
        };
        Ok(connection_of(domain_page, ArchiveConversation))
    }

    /// The tenant's audit log, newest first: who read and changed what, when, from where
    /// (AUDITOR, and ADMIN without the parameters of archive and alert entries). Reading it is
    /// itself recorded (`AUDIT_LOG_READ`), and so is a refused attempt.
    #[graphql(complexity = "cost::page(first, cost::LIST, child_complexity)")]
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        filter: Option<AuditLogFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, AuditEntry, TotalCount>> {
        let auth = authorized(ctx)?;
        let limit = page_size(first).gql()?;
        let filter = filter.unwrap_or_default().into_domain().gql()?;
        let after_seq = after
            .as_deref()
            .map(|cursor| decode_audit_cursor(auth, cursor))
            .transpose()
            .gql()?;
        let audit::AuditLogPage {
            entries,
            total,
            has_more,
        } = audit::log(auth, filter, after_seq, limit as u64)
            .await
            .gql()?;
        let has_next_page = has_more;
        let edges = entries
            .into_iter()
            .map(|entry| (encode_audit_cursor(auth, entry.seq), entry))
            .collect();
        let page = Page {
            edges,
            has_previous_page: after.is_some(),
            has_next_page,
            total_count: DomainTotalCount::known(total),
        };
        Ok(connection_of(page, AuditEntry))
    }

    /// Risk alerts raised from the start of `from` to the end of `to` (days in the tenant's
    /// time zone, `Tenant.timeZone`), per rule, staff member or department: how many, where
    /// they stand, and the median and 90th-percentile time to a decision (COMPLIANCE only).
    /// Reading it is recorded in the audit log (`COMPLIANCE_REPORT_READ`), and so is a refused
    /// attempt.
    async fn compliance_report(
        &self,
        ctx: &Context<'_>,
        from: Date,
        to: Date,
        group_by: ComplianceReportGroupBy,
    ) -> async_graphql::Result<ComplianceReport> {
        let auth = authorized(ctx)?;
        let report = report::compliance_report(auth, from.0, to.0, group_by.into())
            .await
            .gql()?;
        Ok(ComplianceReport(report))
    }

    /// Legal holds of your tenant, newest first (COMPLIANCE, AUDITOR).
    #[graphql(complexity = "cost::page(first, cost::LIST, child_complexity)")]
    async fn legal_holds(
        &self,
        ctx: &Context<'_>,
        filter: Option<LegalHoldFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, LegalHold, TotalCount>> {
        let auth = authorized(ctx)?;
        let status = filter.and_then(|filter| filter.status).map(Into::into);
        newest_first_by_id(
            auth,
            HOLD_CURSORS,
            first,
            after,
            |hold: &legal_hold::LegalHold| hold.row.id,
            LegalHold,
            |before_id, limit| legal_hold::list(auth, status, before_id, limit),
        )
        .await
    }

    /// Exports of your tenant of the kinds your role may make, newest first (`exportCreate`).
    #[graphql(complexity = "cost::page(first, cost::LIST, child_complexity)")]
    async fn exports(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, Export, TotalCount>> {
        let auth = authorized(ctx)?;
        newest_first_by_id(
            auth,
            EXPORT_CURSORS,
            first,
            after,
            |export: &export_service::Export| export.row.id,
            Export,
            |before_id, limit| export_service::list(auth, before_id, limit),
        )
        .await
    }

    /// A background job of your tenant (e.g. a rescan started with `riskRescanStart`), of a
    /// kind your role may start.
    async fn job(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Job>> {
        let auth = authorized(ctx)?;
        let number = ids::decode(&["id"], NodeKind::Job, &id).gql()?;
        Ok(Some(Job(jobs::get(auth, number).await.gql()?)))
    }

    /// Background jobs of your tenant, newest first: those of the kinds your role may start
    /// (ADMIN and COMPLIANCE: rescans).
    #[graphql(complexity = "cost::page(first, cost::LIST, child_complexity)")]
    async fn jobs(
        &self,
        ctx: &Context<'_>,
        filter: Option<JobFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<String, Job, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter.unwrap_or_default().into();
        newest_first_by_id(
            auth,
            JOB_CURSORS,
            first,
            after,
            |job: &jobs::Job| job.id,
            Job,
            |before_id, limit| jobs::list(auth, filter, before_id, limit),
        )
        .await
    }

    /// The tenant's risk rules, current versions (ADMIN, COMPLIANCE, AUDITOR).
    async fn risk_rules(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<RiskRule>> {
        let auth = authorized(ctx)?;
        Ok(risk::rules(auth)
            .await
            .gql()?
            .into_iter()
            .map(RiskRule)
            .collect())
    }

    /// Risk alerts (COMPLIANCE, AUDITOR), newest first unless `orderBy` says otherwise.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn risk_alerts(
        &self,
        ctx: &Context<'_>,
        filter: Option<RiskAlertFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        order_by: Option<RiskAlertOrder>,
    ) -> async_graphql::Result<Connection<String, RiskAlert, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter.map(RiskAlertFilter::into_domain).transpose().gql()?;
        let (field, descending) = match order_by {
            Some(order) => (
                match order.field {
                    RiskAlertOrderField::CreatedAt => risk::AlertOrderField::CreatedAt,
                    RiskAlertOrderField::SentAt => risk::AlertOrderField::SentAt,
                },
                order.direction.is_descending(),
            ),
            None => (risk::AlertOrderField::CreatedAt, true),
        };
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = risk::alerts(auth, filter, field, descending, &request)
            .await
            .gql()?;
        let alerts: Vec<entity::risk_alert::Model> =
            page.edges.iter().map(|(_, alert)| alert.clone()).collect();
        let look_ahead = ctx.look_ahead();
        let loaders = request_loaders(ctx)?;
        for node in node_selections(&look_ahead) {
            loaders
                .prefetch_alerts(&node, &alerts)
                .await
                .map_err(|error| to_graphql(&error))?;
        }
        Ok(connection_of(page, RiskAlert))
    }
}

fn archive_cursor_of(message: &::archive::store::StoredMessage) -> ::archive::index::SearchCursor {
    ::archive::index::SearchCursor {
        sent_at_ms: message.sent_at_ms,
        id: message.seq,
    }
}

/// `first` for lists that page forward only: 0 to 100, default 20.
/// A connection of rows listed newest first by id and paged with sealed id cursors:
/// `fetch(before_id, limit)` gives the total, the page, and whether more follow.
async fn newest_first_by_id<T, N, Fut>(
    auth: &Authorized,
    cursors: IdCursors,
    first: Option<i32>,
    after: Option<String>,
    id_of: impl Fn(&T) -> i64,
    to_node: impl Fn(T) -> N,
    fetch: impl FnOnce(Option<i64>, u64) -> Fut,
) -> async_graphql::Result<Connection<String, N, TotalCount>>
where
    N: async_graphql::OutputType,
    Fut: std::future::Future<Output = crate::error::ApiResult<(u64, Vec<T>, bool)>>,
{
    let limit = page_size(first).gql()?;
    let before_id = after
        .as_deref()
        .map(|cursor| cursors.decode(auth, cursor))
        .transpose()
        .gql()?;
    let (total, rows, has_more) = fetch(before_id, limit as u64).await.gql()?;
    let edges = rows
        .into_iter()
        .map(|row| (cursors.encode(auth, id_of(&row)), row))
        .collect();
    let page = Page {
        edges,
        has_previous_page: after.is_some(),
        has_next_page: has_more,
        total_count: DomainTotalCount::known(total),
    };
    Ok(connection_of(page, to_node))
}

fn page_size(first: Option<i32>) -> Result<usize, ApiError> {
    let size = first.unwrap_or(crate::domain::page::DEFAULT_PAGE_SIZE);
    if !(0..=crate::domain::page::MAX_PAGE_SIZE).contains(&size) {
        return Err(ApiError::field(
            &["first"],
            ErrorCode::BadUserInput,
            format!(
                "first must be between 0 and {}, got {size}; page with after",
                crate::domain::page::MAX_PAGE_SIZE
            ),
        ));
    }
    Ok(size as usize)
}
