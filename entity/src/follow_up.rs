use sea_orm::entity::prelude::*;

/// What a staff member did with a customer (跟进), and the next step they planned.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "follow_up")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub customer_id: i64,
    /// The author: who followed up.
    pub staff_id: i64,
    pub kind: FollowUpKind,
    pub content: String,
    /// When it happened (a call logged afterwards happened before it was written down).
    pub at: DateTimeUtc,
    /// When the next step is due, if one was planned.
    pub next_step_at: Option<DateTimeUtc>,
    pub next_step: Option<String>,
    /// When the author marked the next step done.
    pub next_step_done_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// How the staff member followed up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum FollowUpKind {
    /// A written note (记录).
    #[sea_orm(string_value = "NOTE")]
    Note,
    /// A phone call.
    #[sea_orm(string_value = "CALL")]
    Call,
    /// A visit in person.
    #[sea_orm(string_value = "VISIT")]
    Visit,
    /// A message outside the archived WeCom chat (SMS, e-mail…).
    #[sea_orm(string_value = "MESSAGE")]
    Message,
}
