#!/usr/bin/env python3
"""Times how long headless Chromium takes to open model reports (docs/benchmarks.md, "The model report").

    report_open.py CHROMEDRIVER_URL FILE.html...

Talks W3C WebDriver to a running chromedriver (no Selenium needed): one browser session, and for each file a
navigation from about:blank to the file, then polling until the report's script has set
document.body.dataset.ready (the page is drawn and searchable). Prints one line per file: milliseconds and the
number of module sections on the page.
"""
import json
import pathlib
import sys
import time
import urllib.request


def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=300) as answer:
        return json.loads(answer.read() or b"{}").get("value")


def main():
    base, files = sys.argv[1].rstrip("/"), sys.argv[2:]
    caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
        "binary": "/usr/bin/chromium",
        "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1400,1000"]}}}}
    session = call(base, "POST", "/session", caps)["sessionId"]
    try:
        for f in files:
            call(base, "POST", f"/session/{session}/url", {"url": "about:blank"})
            start = time.monotonic()
            call(base, "POST", f"/session/{session}/url", {"url": pathlib.Path(f).resolve().as_uri()})
            while call(base, "POST", f"/session/{session}/execute/sync",
                       {"script": "return document.body ? document.body.dataset.ready || '' : ''", "args": []}) != "true":
                if time.monotonic() - start > 120:
                    sys.exit(f"{f}: not ready after 120 s")
                time.sleep(0.01)
            ms = (time.monotonic() - start) * 1000
            sections = call(base, "POST", f"/session/{session}/execute/sync",
                            {"script": "return document.querySelectorAll('details.module').length", "args": []})
            print(f"{ms:.0f} {sections}")
    finally:
        call(base, "DELETE", f"/session/{session}")


if __name__ == "__main__":
    main()
