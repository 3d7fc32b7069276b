//! Notes about archive content — reviewers' comments on alerts, decision reasons — sealed like
//! the content itself: they quote messages, and archive content never reaches disk in clear.
//!
//! Each note is bound to the row it belongs to ([`NoteBinding`]), so a blob copied to another
//! alert, another author's comment or another tenant fails to open instead of showing there.

use std::fmt;

use crate::ArchiveError;
use crate::crypto::{open_note, seal_note};

use super::Archive;

/// The row a note belongs to; part of its associated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteBinding {
    /// A reviewer's comment on an alert. The author is bound too: a comment cannot be passed
    /// off as another officer's by changing its `author_id`.
    AlertComment { alert_id: i64, author_id: i64 },
    /// The reason an alert was decided with (one decision per alert).
    AlertDecision { alert_id: i64 },
    /// What an export holds: its kind's query and filter.
    ExportRequest { export_id: i64 },
    /// An export's signed manifest (it repeats the query).
    ExportManifest { export_id: i64 },
    /// One of the secrets of the tenant's WeCom settings, by field name.
    WecomSecret { field: &'static str },
    /// The tenant's WeCom archive private key of a `publickey_ver`.
    WecomArchiveKey { version: i32 },
    /// An archived media file (`archive_media` row): image, voice, video, file.
    ArchiveMedia { media_id: i64 },
}

/// The binding as the associated data spells it. Stable: changing it makes stored notes
/// unreadable.
impl fmt::Display for NoteBinding {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoteBinding::AlertComment {
                alert_id,
                author_id,
            } => write!(formatter, "risk_alert_comment/{alert_id}/{author_id}"),
            NoteBinding::AlertDecision { alert_id } => {
                write!(formatter, "risk_alert_decision/{alert_id}")
            }
            NoteBinding::ExportRequest { export_id } => {
                write!(formatter, "export_request/{export_id}")
            }
            NoteBinding::ExportManifest { export_id } => {
                write!(formatter, "export_manifest/{export_id}")
            }
            NoteBinding::WecomSecret { field } => write!(formatter, "wecom_settings/{field}"),
            NoteBinding::WecomArchiveKey { version } => {
                write!(formatter, "wecom_archive_key/{version}")
            }
            NoteBinding::ArchiveMedia { media_id } => write!(formatter, "archive_media/{media_id}"),
        }
    }
}

impl Archive {
    /// Seals `text` for `binding` under the tenant's current data key.
    pub async fn seal_note(
        &self,
        tenant_id: i64,
        binding: NoteBinding,
        text: &str,
    ) -> Result<Vec<u8>, ArchiveError> {
        let keyring = self.keyring(tenant_id).await?;
        seal_note(&keyring, tenant_id, &binding.to_string(), text.as_bytes())
    }

    /// Seals bytes (a media file) for `binding` under the tenant's current data key.
    pub async fn seal_bytes(
        &self,
        tenant_id: i64,
        binding: NoteBinding,
        bytes: &[u8],
    ) -> Result<Vec<u8>, ArchiveError> {
        let keyring = self.keyring(tenant_id).await?;
        seal_note(&keyring, tenant_id, &binding.to_string(), bytes)
    }

    /// Opens bytes sealed by [`Archive::seal_bytes`] (or a note) for the same tenant and
    /// binding; wiped from memory when dropped.
    pub async fn open_bytes(
        &self,
        tenant_id: i64,
        binding: NoteBinding,
        blob: &[u8],
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, ArchiveError> {
        let binding = binding.to_string();
        let keyring = self.keyring(tenant_id).await?;
        let plaintext = match open_note(&keyring, tenant_id, &binding, blob) {
            Err(ArchiveError::DataKeyVersionMissing { .. }) => {
                let keyring = self.reload_keyring(tenant_id).await?;
                open_note(&keyring, tenant_id, &binding, blob)?
            }
            other => other?,
        };
        Ok(zeroize::Zeroizing::new(plaintext))
    }

    /// Opens a note sealed by [`Archive::seal_note`] for the same tenant and binding. Reloads
    /// the keyring once if the note names a key version this process lacks (another process
    /// rotated keys since).
    pub async fn open_note(
        &self,
        tenant_id: i64,
        binding: NoteBinding,
        blob: &[u8],
    ) -> Result<String, ArchiveError> {
        let plaintext = self.open_bytes(tenant_id, binding, blob).await?;
        String::from_utf8(plaintext.to_vec()).map_err(|_| ArchiveError::MalformedCiphertext {
            what: "sealed note",
            reason: "it is not UTF-8",
        })
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn bindings_are_spelled_stably() {
        assert_eq!(
            NoteBinding::AlertComment {
                alert_id: 42,
                author_id: 7
            }
            .to_string(),
            "risk_alert_comment/42/7"
        );
        assert_eq!(
            NoteBinding::AlertDecision { alert_id: 42 }.to_string(),
            "risk_alert_decision/42"
        );
    }
}
