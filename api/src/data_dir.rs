//! The data dir holds the SQLite database, the master key and the search indexes: only the
//! account that runs scrm may enter it.
//!
//! The directory is created (or tightened) to 0700 and the database file to 0600 before
//! SQLite opens it; SQLite gives its `-wal` and `-shm` files the database file's mode.

use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use crate::error::{ApiError, ApiResult};

/// What to do when the data dir does not exist yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfMissing {
    /// Create it: the commands that set up an installation (`serve`, `migrate`,
    /// `tenant create`).
    Create,
    /// Refuse, naming the path: every other command works on an existing installation, and a
    /// new, empty data dir would only hide a mistyped path or a wrong working directory.
    Refuse,
}

/// Creates the data dir if needed and restricts it to its owner.
pub fn prepare(dir: &Path) -> ApiResult<()> {
    prepare_if(dir, IfMissing::Create)
}

/// Makes sure the data dir exists, creating it or refusing as `if_missing` says, and
/// restricts it to its owner.
pub fn prepare_if(dir: &Path, if_missing: IfMissing) -> ApiResult<()> {
    if if_missing == IfMissing::Refuse && !dir.exists() {
        let shown = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        return Err(ApiError::BadUserInput(format!(
            "data dir {} does not exist; point at yours with --data-dir or SCRM_DATA_DIR \
             (`scrm serve`, `scrm migrate` and `scrm tenant create` create a new one)",
            shown.display()
        )));
    }
    let failed = |what: &str, error: std::io::Error| {
        ApiError::Internal(format!("cannot {what} data dir {}: {error}", dir.display()))
    };
    create_private_dir(dir).map_err(|error| failed("create", error))?;
    restrict(dir, 0o700).map_err(|error| failed("restrict", error))
}

/// Creates the SQLite file with mode 0600 if it does not exist yet, and tightens it if it does.
pub fn prepare_database_file(path: &Path) -> ApiResult<()> {
    let failed = |error: std::io::Error| {
        ApiError::Internal(format!(
            "cannot prepare database file {}: {error}",
            path.display()
        ))
    };
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == ErrorKind::AlreadyExists => {
            restrict(path, 0o600).map_err(failed)
        }
        Err(error) => Err(failed(error)),
    }
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let current = fs::metadata(path)?.permissions().mode() & 0o777;
    // Only ever take permissions away; an operator's stricter choice stays.
    if current & !mode == 0 {
        return Ok(());
    }
    fs::set_permissions(path, fs::Permissions::from_mode(current & mode))
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _mode: u32) -> std::io::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_and_existing_paths_end_up_private() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data");
        assert!(prepare_if(&dir, IfMissing::Refuse).is_err());
        assert!(!dir.exists(), "refusing creates nothing");
        prepare(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        prepare_if(&dir, IfMissing::Refuse).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        prepare(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);

        let db = dir.join("scrm.db");
        prepare_database_file(&db).unwrap();
        assert_eq!(mode(&db), 0o600);
        fs::set_permissions(&db, fs::Permissions::from_mode(0o644)).unwrap();
        prepare_database_file(&db).unwrap();
        assert_eq!(mode(&db), 0o600);
        fs::set_permissions(&db, fs::Permissions::from_mode(0o400)).unwrap();
        prepare_database_file(&db).unwrap();
        assert_eq!(mode(&db), 0o400, "a stricter mode is kept");
    }
}
