//! Which address a request came from, for per-address limits.
//!
//! `X-Forwarded-For` and `Forwarded` are written by whoever sends the request, so they are
//! believed only when the peer itself is a proxy the operator named (`--trusted-proxy`);
//! otherwise anyone could claim a new address on every attempt and never hit a limit. Behind
//! trusted proxies the client is the right-most forwarded address that is not itself a
//! trusted proxy: each proxy appends the address it received from, so entries to the left of
//! the first untrusted hop are the client's own words.

use std::net::IpAddr;

use actix_web::http::header::HeaderMap;
use ipnet::IpNet;

/// The proxies whose forwarding headers are believed.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(networks: Vec<IpNet>) -> Self {
        TrustedProxies(networks)
    }

    fn trusts(&self, address: &IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(address))
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy.
    pub fn client_address(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> Option<IpAddr> {
        let peer = peer?;
        if !self.trusts(&peer) {
            return Some(peer);
        }
        let hops = forwarded_hops(headers);
        if hops.is_empty() {
            return Some(peer);
        }
        // Right to left: the first hop a trusted proxy did not add is the client. An entry
        // that does not parse ends the walk: nothing left of it can be trusted either.
        let mut client = peer;
        for hop in hops.iter().rev() {
            let Some(address) = hop else {
                break;
            };
            client = *address;
            if !self.trusts(address) {
                break;
            }
        }
        Some(client)
    }
}

/// The addresses a request was forwarded for, oldest first: from `Forwarded` (RFC 7239) if
/// present, else `X-Forwarded-For`. `None` marks an entry that is not an IP address.
fn forwarded_hops(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let forwarded: Vec<&str> = headers
        .get_all("forwarded")
        .filter_map(|value| value.to_str().ok())
        .collect();
    if !forwarded.is_empty() {
        return forwarded
            .iter()
            .flat_map(|value| value.split(','))
            .filter_map(|element| {
                element.split(';').find_map(|pair| {
                    let (name, value) = pair.trim().split_once('=')?;
                    name.eq_ignore_ascii_case("for").then(|| parse_node(value))
                })
            })
            .collect();
    }
    headers
        .get_all("x-forwarded-for")
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(parse_node)
        .collect()
}

/// `1.2.3.4`, `1.2.3.4:5678`, `"[2001:db8::1]:80"` or `2001:db8::1`.
fn parse_node(text: &str) -> Option<IpAddr> {
    let text = text.trim().trim_matches('"');
    if let Ok(address) = text.parse() {
        return Some(address);
    }
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    let (host, _port) = text.rsplit_once(':')?;
    host.parse().ok()
}

/// Parses `--trusted-proxy` values: a network (`10.0.0.0/8`) or one address (`10.1.2.3`).
pub fn parse_network(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    if let Ok(network) = text.parse::<IpNet>() {
        return Ok(network.trunc());
    }
    match text.parse::<IpAddr>() {
        Ok(address) => Ok(IpNet::from(address)),
        Err(_) => Err(format!(
            "'{text}' is not an IP network; write it as 10.0.0.0/8, 2001:db8::/32 or 10.1.2.3"
        )),
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};
    use proptest::prelude::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn forwarding_headers_are_ignored_unless_the_peer_is_trusted() {
        let none = TrustedProxies::default();
        let spoofed = headers(&[("x-forwarded-for", "9.9.9.9"), ("forwarded", "for=8.8.8.8")]);
        assert_eq!(
            none.client_address(Some(ip("203.0.113.5")), &spoofed),
            Some(ip("203.0.113.5"))
        );
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_hop_is_the_client() {
        let proxies = TrustedProxies::new(vec![parse_network("10.0.0.0/8").unwrap()]);
        let peer = Some(ip("10.0.0.1"));
        let chain = headers(&[("x-forwarded-for", "6.6.6.6, 198.51.100.7, 10.0.0.2")]);
        assert_eq!(
            proxies.client_address(peer, &chain),
            Some(ip("198.51.100.7"))
        );
        let forwarded = headers(&[(
            "forwarded",
            "for=6.6.6.6, for=\"[2001:db8::7]:4711\";proto=https, for=10.0.0.2",
        )]);
        assert_eq!(
            proxies.client_address(peer, &forwarded),
            Some(ip("2001:db8::7"))
        );
        assert_eq!(proxies.client_address(peer, &HeaderMap::new()), peer);
        let garbage = headers(&[("x-forwarded-for", "6.6.6.6, unknown")]);
        assert_eq!(proxies.client_address(peer, &garbage), peer);
    }

    #[test]
    fn networks_parse_with_clear_errors() {
        assert_eq!(
            parse_network("10.1.2.3").unwrap(),
            "10.1.2.3/32".parse().unwrap()
        );
        assert_eq!(
            parse_network("10.1.2.3/8").unwrap(),
            "10.0.0.0/8".parse().unwrap()
        );
        assert!(
            parse_network("10.0.0.0/33")
                .unwrap_err()
                .contains("10.0.0.0/8")
        );
    }

    proptest! {
        #[test]
        fn header_values_never_panic(value in "[ -~]{0,80}") {
            let proxies = TrustedProxies::new(vec![parse_network("0.0.0.0/0").unwrap()]);
            let map = headers(&[("x-forwarded-for", &value), ("forwarded", &value)]);
            let _ = proxies.client_address(Some(ip("127.0.0.1")), &map);
        }
    }
}
