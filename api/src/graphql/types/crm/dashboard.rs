//! `Dashboard` (the boss's numbers) and `Segments` (人群画像). Each field of a dashboard runs
//! its own SQL aggregate, only when selected.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};

use crate::domain::crm::dashboard::customers::{self, PeriodCounts, PeriodFilter, RangeCounts};
use crate::domain::crm::dashboard::periods::PeriodGrouping;
use crate::domain::crm::dashboard::{
    Dashboard as DomainDashboard, activity, alerts, funnel, reach,
};
use crate::domain::crm::segments::Segments as DomainSegments;
use crate::domain::engage::channel_codes;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{ChannelCode, Date, Fen, PipelineStage, Staff, Tag};
use crate::graphql::{authorized, cost, request_loaders};

/// How a dashboard's range is cut: calendar days, ISO weeks (Monday to Sunday) or calendar
/// months of the tenant's time zone; the first and last period are cut to the range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum DashboardGroupBy {
    Day,
    Week,
    Month,
}

impl From<DashboardGroupBy> for PeriodGrouping {
    fn from(value: DashboardGroupBy) -> Self {
        match value {
            DashboardGroupBy::Day => PeriodGrouping::Day,
            DashboardGroupBy::Week => PeriodGrouping::Week,
            DashboardGroupBy::Month => PeriodGrouping::Month,
        }
    }
}

/// The numbers of the staff you cover (sales: yours; managers: your department tree; admins:
/// the tenant), or of one department tree within them, over local days `from` to `to`.
/// Customer counts count follows (a customer and a member who has them as a contact), as
/// WeCom's statistics do; a handover is neither new nor lost (docs/SALES.md, "Dashboard").
pub struct Dashboard(pub DomainDashboard);

async fn staff_of(ctx: &Context<'_>, staff_id: i64) -> async_graphql::Result<Option<Staff>> {
    let member = request_loaders(ctx)?
        .staff_by_id
        .load_one(staff_id)
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(member.map(Staff))
}

#[Object]
impl Dashboard {
    async fn from(&self) -> Date {
        Date(self.0.from)
    }

    async fn to(&self) -> Date {
        Date(self.0.to)
    }

    async fn group_by(&self) -> DashboardGroupBy {
        match self.0.grouping {
            PeriodGrouping::Day => DashboardGroupBy::Day,
            PeriodGrouping::Week => DashboardGroupBy::Week,
            PeriodGrouping::Month => DashboardGroupBy::Month,
        }
    }

    /// The tenant's time zone, in which the periods are days.
    async fn time_zone(&self) -> &'static str {
        self.0.zone.name()
    }

    /// Every period of the range, in order (periods without events count zero): new, lost and
    /// net customers. `staffId` or `channelCodeId` narrow them to one member or one code.
    #[graphql(complexity = "cost::AGGREGATE + child_complexity * 10")]
    async fn periods(
        &self,
        ctx: &Context<'_>,
        staff_id: Option<ID>,
        channel_code_id: Option<ID>,
    ) -> async_graphql::Result<Vec<DashboardPeriod>> {
        let auth = authorized(ctx)?;
        let filter = PeriodFilter {
            staff_id: staff_id
                .map(|id| ids::decode(&["staffId"], NodeKind::Staff, &id))
                .transpose()
                .gql()?,
            channel_code_id: channel_code_id
                .map(|id| ids::decode(&["channelCodeId"], NodeKind::ChannelCode, &id))
                .transpose()
                .gql()?,
        };
        let counts = customers::per_period(auth, &self.0, filter).await.gql()?;
        Ok(self
            .0
            .periods
            .iter()
            .zip(counts)
            .map(|(period, counts)| DashboardPeriod {
                from: Date(period.first_day),
                to: Date(period.last_day),
                counts: CustomerCounts(counts),
            })
            .collect())
    }

    /// New, lost, net and alive customers per member over the range (members with any),
    /// by member id.
    #[graphql(complexity = "cost::AGGREGATE + child_complexity * 10")]
    async fn by_staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<StaffCustomers>> {
        let auth = authorized(ctx)?;
        Ok(customers::by_staff(auth, &self.0)
            .await
            .gql()?
            .into_iter()
            .map(StaffCustomers)
            .collect())
    }

    /// The same per channel code (渠道活码), of the follows each brought. The code itself is
    /// null when you may not read it (sales read the codes they are on).
    #[graphql(complexity = "cost::AGGREGATE + child_complexity * 10")]
    async fn by_channel_code(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<ChannelCodeCustomers>> {
        let auth = authorized(ctx)?;
        let rows = customers::by_channel_code(auth, &self.0).await.gql()?;
        let ids: Vec<i64> = rows.iter().map(|row| row.key).collect();
        let codes = channel_codes::get_many(auth, &ids).await.gql()?;
        Ok(rows
            .into_iter()
            .map(|counts| ChannelCodeCustomers {
                code: codes
                    .iter()
                    .find(|code| code.id == counts.key)
                    .cloned()
                    .map(ChannelCode),
                counts,
            })
            .collect())
    }

    /// Customers still alive at the end of the range: with a follow of a member you cover
    /// made by then and not lost by then (a customer two members follow counts once).
    #[graphql(complexity = "cost::AGGREGATE + child_complexity")]
    async fn alive_customers(&self, ctx: &Context<'_>) -> async_graphql::Result<i64> {
        let auth = authorized(ctx)?;
        customers::alive(auth, &self.0).await.gql()
    }

    /// Follow-ups per member (by `at`, when the contact happened), of members with any.
    #[graphql(complexity = "cost::AGGREGATE + child_complexity * 10")]
    async fn follow_up_activity(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<StaffFollowUpActivity>> {
        let auth = authorized(ctx)?;
        Ok(activity::per_staff(auth, &self.0)
            .await
            .gql()?
            .into_iter()
            .map(StaffFollowUpActivity)
            .collect())
    }

    /// The funnel of a pipeline, stage by stage: open deals now in each, and how the deals
    /// that entered each during the range moved on (as `pipelineConversion`), over deals
    /// owned by the members in view.
    #[graphql(complexity = "cost::AGGREGATE + child_complexity * 10")]
    async fn deal_funnel(
        &self,
        ctx: &Context<'_>,
        pipeline_id: ID,
    ) -> async_graphql::Result<Vec<DealFunnelStage>> {
        let auth = authorized(ctx)?;
        let pipeline_id = ids::decode(&["pipelineId"], NodeKind::Pipeline, &pipeline_id).gql()?;
        Ok(funnel::funnel(auth, &self.0, pipeline_id)
            .await
            .gql()?
            .into_iter()
            .map(DealFunnelStage)
            .collect())
    }

    /// What the mass messages sent by the members in view during the range reached.
    #[graphql(complexity = "cost::AGGREGATE + child_complexity")]
    async fn broadcast_reach(&self, ctx: &Context<'_>) -> async_graphql::Result<BroadcastReach> {
        let auth = authorized(ctx)?;
        let reach = reach::reach(auth, &self.0).await.gql()?;
        Ok(BroadcastReach {
            broadcasts: reach.broadcasts,
            delivered: reach.delivered,
            customers_reached: reach.customers_reached,
            pending: reach.pending,
            failed: reach.failed,
            excluded: reach.excluded,
        })
    }

    /// Risk alerts raised during the range on the conversations of the members in view, per
    /// rule, most first: counts only (ADMIN and MANAGER; null with FORBIDDEN for others).
    #[graphql(complexity = "cost::AGGREGATE + child_complexity * 10")]
    async fn alerts_by_rule(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Vec<RuleAlertCount>>> {
        let auth = authorized(ctx)?;
        Ok(Some(
            alerts::per_rule(auth, &self.0)
                .await
                .gql()?
                .into_iter()
                .map(|rule| RuleAlertCount {
                    rule_code: rule.rule_code,
                    rule_name: rule.rule_name,
                    raised: rule.raised,
                    undecided: rule.undecided,
                })
                .collect(),
        ))
    }
}

/// New, lost and net customers of a period.
pub struct CustomerCounts(PeriodCounts);

#[Object]
impl CustomerCounts {
    /// Follows made (handovers left out).
    async fn new_customers(&self) -> i64 {
        self.0.new
    }

    /// Follows lost, whichever side ended them (handovers left out).
    async fn lost_customers(&self) -> i64 {
        self.0.lost()
    }

    /// Of them: the customer deleted the member (`del_follow_user`).
    async fn lost_by_customer(&self) -> i64 {
        self.0.lost_by_customer
    }

    /// Of them: the member deleted the customer (`del_external_contact`).
    async fn lost_by_staff(&self) -> i64 {
        self.0.lost_by_staff
    }

    /// newCustomers − lostCustomers.
    async fn net_customers(&self) -> i64 {
        self.0.net()
    }
}

/// One period of a dashboard: its first and last local day.
pub struct DashboardPeriod {
    from: Date,
    to: Date,
    counts: CustomerCounts,
}

#[Object]
impl DashboardPeriod {
    async fn from(&self) -> Date {
        self.from
    }

    async fn to(&self) -> Date {
        self.to
    }

    async fn customers(&self) -> &CustomerCounts {
        &self.counts
    }
}

/// A member's customers over the range.
pub struct StaffCustomers(RangeCounts);

#[Object]
impl StaffCustomers {
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff_of(ctx, self.0.key).await
    }

    async fn new_customers(&self) -> i64 {
        self.0.new
    }

    async fn lost_customers(&self) -> i64 {
        self.0.lost
    }

    async fn net_customers(&self) -> i64 {
        self.0.new - self.0.lost
    }

    /// The member's customers alive at the end of the range.
    async fn alive_customers(&self) -> i64 {
        self.0.alive
    }
}

/// A channel code's customers over the range.
pub struct ChannelCodeCustomers {
    code: Option<ChannelCode>,
    counts: RangeCounts,
}

#[Object]
impl ChannelCodeCustomers {
    async fn channel_code(&self) -> Option<&ChannelCode> {
        self.code.as_ref()
    }

    async fn new_customers(&self) -> i64 {
        self.counts.new
    }

    async fn lost_customers(&self) -> i64 {
        self.counts.lost
    }

    async fn net_customers(&self) -> i64 {
        self.counts.new - self.counts.lost
    }

    async fn alive_customers(&self) -> i64 {
        self.counts.alive
    }
}

/// A member's follow-ups over the range.
pub struct StaffFollowUpActivity(activity::StaffActivity);

#[Object]
impl StaffFollowUpActivity {
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        staff_of(ctx, self.0.staff_id).await
    }

    async fn follow_ups(&self) -> i64 {
        self.0.total
    }

    async fn notes(&self) -> i64 {
        self.0.notes
    }

    async fn calls(&self) -> i64 {
        self.0.calls
    }

    async fn visits(&self) -> i64 {
        self.0.visits
    }

    async fn messages(&self) -> i64 {
        self.0.messages
    }

    /// Distinct customers followed up.
    async fn customers(&self) -> i64 {
        self.0.customers
    }
}

/// One stage of a deal funnel.
pub struct DealFunnelStage(funnel::FunnelStage);

#[Object]
impl DealFunnelStage {
    async fn stage(&self) -> PipelineStage {
        PipelineStage(self.0.conversion.stage.clone())
    }

    /// Open deals now in the stage.
    async fn open_deals(&self) -> i64 {
        self.0.open_deals
    }

    async fn open_amount_fen(&self) -> Fen {
        Fen::of(self.0.open_amount_fen)
    }

    /// Deals that entered the stage during the range.
    async fn entered(&self) -> i64 {
        self.0.conversion.entered
    }

    /// Those of them that later moved to a later stage or were won.
    async fn advanced(&self) -> i64 {
        self.0.conversion.advanced
    }

    /// advanced × 10,000 / entered, rounded half up; null when none entered.
    async fn rate_basis_points(&self) -> Option<i64> {
        self.0.conversion.rate_basis_points
    }
}

/// What mass messages reached.
#[derive(SimpleObject)]
pub struct BroadcastReach {
    /// Broadcasts with a recipient in the range.
    broadcasts: i64,
    /// Messages WeCom delivered (the follower confirmed the send).
    delivered: i64,
    /// Distinct customers delivered to.
    customers_reached: i64,
    /// Handed to WeCom, not yet confirmed.
    pending: i64,
    /// Refused by WeCom, no longer a contact, or over WeCom's daily limit.
    failed: i64,
    /// Left out by the tenant's anti-harassment policy.
    excluded: i64,
}

/// One risk rule's alerts: counts only.
#[derive(SimpleObject)]
pub struct RuleAlertCount {
    rule_code: String,
    /// The rule's current name; null for a rule the tenant no longer has.
    rule_name: Option<String>,
    raised: i64,
    /// Still OPEN or IN_REVIEW.
    undecided: i64,
}

/// Customers matching a tag filter, split by the tags of one group (人群画像).
pub struct Segments(pub DomainSegments);

#[Object]
impl Segments {
    /// Customers with a current follow of a member in view matching the filter.
    async fn customers(&self) -> i64 {
        self.0.customers
    }

    /// Each tag of the group, in the group's order, with the matching customers carrying it
    /// (a customer with two of the group's tags counts under both).
    async fn by_tag(&self) -> Vec<SegmentTag> {
        self.0
            .by_tag
            .iter()
            .map(|(tag, customers)| SegmentTag {
                tag: tag.clone(),
                customers: *customers,
            })
            .collect()
    }

    /// Matching customers carrying none of the group's tags.
    async fn without_group_tag(&self) -> i64 {
        self.0.without_group_tag
    }
}

/// One tag's share of a segment.
pub struct SegmentTag {
    tag: entity::tag::Model,
    customers: i64,
}

#[Object]
impl SegmentTag {
    async fn tag(&self) -> Tag {
        Tag(self.tag.clone())
    }

    async fn customers(&self) -> i64 {
        self.customers
    }
}
