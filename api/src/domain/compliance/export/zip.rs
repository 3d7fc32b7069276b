//! A small streaming ZIP writer: just what an XLSX workbook needs.
//!
//! Why not a crate: `rust_xlsxwriter` needs `Write + Seek` to save a workbook, and its
//! constant-memory mode keeps each worksheet in a temporary file until the workbook is saved —
//! plaintext on disk, which exports must never write (docs/ARCHIVE.md). The `zip` crate can
//! stream to a plain `Write`, but its writer's state (entries so far, CRC and sizes of the open
//! entry) is private, and a resumable export needs exactly that state. The format is small
//! (PKWARE APPNOTE 6.3.x, sections 4.3 and 4.4), so it is written here, with raw deflate from
//! `flate2` and CRC-32 from `crc32fast`:
//!
//! * each entry: a local file header with general-purpose flag bit 3 (sizes and CRC follow
//!   the data in a data descriptor, so nothing is written twice and the output needs no
//!   `Seek`) and bit 11 (UTF-8 names), deflated data, then the data descriptor;
//! * at the end, the central directory and its end record. Entries stay below 4 GiB (the XLSX
//!   writer starts a new sheet well before), so only offsets can need ZIP64: when the
//!   archive passes 4 GiB, entries past it get a ZIP64 extra field with their offset, and the
//!   end has a ZIP64 end record and locator.
//! * Every entry is stamped 1980-01-01 00:00 (the DOS epoch), so the same table gives the same
//!   bytes (and the same SHA-256 in its manifest).
//!
//! **Resuming.** [`ZipStream::checkpoint`] sync-flushes the compressor (so every byte of data
//! so far is in the output, ending on a byte boundary, and the deflate stream is not closed)
//! and returns the container's state: entries so far, and the open entry's offset, CRC and
//! sizes. [`ZipStream::resume`] continues from that state on an output positioned at its
//! offset, with a fresh compressor: its blocks simply follow the flushed ones in the same
//! deflate stream (a fresh compressor refers to nothing before it), and the CRC continues
//! from the stored value.
//!
//! Memory: one 64 KiB output buffer and the deflate state; the central directory keeps one
//! small record per entry (an XLSX has a handful).

use std::io::{self, Write};

use flate2::{Compress, Compression, FlushCompress, Status};
use serde::{Deserialize, Serialize};

const LOCAL_HEADER: u32 = 0x0403_4b50;
const DATA_DESCRIPTOR: u32 = 0x0807_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_CENTRAL_DIRECTORY: u32 = 0x0605_4b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY: u32 = 0x0606_4b50;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;
/// Bit 3: sizes in a data descriptor; bit 11: the name is UTF-8.
const FLAGS: u16 = 0x0008 | 0x0800;
const DEFLATE: u16 = 8;
const VERSION_DEFLATE: u16 = 20;
const VERSION_ZIP64: u16 = 45;
/// 1980-01-01 in MS-DOS date format (years since 1980, month, day); time 00:00:00.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
const U32_LIMIT: u64 = 0xFFFF_FFFF;
const OUTPUT_BUFFER: usize = 64 * 1024;

/// The most uncompressed bytes one entry may hold: deflate can grow incompressible data by a
/// few bytes per 16 KiB block, so leave room below 4 GiB for the compressed size as well.
pub(super) const MAX_ENTRY_BYTES: u64 = 0xF000_0000;

/// A finished entry, as the central directory needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct EntryRecord {
    name: String,
    offset: u64,
    crc: u32,
    compressed: u64,
    uncompressed: u64,
}

/// The entry being written.
struct OpenEntry {
    name: String,
    offset: u64,
    crc: crc32fast::Hasher,
    compressed_at_start: u64,
    uncompressed: u64,
}

/// The open entry at a checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct OpenEntryState {
    name: String,
    offset: u64,
    /// Where its deflated data starts.
    data_offset: u64,
    crc: u32,
    uncompressed: u64,
}

/// Everything needed to continue a ZIP stream (see the module documentation). Entry names
/// and sizes only, no content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct ZipState {
    /// Bytes of the archive written, which the output must hold when resuming.
    pub(super) offset: u64,
    entries: Vec<EntryRecord>,
    open: Option<OpenEntryState>,
}

/// Writes a ZIP archive to `out` entry by entry; see the module documentation.
pub(super) struct ZipStream<W: Write> {
    out: W,
    /// Bytes written to `out` so far: the offset of whatever comes next.
    offset: u64,
    entries: Vec<EntryRecord>,
    open: Option<OpenEntry>,
    deflate: Compress,
    buffer: Vec<u8>,
    /// Test hook: write ZIP64 records even for a small archive.
    force_zip64: bool,
}

impl<W: Write> ZipStream<W> {
    pub(super) fn new(out: W, level: u32) -> ZipStream<W> {
        ZipStream {
            out,
            offset: 0,
            entries: Vec::new(),
            open: None,
            deflate: Compress::new(Compression::new(level), false),
            buffer: vec![0; OUTPUT_BUFFER],
            force_zip64: false,
        }
    }

    /// Sync-flushes the open entry's compressor and returns the state to resume from.
    pub(super) fn checkpoint(&mut self) -> io::Result<ZipState> {
        if self.open.is_some() {
            self.compress(&[], FlushCompress::Sync)?;
        }
        self.out.flush()?;
        Ok(ZipState {
            offset: self.offset,
            entries: self.entries.clone(),
            open: self.open.as_ref().map(|entry| OpenEntryState {
                name: entry.name.clone(),
                offset: entry.offset,
                data_offset: entry.compressed_at_start,
                crc: entry.crc.clone().finalize(),
                uncompressed: entry.uncompressed,
            }),
        })
    }

    /// Continues from `state` on `out`, which holds exactly the first `state.offset` bytes.
    pub(super) fn resume(out: W, level: u32, state: &ZipState) -> ZipStream<W> {
        let mut zip = ZipStream::new(out, level);
        zip.offset = state.offset;
        zip.entries = state.entries.clone();
        zip.open = state.open.as_ref().map(|entry| OpenEntry {
            name: entry.name.clone(),
            offset: entry.offset,
            crc: crc32fast::Hasher::new_with_initial(entry.crc),
            compressed_at_start: entry.data_offset,
            uncompressed: entry.uncompressed,
        });
        zip
    }

    pub(super) fn get_mut(&mut self) -> &mut W {
        &mut self.out
    }

    #[cfg(test)]
    pub(super) fn force_zip64(&mut self) {
        self.force_zip64 = true;
    }

    /// Starts an entry named `name` (ending the open one, if any).
    pub(super) fn start_entry(&mut self, name: &str) -> io::Result<()> {
        if self.open.is_some() {
            self.finish_entry()?;
        }
        let offset = self.offset;
        let mut header = Vec::with_capacity(30 + name.len());
        header.extend_from_slice(&LOCAL_HEADER.to_le_bytes());
        header.extend_from_slice(&VERSION_DEFLATE.to_le_bytes());
        header.extend_from_slice(&FLAGS.to_le_bytes());
        header.extend_from_slice(&DEFLATE.to_le_bytes());
        header.extend_from_slice(&DOS_TIME.to_le_bytes());
        header.extend_from_slice(&DOS_DATE.to_le_bytes());
        // CRC and sizes are in the data descriptor (flag bit 3).
        header.extend_from_slice(&[0; 12]);
        header.extend_from_slice(&name_length(name)?.to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes());
        header.extend_from_slice(name.as_bytes());
        self.emit(&header)?;
        self.deflate.reset();
        self.open = Some(OpenEntry {
            name: name.to_string(),
            offset,
            crc: crc32fast::Hasher::new(),
            compressed_at_start: self.offset,
            uncompressed: 0,
        });
        Ok(())
    }

    /// Uncompressed bytes written to the open entry (0 when none is open).
    pub(super) fn entry_bytes(&self) -> u64 {
        self.open.as_ref().map_or(0, |entry| entry.uncompressed)
    }

    /// Appends `data` to the open entry.
    pub(super) fn write_data(&mut self, data: &[u8]) -> io::Result<()> {
        let Some(entry) = self.open.as_mut() else {
            return Err(io::Error::other("no ZIP entry is open"));
        };
        entry.crc.update(data);
        entry.uncompressed += data.len() as u64;
        if entry.uncompressed > MAX_ENTRY_BYTES {
            return Err(io::Error::other("a ZIP entry passed 3.75 GiB"));
        }
        self.compress(data, FlushCompress::None)
    }

    /// Runs the compressor over `input` with `flush`, writing what it produces.
    fn compress(&mut self, mut input: &[u8], flush: FlushCompress) -> io::Result<()> {
        loop {
            let before_in = self.deflate.total_in();
            let before_out = self.deflate.total_out();
            let status = self
                .deflate
                .compress(input, &mut self.buffer, flush)
                .map_err(io::Error::other)?;
            let consumed = (self.deflate.total_in() - before_in) as usize;
            let produced = (self.deflate.total_out() - before_out) as usize;
            input = &input[consumed..];
            if produced > 0 {
                self.out.write_all(&self.buffer[..produced])?;
                self.offset += produced as u64;
            }
            let output_full = produced == self.buffer.len();
            match flush {
                FlushCompress::Finish if status == Status::StreamEnd => return Ok(()),
                FlushCompress::Finish => {}
                _ if input.is_empty() && !output_full => return Ok(()),
                _ => {}
            }
            if consumed == 0 && produced == 0 && status == Status::BufError {
                return Err(io::Error::other("the compressor made no progress"));
            }
        }
    }

    /// Ends the open entry: the rest of the deflate stream, then the data descriptor.
    pub(super) fn finish_entry(&mut self) -> io::Result<()> {
        if self.open.is_none() {
            return Ok(());
        }
        self.compress(&[], FlushCompress::Finish)?;
        let Some(entry) = self.open.take() else {
            return Ok(());
        };
        let record = EntryRecord {
            name: entry.name,
            offset: entry.offset,
            crc: entry.crc.finalize(),
            compressed: self.offset - entry.compressed_at_start,
            uncompressed: entry.uncompressed,
        };
        let mut descriptor = Vec::with_capacity(16);
        descriptor.extend_from_slice(&DATA_DESCRIPTOR.to_le_bytes());
        descriptor.extend_from_slice(&record.crc.to_le_bytes());
        descriptor.extend_from_slice(&size32(record.compressed)?.to_le_bytes());
        descriptor.extend_from_slice(&size32(record.uncompressed)?.to_le_bytes());
        self.emit(&descriptor)?;
        self.entries.push(record);
        Ok(())
    }

    /// Writes a whole small entry.
    pub(super) fn entry(&mut self, name: &str, data: &[u8]) -> io::Result<()> {
        self.start_entry(name)?;
        self.write_data(data)?;
        self.finish_entry()
    }

    /// Ends the open entry, writes the central directory, flushes and returns the output.
    pub(super) fn finish(mut self) -> io::Result<W> {
        self.finish_entry()?;
        let directory_offset = self.offset;
        let entries = std::mem::take(&mut self.entries);
        for entry in &entries {
            let zip64_offset = self.force_zip64 || entry.offset >= U32_LIMIT;
            let mut header = Vec::with_capacity(46 + entry.name.len() + 12);
            header.extend_from_slice(&CENTRAL_HEADER.to_le_bytes());
            let version = if zip64_offset {
                VERSION_ZIP64
            } else {
                VERSION_DEFLATE
            };
            header.extend_from_slice(&version.to_le_bytes()); // made by (MS-DOS attributes)
            header.extend_from_slice(&version.to_le_bytes()); // needed to extract
            header.extend_from_slice(&FLAGS.to_le_bytes());
            header.extend_from_slice(&DEFLATE.to_le_bytes());
            header.extend_from_slice(&DOS_TIME.to_le_bytes());
            header.extend_from_slice(&DOS_DATE.to_le_bytes());
            header.extend_from_slice(&entry.crc.to_le_bytes());
            header.extend_from_slice(&size32(entry.compressed)?.to_le_bytes());
            header.extend_from_slice(&size32(entry.uncompressed)?.to_le_bytes());
            header.extend_from_slice(&name_length(&entry.name)?.to_le_bytes());
            let extra_length: u16 = if zip64_offset { 12 } else { 0 };
            header.extend_from_slice(&extra_length.to_le_bytes());
            header.extend_from_slice(&0u16.to_le_bytes()); // comment length
            header.extend_from_slice(&0u16.to_le_bytes()); // disk number start
            header.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
            header.extend_from_slice(&0u32.to_le_bytes()); // external attributes
            let offset32 = if zip64_offset {
                U32_LIMIT as u32
            } else {
                entry.offset as u32
            };
            header.extend_from_slice(&offset32.to_le_bytes());
            header.extend_from_slice(entry.name.as_bytes());
            if zip64_offset {
                // ZIP64 extended information: only the field whose 32-bit slot is 0xFFFFFFFF.
                header.extend_from_slice(&0x0001u16.to_le_bytes());
                header.extend_from_slice(&8u16.to_le_bytes());
                header.extend_from_slice(&entry.offset.to_le_bytes());
            }
            self.emit(&header)?;
        }
        let directory_size = self.offset - directory_offset;
        let count = entries.len() as u64;
        let zip64 = self.force_zip64
            || count >= 0xFFFF
            || directory_offset >= U32_LIMIT
            || directory_size >= U32_LIMIT;
        let mut end = Vec::with_capacity(56 + 20 + 22);
        if zip64 {
            let record_offset = self.offset;
            end.extend_from_slice(&ZIP64_END_OF_CENTRAL_DIRECTORY.to_le_bytes());
            end.extend_from_slice(&44u64.to_le_bytes()); // size of the rest of this record
            end.extend_from_slice(&VERSION_ZIP64.to_le_bytes());
            end.extend_from_slice(&VERSION_ZIP64.to_le_bytes());
            end.extend_from_slice(&0u32.to_le_bytes()); // this disk
            end.extend_from_slice(&0u32.to_le_bytes()); // disk with the directory
            end.extend_from_slice(&count.to_le_bytes());
            end.extend_from_slice(&count.to_le_bytes());
            end.extend_from_slice(&directory_size.to_le_bytes());
            end.extend_from_slice(&directory_offset.to_le_bytes());
            end.extend_from_slice(&ZIP64_LOCATOR.to_le_bytes());
            end.extend_from_slice(&0u32.to_le_bytes());
            end.extend_from_slice(&record_offset.to_le_bytes());
            end.extend_from_slice(&1u32.to_le_bytes()); // total disks
        }
        end.extend_from_slice(&END_OF_CENTRAL_DIRECTORY.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes());
        let count16 = if zip64 { 0xFFFF } else { count as u16 };
        end.extend_from_slice(&count16.to_le_bytes());
        end.extend_from_slice(&count16.to_le_bytes());
        let (size32, offset32) = if zip64 {
            (U32_LIMIT as u32, U32_LIMIT as u32)
        } else {
            (directory_size as u32, directory_offset as u32)
        };
        end.extend_from_slice(&size32.to_le_bytes());
        end.extend_from_slice(&offset32.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes()); // comment length
        self.emit(&end)?;
        self.out.flush()?;
        Ok(self.out)
    }

    fn emit(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.offset += bytes.len() as u64;
        Ok(())
    }
}

fn name_length(name: &str) -> io::Result<u16> {
    u16::try_from(name.len()).map_err(|_| io::Error::other("a ZIP entry name is too long"))
}

fn size32(size: u64) -> io::Result<u32> {
    u32::try_from(size)
        .ok()
        .filter(|size| u64::from(*size) < U32_LIMIT)
        .ok_or_else(|| io::Error::other("a ZIP entry passed 4 GiB"))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use std::io::{Cursor, Read};

    use super::*;

    fn read_entries(bytes: Vec<u8>) -> Vec<(String, Vec<u8>)> {
        let mut archive = ::zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        (0..archive.len())
            .map(|index| {
                let mut file = archive.by_index(index).unwrap();
                let mut data = Vec::new();
                file.read_to_end(&mut data).unwrap();
                (file.name().to_string(), data)
            })
            .collect()
    }

    fn sample(force_zip64: bool) -> Vec<u8> {
        let mut zip = ZipStream::new(Vec::new(), 1);
        if force_zip64 {
            zip.force_zip64();
        }
        zip.entry("a.txt", b"hello").unwrap();
        zip.start_entry("中文/b.xml").unwrap();
        let big: Vec<u8> = (0..300_000u32).map(|value| (value % 251) as u8).collect();
        for piece in big.chunks(7_000) {
            zip.write_data(piece).unwrap();
        }
        assert_eq!(zip.entry_bytes(), 300_000);
        zip.entry("empty", b"").unwrap();
        zip.finish().unwrap()
    }

    #[test]
    fn entries_read_back_with_their_names_and_data() {
        for force_zip64 in [false, true] {
            let entries = read_entries(sample(force_zip64));
            let names: Vec<&str> = entries.iter().map(|(name, _)| name.as_str()).collect();
            assert_eq!(
                names,
                ["a.txt", "中文/b.xml", "empty"],
                "zip64 {force_zip64}"
            );
            assert_eq!(entries[0].1, b"hello");
            assert_eq!(entries[1].1.len(), 300_000);
            assert_eq!(entries[1].1[1000], (1000 % 251) as u8);
            assert!(entries[2].1.is_empty());
        }
    }

    #[test]
    fn the_same_entries_give_the_same_bytes() {
        assert_eq!(sample(false), sample(false));
    }

    #[test]
    fn a_stream_resumed_from_a_checkpoint_reads_back_whole() {
        let data: Vec<u8> = (0..200_000u32).map(|value| (value % 97) as u8).collect();
        let mut zip = ZipStream::new(Vec::new(), 1);
        zip.entry("first", b"one").unwrap();
        zip.start_entry("second").unwrap();
        zip.write_data(&data[..120_000]).unwrap();
        let state = zip.checkpoint().unwrap();
        // Work after the checkpoint that a crash loses.
        zip.write_data(b"lost").unwrap();
        let mut written = zip.get_mut().clone();
        assert!(written.len() as u64 >= state.offset);
        written.truncate(state.offset as usize);

        let mut zip = ZipStream::resume(written, 1, &state);
        zip.write_data(&data[120_000..]).unwrap();
        zip.entry("third", b"three").unwrap();
        let entries = read_entries(zip.finish().unwrap());
        assert_eq!(entries[0], ("first".to_string(), b"one".to_vec()));
        assert_eq!(entries[1], ("second".to_string(), data));
        assert_eq!(entries[2], ("third".to_string(), b"three".to_vec()));
    }

    #[test]
    fn writing_without_an_open_entry_is_an_error() {
        let mut zip = ZipStream::new(Vec::new(), 1);
        assert!(zip.write_data(b"x").is_err());
    }
}
