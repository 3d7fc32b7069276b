//! `deals`: the deals the actor covers, filtered and ordered, one keyset page at a time.

use chrono::NaiveDate;
use entity::deal::{self, DealStatus};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, Value};

use super::lifecycle::date_text;
use crate::domain::Authorized;
use crate::domain::filter::Filter;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::error::ApiResult;

/// Filters deals: [`DealCondition`]s combined with and/or/not.
pub type DealFilter = Filter<DealCondition>;

/// One condition on deals.
#[derive(Debug, Clone)]
pub enum DealCondition {
    Pipeline(i64),
    Stage(i64),
    Owner(i64),
    Status(DealStatus),
    /// Expected to close on or after this day.
    ExpectedCloseFrom(NaiveDate),
    /// Expected to close on or before this day.
    ExpectedCloseTo(NaiveDate),
}

impl DealCondition {
    fn condition(&self) -> Condition {
        let single = |expression| Condition::all().add(expression);
        match self {
            DealCondition::Pipeline(id) => single(deal::Column::PipelineId.eq(*id)),
            DealCondition::Stage(id) => single(deal::Column::StageId.eq(*id)),
            DealCondition::Owner(id) => single(deal::Column::OwnerId.eq(*id)),
            DealCondition::Status(status) => single(deal::Column::Status.eq(*status)),
            DealCondition::ExpectedCloseFrom(date) => {
                single(deal::Column::ExpectedCloseDate.gte(date_text(*date)))
            }
            DealCondition::ExpectedCloseTo(date) => {
                single(deal::Column::ExpectedCloseDate.lte(date_text(*date)))
            }
        }
    }
}

/// What deals are sorted by; ties are broken by id in the same direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DealOrderField {
    CreatedAt,
    ExpectedCloseDate,
    Amount,
    Title,
}

fn int_to_sql(value: &SortValue) -> Option<Value> {
    match value {
        SortValue::Int(number) => Some(Value::from(*number)),
        SortValue::Text(_) => None,
    }
}

fn ordering(field: DealOrderField, descending: bool) -> Ordering<deal::Entity> {
    let direction = if descending { "DESC" } else { "ASC" };
    match field {
        DealOrderField::CreatedAt => Ordering {
            name: format!("DEAL_CREATED_AT_{direction}"),
            column: deal::Column::CreatedAt,
            id_column: deal::Column::Id,
            descending,
            value_of: |row| SortValue::time(&row.created_at),
            id_of: |row| row.id,
            to_sql: page::time_to_sql,
        },
        DealOrderField::ExpectedCloseDate => Ordering {
            name: format!("DEAL_EXPECTED_CLOSE_DATE_{direction}"),
            column: deal::Column::ExpectedCloseDate,
            id_column: deal::Column::Id,
            descending,
            value_of: |row| SortValue::Text(row.expected_close_date.clone()),
            id_of: |row| row.id,
            to_sql: page::text_to_sql,
        },
        DealOrderField::Amount => Ordering {
            name: format!("DEAL_AMOUNT_{direction}"),
            column: deal::Column::AmountFen,
            id_column: deal::Column::Id,
            descending,
            value_of: |row| SortValue::Int(row.amount_fen),
            id_of: |row| row.id,
            to_sql: int_to_sql,
        },
        DealOrderField::Title => Ordering {
            name: format!("DEAL_TITLE_{direction}"),
            column: deal::Column::Title,
            id_column: deal::Column::Id,
            descending,
            value_of: |row| SortValue::Text(row.title.clone()),
            id_of: |row| row.id,
            to_sql: page::text_to_sql,
        },
    }
}

/// The deals the actor covers under `filter`, in `field` order.
pub async fn list(
    auth: &Authorized,
    filter: Option<DealFilter>,
    field: DealOrderField,
    descending: bool,
    request: &PageRequest,
) -> ApiResult<Page<deal::Model>> {
    auth.require(Action::Read, Resource::Deal)?;
    let mut query = deal::Entity::find().filter(auth.deal_scope().await?);
    if let Some(filter) = filter {
        query = query.filter(filter.condition(&DealCondition::condition)?);
    }
    page::fetch_page(auth, query, &ordering(field, descending), request).await
}
