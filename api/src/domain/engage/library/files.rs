//! The files of materials (images, documents): checked, then kept in the data dir.
//!
//! Layout: `DATA_DIR/library/<tenant id>/<32 hex digits>`, a random name per upload (never a
//! name the client chose). A file is written to `<name>.partial`, synced, then renamed into
//! place, so a reader never sees half a file; the row keeps the key, size, SHA-256, the type
//! the bytes were recognised as and the name the file was uploaded with, and every read checks
//! the SHA-256. Files are written only once the whole input is valid, and removed again when
//! the row cannot be written, so a refused upload leaves nothing behind. The bytes are not
//! logged anywhere.
//!
//! Library files are content staff send to customers, not archive content: they are kept in
//! clear (the data dir is 0700).

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::sniff::{self, FileType};
use crate::domain::Store;
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Most characters kept of an uploaded file's name.
pub const MAX_FILE_NAME_CHARS: usize = 255;

/// A file as it came with the request.
#[derive(Clone)]
pub struct Upload {
    /// The name the client gave it.
    pub file_name: String,
    /// The media type the client declared for it, if any.
    pub declared_type: Option<String>,
    pub bytes: bytes::Bytes,
}

impl std::fmt::Debug for Upload {
    /// Never the bytes: file contents stay out of logs.
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Upload")
            .field("file_name", &self.file_name)
            .field("declared_type", &self.declared_type)
            .field("size", &self.bytes.len())
            .finish()
    }
}

/// An upload that passed every check, ready to be written.
pub struct CheckedFile {
    pub file_name: String,
    pub file_type: FileType,
    pub sha256: String,
    bytes: bytes::Bytes,
}

impl CheckedFile {
    pub fn size(&self) -> i64 {
        i64::try_from(self.bytes.len()).unwrap_or(i64::MAX)
    }
}

/// What the upload may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    /// PNG, JPEG, GIF or WebP.
    Image,
    /// PDF, Word, Excel, PowerPoint or UTF-8 text.
    Document,
}

/// Checks an upload for `field`: its name, that its bytes are of a type the library keeps and
/// of the `wanted` kind, and that its name and declared type agree with them.
pub async fn check(
    field: &[&str],
    upload: Upload,
    wanted: Wanted,
) -> Result<CheckedFile, FieldError> {
    let problem = |message: String| FieldError::new(field, ErrorCode::BadUserInput, message);
    let file_name = clean_file_name(&upload.file_name).map_err(problem)?;
    if upload.bytes.is_empty() {
        return Err(problem("the file is empty".to_string()));
    }
    // Sniffing and hashing read every byte: off the async executor.
    let bytes = upload.bytes.clone();
    let (found, sha256) = tokio::task::spawn_blocking(move || {
        (sniff::sniff(&bytes), hex::encode(Sha256::digest(&bytes)))
    })
    .await
    .map_err(|_| problem("the file could not be checked; retry".to_string()))?;
    let accepted = match wanted {
        Wanted::Image => "PNG, JPEG, GIF or WebP",
        Wanted::Document => "PDF, Word, Excel, PowerPoint or UTF-8 plain text",
    };
    let Some(file_type) = found else {
        return Err(problem(format!(
            "the file is not a type the library keeps: send {accepted}"
        )));
    };
    if file_type.is_image() != (wanted == Wanted::Image) {
        return Err(problem(format!(
            "the file is {}; this needs {accepted}",
            file_type.describe()
        )));
    }
    if let Some(message) =
        sniff::disagreement(file_type, upload.declared_type.as_deref(), &file_name)
    {
        return Err(problem(message));
    }
    Ok(CheckedFile {
        file_name,
        file_type,
        sha256,
        bytes: upload.bytes,
    })
}

/// The last path component of an uploaded name (browsers may send `C:\fakepath\…`), trimmed,
/// without control characters, at most [`MAX_FILE_NAME_CHARS`].
fn clean_file_name(raw: &str) -> Result<String, String> {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default().trim();
    if let Some(control) = base.chars().find(|c| c.is_control()) {
        return Err(format!(
            "the file name must not contain control characters (found U+{:04X}); rename the file",
            control as u32
        ));
    }
    if base.chars().count() > MAX_FILE_NAME_CHARS {
        return Err(format!(
            "the file name must be at most {MAX_FILE_NAME_CHARS} characters; rename the file"
        ));
    }
    if base.is_empty() || base == "." || base == ".." {
        return Ok("file".to_string());
    }
    Ok(base.to_string())
}

/// A new key for a file of `tenant_id`: `<tenant id>/<32 hex digits>`.
fn new_key(tenant_id: i64) -> String {
    format!("{tenant_id}/{}", uuid::Uuid::new_v4().simple())
}

/// The path of a stored key, refusing anything that is not a key this module made (keys come
/// from rows, but a path is never built from anything unchecked).
fn path_of(store: &Store, key: &str) -> ApiResult<PathBuf> {
    let valid = key.split_once('/').is_some_and(|(tenant, name)| {
        !tenant.is_empty()
            && tenant.bytes().all(|b| b.is_ascii_digit())
            && name.len() == 32
            && name.bytes().all(|b| b.is_ascii_hexdigit())
    });
    if !valid {
        return Err(ApiError::Internal(format!(
            "library file key {key:?} is not one scrm made"
        )));
    }
    Ok(store.library_dir.join(key))
}

/// Writes a checked file under a new key (temporary file, sync, rename); returns the key.
pub async fn write(store: &Store, tenant_id: i64, file: &CheckedFile) -> ApiResult<String> {
    let key = new_key(tenant_id);
    let path = path_of(store, &key)?;
    let bytes = file.bytes.clone();
    tokio::task::spawn_blocking(move || write_file(&path, &bytes))
        .await
        .map_err(|error| {
            ApiError::Internal(format!("library file write task failed: {error}"))
        })??;
    Ok(key)
}

fn write_file(path: &Path, bytes: &[u8]) -> ApiResult<()> {
    use std::io::Write;
    let failed = |error: std::io::Error| {
        ApiError::Internal(format!(
            "cannot write library file {}: {error}",
            path.display()
        ))
    };
    if let Some(parent) = path.parent() {
        crate::data_dir::prepare_if(parent, crate::data_dir::IfMissing::Create)?;
    }
    let temporary = path.with_extension("partial");
    let written = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if let Err(error) = written {
        // Nothing half-written stays behind.
        let _ = std::fs::remove_file(&temporary);
        return Err(failed(error));
    }
    Ok(())
}

/// Removes a stored file; a failure is logged (the row is gone either way, and a file
/// nobody refers to harms nothing but space).
pub async fn remove(store: &Store, key: &str) {
    let path = match path_of(store, key) {
        Ok(path) => path,
        Err(error) => {
            tracing::error!(error = %error, "library file not removed");
            return;
        }
    };
    let removed = tokio::task::spawn_blocking(move || std::fs::remove_file(&path)).await;
    match removed {
        Ok(Ok(())) => {}
        Ok(Err(error)) if error.kind() == std::io::ErrorKind::NotFound => {}
        Ok(Err(error)) => tracing::warn!(key, error = %error, "library file not removed"),
        Err(error) => tracing::warn!(key, error = %error, "library file removal task failed"),
    }
}

/// Reads a stored file back, checking it is still the file that was stored.
pub async fn read(store: &Store, key: &str, sha256: &str) -> ApiResult<Vec<u8>> {
    let path = path_of(store, key)?;
    let expected = sha256.to_string();
    tokio::task::spawn_blocking(move || {
        let bytes = std::fs::read(&path).map_err(|error| {
            ApiError::Internal(format!(
                "cannot read library file {}: {error}",
                path.display()
            ))
        })?;
        if hex::encode(Sha256::digest(&bytes)) != expected {
            return Err(ApiError::Internal(format!(
                "library file {} does not match its SHA-256: it was changed or damaged on disk",
                path.display()
            )));
        }
        Ok(bytes)
    })
    .await
    .map_err(|error| ApiError::Internal(format!("library file read task failed: {error}")))?
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn uploaded_names_keep_their_last_component_only() {
        assert_eq!(
            clean_file_name("C:\\fakepath\\开户指南.pdf").unwrap(),
            "开户指南.pdf"
        );
        assert_eq!(clean_file_name("../../etc/passwd").unwrap(), "passwd");
        assert_eq!(clean_file_name("  ").unwrap(), "file");
        assert_eq!(clean_file_name("a/..").unwrap(), "file");
        assert!(clean_file_name("a\u{0}.png").is_err());
        assert!(clean_file_name(&"名".repeat(MAX_FILE_NAME_CHARS + 1)).is_err());
    }

    #[tokio::test]
    async fn uploads_are_checked_against_their_bytes() {
        let upload = |name: &str, declared: Option<&str>, bytes: &'static [u8]| Upload {
            file_name: name.to_string(),
            declared_type: declared.map(str::to_string),
            bytes: bytes::Bytes::from_static(bytes),
        };
        let png: &'static [u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        let checked = check(
            &["f"],
            upload("logo.png", Some("image/png"), png),
            Wanted::Image,
        )
        .await
        .unwrap();
        assert_eq!(checked.file_type, FileType::Png);
        assert_eq!(checked.size(), png.len() as i64);
        assert_eq!(checked.sha256, hex::encode(Sha256::digest(png)));
        let pdf_as_png = check(
            &["input", "file"],
            upload("logo.png", Some("image/png"), b"%PDF-1.4\n"),
            Wanted::Image,
        )
        .await
        .err()
        .unwrap();
        assert_eq!(pdf_as_png.field, ["input", "file"]);
        let image_as_file = check(&["f"], upload("logo.png", None, png), Wanted::Document).await;
        assert!(image_as_file.is_err());
        let exe = check(
            &["f"],
            upload("setup.pdf", None, b"MZ\x90\0"),
            Wanted::Document,
        )
        .await;
        assert!(exe.err().unwrap().message.contains("not a type"));
        let empty = check(&["f"], upload("a.txt", None, b""), Wanted::Document).await;
        assert!(empty.err().unwrap().message.contains("empty"));
    }
}
