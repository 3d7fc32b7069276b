//! The query root, merged from one object per bounded context (as the mutations are).

mod compliance;
mod crm;
mod engage;
mod node;
mod org;

use async_graphql::MergedObject;

#[derive(MergedObject, Default)]
#[graphql(name = "Query")]
pub struct QueryRoot(
    node::NodeQuery,
    org::OrgQuery,
    crm::CrmQuery,
    crm::follow_up::FollowUpQuery,
    crm::deal::DealQuery,
    crm::transfer::TransferQuery,
    crm::dashboard::DashboardQuery,
    compliance::ComplianceQuery,
    engage::channel_code::ChannelCodeQuery,
    engage::broadcast::BroadcastQuery,
    engage::library::LibraryQuery,
    engage::sop::SopQuery,
    engage::group::CustomerGroupQuery,
);

/// What a connection's selection asks of each node, through `nodes` or `edges { node }`.
pub(super) fn node_selections<'a>(
    connection: &async_graphql::Lookahead<'a>,
) -> [async_graphql::Lookahead<'a>; 2] {
    [
        connection.field("nodes"),
        connection.field("edges").field("node"),
    ]
}
