//! Mutations, named object-first (`customerUpdate`), each returning a payload with
//! `userErrors { field message code }`. Input problems come back as `userErrors` and change
//! nothing; missing credentials or permissions are top-level errors.

mod compliance;
mod crm;
mod engage;
mod job;
mod org;
pub(crate) mod payload;
use async_graphql::MergedObject;

#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationRoot(
    org::auth::AuthMutation,
    org::staff::StaffMutation,
    org::tenant::TenantMutation,
    org::notification::NotificationMutation,
    org::wecom::WecomMutation,
    org::wecom_sync::WecomSyncMutation,
    crm::customer::CustomerMutation,
    crm::follow_up::FollowUpMutation,
    crm::deal::DealMutation,
    crm::tag::TagMutation,
    crm::transfer::TransferMutation,
    org::api_key::ApiKeyMutation,
    compliance::risk::RiskMutation,
    compliance::legal_hold::LegalHoldMutation,
    compliance::export::ExportMutation,
    job::JobMutation,
    engage::channel_code::ChannelCodeMutation,
    engage::broadcast::BroadcastMutation,
    engage::library::LibraryMutation,
    engage::sop::SopMutation,
    engage::group::GroupWelcomeMutation,
);
