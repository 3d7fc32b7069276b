//! CSV exports that Excel opens correctly and that cannot run formulas.
//!
//! * UTF-8 with a byte-order mark (EF BB BF): without it Excel reads the file in the
//!   machine's legacy code page and Chinese turns into mojibake.
//! * RFC 4180: fields separated by `,`, records ended by CRLF; a field containing `,`, `"`,
//!   CR or LF is quoted, with `"` doubled. (Written here rather than with the `csv` crate,
//!   whose writer buffers rows and gives no access to its output until `into_inner`: a
//!   resumable export must checkpoint the output between rows. The tests read every file
//!   back with the `csv` crate.)
//! * **Formula injection**: a text cell starting with `=`, `+`, `-`, `@`, TAB or CR is written
//!   with a leading `'` (OWASP's advice), so a spreadsheet shows it as text instead of
//!   evaluating it (`=HYPERLINK(…)` typed by a customer into a chat must not become a link that
//!   leaks data when an auditor opens the export). The `'` is the only change ever made to a
//!   value; a reader that wants the original drops one leading `'` from text cells that start
//!   with `'` followed by one of those characters. Integer cells (e.g. `-5`) are numbers and
//!   get no prefix.
//! * Times in the tenant's zone with their offset, ISO 8601 (`2026-12-01T18:12:03+08:00`;
//!   fractions of a second only when there are any). Booleans `true`/`false`. Empty cells
//!   are empty fields.

use std::io::Write;

use chrono::{DateTime, Offset as _, SecondsFormat, Utc};
use chrono_tz::Tz;

use super::column::{Cell, Column, check_header, check_row, write_failed};
use super::table::TableWriter;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::error::ApiResult;

/// The UTF-8 byte-order mark every CSV export starts with.
pub const CSV_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether a text cell gets the `'` prefix against formula injection.
pub fn needs_injection_prefix(text: &str) -> bool {
    matches!(
        text.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// Writes a table as CSV (see the module documentation). Each row goes to the output in one
/// `write_all`; wrap an unbuffered output (a plain `File`) in a `BufWriter`.
pub struct CsvTableWriter<W: Write> {
    out: W,
    columns: Vec<Column>,
    zone: Tz,
    rows: u64,
    /// The row being built, reused so a row allocates nothing once it has grown.
    line: Vec<u8>,
}

impl<W: Write> CsvTableWriter<W> {
    /// Writes the BOM and the header row (the column names) to `out`.
    pub fn new(mut out: W, columns: &[Column], zone: TenantTimeZone) -> ApiResult<Self> {
        check_header(columns)?;
        out.write_all(CSV_BOM)
            .map_err(|error| write_failed("CSV", error))?;
        let mut writer = Self::continuing(out, columns, zone, 0)?;
        writer.line.clear();
        for (index, column) in columns.iter().enumerate() {
            if index > 0 {
                writer.line.push(b',');
            }
            push_field(&mut writer.line, &column.name);
        }
        writer.end_line()?;
        Ok(writer)
    }

    /// Continues a CSV export after its first `rows_written` rows (a resumed export job whose
    /// output is positioned after them): writes neither BOM nor header.
    pub fn continuing(
        out: W,
        columns: &[Column],
        zone: TenantTimeZone,
        rows_written: u64,
    ) -> ApiResult<Self> {
        check_header(columns)?;
        Ok(CsvTableWriter {
            out,
            columns: columns.to_vec(),
            zone: zone.tz(),
            rows: rows_written,
            line: Vec::with_capacity(1024),
        })
    }

    /// Flushes the output (every row is already in it).
    pub fn flush(&mut self) -> ApiResult<()> {
        self.out.flush().map_err(|error| write_failed("CSV", error))
    }

    /// The output, e.g. to checkpoint a sealed file between rows.
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.out
    }

    fn end_line(&mut self) -> ApiResult<()> {
        // A record of one empty field would be a blank line, which readers skip: quote it.
        if self.columns.len() == 1 && self.line.is_empty() {
            self.line.extend_from_slice(b"\"\"");
        }
        self.line.extend_from_slice(b"\r\n");
        self.out
            .write_all(&self.line)
            .map_err(|error| write_failed("CSV", error))
    }

    fn push_cell(&mut self, cell: &Cell<'_>) {
        match cell {
            Cell::Empty => {}
            Cell::Text(text) if needs_injection_prefix(text) => {
                // The prefix never makes a field need quotes it did not need: `'` is plain.
                let quoted = needs_quotes(text);
                if quoted {
                    self.line.push(b'"');
                }
                self.line.push(b'\'');
                push_content(&mut self.line, text, quoted);
                if quoted {
                    self.line.push(b'"');
                }
            }
            Cell::Text(text) => push_field(&mut self.line, text),
            Cell::Time(at) => self
                .line
                .extend_from_slice(format_time(*at, self.zone).as_bytes()),
            Cell::Integer(value) => {
                // Writing to a Vec cannot fail.
                let _ = write!(self.line, "{value}");
            }
            Cell::Bool(value) => {
                self.line
                    .extend_from_slice(if *value { b"true" } else { b"false" })
            }
        }
    }
}

fn needs_quotes(text: &str) -> bool {
    text.bytes()
        .any(|byte| matches!(byte, b',' | b'"' | b'\r' | b'\n'))
}

/// Appends `text` as one RFC 4180 field.
fn push_field(line: &mut Vec<u8>, text: &str) {
    if needs_quotes(text) {
        line.push(b'"');
        push_content(line, text, true);
        line.push(b'"');
    } else {
        line.extend_from_slice(text.as_bytes());
    }
}

/// Appends `text`, doubling `"` inside a quoted field. (`"` is ASCII, so byte-wise is exact.)
fn push_content(line: &mut Vec<u8>, text: &str, quoted: bool) {
    if !quoted {
        line.extend_from_slice(text.as_bytes());
        return;
    }
    for part in text.split_inclusive('"') {
        line.extend_from_slice(part.as_bytes());
        if part.ends_with('"') {
            line.push(b'"');
        }
    }
}

/// ISO 8601 in `zone` with its offset; fractional seconds only when there are any.
///
/// ISO 8601 offsets have no seconds, but local mean times before about 1930 do (Shanghai was
/// +08:05:43): such an instant is written in UTC (`Z`) rather than a few seconds off.
pub(super) fn format_time(at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    if local.offset().fix().local_minus_utc() % 60 != 0 {
        return at.to_rfc3339_opts(SecondsFormat::AutoSi, true);
    }
    local.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

impl<W: Write> TableWriter for CsvTableWriter<W> {
    type Output = W;

    fn write_row(&mut self, row: &[Cell<'_>]) -> ApiResult<()> {
        check_row(&self.columns, row, self.rows + 1)?;
        self.line.clear();
        for (index, cell) in row.iter().enumerate() {
            if index > 0 {
                self.line.push(b',');
            }
            self.push_cell(cell);
        }
        self.end_line()?;
        self.rows += 1;
        Ok(())
    }

    fn rows_written(&self) -> u64 {
        self.rows
    }

    fn finish(mut self) -> ApiResult<W> {
        self.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn zone(name: &str) -> TenantTimeZone {
        TenantTimeZone::parse(&["zone"], name).unwrap()
    }

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn columns() -> Vec<Column> {
        vec![
            Column::text("msgid"),
            Column::integer("seq"),
            Column::time("sent_at"),
            Column::text("content"),
            Column::bool("revoked"),
        ]
    }

    fn csv_of(rows: &[Vec<Cell<'_>>], zone_name: &str) -> Vec<u8> {
        let mut writer = CsvTableWriter::new(Vec::new(), &columns(), zone(zone_name)).unwrap();
        writer.write_rows(rows).unwrap();
        assert_eq!(writer.rows_written(), rows.len() as u64);
        writer.finish().unwrap()
    }

    /// Reads a CSV export back as a person's tools would: BOM stripped, RFC 4180 parsed.
    fn read_back(bytes: &[u8]) -> Vec<Vec<String>> {
        assert!(bytes.starts_with(CSV_BOM));
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&bytes[CSV_BOM.len()..])
            .records()
            .map(|record| record.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn bom_header_quoting_crlf_and_times_in_the_tenants_zone() {
        let bytes = csv_of(
            &[
                vec![
                    Cell::Text("110101199003071234"),
                    Cell::Integer(42),
                    Cell::Time(at("2026-12-01T10:12:03Z")),
                    Cell::Text("客户说 \"保本\", 对吧\n第二行"),
                    Cell::Bool(true),
                ],
                vec![
                    Cell::Text("m2"),
                    Cell::Integer(-5),
                    Cell::Time(at("2026-12-01T10:12:03.250Z")),
                    Cell::Text("=HYPERLINK(\"http://evil\")"),
                    Cell::Empty,
                ],
            ],
            "Asia/Shanghai",
        );
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(
            text,
            "\u{feff}msgid,seq,sent_at,content,revoked\r\n\
             110101199003071234,42,2026-12-01T18:12:03+08:00,\"客户说 \"\"保本\"\", 对吧\n第二行\",true\r\n\
             m2,-5,2026-12-01T18:12:03.250+08:00,\"'=HYPERLINK(\"\"http://evil\"\")\",\r\n"
        );
        let london = String::from_utf8(csv_of(
            &[vec![
                Cell::Empty,
                Cell::Empty,
                Cell::Time(at("2026-07-01T10:00:00Z")),
                Cell::Empty,
                Cell::Bool(false),
            ]],
            "Europe/London",
        ))
        .unwrap();
        assert!(
            london.ends_with(",,2026-07-01T11:00:00+01:00,,false\r\n"),
            "{london}"
        );
        let utc = String::from_utf8(csv_of(
            &[vec![
                Cell::Empty,
                Cell::Empty,
                Cell::Time(at("2026-07-01T10:00:00Z")),
                Cell::Empty,
                Cell::Empty,
            ]],
            "UTC",
        ))
        .unwrap();
        assert!(utc.contains("2026-07-01T10:00:00+00:00"), "{utc}");
        // Shanghai's local mean time was +08:05:43: not an ISO 8601 offset, so UTC.
        let shanghai = format_time(at("1900-01-01T00:00:00Z"), "Asia/Shanghai".parse().unwrap());
        assert_eq!(shanghai, "1900-01-01T00:00:00Z");
    }

    #[test]
    fn every_injection_lead_is_prefixed_and_nothing_else() {
        for lead in ["=", "+", "-", "@", "\t", "\r"] {
            assert!(needs_injection_prefix(&format!("{lead}1+1")), "{lead:?}");
        }
        for safe in ["", "1", "a=b", " =1", "'=1", "＝1", "客户"] {
            assert!(!needs_injection_prefix(safe), "{safe:?}");
        }
    }

    #[test]
    fn a_row_of_the_wrong_shape_is_refused_and_writes_nothing() {
        let mut writer = CsvTableWriter::new(Vec::new(), &columns(), zone("UTC")).unwrap();
        assert!(writer.write_row(&[Cell::Text("x")]).is_err());
        assert_eq!(writer.rows_written(), 0);
        let bytes = writer.finish().unwrap();
        assert_eq!(read_back(&bytes).len(), 1, "the header only");
    }

    #[test]
    fn a_continued_export_reads_back_as_one_table() {
        let row = |id: &'static str| {
            vec![
                Cell::Text(id),
                Cell::Integer(1),
                Cell::Empty,
                Cell::Text("x"),
                Cell::Empty,
            ]
        };
        let mut writer = CsvTableWriter::new(Vec::new(), &columns(), zone("UTC")).unwrap();
        writer.write_row(&row("a")).unwrap();
        writer.flush().unwrap();
        let first = writer.finish().unwrap();
        let mut writer = CsvTableWriter::continuing(first, &columns(), zone("UTC"), 1).unwrap();
        writer.write_row(&row("b")).unwrap();
        assert_eq!(writer.rows_written(), 2);
        let rows = read_back(&writer.finish().unwrap());
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2][0], "b");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_text_round_trips_except_the_documented_prefix(
            texts in prop::collection::vec(
                prop_oneof![
                    any::<String>(),
                    "[=+\\-@\t\r,\"\n 客户保本😀\u{0}\u{1b}\u{7f}a-z0-9]{0,12}",
                ],
                1..6,
            ),
            micros in -2_000_000_000_000_000i64..4_000_000_000_000_000,
            zone_name in prop::sample::select(vec!["Asia/Shanghai", "UTC", "Europe/London", "America/Santiago", "Asia/Kolkata"]),
        ) {
            let time = DateTime::from_timestamp_micros(micros).unwrap();
            let rows: Vec<Vec<Cell<'_>>> = texts
                .iter()
                .map(|text| vec![Cell::Text(text), Cell::Integer(micros), Cell::Time(time), Cell::Text(text), Cell::Bool(micros % 2 == 0)])
                .collect();
            let read = read_back(&csv_of(&rows, zone_name));
            prop_assert_eq!(read.len(), texts.len() + 1);
            let tz: Tz = zone_name.parse().unwrap();
            for (text, row) in texts.iter().zip(&read[1..]) {
                let expected = if needs_injection_prefix(text) { format!("'{text}") } else { text.clone() };
                prop_assert_eq!(&row[0], &expected);
                prop_assert_eq!(&row[3], &expected);
                prop_assert_eq!(row[1].parse::<i64>().unwrap(), micros);
                let parsed = DateTime::parse_from_rfc3339(&row[2]).unwrap();
                prop_assert_eq!(parsed.with_timezone(&Utc), time);
                let local = time.with_timezone(&tz);
                if local.offset().fix().local_minus_utc() % 60 == 0 {
                    prop_assert_eq!(parsed.naive_local(), local.naive_local());
                } else {
                    prop_assert!(row[2].ends_with('Z'), "{}", row[2]);
                }
            }
        }
    }
}
