//! `node(id:)`: any object by its global id.

use async_graphql::{Context, ID, Object};

use crate::domain::{
    compliance::archive, compliance::audit, compliance::risk, crm::customers, crm::tags, jobs,
    org::api_keys, org::departments, org::staff, org::tenants,
};
use crate::error::{ApiError, ErrorCode};
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{
    ApiKey, ArchiveMessage, AuditEntry, Customer, Department, Export, Job, LegalHold, Node,
    RiskAlert, RiskRule, Staff, Tag, TagGroup, Tenant,
};

#[derive(Default)]
pub struct NodeQuery;

#[Object]
impl NodeQuery {
    /// Fetches any object by its global id. Ids of objects you cannot see are `NOT_FOUND`.
    #[graphql(complexity = "cost::lookup(child_complexity)")]
    async fn node(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Node>> {
        let auth = authorized(ctx)?;
        let Some(ids::GlobalId {
            kind,
            tenant_id,
            number,
        }) = ids::decode_any(&id)
        else {
            return Err(to_graphql(&ApiError::field(
                &["id"],
                ErrorCode::BadUserInput,
                "not a valid id",
            )));
        };
        let node = match kind {
            NodeKind::Tenant => {
                let tenant = tenants::current(auth).await.gql()?;
                if tenant.id != number {
                    return Err(to_graphql(&ApiError::NotFound("node")));
                }
                Node::Tenant(Tenant(tenant))
            }
            NodeKind::Staff => Node::Staff(Staff(staff::get(auth, number).await.gql()?)),
            NodeKind::Department => {
                Node::Department(Department(departments::get(auth, number).await.gql()?))
            }
            NodeKind::Customer => {
                Node::Customer(Customer(customers::get(auth, number).await.gql()?))
            }
            NodeKind::TagGroup => Node::TagGroup(TagGroup(tags::group(auth, number).await.gql()?)),
            NodeKind::Tag => Node::Tag(Tag(tags::get_tag(auth, number).await.gql()?)),
            NodeKind::ApiKey => Node::ApiKey(ApiKey(api_keys::get(auth, number).await.gql()?)),
            NodeKind::RiskRule => Node::RiskRule(RiskRule(
                risk::rules(auth)
                    .await
                    .gql()?
                    .into_iter()
                    .find(|stored| stored.id == number)
                    .ok_or_else(|| to_graphql(&ApiError::NotFound("risk rule")))?,
            )),
            NodeKind::RiskAlert => {
                Node::RiskAlert(RiskAlert(risk::alert(auth, number).await.gql()?))
            }
            NodeKind::Job => Node::Job(Job(jobs::get(auth, number).await.gql()?)),
            NodeKind::Export => Node::Export(Export(
                crate::domain::compliance::export::service::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::Broadcast => Node::Broadcast(crate::graphql::types::Broadcast(
                crate::domain::engage::broadcasts::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::ChannelCode => Node::ChannelCode(crate::graphql::types::ChannelCode(
                crate::domain::engage::channel_codes::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::SopRule => Node::SopRule(crate::graphql::types::SopRule(
                crate::domain::engage::sop::get(auth, number).await.gql()?,
            )),
            NodeKind::Notification => Node::Notification(crate::graphql::types::Notification(
                crate::domain::org::notifications::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::Task => Node::Task(crate::graphql::types::Task(
                crate::domain::engage::sop::tasks::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::LibraryFolder => Node::LibraryFolder(crate::graphql::types::LibraryFolder(
                crate::domain::engage::library::folders::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::Script => Node::Script(crate::graphql::types::Script(
                crate::domain::engage::library::scripts::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::Material => Node::Material(crate::graphql::types::Material(
                crate::domain::engage::library::materials::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::CustomerGroup => Node::CustomerGroup(crate::graphql::types::CustomerGroup(
                crate::domain::engage::groups::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::Pipeline => Node::Pipeline(crate::graphql::types::Pipeline(
                crate::domain::crm::deals::pipelines::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::PipelineStage => Node::PipelineStage(crate::graphql::types::PipelineStage(
                crate::domain::crm::deals::pipelines::get_stage(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::Deal => Node::Deal(crate::graphql::types::Deal(
                crate::domain::crm::deals::lifecycle::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::GroupWelcomeTemplate => {
                Node::GroupWelcomeTemplate(crate::graphql::types::GroupWelcomeTemplate(
                    crate::domain::engage::groups::welcome::get(auth, number)
                        .await
                        .gql()?,
                ))
            }
            NodeKind::Transfer => Node::Transfer(crate::graphql::types::Transfer(
                crate::domain::crm::transfers::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::FollowUp => Node::FollowUp(crate::graphql::types::FollowUp(
                crate::domain::crm::follow_ups::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::LegalHold => Node::LegalHold(LegalHold(
                crate::domain::compliance::legal_hold::get(auth, number)
                    .await
                    .gql()?,
            )),
            NodeKind::AuditEntry => {
                // Seqs are per tenant, like archive positions.
                if tenant_id != Some(auth.tenant_id()) {
                    return Err(to_graphql(&ApiError::NotFound("node")));
                }
                Node::AuditEntry(AuditEntry(audit::entry(auth, number as u64).await.gql()?))
            }
            NodeKind::ArchiveMessage => {
                // Positions are per tenant: another tenant's id names nothing here.
                if tenant_id != Some(auth.tenant_id()) {
                    return Err(to_graphql(&ApiError::NotFound("node")));
                }
                Node::ArchiveMessage(ArchiveMessage::new(
                    archive::message_by_seq(auth, number as u64).await.gql()?,
                ))
            }
        };
        Ok(Some(node))
    }
}
