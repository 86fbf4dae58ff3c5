"""The database's schema: plain tables, indexes, full-text search and views, built by migrations.

``PRAGMA user_version`` holds the number of migrations applied; a database is
brought up to date by applying the ones it lacks, in order, each in its own
transaction. A migration is never edited once released: a change is a new one.
``PRAGMA application_id`` marks the file as an auditor ledger.
"""

from __future__ import annotations

APPLICATION_ID = 0x41554454  # "AUDT"

_FIRST = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,           -- the input as given: a path or a URL
    kind TEXT NOT NULL,             -- file, url, stdin
    url TEXT,                       -- the URL read, or the page's canonical URL
    domain TEXT,                    -- registrable domain of url
    site TEXT,                      -- the site name the page gives
    title TEXT,
    author TEXT,
    published TEXT,                 -- publication date the page gives (YYYY-MM-DD)
    article_type TEXT,              -- news, opinion, other, or NULL when the page does not say
    language TEXT,
    sha256 TEXT,                    -- of the bytes audited; NULL when the input was not read
    version INTEGER NOT NULL,       -- 1, 2, ... for each new content of the same target
    audited_at TEXT NOT NULL,       -- UTC, ISO 8601
    tool_version TEXT NOT NULL,
    pack_version TEXT,              -- fingerprint of the rule packs and settings used
    sentences INTEGER,
    claims INTEGER,
    sourced INTEGER,
    editorial INTEGER,
    unsourced INTEGER,
    sourced_anonymous INTEGER,
    named_sources INTEGER,
    anonymous_sources INTEGER,
    anonymous_share REAL,           -- sourced_anonymous / sourced
    words INTEGER
);
CREATE INDEX articles_target ON articles (target, sha256);
CREATE INDEX articles_domain ON articles (domain, published);
CREATE INDEX articles_sha256 ON articles (sha256);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: the search index relies on it
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,           -- from 0, as in the JSON report
    paragraph INTEGER,
    label TEXT NOT NULL,            -- SOURCED, EDITORIAL, UNSOURCED
    claim INTEGER NOT NULL,         -- 0 for a sentence flagged not_a_claim
    strength TEXT,                  -- named, anonymous
    source TEXT,
    source_type TEXT,
    cue TEXT,
    flags TEXT,                     -- JSON list
    framing TEXT,                   -- JSON list of framing cues in the writer's voice
    framing_score REAL,
    text TEXT NOT NULL,
    UNIQUE (article_id, idx)
);
CREATE INDEX sentences_label ON sentences (label);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ledger_id INTEGER NOT NULL,     -- the source's id in the article's report
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    strength TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    forms TEXT,                     -- JSON list of the ways the article names it
    sentences TEXT,                 -- JSON list of sentence indexes
    relayed_by TEXT                 -- JSON list of outlets relaying it
);
CREATE INDEX sources_article ON sources (article_id);
CREATE INDEX sources_name ON sources (name COLLATE NOCASE);

CREATE TABLE framing (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    cues INTEGER NOT NULL,          -- how many times it fired in the writer's voice
    words TEXT NOT NULL             -- JSON list of the words it matched
);
CREATE INDEX framing_article ON framing (article_id);
CREATE INDEX framing_rule ON framing (rule);

-- Inputs that could not be audited, the last failure of each target: they are not
-- articles, and an audit that succeeds later removes the target's failure.
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    url TEXT,
    domain TEXT,
    error TEXT NOT NULL,
    reason TEXT,                    -- input, no_text, timeout, http_status, ...
    failed_at TEXT NOT NULL,
    tool_version TEXT NOT NULL
);
"""

# Full-text search over sentence text. Writers add new sentences to the index in bulk
# (auditor.database.store.catch_up: every so many articles and when they close), which
# costs a fifteenth of indexing them article by article; search_state says how far the
# index goes, and the triggers keep the indexed rows in step when they change.
_SEARCH_AND_VIEWS = """
CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content="sentences", content_rowid="id");
INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences;
CREATE TABLE search_state (indexed_up_to INTEGER NOT NULL);
INSERT INTO search_state SELECT coalesce(max(id), 0) FROM sentences;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences
WHEN old.id <= (SELECT indexed_up_to FROM search_state) BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_au AFTER UPDATE ON sentences
WHEN old.id <= (SELECT indexed_up_to FROM search_state) BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIEW latest_articles AS
SELECT a.*, substr(coalesce(a.published, a.audited_at), 1, 7) AS month
FROM articles AS a
WHERE a.version = (SELECT max(b.version) FROM articles AS b WHERE b.target = a.target);

CREATE VIEW domain_totals AS
SELECT domain, count(*) AS articles, sum(claims) AS claims,
    round(100.0 * sum(sourced) / nullif(sum(claims), 0), 1) AS sourced_pct,
    round(100.0 * sum(sourced_anonymous) / nullif(sum(sourced), 0), 1) AS anonymous_pct,
    round(100.0 * sum(editorial) / nullif(sum(claims), 0), 1) AS editorial_pct,
    round(100.0 * sum(unsourced) / nullif(sum(claims), 0), 1) AS unsourced_pct
FROM latest_articles GROUP BY domain;

CREATE VIEW domain_months AS
SELECT domain, month, count(*) AS articles, sum(claims) AS claims,
    round(100.0 * sum(sourced) / nullif(sum(claims), 0), 1) AS sourced_pct,
    round(100.0 * sum(sourced_anonymous) / nullif(sum(sourced), 0), 1) AS anonymous_pct,
    round(100.0 * sum(editorial) / nullif(sum(claims), 0), 1) AS editorial_pct,
    round(100.0 * sum(unsourced) / nullif(sum(claims), 0), 1) AS unsourced_pct
FROM latest_articles GROUP BY domain, month;
"""

#: The migrations, in order; the database's ``user_version`` counts those applied.
MIGRATIONS: tuple[str, ...] = (_FIRST, _SEARCH_AND_VIEWS)
VERSION = len(MIGRATIONS)
