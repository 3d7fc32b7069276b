//! What each kind of job does: one arm per `entity::JobKind`.

use super::runner::{JobContext, Stop};
use super::{
    archive_pull, broadcast_send, export, purge, rescan, sop, transfer_results, wecom_events,
    wecom_sync,
};
use entity::JobKind;

/// Runs the job's work from its last checkpoint to the end, saving progress as it goes.
pub(super) async fn run(context: &mut JobContext) -> Result<(), Stop> {
    match context.job.kind {
        JobKind::Rescan => rescan::run(context).await,
        JobKind::ExportArchiveSearch
        | JobKind::ExportRiskAlerts
        | JobKind::ExportAuditLog
        | JobKind::ExportComplianceReport => export::run(context).await,
        JobKind::Purge => purge::run(context).await,
        JobKind::WecomSync => wecom_sync::run(context).await,
        JobKind::WecomEvents => wecom_events::run(context).await,
        JobKind::ArchivePull => archive_pull::run(context).await,
        JobKind::Sop => sop::run(context).await,
        JobKind::BroadcastSend => broadcast_send::run(context).await,
        JobKind::TransferResults => transfer_results::run(context).await,
    }
}
