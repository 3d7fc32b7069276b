//! Queries of the script (话术) and material (素材) libraries.

use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object};

use crate::domain::engage::library::{folders, materials, scripts, usage};
use crate::domain::page::PageRequest;
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{
    Date, FilterInput, LibraryFolder, LibraryFolderFilter, LibraryItemKind, LibraryItemOrder,
    LibraryUsageRow, Material, MaterialFilter, Script, ScriptFilter, TotalCount, connection_of,
};

#[derive(Default)]
pub struct LibraryQuery;

#[Object]
impl LibraryQuery {
    /// Folders of the tenant's libraries and of your personal ones, by name (ADMIN, MANAGER,
    /// SALES).
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn library_folders(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<LibraryFolderFilter>,
    ) -> async_graphql::Result<Connection<String, LibraryFolder, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter
            .map(LibraryFolderFilter::into_domain)
            .transpose()
            .gql()?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = folders::list(auth, filter, &request).await.gql()?;
        Ok(connection_of(page, LibraryFolder))
    }

    /// Scripts of the tenant's library and of your personal one (ADMIN, MANAGER, SALES); the
    /// most recently updated first unless `orderBy` says otherwise. `filter.query` finds
    /// substrings of the title and content, whatever their case, width or script
    /// (traditional or simplified).
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn scripts(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<ScriptFilter>,
        order_by: Option<LibraryItemOrder>,
    ) -> async_graphql::Result<Connection<String, Script, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter.map(ScriptFilter::into_domain).transpose().gql()?;
        let (field, descending) = LibraryItemOrder::into_domain(order_by);
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = scripts::list(auth, filter, field, descending, &request)
            .await
            .gql()?;
        Ok(connection_of(page, Script))
    }

    /// Materials of the tenant's library and of your personal one (ADMIN, MANAGER, SALES);
    /// the most recently updated first unless `orderBy` says otherwise.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn materials(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<MaterialFilter>,
        order_by: Option<LibraryItemOrder>,
    ) -> async_graphql::Result<Connection<String, Material, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter.map(MaterialFilter::into_domain).transpose().gql()?;
        let (field, descending) = LibraryItemOrder::into_domain(order_by);
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = materials::list(auth, filter, field, descending, &request)
            .await
            .gql()?;
        Ok(connection_of(page, Material))
    }

    /// One script by id; another tenant's, another member's personal one and a missing one
    /// are all `NOT_FOUND`.
    #[graphql(complexity = "cost::lookup(child_complexity)")]
    async fn script(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Script> {
        let auth = authorized(ctx)?;
        let script_id = ids::decode(&["id"], NodeKind::Script, &id).gql()?;
        Ok(Script(scripts::get(auth, script_id).await.gql()?))
    }

    /// One material by id; another tenant's, another member's personal one and a missing one
    /// are all `NOT_FOUND`.
    #[graphql(complexity = "cost::lookup(child_complexity)")]
    async fn material(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Material> {
        let auth = authorized(ctx)?;
        let material_id = ids::decode(&["id"], NodeKind::Material, &id).gql()?;
        Ok(Material(materials::get(auth, material_id).await.gql()?))
    }

    /// Uses of library items (`scriptUse`, `materialUse`) per item and member over the
    /// tenant's days `from` to `to` (both included), the most used first, at most `first`
    /// rows (default and most 100). Counts the staff you cover — admins everyone, managers
    /// their department tree, sales themselves — and names only items you may read (the
    /// tenant's library and your personal one).
    #[graphql(complexity = "cost::page(first, cost::LIST, child_complexity)")]
    async fn library_usage(
        &self,
        ctx: &Context<'_>,
        from: Date,
        to: Date,
        kind: Option<LibraryItemKind>,
        first: Option<i32>,
    ) -> async_graphql::Result<Vec<LibraryUsageRow>> {
        let auth = authorized(ctx)?;
        let rows = usage::report(auth, from.0, to.0, kind.map(Into::into), first)
            .await
            .gql()?;
        Ok(rows.into_iter().map(LibraryUsageRow).collect())
    }
}
