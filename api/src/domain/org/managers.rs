//! Who a staff member's managers are: the active MANAGERs of their department, or, when it has
//! none, of the nearest department above it that has. One rule for every notice that goes "to
//! the manager" (SOP's NOTIFY_MANAGER, lost customers).

use std::collections::{BTreeSet, HashMap};

use entity::{Role, department, staff};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::error::ApiResult;

/// The managers of `member` among `staff`, departments linked by `parents` (department →
/// parent). Sorted by id; empty when no department up the tree has an active manager. A
/// manager is never their own manager.
pub(crate) fn nearest<'a>(
    staff: impl Iterator<Item = &'a staff::Model> + Clone,
    parents: &HashMap<i64, Option<i64>>,
    member: i64,
) -> Vec<i64> {
    let mut department = staff
        .clone()
        .find(|candidate| candidate.id == member)
        .and_then(|found| found.department_id);
    let mut seen = BTreeSet::new();
    while let Some(current) = department {
        if !seen.insert(current) {
            break;
        }
        let mut managers: Vec<i64> = staff
            .clone()
            .filter(|candidate| {
                candidate.active
                    && candidate.role == Role::Manager
                    && candidate.id != member
                    && candidate.department_id == Some(current)
            })
            .map(|candidate| candidate.id)
            .collect();
        if !managers.is_empty() {
            managers.sort_unstable();
            return managers;
        }
        department = parents.get(&current).copied().flatten();
    }
    Vec::new()
}

/// The managers of `member` in `tenant_id`, read from the database.
pub(crate) async fn of_member<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    member: i64,
) -> ApiResult<Vec<i64>> {
    let staff = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant_id))
        .all(db)
        .await?;
    let parents: HashMap<i64, Option<i64>> = department::Entity::find()
        .select_only()
        .column(department::Column::Id)
        .column(department::Column::ParentId)
        .filter(department::Column::TenantId.eq(tenant_id))
        .into_tuple::<(i64, Option<i64>)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(nearest(staff.iter(), &parents, member))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn member(id: i64, role: Role, department_id: Option<i64>, active: bool) -> staff::Model {
        staff::Model {
            id,
            tenant_id: 1,
            email: format!("{id}@corp.cn"),
            name: format!("member {id}"),
            role,
            department_id,
            password_hash: None,
            password_origin: entity::PasswordOrigin::Own,
            active,
            wecom_userid: None,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn the_nearest_department_with_an_active_manager_answers() {
        // 1 ← 2 ← 3: sales in 3; an inactive manager in 3, a manager in 1.
        let parents = HashMap::from([(1, None), (2, Some(1)), (3, Some(2))]);
        let staff = [
            member(10, Role::Sales, Some(3), true),
            member(11, Role::Manager, Some(3), false),
            member(12, Role::Manager, Some(1), true),
            member(13, Role::Manager, Some(1), true),
            member(14, Role::Admin, Some(2), true),
        ];
        assert_eq!(nearest(staff.iter(), &parents, 10), vec![12, 13]);
        // A manager of 1 has no manager above.
        assert_eq!(nearest(staff.iter(), &parents, 12), vec![13]);
        assert_eq!(nearest(staff.iter(), &parents, 99), Vec::<i64>::new());
    }

    #[test]
    fn a_department_cycle_ends() {
        let parents = HashMap::from([(1, Some(2)), (2, Some(1))]);
        let staff = [member(10, Role::Sales, Some(1), true)];
        assert!(nearest(staff.iter(), &parents, 10).is_empty());
    }
}
