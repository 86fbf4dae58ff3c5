"""``auditor config``: which configuration file is in force, and the settings it resolves to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from auditor.cli import common


@common.handle_errors
def show_config(config: common.ConfigOption = None) -> None:
    """Show the configuration file in force (looked up from here upward) and every setting."""
    from dataclasses import asdict, fields

    from auditor import gate
    from auditor.fetch import FetchOptions

    settings, cfg = common.settings_from(config)
    if cfg.path is None:
        print(f"# no configuration file from {Path.cwd()} upward: the defaults are in force")
    else:
        print(f"# configuration in force: {cfg.path}")
    width, color = common.output_from(cfg, None, None)
    top: dict[str, Any] = {
        "threshold": settings.threshold,
        "packs": list(settings.packs),
        "disable": list(settings.disabled),
        "any_language": settings.any_language,
        "max_bytes": settings.max_bytes,
        "max_sentences": settings.max_sentences,
        "fail_under": gate.parse(cfg.thresholds("fail_under")),
        "fail_over": gate.parse(cfg.thresholds("fail_over")),
        "width": width,
        "color": color,
        "jobs": cfg.values.get("jobs") or common.cores(),
        "glob": cfg.values.get("glob"),
        "sort": cfg.values.get("sort", "order"),
        "reverse": cfg.values.get("reverse", False),
        "quiet": cfg.values.get("quiet", False),
    }
    print("[tool.auditor]")
    _lines(top)
    fetch = common.fetch_options_from(cfg)
    print("\n[tool.auditor.fetch]")
    _lines({f.name: asdict(fetch)[f.name] for f in fields(FetchOptions)})


def _lines(values: dict[str, Any]) -> None:
    import json

    for key, value in values.items():
        if value is None:
            print(f"# {key}: not set (the default)")
        elif isinstance(value, dict):
            shown = ", ".join(f"{k} = {v:g}" for k, v in value.items())
            print(f"{key} = {{ {shown} }}" if shown else f"{key} = {{}}")
        else:
            print(f"{key} = {json.dumps(value, ensure_ascii=False)}")
