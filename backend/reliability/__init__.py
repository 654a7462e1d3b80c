"""Reliability runs (not tests): `make load` and `make outage`. See docs/reliability.md."""
