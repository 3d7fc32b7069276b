use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use entity::department;

use crate::graphql::ids::{self, NodeKind};
use crate::graphql::request_loaders;

pub struct Department(pub department::Model);

#[Object]
impl Department {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Department, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn parent(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Department>> {
        let Some(parent_id) = self.0.parent_id else {
            return Ok(None);
        };
        let parent = request_loaders(ctx)?
            .department_by_id
            .load_one(parent_id)
            .await
            .map_err(|error| crate::graphql::errors::to_graphql(&error))?;
        Ok(parent.map(Department))
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
