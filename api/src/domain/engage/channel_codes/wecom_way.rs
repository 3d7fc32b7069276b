//! The WeCom side of a channel code: its contact way (「联系我」), always naming exactly one
//! member (the rotation's choice), whatever the code's type.

use ::wecom::Credentials;
use ::wecom::api::contact_way::{
    ContactWayUpdate, NewContactWay, SCENE_QR_CODE, TYPE_MULTI, TYPE_SINGLE,
};
use entity::channel_code;

use crate::domain::Store;
use crate::error::ApiResult;

/// WeCom's limit on a contact way's remark.
const REMARK_CHARS: usize = 30;

/// A new contact way for a code named `name` with `state`; its `config_id` and QR code URL.
pub(crate) async fn create(
    store: &Store,
    credentials: &Credentials,
    name: &str,
    state: &str,
    skip_verify: bool,
    several_members: bool,
    userid: &str,
) -> ApiResult<(String, String)> {
    let way = NewContactWay {
        way_type: if several_members {
            TYPE_MULTI
        } else {
            TYPE_SINGLE
        },
        scene: SCENE_QR_CODE,
        style: None,
        remark: Some(name.chars().take(REMARK_CHARS).collect()),
        skip_verify: Some(skip_verify),
        state: Some(state.to_owned()),
        user: vec![userid.to_owned()],
        party: Vec::new(),
    };
    let created = store.wecom.add_contact_way(credentials, &way).await?;
    Ok((created.config_id, created.qr_code))
}

/// Points the code's way at `userid`.
pub(crate) async fn point_at(
    store: &Store,
    credentials: &Credentials,
    code: &channel_code::Model,
    userid: &str,
) -> ApiResult<()> {
    update(store, credentials, code, Some(userid)).await
}

/// Writes the code's name and verification setting (and, if given, its member) to its way.
pub(crate) async fn update(
    store: &Store,
    credentials: &Credentials,
    code: &channel_code::Model,
    userid: Option<&str>,
) -> ApiResult<()> {
    let update = ContactWayUpdate {
        config_id: code.config_id.clone(),
        remark: Some(code.name.chars().take(REMARK_CHARS).collect()),
        skip_verify: Some(code.skip_verify),
        style: None,
        state: Some(code.state.clone()),
        user: userid.map(|userid| vec![userid.to_owned()]),
        party: None,
    };
    store.wecom.update_contact_way(credentials, &update).await?;
    Ok(())
}

/// Deletes the code's way: its QR code stops adding anyone. A way deleted already (in WeCom's
/// console) is what this wants.
pub(crate) async fn delete(
    store: &Store,
    credentials: &Credentials,
    config_id: &str,
) -> ApiResult<()> {
    match store.wecom.del_contact_way(credentials, config_id).await {
        Ok(()) => Ok(()),
        Err(error) if error.errcode() == Some(::wecom::errcode::INVALID_CONFIG_ID) => Ok(()),
        Err(error) => Err(error.into()),
    }
}
