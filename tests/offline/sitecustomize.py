"""Loaded at start-up by crawl subprocesses of the fault tests: records every attempt to reach another machine.

Name lookups of any host but this machine's, and connections to any address but loopback, are appended to the file
named by GONGKAI_NETWORK_LOG (and still made: the test asserts the file stays empty, it does not fake the network).
"""

import ipaddress
import os
import socket

_LOG = os.environ.get("GONGKAI_NETWORK_LOG")
_LOCAL_NAMES = {"localhost", "127.0.0.1", "::1", ""}


def _record(what: str) -> None:
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\n")


def _is_loopback(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in _LOCAL_NAMES or isinstance(host, bytes)


if _LOG:
    _getaddrinfo = socket.getaddrinfo
    _connect = socket.socket.connect
    _connect_ex = socket.socket.connect_ex

    def getaddrinfo(host, *args, **kwargs):
        if host is not None and str(host) not in _LOCAL_NAMES:
            _record(f"lookup {host}")
        return _getaddrinfo(host, *args, **kwargs)

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            _record(f"connect {address}")
        return _connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            _record(f"connect {address}")
        return _connect_ex(self, address)

    socket.getaddrinfo = getaddrinfo
    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
