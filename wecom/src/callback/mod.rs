//! WeCom's encrypted callbacks.
