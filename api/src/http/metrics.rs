//! `GET /metrics`: Prometheus text format for monitoring — per tenant, messages archived, the
//! search index's lag behind them and WeCom events waiting or failed; background jobs by
//! status; WeCom callbacks accepted and refused by reason. Counts only (see
//! `domain::ops::health`); keep the path internal at the reverse proxy (`deploy/nginx.conf`).

use std::fmt::Write;

use actix_web::{HttpResponse, web};

use super::AppState;
use crate::domain::jobs::JobStatus;
use crate::domain::ops::health::{self, TenantArchiveHealth, TenantEventBacklog};
use crate::domain::wecom::callbacks::CallbackCounts;

pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    let archive = match health::archive_health(&state.store).await {
        Ok(archive) => archive,
        Err(error) => {
            tracing::warn!(error = %error, "metrics: cannot read the archive's state");
            return HttpResponse::ServiceUnavailable()
                .content_type("text/plain; charset=utf-8")
                .body("the archive's state cannot be read; see the server log\n");
        }
    };
    let jobs = match health::job_counts(&state.store).await {
        Ok(jobs) => jobs,
        Err(error) => {
            tracing::warn!(error = %error, "metrics: cannot count jobs");
            return HttpResponse::ServiceUnavailable()
                .content_type("text/plain; charset=utf-8")
                .body("the jobs cannot be counted; see the server log\n");
        }
    };
    let events = match health::wecom_event_backlog(&state.store).await {
        Ok(events) => events,
        Err(error) => {
            tracing::warn!(error = %error, "metrics: cannot count WeCom events");
            return HttpResponse::ServiceUnavailable()
                .content_type("text/plain; charset=utf-8")
                .body("the WeCom events cannot be counted; see the server log\n");
        }
    };
    let callbacks = health::wecom_callback_counts(&state.store);
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header(("cache-control", "no-store"))
        .body(render(&archive, &jobs, &events, &callbacks))
}

/// The exposition text. Tenant slugs are `[a-z0-9-]` (validated at creation), so they need no
/// escaping inside label values; nor do the callback refusal reasons (`[a-z_]`).
fn render(
    archive: &[TenantArchiveHealth],
    jobs: &[(JobStatus, u64)],
    events: &[TenantEventBacklog],
    callbacks: &CallbackCounts,
) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "# HELP scrm_archive_messages Messages archived for the tenant (its last chain position).\n\
         # TYPE scrm_archive_messages gauge"
    );
    for tenant in archive {
        let _ = writeln!(
            text,
            "scrm_archive_messages{{tenant=\"{}\"}} {}",
            tenant.slug, tenant.status.archived_through
        );
    }
    let _ = writeln!(
        text,
        "# HELP scrm_archive_index_lag Archived messages that search does not find yet.\n\
         # TYPE scrm_archive_index_lag gauge"
    );
    for tenant in archive {
        let _ = writeln!(
            text,
            "scrm_archive_index_lag{{tenant=\"{}\"}} {}",
            tenant.slug,
            tenant.status.lag()
        );
    }
    let _ = writeln!(
        text,
        "# HELP scrm_jobs Background jobs of every tenant, by status.\n\
         # TYPE scrm_jobs gauge"
    );
    for (status, count) in jobs {
        let status = match status {
            JobStatus::Queued => "queued",
            JobStatus::Running => "running",
            JobStatus::Succeeded => "succeeded",
            JobStatus::Failed => "failed",
            JobStatus::Cancelled => "cancelled",
        };
        let _ = writeln!(text, "scrm_jobs{{status=\"{status}\"}} {count}");
    }
    let _ = writeln!(
        text,
        "# HELP scrm_wecom_events WeCom callback events of the tenant not applied: pending \
         (waiting for the events job) or failed (given up after every attempt).\n\
         # TYPE scrm_wecom_events gauge"
    );
    for tenant in events {
        for (status, count) in [("pending", tenant.pending), ("failed", tenant.failed)] {
            let _ = writeln!(
                text,
                "scrm_wecom_events{{tenant=\"{}\",status=\"{status}\"}} {count}",
                tenant.slug
            );
        }
    }
    let _ = writeln!(
        text,
        "# HELP scrm_wecom_callbacks_total WeCom callbacks answered since the process started: \
         accepted (URL verifications and events), or refused by reason.\n\
         # TYPE scrm_wecom_callbacks_total counter"
    );
    let _ = writeln!(
        text,
        "scrm_wecom_callbacks_total{{outcome=\"accepted\"}} {}",
        callbacks.accepted
    );
    for (refusal, count) in &callbacks.refused {
        let _ = writeln!(
            text,
            "scrm_wecom_callbacks_total{{outcome=\"refused\",reason=\"{}\"}} {count}",
            refusal.reason()
        );
    }
    text
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use archive::store::IndexStatus;

    use super::*;
    use crate::domain::wecom::callbacks::CallbackRefusal;

    #[test]
    fn renders_every_tenant_and_status() {
        let archive = vec![
            TenantArchiveHealth {
                slug: "default".to_string(),
                status: IndexStatus {
                    archived_through: 5000,
                    indexed_through: 4200,
                },
            },
            TenantArchiveHealth {
                slug: "acme".to_string(),
                status: IndexStatus::default(),
            },
        ];
        let events = vec![TenantEventBacklog {
            slug: "acme".to_string(),
            pending: 3,
            failed: 1,
        }];
        let callbacks = CallbackCounts {
            accepted: 7,
            refused: CallbackRefusal::ALL
                .iter()
                .map(|refusal| (*refusal, u64::from(*refusal == CallbackRefusal::Stale)))
                .collect(),
        };
        let text = render(&archive, &[(JobStatus::Failed, 2)], &events, &callbacks);
        assert!(text.contains("scrm_archive_messages{tenant=\"default\"} 5000\n"));
        assert!(text.contains("scrm_archive_index_lag{tenant=\"default\"} 800\n"));
        assert!(text.contains("scrm_archive_index_lag{tenant=\"acme\"} 0\n"));
        assert!(text.contains("scrm_jobs{status=\"failed\"} 2\n"));
        assert!(text.contains("# TYPE scrm_archive_index_lag gauge\n"));
        assert!(text.contains("scrm_wecom_events{tenant=\"acme\",status=\"pending\"} 3\n"));
        assert!(text.contains("scrm_wecom_events{tenant=\"acme\",status=\"failed\"} 1\n"));
        assert!(text.contains("# TYPE scrm_wecom_callbacks_total counter\n"));
        assert!(text.contains("scrm_wecom_callbacks_total{outcome=\"accepted\"} 7\n"));
        assert!(text.contains(
            "scrm_wecom_callbacks_total{outcome=\"refused\",reason=\"stale_timestamp\"} 1\n"
        ));
        assert!(text.contains(
            "scrm_wecom_callbacks_total{outcome=\"refused\",reason=\"bad_signature\"} 0\n"
        ));
        // Every line is a comment or `name{labels} value`.
        for line in text.lines().filter(|line| !line.starts_with('#')) {
            let (series, value) = line.rsplit_once(' ').unwrap();
            assert!(
                series.starts_with("scrm_") && series.ends_with('}'),
                "{line}"
            );
            value.parse::<u64>().unwrap();
        }
    }
}
