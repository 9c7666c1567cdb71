"""The shared run's portal queue against a real Redis: seeded once, leased not popped, expired leases taken over."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
import redis

from pipelines.portal_queue import PortalQueue, Turn
from tests.conftest import wait_until

pytestmark = pytest.mark.slow  # against a Redis server started here

PORTALS = ["beijing", "fujian_pingtan", "hunan_yongzhou", "anhui_luan_shucheng"]
runs = itertools.count()


@pytest.fixture
def run(redis_url):
    """A fresh run name and a way to open it as a worker (each worker its own connection, as processes have)."""
    name = f"run-{next(runs)}"
    clients = []

    def worker(worker_id: str, lease_seconds: float = 60) -> PortalQueue:
        clients.append(redis.Redis.from_url(redis_url))
        return PortalQueue(clients[-1], name, worker_id, lease_seconds)

    yield worker
    for client in clients:
        client.close()


def take_all(queue: PortalQueue) -> list[str]:
    taken = []
    while (turn := queue.take()).portal:
        taken.append(turn.portal)
    return taken


def lease_ran_out(queue: PortalQueue, portal: str) -> bool:
    seconds, microseconds = queue.client.time()  # the clock the leases are timed by
    return queue.client.zscore(queue.keys["leases"], portal) < seconds * 1000 + microseconds / 1000


def test_workers_starting_at_once_seed_the_run_once(run):
    workers = [run(f"w{number}") for number in range(8)]
    barrier = threading.Barrier(len(workers))
    seeded = []

    def start(queue: PortalQueue) -> None:
        barrier.wait()
        seeded.append(queue.seed(PORTALS))

    threads = [threading.Thread(target=start, args=(queue,)) for queue in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(seeded) == [False] * 7 + [True]
    assert workers[0].portals() == set(PORTALS)
    assert take_all(workers[0]) == PORTALS  # each once, in the selection's order


def test_two_workers_never_hold_the_same_portal_and_the_run_finishes_when_all_are_done(run):
    first, second = run("a"), run("b")
    first.seed(PORTALS)
    a, b = first.take().portal, second.take().portal
    assert a != b
    rest = take_all(first)
    assert sorted([a, b, *rest]) == sorted(PORTALS)
    turn = second.take()
    assert turn.portal is None and not turn.finished and 0 < turn.wait_seconds <= 60  # leases held elsewhere
    for portal in [a, *rest]:
        assert first.finish(portal)
    assert not first.finish(b)  # not its lease
    assert not second.take().finished
    assert second.finish(b)
    assert second.take() == Turn(finished=True) and first.take() == Turn(finished=True)
    assert first.progress().done == len(PORTALS)


def test_a_lease_not_renewed_runs_out_and_the_portal_goes_to_another_worker(run):
    dead, alive = run("dead", lease_seconds=0.3), run("alive", lease_seconds=0.3)
    dead.seed(PORTALS[:1])
    assert dead.take().portal == "beijing"  # then the worker dies: nothing renews its lease
    wait_until(lambda: alive.take().portal == "beijing", 10, "the lease to run out")  # none before it has
    assert alive.progress().leased == 1
    assert not dead.finish("beijing")  # the dead worker's lease is gone for good
    assert alive.finish("beijing") and alive.take().finished


def test_the_portal_a_worker_lost_comes_back_first_and_counts_the_takeover(run):
    dead, alive = run("dead", lease_seconds=0.3), run("alive", lease_seconds=0.3)
    dead.seed(PORTALS)
    assert dead.take().portal == "beijing"
    wait_until(lambda: lease_ran_out(alive, "beijing"), 10, "the lease to run out")
    assert alive.take() == Turn(portal="beijing", taken_over=1)
    assert take_all(alive) == PORTALS[1:]


def test_a_renewed_lease_outlives_its_length_while_a_lapsed_one_is_reported_lost(run):
    holder, other = run("holder", lease_seconds=0.3), run("other", lease_seconds=0.3)
    holder.seed(PORTALS[:2])
    assert holder.take().portal == "beijing"
    deadline = time.monotonic() + 1.5  # five lease lengths, renewed all along
    while time.monotonic() < deadline:
        assert holder.renew(["beijing"]) == []
        taken = other.take().portal
        assert taken in (None, "fujian_pingtan")
    assert other.progress().leased == 2
    assert holder.finish("beijing")
    assert holder.renew(["beijing"]) == ["beijing"]  # finished: nothing left to renew


def test_a_released_portal_goes_to_the_next_worker_at_once(run):
    stopping, next_worker = run("stopping"), run("next")
    stopping.seed(PORTALS)
    assert stopping.take().portal == "beijing"
    assert stopping.release("beijing")
    assert next_worker.take().portal == "beijing"
    assert not stopping.release("beijing")  # no longer its own


def test_a_run_needs_a_name_and_portals(run, redis_url):
    with pytest.raises(ValueError, match="needs a name"):
        PortalQueue(redis.Redis.from_url(redis_url), "", "w", 60)
    with pytest.raises(ValueError, match="at least one portal"):
        run("w").seed([])
