//! The master key: 32 random bytes in a file (mode 0600) that wraps every tenant data key.

use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use rand::RngCore;
use zeroize::Zeroizing;

use crate::ArchiveError;

pub const MASTER_KEY_LEN: usize = 32;

/// The root of the key hierarchy. Its bytes never leave this type except to derive or wrap keys.
pub struct MasterKey {
    bytes: Zeroizing<[u8; MASTER_KEY_LEN]>,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("MasterKey(..)")
    }
}

impl MasterKey {
    /// Generates a fresh random key (not persisted).
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; MASTER_KEY_LEN]);
        rand::rng().fill_bytes(bytes.as_mut());
        MasterKey { bytes }
    }

    /// Reads the key at `path`, creating it (mode 0600) when the file does not exist.
    ///
    /// An existing file that cannot be read or does not hold exactly 32 bytes is an error:
    /// silently replacing it would make every archived message unreadable.
    pub fn load_or_create(path: &Path) -> Result<Self, ArchiveError> {
        match fs::metadata(path) {
            Ok(_) => Self::load(path),
            Err(error) if error.kind() == ErrorKind::NotFound => Self::create(path),
            Err(error) => Err(unusable(path, format!("cannot stat it ({error})"))),
        }
    }

    /// Reads an existing key file.
    pub fn load(path: &Path) -> Result<Self, ArchiveError> {
        let contents = Zeroizing::new(
            fs::read(path).map_err(|error| unusable(path, format!("cannot read it ({error})")))?,
        );
        if contents.len() != MASTER_KEY_LEN {
            return Err(unusable(
                path,
                format!(
                    "it holds {} bytes, expected exactly {MASTER_KEY_LEN}; restore the original file from backup",
                    contents.len()
                ),
            ));
        }
        let mut bytes = Zeroizing::new([0u8; MASTER_KEY_LEN]);
        bytes.copy_from_slice(&contents);
        Ok(MasterKey { bytes })
    }

    fn create(path: &Path) -> Result<Self, ArchiveError> {
        let key = Self::generate();
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let io_error = |source| ArchiveError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut file = options.open(path).map_err(io_error)?;
        file.write_all(key.bytes.as_ref()).map_err(io_error)?;
        file.sync_all().map_err(io_error)?;
        Ok(key)
    }

    /// The raw key bytes, for key derivation and wrapping inside this crate only.
    pub(crate) fn expose(&self) -> &[u8; MASTER_KEY_LEN] {
        &self.bytes
    }
}

fn unusable(path: &Path, reason: String) -> ArchiveError {
    ArchiveError::MasterKeyUnusable {
        path: PathBuf::from(path),
        reason,
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn creates_a_private_key_file_then_reads_the_same_key_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        let created = MasterKey::load_or_create(&path).unwrap();
        let loaded = MasterKey::load_or_create(&path).unwrap();
        assert_eq!(created.expose(), loaded.expose());
        assert_eq!(fs::read(&path).unwrap().len(), MASTER_KEY_LEN);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn refuses_a_key_file_of_the_wrong_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        fs::write(&path, b"short").unwrap();
        let error = MasterKey::load_or_create(&path).unwrap_err();
        assert!(error.to_string().contains("expected exactly 32"), "{error}");
        assert_eq!(
            fs::read(&path).unwrap(),
            b"short",
            "the bad file is left alone"
        );
    }

    #[test]
    fn debug_output_hides_the_key() {
        assert_eq!(format!("{:?}", MasterKey::generate()), "MasterKey(..)");
    }
}
