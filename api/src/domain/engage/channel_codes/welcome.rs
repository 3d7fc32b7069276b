//! A channel code's welcome message: its text with the customer's and the staff member's
//! names filled in, sent with the callback's one-time `WelcomeCode`.

/// The placeholders a welcome text may hold.
pub const CUSTOMER_NAME: &str = "{customer_name}";
pub const STAFF_NAME: &str = "{staff_name}";

/// `template` with every placeholder replaced. Names are inserted as they are (WeCom shows
/// text, it does not interpret it), and a name holding a placeholder is not expanded again.
pub(crate) fn render(template: &str, customer_name: &str, staff_name: &str) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        if let Some(after) = tail.strip_prefix(CUSTOMER_NAME) {
            out.push_str(customer_name);
            rest = after;
        } else if let Some(after) = tail.strip_prefix(STAFF_NAME) {
            out.push_str(staff_name);
            rest = after;
        } else {
            out.push('{');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn fills_both_names_wherever_they_appear() {
        assert_eq!(
            render(
                "{customer_name}您好，我是{staff_name}。{customer_name}",
                "王女士",
                "李经理"
            ),
            "王女士您好，我是李经理。王女士"
        );
        assert_eq!(render("{other} {", "a", "b"), "{other} {");
    }

    proptest! {
        #[test]
        fn text_without_placeholders_is_unchanged(text in "[^{]*") {
            prop_assert_eq!(render(&text, "x", "y"), text);
        }

        #[test]
        fn names_are_never_expanded_again(name in ".*") {
            let rendered = render("{customer_name}", &name, "S");
            prop_assert_eq!(rendered, name);
        }
    }
}
