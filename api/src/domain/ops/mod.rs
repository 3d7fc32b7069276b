//! The operator's care of the installation as a whole: backups, restores and moving the
//! database (`scrm backup`, `scrm restore`, `scrm db copy`), and what monitoring reads
//! (`health`, served at `/metrics`). Entry points take an
//! [`OperatorAccess`](super::operator::OperatorAccess), except [`backup::restore`], which
//! makes one once the master key it was given has been checked against the backup.

pub mod backup;
pub mod copy;
pub mod health;
pub mod index_catch_up;
