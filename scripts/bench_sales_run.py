"""Asks the seeded sales tenant for the first page of customers carrying a tag — the most used
tag, a tag of median use, the least used tag, and two tags at once — REQUESTS times each over
HTTP after a warm-up, and prints the latency percentiles (scripts/bench-sales.sh). Then the
dashboard over a year, once the schema has one (`measure_dashboard`)."""
import datetime
import json
import os
import statistics
import sys
import time
import urllib.request

port, password, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])
url = f"http://127.0.0.1:{port}/graphql"
WARM_UP = 10


def graphql(query, variables, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, json.dumps({"query": query, "variables": variables}).encode(), headers)
    answer = json.load(urllib.request.urlopen(request))
    if answer.get("errors"):
        sys.exit(f"GraphQL error: {answer['errors']}")
    return answer["data"]


def percentile(timings, p):
    """Nearest rank, as scripts/bench_preview_run.py."""
    return timings[min(len(timings) - 1, max(0, int(round(p / 100 * len(timings))) - 1))]


def measure(label, query, variables, token):
    """Warm-up, then REQUESTS timed requests; prints and returns the percentiles (ms)."""
    for _ in range(WARM_UP):
        data = graphql(query, variables, token)
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        graphql(query, variables, token)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    figures = {p: percentile(timings, p) for p in (50, 90, 99)}
    print(f"{label}: {requests} requests: p50 {figures[50]:.1f} ms, p90 {figures[90]:.1f} ms, "
          f"p99 {figures[99]:.1f} ms, max {timings[-1]:.1f} ms, mean {statistics.mean(timings):.1f} ms",
          flush=True)
    return data


def query_fields(token):
    schema = graphql("{ __schema { queryType { fields { name } } } }", {}, token)
    return {field["name"] for field in schema["__schema"]["queryType"]["fields"]}


DASHBOARD = """query($from: Date!, $to: Date!, $pipeline: ID!) {
  dashboard(from: $from, to: $to, groupBy: DAY) {
    periods { from customers { newCustomers lostCustomers netCustomers } }
    aliveCustomers
    byStaff { staff { id } newCustomers lostCustomers aliveCustomers }
    byChannelCode { channelCode { id } newCustomers lostCustomers aliveCustomers }
    followUpActivity { staff { id } followUps calls visits customers }
    dealFunnel(pipelineId: $pipeline) { stage { name } openDeals openAmountFen entered advanced rateBasisPoints }
    broadcastReach { delivered }
    alertsByRule { ruleCode raised }
  }
}"""


def measure_dashboard(token):
    """The whole dashboard over the last 365 days by day (target p99 < 300 ms on SQLite), as
    the tenant's admin: every member, every channel code, the first pipeline's funnel."""
    if "dashboard" not in query_fields(token):
        print("dashboard: not measured (no dashboard query in schema)")
        return
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    pipeline = graphql("{ pipelines(first: 1) { nodes { id } } }", {}, token)["pipelines"]["nodes"][0]["id"]
    variables = {"from": str(today - datetime.timedelta(days=364)), "to": str(today), "pipeline": pipeline}
    data = measure("dashboard (a year by day, every field)", DASHBOARD, variables, token)["dashboard"]
    new = sum(period["customers"]["newCustomers"] for period in data["periods"])
    lost = sum(period["customers"]["lostCustomers"] for period in data["periods"])
    print(f"dashboard: {len(data['periods'])} days, {new} new, {lost} lost, {data['aliveCustomers']} alive, "
          f"{len(data['byStaff'])} members, {len(data['byChannelCode'])} codes, "
          f"{sum(row['followUps'] for row in data['followUpActivity'])} follow-ups")
    if os.environ.get("BENCH_DASHBOARD_FIELDS"):
        measure_dashboard_fields(variables, token)


def measure_dashboard_fields(variables, token):
    """Each field of the dashboard alone (BENCH_DASHBOARD_FIELDS=1), to see where a request's
    time goes: the fields of one request are resolved concurrently."""
    body = DASHBOARD[DASHBOARD.index("{", DASHBOARD.index("dashboard(")) + 1:DASHBOARD.rindex("}")]
    body = body[:body.rindex("}")]
    for line in (line.strip() for line in body.splitlines()):
        if not line:
            continue
        field = line.split("{")[0].split("(")[0].strip()
        query = DASHBOARD.replace(body, "\n    " + line + "\n  ")
        field_variables = dict(variables)
        if "$pipeline" not in line:
            # An unused variable is a validation error.
            query = query.replace(", $pipeline: ID!", "")
            del field_variables["pipeline"]
        measure(f"dashboard field {field} alone", query, field_variables, token)


token = graphql(
    "mutation($i: LoginInput!) { login(input: $i) { token } }",
    {"i": {"tenant": "bench", "email": "ops@bench.local", "password": password}},
)["login"]["token"]

# How many customers carry each tag: pick the most used, the median and the least used.
groups = graphql("{ tagGroups { name tags { id name } } }", {}, token)["tagGroups"]
tags = [(tag["id"], f"{group['name']}/{tag['name']}") for group in groups for tag in group["tags"]]
count_query = "query($t: ID!) { customers(first: 1, filter: {tagId: $t}) { totalCount } }"
counted = sorted(
    ((graphql(count_query, {"t": tag_id}, token)["customers"]["totalCount"], tag_id, name) for tag_id, name in tags),
    reverse=True,
)
counted = [entry for entry in counted if entry[0] > 0]
popular, mid, rare = counted[0], counted[len(counted) // 2], counted[-1]
total = graphql("{ customers(first: 1) { totalCount } }", {}, token)["customers"]["totalCount"]
print(f"{total} customers; {len(counted)} tags in use, from {counted[0][0]} customers to {counted[-1][0]}")

page = """query($f: CustomerFilter!) {
  customers(first: 50, filter: $f) { totalCount edges { node { id name tags { name } } } }
}"""
for label, (count, tag_id, name) in (("popular", popular), ("mid", mid), ("rare", rare)):
    data = measure(f"tag {label} ({name}, {count} customers)", page, {"f": {"tagId": tag_id}}, token)
    assert data["customers"]["totalCount"] == count
both = {"f": {"and": [{"tagId": popular[1]}, {"tagId": mid[1]}]}}
data = graphql(page, both, token)
measure(f"two tags (popular and mid, {data['customers']['totalCount']} customers)", page, both, token)

measure_dashboard(token)
