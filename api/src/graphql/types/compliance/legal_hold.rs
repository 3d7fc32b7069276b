use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};

use crate::domain::compliance::legal_hold as domain;
use crate::graphql::errors::to_graphql;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::request_loaders;
use crate::graphql::types::Staff;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::legal_hold::LegalHoldStatus")]
pub enum LegalHoldStatus {
    /// Purges keep the messages it covers.
    Active,
    /// Released with a reason; kept as the record of the freeze.
    Released,
}

/// A freeze of the archive's messages against purges: those sent in `[from, to)` that involve
/// any of its staff, customers or rooms (an empty list means any).
pub struct LegalHold(pub domain::LegalHold);

async fn member(ctx: &Context<'_>, id: Option<i64>) -> async_graphql::Result<Option<Staff>> {
    let Some(id) = id else {
        return Ok(None);
    };
    let found = request_loaders(ctx)?
        .staff_by_id
        .load_one(id)
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(found.map(Staff))
}

#[Object]
impl LegalHold {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::LegalHold, self.0.row.id)
    }

    async fn name(&self) -> &str {
        &self.0.row.name
    }

    async fn reason(&self) -> &str {
        &self.0.row.reason
    }

    async fn status(&self) -> LegalHoldStatus {
        self.0.row.status.into()
    }

    /// Start of the range of send times held (included); null: from the beginning.
    async fn from(&self) -> Option<DateTime<Utc>> {
        self.0.row.from_time
    }

    /// End of the range (excluded); null: open-ended.
    async fn to(&self) -> Option<DateTime<Utc>> {
        self.0.row.to_time
    }

    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Staff>> {
        let mut members = Vec::with_capacity(self.0.staff_ids.len());
        for id in &self.0.staff_ids {
            if let Some(found) = member(ctx, Some(*id)).await? {
                members.push(found);
            }
        }
        Ok(members)
    }

    /// Global ids of the customers held (compliance does not read customer records).
    async fn customer_ids(&self) -> Vec<ID> {
        self.0
            .customer_ids
            .iter()
            .map(|id| ids::encode(NodeKind::Customer, *id))
            .collect()
    }

    /// WeCom room ids (群聊) held.
    async fn room_ids(&self) -> &[String] {
        &self.0.room_ids
    }

    async fn created_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, Some(self.0.row.created_by)).await
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.row.created_at
    }

    async fn released_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.0.row.released_by).await
    }

    async fn released_at(&self) -> Option<DateTime<Utc>> {
        self.0.row.released_at
    }

    async fn release_reason(&self) -> Option<&str> {
        self.0.row.release_reason.as_deref()
    }
}

/// Narrows `legalHolds`.
#[derive(InputObject, Default)]
pub struct LegalHoldFilter {
    pub status: Option<LegalHoldStatus>,
}

/// The cursors of `legalHolds`.
pub const HOLD_CURSORS: crate::graphql::types::IdCursors = crate::graphql::types::IdCursors {
    prefix: 'h',
    list: "legalHolds",
};
