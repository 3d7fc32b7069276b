//! Customer groups: `groupchat/list` page by page, each group read with `groupchat/get` and
//! the page applied in one transaction; the cursor is saved after it commits.

use ::wecom::Credentials;
use ::wecom::api::group_chat::GroupChat;

use super::{SyncSink, SyncState};
use crate::domain::system::SystemActor;
use crate::domain::wecom::apply::group;
use crate::error::ApiResult;

/// Groups per `groupchat/list` page (each costs one `groupchat/get`).
const PAGE: u32 = 100;

/// WeCom's "chat not found": the group went between the list and the read.
const CHAT_NOT_FOUND: i64 = 40050;

pub(super) async fn sync<S: SyncSink>(
    system: &SystemActor,
    credentials: &Credentials,
    state: &mut SyncState,
    sink: &mut S,
) -> Result<(), S::Stop> {
    let store = system.store();
    let tenant_id = system.tenant_id();
    loop {
        let cursor = state.groups_cursor.clone();
        let page = super::patiently(store, || {
            store.wecom.group_chat_list(credentials, &cursor, PAGE)
        })
        .await
        .map_err(crate::error::ApiError::from)?;
        let mut chats: Vec<(GroupChat, i16)> = Vec::with_capacity(page.group_chat_list.len());
        for listed in &page.group_chat_list {
            let read = super::patiently(store, || {
                store.wecom.group_chat(credentials, &listed.chat_id)
            })
            .await;
            match read {
                Ok(chat) => chats.push((chat, i16::try_from(listed.status).unwrap_or(0))),
                Err(error) if error.errcode() == Some(CHAT_NOT_FOUND) => {}
                Err(error) => return Err(crate::error::ApiError::from(error).into()),
            }
        }
        apply_page(system, tenant_id, &chats, state).await?;
        state.done += page.group_chat_list.len() as u64;
        if ::wecom::api::is_last_page(&page.next_cursor) {
            state.groups_cursor.clear();
            return Ok(());
        }
        state.groups_cursor = page.next_cursor;
        sink.save(state).await?;
    }
}

async fn apply_page(
    system: &SystemActor,
    tenant_id: i64,
    chats: &[(GroupChat, i16)],
    state: &mut SyncState,
) -> ApiResult<()> {
    let transaction = entity::begin_write(&system.store().db).await?;
    for (chat, status) in chats {
        let change = group::upsert_group_chat(&transaction, tenant_id, chat, Some(*status)).await?;
        state.counts.groups.count(change);
    }
    transaction.commit().await?;
    Ok(())
}
