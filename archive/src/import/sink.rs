//! Where an import writes: one tenant's archive, reached directly ([`TenantSink`]) or through
//! a caller's own layer (the API's operator capability), which then maps errors its own way.

use std::future::Future;

use crate::store::{BatchOutcome, BatchSealer, SealedBatch};
use crate::{Archive, ArchiveError};

/// The writing side of an import, for one tenant.
pub trait ImportSink {
    type Error;

    /// A sealer with the tenant's current data key and rules, for the reader thread.
    fn sealer(&self) -> impl Future<Output = Result<BatchSealer, Self::Error>>;

    /// Archives one sealed batch atomically; `source_name` is kept with its rejects.
    fn write(
        &self,
        source_name: &str,
        batch: SealedBatch,
    ) -> impl Future<Output = Result<BatchOutcome, Self::Error>>;

    /// Makes everything written searchable and releases the index writer.
    fn finish(&self) -> impl Future<Output = Result<(), Self::Error>>;
}

/// A tenant's archive as an import sink, with the archive's own errors.
pub struct TenantSink<'a> {
    archive: &'a Archive,
    tenant_id: i64,
}

impl<'a> TenantSink<'a> {
    /// The caller has authorised writing to `tenant_id`'s archive.
    pub fn new(archive: &'a Archive, tenant_id: i64) -> Self {
        TenantSink { archive, tenant_id }
    }
}

impl ImportSink for TenantSink<'_> {
    type Error = ArchiveError;

    async fn sealer(&self) -> Result<BatchSealer, ArchiveError> {
        self.archive.sealer(self.tenant_id).await
    }

    async fn write(
        &self,
        source_name: &str,
        batch: SealedBatch,
    ) -> Result<BatchOutcome, ArchiveError> {
        self.archive.ingest_sealed(source_name, batch).await
    }

    async fn finish(&self) -> Result<(), ArchiveError> {
        self.archive.finish_ingest(self.tenant_id).await
    }
}
