"""Rendering: page shell, charts, maps, tables and notes. Never queries the store."""
