import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { MaxChars, Required, StrongPassword } from '../../common/validation.js';

@InputType()
export class LoginInput {
  @Field({ description: 'User name or mobile number' })
  @Required()
  @MaxChars(64)
  identifier: string;

  @Field()
  @Required()
  @MaxChars(128)
  password: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The picture code answered (newCaptcha), once the server asks for one (CAPTCHA_REQUIRED)',
  })
  @IsOptional()
  @MaxChars(64)
  captchaId?: string | null;

  @Field(() => String, { nullable: true, description: 'The characters in the picture; case does not matter' })
  @IsOptional()
  @MaxChars(16)
  captchaAnswer?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Required()
  @MaxChars(128)
  currentPassword: string;

  @Field()
  @Required()
  @StrongPassword()
  newPassword: string;
}
