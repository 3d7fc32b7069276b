//! The organisation: tenants, staff, departments, sign-in sessions, API keys and the
//! operator's grants.

pub mod api_keys;
pub mod departments;
pub mod grants;
pub(crate) mod managers;
pub mod notifications;
pub mod sessions;
pub mod staff;
pub mod tenants;
pub mod time_zone;
