//! Tenants' compression dictionaries: message originals are compressed with one before they are
//! sealed. A dictionary is made of the tenant's content, so it is stored sealed under the
//! tenant's data key (`key_version`), like a message; `dictionary_id` is the random id each
//! compressed message names in its header.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveDictionary {
    Table,
    Id,
    TenantId,
    DictionaryId,
    KeyVersion,
    Sealed,
    SampleCount,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ArchiveDictionary::Table)
                    .col(big_pk_auto(ArchiveDictionary::Id))
                    .col(big_integer(ArchiveDictionary::TenantId))
                    .col(big_integer(ArchiveDictionary::DictionaryId))
                    .col(integer(ArchiveDictionary::KeyVersion))
                    .col(binary(ArchiveDictionary::Sealed))
                    .col(big_integer(ArchiveDictionary::SampleCount))
                    .col(timestamp_with_time_zone(ArchiveDictionary::CreatedAt))
                    // Archive rows never go with a deleted tenant (see the other archive tables).
                    .foreign_key(&mut tenant_fk(
                        ArchiveDictionary::Table,
                        "fk_archive_dictionary_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_archive_dictionary_tenant_dictionary",
            ArchiveDictionary::Table,
            &[ArchiveDictionary::TenantId, ArchiveDictionary::DictionaryId],
            true,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ArchiveDictionary::Table).to_owned())
            .await
    }
}
