"""Asks broadcastPreview REQUESTS times over HTTP with a three-clause tag filter (tag A, and
B or C, and not D) and prints the latency percentiles (scripts/bench-broadcast-preview.sh)."""
import json
import statistics
import sys
import time
import urllib.request

port, password, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])
url = f"http://127.0.0.1:{port}/graphql"


def graphql(query, variables, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, json.dumps({"query": query, "variables": variables}).encode(), headers)
    answer = json.load(urllib.request.urlopen(request))
    if answer.get("errors"):
        sys.exit(f"GraphQL error: {answer['errors']}")
    return answer["data"]


token = graphql(
    "mutation($i: LoginInput!) { login(input: $i) { token } }",
    {"i": {"tenant": "bench", "email": "ops@bench.local", "password": password}},
)["login"]["token"]
groups = graphql("{ tagGroups { tags { id name } } }", {}, token)["tagGroups"]
tags = [tag["id"] for group in groups for tag in group["tags"]]
# Tags of different popularity: the 1st (most used), the 3rd or the 11th, and not the 2nd.
audience = {"tagFilter": {"and": [
    {"tagIds": [tags[0]]},
    {"or": [{"tagIds": [tags[2]]}, {"tagIds": [tags[10]]}]},
    {"not": {"tagIds": [tags[1]]}},
]}}
query = "query($a: BroadcastAudienceInput!) { broadcastPreview(audience: $a) { recipients excluded { reason count } } }"
first = graphql(query, {"a": audience}, token)["broadcastPreview"]
for _ in range(10):
    graphql(query, {"a": audience}, token)
timings = []
for _ in range(requests):
    start = time.perf_counter()
    graphql(query, {"a": audience}, token)
    timings.append((time.perf_counter() - start) * 1000)
timings.sort()
def pct(p):
    return timings[min(len(timings) - 1, int(round(p / 100 * len(timings))) - 1)]
print(f"preview: {first}")
print(f"{requests} requests: p50 {pct(50):.1f} ms, p90 {pct(90):.1f} ms, p99 {pct(99):.1f} ms, "
      f"max {timings[-1]:.1f} ms, mean {statistics.mean(timings):.1f} ms")
