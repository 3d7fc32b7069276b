//! Queries of follow-ups: the signed-in member's `myAgenda`. (A customer's follow-ups are
//! `Customer.followUps`; one follow-up is `node(id:)`.)

use async_graphql::{Context, Object};

use crate::domain::crm::follow_ups::agenda;
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::types::{Agenda, Date};

#[derive(Default)]
pub struct FollowUpQuery;

#[Object]
impl FollowUpQuery {
    /// Your agenda for `date` (a day of the tenant's time zone): the next steps of your
    /// follow-ups due that day, the overdue ones not done yet, and your open SOP tasks due by
    /// the day's end.
    #[graphql(complexity = "cost::LIST * 3 + child_complexity")]
    async fn my_agenda(&self, ctx: &Context<'_>, date: Date) -> async_graphql::Result<Agenda> {
        let auth = authorized(ctx)?;
        Ok(Agenda(agenda::agenda(auth, date.0).await.gql()?))
    }
}
