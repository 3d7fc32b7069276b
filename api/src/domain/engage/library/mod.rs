//! Script (话术) and material (素材) libraries (docs/ENGAGE.md, "Scripts and materials").
//!
//! Every tenant has one library of each kind, edited by ADMIN and MANAGER, and every member a
//! personal one, edited by its owner alone. ADMIN, MANAGER and SALES read the tenant's library
//! and their own personal one; nobody reads another member's personal items, which answer
//! exactly like missing ones (`NOT_FOUND`). Archive roles have no part in libraries
//! (`Resource::Library`).
//!
//! - [`folders`]: flat folders, each holding scripts or materials of one library.
//! - [`scripts`]: titled texts.
//! - [`materials`]: texts, images, links, mini-programs and files; image and file bytes go to
//!   the data dir ([`files`]) after their type is recognised from their bytes ([`sniff`]).
//! - [`search`]: substring search over a normalised copy of each item's text.
//! - [`usage`]: uses counted per item, member and day of the tenant's time zone.
//! - [`attachments`]: materials as the attachments of welcome and mass messages.

pub mod attachments;
pub mod files;
pub mod folders;
pub mod materials;
pub mod scripts;
pub mod search;
pub mod sniff;
pub mod usage;

use entity::LibraryItemKind;
use sea_orm::{ColumnTrait, Condition};

use crate::domain::Authorized;
use crate::domain::validate::Problems;
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Most characters of a title (script, material) or folder name.
pub const MAX_TITLE_CHARS: usize = 100;
/// Most characters of a script's content or a text material.
pub const MAX_TEXT_CHARS: usize = 4_000;

/// Which library an item or folder belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LibraryScope {
    /// The tenant's library: everyone reads it, admins and managers edit it.
    Tenant,
    /// The caller's own library: only its owner reads and edits it.
    Personal,
}

impl LibraryScope {
    /// The scope of a row with this owner.
    pub fn of(owner_id: Option<i64>) -> Self {
        match owner_id {
            None => LibraryScope::Tenant,
            Some(_) => LibraryScope::Personal,
        }
    }

    /// The owner a new row of this scope gets when `auth` makes it.
    fn owner_for(self, auth: &Authorized) -> Option<i64> {
        match self {
            LibraryScope::Tenant => None,
            LibraryScope::Personal => Some(auth.actor().staff_id),
        }
    }

    /// Rows of this scope among those the caller reads.
    fn condition(self, owner_column: impl ColumnTrait) -> Condition {
        match self {
            LibraryScope::Tenant => Condition::all().add(owner_column.is_null()),
            LibraryScope::Personal => Condition::all().add(owner_column.is_not_null()),
        }
    }
}

/// Rows of a library table the caller may read: their tenant's library and their own
/// personal one. Anything else must look like nothing at all.
fn readable(
    auth: &Authorized,
    tenant_column: impl ColumnTrait,
    owner_column: impl ColumnTrait + Copy,
) -> Condition {
    Condition::all()
        .add(tenant_column.eq(auth.tenant_id()))
        .add(
            Condition::any()
                .add(owner_column.is_null())
                .add(owner_column.eq(auth.actor().staff_id)),
        )
}

/// A `FORBIDDEN` problem at `field` unless the caller may change the library of `owner_id`
/// (the tenant's: ADMIN and MANAGER; a personal one: its owner).
fn edit_problem(auth: &Authorized, owner_id: Option<i64>, field: &[&str]) -> Option<FieldError> {
    if auth.may_edit_library(owner_id) {
        return None;
    }
    Some(FieldError::new(
        field,
        ErrorCode::Forbidden,
        "only admins and managers change the tenant's library; keep your own in your personal library (scope PERSONAL)",
    ))
}

/// A required title or folder name: trimmed, 1 to 100 characters, no control characters.
pub fn title(field: &[&str], raw: &str) -> Result<String, FieldError> {
    crate::domain::validate::printable(field, raw)?;
    let title = raw.trim();
    if title.is_empty() {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            "must not be empty",
        ));
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!("must be at most {MAX_TITLE_CHARS} characters"),
        ));
    }
    Ok(title.to_string())
}

/// A text of several lines (a script's content, a text material): trimmed, 1 to `max`
/// characters; line breaks and tabs are kept, other control characters refused.
pub fn multiline(field: &[&str], raw: &str, max: usize) -> Result<String, FieldError> {
    if let Some(control) = raw
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!(
                "must not contain control characters other than line breaks and tabs (found U+{:04X}); remove it and retry",
                control as u32
            ),
        ));
    }
    let text = raw.trim();
    if text.is_empty() {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            "must not be empty",
        ));
    }
    if text.chars().count() > max {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!("must be at most {max} characters"),
        ));
    }
    Ok(text.to_string())
}

/// The row a lookup by `input.id` found, or `None` with a `NOT_FOUND` problem there (so a bad
/// field and a missing id are reported together).
fn found<T>(problems: &mut Problems, lookup: ApiResult<T>) -> ApiResult<Option<T>> {
    match lookup {
        Ok(row) => Ok(Some(row)),
        Err(ApiError::NotFound(what)) => {
            problems.push(FieldError::new(
                &["input", "id"],
                ErrorCode::NotFound,
                format!("{what} not found"),
            ));
            Ok(None)
        }
        Err(other) => Err(other),
    }
}

/// The value a validated input left behind, or an internal error if validation let a missing
/// one through (it never does: [`crate::domain::validate::Problems`] returns first).
fn validated<T>(value: Option<T>) -> ApiResult<T> {
    value.ok_or_else(|| ApiError::Internal("validated input went missing".into()))
}

/// How lists of scripts and materials are sorted; ties are broken by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryOrderField {
    UpdatedAt,
    CreatedAt,
    Title,
}

/// The name an item kind goes by in messages.
fn kind_name(kind: LibraryItemKind) -> &'static str {
    match kind {
        LibraryItemKind::Script => "scripts",
        LibraryItemKind::Material => "materials",
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_texts_are_trimmed_and_bounded() {
        assert_eq!(title(&["t"], "  开户流程 ").unwrap(), "开户流程");
        assert!(title(&["t"], " ").is_err());
        assert!(title(&["t"], "a\nb").is_err());
        assert!(title(&["t"], &"字".repeat(MAX_TITLE_CHARS)).is_ok());
        assert!(title(&["t"], &"字".repeat(MAX_TITLE_CHARS + 1)).is_err());
        assert_eq!(
            multiline(&["c"], " 第一行\n\t第二行 ", 10).unwrap(),
            "第一行\n\t第二行"
        );
        assert!(multiline(&["c"], "bell\u{7}", 10).is_err());
        assert!(multiline(&["c"], &"字".repeat(11), 10).is_err());
    }
}
