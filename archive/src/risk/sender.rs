//! Who sent a message, as far as risk rules care.

/// The side of the conversation a message comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SenderKind {
    /// An employee of the tenant (a WeCom member).
    Staff,
    /// An external contact: a customer.
    Customer,
}

impl SenderKind {
    /// Classifies a WeCom user id by its form: WeCom gives external contacts ids of letters and
    /// digits that start with `wm` or `wo`. Member ids are chosen by the company and may also
    /// hold `_`, `-`, `@` and `.`, so `wong.kamfai` is a member, not a customer: reading it as one
    /// would exempt everything that member sends from the staff rules. A member id of letters
    /// and digits that happens to start with those letters (`wolfgang`) is still misread, so
    /// callers that know the member directory should prefer it.
    pub fn of_wecom_id(id: &str) -> SenderKind {
        let external = (id.starts_with("wm") || id.starts_with("wo"))
            && id.bytes().all(|byte| byte.is_ascii_alphanumeric());
        if external {
            SenderKind::Customer
        } else {
            SenderKind::Staff
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn external_ids_are_customers() {
        assert_eq!(
            SenderKind::of_wecom_id("wmmunffssfzbqz"),
            SenderKind::Customer
        );
        assert_eq!(SenderKind::of_wecom_id("woAbc"), SenderKind::Customer);
        assert_eq!(SenderKind::of_wecom_id("zhangwei021"), SenderKind::Staff);
        assert_eq!(SenderKind::of_wecom_id("wangfang015"), SenderKind::Staff);
        assert_eq!(SenderKind::of_wecom_id(""), SenderKind::Staff);
    }

    #[test]
    fn member_ids_with_the_members_own_characters_are_staff() {
        assert_eq!(SenderKind::of_wecom_id("wong.kamfai"), SenderKind::Staff);
        assert_eq!(SenderKind::of_wecom_id("wm_li"), SenderKind::Staff);
        assert_eq!(SenderKind::of_wecom_id("wo-fang@corp"), SenderKind::Staff);
    }
}
