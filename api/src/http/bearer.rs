//! `Authorization: Bearer <token>`, parsed the same way for HTTP headers and WebSocket
//! `connection_init` payloads.

pub enum BearerToken {
    Absent,
    Malformed,
    Present(String),
}

pub const MALFORMED: &str = "the Authorization header must be 'Bearer <token>'";

/// The scheme is case-insensitive (RFC 9110); surrounding whitespace is ignored.
pub fn bearer_token(value: Option<&str>) -> BearerToken {
    let Some(value) = value else {
        return BearerToken::Absent;
    };
    match value.trim().split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            BearerToken::Present(token.trim().to_string())
        }
        _ => BearerToken::Malformed,
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_case_insensitive_and_tokens_trimmed() {
        for value in ["Bearer abc", "bearer abc", "BEARER  abc ", " Bearer abc"] {
            assert!(
                matches!(bearer_token(Some(value)), BearerToken::Present(token) if token == "abc")
            );
        }
        for value in ["Basic abc", "Bearer", "Bearer   ", "abc"] {
            assert!(matches!(bearer_token(Some(value)), BearerToken::Malformed));
        }
        assert!(matches!(bearer_token(None), BearerToken::Absent));
    }
}
