//! WeCom's encrypted callbacks.
//!
//! A callback arrives as a POST whose query string carries `msg_signature`, `timestamp` and
//! `nonce` ([`CallbackQuery`]) and whose body is a small XML [`Envelope`] around an encrypted
//! `Encrypt` value. [`CallbackCrypto`] checks the signature and decrypts it (WXBizMsgCrypt); the
//! plaintext is the event XML that [`CallbackEvent::parse`] turns into a typed event. The URL
//! verification GET is the same scheme with the encrypted value in `echostr`.
//!
//! Everything here also works the other way round (encrypt, build the envelope, write the event
//! XML) so that the fake WeCom server and the tests speak exactly what is parsed.
//!
//! Bodies come from the internet before anything is authenticated, so every parser here returns an
//! error for any input rather than panicking, and refuses XML that is large, deep or carries a DTD.

pub mod crypto;
pub mod envelope;
pub mod event;

pub use crypto::{CallbackCrypto, CallbackError, Decrypted, signature};
pub use envelope::{CallbackQuery, Envelope};
pub use event::{
    CallbackEvent, ChatChange, ChatUpdate, ChatUpdateDetail, ContactChange, EventKind,
    ExternalChatEvent, ExternalContactEvent, ExternalTagEvent, TagChange, TagRef, TagType,
    TransferFailReason,
};

use quick_xml::events::Event;

/// No legitimate callback comes near this: WeCom's envelopes and events are a few kilobytes.
pub const MAX_XML_BYTES: usize = 1024 * 1024;
/// WeCom's deepest documented callback XML is three levels (`xml` > list > item); leave room for
/// new events without letting a hostile body nest without bound.
const MAX_XML_DEPTH: usize = 16;

/// Checks XML before serde sees it: size, UTF-8, well-formedness, nesting depth, and no DTD.
///
/// The serde deserializer already refuses entities it does not know, but a DTD has no place in a
/// WeCom callback, and refusing it outright keeps entity definitions from ever being considered.
/// The pull reader used here is iterative, so depth cannot exhaust the stack before it is counted.
fn checked_xml(bytes: &[u8]) -> Result<&str, CallbackError> {
    if bytes.len() > MAX_XML_BYTES {
        return Err(CallbackError::Malformed {
            reason: "XML is too large",
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| CallbackError::Malformed {
        reason: "XML is not UTF-8",
    })?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut depth = 0usize;
    let mut roots = 0usize;
    loop {
        let event = reader.read_event().map_err(|_| CallbackError::Malformed {
            reason: "XML is not well-formed",
        })?;
        match event {
            Event::Start(_) => {
                if depth == 0 {
                    roots += 1;
                }
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return Err(CallbackError::Malformed {
                        reason: "XML is nested too deeply",
                    });
                }
            }
            Event::Empty(_) if depth == 0 => roots += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::DocType(_) => {
                return Err(CallbackError::Malformed {
                    reason: "XML with a DTD is not accepted",
                });
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 || roots != 1 {
        return Err(CallbackError::Malformed {
            reason: "XML must be one complete root element",
        });
    }
    Ok(text)
}

/// Writes `<Name><![CDATA[value]]></Name>` the way WeCom does. A `]]>` inside the value would end
/// the section early, so it is split across two sections, which a reader joins back together.
fn push_cdata_element(xml: &mut String, name: &str, value: &str) {
    xml.push('<');
    xml.push_str(name);
    xml.push_str("><![CDATA[");
    xml.push_str(&value.replace("]]>", "]]]]><![CDATA[>"));
    xml.push_str("]]></");
    xml.push_str(name);
    xml.push('>');
}

/// Writes `<Name>value</Name>` for numbers, which WeCom sends without CDATA.
fn push_number_element(xml: &mut String, name: &str, value: impl std::fmt::Display) {
    use std::fmt::Write as _;
    // Writing to a String cannot fail.
    let _ = write!(xml, "<{name}>{value}</{name}>");
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_without_recursion() {
        let depth = 100_000;
        let xml = format!("{}{}", "<a>".repeat(depth), "</a>".repeat(depth));
        assert_eq!(
            checked_xml(xml.as_bytes()),
            Err(CallbackError::Malformed {
                reason: "XML is nested too deeply"
            })
        );
    }

    #[test]
    fn dtd_and_entity_definitions_are_refused() {
        let xml = r#"<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><Encrypt>&x;</Encrypt></xml>"#;
        assert_eq!(
            checked_xml(xml.as_bytes()),
            Err(CallbackError::Malformed {
                reason: "XML with a DTD is not accepted"
            })
        );
    }

    #[test]
    fn too_large_non_utf8_and_broken_xml_are_refused() {
        let large = format!("<xml>{}</xml>", "a".repeat(MAX_XML_BYTES));
        for bad in [
            large.as_bytes(),
            b"<xml>\xff</xml>",
            b"<xml><a></b></xml>",
            b"<xml>",
            b"",
            b"<a/><b/>",
            b"text only",
        ] {
            assert!(
                checked_xml(bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(&bad[..bad.len().min(40)])
            );
        }
        assert!(checked_xml(b"<?xml version=\"1.0\"?>\n<xml><a/></xml>\n").is_ok());
    }

    #[test]
    fn cdata_with_its_own_terminator_is_split() {
        let mut xml = String::new();
        push_cdata_element(&mut xml, "A", "x]]>y");
        assert_eq!(xml, "<A><![CDATA[x]]]]><![CDATA[>y]]></A>");
    }
}
