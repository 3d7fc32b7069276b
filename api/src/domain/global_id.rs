//! How a row is named outside the API's own responses (export files): the same opaque global
//! id GraphQL gives its node (`graphql::ids`), so a row of a spreadsheet can be looked up.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The global id of row `id` of GraphQL type `type_name`, e.g. `("Staff", 7)`.
pub fn encode(type_name: &str, id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{type_name}:{id}"))
}
