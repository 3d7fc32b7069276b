//! Whether a message's sender is a member of the tenant or an external contact, as far as the
//! risk rules and unsubscribe replies care.
//!
//! The id's form settles almost every case: WeCom gives external contacts ids of letters and
//! digits starting with `wm` or `wo` ([`SenderKind::of_wecom_id`]). A company may still name a
//! member `wolfgang` or `wmeng`, and read by form alone everything that member sends would escape
//! the staff rules. So the tenant's staff directory is asked about exactly those ids: the
//! members whose ids have an external contact's form. Deactivated members count, since their
//! history is still a member's.

use std::collections::HashSet;

use entity::staff;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QuerySelect};

use super::Archive;
use crate::ArchiveError;
use crate::risk::SenderKind;

/// The tenant's member ids that look like external contacts' ids. Usually empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct SenderDirectory {
    members_of_contact_form: HashSet<String>,
}

impl SenderDirectory {
    #[cfg(test)]
    fn of_members(ids: &[&str]) -> SenderDirectory {
        SenderDirectory {
            members_of_contact_form: ids.iter().map(|id| id.to_string()).collect(),
        }
    }

    /// The side `sender` is on: a member when the directory names it, otherwise by its form.
    pub(super) fn kind_of(&self, sender: &str) -> SenderKind {
        if self.members_of_contact_form.contains(sender) {
            return SenderKind::Staff;
        }
        SenderKind::of_wecom_id(sender)
    }
}

impl Archive {
    /// The tenant's directory as it stands (one indexed query on `staff`).
    pub(super) async fn sender_directory(
        &self,
        tenant_id: i64,
    ) -> Result<SenderDirectory, ArchiveError> {
        let ids: Vec<Option<String>> = staff::Entity::find()
            .select_only()
            .column(staff::Column::WecomUserid)
            .filter(staff::Column::TenantId.eq(tenant_id))
            .filter(
                Condition::any()
                    .add(staff::Column::WecomUserid.starts_with("wm"))
                    .add(staff::Column::WecomUserid.starts_with("wo")),
            )
            .into_tuple()
            .all(self.db())
            .await?;
        let members_of_contact_form = ids
            .into_iter()
            .flatten()
            .filter(|id| SenderKind::of_wecom_id(id) == SenderKind::Customer)
            .collect();
        Ok(SenderDirectory {
            members_of_contact_form,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_directory_settles_ids_of_contact_form_and_the_form_settles_the_rest() {
        let directory = SenderDirectory::of_members(&["wolfgang"]);
        assert_eq!(directory.kind_of("wolfgang"), SenderKind::Staff);
        assert_eq!(directory.kind_of("wmCustomer01"), SenderKind::Customer);
        assert_eq!(directory.kind_of("wong.kamfai"), SenderKind::Staff);
        assert_eq!(directory.kind_of("zhangsan"), SenderKind::Staff);
        assert_eq!(
            SenderDirectory::default().kind_of("wolfgang"),
            SenderKind::Customer
        );
    }
}
