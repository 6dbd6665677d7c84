import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import {
  DEPARTMENT_KIND_CODES,
  ENTERPRISE_SCALE_CODES,
  ENTERPRISE_STATUS_CODES,
  INDUSTRY_CODES,
  type DepartmentKind,
  type EnterpriseScale,
  type EnterpriseStatus,
  type IndustrySection,
} from '@gridbridge/shared';
import { CreditCode, invalid, MaxChars, Mobile, Required, StrongPassword } from '../../common/validation.js';
import {
  DepartmentKindEnum,
  EnterpriseSortEnum,
  EnterpriseStatusEnum,
  IndustryEnum,
  ScaleEnum,
} from './directory.types.js';

@InputType()
export class GridInput {
  @Field() @Required() @MaxChars(60) name: string;
  @Field() @Required() @MaxChars(30) code: string;
  @Field(() => ID, { nullable: true, description: 'Empty for a level-1 grid' }) @IsOptional() parentId?:
    string | null;
}

@InputType()
export class DepartmentInput {
  @Field() @Required() @MaxChars(60) name: string;
  @Field() @Required() @MaxChars(20) shortName: string;
  @Field(() => DepartmentKindEnum) @IsIn(DEPARTMENT_KIND_CODES) kind: DepartmentKind;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars(30) contactPhone?: string | null;
}

@InputType()
export class EnterpriseInput {
  @Field() @Required() @MaxChars(100) name: string;
  @Field() @Required() @CreditCode() creditCode: string;
  @Field() @Required() @MaxChars(30) legalRepresentative: string;
  @Field(() => IndustryEnum) @IsIn(INDUSTRY_CODES) industry: IndustrySection;
  @Field(() => ScaleEnum) @IsIn(ENTERPRISE_SCALE_CODES) scale: EnterpriseScale;
  @Field(() => EnterpriseStatusEnum, { defaultValue: 'ACTIVE' })
  @IsIn(ENTERPRISE_STATUS_CODES)
  status: EnterpriseStatus;
  @Field() @Required() @MaxChars(200) address: string;
  @Field(() => ID) @Required() gridId: string;
  @Field() @Required() @MaxChars(30) contactName: string;
  @Field() @Required() @Mobile() contactPhone: string;
}

@InputType()
export class EnterpriseContactInput {
  @Field() @Required() @MaxChars(30) contactName: string;
  @Field() @Required() @Mobile() contactPhone: string;
  @Field() @Required() @MaxChars(200) address: string;
}

@InputType()
export class EnterpriseFilter {
  // Every field carries a rule: the validation pipe (whitelist) drops a field without one.
  @Field(() => ID, { nullable: true, description: 'Any grid: the whole subtree is included' })
  @IsOptional()
  @IsUUID('all', invalid)
  gridId?: string | null;
  @Field(() => IndustryEnum, { nullable: true })
  @IsOptional()
  @IsIn(INDUSTRY_CODES, invalid)
  industry?: IndustrySection | null;
  @Field(() => ScaleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ENTERPRISE_SCALE_CODES, invalid)
  scale?: EnterpriseScale | null;
  @Field(() => EnterpriseStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(ENTERPRISE_STATUS_CODES, invalid)
  status?: EnterpriseStatus | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, or the start of the credit code' })
  @IsOptional()
  @MaxChars(50)
  keyword?: string | null;
}

@InputType()
export class EnterprisePageArgs {
  @Field(() => EnterpriseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EnterpriseFilter)
  filter?: EnterpriseFilter | null;
  @Field(() => EnterpriseSortEnum, { defaultValue: 'NEWEST' }) @IsIn(['NEWEST', 'NAME']) sort:
    'NEWEST' | 'NAME';
  @Field(() => Int, { defaultValue: 20 }) @IsInt() first: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string | null;
}

@InputType()
export class ServicePointInput {
  @Field(() => ID) @Required() gridId: string;
  @Field() @Required() @MaxChars(60) name: string;
  @Field() @Required() @MaxChars(200) address: string;
  @Field() @Required() @MaxChars(30) phone: string;
  @Field() @Required() @MaxChars(100) openingHours: string;
  @Field(() => [String]) @ArrayMaxSize(30) services: string[];
}

@InputType()
export class RegisterEnterpriseAccountInput {
  @Field() @Required() @CreditCode() creditCode: string;
  @Field() @Required() @MaxChars(100) enterpriseName: string;
  @Field() @Required() @MaxChars(30) displayName: string;
  @Field() @Required() @Mobile() mobile: string;
  @Field() @Required() @StrongPassword() password: string;
}
