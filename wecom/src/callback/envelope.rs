//! What WeCom sends over HTTP: the query string and the XML envelope around the ciphertext.

use serde::{Deserialize, Serialize};

use super::{CallbackError, checked_xml, push_cdata_element};

/// The query string of a callback (POST) or of the URL verification (GET, with `echostr`).
///
/// Plain strings: whether the timestamp is fresh and the nonce unused is the caller's business.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallbackQuery {
    pub msg_signature: String,
    pub timestamp: String,
    pub nonce: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub echostr: Option<String>,
}

/// The POST body: `<xml><ToUserName/><AgentID/><Encrypt/></xml>`.
///
/// `ToUserName` is the receiver (the corp id), readable before decryption so that a multi-tenant
/// server can pick the right key; it is not authenticated until the decrypted receive id matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub to_user_name: String,
    /// Sent for app callbacks, absent or empty for others (customer contact).
    pub agent_id: Option<String>,
    /// The base64 ciphertext, signed by `msg_signature`.
    pub encrypt: String,
}

/// Field names as WeCom spells them. All optional so that a missing field becomes a clear error
/// of ours rather than serde's message.
#[derive(Deserialize)]
struct RawEnvelope {
    #[serde(rename = "ToUserName")]
    to_user_name: Option<String>,
    #[serde(rename = "AgentID")]
    agent_id: Option<String>,
    #[serde(rename = "Encrypt")]
    encrypt: Option<String>,
}

impl Envelope {
    /// Parses a POST body. Any input gives a value or an error, never a panic.
    pub fn parse(body: &[u8]) -> Result<Self, CallbackError> {
        let text = checked_xml(body)?;
        let raw: RawEnvelope =
            quick_xml::de::from_str(text).map_err(|_| CallbackError::Malformed {
                reason: "callback body is not the expected XML envelope",
            })?;
        let Some(encrypt) = raw.encrypt.filter(|encrypt| !encrypt.is_empty()) else {
            return Err(CallbackError::Malformed {
                reason: "callback body has no Encrypt",
            });
        };
        let Some(to_user_name) = raw.to_user_name.filter(|name| !name.is_empty()) else {
            return Err(CallbackError::Malformed {
                reason: "callback body has no ToUserName",
            });
        };
        Ok(Self {
            to_user_name,
            agent_id: raw.agent_id.filter(|agent_id| !agent_id.is_empty()),
            encrypt,
        })
    }

    /// The body as WeCom writes it (for the fake server and tests).
    pub fn to_xml(&self) -> String {
        let mut xml = String::from("<xml>");
        push_cdata_element(&mut xml, "ToUserName", &self.to_user_name);
        if let Some(agent_id) = &self.agent_id {
            push_cdata_element(&mut xml, "AgentID", agent_id);
        }
        push_cdata_element(&mut xml, "Encrypt", &self.encrypt);
        xml.push_str("</xml>");
        xml
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const BODY: &str = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n\
        <AgentID><![CDATA[1000002]]></AgentID>\n\
        <Encrypt><![CDATA[RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5==]]></Encrypt>\n\
        </xml>";

    #[test]
    fn parses_wecoms_envelope() {
        let envelope = Envelope::parse(BODY.as_bytes()).unwrap();
        assert_eq!(envelope.to_user_name, "wx5823bf96d3bd56c7");
        assert_eq!(envelope.agent_id.as_deref(), Some("1000002"));
        assert_eq!(
            envelope.encrypt,
            "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5=="
        );
    }

    #[test]
    fn agent_id_may_be_absent_or_empty() {
        for body in [
            "<xml><ToUserName><![CDATA[ww1]]></ToUserName><Encrypt><![CDATA[abc]]></Encrypt></xml>",
            "<xml><ToUserName>ww1</ToUserName><AgentID><![CDATA[]]></AgentID><Encrypt>abc</Encrypt></xml>",
            "<xml><ToUserName>ww1</ToUserName><AgentID/><Encrypt>abc</Encrypt><Other>x</Other></xml>",
        ] {
            let envelope = Envelope::parse(body.as_bytes()).unwrap();
            assert_eq!(envelope.agent_id, None, "{body}");
            assert_eq!(envelope.encrypt, "abc");
        }
    }

    #[test]
    fn bodies_without_encrypt_or_receiver_are_refused() {
        for body in [
            "<xml><ToUserName>ww1</ToUserName></xml>",
            "<xml><ToUserName>ww1</ToUserName><Encrypt></Encrypt></xml>",
            "<xml><Encrypt>abc</Encrypt></xml>",
            "<xml><ToUserName>ww1</ToUserName><Encrypt><a>b</a></Encrypt></xml>",
            "<xml><ToUserName>ww1</ToUserName><Encrypt>a</Encrypt><Encrypt>b</Encrypt></xml>",
            "<xml><ToUserName>ww1</ToUserName><Encrypt>&unknown;</Encrypt></xml>",
        ] {
            assert!(
                matches!(
                    Envelope::parse(body.as_bytes()),
                    Err(CallbackError::Malformed { .. })
                ),
                "{body}"
            );
        }
    }

    #[test]
    fn query_deserializes_with_and_without_echostr() {
        let query: CallbackQuery = serde_json::from_str(
            r#"{"msg_signature":"abc","timestamp":"1409659589","nonce":"263014780"}"#,
        )
        .unwrap();
        assert_eq!(query.echostr, None);
        assert_eq!(query.timestamp, "1409659589");
    }

    fn xml_fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("<xml>".to_owned()),
            Just("</xml>".to_owned()),
            Just("<ToUserName>".to_owned()),
            Just("</ToUserName>".to_owned()),
            Just("<Encrypt>".to_owned()),
            Just("</Encrypt>".to_owned()),
            Just("<AgentID/>".to_owned()),
            Just("<![CDATA[".to_owned()),
            Just("]]>".to_owned()),
            Just("&amp;".to_owned()),
            Just("&#0;".to_owned()),
            Just("&#x110000;".to_owned()),
            Just("&x;".to_owned()),
            Just("<!DOCTYPE xml [<!ENTITY x \"y\">]>".to_owned()),
            Just("<?xml version=\"1.0\"?>".to_owned()),
            Just("<!-- c -->".to_owned()),
            Just("<a b=\"c\">".to_owned()),
            "[ -~]{0,8}",
        ]
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = Envelope::parse(&body);
        }

        #[test]
        fn xml_like_soup_never_panics(parts in proptest::collection::vec(xml_fragment(), 0..40)) {
            let _ = Envelope::parse(parts.concat().as_bytes());
        }

        #[test]
        fn built_envelopes_parse_back(
            to_user_name in "[A-Za-z0-9]{1,32}",
            agent_id in proptest::option::of("[0-9]{1,10}"),
            encrypt in "[A-Za-z0-9+/]{1,200}={0,2}",
        ) {
            let envelope = Envelope { to_user_name, agent_id, encrypt };
            prop_assert_eq!(Envelope::parse(envelope.to_xml().as_bytes()).unwrap(), envelope);
        }
    }
}
