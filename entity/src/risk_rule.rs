use sea_orm::entity::prelude::*;

/// One version of a tenant's risk rule. Editing a rule adds a version; alerts name the version
/// that raised them. The current rule is the highest version of its code.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "risk_rule")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub code: String,
    pub version: i32,
    pub name: String,
    pub category: String,
    /// LOW, MEDIUM, HIGH or CRITICAL.
    pub severity: String,
    /// JSON array of keywords.
    pub keywords: String,
    /// JSON array of regular expressions.
    pub patterns: String,
    /// JSON array of detector names (CN_MOBILE, CN_ID_CARD, BANK_CARD).
    pub detectors: String,
    /// STAFF, CUSTOMER or BOTH.
    pub applies_to: String,
    /// JSON array of phrases that are not violations.
    pub exceptions: String,
    pub enabled: bool,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
