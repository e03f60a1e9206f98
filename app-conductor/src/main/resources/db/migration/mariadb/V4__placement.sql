-- The embedded Placement (the default): resource providers (compute nodes), their inventories, consumers
-- with generations, allocations and traits, as OpenStack Placement keeps them. Each inventory row also
-- keeps the amount allocated from it (used), so a claim checks and takes capacity in one conditional
-- UPDATE of that row: concurrent claimers from any process wait for the row and re-check.
CREATE TABLE resource_providers (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  uuid VARCHAR(36) NOT NULL,
  name VARCHAR(200) NOT NULL,
  generation BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uniq_resource_providers0uuid ON resource_providers (uuid);
CREATE UNIQUE INDEX uniq_resource_providers0name ON resource_providers (name);
CREATE TABLE inventories (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  resource_provider_id BIGINT NOT NULL,
  resource_class VARCHAR(255) NOT NULL,
  total BIGINT NOT NULL,
  reserved BIGINT NOT NULL,
  min_unit BIGINT NOT NULL,
  max_unit BIGINT NOT NULL,
  step_size BIGINT NOT NULL,
  allocation_ratio DOUBLE NOT NULL,
  capacity BIGINT NOT NULL,
  used BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uniq_inventories0resource_provider_resource_class ON inventories (resource_provider_id, resource_class);
CREATE TABLE consumers (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  uuid VARCHAR(36) NOT NULL,
  project_id VARCHAR(255) NOT NULL,
  user_id VARCHAR(255) NOT NULL,
  generation BIGINT NOT NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uniq_consumers0uuid ON consumers (uuid);
CREATE TABLE allocations (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  resource_provider_id BIGINT NOT NULL,
  consumer_id VARCHAR(36) NOT NULL,
  resource_class VARCHAR(255) NOT NULL,
  used BIGINT NOT NULL,
  created_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX allocations_consumer_id_idx ON allocations (consumer_id);
CREATE INDEX allocations_resource_provider_id_idx ON allocations (resource_provider_id);
CREATE TABLE resource_provider_traits (
  resource_provider_id BIGINT NOT NULL,
  trait VARCHAR(255) NOT NULL,
  PRIMARY KEY (resource_provider_id, trait)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
