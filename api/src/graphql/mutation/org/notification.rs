//! `notificationMarkRead`.

use async_graphql::{Context, ID, InputObject, Object};

use crate::domain::org::notifications;
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::Notification;

#[derive(Default)]
pub struct NotificationMutation;

/// Notifications to mark read: 1 to 100 of yours.
#[derive(InputObject)]
pub struct NotificationMarkReadInput {
    pub ids: Vec<ID>,
}

payload!(NotificationMarkReadPayload {
    /// The notifications, read (a notification read before keeps its time).
    notifications: Vec<Notification>
});

#[Object]
impl NotificationMutation {
    /// Marks your notifications read; an id that is not one of yours is a `userError` at its
    /// position and nothing is marked.
    async fn notification_mark_read(
        &self,
        ctx: &Context<'_>,
        input: NotificationMarkReadInput,
    ) -> async_graphql::Result<Option<NotificationMarkReadPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let ids = ids::decode_list(&["input", "ids"], NodeKind::Notification, &input.ids)?;
            notifications::mark_read(auth, &ids).await
        }
        .await;
        respond(result.map(|rows| rows.into_iter().map(Notification).collect()))
    }
}
