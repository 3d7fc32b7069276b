//! Database migrations of scrm. The server applies them on start; `scrm migrate` and the
//! `migration` binary (sea-orm-migration's CLI) run them by hand.

pub use sea_orm_migration::prelude::*;

pub use sea_orm_migration::MigrationStatus;

mod helpers;
mod m20261124_000001_foundation;
mod m20261124_000002_archive;
mod m20261124_000003_risk;
mod m20261124_000004_archive_conversations;
mod m20261201_000005_sealed_notes;
mod m20261201_000006_password_origin;
mod m20261201_000007_alert_insert_xid;
mod m20261201_000008_audit;
mod m20261201_000009_chain_checkpoint;
mod m20261201_000010_tenant_time_zone;
mod m20261201_000013_job;
mod m20261201_000014_retention_legal_hold;
mod m20261201_000015_export;
mod m20261202_000016_archive_purge;
mod m20261202_000017_wecom;
mod m20261203_000018_channel_code;
mod m20261203_000019_library;
mod m20261203_000020_broadcast;
mod m20261203_000021_sop;
mod m20261203_000022_group_welcome;
mod m20261203_000023_follow_tag_customer;
mod m20261204_000024_follow_up;
mod m20261204_000025_deals;
mod m20261204_000026_archive_opt_out;
mod m20261204_000027_broadcast_materials;
mod m20261204_000028_sop_deal_stage;
mod m20261204_000029_transfer;
mod m20261204_000030_notification;
mod m20261205_000031_follow_tag_event;
mod m20261205_000032_dashboard_indexes;
mod m20261206_000033_dashboard_covering_indexes;
mod m20261207_000034_sqlite_statistics_resampled;
mod m20261208_000035_deal_event_advanced;
mod m20261209_000036_archive_dictionary;
mod m20261210_000037_archive_message_slim;
mod m20261211_000038_archive_message_no_conversation_index;
mod m20261212_000039_archive_message_key_in_time_order;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261124_000001_foundation::Migration),
            Box::new(m20261124_000002_archive::Migration),
            Box::new(m20261124_000003_risk::Migration),
            Box::new(m20261124_000004_archive_conversations::Migration),
            Box::new(m20261201_000005_sealed_notes::Migration),
            Box::new(m20261201_000006_password_origin::Migration),
            Box::new(m20261201_000007_alert_insert_xid::Migration),
            Box::new(m20261201_000008_audit::Migration),
            Box::new(m20261201_000009_chain_checkpoint::Migration),
            Box::new(m20261201_000010_tenant_time_zone::Migration),
            Box::new(m20261201_000013_job::Migration),
            Box::new(m20261201_000014_retention_legal_hold::Migration),
            Box::new(m20261201_000015_export::Migration),
            Box::new(m20261202_000016_archive_purge::Migration),
            Box::new(m20261202_000017_wecom::Migration),
            Box::new(m20261203_000018_channel_code::Migration),
            Box::new(m20261203_000019_library::Migration),
            Box::new(m20261203_000020_broadcast::Migration),
            Box::new(m20261203_000021_sop::Migration),
            Box::new(m20261203_000022_group_welcome::Migration),
            Box::new(m20261203_000023_follow_tag_customer::Migration),
            Box::new(m20261204_000024_follow_up::Migration),
            Box::new(m20261204_000025_deals::Migration),
            Box::new(m20261204_000026_archive_opt_out::Migration),
            Box::new(m20261204_000027_broadcast_materials::Migration),
            Box::new(m20261204_000028_sop_deal_stage::Migration),
            Box::new(m20261204_000029_transfer::Migration),
            Box::new(m20261204_000030_notification::Migration),
            Box::new(m20261205_000031_follow_tag_event::Migration),
            Box::new(m20261205_000032_dashboard_indexes::Migration),
            Box::new(m20261206_000033_dashboard_covering_indexes::Migration),
            Box::new(m20261207_000034_sqlite_statistics_resampled::Migration),
            Box::new(m20261208_000035_deal_event_advanced::Migration),
            Box::new(m20261209_000036_archive_dictionary::Migration),
            Box::new(m20261210_000037_archive_message_slim::Migration),
            Box::new(m20261211_000038_archive_message_no_conversation_index::Migration),
            Box::new(m20261212_000039_archive_message_key_in_time_order::Migration),
        ]
    }
}
