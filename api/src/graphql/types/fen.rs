//! `Fen`: an amount of money in integer fen (分; 100 fen = 1 yuan), as a JSON number.

use async_graphql::{InputValueError, InputValueResult, Number, Scalar, ScalarType, Value};

use crate::domain::crm::deals::amount::RawAmount;

/// An amount as it crosses the API. Going out it is always a whole number of fen; coming in it
/// is whatever JSON number (or string) the client sent, judged by the domain
/// ([`crate::domain::crm::deals::amount::fen`]) so that a bad amount is a `userErrors` entry
/// naming its field.
#[derive(Debug, Clone, PartialEq)]
pub struct Fen(pub RawAmount);

impl Fen {
    pub fn of(fen: i64) -> Self {
        Fen(RawAmount::Integer(fen.into()))
    }
}

/// Money in integer fen (分): 1 yuan is 100, so ¥12,345.67 is `1234567`. A JSON number — never
/// a float, and at most 2^53 − 1 (9007199254740991), the largest integer JavaScript reads
/// exactly; a string of digits is accepted too. An input that is negative, fractional or
/// larger is reported in `userErrors` at its field. (GraphQL's `Int` is 32-bit: about
/// ¥21 million, too small for deals.)
#[Scalar(name = "Fen")]
impl ScalarType for Fen {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::Number(number) => {
                if let Some(whole) = number.as_i64() {
                    return Ok(Fen(RawAmount::Integer(whole.into())));
                }
                if let Some(whole) = number.as_u64() {
                    return Ok(Fen(RawAmount::Integer(whole.into())));
                }
                Ok(Fen(RawAmount::Float(number.as_f64().unwrap_or(f64::NAN))))
            }
            Value::String(text) => Ok(Fen(RawAmount::Text(text.clone()))),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        match &self.0 {
            RawAmount::Integer(whole) => {
                let clamped = (*whole).clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
                Value::Number(Number::from(clamped))
            }
            // Only whole amounts are ever sent; anything else would be a bug, shown as null.
            RawAmount::Float(_) | RawAmount::Text(_) => Value::Null,
        }
    }
}
