//! `GET /metrics`: Prometheus text format for monitoring — per tenant, messages archived and
//! the search index's lag behind them; background jobs by status. Counts only (see
//! `domain::ops::health`); keep the path internal at the reverse proxy (`deploy/nginx.conf`).

use std::fmt::Write;

use actix_web::{HttpResponse, web};

use super::AppState;
use crate::domain::jobs::JobStatus;
use crate::domain::ops::health::{self, TenantArchiveHealth};

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
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header(("cache-control", "no-store"))
        .body(render(&archive, &jobs))
}

/// The exposition text. Tenant slugs are `[a-z0-9-]` (validated at creation), so they need no
/// escaping inside label values.
fn render(archive: &[TenantArchiveHealth], jobs: &[(JobStatus, u64)]) -> String {
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
    text
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use archive::store::IndexStatus;

    use super::*;

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
        let text = render(&archive, &[(JobStatus::Failed, 2)]);
        assert!(text.contains("scrm_archive_messages{tenant=\"default\"} 5000\n"));
        assert!(text.contains("scrm_archive_index_lag{tenant=\"default\"} 800\n"));
        assert!(text.contains("scrm_archive_index_lag{tenant=\"acme\"} 0\n"));
        assert!(text.contains("scrm_jobs{status=\"failed\"} 2\n"));
        assert!(text.contains("# TYPE scrm_archive_index_lag gauge\n"));
    }
}
