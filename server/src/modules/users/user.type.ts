import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@gridbridge/shared';
import { RoleEnum } from '../auth/index.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  mobile: string | null;

  @Field(() => String, { nullable: true, description: 'Where e-mail notifications go' })
  email: string | null;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field()
  active: boolean;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  @Field(() => ID, { nullable: true })
  gridId: string | null;

  @Field(() => ID, { nullable: true })
  enterpriseId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class UserPage {
  @Field(() => [UserType])
  items: UserType[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` to get the next page; null on the last page',
  })
  nextCursor: string | null;
}
