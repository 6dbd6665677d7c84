/** The directory domain's public surface: other domains import from here, never a file inside. */
export { DirectoryModule } from './directory.module.js';
export { DepartmentsService } from './departments.service.js';
export { EnterpriseFilter } from './directory.inputs.js';
export { EnterpriseType } from './directory.types.js';
export { ENTERPRISE_FILE_COLUMNS } from './enterprise-excel.service.js';
export { enterprisePageQuery } from './enterprises.service.js';
export { enterpriseNameContains } from './enterprise-name.js';
export {
  CLAIM_ROW,
  DEPARTMENT_INSERT,
  DEPARTMENT_ROW,
  ENTERPRISE_INSERT,
  GRID_INSERT,
  SERVICE_POINT_INSERT,
  ENTERPRISE_ACCOUNT_ROW,
  ENTERPRISE_ROW,
  GRID_ROW,
  SERVICE_POINT_ROW,
} from './directory-rows.js';
export { directoryScope, seesWholeDirectory } from './directory-scope.js';
