//! Staff remember who chose their password (`OWN` or `SET_BY_ANOTHER`).
//!
//! Why: an administrator who creates an account with a password knows that password; for the
//! compliance archive that would let them read conversations as the officer. A password set by
//! someone else opens nothing of the archive until its holder changes it.
//!
//! Existing compliance officers and auditors with a password were, as far as the database can
//! tell, given it by an administrator: they are marked `SET_BY_ANOTHER` and change it at their
//! next sign-in before reading the archive again. Everyone else starts as `OWN`.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Staff {
    Table,
    Role,
    PasswordHash,
    PasswordOrigin,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Staff::Table)
                    .add_column(string_len(Staff::PasswordOrigin, 16).default("OWN"))
                    .to_owned(),
            )
            .await?;
        let backfill = Query::update()
            .table(Staff::Table)
            .value(Staff::PasswordOrigin, "SET_BY_ANOTHER")
            .and_where(Expr::col(Staff::Role).is_in(["COMPLIANCE", "AUDITOR"]))
            .and_where(Expr::col(Staff::PasswordHash).is_not_null())
            .to_owned();
        manager.exec_stmt(backfill).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Staff::Table)
                    .drop_column(Staff::PasswordOrigin)
                    .to_owned(),
            )
            .await
    }
}
