//! Sealed export files: an export's CSV or XLSX bytes encrypted as they are written and
//! decrypted as they are read, so the plaintext never touches the disk (no scratch files) and
//! a download can stream it chunk by chunk.
//!
//! The construction is STREAM (Hoang, Reyhanitabar, Rogaway, Vizár, "Online
//! Authenticated-Encryption and its Nonce-Reuse Misuse-Resistance", 2015): the plaintext is cut
//! into chunks, each sealed on its own with AES-256-GCM under a key of this file alone, with a
//! nonce made of the chunk's index and a flag that marks the last chunk. A reader therefore
//! detects a flipped byte (the chunk's tag), chunks dropped, duplicated or reordered (the index
//! in the nonce), a file cut short at any point — even exactly between two chunks (the last
//! chunk is sealed as last, and a non-last chunk followed by the end of the file fails), bytes
//! appended after the last chunk (it no longer opens as last), and chunks copied from another
//! export (another file key).
//!
//! File layout (version 1):
//!
//! ```text
//! header (49 bytes):
//!   magic "SCRMEXPT" (8) ‖ format (1 byte = 1) ‖ data key version (u32 BE)
//!   ‖ chunk size (u32 BE, the most plaintext bytes in one chunk) ‖ salt (32 random bytes)
//! then one or more chunks:
//!   plaintext length n (u32 BE, ≤ chunk size) ‖ AES-256-GCM ciphertext (n) ‖ tag (16)
//! ```
//!
//! * **File key**: HKDF-SHA256(salt = the header's salt, key = the tenant data key's
//!   `export-seal` subkey (HKDF as in `crypto::kdf`), info = the length-prefixed fields
//!   `scrm.archive.export-file-key.v1`, tenant id (i64 BE), export id). A fresh random salt per
//!   file makes every file's key unique, which is what lets the nonce be a plain counter.
//! * **Nonce** of chunk i: 3 zero bytes ‖ i (u64 BE) ‖ last (1 byte: 1 for the last chunk, else 0).
//! * **Associated data** of chunk i (length-prefixed fields, `crypto::framing`): the domain
//!   `scrm.archive.export.v1`, the whole header, the tenant id (i64 BE), the export id, i (u64
//!   BE), the last flag and n (u32 BE). Binding the header means a changed key version, chunk
//!   size or salt fails too; tenant and export id are bound twice (key and associated data).
//! * Chunks hold `chunk size` bytes (64 KiB by default) except where the writer was asked for a
//!   checkpoint (the pending bytes become a shorter chunk) and the last chunk, which may be
//!   empty. An empty export is a header and one empty last chunk.
//!
//! **Resuming.** [`SealedExportWriter::checkpoint`] seals what is pending and reports how many
//! bytes of the file are complete; a crashed job truncates the file there and
//! [`SealedExportWriter::resume`] continues it. The resumed writer re-reads (and authenticates)
//! the kept chunks to rebuild the SHA-256 of the plaintext, so nothing plaintext needs to be
//! stored beside the checkpoint.
//!
//! **Streaming readers** get authenticated plaintext chunk by chunk; a tampered or truncated
//! file yields an error at the first bad chunk. What came before it was authentic, but the
//! export as a whole is only good once [`SealedExportReader::next_chunk`] has returned
//! `Ok(None)`: a download must end in an error (an aborted body), never a clean end, when a
//! later chunk fails.

use std::fs::File;
use std::io::{self, BufRead, BufReader, ErrorKind, Read, Seek, SeekFrom, Write};

use aes_gcm::Aes256Gcm;
use aes_gcm::aead::{AeadInOut, KeyInit, Nonce, Tag};
use hkdf::Hkdf;
use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::ArchiveError;
use crate::crypto::framing::Framed;
use crate::crypto::kdf::PURPOSE_EXPORT_SEAL;
use crate::crypto::{KeyVersion, Keyring};

const MAGIC: [u8; 8] = *b"SCRMEXPT";
const FORMAT_V1: u8 = 1;
const SALT_LEN: usize = 32;
const HEADER_LEN: usize = MAGIC.len() + 1 + 4 + 4 + SALT_LEN;
const LENGTH_LEN: usize = 4;
const TAG_LEN: usize = 16;
const NONCE_LEN: usize = 12;

/// Plaintext bytes per chunk unless a checkpoint cuts one short: 64 KiB.
pub const DEFAULT_CHUNK_SIZE: usize = 64 * 1024;
/// The largest chunk size a header may name; bounds what a reader allocates for one chunk.
const MAX_CHUNK_SIZE: usize = 1 << 20;

const CHUNK_DOMAIN: &str = "scrm.archive.export.v1";
const FILE_KEY_DOMAIN: &str = "scrm.archive.export-file-key.v1";
const WHAT: &str = "sealed export file";

/// How far a writer has got, after [`SealedExportWriter::checkpoint`]: the first
/// `sealed_bytes` bytes of the file are complete chunks holding the first `plaintext_bytes`
/// bytes of the export. Store it (with the export's own position, e.g. rows written) once the
/// file is synced; it holds no secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SealedCheckpoint {
    pub sealed_bytes: u64,
    /// Chunks written, which is the index of the next chunk.
    pub chunks: u64,
    pub plaintext_bytes: u64,
}

/// What a finished file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedSummary {
    /// Size of the sealed file.
    pub sealed_bytes: u64,
    pub chunks: u64,
    /// Size of the export as downloaded.
    pub plaintext_bytes: u64,
    /// SHA-256 of the export as downloaded (what the manifest signs).
    pub plaintext_sha256: [u8; 32],
}

/// The parsed header of a sealed file.
#[derive(Clone)]
struct Header {
    bytes: [u8; HEADER_LEN],
    key_version: KeyVersion,
    chunk_size: usize,
}

impl Header {
    fn new(key_version: KeyVersion, chunk_size: usize) -> Result<Header, ArchiveError> {
        let size = u32::try_from(chunk_size)
            .ok()
            .filter(|_| (1..=MAX_CHUNK_SIZE).contains(&chunk_size))
            .ok_or(ArchiveError::InvalidExport {
                reason: "an export chunk size must be between 1 byte and 1 MiB",
            })?;
        let mut bytes = [0u8; HEADER_LEN];
        bytes[..8].copy_from_slice(&MAGIC);
        bytes[8] = FORMAT_V1;
        bytes[9..13].copy_from_slice(&key_version.to_be_bytes());
        bytes[13..17].copy_from_slice(&size.to_be_bytes());
        rand::rng().fill_bytes(&mut bytes[17..]);
        Ok(Header {
            bytes,
            key_version,
            chunk_size,
        })
    }

    fn parse(bytes: [u8; HEADER_LEN]) -> Result<Header, ArchiveError> {
        if bytes[..8] != MAGIC {
            return Err(malformed("not a sealed export file"));
        }
        if bytes[8] != FORMAT_V1 {
            return Err(malformed("unknown format"));
        }
        let mut version = [0u8; 4];
        version.copy_from_slice(&bytes[9..13]);
        let mut size = [0u8; 4];
        size.copy_from_slice(&bytes[13..17]);
        let chunk_size = u32::from_be_bytes(size) as usize;
        if !(1..=MAX_CHUNK_SIZE).contains(&chunk_size) {
            return Err(malformed("chunk size out of range"));
        }
        Ok(Header {
            bytes,
            key_version: KeyVersion::from_be_bytes(version),
            chunk_size,
        })
    }

    fn salt(&self) -> &[u8] {
        &self.bytes[HEADER_LEN - SALT_LEN..]
    }
}

/// One file's cipher and everything its chunks are bound to.
struct FileCipher {
    cipher: Aes256Gcm,
    header: Header,
    tenant_id: i64,
    export_id: String,
}

impl FileCipher {
    fn new(
        keyring: &Keyring,
        tenant_id: i64,
        export_id: &str,
        header: Header,
    ) -> Result<FileCipher, ArchiveError> {
        let data_key =
            keyring
                .get(header.key_version)
                .ok_or(ArchiveError::DataKeyVersionMissing {
                    version: header.key_version,
                })?;
        let subkey = data_key.derive_subkey(PURPOSE_EXPORT_SEAL);
        let mut info = Framed::new(FILE_KEY_DOMAIN);
        info.field(&tenant_id.to_be_bytes())
            .field(export_id.as_bytes());
        let hkdf = Hkdf::<Sha256>::new(Some(header.salt()), subkey.expose_secret());
        let mut key = Zeroizing::new([0u8; 32]);
        hkdf.expand(info.as_bytes(), key.as_mut())
            .map_err(|_| ArchiveError::EncryptionFailed { what: WHAT })?;
        let key_bytes: &[u8; 32] = &key;
        Ok(FileCipher {
            cipher: Aes256Gcm::new(key_bytes.into()),
            header,
            tenant_id,
            export_id: export_id.to_string(),
        })
    }

    fn nonce(index: u64, last: bool) -> Nonce<Aes256Gcm> {
        let mut nonce = [0u8; NONCE_LEN];
        nonce[3..11].copy_from_slice(&index.to_be_bytes());
        nonce[11] = u8::from(last);
        Nonce::<Aes256Gcm>::from(nonce)
    }

    fn associated_data(&self, index: u64, last: bool, length: u32) -> Framed {
        let mut associated_data = Framed::new(CHUNK_DOMAIN);
        associated_data
            .field(&self.header.bytes)
            .field(&self.tenant_id.to_be_bytes())
            .field(self.export_id.as_bytes())
            .field(&index.to_be_bytes())
            .field(&[u8::from(last)])
            .field(&length.to_be_bytes());
        associated_data
    }

    fn seal(
        &self,
        index: u64,
        last: bool,
        plaintext: &mut [u8],
    ) -> Result<Tag<Aes256Gcm>, ArchiveError> {
        let length = chunk_length(plaintext.len())?;
        let associated_data = self.associated_data(index, last, length);
        self.cipher
            .encrypt_inout_detached(
                &FileCipher::nonce(index, last),
                associated_data.as_bytes(),
                plaintext.into(),
            )
            .map_err(|_| ArchiveError::EncryptionFailed { what: WHAT })
    }

    fn open(&self, index: u64, last: bool, chunk: &mut [u8]) -> Result<(), ArchiveError> {
        let split = chunk
            .len()
            .checked_sub(TAG_LEN)
            .ok_or_else(|| malformed("truncated"))?;
        let (ciphertext, tag) = chunk.split_at_mut(split);
        let tag = Tag::<Aes256Gcm>::try_from(&*tag).map_err(|_| malformed("truncated"))?;
        let length = chunk_length(ciphertext.len())?;
        let associated_data = self.associated_data(index, last, length);
        let opened = self.cipher.decrypt_inout_detached(
            &FileCipher::nonce(index, last),
            associated_data.as_bytes(),
            ciphertext.into(),
            &tag,
        );
        if opened.is_err() {
            // Leave no unauthenticated plaintext behind.
            ciphertext.zeroize();
            return Err(ArchiveError::IntegrityViolation { what: WHAT });
        }
        Ok(())
    }
}

fn chunk_length(length: usize) -> Result<u32, ArchiveError> {
    u32::try_from(length).map_err(|_| malformed("chunk too long"))
}

fn malformed(reason: &'static str) -> ArchiveError {
    ArchiveError::MalformedCiphertext { what: WHAT, reason }
}

fn write_error(source: io::Error) -> ArchiveError {
    ArchiveError::Stream {
        operation: "writing a sealed export file",
        source,
    }
}

fn read_error(source: io::Error) -> ArchiveError {
    ArchiveError::Stream {
        operation: "reading a sealed export file",
        source,
    }
}

/// Encrypts an export as it is written. Implements [`Write`]; nothing reaches `out` unsealed.
///
/// Up to one chunk of plaintext is held in memory (zeroized when dropped) until it fills, a
/// [`checkpoint`](Self::checkpoint) seals it early, or [`finish`](Self::finish) seals it as the
/// last chunk. A writer dropped without `finish` leaves a file that every reader refuses
/// (no last chunk) — and that [`resume`](Self::resume) can continue from a checkpoint.
///
/// After a failed write the writer refuses further writes: resume from the last checkpoint.
pub struct SealedExportWriter<W: Write> {
    out: W,
    file: FileCipher,
    /// The next chunk being filled: 4 bytes reserved for its length, then plaintext; sealed in
    /// place and written with its tag in one call.
    pending: Zeroizing<Vec<u8>>,
    next_index: u64,
    sealed_bytes: u64,
    plaintext_bytes: u64,
    sha256: Sha256,
    broken: bool,
}

impl<W: Write> std::fmt::Debug for SealedExportWriter<W> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("SealedExportWriter")
            .field("export_id", &self.file.export_id)
            .field("chunks", &self.next_index)
            .field("plaintext_bytes", &self.plaintext_bytes)
            .finish()
    }
}

/// What reading back a file's complete chunks established, to continue it.
struct Resumed {
    file: FileCipher,
    chunks: u64,
    plaintext_bytes: u64,
    sha256: Sha256,
}

impl<W: Write> SealedExportWriter<W> {
    /// Starts a sealed file on `out` for `export_id` of `tenant_id`, under the keyring's
    /// current data key, in chunks of [`DEFAULT_CHUNK_SIZE`]. Writes the header at once.
    pub fn create(
        out: W,
        keyring: &Keyring,
        tenant_id: i64,
        export_id: &str,
    ) -> Result<Self, ArchiveError> {
        Self::with_chunk_size(out, keyring, tenant_id, export_id, DEFAULT_CHUNK_SIZE)
    }

    /// As [`create`](Self::create), with chunks of `chunk_size` plaintext bytes (1 B to 1 MiB).
    pub fn with_chunk_size(
        mut out: W,
        keyring: &Keyring,
        tenant_id: i64,
        export_id: &str,
        chunk_size: usize,
    ) -> Result<Self, ArchiveError> {
        let version = keyring
            .current_version()
            .ok_or(ArchiveError::KeyringEmpty)?;
        let header = Header::new(version, chunk_size)?;
        let file = FileCipher::new(keyring, tenant_id, export_id, header)?;
        out.write_all(&file.header.bytes).map_err(write_error)?;
        Ok(Self::from_parts(
            out,
            Resumed {
                file,
                chunks: 0,
                plaintext_bytes: 0,
                sha256: Sha256::new(),
            },
            HEADER_LEN as u64,
        ))
    }

    /// Continues a file whose first `checkpoint.sealed_bytes` bytes are read from `prefix`,
    /// appending to `out`, which must be positioned right after them (the caller truncated
    /// the file there). Every kept chunk is authenticated and hashed again; a prefix that
    /// does not open, or does not match the checkpoint, is refused.
    pub fn resume_after(
        prefix: impl Read,
        out: W,
        keyring: &Keyring,
        tenant_id: i64,
        export_id: &str,
        checkpoint: SealedCheckpoint,
    ) -> Result<Self, ArchiveError> {
        let resumed = read_prefix(prefix, keyring, tenant_id, export_id, checkpoint)?;
        Ok(Self::from_parts(out, resumed, checkpoint.sealed_bytes))
    }

    fn from_parts(out: W, resumed: Resumed, sealed_bytes: u64) -> Self {
        let mut pending = Zeroizing::new(Vec::with_capacity(
            LENGTH_LEN + resumed.file.header.chunk_size + TAG_LEN,
        ));
        pending.extend_from_slice(&[0; LENGTH_LEN]);
        SealedExportWriter {
            out,
            file: resumed.file,
            pending,
            next_index: resumed.chunks,
            sealed_bytes,
            plaintext_bytes: resumed.plaintext_bytes,
            sha256: resumed.sha256,
            broken: false,
        }
    }

    /// Seals the pending bytes (if any) as a chunk, flushes `out`, and reports how far the file
    /// is complete. Sync the file (`get_ref().sync_data()`) before recording the checkpoint.
    pub fn checkpoint(&mut self) -> Result<SealedCheckpoint, ArchiveError> {
        self.check_usable()?;
        if self.pending.len() > LENGTH_LEN {
            self.seal_pending(false)?;
        }
        self.out.flush().map_err(write_error)?;
        Ok(SealedCheckpoint {
            sealed_bytes: self.sealed_bytes,
            chunks: self.next_index,
            plaintext_bytes: self.plaintext_bytes,
        })
    }

    /// Plaintext bytes accepted so far (sealed or pending).
    pub fn plaintext_bytes(&self) -> u64 {
        self.plaintext_bytes
    }

    /// The output, e.g. to sync a file after a checkpoint.
    pub fn get_ref(&self) -> &W {
        &self.out
    }

    /// Seals the rest as the last chunk and returns the output with what the file holds.
    pub fn finish(mut self) -> Result<(W, SealedSummary), ArchiveError> {
        self.check_usable()?;
        self.seal_pending(true)?;
        self.out.flush().map_err(write_error)?;
        let summary = SealedSummary {
            sealed_bytes: self.sealed_bytes,
            chunks: self.next_index,
            plaintext_bytes: self.plaintext_bytes,
            plaintext_sha256: self.sha256.finalize().into(),
        };
        Ok((self.out, summary))
    }

    fn check_usable(&self) -> Result<(), ArchiveError> {
        if self.broken {
            return Err(write_error(io::Error::other(
                "an earlier write failed; resume from the last checkpoint",
            )));
        }
        Ok(())
    }

    fn seal_pending(&mut self, last: bool) -> Result<(), ArchiveError> {
        // Until the chunk is out in full, a failure leaves the file in an unknown state.
        self.broken = true;
        let length = chunk_length(self.pending.len() - LENGTH_LEN)?;
        self.pending[..LENGTH_LEN].copy_from_slice(&length.to_be_bytes());
        let tag = self
            .file
            .seal(self.next_index, last, &mut self.pending[LENGTH_LEN..])?;
        self.pending.extend_from_slice(&tag);
        self.out.write_all(&self.pending).map_err(write_error)?;
        self.sealed_bytes += self.pending.len() as u64;
        self.next_index += 1;
        self.pending.truncate(LENGTH_LEN);
        self.broken = false;
        Ok(())
    }
}

impl SealedExportWriter<File> {
    /// Continues the sealed file `file` after a crash: truncates it to
    /// `checkpoint.sealed_bytes`, authenticates and hashes what is kept, and appends from there.
    /// The export must go on from the position recorded with the checkpoint (for a table, the
    /// row after the last one written before it).
    pub fn resume(
        mut file: File,
        keyring: &Keyring,
        tenant_id: i64,
        export_id: &str,
        checkpoint: SealedCheckpoint,
    ) -> Result<Self, ArchiveError> {
        let length = file.metadata().map_err(write_error)?.len();
        if length < checkpoint.sealed_bytes {
            return Err(malformed("the file is shorter than its checkpoint"));
        }
        file.set_len(checkpoint.sealed_bytes).map_err(write_error)?;
        file.seek(SeekFrom::Start(0)).map_err(write_error)?;
        let resumed = read_prefix(
            (&file).take(checkpoint.sealed_bytes),
            keyring,
            tenant_id,
            export_id,
            checkpoint,
        )?;
        file.seek(SeekFrom::Start(checkpoint.sealed_bytes))
            .map_err(write_error)?;
        Ok(Self::from_parts(file, resumed, checkpoint.sealed_bytes))
    }
}

fn read_prefix(
    prefix: impl Read,
    keyring: &Keyring,
    tenant_id: i64,
    export_id: &str,
    checkpoint: SealedCheckpoint,
) -> Result<Resumed, ArchiveError> {
    let mut reader = SealedExportReader::open_with(prefix, keyring, tenant_id, export_id, true)?;
    let mut sha256 = Sha256::new();
    let mut plaintext_bytes = 0u64;
    while let Some(chunk) = reader.next_chunk()? {
        sha256.update(&chunk);
        plaintext_bytes += chunk.len() as u64;
    }
    let sealed_bytes = reader.consumed;
    if reader.next_index != checkpoint.chunks
        || plaintext_bytes != checkpoint.plaintext_bytes
        || sealed_bytes != checkpoint.sealed_bytes
    {
        return Err(malformed("the file does not match its checkpoint"));
    }
    Ok(Resumed {
        file: reader.file,
        chunks: reader.next_index,
        plaintext_bytes,
        sha256,
    })
}

impl<W: Write> Write for SealedExportWriter<W> {
    fn write(&mut self, mut buf: &[u8]) -> io::Result<usize> {
        self.check_usable().map_err(io::Error::other)?;
        let written = buf.len();
        let chunk_size = self.file.header.chunk_size;
        while !buf.is_empty() {
            let room = LENGTH_LEN + chunk_size - self.pending.len();
            let (now, rest) = buf.split_at(room.min(buf.len()));
            self.pending.extend_from_slice(now);
            self.sha256.update(now);
            self.plaintext_bytes += now.len() as u64;
            buf = rest;
            if self.pending.len() == LENGTH_LEN + chunk_size {
                self.seal_pending(false).map_err(io::Error::other)?;
            }
        }
        Ok(written)
    }

    /// Flushes the output. Pending plaintext stays pending (it can only leave sealed, as a
    /// chunk): use [`checkpoint`](SealedExportWriter::checkpoint) to seal it early.
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ReadState {
    Chunks,
    Done,
    Failed,
}

/// Decrypts a sealed export file chunk by chunk ([`next_chunk`](Self::next_chunk), or as an
/// [`Iterator`]), or as a [`Read`]er. Each chunk is authenticated before any of it is returned.
pub struct SealedExportReader<R: Read> {
    input: BufReader<R>,
    file: FileCipher,
    next_index: u64,
    /// Sealed bytes read so far (header and whole chunks).
    consumed: u64,
    state: ReadState,
    /// The file ends without a last chunk (a prefix read to resume a writer).
    prefix_only: bool,
    /// For `Read`: the current chunk's plaintext and how much of it was handed out.
    current: Zeroizing<Vec<u8>>,
    position: usize,
}

impl<R: Read> std::fmt::Debug for SealedExportReader<R> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("SealedExportReader")
            .field("export_id", &self.file.export_id)
            .field("next_chunk", &self.next_index)
            .finish()
    }
}

impl<R: Read> SealedExportReader<R> {
    /// Reads the header of a sealed file made for `export_id` of `tenant_id`. The keyring must
    /// hold the data key version the header names.
    pub fn open(
        input: R,
        keyring: &Keyring,
        tenant_id: i64,
        export_id: &str,
    ) -> Result<Self, ArchiveError> {
        Self::open_with(input, keyring, tenant_id, export_id, false)
    }

    fn open_with(
        input: R,
        keyring: &Keyring,
        tenant_id: i64,
        export_id: &str,
        prefix_only: bool,
    ) -> Result<Self, ArchiveError> {
        let mut input = BufReader::with_capacity(DEFAULT_CHUNK_SIZE + 64, input);
        let mut header = [0u8; HEADER_LEN];
        read_exactly(&mut input, &mut header)?;
        let header = Header::parse(header)?;
        let file = FileCipher::new(keyring, tenant_id, export_id, header)?;
        Ok(SealedExportReader {
            input,
            file,
            next_index: 0,
            consumed: HEADER_LEN as u64,
            state: ReadState::Chunks,
            prefix_only,
            current: Zeroizing::new(Vec::new()),
            position: 0,
        })
    }

    /// The data key version the file is sealed under.
    pub fn key_version(&self) -> KeyVersion {
        self.file.header.key_version
    }

    /// The next chunk's plaintext, authenticated; `Ok(None)` once the last chunk was returned
    /// and the file ends there. Any tampering is an error, and so is every call after one.
    pub fn next_chunk(&mut self) -> Result<Option<Vec<u8>>, ArchiveError> {
        match self.state {
            ReadState::Done => return Ok(None),
            ReadState::Failed => return Err(ArchiveError::IntegrityViolation { what: WHAT }),
            ReadState::Chunks => {}
        }
        self.state = ReadState::Failed;
        let mut length = [0u8; LENGTH_LEN];
        let got = read_up_to(&mut self.input, &mut length)?;
        if got == 0 && self.prefix_only {
            self.state = ReadState::Done;
            return Ok(None);
        }
        if got < LENGTH_LEN {
            // Ends without a last chunk: cut short (between chunks when `got` is 0).
            return Err(malformed("truncated"));
        }
        let length = u32::from_be_bytes(length) as usize;
        if length > self.file.header.chunk_size {
            return Err(malformed("a chunk is longer than the header allows"));
        }
        let mut chunk = vec![0u8; length + TAG_LEN];
        read_exactly(&mut self.input, &mut chunk)?;
        let at_end = self.input.fill_buf().map_err(read_error)?.is_empty();
        let last = at_end && !self.prefix_only;
        self.file.open(self.next_index, last, &mut chunk)?;
        chunk.truncate(length);
        self.next_index += 1;
        self.consumed += (LENGTH_LEN + length + TAG_LEN) as u64;
        self.state = if last {
            ReadState::Done
        } else {
            ReadState::Chunks
        };
        Ok(Some(chunk))
    }
}

impl<R: Read> Iterator for SealedExportReader<R> {
    type Item = Result<Vec<u8>, ArchiveError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.state == ReadState::Failed {
            // One error per file: an iterator that failed is over.
            return None;
        }
        self.next_chunk().transpose()
    }
}

impl<R: Read> Read for SealedExportReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.position == self.current.len() {
            match self.next_chunk() {
                Ok(Some(chunk)) => {
                    self.current.zeroize();
                    *self.current = chunk;
                    self.position = 0;
                }
                Ok(None) => return Ok(0),
                Err(error) => return Err(io::Error::new(ErrorKind::InvalidData, error)),
            }
        }
        let count = buf.len().min(self.current.len() - self.position);
        buf[..count].copy_from_slice(&self.current[self.position..self.position + count]);
        self.position += count;
        Ok(count)
    }
}

/// Fills `buf` from `input`, or says how many bytes there were before the end.
fn read_up_to(input: &mut impl Read, buf: &mut [u8]) -> Result<usize, ArchiveError> {
    let mut filled = 0;
    while filled < buf.len() {
        match input.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(count) => filled += count,
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(error) => return Err(read_error(error)),
        }
    }
    Ok(filled)
}

fn read_exactly(input: &mut impl Read, buf: &mut [u8]) -> Result<(), ArchiveError> {
    if read_up_to(input, buf)? < buf.len() {
        return Err(malformed("truncated"));
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::ArchiveErrorCode;
    use crate::crypto::DataKey;
    use proptest::prelude::*;

    fn keyring() -> Keyring {
        let mut keyring = Keyring::new();
        keyring.insert(1, DataKey::generate()).unwrap();
        keyring
    }

    /// Seals `content`, written in pieces of `piece` bytes.
    fn seal(
        keyring: &Keyring,
        tenant_id: i64,
        export_id: &str,
        content: &[u8],
        chunk_size: usize,
        piece: usize,
    ) -> (Vec<u8>, SealedSummary) {
        let mut writer = SealedExportWriter::with_chunk_size(
            Vec::new(),
            keyring,
            tenant_id,
            export_id,
            chunk_size,
        )
        .unwrap();
        for part in content.chunks(piece.max(1)) {
            writer.write_all(part).unwrap();
        }
        writer.finish().unwrap()
    }

    fn open_all(
        keyring: &Keyring,
        tenant_id: i64,
        export_id: &str,
        sealed: &[u8],
    ) -> Result<Vec<u8>, ArchiveError> {
        let mut reader = SealedExportReader::open(sealed, keyring, tenant_id, export_id)?;
        let mut plaintext = Vec::new();
        while let Some(chunk) = reader.next_chunk()? {
            plaintext.extend_from_slice(&chunk);
        }
        Ok(plaintext)
    }

    fn fails_integrity(result: Result<Vec<u8>, ArchiveError>) -> bool {
        matches!(result, Err(error) if error.code() == ArchiveErrorCode::IntegrityViolation)
    }

    /// The byte ranges of each chunk of a sealed file.
    fn chunk_ranges(sealed: &[u8]) -> Vec<std::ops::Range<usize>> {
        let mut ranges = Vec::new();
        let mut at = HEADER_LEN;
        while at < sealed.len() {
            let length = u32::from_be_bytes(sealed[at..at + 4].try_into().unwrap()) as usize;
            let end = at + LENGTH_LEN + length + TAG_LEN;
            ranges.push(at..end);
            at = end;
        }
        ranges
    }

    #[test]
    fn the_layout_is_header_then_length_prefixed_chunks() {
        let keyring = keyring();
        let content = "客户说：保本保收益".repeat(100);
        let (sealed, summary) = seal(&keyring, 7, "42", content.as_bytes(), 1000, 333);
        assert_eq!(&sealed[..8], b"SCRMEXPT");
        assert_eq!(sealed[8], 1);
        assert_eq!(&sealed[9..13], &1u32.to_be_bytes());
        assert_eq!(&sealed[13..17], &1000u32.to_be_bytes());
        let chunks = content.len().div_ceil(1000) as u64;
        assert_eq!(summary.chunks, chunks);
        assert_eq!(summary.plaintext_bytes, content.len() as u64);
        assert_eq!(summary.sealed_bytes, sealed.len() as u64);
        assert_eq!(
            sealed.len(),
            HEADER_LEN + content.len() + chunks as usize * (LENGTH_LEN + TAG_LEN)
        );
        assert_eq!(
            summary.plaintext_sha256,
            <[u8; 32]>::from(Sha256::digest(content.as_bytes()))
        );
        let text = String::from_utf8_lossy(&sealed);
        assert!(!text.contains("保本"), "no plaintext in the file");
        assert_eq!(
            open_all(&keyring, 7, "42", &sealed).unwrap(),
            content.as_bytes()
        );
    }

    #[test]
    fn an_empty_export_is_one_empty_last_chunk_and_a_bare_header_is_refused() {
        let keyring = keyring();
        let (sealed, summary) = seal(&keyring, 1, "e", b"", 64, 1);
        assert_eq!(summary.chunks, 1);
        assert_eq!(sealed.len(), HEADER_LEN + LENGTH_LEN + TAG_LEN);
        assert_eq!(open_all(&keyring, 1, "e", &sealed).unwrap(), b"");
        let error = open_all(&keyring, 1, "e", &sealed[..HEADER_LEN]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "sealed export file is malformed: truncated"
        );
    }

    #[test]
    fn errors_name_the_file_never_its_content() {
        let keyring = keyring();
        let (mut sealed, _) = seal(&keyring, 1, "x", "机密内容".as_bytes(), 64, 64);
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        let error = open_all(&keyring, 1, "x", &sealed).unwrap_err();
        assert_eq!(
            error.to_string(),
            "integrity check failed for sealed export file: it was altered, moved, or opened with the wrong key"
        );
        assert!(
            open_all(
                &keyring,
                1,
                "x",
                &b"PK\x03\x04 a zip file, not sealed".repeat(4)
            )
            .unwrap_err()
            .to_string()
            .contains("not a sealed export file")
        );
        let other = {
            let mut keyring = Keyring::new();
            keyring.insert(2, DataKey::generate()).unwrap();
            keyring
        };
        assert_eq!(
            open_all(&other, 1, "x", &sealed).unwrap_err().code(),
            ArchiveErrorCode::KeyUnavailable
        );
    }

    #[test]
    fn the_reader_is_a_read_and_an_iterator() {
        let keyring = keyring();
        let content: Vec<u8> = (0..10_000u32).map(|value| value as u8).collect();
        let (sealed, _) = seal(&keyring, 1, "r", &content, 999, 100);
        let mut read_back = Vec::new();
        SealedExportReader::open(sealed.as_slice(), &keyring, 1, "r")
            .unwrap()
            .read_to_end(&mut read_back)
            .unwrap();
        assert_eq!(read_back, content);
        let chunks: Vec<Vec<u8>> = SealedExportReader::open(sealed.as_slice(), &keyring, 1, "r")
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(chunks.len(), 11);
        assert_eq!(chunks.concat(), content);

        let mut truncated =
            SealedExportReader::open(&sealed[..sealed.len() - 1], &keyring, 1, "r").unwrap();
        let error = truncated.read_to_end(&mut Vec::new()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidData);
    }

    #[test]
    fn a_file_resumes_from_a_checkpoint_after_a_crash() {
        let keyring = keyring();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.sealed");
        let file = File::create(&path).unwrap();
        let mut writer = SealedExportWriter::with_chunk_size(file, &keyring, 3, "9", 50).unwrap();
        writer.write_all(&[b'a'; 120]).unwrap();
        let checkpoint = writer.checkpoint().unwrap();
        writer.get_ref().sync_data().unwrap();
        assert_eq!(
            checkpoint.chunks, 3,
            "two full chunks and the 20 pending bytes"
        );
        assert_eq!(checkpoint.plaintext_bytes, 120);
        // Work after the checkpoint that the crash loses: a full chunk and pending bytes.
        writer.write_all(&[b'b'; 70]).unwrap();
        drop(writer);
        assert!(std::fs::metadata(&path).unwrap().len() > checkpoint.sealed_bytes);
        assert!(fails_integrity(open_all(
            &keyring,
            3,
            "9",
            &std::fs::read(&path).unwrap()
        )));

        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&path)
            .unwrap();
        let mut writer = SealedExportWriter::resume(file, &keyring, 3, "9", checkpoint).unwrap();
        assert_eq!(writer.plaintext_bytes(), 120);
        writer.write_all(&[b'c'; 30]).unwrap();
        let (_, summary) = writer.finish().unwrap();
        let mut expected = vec![b'a'; 120];
        expected.extend_from_slice(&[b'c'; 30]);
        assert_eq!(
            summary.plaintext_sha256,
            <[u8; 32]>::from(Sha256::digest(&expected)),
            "the hash covers the kept part too"
        );
        let sealed = std::fs::read(&path).unwrap();
        assert_eq!(summary.sealed_bytes, sealed.len() as u64);
        assert_eq!(open_all(&keyring, 3, "9", &sealed).unwrap(), expected);
    }

    #[test]
    fn resuming_refuses_a_checkpoint_that_does_not_fit_the_file() {
        let keyring = keyring();
        let mut writer =
            SealedExportWriter::with_chunk_size(Vec::new(), &keyring, 3, "9", 50).unwrap();
        writer.write_all(&[1; 75]).unwrap();
        let checkpoint = writer.checkpoint().unwrap();
        let (sealed, _) = writer.finish().unwrap();
        let prefix = &sealed[..checkpoint.sealed_bytes as usize];
        let resume = |checkpoint, export_id: &str, prefix: &[u8]| {
            SealedExportWriter::resume_after(prefix, Vec::new(), &keyring, 3, export_id, checkpoint)
                .map(|_| ())
        };
        assert!(resume(checkpoint, "9", prefix).is_ok());
        let wrong = SealedCheckpoint {
            chunks: 1,
            ..checkpoint
        };
        assert!(resume(wrong, "9", prefix).is_err());
        let wrong = SealedCheckpoint {
            plaintext_bytes: 74,
            ..checkpoint
        };
        assert!(resume(wrong, "9", prefix).is_err());
        assert!(
            resume(checkpoint, "10", prefix).is_err(),
            "another export's file"
        );
        let mut flipped = prefix.to_vec();
        flipped[HEADER_LEN + 10] ^= 1;
        assert!(resume(checkpoint, "9", &flipped).is_err());
    }

    fn content() -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(any::<u8>(), 0..3000)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn any_content_and_chunking_round_trips(
            content in content(),
            chunk_size in 1usize..700,
            piece in 1usize..900,
            checkpoint_every in 0usize..5,
        ) {
            let keyring = keyring();
            let mut writer =
                SealedExportWriter::with_chunk_size(Vec::new(), &keyring, 5, "exp-1", chunk_size).unwrap();
            for (number, part) in content.chunks(piece).enumerate() {
                writer.write_all(part).unwrap();
                if checkpoint_every > 0 && number % checkpoint_every == 0 {
                    let checkpoint = writer.checkpoint().unwrap();
                    prop_assert_eq!(checkpoint.sealed_bytes, writer.get_ref().len() as u64);
                }
            }
            let (sealed, summary) = writer.finish().unwrap();
            prop_assert_eq!(summary.plaintext_bytes, content.len() as u64);
            prop_assert_eq!(open_all(&keyring, 5, "exp-1", &sealed).unwrap(), content);
        }

        #[test]
        fn resuming_at_any_checkpoint_gives_the_same_plaintext(
            content in content(),
            chunk_size in 1usize..500,
            cut in any::<prop::sample::Index>(),
        ) {
            let keyring = keyring();
            let cut = cut.index(content.len() + 1);
            let mut writer =
                SealedExportWriter::with_chunk_size(Vec::new(), &keyring, 5, "e", chunk_size).unwrap();
            writer.write_all(&content[..cut]).unwrap();
            let checkpoint = writer.checkpoint().unwrap();
            // The crash: whatever was written after the checkpoint is lost.
            writer.write_all(b"lost").unwrap();
            let written = writer.get_ref().clone();
            let prefix = &written[..checkpoint.sealed_bytes as usize];
            let mut resumed = SealedExportWriter::resume_after(
                prefix, prefix.to_vec(), &keyring, 5, "e", checkpoint,
            ).unwrap();
            resumed.write_all(&content[cut..]).unwrap();
            let (sealed, summary) = resumed.finish().unwrap();
            prop_assert_eq!(summary.plaintext_sha256, <[u8; 32]>::from(Sha256::digest(&content)));
            prop_assert_eq!(open_all(&keyring, 5, "e", &sealed).unwrap(), content);
        }

        #[test]
        fn any_flipped_bit_fails(
            content in content(),
            position in any::<prop::sample::Index>(),
            bit in 0u8..8,
        ) {
            let keyring = keyring();
            let (mut sealed, _) = seal(&keyring, 5, "e", &content, 256, 100);
            let position = position.index(sealed.len());
            sealed[position] ^= 1 << bit;
            let opened = open_all(&keyring, 5, "e", &sealed);
            // The key version field names a key this keyring lacks; everything else is an
            // integrity failure (malformed counts as one).
            if (9..13).contains(&position) {
                prop_assert!(opened.is_err());
            } else {
                prop_assert!(fails_integrity(opened));
            }
        }

        #[test]
        fn truncation_at_any_point_fails(content in content(), cut in any::<prop::sample::Index>()) {
            let keyring = keyring();
            let (sealed, _) = seal(&keyring, 5, "e", &content, 200, 77);
            let cut = cut.index(sealed.len());
            prop_assert!(fails_integrity(open_all(&keyring, 5, "e", &sealed[..cut])));
            // And the reader yielded only authentic chunks before failing.
            let mut reader = SealedExportReader::open(&sealed[..cut], &keyring, 5, "e");
            if let Ok(reader) = reader.as_mut() {
                let mut seen = Vec::new();
                while let Ok(Some(chunk)) = reader.next_chunk() {
                    seen.extend_from_slice(&chunk);
                }
                prop_assert!(content.starts_with(&seen));
            }
        }

        #[test]
        fn dropped_duplicated_reordered_or_appended_chunks_fail(
            content in prop::collection::vec(any::<u8>(), 1..3000),
            pick in any::<prop::sample::Index>(),
            other in any::<prop::sample::Index>(),
        ) {
            let keyring = keyring();
            let (sealed, _) = seal(&keyring, 5, "e", &content, 128, 1000);
            let ranges = chunk_ranges(&sealed);
            let header = &sealed[..HEADER_LEN];
            let chunk = |index: usize| &sealed[ranges[index].clone()];
            let rebuild = |order: &[usize]| {
                let mut file = header.to_vec();
                for index in order {
                    file.extend_from_slice(chunk(*index));
                }
                file
            };
            let all: Vec<usize> = (0..ranges.len()).collect();
            prop_assert_eq!(rebuild(&all), sealed.clone());
            let pick = pick.index(ranges.len());
            let other = other.index(ranges.len());

            let mut dropped = all.clone();
            dropped.remove(pick);
            prop_assert!(fails_integrity(open_all(&keyring, 5, "e", &rebuild(&dropped))));

            let mut duplicated = all.clone();
            duplicated.insert(pick, pick);
            prop_assert!(fails_integrity(open_all(&keyring, 5, "e", &rebuild(&duplicated))));

            if pick != other {
                let mut swapped = all.clone();
                swapped.swap(pick, other);
                prop_assert!(fails_integrity(open_all(&keyring, 5, "e", &rebuild(&swapped))));
            }
            let mut appended = sealed.clone();
            appended.extend_from_slice(chunk(pick));
            prop_assert!(fails_integrity(open_all(&keyring, 5, "e", &appended)));
        }

        #[test]
        fn another_export_tenant_or_file_does_not_open(
            content in prop::collection::vec(any::<u8>(), 1..1000),
            tenant_id in any::<i64>(),
            other_tenant in any::<i64>(),
        ) {
            prop_assume!(tenant_id != other_tenant);
            let keyring = keyring();
            let (sealed, _) = seal(&keyring, tenant_id, "41", &content, 100, 100);
            prop_assert!(fails_integrity(open_all(&keyring, tenant_id, "42", &sealed)));
            prop_assert!(fails_integrity(open_all(&keyring, other_tenant, "41", &sealed)));

            // The same content sealed again for the same export (a restarted job): chunks do
            // not move between the two files, nor does a header.
            let (again, _) = seal(&keyring, tenant_id, "41", &content, 100, 100);
            let mut spliced = again[..HEADER_LEN].to_vec();
            spliced.extend_from_slice(&sealed[HEADER_LEN..]);
            prop_assert!(fails_integrity(open_all(&keyring, tenant_id, "41", &spliced)));
            let first = chunk_ranges(&sealed)[0].clone();
            let mut mixed = again.clone();
            mixed.splice(first.clone(), sealed[first].iter().copied());
            prop_assert!(fails_integrity(open_all(&keyring, tenant_id, "41", &mixed)));
        }
    }
}
