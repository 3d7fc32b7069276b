//! Attributing an add to the channel code its `State` names, exactly once.
//!
//! Inside the events job's transaction ([`record`]): the add is inserted under a unique key
//! (the follow and WeCom's moment of adding, the same in every repeat of the callback), and
//! the code's tags go on the follow. Only the transaction that inserted the add gets a
//! [`NewAdd`] back, so only it does the WeCom side after its commit ([`follow_up`]): `mark_tag`
//! for the code's tags, the welcome message (claimed `PENDING` → `SENDING` first, so it is
//! sent at most once even if two jobs or a crash meet it; WeCom's welcome code is single-use
//! and lives 20 seconds, so there is no later retry), and the rotation's next target.

use ::wecom::Credentials;
use ::wecom::api::message::Text;
use ::wecom::api::welcome::WelcomeMessage;
use chrono::{DateTime, Utc};
use entity::channel_code_add::{TagStatus, WelcomeStatus};
use entity::{
    channel_code, channel_code_add, channel_code_tag, customer, customer_follow, material, staff,
    tag, tenant,
};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::rotation;
use crate::domain::Store;
use crate::domain::org::time_zone::TenantTimeZone;
use crate::error::{ApiError, ApiResult, ErrorCode};

/// A welcome message to send: the text with the names filled in, and the material attached.
#[derive(Debug, Clone)]
struct Welcome {
    text: Option<String>,
    material_id: Option<i64>,
}

/// An add this transaction recorded: what is left to do in WeCom once it commits.
#[derive(Debug, Clone)]
pub(crate) struct NewAdd {
    add_id: i64,
    code: channel_code::Model,
    zone: TenantTimeZone,
    userid: String,
    external_userid: String,
    /// The welcome message, when there is one to send.
    welcome: Option<Welcome>,
    /// The code's tags that WeCom knows (by WeCom id).
    wecom_tags: Vec<String>,
}

/// Records `staff_id`'s new follow of `customer_id`, made through the contact way with `state`
/// (if that names a code of the tenant), unless a repeat of the callback recorded it already.
/// `welcome_code`: whether WeCom gave one (no code, no welcome).
pub(crate) async fn record<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    state: &str,
    customer_id: i64,
    staff_id: i64,
    welcome_code: bool,
) -> ApiResult<Option<NewAdd>> {
    let Some(code) = channel_code::Entity::find()
        .filter(channel_code::Column::TenantId.eq(tenant_id))
        .filter(channel_code::Column::State.eq(state))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(follow) = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(tenant_id))
        .filter(customer_follow::Column::CustomerId.eq(customer_id))
        .filter(customer_follow::Column::StaffId.eq(staff_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let zone = match tenant::Entity::find_by_id(tenant_id).one(db).await? {
        Some(row) => TenantTimeZone::stored(&row.time_zone)?,
        None => return Ok(None),
    };
    let added_at: DateTime<Utc> = follow.created_at;
    let tag_ids: Vec<i64> = channel_code_tag::Entity::find()
        .filter(channel_code_tag::Column::TenantId.eq(tenant_id))
        .filter(channel_code_tag::Column::CodeId.eq(code.id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.tag_id)
        .collect();
    let wecom_tags: Vec<String> = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(tag::Column::Id.is_in(tag_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| row.wecom_id)
        .collect();
    let has_welcome = code.welcome_text.is_some() || code.welcome_material_id.is_some();
    let inserted = channel_code_add::Entity::insert(channel_code_add::ActiveModel {
        tenant_id: Set(tenant_id),
        code_id: Set(code.id),
        staff_id: Set(staff_id),
        customer_id: Set(customer_id),
        follow_id: Set(follow.id),
        added_at: Set(added_at),
        local_day: Set(rotation::local_day(zone, added_at)),
        welcome_status: Set(if has_welcome && welcome_code {
            WelcomeStatus::Pending
        } else {
            WelcomeStatus::None
        }),
        welcome_error: Set(None),
        welcomed_at: Set(None),
        tag_status: Set(if wecom_tags.is_empty() {
            TagStatus::None
        } else {
            TagStatus::Pending
        }),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            channel_code_add::Column::FollowId,
            channel_code_add::Column::AddedAt,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if inserted == 0 {
        // A repeat of the callback (or a second job): the first one did it all.
        return Ok(None);
    }
    let add = channel_code_add::Entity::find()
        .filter(channel_code_add::Column::FollowId.eq(follow.id))
        .filter(channel_code_add::Column::AddedAt.eq(added_at))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::Internal("a recorded add went missing".into()))?;
    crate::domain::crm::tags::put_on_follows(
        db,
        tenant_id,
        &[(follow.id, customer_id)],
        &tag_ids,
        crate::domain::now(),
        None,
    )
    .await?;
    let member = staff::Entity::find_by_id(staff_id).one(db).await?;
    let customer = customer::Entity::find_by_id(customer_id).one(db).await?;
    let (Some(member), Some(customer)) = (member, customer) else {
        return Err(ApiError::Internal("the add's people went missing".into()));
    };
    let welcome = (add.welcome_status == WelcomeStatus::Pending).then(|| Welcome {
        text: code
            .welcome_text
            .as_deref()
            .map(|template| super::welcome::render(template, &customer.name, &member.name)),
        material_id: code.welcome_material_id,
    });
    Ok(Some(NewAdd {
        add_id: add.id,
        code,
        zone,
        userid: member.wecom_userid.unwrap_or_default(),
        external_userid: customer.external_userid,
        welcome,
        wecom_tags,
    }))
}

/// WeCom's refusal as an admin may read it (codes and messages, no content).
fn public(error: &ApiError) -> String {
    match error.code() {
        ErrorCode::Internal => "internal error; the server log has the details".to_owned(),
        _ => error.to_string().chars().take(500).collect(),
    }
}

/// The welcome's material as WeCom's attachment (none without one; an error when it is gone or
/// cannot be uploaded).
async fn welcome_attachment(
    store: &Store,
    credentials: &Credentials,
    tenant_id: i64,
    welcome: &Welcome,
) -> ApiResult<Vec<::wecom::api::message::Attachment>> {
    let Some(material_id) = welcome.material_id else {
        return Ok(Vec::new());
    };
    let material = material::Entity::find_by_id(material_id)
        .filter(material::Column::TenantId.eq(tenant_id))
        .one(&store.db)
        .await?
        .ok_or(ApiError::NotFound("welcome material"))?;
    Ok(vec![
        crate::domain::engage::library::attachments::to_wecom(store, credentials, &material)
            .await?,
    ])
}

async fn set_tag_status(store: &Store, add_id: i64, status: TagStatus) -> ApiResult<()> {
    channel_code_add::Entity::update_many()
        .col_expr(channel_code_add::Column::TagStatus, Expr::value(status))
        .filter(channel_code_add::Column::Id.eq(add_id))
        .exec(&store.db)
        .await?;
    Ok(())
}

/// Does the WeCom side of an add [`record`] returned, after its transaction committed: the
/// tags, the welcome message (with the callback's `welcome_code`), the rotation. Each step's
/// failure is recorded on the add and logged; none undoes the add.
pub(crate) async fn follow_up(
    store: &Store,
    credentials: &Credentials,
    add: NewAdd,
    welcome_code: Option<&str>,
) -> ApiResult<()> {
    // The welcome first: its code expires 20 seconds after the add.
    if let (Some(welcome), Some(welcome_code)) = (&add.welcome, welcome_code) {
        let claimed = channel_code_add::Entity::update_many()
            .col_expr(
                channel_code_add::Column::WelcomeStatus,
                Expr::value(WelcomeStatus::Sending),
            )
            .filter(channel_code_add::Column::Id.eq(add.add_id))
            .filter(channel_code_add::Column::WelcomeStatus.eq(WelcomeStatus::Pending))
            .exec(&store.db)
            .await?;
        if claimed.rows_affected == 1 {
            // A material that cannot go (deleted since, or WeCom refused the upload) leaves the
            // text to go alone, noted on the add: the welcome code will not wait for a retry.
            let (attachments, attachment_error) = match welcome_attachment(
                store,
                credentials,
                add.code.tenant_id,
                welcome,
            )
            .await
            {
                Ok(attachments) => (attachments, None),
                Err(error) => {
                    tracing::warn!(add = add.add_id, error = %error, "channel code: the welcome's material was left out");
                    (
                        Vec::new(),
                        Some(format!("sent without its material: {}", public(&error))),
                    )
                }
            };
            let message = WelcomeMessage {
                welcome_code: welcome_code.to_owned(),
                text: welcome.text.clone().map(|content| Text { content }),
                attachments,
            };
            let sent = if message.text.is_none() && message.attachments.is_empty() {
                Err(ApiError::Conflict(
                    "the welcome's only material could not be attached".into(),
                ))
            } else {
                store
                    .wecom
                    .send_welcome_msg(credentials, &message)
                    .await
                    .map_err(ApiError::from)
            };
            let (status, error) = match &sent {
                Ok(()) => (WelcomeStatus::Sent, attachment_error),
                Err(error) => {
                    tracing::warn!(add = add.add_id, error = %error, "channel code: the welcome message was not sent");
                    (WelcomeStatus::Failed, Some(public(error)))
                }
            };
            channel_code_add::Entity::update_many()
                .col_expr(channel_code_add::Column::WelcomeStatus, Expr::value(status))
                .col_expr(channel_code_add::Column::WelcomeError, Expr::value(error))
                .col_expr(
                    channel_code_add::Column::WelcomedAt,
                    Expr::value(sent.is_ok().then(crate::domain::now)),
                )
                .filter(channel_code_add::Column::Id.eq(add.add_id))
                .exec(&store.db)
                .await?;
        }
    }
    if !add.wecom_tags.is_empty() {
        let marked = store
            .wecom
            .mark_tag(
                credentials,
                &add.userid,
                &add.external_userid,
                &add.wecom_tags,
                &[],
            )
            .await;
        let status = match marked {
            Ok(()) => TagStatus::Done,
            Err(error) => {
                tracing::warn!(add = add.add_id, error = %error, "channel code: WeCom did not take the code's tags");
                TagStatus::Failed
            }
        };
        set_tag_status(store, add.add_id, status).await?;
    }
    rotation::retarget(store, add.code, add.zone, crate::domain::now()).await?;
    Ok(())
}
