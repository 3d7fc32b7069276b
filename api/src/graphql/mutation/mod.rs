//! Mutations, named object-first (`customerUpdate`), each returning a payload with
//! `userErrors { field message code }`. Input problems come back as `userErrors` and change
//! nothing; missing credentials or permissions are top-level errors.

mod api_key;
mod auth;
mod customer;
mod risk;
mod staff;
mod tag;

use async_graphql::MergedObject;

#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationRoot(
    auth::AuthMutation,
    staff::StaffMutation,
    customer::CustomerMutation,
    tag::TagMutation,
    api_key::ApiKeyMutation,
    risk::RiskMutation,
);
