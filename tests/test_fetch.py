"""`ingest --urls`: pages and feeds fetched from a local HTTP server on 127.0.0.1 (no other network)."""
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.sources.fetch import fetch, read_url, read_url_list, url_id
from claimtrack.sources.reader import SourceError

DATA = Path(__file__).parent / "data"
EN_PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Nvidia shares jump | The Daily Byte</title>
<meta property="og:site_name" content="The Daily Byte">
<meta property="og:title" content="Nvidia shares jump after record quarter">
<meta property="article:published_time" content="2025-11-20T21:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article><h1>Nvidia shares jump after record quarter</h1>
<p>Nvidia shares rose 6% in after-hours trading on Wednesday after the chipmaker reported record quarterly revenue
of $57 billion, driven by demand for its data-centre processors.</p>
<p>The company said it expects revenue of about $65 billion in the current quarter, above analysts' estimates.</p>
</article><footer>Copyright 2025 The Daily Byte</footer></body></html>"""
SLOW_S = 3.0


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest's output clean
        pass

    def _send(self, code: int, body: bytes, ctype: str | None, extra: dict | None = None):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        try:
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up first (the timeout tests)
            pass

    def do_GET(self):
        path = self.path
        if path == "/page.html":
            self._send(200, (DATA / "saved_page.html").read_bytes(), "text/html; charset=utf-8")
        elif path == "/en/nvidia-shares-jump.html":
            self._send(200, EN_PAGE, "text/html")
        elif path == "/moved":
            self._send(301, b"", None, {"Location": "/en/nvidia-shares-jump.html"})
        elif path == "/feed":
            self._send(200, (DATA / "feed.rss").read_bytes(), "application/rss+xml")
        elif path == "/feed-untyped":
            self._send(200, (DATA / "feed.rss").read_bytes(), "application/octet-stream")
        elif path == "/missing":
            self._send(404, b"<h1>Not here</h1>", "text/html")
        elif path == "/boom":
            self._send(500, b"oops", "text/plain")
        elif path == "/slow":
            time.sleep(SLOW_S)
            self._send(200, EN_PAGE, "text/html")
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(int(SLOW_S / 0.1)):  # a byte every 0.1 s: each read is quick, the whole is not
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
        elif path == "/to-file":
            self._send(302, b"", None, {"Location": "file:///etc/passwd"})
        elif path == "/to-ftp":
            self._send(302, b"", None, {"Location": "ftp://127.0.0.1/x"})
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(10**9))
            self.end_headers()
        else:
            self._send(404, b"", "text/plain")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_is_read_with_its_url(server):
    [doc] = read_url(f"{server}/page.html")
    assert doc.source == f"{server}/page.html"
    assert doc.url == f"{server}/page.html"
    assert doc.id == url_id(f"{server}/page.html") and doc.id.startswith("127.0.0.1_page_")
    assert (doc.title, doc.outlet, doc.published.isoformat()) == (
        "Meta renonce à Behemoth et mise sur Avocado", "Le Courrier Tech", "2025-12-11")
    assert "Nous utilisons des cookies" not in doc.text


def test_a_redirect_is_followed_and_the_final_url_kept(server):
    [doc] = read_url(f"{server}/moved")
    assert doc.url == f"{server}/en/nvidia-shares-jump.html"
    assert doc.source == f"{server}/moved"


@pytest.mark.parametrize("path", ["/feed", "/feed-untyped"])
def test_a_feed_gives_its_entries(server, path):
    items = read_url(server + path)
    docs = [d for d in items if not isinstance(d, SourceError)]
    assert [d.title for d in docs] == ["Meta pauses Behemoth to focus on Avocado", "OpenAI raises $40 billion"]
    assert all(d.id.startswith(url_id(server + path) + "-") for d in docs)
    assert [str(e) for e in items if isinstance(e, SourceError)] == [
        f"{server}{path}#3: entry 'Podcast: the week in AI' has no text (no content, no summary)"]


@pytest.mark.parametrize("path, message", [
    ("/missing", "HTTP 404 Not Found"),
    ("/boom", "HTTP 500 Internal Server Error"),
    ("/to-file", "HTTP 302 Found - Redirection to url 'file:///etc/passwd' is not allowed"),
    ("/to-ftp", "cannot fetch: redirected to a non-http(s) address 'ftp://127.0.0.1/x'"),
    ("/image", "neither a web page nor a feed (content type image/png)"),
    ("/huge", "answer is 1000.0 MB, over the 5 MB limit for one article"),
])
def test_http_failures_are_one_error_naming_the_url(server, path, message):
    with pytest.raises(SourceError) as exc:
        read_url(server + path)
    assert str(exc.value) == f"{server}{path}: {message}"


@pytest.mark.parametrize("path, message", [("/slow", "no answer within 0.5 s (timeout)"),
                                           ("/drip", "download not finished after 0.5 s (timeout)")])
def test_timeouts_are_one_error_and_do_not_wait_for_the_server(server, path, message):
    t0 = time.monotonic()
    with pytest.raises(SourceError) as exc:
        fetch(server + path, timeout=0.5)
    assert str(exc.value) == f"{server}{path}: {message}"
    assert time.monotonic() - t0 < SLOW_S - 1


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "127.0.0.1/page.html", "http://"])
def test_only_http_urls_are_fetched(url):
    with pytest.raises(SourceError, match="not an http\\(s\\) URL"):
        fetch(url)


def test_url_list_skips_comments_blanks_and_repeats(tmp_path):
    f = tmp_path / "list.txt"
    f.write_text("\ufeff# reading list\nhttp://a.example/1\n\n  http://a.example/2  \nhttp://a.example/1\n")
    assert read_url_list(f) == ["http://a.example/1", "http://a.example/2"]
    with pytest.raises(SourceError, match="no such file"):
        read_url_list(tmp_path / "nope.txt")


def test_ingest_urls_reports_each_bad_url_on_one_line_and_ingests_the_rest(server, tmp_path, sqlite_url):
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join([f"{server}/en/nvidia-shares-jump.html", f"{server}/feed", f"{server}/missing",
                                  f"{server}/slow", "file:///etc/passwd"]) + "\n")
    r = CliRunner().invoke(app, ["--db", sqlite_url, "ingest", "--urls", str(listing), "--timeout", "0.5"],
                           catch_exceptions=False)
    assert r.exit_code == 1
    rejected = sorted(line for line in r.output.splitlines() if line.startswith("claimtrack: rejected"))
    assert rejected == sorted([
        f"claimtrack: rejected {server}/feed#3: entry 'Podcast: the week in AI' has no text (no content, no summary)",
        f"claimtrack: rejected {server}/missing: HTTP 404 Not Found",
        f"claimtrack: rejected {server}/slow: no answer within 0.5 s (timeout)",
        "claimtrack: rejected file:///etc/passwd: not an http(s) URL",
    ])
    assert f"{server}/feed: 2 new, 1 rejected" in r.output
    assert "articles: 3 new, 0 replaced, 0 unchanged, 4 rejected" in r.output
    again = CliRunner().invoke(app, ["--db", sqlite_url, "ingest", "--urls", str(listing), "--timeout", "0.5"])
    assert "articles: 0 new, 0 replaced, 3 unchanged, 4 rejected" in again.output


def test_a_missing_url_list_is_a_usage_error(tmp_path, sqlite_url):
    r = CliRunner().invoke(app, ["--db", sqlite_url, "ingest", "--urls", str(tmp_path / "none.txt")])
    assert r.exit_code == 2
    assert "none.txt: no such file" in r.output
