use async_graphql::{ID, Interface};

use super::{
    ApiKey, ArchiveMessage, AuditEntry, Customer, Department, Export, Job, LegalHold, RiskAlert,
    RiskRule, Staff, Tag, TagGroup, Tenant,
};

/// An object with a global id, fetchable with `node(id:)`.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID"))]
pub enum Node {
    Tenant(Tenant),
    Staff(Staff),
    Department(Department),
    Customer(Customer),
    TagGroup(TagGroup),
    Tag(Tag),
    ApiKey(ApiKey),
    ArchiveMessage(ArchiveMessage),
    RiskRule(RiskRule),
    RiskAlert(RiskAlert),
    Job(Job),
    AuditEntry(AuditEntry),
    LegalHold(LegalHold),
    Export(Export),
    LibraryFolder(super::LibraryFolder),
    Script(super::Script),
    Material(super::Material),
    ChannelCode(super::ChannelCode),
    Broadcast(super::Broadcast),
    SopRule(super::SopRule),
    Task(super::Task),
    CustomerGroup(super::CustomerGroup),
    GroupWelcomeTemplate(super::GroupWelcomeTemplate),
    Pipeline(super::Pipeline),
    PipelineStage(super::PipelineStage),
    Deal(super::Deal),
    FollowUp(super::FollowUp),
    Transfer(super::Transfer),
    Notification(super::Notification),
}
