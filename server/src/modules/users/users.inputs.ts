import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMinSize, IsEmail, IsOptional } from 'class-validator';
import type { Role } from '@gridbridge/shared';
import { invalid, MaxChars, Mobile, Required, rule, StrongPassword } from '../../common/validation.js';
import { RoleEnum } from '../auth/index.js';

@InputType()
export class UserInput {
  @Field() @Required() @MaxChars(40) username: string;
  @Field() @Required() @MaxChars(30) displayName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Mobile() mobile?: string | null;
  @Field(() => String, { nullable: true, description: 'Where e-mail notifications go' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsEmail({}, invalid)
  @MaxChars(120)
  email?: string | null;
  @Field(() => [RoleEnum])
  @ArrayMinSize(1, rule('required'))
  roles: Role[];
  @Field(() => ID, { nullable: true }) @IsOptional() departmentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() gridId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() enterpriseId?: string | null;
}

@InputType()
export class NewUserInput extends UserInput {
  @Field({ description: 'Initial password; the user must change it at first sign-in' })
  @Required()
  @StrongPassword()
  password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID) @Required() userId: string;
  @Field() @Required() @StrongPassword() password: string;
}
