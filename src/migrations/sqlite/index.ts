import * as migration_20261126_234411_init from './20261126_234411_init';
import * as migration_20261127_004557_user_roles from './20261127_004557_user_roles';
import * as migration_20261127_011917_workflow from './20261127_011917_workflow';
import * as migration_20261127_013816_audit_log from './20261127_013816_audit_log';
import * as migration_20261127_015901_scheduled_jobs from './20261127_015901_scheduled_jobs';
import * as migration_20261127_022617_password_changed_at from './20261127_022617_password_changed_at';
import * as migration_20261127_024150_file_public from './20261127_024150_file_public';
import * as migration_20261127_032322_public_documents from './20261127_032322_public_documents';
import * as migration_20261127_044119_api_keys_file_uids from './20261127_044119_api_keys_file_uids';
import * as migration_20261127_050632_webhooks from './20261127_050632_webhooks';
import * as migration_20261127_052153_public_documents_order from './20261127_052153_public_documents_order';
import * as migration_20261127_074026_search_index from './20261127_074026_search_index';
import * as migration_20261127_103455_disclosure_requests from './20261127_103455_disclosure_requests';
import * as migration_20261127_105324_clocks_reports_notifications from './20261127_105324_clocks_reports_notifications';
import * as migration_20261127_113748_import_fingerprint from './20261127_113748_import_fingerprint';
import * as migration_20261127_134505_import_runs from './20261127_134505_import_runs';
import * as migration_20261203_070524_version_indexes from './20261203_070524_version_indexes';
import * as migration_20261203_075837_content_seal from './20261203_075837_content_seal';
import * as migration_20261204_163500_search_automerge from './20261204_163500_search_automerge';

export const migrations = [
  {
    up: migration_20261126_234411_init.up,
    down: migration_20261126_234411_init.down,
    name: '20261126_234411_init',
  },
  {
    up: migration_20261127_004557_user_roles.up,
    down: migration_20261127_004557_user_roles.down,
    name: '20261127_004557_user_roles',
  },
  {
    up: migration_20261127_011917_workflow.up,
    down: migration_20261127_011917_workflow.down,
    name: '20261127_011917_workflow',
  },
  {
    up: migration_20261127_013816_audit_log.up,
    down: migration_20261127_013816_audit_log.down,
    name: '20261127_013816_audit_log',
  },
  {
    up: migration_20261127_015901_scheduled_jobs.up,
    down: migration_20261127_015901_scheduled_jobs.down,
    name: '20261127_015901_scheduled_jobs',
  },
  {
    up: migration_20261127_022617_password_changed_at.up,
    down: migration_20261127_022617_password_changed_at.down,
    name: '20261127_022617_password_changed_at',
  },
  {
    up: migration_20261127_024150_file_public.up,
    down: migration_20261127_024150_file_public.down,
    name: '20261127_024150_file_public',
  },
  {
    up: migration_20261127_032322_public_documents.up,
    down: migration_20261127_032322_public_documents.down,
    name: '20261127_032322_public_documents',
  },
  {
    up: migration_20261127_044119_api_keys_file_uids.up,
    down: migration_20261127_044119_api_keys_file_uids.down,
    name: '20261127_044119_api_keys_file_uids',
  },
  {
    up: migration_20261127_050632_webhooks.up,
    down: migration_20261127_050632_webhooks.down,
    name: '20261127_050632_webhooks',
  },
  {
    up: migration_20261127_052153_public_documents_order.up,
    down: migration_20261127_052153_public_documents_order.down,
    name: '20261127_052153_public_documents_order',
  },
  {
    up: migration_20261127_074026_search_index.up,
    down: migration_20261127_074026_search_index.down,
    name: '20261127_074026_search_index',
  },
  {
    up: migration_20261127_103455_disclosure_requests.up,
    down: migration_20261127_103455_disclosure_requests.down,
    name: '20261127_103455_disclosure_requests',
  },
  {
    up: migration_20261127_105324_clocks_reports_notifications.up,
    down: migration_20261127_105324_clocks_reports_notifications.down,
    name: '20261127_105324_clocks_reports_notifications',
  },
  {
    up: migration_20261127_113748_import_fingerprint.up,
    down: migration_20261127_113748_import_fingerprint.down,
    name: '20261127_113748_import_fingerprint',
  },
  {
    up: migration_20261127_134505_import_runs.up,
    down: migration_20261127_134505_import_runs.down,
    name: '20261127_134505_import_runs',
  },
  {
    up: migration_20261203_070524_version_indexes.up,
    down: migration_20261203_070524_version_indexes.down,
    name: '20261203_070524_version_indexes',
  },
  {
    up: migration_20261203_075837_content_seal.up,
    down: migration_20261203_075837_content_seal.down,
    name: '20261203_075837_content_seal',
  },
  {
    up: migration_20261204_163500_search_automerge.up,
    down: migration_20261204_163500_search_automerge.down,
    name: '20261204_163500_search_automerge',
  },
];
