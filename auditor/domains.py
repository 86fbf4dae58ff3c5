"""Registrable domains: ``www.bbc.co.uk`` and ``news.bbc.co.uk`` are both ``bbc.co.uk``.

The Public Suffix List comes from the ``publicsuffixlist`` package, which ships a
snapshot of it (a new release every week or so) and never downloads it at run
time. It is loaded on first use (a tenth of a second), not when auditor starts.
Private suffixes count (``someone.github.io`` is its own outlet), as browsers count them.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import urlsplit

_HOST = re.compile(r"[^\s/\\:@?#]+")  # no space, slash, colon, @, ? or # in a host name


def host_of(url: str | None) -> str | None:
    """The lower-case host name of an http(s) URL, without a trailing dot; None otherwise."""
    if not url or "://" not in url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.rstrip(".") or None if host else None


@lru_cache(maxsize=4096)
def registrable_domain(host: str | None) -> str | None:
    """The registrable domain of ``host`` (a host name or a URL).

    An IP address or a single-label host (``localhost``) is its own domain; a bare
    public suffix (``co.uk``) has none.
    """
    if host and "://" in host:
        host = host_of(host)
    if not host:
        return None
    host = host.lower().rstrip(".")
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    if not _HOST.fullmatch(host):
        return None
    if "." not in host:
        return host
    if host.isascii():
        return _suffixes().privatesuffix(host)
    try:  # the list is matched in punycode; the domain is given back as it was written
        domain = _suffixes().privatesuffix(host.encode("idna").decode("ascii"))
        return domain.encode("ascii").decode("idna") if domain else None
    except UnicodeError:
        return _suffixes().privatesuffix(host)


@lru_cache(maxsize=1)
def _suffixes():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()
