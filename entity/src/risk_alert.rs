use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One alert per (message, rule). Matches are stored as character offsets only: their text is
/// message content and is cut from the decrypted message when read.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "risk_alert")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// The archived message's chain position.
    pub message_seq: i64,
    pub msgid: String,
    pub rule_code: String,
    pub rule_version: i32,
    /// The rule version's severity when the alert was raised.
    pub severity: Severity,
    /// JSON array of `[start, end]` character offsets into the message's searchable text.
    pub matches: String,
    pub status: AlertStatus,
    pub assignee_id: Option<i64>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    /// `None` since migration 0005 sealed it; plaintext only in rows decided before it, until
    /// the next start seals them.
    pub decision_reason: Option<String>,
    /// The sealed reason (`archive::store::NoteBinding::AlertDecision`).
    pub decision_reason_sealed: Option<Vec<u8>>,
    pub sent_at_ms: i64,
    /// The message's sender, recipients (a JSON array) and conversation key, copied from it when
    /// the alert is raised: who an alert is answerable to is decided on these. `None` for alerts
    /// whose message was purged before migration 0037 copied them.
    pub sender: Option<String>,
    pub tolist: Option<String>,
    pub conversation: Option<String>,
    pub created_at: DateTimeUtc,
    /// When a purge removed the alert's message (retention): the alert stays as a record.
    pub message_purged_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Where an alert is in its review. OPEN and IN_REVIEW are undecided; CONFIRMED and DISMISSED
/// are decisions, and final. A stored value outside these reads as an error, never as OPEN.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum AlertStatus {
    #[sea_orm(string_value = "OPEN")]
    Open,
    #[sea_orm(string_value = "IN_REVIEW")]
    InReview,
    #[sea_orm(string_value = "CONFIRMED")]
    Confirmed,
    #[sea_orm(string_value = "DISMISSED")]
    Dismissed,
}

impl AlertStatus {
    /// The statuses an alert can still be decided (or assigned) from.
    pub const UNDECIDED: [AlertStatus; 2] = [AlertStatus::Open, AlertStatus::InReview];

    pub fn is_decided(self) -> bool {
        !Self::UNDECIDED.contains(&self)
    }
}

/// How bad a violation is, as stored with an alert (upper case, like every stored enum).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Severity {
    #[sea_orm(string_value = "LOW")]
    Low,
    #[sea_orm(string_value = "MEDIUM")]
    Medium,
    #[sea_orm(string_value = "HIGH")]
    High,
    #[sea_orm(string_value = "CRITICAL")]
    Critical,
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use sea_orm::ActiveEnum;

    use super::*;

    #[test]
    fn stored_strings_are_unchanged_and_unknown_ones_are_errors() {
        for (status, stored) in [
            (AlertStatus::Open, "OPEN"),
            (AlertStatus::InReview, "IN_REVIEW"),
            (AlertStatus::Confirmed, "CONFIRMED"),
            (AlertStatus::Dismissed, "DISMISSED"),
        ] {
            assert_eq!(status.to_value(), stored);
            assert_eq!(
                AlertStatus::try_from_value(&stored.to_string()).ok(),
                Some(status)
            );
        }
        for (severity, stored) in [
            (Severity::Low, "LOW"),
            (Severity::Medium, "MEDIUM"),
            (Severity::High, "HIGH"),
            (Severity::Critical, "CRITICAL"),
        ] {
            assert_eq!(severity.to_value(), stored);
            assert_eq!(
                Severity::try_from_value(&stored.to_string()).ok(),
                Some(severity)
            );
        }
        // Before these were types, an unknown status silently read as OPEN.
        assert!(AlertStatus::try_from_value(&"REOPENED".to_string()).is_err());
        assert!(AlertStatus::try_from_value(&"open".to_string()).is_err());
        assert!(Severity::try_from_value(&"high".to_string()).is_err());
    }

    #[test]
    fn only_open_and_in_review_are_undecided() {
        assert!(!AlertStatus::Open.is_decided());
        assert!(!AlertStatus::InReview.is_decided());
        assert!(AlertStatus::Confirmed.is_decided());
        assert!(AlertStatus::Dismissed.is_decided());
    }
}
