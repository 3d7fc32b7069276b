//! Durable background jobs: `job` holds each job's state (see `entity::job`), so jobs survive a
//! restart and several server processes on one database run each exactly once.
//!
//! Two indexes: one for the runner's "next job to take" (by status and lease expiry), one for
//! listing a tenant's jobs newest first.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Job {
    Table,
    Id,
    TenantId,
    Kind,
    Status,
    Done,
    Total,
    Produced,
    Error,
    CreatedByStaffId,
    CreatedByName,
    SubjectId,
    Checkpoint,
    CancelRequested,
    LeaseOwner,
    LeaseExpiresAt,
    Attempts,
    CreatedAt,
    StartedAt,
    FinishedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Job::Table)
                    .col(big_pk_auto(Job::Id))
                    .col(big_integer(Job::TenantId))
                    .col(string_len(Job::Kind, 32))
                    .col(string_len(Job::Status, 16))
                    .col(big_integer(Job::Done).default(0))
                    .col(big_integer(Job::Total).default(0))
                    .col(big_integer(Job::Produced).default(0))
                    .col(string_len_null(Job::Error, 1000))
                    .col(big_integer_null(Job::CreatedByStaffId))
                    .col(string_len_null(Job::CreatedByName, 200))
                    .col(big_integer_null(Job::SubjectId))
                    .col(text_null(Job::Checkpoint))
                    .col(boolean(Job::CancelRequested).default(false))
                    .col(string_len_null(Job::LeaseOwner, 100))
                    .col(timestamp_with_time_zone_null(Job::LeaseExpiresAt))
                    .col(integer(Job::Attempts).default(0))
                    .col(timestamp_with_time_zone(Job::CreatedAt))
                    .col(timestamp_with_time_zone_null(Job::StartedAt))
                    .col(timestamp_with_time_zone_null(Job::FinishedAt))
                    .foreign_key(&mut tenant_fk(
                        Job::Table,
                        "fk_job_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_job_status_lease",
            Job::Table,
            &[Job::Status, Job::LeaseExpiresAt],
            false,
        )
        .await?;
        create_index(
            manager,
            "ix_job_tenant_kind_id",
            Job::Table,
            &[Job::TenantId, Job::Kind, Job::Id],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Job::Table).to_owned())
            .await
    }
}
