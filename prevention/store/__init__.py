"""The store: its tables, the SQLite and PostgreSQL backends, and what reads or writes them."""
