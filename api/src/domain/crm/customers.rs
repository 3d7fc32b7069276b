//! Customers (WeCom external contacts) and the staff who follow them.

use entity::{customer, customer_follow};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QuerySelect, Set,
};

use crate::domain::Authorized;
use crate::domain::crm::tagged::TagSizes;
use crate::domain::filter::{Filter, TextMatch, TimeRange};
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue, TotalCount};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::{self, Problems};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError, conflict_on_unique};

/// Filters customers: [`CustomerCondition`]s combined with and/or/not.
pub type CustomerFilter = Filter<CustomerCondition>;

/// One condition on customers.
#[derive(Debug, Clone)]
pub enum CustomerCondition {
    Name(TextMatch),
    CorpName(TextMatch),
    ExternalUserid(TextMatch),
    FollowedBy(i64),
    TaggedWith(i64),
    CreatedAt(TimeRange),
}

impl CustomerCondition {
    /// The SQL of this condition; tags in the form their size suits (`tags` sized them all).
    fn condition(&self, tenant_id: i64, tags: &TagSizes) -> Condition {
        match self {
            CustomerCondition::Name(text) => text.condition(customer::Column::Name),
            CustomerCondition::CorpName(text) => text.condition(customer::Column::CorpName),
            CustomerCondition::ExternalUserid(text) => {
                text.condition(customer::Column::ExternalUserid)
            }
            CustomerCondition::CreatedAt(range) => range.condition(customer::Column::CreatedAt),
            CustomerCondition::FollowedBy(staff_id) => {
                let followed = Query::select()
                    .column(customer_follow::Column::CustomerId)
                    .from(customer_follow::Entity)
                    .and_where(customer_follow::Column::TenantId.eq(tenant_id))
                    .and_where(customer_follow::Column::StaffId.eq(*staff_id))
                    .to_owned();
                Condition::all().add(customer::Column::Id.in_subquery(followed))
            }
            CustomerCondition::TaggedWith(tag_id) => tags.condition(tenant_id, *tag_id),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustomerOrderField {
    CreatedAt,
    UpdatedAt,
    Name,
}

pub struct CustomerCreate {
    pub external_userid: String,
    pub name: String,
    pub corp_name: Option<String>,
    /// Who follows the customer; `None`: the caller (the member an API key acts as).
    pub follower_id: Option<i64>,
    pub remark: Option<String>,
    pub add_way: Option<i32>,
    pub state: Option<String>,
}

pub struct CustomerUpdate {
    pub id: i64,
    pub name: Option<String>,
    /// `Some(None)` clears the corp name.
    pub corp_name: Option<Option<String>>,
}

pub async fn list(
    auth: &Authorized,
    filter: Option<CustomerFilter>,
    order_field: CustomerOrderField,
    descending: bool,
    request: &PageRequest,
) -> ApiResult<Page<customer::Model>> {
    auth.require(Action::Read, Resource::Customer)?;
    let tenant_id = auth.tenant_id();
    let mut query = customer::Entity::find().filter(auth.customer_scope().await?);
    let mut known_count = None;
    if let Some(filter) = filter {
        let tag_ids: Vec<i64> = filter
            .leaves()
            .into_iter()
            .filter_map(|leaf| match leaf {
                CustomerCondition::TaggedWith(tag_id) => Some(*tag_id),
                _ => None,
            })
            .collect();
        let tags = TagSizes::of(auth, &tag_ids).await?;
        query = query.filter(filter.condition(&|leaf| leaf.condition(tenant_id, &tags))?);
        // "How many customers carry T", asked by whoever sees every customer, is the tag's
        // size: no need to count the list again.
        if let Some(CustomerCondition::TaggedWith(tag_id)) = filter.sole_condition()
            && auth.covers_whole_tenant().await?
        {
            known_count = Some(tags.customers(*tag_id));
        }
    }
    let direction = if descending { "DESC" } else { "ASC" };
    let ordering = match order_field {
        CustomerOrderField::CreatedAt => Ordering::<customer::Entity> {
            name: format!("CREATED_AT_{direction}"),
            column: customer::Column::CreatedAt,
            id_column: customer::Column::Id,
            descending,
            value_of: |row| SortValue::time(&row.created_at),
            id_of: |row| row.id,
            to_sql: page::time_to_sql,
        },
        CustomerOrderField::UpdatedAt => Ordering::<customer::Entity> {
            name: format!("UPDATED_AT_{direction}"),
            column: customer::Column::UpdatedAt,
            id_column: customer::Column::Id,
            descending,
            value_of: |row| SortValue::time(&row.updated_at),
            id_of: |row| row.id,
            to_sql: page::time_to_sql,
        },
        CustomerOrderField::Name => Ordering::<customer::Entity> {
            name: format!("NAME_{direction}"),
            column: customer::Column::Name,
            id_column: customer::Column::Id,
            descending,
            value_of: |row| SortValue::Text(row.name.clone()),
            id_of: |row| row.id,
            to_sql: page::text_to_sql,
        },
    };
    let mut page = page::fetch_page(auth, query, &ordering, request).await?;
    if let Some(count) = known_count {
        page.total_count = TotalCount::known(count);
    }
    Ok(page)
}

/// One customer within the caller's scope; anything else is `NOT_FOUND`, whoever owns it.
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<customer::Model> {
    auth.require(Action::Read, Resource::Customer)?;
    customer::Entity::find_by_id(id)
        .filter(auth.customer_scope().await?)
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("customer"))
}

/// Adds a customer followed by `follower_id` (default: the caller). If the tenant already has this external contact
/// (another member added them first), only the new follow is added, as WeCom itself does.
pub async fn create(auth: &Authorized, input: CustomerCreate) -> ApiResult<customer::Model> {
    auth.require(Action::Create, Resource::Customer)?;
    let mut problems = Problems::default();
    let external_userid = input.external_userid.trim().to_string();
    if external_userid.is_empty() || external_userid.len() > 64 {
        problems.push(FieldError::new(
            &["input", "externalUserid"],
            ErrorCode::BadUserInput,
            "externalUserid must be 1-64 characters (the WeCom external_userid)",
        ));
    }
    problems.check(validate::printable(
        &["input", "externalUserid"],
        &external_userid,
    ));
    let name = problems.check(validate::name(&["input", "name"], &input.name));
    let corp_name = match input.corp_name.as_deref().map(str::trim) {
        Some("") | None => None,
        Some(raw) => problems.check(validate::name(&["input", "corpName"], raw)),
    };
    for (field, value) in [("remark", &input.remark), ("state", &input.state)] {
        if let Some(value) = value {
            problems.check(validate::printable(&["input", field], value));
        }
    }
    if input
        .state
        .as_ref()
        .is_some_and(|state| state.chars().count() > 30)
    {
        problems.push(FieldError::new(
            &["input", "state"],
            ErrorCode::BadUserInput,
            "state must be at most 30 characters",
        ));
    }
    let follower_id = input.follower_id.unwrap_or(auth.actor().staff_id);
    if !auth.may_assign_follower(follower_id).await? {
        problems.push(match input.follower_id {
            Some(_) => FieldError::new(
                &["input", "followerId"],
                ErrorCode::NotFound,
                "follower not found",
            ),
            // Only a manager outside every department cannot follow customers themselves.
            None => FieldError::new(
                &["input", "followerId"],
                ErrorCode::BadUserInput,
                "you cannot follow customers yourself (you are in no department); name a followerId",
            ),
        });
    }
    problems.into_result()?;
    let name = name.ok_or_else(|| ApiError::Internal("validated name went missing".into()))?;

    let timestamp = auth.store.now();
    let transaction = entity::begin_write(auth.db()).await?;
    let existing = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer::Column::ExternalUserid.eq(&external_userid))
        .one(&transaction)
        .await?;
    let customer = match existing {
        Some(customer) => customer,
        None => {
            customer::ActiveModel {
                tenant_id: Set(auth.tenant_id()),
                external_userid: Set(external_userid),
                name: Set(name),
                corp_name: Set(corp_name),
                created_at: Set(timestamp),
                updated_at: Set(timestamp),
                ..Default::default()
            }
            .insert(&transaction)
            .await?
        }
    };
    customer_follow::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        customer_id: Set(customer.id),
        staff_id: Set(follower_id),
        remark: Set(input.remark),
        add_way: Set(input.add_way.unwrap_or(0)),
        state: Set(input.state),
        created_at: Set(timestamp),
        ..Default::default()
    }
    .insert(&transaction)
    .await
    .map_err(|error| {
        conflict_on_unique(error, || {
            ApiError::field(
                &["input", "externalUserid"],
                ErrorCode::Conflict,
                "this customer is already followed by this staff member",
            )
        })
    })?;
    transaction.commit().await?;
    Ok(customer)
}

pub async fn update(auth: &Authorized, input: CustomerUpdate) -> ApiResult<customer::Model> {
    auth.require(Action::Update, Resource::Customer)?;
    let existing = get(auth, input.id).await?;
    let mut problems = Problems::default();
    let name = match &input.name {
        Some(raw) => problems.check(validate::name(&["input", "name"], raw)),
        None => None,
    };
    let corp_name = match &input.corp_name {
        Some(Some(raw)) if !raw.trim().is_empty() => problems
            .check(validate::name(&["input", "corpName"], raw))
            .map(Some),
        Some(_) => Some(None),
        None => None,
    };
    problems.into_result()?;
    let mut active: customer::ActiveModel = existing.into();
    if let Some(name) = name {
        active.name = Set(name);
    }
    if let Some(corp_name) = corp_name {
        active.corp_name = Set(corp_name);
    }
    active.updated_at = Set(auth.store.now());
    Ok(active.update(auth.db()).await?)
}

/// The follows of customers the caller can see, for the `follows` field (batched).
pub async fn follows_of(
    auth: &Authorized,
    customer_ids: &[i64],
) -> ApiResult<Vec<customer_follow::Model>> {
    // The visible among the asked first: a scope subquery beside the ids would make SQLite
    // list every visible customer of the tenant.
    let visible: Vec<i64> = visible_ids(auth, customer_ids).await?.into_iter().collect();
    let mut follows = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer_follow::Column::CustomerId.is_in(visible))
        .all(auth.db())
        .await?;
    // Ordered here, not by the statement: an ORDER BY created_at led SQLite (no statistics)
    // to walk every follow of the tenant in that order (ix_follow_tenant_created_way) instead
    // of looking the page's customers up, 100–200 ms for a page of 50.
    follows.sort_by_key(|follow| (follow.created_at, follow.id));
    Ok(follows)
}

/// Which of `ids` the caller can see.
pub(super) async fn visible_ids(
    auth: &Authorized,
    ids: &[i64],
) -> ApiResult<std::collections::BTreeSet<i64>> {
    auth.require(Action::Read, Resource::Customer)?;
    let rows: Vec<i64> = customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .filter(auth.customer_scope().await?)
        .filter(customer::Column::Id.is_in(ids.to_vec()))
        .into_tuple()
        .all(auth.db())
        .await?;
    Ok(rows.into_iter().collect())
}
