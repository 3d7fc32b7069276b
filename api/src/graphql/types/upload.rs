//! `Upload`: a file sent beside the operation in a `multipart/form-data` request, as the
//! GraphQL multipart request spec lays out
//! (<https://github.com/jaydenseric/graphql-multipart-request-spec>).
//!
//! The HTTP layer takes the files out of the request it parsed and hands them to resolvers as
//! [`UploadedFiles`]; an `Upload` value is only the number of a file among them. This scalar
//! replaces async-graphql's own `Upload` type, whose parsing trusts the number it is given
//! (a JSON request naming a file that is not there would panic the worker): here a number with
//! no file behind it is an input error like any other.

use async_graphql::{Context, InputValueError, InputValueResult, Scalar, ScalarType, Value};

use crate::domain::engage::library::files::Upload as UploadedFile;
use crate::error::{ErrorCode, FieldError};

/// What the multipart parser writes where a file goes in the operation's variables.
const PLACEHOLDER_PREFIX: &str = "#__graphql_file__:";

/// A file of the request, by its number among the request's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Upload(usize);

/// A file sent as a part of a `multipart/form-data` request (the GraphQL multipart request
/// spec): in `operations` the variable is `null`, and `map` names the part that fills it. At
/// most one file per request; see docs/ENGAGE.md for the limits and an example.
#[Scalar(
    name = "Upload",
    specified_by_url = "https://github.com/jaydenseric/graphql-multipart-request-spec"
)]
impl ScalarType for Upload {
    fn parse(value: Value) -> InputValueResult<Self> {
        if let Value::String(text) = &value
            && let Some(number) = text
                .strip_prefix(PLACEHOLDER_PREFIX)
                .and_then(|number| number.parse::<usize>().ok())
        {
            return Ok(Upload(number));
        }
        Err(InputValueError::custom(
            "an Upload is a file sent as a part of a multipart/form-data request (the GraphQL multipart request spec): set the variable to null in `operations` and name the file's part in `map`",
        ))
    }

    fn to_value(&self) -> Value {
        Value::Null
    }
}

/// The files of a multipart request, in the order the parser placed them.
pub struct UploadedFiles(pub Vec<UploadedFile>);

impl Upload {
    /// The file this value names, or why there is none (at `field`).
    pub fn file(self, ctx: &Context<'_>, field: &[&str]) -> Result<UploadedFile, FieldError> {
        ctx.data_opt::<UploadedFiles>()
            .and_then(|files| files.0.get(self.0))
            .cloned()
            .ok_or_else(|| {
                FieldError::new(
                    field,
                    ErrorCode::BadUserInput,
                    "no file came with the request for this field: send it as a part of a multipart/form-data request (see docs/ENGAGE.md)",
                )
            })
    }
}
