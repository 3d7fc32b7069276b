//! Tenants, staff, departments, credentials, customers, follows and tags.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Tenant {
    Table,
    Id,
    Slug,
    Name,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Department {
    Table,
    Id,
    TenantId,
    Name,
    ParentId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Staff {
    Table,
    Id,
    TenantId,
    Email,
    Name,
    Role,
    DepartmentId,
    PasswordHash,
    Active,
    WecomUserid,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Session {
    Table,
    Id,
    TenantId,
    StaffId,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    RevokedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ApiKey {
    Table,
    Id,
    TenantId,
    StaffId,
    Name,
    Role,
    TokenPrefix,
    TokenHash,
    CreatedAt,
    RevokedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Customer {
    Table,
    Id,
    TenantId,
    ExternalUserid,
    Name,
    CorpName,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CustomerFollow {
    Table,
    Id,
    TenantId,
    CustomerId,
    StaffId,
    Remark,
    AddWay,
    State,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TagGroup {
    Table,
    Id,
    TenantId,
    Name,
    Sort,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Tag {
    Table,
    Id,
    TenantId,
    GroupId,
    Name,
    Sort,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum FollowTag {
    Table,
    FollowId,
    TagId,
    TenantId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Tenant::Table)
                    .col(big_pk_auto(Tenant::Id))
                    .col(string_len_uniq(Tenant::Slug, 64))
                    .col(string_len(Tenant::Name, 200))
                    .col(timestamp_with_time_zone(Tenant::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Department::Table)
                    .col(big_pk_auto(Department::Id))
                    .col(big_integer(Department::TenantId))
                    .col(string_len(Department::Name, 200))
                    .col(big_integer_null(Department::ParentId))
                    .col(timestamp_with_time_zone(Department::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        Department::Table,
                        "fk_department_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_department_parent")
                            .from(Department::Table, Department::ParentId)
                            .to(Department::Table, Department::Id),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_department_tenant",
            Department::Table,
            &[Department::TenantId],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Staff::Table)
                    .col(big_pk_auto(Staff::Id))
                    .col(big_integer(Staff::TenantId))
                    .col(string_len(Staff::Email, 254))
                    .col(string_len(Staff::Name, 200))
                    .col(string_len(Staff::Role, 16))
                    .col(big_integer_null(Staff::DepartmentId))
                    .col(string_len_null(Staff::PasswordHash, 255))
                    .col(boolean(Staff::Active))
                    .col(string_len_null(Staff::WecomUserid, 64))
                    .col(timestamp_with_time_zone(Staff::CreatedAt))
                    .col(timestamp_with_time_zone(Staff::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        Staff::Table,
                        "fk_staff_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_staff_department")
                            .from(Staff::Table, Staff::DepartmentId)
                            .to(Department::Table, Department::Id),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_staff_tenant_email",
            Staff::Table,
            &[Staff::TenantId, Staff::Email],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_staff_tenant_department",
            Staff::Table,
            &[Staff::TenantId, Staff::DepartmentId],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .col(big_pk_auto(Session::Id))
                    .col(big_integer(Session::TenantId))
                    .col(big_integer(Session::StaffId))
                    .col(string_len_uniq(Session::TokenHash, 64))
                    .col(timestamp_with_time_zone(Session::CreatedAt))
                    .col(timestamp_with_time_zone(Session::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Session::RevokedAt))
                    .foreign_key(&mut tenant_fk(
                        Session::Table,
                        "fk_session_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_session_staff")
                            .from(Session::Table, Session::StaffId)
                            .to(Staff::Table, Staff::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiKey::Table)
                    .col(big_pk_auto(ApiKey::Id))
                    .col(big_integer(ApiKey::TenantId))
                    .col(big_integer(ApiKey::StaffId))
                    .col(string_len(ApiKey::Name, 200))
                    .col(string_len(ApiKey::Role, 16))
                    .col(string_len(ApiKey::TokenPrefix, 16))
                    .col(string_len_uniq(ApiKey::TokenHash, 64))
                    .col(timestamp_with_time_zone(ApiKey::CreatedAt))
                    .col(timestamp_with_time_zone_null(ApiKey::RevokedAt))
                    .foreign_key(&mut tenant_fk(
                        ApiKey::Table,
                        "fk_api_key_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_api_key_staff")
                            .from(ApiKey::Table, ApiKey::StaffId)
                            .to(Staff::Table, Staff::Id),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_api_key_tenant",
            ApiKey::Table,
            &[ApiKey::TenantId],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Customer::Table)
                    .col(big_pk_auto(Customer::Id))
                    .col(big_integer(Customer::TenantId))
                    .col(string_len(Customer::ExternalUserid, 64))
                    .col(string_len(Customer::Name, 200))
                    .col(string_len_null(Customer::CorpName, 200))
                    .col(timestamp_with_time_zone(Customer::CreatedAt))
                    .col(timestamp_with_time_zone(Customer::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        Customer::Table,
                        "fk_customer_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_customer_tenant_external",
            Customer::Table,
            &[Customer::TenantId, Customer::ExternalUserid],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_customer_tenant_created",
            Customer::Table,
            &[Customer::TenantId, Customer::CreatedAt, Customer::Id],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(CustomerFollow::Table)
                    .col(big_pk_auto(CustomerFollow::Id))
                    .col(big_integer(CustomerFollow::TenantId))
                    .col(big_integer(CustomerFollow::CustomerId))
                    .col(big_integer(CustomerFollow::StaffId))
                    .col(string_len_null(CustomerFollow::Remark, 200))
                    .col(integer(CustomerFollow::AddWay))
                    .col(string_len_null(CustomerFollow::State, 30))
                    .col(timestamp_with_time_zone(CustomerFollow::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        CustomerFollow::Table,
                        "fk_follow_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_follow_customer")
                            .from(CustomerFollow::Table, CustomerFollow::CustomerId)
                            .to(Customer::Table, Customer::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_follow_staff")
                            .from(CustomerFollow::Table, CustomerFollow::StaffId)
                            .to(Staff::Table, Staff::Id),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_follow_tenant_customer_staff",
            CustomerFollow::Table,
            &[
                CustomerFollow::TenantId,
                CustomerFollow::CustomerId,
                CustomerFollow::StaffId,
            ],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_follow_tenant_staff",
            CustomerFollow::Table,
            &[CustomerFollow::TenantId, CustomerFollow::StaffId],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(TagGroup::Table)
                    .col(big_pk_auto(TagGroup::Id))
                    .col(big_integer(TagGroup::TenantId))
                    .col(string_len(TagGroup::Name, 100))
                    .col(integer(TagGroup::Sort))
                    .col(timestamp_with_time_zone(TagGroup::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        TagGroup::Table,
                        "fk_tag_group_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_tag_group_tenant_name",
            TagGroup::Table,
            &[TagGroup::TenantId, TagGroup::Name],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Tag::Table)
                    .col(big_pk_auto(Tag::Id))
                    .col(big_integer(Tag::TenantId))
                    .col(big_integer(Tag::GroupId))
                    .col(string_len(Tag::Name, 100))
                    .col(integer(Tag::Sort))
                    .col(timestamp_with_time_zone(Tag::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        Tag::Table,
                        "fk_tag_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_tag_group")
                            .from(Tag::Table, Tag::GroupId)
                            .to(TagGroup::Table, TagGroup::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_tag_tenant_group_name",
            Tag::Table,
            &[Tag::TenantId, Tag::GroupId, Tag::Name],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(FollowTag::Table)
                    .col(big_integer(FollowTag::FollowId))
                    .col(big_integer(FollowTag::TagId))
                    .col(big_integer(FollowTag::TenantId))
                    .col(timestamp_with_time_zone(FollowTag::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(FollowTag::FollowId)
                            .col(FollowTag::TagId),
                    )
                    .foreign_key(&mut tenant_fk(
                        FollowTag::Table,
                        "fk_follow_tag_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_follow_tag_follow")
                            .from(FollowTag::Table, FollowTag::FollowId)
                            .to(CustomerFollow::Table, CustomerFollow::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_follow_tag_tag")
                            .from(FollowTag::Table, FollowTag::TagId)
                            .to(Tag::Table, Tag::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_follow_tag_tenant_tag",
            FollowTag::Table,
            &[FollowTag::TenantId, FollowTag::TagId],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Children first, so foreign keys never dangle.
        for table in [
            FollowTag::Table.into_iden(),
            Tag::Table.into_iden(),
            TagGroup::Table.into_iden(),
            CustomerFollow::Table.into_iden(),
            Customer::Table.into_iden(),
            ApiKey::Table.into_iden(),
            Session::Table.into_iden(),
            Staff::Table.into_iden(),
            Department::Table.into_iden(),
            Tenant::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
