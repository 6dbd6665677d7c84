import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional } from 'class-validator';
import { MaxChars } from '../../common/validation.js';

/** What the auditor narrows the audit log to; every part optional, all parts must hold. */
@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'The acting user name, exactly (any case)' })
  @IsOptional()
  @MaxChars(60)
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'An action code, exactly (LOGIN, case.accept …)' })
  @IsOptional()
  @MaxChars(60)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'The start of action codes (case., directory …)' })
  @IsOptional()
  @MaxChars(60)
  actionPrefix?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars(60) targetType?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars(60) targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this moment' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries before this moment' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date | null;
}
