import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { AuditService } from '../audit/index.js';
import {
  DepartmentInput,
  EnterpriseInput,
  EnterprisePageArgs,
  GridInput,
  ServicePointInput,
} from './directory.inputs.js';
import {
  ChangeRecordType,
  ClaimStatusEnum,
  DepartmentType,
  EnterpriseAccountType,
  EnterpriseClaimType,
  EnterprisePage,
  EnterpriseType,
  GridType,
  ImportReportType,
  ServicePointType,
} from './directory.types.js';
import { DepartmentsService } from './departments.service.js';
import { EnterpriseAccountsService } from './enterprise-accounts.service.js';
import { EnterpriseExcelService } from './enterprise-excel.service.js';
import { EnterprisesService } from './enterprises.service.js';
import { GridsService } from './grids.service.js';
import { ServicePointsService } from './service-points.service.js';
import { OptionalInput } from '../../common/validation.js';

/** Admin API: grids, departments and service points, maintained by the system administrator. */
@Resolver()
export class OrganisationAdminResolver {
  constructor(
    private readonly gridService: GridsService,
    private readonly departmentService: DepartmentsService,
    private readonly servicePointService: ServicePointsService,
  ) {}

  @Query(() => [GridType], { description: 'The whole grid tree, parents before children' })
  @Allow('organisation.read')
  grids(@Args('includeInactive', { defaultValue: false }) includeInactive: boolean): Promise<GridType[]> {
    return this.gridService.list(includeInactive);
  }

  @Mutation(() => GridType)
  @Allow('organisation.write')
  createGrid(@CurrentViewer() viewer: Viewer, @Args('input') input: GridInput): Promise<GridType> {
    return this.gridService.create(viewer, input);
  }

  @Mutation(() => GridType)
  @Allow('organisation.write')
  renameGrid(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('name') name: string,
    @Args('code') code: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<GridType> {
    return this.gridService.rename(viewer, id, name, code, version);
  }

  @Mutation(() => GridType)
  @Allow('organisation.write')
  moveGrid(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('parentId', { type: () => ID }) parentId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<GridType> {
    return this.gridService.move(viewer, id, parentId, version);
  }

  @Mutation(() => GridType)
  @Allow('organisation.write')
  setGridActive(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
  ): Promise<GridType> {
    return this.gridService.setActive(viewer, id, active);
  }

  @Mutation(() => Boolean, { description: 'Removes an empty grid; refused while it holds anything' })
  @Allow('organisation.write')
  removeGrid(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.gridService.remove(viewer, id);
  }

  @Query(() => [DepartmentType])
  @Allow('organisation.read')
  departments(
    @Args('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<DepartmentType[]> {
    return this.departmentService.list(includeInactive);
  }

  @Mutation(() => DepartmentType)
  @Allow('organisation.write')
  createDepartment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DepartmentInput,
  ): Promise<DepartmentType> {
    return this.departmentService.create(viewer, input);
  }

  @Mutation(() => DepartmentType)
  @Allow('organisation.write')
  updateDepartment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DepartmentInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<DepartmentType> {
    return this.departmentService.update(viewer, id, input, version);
  }

  @Mutation(() => DepartmentType)
  @Allow('organisation.write')
  setDepartmentActive(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
  ): Promise<DepartmentType> {
    return this.departmentService.setActive(viewer, id, active);
  }

  @Query(() => [ServicePointType], { name: 'servicePointsAdmin' })
  @Allow('directory.read')
  servicePointsAdmin(): Promise<ServicePointType[]> {
    return this.servicePointService.list({ includeInactive: true });
  }

  @Mutation(() => ServicePointType)
  @Allow('organisation.write')
  createServicePoint(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ServicePointInput,
  ): Promise<ServicePointType> {
    return this.servicePointService.save(viewer, null, input);
  }

  @Mutation(() => ServicePointType)
  @Allow('organisation.write')
  updateServicePoint(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ServicePointInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ServicePointType> {
    return this.servicePointService.save(viewer, id, input, version);
  }

  @Mutation(() => ServicePointType)
  @Allow('organisation.write')
  setServicePointActive(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
  ): Promise<ServicePointType> {
    return this.servicePointService.setActive(viewer, id, active);
  }
}

/** Admin API: the enterprise directory, its 360° page and account verification. */
@Resolver()
export class EnterprisesAdminResolver {
  constructor(
    private readonly enterpriseService: EnterprisesService,
    private readonly accountService: EnterpriseAccountsService,
    private readonly auditService: AuditService,
    private readonly excel: EnterpriseExcelService,
  ) {}

  @Query(() => String, { description: 'The .xlsx import template, base64' })
  @Allow('directory.write')
  enterpriseImportTemplate(): Promise<string> {
    return this.excel.template();
  }

  @Mutation(() => ImportReportType, {
    description: 'Imports an .xlsx file (base64): valid rows land, invalid rows are reported',
  })
  @Allow('directory.write')
  importEnterprises(@CurrentViewer() viewer: Viewer, @Args('file') file: string): Promise<ImportReportType> {
    return this.excel.import(viewer, file);
  }

  @Query(() => EnterprisePage)
  @Allow('directory.read')
  enterprises(
    @CurrentViewer() viewer: Viewer,
    @OptionalInput('page', EnterprisePageArgs) page: EnterprisePageArgs | null,
  ): Promise<EnterprisePage> {
    return this.enterpriseService.list(viewer, page ?? { sort: 'NEWEST', first: 20 });
  }

  @Query(() => EnterpriseType)
  @Allow('directory.read')
  enterprise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EnterpriseType> {
    return this.enterpriseService.get(viewer, id);
  }

  @Query(() => [EnterpriseAccountType])
  @Allow('directory.read')
  enterpriseAccounts(
    @Args('enterpriseId', { type: () => ID }) enterpriseId: string,
  ): Promise<EnterpriseAccountType[]> {
    return this.accountService.accountsOf(enterpriseId);
  }

  @Query(() => [ChangeRecordType], { description: 'Who changed the enterprise, when, before and after' })
  @Allow('directory.read')
  async enterpriseHistory(
    @Args('enterpriseId', { type: () => ID }) enterpriseId: string,
  ): Promise<ChangeRecordType[]> {
    const rows = await this.auditService.historyOf('enterprise', enterpriseId);
    return rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at,
      actorName: row.actor_name,
      action: row.action,
      details: row.details,
    }));
  }

  @Mutation(() => EnterpriseType)
  @Allow('directory.write')
  createEnterprise(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EnterpriseInput,
  ): Promise<EnterpriseType> {
    return this.enterpriseService.create(viewer, input);
  }

  @Mutation(() => EnterpriseType)
  @Allow('directory.write')
  updateEnterprise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EnterpriseInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<EnterpriseType> {
    return this.enterpriseService.update(viewer, id, input, version);
  }

  @Query(() => [EnterpriseClaimType], { description: 'Enterprise account registrations, newest first' })
  @Allow('directory.claims')
  enterpriseClaims(
    @Args('status', { type: () => ClaimStatusEnum, nullable: true }) status: string | null,
  ): Promise<EnterpriseClaimType[]> {
    return this.accountService.claims(status);
  }

  @Mutation(() => EnterpriseClaimType)
  @Allow('directory.claims')
  approveEnterpriseClaim(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EnterpriseClaimType> {
    return this.accountService.decide(viewer, id, true, null);
  }

  @Mutation(() => EnterpriseClaimType)
  @Allow('directory.claims')
  rejectEnterpriseClaim(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<EnterpriseClaimType> {
    return this.accountService.decide(viewer, id, false, reason);
  }
}
