//! `scrm keys rotate | rewrap` — managing the archive's key hierarchy.

use std::path::{Path, PathBuf};

use archive::MasterKey;
use clap::{Args, Subcommand};

use crate::domain::compliance::archive::{Operator, rewrap_all_keys};
use crate::domain::operator::OperatorAccess;
use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct KeysArgs {
    #[command(subcommand)]
    action: KeysAction,
}

#[derive(Debug, Subcommand)]
enum KeysAction {
    /// Start a new data-key version for a tenant; older messages stay readable. No downtime.
    Rotate {
        /// The tenant's slug (`scrm tenant list` shows them).
        #[arg(long)]
        tenant: String,
    },
    /// Re-wrap every data key under a new master key, then install it as DATA_DIR/master.key.
    Rewrap {
        /// A file with exactly 32 random bytes, e.g. `head -c 32 /dev/urandom > new.key`.
        #[arg(long)]
        new_master_key: PathBuf,
    },
    /// Print the public key that verifies signed checkpoints (PEM, SubjectPublicKeyInfo) and
    /// its fingerprint on stderr; hand it to whoever checks checkpoints (docs/AUDIT.md).
    Public,
}

pub async fn run(settings: &Settings, args: KeysArgs) -> ApiResult<()> {
    let access = OperatorAccess::open_existing(settings).await?;
    match args.action {
        KeysAction::Public => {
            print!("{}", access.signer().public_key_pem());
            eprintln!(
                "fingerprint (SHA-256 of the DER public key): {}",
                access.signer().fingerprint()
            );
        }
        KeysAction::Rotate { tenant } => {
            let operator = Operator::for_tenant(&access, &tenant).await?;
            let version = operator.rotate_key().await?;
            println!(
                "tenant {tenant}: data key version {version} is now current; earlier versions still open older messages"
            );
        }
        KeysAction::Rewrap { new_master_key } => {
            let new_master = MasterKey::load(&new_master_key)?;
            let fingerprint = new_master.fingerprint();
            let tenants = rewrap_all_keys(&access, new_master).await?;
            let count: usize = tenants.iter().map(|share| share.keys).sum();
            install_master_key(&new_master_key, &settings.master_key_path())?;
            println!(
                "re-wrapped {count} data key(s) of {} tenant(s) under the new master key \
                 (fingerprint {fingerprint}) and installed it as {}; keep a backup of it: the old \
                 master key no longer opens anything",
                tenants.len(),
                settings.master_key_path().display()
            );
        }
    }
    Ok(())
}

/// Replaces the master key file atomically (copy beside it, then rename), mode 0600.
fn install_master_key(source: &Path, target: &Path) -> ApiResult<()> {
    let staging = target.with_extension("key.new");
    let failed = |error: std::io::Error| {
        ApiError::Internal(format!(
            "the data keys are re-wrapped, but installing the new master key failed ({error}); \
             copy {} to {} by hand before restarting",
            source.display(),
            target.display()
        ))
    };
    std::fs::copy(source, &staging).map_err(failed)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&staging, std::fs::Permissions::from_mode(0o600))
            .map_err(failed)?;
    }
    std::fs::rename(&staging, target).map_err(failed)?;
    Ok(())
}
