//! Reaching customers (docs/ENGAGE.md): script and material libraries, channel codes with
//! attribution and welcome messages, mass messaging under the anti-harassment policy, and SOP
//! automation. Every function takes an [`super::Authorized`] and scopes by the policy
//! (`Resource::Library`, `ChannelCode`, `Broadcast`, `BroadcastPolicy`, `SopRule`, `Task`).

pub mod channel_codes;
pub mod groups;
pub mod library;
pub mod sop;

pub mod broadcasts;
