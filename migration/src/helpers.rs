//! Small builders shared by the migrations.

use sea_orm_migration::prelude::*;

/// Creates an index on `columns` of `table` (unique if asked).
pub(crate) async fn create_index<C: IntoIden + Copy>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    columns: &[C],
    unique: bool,
) -> Result<(), DbErr> {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(*column);
    }
    if unique {
        index.unique();
    }
    manager.create_index(index.to_owned()).await
}

/// The foreign key from `table.tenant_id` to `tenant.id`; `on_delete` as the table needs
/// (CRM rows go with their tenant; archive rows must never be deleted that way).
pub(crate) fn tenant_fk(
    table: impl IntoIden,
    name: &str,
    on_delete: Option<ForeignKeyAction>,
) -> ForeignKeyCreateStatement {
    let mut foreign_key = ForeignKey::create();
    foreign_key
        .name(name)
        .from(table, Alias::new("tenant_id"))
        .to(Alias::new("tenant"), Alias::new("id"));
    if let Some(action) = on_delete {
        foreign_key.on_delete(action);
    }
    foreign_key.to_owned()
}
