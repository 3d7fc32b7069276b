//! WeCom's errcodes that callers branch on, named. Every other code is still available as
//! [`crate::WecomError::errcode`]; match with `error.errcode() == Some(errcode::…)` or on
//! `WecomError::Refused { errcode: errcode::…, .. }`.
//!
//! Meanings as WeCom's global error code table (开发指南 › 全局错误码) gives them.

/// 40007 不合法的media_id参数: unknown or expired (3 days) media id.
pub const INVALID_MEDIA_ID: i64 = 40007;
/// 40058 不合法的参数: out-of-range limits, bad cursors, fields too long (e.g. `state` > 30).
pub const INVALID_PARAMETER: i64 = 40058;
/// 41041 「联系我」使用人数超过限制: a single (`type` 1) contact way with more than one user.
pub const CONTACT_WAY_TOO_MANY_USERS: i64 = 41041;
/// 41044 无效的「联系我」config_id参数: the contact way does not exist (any more).
pub const INVALID_CONFIG_ID: i64 = 41044;
/// 41047 无效的企业群发消息id.
pub const INVALID_MSGID: i64 = 41047;
/// 41048 无可发送的客户: none of `external_userid` can receive the mass message.
pub const NO_SENDABLE_CUSTOMER: i64 = 41048;
/// 41050 无效的欢迎语code: unknown, or older than its 20 seconds.
pub const INVALID_WELCOME_CODE: i64 = 41050;
/// 41051 externaluser has started chatting: the welcome code was used already (by us or by
/// another app that got the same event). Never retry it.
pub const WELCOME_CODE_USED: i64 = 41051;
/// 41064 附件数量超过限制 (more than 9; a group welcome template takes one).
pub const TOO_MANY_ATTACHMENTS: i64 = 41064;
/// 41065 无效的附件类型.
pub const INVALID_ATTACHMENT_TYPE: i64 = 41065;
/// 45009 / 45033: too frequent; the client retries them and then answers `RateLimited`.
pub const RATE_LIMITED: [i64; 2] = [45009, 45033];
/// 60111 UserID不存在.
pub const USERID_NOT_FOUND: i64 = 60111;
/// 84061 不存在外部联系人的关系.
pub const NOT_EXTERNAL_CONTACT: i64 = 84061;
/// 40096 不合法的外部联系人userid: a transfer's customer WeCom does not know.
pub const INVALID_EXTERNAL_USERID: i64 = 40096;
/// 40097 该成员尚未离职 / 转接过于频繁: a customer transferred too often or already under way.
pub const TRANSFER_TOO_FREQUENT: i64 = 40097;
