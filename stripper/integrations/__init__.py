"""Optional integrations with other data tools (each needs its own extra)."""
