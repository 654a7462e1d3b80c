"""Webhook targets must be public https addresses: never our own network, localhost or cloud
metadata. The host is resolved and every address it resolves to is checked."""

import ipaddress
import socket
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from intervisiewijzer.errors import InvalidInputError

Resolver = Callable[[str, int], Sequence[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def is_public_address(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    blocked = (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )
    return address.is_global and not blocked


def check_webhook_url(url: str, resolve: Resolver) -> str:
    """Return the url when it is a public https address; otherwise a 422 problem."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port or 443
    except ValueError as error:
        raise _url_problem("Dit is geen geldige URL.") from error
    if parts.scheme != "https":
        raise _url_problem("Gebruik een https-adres: webhooks gaan alleen versleuteld over.")
    if not parts.hostname:
        raise _url_problem("Er staat geen host in deze URL.")
    if parts.username or parts.password:
        raise _url_problem("Zet geen gebruikersnaam of wachtwoord in de URL.")
    for address in _addresses(parts.hostname, port, resolve):
        if not is_public_address(address):
            raise _url_problem(
                "Dit adres wijst naar een intern, lokaal of gereserveerd netwerk. "
                "Kies een adres dat vanaf internet bereikbaar is."
            )
    return url.strip()


def _addresses(host: str, port: int, resolve: Resolver) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        found = [ipaddress.ip_address(value) for value in resolve(host, port)]
    except (OSError, ValueError) as error:
        raise _url_problem("We kunnen deze host niet vinden.") from error
    if not found:
        raise _url_problem("We kunnen deze host niet vinden.")
    return found


def _url_problem(message: str) -> InvalidInputError:
    return InvalidInputError(
        message,
        errors=[
            {"field": "url", "loc": ["body", "url"], "message": message, "type": "value_error"}
        ],
    )
