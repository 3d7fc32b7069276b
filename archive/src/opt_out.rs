//! Unsubscribe replies: a customer answering a mass message with `TD` or `退订` asks to receive
//! no more. Ingest recognises such a reply (the message's text and nothing else) and records
//! that the customer asked, in the message's transaction; mass messaging reads only that fact.
//!
//! A reply counts only when it says nothing else: after normalisation (full-width, case,
//! traditional → simplified) and with whitespace and punctuation dropped, it must consist of
//! the words `td` and `退订` alone (`TD`, `td。`, `退訂`, `T D`, `退订 TD`). A customer asking
//! *about* unsubscribing (`基金怎么退订？`, `TD是什么意思`) has not asked to stop: reading
//! those as opt-outs would silently drop customers a salesperson is talking with.

use crate::MessageBody;
use crate::normalize::normalize;
use crate::risk::SenderKind;

/// The words that make up an unsubscribe reply, normalised.
const WORDS: [&str; 2] = ["td", "退订"];

/// Whether `text` is an unsubscribe reply (see the module's rules).
pub fn is_unsubscribe_reply(text: &str) -> bool {
    // Letters and digits alone: `T D`, `退 订` and `TD！` read as the words.
    let letters: String = normalize(text)
        .chars()
        .filter(|character| character.is_alphanumeric())
        .collect();
    let mut rest = letters.as_str();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let Some(word) = WORDS.iter().find(|word| rest.starts_with(**word)) else {
            return false;
        };
        rest = &rest[word.len()..];
    }
    true
}

/// Whether a message is a customer's unsubscribe reply: a plain text message from an external
/// contact whose text is one (staff quoting the words to a customer do not opt anyone out).
pub fn is_unsubscribe_message(sender: SenderKind, body: &MessageBody) -> bool {
    if sender != SenderKind::Customer {
        return false;
    }
    match body {
        MessageBody::Text(text) => is_unsubscribe_reply(&text.content),
        _ => false,
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_words_alone_are_replies() {
        for reply in [
            "TD",
            "td",
            "Td",
            "ＴＤ",
            "T D",
            "td。",
            " TD！",
            "退订",
            "退訂",
            "退订。",
            "退订 TD",
            "TD退订",
            "【退订】",
            "退订退订",
        ] {
            assert!(is_unsubscribe_reply(reply), "{reply:?}");
        }
    }

    #[test]
    fn questions_and_sentences_are_not() {
        for text in [
            "",
            "。。",
            "基金怎么退订？",
            "TD是什么意思",
            "退订了吗",
            "我想退订",
            "TDX",
            "std",
            "td1",
            "退",
            "订",
            "好的",
        ] {
            assert!(!is_unsubscribe_reply(text), "{text:?}");
        }
    }

    proptest! {
        /// Any letter, digit or ideograph besides the two words makes a text no reply.
        #[test]
        fn another_word_is_never_a_reply(
            before in "[ ,.!？。]{0,3}",
            other in "[a-ce-su-z0-9一-龥]",
            after in "[ ,.!？。]{0,3}",
        ) {
            prop_assume!(other != "退" && other != "订");
            let text = format!("{before}TD{other}{after}");
            prop_assert!(!is_unsubscribe_reply(&text));
            let text = format!("{other}{before}退订{after}");
            prop_assert!(!is_unsubscribe_reply(&text));
        }

        /// Punctuation and spaces around and between the words never matter.
        #[test]
        fn separators_never_matter(separators in proptest::collection::vec("[ ,.!？。、~]{0,2}", 3)) {
            let text = format!("{}TD{}退订{}", separators[0], separators[1], separators[2]);
            prop_assert!(is_unsubscribe_reply(&text));
        }
    }
}
