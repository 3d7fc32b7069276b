use sea_orm::entity::prelude::*;

/// Something a staff member is asked to do, made by an SOP rule's action (a reminder, or a
/// note to a manager).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "task")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// Whose task it is.
    pub staff_id: i64,
    pub kind: TaskKind,
    pub status: TaskStatus,
    /// The rule and run that made it (the rule may have been deleted since).
    pub rule_id: Option<i64>,
    pub run_id: Option<i64>,
    /// The rule's name when the task was made.
    pub title: String,
    pub text: Option<String>,
    /// The customer it is about, and who follows them.
    pub customer_id: Option<i64>,
    pub follower_id: Option<i64>,
    pub script_id: Option<i64>,
    pub material_id: Option<i64>,
    pub due_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
    pub completed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TaskKind {
    /// Reach out to the customer (with a script or material).
    #[sea_orm(string_value = "REMIND_STAFF")]
    RemindStaff,
    /// A note to a manager about a customer of their team.
    #[sea_orm(string_value = "NOTIFY_MANAGER")]
    NotifyManager,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TaskStatus {
    #[sea_orm(string_value = "OPEN")]
    Open,
    #[sea_orm(string_value = "DONE")]
    Done,
}
