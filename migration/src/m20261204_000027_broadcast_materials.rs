//! The materials a mass message carries besides its text (`content.materialIds`), as a JSON
//! array of material ids in the order they are attached.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Broadcast {
    Table,
    ContentMaterialIds,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Broadcast::Table)
                    .add_column(ColumnDef::new(Broadcast::ContentMaterialIds).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Broadcast::Table)
                    .drop_column(Broadcast::ContentMaterialIds)
                    .to_owned(),
            )
            .await
    }
}
