use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use entity::staff;

use crate::domain::{self, org::staff::StaffCondition};
use crate::error::ApiError;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{
    Combinators, Department, FilterInput, OrderDirection, Role, StringFilter, Tenant,
};
use crate::graphql::{authorized, request_loaders};

/// A member of the tenant's WeCom corp, with one role.
pub struct Staff(pub staff::Model);

#[Object]
impl Staff {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Staff, self.0.id)
    }

    async fn email(&self) -> &str {
        &self.0.email
    }

    /// The member's WeCom userid, when synced or set: what the archive's `from` and `tolist`
    /// name them by.
    async fn wecom_userid(&self) -> Option<&str> {
        self.0.wecom_userid.as_deref()
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn role(&self) -> Role {
        self.0.role.into()
    }

    /// False once deactivated; deactivated staff keep their history.
    async fn active(&self) -> bool {
        self.0.active
    }

    /// True while the member signs in with a password someone else set: they must replace it
    /// (`passwordChange`) before the archive opens to them.
    async fn password_change_required(&self) -> bool {
        self.0.password_hash.is_some()
            && self.0.password_origin == entity::PasswordOrigin::SetByAnother
    }

    async fn department(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Department>> {
        let Some(department_id) = self.0.department_id else {
            return Ok(None);
        };
        let found = request_loaders(ctx)?
            .department_by_id
            .load_one(department_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(found.map(Department))
    }

    async fn tenant(&self, ctx: &Context<'_>) -> async_graphql::Result<Tenant> {
        let auth = authorized(ctx)?;
        Ok(Tenant(domain::org::tenants::current(auth).await.gql()?))
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// Filters staff; all given conditions must hold.
#[derive(Debug, Clone, InputObject)]
pub struct StaffFilter {
    pub and: Option<Vec<StaffFilter>>,
    pub or: Option<Vec<StaffFilter>>,
    pub not: Option<Box<StaffFilter>>,
    pub name: Option<StringFilter>,
    pub email: Option<StringFilter>,
    pub role: Option<Role>,
    pub department_id: Option<ID>,
    pub active: Option<bool>,
}

impl FilterInput for StaffFilter {
    type Condition = StaffCondition;

    fn take_combinators(&mut self) -> Combinators<Self> {
        Combinators {
            and: self.and.take(),
            or: self.or.take(),
            not: self.not.take(),
        }
    }

    fn conditions(self) -> Result<Vec<StaffCondition>, ApiError> {
        let mut conditions = Vec::new();
        if let Some(name) = self.name {
            conditions.push(StaffCondition::Name(name.into()));
        }
        if let Some(email) = self.email {
            conditions.push(StaffCondition::Email(email.into()));
        }
        if let Some(role) = self.role {
            conditions.push(StaffCondition::Role(role.into()));
        }
        if let Some(department_id) = self.department_id {
            conditions.push(StaffCondition::Department(ids::decode(
                &["filter", "departmentId"],
                NodeKind::Department,
                &department_id,
            )?));
        }
        if let Some(active) = self.active {
            conditions.push(StaffCondition::Active(active));
        }
        Ok(conditions)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum StaffOrderField {
    Name,
    CreatedAt,
}

/// Sort order of staff lists; ties are broken by id in the same direction.
#[derive(Debug, Clone, InputObject)]
pub struct StaffOrder {
    pub field: StaffOrderField,
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl StaffOrder {
    pub fn into_domain(self) -> (domain::org::staff::StaffOrderField, bool) {
        let field = match self.field {
            StaffOrderField::Name => domain::org::staff::StaffOrderField::Name,
            StaffOrderField::CreatedAt => domain::org::staff::StaffOrderField::CreatedAt,
        };
        (field, self.direction.is_descending())
    }
}
