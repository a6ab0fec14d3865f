"""Check the built site as a reader meets it: served over HTTP, loaded in headless Chromium.

`make docs-check` runs this after `make docs`. It serves site/ on 127.0.0.1 (a free port),
follows every internal link of every page (the target must exist, and a #fragment must be an
id on the target page), loads the home page, one operation's reference page and every other
page in headless Chromium (Debian's chromium and chromium-driver, driven by selenium), and
fails on any console error (a script error, a resource that did not load). It saves a
screenshot of the home page. Exit status: 0 all good, 1 problems (listed), 2 setup error.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import os
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# As root in a container Chromium needs --no-sandbox; the rest keep it off the network.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)
# The page whose rendering proves the generated reference works end to end.
OPERATION_PAGE = "reference/operations/customer_sessions/"
OPERATION_ANCHOR = "update_customer_session_v2"


class _Page(HTMLParser):
    """Collects the links, the embedded resources and the element ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []  # <a href>: followed when internal
        self.resources: list[str] = []  # src= and <link href>: loaded by the browser
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        if values.get("src"):
            self.resources.append(values["src"])
        if values.get("href"):
            (self.links if tag == "a" else self.resources).append(values["href"])


@dataclass
class Crawl:
    pages: dict[str, _Page] = field(default_factory=dict)  # HTML page URL -> parsed
    statuses: dict[str, int] = field(default_factory=dict)  # every fetched URL -> status
    problems: list[str] = field(default_factory=list)
    external: set[str] = field(default_factory=set)  # links to other sites: not followed
    checked: int = 0  # internal links and resources checked


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(root: Path) -> Iterator[str]:
    """site/ over HTTP on 127.0.0.1 and a free port, for as long as the block runs."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, "", b""


def crawl(base: str) -> Crawl:
    """Every page reachable from the home page, and every internal link checked."""
    result = Crawl()
    queue = [base]
    seen = {base}
    links: list[tuple[str, str]] = []  # (page, absolute link with fragment)
    while queue:
        url = queue.pop()
        status, kind, body = fetch(url)
        result.statuses[url] = status
        if status != 200 or kind != "text/html":
            continue
        page = _Page()
        page.feed(body.decode("utf-8", "replace"))
        result.pages[url] = page
        for raw, embedded in [(r, False) for r in page.links] + [(r, True) for r in page.resources]:
            target = urljoin(url, raw)
            if not target.startswith(base):
                if embedded and urlsplit(target).scheme in ("http", "https", ""):
                    result.problems.append(f"{url}: loads a resource from another host: {raw}")
                elif urlsplit(target).scheme in ("http", "https"):
                    result.external.add(target)
                continue
            links.append((url, target))
            bare, _ = urldefrag(target)
            if bare not in seen:
                seen.add(bare)
                queue.append(bare)
    result.checked = len(links)
    for page_url, target in links:
        bare, fragment = urldefrag(target)
        status = result.statuses.get(bare)
        if status != 200:
            result.problems.append(f"{page_url}: broken link {target} (HTTP {status})")
        elif fragment and bare in result.pages and fragment not in result.pages[bare].ids:
            result.problems.append(f"{page_url}: link to a missing anchor {target}")
    return result


def browser() -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='docs-check-chromium-')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))


def load(driver: WebDriver, url: str) -> list[str]:
    """Load one page, wait until it and its scripts have run; return its console errors."""
    driver.get(url)
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )
    # Material's bundle sets up the page (search, palette) from a script: wait for its mark.
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.body.dataset.mdColorScheme !== undefined")
    )
    entries = driver.get_log("browser")
    return [e["message"] for e in entries if e.get("level") in ("SEVERE", "ERROR")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--screenshot", type=Path, default=Path("build/docs-check/home.png"))
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"no built site at {args.site}/: run `make docs` first", file=sys.stderr)
        return 2
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not os.access(binary, os.X_OK):
            print(f"{binary} missing: apt-get install chromium chromium-driver", file=sys.stderr)
            return 2
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium must not look for drivers online
    started = time.monotonic()
    with serve(args.site) as base:
        found = crawl(base)
        problems = list(found.problems)
        print(
            f"crawled {len(found.pages)} pages, {found.checked} internal links and resources "
            f"checked; {len(found.external)} links to other sites not followed"
        )
        operation = urljoin(base, OPERATION_PAGE)
        order = [base, operation, *sorted(set(found.pages) - {base, operation})]
        driver = browser()
        try:
            for url in order:
                errors = load(driver, url)
                problems += [f"{url}: console error: {message}" for message in errors]
                if url == base:
                    args.screenshot.parent.mkdir(parents=True, exist_ok=True)
                    driver.save_screenshot(str(args.screenshot))
                    title = driver.title
                    if "talon-async" not in title:
                        problems.append(f"{url}: unexpected title {title!r}")
                if url == operation:
                    found_anchor = driver.execute_script(
                        "return document.getElementById(arguments[0]) !== null", OPERATION_ANCHOR
                    )
                    if not found_anchor:
                        problems.append(f"{url}: no #{OPERATION_ANCHOR} section rendered")
        finally:
            driver.quit()
    print(f"loaded {len(order)} pages in headless Chromium; screenshot {args.screenshot}")
    for problem in problems:
        print(f"FAIL {problem}")
    took = time.monotonic() - started
    print(f"site check: {len(problems)} problems, {took:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
