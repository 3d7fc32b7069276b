//! argon2id password hashing and the password policy.
//!
//! Hashing is deliberately slow, so callers run it on the blocking thread pool.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::error::{ApiError, ApiResult};

pub const MIN_PASSWORD_CHARS: usize = 10;

/// Hashes with argon2id (the crate's defaults: 19 MiB, 2 passes, OWASP's recommendation).
pub fn hash_password(password: &str) -> ApiResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|error| ApiError::Internal(format!("password hashing failed: {error}")))
}

/// Checks a password against a stored PHC string; a malformed stored hash never verifies.
pub fn verify_password(password: &str, stored_hash: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored_hash) else {
        return false;
    };
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
}

/// A fixed hash to verify against when the account does not exist, so that a login for an
/// unknown email costs the same time as one with a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| {
        hash_password("not a real password, only a timing decoy").unwrap_or_default()
    })
}

const COMMON_PASSWORDS: &[&str] = &[
    "password",
    "password1",
    "password123",
    "1234567890",
    "12345678910",
    "qwertyuiop",
    "1q2w3e4r5t",
    "iloveyou12",
    "admin12345",
    "administrator",
    "letmein123",
    "welcome123",
    "abc1234567",
    "0123456789",
    "qwerty1234",
    "1qaz2wsx3edc",
    "passw0rd12",
    "changeme123",
];

/// Why a password is too weak, phrased as what to do; `None` when it is acceptable.
/// A random 20-character password for an operator to hand over (no look-alike characters);
/// its holder replaces it at first sign-in.
pub fn random_password() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..20)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

pub fn password_weakness(password: &str, email: &str) -> Option<String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Some(format!(
            "password is too short: use at least {MIN_PASSWORD_CHARS} characters"
        ));
    }
    if chars > 256 {
        return Some("password is too long: use at most 256 characters".to_string());
    }
    let lowered = password.to_lowercase();
    if COMMON_PASSWORDS.contains(&lowered.as_str()) {
        return Some("password is too common: choose one that is not on breach lists".to_string());
    }
    let distinct: std::collections::HashSet<char> = password.chars().collect();
    if distinct.len() < 4 {
        return Some(
            "password repeats too few characters: mix at least 4 different characters".to_string(),
        );
    }
    let local_part = email.split('@').next().unwrap_or_default().to_lowercase();
    if local_part.len() >= 4 && lowered.contains(&local_part) {
        return Some(
            "password must not contain the member's email name (the part before @)".to_string(),
        );
    }
    None
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_only_the_right_password() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse batterz", &hash));
        assert!(!verify_password("anything", "not a phc string"));
    }

    #[test]
    fn weak_passwords_are_explained() {
        assert!(
            password_weakness("short", "a@b.c")
                .unwrap()
                .contains("at least 10")
        );
        assert!(
            password_weakness("password123", "a@b.c")
                .unwrap()
                .contains("common")
        );
        assert!(
            password_weakness("aaaaaaaaaaaa", "a@b.c")
                .unwrap()
                .contains("different")
        );
        assert!(
            password_weakness("zhangwei-2026!", "zhangwei@corp.cn")
                .unwrap()
                .contains("email")
        );
        assert_eq!(
            password_weakness("Tide-Pool-47-Lantern", "zhangwei@corp.cn"),
            None
        );
    }
}
