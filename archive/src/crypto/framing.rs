//! Unambiguous byte encodings of several fields, for associated data and hash inputs.
//!
//! Each field is written as its length (u64, big-endian) then its bytes, so no choice of field
//! values can shift bytes from one field into the next ("ab"+"c" never equals "a"+"bc").

/// Builds a length-prefixed encoding, starting with a domain label naming what it encodes.
pub(crate) struct Framed {
    bytes: Vec<u8>,
}

impl Framed {
    pub(crate) fn new(domain: &str) -> Self {
        let mut framed = Framed {
            bytes: Vec::with_capacity(128),
        };
        framed.field(domain.as_bytes());
        framed
    }

    pub(crate) fn field(&mut self, field: &[u8]) -> &mut Self {
        // usize is at most 64 bits on every target we build for, so the length is exact.
        let length = field.len() as u64;
        self.bytes.extend_from_slice(&length.to_be_bytes());
        self.bytes.extend_from_slice(field);
        self
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn fields_cannot_shift_into_each_other() {
        let mut left = Framed::new("d");
        left.field(b"ab").field(b"c");
        let mut right = Framed::new("d");
        right.field(b"a").field(b"bc");
        assert_ne!(left.as_bytes(), right.as_bytes());
        assert_eq!(
            left.as_bytes(),
            &[
                0, 0, 0, 0, 0, 0, 0, 1, b'd', //
                0, 0, 0, 0, 0, 0, 0, 2, b'a', b'b', //
                0, 0, 0, 0, 0, 0, 0, 1, b'c',
            ]
        );
    }
}
