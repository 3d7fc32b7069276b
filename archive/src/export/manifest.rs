//! Signed export manifests: what an export holds, who made it and when, and the SHA-256 of the
//! file as downloaded, signed with the installation's Ed25519 key (the checkpoint key,
//! `checkpoint::CheckpointSigner`), so whoever is handed the file and the manifest can check
//! both with the public key alone — with `scrm export verify`, or with `openssl` and `jq`.
//!
//! **The document** is a JSON object: the manifest's fields (below), then
//! `signed_message` and `signature`.
//!
//! **The canonical form** (what is signed) is the object without `signed_message` and
//! `signature`, serialised as:
//!
//! * UTF-8, no whitespace outside strings, no trailing newline;
//! * object keys sorted by their UTF-8 bytes, at every level;
//! * strings escaped as JSON requires and no more: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`,
//!   other characters below U+0020 as `\u00xx` (lowercase hex); every other character as itself
//!   (no `\u` escapes for non-ASCII, `/` not escaped);
//! * numbers as JSON integers (the manifest's own numbers are integers; a number in the
//!   `filter` as given keeps serde_json's shortest form).
//!
//! This is RFC 8785 (JCS) for such documents, and what Python's
//! `json.dumps(m, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` prints.
//! `signed_message` carries these bytes verbatim (as `message` does in a checkpoint), so a
//! verifier with `openssl` need not rebuild them: `jq -j .signed_message` writes them out.
//! `scrm export verify` rebuilds them from the fields and refuses a manifest whose fields
//! say something other than its `signed_message`.
//!
//! `signature` is the base64 of the 64-byte Ed25519 signature over the canonical bytes.
//! `public_key_fingerprint` (inside the signed part) is the SHA-256 of the key's DER
//! SubjectPublicKeyInfo, as `scrm keys public` prints it.

use std::io::{ErrorKind, Read};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, Utc};
use ed25519_dalek::pkcs8::DecodePublicKey;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::ArchiveErrorCode;
use crate::chain::ChainHead;
use crate::checkpoint::{CheckpointSigner, fingerprint};

/// The `version` field of every manifest of this format.
pub const MANIFEST_VERSION: &str = "scrm-export-manifest-v1";

const SIGNED_MESSAGE: &str = "signed_message";
const SIGNATURE: &str = "signature";

pub use entity::export::{ExportFormat, ExportKind};

/// The facts a manifest states about one finished export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportManifest {
    /// The export's id as the API shows it.
    pub export_id: String,
    pub tenant_id: i64,
    /// The tenant's slug.
    pub tenant: String,
    pub kind: ExportKind,
    pub format: ExportFormat,
    /// The download's file name.
    pub file_name: String,
    /// Who asked for it, e.g. `staff 12 <auditor@acme.cn> (AUDITOR)` or `operator root`.
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub completed_at: DateTime<Utc>,
    /// The IANA zone the file's times are shown in.
    pub time_zone: String,
    /// The search text, as given (`None` when the kind has none or none was given).
    pub query: Option<String>,
    /// The filter, as given (`null` for none).
    pub filter: Value,
    /// Data rows (the header not counted).
    pub row_count: u64,
    /// Size of the file as downloaded.
    pub size_bytes: u64,
    /// SHA-256 of the file as downloaded.
    pub sha256: [u8; 32],
    /// The tenant's archive chain head when the export started (`None`: an empty chain).
    pub archive_head: Option<ChainHead>,
    /// The tenant's audit chain head when the export started (`None`: an empty chain).
    pub audit_head: Option<ChainHead>,
}

impl ExportManifest {
    /// The manifest's fields as they are signed, naming the key that signs them.
    pub fn fields(&self, key_fingerprint: &str) -> Map<String, Value> {
        let mut fields = Map::new();
        let mut put = |key: &str, value: Value| {
            fields.insert(key.to_string(), value);
        };
        put("version", MANIFEST_VERSION.into());
        put("export_id", self.export_id.clone().into());
        put("tenant_id", self.tenant_id.into());
        put("tenant", self.tenant.clone().into());
        put("kind", self.kind.as_str().into());
        put("format", self.format.as_str().into());
        put("file_name", self.file_name.clone().into());
        put("created_by", self.created_by.clone().into());
        put("created_at", format_time(self.created_at).into());
        put("completed_at", format_time(self.completed_at).into());
        put("time_zone", self.time_zone.clone().into());
        put("query", self.query.clone().map_or(Value::Null, Value::from));
        put("filter", self.filter.clone());
        put("row_count", self.row_count.into());
        put("size_bytes", self.size_bytes.into());
        put("sha256", hex::encode(self.sha256).into());
        put("archive_head", head_value(self.archive_head));
        put("audit_head", head_value(self.audit_head));
        put("public_key_fingerprint", key_fingerprint.into());
        fields
    }

    /// The signed manifest document (pretty-printed JSON, ending in a newline).
    pub fn sign(&self, signer: &CheckpointSigner) -> String {
        let mut fields = self.fields(signer.fingerprint());
        let message = canonical_json(&Value::Object(fields.clone()));
        let signature = signer.sign_raw(message.as_bytes());
        fields.insert(SIGNED_MESSAGE.to_string(), message.into());
        fields.insert(SIGNATURE.to_string(), BASE64.encode(signature).into());
        let mut document = serde_json::to_string_pretty(&Value::Object(fields)).unwrap_or_default();
        document.push('\n');
        document
    }
}

fn head_value(head: Option<ChainHead>) -> Value {
    match head {
        None => Value::Null,
        Some(head) => {
            let mut fields = Map::new();
            fields.insert("seq".to_string(), head.seq.into());
            fields.insert("hash".to_string(), hex::encode(head.hash).into());
            Value::Object(fields)
        }
    }
}

/// RFC 3339 UTC with microseconds, as checkpoints write times.
fn format_time(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// The canonical serialisation described in the module documentation.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Value::Number(number) => out.push_str(&number.to_string()),
        Value::String(text) => write_string(text, out),
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        Value::Object(fields) => {
            // Sorted here, whatever order the map keeps (serde_json may preserve insertion).
            let mut keys: Vec<&String> = fields.keys().collect();
            keys.sort();
            out.push('{');
            for (index, key) in keys.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                if let Some(field) = fields.get(key) {
                    write_canonical(field, out);
                }
            }
            out.push('}');
        }
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            control if (control as u32) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", control as u32));
            }
            other => out.push(other),
        }
    }
    out.push('"');
}

/// Why a file and its manifest do not check out. Names fields, hashes and keys, never content.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error("malformed manifest: {0}")]
    Malformed(String),
    #[error(
        "unusable public key: {0} (expected the PEM that `scrm keys public` prints, -----BEGIN PUBLIC KEY-----)"
    )]
    PublicKey(&'static str),
    #[error(
        "signed by another key: the manifest names key {manifest}, the public key given is {given}"
    )]
    WrongKey { manifest: String, given: String },
    #[error(
        "bad signature: the manifest's field {field} differs from its signed_message: the manifest was altered"
    )]
    Altered { field: String },
    #[error("bad signature: the signed_message was altered or not signed by this key")]
    BadSignature,
    #[error(
        "hash mismatch: the manifest signs sha256 {manifest} ({manifest_size} bytes), the file has sha256 {file} ({file_size} bytes): it is not the exported file, or it was changed"
    )]
    HashMismatch {
        manifest: String,
        manifest_size: u64,
        file: String,
        file_size: u64,
    },
    #[error("cannot read the file: {0}")]
    Read(#[source] std::io::Error),
}

impl ManifestError {
    pub fn code(&self) -> ArchiveErrorCode {
        match self {
            ManifestError::Malformed(_) | ManifestError::PublicKey(_) => {
                ArchiveErrorCode::InvalidInput
            }
            ManifestError::WrongKey { .. }
            | ManifestError::Altered { .. }
            | ManifestError::BadSignature
            | ManifestError::HashMismatch { .. } => ArchiveErrorCode::IntegrityViolation,
            ManifestError::Read(_) => ArchiveErrorCode::Internal,
        }
    }
}

/// What a verified manifest says about its file.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedExport {
    pub row_count: u64,
    pub size_bytes: u64,
    /// SHA-256 of the file, lowercase hex.
    pub sha256: String,
    pub key_fingerprint: String,
    /// The manifest's signed fields.
    pub fields: Map<String, Value>,
}

/// The fingerprint (SHA-256 hex of the DER SubjectPublicKeyInfo) of a PEM public key.
pub fn public_key_fingerprint(public_key_pem: &str) -> Result<String, ManifestError> {
    parse_public_key(public_key_pem).map(|key| fingerprint(&key))
}

fn parse_public_key(public_key_pem: &str) -> Result<VerifyingKey, ManifestError> {
    VerifyingKey::from_public_key_pem(public_key_pem.trim())
        .map_err(|_| ManifestError::PublicKey("not an Ed25519 public key in PEM"))
}

/// Checks a downloaded export against its manifest with nothing but the public key: the
/// manifest's fields are what its `signed_message` says, the signature over it is valid under
/// `public_key_pem` (the key the manifest names), and the file's SHA-256 and size are the
/// signed ones. Reads `file` once, streaming.
pub fn verify_manifest(
    file: impl Read,
    manifest_json: &str,
    public_key_pem: &str,
) -> Result<VerifiedExport, ManifestError> {
    let key = parse_public_key(public_key_pem)?;
    let document: Value = serde_json::from_str(manifest_json)
        .map_err(|error| ManifestError::Malformed(format!("not JSON ({error})")))?;
    let Value::Object(mut fields) = document else {
        return Err(ManifestError::Malformed("not a JSON object".to_string()));
    };
    let signature = take_string(&mut fields, SIGNATURE)?;
    let message = take_string(&mut fields, SIGNED_MESSAGE)?;
    let version = string_field(&fields, "version")?;
    if version != MANIFEST_VERSION {
        return Err(ManifestError::Malformed(format!(
            "unknown version {version:?} (this scrm reads {MANIFEST_VERSION})"
        )));
    }
    if canonical_json(&Value::Object(fields.clone())) != message {
        return Err(ManifestError::Altered {
            field: first_difference(&fields, &message),
        });
    }
    let named_key = string_field(&fields, "public_key_fingerprint")?;
    let given_key = fingerprint(&key);
    if named_key != given_key {
        return Err(ManifestError::WrongKey {
            manifest: named_key.to_string(),
            given: given_key,
        });
    }
    let signature = BASE64
        .decode(signature.trim())
        .ok()
        .and_then(|bytes| Signature::from_slice(&bytes).ok())
        .ok_or_else(|| {
            ManifestError::Malformed("signature is not a base64 Ed25519 signature".to_string())
        })?;
    if key.verify(message.as_bytes(), &signature).is_err() {
        return Err(ManifestError::BadSignature);
    }

    let signed_sha256 = string_field(&fields, "sha256")?.to_string();
    let signed_size = integer_field(&fields, "size_bytes")?;
    let row_count = integer_field(&fields, "row_count")?;
    let (file_sha256, file_size) = hash(file)?;
    if file_sha256 != signed_sha256 || file_size != signed_size {
        return Err(ManifestError::HashMismatch {
            manifest: signed_sha256,
            manifest_size: signed_size,
            file: file_sha256,
            file_size,
        });
    }
    Ok(VerifiedExport {
        row_count,
        size_bytes: file_size,
        sha256: file_sha256,
        key_fingerprint: given_key,
        fields,
    })
}

fn take_string(fields: &mut Map<String, Value>, name: &str) -> Result<String, ManifestError> {
    match fields.remove(name) {
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err(ManifestError::Malformed(format!("{name} is not a string"))),
        None => Err(ManifestError::Malformed(format!("{name} is missing"))),
    }
}

fn string_field<'a>(fields: &'a Map<String, Value>, name: &str) -> Result<&'a str, ManifestError> {
    match fields.get(name) {
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err(ManifestError::Malformed(format!("{name} is not a string"))),
        None => Err(ManifestError::Malformed(format!("{name} is missing"))),
    }
}

fn integer_field(fields: &Map<String, Value>, name: &str) -> Result<u64, ManifestError> {
    fields
        .get(name)
        .and_then(Value::as_u64)
        .ok_or_else(|| ManifestError::Malformed(format!("{name} is not a whole number")))
}

/// The first field (by name) whose value differs between the manifest and its signed message.
fn first_difference(fields: &Map<String, Value>, message: &str) -> String {
    let Ok(Value::Object(signed)) = serde_json::from_str::<Value>(message) else {
        return SIGNED_MESSAGE.to_string();
    };
    let mut names: Vec<&String> = fields.keys().chain(signed.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .find(|name| fields.get(*name) != signed.get(*name))
        .map_or_else(|| SIGNED_MESSAGE.to_string(), |name| name.to_string())
}

/// SHA-256 (hex) and size of everything `file` yields.
fn hash(mut file: impl Read) -> Result<(String, u64), ManifestError> {
    let mut sha256 = Sha256::new();
    let mut size = 0u64;
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(count) => {
                sha256.update(&buffer[..count]);
                size += count as u64;
            }
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(error) => return Err(ManifestError::Read(error)),
        }
    }
    Ok((hex::encode(sha256.finalize()), size))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn at(micros: i64) -> DateTime<Utc> {
        DateTime::from_timestamp_micros(micros).unwrap()
    }

    fn manifest(file: &[u8]) -> ExportManifest {
        ExportManifest {
            export_id: "RXhwb3J0OjQy".to_string(),
            tenant_id: 7,
            tenant: "acme".to_string(),
            kind: ExportKind::ArchiveSearch,
            format: ExportFormat::Csv,
            file_name: "archive-search-2026-12-01T1012.csv".to_string(),
            created_by: "staff 12 <auditor@acme.cn> (AUDITOR)".to_string(),
            created_at: at(1_796_000_000_123_456),
            completed_at: at(1_796_000_042_000_000),
            time_zone: "Asia/Shanghai".to_string(),
            query: Some("保本 \"收益\"\n".to_string()),
            filter: json!({"staffIds": ["zhangsan"], "from": "2026-11-01T00:00:00Z", "hasAlert": true}),
            row_count: 2,
            size_bytes: file.len() as u64,
            sha256: Sha256::digest(file).into(),
            archive_head: Some(ChainHead {
                seq: 5000,
                hash: [0xab; 32],
            }),
            audit_head: None,
        }
    }

    const FILE: &[u8] = "\u{feff}msgid,content\r\nm1,保本\r\nm2,\"a,b\"\r\n".as_bytes();

    #[test]
    fn a_signed_manifest_verifies_with_the_public_key_alone() {
        let signer = CheckpointSigner::generate();
        let document = manifest(FILE).sign(&signer);
        let verified = verify_manifest(FILE, &document, &signer.public_key_pem()).unwrap();
        assert_eq!(verified.row_count, 2);
        assert_eq!(verified.size_bytes, FILE.len() as u64);
        assert_eq!(verified.sha256, hex::encode(Sha256::digest(FILE)));
        assert_eq!(verified.key_fingerprint, signer.fingerprint());
        assert_eq!(verified.fields["kind"], "ARCHIVE_SEARCH");
        assert_eq!(verified.fields["audit_head"], Value::Null);
        assert_eq!(
            public_key_fingerprint(&signer.public_key_pem()).unwrap(),
            signer.fingerprint()
        );
    }

    #[test]
    fn the_canonical_form_is_sorted_compact_and_escapes_only_what_json_requires() {
        let value = json!({
            "b": [1, -2, true, null],
            "a": {"z": "x", "y": "中文/\u{7f}\u{1}\t\"\\"},
            "é": 18446744073709551615u64,
        });
        assert_eq!(
            canonical_json(&value),
            "{\"a\":{\"y\":\"中文/\u{7f}\\u0001\\t\\\"\\\\\",\"z\":\"x\"},\"b\":[1,-2,true,null],\"é\":18446744073709551615}"
        );
        let signer = CheckpointSigner::generate();
        let document: Value = serde_json::from_str(&manifest(FILE).sign(&signer)).unwrap();
        let message = document["signed_message"].as_str().unwrap();
        assert!(
            message.starts_with("{\"archive_head\":{\"hash\":\"abab"),
            "{message}"
        );
        assert!(message.contains("\"created_at\":\"2026-11-30T00:53:20.123456Z\""));
        assert!(message.contains("\"query\":\"保本 \\\"收益\\\"\\n\""));
        assert!(message.contains(&format!(
            "\"public_key_fingerprint\":\"{}\"",
            signer.fingerprint()
        )));
        assert!(!message.contains("signature"));
        // The same bytes as serde_json's compact output of the sorted object (no floats here).
        let mut fields = document.as_object().unwrap().clone();
        fields.remove("signed_message");
        fields.remove("signature");
        let sorted: std::collections::BTreeMap<_, _> = fields.into_iter().collect();
        assert_eq!(serde_json::to_string(&sorted).unwrap(), message);
    }

    #[test]
    fn each_kind_of_failure_is_named() {
        let signer = CheckpointSigner::generate();
        let public = signer.public_key_pem();
        let document = manifest(FILE).sign(&signer);

        let mut changed = FILE.to_vec();
        changed[5] ^= 1;
        let error = verify_manifest(changed.as_slice(), &document, &public).unwrap_err();
        assert!(error.to_string().starts_with("hash mismatch: "), "{error}");
        let error = verify_manifest(&FILE[..FILE.len() - 1], &document, &public).unwrap_err();
        assert!(
            matches!(error, ManifestError::HashMismatch { .. }),
            "{error}"
        );

        let edited = document.replace("\"row_count\": 2", "\"row_count\": 3");
        assert_ne!(edited, document);
        let error = verify_manifest(FILE, &edited, &public).unwrap_err();
        assert_eq!(
            error.to_string(),
            "bad signature: the manifest's field row_count differs from its signed_message: the manifest was altered"
        );

        // Both edited consistently: the signature no longer fits.
        let mut value: Value = serde_json::from_str(&document).unwrap();
        value["row_count"] = 3.into();
        let mut fields = value.as_object().unwrap().clone();
        fields.remove("signed_message");
        fields.remove("signature");
        value["signed_message"] = canonical_json(&Value::Object(fields)).into();
        let error = verify_manifest(FILE, &value.to_string(), &public).unwrap_err();
        assert!(matches!(error, ManifestError::BadSignature), "{error}");

        let other = CheckpointSigner::generate();
        let error = verify_manifest(FILE, &document, &other.public_key_pem()).unwrap_err();
        assert!(
            error.to_string().starts_with("signed by another key: "),
            "{error}"
        );
        // Signed by another key that claims to be ours: the signature does not fit our key.
        let resigned = manifest(FILE)
            .sign(&other)
            .replace(other.fingerprint(), signer.fingerprint());
        let error = verify_manifest(FILE, &resigned, &public).unwrap_err();
        assert!(matches!(error, ManifestError::BadSignature), "{error}");

        for (text, expected) in [
            ("not json", "malformed manifest: not JSON"),
            ("[]", "malformed manifest: not a JSON object"),
            ("{}", "malformed manifest: signature is missing"),
        ] {
            let error = verify_manifest(FILE, text, &public).unwrap_err();
            assert!(error.to_string().starts_with(expected), "{error}");
        }
        let error = verify_manifest(
            FILE,
            &document,
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
        )
        .unwrap_err();
        assert!(
            error.to_string().starts_with("unusable public key"),
            "{error}"
        );
    }

    #[test]
    fn file_names_name_the_kind_the_local_time_and_the_format() {
        let local =
            chrono::NaiveDateTime::parse_from_str("2026-12-01 10:12:59", "%Y-%m-%d %H:%M:%S")
                .unwrap();
        assert_eq!(
            ExportKind::ArchiveSearch.file_name(ExportFormat::Xlsx, local),
            "archive-search-2026-12-01T1012.xlsx"
        );
        for kind in ExportKind::ALL {
            assert_eq!(ExportKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(ExportFormat::parse("XLSX"), Some(ExportFormat::Xlsx));
        assert_eq!(ExportFormat::parse("xlsx"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_query_and_filter_sign_and_verify_and_any_change_to_a_field_fails(
            query in any::<String>(),
            filter_text in any::<String>(),
            rows in any::<u64>(),
        ) {
            let signer = CheckpointSigner::generate();
            let mut facts = manifest(FILE);
            facts.query = Some(query.clone());
            facts.filter = json!({"text": filter_text, "nested": {"b": [1, 2], "a": null}});
            facts.row_count = rows;
            let document = facts.sign(&signer);
            let verified = verify_manifest(FILE, &document, &signer.public_key_pem()).unwrap();
            prop_assert_eq!(verified.row_count, rows);
            prop_assert_eq!(&verified.fields["query"], &Value::from(query.clone()));

            let mut value: Value = serde_json::from_str(&document).unwrap();
            value["query"] = format!("{query}x").into();
            prop_assert!(verify_manifest(FILE, &value.to_string(), &signer.public_key_pem()).is_err());
        }
    }
}
