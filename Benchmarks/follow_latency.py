#!/usr/bin/env python3
"""Live-follow figures for `chronicle --follow` (issue 17), measured as a reader meets them.

    Benchmarks/follow_latency.py [CHRONICLE_BINARY] [ARRIVALS]

Opens the explorer in tmux on a folder holding one article, then writes ARRIVALS (default 20)
new articles one by one. For each: the time from close() of the file to the status bar's
"following +N" on screen (tmux capture-pane polled every 2 ms, so figures carry ~2 ms of
polling). Then the explorer's CPU time over 10 idle seconds while following.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/chronicle"
arrivals = int(sys.argv[2]) if len(sys.argv) > 2 else 20
socket = f"chronicle-follow-bench-{os.getpid()}"
work = tempfile.mkdtemp(prefix="chronicle-follow-")
folder = os.path.join(work, "news")
os.makedirs(folder)

ARTICLE = """---
title: Talks, day {n}
date: 2025-05-{day:02d}
---

On Thursday, Secretary of State Ann Lee met envoys for round {n}. "We want calm," Lee said.
"""


def tmux(*args):
    return subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", *args],
                          capture_output=True, text=True).stdout


def screen():
    return tmux("capture-pane", "-p", "-t", "main")


def wait_for(text, timeout=10.0):
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if text in screen():
            return time.perf_counter()
        time.sleep(0.002)
    raise SystemExit(f"timed out waiting for {text!r}:\n{screen()}")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


try:
    with open(os.path.join(folder, "first.md"), "w") as f:
        f.write(ARTICLE.format(n=0, day=1))
    env = f"env LANG=C.UTF-8 TERM=xterm-256color XDG_CONFIG_HOME={work}/none XDG_DATA_HOME={work}/data"
    tmux("new-session", "-d", "-s", "main", "-x", "160", "-y", "45",
         f"{env} {os.path.abspath(binary)} --follow {folder}; sleep 30")
    wait_for("following")
    latencies = []
    for n in range(1, arrivals + 1):
        path = os.path.join(folder, f"arrival-{n:02d}.md")
        with open(path, "w") as f:
            f.write(ARTICLE.format(n=n, day=1 + n % 28))
        closed = time.perf_counter()  # the file is closed when the with-block ends
        shown = wait_for(f"following +{n} ")
        latencies.append((shown - closed) * 1000)
        time.sleep(0.2)
    shell = tmux("display-message", "-p", "-t", "main", "#{pane_pid}").strip()
    with open(f"/proc/{shell}/task/{shell}/children") as f:
        pid = int(f.read().split()[0])
    before = cpu_seconds(pid)
    time.sleep(10)
    idle = cpu_seconds(pid) - before
    print(f"arrivals: {arrivals}")
    print(f"close() to rows on screen: median {statistics.median(latencies):.0f} ms, "
          f"max {max(latencies):.0f} ms, min {min(latencies):.0f} ms")
    print(f"idle CPU while following: {idle:.2f} s over 10 s ({idle / 10 * 100:.1f} %)")
finally:
    tmux("kill-server")
    shutil.rmtree(work, ignore_errors=True)
