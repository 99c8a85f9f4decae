import * as migration_20261126_234414_init from './20261126_234414_init';
import * as migration_20261127_004600_user_roles from './20261127_004600_user_roles';
import * as migration_20261127_011920_workflow from './20261127_011920_workflow';
import * as migration_20261127_013821_audit_log from './20261127_013821_audit_log';
import * as migration_20261127_015903_scheduled_jobs from './20261127_015903_scheduled_jobs';
import * as migration_20261127_022620_password_changed_at from './20261127_022620_password_changed_at';
import * as migration_20261127_024152_file_public from './20261127_024152_file_public';
import * as migration_20261127_032327_public_documents from './20261127_032327_public_documents';
import * as migration_20261127_044122_api_keys_file_uids from './20261127_044122_api_keys_file_uids';
import * as migration_20261127_050635_webhooks from './20261127_050635_webhooks';
import * as migration_20261127_052156_public_documents_order from './20261127_052156_public_documents_order';
import * as migration_20261127_074029_search_index from './20261127_074029_search_index';
import * as migration_20261127_103504_disclosure_requests from './20261127_103504_disclosure_requests';
import * as migration_20261127_105330_clocks_reports_notifications from './20261127_105330_clocks_reports_notifications';
import * as migration_20261127_113802_import_fingerprint from './20261127_113802_import_fingerprint';
import * as migration_20261127_134509_import_runs from './20261127_134509_import_runs';
import * as migration_20261203_070529_version_indexes from './20261203_070529_version_indexes';
import * as migration_20261203_075839_content_seal from './20261203_075839_content_seal';

export const migrations = [
  {
    up: migration_20261126_234414_init.up,
    down: migration_20261126_234414_init.down,
    name: '20261126_234414_init',
  },
  {
    up: migration_20261127_004600_user_roles.up,
    down: migration_20261127_004600_user_roles.down,
    name: '20261127_004600_user_roles',
  },
  {
    up: migration_20261127_011920_workflow.up,
    down: migration_20261127_011920_workflow.down,
    name: '20261127_011920_workflow',
  },
  {
    up: migration_20261127_013821_audit_log.up,
    down: migration_20261127_013821_audit_log.down,
    name: '20261127_013821_audit_log',
  },
  {
    up: migration_20261127_015903_scheduled_jobs.up,
    down: migration_20261127_015903_scheduled_jobs.down,
    name: '20261127_015903_scheduled_jobs',
  },
  {
    up: migration_20261127_022620_password_changed_at.up,
    down: migration_20261127_022620_password_changed_at.down,
    name: '20261127_022620_password_changed_at',
  },
  {
    up: migration_20261127_024152_file_public.up,
    down: migration_20261127_024152_file_public.down,
    name: '20261127_024152_file_public',
  },
  {
    up: migration_20261127_032327_public_documents.up,
    down: migration_20261127_032327_public_documents.down,
    name: '20261127_032327_public_documents',
  },
  {
    up: migration_20261127_044122_api_keys_file_uids.up,
    down: migration_20261127_044122_api_keys_file_uids.down,
    name: '20261127_044122_api_keys_file_uids',
  },
  {
    up: migration_20261127_050635_webhooks.up,
    down: migration_20261127_050635_webhooks.down,
    name: '20261127_050635_webhooks',
  },
  {
    up: migration_20261127_052156_public_documents_order.up,
    down: migration_20261127_052156_public_documents_order.down,
    name: '20261127_052156_public_documents_order',
  },
  {
    up: migration_20261127_074029_search_index.up,
    down: migration_20261127_074029_search_index.down,
    name: '20261127_074029_search_index',
  },
  {
    up: migration_20261127_103504_disclosure_requests.up,
    down: migration_20261127_103504_disclosure_requests.down,
    name: '20261127_103504_disclosure_requests',
  },
  {
    up: migration_20261127_105330_clocks_reports_notifications.up,
    down: migration_20261127_105330_clocks_reports_notifications.down,
    name: '20261127_105330_clocks_reports_notifications',
  },
  {
    up: migration_20261127_113802_import_fingerprint.up,
    down: migration_20261127_113802_import_fingerprint.down,
    name: '20261127_113802_import_fingerprint',
  },
  {
    up: migration_20261127_134509_import_runs.up,
    down: migration_20261127_134509_import_runs.down,
    name: '20261127_134509_import_runs',
  },
  {
    up: migration_20261203_070529_version_indexes.up,
    down: migration_20261203_070529_version_indexes.down,
    name: '20261203_070529_version_indexes',
  },
  {
    up: migration_20261203_075839_content_seal.up,
    down: migration_20261203_075839_content_seal.down,
    name: '20261203_075839_content_seal'
  },
];
