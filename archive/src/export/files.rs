//! An archive's export files: sealed and opened with the tenant's data keys, which never leave
//! this crate.

use std::fs::File;
use std::io::{Read, Write};

use super::sealed::{SealedCheckpoint, SealedExportReader, SealedExportWriter};
use crate::chain::ChainHead;
use crate::checkpoint::Chain;
use crate::{Archive, ArchiveError};

impl Archive {
    /// Starts a sealed export file for `export_id` of `tenant_id` on `out`, under the
    /// tenant's current data key.
    pub async fn create_export_file<W: Write>(
        &self,
        tenant_id: i64,
        out: W,
        export_id: &str,
    ) -> Result<SealedExportWriter<W>, ArchiveError> {
        let keyring = self.keyring(tenant_id).await?;
        SealedExportWriter::create(out, &keyring, tenant_id, export_id)
    }

    /// Continues a sealed export file after a crash, from its last checkpoint
    /// ([`SealedExportWriter::resume`]).
    pub async fn resume_export_file(
        &self,
        tenant_id: i64,
        file: File,
        export_id: &str,
        checkpoint: SealedCheckpoint,
    ) -> Result<SealedExportWriter<File>, ArchiveError> {
        let keyring = self.keyring(tenant_id).await?;
        SealedExportWriter::resume(file, &keyring, tenant_id, export_id, checkpoint)
    }

    /// Opens a sealed export file for reading (a download).
    pub async fn open_export_file<R: Read>(
        &self,
        tenant_id: i64,
        input: R,
        export_id: &str,
    ) -> Result<SealedExportReader<R>, ArchiveError> {
        let keyring = self.keyring(tenant_id).await?;
        SealedExportReader::open(input, &keyring, tenant_id, export_id)
    }

    /// The head of `tenant_id`'s `chain` as stored, unverified (`None`: the chain is empty):
    /// what an export's manifest records as the state it was made in.
    pub async fn chain_head(
        &self,
        tenant_id: i64,
        chain: Chain,
    ) -> Result<Option<ChainHead>, ArchiveError> {
        let Some((seq, hash)) = self.stored_head(tenant_id, chain).await? else {
            return Ok(None);
        };
        Ok(Some(ChainHead {
            seq,
            hash: crate::chain::stored_hash(&hash)?,
        }))
    }
}
