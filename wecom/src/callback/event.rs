//! The events inside a decrypted callback, typed with WeCom's documented values.
//!
//! WeCom adds events and values over time. An event or value this module does not know becomes
//! [`EventKind::Other`] rather than an error: failing the callback would only make WeCom retry it
//! and eventually disable the callback URL, while the caller can log and skip an `Other`.
//! A *known* event that lacks a required field, or carries a number that is not one, is an error.

use serde::Deserialize;

use super::{CallbackError, checked_xml, push_cdata_element, push_number_element};

/// One decrypted callback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackEvent {
    /// `ToUserName`: the corp the event belongs to.
    pub corp_id: String,
    /// `CreateTime`, unix seconds.
    pub create_time: i64,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// `change_external_contact`: a customer relationship of an employee changed.
    ExternalContact(ExternalContactEvent),
    /// `change_external_chat`: a customer group chat changed.
    ExternalChat(ExternalChatEvent),
    /// `change_external_tag`: the corp's customer tags changed.
    ExternalTag(ExternalTagEvent),
    /// `msgaudit_notify`: new messages wait in the conversation archive.
    MsgAuditNotify { agent_id: Option<String> },
    /// An event, change type or value this version does not know. `event` is empty when the
    /// callback is a message rather than an event.
    Other {
        event: String,
        change_type: Option<String>,
    },
}

/// `Event=change_external_contact`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalContactEvent {
    /// `UserID`: the employee.
    pub user_id: String,
    /// `ExternalUserID`: the customer.
    pub external_user_id: String,
    pub change: ContactChange,
}

/// `ChangeType` of `change_external_contact`, with the fields each one carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactChange {
    /// `add_external_contact`: the employee added the customer. `state` is the `state` of the
    /// "contact me" configuration or acquisition link the customer came through; `welcome_code`
    /// lets the corp send a welcome message (valid for a short while, once).
    Add {
        state: Option<String>,
        welcome_code: Option<String>,
    },
    /// `edit_external_contact`: the employee edited the customer's remark, tags and so on.
    Edit,
    /// `add_half_external_contact`: the customer added the employee, who has not accepted yet.
    AddHalf {
        state: Option<String>,
        welcome_code: Option<String>,
    },
    /// `del_external_contact`: the employee deleted the customer. `source` says why when WeCom
    /// did it (`DELETE_BY_TRANSFER`: removed after the customer was handed to another employee).
    Delete { source: Option<String> },
    /// `del_follow_user`: the customer deleted the employee.
    DeleteFollowUser,
    /// `transfer_fail`: handing the customer to another employee failed.
    TransferFail { reason: TransferFailReason },
}

/// `FailReason` of `transfer_fail`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferFailReason {
    /// `customer_refused`
    CustomerRefused,
    /// `customer_limit_exceed`: the receiving employee has reached their customer limit.
    CustomerLimitExceed,
}

/// `Event=change_external_chat`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalChatEvent {
    /// `ChatId`
    pub chat_id: String,
    pub change: ChatChange,
}

/// `ChangeType` of `change_external_chat`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatChange {
    Create,
    Update(ChatUpdate),
    Dismiss,
}

/// What an `update` of a group chat says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatUpdate {
    /// `UpdateDetail`
    pub detail: Option<ChatUpdateDetail>,
    /// `JoinScene`: how members joined (0 invited by a member, 1 by QR code...), for `add_member`.
    pub join_scene: Option<u32>,
    /// `QuitScene`: how members left (0 left themselves, 1 removed), for `del_member`.
    pub quit_scene: Option<u32>,
    /// `MemChangeCnt`: how many members joined or left.
    pub mem_change_cnt: Option<u32>,
}

/// `UpdateDetail` of a group chat `update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatUpdateDetail {
    AddMember,
    DelMember,
    ChangeOwner,
    ChangeName,
    ChangeNotice,
}

/// `Event=change_external_tag`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalTagEvent {
    pub change: TagChange,
    /// `StrategyId`: set only for tags that belong to a rule group.
    pub strategy_id: Option<i64>,
}

/// `ChangeType` of `change_external_tag`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagChange {
    Create(TagRef),
    Update(TagRef),
    Delete(TagRef),
    /// Tags were reordered: within the group `group_id` (`Id`), or all groups when it is absent.
    Shuffle {
        group_id: Option<String>,
    },
}

/// The tag or tag group a change is about: `Id` and `TagType`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagRef {
    pub id: String,
    pub tag_type: TagType,
}

/// `TagType`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagType {
    Tag,
    TagGroup,
}

/// Every field any known event uses, under WeCom's names. Unknown elements are ignored, so
/// fields WeCom adds later (such as a chat's `MemChangeList`) do not break parsing.
#[derive(Default, Deserialize)]
struct RawEvent {
    #[serde(rename = "ToUserName")]
    to_user_name: Option<String>,
    #[serde(rename = "CreateTime")]
    create_time: Option<String>,
    #[serde(rename = "Event")]
    event: Option<String>,
    #[serde(rename = "ChangeType")]
    change_type: Option<String>,
    #[serde(rename = "UserID")]
    user_id: Option<String>,
    #[serde(rename = "ExternalUserID")]
    external_user_id: Option<String>,
    #[serde(rename = "State")]
    state: Option<String>,
    #[serde(rename = "WelcomeCode")]
    welcome_code: Option<String>,
    #[serde(rename = "Source")]
    source: Option<String>,
    #[serde(rename = "FailReason")]
    fail_reason: Option<String>,
    #[serde(rename = "ChatId")]
    chat_id: Option<String>,
    #[serde(rename = "UpdateDetail")]
    update_detail: Option<String>,
    #[serde(rename = "JoinScene")]
    join_scene: Option<String>,
    #[serde(rename = "QuitScene")]
    quit_scene: Option<String>,
    #[serde(rename = "MemChangeCnt")]
    mem_change_cnt: Option<String>,
    #[serde(rename = "Id")]
    id: Option<String>,
    #[serde(rename = "TagType")]
    tag_type: Option<String>,
    #[serde(rename = "StrategyId")]
    strategy_id: Option<String>,
    #[serde(rename = "AgentID")]
    agent_id: Option<String>,
}

/// WeCom writes an absent optional field as an empty element now and then; both mean "none".
fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|value| !value.is_empty())
}

fn required(value: Option<String>, reason: &'static str) -> Result<String, CallbackError> {
    non_empty(value).ok_or(CallbackError::Malformed { reason })
}

fn number<T: std::str::FromStr>(
    value: Option<String>,
    reason: &'static str,
) -> Result<Option<T>, CallbackError> {
    let Some(value) = non_empty(value) else {
        return Ok(None);
    };
    value
        .trim()
        .parse()
        .map(Some)
        .map_err(|_| CallbackError::Malformed { reason })
}

/// Outcome of typing one event: known, or a value we do not know (which becomes `Other`).
enum Typed<T> {
    Known(T),
    Unknown,
}

impl CallbackEvent {
    /// Parses decrypted callback XML. Any input gives a value or an error, never a panic.
    pub fn parse(xml: &[u8]) -> Result<Self, CallbackError> {
        let text = checked_xml(xml)?;
        let mut raw: RawEvent =
            quick_xml::de::from_str(text).map_err(|_| CallbackError::Malformed {
                reason: "event is not the expected XML",
            })?;
        let corp_id = required(raw.to_user_name.take(), "event has no ToUserName")?;
        let Some(create_time) = number(raw.create_time.take(), "event CreateTime is not a number")?
        else {
            return Err(CallbackError::Malformed {
                reason: "event has no CreateTime",
            });
        };
        let event = non_empty(raw.event.take()).unwrap_or_default();
        let change_type = non_empty(raw.change_type.take());
        let typed = match event.as_str() {
            "change_external_contact" => {
                external_contact(change_type.as_deref(), &mut raw)?.map(EventKind::ExternalContact)
            }
            "change_external_chat" => {
                external_chat(change_type.as_deref(), &mut raw)?.map(EventKind::ExternalChat)
            }
            "change_external_tag" => {
                external_tag(change_type.as_deref(), &mut raw)?.map(EventKind::ExternalTag)
            }
            "msgaudit_notify" => Typed::Known(EventKind::MsgAuditNotify {
                agent_id: non_empty(raw.agent_id.take()),
            }),
            _ => Typed::Unknown,
        };
        let kind = match typed {
            Typed::Known(kind) => kind,
            Typed::Unknown => EventKind::Other { event, change_type },
        };
        Ok(Self {
            corp_id,
            create_time,
            kind,
        })
    }

    /// The decrypted XML as WeCom writes it, CDATA and all (for the fake server and tests).
    /// `Other` writes only the event and change type it kept.
    pub fn to_xml(&self) -> String {
        let mut xml = String::from("<xml>");
        push_cdata_element(&mut xml, "ToUserName", &self.corp_id);
        push_cdata_element(&mut xml, "FromUserName", "sys");
        push_number_element(&mut xml, "CreateTime", self.create_time);
        push_cdata_element(&mut xml, "MsgType", "event");
        match &self.kind {
            EventKind::ExternalContact(contact) => write_external_contact(&mut xml, contact),
            EventKind::ExternalChat(chat) => write_external_chat(&mut xml, chat),
            EventKind::ExternalTag(tag) => write_external_tag(&mut xml, tag),
            EventKind::MsgAuditNotify { agent_id } => {
                if let Some(agent_id) = agent_id {
                    push_cdata_element(&mut xml, "AgentID", agent_id);
                }
                push_cdata_element(&mut xml, "Event", "msgaudit_notify");
            }
            EventKind::Other { event, change_type } => {
                push_cdata_element(&mut xml, "Event", event);
                if let Some(change_type) = change_type {
                    push_cdata_element(&mut xml, "ChangeType", change_type);
                }
            }
        }
        xml.push_str("</xml>");
        xml
    }
}

impl<T> Typed<T> {
    fn map<U>(self, known: impl FnOnce(T) -> U) -> Typed<U> {
        match self {
            Typed::Known(value) => Typed::Known(known(value)),
            Typed::Unknown => Typed::Unknown,
        }
    }
}

fn external_contact(
    change_type: Option<&str>,
    raw: &mut RawEvent,
) -> Result<Typed<ExternalContactEvent>, CallbackError> {
    let change = match change_type {
        Some("add_external_contact") => ContactChange::Add {
            state: non_empty(raw.state.take()),
            welcome_code: non_empty(raw.welcome_code.take()),
        },
        Some("edit_external_contact") => ContactChange::Edit,
        Some("add_half_external_contact") => ContactChange::AddHalf {
            state: non_empty(raw.state.take()),
            welcome_code: non_empty(raw.welcome_code.take()),
        },
        Some("del_external_contact") => ContactChange::Delete {
            source: non_empty(raw.source.take()),
        },
        Some("del_follow_user") => ContactChange::DeleteFollowUser,
        Some("transfer_fail") => {
            let reason = match non_empty(raw.fail_reason.take()).as_deref() {
                Some("customer_refused") => TransferFailReason::CustomerRefused,
                Some("customer_limit_exceed") => TransferFailReason::CustomerLimitExceed,
                _ => return Ok(Typed::Unknown),
            };
            ContactChange::TransferFail { reason }
        }
        _ => return Ok(Typed::Unknown),
    };
    Ok(Typed::Known(ExternalContactEvent {
        user_id: required(raw.user_id.take(), "external contact event has no UserID")?,
        external_user_id: required(
            raw.external_user_id.take(),
            "external contact event has no ExternalUserID",
        )?,
        change,
    }))
}

fn external_chat(
    change_type: Option<&str>,
    raw: &mut RawEvent,
) -> Result<Typed<ExternalChatEvent>, CallbackError> {
    let change = match change_type {
        Some("create") => ChatChange::Create,
        Some("dismiss") => ChatChange::Dismiss,
        Some("update") => {
            let detail = match non_empty(raw.update_detail.take()).as_deref() {
                None => None,
                Some("add_member") => Some(ChatUpdateDetail::AddMember),
                Some("del_member") => Some(ChatUpdateDetail::DelMember),
                Some("change_owner") => Some(ChatUpdateDetail::ChangeOwner),
                Some("change_name") => Some(ChatUpdateDetail::ChangeName),
                Some("change_notice") => Some(ChatUpdateDetail::ChangeNotice),
                Some(_) => return Ok(Typed::Unknown),
            };
            ChatChange::Update(ChatUpdate {
                detail,
                join_scene: number(raw.join_scene.take(), "chat JoinScene is not a number")?,
                quit_scene: number(raw.quit_scene.take(), "chat QuitScene is not a number")?,
                mem_change_cnt: number(
                    raw.mem_change_cnt.take(),
                    "chat MemChangeCnt is not a number",
                )?,
            })
        }
        _ => return Ok(Typed::Unknown),
    };
    Ok(Typed::Known(ExternalChatEvent {
        chat_id: required(raw.chat_id.take(), "chat event has no ChatId")?,
        change,
    }))
}

fn external_tag(
    change_type: Option<&str>,
    raw: &mut RawEvent,
) -> Result<Typed<ExternalTagEvent>, CallbackError> {
    let strategy_id = number(raw.strategy_id.take(), "tag StrategyId is not a number")?;
    if change_type == Some("shuffle") {
        let change = TagChange::Shuffle {
            group_id: non_empty(raw.id.take()),
        };
        return Ok(Typed::Known(ExternalTagEvent {
            change,
            strategy_id,
        }));
    }
    let make_change: fn(TagRef) -> TagChange = match change_type {
        Some("create") => TagChange::Create,
        Some("update") => TagChange::Update,
        Some("delete") => TagChange::Delete,
        _ => return Ok(Typed::Unknown),
    };
    let tag_type = match non_empty(raw.tag_type.take()).as_deref() {
        Some("tag") => TagType::Tag,
        Some("tag_group") => TagType::TagGroup,
        Some(_) => return Ok(Typed::Unknown),
        None => {
            return Err(CallbackError::Malformed {
                reason: "tag event has no TagType",
            });
        }
    };
    let id = required(raw.id.take(), "tag event has no Id")?;
    Ok(Typed::Known(ExternalTagEvent {
        change: make_change(TagRef { id, tag_type }),
        strategy_id,
    }))
}

fn write_external_contact(xml: &mut String, contact: &ExternalContactEvent) {
    push_cdata_element(xml, "Event", "change_external_contact");
    let change_type = match &contact.change {
        ContactChange::Add { .. } => "add_external_contact",
        ContactChange::Edit => "edit_external_contact",
        ContactChange::AddHalf { .. } => "add_half_external_contact",
        ContactChange::Delete { .. } => "del_external_contact",
        ContactChange::DeleteFollowUser => "del_follow_user",
        ContactChange::TransferFail { .. } => "transfer_fail",
    };
    push_cdata_element(xml, "ChangeType", change_type);
    push_cdata_element(xml, "UserID", &contact.user_id);
    push_cdata_element(xml, "ExternalUserID", &contact.external_user_id);
    match &contact.change {
        ContactChange::Add {
            state,
            welcome_code,
        }
        | ContactChange::AddHalf {
            state,
            welcome_code,
        } => {
            if let Some(state) = state {
                push_cdata_element(xml, "State", state);
            }
            if let Some(welcome_code) = welcome_code {
                push_cdata_element(xml, "WelcomeCode", welcome_code);
            }
        }
        ContactChange::Delete {
            source: Some(source),
        } => push_cdata_element(xml, "Source", source),
        ContactChange::TransferFail { reason } => {
            let reason = match reason {
                TransferFailReason::CustomerRefused => "customer_refused",
                TransferFailReason::CustomerLimitExceed => "customer_limit_exceed",
            };
            push_cdata_element(xml, "FailReason", reason);
        }
        ContactChange::Edit
        | ContactChange::Delete { source: None }
        | ContactChange::DeleteFollowUser => {}
    }
}

fn write_external_chat(xml: &mut String, chat: &ExternalChatEvent) {
    push_cdata_element(xml, "Event", "change_external_chat");
    push_cdata_element(xml, "ChatId", &chat.chat_id);
    let update = match &chat.change {
        ChatChange::Create => {
            push_cdata_element(xml, "ChangeType", "create");
            return;
        }
        ChatChange::Dismiss => {
            push_cdata_element(xml, "ChangeType", "dismiss");
            return;
        }
        ChatChange::Update(update) => update,
    };
    push_cdata_element(xml, "ChangeType", "update");
    if let Some(detail) = update.detail {
        let detail = match detail {
            ChatUpdateDetail::AddMember => "add_member",
            ChatUpdateDetail::DelMember => "del_member",
            ChatUpdateDetail::ChangeOwner => "change_owner",
            ChatUpdateDetail::ChangeName => "change_name",
            ChatUpdateDetail::ChangeNotice => "change_notice",
        };
        push_cdata_element(xml, "UpdateDetail", detail);
    }
    if let Some(join_scene) = update.join_scene {
        push_number_element(xml, "JoinScene", join_scene);
    }
    if let Some(quit_scene) = update.quit_scene {
        push_number_element(xml, "QuitScene", quit_scene);
    }
    if let Some(mem_change_cnt) = update.mem_change_cnt {
        push_number_element(xml, "MemChangeCnt", mem_change_cnt);
    }
}

fn write_external_tag(xml: &mut String, tag: &ExternalTagEvent) {
    push_cdata_element(xml, "Event", "change_external_tag");
    let (change_type, tag_ref) = match &tag.change {
        TagChange::Create(tag_ref) => ("create", Some(tag_ref)),
        TagChange::Update(tag_ref) => ("update", Some(tag_ref)),
        TagChange::Delete(tag_ref) => ("delete", Some(tag_ref)),
        TagChange::Shuffle { group_id } => {
            if let Some(group_id) = group_id {
                push_cdata_element(xml, "Id", group_id);
            }
            ("shuffle", None)
        }
    };
    if let Some(tag_ref) = tag_ref {
        push_cdata_element(xml, "Id", &tag_ref.id);
        let tag_type = match tag_ref.tag_type {
            TagType::Tag => "tag",
            TagType::TagGroup => "tag_group",
        };
        push_cdata_element(xml, "TagType", tag_type);
    }
    push_cdata_element(xml, "ChangeType", change_type);
    if let Some(strategy_id) = tag.strategy_id {
        push_number_element(xml, "StrategyId", strategy_id);
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(xml: &str) -> Result<CallbackEvent, CallbackError> {
        CallbackEvent::parse(xml.as_bytes())
    }

    const HEAD: &str = "<xml><ToUserName><![CDATA[ww1234]]></ToUserName>\
        <FromUserName><![CDATA[sys]]></FromUserName><CreateTime>1403610513</CreateTime>\
        <MsgType><![CDATA[event]]></MsgType>";

    fn event(body: &str) -> Result<CallbackEvent, CallbackError> {
        parse(&format!("{HEAD}{body}</xml>"))
    }

    #[test]
    fn add_external_contact_as_wecom_documents_it() {
        let parsed = event(
            "<Event><![CDATA[change_external_contact]]></Event>\
             <ChangeType><![CDATA[add_external_contact]]></ChangeType>\
             <UserID><![CDATA[zhangsan]]></UserID>\
             <ExternalUserID><![CDATA[woAJ2GCAAAXtWyujaWJHDDGi0mACAAAA]]></ExternalUserID>\
             <State><![CDATA[teststate]]></State>\
             <WelcomeCode><![CDATA[WELCOMECODE]]></WelcomeCode>",
        )
        .unwrap();
        assert_eq!(
            parsed,
            CallbackEvent {
                corp_id: "ww1234".into(),
                create_time: 1403610513,
                kind: EventKind::ExternalContact(ExternalContactEvent {
                    user_id: "zhangsan".into(),
                    external_user_id: "woAJ2GCAAAXtWyujaWJHDDGi0mACAAAA".into(),
                    change: ContactChange::Add {
                        state: Some("teststate".into()),
                        welcome_code: Some("WELCOMECODE".into()),
                    },
                }),
            }
        );
    }

    #[test]
    fn contact_changes_with_their_fields() {
        let contact = |change_type: &str, extra: &str| {
            let parsed = event(&format!(
                "<Event>change_external_contact</Event><ChangeType>{change_type}</ChangeType>\
                 <UserID>u</UserID><ExternalUserID>wm</ExternalUserID>{extra}"
            ))
            .unwrap();
            match parsed.kind {
                EventKind::ExternalContact(contact) => Some(contact.change),
                _ => None,
            }
        };
        assert_eq!(
            contact("edit_external_contact", ""),
            Some(ContactChange::Edit)
        );
        assert_eq!(
            contact(
                "add_half_external_contact",
                "<State></State><WelcomeCode>W</WelcomeCode>"
            ),
            Some(ContactChange::AddHalf {
                state: None,
                welcome_code: Some("W".into())
            })
        );
        assert_eq!(
            contact(
                "del_external_contact",
                "<Source><![CDATA[DELETE_BY_TRANSFER]]></Source>"
            ),
            Some(ContactChange::Delete {
                source: Some("DELETE_BY_TRANSFER".into())
            })
        );
        assert_eq!(
            contact("del_follow_user", ""),
            Some(ContactChange::DeleteFollowUser)
        );
        assert_eq!(
            contact(
                "transfer_fail",
                "<FailReason>customer_limit_exceed</FailReason>"
            ),
            Some(ContactChange::TransferFail {
                reason: TransferFailReason::CustomerLimitExceed
            })
        );
        assert_eq!(
            contact("transfer_fail", "<FailReason>something_new</FailReason>"),
            None
        );
    }

    #[test]
    fn chat_update_with_numbers_and_extra_lists() {
        let parsed = event(
            "<Event><![CDATA[change_external_chat]]></Event><ChatId><![CDATA[wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA]]></ChatId>\
             <ChangeType><![CDATA[update]]></ChangeType><UpdateDetail><![CDATA[add_member]]></UpdateDetail>\
             <JoinScene>1</JoinScene><QuitScene>0</QuitScene><MemChangeCnt>10</MemChangeCnt>\
             <MemChangeList><Item>Jack</Item><Item>Rose</Item></MemChangeList>\
             <LastMemVer>9c3f97c2ada667dfb5f6d03308d963e1</LastMemVer>",
        )
        .unwrap();
        assert_eq!(
            parsed.kind,
            EventKind::ExternalChat(ExternalChatEvent {
                chat_id: "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA".into(),
                change: ChatChange::Update(ChatUpdate {
                    detail: Some(ChatUpdateDetail::AddMember),
                    join_scene: Some(1),
                    quit_scene: Some(0),
                    mem_change_cnt: Some(10),
                }),
            })
        );
    }

    #[test]
    fn tag_changes_including_shuffle() {
        let parsed = event(
            "<Event><![CDATA[change_external_tag]]></Event><Id><![CDATA[etm7wjCgAAb]]></Id>\
             <TagType><![CDATA[tag_group]]></TagType><ChangeType><![CDATA[delete]]></ChangeType>\
             <StrategyId>1</StrategyId>",
        )
        .unwrap();
        assert_eq!(
            parsed.kind,
            EventKind::ExternalTag(ExternalTagEvent {
                change: TagChange::Delete(TagRef {
                    id: "etm7wjCgAAb".into(),
                    tag_type: TagType::TagGroup
                }),
                strategy_id: Some(1),
            })
        );
        let shuffle = event(
            "<Event><![CDATA[change_external_tag]]></Event><Id><![CDATA[]]></Id>\
             <ChangeType><![CDATA[shuffle]]></ChangeType>",
        )
        .unwrap();
        assert_eq!(
            shuffle.kind,
            EventKind::ExternalTag(ExternalTagEvent {
                change: TagChange::Shuffle { group_id: None },
                strategy_id: None,
            })
        );
    }

    #[test]
    fn msgaudit_notify_with_agent_id() {
        let parsed =
            event("<AgentID>1000022</AgentID><Event><![CDATA[msgaudit_notify]]></Event>").unwrap();
        assert_eq!(
            parsed.kind,
            EventKind::MsgAuditNotify {
                agent_id: Some("1000022".into())
            }
        );
    }

    #[test]
    fn unknown_events_and_values_are_kept_as_other() {
        for (body, expected_event, expected_change) in [
            (
                "<Event>change_contact</Event><ChangeType>create_user</ChangeType>",
                "change_contact",
                Some("create_user"),
            ),
            (
                "<Event>change_external_contact</Event><ChangeType>new_kind</ChangeType>",
                "change_external_contact",
                Some("new_kind"),
            ),
            (
                "<Event>change_external_chat</Event><ChatId>c</ChatId><ChangeType>update</ChangeType>\
                 <UpdateDetail>change_avatar</UpdateDetail>",
                "change_external_chat",
                Some("update"),
            ),
            (
                "<Event>change_external_tag</Event><Id>t</Id><TagType>label</TagType>\
                 <ChangeType>create</ChangeType>",
                "change_external_tag",
                Some("create"),
            ),
            ("<Content>hello</Content>", "", None),
        ] {
            assert_eq!(
                event(body).unwrap().kind,
                EventKind::Other {
                    event: expected_event.into(),
                    change_type: expected_change.map(str::to_owned),
                },
                "{body}"
            );
        }
    }

    #[test]
    fn known_events_missing_required_fields_are_errors() {
        for body in [
            "<Event>change_external_contact</Event><ChangeType>edit_external_contact</ChangeType>\
             <ExternalUserID>wm</ExternalUserID>",
            "<Event>change_external_chat</Event><ChangeType>create</ChangeType>",
            "<Event>change_external_chat</Event><ChatId>c</ChatId><ChangeType>update</ChangeType>\
             <JoinScene>one</JoinScene>",
            "<Event>change_external_tag</Event><Id>t</Id><ChangeType>create</ChangeType>",
            "<Event>change_external_tag</Event><TagType>tag</TagType><ChangeType>create</ChangeType>",
        ] {
            assert!(
                matches!(event(body), Err(CallbackError::Malformed { .. })),
                "{body}"
            );
        }
        for xml in [
            "<xml><CreateTime>1</CreateTime><Event>msgaudit_notify</Event></xml>",
            "<xml><ToUserName>ww</ToUserName><Event>msgaudit_notify</Event></xml>",
            "<xml><ToUserName>ww</ToUserName><CreateTime>soon</CreateTime></xml>",
        ] {
            assert!(
                matches!(parse(xml), Err(CallbackError::Malformed { .. })),
                "{xml}"
            );
        }
    }

    #[test]
    fn hostile_xml_is_an_error() {
        let billion_laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><xml><ToUserName>&lol2;</ToUserName><CreateTime>1</CreateTime></xml>"#;
        let deep = format!(
            "{HEAD}{}{}</xml>",
            "<Extra>".repeat(60_000),
            "</Extra>".repeat(60_000)
        );
        let undefined_entity = format!("{HEAD}<Event>&xxe;</Event></xml>");
        for hostile in [
            billion_laughs.as_bytes(),
            deep.as_bytes(),
            undefined_entity.as_bytes(),
            b"<xml><ToUserName>\xc3\x28</ToUserName></xml>",
            b"\xef\xbb\xbf\xff",
        ] {
            assert!(CallbackEvent::parse(hostile).is_err());
        }
    }

    #[test]
    fn predefined_entities_and_character_references_are_text() {
        let parsed = event(
            "<Event>change_external_contact</Event><ChangeType>add_external_contact</ChangeType>\
             <UserID>a&amp;b&#x4E2D;</UserID><ExternalUserID>wm</ExternalUserID>",
        )
        .unwrap();
        let EventKind::ExternalContact(contact) = parsed.kind else {
            panic!("not a contact event");
        };
        assert_eq!(contact.user_id, "a&b中");
    }

    #[test]
    fn surrounding_whitespace_in_cdata_is_kept() {
        // Line ends are the exception: XML reads "\r\n" as "\n", in CDATA too.
        let event = CallbackEvent {
            corp_id: " ww1 ".into(),
            create_time: 7,
            kind: EventKind::ExternalContact(ExternalContactEvent {
                user_id: "  ".into(),
                external_user_id: "\twm\n".into(),
                change: ContactChange::Delete {
                    source: Some("a\nb".into()),
                },
            }),
        };
        let parsed = CallbackEvent::parse(event.to_xml().as_bytes()).unwrap();
        assert_eq!(parsed, event);
    }

    fn text() -> impl Strategy<Value = String> {
        // Non-empty (empty means absent), without control characters XML cannot carry or line
        // ends XML normalises (NEL, LINE SEPARATOR), and including the CDATA terminator and
        // Chinese.
        prop_oneof![
            "[a-zA-Z0-9_\\-]{1,32}",
            "[^\\x00-\\x1f\\x7f\\x{85}\\x{2028}]{1,24}",
            Just("a]]>b".to_owned()),
            Just("渠道：春季活动".to_owned()),
        ]
    }

    fn any_contact_change() -> impl Strategy<Value = ContactChange> {
        let optional = || proptest::option::of(text());
        prop_oneof![
            (optional(), optional()).prop_map(|(state, welcome_code)| ContactChange::Add {
                state,
                welcome_code
            }),
            Just(ContactChange::Edit),
            (optional(), optional()).prop_map(|(state, welcome_code)| ContactChange::AddHalf {
                state,
                welcome_code
            }),
            optional().prop_map(|source| ContactChange::Delete { source }),
            Just(ContactChange::DeleteFollowUser),
            prop_oneof![
                Just(TransferFailReason::CustomerRefused),
                Just(TransferFailReason::CustomerLimitExceed)
            ]
            .prop_map(|reason| ContactChange::TransferFail { reason }),
        ]
    }

    fn any_chat_change() -> impl Strategy<Value = ChatChange> {
        let detail = prop_oneof![
            Just(ChatUpdateDetail::AddMember),
            Just(ChatUpdateDetail::DelMember),
            Just(ChatUpdateDetail::ChangeOwner),
            Just(ChatUpdateDetail::ChangeName),
            Just(ChatUpdateDetail::ChangeNotice),
        ];
        prop_oneof![
            Just(ChatChange::Create),
            Just(ChatChange::Dismiss),
            (
                proptest::option::of(detail),
                proptest::option::of(any::<u32>()),
                proptest::option::of(any::<u32>()),
                proptest::option::of(any::<u32>()),
            )
                .prop_map(|(detail, join_scene, quit_scene, mem_change_cnt)| {
                    ChatChange::Update(ChatUpdate {
                        detail,
                        join_scene,
                        quit_scene,
                        mem_change_cnt,
                    })
                }),
        ]
    }

    fn any_tag_change() -> impl Strategy<Value = TagChange> {
        let tag_ref = || {
            (
                text(),
                prop_oneof![Just(TagType::Tag), Just(TagType::TagGroup)],
            )
                .prop_map(|(id, tag_type)| TagRef { id, tag_type })
        };
        prop_oneof![
            tag_ref().prop_map(TagChange::Create),
            tag_ref().prop_map(TagChange::Update),
            tag_ref().prop_map(TagChange::Delete),
            proptest::option::of(text()).prop_map(|group_id| TagChange::Shuffle { group_id }),
        ]
    }

    fn any_kind() -> impl Strategy<Value = EventKind> {
        prop_oneof![
            (text(), text(), any_contact_change()).prop_map(
                |(user_id, external_user_id, change)| {
                    EventKind::ExternalContact(ExternalContactEvent {
                        user_id,
                        external_user_id,
                        change,
                    })
                }
            ),
            (text(), any_chat_change()).prop_map(|(chat_id, change)| EventKind::ExternalChat(
                ExternalChatEvent { chat_id, change }
            )),
            (any_tag_change(), proptest::option::of(any::<i64>())).prop_map(
                |(change, strategy_id)| EventKind::ExternalTag(ExternalTagEvent {
                    change,
                    strategy_id
                })
            ),
            proptest::option::of(text())
                .prop_map(|agent_id| EventKind::MsgAuditNotify { agent_id }),
            ("x_[a-z_]{1,20}", proptest::option::of("[a-z_]{1,20}"))
                .prop_map(|(event, change_type)| EventKind::Other { event, change_type }),
        ]
    }

    proptest! {
        #[test]
        fn to_xml_parses_back(corp_id in text(), create_time in any::<i64>(), kind in any_kind()) {
            let event = CallbackEvent { corp_id, create_time, kind };
            prop_assert_eq!(CallbackEvent::parse(event.to_xml().as_bytes()).unwrap(), event);
        }

        #[test]
        fn arbitrary_bytes_never_panic(xml in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = CallbackEvent::parse(&xml);
        }

        #[test]
        fn mutated_events_never_panic(
            kind in any_kind(),
            cut in any::<prop::sample::Index>(),
            insert in "[<>/&;!\\[\\]a-zA-Z ]{0,6}",
        ) {
            let xml = CallbackEvent { corp_id: "ww1".into(), create_time: 1, kind }.to_xml();
            let mut bytes = xml.into_bytes();
            let at = cut.index(bytes.len() + 1);
            bytes.splice(at..at, insert.bytes());
            let _ = CallbackEvent::parse(&bytes);
        }
    }
}
