import { Field, InputType } from '@nestjs/graphql';
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
