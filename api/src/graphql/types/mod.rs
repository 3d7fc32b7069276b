//! GraphQL object, input and enum types.

mod api_key;
mod archive;
mod common;
mod customer;
mod department;
mod node;
mod risk;
mod staff;
mod tag;
mod tenant;

pub use api_key::ApiKey;
pub use archive::{
    ArchiveConversation, ArchiveMessage, ArchiveMessageFilter, decode_offset, decode_search_cursor,
    encode_offset, encode_search_cursor,
};
pub use common::{
    Combinators, DateTimeFilter, FilterInput, OrderDirection, Role, StringFilter, TotalCount,
    connection_of,
};
pub use customer::{Customer, CustomerFilter, CustomerOrder};
pub use department::Department;
pub use node::Node;
pub use risk::{
    AppliesTo, Detector, Job, RiskAlert, RiskAlertFilter, RiskAlertOrder, RiskAlertOrderField,
    RiskRule, Severity,
};
pub use staff::{Staff, StaffFilter, StaffOrder};
pub use tag::{Tag, TagGroup};
pub use tenant::Tenant;
