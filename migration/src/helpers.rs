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
