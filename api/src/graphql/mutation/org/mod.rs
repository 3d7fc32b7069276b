//! Mutations of the organisation (staff, departments, tenants, API keys, sign-in).

pub(super) mod api_key;
pub(super) mod auth;
pub(super) mod notification;
pub(super) mod staff;
pub(super) mod tenant;
pub(super) mod wecom;
pub(super) mod wecom_sync;
