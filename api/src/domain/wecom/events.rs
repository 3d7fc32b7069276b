//! Applying WeCom callbacks (`wecom_event` rows, verified and stored by the callback endpoint)
//! on the job runner, as the `WecomEvents` system task.
//!
//! Each event is applied in id order, in a transaction of its own that also marks it `DONE`
//! — only if it is still `PENDING`, so an event is applied exactly once even if two jobs race.
//! What WeCom must be asked first (`externalcontact/get`, `groupchat/get`,
//! `get_corp_tag_list`) is asked before that transaction. An event that fails is retried by
//! the next job; after [`MAX_ATTEMPTS`] it is `FAILED` with the error (never its content), for
//! an admin to look at — the next sync brings the same facts anyway.
//!
//! Direction of a lost follow, as WeCom documents the events: `del_external_contact` is sent
//! when the *member* deleted the customer (`STAFF_DELETED_CUSTOMER`), `del_follow_user` when
//! the *customer* deleted the member (`CUSTOMER_DELETED_STAFF`).

use ::wecom::Credentials;
use ::wecom::api::external_contact::ContactDetail;
use ::wecom::api::group_chat::GroupChat;
use ::wecom::api::tags::CorpTagGroup;
use ::wecom::callback::{
    CallbackEvent, ChatChange, ContactChange, EventKind, ExternalContactEvent, TagChange, TagRef,
    TagType,
};
use chrono::{DateTime, Utc};
use entity::wecom_event::{self, EventStatus};
use entity::{FollowLoss, JobKind, staff};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::apply::customer::{self, FollowFacts};
use super::apply::tags::{self, TagTallies};
use super::apply::{group, unix_time};
use crate::domain::engage::channel_codes::attribution::{self, NewAdd};
use crate::domain::jobs::{self};
use crate::domain::policy::{Action, Resource};
use crate::domain::system::SystemActor;
use crate::domain::{Store, now};
use crate::error::{ApiError, ApiResult, ErrorCode};

/// Attempts before an event is given up as `FAILED`.
pub const MAX_ATTEMPTS: i32 = 5;

/// WeCom's "not an external contact" (the customer is gone) and "chat not found".
const CONTACT_GONE: i64 = 84061;
const CHAT_GONE: i64 = 40050;

/// Queues a `WecomEvents` job for the tenant unless one is already queued (a running one may
/// have passed the new event's id, so it does not count). Called by the callback endpoint
/// after it stored an event.
pub(crate) async fn queue_event_processing(store: &Store, tenant_id: i64) -> ApiResult<()> {
    jobs::wake(store, tenant_id, JobKind::WecomEvents, "wecom-callback").await
}

/// The tenant's pending events after `after_id`, oldest first.
pub(crate) async fn pending_after(
    system: &SystemActor,
    after_id: i64,
    limit: u64,
) -> ApiResult<Vec<wecom_event::Model>> {
    Ok(wecom_event::Entity::find()
        .filter(wecom_event::Column::TenantId.eq(system.tenant_id()))
        .filter(wecom_event::Column::Status.eq(EventStatus::Pending))
        .filter(wecom_event::Column::Id.gt(after_id))
        .order_by_asc(wecom_event::Column::Id)
        .limit(limit)
        .all(&system.store().db)
        .await?)
}

/// How applying one event ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Applied {
    Done,
    /// Another job (running at the same time) applied it first: nothing was done here.
    AlreadyDone,
    /// Failed this time; it stays pending for the next job.
    Retry,
    Failed,
}

/// The customer-contact credentials, opened on first need and kept for the job.
#[derive(Default)]
pub(crate) struct Credential(Option<Credentials>);

impl Credential {
    async fn get(&mut self, system: &SystemActor) -> ApiResult<&Credentials> {
        if self.0.is_none() {
            self.0 = Some(super::sync::credentials(system.store(), system.tenant_id()).await?);
        }
        self.0
            .as_ref()
            .ok_or_else(|| ApiError::Internal("credentials went missing".into()))
    }
}

/// Applies one event and records its outcome on its row.
pub(crate) async fn apply(
    system: &SystemActor,
    credential: &mut Credential,
    event: &wecom_event::Model,
) -> ApiResult<Applied> {
    system.require(Action::Update, Resource::Customer)?;
    system.require(Action::Update, Resource::TagGroup)?;
    system.require(Action::Update, Resource::ChannelCode)?;
    let parsed = match CallbackEvent::parse(event.payload.as_bytes()) {
        Ok(parsed) => parsed,
        Err(error) => {
            // It will not parse any better next time.
            tracing::warn!(event = event.id, error = %error, "wecom: a stored event does not parse");
            give_up(system.store(), event, "the event could not be read").await?;
            return Ok(Applied::Failed);
        }
    };
    let result = async {
        let plan = plan(system, credential, &parsed).await?;
        let welcome_code = plan.welcome_code().map(str::to_owned);
        let transaction = entity::begin_write(&system.store().db).await?;
        let attributed = execute(&transaction, system.tenant_id(), plan).await?;
        let marked = wecom_event::Entity::update_many()
            .col_expr(wecom_event::Column::Status, Expr::value(EventStatus::Done))
            .col_expr(wecom_event::Column::ProcessedAt, Expr::value(now()))
            .col_expr(
                wecom_event::Column::Error,
                Expr::value(Option::<String>::None),
            )
            .filter(wecom_event::Column::Id.eq(event.id))
            .filter(wecom_event::Column::Status.eq(EventStatus::Pending))
            .exec(&transaction)
            .await?;
        if marked.rows_affected != 1 {
            // Another job applied it meanwhile: dropping the transaction undoes ours.
            return Ok(false);
        }
        transaction.commit().await?;
        // The event is applied; what a channel code asks of WeCom (welcome, tags, rotation)
        // follows, recorded on the add and never undoing it.
        if let Some(add) = attributed {
            let credentials = credential.get(system).await?;
            if let Err(error) =
                attribution::follow_up(system.store(), credentials, add, welcome_code.as_deref())
                    .await
            {
                tracing::warn!(event = event.id, error = %error, "wecom: a channel code's follow-up failed");
            }
        }
        Ok::<_, ApiError>(true)
    }
    .await;
    let error = match result {
        Ok(true) => return Ok(Applied::Done),
        Ok(false) => return Ok(Applied::AlreadyDone),
        Err(error) => error,
    };
    tracing::warn!(event = event.id, kind = %event.event, change = ?event.change_type,
        attempt = event.attempts + 1, error = %error, "wecom: an event could not be applied");
    let message = public_error(&error);
    if event.attempts + 1 >= MAX_ATTEMPTS {
        give_up(system.store(), event, &message).await?;
        return Ok(Applied::Failed);
    }
    wecom_event::Entity::update_many()
        .col_expr(
            wecom_event::Column::Attempts,
            Expr::value(event.attempts + 1),
        )
        .col_expr(wecom_event::Column::Error, Expr::value(message))
        .filter(wecom_event::Column::Id.eq(event.id))
        .filter(wecom_event::Column::Status.eq(EventStatus::Pending))
        .exec(&system.store().db)
        .await?;
    Ok(Applied::Retry)
}

/// What an admin may read about a failure: WeCom's refusal (paths and codes, no content) or
/// a pointer to the server log.
fn public_error(error: &ApiError) -> String {
    match error.code() {
        ErrorCode::Internal => "internal error; the server log has the details".to_string(),
        _ => error.to_string().chars().take(500).collect(),
    }
}

async fn give_up(store: &Store, event: &wecom_event::Model, message: &str) -> ApiResult<()> {
    wecom_event::Entity::update_many()
        .col_expr(
            wecom_event::Column::Status,
            Expr::value(EventStatus::Failed),
        )
        .col_expr(
            wecom_event::Column::Attempts,
            Expr::value(event.attempts + 1),
        )
        .col_expr(wecom_event::Column::Error, Expr::value(message.to_string()))
        .col_expr(wecom_event::Column::ProcessedAt, Expr::value(now()))
        .filter(wecom_event::Column::Id.eq(event.id))
        .filter(wecom_event::Column::Status.eq(EventStatus::Pending))
        .exec(&store.db)
        .await?;
    Ok(())
}

/// What an event asks of the database, with what WeCom answered already in hand.
enum Plan {
    Nothing,
    Contact {
        detail: Box<ContactDetail>,
        user_id: String,
        state: Option<String>,
        /// Only for a new follow (`add_external_contact`): its channel code applies.
        added: bool,
        welcome_code: Option<String>,
    },
    Lost {
        external_user_id: String,
        user_id: String,
        at: DateTime<Utc>,
        by: FollowLoss,
    },
    Chat(Box<GroupChat>),
    /// A customer transfer to `takeover_user_id` failed (`crm::transfers::callback`).
    TransferFailed {
        external_user_id: String,
        takeover_user_id: String,
        reason: ::wecom::callback::TransferFailReason,
        at: DateTime<Utc>,
    },
    Dismiss {
        chat_id: String,
        at: DateTime<Utc>,
    },
    Tags {
        groups: Vec<CorpTagGroup>,
        /// The groups listed hold every tag they have (not filtered by tag id).
        complete: bool,
        /// The whole list: groups not in it are gone.
        everything: bool,
        delete_group: Option<String>,
        delete_tag: Option<String>,
    },
}

impl Plan {
    fn welcome_code(&self) -> Option<&str> {
        match self {
            Plan::Contact { welcome_code, .. } => welcome_code.as_deref(),
            _ => None,
        }
    }
}

async fn plan(
    system: &SystemActor,
    credential: &mut Credential,
    event: &CallbackEvent,
) -> ApiResult<Plan> {
    let client = &system.store().wecom;
    let at = unix_time(event.create_time).unwrap_or_else(now);
    match &event.kind {
        EventKind::ExternalContact(contact) => contact_plan(system, credential, contact, at).await,
        EventKind::ExternalChat(chat) => match chat.change {
            ChatChange::Dismiss => Ok(Plan::Dismiss {
                chat_id: chat.chat_id.clone(),
                at,
            }),
            ChatChange::Create | ChatChange::Update(_) => {
                let credentials = credential.get(system).await?;
                match client.group_chat(credentials, &chat.chat_id).await {
                    Ok(found) => Ok(Plan::Chat(Box::new(found))),
                    Err(error) if error.errcode() == Some(CHAT_GONE) => Ok(Plan::Nothing),
                    Err(error) => Err(error.into()),
                }
            }
        },
        EventKind::ExternalTag(tag) => {
            let credentials = credential.get(system).await?;
            tag_plan(system, credentials, &tag.change).await
        }
        EventKind::MsgAuditNotify { .. } => {
            // New messages wait in the archive: the puller fetches them (its own job).
            super::pull::wake(system.store(), system.tenant_id()).await?;
            Ok(Plan::Nothing)
        }
        EventKind::Other { event, change_type } => {
            tracing::info!(event = %event, change = ?change_type, "wecom: an event scrm does not use");
            Ok(Plan::Nothing)
        }
    }
}

async fn contact_plan(
    system: &SystemActor,
    credential: &mut Credential,
    contact: &ExternalContactEvent,
    at: DateTime<Utc>,
) -> ApiResult<Plan> {
    let (state, added, welcome_code) = match &contact.change {
        ContactChange::Add {
            state,
            welcome_code,
        } => (state.clone(), true, welcome_code.clone()),
        ContactChange::AddHalf { state, .. } => (state.clone(), false, None),
        ContactChange::Edit => (None, false, None),
        ContactChange::Delete { source } => {
            tracing::info!(source = ?source, "wecom: a member deleted a customer");
            let by = if source.as_deref() == Some("DELETE_BY_TRANSFER") {
                FollowLoss::Transferred
            } else {
                FollowLoss::StaffDeletedCustomer
            };
            return Ok(Plan::Lost {
                external_user_id: contact.external_user_id.clone(),
                user_id: contact.user_id.clone(),
                at,
                by,
            });
        }
        ContactChange::DeleteFollowUser => {
            return Ok(Plan::Lost {
                external_user_id: contact.external_user_id.clone(),
                user_id: contact.user_id.clone(),
                at,
                by: FollowLoss::CustomerDeletedStaff,
            });
        }
        ContactChange::TransferFail { reason } => {
            tracing::info!(reason = ?reason, "wecom: handing a customer to another member failed");
            system.require(Action::Update, Resource::Transfer)?;
            return Ok(Plan::TransferFailed {
                external_user_id: contact.external_user_id.clone(),
                takeover_user_id: contact.user_id.clone(),
                reason: *reason,
                at,
            });
        }
    };
    let credentials = credential.get(system).await?;
    match system
        .store()
        .wecom
        .contact(credentials, &contact.external_user_id, "")
        .await
    {
        Ok(detail) => Ok(Plan::Contact {
            detail: Box::new(detail),
            user_id: contact.user_id.clone(),
            state,
            added,
            welcome_code,
        }),
        Err(error) if error.errcode() == Some(CONTACT_GONE) => Ok(Plan::Nothing),
        Err(error) => Err(error.into()),
    }
}

async fn tag_plan(
    system: &SystemActor,
    credentials: &Credentials,
    change: &TagChange,
) -> ApiResult<Plan> {
    let client = &system.store().wecom;
    let nothing_deleted = |groups, complete, everything| Plan::Tags {
        groups,
        complete,
        everything,
        delete_group: None,
        delete_tag: None,
    };
    match change {
        TagChange::Delete(TagRef { id, tag_type }) => Ok(Plan::Tags {
            groups: Vec::new(),
            complete: false,
            everything: false,
            delete_group: (*tag_type == TagType::TagGroup).then(|| id.clone()),
            delete_tag: (*tag_type == TagType::Tag).then(|| id.clone()),
        }),
        TagChange::Create(TagRef { id, tag_type }) | TagChange::Update(TagRef { id, tag_type }) => {
            let ids = std::slice::from_ref(id);
            let groups = match tag_type {
                TagType::Tag => client.corp_tag_list(credentials, ids, &[]).await?,
                TagType::TagGroup => client.corp_tag_list(credentials, &[], ids).await?,
            };
            if groups.is_empty() {
                // Gone again before we asked: as good as deleted.
                return Ok(Plan::Tags {
                    groups,
                    complete: false,
                    everything: false,
                    delete_group: (*tag_type == TagType::TagGroup).then(|| id.clone()),
                    delete_tag: (*tag_type == TagType::Tag).then(|| id.clone()),
                });
            }
            Ok(nothing_deleted(
                groups,
                *tag_type == TagType::TagGroup,
                false,
            ))
        }
        TagChange::Shuffle { group_id: Some(id) } => {
            let groups = client
                .corp_tag_list(credentials, &[], std::slice::from_ref(id))
                .await?;
            Ok(nothing_deleted(groups, true, false))
        }
        TagChange::Shuffle { group_id: None } => {
            let groups = client.corp_tag_list(credentials, &[], &[]).await?;
            Ok(nothing_deleted(groups, true, true))
        }
    }
}

async fn staff_id<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    userid: &str,
) -> ApiResult<Option<i64>> {
    Ok(staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant_id))
        .filter(staff::Column::WecomUserid.eq(userid))
        .one(db)
        .await?
        .map(|row| row.id))
}

/// Writes what the plan says; an add through a channel code recorded here (see
/// `engage::channel_codes::attribution`) comes back for its WeCom side.
async fn execute<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    plan: Plan,
) -> ApiResult<Option<NewAdd>> {
    match plan {
        Plan::Nothing => Ok(None),
        Plan::Contact {
            detail,
            user_id,
            state,
            added,
            welcome_code,
        } => {
            let mut attributed = None;
            let (customer_id, _) =
                customer::upsert_customer(db, tenant_id, &detail.external_contact).await?;
            for follow in &detail.follow_user {
                let Some(staff_id) = staff_id(db, tenant_id, &follow.userid).await? else {
                    // A member scrm does not have yet: the next staff sync brings them.
                    continue;
                };
                let mut facts = FollowFacts::from(follow);
                if follow.userid == user_id && facts.state.is_none() {
                    facts.state = state.clone();
                }
                let tag_ids = customer::local_tag_ids(db, tenant_id, &facts.wecom_tag_ids).await?;
                customer::upsert_follow(
                    db,
                    tenant_id,
                    customer_id,
                    staff_id,
                    &facts,
                    &tag_ids,
                    None,
                )
                .await?;
                if added
                    && follow.userid == user_id
                    && let Some(state) = state.as_deref().or(facts.state.as_deref())
                {
                    attributed = attribution::record(
                        db,
                        tenant_id,
                        state,
                        customer_id,
                        staff_id,
                        welcome_code.is_some(),
                    )
                    .await?;
                }
            }
            Ok(attributed)
        }
        Plan::Lost {
            external_user_id,
            user_id,
            at,
            by,
        } => {
            let Some(staff_id) = staff_id(db, tenant_id, &user_id).await? else {
                return Ok(None);
            };
            let lost =
                customer::mark_lost(db, tenant_id, &external_user_id, staff_id, at, by).await?;
            // The staff member's managers hear of it in the same transaction (not of a
            // hand-over: the customer stays with the firm).
            if let Some(follow) = lost
                && by != FollowLoss::Transferred
            {
                crate::domain::org::notifications::customer_lost(db, &follow, by, at).await?;
            }
            Ok(None)
        }
        Plan::Chat(chat) => {
            group::upsert_group_chat(db, tenant_id, &chat, None).await?;
            Ok(None)
        }
        Plan::TransferFailed {
            external_user_id,
            takeover_user_id,
            reason,
            at,
        } => {
            crate::domain::crm::transfers::callback::transfer_failed(
                db,
                tenant_id,
                &takeover_user_id,
                &external_user_id,
                reason,
                at,
            )
            .await?;
            Ok(None)
        }
        Plan::Dismiss { chat_id, at } => {
            group::mark_dismissed(db, tenant_id, &chat_id, at).await?;
            Ok(None)
        }
        Plan::Tags {
            groups,
            complete,
            everything,
            delete_group,
            delete_tag,
        } => {
            let mut tally = TagTallies::default();
            if let Some(id) = delete_group {
                tags::delete_group_by_wecom_id(db, tenant_id, &id).await?;
            }
            if let Some(id) = delete_tag {
                tags::delete_tag_by_wecom_id(db, tenant_id, &id).await?;
            }
            for listed in &groups {
                tags::upsert_tag_group(db, tenant_id, listed, complete, &mut tally).await?;
            }
            if everything {
                let listed = groups
                    .iter()
                    .filter(|listed| !listed.deleted)
                    .map(|listed| listed.group_id.clone())
                    .collect();
                tags::delete_groups_not_listed(db, tenant_id, &listed, &mut tally).await?;
            }
            Ok(None)
        }
    }
}
