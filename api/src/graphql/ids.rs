//! Opaque global ids: `base64url("Customer:42")`. Clients must treat them as opaque strings.

use async_graphql::ID;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::{ApiError, ErrorCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Tenant,
    Staff,
    Department,
    Customer,
    TagGroup,
    Tag,
    ApiKey,
    ArchiveMessage,
    RiskRule,
    RiskAlert,
    Job,
    AuditEntry,
    LegalHold,
    Export,
    LibraryFolder,
    Script,
    Material,
    ChannelCode,
    SopRule,
    Task,
    Broadcast,
    CustomerGroup,
    GroupWelcomeTemplate,
    FollowUp,
    Pipeline,
    PipelineStage,
    Deal,
    Notification,
    Transfer,
}

impl NodeKind {
    /// Every kind, once: ids decode only to these.
    pub const ALL: [NodeKind; 29] = [
        NodeKind::Tenant,
        NodeKind::Staff,
        NodeKind::Department,
        NodeKind::Customer,
        NodeKind::TagGroup,
        NodeKind::Tag,
        NodeKind::ApiKey,
        NodeKind::ArchiveMessage,
        NodeKind::RiskRule,
        NodeKind::RiskAlert,
        NodeKind::Job,
        NodeKind::AuditEntry,
        NodeKind::LegalHold,
        NodeKind::Export,
        NodeKind::LibraryFolder,
        NodeKind::Script,
        NodeKind::Material,
        NodeKind::ChannelCode,
        NodeKind::SopRule,
        NodeKind::Task,
        NodeKind::Broadcast,
        NodeKind::CustomerGroup,
        NodeKind::GroupWelcomeTemplate,
        NodeKind::FollowUp,
        NodeKind::Pipeline,
        NodeKind::PipelineStage,
        NodeKind::Deal,
        NodeKind::Notification,
        NodeKind::Transfer,
    ];

    /// The GraphQL type the id names (also the prefix inside the id).
    pub fn name(self) -> &'static str {
        match self {
            NodeKind::Tenant => "Tenant",
            NodeKind::Staff => "Staff",
            NodeKind::Department => "Department",
            NodeKind::Customer => "Customer",
            NodeKind::TagGroup => "TagGroup",
            NodeKind::Tag => "Tag",
            NodeKind::ApiKey => "ApiKey",
            NodeKind::ArchiveMessage => "ArchiveMessage",
            NodeKind::RiskRule => "RiskRule",
            NodeKind::RiskAlert => "RiskAlert",
            NodeKind::Job => "Job",
            NodeKind::AuditEntry => "AuditEntry",
            NodeKind::LegalHold => "LegalHold",
            NodeKind::Export => "Export",
            NodeKind::LibraryFolder => "LibraryFolder",
            NodeKind::Script => "Script",
            NodeKind::Material => "Material",
            NodeKind::ChannelCode => "ChannelCode",
            NodeKind::Broadcast => "Broadcast",
            NodeKind::SopRule => "SopRule",
            NodeKind::Task => "Task",
            NodeKind::CustomerGroup => "CustomerGroup",
            NodeKind::GroupWelcomeTemplate => "GroupWelcomeTemplate",
            NodeKind::Pipeline => "Pipeline",
            NodeKind::PipelineStage => "PipelineStage",
            NodeKind::Deal => "Deal",
            NodeKind::Notification => "Notification",
            NodeKind::FollowUp => "FollowUp",
            NodeKind::Transfer => "Transfer",
        }
    }

    fn numbered_per_tenant(self) -> bool {
        matches!(self, NodeKind::ArchiveMessage | NodeKind::AuditEntry)
    }

    fn from_name(name: &str) -> Option<Self> {
        NodeKind::ALL.into_iter().find(|kind| kind.name() == name)
    }
}

pub fn encode(kind: NodeKind, id: i64) -> ID {
    ID(crate::domain::global_id::encode(kind.name(), id))
}

/// Ids of objects numbered per tenant (an archive message's chain position): the tenant is
/// part of the id, so the same position in another tenant is another id, and resolving it
/// checks the tenant.
pub fn encode_in_tenant(kind: NodeKind, tenant_id: i64, number: i64) -> ID {
    ID(URL_SAFE_NO_PAD.encode(format!("{}:{tenant_id}.{number}", kind.name())))
}

/// What a global id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlobalId {
    pub kind: NodeKind,
    /// Set for kinds numbered per tenant ([`encode_in_tenant`]).
    pub tenant_id: Option<i64>,
    pub number: i64,
}

/// Decodes any global id into its kind and number.
pub fn decode_any(id: &str) -> Option<GlobalId> {
    let bytes = URL_SAFE_NO_PAD.decode(id.trim()).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (kind, rest) = text.split_once(':')?;
    let kind = NodeKind::from_name(kind)?;
    let positive = |text: &str| text.parse::<i64>().ok().filter(|number| *number > 0);
    let (tenant_id, number) = if kind.numbered_per_tenant() {
        let (tenant, number) = rest.split_once('.')?;
        (Some(positive(tenant)?), positive(number)?)
    } else {
        (None, positive(rest)?)
    };
    Some(GlobalId {
        kind,
        tenant_id,
        number,
    })
}

/// Decodes an id that must be of `kind`; `field` names the input for the error.
pub fn decode(field: &[&str], kind: NodeKind, id: &ID) -> Result<i64, ApiError> {
    match decode_any(id) {
        Some(found) if found.kind == kind && found.tenant_id.is_none() => Ok(found.number),
        _ => Err(ApiError::field(
            field,
            ErrorCode::BadUserInput,
            format!(
                "not a valid {} id; use an id returned by this API",
                kind.name()
            ),
        )),
    }
}

/// Decodes a list of ids, naming the position of each bad one.
pub fn decode_list(field: &[&str], kind: NodeKind, ids: &[ID]) -> Result<Vec<i64>, ApiError> {
    let mut decoded = Vec::with_capacity(ids.len());
    let mut problems = Vec::new();
    for (index, id) in ids.iter().enumerate() {
        let position = index.to_string();
        let mut path = field.to_vec();
        path.push(&position);
        match decode(&path, kind, id) {
            Ok(number) => decoded.push(number),
            Err(ApiError::Invalid(mut errors)) => problems.append(&mut errors),
            Err(other) => return Err(other),
        }
    }
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    Ok(decoded)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_kind_is_listed_once_and_named_after_its_type() {
        for kind in NodeKind::ALL {
            assert_eq!(NodeKind::from_name(kind.name()), Some(kind));
        }
        let schema = crate::graphql::sdl();
        for kind in NodeKind::ALL {
            assert!(
                schema.contains(&format!("type {} implements Node", kind.name())),
                "{} is a Node type of the schema",
                kind.name()
            );
        }
    }

    #[test]
    fn ids_are_opaque_and_typed() {
        let id = encode(NodeKind::Customer, 42);
        assert!(!id.contains("42"));
        assert_eq!(decode(&["id"], NodeKind::Customer, &id).unwrap(), 42);
        assert!(decode(&["id"], NodeKind::Staff, &id).is_err());
        assert!(decode(&["id"], NodeKind::Customer, &ID("bm9wZQ".into())).is_err());
    }

    proptest! {
        #[test]
        fn every_id_round_trips(number in 1i64..i64::MAX) {
            let id = encode(NodeKind::Tag, number);
            prop_assert_eq!(
                decode_any(&id),
                Some(GlobalId { kind: NodeKind::Tag, tenant_id: None, number })
            );
        }

        #[test]
        fn per_tenant_ids_round_trip(tenant in 1i64..i64::MAX, number in 1i64..i64::MAX) {
            let id = encode_in_tenant(NodeKind::ArchiveMessage, tenant, number);
            prop_assert_eq!(
                decode_any(&id),
                Some(GlobalId { kind: NodeKind::ArchiveMessage, tenant_id: Some(tenant), number })
            );
        }

        #[test]
        fn garbage_never_panics(text in "\\PC{0,40}") {
            let _ = decode_any(&text);
        }
    }
}
