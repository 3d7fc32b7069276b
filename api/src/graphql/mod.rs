//! The GraphQL schema: types, resolvers and per-request DataLoaders over the domain layer.
//!
//! Resolvers translate between GraphQL and domain values; they never decide access (the
//! domain's policy does) and cannot reach the database (the domain owns the connection).

mod cost;
pub mod errors;
pub mod ids;
mod limits;
mod loaders;
mod mutation;
mod query;
mod subscription;
mod types;

pub use types::UploadedFiles;
pub use types::parse_export_query;

use async_graphql::{Context, Schema};

pub use loaders::Loaders;
pub use mutation::MutationRoot;
pub use query::QueryRoot;
pub use subscription::{SessionEnded, SubscriptionRoot};

use crate::domain::{Authorized, Store};
use crate::error::ApiError;
use crate::settings::Limits;
use limits::DocumentLimits;

pub type ScrmSchema = Schema<QueryRoot, MutationRoot, SubscriptionRoot>;

/// Builds the schema once at start-up; it is cheap to clone into each worker.
pub fn build_schema(limits: &Limits) -> ScrmSchema {
    // Depth is bounded by `DocumentLimits`, which gives introspection its own allowance.
    Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        SubscriptionRoot,
    )
    .extension(DocumentLimits::new(limits.graphql_max_depth))
    .limit_complexity(limits.graphql_max_complexity)
    .limit_recursive_depth(32)
    .limit_directives(8)
    .finish()
}

/// The schema in SDL, as committed in `schema.graphql`.
pub fn sdl() -> String {
    build_schema(&Limits::default()).sdl()
}

/// What the HTTP layer knows about the request, handed to every resolver.
pub struct RequestContext {
    pub store: Store,
    pub authentication: Authentication,
    /// Where the request came from (request id, client address), for the audit log.
    pub origin: crate::domain::RequestOrigin,
}

pub enum Authentication {
    Anonymous,
    /// Boxed: the handle carries the store, much larger than the other variants.
    Authenticated(Box<Authorized>),
    /// A credential was presented but refused; resolvers report why.
    Refused(ApiError),
}

const SIGN_IN_FIRST: &str =
    "sign in first: send the token from the login mutation as 'Authorization: Bearer <token>'";

/// The caller's authorization, or `UNAUTHENTICATED`.
pub(crate) fn authorized<'a>(ctx: &'a Context<'_>) -> async_graphql::Result<&'a Authorized> {
    let request = ctx.data::<RequestContext>()?;
    match &request.authentication {
        Authentication::Authenticated(authorized) => Ok(authorized),
        Authentication::Refused(error) => Err(errors::to_graphql(error)),
        Authentication::Anonymous => Err(errors::to_graphql(&ApiError::Unauthenticated(
            SIGN_IN_FIRST.to_string(),
        ))),
    }
}

pub(crate) fn request_loaders<'a>(ctx: &'a Context<'_>) -> async_graphql::Result<&'a Loaders> {
    authorized(ctx)?;
    ctx.data::<Loaders>()
}
