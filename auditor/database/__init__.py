"""The ledger database: every audited article, its sentences and its sources, in SQLite.

- :mod:`.schema` the tables, views and the migrations that build them, step by step;
- :mod:`.records` an article's rows, made from its report (in a batch's workers);
- :mod:`.store` opening a database (checks, migrations) and writing one article per transaction;
- :mod:`.queries` outlets and sources side by side.

See ``docs/database.md``.
"""
