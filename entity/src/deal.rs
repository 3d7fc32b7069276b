use sea_orm::entity::prelude::*;

/// A deal (商机): a sale in the making with a customer, owned by a staff member, in one stage
/// of a pipeline. Its steps are in `deal_event`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub customer_id: i64,
    pub pipeline_id: i64,
    pub stage_id: i64,
    pub owner_id: i64,
    pub title: String,
    /// Integer fen (分), never a float: 1 yuan is 100.
    pub amount_fen: i64,
    /// ISO 4217; "CNY" for every deal today.
    pub currency: String,
    pub status: DealStatus,
    /// `YYYY-MM-DD`: text, so that SQLite and PostgreSQL compare and group it alike.
    pub expected_close_date: String,
    /// When it was won or lost.
    pub closed_at: Option<DateTimeUtc>,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum DealStatus {
    #[sea_orm(string_value = "OPEN")]
    Open,
    #[sea_orm(string_value = "WON")]
    Won,
    #[sea_orm(string_value = "LOST")]
    Lost,
}
