import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Type } from 'class-transformer';
import {
  SUPERVISION_KIND_CODES,
  SUPERVISION_LEVEL_CODES,
  WARNING_COLOUR_CODES,
  WARNING_STEP_CODES,
  type SupervisionKind,
  type SupervisionLevel,
  type WarningColour,
  type WarningStep,
} from '@gridbridge/shared';
import { MaxChars, Required } from '../../common/validation.js';
import { enumOf } from '../../graphql/enum-of.js';

export const SupervisionKindEnum = enumOf(SUPERVISION_KIND_CODES);
registerEnumType(SupervisionKindEnum, { name: 'SupervisionKind' });
export const WarningStepEnum = enumOf(WARNING_STEP_CODES);
registerEnumType(WarningStepEnum, { name: 'WarningStep' });
export const WarningColourEnum = enumOf(WARNING_COLOUR_CODES);
registerEnumType(WarningColourEnum, { name: 'WarningColour' });
export const SupervisionLevelEnum = enumOf(SUPERVISION_LEVEL_CODES);
registerEnumType(SupervisionLevelEnum, { name: 'SupervisionLevel' });

@ObjectType('SupervisionItem', {
  description:
    'One line of the supervision board 督查台: a warning or a detection on a case, or the warning of a rectification suggestion',
})
export class SupervisionItemType {
  @Field(() => ID) id: string;
  @Field(() => SupervisionKindEnum) kind: SupervisionKind;
  @Field(() => WarningStepEnum, { nullable: true }) step: WarningStep | null;
  @Field(() => WarningColourEnum, { nullable: true }) colour: WarningColour | null;
  @Field(() => String, {
    nullable: true,
    description: 'A wrong action’s reason (SENT_BACK_TWICE, REOPENED) or a complaint’s misconduct type',
  })
  reason: string | null;
  @Field(() => Date, { nullable: true }) deadline: Date | null;
  @Field(() => Date) raisedAt: Date;
  @Field(() => Int, {
    nullable: true,
    description: 'Whole working days between the deadline and now (0 on the day it falls due)',
  })
  overdueWorkingDays: number | null;
  @Field(() => ID, { nullable: true, description: 'The case; null for a rectification suggestion' })
  caseId: string | null;
  @Field(() => String, { nullable: true }) trackingNo: string | null;
  @Field(() => String, { nullable: true }) caseTitle: string | null;
  @Field(() => String, { nullable: true, description: 'The case’s state now' }) caseState: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The rectification suggestion (step RECTIFY) whose deadline it is; null for a case',
  })
  suggestionId: string | null;
  @Field(() => String, { nullable: true, description: 'What the suggestion asks of the department' })
  suggestion: string | null;
  @Field(() => ID, { nullable: true }) departmentId: string | null;
  @Field(() => String, { nullable: true }) departmentName: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The case’s grid; for a suggestion the grid its task inspected, if any',
  })
  gridId: string | null;
  @Field(() => String, { nullable: true }) gridName: string | null;
}

@ObjectType('SupervisionPage')
export class SupervisionPageType {
  @Field(() => [SupervisionItemType]) items: SupervisionItemType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('SupervisionDepartmentCount', {
  description: 'The board’s items of one department (null: the office’s own steps)',
})
export class SupervisionDepartmentCountType {
  @Field(() => ID, { nullable: true }) departmentId: string | null;
  @Field(() => String, { nullable: true }) departmentName: string | null;
  @Field(() => Int) total: number;
  @Field(() => Int) red: number;
  @Field(() => Int) yellow: number;
  @Field(() => Int) inaction: number;
  @Field(() => Int) slowAction: number;
  @Field(() => Int) wrongAction: number;
  @Field(() => Int) complaint: number;
}

@InputType({ description: 'The supervision board’s filters; the period is when an item was raised' })
export class SupervisionFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() gridId?: string | null;
  @Field(() => SupervisionKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(SUPERVISION_KIND_CODES)
  kind?: SupervisionKind | null;
  @Field(() => WarningColourEnum, { nullable: true })
  @IsOptional()
  @IsIn(WARNING_COLOUR_CODES)
  colour?: WarningColour | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() from?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() to?: Date | null;
}

@InputType({ description: '督办: a level, a note and the date by which the department must act' })
export class SuperviseCaseInput {
  @Field(() => SupervisionLevelEnum) @IsIn(SUPERVISION_LEVEL_CODES) level: SupervisionLevel;
  @Field() @Required() @MaxChars(1000) note: string;
  @Field(() => Date) @Type(() => Date) @IsDate() dueDate: Date;
}

@ObjectType('CaseSupervision', { description: '督办 on a case, and whether its department acknowledged it' })
export class CaseSupervisionType {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field() trackingNo: string;
  @Field() caseTitle: string;
  @Field(() => ID) departmentId: string;
  @Field() departmentName: string;
  @Field(() => SupervisionLevelEnum) level: SupervisionLevel;
  @Field() note: string;
  @Field(() => Date) dueDate: Date;
  @Field(() => Date) issuedAt: Date;
  @Field() issuedByName: string;
  @Field(() => Date, { nullable: true }) acknowledgedAt: Date | null;
  @Field(() => String, { nullable: true }) acknowledgedByName: string | null;
  @Field(() => String, { nullable: true }) acknowledgeNote: string | null;
}

@ObjectType('CaseSupervisionPage')
export class CaseSupervisionPageType {
  @Field(() => [CaseSupervisionType]) items: CaseSupervisionType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('SupervisionBoardChange', {
  description: 'The supervision board changed: warnings or detections were raised (read the board again)',
})
export class SupervisionBoardChangeType {
  @Field(() => Int, { description: 'Items raised since the previous event of this subscription' })
  raised: number;
}
