//! PLACEHOLDER while the WeCom callback events job is being written in this session.

use super::runner::{JobContext, Stop};
use crate::error::ApiError;

pub(super) async fn run(_context: &mut JobContext) -> Result<(), Stop> {
    Err(Stop::Failed(ApiError::Internal(
        "the WeCom callback events job is not built yet".into(),
    )))
}
