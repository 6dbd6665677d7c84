import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DEPARTMENT_KIND_CODES,
  ENTERPRISE_SCALE_CODES,
  ENTERPRISE_STATUS_CODES,
  INDUSTRY_CODES,
  type DepartmentKind,
  type EnterpriseScale,
  type EnterpriseStatus,
  type IndustrySection,
  type ServicePointKind,
} from '@gridbridge/shared';
import { enumOf } from '../../graphql/enum-of.js';

export const IndustryEnum = enumOf(INDUSTRY_CODES);
registerEnumType(IndustryEnum, { name: 'Industry', description: 'GB/T 4754-2017 section' });
export const ScaleEnum = enumOf(ENTERPRISE_SCALE_CODES);
registerEnumType(ScaleEnum, { name: 'EnterpriseScale' });
export const EnterpriseStatusEnum = enumOf(ENTERPRISE_STATUS_CODES);
registerEnumType(EnterpriseStatusEnum, { name: 'EnterpriseStatus' });
export const DepartmentKindEnum = enumOf(DEPARTMENT_KIND_CODES);
registerEnumType(DepartmentKindEnum, { name: 'DepartmentKind' });
export const ServicePointKindEnum = enumOf<ServicePointKind>(['CENTRE', 'STATION']);
registerEnumType(ServicePointKindEnum, { name: 'ServicePointKind' });
export const ClaimStatusEnum = enumOf(['PENDING', 'APPROVED', 'REJECTED'] as const);
registerEnumType(ClaimStatusEnum, { name: 'EnterpriseClaimStatus' });
export const EnterpriseSortEnum = enumOf(['NEWEST', 'NAME'] as const);
registerEnumType(EnterpriseSortEnum, { name: 'EnterpriseSort' });

@ObjectType('Grid')
export class GridType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() code: string;
  @Field(() => Int) level: number;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => [ID], { description: 'Ids from the root to this grid, itself included' }) path: string[];
  @Field() active: boolean;
  @Field(() => Int) version: number;
}

@ObjectType('Department')
export class DepartmentType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() shortName: string;
  @Field(() => DepartmentKindEnum) kind: DepartmentKind;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field() active: boolean;
  @Field(() => Int) version: number;
}

@ObjectType('Enterprise')
export class EnterpriseType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() creditCode: string;
  @Field() legalRepresentative: string;
  @Field(() => IndustryEnum) industry: IndustrySection;
  @Field(() => ScaleEnum) scale: EnterpriseScale;
  @Field(() => EnterpriseStatusEnum) status: EnterpriseStatus;
  @Field() address: string;
  @Field(() => ID) gridId: string;
  @Field() contactName: string;
  @Field() contactPhone: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType()
export class EnterprisePage {
  @Field(() => [EnterpriseType]) items: EnterpriseType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('ServicePoint')
export class ServicePointType {
  @Field(() => ID) id: string;
  @Field(() => ID) gridId: string;
  @Field(() => ServicePointKindEnum) kind: ServicePointKind;
  @Field() name: string;
  @Field() address: string;
  @Field() phone: string;
  @Field() openingHours: string;
  @Field(() => [String]) services: string[];
  @Field() active: boolean;
  @Field(() => Int) version: number;
}

@ObjectType('EnterpriseClaim')
export class EnterpriseClaimType {
  @Field(() => ID) id: string;
  @Field(() => ClaimStatusEnum) status: 'PENDING' | 'APPROVED' | 'REJECTED';
  @Field(() => String, { nullable: true }) rejectionReason: string | null;
  @Field(() => ID) enterpriseId: string;
  @Field() enterpriseName: string;
  @Field() creditCode: string;
  @Field() applicantName: string;
  @Field() applicantMobile: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
}

@ObjectType('EnterpriseAccount')
export class EnterpriseAccountType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() username: string;
  @Field(() => String, { nullable: true }) mobile: string | null;
  @Field() manager: boolean;
  @Field() active: boolean;
}

@ObjectType('ImportRowError')
export class ImportRowErrorType {
  @Field(() => Int, { description: 'Row number in the sheet (the header is row 1)' }) row: number;
  @Field(() => [String]) reasons: string[];
}

@ObjectType('ImportReport')
export class ImportReportType {
  @Field(() => Int) imported: number;
  @Field(() => [ImportRowErrorType]) failed: ImportRowErrorType[];
}

@ObjectType('ChangeRecord')
export class ChangeRecordType {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field() action: string;
  @Field(() => String, { nullable: true, description: 'JSON: { before, after }' }) details: string | null;
}
