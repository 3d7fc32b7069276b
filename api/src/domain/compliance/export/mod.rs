//! Export files: tables written row by row to CSV or XLSX, streaming into any `Write` (in
//! production, the archive's sealed export file, so no plaintext reaches the disk).
//!
//! A table has a header of [`Column`]s — a name and a [`ColumnKind`] — and rows of [`Cell`]s,
//! written page by page: nothing holds more than one row (and the writers' small buffers). See
//! docs/EXPORTS.md for the formats.
//!
//! * [`CsvTableWriter`]: UTF-8 with BOM, RFC 4180 quoting, CRLF, formula-injection prefix,
//!   times in the tenant's zone with their offset.
//! * [`XlsxTableWriter`]: inline strings, bold frozen header, column widths, Excel dates in
//!   the tenant's wall time, a new sheet every 1,048,575 rows; its ZIP container is written by
//!   [`zip`] (why not a crate: see there).
//! * [`ExportTableWriter`]: either, chosen by [`archive::export::ExportFormat`].
//!
//! **Resuming** (an export job killed half-way): after a page, [`ExportTableWriter::checkpoint`]
//! pushes everything written into the output and returns a [`TableCheckpoint`]; then
//! checkpoint the sealed file (`SealedExportWriter::checkpoint`), sync it, and store both with
//! the position of the last row written. After a crash, `SealedExportWriter::resume` and
//! [`ExportTableWriter::resume`] continue from there, and the job goes on from the next row:
//! the finished file is byte for byte a valid CSV/XLSX with every row exactly once.

mod column;
mod csv;
pub mod operator;
mod request;
pub(crate) mod rows;
pub mod service;
mod table;
mod xlsx;
mod zip;

pub use column::{Cell, CellValue, Column, ColumnKind};
pub use csv::{CSV_BOM, CsvTableWriter, needs_injection_prefix};
pub use request::{ExportQuery, SealedRequest};
pub use table::{ExportTableWriter, TableCheckpoint, TableWriter};
pub use xlsx::{XLSX_MAX_DATA_ROWS, XlsxCheckpoint, XlsxTableWriter};
