//! Script (话术) and material (素材) libraries: folders, scripts, materials (their files live in
//! the data dir, the rows keep where and what), and how often staff used each item per day.
//!
//! An item or folder with an `owner_id` is in that member's personal library; without one, in
//! the tenant's. `search_text` is the normalised title and body (NFKC, case folding,
//! traditional → simplified) that substring search matches with `LIKE`.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum LibraryFolder {
    Table,
    Id,
    TenantId,
    Kind,
    OwnerId,
    Name,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Script {
    Table,
    Id,
    TenantId,
    OwnerId,
    FolderId,
    Title,
    Content,
    SearchText,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Material {
    Table,
    Id,
    TenantId,
    OwnerId,
    FolderId,
    Kind,
    Title,
    Body,
    Url,
    Description,
    Appid,
    Page,
    FileKey,
    FileName,
    FileContentType,
    FileSize,
    FileSha256,
    SearchText,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum LibraryUse {
    Table,
    TenantId,
    ItemKind,
    ItemId,
    StaffId,
    Day,
    Uses,
}

#[derive(DeriveIden, Clone, Copy)]
enum Staff {
    Table,
    Id,
}

fn staff_fk(table: impl IntoIden, column: impl IntoIden, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, column)
        .to(Staff::Table, Staff::Id)
        .to_owned()
}

fn folder_fk(table: impl IntoIden, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, Alias::new("folder_id"))
        .to(LibraryFolder::Table, LibraryFolder::Id)
        .to_owned()
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
                    .table(LibraryFolder::Table)
                    .col(big_pk_auto(LibraryFolder::Id))
                    .col(big_integer(LibraryFolder::TenantId))
                    .col(string_len(LibraryFolder::Kind, 16))
                    .col(big_integer_null(LibraryFolder::OwnerId))
                    .col(string_len(LibraryFolder::Name, 100))
                    .col(timestamp_with_time_zone(LibraryFolder::CreatedAt))
                    .col(timestamp_with_time_zone(LibraryFolder::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        LibraryFolder::Table,
                        "fk_library_folder_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(&mut staff_fk(
                        LibraryFolder::Table,
                        LibraryFolder::OwnerId,
                        "fk_library_folder_owner",
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_library_folder_library",
            LibraryFolder::Table,
            &[
                LibraryFolder::TenantId,
                LibraryFolder::Kind,
                LibraryFolder::OwnerId,
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Script::Table)
                    .col(big_pk_auto(Script::Id))
                    .col(big_integer(Script::TenantId))
                    .col(big_integer_null(Script::OwnerId))
                    .col(big_integer_null(Script::FolderId))
                    .col(string_len(Script::Title, 100))
                    .col(text(Script::Content))
                    .col(text(Script::SearchText))
                    .col(big_integer(Script::CreatedBy))
                    .col(timestamp_with_time_zone(Script::CreatedAt))
                    .col(timestamp_with_time_zone(Script::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        Script::Table,
                        "fk_script_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(&mut staff_fk(
                        Script::Table,
                        Script::OwnerId,
                        "fk_script_owner",
                    ))
                    .foreign_key(&mut staff_fk(
                        Script::Table,
                        Script::CreatedBy,
                        "fk_script_created_by",
                    ))
                    .foreign_key(&mut folder_fk(Script::Table, "fk_script_folder"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_script_library",
            Script::Table,
            &[Script::TenantId, Script::OwnerId, Script::UpdatedAt],
            false,
        )
        .await?;
        create_index(
            manager,
            "ix_script_folder",
            Script::Table,
            &[Script::TenantId, Script::FolderId],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Material::Table)
                    .col(big_pk_auto(Material::Id))
                    .col(big_integer(Material::TenantId))
                    .col(big_integer_null(Material::OwnerId))
                    .col(big_integer_null(Material::FolderId))
                    .col(string_len(Material::Kind, 16))
                    .col(string_len(Material::Title, 100))
                    .col(text_null(Material::Body))
                    .col(text_null(Material::Url))
                    .col(string_len_null(Material::Description, 500))
                    .col(string_len_null(Material::Appid, 64))
                    .col(string_len_null(Material::Page, 500))
                    .col(string_len_null(Material::FileKey, 100))
                    .col(string_len_null(Material::FileName, 255))
                    .col(string_len_null(Material::FileContentType, 100))
                    .col(big_integer_null(Material::FileSize))
                    .col(string_len_null(Material::FileSha256, 64))
                    .col(text(Material::SearchText))
                    .col(big_integer(Material::CreatedBy))
                    .col(timestamp_with_time_zone(Material::CreatedAt))
                    .col(timestamp_with_time_zone(Material::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        Material::Table,
                        "fk_material_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(&mut staff_fk(
                        Material::Table,
                        Material::OwnerId,
                        "fk_material_owner",
                    ))
                    .foreign_key(&mut staff_fk(
                        Material::Table,
                        Material::CreatedBy,
                        "fk_material_created_by",
                    ))
                    .foreign_key(&mut folder_fk(Material::Table, "fk_material_folder"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_material_library",
            Material::Table,
            &[Material::TenantId, Material::OwnerId, Material::UpdatedAt],
            false,
        )
        .await?;
        create_index(
            manager,
            "ix_material_folder",
            Material::Table,
            &[Material::TenantId, Material::FolderId],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(LibraryUse::Table)
                    .col(big_integer(LibraryUse::TenantId))
                    .col(string_len(LibraryUse::ItemKind, 16))
                    .col(big_integer(LibraryUse::ItemId))
                    .col(big_integer(LibraryUse::StaffId))
                    .col(date(LibraryUse::Day))
                    .col(big_integer(LibraryUse::Uses))
                    .primary_key(
                        Index::create()
                            .col(LibraryUse::TenantId)
                            .col(LibraryUse::ItemKind)
                            .col(LibraryUse::ItemId)
                            .col(LibraryUse::StaffId)
                            .col(LibraryUse::Day),
                    )
                    .foreign_key(&mut tenant_fk(
                        LibraryUse::Table,
                        "fk_library_use_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(&mut staff_fk(
                        LibraryUse::Table,
                        LibraryUse::StaffId,
                        "fk_library_use_staff",
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_library_use_day",
            LibraryUse::Table,
            &[LibraryUse::TenantId, LibraryUse::Day],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            LibraryUse::Table.into_iden(),
            Material::Table.into_iden(),
            Script::Table.into_iden(),
            LibraryFolder::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
