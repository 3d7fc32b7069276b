"""Schemathesis checks for scripts/fuzz-graphql.sh.

GraphQL answers refusals (no token, bad input, not found) with HTTP 200 and `errors`, which are
the expected outcome of fuzzed input. What must never happen: a 5xx, an error without a code in
`extensions.code`, or the INTERNAL code (an unhandled failure).
"""

import schemathesis


@schemathesis.check
def no_internal_error(ctx, response, case):
    if response.status_code >= 500:
        raise AssertionError(f"server error: HTTP {response.status_code}")
    try:
        body = response.json()
    except ValueError:
        raise AssertionError("the response is not JSON")
    for error in (body or {}).get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        if code is None:
            raise AssertionError(f"an error without extensions.code: {error.get('message')}")
        if code == "INTERNAL":
            raise AssertionError(f"INTERNAL: {error.get('message')}")
