//! Reading messages for an export: a page of chain positions at a time, decrypted.
//!
//! An export reads every message it finds, a thousand at a time, so what a page costs per row
//! decides its speed. On SQLite, sqlx hands each row from its SQLite worker thread to ours with
//! a wake-up, and copies each value out; for a page of a thousand rows these hand-overs cost
//! more than SQLite's own work (docs/BENCHMARKS.md, "Exports"). So a page is read as one value:
//! `json_group_array` over the page's rows, ciphertext in hex. PostgreSQL sends rows over one
//! socket to the task that reads them: there a page is read as rows. Decrypting and parsing
//! the page is then split over two blocking threads.

use std::collections::HashMap;
use std::sync::Arc;

use entity::archive_message;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QuerySelect, Statement,
};

use super::read::{RowFacts, StoredMessage, open_text, stored_message};
use super::routing::Routing;
use super::{Archive, run_blocking};
use crate::crypto::{Keyring, keyring_opens};
use crate::{ArchiveError, Message};

/// What an export needs of a row: its position, the msgid its blob is bound to, the blob, and
/// what only the row knows (conversation id, revocation links).
struct SealedRow {
    seq: i64,
    msgid: String,
    ciphertext: Ciphertext,
    conversation_id: Option<i64>,
    revoked_at_ms: Option<i64>,
    revoked_by: Option<String>,
}

/// A blob as read: bytes from PostgreSQL, hex from SQLite's JSON (decoded on the decoding
/// threads, where it costs least).
enum Ciphertext {
    Bytes(Vec<u8>),
    Hex(String),
}

impl Ciphertext {
    fn into_bytes(self) -> Result<Vec<u8>, ArchiveError> {
        match self {
            Ciphertext::Bytes(bytes) => Ok(bytes),
            Ciphertext::Hex(hex) => {
                decode_hex(hex.as_bytes()).ok_or(ArchiveError::MalformedCiphertext {
                    what: "an archived message",
                    reason: "its hex from SQLite did not decode",
                })
            }
        }
    }

    /// False when its header names a key version or dictionary `keyring` lacks (the first
    /// bytes are enough).
    fn opens_with(&self, keyring: &Keyring) -> bool {
        match self {
            Ciphertext::Bytes(bytes) => keyring_opens(keyring, bytes),
            Ciphertext::Hex(hex) => {
                let digits = hex.as_bytes();
                decode_hex(&digits[..HEADER_HEX.min(digits.len())])
                    .is_some_and(|head| keyring_opens(keyring, &head))
            }
        }
    }
}

/// Hex digits read for a blob's header: 64 bytes, more than the header parser asks for (a
/// whole blob's overhead, header and tag, 37 bytes at most).
const HEADER_HEX: usize = 128;

/// Decodes hex digits (either case), `None` for anything else; a table per byte, as
/// `hex::decode` goes digit by digit through an iterator and was a quarter of an export's time.
fn decode_hex(digits: &[u8]) -> Option<Vec<u8>> {
    const INVALID: u8 = 0xff;
    const TABLE: [u8; 256] = {
        let mut table = [INVALID; 256];
        let mut digit = 0;
        while digit < 10 {
            table[b'0' as usize + digit] = digit as u8;
            digit += 1;
        }
        let mut letter = 0;
        while letter < 6 {
            table[b'a' as usize + letter] = 10 + letter as u8;
            table[b'A' as usize + letter] = 10 + letter as u8;
            letter += 1;
        }
        table
    };
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    let mut bytes = Vec::with_capacity(digits.len() / 2);
    for pair in digits.chunks_exact(2) {
        let (high, low) = (TABLE[pair[0] as usize], TABLE[pair[1] as usize]);
        if high == INVALID || low == INVALID {
            return None;
        }
        bytes.push(high << 4 | low);
    }
    Some(bytes)
}

/// A SQLite page as `json_group_array` returns it: one array per row.
type JsonRow = (
    i64,
    String,
    String,
    Option<i64>,
    Option<i64>,
    Option<String>,
);

const SQLITE_PAGE: &str = "SELECT json_group_array(json_array(seq, msgid, hex(ciphertext), \
     conversation_id, revoked_at_ms, revoked_by)) AS page FROM archive_message \
     WHERE tenant_id = ? AND seq IN ";

impl Archive {
    /// Messages by chain position for an export, in the order asked for (unknown positions are
    /// skipped), as [`messages_by_seq`](Self::messages_by_seq) returns them. The routing fields
    /// come from the sealed originals; unlike a read for a person, the row's own copies are not
    /// compared with them (`verify` does that).
    pub async fn export_messages(
        &self,
        tenant_id: i64,
        seqs: &[u64],
    ) -> Result<Vec<StoredMessage>, ArchiveError> {
        if seqs.is_empty() {
            return Ok(Vec::new());
        }
        let rows = match self.db().get_database_backend() {
            DbBackend::Sqlite => self.sealed_page_as_one_value(tenant_id, seqs).await?,
            _ => self.sealed_page_as_rows(tenant_id, seqs).await?,
        };
        let mut keyring: Arc<Keyring> = self.keyring(tenant_id).await?;
        let needs_reload = rows.iter().any(|row| !row.ciphertext.opens_with(&keyring));
        if needs_reload {
            keyring = self.reload_keyring(tenant_id).await?;
        }
        let decoded = run_blocking(move || decode_in_two(&keyring, tenant_id, rows)).await?;
        let mut by_seq: HashMap<u64, StoredMessage> = decoded
            .into_iter()
            .map(|message| (message.seq, message))
            .collect();
        Ok(seqs.iter().filter_map(|seq| by_seq.remove(seq)).collect())
    }

    async fn sealed_page_as_one_value(
        &self,
        tenant_id: i64,
        seqs: &[u64],
    ) -> Result<Vec<SealedRow>, ArchiveError> {
        let placeholders = vec!["?"; seqs.len()].join(",");
        let mut values: Vec<sea_orm::Value> = Vec::with_capacity(seqs.len() + 1);
        values.push(tenant_id.into());
        values.extend(seqs.iter().map(|seq| sea_orm::Value::from(*seq as i64)));
        let statement = Statement::from_sql_and_values(
            DbBackend::Sqlite,
            format!("{SQLITE_PAGE}({placeholders})"),
            values,
        );
        let Some(row) = self.db().query_one_raw(statement).await? else {
            return Ok(Vec::new());
        };
        let page: String = row.try_get("", "page")?;
        let rows: Vec<JsonRow> =
            serde_json::from_str(&page).map_err(|_| ArchiveError::MalformedCiphertext {
                what: "a page of archived messages",
                reason: "SQLite's JSON did not read back",
            })?;
        Ok(rows
            .into_iter()
            .map(
                |(seq, msgid, ciphertext, conversation_id, revoked_at_ms, revoked_by)| SealedRow {
                    seq,
                    msgid,
                    ciphertext: Ciphertext::Hex(ciphertext),
                    conversation_id,
                    revoked_at_ms,
                    revoked_by,
                },
            )
            .collect())
    }

    async fn sealed_page_as_rows(
        &self,
        tenant_id: i64,
        seqs: &[u64],
    ) -> Result<Vec<SealedRow>, ArchiveError> {
        type Columns = (
            i64,
            String,
            Vec<u8>,
            Option<i64>,
            Option<i64>,
            Option<String>,
        );
        let rows: Vec<Columns> = archive_message::Entity::find()
            .select_only()
            .column(archive_message::Column::Seq)
            .column(archive_message::Column::Msgid)
            .column(archive_message::Column::Ciphertext)
            .column(archive_message::Column::ConversationId)
            .column(archive_message::Column::RevokedAtMs)
            .column(archive_message::Column::RevokedBy)
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .filter(
                archive_message::Column::Seq
                    .is_in(seqs.iter().map(|seq| *seq as i64).collect::<Vec<_>>()),
            )
            .into_tuple()
            .all(self.db())
            .await?;
        Ok(rows
            .into_iter()
            .map(
                |(seq, msgid, ciphertext, conversation_id, revoked_at_ms, revoked_by)| SealedRow {
                    seq,
                    msgid,
                    ciphertext: Ciphertext::Bytes(ciphertext),
                    conversation_id,
                    revoked_at_ms,
                    revoked_by,
                },
            )
            .collect())
    }
}

/// Decrypts and parses `rows`, half on this thread and half on another.
fn decode_in_two(
    keyring: &Keyring,
    tenant_id: i64,
    mut rows: Vec<SealedRow>,
) -> Result<Vec<StoredMessage>, ArchiveError> {
    let second_half = rows.split_off(rows.len() / 2);
    let decode = |rows: Vec<SealedRow>| -> Result<Vec<StoredMessage>, ArchiveError> {
        rows.into_iter()
            .map(|row| decode(keyring, tenant_id, row))
            .collect()
    };
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| decode(second_half));
        let first = decode(rows);
        (first, second.join())
    });
    let second =
        second.map_err(|_| ArchiveError::Task("an export decoding thread panicked".into()))?;
    let mut messages = first?;
    messages.extend(second?);
    Ok(messages)
}

fn decode(
    keyring: &Keyring,
    tenant_id: i64,
    row: SealedRow,
) -> Result<StoredMessage, ArchiveError> {
    let ciphertext = row.ciphertext.into_bytes()?;
    let raw = open_text(keyring, tenant_id, &row.msgid, &ciphertext)?;
    let message = Message::parse_json(&raw)?;
    let content = message.searchable_text();
    let facts = RowFacts {
        seq: row.seq,
        conversation_id: row.conversation_id,
        revoked_at_ms: row.revoked_at_ms,
        revoked_by: row.revoked_by,
    };
    Ok(stored_message(facts, Routing::from(message), raw, content))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::decode_hex;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn hex_decodes_as_the_hex_crate_does(bytes in proptest::collection::vec(any::<u8>(), 0..64), upper in any::<bool>()) {
            let digits = if upper { hex::encode_upper(&bytes) } else { hex::encode(&bytes) };
            prop_assert_eq!(decode_hex(digits.as_bytes()), Some(bytes));
        }

        #[test]
        fn anything_but_hex_is_refused(text in "[0-9a-fA-F]{0,8}[g-zG-Z ]{1}[0-9a-f]{0,8}") {
            prop_assert_eq!(decode_hex(text.as_bytes()), None);
        }
    }

    #[test]
    fn an_odd_number_of_digits_is_refused() {
        assert_eq!(decode_hex(b"abc"), None);
        assert_eq!(decode_hex(b""), Some(Vec::new()));
    }
}
