//! Reviewers' comments on alerts and decision reasons get a column for their sealed text.
//!
//! Why: a comment or a reason can quote the message it is about, and archive content never
//! reaches disk in clear. From this migration on the server writes the sealed blob here and
//! leaves the old column empty (`body = ''`, `decision_reason = NULL`). Rows written before keep
//! their plaintext until the server or a CLI command next opens the store: it seals them then
//! (`api::domain::risk::seal_legacy_notes`). Sealing needs the tenants' data keys, which a
//! migration does not have, hence not here.
//!
//! Down refuses while any sealed text exists: the previous schema has nowhere to keep it, and a
//! migration cannot decrypt it back into the old columns, so dropping the columns would silently
//! lose every comment and reason written since. Down succeeds on a database where nothing was
//! sealed yet (e.g. right after `scrm migrate up`, before any start).

use sea_orm_migration::sea_orm::Statement;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum RiskAlertComment {
    Table,
    BodySealed,
}

#[derive(DeriveIden, Clone, Copy)]
enum RiskAlert {
    Table,
    DecisionReasonSealed,
}

const COUNT_SEALED: &str = "SELECT
    (SELECT COUNT(*) FROM risk_alert_comment WHERE body_sealed IS NOT NULL),
    (SELECT COUNT(*) FROM risk_alert WHERE decision_reason_sealed IS NOT NULL)";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// All or nothing, and the down's count and drops see the same rows.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(RiskAlertComment::Table)
                    .add_column(binary_null(RiskAlertComment::BodySealed))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RiskAlert::Table)
                    .add_column(binary_null(RiskAlert::DecisionReasonSealed))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let row = manager
            .get_connection()
            .query_one_raw(Statement::from_string(
                manager.get_database_backend(),
                COUNT_SEALED,
            ))
            .await?
            .ok_or_else(|| DbErr::Migration("counting sealed notes returned no row".into()))?;
        let comments: i64 = row.try_get_by_index(0)?;
        let reasons: i64 = row.try_get_by_index(1)?;
        if comments > 0 || reasons > 0 {
            return Err(DbErr::Migration(format!(
                "refusing to roll back m20261201_000005_sealed_notes: {comments} alert comment(s) \
                 and {reasons} decision reason(s) are stored sealed, and the schema before it \
                 has nowhere to keep them; rolling back would lose them"
            )));
        }
        manager
            .alter_table(
                Table::alter()
                    .table(RiskAlert::Table)
                    .drop_column(RiskAlert::DecisionReasonSealed)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RiskAlertComment::Table)
                    .drop_column(RiskAlertComment::BodySealed)
                    .to_owned(),
            )
            .await
    }
}
