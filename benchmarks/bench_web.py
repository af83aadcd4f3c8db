"""Load test of the web desk: many sign-ups from concurrent clients, on 127.0.0.1 only.

    python benchmarks/bench_web.py [--n 2000] [--clients 20] [--db URL | --postgres] [--threads 8]

Starts ``leadocs serve`` on a free port of 127.0.0.1 (a fresh SQLite file, ``--db``
for an empty PostgreSQL database, or ``--postgres`` for a throwaway PostgreSQL
server started like the tests start theirs) and lets ``--clients`` threads post
``--n`` sign-ups in all (each client loads the form once for its CSRF token,
then posts its share one after the other). Every post is a complete sign-up:
validated, committed, its LOI rendered and its confirmation ``.eml`` written
before the answer. Reported: throughput and the latency of the posts (median,
p95, p99, max); checked: every sign-up is stored exactly once (no loss, no
duplicate) and has its message in the outbox. The public forms' rate limit is
raised for the run (``--rate-limit``); nothing but 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def sign_up(number: int) -> dict[str, object]:
    return {
        "name": f"Bench organisation {number:05d}",
        "country": ["FI", "SE", "PT", "IT", "DE", "ES"][number % 6],
        "type": ["procurer"] if number % 3 else ["school"],
        "address.city": "Konnevesi",
        "contact.name": "Päivi Häkkinen",
        "contact.email": f"contact{number}@example.eu",
        "signatory.name": "Jyrki Mäkelä",
        "signatory.title": "Municipal Manager",
        "language": "en",
        "tasks": ["capacity-building", "ppi-pcp"],
    }


def client(base: str, numbers: list[int], latencies: list[float], failures: list[str]) -> None:
    with requests.Session() as session:
        page = session.get(f"{base}/en/", timeout=30)
        found = CSRF.search(page.text)
        if found is None:
            failures.append("no CSRF token on the form")
            return
        token = found.group(1)
        for number in numbers:
            started = time.perf_counter()
            response = session.post(
                f"{base}/en/",
                data={**sign_up(number), "csrf_token": token},
                allow_redirects=False,
                timeout=60,
            )
            latencies.append(time.perf_counter() - started)
            if response.status_code != 303:
                failures.append(f"sign-up {number}: HTTP {response.status_code}")


def wait_for(base: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise SystemExit(f"leadocs serve exited with {process.returncode}")
        try:
            requests.get(base, timeout=1, allow_redirects=False)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise SystemExit(f"{base} did not start")


def check_stored(url: str, n: int, outbox: Path) -> str:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        names = [row[0] for row in connection.execute(sa.text("SELECT name FROM submissions"))]
    engine.dispose()
    expected = {f"Bench organisation {number:05d}" for number in range(n)}
    duplicates = len(names) - len(set(names))
    missing = len(expected - set(names))
    messages = len(list(outbox.glob("*.eml")))
    verdict = "OK" if (len(names), duplicates, missing, messages) == (n, 0, 0, n) else "FAILED"
    return (
        f"check: {len(names)} stored for {n} sent, {duplicates} duplicates, {missing} missing, "
        f"{messages} confirmation messages in the outbox: {verdict}"
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--threads", type=int, default=8, help="server threads")
    parser.add_argument("--db", help="an empty database (default: a new SQLite file)")
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL server")
    parser.add_argument("--rate-limit", default="1000000 per minute")
    args = parser.parse_args()
    if args.postgres:
        sys.path.insert(0, str(ROOT))
        from tests.helpers.postgres import running_postgres

        with running_postgres() as server:
            args.db = server.new_database()
            run(args)
    else:
        run(args)


def run(args: argparse.Namespace) -> None:
    if not 1 <= args.n <= 20_000 or not 1 <= args.clients <= 100:
        raise SystemExit("--n must be 1..20000 and --clients 1..100 (a bounded test)")
    folder = Path(tempfile.mkdtemp(prefix="bench-web-"))
    url = args.db or f"sqlite:///{folder / 'desk.sqlite'}"
    port = free_port()
    base = f"http://{HOST}:{port}"
    command = [sys.executable, "-m", "leadocs", "serve", "--db", url, "--host", HOST,
               "--port", str(port), "--threads", str(args.threads), "--outbox",
               str(folder / "outbox"), "--rate-limit", args.rate_limit]  # fmt: skip
    log = (folder / "server.log").open("wb")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, cwd=folder, stdout=log, stderr=log, env=env)
    try:
        wait_for(base, process)
        latencies: list[float] = []
        failures: list[str] = []
        shares = [list(range(i, args.n, args.clients)) for i in range(args.clients)]
        workers = [
            threading.Thread(target=client, args=(base, share, latencies, failures))
            for share in shares
        ]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        seconds = time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f}; database {url.split(':')[0]}")
    print(f"server: leadocs serve (waitress, {args.threads} threads) on {base}")
    print(f"sign-ups: {args.n} from {args.clients} concurrent clients in {seconds:.1f} s "
          f"= {args.n / seconds:.1f} sign-ups/s")  # fmt: skip
    ms = [value * 1000 for value in latencies]
    p95, p99 = percentile(ms, 0.95), percentile(ms, 0.99)
    print(f"latency of a sign-up (ms): median {statistics.median(ms):.0f}, "
          f"p95 {p95:.0f}, p99 {p99:.0f}, max {max(ms):.0f}")  # fmt: skip
    print(f"failed requests: {len(failures)}" + (f" (first: {failures[0]})" if failures else ""))
    print(check_stored(url, args.n, folder / "outbox"))


if __name__ == "__main__":
    main()
