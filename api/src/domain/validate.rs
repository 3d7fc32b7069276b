//! Input checks shared by services; each returns a message that says what to do.

use crate::error::{ErrorCode, FieldError};

pub const MAX_NAME_CHARS: usize = 200;

/// Refuses control characters (NUL, escapes, bidi overrides aside): they hide in logs and
/// exports, break CSV cells and terminals, and no name needs them.
pub fn printable(field: &[&str], raw: &str) -> Result<(), FieldError> {
    match raw.chars().find(|c| c.is_control()) {
        None => Ok(()),
        Some(c) => Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!(
                "must not contain control characters (found U+{:04X}); remove it and retry",
                c as u32
            ),
        )),
    }
}

/// Trims and lower-cases an email, or explains why it is not one.
pub fn email(field: &[&str], raw: &str) -> Result<String, FieldError> {
    printable(field, raw)?;
    let email = raw.trim().to_lowercase();
    let mut parts = email.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            "email must look like name@example.com",
        ));
    };
    if local.is_empty()
        || domain.is_empty()
        || email.len() > 254
        || email.chars().any(char::is_whitespace)
    {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            "email must look like name@example.com",
        ));
    }
    Ok(email)
}

/// A required, trimmed display name of at most 200 characters.
pub fn name(field: &[&str], raw: &str) -> Result<String, FieldError> {
    printable(field, raw)?;
    let name = raw.trim();
    if name.is_empty() {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            "must not be empty",
        ));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!("must be at most {MAX_NAME_CHARS} characters"),
        ));
    }
    Ok(name.to_string())
}

/// Most characters in a tag's or tag group's name: WeCom's own limit for corp tags, so a
/// name made here is one WeCom accepts.
pub const MAX_TAG_NAME_CHARS: usize = 30;

/// A tag's or tag group's name: a [`name`] of at most [`MAX_TAG_NAME_CHARS`] characters.
pub fn tag_name(field: &[&str], raw: &str) -> Result<String, FieldError> {
    let name = name(field, raw)?;
    if name.chars().count() > MAX_TAG_NAME_CHARS {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!("must be at most {MAX_TAG_NAME_CHARS} characters (WeCom's limit for tags)"),
        ));
    }
    Ok(name)
}

/// Tenant slugs: lower-case letters, digits and dashes, 2 to 64 characters.
pub fn slug(field: &[&str], raw: &str) -> Result<String, FieldError> {
    let slug = raw.trim();
    let valid_chars = slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let valid_edges = !slug.starts_with('-') && !slug.ends_with('-');
    if !(2..=64).contains(&slug.len()) || !valid_chars || !valid_edges {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            "slug must be 2-64 characters of a-z, 0-9 and '-', not starting or ending with '-'",
        ));
    }
    Ok(slug.to_string())
}

/// Collects field errors, so one response can name every problem at once.
#[derive(Default)]
pub struct Problems(Vec<FieldError>);

impl Problems {
    pub fn check<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.0.push(error);
                None
            }
        }
    }

    pub fn push(&mut self, error: FieldError) {
        self.0.push(error);
    }

    pub fn into_result(self) -> Result<(), crate::error::ApiError> {
        if self.0.is_empty() {
            return Ok(());
        }
        Err(crate::error::ApiError::Invalid(self.0))
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn emails_are_normalised_or_explained() {
        assert_eq!(
            email(&["email"], "  Li.Na@Example.COM ").unwrap(),
            "li.na@example.com"
        );
        assert!(email(&["email"], "no-at-sign").is_err());
        assert!(email(&["email"], "a@b@c").is_err());
        assert!(email(&["email"], "a b@c.d").is_err());
    }

    #[test]
    fn control_characters_are_refused_in_names_and_emails() {
        assert!(name(&["name"], "王\u{0}芳").is_err());
        assert!(name(&["name"], "line\nbreak").is_err());
        assert!(name(&["name"], "\u{1b}[31mred").is_err());
        assert!(email(&["email"], "a\u{0}@b.c").is_err());
        assert_eq!(name(&["name"], " 王芳 ").unwrap(), "王芳");
    }

    #[test]
    fn tag_names_fit_wecom() {
        let thirty = "标".repeat(MAX_TAG_NAME_CHARS);
        assert_eq!(tag_name(&["name"], &format!(" {thirty} ")).unwrap(), thirty);
        let error = tag_name(&["name"], &format!("{thirty}签")).unwrap_err();
        assert!(error.message.contains("at most 30"), "{}", error.message);
        assert!(tag_name(&["name"], "  ").is_err());
    }

    #[test]
    fn slugs_follow_the_rules() {
        assert_eq!(slug(&["slug"], "acme-01").unwrap(), "acme-01");
        assert!(slug(&["slug"], "Acme").is_err());
        assert!(slug(&["slug"], "-acme").is_err());
        assert!(slug(&["slug"], "a").is_err());
    }

    proptest! {
        #[test]
        fn accepted_slugs_are_stable(raw in "\\PC{0,70}") {
            if let Ok(valid) = slug(&["slug"], &raw) {
                prop_assert_eq!(slug(&["slug"], &valid).unwrap(), valid.clone());
                prop_assert!(valid.len() >= 2 && valid.len() <= 64);
            }
        }

        #[test]
        fn accepted_emails_are_idempotent(raw in "\\PC{0,40}") {
            if let Ok(valid) = email(&["email"], &raw) {
                prop_assert_eq!(email(&["email"], &valid).unwrap(), valid);
            }
        }
    }
}
