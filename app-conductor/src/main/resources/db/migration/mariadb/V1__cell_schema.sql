-- jnova cell database, first schema (mariadb). Whole objects live in the JSON column data;
-- the other columns mirror the fields that are queried. deleted = id marks a soft-deleted row.
CREATE TABLE instances (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  row_version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  deleted_at DATETIME(6) NULL,
  deleted BIGINT NOT NULL DEFAULT 0,
  data LONGTEXT NOT NULL,
  uuid VARCHAR(255),
  project_id VARCHAR(255),
  user_id VARCHAR(255),
  host VARCHAR(255),
  node VARCHAR(255),
  vm_state VARCHAR(255),
  task_state VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE services (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  row_version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  deleted_at DATETIME(6) NULL,
  deleted BIGINT NOT NULL DEFAULT 0,
  data LONGTEXT NOT NULL,
  host VARCHAR(255),
  service_binary VARCHAR(255),
  topic VARCHAR(255),
  report_count BIGINT,
  disabled BOOLEAN,
  forced_down BOOLEAN,
  version BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE instance_actions (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  row_version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  deleted_at DATETIME(6) NULL,
  deleted BIGINT NOT NULL DEFAULT 0,
  data LONGTEXT NOT NULL,
  instance_uuid VARCHAR(255),
  request_id VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE instance_actions_events (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  row_version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  deleted_at DATETIME(6) NULL,
  deleted BIGINT NOT NULL DEFAULT 0,
  data LONGTEXT NOT NULL,
  action_id BIGINT,
  event_name VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE instance_faults (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  row_version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  deleted_at DATETIME(6) NULL,
  deleted BIGINT NOT NULL DEFAULT 0,
  data LONGTEXT NOT NULL,
  instance_uuid VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE compute_nodes (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  row_version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  deleted_at DATETIME(6) NULL,
  deleted BIGINT NOT NULL DEFAULT 0,
  data LONGTEXT NOT NULL,
  uuid VARCHAR(255),
  host VARCHAR(255),
  hypervisor_hostname VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE flavors (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  row_version BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  deleted_at DATETIME(6) NULL,
  deleted BIGINT NOT NULL DEFAULT 0,
  data LONGTEXT NOT NULL,
  flavorid VARCHAR(255),
  name VARCHAR(255),
  disabled BOOLEAN
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX uniq_instances0uuid ON instances (uuid);
CREATE INDEX instances_host_idx ON instances (host, deleted);
CREATE INDEX instances_project_idx ON instances (project_id, deleted);
CREATE UNIQUE INDEX uniq_services0host0binary0deleted ON services (host, service_binary, deleted);
CREATE UNIQUE INDEX uniq_services0host0topic0deleted ON services (host, topic, deleted);
CREATE INDEX instance_uuid_request_id_idx ON instance_actions (instance_uuid, request_id);
CREATE INDEX instance_actions_events_action_id_idx ON instance_actions_events (action_id);
CREATE INDEX instance_faults_instance_uuid_idx ON instance_faults (instance_uuid);
CREATE UNIQUE INDEX uniq_compute_nodes0host0hypervisor_hostname0deleted ON compute_nodes (host, hypervisor_hostname, deleted);
CREATE UNIQUE INDEX uniq_flavors0flavorid0deleted ON flavors (flavorid, deleted);
