"""Shared pytest fixtures, and a cache folder of the run's own."""

import os
import shutil
import tempfile

from tests.httpserver import (  # noqa: F401 - registers the fixtures
    blackhole_url,
    http_server,
    https_server,
    refused_url,
    self_signed_certificate,
)


def pytest_configure(config):
    """Built rule sets are cached in a folder of this run, never the user's (packcache)."""
    config.auditor_cache = tempfile.mkdtemp(prefix="auditor-tests-")
    os.environ["AUDITOR_CACHE_DIR"] = config.auditor_cache


def pytest_unconfigure(config):
    shutil.rmtree(config.auditor_cache, ignore_errors=True)
