-- Trigram similarity for typo-tolerant search; available on PostgreSQL 15 (server) and 18 (embedded).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
