//! Consent to archiving (会话存档 同意情况): WeCom asks each customer whether their chats may be
//! archived. `msgaudit/check_single_agree` answers per (member, customer) pair of the tenant's
//! live follows, `check_room_agree` per external member of each customer group. The answer
//! lands on the customer (`archiveConsent`: DISAGREED when they refused any member) and on the
//! archive's conversation of that pair or group.
//!
//! Customers are taken 50 at a time in id order, each page in one transaction, the position
//! saved after it; groups are asked again on a resume (the answers are idempotent). Needs the
//! archive app's secret (these are archive APIs): without it the phase is skipped and says so.

use std::collections::{BTreeMap, HashMap};

use ::wecom::Credentials;
use ::wecom::api::msgaudit::{AgreeStatus, Agreement, SinglePair};
use entity::{
    ArchiveConsent, archive_conversation, customer, customer_follow, customer_group, staff,
};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{SyncSink, SyncState};
use crate::domain::system::SystemActor;
use crate::domain::{Store, now};
use crate::error::{ApiError, ApiResult};

/// Customers per page.
const CUSTOMERS_PER_PAGE: u64 = 50;
/// Pairs per `check_single_agree` call: WeCom's maximum.
const PAIRS_PER_CALL: usize = 100;

pub(super) async fn sync<S: SyncSink>(
    system: &SystemActor,
    state: &mut SyncState,
    sink: &mut S,
) -> Result<(), S::Stop> {
    let store = system.store();
    let tenant_id = system.tenant_id();
    let Some(credentials) = archive_credentials(store, tenant_id).await? else {
        tracing::info!(
            tenant = tenant_id,
            "consent not checked: the archive secret is not set"
        );
        return Ok(());
    };
    loop {
        let customers: Vec<customer::Model> = customer::Entity::find()
            .filter(customer::Column::TenantId.eq(tenant_id))
            .filter(customer::Column::Id.gt(state.consent_cursor))
            .order_by_asc(customer::Column::Id)
            .limit(CUSTOMERS_PER_PAGE)
            .all(&store.db)
            .await
            .map_err(ApiError::from)?;
        let Some(last) = customers.last().map(|customer| customer.id) else {
            break;
        };
        let pairs = live_pairs(store, tenant_id, &customers).await?;
        let mut answers: Vec<Agreement> = Vec::with_capacity(pairs.len());
        for chunk in pairs.chunks(PAIRS_PER_CALL) {
            let answered = super::patiently(store, || {
                store.wecom.check_single_agree(&credentials, chunk)
            })
            .await
            .map_err(ApiError::from)?;
            answers.extend(answered);
        }
        apply_customers(store, tenant_id, &customers, &answers, state).await?;
        state.done += customers.len() as u64;
        state.consent_cursor = last;
        sink.save(state).await?;
    }
    rooms(store, tenant_id, &credentials, state).await?;
    Ok(())
}

async fn archive_credentials(store: &Store, tenant_id: i64) -> ApiResult<Option<Credentials>> {
    Ok(crate::domain::wecom::connection(store, tenant_id)
        .await?
        .and_then(|connection| connection.archive))
}

/// (member userid, customer external userid) of every live follow of `customers` by a member
/// with a WeCom userid.
async fn live_pairs(
    store: &Store,
    tenant_id: i64,
    customers: &[customer::Model],
) -> ApiResult<Vec<SinglePair>> {
    let by_id: HashMap<i64, &str> = customers
        .iter()
        .map(|customer| (customer.id, customer.external_userid.as_str()))
        .collect();
    let follows = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(tenant_id))
        .filter(customer_follow::Column::CustomerId.is_in(by_id.keys().copied()))
        .filter(customer_follow::Column::LostAt.is_null())
        .all(&store.db)
        .await?;
    let userids: HashMap<i64, String> = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant_id))
        .filter(staff::Column::Id.is_in(follows.iter().map(|follow| follow.staff_id)))
        .all(&store.db)
        .await?
        .into_iter()
        .filter_map(|member| Some((member.id, member.wecom_userid?)))
        .collect();
    Ok(follows
        .iter()
        .filter_map(|follow| {
            Some(SinglePair {
                userid: userids.get(&follow.staff_id)?.clone(),
                external_userid: (*by_id.get(&follow.customer_id)?).to_string(),
            })
        })
        .collect())
}

/// Refused once is refused: any "Disagree" wins, then any explicit "Agree".
fn overall(statuses: impl IntoIterator<Item = AgreeStatus>) -> Option<ArchiveConsent> {
    let mut consent = None;
    for status in statuses {
        let this = match status {
            AgreeStatus::Disagree => return Some(ArchiveConsent::Disagreed),
            AgreeStatus::Agree => ArchiveConsent::Agreed,
            AgreeStatus::DefaultAgree => ArchiveConsent::DefaultAgreed,
        };
        consent = match (consent, this) {
            (Some(ArchiveConsent::Agreed), _) | (_, ArchiveConsent::Agreed) => {
                Some(ArchiveConsent::Agreed)
            }
            _ => Some(this),
        };
    }
    consent
}

/// `pair:<a>|<b>`, sorted, as the archive keys a one-to-one conversation.
fn pair_key(a: &str, b: &str) -> String {
    if a <= b {
        format!("pair:{a}|{b}")
    } else {
        format!("pair:{b}|{a}")
    }
}

async fn apply_customers(
    store: &Store,
    tenant_id: i64,
    customers: &[customer::Model],
    answers: &[Agreement],
    state: &mut SyncState,
) -> ApiResult<()> {
    let mut by_customer: BTreeMap<&str, Vec<AgreeStatus>> = BTreeMap::new();
    for answer in answers {
        if let Some(status) = answer.status {
            by_customer
                .entry(answer.external_userid.as_str())
                .or_default()
                .push(status);
        }
    }
    let checked_at = now();
    let transaction = entity::begin_write(&store.db).await?;
    for customer in customers {
        let Some(consent) = by_customer
            .get(customer.external_userid.as_str())
            .and_then(|statuses| overall(statuses.iter().copied()))
        else {
            continue;
        };
        if customer.archive_consent != Some(consent) {
            state.counts.consent.updated += 1;
        }
        customer::Entity::update_many()
            .col_expr(customer::Column::ArchiveConsent, Expr::value(consent))
            .col_expr(customer::Column::ConsentCheckedAt, Expr::value(checked_at))
            .filter(customer::Column::Id.eq(customer.id))
            .exec(&transaction)
            .await?;
    }
    for answer in answers {
        let (Some(userid), Some(status)) = (&answer.userid, answer.status) else {
            continue;
        };
        let Some(consent) = overall([status]) else {
            continue;
        };
        archive_conversation::Entity::update_many()
            .col_expr(archive_conversation::Column::Consent, Expr::value(consent))
            .filter(archive_conversation::Column::TenantId.eq(tenant_id))
            .filter(archive_conversation::Column::Key.eq(pair_key(userid, &answer.external_userid)))
            .exec(&transaction)
            .await?;
    }
    transaction.commit().await?;
    Ok(())
}

/// Each customer group's external members' answers, onto the group's conversation.
async fn rooms(
    store: &Store,
    tenant_id: i64,
    credentials: &Credentials,
    state: &mut SyncState,
) -> ApiResult<()> {
    let groups = customer_group::Entity::find()
        .filter(customer_group::Column::TenantId.eq(tenant_id))
        .filter(customer_group::Column::DismissedAt.is_null())
        .all(&store.db)
        .await?;
    for group in groups {
        let answers = super::patiently(store, || {
            store.wecom.check_room_agree(credentials, &group.chat_id)
        })
        .await?;
        let Some(consent) = overall(answers.iter().filter_map(|answer| answer.status)) else {
            continue;
        };
        let updated = archive_conversation::Entity::update_many()
            .col_expr(archive_conversation::Column::Consent, Expr::value(consent))
            .filter(archive_conversation::Column::TenantId.eq(tenant_id))
            .filter(archive_conversation::Column::Key.eq(format!("room:{}", group.chat_id)))
            .exec(&store.db)
            .await?;
        state.done += 1;
        let _ = updated;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_wins_and_an_explicit_agreement_beats_the_default() {
        use AgreeStatus::*;
        assert_eq!(
            overall([Agree, Disagree, DefaultAgree]),
            Some(ArchiveConsent::Disagreed)
        );
        assert_eq!(overall([DefaultAgree, Agree]), Some(ArchiveConsent::Agreed));
        assert_eq!(overall([DefaultAgree]), Some(ArchiveConsent::DefaultAgreed));
        assert_eq!(overall([]), None);
        assert_eq!(pair_key("wmb", "staff1"), "pair:staff1|wmb");
        assert_eq!(pair_key("staff1", "wmb"), "pair:staff1|wmb");
    }
}
