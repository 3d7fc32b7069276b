//! "Customers carrying tag T" as SQL, in the form that suits how common T is.
//!
//! A customer list filtered by a tag and ordered by time can be answered two ways: collect the
//! tag's customers from `follow_tag` and sort them (cost grows with the tag's customers), or
//! walk the tenant's customers in the asked order and keep those carrying the tag until the page
//! is full (cost grows with how many customers must be skipped: about the tenant's customers
//! over the tag's, times the page). PostgreSQL chooses between the two itself (both forms are
//! one semi-join to it); SQLite takes `IN (…)` as the first and `EXISTS (…)` as the second. On
//! the seeded tenant of docs/BENCHMARKS.md (100,000 customers) a page of a tag on 50,000 of them
//! took 30–40 ms collected and 3–7 ms walked; a tag on 900, 2 ms collected and 20 ms walked.
//! So each tag of a filter is sized first — one indexed count, exact — and a tag on at least
//! [`COMMON_TAG_CUSTOMERS`] customers is walked.

use std::collections::HashMap;

use entity::{customer, follow_tag};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait};

use crate::domain::Authorized;
use crate::domain::engage::broadcasts::audience::customers_tagged;
use crate::error::ApiResult;

/// From this many customers on, a tag's customers are found by walking the list (a page of 50
/// then skips at most ~20 customers per row on a tenant of 100,000, ~200 on one of a million).
pub const COMMON_TAG_CUSTOMERS: u64 = 5_000;

/// How many of the tenant's customers carry each tag, exactly (tags on no customer absent).
#[derive(Debug, Default, Clone)]
pub struct TagSizes(HashMap<i64, u64>);

impl TagSizes {
    /// Counts `tag_ids` in one statement over `ix_follow_tag_customer` (each tag's range, in
    /// customer order, so the distinct count needs no sort).
    pub async fn of(auth: &Authorized, tag_ids: &[i64]) -> ApiResult<TagSizes> {
        if tag_ids.is_empty() {
            return Ok(TagSizes::default());
        }
        let query = Query::select()
            .column(follow_tag::Column::TagId)
            .expr_as(
                Func::cast_as(
                    Expr::col(follow_tag::Column::CustomerId).count_distinct(),
                    Alias::new("BIGINT"),
                ),
                Alias::new("customers"),
            )
            .from(follow_tag::Entity)
            .and_where(follow_tag::Column::TenantId.eq(auth.tenant_id()))
            .and_where(follow_tag::Column::TagId.is_in(tag_ids.iter().copied()))
            .group_by_col(follow_tag::Column::TagId)
            .to_owned();
        let mut sizes = HashMap::new();
        for row in auth.db().query_all(&query).await? {
            let tag_id: i64 = row.try_get("", "tag_id")?;
            let customers: i64 = row.try_get("", "customers")?;
            sizes.insert(tag_id, u64::try_from(customers).unwrap_or(0));
        }
        Ok(TagSizes(sizes))
    }

    /// The tenant's customers carrying `tag_id` (0 for a tag not sized or on nobody).
    pub fn customers(&self, tag_id: i64) -> u64 {
        self.0.get(&tag_id).copied().unwrap_or(0)
    }

    /// `customer.id` carries `tag_id`, in the form that suits the tag (see the module).
    pub fn condition(&self, tenant_id: i64, tag_id: i64) -> Condition {
        if self.customers(tag_id) < COMMON_TAG_CUSTOMERS {
            return Condition::all()
                .add(customer::Column::Id.in_subquery(customers_tagged(tenant_id, tag_id)));
        }
        let carries = Query::select()
            .expr(Expr::val(1))
            .from(follow_tag::Entity)
            .and_where(follow_tag::Column::TenantId.eq(tenant_id))
            .and_where(
                Expr::col((follow_tag::Entity, follow_tag::Column::CustomerId))
                    .equals((customer::Entity, customer::Column::Id)),
            )
            .and_where(follow_tag::Column::TagId.eq(tag_id))
            .to_owned();
        Condition::all().add(Expr::exists(carries))
    }
}
