//! Signed checkpoints: `chain_checkpoint` holds, per tenant and chain (`archive`, `audit`), the
//! chain heads signed with the installation's Ed25519 key (see `archive::checkpoint`).
//!
//! Checkpoints are few (one per chain every few minutes, only when the head moved), so one
//! index on (tenant_id, chain, seq) serves "the latest checkpoint of this chain".

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ChainCheckpoint {
    Table,
    Id,
    TenantId,
    Chain,
    Seq,
    HeadHash,
    At,
    Signature,
    KeyFingerprint,
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
                    .table(ChainCheckpoint::Table)
                    .col(big_pk_auto(ChainCheckpoint::Id))
                    .col(big_integer(ChainCheckpoint::TenantId))
                    .col(string_len(ChainCheckpoint::Chain, 16))
                    .col(big_integer(ChainCheckpoint::Seq))
                    .col(binary(ChainCheckpoint::HeadHash))
                    .col(timestamp_with_time_zone(ChainCheckpoint::At))
                    .col(binary(ChainCheckpoint::Signature))
                    .col(string_len(ChainCheckpoint::KeyFingerprint, 64))
                    // Never cascade: checkpoints outlive nothing they vouch for.
                    .foreign_key(&mut tenant_fk(
                        ChainCheckpoint::Table,
                        "fk_chain_checkpoint_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_chain_checkpoint_tenant_chain_seq",
            ChainCheckpoint::Table,
            &[
                ChainCheckpoint::TenantId,
                ChainCheckpoint::Chain,
                ChainCheckpoint::Seq,
            ],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ChainCheckpoint::Table).to_owned())
            .await
    }
}
