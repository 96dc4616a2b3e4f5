"""The parallel writer's processes: what a forked process sends reaches the first one, and a done process exits."""

from __future__ import annotations

import os
import time

import pytest

from hub_model import parallel
from hub_model.problems import Problem

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


def split_or_skip(problems_so_far: int) -> parallel.Partition:
    partition = parallel.split(2, problems_so_far)
    if partition.count == 1:  # pragma: no cover (another thread is running in this test process)
        pytest.fail("the test process runs another thread: split() refused to fork")
    return partition


def test_a_forked_process_hands_over_its_problems_and_a_large_memo_and_exits_before_the_first_is_done():
    keys = {f"berita/{n:06d}/index.html": "k" * 64 for n in range(20000)}  # far more than a pipe holds
    partition = split_or_skip(problems_so_far=1)
    if partition.forked:
        parallel.finish_child(partition, [EARLIER, FOUND], keys)
    ((pid, _),) = partition.children
    # The first process is still busy with its own share: the other one must not wait for it.
    assert exited(pid, within=30), "the forked process is blocked on its pipe until the first one gathers"
    problems, outputs = parallel.gather(partition)
    assert problems == [FOUND]  # the problems found before the fork are the first process's to report
    assert outputs == keys
    assert partition.children == []


def test_a_forked_process_that_dies_without_reporting_is_a_build_problem():
    partition = split_or_skip(problems_so_far=0)
    if partition.forked:
        os._exit(3)
    problems, outputs = parallel.gather(partition)
    assert outputs == {}
    assert [problem.message for problem in problems] == [parallel.CHILD_FAILED]


def test_each_output_file_belongs_to_exactly_one_process():
    names = [f"berita/{n}/index.html" for n in range(500)]
    shares = [parallel.Partition(index, 3) for index in range(3)]
    owners = [[share.index for share in shares if share.owns(name)] for name in names]
    assert all(len(owner) == 1 for owner in owners)
    assert {owner[0] for owner in owners} == {0, 1, 2}
    assert all(parallel.Partition().owns(name) for name in names)
