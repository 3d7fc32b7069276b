//! Channel codes (渠道活码): a QR code a firm prints on a poster, a booth or an ad. Each is a
//! WeCom contact way whose `state` scrm generates; every customer who adds a member through it
//! comes back in the `add_external_contact` callback with that state, so the add is
//! attributed to the code (`attribution`), tagged with its tags and welcomed with its welcome
//! message, exactly once. The way names one member at a time (`rotation`); `stats` counts adds,
//! deletions and who is still followed a week later.
//!
//! Scope: ADMIN every code of the tenant; MANAGER codes they created or that hand adds to
//! someone in their department tree, and they change only codes whose members are all in
//! their tree; SALES read the codes that hand adds to them.

pub(crate) mod attribution;
pub mod rotation;
pub mod stats;
mod wecom_way;
pub(crate) mod welcome;

use std::collections::BTreeSet;

use entity::{Role, channel_code, channel_code_staff, channel_code_tag, staff, tag};
use rand::Rng;
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::domain::engage::library::attachments;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::domain::{Authorized, now};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError, conflict_on_unique};

/// Most members one code hands adds to (WeCom's limit on a contact way).
pub const MAX_MEMBERS: usize = 100;
/// Most tags one code applies.
pub const MAX_TAGS: usize = 20;
/// The largest daily cap: beyond it a cap means nothing.
pub const MAX_DAILY_CAP: i32 = 10_000;
/// WeCom's limit on a welcome message's text.
pub const MAX_WELCOME_CHARS: usize = 4_000;
const MAX_NAME_CHARS: usize = 100;

/// A code as its creator describes it (create), or as an update leaves it.
#[derive(Debug, Clone, Default)]
pub struct ChannelCodeDraft {
    pub name: String,
    pub staff_ids: Vec<i64>,
    pub backup_staff_id: Option<i64>,
    pub daily_cap_per_staff: Option<i32>,
    pub welcome_text: Option<String>,
    pub welcome_material_id: Option<i64>,
    pub tag_ids: Vec<i64>,
    pub skip_verify: bool,
}

/// A change to a code; `None` leaves a part as it is (`Some(None)` clears an optional one).
#[derive(Debug, Clone, Default)]
pub struct ChannelCodeChange {
    pub name: Option<String>,
    pub staff_ids: Option<Vec<i64>>,
    pub backup_staff_id: Option<Option<i64>>,
    pub daily_cap_per_staff: Option<Option<i32>>,
    pub welcome_text: Option<Option<String>>,
    pub welcome_material_id: Option<Option<i64>>,
    pub tag_ids: Option<Vec<i64>>,
    pub skip_verify: Option<bool>,
}

/// A draft that passed every check, with the WeCom userid of each member.
struct Valid {
    draft: ChannelCodeDraft,
    userids: Vec<String>,
}

fn field<'a>(prefix: &'a str, name: &'a str) -> [&'a str; 2] {
    [prefix, name]
}

/// Checks the whole draft, every problem at its field; nothing is sent or stored on error.
async fn validate(auth: &Authorized, mut draft: ChannelCodeDraft) -> ApiResult<Valid> {
    let mut problems = Problems::default();
    let name = draft.name.trim().to_owned();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        problems.push(FieldError::new(
            &field("input", "name"),
            ErrorCode::BadUserInput,
            format!("give the code a name of 1 to {MAX_NAME_CHARS} characters, on one line"),
        ));
    }
    draft.name = name;
    if draft.staff_ids.is_empty() || draft.staff_ids.len() > MAX_MEMBERS {
        problems.push(FieldError::new(
            &field("input", "staffIds"),
            ErrorCode::BadUserInput,
            format!("a code hands adds to 1 to {MAX_MEMBERS} staff members"),
        ));
    }
    let mut seen = BTreeSet::new();
    for (index, staff_id) in draft.staff_ids.iter().enumerate() {
        if !seen.insert(*staff_id) {
            problems.push(FieldError::new(
                &["input", "staffIds", &index.to_string()],
                ErrorCode::Conflict,
                "this staff member is listed twice",
            ));
        }
    }
    if let Some(cap) = draft.daily_cap_per_staff {
        if !(1..=MAX_DAILY_CAP).contains(&cap) {
            problems.push(FieldError::new(
                &field("input", "dailyCapPerStaff"),
                ErrorCode::BadUserInput,
                format!("a daily cap is 1 to {MAX_DAILY_CAP} adds per staff member; leave it out for no cap"),
            ));
        }
        if draft.backup_staff_id.is_none() {
            problems.push(FieldError::new(
                &field("input", "backupStaffId"),
                ErrorCode::BadUserInput,
                "a code with a daily cap needs a backup staff member to take the adds once everyone is at the cap",
            ));
        }
    }
    if let Some(text) = &draft.welcome_text
        && text.chars().count() > MAX_WELCOME_CHARS
    {
        problems.push(FieldError::new(
            &["input", "welcome", "text"],
            ErrorCode::BadUserInput,
            format!("a welcome text has at most {MAX_WELCOME_CHARS} characters"),
        ));
    }
    attachments::check(
        auth,
        &["input", "welcome", "materialId"],
        draft.welcome_material_id.as_slice(),
        true,
        &mut problems,
    )
    .await?;
    draft.welcome_text = draft
        .welcome_text
        .take()
        .filter(|text| !text.trim().is_empty());
    if draft.tag_ids.len() > MAX_TAGS {
        problems.push(FieldError::new(
            &field("input", "tagIds"),
            ErrorCode::BadUserInput,
            format!("a code applies at most {MAX_TAGS} tags"),
        ));
    }
    draft.tag_ids.sort_unstable();
    draft.tag_ids.dedup();
    let known_tags: BTreeSet<i64> = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag::Column::Id.is_in(draft.tag_ids.clone()))
        .all(auth.db())
        .await?
        .into_iter()
        .map(|row| row.id)
        .collect();
    for tag_id in &draft.tag_ids {
        if !known_tags.contains(tag_id) {
            problems.push(FieldError::new(
                &field("input", "tagIds"),
                ErrorCode::NotFound,
                "a tag of tagIds does not exist",
            ));
            break;
        }
    }
    // Members: each in the caller's staff scope, active, with a WeCom account.
    let mut wanted: Vec<i64> = draft.staff_ids.clone();
    wanted.extend(draft.backup_staff_id);
    let members: Vec<staff::Model> = staff::Entity::find()
        .filter(auth.staff_scope().await?)
        .filter(staff::Column::Id.is_in(wanted))
        .all(auth.db())
        .await?;
    let userid_of = |staff_id: i64, at: &[&str], problems: &mut Problems| {
        let Some(member) = members.iter().find(|member| member.id == staff_id) else {
            problems.push(FieldError::new(
                at,
                ErrorCode::NotFound,
                "staff member not found",
            ));
            return None;
        };
        if !member.active {
            problems.push(FieldError::new(
                at,
                ErrorCode::BadUserInput,
                "this staff member is deactivated",
            ));
            return None;
        }
        let Some(userid) = &member.wecom_userid else {
            problems.push(FieldError::new(
                at,
                ErrorCode::BadUserInput,
                "this staff member has no WeCom account: sync staff from WeCom or set their WeCom userid",
            ));
            return None;
        };
        Some(userid.clone())
    };
    let mut userids = Vec::with_capacity(draft.staff_ids.len());
    for (index, staff_id) in draft.staff_ids.iter().enumerate() {
        if let Some(userid) = userid_of(
            *staff_id,
            &["input", "staffIds", &index.to_string()],
            &mut problems,
        ) {
            userids.push(userid);
        }
    }
    if let Some(backup) = draft.backup_staff_id {
        userid_of(backup, &field("input", "backupStaffId"), &mut problems);
    }
    problems.into_result()?;
    Ok(Valid { draft, userids })
}

fn name_taken() -> ApiError {
    ApiError::field(
        &field("input", "name"),
        ErrorCode::Conflict,
        "another channel code has this name",
    )
}

async fn name_is_taken(auth: &Authorized, name: &str, except: Option<i64>) -> ApiResult<bool> {
    let mut query = channel_code::Entity::find()
        .filter(channel_code::Column::TenantId.eq(auth.tenant_id()))
        .filter(channel_code::Column::Name.eq(name));
    if let Some(id) = except {
        query = query.filter(channel_code::Column::Id.ne(id));
    }
    Ok(query.one(auth.db()).await?.is_some())
}

/// A fresh attribution key: `sc` and 16 random lowercase letters and digits (WeCom allows 30).
fn new_state() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    let random: String = (0..16)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect();
    format!("sc{random}")
}

async fn credentials(auth: &Authorized) -> ApiResult<::wecom::Credentials> {
    crate::domain::wecom::sync::credentials(&auth.store, auth.tenant_id()).await
}

/// Creates a code: its contact way in WeCom first (naming the first member), then here.
pub async fn create(auth: &Authorized, draft: ChannelCodeDraft) -> ApiResult<channel_code::Model> {
    auth.require(Action::Create, Resource::ChannelCode)?;
    let Valid { draft, userids } = validate(auth, draft).await?;
    if name_is_taken(auth, &draft.name, None).await? {
        return Err(name_taken());
    }
    let credentials = credentials(auth).await?;
    let zone = crate::domain::org::tenants::time_zone(auth).await?;
    let timestamp = now();
    let state = new_state();
    let first_member = *draft
        .staff_ids
        .first()
        .ok_or_else(|| ApiError::Internal("a validated code has no member".into()))?;
    let first_userid = userids
        .first()
        .ok_or_else(|| ApiError::Internal("a validated code has no WeCom member".into()))?;
    let (config_id, qr_code) = wecom_way::create(
        &auth.store,
        &credentials,
        &draft.name,
        &state,
        draft.skip_verify,
        draft.staff_ids.len() > 1,
        first_userid,
    )
    .await?;
    let stored = async {
        let transaction = entity::begin_write(auth.db()).await?;
        let code = channel_code::ActiveModel {
            tenant_id: Set(auth.tenant_id()),
            name: Set(draft.name.clone()),
            state: Set(state),
            config_id: Set(config_id.clone()),
            qr_code_url: Set(qr_code),
            daily_cap_per_staff: Set(draft.daily_cap_per_staff),
            backup_staff_id: Set(draft.backup_staff_id),
            welcome_text: Set(draft.welcome_text.clone()),
            welcome_material_id: Set(draft.welcome_material_id),
            skip_verify: Set(draft.skip_verify),
            active: Set(true),
            target_staff_id: Set(first_member),
            target_day: Set(rotation::local_day(zone, timestamp)),
            created_by: Set(auth.actor.staff_id),
            created_at: Set(timestamp),
            updated_at: Set(timestamp),
            ..Default::default()
        }
        .insert(&transaction)
        .await
        .map_err(|error| conflict_on_unique(error, name_taken))?;
        write_members_and_tags(&transaction, &code, &draft).await?;
        transaction.commit().await?;
        Ok::<_, ApiError>(code)
    }
    .await;
    match stored {
        Ok(code) => Ok(code),
        Err(error) => {
            // Leave no way in WeCom that nothing here knows of.
            if let Err(cleanup) = wecom_way::delete(&auth.store, &credentials, &config_id).await {
                tracing::warn!(error = %cleanup, "channel code: a contact way made for a code that was not stored could not be deleted");
            }
            Err(error)
        }
    }
}

async fn write_members_and_tags<C: sea_orm::ConnectionTrait>(
    db: &C,
    code: &channel_code::Model,
    draft: &ChannelCodeDraft,
) -> ApiResult<()> {
    channel_code_staff::Entity::delete_many()
        .filter(channel_code_staff::Column::CodeId.eq(code.id))
        .exec(db)
        .await?;
    channel_code_tag::Entity::delete_many()
        .filter(channel_code_tag::Column::CodeId.eq(code.id))
        .exec(db)
        .await?;
    for (position, staff_id) in draft.staff_ids.iter().enumerate() {
        channel_code_staff::ActiveModel {
            code_id: Set(code.id),
            staff_id: Set(*staff_id),
            tenant_id: Set(code.tenant_id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        }
        .insert(db)
        .await?;
    }
    for tag_id in &draft.tag_ids {
        channel_code_tag::ActiveModel {
            code_id: Set(code.id),
            tag_id: Set(*tag_id),
            tenant_id: Set(code.tenant_id),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Codes the actor may read.
async fn read_scope(auth: &Authorized) -> ApiResult<Condition> {
    let tenant = Condition::all().add(channel_code::Column::TenantId.eq(auth.tenant_id()));
    let codes_of = |staff: Condition| {
        Query::select()
            .column(channel_code_staff::Column::CodeId)
            .from(channel_code_staff::Entity)
            .and_where(channel_code_staff::Column::TenantId.eq(auth.tenant_id()))
            .cond_where(staff)
            .to_owned()
    };
    Ok(match auth.actor.role {
        Role::Admin => tenant,
        Role::Manager => {
            let team: Vec<i64> = staff::Entity::find()
                .filter(auth.staff_scope().await?)
                .all(auth.db())
                .await?
                .into_iter()
                .map(|member| member.id)
                .collect();
            tenant.add(
                Condition::any()
                    .add(channel_code::Column::CreatedBy.eq(auth.actor.staff_id))
                    .add(channel_code::Column::Id.in_subquery(codes_of(
                        Condition::all().add(channel_code_staff::Column::StaffId.is_in(team)),
                    ))),
            )
        }
        Role::Sales => tenant.add(channel_code::Column::Id.in_subquery(codes_of(
            Condition::all().add(channel_code_staff::Column::StaffId.eq(auth.actor.staff_id)),
        ))),
        // Engagement is not theirs; `require` refused them already.
        Role::Compliance | Role::Auditor => {
            tenant.add(channel_code::Column::Id.is_in(Vec::<i64>::new()))
        }
    })
}

/// One code the actor may read (another tenant's, or outside the scope: not found).
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<channel_code::Model> {
    auth.require(Action::Read, Resource::ChannelCode)?;
    channel_code::Entity::find_by_id(id)
        .filter(read_scope(auth).await?)
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("channel code"))
}

/// The codes among `ids` the actor may read (the others are left out, as not found).
pub async fn get_many(auth: &Authorized, ids: &[i64]) -> ApiResult<Vec<channel_code::Model>> {
    auth.require(Action::Read, Resource::ChannelCode)?;
    Ok(channel_code::Entity::find()
        .filter(channel_code::Column::Id.is_in(ids.to_vec()))
        .filter(read_scope(auth).await?)
        .all(auth.db())
        .await?)
}

/// A code the actor may change: one they read whose members (and backup) are all theirs to
/// hand customers to.
async fn get_editable(auth: &Authorized, id: i64) -> ApiResult<channel_code::Model> {
    auth.require(Action::Update, Resource::ChannelCode)?;
    let code = get(auth, id).await?;
    let mut members = rotation::members(auth.db(), code.tenant_id, code.id).await?;
    members.extend(code.backup_staff_id);
    let covered = staff::Entity::find()
        .filter(auth.staff_scope().await?)
        .filter(staff::Column::Id.is_in(members.clone()))
        .all(auth.db())
        .await?
        .len();
    let distinct: BTreeSet<i64> = members.into_iter().collect();
    if covered < distinct.len() {
        return Err(ApiError::Forbidden(
            "this code hands adds to staff outside your department: an admin changes it".into(),
        ));
    }
    Ok(code)
}

/// The code's members in list order and its tag ids, as a draft.
async fn draft_of(auth: &Authorized, code: &channel_code::Model) -> ApiResult<ChannelCodeDraft> {
    Ok(ChannelCodeDraft {
        name: code.name.clone(),
        staff_ids: rotation::members(auth.db(), code.tenant_id, code.id).await?,
        backup_staff_id: code.backup_staff_id,
        daily_cap_per_staff: code.daily_cap_per_staff,
        welcome_text: code.welcome_text.clone(),
        welcome_material_id: code.welcome_material_id,
        tag_ids: tag_ids(auth, code.id).await?,
        skip_verify: code.skip_verify,
    })
}

/// Changes a code: WeCom's way first (name, verification), then here, then the rotation
/// looks again at who the way should name (the members or the cap may have changed).
pub async fn update(
    auth: &Authorized,
    id: i64,
    change: ChannelCodeChange,
) -> ApiResult<channel_code::Model> {
    let code = get_editable(auth, id).await?;
    let mut draft = draft_of(auth, &code).await?;
    if let Some(name) = change.name {
        draft.name = name;
    }
    if let Some(staff_ids) = change.staff_ids {
        draft.staff_ids = staff_ids;
    }
    if let Some(backup) = change.backup_staff_id {
        draft.backup_staff_id = backup;
    }
    if let Some(cap) = change.daily_cap_per_staff {
        draft.daily_cap_per_staff = cap;
    }
    if let Some(text) = change.welcome_text {
        draft.welcome_text = text;
    }
    if let Some(material) = change.welcome_material_id {
        draft.welcome_material_id = material;
    }
    if let Some(tag_ids) = change.tag_ids {
        draft.tag_ids = tag_ids;
    }
    if let Some(skip_verify) = change.skip_verify {
        draft.skip_verify = skip_verify;
    }
    let Valid { draft, .. } = validate(auth, draft).await?;
    if name_is_taken(auth, &draft.name, Some(code.id)).await? {
        return Err(name_taken());
    }
    let changed = channel_code::Model {
        name: draft.name.clone(),
        daily_cap_per_staff: draft.daily_cap_per_staff,
        backup_staff_id: draft.backup_staff_id,
        welcome_text: draft.welcome_text.clone(),
        welcome_material_id: draft.welcome_material_id,
        skip_verify: draft.skip_verify,
        updated_at: now(),
        ..code.clone()
    };
    if code.active && (changed.name != code.name || changed.skip_verify != code.skip_verify) {
        let credentials = credentials(auth).await?;
        wecom_way::update(&auth.store, &credentials, &changed, None).await?;
    }
    let transaction = entity::begin_write(auth.db()).await?;
    let mut row: channel_code::ActiveModel = code.into();
    row.name = Set(changed.name.clone());
    row.daily_cap_per_staff = Set(changed.daily_cap_per_staff);
    row.backup_staff_id = Set(changed.backup_staff_id);
    row.welcome_text = Set(changed.welcome_text.clone());
    row.welcome_material_id = Set(changed.welcome_material_id);
    row.skip_verify = Set(changed.skip_verify);
    row.updated_at = Set(changed.updated_at);
    let stored = row
        .update(&transaction)
        .await
        .map_err(|error| conflict_on_unique(error, name_taken))?;
    write_members_and_tags(&transaction, &stored, &draft).await?;
    transaction.commit().await?;
    let zone = crate::domain::org::tenants::time_zone(auth).await?;
    rotation::retarget(&auth.store, stored, zone, now()).await
}

/// Disables a code: its way is deleted in WeCom (the printed QR code stops adding anyone),
/// the code and its statistics stay. Disabling a disabled code changes nothing.
pub async fn disable(auth: &Authorized, id: i64) -> ApiResult<channel_code::Model> {
    let code = get_editable(auth, id).await?;
    if !code.active {
        return Ok(code);
    }
    let credentials = credentials(auth).await?;
    wecom_way::delete(&auth.store, &credentials, &code.config_id).await?;
    let mut row: channel_code::ActiveModel = code.into();
    row.active = Set(false);
    row.updated_at = Set(now());
    Ok(row.update(auth.db()).await?)
}

/// What `channelCodes` filters by.
#[derive(Debug, Clone, Default)]
pub struct ChannelCodeFilter {
    pub active: Option<bool>,
    /// Codes that hand adds to this staff member.
    pub staff_id: Option<i64>,
}

/// The codes the actor may read, newest first.
pub async fn list(
    auth: &Authorized,
    filter: ChannelCodeFilter,
    request: &PageRequest,
) -> ApiResult<Page<channel_code::Model>> {
    auth.require(Action::Read, Resource::ChannelCode)?;
    let mut query = channel_code::Entity::find().filter(read_scope(auth).await?);
    if let Some(active) = filter.active {
        query = query.filter(channel_code::Column::Active.eq(active));
    }
    if let Some(staff_id) = filter.staff_id {
        query = query.filter(
            channel_code::Column::Id.in_subquery(
                Query::select()
                    .column(channel_code_staff::Column::CodeId)
                    .from(channel_code_staff::Entity)
                    .and_where(channel_code_staff::Column::TenantId.eq(auth.tenant_id()))
                    .and_where(channel_code_staff::Column::StaffId.eq(staff_id))
                    .to_owned(),
            ),
        );
    }
    let ordering = Ordering::<channel_code::Entity> {
        name: "CREATED_AT_DESC".to_owned(),
        column: channel_code::Column::CreatedAt,
        id_column: channel_code::Column::Id,
        descending: true,
        value_of: |row| SortValue::time(&row.created_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// The code's members, in list order (only those the actor may read).
pub async fn staff_of(
    auth: &Authorized,
    code: &channel_code::Model,
) -> ApiResult<Vec<staff::Model>> {
    let ids = rotation::members(auth.db(), code.tenant_id, code.id).await?;
    let mut members = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .filter(staff::Column::Id.is_in(ids.clone()))
        .all(auth.db())
        .await?;
    members.sort_by_key(|member| ids.iter().position(|id| *id == member.id));
    Ok(members)
}

/// A staff member of the tenant by id (the backup, the current target).
pub async fn staff_member(auth: &Authorized, id: i64) -> ApiResult<Option<staff::Model>> {
    Ok(staff::Entity::find_by_id(id)
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?)
}

async fn tag_ids(auth: &Authorized, code_id: i64) -> ApiResult<Vec<i64>> {
    Ok(channel_code_tag::Entity::find()
        .filter(channel_code_tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(channel_code_tag::Column::CodeId.eq(code_id))
        .order_by_asc(channel_code_tag::Column::TagId)
        .all(auth.db())
        .await?
        .into_iter()
        .map(|row| row.tag_id)
        .collect())
}

/// The tags the code applies.
pub async fn tags_of(auth: &Authorized, code_id: i64) -> ApiResult<Vec<tag::Model>> {
    let ids = tag_ids(auth, code_id).await?;
    Ok(tag::Entity::find()
        .filter(tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag::Column::Id.is_in(ids))
        .order_by_asc(tag::Column::Id)
        .all(auth.db())
        .await?)
}
