"""The portal queue of a shared run, in Redis: many crawl processes (workers, on one machine or many) take the
run's portals from it until none is left.

A portal is leased, not popped: the worker that takes it holds it for `lease_seconds` and renews the lease while
it crawls; once all of the portal's requests have finished it says so (`finish`). A worker that dies (kill -9, a
lost machine) renews nothing: its lease runs out and the next worker that asks gets the portal. So each portal is
crawled by one worker at a time (per-site politeness holds across workers) and none is lost.

Every change is one Lua script, which Redis runs atomically, timed by the Redis server's clock (workers' clocks may
differ): several workers starting the run at once seed it once; two asking at once never get the same portal.
"""

from __future__ import annotations

from dataclasses import dataclass

import redis

# Keys of a run share the {run} hash tag, so a Redis Cluster keeps them in one slot, as scripts need.
KEYS = ("portals", "pending", "leases", "owners", "done", "takeovers")

_NOW_MS = "local clock = redis.call('TIME'); local now = clock[1] * 1000 + math.floor(clock[2] / 1000)\n"

# KEYS: portals, pending; ARGV: the selected portal ids. 1 when this call seeded the run, 0 when it existed.
SEED = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SADD', KEYS[1], unpack(ARGV))
redis.call('RPUSH', KEYS[2], unpack(ARGV))
return 1
"""

# KEYS: pending, leases, owners, takeovers; ARGV: worker, lease in ms.
# Expired leases first go back to the front of the queue, then the front portal is leased to the worker.
TAKE = (
    _NOW_MS
    + """
for _, portal in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)) do
  redis.call('ZREM', KEYS[2], portal)
  redis.call('HDEL', KEYS[3], portal)
  redis.call('HINCRBY', KEYS[4], portal, 1)
  redis.call('LPUSH', KEYS[1], portal)
end
local portal = redis.call('LPOP', KEYS[1])
if portal then
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), portal)
  redis.call('HSET', KEYS[3], portal, ARGV[1])
  return {'portal', portal, tonumber(redis.call('HGET', KEYS[4], portal) or '0')}
end
local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
if #first == 0 then return {'finished'} end
return {'wait', tonumber(first[2]) - now}
"""
)

# KEYS: leases, owners; ARGV: worker, lease in ms, portal ids. Returns the portals whose lease the worker lost.
RENEW = (
    _NOW_MS
    + """
local lost = {}
for i = 3, #ARGV do
  if redis.call('HGET', KEYS[2], ARGV[i]) == ARGV[1] then
    redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[i])
  else
    table.insert(lost, ARGV[i])
  end
end
return lost
"""
)

# KEYS: leases, owners, and done (FINISH) or pending (RELEASE); ARGV: worker, portal. 1 when the worker held it.
_IF_HELD = """
if redis.call('HGET', KEYS[2], ARGV[2]) ~= ARGV[1] then return 0 end
redis.call('ZREM', KEYS[1], ARGV[2])
redis.call('HDEL', KEYS[2], ARGV[2])
"""
FINISH = _IF_HELD + "redis.call('SADD', KEYS[3], ARGV[2])\nreturn 1\n"
RELEASE = _IF_HELD + "redis.call('LPUSH', KEYS[3], ARGV[2])\nreturn 1\n"


@dataclass(frozen=True)
class Turn:
    """What the queue answers a worker asking for a portal: one (`portal`), or none for now (`wait_seconds` until
    the first lease held elsewhere runs out), or none ever again (`finished`: nothing pending, nothing leased)."""

    portal: str | None = None
    taken_over: int = 0  # how often this portal's lease ran out before (a worker died holding it)
    wait_seconds: float = 0.0
    finished: bool = False


@dataclass(frozen=True)
class Progress:
    pending: int
    leased: int
    done: int


class PortalQueue:
    """One shared run's portals, as one worker sees them."""

    def __init__(self, client: redis.Redis, run: str, worker: str, lease_seconds: float) -> None:
        if not run:
            raise ValueError("a shared run needs a name")
        self.client = client
        self.run = run
        self.worker = worker
        self.lease_ms = max(1, round(lease_seconds * 1000))
        self.keys = {name: f"gongkai:{{{run}}}:{name}" for name in KEYS}
        self._seed = client.register_script(SEED)
        self._take = client.register_script(TAKE)
        self._renew = client.register_script(RENEW)
        self._finish = client.register_script(FINISH)
        self._release = client.register_script(RELEASE)

    def portals(self) -> set[str]:
        """The portals the run was seeded with (empty before it is)."""
        return {member.decode() for member in self.client.smembers(self.keys["portals"])}

    def seed(self, portal_ids: list[str]) -> bool:
        """Put the portals on the queue in this order, unless the run already exists; True when this call did."""
        if not portal_ids:
            raise ValueError("a shared run needs at least one portal")
        return bool(self._seed(keys=[self.keys["portals"], self.keys["pending"]], args=portal_ids))

    def take(self) -> Turn:
        """Lease the next portal to this worker (one whose lease ran out comes first)."""
        keys = [self.keys[name] for name in ("pending", "leases", "owners", "takeovers")]
        answer = self._take(keys=keys, args=[self.worker, self.lease_ms])
        kind = answer[0].decode()
        if kind == "portal":
            return Turn(portal=answer[1].decode(), taken_over=int(answer[2]))
        if kind == "wait":
            return Turn(wait_seconds=max(int(answer[1]), 0) / 1000)
        return Turn(finished=True)

    def renew(self, portal_ids: list[str]) -> list[str]:
        """Extend this worker's leases by a full lease from now; returns the portals it no longer holds."""
        if not portal_ids:
            return []
        keys = [self.keys["leases"], self.keys["owners"]]
        return [lost.decode() for lost in self._renew(keys=keys, args=[self.worker, self.lease_ms, *portal_ids])]

    def finish(self, portal_id: str) -> bool:
        """The portal is crawled: done for the run. False when the lease had gone to another worker meanwhile."""
        keys = [self.keys["leases"], self.keys["owners"], self.keys["done"]]
        return bool(self._finish(keys=keys, args=[self.worker, portal_id]))

    def release(self, portal_id: str) -> bool:
        """Give a portal back unfinished (the worker stops early): the next worker that asks gets it at once."""
        keys = [self.keys["leases"], self.keys["owners"], self.keys["pending"]]
        return bool(self._release(keys=keys, args=[self.worker, portal_id]))

    def progress(self) -> Progress:
        pipe = self.client.pipeline(transaction=False)
        pipe.llen(self.keys["pending"]).zcard(self.keys["leases"]).scard(self.keys["done"])
        return Progress(*pipe.execute())
