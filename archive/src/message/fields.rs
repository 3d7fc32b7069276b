//! Lenient reads of optional fields from a JSON object.
//!
//! WeCom adds fields over time, and some relays turn numbers into strings (`"filesize":"32768"`).
//! Fields we only carry along are read leniently: a missing, null or oddly typed value becomes
//! the empty string or `None` instead of failing the whole message. The original JSON is sealed
//! as-is by ingest, so nothing is lost by that leniency.

use serde_json::{Map, Value};

/// A borrowed JSON object with lenient getters.
#[derive(Clone, Copy)]
pub(super) struct Fields<'a> {
    object: &'a Map<String, Value>,
}

static EMPTY_OBJECT: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);

impl<'a> Fields<'a> {
    pub(super) fn new(object: &'a Map<String, Value>) -> Self {
        Fields { object }
    }

    /// A view of `value` if it is an object, else of an empty object (every field then defaults).
    pub(super) fn of(value: &'a Value) -> Self {
        match value {
            Value::Object(object) => Fields { object },
            _ => Fields {
                object: &EMPTY_OBJECT,
            },
        }
    }

    pub(super) fn get(&self, key: &str) -> Option<&'a Value> {
        self.object.get(key).filter(|value| !value.is_null())
    }

    /// Strings as they are, numbers and booleans as written, anything else as "".
    pub(super) fn string(&self, key: &str) -> String {
        match self.get(key) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Number(number)) => number.to_string(),
            Some(Value::Bool(flag)) => flag.to_string(),
            _ => String::new(),
        }
    }

    pub(super) fn i64(&self, key: &str) -> Option<i64> {
        self.get(key).and_then(integer_i64)
    }

    pub(super) fn u64(&self, key: &str) -> Option<u64> {
        self.get(key).and_then(integer_u64)
    }

    pub(super) fn f64(&self, key: &str) -> Option<f64> {
        match self.get(key)? {
            Value::Number(number) => number.as_f64(),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        }
    }

    pub(super) fn bool(&self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Value::Bool(flag) => Some(*flag),
            Value::String(text) => text.trim().parse().ok(),
            Value::Number(number) => number.as_i64().map(|value| value != 0),
            _ => None,
        }
    }

    /// An array of strings; a lone string counts as a one-element list; non-strings are skipped.
    pub(super) fn string_list(&self, key: &str) -> Vec<String> {
        match self.get(key) {
            Some(Value::String(text)) => vec![text.clone()],
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|item| item.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
    }

    pub(super) fn array(&self, key: &str) -> &'a [Value] {
        match self.get(key) {
            Some(Value::Array(items)) => items,
            _ => &[],
        }
    }
}

/// An integer written as a JSON number (integral floats included) or as a decimal string.
pub(super) fn integer_i64(value: &Value) -> Option<i64> {
    match value {
        Value::Number(number) => number
            .as_i64()
            .or_else(|| number.as_f64().and_then(integral_f64_to_i64)),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

pub(super) fn integer_u64(value: &Value) -> Option<u64> {
    match value {
        Value::Number(number) => number.as_u64().or_else(|| {
            number
                .as_f64()
                .and_then(integral_f64_to_i64)
                .and_then(|integer| u64::try_from(integer).ok())
        }),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

fn integral_f64_to_i64(float: f64) -> Option<i64> {
    // 2^63 is exactly representable; anything at or beyond it does not fit.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if float.fract() != 0.0 || !(-LIMIT..LIMIT).contains(&float) {
        return None;
    }
    // In range and integral, so the cast is exact.
    Some(float as i64)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_numbers_written_as_strings_and_defaults_the_rest() {
        let value =
            json!({"size": "32768", "time": 1.0e3, "bad": {"x": 1}, "null": null, "name": 7});
        let fields = Fields::of(&value);
        assert_eq!(fields.u64("size"), Some(32768));
        assert_eq!(fields.i64("time"), Some(1000));
        assert_eq!(fields.i64("bad"), None);
        assert_eq!(fields.string("null"), "");
        assert_eq!(fields.string("missing"), "");
        assert_eq!(fields.string("name"), "7");
        assert_eq!(integer_i64(&json!(1.5)), None);
        assert_eq!(integer_u64(&json!(-1)), None);
    }

    #[test]
    fn a_non_object_reads_as_an_empty_object() {
        let value = json!([1, 2]);
        assert_eq!(Fields::of(&value).string("title"), "");
        assert!(Fields::of(&value).array("item").is_empty());
    }

    #[test]
    fn string_lists_accept_a_lone_string() {
        let value = json!({"one": "a", "many": ["a", 1, "b"]});
        let fields = Fields::of(&value);
        assert_eq!(fields.string_list("one"), vec!["a"]);
        assert_eq!(fields.string_list("many"), vec!["a", "b"]);
    }
}
