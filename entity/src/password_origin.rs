use sea_orm::entity::prelude::*;

/// Who chose a staff member's current password.
///
/// A password somebody else set (an admin at `staffCreate`, an operator at `scrm staff grant`)
/// is known to them: until its holder replaces it with `passwordChange`, it opens nothing of the
/// compliance archive, so whoever set it cannot read conversations through that account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum PasswordOrigin {
    /// Chosen by the account's holder (`passwordChange`), or no password at all.
    #[sea_orm(string_value = "OWN")]
    Own,
    #[sea_orm(string_value = "SET_BY_ANOTHER")]
    SetByAnother,
}
