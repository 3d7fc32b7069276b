//! Notifications to staff (lost customers first): who gets one, about what, and whether they
//! read it. Each row carries, on PostgreSQL, the transaction that inserted it (`insert_xid`,
//! as `risk_alert` since migration 0007), so a live feed can hand out exactly the rows committed
//! since it last looked (`api::domain::feed`). Also the tenant's choice whether staff deleting
//! customers notifies their managers (default: yes).

use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Notification {
    Table,
    Id,
    TenantId,
    RecipientId,
    Kind,
    CustomerId,
    FollowId,
    StaffId,
    LostBy,
    EventAt,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Tenant {
    Table,
    NotifyStaffDeletions,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Notification::Table)
                    .col(big_pk_auto(Notification::Id))
                    .col(big_integer(Notification::TenantId))
                    .col(big_integer(Notification::RecipientId))
                    .col(string_len(Notification::Kind, 32))
                    .col(big_integer_null(Notification::CustomerId))
                    .col(big_integer_null(Notification::FollowId))
                    .col(big_integer_null(Notification::StaffId))
                    .col(string_len_null(Notification::LostBy, 32))
                    .col(timestamp_with_time_zone(Notification::EventAt))
                    .col(timestamp_with_time_zone(Notification::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notification::ReadAt))
                    .foreign_key(&mut tenant_fk(
                        Notification::Table,
                        "fk_notification_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        // A recipient's list, newest first.
        create_index(
            manager,
            "ix_notification_recipient",
            Notification::Table,
            &[
                Notification::TenantId,
                Notification::RecipientId,
                Notification::Id,
            ],
            false,
        )
        .await?;
        // One notification per recipient and event: a callback WeCom repeats notifies once.
        create_index(
            manager,
            "ux_notification_event",
            Notification::Table,
            &[
                Notification::TenantId,
                Notification::RecipientId,
                Notification::Kind,
                Notification::FollowId,
                Notification::EventAt,
            ],
            true,
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Tenant::Table)
                    .add_column(
                        ColumnDef::new(Tenant::NotifyStaffDeletions)
                            .boolean()
                            .not_null()
                            .default(true),
                    )
                    .to_owned(),
            )
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            let db = manager.get_connection();
            db.execute_unprepared(
                "ALTER TABLE notification ADD COLUMN insert_xid xid8 NOT NULL DEFAULT pg_current_xact_id()",
            )
            .await?;
            db.execute_unprepared(
                "CREATE INDEX ix_notification_insert_xid ON notification (insert_xid, id)",
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Tenant::Table)
                    .drop_column(Tenant::NotifyStaffDeletions)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Notification::Table).to_owned())
            .await
    }
}
