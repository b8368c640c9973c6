"""Loaded by a test server's interpreter (PYTHONPATH): notes every connection it opens.

An audit hook sees each `socket.connect` and `socket.getaddrinfo` of the process, library
code included; any whose address is not on this machine is written to SERVER_AUDIT_LOG.
"""

import ipaddress
import os
import sys

LOG = os.environ.get("SERVER_AUDIT_LOG")
LOCAL_NAMES = {"localhost", "", None}


def _local(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    if host in LOCAL_NAMES or not isinstance(host, str):
        return True
    try:
        address = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return host.endswith(".localhost")
    return address.is_loopback or address.is_unspecified


def _hook(event: str, args: tuple) -> None:
    if event == "socket.connect":
        target = args[1]
        host = target[0] if isinstance(target, tuple) else None  # a path: a local socket
    elif event == "socket.getaddrinfo":
        host = args[0]
    else:
        return
    if not _local(host):
        with open(LOG, "a", encoding="utf-8") as log:  # type: ignore[arg-type]
            log.write(f"{event} {host!r}\n")


if LOG:
    sys.addaudithook(_hook)
