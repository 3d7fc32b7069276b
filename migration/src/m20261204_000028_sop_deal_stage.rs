//! SOP rules triggered when a deal enters a stage (`DEAL_ENTERED_STAGE`): the stage, on the rule.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum SopRule {
    Table,
    StageId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(SopRule::Table)
                    .add_column(ColumnDef::new(SopRule::StageId).big_integer().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(SopRule::Table)
                    .drop_column(SopRule::StageId)
                    .to_owned(),
            )
            .await
    }
}
