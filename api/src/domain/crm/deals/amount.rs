//! Amounts in integer fen (分). The GraphQL `Fen` scalar hands over whatever JSON number (or
//! digit string) the client sent, unjudged, so that a negative, fractional or too large amount
//! becomes a `userErrors` entry naming its field rather than a parse error of the whole
//! request; this is where it is judged.

use crate::error::{ErrorCode, FieldError};

/// The largest amount: 2^53 − 1 fen (about 90 trillion yuan), the largest integer a
/// JavaScript client reads exactly from a JSON number.
pub const MAX_FEN: i64 = 9_007_199_254_740_991;

/// An amount as the client wrote it, before any judgement.
#[derive(Debug, Clone, PartialEq)]
pub enum RawAmount {
    /// A JSON integer (as wide as JSON parsers give: beyond i64 it arrives as a float).
    Integer(i128),
    /// A JSON number with a fraction or an exponent.
    Float(f64),
    /// A string; only plain digits are an amount.
    Text(String),
}

/// The amount in fen: a whole number from 0 to [`MAX_FEN`], or a problem at `field`.
pub fn fen(field: &[&str], raw: &RawAmount) -> Result<i64, FieldError> {
    let refuse = |message: &str| FieldError::new(field, ErrorCode::BadUserInput, message);
    let whole: i128 = match raw {
        RawAmount::Integer(value) => *value,
        RawAmount::Float(value) => {
            if !value.is_finite() || value.fract() != 0.0 {
                return Err(refuse(
                    "an amount is a whole number of fen (分): 12.50 yuan is 1250",
                ));
            }
            // Whole floats beyond the range are refused below; inside it they are exact.
            if value.abs() > MAX_FEN as f64 {
                return Err(refuse(&too_large()));
            }
            *value as i128
        }
        RawAmount::Text(text) => {
            let text = text.trim();
            if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit()) {
                return Err(refuse(
                    "an amount is a whole number of fen (分), as a number or a string of digits",
                ));
            }
            if text.len() > 16 {
                return Err(refuse(&too_large()));
            }
            text.parse::<i128>().map_err(|_| refuse(&too_large()))?
        }
    };
    if whole < 0 {
        return Err(refuse("an amount cannot be negative"));
    }
    if whole > i128::from(MAX_FEN) {
        return Err(refuse(&too_large()));
    }
    i64::try_from(whole).map_err(|_| refuse(&too_large()))
}

fn too_large() -> String {
    format!("an amount is at most {MAX_FEN} fen (2^53 − 1, what JavaScript reads exactly)")
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn judged(raw: RawAmount) -> Result<i64, String> {
        fen(&["input", "amountFen"], &raw).map_err(|error| error.message)
    }

    #[test]
    fn whole_non_negative_amounts_up_to_two_to_the_53_pass() {
        assert_eq!(judged(RawAmount::Integer(0)), Ok(0));
        assert_eq!(judged(RawAmount::Integer(123_456)), Ok(123_456));
        assert_eq!(judged(RawAmount::Integer(MAX_FEN.into())), Ok(MAX_FEN));
        assert_eq!(judged(RawAmount::Float(1000.0)), Ok(1000));
        assert_eq!(judged(RawAmount::Text("00250".into())), Ok(250));
        assert_eq!(judged(RawAmount::Text(MAX_FEN.to_string())), Ok(MAX_FEN));
    }

    #[test]
    fn negative_fractional_and_huge_amounts_are_refused_at_the_field() {
        for bad in [
            RawAmount::Integer(-1),
            RawAmount::Float(12.5),
            RawAmount::Float(-0.5),
            RawAmount::Float(1e20),
            RawAmount::Float(f64::NAN),
            RawAmount::Integer(i128::from(MAX_FEN) + 1),
            RawAmount::Text("12.5".into()),
            RawAmount::Text("-3".into()),
            RawAmount::Text("9007199254740992".into()),
            RawAmount::Text("99999999999999999999999".into()),
            RawAmount::Text("".into()),
        ] {
            let error = fen(&["input", "amountFen"], &bad).unwrap_err();
            assert_eq!(error.field, vec!["input", "amountFen"], "{bad:?}");
            assert_eq!(error.code, ErrorCode::BadUserInput);
        }
    }
}
