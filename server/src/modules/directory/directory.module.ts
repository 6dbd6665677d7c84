import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { AuthModule } from '../auth/index.js';
import { DepartmentsService } from './departments.service.js';
import { EnterpriseAccountsService } from './enterprise-accounts.service.js';
import { EnterpriseExcelService } from './enterprise-excel.service.js';
import { EnterprisesService } from './enterprises.service.js';
import { GridsService } from './grids.service.js';
import { ServicePointsService } from './service-points.service.js';

const SERVICES = [
  GridsService,
  DepartmentsService,
  EnterprisesService,
  ServicePointsService,
  EnterpriseAccountsService,
  EnterpriseExcelService,
];

@Module({
  imports: [AuditModule, AuthModule],
  providers: [...SERVICES],
  exports: [...SERVICES],
})
export class DirectoryModule {}
