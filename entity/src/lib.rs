//! sea-orm entities of scrm. Every table is keyed by `tenant_id` first (except `tenant`),
//! so that the database can later be sharded by tenant.

pub mod api_key;
pub mod archive_conversation;
pub mod archive_key;
pub mod archive_media;
pub mod archive_message;
pub mod archive_reject;
pub mod archive_tombstone;
pub mod audit_entry;
pub mod audit_target;
pub mod chain_checkpoint;
pub mod customer;
pub mod customer_follow;
pub mod customer_group;
pub mod customer_group_member;
pub mod department;
pub mod export;
pub mod follow_tag;
pub mod job;
pub mod legal_hold;
pub mod password_origin;
pub mod risk_alert;
pub mod risk_alert_comment;
pub mod risk_rule;
pub mod role;
pub mod session;
pub mod staff;
pub mod tag;
pub mod tag_group;
pub mod tenant;
pub mod wecom_archive_cursor;
pub mod wecom_archive_key;
pub mod wecom_callback_nonce;
pub mod wecom_event;
pub mod wecom_settings;
pub mod write;

pub use audit_entry::{AuditAction, AuditActorKind, AuditOutcome};
pub use customer::ArchiveConsent;
pub use customer_follow::FollowLoss;
pub use job::{JobKind, JobStatus};
pub use password_origin::PasswordOrigin;
pub use risk_alert::{AlertStatus, Severity};
pub use role::Role;
pub use wecom_event::EventStatus;
pub use write::begin_write;
