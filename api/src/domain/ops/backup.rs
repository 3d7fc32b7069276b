//! Backups and restores (`scrm backup --out DIR`, `scrm restore --from DIR`).
//!
//! A backup is a directory (0700) holding two files (0600):
//!
//! * `scrm.db`: a consistent snapshot of the whole database as a SQLite file, taken online.
//!   On SQLite by `VACUUM INTO` (one read transaction: the server and imports keep writing);
//!   on PostgreSQL by copying every table inside one `REPEATABLE READ` transaction
//!   ([`super::copy`]), so a backup restores onto either backend. Archive content is in it
//!   only as the rows hold it: sealed.
//! * `MANIFEST.json`: what the snapshot holds (rows per table, each tenant's archive count
//!   and chain head) and the master key's fingerprint, so a restore tells a wrong key before
//!   writing anything, and checks the restored chain against the head recorded here.
//!
//! Left out on purpose: the master key (a backup holding its own key would be as good as
//! plaintext; it is backed up separately), and the search indexes (derived data: a restore
//! rebuilds them from the sealed rows, [`archive::Archive::sync_index`]).

use std::collections::BTreeMap;
use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use archive::MasterKey;
use archive::store::VerifyMode;
use entity::{archive_message, tenant};
use sea_orm::sqlx::sqlite::SqliteJournalMode;
use sea_orm::{
    ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Statement,
};
use serde::{Deserialize, Serialize};

use super::copy::{self, CopyProgress};
use crate::domain::operator::OperatorAccess;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

pub const MANIFEST_FILE: &str = "MANIFEST.json";
pub const DATABASE_FILE: &str = "scrm.db";
/// The backup layout's version; a restore refuses layouts it does not know.
pub const MANIFEST_FORMAT: u32 = 1;
/// Where a restore onto an external database stages the backup's file (removed afterwards).
const STAGING_FILE: &str = "restore-staging.db";

/// `MANIFEST.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub scrm_version: String,
    /// The database backed up (`sqlite` or `postgres`); the backup itself is always SQLite.
    pub source_backend: String,
    pub database_file: String,
    /// The migrations applied to the snapshot; a restore by a newer scrm applies the rest.
    pub migrations: Vec<String>,
    /// [`MasterKey::fingerprint`] of the key the data keys are wrapped under.
    pub master_key_fingerprint: String,
    pub tables: BTreeMap<String, u64>,
    pub tenants: Vec<TenantManifest>,
    pub not_included: Vec<String>,
}

/// One tenant's archive as the snapshot holds it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct TenantManifest {
    pub id: i64,
    pub slug: String,
    pub archive_messages: u64,
    /// The chain head: the last seq and its hash (hex); `None` without messages.
    pub chain_head_seq: u64,
    pub chain_head_hash: Option<String>,
}

/// What `backup` wrote.
#[derive(Debug, Clone)]
pub struct BackupReport {
    pub dir: PathBuf,
    pub database_bytes: u64,
    pub manifest: Manifest,
}

/// Writes a backup of the whole installation's database into `out`, which must not exist yet
/// or be empty. Online: the server and imports keep running.
pub async fn backup(
    access: &OperatorAccess,
    out: &Path,
    progress: &mut dyn FnMut(&CopyProgress),
) -> ApiResult<BackupReport> {
    let store = access.store();
    create_empty_private_dir(out)?;
    let database_path = out.join(DATABASE_FILE);
    crate::data_dir::prepare_database_file(&database_path)?;
    let backend = store.db.get_database_backend();
    let source_backend = match backend {
        DbBackend::Sqlite => {
            // One read transaction: a consistent snapshot, compacted; writers are not blocked.
            let target = utf8(&database_path)?.replace('\'', "''");
            store
                .db
                .execute_unprepared(&format!("VACUUM INTO '{target}'"))
                .await?;
            "sqlite"
        }
        DbBackend::Postgres => {
            let file = open_sqlite_file(&database_path).await?;
            crate::db::migrate_up(&file).await?;
            copy::copy_all(&store.db, &file, progress).await?;
            file.close().await?;
            "postgres"
        }
        other => {
            return Err(ApiError::BadUserInput(format!(
                "backups of a {other:?} database are not supported"
            )));
        }
    };

    let file = open_sqlite_file(&database_path).await?;
    check_integrity(&file, &database_path).await?;
    let manifest = describe(
        &file,
        source_backend,
        store.archive.master_key_fingerprint(),
    )
    .await?;
    file.close().await?;
    let json = serde_json::to_vec_pretty(&manifest)
        .map_err(|error| ApiError::Internal(format!("cannot write the manifest: {error}")))?;
    write_private(&out.join(MANIFEST_FILE), &json)?;
    sync_dir(out);
    let database_bytes = fs::metadata(&database_path)
        .map(|metadata| metadata.len())
        .unwrap_or(0);
    Ok(BackupReport {
        dir: out.to_path_buf(),
        database_bytes,
        manifest,
    })
}

/// Refuses to back up a data dir without its master key: opening it would make a new key,
/// which opens nothing the database holds (most likely the data dir is not the server's).
pub fn require_existing_master_key(settings: &Settings) -> ApiResult<()> {
    let path = settings.master_key_path();
    if path.exists() {
        return Ok(());
    }
    Err(ApiError::BadUserInput(format!(
        "there is no master key at {}: point SCRM_DATA_DIR (or --data-dir) at the server's data dir",
        path.display()
    )))
}

/// What a restore is doing, for progress lines.
pub enum RestoreProgress<'a> {
    Copy(&'a CopyProgress),
    Indexing { slug: &'a str },
    Verifying { slug: &'a str, records: u64 },
}

/// What `restore` did.
#[derive(Debug)]
pub struct RestoreReport {
    pub manifest: Manifest,
    /// The master key was copied into the data dir (from `--master-key`).
    pub key_installed: bool,
    pub tenants: Vec<TenantRestored>,
}

impl RestoreReport {
    pub fn is_ok(&self) -> bool {
        self.tenants.iter().all(|tenant| tenant.problem.is_none())
    }
}

#[derive(Debug)]
pub struct TenantRestored {
    pub slug: String,
    /// Records the full verification walked (chain and sealed originals).
    pub verified: u64,
    pub indexed: u64,
    /// The first problem found, if any.
    pub problem: Option<String>,
}

/// Restores the backup in `from` into the data dir and database the settings name, which
/// must hold nothing yet (the data dir at most its `master.key`). Needs the master key the
/// backup was made with: `master_key_file`, copied into the data dir, or the data dir's own.
/// Every check that can refuse runs before anything is written. Then the database is opened
/// (migrations run if the backup is older), each tenant's search index is rebuilt from the
/// sealed rows and its archive verified in full against the manifest's chain head.
pub async fn restore(
    settings: &Settings,
    from: &Path,
    master_key_file: Option<&Path>,
    progress: &mut dyn FnMut(RestoreProgress<'_>),
) -> ApiResult<RestoreReport> {
    let manifest = read_manifest(from)?;
    let backup_database = from.join(&manifest.database_file);
    if !backup_database.is_file() {
        return Err(ApiError::BadUserInput(format!(
            "{} is missing: the backup in {} is incomplete",
            backup_database.display(),
            from.display()
        )));
    }
    refuse_used_data_dir(&settings.data_dir)?;
    let installed_key = settings.master_key_path();
    let key_present = installed_key.exists();
    let key = choose_master_key(master_key_file, &installed_key, key_present)?;
    if key.fingerprint() != manifest.master_key_fingerprint {
        return Err(ApiError::BadUserInput(format!(
            "this master key is not the one the backup was made with (its fingerprint is {}, \
             MANIFEST.json names {}); nothing was written. Use the master key that was \
             DATA_DIR/master.key when the backup was taken (after `scrm keys rewrap`, the new one)",
            key.fingerprint(),
            manifest.master_key_fingerprint
        )));
    }
    drop(key);
    let external = match &settings.database_url {
        Some(_) => {
            let (target, _) = crate::db::connect(settings).await?;
            copy::refuse_rows(&target, "the database DATABASE_URL names").await?;
            Some(target)
        }
        None => None,
    };

    // Checks passed: from here on, write.
    crate::data_dir::prepare(&settings.data_dir)?;
    let key_installed = match master_key_file {
        Some(file) if !key_present => {
            copy_private(file, &installed_key)?;
            true
        }
        _ => false,
    };
    match external {
        None => {
            let staging = settings.data_dir.join(format!("{DATABASE_FILE}.restoring"));
            copy_private(&backup_database, &staging)?;
            fs::rename(&staging, settings.sqlite_path()).map_err(|error| {
                ApiError::Internal(format!(
                    "cannot move the restored database into place: {error}"
                ))
            })?;
        }
        Some(target) => {
            // The backup may be older: migrate a copy of it, never the backup itself.
            let staging = settings.data_dir.join(STAGING_FILE);
            copy_private(&backup_database, &staging)?;
            let source = open_sqlite_file(&staging).await?;
            crate::db::migrate_up(&source).await?;
            crate::db::migrate_up(&target).await?;
            let copied = copy::copy_all(&source, &target, &mut |step| {
                progress(RestoreProgress::Copy(step))
            })
            .await;
            source.close().await?;
            target.close().await?;
            let _ = fs::remove_file(&staging);
            copied?;
        }
    }
    sync_dir(&settings.data_dir);

    let access = OperatorAccess::open(settings).await?;
    let tenants = check_restored(&access, &manifest, progress).await;
    access.close().await?;
    Ok(RestoreReport {
        manifest,
        key_installed,
        tenants: tenants?,
    })
}

/// Rebuilds each tenant's index, verifies its archive and compares it with the manifest.
async fn check_restored(
    access: &OperatorAccess,
    manifest: &Manifest,
    progress: &mut dyn FnMut(RestoreProgress<'_>),
) -> ApiResult<Vec<TenantRestored>> {
    let store = access.store();
    let tenants = tenant::Entity::find()
        .order_by_asc(tenant::Column::Id)
        .all(&store.db)
        .await?;
    let mut restored = Vec::with_capacity(tenants.len());
    for tenant in tenants {
        let slug = tenant.slug.as_str();
        let described = describe_tenant(&store.db, &tenant).await?;
        let expected = manifest.tenants.iter().find(|entry| entry.id == tenant.id);
        let mut problem = match expected {
            Some(expected) if *expected == described => None,
            Some(expected) => Some(format!(
                "holds {} messages up to seq {}, but the manifest recorded {} up to seq {}",
                described.archive_messages,
                described.chain_head_seq,
                expected.archive_messages,
                expected.chain_head_seq
            )),
            None => Some("is not in the backup's manifest".to_string()),
        };
        progress(RestoreProgress::Indexing { slug });
        let indexed = if described.archive_messages == 0 {
            0
        } else {
            store.archive.sync_index(tenant.id).await?
        };
        let mut verified = 0;
        let outcome = store
            .archive
            .verify(tenant.id, VerifyMode::Full, access.signer(), |records| {
                progress(RestoreProgress::Verifying { slug, records })
            })
            .await?;
        match outcome {
            Ok(summary) => verified = summary.verified,
            Err(finding) => problem = problem.or(Some(finding.to_string())),
        }
        restored.push(TenantRestored {
            slug: tenant.slug.clone(),
            verified,
            indexed,
            problem,
        });
    }
    Ok(restored)
}

/// Reads and checks `MANIFEST.json` of a backup directory.
pub fn read_manifest(dir: &Path) -> ApiResult<Manifest> {
    let path = dir.join(MANIFEST_FILE);
    let bytes = fs::read(&path).map_err(|error| {
        ApiError::BadUserInput(format!(
            "{} is not a scrm backup: cannot read {} ({error})",
            dir.display(),
            path.display()
        ))
    })?;
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|error| {
        ApiError::BadUserInput(format!("{} is not readable: {error}", path.display()))
    })?;
    if manifest.format != MANIFEST_FORMAT {
        return Err(ApiError::BadUserInput(format!(
            "the backup has layout version {}, this scrm reads version {MANIFEST_FORMAT}: \
             restore it with the scrm version that made it ({})",
            manifest.format, manifest.scrm_version
        )));
    }
    if manifest.database_file.contains(['/', '\\']) || manifest.database_file.starts_with('.') {
        return Err(ApiError::BadUserInput(format!(
            "{} names an unexpected database file",
            path.display()
        )));
    }
    Ok(manifest)
}

/// The key to restore with: `--master-key`, or the data dir's own; both must agree.
fn choose_master_key(
    given: Option<&Path>,
    installed: &Path,
    installed_exists: bool,
) -> ApiResult<MasterKey> {
    match (given, installed_exists) {
        (Some(file), true) => {
            let given = MasterKey::load(file)?;
            let present = MasterKey::load(installed)?;
            if given.fingerprint() != present.fingerprint() {
                return Err(ApiError::Conflict(format!(
                    "the data dir already holds another master key ({}); nothing was written: \
                     restore into a new data dir, or leave out --master-key",
                    installed.display()
                )));
            }
            Ok(given)
        }
        (Some(file), false) => Ok(MasterKey::load(file)?),
        (None, true) => Ok(MasterKey::load(installed)?),
        (None, false) => Err(ApiError::BadUserInput(format!(
            "a restore needs the master key the backup was made with, and backups do not \
             hold it: pass --master-key FILE (your separate copy of master.key), or put it \
             at {} first",
            installed.display()
        ))),
    }
}

/// Refuses a data dir that holds anything but a master key (and the checkpoint signing key, so
/// the restored installation can check the checkpoints it restores): a restore never
/// overwrites.
fn refuse_used_data_dir(dir: &Path) -> ApiResult<()> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == ErrorKind::NotFound => return Ok(()),
        Err(error) => {
            return Err(ApiError::Internal(format!(
                "cannot read the data dir {}: {error}",
                dir.display()
            )));
        }
    };
    let mut found: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "master.key" && name != archive::checkpoint::SIGNING_KEY_FILE)
        .collect();
    found.sort();
    if found.is_empty() {
        return Ok(());
    }
    let what = if found.iter().any(|name| name == DATABASE_FILE) {
        format!("already holds a database ({DATABASE_FILE})")
    } else {
        format!("is not empty (it holds {})", found.join(", "))
    };
    Err(ApiError::Conflict(format!(
        "the data dir {} {what}; nothing was written. A restore never overwrites: point \
         SCRM_DATA_DIR (or --data-dir) at a new directory, which may hold only master.key (and signing.key)",
        dir.display()
    )))
}

/// The manifest of the SQLite snapshot `db`.
async fn describe(
    db: &DatabaseConnection,
    source_backend: &str,
    master_key_fingerprint: String,
) -> ApiResult<Manifest> {
    let migrations = copy::applied_migrations(db).await?;
    let tables = copy::as_map(&copy::row_counts(db).await?);
    let mut tenants = Vec::new();
    for tenant in tenant::Entity::find()
        .order_by_asc(tenant::Column::Id)
        .all(db)
        .await?
    {
        tenants.push(describe_tenant(db, &tenant).await?);
    }
    Ok(Manifest {
        format: MANIFEST_FORMAT,
        created_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        scrm_version: env!("CARGO_PKG_VERSION").to_string(),
        source_backend: source_backend.to_string(),
        database_file: DATABASE_FILE.to_string(),
        migrations,
        master_key_fingerprint,
        tables,
        tenants,
        not_included: vec![
            "master.key: back it up separately; a restore needs it".to_string(),
            "search indexes: a restore rebuilds them from the database".to_string(),
        ],
    })
}

async fn describe_tenant(
    db: &DatabaseConnection,
    tenant: &tenant::Model,
) -> ApiResult<TenantManifest> {
    let messages = archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(tenant.id))
        .count(db)
        .await?;
    let head = archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(tenant.id))
        .order_by_desc(archive_message::Column::Seq)
        .one(db)
        .await?;
    Ok(TenantManifest {
        id: tenant.id,
        slug: tenant.slug.clone(),
        archive_messages: messages,
        chain_head_seq: head.as_ref().map_or(0, |row| row.seq as u64),
        chain_head_hash: head.map(|row| hex::encode(row.chain_hash)),
    })
}

/// `PRAGMA quick_check` of the snapshot: a backup that does not read back is no backup.
async fn check_integrity(db: &DatabaseConnection, path: &Path) -> ApiResult<()> {
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA quick_check".to_string(),
        ))
        .await?;
    let verdict: Vec<String> = rows
        .iter()
        .filter_map(|row| row.try_get_by_index::<String>(0).ok())
        .collect();
    if verdict != ["ok"] {
        return Err(ApiError::Internal(format!(
            "the snapshot {} fails SQLite's integrity check: {}",
            path.display(),
            verdict.join("; ")
        )));
    }
    Ok(())
}

/// A SQLite file outside the data dir's pool: one connection, rollback journal (so nothing but
/// the file is left beside it), foreign keys on.
async fn open_sqlite_file(path: &Path) -> ApiResult<DatabaseConnection> {
    let mut options = ConnectOptions::new(format!("sqlite://{}?mode=rw", utf8(path)?));
    options
        .sqlx_logging(false)
        .max_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .map_sqlx_sqlite_opts(|sqlite| {
            sqlite
                .journal_mode(SqliteJournalMode::Delete)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
        });
    Database::connect(options)
        .await
        .map_err(|error| ApiError::Internal(format!("cannot open {}: {error}", path.display())))
}

fn utf8(path: &Path) -> ApiResult<&str> {
    path.to_str().ok_or_else(|| {
        ApiError::BadUserInput(format!(
            "{} is not valid UTF-8; choose another path",
            path.display()
        ))
    })
}

/// Creates `dir` with mode 0700, or takes an existing empty one and sets it to 0700.
fn create_empty_private_dir(dir: &Path) -> ApiResult<()> {
    let failed = |error: std::io::Error| {
        ApiError::BadUserInput(format!("cannot create {}: {error}", dir.display()))
    };
    match fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(ApiError::Conflict(format!(
                    "{} is not empty; a backup goes into a new or empty directory",
                    dir.display()
                )));
            }
        }
        Err(error) if error.kind() == ErrorKind::NotFound => {
            let mut builder = fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                builder.mode(0o700);
            }
            builder.create(dir).map_err(failed)?;
        }
        Err(error) => return Err(failed(error)),
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).map_err(failed)?;
    }
    Ok(())
}

/// A new file with mode 0600 (never replacing one), written and synced.
fn new_private_file(path: &Path) -> ApiResult<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .map_err(|error| ApiError::Internal(format!("cannot create {}: {error}", path.display())))
}

fn write_private(path: &Path, bytes: &[u8]) -> ApiResult<()> {
    let failed = |error: std::io::Error| {
        ApiError::Internal(format!("cannot write {}: {error}", path.display()))
    };
    let mut file = new_private_file(path)?;
    file.write_all(bytes).map_err(failed)?;
    file.sync_all().map_err(failed)
}

/// Copies `source` into a new private file `target` (no window with wider permissions).
fn copy_private(source: &Path, target: &Path) -> ApiResult<()> {
    let mut input = fs::File::open(source).map_err(|error| {
        ApiError::BadUserInput(format!("cannot read {}: {error}", source.display()))
    })?;
    let mut output = new_private_file(target)?;
    let failed = |error: std::io::Error| {
        ApiError::Internal(format!(
            "cannot copy {} to {}: {error}",
            source.display(),
            target.display()
        ))
    };
    std::io::copy(&mut input, &mut output).map_err(failed)?;
    output.sync_all().map_err(failed)
}

/// Makes the directory's new entries durable (best effort).
fn sync_dir(dir: &Path) {
    if let Ok(handle) = fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}
