"""Shared pytest fixtures."""

from tests.httpserver import (  # noqa: F401 - registers the fixtures
    blackhole_url,
    http_server,
    https_server,
    refused_url,
    self_signed_certificate,
)
