//! WeCom's conversation-archive ("finance") SDK.
