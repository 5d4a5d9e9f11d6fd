"""The forum recipe, unchanged: Basic login, then every line item with includeAll. Prints the row count."""
import base64
import sys

import requests

base = sys.argv[1]
user, password = "demo@example.com", "demo"
auth = base64.b64encode(f"{user}:{password}".encode()).decode()
r = requests.post(f"{base}/token/authenticate", headers={"Authorization": f"Basic {auth}"})
r.raise_for_status()
token = r.json()["tokenInfo"]["tokenValue"]
headers = {"Authorization": f"AnaplanAuthToken {token}", "Accept": "application/json"}
models = requests.get(f"{base}/2/0/models", headers=headers).json()["models"]
model = next(m for m in models if m["name"] == sys.argv[2])
items = requests.get(f"{base}/2/0/models/{model['id']}/lineItems?includeAll=true", headers=headers).json()["items"]
print(len(items))
