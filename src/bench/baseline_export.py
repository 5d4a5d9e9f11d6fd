"""The seed's recipe as a plain Python script: requests + csv.DictWriter.

Logs in with Basic auth, finds the model by name, GETs every line item with includeAll=true (the whole body
in memory, as r.json() does) and writes the same columns as `lineitems export`. The benchmark's baseline.

usage: baseline_export.py BASE_URL MODEL_NAME OUT.csv
"""
import base64
import csv
import json
import sys

import requests

COLUMNS = ["id", "name", "moduleId", "moduleName", "formula", "format", "formatMetadata", "summary", "appliesTo",
           "timeScale", "timeRange", "version", "isSummary", "formulaScope", "useSwitchover", "breakback",
           "broughtForward", "startOfSection", "style", "cellCount", "code", "notes", "parent", "referencedBy",
           "dataTags", "readAccessDriver", "writeAccessDriver"]


def cell(value):
    """Nested references by name, lists joined by ';', other objects as compact JSON: as the shell does."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(cell(v) for v in value)
    if isinstance(value, dict):
        if "name" in value and set(value) <= {"id", "name"}:
            return value["name"]
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def main(base, model_name, out):
    user, password = "demo@example.com", "demo"
    auth = base64.b64encode(f"{user}:{password}".encode()).decode()
    r = requests.post(f"{base}/token/authenticate", headers={"Authorization": f"Basic {auth}"})
    r.raise_for_status()
    token = r.json()["tokenInfo"]["tokenValue"]
    headers = {"Authorization": f"AnaplanAuthToken {token}", "Accept": "application/json"}
    models = requests.get(f"{base}/2/0/models", headers=headers).json()["models"]
    model = next(m for m in models if m["name"] == model_name)
    r = requests.get(f"{base}/2/0/models/{model['id']}/lineItems?includeAll=true", headers=headers)
    r.raise_for_status()
    items = r.json()["items"]
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for item in items:
            writer.writerow({k: cell(item.get(k)) for k in COLUMNS})
    print(f"Exported {len(items)} line items to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
