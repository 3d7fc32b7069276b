use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What a staff member (or an API key) may do; see docs/ARCHITECTURE.md for the full table.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Role {
    #[sea_orm(string_value = "ADMIN")]
    Admin,
    #[sea_orm(string_value = "MANAGER")]
    Manager,
    #[sea_orm(string_value = "SALES")]
    Sales,
    #[sea_orm(string_value = "COMPLIANCE")]
    Compliance,
    #[sea_orm(string_value = "AUDITOR")]
    Auditor,
}
