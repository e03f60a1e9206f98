-- instances_host_node_idx (host, node, deleted) from V2 serves every (host, deleted) lookup as its prefix;
-- the old two-column index only cost a write per instance insert/update.
DROP INDEX instances_host_idx;
