"""The parallel writer's processes: what a forked process sends reaches the first one, and a done process exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from hub_model import parallel
from hub_model.problems import Problem
from tests.site import ROOT

EARLIER = Problem("content/briefs/a.md", 3, "Title", "sebelum pembagian", "-")
FOUND = Problem("content/briefs/b.md", 1, "Summary", "ditemukan saat menulis", "perbaiki")


def exited(pid: int, within: float) -> bool:
    """Tell whether ``pid`` has exited within ``within`` seconds, without reaping it."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            return True
        time.sleep(0.02)
    return False


def large_report() -> str:
    """A forked process sends more than a pipe holds; report what the first process saw, as JSON."""
    keys = {f"berita/{n:06d}/index.html": "k" * 64 for n in range(20000)}
    partition = parallel.split(2, problems_so_far=1)
    if partition.count == 1:
        return json.dumps({"forked": False})
    if partition.forked:
        parallel.finish_child(partition, [EARLIER, FOUND], keys)
    ((pid, _),) = partition.children
    # The first process is still busy with its own share: the other one must not wait for it.
    done_first = exited(pid, within=30)
    problems, outputs = parallel.gather(partition)
    return json.dumps(
        {
            "forked": True,
            "exited_before_gather": done_first,
            "problems": [problem.message for problem in problems],
            "outputs_equal": outputs == keys,
            "children_left": len(partition.children),
        }
    )


def dead_child() -> str:
    """A forked process dies without reporting; report what the first process gathered, as JSON."""
    partition = parallel.split(2, problems_so_far=0)
    if partition.count == 1:
        return json.dumps({"forked": False})
    if partition.forked:
        os._exit(3)
    problems, outputs = parallel.gather(partition)
    return json.dumps({"forked": True, "problems": [problem.message for problem in problems], "outputs": outputs})


def in_fresh_process(scenario: str) -> dict:
    """Run a scenario of this module in a new interpreter: the build forks only where no other thread runs,
    and the test process has threads of its own (servers, browsers) by the time this test runs."""
    code = f"from tests.test_parallel import {scenario}; print({scenario}())"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "plugins"), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["forked"], "split() refused to fork in a fresh interpreter"
    return report


def test_a_forked_process_hands_over_its_problems_and_a_large_memo_and_exits_before_the_first_is_done():
    report = in_fresh_process("large_report")
    assert report["exited_before_gather"], "the forked process is blocked on its pipe until the first one gathers"
    assert report["problems"] == [FOUND.message]  # problems found before the fork are the first process's
    assert report["outputs_equal"]
    assert report["children_left"] == 0


def test_a_forked_process_that_dies_without_reporting_is_a_build_problem():
    report = in_fresh_process("dead_child")
    assert report["outputs"] == {}
    assert report["problems"] == [parallel.CHILD_FAILED]


def test_each_output_file_belongs_to_exactly_one_process():
    names = [f"berita/{n}/index.html" for n in range(500)]
    shares = [parallel.Partition(index, 3) for index in range(3)]
    owners = [[share.index for share in shares if share.owns(name)] for name in names]
    assert all(len(owner) == 1 for owner in owners)
    assert {owner[0] for owner in owners} == {0, 1, 2}
    assert all(parallel.Partition().owns(name) for name in names)
