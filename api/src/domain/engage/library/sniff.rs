//! What an uploaded file is, from its bytes ("magic numbers"), never from what the upload
//! claims: a `.png` that is a PDF is a PDF, and an executable is nothing the library keeps.
//!
//! Recognised:
//! - images: PNG, JPEG, GIF, WebP;
//! - documents: PDF; Word, Excel and PowerPoint, both as Office Open XML (a ZIP whose entries
//!   include `[Content_Types].xml` and `word/`, `xl/` or `ppt/`, read from the ZIP's central
//!   directory) and as the older OLE compound files (told apart by their `WordDocument`,
//!   `Workbook` or `PowerPoint Document` stream names); and UTF-8 plain text (no NUL, no
//!   control characters but tabs, line and page breaks).
//!
//! Anything else — executables, archives, scripts in other encodings — is refused.

/// A file type the library accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileType {
    Png,
    Jpeg,
    Gif,
    Webp,
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Doc,
    Xls,
    Ppt,
    Text,
}

impl FileType {
    /// The media type the file is stored and served as.
    pub fn content_type(self) -> &'static str {
        match self {
            FileType::Png => "image/png",
            FileType::Jpeg => "image/jpeg",
            FileType::Gif => "image/gif",
            FileType::Webp => "image/webp",
            FileType::Pdf => "application/pdf",
            FileType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileType::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileType::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            FileType::Doc => "application/msword",
            FileType::Xls => "application/vnd.ms-excel",
            FileType::Ppt => "application/vnd.ms-powerpoint",
            FileType::Text => "text/plain; charset=utf-8",
        }
    }

    /// What people call it, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            FileType::Png => "a PNG image",
            FileType::Jpeg => "a JPEG image",
            FileType::Gif => "a GIF image",
            FileType::Webp => "a WebP image",
            FileType::Pdf => "a PDF document",
            FileType::Docx | FileType::Doc => "a Word document",
            FileType::Xlsx | FileType::Xls => "an Excel workbook",
            FileType::Pptx | FileType::Ppt => "a PowerPoint presentation",
            FileType::Text => "a plain text file",
        }
    }

    pub fn is_image(self) -> bool {
        matches!(
            self,
            FileType::Png | FileType::Jpeg | FileType::Gif | FileType::Webp
        )
    }

    /// File name extensions that fit the type (lower case).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileType::Png => &["png"],
            FileType::Jpeg => &["jpg", "jpeg", "jpe", "jfif"],
            FileType::Gif => &["gif"],
            FileType::Webp => &["webp"],
            FileType::Pdf => &["pdf"],
            FileType::Docx => &["docx"],
            FileType::Xlsx => &["xlsx"],
            FileType::Pptx => &["pptx"],
            FileType::Doc => &["doc"],
            FileType::Xls => &["xls"],
            FileType::Ppt => &["ppt"],
            FileType::Text => &["txt", "text", "md", "csv", "log"],
        }
    }

    /// Media types an upload may declare for the type (besides `application/octet-stream`,
    /// which declares nothing).
    fn declared_types(self) -> &'static [&'static str] {
        match self {
            FileType::Png => &["image/png", "image/x-png"],
            FileType::Jpeg => &["image/jpeg", "image/jpg", "image/pjpeg"],
            FileType::Gif => &["image/gif"],
            FileType::Webp => &["image/webp"],
            FileType::Pdf => &["application/pdf", "application/x-pdf"],
            FileType::Docx => &[
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/zip",
            ],
            FileType::Xlsx => &[
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/zip",
            ],
            FileType::Pptx => &[
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "application/zip",
            ],
            FileType::Doc => &["application/msword", "application/x-ole-storage"],
            FileType::Xls => &[
                "application/vnd.ms-excel",
                "application/msexcel",
                "application/x-ole-storage",
            ],
            FileType::Ppt => &[
                "application/vnd.ms-powerpoint",
                "application/mspowerpoint",
                "application/x-ole-storage",
            ],
            FileType::Text => &["text/plain", "text/markdown", "text/csv"],
        }
    }
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
const OLE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";
const ZIP_LOCAL: &[u8] = b"PK\x03\x04";

/// The type of `bytes`, or `None` when it is none the library accepts.
pub fn sniff(bytes: &[u8]) -> Option<FileType> {
    if bytes.starts_with(PNG) {
        return Some(FileType::Png);
    }
    if bytes.starts_with(b"\xff\xd8\xff") {
        return Some(FileType::Jpeg);
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Some(FileType::Gif);
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Some(FileType::Webp);
    }
    if bytes.starts_with(b"%PDF-") {
        return Some(FileType::Pdf);
    }
    if bytes.starts_with(ZIP_LOCAL) {
        return office_open_xml(bytes);
    }
    if bytes.starts_with(OLE) {
        return compound_file(bytes);
    }
    plain_text(bytes).then_some(FileType::Text)
}

/// Word, Excel or PowerPoint by the entries of the ZIP's central directory.
fn office_open_xml(bytes: &[u8]) -> Option<FileType> {
    let names = zip_entry_names(bytes)?;
    if !names.iter().any(|name| name == b"[Content_Types].xml") {
        return None;
    }
    let has = |prefix: &[u8]| names.iter().any(|name| name.starts_with(prefix));
    if has(b"word/") {
        Some(FileType::Docx)
    } else if has(b"xl/") {
        Some(FileType::Xlsx)
    } else if has(b"ppt/") {
        Some(FileType::Pptx)
    } else {
        None
    }
}

fn u16_at(bytes: &[u8], at: usize) -> Option<usize> {
    let pair = bytes.get(at..at.checked_add(2)?)?;
    Some(usize::from(u16::from_le_bytes([pair[0], pair[1]])))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    let quad = bytes.get(at..at.checked_add(4)?)?;
    usize::try_from(u32::from_le_bytes([quad[0], quad[1], quad[2], quad[3]])).ok()
}

/// The entry names of a ZIP's central directory (found through the end-of-central-directory
/// record, which sits within the last 64 KiB + 22 bytes); `None` if the ZIP is malformed.
fn zip_entry_names(bytes: &[u8]) -> Option<Vec<&[u8]>> {
    const END_SIGNATURE: &[u8] = b"PK\x05\x06";
    const ENTRY_SIGNATURE: &[u8] = b"PK\x01\x02";
    const END_LEN: usize = 22;
    if bytes.len() < END_LEN {
        return None;
    }
    let search_from = bytes.len().saturating_sub(END_LEN + usize::from(u16::MAX));
    let end = (search_from..=bytes.len() - END_LEN)
        .rev()
        .find(|&at| bytes[at..].starts_with(END_SIGNATURE))?;
    let entries = u16_at(bytes, end + 10)?;
    let directory_len = u32_at(bytes, end + 12)?;
    let directory_start = u32_at(bytes, end + 16)?;
    let directory_end = directory_start.checked_add(directory_len)?;
    if directory_end > end {
        return None;
    }
    let mut names = Vec::with_capacity(entries);
    let mut at = directory_start;
    for _ in 0..entries {
        if !bytes.get(at..)?.starts_with(ENTRY_SIGNATURE) {
            return None;
        }
        let name_len = u16_at(bytes, at + 28)?;
        let extra_len = u16_at(bytes, at + 30)?;
        let comment_len = u16_at(bytes, at + 32)?;
        let name_start = at + 46;
        names.push(bytes.get(name_start..name_start.checked_add(name_len)?)?);
        at = name_start + name_len + extra_len + comment_len;
        if at > directory_end {
            return None;
        }
    }
    Some(names)
}

/// Word, Excel or PowerPoint 97–2003 by the names of the streams of an OLE compound file
/// (names are UTF-16LE in the directory; a Word document's own stream is looked for first, as
/// it may embed a workbook).
fn compound_file(bytes: &[u8]) -> Option<FileType> {
    let contains_name = |name: &str| {
        let encoded: Vec<u8> = name
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .chain([0, 0])
            .collect();
        bytes
            .windows(encoded.len())
            .any(|window| window == encoded.as_slice())
    };
    if contains_name("WordDocument") {
        Some(FileType::Doc)
    } else if contains_name("PowerPoint Document") {
        Some(FileType::Ppt)
    } else if contains_name("Workbook") {
        Some(FileType::Xls)
    } else {
        None
    }
}

/// UTF-8 (with or without a byte-order mark) without NUL or control characters other than
/// tab, line feed, carriage return and form feed.
fn plain_text(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    !text.trim().is_empty()
        && text
            .chars()
            .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
}

/// Why an upload's name or declared type disagrees with its bytes, if it does.
pub fn disagreement(
    found: FileType,
    declared_type: Option<&str>,
    file_name: &str,
) -> Option<String> {
    if let Some(declared) = declared_type {
        let essence = declared
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let declares_nothing = essence.is_empty() || essence == "application/octet-stream";
        if !declares_nothing && !found.declared_types().contains(&essence.as_str()) {
            return Some(format!(
                "the file was sent as {essence}, but its bytes are {} ({}): send the file it claims to be",
                found.describe(),
                found.content_type()
            ));
        }
    }
    if let Some((_, extension)) = file_name.rsplit_once('.') {
        let extension = extension.to_ascii_lowercase();
        if !found.extensions().contains(&extension.as_str()) {
            return Some(format!(
                "the file is named .{extension}, but its bytes are {} (.{}): send the file it claims to be, or name it for what it is",
                found.describe(),
                found.extensions().join(", .")
            ));
        }
    }
    None
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
pub(crate) mod tests {
    use super::*;

    /// A minimal ZIP of empty stored entries with these names.
    pub(crate) fn zip_with(names: &[&str]) -> Vec<u8> {
        let mut body = Vec::new();
        let mut directory = Vec::new();
        for name in names {
            let offset = body.len() as u32;
            body.extend_from_slice(ZIP_LOCAL);
            body.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            body.extend_from_slice(&[0; 12]); // crc, sizes
            body.extend_from_slice(&(name.len() as u16).to_le_bytes());
            body.extend_from_slice(&[0, 0]);
            body.extend_from_slice(name.as_bytes());
            directory.extend_from_slice(b"PK\x01\x02");
            directory.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            directory.extend_from_slice(&[0; 12]);
            directory.extend_from_slice(&(name.len() as u16).to_le_bytes());
            directory.extend_from_slice(&[0; 12]);
            directory.extend_from_slice(&offset.to_le_bytes());
            directory.extend_from_slice(name.as_bytes());
        }
        let directory_start = body.len() as u32;
        let directory_len = directory.len() as u32;
        body.extend_from_slice(&directory);
        body.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        body.extend_from_slice(&(names.len() as u16).to_le_bytes());
        body.extend_from_slice(&(names.len() as u16).to_le_bytes());
        body.extend_from_slice(&directory_len.to_le_bytes());
        body.extend_from_slice(&directory_start.to_le_bytes());
        body.extend_from_slice(&[0, 0]);
        body
    }

    fn compound_with(stream: &str) -> Vec<u8> {
        let mut bytes = OLE.to_vec();
        bytes.extend_from_slice(&[0; 504]);
        bytes.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
        bytes.extend_from_slice(&[0; 64]);
        bytes
    }

    #[test]
    fn images_are_known_by_their_signatures() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(FileType::Png));
        assert_eq!(sniff(b"\xff\xd8\xff\xe0\0\x10JFIF"), Some(FileType::Jpeg));
        assert_eq!(sniff(b"GIF89a\x01\0\x01\0"), Some(FileType::Gif));
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 "), Some(FileType::Webp));
        // A RIFF that is not WebP (a WAV) is not an image.
        assert_eq!(sniff(b"RIFF\x24\0\0\0WAVEfmt "), None);
        assert!(FileType::Png.is_image() && !FileType::Pdf.is_image());
    }

    #[test]
    fn documents_are_known_by_their_contents() {
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3"), Some(FileType::Pdf));
        let docx = zip_with(&["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
        assert_eq!(sniff(&docx), Some(FileType::Docx));
        let xlsx = zip_with(&["[Content_Types].xml", "xl/workbook.xml"]);
        assert_eq!(sniff(&xlsx), Some(FileType::Xlsx));
        let pptx = zip_with(&["[Content_Types].xml", "ppt/presentation.xml"]);
        assert_eq!(sniff(&pptx), Some(FileType::Pptx));
        // A plain ZIP, or one cut short, is not a document.
        assert_eq!(sniff(&zip_with(&["readme.txt", "word/x"])), None);
        assert_eq!(sniff(&docx[..docx.len() - 10]), None);
        assert_eq!(sniff(&compound_with("WordDocument")), Some(FileType::Doc));
        assert_eq!(sniff(&compound_with("Workbook")), Some(FileType::Xls));
        assert_eq!(
            sniff(&compound_with("PowerPoint Document")),
            Some(FileType::Ppt)
        );
        // An OLE file of another kind (an installer) is refused.
        assert_eq!(sniff(&compound_with("SummaryInformation")), None);
        assert_eq!(
            sniff("开户流程\r\n1. 身份证\n".as_bytes()),
            Some(FileType::Text)
        );
        assert_eq!(sniff(b"\xef\xbb\xbfhello"), Some(FileType::Text));
    }

    #[test]
    fn executables_binaries_and_empty_files_are_refused() {
        assert_eq!(sniff(b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff"), None);
        assert_eq!(sniff(b"\x7fELF\x02\x01\x01\0"), None);
        assert_eq!(sniff(b"text with a NUL\0 inside"), None);
        assert_eq!(sniff(b"\xc4\xe3\xba\xc3"), None); // GBK, not UTF-8
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"  \n "), None);
    }

    #[test]
    fn declared_types_and_names_must_agree_with_the_bytes() {
        assert_eq!(
            disagreement(FileType::Png, Some("image/png"), "logo.PNG"),
            None
        );
        assert_eq!(
            disagreement(FileType::Jpeg, Some("image/jpg"), "照片.jpeg"),
            None
        );
        assert_eq!(
            disagreement(FileType::Pdf, Some("application/octet-stream"), "开户指南"),
            None
        );
        assert_eq!(
            disagreement(FileType::Text, Some("text/plain; charset=utf-8"), "a.txt"),
            None
        );
        let named = disagreement(FileType::Pdf, None, "logo.png").unwrap();
        assert!(named.contains("PDF"), "{named}");
        let declared = disagreement(FileType::Pdf, Some("image/png"), "logo").unwrap();
        assert!(declared.contains("image/png"), "{declared}");
    }
}
