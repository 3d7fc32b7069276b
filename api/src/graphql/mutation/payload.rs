//! Mutation payloads: the object a mutation changed, or the input problems that changed
//! nothing (`userErrors`), never both. Every payload of that shape is declared with
//! [`payload!`], and every resolver answers with [`respond`], so the rule lives in one place.

use crate::error::ApiResult;
use crate::graphql::errors::{GraphqlResult, UserError};

/// A payload holding either the changed object or the user errors.
pub trait Payload: Sized {
    type Object;
    fn succeeded(object: Self::Object) -> Self;
    fn failed(user_errors: Vec<UserError>) -> Self;
}

/// The payload for a domain result: input errors become `userErrors`, other errors top-level
/// GraphQL errors with their `extensions.code`.
pub fn respond<P: Payload>(result: ApiResult<P::Object>) -> async_graphql::Result<Option<P>> {
    Ok(Some(match result.user_errors()? {
        Ok(object) => P::succeeded(object),
        Err(user_errors) => P::failed(user_errors),
    }))
}

/// Declares `pub struct $name { $field: Option<$object>, user_errors: [UserError!]! }` as a
/// GraphQL object implementing [`Payload`].
macro_rules! payload {
    ($(#[$meta:meta])* $name:ident { $(#[$field_meta:meta])* $field:ident: $object:ty }) => {
        $(#[$meta])*
        #[derive(async_graphql::SimpleObject)]
        pub struct $name {
            $(#[$field_meta])*
            pub $field: Option<$object>,
            pub user_errors: Vec<$crate::graphql::errors::UserError>,
        }

        impl $crate::graphql::mutation::payload::Payload for $name {
            type Object = $object;

            fn succeeded(object: $object) -> Self {
                $name {
                    $field: Some(object),
                    user_errors: Vec::new(),
                }
            }

            fn failed(user_errors: Vec<$crate::graphql::errors::UserError>) -> Self {
                $name {
                    $field: None,
                    user_errors,
                }
            }
        }
    };
}

pub(crate) use payload;
