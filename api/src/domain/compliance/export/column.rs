//! The shape of an exported table: columns with a kind, and the cells of one row.

use chrono::{DateTime, Utc};

use crate::error::{ApiError, ApiResult};

/// What a column holds, which decides how each format writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Ids, numbers kept as text (an 18-digit id must stay as written) and free text.
    Text,
    /// An instant, shown in the tenant's time zone.
    Time,
    /// A count or sequence number (exact up to 2^53 in XLSX, where numbers are doubles).
    Integer,
    Bool,
}

/// One column of the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: String,
    pub kind: ColumnKind,
    /// XLSX column width in characters; `None` picks one from the kind and the name.
    pub width: Option<f64>,
}

impl Column {
    pub fn new(name: impl Into<String>, kind: ColumnKind) -> Column {
        Column {
            name: name.into(),
            kind,
            width: None,
        }
    }

    pub fn text(name: impl Into<String>) -> Column {
        Column::new(name, ColumnKind::Text)
    }

    pub fn time(name: impl Into<String>) -> Column {
        Column::new(name, ColumnKind::Time)
    }

    pub fn integer(name: impl Into<String>) -> Column {
        Column::new(name, ColumnKind::Integer)
    }

    pub fn bool(name: impl Into<String>) -> Column {
        Column::new(name, ColumnKind::Bool)
    }

    /// Sets the XLSX width (characters), e.g. wide for message content.
    pub fn with_width(mut self, width: f64) -> Column {
        self.width = Some(width);
        self
    }
}

/// One cell of a row. `Empty` fits any column (a missing value).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    Empty,
    Text(&'a str),
    Time(DateTime<Utc>),
    Integer(i64),
    Bool(bool),
}

impl Cell<'_> {
    fn fits(&self, kind: ColumnKind) -> bool {
        matches!(
            (self, kind),
            (Cell::Empty, _)
                | (Cell::Text(_), ColumnKind::Text)
                | (Cell::Time(_), ColumnKind::Time)
                | (Cell::Integer(_), ColumnKind::Integer)
                | (Cell::Bool(_), ColumnKind::Bool)
        )
    }
}

/// An owned cell: what a page of rows read from the database holds until it is written.
#[derive(Debug, Clone, PartialEq)]
pub enum CellValue {
    Empty,
    Text(String),
    Time(DateTime<Utc>),
    Integer(i64),
    Bool(bool),
}

impl CellValue {
    pub fn as_cell(&self) -> Cell<'_> {
        match self {
            CellValue::Empty => Cell::Empty,
            CellValue::Text(text) => Cell::Text(text),
            CellValue::Time(at) => Cell::Time(*at),
            CellValue::Integer(number) => Cell::Integer(*number),
            CellValue::Bool(flag) => Cell::Bool(*flag),
        }
    }

    /// Text, or `Empty` for none.
    pub fn text(text: Option<impl Into<String>>) -> CellValue {
        text.map_or(CellValue::Empty, |text| CellValue::Text(text.into()))
    }

    /// A time, or `Empty` for none.
    pub fn time(at: Option<DateTime<Utc>>) -> CellValue {
        at.map_or(CellValue::Empty, CellValue::Time)
    }
}

/// Checks a header: at least one column, names unique and non-empty.
pub(super) fn check_header(columns: &[Column]) -> ApiResult<()> {
    if columns.is_empty() {
        return Err(ApiError::Internal(
            "an export needs at least one column".into(),
        ));
    }
    for (index, column) in columns.iter().enumerate() {
        if column.name.is_empty() {
            return Err(ApiError::Internal(format!(
                "export column {index} has no name"
            )));
        }
        if columns[..index]
            .iter()
            .any(|other| other.name == column.name)
        {
            return Err(ApiError::Internal(format!(
                "export column {:?} appears twice",
                column.name
            )));
        }
    }
    Ok(())
}

/// Checks that `row` has one cell per column, each of the column's kind. A mismatch is a bug
/// in the caller; the error names positions and kinds, never cell content.
pub(super) fn check_row(columns: &[Column], row: &[Cell<'_>], row_number: u64) -> ApiResult<()> {
    if row.len() != columns.len() {
        return Err(ApiError::Internal(format!(
            "export row {row_number} has {} cells for {} columns",
            row.len(),
            columns.len()
        )));
    }
    for (cell, column) in row.iter().zip(columns) {
        if !cell.fits(column.kind) {
            return Err(ApiError::Internal(format!(
                "export row {row_number}: column {:?} is {:?}, the cell is not",
                column.name, column.kind
            )));
        }
    }
    Ok(())
}

/// What an I/O failure while writing an export becomes. The sealed file's errors name no
/// content, so the message can be logged.
pub(super) fn write_failed(format: &str, error: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(format!("writing the {format} export failed: {error}"))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn rows_must_match_the_header() {
        let columns = [Column::text("msgid"), Column::integer("seq")];
        assert!(check_row(&columns, &[Cell::Text("m"), Cell::Integer(1)], 1).is_ok());
        assert!(check_row(&columns, &[Cell::Empty, Cell::Empty], 1).is_ok());
        let error = check_row(&columns, &[Cell::Text("secret")], 3).unwrap_err();
        assert_eq!(error.to_string(), "export row 3 has 1 cells for 2 columns");
        let error = check_row(&columns, &[Cell::Integer(1), Cell::Text("secret")], 4).unwrap_err();
        assert!(!error.to_string().contains("secret"), "{error}");
        assert!(check_header(&[]).is_err());
        assert!(check_header(&[Column::text("a"), Column::bool("a")]).is_err());
        assert!(check_header(&[Column::text("")]).is_err());
    }
}
