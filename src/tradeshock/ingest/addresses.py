"""Which IP addresses a URL may be fetched from.

Anything that is not an ordinary public unicast address is refused unless the caller allows
private addresses: private ranges, loopback, link-local, multicast, reserved, documentation and
benchmarking ranges, carrier-grade NAT, unspecified. IPv6 addresses that carry an IPv4 address
(IPv4-mapped ``::ffff:a.b.c.d``, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``) are judged by the
IPv4 address inside them. The tables below are explicit so the answer does not depend on the
Python patch release; ``ipaddress``'s own ``is_global`` is a final safety net.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_V4_TABLE = (
    ("0.0.0.0/8", "an unspecified ('this network') address"),
    ("10.0.0.0/8", "a private address"),
    ("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
    ("127.0.0.0/8", "a loopback address"),
    ("169.254.0.0/16", "a link-local address"),
    ("172.16.0.0/12", "a private address"),
    ("192.0.0.0/24", "a reserved (IETF protocol) address"),
    ("192.0.2.0/24", "a reserved (documentation) address"),
    ("192.88.99.0/24", "a reserved (6to4 relay) address"),
    ("192.168.0.0/16", "a private address"),
    ("198.18.0.0/15", "a reserved (benchmarking) address"),
    ("198.51.100.0/24", "a reserved (documentation) address"),
    ("203.0.113.0/24", "a reserved (documentation) address"),
    ("224.0.0.0/4", "a multicast address"),
    ("255.255.255.255/32", "a broadcast address"),
    ("240.0.0.0/4", "a reserved address"),
)
_V6_TABLE = (
    ("::/128", "an unspecified address"),
    ("::1/128", "a loopback address"),
    ("64:ff9b:1::/48", "a private (local NAT64) address"),
    ("100::/64", "a reserved (discard) address"),
    ("2001::/23", "a reserved (IETF protocol) address"),
    ("2001:db8::/32", "a reserved (documentation) address"),
    ("fc00::/7", "a private (unique local) address"),
    ("fe80::/10", "a link-local address"),
    ("fec0::/10", "a private (site-local) address"),
    ("ff00::/8", "a multicast address"),
    ("::/8", "a reserved address"),
)
_V4_NETS = tuple((ipaddress.IPv4Network(net), why) for net, why in _V4_TABLE)
_V6_NETS = tuple((ipaddress.IPv6Network(net), why) for net, why in _V6_TABLE)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def parse_ip(value: str | IPAddress) -> IPAddress:
    """An address object from text (IPv6 scope ids such as ``%eth0`` are accepted)."""
    if isinstance(value, ipaddress.IPv4Address | ipaddress.IPv6Address):
        return value
    return ipaddress.ip_address(value.strip().strip("[]"))


def address_problem(value: str | IPAddress) -> str | None:
    """Why ``value`` must not be fetched from ("a loopback address"), or ``None`` when it is public.

    Raises ``ValueError`` when ``value`` is not an IP address.
    """
    ip = parse_ip(value)
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            inner = address_problem(embedded)
            return f"{inner} (inside the IPv6 address {ip})" if inner else None
        for net, why in _V6_NETS:
            if ip in net:
                return why
    else:
        for net, why in _V4_NETS:
            if ip in net:
                return why
    if not ip.is_global:
        return "a non-public address"
    return None


def is_public_address(value: str | IPAddress) -> bool:
    """True when ``value`` is an ordinary public unicast address."""
    return address_problem(value) is None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Networks from text such as ``127.0.0.1`` or ``10.0.0.0/8`` (raises ``ValueError``)."""
    return tuple(ipaddress.ip_network(v.strip(), strict=False) for v in values)


def in_networks(value: str | IPAddress, networks: Iterable[IPNetwork]) -> bool:
    ip = parse_ip(value)
    return any(ip.version == net.version and ip in net for net in networks)
