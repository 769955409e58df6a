"""The address checker that decides which hosts a URL may be fetched from."""

from __future__ import annotations

import pytest

from tradeshock.ingest import address_problem, is_public_address
from tradeshock.ingest.addresses import in_networks, parse_networks


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.255", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "broadcast"),
        ("192.0.2.10", "documentation"),
        ("198.18.0.1", "benchmarking"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("fd12:3456::1", "unique local"),
        ("ff02::1", "multicast"),
        ("2001:db8::1", "documentation"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::7f00:1", "loopback"),
        ("2002:7f00:1::", "loopback"),
        ("2002:c0a8:101::1", "private"),
        ("::127.0.0.1", "reserved"),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved"),
    ],
)
def test_refused_addresses(address: str, words: str) -> None:
    problem = address_problem(address)
    assert problem is not None and words in problem
    assert not is_public_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "93.184.215.14",
        "8.8.8.8",
        "1.1.1.1",
        "172.32.0.1",
        "100.128.0.1",
        "2606:4700:4700::1111",
        "2a00:1450:4009::200e",
        "::ffff:8.8.8.8",
        "[2606:4700:4700::1111]",
    ],
)
def test_public_addresses(address: str) -> None:
    assert address_problem(address) is None
    assert is_public_address(address)


def test_mapped_address_names_the_ipv6_form() -> None:
    problem = address_problem("::ffff:127.0.0.1")
    assert problem == "a loopback address (inside the IPv6 address ::ffff:7f00:1)"


@pytest.mark.parametrize("bad", ["localhost", "300.1.1.1", "", "1.2.3"])
def test_not_an_address(bad: str) -> None:
    with pytest.raises(ValueError):
        address_problem(bad)


def test_allowed_networks() -> None:
    nets = parse_networks(["127.0.0.1", "10.0.0.0/8", "fd00::/8"])
    assert in_networks("127.0.0.1", nets)
    assert not in_networks("127.0.0.2", nets)
    assert in_networks("10.200.1.1", nets)
    assert in_networks("fd00::5", nets)
    assert not in_networks("::1", nets)
