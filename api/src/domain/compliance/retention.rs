//! Retention: what a purge of a tenant's archive removes as of a date, and the purge itself
//! (`archive::purge`) for the operator's `scrm archive purge` and the daily `PURGE` job.
//!
//! The cutoff is the start of the day, in the tenant's time zone, `retentionYears` before the
//! purge's date (29 February steps back to 28 February in a year without it): a message sent
//! before it is past the retention. Active legal holds keep what they cover; holds name staff
//! and customers by row, the archive knows them by WeCom userid and external userid.

use std::collections::HashSet;
use std::time::Duration;

use archive::CheckpointSigner;
use archive::audit::{AuditAction, AuditOutcome};
use archive::purge::{HoldScope, HoldSubjects, PurgePolicy, PurgeProgress, PurgeReport};
use chrono::{DateTime, Datelike, Months, NaiveDate, Timelike, Utc};
use entity::legal_hold::{self, LegalHoldStatus};
use entity::{JobKind, JobStatus, customer, job, staff, tenant};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};
use serde_json::Value;

use super::audit::{self, Audited};
use super::legal_hold::LegalHold;
use crate::domain::jobs::{self, JobOrigin};
use crate::domain::org::time_zone::TenantTimeZone;
use crate::domain::{Store, now};
use crate::error::{ApiError, ApiResult};

/// The name the daily purge runs under, as its jobs and audit entries record it.
pub const DAILY_PURGE: &str = "daily-purge";

/// A purge asked for: of which tenant, as of which date (in the tenant's time zone), and
/// whether only to report.
#[derive(Debug, Clone, Copy)]
pub struct PurgeRequest {
    pub as_of: NaiveDate,
    pub dry_run: bool,
}

/// What a purge did, with the cutoff it applied.
#[derive(Debug, Clone)]
pub struct PurgeDone {
    pub cutoff: DateTime<Utc>,
    pub report: PurgeReport,
}

/// The start of the day `retention_years` before `as_of`, in `zone`.
pub fn cutoff(
    as_of: NaiveDate,
    retention_years: i32,
    zone: TenantTimeZone,
) -> ApiResult<DateTime<Utc>> {
    let years = u32::try_from(retention_years)
        .ok()
        .filter(|years| *years >= 1)
        .ok_or_else(|| {
            ApiError::BadUserInput(format!(
                "the tenant's retention is {retention_years} years: no purge without a \
                 retention of at least 1 year (set it with tenantSettingsUpdate(input: \
                 {{retentionYears}}))"
            ))
        })?;
    let day = as_of
        .checked_sub_months(Months::new(years.saturating_mul(12)))
        .ok_or_else(|| {
            ApiError::BadUserInput(format!("{as_of} minus {years} years is not a date"))
        })?;
    Ok(zone.day_start(day))
}

/// The tenant's date today, in its time zone.
pub fn today(zone: TenantTimeZone) -> NaiveDate {
    Utc::now().with_timezone(&zone.tz()).date_naive()
}

/// Purges `tenant` as `request` says, after refusing a date in the future, and records it in
/// the audit log as `actor` (`operator` or `system` with its name) did it.
pub(crate) async fn purge(
    store: &Store,
    signer: &CheckpointSigner,
    tenant: &tenant::Model,
    request: PurgeRequest,
    actor: PurgeActor<'_>,
    progress: impl FnMut(PurgeProgress),
) -> ApiResult<PurgeDone> {
    let zone = TenantTimeZone::stored(&tenant.time_zone)?;
    let today = today(zone);
    if request.as_of > today {
        return Err(ApiError::BadUserInput(format!(
            "--as-of {} is in the future (today is {today} in {}): a purge cannot anticipate \
             the retention; leave --as-of out to purge as of today",
            request.as_of,
            zone.name()
        )));
    }
    let cutoff = cutoff(request.as_of, tenant.retention_years, zone)?;
    let policy = PurgePolicy {
        cutoff_ms: cutoff.timestamp_millis(),
        holds: active_holds(store, tenant.id).await?,
    };
    let result = store
        .archive
        .purge(tenant.id, &policy, signer, request.dry_run, progress)
        .await;
    let (outcome, report) = match &result {
        Ok(report) => (AuditOutcome::Success, Some(report)),
        Err(_) => (AuditOutcome::Failed, None),
    };
    let audited = Audited {
        action: AuditAction::ArchivePurge,
        target: Vec::new(),
        parameters: parameters(
            request,
            cutoff,
            tenant.retention_years,
            policy.holds.len(),
            report,
        ),
    };
    let recorded = match actor {
        PurgeActor::Operator(os_user) => {
            audit::record_operator(store, os_user, tenant.id, outcome, audited).await
        }
        PurgeActor::System(name) => {
            audit::record_system(store, name, tenant.id, outcome, audited).await
        }
    };
    let report = result?;
    recorded?;
    Ok(PurgeDone { cutoff, report })
}

/// Who runs a purge, as the audit log names them.
#[derive(Debug, Clone, Copy)]
pub(crate) enum PurgeActor<'a> {
    /// An operator at the server's shell, by OS user.
    Operator(&'a str),
    /// A scheduled task, by name.
    System(&'a str),
}

/// What a purge's audit entry records: the date, cutoff and counts, never a msgid.
fn parameters(
    request: PurgeRequest,
    cutoff: DateTime<Utc>,
    retention_years: i32,
    holds: usize,
    report: Option<&PurgeReport>,
) -> Value {
    let mut parameters = vec![
        ("asOf", request.as_of.to_string().into()),
        ("cutoff", cutoff.to_rfc3339().into()),
        ("retentionYears", retention_years.into()),
        ("dryRun", request.dry_run.into()),
        ("activeHolds", (holds as u64).into()),
    ];
    if let Some(report) = report {
        let first_last = |range: &archive::purge::PurgedRange| {
            Value::from(vec![range.first_seq, range.last_seq])
        };
        parameters.extend([
            ("purged", report.purged().into()),
            (
                "ranges",
                Value::from(report.ranges.iter().map(first_last).collect::<Vec<_>>()),
            ),
            ("held", report.held.into()),
            ("keptAsHead", report.kept_as_head.into()),
            ("keptRevokes", report.kept_revokes.into()),
            ("alertsMarked", report.alerts_marked.into()),
        ]);
    }
    Value::Object(
        parameters
            .into_iter()
            .map(|(name, value)| (name.to_string(), value))
            .collect(),
    )
}

/// The tenant's active holds, in the archive's terms.
async fn active_holds(store: &Store, tenant_id: i64) -> ApiResult<Vec<HoldScope>> {
    let rows = legal_hold::Entity::find()
        .filter(legal_hold::Column::TenantId.eq(tenant_id))
        .filter(legal_hold::Column::Status.eq(LegalHoldStatus::Active))
        .all(&store.db)
        .await?;
    let mut scopes = Vec::with_capacity(rows.len());
    for row in rows {
        let hold = LegalHold::parse(row)?;
        let names_anyone = !(hold.staff_ids.is_empty()
            && hold.customer_ids.is_empty()
            && hold.room_ids.is_empty());
        let subjects = if names_anyone {
            let mut parties: HashSet<String> = HashSet::new();
            if !hold.staff_ids.is_empty() {
                let userids: Vec<Option<String>> = staff::Entity::find()
                    .select_only()
                    .column(staff::Column::WecomUserid)
                    .filter(staff::Column::TenantId.eq(tenant_id))
                    .filter(staff::Column::Id.is_in(hold.staff_ids.clone()))
                    .into_tuple()
                    .all(&store.db)
                    .await?;
                parties.extend(userids.into_iter().flatten());
            }
            if !hold.customer_ids.is_empty() {
                let external: Vec<String> = customer::Entity::find()
                    .select_only()
                    .column(customer::Column::ExternalUserid)
                    .filter(customer::Column::TenantId.eq(tenant_id))
                    .filter(customer::Column::Id.is_in(hold.customer_ids.clone()))
                    .into_tuple()
                    .all(&store.db)
                    .await?;
                parties.extend(external);
            }
            HoldSubjects::Named {
                parties,
                rooms: hold.room_ids.iter().cloned().collect(),
            }
        } else {
            HoldSubjects::Everyone
        };
        scopes.push(HoldScope {
            from_ms: hold.row.from_time.map(|from| from.timestamp_millis()),
            to_ms: hold.row.to_time.map(|to| to.timestamp_millis()),
            subjects,
        });
    }
    Ok(scopes)
}

/// Queues a `PURGE` job for each tenant whose day (in its time zone) has passed `at` and
/// that has no purge job started since; checks every `every`. Runs until the process exits.
pub async fn schedule_daily(store: Store, at: chrono::NaiveTime, every: Duration) {
    loop {
        if let Err(error) = queue_due_purges(&store, at).await {
            tracing::warn!(error = %error, "daily purge: cannot queue the purges that are due");
        }
        tokio::time::sleep(every).await;
    }
}

async fn queue_due_purges(store: &Store, at: chrono::NaiveTime) -> ApiResult<()> {
    let tenants = tenant::Entity::find().all(&store.db).await?;
    for tenant in tenants {
        let zone = TenantTimeZone::stored(&tenant.time_zone)?;
        let local_now = Utc::now().with_timezone(&zone.tz());
        let today = local_now.date_naive();
        let due_since = zone.day_start(today)
            + chrono::Duration::seconds(i64::from(at.num_seconds_from_midnight()));
        if now() < due_since {
            continue;
        }
        let already = job::Entity::find()
            .filter(job::Column::TenantId.eq(tenant.id))
            .filter(job::Column::Kind.eq(JobKind::Purge))
            .filter(
                Condition::any()
                    .add(job::Column::CreatedAt.gte(due_since))
                    .add(job::Column::Status.is_in([JobStatus::Queued, JobStatus::Running])),
            )
            .count(&store.db)
            .await?;
        if already > 0 {
            continue;
        }
        jobs::enqueue(
            store,
            tenant.id,
            JobKind::Purge,
            JobOrigin::System(DAILY_PURGE),
            None,
        )
        .await?;
        tracing::info!(tenant = tenant.id, day = %today, weekday = %today.weekday(), "daily purge queued");
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn shanghai() -> TenantTimeZone {
        TenantTimeZone::stored("Asia/Shanghai").unwrap()
    }

    #[test]
    fn the_cutoff_is_local_midnight_the_retention_before() {
        let as_of = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let cutoff = cutoff(as_of, 5, shanghai()).unwrap();
        assert_eq!(cutoff.to_rfc3339(), "2021-12-01T16:00:00+00:00");
    }

    #[test]
    fn a_leap_day_steps_back_to_the_last_day_of_february() {
        let as_of = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        let cutoff = cutoff(as_of, 1, shanghai()).unwrap();
        assert_eq!(cutoff.to_rfc3339(), "2027-02-27T16:00:00+00:00");
    }

    #[test]
    fn no_retention_refuses_with_what_to_do() {
        let as_of = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let error = cutoff(as_of, 0, shanghai()).unwrap_err();
        assert!(error.to_string().contains("retentionYears"), "{error}");
    }
}
