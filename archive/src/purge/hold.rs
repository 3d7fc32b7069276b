//! What a legal hold covers, in the archive's terms.

use std::collections::HashSet;

/// One message's time and parties, as a purge sees them (its routing columns).
#[derive(Debug, Clone, Copy)]
pub struct MessageParties<'a> {
    pub sent_at_ms: i64,
    pub sender: &'a str,
    pub tolist: &'a [String],
    pub roomid: Option<&'a str>,
}

/// Whom a hold names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoldSubjects {
    /// The hold names no staff, customer or room: every message in its time range.
    Everyone,
    /// Messages sent or received by any of `parties` (staff WeCom userids and customers'
    /// external userids), or sent in any of `rooms`. A hold that names staff without a WeCom
    /// userid is `Named` with fewer parties, never `Everyone`: it still covers only whom it
    /// names.
    Named {
        parties: HashSet<String>,
        rooms: HashSet<String>,
    },
}

/// An active legal hold: a range of send times (`from_ms` included, `to_ms` excluded, either
/// open) and whom it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldScope {
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub subjects: HoldSubjects,
}

impl HoldScope {
    pub fn covers(&self, message: &MessageParties<'_>) -> bool {
        if self.from_ms.is_some_and(|from| message.sent_at_ms < from) {
            return false;
        }
        if self.to_ms.is_some_and(|to| message.sent_at_ms >= to) {
            return false;
        }
        match &self.subjects {
            HoldSubjects::Everyone => true,
            HoldSubjects::Named { parties, rooms } => {
                parties.contains(message.sender)
                    || message.tolist.iter().any(|to| parties.contains(to))
                    || message.roomid.is_some_and(|room| rooms.contains(room))
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn named(parties: &[&str], rooms: &[&str]) -> HoldSubjects {
        HoldSubjects::Named {
            parties: parties.iter().map(|party| party.to_string()).collect(),
            rooms: rooms.iter().map(|room| room.to_string()).collect(),
        }
    }

    fn message<'a>(sent_at_ms: i64, sender: &'a str, tolist: &'a [String]) -> MessageParties<'a> {
        MessageParties {
            sent_at_ms,
            sender,
            tolist,
            roomid: None,
        }
    }

    #[test]
    fn the_time_range_includes_from_and_excludes_to() {
        let hold = HoldScope {
            from_ms: Some(100),
            to_ms: Some(200),
            subjects: HoldSubjects::Everyone,
        };
        let nobody: Vec<String> = Vec::new();
        assert!(!hold.covers(&message(99, "a", &nobody)));
        assert!(hold.covers(&message(100, "a", &nobody)));
        assert!(hold.covers(&message(199, "a", &nobody)));
        assert!(!hold.covers(&message(200, "a", &nobody)));
        let open = HoldScope {
            from_ms: None,
            to_ms: None,
            subjects: HoldSubjects::Everyone,
        };
        assert!(open.covers(&message(i64::MIN, "a", &nobody)));
    }

    #[test]
    fn a_named_party_is_covered_as_sender_or_recipient_and_a_room_by_its_id() {
        let hold = HoldScope {
            from_ms: None,
            to_ms: None,
            subjects: named(&["zhangsan", "wmCustomer"], &["wrRoom"]),
        };
        let to_customer = vec!["wmCustomer".to_string()];
        let to_other = vec!["wmOther".to_string()];
        assert!(hold.covers(&message(1, "zhangsan", &to_other)));
        assert!(hold.covers(&message(1, "lisi", &to_customer)));
        assert!(!hold.covers(&message(1, "lisi", &to_other)));
        let in_room = MessageParties {
            roomid: Some("wrRoom"),
            ..message(1, "lisi", &to_other)
        };
        assert!(hold.covers(&in_room));
    }

    #[test]
    fn a_hold_naming_only_unknown_parties_covers_nobody_rather_than_everyone() {
        let hold = HoldScope {
            from_ms: None,
            to_ms: None,
            subjects: named(&[], &[]),
        };
        assert!(!hold.covers(&message(1, "anyone", &[])));
    }
}
