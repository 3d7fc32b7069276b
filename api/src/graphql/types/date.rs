//! `Date`: a calendar day, written as ISO 8601 `YYYY-MM-DD` (`2026-12-01`), read in the
//! tenant's time zone wherever it bounds a range.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date(pub NaiveDate);

/// A calendar day as ISO 8601 `YYYY-MM-DD`, e.g. `2026-12-01`; no time, no zone (the
/// tenant's time zone says when it begins and ends).
#[Scalar(
    name = "Date",
    specified_by_url = "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"
)]
impl ScalarType for Date {
    fn parse(value: Value) -> InputValueResult<Self> {
        let Value::String(text) = &value else {
            return Err(InputValueError::expected_type(value));
        };
        // Exactly ten characters: chrono alone would also take `2026-1-5` or `+2026-01-05`.
        let well_formed = text.len() == 10
            && text.char_indices().all(|(index, c)| {
                matches!(index, 4 | 7) == (c == '-') && (c == '-' || c.is_ascii_digit())
            });
        match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(date) if well_formed => Ok(Date(date)),
            _ => Err(InputValueError::custom(format!(
                "{text:?} is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01"
            ))),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.format("%Y-%m-%d").to_string())
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(text: &str) -> Option<NaiveDate> {
        <Date as ScalarType>::parse(Value::String(text.to_string()))
            .ok()
            .map(|date| date.0)
    }

    #[test]
    fn only_iso_days_parse() {
        assert_eq!(parse("2026-12-01"), NaiveDate::from_ymd_opt(2026, 12, 1));
        for bad in [
            "2026-13-01",
            "2026-02-30",
            "2026-1-05",
            "+2026-01-05",
            "2026/01/05",
            "",
            "2026-01-05T00:00:00Z",
            "２０２６-01-05",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert!(<Date as ScalarType>::parse(Value::Number(20261201.into())).is_err());
    }

    proptest! {
        #[test]
        fn every_day_round_trips(days in 0i32..200_000) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            let value = Date(date).to_value();
            prop_assert_eq!(<Date as ScalarType>::parse(value).ok(), Some(Date(date)));
        }

        #[test]
        fn no_string_crashes_the_parser(text in "\\PC{0,16}") {
            let _ = parse(&text);
        }
    }
}
