//! WeCom: per-tenant settings with sealed secrets and archive private keys; WeCom ids on
//! departments, tags and tag groups; what a sync learns about customers and follows (lost
//! follows are kept, marked); customer groups and their members; callbacks received (kept until
//! processed, deduplicated) and the nonces that guard against replays; where the archive puller
//! stands; archived media; and consent to archiving.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum WecomSettings {
    Table,
    TenantId,
    CorpId,
    AgentId,
    ContactSecret,
    ArchiveSecret,
    CallbackToken,
    CallbackAesKey,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum WecomArchiveKey {
    Table,
    Id,
    TenantId,
    Version,
    SealedPem,
    PublicKeyPem,
    Bits,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Department {
    Table,
    TenantId,
    WecomId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Staff {
    Table,
    TenantId,
    WecomUserid,
}

// `CustomerType` is the column's name (`customer_type`), not a stutter.
#[allow(clippy::enum_variant_names)]
#[derive(DeriveIden, Clone, Copy)]
enum Customer {
    Table,
    Avatar,
    CustomerType,
    Gender,
    Unionid,
    ArchiveConsent,
    ConsentCheckedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CustomerFollow {
    Table,
    Description,
    RemarkMobiles,
    LostAt,
    LostBy,
    SyncRun,
}

#[derive(DeriveIden, Clone, Copy)]
enum TagGroup {
    Table,
    TenantId,
    WecomId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Tag {
    Table,
    TenantId,
    WecomId,
}

#[derive(DeriveIden, Clone, Copy)]
enum CustomerGroup {
    Table,
    Id,
    TenantId,
    ChatId,
    Name,
    OwnerUserid,
    Notice,
    Status,
    CreatedAt,
    DismissedAt,
    SyncedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CustomerGroupMember {
    Table,
    Id,
    TenantId,
    GroupId,
    Userid,
    MemberType,
    JoinTime,
    JoinScene,
    IsAdmin,
}

#[derive(DeriveIden, Clone, Copy)]
enum WecomEvent {
    Table,
    Id,
    TenantId,
    Identity,
    Event,
    ChangeType,
    Payload,
    Status,
    Attempts,
    Error,
    ReceivedAt,
    ProcessedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum WecomCallbackNonce {
    Table,
    TenantId,
    Signature,
    Nonce,
    SeenAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum WecomArchiveCursor {
    Table,
    TenantId,
    Seq,
    PulledAt,
    LastError,
}

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveMedia {
    Table,
    Id,
    TenantId,
    FileKey,
    ContentType,
    Size,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveConversation {
    Table,
    Consent,
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
                    .table(WecomSettings::Table)
                    .col(big_integer(WecomSettings::TenantId).primary_key())
                    .col(string_len(WecomSettings::CorpId, 64))
                    .col(big_integer_null(WecomSettings::AgentId))
                    .col(binary_null(WecomSettings::ContactSecret))
                    .col(binary_null(WecomSettings::ArchiveSecret))
                    .col(binary_null(WecomSettings::CallbackToken))
                    .col(binary_null(WecomSettings::CallbackAesKey))
                    .col(timestamp_with_time_zone(WecomSettings::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        WecomSettings::Table,
                        "fk_wecom_settings_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(WecomArchiveKey::Table)
                    .col(big_pk_auto(WecomArchiveKey::Id))
                    .col(big_integer(WecomArchiveKey::TenantId))
                    .col(integer(WecomArchiveKey::Version))
                    .col(binary(WecomArchiveKey::SealedPem))
                    .col(text(WecomArchiveKey::PublicKeyPem))
                    .col(integer(WecomArchiveKey::Bits))
                    .col(timestamp_with_time_zone(WecomArchiveKey::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        WecomArchiveKey::Table,
                        "fk_wecom_archive_key_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_wecom_archive_key_version",
            WecomArchiveKey::Table,
            &[WecomArchiveKey::TenantId, WecomArchiveKey::Version],
            true,
        )
        .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(Department::Table)
                    .add_column(big_integer_null(Department::WecomId))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_department_wecom_id",
            Department::Table,
            &[Department::TenantId, Department::WecomId],
            true,
        )
        .await?;
        create_index(
            manager,
            "ux_staff_wecom_userid",
            Staff::Table,
            &[Staff::TenantId, Staff::WecomUserid],
            true,
        )
        .await?;

        for column in [
            string_len_null(Customer::Avatar, 500),
            small_integer_null(Customer::CustomerType),
            small_integer_null(Customer::Gender),
            string_len_null(Customer::Unionid, 64),
            string_len_null(Customer::ArchiveConsent, 16),
            timestamp_with_time_zone_null(Customer::ConsentCheckedAt),
        ] {
            add_column(manager, Customer::Table, column).await?;
        }
        for column in [
            string_len_null(CustomerFollow::Description, 500),
            text_null(CustomerFollow::RemarkMobiles),
            timestamp_with_time_zone_null(CustomerFollow::LostAt),
            string_len_null(CustomerFollow::LostBy, 32),
            big_integer_null(CustomerFollow::SyncRun),
        ] {
            add_column(manager, CustomerFollow::Table, column).await?;
        }
        add_column(
            manager,
            TagGroup::Table,
            string_len_null(TagGroup::WecomId, 64),
        )
        .await?;
        create_index(
            manager,
            "ux_tag_group_wecom_id",
            TagGroup::Table,
            &[TagGroup::TenantId, TagGroup::WecomId],
            true,
        )
        .await?;
        add_column(manager, Tag::Table, string_len_null(Tag::WecomId, 64)).await?;
        create_index(
            manager,
            "ux_tag_wecom_id",
            Tag::Table,
            &[Tag::TenantId, Tag::WecomId],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(CustomerGroup::Table)
                    .col(big_pk_auto(CustomerGroup::Id))
                    .col(big_integer(CustomerGroup::TenantId))
                    .col(string_len(CustomerGroup::ChatId, 64))
                    .col(string_len(CustomerGroup::Name, 200))
                    .col(string_len(CustomerGroup::OwnerUserid, 64))
                    .col(text_null(CustomerGroup::Notice))
                    .col(small_integer(CustomerGroup::Status))
                    .col(timestamp_with_time_zone(CustomerGroup::CreatedAt))
                    .col(timestamp_with_time_zone_null(CustomerGroup::DismissedAt))
                    .col(timestamp_with_time_zone(CustomerGroup::SyncedAt))
                    .foreign_key(&mut tenant_fk(
                        CustomerGroup::Table,
                        "fk_customer_group_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_customer_group_chat",
            CustomerGroup::Table,
            &[CustomerGroup::TenantId, CustomerGroup::ChatId],
            true,
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(CustomerGroupMember::Table)
                    .col(big_pk_auto(CustomerGroupMember::Id))
                    .col(big_integer(CustomerGroupMember::TenantId))
                    .col(big_integer(CustomerGroupMember::GroupId))
                    .col(string_len(CustomerGroupMember::Userid, 64))
                    .col(small_integer(CustomerGroupMember::MemberType))
                    .col(timestamp_with_time_zone_null(CustomerGroupMember::JoinTime))
                    .col(small_integer(CustomerGroupMember::JoinScene))
                    .col(boolean(CustomerGroupMember::IsAdmin))
                    .foreign_key(&mut tenant_fk(
                        CustomerGroupMember::Table,
                        "fk_customer_group_member_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_customer_group_member_group")
                            .from(CustomerGroupMember::Table, CustomerGroupMember::GroupId)
                            .to(CustomerGroup::Table, CustomerGroup::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_customer_group_member",
            CustomerGroupMember::Table,
            &[CustomerGroupMember::GroupId, CustomerGroupMember::Userid],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_customer_group_member_userid",
            CustomerGroupMember::Table,
            &[CustomerGroupMember::TenantId, CustomerGroupMember::Userid],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(WecomEvent::Table)
                    .col(big_pk_auto(WecomEvent::Id))
                    .col(big_integer(WecomEvent::TenantId))
                    .col(binary(WecomEvent::Identity))
                    .col(string_len(WecomEvent::Event, 64))
                    .col(string_len_null(WecomEvent::ChangeType, 64))
                    .col(text(WecomEvent::Payload))
                    .col(string_len(WecomEvent::Status, 16))
                    .col(integer(WecomEvent::Attempts))
                    .col(text_null(WecomEvent::Error))
                    .col(timestamp_with_time_zone(WecomEvent::ReceivedAt))
                    .col(timestamp_with_time_zone_null(WecomEvent::ProcessedAt))
                    .foreign_key(&mut tenant_fk(
                        WecomEvent::Table,
                        "fk_wecom_event_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_wecom_event_identity",
            WecomEvent::Table,
            &[WecomEvent::TenantId, WecomEvent::Identity],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_wecom_event_pending",
            WecomEvent::Table,
            &[WecomEvent::Status, WecomEvent::Id],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(WecomCallbackNonce::Table)
                    .col(big_integer(WecomCallbackNonce::TenantId))
                    .col(string_len(WecomCallbackNonce::Signature, 64))
                    .col(string_len(WecomCallbackNonce::Nonce, 64))
                    .col(timestamp_with_time_zone(WecomCallbackNonce::SeenAt))
                    .primary_key(
                        Index::create()
                            .col(WecomCallbackNonce::TenantId)
                            .col(WecomCallbackNonce::Signature)
                            .col(WecomCallbackNonce::Nonce),
                    )
                    .foreign_key(&mut tenant_fk(
                        WecomCallbackNonce::Table,
                        "fk_wecom_callback_nonce_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_wecom_callback_nonce_seen",
            WecomCallbackNonce::Table,
            &[WecomCallbackNonce::SeenAt],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(WecomArchiveCursor::Table)
                    .col(big_integer(WecomArchiveCursor::TenantId).primary_key())
                    .col(big_integer(WecomArchiveCursor::Seq))
                    .col(timestamp_with_time_zone_null(WecomArchiveCursor::PulledAt))
                    .col(text_null(WecomArchiveCursor::LastError))
                    .foreign_key(&mut tenant_fk(
                        WecomArchiveCursor::Table,
                        "fk_wecom_archive_cursor_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ArchiveMedia::Table)
                    .col(big_pk_auto(ArchiveMedia::Id))
                    .col(big_integer(ArchiveMedia::TenantId))
                    .col(binary(ArchiveMedia::FileKey))
                    .col(string_len(ArchiveMedia::ContentType, 100))
                    .col(big_integer(ArchiveMedia::Size))
                    .col(timestamp_with_time_zone(ArchiveMedia::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        ArchiveMedia::Table,
                        "fk_archive_media_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_archive_media_file",
            ArchiveMedia::Table,
            &[ArchiveMedia::TenantId, ArchiveMedia::FileKey],
            true,
        )
        .await?;
        add_column(
            manager,
            ArchiveConversation::Table,
            string_len_null(ArchiveConversation::Consent, 16),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_column(
            manager,
            ArchiveConversation::Table,
            ArchiveConversation::Consent,
        )
        .await?;
        for table in [
            ArchiveMedia::Table.into_iden(),
            WecomArchiveCursor::Table.into_iden(),
            WecomCallbackNonce::Table.into_iden(),
            WecomEvent::Table.into_iden(),
            CustomerGroupMember::Table.into_iden(),
            CustomerGroup::Table.into_iden(),
            WecomArchiveKey::Table.into_iden(),
            WecomSettings::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for index in [
            "ux_tag_wecom_id",
            "ux_tag_group_wecom_id",
            "ux_staff_wecom_userid",
            "ux_department_wecom_id",
        ] {
            manager
                .drop_index(Index::drop().name(index).to_owned())
                .await?;
        }
        drop_column(manager, Tag::Table, Tag::WecomId).await?;
        drop_column(manager, TagGroup::Table, TagGroup::WecomId).await?;
        for column in [
            CustomerFollow::Description,
            CustomerFollow::RemarkMobiles,
            CustomerFollow::LostAt,
            CustomerFollow::LostBy,
            CustomerFollow::SyncRun,
        ] {
            drop_column(manager, CustomerFollow::Table, column).await?;
        }
        for column in [
            Customer::Avatar,
            Customer::CustomerType,
            Customer::Gender,
            Customer::Unionid,
            Customer::ArchiveConsent,
            Customer::ConsentCheckedAt,
        ] {
            drop_column(manager, Customer::Table, column).await?;
        }
        drop_column(manager, Department::Table, Department::WecomId).await
    }
}

async fn add_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    mut column: ColumnDef,
) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .add_column(&mut column)
                .to_owned(),
        )
        .await
}

async fn drop_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    column: impl IntoIden,
) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(table).drop_column(column).to_owned())
        .await
}
