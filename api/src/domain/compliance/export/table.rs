//! The common face of the table writers, and the one the export job picks by format.

use std::io::Write;

use archive::export::ExportFormat;
use serde::{Deserialize, Serialize};

use super::column::write_failed;
use super::column::{Cell, Column};
use super::csv::CsvTableWriter;
use super::xlsx::{XlsxCheckpoint, XlsxTableWriter};
use crate::domain::org::time_zone::TenantTimeZone;
use crate::error::ApiResult;

/// Writes a table row by row to an output it owns, and hands the output back at the end.
pub trait TableWriter {
    type Output;

    /// Writes one row: one cell per column, each of its column's kind (or `Empty`).
    fn write_row(&mut self, row: &[Cell<'_>]) -> ApiResult<()>;

    /// Data rows written so far (the header not counted).
    fn rows_written(&self) -> u64;

    /// Ends the table (for XLSX, writes the workbook's remaining parts) and returns the output.
    fn finish(self) -> ApiResult<Self::Output>;

    /// Writes a page of rows.
    fn write_rows<'c, R>(&mut self, rows: impl IntoIterator<Item = R>) -> ApiResult<()>
    where
        R: AsRef<[Cell<'c>]>,
    {
        for row in rows {
            self.write_row(row.as_ref())?;
        }
        Ok(())
    }
}

/// Where a table stands at a checkpoint, to resume it: its format and what that format needs.
/// Holds no content (row counts, ZIP offsets and CRCs); store it as JSON with the job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "format", rename_all = "lowercase")]
pub enum TableCheckpoint {
    Csv { rows: u64 },
    Xlsx(XlsxCheckpoint),
}

impl TableCheckpoint {
    /// Data rows written before the checkpoint: the export goes on from the next one.
    pub fn rows(&self) -> u64 {
        match self {
            TableCheckpoint::Csv { rows } => *rows,
            TableCheckpoint::Xlsx(checkpoint) => checkpoint.rows(),
        }
    }
}

/// A table writer for either format.
pub enum ExportTableWriter<W: Write> {
    Csv(CsvTableWriter<W>),
    /// Boxed: the XLSX writer carries its compressor's state, the CSV writer little.
    Xlsx(Box<XlsxTableWriter<W>>),
}

impl<W: Write> ExportTableWriter<W> {
    /// Starts a table of `columns` in `format` on `out`, times shown in `zone`.
    pub fn new(
        format: ExportFormat,
        out: W,
        columns: &[Column],
        zone: TenantTimeZone,
    ) -> ApiResult<Self> {
        Ok(match format {
            ExportFormat::Csv => ExportTableWriter::Csv(CsvTableWriter::new(out, columns, zone)?),
            ExportFormat::Xlsx => {
                ExportTableWriter::Xlsx(Box::new(XlsxTableWriter::new(out, columns, zone)?))
            }
        })
    }
}

impl<W: Write> ExportTableWriter<W> {
    /// Pushes every row written so far into the output and says where the table stands. Call
    /// between rows, then checkpoint the output itself.
    pub fn checkpoint(&mut self) -> ApiResult<TableCheckpoint> {
        match self {
            ExportTableWriter::Csv(writer) => {
                writer.flush()?;
                Ok(TableCheckpoint::Csv {
                    rows: writer.rows_written(),
                })
            }
            ExportTableWriter::Xlsx(writer) => writer.checkpoint().map(TableCheckpoint::Xlsx),
        }
    }

    /// Continues a table from `checkpoint` on `out`, which holds exactly what was written up
    /// to it (a sealed file resumed from the checkpoint taken right after this one).
    pub fn resume(
        out: W,
        columns: &[Column],
        zone: TenantTimeZone,
        checkpoint: &TableCheckpoint,
    ) -> ApiResult<Self> {
        Ok(match checkpoint {
            TableCheckpoint::Csv { rows } => {
                ExportTableWriter::Csv(CsvTableWriter::continuing(out, columns, zone, *rows)?)
            }
            TableCheckpoint::Xlsx(checkpoint) => ExportTableWriter::Xlsx(Box::new(
                XlsxTableWriter::resume(out, columns, zone, checkpoint)?,
            )),
        })
    }

    /// The output, e.g. the sealed file to checkpoint.
    pub fn output_mut(&mut self) -> &mut W {
        match self {
            ExportTableWriter::Csv(writer) => writer.get_mut(),
            ExportTableWriter::Xlsx(writer) => writer.get_mut(),
        }
    }

    /// Flushes the output (after `checkpoint`, for outputs that buffer).
    pub fn flush_output(&mut self) -> ApiResult<()> {
        self.output_mut()
            .flush()
            .map_err(|error| write_failed("export", error))
    }
}

impl<W: Write> TableWriter for ExportTableWriter<W> {
    type Output = W;

    fn write_row(&mut self, row: &[Cell<'_>]) -> ApiResult<()> {
        match self {
            ExportTableWriter::Csv(writer) => writer.write_row(row),
            ExportTableWriter::Xlsx(writer) => writer.write_row(row),
        }
    }

    fn rows_written(&self) -> u64 {
        match self {
            ExportTableWriter::Csv(writer) => writer.rows_written(),
            ExportTableWriter::Xlsx(writer) => writer.rows_written(),
        }
    }

    fn finish(self) -> ApiResult<W> {
        match self {
            ExportTableWriter::Csv(writer) => writer.finish(),
            ExportTableWriter::Xlsx(writer) => (*writer).finish(),
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use std::fs::{File, OpenOptions};
    use std::io::{Cursor, Read};

    use archive::crypto::{DataKey, Keyring};
    use archive::export::{SealedExportReader, SealedExportWriter};
    use calamine::{Data, Reader, Xlsx};

    use super::*;

    fn columns() -> Vec<Column> {
        vec![
            Column::text("msgid"),
            Column::integer("seq"),
            Column::text("content"),
        ]
    }

    fn write(table: &mut ExportTableWriter<SealedExportWriter<File>>, rows: std::ops::Range<i64>) {
        for seq in rows {
            let msgid = format!("m-{seq}");
            let content = format!("第{seq}条消息，内容是中文。").repeat(20);
            table
                .write_row(&[Cell::Text(&msgid), Cell::Integer(seq), Cell::Text(&content)])
                .unwrap();
        }
    }

    /// The rows of a finished export, read back as a person's tools would.
    fn read_back(format: ExportFormat, bytes: Vec<u8>) -> Vec<(String, i64)> {
        match format {
            ExportFormat::Csv => csv::ReaderBuilder::new()
                .from_reader(&bytes[3..])
                .records()
                .map(|record| {
                    let record = record.unwrap();
                    (record[0].to_string(), record[1].parse().unwrap())
                })
                .collect(),
            ExportFormat::Xlsx => {
                let mut book = Xlsx::new(Cursor::new(bytes)).unwrap();
                let mut rows = Vec::new();
                for name in book.sheet_names() {
                    let range = book.worksheet_range(&name).unwrap();
                    for row in range.rows().skip(1) {
                        let Data::Float(seq) = row[1] else {
                            panic!("{row:?}")
                        };
                        rows.push((row[0].to_string(), seq as i64));
                    }
                }
                rows
            }
        }
    }

    /// An export killed after a checkpoint (and after more rows it never checkpointed) resumes
    /// into a file with every row exactly once, for both formats, sealed all the way.
    #[test]
    fn a_killed_export_resumes_from_its_checkpoint_with_every_row_once() {
        let mut keyring = Keyring::new();
        keyring.insert(1, DataKey::generate()).unwrap();
        for format in [ExportFormat::Csv, ExportFormat::Xlsx] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("export.sealed");
            let zone = TenantTimeZone::default();
            let sealed =
                SealedExportWriter::create(File::create(&path).unwrap(), &keyring, 1, "7").unwrap();
            let mut table = ExportTableWriter::new(format, sealed, &columns(), zone).unwrap();
            write(&mut table, 0..300);
            let table_checkpoint = table.checkpoint().unwrap();
            let sealed_checkpoint = table.output_mut().checkpoint().unwrap();
            table.output_mut().get_ref().sync_data().unwrap();
            if let TableCheckpoint::Xlsx(checkpoint) = &table_checkpoint {
                assert_eq!(checkpoint.output_bytes(), sealed_checkpoint.plaintext_bytes);
            }
            // Stored as the job would store it.
            let stored = serde_json::to_string(&table_checkpoint).unwrap();
            write(&mut table, 300..450);
            drop(table); // the crash

            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .open(&path)
                .unwrap();
            let sealed =
                SealedExportWriter::resume(file, &keyring, 1, "7", sealed_checkpoint).unwrap();
            let checkpoint: TableCheckpoint = serde_json::from_str(&stored).unwrap();
            assert_eq!(checkpoint.rows(), 300);
            let mut table =
                ExportTableWriter::resume(sealed, &columns(), zone, &checkpoint).unwrap();
            write(&mut table, 300..1000);
            assert_eq!(table.rows_written(), 1000);
            let (_, summary) = table.finish().unwrap().finish().unwrap();

            let mut plaintext = Vec::new();
            SealedExportReader::open(File::open(&path).unwrap(), &keyring, 1, "7")
                .unwrap()
                .read_to_end(&mut plaintext)
                .unwrap();
            assert_eq!(plaintext.len() as u64, summary.plaintext_bytes);
            let rows = read_back(format, plaintext);
            let expected: Vec<(String, i64)> =
                (0..1000).map(|seq| (format!("m-{seq}"), seq)).collect();
            assert_eq!(rows, expected, "{format:?}");
        }
    }
}
