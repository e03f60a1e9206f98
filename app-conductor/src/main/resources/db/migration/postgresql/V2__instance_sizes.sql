-- Instance sizes as columns, so the scheduler sums a node's usage in one statement.
ALTER TABLE instances ADD COLUMN memory_mb BIGINT;
ALTER TABLE instances ADD COLUMN vcpus BIGINT;
ALTER TABLE instances ADD COLUMN root_gb BIGINT;
ALTER TABLE instances ADD COLUMN ephemeral_gb BIGINT;
CREATE INDEX instances_host_node_idx ON instances (host, node, deleted);
