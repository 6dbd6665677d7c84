import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@gridbridge/shared';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role', description: 'The roles (docs/roles-and-scope.md#roles)' });

/** The signed-in user, as the apps show it. */
@ObjectType('Viewer')
export class ViewerType {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  mobile: string | null;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field()
  mustChangePassword: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Department, enterprise, grid or office the user belongs to',
  })
  organisationName: string | null;
}
