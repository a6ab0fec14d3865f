"""nginx serving the fixed bodies on 127.0.0.1, pinned to one core; tool installation.

Routes (any method; the request body is read and discarded):
    /v2/customer_sessions/{id}   200  bodies/integration_state_19k.json  (~19 KB IntegrationStateV2)
    /v2/customer_profiles/{id}   200  bodies/customer_profile_small.json (small JSON)
    /v1/customer_data/{id}       204  no body
    anything else                404

nginx's static module answers 405 to PUT/POST/DELETE; ``error_page 405 =200 $uri`` turns that
into an internal GET of the same file, so every method gets the fixed body with status 200.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

BODIES = Path(__file__).resolve().parent / "bodies"
SBIN = ("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin")

CONFIG = """\
{user}
daemon off;
master_process on;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{
    worker_connections 8192;
    multi_accept on;
}}
http {{
    access_log off;
    server_tokens off;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    types {{ }}
    default_type application/json;
    sendfile on;
    tcp_nodelay on;
    etag off;
    keepalive_requests 100000000;
    keepalive_timeout 300s;
    client_body_buffer_size 64k;
    client_max_body_size 1m;
    open_file_cache max=16 inactive=3600s;
    open_file_cache_valid 3600s;
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        root {tmp}/www;
        location ~ ^/v2/customer_sessions/[^/]+$ {{ rewrite ^ /_bodies/state.json last; }}
        location ~ ^/v2/customer_profiles/[^/]+$ {{ rewrite ^ /_bodies/profile.json last; }}
        location ~ ^/v1/customer_data/[^/]+$ {{ return 204; }}
        location /_bodies/ {{ internal; error_page 405 =200 $uri; }}
        location / {{ return 404; }}
    }}
}}
"""


def which(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for d in SBIN:
        if os.access(os.path.join(d, name), os.X_OK):
            return os.path.join(d, name)
    return None


def ensure_tools(need: tuple[str, ...] = ("nginx", "wrk")) -> None:
    """apt-get install nginx-light and wrk when they are missing (Debian/Ubuntu, needs root)."""
    packages = {"nginx": "nginx-light", "wrk": "wrk"}
    missing = [packages[t] for t in need if which(t) is None]
    if not missing:
        return
    if shutil.which("apt-get") is None:
        raise SystemExit(f"missing {', '.join(missing)} and no apt-get: install them by hand")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print(f"installing {' '.join(missing)} with apt-get ...", flush=True)
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
        check=True,
        env=env,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pin(core: int | None) -> list[str]:
    """The taskset prefix for a command, or nothing when pinning is off/unavailable."""
    if core is None or shutil.which("taskset") is None:
        return []
    return ["taskset", "-c", str(core)]


class Nginx:
    def __init__(self, core: int | None = 0, port: int | None = None) -> None:
        self.core = core
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.tmp = Path(tempfile.mkdtemp(prefix="talon-bench-nginx-"))
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Nginx:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        nginx = which("nginx")
        if nginx is None:
            raise SystemExit("nginx not found (ensure_tools installs nginx-light)")
        www = self.tmp / "www" / "_bodies"
        www.mkdir(parents=True)
        shutil.copyfile(BODIES / "integration_state_19k.json", www / "state.json")
        shutil.copyfile(BODIES / "customer_profile_small.json", www / "profile.json")
        for d in (self.tmp, self.tmp / "www", www):  # readable by nginx's worker user
            d.chmod(0o755)
        conf = self.tmp / "nginx.conf"
        user = "user root;" if os.geteuid() == 0 else ""
        conf.write_text(CONFIG.format(tmp=self.tmp, port=self.port, user=user))
        with open(self.tmp / "stderr.log", "wb") as stderr:
            self.proc = subprocess.Popen(
                [*pin(self.core), nginx, "-p", str(self.tmp), "-c", str(conf)],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(
                    f"nginx exited: {(self.tmp / 'stderr.log').read_text()}{self.error_log()}"
                )
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise SystemExit(f"nginx did not start listening on {self.port}: {self.error_log()}")

    def error_log(self) -> str:
        log = self.tmp / "error.log"
        return log.read_text() if log.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful; the master stops its worker
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def version(self) -> str:
        nginx = which("nginx")
        if not nginx:
            return "missing"
        out = subprocess.run([nginx, "-v"], capture_output=True, text=True)
        return (out.stderr or out.stdout).strip().replace("nginx version: ", "")
