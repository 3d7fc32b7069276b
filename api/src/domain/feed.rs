//! Rows as a live feed for subscriptions: each row of a table is handed to the subscribers of
//! this server process once it is committed, whichever process wrote it.
//!
//! Rows are written wherever the work happens — often in another process (`scrm archive
//! import`, another server's job worker) — so a server learns of them from the database: one
//! poller per feed and process reads the rows committed since it last looked and broadcasts
//! them; each subscriber keeps only what is theirs.
//!
//! # Why no row is missed
//!
//! "Committed since it last looked" is the whole difficulty: the poller must never step past a
//! row whose transaction has not committed yet, or it will not look back for it.
//!
//! - **SQLite**: one writer at a time, and a row's id is taken inside the write lock, so ids
//!   are in commit order: every row with an id below one the poller has seen is committed and
//!   was seen too. The poller keeps the highest id it broadcast and reads `id > mark`.
//! - **PostgreSQL**: ids come from a sequence when a row is inserted, long before its
//!   transaction commits, and transactions commit in any order: with `id > mark`, a row whose
//!   transaction commits after one with a higher id would be skipped for good. So each row
//!   records the transaction that inserted it (`insert_xid`, filled by a column default, see
//!   migrations 0007 and 0030), and the poller keeps the *snapshot* of its last poll
//!   (`pg_snapshot`: which transactions had finished then). Each poll takes a new snapshot and
//!   reads the rows whose transaction is visible in the new one and not in the old one
//!   (`pg_visible_in_snapshot`): exactly those committed in between, however long their
//!   transaction ran and whatever their ids. Visibility only grows from one snapshot to the
//!   next, so each row falls into exactly one such window: delivered once, never skipped. The
//!   `insert_xid` range of the window (`[xmin of old, xmax of new)`) keeps the read on an index.
//!
//! A subscriber that falls more than the channel's capacity behind is told so — a `CONFLICT`
//! error saying how many rows it missed — and keeps receiving.

use std::future::Future;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::Stream;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};
use tokio::sync::broadcast;

use crate::error::{ApiError, ApiResult, ErrorCode};

const POLL_EVERY: Duration = Duration::from_millis(500);
/// Rows a subscriber may fall behind by before it is told it missed some.
const CHANNEL_CAPACITY: usize = 1024;
/// Rows read per query; more wait for the next poll.
const POLL_BATCH: u64 = 1_000;

/// A table whose rows a [`Feed`] hands out. Its PostgreSQL table has `insert_xid xid8 DEFAULT
/// pg_current_xact_id()` with an index on (`insert_xid`, `id`).
pub trait FeedSource: Send + Sync + 'static {
    type Entity: EntityTrait<Model = Self::Row>;
    type Row: Clone + Send + Sync + 'static;
    /// The table's name, as written in SQL (a constant, never input).
    const TABLE: &'static str;
    /// What the rows are, plural (`alerts`), and what a subscriber that fell behind should
    /// re-read (`riskAlerts`), for the notice it gets.
    const NOUN: &'static str;
    const REREAD: &'static str;

    fn id_column() -> <Self::Entity as EntityTrait>::Column;
    fn id(row: &Self::Row) -> i64;
}

/// The live feed of one table's rows, shared by the server's subscribers.
pub struct Feed<S: FeedSource> {
    sender: broadcast::Sender<S::Row>,
    /// Where the feed stands; `None` while nobody listens (no queries then).
    mark: Arc<Mutex<Option<Mark>>>,
    source: PhantomData<S>,
}

impl<S: FeedSource> Clone for Feed<S> {
    fn clone(&self) -> Self {
        Feed {
            sender: self.sender.clone(),
            mark: self.mark.clone(),
            source: PhantomData,
        }
    }
}

impl<S: FeedSource> Default for Feed<S> {
    fn default() -> Self {
        Feed::with_capacity(CHANNEL_CAPACITY)
    }
}

/// The point after which rows are still to be broadcast.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mark {
    /// SQLite: the highest id broadcast.
    Id(i64),
    /// PostgreSQL: rows of transactions visible in `until` but not in `since` are due.
    Snapshot {
        /// The snapshot of the last completed poll (`pg_snapshot` in text form).
        since: String,
        /// Set while a window holds more than one batch: the poll's snapshot, kept until the
        /// window is read to its end.
        until: Option<String>,
        /// The last (`insert_xid`, id) broadcast from the current window.
        after: (String, i64),
    },
}

/// Before every transaction id: the start of a window.
const WINDOW_START: (&str, i64) = ("0", 0);

impl<S: FeedSource> Feed<S> {
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        let (sender, _) = broadcast::channel(capacity);
        Feed {
            sender,
            mark: Arc::new(Mutex::new(None)),
            source: PhantomData,
        }
    }

    fn mark(&self) -> std::sync::MutexGuard<'_, Option<Mark>> {
        self.mark
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs until the server stops: while anyone subscribes, broadcasts rows as they commit.
    pub async fn run(self, db: DatabaseConnection) {
        let mut ticker = tokio::time::interval(POLL_EVERY);
        loop {
            ticker.tick().await;
            if self.sender.receiver_count() == 0 {
                *self.mark() = None;
                continue;
            }
            let mark = self.mark().clone();
            let Some(mark) = mark else {
                // A subscriber came while the mark was being cleared: start from now.
                if let Err(error) = self.start_mark(&db).await {
                    tracing::warn!(table = S::TABLE, error = %error, "feed: could not start");
                }
                continue;
            };
            match poll::<S>(&db, &mark).await {
                Ok((rows, next)) => {
                    {
                        let mut current = self.mark();
                        // Unless the feed was reset meanwhile (everyone left).
                        if current.as_ref() == Some(&mark) {
                            *current = Some(next);
                        }
                    }
                    for row in rows {
                        let _ = self.sender.send(row);
                    }
                }
                Err(error) => {
                    tracing::warn!(table = S::TABLE, error = %error, "feed: poll failed");
                }
            }
        }
    }

    /// A receiver of the rows committed from now on (the caller has been authorised).
    pub async fn receiver(
        &self,
        db: &DatabaseConnection,
    ) -> ApiResult<broadcast::Receiver<S::Row>> {
        let receiver = self.sender.subscribe();
        if self.mark().is_none() {
            self.start_mark(db).await?;
        }
        Ok(receiver)
    }

    /// Sets the feed's mark to now, unless someone set it meanwhile.
    async fn start_mark(&self, db: &DatabaseConnection) -> ApiResult<()> {
        let start = start_position::<S>(db).await?;
        let mut mark = self.mark();
        if mark.is_none() {
            *mark = Some(start);
        }
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn send(&self, row: S::Row) {
        let _ = self.sender.send(row);
    }

    #[cfg(test)]
    pub(crate) fn subscribe_unchecked(&self) -> broadcast::Receiver<S::Row> {
        self.sender.subscribe()
    }
}

/// The rows due after `mark`, in order, and the mark after them.
async fn poll<S: FeedSource>(
    db: &DatabaseConnection,
    mark: &Mark,
) -> ApiResult<(Vec<S::Row>, Mark)> {
    match mark {
        Mark::Id(last) => {
            let rows = S::Entity::find()
                .filter(S::id_column().gt(*last))
                .order_by_asc(S::id_column())
                .limit(POLL_BATCH)
                .all(db)
                .await?;
            let next = rows.last().map_or(*last, S::id);
            Ok((rows, Mark::Id(next)))
        }
        Mark::Snapshot {
            since,
            until,
            after,
        } => {
            let until = match until {
                Some(until) => until.clone(),
                None => current_snapshot(db).await?,
            };
            let due = committed_between::<S>(db, since, &until, after).await?;
            let rows = rows_in_order::<S>(db, &due).await?;
            let next = match due.last() {
                // A full batch: the window may hold more; read on from here next time.
                Some(last) if due.len() as u64 == POLL_BATCH => Mark::Snapshot {
                    since: since.clone(),
                    until: Some(until),
                    after: last.clone(),
                },
                _ => Mark::Snapshot {
                    since: until,
                    until: None,
                    after: (WINDOW_START.0.to_string(), WINDOW_START.1),
                },
            };
            Ok((rows, next))
        }
    }
}

async fn current_snapshot(db: &impl ConnectionTrait) -> ApiResult<String> {
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT pg_current_snapshot()::text",
        ))
        .await?
        .ok_or_else(|| ApiError::Internal("pg_current_snapshot() returned no row".to_string()))?;
    Ok(row.try_get_by_index(0)?)
}

/// (`insert_xid`, id) of the rows whose transaction is visible in `until` but not in `since`,
/// after `after`, in that order; at most [`POLL_BATCH`].
async fn committed_between<S: FeedSource>(
    db: &impl ConnectionTrait,
    since: &str,
    until: &str,
    after: &(String, i64),
) -> ApiResult<Vec<(String, i64)>> {
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!(
                "SELECT insert_xid::text, id FROM {}
                 WHERE insert_xid >= pg_snapshot_xmin($1::pg_snapshot)
                   AND insert_xid < pg_snapshot_xmax($2::pg_snapshot)
                   AND NOT pg_visible_in_snapshot(insert_xid, $1::pg_snapshot)
                   AND pg_visible_in_snapshot(insert_xid, $2::pg_snapshot)
                   AND (insert_xid, id) > ($3::xid8, $4)
                 ORDER BY insert_xid, id
                 LIMIT $5",
                S::TABLE
            ),
            [
                since.into(),
                until.into(),
                after.0.clone().into(),
                after.1.into(),
                (POLL_BATCH as i64).into(),
            ],
        ))
        .await?;
    rows.iter()
        .map(|row| Ok((row.try_get_by_index(0)?, row.try_get_by_index(1)?)))
        .collect()
}

/// The rows `due` names, in its order.
async fn rows_in_order<S: FeedSource>(
    db: &impl ConnectionTrait,
    due: &[(String, i64)],
) -> ApiResult<Vec<S::Row>> {
    if due.is_empty() {
        return Ok(Vec::new());
    }
    let mut by_id: std::collections::HashMap<i64, S::Row> = S::Entity::find()
        .filter(S::id_column().is_in(due.iter().map(|(_, id)| *id)))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (S::id(&row), row))
        .collect();
    Ok(due.iter().filter_map(|(_, id)| by_id.remove(id)).collect())
}

/// Where a feed that starts now begins: after every row committed so far.
async fn start_position<S: FeedSource>(db: &DatabaseConnection) -> ApiResult<Mark> {
    if db.get_database_backend() == DbBackend::Postgres {
        return Ok(Mark::Snapshot {
            since: current_snapshot(db).await?,
            until: None,
            after: (WINDOW_START.0.to_string(), WINDOW_START.1),
        });
    }
    let latest: Option<i64> = S::Entity::find()
        .select_only()
        .column(S::id_column())
        .order_by_desc(S::id_column())
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    Ok(Mark::Id(latest.unwrap_or(0)))
}

/// Whether an error from a feed's stream is its last item (a failed credential check), rather
/// than a notice that the subscriber missed rows.
pub fn ends_stream(error: &ApiError) -> bool {
    error.code() != ErrorCode::Conflict
}

/// The rows from `receiver` that `keep` accepts, each handed out only once `recheck` passes
/// (a subscription outlives the request that opened it, and must not outlive a logout or a
/// deactivation). Once the check fails the stream yields that error and ends.
pub fn stream<S, Keep, Recheck, Checked>(
    receiver: broadcast::Receiver<S::Row>,
    keep: Keep,
    recheck: Recheck,
) -> impl Stream<Item = ApiResult<S::Row>>
where
    S: FeedSource,
    Keep: Fn(&S::Row) -> bool + Clone,
    Recheck: Fn() -> Checked + Clone,
    Checked: Future<Output = ApiResult<()>>,
{
    futures_util::stream::unfold(Some(receiver), move |receiver| {
        let recheck = recheck.clone();
        let keep = keep.clone();
        async move {
            let mut receiver = receiver?;
            loop {
                match receiver.recv().await {
                    Ok(row) if keep(&row) => {
                        return match recheck().await {
                            Ok(()) => Some((Ok(row), Some(receiver))),
                            Err(error) => Some((Err(error), None)),
                        };
                    }
                    Ok(_) => continue,
                    // The channel dropped the oldest rows this subscriber had not read yet.
                    // The count covers every tenant's rows, hence "up to".
                    Err(broadcast::error::RecvError::Lagged(missed)) => {
                        let notice = ApiError::Conflict(format!(
                            "you missed up to {missed} {}; re-read {}",
                            S::NOUN,
                            S::REREAD
                        ));
                        return Some((Err(notice), Some(receiver)));
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                }
            }
        }
    })
}
