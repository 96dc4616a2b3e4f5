"""Write the output on every core: after reading and checking, the build forks; each process writes its share.

Every output file belongs to one process, by a stable hash of its path, so the site written is
the same as a serial build's, file for file. The forked processes write their files, send the
problems they found back through a pipe at ``finalized`` and exit; the first process (the one
that started the build) reads each pipe in a thread from the fork on (so a process that is done
exits at once and frees its memory, instead of waiting for the first process to finish its own
share), merges their problems and carries on (search index, report, switch).
Only the build driver turns this on (``HUB_PARALLEL_OUTPUT``), and only where forking is safe (no
other thread running).
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import threading
import zlib
from dataclasses import dataclass, field

from hub_model.problems import Problem

CHILD_FAILED = "proses penulisan paralel berhenti tanpa menyelesaikan bagiannya"


class Reader(threading.Thread):
    """In the first process: read everything a forked process sends, as it sends it."""

    def __init__(self, fd: int):
        super().__init__(daemon=True)
        self.fd, self.data = fd, b""
        self.start()

    def run(self):
        """Read the pipe to its end (the forked process exited or closed it)."""
        with os.fdopen(self.fd, "rb") as pipe:
            self.data = pipe.read()


@dataclass
class Partition:
    """The share of the output one process of the build writes."""

    index: int = 0
    count: int = 1
    children: list[tuple[int, Reader]] = field(default_factory=list)  # (pid, its pipe's reader) in the first process
    pipe: int | None = None  # write end, in a forked process
    first_problem: int = 0  # problems recorded before the fork are the first process's to report

    def owns(self, name: str) -> bool:
        """Tell whether this process writes the output file ``name`` (site-relative)."""
        return self.count == 1 or zlib.crc32(name.encode("utf-8")) % self.count == self.index

    @property
    def forked(self) -> bool:
        """Tell whether this is a forked process (not the one that started the build)."""
        return self.pipe is not None


def workers(settings: dict) -> int:
    """Return how many processes a build uses: ``HUB_WORKERS`` (setting or environment), else the usable CPUs."""
    chosen = settings.get("HUB_WORKERS") or os.environ.get("HUB_WORKERS")
    if chosen:
        return max(1, int(chosen))
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def split(count: int, problems_so_far: int) -> Partition:
    """Fork ``count - 1`` processes; return this process's partition (index 0 is the first process)."""
    if count < 2 or threading.active_count() > 1:
        return Partition()
    sys.stdout.flush()
    sys.stderr.flush()
    # The collector leaves what exists now alone: its full passes would otherwise touch every object
    # and make each process copy pages it could share with the others.
    gc.freeze()
    children, reads = [], []
    for index in range(1, count):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            for other in reads:
                os.close(other)
            return Partition(index, count, pipe=write, first_problem=problems_so_far)
        os.close(write)
        children.append(pid)
        reads.append(read)
    # The readers start once every process is forked: a thread must not be running at a fork.
    readers = [(pid, Reader(read)) for pid, read in zip(children, reads, strict=True)]
    return Partition(0, count, children=readers, first_problem=problems_so_far)


def finish_child(partition: Partition, problems: list[Problem], outputs: dict | None, status: int = 0) -> None:
    """In a forked process: send the problems found since the fork and the memo keys of the files it wrote, and exit."""
    try:
        data = pickle.dumps((problems[partition.first_problem :], outputs or {}))
        with os.fdopen(partition.pipe, "wb") as pipe:
            pipe.write(data)
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(status)


def gather(partition: Partition) -> tuple[list[Problem], dict]:
    """In the first process: wait for every forked process; return the problems and memo keys they sent."""
    found, outputs = [], {}
    for pid, reader in partition.children:
        reader.join()
        data = reader.data
        _, status = os.waitpid(pid, 0)
        try:
            problems, keys = pickle.loads(data) if data else ([], {})  # noqa: S301 (our own forked process)
        except (pickle.UnpicklingError, EOFError, ValueError):
            data = b""
        else:
            found.extend(problems)
            outputs.update(keys)
        if status != 0 or not data:
            fix = "jalankan ulang build; bila terulang, laporkan ke tim teknis"
            found.append(Problem("build", 0, "build", CHILD_FAILED, fix))
    partition.children = []
    gc.unfreeze()
    return found, outputs
