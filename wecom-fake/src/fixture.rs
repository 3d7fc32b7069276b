//! What the loopback WeCom knows: one corp, written in WeCom's own field names so that a fixture
//! reads like WeCom's answers (docs/WECOM.md shows one).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fixture {
    pub corp_id: String,
    /// The apps whose secrets may fetch tokens, and what each may call.
    pub apps: Vec<App>,
    /// Lifetime of an access token; WeCom's is 7,200 s. Short ones exercise refreshing.
    #[serde(default = "default_token_ttl")]
    pub token_ttl_seconds: u64,
    #[serde(default)]
    pub callback: Option<CallbackSettings>,
    #[serde(default)]
    pub department: Vec<Value>,
    /// Members: `userid`, `name`, `department` (ids), `main_department`, `status`, …
    #[serde(default)]
    pub userlist: Vec<Value>,
    /// Members with the customer-contact permission; every member when absent.
    #[serde(default)]
    pub follow_user: Option<Vec<String>>,
    #[serde(default)]
    pub tag_group: Vec<TagGroup>,
    #[serde(default)]
    pub external_contacts: Vec<Contact>,
    #[serde(default)]
    pub group_chats: Vec<Value>,
    /// `check_single_agree` answers by `"userid|external_userid"`; `Default_Agree` otherwise.
    #[serde(default)]
    pub single_agree: BTreeMap<String, String>,
    /// `check_room_agree` answers by room id: external user id → status.
    #[serde(default)]
    pub room_agree: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default)]
    pub archive: ArchiveFixture,
    /// Contact ways (「联系我」) that exist before any `add_contact_way`.
    #[serde(default)]
    pub contact_ways: Vec<ContactWay>,
}

fn default_token_ttl() -> u64 {
    7200
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppKind {
    /// Address book and customer contact (客户联系) APIs.
    Contacts,
    /// The conversation archive (会话内容存档): `finance/*` and `msgaudit/*`.
    Archive,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct App {
    pub kind: AppKind,
    pub secret: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CallbackSettings {
    pub token: String,
    pub encoding_aes_key: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TagGroup {
    pub group_id: String,
    pub group_name: String,
    #[serde(default)]
    pub create_time: i64,
    #[serde(default)]
    pub order: u32,
    #[serde(default)]
    pub tag: Vec<Tag>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tag {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub create_time: i64,
    #[serde(default)]
    pub order: u32,
}

/// An external contact with every member's follow of them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Contact {
    /// WeCom's `external_contact` object, answered as is (`external_userid` is required).
    pub external_contact: Value,
    pub follow_user: Vec<Follow>,
}

impl Contact {
    pub fn external_userid(&self) -> &str {
        self.external_contact
            .get("external_userid")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Follow {
    pub userid: String,
    #[serde(default)]
    pub remark: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub createtime: i64,
    #[serde(default)]
    pub tag_id: Vec<String>,
    #[serde(default)]
    pub remark_mobiles: Vec<String>,
    #[serde(default)]
    pub add_way: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

/// A contact way as `get_contact_way` answers it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContactWay {
    pub config_id: String,
    /// 1 single, 2 multi.
    #[serde(rename = "type")]
    pub way_type: i32,
    /// 1 mini program, 2 QR code.
    pub scene: i32,
    #[serde(default)]
    pub style: i32,
    #[serde(default)]
    pub remark: String,
    #[serde(default = "yes")]
    pub skip_verify: bool,
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub qr_code: String,
    #[serde(default)]
    pub user: Vec<String>,
    #[serde(default)]
    pub party: Vec<u64>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArchiveFixture {
    /// The corp's archive public keys by version (SPKI or PKCS#1 PEM): the fake seals each
    /// message's random key under the one its `publickey_ver` names.
    #[serde(default)]
    pub public_keys: BTreeMap<u32, String>,
    /// The version new messages are sealed for.
    #[serde(default = "default_key_version")]
    pub current_key_version: u32,
    /// Messages in `seq` order: WeCom's decrypted message JSON, optionally with
    /// `"publickey_ver"` beside it to seal one under another version.
    #[serde(default)]
    pub messages: Vec<ArchivedMessage>,
    /// Media files by `sdkfileid`, base64.
    #[serde(default)]
    pub media: BTreeMap<String, String>,
}

fn default_key_version() -> u32 {
    1
}

impl Default for ArchiveFixture {
    fn default() -> Self {
        ArchiveFixture {
            public_keys: BTreeMap::new(),
            current_key_version: default_key_version(),
            messages: Vec::new(),
            media: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArchivedMessage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publickey_ver: Option<u32>,
    pub message: Value,
}

/// The size of a generated corp.
#[derive(Debug, Clone, Copy)]
pub struct CorpSize {
    pub departments: usize,
    pub staff: usize,
    pub customers: usize,
    pub tag_groups: usize,
    pub tags_per_group: usize,
    pub groups: usize,
}

impl Fixture {
    /// A corp with only its apps: tests add what they need.
    pub fn empty(corp_id: &str, contact_secret: &str, archive_secret: &str) -> Fixture {
        Fixture {
            corp_id: corp_id.to_owned(),
            apps: vec![
                App {
                    kind: AppKind::Contacts,
                    secret: contact_secret.to_owned(),
                },
                App {
                    kind: AppKind::Archive,
                    secret: archive_secret.to_owned(),
                },
            ],
            token_ttl_seconds: default_token_ttl(),
            callback: None,
            department: Vec::new(),
            userlist: Vec::new(),
            follow_user: None,
            tag_group: Vec::new(),
            external_contacts: Vec::new(),
            group_chats: Vec::new(),
            single_agree: BTreeMap::new(),
            room_agree: BTreeMap::new(),
            archive: ArchiveFixture::default(),
            contact_ways: Vec::new(),
        }
    }

    /// A deterministic corp of `size`: departments under a root, staff spread over them
    /// (`staff001`…), customers (`wmcust00001`…) followed by one or two staff with tags,
    /// and groups owned by staff with customers as members.
    pub fn generated(mut self, size: CorpSize) -> Fixture {
        let created = 1_764_547_200; // 2025-12-01T00:00:00Z
        self.department = vec![json!({"id": 1, "name": "总部", "parentid": 0, "order": 1})];
        for d in 0..size.departments {
            self.department.push(json!({
                "id": 2 + d, "name": format!("销售{}部", d + 1), "parentid": 1, "order": d + 1,
            }));
        }
        let staff: Vec<String> = (0..size.staff)
            .map(|s| format!("staff{:03}", s + 1))
            .collect();
        self.userlist = staff
            .iter()
            .enumerate()
            .map(|(s, userid)| {
                let department = 2 + s % size.departments.max(1);
                json!({
                    "userid": userid, "name": format!("员工{}", s + 1),
                    "department": [department], "main_department": department,
                    "position": "客户经理", "status": 1,
                })
            })
            .collect();
        self.tag_group = (0..size.tag_groups)
            .map(|g| TagGroup {
                group_id: format!("etgroup{g:03}"),
                group_name: format!("标签组{}", g + 1),
                create_time: created,
                order: g as u32,
                tag: (0..size.tags_per_group)
                    .map(|t| Tag {
                        id: format!("ettag{g:03}{t:03}"),
                        name: format!("标签{}-{}", g + 1, t + 1),
                        create_time: created,
                        order: t as u32,
                    })
                    .collect(),
            })
            .collect();
        let all_tags: Vec<String> = self
            .tag_group
            .iter()
            .flat_map(|group| group.tag.iter().map(|tag| tag.id.clone()))
            .collect();
        self.external_contacts = (0..size.customers)
            .map(|c| {
                let external_userid = format!("wmcust{:05}", c + 1);
                let followers = if c % 10 == 0 { 2 } else { 1 };
                let follow_user = (0..followers)
                    .filter_map(|f| staff.get((c + f * 7) % staff.len().max(1)))
                    .map(|userid| Follow {
                        userid: userid.clone(),
                        remark: format!("客户{}", c + 1),
                        description: String::new(),
                        createtime: created + c as i64 * 60,
                        tag_id: all_tags
                            .get(c % all_tags.len().max(1))
                            .into_iter()
                            .cloned()
                            .collect(),
                        remark_mobiles: vec![format!("138{:08}", c)],
                        add_way: 1,
                        state: (c % 5 == 0).then(|| "expo2026".to_owned()),
                    })
                    .collect();
                Contact {
                    external_contact: json!({
                        "external_userid": external_userid,
                        "name": format!("客户{}", c + 1),
                        "avatar": "",
                        "type": 1,
                        "gender": c % 3,
                        "unionid": format!("ou{c:08}"),
                    }),
                    follow_user,
                }
            })
            .collect();
        self.group_chats = (0..size.groups)
            .filter_map(|g| {
                let owner = staff.get(g % staff.len().max(1))?;
                let members: Vec<Value> = std::iter::once(json!({
                    "userid": owner, "type": 1, "join_time": created, "join_scene": 1,
                }))
                .chain(
                    self.external_contacts
                        .iter()
                        .skip(g * 3)
                        .take(3)
                        .map(|contact| {
                            json!({
                                "userid": contact.external_userid(), "type": 2,
                                "join_time": created + 60, "join_scene": 3,
                            })
                        }),
                )
                .collect();
                Some(json!({
                    "chat_id": format!("wrchat{g:04}"), "name": format!("客户群{}", g + 1),
                    "owner": owner, "create_time": created, "notice": "",
                    "member_list": members, "admin_list": [], "status": 0,
                }))
            })
            .collect();
        self
    }
}
