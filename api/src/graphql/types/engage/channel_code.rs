//! `ChannelCode`: a QR code whose adds are attributed, tagged, welcomed and counted.

use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use entity::channel_code;

use crate::domain::engage::channel_codes::{self, stats};
use crate::domain::engage::library::materials;
use crate::error::ApiError;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Date, Material, Staff, Tag};
use crate::graphql::{authorized, request_loaders};

pub struct ChannelCode(pub channel_code::Model);

/// What a new customer receives right after adding: `{customer_name}` and `{staff_name}` in the
/// text are filled in.
pub struct ChannelCodeWelcome {
    text: Option<String>,
    material_id: Option<i64>,
}

#[Object]
impl ChannelCodeWelcome {
    async fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// The material sent with the text; null without one, or when it is no longer in a
    /// library you read (a deleted material leaves the text to go alone).
    #[graphql(complexity = "crate::graphql::cost::lookup(child_complexity)")]
    async fn material(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Material>> {
        let Some(id) = self.material_id else {
            return Ok(None);
        };
        let auth = authorized(ctx)?;
        match materials::get(auth, id).await {
            Ok(row) => Ok(Some(Material(row))),
            Err(ApiError::NotFound(_)) => Ok(None),
            Err(error) => Err::<Option<Material>, ApiError>(error).gql(),
        }
    }
}

/// How `ChannelCode.stats` groups its rows.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ChannelCodeStatsGroupBy {
    /// A row per day of the range (days without adds included), in the tenant's time zone.
    Day,
    /// A row per staff member who took adds or lost a follow the code brought.
    Staff,
}

/// One row of a code's statistics.
pub struct ChannelCodeStatsRow(stats::StatsRow);

#[Object]
impl ChannelCodeStatsRow {
    /// The day (grouped by DAY).
    async fn day(&self) -> Option<Date> {
        self.0.day.map(Date)
    }

    /// The staff member (grouped by STAFF).
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let Some(staff_id) = self.0.staff_id else {
            return Ok(None);
        };
        let member = request_loaders(ctx)?
            .staff_by_id
            .load_one(staff_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(member.map(Staff))
    }

    /// Customers added through the code.
    async fn adds(&self) -> u64 {
        self.0.adds
    }

    /// Follows the code brought that were lost (either side deleted the other), counted on the
    /// day of the loss.
    async fn deletions(&self) -> u64 {
        self.0.deletions
    }

    /// `adds - deletions`.
    async fn net(&self) -> i64 {
        self.0.net()
    }

    /// Adds made at least seven days ago (the base of `keptAfter7Days`).
    async fn adds_older_than_7_days(&self) -> u64 {
        self.0.adds_older_than_week
    }

    /// Of those, customers still followed seven days after the add.
    async fn kept_after_7_days(&self) -> u64 {
        self.0.kept_after_week
    }
}

#[Object]
impl ChannelCode {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::ChannelCode, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The attribution key WeCom returns with every add through this code (`state`).
    async fn state(&self) -> &str {
        &self.0.state
    }

    /// WeCom's id of the code's contact way (`config_id`), as WeCom's console shows it.
    async fn wecom_config_id(&self) -> &str {
        &self.0.config_id
    }

    /// The QR code image to print or show (WeCom's `qr_code`).
    async fn qr_code_url(&self) -> &str {
        &self.0.qr_code_url
    }

    /// The staff members the code hands adds to, in rotation order.
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Staff>> {
        let auth = authorized(ctx)?;
        Ok(channel_codes::staff_of(auth, &self.0)
            .await
            .gql()?
            .into_iter()
            .map(Staff)
            .collect())
    }

    /// Adds one staff member takes per day before the next is chosen (null: no cap).
    async fn daily_cap_per_staff(&self) -> Option<i32> {
        self.0.daily_cap_per_staff
    }

    /// Who takes the adds once every staff member is at the cap, until midnight.
    async fn backup_staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let Some(staff_id) = self.0.backup_staff_id else {
            return Ok(None);
        };
        let auth = authorized(ctx)?;
        Ok(channel_codes::staff_member(auth, staff_id)
            .await
            .gql()?
            .map(Staff))
    }

    /// Who the QR code adds to right now.
    async fn current_staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let auth = authorized(ctx)?;
        Ok(channel_codes::staff_member(auth, self.0.target_staff_id)
            .await
            .gql()?
            .map(Staff))
    }

    async fn welcome(&self) -> ChannelCodeWelcome {
        ChannelCodeWelcome {
            text: self.0.welcome_text.clone(),
            material_id: self.0.welcome_material_id,
        }
    }

    /// Tags put on every customer the code brings.
    async fn tags(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Tag>> {
        let auth = authorized(ctx)?;
        Ok(channel_codes::tags_of(auth, self.0.id)
            .await
            .gql()?
            .into_iter()
            .map(Tag)
            .collect())
    }

    /// Whether customers are added without the staff member confirming.
    async fn skip_verify(&self) -> bool {
        self.0.skip_verify
    }

    /// False once disabled: the QR code adds no one.
    async fn active(&self) -> bool {
        self.0.active
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// Adds, deletions, net and customers kept after seven days, per day or staff member, over
    /// `from`..=`to` (the tenant's days; at most 366).
    async fn stats(
        &self,
        ctx: &Context<'_>,
        from: Date,
        to: Date,
        #[graphql(default_with = "ChannelCodeStatsGroupBy::Day")] group_by: ChannelCodeStatsGroupBy,
    ) -> async_graphql::Result<Vec<ChannelCodeStatsRow>> {
        let auth = authorized(ctx)?;
        let group_by = match group_by {
            ChannelCodeStatsGroupBy::Day => stats::StatsGroupBy::Day,
            ChannelCodeStatsGroupBy::Staff => stats::StatsGroupBy::Staff,
        };
        Ok(stats::stats(auth, self.0.id, from.0, to.0, group_by)
            .await
            .gql()?
            .into_iter()
            .map(ChannelCodeStatsRow)
            .collect())
    }
}

/// What `channelCodes` filters by.
#[derive(InputObject, Default)]
pub struct ChannelCodeFilter {
    /// Only active (true) or disabled (false) codes.
    pub active: Option<bool>,
    /// Only codes that hand adds to this staff member.
    pub staff_id: Option<ID>,
}

impl ChannelCodeFilter {
    pub fn into_domain(self) -> crate::error::ApiResult<channel_codes::ChannelCodeFilter> {
        Ok(channel_codes::ChannelCodeFilter {
            active: self.active,
            staff_id: self
                .staff_id
                .map(|id| ids::decode(&["filter", "staffId"], NodeKind::Staff, &id))
                .transpose()?,
        })
    }
}
