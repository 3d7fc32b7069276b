//! The model against the sample corpus (every common msgtype), and unknown types kept whole.

use proptest::prelude::*;
use serde_json::{Map, Value, json};

use super::*;

const CORPUS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/archive-corpus.jsonl"
));

fn corpus_line(line_number: usize) -> Message {
    let line = CORPUS.lines().nth(line_number - 1).unwrap();
    Message::parse_json(line).unwrap()
}

#[test]
fn every_corpus_line_parses_into_a_typed_body() {
    let mut count = 0;
    for (index, line) in CORPUS.lines().enumerate() {
        let message =
            Message::parse_json(line).unwrap_or_else(|error| panic!("line {}: {error}", index + 1));
        assert!(
            !message.body.is_unknown(),
            "line {}: {} has no typed body",
            index + 1,
            message.body.msgtype()
        );
        if let Some(msgtype) = &message.msgtype {
            assert_eq!(msgtype, message.body.msgtype(), "line {}", index + 1);
        }
        assert!(message.seq.is_some(), "line {}", index + 1);
        count += 1;
    }
    assert_eq!(count, 5000);
}

#[test]
fn corpus_spot_checks_by_type() {
    let text = corpus_line(1);
    assert_eq!(text.msgid, "ioDYkGtl0WiuPMFtAKFIni_1");
    assert_eq!(text.action, Action::Send);
    assert_eq!(text.msgtime, 1_735_689_635_156);
    assert_eq!(text.seq, Some(1));
    assert_eq!(text.roomid, None);
    assert_eq!(
        text.participants(),
        vec!["wmkp0AF2PFxmxeloMMpifSGMHNX1MY", "lina037"]
    );
    assert_eq!(text.searchable_text(), "中证500增强的费率是多少？");

    assert_eq!(corpus_line(2).searchable_text(), "", "emotion");
    assert_eq!(corpus_line(27).searchable_text(), "", "voice");
    assert!(corpus_line(27).is_group());
    assert_eq!(corpus_line(30).searchable_text(), "", "image");
    assert_eq!(
        corpus_line(39).searchable_text(),
        "恭喜发财，大吉大利",
        "redpacket"
    );
    assert_eq!(
        corpus_line(41).searchable_text(),
        "开户流程已经提交了，审核一般需要一个工作日。",
        "mixed: the text item only"
    );
    assert_eq!(
        corpus_line(56).searchable_text(),
        "沪深300指数基金周报\n本周市场回顾与展望"
    );
    assert_eq!(
        corpus_line(77).searchable_text(),
        "",
        "card with no company name"
    );
    assert_eq!(
        corpus_line(93).searchable_text(),
        "陆家嘴网点\n上海市浦东新区世纪大道100号"
    );
    assert_eq!(corpus_line(181).searchable_text(), "大额存单季度报告.xlsx");
    assert_eq!(
        corpus_line(197).searchable_text(),
        "开户小程序\n三分钟线上开户\n证券开户"
    );
    assert_eq!(corpus_line(190).body.msgtype(), "disagree");
    assert_eq!(corpus_line(563).body.msgtype(), "agree");

    let revoke = corpus_line(166);
    assert_eq!(revoke.revokes(), Some("uyFIyAic8AHcATPoVNdAK6_154"));
    assert_eq!(revoke.searchable_text(), "");
    assert_eq!(text.revokes(), None);

    let switch = corpus_line(232);
    assert_eq!(switch.action, Action::Switch);
    assert_eq!(switch.msgtype, None);
    assert_eq!(switch.participants(), vec!["zhaolei026"]);
    assert_eq!(switch.seq, Some(232));
}

#[test]
fn mixed_items_keep_their_image_parts() {
    let MessageBody::Mixed(mixed) = corpus_line(41).body else {
        panic!("line 41 is mixed");
    };
    let types: Vec<&str> = mixed.items.iter().map(|item| item.body.msgtype()).collect();
    assert_eq!(types, vec!["text", "image"]);
    let MessageBody::Image(image) = &mixed.items[1].body else {
        panic!("second item is an image");
    };
    assert_eq!(image.file_size, Some(100));
}

#[test]
fn debug_output_of_a_message_hides_its_text() {
    let printed = format!("{:?}", corpus_line(1));
    assert!(!printed.contains("费率"), "{printed}");
    assert!(printed.contains("ioDYkGtl0WiuPMFtAKFIni_1"));
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(".{0,8}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn an_unknown_msgtype_keeps_its_raw_json_exactly(
        msgtype in "[a-z_]{1,16}".prop_filter("not a known type", |msgtype| {
            super::parse_body::known_type(msgtype).is_none()
        }),
        body in json_value(),
        extra in prop::collection::btree_map("x_[a-z]{1,8}", json_value(), 0..4),
    ) {
        let mut object = Map::new();
        object.insert("msgid".into(), json!("m1"));
        object.insert("action".into(), json!("send"));
        object.insert("from".into(), json!("u"));
        object.insert("tolist".into(), json!(["v"]));
        object.insert("roomid".into(), json!(""));
        object.insert("msgtime".into(), json!(1_735_689_635_156_i64));
        object.insert("seq".into(), json!(7));
        object.insert("msgtype".into(), json!(msgtype));
        object.insert(msgtype.clone(), body);
        object.extend(extra);
        let original = Value::Object(object);

        let message = Message::parse_json(&original.to_string()).unwrap();
        prop_assert_eq!(message.msgtype.as_deref(), Some(msgtype.as_str()));
        prop_assert_eq!(
            message.body,
            MessageBody::Unknown { msgtype: msgtype.clone(), raw: original }
        );
    }

    #[test]
    fn arbitrary_input_never_panics(line in ".{0,200}") {
        let _ = Message::parse_json(&line);
    }
}
