//! What an audit entry says: the record a caller appends, and the entry read back.

use chrono::{DateTime, Utc};
use entity::Role;
use serde_json::Value;
use zeroize::Zeroizing;

use super::{AuditAction, AuditActorKind, AuditOutcome};
use crate::ArchiveError;

/// Who acted. Build it with the constructors, which fill the columns each kind needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditActor {
    pub kind: AuditActorKind,
    /// The staff member acting; for an API key, the staff member the key acts as.
    pub staff_id: Option<i64>,
    pub api_key_id: Option<i64>,
    /// An operator's OS user or a system task's name; not secret.
    pub name: Option<String>,
    pub role: Option<Role>,
}

impl AuditActor {
    /// A signed-in staff member.
    pub fn staff(staff_id: i64, role: Role) -> AuditActor {
        AuditActor {
            kind: AuditActorKind::Staff,
            staff_id: Some(staff_id),
            api_key_id: None,
            name: None,
            role: Some(role),
        }
    }

    /// An API key, acting as `staff_id` (its creator) with `role`.
    pub fn api_key(api_key_id: i64, staff_id: i64, role: Role) -> AuditActor {
        AuditActor {
            kind: AuditActorKind::ApiKey,
            staff_id: Some(staff_id),
            api_key_id: Some(api_key_id),
            name: None,
            role: Some(role),
        }
    }

    /// An operator at the server's shell (the CLI), named by OS user.
    pub fn operator(name: impl Into<String>) -> AuditActor {
        AuditActor {
            kind: AuditActorKind::Operator,
            staff_id: None,
            api_key_id: None,
            name: Some(name.into()),
            role: None,
        }
    }

    /// The system itself (a background task), named by task.
    pub fn system(name: impl Into<String>) -> AuditActor {
        AuditActor {
            kind: AuditActorKind::System,
            staff_id: None,
            api_key_id: None,
            name: Some(name.into()),
            role: None,
        }
    }

    /// Whether the columns the kind needs are there.
    pub(crate) fn check(&self) -> Result<(), ArchiveError> {
        let complete = match self.kind {
            AuditActorKind::Staff => self.staff_id.is_some(),
            AuditActorKind::ApiKey => self.api_key_id.is_some(),
            AuditActorKind::Operator | AuditActorKind::System => self.name.is_some(),
        };
        if complete {
            Ok(())
        } else {
            Err(ArchiveError::InvalidAuditRecord {
                reason: "the actor lacks the id or name its kind needs",
            })
        }
    }
}

/// An action to append to the audit log.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRecord {
    pub actor: AuditActor,
    pub action: AuditAction,
    pub outcome: AuditOutcome,
    /// What was touched: global ids or msgids (for a search, the msgids on the page returned).
    /// Sealed, and blind-tagged for "who read X".
    pub target: Vec<String>,
    /// How: query, filter, page arguments (JSON). Sealed.
    pub parameters: Value,
    pub request_id: Option<String>,
    pub client_ip: Option<String>,
}

/// An entry read back, its sealed part opened.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub actor: AuditActor,
    pub action: AuditAction,
    pub outcome: AuditOutcome,
    pub target: Vec<String>,
    pub parameters: Value,
    pub request_id: Option<String>,
    pub client_ip: Option<String>,
}

/// The sealed part's plaintext: `{"target": [...], "parameters": ...}`.
pub(crate) fn sealed_plaintext(target: &[String], parameters: &Value) -> Zeroizing<Vec<u8>> {
    let mut object = serde_json::Map::new();
    object.insert(
        "target".to_string(),
        Value::Array(target.iter().cloned().map(Value::String).collect()),
    );
    object.insert("parameters".to_string(), parameters.clone());
    Zeroizing::new(Value::Object(object).to_string().into_bytes())
}

/// Parses an opened sealed part; `None` if it is not what `sealed_plaintext` makes.
pub(crate) fn parse_sealed(plaintext: &[u8]) -> Option<(Vec<String>, Value)> {
    let Value::Object(mut object) = serde_json::from_slice(plaintext).ok()? else {
        return None;
    };
    let parameters = object.remove("parameters")?;
    let Value::Array(items) = object.remove("target")? else {
        return None;
    };
    let target = items
        .into_iter()
        .map(|item| match item {
            Value::String(id) => Some(id),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some((target, parameters))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn the_sealed_part_round_trips() {
        let target = vec!["m1".to_string(), "m2".to_string()];
        let parameters = serde_json::json!({"query": "保本", "first": 20});
        let plaintext = sealed_plaintext(&target, &parameters);
        assert_eq!(parse_sealed(&plaintext), Some((target, parameters)));
        assert_eq!(parse_sealed(b"{\"target\": [1], \"parameters\": {}}"), None);
        assert_eq!(parse_sealed(b"[]"), None);
    }

    #[test]
    fn actors_need_their_ids() {
        assert!(AuditActor::staff(1, Role::Compliance).check().is_ok());
        assert!(AuditActor::operator("root").check().is_ok());
        let mut incomplete = AuditActor::api_key(3, 1, Role::Auditor);
        incomplete.api_key_id = None;
        assert!(incomplete.check().is_err());
    }
}
